"""Exact answers over a corpus written for these tests (tests/data/exact): three short documents,
so that every total, id, tag, facet count, citation and CSV row is known by construction.

- ningbo_port_regulation.txt: a municipal regulation in UTF-8 text: its title, the adoption note
  (date and issuing body), three chapters, articles 第一条 to 第五条.
- hangzhou_digital_notice.html: a municipal notice in GBK with the meta tags of a government site
  (ArticleTitle, PubDate, ContentSource), three numbered paragraphs.
- delta_green_shipping.md: an English report with YAML front matter (two authors, an issuer, a
  date), two sections.

Everything is asked through the public interfaces: the KB methods, the HTTP API and the CLI.
Citations and URLs are read from the API (the web layer decorates hits).
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import shutil
import types
from pathlib import Path

import pytest

from kb import cite
from kb.cli import main
from kb.ingest import ingest
from kb.search import KB

DATA = Path(__file__).resolve().parent / "data" / "exact"
CITED = datetime.date(2026, 3, 9)

REG = "ningbo_port_regulation"
NOTICE = "hangzhou_digital_notice"
REPORT = "delta_green_shipping"


@pytest.fixture(scope="module")
def exact_ix(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("exact-corpus")
    for p in DATA.iterdir():
        shutil.copy(p, corpus / p.name)
    ix = tmp_path_factory.mktemp("exact-index")
    summary = ingest(corpus, ix, progress=False)
    assert (summary.documents, summary.measures, summary.added) == (3, 12, 3)
    assert summary.errors == []
    return ix


@pytest.fixture(scope="module")
def kb(exact_ix):
    return KB(exact_ix)


@pytest.fixture(scope="module")
def app(exact_ix):
    from kb.web import create_app

    return create_app({"INDEX": str(exact_ix), "TESTING": True})


class _CitedDay(datetime.date):
    @classmethod
    def today(cls):
        return CITED


@pytest.fixture()
def client(app, monkeypatch):
    """A test client whose citations are made on CITED (kb.cite dates them 'today')."""
    monkeypatch.setattr(cite, "datetime", types.SimpleNamespace(date=_CitedDay))
    return app.test_client()


# ---- documents -----------------------------------------------------------------------------------

DOCUMENTS = [
    {
        "doc_id": REPORT,
        "title": "Green Shipping Corridors: Shanghai and Ningbo",
        "title_derived": False,
        "issuer": "Delta Port Research Centre",
        "authors": ["Mei Chen", "Park, Daniel"],
        "date": "2023-04-12",
        "dates": {"published": "2023-04-12"},
        "number": None,
        "genre": "report",
        "doc_type": "R",
        "city": None,
        "lang": "en",
        "source_url": None,
        "measures": 3,
    },
    {
        "doc_id": NOTICE,
        "title": "杭州市人民政府关于促进数字经济发展的通知",
        "title_derived": False,
        "issuer": "杭州市人民政府",
        "authors": [],
        "date": "2024-03-15",
        "dates": {"published": "2024-03-15"},
        "number": None,
        "genre": "notice",
        "doc_type": "Z",
        "city": "hangzhou",
        "lang": "zh",
        "source_url": None,
        "measures": 3,
    },
    {
        "doc_id": REG,
        "title": "宁波市港口管理条例",
        "title_derived": False,
        "issuer": "宁波市人民代表大会常务委员会",
        "authors": [],
        "date": "2022-06-28",
        "dates": {"adopted": "2022-06-28", "effective": "2022-10-01"},
        "number": None,
        "genre": "regulation",
        "doc_type": "Z",
        "city": "ningbo",
        "lang": "zh",
        "source_url": None,
        "measures": 6,
    },
]


def test_document_list_is_exact(kb):
    assert kb.document_list() == DOCUMENTS


def test_documents_api_and_cli_give_the_same_objects(client, capsys, exact_ix):
    api = client.get("/api/docs").get_json()
    # the API cites each whole document in every style; the CLI's lines are the objects alone
    assert [{k: v for k, v in d.items() if k != "citation"} for d in api] == DOCUMENTS
    assert all(set(d["citation"]) == {"gbt7714", "apa", "bibtex", "ris"} for d in api)
    assert main(["docs", "--json", "--index", str(exact_ix)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == DOCUMENTS


def test_document_api_holds_its_metadata_and_every_measure(client):
    body = client.get(f"/api/doc/{REG}").get_json()
    contract = {k: v for k, v in DOCUMENTS[2].items() if k != "measures"}
    assert {k: body[k] for k in contract} == contract
    assert [m["id"] for m in body["measures"]] == [f"{REG}:{p}" for p in range(1, 7)]
    assert [m["url"] for m in body["measures"]] == [f"/doc/{REG}#p{p}" for p in range(1, 7)]
    assert client.get("/api/doc/no_such_doc").status_code == 404


# ---- measures ------------------------------------------------------------------------------------

# id → (kind, section, themes, cities, locator)
MEASURES = {
    f"{REPORT}:1": ("measure", "Measures", ["infrastructure"], ["shanghai", "ningbo"], {}),
    f"{REPORT}:2": ("measure", "Measures", ["infrastructure"], [], {}),
    f"{REPORT}:3": ("conclusion", "Outlook", ["innovation"], ["hangzhou"], {}),
    f"{NOTICE}:1": ("measure", "", ["industry", "innovation"], ["hangzhou"], {}),
    f"{NOTICE}:2": ("measure", "", ["openness"], ["hangzhou", "ningbo"], {}),
    f"{NOTICE}:3": ("measure", "", ["livelihood"], ["hangzhou"], {}),
    f"{REG}:1": ("abstract", "", [], ["ningbo"], {}),
    f"{REG}:2": ("measure", "第一章 总则", [], ["ningbo"], {"article": 1}),
    f"{REG}:3": ("measure", "第一章 总则", [], ["ningbo"], {"article": 2}),
    f"{REG}:4": (
        "measure",
        "第二章 港口建设",
        ["infrastructure"],
        ["ningbo", "zhoushan"],
        {"article": 3},
    ),
    f"{REG}:5": (
        "measure",
        "第二章 港口建设",
        ["infrastructure", "ecology"],
        ["ningbo"],
        {"article": 4},
    ),
    f"{REG}:6": ("measure", "第三章 附则", [], ["ningbo"], {"article": 5}),
}


def test_every_measure_in_reading_order_with_its_tags(kb):
    ms = kb.measures()
    assert [m["id"] for m in ms] == list(MEASURES)
    assert {
        m["id"]: (m["kind"], m["section"], m["themes"], m["cities"], m["locator"]) for m in ms
    } == MEASURES
    assert [(m["doc_id"], m["para"]) for m in ms] == [
        (i.split(":")[0], int(i.split(":")[1])) for i in MEASURES
    ]
    assert {m["lang"] for m in ms if m["doc_id"] == REPORT} == {"en"}
    assert {m["lang"] for m in ms if m["doc_id"] != REPORT} == {"zh"}


def test_texts_are_the_files_paragraphs(kb):
    texts = {m["id"]: m["text"] for m in kb.measures(REG)}
    assert texts == {
        f"{REG}:1": "（2022年6月28日宁波市第十六届人民代表大会常务委员会第四次会议通过）",
        f"{REG}:2": "第一条 为了加强港口管理，维护港口经营秩序，结合本市实际，制定本条例。",
        f"{REG}:3": "第二条 本条例适用于本市行政区域内的有关管理活动。",
        f"{REG}:4": (
            "第三条 市人民政府应当加快集装箱码头和海铁联运设施建设，推进宁波与舟山港口一体化。"
        ),
        f"{REG}:5": "第四条 港口经营人应当推广岸电设施，减少船舶大气污染物排放。",
        f"{REG}:6": "第五条 本条例自2022年10月1日起施行。",
    }
    assert kb.measure(f"{NOTICE}:2")["text"] == (
        "二、推进杭州与宁波共建跨境电商综合试验区，扩大对外开放。"
    )
    assert kb.measure(f"{REPORT}:2")["text"] == (
        "The two ports should share vessel schedules to cut waiting times at anchor."
    )


def test_tag_evidence_names_the_words_that_gave_each_tag(kb):
    m = kb.measure(f"{REG}:4")
    assert m["evidence"]["cities"] == {"ningbo": ["市人民政府", "宁波"], "zhoushan": ["舟山港"]}
    # 集装箱 and 联运 no Chinese list holds: CC-CEDICT's "container" and "through transport"
    # bridge them to the English lexicon (kb/data/themes_bridge.tsv)
    assert m["evidence"]["themes"] == {
        "infrastructure": ["集装箱", "码头", "联运", "设施", "建设", "§ 第二章 港口建设"]
    }
    # a paragraph of a municipal document naming no city is the issuing city's
    assert kb.measure(f"{NOTICE}:3")["evidence"]["cities"] == {"hangzhou": ["发文城市"]}


def test_unknown_measure_is_none_and_a_404(kb, client):
    assert kb.measure(f"{REG}:7") is None
    assert client.get(f"/api/measure/{REG}:7").status_code == 404


# ---- search: totals and hits ---------------------------------------------------------------------


def ids(res: dict) -> list[str]:
    return [h["id"] for h in res["hits"]]


@pytest.mark.parametrize(
    "q,filters,expected",
    [
        # Chinese, in both languages: 港口 is read as port in the English report
        (
            "港口",
            {},
            {f"{REG}:2", f"{REG}:4", f"{REG}:5", f"{REPORT}:1", f"{REPORT}:2", f"{REPORT}:3"},
        ),
        # English, the same six the other way round
        (
            "port",
            {},
            {f"{REG}:2", f"{REG}:4", f"{REG}:5", f"{REPORT}:1", f"{REPORT}:2", f"{REPORT}:3"},
        ),
        # a word of one paragraph
        ("岸电", {}, {f"{REG}:5"}),
        # a city's name, pinyin or Chinese, also finds the measures tagged with the city
        ("hangzhou", {}, {f"{REPORT}:3", f"{NOTICE}:1", f"{NOTICE}:2", f"{NOTICE}:3"}),
        # a phrase, quoted, in either language
        ('"shore power"', {}, {f"{REPORT}:1"}),
        ('"集装箱码头"', {}, {f"{REG}:4"}),
        # an exclusion drops what names the city and what is tagged with it
        ("港口 -宁波", {}, {f"{REPORT}:2", f"{REPORT}:3"}),
        # OR
        ("养老 OR 岸电", {}, {f"{NOTICE}:3", f"{REG}:5"}),
        # filters: OR within a facet, AND across facets
        ("", {"city": ["hangzhou"]}, {f"{REPORT}:3", f"{NOTICE}:1", f"{NOTICE}:2", f"{NOTICE}:3"}),
        (
            "",
            {"city": ["hangzhou", "zhoushan"]},
            {f"{REPORT}:3", f"{NOTICE}:1", f"{NOTICE}:2", f"{NOTICE}:3", f"{REG}:4"},
        ),
        (
            "",
            {"theme": ["infrastructure"], "city": ["ningbo"]},
            {f"{REPORT}:1", f"{REG}:4", f"{REG}:5"},
        ),
        ("", {"year": ["2023"]}, {f"{REPORT}:1", f"{REPORT}:2", f"{REPORT}:3"}),
        ("", {"genre": ["regulation"]}, {f"{REG}:{p}" for p in range(1, 7)}),
        ("", {"kind": ["conclusion"]}, {f"{REPORT}:3"}),
        ("", {"doc": [NOTICE]}, {f"{NOTICE}:1", f"{NOTICE}:2", f"{NOTICE}:3"}),
        ("港口", {"lang": ["en"]}, {f"{REPORT}:1", f"{REPORT}:2", f"{REPORT}:3"}),
        ("港口", {"city": ["zhoushan"]}, {f"{REG}:4"}),
        # filters typed into the query box
        ("city:hangzhou theme:openness", {}, {f"{NOTICE}:2"}),
        # a word nowhere in the corpus
        ("氢能", {}, set()),
    ],
)
def test_search_total_and_hits(kb, q, filters, expected):
    res = kb.search(q, limit=20, **filters)
    assert (res["total"], set(ids(res))) == (len(expected), expected)
    assert res["relaxed"] is False
    assert res["partial"] == 0


@pytest.mark.parametrize("q", ["数字经济", "shuzi jingji"])
def test_a_title_speaks_for_its_measures_in_the_partial_tail(kb, q):
    """One measure of the notice on promoting the digital economy says 数字经济; its others, under
    no heading of their own, follow it as partial matches: their title says it for them."""
    res = kb.search(q, limit=20)
    assert (res["total"], res["partial_total"], res["relaxed"]) == (1, 2, False)
    assert [(h["id"], h["partial"]) for h in res["hits"]] == [
        (f"{NOTICE}:1", False),
        (f"{NOTICE}:2", True),
        (f"{NOTICE}:3", True),
    ]


def test_a_city_ranks_the_measures_naming_it_above_those_only_tagged_with_it(kb):
    res = kb.search("宁波", limit=20)
    assert res["total"] == 8
    named = {f"{NOTICE}:2", f"{REPORT}:1", f"{REG}:4", f"{REG}:1"}
    assert set(ids(res)[:4]) == named
    # tagged with Ningbo as the issuing city only: equal scores, in reading order
    assert ids(res)[4:] == [f"{REG}:2", f"{REG}:3", f"{REG}:5", f"{REG}:6"]
    assert len({h["score"] for h in res["hits"][4:]}) == 1
    assert res["hits"][3]["score"] > res["hits"][4]["score"]


def test_pinyin_city_finds_the_same_as_its_chinese_name(kb):
    assert set(ids(kb.search("ningbo", limit=20))) == set(ids(kb.search("宁波", limit=20)))


def test_sort_by_date_puts_the_newest_document_first_then_reading_order(kb):
    res = kb.search("", sort="date", limit=20)
    assert ids(res) == [
        *(f"{NOTICE}:{p}" for p in (1, 2, 3)),
        *(f"{REPORT}:{p}" for p in (1, 2, 3)),
        *(f"{REG}:{p}" for p in range(1, 7)),
    ]


def test_sort_by_order_is_doc_id_then_para(kb):
    assert ids(kb.search("港口", sort="order", limit=20)) == [
        f"{REPORT}:1",
        f"{REPORT}:2",
        f"{REPORT}:3",
        f"{REG}:2",
        f"{REG}:4",
        f"{REG}:5",
    ]


def test_only_an_exclusion_lists_the_rest_in_reading_order(kb):
    res = kb.search("-港口", limit=20)
    assert (res["total"], ids(res)) == (
        6,
        [f"{NOTICE}:1", f"{NOTICE}:2", f"{NOTICE}:3", f"{REG}:1", f"{REG}:3", f"{REG}:6"],
    )


def test_pages_of_the_whole_corpus(kb):
    every = ids(kb.search("", limit=20))
    assert every == list(MEASURES)
    assert ids(kb.search("", limit=5, offset=0)) == every[:5]
    assert ids(kb.search("", limit=5, offset=10)) == every[10:]
    past = kb.search("", limit=5, offset=12)
    assert (past["total"], past["hits"]) == (12, [])


def test_highlight_marks_the_query_word_only(kb):
    (hit,) = kb.search("岸电")["hits"]
    assert (
        hit["highlight"]
        == "第四条 港口经营人应当推广<mark>岸电</mark>设施，减少船舶大气污染物排放。"
    )


# ---- facets --------------------------------------------------------------------------------------

ALL_FACETS = {
    "city": {"ningbo": 8, "hangzhou": 4, "shanghai": 1, "zhoushan": 1},
    "theme": {
        "infrastructure": 4,
        "innovation": 2,
        "ecology": 1,
        "industry": 1,
        "livelihood": 1,
        "openness": 1,
    },
    "year": {"2022": 6, "2023": 3, "2024": 3},
    "genre": {"regulation": 6, "notice": 3, "report": 3},
    "doc": {REG: 6, REPORT: 3, NOTICE: 3},
    "issuer": {
        "宁波市人民代表大会常务委员会": 6,
        "Delta Port Research Centre": 3,
        "杭州市人民政府": 3,
    },
    "kind": {"measure": 10, "abstract": 1, "conclusion": 1},
    "lang": {"zh": 9, "en": 3},
}


@pytest.mark.parametrize(
    "issuer,date_from,date_to,total",
    [
        (["宁波市人民代表大会常务委员会"], "2022", "2022-06", 6),
        (["宁波市人民代表大会常务委员会"], "2022-07", None, 0),
        (["杭州市人民政府"], "2023-06", "2024", 3),
        (["杭州市人民政府", "宁波市人民代表大会常务委员会"], "2023", None, 3),
        (["杭州市人民政府", "宁波市人民代表大会常务委员会"], None, "2023", 6),
        ([], "2023", "2023-04", 3),
        ([], "2024-03", "2024-03", 3),
    ],
)
def test_search_filtered_by_issuer_and_date_range_has_exact_totals(
    kb, client, issuer, date_from, date_to, total
):
    r = kb.search("", issuer=issuer, date_from=date_from, date_to=date_to)
    assert r["total"] == total
    assert sum(r["facets"]["doc"].values()) == total
    args = {"issuer": issuer, "from": date_from or "", "to": date_to or ""}
    assert client.get("/api/search", query_string=args).get_json()["total"] == total


@pytest.mark.parametrize("bound", ["21", "2021-13", "2021-08-26", "soon"])
def test_a_bad_date_bound_is_a_400_naming_it(client, bound):
    r = client.get("/api/search", query_string={"from": bound})
    assert r.status_code == 400 and r.get_json()["error"].startswith("from: ")


def test_facets_of_the_whole_corpus(kb):
    facets = kb.search("")["facets"]
    assert facets == ALL_FACETS
    # most first, ties by value
    assert list(facets["city"]) == ["ningbo", "hangzhou", "shanghai", "zhoushan"]
    assert list(facets["doc"]) == [REG, REPORT, NOTICE]


def test_facets_are_disjunctive_a_selected_city_still_counts_the_others(kb):
    facets = kb.search("", city=["hangzhou"])["facets"]
    # the city facet ignores the city filter: what adding each city would give
    assert facets["city"] == ALL_FACETS["city"]
    # every other facet counts within Hangzhou's four measures
    assert facets["theme"] == {"innovation": 2, "industry": 1, "livelihood": 1, "openness": 1}
    assert facets["year"] == {"2024": 3, "2023": 1}
    assert facets["doc"] == {NOTICE: 3, REPORT: 1}
    assert facets["kind"] == {"measure": 3, "conclusion": 1}
    assert facets["lang"] == {"zh": 3, "en": 1}


def test_facets_with_two_filters_each_ignore_only_their_own(kb):
    facets = kb.search("", theme=["infrastructure"], city=["ningbo"])["facets"]
    assert facets["city"] == {"ningbo": 3, "shanghai": 1, "zhoushan": 1}  # within infrastructure
    assert facets["theme"] == {"infrastructure": 3, "ecology": 1, "openness": 1}  # within Ningbo
    assert facets["genre"] == {"regulation": 2, "report": 1}  # within both


def test_facets_of_a_query(kb):
    facets = kb.search("港口")["facets"]
    assert facets["city"] == {"ningbo": 4, "hangzhou": 1, "shanghai": 1, "zhoushan": 1}
    assert facets["lang"] == {"en": 3, "zh": 3}
    assert facets["kind"] == {"measure": 5, "conclusion": 1}
    assert kb.search("港口", lang=["en"])["facets"]["lang"] == {"en": 3, "zh": 3}


def test_the_kind_other_is_not_a_filter(client):
    r = client.get("/api/search?kind=other")
    assert r.status_code == 400
    assert r.get_json()["error"] == "kind: unknown value 'other'"


# ---- the HTTP API: urls and citations ------------------------------------------------------------

REG_5_URL = f"http://localhost/doc/{REG}#p5"
REG_5_CITATION = {
    "gbt7714": (
        "宁波市人民代表大会常务委员会. 宁波市港口管理条例[Z/OL]. "
        f"2022-06-28: 第四条[2026-03-09]. {REG_5_URL}."
    ),
    "apa": (
        f"宁波市人民代表大会常务委员会. (2022, June 28). 宁波市港口管理条例 (Art. 4). {REG_5_URL}"
    ),
    "bibtex": (
        f"@misc{{{REG}_p5,\n"
        "  author = {{宁波市人民代表大会常务委员会}},\n"
        "  title = {宁波市港口管理条例},\n"
        "  year = {2022},\n"
        "  date = {2022-06-28},\n"
        "  organization = {宁波市人民代表大会常务委员会},\n"
        f"  url = {{{REG_5_URL}}},\n"
        "  urldate = {2026-03-09},\n"
        "  note = {第四条},\n"
        "  langid = {chinese}\n"
        "}"
    ),
    "ris": (
        "TY  - STAT\r\nAU  - 宁波市人民代表大会常务委员会\r\nTI  - 宁波市港口管理条例\r\n"
        "PY  - 2022\r\nDA  - 2022/06/28/\r\nSE  - 第四条\r\nLA  - zh\r\n"
        f"UR  - {REG_5_URL}\r\nY2  - 2026/03/09/\r\nN1  - 第四条\r\nER  - \r\n"
    ),
}

REPORT_1_URL = f"http://localhost/doc/{REPORT}#p1"
REPORT_1_CITATION = {
    "gbt7714": (
        "CHEN M, PARK D. Green Shipping Corridors: Shanghai and Ningbo[R/OL]. "
        f"Delta Port Research Centre, 2023-04-12: para. 1[2026-03-09]. {REPORT_1_URL}."
    ),
    "apa": (
        "Chen, M., & Park, D. (2023, April 12). Green Shipping Corridors: Shanghai and Ningbo "
        f"(para. 1). Delta Port Research Centre. {REPORT_1_URL}"
    ),
    "bibtex": (
        f"@misc{{{REPORT}_p1,\n"
        "  author = {Chen, Mei and Park, Daniel},\n"
        "  title = {Green Shipping Corridors: Shanghai and Ningbo},\n"
        "  year = {2023},\n"
        "  date = {2023-04-12},\n"
        "  organization = {Delta Port Research Centre},\n"
        f"  url = {{{REPORT_1_URL}}},\n"
        "  urldate = {2026-03-09},\n"
        "  note = {para. 1}\n"
        "}"
    ),
    "ris": (
        "TY  - RPRT\r\nAU  - Chen, Mei\r\nAU  - Park, Daniel\r\n"
        "TI  - Green Shipping Corridors: Shanghai and Ningbo\r\nPY  - 2023\r\n"
        "DA  - 2023/04/12/\r\nPB  - Delta Port Research Centre\r\nLA  - en\r\n"
        f"UR  - {REPORT_1_URL}\r\nY2  - 2026/03/09/\r\nN1  - para. 1\r\nER  - \r\n"
    ),
}


def test_api_search_hit_has_its_url_and_exact_citation(client):
    body = client.get("/api/search?q=岸电").get_json()
    assert (body["query"], body["total"], body["offset"], body["limit"]) == ("岸电", 1, 0, 10)
    (hit,) = body["hits"]
    assert (hit["id"], hit["url"]) == (f"{REG}:5", f"/doc/{REG}#p5")
    assert hit["citation"] == REG_5_CITATION


def test_api_measure_of_an_english_report_with_authors(client):
    m = client.get(f"/api/measure/{REPORT}:1").get_json()
    assert (m["id"], m["url"]) == (f"{REPORT}:1", f"/doc/{REPORT}#p1")
    assert m["citation"] == REPORT_1_CITATION
    # the other two paragraphs of the report, nearest first
    assert [r["id"] for r in m["related"]] == [f"{REPORT}:3", f"{REPORT}:2"]


def test_api_measure_of_a_regulation_cites_its_article(client):
    assert client.get(f"/api/measure/{REG}:5").get_json()["citation"] == REG_5_CITATION


def test_api_search_with_filters_and_a_bad_parameter(client):
    body = client.get("/api/search?q=&city=hangzhou&city=zhoushan&theme=infrastructure").get_json()
    assert (body["total"], [h["id"] for h in body["hits"]]) == (1, [f"{REG}:4"])
    assert body["facets"]["city"] == {"ningbo": 3, "shanghai": 1, "zhoushan": 1}
    r = client.get("/api/search?q=港口&limit=0")
    assert r.status_code == 400
    assert r.get_json()["error"].startswith("limit: ")


# ---- matrix and CSV ------------------------------------------------------------------------------

MATRIX = {
    "cities": ["hangzhou", "ningbo", "shanghai", "zhoushan"],
    "themes": ["industry", "innovation", "infrastructure", "openness", "livelihood", "ecology"],
    "counts": {
        "hangzhou": {
            "industry": 1,
            "innovation": 2,
            "infrastructure": 0,
            "openness": 1,
            "livelihood": 1,
            "ecology": 0,
        },
        "ningbo": {
            "industry": 0,
            "innovation": 0,
            "infrastructure": 3,
            "openness": 1,
            "livelihood": 0,
            "ecology": 1,
        },
        "shanghai": {
            "industry": 0,
            "innovation": 0,
            "infrastructure": 1,
            "openness": 0,
            "livelihood": 0,
            "ecology": 0,
        },
        "zhoushan": {
            "industry": 0,
            "innovation": 0,
            "infrastructure": 1,
            "openness": 0,
            "livelihood": 0,
            "ecology": 0,
        },
    },
    "total_measures": 12,
}


def test_matrix_counts(kb, client):
    assert kb.matrix() == MATRIX
    body = client.get("/api/matrix").get_json()
    assert {k: body[k] for k in MATRIX} == MATRIX


def test_matrix_csv(client):
    r = client.get("/matrix.csv?lang=en")
    rows = list(csv.reader(io.StringIO(r.data.decode("utf-8-sig"))))
    assert rows == [
        ["city", "label", *MATRIX["themes"]],
        ["hangzhou", "Hangzhou", "1", "2", "0", "1", "1", "0"],
        ["ningbo", "Ningbo", "0", "0", "3", "1", "0", "1"],
        ["shanghai", "Shanghai", "0", "0", "1", "0", "0", "0"],
        ["zhoushan", "Zhoushan", "0", "0", "1", "0", "0", "0"],
    ]


def test_export_csv_rows(client):
    r = client.get("/export.csv?q=岸电&lang=zh")
    assert r.data.startswith("\ufeff".encode())
    assert (r.headers["X-Export-Rows"], r.headers["X-Export-Total"]) == ("1", "1")
    (row,) = list(csv.DictReader(io.StringIO(r.data.decode("utf-8-sig"))))
    api_hit = client.get("/api/search?q=岸电").get_json()["hits"][0]
    assert float(row.pop("score")) == api_hit["score"]
    assert {k: v for k, v in row.items() if k not in REG_5_CITATION} == {
        "id": f"{REG}:5",
        "doc_id": REG,
        "doc_title": "宁波市港口管理条例",
        "issuer": "宁波市人民代表大会常务委员会",
        "year": "2022",
        "genre": "regulation",
        "genre_label": "法规",
        "para": "5",
        "section": "第二章 港口建设",
        "kind": "measure",
        "kind_label": "举措",
        "lang": "zh",
        "themes": "infrastructure;ecology",
        "theme_labels": "基础设施;生态环境",
        "cities": "ningbo",
        "city_labels": "宁波",
        "partial": "false",
        "text": "第四条 港口经营人应当推广岸电设施，减少船舶大气污染物排放。",
        "url": REG_5_URL,
    }
    # every citation as the API gives it; a cell opening with @ is guarded against formulas
    assert {k: row[k] for k in REG_5_CITATION} == {
        **REG_5_CITATION,
        "bibtex": "'" + REG_5_CITATION["bibtex"],
    }


def test_export_csv_of_a_filter_lists_every_hit(client):
    r = client.get("/export.csv?city=hangzhou&sort=order")
    rows = list(csv.DictReader(io.StringIO(r.data.decode("utf-8-sig"))))
    assert [row["id"] for row in rows] == [
        f"{REPORT}:3",
        f"{NOTICE}:1",
        f"{NOTICE}:2",
        f"{NOTICE}:3",
    ]
    assert [row["year"] for row in rows] == ["2023", "2024", "2024", "2024"]


# ---- the command line ----------------------------------------------------------------------------


def test_cli_search_json_is_the_search_result(capsys, exact_ix):
    assert main(["search", "宁波", "--city", "zhoushan", "--json", "--index", str(exact_ix)]) == 0
    res = json.loads(capsys.readouterr().out)
    assert (res["query"], res["total"]) == ("宁波", 1)
    assert [(h["id"], h["url"]) for h in res["hits"]] == [(f"{REG}:4", f"/doc/{REG}#p4")]


def test_cli_measures_one_json_object_a_line(capsys, exact_ix):
    assert main(["measures", "--index", str(exact_ix)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["id"] for line in lines] == list(MEASURES)
