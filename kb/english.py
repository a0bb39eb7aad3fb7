"""English text: spaces given back to English extracted without them (wordninja, keeping Chinese
names whole), and the words and stems the English taggers read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import wordninja

from kb import data_files
from kb.stem import stem

RUN = re.compile(r"[A-Za-z][A-Za-z']*")
LONG_RUN = re.compile(r"[A-Za-z']{18,}")


@cache
def _model() -> wordninja.LanguageModel:
    """wordninja's English model plus the project's proper names, ranked as common words."""
    model = object.__new__(wordninja.LanguageModel)
    costs = dict(wordninja.DEFAULT_LANGUAGE_MODEL._wordcost)
    extra = [w.lower() for w in data_files.words("english_words.txt")]
    from kb.gazetteer import english_names

    extra += [n.lower() for n in english_names()]
    base = min(costs.values())
    for w in extra:
        if w.isalpha():
            costs[w] = min(costs.get(w, 99.0), base + 4.0)
    model._wordcost = costs
    model._maxword = max(len(w) for w in costs)
    return model


KNOWN_WORDS = 30000  # and its commoner words: a word of the language, never put right as a slip
COMMON_WORDS = 5000  # wordninja's commonest words: English to a reader (you, he, long, can)


@cache
def _by_frequency() -> list[str]:
    """wordninja's words, commonest first (sorted once for both cuts below)."""
    costs = wordninja.DEFAULT_LANGUAGE_MODEL._wordcost
    return sorted(costs, key=costs.get)


@cache
def _common_words() -> frozenset[str]:
    return frozenset(_by_frequency()[:COMMON_WORDS])


@cache
def _known_words() -> frozenset[str]:
    return frozenset(_by_frequency()[:KNOWN_WORDS])


def is_known_word(word: str) -> bool:
    """A word English writing uses (spending, dialysis), not a slip: wordninja's commonest words,
    a list drawn from running text where misspellings (managment, goverment) rank far lower."""
    return word.lower() in _known_words()


def is_common_word(word: str) -> bool:
    """An everyday English word: typed among pinyin syllables it may be English (you, he, long)
    rather than pinyin, where hangzhou or jiankang are pinyin to anyone."""
    return word.lower() in _common_words()


def hyphen_is_a_break(left: str, right: str) -> bool:
    """A line-end hyphen splits one word (devel- opment) unless the two halves are words of their
    own and the whole is not (well- known, sea- rail)."""
    a = re.search(r"[A-Za-z]+-$", left)
    b = re.match(r"[a-z]+", right)
    if not a or not b:
        return True
    head, tail = a.group(0)[:-1].lower(), b.group(0)
    costs = _model()._wordcost
    if head + tail in costs:
        return True
    return not (head in costs and tail in costs)


def needs_spaces(text: str) -> bool:
    """English with long letter runs and few spaces was extracted without its spaces."""
    letters = sum(c.isascii() and c.isalpha() for c in text)
    if letters < 20:
        return False
    return bool(LONG_RUN.search(text)) and text.count(" ") < letters / 12


# A letter run longer than this is not English that lost its spaces (a paragraph rarely holds more
# letters), and splitting it costs about 0.1 s a thousand letters: it is kept as it is.
MAX_RUN = 2000


def _split_run(run: str) -> list[str]:
    if (len(run) < 12 and run.lower() in _model()._wordcost) or len(run) > MAX_RUN:
        return [run]
    parts = _model().split(run.replace("'", " ' ").replace(" ", ""))
    return parts or [run]


def restore_spaces(text: str) -> str:
    """Split each run of letters into words and put one space between words and after
    punctuation."""
    out: list[str] = []
    pos = 0
    for m in RUN.finditer(text):
        out.append(text[pos : m.start()])
        run = m.group(0)
        # keep possessives: split the part before "'s" and after it separately
        pieces = re.split(r"('s|')", run)
        words: list[str] = []
        for piece in pieces:
            if not piece:
                continue
            if piece in ("'s", "'"):
                if words:
                    words[-1] += piece
                continue
            words.extend(_split_run(piece))
        out.append(" ".join(words))
        pos = m.end()
    out.append(text[pos:])
    result = "".join(out)
    result = re.sub(r"\s*([,;:.!?])\s*(?=[A-Za-z“\"(])", r"\1 ", result)
    result = re.sub(r"(?<=[A-Za-z])(?=[“(])", " ", result)
    result = re.sub(r"(?<=[”)])(?=[A-Za-z])", " ", result)
    result = re.sub(r"\s+([,;:.!?])", r"\1", result)
    return re.sub(r" {2,}", " ", result).strip()


