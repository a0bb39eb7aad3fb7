"""Labelled metadata lines (来源：浙江日报 时间：2026-01-22, 发文字号：…, "By X | Updated: …"),
bylines and the names they give."""

from __future__ import annotations

import re

from kb.english import is_common_word
from kb.metadata.words import SPACED_CJK, data, has_cjk, is_organ, label_rx, labels_run_rx

BYLINE = re.compile(
    r"^(?:By|BY|Written by):?\s+([A-Z][^\d:|]{2,80}?)"
    r"(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s*$"
)
# a person's name as a byline prints it: two or three capitalised words (Chan Ho-him)
_NAME = r"[A-Z][a-z]+(?:-[a-z]+)?(?:\s+[A-Z][a-z]+(?:-[a-z]+)?){1,2}"
# the authors' names alone, joined by commas and "and" (Denise Tsang , Chan Ho-him and Kathleen
# Magramo): a byline without its "By"
NAMES_BYLINE = re.compile(rf"^{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|&)\s+{_NAME}$")


def names_byline(line: str) -> bool:
    """A line of the authors' names alone, none of its words an everyday English word of four
    letters or more (Greater Bay Area and Hong Kong is a headline: Greater, Area; Li and Na, short
    words of pinyin, may be names)."""
    t = line.strip()
    words = [w for w in re.split(r"[\s,&]+", t) if len(w) >= 4 and w != "and"]
    return bool(NAMES_BYLINE.match(t)) and not any(is_common_word(w) for w in words)


LABEL = re.compile(r"([\u4e00-\u9fff]{1,6}|(?<![A-Za-z.])[A-Za-z][A-Za-z ]{0,20}?)\s*[:：]\s*")
KINDS = (
    (
        "issuer",
        ("发文机关", "发布机构", "发布部门", "发布单位", "制定机关", "颁布机关")
        + ("issued by", "issuer"),
    ),
    (
        "source",
        ("来源", "文章来源", "信息来源", "稿件来源", "稿源", "报纸名称", "当前报纸名称")
        + ("source", "information source", "from", "contributor"),
    ),
    ("authors", ("作者", "记者", "author", "authors", "by")),
    # who edited the page: a credit, never the publisher (来源:某台国际在线编辑:某某责编:某某)
    ("editor", ("编辑", "责编", "责任编辑", "editor")),
    ("number", ("发文字号", "文号", "document no", "number")),
    # a newspaper page's edition beside its source and date (来源:某报 2022年03月31日 版次:DA01)
    ("edition", ("版次", "版面", "版名", "版号")),
    # who runs the site, in its footer (主办单位: 某市人民政府办公室, Sponsored by: …)
    ("owner", ("主办", "主办单位", "网站主办", "主办方", "sponsored by", "hosted by", "run by")),
    ("url", ("原文链接", "原文地址", "链接", "url", "link")),
    # a news page's contacts beside its header (稿源: 某报 2011-09-17 报料热线: 81850000)
    (
        "contact",
        ("报料热线", "新闻热线", "热线电话", "热线传真", "联系电话", "电话", "邮箱")
        + ("tel", "email"),
    ),
)
LABEL_DATES = (
    ("issued", "成文日期|发文日期|印发日期|签发日期"),
    (
        "published",
        "公布日期|发布日期|发布时间|公开日期|生成日期|生成时间|产生日期|信息提供日期|提供日期|"
        "时间|日期|published|publication date|date|time|posted|released|release date|issued|"
        "(?:posted|published|released) on|post date|date posted|"
        "post time|posting time|publish time|publish date|release time|pub date",
    ),
    ("effective", "施行日期|实施日期|生效日期|effective"),
    # an update's date: the item's only where nothing gives the day it was published
    (
        "updated",
        "updated|last updated|updated on|update time|更新时间|更新日期|最后更新|最后更新时间",
    ),
)
# a label inside a header line: Source:, 来源：, Updated :, Release date:, 作者：
LABEL_AT = re.compile(
    r"(?<![\w.])([\u4e00-\u9fff]{2,4}|[A-Za-z][A-Za-z]{1,12}(?: [a-z]{2,6})?)\s*[:：](?!//)\s*"
)
MARKS = re.compile(r"[\d*¹²³⁴⁵⁶⁷⁸⁹⁰†‡]+")


def label_values(line: str) -> list[tuple[str, str]]:
    """(label, value) pairs of a metadata line such as "来源：浙江日报 时间：2026-01-22"; a value
    saying there is none (文号: 无号) is empty."""
    pairs = [known_tail(m.group(1).strip(), m.start(1), m.end()) for m in LABEL.finditer(line)]
    out = []
    for k, (label, _start, end) in enumerate(pairs):
        stop = pairs[k + 1][1] if k + 1 < len(pairs) else len(line)
        value = line[end:stop].strip(" 　|/")
        if label.lower() not in ("http", "https"):
            out.append((label, "" if value in data()["furniture"]["none_values"] else value))
    return out


