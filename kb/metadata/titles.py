"""What a title looks like: a page <title> without its site's name, the first title-like line of a
text (furniture, labels, URLs, dates and body lines skipped)."""

from __future__ import annotations

import re

from kb.metadata.genres import genre_of_title
from kb.metadata.words import (
    BODY_START,
    SITE_SEPARATOR,
    URL,
    clean,
    data,
    is_furniture,
    is_organ,
    label_rx,
)

# the red header of an official document: 宁波市人民政府文件
RED_HEAD = re.compile(r"(.{3,40}?)文件")
BREADCRUMB = re.compile(r"(?:^|\s)[>»›](?:\s|$)|\s[>»›]\s|^[>»›]")
SENTENCE_END = ("。", "；", "！", "？", ";", "，", ",", ":", "：")
DATE_OR_PAGE = re.compile(r"[\d\s年月日号./:：\-—〇○零一二三四五六七八九十]+")


def site_piece(piece: str, site: str) -> bool:
    """A piece of a <title> that names the site (浙江省人民政府, 新华网, Xinhua), not the page."""
    p = piece.strip()
    if not p:
        return True
    if site and (p == site or p in site or site in p and len(p) <= len(site) + 4):
        return True
    return len(p) <= 14 and any(
        p.endswith(w) or p.lower().endswith(w.lower()) for w in data()["title"]["site_words"]
    )


def page_title(raw: str, site: str = "") -> str:
    """A <title> without the site's name: " - 浙江省人民政府", "_新华网", "| Xinhua" go; 1-10月
    stays."""
    pieces = [p for p in SITE_SEPARATOR.split(clean(raw)) if p.strip()]
    kept = [p for p in pieces if not site_piece(p, site)]
    return (kept or pieces or [""])[0].strip()


def site_suffixes(raw: str) -> list[str]:
    """The pieces of a <title> after its first: the site and its sections."""
    return [p for p in SITE_SEPARATOR.split(raw) if p.strip()][1:]


def red_head(line: str) -> str | None:
    """The body of an official document's red header (宁波市人民政府文件 → 宁波市人民政府)."""
    m = RED_HEAD.fullmatch(line.replace(" ", ""))
    return m.group(1) if m and is_organ(m.group(1)) else None


def title_like(line: str) -> bool:
    t = line.strip()
    if not t or is_furniture(t) or label_rx().match(t) or URL.search(t) or red_head(t):
        return False
    if t.endswith(SENTENCE_END) or BODY_START.match(t) or BREADCRUMB.search(t):
        return False
    if DATE_OR_PAGE.fullmatch(t):
        return False
    cjk = len(re.findall(r"[\u4e00-\u9fff]", t))
    if cjk:
        return 4 <= len(t) <= 70 and cjk >= len(t.replace(" ", "")) * 0.4
    words = t.split()
    return 2 <= len(words) <= 25 and t[:1].isupper() and not t.endswith(".") and "|" not in t


def title_from_lines(lines: list[str]) -> str:
    """The first title-like line of a text (furniture, labels, URLs and dates skipped); a title
    broken over two lines is joined when only the two together end as a title does."""
    for i, line in enumerate(lines[:25]):
        t = clean(line)
        if BODY_START.match(t) or (len(t) > 80 and t.endswith(SENTENCE_END)):
            return ""
        if not title_like(t):
            continue
        if i + 1 < len(lines) and not genre_of_title(t):
            nxt = clean(lines[i + 1])
            if title_like(nxt) and genre_of_title(t + nxt) and len(t + nxt) <= 70:
                return t + nxt
        return t
    return ""
