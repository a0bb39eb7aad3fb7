"""Theme tagging by the codebook (shared/THEMES.md): weighted lexicons, word-part rules, words
bridged from the English lexicon through CC-CEDICT, the heading a measure sits under.

A measure gets the themes it is substantially about: a theme must reach an absolute score and a
share of the leading theme's score, and rest on two distinct strong telling words (or one and its
heading, or one decisive word naming the subject of a short paragraph); generic words (服务, 社会,
企业, support) add weight but never decide alone; umbrella and procedural paragraphs (a law's
purpose, definitions, effective dates) carry none. Every tag keeps the words that made it. An
measure's tags are then its language's small trained model's (kb/theme_model.py), among the
themes the lexicon found a telling word of.
"""

from __future__ import annotations

import importlib.util
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from kb import data_files, english, theme_shapes
from kb.chinese import cut, normalise
from kb.repair import CJK_RE
from kb.script import is_english
from kb.segment import is_heading_text

THEMES = ("industry", "innovation", "infrastructure", "openness", "livelihood", "ecology")
MIN_SCORE = 3.0  # absolute evidence a theme needs
SHARE_OF_TOP = 0.5  # and this share of the leading theme's score
ANALYSIS_FACTOR = 1.3  # background analysis must be more clearly about a theme
TITLE_SHARE = 0.5  # the document's title weighs as this share of a heading
HEADING_WEIGHT = 3.0  # a heading about a theme weighs on every paragraph under it
STRONG = 1.5  # a theme needs a telling word of at least this weight (after sharing)
GENERIC_WEIGHT = 0.5  # a generic word weighs this share of its listed weight
EN_CHARS_PER_ZH = (
    3.0  # English takes about this many characters to say what one Chinese character says
)
# characters (Chinese; English over EN_CHARS_PER_ZH) in which one decisive word can do
SHORT_PARAGRAPH = 100
# where a short paragraph's subject can be named: English names it early (the port will...), Chinese
# often last (举办学前教育机构)
OPENING_SHARE = {"en": 2 / 3, "zh": 1.0}


@dataclass
class ThemeTags:
    themes: list[str] = field(default_factory=list)
    evidence: dict[str, list[str]] = field(default_factory=dict)
    scores: dict[str, float] = field(default_factory=dict)
    considered: dict[str, list[str]] = field(default_factory=dict)  # evidence of every theme scored
    telling: list[str] = field(default_factory=list)  # themes with a word that is not generic
    # Chinese: the themes whose words meet the codebook's rules whatever their score (a decisive
    # word naming a short paragraph's subject, two strong words, one said again); the trained
    # model may tag only these (kb/theme_model.py evidenced). None in English (telling serves).
    worded: list[str] | None = None


@dataclass(frozen=True)
class Lexicon:
    zh: dict[str, dict[str, float]]  # word -> {theme: weight after specificity}
    en: dict[tuple[str, ...], dict[str, float]]  # phrase as Snowball stems -> {theme: weight}
    # stems -> the listed phrases' word forms (english.word_form) -> {theme: weight}: a word
    # whose stem matches but whose form is none of them is another word (important, import)
    en_forms: dict[tuple[str, ...], dict[tuple[str, ...], dict[str, float]]]
    heading: dict[str, set[str]]  # theme -> Chinese heading words
    en_heading: dict[tuple[str, ...], set[str]]  # English heading phrase (stems) -> themes
    longest: int
    en_longest: int = 1  # words in the longest English phrase
    generic: frozenset = frozenset()  # Chinese words and English stem tuples that never decide
    morphemes: tuple[tuple[str, dict[str, float]], ...] = ()  # word part -> themes, longest first
    bridge: dict[str, dict[str, float]] = field(default_factory=dict)  # CEDICT-bridged words
    procedural: dict[str, re.Pattern | None] = field(default_factory=dict)  # lang -> pattern
    scene: dict[str, re.Pattern | None] = field(
        default_factory=dict
    )  # lang -> words before a place


def _stem_keys(phrase: str) -> list[tuple[str, ...]]:
    """A phrase as stems; a hyphenated word also as one joined word (start-up → startup)."""
    return [k for k, _ in _keys(phrase)]


