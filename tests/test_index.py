"""The index folder (kb/index.py): generations made, seeded, published, swept; backend-neutral, so
a stand-in backend's `create` is enough here."""

from __future__ import annotations

import pytest

from kb import index
from kb.errors import IndexBusy


def create(gen):
    (gen / "engine.bin").write_text("empty index")


def gens(ix) -> list[str]:
    return sorted(p.name for p in ix.glob("gen-*"))


def test_first_generation_is_created_empty(tmp_path):
    ix = tmp_path / "ix"
    gen = index.new_generation(ix, create)
    assert gen.name == "gen-000001" and index.current_generation(ix) is None
    assert (gen / "engine.bin").read_text() == "empty index" and index.read_docs(gen) == {}
    assert index.read_expansions(gen) == {"pinyin": {}, "english": {}}


def test_next_generation_copies_the_live_one_unless_empty(tmp_path):
    ix = tmp_path / "ix"
    first = index.new_generation(ix, create)
    (first / "engine.bin").write_text("one document")
    index.write_docs(first, {"a": {"title": "甲", "path": "/srv/a.txt"}})
    index.write_expansions(first, {"pinyin": {"jia": ["甲"]}, "english": {}})
    index.publish(ix, first)
    second = index.new_generation(ix, create)
    assert second.name == "gen-000002" and (second / "engine.bin").read_text() == "one document"
    assert index.read_docs(second) == {"a": {"title": "甲"}}  # a server path is never read back
    assert index.read_expansions(second)["pinyin"] == {"jia": ["甲"]}
    index.discard(second)
    third = index.new_generation(ix, create, empty=True)
    assert (third / "engine.bin").read_text() == "empty index" and index.read_docs(third) == {}


def test_publish_swaps_current_and_keeps_the_last_two(tmp_path):
    ix = tmp_path / "ix"
    for n in range(1, 5):
        gen = index.new_generation(ix, create)
        index.publish(ix, gen)
        assert index.current_generation(ix) == gen == ix / f"gen-{n:06d}"
    assert gens(ix) == ["gen-000003", "gen-000004"]
    assert not list(ix.glob(".CURRENT.*"))


def test_sweep_removes_builds_newer_than_current(tmp_path):
    ix = tmp_path / "ix"
    index.publish(ix, index.new_generation(ix, create))
    index.new_generation(ix, create)  # a build a killed ingest left behind
    assert gens(ix) == ["gen-000001", "gen-000002"]
    index.sweep(ix)
    assert gens(ix) == ["gen-000001"] and index.current_generation(ix) == ix / "gen-000001"


def test_a_pointer_to_a_missing_generation_is_no_index(tmp_path):
    ix = tmp_path / "ix"
    ix.mkdir()
    assert index.current_generation(ix) is None
    (ix / "CURRENT").write_text("gen-000009")
    assert index.current_generation(ix) is None


def test_writer_lock_is_exclusive(tmp_path):
    ix = tmp_path / "ix"
    with index.writer_lock(ix):
        with pytest.raises(IndexBusy, match="another `kb ingest` is running"):
            with index.writer_lock(ix, wait=0.3):
                pass
    with index.writer_lock(ix, wait=0):
        pass


def test_a_generation_records_its_backend_and_another_backend_rebuilds_it(tmp_path, monkeypatch):
    """KB_BACKEND picks the engine of new generations; a generation says which engine wrote it
    (the server opens it with that one), and an ingest under another backend rebuilds the index
    whole rather than add segments of one engine to another's."""
    from kb import backends
    from kb.ingest import ingest
    from kb.search import KB

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "第一条 宁波市推进港口建设。\n\n第二条 杭州市发展数字经济。\n", "utf-8"
    )
    ix = tmp_path / "ix"
    ingest(corpus, ix, progress=False, workers=1)
    first = index.current_generation(ix)
    assert index.backend_of(first) == "whoosh"
    assert ingest(corpus, ix, progress=False, workers=1).unchanged == 1

    # the same engine registered under a second name stands in for another backend
    monkeypatch.setitem(backends.BACKENDS, "other", backends.BACKENDS["whoosh"])
    monkeypatch.setenv("KB_BACKEND", "other")
    summary = ingest(corpus, ix, progress=False, workers=1)
    assert (summary.added, summary.unchanged) == (1, 0)
    assert index.backend_of(index.current_generation(ix)) == "other"
    assert KB(ix).search("港口")["total"] == 1


