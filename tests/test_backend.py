"""Conformance tests of the search backends (kb/backends/base.py): every registered backend must
pass them. Measures here are small texts written for these tests, not the seeds."""

from __future__ import annotations

import pytest

from kb.backends import BACKENDS, backend
from kb.chinese import Tok, tokens
from kb.errors import KBError
from kb.facets import values_of
from kb.model import Document, Measure
from kb.plan import AllOf, AnyOf, Everything, Phrase, Plan, Term, without
from tests.backend_helpers import older_schema


@pytest.fixture(params=sorted(BACKENDS))
def be(request):
    return backend(request.param)


def test_an_unknown_backend_is_a_clear_error():
    choices = "tantivy, whoosh$"
    with pytest.raises(KBError, match=f"unknown search backend 'nosuch'; choose one of {choices}"):
        backend("nosuch")


def test_a_backend_offers_the_whole_protocol(be):
    from kb.backends.base import Backend

    assert isinstance(be, Backend)


# --- Writing a generation -------------------------------------------------------------------

# Two short documents of our own; 码头 is in both, 湿地 and wharf only in one each.
DOC_A = ["宁波建设集装箱码头。", "保护杭州湾湿地。", "湿地公园对外开放。"]
DOC_B = ["舟山新建散货码头。", "The new wharf opens in 2026."]


def measures(doc_id: str, texts: list[str]) -> list[Measure]:
    return [
        Measure(doc_id=doc_id, para=i, text=t, lang="en" if t.isascii() else "zh")
        for i, t in enumerate(texts, 1)
    ]


def add(writer, doc_id: str, texts: list[str], date: str = "2024", genre: str = "plan") -> None:
    doc = Document(doc_id=doc_id, path="", title="", genre=genre, date=date)
    for m in measures(doc_id, texts):
        writer.add(m, tokens(m.text), values_of(m, doc))


def new_gen(be, path):
    path.mkdir()
    be.create(path)
    return path


def commit(be, gen, *shares, delete=()):
    """One share writer per list of (doc_id, texts); the parent deletes `delete` and commits."""
    handles = []
    for share in shares:
        sw = be.share_writer(gen)
        for doc_id, texts in share:
            add(sw, doc_id, texts)
        handles.append(sw.finish())
    w = be.writer(gen)
    w.delete(delete)
    w.commit(handles)


def live(be, gen) -> int:
    return sum(n for _, n in be.segments(gen))


def read_back(be, gen) -> dict[str, str]:
    """Every live measure's id and text, read through the backend's searcher."""
    s = be.open(gen)
    try:
        assert s.size == live(be, gen)
        return {m["id"]: m["text"] for m in s.iter_measures()}
    finally:
        s.close()


def test_a_new_generation_is_empty(be, tmp_path):
    gen = new_gen(be, tmp_path / "g")
    assert live(be, gen) == 0 and be.vocabulary(gen) == {}
    assert be.schema_is_current(gen)


def test_two_share_writers_commit_together(be, tmp_path):
    gen = new_gen(be, tmp_path / "g")
    commit(be, gen, [("a", DOC_A)], [("b", DOC_B)])
    assert read_back(be, gen) == {
        **{f"a:{i}": t for i, t in enumerate(DOC_A, 1)},
        **{f"b:{i}": t for i, t in enumerate(DOC_B, 1)},
    }
    vocab = be.vocabulary(gen)
    assert (vocab["码头"], vocab["湿地"], vocab["wharf"]) == (2, 2, 1)
    assert "集装箱" in vocab and "舟山" in vocab


def test_a_share_writer_with_nothing_added_gives_no_segment(be, tmp_path):
    gen = new_gen(be, tmp_path / "g")
    assert be.share_writer(gen).finish() is None
    commit(be, gen, [("a", DOC_A)], [])
    assert live(be, gen) == 3


