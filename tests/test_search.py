"""Search: every query form, filters and disjunctive facets, translation, highlights, citations."""

import dataclasses
from collections import Counter

import pytest

from kb import plan
from kb.cite import FORMATS, citation
from kb.errors import BadQuery
from kb.query import parse

PLAN = "plan"


def ids(res):
    return [h["id"] for h in res["hits"]]


# Set comparisons list every measure (collapse=False): which copy of a paragraph repeated in
# several documents stands for the others depends on each query's ranking.


def test_plain_words_all_must_match(kb):
    res = kb.search("曹娥江 生态")
    assert res["total"] >= 1 and not res["relaxed"]
    exact = [h for h in res["hits"] if not h["partial"]]
    assert exact and all("曹娥江" in h["text"] and "生态" in h["text"] for h in exact)
    # fewer than ten have both: those with one word follow, after every full match, marked partial
    assert res["hits"][: len(exact)] == exact and res["total"] == len(exact)
    assert res["partial_total"] >= len(res["hits"]) - len(exact) > 0  # the page shows ten


def test_ranked_fallback_when_all_words_find_nothing(kb):
    res = kb.search('曹娥江 "量子计算机"')
    assert res["relaxed"] and res["total"] == 0
    assert res["partial_total"] == kb.search("曹娥江")["total"]
    assert all(h["partial"] and "曹娥江" in h["text"] for h in res["hits"])


def test_quoted_phrase(kb):
    res = kb.search('"电子商务"')
    assert res["total"] >= 1 and all("电子商务" in h["text"].replace(" ", "") for h in res["hits"])


def test_or_and_exclusion(kb):
    a = set(ids(kb.search("曹娥江", limit=100, collapse=False)))
    b = set(ids(kb.search("乌镇", limit=100, collapse=False)))
    assert a and b and a != b
    assert set(ids(kb.search("曹娥江 OR 乌镇", limit=100, collapse=False))) == a | b
    res = kb.search("港口 -宁波", limit=100)
    assert 0 < res["total"] < kb.search("港口")["total"]
    assert all("宁波" not in h["text"] for h in res["hits"])


def test_filters_typed_in_the_box(kb):
    res = kb.search("city:ningbo theme:infrastructure", limit=100)
    assert res["total"] > 0
    assert ids(res) == ids(kb.search("", city=["ningbo"], theme=["infrastructure"], limit=100))
    assert all("ningbo" in h["cities"] and "infrastructure" in h["themes"] for h in res["hits"])


def test_filters_or_within_and_across(kb):
    both = kb.search("", city=["ningbo", "shaoxing"], limit=100, collapse=False)
    assert all({"ningbo", "shaoxing"} & set(h["cities"]) for h in both["hits"])
    one = set(ids(kb.search("", city=["ningbo"], limit=100, collapse=False)))
    other = set(ids(kb.search("", city=["shaoxing"], limit=100, collapse=False)))
    assert set(ids(both)) == one | other and one - other and other - one
    narrowed = kb.search("", city=["ningbo", "shaoxing"], theme=["ecology"])
    assert narrowed["total"] <= both["total"]


def test_facets_are_disjunctive(kb):
    res = kb.search("", city=["ningbo"])
    alone = kb.search("")["facets"]["city"]
    assert res["facets"]["city"] == alone  # adding a city shows what each city would give
    every = kb.search("", city=["ningbo"], limit=100, collapse=False)
    assert every["total"] == len(every["hits"])
    themes = Counter(t for h in every["hits"] for t in h["themes"])
    assert res["facets"]["theme"] == dict(themes)  # the other facets count within the filter
    assert res["facets"]["doc"] and sum(res["facets"]["doc"].values()) == res["total"]


def test_normalisation_full_width_traditional_case(kb):
    base = kb.search("数字经济")["total"]
    assert kb.search("數字經濟")["total"] == base
    assert ids(kb.search("ＥＷＴＰ")) == ids(kb.search("ewtp"))
    assert kb.search("ewtp")["total"] > 0


def test_synonyms(kb):
    res = kb.search("医保")
    assert any("医疗保险" in h["text"] for h in res["hits"])


def test_city_abbreviation_and_name_find_each_other(kb):
    res = kb.search("甬", limit=100, collapse=False)
    assert set(ids(res)) == set(ids(kb.search("宁波", limit=100, collapse=False)))
    assert any("宁波" in h["text"] for h in res["hits"])


@pytest.mark.parametrize(
    "q,zh",
    [
        ("digital economy", "数字经济"),
        ("cross-sea passage", "跨海通道"),
        ("medical insurance", "医疗保险"),
        ("free trade port", "自由贸易港"),
        ("integrated circuits", "集成电路"),
    ],
)
def test_english_queries_find_chinese_measures(kb, q, zh):
    res = kb.search(q)
    assert zh in res["hits"][0]["text"]
    assert f"<mark>{zh}</mark>" in res["hits"][0]["highlight"]


