"""Plan nodes (kb/plan.py) as tantivy queries, scored as the Whoosh backend scores them.

Matching is exact: a `Phrase` with Whoosh's ordered slop (each word 1..slop positions after the one
before) is a tantivy phrase with the words spread `g` apart and a symmetric slop `k` around that
(an odd slop exactly; an even one as the union of the gaps below it and the gap itself).

Scoring follows the Whoosh backend: a hit's score is the sum, over every scoring leaf of the plan
(kb.plan.scoring_leaves) that matches it, of the leaf's boost times its BM25; a phrase scores the
sum of its words' BM25. The query that scores is therefore the plan's match, scoring nothing,
plus each leaf as an optional clause. BM25 is tantivy's, with Whoosh's IDF (ln(N / (df + 1)) + 1,
applied as a boost over tantivy's own) and the heading's field weight (Whoosh multiplies the term
frequency by 1.5; here the score is weighed by what that gives a heading of average length).
Field lengths are tantivy's (exact to 40 tokens, then in steps of a few percent, as Whoosh's are
in its own steps): scores agree to within those steps, so rankings agree up to near-ties.
"""

from __future__ import annotations

import itertools
import math
from functools import lru_cache

import tantivy

from kb.plan import (
    RANKED_FIELDS,
    AllOf,
    AnyOf,
    Everything,
    Node,
    Not,
    Phrase,
    Term,
    scoring_leaves,
)
from kb.ranking import LEAD_BOOST, TITLE_BOOST

Q = tantivy.Query
MUST, SHOULD, MUST_NOT = tantivy.Occur.Must, tantivy.Occur.Should, tantivy.Occur.MustNot
K1, B = 1.2, 0.75  # tantivy's BM25 parameters, Whoosh's BM25F defaults
HEADING_BOOST = 1.5  # the Whoosh schema's field_boost of `heading`
MAX_GAP_COMBINATIONS = 64  # an even slop over many words: beyond this, the gap 0 is let through


def heading_weight(boost: float = HEADING_BOOST) -> float:
    """What Whoosh's field boost (term frequency x boost) gives a term once in a heading of
    average length, as a factor of plain BM25."""
    norm = 1 - B + B  # field length = average
    return boost * (1 + K1 * norm) / (boost + K1 * norm)


def whoosh_idf(n: int, df: int) -> float:
    return math.log(n / (df + 1)) + 1 if n else 0.0


