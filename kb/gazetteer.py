"""The city gazetteer (kb/data/cities.toml): city ids, labels, abbreviations and places."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kb import data_files


@dataclass(frozen=True)
class City:
    id: str
    zh: str
    en: str
    province: str
    abbr: tuple[str, ...]
    strong: bool
    places: tuple[str, ...]


@cache
def cities() -> dict[str, City]:
    raw = data_files.toml("cities.toml")["city"]
    return {cid: City(cid, c["zh"], c["en"], c["province"], tuple(c.get("abbr", [])),
                      bool(c.get("strong")), tuple(c.get("places", []))) for cid, c in raw.items()}


@cache
def section(name: str) -> frozenset[str]:
    return frozenset(data_files.toml("cities.toml")[name]["words"] if name != "provinces"
                     else data_files.toml("cities.toml")["provinces"]["abbr"])


@cache
def names() -> dict[str, str]:
    """Full names and their 市 forms → city id (explicit mentions)."""
    out = {}
    for c in cities().values():
        out[c.zh] = c.id
        out[c.zh + "市"] = c.id
    return out


@cache
def places() -> dict[str, str]:
    """Places that stand for a city (implicit mentions) → city id."""
    return {p: c.id for c in cities().values() for p in c.places}


@cache
def abbreviations() -> dict[str, str]:
    out = {}
    for c in cities().values():
        for a in c.abbr:
            out.setdefault(a, c.id)
    return out


@cache
def strong_abbreviations() -> frozenset[str]:
    return frozenset(a for c in cities().values() if c.strong for a in c.abbr)


def english_names() -> list[str]:
    return [w for c in cities().values() for w in c.en.replace("(", " ").replace(")", " ").split()]


def label(city_id: str, lang: str = "zh") -> str:
    c = cities().get(city_id)
    if c is None:
        return city_id
    return c.zh if lang == "zh" else c.en


def all_words() -> set[str]:
    """Every gazetteer word, for jieba's user dictionary."""
    words = set(names()) | set(places()) | set(section("compounds")) | set(section("regions"))
    return words | set(section("false_friends")) | set(section("self_reference"))
