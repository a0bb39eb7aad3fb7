"""Rules for metadata of the file forms users bring (issue 22, fourth round, `eval/meta4`): front
matter with a value YAML cannot build, a date run into the headline, a site's date above the
headline, reposts naming their outlet, company reports, congress resolutions and work plans,
reporter lines, journal pages, blog posts, traditional characters written two ways. Each text is
made up for its rule (none is a gold document)."""

from __future__ import annotations

from pathlib import Path

from kb.ingest import build_document
from kb.metadata import read_metadata
from kb.readers import Read
from kb.readers.frontmatter import split_front_matter


def build(path: Path):
    doc, _ = build_document(path, path.stem, "x")
    return doc


def meta(lines, fmt: str = "txt", stated: dict | None = None) -> dict:
    read = Read(blocks=[], fmt=fmt, raw_lines=lines, stated=stated or {})
    return read_metadata(read, [], None)


HUGO_POST = """---
# Documentation: https://example.org/docs/

title: "宁波港口数据分析"
authors: [Li Ming]
tags: [port]
date: 2021-05-06T08:00:00Z
lastmod: 2021-13-40T08:00:00Z
image:
  caption: ""
---

宁波舟山港的集装箱吞吐量继续增长，本文整理了公开数据。
"""


def test_a_timestamp_yaml_cannot_build_loses_only_itself():
    front, rest = split_front_matter(HUGO_POST, "post.md")
    assert front["title"] == "宁波港口数据分析"
    assert front["authors"] == ["Li Ming"] and rest.strip().startswith("宁波舟山港")
    assert front["date"].startswith("2021-05-06")


def test_a_post_whose_front_matter_titles_it_is_an_article_posted_online(tmp_path):
    f = tmp_path / "post.md"
    f.write_text(HUGO_POST, encoding="utf-8")
    doc = build(f)
    assert (doc.title, doc.date, doc.authors) == (
        "宁波港口数据分析",
        "2021-05-06",
        ["Li Ming"],
    )
    assert (doc.genre, doc.doc_type) == ("article", "EB")


def test_a_chinese_outlet_as_front_matter_author_is_the_issuer(tmp_path):
    f = tmp_path / "item.md"
    f.write_text(
        "---\ntitle: '嘉兴港口货运量创新高'\nauthor: 澎湃新闻\n"
        "date: Mon, 03 Jan 2022 01:00:00 GMT\n---\n\n"
        "<p>记者|张三</p>\n<p>嘉兴港去年货运量创新高。</p>\n",
        encoding="utf-8",
    )
    doc = build(f)
    # the outlet issues it; the reporter its cells name (记者|张三) wrote it
    assert (doc.issuer, doc.authors, doc.date) == ("澎湃新闻", ["张三"], "2022-01-03")


def test_a_date_run_into_the_headline_is_the_date_above_it():
    got = meta(
        [
            " date 2022-03-04 Wenzhou opens new shoe industry museum",
            "Wenzhou, a shoe-making hub, opened a museum of the industry this week.",
        ]
    )
    assert (got["title"], got["date"]) == ("Wenzhou opens new shoe industry museum", "2022-03-04")


REPOST = [
    "Skip to Content",
    "Tuesday, March 2nd, 2021",
    "Ningbo port handles record cargo volume (Xinhua)",
    "by June 5, 2019 Business",
    "NINGBO – The port of Ningbo handled a record volume of cargo last month, officials said.",
]


def test_a_reposts_date_is_under_its_headline_not_the_sites_today():
    got = meta(REPOST)
    assert got["title"] == "Ningbo port handles record cargo volume (Xinhua)"
    assert got["date"] == "2019-06-05"  # not the site's Tuesday, March 2nd, 2021
    assert got["issuer"] == "Xinhua"  # the outlet in the headline's brackets, not "by"
    assert got["city"] == "ningbo"


def test_a_weekday_and_date_alone_is_no_title():
    got = meta(["Friday, May 7th, 2021", "Hangzhou opens a new metro line", "The line opened."])
    assert got["title"] == "Hangzhou opens a new metro line"


def test_china_and_a_partner_name_a_park_not_the_partner_city():
    got = meta(["China-Singapore Suzhou Industrial Park opens a school", "A school opened."])
    assert got["city"] == "suzhou"


def test_a_copyright_footer_with_its_owner_first_names_the_publisher():
    got = meta(
        [
            "Park hosts investment fair",
            "The park hosted an investment fair this Monday, attended by more than 300 firms "
            "from 12 countries and regions.",
            "May 3, 2006",
            "Hangzhou Economic Development Area Administrative Committee.2005 Copyright. "
            "All rights reserved",
        ]
    )
    assert got["issuer"] == "Hangzhou Economic Development Area Administrative Committee"
    assert got["genre"] == "news"  # the lead says when: this Monday


def test_a_congress_resolution_is_dated_by_its_adoption_not_its_posting():
    got = meta(
        [
            "某某市第九届人民代表大会第二次会议关于市人民政府工作报告的决议",
            "时间:2022-01-12 09:00",
            "(2022年1月10日某某市第九届人民代表大会第二次会议通过)",
            "会议同意报告，决定批准这个报告。",
        ]
    )
    assert (got["genre"], got["date"]) == ("decision", "2022-01-10")


