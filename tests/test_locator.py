"""Locators: Chinese numerals, and the article, clause and item of each paragraph of a statute."""

from __future__ import annotations

import pytest

from kb.locator import article_number, cn_to_int, from_text, int_to_cn, render
from kb.model import Block
from kb.segment import blocks_to_measures


@pytest.mark.parametrize(
    "text,n",
    [
        ("一", 1),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("三十五", 35),
        ("一百", 100),
        ("一百零二", 102),
        ("一百一十", 110),
        ("两", 2),
        ("35", 35),
    ],
)
def test_chinese_numerals_both_ways(text, n):
    assert cn_to_int(text) == n
    if not text.isdigit() and text != "两":
        assert int_to_cn(n) == text


@pytest.mark.parametrize(
    "text,n",
    [
        ("第三十五条 市人民政府应当……", 35),
        ("第一百零二条　本条例自公布之日起施行。", 102),
        ("第12条 适用范围", 12),
        ("Article 35 The city shall…", 35),
        ("Art. 7 Scope", 7),
        ("第三条规定的事项，由市政府决定。", None),
        ("第三条至第五条所列……", None),
        ("第一章 总则", None),
        ("（一）贯彻实施有关法律", None),
    ],
)
def test_article_number(text, n):
    assert article_number(text) == n


def _measures(blocks):
    return blocks_to_measures("t", [Block(kind, text, level) for kind, text, level in blocks])


def test_clauses_and_items_follow_the_reading_order():
    ms = _measures(
        [
            ("heading", "第一章 总则", 1),
            ("para", "第一条 为了促进港口发展，制定本条例。", 1),
            ("para", "第二条 港口管理机构履行下列职责：", 1),
            ("para", "（一）编制港口规划；", 1),
            ("para", "（二）监督港口安全。", 1),
            ("para", "港口管理机构可以委托其他单位实施前款规定的事项。", 1),
            ("heading", "第二章 附则", 1),
            ("para", "本章所称港口，包括内河港口。", 1),
        ]
    )
    assert [m.locator for m in ms] == [
        {"article": 1},
        {"article": 2, "clause": 1},
        {"article": 2, "clause": 1, "item": 1},
        {"article": 2, "clause": 1, "item": 2},
        {"article": 2, "clause": 2},
        {},
    ]


def test_enclosed_items_are_items_of_their_clause_not_clauses():
    """㈥ of 第五条 is 第五条第二款第六项 (it was counted as the eighth clause)."""
    items = [("para", f"{chr(0x3220 + i)}第{i + 1}项事项；", 1) for i in range(6)]
    ms = _measures(
        [
            ("para", "第五条 市人民政府统筹全市绿色金融发展。", 1),
            ("para", "市金融工作部门履行下列职责：", 1),
            *items,
            ("para", "1. 第六项下的第一目；", 1),
            ("para", "2. 第六项下的第二目。", 1),
            ("para", "其他部门按照各自职责做好相关工作。", 1),
        ]
    )
    locs = [m.locator for m in ms]
    assert locs[7] == {"article": 5, "clause": 2, "item": 6}
    assert render(locs[7], "zh", 8) == "第五条第二款第六项"
    assert locs[9] == {"article": 5, "clause": 2, "item": 6, "subitem": 2}
    assert render(locs[9], "zh", 10) == "第五条第二款第六项第二目"
    assert render(locs[9], "en", 10) == "Art. 5(2)(6)(2)"
    assert locs[10] == {"article": 5, "clause": 3}


def test_articles_set_as_headings():
    ms = _measures(
        [
            ("heading", "第三十五条 风险补偿", 2),
            ("para", "市人民政府应当建立风险补偿机制。", 1),
            ("heading", "第三十六条", 2),
            ("para", "金融机构应当报送信息。", 1),
            ("para", "报送办法由市人民政府制定。", 1),
        ]
    )
    assert [m.locator for m in ms] == [
        {"article": 35},
        {"article": 36, "clause": 1},
        {"article": 36, "clause": 2},
    ]


def test_plans_without_articles_have_no_locator():
    ms = _measures(
        [
            ("heading", "一、总体要求", 1),
            ("para", "（一）指导思想。坚持创新驱动。", 1),
            ("para", "到2025年，港口吞吐能力显著提升。", 1),
        ]
    )
    assert all(m.locator == {} for m in ms)


def test_render_and_reading_one_paragraph():
    assert render({"article": 35}, "zh", 60) == "第三十五条"
    assert render({"article": 5, "clause": 2, "item": 3}, "zh", 9) == "第五条第二款第三项"
    assert render({"article": 5, "clause": 2, "item": 3}, "en", 9) == "Art. 5(2)(3)"
    assert render({}, "zh", 60) == "第60段" and render({}, "en", 60) == "para. 60"
    assert from_text("第二章 › 第十条 管理", "应当报送。") == {"article": 10}
    assert from_text("", "Article 4 Scope of application") == {"article": 4}
