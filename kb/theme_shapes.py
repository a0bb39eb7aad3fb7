"""Shapes of words the theme lexicons cannot list one by one (themes_rules.toml): a foreign firm
named by its country (韩国特西氪公司, 德企, 对德合作, German companies), the people and scams a
court or police paragraph concerns (妇女儿童, 电信网络诈骗; children, banks), and an English
port of entry (a land port's "port" is openness, not infrastructure)."""

from __future__ import annotations

import re
from functools import cache

from kb import data_files, english
from kb.chinese import cut, normalise

CJK = "\u4e00-\u9fff"


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _foreign() -> dict:
    """The shapes, each with its country in group `c`."""
    raw = data_files.toml("themes_rules.toml").get("foreign", {})
    gap = int(raw.get("name_chars", 10))
    domestic = _alt(raw.get("domestic_zh", [])) or "(?!)"
    countries, abbr = _alt(raw.get("countries_zh", [])), _alt(raw.get("abbreviations_zh", []))
    partners = _alt(raw.get("park_partners_zh", [])) or "(?!)"
    name = rf"(?:(?!{domestic})[^，。；、,;:：\s“”《》]){{0,{gap}}}?"
    zh = [
        rf"(?P<c>{countries}){name}(?:{_alt(raw.get('firm_words_zh', []))})",
        rf"(?P<c>{abbr})(?:{_alt(raw.get('abbreviated_zh', []))})",
        rf"对(?P<c>{countries}|{abbr})(?:经贸)?(?:{_alt(raw.get('ties_zh', []))})",
        rf"(?P<c>中(?:{abbr}|{partners}))(?:[（(][^）)]{{1,8}}[）)])?[^，。；、\s]{{0,12}}?"
        rf"(?:{_alt(raw.get('parks_zh', []))})",
    ]
    between = int(raw.get("between_en", 2))
    en = (
        rf"(?<![\w-])(?P<c>{_alt(raw.get('countries_en', []))})"
        rf"(?:-(?:{_alt(raw.get('funded_en', []))}))?"
        rf"(?:\s+[\w-]+){{0,{between}}}?\s+(?:{_alt(raw.get('firm_words_en', []))})\b"
    )
    whole = all(raw.get(k) for k in ("countries_zh", "firm_words_zh", "abbreviations_zh"))
    return {  # no shapes without their lists (an empty country would match any firm)
        "weight": float(raw.get("weight", 3)),
        "zh": [re.compile(p) for p in zh] if whole else [],
        "en": [re.compile(en)] if raw.get("countries_en") and raw.get("firm_words_en") else [],
    }


def foreign_firms(text: str, lang: str, starts: set[int] | None = None) -> list[tuple[str, str]]:
    """The places a text names a foreign firm, investor or tie by its country (韩国特西氪公司,
    德企, 对日招商, 中韩产业园; Korean-funded firms), each with the country as written. For
    Chinese, a match must start where a jieba word starts (`starts`), so 节日资金 holds no 日资."""
    out = []
    for pattern in _foreign()[lang]:
        for m in pattern.finditer(text):
            if starts is None or m.start() in starts:
                out.append((m.group(), m.group("c")))
    return out


def foreign_weight() -> float:
    return _foreign()["weight"]


def _stems(words: list[str]) -> frozenset:
    """Single English words as stems (a hyphenated one as its parts: e-commerce is e, commerc)."""
    return frozenset(english.stem_word(x.text) for w in words for x in english.words(w))


@cache
def _justice() -> dict:
    raw = data_files.toml("themes_rules.toml").get("justice", {})
    markers_en = raw.get("markers_en", [])
    return {
        "markers": int(raw.get("markers", 2)),
        "zh": (
            tuple(raw.get("markers_zh", [])),
            tuple(raw.get("words_zh", [])),
            tuple(raw.get("strong_zh", [])),
        ),
        "en": (
            _stems([w for w in markers_en if " " not in w]),
            tuple(w for w in markers_en if " " in w),
            _stems(raw.get("words_en", [])),
            _stems(raw.get("strong_en", [])),
        ),
        # a quick look before stemming the paragraph: none of these, no marker
        "en_any": tuple({w.lower() for w in markers_en + raw.get("strong_en", [])}),
    }


def _is_justice(text: str, lang: str, words: list[str] | None = None) -> bool:
    """Whether a paragraph is about courts, procuratorates or police: it names one of their
    strong words or at least `markers` of the others (for Chinese, inside one jieba word:
    居民|警惕 holds no 民警)."""
    rules = _justice()
    if lang == "zh":
        markers, _, strong = rules["zh"]
        if not any(m in text for m in markers + strong):
            return False
        words = words if words is not None else cut(normalise(text))
        found = {m for m in markers if any(m in w for w in words)}
        return bool(found) and (
            len(found) >= rules["markers"] or any(m in w for m in strong for w in words)
        )
    if not any(m in text.lower() for m in rules["en_any"]):
        return False
    stems, phrases, _, strong = rules["en"]
    said = {english.stem_word(w.text) for w in english.words(text)}
    found = (said & stems) | {p for p in phrases if p in text.lower()}
    return len(found) >= rules["markers"] or bool(said & strong)


def justice_words(text: str, lang: str, words: list[str] | None = None):
    """A test of lexicon keys that weigh as generic words in this paragraph: the people and
    scams a court or police paragraph concerns (none outside such a paragraph)."""
    if not _is_justice(text, lang, words):
        return lambda key: False
    rules = _justice()
    if lang == "zh":
        parts = rules["zh"][1]
        return lambda key: isinstance(key, str) and any(p in key for p in parts)
    stems = rules["en"][2]
    return lambda key: isinstance(key, tuple) and bool(set(key) & stems)


@cache
def _entry() -> tuple[re.Pattern | None, frozenset, frozenset]:
    raw = data_files.toml("themes_rules.toml").get("entry", {})
    patterns = raw.get("en", [])
    ports = frozenset(
        tuple(english.stem_word(w) for w in phrase.split()) for phrase in raw.get("port_words", [])
    )
    pattern = re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None
    return pattern, ports, _stems(raw.get("flow_words", []))


def crossing_flow(text: str, key: tuple[str, ...]) -> bool:
    """Whether an English lexicon phrase is the traffic crossing a port of entry (passengers,
    freight, trucks in a paragraph about a land port), which weighs as a generic word."""
    pattern, _, flows = _entry()
    return bool(set(key) & flows) and bool(pattern and pattern.search(text))


def port_of_entry(text: str, key: tuple[str, ...]) -> bool:
    """Whether an English lexicon phrase is the "port" of a paragraph about a port of entry (a
    land or border port, a checkpoint, customs clearance), which weighs for openness."""
    pattern, ports, _ = _entry()
    return key in ports and bool(pattern and pattern.search(text))
