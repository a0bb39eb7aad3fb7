"""Hostile files and requests (issue 14): every file and every request bounded, nothing read or
shown from outside the corpus. Real files, real processes; each file is the smallest that shows
its blow-up (each took from 20 s to minutes, or gigabytes, before)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kb.search import KB
from tests.fixtures import PLAN_TXT, pdf_bytes
from tests.hostile_files import (
    NOT_UTF8_NAME,
    deep_html,
    docx_bomb,
    hostile_corpus,
    markdown_bomb,
    page_tree_bomb,
)

ROOT = Path(__file__).resolve().parent.parent


def kb_ingest(corpus: Path, ix: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kb", "ingest", "--corpus", str(corpus), "--index", str(ix), *extra],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def indexed(root: Path, texts: dict[str, str]) -> tuple[Path, Path]:
    """root/corpus holding these files, ingested into root/ix without an error."""
    from kb.ingest import ingest

    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in texts.items():
        (corpus / name).write_text(text, encoding="utf-8")
    summary = ingest(corpus, root / "ix", progress=False, workers=1)
    assert not summary.errors, summary.errors
    return corpus, root / "ix"


# ---- files ---------------------------------------------------------------------------------------


@pytest.mark.slow
def test_hostile_corpus_one_line_per_bad_file_good_files_indexed_nothing_from_outside(tmp_path):
    corpus, ix = tmp_path / "corpus", tmp_path / "ix"
    bad = hostile_corpus(corpus, tmp_path / "outside")
    t = time.monotonic()
    out = kb_ingest(corpus, ix)
    assert time.monotonic() - t < 90, "a hostile file was not bounded"
    assert out.returncode == 3, out.stderr
    errors = [line for line in out.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == len(bad), out.stderr
    for name, words in bad.items():
        assert sum(name in e for e in errors) == 1, (name, errors)
        assert any(name in e and words in e for e in errors), (name, words, errors)
    warnings = [line for line in out.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "r\\xe9sum\\xe9.txt" in warnings[0] and "not UTF-8" in warnings[0]
    assert "Traceback" not in out.stderr

    kb = KB(ix)
    docs = kb.documents()
    assert {"plan", "deep", "brackets"} <= set(docs)
    assert "side" not in docs and "secret" not in docs and "zero" not in docs
    odd = [d for d in docs if d.startswith("r-sum-")]
    assert len(odd) == 1 and all(ord(c) < 128 for c in odd[0])
    assert kb.search("瓯江口")["total"] == 1  # the file whose name is not UTF-8
    assert kb.search("嘉兴港")["total"] >= 1  # the deeply nested page
    assert kb.search("江海联运服务中心")["total"] >= 1  # the Markdown with a link bomb
    assert kb.search("绝密口令")["total"] == 0 and kb.search("zebra")["total"] == 0
    gen = next(ix.glob("gen-*"))
    stored = (gen / "docs.json").read_text("utf-8")
    assert str(tmp_path) not in stored and '"path"' not in stored

    again = kb_ingest(corpus, ix)  # the odd name is reported once, when it is indexed
    assert again.returncode == 3 and "warning:" not in again.stderr
    assert len([x for x in again.stderr.splitlines() if x.startswith("error:")]) == len(bad)


def test_error_line_for_a_name_with_a_newline_stays_one_line(tmp_path, capsys):
    from kb.cli import main

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "plan.txt").write_text(PLAN_TXT, encoding="utf-8")
    (corpus / "a\nb\rc.txt").write_bytes(b"")
    assert (
        main(["ingest", "--corpus", str(corpus), "--index", str(tmp_path / "ix"), "--workers", "1"])
        == 3
    )
    err = capsys.readouterr().err.splitlines()
    assert [line for line in err if line.startswith("error:")] == [
        f"error: {corpus}/a\\nb\\rc.txt: the file is empty"
    ]
    assert len(err) == 2


def test_bad_sidecar_is_blamed_not_the_text(tmp_path):
    from kb.ingest import ingest

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "plan.txt").write_text(PLAN_TXT, encoding="utf-8")
    (corpus / "plan.meta.toml").write_text('title = ["张三"]\n', encoding="utf-8")
    s = ingest(corpus, tmp_path / "ix", progress=False)
    assert s.errors == [
        (
            str(corpus / "plan.meta.toml"),
            "bad metadata sidecar: title must be a string, not ['张三']",
        )
    ]


def test_links_inside_the_corpus_are_followed(tmp_path):
    from kb.ingest import discover

    corpus = tmp_path / "c"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "plan.txt").write_text(PLAN_TXT, encoding="utf-8")
    (corpus / "alias.txt").symlink_to(corpus / "sub" / "plan.txt")
    (corpus / "sub" / "sibling.txt").symlink_to("../alias.txt")  # from a subfolder, to another
    (corpus / "up.txt").symlink_to("../c/sub/plan.txt")  # relative, still inside
    errors: list = []
    assert [p.name for p in discover(corpus, errors)] == [
        "alias.txt",
        "up.txt",
        "plan.txt",
        "sibling.txt",
    ] and errors == []


def test_readers_are_bounded(tmp_path):
    from kb.errors import UnreadableFile
    from kb.readers import read_file
    from kb.readers.pdf import MAX_PAGES

    cases = {
        "deep.html": deep_html(8000).encode(),
        "bomb.md": markdown_bomb(5000).encode(),
        "brackets.md": ("[" * 60_000).encode() + "\n港口建设。\n".encode(),
        "comments.md": "港口建设。\n\n".encode() + b"<!--" * 50_000,
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        t = time.monotonic()
        r = read_file(tmp_path / name)
        assert time.monotonic() - t < 5, name
        assert r.blocks, name
    assert "生态环境" in read_file(tmp_path / "deep.html").blocks[-1].text

    (tmp_path / "tree.pdf").write_bytes(page_tree_bomb(15, 8))  # 8**15 pages named in 2.5 KB
    t = time.monotonic()
    with pytest.raises(UnreadableFile, match=f"more than {MAX_PAGES:,} pages"):
        read_file(tmp_path / "tree.pdf")
    assert time.monotonic() - t < 3
    (tmp_path / "ok.pdf").write_bytes(page_tree_bomb(2, 3))  # 9 pages: fine
    # every page read: its one line, then the blank line between pages
    assert read_file(tmp_path / "ok.pdf").raw_lines == ["Port of Ningbo expands terminals.", ""] * 9
    cyclic = pdf_bytes(
        ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]
    )
    (tmp_path / "loop.pdf").write_bytes(cyclic)
    with pytest.raises(UnreadableFile):
        read_file(tmp_path / "loop.pdf")

    (tmp_path / "bomb.docx").write_bytes(docx_bomb(80))
    with pytest.raises(UnreadableFile, match="word/document.xml inflates to 80 MB"):
        read_file(tmp_path / "bomb.docx")


@pytest.mark.slow
def test_a_file_over_its_time_budget_is_stopped_and_the_rest_indexed(tmp_path, monkeypatch):
    """Four ways a reader can misbehave, in forked workers: slow in Python (the alarm stops it),
    stuck where no signal handler runs (the parent kills the worker), crashing the process, and
    asking for more memory than a worker may have."""
    from kb import ingest as ingest_mod
    from kb.readers import text

    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(6):
        (corpus / f"plan{i}.txt").write_text(
            PLAN_TXT.replace("宁波", f"宁波{i}号"), encoding="utf-8"
        )
    for name in ("slow.txt", "stuck.txt", "crash.txt", "hungry.txt"):
        (corpus / name).write_text(PLAN_TXT, encoding="utf-8")
    real = text.read_text

    def misbehaving(path, data):
        name = Path(path).name
        if name == "slow.txt":
            time.sleep(30)
        elif name == "stuck.txt":
            signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])  # as inside a C call
            time.sleep(30)
        elif name == "crash.txt":
            os.kill(os.getpid(), signal.SIGKILL)
        elif name == "hungry.txt":
            bytearray(3 * 2**30)
        return real(path, data)

    monkeypatch.setattr(text, "read_text", misbehaving)
    monkeypatch.setattr(ingest_mod, "KILL_GRACE_S", 1.0)
    t = time.monotonic()
    s = ingest_mod.ingest(corpus, tmp_path / "ix", workers=2, file_seconds=1.0, progress=False)
    assert time.monotonic() - t < 25
    reasons = {Path(p).name: r for p, r in s.errors}
    assert set(reasons) == {"slow.txt", "stuck.txt", "crash.txt", "hungry.txt"}, reasons
    assert "memory" in reasons["hungry.txt"]
    assert "longer than 1 s" in reasons["slow.txt"] and "stopped" in reasons["stuck.txt"]
    assert "crashed" in reasons["crash.txt"]
    assert s.documents == 6
    res = KB(tmp_path / "ix").search("宁波5号")
    full = {h["id"] for h in res["hits"] if not h.get("partial")}
    assert (res["total"], full) == (2, {"plan5:1", "plan5:2"})


def test_not_utf8_name_gets_a_stable_ascii_doc_id(tmp_path):
    from kb.ingest import doc_id_for

    p = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), NOT_UTF8_NAME)))
    doc_id = doc_id_for(p)
    assert doc_id.startswith("r-sum-") and doc_id.isascii() and doc_id == doc_id_for(p)
    assert doc_id != doc_id_for(p.with_name(os.fsdecode(b"r\xe8sum\xe8.txt")))
    json.dumps({doc_id: 1}).encode("utf-8")


# ---- requests ------------------------------------------------------------------------------------

FORMULAS = [
    '=HYPERLINK("http://evil.example/","点击")，宁波港口建设加快推进，集装箱吞吐量持续增长。',
    "+SUM(1,2)杭州数字经济核心产业加快发展，建设数字经济第一城。",
    "-2+3 嘉兴推进长三角生态绿色一体化发展示范区建设。",
    "@SUM(A1) 湖州绿色金融改革创新试验区建设取得成效。",
]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """A small index whose paragraphs and sidecar author start like spreadsheet formulas."""
    from kb.web import create_app

    root = tmp_path_factory.mktemp("site")
    indexed(
        root,
        {
            "plan.txt": PLAN_TXT,
            "formulas.txt": "\n\n".join(FORMULAS) + "\n",
            "formulas.meta.toml": 'title = "=cmd|\' /C calc\'!A0"\nauthors = ["@evil", "-x"]\n',
        },
    )
    app = create_app({"INDEX": str(root / "ix"), "TESTING": True})
    return app, root


def test_repeated_filters_are_counted_once_and_too_many_are_refused(hostile_site):
    app, _ = hostile_site
    client = app.test_client()
    t = time.monotonic()
    r = client.get("/search?q=港口&" + "&".join(["city=ningbo", "city=hangzhou"] * 1000))
    assert r.status_code == 200 and time.monotonic() - t < 2
    page = r.get_data(as_text=True)
    assert page.count("city=ningbo") < 200  # each link names a value once, not 1,000 times
    r = client.get("/api/search?q=港口&" + "&".join(["theme=ecology"] * 2000))
    assert r.status_code == 200 and r.get_json()["filters"]["theme"] == ["ecology"]
    many = "&".join(f"city=c{i}" for i in range(60))
    for url in ("/search?q=港口&", "/api/search?q=港口&", "/export.csv?q=&"):
        r = client.get(url + many)
        assert r.status_code == 400, url
        if url.startswith("/api"):
            assert r.get_json()["error"].startswith("city: at most 50 values")


@pytest.mark.slow
def test_a_cheap_query_stays_fast_beside_requests_with_2000_filters(hostile_site):
    """Real server, real sockets: eight clients sending 2,000 repeated filters each, and one cheap
    query."""
    import socket
    import threading
    import urllib.request

    _, root = hostile_site
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "kb", "serve", "--index", str(root / "ix"), "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/api/search?q=gangkou", timeout=5).read()
                break
            except OSError:
                time.sleep(0.1)
        heavy = (
            base
            + "/search?q=%E5%AE%81%E6%B3%A2&"
            + "&".join(["city=ningbo", "city=hangzhou"] * 1000)
        )
        took: list[float] = []

        def hammer():
            t = time.monotonic()
            urllib.request.urlopen(heavy, timeout=30).read()
            took.append(time.monotonic() - t)

        threads = [threading.Thread(target=hammer) for _ in range(8)]
        for th in threads:
            th.start()
        t = time.monotonic()
        urllib.request.urlopen(base + "/api/search?q=%E6%B8%AF%E5%8F%A3", timeout=30).read()
        cheap = time.monotonic() - t
        for th in threads:
            th.join()
        assert max(took) < 2 and cheap < 2, (took, cheap)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_exported_csv_holds_no_live_formula(hostile_site):
    import csv
    import io

    app, _ = hostile_site
    client = app.test_client()
    for url in ("/export.csv?q=", "/export.csv?q=港口", "/matrix.csv"):
        r = client.get(url)
        assert r.status_code == 200
        rows = list(csv.reader(io.StringIO(r.get_data(as_text=True).lstrip("\ufeff"))))
        cells = [c for row in rows[1:] for c in row]
        assert cells and not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")], url
    r = client.get("/export.csv?q=")
    assert r.headers["X-Export-Max-Rows"] == "5000" and int(r.headers["X-Export-Rows"]) >= len(
        FORMULAS
    )
    rows = list(csv.DictReader(io.StringIO(r.get_data(as_text=True).lstrip("\ufeff"))))
    mine = [row for row in rows if row["doc_id"] == "formulas"]
    assert [row["text"][:3] for row in mine] == ["'=H", "'+S", "'-2", "'@S"]  # one a paragraph
    assert {row["doc_title"] for row in mine} == {"'=cmd|' /C calc'!A0"}


def test_no_response_names_a_filesystem_path(hostile_site):
    app, root = hostile_site
    client = app.test_client()
    kb = KB(root / "ix")
    doc_id = "formulas"
    measure = kb.measures(doc_id)[0]["id"]
    urls = [
        "/",
        "/search?q=港口",
        "/search?q=港口&format=json",
        "/api/search?q=宁波",
        f"/doc/{doc_id}",
        f"/doc/{doc_id}?format=json",
        f"/api/doc/{doc_id}",
        f"/api/measure/{measure}",
        f"/measure/{measure}",
        "/docs",
        "/api/docs",
        "/matrix",
        "/api/matrix",
        "/export.csv?q=",
        "/matrix.csv",
        "/api/doc/nope",
        "/nope",
        "/api/search?limit=1000",
    ]
    for url in urls:
        body = client.get(url).get_data(as_text=True)
        assert str(root) not in body and "/tmp/" not in body and '"path"' not in body, url
    r = client.get("/static//app.js", headers={"Host": "evil.example"})
    assert (r.status_code, r.headers.get("Location")) == (404, None)


def test_long_documents_are_paged_and_the_api_gives_every_measure(hostile_site, monkeypatch):
    from kb.web import pages

    app, root = hostile_site
    client = app.test_client()
    monkeypatch.setattr(pages, "DOC_PAGE_PARAS", 2)
    n = len(KB(root / "ix").measures("plan"))
    assert n >= 5
    first = client.get("/doc/plan").get_data(as_text=True)
    assert 'id="p2"' in first and 'id="p3"' not in first and "/doc/plan?page=2" in first
    assert f"{n} " in first  # the count is the document's, not the page's
    second = client.get("/doc/plan?page=2").get_data(as_text=True)
    assert 'id="p3"' in second and 'id="p2"' not in second and 'id="p5"' not in second
    assert 'data-per-page="2"' in second  # static/app.js sends a #p link to its page
    assert client.get("/doc/plan?page=99").status_code == 400
    hits = client.get("/search?q=&sort=order&limit=50").get_data(as_text=True)
    assert "/doc/plan?page=3#p5" in hits
    doc = client.get("/api/doc/plan").get_json()
    assert len(doc["measures"]) == n and all("citation" in m for m in doc["measures"])
    assert client.get("/doc/plan?format=json").get_json() == doc


# ---- the index over time -------------------------------------------------------------------------


@pytest.mark.slow
def test_repeated_incremental_ingests_keep_the_index_compact(tmp_path):
    """Re-ingests each changing a third of the files: deleted documents are purged and the segments
    merged on the stated policy (the backend's MAX_DELETED_SHARE, MAX_SEGMENTS). Size and query
    time against a fresh build are measured at scale by `make bench` (benchmarks/reingest.py)."""
    from kb import index
    from kb.backends import backend
    from kb.ingest import ingest
    from tests.fixtures import scale_corpus

    corpus, ix = tmp_path / "c", tmp_path / "ix"
    scale_corpus(corpus, files=6, paras=8)
    ingest(corpus, ix, workers=2, progress=False)
    files = sorted(corpus.glob("*.txt"))
    for round_no in range(4):
        for p in files[round_no % 3 :: 3]:
            with open(p, "a", encoding="utf-8") as f:
                f.write(f"\n\n第{round_no}轮修订：加快推进港口集疏运体系建设。\n")
        s = ingest(corpus, ix, workers=2, progress=False)
        assert s.updated == 2 and not s.errors
        segments = backend().segments(index.current_generation(ix))
        stored, live = sum(g[0] for g in segments), sum(g[1] for g in segments)
        assert len(segments) <= backend().MAX_SEGMENTS
        assert all(s - n <= backend().MAX_DELETED_SHARE * s for s, n in segments)
        assert stored - live <= 0.25 * live
    fresh = tmp_path / "fresh"
    ingest(corpus, fresh, workers=2, progress=False)

    def found(where):
        # every measure, the copies of one paragraph in several files too (collapse=False)
        res = KB(where).search("港口集疏运", sort="order", limit=100, collapse=False)
        return res["total"], [h["id"] for h in res["hits"]]

    total, hits = found(ix)
    assert (total, hits) == found(fresh)
    assert total == len(hits) > 0


# ---- metadata repeated in every hit (issue 21) ---------------------------------------------------


def _title_bomb_site(root: Path):
    """120 paragraphs under a 1 MB sidecar title with 300 long authors, and a Markdown file whose
    `#` heading holds a million characters: each field is copied into every hit and citation."""
    from kb.ingest import ingest
    from kb.web import create_app

    corpus = root / "corpus"
    corpus.mkdir()
    paras = [f"宁波港口建设第{i}项措施，推进江海联运。" for i in range(120)]
    (corpus / "bomb.txt").write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    authors = ", ".join(f'"{chr(65 + i % 26) * 1000}"' for i in range(300))
    (corpus / "bomb.meta.toml").write_text(
        f'title = "{"港" * 200_000}"\nissuer = "{"甬" * 30_000}"\nauthors = [{authors}]\n'
        f'number = "{"9" * 50_000}"\n',
        encoding="utf-8",
    )
    assert (corpus / "bomb.meta.toml").stat().st_size < 2**20  # within the sidecar's limit
    (corpus / "head.md").write_text(
        "# " + "宁波港口" * 250_000 + "\n\n宁波港口建设加快推进。\n\n## 第二部分\n\n宁波港口二。\n",
        encoding="utf-8",
    )
    summary = ingest(corpus, root / "ix", progress=False)
    assert not summary.errors, summary.errors
    return create_app({"INDEX": str(root / "ix"), "TESTING": True})


def test_one_documents_long_metadata_is_not_copied_into_every_hit(tmp_path):
    from kb.model import TEXT_MAX

    app = _title_bomb_site(tmp_path)
    client = app.test_client()
    res = client.get("/api/search?q=宁波港口&limit=10")
    assert res.status_code == 200 and len(res.get_json()["hits"]) == 10
    # before: 52 MB for 10 hits; now each hit with its four citations stays near 25 KB
    assert len(res.data) < 200_000, len(res.data)
    for hit in res.get_json()["hits"]:
        assert len(hit["doc_title"]) <= TEXT_MAX["title"]
        assert len(hit["section"]) <= TEXT_MAX["section"]
    docs = {d["doc_id"]: d for d in client.get("/api/docs").get_json()}
    bomb = docs["bomb"]
    assert len(bomb["title"]) == TEXT_MAX["title"] and bomb["title"].endswith("…")
    assert len(bomb["issuer"]) == TEXT_MAX["issuer"] and len(bomb["number"]) == TEXT_MAX["number"]
    assert len(bomb["authors"]) == 20 and {len(a) for a in bomb["authors"]} == {TEXT_MAX["author"]}
    assert len(docs["head"]["title"]) <= TEXT_MAX["title"]
    # the heading too long to be one is read as text: still found
    assert client.get("/api/search?q=宁波港口&doc=head").get_json()["total"] >= 2
    csv = client.get("/export.csv?q=宁波港口")
    rows = int(csv.headers["X-Export-Rows"])
    assert rows >= 100 and len(csv.data) < 25_000 * rows, len(csv.data)  # before: 520 MB


def test_kb_docs_cuts_a_long_cell_in_linear_time(tmp_path, monkeypatch, capsys):
    """An index written before titles were bounded still lists at once (a 60k title took 23 s)."""
    from kb import cli, search

    monkeypatch.setattr(
        search.KB,
        "document_list",
        lambda self: [{"doc_id": "x", "title": "港\x1b[31m" * 1_000_000, "measures": 1}],
    )
    t = time.monotonic()
    assert cli.main(["docs", "--index", str(tmp_path)]) == 0
    assert time.monotonic() - t < 2
    line = capsys.readouterr().out.splitlines()[1]
    assert "\x1b" not in line and line.startswith("x ") and "\\x1b[31…  " in line


def test_a_folder_swapped_for_a_link_during_ingest_indexes_nothing_outside(tmp_path, monkeypatch):
    """Discovery sees corpus/sub/notice.txt; before it is read, sub becomes a link to a folder
    outside holding a file of the same name (readable by the ingest's user only)."""
    from kb import files
    from kb import ingest as ingest_module

    corpus, outside = tmp_path / "c", tmp_path / "private"
    (corpus / "sub").mkdir(parents=True)
    outside.mkdir()
    (corpus / "plan.txt").write_text(PLAN_TXT, encoding="utf-8")
    (corpus / "sub" / "notice.txt").write_text("宁波港口公告。\n", encoding="utf-8")
    (outside / "notice.txt").write_text("机密文件：绝密口令 zebra-quartz。\n", encoding="utf-8")
    (outside / "notice.txt").chmod(0o600)
    found = ingest_module.discover

    def discover_then_swap(corpus_dir, errors=None):
        paths = found(corpus_dir, errors)
        (corpus / "sub" / "notice.txt").unlink()
        (corpus / "sub").rmdir()
        (corpus / "sub").symlink_to(outside)
        return paths

    monkeypatch.setattr(ingest_module, "discover", discover_then_swap)
    s = ingest_module.ingest(corpus, tmp_path / "ix", progress=False, workers=1)
    assert s.errors == [(str(corpus / "sub" / "notice.txt"), files.OUTSIDE)]
    kb = KB(tmp_path / "ix")
    assert set(kb.documents()) == {"plan"} and kb.search("zebra")["total"] == 0

    # the check at open time holds even when the swap comes after the check on the path
    monkeypatch.setattr(files, "problem", lambda path, root: None)
    with pytest.raises(files.NotRegular, match="outside the corpus"):
        files.read_bytes(corpus / "sub" / "notice.txt", corpus.resolve())


def test_a_linked_subfolder_is_reported_with_one_line(tmp_path):
    from kb.ingest import LINKED_FOLDER, discover

    corpus = tmp_path / "c"
    (corpus / "real").mkdir(parents=True)
    (corpus / "real" / "plan.txt").write_text(PLAN_TXT, encoding="utf-8")
    (corpus / "alias").symlink_to(corpus / "real")
    errors: list = []
    assert [p.name for p in discover(corpus, errors)] == ["plan.txt"]
    assert errors == [(str(corpus / "alias"), LINKED_FOLDER)]


# ---- a damaged index (issue 21) ------------------------------------------------------------------


@pytest.fixture(scope="module")
def clean_index(tmp_path_factory):
    """A small published index and its corpus, copied by each test that damages it."""
    root = tmp_path_factory.mktemp("clean")
    corpus, ix = indexed(
        root, {"plan.txt": PLAN_TXT, "more.txt": "宁波港口建设加快推进。\n\n宁波数字经济发展。\n"}
    )
    return corpus, ix, KB(ix).search("宁波")["total"]


def _damage(gen: Path, how: str) -> None:
    def biggest(suffix: str) -> Path:
        return max(gen.glob(f"*{suffix}"), key=lambda p: p.stat().st_size)

    if how == "facets.json garbage":  # the same size, still JSON: only its checksum tells
        size = (gen / "facets.json").stat().st_size
        (gen / "facets.json").write_text(json.dumps({"city": "x" * (size - 12)}), "utf-8")
        assert (gen / "facets.json").stat().st_size == size
    elif how == "posting bytes zeroed":  # the same size: found by the checksum of a full read
        path = biggest(".pst")
        data = bytearray(path.read_bytes())
        data[len(data) // 3 : len(data) // 2] = bytes(len(data) // 2 - len(data) // 3)
        path.write_bytes(bytes(data))
    else:
        path = biggest(how)
        with open(path, "r+b") as f:
            f.truncate(path.stat().st_size // 2)


@pytest.mark.parametrize(
    "how", [".trm", ".pst", "_stored.col", "facets.json garbage", "posting bytes zeroed"]
)
def test_a_damaged_index_is_one_line_and_a_plain_ingest_rebuilds_it(
    clean_index, tmp_path, capsys, how
):
    import shutil

    from kb import index
    from kb.cli import main
    from kb.ingest import ingest
    from kb.web import create_app

    corpus, clean, total = clean_index
    ix = tmp_path / "ix"
    shutil.copytree(clean, ix)

    _damage(index.current_generation(ix), how)
    if how != "posting bytes zeroed":  # what a reader cannot tell without reading every byte
        assert main(["search", "宁波", "--index", str(ix)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err, err
        assert err.startswith("kb search: the index is damaged (") and "run `kb ingest`" in err
        res = (
            create_app({"INDEX": str(ix), "TESTING": True}).test_client().get("/api/search?q=宁波")
        )
        assert res.status_code == 503 and "run `kb ingest`" in res.get_json()["error"]
    s = ingest(corpus, ix, progress=False, workers=1)
    assert [(w[0], w[1].split(" (")[0]) for w in s.warnings] == [
        (str(ix), "the index was damaged")
    ], s.warnings
    assert not s.errors and s.added == 2
    assert KB(ix).search("宁波")["total"] == total
    assert not ingest(corpus, ix, progress=False, workers=1).warnings  # whole again


# ---- sidecars (issue 21) -------------------------------------------------------------------------


def test_an_edited_broken_or_removed_sidecar_is_a_change(tmp_path):
    from kb.ingest import ingest

    corpus, ix = indexed(tmp_path, {"plan.txt": PLAN_TXT, "plan.meta.toml": 'title = "旧标题"\n'})
    side = corpus / "plan.meta.toml"

    def again():
        s = ingest(corpus, ix, progress=False, workers=1)
        return s, KB(ix).documents()["plan"]["title"]

    side.write_text('title = "新标题"\n', encoding="utf-8")
    s, title = again()
    assert (s.updated, s.unchanged, title) == (1, 0, "新标题")
    s, title = again()
    assert (s.updated, s.unchanged, title) == (0, 1, "新标题")
    side.write_text('title = "没有结束\n', encoding="utf-8")
    s, title = again()  # reported, and the document keeps what it had
    assert [e[0] for e in s.errors] == [str(side)] and "bad metadata sidecar" in s.errors[0][1]
    assert title == "新标题"
    side.unlink()
    s, title = again()
    assert (s.updated, s.errors, title != "新标题") == (1, [], True)


def test_a_deeply_nested_sidecar_is_one_clear_line(tmp_path):
    from kb.ingest import ingest

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "plan.txt").write_text(PLAN_TXT, encoding="utf-8")
    (corpus / "plan.meta.toml").write_text("a = " + "[" * 50_000 + "]" * 50_000 + "\n", "utf-8")
    s = ingest(corpus, tmp_path / "ix", progress=False, workers=1)
    assert s.errors == [
        (str(corpus / "plan.meta.toml"), "bad metadata sidecar (nested too deeply)")
    ]


def test_a_sidecar_source_url_that_is_not_http_is_never_a_link(tmp_path):
    from bs4 import BeautifulSoup

    from kb.web import create_app

    sidecar = 'source_url = "javascript:alert(document.cookie)"\n'
    _, ix = indexed(tmp_path, {"plan.txt": PLAN_TXT, "plan.meta.toml": sidecar})
    assert KB(ix).documents()["plan"]["source_url"] is None
    docs = json.loads((next(ix.glob("gen-*")) / "docs.json").read_text("utf-8"))
    docs["plan"]["source_url"] = "JavaScript:alert(1)"  # as an index written before stored it
    (next(ix.glob("gen-*")) / "docs.json").write_text(json.dumps(docs), "utf-8")
    (next(ix.glob("gen-*")) / "MANIFEST.json").unlink()  # an index from before manifests
    page = create_app({"INDEX": str(ix), "TESTING": True}).test_client().get("/doc/plan")
    soup = BeautifulSoup(page.data, "html.parser")
    assert page.status_code == 200
    assert not [a for a in soup.select("a[href]") if "script:" in a["href"].lower()]


# ---- the index cannot be written (issue 21) ------------------------------------------------------


def _no_space(*args, **kwargs):
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("where", ["copy", "publish"])
def test_a_full_disk_is_one_line_and_leaves_no_partial_generation(
    tmp_path, monkeypatch, capsys, where
):
    import shutil

    from kb import index
    from kb.cli import main

    corpus, ix = indexed(tmp_path, {"plan.txt": PLAN_TXT})
    live = index.current_generation(ix)
    (corpus / "more.txt").write_text("宁波港口建设加快推进。\n", encoding="utf-8")
    if where == "copy":  # half the files copied, then the disk is full

        def half_copy(src, dst):
            Path(dst).mkdir()
            shutil.copy(Path(src) / "docs.json", dst)
            _no_space()

        monkeypatch.setattr(index.shutil, "copytree", half_copy)
    else:
        monkeypatch.setattr(index, "write_manifest", _no_space)
    assert main(["ingest", "--corpus", str(corpus), "--index", str(ix), "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"kb ingest: {ix}: cannot write the index (No space left on device); "
        "the index is unchanged\n"
    )
    assert sorted(p.name for p in ix.iterdir() if not p.name.startswith(".")) == [
        "CURRENT",
        live.name,
    ]
    assert index.current_generation(ix) == live and set(KB(ix).documents()) == {"plan"}


def test_an_index_folder_that_cannot_be_made_is_one_line(tmp_path, capsys):
    from kb.cli import main

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "plan.txt").write_text(PLAN_TXT, encoding="utf-8")
    (tmp_path / "file").write_text("x")
    ix = tmp_path / "file" / "ix"
    assert main(["ingest", "--corpus", str(corpus), "--index", str(ix)]) == 2
    err = capsys.readouterr().err
    assert (
        err
        == f"kb ingest: {ix}: cannot write the index (Not a directory); the index is unchanged\n"
    )


def test_failures_are_remembered_by_content_hash_and_not_read_again(tmp_path, monkeypatch):
    from kb import ingest as ingest_module

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "plan.txt").write_text(PLAN_TXT, encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b"\x00\x01binary\x00" * 20)
    (corpus / "side.txt").write_text("宁波港口建设加快推进。\n", encoding="utf-8")
    (corpus / "side.meta.toml").write_text("title = \n", encoding="utf-8")
    ix = tmp_path / "ix"

    def run(**kw):
        return ingest_module.ingest(corpus, ix, progress=False, workers=1, **kw)

    first = run()
    assert len(first.errors) == 2 and first.added == 1
    log = tmp_path / "read.log"  # the workers are processes: each file read is a line here
    real = ingest_module.build_document

    def logged(path, *args, **kwargs):
        with open(log, "a", encoding="utf-8") as f:
            f.write(Path(path).name + "\n")
        return real(path, *args, **kwargs)

    def read() -> list[str]:
        names = sorted(log.read_text("utf-8").split()) if log.exists() else []
        log.unlink(missing_ok=True)
        return names

    monkeypatch.setattr(ingest_module, "build_document", logged)
    again = run()
    assert again.errors == first.errors and again.unchanged == 1 and read() == []
    (corpus / "bad.txt").write_bytes(b"\x00\x02binary\x00" * 20)  # changed: read again
    (corpus / "side.meta.toml").write_text('title = "港口"\n', encoding="utf-8")  # mended
    third = run()
    assert [e[0] for e in third.errors] == [str(corpus / "bad.txt")] and third.added == 1
    assert read() == ["bad.txt", "side.txt"]
    assert run(file_seconds=30).errors == third.errors and read() == ["bad.txt"]  # new limits


# ---- a generation stays open while it is read (issue 21) -----------------------------------------


def test_a_streamed_document_is_whole_when_two_ingests_publish_during_it(tmp_path):
    from kb import index
    from kb.ingest import ingest
    from kb.web import create_app

    paras = [f"宁波港口建设第{i}项措施，推进江海联运与集装箱运输。" for i in range(1500)]
    corpus, ix = indexed(tmp_path, {"long.txt": "\n\n".join(paras) + "\n", "plan.txt": PLAN_TXT})
    first = index.current_generation(ix)
    client = create_app({"INDEX": str(ix), "TESTING": True}).test_client()
    res = client.get("/api/doc/long", buffered=False)
    chunks = iter(res.response)
    body = [next(chunks)]
    while b'"para"' not in body[-1]:  # until the measures have begun
        body.append(next(chunks))
    for round_ in range(2):  # two publishes, each seen by a request
        (corpus / "plan.txt").write_text(PLAN_TXT + f"\n新增第{round_}段。\n", encoding="utf-8")
        assert not ingest(corpus, ix, progress=False, workers=1).errors
        assert client.get("/api/search?q=港口").status_code == 200
    assert first.exists()  # still read: the ingest left it in place
    body += list(chunks)
    res.close()
    doc = json.loads(b"".join(body))
    assert [m["para"] for m in doc["measures"]] == list(range(1, 1501))
    (corpus / "plan.txt").write_text(PLAN_TXT, encoding="utf-8")
    assert not ingest(corpus, ix, progress=False, workers=1).errors
    assert not first.exists()  # read no more: the next publish removed it


# ---- terminal escapes (issue 21) -----------------------------------------------------------------

ESCAPES = "\x1b[2J\x1b]0;pwned\x07\x9b31m\u202e"
CONTROLS = {"\x1b", "\x07", "\x9b", "\u202e"}  # what ESCAPES acts on a terminal with


def test_no_terminal_escape_is_stored_or_printed(tmp_path, capsys):
    from kb.cli import main

    corpus, ix = tmp_path / "c", str(tmp_path / "ix")
    corpus.mkdir()
    (corpus / "esc.txt").write_text(
        f"宁波港口建设{ESCAPES}加快推进，集装箱吞吐量持续增长。\n\n宁波数字经济发展。\n", "utf-8"
    )
    (corpus / "esc.meta.toml").write_text(
        'title = "港口\\u001b[31m红色\\u009b标题\\u202e"\nissuer = "宁波\\u001b]0;x\\u0007市"\n'
        'authors = ["张\\u001b[1m三"]\n',
        encoding="utf-8",
    )
    (corpus / f"bad{ESCAPES}.txt").write_bytes(b"")
    assert main(["ingest", "--corpus", str(corpus), "--index", ix, "--workers", "1"]) == 3
    assert main(["docs", "--index", ix]) == 0
    assert main(["search", "宁波", "--index", ix]) == 0
    out = capsys.readouterr()
    for stream in (out.out, out.err):
        assert not CONTROLS & set(stream), stream
    assert "港口" in out.out and "宁波港口建设" in out.out and "bad\\x1b[2J" in out.err
    doc = KB(ix).documents()["esc"]
    stored = json.dumps([doc, KB(ix).measures("esc")], ensure_ascii=False)
    assert not CONTROLS & set(stored) and doc["title"] == "港口[31m红色标题"


def test_kb_search_escapes_what_an_older_index_stored(monkeypatch, capsys):
    from kb import cli

    hit = {"id": "x:1", "doc_title": f"标题{ESCAPES}", "section": ESCAPES, "kind": "measure"}
    hit |= {"themes": [], "cities": [], "highlight": f"<mark>宁波</mark>{ESCAPES}"}
    result = {"total": 1, "took_ms": 1, "relaxed": False, "offset": 0, "hits": [hit]}
    monkeypatch.setattr(cli, "search_result", lambda args: result)
    assert cli.main(["search", "宁波"]) == 0
    out = capsys.readouterr().out
    assert not CONTROLS & set(out) and "标题\\x1b[2J" in out and len(out.splitlines()) == 4
