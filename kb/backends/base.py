"""The protocols a search backend implements; tests/test_backend.py checks any backend against them.

A backend reads (a `Searcher` over one published generation) and writes generations. Measures are
the dicts of CONTRACT.md; a query is a `kb.plan.Plan` of our own node types. Inside one searcher a
measure is named by a `Ref`, an opaque handle the backend chooses (Whoosh: a document number),
valid only for that searcher.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Hashable, Protocol

from kb.plan import Node, Plan

Ref = Hashable


@dataclass(frozen=True)
class Found:
    """What one search found.

    total: measures matching the plan (or its relaxed form, see `relaxed`) and every filter.
    ranked: (ref, score) best first in the sort asked for; at least offset + limit of them when
        there are that many, none when total <= offset. Scores are 0 unless sorted by relevance.
    partial: the refs among `ranked` that match only some units of the query.
    relaxed: nothing matched the whole query, so every hit is a partial match.
    partial_total: how many of `total` are partial matches.
    incomplete: some measures, filters aside, match only part of the query (a word may be
        missing: the search layer then looks for suggestions).
    facets: for each facet field asked for, each value's count among the matches with every
        filter applied except that field's own (disjunctive counts); values counted 0 left out.
    """

    total: int
    ranked: list[tuple[Ref, float]] = field(default_factory=list)
    partial: frozenset = frozenset()
    relaxed: bool = False
    partial_total: int = 0
    incomplete: bool = False
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


class Searcher(Protocol):
    """One published generation opened for reading, shared by the threads of a server. Deleted
    (replaced) measures are never counted, matched or returned."""

    maps: dict  # the generation's expansion maps (kb.plan.Lexicon)

    @property
    def size(self) -> int:
        """How many live measures the generation holds."""

    def df(self, word: str) -> int:
        """How many live measures hold this token in their text (0 for an unknown one)."""

    def idf(self, word: str) -> float:
        """The text field's inverse document frequency of a token (higher: rarer)."""

    def vocabulary(self) -> dict[str, int]:
        """Every Chinese token of the text field with its measure count (for suggestions)."""

    def count(self, node: Node) -> int:
        """How many live measures a query node matches."""

    def search(
        self,
        plan: Plan,
        filters: Mapping[str, Sequence[str]],
        sort: str = "relevance",
        offset: int = 0,
        limit: int = 10,
        facets: Sequence[str] = (),
    ) -> Found:
        """Run a plan. `filters`: index field → values, OR within a field and AND across fields.
        When fewer than kb.ranking.FEW_MATCHES measures match `plan.main`, those matching
        `plan.relaxed` follow them as partial matches; when none does, the relaxed ones are the
        hits (`Found.relaxed`). `sort`: "relevance" (BM25 summed over the plan's scoring leaves,
        the policy of kb/ranking.py: kind weights, languages scaled, partial matches weighed by
        coverage, proximity of `plan.near`; ties by ref), "order" (document id, then reading
        order) or "date" (newest document first, undated last, then reading order). A plan that
        matches everything unranked (`Everything`) is listed in reading order."""

    def load(self, ref: Ref) -> dict:
        """The measure a ref of this searcher names (a fresh dict the caller may change)."""

    def measure(self, measure_id: str) -> dict | None:
        """The live measure with this id, None when there is none."""

    def iter_measures(
        self, doc_id: str | None = None, paras: tuple[int, int] | None = None
    ) -> Iterator[dict]:
        """Live measures in reading order (document id, then para): all, one document's, or its
        paras lo..hi inclusive; each loaded as it is yielded."""

    def top(self, node: Node, limit: int) -> list[tuple[Ref, float]]:
        """The `limit` best measures a node matches by plain BM25 (no ranking policy)."""

    def cross_counts(self, field_a: str, field_b: str) -> dict[tuple[str, str], int]:
        """Live measures counted by each pair of values of two facet fields (pairs counted 0
        left out)."""

    def close(self) -> None:
        """Release open files; the searcher is not used afterwards."""
