"""Normalisation and jieba segmentation with the project's user dictionary, shared by tagger and
index.

Tokens carry a position (the index of the precise-mode word) and character offsets; the shorter
dictionary words inside a long word (search mode: 杭州 inside 杭州湾) share its position, so phrase
queries still see consecutive positions.
"""

from __future__ import annotations

import contextlib
import logging
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import jieba
from whoosh.analysis import STOP_WORDS

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


def normalise(text: str) -> str:
    """Full-width to half-width, traditional to simplified, lower case; the length never changes."""
    s = text.translate(_HALF)
    if _traditional().isdisjoint(s):
        return s.lower()
    t = _converter().convert(s)
    if len(t) != len(s):
        t = "".join(_converter().convert(c) if len(_converter().convert(c)) == 1 else c for c in s)
    return t.lower()


@cache
def stopwords() -> frozenset[str]:
    words = data_files.path("stopwords_zh.txt").read_text("utf-8").split()
    return frozenset(w for w in words if not w.startswith("#")) | frozenset(STOP_WORDS)


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


@cache
def tokenizer() -> jieba.Tokenizer:
    t = jieba.Tokenizer()
    t.initialize()
    for w, f in user_words().items():
        t.add_word(normalise(w), f)
    return t


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


def analyse(text: str) -> tuple[list[str], tuple[Tok, ...]]:
    """Segment once: jieba's precise words (for the tagger) and the index tokens built from them."""
    norm = normalise(CITATION.sub(lambda m: " " * len(m.group(0)), text))
    words = list(tokenizer().cut(norm, HMM=True))
    out: list[Tok] = []
    stops = stopwords()
    pos = offset = 0
    for w in words:
        start = offset
        offset += len(w)
        if not w.strip() or w in stops:
            continue
        if w[0].isascii():
            word = w.strip(".-'")
            if not word or not word[0].isalnum() or word in stops:
                continue
            out.append(Tok(stem(word), pos, start, start + len(w)))
            pos += 1
        elif "\u3400" <= w[0] <= "\u9fff" or "\uf900" <= w[0] <= "\ufaff":
            out.append(Tok(w, pos, start, start + len(w)))
            if len(w) > 2:
                for piece, off in _subwords(w):
                    out.append(Tok(piece, pos, start + off, start + off + len(piece), sub=True))
            pos += 1
    return [w for w in words if w.strip()], tuple(out)


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[Tok, ...]:
    """Index tokens of a text (ingestion hands the ones analyse made for tagging to the index
    writer, so jieba never runs twice on one text)."""
    return analyse(text)[1]


def query_words(text: str) -> list[str]:
    """Precise words of a query string (no sub-words), for building phrase and term queries."""
    return [t.text for t in tokens(text) if not t.sub]


@cache
def lexicon_phrases() -> set[str]:
    """Multi-character phrases of the theme lexicons, so jieba keeps them whole."""
    out: set[str] = set()
    for theme in data_files.toml("themes.toml").values():
        for _key, words in theme.get("zh", {}).items():
            out.update(w for w in words if len(w) >= 3)
    return out
