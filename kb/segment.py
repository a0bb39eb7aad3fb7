"""Finds headings and paragraphs, then turns them into measures with section path, kind and
language.

Lines become blocks in named steps, like repair's TEXT_STEPS: PREPARE_STEPS clean the whole text,
then each line goes through LINE_STEPS until one takes it, and PARAGRAPH_ENDS say where a
paragraph being gathered ends. A new quirk of a new source is one new step and one new test.
"""

from __future__ import annotations

import re
from functools import cache

from kb import data_files
from kb.kinds import classify_kind
from kb.locator import ITEM, SUBITEM, ArticleTracker
from kb.model import Block, Measure
from kb.numerals import CN_NUM, ENCLOSED
from kb.repair import (
    CJK_RE,
    clean_lines,
    drop_markup_spans,
    ends_sentence,
    join_lines,
    repair_text,
    strip_page_furniture,
    width,
)
from kb.script import lang_of

DOTTED = re.compile(r"^(\d{1,2}(?:[.．]\d{1,2}){1,3})[.．]?\s*(?=[^\d\s.．%])(.+)$")
SINGLE = re.compile(r"^(\d{1,2})[.．、]?\s+(?=[^\d\s.．%年月日个万亿倍])(.+)$")
CHAPTER = re.compile(rf"^第[{CN_NUM}\d]+([章编篇部]|部分|节)\s*(.*)$")
ZH_ENUM1 = re.compile(rf"^[{CN_NUM}]+\s*[、.．]\s*(.+)$")
ZH_ENUM2 = re.compile(rf"^[（(][{CN_NUM}]+[)）]\s*(.+)$")
PARA_ENUM = re.compile(
    rf"^(?:[（(]\d{{1,2}}[)）]|\d{{1,2}}[、)）](?!\d)|[①-⑳{ENCLOSED}]|第[{CN_NUM}\d]+条)"
)
LABEL = re.compile(
    r"^(?P<label>摘\s*要|内容提要|提\s*要|abstract|关\s*键\s*词|关键字|key\s*words?|中图分类号|"
    r"文献标识码|文章编号|doi|基金项目|作者简介|收稿日期)\s*[:：]?\s*",
    re.I,
)
CONNECTOR_END = tuple("和与及的、之对在于为")
# a whole line in brackets, such as a regulation's adoption note (2021年8月26日…通过): finished,
# so a chapter heading after it is a heading, not its continuation
NOTE = re.compile(r"[（(][^（）()]+[）)]")
HEADING_MAX_CHARS = 40
HEADING_MAX_CHARS_EN = (
    100  # English says in 100 letters what a Chinese heading says in 40 characters
)
# A Markdown heading, also without its space (####Heading) and in plain text exported from Markdown.
ATX = re.compile(r"^(#{1,6})(?!#)\s*([^#\s].*?)\s*#*$")


def heading_limit(text: str) -> int:
    return HEADING_MAX_CHARS if CJK_RE.search(text) else HEADING_MAX_CHARS_EN


PRINTED_LINE_MAX = (
    130  # display width of the longest line a page of CJK print holds (about 65 characters)
)


def marker_level(text: str) -> int | None:
    """Heading level from a numbering marker (4.3.1, 一、, （一）, 第一章), or None."""
    t = text.strip()
    if len(t) > heading_limit(t) + 8 or (ends_sentence(t) and len(t) > 12):
        return None
    if m := DOTTED.match(t):
        return len(re.split(r"[.．]", m.group(1)))
    if m := CHAPTER.match(t):
        return 2 if m.group(1) == "节" else 1
    if SINGLE.match(t):
        return 1
    if ZH_ENUM1.match(t) and not re.search(r"[，,；;]", t):
        return 1
    if ZH_ENUM2.match(t) and not re.search(r"[，,；;]", t):
        return 2
    return None


def _label(line: str) -> str | None:
    m = LABEL.match(line)
    if not m:
        return None
    key = re.sub(r"\s+", "", m.group("label")).lower()
    if key in ("摘要", "内容提要", "提要"):
        return "摘要"
    if key == "abstract":
        return "Abstract"
    if key in ("关键词", "关键字", "keyword", "keywords", "keywords"):
        return "keywords"
    return "meta"


def keywords_of(line: str) -> list[str]:
    """The keywords a 关键词： / Keywords: line lists, split at any of the usual separators."""
    return [x.strip() for x in re.split(r"[,，;；、]", LABEL.sub("", line)) if x.strip()]


