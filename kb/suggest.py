"""“Did you mean”: words of the corpus a query word that found nothing may have meant.

A Chinese word is looked for inside the corpus's longer words with its characters in order
(宁波港 → 宁波舟山港), or split in two corpus words (宁波 港); a Latin word among the glossary's
English terms and the pinyin of the corpus's words by spelling (ningbu → ningbo). Commoner words
first."""

from __future__ import annotations

import difflib
import re

CJK = re.compile(r"^[\u3400-\u9fff]+$")
MAX_SUGGESTIONS = 5


def _in_order(short: str, long: str) -> bool:
    """Every character of `short` appears in `long`, in the same order (a subsequence)."""
    it = iter(long)
    return all(c in it for c in short)


def chinese(word: str, vocab: dict[str, int], limit: int = MAX_SUGGESTIONS) -> list[str]:
    """Corpus words that hold the word's characters in order, starting as it does: 宁波港 →
    宁波舟山港; by how many measures use them, closest length first among equals."""
    if len(word) < 2 or not CJK.match(word):
        return []
    head = word[:2] if len(word) > 2 else word[:1]
    found = [
        w
        for w in vocab
        if w != word and w.startswith(head) and len(w) <= len(word) + 6 and _in_order(word, w)
    ]
    found.sort(key=lambda w: (-vocab[w], len(w), w))
    return found[:limit]


def split(word: str, vocab: dict[str, int]) -> list[str]:
    """The word as two corpus words apart, longest first part first: 宁波港 → "宁波 港"."""
    if len(word) < 3 or not CJK.match(word):
        return []
    return [
        f"{word[:i]} {word[i:]}"
        for i in range(len(word) - 1, 0, -1)
        if word[:i] in vocab and word[i:] in vocab
    ][:1]


def latin(word: str, candidates: list[str], limit: int = MAX_SUGGESTIONS) -> list[str]:
    """Known spellings close to a Latin word (a typo, a pinyin slip)."""
    if len(word) < 3:
        return []
    return difflib.get_close_matches(word.lower(), candidates, n=limit, cutoff=0.8)
