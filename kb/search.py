"""The search layer: one open index per process, queries with translation and synonyms, facets
counted disjunctively, CJK highlights, citations, documents, the city × theme matrix.

The web and the CLI call only this module (and cite through it).
"""

from __future__ import annotations

import heapq
import json
import math
import threading
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

from whoosh import query as Q

from kb import gazetteer, index, suggest
from kb.chinese import normalise, query_words, stopwords, tokens
from kb.cite import citation, context
from kb.crosslang import (
    TRANSLATION_BOOST,
    city_pinyin,
    english_key,
    english_reading,
    glossary,
    glossary_by_key,
    is_pinyin,
    synonyms,
)
from kb.errors import BadQuery, IndexMissing
from kb.facets import BY_NAME as FACETS_BY_NAME
from kb.facets import FACETS, KINDS, SORTS  # noqa: F401  (KINDS: kept importable from here)
from kb.highlight import highlight, mark_all
from kb.model import document_defaults
from kb.query import Concept, parse
from kb.themes import THEMES

KIND_WEIGHT = {
    "measure": 1.0,
    "goal": 1.0,
    "conclusion": 0.85,
    "analysis": 0.8,
    "abstract": 0.75,
    "other": 0.8,
}
DOC_FIELDS = (
    "doc_id",
    "title",
    "title_derived",
    "issuer",
    "authors",
    "date",
    "dates",
    "number",
    "genre",
    "doc_type",
    "city",
    "lang",
    "source_url",
)  # a document object (CONTRACT.md), before `measures`
MAX_LIMIT = 100
MAX_OFFSET = 10_000
RERANK_DEPTH = 200
CACHE_POSTINGS = 1_500_000  # scored postings kept in memory (a dict entry each)
DECOMPOSE_BELOW_DF = 30  # decompose a query word only when fewer measures use it
PHRASE_CANDIDATES_MAX = 3000  # and when its rarest part bounds the positions to check
PROXIMITY_FACTOR = 1.6  # concepts of a query within a few words of each other, in order
PROXIMITY_WINDOW = 5


def without(query, excluded):
    """query AND NOT excluded. Not Whoosh's AndNot: its matcher never checks the first match of a
    segment against the excluded postings when those start earlier (2.7.5), so `港口 -宁波` could
    return a paragraph about 宁波."""
    return Q.And([query, Q.Not(excluded)])


PARTS_BOOST = 0.85  # a translation put together from the translations of its parts
TRANSLATION_SLOP = (
    2  # "emissions of carbon" is not "carbon emissions", "carbon dioxide emissions" is
)
LOOSE_WORDS_BOOST = 0.7  # an English phrase's words apart, in any order, against the phrase itself
FEW_MATCHES = 10  # below this many measures with every word, those with some follow
RELAXED_COVERAGE_POWER = 2  # in a partial match, the rare words a measure lacks weigh on it


@dataclass
class Alt:
    """One way of matching a concept: index tokens (a term or a phrase), a weight, and its origin
    ("via:what it was read as"). `groups`, when given, replaces toks: every group must match, any
    of its token sequences (a Chinese word read in English as its parts' translations)."""

    toks: tuple[str, ...]
    boost: float
    source: str
    field: str = "text"
    slop: int = 1
    groups: tuple[tuple[tuple[str, ...], ...], ...] = ()


