"""Repairs of text extracted from PDFs and web pages, each a small named step with its own test.

Line-level steps work on the raw lines of a text file; text-level steps on one paragraph.
"""

from __future__ import annotations

import re
from collections import Counter

from kb import english

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = re.compile(f"[{CJK}]")
TERMINAL = "。！？；!?;…"
CLOSERS = "”’\"'）)】」』"
PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–·•]\s*\d{1,4}\s*[-—–·•]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|"
    r"\d{1,4}\s*/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d+)?|\d{1,4})\s*$",
    re.I,
)
CITATION = re.compile(r"\[\d{1,3}(?:\s*[-–~,，]\s*\d{1,3})*\]")


# East Asian Wide and Fullwidth ranges (Unicode EastAsianWidth W/F), as one pattern: counting
# matches is much faster than asking unicodedata character by character.
WIDE_RE = re.compile(
    "[\u1100-\u115f\u231a\u231b\u2329\u232a\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
    "\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60"
    "\uffe0-\uffe6\U0001f300-\U0001f64f\U0001f900-\U0001f9ff\U00020000-\U0003fffd]"
)


def width(s: str) -> int:
    """Display width: CJK and full-width characters count two, others one."""
    return len(s) if s.isascii() else len(s) + len(WIDE_RE.findall(s))


def ends_sentence(line: str) -> bool:
    """True when a line ends with sentence punctuation (possibly inside closing quotes)."""
    s = line.rstrip().rstrip(CLOSERS)
    return bool(s) and (s[-1] in TERMINAL or (s[-1] == "." and not s[-2:-1].isdigit()))


# ---- line-level steps -------------------------------------------------------------------------

def clean_lines(lines: list[str]) -> list[str]:
    """Strip each line and turn odd spaces (ideographic, no-break) into plain ones."""
    out = []
    for line in lines:
        line = line.replace("\u3000", " ").replace("\xa0", " ").replace("\ufeff", "")
        out.append(line.strip())
    return out


def strip_page_furniture(lines: list[str]) -> list[str]:
    """Drop page numbers and running headers or footers (short lines repeated three times or more)."""
    counts = Counter(line for line in lines if line and width(line) <= 60)
    repeated = {line for line, n in counts.items() if n >= 3 and not ends_sentence(line)}
    return ["" if (PAGE_NUMBER.match(line) and line) or line in repeated else line
            for line in lines]


def join_lines(a: str, b: str) -> str:
    """Join two pieces of one paragraph: Chinese without a space, English with one.

    An English word hyphenated at the line end is made whole; a hyphen between Chinese (宁波-舟山港)
    or inside a name stays.
    """
    if not a:
        return b
    if not b:
        return a
    if a.endswith("-") and len(a) > 1 and a[-2].isascii() and a[-2].isalpha() and b[0].islower():
        return a[:-1] + b
    if CJK_RE.match(a[-1]) or CJK_RE.match(b[0]) or a[-1] in "-—/“（(《" or b[0] in "，。、；：,.;:)）》”":
        return a + b
    if english.needs_spaces(a + b) or (a[-1].isalpha() and b[0].isalpha() and " " not in a[-30:]):
        return a + b  # run-together English is spaced later in one go
    return a + " " + b


# ---- text-level steps -------------------------------------------------------------------------

ARTICLE = re.compile(r"^(第[一二三四五六七八九十百零〇\d]+(?:章|节|条|编|部分))[ \t]+")


def remove_stray_cjk_spaces(text: str) -> str:
    """`电子 商务` → `电子商务`: a space between two Chinese characters is an extraction artefact
    (but the space after an article number such as `第一条 ` is the author's)."""
    m = ARTICLE.match(text)
    head, rest = (m.group(1) + " ", text[m.end():]) if m else ("", text)
    return head + re.sub(f"(?<=[{CJK}，。、；：“”（）《》])[ \t]+(?=[{CJK}，。、；：“”（）《》])", "", rest)


def tighten_cjk_latin(text: str) -> str:
    """`举办 G20杭州峰会` → `举办G20杭州峰会`: no space between Chinese and Latin letters or digits."""
    text = re.sub(f"(?<=[{CJK}，。、；：“”（）])[ \t]+(?=[A-Za-z0-9%])", "", text)
    return re.sub(f"(?<=[A-Za-z0-9%])[ \t]+(?=[{CJK}，。、；：“”（）])", "", text)


def collapse_spaces(text: str) -> str:
    return re.sub(r"[ \t\r\n\f\v]+", " ", text).strip()


def restore_english_spaces(text: str) -> str:
    """Run-together English (`Buildingastronggrowthpole`) gets its spaces back."""
    return english.restore_spaces(text) if english.needs_spaces(text) else text


TEXT_STEPS = [collapse_spaces, remove_stray_cjk_spaces, tighten_cjk_latin, restore_english_spaces]


def repair_text(text: str) -> str:
    for step in TEXT_STEPS:
        text = step(text)
    return text


def strip_citations(text: str) -> str:
    """Citation markers such as [3-5] stay in the text but are not words to index."""
    return CITATION.sub(" ", text)
