"""Rules by class for what `meta12/dev` (scored once at 12d201f, then studied) missed (issue 22,
session of `docs12`). Each text is made up for its rule (none is a gold document)."""

from __future__ import annotations

from tests.test_metadata_docs8 import EN_BODY, ZH_BODY, meta


def test_an_epaper_edition_line_dates_a_newspaper_item():
    """An e-paper prints the page and the day under the headline: 版次:03 2021年09月27日."""
    lines = ["某市召开港口建设推进会", "版次:05  2022年03月14日", "(上接1版)", ZH_BODY]
    got = meta(lines)
    assert got["date"] == "2022-03-14"
    assert got["genre"] == "news"
    assert got["doc_type"] == "N"


def test_an_edition_line_without_a_day_dates_nothing():
    got = meta(["某市召开港口建设推进会", "版次:05", ZH_BODY])
    assert got["date"] is None


def test_a_time_of_day_with_am_or_pm_is_no_publisher():
    lines = ["Ferry Lines Open to the Islands", "Release time:Mar 3, 2023 09:15 PM", EN_BODY]
    got = meta(lines)
    assert got["date"] == "2023-03-03"
    assert got["issuer"] is None


def test_a_byline_of_initials_in_capitals_names_the_issuing_firm():
    lines = ["The Bay Area's Ports: A survey of shippers", "By PQR", EN_BODY]
    got = meta(lines)
    assert got["issuer"] == "PQR"
    assert got["authors"] == []
    lines = ["The Bay Area's Ports: A survey of shippers", "By Li Ming", EN_BODY]
    got = meta(lines)
    assert got["issuer"] is None
    assert got["authors"] == ["Li Ming"]


def test_a_portal_record_without_its_title_line():
    """A search box over the record, a generation-time label, addressees without their colon, the
    posting body by its short name (市府办) and the signature's formal one (its date unreadable)."""
    lines = [
        "高级检索",
        "当前位置:首页>>政务公开>>市府办文件",
        "某政办发〔2020〕8号",
        "索引号:001-2020-01 生成时间:2020-03-09 发布机构:市府办",
        "各县(市、区)人民政府,市政府直属各单位",
        "《某市港口建设三年行动方案》已经市政府同意,现印发给你们,请认真贯彻落实。",
        "某某市人民政府办公室",
        "(此件公开发布)",
        "某市港口建设三年行动方案",
        ZH_BODY,
    ]
    got = meta(lines)
    assert got["title"] == "某市港口建设三年行动方案"
    assert got["date"] == "2020-03-09"
    assert got["issuer"] == "某某市人民政府办公室"


def test_a_headline_opening_with_ge_stays_a_title():
    got = meta(["各地加快建设港口集疏运体系", "2021-05-06 来源:某某日报", ZH_BODY])
    assert got["title"] == "各地加快建设港口集疏运体系"


def test_bodies_signing_together_are_led_by_the_first():
    """A joint report's cover or a joint notice's signature: one body a line, the leading one
    first, the date under the last."""
    bodies = ["某某市统计局", "某某市交通运输局", "某某市港航管理中心"]
    lines = ["2022年某某市交通统计报告", *bodies, "二〇二三年三月", ZH_BODY]
    assert meta(lines, fmt="pdf")["issuer"] == "某某市统计局"
    lines = ["关于做好港口安全工作的通知", ZH_BODY, "某某市应急管理局", *bodies, "2023年3月2日"]
    assert meta(lines)["issuer"] == "某某市应急管理局"
