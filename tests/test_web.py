"""Web: pages and their JSON twins, headers, escaping, bad parameters, language."""

import csv
import io

import pytest
from bs4 import BeautifulSoup


def soup(resp):
    return BeautifulSoup(resp.data.decode("utf-8"), "html.parser")


def test_search_page_and_json_twin(client):
    html = client.get("/search?q=数字经济")
    data = client.get("/search?q=数字经济&format=json").get_json()
    s = soup(html)
    assert html.status_code == 200 and s.select_one("#total").text.replace(",", "") == str(
        data["total"]
    )
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
    assert s.select_one("#p1") and s.select_one("#p2 .chips li")
    j = client.get("/api/doc/plan").get_json()
    assert j["doc_id"] == "plan" and len(j["measures"]) == len(s.select("li.para-item"))
    # citations are one request away: the link names the measure page, whose fragment has them
    link = s.select_one("#p2 a.cite-open")["href"]
    assert link == "/measure/plan:2"
    panel = soup(client.get(link + "?fragment=1"))
    assert panel.select_one("html") is None and len(panel.select(".panel textarea")) == len(
        j["measures"][1]["citation"]
    )
    assert panel.select_one("textarea").text == j["measures"][1]["citation"]["gbt7714"]


def test_document_html_sanitised(client):
    r = client.get("/doc/eco")
    assert b'alert("x")' not in r.data and b"<script>alert" not in r.data


@pytest.mark.parametrize(
    "url,status",
    [
        ("/api/search?q=x&city=atlantis", 400),
        ("/api/search?q=x&theme=x", 400),
        ("/api/search?limit=-1", 400),
        ("/api/search?limit=999999", 400),
        ("/api/search?offset=abc", 400),
        ("/search?page=-3", 400),
        ("/api/doc/nope", 404),
        ("/doc/nope", 404),
        ("/api/measure/none:1", 404),
        ("/api/doc/..%2F..%2Fetc%2Fpasswd", 404),
        ("/doc/../../etc/passwd", 404),
        ("/static/../../setup.cfg", 404),
        ("/api/search?q=" + "x" * 600, 400),
    ],
)
def test_bad_requests(client, url, status):
    r = client.get(url)
    assert r.status_code == status
    if url.startswith("/api/"):
        body = r.get_json()
        assert body["ok"] is False and body["error"] and body["status"] == status


def test_measure_api(client):
    j = client.get("/api/measure/plan:2").get_json()
    assert j["id"] == "plan:2" and set(j["citation"]) == {"gbt7714", "apa", "bibtex", "ris"}


def test_matrix_and_downloads(client):
    j = client.get("/api/matrix").get_json()
    both = client.get("/api/search?city=ningbo&theme=infrastructure").get_json()["total"]
    assert j["counts"]["ningbo"]["infrastructure"] == both > 0
    s = soup(client.get("/matrix"))
    link = s.select_one('a[data-city="ningbo"][data-theme="infrastructure"]')
    assert link and "city=ningbo" in link["href"]
    assert client.get("/matrix.svg").data.startswith(b"<svg")
    assert client.get("/matrix.csv").data.startswith("\ufeff".encode())


def test_export_csv(client):
    r = client.get("/export.csv?q=港口")
    text = r.data.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("id,doc_id") and "gbt7714" in text.splitlines()[0]
    # one row a hit (a BibTeX or RIS cell holds line breaks: count rows, not lines)
    rows = list(csv.reader(io.StringIO(text)))
    total = client.get("/api/search?q=港口").get_json()["total"]
    assert len(rows) - 1 == int(r.headers["X-Export-Rows"]) == total > 0


def test_language_switch_remembered(client):
    r = client.get("/search?lang=en")
    assert "Bay Policy KB" in r.data.decode() and "lang=en" in r.headers.get("Set-Cookie", "")
    assert "Bay Policy KB" in client.get("/search").data.decode()
    assert (
        "湾区政策知识库"
        in client.get(
            "/search", headers={"Accept-Language": "zh-CN"}, query_string={"lang": "zh"}
        ).data.decode()
    )


def test_zero_results_suggests_what_to_drop(client):
    s = soup(client.get("/search?q=火星殖民&city=ningbo"))
    assert s.select_one(".empty") and "city" not in s.select_one(".empty a")["href"].split("?")[1]


def test_facet_links_toggle(client):
    s = soup(client.get("/search?q=港口"))
    a = s.select_one('a[data-facet="city"][data-value="ningbo"]')
    assert a and "city=ningbo" in a["href"]


