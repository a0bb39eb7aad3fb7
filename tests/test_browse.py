"""Browsing and filtering by document: `kb docs`, /docs, /api/docs, the year and genre facets in the
API, the query syntax, the pages and the CSV, sorting by date, and citations server over HTTP."""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
import urllib.request
from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup

from kb.cli import main
from kb.ingest import ingest
from kb.search import DOC_FIELDS, KB
from tests.conftest import serving
from tests.fixtures import build_cited_corpus
from tests.test_cite import parse_ris

REG = "huzhou_green_finance"
ART35 = f"{REG}:3"  # 第三十五条, first clause


@pytest.fixture(scope="module")
def cited_index(tmp_path_factory):
    """An index of a regulation (2021), an English report (2019) and a news item (2026)."""
    corpus = build_cited_corpus(tmp_path_factory.mktemp("cited"))
    ix = tmp_path_factory.mktemp("cited-ix")
    assert not ingest(corpus, ix, progress=False).errors
    return ix


@pytest.fixture(scope="module")
def app(cited_index):
    """The app over the cited index (overrides the session app for this module)."""
    from kb.web import create_app

    return create_app({"INDEX": str(cited_index), "TESTING": True})


def soup(resp):
    return BeautifulSoup(resp.data.decode("utf-8"), "html.parser")


# ---- kb docs, /api/docs --------------------------------------------------------------------------


def test_kb_docs_json_one_document_object_a_line(cited_index, capsys):
    assert main(["docs", "--index", str(cited_index), "--json"]) == 0
    docs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [d["doc_id"] for d in docs] == ["delta_ports_2019", REG, "zjrb_20260122"]
    reg = docs[1]
    assert list(reg) == [*DOC_FIELDS, "measures"] and reg["measures"] == 7
    assert (reg["issuer"], reg["date"], reg["genre"], reg["doc_type"], reg["city"]) == (
        "湖州市人民代表大会常务委员会",
        "2021-08-26",
        "regulation",
        "Z",
        "huzhou",
    )
    assert reg["dates"] == {"adopted": "2021-08-26", "approved": "2021-09-29"}
    assert docs[0]["authors"] == ["John Smith", "Lee, Kim Ann"] and docs[0]["lang"] == "en"


