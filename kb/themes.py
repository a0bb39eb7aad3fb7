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

from kb import data_files
from kb.chinese import cut, normalise

THEMES = ("industry", "innovation", "infrastructure", "openness", "livelihood", "ecology")
MIN_SCORE = 3.0            # absolute evidence a theme needs
SHARE_OF_TOP = 0.5         # and this share of the leading theme's score
ANALYSIS_FACTOR = 1.6      # background analysis must be more clearly about a theme
HEADING_WEIGHT = 3.0       # a heading about a theme weighs on every paragraph under it


@dataclass
class ThemeTags:
    themes: list[str] = field(default_factory=list)
    evidence: dict[str, list[str]] = field(default_factory=dict)
    scores: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Lexicon:
    zh: dict[str, dict[str, float]]      # word -> {theme: weight after specificity}
    en: dict[str, dict[str, float]]
    heading: dict[str, set[str]]         # theme -> heading words
    longest: int


@cache
def lexicon() -> Lexicon:
    raw = data_files.toml("themes.toml")
    zh: dict[str, dict[str, float]] = defaultdict(dict)
    en: dict[str, dict[str, float]] = defaultdict(dict)
    heading: dict[str, set[str]] = {}
    for theme in THEMES:
        spec = raw[theme]
        for weight, words in spec.get("zh", {}).items():
            for w in words:
                w = normalise(w)
                zh[w][theme] = max(zh[w].get(theme, 0), float(weight))
        for weight, words in spec.get("en", {}).items():
            for w in words:
                en[w.lower()][theme] = max(en[w.lower()].get(theme, 0), float(weight))
        heading[theme] = {normalise(w) for w in spec.get("heading", [])}
    for table in (zh, en):
        for themes in table.values():  # a word shared by several themes decides less
            if len(themes) > 1:
                for t in themes:
                    themes[t] /= len(themes)
    return Lexicon(dict(zh), dict(en), heading, max(len(w) for w in zh))


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
                if w[i:i + size] in lex:
                    hits.append(w[i:i + size])
                    i += size
                    break
            else:
                i += 1
    return hits


EN_WORD = re.compile(r"[a-z0-9]+")


@cache
def _en_phrases() -> tuple[dict[tuple[str, ...], str], int]:
    """English lexicon phrases as word tuples, so a text is scanned once rather than once per phrase."""
    table = {tuple(EN_WORD.findall(p)): p for p in lexicon().en}
    table.pop((), None)
    return table, max((len(k) for k in table), default=1)


def _en_hits(text: str) -> list[str]:
    words = EN_WORD.findall(text.lower())
    table, longest = _en_phrases()
    hits = []
    for i in range(len(words)):
        for n in range(1, min(longest, len(words) - i) + 1):
            phrase = table.get(tuple(words[i:i + n]))
            if phrase:
                hits.append(phrase)
    return hits


def _heading_scores(section: str) -> dict[str, tuple[float, str]]:
    """Themes named by the headings above a measure; the nearest heading counts most."""
    out: dict[str, tuple[float, str]] = {}
    parts = [normalise(p) for p in section.split("›") if p.strip()]
    for depth, part in enumerate(reversed(parts)):
        factor = HEADING_WEIGHT / (1 + depth)
        for theme, words in lexicon().heading.items():
            hit = next((w for w in words if w in part), None)
            if hit and theme not in out:
                out[theme] = (factor, parts[len(parts) - 1 - depth])
    return out


def tag_themes(text: str, section: str = "", lang: str = "zh", kind: str = "measure",
               words: list[str] | None = None) -> ThemeTags:
    lex = lexicon()
    if lang == "en":
        hits, table = _en_hits(text), lex.en
    else:
        hits, table = _zh_hits(words if words is not None else cut(normalise(text))), lex.zh
    raw: dict[str, float] = defaultdict(float)
    seen: dict[tuple[str, str], int] = defaultdict(int)
    evidence: dict[str, list[str]] = defaultdict(list)
    for h in hits:
        for theme, weight in table[h].items():
            n = seen[(theme, h)]
            raw[theme] += weight / (1 + n)  # repeats add less and less
            seen[(theme, h)] += 1
            if h not in evidence[theme]:
                evidence[theme].append(h)
    length_norm = math.sqrt(max(len(text), 60) / 150)
    scores = {t: s / length_norm for t, s in raw.items()}
    for theme, (bonus, heading) in _heading_scores(section).items():
        scores[theme] = scores.get(theme, 0.0) + bonus
        evidence[theme].append(f"§ {heading}")
    need = MIN_SCORE * (ANALYSIS_FACTOR if kind in ("analysis", "other") else 1.0)
    top = max(scores.values(), default=0.0)
    # one word alone is a passing mention, unless the heading is about the theme too
    chosen = [t for t in THEMES if scores.get(t, 0) >= need and scores[t] >= SHARE_OF_TOP * top
              and len(evidence[t]) >= 2]
    chosen.sort(key=lambda t: -scores[t])
    return ThemeTags(chosen, {t: evidence[t][:8] for t in chosen},
                     {t: round(s, 2) for t, s in sorted(scores.items(), key=lambda x: -x[1])})


def label(theme: str, lang: str = "zh") -> str:
    spec = data_files.toml("themes.toml").get(theme, {})
    return spec.get("label_zh" if lang == "zh" else "label_en", theme)
