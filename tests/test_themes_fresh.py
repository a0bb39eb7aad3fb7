"""Theme rules drawn from the misses of the fresh sets scored once (issue 18, sixth pass): the
Chinese eval/real/zh6 and the English eval/real/en7 — a ministry's name and its portfolio, a firm's
revenue and the budget's, a covering notice, a news dateline, a dateline or site line above the
text, a speaker's post, an industry's "ecosystem", and the vocabulary they lacked — each on
sentences of our own."""

import pytest

from kb.metadata.words import drop_furniture, is_dated_line
from kb.themes import dateline_length, is_procedural, lexicon_tags, tag_themes


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("生态环境部新闻发言人介绍了全国高速公路网建设的最新进展。", "ecology"),
        ("教育部、交通运输部综合规划司有关负责人介绍了机场建设情况。", "livelihood"),
        ("农业农村部信息中心负责人介绍，农村地区5G基站覆盖率已超过九成。", "industry"),
    ],
)
def test_a_ministry_and_its_department_weigh_as_names(text, wrong):
    """A ministry (…部) and its department (…司) name who speaks: their words (生态环境, 教育)
    weigh as generic words, as an English name's inner words do; the subject still decides."""
    tags = tag_themes(text)
    assert wrong in tags.considered and wrong not in tags.telling
    assert "infrastructure" in tags.themes


def test_a_part_of_the_country_or_a_club_is_no_ministry():
    """中西部 or 俱乐部 ends in 部 and names a part of the country or a club, not a body: the words
    before it count."""
    assert "livelihood" in tag_themes("各街道普遍开设养老俱乐部。").telling


def test_a_ministrys_portfolio_named_apart_is_no_industry():
    """工业和信息化 names the ministry's portfolio (a press conference series), not industry."""
    text = "在“新时代工业和信息化发展”系列发布会上，有关负责人介绍了千兆光网和5G基站的建设进展。"
    tags = tag_themes(text)
    assert "industry" not in tags.considered
    assert "infrastructure" in tags.themes


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "（三）规上工业企业营业收入：全市规上工业企业营业收入完成812亿元，同比增长9.1%。",
            "industry",
        ),
        ("（四）规上食品企业销售收入：完成236亿元，同比增长7.5%。", ""),
        ("（二）一般公共预算收入：一般公共预算收入完成45.3亿元，同比增长6.2%。", None),
    ],
)
def test_revenue_is_no_income_of_people(text, want):
    """收入 alone is people's income (livelihood); a firm's revenue (营业收入, 销售收入) is its
    operations and the budget's (一般公共预算收入, 财政收入) is no theme."""
    tags = tag_themes(text)
    assert "livelihood" not in tags.considered
    if want is not None:
        assert not want or want in tags.themes
    else:
        assert tags.themes == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "经区政府同意，现将《某区养老服务设施建设三年行动计划》印发给你们，请认真贯彻执行。",
            "zh",
        ),
        (
            "《关于加快海上风电发展的实施意见》已经市政府同意，现印发给你们，请结合实际认真组织实施。",
            "zh",
        ),
        (
            "The Implementation Plan for Building Zero-waste Cities is hereby issued to you; "
            "please earnestly implement it.",
            "en",
        ),
    ],
)
def test_a_covering_notice_carries_no_theme(text, lang):
    """THEMES.md: a procedural paragraph carries no theme; a covering notice only sends on the
    document it cites, whose title names that document's field, not the notice's."""
    assert is_procedural(text, lang)
    assert tag_themes(text, lang=lang).themes == []


def test_a_paragraph_that_cites_a_plan_and_acts_is_no_covering_notice():
    text = "各县区要按照《方案》要求，加快推进屋顶光伏电站建设，下达给你们的资金要专款专用。"
    assert not is_procedural(text, "zh")
    assert "infrastructure" in tag_themes(text).themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("上半年，全省“丝路海运”命名航线新增12条。", "openness"),
        ("今年以来，全区住宅小区新装电梯86台，另有42台电梯正在施工。", "livelihood"),
        ("（二）一产固投：一产固投完成21.6亿元，增长8.3%。", "industry"),
    ],
)
def test_vocabulary_the_fresh_set_lacked(text, theme):
    """The Belt and Road by its shipping name, lifts in residential buildings, investment in the
    first sector (farming)."""
    assert theme in tag_themes(text).themes


