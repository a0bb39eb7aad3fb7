"""Normalisation and jieba segmentation with the project's user dictionary, shared by tagger and
index.

Tokens carry a position (the index of the precise-mode word) and character offsets; the shorter
dictionary words inside a long word (search mode: 杭州 inside 杭州湾) share its position, so phrase
queries still see consecutive positions. They are made the way Whoosh's analysers are, a tokenizer
and filters composed with `|` (ANALYSER), each step one rule with its own test, in plain Python:
the Whoosh adapter only hands the tokens on.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import tempfile
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

import jieba

from kb import data_files, gazetteer
from kb.repair import CITATION
from kb.stem import stem

jieba.setLogLevel(logging.WARNING)


@dataclass(frozen=True)
class Tok:
    text: str
    pos: int
    start: int
    end: int
    sub: bool = False  # a shorter word inside a longer one, at the same position


@cache
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


class _HalfWidth(dict):
    """str.translate table filled on demand: a character's NFKC form when that is one character."""

    def __missing__(self, c: int) -> int:
        n = unicodedata.normalize("NFKC", chr(c))
        self[c] = ord(n) if len(n) == 1 else c
        return self[c]


_HALF = _HalfWidth()


@cache
def _traditional() -> frozenset[str]:
    """Every character OpenCC's t2s dictionaries could change; text without one is left as it is."""
    import opencc

    folder = Path(opencc.__file__).parent / "dictionary"
    chars: set[str] = set()
    for name in ("TSCharacters.txt", "TSPhrases.txt"):
        with contextlib.suppress(OSError):
            for line in (folder / name).read_text("utf-8").splitlines():
                key, _, value = line.partition("\t")
                value = value.split(" ")[0]
                chars.update(k for k, v in zip(key, value, strict=False) if k != v)
                if len(key) != len(value):
                    chars.update(key)
    return frozenset(chars) if chars else frozenset(map(chr, range(0x3400, 0xFAFF)))


def simplified(s: str) -> str:
    """Traditional characters as simplified ones (東莞市 → 东莞市); the length never changes."""
    if _traditional().isdisjoint(s):
        return s
    t = _converter().convert(s)
    if len(t) != len(s):
        t = "".join(_converter().convert(c) if len(_converter().convert(c)) == 1 else c for c in s)
    return t


def normalise(text: str) -> str:
    """Full-width to half-width, traditional to simplified, lower case; the length never changes."""
    return simplified(text.translate(_HALF)).lower()


@cache
def stopwords() -> frozenset[str]:
    """Words never indexed or searched: Chinese and English function words (kb/data)."""
    return frozenset(data_files.words("stopwords_zh.txt") + data_files.words("stopwords_en.txt"))


@cache
def question_words() -> frozenset[str]:
    """Words that ask rather than say what about (如何, 多少, how, what…; kb/data/
    query_question.txt): dropped from a query with other words (kb/plan.py)."""
    return frozenset(normalise(w) for w in data_files.words("query_question.txt"))


@cache
def user_words() -> dict[str, int]:
    """Words of the user dictionary file plus every gazetteer name, with jieba frequencies."""
    words: dict[str, int] = {}
    for line in data_files.path("userdict.txt").read_text("utf-8").splitlines():
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        words[parts[0]] = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 2000
    for w in gazetteer.all_words():
        words.setdefault(w, 3000)
    for w in lexicon_phrases():
        words.setdefault(w, 1500)
    return words


DECLARED_FREQ = 1000  # below the user dictionary's words: a declared term is kept whole, no more


def declared_terms() -> set[str]:
    """The two-character Chinese terms the project's data files declare (the glossary's, the
    everyday words and the terms they stand for, synonyms, the theme lexicons'): jieba guesses a
    word it lacks from its characters and can swallow a declared one (办托育 of 办托育服务机构), so
    that a search for 托育 never finds it. Longer terms stay jieba's to cut: kept whole they cost
    the phrase matches of their parts (measured on the search sets, issue 19)."""
    from kb import crosslang  # read lazily: crosslang reads this module

    out = set(crosslang.reverse_glossary())
    for key, words in crosslang.synonyms().items():  # everyday words and their terms among them
        out.update([key, *words])
    out.update(w for w in lexicon_words() if len(w) == 2)
    return {normalise(w) for w in out if HAN_TERM.match(normalise(w))}


HAN_TERM = re.compile(r"^[\u3400-\u9fff]{2}$")


