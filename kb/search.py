"""The search layer: validates a query, has kb/plan.py read it and the index backend run it, and
shapes the answer (facets, highlights, repeated paragraphs collapsed); also documents, related
measures and the city × theme matrix. One open generation per process, reopened when an
ingest publishes a new one.

The web and the CLI call only this module (and cite through it).
"""

from __future__ import annotations

import contextlib
import functools
import threading
import time
import unicodedata
from collections import Counter
from operator import itemgetter
from pathlib import Path

from kb import gazetteer, index, plan, ranking, suggest
from kb.backends import backend
from kb.chinese import normalise, query_words, tokens
from kb.crosslang import glossary
from kb.errors import BadQuery, IndexDamaged, IndexMissing, IndexOutdated, KBError
from kb.facets import BY_NAME as FACETS_BY_NAME
from kb.facets import FACETS, KINDS, SORTS, date_bound, in_range  # noqa: F401  (KINDS: kept importable from here)
from kb.highlight import highlight, mark_all
from kb.model import DOCUMENT_FIELDS, document_defaults
from kb.plan import AnyOf, Plan, Term, without
from kb.ranking import KIND_WEIGHT, in_order_within  # noqa: F401  (kept importable from here)
from kb.themes import THEMES
from kb.versions import link_versions

DOC_FIELDS = DOCUMENT_FIELDS  # a document object (CONTRACT.md), before `measures`
RELATED_FIELDS = ("id", "doc_id", "doc_title", "para", "section", "text", "themes", "cities")
MAX_LIMIT = 100
MAX_OFFSET = 10_000
DF_KEPT = 100_000  # words whose measure count a generation remembers (Generation.df)


class Titles:
    """The documents' titles in lower case, each and all joined (kb/ranking.py
    general_provisions_first asks which titles name a query)."""

    def __init__(self, docs: dict[str, dict]):
        self.by_doc = {doc_id: (d.get("title") or "").lower() for doc_id, d in docs.items()}
        self.joined = "\n".join(self.by_doc.values())


class Generation:
    """One published generation as the search layer sees it: the documents' metadata, the
    expansion maps and the backend's searcher. It is also the plan builder's lexicon."""

    def __init__(self, gen: Path):
        self.gen = gen
        if reason := index.damage(gen):
            raise IndexDamaged(reason)
        defaults = document_defaults()
        self.docs = {
            doc_id: {**meta, **{k: v for k, v in defaults.items() if k not in meta}}
            for doc_id, meta in index.read_docs(gen).items()
        }
        link_versions(self.docs)
        self.maps = index.read_expansions(gen)
        engine = backend(index.backend_of(gen))
        self.searcher = engine.open(gen)  # an index it cannot read at all says why
        if not engine.schema_is_current(gen):  # its queries would name fields it lacks
            raise IndexOutdated(
                f"{gen.parent}: the index was built by an older version of kb; run `kb ingest`"
            )
        self._pin = index.hold(gen)  # no ingest removes the folder while this reads it
        self.briefs = Briefs()  # the fingerprints of measures ranked lately (collapsing copies)
        self.titles = Titles(self.docs)
        self._df: dict[str, int] = {}  # see df
        self._places: dict = {}  # see place
        self._users, self._retired, self._closed = 0, False, False
        self._lock = threading.Lock()

    def df(self, word: str) -> int:
        """How many measures use a word (text field). Remembered: a generation never changes, and
        building one plan asks about the same words dozens of times (each reading's parts, its
        alternatives, the optional words), each a lookup in every segment's term table."""
        n = self._df.get(word)
        if n is None:
            if len(self._df) >= DF_KEPT:
                self._df.clear()
            n = self._df[word] = self.searcher.df(word)
        return n

    def place(self, ref, load) -> tuple[str, int | None]:
        """A measure's document and article (loaded once a generation: a search asked again
        loads only its page's hits, kb/ranking.py general_provisions_first asks of 30)."""
        found = self._places.get(ref)
        if found is None:
            if len(self._places) >= DF_KEPT:
                self._places.clear()
            data = load(ref)
            found = self._places[ref] = (data["doc_id"], (data.get("locator") or {}).get("article"))
        return found

    def vocabulary(self) -> dict[str, int]:
        """The Chinese words of the index and their measure counts (a misspelt word is put right
        to one of them)."""
        return self.searcher.vocabulary()

    def count(self, node) -> int:
        """How many live measures a query node matches (a short form's phrase: how often the
        corpus says it)."""
        return self.searcher.count(node)

    @contextlib.contextmanager
    def held(self):
        """Reading this generation: it stays open until the reader is done, even when newer ones
        are published meanwhile (a streamed /api/doc was cut off by two publishes)."""
        with self._lock:
            self._users += 1
        try:
            yield self
        finally:
            with self._lock:
                self._users -= 1
                done = self._retired and not self._users
            if done:
                self.close()

    def retire(self) -> None:
        """Replaced by a newer generation: closed now, or when its last reader is done."""
        with self._lock:
            self._retired = True
            done = not self._users
        if done:
            self.close()

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self.searcher.close()
        index.release(self._pin)


