"""Web: pages and their JSON twins, headers, escaping, bad parameters, language."""

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
    from kb.web import create_app, pages
    from kb.web.serve import WARM_UP, warm_up

    app = create_app({"INDEX": str(index_dir), "TESTING": True})
    pages._KBS.pop(str(index_dir), None)
    warm_up(app)
    handle = pages._KBS[str(index_dir)]
    assert handle._state is not None  # the generation is open
    assert any("q=" in u and not u.isascii() for u in WARM_UP) and any(
        "lang=en" in u for u in WARM_UP
    )


def test_settings_are_read_in_one_place(monkeypatch):
    """KB_INDEX, KB_CORPUS and KB_BASE_URL reach the app, the CLI and citations alike."""
    from kb import cli, settings
    from kb.cite import context
    from kb.web import create_app

    monkeypatch.setenv("KB_INDEX", "/srv/kb/index")
    monkeypatch.setenv("KB_CORPUS", "/srv/kb/corpus")
    monkeypatch.setenv("KB_BASE_URL", "https://kb.example.org/")
    app = create_app({"TESTING": True})
    assert (app.config["INDEX"], app.config["CORPUS"]) == ("/srv/kb/index", "/srv/kb/corpus")
    assert cli._defaults() == ("/srv/kb/corpus", "/srv/kb/index")
    assert context().base_url == "https://kb.example.org"
    monkeypatch.delenv("KB_INDEX")
    assert settings.get("INDEX") == "instance/index"
