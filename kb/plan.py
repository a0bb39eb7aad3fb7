"""The query plan: what a query asks for, as a plain value any search backend can run.

`build(q, lexicon)` reads the query (kb/query.py), expands each concept across languages (the
query's own words, a rare word's parts, synonyms, the city it names, its English, pinyin or
Chinese readings) and returns a `Plan`. Its query nodes are our own small types (`Term`,
`Phrase`, `AnyOf`, `AllOf`, `Not`, `Everything`), not an engine's: a backend translates them.
What the builder needs from the index it asks of the `lexicon` passed in: document frequencies
(the backend's searcher) and the generation's expansion maps (kb/index.py); kb/search.py's
`Generation` is one.
"""

from __future__ import annotations

import re
from collections import ChainMap, Counter
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Protocol, Union

from kb import abbreviations, data_files, gazetteer, suggest, thesaurus, tones
from kb.chinese import (
    in_dictionary,
    normalise,
    query_words,
    question_words,
    stopwords,
    tokenizer,
    tokens,
)
from kb.crosslang import (
    ADMINISTRATIVE_SUFFIXES,
    SYLLABLE,
    TRANSLATION_BOOST,
    city_pinyin,
    english_key,
    english_reading,
    english_senses,
    glossary,
    glossary_by_key,
    glossary_siblings,
    is_pinyin,
    pair_key,
    pinyin_pieces,
    reverse_glossary,
    spell_pinyin,
    syllables,
    synonyms,
    two_characters,
    word_readings,
)
from kb.english import is_common_word, is_known_word
from kb.query import Concept, parse

# ---- query nodes -------------------------------------------------------------------------------


# where a reading is looked for: the paragraph, its headings, the lead-in of its list (the index's
# token fields; kb/ranking.py weighs a lead-in lightly)
SCORED_FIELDS = ("text", "heading", "lead")
# the document's title, in each of its measures: the heading above all its headings, read only for
# a partial match (a measure whose title says a word it does not say itself is no full match: the
# totals count what the measures say), so "carbon peak plan" still finds the paragraphs of a
# carbon peak implementation plan that never say it, after those that do
TITLE_FIELD = "title"
RANKED_FIELDS = (*SCORED_FIELDS, TITLE_FIELD)


@dataclass(frozen=True)
class Term:
    """One index token in one field (`text`, `heading`, `city`, `id`, ...)."""

    field: str
    text: str
    boost: float = 1.0


@dataclass(frozen=True)
class Phrase:
    """Index tokens in this order, each within `slop` positions of the one before."""

    field: str
    words: tuple[str, ...]
    slop: int = 1
    boost: float = 1.0


@dataclass(frozen=True)
class AnyOf:
    """Matches what any part matches; scores the sum of the parts that match."""

    parts: tuple[Node, ...]
    boost: float = 1.0


@dataclass(frozen=True)
class AllOf:
    """Matches what every part matches (a `Not` part: what it does not); scores the sum of the
    scoring parts (a `Not` never scores)."""

    parts: tuple[Node, ...]
    boost: float = 1.0


@dataclass(frozen=True)
class Not:
    """Excludes what `node` matches; only meaningful as a part of `AllOf`."""

    node: Node


@dataclass(frozen=True)
class Everything:
    """Every live measure, unscored."""


Node = Union[Term, Phrase, AnyOf, AllOf, Not, Everything]


def without(node: Node, excluded: Node) -> AllOf:
    """node AND NOT excluded."""
    return AllOf((node, Not(excluded)))


def scoring_leaves(node: Node, boost: float = 1.0) -> list[tuple[Term | Phrase, float]]:
    """The terms and phrases that score a node, each with its boost multiplied down the tree
    (the leaf's own boost included); excluded parts and `Everything` do not score. An unknown
    node type raises: a node nobody can score must not silently score 0."""
    if isinstance(node, (Term, Phrase)):
        return [(node, boost * (node.boost or 1.0))]
    if isinstance(node, (AnyOf, AllOf)):
        return [x for sub in node.parts for x in scoring_leaves(sub, boost * (node.boost or 1.0))]
    if isinstance(node, (Not, Everything)):
        return []
    raise TypeError(f"not a query node: {type(node).__name__}")


