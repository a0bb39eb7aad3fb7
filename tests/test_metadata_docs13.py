"""Rules by class for what `meta13/dev` (scored once at 7a3f70c, then studied) missed (issue 22,
session of `docs13`). Each text is made up for its rule (none is a gold document)."""

from __future__ import annotations

from pathlib import Path

from kb.readers.frontmatter import split_front_matter
from tests.test_metadata_docs8 import EN_BODY, ZH_BODY, meta  # noqa: F401

PY2_FRONT = """---
categories: !!python/unicode 'SomeChannel'
channel_name: 某公众号
createtime: 2019-03-02 08:10:00+00:00
tags: !!python/unicode 'port'
title: !!python/unicode '港口的未来'
---
<p>正文。</p>
"""


def test_front_matter_tagged_by_python2_yaml_is_read_as_plain_values():
    """A Python 2 export tags every string (`!!python/unicode 'x'`): the value is still the
    title, and a WeChat export's createtime dates the post."""
    front, rest = split_front_matter(PY2_FRONT, Path("x.md"))
    assert front["title"] == "港口的未来"
    assert str(front["date"])[:10] == "2019-03-02"
    assert rest.startswith("<p>")


def test_an_object_tag_builds_nothing():
    front, _ = split_front_matter(
        "---\ntitle: !!python/object/apply:os.system ['true']\n---\nText.\n", Path("x.md")
    )
    assert front.get("title") in (None, [], ["true"])


def test_a_date_above_the_breadcrumb_is_the_sites_clock():
    """登录 | 注册 / 2021-09-20 / 星期一 / 当前位置:首页 >> … >> 正文: the site's today, not the
    item's date (the 时间 of its header row)."""
    lines = [
        "登录 | 注册 | 设为首页",
        "2023-05-08",
        "星期一",
        "当前位置:首页 >> 论坛征文 >> 正文",
        "基层法院网站功能研究",
        "时间:2016-03-02 09:10:11    作者:王明    来源:某市中级人民法院",
        ZH_BODY,
    ]
    assert meta(lines)["date"] == "2016-03-02"


def test_a_date_alone_in_a_head_without_a_breadcrumb_still_dates_it():
    assert meta(["某市港口发展报告", "2016-03-02", ZH_BODY])["date"] == "2016-03-02"


def test_a_record_code_as_source_is_no_issuer():
    lines = ["港口建设推进会召开", "发布时间:2024-11-26 00:11:23 来源: ab20241126", ZH_BODY]
    assert meta(lines)["issuer"] is None


def test_a_bodys_work_report_with_a_note_in_brackets_names_the_body():
    """某市人民检察院工作报告(摘要): the note after the title does not hide whose report it is."""
    lines = ["某市人民检察院工作报告(摘要)", "发布时间:2024-11-26", ZH_BODY]
    assert meta(lines)["issuer"] == "某市人民检察院"


def test_a_label_in_brackets_before_a_documents_title_is_no_part_of_it():
    """(受权发布)某市人民检察院工作报告 / 新华社某地1月5日电: the label is the wire's."""
    lines = ["(受权发布)某市人民检察院工作报告", "新华社某地1月5日电", ZH_BODY]
    got = meta(lines)
    assert got["title"] == "某市人民检察院工作报告"
    assert got["issuer"] == "某市人民检察院"


def test_brackets_before_a_headline_that_names_no_document_stay():
    assert meta(["(图)港口迎来新航线", ZH_BODY])["title"] == "(图)港口迎来新航线"


def test_a_times_zone_is_part_of_the_time_not_a_publisher():
    """2020-05-04 01:10:00 GMT2020-05-04 09:10:00(Beijing Time) Wire English: two stamps of one
    time, the zone of each run into the next."""
    stamp = "2020-05-04 01:10:00 GMT2020-05-04 09:10:00(Beijing Time) Harbour Wire"
    got = meta(["Ferry Lines Open to the Islands", stamp, EN_BODY])
    assert got["date"] == "2020-05-04"
    assert got["issuer"] == "Harbour Wire"


def test_a_labelled_date_run_into_the_lead_dates_the_item():
    lead = "date 2019-04-02 " + EN_BODY
    assert meta([lead, EN_BODY])["date"] == "2019-04-02"


def test_a_body_in_brackets_closing_the_text_wrote_it():
    lines = ["某县2016年统计公报", "发布日期：2017-05-15", ZH_BODY, "（某县统计局）"]
    got = meta(lines, "html", {"site": "某县人民政府"})
    assert got["issuer"] == "某县统计局"


def test_a_phrase_in_brackets_closing_the_text_signs_nothing():
    lines = ["某县港口建设情况", "发布日期：2017-05-15", ZH_BODY, "（完）"]
    assert meta(lines, "html", {"site": "某县人民政府"})["issuer"] == "某县人民政府"


def test_a_collections_mark_of_its_item_hides_no_red_header():
    """第一篇:某省人民政府办公厅文件 on a document-sharing site: the red header, then the title."""
    lines = [
        "第一篇:某省人民政府办公厅文件",
        "某政办发〔2009〕24号",
        "某省人民政府办公厅关于加强港口",
        "安全管理工作的通知",
        "各市州人民政府,省政府各厅委:",
        ZH_BODY,
    ]
    got = meta(lines)
    assert got["title"] == "某省人民政府办公厅关于加强港口安全管理工作的通知"
    assert got["genre"] == "notice"


def test_a_papers_abstract_under_a_sites_dated_header_is_an_article():
    lines = [
        "基层法院网站功能研究",
        "时间:2016-03-02 09:10:11    作者:王明    来源:某市中级人民法院",
        "论文摘要:" + ZH_BODY,
    ]
    assert meta(lines)["genre"] == "article"
    lines[2] = ZH_BODY
    assert meta(lines)["genre"] == "news"


# Rules from meta13/heldout, studied after its final scoring (spent)


def test_an_english_repost_names_its_own_title_as_original_title():
    lines = [
        "Port talks held in this way_current Affairs_news_some global network",
        "Original Title: Port Operators Meet on Shared Shipping Lanes",
        EN_BODY,
    ]
    assert meta(lines)["title"] == "Port Operators Meet on Shared Shipping Lanes"


def test_an_original_title_in_chinese_on_an_english_page_is_no_page_title():
    lines = ["Regulations on Port Safety", "Original Title: 某省港口安全条例", EN_BODY]
    assert meta(lines)["title"] == "Regulations on Port Safety"


def test_a_report_title_run_into_its_salutation_is_cut_there():
    line = (
        "某市2022年政府工作报告各位代表:现在,我代表市人民政府,向大会报告工作,请予审议。" + ZH_BODY
    )
    got = meta([line])
    assert got["title"] == "某市2022年政府工作报告"
    assert got["genre"] == "report"