class State:
    """Everything read from one index generation, opened once and shared by threads."""

    def __init__(self, index_dir: Path):
        self.ix, docs, self.gen = index.open_generation(index_dir)
        defaults = document_defaults()
        self.docs = {
            doc_id: {**meta, **{k: v for k, v in defaults.items() if k not in meta}}
            for doc_id, meta in docs.items()
        }
        path = self.gen / "expand.json"
        self.maps = (
            json.loads(path.read_text("utf-8")) if path.exists() else {"pinyin": {}, "english": {}}
        )
        self.local = threading.local()
        self._leaves: dict[tuple, dict[int, float]] = {}
        self._leaves_lock = threading.Lock()
        self._cached = 0
        self._searchers: dict[int, object] = {}
        self._searchers_lock = threading.Lock()
        with self.ix.reader() as r:
            self.n = r.doc_count_all()
            self.live = set(r.all_doc_ids()) if r.has_deletions() else set(range(self.n))
        # facet value -> its live measures; facets are counted by set intersections (C speed)
        self.postings: dict[str, dict[str, set[int]]] = {
            fname: {t: set(ids) & self.live for t, ids in values.items()}
            for fname, values in index.load_facets(self.ix, self.gen).items()
        }
        self.kind_of: list[str] = [""] * self.n
        for t, ids in self.postings["kind"].items():
            for d in ids:
                self.kind_of[d] = t

    def leaf(self, query) -> dict[int, float]:
        """BM25F score of a term or phrase (without its boost) in each live measure it matches.

        Kept in memory, least recently used dropped first, up to CACHE_POSTINGS entries in all: a popular word is
        read from the index once, and a query is then set algebra and sums at C speed."""
        key = (
            type(query).__name__,
            query.fieldname,
            getattr(query, "text", None),
            tuple(getattr(query, "words", ()) or ()),
            getattr(query, "slop", None),
        )
        with self._leaves_lock:
            hit = self._leaves.pop(key, None)
            if hit is not None:
                self._leaves[key] = hit  # most recently used last; eviction takes the first
                return hit
        s = self.searcher()
        boost = query.boost or 1.0
        if isinstance(query, Q.Term):
            scores = {}
            if s.doc_frequency(query.fieldname, query.text):
                m = s.postings(query.fieldname, query.text)
                while m.is_active():
                    scores[m.id()] = m.score()
                    m.next()
        else:
            scores = {h.docnum: h.score / boost for h in s.search(query, limit=None)}
        if len(self.live) < self.n:
            scores = {d: v for d, v in scores.items() if d in self.live}
        with self._leaves_lock:
            self._leaves[key] = scores
            self._cached += len(scores)
            while self._cached > CACHE_POSTINGS and len(self._leaves) > 1:
                self._cached -= len(self._leaves.pop(next(iter(self._leaves))))
        return scores

    def matches(self, query) -> set[int]:
        """The measures a query matches, by set algebra on cached postings rather than Whoosh's
        matchers (Python, document by document)."""
        if isinstance(query, (Q.Term, Q.Phrase)):
            return set(self.leaf(query))
        if isinstance(query, Q.Every):
            return set(self.live)
        if isinstance(query, Q.Or):
            out: set[int] = set()
            for sub in query.subqueries:
                out |= self.matches(sub)
            return out
        if isinstance(query, Q.And):
            positive = [q for q in query.subqueries if not isinstance(q, Q.Not)]
            out = self.matches(positive[0]) if positive else set(self.live)
            for sub in query.subqueries:
                if sub is positive[0] or not out:
                    continue
                if isinstance(sub, Q.Not):
                    out -= self.matches(sub.query)
                else:
                    out &= self.matches(sub)
            return out
        return set(self.searcher().docs_for_query(query)) & self.live

    def rank(self, query, allowed: set[int], depth: int) -> tuple[list[tuple[int, float]], float]:
        """The `depth` best of the allowed measures: the sum of their matching terms' and phrases'
        boosted scores, as Whoosh's And/Or would give; and the largest boost that scored the best
        (1 when the query's own words matched it, less when only a translation did)."""
        scores: dict[int, float] = defaultdict(float)
        strongest: dict[int, float] = defaultdict(float)
        for leaf, boost in _scoring_leaves(query):
            table = self.leaf(leaf)
            for d in table.keys() & allowed:
                scores[d] += boost * table[d]
                strongest[d] = max(strongest[d], boost)
        top = heapq.nlargest(depth, scores.items(), key=itemgetter(1))
        return top, (strongest[top[0][0]] if top else 0.0)

    def by_date(self, allowed: set[int], n: int) -> list[int]:
        """The first n allowed measures, newest document first (undated last), then reading order."""
        members = self.postings.get("doc_id", {})
        date = {d: self.docs.get(d, {}).get("date") or "" for d in members}
        order = sorted((d for d in members if date[d]), key=lambda d: (date[d], d), reverse=True)
        order += sorted(d for d in members if not date[d])
        out: list[int] = []
        for doc_id in order:
            out += sorted(members[doc_id] & allowed)
            if len(out) >= n:
                break
        return out[:n]

    def vocabulary(self) -> dict[str, int]:
        """Chinese words of the index with their measure counts, read once, when a query first
        needs suggestions."""
        vocab = getattr(self, "_vocab", None)
        if vocab is None:
            with self.ix.reader() as r:
                vocab = {
                    w: info.doc_frequency()
                    for t, info in r.iter_field("text")
                    if suggest.CJK.match(w := t.decode("utf-8") if isinstance(t, bytes) else t)
                }
            self._vocab = vocab
        return vocab

    def df(self, word: str) -> int:
        """How many measures use a word (text field)."""
        return self.searcher().doc_frequency("text", word)

    def searcher(self):
        """This thread's searcher (Whoosh's are not shared across threads). Searchers of threads
        that have ended are closed here, so their open files do not pile up."""
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
        with self._searchers_lock:
            for s in self._searchers.values():
                s.close()
            self._searchers.clear()

    __del__ = close  # a state nobody holds any more closes its files rather than leave them to GC