TRAVERSAL = [
    "../../../../etc/passwd",
    "..%2F..%2F..%2Fetc%2Fpasswd",
    "/etc/passwd",
    "....//....//setup.cfg",
    "..\\..\\setup.cfg",
    "%2e%2e/%2e%2e/setup.cfg",
    "file:///etc/passwd",
    "x\x00../../etc/passwd",
]
PARAMS = [
    "q",
    "city",
    "theme",
    "year",
    "genre",
    "doc",
    "kind",
    "lang_filter",
    "sort",
    "order",
    "limit",
    "offset",
    "page",
    "lang",
    "format",
]
PAGES = [
    "/search",
    "/api/search",
    "/export.csv",
    "/matrix",
    "/api/matrix",
    "/matrix.csv",
    "/matrix.svg",
    "/doc/plan",
    "/api/doc/plan",
    "/docs",
    "/api/docs",
]


def _leaks(body: bytes) -> bool:
    return b"root:x:0:0" in body or b"[metadata]" in body or b"install_requires" in body


@pytest.mark.parametrize("payload", TRAVERSAL)
def test_path_traversal_in_every_parameter(client, payload):
    from urllib.parse import quote

    for page in PAGES:
        for param in PARAMS:
            r = client.get(f"{page}?{param}={quote(payload, safe='%/')}")
            assert r.status_code < 500 and not _leaks(r.data), (page, param, r.status_code)
    for pattern in ("/doc/{}", "/api/doc/{}", "/api/measure/{}", "/static/{}", "/{}"):
        for raw in (payload, quote(payload, safe=""), quote(quote(payload, safe=""), safe="")):
            r = client.get(pattern.format(raw))
            assert r.status_code in (400, 404, 405, 308) and not _leaks(r.data), (
                pattern,
                raw,
                r.status_code,
            )


def test_oversized_requests_rejected(client):
    r = client.post("/api/search", data=b"x" * (2 * 2**20))
    assert r.status_code in (405, 413)
    r = client.get("/api/search?q=" + "港" * 100_000)
    assert r.status_code == 400 and "q" in r.get_json()["error"]
    r = client.get("/api/search?" + "&".join(f"city=c{i}" for i in range(5000)))
    assert r.status_code == 400 and r.get_json()["error"].startswith("city")
    r = client.get("/search?q=" + "x" * 100_000)
    assert r.status_code == 400 and b"<form" in r.data  # the page still offers a search box


