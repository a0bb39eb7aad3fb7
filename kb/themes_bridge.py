"""Chinese words no theme list names, bridged to a theme through CC-CEDICT's English senses and the
English lexicon (themes_en.toml): 津贴 "allowance" is livelihood, 农产品 "agricultural produce" is
industry. Written once to kb/data/themes_bridge.tsv by `python -m kb.themes_bridge` (run it again
after editing the lexicons), read by kb.themes, so ingest never reads the dictionary.

Only telling words cross: a word jieba's IDF calls common (工作, 发展) or whose senses are generic
("service", "support") is left out, a word whose senses point to several themes decides less, and
a bridged word weighs less than a listed one.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from functools import cache

from kb import crosslang, data_files, themes
from kb.chinese import normalise

BRIDGE_MIN_IDF = 6.0  # commoner words say too little of a paragraph's subject to be guessed at
BRIDGE_FACTOR = 0.67  # a bridged word weighs this share of its English sense's weight
FIRST_SENSES = 3  # a word's first senses are its usual ones (指导 "to guide", not "tuition")
MAX_THEMES = 2  # a word whose senses spread over more themes is no evidence for any
FILE = "themes_bridge.tsv"
# The other way (Chinese → English): the English senses of the Chinese lexicon's decisive words
FILE_EN = "themes_bridge_en.tsv"
EN_WEIGHT = 2.0  # a bridged English sense is strong, never decisive: it needs a second word
EN_COMMON_RANK = 1500  # a single English word this common (food, market) says too little


def _surface(phrase: str, singular: bool = False) -> tuple[str, ...]:
    """A phrase as its written words, lower case (a sense's plural s dropped): the bridge compares
    words as written, since stems join unrelated words (container and contain, customs and
    custom)."""
    words = re.findall(r"[a-z0-9&]+", phrase.lower())
    if singular:
        words = [
            w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words
        ]
    return tuple(words)


@cache
def decisive_phrases() -> dict[tuple[str, ...], dict[str, float]]:
    """The English lexicon's decisive phrases (weight 3) as written, each with its themes; generic
    words are left out."""
    raw = data_files.toml("themes_en.toml")
    generic = {_surface(w) for w in raw.get("generic", {}).get("words", [])}
    out: dict[tuple[str, ...], dict[str, float]] = defaultdict(dict)
    for theme in themes.THEMES:
        for phrase in raw.get(theme, {}).get("w3", []):
            key = _surface(phrase)
            if key and key not in generic:
                out[key][theme] = 3.0
    return dict(out)


def bridge_word(senses: list[str]) -> dict[str, tuple[float, str]]:
    """Themes of a Chinese word from its English senses: a sense counts when a decisive phrase of
    the English lexicon makes up at least half its words; the best weight per theme (shared among
    the phrase's themes), with the sense that gave it."""
    table = decisive_phrases()
    out: dict[str, tuple[float, str]] = {}
    for sense in senses[:FIRST_SENSES]:
        words = _surface(sense, singular=True)
        if not words or len(words) > crosslang.MAX_GLOSS_WORDS:
            continue
        for n in range(len(words), 0, -1):
            if 2 * n < len(words):
                break
            for i in range(len(words) - n + 1):
                for theme, weight in table.get(words[i : i + n], {}).items():
                    weight /= len(table[words[i : i + n]])
                    if weight > out.get(theme, (0.0, ""))[0]:
                        out[theme] = (weight, sense)
    return out


def cedict_entries():
    """(simplified headword, senses) of CC-CEDICT, without proper names (a capitalised sense:
    Jilin University, Hainan Airlines), which say nothing of a theme."""
    for word, _, definition in crosslang.cedict_records():
        glosses = [g for g in definition.split("/") if g and not g[:1].isupper()]
        yield word, crosslang.senses("/".join(glosses))


def build() -> list[tuple[str, str, float, str]]:
    """(word, theme, weight, English sense) for every CEDICT word the Chinese lexicon lacks."""
    lex = themes.lexicon()
    entries: dict[str, list[str]] = defaultdict(list)
    for word, senses in cedict_entries():
        word = normalise(word)
        if len(word) >= 2 and all(themes.CJK_RE.match(c) for c in word) and word not in lex.zh:
            entries[word].extend(s for s in senses if s not in entries[word])
    common = themes.idf(set(entries))
    rows = []
    for word, senses in sorted(entries.items()):
        if common.get(word, 99.0) < BRIDGE_MIN_IDF or word not in common:
            continue  # common words, and words jieba would never make
        found = bridge_word(senses)
        if not found or len(found) > MAX_THEMES:
            continue
        for theme, (weight, sense) in sorted(found.items()):
            rows.append((word, theme, round(weight * BRIDGE_FACTOR / len(found), 2), sense))
    return rows


def _listed_keys() -> set[tuple[str, ...]]:
    """Every stem key the English lexicon lists, names it uses up and generic words included."""
    raw = data_files.toml("themes_en.toml")
    phrases = [
        p
        for spec in raw.values()
        if isinstance(spec, dict)
        for v in spec.values()
        if isinstance(v, list)
        for p in v
    ]
    return {k for p in phrases for k in themes._stem_keys(p)}


@cache
def _common_english() -> set[str]:
    """The commonest English words (wordninja's frequency ranking)."""
    import wordninja

    cost = wordninja.DEFAULT_LANGUAGE_MODEL._wordcost
    return set(sorted(cost, key=cost.get)[:EN_COMMON_RANK])


def _sense_ok(sense: str) -> bool:
    """A sense worth listing in English: one to three plain words, a single word not among the
    commonest."""
    words = sense.split()
    if not 1 <= len(words) <= crosslang.MAX_GLOSS_WORDS:
        return False
    if not all(re.fullmatch(r"[a-z][a-z-]*[a-z]", w) for w in words):
        return False
    return len(words) > 1 or (len(sense) >= 5 and sense not in _common_english())


def _words_listed(sense: str, theme: str) -> bool:
    """Whether each word of a phrase is already an English word of its theme and of no other
    (lithium, battery): the bridged phrase, weighing as one word, would only take their weight
    away. A word of two themes keeps the phrase, which tells them apart (foreign investor)."""
    table = themes.lexicon().en
    words = re.findall(r"[a-z]+", sense.lower())
    return len(words) > 1 and all(
        any(set(table.get(k, {})) == {theme} for k in themes._stem_keys(w)) for w in words
    )


def build_en() -> list[tuple[str, str, float, str]]:
    """(English sense, theme, weight, Chinese word): the first senses of every decisive word of the
    Chinese lexicon (weight 3, one theme, not generic), where the English lexicon lists no word
    of the sense's stems; a sense reached from several themes is left out."""
    raw = data_files.toml("themes.toml")
    lex = themes.lexicon()
    decisive: dict[str, str] = {}
    for theme in themes.THEMES:
        for w in raw[theme].get("zh", {}).get("3", []):
            w = normalise(w)
            if len(lex.zh.get(w, {})) == 1 and w not in lex.generic:
                decisive[w] = theme
    listed = _listed_keys()
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for word, senses in cedict_entries():
        word = normalise(word)
        if word not in decisive:
            continue
        for sense in senses[:FIRST_SENSES]:
            if _sense_ok(sense) and not any(k in listed for k in themes._stem_keys(sense)):
                if not _words_listed(sense, decisive[word]):
                    found[sense].setdefault(decisive[word], word)
    return [
        (sense, theme, EN_WEIGHT, word)
        for sense, by_theme in sorted(found.items())
        if len(by_theme) == 1
        for theme, word in by_theme.items()
    ]


def _write(name: str, header: str, rows: list[tuple[str, str, float, str]]) -> None:
    body = "".join("\t".join(map(str, row)) + "\n" for row in rows)
    data_files.path(name).write_text(header + body, "utf-8")
    print(f"{len(rows)} rows written to kb/data/{name}", file=sys.stderr)


def main() -> int:
    _write(
        FILE,
        "# Generated by `python -m kb.themes_bridge` from CC-CEDICT and kb/data/themes_en.toml;\n"
        "# do not edit: fix the lexicons and run it again. word, theme, weight, English sense.\n",
        build(),
    )
    _write(
        FILE_EN,
        "# Generated by `python -m kb.themes_bridge` from CC-CEDICT and kb/data/themes.toml (the\n"
        "# Chinese lexicon's decisive words): do not edit.\n"
        "# English sense, theme, weight, Chinese word.\n",
        build_en(),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