def test_english_measures_searched_directly(kb):
    res = kb.search("container terminals")
    assert res["hits"] and res["hits"][0]["lang"] == "en"


@pytest.mark.parametrize(
    "q,zh", [("ningbo", "宁波"), ("shuzi jingji", "数字经济"), ("hangzhouwan", "杭州湾")]
)
def test_pinyin_queries(kb, q, zh):
    res = kb.search(q)
    assert res["total"] >= 1 and any(zh in h["text"] for h in res["hits"][:3])


def test_mixed_query(kb):
    res = kb.search("Ningbo 港口")
    # 港口 also reads as "port": the English brief about the Port of Ningbo is an answer too
    assert res["total"] >= 1 and all(
        "港" in h["text"] or "port" in h["text"].lower() for h in res["hits"]
    )
    assert any(h["lang"] == "en" for h in res["hits"]) and any(
        h["lang"] == "zh" for h in res["hits"]
    )


def test_ranking_prefers_paragraph_about_the_query(kb):
    res = kb.search("职业教育")
    assert "职业教育" in res["hits"][0]["text"]
    assert res["hits"][0]["text"].count("教育") >= 2


def test_highlight_marks_whole_words_and_escapes(kb):
    res = kb.search("数字经济")
    h = res["hits"][0]["highlight"]
    assert "<mark>数字经济</mark>" in h
    assert "<" not in h.replace("<mark>", "").replace("</mark>", "")


def test_hits_are_plain_data_the_web_layer_decorates(kb):
    """URLs and citations are the web layer's (kb/web/present.py): a hit is the measure with its
    score, highlight and partial flag, nothing the search layer cannot know."""
    h = kb.search("曹娥江")["hits"][0]
    assert "url" not in h and "citation" not in h
    assert h == {**kb.measure(h["id"]), **{k: h[k] for k in ("score", "highlight", "partial")}}
    assert kb.measure(f"{PLAN}:999") is None


def test_citation_uses_sidecar_metadata(kb):
    m = kb.measure(f"{PLAN}:2")
    c = citation(kb.documents()[PLAN], m, f"http://kb.example.org/doc/{PLAN}#p2")
    assert "宁波市人民政府" in c["gbt7714"] and "2023" in c["apa"]
    assert set(c) == set(FORMATS)


def test_related_measures(kb):
    rel = kb.related(f"{PLAN}:4")
    assert rel and all(r["id"] != f"{PLAN}:4" for r in rel)


def test_sort_by_reading_order(kb):
    res = kb.search("", doc=[PLAN], sort="order", limit=20)
    assert [h["para"] for h in res["hits"]] == sorted(h["para"] for h in res["hits"])


@pytest.mark.parametrize(
    "params,field",
    [
        ({"city": ["atlantis"]}, "city"),
        ({"theme": ["sports"]}, "theme"),
        ({"limit": 0}, "limit"),
        ({"limit": 10_000}, "limit"),
        ({"offset": -1}, "offset"),
        ({"doc": ["nope"]}, "doc"),
        ({"sort": "random"}, "sort"),
    ],
)
def test_bad_parameters_name_the_parameter(kb, params, field):
    with pytest.raises(BadQuery, match=field):
        kb.search("港口", **params)


MALFORMED = [
    '"',
    '"港口',
    '港口"',
    '""',
    "(",
    ")",
    "((港口",
    "港口))",
    "OR",
    "AND",
    "NOT",
    "-",
    "--",
    "- 港口",
    "OR OR",
    "港口 OR",
    "OR 港口",
    "city:",
    "city:atlantis",
    "theme:",
    ":",
    "::",
    "*",
    "?",
    "~",
    "^",
    "\\",
    "港口\x00",
    "\x07\x08",
    "\u200b",
    "🚢🌊",
    "港口 🚢",
    "<script>alert(1)</script>",
    "'; DROP TABLE x; --",
    "a" * 400,
    "宁" * 499,
    "\t\n\r",
    "ＯＲ",
    "港口 -",
    "-港口",
    '"港口 OR 机场"',
    "%00",
    "{}[]",
    "&&||",
    "doc:../../etc/passwd",
]


@pytest.mark.parametrize("q", MALFORMED)
def test_malformed_queries_never_fail(kb, q):
    try:
        res = kb.search(q)
    except BadQuery as e:
        assert str(e).split(":")[0] in ("q", "city", "theme", "doc", "kind", "lang")
        return
    assert res["query"] == q
    assert len(res["hits"]) == min(res["total"] + res["partial_total"], res["limit"])


def test_too_long_query_rejected_clearly(kb):
    with pytest.raises(BadQuery, match="limit is 500"):
        kb.search("港" * 10_000)


def test_parse_forms():
    p = parse('宁波 "跨海 通道" -机场 OR 港口 city:ningbo theme:ecology')
    assert [c.text for c in p.concepts] == ["宁波", "跨海 通道", "机场", "港口"]
    assert p.concepts[1].phrase and p.concepts[2].negated
    assert p.filters == {"city": ["ningbo"], "theme": ["ecology"]}