def tantivy_idf(n: int, df: int) -> float:
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def spread(words: tuple[str, ...], slop: int) -> list[tuple[list[tuple[int, str]], int]]:
    """Tantivy phrases (words at offsets, symmetric slop) whose union matches the words in order,
    each 1..slop positions after the one before (Whoosh's Phrase, slop >= 1)."""
    slop = max(1, slop)
    if slop % 2:  # gaps g-k..g+k = 1..slop
        g, k = (slop + 1) // 2, (slop - 1) // 2
        return [([(i * g, w) for i, w in enumerate(words)], k)]
    if slop ** (len(words) - 1) > MAX_GAP_COMBINATIONS:  # 0..slop: a word may share a position
        return [([(i * (slop // 2), w) for i, w in enumerate(words)], slop // 2)]
    out = []
    for gaps in itertools.product(range(1, slop + 1), repeat=len(words) - 1):
        offsets = [0, *itertools.accumulate(gaps)]
        out.append((list(zip(offsets, words, strict=True)), 0))
    return out


class Translator:
    """Builds the tantivy queries of plan nodes over one searcher (its statistics for the IDF)."""

    def __init__(self, schema: tantivy.Schema, searcher: tantivy.Searcher, total_docs: int):
        self.schema, self.searcher, self.n = schema, searcher, total_docs
        self.ratio = lru_cache(maxsize=100_000)(self._ratio)

    def _ratio(self, field: str, text: str) -> float:
        """Whoosh's IDF over tantivy's, for a term of a scored field (1 for one not indexed)."""
        df = self.searcher.doc_freq(field, text)
        if not df:
            return 1.0
        return whoosh_idf(self.n, df) / tantivy_idf(self.n, df)

    # ---- matching --------------------------------------------------------------------------

    def term(self, field: str, text: str) -> tantivy.Query:
        return Q.term_query(self.schema, field, text)

    def match(self, node: Node) -> tantivy.Query:
        """What a node matches (scores irrelevant); an unknown node type raises TypeError."""
        if isinstance(node, Term):
            return self.term(node.field, node.text)
        if isinstance(node, Phrase):
            if len(node.words) == 1:
                return self.term(node.field, node.words[0])
            phrases = [
                Q.phrase_query(self.schema, node.field, words, k)
                for words, k in spread(tuple(node.words), node.slop)
            ]
            return phrases[0] if len(phrases) == 1 else _any(phrases)
        if isinstance(node, AnyOf):
            parts = [self.match(p) for p in node.parts]
            return _any(parts) if parts else Q.empty_query()
        if isinstance(node, AllOf):
            clauses = [
                (MUST_NOT, self.match(p.node)) if isinstance(p, Not) else (MUST, self.match(p))
                for p in node.parts
            ]
            if not any(occur == MUST for occur, _ in clauses):
                clauses.append((MUST, Q.all_query()))
            return Q.boolean_query(clauses)
        if isinstance(node, Not):
            return Q.boolean_query([(MUST, Q.all_query()), (MUST_NOT, self.match(node.node))])
        if isinstance(node, Everything):
            return Q.all_query()
        raise TypeError(f"not a query node: {type(node).__name__}")

    # ---- scoring ---------------------------------------------------------------------------

    def bm25(self, field: str, text: str, boost: float) -> tantivy.Query:
        """One word's BM25 in a scored field, Whoosh's IDF and field weight, times `boost`."""
        weight = boost * self.ratio(field, text)
        if field == "heading":
            weight *= heading_weight()
        elif field == "lead":
            weight *= heading_weight(LEAD_BOOST)
        elif field == "title":
            weight *= heading_weight(TITLE_BOOST)
        return Q.boost_query(self.term(field, text), weight)

    def leaf(self, leaf: Term | Phrase, boost: float) -> tantivy.Query:
        """A scoring leaf: matches what it matches, scores as the Whoosh backend's leaf."""
        if isinstance(leaf, Term):
            if leaf.field in RANKED_FIELDS:
                return self.bm25(leaf.field, leaf.text, boost)
            # Whoosh scores a term of an unscored field (a city, an id) by its weight, 1
            return Q.const_score_query(self.term(leaf.field, leaf.text), boost)
        words = [self.bm25(leaf.field, w, boost) for w in leaf.words]
        if leaf.field not in RANKED_FIELDS:
            words = [Q.const_score_query(self.term(leaf.field, w), boost) for w in leaf.words]
        return Q.boolean_query(
            [(MUST, Q.const_score_query(self.match(leaf), 0.0))] + [(MUST, w) for w in words]
        )

    def scored(self, node: Node) -> tantivy.Query:
        """Matches what `node` matches, scored by the sum of its matching leaves."""
        if _sums_its_leaves(node):
            return self.natural(node, 1.0)
        leaves = scoring_leaves(node)
        clauses = [(MUST, Q.const_score_query(self.match(node), 0.0))]
        clauses += [(SHOULD, self.leaf(leaf, boost)) for leaf, boost in leaves]
        return Q.boolean_query(clauses)

    def natural(self, node: Node, boost: float) -> tantivy.Query:
        """The node as tantivy's own boolean query, leaves scored as `leaf`: a hit scores the sum
        of the leaves its matching branches hold (one evaluation, and tantivy may skip blocks
        that cannot reach the top)."""
        if isinstance(node, (Term, Phrase)):
            return self.leaf(node, boost * (node.boost or 1.0))
        if isinstance(node, AnyOf):
            parts = [self.natural(p, boost * (node.boost or 1.0)) for p in node.parts]
            return _any(parts) if parts else Q.empty_query()
        if isinstance(node, AllOf):
            b = boost * (node.boost or 1.0)
            clauses = [
                (MUST_NOT, self.match(p.node)) if isinstance(p, Not) else (MUST, self.natural(p, b))
                for p in node.parts
            ]
            if not any(occur == MUST for occur, _ in clauses):
                clauses.append((MUST, Q.const_score_query(Q.all_query(), 0.0)))
            return Q.boolean_query(clauses)
        if isinstance(node, Everything):
            return Q.const_score_query(Q.all_query(), 0.0)
        return Q.const_score_query(self.match(node), 0.0)  # Not; an unknown node raises there


def _sums_its_leaves(node: Node, under_any: bool = False) -> bool:
    """Whether tantivy's own scoring of the node is the sum of every scoring leaf that matches a
    hit: true unless an AllOf lies under an AnyOf (a hit may match some of its leaves through
    another branch; they score in the Whoosh backend's sum, not in the boolean query)."""
    if isinstance(node, AnyOf):
        return all(_sums_its_leaves(p, True) for p in node.parts)
    if isinstance(node, AllOf):
        return not under_any and all(_sums_its_leaves(p, under_any) for p in node.parts)
    return True


def _any(parts: list[tantivy.Query]) -> tantivy.Query:
    return parts[0] if len(parts) == 1 else Q.boolean_query([(SHOULD, p) for p in parts])
