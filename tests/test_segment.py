"""Headings in every common form, paragraphs rejoined, measures with section, kind and language."""

from kb.model import Block
from kb.segment import (
    PRINTED_LINE_MAX,
    Reading,
    blank_line_ends_paragraph,
    blanks_mean_breaks,
    blocks_to_measures,
    break_before_enumeration,
    heading_continues,
    is_short_heading,
    lines_are_paragraphs,
    lines_to_blocks,
    marker_level,
    nonblank_lines,
    sentence_ends_short_line,
    short_line_ends_paragraph,
    take_label_line,
    take_markdown_heading,
    take_numbered_heading,
    take_paragraph_line,
    take_short_heading,
    whole_paragraph_line_ends,
)


def measures(text: str):
    blocks, keywords = lines_to_blocks(text.split("\n"))
    return blocks_to_measures("t", blocks), keywords


def test_marker_levels():
    assert marker_level("4.3.1 共织轨道交通便捷网") == 3
    assert marker_level("一、总体要求") == 1
    assert marker_level("（一）建设世界一流强港") == 2
    assert marker_level("第一章 总则") == 1
    assert marker_level("2 研究区域") == 1
    assert marker_level("2022年亚运会在杭州举办。") is None
    assert marker_level("一、加快建设港口，推进码头改造，完善集疏运体系，实现高质量发展。") is None


PDF_LIKE = """4 重点举措

4.1 补齐短板,构建产业体系

充分依托各城市的优势产业基础,加快高能级平台载体的联动

发展,加速构建分工协作和优势互补的产业体系,打造全国经

济的强劲增长极。

2 打造杭州湾湾口强劲增长极的必要性和

可行性

2.1 时代必要性

位于长三角北翼的苏南地区与上海的联系十分紧密,随着苏锡

常一体化建设的推进,苏南地区将进一步深化与上海的协同联

动发展。

(1)产业结构体系更加现代。数字经济蓬勃发展,初步构建一批

世界级产业集群。

(2)科技创新协同更加优质。初步形成资源开放共享的区域科技

创新协同体系。
"""


def test_paragraphs_rejoined_and_headings_nested():
    ms, _ = measures(PDF_LIKE)
    assert ms[0].text.startswith("充分依托") and ms[0].text.endswith("强劲增长极。")
    assert ms[0].section == "4 重点举措 › 4.1 补齐短板,构建产业体系"
    assert ms[1].section == "2 打造杭州湾湾口强劲增长极的必要性和可行性 › 2.1 时代必要性"
    assert "苏锡常一体化" in ms[1].text


def test_enumeration_starts_a_paragraph():
    ms, _ = measures(PDF_LIKE)
    assert ms[2].text.startswith("(1)") and ms[3].text.startswith("(2)")


def test_no_measure_contains_a_heading():
    ms, _ = measures(PDF_LIKE)
    assert all("4.1" not in m.text and "可行性" not in m.text for m in ms)


def test_short_unpunctuated_line_is_a_heading():
    text = (
        "面临挑战和存在问题\n\n"
        + "面临港口功能优势弱化的挑战。处在起步阶段的杭州湾经济区面临新时代发展的新挑战。" * 2
    )
    ms, _ = measures(text)
    assert ms[0].section == "面临挑战和存在问题"


def test_abstract_in_english_is_its_own_measure_and_keywords_kept():
    text = (
        "摘要:打造增长极,有助于支撑高质量发展。\n\n"
        "Abstract:BuildingastronggrowthpoleatthemouthofHangzhouBaywillhelpsupportChina's\n\n"
        "developmentandmodernization.\n\n"
        "Keywords:HangzhouBay,Marineeconomy\n\n0 引言\n\n当前全球经济仍处于下行周期。"
    )
    ms, kw = measures(text)
    assert [m.kind for m in ms[:2]] == ["abstract", "abstract"]
    assert ms[1].lang == "en" and "strong growth pole at the mouth of Hangzhou Bay" in ms[1].text
    assert kw == ["HangzhouBay", "Marineeconomy"]
    assert ms[2].section == "0 引言"


def test_goal_kind_from_heading_and_text():
    ms, _ = measures("3.2 发展目标\n\n到2025年,基本建成现代化港口体系。\n")
    assert ms[0].kind == "goal"


def test_blank_lines_separate_paragraphs_in_plain_text():
    ms, _ = measures("第一段很长的文字说明内容。\n第二行继续说明。\n\n第二段开始了，内容在这里\n")
    assert len(ms) == 2


