"""The tantivy backend gives Whoosh's answers: on the exact corpus (tests/data/exact) and on the
development gold's documents (corpus/, the seeds), every query of the gold's query set and a few of
our own, with and without filters, in each sort: the same totals, partial counts and facet counts,
the same hits in reading and date order, and the same top 10 by relevance up to near-ties.

Scores cannot agree to the last digit: tantivy stores field lengths in other steps than Whoosh
(both lossy above a few dozen tokens), and Whoosh weighs a heading by multiplying term frequencies
(kb/backends/tantivy/query.py). "Up to near-ties" is checked on Whoosh's own scores: the tantivy
top 10, read with Whoosh's score of each measure, is in Whoosh's order where those scores differ by
more than TIE, and a measure of Whoosh's top 10 left out of tantivy's scores within TIE of the
lowest one tantivy kept.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kb.ingest import ingest
from kb.search import KB

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "eval" / "dev" / "queries.json"
OURS = [
    "港口",
    "宁波 港口",
    "杭州",
    "-港口",
    "数字 OR 港口",
    '"数字经济"',
    "港口 -宁波",
    "port",
    "hangzhouwan",
]
FILTERS = ({}, {"city": ["ningbo"]}, {"theme": ["innovation"], "kind": ["measure"]})
TIE = 0.06  # relative difference of two Whoosh scores that tantivy's lengths may swap
DEEP = 100  # Whoosh's scores of the measures beyond its own top 10


def queries() -> list[str]:
    gold = [q["query"] for q in json.loads(GOLD.read_text("utf-8"))] if GOLD.exists() else []
    return gold + OURS


def build(corpus: Path, tmp: Path, backend: str, monkeypatch) -> KB:
    monkeypatch.setenv("KB_BACKEND", backend)
    ix = tmp / f"ix-{backend}"
    summary = ingest(corpus, ix, progress=False)
    assert not summary.errors
    return KB(ix)


@pytest.fixture(scope="module", params=["exact", "seeds"])
def pair(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp(request.param)
    if request.param == "exact":
        corpus = tmp / "corpus"
        shutil.copytree(ROOT / "tests" / "data" / "exact", corpus)
    else:
        corpus = ROOT / "corpus"
    with pytest.MonkeyPatch.context() as mp:
        kbs = {name: build(corpus, tmp, name, mp) for name in ("whoosh", "tantivy")}
    yield kbs
    for kb in kbs.values():
        kb.close()


def same_top(whoosh: list[dict], tantivy: list[dict], deep: dict[str, float]) -> str | None:
    """Why two relevance-ranked pages differ beyond near-ties (None: they agree)."""
    if [h["partial"] for h in whoosh] != [h["partial"] for h in tantivy]:
        return "partial matches differ"
    missing = [h["id"] for h in tantivy if h["id"] not in deep]
    if missing:
        return f"{missing} not among Whoosh's {DEEP} best"
    ws = [deep[h["id"]] for h in tantivy]
    for i, a in enumerate(ws):
        for j in range(i + 1, len(ws)):
            same_group = tantivy[i]["partial"] == tantivy[j]["partial"]
            if same_group and ws[j] > a * (1 + TIE):
                return f"{tantivy[j]['id']} ({ws[j]}) after {tantivy[i]['id']} ({a})"
    kept = {h["id"] for h in tantivy}
    floor = min(ws, default=0.0)
    for h in whoosh:
        if h["id"] not in kept and deep[h["id"]] > floor * (1 + TIE):
            return f"{h['id']} ({deep[h['id']]}) left out, lowest kept {floor}"
    return None


@pytest.mark.slow
def test_tantivy_answers_as_whoosh_does(pair):
    whoosh, tantivy = pair["whoosh"], pair["tantivy"]
    asked = 0
    for q in queries():
        for flt in FILTERS:
            for sort in ("relevance", "order", "date"):
                w = whoosh.search(q, limit=10, sort=sort, collapse=False, **flt)
                t = tantivy.search(q, limit=10, sort=sort, collapse=False, **flt)
                what = (q, flt, sort)
                assert (t["total"], t["partial"], t["relaxed"]) == (
                    w["total"],
                    w["partial"],
                    w["relaxed"],
                ), what
                assert t["facets"] == w["facets"], what
                if sort != "relevance":
                    assert [h["id"] for h in t["hits"]] == [h["id"] for h in w["hits"]], what
                    continue
                wide = whoosh.search(q, limit=DEEP, sort=sort, collapse=False, **flt)
                deep = {h["id"]: h["score"] for h in wide["hits"]}
                assert same_top(w["hits"], t["hits"], deep) is None, (
                    what,
                    same_top(w["hits"], t["hits"], deep),
                )
                asked += 1
    assert asked >= len(OURS) * len(FILTERS)


def test_near_ties_are_told_from_real_differences():
    """The comparison itself: a swap within TIE passes, a wider one or a missing measure not."""
    w = [{"id": i, "partial": False} for i in "abc"]
    deep = {"a": 3.0, "b": 2.0, "c": 1.96, "d": 1.5}
    assert same_top(w, [w[0], w[2], w[1]], deep) is None
    assert same_top(w, [w[1], w[0], w[2]], deep) is not None
    assert same_top(w, [w[0], w[1], {"id": "d", "partial": False}], deep) is not None
    assert same_top(w, [w[0], w[1], {"id": "x", "partial": False}], deep) is not None