# ---- the plan ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """A query, read and expanded.

    main: what every hit matches (`Everything` when the query has no words).
    relaxed: the partial match (any unit, a concept also in the document's title; the exclusions
        kept), None when the query has no words.
    terms: index tokens of the query's text readings, for highlighting.
    filters: facet filters typed in the query (`city:ningbo`), facet name → values.
    explain: how each concept was read (the page's and the API's `interpretation`).
    near: the query's single words in order, when several concepts are asked for: measures
        holding them close together rank higher (empty: no proximity).
    units: the parts a partial match may cover (each clause, each word of an English phrase).
    groups: which units are one concept (indexes into `units`, the clause first): a partial
        match covers a concept once, however many of its words it has.
    head: the group of the query's head word (its last concept that names no place, in Chinese
        and English alike the word the others qualify: 补贴 in 居家养老服务补贴, lockers in
        "smart parcel lockers"), -1 for none; a partial match that has it covers more.
    """

    main: Node
    relaxed: Node | None = None
    terms: frozenset[str] = frozenset()
    filters: dict[str, list[str]] = field(default_factory=dict)
    explain: list[dict] = field(default_factory=list)
    near: tuple[str, ...] = ()
    units: tuple[Node, ...] = ()
    groups: tuple[tuple[int, ...], ...] = ()
    head: int = -1
    # whether partial matches follow a few full ones; a one-concept query's partial matches (its
    # word in a document's title only) are shown only when no measure says it
    partial_when_few: bool = True
    titled: tuple[Node, ...] = ()  # per concept unit, what its document's title says
    # per concept unit, what the measure's words say (not the city it is tagged with): a partial
    # match whose title says the rest leads the tail only if it says a concept itself
    spoken: tuple[Node, ...] = ()


class Lexicon(Protocol):
    """What the plan builder reads from the index (a backend's searcher provides it)."""

    maps: dict  # {"pinyin": {syllables: [Chinese words]}, "english": {key: [Chinese words]}}

    def df(self, word: str) -> int:
        """How many live measures have this token in their text."""

    # optional, read with getattr: vocabulary() -> {Chinese word: measures}; count(node) -> the
    # live measures a query node matches


# ---- expansion ---------------------------------------------------------------------------------

SIBLING_BELOW_DF = 1  # a glossary term's other translations read for a word fewer measures use
DECOMPOSE_BELOW_DF = 30  # decompose a query word only when fewer measures use it
PHRASE_CANDIDATES_MAX = 3000  # and when its rarest part bounds the positions to check
RECUT_BOOST = 0.9  # a common word's parts side by side: the word, cut otherwise by jieba
PARTS_BOOST = 0.85  # a translation put together from the translations of its parts
TRANSLATION_SLOP = (
    2  # "emissions of carbon" is not "carbon emissions", "carbon dioxide emissions" is
)
APOSTROPHES = re.compile("['’]")  # inside a romanised name, between its syllables
PINYIN_BOOST = 0.9  # the Chinese a pinyin run spells, against words typed in Chinese
LOOSE_WORDS_BOOST = 0.7  # an English phrase's words apart, in any order, against the phrase itself


@dataclass
class Alt:
    """One way of matching a concept: index tokens (a term or a phrase), a weight, and its origin
    ("via:what it was read as"). `groups`, when given, replaces toks: every group must match, any
    of its token sequences (a Chinese word read in English as its parts' translations)."""

    toks: tuple[str, ...]
    boost: float
    source: str
    field: str = "text"
    slop: int = 1
    groups: tuple[tuple[tuple[str, ...], ...], ...] = ()
    each_part: bool = False  # in a partial match each token covers some of the concept
    partial_only: bool = False  # covers some of the concept in a partial match, never all of it
    full_only: bool = False  # completes a full match, covers nothing of a partial one


PARTS_BOOST = 0.7  # a rare word's parts near each other, against the word
PARTS_SLOP = 3


def _cjk_alts(text: str, lex: Lexicon) -> list[Alt]:
    norm = normalise(text)
    primary = tuple(query_words(text))
    alts = [Alt(primary, 1.0, "query")]
    # A word the corpus rarely uses is also looked for as its parts near each other (科技成果的
    # 转化); a well-attested word is not: its looser forms add little, and checking positions
    # over thousands of candidates is what makes a query slow at scale.
    if len(primary) == 1 and lex.df(primary[0]) < DECOMPOSE_BELOW_DF:
        seen = set()
        for parts, boost in (
            (_decompose(primary[0]), PARTS_BOOST),
            (_decompose(primary[0], fine=True), 0.5),
        ):
            if len(parts) > 1 and min(map(lex.df, parts)) > PHRASE_CANDIDATES_MAX:
                continue
            if len(parts) > 1 and tuple(parts) not in seen:
                seen.add(tuple(parts))
                alts.append(
                    Alt(
                        tuple(parts),
                        boost,
                        "parts:" + " ".join(parts),
                        slop=PARTS_SLOP,
                        each_part=norm not in _gazetteer_words(),  # 宁波 is no 宁波舟山港
                    )
                )
        if not seen and (head := _head_within(primary[0], lex)):  # 导游 of 导游证
            alts.append(Alt((head,), HEAD_WITHIN_BOOST, f"parts:{head}", partial_only=True))
        alts += _short_forms(_decompose(primary[0]))
        alts += _straddles(primary[0], lex)
        alts += _alike(primary[0], lex)
        if not _declared_found(norm, lex):
            alts += _shortened(primary[0], lex)  # a guess only where nothing declared is found
    elif len(primary) == 1 and len(forms := _forms(primary[0], lex)) > 1:
        alts.append(Alt(forms[1], RECUT_BOOST, "parts:" + " ".join(forms[1])))
    for syn in synonyms().get(norm, []):
        said = tuple(query_words(syn))
        alts.append(Alt(said, SYNONYM_BOOST, f"synonym:{syn}", slop=DECLARED_SLOP))
        alts += [  # 文化旅游 written 文化与旅游
            Alt(f, SYNONYM_BOOST * PARTS_BOOST, f"synonym:{syn}", slop=PARTS_SLOP)
            for f in _synonym_forms(syn, lex)
            if len(f) > 1 and f != said
        ]
    if len(primary) == 1:
        alts += _thesaurus(norm, lex)
    if len(primary) == 1 and lex.df(primary[0]) < SIBLING_BELOW_DF:
        alts += [
            Alt(tuple(query_words(w)), SYNONYM_BOOST, f"synonym:{w}", slop=DECLARED_SLOP)
            for w in glossary_siblings().get(norm, [])
            if w not in synonyms().get(norm, [])
        ]
    alts += [a for a in _written_out(norm, lex) if a.source[8:] not in synonyms().get(norm, [])]
    if len(primary) == 1:
        alts += _full_forms(primary[0], lex)
    for entity in _entities(norm):  # 宁波港 → 宁波舟山港, and its English name
        alts.append(Alt(tuple(query_words(entity)), ENTITY_BOOST, f"gazetteer:{entity}"))
        alts += [
            Alt(
                tuple(key.split()),
                ENTITY_BOOST * TRANSLATION_BOOST.get(via, 1.0),
                f"gazetteer:{english}",
                slop=TRANSLATION_SLOP,
            )
            for english, key, via in english_senses(entity, lex.maps, lambda t: lex.df(t) > 0)
        ]
    if len(primary) == 1 and (name := _name_within(primary[0], lex)):  # 浙江省 → 浙江
        alts.append(Alt((name,), NAME_BOOST, f"gazetteer:{name}"))
    city = _city_of(norm)
    if city:
        alts.append(Alt((city,), 0.7, f"city:{city}", field="city"))
    alts += _year_alts(norm)
    alts += [Alt((u,), UNIT_BOOST, f"unit:{u}") for u in _english_units().get(norm, [])]
    if not city:
        alts += _titled(norm, lex)
    if len(primary) == 1 and (spelt := _romanised(primary[0], lex)):
        alts.append(Alt(spelt, ROMANISED_BOOST, f"pinyin:{' '.join(spelt)}"))
    alts += _genre(norm)
    alts += _english_alts(norm, list(primary), lex)
    alts = [a for a in alts if a.toks]
    if len(primary) == 1 and len(alts) == 1:  # nothing else reads it: 游船 → 船舶, 帆船
        alts += _head_compounds(primary[0], lex)
    return alts


THESAURUS_BOOST = 0.6  # a thesaurus's synonym (赔 → 赔偿): below a declared synonym


def _thesaurus(word: str, lex: Lexicon) -> list[Alt]:
    """A word no measure holds read as its synonyms in the thesaurus (kb/thesaurus.py) that the
    corpus holds and the project's own synonyms do not already give. A word the corpus has is
    read as typed: its thesaurus's siblings are often broader (金融 beside 经济, 要素 beside 因素),
    and measured on every query set they took more from such queries than they gave."""
    if lex.df(word) >= SIBLING_BELOW_DF:
        return []
    declared = set(synonyms().get(word, []))
    return [
        Alt((w,), THESAURUS_BOOST, f"thesaurus:{w}")
        for w in thesaurus.siblings().get(word, ())
        if w not in declared and lex.df(w) > 0
    ]


NAME_BOOST = 0.9  # a place's name without 省, 市, 县 or 区, as the text may write it


def _name_within(word: str, lex: Lexicon) -> str | None:
    """The proper name a word is with an administrative suffix (浙江省 → 浙江, 义乌市 → 义乌),
    when the corpus has the name (the index's `names`, CEDICT's proper nouns)."""
    if len(word) < 3 or word[-1] not in ADMINISTRATIVE_SUFFIXES:
        return None
    return word[:-1] if word[:-1] in lex.maps.get("names", {}) else None


YEAR = re.compile(r"((?:19|20)\d\d)年?")
YEAR_BOOST = 0.7  # as a city's tag: what the document is filed under, not a word of the text


def _year(text: str) -> str | None:
    """The year a query word names (2023, 2023年), else None."""
    m = YEAR.fullmatch(text)
    return m.group(1) if m else None


UNIT_BOOST = 0.9  # the same figure and unit written the other language's way
NUMBER_UNIT = re.compile(r"(\d+(?:\.\d+)?)([a-z]+)")


@cache
def _units() -> dict[str, list[str]]:
    return data_files.toml("units.toml")["units"]


@cache
def _english_units() -> dict[str, list[str]]:
    """A Chinese unit word (千伏) → the English units written for it (kv): 500千伏 typed also
    finds "500 kV" (its figure is a concept of its own)."""
    out: dict[str, list[str]] = {}
    for unit, words in _units().items():
        for z in words:
            out.setdefault(z, []).append(unit)
    return out


def _unit_alts(joined: str) -> list[Alt]:
    """A figure with its unit written the English way (500kv of 500kV, or of "500 kV" read as
    one concept) as the text writes it spaced (500 kV) and as Chinese writes it (500千伏;
    kb/data/units.toml)."""
    m = NUMBER_UNIT.fullmatch(joined)
    if not m or m.group(2) not in _units():
        return []
    number, unit = m.groups()
    return [Alt((number, unit), UNIT_BOOST, f"unit:{number} {unit}")] + [
        Alt((number, *query_words(z)), UNIT_BOOST, f"unit:{number}{z}") for z in _units()[unit]
    ]


def _year_alts(text: str) -> list[Alt]:
    """A year typed (2023年 外贸 义乌) also finds the measures of documents filed under it, as a
    city's name finds those tagged with it: a report on 2023 says 今年, not 2023年."""
    year = _year(text)
    return [Alt((year,), YEAR_BOOST, f"year:{year}", field="year")] if year else []


PROVINCE_NAME = 2  # the index's `names` value of a province (kb/crosslang.py build_maps)
TITLED_BOOST = 0.7  # as a city's tag: the document is about the place, the measure need not say it
MAX_TITLED = 30  # a place in more titles than this says little about any one document


def _titled(word: str, lex: Lexicon) -> list[Alt]:
    """A province (浙江, 浙江省, zhejiang: no city of the gazetteer, so no tag) also finds the
    measures of the documents whose title names it: 浙江省数字经济促进条例 says 本省 and 全省,
    never 浙江, in its articles. A region (长三角) is a topic of its titles, not this; a name in
    too many titles finds nothing this way."""
    docs = getattr(lex, "docs", None)
    name = _name_within(word, lex) or word
    if not docs or lex.maps.get("names", {}).get(name) != PROVINCE_NAME:
        return []
    memo = vars(lex).setdefault("_titled", {})  # once a generation: a scan of every title
    if name not in memo:
        chinese = lex.maps.get("chinese", {}).get(name, [])
        english = [e.lower() for e, _ in chinese if e[:1].isupper()]
        found = [d for d, meta in docs.items() if _names(meta.get("title") or "", name, english)]
        memo[name] = sorted(found) if len(found) <= MAX_TITLED else []
    return [Alt((d,), TITLED_BOOST, f"title:{name}", field="doc_id") for d in memo[name]]


def _names(title: str, name: str, english: list[str]) -> bool:
    """Whether a title names a place: its Chinese name, or its English one as a word."""
    low = title.lower()
    return name in title or any(re.search(rf"\b{re.escape(e)}\b", low) for e in english)


HEAD_WITHIN_BOOST = 0.5
HEAD_WITHIN_BELOW_DF = 10  # a word in fewer measures than a page of hits: its head goes on


def _head_within(word: str, lex: Lexicon) -> str | None:
    """The longest word inside a word of three characters or more that few measures hold and no
    parts spell (导游 of 导游证, the index's sub-word there too), which a partial match may cover
    it by; never a place's (宁波 of 宁波港)."""
    if len(word) < 3 or lex.df(word) >= HEAD_WITHIN_BELOW_DF:
        return None  # 幼儿园 in twenty measures needs no 幼儿 to go on
    if normalise(word) in _gazetteer_words() or _city_of(word):
        return None
    inside = [t.text for t in tokens(word) if t.sub and len(t.text) > 1]
    inside = [w for w in inside if w not in _gazetteer_words() and lex.df(w) > lex.df(word)]
    return max(inside, key=len) if inside else None


ROMANISED_BOOST = 0.8  # a name the corpus has only in pinyin, in its English text (余村 → Yucun)


def _romanised(word: str, lex: Lexicon) -> tuple[str, ...] | None:
    """The pinyin of a Chinese name the corpus never writes in Chinese, when its English text has
    it (余村 → Yucun, a village named in English reports; 三坊七巷 → Sanfang Qixiang, written as two
    words): a name in a Chinese query finds the English paragraphs about it. Only for a word of
    two to four characters that no Chinese paragraph holds; written apart, each word of at least
    MIN_ROMANISED_PART letters."""
    if not 2 <= len(word) <= 4 or not CJK_TEXT.match(word) or lex.df(word) > 0:
        return None
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(word)
    spelt = english_key("".join(syllables))
    if spelt and " " not in spelt and lex.df(spelt) > 0:
        return (spelt,)
    for k in range(1, len(syllables)):
        parts = [english_key("".join(syllables[:k])), english_key("".join(syllables[k:]))]
        if all(p and " " not in p and len(p) >= MIN_ROMANISED_PART for p in parts):
            if all(lex.df(p) > 0 for p in parts):
                return tuple(parts)
    return None


MIN_ROMANISED_PART = 5  # a name's romanised word written apart: Sanfang, Qixiang, not qi or fang


SHORT_FORM_BOOST = 0.7  # a word's parts with a short one written out (自贸区 → 自由贸易试验区)
MAX_SHORT_FORMS = 6


def _forms(word: str, lex: Lexicon) -> tuple[tuple[str, ...], ...]:
    """A query word as the index may hold it: itself, and its dictionary parts side by side where
    jieba cut the text otherwise (公共数据 in 公共|数据共享和开放), when the rarer part bounds the
    positions to check."""
    parts = _decompose(word) if len(word) >= 4 and word.isalpha() else []
    if len(parts) > 1 and min(map(lex.df, parts)) <= PHRASE_CANDIDATES_MAX:
        return ((word,), tuple(parts))
    return ((word,),)


MAX_SYNONYM_WORDS = 3  # a synonym's words, for it to stand in for one word of a unit


def _word_forms(word: str, lex: Lexicon) -> tuple[tuple[str, ...], ...]:
    """A unit's word as a measure may say it (_forms), or by a synonym of the same meaning (a
    group's, both ways; not the narrower 港口 → 宁波舟山港) the corpus has: 文旅融合's 文旅 as
    文化旅游, which finds 推动文化与旅游深度融合."""
    norm = normalise(word)
    same = [w for w in synonyms().get(norm, []) if norm in synonyms().get(w, [])]
    more = [f for w in same for f in _synonym_forms(w, lex)]
    return tuple(dict.fromkeys([*_forms(word, lex), *more]))


def _synonym_forms(synonym: str, lex: Lexicon) -> list[tuple[str, ...]]:
    """A synonym's words, and a one-word synonym's parts where the corpus writes them apart
    (文化旅游 as 文化与旅游) and seldom whole (as for a query word, _cjk_alts); only forms of at
    most three words whose every word the corpus has."""
    words = tuple(query_words(synonym))
    rare = len(words) == 1 and len(words[0]) >= 4 and lex.df(words[0]) < DECOMPOSE_BELOW_DF
    parts = tuple(_decompose(words[0])) if rare else ()
    return [
        f
        for f in dict.fromkeys((words, parts))
        if 0 < len(f) <= MAX_SYNONYM_WORDS and all(lex.df(t) for t in f)
    ]


def _short_forms(parts: list[str]) -> list[Alt]:
    """A compound of a short form (浙江自贸区) as its parts with each short part's synonyms written
    out, near each other: 浙江 … 自由贸易试验区 finds 中国（浙江）自由贸易试验区, which the compound
    itself and its parts as typed never meet."""
    out: list[Alt] = []
    for i, part in enumerate(parts if len(parts) > 1 else []):
        for syn in synonyms().get(normalise(part), []):
            toks = tuple(t for p in parts[:i] + [syn] + parts[i + 1 :] for t in query_words(p))
            out.append(
                Alt(
                    toks,
                    SHORT_FORM_BOOST,
                    "synonym:" + " ".join(parts[:i] + [syn] + parts[i + 1 :]),
                    slop=3,
                )
            )
    return out[:MAX_SHORT_FORMS]


STRADDLE_BOOST = 0.6  # a word the corpus lacks, read across two of its words (送餐 in 配送|餐)
STRADDLE_WORDS = 4  # the commonest corpus words ending (starting) with each half, tried
_affix_cache: list = []  # [vocabulary, by last character, by first, by first and last]


def _affixes(vocab: dict[str, int]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The corpus's Chinese words by their last and by their first character, commonest first
    (built once a generation, when a query first has a word the corpus lacks)."""
    return _affix_maps(vocab)[:2]


def _affix_maps(vocab: dict[str, int]) -> tuple[dict, dict, dict]:
    """_affixes, and the words by their first and last characters together (_full_forms)."""
    if not _affix_cache or _affix_cache[0] is not vocab:
        ends: dict[str, list[str]] = {}
        starts: dict[str, list[str]] = {}
        both: dict[str, list[str]] = {}
        for w in sorted(vocab, key=lambda w: (-vocab[w], w)):
            if len(w) > 1:
                ends.setdefault(w[-1], []).append(w)
                starts.setdefault(w[0], []).append(w)
                both.setdefault(w[0] + w[-1], []).append(w)
        _affix_cache[:] = [vocab, ends, starts, both]
    return _affix_cache[1], _affix_cache[2], _affix_cache[3]


def _straddles(word: str, lex: Lexicon) -> list[Alt]:
    """A two- or three-character word the corpus never uses, looked for where the text's words
    were cut across it: 送餐 as 配送|餐 (配送餐服务), its first character ending one corpus word and
    the rest starting the next, or the other way round; the halves themselves side by side too."""
    vocabulary = getattr(lex, "vocabulary", None)
    if vocabulary is None or not 2 <= len(word) <= 3 or not CJK_TEXT.match(word):
        return []
    if lex.df(word) > 0:
        return []
    ends, starts = _affixes(vocabulary())
    pairs: list[tuple[str, str]] = []
    for k in range(1, len(word)):
        a, b = word[:k], word[k:]
        lefts = [a] * (lex.df(a) > 0) + [w for w in ends.get(a[-1], []) if w.endswith(a)][
            :STRADDLE_WORDS
        ]
        rights = [b] * (lex.df(b) > 0) + [w for w in starts.get(b[0], []) if w.startswith(b)][
            :STRADDLE_WORDS
        ]
        pairs += [(x, y) for x in lefts for y in rights if x == a or y == b]
    # only where the text has the two side by side: 天线 is not read as 露天|线 or 引力波 as
    # 引力|波澜 when no paragraph says 露天线 or 引力波澜 (a reading shown that finds nothing)
    count = getattr(lex, "count", None)
    return [
        Alt((x, y), STRADDLE_BOOST, f"parts:{x} {y}")
        for x, y in dict.fromkeys(pairs)
        if count is None or count(Phrase("text", (x, y)))
    ]


HEAD_COMPOUND_BOOST = 0.4  # a word the corpus lacks, read as its compounds of its head character
HEAD_COMPOUNDS = 3  # the commonest, of those starting and those ending with it


def _head_compounds(word: str, lex: Lexicon) -> list[Alt]:
    """A dictionary word of one to three characters that no measure uses and nothing else reads,
    read as the corpus's commonest words holding its head, the last character, first or last
    (游船 → 船舶, 帆船; 罚 of 怎么罚 → 罚款, 处罚): Chinese puts the head of a compound last, and
    a lone character matches only where the text leaves it alone. The words by character are
    built once a generation (_affixes); no index count per query."""
    vocabulary = getattr(lex, "vocabulary", None)
    if vocabulary is None or not 1 <= len(word) <= 3 or not CJK_TEXT.match(word):
        return []
    if lex.df(word) > 0 or word[-1] in stopwords() or not in_dictionary(word):
        return []  # a string jieba only guessed (港港 of a paste) is no word with a head
    ends, starts = _affixes(vocabulary())
    head = word[-1]
    found = sorted(
        dict.fromkeys(starts.get(head, [])[:HEAD_COMPOUNDS] + ends.get(head, [])[:HEAD_COMPOUNDS]),
        key=lambda w: -lex.df(w),
    )[:HEAD_COMPOUNDS]
    return [Alt((w,), HEAD_COMPOUND_BOOST, f"parts:{w}", full_only=True) for w in found]


ALIKE_BOOST = 0.6  # a word the corpus lacks, read as its words of the same sense (租客 → 承租人)


def _alike(word: str, lex: Lexicon) -> list[Alt]:
    """A word no measure uses read as the corpus's words CEDICT gives the same sense and that
    share a character with it (kb/crosslang.py alike_words: 租客 → 承租人, 丢失 → 遗失), below
    the words typed: a query in everyday words finds the text's own."""
    if lex.df(word) > 0:
        return []
    return [
        Alt((z,), ALIKE_BOOST, f"cedict:{z}")
        for z in lex.maps.get("alike", {}).get(word, [])
        if lex.df(z) > 0
    ]


DECLARED_SLOP = 2  # a declared term's words with one word between: 托育机构 in 托育服务机构
SHORTENED_BOOST = 0.6  # a short form the corpus lacks, read as the phrase it shortens
SHORTENED_WORDS = 8  # the commonest corpus words starting with each character, tried
SHORTENED_SLOP = 3  # the phrase's two words this close: 骗取医疗保障 is 骗取 … 保障
SHORTENED_MIN_MEASURES = 2  # a phrase said in fewer measures is no term of the corpus
MAX_SHORTENED = 2


def _declared_found(word: str, lex: Lexicon) -> bool:
    """Whether a term declared for the word (a synonym or everyday entry, an abbreviation's full
    form) is in the corpus as written: its words all there, and side by side when it has several
    (Generation.count). 医保's 医疗保险 is; 骗保's 骗取医疗保障基金 may be worded otherwise."""
    count = getattr(lex, "count", None)
    for term in [*synonyms().get(word, []), *abbreviations.full_forms().get(word, [])]:
        toks = tuple(query_words(term))
        if not toks or not all(lex.df(t) > 0 for t in toks):
            continue
        if len(toks) == 1 or count is None or count(Phrase("text", toks, slop=DECLARED_SLOP)) > 0:
            return True
    return False


def _shortened(word: str, lex: Lexicon) -> list[Alt]:
    """A two-character short form no measure uses read as the phrases it shortens: a corpus word
    starting with its first character a few words before one starting with its second (骗补 →
    骗取 … 补贴, as 骗取财政补贴 says it), only a phrase the corpus says in at least
    SHORTENED_MIN_MEASURES measures, commonest first. Chinese makes a short form of its phrase's
    head characters; a pair said once is a coincidence, not the term. _cjk_alts asks only for a
    word whose declared terms the corpus lacks (_declared_found): 医保 is 医疗保险, and a guess
    beside it (医疗 … 保人 of 医疗保险参保人) is noise that costs dozens of phrase counts."""
    vocabulary, count = getattr(lex, "vocabulary", None), getattr(lex, "count", None)
    if vocabulary is None or count is None or len(word) != 2 or not CJK_TEXT.match(word):
        return []
    if lex.df(word) > 0:
        return []
    _, starts = _affixes(vocabulary())
    found = []
    for x in starts.get(word[0], [])[:SHORTENED_WORDS]:
        for y in starts.get(word[1], [])[:SHORTENED_WORDS]:
            if x == y or min(lex.df(x), lex.df(y)) > PHRASE_CANDIDATES_MAX:
                continue
            n = count(Phrase("text", (x, y), slop=SHORTENED_SLOP))
            if n >= SHORTENED_MIN_MEASURES:
                found.append((-n, x, y))
    return [
        Alt((x, y), SHORTENED_BOOST, f"parts:{x}…{y}", slop=SHORTENED_SLOP)
        for _, x, y in sorted(found, key=lambda f: f[0])[:MAX_SHORTENED]
    ]


WRITTEN_OUT_BOOST = 0.8  # an abbreviation's full form (监管 → 监督管理), against the word typed
MAX_WRITTEN_OUT = 3


def _written_out(word: str, lex: Lexicon) -> list[Alt]:
    """An abbreviation read as the terms it stands for (kb/abbreviations.py: 监管 = 监督管理, 医保 =
    医疗保险, 环保 = 环境保护): a regulation spells out what a person types short. Only full
    terms the corpus uses, at most MAX_WRITTEN_OUT."""
    out = []
    for full in abbreviations.full_forms().get(word, [])[:MAX_WRITTEN_OUT]:
        toks = tuple(query_words(full))
        if toks and all(lex.df(t) > 0 for t in toks):
            out.append(Alt(toks, WRITTEN_OUT_BOOST, f"synonym:{full}"))
    return out


FULL_FORM_BOOST = 0.8  # a short word's longer form in the corpus (驾驶员 → 驾驶人员), against it
FULL_FORM_EXTRA = 3  # characters the longer form may add
MAX_FULL_FORMS = 2


def _in_order(short: str, long: str) -> bool:
    rest = iter(long)
    return all(c in rest for c in short)


def _full_forms(word: str, lex: Lexicon) -> list[Alt]:
    """A word read as the corpus's longer words that keep its characters in order, its first
    and its last among them (风景区 → 风景名胜区, 驾驶员 → 驾驶人员, 长三角 → 长江三角):
    Chinese shortens a term by dropping inner characters, and a person types the short form of
    what a regulation writes out. Words of three or four characters only, or of two that no
    measure uses (老人 → 老年人): two characters kept of a longer word are too often another
    term (进口 of 进出口, 南湖 of 南太湖). The commonest MAX_FULL_FORMS."""
    vocabulary = getattr(lex, "vocabulary", None)
    if vocabulary is None or not CJK_TEXT.match(word) or not 2 <= len(word) <= 4:
        return []
    if len(word) == 2 and lex.df(word) > 0:
        return []
    *_, both = _affix_maps(vocabulary())
    found = [
        w
        for w in both.get(word[0] + word[-1], [])
        if len(word) < len(w) <= len(word) + FULL_FORM_EXTRA and _in_order(word, w)
    ][:MAX_FULL_FORMS]
    if not found and len(word) > 2 and lex.df(word) == 0:
        return _full_phrases(word, lex)
    return [Alt((w,), FULL_FORM_BOOST, f"synonym:{w}") for w in found]


FULL_PHRASE_WORDS = 8  # the commonest corpus words ending with the word's last character, tried


def _full_phrases(word: str, lex: Lexicon) -> list[Alt]:
    """A word of three or four characters no measure uses, whose longer form the text's words cut
    in two: its beginning, a corpus word, then a corpus word ending with its last character, side
    by side somewhere (风景区 → 风景|名胜区, as jieba cuts 风景名胜区), its characters in order;
    the commonest MAX_FULL_FORMS of those the text says."""
    vocabulary, count = getattr(lex, "vocabulary", None), getattr(lex, "count", None)
    if vocabulary is None or count is None:
        return []
    ends, _ = _affixes(vocabulary())
    found = []
    for k in range(len(word) - 1, 1, -1):
        head = word[:k]
        if lex.df(head) == 0:
            continue
        for y in ends.get(word[-1], [])[:FULL_PHRASE_WORDS]:
            whole = head + y
            if not len(word) < len(whole) <= len(word) + FULL_FORM_EXTRA:
                continue
            if not _in_order(word, whole) or word in whole:  # 产业|产业链 is no longer form
                continue
            if min(lex.df(head), lex.df(y)) > PHRASE_CANDIDATES_MAX:
                continue
            if n := count(Phrase("text", (head, y))):
                found.append((-n, head, y))
    return [
        Alt((x, y), FULL_FORM_BOOST, f"synonym:{x}{y}")
        for _, x, y in sorted(found)[:MAX_FULL_FORMS]
    ]


GENRE_BOOST = 0.5  # a word naming a kind of document, matched by the documents of that genre


@cache
def _genre_words() -> dict[str, str]:
    """kb/data/query_genres.toml: a query word → the genre it names."""
    table = data_files.toml("query_genres.toml")["genres"]
    return {normalise(w): genre for genre, words in table.items() for w in words}


def _genre(word: str) -> list[Alt]:
    """The genre a query word names (regulation, 条例, plan, 规划…): it also matches the measures
    of documents of that genre."""
    genre = _genre_words().get(normalise(word))
    return [Alt((genre,), GENRE_BOOST, f"genre:{genre}", field="genre")] if genre else []


ENTITY_BOOST = 0.9  # a gazetteer entity a place-plus-generic-word query stands for
MAX_GENERIC_CHARS = 2  # the generic word after the place: 港, 港口, 机场


def _entities(word: str) -> list[str]:
    """The gazetteer's entities a city's name plus a generic word stands for (宁波港 → 宁波舟山港:
    a place starting with the city's name and ending with the rest of the word), when the word
    itself is no gazetteer name."""
    if len(word) < 3 or word in _gazetteer_words():
        return []
    out = []
    for k in range(max(2, len(word) - MAX_GENERIC_CHARS), len(word)):
        city, generic = word[:k], word[k:]
        if city in gazetteer.names() or city in gazetteer.cities():
            # the generic word whole or its head character (港口 → 港: 宁波港口 → 宁波舟山港)
            out += sorted(
                p
                for p in gazetteer.places()
                if len(p) > len(word) - len(generic) + 1
                and p.startswith(city)
                and (p.endswith(generic) or p.endswith(generic[0]))
                and p != city + generic[0]
            )
    return out[:3]


def _english_alts(text: str, words: list[str], lex: Lexicon) -> list[Alt]:
    """A Chinese query word read in English, so it finds English paragraphs too."""
    groups = english_reading(text, words, lex.maps, lambda tok: lex.df(tok) > 0)
    if len(groups) == 1:
        return [
            Alt(
                tuple(key.split()),
                TRANSLATION_BOOST.get(via, 1.0),
                f"{via}:{english}",
                slop=TRANSLATION_SLOP,
            )
            for english, key, via in groups[0]
        ]
    if not groups:
        return []
    vias = {via for g in groups for _, _, via in g if via != "query"}
    shown = " + ".join("|".join(english for english, _, _ in g) for g in groups)
    boost = PARTS_BOOST * min(TRANSLATION_BOOST.get(v, 1.0) for v in vias)
    return [
        Alt(
            tuple(k for g in groups for _, key, _ in g for k in key.split()),
            boost,
            f"{'glossary' if vias == {'glossary'} else 'cedict'}:{shown}",
            slop=TRANSLATION_SLOP,
            groups=tuple(tuple(tuple(key.split()) for _, key, _ in g) for g in groups),
        )
    ]


PINYIN_RIVAL_SHARE = 0.1  # a homophone read too only if the corpus uses it this often as the first


def _homophones(candidates: list[str], df) -> list[str]:
    """The corpus's words for one pinyin, the rare rivals of the commonest dropped (chengshi is
    城市; 诚实, ten times rarer, is not read)."""
    if df is None or not candidates:
        return candidates
    counts = [df(z) for z in candidates]
    return [
        z for z, n in zip(candidates, counts, strict=True) if n >= PINYIN_RIVAL_SHARE * max(counts)
    ]


def _pinyin_alts(found: list[str], lex: Lexicon) -> list[Alt]:
    """The Chinese words a pinyin run spells, commonest first; the first read on as a Chinese
    query (its synonyms, parts and English: chengshi danao → 城市大脑 → City Brain)."""
    alts = [
        replace(
            a,
            boost=a.boost * PINYIN_BOOST,
            source=f"pinyin:{found[0]}" if a.source == "query" else a.source,
        )
        for a in _cjk_alts(found[0], lex)
        if not a.source.startswith("thesaurus:")  # a guess on a guess (yangzhou → 养育 → 养殖)
    ]
    words = tuple(query_words(found[0]))
    if len(words) > 1:  # its words anywhere in the measure, as when typed in Chinese
        alts.insert(
            1,
            Alt(
                words,
                LOOSE_WORDS_BOOST * PINYIN_BOOST,
                "words:" + found[0],
                groups=tuple(_word_forms(t, lex) for t in words),
            ),
        )
    return alts + [Alt(tuple(query_words(z)), PINYIN_BOOST, f"pinyin:{z}") for z in found[1:3]]


_char_cache: list = []  # [vocabulary, pinyin → the corpus's one-character words]
MAX_CHARS = 3  # the commonest characters of a syllable tried at the end of a spelled word


def _chars_by_pinyin(vocab: dict[str, int], inner: bool = False) -> dict[str, list[str]]:
    """The corpus's one-character words (快递|柜 leaves 柜 one) by their toneless pinyin,
    commonest first; the pinyin map holds words of two characters or more only. `inner`: every
    character of the corpus's Chinese words instead (送 of 配送), by how often words hold it."""
    if not _char_cache or _char_cache[0] is not vocab:
        from pypinyin import lazy_pinyin

        lone: dict[str, list[str]] = {}
        for w in sorted((w for w in vocab if len(w) == 1), key=lambda w: (-vocab[w], w)):
            lone.setdefault(lazy_pinyin(w)[0], []).append(w)
        held: dict[str, int] = {}
        for w, n in vocab.items():
            if CJK_TEXT.match(w):
                for ch in set(w):
                    held[ch] = held.get(ch, 0) + n
        within: dict[str, list[str]] = {}
        for ch in sorted(held, key=lambda ch: (-held[ch], ch)):
            within.setdefault(lazy_pinyin(ch)[0], []).append(ch)
        _char_cache[:] = [vocab, lone, within]
    return _char_cache[2 if inner else 1]


def _with_a_character(joined: str, lex: Lexicon) -> list[str]:
    """A pinyin run that is a corpus word and one more syllable, spelled as the word and the
    corpus's characters of that syllable (kuaidigui → 快递柜, 快递|柜 in the text; daoyouzheng
    → 导游证): a suffix such as 柜, 证, 费, 站 makes many a policy term that no dictionary
    lists; failing that, one syllable before the word (shuangxiachen → 双下沉, xinjijian →
    新基建): so does a prefix such as 双, 新, 大."""
    vocabulary = getattr(lex, "vocabulary", None)
    py = lex.maps.get("pinyin", {})
    if vocabulary is None:
        return []
    chars = _chars_by_pinyin(vocabulary())
    for cut in range(len(joined) - 1, 1, -1):
        head, tail = joined[:cut], joined[cut:]
        if head in py and tail in chars and is_pinyin(tail):
            return [py[head][0] + c for c in chars[tail][:MAX_CHARS]]
    for cut in range(2, len(joined) - 1):
        head, tail = joined[:cut], joined[cut:]
        if tail in py and head in chars and is_pinyin(head):
            return [c + py[tail][0] for c in chars[head][:MAX_CHARS]]
    return []


def _spelled(words: list[str], lex: Lexicon) -> list[str]:
    """The Chinese pinyin words spell together (kb/crosslang.py's spell_pinyin), when it is one
    concept: some word spells nothing alone (kezaisheng nengyuan → 可再生能源), or the whole is a
    term of its own (chengshi danao → 城市大脑, City Brain); hangzhou shuzi jingji stays a city
    and a topic."""
    py = lex.maps.get("pinyin", {})
    text = spell_pinyin("".join(words).lower(), py)
    if text and (any(w.lower() not in py for w in words) or _is_unit(text, lex)):
        return [text]
    if len(words) == 1 and words[0].lower() not in py:
        return _with_a_character(words[0].lower(), lex)
    return []


OTHER_ENGLISH_BOOST = 0.8  # the same term in other English words, against the words typed
MAX_OTHER_ENGLISH = 3


def _other_english(chinese: list[str], key: str, lex: Lexicon) -> list[Alt]:
    """The other English phrasings of the same glossary term, back from its first Chinese
    translation (garbage sorting → 垃圾分类 → "garbage classification", "waste sorting"), when
    the corpus's English has their words: an English paragraph may say it either way. Only the
    same term: an entry whose first translation is another ("risk capital", first 风险投资, is
    not "venture capital", first 创业投资)."""
    out: list[Alt] = []
    gl = glossary_by_key()
    for english, other in reverse_glossary().get(normalise(chinese[0]), []):
        toks = tuple(other.split())
        if other == key or gl.get(other, [""])[0] != chinese[0]:
            continue
        if all(lex.df(t) > 0 for t in toks) and all(a.toks != toks for a in out):
            out.append(Alt(toks, OTHER_ENGLISH_BOOST, f"glossary:{english}", slop=TRANSLATION_SLOP))
    return out[:MAX_OTHER_ENGLISH]


SYNONYM_BOOST = 0.8  # a word's synonym, against the word


def _translation_synonyms(found: list[str], lex: Lexicon) -> list[Alt]:
    """The other words of a glossary translation's synonym group and the terms an abbreviation
    stands for (kb/data/synonyms.toml, kb/abbreviations.py), as a Chinese query word reads them:
    "free trade zone" is 自贸区 and so also 自贸试验区, the regulation's own short form."""
    out: list[Alt] = []
    seen = {normalise(z) for z in found}
    boost = TRANSLATION_BOOST["glossary"] * SYNONYM_BOOST
    for z in found:
        norm = normalise(z)
        more = [Alt(tuple(query_words(w)), boost, f"synonym:{w}") for w in synonyms().get(norm, [])]
        more += [
            replace(a, boost=a.boost * TRANSLATION_BOOST["glossary"])
            for a in [*_written_out(norm, lex), *_full_forms(norm, lex)]  # 风景区: 风景名胜区
        ]
        for alt in more:
            if (word := alt.source.split(":", 1)[1]) not in seen and alt.toks:
                seen.add(word)
                out.append(alt)
    return out


ONE_WORD_SENSE_BOOST = 0.5  # an English word's CEDICT senses: a dictionary's, not a term's


def _cedict_word(word: str, key: str, lex: Lexicon) -> list[Alt]:
    """The commonest three of an English word's CEDICT readings (kb/crosslang.py word_readings),
    and the corpus's longer forms of them (drivers: 驾驶员 and 驾驶人员, _full_forms)."""
    found = sorted(word_readings(key, lex.maps, word), key=lambda z: -lex.df(z))[:3]
    alts = [Alt(tuple(query_words(z)), ONE_WORD_SENSE_BOOST, f"cedict:{z}") for z in found]
    longer = [a for z in found if lex.df(z) > 0 for a in _full_forms(z, lex)]
    longer = [a for a in longer if a.toks[0] not in found]
    return alts + [
        replace(a, boost=ONE_WORD_SENSE_BOOST * FULL_FORM_BOOST, source=f"cedict:{a.toks[0]}")
        for a in {a.toks: a for a in longer}.values()
    ]


COMPOSED_BOOST = 0.6  # a compound spelled by the characters of two English words' senses
ENGLISH_WORD_PINYIN_BOOST = 0.4  # lake as the pinyin 拉客: below its English senses (0.5)


def _english_word(words: list[str], key: str, lex: Lexicon) -> bool:
    """One everyday English word with senses of its own in the dictionary (lake: 湖泊), though its
    letters also spell pinyin of two syllables or more (la ke 拉客): it is read as English first,
    its pinyin after."""
    return (
        len(words) == 1
        and len(syllables(words[0])) != 1  # gang, one syllable, may be 港 typed alone
        and is_common_word(words[0])
        and bool(key)
        and bool(word_readings(key, lex.maps, words[0]))
    )


def _latin_alts(words: list[str], lex: Lexicon) -> list[Alt]:
    """The readings of consecutive Latin words taken as one concept: glossary, pinyin, CEDICT, and
    the city they name (with its English name when the words were its pinyin)."""
    maps = lex.maps
    gl, py, en = glossary_by_key(), maps.get("pinyin", {}), maps.get("english", {})
    key = english_key(" ".join(words))  # stemmed: "carbon emission" is "carbon emissions"
    joined = APOSTROPHES.sub("", "".join(words)).lower()  # Xi'an, Lu’an: xian, luan
    phrase = " ".join(words).lower()
    alts: list[Alt] = []
    if (found := glossary().get(phrase)) or (key and (found := gl.get(key))):
        alts = [
            Alt(tuple(query_words(z)), TRANSLATION_BOOST["glossary"], f"glossary:{z}")
            for z in found
        ]
        alts += _translation_synonyms(found, lex)
        alts += _other_english(found, key, lex)
    elif (
        is_pinyin(joined)
        and (len(words) > 1 or len(joined) > 3)
        and not _english_word(words, key, lex)
        and (found := py.get(joined) or _spelled(words, lex))
    ):
        alts = _pinyin_alts(_homophones(found[:3], lex.df), lex)
    elif len(words) > 1 and key in en and len(key.split()) > 1:
        alts = [Alt(tuple(query_words(z)), 0.6, f"cedict:{z}") for z in en[key][:3]]
    elif len(words) == 2 and (found := maps.get("composed", {}).get(key)):
        # white tea: 白茶, the compound of 白 "white" and 茶 "tea" (crosslang.composed_words)
        alts = [Alt((z,), COMPOSED_BOOST, f"parts:{z}") for z in found if lex.df(z) > 0]
    elif (
        len(key.split()) == 2
        and (found := maps.get("sense_pairs", {}).get(pair_key(key)))
        and not all(word_readings(k, maps) for k in key.split())
    ):
        # spring plowing: 春耕, "to plow a field in the spring" (crosslang.sense_pairs), where a
        # word reads nothing alone (plowing); investment fund stays 投资 and 基金, not 招商
        alts = [Alt((z,), COMPOSED_BOOST, f"cedict:{z}") for z in found if lex.df(z) > 0]
    elif len(words) == 1:
        if key:
            alts = _cedict_word(words[0], key, lex)
        if is_pinyin(joined) and joined in py:
            found = _homophones(py[joined][:3], lex.df)
            boost = ENGLISH_WORD_PINYIN_BOOST if _english_word(words, key, lex) else 0.8
            alts += [Alt(tuple(query_words(z)), boost, f"pinyin:{z}") for z in found]
    alts += _genre(" ".join(words).lower())
    alts += _year_alts(joined)
    alts += _unit_alts(joined)
    # a city's name (ningbo, hong kong, xianggang) also finds the measures tagged with it
    city = _city_of(joined) if len(words) <= 2 else None
    if city:
        alts.append(Alt((city,), 0.7, f"city:{city}", field="city"))
        name = english_key(gazetteer.cities()[city].en)
        if name.replace(" ", "") != joined:  # xianggang → "Hong Kong" in English text
            alts.append(
                Alt(
                    tuple(name.split()),
                    TRANSLATION_BOOST["gazetteer"],
                    f"gazetteer:{gazetteer.cities()[city].en}",
                )
            )
    return alts


def _latin_fix(word: str, lex: Lexicon) -> str:
    """A Latin word put right when the corpus has it in no language (no English token, pinyin,
    glossary term or dictionary reading) and one of the corpus's English words is a slip away
    (kb/suggest.py's correct_latin: inteligence → intelligence), or one edit from a sense of its
    Chinese words (kindergarden → kindergarten, 幼儿园); else the word as typed."""
    key = english_key(word)
    maps = lex.maps
    if (
        not word.isalpha()
        or not key
        or lex.df(key) > 0
        or word.lower() in maps.get("pinyin", {})
        or word.lower() in glossary()
        or key in glossary_by_key()
        or word_readings(key, maps)
    ):
        return word
    found = [suggest.correct_latin(word, maps.get("spelling", []))]
    if not is_common_word(word):  # an everyday word (care) is no slip for a sense (core: 核心)
        found += [
            suggest.correct_latin(word, maps.get("spelling_senses", []), most=1),
            suggest.correct_latin(word, _glossary_words(lex), most=1),
        ]
    found = [f for f in found if f]  # the closest; on a tie the corpus's English word first
    best = min(found, key=lambda f: suggest.distance(word.lower(), f)) if found else word
    if is_known_word(word) and suggest.distance(word.lower(), best) > 1:
        return word  # spending is no slip for standing: a word of its own, one edit at most
    return best


def _glossary_words(lex: Lexicon) -> list[str]:
    """The glossary's one-word terms whose Chinese the corpus has (mediation: 调解): a slip is put
    right to them too (mediaton → mediation, not to the corpus's English medication)."""
    return [
        term
        for term, chinese in glossary().items()
        if term.isalpha() and any(lex.df(z) > 0 for w in chinese for z in query_words(w))
    ]


def _latin_run(
    words: list[str], lex: Lexicon, typed: list[str] | None = None
) -> list[tuple[str, list[Alt]]]:
    """Greedy longest match of consecutive Latin words against glossary, pinyin and CEDICT.
    `typed`: the words as typed when `words` has some put right; the concept keeps the typed
    text and its own words' reading is marked "spelling"."""
    out = []
    i = 0
    stops = stopwords()
    typed = typed or words
    while i < len(words):
        for j in range(min(len(words), i + 4), i, -1):
            if j - i > 1 and stops.intersection((words[i].lower(), words[j - 1].lower())):
                continue  # a phrase neither starts nor ends with "for", "of", "the"
            alts = _latin_alts(words[i:j], lex)
            own = tuple(t.text for t in tokens(" ".join(words[i:j])) if not t.sub)
            if j - i > 1 and not _phrase_found(own, alts, lex):
                continue  # a phrase read as terms no measure uses: its words read one by one
            if alts or j - i == 1:
                if (
                    len(own) > 1
                ):  # also the words in any order: "integration of the Yangtze River Delta"
                    alts.insert(
                        0,
                        Alt(
                            own,
                            LOOSE_WORDS_BOOST,
                            "words:" + " ".join(words[i:j]),
                            groups=tuple(((t,),) for t in own),
                        ),
                    )
                fixed = words[i:j] != typed[i:j]
                if own:
                    alts.insert(
                        0, Alt(own, 1.0, "spelling:" + " ".join(words[i:j]) if fixed else "query")
                    )
                out.append((" ".join(typed[i:j]), [a for a in alts if a.toks]))
                i = j
                break
    return out


def _phrase_found(own: tuple[str, ...], alts: list[Alt], lex: Lexicon) -> bool:
    """Whether some measure may hold a phrase of several English words (`own`, its index words):
    one of its translations (_in_corpus) or every one of its own words (City Brain in English
    text). A glossary phrase no text says ("childcare subsidy": 育儿补贴) is read word by word
    instead (托育 … 补贴)."""
    return _in_corpus(alts, lex) or bool(own) and all(lex.df(t) > 0 for t in own)


CJK_TEXT = re.compile(r"^[\u3400-\u9fff]+$")
MAX_FIX_CHARS = 16  # a longer Chinese run is pasted, not typed: its words are not put right
MAX_UNIT_WORDS = 4  # the most jieba words of a typed run read together as one concept


@cache
def optional_words() -> frozenset[str]:
    """Low-information words (推进, 加快, 发展…; based, promote…) that a longer query need not
    find (kb/data/query_optional_zh.txt, query_optional_en.txt)."""
    words = data_files.words("query_optional_zh.txt") + data_files.words("query_optional_en.txt")
    return frozenset(normalise(w) for w in words)


def _chinese_of(alts: list[Alt]) -> set[str]:
    """The Chinese words a concept is typed or spelled as (its own, its pinyin's)."""
    return {
        a.toks[0]
        for a in alts
        if len(a.toks) == 1
        and CJK_TEXT.match(a.toks[0])
        and a.source.partition(":")[0] in ("query", "pinyin")
    }


def _echoes_optional(
    expanded: list[tuple[Concept, list[Alt]]],
) -> list[tuple[Concept, list[Alt]]]:
    """An English word after a name that already says it (nanhu lake: 南湖 is the lake, 湖泊
    starts with its head 湖; gangkou port: 港口 is the port) is optional: the text says 南湖,
    never 南湖湖泊, and lake's other readings (拉客) would only find other paragraphs."""
    for (_, before), (c, alts) in zip(expanded, expanded[1:], strict=False):
        if c.negated or c.phrase or not c.text.isascii() or " " in c.text.strip():
            continue
        names = {w for w in _chinese_of(before) if len(w) > 1}
        read = {a.toks[0] for a in alts if len(a.toks) == 1 and CJK_TEXT.match(a.toks[0])}
        if names and any(r in names or any(r[0] == n[-1] for n in names) for r in read):
            c.optional = True
    if expanded and all(c.optional for c, _ in expanded):
        for c, _ in expanded:
            c.optional = False
    return expanded


def _without_questions(
    expanded: list[tuple[Concept, list[Alt]]],
) -> list[tuple[Concept, list[Alt]]]:
    """The concepts but the question words, when some other word is asked for."""
    kept = [
        (c, alts)
        for c, alts in expanded
        if c.negated or c.phrase or normalise(c.text) not in question_words()
    ]
    return kept if any(not c.negated for c, _ in kept) else expanded


@cache
def _gazetteer_words() -> frozenset[str]:
    return frozenset(normalise(w) for w in gazetteer.all_words())


def _is_unit(text: str, lex: Lexicon) -> bool:
    """Several query words that are read as one concept: a word the synonyms or the gazetteer
    know, or one that translates whole (港口建设 → port construction), so that an English
    paragraph saying so matches it as a whole."""
    norm = normalise(text)
    if not all(ch.isalnum() for ch in norm):  # never across punctuation (a pasted sentence)
        return False
    if norm in synonyms() or _city_of(norm) or norm in _gazetteer_words() or _entities(norm):
        return True
    return bool(english_senses(norm, lex.maps, lambda tok: lex.df(tok) > 0))


def _compounds_first(toks: list) -> list[tuple[int, int, tuple[str, ...]]]:
    """The query's words as (start, end, words): a word jieba cut off with a lone character after
    it (嘉兴港|口) is kept as typed, its words read compound first (嘉兴 + 港口), so that the
    phrase finds the text cut the same way and the words find it written apart."""
    freq = tokenizer().FREQ
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            nxt is not None
            and len(nxt.text) == 1
            and len(t.text) >= 3
            and t.end == nxt.start
            and freq.get(t.text[-1] + nxt.text)
            and freq.get(t.text[:-1])
        ):
            out.append((t.start, nxt.end, (t.text[:-1], t.text[-1] + nxt.text)))
            i += 2
        else:
            out.append((t.start, t.end, (t.text,)))
            i += 1
    return out


def _questions_apart(
    toks: list[tuple[int, int, tuple[str, ...]]], lex: Lexicon
) -> list[tuple[int, int, tuple[str, ...]]]:
    """A word jieba keeps whole with the question word it opens with (哪些因素, 哪些项目, 多少年来)
    cut after that question word, when the corpus lacks the whole and has the rest (因素): the
    question word is then dropped (_without_questions) and the rest asked for."""
    out = []
    for start, end, words in toks:
        word = words[0] if len(words) == 1 else ""
        ask = next((q for q in question_words() if word.startswith(q)), "")
        rest = word[len(ask) :]
        if ask and len(rest) >= 2 and lex.df(word) == 0 and lex.df(rest) > 0:
            out += [(start, start + len(ask), (ask,)), (start + len(ask), end, (rest,))]
        else:
            out.append((start, end, words))
    return out


def _cjk_run(c: Concept, lex: Lexicon) -> list[tuple[Concept, list[Alt]]]:
    """A Chinese run typed without spaces (推进宁波港口建设), cut by the index's own analysis into
    words, each a concept with its own readings; consecutive words that read as one (港口建设)
    stay one concept, matched as the phrase or as its words anywhere in the measure. A
    low-information word (推进) is optional when the run has other words."""
    toks = _questions_apart(_compounds_first([t for t in tokens(c.text) if not t.sub]), lex)
    if len(toks) < 2 and toks and len(toks[0][2]) < 2:
        return [(c, _cjk_alts(c.text, lex))]
    units: list[tuple[str, tuple[str, ...]]] = []
    i = 0
    while i < len(toks):
        for j in range(min(len(toks), i + MAX_UNIT_WORDS), i, -1):
            text = c.text[toks[i][0] : toks[j - 1][1]]
            if j - i == 1 or _is_unit(text, lex) or _year(text):
                units.append((text, tuple(w for t in toks[i:j] for w in t[2])))
                i = j
                break
    out = []
    units = list(dict.fromkeys(units))  # a word pasted again is asked once (see _unique)
    for n, (text, words) in enumerate(units):
        piece = Concept(text, or_next=c.or_next and n == len(units) - 1)
        if text.isascii():  # 5G, eWTP inside a Chinese run stand for themselves
            alts = [a for _, alist in _latin_run(text.split(), lex) for a in alist]
        else:
            alts = _cjk_alts(text, lex)
            if len(words) > 1:  # the unit's words anywhere in the measure, below the phrase
                alts.insert(
                    1,
                    Alt(
                        words,
                        LOOSE_WORDS_BOOST,
                        "words:" + text,
                        groups=tuple(_word_forms(t, lex) for t in words),
                    ),
                )
        piece.optional = normalise(text) in optional_words()
        out.append((piece, alts))
    if all(p.optional for p, _ in out):
        for p, _ in out:
            p.optional = False
    return out


def _cjk_fix(text: str, lex: Lexicon) -> str:
    """A Chinese run with a word the corpus lacks, that is no dictionary word and has none inside,
    put right by one character (kb/suggest.py's correct_chinese: 数字经齐发展 → 数字经济发展): the
    first such word only, in a run a person types (a paste is no typo); else a wrong word of the
    same sound that jieba cut into words of its own (kb/suggest.py's correct_homophone: 林长治 →
    林长制); unchanged when the lexicon cannot list its vocabulary or nothing is that close."""
    vocabulary = getattr(lex, "vocabulary", None)
    if vocabulary is None or len(text) > MAX_FIX_CHARS:
        return text
    toks = tokens(text)
    for t in toks:
        if t.sub or len(t.text) < 2 or not CJK_TEXT.match(t.text) or lex.df(t.text) > 0:
            continue  # a lone character (口 of 嘉兴港|口) is jieba's cut, not a slip
        if in_dictionary(t.text) or _romanised(t.text, lex):
            continue  # 产业: a word, only not the corpus's; 余村: a name in its English text
        if any(s.sub and t.start <= s.start and s.end <= t.end for s in toks):
            continue  # 量子计算机: its parts are words of their own, not a slip
        fixed = suggest.correct_chinese(text, (t.start, t.end), vocabulary())
        if fixed != text:
            return fixed
    words = [(t.start, t.end) for t in toks if not t.sub]
    if not any(e - s == 1 for s, e in words):  # a wrong word leaves a lone character (林|长治)
        return text
    return suggest.correct_homophone(text, words, vocabulary())


_cities_cache: list = []  # [pinyin map, the map with places first and the glossary's terms]


def _with_cities(py: dict[str, list[str]]) -> dict[str, list[str]]:
    """The pinyin map with a place's pinyin spelling the place first (the gazetteer's cities and
    places): yiwu among other words is 义乌,
    where the corpus's commonest yiwu may be 医务; a word of its own (yiwujiaoyu 义务教育) still
    spells itself. A glossary term whose pinyin no corpus word has is added as well: gongtong
    fuyu is 共同富裕, read on as "common prosperity", where the corpus says it only in English
    (not 共同 + 富余)."""
    if isinstance(py, ChainMap):  # a query's own readings first (_toned), then the corpus's
        return ChainMap(py.maps[0], _with_cities(py.maps[1]))
    if not _cities_cache or _cities_cache[0] is not py:
        from pypinyin import lazy_pinyin

        out = dict(py)
        for place in sorted(set(gazetteer.names()) | set(gazetteer.places())):
            if len(place) > 1 and CJK_TEXT.match(place):
                key = "".join(lazy_pinyin(place))
                out[key] = [place] + [w for w in out.get(key, []) if w != place]
        for term in sorted(reverse_glossary()):
            if len(term) > 1 and CJK_TEXT.match(term):
                out.setdefault("".join(lazy_pinyin(term)), [term])
        _cities_cache[:] = [py, out]
    return _cities_cache[1]


RARE_DICTIONARY_COUNT = 10  # jieba's count of an obscure word (收出 3): never a pinyin guess


def _common_in_dictionary(word: str) -> int:
    """jieba's count of a word it knows well, else 0."""
    n = tokenizer().FREQ.get(word) or 0
    return n if n >= RARE_DICTIONARY_COUNT else 0


def _spelled_run(words: list[str], lex: Lexicon) -> list[tuple[str, int, int]]:
    """The corpus's words a run of pinyin words spells together (kb/crosslang.py's pinyin_pieces),
    when it reads as Chinese typed in pinyin: at least two words of the corpus or a word and a
    lone character, and no word that may be English spelled as a lone character."""
    py = lex.maps.get("pinyin", {})
    vocabulary = getattr(lex, "vocabulary", None)
    pieces = pinyin_pieces("".join(words), _with_cities(py))
    if not pieces and vocabulary is not None:  # the characters only when words do not spell it:
        # the vocabulary is read once a generation, on a query that needs it
        inner = _chars_by_pinyin(vocabulary(), inner=True)
        typed = getattr(lex, "typed", None)  # tones typed (_toned): a spelling must have them
        pieces = pinyin_pieces(
            "".join(words),
            _with_cities(py),
            _chars_by_pinyin(vocabulary()),
            lambda piece: two_characters(piece, inner, _common_in_dictionary),
            (lambda word, start: tones.agrees(word, start, typed)) if typed else None,
        )
    lone_at = {start for w, start, _ in pieces if len(w) == 1}
    by_syllable = all(SYLLABLE.fullmatch(w) for w in words)  # hu zhou min su
    at = 0
    for w in words:  # a word that may be English is no lone character (chi|na of china, ban of
        # ban nanhu) unless every word is a syllable typed one by one (ning bo gang)
        if is_common_word(w) and at in lone_at and not by_syllable:
            return []
        at += len(w)
    lone = [
        w
        for k, (w, _, _) in enumerate(pieces)
        if len(w) == 1
        and not (  # a function word between two words (可 of 可再生能源) is no lone character
            w in stopwords()
            and 0 < k < len(pieces) - 1
            and len(pieces[k - 1][0]) > 1 < len(pieces[k + 1][0])
        )
    ]
    if len(lone) > 1 or not any(len(w) > 1 for w, _, _ in pieces):
        return []
    if len(words) == 1 and len(pieces) - len(lone) < 2 and not _glossary_term(pieces, words, lex):
        return []  # one word and a character: _with_a_character tries the tail's characters
    return pieces


def _glossary_term(pieces: list[tuple[str, int, int]], words: list[str], lex: Lexicon) -> bool:
    """The run spells one glossary term the corpus has no word for, whose English the corpus has
    (gongtongfuyu: 共同富裕, common prosperity)."""
    return (
        len(pieces) == 1
        and "".join(words) not in lex.maps.get("pinyin", {})
        and pieces[0][0] in reverse_glossary()
        and normalise(pieces[0][0]) not in _gazetteer_words()  # a place reads as a place
        and _is_unit(pieces[0][0], lex)
    )


def _pinyin_segments(
    typed: list[str], lex: Lexicon
) -> list[tuple[list[str], list[tuple[str, int, int]]]]:
    """A run of Latin words cut where pinyin typed a syllable or a word at a time (hu zhou min su,
    hangzhoujiankangma) spells the corpus's Chinese: (its words, what they spell) to be read as
    that Chinese is; the other words, with nothing spelled, read as Latin words. Pinyin words
    that may be English (you, he, long) count only beside as many that cannot."""
    py, gl = lex.maps.get("pinyin", {}), glossary()
    out: list[tuple[list[str], list[tuple[str, int, int]]]] = []
    i = 0
    while i < len(typed):
        j = i
        while j < len(typed) and is_pinyin(typed[j]) and typed[j].isalpha():
            j += 1
        last = typed[j - 1] if j - i > 1 else ""
        if last and _english_word([last], english_key(last), lex):
            j -= 1  # nanhu lake: a place's pinyin and an English word, not 南湖 + 拉客 (gang: 港)
        words = [w.lower() for w in typed[i:j]]
        english = sum(map(is_common_word, words))
        single = len(words) == 1 and (words[0] in py or words[0] in gl or len(words[0]) < 6)
        spelled = [] if j == i or single or 2 * english > len(words) else _spelled_run(words, lex)
        if spelled:
            out.append((typed[i:j], spelled))
            i = j
            continue
        k = max(j, i + 1)
        if out and not out[-1][1]:
            out[-1][0].extend(typed[i:k])
        else:
            out.append((list(typed[i:k]), []))
        i = k
    return out


def _pinyin_concepts(
    typed: list[str], pieces: list[tuple[str, int, int]], lex: Lexicon
) -> list[tuple[Concept, list[Alt]]]:
    """Pinyin spelled as Chinese read as that Chinese typed (kb/plan.py's _cjk_run: 湖州民宿 is
    湖州 and 民宿, a city and a topic), each concept named by the syllables typed for it, its
    readings weighed as pinyin, with the other words of its syllables the corpus often uses."""
    from pypinyin import lazy_pinyin

    chinese = "".join(w for w, _, _ in pieces)
    letters = [0]  # each character's first letter in the joined pinyin, and the end
    for word, start, end in pieces:
        sizes = [len(s) for s in lazy_pinyin(word)]
        if len(sizes) != len(word) or sum(sizes) != end - start:
            sizes = [end - start] + [0] * (len(word) - 1)
        for size in sizes:
            letters.append(letters[-1] + size)
    joined, py = "".join(typed).lower(), lex.maps.get("pinyin", {})
    breaks = {sum(len(w) for w in typed[: n + 1]) for n in range(len(typed) - 1)}
    out = []
    at = 0
    for concept, alts in _cjk_run(Concept(chinese), lex):
        start = chinese.index(concept.text, at)
        at = start + len(concept.text)
        a, b = letters[start], letters[at]
        label = "".join((" " if k in breaks and k > a else "") + joined[k] for k in range(a, b))
        piece = Concept(label)
        piece.optional = concept.optional
        out.append(
            (
                piece,
                [
                    replace(
                        x,
                        boost=x.boost * PINYIN_BOOST,
                        source=f"pinyin:{concept.text}" if x.source == "query" else x.source,
                    )
                    for x in alts
                    if x.toks
                ]
                + [  # the syllables' other words the corpus uses often (yinhang: 引航 beside 银行)
                    Alt(tuple(query_words(z)), PINYIN_BOOST, f"pinyin:{z}")
                    for z in _homophones(py.get(joined[a:b], [])[:3], lex.df)
                    if z != concept.text
                ],
            )
        )
    return out


class _TonedLexicon:
    """A lexicon whose pinyin map spells, where tones were typed, the words that have them."""

    def __init__(self, lex: Lexicon, maps: dict, typed: dict[int, int]):
        self._lex, self.maps, self.typed = lex, maps, typed

    def __getattr__(self, name: str):
        return getattr(self._lex, name)


MAX_PINYIN_KEY = 30  # letters: the longest pinyin of a corpus word looked up in a typed run


def _toned(lex: Lexicon, run: list[Concept]) -> Lexicon:
    """The lexicon for a run of Latin words, its pinyin map narrowed to the tones typed
    (kb/tones.py: shījiǎn is 尸检, not 时间 or 事件); the lexicon itself when none were."""
    typed: dict[int, int] = {}
    at = 0
    for c in run:
        typed.update({at + k: t for k, t in c.tones})
        at += len(c.text)
    if not typed:
        return lex
    joined, base = "".join(c.text for c in run).lower(), _with_cities(lex.maps.get("pinyin", {}))
    narrowed: dict[str, list[str]] = {}
    for i in range(len(joined)):
        for j in range(i + 2, min(len(joined), i + MAX_PINYIN_KEY) + 1):
            key = joined[i:j]
            if key in base and key not in narrowed:
                narrowed[key] = tones.meant(base[key], i, typed)
    changed = {k: v for k, v in narrowed.items() if v != base[k]}
    maps = {**lex.maps, "pinyin": ChainMap(changed, lex.maps.get("pinyin", {}))}
    return _TonedLexicon(lex, maps, typed)


def _concepts(concepts: list[Concept], lex: Lexicon) -> list[tuple[Concept, list[Alt]]]:
    out: list[tuple[Concept, list[Alt]]] = []
    run: list[Concept] = []
    corpus = lex

    def flush():
        if run:
            lex = _toned(corpus, run)
            pieces: list[tuple[Concept, list[Alt]]] = []
            for typed, spelled in _pinyin_segments([c.text for c in run], lex):
                if spelled:
                    pieces += _pinyin_concepts(typed, spelled, lex)
                    continue
                for text, alts in _latin_run([_latin_fix(w, lex) for w in typed], lex, typed):
                    piece = Concept(text)
                    piece.optional = normalise(text) in optional_words()
                    pieces.append((piece, alts))
            if len(pieces) == 1 or all(p.optional for p, _ in pieces):
                for p, _ in pieces:
                    p.optional = False
            pieces[-1][0].or_next = run[-1].or_next
            out.extend(pieces)
            run.clear()

    for c in concepts:
        latin = all(ch.isascii() for ch in c.text)
        if latin and not c.negated and not c.phrase:
            run.append(c)
            if c.or_next:
                flush()
            continue
        flush()
        if latin:
            alts = [a for _, alist in _latin_run(c.text.split(), lex) for a in alist]
            if c.phrase:
                own = tuple(t.text for t in tokens(c.text) if not t.sub)
                alts = [Alt(own, 1.0, "query")] + [a for a in alts if a.source != "query"]
        elif c.phrase:  # a quoted phrase means exactly these words in this order
            alts = [Alt(tuple(query_words(c.text)), 1.0, "query")]
        elif not c.negated:
            fixed = _cjk_fix(c.text, lex)
            for p, alts in _cjk_run(
                Concept(fixed, or_next=c.or_next) if fixed != c.text else c, lex
            ):
                if p.text not in c.text:  # a word put right: its own reading says so
                    alts = [
                        replace(a, source=f"spelling:{p.text}") if a.source == "query" else a
                        for a in alts
                    ]
                out.append((p, [a for a in alts if a.toks]))
            continue
        else:
            alts = _cjk_alts(c.text, lex)
        out.append((c, [a for a in alts if a.toks]))
    flush()
    return out


def _without_city(node: Node) -> Node:
    """A node without its city-tag leaves (what the measure's own words say); a node that is
    nothing but a city tag stays as it is."""
    if isinstance(node, (AnyOf, AllOf)):
        parts = tuple(_without_city(p) for p in node.parts if not _is_city(p))
        return type(node)(parts, boost=node.boost) if parts else node
    return node


def _is_city(node: Node) -> bool:
    return isinstance(node, Term) and node.field == "city"


def _in_title(node: Node) -> Node:
    """A node's text leaves as leaves of the document's title."""
    if isinstance(node, Term) and node.field == "text":
        return Term(TITLE_FIELD, node.text, boost=node.boost)
    if isinstance(node, Phrase) and node.field == "text":
        return Phrase(TITLE_FIELD, node.words, slop=node.slop, boost=node.boost)
    if isinstance(node, (AnyOf, AllOf)):
        return type(node)(tuple(_in_title(p) for p in node.parts), boost=node.boost)
    return node


def _alt_query(alt: Alt) -> Node:
    if alt.field not in SCORED_FIELDS:  # a facet's value: city, genre
        return Term(alt.field, alt.toks[0], boost=alt.boost)
    if alt.groups:
        return AllOf(
            tuple(
                AnyOf(
                    tuple(
                        _alt_query(Alt(toks, alt.boost, alt.source, slop=alt.slop))
                        for toks in group
                    )
                )
                for group in alt.groups
            )
        )
    parts: list[Node] = []
    for fname in SCORED_FIELDS:
        if len(alt.toks) == 1:
            parts.append(Term(fname, alt.toks[0], boost=alt.boost))
        else:
            parts.append(Phrase(fname, tuple(alt.toks), slop=alt.slop, boost=alt.boost))
    return AnyOf(tuple(parts))


DEFINITION_BOOST = 2.0  # a paragraph that defines a word of the query: the term followed by a cue
DEFINED_READING_BOOST = 0.8  # the readings looked for as defined: not a word's parts or a guess


@cache
def definition_cues() -> tuple[tuple[str, ...], ...]:
    """The cues of kb/data/definition_cues.toml as index tokens (是指 → 指, refers to → refer)."""
    cues = (tuple(query_words(c)) for c in data_files.toml("definition_cues.toml")["cues"])
    return tuple(dict.fromkeys(c for c in cues if c))


def _definitions(alts: list[Alt], lex: Lexicon) -> tuple[Node, ...]:
    """A concept's readings followed by a definition cue (医疗纠纷，是指…), scoring beside them: a
    paragraph that defines what was asked is about it, where most paragraphs that repeat the word
    only use it. They match nothing the readings do not, and are looked for only when the rarer
    of term and cue bounds the positions to check."""
    out: list[Node] = []
    for a in alts:
        if a.field != "text" or a.groups or not a.toks or a.boost < DEFINED_READING_BOOST:
            continue
        for cue in definition_cues():
            words = a.toks + cue
            if a.toks[0].isascii() != cue[0].isascii():
                continue  # a Chinese term is defined in Chinese words
            counts = list(map(lex.df, words))
            if 0 < min(counts) <= PHRASE_CANDIDATES_MAX:
                out.append(Phrase("text", words, slop=1, boost=a.boost * DEFINITION_BOOST))
    return tuple(dict.fromkeys(out))


def _concept_node(alts: list[Alt], lex: Lexicon) -> AnyOf:
    """What matches one concept: any of its readings; a definition of it scores more."""
    alts = [a for a in alts if not a.partial_only]
    return AnyOf(tuple(_alt_query(a) for a in alts) + _definitions(alts, lex))


def _all_full(alts: list[Alt]) -> bool:
    """Whether every reading of a concept also covers it in a partial match."""
    return not any(a.full_only for a in alts)


def _unit_node(alts: list[Alt], lex: Lexicon, defined: bool) -> AnyOf:
    """One concept as a partial match covers it: never by a full match's loose readings
    (_head_compounds: 储备 is no 收储), and by its definition only when it is what the query asks
    about, its head: 秸秆收储 asks where straw is stored, not what straw is (本条例所称秸秆…)."""
    alts = [a for a in alts if not a.full_only and not a.partial_only]
    return AnyOf(tuple(_alt_query(a) for a in alts) + (_definitions(alts, lex) if defined else ()))


def build(q: str, lex: Lexicon) -> Plan:
    """The plan of query `q` (raises BadQuery only for a query over the length limit)."""
    parsed = parse(q)
    expanded = _echoes_optional(_unique(_without_questions(_concepts(parsed.concepts, lex))))
    if sum(not c.negated for c, _ in expanded) == 1:  # a loose reading completes a match of the
        # query's other words, never stands alone (殖民 alone is no 居民)
        expanded = [(c, [a for a in alts if not a.full_only]) for c, alts in expanded]
    positive = [(c, alts) for c, alts in expanded if not c.negated and alts]
    negative = [(c, alts) for c, alts in expanded if c.negated and alts]
    clauses: list[Node] = []
    boosters: list[Node] = []
    group: list[Node] = []
    clause_of: dict[int, int] = {}  # a concept (by id) → the clause that asks for it
    for c, alts in positive:
        if c.optional and not group:
            # it scores where it matches, and matches everything: it never narrows the query
            boosters.append(
                AnyOf(tuple(_alt_query(a) for a in alts if not a.partial_only) + (Everything(),))
            )
            continue
        clause_of[id(c)] = len(clauses)
        group.append(_concept_node(alts, lex))
        if not c.or_next:
            clauses.append(group[0] if len(group) == 1 else AnyOf(tuple(group)))
            group = []
    if group:
        clauses.append(AnyOf(tuple(group)))
    terms = frozenset(t for _, alts in positive for a in alts if a.field == "text" for t in a.toks)
    if not clauses:
        main: Node = Everything()
    elif len(clauses) == 1 and not boosters:
        main = clauses[0]
    else:
        main = AllOf(tuple(clauses + boosters))
    # the parts a partial match may cover: each clause, and each word of an English phrase read
    # as one concept ("business environment reform" still finds what says "reform")
    units = list(clauses)
    groups = [[i] for i in range(len(clauses))]
    places = [clause_of.get(id(c)) for c, alts in positive if any(a.field == "city" for a in alts)]
    head = max(set(clause_of.values()) - set(places), default=-1) if len(clauses) > 1 else -1
    alone = Counter(clause_of.values())
    for c, alts in positive:  # what a partial match scores each concept by
        at = clause_of.get(id(c))
        defined = at == head or len(clauses) == 1
        if at is not None and alone[at] == 1 and not (defined and _all_full(alts)):
            units[at] = _unit_node(alts, lex, defined)
    for c, alts in positive:
        at = clause_of.get(id(c))
        for a in alts:
            for u in _partial_units(a):
                if at is not None:
                    groups[at].append(len(units))
                else:
                    groups.append([len(units)])
                units.append(_alt_query(u))
    # a whole concept may be said by the document's title, for a partial match; a word of a phrase
    # (port of Ningbo port) only by the measure. A partial match ranks by what the measure says
    # itself (`units`), a concept its title alone says covering half of it (kb/ranking.py)
    said = units[: len(clauses)]
    titled = [_in_title(u) for u in said]
    spoken = [_without_city(u) for u in said]
    loose = [AnyOf((u, t)) for u, t in zip(said, titled, strict=True)] + units[len(clauses) :]
    relaxed: Node | None = AnyOf(tuple(loose)) if len(loose) > 1 else (loose or [None])[0]
    if negative:
        neg = AnyOf(tuple(_alt_query(a) for _, alts in negative for a in alts))
        main = without(main, neg)
        if relaxed is not None:
            relaxed = without(relaxed, neg)
    seq = [
        tok
        for c, alts in positive
        if not c.optional
        and alts[0].field == "text"
        and (len(alts[0].toks) == 1 or not c.text.isascii())
        for tok in alts[0].toks
    ]
    return Plan(
        main=main,
        relaxed=relaxed,
        terms=terms,
        filters=parsed.filters,
        explain=[_reading(c, alts) | {"in_corpus": _in_corpus(alts, lex)} for c, alts in expanded],
        near=tuple(seq) if len(clauses) > 1 and len(seq) > 1 else (),
        units=tuple(units),
        groups=tuple(tuple(g) for g in groups),
        head=head,
        partial_when_few=len(units) > 1,
        titled=tuple(titled),
        spoken=tuple(spoken),
    )


def _unique(expanded: list[tuple[Concept, list[Alt]]]) -> list[tuple[Concept, list[Alt]]]:
    """Each concept once: a word typed or pasted again adds nothing to what is asked, nor does a
    dictionary sense that repeats another reading (beilun → 北仑 → CEDICT's Beilun)."""
    seen: set[tuple] = set()
    out = []
    for c, alts in expanded:
        key = (normalise(c.text), c.negated, c.phrase)
        if key in seen and not c.or_next and not (out and out[-1][0].or_next):
            continue
        seen.add(key)
        held = {_matching(a) for a in alts if not a.source.startswith("cedict")}
        out.append(
            (
                c,
                [
                    a
                    for a in alts
                    if not (a.source.startswith("cedict") and _held(held, _matching(a)))
                ],
            )
        )
    return out


def _matching(a: Alt) -> tuple:
    """What an alternative matches: one word is that word in its field, however it was read."""
    return (a.toks, a.field) if len(a.toks) == 1 else (a.toks, a.field, a.slop, a.groups)


def _held(seen: set, key) -> bool:
    """Whether `key` is in `seen`, adding it."""
    if key in seen:
        return True
    seen.add(key)
    return False


def _partial_units(alt: Alt) -> list[Alt]:
    """What of an English reading a partial match may cover on its own: each word of the query's
    English phrase, each meaning of a translation put together from parts, each word of a
    translation ("urban-rural income gap" → income, gap…)."""
    via = alt.source.partition(":")[0]
    if alt.groups:
        return [Alt((), 1.0, via, slop=alt.slop, groups=(group,)) for group in alt.groups]
    if via in TRANSLATION_BOOST and len(alt.toks) > 1 and all(t.isascii() for t in alt.toks):
        return [Alt((t,), 1.0, via) for t in alt.toks]
    if alt.each_part or alt.partial_only:  # 计件 of 计件工资 (计件提成); 导游 of 导游证
        return [Alt((t,), 1.0, via) for t in alt.toks]
    return []


def _in_corpus(alts: list[Alt], lex: Lexicon) -> bool:
    """Whether some measure may hold the word: one of its readings has every index word in the
    corpus (a tag or a filter is taken as found). The page says of a word that is not that no
    document uses it, where a word with no readings would otherwise go unmentioned."""
    for a in alts:
        if a.field != "text":
            return True
        if a.groups:
            if all(any(all(lex.df(t) > 0 for t in seq) for seq in g) for g in a.groups):
                return True
        elif a.toks and all(lex.df(t) > 0 for t in a.toks):
            return True
    return False


def _reading(concept: Concept, alts: list[Alt]) -> dict:
    """How one query word was read, for the page and the API: `matches` (every reading as text,
    kept for old clients) and `readings`, each with the way it was found."""
    readings: list[dict] = []
    for a in alts:
        via, _, shown = a.source.partition(":")
        if via == "words":  # the query's own words apart: nothing new to show
            continue
        if via == "query":
            words = {w.lower() for w in concept.text.split()}
            if (
                a.field == "text"
                and all(t.isascii() for t in a.toks)
                and not words.issuperset(a.toks)
            ):
                readings.append(
                    {"text": " ".join(t if t in words else t + "*" for t in a.toks), "via": "stem"}
                )
            continue
        if not any(r["text"] == shown and r["via"] == via for r in readings):
            readings.append({"text": shown, "via": via})
    return {
        "concept": concept.text,
        "word": concept.text,
        "negated": concept.negated,
        "optional": concept.optional,
        "matches": [
            a.source.split(":", 1)[-1] if a.source != "query" else " ".join(a.toks) for a in alts
        ],
        "read_as": [r["text"] for r in readings],
        "via": list(dict.fromkeys(r["via"] for r in readings)),
        "readings": readings,
    }


def _decompose(word: str, fine: bool = False) -> list[str]:
    """A long word as its dictionary parts, longest (宁波舟山港 → 宁波 舟山港) or shortest first
    (→ 宁波 舟山, dropping one last character), to find the looser forms a text uses."""
    if len(word) < 4:
        return []
    subs = sorted(
        (t.start, len(t.text) if fine else -len(t.text), t.text) for t in tokens(word) if t.sub
    )
    out, pos = [], 0
    for off, _, piece in subs:
        if off == pos:
            out.append(piece)
            pos += len(piece)
    if pos == len(word) or (fine and pos == len(word) - 1 and len(out) > 1):
        return out
    return []


def _city_of(word: str) -> str | None:
    """The city a query word is about: its Chinese name, abbreviation, pinyin id, the pinyin of
    its Chinese name (xianggang is hongkong) or an English name of its own (nyc, peking)."""
    cities = gazetteer.cities()
    if word in cities:
        return word
    if word in city_pinyin():
        return city_pinyin()[word]
    names = gazetteer.names()
    if word in names:
        return names[word]
    return gazetteer.solo_abbreviations().get(word) or gazetteer.english_ids().get(word)
