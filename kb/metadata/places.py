"""The document's city: a municipal body's, or the one a policy title begins with, or the one city
a title alone names; None above a city (provincial, national)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from kb import gazetteer
from kb.cities import tag_cities
from kb.metadata.genres import genre_of_title
from kb.metadata.words import clean, data, has_cjk, is_news_source, norm

LEAD = re.compile(r"^(?:中共|中国共产党|the\s+|关于(?:印发|转发|公布|发布)?\s*《?)", re.I)
MUNICIPAL = re.compile(r"\b([A-Z][a-z]+)\s+(?:Municipal|Municipality|City)\b")


@cache
def _city_prefixes() -> list[tuple[str, str]]:
    pairs = [(name, cid) for name, cid in gazetteer.names().items()]
    pairs += [(p, cid) for p, cid in gazetteer.places().items() if len(p) >= 2]
    pairs += [(c.en.lower(), c.id) for c in gazetteer.cities().values()]
    return sorted(pairs, key=lambda p: -len(p[0]))


@cache
def _english_names() -> dict[str, str]:
    return {c.en: c.id for c in gazetteer.cities().values() if c.en}


def provinces() -> list[str]:
    return data()["regions"]["provinces"]


def above_city(text: str) -> bool:
    """A body or title of a province or the nation (浙江省…, 国务院…, Zhejiang Provincial …)."""
    t = re.sub(r"^(?:中共|中国共产党)", "", text.strip())
    if within_province(t) != t:
        return False  # 浙江省绍兴市…: the city, named with its province
    if any(t.startswith(w) for w in data()["issuer"]["above_city"]):
        return True
    return any(
        t.startswith((p + "省", p + " Province", p + " Provincial"))
        or (t.startswith(p) and not t.startswith(p + "市"))
        for p in provinces()
    )


def within_province(t: str) -> str:
    """A Chinese name or title without the province it opens with where a city's name follows
    (浙江省绍兴市调整… → 绍兴市调整…, 江苏南通… → 南通…); else as it is."""
    for p in provinces():
        rest = re.sub(rf"^{re.escape(p)}省?", "", t)
        if rest != t and has_cjk(rest[:1]):
            if any(rest.startswith(name) for name, _ in _city_prefixes() if has_cjk(name[:1])):
                return rest
    return t


# a city's own newspaper, station or news site, named after it (中山日报, 宁波晚报, 温州广播电视台)
CITY_OUTLET = re.compile(r"(?:日报|晚报|都市报|商报|广播电视台|电视台|新闻网|发布)(?:社|报业集团)?")


def _outlet_of(name: str, city: str) -> bool:
    return bool(city) and name.startswith(city) and bool(CITY_OUTLET.fullmatch(name[len(city) :]))


def city_at_start(text: str) -> str | None:
    """The city a name or title begins with (湖州市…, 宁波杭州湾新区…, 慈溪市…,
    关于印发《宁波市…》的通知, Ningbo Municipal …), or that an English name calls a municipality
    (Regulations of Ningbo Municipality)."""
    t = within_province(LEAD.sub("", clean(text)))
    low = t.lower()
    for name, cid in _city_prefixes():
        if low.startswith(name):
            # 杭州湾… is a bay and a region, not Hangzhou: the tagger has the last word on a
            # Chinese name
            if has_cjk(name[:1]) and cid not in tag_cities(t[:24]).cities:
                return None
            return cid
    # a city's own outlet, named after it (中山日报, where 中山 alone is Sun Yat-sen)
    outlet = next((c.id for c in gazetteer.cities().values() if _outlet_of(t, c.zh)), None)
    if outlet:
        return outlet
    m = MUNICIPAL.search(text)
    if m:
        return {c.en.lower(): c.id for c in gazetteer.cities().values()}.get(m.group(1).lower())
    return None


def city_or_region(name: str) -> bool:
    """A 省/市/县/区 name the gazetteer or the province list knows."""
    base = re.sub(r"[省市县区]$", "", name)
    return base in provinces() or city_at_start(name) is not None


def cities_named(title: str, joined: bool = False) -> set[str]:
    """Every city a title names, in Chinese or English; a partner named beside China (the
    China-Singapore Suzhou Industrial Park, Sino-Singapore, Singapore-China) is no place of the
    item, nor is a place inside a region's name of places joined by dashes (the Guangdong-Hong
    Kong-Macao Greater Bay Area) unless `joined` asks for those too (Hangzhou-Taizhou rail names
    two cities)."""
    english = {
        cid
        for name, cid in _english_names().items()
        if re.search(rf"(?<!China-)(?<!Sino-)\b{re.escape(name)}\b(?!-China)", title)
        and (joined or not in_compound(name, title))
    }
    cities = gazetteer.cities()
    tagged = {
        c for c in tag_cities(title).cities if joined or not in_compound(cities[c].en or c, title)
    }
    return tagged | english


def in_compound(name: str, title: str) -> bool:
    """Whether a place is named only joined by a dash to another (Guangdong-Hong Kong-Macao)."""
    x = re.escape(name)
    return bool(re.search(rf"[A-Za-z][-–]{x}\b|\b{x}[-–][A-Z]", title))


def document_city(issuer: str | None, title: str) -> tuple[str | None, bool]:
    """(the document's city, whether that city issued it). A municipal body (not a newspaper)
    issues for its city, and so does a policy title that begins with one (湖州市…条例, Ningbo
    Municipal …); a title naming one city only is about it (Huzhou selected as pilot city), also
    when a provincial newspaper reports it."""
    if issuer:
        news = is_news_source(issuer)  # a provincial paper reports on cities too
        if above_city(issuer) and not news:
            return None, False
        city = city_at_start(issuer)
        if city:
            return city, not news
    if not title or above_city(title):
        return None, False
    city = city_at_start(title)
    if city:
        english_municipal = re.search(r"\b[A-Z][a-z]+\s+(?:Municipal|Municipality)\b", title)
        policy = has_cjk(title) and genre_of_title(title) is not None
        if not (policy or english_municipal) and len(cities_named(title, joined=True)) > 1:
            return None, False  # a headline on several cities (Hangzhou-Taizhou rail …)
        return city, bool(policy or english_municipal)
    named = cities_named(title)
    return (named.pop(), False) if len(named) == 1 else (None, False)


ONLY_CITY_LINES = 3


def city_of_text(lines: list[str], title: str = "") -> str | None:
    """The one city an item is wholly about: named in its lead (its first lines, or its headline and
    the two lines below it) and on at least two lines, more often than every other city together
    (Ningbo in a news item on Ningbo's port that names Shanghai and Singapore once each); or the
    only city a page names, twice or more (镇江市 in a brief's headline and lead)."""
    seen: Counter[str] = Counter()
    said: Counter[str] = Counter()
    for line in lines[:40]:
        tagged = tag_cities(line)
        seen.update(set(tagged.cities))
        said.update({c: mentions(line, names) for c, names in tagged.evidence.items()})
    if not seen:
        return None
    (top, n), others = seen.most_common(1)[0], sum(seen.values()) - seen.most_common(1)[0][1]
    lead = set().union(*(tag_cities(line).cities for line in lead_lines(lines, title)))
    only = others == 0 and said[top] >= 2
    if top in lead and (n >= 2 and n > others or only):
        return top
    # a page that names one city alone and speaks of its own city (全市上下, 我市): a city's text
    if only and n >= 2 and any(w in line for line in lines[:40] for w in _self_words()):
        return top
    # the one city a page names, on three lines or more (a report's dump whose lead is furniture:
    # Highlights … / Port of Rotterdam Authority / … the port of Rotterdam …)
    if only and n >= ONLY_CITY_LINES:
        return top
    # two cities as often: the one the lead's dateline sends it from (San Francisco, CA – …)
    if (sent := dateline_city(lines)) and seen[sent] >= 2 and seen[sent] == n:
        return sent
    return dominant(said)


# an English lead's dateline: its place (in capitals or not), a state, country or date after a
# comma, then a dash (San Francisco, CA – …; HAIKOU, Dec. 2 (Xinhua) -- …)
EN_DATELINE_PLACE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z .'’-]{1,30}?),\s*[^\n]{1,40}?\s(?:--|—|–)\s"
)


def dateline_city(lines: list[str]) -> str | None:
    """The one city an English lead's dateline names, in the item's first lines."""
    for line in lines[:15]:
        m = EN_DATELINE_PLACE.match(clean(line))
        if m:
            found = tag_cities(m.group("place")).cities
            return found[0] if len(found) == 1 else None
    return None


@cache
def _self_words() -> frozenset[str]:
    return frozenset(gazetteer.section("self_reference"))


def dominant(said: Counter[str]) -> str | None:
    """A city said four times or more and four times as often as all others together (义乌 five
    times in a one-paragraph history that names 金衢盆地 once), wherever it stands."""
    if not said:
        return None
    top, n = said.most_common(1)[0]
    return top if n >= 4 and n >= 4 * (sum(said.values()) - n) else None


def mentions(line: str, names: list[str]) -> int:
    """How often a line names a city by the words that named it (Wuxi … Wuxi … Wuxi: 3)."""
    alternatives = "|".join(re.escape(x) for x in sorted(set(names), key=len, reverse=True))
    return len(re.findall(alternatives, line)) if alternatives else 0


def lead_lines(lines: list[str], title: str) -> list[str]:
    """An item's first three lines, and its headline with the two lines below it (a page's menus
    and links may stand above the headline)."""
    key = norm(title)
    at = next((i for i, x in enumerate(lines[:30]) if key and key in norm(x)), 0)
    return lines[:3] + lines[at : at + 3]


def about_a_city(issuer: str | None, title: str, lines: list[str]) -> str | None:
    """The city of an item no city issued and whose title names none: the one its text is about,
    unless a provincial or national body issued it or its title is the province's or names one
    (4th Session of the Zhejiang Provincial People's Congress begins, in Hangzhou); a municipal
    body named by its short form (市政府办公厅) is of the one city the text names."""
    if above_city(title or "") or (issuer and above_city(issuer) and not is_news_source(issuer)):
        return None
    if names_a_province(title or "") or names_a_region(title or ""):
        return None
    if issuer and issuer.startswith("市"):
        named = set().union(*(tag_cities(line).cities for line in lines))
        return named.pop() if len(named) == 1 else None
    return city_of_text(lines, title)


def names_a_province(title: str) -> bool:
    """A title that names a province or a provincial body anywhere (…Zhejiang's digitization,
    11th Zhejiang Provincial People's Congress, 在浙江省…)."""
    return any(p in title for p in provinces()) or bool(re.search(r"\bProvinc(?:e|ial)\b", title))


def names_a_region(title: str) -> bool:
    """A title naming a region of several cities ("Big plans for Yangtze River Delta …", 长三角…):
    the item is about the region, whichever city its text names most."""
    low = title.lower()  # Yangtze River delta as often as Delta
    return any(r.lower() in low for r in data()["regions"]["areas"])


def issuing_city(issuer: str | None, title: str) -> str | None:
    """The document's city: a municipal body's, else the one its title begins with or alone
    names."""
    return document_city(issuer, title)[0]