def test_a_model_to_copy_is_no_research():
    """样板 (a model to copy, CEDICT's "prototype") names how a thing is done, not innovation."""
    text = "全镇推出首批“样板村”“样板街”，以点带面推进村庄整治。"
    assert "innovation" not in tag_themes(text).considered


def test_a_news_dateline_is_not_counted_in_the_length():
    """新华社…电（记者…） says where and by whom: a lead that names its subject once is short
    without it."""
    text = (
        "新华社杭州3月8日电（记者张三、李四）记者8日从浙江省有关部门获悉，2023年全省新开工改造"
        "城镇老旧小区1326个，涉及居民27.4万户，完成投资逾百亿元。"
    )
    assert dateline_length(text, "zh") == len("新华社杭州3月8日电（记者张三、李四）")
    assert dateline_length("BEIJING, March 8 (Xinhua) -- The city", "en") == len(
        "BEIJING, March 8 (Xinhua) -- "
    )
    assert dateline_length("今年3月8日电力公司完成检修。", "zh") == 0
    assert "livelihood" in tag_themes(text).themes


@pytest.mark.parametrize(
    "line",
    [
        "Zhejiang Daily 2022-05-06",
        "en.ningbo.gov.cn 2019-11-20",
        "Release Time:2020-03-02",
        "2021年6月1日 施行",
    ],
)
def test_a_dateline_or_site_line_is_metadata(line):
    """A line near the top with a full date and a few words says when and where, not a heading
    over the paragraphs (a publisher named Daily made them livelihood) nor a paragraph."""
    assert is_dated_line(line)
    assert drop_furniture(["Title of the story", line, "The body of the story."]) == [
        True,
        False,
        True,
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Delegates' Congress on January 21, 2024",  # a sentence wrapped onto the line
        "The plan was released on July 19, 2021.",
        "Hangzhou plans 3,000 new preschool places by 2025-09-01 across all twelve districts",
    ],
)
def test_a_wrapped_sentence_with_a_date_stays(line):
    assert not is_dated_line(line)


def test_a_speakers_post_names_no_subject():
    """…, according to NAME, a professor at X University: who speaks, not what is said."""
    text = (
        "Along the new line, logistics firms and factories are expected to gather, according to "
        "Li Hua, an associate professor at Tongji University."
    )
    assert "innovation" not in lexicon_tags(text, lang="en").themes
    research = (
        "Li Hua, an associate professor at Tongji University, leads a laboratory of new chips."
    )
    assert "innovation" in lexicon_tags(research, lang="en").considered


@pytest.mark.parametrize(
    ("text", "theme", "not_theme"),
    [
        (
            "An industrial ecosystem of battery makers, parts suppliers and carmakers is taking "
            "shape in the city.",
            "industry",
            "ecology",
        ),
        (
            "Workers removed blue-green algae from the lake every morning through the summer.",
            "ecology",
            None,
        ),
        ("A new car rolls off the production line every minute at the plant.", "industry", None),
    ],
)
def test_english_vocabulary_the_fresh_set_lacked(text, theme, not_theme):
    """An industry's "ecosystem" is its firms, not nature; a lake's algae are its pollution; a
    production line is a factory's."""
    tags = lexicon_tags(text, lang="en")
    assert theme in tags.themes
    assert not_theme is None or not_theme not in tags.telling


def test_document_title_weighs_as_an_outer_heading_on_a_weak_word_of_its_theme():
    """A waste regulation's article on single-use goods is ecology through the title; the same
    words under a digital-economy title, or with no title, carry no theme."""
    text = "鼓励商场、超市减少一次性用品的使用。"
    tags = tag_themes(text, title="某市生活垃圾管理条例")
    assert tags.themes == ["ecology"]
    assert "《某市生活垃圾管理条例》" in tags.evidence["ecology"]
    assert tag_themes(text).themes == []
    assert tag_themes(text, title="某市数字经济促进条例").themes == []


def test_document_title_adds_nothing_without_a_word_of_its_theme():
    """The title is context, not a subject: an article with no word of the title's theme stays
    untagged, and a title naming two themes weighs on none."""
    waste = "某市生活垃圾管理条例"
    assert tag_themes("本条例自2025年1月1日起施行。", title=waste).themes == []
    assert tag_themes("农业农村部门负责指导农村生活垃圾的处理工作。", title=waste).themes == []
    two = "某市生活垃圾管理和就业促进条例"
    assert tag_themes("鼓励商场、超市减少一次性用品的使用。", title=two).themes == []