class _Widths:
    """Local line width: PDF text mixes full-page and two-column regions."""

    def __init__(self, lines: list[str]):
        self.w = [width(x) for x in lines]
        self._full = [self._window(k) for k in range(len(self.w))]

    def _window(self, k: int) -> int:
        window = sorted((w for w in self.w[max(0, k - 3) : k + 4] if w), reverse=True)
        if not window:
            return 1
        return window[0] if len(window) < 5 else window[2]

    def full(self, k: int) -> int:
        return self._full[k]


def _line_end_slack(line: str, full: int) -> int:
    """How much shorter than a full line a paragraph's last line must be. Chinese print is
    justified, so a few cells do; English is set ragged, and a sentence that ends inside a
    paragraph leaves its line short by up to the next word's length."""
    return 3 if CJK_RE.search(line) else max(3, round(0.12 * full))


# ---- the whole text ---------------------------------------------------------------------------

PREPARE_STEPS = [drop_markup_spans, clean_lines, strip_page_furniture]


def nonblank_lines(lines: list[str]) -> tuple[list[str], list[bool]]:
    """The non-empty lines, each with whether a blank line followed it (a run of blanks counts
    once)."""
    kept: list[str] = []
    blank_after: list[bool] = []
    for x in lines:
        if x:
            kept.append(x)
            blank_after.append(False)
        elif blank_after:
            blank_after[-1] = True
    return kept, blank_after


# a line of prose has punctuation in it; a row of buttons or a headline has none
PROSE_MARK = re.compile(r"[，。；：、！？,.;:!?]")


def blanks_mean_breaks(blank_after: list[bool], lines: list[str] | None = None) -> bool:
    """Where blank lines are rare they separate paragraphs; where they follow every line they mean
    nothing in PDF extraction, whose lines break mid-sentence, but separate paragraphs in typed
    text, whose long lines (not headings) end sentences."""
    if sum(blank_after) < 0.3 * max(1, len(blank_after)):
        return True
    long = [
        x
        for x, b in zip(lines or [], blank_after, strict=False)
        if b and len(x) > 20 and PROSE_MARK.search(x)
    ]
    return len(long) >= 2 and sum(map(ends_clause, long)) >= 0.8 * len(long)


def ends_clause(line: str) -> bool:
    """A sentence, or a lead-in that a colon finishes (该方案指出：), ends the line: typed text
    breaks there, PDF text breaks anywhere."""
    return ends_sentence(line) or line.rstrip().endswith((":", "："))


def lines_are_paragraphs(widths: list[int]) -> bool:
    """Lines longer than any printed line are whole paragraphs (web copy, exports): never rejoin
    them (a third of them is enough: a short news item has as many bylines and captions as
    paragraphs)."""
    return sum(w > PRINTED_LINE_MAX for w in widths) >= max(1, len(widths)) / 3


class Reading:
    """One pass over a text's lines: what is known of the whole text, and the blocks built so far
    (the paragraph being gathered in `cur`)."""

    def __init__(self, lines: list[str], blank_after: list[bool]):
        self.lines = lines
        self.blank_after = blank_after
        self.labels = [_label(x) for x in lines]
        self.widths = _Widths(lines)
        self.blanks_mean_breaks = blanks_mean_breaks(blank_after, lines)
        self.long_lines = lines_are_paragraphs(self.widths.w)
        self.blocks: list[Block] = []
        self.keywords: list[str] = []
        self.cur: list[str] = []
        self.label_section: str | None = None

    @classmethod
    def of(cls, raw_lines: list[str]) -> Reading:
        for step in PREPARE_STEPS:
            raw_lines = step(raw_lines)
        return cls(*nonblank_lines(raw_lines))

    def after(self, k: int, ahead: int = 1) -> str | None:
        return self.lines[k + ahead] if k + ahead < len(self.lines) else None

    def paragraph_done(self) -> bool:
        return (
            not self.cur or ends_sentence(self.cur[-1]) or bool(NOTE.fullmatch("".join(self.cur)))
        )

    def flush(self) -> None:
        if self.cur:
            text = ""
            for piece in self.cur:
                text = join_lines(text, piece)
            self.blocks.append(Block("para", text, label=self.label_section))
        self.cur = []

    def heading(self, text: str, level: int) -> None:
        self.flush()
        self.label_section = None
        self.blocks.append(Block("heading", text, level))


