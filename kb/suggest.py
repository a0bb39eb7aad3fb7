"""“Did you mean”: words of the corpus a query word that found nothing may have meant.

A Chinese word is looked for inside the corpus's longer words with its characters in order
(宁波港 → 宁波舟山港), or split in two corpus words (宁波 港); a Latin word among the glossary's
English terms and the pinyin of the corpus's words by spelling (ningbu → ningbo). Commoner words
first. A word one slip away from a corpus word is also put right for the query itself
(correct_chinese, correct_latin; kb/plan.py reads it so, marked "spelling")."""

from __future__ import annotations

import difflib
import re
from functools import cache

CJK = re.compile(r"^[\u3400-\u9fff]+$")
MAX_SUGGESTIONS = 5
MAX_ALTERNATIVES_TRIED = 12  # nearby queries run when nothing matches (each is a search)
MAX_CONTEXT_CHARS = 4  # a misspelt Chinese word is put right together with this many neighbours
MIN_LATIN_TYPO = 4  # shorter Latin words are too often right as typed (an acronym, a name)
MAX_HOMOPHONE_CHARS = 4  # a keyboard's wrong word is a short one: 林长治 for 林长制
MAX_NEARBY_WORDS = 6  # a longer query (a pasted paragraph) is not one word away from a good one


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


CJK_RUN = re.compile(r"[\u3400-\u9fff]+")


def _without(q: str, word: str, replacement: str = "") -> str:
    """The query with its first `word` replaced (dropped by default), spaces tidied, and the
    function and question words a Chinese run is left with at its ends trimmed (宁波的港口和物流
    without 物流 is 宁波的港口, not 宁波的港口和)."""
    rest = q.replace(word, f" {replacement} " if replacement else " ", 1).split()
    return " ".join(t for t in (_trimmed(p) for p in rest) if t) or " ".join(rest)


def _trimmed(piece: str) -> str:
    """A Chinese run without the function and question words jieba cuts at its ends
    (的工伤保险怎么办 → 工伤保险, 是多少 → nothing; 上海 stays 上海); any other piece as it is."""
    from kb.chinese import question_words, stopwords, tokenizer

    if not CJK_RUN.fullmatch(piece):
        return piece
    words = tokenizer().lcut(piece)
    edge = stopwords() | question_words()
    while words and words[0] in edge:
        words.pop(0)
    while words and words[-1] in edge:
        words.pop()
    return "".join(words)


def nearby(q: str, explain: list[dict], tokens) -> list[str]:
    """Queries near one that found nothing, to try in this order: each required word dropped (the
    rarest-looking, longest, first), of three words or more each word alone, a compound cut to
    the dictionary words inside it (量子计算机 → 量子), each reading of a Latin word on its own
    (heat allowance → 高温津贴).
    `explain` is the plan's interpretation; `tokens` the index analysis (kb.chinese.tokens)."""
    words = [r for r in explain if not r["negated"] and not r.get("optional")]
    if len(words) > MAX_NEARBY_WORDS:
        return []
    out: list[str] = []
    if len(words) > 1:
        for r in sorted(words, key=lambda r: len(r["word"])):
            rest = [x["word"] for x in words if x is not r]
            if any(len(w) > 1 for w in rest):  # never a lone character left of a compound
                out.append(_without(q, r["word"]))
    if len(words) > 2:  # three words no measure has together may have no two together either:
        out += [r["word"] for r in words if len(r["word"]) > 1]  # each word on its own, last
    for r in words:
        word = r["word"]
        inside = sorted({t.text for t in tokens(word) if t.sub}, key=len, reverse=True)
        parts = [t.text for t in tokens(word) if not t.sub]
        for piece in inside + (parts if len(parts) > 1 else []):
            out.append(_without(q, word, piece))
        if len(words) == 1 and word.isascii():
            out += [
                _without(q, word, x["text"])
                for x in r.get("readings", [])
                if x["via"] in ("glossary", "pinyin", "cedict")
            ]
    return [x for x in dict.fromkeys(out) if x]


def _one_apart(a: str, b: str, where: range) -> bool:
    """Same length, one character different, at a position in `where`, and the two characters
    alike in sound as a slip of a pinyin keyboard is: the same syllable (数子 for 数字, 秸杆 for
    秸秆); in a word of three characters or more, whose context leaves little doubt, the same
    initial or rhyme is enough (数字经齐 for 数字经济, 宁波舟山巷 for 宁波舟山港). 送餐 is a word
    the corpus lacks, not a slip for 供餐."""
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) != 1 or diff[0] not in where:
        return False
    (_, ix, rx), (_, iy, ry) = _sounds(a[diff[0]]), _sounds(b[diff[0]])
    return _same_syllable(a[diff[0]], b[diff[0]]) or (len(b) >= 3 and bool(ix & iy or rx & ry))


def _same_syllable(typed: str, meant: str) -> bool:
    """The syllable typed is the meant character's usual one, which the typed character has among
    its readings (治 for 制: zhi; 危 for 于 is no slip: wei is only a rare reading of 于)."""
    return _usual(meant) in _sounds(typed)[0]