class KB:
    """A handle on an index directory; reopens when an ingest publishes a new generation."""

    def __init__(self, index_dir):
        self.index_dir = Path(index_dir)
        self._state: State | None = None
        self._retired: State | None = None
        self._lock = threading.Lock()

    def state(self) -> State:
        gen = index.current_generation(self.index_dir)
        if gen is None:
            raise IndexMissing(f"no index in {self.index_dir}: run `kb ingest` first")
        st = self._state
        if st is None or st.gen != gen:
            with self._lock:
                if self._state is None or self._state.gen != gen:
                    # the state before the one replaced now has had a whole generation's time to
                    # finish its requests: close its files
                    if self._retired is not None:
                        self._retired.close()
                    self._retired, self._state = self._state, State(self.index_dir)
                st = self._state
        return st

    # ---- query building ----------------------------------------------------------------------

    def _cjk_alts(self, text: str, st: State) -> list[Alt]:
        norm = normalise(text)
        primary = tuple(query_words(text))
        alts = [Alt(primary, 1.0, "query")]
        # A word the corpus rarely uses is also looked for as its parts near each other (科技成果的
        # 转化); a well-attested word is not: its looser forms add little, and checking positions
        # over thousands of candidates is what makes a query slow at scale.
        if len(primary) == 1 and st.df(primary[0]) < DECOMPOSE_BELOW_DF:
            seen = set()
            for parts, boost in (
                (_decompose(primary[0]), 0.7),
                (_decompose(primary[0], fine=True), 0.5),
            ):
                if len(parts) > 1 and min(map(st.df, parts)) > PHRASE_CANDIDATES_MAX:
                    continue
                if len(parts) > 1 and tuple(parts) not in seen:
                    seen.add(tuple(parts))
                    alts.append(Alt(tuple(parts), boost, "parts:" + " ".join(parts), slop=3))
        for syn in synonyms().get(norm, []):
            alts.append(Alt(tuple(query_words(syn)), 0.8, f"synonym:{syn}"))
        city = _city_of(norm)
        if city:
            alts.append(Alt((city,), 0.7, f"city:{city}", field="city"))
        alts += self._english_alts(norm, list(primary), st)
        return [a for a in alts if a.toks]

    @staticmethod
    def _english_alts(text: str, words: list[str], st: State) -> list[Alt]:
        """A Chinese query word read in English, so it finds English paragraphs too."""
        groups = english_reading(text, words, st.maps, lambda tok: st.df(tok) > 0)
        if len(groups) == 1:
            return [
                Alt(
                    tuple(key.split()),
                    TRANSLATION_BOOST.get(via, 1.0),
                    f"{via}:{english}",
                    slop=TRANSLATION_SLOP,
                )
                for english, key, via in groups[0]
            ]
        if not groups:
            return []
        vias = {via for g in groups for _, _, via in g if via != "query"}
        shown = " + ".join("|".join(english for english, _, _ in g) for g in groups)
        boost = PARTS_BOOST * min(TRANSLATION_BOOST.get(v, 1.0) for v in vias)
        return [
            Alt(
                tuple(k for g in groups for _, key, _ in g for k in key.split()),
                boost,
                f"{'glossary' if vias == {'glossary'} else 'cedict'}:{shown}",
                slop=TRANSLATION_SLOP,
                groups=tuple(tuple(tuple(key.split()) for _, key, _ in g) for g in groups),
            )
        ]

    def _latin_run(self, words: list[str], st: State) -> list[tuple[str, list[Alt]]]:
        """Greedy longest match of consecutive Latin words against glossary, pinyin and CEDICT."""
        out = []
        i = 0
        gl, py, en = glossary_by_key(), st.maps.get("pinyin", {}), st.maps.get("english", {})
        stops = stopwords()
        while i < len(words):
            for j in range(min(len(words), i + 4), i, -1):
                if j - i > 1 and stops.intersection((words[i].lower(), words[j - 1].lower())):
                    continue  # a phrase neither starts nor ends with "for", "of", "the"
                key = english_key(
                    " ".join(words[i:j])
                )  # stemmed: "carbon emission" is "carbon emissions"
                joined = "".join(words[i:j]).lower()
                alts: list[Alt] = []
                phrase = " ".join(words[i:j]).lower()
                if (found := glossary().get(phrase)) or (key and (found := gl.get(key))):
                    alts = [
                        Alt(tuple(query_words(z)), TRANSLATION_BOOST["glossary"], f"glossary:{z}")
                        for z in found
                    ]
                elif is_pinyin(joined) and joined in py and (j - i > 1 or len(joined) > 3):
                    alts = [Alt(tuple(query_words(z)), 0.9, f"pinyin:{z}") for z in py[joined][:3]]
                elif j - i > 1 and key in en and len(key.split()) > 1:
                    alts = [Alt(tuple(query_words(z)), 0.6, f"cedict:{z}") for z in en[key][:3]]
                elif j - i == 1:
                    if key and key in en:
                        alts = [Alt(tuple(query_words(z)), 0.5, f"cedict:{z}") for z in en[key][:3]]
                    if is_pinyin(joined) and joined in py:
                        alts += [
                            Alt(tuple(query_words(z)), 0.8, f"pinyin:{z}") for z in py[joined][:3]
                        ]
                # a city's name (ningbo, hong kong, xianggang) also finds the measures tagged with it
                city = _city_of(joined) if j - i <= 2 else None
                if city:
                    alts.append(Alt((city,), 0.7, f"city:{city}", field="city"))
                    name = english_key(gazetteer.cities()[city].en)
                    if name.replace(" ", "") != joined:  # xianggang → "Hong Kong" in English text
                        alts.append(
                            Alt(
                                tuple(name.split()),
                                TRANSLATION_BOOST["gazetteer"],
                                f"gazetteer:{gazetteer.cities()[city].en}",
                            )
                        )
                if alts or j - i == 1:
                    own = tuple(t.text for t in tokens(" ".join(words[i:j])) if not t.sub)
                    if (
                        len(own) > 1
                    ):  # also the words in any order: "integration of the Yangtze River Delta"
                        alts.insert(
                            0,
                            Alt(
                                own,
                                LOOSE_WORDS_BOOST,
                                "words:" + " ".join(words[i:j]),
                                groups=tuple(((t,),) for t in own),
                            ),
                        )
                    if own:
                        alts.insert(0, Alt(own, 1.0, "query"))
                    out.append((" ".join(words[i:j]), [a for a in alts if a.toks]))
                    i = j
                    break
        return out

    def _concepts(self, concepts: list[Concept], st: State) -> list[tuple[Concept, list[Alt]]]:
        out: list[tuple[Concept, list[Alt]]] = []
        run: list[Concept] = []

        def flush():
            if run:
                for text, alts in self._latin_run([c.text for c in run], st):
                    out.append((Concept(text, or_next=run[-1].or_next), alts))
                run.clear()

        for c in concepts:
            latin = all(ch.isascii() for ch in c.text)
            if latin and not c.negated and not c.phrase:
                run.append(c)
                if c.or_next:
                    flush()
                continue
            flush()
            if latin:
                alts = [a for _, alist in self._latin_run(c.text.split(), st) for a in alist]
                if c.phrase:
                    own = tuple(t.text for t in tokens(c.text) if not t.sub)
                    alts = [Alt(own, 1.0, "query")] + [a for a in alts if a.source != "query"]
            elif c.phrase:  # a quoted phrase means exactly these words in this order
                alts = [Alt(tuple(query_words(c.text)), 1.0, "query")]
            else:
                alts = self._cjk_alts(c.text, st)
            out.append((c, [a for a in alts if a.toks]))
        flush()
        return out

    @staticmethod
    def _alt_query(alt: Alt):
        if alt.field == "city":
            return Q.Term("city", alt.toks[0], boost=alt.boost)
        if alt.groups:
            return Q.And(
                [
                    Q.Or(
                        [
                            KB._alt_query(Alt(toks, alt.boost, alt.source, slop=alt.slop))
                            for toks in group
                        ]
                    )
                    for group in alt.groups
                ]
            )
        parts = []
        for field, boost in (("text", 1.0), ("heading", 1.0)):
            if len(alt.toks) == 1:
                parts.append(Q.Term(field, alt.toks[0], boost=alt.boost * boost))
            else:
                parts.append(
                    Q.Phrase(field, list(alt.toks), slop=alt.slop, boost=alt.boost * boost)
                )
        return Q.Or(parts)

    def build(self, q: str, st: State):
        parsed = parse(q)
        expanded = self._concepts(parsed.concepts, st)
        positive = [(c, alts) for c, alts in expanded if not c.negated and alts]
        negative = [(c, alts) for c, alts in expanded if c.negated and alts]
        clauses, group = [], []
        for c, alts in positive:
            group.append(Q.Or([self._alt_query(a) for a in alts]))
            if not c.or_next:
                clauses.append(group[0] if len(group) == 1 else Q.Or(group))
                group = []
        if group:
            clauses.append(Q.Or(group))
        terms = {t for _, alts in positive for a in alts if a.field == "text" for t in a.toks}
        if not clauses:
            main = Q.Every()
        else:
            main = clauses[0] if len(clauses) == 1 else Q.And(clauses)
        # the parts a partial match may cover: each clause, and each word of an English phrase read
        # as one concept ("business environment reform" still finds what says "reform")
        units = list(clauses)
        for _, alts in positive:
            for a in alts:
                units += [self._alt_query(u) for u in _partial_units(a)]
        relaxed = Q.Or(units) if len(units) > 1 else None
        if negative:
            neg = Q.Or([self._alt_query(a) for _, alts in negative for a in alts])
            main = without(main, neg)
            if relaxed is not None:
                relaxed = without(relaxed, neg)
        explain = [_reading(c, alts) for c, alts in expanded]
        seq = [
            alts[0].toks[0]
            for _, alts in positive
            if alts[0].field == "text" and len(alts[0].toks) == 1
        ]
        near = seq if len(clauses) > 1 and len(seq) > 1 else []
        return main, relaxed, terms, parsed.filters, explain, near, units

    # ---- search --------------------------------------------------------------------------------

    def _validate(
        self,
        st: State,
        filters: dict[str, list[str]],
        limit: int,
        offset: int,
        sort: str,
        max_limit: int = MAX_LIMIT,
    ) -> None:
        if not isinstance(limit, int) or limit < 1 or limit > max_limit:
            raise BadQuery(f"limit: must be a whole number from 1 to {max_limit}")
        if not isinstance(offset, int) or offset < 0 or offset > MAX_OFFSET:
            raise BadQuery(f"offset: must be a whole number from 0 to {MAX_OFFSET}")
        if sort not in SORTS:
            raise BadQuery("sort: must be " + ", ".join(repr(x) for x in SORTS))
        for name, values in filters.items():
            for v in values:
                FACETS_BY_NAME[name].check(v, st.docs)

    def search(
        self,
        q: str = "",
        limit: int = 10,
        offset: int = 0,
        sort: str = "relevance",
        highlight_terms: bool = True,
        base_url: str | None = None,
        max_limit: int = MAX_LIMIT,
        collapse: bool = True,
        **filters,
    ) -> dict:
        """Measures matching `q` and the filters (a facet's name → its values: `city=["ningbo"]`,
        `year=["2021"]`; OR within a facet, AND across facets), with disjunctive facet counts.
        `base_url`: the site root the citations' absolute URLs start with (default $KB_BASE_URL).
        `max_limit`: a caller that pages through its own cap (the CSV export) may ask for more at once.
        `collapse`: show a paragraph repeated in several documents once (pages); an export lists all."""
        t0 = time.perf_counter()
        st = self.state()
        unknown = set(filters) - set(FACETS_BY_NAME)
        if unknown:
            raise BadQuery(
                f"{sorted(unknown)[0]}: not a filter (known: {', '.join(FACETS_BY_NAME)})"
            )
        main, relaxed, terms, typed, explain, near, units = self.build(q, st)
        filters = {f: list(vals or ()) for f, vals in filters.items()}
        for field, values in typed.items():
            filters[field] = filters.get(field, []) + values
        filters = {
            f: list(dict.fromkeys(v for v in vals if v)) for f, vals in filters.items() if vals
        }
        self._validate(st, filters, limit, offset, sort, max_limit)
        s = st.searcher()
        base = st.matches(main)
        was_relaxed = False
        partial: set[int] = set()
        if not base and relaxed is not None:
            base = st.matches(relaxed)
            if base:  # "showing partial matches" only over matches
                main, was_relaxed = relaxed, True
        elif relaxed is not None and len(base) < FEW_MATCHES:
            # few measures have every word: those that have some follow them, marked as partial
            partial = st.matches(relaxed) - base
            base = base | partial
        sets = {
            f: set().union(
                *(st.postings.get(FACETS_BY_NAME[f].field, {}).get(v, set()) for v in vals)
            )
            for f, vals in filters.items()
        }
        allowed = base.intersection(*sets.values()) if sets else base
        facets = {}
        for facet in FACETS:
            others = [v for g, v in sets.items() if g != facet.name]
            pool = base.intersection(*others) if others else base
            counts = {
                v: n
                for v, ids in st.postings.get(facet.field, {}).items()
                if (n := len(ids & pool))
            }
            facets[facet.name] = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
        total = len(allowed)
        hits = []
        ctx = context(base_url)
        if total and offset < total:
            if sort == "date":
                ranked = [(d, 0.0) for d in st.by_date(allowed, offset + limit)]
            elif sort == "order" or isinstance(main, Q.Every):
                res = s.search(
                    relaxed if partial else main,
                    filter=allowed,
                    limit=offset + limit,
                    sortedby=["doc_id", "para"],
                )
                ranked = [(h.docnum, 0.0) for h in res]
            else:
                depth = max(RERANK_DEPTH, offset + limit)
                ranked = []
                for query, pool, loose in (
                    (main, allowed - partial, was_relaxed),
                    (relaxed, allowed & partial, True),
                ):
                    if not pool:
                        continue
                    top = _by_language(st, query, pool, depth)
                    if loose:
                        cover = _coverage(st, units, [d for d, _ in top])
                        top = [(d, score * cover[d] ** RELAXED_COVERAGE_POWER) for d, score in top]
                    close = _near(s, [d for d, _ in top], near) if near else set()
                    ranked += sorted(
                        (
                            (d, score * (PROXIMITY_FACTOR if d in close else 1.0))
                            for d, score in top
                        ),
                        key=lambda x: (-x[1], x[0]),
                    )

            def load(d: int) -> dict:
                data = json.loads(s.stored_fields(d)["data"])
                data["partial"] = was_relaxed or d in partial
                return data

            for data, score in _page(ranked, load, offset, limit, collapse):
                data["score"] = round(score, 4)
                data["highlight"] = highlight(data["text"], terms) if highlight_terms else ""
                data["url"] = measure_url(data)
                data["citation"] = citation(st.docs.get(data["doc_id"], {}), data, ctx)
                hits.append(data)
        return {
            "suggestions": self._suggestions(
                q, explain, st, missing=not total or was_relaxed or bool(partial)
            ),
            "query": q,
            "total": total,
            "offset": offset,
            "limit": limit,
            "took_ms": round((time.perf_counter() - t0) * 1000, 2),
            "hits": hits,
            "facets": facets,
            "filters": filters,
            "relaxed": was_relaxed,
            "partial": len(allowed) if was_relaxed else len(allowed & partial),
            "sort": sort,
            "interpretation": explain,
        }

    def _suggestions(self, q: str, explain: list[dict], st: State, missing: bool) -> list[dict]:
        """For each query word that finds nothing, corpus words it may have meant, each with the
        whole query it gives (only those that find something): 宁波港 → 宁波舟山港. `missing`: some
        word of the query matched nothing (no result, or only partial ones)."""
        out: list[dict] = []
        latin_known = None
        for reading in explain:
            word = reading["word"]
            latin = all(c.isascii() for c in word)
            # a Chinese word is exact when quoted: one found only through its translations (宁波港 as
            # Ningbo + port) still gets the corpus's own words it may have meant (宁波舟山港)
            if (
                reading["negated"]
                or (latin and not missing)
                or (not latin and all(map(st.df, query_words(word))) and not missing)
            ):
                continue  # cheap checks first: most queries have every word
            if st.matches(self.build(word if latin else f'"{word}"', st)[0]):
                continue
            if latin:
                if latin_known is None:
                    latin_known = sorted(
                        set(glossary()) | set(st.maps.get("pinyin", {})) | set(gazetteer.cities())
                    )
                found = suggest.latin(word, latin_known)
            else:
                found = suggest.chinese(normalise(word), st.vocabulary())
                found += suggest.split(normalise(word), st.vocabulary())
            for alt in found:
                new_q = q.replace(word, alt, 1)
                if new_q != q and st.matches(self.build(new_q, st)[0]):
                    out.append({"word": word, "suggestion": alt, "query": new_q})
                if len(out) >= suggest.MAX_SUGGESTIONS:
                    return out
        return out

    # ---- documents and measures ----------------------------------------------------------------

    def documents(self) -> dict:
        return self.state().docs

    def document_list(self) -> list[dict]:
        """Every document as CONTRACT.md's document object: its metadata and `measures`, the number
        of its measures; in doc_id order."""
        docs = self.state().docs
        return [
            {
                **{k: meta.get(k) for k in DOC_FIELDS},
                "doc_id": doc_id,
                "measures": meta.get("n_measures", 0),
            }
            for doc_id, meta in sorted(docs.items())
        ]

    def measures(
        self, doc_id: str | None = None, paras: tuple[int, int] | None = None
    ) -> list[dict]:
        """Measures in reading order: all, one document's, or its paragraphs lo..hi (`paras`)."""
        return list(self.iter_measures(doc_id, paras))

    def iter_measures(self, doc_id: str | None = None, paras: tuple[int, int] | None = None):
        """Measures one at a time (each loaded as it is yielded), for answers streamed out."""
        st = self.state()
        s = st.searcher()
        q = Q.Term("doc_id", doc_id) if doc_id else Q.Every()
        if paras is not None:
            q = Q.And([q, Q.NumericRange("para", paras[0], paras[1])])
        for h in s.search(q, limit=None, sortedby=["doc_id", "para"]):
            yield json.loads(h["data"])

    def sections(self, doc_id: str) -> list[tuple[int, str]]:
        """(para, section) of every measure of a document, for its outline; kept for the last few
        documents asked for, so that paging through a long one reads its measures once."""
        st = self.state()
        cache = st.__dict__.setdefault("_sections", {})
        if doc_id not in cache:
            if len(cache) >= 32:
                cache.pop(next(iter(cache)))
            cache[doc_id] = [(m["para"], m["section"]) for m in self.iter_measures(doc_id)]
        return cache[doc_id]

    def document(self, doc_id: str, base_url: str | None = None) -> dict | None:
        """The document with every measure's citation (the API and the JSON twin)."""
        meta = self.state().docs.get(doc_id)
        if meta is None:
            return None
        return {**meta, "measures": list(self.cited_measures(doc_id, base_url))}

    def cited_measures(self, doc_id: str, base_url: str | None = None):
        """A document's measures with their URL and citation, one at a time (a long document's
        JSON is streamed out as they come, never held whole)."""
        ctx = context(base_url)
        meta = self.state().docs.get(doc_id, {})
        for m in self.iter_measures(doc_id):
            m["url"] = measure_url(m)
            m["citation"] = citation(meta, m, ctx)
            yield m

    def document_text(
        self, doc_id: str, mark: str = "", paras: tuple[int, int] | None = None
    ) -> dict | None:
        """The document for reading: metadata and measures without citations (those are fetched
        one at a time), each measure's text with the words of `mark` (a query) marked; only the
        paragraphs lo..hi when `paras` is given (a page of a long document)."""
        st = self.state()
        meta = st.docs.get(doc_id)
        if meta is None:
            return None
        measures = self.measures(doc_id, paras)
        terms = self.build(mark, st)[2] if mark.strip() else set()
        for m in measures:
            m["url"] = measure_url(m)
            if terms:
                m["marked"] = mark_all(m["text"], terms)
        return {**meta, "measures": measures}

    def measure(self, measure_id: str, base_url: str | None = None) -> dict | None:
        st = self.state()
        s = st.searcher()
        hit = s.document(id=measure_id)
        if hit is None:
            return None
        data = json.loads(hit["data"])
        data["url"] = measure_url(data)
        data["citation"] = citation(st.docs.get(data["doc_id"], {}), data, context(base_url))
        return data

    def related(self, measure_id: str, limit: int = 5) -> list[dict]:
        """More like this: the measure's most specific words, searched as an OR query."""
        st = self.state()
        s = st.searcher()
        hit = s.document(id=measure_id)
        if hit is None:
            return []
        data = json.loads(hit["data"])
        words = Counter(t.text for t in tokens(data["text"]) if not t.sub and len(t.text) > 1)
        scored = sorted(words, key=lambda w: -words[w] * s.idf("text", w))[:12]
        if not scored:
            return []
        q = without(Q.Or([Q.Term("text", w) for w in scored]), Q.Term("id", measure_id))
        out = []
        for h in s.search(q, limit=limit):
            m = json.loads(h["data"])
            m["url"] = measure_url(m)
            out.append(
                {
                    k: m[k]
                    for k in (
                        "id",
                        "doc_id",
                        "doc_title",
                        "para",
                        "section",
                        "text",
                        "themes",
                        "cities",
                        "url",
                    )
                }
            )
        return out

    def matrix(self) -> dict:
        """Measures counted by city × theme over the whole index."""
        st = self.state()
        counts = {
            (c, t): n
            for c, cids in st.postings["city"].items()
            for t, tids in st.postings["theme"].items()
            if (n := len(cids & tids))
        }
        cities = sorted(
            {c for c, _ in counts}, key=lambda c: -sum(v for (x, _), v in counts.items() if x == c)
        )
        return {
            "cities": cities,
            "themes": list(THEMES),
            "counts": {c: {t: counts.get((c, t), 0) for t in THEMES} for c in cities},
            "total_measures": len(st.live),
        }


