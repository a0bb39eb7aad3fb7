"""City mentions in English text: names and places as whole words (Shanghai's, Ningbo-based,
Hangzhou-Ningbo), regions and bodies that contain a city's name but are not the city (Hangzhou Bay,
the Shanghai Cooperation Organisation), a shared pinyin decided by the province in view (Suzhou is
苏州 unless Anhui is in view), abbreviations the text defines (Suzhou Industrial Park (SIP) → SIP),
and "the city" of a document about one city.

All names live in kb/data/cities.toml (`en_names`, `en_places`, `[en_regions]`,
`[en_self_reference]`, `[provinces.en]`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from kb import english, gazetteer

SENTENCE_GAP = re.compile(r"[.!?;:]")
# A defined abbreviation: "Suzhou Industrial Park (SIP)", "(hereinafter the “HBNA”)".
DEFINITION = re.compile(
    r"\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+)?|the\s+|or\s+)?[\"“']?"
    r"(?P<abbr>[A-Z][A-Za-z0-9&-]{1,9})[\"”']?\s*\)"
)
CONNECTORS = {"of", "and", "for", "the", "on", "in", "de"}
DOMINANT_MIN = 3  # mentions a document's main city needs
DOMINANT_RATIO = 2.0  # and how far ahead of the next city it must be


@dataclass(frozen=True)
class Entry:
    kind: str  # name | place | derived (bare pinyin of a district) | region | self | province
    candidates: tuple[tuple[str, str], ...]  # (city or province id, kind), the default first
    upper: bool = False  # written in capitals in the data (HK, CIIE): must be so in the text


@dataclass(frozen=True)
class Mention:
    entry: Entry
    phrase: str  # as written in the text
    key: tuple[str, ...]
    sentence: int
    start: int  # index of its first word
    span: tuple[int, int] = (0, 0)  # characters in the text


@dataclass
class CityContext:
    """What a whole document tells about its cities: defined abbreviations, provinces, its main
    city."""

    abbreviations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    provinces: Counter = field(default_factory=Counter)
    focus: tuple[
        str, ...
    ] = ()  # the city the document is about, or a pair it names as one (Ningbo-Zhoushan)


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(w.text for w in english.words(phrase))


@cache
def _table() -> tuple[dict[tuple[str, ...], Entry], int]:
    raw: dict[tuple[str, ...], list[tuple[str, str, bool]]] = {}

    def add(phrase: str, target: str, kind: str) -> None:
        key = _key(phrase)
        if key:
            raw.setdefault(key, []).append((target, kind, phrase.isupper() and len(phrase) > 1))

    for c in gazetteer.cities().values():
        for n in c.en_names:
            add(n, c.id, "name")
        for p in c.en_places:
            add(p, c.id, "place")
    curated = set(raw)
    for phrase, target, kind in _romanised_places():
        if _key(phrase) not in curated:
            add(phrase, target, kind)
    for name, pid in gazetteer.province_names_en().items():
        add(name, pid, "province")
    for w in gazetteer.section("en_regions"):
        add(w, "", "region")
    for w in gazetteer.section("en_self_reference"):
        add(w, "", "self")
    labels = {_key(c.en): c.id for c in gazetteer.cities().values()}
    table = {}
    for key, items in raw.items():
        kinds = [k for _, k, _ in items]
        # a region, a province or a self-reference is never a city; among cities the one whose
        # label is this very name comes first (Suzhou → suzhou before suzhou_ah), else file order
        for special in ("region", "self", "province"):
            if special in kinds:
                items = [i for i in items if i[1] == special]
                break
        default = labels.get(key)
        items.sort(key=lambda i: i[0] != default)
        cands = tuple(dict.fromkeys((t, k) for t, k, _ in items))
        table[key] = Entry(items[0][1], cands, all(u for _, _, u in items))
    return table, max(len(k) for k in table)


DESIGNATORS = {"区": "District", "县": "County", "市": "City"}


def _romanised_places() -> list[tuple[str, str, str]]:
    """The gazetteer's districts, counties and county-level cities (金寨县, 贾汪区) as English
    writes them: "Jinzhai County" is the county's place; "Jinzhai" alone is only `derived`, taken
    where its province is in view, since a bare pinyin name may be anything (a mountain, a
    person). Names the English data lists itself (curated) win."""
    out = []
    for c in gazetteer.cities().values():
        for p in c.places:
            if len(p) < 3 or p[-1] not in DESIGNATORS or not CJK_NAME.fullmatch(p):
                continue
            for stem in _readings(p[:-1]):
                out.append((f"{stem} {DESIGNATORS[p[-1]]}", c.id, "place"))
                out.append((stem, c.id, "derived"))
    return out


CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")
READINGS = 4  # a name's readings at most (长丰: Changfeng and Zhangfeng; 盐都: Yandu, Yandou)


def _readings(stem: str) -> list[str]:
    """A Chinese place name's pinyin as English writes it (Jinzhai), every reading of its
    characters of several (长, 都, 乐), at most READINGS: a wrong one is a word nobody writes."""
    from kb.crosslang import syllable_readings

    combos = syllable_readings(stem, READINGS, per_char=2)
    # a syllable opening on a vowel after another is set apart (裕安: Yu'an, 淮安: Huai'an)
    joined = (re.sub(r"'(?=[^aoe])", "", "'".join(c)) for c in combos)
    return list(dict.fromkeys(j.capitalize() for j in joined))


@cache
def _name_keys() -> dict[str, tuple[tuple[str, ...], ...]]:
    return {c.id: tuple(_key(n) for n in c.en_names) for c in gazetteer.cities().values()}


@cache
def _longest_from() -> dict[str, int]:
    """For each first word of a gazetteer phrase, the length of the longest phrase it opens."""
    out: dict[str, int] = {}
    for key in _table()[0]:
        out[key[0]] = max(out.get(key[0], 0), len(key))
    return out


@cache
def _single_words() -> frozenset[str]:
    return frozenset(k[0] for k in _table()[0] if len(k) == 1)


def _join_split_names(text: str, ws: list[english.Word]) -> list[english.Word]:
    """Lin-gang is Lingang: two hyphened pieces that make one gazetteer word are that word."""
    out: list[english.Word] = []
    for w in ws:
        prev = out[-1] if out else None
        if (
            prev is not None
            and text[prev.end : w.start] == "-"
            and prev.text + w.text in _single_words()
            and prev.text not in _single_words()
        ):
            out[-1] = english.Word(prev.text + w.text, prev.start, w.end, prev.capital)
        else:
            out.append(w)
    return out


def _contains(key: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(key[i : i + len(part)] == part for i in range(len(key) - len(part) + 1))


def find_mentions(text: str) -> list[Mention]:
    """Gazetteer phrases in the text, longest first, each word used once."""
    if not text.isascii() and not any(c.isascii() and c.isalpha() for c in text):
        return []
    ws = _join_split_names(text, english.words(text))
    table = _table()[0]
    longest_from = _longest_from()
    sentence = [0] * len(ws)
    for i in range(1, len(ws)):
        sentence[i] = sentence[i - 1] + bool(SENTENCE_GAP.search(text[ws[i - 1].end : ws[i].start]))
    out: list[Mention] = []
    i = 0
    while i < len(ws):
        for n in range(min(longest_from.get(ws[i].text, 0), len(ws) - i), 0, -1):
            if sentence[i + n - 1] != sentence[i]:
                continue
            key = tuple(w.text for w in ws[i : i + n])
            entry = table.get(key)
            if entry is None:
                continue
            span = text[ws[i].start : ws[i + n - 1].end]
            if n == 1 and i > 0 and _after_surname(text, ws[i - 1], ws[i]):
                continue
            if entry.kind != "self" and (not ws[i].capital or (entry.upper and not span.isupper())):
                continue
            if (
                entry.kind == "self"
                and i + n < len(ws)
                and ws[i + n].text == "of"
                and sentence[i + n] == sentence[i]
            ):
                continue  # "the city of Hangzhou" names its city itself
            out.append(Mention(entry, span, key, sentence[i], i, (ws[i].start, ws[i + n - 1].end)))
            i += n
            break
        else:
            i += 1
    return out


@cache
def _surnames() -> frozenset[str]:
    return frozenset(w.lower() for w in gazetteer.section("en_surnames"))


def _after_surname(text: str, prev: english.Word, word: english.Word) -> bool:
    """Li Haiyan is a person: a one-word name right after a capitalised surname is a given name."""
    return prev.capital and prev.text in _surnames() and text[prev.end : word.start] == " "


def _province(target: str, kind: str) -> str:
    return target if kind == "province" else gazetteer.cities()[target].province


def _provinces(mentions: list[Mention]) -> Counter:
    """Provinces in view: named ones and those of the cities named without doubt."""
    out: Counter = Counter()
    for m in mentions:
        if (
            m.entry.kind in ("name", "place", "province")
            and len({t for t, _ in m.entry.candidates}) == 1
        ):
            out[_province(*m.entry.candidates[0])] += 1
    return out


def _resolve(m: Mention, views: list[Counter]) -> tuple[str, str]:
    """The one candidate whose province is in view, nearest view first; else the default."""
    cands = m.entry.candidates
    if len(cands) == 1:
        return cands[0]
    for view in views:
        fits = [c for c in cands if view.get(_province(*c))]
        if len({_province(*c) for c in fits}) == 1:
            return fits[0]
    return cands[0]


def _defined(text: str) -> dict[str, tuple[str, ...]]:
    """Abbreviations defined in the text whose long form names or stands for a city."""
    out: dict[str, tuple[str, ...]] = {}
    for d in DEFINITION.finditer(text):
        abbr = d.group("abbr")
        if sum(c.isupper() for c in abbr) < 2:
            continue
        chunk = text[max(0, d.start() - 160) : d.start()]
        before = english.words(chunk)
        run: list[english.Word] = []
        for w in reversed(before):
            if not (w.capital or w.text in CONNECTORS or w.text.isdigit()):
                break
            run.insert(0, w)
        while run and run[0].text in CONNECTORS:
            run.pop(0)
        if not run:
            continue
        cities = _cities_of(
            find_mentions(" ".join(chunk[w.start : w.end] for w in run)), [Counter()]
        )
        if cities:
            out[abbr] = tuple(dict.fromkeys(cities))
    return out


def _cities_of(mentions: list[Mention], views: list[Counter]) -> list[str]:
    return [_resolve(m, views)[0] for m in mentions if m.entry.kind in ("name", "place")]


def city_context(texts: list[str], title: str = "", doc_city: str | None = None) -> CityContext:
    """Read a whole document once: its defined abbreviations, provinces in view and main city."""
    ctx = CityContext()
    counts: Counter = Counter()
    pairs: set[frozenset[str]] = set()
    for weight, text in [(3, title)] + [(1, t) for t in texts]:
        if not text:
            continue
        ctx.abbreviations.update(_defined(text))
        mentions = [m for m in find_mentions(text) if m.entry.kind in ("name", "place", "province")]
        ctx.provinces.update(_provinces(mentions))
        view = [_provinces(mentions)]
        for a, b in zip(mentions, mentions[1:], strict=False):
            if text[a.span[1] : b.span[0]] == "-" and a.entry.kind != "province" != b.entry.kind:
                pairs.add(frozenset((_resolve(a, view)[0], _resolve(b, view)[0])))
        for city in _cities_of(mentions, view):
            counts[city] += weight
    if doc_city:
        ctx.focus = (doc_city,)
        return ctx
    ranked = counts.most_common(3) + [("", 0)] * 3
    (first, n1), (second, n2), (_, n3) = ranked[:3]
    if n1 >= DOMINANT_MIN and n1 >= DOMINANT_RATIO * n2:
        ctx.focus = (first,)
    elif n1 >= DOMINANT_MIN and frozenset((first, second)) in pairs and n2 >= DOMINANT_RATIO * n3:
        ctx.focus = (first, second)
    return ctx


def english_cities(
    text: str, tags, doc_city: str | None = None, context: CityContext | None = None
) -> None:
    """Add the cities an English text names or stands for to `tags` (a CityTags)."""
    mentions = find_mentions(text)
    context = context or CityContext()
    para_view = _provinces(mentions)
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    focus = (doc_city,) if doc_city else context.focus
    named_in: dict[int, set[str]] = {}
    for m in mentions:
        if m.entry.kind not in ("name", "place", "derived"):
            continue
        views = [_provinces(by_sentence[m.sentence]), para_view]
        if context.provinces:
            # the whole document decides only when a single candidate's province appears in it
            # at all
            views.append(context.provinces)
        city, kind = _resolve(m, views)
        if kind == "derived" and not any(v.get(_province(city, kind)) for v in views):
            continue  # a bare pinyin name with its province nowhere in view: not a place
        explicit = kind == "name" or any(_contains(m.key, k) for k in _name_keys()[city])
        tags.add(city, m.phrase, "name" if explicit else "place")
        named_in.setdefault(m.sentence, set()).add(city)
    for abbr, cities in context.abbreviations.items():
        if re.search(rf"(?<![\w-]){re.escape(abbr)}(?![\w-])", text) and not _defines(text, abbr):
            for city in cities:
                tags.add(city, abbr, "place")
    for m in mentions:
        if m.entry.kind == "self" and focus and not (named_in.get(m.sentence, set()) - set(focus)):
            for city in focus:
                tags.add(city, m.phrase, "self")


def _defines(text: str, abbr: str) -> bool:
    """The text defines the abbreviation itself, so its long form already gave the city."""
    return any(d.group("abbr") == abbr for d in DEFINITION.finditer(text))