def _guarded(method):
    """A call reads one generation, held open until it returns. A failure while reading is damage
    when the live generation's files show it: then it is one IndexDamaged line naming the fix, not
    a traceback; any other failure is a bug and goes on as it is."""

    @functools.wraps(method)
    def call(self, *args, **kwargs):
        if getattr(self._local, "generation", None) is not None:  # inside another call
            return method(self, *args, **kwargs)
        try:
            st = self.state()
            with st.held():  # one generation for the whole call, open until it returns
                self._local.generation = st
                try:
                    return method(self, *args, **kwargs)
                finally:
                    self._local.generation = None
        except KBError:
            raise
        except Exception:
            self._raise_if_damaged()
            raise

    return call


class KB:
    """A handle on an index directory; reopens when an ingest publishes a new generation."""

    def __init__(self, index_dir):
        self.index_dir = Path(index_dir)
        self._state: Generation | None = None
        self._lock = threading.Lock()
        self._local = threading.local()  # the generation a call of this thread reads
        self._damaged: tuple[Path, str] | None = None  # a generation found damaged, and why

    def close(self) -> None:
        """Close the open generations' files (an app or a command done with the index); the next
        call reopens."""
        with self._lock:
            if self._state is not None:
                self._state.retire()
            self._state = None

    def state(self) -> Generation:
        if (held := getattr(self._local, "generation", None)) is not None:
            return held
        gen = index.current_generation(self.index_dir)
        if gen is None:
            raise IndexMissing(f"no index in {self.index_dir}: run `kb ingest` first")
        if self._damaged is not None and self._damaged[0] == gen:
            raise IndexDamaged(self._damaged[1])
        st = self._state
        if st is None or st.gen != gen:
            with self._lock:
                if self._state is None or self._state.gen != gen:
                    old, self._state = self._state, Generation(gen)
                    if old is not None:  # closed when the requests reading it are done
                        old.retire()
                st = self._state
        return st

    def build(self, q: str, st: Generation | None = None) -> Plan:
        """The query plan of `q` over this index (kb/plan.py)."""
        return plan.build(q, st or self.state())

    # ---- search --------------------------------------------------------------------------------

    def _validate(
        self,
        st: Generation,
        filters: dict[str, list[str]],
        limit: int,
        offset: int,
        sort: str,
        max_limit: int = MAX_LIMIT,
    ) -> None:
        if not isinstance(limit, int) or limit < 1 or limit > max_limit:
            raise BadQuery(
                f"limit: must be a whole number from 1 to {max_limit}",
                "number_range",
                param="limit",
                lo=1,
                hi=max_limit,
            )
        if not isinstance(offset, int) or offset < 0 or offset > MAX_OFFSET:
            raise BadQuery(
                f"offset: must be a whole number from 0 to {MAX_OFFSET}",
                "number_range",
                param="offset",
                lo=0,
                hi=MAX_OFFSET,
            )
        if sort not in SORTS:
            sorts = ", ".join(repr(x) for x in SORTS)
            raise BadQuery("sort: must be " + sorts, "one_of", param="sort", values=sorts)
        for name, values in filters.items():
            for v in values:
                FACETS_BY_NAME[name].check(v, st.docs)

    @_guarded
    def search(
        self,
        q: str = "",
        limit: int = 10,
        offset: int = 0,
        sort: str = "relevance",
        highlight_terms: bool = True,
        max_limit: int = MAX_LIMIT,
        collapse: bool = True,
        date_from: str | None = None,
        date_to: str | None = None,
        **filters,
    ) -> dict:
        """Measures matching `q` and the filters (a facet's name → its values: `city=["ningbo"]`,
        `year=["2021"]`; OR within a facet, AND across facets), with disjunctive facet counts.
        `max_limit`: a caller that pages through its own cap (the CSV export) may ask for more at
        once. `collapse`: show a paragraph repeated in several documents once (pages); an export
        lists all."""
        t0 = time.perf_counter()
        st = self.state()
        unknown = set(filters) - set(FACETS_BY_NAME)
        if unknown:
            name, known = sorted(unknown)[0], ", ".join(FACETS_BY_NAME)
            raise BadQuery(
                f"{name}: not a filter (known: {known})", "not_a_filter", param=name, values=known
            )
        plan_ = self.build(q, st)
        filters = {f: list(vals or ()) for f, vals in filters.items()}
        for name, values in plan_.filters.items():
            filters[name] = filters.get(name, []) + values
        filters = {
            f: list(dict.fromkeys(v for v in vals if v)) for f, vals in filters.items() if vals
        }
        self._validate(st, filters, limit, offset, sort, max_limit)
        lo, hi = date_bound("from", date_from), date_bound("to", date_to)
        ranged = dict(filters)
        if lo or hi:  # the dates of the documents in the range (none: a date no document has)
            dates = {d["date"] for d in st.docs.values() if in_range(d.get("date"), lo, hi)}
            ranged["docdate"] = sorted(dates) or ["0000"]
        found = st.searcher.search(
            plan_,
            {FACETS_BY_NAME[f].field: vals for f, vals in ranged.items()},
            sort=sort,
            offset=offset,
            limit=limit,
            facets=tuple(f.field for f in FACETS if f.counted),
        )
        facets = {f.name: by_count(found.facets.get(f.field, {})) for f in FACETS if f.counted}
        hits = []
        loaded: dict = {}

        def load(ref) -> dict:
            if ref not in loaded:
                loaded[ref] = st.searcher.load(ref)
                loaded[ref]["partial"] = ref in found.partial
            return loaded[ref]

        ranked = found.ranked
        if sort == "relevance" and (titled := _titled_by(plan_.explain, st.titles)):
            ranked = ranking.general_provisions_first(
                ranked, found.partial, lambda ref: _opening(st.place(ref, load), titled)
            )

        for data, score in _page(ranked, load, offset, limit, collapse, st.briefs):
            data["score"] = round(score, 4)
            data["highlight"] = highlight(data["text"], plan_.terms) if highlight_terms else ""
            hits.append(data)
        suggestions = self._suggestions(
            q, plan_.explain, st, missing=not found.total or found.incomplete
        )
        return {
            "suggestions": suggestions,
            "alternatives": self._alternatives(q, plan_, st, ranged, suggestions)
            if not found.total and q.strip()
            else [],
            "query": q,
            "total": found.total,
            "offset": offset,
            "limit": limit,
            "took_ms": round((time.perf_counter() - t0) * 1000, 2),
            "hits": hits,
            "facets": facets,
            "filters": filters,
            "date_range": {"from": lo, "to": hi},
            "relaxed": found.relaxed,
            "partial_total": found.partial_total,
            "partial": found.partial_total,  # the name before partial_total, kept for old clients
            "sort": sort,
            "interpretation": plan_.explain,
        }

    def _alternatives(
        self, q: str, plan_: Plan, st: Generation, filters: dict, suggestions: list[dict]
    ) -> list[dict]:
        """When no measure matches every concept: nearby queries that do, each with its total
        under the same filters (kb/suggest.py's `nearby`: a word dropped, a shorter word inside a
        compound, a reading on its own, the did-you-mean suggestions), most found first."""
        fields = {FACETS_BY_NAME[f].field: vals for f, vals in filters.items()}
        out: dict[str, int] = {}
        for alt in suggest.nearby(q, plan_.explain, tokens) + [s["query"] for s in suggestions]:
            if alt in out or alt == q or len(out) >= suggest.MAX_ALTERNATIVES_TRIED:
                continue
            alt_plan = self._nearby_plan(alt, st)
            if alt_plan is None or not alt_plan.explain:
                continue
            # counted by set algebra alone when there is no filter to apply
            out[alt] = (
                st.searcher.search(alt_plan, fields, limit=1).total
                if fields
                else st.searcher.count(alt_plan.main)
            )
        # the query's words an alternative keeps first, then what it finds: quantum gravity
        # telescope offers its pairs before quantum alone, however many more quantum finds
        words = [r["word"] for r in plan_.explain if not r["negated"] and not r.get("optional")]
        ranked = sorted(
            ((n, a) for a, n in out.items() if n),
            key=lambda x: (-sum(w in x[1] for w in words), -x[0]),
        )
        return [{"query": a, "total": n} for n, a in ranked[: suggest.MAX_SUGGESTIONS]]

    def _nearby_plan(self, q: str, st: Generation) -> Plan | None:
        """The plan of a query made from the one asked (a word dropped or put right), None when
        the length limit refuses it: a query of 500 characters with a word put right or a space
        left where a word was dropped may count 501, and is then no way on, not a 400."""
        try:
            return self.build(q, st)
        except BadQuery:
            return None

    def _suggestions(
        self, q: str, explain: list[dict], st: Generation, missing: bool
    ) -> list[dict]:
        """For each query word that finds nothing, corpus words it may have meant, each with the
        whole query it gives (only those that find something): 宁波港 → 宁波舟山港. `missing`: some
        word of the query matched nothing (no result, or only partial ones)."""
        out: list[dict] = []
        latin_known = None
        for reading in explain:
            word = reading["word"]
            latin = all(c.isascii() for c in word)
            # a Chinese word is exact when quoted: one found only through its translations
            # (宁波港 as Ningbo + port) still gets the corpus's own words it may have meant
            # (宁波舟山港)
            if (
                reading["negated"]
                or (latin and not missing)
                or (not latin and all(map(st.df, query_words(word))) and not missing)
            ):
                continue  # cheap checks first: most queries have every word
            if st.searcher.count(self.build(word if latin else f'"{word}"', st).main):
                continue
            if latin:
                if latin_known is None:
                    latin_known = sorted(
                        set(glossary())
                        | set(st.maps.get("pinyin", {})).difference(
                            st.maps.get("english_only_pinyin", ())
                        )
                        | set(gazetteer.cities())
                    )
                found = suggest.latin(word, latin_known)
            else:
                found = suggest.chinese(normalise(word), st.searcher.vocabulary())
                found += suggest.split(normalise(word), st.searcher.vocabulary())
            for alt in found:
                new_q = q.replace(word, alt, 1)
                if new_q != q and (p := self._nearby_plan(new_q, st)) and st.searcher.count(p.main):
                    out.append({"word": word, "suggestion": alt, "query": new_q})
                if len(out) >= suggest.MAX_SUGGESTIONS:
                    return out
        return out

    # ---- documents and measures ----------------------------------------------------------------

    @_guarded
    def documents(self) -> dict:
        return self.state().docs

    @_guarded
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

    @_guarded
    def measures(
        self, doc_id: str | None = None, paras: tuple[int, int] | None = None
    ) -> list[dict]:
        """Measures in reading order: all, one document's, or its paragraphs lo..hi (`paras`)."""
        return list(self.iter_measures(doc_id, paras))

    def iter_measures(self, doc_id: str | None = None, paras: tuple[int, int] | None = None):
        """Measures one at a time (each loaded as it is yielded), for answers streamed out."""
        st = self.state()
        with st.held():  # open until the last measure is out, whatever is published meanwhile
            measures = st.searcher.iter_measures(doc_id, paras)
            while True:
                try:
                    m = next(measures)
                except StopIteration:
                    return
                except Exception:
                    self._raise_if_damaged()
                    raise
                yield m

    def _raise_if_damaged(self) -> None:
        """IndexDamaged when the live generation's files show damage (read whole: only after a
        failure), remembered for that generation."""
        gen = index.current_generation(self.index_dir)
        if gen is not None and (reason := index.damage(gen, thorough=True)):
            self._damaged = (gen, reason)
            raise IndexDamaged(reason) from None

    @_guarded
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

    @_guarded
    def document(self, doc_id: str) -> dict | None:
        """The document's metadata with every measure (None for an unknown id)."""
        meta = self.state().docs.get(doc_id)
        if meta is None:
            return None
        return {**meta, "measures": self.measures(doc_id)}

    @_guarded
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
        terms = self.build(mark, st).terms if mark.strip() else frozenset()
        for m in measures:
            if terms:
                m["marked"] = mark_all(m["text"], terms)
        return {**meta, "measures": measures}

    @_guarded
    def measure(self, measure_id: str) -> dict | None:
        """One measure by its id, None when there is none."""
        return self.state().searcher.measure(measure_id)

    @_guarded
    def related(self, measure_id: str, limit: int = 5) -> list[dict]:
        """More like this: the measure's most specific words, searched as an OR query."""
        searcher = self.state().searcher
        data = searcher.measure(measure_id)
        if data is None:
            return []
        words = Counter(t.text for t in tokens(data["text"]) if not t.sub and len(t.text) > 1)
        scored = sorted(words, key=lambda w: -words[w] * searcher.idf(w))[:12]
        if not scored:
            return []
        node = without(AnyOf(tuple(Term("text", w) for w in scored)), Term("id", measure_id))
        out = []
        for ref, _ in searcher.top(node, limit):
            m = searcher.load(ref)
            out.append({k: m[k] for k in RELATED_FIELDS})
        return out

    @_guarded
    def matrix(self) -> dict:
        """Measures counted by city × theme over the whole index."""
        st = self.state()
        counts = st.searcher.cross_counts(
            FACETS_BY_NAME["city"].field, FACETS_BY_NAME["theme"].field
        )
        per_city = Counter()
        for (c, _), n in counts.items():
            per_city[c] += n
        cities = sorted(per_city, key=lambda c: (-per_city[c], c))  # ties by id: the same each run
        return {
            "cities": cities,
            "themes": list(THEMES),
            "counts": {c: {t: counts.get((c, t), 0) for t in THEMES} for c in cities},
            "total_measures": st.searcher.size,
        }