def _by_language(st: State, query, allowed: set[int], depth: int) -> list[tuple[int, float]]:
    """The best measures of each language, scores scaled so that each language's best scores the
    boost of the reading that found it (1 for the query's own words, less for a translation): BM25
    statistics differ between languages (paragraph lengths, word frequencies), and a raw sum would
    bury the language whose scores run lower."""
    langs = st.postings.get("lang", {})
    pools = [allowed & ids for ids in langs.values()]
    rest = allowed.difference(*langs.values()) if langs else allowed
    pools = [p for p in pools + [rest] if p]
    out: list[tuple[int, float]] = []
    for pool in pools:
        top, strongest = st.rank(query, pool, depth)
        # the kind of measure weighs before the scaling, so each language's best answer sets its scale
        top = [(d, score * KIND_WEIGHT.get(st.kind_of[d], 0.8)) for d, score in top]
        peak = max((score for _, score in top), default=0.0)
        if len(pools) > 1 and peak > 0:
            top = [(d, score * min(1.0, strongest) / peak) for d, score in top]
        out += top
    return heapq.nlargest(depth, out, key=itemgetter(1))


def _coverage(st: State, clauses: list, docnums: list[int]) -> dict[int, float]:
    """Share of the query a measure covers, each clause weighed by its rarity (IDF): in a partial
    match of 区块链 宁波 a measure about 区块链 covers most of what was asked."""
    sets = [st.matches(c) for c in clauses]
    weights = [math.log((len(st.live) + 1) / (len(m) + 0.5)) for m in sets]
    total = sum(weights) or 1.0
    return {
        d: sum(w for w, m in zip(weights, sets, strict=True) if d in m) / total for d in docnums
    }