def test_the_writer_indexes_the_tokens_it_is_given(be, tmp_path):
    """Tokens travel with the measure: the backend indexes them and never segments the text."""
    gen = new_gen(be, tmp_path / "g")
    sw = be.share_writer(gen)
    (m,) = measures("a", ["宁波建设集装箱码头。"])
    sw.add(
        m,
        (Tok("甲乙", 0, 0, 2), Tok("丙丁", 1, 2, 4)),
        values_of(m, Document(doc_id="a", path="", title="")),
    )
    be.writer(gen).commit([sw.finish()])
    assert be.vocabulary(gen) == {"甲乙": 1, "丙丁": 1}


def test_delete_by_doc_id_and_recommit(be, tmp_path):
    gen = new_gen(be, tmp_path / "g")
    commit(be, gen, [("a", DOC_A)], [("b", DOC_B)])
    commit(be, gen, delete=["a"])
    assert read_back(be, gen) == {"b:1": DOC_B[0], "b:2": DOC_B[1]}
    vocab = be.vocabulary(gen)
    assert "湿地" not in vocab and vocab["码头"] == 1
    # a replaced document: deleted and added again in one commit
    commit(be, gen, [("b", DOC_B[:1])], delete=["b"])
    assert read_back(be, gen) == {"b:1": DOC_B[0]} and "wharf" not in be.vocabulary(gen)


def test_compaction_keeps_segments_and_deletions_bounded(be, tmp_path):
    gen = new_gen(be, tmp_path / "g")
    texts = [f"第{i}号码头扩建工程。" for i in range(4)]
    for round_no in range(4):
        shares = [[(f"d{round_no}-{k}", texts)] for k in range(3)]
        replaced = [f"d{round_no - 1}-0"] if round_no else []
        commit(be, gen, *shares, delete=replaced)
        segments = be.segments(gen)
        assert len(segments) <= be.MAX_SEGMENTS
        assert all(stored - n <= be.MAX_DELETED_SHARE * stored for stored, n in segments)
        assert live(be, gen) == 4 * (3 * (round_no + 1) - round_no)


def test_a_cancelled_writer_leaves_the_generation_as_it_was(be, tmp_path):
    gen = new_gen(be, tmp_path / "g")
    commit(be, gen, [("a", DOC_A)], [("b", DOC_B)])
    before = (be.segments(gen), be.vocabulary(gen), read_back(be, gen))
    sw = be.share_writer(gen)
    add(sw, "c", ["温州新建码头。"])
    handle = sw.finish()
    w = be.writer(gen)
    w.delete(["a"])
    w.cancel()
    assert (be.segments(gen), be.vocabulary(gen), read_back(be, gen)) == before
    aborted = be.share_writer(gen)
    add(aborted, "d", ["台州新建码头。"])
    aborted.abort()
    be.writer(gen).commit([handle])  # the finished share is still good; the aborted one is gone
    assert live(be, gen) == 6 and "温州" in be.vocabulary(gen) and "台州" not in be.vocabulary(gen)


@pytest.mark.parametrize("name", sorted(BACKENDS))
def test_an_older_schema_is_not_current(name, tmp_path, monkeypatch):
    be = backend(name)
    with older_schema(monkeypatch, name):
        old = new_gen(be, tmp_path / "old")
    assert not be.schema_is_current(old)
    assert be.schema_is_current(new_gen(be, tmp_path / "new"))


# --- Reading a generation (kb.backends.base.Searcher) -----------------------------------------

# Three documents of our own, and one written then deleted; measures tagged by hand here.
READ_DOCS = {
    "port": (
        "2023-05-01",
        [
            ("宁波建设集装箱码头。", "zh", ["ningbo"], ["infrastructure"], "measure"),
            ("保护杭州湾湿地，建设湿地公园。", "zh", [], ["ecology"], "goal"),
            ("New container wharf for ships.", "en", ["ningbo"], ["infrastructure"], "analysis"),
        ],
    ),
    "isle": (
        "2024-01-02",
        [
            ("舟山新建散货码头。", "zh", ["zhoushan"], ["infrastructure"], "measure"),
            ("The new wharf opens in 2026.", "en", ["zhoushan"], ["infrastructure"], "measure"),
            ("the wharf is new", "en", [], [], "measure"),
        ],
    ),
    "late": (None, [("湿地保护条例。", "zh", [], ["ecology"], "measure")]),
    "gone": ("2025-01-01", [("码头湿地码头。", "zh", ["ningbo"], ["ecology"], "measure")]),
}


