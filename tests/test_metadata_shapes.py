"""Shapes real files give their metadata in, beyond the clean cases of test_metadata_fields.py: a
文号 around the title, a record run into one line, a page's navigation above its headline, a
headline printed twice, two-word English labels, bodies named only by an English title, an
instrument line or a signature, dates only in a signature or a web address. One case or more per
rule; each text is made up for the rule (none is a gold document)."""

from __future__ import annotations

import pytest

from kb.metadata import read_metadata
from kb.readers import Read


def meta(lines) -> dict:
    return read_metadata(Read(blocks=[], fmt="txt", raw_lines=lines, stated={}), [], None)


RECORD = [
    "宁波市人民政府关于加快港口发展的实施意见 甬政发〔2018〕20号 2018-05-04 为加快港口发展，"
    "结合本市实际，提出如下意见。 一、总体要求 （一）基本原则。坚持开放发展。"
]
SIGNED_RECORD = [
    "文件编号甬港发〔2021〕8号正文内容宁波市人民政府:为做好港口合作工作,需安排专项资金,妥否,"
    "请批示,附件:申请表(联系人:王五)宁波市港航管理局2021年3月2日。"
]
COVERING = [
    "各区县（市）人民政府，市直各单位：",
    "《宁波市港口规划》已经市政府同意，现印发给你们，请认真组织实施。",
    "宁波市人民政府",
    "2021年3月5日",
]
ENGLISH_SIGNED = [
    "Notice on port fees",
    "All departments of the district:",
    "The measures on port fees are hereby issued to you.",
    "People's Government of Beilun District, Ningbo City",
    "May 5, 2024",
]
ENGLISH_ORDER = [
    "Measures of Ningbo on Port Pilotage",
    "Order of the Ningbo Municipal People' s Government",
    "(No. 12)",
    "Measures of Ningbo on Port Pilotage were adopted by the executive meeting of the municipal",
    "government and are now promulgated. They take effect as of the date of promulgation.",
    "Measures of Ningbo",
    "on Port Pilotage",
    "Zhang San",
    "Mayor",
    "March 3, 2001",
    "Article 1 These measures are formulated to regulate pilotage.",
]

