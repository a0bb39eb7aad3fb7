"""Web: pages and their JSON twins, headers, escaping, bad parameters, language."""

import pytest
from bs4 import BeautifulSoup


def soup(resp):
    return BeautifulSoup(resp.data.decode("utf-8"), "html.parser")


def test_search_page_and_json_twin(client):
    html = client.get("/search?q=数字经济")
    data = client.get("/search?q=数字经济&format=json").get_json()
    s = soup(html)
    assert html.status_code == 200 and s.select_one("#total").text.replace(",", "") == str(data["total"])
    assert len(s.select("li.hit")) == len(data["hits"])
    assert s.select("li.hit mark")


def test_security_headers(client):
    r = client.get("/")
    csp = r.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["X-Content-Type-Options"] == "nosniff"


def test_query_with_script_is_text(client):
    r = client.get("/search?q=<script>alert(1)</script>")
    assert r.status_code == 200 and b"<script>alert(1)" not in r.data
    assert soup(r).select_one("#q")["value"] == "<script>alert(1)</script>"


def test_document_page_anchors_chips_citations(client):
    r = client.get("/doc/plan")
    s = soup(r)
    assert s.select_one("#p1") and s.select_one("#p2 .chip") and s.select_one("#p2 textarea")
    j = client.get("/api/doc/plan").get_json()
    assert j["doc_id"] == "plan" and len(j["measures"]) == len(s.select("li.para-item"))


def test_document_html_sanitised(client):
    r = client.get("/doc/eco")
    assert b'alert("x")' not in r.data and b"<script>alert" not in r.data


@pytest.mark.parametrize("url,status", [
    ("/api/search?q=x&city=atlantis", 400), ("/api/search?q=x&theme=x", 400),
    ("/api/search?limit=-1", 400), ("/api/search?limit=999999", 400), ("/api/search?offset=abc", 400),
    ("/search?page=-3", 400), ("/api/doc/nope", 404), ("/doc/nope", 404), ("/api/measure/none:1", 404),
    ("/api/doc/..%2F..%2Fetc%2Fpasswd", 404), ("/doc/../../etc/passwd", 404),
    ("/static/../../setup.cfg", 404), ("/api/search?q=" + "x" * 600, 400),
])
def test_bad_requests(client, url, status):
    r = client.get(url)
    assert r.status_code == status
    if url.startswith("/api/"):
        body = r.get_json()
        assert body["ok"] is False and body["error"] and body["status"] == status


def test_measure_api(client):
    j = client.get("/api/measure/plan:2").get_json()
    assert j["id"] == "plan:2" and set(j["citation"]) == {"gbt7714", "apa", "bibtex"}


def test_matrix_and_downloads(client):
    j = client.get("/api/matrix").get_json()
    assert "ningbo" in j["cities"] and j["counts"]["ningbo"]["infrastructure"] >= 1
    s = soup(client.get("/matrix"))
    link = s.select_one('a[data-city="ningbo"][data-theme="infrastructure"]')
    assert link and "city=ningbo" in link["href"]
    assert client.get("/matrix.svg").data.startswith(b"<svg")
    assert client.get("/matrix.csv").data.startswith("\ufeff".encode())


def test_export_csv(client):
    r = client.get("/export.csv?q=港口")
    text = r.data.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("id,doc_id") and "gbt7714" in text.splitlines()[0]
    assert len(text.splitlines()) > 1


def test_language_switch_remembered(client):
    r = client.get("/search?lang=en")
    assert "Bay Policy KB" in r.data.decode() and "lang=en" in r.headers.get("Set-Cookie", "")
    assert "Bay Policy KB" in client.get("/search").data.decode()
    assert "湾区政策知识库" in client.get("/search", headers={"Accept-Language": "zh-CN"},
                                    query_string={"lang": "zh"}).data.decode()


def test_zero_results_suggests_what_to_drop(client):
    s = soup(client.get("/search?q=火星殖民&city=ningbo"))
    assert s.select_one(".empty") and "city" not in s.select_one(".empty a")["href"].split("?")[1]


def test_facet_links_toggle(client):
    s = soup(client.get("/search?q=港口"))
    a = s.select_one('a[data-facet="city"][data-value="ningbo"]')
    assert a and "city=ningbo" in a["href"]