def test_one_paragraph_per_line_is_never_rejoined():
    """Web copies and exports put a whole paragraph on one line, often with a blank line after each:
    lines longer than any printed line are paragraphs, whatever their relative widths."""
    paras = [
        "加快建设世界一流强港，推进港口集疏运体系建设，完善多式联运网络，提升港航服务能级，"
        "打造国际航运中心。深化港口合作，推进区域港口一体化发展，拓展内陆无水港布局。",
        "完善基本公共服务体系，推进优质教育资源共享，扩大普惠性托育供给，健全多层次医疗保障，"
        "推动医保异地结算，提高养老服务水平。加强社区治理，提升公共服务均等化水平。",
        "推进生态环境共保联治，加强跨区域大气污染联防联控，完善流域生态补偿机制，"
        "建设美丽湾区。推进近岸海域综合治理，提升生态系统质量和稳定性。",
    ]
    for sep in ("\n\n", "\n"):
        ms, _ = measures("一、重点任务" + sep + sep.join(paras))
        assert [m.text for m in ms] == paras, sep


def test_labelled_abstract_line_stays_its_own_paragraph():
    text = (
        "Abstract: Building a growth pole at the mouth of Hangzhou Bay helps the region. " * 3
        + "\n\n"
        + "摘要：本文研究杭州湾湾口增长极的建设路径，提出产业、科创、交通和开放四个方面的举措。" * 3
        + "\n\n"
        + "研究发现，湾区城市之间的产业分工尚不充分，港口合作仍有较大空间，需要加快一体化进程。" * 3
    )
    ms, _ = measures(text)
    assert len(ms) == 3
    assert (
        ms[0].lang == "en" and ms[1].text.startswith("摘要") and ms[2].text.startswith("研究发现")
    )


def test_provisions_and_binding_sentences_are_measures():
    """An article of a regulation is a provision wherever it stands (总则 names no kind), and so is
    a sentence that binds; a plain statement without a heading stays analysis."""
    from kb.segment import classify_kind

    assert (
        classify_kind(
            ["第一章 总则"], "第三条 市人民政府应当加强对绿色金融工作的领导。", None, False
        )
        == "measure"
    )
    assert classify_kind([], "第十二条 本条例自2022年1月1日起施行。", None, False) == "measure"
    assert (
        classify_kind([], "Article 7 The municipal government shall set up a fund.", None, False)
        == "measure"
    )
    assert (
        classify_kind([], "各地学校必须严格落实晨午检制度，师生返校前须完成健康监测。", None, False)
        == "measure"
    )
    assert (
        classify_kind([], "近年来，全市港口吞吐量持续增长，货物结构不断优化。", None, False)
        == "analysis"
    )
    assert (
        classify_kind(["二、发展现状"], "全市应当看到，港口吞吐量持续增长。", None, False)
        == "analysis"
    )


def test_contents_and_stray_brackets_are_not_headings():
    from kb.model import Block
    from kb.segment import blocks_to_measures

    blocks = [
        Block("heading", "目录"),
        Block("heading", "】"),
        Block("heading", "第一章 总则", level=1),
        Block("para", "第一条 为了促进绿色金融发展，制定本条例。"),
    ]
    ms = blocks_to_measures("d", blocks)
    assert [m.section for m in ms] == ["第一章 总则"] and ms[0].kind == "measure"


# ---- lines_to_blocks step by step: each rule on a few lines of its own ---------------------------

FULL = "这是一行排满的文字内容这是一行排满的文字内容这是"  # 24 characters, 48 cells: a full line


def reading(lines: list[str], blank_after: list[bool] | None = None, cur=()) -> Reading:
    r = Reading(lines, blank_after or [False] * len(lines))
    r.cur = list(cur)
    return r


def test_prepare_steps_drop_comments_and_page_numbers_keeping_blank_breaks():
    r = Reading.of(["第一段。", "<!-- 注释", "跨行 -->", "- 3 -", "第二段。", ""])
    assert (r.lines, r.blank_after) == (["第一段。", "第二段。"], [True, True])


def test_nonblank_lines_count_a_run_of_blanks_once():
    assert nonblank_lines(["", "a", "", "", "b", "c", ""]) == (
        ["a", "b", "c"],
        [True, False, True],
    )


def test_blanks_mean_breaks_only_where_they_are_rare():
    assert blanks_mean_breaks([True, False, False, False])
    assert not blanks_mean_breaks([True, True, False])
    assert blanks_mean_breaks([])