def read_measures(doc_id: str) -> list[Measure]:
    return [
        Measure(doc_id=doc_id, para=i, text=t, lang=lang, cities=c, themes=th, kind=k)
        for i, (t, lang, c, th, k) in enumerate(READ_DOCS[doc_id][1], 1)
    ]


@pytest.fixture(scope="module", params=sorted(BACKENDS))
def searcher(request, tmp_path_factory):
    """A generation of READ_DOCS, `gone` committed in a first round and deleted in a second."""
    from kb import index

    be = backend(request.param)
    gen = tmp_path_factory.mktemp(request.param) / "gen"
    gen.mkdir()
    be.create(gen)
    rounds = (["gone", "port"], ["isle", "late"])
    for n, doc_ids in enumerate(rounds):
        handles = []
        for doc_id in doc_ids:
            sw = be.share_writer(gen)
            doc = Document(
                doc_id=doc_id, path="", title="", genre="plan", date=READ_DOCS[doc_id][0]
            )
            for m in read_measures(doc_id):
                sw.add(m, tokens(m.text), values_of(m, doc))
            handles.append(sw.finish())
        w = be.writer(gen)
        w.delete(["gone"] if n else [])
        w.commit(handles)
    index.write_docs(gen, {d: {"date": date} for d, (date, _) in READ_DOCS.items() if d != "gone"})
    s = be.open(gen)
    yield s
    s.close()


def words(text: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokens(text) if not t.sub)


def ids(searcher, found) -> list[str]:
    return [searcher.load(ref)["id"] for ref, _ in found.ranked]


def matched(searcher, node) -> set[str]:
    found = searcher.search(Plan(main=node), {}, sort="order", limit=20)
    assert found.total == searcher.count(node) == len(found.ranked)
    return set(ids(searcher, found))


def test_matching_terms_and_their_combinations(searcher):
    dock, wetland, ningbo = Term("text", "码头"), Term("text", "湿地"), Term("city", "ningbo")
    assert searcher.size == 7  # the deleted document's measure is not counted
    assert matched(searcher, dock) == {"port:1", "isle:1"}
    assert matched(searcher, wetland) == {"port:2", "late:1"}
    assert matched(searcher, AnyOf((dock, wetland))) == {"port:1", "isle:1", "port:2", "late:1"}
    assert matched(searcher, AllOf((dock, ningbo))) == {"port:1"}
    assert matched(searcher, AllOf((dock, wetland))) == set()  # only the deleted one had both
    assert matched(searcher, Term("text", "nosuchword")) == set()
    assert searcher.count(Everything()) == 7


def test_exclusion(searcher):
    dock, ningbo = Term("text", "码头"), Term("city", "ningbo")
    assert matched(searcher, without(dock, ningbo)) == {"isle:1"}
    assert matched(searcher, without(Everything(), ningbo)) == {
        "port:2",
        "isle:1",
        "isle:2",
        "isle:3",
        "late:1",
    }


def test_phrase_with_slop_keeps_the_order(searcher):
    new_wharf = words("new wharf")
    assert matched(searcher, Phrase("text", new_wharf, slop=1)) == {"isle:2"}
    # one word between (new container wharf) with slop 2; never the reversed order (wharf is new)
    assert matched(searcher, Phrase("text", new_wharf, slop=2)) == {"isle:2", "port:3"}
    assert matched(searcher, Phrase("text", words("wharf new"), slop=1)) == {"isle:3"}