# ---- line steps: each takes line k and returns the next line's index, or None to pass it on ----


def take_label_line(r: Reading, k: int) -> int | None:
    """摘要 and Abstract open a labelled section; keywords are collected and other labels (DOI,
    基金项目) dropped. A label inside an unfinished sentence is ordinary text."""
    label = r.labels[k]
    if not label or not (r.paragraph_done() or label in ("Abstract", "keywords")):
        return None
    r.flush()
    if label == "keywords":
        r.keywords.extend(keywords_of(r.lines[k]))
        r.label_section = None
        return k + 1
    if label == "meta":
        return k + 1
    r.label_section = label
    return None


def take_markdown_heading(r: Reading, k: int) -> int | None:
    """`## Heading`, also `####Heading` and plain text exported from Markdown."""
    atx = ATX.match(r.lines[k])
    if not atx:
        return None
    r.heading(atx.group(2), len(atx.group(1)))
    return k + 1


def take_numbered_heading(r: Reading, k: int) -> int | None:
    """A short line opening with a numbering marker (4.3.1, 一、, （一）, 第一章) after a finished
    paragraph is a heading of the marker's level."""
    if r.labels[k] or not r.paragraph_done():
        return None
    level = marker_level(r.lines[k])
    return None if level is None else _take_heading(r, k, level)


def is_short_heading(r: Reading, k: int) -> bool:
    """A short unpunctuated line between paragraphs, shorter than the lines around it."""
    line, full = r.lines[k], r.widths.full(k)
    return (
        not r.cur
        and r.after(k) is not None
        and (
            not r.blanks_mean_breaks
            or r.blank_after[k]
            or width(line) <= 0.6 * r.widths.full(k + 1)
        )
        and width(line) <= 0.6 * full
        and not re.search(r"[，,。；;：:！？!?、]", line)
        and not ends_sentence(line)
        and not PARA_ENUM.match(line)
        and len(line) <= heading_limit(line)
        and not r.labels[k]
    )


def take_short_heading(r: Reading, k: int) -> int | None:
    """An unnumbered heading (see is_short_heading) is of level 1."""
    return _take_heading(r, k, 1) if is_short_heading(r, k) else None


def heading_continues(r: Reading, k: int) -> bool:
    """A heading broken over two lines: the next line is short and unpunctuated, and either the
    heading ends on a connector (和, 的, 与) or a numbered heading follows the two."""
    text, nxt, full = r.lines[k], r.after(k), r.widths.full(k)
    if (
        nxt is None
        or ends_sentence(text)
        or marker_level(nxt) is not None
        or width(nxt) > 0.5 * full
        or re.search(r"[，,。；;：:]", nxt)
    ):
        return False
    after = r.after(k, 2)
    return text.endswith(CONNECTOR_END) or bool(after is not None and marker_level(after))


def _take_heading(r: Reading, k: int, level: int) -> int:
    if heading_continues(r, k):
        r.heading(join_lines(r.lines[k], r.lines[k + 1]), level)
        return k + 2
    r.heading(r.lines[k], level)
    return k + 1


def break_before_enumeration(r: Reading, k: int) -> None:
    """An enumerated item ((1), 1、, ①, 第一条) after a finished sentence or a colon starts a new
    paragraph; the line itself is passed on."""
    line = r.lines[k]
    if (
        r.cur
        and not r.labels[k]
        and PARA_ENUM.match(line)
        and (ends_sentence(r.cur[-1]) or r.cur[-1].endswith(("：", ":")))
    ):
        r.flush()


def take_paragraph_line(r: Reading, k: int) -> int:
    """Any other line belongs to the paragraph being gathered, which may end after it."""
    r.cur.append(r.lines[k])
    if r.after(k) is not None and any(ends(r, k) for ends in PARAGRAPH_ENDS):
        r.flush()
    return k + 1


LINE_STEPS = [
    take_label_line,
    take_markdown_heading,
    take_numbered_heading,
    take_short_heading,
    break_before_enumeration,
    take_paragraph_line,
]


# ---- where a paragraph ends: rules about line k, the last line gathered, with a line after it ----


def blank_line_ends_paragraph(r: Reading, k: int) -> bool:
    """A blank line after the line, where blank lines mean something (see blanks_mean_breaks, or
    whole-paragraph lines)."""
    return (r.blanks_mean_breaks or r.long_lines) and r.blank_after[k]


