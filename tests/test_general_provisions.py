"""A query naming what a regulation is about finds its opening articles first (kb/ranking.py
general_provisions_first, kb/search.py _titled_by): purpose, scope and definitions answer
绿色金融 before the dozens of articles that only use the words."""

from __future__ import annotations

import pytest

from kb import ranking
from kb.backends import BACKENDS
from tests.fixtures import kb_of


def test_opening_full_matches_are_raised_within_the_window_only():
    ranked = [("a", 9.0), ("b", 6.0), ("c", 5.0), ("p", 4.0)]
    got = ranking.general_provisions_first(ranked, {"p"}, lambda d: d in {"c", "p"})
    assert got == [("a", 9.0), ("c", 5.0 * ranking.GENERAL_BOOST), ("b", 6.0), ("p", 4.0)]
    # nothing past the window moves, however opening
    deep = [(i, 10.0 - i / 100) for i in range(ranking.GENERAL_DEPTH + 5)]
    last = ranking.GENERAL_DEPTH + 4
    assert ranking.general_provisions_first(deep, set(), lambda d: d == last)[-1][0] == last


BODY = "鼓励金融机构创新绿色金融产品和服务方式。"
TEXTS = {
    "huzhou_green_finance.md": "# 湖州市绿色金融促进条例\n\n"
    "第一条 为了促进绿色金融发展，推动经济社会全面绿色转型，根据有关法律、行政法规，"
    "结合本市实际，制定本条例。\n\n"
    "第二条 本市行政区域内促进绿色金融改革创新的相关工作和活动，适用本条例。\n\n"
    + "".join(f"第{n}条 {BODY}\n\n" for n in "六七八九十")
    + "第十一条 金融机构应当加强风险管理。\n",
    "port.md": "# 宁波港口条例\n\n第一条 为了规范港口管理，制定本条例。\n\n"
    "第二条 港口经营人开展绿色金融合作的，应当遵守本条例。\n",
}


@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_a_query_naming_the_regulation_finds_its_opening_articles_first(backend, tmp_path_factory):
    kb = kb_of(TEXTS, backend, tmp_path_factory)
    res = kb.search("绿色金融", collapse=False)
    assert res["total"] == 8
    top = [h["text"][:3] for h in res["hits"][:2]]
    assert sorted(top) == ["第一条", "第二条"]  # before five shorter articles saying it
    # another document's article keeps its place: the query does not name that title
    assert [h["doc_id"] for h in res["hits"] if not h["partial"]][-1] == "port"
    # a page after the first repeats none of it
    first = [h["id"] for h in kb.search("绿色金融", limit=4, collapse=False)["hits"]]
    second = [h["id"] for h in kb.search("绿色金融", limit=4, offset=4, collapse=False)["hits"]]
    assert not set(first) & set(second) and len(first + second) == 8
    # a query whose words are not all in the title is ranked as before: by the words
    res = kb.search("金融 风险管理", collapse=False)
    assert res["hits"][0]["text"].startswith("第十一条")
