"""Theme tagging: weighted lexicons, the heading a measure sits under, and word specificity.

A measure gets the themes it is substantially about: a theme must reach an absolute score and a
share of the leading theme's score; background analysis needs more than a passing mention.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from kb import data_files, english
from kb.chinese import cut, normalise
from kb.script import is_english

THEMES = ("industry", "innovation", "infrastructure", "openness", "livelihood", "ecology")
MIN_SCORE = 3.0  # absolute evidence a theme needs
SHARE_OF_TOP = 0.5  # and this share of the leading theme's score
ANALYSIS_FACTOR = 1.6  # background analysis must be more clearly about a theme
HEADING_WEIGHT = 3.0  # a heading about a theme weighs on every paragraph under it
EN_CHARS_PER_ZH = (
    3.0  # English takes about this many characters to say what one Chinese character says
)


@dataclass
class ThemeTags:
    themes: list[str] = field(default_factory=list)
    evidence: dict[str, list[str]] = field(default_factory=dict)
    scores: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Lexicon:
    zh: dict[str, dict[str, float]]  # word -> {theme: weight after specificity}
    en: dict[tuple[str, ...], dict[str, float]]  # phrase as Snowball stems -> {theme: weight}
    heading: dict[str, set[str]]  # theme -> Chinese heading words
    en_heading: dict[tuple[str, ...], set[str]]  # English heading phrase (stems) -> themes
    longest: int
    en_longest: int = 1  # words in the longest English phrase


def _stem_keys(phrase: str) -> list[tuple[str, ...]]:
    """A phrase as stems; a hyphenated word also as one joined word (start-up → startup)."""
    keys = [tuple(english.stems(phrase))]
    if "-" in phrase:
        keys.append(tuple(english.stems(re.sub(r"(?<=\w)-(?=\w)", "", phrase))))
    return [k for k in dict.fromkeys(keys) if k]


def _divide_shared(table: dict) -> None:
    for themes in table.values():  # a word shared by several themes decides less
        if len(themes) > 1:
            for t in themes:
                themes[t] /= len(themes)


@cache
def lexicon() -> Lexicon:
    raw = data_files.toml("themes.toml")
    raw_en = data_files.toml("themes_en.toml")
    zh: dict[str, dict[str, float]] = defaultdict(dict)
    en: dict[tuple[str, ...], dict[str, float]] = defaultdict(dict)
    heading: dict[str, set[str]] = {}
    en_heading: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for theme in THEMES:
        spec = raw[theme]
        for weight, words in spec.get("zh", {}).items():
            for w in words:
                w = normalise(w)
                zh[w][theme] = max(zh[w].get(theme, 0), float(weight))
        heading[theme] = {normalise(w) for w in spec.get("heading", [])}
        spec_en = raw_en.get(theme, {})
        for weight in ("3", "2", "1"):
            for phrase in spec_en.get("w" + weight, []):
                for key in _stem_keys(phrase):
                    en[key][theme] = max(en[key].get(theme, 0), float(weight))
        for phrase in spec_en.get("heading", []):
            for key in _stem_keys(phrase):
                en_heading[key].add(theme)
    for phrase in raw_en.get("neutral", {}).get("words", []):
        for key in _stem_keys(phrase):
            en[key] = {}  # a name: its words are used up and count for no theme
    _divide_shared(zh)
    _divide_shared(en)
    return Lexicon(
        dict(zh),
        dict(en),
        heading,
        dict(en_heading),
        max(len(w) for w in zh),
        max(len(k) for k in [*en, *en_heading]),
    )


def _zh_hits(words: list[str]) -> list[str]:
    """Lexicon words among jieba's words; inside an unknown long word, its longest lexicon part."""
    lex = lexicon().zh
    hits = []
    for w in words:
        if w in lex:
            hits.append(w)
            continue
        if len(w) < 3:
            continue
        i = 0
        while i < len(w):
            for size in range(min(len(w) - i, lexicon().longest), 1, -1):
                if w[i : i + size] in lex:
                    hits.append(w[i : i + size])
                    i += size
                    break
            else:
                i += 1
    return hits