def lasting_cache_dir() -> Path | None:
    """~/.cache/bay-policy-kb (or $XDG_CACHE_HOME's), when it is a folder only this user can
    write; None otherwise. A cache loaded from a folder others can write (jieba's default, the
    shared temp folder: its jieba.cache is a marshal dump) could be planted for every ingest and
    server to load."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "bay-policy-kb"
    with contextlib.suppress(OSError):
        base.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = base.stat()
        if info.st_uid == os.getuid() and not info.st_mode & 0o022:
            return base
    return None


def private_cache_dir() -> str:
    """A folder only this user can write, for jieba's dictionary cache: lasting_cache_dir, else
    a fresh private temp folder (the cache then lasts one process: a second more to start)."""
    base = lasting_cache_dir()
    return str(base) if base else tempfile.mkdtemp(prefix="kb-jieba-")


@cache
def tokenizer() -> jieba.Tokenizer:
    t = jieba.Tokenizer()
    t.tmp_dir = private_cache_dir()
    t.initialize()
    for w, f in user_words().items():
        t.add_word(normalise(w), f)
    for w in declared_terms():  # only words jieba lacks: its own frequencies stay as they are
        if not t.FREQ.get(w):
            t.add_word(w, DECLARED_FREQ)
    return t


def in_dictionary(word: str) -> bool:
    """jieba's dictionary (with the project's words) has the word: a word jieba only guessed
    from its characters (经齐 in 数字经齐发展) may be a slip."""
    return bool(tokenizer().FREQ.get(word))


def cut(text: str) -> list[str]:
    """Precise-mode words of a text (already normalised), for the tagger."""
    return [w for w in tokenizer().cut(text, HMM=True) if w.strip()]


def _subwords(word: str) -> list[tuple[str, int]]:
    freq = tokenizer().FREQ
    out = []
    n = len(word)
    for size in (2, 3, 4):
        if size >= n:
            break
        for i in range(n - size + 1):
            piece = word[i : i + size]
            if freq.get(piece):
                out.append((piece, i))
    return out


# ---- analysis: a tokenizer and filters composed with `|`, the way Whoosh's analysers are -------


class Word(NamedTuple):
    """A word on its way through the analysis: its text and where it lies in the original text."""

    text: str
    start: int
    end: int
    sub: bool = False


def is_han(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"


class Step:
    """A step of an analysis; `a | b` hands a's output to b, as in Whoosh."""

    def __or__(self, other: Step) -> Analyser:
        return Analyser(self, other)


class Analyser(Step):
    """A tokenizer followed by filters, called on a text like one tokenizer."""

    def __init__(self, *steps: Step):
        self.steps: tuple[Step, ...] = ()
        for s in steps:
            self.steps += s.steps if isinstance(s, Analyser) else (s,)

    @property
    def tokenizer(self) -> Step:
        return self.steps[0]

    def filter(self, words: Iterable) -> Iterator:
        """The filters alone, on words the tokenizer already made."""
        for f in self.steps[1:]:
            words = f(words)
        return iter(words)

    def __call__(self, text: str) -> Iterator:
        return self.filter(self.tokenizer(text))


class JiebaWords(Step):
    """Every precise-mode word of a text, spaces and punctuation too, at its offsets: citation
    markers ([12]) are blanked and the text normalised first, neither changing a length."""

    def __call__(self, text: str) -> Iterator[Word]:
        norm = normalise(CITATION.sub(lambda m: " " * len(m.group(0)), text))
        offset = 0
        for w in tokenizer().cut(norm, HMM=True):
            yield Word(w, offset, offset + len(w))
            offset += len(w)


class DropStopwords(Step):
    """Spaces and function words (的, the) carry nothing to search for."""

    def __call__(self, words: Iterable[Word]) -> Iterator[Word]:
        stops = stopwords()
        return (w for w in words if w.text.strip() and w.text not in stops)


OPEN_BRACKETS, CLOSE_BRACKETS = "(（", ")）"


class AddAlternates(Step):
    """A compound written with an alternative in brackets (湖(河)长制, 县(区)政府): after its last
    part, the dictionary words it stands for (湖长制, 河长制) as sub-words, so that a search for
    湖长制 finds the text that names both at once."""

    def __call__(self, words: Iterable[Word]) -> Iterator[Word]:
        window: deque[Word] = deque(maxlen=5)
        for w in words:
            yield w
            window.append(w)
            if len(window) < 5:
                continue
            first, opened, alternative, closed, last = window
            if (
                opened.text in OPEN_BRACKETS
                and closed.text in CLOSE_BRACKETS
                and all(is_han(x.text[0]) for x in (first, alternative, last))
                and all(a.end == b.start for a, b in pairwise(window))
            ):
                for head in dict.fromkeys((first.text, alternative.text)):
                    if in_dictionary(head + last.text):
                        yield Word(head + last.text, last.start, last.end, True)