def _plural(word: str) -> str:
    """A noun's regular plural (bus → buses, city → cities, port → ports)."""
    if re.search(r"(?:s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def _keys(phrase: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """A phrase as (stems, word forms); a hyphenated word also joined (start-up → startup); and
    its plural where the stemmer does not meet it (buses stems to buse, bus to bus)."""
    variants = [phrase]
    if "-" in phrase:
        variants.append(re.sub(r"(?<=\w)-(?=\w)", "", phrase))
    out = []
    for v in variants:
        ws = [w.text for w in english.words(v)]
        if not ws:
            continue
        for last in dict.fromkeys([ws[-1], _plural(ws[-1])]):
            forms = [*ws[:-1], last]
            key = (
                tuple(english.stem_word(w) for w in forms),
                tuple(english.word_form(w) for w in forms),
            )
            if key[0] and key not in out:
                out.append(key)
    return out


def _divide_shared(table: dict) -> None:
    for themes in table.values():  # a word shared by several themes decides less
        if len(themes) > 1:
            for t in themes:
                themes[t] /= len(themes)


def idf_path() -> Path:
    """jieba's table of inverse document frequencies (jieba/analyse/idf.txt, shipped with jieba),
    read without importing jieba.analyse, which would load it whole."""
    spec = importlib.util.find_spec("jieba")
    return Path(list(spec.submodule_search_locations)[0]) / "analyse" / "idf.txt"


def idf(words: set[str]) -> dict[str, float]:
    """How telling each of these words is: jieba's IDF (absent when jieba's table lacks it)."""
    table: dict[str, float] = {}
    with open(idf_path(), encoding="utf-8") as f:
        for line in f:
            word, _, value = line.partition(" ")
            if word in words:
                table[word] = float(value)
    return table


def _pattern(patterns: list[str]) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None


def _bridge_rows(name: str) -> list[tuple[str, str, float]]:
    """A bridge file of `python -m kb.themes_bridge` (none: no rows): word, theme, weight."""
    path = data_files.path(name)
    if not path.exists():
        return []
    rows = (line.split("\t") for line in path.read_text("utf-8").splitlines())
    return [(r[0], r[1], float(r[2])) for r in rows if r[0] and not r[0].startswith("#")]


def _read_bridge() -> dict[str, dict[str, float]]:
    """kb/data/themes_bridge.tsv: Chinese words the lexicon lacks, by their English senses."""
    out: dict[str, dict[str, float]] = defaultdict(dict)
    for word, theme, weight in _bridge_rows("themes_bridge.tsv"):
        out[word][theme] = weight
    return dict(out)


def _bridge_en(en: dict, forms: dict) -> None:
    """The English senses of the Chinese lexicon's decisive words (kb/data/themes_bridge_en.tsv,
    written by `python -m kb.themes_bridge`), each strong in its theme, where the English lexicon
    lists none of the sense's stems: what the Chinese lexicon knows (渔业, 专利, 饮用水) reaches
    English paragraphs too."""
    listed = set(en)
    for phrase, theme, weight in _bridge_rows("themes_bridge_en.tsv"):
        for key, form in _keys(phrase):
            if key not in listed:
                en[key][theme] = max(en[key].get(theme, 0), weight)
                forms[key][form][theme] = max(forms[key][form].get(theme, 0), weight)


def _generic_zh(raw: dict, zh: dict[str, dict[str, float]]) -> set[str]:
    """The codebook's generic words, and any listed word below strong (weight < 3) that jieba's
    IDF says is common (经济, 项目, 国际): such words say little of what a paragraph is about."""
    rules = raw.get("codebook", {})
    limit = float(rules.get("generic_idf", 0))
    out = {normalise(w) for w in rules.get("generic_zh", [])}
    common = idf(set(zh))
    for word, themes in zh.items():
        if themes and max(themes.values()) < 3 and common.get(word, 99.0) < limit:
            out.add(word)
    return out


@cache
def lexicon() -> Lexicon:
    raw = data_files.toml("themes.toml")
    raw_en = data_files.toml("themes_en.toml")
    rules = data_files.toml("themes_rules.toml")
    zh: dict[str, dict[str, float]] = defaultdict(dict)
    en: dict[tuple[str, ...], dict[str, float]] = defaultdict(dict)
    forms: dict = defaultdict(lambda: defaultdict(dict))
    heading: dict[str, set[str]] = {}
    en_heading: dict[tuple[str, ...], set[str]] = defaultdict(set)
    morphemes: dict[str, dict[str, float]] = defaultdict(dict)
    for theme in THEMES:
        spec = raw[theme]
        for weight, words in spec.get("zh", {}).items():
            for w in words:
                w = normalise(w)
                zh[w][theme] = max(zh[w].get(theme, 0), float(weight))
        for weight, parts in spec.get("morphemes", {}).items():
            for p in parts:
                morphemes[normalise(p)][theme] = float(weight)
        heading[theme] = {normalise(w) for w in spec.get("heading", [])}
        spec_en = raw_en.get(theme, {})
        for weight in ("3", "2", "1"):
            for phrase in spec_en.get("w" + weight, []):
                for key, form in _keys(phrase):
                    en[key][theme] = max(en[key].get(theme, 0), float(weight))
                    forms[key][form][theme] = max(forms[key][form].get(theme, 0), float(weight))
        for phrase in spec_en.get("heading", []):
            for key in _stem_keys(phrase):
                en_heading[key].add(theme)
    _bridge_en(en, forms)
    for phrase in raw_en.get("neutral", {}).get("words", []):
        for key, form in _keys(phrase):
            en[key] = {}  # a name: its words are used up and count for no theme
            forms[key] = defaultdict(dict, {form: {}})
    for w in raw.get("codebook", {}).get("neutral_zh", []):
        zh[normalise(w)] = {}  # government-service streamlining, names: no theme of their own
    _divide_shared(zh)
    _divide_shared(en)
    for by_form in forms.values():
        _divide_shared(by_form)
    generic: set = _generic_zh(raw, zh)
    for phrase in raw_en.get("generic", {}).get("words", []):
        generic.update(_stem_keys(phrase))
    return Lexicon(
        dict(zh),
        dict(en),
        {key: dict(by_form) for key, by_form in forms.items()},
        heading,
        dict(en_heading),
        max(len(w) for w in zh),
        max(len(k) for k in [*en, *en_heading]),
        frozenset(generic),
        tuple(sorted(morphemes.items(), key=lambda kv: -len(kv[0]))),
        _read_bridge(),
        {lang: _pattern(rules.get("procedural", {}).get(lang, [])) for lang in ("zh", "en")},
        {lang: _pattern(rules.get("scene", {}).get(lang, [])) for lang in ("zh", "en")},
    )


def _inner_hits(w: str, lex: Lexicon) -> list[tuple[str, dict[str, float]]]:
    """Inside a long word the lexicon does not list, its longest lexicon parts."""
    hits = []
    i = 0
    while i < len(w):
        for size in range(min(len(w) - i, lex.longest), 1, -1):
            if w[i : i + size] in lex.zh:
                hits.append((w[i : i + size], lex.zh[w[i : i + size]]))
                i += size
                break
        else:
            i += 1
    return hits


def _word_hits(w: str, lex: Lexicon) -> list[tuple[str, dict[str, float]]]:
    """One jieba word's themes: the lexicon's; else a word-part rule's (高温津贴 by 津贴,
    无废商场 by 无废); else CEDICT's bridge to the English lexicon; else a long word's lexicon
    parts."""
    if w in lex.zh:
        return [(w, lex.zh[w])] if lex.zh[w] else []
    if len(w) < 2 or not CJK_RE.search(w):
        return []
    for part, themes in lex.morphemes:
        if part in w and len(part) < len(w):
            return [(w, themes)]
    if w in lex.bridge:
        return [(w, lex.bridge[w])]
    return _inner_hits(w, lex) if len(w) >= 3 else []


def body_names(words: list[str]) -> set[int]:
    """Which words name a government body (市/交通/行政/管理/部门, 劳动/保障/、/教育/等/有关/
    职能部门, 教育部门): a regulation names its departments in every article, and the department
    is who acts, not what the article is about (themes_rules.toml [bodies])."""
    rules = _bodies()
    out: set[int] = set()
    for j, w in enumerate(words):
        own = len(w) > 2 and w.endswith(rules["word_ends"]) and w not in rules["not_bodies"]
        if w not in rules["suffixes"] and not own:
            continue
        if own:
            out.add(j)
        i = j - 1
        while i >= 0 and words[i] in rules["modifiers"]:
            i -= 1
        while i >= 0:  # names, each of a few words, joined by 、 和 及
            n = chars = 0
            while (
                i >= 0
                and n < rules["words"]
                and words[i] not in rules["stops"]
                and CJK_RE.match(words[i])
                and chars + len(words[i]) <= rules["chars"]
            ):
                out.add(i)
                chars += len(words[i])
                n += 1
                i -= 1
            if not (n and i >= 0 and words[i] in rules["joiners"]):
                break
            i -= 1
    return out


@cache
def _bodies() -> dict:
    raw = data_files.toml("themes_rules.toml").get("bodies", {})
    return {
        "suffixes": frozenset(raw.get("suffixes", [])),
        "word_ends": tuple(raw.get("word_ends", [])),
        "not_bodies": frozenset(raw.get("not_bodies", [])),
        "modifiers": frozenset(raw.get("modifiers", [])),
        "joiners": frozenset(raw.get("joiners", [])),
        "stops": frozenset(raw.get("stops", [])),
        "words": int(raw.get("words", 3)),
        "chars": int(raw.get("chars", 8)),
    }


def _is_item_word(word: str, joiners: set[str]) -> bool:
    return word not in joiners and bool(CJK_RE.match(word))


def _before_brackets(words: list[str], i: int) -> int:
    """Back from word i, past a note in brackets that ends there (客运站/(/场/)): the note is part
    of the item before it."""
    while i >= 0 and words[i] in (")", "）"):
        depth, i = 1, i - 1
        while i >= 0 and depth:
            depth += {")": 1, "）": 1, "(": -1, "（": -1}.get(words[i], 0)
            i -= 1
    return i


def fields_in_passing(words: list[str], lex: Lexicon) -> set[int]:
    """Which words are items of a list of fields or places of several themes (电信、医疗、教育等
    领域扩大开放; 机场、车站、学校等人员密集场所): the paragraph is about what is done to all
    of them, and each is named in passing (themes_rules.toml [fields])."""
    rules = data_files.toml("themes_rules.toml").get("fields", {})
    tails, joiners = set(rules.get("tails", [])), set(rules.get("joiners", []))
    size, least = int(rules.get("item_words", 2)), int(rules.get("items", 3))
    reach = int(rules.get("tail_words", 2))
    out: set[int] = set()
    for k, w in enumerate(words):
        if w != "等" or not any(t in tails for t in words[k + 1 : k + 1 + reach]):
            continue
        items: list[list[int]] = []
        i = k - 1
        while i >= 0:
            item = []
            i = _before_brackets(words, i)
            while i >= 0 and len(item) < size and _is_item_word(words[i], joiners):
                item.append(i)
                i -= 1
            if not item:
                break
            items.append(item)
            if i < 0 or words[i] not in joiners:
                break
            i -= 1
        themes = set()
        for item in items:
            for j in item:
                for word, weights in _word_hits(words[j], lex):
                    if weights and word not in lex.generic:
                        themes.add(max(weights, key=weights.get))
        if len(items) >= least and len(themes) >= 2:
            out.update(j for item in items for j in item)
    return out


def _zh_hits(words: list[str]) -> list[tuple[str, dict[str, float], bool]]:
    """Themes of each word, and whether it stands inside a body's name; a lexicon entry jieba cut
    into words is taken whole: a name used up (人力资源/和/社会保障/局), a written form jieba
    splits at its brackets (国/(/境/)/外)."""
    lex = lexicon()
    names = body_names(words) | fields_in_passing(words, lex) | _passing_words(words)
    hits = []
    i = 0
    while i < len(words):
        j, joined = _phrase_end(words, i, lex)
        if j > i:
            in_name = any(k in names for k in range(i, j))
            hits.extend([(joined, lex.zh[joined], in_name)] if lex.zh[joined] else [])
            i = j
            continue
        hits.extend((w, themes, i in names) for w, themes in _word_hits(words[i], lex))
        i += 1
    return hits + _foreign_hits(words, hits)


def _foreign_hits(words: list[str], hits: list) -> list[tuple[str, dict[str, float], bool]]:
    """A foreign firm or tie named by its country (韩国特西氪公司, 德企, 对德合作) as one decisive
    openness word, unless a lexicon word decisive for openness already stands inside it
    (德资企业 holds 德资): kb/theme_shapes.py."""
    starts, at = set(), 0
    for w in words:
        starts.add(at)
        at += len(w)
    weight = theme_shapes.foreign_weight()
    decisive = [w for w, themes, _ in hits if themes.get("openness", 0) >= 3]
    out = []
    for m, country in theme_shapes.foreign_firms("".join(words), "zh", starts):
        if not any(w in m for w in decisive):  # the firm, and its country as a strong word
            out += [(m, {"openness": weight}, False), (country, {"openness": STRONG + 0.5}, False)]
    return out


def _passing_words(words: list[str]) -> set[int]:
    """Which words stand inside a passing profile or count of beneficiaries (passing_spans)."""
    spans = passing_spans("".join(words), "zh")
    out: set[int] = set()
    at = 0
    for i, w in enumerate(words):
        if any(a <= at and at + len(w) <= b for a, b in spans):
            out.add(i)
        at += len(w)
    return out


def _phrase_end(words: list[str], i: int, lex: Lexicon) -> tuple[int, str]:
    """The end of the longest lexicon entry (of three characters or more) made of several words
    starting at word i, and the entry; or i. A short aside in brackets inside a name is read past
    (中欧(亚)班列 is 中欧班列 and more), unless the entry is written with it (国(境)外)."""
    joined, found, bare = words[i], (i, ""), words[i]
    for j in range(i + 1, len(words)):
        joined += words[j]
        bare += words[j]
        if j - 2 > i and _aside(words, j - 2):
            bare = bare[: -len("".join(words[j - 2 : j + 1]))]
            continue
        if len(bare) > lex.longest:
            break
        for form in dict.fromkeys((bare, joined)):
            if len(form) >= 3 and form in lex.zh:
                found = (j + 1, form)
    return found


ASIDE_CHARS = 2  # an aside in brackets of at most this many characters inside a name


def _aside(words: list[str], k: int) -> bool:
    """Whether words k..k+2 are a short aside in brackets: ( 亚 )."""
    return (
        k + 2 < len(words)
        and words[k] in ("(", "（")
        and words[k + 2] in (")", "）")
        and 0 < len(words[k + 1]) <= ASIDE_CHARS
        and bool(CJK_RE.search(words[k + 1]))
    )


def _phrase_hits(
    text: str, table: dict[tuple[str, ...], object]
) -> list[tuple[tuple[str, ...], str, int]]:
    """Lexicon phrases in an English text as (stems, words as written, where), longest first, each
    word once."""
    ws = english.words(text)
    stems = [english.stem_word(w.text) for w in ws]
    longest = lexicon().en_longest
    hits = []
    i = 0
    while i < len(ws):
        for n in range(min(longest, len(ws) - i), 0, -1):
            key = tuple(stems[i : i + n])
            if key in table:
                hits.append((key, text[ws[i].start : ws[i + n - 1].end], ws[i].start))
                i += n
                break
        else:
            i += 1
    return hits


@cache
def _passing_patterns() -> dict[str, re.Pattern | None]:
    raw = data_files.toml("themes_rules.toml").get("passing", {})
    return {lang: _pattern(raw.get(lang, [])) for lang in ("zh", "en")}


@cache
def _dateline_patterns() -> dict[str, re.Pattern | None]:
    raw = data_files.toml("themes_rules.toml").get("dateline", {})
    return {lang: _pattern(raw.get(lang, [])) for lang in ("zh", "en")}


def dateline_length(text: str, lang: str) -> int:
    """How many characters a news dateline and byline take at the head of a paragraph
    (新华社北京1月6日电（记者王优玲）; BEIJING, June 10 (Xinhua) --): not part of what it says
    (themes_rules.toml [dateline])."""
    pattern = _dateline_patterns().get(lang)
    m = pattern.match(text) if pattern else None
    return m.end() if m else 0


def passing_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Where a text says what a place is or who gains, in passing: a city's profile (Fuzhou is a
    major commercial, industrial, and financial center; 柳州是广西重要的工业城市) or a count of
    beneficiaries (benefiting 3 million urban and rural residents; 惠及10万群众). The lexicon's
    words there set the scene of the paragraph, not its subject (themes_rules.toml [passing])."""
    pattern = _passing_patterns().get(lang)
    return [m.span() for m in pattern.finditer(text)] if pattern else []


