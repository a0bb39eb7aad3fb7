"""A text in traditional characters is read as simplified (東莞市人民政府關于…實施意見: its
labels, genres, bodies and 文号 are those of the word lists), and each field it gives is handed back
in the file's own characters."""

from __future__ import annotations

import re
from dataclasses import replace

from kb.chinese import simplified

SAMPLE = 4000  # characters of the text that decide whether it is traditional
MIN_CHANGED = 5  # characters the conversion changes in the sample, at the least
MIN_SHARE = 0.02  # … and as a share of the sample's Chinese characters
FIELDS_IN_SCRIPT = ("title", "issuer", "authors", "number")
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# a character's pinyin glossed after it by some mirrors: 區(qū), 發(fā); a tone mark is required, so
# (AI) or (2021-2025年) never match
SYLLABLE = rf"[a-zü{TONED}]{{0,5}}[{TONED}][a-zü{TONED}]{{0,5}}"
GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])[(（]{SYLLABLE}[)）]")


def texts_of(read, blocks) -> list[str]:
    raw = read.raw_lines if read.raw_lines is not None else [b.text for b in blocks]
    return [str(x) for x in raw]


def is_traditional(texts: list[str]) -> bool:
    sample = "".join(texts)[:SAMPLE]
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in sample)
    changed = sum(a != b for a, b in zip(sample, simplified(sample), strict=True))
    return changed >= MIN_CHANGED and changed >= MIN_SHARE * cjk


def simplified_value(value):
    if isinstance(value, str):
        return simplified(value)
    if isinstance(value, (list, tuple)):
        return [simplified_value(v) for v in value]
    return value


def folded(read, blocks):
    """(read, blocks) with every text and stated value in simplified characters."""
    lines = read.raw_lines and [simplified(str(x)) for x in read.raw_lines]
    out = replace(
        read,
        title=simplified(read.title or ""),
        raw_lines=lines if read.raw_lines is not None else None,
        stated={k: simplified_value(v) for k, v in read.stated.items()},
    )
    return out, [replace(b, text=simplified(b.text)) for b in blocks]


def unglossed(read, blocks):
    """(read, blocks) without the pinyin glosses a mirror puts after characters, which would
    otherwise split titles and bodies' names (區(qū)人民政府)."""
    raw = read.raw_lines
    if not any(GLOSS.search(t) for t in texts_of(read, blocks)):
        return read, blocks
    out = replace(
        read,
        title=GLOSS.sub("", read.title or ""),
        raw_lines=[GLOSS.sub("", str(x)) for x in raw] if raw is not None else None,
        stated={k: GLOSS.sub("", v) if isinstance(v, str) else v for k, v in read.stated.items()},
    )
    return out, [replace(b, text=GLOSS.sub("", b.text)) for b in blocks]


def script_map(texts: list[str]) -> dict[str, str]:
    """Each simplified character and the one character of the file it always stands for (a
    simplified 于 that stands for 於 in one place and for 于 in another is left alone)."""
    seen: dict[str, set[str]] = {}
    for text in texts:
        for own, simple in zip(text, simplified(text), strict=True):
            seen.setdefault(simple, set()).add(own)
    return {simple: next(iter(own)) for simple, own in seen.items() if len(own) == 1}


def in_own_script(value, table: dict[str, str], written: list[tuple[str, str]] = ()):
    """A field's value written back in the file's characters: as the text writes it where the
    value is a piece of the text (a file may write 表決 and 决定, so no one character stands for
    决), else character by character where the file always writes a character one way."""
    if isinstance(value, str):
        return as_written(value, written) or "".join(table.get(c, c) for c in value)
    if isinstance(value, list):
        return [in_own_script(v, table, written) for v in value]
    return value


def written_pairs(texts: list[str]) -> list[tuple[str, str]]:
    """(text as written, in simplified characters) of the lines fields come from: the head and the
    tail."""
    lines = texts if len(texts) <= 250 else texts[:200] + texts[-50:]
    return [(t, simplified(t)) for t in lines]


def as_written(value: str, written: list[tuple[str, str]]) -> str | None:
    """The piece of the text that reads as `value` in simplified characters (the conversion keeps
    every length, so the piece lies at the same place in the text as written)."""
    for own, simple in written if value else ():
        at = simple.find(value)
        if at >= 0:
            return own[at : at + len(value)]
    return None