@cache
def _usual(ch: str) -> str:
    """A character's usual toneless syllable."""
    from pypinyin import lazy_pinyin

    return lazy_pinyin(ch)[0]


@cache
def _sounds(ch: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """A character's toneless syllables in every reading, and the initial and rhyme (final
    without the medial i, u or ü) of its usual one."""
    from pypinyin import Style, pinyin

    def read(style, every: bool = False) -> set[str]:
        readings = pinyin(ch, style=style, strict=False, heteronym=every)
        return {x for r in readings for x in r if x}

    # a rare reading (达 ti) makes no slip likely: initials and rhymes of the usual one only
    rhymes = {f[1:] if len(f) > 1 and f[0] in "iuv" else f for f in read(Style.FINALS)}
    syllables = read(Style.NORMAL, every=True)
    return frozenset(syllables), frozenset(read(Style.INITIALS)), frozenset(rhymes)


def correct_chinese(text: str, unknown: tuple[int, int], vocab: dict[str, int]) -> str:
    """The text with a word the corpus lacks (`unknown`, its start and end) put right by one
    character, so that it and its neighbours make the longest corpus word they can:
    数字经齐发展 → 数字经济发展 (数字经济, not the commoner 经济 alone), 秸杆禁烧 → 秸秆禁烧.
    The text unchanged when no corpus word is one character away."""
    start, end = unknown
    by_length: dict[int, list[str]] = {}
    for w in vocab:
        by_length.setdefault(len(w), []).append(w)
    for length in range(min(len(text), end - start + MAX_CONTEXT_CHARS), end - start - 1, -1):
        if length < 2:
            break
        found = [
            (w, a)
            for a in range(max(0, end - length), min(start, len(text) - length) + 1)
            for w in by_length.get(length, ())
            if _one_apart(text[a : a + length], w, range(start - a, end - a))
        ]
        if found:
            w, a = max(found, key=lambda x: (vocab[x[0]], x[0]))
            return text[:a] + w + text[a + length :]
    return text


def correct_homophone(text: str, words: list[tuple[int, int]], vocab: dict[str, int]) -> str:
    """The text with a pinyin keyboard's wrong word put right where jieba cut the slip into words
    of its own (林长治 is 林 + 长治, the city, where 林长制 was meant): a stretch of three or four
    characters across two words or more (`words`: each word's start and end), one of them a lone
    character, and no corpus word itself, is the corpus word one character away that sounds
    exactly the same (zhi for zhi), commonest first. The text unchanged when none is."""
    starts = {s for s, _ in words}
    ends = {e for _, e in words}
    near = _one_masked(vocab)
    for length in range(min(len(text), MAX_HOMOPHONE_CHARS), 2, -1):
        found = []
        for a in range(len(text) - length + 1):
            piece = text[a : a + length]
            lone = any(a <= s and e <= a + length and e - s == 1 for s, e in words)
            if not lone or piece in vocab or a not in starts or a + length not in ends:
                continue
            found += [
                (w, a)
                for i in range(length)
                for w in near.get(piece[:i] + "?" + piece[i + 1 :], ())
                if _same_syllable(piece[i], w[i])
            ]
        if found:
            w, a = max(found, key=lambda x: (vocab[x[0]], x[0]))
            return text[:a] + w + text[a + length :]
    return text


_masked: list = []  # [the vocabulary, its words of three or four characters by one masked]


def _one_masked(vocab: dict[str, int]) -> dict[str, list[str]]:
    """The corpus's words of three or four characters under each of their characters masked
    (林?制 → 林长制), built once for a vocabulary."""
    if not _masked or _masked[0] is not vocab:
        index: dict[str, list[str]] = {}
        for w in vocab:
            if 3 <= len(w) <= MAX_HOMOPHONE_CHARS and CJK.match(w):
                for i in range(len(w)):
                    index.setdefault(w[:i] + "?" + w[i + 1 :], []).append(w)
        _masked[:] = [vocab, index]
    return _masked[1]


def distance(a: str, b: str) -> int:
    """Edits between two words: a character put in, left out, changed, or two swapped."""
    prev2, prev = None, list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
            if prev2 is not None and i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def correct_latin(word: str, known: list[str], most: int = 2) -> str:
    """The corpus's English word a Latin word the corpus lacks was meant to be: the same first
    letter, one edit away (two for a word of more than six letters: "inteligence", "temprature";
    never more than `most`), the first of the closest in `known` (commonest first). Empty when
    none is that close."""
    w = word.lower()
    if len(w) < MIN_LATIN_TYPO:
        return ""
    limit = min(most, 1 if len(w) <= 6 else 2)
    best, best_d = "", limit + 1
    for k in known:
        if k[0] != w[0] or abs(len(k) - len(w)) > limit or k == w:
            continue
        if (d := distance(w, k)) < best_d:
            best, best_d = k, d
    return best
