"""The Whoosh backend's read side: a `Searcher` (kb/backends/base.py) over one generation.

Whoosh matches and scores document by document in Python, which is slow over large posting lists;
so a plan is run here by set algebra on posting lists read once and kept in memory (a popular word
is read from the index once; a query is then set operations and sums at C speed), scored by the
same BM25F Whoosh would give. Facets are counted by intersecting each value's measures (facets.json,
read at open) with the matches.
"""

from __future__ import annotations

import heapq
import json
import threading
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from operator import itemgetter
from pathlib import Path

from whoosh import query as Q

from kb import index, ranking, suggest
from kb.backends.base import Found
from kb.backends.whoosh.store import load_facets, open_index
from kb.plan import (
    AllOf,
    AnyOf,
    Everything,
    Node,
    Not,
    Phrase,
    Plan,
    Term,
    scoring_leaves,
)

CACHE_POSTINGS = 1_500_000  # scored postings kept in memory (a dict entry each)
COLUMN_FROM = 2  # a facet with more values than this is also kept as a column (see count_values)


def to_whoosh(node: Node):
    """The Whoosh query of a plan node (an unknown node type raises TypeError). An exclusion is
    And([x, Not(y)]), not Whoosh's AndNot: its matcher never checks the first match of a segment
    against the excluded postings when those start earlier (2.7.5), so `港口 -宁波` could return a
    paragraph about 宁波."""
    if isinstance(node, Term):
        return Q.Term(node.field, node.text, boost=node.boost)
    if isinstance(node, Phrase):
        return Q.Phrase(node.field, list(node.words), slop=node.slop, boost=node.boost)
    if isinstance(node, AnyOf):
        return Q.Or([to_whoosh(p) for p in node.parts], boost=node.boost)
    if isinstance(node, AllOf):
        return Q.And([to_whoosh(p) for p in node.parts], boost=node.boost)
    if isinstance(node, Not):
        return Q.Not(to_whoosh(node.node))
    if isinstance(node, Everything):
        return Q.Every()
    raise TypeError(f"not a query node: {type(node).__name__}")


def _column(values: Mapping[str, set[int]], n: int) -> tuple[list[int], list[tuple[str, ...]]]:
    """Each measure's values of a facet as a number, and the values each number stands for (a
    number counts faster than the tuple it names)."""
    held: list[tuple[str, ...]] = [()] * n
    for v, ids in values.items():
        for d in ids:
            held[d] += (v,)
    number: dict[tuple[str, ...], int] = {}
    column = [number.setdefault(t, len(number)) for t in held]
    return column, list(number)


def _leaf_key(node: Term | Phrase) -> tuple:
    if isinstance(node, Term):
        return (node.field, node.text)
    return (node.field, node.words, node.slop)


