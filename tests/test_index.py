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