def test_a_bodys_work_plan_or_report_title_names_its_issuer():
    plan = meta(["温州市人大常委会2021年工作要点", "时间:2021-03-01", "一、总体要求"])
    assert (plan["issuer"], plan["genre"]) == ("温州市人大常委会", "plan")
    report = meta(["2020年瑞安市人民代表大会常务委员会工作报告", "各位代表：", "我受委托报告。"])
    assert report["issuer"] == "瑞安市人民代表大会常务委员会"


def test_a_reporter_line_makes_an_item_news_whatever_label_stands_above():
    got = meta(["市人大常委会召开主任会议", "摘要:", "记者李华", "市人大常委会昨天召开主任会议。"])
    assert (got["genre"], got["doc_type"]) == ("news", "EB/OL")


def test_a_companys_report_names_the_company_before_its_kind():
    got = meta(
        [
            "Annual Report 2019",
            "Contents 2 Corporate Information 4 Chairman's Statement "
            "3 Ningbo Harbour Logistics Co., Ltd. Annual Report 2019 Corporate Information",
        ]
    )
    assert got["issuer"] == "Ningbo Harbour Logistics Co., Ltd."


def test_a_page_with_a_list_of_references_is_a_journal_article():
    got = meta(
        [
            "Community Health Centres in Jiaxing: Practices and Lessons",
            "Li Hua, Wang Fang",
            "This paper examines community health centres in a mid-sized city.",
            "Brown, Alice, and Tom Green. 2018. Primary care reform. Health Policy, 12(3), 1-9.",
            "Chen, Wei J. 2020. Community clinics in China. Social Science, 4(1), 20-31.",
        ]
    )
    assert (got["genre"], got["doc_type"]) == ("article", "J")


def test_a_traditional_title_keeps_each_character_as_the_text_writes_it():
    got = meta(
        [
            "市政府會議將表決人事任免案等",
            "記者陳明",
            "會議决定下周舉行全體會議,審議有關報告。會議還聽取了有關說明。",
        ]
    )
    assert got["title"] == "市政府會議將表決人事任免案等"  # 表決 here, 决定 below


def test_a_bodys_name_captioning_a_photo_under_the_lead_is_no_issuer():
    got = meta(
        [
            "Foreign Media Praise Ningbo's Port Services",
            "ningbo.gov.cn 2020-02-03 10:00:00",
            "Media outlets abroad have given much attention to the port's services, reported at a "
            "conference in Ningbo on Dec 2, 2019, where the port's new digital platform was shown.",
            "Ningbo Port Exhibition Center",
            "In an article published on Jan 9, 2020, a wire service showcased the platform.",
        ]
    )
    assert got["issuer"] != "Ningbo Port Exhibition Center"  # a caption, not a signature
    assert got["date"] == "2020-02-03"


def test_a_wenhaos_year_dates_a_document_that_states_no_other():
    lines = ["甬政发〔2019〕12号", "宁波市人民政府关于加快港口发展的实施意见", "各区县人民政府："]
    got = meta(lines)
    assert (got["number"], got["date"]) == ("甬政发〔2019〕12号", "2019")


def test_a_photo_items_short_headline_stands_above_its_source_line():
    got = meta(
        [
            "您当前的位置 : 中国某某网 > 新闻中心 > 图片新闻",
            "迎新春",
            "稿源: 温州日报   2012-01-20 07:30:00报料热线:88888888",
            "昨天，市区街头张灯结彩，市民们纷纷购买年货。记者 张三",
        ]
    )
    assert (got["title"], got["issuer"], got["date"]) == ("迎新春", "温州日报", "2012-01-20")


def test_a_font_size_row_is_no_title():
    got = meta(["文字: 大  中  小     打印", "嘉兴南湖开展环境整治", "近日，南湖区开展整治。"])
    assert got["title"] == "嘉兴南湖开展环境整治"


COVER = [
    "Document of The World Bank",
    "Public Disclosure Authorized Report No: ICR00001234",
    "IMPLEMENTATION COMPLETION AND RESULTS REPORT (TF-12345)",
    "ON A",
    "Public Disclosure Authorized",
    "LOAN",
    "IN THE AMOUNT OF US$ 50 MILLION",
    "TO THE",
    "PEOPLE’S REPUBLIC OF CHINA",
    "FOR A",
    "ZHEJIANG RURAL WATER PROJECT",
    "March 3, 2018",
    "Water Global Practice East Asia and Pacific Region",
    "CURRENCY EQUIVALENTS",
    "(Exchange Rate Effective January 1, 2018)",
]


def test_an_english_report_cover_gives_its_title_body_and_date():
    got = meta(COVER)
    assert got["title"] == "IMPLEMENTATION COMPLETION AND RESULTS REPORT"
    assert got["issuer"] == "The World Bank"  # Document of …
    assert got["date"] == "2018-03-03"  # the cover's date, not the rate's (Effective …)
    assert got["genre"] == "report"


def test_a_date_and_a_labelled_source_on_one_line_stay_a_header():
    got = meta(["2023-08-03 16:28:58 来源 : 中国青年网", "(相关资料图)", "7月29日，义乌开出班列。"])
    assert (got["issuer"], got["date"]) == ("中国青年网", "2023-08-03")


def test_a_row_of_dates_and_counts_is_no_covers_date():
    got = meta(
        [
            "第01版:要闻",
            "市人大常委会召开会议",
            "2025-09-17,11962| 2025-09-16,11954| 2025-09-15,11946|",
            "本报讯(记者 张三)昨天，市人大常委会召开会议。",
        ]
    )
    assert got["date"] is None
