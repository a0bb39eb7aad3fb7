"""The lead-in of a list (kb/segment.py lead_ins), indexed with each of its items: 禁止进行下列
行为： introduces items that say what is forbidden without the word 禁止."""

from __future__ import annotations

import pytest

from kb.backends import BACKENDS
from kb.model import Measure
from kb.segment import lead_ins
from tests.fixtures import kb_of


def _m(text: str, **locator) -> Measure:
    return Measure("d", 1, text, locator=locator)


def test_items_take_the_paragraph_that_introduces_them():
    ms = [
        _m("第五条 景区内禁止下列行为：", article=5),
        _m("（一）开山、采石；", article=5, item=1),
        _m("（二）有下列情形之一的：", article=5, item=2),
        _m("1. 刻划；", article=5),
        _m("2. 涂污；", article=5),
        _m("（三）乱扔垃圾。", article=5, item=3),
        _m("第六条 其他事项：", article=6),
        _m("第七条 本条例自公布之日起施行。", article=7),
        _m("（一）不在任何清单中的条目。", article=7, item=1),
    ]
    lead = "第五条 景区内禁止下列行为："
    assert lead_ins(ms) == [
        "",
        lead,
        lead,
        # an item ending in a colon leads the level below it, after its own lead-in
        lead + " （二）有下列情形之一的：",
        lead + " （二）有下列情形之一的：",
        lead,  # not led by its sibling （二）
        "",
        "",
        "",  # the list ended at the article's first line
    ]


def test_a_list_ends_at_a_paragraph_that_is_no_item():
    ms = [
        _m("The following acts are prohibited:"),
        _m("(1) quarrying;"),
        _m("Other paragraphs follow."),
        _m("(2) a numbered line in no list"),
    ]
    assert lead_ins(ms) == ["", "The following acts are prohibited:", "", ""]


TEXTS = {
    "scenic.txt": "第一章 保护\n\n"
    "第五条 风景名胜区内禁止进行下列行为：\n\n"
    "（一）开山、采石、开矿、开荒、修坟立碑等破坏景观、植被、地形地貌的活动；\n\n"
    "（二）修建储存爆炸性、易燃性、放射性物品的设施，或者在景物和设施上刻划、涂污；\n\n"
    "第六条 风景名胜区管理机构应当禁止在核心景区开矿，并组织巡查。\n\n"
    "第七条 开矿许可证由主管部门核发。\n",
}


@pytest.mark.parametrize("backend", sorted(BACKENDS))
def test_a_search_finds_the_items_under_their_lead_in(backend, tmp_path_factory):
    kb = kb_of(TEXTS, backend, tmp_path_factory)
    res = kb.search("禁止 开矿", collapse=False)
    full = [h["text"][:6] for h in res["hits"] if not h["partial"]]
    # the item that says 开矿 under 禁止…： is a full match; the paragraph saying both ranks first
    assert full == ["第六条 风景", "（一）开山、"]
    # weighed lightly: a paragraph saying 禁止 itself ranks above the items its lead-in says it for
    res = kb.search("禁止", collapse=False)
    order = [h["text"][:3] for h in res["hits"]]
    assert sorted(order[:2]) == ["第五条", "第六条"] and sorted(order[2:]) == ["（一）", "（二）"]
    res = kb.search("禁止 刻划", collapse=False)
    assert [h["text"][:6] for h in res["hits"] if not h["partial"]] == ["（二）修建储"]
