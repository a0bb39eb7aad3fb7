"""What researchers used to PKULaw and the gov.cn library expect of a document: its dates and 文号
on its page, items numbered ㈠–㈧ cited as items, a later version linked, the whole document cited
(with its official source URL where the file states one), the document list filtered."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from kb.ingest import ingest

NOTE = (
    "（2022年8月26日湖州市第九届人民代表大会常务委员会第五次会议通过　"
    "2022年9月29日浙江省第十三届人民代表大会常务委员会第三十九次会议批准　"
    "湖州市人民代表大会常务委员会公告第12号公布　自2023年1月1日起施行）"
)
HUZHOU = (
    "湖州市绿色港航促进条例\n\n"
    + NOTE
    + """

第一章　总则

第一条　为了促进绿色港航发展，制定本条例。

第五条　市人民政府统筹全市绿色港航发展工作。

市港航管理部门履行下列职责：

㈠编制绿色港航发展规划；

㈡组织实施岸电设施建设；

㈢推进清洁能源船舶应用；

㈣监督船舶污染物接收；

㈤开展绿色港航评价；

㈥法律、法规规定的其他职责。
"""
)
HUZHOU_OLD = """湖州市绿色港航促进条例

（2019年6月20日湖州市第八届人民代表大会常务委员会第十八次会议通过）

第一条　为了促进绿色港航发展，制定本条例。
"""
NOTE_MD = """---
title: 宁波市交通运输局关于推进港口数字化的通知
date: 2024-03-01
source_url: https://www.ningbo.gov.cn/art/2024/3/1/art_99.html
---

