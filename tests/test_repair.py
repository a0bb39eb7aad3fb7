"""Repair steps: line joining, stray spaces, English spacing, page furniture, citation markers."""

from kb.chinese import tokens
from kb.repair import (
    join_lines,
    remove_stray_cjk_spaces,
    repair_text,
    restore_english_spaces,
    strip_page_furniture,
    tighten_cjk_latin,
)


def test_chinese_joins_without_space():
    assert join_lines("推进杭", "甬一体化") == "推进杭甬一体化"


def test_english_joins_with_space():
    assert join_lines("the port of", "Ningbo expands") == "the port of Ningbo expands"


def test_hyphenated_english_word_made_whole():
    assert (
        join_lines("special necessi-", "ty and feasibility") == "special necessity and feasibility"
    )


def test_hyphen_in_chinese_name_stays():
    assert join_lines("推进宁波-", "舟山港建设") == "推进宁波-舟山港建设"


def test_stray_spaces_inside_chinese_words():
    assert (
        remove_stray_cjk_spaces("全球电子 商务发达城市和区域金融 中心")
        == "全球电子商务发达城市和区域金融中心"
    )


def test_article_number_keeps_its_space():
    assert remove_stray_cjk_spaces("第一条 为促进 发展") == "第一条 为促进发展"


def test_chinese_latin_spacing_consistent():
    assert (
        tighten_cjk_latin("在成功举办 G20杭州峰会、筹备 2022年亚运会")
        == "在成功举办G20杭州峰会、筹备2022年亚运会"
    )


def test_run_together_english_gets_spaces_and_names_stay_whole():
    out = restore_english_spaces(
        "BuildingastronggrowthpoleatthemouthofHangzhouBayinZhejiangProvince"
    )
    assert out == "Building a strong growth pole at the mouth of Hangzhou Bay in Zhejiang Province"


def test_normal_english_untouched():
    assert repair_text("The port  of Ningbo grows.") == "The port of Ningbo grows."


def test_page_numbers_and_running_headers_dropped():
    lines = [
        "经济研究 2021年第3期",
        "正文第一行。",
        "- 12 -",
        "经济研究 2021年第3期",
        "正文。",
        "13",
        "经济研究 2021年第3期",
        "第 3 页",
    ]
    assert [x for x in strip_page_furniture(lines) if x] == ["正文第一行。", "正文。"]


def test_citation_markers_kept_in_text_not_indexed():
    text = "带动区域发展[3-5]。"
    assert "[3-5]" in repair_text(text)
    assert {t.text for t in tokens(text)} == {"带动", "区域", "发展"}


def test_a_full_stop_after_a_number_ends_an_english_sentence_not_a_section_number():
    from kb.repair import ends_sentence

    assert ends_sentence("Yiwu sent 500 cargo trains to Europe in 2019.")
    assert ends_sentence("exports rose to 1,200.")
    assert not ends_sentence("4.3.")
    assert not ends_sentence("1.")
    assert not ends_sentence("第3.")
