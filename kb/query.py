"""Reading what a user typed: words, "quoted phrases", OR, -exclusions and field:value filters.

Nothing typed makes this fail: unbalanced quotes or brackets, lone operators and control
characters are read as plain text; only a query over the length limit is refused.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from kb.errors import BadQuery
from kb.facets import BY_NAME
from kb.tones import positions as tone_positions

MAX_QUERY_CHARS = 500
FILTER_FIELDS = frozenset(BY_NAME)  # city: theme: year: genre: doc: kind: lang:
TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')


@dataclass
class Concept:
    """One thing the user asked for: a word or a phrase, possibly excluded or OR-ed with the
    next."""

    text: str
    phrase: bool = False
    negated: bool = False
    or_next: bool = False
    optional: bool = False  # a low-information word of a longer query: ranks, need not match
    tones: tuple[tuple[int, int], ...] = ()  # (letter, tone) typed with pinyin: kb/tones.py


@dataclass
class Parsed:
    concepts: list[Concept] = field(default_factory=list)
    filters: dict[str, list[str]] = field(default_factory=dict)


def clean(q: str) -> str:
    """Drop control characters, fold full-width forms and typographic apostrophes (Xi’an is
    Xi'an), collapse spaces."""
    q = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in q)
    q = unicodedata.normalize("NFKC", q).replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", q).strip()


TONE_NUMBERED = re.compile(r"(?:[a-z]+[1-5])+[a-z]*", re.IGNORECASE)
NUMBERED_SYLLABLE = re.compile(r"([a-z]+)[1-5]", re.IGNORECASE)


def _without_tone_numbers(word: str) -> str:
    """Pinyin with tone numbers in plain letters (yin3hang2 → yinhang, lv4se4 → lvse) when every
    number closes a syllable; any other word (5G, covid19, g20) as it is."""
    from kb.crosslang import SYLLABLE

    if not TONE_NUMBERED.fullmatch(word):
        return word
    if all(SYLLABLE.fullmatch(s.lower()) for s in NUMBERED_SYLLABLE.findall(word)):
        return re.sub(r"[1-5]", "", word)
    return word


def fold_latin(word: str) -> str:
    """A Latin word with tone marks, tone numbers or accents in plain letters (hǎishàng and
    hai3shang4 → haishang, lǜsè → lvse, as pinyin is keyed; café → cafe); any other word as it
    is."""
    if word.isascii():
        return _without_tone_numbers(word)
    word = unicodedata.normalize("NFD", word).replace("u\u0308", "v").replace("U\u0308", "V")
    bare = "".join(c for c in word if not unicodedata.combining(c))
    return bare if bare.isascii() else unicodedata.normalize("NFC", word)


RAW_SLACK = 4  # a query's raw length may exceed the limit this many times before it is cleaned


def length(q: str) -> int:
    """A query's length as a person counts it: characters once spaces are collapsed and trimmed,
    control characters dropped and forms composed (a pasted 500-character paragraph with its line
    breaks and an accent typed as two code points is 500 long)."""
    return sum(1 for c in clean(q) if not unicodedata.combining(c))


def _check_length(q: str) -> None:
    n = len(q) if len(q) > MAX_QUERY_CHARS * RAW_SLACK else length(q)
    if n > MAX_QUERY_CHARS:
        raise BadQuery(
            f"q: the query is {n:,} characters long; the limit is {MAX_QUERY_CHARS}",
            "query_too_long",
            count=f"{n:,}",
            limit=MAX_QUERY_CHARS,
        )


def parts(q: str | None) -> list[dict]:
    """The filters and exclusions typed in a query, each with the query left without it (for the
    page's removable chips): `{"kind": "filter"|"exclusion", "name", "value", "without"}`."""
    q = clean(q or "")
    out = []
    for m in TOKEN.finditer(q):
        neg, quoted, word = m.group(1), m.group(2), m.group(3)
        rest = " ".join((q[: m.start()] + " " + q[m.end() :]).split())
        fm = re.match(r"^(\w+):(.+)$", word or "")
        if fm and fm.group(1).lower() in FILTER_FIELDS:
            out.append(
                {
                    "kind": "filter",
                    "name": fm.group(1).lower(),
                    "value": fm.group(2).lower(),
                    "without": rest,
                }
            )
        elif (neg and quoted) or (word and word.startswith("-") and len(word.strip("-")) > 0):
            value = quoted if quoted is not None else word.lstrip("-")
            out.append({"kind": "exclusion", "name": "", "value": value, "without": rest})
    return out


def parse(q: str | None) -> Parsed:
    q = q or ""
    _check_length(q)
    q = clean(q)
    if q.count('"') % 2:
        q = q.replace('"', " ")
    q = q.replace("(", " ").replace(")", " ")
    out = Parsed()
    for m in TOKEN.finditer(q):
        neg, quoted, word = m.group(1), m.group(2), m.group(3)
        if quoted is not None:
            text = " ".join(fold_latin(w) for w in quoted.split())
            if text:
                out.concepts.append(Concept(text, phrase=True, negated=bool(neg)))
            continue
        if word in ("OR", "|", "||"):
            if out.concepts and not out.concepts[-1].negated:
                out.concepts[-1].or_next = True
            continue
        if word in ("AND", "&&", "+", "-", "NOT"):
            continue
        fm = re.match(r"^(\w+):(.+)$", word)
        if fm and fm.group(1).lower() in FILTER_FIELDS:
            out.filters.setdefault(fm.group(1).lower(), []).append(fm.group(2).lower())
            continue
        negated = word.startswith("-") and len(word) > 1
        word = word.lstrip("-+") if negated or word.startswith("+") else word
        raw = word.strip("*?~^!:,;")
        word = fold_latin(raw)
        if word:
            out.concepts.append(Concept(word, negated=negated, tones=tone_positions(raw)))
    # a trailing OR has nothing to join
    if out.concepts:
        out.concepts[-1].or_next = False
    return out