CASES = [
    # a 文号 before the title (with the title in 《》 or after a dash), or after it in brackets
    (
        "title",
        ["甬政办发〔2022〕3号《宁波市人民政府办公厅关于印发港口发展计划的通知》", "浏览量: 12"],
        "宁波市人民政府办公厅关于印发港口发展计划的通知",
    ),
    (
        "title",
        ["象安委〔2020〕5号—象山县安全生产委员会关于开展港口检查的通知", "各有关单位："],
        "象山县安全生产委员会关于开展港口检查的通知",
    ),
    (
        "title",
        ["宁波市人民政府关于港口收费的通知(甬政发〔2021〕12号)", "各区县："],
        "宁波市人民政府关于港口收费的通知",
    ),
    (
        "issuer",
        ["甬政办发〔2022〕3号《宁波市人民政府办公厅关于印发港口发展计划的通知》"],
        "宁波市人民政府办公厅",
    ),
    # a database record run into one line: title, 文号, date, body
    ("title", RECORD, "宁波市人民政府关于加快港口发展的实施意见"),
    ("date", RECORD, "2018-05-04"),
    ("genre", RECORD, "opinion"),
    # the bodies a title opens with, before 贯彻 as before 关于
    (
        "issuer",
        ["浙江省人民政府贯彻国务院港口条例的实施意见", "各市人民政府："],
        "浙江省人民政府",
    ),
    # navigation above the headline: a breadcrumb with >>, a link, a row of links
    (
        "title",
        [
            "当前所在位置:首页 >> 新闻中心",
            "宁波港吞吐量创新高",
            "2020-01-02 来源:宁波日报",
            "正文。",
        ],
        "宁波港吞吐量创新高",
    ),
    (
        "title",
        ["Back to the list", "Ningbo port volume hits record", "It grew."],
        "Ningbo port volume hits record",
    ),
    (
        "title",
        ["Portal [Home] [News] [Search] [Help]", "Ningbo port volume hits record", "It grew."],
        "Ningbo port volume hits record",
    ),
    (
        "title",
        ["The current position: Home page", "Port Report 2020", "It grew."],
        "Port Report 2020",
    ),
    # a site's banner or a body's name alone is no title; a body's name over 关于… is its start
    ("title", ["中国宁波网", "宁波港吞吐量创新高", "记者 张三"], "宁波港吞吐量创新高"),
    (
        "title",
        ["宁波市人民政府", "宁波市港口发展规划", "第一章 总则"],
        "宁波市港口发展规划",
    ),
    (
        "title",
        ["象山县安全生产委员会", "关于开展港口检查的通知", "各有关单位："],
        "象山县安全生产委员会关于开展港口检查的通知",
    ),
    # a heading printed twice (the breadcrumb's last crumb, or the headline above the article)
    (
        "title",
        [
            "Legal database of Zhejiang",
            "You are here: Home >> Laws >> Ningbo Port Regulations",
            "Ningbo Port Regulations",
            "Chapter I General Provisions",
        ],
        "Ningbo Port Regulations",
    ),
    (
        "title",
        [
            "Ningbo Beilun District issued a notice on port fees.",
            "Beilun News 2025-03-12 17:39",
            "Ningbo Beilun District issued a notice on port fees.",
            "Ningbo Municipal Transport Bureau",
            "All departments:",
        ],
        "Ningbo Beilun District issued a notice on port fees",
    ),
    # English labels of two words: the date and the source, not a publisher named "Release"
    (
        "issuer",
        [
            "Port notice",
            "Release Date: May 5, 2024, 10:00   Information Source: Ningbo Transport Bureau",
            "Ships must report.",
        ],
        "Ningbo Transport Bureau",
    ),
    (
        "date",
        [
            "Port notice",
            "Release Date: May 5, 2024, 10:00   Information Source: Ningbo Port",
            "Go.",
        ],
        "2024-05-05",
    ),
    ("date", ["Port Report 2017", "updated on:2017-02-06 13:43", "It grew."], "2017-02-06"),
    # a body named only by an English title, or by an instrument line ("Order of …")
    (
        "issuer",
        [
            "Opinions of the General Office of the Zhejiang Provincial Government on Ports",
            "All cities:",
        ],
        "General Office of the Zhejiang Provincial Government",
    ),
    ("issuer", ENGLISH_ORDER, "Ningbo Municipal People's Government"),
    ("title", ENGLISH_ORDER, "Measures of Ningbo on Port Pilotage"),
    ("date", ENGLISH_ORDER, "2001-03-03"),  # the date under the mayor's signature
    # a signature in English with its place after a comma
    ("issuer", ENGLISH_SIGNED, "People's Government of Beilun District, Ningbo City"),
    ("date", ENGLISH_SIGNED, "2024-05-05"),
    # a record that ends with its signature and date
    ("issuer", SIGNED_RECORD, "宁波市港航管理局"),
    ("date", SIGNED_RECORD, "2021-03-02"),
    ("city", SIGNED_RECORD, "ningbo"),
    # a title above its dateline is not a signature
    (
        "issuer",
        ["宁波市港口建设任务全部交办", "2014-02-13 来源:宁波网", "2月10日，任务全部交办。"],
        "宁波网",
    ),
    # an English headline in the present tense reports a document: news
    ("genre", ["Ningbo issues plan for port growth", "Ningbo will build two berths."], "news"),
    ("genre", ["Notice on Issues Concerning Port Fees", "All departments:"], "notice"),
    # a covering notice whose title is lost
    ("genre", COVERING, "notice"),
    # a page with a posting time is an online item
    (
        "doc_type",
        [
            "宁波市二〇一九年十月份记事",
            "发布时间:2019-11-19 来源: 访问量:",
            "1日 我市举行升旗仪式。",
        ],
        "EB",
    ),
    # the date a web address gives where the text states none
    (
        "date",
        ["Ports grow", "Source: http://news.example.com/2021/07/30/ports-grow/", "Ports grew."],
        "2021-07-30",
    ),
    (
        "date",
        ["Ports grow", "原文链接：http://www.example.gov.cn/202204/t20220417_9.shtml"],
        "2022-04-17",
    ),
]


@pytest.mark.parametrize("field,lines,want", CASES)
def test_field_of_a_real_shape(field, lines, want):
    assert meta(lines)[field] == want