def _phrase_hits(
    text: str, table: dict[tuple[str, ...], object]
) -> list[tuple[tuple[str, ...], str]]:
    """Lexicon phrases in an English text as (stems, words as written), longest first, each word
    once."""
    ws = english.words(text)
    stems = [english.stem_word(w.text) for w in ws]
    longest = lexicon().en_longest
    hits = []
    i = 0
    while i < len(ws):
        for n in range(min(longest, len(ws) - i), 0, -1):
            key = tuple(stems[i : i + n])
            if key in table:
                hits.append((key, text[ws[i].start : ws[i + n - 1].end]))
                i += n
                break
        else:
            i += 1
    return hits


def _heading_scores(section: str) -> dict[str, tuple[float, str]]:
    """Themes named by the headings above a measure; the nearest heading counts most."""
    out: dict[str, tuple[float, str]] = {}
    parts = [normalise(p) for p in section.split("›") if p.strip()]
    for depth, part in enumerate(reversed(parts)):
        factor = HEADING_WEIGHT / (1 + depth)
        if is_english(part):
            themes = {
                t
                for key, _ in _phrase_hits(part, lexicon().en_heading)
                for t in lexicon().en_heading[key]
            }
        else:
            themes = {t for t, words in lexicon().heading.items() if any(w in part for w in words)}
        for theme in themes:
            if theme not in out:
                out[theme] = (factor, parts[len(parts) - 1 - depth])
    return out


def tag_themes(
    text: str,
    section: str = "",
    lang: str = "zh",
    kind: str = "measure",
    words: list[str] | None = None,
) -> ThemeTags:
    lex = lexicon()
    if lang == "en":
        hits, table = _phrase_hits(text, lex.en), lex.en
        length = len(text) / EN_CHARS_PER_ZH
    else:
        found = _zh_hits(words if words is not None else cut(normalise(text)))
        hits, table, length = [(h, h) for h in found], lex.zh, len(text)
    raw: dict[str, float] = defaultdict(float)
    seen: dict[tuple[str, object], int] = defaultdict(int)
    evidence: dict[str, list[str]] = defaultdict(list)
    keys: dict[str, set] = defaultdict(set)  # distinct words per theme (port and ports are one)
    for key, written in hits:
        for theme, weight in table[key].items():
            n = seen[(theme, key)]
            raw[theme] += weight / (1 + n)  # repeats add less and less
            seen[(theme, key)] += 1
            if key not in keys[theme]:
                keys[theme].add(key)
                evidence[theme].append(written)
    length_norm = math.sqrt(max(length, 60) / 150)
    scores = {t: s / length_norm for t, s in raw.items()}
    for theme, (bonus, heading) in _heading_scores(section).items():
        scores[theme] = scores.get(theme, 0.0) + bonus
        evidence[theme].append(f"§ {heading}")
        keys[theme].add(("§",))
    need = MIN_SCORE * (ANALYSIS_FACTOR if kind == "analysis" else 1.0)
    top = max(scores.values(), default=0.0)
    # one word alone is a passing mention, unless the heading is about the theme too
    chosen = [
        t
        for t in THEMES
        if scores.get(t, 0) >= need and scores[t] >= SHARE_OF_TOP * top and len(keys[t]) >= 2
    ]
    chosen.sort(key=lambda t: -scores[t])
    return ThemeTags(
        chosen,
        {t: evidence[t][:8] for t in chosen},
        {t: round(s, 2) for t, s in sorted(scores.items(), key=lambda x: -x[1])},
    )


def label(theme: str, lang: str = "zh") -> str:
    spec = data_files.toml("themes.toml").get(theme, {})
    return spec.get("label_zh" if lang == "zh" else "label_en", theme)
