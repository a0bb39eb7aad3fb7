"""Which script a text is written in: the one test of "is this English" (Latin letters outnumber
Chinese characters two to one), read by segmentation, theme tagging and metadata."""

from __future__ import annotations

import re

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = re.compile(f"[{CJK}]")


def latin_letters(text: str) -> int:
    return sum(c.isascii() and c.isalpha() for c in text)


def is_english(text: str, min_letters: int = 1) -> bool:
    """Latin letters more than twice the Chinese characters, and at least `min_letters` of them."""
    latin = latin_letters(text)
    return latin >= min_letters and latin > 2 * len(CJK_RE.findall(text))


def lang_of(text: str) -> str:
    """ "en" or "zh" of a paragraph or a document (it takes a dozen letters to be English)."""
    return "en" if is_english(text, min_letters=11) else "zh"