def test_typed_paragraphs_between_blank_lines_stay_apart_whatever_rows_of_buttons_say():
    toolbar = "3 上一篇  下一篇 4 放大 缩小 默认 打印本页"
    paras = [
        "本报讯 昨日下午，市政府召开座谈会，听取代表委员对政府工作报告的意见建议。",
        "座谈会上，代表委员围绕制造业高质量发展、深化改革开放提出了许多建议。",
        "市领导认真听取了大家的发言，感谢大家对政府工作的关心和支持。",
    ]
    lines = [toolbar, "", *(x for p in paras for x in (p, "")), toolbar, ""]
    texts = [b.text for b in lines_to_blocks(lines)[0]]
    assert all(p in texts for p in paras), texts


def test_lines_are_paragraphs_when_a_third_are_longer_than_print():
    assert lines_are_paragraphs([PRINTED_LINE_MAX + 1, 10, 10])
    assert not lines_are_paragraphs([PRINTED_LINE_MAX + 1, 10, 10, 10])
    assert not lines_are_paragraphs([PRINTED_LINE_MAX, PRINTED_LINE_MAX])


def test_keywords_line_is_collected_and_taken():
    r = reading(["关键词：港口；航运、物流", "正文。"])
    assert take_label_line(r, 0) == 1
    assert (r.keywords, r.blocks) == (["港口", "航运", "物流"], [])


def test_metadata_label_line_is_dropped():
    r = reading(["DOI: 10.1000/xyz", "正文。"], cur=["前文完结。"])
    assert take_label_line(r, 0) == 1
    assert (r.blocks, r.cur) == ([Block("para", "前文完结。")], [])


def test_abstract_label_opens_a_section_and_passes_the_line_on():
    r = reading(["摘要：本文研究港口合作。"], cur=["前文完结。"])
    assert take_label_line(r, 0) is None
    assert (r.blocks, r.label_section) == ([Block("para", "前文完结。")], "摘要")


def test_label_inside_an_unfinished_sentence_is_text_but_abstract_always_opens():
    r = reading(["摘要：这一部分"], cur=["本文的"])
    assert take_label_line(r, 0) is None
    assert (r.cur, r.label_section) == (["本文的"], None)
    r = reading(["Abstract: the port grows."], cur=["本文的"])
    assert take_label_line(r, 0) is None
    assert (r.blocks, r.label_section) == ([Block("para", "本文的")], "Abstract")


def test_markdown_heading_with_or_without_space():
    r = reading(["###Port works", "## Jobs ##"])
    assert take_markdown_heading(r, 0) == 1 and take_markdown_heading(r, 1) == 2
    assert r.blocks == [Block("heading", "Port works", 3), Block("heading", "Jobs", 2)]
    assert take_markdown_heading(reading(["Port works"]), 0) is None


def test_numbered_heading_after_a_finished_paragraph_only():
    r = reading(["（二）推进港口建设", FULL], cur=["前文完结。"])
    assert take_numbered_heading(r, 0) == 1
    assert r.blocks == [Block("para", "前文完结。"), Block("heading", "（二）推进港口建设", 2)]
    assert take_numbered_heading(reading(["（二）推进港口建设"], cur=["前文未完"]), 0) is None
    assert take_numbered_heading(reading(["摘要：（二）推进"]), 0) is None


def test_heading_broken_after_a_connector_is_joined_with_its_next_line():
    r = reading(["2 打造杭州湾湾口强劲增长极的必要性和", "可行性", "2.1 时代必要性"])
    assert heading_continues(r, 0)
    assert take_numbered_heading(r, 0) == 2
    assert r.blocks == [Block("heading", "2 打造杭州湾湾口强劲增长极的必要性和可行性", 1)]


def test_heading_followed_by_a_sentence_or_a_numbered_line_stands_alone():
    assert not heading_continues(reading(["一、总体要求和", "坚持稳中求进。", "二、任务"]), 0)
    assert not heading_continues(reading(["一、总体要求和", "（一）指导思想"]), 0)
    assert not heading_continues(reading(["一、总体要求", "指导思想", FULL]), 0)


def test_short_unpunctuated_line_before_a_blank_is_a_heading():
    r = reading(["面临挑战和存在问题", FULL + "。"], [True, False])
    assert is_short_heading(r, 0) and take_short_heading(r, 0) == 1
    assert r.blocks == [Block("heading", "面临挑战和存在问题", 1)]


def test_punctuated_enumerated_or_mid_paragraph_line_is_no_short_heading():
    assert not is_short_heading(reading(["挑战，问题", FULL + "。"], [True, False]), 0)
    assert not is_short_heading(reading(["（1）挑战", FULL + "。"], [True, False]), 0)
    assert not is_short_heading(reading(["面临挑战", FULL + "。"], [True, False], ["前文"]), 0)
    assert not is_short_heading(reading(["面临挑战"], [False]), 0)  # nothing follows