def whole_paragraph_line_ends(r: Reading, k: int) -> bool:
    """In text of whole-paragraph lines, a line longer than print or one ending a sentence."""
    line = r.lines[k]
    return r.long_lines and (r.widths.w[k] > PRINTED_LINE_MAX or ends_sentence(line))


def sentence_ends_short_line(r: Reading, k: int) -> bool:
    """A sentence ends on a line shorter than a full one, or the next line is indented (shorter
    and no heading)."""
    line, nxt, full = r.lines[k], r.lines[k + 1], r.widths.full(k)
    if not ends_sentence(line):
        return False
    indented_next = width(nxt) <= full - 4 and not ends_sentence(nxt) and marker_level(nxt) is None
    return r.widths.w[k] <= full - _line_end_slack(line, full) or indented_next


def short_line_ends_paragraph(r: Reading, k: int) -> bool:
    """A line well short of a full one, not ending a sentence, ends a paragraph of several lines
    (the last line of an unpunctuated item)."""
    return (
        not ends_sentence(r.lines[k]) and r.widths.w[k] <= 0.6 * r.widths.full(k) and len(r.cur) > 1
    )


PARAGRAPH_ENDS = [
    blank_line_ends_paragraph,
    whole_paragraph_line_ends,
    sentence_ends_short_line,
    short_line_ends_paragraph,
]


def lines_to_blocks(raw_lines: list[str]) -> tuple[list[Block], list[str]]:
    """Rejoin lines broken by PDF extraction into paragraphs and headings; also return keywords.
    Each line goes through LINE_STEPS until one takes it."""
    r = Reading.of(raw_lines)
    k = 0
    while k < len(r.lines):
        for step in LINE_STEPS:
            nk = step(r, k)
            if nk is not None:
                k = nk
                break
    r.flush()
    return r.blocks, r.keywords