def test_scores_follow_term_rarity_length_and_boost(searcher):
    wharf = Term("text", words("wharf")[0])
    top = [searcher.load(r)["id"] for r, _ in searcher.top(wharf, 3)]
    assert top[0] == "isle:3"  # the shortest measure holding the word
    assert set(top) == {"isle:2", "isle:3", "port:3"}
    scores = [s for _, s in searcher.top(wharf, 3)]
    assert scores == sorted(scores, reverse=True) and scores[0] > scores[-1] > 0
    assert searcher.idf(words("ships")[0]) > searcher.idf(words("wharf")[0])
    assert searcher.df("码头") == 2 and searcher.df("nosuchword") == 0
    # a boost decides between two single-term matches of one language
    for boosted, first in (("码头", {"port:1", "isle:1"}), ("湿地", {"port:2", "late:1"})):
        node = AnyOf(
            tuple(Term("text", w, boost=3.0 if w == boosted else 1.0) for w in ("码头", "湿地"))
        )
        found = searcher.search(Plan(main=node), {})
        assert set(ids(searcher, found)[:2]) == first and found.total == 4
        assert [s for _, s in found.ranked] == sorted((s for _, s in found.ranked), reverse=True)


def test_a_leaf_held_twice_scores_with_both_boosts(searcher):
    """A plan may hold one term twice (a city read as its name and as its tag): it scores with
    the sum of its boosts, as two terms would, and the best measure's boost is the larger."""
    once = searcher.search(Plan(main=Term("text", "码头")), {})
    twice = searcher.search(
        Plan(main=AnyOf((Term("text", "码头", boost=0.63), Term("text", "码头", boost=0.7)))), {}
    )
    assert ids(searcher, twice) == ids(searcher, once)
    assert [s for _, s in twice.ranked] == pytest.approx([1.33 * s for _, s in once.ranked])


def test_facet_counts_are_disjunctive(searcher):
    dock = Plan(main=AnyOf((Term("text", "码头"), Term("text", "湿地"))))
    fields = ("city", "theme", "kind", "lang", "doc_id", "year")
    found = searcher.search(dock, {}, facets=fields)
    assert found.total == 4
    assert found.facets["city"] == {"ningbo": 1, "zhoushan": 1}
    assert found.facets["theme"] == {"infrastructure": 2, "ecology": 2}
    assert found.facets["kind"] == {"measure": 3, "goal": 1}
    assert found.facets["doc_id"] == {"port": 2, "isle": 1, "late": 1}
    assert found.facets["year"] == {"2023": 2, "2024": 1}
    found = searcher.search(dock, {"city": ["ningbo"], "theme": ["infrastructure"]}, facets=fields)
    assert found.total == 1 and ids(searcher, found) == ["port:1"]
    # each facet counted with every filter but its own
    assert found.facets["city"] == {"ningbo": 1, "zhoushan": 1}
    assert found.facets["theme"] == {"infrastructure": 1}
    assert found.facets["kind"] == {"measure": 1}
    # OR within a field
    found = searcher.search(dock, {"doc_id": ["late", "isle"]}, facets=("doc_id",))
    assert found.total == 2 and found.facets["doc_id"] == {"port": 2, "isle": 1, "late": 1}
    assert searcher.cross_counts("city", "theme") == {
        ("ningbo", "infrastructure"): 2,
        ("zhoushan", "infrastructure"): 2,
    }


def test_reading_order_date_order_and_paging(searcher):
    everything = Plan(main=Everything())
    order = ["isle:1", "isle:2", "isle:3", "late:1", "port:1", "port:2", "port:3"]
    for sort in ("order", "relevance"):  # nothing to rank: reading order
        found = searcher.search(everything, {}, sort=sort, limit=20)
        assert ids(searcher, found) == order and found.total == 7
        assert {s for _, s in found.ranked} == {0.0}
    # nothing to score, only an exclusion: reading order too
    found = searcher.search(Plan(main=without(Everything(), Term("city", "ningbo"))), {}, limit=20)
    assert ids(searcher, found) == ["isle:1", "isle:2", "isle:3", "late:1", "port:2"]
    found = searcher.search(everything, {}, sort="date", limit=20)
    assert ids(searcher, found) == order[:3] + order[4:] + order[3:4]  # undated last
    found = searcher.search(everything, {}, sort="order", offset=2, limit=3)
    assert ids(searcher, found)[2:5] == order[2:5]
    assert searcher.search(everything, {}, offset=7, limit=3).ranked == []
    assert [m["id"] for m in searcher.iter_measures()] == order
    assert [m["id"] for m in searcher.iter_measures("port", (2, 3))] == ["port:2", "port:3"]
    assert list(searcher.iter_measures("gone")) == []


