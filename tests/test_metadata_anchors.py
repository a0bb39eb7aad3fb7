"""The story's anchor (issue 22, session of `docs14`): the headline is the line right above the
header block that stands above the story's lead, whatever a page prints before it; the lead's
dateline names the wire or outlet; a date right under a page's title dates it; a short-form body
takes the places its title gives it; an essay's title names no genre but article. Each text is made
up for its rule (none is a gold document)."""

from __future__ import annotations

import pytest

from kb.metadata import read_metadata
from kb.metadata.anchors import (
    anchored_headline,
    dateline_outlet,
    is_dateline,
    is_header_row,
    lead_date,
)
from kb.metadata.genres import genre_of_title
from kb.metadata.source import header_of
from kb.metadata.titles import menu_row, title_of_line
from kb.readers import read_file
from tests.test_metadata_docs8 import EN_BODY, ZH_BODY, meta

WIRE_LEAD = (
    "NINGBO, China, March 2, 2024 /PRNewswire/ -- The port city opened its first cruise terminal "
    "on Friday, the municipal government said."
)


def test_headline_above_a_byline_and_a_wire_dateline_under_site_names():
    """Site and sister-site names, a lone dot, then the headline, its byline and the lead."""
    lines = [
        "Coastal Business Weekly",
        "Travel Monthly",
        ".",
        "Ningbo Opens a Cruise Terminal",
        "• Written by PR Newswire",
        WIRE_LEAD,
    ]
    got = meta(lines)
    assert got["title"] == "Ningbo Opens a Cruise Terminal"
    assert got["issuer"] == "PR Newswire"
    assert got["date"] == "2024-03-02"


def test_headline_right_above_the_dateline_below_an_advert_and_dates():
    """An ad label, a weekday's date, another story's headline and a time stand before the story:
    the line right above the dateline is its headline."""
    lines = [
        "Anzeige",
        "Freitag, 01.03.2024",
        "Aktien im Blick: Was kommt jetzt?",
        "01.03.2024 09:15 Uhr",
        "Ningbo Opens a Cruise Terminal",
        WIRE_LEAD,
    ]
    assert meta(lines)["title"] == "Ningbo Opens a Cruise Terminal"
    assert anchored_headline(lines) == 4


def test_headline_over_a_toolbar_row_under_a_menu():
    lines = [
        "Home About Ningbo Mayor's Mailbox Latest News Living in Ningbo Investment Guide",
        "Beilun launches 30 port projects",
        "Font:〖L M S",
        EN_BODY,
    ]
    assert menu_row(lines[0])
    assert is_header_row(lines[2])
    assert meta(lines)["title"] == "Beilun launches 30 port projects"


def test_a_subtitle_under_its_headline_is_not_the_headline():
    lines = [
        "区政府召开座谈会",
        "代表委员建言献策",
        "本报讯(记者王明)昨日下午,区政府召开座谈会,"
        "听取代表委员意见,与会人员围绕产业发展和民生提出建议。",
    ]
    assert anchored_headline(lines) == 0
    assert meta([lines[0], "", lines[1], "", lines[2]])["title"] == "区政府召开座谈会"


def test_a_heading_without_header_block_or_dateline_is_not_anchored():
    """A fact page's section heading right above its first paragraph is no headline."""
    lines = ["Port Facts", "Ningbo has seen increasing trade", EN_BODY]
    assert anchored_headline(lines) is None


def test_a_body_signing_over_its_date_is_no_headline():
    lines = [
        "各区人民政府,市各委办局:",
        "《港口重点工作方案》已经市政府同意,现予印发。",
        "宁波市人民政府",
        "2024年1月25日",
        ZH_BODY,
    ]
    assert anchored_headline(lines) is None
    assert meta(lines)["issuer"] == "宁波市人民政府"


def test_chinese_outlet_dateline_names_the_outlet_and_the_sharing_button_goes():
    lines = [
        "首页 -> 内地",
        "宁波新建邮轮码头启用分享到:",
        "某某新闻网3月2日电(记者 王明)宁波首个邮轮码头2日启用,可停靠大型邮轮,"
        "年接待能力五十万人次。",
    ]
    got = meta(lines)
    assert got["title"] == "宁波新建邮轮码头启用"
    assert got["issuer"] == "某某新闻网"
    assert got["genre"] == "news"
    assert title_of_line("港口发展成果分享") == "港口发展成果分享"  # a title ending in 分享 stays


def test_dateline_outlet_kinds():
    assert dateline_outlet("中国某网11月11日电 据报道,") == "中国某网"
    assert (
        dateline_outlet("HANGZHOU, China, Feb. 1, 2024 (GLOBE NEWSWIRE) -- Text") == "GlobeNewswire"
    )
    assert dateline_outlet("本报香港电 记者黄明报道:") is None
    assert is_dateline("本报香港电 记者黄明报道:港口项目启动。")