# ---- words and stems, shared by the English taggers ------------------------------------------

# A word: letters and digits, with inner apostrophes (Xi'an); hyphens and "&" split words, so
# "Ningbo-based" is Ningbo + based and "R&D" is r + d, in the text and in the lexicons alike.
WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")
POSSESSIVE = re.compile(r"['’]s$|['’]$", re.I)


@dataclass(frozen=True)
class Word:
    """One English word of a text: its lower-case form and where it stands."""

    text: str
    start: int
    end: int
    capital: bool  # written with a capital letter (a proper name may start here)


def words(text: str) -> list[Word]:
    """The words of a text, possessive 's dropped and inner apostrophes removed (Shanghai's,
    Xi'an)."""
    out = []
    for m in WORD.finditer(text):
        w = POSSESSIVE.sub("", m.group(0)).replace("'", "").replace("’", "")
        if w:
            out.append(Word(w.lower(), m.start(), m.end(), m.group(0)[0].isupper()))
    return out


@cache
def _spelling() -> tuple[dict[str, str], list[tuple[re.Pattern, str]]]:
    raw = data_files.toml("spelling_en.toml")
    return raw.get("words", {}), [(re.compile(p), r) for p, r in raw.get("rules", [])]


@lru_cache(maxsize=65536)
def one_spelling(word: str) -> str:
    """A lower-case word in one spelling: centre → center, organisation → organization."""
    fixed, rules = _spelling()
    if word in fixed:
        return fixed[word]
    for pattern, replacement in rules:
        new = pattern.sub(replacement, word)
        if new != word:
            return new
    return word


def stem_word(word: str) -> str:
    """The stem of a lower-case word in either spelling (harbour and harbor meet)."""
    return stem(one_spelling(word))


def stems(text: str) -> list[str]:
    return [stem_word(w.text) for w in words(text)]


@lru_cache(maxsize=65536)
def word_form(word: str) -> str:
    """A lower-case word without its inflection alone (plural, -ed, -ing), so that ports, port;
    trading, trade; innovating, innovate meet, while the stemmer's derivations stay apart:
    important is not import, openness not opening, naturally not nature."""
    w = one_spelling(word)
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] in "bdgmnprt":
        w = w[:-1]  # shipped, planning
    return w[:-1] if len(w) > 3 and w.endswith("e") else w


# buses, boxes, churches: the e is the plural's
SIBILANT_PLURAL = ("ses", "xes", "zes", "ches", "shes")


@lru_cache(maxsize=65536)
def reading_forms(word: str) -> tuple[str, ...]:
    """The forms a lower-case word is looked up by in a dictionary's senses: without a plural or
    an -ing or -ed ending (trading and traded are trade or trad-, planning plan), a final e kept
    on a word that has no ending, so care is not car, fine not fin and plane not plan, where
    word_form makes them one. An inflected word is tried with and without the e its ending may
    have taken (caring: car, care; innovating: innovat, innovate)."""
    w = one_spelling(word)
    extra: tuple[str, ...] = ()
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        if w.endswith(SIBILANT_PLURAL):
            extra = (w[:-2],)
        w = w[:-1]
    inflected = False
    if len(w) > 5 and w.endswith("ing"):
        w, inflected = w[:-3], True
    elif len(w) > 4 and w.endswith("ed"):
        w, inflected = w[:-2], True
    if inflected and len(w) > 3 and w[-1] == w[-2] and w[-1] in "bdgmnprt":
        return (w[:-1],)  # shipped, planning
    if inflected:
        return (w, w + "e")
    return (w, *extra)
