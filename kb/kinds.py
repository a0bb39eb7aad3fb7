"""The kind of a paragraph (measure, goal, analysis, abstract, conclusion) from the headings above
it and its own words, by the same rules in Chinese and English; the cue words live in
kb/data/kinds.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kb import data_files

KINDS = ("conclusion", "abstract", "goal", "analysis", "measure")


@dataclass(frozen=True)
class Cues:
    heading_zh: tuple[str, ...]
    heading_en: re.Pattern | None
    text_zh: re.Pattern | None
    text_en: re.Pattern | None
    provision: re.Pattern | None = None


def _any(patterns: list[str], flags: int = 0) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags) if patterns else None


@cache
def cues() -> dict[str, Cues]:
    raw = data_files.toml("kinds.toml")
    out = {}
    for kind in KINDS:
        spec = raw.get(kind, {})
        words = [re.escape(w.lower()) for w in spec.get("heading_en", [])]
        out[kind] = Cues(
            tuple(spec.get("heading_zh", [])),
            re.compile(r"\b(?:" + "|".join(words) + ")") if words else None,
            _any(spec.get("text_zh", [])),
            _any(spec.get("text_en", []), re.I),
            _any(spec.get("provision", [])),
        )
    return out


def _heading_kind(heading: str) -> str | None:
    h = heading.lower()
    for kind, c in cues().items():
        if any(w in h for w in c.heading_zh) or (
            c.heading_en is not None and c.heading_en.search(h)
        ):
            return kind
    return None


def _text_says(kind: str, text: str, lang: str) -> bool:
    c = cues()[kind]
    pattern = c.text_en if lang == "en" else c.text_zh
    return bool(pattern and pattern.search(text))


def classify_kind(
    path: list[str],
    text: str,
    label: str | None,
    first: bool,
    ends_sentence: bool = True,
    lang: str = "zh",
) -> str:
    """measure / goal / analysis / abstract / conclusion, from the heading path and the text.

    Outside any heading kind the text's own words decide (加快, 应当; will, shall, has launched...);
    the opening paragraph of a text without headings is its abstract (a standfirst, a news lead)."""
    if label in ("摘要", "Abstract"):
        return "abstract"
    if cues()["measure"].provision.match(text):
        return "measure"
    if _text_says("goal", text, lang):
        return "goal"
    for heading in reversed(path):
        kind = _heading_kind(heading)
        if kind:
            return kind
    if not path and first and (not ends_sentence or lang == "en"):
        return "abstract"
    if _text_says("analysis", text, lang):
        return "analysis"
    return "measure" if _text_says("measure", text, lang) else "analysis"