def html_blocks(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """Blocks from structured sources: promote numbered short paragraphs to headings, read
    labels."""
    out: list[Block] = []
    keywords: list[str] = []
    for b in blocks:
        text = b.text.strip()
        if b.kind == "para":
            label = _label(text)
            if label == "keywords":
                keywords.extend(keywords_of(text))
                continue
            level = marker_level(text)
            if level is not None and "\n" not in text:
                out.append(Block("heading", text, level + 1))
                continue
            if label in ("摘要", "Abstract"):
                out.append(Block("para", text, label=label))
                continue
        out.append(b)
    return out, keywords


# a table of contents, a stray 】 or ※, a site's navigation (主页, 当前位置, Home): no section
NOT_A_HEADING = re.compile(
    r"^(?:目\s*录|contents|[\W_]{1,3}|首\s*页|主\s*页|网站首页|当前位置|home(?:\s*page)?)$", re.I
)
# a figure's or a table's caption (图1 2017-2023年地区生产总值及增长速度, 表2, Figure 3: ...) is
# short and unpunctuated like a heading, but says what a figure shows, not what follows it
CAPTION = re.compile(
    r"^(?:附?[图表]\s*[\d一二三四五六七八九十]{1,3}(?:[-－.．]\d+)?(?=[\s:：.．、\u4e00-\u9fff]|\d{4}|$)"
    r"|(?:figure|fig\.|table|chart|exhibit)\s*\d+(?:\.\d+)?(?:\s|[:：.．、]|$))",
    re.I,
)
# front matter a reader did not recognise (a setext heading of `key: value` lines): page furniture
FRONT_MATTER = re.compile(r"^\s*(?:[A-Za-z_][\w-]*\s*:(?:[ \t]+[^\s:]+)*\s*){2,}$")


def is_caption(text: str) -> bool:
    """A figure's or a table's caption on a line of its own: short, unfinished, opening with its
    number (图1 2017-2023年地区生产总值及增长速度, Table 2 Container volumes)."""
    t = text.strip()
    return bool(CAPTION.match(t)) and len(t) <= heading_limit(t) and not ends_sentence(t)


def is_heading_text(text: str) -> bool:
    """Whether a line marked as a heading (by Markdown, HTML or a reader) reads as one: short, not
    a finished sentence, not front matter. Only such a line weighs on the paragraphs under it."""
    t = text.strip()
    if not t or len(t) > heading_limit(t) + 8 or FRONT_MATTER.match(t) or CAPTION.match(t):
        return False
    return not (ends_sentence(t) and len(t) > 12)


MAX_FURNITURE_HAN = 3  # a Chinese line of this many characters or fewer is no measure
URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
# a Chinese character each, or a run of other letters (not swallowing the Chinese after ㈠)
WORD = re.compile(r"[\u3400-\u9fff]|[^\W\d_\u3400-\u9fff]+", re.U)


@cache
def _furniture() -> tuple[re.Pattern, re.Pattern]:
    raw = data_files.toml("furniture.toml")
    return (
        re.compile("|".join(f"(?:{p})" for p in raw["lines"]), re.I),
        re.compile("|".join(f"(?:{p})" for p in raw["reference_headings"]), re.I),
    )


def is_furniture(text: str, path: list[str]) -> bool:
    """Page furniture rather than content: an editor or source line, a reference list (under a
    References heading), a paragraph of bare links, a one-word line of a news page (什么？,
    Share)."""
    lines, references = _furniture()
    if lines.match(text.strip()) or any(references.match(h.strip()) for h in path):
        return True
    words = WORD.findall(URL.sub(" ", text))
    if URL.search(text):
        return not words  # nothing but links
    if all("\u3400" <= w <= "\u9fff" for w in words):
        return len(words) <= MAX_FURNITURE_HAN  # 什么？ 返回 (and a line of figures alone)
    return len(words) <= 1  # Share, Print


def blocks_to_measures(doc_id: str, blocks: list[Block], title: str = "") -> list[Measure]:
    """Measures in reading order; a measure never crosses a heading and never contains one."""
    stack: list[tuple[int, str]] = []
    measures: list[Measure] = []
    articles = ArticleTracker()
    for b in blocks:
        text = repair_text(b.text)
        if not text:
            continue
        if is_caption(text):  # 图1 …, 表2 …: what a figure shows, neither heading nor measure
            continue
        if b.kind == "heading" and not is_heading_text(text):
            if NOT_A_HEADING.match(text) or FRONT_MATTER.match(text):
                continue
            b = Block("para", text, label=b.label)  # a long heading is a paragraph of its own
        if b.kind == "heading":
            if NOT_A_HEADING.match(text):  # 目录, a stray 】, 主页: page furniture, not a section
                continue
            text = re.sub(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\s*(?=\D)", r"\1 ", text)
            if title and text == title and not measures and not stack:
                continue
            while stack and stack[-1][0] >= b.level:
                stack.pop()
            stack.append((b.level, text))
            articles.heading(text)
            continue
        if not re.search(r"[\w\u4e00-\u9fff]", text):
            continue
        label = b.label
        path = [label] if label else [h for _, h in stack]
        if is_furniture(text, [h for _, h in stack]):
            continue
        lang = lang_of(text)
        kind = classify_kind(
            path, text, label, first=not measures, ends_sentence=ends_sentence(text), lang=lang
        )
        measures.append(
            Measure(
                doc_id=doc_id,
                para=len(measures) + 1,
                text=text,
                section=" › ".join(path),
                kind=kind,
                lang=lang,
                doc_title=title,
                locator=articles.paragraph(text),
            )
        )
    articles.finish()
    return measures


LEAD_END = ("：", ":")  # 风景名胜区内禁止进行下列行为： / The following acts are prohibited:


def lead_ins(measures: list[Measure]) -> list[str]:
    """Each measure's lead-in: the paragraph ending in a colon that introduces the list it is an
    item of ((一)…, ①… or 1.…), "" for a measure in no list. The items of 禁止进行下列行为： say
    what is forbidden without the word 禁止; the index adds the lead-in to each, weighed lightly,
    so a search for what the list is about finds its items too. A list runs until a paragraph
    that is no item (the next article's first line); an item ending in a colon leads the items
    of the level below it (1., 2. under （一）, after the lead-in of （一） itself), not its
    siblings."""
    out: list[str] = []
    leads: list[tuple[int, str]] = []  # (level, text): 0 a paragraph, 1 （一）/①, 2 1.
    for m in measures:
        text, loc = m.text.strip(), m.locator or {}
        level = 2 if SUBITEM.match(text) else 1 if ITEM.match(text) or "item" in loc else 0
        leads = [x for x in leads if x[0] < level] if level else []
        out.append(" ".join(t for _, t in leads))
        if text.endswith(LEAD_END):
            leads.append((level, text))
    return out