def test_partial_and_relaxed_matches(searcher):
    dock, wetland, ningbo = Term("text", "码头"), Term("text", "湿地"), Term("city", "ningbo")
    # nothing has both: every measure with either is a partial match
    both = Plan(main=AllOf((dock, wetland)), relaxed=AnyOf((dock, wetland)), units=(dock, wetland))
    found = searcher.search(both, {})
    assert found.relaxed and (found.total, found.partial_total) == (0, 4)
    assert found.partial == frozenset(r for r, _ in found.ranked) and found.incomplete
    # one measure has both: it comes first, the few with one of them follow as partial
    plan = Plan(main=AllOf((dock, ningbo)), relaxed=AnyOf((dock, ningbo)), units=(dock, ningbo))
    found = searcher.search(plan, {}, facets=("city",))
    assert not found.relaxed and (found.total, found.partial_total) == (1, 2)
    assert found.facets == {"city": {"ningbo": 1}}  # the facets count the full matches only
    assert ids(searcher, found)[0] == "port:1"
    assert {searcher.load(r)["id"] for r in found.partial} == {"isle:1", "port:3"}


def test_loading_measures(searcher):
    port1 = searcher.measure("port:1")
    assert (port1["text"], port1["cities"], port1["kind"]) == (
        "宁波建设集装箱码头。",
        ["ningbo"],
        "measure",
    )
    assert searcher.measure("gone:1") is None and searcher.measure("nosuch:1") is None
    (ref, _), *_ = searcher.top(Term("id", "late:1"), 1)
    loaded = searcher.load(ref)
    loaded["text"] = "changed"  # a fresh dict each time
    assert searcher.load(ref)["text"] == "湿地保护条例。"
    assert searcher.top(Term("id", "gone:1"), 1) == []
    assert "码头" in searcher.vocabulary() and "wharf" not in searcher.vocabulary()


def test_an_unknown_node_raises(searcher):
    with pytest.raises(TypeError, match="not a query node"):
        searcher.count("码头")
    with pytest.raises(TypeError, match="not a query node"):
        searcher.search(Plan(main=AnyOf((Term("text", "码头"), object()))), {})


def test_every_facet_of_the_table_is_stored_filtered_and_counted(be, tmp_path):
    """A facet is one row of kb/facets.py: the writer stores what `values_of` gives for it, and
    the searcher filters and counts by it, with no other code to touch (several values for a
    `multi` facet, none for an undated document's year)."""
    from kb.facets import FACETS

    gen = new_gen(be, tmp_path / "g")
    sw = be.share_writer(gen)
    dated = Document(doc_id="d1", path="", title="", genre="plan", date="2021-08-26")
    undated = Document(doc_id="d2", path="", title="", genre="notice")
    m1 = Measure(
        doc_id="d1",
        para=1,
        text="宁波建设港口。",
        themes=["infrastructure", "openness"],
        cities=["ningbo", "zhoushan"],
        kind="measure",
        lang="zh",
    )
    m2 = Measure(
        doc_id="d2",
        para=1,
        text="Ningbo builds a port.",
        themes=["infrastructure"],
        cities=["ningbo"],
        kind="goal",
        lang="en",
    )
    for m, doc in ((m1, dated), (m2, undated)):
        sw.add(m, tokens(m.text), values_of(m, doc))
    be.writer(gen).commit([sw.finish()])
    searcher = be.open(gen)
    try:
        fields = tuple(f.field for f in FACETS)
        counts = searcher.search(Plan(main=Everything()), {}, facets=fields).facets
        expected = {f: {} for f in fields}
        for m, doc in ((m1, dated), (m2, undated)):
            for field, values in values_of(m, doc).items():
                for v in values:
                    expected[field][v] = expected[field].get(v, 0) + 1
        assert counts == expected
        assert expected["year"] == {"2021": 1} and expected["city"] == {"ningbo": 2, "zhoushan": 1}
        for field, values in expected.items():
            for v, n in values.items():
                assert searcher.search(Plan(main=Everything()), {field: [v]}).total == n, (field, v)
    finally:
        searcher.close()


