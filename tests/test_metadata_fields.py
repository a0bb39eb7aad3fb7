"""Each field extractor of kb.metadata.fields on a small text of its own: one case or more per step
of FIELD_STEPS (a test below checks that none is left without), so that breaking any one extractor
turns its cases red."""

from __future__ import annotations

import pytest

from kb.metadata import FIELD_STEPS, read_metadata
from kb.metadata.source import gather
from kb.readers import Read

STATUTE = [
    "湖州市绿色金融促进条例",
    "2021年8月26日湖州市第八届人民代表大会常务委员会第三十六次会议通过",
    "2021年9月29日浙江省第十三届人民代表大会常务委员会第三十一次会议批准",
    "第一条 为了推进绿色金融发展，制定本条例。",
    "第二条 本条例自2022年1月1日起施行。",
]
NOTICE = [
    "宁波市人民政府关于印发宁波市数字经济发展行动计划的通知",
    "甬政发〔2021〕12号",
    "原文链接：https://www.ningbo.gov.cn/art/2021/3/5/art_1.html",
    "各区县（市）人民政府，市直各单位：",
    "现将《宁波市数字经济发展行动计划》印发给你们，请认真贯彻执行。",
    "宁波市人民政府",
    "2021年3月5日",
]
NEWS_EN = [
    "Huzhou selected as national pilot city for green finance",
    "By Ma Zhenhuan | Updated: 2022-06-01 16:41",
    "Huzhou in Zhejiang province has been selected as a pilot city, officials said on Tuesday.",
]
REPORT_EN = [
    "Report on the Work of the Government",
    "Delivered at the First Session of the 14th Zhejiang Provincial People's Congress",
    "On behalf of the People's Government of Zhejiang Province, I will now report to you on the "
    "work of the government for your deliberation and approval.",
]
HEADLINE_EN = [
    "Hangzhou-Taizhou rail service to open by year's end, operator says.",
    "The travel time between Shanghai and Taizhou will be cut from three hours to two when the "
    "Hangzhou-Taizhou High-speed Railway starts service at year end, the operator said.",
]
EFFECTIVE = {"effective": "2022-01-01"}
PAGE = ["国家生态环境部周报", "本周生态环境部召开例行新闻发布会。"]


def meta(lines, fmt="txt", stated=None, side=None) -> dict:
    return read_metadata(Read(blocks=[], fmt=fmt, raw_lines=lines, stated=stated or {}), [], side)