DUPLICATE_MIN_CHARS = 30
COLLAPSE_DEPTH = 200  # repeated paragraphs are looked for among this many top hits
NEAR_DUPLICATE_SCAN = 300  # beyond this many kept paragraphs only exact copies are looked for


def by_count(counts: dict[str, int]) -> dict[str, int]:
    """A facet's values, most measures first, then by value: two sorts in C, not a key function
    per value (the document facet of 100k measures holds 2,000 values, sorted on every search);
    a sort by count keeps the order by value among equal counts."""
    return dict(sorted(sorted(counts.items()), key=itemgetter(1), reverse=True))


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


COPY_FIELDS = ("id", "doc_id", "doc_title", "para")  # how a copy is named in `also_in`
BRIEFS_KEPT = 20_000  # measures whose fingerprint a generation remembers


class Briefs:
    """What collapsing needs of a measure (its fingerprint, and how it is named as a copy),
    remembered for the last BRIEFS_KEPT measures ranked: the generated corpus repeats
    sentences, so a query loaded up to COLLAPSE_DEPTH measures to show ten, and every query
    ranking the same copies loaded them again. Held by a generation (refs are its own)."""

    def __init__(self, size: int = BRIEFS_KEPT):
        self.size = size
        self._memo: dict = {}
        self._lock = threading.Lock()

    def get(self, ref) -> tuple[str, dict] | None:
        return self._memo.get(ref)

    def put(self, ref, data: dict) -> tuple[str, dict]:
        brief = (fingerprint(data["text"]), {k: data[k] for k in COPY_FIELDS})
        with self._lock:
            while len(self._memo) >= self.size:  # the oldest first
                self._memo.pop(next(iter(self._memo)))
            self._memo[ref] = brief
        return brief

    def __len__(self) -> int:
        return len(self._memo)


