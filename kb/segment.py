"""Finds headings and paragraphs, then turns them into measures with section path, kind and
language."""

from __future__ import annotations

import re

from kb.kinds import classify_kind
from kb.locator import ArticleTracker
from kb.model import Block, Measure
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

CN_NUM = "一二三四五六七八九十百零〇两"
DOTTED = re.compile(r"^(\d{1,2}(?:[.．]\d{1,2}){1,3})[.．]?\s*(?=[^\d\s.．%])(.+)$")
SINGLE = re.compile(r"^(\d{1,2})[.．、]?\s+(?=[^\d\s.．%年月日个万亿倍])(.+)$")
CHAPTER = re.compile(rf"^第[{CN_NUM}\d]+([章编篇部]|部分|节)\s*(.*)$")
ZH_ENUM1 = re.compile(rf"^[{CN_NUM}]+\s*[、.．]\s*(.+)$")
ZH_ENUM2 = re.compile(rf"^[（(][{CN_NUM}]+[)）]\s*(.+)$")
PARA_ENUM = re.compile(
    r"^(?:[（(]\d{1,2}[)）]|\d{1,2}[、)）](?!\d)|[①-⑳]|第[一二三四五六七八九十百零\d]+条)"
)
LABEL = re.compile(
    r"^(?P<label>摘\s*要|内容提要|提\s*要|abstract|关\s*键\s*词|关键字|key\s*words?|中图分类号|"
    r"文献标识码|文章编号|doi|基金项目|作者简介|收稿日期)\s*[:：]?\s*",
    re.I,
)
CONNECTOR_END = tuple("和与及的、之对在于为")
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


class _Widths:
    """Local line width: PDF text mixes full-page and two-column regions."""

    def __init__(self, lines: list[str]):
        self.w = [width(x) for x in lines]

    def full(self, k: int) -> int:
        window = sorted((w for w in self.w[max(0, k - 3) : k + 4] if w), reverse=True)
        if not window:
            return 1
        return window[0] if len(window) < 5 else window[2]


def _line_end_slack(line: str, full: int) -> int:
    """How much shorter than a full line a paragraph's last line must be. Chinese print is
    justified, so a few cells do; English is set ragged, and a sentence that ends inside a
    paragraph leaves its line short by up to the next word's length."""
    return 3 if CJK_RE.search(line) else max(3, round(0.12 * full))


def lines_to_blocks(raw_lines: list[str]) -> tuple[list[Block], list[str]]:
    """Rejoin lines broken by PDF extraction into paragraphs and headings; also return keywords."""
    cleaned = strip_page_furniture(clean_lines(drop_markup_spans(raw_lines)))
    lines, blank_after = [], []
    for x in cleaned:
        if x:
            lines.append(x)
            blank_after.append(False)
        elif blank_after:
            blank_after[-1] = True
    # Where blank lines are rare they separate paragraphs; where they follow every line (PDF
    # extraction) they mean nothing.
    blanks_mean_breaks = sum(blank_after) < 0.3 * max(1, len(lines))
    widths = _Widths(lines)
    # Lines longer than any printed line are whole paragraphs (web copy, exports): never rejoin
    # them (a third of them is enough: a short news item has as many bylines and captions as
    # paragraphs).
    long_lines = sum(w > PRINTED_LINE_MAX for w in widths.w) >= max(1, len(lines)) / 3
    blocks: list[Block] = []
    keywords: list[str] = []
    cur: list[str] = []
    label_section: str | None = None

    def flush():
        nonlocal cur
        if cur:
            text = ""
            for piece in cur:
                text = join_lines(text, piece)
            blocks.append(Block("para", text, label=label_section))
        cur = []

    k = 0
    n = len(lines)
    while k < n:
        line = lines[k]
        nxt = lines[k + 1] if k + 1 < n else None
        full = widths.full(k)
        prev_done = not cur or ends_sentence(cur[-1])
        label = _label(line)
        if label and (prev_done or label in ("Abstract", "keywords")):
            flush()
            if label == "keywords":
                body = LABEL.sub("", line)
                keywords.extend(x.strip() for x in re.split(r"[,，;；、]", body) if x.strip())
                label_section = None
                k += 1
                continue
            if label == "meta":
                k += 1
                continue
            label_section = label
        if atx := ATX.match(line):
            flush()
            label_section = None
            blocks.append(Block("heading", atx.group(2), len(atx.group(1))))
            k += 1
            continue
        level = marker_level(line) if prev_done and not label else None
        short_heading = (
            level is None
            and prev_done
            and nxt is not None
            and not cur
            and (
                not blanks_mean_breaks or blank_after[k] or width(line) <= 0.6 * widths.full(k + 1)
            )
            and width(line) <= 0.6 * full
            and not re.search(r"[，,。；;：:！？!?、]", line)
            and not PARA_ENUM.match(line)
            and len(line) <= heading_limit(line)
            and not label
        )
        if level is not None or short_heading:
            flush()
            label_section = None
            text = line
            if (
                nxt is not None
                and not ends_sentence(text)
                and marker_level(nxt) is None
                and width(nxt) <= 0.5 * full
                and not re.search(r"[，,。；;：:]", nxt)
            ):
                after = lines[k + 2] if k + 2 < n else None
                if text.endswith(CONNECTOR_END) or (after is not None and marker_level(after)):
                    text = join_lines(text, nxt)
                    k += 1
            blocks.append(Block("heading", text, level or 1))
            k += 1
            continue
        if (
            cur
            and not label
            and PARA_ENUM.match(line)
            and (ends_sentence(cur[-1]) or cur[-1].endswith(("：", ":")))
        ):
            flush()
        cur.append(line)
        w = width(line)
        if nxt is None:
            pass
        elif ((blanks_mean_breaks or long_lines) and blank_after[k]) or (
            long_lines and (w > PRINTED_LINE_MAX or ends_sentence(line))
        ):
            flush()
        elif ends_sentence(line):
            nw = width(nxt)
            indented_next = nw <= full - 4 and not ends_sentence(nxt) and marker_level(nxt) is None
            if w <= full - _line_end_slack(line, full) or indented_next:
                flush()
        elif w <= 0.6 * full and len(cur) > 1:
            flush()
        k += 1
    flush()
    return blocks, keywords


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
                keywords.extend(
                    x.strip() for x in re.split(r"[,，;；、]", LABEL.sub("", text)) if x.strip()
                )
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


def detect_lang(text: str) -> str:
    cjk = len(CJK_RE.findall(text))
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return "en" if latin > 2 * cjk and latin > 10 else "zh"


NOT_A_HEADING = re.compile(r"^(?:目\s*录|contents|[\W_]{1,3})$", re.I)


def blocks_to_measures(doc_id: str, blocks: list[Block], title: str = "") -> list[Measure]:
    """Measures in reading order; a measure never crosses a heading and never contains one."""
    stack: list[tuple[int, str]] = []
    measures: list[Measure] = []
    articles = ArticleTracker()
    for b in blocks:
        text = repair_text(b.text)
        if not text:
            continue
        if b.kind == "heading":
            if NOT_A_HEADING.match(text):  # 目录, a stray 】 or ※: page furniture, not a section
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
        lang = detect_lang(text)
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