def _en_hits(text: str, lex: Lexicon) -> list[tuple[tuple[str, ...], str, dict, bool]]:
    """Themes of each lexicon phrase in an English text, and whether it weighs as a generic
    word: inside a proper name or a passing profile, or another word the stemmer reads as a
    listed one (important as import, naturally as nature, firmly as firm), whose themes are only
    its stem's."""
    names = name_spans(text)
    passing = passing_spans(text, "en")
    hits = []
    for key, written, at in _phrase_hits(text, lex.en):
        form = tuple(english.word_form(w.text) for w in english.words(written))
        themes = lex.en_forms.get(key, {}).get(form) if len(key) == 1 else lex.en[key]
        derived = themes is None
        themes = lex.en[key] if derived else themes
        if themes:
            ends = at + len(written)
            feature = len(key) == 1 and written.lower() in _feature_words()
            in_name = any(a <= at and (ends < b or feature) for a, b in names) or any(
                a <= at and ends <= b for a, b in passing
            )
            if theme_shapes.port_of_entry(text, key):
                themes = {"openness": max(themes.values())}  # a land port is a port of entry
            crossing = theme_shapes.crossing_flow(text, key)  # and its traffic crosses it
            hits.append((key, written, themes, derived or in_name or crossing))
    weight = theme_shapes.foreign_weight()
    for m, country in theme_shapes.foreign_firms(text, "en"):  # the firm, its country strong
        hits.append((("foreign firm", m), m, {"openness": weight}, False))
        hits.append((("foreign", country), country, {"openness": STRONG + 0.5}, False))
    return hits