def _titled_by(explain: list[dict], titles: Titles) -> set[str]:
    """The documents whose title names every required word of the query, as typed or in one of
    its readings (绿色金融 and Huzhou in 湖州市绿色金融促进条例). Most queries name no title: a
    word in none of them (one search of all titles at once) ends it."""
    words = [
        [w["word"].lower()] + [r["text"].lower() for r in w["readings"]]
        for w in explain
        if not w["negated"] and not w.get("optional")
    ]
    if not words or not all(any(x in titles.joined for x in forms) for forms in words):
        return set()
    return {
        doc_id
        for doc_id, title in titles.by_doc.items()
        if all(any(x in title for x in forms) for forms in words)
    }


def _opening(place: tuple[str, int | None], titled: set[str]) -> bool:
    """One of the opening articles of a document the query names (ranking.GENERAL_ARTICLES)."""
    doc_id, article = place
    return doc_id in titled and article is not None and article <= ranking.GENERAL_ARTICLES


def _page(
    ranked: list[tuple[int, float]],
    load,
    offset: int,
    limit: int,
    collapse: bool,
    briefs: Briefs | None = None,
):
    """One page of hits. Repeated paragraphs are collapsed among the first COLLAPSE_DEPTH ranked
    only, so a deep page loads at most that many measures besides its own."""
    if not collapse:
        return [(load(d), score) for d, score in ranked[offset : offset + limit]]
    if briefs is None:  # remembered for this call only
        briefs = Briefs()
    head = _collapse(ranked[:COLLAPSE_DEPTH], load, offset + limit, briefs)
    if len(head) >= offset + limit or len(ranked) <= COLLAPSE_DEPTH:
        return head[offset : offset + limit]
    start = COLLAPSE_DEPTH + max(0, offset - len(head))
    tail = [
        (load(d), score)
        for d, score in ranked[start : start + offset + limit - max(offset, len(head))]
    ]
    return head[offset:] + tail


def _collapse(
    ranked: list[tuple[int, float]], load, want: int, briefs: Briefs
) -> list[tuple[dict, float]]:
    """The ranked measures with each repeated paragraph shown once, at its best rank, listing the
    other documents that hold it in `also_in`. Loads only the measures shown and those whose
    fingerprint `briefs` does not remember yet."""
    out: list[tuple[dict, float]] = []
    kept: dict[str, dict] = {}
    for d, score in ranked:
        data = None
        if (brief := briefs.get(d)) is None:
            data = load(d)
            brief = briefs.put(d, data)
        key, copy = brief
        if len(key) >= DUPLICATE_MIN_CHARS:
            first = _copy_of(key, kept)
            if first is not None and first["doc_id"] != copy["doc_id"]:
                first.setdefault("also_in", []).append(dict(copy))
                continue
        if data is None:
            data = load(d)
        if len(key) >= DUPLICATE_MIN_CHARS:
            kept.setdefault(key, data)
        out.append((data, score))
        if len(out) >= want:
            break
    return out
