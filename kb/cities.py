"""City tagging: full names, abbreviations inside compounds, places that stand for a city, and the
issuing city behind 本市 — on jieba's words, so 平台 is never Taizhou and 嘉宾 never Jiaxing."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from kb import gazetteer
from kb.chinese import cut, normalise, tokenizer
from kb.cities_en import CityContext, city_context, english_cities
from kb.repair import CJK_RE

__all__ = ["CityContext", "CityTags", "city_context", "tag_cities"]

# Single characters that stand for one city even outside a compound (来甬, 在沪).
SOLO_ABBR = {"甬", "沪"}


@dataclass
class CityTags:
    cities: list[str] = field(default_factory=list)
    evidence: dict[str, list[str]] = field(default_factory=dict)
    # city -> "name" | "abbreviation" | "place" | "self" (本市)
    #   | "issuing" (the document's own city)
    via: dict[str, str] = field(default_factory=dict)

    def add(self, city: str, word: str, via: str) -> None:
        if city not in self.evidence:
            self.cities.append(city)
            self.evidence[city] = []
            self.via[city] = via
        elif via in ("name", "abbreviation") and self.via[city] in ("place", "self", "issuing"):
            self.via[city] = via
        if word not in self.evidence[city]:
            self.evidence[city].append(word)

    @property
    def explicit(self) -> list[str]:
        return [c for c in self.cities if self.via[c] in ("name", "abbreviation")]

    @property
    def implicit(self) -> list[str]:
        return [c for c in self.cities if self.via[c] in ("place", "self", "issuing")]


@cache
def _tables():
    n = normalise
    return {
        "names": {n(k): v for k, v in gazetteer.names().items()},
        "places": {n(k): v for k, v in gazetteer.places().items()},
        "abbr": {n(k): v for k, v in gazetteer.abbreviations().items()},
        "strong": {n(a) for a in gazetteer.strong_abbreviations()},
        "provinces": {n(a) for a in gazetteer.section("provinces")},
        "compounds": {n(w) for w in gazetteer.section("compounds")},
        "regions": {n(w) for w in gazetteer.section("regions")},
        "false": {n(w) for w in gazetteer.section("false_friends")},
        "place_nouns": tuple(n(w) for w in gazetteer.section("place_nouns")),
        "self": {n(w) for w in gazetteer.section("self_reference")},
        "zh": {c.id: n(c.zh) for c in gazetteer.cities().values()},
        "longest": max(len(k) for k in gazetteer.names()),
    }


def _is_abbr_run(word: str) -> bool:
    t = _tables()
    return all(c in t["abbr"] or c in t["provinces"] for c in word)


def _run_cities(run: str) -> list[str]:
    """Cities of a run of one-character abbreviations (杭绍甬舟), or [] when it is an ordinary
    word."""
    t = _tables()
    if len(run) == 1:
        return [t["abbr"][run]] if run in SOLO_ABBR else []
    if run not in t["compounds"] and len(run) == 2 and not (set(run) & t["strong"]):
        if tokenizer().FREQ.get(run, 0) > 50 or run in t["false"]:
            return []
    province_context = bool(set(run) & t["provinces"])
    out = []
    for c in run:
        if c in t["provinces"] or (c == "苏" and province_context):
            continue
        city = t["abbr"].get(c)
        if city and city not in out:
            out.append(city)
    return out


def tag_cities(
    text: str,
    doc_city: str | None = None,
    words: list[str] | None = None,
    context: CityContext | None = None,
) -> CityTags:
    """Cities a paragraph names or stands for, in Chinese (on jieba's words) and in English.

    `doc_city` is the issuing city (本市, "the city"); `context` what the whole document tells
    (see kb.cities_en.city_context).
    """
    tags = CityTags()
    if words is not None or CJK_RE.search(text):
        _chinese_cities(text, tags, doc_city, words)
    english_cities(text, tags, doc_city, context)
    return tags


def _chinese_cities(
    text: str, tags: CityTags, doc_city: str | None, words: list[str] | None
) -> None:
    t = _tables()
    words = words if words is not None else cut(normalise(text))
    i = 0
    while i < len(words):
        w = words[i]
        if w in t["regions"] or w in t["false"]:
            i += 1
            continue
        if w in t["names"]:
            tags.add(t["names"][w], w, "name")
        elif w in t["places"]:
            city = t["places"][w]
            tags.add(city, w, "name" if t["zh"][city] in w else "place")
        elif w in t["self"]:
            if doc_city:
                tags.add(doc_city, w, "self")
        elif _is_abbr_run(w):
            j = i + 1
            while j < len(words) and _is_abbr_run(words[j]) and words[j] not in t["false"]:
                j += 1
            run = "".join(words[i:j])
            after = "".join(words[j : j + 3])  # 国家|湿地|公园 as jieba cuts it
            named = len(run) == 2 and after.startswith(t["place_nouns"])
            for city in [] if named and run not in t["compounds"] else _run_cities(run):
                tags.add(city, run, "abbreviation")  # 金湖 of 金湖县 names no city
            i = j
            continue
        elif not w.endswith(
            "湾"
        ):  # 东京湾 is a bay, like 杭州湾: a name followed by 湾 is not the city
            for size in range(min(len(w) - 1, t["longest"]), 1, -1):
                city = t["names"].get(w[:size])
                if city:
                    tags.add(city, w, "name")
                    break
        i += 1


ISSUING_EVIDENCE = {"zh": "发文城市", "en": "issuing city"}


def add_issuing_city(tags: CityTags, city: str | None, lang: str = "zh") -> None:
    """A municipal document's city is the implicit city of each of its measures, unless the measure
    is plainly about somewhere else (it names other cities and not this one)."""
    if city and not tags.cities:
        tags.add(city, ISSUING_EVIDENCE.get(lang, ISSUING_EVIDENCE["en"]), "issuing")