def test_enumerated_item_after_a_sentence_or_colon_starts_a_paragraph():
    r = reading(["（1）建设港口。"], cur=["有以下任务："])
    assert break_before_enumeration(r, 0) is None
    assert (r.blocks, r.cur) == ([Block("para", "有以下任务：")], [])
    r = reading(["（1）建设港口。"], cur=["推进"])
    break_before_enumeration(r, 0)
    assert (r.blocks, r.cur) == ([], ["推进"])


def test_paragraph_line_is_gathered_and_its_paragraph_ends_after_a_short_last_line():
    r = reading([FULL, "短句结束。", FULL])
    assert take_paragraph_line(r, 0) == 1 and r.cur == [FULL]
    assert take_paragraph_line(r, 1) == 2
    assert (r.blocks, r.cur) == ([Block("para", FULL + "短句结束。")], [])
    assert take_paragraph_line(r, 2) == 3 and r.cur == [FULL]  # the last line waits for flush


def test_blank_line_ends_a_paragraph_only_where_blanks_mean_breaks():
    assert blank_line_ends_paragraph(
        reading(["甲", "乙", "丙", "丁"], [True, False, False, False]), 0
    )
    assert not blank_line_ends_paragraph(reading(["甲", "乙", "丙"], [True, True, False]), 0)
    long = "港" * 70
    assert blank_line_ends_paragraph(reading([long, long, "丙"], [True, True, False]), 0)


def test_whole_paragraph_line_ends_where_lines_are_paragraphs():
    long = "港" * 70
    assert whole_paragraph_line_ends(reading([long, "乙", "丙"]), 0)
    assert whole_paragraph_line_ends(reading([long, "乙。", "丙"]), 1)
    assert not whole_paragraph_line_ends(reading([long, "乙", "丙"]), 1)
    assert not whole_paragraph_line_ends(reading(["甲。", "乙", "丙"]), 0)


def test_sentence_ending_on_a_full_line_continues_unless_the_next_is_indented():
    full_stop = FULL[:-1] + "。"
    assert sentence_ends_short_line(reading(["短句结束。", FULL, FULL]), 0)
    assert not sentence_ends_short_line(reading([full_stop, FULL, FULL]), 0)
    assert sentence_ends_short_line(reading([full_stop, FULL[:20], FULL]), 0)
    assert not sentence_ends_short_line(reading(["短句未完", FULL, FULL]), 0)


def test_english_sentence_may_end_a_ragged_line_short_and_go_on():
    line = "The port handled more cargo than any other port in the world last year."
    full = line + " It also"
    r = reading([full, line, full])
    assert not sentence_ends_short_line(r, 1)


def test_short_line_ends_a_paragraph_of_several_lines():
    assert short_line_ends_paragraph(reading([FULL, "短行", FULL], cur=[FULL, "短行"]), 1)
    assert not short_line_ends_paragraph(reading([FULL, "短行", FULL], cur=["短行"]), 1)
    assert not short_line_ends_paragraph(reading([FULL, "短行。", FULL], cur=[FULL, "短行。"]), 1)


def test_typed_paragraphs_between_blank_lines_stay_apart():
    """A blank line after every line means nothing in PDF text (its lines break mid-sentence),
    but in typed text, whose lines end sentences, it separates paragraphs, the longest one too."""
    typed = (
        "宁波港口建设加快推进，集装箱吞吐量持续增长，海铁联运业务量稳步提升。\n\n"
        "杭州数字经济核心产业加快发展。\n\n"
        "嘉兴推进长三角生态绿色一体化发展示范区建设。\n"
    )
    assert [b.text for b in lines_to_blocks(typed.split("\n"))[0]] == [
        "宁波港口建设加快推进，集装箱吞吐量持续增长，海铁联运业务量稳步提升。",
        "杭州数字经济核心产业加快发展。",
        "嘉兴推进长三角生态绿色一体化发展示范区建设。",
    ]
    wrapped = (
        "在长三角一体化发展上升至国家战略的背景下，浙江要举全省之力支持杭州湾\n\n"
        "经济区现代化建设，提升浙江在长三角大湾区的城市群发展能级。要进一步发\n\n"
        "挥杭州总驱动和核心区的功能与作用。\n"
    )
    assert [b.text for b in lines_to_blocks(wrapped.split("\n"))[0]] == [
        "在长三角一体化发展上升至国家战略的背景下，浙江要举全省之力支持杭州湾经济区现代化建设，"
        "提升浙江在长三角大湾区的城市群发展能级。要进一步发挥杭州总驱动和核心区的功能与作用。"
    ]


