"""General signals of session 15 (issue 22, helper `docs15`), from `eval/meta15/dev`'s misses: a
column's name over the item's title, a spam banner over a breadcrumb's trail, a source line's
credits, a credit listing outlets joined by &, a day-first date under the headline. Each text is
made up for its rule (none is a gold document)."""

from __future__ import annotations

from kb.metadata.fields import before_credits
from kb.metadata.source import first_credit
from kb.metadata.titles import banner_over_crumbs, over_its_item
from tests.test_metadata_docs8 import EN_BODY, ZH_BODY, meta


def test_a_column_name_over_a_longer_title_is_the_column():
    """Comprehensive Policy / Official Reply on … / State Council [2010] No. 86: the section."""
    lines = [
        "Comprehensive Policy",
        "Official Reply on the Development Plan of the Nansha Ferry Terminal from the Council",
        "State Council [2012] No. 12",
        EN_BODY,
    ]
    assert over_its_item(lines, 0)
    assert meta(lines)["title"] == lines[1]


def test_a_short_headline_over_its_subtitle_stays_the_title():
    """A headline naming no kind of column (Ferries Look East) keeps its subtitle below it."""
    lines = ["Ferries Look East", "To the islands of Zhoushan for the 2026 season", EN_BODY]
    assert not over_its_item(lines, 0)
    assert meta(lines)["title"] == "Ferries Look East"


def test_a_banner_over_a_crumbs_trail_is_no_title():
    """A banner / > 政务公开 > 市政府重点工作 (当前位置:首页 dropped as furniture) / the title."""
    lines = [
        "某某登陆,某某入口",
        "> 政务公开 > 组织机构 > 市政府重点工作",
        "2023年市政府重点工作1-9月进展情况表",
        "发布日期:2023-11-01 15:00",
        ZH_BODY,
    ]
    assert banner_over_crumbs(lines, 0)
    assert meta(lines)["title"] == "2023年市政府重点工作1-9月进展情况表"


def test_a_source_ends_where_its_credits_begin():
    assert before_credits("嘉兴日报 记者 康行远 秀洲区委报道组 吴怡之") == "嘉兴日报"
    assert before_credits("舟山日报 通讯员张三") == "舟山日报"
    assert before_credits("浙江日报") == "浙江日报"
    lines = [
        "秀洲签约15个项目总投资达148亿元",
        "2013年11月19日 08:29 来源:嘉兴日报 记者 康行远 秀洲区委报道组 吴怡之 沈鑫",
        ZH_BODY,
    ]
    assert meta(lines)["issuer"] == "嘉兴日报"


def test_a_credit_of_outlets_joined_by_ampersands_gives_the_first():
    assert first_credit("& China Daily & Xinhua") == "China Daily"
    assert first_credit("Ernst & Young") == "Ernst & Young"
    lines = [
        "Regional Plans",
        "China issues plan for the ferry terminal in Nansha",
        "2021-10-14 | & China Daily & Xinhua",
        EN_BODY,
    ]
    assert meta(lines)["issuer"] == "China Daily"


def test_a_day_first_date_under_the_headline_dates_the_item():
    lines = ["百亿项目落户经济热土 浙江嘉兴招大引强再发力", "21.06.2017  09:20", ZH_BODY]
    assert meta(lines)["date"] == "2017-06-21"


def test_a_news_release_names_itself_news():
    """The First Ningbo Ferry Conference News Release: a press office's release, by any name."""
    body = "This conference lasts 3 days from April 13th to 15th, with guests from every county."
    assert meta(["The First Ningbo Ferry Conference News Release", body])["genre"] == "news"
    assert meta(["The First Ningbo Ferry Conference", body])["genre"] == "webpage"