@cache
def _feature_words() -> frozenset[str]:
    """Words of a place's name in nature (Huaihe River, Lake Tai): themes_rules.toml [names]."""
    rules = data_files.toml("themes_rules.toml").get("names", {})
    return frozenset(rules.get("feature_words", []))


def name_spans(text: str) -> list[tuple[int, int]]:
    """Where an English text names something in several capitalised words (Suzhou Industrial
    Park; a hyphen's second half belongs to its first: Lin-gang, Ningbo-Zhoushan); none in a
    title written in Title Case (themes_rules.toml [names]). The name's last words say what kind
    of thing it names (a Laboratory, a Free Trade Zone) and still count; the words before them
    are its own."""
    rules = data_files.toml("themes_rules.toml").get("names", {})
    connectors = set(rules.get("connectors", []))
    ws = english.words(text)
    joined = [i > 0 and text[ws[i - 1].end : ws[i].start] == "-" for i in range(len(ws))]
    capital = [w.capital or joined[i] and ws[i - 1].capital for i, w in enumerate(ws)]
    if not ws or sum(capital) > rules.get("title_share", 1.0) * len(ws):
        return []
    spans, run = [], []  # run: indices of the capitalised words of the current name
    for i, w in enumerate(ws + [None]):
        apart = w is None or bool(run) and text[ws[i - 1].end : w.start].strip(" -") != ""
        if not apart and capital[i]:
            run.append(i)
            continue
        if not apart and run and w.text in connectors and i + 1 < len(ws) and capital[i + 1]:
            continue
        while run and ws[run[0]].text in connectors:  # The Suzhou Industrial Park
            run.pop(0)
        if sum(not joined[j] for j in run) >= 2:
            spans.append((ws[run[0]].start, ws[run[-1]].end))
        run = [i] if w is not None and capital[i] else []
    return spans


