"""Rules by class for what `meta10` (kept aside, scored once, then studied) and the open classes of
`eval/STUDIED.md` missed (issue 22, session of `docs8`). Each text is made up for its rule (none is
a gold document)."""

from __future__ import annotations

from kb.metadata import read_metadata
from kb.metadata.words import is_furniture
from kb.readers import Read


def meta(lines, fmt: str = "txt", stated: dict | None = None) -> dict:
    read = Read(blocks=[], fmt=fmt, raw_lines=lines, stated=stated or {})
    return read_metadata(read, [], None)


ZH_BODY = "为进一步做好本区政务公开工作,结合本区实际,现就有关事项说明如下,请各部门认真对照执行。"
EN_BODY = (
    "The city opened three new ferry lines on Monday, linking the islands with the port, and "
    "plans two more before the summer, the transport bureau said."
)


def test_keyboard_hints_and_language_switches_are_furniture():
    hints = ["主要内容区域,请按Tab键浏览", "Press Tab to move to the main content", "| 中文版 |"]
    for line in hints:
        assert is_furniture(line), line
    for line in ["关于表格填报的通知", "Tabled motions of the congress", "中文版权保护条例"]:
        assert not is_furniture(line), line
    got = meta(["主要内容区域,请按Tab键浏览", "关于《某区政务公开办法》的政策解读", ZH_BODY])
    assert got["title"] == "关于《某区政务公开办法》的政策解读"
    got = meta(["| 中文版 |", "Ferry Lines Open to the Islands", EN_BODY])
    assert got["title"] == "Ferry Lines Open to the Islands"


def test_a_policy_reading_is_an_article_posted_online():
    head = ["关于《某区政务公开办法》的政策解读", "2022年08月12日 来源: 某区政府网"]
    got = meta([*head, "一、为什么制定?", ZH_BODY])
    assert (got["genre"], got["doc_type"]) == ("article", "EB")


def test_a_press_release_is_news():
    text = "Three ferry lines open in May, linking the islands with the port and the airport."
    got = meta(["Press Release for the Media Briefing of the Port Authority", text])
    assert got["genre"] == "news"


def test_a_byline_run_into_its_pipes_still_names_the_outlet():
    header = "By Li Ming in Ningbo| chinadaily.com.cn| Updated: May 3, 2023 L M S"
    got = meta(["Home> Latest", "Ferry lines link the islands", header, EN_BODY])
    assert got["issuer"] == "China Daily" and got["date"] == "2023-05-03"


def test_the_headline_stands_above_its_byline_and_a_credit_for_a_paper_names_it():
    lines = [
        "Stories of the Delta at a Glance",
        "Ferry Lines Link the Islands",
        "By Li Ming in Ningbo",
        "A ferry leaves the port on Monday. [ZHANG WEI/FOR CHINA DAILY]",
        EN_BODY,
    ]
    got = meta(lines)
    assert got["title"] == "Ferry Lines Link the Islands"
    assert got["issuer"].lower() == "china daily"
    # a wire's photo ("/Xinhua", no "for") names no publisher of the page
    wire = meta([*lines[:3], "A ferry leaves the port on Monday. [Photo/Xinhua]", EN_BODY])
    assert (wire["issuer"] or "").lower() != "xinhua"
