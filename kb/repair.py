"""Repairs of text extracted from PDFs and web pages, each a small named step with its own test.

Line-level steps work on the raw lines of a text file; text-level steps on one paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from kb import data_files, english
from kb.numerals import CN_NUM
from kb.script import CJK, CJK_RE

TERMINAL = "。！？；!?;…"
CLOSERS = "”’\"'）)】」』"
# an English sentence that ends on a whole number: a word of letters, then " 2019." at the end
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
NUMBER_AT_END = re.compile(r"\s\d[\d,]*\.$")
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
    return bool(s) and (s[-1] in TERMINAL or (s[-1] == "." and _full_stop(s)))


def _full_stop(s: str) -> bool:
    """A dot after a digit is a section number's (4.3., 1.) unless an English sentence ends on a
    whole number (sent 500 trains in 2019.)."""
    return not s[-2:-1].isdigit() or bool(LATIN_WORD.search(s) and NUMBER_AT_END.search(s))


# ---- line-level steps -------------------------------------------------------------------------


def clean_lines(lines: list[str]) -> list[str]:
    """Strip each line and turn odd spaces (ideographic, no-break) into plain ones."""
    out = []
    for line in lines:
        line = line.replace("\u3000", " ").replace("\xa0", " ").replace("\ufeff", "")
        out.append(line.strip())
    return out


# Markup a template or a comment leaves in extracted text: {{ title }}, {% if %}, {# #},
# <!-- -->, <% %> (bounded, so that a hostile file of unclosed `{{` costs linear time; comments:
# drop_comments)
TEMPLATE_RESIDUE = re.compile(
    r"\{\{[^{}]{0,400}\}\}|\{%[^%]{0,400}%\}|\{#[^#]{0,400}#\}|<%[^%]{0,400}%>"
)
LONE_MARKUP = re.compile(r"\{\{|\}\}|\{%|%\}|<!--|-->")
WIKI_META_LINK = re.compile(r"\[\[(?:file|image|category|template|media):[^\]]*\]\]", re.I)
WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]|]*)\]\]")
EDGE_NUMBER = re.compile(r"^\d{1,4}\s*[|·•\-–—]?\s+|\s+[|·•\-–—]?\s*\d{1,4}$")


def drop_comments(text: str, keep_lines: bool = False) -> str:
    """HTML comments removed in one pass (a lazy regex rescans the rest for every unclosed `<!--`);
    with keep_lines, a comment leaves its line breaks behind."""
    out, i = [], 0
    while (start := text.find("<!--", i)) != -1:
        end = text.find("-->", start + 4)
        if end == -1:
            break
        out.append(text[i:start])
        if keep_lines:
            out.append("\n" * text.count("\n", start, end))
        i = end + 3
    out.append(text[i:])
    return "".join(out)


def drop_markup_spans(lines: list[str]) -> list[str]:
    """Comments and template tags that span lines (<!-- ... -->) go, the line count kept."""
    text = "\n".join(lines)
    if "<!--" not in text and not TEMPLATE_RESIDUE.search(text):
        return lines
    text = drop_comments(text, keep_lines=True)
    return TEMPLATE_RESIDUE.sub(lambda m: "\n" * m.group(0).count("\n"), text).split("\n")


@cache
def _boilerplate() -> re.Pattern:
    return re.compile(
        "|".join(f"(?:{p})" for p in data_files.toml("boilerplate.toml")["lines"]), re.I
    )


def _is_short(line: str) -> bool:
    return width(line) <= 60 or (line.isascii() and len(line) <= 100)


def strip_page_furniture(lines: list[str]) -> list[str]:
    """Drop page numbers, running headers or footers (short lines repeated three times or more, also
    when each carries its page number: "12 | China's Ports", "China's Ports 13") and the stamps of
    cover and download pages (kb/data/boilerplate.toml)."""
    short = [line for line in lines if line and _is_short(line)]
    counts = Counter(short)
    repeated = {line for line, n in counts.items() if n >= 3 and not ends_sentence(line)}
    numbered = Counter(EDGE_NUMBER.sub("", line) for line in short if EDGE_NUMBER.search(line))
    running = {
        head
        for head, n in numbered.items()
        if n >= 3 and len(re.findall(rf"[A-Za-z{CJK}]", head)) >= 3 and not ends_sentence(head)
    }
    return [
        ""
        if line
        and (
            PAGE_NUMBER.match(line)
            or line in repeated
            or _boilerplate().match(line)
            or (EDGE_NUMBER.search(line) and EDGE_NUMBER.sub("", line) in running)
        )
        else line
        for line in lines
    ]


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
        return a[:-1] + b if english.hyphen_is_a_break(a, b) else a + b
    if (
        CJK_RE.match(a[-1])
        or CJK_RE.match(b[0])
        or a[-1] in "-—/“（(《"
        or b[0] in "，。、；：,.;:)）》”"
    ):
        return a + b
    if english.needs_spaces(a + b) or (a[-1].isalpha() and b[0].isalpha() and " " not in a[-30:]):
        return a + b  # run-together English is spaced later in one go
    return a + " " + b


# ---- text-level steps -------------------------------------------------------------------------

ARTICLE = re.compile(rf"^(第[{CN_NUM}\d]+(?:章|节|条|编|部分))[ \t]+")


def remove_stray_cjk_spaces(text: str) -> str:
    """`电子 商务` → `电子商务`: a space between two Chinese characters is an extraction artefact
    (but the space after an article number such as `第一条 ` is the author's)."""
    m = ARTICLE.match(text)
    head, rest = (m.group(1) + " ", text[m.end() :]) if m else ("", text)
    return head + re.sub(
        f"(?<=[{CJK}，。、；：“”（）《》])[ \t]+(?=[{CJK}，。、；：“”（）《》])", "", rest
    )


def tighten_cjk_latin(text: str) -> str:
    """`举办 G20杭州峰会` → `举办G20杭州峰会`: no space between Chinese and Latin letters or
    digits."""
    text = re.sub(f"(?<=[{CJK}，。、；：“”（）])[ \t]+(?=[A-Za-z0-9%])", "", text)
    return re.sub(f"(?<=[A-Za-z0-9%])[ \t]+(?=[{CJK}，。、；：“”（）])", "", text)


def strip_template_residue(text: str) -> str:
    """`{{ page.title }}`, `{% endif %}`, `[[Category:Ports]]` go; `[[Ningbo|the city]]` keeps its
    words."""
    if (
        "{" not in text
        and "[[" not in text
        and "<" not in text
        and "-->" not in text
        and "}}" not in text
    ):
        return text
    text = WIKI_META_LINK.sub(" ", TEMPLATE_RESIDUE.sub(" ", drop_comments(text)))
    return LONE_MARKUP.sub(" ", WIKI_LINK.sub(r"\1", text))


def collapse_spaces(text: str) -> str:
    return re.sub(r"[ \t\r\n\f\v]+", " ", text).strip()


def restore_english_spaces(text: str) -> str:
    """Run-together English (`Buildingastronggrowthpole`) gets its spaces back."""
    return english.restore_spaces(text) if english.needs_spaces(text) else text


TEXT_STEPS = [
    strip_template_residue,
    collapse_spaces,
    remove_stray_cjk_spaces,
    tighten_cjk_latin,
    restore_english_spaces,
]


def repair_text(text: str) -> str:
    for step in TEXT_STEPS:
        text = step(text)
    return text