@pytest.mark.parametrize(
    "q",
    [
        "港口",
        "宁波 港口",
        "数字经济 OR 生态",
        "港口 -宁波",
        '"电子商务"',
        "digital economy",
        "ningbo",
        "shuzi jingji",
    ],
)
def test_set_algebra_and_own_scoring_agree_with_whoosh(kb, q):
    """The fast path (cached postings, set algebra, summed scores) gives Whoosh's own matches and
    scores."""
    from kb.backends.whoosh.search import to_whoosh

    searcher = kb.state().searcher
    main = kb.build(q).main
    s = searcher.searcher()
    matches = searcher.matches(main)
    assert matches == set(s.docs_for_query(to_whoosh(main))) & searcher.live
    assert matches
    ours = searcher.rank(main, matches, len(matches))[0]
    theirs = [(h.docnum, h.score) for h in s.search(to_whoosh(main), limit=None)]
    assert {d for d, _ in ours} == {d for d, _ in theirs} == matches
    by_doc = dict(theirs)
    # the same scores, up to the constant Whoosh adds for a NOT clause (it ranks nothing)
    assert len({round(by_doc[d] - score, 6) for d, score in ours}) == 1


def test_proximity_in_order_within_window():
    from kb.ranking import in_order_within as _in_order_within

    assert _in_order_within([[3], [5]], 5)
    assert not _in_order_within([[5], [3]], 5)  # order matters
    assert not _in_order_within([[1], [9]], 5)
    assert _in_order_within([[1, 20], [9, 22], [24]], 5)


class Lexicon:
    """What the plan builder reads from an index, given by hand (no index needed)."""

    maps: dict = {"pinyin": {}, "english": {}}

    def __init__(self, df: dict[str, int]):
        self.counts = df

    def df(self, word: str) -> int:
        return self.counts.get(word, 0)


def nodes(node):
    yield node
    for sub in getattr(node, "parts", ()):
        yield from nodes(sub)
    if isinstance(node, plan.Not):
        yield from nodes(node.node)


def test_the_plan_is_a_plain_value_of_our_own_nodes():
    lex = Lexicon({"港口": 100, "宁波": 100})
    p = plan.build('港口 -宁波 "电子 商务" city:ningbo', lex)
    ours = (plan.Term, plan.Phrase, plan.AnyOf, plan.AllOf, plan.Not, plan.Everything)
    assert all(isinstance(n, ours) for n in nodes(p.main))
    assert p == plan.build('港口 -宁波 "电子 商务" city:ningbo', lex)  # a value: built twice, equal
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.main = plan.Everything()
    assert p.filters == {"city": ["ningbo"]}
    assert isinstance(p.main, plan.AllOf) and isinstance(p.main.parts[-1], plan.Not)
    excluded = set(nodes(p.main.parts[-1]))
    assert plan.Term("city", "ningbo", 0.7) in excluded and plan.Term("text", "宁波") in excluded
    assert plan.Phrase("text", ("电子", "商务")) in set(nodes(p.main))
    assert {"港口", "电子", "商务"} <= p.terms and "宁波" not in p.terms
    assert [r["word"] for r in p.explain] == ["港口", "宁波", "电子 商务"]
    assert plan.build("", lex).main == plan.Everything()


def test_a_rare_word_is_also_looked_for_as_its_parts_near_each_other():
    parts = plan.Phrase("text", ("宁波", "舟山港"), slop=3, boost=0.7)
    rare = plan.build("宁波舟山港", Lexicon({"宁波舟山港": 2, "宁波": 50, "舟山港": 40}))
    common = plan.build("宁波舟山港", Lexicon({"宁波舟山港": 500, "宁波": 900, "舟山港": 600}))
    assert parts in set(nodes(rare.main)) and parts not in set(nodes(common.main))


def test_scoring_leaves_multiply_boosts_skip_exclusions_and_refuse_unknown_nodes():
    a, b = plan.Term("text", "甲", boost=2.0), plan.Phrase("text", ("乙", "丙"), boost=0.5)
    node = plan.without(plan.AnyOf((a, b), boost=0.5), plan.Term("text", "丁"))
    assert plan.scoring_leaves(node) == [(a, 1.0), (b, 0.25)]
    assert plan.scoring_leaves(plan.Everything()) == []
    with pytest.raises(TypeError, match="not a query node: object"):
        plan.scoring_leaves(plan.AnyOf((a, object())))


def test_facet_values_most_measures_first_then_by_value(kb):
    """Each facet lists its values by how many measures hold them, equal counts by value (the
    order the filter lists and the overview show)."""
    from kb.search import by_count

    assert list(by_count({"b": 2, "a": 2, "c": 5, "d": 1}).items()) == [
        ("c", 5),
        ("a", 2),
        ("b", 2),
        ("d", 1),
    ]
    res = kb.search("")
    for name, counts in res["facets"].items():
        items = list(counts.items())
        assert items == sorted(items, key=lambda kv: (-kv[1], kv[0])), name
