"""Rules for metadata of real files nobody had seen (issue 22, third round): a post whose text is
all in its front matter, labelled rows of a portal, site banners, a title run into its delivery
note, short forms of a body, traditional characters, sidebars and bylines of English news. Each
text is made up for its rule (none is a gold document)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.ingest import build_document
from kb.metadata import read_metadata
from kb.readers import Read


def build(path: Path):
    doc, _ = build_document(path, path.stem, "x")
    return doc


def meta(lines) -> dict:
    return read_metadata(Read(blocks=[], fmt="txt", raw_lines=lines, stated={}), [], None)


EMPTY_POST = """---
category: news
type: article
title: "Ningbo opens a new container berth"
excerpt: "A new berth at Ningbo's port opened on Monday, adding capacity for large ships."
publishedDateTime: 2022-03-14T09:30:00Z
originalUrl: "https://news.example.com/ningbo-berth"
provider:
  name: Harbour Times
  domain: example.com
---
"""


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_post_with_only_front_matter_is_indexed_with_its_excerpt(tmp_path, suffix):
    f = tmp_path / ("post" + suffix)
    f.write_text(EMPTY_POST, encoding="utf-8")
    doc = build(f)
    assert [m.text for m in doc.measures] == [
        "A new berth at Ningbo's port opened on Monday, adding capacity for large ships."
    ]
    assert (doc.title, doc.issuer, doc.date, doc.source_url, doc.genre, doc.doc_type) == (
        "Ningbo opens a new container berth",
        "Harbour Times",  # provider: name:
        "2022-03-14",  # publishedDateTime
        "https://news.example.com/ningbo-berth",  # originalUrl
        "news",  # category, before a type that is no genre of CONTRACT
        "N",
    )


def test_front_matter_type_that_is_no_genre_leaves_the_genre_to_the_text(tmp_path):
    f = tmp_path / "page.md"
    f.write_text('---\ntitle: "Port notes"\ntype: post\n---\n\nThe port grew.\n', "utf-8")
    assert build(f).genre != "post"


PORTAL_ROWS = [
    "某某区人民政府",
    "索 引 号: 001/2019-12 主题分类: 其他",
    "发布机构: 某某区农业局 公开日期: 2019-05-06 00:00:00",
    "有效性: 有效 发文字号   -",
    "关于做好春季农业生产工作的实施意见",
    "各乡镇人民政府：",
    "为做好春季农业生产，现提出如下意见。",
]


def test_labelled_rows_of_a_portal_are_metadata_not_the_title():
    got = meta(PORTAL_ROWS)
    assert (got["title"], got["issuer"], got["date"], got["genre"]) == (
        "关于做好春季农业生产工作的实施意见",
        "某某区农业局",
        "2019-05-06",
        "opinion",
    )


def test_a_page_posted_years_after_its_number_is_dated_by_the_number():
    lines = [
        "某省人民政府关于加强水利建设的意见",
        "浏览量:  时间:2018-02-03 10:00:00",
        "某政发〔2015〕7号",
        "各市人民政府：",
        "现就加强水利建设提出如下意见。",
    ]
    assert meta(lines)["date"] == "2015"


@pytest.mark.parametrize(
    "lines,want",
    [
        # a breadcrumb glued to its arrows is navigation, not the headline below it
        (
            [
                "Home> Latest",
                "",
                "Ningbo port sets a record",
                "ningbo.example.com| Updated: May 2, 2022",
                "The port handled more boxes than ever.",
            ],
            "Ningbo port sets a record",
        ),
        # a note in brackets on its own line (此件公开发布) is no title
        (
            [
                "People's Government of Ningbo",
                "June 5th, 2018",
                "(Public issuance)",
                "Opinions of Ningbo Municipal Government on Port Services",
                "In order to improve port services, the following opinions are put forward.",
            ],
            "Opinions of Ningbo Municipal Government on Port Services",
        ),
        # a PDF's running head (a short Chinese word and a page number) is no title
        (
            [
                "综 述 12",
                "AN OVERVIEW OF THE PORT ECONOMY IN 2020",
                "In 2020 the port grew steadily and its volumes rose.",
            ],
            "AN OVERVIEW OF THE PORT ECONOMY IN 2020",
        ),
        # a counter glued to a title that ends as a notice does
        (
            [
                "市政府关于印发某市港口规划的通知3",
                "发布时间:2020年01月06日",
                "市政府关于印发某市港口规划的通知",
                "各区人民政府：",
            ],
            "市政府关于印发某市港口规划的通知",
        ),
    ],
)
def test_page_furniture_around_a_title_is_not_the_title(lines, want):
    assert meta(lines)["title"] == want


def test_traditional_characters_are_read_as_simplified_and_given_back_in_their_own():
    got = meta(
        [
            "寧波市人民政府關于加強港口建設的實施意見",
            "甬政發〔2021〕12號",
            "各區縣（市）人民政府，市直各單位：",
            "為加強港口建設，現提出如下意見。港口發展關係全市經濟。",
        ]
    )
    assert (got["title"], got["issuer"], got["number"], got["genre"], got["city"]) == (
        "寧波市人民政府關于加強港口建設的實施意見",
        "寧波市人民政府",
        "甬政發〔2021〕12號",
        "opinion",
        "ningbo",
    )


def test_a_traditional_news_page_names_its_source_and_date():
    got = meta(
        [
            "港口發展調研記",
            "2021-08-01 10:51 來源: 新華社",
            "新華社寧波7月31日電 記者從寧波舟山港獲悉，港口貨物吞吐量繼續增長。",
            "這裡是寧波，港口城市的發展樣本。",
        ]
    )
    assert (got["issuer"], got["date"], got["genre"]) == ("新華社", "2021-08-01", "news")


def test_a_report_title_run_into_its_delivery_note_under_a_site_banner():
    got = meta(
        [
            "收藏本站 官方微博 欢迎访问某某地方志网",
            "政府工作报告 (2020年1月8日在宁波市第十五届人民代表大会第五次会议上) "
            "宁波市人民政府市长 张三",
            "发布时间:2021-08-07 点击率:",
            "各位代表:",
            "现在,我代表市人民政府向大会报告工作,请予审议。",
        ]
    )
    assert (got["title"], got["issuer"], got["date"], got["genre"], got["city"]) == (
        "政府工作报告",
        "宁波市人民政府",  # the office holder's line
        "2020-01-08",  # delivered, not posted
        "report",
        "ningbo",
    )


RECORD = [
    "市政府办公室关于印发宁波市防汛应急预案的通知",
    "发布部门:市人民政府办公室",
    "发布时间:2019年12月06日",
    "各区县人民政府:",
    "现将《宁波市防汛应急预案》印发给你们,请认真贯彻执行。",
]


# signed by its full name (the title names no city), or unsigned under a title naming its city
SIGNED = [
    "市政府办公室关于印发防汛应急预案的通知",
    *RECORD[1:],
    "宁波市人民政府办公室",
    "2019年11月26日",
]


@pytest.mark.parametrize("lines", [SIGNED, RECORD], ids=["signed", "title names the city"])
def test_a_body_named_by_its_short_form_is_completed_with_its_city(lines):
    assert meta(lines)["issuer"] == "宁波市人民政府办公室"


SIDEBAR_PAGE = [
    "Wenzhou shoe makers find new markets",
    "Investment Guides",
    "News photo",
    "Other Links",
    "Shopping Focus",
    "Prominent Educators",
    "Colleges and universities",
    "Portal News>>News>>Local>>",
    "Ningbo opens a new ferry line",
    "chinadaily.com.cn  2019/03/04 10:20",
    "A new ferry line between Ningbo and Zhoushan opened on Monday, officials said.",
]


def test_the_headline_above_a_header_line_beats_a_sidebar_headline():
    got = meta(SIDEBAR_PAGE)
    assert (got["title"], got["date"], got["issuer"]) == (
        "Ningbo opens a new ferry line",
        "2019-03-04",
        "China Daily",  # the header line's site, by its domain
    )


def test_a_subtitle_above_the_header_line_leaves_the_title_above_it():
    lines = ["Ports of the bay", "How the harbours grew", "Updated: 2020-01-02", "Ports grew."]
    assert meta(lines)["title"] == "Ports of the bay"


def test_a_byline_names_its_outlet_in_brackets():
    got = meta(
        [
            "Ningbo port grows again",
            "By Zhang San and Li Si (Harbour Daily)",
            "Updated: 2012-03-04 07:48",
            "Ningbo - The port handled more containers than ever, officials said.",
        ]
    )
    assert (got["issuer"], got["authors"]) == ("Harbour Daily", ["Zhang San", "Li Si"])


def test_an_instrument_line_with_its_number_names_the_body():
    lines = [
        "Measures of Ningbo Municipality on Harbour Pilotage",
        "Decree No. 12 of Ningbo Municipal People's Government",
        "March 3, 2011",
        "Chapter I General Provisions",
    ]
    assert meta(lines)["issuer"] == "Ningbo Municipal People's Government"


def test_a_body_right_under_the_date_in_the_head_is_the_issuer():
    lines = [
        "某省港口发展调查简要报告",
        "2020-03-02",
        "某大学港口研究所",
        "摘要:为了解港口发展情况，本所开展了调查。",
        "一、调查基本情况",
    ]
    assert meta(lines)["issuer"] == "某大学港口研究所"


def test_a_source_made_of_placeholder_words_is_no_issuer():
    lines = ["港口工作简报", "2012-06-18 00:00:00 来源: 本网原创", "本月港口运行平稳。"]
    assert meta(lines)["issuer"] is None


def test_the_code_of_a_number_names_the_body_of_the_city_the_title_names():
    lines = [
        "关于印发《温州市人民政府港口工作规则》的通知",
        "温府〔2012〕33号",
        "各区人民政府,市政府直属各单位:",
        "《温州市人民政府港口工作规则》已经市政府常务会议通过，现予印发。",
    ]
    assert meta(lines)["issuer"] == "温州市人民政府"


@pytest.mark.parametrize(
    "footer,want",
    [
        ("© Copyright chinadaily.com.cn , All Rights Reserved. Contact us", "China Daily"),
        ("Copyright © 2021 Harbour Daily. All rights reserved.", "Harbour Daily"),
        ("版权所有：某某市人民政府办公室 技术支持：某某公司", "某某市人民政府办公室"),
    ],
)
def test_a_copyright_footer_names_the_publisher_when_nothing_else_does(footer, want):
    lines = ["Ports of the bay grow", "The ports grew fast this year.", "Editor: Li Si", footer]
    assert meta(lines)["issuer"] == want


def test_an_overview_of_a_year_is_a_report():
    lines = ["AN OVERVIEW OF THE PORT ECONOMY IN 2020", "In 2020 the port grew steadily."]
    assert (meta(lines)["genre"], meta(lines)["doc_type"]) == ("report", "R")


@pytest.mark.parametrize(
    "lead",
    [
        "The harbour bureau was named on Mar 3 as one of the best-run offices of the province "
        "in its yearly evaluation.",
        "The port fee for small ships was cut by a tenth, the harbour bureau of the city "
        "announced last week.",
    ],
)
def test_an_english_lead_that_says_when_it_happened_is_news(lead):
    lines = ["Harbour bureau among the best for the fifth consecutive year", lead, "More follows."]
    assert meta(lines)["genre"] == "news"


def test_an_english_page_whose_lead_says_no_when_is_a_web_page():
    lead = "The harbour bureau runs the ports of the city and publishes their fees every year."
    assert meta(["Harbour bureau", lead, "More follows."])["genre"] == "webpage"


def test_a_paper_title_run_on_into_its_marked_authors_is_cut_before_them():
    lines = [
        "ORIGINAL RESEARCH",
        "Port cities and their hinterland: Evidence from the container trade of Ningbo "
        "Wei Zhang1,2, Li Chen1, Anna Smith2, Bo Wu1",
        "Abstract Objective: This study examines how the port of Ningbo serves its hinterland.",
    ]
    assert meta(lines)["title"] == (
        "Port cities and their hinterland: Evidence from the container trade of Ningbo"
    )


def test_a_short_form_body_takes_the_city_its_text_is_about():
    lines = [
        "市政府办公厅关于推进港口安全工程建设的实施意见",
        "发布部门:市政府办公厅",
        "温州港是温州对外开放的门户，温州市各区要加强港口安全。",
        "温州港口企业要落实安全责任。",
    ]
    assert meta(lines)["issuer"] == "温州市人民政府办公厅"
