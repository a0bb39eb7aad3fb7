"""The tantivy backend's read side: a `Searcher` (kb/backends/base.py) over one generation.

Matching, BM25 scoring, the best candidates of each language, facet counts (terms aggregations,
one per distinct set of filters: a facet is counted with every filter but its own) and sorting by
reading order run inside tantivy, in compiled code that releases the GIL, so server threads search
in parallel. The ranking policy (kb/ranking.py) then works on the few hundred best candidates,
as with Whoosh: kind weights, languages scaled, partial matches weighed by coverage, proximity.
A `Ref` is (segment ordinal, document number) in the searcher opened once per generation.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import tantivy

from kb import index, ranking, suggest
from kb.backends.base import Found
from kb.backends.tantivy.query import MUST, MUST_NOT, SHOULD, Q, Translator, whoosh_idf
from kb.backends.tantivy.schema import KIND_CODES, key, multi
from kb.backends.tantivy.store import open_index, read_meta
from kb.plan import Node, Phrase, Plan, scoring_leaves

MAX_BUCKETS = 1_000_000  # a terms aggregation lists every value (documents: one per corpus file)
NO_LANG = "\x00"  # the bucket of measures without a language
FACET_TOP = 1000  # the documents facet lists the documents with the most matches, at most this many


def _and(*parts: tantivy.Query) -> tantivy.Query:
    """Every part matches; scores only what the first part scores (the others filter)."""
    first, *rest = parts
    if not rest:
        return first
    return Q.boolean_query([(MUST, first)] + [(MUST, Q.const_score_query(p, 0.0)) for p in rest])


def _filter(*parts: tantivy.Query) -> tantivy.Query:
    """Every part matches; scores nothing."""
    return Q.const_score_query(
        parts[0] if len(parts) == 1 else Q.boolean_query([(MUST, p) for p in parts]), 0.0
    )


def _but(part: tantivy.Query, excluded: tantivy.Query) -> tantivy.Query:
    return Q.boolean_query([(MUST, part), (MUST_NOT, excluded)])


class _Members:
    """The measures a query unit matches, as kb.ranking.coverage reads them: how many in all
    (len), and which of the candidates (in)."""

    def __init__(self, size: int, members: set):
        self.size, self.members = size, members

    def __len__(self) -> int:
        return self.size

    def __contains__(self, ref) -> bool:
        return ref in self.members


class TantivySearcher:
    """One generation opened once and shared by the threads of a server."""

    def __init__(self, gen: Path):
        self.gen = Path(gen)
        self.ix = open_index(self.gen)
        self.schema = self.ix.schema
        self.s = self.ix.searcher()
        total = sum(seg["max_doc"] for seg in read_meta(self.gen)["segments"])
        self.tr = Translator(self.schema, self.s, total)
        self.total_docs = total
        self._vocab: dict[str, int] | None = None
        self._dates: dict[str, str] | None = None
        self._doc_names: dict[int, str] | None = None
        self._lock = threading.Lock()

    # ---- statistics ----------------------------------------------------------------------------

    @property
    def size(self) -> int:
        return self.s.num_docs

    def df(self, word: str) -> int:
        return self.s.doc_freq("text", word)

    def idf(self, word: str) -> float:
        return whoosh_idf(self.total_docs, self.df(word))

    def vocabulary(self) -> dict[str, int]:
        """Read once, when a query first needs suggestions."""
        if self._vocab is None:
            self._vocab = {
                w: n for w, n in self.s.terms_with_prefix("text", "") if suggest.CJK.match(w)
            }
        return self._vocab

    # ---- matching ------------------------------------------------------------------------------

    def _count(self, q: tantivy.Query) -> int:
        return self.s.search(q, limit=1, count=True).count

    def count(self, node: Node) -> int:
        return self._count(self.tr.match(node))

    def _hits(self, q: tantivy.Query, limit: int, **kw) -> list[tuple[float, tuple[int, int]]]:
        if limit <= 0:
            return []
        hits = self.s.search(q, limit=limit, count=False, **kw).hits
        return [(score, (a.segment_ord, a.doc)) for score, a in hits]

    def _keys(self, refs: Sequence[tuple[int, int]]) -> list[int]:
        addrs = [tantivy.DocAddress(seg, doc) for seg, doc in refs]
        return self.s.fast_field_values("key", addrs) if addrs else []

    def _among(self, q: tantivy.Query, refs: Sequence[tuple[int, int]]) -> set:
        """Which of these refs a query matches."""
        if not refs:
            return set()
        keys = Q.term_set_query(self.schema, "key", self._keys(refs))
        return {ref for _, ref in self._hits(_filter(q, keys), len(refs))}

    def _terms(self, q: tantivy.Query, fields: Sequence[str]) -> dict[str, dict[str, int]]:
        """Each field's value counts among the measures a query matches (every value)."""
        aggs = {
            f: {"terms": {"field": f, "size": MAX_BUCKETS, "segment_size": MAX_BUCKETS}}
            for f in fields
        }
        out = self.s.aggregate(q, aggs) if fields else {}
        return {f: {b["key"]: b["doc_count"] for b in out[f]["buckets"]} for f in fields}

    def _counts(self, q: tantivy.Query, fields: Sequence[str]) -> dict[str, dict[str, int]]:
        """Facet counts among the measures a query matches, the cheapest way for each field: a
        multi-valued field from its terms (tantivy intersects each value's postings with the
        matches), the others in one aggregation; documents by their numeric key, at most
        FACET_TOP of them (the most frequent, counts exact)."""
        out: dict[str, dict[str, int]] = {}
        aggs = {}
        for f in fields:
            if multi(f):
                out[f] = {t: n for t, n in self.s.terms_with_prefix(f, "", filter_query=q) if n}
            else:
                column = "doc_key" if f == "doc_id" else f
                size = FACET_TOP if f == "doc_id" else MAX_BUCKETS
                aggs[f] = {"terms": {"field": column, "size": size, "segment_size": MAX_BUCKETS}}
                if f == "lang":  # the measures without one too (NO_LANG): the search pops them
                    aggs[f]["terms"]["missing"] = NO_LANG
        if aggs:
            res = self.s.aggregate(q, aggs)
            for f in aggs:
                buckets = res[f]["buckets"]
                if f == "doc_id":
                    get, name = self._names().get, self._doc_name
                    out[f] = {(get(b["key"]) or name(b["key"])): b["doc_count"] for b in buckets}
                else:
                    out[f] = {b["key"]: b["doc_count"] for b in buckets}
        return out

    def _names(self) -> dict[int, str]:
        """Document keys to document ids, from docs.json (read once)."""
        if self._doc_names is None:
            try:
                names = index.read_docs(self.gen)
            except OSError:
                names = {}
            self._doc_names = {key(d): d for d in names}
        return self._doc_names

    def _doc_name(self, doc_key: int) -> str:
        """The document id of a document key (from docs.json; else read from a measure)."""
        name = self._names().get(doc_key)
        if name is None:
            (_, ref), *_ = self._hits(Q.term_query(self.schema, "doc_key", doc_key), 1)
            name = self._doc_names[doc_key] = self.load(ref)["doc_id"]
        return name

    def _filters(self, filters: Mapping[str, Sequence[str]], but: str | None = None) -> list:
        return [
            Q.term_set_query(self.schema, f, list(vals)) for f, vals in filters.items() if f != but
        ]

    # ---- search --------------------------------------------------------------------------------

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
        match = self.tr.match(main)
        base = match
        was_relaxed = False
        partial = None  # the partial matches (relaxed, not main), when they follow the others
        n_main = self._count(match) if relaxed is not None else 0  # only to choose partial
        if relaxed is not None and not n_main:
            loose = self.tr.match(relaxed)
            if self._count(loose):  # "showing partial matches" only over matches
                main, match, base, was_relaxed = relaxed, loose, loose, True
        elif relaxed is not None and plan.partial_when_few and n_main < ranking.FEW_MATCHES:
            # few measures have every word: those that have some follow them, marked as partial
            partial = _but(self.tr.match(relaxed), match)
            if self._count(partial):
                base = Q.boolean_query([(SHOULD, match), (SHOULD, partial)])
            else:
                partial = None
        filter_qs = self._filters(filters)
        allowed = _filter(base, *filter_qs)
        # the facets count the full matches only (none when every hit is partial)
        if was_relaxed:
            counts = {f: {} for f in facets}
        else:
            counts = self._facets(match, filters, facets)
        no_lang = counts["lang"].pop(NO_LANG, 0) if "lang" in counts else 0
        if partial is None and not was_relaxed and "lang" in counts and "lang" not in filters:
            # the languages were counted over exactly the allowed measures: no count of its own
            total = sum(counts["lang"].values()) + no_lang
        else:
            total = self._count(allowed)
        partial_total = self._count(_filter(allowed, partial)) if partial is not None else 0
        ranked: list[tuple[tuple[int, int], float]] = []
        if total and offset < total:
            if sort == "date":
                ranked = [(r, 0.0) for r in self.by_date(allowed, offset + limit)]
            elif sort == "order" or not scoring_leaves(main):
                # nothing to rank by (no words, or only excluded ones: "-港口"): reading order
                ranked = [(r, 0.0) for r in self._in_order(allowed, offset + limit)]
            else:
                depth = max(ranking.RERANK_DEPTH, offset + limit)
                whole = _but(allowed, partial) if partial is not None else allowed
                pools = [(main, whole, was_relaxed)]
                if partial is not None and partial_total:
                    pools.append((relaxed, _filter(allowed, partial), True))
                # the languages of the allowed measures, when the facets counted them already
                known = None
                if (
                    partial is None
                    and not was_relaxed
                    and "lang" in counts
                    and "lang" not in filters
                ):
                    known = list(counts["lang"]) + ([NO_LANG] if no_lang else [])
                for node, pool, loose in pools:
                    top = self._by_language(node, pool, depth, known if node is main else None)
                    if not top:
                        continue
                    first: set = set()
                    if loose:
                        refs = [d for d, _ in top]
                        units = self._units(plan.units, refs)
                        titled = self._units(plan.titled, refs)
                        cover = ranking.coverage(
                            units, self.size, refs, plan.groups, plan.head, titled
                        )
                        top = ranking.relax(top, cover)
                        spoken = self._units(plan.spoken, refs)
                        first = ranking.said_with_title(units, refs, plan.groups, titled, spoken)
                    close = self._near([d for d, _ in top], plan.near) if plan.near else set()
                    ranked += ranking.by_proximity(top, close, first)
        in_partial = (
            frozenset(d for d, _ in ranked)
            if was_relaxed
            else self._among(partial, [d for d, _ in ranked])
            if partial is not None
            else frozenset()
        )
        partial_total = total if was_relaxed else partial_total
        return Found(
            total=total - partial_total,  # full matches; `total` above held the partial too
            ranked=ranked,
            partial=frozenset(in_partial),
            relaxed=was_relaxed,
            partial_total=partial_total,
            incomplete=was_relaxed or partial is not None,
            facets=counts,
        )

    def _facets(
        self, base: tantivy.Query, filters: Mapping[str, Sequence[str]], fields: Sequence[str]
    ) -> dict[str, dict[str, int]]:
        """Disjunctive counts: each field among the matches with every filter but its own (the
        fields without a filter share one aggregation)."""
        out: dict[str, dict[str, int]] = {}
        unfiltered = [f for f in fields if f not in filters]
        if unfiltered:
            out.update(self._counts(_filter(base, *self._filters(filters)), unfiltered))
        for f in fields:
            if f in filters:
                out.update(self._counts(_filter(base, *self._filters(filters, but=f)), [f]))
        return out

    def _by_language(
        self, node: Node, pool: tantivy.Query, depth: int, langs: list[str] | None = None
    ) -> list[tuple[tuple[int, int], float]]:
        """The best measures of each language (`langs`: those the pool holds, if known), merged
        by the policy of kb/ranking.py."""
        if langs is None:
            agg = {"lang": {"terms": {"field": "lang", "size": MAX_BUCKETS, "missing": NO_LANG}}}
            langs = [b["key"] for b in self.s.aggregate(pool, agg)["lang"]["buckets"]]
        pools = [
            _but(pool, Q.exists_query("lang"))
            if v == NO_LANG
            else _filter(pool, self.tr.term("lang", v))
            for v in langs
        ]
        scored = self.tr.scored(node)
        per_language = []
        kinds: dict[tuple[int, int], str] = {}
        for p in pools:
            top = [(ref, score) for score, ref in self._hits(_and(scored, p), depth)]
            if not top:
                continue
            codes = self.s.fast_field_values(
                "kind_code", [tantivy.DocAddress(*ref) for ref, _ in top]
            )
            kinds.update(
                (ref, KIND_CODES[c] if c is not None and c < len(KIND_CODES) else "other")
                for (ref, _), c in zip(top, codes, strict=True)
            )
            per_language.append((top, top[0][0]))
        if len(per_language) > 1:  # the scale of each language: the boost that scored its best
            per_language = [(top, self._strongest(node, best)) for top, best in per_language]
        return ranking.merge_languages(per_language, kinds.__getitem__, depth)

    def _strongest(self, node: Node, ref: tuple[int, int]) -> float:
        """The largest boost among the leaves that match this measure (1 when the query's own
        words do, less when only a translation does)."""
        (key,) = self._keys([ref])
        me = Q.term_query(self.schema, "key", key)
        for leaf, boost in sorted(scoring_leaves(node), key=lambda lb: -lb[1]):
            if self._count(_filter(self.tr.match(leaf), me)):
                return boost
        return 0.0

    def _units(self, units: Sequence[Node], refs: list) -> list[_Members]:
        out = []
        for unit in units:
            q = self.tr.match(unit)
            out.append(_Members(self._count(q), self._among(q, refs)))
        return out

    def _near(self, refs: list, words: Sequence[str]) -> set:
        """Which of these measures have the query's words in order, each within
        ranking.PROXIMITY_WINDOW positions of the one before."""
        phrase = Phrase("text", tuple(words), slop=ranking.PROXIMITY_WINDOW)
        return self._among(self.tr.match(phrase), refs)

    def _in_order(self, q: tantivy.Query, n: int) -> list[tuple[int, int]]:
        return [ref for _, ref in self._hits(q, n, order_by_field="okey", order=tantivy.Order.Asc)]

    def by_date(self, allowed: tantivy.Query, n: int) -> list[tuple[int, int]]:
        """The first n allowed measures, newest document first (undated last), then reading
        order."""
        if self._dates is None:
            self._dates = {k: v.get("date") or "" for k, v in index.read_docs(self.gen).items()}
        members = self._terms(allowed, ["doc_id"])["doc_id"]
        date = {d: self._dates.get(d, "") for d in members}
        order = sorted((d for d in members if date[d]), key=lambda d: (date[d], d), reverse=True)
        order += sorted(d for d in members if not date[d])
        out: list[tuple[int, int]] = []
        for doc_id in order:
            out += self._in_order(_filter(allowed, self.tr.term("doc_id", doc_id)), members[doc_id])
            if len(out) >= n:
                break
        return out[:n]

    # ---- loading -------------------------------------------------------------------------------

    def load(self, ref: tuple[int, int]) -> dict:
        doc = self.s.doc(tantivy.DocAddress(*ref))
        return json.loads(doc["data"][0])

    def measure(self, measure_id: str) -> dict | None:
        hits = self._hits(self.tr.term("id", measure_id), 1)
        return self.load(hits[0][1]) if hits else None

    def iter_measures(
        self, doc_id: str | None = None, paras: tuple[int, int] | None = None
    ) -> Iterator[dict]:
        if doc_id is None:
            for d in sorted(self._terms(Q.all_query(), ["doc_id"])["doc_id"]):
                yield from self.iter_measures(d, paras)
            return
        q = self.tr.term("doc_id", doc_id)
        if paras is not None:
            q = _filter(
                q,
                Q.range_query(self.schema, "para", tantivy.FieldType.Unsigned, paras[0], paras[1]),
            )
        n = self._count(q)
        for ref in self._in_order(q, n):
            yield self.load(ref)

    def top(self, node: Node, limit: int) -> list[tuple[tuple[int, int], float]]:
        return [(ref, score) for score, ref in self._hits(self.tr.scored(node), limit)]

    def cross_counts(self, field_a: str, field_b: str) -> dict[tuple[str, str], int]:
        agg = {
            "a": {
                "terms": {"field": field_a, "size": MAX_BUCKETS, "segment_size": MAX_BUCKETS},
                "aggs": {"b": {"terms": {"field": field_b, "size": MAX_BUCKETS}}},
            }
        }
        out = self.s.aggregate(Q.all_query(), agg)["a"]["buckets"]
        return {
            (a["key"], b["key"]): b["doc_count"]
            for a in out
            for b in a["b"]["buckets"]
            if b["doc_count"]
        }

    def close(self) -> None:
        self.s = None
        self.ix = None


def open(gen: Path) -> TantivySearcher:  # noqa: A001 (the backend's verb, as in kb.backends)
    """The searcher of a published generation folder."""
    return TantivySearcher(gen)