@cache
def _longer_words(word: str) -> tuple[str, ...]:
    """The lexicon's words that hold this heading word inside them (节约能源 holds 能源)."""
    return tuple(w for w in lexicon().zh if len(w) > len(word) and word in w)


def _heading_word_in(heading: str, word: str, theme: str) -> bool:
    """Whether a heading word of a theme stands in a heading on its own account, not inside a
    longer lexicon word of other themes only (能源 in 合理使用与节约能源 is energy saving) or of
    none (创新 in the slogan 创新发展)."""
    lex = lexicon()
    start = heading.find(word)
    while start >= 0:
        end = start + len(word)
        covered = False
        for longer in _longer_words(word):
            if theme not in lex.zh[longer]:
                at = heading.find(longer)
                while at >= 0 and not covered:
                    covered = at <= start and end <= at + len(longer)
                    at = heading.find(longer, at + 1)
            if covered:
                break
        if not covered:
            return True
        start = heading.find(word, start + 1)
    return False


@cache
def _english_heading_table() -> dict[tuple[str, ...], set[str]]:
    """English heading phrases, and the neutral names that use up their words (the "opening" of
    "data sharing and opening" heads no theme, as in the text)."""
    neutral = {key: set() for key, themes in lexicon().en.items() if not themes}
    return {**lexicon().en_heading, **neutral}