各有关单位：现将有关事项通知如下。
"""


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("research")
    (corpus / "huzhou_port_2022.txt").write_text(HUZHOU, encoding="utf-8")
    (corpus / "huzhou_port_2019.txt").write_text(HUZHOU_OLD, encoding="utf-8")
    (corpus / "ningbo_note.md").write_text(NOTE_MD, encoding="utf-8")
    ix = tmp_path_factory.mktemp("research-ix")
    assert not ingest(corpus, ix, progress=False).errors
    from kb.web import create_app

    return create_app({"INDEX": str(ix), "TESTING": True})


def page(client, url):
    r = client.get(url)
    assert r.status_code == 200, url
    return BeautifulSoup(r.data.decode("utf-8"), "html.parser")


def test_a_regulation_states_its_dates_and_number(client):
    d = client.get("/api/doc/huzhou_port_2022").get_json()
    assert d["dates"] == {
        "adopted": "2022-08-26",
        "approved": "2022-09-29",
        "effective": "2023-01-01",
    }
    assert (d["issuer"], d["date"], d["number"], d["city"]) == (
        "湖州市人民代表大会常务委员会",
        "2022-08-26",
        "湖州市人民代表大会常务委员会公告第12号",
        "huzhou",
    )


def test_the_regulation_page_shows_its_dates_and_number(client):
    s = page(client, "/doc/huzhou_port_2022?lang=zh")
    shown = {dt.get_text(): dt.find_next("dd").get_text() for dt in s.select("dl.doc-dates dt")}
    assert shown == {
        "通过": "2022-08-26",
        "批准": "2022-09-29",
        "施行": "2023-01-01",
        "文号": "湖州市人民代表大会常务委员会公告第12号",
    }


def test_an_enclosed_item_is_cited_as_an_item(client):
    body = client.get("/api/doc/huzhou_port_2022").get_json()
    items = [m for m in body["measures"] if m["text"][0] in "㈠㈡㈢㈣㈤㈥"]
    assert [m["locator"].get("item") for m in items] == [1, 2, 3, 4, 5, 6]  # every one a measure
    six = items[-1]
    assert six["locator"] == {"article": 5, "clause": 2, "item": 6}
    assert "第五条第二款第六项" in six["citation"]["gbt7714"]


def test_the_earlier_version_links_to_the_later_and_back(client):
    old = client.get("/api/doc/huzhou_port_2019").get_json()
    new = client.get("/api/doc/huzhou_port_2022").get_json()
    assert old["superseded_by"] == "huzhou_port_2022" and new["supersedes"] == "huzhou_port_2019"
    s = page(client, "/doc/huzhou_port_2019?lang=en")
    link = s.select_one("p.version.superseded_by a")
    assert link["href"] == "/doc/huzhou_port_2022"


def test_the_whole_document_is_cited_in_every_style(client):
    d = client.get("/api/doc/huzhou_port_2022").get_json()
    cite = d["citation"]
    assert set(cite) == {"gbt7714", "apa", "bibtex", "ris"}
    assert cite["gbt7714"].startswith(
        "湖州市人民代表大会常务委员会. 湖州市绿色港航促进条例: "
        "湖州市人民代表大会常务委员会公告第12号[Z/OL]. 2022-08-26["
    )
    assert cite["gbt7714"].endswith("http://localhost/doc/huzhou_port_2022.")
    assert "段" not in cite["gbt7714"] and "第" not in cite["gbt7714"].split("[Z/OL]")[1]
    s = page(client, "/doc/huzhou_port_2022")
    assert (
        s.select_one("details.cite-document code[data-format=gbt7714]").get_text()
        == (cite["gbt7714"])
    )


def test_citations_give_the_official_source_url_and_url_stays_the_permalink(client):
    d = client.get("/api/doc/ningbo_note").get_json()
    official = "https://www.ningbo.gov.cn/art/2024/3/1/art_99.html"
    assert d["source_url"] == official
    assert d["citation"]["gbt7714"].endswith(official + ".")
    m = d["measures"][0]
    assert m["url"] == "/doc/ningbo_note#p1"
    assert m["citation"]["gbt7714"].endswith(official + ".")
    assert f"UR  - {official}" in m["citation"]["ris"]


@pytest.mark.parametrize(
    "args,ids",
    [
        ({"year": "2022"}, ["huzhou_port_2022"]),
        ({"city": "huzhou"}, ["huzhou_port_2019", "huzhou_port_2022"]),
        ({"genre": "regulation", "year": "2019"}, ["huzhou_port_2019"]),
        ({"issuer": "宁波市交通运输局"}, ["ningbo_note"]),
        ({"city": "ningbo", "year": "2022"}, []),
    ],
)
def test_the_document_list_is_filtered_by_year_genre_issuer_and_city(client, args, ids):
    got = client.get("/api/docs", query_string=args).get_json()
    assert sorted(d["doc_id"] for d in got) == ids
    s = page(client, "/docs?" + "&".join(f"{k}={v}" for k, v in args.items()))
    assert sorted(tr["data-doc"] for tr in s.select("tr[data-doc]")) == ids
    for name, value in args.items():
        assert s.select_one(f"select[name={name}] option[selected]")["value"] == value


def test_a_bad_document_filter_is_a_400(client):
    r = client.get("/api/docs?city=atlantis")
    assert r.status_code == 400 and r.get_json()["error"].startswith("city: ")


def test_next_and_previous_match_inside_a_document(client):
    s = page(client, "/doc/huzhou_port_2022?q=绿色港航")
    marked = [li["id"] for li in s.select("li.para-item") if li.select_one("mark")]
    assert len(marked) >= 3
    for k, pid in enumerate(marked):
        li = s.select_one(f"li#{pid}")
        prev, nxt = li.select_one("a.prev-hit"), li.select_one("a.next-hit")
        assert (prev["href"] if prev else None) == (f"#{marked[k - 1]}" if k else None)
        assert (nxt["href"] if nxt else None) == (
            f"#{marked[k + 1]}" if k + 1 < len(marked) else None
        )
    assert s.select_one("a.first-hit")["href"] == f"#{marked[0]}"


@pytest.mark.parametrize("lang,title", [("zh", "请求有误"), ("en", "Bad request")])
def test_an_error_page_speaks_the_interface_language_and_keeps_the_query(client, lang, title):
    r = client.get(f"/search?q=绿色港航&limit=0&lang={lang}")
    assert r.status_code == 400
    s = BeautifulSoup(r.data.decode("utf-8"), "html.parser")
    assert title in s.h1.get_text()
    assert s.select_one("input#q")["value"] == "绿色港航"
    assert "limit" in s.select_one("p.error").get_text()


ISO = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


def contract_problems(d: dict) -> list[str]:
    """What of a document object is not as CONTRACT.md says it."""
    from kb import gazetteer
    from kb.metadata.sidecar import doc_type_code
    from kb.model import GENRES

    checks = {
        "title": isinstance(d["title"], str) and bool(d["title"].strip()),
        "date": d["date"] is None or bool(ISO.match(d["date"])),
        "dates": all(ISO.match(v) for v in d["dates"].values()),
        "city": d["city"] is None or d["city"] in gazetteer.cities(),
        "genre": d["genre"] in GENRES,
        "doc_type": doc_type_code(d["doc_type"]) is not None,
        "lang": d["lang"] in ("zh", "en"),
        "authors": all(isinstance(a, str) and a.strip() for a in d["authors"]),
        "source_url": d["source_url"] is None
        or d["source_url"].startswith(("http://", "https://")),
    }
    return [k for k, ok in checks.items() if not ok]


def test_every_document_value_is_valid_against_the_contract(client, kb):
    docs = client.get("/api/docs").get_json() + kb.document_list()
    assert len(docs) == 13
    assert {d["doc_id"]: contract_problems(d) for d in docs if contract_problems(d)} == {}
