"""Rules of the tantivy backend below the conformance suite (tests/test_backend.py): how a Whoosh
phrase's ordered slop becomes tantivy phrases, when tantivy's own boolean scoring is the Whoosh
backend's sum of leaves, and the cap on the documents facet."""

from __future__ import annotations

import itertools

import pytest

from kb.backends import backend
from kb.chinese import Tok
from kb.facets import values_of
from kb.model import Document, Measure
from kb.plan import AllOf, AnyOf, Everything, Phrase, Plan, Term

tantivy_query = pytest.importorskip("kb.backends.tantivy.query")


def gaps_matched(slop: int, words: int = 3) -> set[tuple[int, ...]]:
    """The gaps between consecutive words that the tantivy phrases of `spread` accept."""
    out = set()
    for gaps in itertools.product(range(-3, 9), repeat=words - 1):
        for spec, k in tantivy_query.spread(tuple("abc"[:words]), slop):
            offsets = [o for o, _ in spec]
            want = [b - a for a, b in itertools.pairwise(offsets)]
            if all(abs(g - w) <= k for g, w in zip(gaps, want, strict=True)):
                out.add(gaps)
    return out


@pytest.mark.parametrize("slop", [1, 2, 3, 4, 5])
def test_a_phrase_keeps_whooshs_ordered_slop(slop):
    """Each word 1..slop positions after the one before: never before it, never at its place."""
    expected = set(itertools.product(range(1, slop + 1), repeat=2))
    assert gaps_matched(slop) == expected


def index_of(tmp_path, texts: list[list[tuple[str, int]]]):
    """A generation of measures given as (token, position) lists."""
    be = backend("tantivy")
    gen = tmp_path / "g"
    gen.mkdir()
    be.create(gen)
    sw = be.share_writer(gen)
    for i, toks in enumerate(texts, 1):
        m = Measure(doc_id=f"d{i % 3}", para=i, text=" ".join(t for t, _ in toks))
        sw.add(
            m,
            tuple(Tok(t, p, 0, 0) for t, p in toks),
            values_of(m, Document(doc_id=m.doc_id, path="", title="")),
        )
    be.writer(gen).commit([sw.finish()])
    return be.open(gen)


def test_phrases_match_in_the_index_as_spread_says(tmp_path):
    s = index_of(
        tmp_path,
        [[("a", 0), ("b", 1)], [("a", 0), ("x", 1), ("b", 2)], [("b", 0), ("a", 1)], [("a", 0)]],
    )
    try:
        ids = lambda node: {s.load(r)["para"] for r, _ in s.top(node, 10)}  # noqa: E731
        assert ids(Phrase("text", ("a", "b"), slop=1)) == {1}
        assert ids(Phrase("text", ("a", "b"), slop=2)) == {1, 2}
        assert ids(Phrase("text", ("b", "a"), slop=2)) == {3}
    finally:
        s.close()


def test_native_scoring_only_where_it_sums_the_leaves(tmp_path):
    """An AllOf under an AnyOf is scored by the leaves that match even when the AllOf does not
    (the Whoosh backend's sum): the flat form is used there, and both forms give that sum."""
    a, b, c = Term("text", "a"), Term("text", "b"), Term("text", "c")
    sums = tantivy_query._sums_its_leaves
    assert sums(AnyOf((a, b))) and sums(AllOf((a, AnyOf((b, c)))))
    assert not sums(AnyOf((AllOf((a, b)), c)))
    s = index_of(tmp_path, [[("a", 0), ("c", 1)], [("a", 0), ("b", 1), ("c", 2)], [("c", 0)]])
    try:
        one = {s.load(r)["para"]: v for r, v in s.top(a, 10)}
        node = AnyOf((AllOf((a, b)), c, Everything()))
        scored = {s.load(r)["para"]: v for r, v in s.top(node, 10)}
        cees = {s.load(r)["para"]: v for r, v in s.top(c, 10)}
        # measure 1 holds a and c but not b: a still scores, as in the Whoosh backend
        assert scored[1] == pytest.approx(one[1] + cees[1], rel=1e-5)
        assert scored[3] == pytest.approx(cees[3], rel=1e-5)
    finally:
        s.close()


def test_the_documents_facet_lists_the_documents_with_most_matches(tmp_path, monkeypatch):
    from kb.backends.tantivy import search

    s = index_of(tmp_path, [[("a", 0)]] * 7)  # documents d1 (3 measures), d2 (2), d0 (2)
    try:
        monkeypatch.setattr(search, "FACET_TOP", 1)
        found = s.search(Plan(main=Term("text", "a")), {}, facets=("doc_id", "city"))
        assert found.total == 7 and found.facets["doc_id"] == {"d1": 3}
    finally:
        s.close()


def test_the_total_is_read_from_the_language_counts_when_they_cover_the_matches(tmp_path):
    """With no language filter and no partial matches, the facets' language counts (measures
    without a language counted apart) are the total: no count of its own is run."""
    be = backend("tantivy")
    gen = tmp_path / "g"
    gen.mkdir()
    be.create(gen)
    sw = be.share_writer(gen)
    rows = (("a", "zh", "ningbo"), ("a", "zh", "ningbo"), ("a", "zh", ""), ("b", "", "ningbo"))
    for i, (word, lang, city) in enumerate((*rows, ("b", "en", "")), 1):
        m = Measure(doc_id="d", para=i, text=word, lang=lang, cities=[city] if city else [])
        sw.add(m, (Tok(word, 0, 0, 1),), values_of(m, Document(doc_id="d", path="", title="")))
    be.writer(gen).commit([sw.finish()])
    s = be.open(gen)
    try:
        counted = []
        real = s._count
        s._count = lambda q: counted.append(q) or real(q)
        a, fields = Plan(main=Term("text", "a")), ("lang", "city")
        found = s.search(a, {}, facets=fields)
        assert (found.total, len(found.ranked), found.facets["lang"]) == (3, 3, {"zh": 3})
        found = s.search(a, {"city": ["ningbo"]}, facets=fields)
        assert (found.total, len(found.ranked), found.facets["lang"]) == (2, 2, {"zh": 2})
        assert not counted
        found = s.search(a, {"lang": ["zh"]}, facets=fields)  # counted apart then
        assert found.total == 3 and counted
        found = s.search(Plan(main=Term("text", "b")), {}, facets=fields)
        assert (found.total, len(found.ranked), found.facets["lang"]) == (2, 2, {"en": 1})
    finally:
        s.close()