def _partial_units(alt: Alt) -> list[Alt]:
    """What of an English reading a partial match may cover on its own: each word of the query's
    English phrase, each meaning of a translation put together from parts, each word of a
    translation ("urban-rural income gap" → income, gap…)."""
    via = alt.source.partition(":")[0]
    if alt.groups:
        return [Alt((), 1.0, via, slop=alt.slop, groups=(group,)) for group in alt.groups]
    if via in TRANSLATION_BOOST and len(alt.toks) > 1 and all(t.isascii() for t in alt.toks):
        return [Alt((t,), 1.0, via) for t in alt.toks]
    return []


def _reading(concept: Concept, alts: list[Alt]) -> dict:
    """How one query word was read, for the page and the API: `matches` (every reading as text,
    kept for old clients) and `readings`, each with the way it was found."""
    readings: list[dict] = []
    for a in alts:
        via, _, shown = a.source.partition(":")
        if via == "words":  # the query's own words apart: nothing new to show
            continue
        if via == "query":
            words = {w.lower() for w in concept.text.split()}
            if (
                a.field == "text"
                and all(t.isascii() for t in a.toks)
                and not words.issuperset(a.toks)
            ):
                readings.append(
                    {"text": " ".join(t if t in words else t + "*" for t in a.toks), "via": "stem"}
                )
            continue
        if not any(r["text"] == shown and r["via"] == via for r in readings):
            readings.append({"text": shown, "via": via})
    return {
        "concept": concept.text,
        "word": concept.text,
        "negated": concept.negated,
        "matches": [
            a.source.split(":", 1)[-1] if a.source != "query" else " ".join(a.toks) for a in alts
        ],
        "read_as": [r["text"] for r in readings],
        "via": list(dict.fromkeys(r["via"] for r in readings)),
        "readings": readings,
    }