def test_ingest_advises_the_native_backend_once_past_its_size(tmp_path, monkeypatch, capsys):
    """`kb ingest` says once, on the ingest that takes the index past kb.backends.NATIVE_FROM
    measures, that the README recommends the native backend; never for the native one."""
    import shutil
    from pathlib import Path

    import kb.backends
    from kb.backends import advice
    from kb.cli import main

    assert advice("whoosh", 9, 10) is None
    monkeypatch.setattr(kb.backends, "NATIVE_FROM", 10)
    assert "KB_BACKEND=tantivy" in advice("whoosh", 9, 10)
    assert advice("whoosh", 10, 12) is None and advice("tantivy", 0, 12) is None
    corpus = tmp_path / "corpus"
    shutil.copytree(Path(__file__).parent / "data" / "exact", corpus)  # 12 measures
    args = ["ingest", "--corpus", str(corpus), "--index", str(tmp_path / "ix"), "--workers", "1"]
    notices = []
    for env in ("whoosh", "whoosh", "tantivy"):
        monkeypatch.setenv("KB_BACKEND", env)
        if env == "tantivy":
            args.append("--rebuild")
        assert main(args) == 0
        notices.append(capsys.readouterr().err.count("recommends the native backend"))
    assert notices == [1, 0, 0]


def test_whoosh_counts_a_facet_from_its_column_as_from_its_postings(tmp_path, monkeypatch):
    """A facet of many values is counted over the matches from a column of each measure's values
    (intersecting 2,000 documents' measures with the matches cost about the whole index); both
    ways give the same counts, a measure of several cities counted under each."""
    from kb.backends.whoosh import search as ws

    monkeypatch.setattr(ws, "COLUMN_FROM", 0)  # every facet kept as a column too
    be = backend("whoosh")
    gen = tmp_path / "gen"
    gen.mkdir()
    be.create(gen)
    sw = be.share_writer(gen)
    for doc_id in ("port", "isle", "late"):
        doc = Document(doc_id=doc_id, path="", title="", genre="plan", date=READ_DOCS[doc_id][0])
        for m in read_measures(doc_id):
            sw.add(m, tokens(m.text), values_of(m, doc))
    doc = Document(doc_id="pair", path="", title="", genre="plan", date="2022")
    for para, (cities, themes) in enumerate(
        ((["ningbo", "zhoushan"], ["infrastructure", "openness"]), (["zhoushan"], ["openness"])), 1
    ):
        m = Measure(doc_id="pair", para=para, text="宁波舟山港。", cities=cities, themes=themes)
        sw.add(m, tokens(m.text), values_of(m, doc))
    be.writer(gen).commit([sw.finish()])
    s = ws.open(gen)
    try:
        live = sorted(s.live)
        assert set(s.columns) == {f for f, values in s.postings.items() if values}
        for fname, values in s.postings.items():
            for pool in (set(), set(live[:1]), set(live[1:4]), set(live)):
                expected = {v: n for v, ids in values.items() if (n := len(ids & pool))}
                if values:
                    assert s.counted_in_column(fname, pool) == expected, (fname, pool)
                assert s.count_values(fname, pool) == expected
        assert s.count_values("city", set(live)) == {"ningbo": 3, "zhoushan": 4}
        # two of 2,000 documents' measures: read from the column, not 2,000 intersections
        calls = []
        monkeypatch.setattr(s, "counted_in_column", lambda f, p: calls.append(f) or {})
        s.postings["doc_id"].update({f"d{k}": set() for k in range(2000)})
        s.count_values("doc_id", set(live[:2]))
        assert calls == ["doc_id"]
    finally:
        s.close()