CASES = [
    ("title", STATUTE, {}, "湖州市绿色金融促进条例"),
    ("title", ["下载 打印 全屏", "宁波港口管理条例", "第一条 为了…"], {}, "宁波港口管理条例"),
    ("title", PAGE, {"title": "  周报  "}, "周报"),
    # a row of buttons or links is known by its shape, whatever its words
    (
        "title",
        ["收藏本站 | 简体版", "宁波市港口管理条例", "第一条 为了…"],
        {},
        "宁波市港口管理条例",
    ),
    ("title", ["前一篇 后一篇 打印 关闭", "湖州市推进绿色金融改革"], {}, "湖州市推进绿色金融改革"),
    (
        "title",
        ["Home | Newsroom | Contact", "Ningbo port handles record cargo"],
        {},
        "Ningbo port handles record cargo",
    ),
    ("title", ["2 上一篇 下一篇 3 放大 缩小", "绍兴市推进港口建设"], {}, "绍兴市推进港口建设"),
    # a PDF whose text starts mid-paragraph has no title line: the cut first line is text
    (
        "title",
        [
            "在数字经济上升为国家战略的背景下，宁波要举全市之力支持港口物流现代化建设，推",
            "动港航服务业高质量发展。",
        ],
        {},
        "",
    ),
    (
        "title",
        ["坚持稳中求进，宁波市人民政府关于推进港口物流高质量发展的实施意见"],
        {},
        "坚持稳中求进，宁波市人民政府关于推进港口物流高质量发展的实施意见",
    ),
    # spaced as a PDF's text layer spaces it, repaired as its paragraphs are
    (
        "title",
        ["2016 年 03 月 02 日上海市空气质量 AQI 分区 预报", "本周空气质量良好。"],
        {},
        "2016年03月02日上海市空气质量AQI分区预报",
    ),
    # an English headline may end with a full stop; a lead sentence above nothing longer is no title
    (
        "title",
        HEADLINE_EN,
        {},
        "Hangzhou-Taizhou rail service to open by year's end, operator says",
    ),
    ("title_derived", ["The port grew fast this year.", "It did."], {}, True),
    ("title_derived", STATUTE, {}, False),
    ("title_derived", ["为了推进发展，制定本办法。"], {}, True),
    ("dates", STATUTE, {}, {"adopted": "2021-08-26", "approved": "2021-09-29"} | EFFECTIVE),
    ("dates", NOTICE, {}, {"issued": "2021-03-05"}),
    ("date", STATUTE, {}, "2021-08-26"),
    ("date", NEWS_EN, {}, "2022-06-01"),
    # a file's creation date only where the title's year allows it
    ("date", ["2012年政府工作报告", "各位代表："], {"created": "2019-03-01"}, "2012"),
    ("date", ["2012年政府工作报告", "各位代表："], {"created": "2013-01-20"}, "2013-01-20"),
    ("date", ["政府工作报告", "各位代表："], {"created": "2019-03-01"}, "2019-03-01"),
    ("date", ["2021-2025年发展规划", "总体要求。"], {}, None),
    ("issuer", STATUTE, {}, "湖州市人民代表大会常务委员会"),
    ("issuer", NOTICE, {}, "宁波市人民政府"),
    ("issuer", REPORT_EN, {}, "People's Government of Zhejiang Province"),
    ("authors", NEWS_EN, {}, ["Ma Zhenhuan"]),
    ("authors", STATUTE, {}, []),
    # whoever typed a body's report is not its author; a paper's file author may be
    ("authors", REPORT_EN, {"file_author": "Wang Xiaoming"}, []),
    (
        "authors",
        ["A note on ports", "Ports grow."],
        {"file_author": "Wang Xiaoming"},
        ["Wang Xiaoming"],
    ),
    ("number", NOTICE, {}, "甬政发〔2021〕12号"),
    ("number", STATUTE, {}, None),
    ("source_url", NOTICE, {}, "https://www.ningbo.gov.cn/art/2021/3/5/art_1.html"),
    ("source_url", STATUTE, {}, None),
    ("genre", STATUTE, {}, "regulation"),
    ("genre", NOTICE, {}, "notice"),
    ("genre", NEWS_EN, {}, "news"),
    ("genre", REPORT_EN, {}, "report"),
    (
        "genre",
        ["Clinics in the delta: a case study of Zhejiang province", "We look."],
        {},
        "article",
    ),
    ("genre", ["Primary care in the delta", "Abstract Objective: to describe."], {}, "article"),
    (
        "genre",
        ["Ports to get greener", "According to a new plan, ports will use shore power."],
        {},
        "news",
    ),
    # English copy nothing else describes is a web page, an online item
    ("genre", ["Hot subsidy", "Workers in the heat get a subsidy of 300 yuan."], {}, "webpage"),
    ("genre", ["高温补贴", "高温天气下户外工作的职工可领取补贴。"], {}, "other"),
    ("doc_type", ["Hot subsidy", "Workers in the heat get a subsidy of 300 yuan."], {}, "EB/OL"),
    ("doc_type", STATUTE, {}, "Z"),
    ("doc_type", ["宁波市人民政府关于印发《宁波市港口发展规划》的通知", "各区县："], {}, "Z"),
    ("doc_type", ["第A09版:看无锡", "图片新闻", "居民正在有序领取分类垃圾桶。"], {}, "N"),
    # a plan posted under a web page's source and time, or reposted, is an online item
    (
        "doc_type",
        ["嘉兴市港口发展规划", "发布时间:2020-07-09 来源:市政府办", "规划正文。"],
        {},
        "EB",
    ),
    (
        "doc_type",
        ["8月18日,嘉兴印发《嘉兴市港口发展规划》。详情如下:", "嘉兴市港口发展规划", "正文。"],
        {},
        "EB",
    ),
    ("doc_type", REPORT_EN, {}, "R"),
    ("doc_type", NEWS_EN, {}, "EB/OL"),
    ("lang", NEWS_EN, {}, "en"),
    ("lang", STATUTE, {}, "zh"),
    ("lang", STATUTE, {"lang": "en"}, "en"),
    ("keywords", PAGE, {"keywords": ["生态", "环境"]}, ["生态", "环境"]),
    ("keywords", PAGE, {}, []),
    ("city", STATUTE, {}, "huzhou"),
    ("city", NEWS_EN, {}, "huzhou"),
    ("city", REPORT_EN, {}, None),
    # a headline on two cities is about neither alone
    ("city", HEADLINE_EN, {}, None),
    ("city_issued", STATUTE, {}, True),
    ("city_issued", NEWS_EN, {}, False),
]


@pytest.mark.parametrize("field,lines,stated,want", CASES)
def test_field_extractor(field, lines, stated, want):
    assert meta(lines, stated=stated)[field] == want


@pytest.mark.parametrize("field,lines,stated,want", CASES)
def test_each_extractor_alone_gives_its_field(field, lines, stated, want):
    """The step itself, handed the fields before it, gives the value (not a later step)."""
    got = meta(lines, stated=stated)
    src = gather(Read(blocks=[], fmt="txt", raw_lines=lines, stated=stated), [])
    step = dict(FIELD_STEPS)[field]
    assert step(src, got) == want


def test_every_step_has_cases():
    assert {f for f, *_ in CASES} == {f for f, _ in FIELD_STEPS}


def test_a_sidecar_value_is_taken_and_read_by_later_steps():
    got = meta(PAGE, side={"issuer": "宁波市人民政府", "title": ""})
    assert got["issuer"] == "宁波市人民政府"
    assert got["title"] == "国家生态环境部周报"  # an empty sidecar value says nothing
    assert got["city"] == "ningbo"  # the city step read the sidecar's issuer


def test_a_respaced_title_still_drops_its_own_line_from_the_paragraphs():
    from kb.metadata.words import drop_furniture

    lines = ["2016 年 03 月 02 日上海市空气质量 AQI 分区预报", "今日全市空气质量良好。"]
    title = meta(lines, fmt="pdf")["title"]
    assert title == "2016年03月02日上海市空气质量AQI分区预报"
    assert drop_furniture(lines, title) == [False, True]