@lru_cache(maxsize=4096)
def _heading_scores(section: str) -> dict[str, tuple[float, str]]:
    """Themes named by the headings above a measure; the nearest heading counts most."""
    out: dict[str, tuple[float, str]] = {}
    parts = [normalise(p) for p in section.split("›") if p.strip()]
    for depth, part in enumerate(reversed(parts)):
        if not is_heading_text(part):
            continue  # an index written before segment.py knew what a heading is
        factor = HEADING_WEIGHT / (1 + depth)
        if is_english(part):  # a land port's "port" heads openness (theme_shapes.port_of_entry)
            themes = {
                t
                for key, _, _ in _phrase_hits(part, _english_heading_table())
                for t in (
                    ("openness",)
                    if theme_shapes.port_of_entry(part, key)
                    else _english_heading_table()[key]
                )
            }
        else:
            themes = {
                t
                for t, words in lexicon().heading.items()
                if any(_heading_word_in(part, w, t) for w in words)
            }
        for theme in themes:
            if theme not in out:
                out[theme] = (factor, parts[len(parts) - 1 - depth])
    return out


def is_procedural(text: str, lang: str) -> bool:
    """An umbrella or procedural paragraph (a law's purpose and basis, definitions, who is
    responsible, when it takes effect), which carries no theme by the codebook."""
    pattern = lexicon().procedural.get(lang)
    return bool(pattern and pattern.search(text))


