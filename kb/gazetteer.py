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
    en_names: tuple[str, ...] = ()  # English names and spellings (Macao, Macau), the label first
    en_places: tuple[str, ...] = ()  # English names of places that stand for the city (Xiaoshan)
    zh_bare: bool = True  # the bare Chinese name names the city (not so 中山: only 中山市)


@cache
def cities() -> dict[str, City]:
    raw = data_files.toml("cities.toml")["city"]
    return {
        cid: City(
            cid,
            c["zh"],
            c["en"],
            c["province"],
            tuple(c.get("abbr", [])),
            bool(c.get("strong")),
            tuple(c.get("places", [])),
            tuple(dict.fromkeys([c["en"], *c.get("en_names", [])])),
            tuple(c.get("en_places", [])),
            c.get("zh_bare", True),
        )
        for cid, c in raw.items()
    }


@cache
def section(name: str) -> frozenset[str]:
    return frozenset(
        data_files.toml("cities.toml")[name]["words"]
        if name != "provinces"
        else data_files.toml("cities.toml")["provinces"]["abbr"]
    )


@cache
def province_names_en() -> dict[str, str]:
    """English province names → province id (Anhui → anhui), for telling apart cities that share a
    pinyin."""
    raw = data_files.toml("cities.toml")["provinces"].get("en", {})
    return {name: pid for pid, names in raw.items() for name in names}


@cache
def names() -> dict[str, str]:
    """Full names and their 市 forms → city id (explicit mentions)."""
    out = {}
    for c in cities().values():
        if c.zh_bare:
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
def solo_abbreviations() -> dict[str, str]:
    """One-character abbreviations that mean their city when typed alone as a search word."""
    raw = data_files.toml("cities.toml")["city"]
    return {a: cid for cid, c in raw.items() for a in c.get("solo", [])}


@cache
def strong_abbreviations() -> frozenset[str]:
    return frozenset(a for c in cities().values() if c.strong for a in c.abbr)


def english_names() -> list[str]:
    """Every word of every English city and place name (for re-spacing run-together English)."""
    return [
        w
        for c in cities().values()
        for n in (*c.en_names, *c.en_places)
        for w in n.replace("(", " ").replace(")", " ").replace("-", " ").split()
    ]


@cache
def english_ids() -> dict[str, str]:
    """Each English name or spelling of one city alone (NYC, Peking, Canton, Amoy, HKSAR), as a
    query types it run together and in lower case, → the city's id; a name two cities share
    (Taizhou, Suzhou) is left out."""
    found: dict[str, set[str]] = {}
    for c in cities().values():
        for n in c.en_names:
            found.setdefault("".join(ch for ch in n.lower() if ch.isalnum()), set()).add(c.id)
    return {key: next(iter(ids)) for key, ids in found.items() if len(ids) == 1}


def city_id(name: str) -> str:
    """The id of a city given by id, Chinese name (宁波, 宁波市) or English label (Ningbo,
    Taizhou (Jiangsu))."""
    if name in cities():
        return name
    found = names().get(name) or names().get(name.rstrip("市"))
    if found:
        return found
    folded = name.strip().casefold()
    return next(
        (c.id for c in cities().values() if c.en.casefold() == folded or c.zh == name), name
    )


def label(city_id: str, lang: str = "zh") -> str:
    c = cities().get(city_id)
    if c is None:
        return city_id
    return c.zh if lang == "zh" else c.en


def all_words() -> set[str]:
    """Every gazetteer word, for jieba's user dictionary."""
    words = set(names()) | set(places()) | set(section("compounds")) | set(section("regions"))
    return words | set(section("false_friends")) | set(section("self_reference"))
