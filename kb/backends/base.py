"""The protocols a search backend implements; tests/test_backend.py checks any backend against them.

A backend reads (a `Searcher` over one published generation) and writes generations. Measures are
the dicts of CONTRACT.md; a query is a `kb.plan.Plan` of our own node types. Inside one searcher a
measure is named by a `Ref`, an opaque handle the backend chooses (Whoosh: a document number),
valid only for that searcher.

Writing happens in two kinds of process: worker processes each fill a share writer (their measures
become a segment, a handle the worker returns to the parent), and the parent's generation writer
deletes replaced documents and commits the shares' segments at once, so a reader sees either the
previous generation or the whole new one. A backend owns the files it writes inside a generation
folder (made by kb/index.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Hashable, Protocol, runtime_checkable

from kb.plan import Node, Plan

if TYPE_CHECKING:
    from kb.chinese import Tok
    from kb.model import Measure

Ref = Hashable
Segment = Any  # a backend's handle on what one share writer wrote: picklable, opaque to callers


@dataclass(frozen=True)
class Found:
    """What one search found.

    total: measures matching the whole plan (`plan.main`) and every filter: full matches only.
    ranked: (ref, score) best first in the sort asked for, the full matches then the partial
        ones; at least offset + limit of them when there are that many, none when
        total + partial_total <= offset. Scores are 0 unless sorted by relevance.
    partial: the refs among `ranked` that match only some units of the query.
    relaxed: nothing matched the whole query, so every hit is a partial match (total is 0).
    partial_total: how many partial matches (with every filter) follow the full ones.
    incomplete: some measures, filters aside, match only part of the query (a word may be
        missing: the search layer then looks for suggestions).
    facets: for each facet field asked for, each value's count among the full matches with every
        filter applied except that field's own (disjunctive counts); values counted 0 left out.
        The documents field (`doc_id`) may be cut to the documents with the most matches (the
        tantivy backend keeps 1,000: a page shows 30, and twenty thousand counts cost more than
        the search).
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
    (replaced) measures are never matched, counted or returned (statistics aside: see `df`)."""

    @property
    def size(self) -> int:
        """How many live measures the generation holds."""

    def df(self, word: str) -> int:
        """How many measures hold this token in their text (0 for an unknown one). A statistic
        for ranking and query expansion: a deleted measure may count until the backend compacts
        what holds it (Whoosh: its segment)."""

    def idf(self, word: str) -> float:
        """The text field's inverse document frequency of a token (higher: rarer)."""

    def vocabulary(self) -> dict[str, int]:
        """Every Chinese token of the text field with its measure count, as `df` (for
        suggestions)."""

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
        order) or "date" (newest document first, undated last, then reading order). A plan with
        nothing to score (no words, or only excluded ones: kb.plan.scoring_leaves is empty) is
        listed in reading order."""

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


class ReadingBackend(Protocol):
    """The reading half of a backend module (kb.backends.backend(name))."""

    def open(self, gen: Path) -> Searcher:
        """A searcher over the published generation folder `gen` (kb/index.py made it)."""


class ShareWriter(Protocol):
    """Adds measures to a segment of its own, in a worker process; no lock is taken."""

    def add(
        self,
        measure: Measure,
        tokens: Sequence[Tok],
        facets: Mapping[str, Sequence[str]],
        lead: str = "",
        title: str = "",
    ) -> None:
        """Index `measure` with `tokens` (kb.chinese.tokens of its text, which the caller already
        made for tagging: the backend must not segment the text again) and its facet values
        (kb.facets.values_of: each facet field of the table → the values the measure carries,
        none, one, or several for a `multi` facet), which it filters and counts by. `lead` (the
        lead-in of the list the measure is an item of, kb.segment.lead_ins) goes in the `lead`
        field: it matches as the text does, scored at LEAD_BOOST. `title` (the document's title,
        none when it was made up from the first line) goes in the `title` field, which only a
        partial match reads (kb/plan.py TITLE_FIELD)."""

    def finish(self) -> Segment | None:
        """Close the segment: its handle for GenerationWriter.commit, or None if nothing was
        added."""

    def abort(self) -> None:
        """Drop what was added (after an error); the generation is left as it was."""


class GenerationWriter(Protocol):
    """The parent's writer of a generation: one at a time (kb/index.py's writer lock)."""

    def delete(self, doc_ids: Iterable[str]) -> None:
        """Delete every measure of these documents (replaced or removed ones) at the commit."""

    def commit(self, segments: Iterable[Segment]) -> None:
        """Apply the deletions and add the shares' segments in one step, compacting on the way so
        that deleted measures and the segment count stay bounded (MAX_DELETED_SHARE and
        MAX_SEGMENTS of the backend); afterwards the generation is complete and can be opened."""

    def cancel(self) -> None:
        """Give up: nothing is committed (the caller then discards the generation)."""


class WritingBackend(Protocol):
    """The writing half of a backend module (kb.backends.backend(name))."""

    MAX_SEGMENTS: int
    MAX_DELETED_SHARE: float

    def create(self, gen: Path) -> None:
        """Make an empty index in the (empty) generation folder `gen`."""

    def schema_is_current(self, gen: Path) -> bool:
        """Whether `gen` was written with today's fields; if not, an ingest rebuilds it whole."""

    def share_writer(self, gen: Path) -> ShareWriter:
        """A writer for one worker process; several may write into one generation at once."""

    def writer(self, gen: Path) -> GenerationWriter:
        """The parent's writer of `gen`."""

    def vocabulary(self, gen: Path) -> dict[str, int]:
        """Every indexed word of the measures' text (Chinese and English), with the number of
        measures holding it: what kb/ingest.py builds a generation's expansion maps from."""

    def segments(self, gen: Path) -> list[tuple[int, int]]:
        """(measures stored, measures live) of each segment: what compaction keeps bounded."""


@runtime_checkable
class Backend(ReadingBackend, WritingBackend, Protocol):
    """What a backend module (kb.backends.backend(name)) offers: reading and writing."""