@dataclass
class _Tally:
    """What one theme gathered from a paragraph."""

    score: float = 0.0
    evidence: list[str] = field(default_factory=list)
    keys: set = field(default_factory=set)  # distinct words (port and ports are one)
    telling: set = field(default_factory=set)  # distinct words that are not generic
    # distinct telling words above supporting weight (cost and yuan make no theme)
    strong_words: set = field(default_factory=set)
    decisive: bool = False  # a telling word of full weight
    opening: bool = False  # a decisive word not said as a place or in passing
    repeated: bool = False  # a strong telling word said more than once: the paragraph's subject
    heading: bool = False
    titled: bool = False  # the document's title names the theme


def _names_subject(text: str, word: str, lex: Lexicon) -> bool:
    """A word names a short paragraph's subject unless it is said as the place where something
    happens or in passing (held near the port, 在医院召开, 其中涉及一处港口), or, in English, which
    names its subject early, only at the end."""
    lang = "en" if word.isascii() else "zh"
    at = max(0, text.find(word))
    if at > len(text) * OPENING_SHARE[lang]:
        return False
    scene = lex.scene.get(lang)
    return not (scene and scene.search(text[max(0, at - 16) : at]))


def _tally(hits, lex: Lexicon, text: str, demoted=lambda key: False) -> dict[str, _Tally]:
    """Each theme's score and words; a generic word, a word inside a proper name, or a word
    `demoted` here (whom a court or police paragraph protects) weighs half and never decides."""
    out: dict[str, _Tally] = defaultdict(_Tally)
    seen: dict[tuple[str, object], int] = defaultdict(int)
    for key, written, themes, in_name in hits:
        generic = in_name or key in lex.generic or demoted(key)
        for theme, weight in themes.items():
            t = out[theme]
            n = seen[(theme, key)]
            t.score += weight * (GENERIC_WEIGHT if generic else 1.0) / (1 + n)
            seen[(theme, key)] += 1
            if key not in t.keys:
                t.keys.add(key)
                t.evidence.append(written)
            if not generic:
                t.telling.add(key)
                if weight >= STRONG:
                    t.strong_words.add(key)
                t.decisive = t.decisive or weight >= 3
                t.opening = t.opening or (weight >= 3 and _names_subject(text, written, lex))
                t.repeated = t.repeated or (weight >= 2 and n >= 1)
    return out