def table_row_fields(t: str) -> str:
    """A field table's row saved with bars between its cells (发布机构 | 连云区 | 发文日期 |
    2021-04-06 |, 标 题 | …纲要 | ||) read as labelled fields (发布机构: 连云区 发文日期:
    2021-04-06), the cells left empty dropped; any other line as it is."""
    cells = [c.strip() for c in t.split("|")]
    if len(cells) < 2 or not _cell_label(cells[0]):
        return t
    pairs, k = [], 0
    while k < len(cells):
        label = _cell_label(cells[k])
        value = cells[k + 1] if label and k + 1 < len(cells) else ""
        if label and value and not _cell_label(value):
            pairs.append(f"{label}: {value}")
            k += 2
        else:
            k += 1
    return "  ".join(pairs)


def _cell_label(cell: str) -> str:
    """A table cell's label, its spaced characters closed up (标 题: 标题), or ""."""
    label = SPACED_CJK.sub("", cell)
    titled = label in data()["title"]["title_labels"]
    return label if label and (titled or _is_label(label)) else ""


def only_labels(t: str) -> bool:
    """A row of a table's labels with their cells empty (信息来源 关 键 词, 文 号 信息格式/语种),
    its spaces taken out: labels one after another and nothing else."""
    return bool(labels_run_rx().fullmatch(t))


def field_row(line: str) -> bool:
    """A row of labelled fields a portal prints above a document (发布机构: 某局 公开日期: …,
    有效性: 有效 发文字号 -, Source: … Date: …): metadata, never a title. It opens with a label
    (spaced out or not: 索 引 号:) and names a known one, or holds two labels or more."""
    # a list's bullet before the label (• 来源:市政府办公室) is the page's layout
    t = SPACED_CJK.sub("", line.strip().lstrip("•·▪●○■◆◇»> ").strip())
    if sum(bool(label_rx().fullmatch(w)) for w in line.split()) >= 2:
        return True  # labels without their colons: 文号 瑞政办〔2011〕129号 发布机构 某局
    first = LABEL.match(t)
    if label_rx().match(t) or only_labels(t):
        return True
    if not first:
        return False
    if label_kind(first.group(1)) or len(label_values(t)) >= 2:
        return True
    rest = t[first.end() :]
    # a Chinese label without its colon further on (发文字号 -); English words are too common
    return any(label_rx().match(rest[k:]) for k, c in enumerate(rest) if "\u4e00" <= c <= "\u9fff")


def known_tail(label: str, start: int, end: int) -> tuple[str, int, int]:
    """A label that is a value run on into the next label: the known label its last words make,
    the words before it left to the value before ("Shenzhen Daily Updated" of From: Shenzhen Daily
    Updated: 2023-09-18; 公室文字大小 of 信息来源:某市人民政府办公室文字大小:, where the office
    keeps 办公室)."""
    if _is_label(label):
        return label, start, end
    if has_cjk(label):
        for k in range(1, len(label) - 1):
            if _is_label(label[k:]):
                return label[k:], start + k, end
        return label, start, end
    words = label.split()
    if len(words) < 2:
        return label, start, end
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        if label_kind(tail):
            return tail, start + label.rindex(tail), end
    return label, start, end


def _is_label(text: str) -> bool:
    return bool(label_kind(text) or label_rx().fullmatch(text + "："))


def label_kind(label: str) -> str | None:
    """What a label announces: issuer, source, authors, number, url, or date:<event>."""
    low = label.lower()
    for kind, labels in KINDS:
        if low in labels:
            return kind
    for event, pattern in LABEL_DATES:
        if re.fullmatch(pattern, low):
            return "date:" + event
    return None


def names(value: str) -> list[str]:
    """Names in a Chinese list: 张三、李四 / 张三 李四."""
    parts = re.split(r"\s*(?:[,，、;；/]|\band\b|\s{1,})\s*", value.strip())
    return [p for p in parts if p and len(p) <= 40]


def english_names(value: str) -> list[str]:
    """Names in an English list: "Ma Zhenhuan and Li Wenfang", "A, B & C"."""
    return [p.strip() for p in re.split(r"\s*(?:,|\band\b|&)\s*", value) if p.strip()]


def person_line(line: str) -> list[str]:
    """Authors on a paper's first page: 张三¹ 李四², 张三，李四 (2 to 4 characters each, markers
    dropped)."""
    t = MARKS.sub(" ", line).strip()
    if not t or len(t) > 40 or is_organ(t):
        return []
    found = [n for n in re.split(r"[\s,，、;；]+", t) if n]
    if any(label_rx().fullmatch(n) for n in found):  # 浏览量 28927: a page's count, no name
        return []
    if found and all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", n) for n in found) and len(found) <= 8:
        return found if len(found) > 1 or MARKS.search(line) else []
    return []
