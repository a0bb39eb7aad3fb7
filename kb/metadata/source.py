"""What a file says of itself, gathered once for every field extractor: the structured values its
reader found (front matter, meta tags, document properties), the sidecar, and its lines — the head
before the body starts, the tail, labelled lines, bylines, datelines and the dated events it
states."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kb.dates import find_dates, parse_date
from kb.metadata.events import english_events_of, events_of
from kb.metadata.labels import BYLINE, label_kind, label_values
from kb.metadata.words import BODY_START, clean, has_cjk, is_furniture, label_rx

DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,30},\s*(.{6,20}?\d{4})\b(.*)$")
REPORT_FROM = re.compile(r"\b(?:news report|report|story) from ([\w.-]+\.[a-z]{2,})")
PIPES = re.compile(r"\s+[|｜]\s+")


@dataclass
class Source:
    """One file's evidence: every extractor reads it, none changes it."""

    fmt: str
    stated: dict  # what the reader found in the file's own structure
    side: dict  # the sidecar's fields (they win over every extractor)
    read_title: str  # the title the reader found (a Markdown # heading, a Word title style)
    lines: list[str]
    head: list[str]  # the lines before the body starts, at most 40
    tail: list[str]  # the last 12 lines, where signatures and dates stand
    info: list[str]  # the lines beside a web page's headline (来源：… 时间：…)
    labelled: dict[str, str] = field(default_factory=dict)  # kind -> value of labelled lines
    events: dict[str, str] = field(default_factory=dict)  # adopted, approved, ... -> ISO date
    organs: dict[str, str] = field(default_factory=dict)  # event -> the body it names


def gather(read, blocks, side: dict | None = None) -> Source:
    lines = text_lines(read, blocks)
    head = head_of(lines)
    src = Source(
        fmt=read.fmt,
        stated=dict(read.stated),
        side=dict(side or {}),
        read_title=read.title or "",
        lines=lines,
        head=head,
        tail=lines[-12:] if len(lines) > len(head) else [],
        info=[clean(x) for x in read.stated.get("info_lines", [])],
    )
    src.labelled = labelled(src)
    src.events, src.organs = stated_events(src)
    return src


def text_lines(read, blocks) -> list[str]:
    """The text's non-empty lines, page furniture dropped."""
    raw = read.raw_lines if read.raw_lines is not None else [b.text for b in blocks]
    out = []
    for line in raw:
        for part in str(line).split("\n"):
            t = clean(part)
            if t and not is_furniture(t):
                out.append(t)
    return out


def head_of(lines: list[str]) -> list[str]:
    """The lines before the body starts (第一章, 第一条, 一、, 摘要), at most 40."""
    out = []
    for line in lines[:40]:
        if BODY_START.match(line) and out:
            break
        out.append(line)
    return out


def labelled(src: Source) -> dict[str, str]:
    """来源：…, 时间：…, 发文机关：…, 原文链接：… of the info lines, the head and the tail; then the
    header lines of a news page (bylines, "A | B | Updated: …", datelines)."""
    out: dict[str, str] = {}
    for line in src.info + src.head + src.tail:
        if not label_rx().match(line) and line not in src.info:
            continue
        for label, value in label_values(line):
            kind = label_kind(label)
            if kind and value and kind not in out:
                out[kind] = value
    for line in src.head[:8]:
        piped_header(line, out)
        if (m := BYLINE.fullmatch(line)) and "authors" not in out:
            out["authors"] = m.group(1)
        dateline(line, out)
    return out


def piped_header(line: str, out: dict) -> None:
    """ "By Ma Zhenhuan in Hangzhou | chinadaily.com.cn | Updated: 2022-06-01": byline, source and
    date of one line of pieces."""
    pieces = [p.strip() for p in PIPES.split(line)]
    if len(pieces) < 2 or not any(
        label_kind(lab or "") == "date:published" for p in pieces for lab, _ in label_values(p)[:1]
    ):
        return
    for p in pieces:
        if m := BYLINE.match(p):
            out.setdefault("authors", m.group(1))
        elif not label_values(p) and not find_dates(p) and len(p) <= 40 and "source" not in out:
            out["source"] = p
        elif label_values(p):
            label, value = label_values(p)[0]
            if (kind := label_kind(label)) and value:
                out.setdefault(kind, value)


def dateline(line: str, out: dict) -> None:
    """A news dateline: "BEIJING, Feb. 7, 2025 /PRNewswire/ -- A news report from
    chinadaily.com.cn:" gives the date and the source."""
    m = DATELINE.match(line)
    if not m or not (day := parse_date(m.group(1))) or "date:published" in out:
        return
    out["date:published"] = day
    src = REPORT_FROM.search(m.group(2))
    if src and "source" not in out:
        out["source"] = src.group(1)
    out.setdefault("dateline", "yes")


def stated_events(src: Source) -> tuple[dict[str, str], dict[str, str]]:
    """Adoption, approval, publication and effect lines of the head and tail (short lines, notes in
    brackets, English lines), and 自…起施行 anywhere."""
    dates: dict[str, str] = {}
    organs: dict[str, str] = {}
    for line in src.head + src.tail:
        if len(line) <= 120 or re.match(r"^\s*[（(]", line) or not has_cjk(line[:200]):
            for event, day, organ in events_of(line) + english_events_of(line):
                dates.setdefault(event, day)
                if organ:
                    organs.setdefault(event, organ)
    for line in src.lines:
        if "起施行" in line or "起实施" in line:
            for event, day, _ in events_of(line):
                if event == "effective":
                    dates.setdefault("effective", day)
    return dates, organs