def _decides(
    t: _Tally, short: bool, leading: bool, silent: bool = False, alone: bool = False
) -> bool:
    """The heading and a word of the theme, or the heading alone over a paragraph that names no
    theme's telling word (a measure under 第六章 环境保护 is ecology), or two strong telling words
    (or a decisive one and another: kitchen equipment and a tax break make no industry), or one
    word naming the subject: a decisive word leading a short paragraph (not as its scene), or a
    strong word said again; generic words alone never do."""
    if t.heading:
        return bool(t.keys) or silent  # the heading names the theme
    if t.titled and t.telling:
        return True
    if not t.strong_words:
        return False
    if len(t.strong_words) >= 2 or (t.decisive and len(t.telling) >= 2):
        return True
    return (t.decisive and (short or alone) and leading and t.opening) or t.repeated


def tag_themes(
    text: str,
    section: str = "",
    lang: str = "zh",
    kind: str = "measure",
    words: list[str] | None = None,
    model: bool = True,
    title: str = "",
) -> ThemeTags:
    """A measure's themes by the lexicon and the codebook's rules, then (unless `model` is False)
    its language's trained model's among the themes the lexicon found evidence of
    (kb/theme_model.py).
    The document's `title` is the outermost heading: when it names one theme, it weighs at half a
    heading's weight on a paragraph that says a telling word of that theme.
    """
    lex = lexicon()
    if lang == "en":
        hits = _en_hits(text, lex)
        length = (len(text) - dateline_length(text, lang)) / EN_CHARS_PER_ZH
    else:
        words = words if words is not None else cut(normalise(text))
        hits = [(w, w, themes, in_name) for w, themes, in_name in _zh_hits(words)]
        length = len(text) - dateline_length(text, lang)
    tallies = _tally(hits, lex, text, theme_shapes.justice_words(text, lang, words))
    length_norm = math.sqrt(max(length, 60) / 150)
    for t in tallies.values():
        t.score /= length_norm
    for theme, (bonus, heading) in _heading_scores(section).items():
        t = tallies[theme]
        t.score += bonus
        t.evidence.append(f"§ {heading}")
        t.heading = True
    titled = _heading_scores(title)
    for theme, (bonus, heading) in titled.items() if len(titled) == 1 else ():
        if theme in tallies and tallies[theme].telling and not tallies[theme].heading:
            t = tallies[theme]
            t.score += bonus * TITLE_SHARE
            t.evidence.append(f"《{heading}》")
            t.titled = True
    scores = {th: t.score for th, t in tallies.items()}
    need = MIN_SCORE * (ANALYSIS_FACTOR if kind == "analysis" else 1.0)
    top = max(scores.values(), default=0.0)
    short = length <= SHORT_PARAGRAPH
    silent = not any(t.telling for t in tallies.values())
    # the one theme any telling word is of: its decisive word opening a longer paragraph names
    # the subject as in a short one (植树造林 opening a news item on a tree-planting day)
    alone = sum(1 for t in tallies.values() if t.telling) == 1
    chosen = []
    if not is_procedural(text, lang):
        chosen = [
            th
            for th in THEMES
            if th in tallies
            and scores[th] >= need
            and scores[th] >= SHARE_OF_TOP * top
            and _decides(tallies[th], short, scores[th] >= top, silent, alone)
        ]
    chosen.sort(key=lambda th: -scores[th])
    worded = None
    if lang != "en":
        worded = [
            th for th in THEMES if th in tallies and _decides(tallies[th], short, True, silent)
        ]
    tags = ThemeTags(
        chosen,
        {th: tallies[th].evidence[:8] for th in chosen},
        {th: round(s, 2) for th, s in sorted(scores.items(), key=lambda x: -x[1])},
        {th: t.evidence[:8] for th, t in tallies.items()},
        [th for th in THEMES if th in tallies and tallies[th].telling],
        worded,
    )
    if not model:
        return tags
    from kb import theme_model

    return theme_model.retag(text, section, tags, lang=lang, given=words)


def lexicon_tags(*args, **kwargs) -> ThemeTags:
    """A measure's themes by the lexicon and the codebook's rules alone (no trained model)."""
    return tag_themes(*args, **kwargs, model=False)


def explain(
    text: str, section: str = "", lang: str = "zh", kind: str = "measure", title: str = ""
) -> dict:
    """The words that weighed for every theme a paragraph scored (chosen or not), for `kb eval`:
    read as ingest read it, under its document's title too."""
    return tag_themes(text, section, lang, kind, title=title).considered


def label(theme: str, lang: str = "zh") -> str:
    spec = data_files.toml("themes.toml").get(theme, {})
    return spec.get("label_zh" if lang == "zh" else "label_en", theme)