def test_a_header_row_opening_with_the_page_address_dates_and_names_the_paper():
    lines = [
        "新闻首页 > 国内新闻 > 正文",
        "宁波港口开通新航线",
        "http://www.example.com.cn 2004年08月26日15:29 某某网-某某晚报",
        "本报宁波电 记者王明报道:宁波港昨日开通一条至东南亚的集装箱航线,每周一班。",
    ]
    got = meta(lines)
    assert got["date"] == "2004-08-26"
    assert got["issuer"] == "某某网-某某晚报"


def test_a_date_right_under_the_title_at_the_top_dates_the_page():
    lines = ["Port Trade Figures", "2014年05月12日 14:22", "Ningbo handled more boxes", EN_BODY]
    assert meta(lines)["date"] == "2014-05-12"


def test_information_date_label_and_a_short_body_placed_by_the_title():
    lines = [
        "2017年宁波市海曙区统计局政府信息公开工作年度报告",
        "信息提供日期 : 2018-03-14 09:23来源 : 区统计局",
        ZH_BODY,
    ]
    got = meta(lines)
    assert got["date"] == "2018-03-14"
    assert got["issuer"] == "宁波市海曙区统计局"


def test_an_essays_title_is_an_article_whatever_word_ends_it():
    assert genre_of_title("论地方港口立法:类型、体例与技术准则") == "article"
    assert genre_of_title("浅析宁波港口管理办法") == "article"
    assert genre_of_title("论坛管理办法") == "regulation"
    assert genre_of_title("宁波市港口管理办法") == "regulation"


def test_a_column_name_over_the_headline_and_a_photo_between_header_and_lead():
    """Site address, the column's name, the headline, its header row, sharing buttons, the lead
    photo's file name and caption, then the lead."""
    lines = [
        "www.example-news.com",
        "News and Policies",
        "Ningbo builds a green port",
        "Updated: Mar 6, 2024 example.gov.cn Print",
        "Share - WeChat",
        "Port Dusk.jpg",
        "Cranes at the port of Ningbo. [Photo/WeChat account: nbport]",
        EN_BODY,
    ]
    assert is_header_row(lines[5]) and is_header_row(lines[6]) and is_header_row(lines[4])
    assert meta(lines)["title"] == "Ningbo builds a green port"


def test_an_english_headline_keeps_its_long_subtitle():
    lines = [
        "Textile City calls for ten billion yuan of weaving projects worldwide",
        "Invitation from Keqiao at the Boao Forum for Entrepreneurs",
        "Dec 03, 2019  |  by CT",
        EN_BODY,
    ]
    assert anchored_headline(lines, lambda line: bool(header_of(line))) == 0


def test_the_day_the_lead_opens_with_dates_an_undated_story():
    lines = [
        "Ministry holds event presenting Zhejiang",
        "On April 11, 2017, the ministry held its seventh event presenting Chinese provinces, "
        "with envoys from over 140 countries present.",
    ]
    assert meta(lines)["date"] == "2017-04-11"
    lead = "April 11, 2017 marks ten years since the ministry first held its event for provinces."
    assert lead_date([lead]) is None  # a date as the subject, not the lead's day
    assert (
        lead_date(["In April 2017, the ministry held its event presenting provinces, as planned."])
        is None
    )
    assert (
        lead_date(["The ministry held its event on April 11, 2017, with envoys from 140 lands."])
        is None
    )


def test_a_title_with_its_uploader_run_on_and_printed_again_alone():
    """ "Ningbo Harbour by PortFan" over "Ningbo Harbour": the page states its title twice."""
    lines = ["Ningbo Harbour by PortFan", "", "Ningbo Harbour", EN_BODY]
    assert meta(lines)["title"] == "Ningbo Harbour"
    assert meta(["Ningbo Harbour by PortFan", EN_BODY])["title"] == "Ningbo Harbour by PortFan"
    other = ["Ningbo Harbour by PortFan", "", "Port Facts", EN_BODY]
    assert meta(other)["title"] == "Ningbo Harbour by PortFan"


def test_the_day_a_copy_was_made_is_no_date_of_the_item():
    for line in [
        "Retrieved May 1, 2024",
        "Printed on May 1, 2024",
        "打印时间:2024-05-01",
    ]:
        assert meta(["Ningbo port report", line, EN_BODY])["date"] is None, line