def measure_url(m: dict) -> str:
    """A measure's place on the site (relative: pages and the API prefix the host they were asked
    on; citations build their absolute URL in kb/cite.py)."""
    return f"/doc/{m['doc_id']}#p{m['para']}"


DUPLICATE_MIN_CHARS = 30
COLLAPSE_DEPTH = 200  # repeated paragraphs are looked for among this many top hits
NEAR_DUPLICATE_SCAN = 300  # beyond this many kept paragraphs only exact copies are looked for


def fingerprint(text: str) -> str:
    """The text as letters and digits only: the same notice copied by two sites, with other
    spacing, punctuation or full-width forms, has one fingerprint."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


def _copy_of(key: str, kept: dict[str, dict]) -> dict | None:
    """The kept measure this text repeats: the same fingerprint, or one holding the other with at
    most a fifth more (a copy that adds 转载： or a dateline)."""
    if key in kept:
        return kept[key]
    if len(kept) > NEAR_DUPLICATE_SCAN:
        return None
    for other, data in kept.items():
        short, long_ = sorted((key, other), key=len)
        if len(short) >= 0.8 * len(long_) and short in long_:
            return data
    return None


def _page(ranked: list[tuple[int, float]], load, offset: int, limit: int, collapse: bool):
    """One page of hits. Repeated paragraphs are collapsed among the first COLLAPSE_DEPTH ranked
    only, so a deep page loads at most that many measures besides its own."""
    if not collapse:
        return [(load(d), score) for d, score in ranked[offset : offset + limit]]
    head = _collapse(ranked[:COLLAPSE_DEPTH], load, offset + limit)
    if len(head) >= offset + limit or len(ranked) <= COLLAPSE_DEPTH:
        return head[offset : offset + limit]
    start = COLLAPSE_DEPTH + max(0, offset - len(head))
    tail = [
        (load(d), score)
        for d, score in ranked[start : start + offset + limit - max(offset, len(head))]
    ]
    return head[offset:] + tail


def _collapse(ranked: list[tuple[int, float]], load, want: int) -> list[tuple[dict, float]]:
    """The ranked measures with each repeated paragraph shown once, at its best rank, listing the
    other documents that hold it in `also_in`. Loads only as many measures as the page needs."""
    out: list[tuple[dict, float]] = []
    kept: dict[str, dict] = {}
    for d, score in ranked:
        data = load(d)
        key = fingerprint(data["text"])
        if len(key) >= DUPLICATE_MIN_CHARS:
            first = _copy_of(key, kept)
            if first is not None and first["doc_id"] != data["doc_id"]:
                first.setdefault("also_in", []).append(
                    {k: data[k] for k in ("id", "doc_id", "doc_title", "para")}
                    | {"url": measure_url(data)}
                )
                continue
            kept.setdefault(key, data)
        out.append((data, score))
        if len(out) >= want:
            break
    return out


def _scoring_leaves(query, boost: float = 1.0) -> list[tuple[object, float]]:
    """The terms and phrases that score a query, with their boosts; excluded parts do not score."""
    if isinstance(query, (Q.Term, Q.Phrase)):
        return [(query, boost * (query.boost or 1.0))]
    if isinstance(query, (Q.Or, Q.And)):
        return [
            x
            for sub in query.subqueries
            for x in _scoring_leaves(sub, boost * (query.boost or 1.0))
        ]
    return []


def _near(
    searcher, docnums: list[int], words: list[str], window: int = PROXIMITY_WINDOW
) -> set[int]:
    """Which of these measures have the query's words within `window` positions of each other, in
    order. Read from the positions of the top-ranked measures only: a phrase query would check
    every match in the index."""
    out: set[int] = set()
    wanted = sorted(docnums)
    for sub, offset in searcher.leaf_searchers():
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
            if all(d in p for p in positions) and _in_order_within(
                [p[d] for p in positions], window
            ):
                out.add(d + offset)
    return out


def _in_order_within(lists: list[list[int]], window: int) -> bool:
    """Some position of each word follows one of the previous word's within `window`."""
    reach = set(lists[0])
    for later in lists[1:]:
        reach = {p for p in later if any(0 < p - q <= window for q in reach)}
        if not reach:
            return False
    return True


def _decompose(word: str, fine: bool = False) -> list[str]:
    """A long word as its dictionary parts, longest (宁波舟山港 → 宁波 舟山港) or shortest first
    (→ 宁波 舟山, dropping one last character), to find the looser forms a text uses."""
    if len(word) < 4:
        return []
    subs = sorted(
        (t.start, len(t.text) if fine else -len(t.text), t.text) for t in tokens(word) if t.sub
    )
    out, pos = [], 0
    for off, _, piece in subs:
        if off == pos:
            out.append(piece)
            pos += len(piece)
    if pos == len(word) or (fine and pos == len(word) - 1 and len(out) > 1):
        return out
    return []


def _city_of(word: str) -> str | None:
    """The city a query word is about: its Chinese name, abbreviation, pinyin id or the pinyin of its
    Chinese name (xianggang is hongkong)."""
    cities = gazetteer.cities()
    if word in cities:
        return word
    if word in city_pinyin():
        return city_pinyin()[word]
    names = gazetteer.names()
    if word in names:
        return names[word]
    return gazetteer.solo_abbreviations().get(word)