class DropSymbols(Step):
    """Only words that begin with a Latin letter or digit or a Han character are words to search:
    punctuation and other symbols go."""

    def __call__(self, words: Iterable[Word]) -> Iterator[Word]:
        return (w for w in words if w.text[0].isascii() or is_han(w.text[0]))


class AddSubwords(Step):
    """After a Han word of three or more characters, the dictionary words inside it (杭州 in
    杭州湾), so that a search for the shorter word finds the longer one."""

    def __call__(self, words: Iterable[Word]) -> Iterator[Word]:
        for w in words:
            yield w
            if len(w.text) > 2 and is_han(w.text[0]) and not w.sub:
                for piece, off in _subwords(w.text):
                    yield Word(piece, w.start + off, w.start + off + len(piece), True)


class AddBridges(Step):
    """After a lone Han character that follows a word of three or more characters, the dictionary
    word their meeting characters make (温州港|口 gives 港口, 嘉兴港|区 港区): jieba takes a place's
    port name first and leaves the common word broken, which a search for 港口 would never find.
    The bridge is a sub-word at the lone character's position, so 港口建设 stays a phrase."""

    def __call__(self, words: Iterable[Word]) -> Iterator[Word]:
        prev = None
        for w in words:
            yield w
            if w.sub:
                continue
            if (
                prev is not None
                and len(w.text) == 1
                and is_han(w.text)
                and len(prev.text) > 2
                and is_han(prev.text[-1])
                and prev.end == w.start
                and in_dictionary(prev.text[-1] + w.text)
            ):
                yield Word(prev.text[-1] + w.text, w.start - 1, w.end, True)
            prev = w


class StemLatin(Step):
    """A Latin word is trimmed of edge dots, hyphens and apostrophes and stemmed (emissions,
    emitted → emit); one that is then empty, starts with a symbol or is a stopword goes."""

    def __call__(self, words: Iterable[Word]) -> Iterator[Word]:
        stops = stopwords()
        for w in words:
            if w.sub or not w.text[0].isascii():
                yield w
                continue
            word = w.text.strip(".-'")
            if word and word[0].isalnum() and word not in stops:
                yield Word(stem(word), w.start, w.end)


class NumberPositions(Step):
    """Positions count the words kept, one apart from 0; a sub-word shares its word's position, so
    phrase queries see consecutive positions."""

    def __call__(self, words: Iterable[Word]) -> Iterator[Tok]:
        pos = -1
        for w in words:
            if not w.sub:
                pos += 1
            yield Tok(w.text, pos, w.start, w.end, w.sub)


ANALYSER = (
    JiebaWords()
    | DropStopwords()
    | AddAlternates()
    | DropSymbols()
    | AddSubwords()
    | AddBridges()
    | StemLatin()
    | NumberPositions()
)


def analyse(text: str) -> tuple[list[str], tuple[Tok, ...]]:
    """Segment once: jieba's precise words (for the tagger) and the index tokens built from them."""
    words = tuple(ANALYSER.tokenizer(text))
    return [w.text for w in words if w.text.strip()], tuple(ANALYSER.filter(words))


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[Tok, ...]:
    """Index tokens of a text (ingestion hands the ones analyse made for tagging to the index
    writer, so jieba never runs twice on one text)."""
    return analyse(text)[1]


def query_words(text: str) -> list[str]:
    """Precise words of a query string (no sub-words), for building phrase and term queries."""
    return [t.text for t in tokens(text) if not t.sub]


@cache
def lexicon_words() -> set[str]:
    """The Chinese words of the theme lexicons (kb/data/themes.toml)."""
    return {
        w
        for theme in data_files.toml("themes.toml").values()
        for words in theme.get("zh", {}).values()
        for w in words
    }


def lexicon_phrases() -> set[str]:
    """Multi-character phrases of the theme lexicons, so jieba keeps them whole; but those the
    lexicons keep cut for search ([codebook] search_parts: 集中带量采购, whose 带量采购 a search
    looks for), which the tagger joins again."""
    parts = set(data_files.toml("themes.toml").get("codebook", {}).get("search_parts", []))
    return {w for w in lexicon_words() if len(w) >= 3 and w not in parts}