def test_an_unknown_backend_is_named_in_a_one_line_error(monkeypatch):
    from kb.backends import backend
    from kb.errors import KBError

    monkeypatch.setenv("KB_BACKEND", "solr")
    expected = r"^unknown search backend 'solr'; choose one of tantivy, whoosh$"
    with pytest.raises(KBError, match=expected):
        backend()


def test_an_index_from_an_older_version_is_a_one_line_error_then_rebuilt(tmp_path, monkeypatch):
    """Whoosh pickles the schema with the analyzer's module path: an index written before that
    module moved (kb/analysis.py became kb/backends/whoosh/analysis.py) cannot be unpickled. The
    search says so in one line; the next ingest rebuilds it whole."""
    import subprocess
    import sys

    from kb.errors import IndexOutdated
    from kb.ingest import ingest
    from kb.search import KB

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("第一条 宁波市推进港口建设。\n", "utf-8")
    ix = tmp_path / "ix"
    ingest(corpus, ix, progress=False, workers=1)
    gen = index.current_generation(ix)
    # rewrite the generation's schema with an analyzer from a module that then disappears
    old = tmp_path / "oldmods"
    old.mkdir()
    (old / "kb_gone_analysis.py").write_text(
        "from kb.backends.whoosh.analysis import KBTokenizer\n"
        "class OldTokenizer(KBTokenizer):\n    pass\n",
        "utf-8",
    )
    script = (
        "import shutil, sys\n"
        "from pathlib import Path\n"
        "from whoosh import index as windex\n"
        "from whoosh.fields import TEXT\n"
        "import kb_gone_analysis\n"
        "from kb.backends.whoosh.schema import schema\n"
        "gen = Path(sys.argv[1])\n"
        "s = schema()\n"
        "s.remove('text')\n"
        "s.add('text', TEXT(analyzer=kb_gone_analysis.OldTokenizer(), phrase=True))\n"
        "for p in gen.iterdir():\n"
        "    if p.name not in ('docs.json', 'expand.json', 'BACKEND'):\n"
        "        p.unlink() if p.is_file() else shutil.rmtree(p)\n"
        "windex.create_in(str(gen), s)\n"
    )
    env = {**__import__("os").environ, "PYTHONPATH": str(old)}
    subprocess.run([sys.executable, "-c", script, str(gen)], check=True, env=env)

    with pytest.raises(IndexOutdated, match=r"older version of kb .*run `kb ingest --rebuild`$"):
        KB(ix).search("港口")
    summary = ingest(corpus, ix, progress=False, workers=1)
    assert (summary.added, summary.unchanged) == (1, 0)
    assert KB(ix).search("港口")["total"] == 1


def test_an_index_with_other_fields_asks_for_an_ingest(tmp_path, monkeypatch):
    """A generation written before a field was added (the list lead-in, session 14) would fail
    on the first query that names the field: the search says in one line to run `kb ingest`, the
    page answers 503 with it, and once the fields agree the search works again."""
    from whoosh.fields import TEXT

    from kb.backends.whoosh import schema as whoosh_schema
    from kb.errors import IndexOutdated
    from kb.ingest import ingest
    from kb.search import KB
    from kb.web import create_app

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("第一条 宁波市推进港口建设。\n", "utf-8")
    ix = tmp_path / "ix"
    ingest(corpus, ix, progress=False, workers=1)
    today = whoosh_schema.schema

    def with_a_new_field():
        s = today()
        s.add("newer", TEXT())
        return s

    monkeypatch.setattr(whoosh_schema, "schema", with_a_new_field)
    with pytest.raises(IndexOutdated, match=r"older version of kb; run `kb ingest`$"):
        KB(ix).search("港口")
    client = create_app({"TESTING": True, "INDEX": str(ix)}).test_client()
    resp = client.get("/api/search?q=港口")
    assert resp.status_code == 503 and "older version of kb" in resp.get_json()["error"]
    monkeypatch.undo()
    assert KB(ix).search("港口")["total"] == 1