def test_kb_docs_table(cited_index, capsys):
    assert main(["docs", "--index", str(cited_index)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:3] == ["doc_id", "title", "issuer"]
    assert any(
        "湖州市绿色金融促进条例" in line and "2021-08-26" in line and "regulation" in line
        for line in out
    )
    assert out[-1] == "3 documents, 10 measures"


def test_kb_docs_without_index_is_one_line(tmp_path, capsys):
    assert main(["docs", "--index", str(tmp_path / "none")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "kb ingest" in err


def test_api_docs_is_the_same_list(client, cited_index, capsys):
    main(["docs", "--index", str(cited_index), "--json"])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    api = client.get("/api/docs").get_json()
    assert api == client.get("/docs?format=json").get_json()
    assert [{k: v for k, v in d.items() if k != "citation"} for d in api] == lines


# ---- /docs ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang,issuer,genre", [("zh", "发布机构", "法规"), ("en", "Issuer", "Regulation")]
)
def test_docs_page_in_both_languages(client, lang, issuer, genre):
    s = soup(client.get(f"/docs?lang={lang}"))
    heads = [th.get_text(strip=True) for th in s.select("table.docs th")]
    assert len(heads) == 6 and issuer in heads
    row = s.select_one(f'tr[data-doc="{REG}"]')
    cells = [td.get_text(strip=True) for td in row.select("td")]
    assert cells[1:] == [
        "湖州市人民代表大会常务委员会",
        "2021-08-26",
        genre,
        "湖州" if lang == "zh" else "Huzhou",
        "7",
    ]
    assert row.select_one("td a")["href"] == f"/doc/{REG}"
    assert row.select_one("td.num a")["href"] == f"/search?doc={REG}&sort=order"
    listed = client.get(row.select_one("td.num a")["href"] + "&format=json").get_json()
    assert listed["total"] == 7 and [h["para"] for h in listed["hits"]] == list(range(1, 8))
    assert s.select_one('nav a[href="/docs"]')


def test_docs_page_sorts_by_every_column(client):
    def order(url):
        return [tr["data-doc"] for tr in soup(client.get(url)).select("tbody tr")]

    assert order("/docs") == ["zjrb_20260122", REG, "delta_ports_2019"]  # newest first
    assert order("/docs?sort=date&order=asc") == ["delta_ports_2019", REG, "zjrb_20260122"]
    assert order("/docs?sort=measures&order=desc")[0] == REG
    assert order("/docs?sort=title&order=asc")[0] == "delta_ports_2019"
    s = soup(client.get("/docs?sort=issuer&order=asc"))
    th = s.select_one('th[data-column="issuer"]')
    assert th["aria-sort"] == "ascending" and "order=desc" in th.a["href"]
    assert "order=desc" in s.select_one('th[data-column="date"] a')["href"]


@pytest.mark.parametrize("url", ["/docs?sort=nope", "/docs?order=up", "/docs?sort=<script>"])
def test_docs_page_bad_sort_is_400(client, url):
    r = client.get(url)
    assert r.status_code == 400 and b"<script>" not in r.data


# ---- year and genre: API, query syntax, pages, CSV -----------------------------------------------


def test_year_and_genre_filters_and_disjunctive_facets(client):
    everything = client.get("/api/search").get_json()
    assert everything["facets"]["year"] == {"2021": 7, "2019": 2, "2026": 1}
    assert everything["facets"]["genre"] == {"regulation": 7, "report": 2, "news": 1}
    r = client.get("/api/search?year=2021").get_json()
    assert r["total"] == 7 and {h["doc_id"] for h in r["hits"]} == {REG}
    assert (
        r["facets"]["year"] == everything["facets"]["year"]
    )  # a facet's own filter does not narrow it
    assert r["facets"]["genre"] == {"regulation": 7}
    both = client.get("/api/search?year=2021&year=2019&genre=report").get_json()
    assert both["total"] == 2 and both["facets"]["year"] == {"2019": 2}


def test_query_syntax_matches_the_parameters(client):
    typed = client.get("/api/search?q=year:2021 genre:regulation 风险补偿").get_json()
    params = client.get("/api/search?q=风险补偿&year=2021&genre=regulation").get_json()
    assert typed["total"] == params["total"] == 2  # article 35 and the paragraph after it
    assert [h["id"] for h in typed["hits"]] == [h["id"] for h in params["hits"]]
    assert client.get("/api/search?q=genre:news").get_json()["total"] == 1


@pytest.mark.parametrize(
    "url,field",
    [
        ("/api/search?year=21", "year"),
        ("/api/search?year=abcd", "year"),
        ("/api/search?genre=poem", "genre"),
        ("/api/search?q=genre:poem", "genre"),
        ("/api/search?sort=newest", "sort"),
    ],
)
def test_bad_year_or_genre_is_400(client, url, field):
    r = client.get(url)
    assert r.status_code == 400 and r.get_json()["error"].startswith(field)


def test_sort_by_date_newest_document_first(client, kb_cited):
    r = client.get("/api/search?sort=date&limit=20").get_json()
    assert [h["doc_id"] for h in r["hits"]] == ["zjrb_20260122"] + [REG] * 7 + [
        "delta_ports_2019"
    ] * 2
    assert [h["para"] for h in r["hits"][1:8]] == list(range(1, 8))
    assert (
        kb_cited.search("", sort="date", genre=["report"], limit=1)["hits"][0]["doc_id"]
        == "delta_ports_2019"
    )


@pytest.fixture(scope="module")
def kb_cited(cited_index):
    return KB(cited_index)


@pytest.mark.parametrize("lang,label", [("zh", "法规"), ("en", "Regulation")])
def test_search_page_lists_year_and_genre_facets(client, lang, label):
    s = soup(client.get(f"/search?lang={lang}"))
    a = s.select_one('a[data-facet="genre"][data-value="regulation"]')
    assert a and a.get_text(strip=True) == label and "genre=regulation" in a["href"]
    years = [x["data-value"] for x in s.select('a[data-facet="year"]')]
    assert years == ["2026", "2021", "2019"]
    on = soup(client.get(f"/search?lang={lang}&year=2019"))
    assert "on" in on.select_one('a[data-facet="year"][data-value="2019"]')["class"]
    assert "2019" in on.select_one(".selected").get_text()


def test_csv_has_labels_year_issuer_and_absolute_urls(client):
    r = client.get("/export.csv?q=风险补偿&lang=zh", base_url="https://kb.example.org")
    rows = list(csv.DictReader(io.StringIO(r.data.decode("utf-8-sig"))))
    row = next(x for x in rows if x["id"] == ART35)
    assert (row["issuer"], row["year"], row["genre"], row["genre_label"]) == (
        "湖州市人民代表大会常务委员会",
        "2021",
        "regulation",
        "法规",
    )
    assert "huzhou" in row["cities"].split(";") and "湖州" in row["city_labels"].split(";")
    assert (row["kind"], row["kind_label"]) == ("measure", "举措")
    assert len(row["themes"].split(";")) == len(row["theme_labels"].split(";"))
    assert row["url"] == f"https://kb.example.org/doc/{REG}#p3"
    assert f"https://kb.example.org/doc/{REG}#p3" in row["gbt7714"] and row["ris"].startswith(
        "TY  - STAT"
    )
    en = list(
        csv.DictReader(
            io.StringIO(client.get("/export.csv?q=风险补偿&lang=en").data.decode("utf-8-sig"))
        )
    )
    assert "Huzhou" in next(x for x in en if x["id"] == ART35)["city_labels"]


# ---- citations server over HTTP ------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(app):
    """This module's app served over HTTP (the session's server serves the session app)."""
    with serving(app) as url:
        yield url


@pytest.fixture(scope="module")
def page(server, browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    yield ctx.new_page()
    ctx.close()


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=20) as resp:
        return json.loads(resp.read().decode("utf-8"))


def test_article_35_cited_over_http(server):
    m = _get(f"{server}/api/measure/{ART35}")
    url = f"{server}/doc/{REG}#p3"
    today = datetime.date.today().isoformat()
    gbt = m["citation"]["gbt7714"]
    for part in ("湖州市人民代表大会常务委员会", "2021", "第三十五条", f"[{today}]", url):
        assert part in gbt, (part, gbt)
    assert "Art. 35" in m["citation"]["apa"] and "(2021, August 26)" in m["citation"]["apa"]
    bib = m["citation"]["bibtex"]
    assert "author = {{湖州市人民代表大会常务委员会}}" in bib and f"urldate = {{{today}}}" in bib
    fields = parse_ris(m["citation"]["ris"])
    assert ("TY", "STAT") in fields and ("AU", "湖州市人民代表大会常务委员会") in fields
    assert (
        ("UR", url) in fields and ("PY", "2021") in fields and ("SE", "第三十五条第一款") in fields
    )
    assert ("Y2", today.replace("-", "/") + "/") in fields
    hit = _get(f"{server}/api/search?q={quote('风险补偿机制')}")["hits"][0]
    assert hit["id"] == ART35 and hit["citation"] == m["citation"]


def test_cli_citations_use_kb_base_url(cited_index, capsys, monkeypatch):
    monkeypatch.setenv("KB_BASE_URL", "https://policy.example.edu/kb")
    assert main(["search", "风险补偿机制", "--json", "--index", str(cited_index)]) == 0
    hit = json.loads(capsys.readouterr().out)["hits"][0]
    assert hit["citation"]["gbt7714"].endswith(f"https://policy.example.edu/kb/doc/{REG}#p3.")
    assert re.search(r"\[\d{4}-\d\d-\d\d\]", hit["citation"]["gbt7714"])


def test_cli_filters_by_year_genre_and_sorts_by_date(cited_index, capsys):
    assert (
        main(
            [
                "search",
                "--year",
                "2026",
                "--year",
                "2019",
                "--sort",
                "date",
                "--json",
                "--limit",
                "5",
                "--index",
                str(cited_index),
            ]
        )
        == 0
    )
    res = json.loads(capsys.readouterr().out)
    assert res["total"] == 3 and res["hits"][0]["doc_id"] == "zjrb_20260122"
    assert main(["search", "--genre", "poem", "--index", str(cited_index)]) == 2
    assert capsys.readouterr().err.startswith("kb search: genre")


@pytest.mark.browser
def test_browser_docs_table_and_copying_a_citation(page, server):
    page.goto(server + "/docs?lang=zh")
    rows = page.locator("table.docs tbody tr")
    assert rows.count() == 3 and rows.first.get_attribute("data-doc") == "zjrb_20260122"
    page.click('th[data-column="date"] a')
    page.wait_for_selector('th[data-column="date"][aria-sort="ascending"]')
    assert page.locator("table.docs tbody tr").first.get_attribute("data-doc") == "delta_ports_2019"
    page.click(f'tr[data-doc="{REG}"] td a')
    page.wait_for_url(f"**/doc/{REG}")
    assert page.inner_text("h1") == "湖州市绿色金融促进条例"
    page.goto(server + "/search?q=" + quote("风险补偿机制"))
    hit = page.locator("li.hit").first
    hit.locator("details.cite summary").click()
    hit.locator("details.cite button.copy").first.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "湖州市人民代表大会常务委员会" in copied and "第三十五条" in copied
    assert f"{server}/doc/{REG}#p3" in copied and datetime.date.today().isoformat() in copied
    ris = hit.locator('textarea[id^="cite-ris-"]').input_value()
    assert parse_ris(ris.replace("\r\n", "\n").replace("\n", "\r\n"))[0] == ("TY", "STAT")