def test_oversized_request_to_the_real_server(tmp_path, index_dir):
    """waitress itself turns away a 1 MB request line and a 10 MB body before the app sees them."""
    import socket
    import subprocess
    import sys
    import time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "kb", "serve", "--index", str(index_dir), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)

        def send(raw: bytes) -> bytes:
            with socket.create_connection(("127.0.0.1", port), timeout=10) as c:
                try:
                    c.sendall(raw)
                except (
                    OSError
                ):  # the server may close before reading everything: that is a refusal too
                    pass
                try:
                    return c.recv(200)
                except OSError:
                    return b""

        line = send(b"GET /api/search?q=" + b"x" * 2**20 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
        assert line == b"" or line.split(b" ")[1] in (b"400", b"413", b"431"), line
        body = send(
            b"POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Length: 10485760\r\n\r\n"
            + b"x" * 2**20
        )
        assert body.split(b" ")[1] in (b"400", b"405", b"413"), body
        ok = send(
            b"GET /api/search?q=%E6%B8%AF%E5%8F%A3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        )
        assert ok.split(b" ")[1] == b"200"  # and the server keeps serving
    finally:
        proc.terminate()
        proc.wait()


def test_serve_warms_up_before_listening(index_dir):
    """`kb serve` opens the index and runs a query down each lazy path before its first user."""
    from kb import thesaurus
    from kb.web import create_app
    from kb.web.serve import WARM_UP, warm_up

    app = create_app({"INDEX": str(index_dir), "TESTING": True})
    assert app.extensions["kb"]._state is None
    thesaurus.siblings.cache_clear()
    warm_up(app)
    assert app.extensions["kb"]._state is not None  # the generation is open
    assert thesaurus.siblings.cache_info().currsize == 1  # the thesaurus is read
    assert any("q=" in u and not u.isascii() for u in WARM_UP) and any(
        "lang=en" in u for u in WARM_UP
    )


def test_settings_are_read_in_one_place(monkeypatch):
    """KB_INDEX, KB_CORPUS, KB_BASE_URL and KB_SECRET reach the app (config from the KB_ prefix)
    and the CLI alike; test_config comes last; the app's index defaults to its instance folder."""
    import os

    from kb import cli, settings
    from kb.web import create_app

    monkeypatch.setenv("KB_INDEX", "/srv/kb/index")
    monkeypatch.setenv("KB_CORPUS", "/srv/kb/corpus")
    monkeypatch.setenv("KB_BASE_URL", "https://kb.example.org/")
    monkeypatch.setenv("KB_SECRET", "s3cret")
    monkeypatch.setenv("KB_PER_PAGE", "12")  # kept a string: paths and URLs are never parsed
    app = create_app({"TESTING": True, "CORPUS": "/tmp/c"})
    assert (app.config["INDEX"], app.config["CORPUS"]) == ("/srv/kb/index", "/tmp/c")
    assert (app.config["BASE_URL"], app.config["SECRET_KEY"]) == (
        "https://kb.example.org/",
        "s3cret",
    )
    assert app.config["PER_PAGE"] == "12"
    assert cli._defaults() == ("/srv/kb/corpus", "/srv/kb/index")
    monkeypatch.delenv("KB_INDEX")
    monkeypatch.setenv("KB_CORPUS", "")  # empty counts as unset
    assert settings.get("INDEX") == "instance/index" and settings.get("CORPUS") == "corpus"
    app = create_app()
    assert app.config["INDEX"] == os.path.join(app.instance_path, "index")
    assert app.config["CORPUS"] == "corpus" and app.config["SECRET_KEY"] == "s3cret"


# ---- one view per resource: the JSON twins, url_for links, the one decoration ------------------


def _without_timing(data):
    if isinstance(data, dict):
        data.pop("took_ms", None)
    return data


@pytest.mark.parametrize(
    "twins",
    [
        [
            "/search.json?q=港口&city=ningbo",
            "/search?q=港口&city=ningbo&format=json",
            "/api/search?q=港口&city=ningbo",
        ],
        [
            "/search.json?q=港口&limit=3&offset=3",
            "/search?q=港口&limit=3&page=2&format=json",
            "/api/search?q=港口&limit=3&offset=3",
        ],
        ["/doc/plan.json", "/doc/plan?format=json", "/api/doc/plan"],
        ["/measure/plan:2.json", "/measure/plan:2?format=json", "/api/measure/plan:2"],
        ["/docs.json", "/docs?format=json", "/api/docs"],
        ["/docs.json?sort=title", "/docs?sort=title&format=json", "/api/docs?sort=title"],
        ["/matrix.json", "/matrix?format=json", "/api/matrix"],
    ],
)
def test_json_twins_give_the_same_dict(client, twins):
    """`.json`, `?format=json` and the /api alias are renderings of one view's dict."""
    answers = []
    for url in twins:  # each read before the next request: a document's JSON is streamed
        r = client.get(url)
        assert (r.status_code, r.mimetype) == (200, "application/json"), url
        answers.append(_without_timing(r.get_json()))
    first, *others = answers
    assert first and all(other == first for other in others), twins


def test_page_shows_what_the_json_has(client):
    """The search page's hits are the JSON's, in order, linking to the JSON's urls."""
    data = client.get("/search.json?q=港口").get_json()
    s = soup(client.get("/search?q=港口"))
    shown = [a["href"] for a in s.select("li.hit h3 a")]
    assert len(shown) == len(data["hits"]) > 1
    for href, hit in zip(shown, data["hits"], strict=True):
        assert href.split("?")[0] == f"/doc/{hit['doc_id']}" and href.endswith(f"#p{hit['para']}")
    citations = [t.text for t in s.select("li.hit textarea[id^=cite-gbt7714]")]
    assert citations == [h["citation"]["gbt7714"] for h in data["hits"]]


def test_docs_json_sorted_as_asked(client):
    rows = client.get("/api/docs?sort=measures&order=desc").get_json()
    assert [d["measures"] for d in rows] == sorted((d["measures"] for d in rows), reverse=True)
    assert client.get("/api/docs?sort=nope").status_code == 400


@pytest.mark.parametrize(
    "page",
    ["/search?q=港口&city=ningbo", "/doc/plan?q=港口", "/docs", "/measure/plan:2", "/matrix"],
)
def test_every_link_resolves(client, page):
    """Every link, form and asset a page names (built with url_for) answers 200."""
    s = soup(client.get(page))
    urls = {a["href"] for a in s.select("a[href]")} | {f["action"] for f in s.select("form")}
    urls |= {x.get("src") or x.get("href") for x in s.select("script[src], link[href]")}
    local = sorted({u.split("#")[0] for u in urls if u.startswith("/")} - {""})
    assert len(local) > 5
    for url in local:
        with client.get(url) as r:  # closed: a static file is sent from an open file
            assert r.status_code == 200, (page, url)


def test_decoration_overwrites_and_keeps_ids_as_they_are(app):
    """present.decorate: the url of CONTRACT.md (the doc_id as it is), the citation's absolute
    URL from the request's host, whatever the search layer put there before."""
    from kb.web.present import decorate

    m = {"doc_id": "湖州条例", "para": 3, "text": "第三条 …", "url": "/x", "citation": {}}
    m["also_in"] = [{"doc_id": "copy", "para": 9, "url": "/y"}]
    with app.test_request_context(base_url="https://kb.example.org/base"):
        decorate(m, {"title": "条例", "issuer": "湖州市人民政府"})
    assert m["url"] == "/base/doc/湖州条例#p3" and m["also_in"][0]["url"] == "/base/doc/copy#p9"
    absolute = "https://kb.example.org/base/doc/%E6%B9%96%E5%B7%9E%E6%9D%A1%E4%BE%8B#p3"
    assert m["citation"]["gbt7714"].endswith(" " + absolute + ".")
    assert f"url = {{{absolute}}}" in m["citation"]["bibtex"]
    assert "citation" not in m["also_in"][0]


def test_cli_search_json_is_the_api_answer(index_dir, client, capsys, monkeypatch):
    """`kb search --json` goes through the search view's code: the API's answer to a request
    made to $KB_BASE_URL, relative urls and absolute citation URLs alike."""
    import json

    from kb.cli import main

    monkeypatch.setenv("KB_BASE_URL", "https://kb.example.org")
    assert main(["search", "港口", "--city", "ningbo", "--json", "--index", str(index_dir)]) == 0
    cli = json.loads(capsys.readouterr().out)
    api = client.get("/api/search?q=港口&city=ningbo", base_url="https://kb.example.org")
    assert _without_timing(cli) == _without_timing(api.get_json())
    hit = cli["hits"][0]
    assert hit["url"] == f"/doc/{hit['doc_id']}#p{hit['para']}"
    assert f"https://kb.example.org/doc/{hit['doc_id']}#p{hit['para']}" in hit["citation"]["ris"]


def test_api_errors_are_one_line_json_and_pages_html(client):
    for url in ("/api/doc/nope", "/doc/nope.json", "/measure/none:1.json", "/search.json?page=0"):
        r = client.get(url)
        assert r.mimetype == "application/json" and r.status_code in (400, 404), url
        assert r.data.count(b"\n") <= 1 and r.get_json()["ok"] is False
    r = client.get("/doc/nope")
    assert r.status_code == 404 and r.mimetype == "text/html" and soup(r).select_one("form")


def test_site_root_of_citations_outside_a_request(monkeypatch):
    """$KB_BASE_URL, a scheme added when missing, no final slash; the local server by default."""
    from kb.web import create_app
    from kb.web.present import site_root

    monkeypatch.delenv("KB_BASE_URL", raising=False)
    assert site_root(create_app()) == "http://127.0.0.1:5000"
    monkeypatch.setenv("KB_BASE_URL", "kb.local:8080/")
    assert site_root(create_app()) == "http://kb.local:8080"
    monkeypatch.setenv("KB_BASE_URL", "https://kb.example.net/policy/")
    assert site_root(create_app()) == "https://kb.example.net/policy"


def test_the_document_list_is_paged_in_every_form(client, monkeypatch):
    from kb.web import pages

    everything = client.get("/api/docs").get_json()
    monkeypatch.setattr(pages, "DOCS_PER_PAGE", 3)
    seen = []
    for k in range(1, 5):
        res = client.get(f"/api/docs?page={k}")
        assert (
            res.headers["X-Total-Count"] == str(len(everything)) and res.headers["X-Pages"] == "4"
        )
        seen += [d["doc_id"] for d in res.get_json()]
    assert seen == [d["doc_id"] for d in everything] and len(everything) == 10
    assert client.get("/api/docs?page=5").status_code == 400
    page = BeautifulSoup(client.get("/docs?page=2&sort=title").data, "html.parser")
    assert len(page.select("#docs tbody tr")) == 3
    assert page.select_one(".pager [aria-current=page]").text == "2"
    assert "sort=title" in page.select_one(".pager a[rel=next]")["href"]


def test_exports_at_once_are_limited(client):
    from kb.web import search_view

    running = [client.get("/export.csv?q=港口", buffered=False) for _ in range(2)]
    for res in running:
        assert res.status_code == 200 and next(iter(res.response))  # begun, not finished
    refused = client.get("/export.csv?q=港口")
    assert refused.status_code == 503 and refused.headers["Retry-After"] == "5"
    assert refused.get_json()["error"].startswith(f"{search_view.EXPORTS_AT_ONCE} exports")
    running[1].close()  # streams close in the order their request contexts were pushed
    assert client.get("/export.csv?q=港口").status_code == 200
    running[0].close()
