"""Lines that look like headings (short, unpunctuated) but say something else: a figure's or a
table's caption says what a figure shows (a figure the text does not hold), a site's navigation
(主页, 当前位置, Home) says nothing; neither becomes the section of the paragraphs after it, nor a
measure of its own."""

from __future__ import annotations

import pytest

from kb.model import Block
from kb.segment import blocks_to_measures, is_caption, is_heading_text, lines_to_blocks

COMMUNIQUE = """主页

一、综合

根据初步核算，全年全市实现地区生产总值2792.51亿元，比上年增长4.4%，其中第二产业增加值1154.5亿元。

图1 2017-2023年全市地区生产总值及增长速度

年末全市常住人口413.17万人，比上年末增加0.33万人，城镇化率为53.09%，比上年末提高0.6个百分点。

表1 年末常住人口及其构成

二、农业

全年粮食播种面积149.6千公顷，比上年增长0.6%，粮食总产量85.1万吨，比上年增长1.1%。
"""


def test_captions_and_navigation_never_head_the_paragraphs_after_them():
    blocks, _ = lines_to_blocks(COMMUNIQUE.split("\n"))
    ms = blocks_to_measures("c", blocks)
    sections = {m.text[:6]: m.section for m in ms}
    assert sections["年末全市常住"] == "一、综合"  # not 图1 ...
    assert sections["根据初步核算"] == "一、综合"  # not 主页 › 一、综合
    assert sections["全年粮食播种"] == "二、农业"
    # the captions go: the figure or table they name is not in the text (表1年末…: repair ran
    # the number and its words together)
    assert not [t for t in sections if t.startswith(("图1", "表1"))]


@pytest.mark.parametrize(
    "line",
    [
        "图1 2017-2023年全市地区生产总值及增长速度",
        "表2：主要农产品产量",
        "附表1",
        "Figure 3: Port throughput",
        "Table 2 Container volumes, 2019-2023",
        "Fig. 4 Seasonal load",
    ],
)
def test_a_caption_is_no_heading(line):
    assert not is_heading_text(line) and is_caption(line)


def test_a_sentence_opening_with_a_figure_number_is_no_caption():
    assert not is_caption("图1显示，2023年全市地区生产总值比上年增长4.4%，增速高于全省平均水平。")


@pytest.mark.parametrize(
    "line", ["一、综合", "图书馆建设", "表彰奖励", "Tables and chairs policy", "第三章 附则"]
)
def test_headings_that_only_begin_like_a_caption_stay_headings(line):
    assert is_heading_text(line)


@pytest.mark.parametrize("nav", ["主页", "首页", "当前位置", "Home"])
def test_a_site_navigation_word_marked_as_heading_is_dropped(nav):
    ms = blocks_to_measures(
        "n",
        [Block("heading", nav, level=1), Block("para", "本市推进港口建设，提升集装箱吞吐能力。")],
    )
    assert [m.section for m in ms] == [""]


def test_a_caption_run_together_by_repair_is_still_a_caption():
    # repair drops the space between a number and Chinese text: 表1年末…, 图12017-2023年…
    assert not is_heading_text("表1年末常住人口及其构成")
    assert not is_heading_text("图12017-2023年三大产业结构")
