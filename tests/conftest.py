"""Shared fixtures: one fixture corpus and index per session; tests that change an index get their own."""

from __future__ import annotations

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
    assert summary.documents >= 7
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
