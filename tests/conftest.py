"""Shared fixtures: one fixture corpus and index per session; tests that change an index get
their own."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from kb.ingest import ingest
from kb.search import KB
from tests.fixtures import build_corpus


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory):
    """A corpus with every reader's trap plus the two seeds."""
    return build_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="session")
def index_dir(corpus_dir, tmp_path_factory):
    """An index built once from corpus_dir (bad files reported, good ones indexed)."""
    ix = tmp_path_factory.mktemp("index")
    summary = ingest(corpus_dir, ix, progress=False)
    # every good file indexed, exactly the three traps refused
    assert summary.documents == 10
    assert sorted(Path(f).name for f, _ in summary.errors) == [
        "binary.txt",
        "broken.pdf",
        "empty.txt",
    ]
    return ix


@pytest.fixture(scope="session")
def kb(index_dir):
    """The search layer over the session index."""
    return KB(index_dir)


@pytest.fixture(scope="session")
def app(index_dir):
    """The Flask app over the session index."""
    from kb.web import create_app

    return create_app({"INDEX": str(index_dir), "TESTING": True})


@pytest.fixture()
def client(app):
    """A test client for the app."""
    return app.test_client()


CHROMIUM = "/usr/bin/chromium"


@contextlib.contextmanager
def serving(app):
    """An app served over HTTP on a free loopback port, for the duration of the block."""
    import socket
    import threading

    from werkzeug.serving import make_server

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    srv = make_server("127.0.0.1", port, app, threaded=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.shutdown()


@pytest.fixture(scope="session")
def server(app):
    """The app served over HTTP on a free loopback port, for the browser."""
    with serving(app) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by Playwright (it cannot download a browser here)."""
    from pathlib import Path

    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (make test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield b
        b.close()