class WhooshSearcher:
    """One generation opened once and shared by threads (each gets its own Whoosh searcher)."""

    def __init__(self, gen: Path):
        self.gen = Path(gen)
        self.ix = open_index(self.gen)
        self.local = threading.local()
        self._leaves: dict[tuple, dict[int, float]] = {}
        self._leaves_lock = threading.Lock()
        self._cached = 0
        self._searchers: dict[int, object] = {}
        self._searchers_lock = threading.Lock()
        self._vocab: dict[str, int] | None = None
        self._dates: dict[str, str] | None = None
        with self.ix.reader() as r:
            self.n = r.doc_count_all()
            self.live = set(r.all_doc_ids()) if r.has_deletions() else set(range(self.n))
        # facet value -> its live measures; facets are counted by set intersections (C speed)
        self.postings: dict[str, dict[str, set[int]]] = {
            fname: {t: set(ids) & self.live for t, ids in values.items()}
            for fname, values in load_facets(self.ix, self.gen).items()
        }
        self.kind_of: list[str] = [""] * self.n
        for t, ids in self.postings.get("kind", {}).items():
            for d in ids:
                self.kind_of[d] = t
        # facet field -> each measure's values: a facet of many values is counted over the
        # matches, not by intersecting every value's measures with them (count_values)
        self.columns: dict[str, tuple[list[int], list[tuple[str, ...]]]] = {
            fname: _column(values, self.n)
            for fname, values in self.postings.items()
            if len(values) > COLUMN_FROM
        }
        self.held = {f: sum(map(len, values.values())) for f, values in self.postings.items()}

    # ---- statistics ----------------------------------------------------------------------------

    @property
    def size(self) -> int:
        return len(self.live)

    def df(self, word: str) -> int:
        return self.searcher().doc_frequency("text", word)

    def idf(self, word: str) -> float:
        return self.searcher().idf("text", word)

    def vocabulary(self) -> dict[str, int]:
        """Read once, when a query first needs suggestions."""
        if self._vocab is None:
            with self.ix.reader() as r:
                self._vocab = {
                    w: info.doc_frequency()
                    for t, info in r.iter_field("text")
                    if suggest.CJK.match(w := t.decode("utf-8") if isinstance(t, bytes) else t)
                }
        return self._vocab

    # ---- matching and scoring ------------------------------------------------------------------

    def leaf(self, node: Term | Phrase) -> dict[int, float]:
        """BM25F score of a term or phrase (without its boost) in each live measure it matches.

        Kept in memory, least recently used dropped first, up to CACHE_POSTINGS entries in all."""
        key = _leaf_key(node)
        with self._leaves_lock:
            hit = self._leaves.pop(key, None)
            if hit is not None:
                self._leaves[key] = hit  # most recently used last; eviction takes the first
                return hit
        s = self.searcher()
        boost = node.boost or 1.0
        if isinstance(node, Term):
            scores = {}
            if s.doc_frequency(node.field, node.text):
                m = s.postings(node.field, node.text)
                while m.is_active():
                    scores[m.id()] = m.score()
                    m.next()
        else:
            scores = {h.docnum: h.score / boost for h in s.search(to_whoosh(node), limit=None)}
        if len(self.live) < self.n:
            scores = {d: v for d, v in scores.items() if d in self.live}
        with self._leaves_lock:
            self._leaves[key] = scores
            self._cached += len(scores)
            while self._cached > CACHE_POSTINGS and len(self._leaves) > 1:
                self._cached -= len(self._leaves.pop(next(iter(self._leaves))))
        return scores

    def matches(self, node: Node) -> set[int]:
        """The live measures a node matches, by set algebra on cached postings rather than
        Whoosh's matchers (Python, document by document)."""
        if isinstance(node, (Term, Phrase)):
            return set(self.leaf(node))
        if isinstance(node, Everything):
            return set(self.live)
        if isinstance(node, AnyOf):
            out: set[int] = set()
            for sub in node.parts:
                out |= self.matches(sub)
            return out
        if isinstance(node, AllOf):
            positive = [p for p in node.parts if not isinstance(p, Not)]
            out = self.matches(positive[0]) if positive else set(self.live)
            for sub in node.parts:
                if sub is positive[0] or not out:
                    continue
                if isinstance(sub, Not):
                    out -= self.matches(sub.node)
                else:
                    out &= self.matches(sub)
            return out
        if isinstance(node, Not):
            return self.live - self.matches(node.node)
        raise TypeError(f"not a query node: {type(node).__name__}")

    def count(self, node: Node) -> int:
        return len(self.matches(node))

    def rank(
        self, node: Node, allowed: set[int], depth: int
    ) -> tuple[list[tuple[int, float]], float]:
        """The `depth` best of the allowed measures: the sum of their matching terms' and phrases'
        boosted scores, as Whoosh's And/Or would give; and the largest boost that scored the best
        (1 when the query's own words matched it, less when only a translation did)."""
        # a leaf the plan holds twice (a city read as its name and as its tag) is scored once,
        # with its boosts summed; the largest boost is looked up for the best measure alone
        leaves: dict[tuple, list] = {}
        for leaf, boost in scoring_leaves(node):
            key = _leaf_key(leaf)
            if key not in leaves:  # the table is looked up once a leaf, not once a holding
                leaves[key] = [self.leaf(leaf), 0.0, 0.0]
            entry = leaves[key]
            entry[1] += boost
            entry[2] = max(entry[2], boost)
        scores: dict[int, float] = {}
        for table, boost, _ in leaves.values():
            common = table.keys() & allowed
            if not scores:
                scores = {d: boost * table[d] for d in common}
                continue
            get = scores.get
            for d in common:
                scores[d] = get(d, 0.0) + boost * table[d]
        top = heapq.nlargest(depth, scores.items(), key=itemgetter(1))
        if not top:
            return top, 0.0
        best = top[0][0]
        return top, max(strongest for table, _, strongest in leaves.values() if best in table)

    def _by_language(self, node: Node, allowed: set[int], depth: int) -> list[tuple[int, float]]:
        """The best measures of each language, merged by the policy of kb/ranking.py."""
        langs = self.postings.get("lang", {})
        pools = [allowed & ids for ids in langs.values()]
        rest = allowed.difference(*langs.values()) if langs else allowed
        pools = [p for p in pools + [rest] if p]
        per_language = [self.rank(node, pool, depth) for pool in pools]
        return ranking.merge_languages(per_language, self.kind_of.__getitem__, depth)

    def by_date(self, allowed: set[int], n: int) -> list[int]:
        """The first n allowed measures, newest document first (undated last), then reading
        order."""
        if self._dates is None:
            self._dates = {k: v.get("date") or "" for k, v in index.read_docs(self.gen).items()}
        members = self.postings.get("doc_id", {})
        date = {d: self._dates.get(d, "") for d in members}
        order = sorted((d for d in members if date[d]), key=lambda d: (date[d], d), reverse=True)
        order += sorted(d for d in members if not date[d])
        out: list[int] = []
        for doc_id in order:
            out += sorted(members[doc_id] & allowed)
            if len(out) >= n:
                break
        return out[:n]

    def search(
        self,
        plan: Plan,
        filters: Mapping[str, Sequence[str]],
        sort: str = "relevance",
        offset: int = 0,
        limit: int = 10,
        facets: Sequence[str] = (),
    ) -> Found:
        main, relaxed = plan.main, plan.relaxed
        base = self.matches(main)
        was_relaxed = False
        partial: set[int] = set()
        if not base and relaxed is not None:
            base = self.matches(relaxed)
            if base:  # "showing partial matches" only over matches
                main, was_relaxed = relaxed, True
        elif relaxed is not None and plan.partial_when_few and len(base) < ranking.FEW_MATCHES:
            # few measures have every word: those that have some follow them, marked as partial
            partial = self.matches(relaxed) - base
            base = base | partial
        sets = {f: self.filter_set(f, vals) for f, vals in filters.items()}
        allowed = base.intersection(*sets.values()) if sets else base
        # the facets count the full matches only (none when every hit is partial)
        full = set() if was_relaxed else base - partial
        counts, pools = {}, {}
        for fname in facets:
            # a facet is counted under the other facets' filters: the facets no filter names
            # share one pool, each filtered facet has its own (three intersections, not eight)
            others = tuple(g for g in sets if g != fname)
            if others not in pools:
                pools[others] = full.intersection(*(sets[g] for g in others)) if others else full
            counts[fname] = self.count_values(fname, pools[others])
        total = len(allowed)  # full and partial: what the ranked list holds
        ranked: list[tuple[int, float]] = []
        if total and offset < total:
            if sort == "date":
                ranked = [(d, 0.0) for d in self.by_date(allowed, offset + limit)]
            elif sort == "order" or not scoring_leaves(main):
                # nothing to rank by (no words, or only excluded ones: "-港口"): reading order
                res = self.searcher().search(
                    to_whoosh(relaxed if partial else main),
                    filter=allowed,
                    limit=offset + limit,
                    sortedby=["doc_id", "para"],
                )
                ranked = [(h.docnum, 0.0) for h in res]
            else:
                depth = max(ranking.RERANK_DEPTH, offset + limit)
                for node, pool, loose in (
                    (main, allowed - partial, was_relaxed),
                    (relaxed, allowed & partial, True),
                ):
                    if not pool:
                        continue
                    top = self._by_language(node, pool, depth)
                    first: set[int] = set()
                    if loose:
                        units = [self.matches(u) for u in plan.units]
                        titled = [self.matches(u) for u in plan.titled]
                        refs = [d for d, _ in top]
                        cover = ranking.coverage(
                            units, len(self.live), refs, plan.groups, plan.head, titled
                        )
                        top = ranking.relax(top, cover)
                        spoken = [self.matches(u) for u in plan.spoken]
                        first = ranking.said_with_title(units, refs, plan.groups, titled, spoken)
                    close = self._near([d for d, _ in top], plan.near) if plan.near else set()
                    ranked += ranking.by_proximity(top, close, first)
        partial_total = total if was_relaxed else len(allowed & partial)
        return Found(
            total=total - partial_total,
            ranked=ranked,
            partial=frozenset(d for d, _ in ranked if was_relaxed or d in partial),
            relaxed=was_relaxed,
            partial_total=partial_total,
            incomplete=was_relaxed or bool(partial),
            facets=counts,
        )

    def filter_set(self, fname: str, values: Sequence[str]) -> set[int]:
        """The measures holding any of a facet's values; one value's own set is read, not copied
        (a city of 100k measures holds tens of thousands), and never changed by the caller."""
        held = self.postings.get(fname, {})
        if len(values) == 1:
            return held.get(values[0], set())
        return set().union(*(held.get(v, set()) for v in values))

    def count_values(self, fname: str, pool: set[int]) -> dict[str, int]:
        """How many of the pool's measures hold each value of a facet (values held by none left
        out). Intersecting each value's measures with the pool probes up to the pool's size for
        every value (the 2,000 documents of 100k measures: about every measure of the index,
        whatever the pool); reading the pool's values from the column costs the pool, about
        twice a probe a measure. The cheaper of the two is taken."""
        values = self.postings.get(fname, {})
        if fname in self.columns and 2 * len(pool) < min(len(values) * len(pool), self.held[fname]):
            return self.counted_in_column(fname, pool)
        return {v: n for v, ids in values.items() if (n := len(ids & pool))}

    def counted_in_column(self, fname: str, pool: set[int]) -> dict[str, int]:
        """count_values read from the facet's column."""
        numbers, held = self.columns[fname]
        counts: Counter[str] = Counter()
        for k, n in Counter(map(numbers.__getitem__, pool)).items():
            for v in held[k]:
                counts[v] += n
        return dict(counts)

    def _near(self, docnums: list[int], words: Sequence[str]) -> set[int]:
        """Which of these measures have the query's words within ranking.PROXIMITY_WINDOW
        positions of each other, in order. Read from the positions of the top-ranked measures
        only: a phrase query would check every match in the index."""
        out: set[int] = set()
        wanted = sorted(docnums)
        for sub, offset in self.searcher().leaf_searchers():
            local = [d - offset for d in wanted if offset <= d < offset + sub.doc_count_all()]
            if not local:
                continue
            positions: list[dict[int, list[int]]] = []
            for w in words:
                found: dict[int, list[int]] = {}
                if (reader := sub.reader()).doc_frequency("text", w):
                    m = reader.postings("text", w)
                    for d in local:
                        if m.is_active() and m.id() < d:
                            m.skip_to(d)
                        if not m.is_active():
                            break
                        if m.id() == d:
                            found[d] = m.value_as("positions")
                positions.append(found)
            for d in local:
                if all(d in p for p in positions) and ranking.in_order_within(
                    [p[d] for p in positions]
                ):
                    out.add(d + offset)
        return out

    # ---- loading -------------------------------------------------------------------------------

    def load(self, ref: int) -> dict:
        return json.loads(self.searcher().stored_fields(ref)["data"])

    def measure(self, measure_id: str) -> dict | None:
        hit = self.searcher().document(id=measure_id)
        return None if hit is None else json.loads(hit["data"])

    def iter_measures(
        self, doc_id: str | None = None, paras: tuple[int, int] | None = None
    ) -> Iterator[dict]:
        q = Q.Term("doc_id", doc_id) if doc_id else Q.Every()
        if paras is not None:
            q = Q.And([q, Q.NumericRange("para", paras[0], paras[1])])
        for h in self.searcher().search(q, limit=None, sortedby=["doc_id", "para"]):
            yield json.loads(h["data"])

    def top(self, node: Node, limit: int) -> list[tuple[int, float]]:
        return [(h.docnum, h.score) for h in self.searcher().search(to_whoosh(node), limit=limit)]

    def cross_counts(self, field_a: str, field_b: str) -> dict[tuple[str, str], int]:
        return {
            (a, b): n
            for a, aids in self.postings.get(field_a, {}).items()
            for b, bids in self.postings.get(field_b, {}).items()
            if (n := len(aids & bids))
        }

    # ---- threads -------------------------------------------------------------------------------

    def searcher(self):
        """This thread's Whoosh searcher (they are not shared across threads). Searchers of
        threads that have ended are closed here, so their open files do not pile up."""
        s = getattr(self.local, "searcher", None)
        if s is None:
            s = self.ix.searcher()
            self.local.searcher = s
            me = threading.get_ident()
            with self._searchers_lock:
                alive = {t.ident for t in threading.enumerate()}
                for ident in [i for i in self._searchers if i not in alive or i == me]:
                    self._searchers.pop(ident).close()  # an ended thread's (or a reused ident's)
                self._searchers[me] = s
        return s

    def close(self) -> None:
        if not hasattr(self, "_searchers"):  # never opened
            return
        with self._searchers_lock:
            for s in self._searchers.values():
                s.close()
            self._searchers.clear()

    __del__ = (
        close  # a searcher nobody holds any more closes its files rather than leave them to GC
    )


def open(gen: Path) -> WhooshSearcher:  # noqa: A001 (the backend's verb, as in kb.backends)
    """The searcher of a published generation folder."""
    return WhooshSearcher(gen)
