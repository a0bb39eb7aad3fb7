"""How hits are ranked, on plain values: any backend applies the same policy to the raw scores it
computes (BM25 sums per language, the units a measure covers, the positions of the query words).

A backend that cannot call Python at query time (OpenSearch) would fetch each language's top
`depth` candidates with their raw scores and apply these functions to them.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Collection, Hashable, Sequence
from operator import itemgetter

KIND_WEIGHT = {
    "measure": 1.0,
    "goal": 1.0,
    "conclusion": 0.85,
    "analysis": 0.8,
    "abstract": 0.75,
}
OTHER_KIND_WEIGHT = 0.8
RERANK_DEPTH = 200  # relevance is worked out over at least this many best measures
FEW_MATCHES = 10  # below this many measures with every word, those with some follow
RELAXED_COVERAGE_POWER = 2.5  # in a partial match, the share of the query a measure lacks weighs
# on it more than its word counts (2 before session 15: a measure repeating one rare word outranked
# one with most of the query)
PROXIMITY_FACTOR = 1.6  # concepts of a query within a few words of each other, in order
PROXIMITY_WINDOW = 5

Ranked = list[tuple[Hashable, float]]


def merge_languages(
    per_language: Sequence[tuple[Ranked, float]], kind_of: Callable[[Hashable], str], depth: int
) -> Ranked:
    """The `depth` best of several languages' ranked measures (each list with the largest boost
    that scored its best, 1 for the query's own words, less for a translation). Each measure is
    weighed by its kind first; then, when there are several languages, each language's scores are
    scaled so that its best scores that boost: BM25 statistics differ between languages
    (paragraph lengths, word frequencies), and a raw sum would bury the language whose scores run
    lower."""
    out: Ranked = []
    for top, strongest in per_language:
        # the kind of measure weighs before the scaling: each language's best answer sets its scale
        top = [(d, score * KIND_WEIGHT.get(kind_of(d), OTHER_KIND_WEIGHT)) for d, score in top]
        peak = max((score for _, score in top), default=0.0)
        if len(per_language) > 1 and peak > 0:
            top = [(d, score * min(1.0, strongest) / peak) for d, score in top]
        out += top
    return heapq.nlargest(depth, out, key=itemgetter(1))


TITLE_BOOST = 0.2  # the document's title in its measures: read for a partial match only
LEAD_BOOST = 0.2  # the lead-in of a list (kb/segment.py lead_ins) in its items: a light weight
HEAD_WEIGHT = 1.25  # the query's head word (kb/plan.py Plan.head) weighs more in a partial match
TITLE_SHARE = 0.5  # a concept only the measure's document title says: half of saying it itself
SUB_UNIT_SHARE = 0.5  # a concept covered only by some words of its English phrase: at most half


def coverage(
    units: Sequence[Collection],
    size: int,
    refs: Sequence[Hashable],
    groups: Sequence[Sequence[int]] = (),
    head: int = -1,
    titled: Sequence[Collection] = (),
) -> dict[Hashable, float]:
    """Share of the query each measure covers. Each concept (a group of units: the concept
    itself first, then the words of its English phrase) weighs by its rarity (IDF over `size`
    live measures): in a partial match of 区块链 宁波 a measure about 区块链 covers most of what
    was asked. A concept counts once however many of its words a measure has: a measure with
    "elderly", "care" and "services" covers one concept of 居家养老服务补贴, not three, and one
    with only some of a phrase's words covers part of it (SUB_UNIT_SHARE at most). Without
    groups each unit is a concept. A concept only the measure's document title says (`titled`,
    per unit) covers TITLE_SHARE of it."""
    groups = groups or [(i,) for i in range(len(units))]
    idf = [math.log((size + 1) / (len(m) + 0.5)) for m in units]
    weight = [idf[g[0]] * (HEAD_WEIGHT if k == head else 1.0) for k, g in enumerate(groups)]
    total = sum(weight) or 1.0

    def covered(d: Hashable, g: Sequence[int]) -> float:
        if d in units[g[0]]:
            return 1.0
        if g[0] < len(titled) and d in titled[g[0]]:  # its document's title says it
            return TITLE_SHARE
        subs = sum(idf[i] for i in g[1:]) or 1.0
        return SUB_UNIT_SHARE * sum(idf[i] for i in g[1:] if d in units[i]) / subs

    return {
        d: sum(w * covered(d, g) for w, g in zip(weight, groups, strict=True)) / total for d in refs
    }


GENERAL_BOOST = 1.6  # a regulation's opening articles, when its title names the whole query
GENERAL_ARTICLES = 5  # purpose, basis, scope, definitions, who is responsible
GENERAL_DEPTH = 30  # among this many best full matches


def general_provisions_first(
    ranked: Ranked, partial: Collection, opening: Callable[[Hashable], bool]
) -> Ranked:
    """A query naming what a regulation is about (绿色金融 beside 湖州市绿色金融促进条例) matches
    dozens of its articles; its opening ones (`opening`: purpose, scope, definitions, who is
    responsible) answer it first. Among the first GENERAL_DEPTH full matches those are raised by
    GENERAL_BOOST; the order is otherwise kept, and nothing moves past the window (a page after
    it is the same either way)."""
    n = sum(1 for d, _ in ranked[:GENERAL_DEPTH] if d not in partial)
    head = [(d, score * (GENERAL_BOOST if opening(d) else 1.0)) for d, score in ranked[:n]]
    return sorted(head, key=lambda x: -x[1]) + ranked[n:]


def said_with_title(
    units: Sequence[Collection],
    refs: Sequence[Hashable],
    groups: Sequence[Sequence[int]] = (),
    titled: Sequence[Collection] = (),
    spoken: Sequence[Collection] = (),
) -> set[Hashable]:
    """The partial matches that say some concept themselves and whose document's title says the
    rest: 肇庆统计公报 over the paragraphs of 肇庆市…统计公报 that name 肇庆 but not the
    communiqué. They answer the query read against their document, so in a partial tail they come
    before the measures that lack a concept altogether (`by_proximity`'s `first`); a measure
    that says nothing of the query in its own words (its title says it all, the city it is tagged
    with the rest: `spoken`, per concept, what its words say) is not among them."""
    groups = groups or [(i,) for i in range(len(units))]
    spoken = spoken or [units[g[0]] for g in groups]

    def said(d: Hashable, g: Sequence[int]) -> bool:
        return d in units[g[0]] or (g[0] < len(titled) and d in titled[g[0]])

    return {
        d for d in refs if all(said(d, g) for g in groups) and any(d in words for words in spoken)
    }


def relax(ranked: Ranked, cover: dict[Hashable, float]) -> Ranked:
    """A partial match's scores, lowered by the share of the query it lacks."""
    return [(d, score * cover[d] ** RELAXED_COVERAGE_POWER) for d, score in ranked]


def by_proximity(ranked: Ranked, close: Collection, first: Collection = ()) -> Ranked:
    """The ranked measures, those with the query's words close together (`close`) raised, best
    first (ties by id); those in `first` (a partial tail's measures whose title says the rest:
    `said_with_title`) before the others."""
    return sorted(
        ((d, score * (PROXIMITY_FACTOR if d in close else 1.0)) for d, score in ranked),
        key=lambda x: (x[0] not in first, -x[1], x[0]),
    )


def in_order_within(lists: list[list[int]], window: int = PROXIMITY_WINDOW) -> bool:
    """Some position of each word follows one of the previous word's within `window`."""
    reach = set(lists[0])
    for later in lists[1:]:
        reach = {p for p in later if any(0 < p - q <= window for q in reach)}
        if not reach:
            return False
    return True