def test_english_sentence_ending_on_a_year_is_a_paragraph_not_a_heading():
    """A short English sentence is no heading (it ends with a full stop), and a sentence that
    ends on a number ("in 2019.") ends its paragraph like any other."""
    typed = (
        "Yiwu sent 500 cargo trains to Europe in 2019.\n\n"
        "The 500th train left Yiwu for Madrid on Dec 24.\n\n"
        "The city aims to build 12 industrial clusters.\n\n"
        "The clusters achieved an added value of 317 billion yuan last year, up 7.3 percent.\n"
    )
    blocks = lines_to_blocks(typed.split("\n"))[0]
    assert [(b.kind, b.text[:16]) for b in blocks] == [
        ("para", "Yiwu sent 500 ca"),
        ("para", "The 500th train "),
        ("para", "The city aims to"),
        ("para", "The clusters ach"),
    ]
    assert not is_short_heading(reading(["The city aims to build clusters.", FULL + "."]), 0)


def test_front_matter_a_reader_missed_is_no_heading():
    """`key: value` lines read as a setext heading are page furniture: dropped, no section."""
    blocks = [
        Block("heading", "layout: post lang: en author: Jane Doe", 2),
        Block("para", "The port opened a new container terminal."),
    ]
    ms = blocks_to_measures("d", blocks)
    assert [(m.text, m.section) for m in ms] == [("The port opened a new container terminal.", "")]


def test_a_long_heading_is_a_paragraph_of_its_own():
    """A 'heading' longer than any heading, or a finished sentence, is text: a measure, and no
    section over the paragraphs after it."""
    long = "The government will build a new metro line connecting the airport with the city " * 2
    blocks = [
        Block("heading", long.strip()),
        Block("para", "Tickets will cost two yuan."),
        Block("heading", "本市将建设连接机场与市中心的地铁新线，预计五年后建成通车并投入运营。"),
        Block("para", "票价两元。"),
        Block("heading", "Ecology"),
        Block("para", "Trees were planted."),
    ]
    ms = blocks_to_measures("d", blocks)
    assert [m.section for m in ms] == ["", "", "", "", "Ecology"]
    assert ms[0].text.startswith("The government will build") and ms[2].text.startswith("本市")


def test_a_heading_weighs_only_on_the_paragraphs_under_it():
    blocks = [
        Block("heading", "第一章 生态保护", 1),
        Block("para", "加强湿地保护。"),
        Block("heading", "第二章 交通建设", 1),
        Block("para", "建设铁路。"),
    ]
    ms = blocks_to_measures("d", blocks)
    assert [m.section for m in ms] == ["第一章 生态保护", "第二章 交通建设"]


def test_a_lead_in_finished_by_a_colon_counts_as_a_typed_break():
    """Typed text with a blank line after each paragraph, where one paragraph is a lead-in ending
    with a colon: the blanks still separate paragraphs, so the lead-in stays apart."""
    typed = (
        "近日，湖州市人民政府发布了碳达峰实施方案，该方案在氢能方面指出：\n\n"
        "积极发展多元化储能系统，打造氢能装备产业集聚区。\n\n"
        "建设低碳基础设施，将加氢基础设施建设纳入城市规划。\n\n"
        "实施科技攻关项目，重点支持可再生能源制氢等方向的基础研究。\n"
    )
    assert [b.text[:8] for b in lines_to_blocks(typed.split("\n"))[0]] == [
        "近日，湖州市人民",
        "积极发展多元化储",
        "建设低碳基础设施",
        "实施科技攻关项目",
    ]


def test_page_furniture_is_no_measure():
    """Editor and source lines, one-word lines of a news page, bare links and a reference list
    are not measures; the content around them is, numbered without gaps."""
    blocks = [
        Block("para", "港口集装箱吞吐量同比增长百分之八，创历史新高。"),
        Block("para", "什么？"),
        Block("para", "(Web editor: Zhang Kaiwei, Liang Jun)"),
        Block("para", "责任编辑：王宁"),
        Block("para", "Source: Jiefang Daily"),
        Block("para", "https://example.org/report.pdf www.example.cn/a"),
        Block("para", "The port handled 13 million containers in the first half of the year."),
        Block("heading", "References"),
        Block("para", "Smith, J. (2020). Port economics. https://example.org/smith"),
    ]
    got = [(m.para, m.text[:12]) for m in blocks_to_measures("t", blocks)]
    assert got == [(1, "港口集装箱吞吐量同比增长"), (2, "The port han")]