def test_an_update_yields_to_the_day_of_publication():
    lines = [
        "Ningbo port report",
        "Last updated: May 1, 2024",
        "Published: March 2, 2021",
        EN_BODY,
    ]
    assert meta(lines)["date"] == "2021-03-02"
    assert meta(["Ningbo port report", "Updated: May 1, 2024", EN_BODY])["date"] == "2024-05-01"
    piped = "By Li Ming in Ningbo | example.com.cn | Updated: 2022-06-01"
    assert meta(["Ningbo port report", piped, EN_BODY])["date"] == "2022-06-01"
    assert (
        meta(["宁波港口报告", "索引号: 1234 更新时间: 2024-05-01", ZH_BODY])["date"] == "2024-05-01"
    )
    long_row = (
        "By Li Ming | Example News | Updated: 2022-06-01 10:00 | Comments and reader letters on "
        "this story are welcome at any time, by mail or by e-mail to the editors of the desk"
    )
    got = meta(["Ningbo port report", long_row, EN_BODY])
    assert (got["date"], got["issuer"], got["authors"]) == (
        "2022-06-01",
        "Example News",
        ["Li Ming"],
    )


def html_meta(tmp_path, head: str, body: str) -> dict:
    path = tmp_path / "page.html"
    path.write_text(f"<html><head>{head}</head><body>{body}</body></html>", encoding="utf-8")
    read = read_file(path)
    return read_metadata(read, read.blocks, None)


STORY = "<p>" + EN_BODY + "</p>"
HEADLINE = "Cruise terminal opens in Ningbo"
ZH_HEADLINE = "宁波邮轮码头正式启用"
AGREEMENT = [
    # og:title is the site's name; <title>, <h1> and the text say the headline
    (
        '<meta property="og:title" content="Harbour Post">'
        f"<title>{HEADLINE} - Harbour Post</title>",
        f"<h1>{HEADLINE}</h1>{STORY}",
        HEADLINE,
    ),
    # a logo in <h1> agrees with nothing
    (
        f"<title>{ZH_HEADLINE}_港口在线</title>",
        f"<h1>港口在线新闻中心</h1><h2>{ZH_HEADLINE}</h2><p>{ZH_BODY}</p>",
        ZH_HEADLINE,
    ),
    # a meta title the page repeats stays first
    (
        f'<meta name="ArticleTitle" content="{ZH_HEADLINE}"><title>{ZH_HEADLINE}_港口在线</title>',
        f"<h1>港口在线</h1><p>{ZH_BODY}</p>",
        ZH_HEADLINE,
    ),
    # the site's name printed all over the page is still no title
    (
        '<meta property="og:site_name" content="Harbour Post">'
        '<meta property="og:title" content="Harbour Post">'
        f"<title>{HEADLINE} - Harbour Post</title>",
        f"<p>Harbour Post</p><h2>{HEADLINE}</h2>{STORY}<p>Harbour Post</p>",
        HEADLINE,
    ),
]


@pytest.mark.parametrize("head,body,title", AGREEMENT)
def test_a_web_page_title_is_the_statement_the_page_repeats_most(tmp_path, head, body, title):
    assert html_meta(tmp_path, head, body)["title"] == title


def test_the_body_a_portals_footer_says_runs_it_publishes_what_names_no_other():
    lines = [
        "Beilun launches 30 port projects",
        EN_BODY,
        "Sponsored by: General Office of Ningbo Port",
    ]
    assert meta(lines)["issuer"] == "General Office of Ningbo Port"
    lines = [
        "北仑港区新开30个项目",
        ZH_BODY,
        "主办单位:宁波市北仑区人民政府办公室 技术支持:某某科技",
    ]
    assert meta(lines)["issuer"] == "宁波市北仑区人民政府办公室"
    signed = ["北仑港区新开30个项目", ZH_BODY, "宁波市港口管理局", "2024年3月2日", lines[-1]]
    assert meta(signed)["issuer"] == "宁波市港口管理局"


def test_a_domain_credit_yields_to_the_office_the_copyright_footer_names():
    lines = [
        "Home> News>Latest",
        "Beilun inks 30 port deals",
        "(english.example.gov.cn) | Updated : 2020-05-19",
        EN_BODY,
        "© the Information Office of the People's Government of Beilun District.",
        "All Rights Reserved.",
    ]
    assert (
        meta(lines)["issuer"] == "Information Office of the People's Government of Beilun District"
    )
    lines[4] = "© example.gov.cn"
    assert meta(lines)["issuer"] == "english.example.gov.cn"


def test_a_title_printed_again_without_its_bracketed_note_is_the_title():
    lines = [
        "规范性文件 > 正文阅览",
        "转第",
        "保留字段信息",
        "宁波市人民政府关于印发《宁波市人民政府工作规则》的通知(2021修订)",
        "宁波市人民政府关于印发《宁波市人民政府工作规则》的通知",
        "各区县(市)人民政府,市直各单位:",
        ZH_BODY,
    ]
    assert meta(lines)["title"].startswith("宁波市人民政府关于印发")
