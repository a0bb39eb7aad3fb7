"""Tones typed with pinyin (shījiǎn, shi1jian3), and whether a Chinese word has them.

A query's pinyin is matched toneless (kb/query.py's fold_latin), as most people type it; where a
person typed the tones, they say which of the corpus's homophones is meant: shījiǎn is 尸检 (an
autopsy), not 时间 or 事件. A syllable typed without a tone, or in the neutral tone, agrees with
any.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from kb.crosslang import SYLLABLE

MARKS = {"\u0304": 1, "\u0301": 2, "\u030c": 3, "\u0300": 4}  # ā á ǎ à once decomposed
NEUTRAL = 5


def positions(word: str) -> tuple[tuple[int, int], ...]:
    """(letter, tone) for each tone typed in a word, the letter counted in the word as folded
    (kb/query.py's fold_latin): a mark on the letter it sits on, a number on the letter before it
    (shījiǎn and shi1jian3 → (2, 1), (6, 3)). Nothing when the word has no tones."""
    from kb.query import fold_latin

    if word.isascii():
        if fold_latin(word) == word:  # 5G, covid19: numbers that close no syllable
            return ()
        out, at = [], 0
        for ch in word:
            if ch.isdigit():
                out.append((at - 1, int(ch)))
            else:
                at += 1
        return tuple(out)
    out, at = [], 0
    decomposed = unicodedata.normalize("NFD", word).replace("u\u0308", "v").replace("U\u0308", "V")
    for ch in decomposed:
        if unicodedata.combining(ch):
            if ch in MARKS and at:
                out.append((at - 1, MARKS[ch]))
        else:
            at += 1
    return tuple(out)


@cache
def _readings(char: str) -> dict[str, frozenset[int]]:
    """A character's syllables (toneless) and the tones each is read in."""
    from pypinyin import Style, pinyin

    out: dict[str, set[int]] = {}
    for r in pinyin(char, style=Style.TONE3, heteronym=True, neutral_tone_with_five=True)[0]:
        letters = r.rstrip("012345").replace("ü", "v")
        tone = int(r[-1]) if r[-1].isdigit() else NEUTRAL
        out.setdefault(letters, set()).add(tone)
    return {k: frozenset(v) for k, v in out.items()}


def agrees(word: str, start: int, tones: dict[int, int]) -> bool:
    """Whether a Chinese word spelled from the letter `start` of the typed pinyin has the tones
    typed there (`tones`: letter → tone). True where a syllable has no tone typed or the word
    cannot be lined up with the letters."""
    from pypinyin import lazy_pinyin

    at = start
    for char, syllable in zip(word, lazy_pinyin(word), strict=False):
        if not SYLLABLE.fullmatch(syllable):
            return True
        typed = {tones[k] for k in range(at, at + len(syllable)) if k in tones}
        at += len(syllable)
        if not typed or NEUTRAL in typed:
            continue
        held = _readings(char).get(syllable, frozenset())
        if held and NEUTRAL not in held and not typed & held:
            return False
    return True


def meant(candidates: list[str], start: int, tones: dict[int, int]) -> list[str]:
    """The candidates that have the tones typed, in their order; all of them when none has."""
    kept = [w for w in candidates if agrees(w, start, tones)]
    return kept or candidates
