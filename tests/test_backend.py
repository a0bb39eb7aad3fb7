"""Conformance tests of the search backends (kb/backends/base.py): every registered backend must
pass them. Measures here are small texts written for these tests, not the seeds."""

from __future__ import annotations

import pytest

from kb.backends import BACKENDS, backend
from kb.chinese import Tok, tokens
from kb.errors import KBError
from kb.model import Measure
from tests.backend_helpers import older_schema


@pytest.fixture(params=sorted(BACKENDS))
def be(request):
    return backend(request.param)


def test_an_unknown_backend_is_a_clear_error():
    with pytest.raises(KBError, match="unknown search backend 'nosuch'; choose one of whoosh"):
        backend("nosuch")


# --- Writing a generation -------------------------------------------------------------------

# Two short documents of our own; 码头 is in both, 湿地 and wharf only in one each.
DOC_A = ["宁波建设集装箱码头。", "保护杭州湾湿地。", "湿地公园对外开放。"]
DOC_B = ["舟山新建散货码头。", "The new wharf opens in 2026."]


def measures(doc_id: str, texts: list[str]) -> list[Measure]:
    return [
        Measure(doc_id=doc_id, para=i, text=t, lang="en" if t.isascii() else "zh")
        for i, t in enumerate(texts, 1)
    ]


def add(writer, doc_id: str, texts: list[str], facets: dict | None = None) -> None:
    for m in measures(doc_id, texts):
        writer.add(m, tokens(m.text), facets or {"genre": "plan", "year": "2024"})


def new_gen(be, path):
    path.mkdir()
    be.create(path)
    return path


def commit(be, gen, *shares, delete=()):
    """One share writer per list of (doc_id, texts); the parent deletes `delete` and commits."""
    handles = []
    for share in shares:
        sw = be.share_writer(gen)
        for doc_id, texts in share:
            add(sw, doc_id, texts)
        handles.append(sw.finish())
    w = be.writer(gen)
    w.delete(delete)
    w.commit(handles)


def live(be, gen) -> int:
    return sum(n for _, n in be.segments(gen))


def test_a_new_generation_is_empty(be, tmp_path):
    gen = new_gen(be, tmp_path / "g")
    assert live(be, gen) == 0 and be.vocabulary(gen) == {}
    assert be.schema_is_current(gen)


def test_two_share_writers_commit_together(be, tmp_path):
    gen = new_gen(be, tmp_path / "g")
    commit(be, gen, [("a", DOC_A)], [("b", DOC_B)])
    assert live(be, gen) == 5
    vocab = be.vocabulary(gen)
    assert (vocab["码头"], vocab["湿地"], vocab["wharf"]) == (2, 2, 1)
    assert "集装箱" in vocab and "舟山" in vocab


def test_a_share_writer_with_nothing_added_gives_no_segment(be, tmp_path):
    gen = new_gen(be, tmp_path / "g")
    assert be.share_writer(gen).finish() is None
    commit(be, gen, [("a", DOC_A)], [])
    assert live(be, gen) == 3


def test_the_writer_indexes_the_tokens_it_is_given(be, tmp_path):
    """Tokens travel with the measure: the backend indexes them and never segments the text."""
    gen = new_gen(be, tmp_path / "g")
    sw = be.share_writer(gen)
    (m,) = measures("a", ["宁波建设集装箱码头。"])
    sw.add(m, (Tok("甲乙", 0, 0, 2), Tok("丙丁", 1, 2, 4)), {"genre": "plan"})
    be.writer(gen).commit([sw.finish()])
    assert be.vocabulary(gen) == {"甲乙": 1, "丙丁": 1}


def test_delete_by_doc_id_and_recommit(be, tmp_path):
    gen = new_gen(be, tmp_path / "g")
    commit(be, gen, [("a", DOC_A)], [("b", DOC_B)])
    commit(be, gen, delete=["a"])
    assert live(be, gen) == 2
    vocab = be.vocabulary(gen)
    assert "湿地" not in vocab and vocab["码头"] == 1
    # a replaced document: deleted and added again in one commit
    commit(be, gen, [("b", DOC_B[:1])], delete=["b"])
    assert live(be, gen) == 1 and "wharf" not in be.vocabulary(gen)


def test_compaction_keeps_segments_and_deletions_bounded(be, tmp_path):
    gen = new_gen(be, tmp_path / "g")
    texts = [f"第{i}号码头扩建工程。" for i in range(4)]
    for round_no in range(4):
        shares = [[(f"d{round_no}-{k}", texts)] for k in range(3)]
        replaced = [f"d{round_no - 1}-0"] if round_no else []
        commit(be, gen, *shares, delete=replaced)
        segments = be.segments(gen)
        assert len(segments) <= be.MAX_SEGMENTS
        assert all(stored - n <= be.MAX_DELETED_SHARE * stored for stored, n in segments)
        assert live(be, gen) == 4 * (3 * (round_no + 1) - round_no)


def test_a_cancelled_writer_leaves_the_generation_as_it_was(be, tmp_path):
    gen = new_gen(be, tmp_path / "g")
    commit(be, gen, [("a", DOC_A)], [("b", DOC_B)])
    before = (be.segments(gen), be.vocabulary(gen))
    sw = be.share_writer(gen)
    add(sw, "c", ["温州新建码头。"])
    handle = sw.finish()
    w = be.writer(gen)
    w.delete(["a"])
    w.cancel()
    assert (be.segments(gen), be.vocabulary(gen)) == before
    aborted = be.share_writer(gen)
    add(aborted, "d", ["台州新建码头。"])
    aborted.abort()
    be.writer(gen).commit([handle])  # the finished share is still good; the aborted one is gone
    assert live(be, gen) == 6 and "温州" in be.vocabulary(gen) and "台州" not in be.vocabulary(gen)


@pytest.mark.parametrize("name", sorted(BACKENDS))
def test_an_older_schema_is_not_current(name, tmp_path, monkeypatch):
    be = backend(name)
    with older_schema(monkeypatch, name):
        old = new_gen(be, tmp_path / "old")
    assert not be.schema_is_current(old)
    assert be.schema_is_current(new_gen(be, tmp_path / "new"))
