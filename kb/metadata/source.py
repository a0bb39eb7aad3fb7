"""What a file says of itself, gathered once for every field extractor: the structured values its
reader found (front matter, meta tags, document properties), the sidecar, and its lines — the head
before the body starts, the tail, labelled lines, bylines, datelines and the dated events it
states."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kb.dates import find_dates, parse_date
from kb.metadata.anchors import (
    BULLET,
    anchored_headline,
    dateline_outlet,
    is_dateline,
    is_paragraph,
    names_a_body,
)
from kb.metadata.events import english_events_of, events_of
from kb.metadata.labels import (
    BYLINE,
    LABEL,
    LABEL_AT,
    field_row,
    known_tail,
    label_kind,
    label_values,
    names_byline,
    table_row_fields,
)
from kb.metadata.titles import CAPTION, DATE_OR_PAGE, EPAPER_PAGE, is_navigation, title_like
from kb.metadata.words import (
    BODY_START,
    MONTH_DAY_ZH,
    URL,
    clean,
    data,
    has_cjk,
    is_furniture,
    is_news_source,
    is_organ,
    is_outlet,
    run_on_fields_at,
)

# a name has a letter: the dash of "08/05/2021 - 15:00" or a share counter (… 2021-09-05  0) is none
LETTER = re.compile(r"[A-Za-z\u3400-\u9fff]")
DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,30},\s*(.{6,20}?\d{4})\b(.*)$")
# a time of day, with its half of the day and its zone (02:23 AM, 02:50:40 GMT, 10:50:40(Beijing
# Time) are times: AM, GMT and Beijing Time no publisher)
TIME = re.compile(  # with the part of the day said before it (下午5:00), which names no one
    r"(?:(?:上午|下午|中午|晚上|早上|凌晨|傍晚)\s*)?(?<!\d)\d{1,2}[:：]\d{2}(?::\d{2})?(?!\d)(?:\s*[AaPp]\.?[Mm]\b\.?)?"
    r"(?:\s*(?:GMT|UTC|CST|BJT|HKT)(?:[+-]\d{1,2}(?::?\d\d)?)?(?![A-Za-z])"
    r"|\s*\(?(?:Beijing|Hong Kong) Time\)?|\s*\(?北京时间\)?)?"
)
PIECE_SEP = re.compile(r"\s*[|｜()（）\[\]【】]\s*|\s{2,}|\s+/\s+|^\s*[-—,，]+\s*|\s*[-—,，]+\s*$")
ZH_DATELINE = re.compile(
    r"^(?P<agency>[\u4e00-\u9fff]{2,6}?)(?P<place>[\u4e00-\u9fff]{0,8})"
    rf"{MONTH_DAY_ZH}电"
)
WEEKDAY = re.compile(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day|星期.|周[一二三四五六日]")
WEEKDAY_BETWEEN = re.compile(r"\s*,\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*,?\s*", re.I)
OTHER_CALENDAR = re.compile(r"[|｜]\s*[A-Z][A-Za-z' -]{2,30}\s\d{1,2},\s*\d{4}\s*$")
# a photo credit ending a caption: "…, March 13, 2023. (People’s Daily Online/Fang Pengyimeng)"
CREDIT = re.compile(r"\((?P<pub>[A-Z][^()/]{2,40})/[^()]{2,40}\)\s*$")
# a photo's credit naming the paper its photographer worked for: [WANG CHUN/FOR CHINA DAILY]
FOR_CREDIT = re.compile(
    r"[\[(][^\[\]()/]{2,40}/\s*for\s+(?P<pub>[A-Z][\w .'’&-]{2,40}?)\s*[\])]", re.I
)
BRACKETED = re.compile(r"\s*[(（][^()（）]{6,80}[)）]\s*")  # (Xinhua News Agency July 1, 2002)
# a reporter's credit alone on a line (记者王海燕, 本报记者 张三 李四): a newspaper's own item
REPORTER = re.compile(r"(?:本报|本台)?记者\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,3}")
REPORT_FROM = re.compile(r"\b(?:news report|report|story) from ([\w.-]+\.[a-z]{2,})")
OUTLET = re.compile(r"\s*[(（]([^()（）]{2,40})[)）]\s*$")
# a page's footer: "© Copyright HangZhou.com.cn , All Rights Reserved", "Copyright © 2021 China
# Daily", 版权所有：某市人民政府
# after "Copyright", 漏 is © of a UTF-8 page read as GBK (its bytes C2 A9); a year's range may be
# open ("© 1999- Shanghai Daily")
COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright\b|版权所有)\s*[:：]?\s*(?:copyright\s*)?(?:[©漏]\s*)?"
    r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d)?)?\s*)?(?:the\s+)?(?P<name>[^,，|。;；]{2,100}?)\s*"
    r"(?:[,，|。;；]|\ball rights\b|版权所有|\s\S{1,8}[:：]|$)",
    re.I,
)
# …or with its owner first: "Suzhou Industrial Park Administrative Committee.2004 Copyright."
COPYRIGHT_AFTER = re.compile(
    r"^(?P<name>[A-Z][^,，|;；©]{2,80}?)\s*[.,]?\s*(?:©\s*)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
    r"\s*(?:©\s*)?copyright\b",
    re.I,
)
# a header row's site address printed right before its date, first (http://www.sina.com.cn
# 2004年08月26日15:29 金羊网-羊城晚报) or after the site's name (阳光东坑  http://dk.sun0769.com/
# 2022-05-25 11:00)
SITE_ADDRESS = re.compile(r"(?:^|(?<=\s))\s*https?://[^\s/]+/?\s+(?=\S*(?:19|20)\d\d)")
# a site's bare address printed after its name in a header line (清远传媒 www.gdqynews.com)
NAMED_ADDRESS = re.compile(
    r"(?<=[A-Za-z\u4e00-\u9fff])\s+(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*"
    r"\.(?:com|cn|net|org|gov|edu|info|cc|tv|hk|mo)(?:\.cn|\.hk)?/?(?=\s|$)",
    re.I,
)
ITEM_DATES = ("date:published", "date:updated")
PIPES = re.compile(r"\s*[|｜]\s+|\s+[|｜]\s*")
VALIDITY = re.compile(r"(?i)\b(?:effective|as of|valid|since|until|from)\s*$")
# a headline of a few characters (送帆远) or a place's name alone (Changzhou, a city profile's)
SHORT_HEADLINE = re.compile(r"[\u4e00-\u9fff]{2,3}|[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?")


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
    headline: int | None = None  # the line of a news page's headline above its header line
    labelled: dict[str, str] = field(default_factory=dict)  # kind -> value of labelled lines
    events: dict[str, str] = field(default_factory=dict)  # adopted, approved, ... -> ISO date
    organs: dict[str, str] = field(default_factory=dict)  # event -> the body it names


# a page's first line run into its headline: " date 2021-09-26 Digital economy drives …"
# a web page's header pieces run together as its text was copied (XinhuaUpdated: February 8, 2022,
# 2019-07-21Text Size: A A A)
GLUED_LABEL = re.compile(r"(?<=[a-z])(?=(?:Updated|Posted|Published|Released|Source)\s*[:：])")
GLUED_DATE = re.compile(r"^((?:19|20)\d\d-\d{1,2}-\d{1,2})(?=[A-Z][a-z])")
# a document-sharing site's mark of one document among those it collects (第一篇:某某文件)
ITEM_MARK = re.compile(r"^第[一二三四五六七八九十\d]{1,3}篇\s*[:：]\s*(?=\S)")
# a speech's salutation, where a report's text starts (各位代表: 现在,我代表市人民政府…)
SALUTATION = re.compile(r"(?<=[\u4e00-\u9fff)）])(?:各位代表|各位委员|同志们)[:：]")
# a date under its label run into the lead it dates (date 2018-06-21 The Chief Executive …)
LABELLED_LEAD = re.compile(
    r"^(?i:date|published|posted)[:：]?\s+((?:19|20)\d\d-\d{1,2}-\d{1,2})\s+(?=[A-Z])"
)
# a date run into the authors' names (2024-03-06吴楠楠刘桁亦徐心怡), not into a range (…至…)
GLUED_NAMES = re.compile(r"^((?:19|20)\d\d-\d{1,2}-\d{1,2})(?=[\u4e00-\u9fff]{4,12}$)(?![至到起])")
# a label alone on its line, its value on the next (• 发文日期: / 2024年04月06日 16:40)
BARE_LABEL = re.compile(r"^[•·●\s-]*([\u4e00-\u9fff]{2,6}|[A-Za-z][A-Za-z ]{1,20}?)\s*[:：]\s*$")
# a print edition's citation line: 《 人民日报 》( 2025年09月17日 12 版)
PRINT_SOURCE = re.compile(
    r"^《\s*([^《》]{2,20}?)\s*》\s*[(（]\s*(.{6,16}?)\s*第?\s*[A-Z]?\d{1,3}\s*版\s*[)）]$"
)
# an e-paper's edition line: its page and the day's issue (版次:04  2024年01月31日)
EDITION = re.compile(r"^版次\s*[:：]\s*[A-Z]?\d{1,3}\b\s*(.*)$")
DATED_HEADLINE = re.compile(
    r"^(?:(?:date|日期)\s*[:：]?\s*)?((?:19|20)\d\d-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d\d(?::\d\d)?)?)"
    r"\s+([^\d\s].{11,})$",
    re.I,
)


def gather(read, blocks, side: dict | None = None) -> Source:
    lines = dated_headline(text_lines(read, blocks))
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
    src.headline = headline_at(lines)
    src.labelled = labelled(src)
    src.events, src.organs = stated_events(src)
    return src


def headline_at(lines: list[str]) -> int | None:
    """The line of a news page's headline: right above its header line (a date and who published
    it, perhaps under a byline), with no title-like line right above it (it is not a subtitle),
    even below sidebars and menus (a first headline of another story). A body's name above a date
    is a signature, not a headline. A print edition's citation line (《 人民日报 》( 2021年05月21日
    第 19 版)) stands right under its item's headline, below the database's banner and date."""
    cited = next((i for i, x in enumerate(lines[:30]) if PRINT_SOURCE.match(x)), 0)
    if cited and title_like(lines[cited - 1]) and not names_a_body(lines[cited - 1]):
        return cited - 1
    for i, line in enumerate(lines[:30]):
        short = SHORT_HEADLINE.fullmatch(line) and not is_navigation(line)  # not "Latest News"
        if not (title_like(line) or short) or is_byline(line) or names_a_body(line):
            continue
        if i and title_like(lines[i - 1]):
            continue
        below = lines[i + 1 : i + 3]
        if below and (is_byline(below[0]) or names_a_body(below[0])):  # or the body issuing it
            below = below[1:]
        if below and "date:published" in header_of(below[0]):
            return i
    return anchored_headline(lines, lambda line: bool(header_of(line)))


def is_byline(line: str) -> bool:
    """A byline: "By X", or an outlet's name alone on its line (Xinhua over its time line)."""
    return bool(BYLINE.match(line)) or names_byline(line) or is_outlet(line)


def outlet_byline(src: Source, out: dict) -> None:
    """An outlet's name alone right under the headline (Xinhua / 20:03 UTC+8, 2021-09-05): the
    story's publisher."""
    if src.headline is not None and src.headline + 1 < len(src.lines):
        if is_outlet(line := src.lines[src.headline + 1]):
            out.setdefault("publisher", clean(line).strip("()（）"))
    if src.lines and is_outlet(src.lines[0]):  # a masthead: China Daily over a copy of its page
        out.setdefault("publisher", clean(src.lines[0]).strip("()（）"))
    for line in src.lines[:12]:  # [Asia Economy Reporter Lim Cheol-young] Seoul Mayor Oh …
        if m := BRACKET_BYLINE.match(clean(line)):
            out.setdefault("publisher", m.group(1))
            break
    if src.lines and (m := OFFICIAL_SITE.match(clean(src.lines[0]))) and is_organ(m.group(1)):
        out.setdefault("owner", m.group(1))  # The Official Website of the People's Government …


# a Korean paper's byline opening its lead, in brackets: [Asia Economy Reporter Lim Cheol-young]
BRACKET_BYLINE = re.compile(
    r"^\[([A-Z][\w&.'’ -]{2,40}?)\s+(?:Reporters?|Correspondents?|Staff Writers?)\s+"
    r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3}\]"
)
# a portal's masthead naming its owner: The Official Website of the People's Government of Hunan
# Province Mobile 中文 Français (its language switches after it)
OFFICIAL_SITE = re.compile(
    r"^(?:the\s+)?official\s+(?:web\s*site|portal)\s+of\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’.&-]*|of|and|the|for)(?:\s+(?:[A-Z][\w'’.&-]*|of|and|the|for))*?)"
    r"(?=\s+(?:mobile|english|中文|français|menu|search)\b|\s*[|｜]|\s*$)",
    re.I,
)


def header_of(line: str) -> dict[str, str]:
    """What a news page's header line states (its date, publisher, source, byline), or {}."""
    out: dict[str, str] = {}
    piped_header(line, out)
    dateline(line, out)
    header_line(line, out)
    return out


def text_lines(read, blocks) -> list[str]:
    """The text's non-empty lines, page furniture dropped."""
    raw = read.raw_lines if read.raw_lines is not None else [b.text for b in blocks]
    out = []
    for line in raw:
        for part in str(line).split("\n"):
            for t in unglued(table_row_fields(clean(part))):
                if t and not is_furniture(t):
                    out.append(t)
    return out


def unglued(t: str) -> list[str]:
    """A header line whose pieces ran together when the page was copied, set apart: a name run
    into its label (XinhuaUpdated:), a date run into the next word (2019-07-21Text Size) or a
    labelled date into the lead (date 2018-06-21 The …) two lines; a collection's mark of its item
    (第一篇:) dropped."""
    t = ITEM_MARK.sub("", GLUED_LABEL.sub(" ", t))
    if (s := SALUTATION.search(t)) and s.start() >= 8:  # …政府工作报告各位代表:现在,我代表…
        return [t[: s.start()], t[s.start() :]]
    m = GLUED_DATE.match(t) or LABELLED_LEAD.match(t)
    if not m and (m := GLUED_NAMES.match(t)):
        return [m.group(1), t]  # the date set apart, the names left as they were run together
    return [m.group(1), t[m.end() :]] if m else [t]


def joined_fields(lines: list[str]) -> list[str]:
    """A portal's field table saved as text, each known label on its own line and its value on the
    next (• 发文日期: / 2024年04月06日 16:40): read as one row."""
    out, k = [], 0
    while k < len(lines):
        m = BARE_LABEL.match(lines[k])
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        value = nxt and not BARE_LABEL.match(nxt) and not field_row(nxt)
        if m and label_kind(m.group(1)) and value:
            out.append(f"{m.group(1)}: {nxt}")
            k += 2
        else:
            out.append(lines[k])
            k += 1
    return out


def dated_headline(lines: list[str]) -> list[str]:
    """The first line read as two where it is a date (perhaps labelled) run into a headline of
    words: the date line above the headline, as a page shows them."""
    m = DATED_HEADLINE.match(lines[0]) if lines else None
    words = m and (title_like(m.group(2)) or CAPTION.search(m.group(2)))  # or a photo's caption
    if not m or find_dates(m.group(2)) or not words or field_row(m.group(2)):
        return lines  # "2023-08-03 16:28:58 来源 : 中国青年网" is a header line, not a headline
    return [m.group(1), m.group(2), *lines[1:]]


def dated_name(value: str) -> tuple[str, str] | None:
    """A labelled name with the item's date run on after it (长乐市人民政府 2007-01-12 16:50), as
    (name, date); None for a value that is not a name and then a date."""
    found = find_dates(value)
    if not found or TIME.sub(" ", value[found[0][1] :]).strip():
        return None
    name = value[: found[0][0]].strip(" |,，")
    return (name, found[0][2]) if name and not find_dates(name) else None


# a source's note in brackets on a line of its own, wherever the page's furniture pushed it
SOURCE_NOTE = re.compile(r"[(（]\s*((?:Source|来源)\s*[:：]\s*[^()（）]{2,60})[)）]", re.I)


def field_lines(src: Source) -> list[str]:
    """The lines that may hold labelled fields: the info lines, the head's and the tail's field
    lines, and a source's note in brackets anywhere ((Source: AHFAO) above a site's other items)."""
    notes = [m.group(1) for t in src.lines if (m := SOURCE_NOTE.fullmatch(t.strip()))]
    return src.info + head_fields(src.head) + joined_fields(src.tail) + notes


def head_fields(head: list[str]) -> list[str]:
    """The head's field lines, joined where a label's value ran onto the next line, and the fields
    a headline's line runs on into."""
    return joined_fields(head) + run_on_fields(head)


def run_on_fields(lines: list[str]) -> list[str]:
    """The fields a headline's line runs on into (…兴业沃土 时间:2022-10-17 来源:澎湃新闻), each
    line's from its first label on (titles.without_fields takes the headline)."""
    starts = [(line, run_on_fields_at(line)) for line in lines[:15]]
    return [line[at:].strip() for line, at in starts if at is not None]


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
    for line in field_lines(src):
        if not field_row(line) and line not in src.info:
            continue
        for label, value in label_values(line):
            kind = label_kind(label)
            if kind and value and not kind.startswith("date") and (split := dated_name(value)):
                value, day = split  # 来源:长乐市人民政府 2007-01-12 16:50: a name, then its date
                out.setdefault("date:published", day)
            if kind and value and kind not in out:
                out[kind] = value
    outlet_byline(src, out)
    below = src.lines[src.headline + 1 : src.headline + 3] if src.headline is not None else []
    # the header line under the headline is the item's; a date above it may be the site's today
    header = [*below, *[x for x in src.head[:8] if x not in below]]
    for line in [*header, *[t for t in src.lines[-3:] if BRACKETED.fullmatch(t)]]:
        piped_header(line, out)
        bare_date(line, out)
        byline(line, out)
        dateline(line, out)
        wire_credit(line, out)
        header_line(BRACKETED.fullmatch(line) and line.strip(" ()（）") or line, out)
        chinese_dateline(line, out)
        photo_credit(line, out)
        print_source(line, out)
        edition(line, out)
    epaper_masthead(src.lines, out)
    bracketed_source(src.head[:12], out)
    lead_outlet(src.head[:30], out)
    top_date(src.lines, out)
    for line in src.head[:15]:
        credited_for(line, out)
    for line in src.lines[-12:]:
        copyright_line(line, out)
    if any(REPORTER.fullmatch(line) for line in src.lines[:12]):
        out.setdefault("dateline", "yes")  # 记者王海燕 alone on a line, under the summary label
    return out


def top_date(lines: list[str], out: dict) -> None:
    """A date (and time) alone on the line right under a page's first line, its title (Foreign
    Investment Trend / 2014年05月12日 14:22): the item's date. A signature's date stands at the end,
    under a body's name."""
    if len(lines) > 2 and title_like(lines[0]) and not names_a_body(lines[0]):
        if DATE_OR_PAGE.fullmatch(lines[1].strip()) and (found := find_dates(lines[1])):
            out.setdefault("date:published", found[0][2])


def lead_outlet(head: list[str], out: dict) -> None:
    """The wire or outlet the story's dateline names (/PRNewswire/, 中国侨网11月11日电): its source,
    and a news item; an English one sent the item out (`wire`: a release, whatever its title
    names)."""
    lead = next((line for line in head if is_dateline(line)), None)
    if lead is None:
        return
    out.setdefault("dateline", "yes")
    if name := dateline_outlet(lead):
        out.setdefault("source", name)
        if not has_cjk(name):
            out.setdefault("wire", name)


def bracketed_source(head: list[str], out: dict) -> None:
    """A name in brackets alone on its line right under the line that dates the item ("Updated :
    2018-01-10" / "(Chinadaily.com.cn)"): who published it."""
    for above, line in zip(head, head[1:], strict=False):
        if BRACKETED.fullmatch(line) and not find_dates(line) and find_dates(above):
            if len(above) <= 60:  # the date's own short line, not a paragraph
                out.setdefault("publisher", line.strip(" ()（）"))
                return


def credited_for(line: str, out: dict) -> None:
    """A caption's photo credited "/FOR CHINA DAILY": taken for that paper, which published the
    item (a wire's photo is credited "/Xinhua" without "for", and names no publisher)."""
    m = FOR_CREDIT.search(line)
    if m and is_news_source(pub := m.group("pub").strip()):
        out.setdefault("publisher", pub.title() if pub.isupper() else pub)


def copyright_line(line: str, out: dict) -> None:
    """The owner a page's copyright footer names: its publisher when nothing else names one."""
    m = COPYRIGHT.match(line) or COPYRIGHT_AFTER.match(line)
    if m and (name := m.group("name").strip(" .")) and not find_dates(name):
        # the owner's Chinese name, where the line gives it after its Latin one or acronym
        # (Copyright © 2007-2020 CAOP All Rights Reserved. 中国口岸协会版权所有)
        own = OWNER_ZH.search(line[m.end() :]) if not has_cjk(name) else None
        out.setdefault("copyright", own.group(1) if own else name)


OWNER_ZH = re.compile(r"([\u4e00-\u9fff]{4,30})\s*版权所有")


def byline(line: str, out: dict) -> None:
    """ "By Zhang San and Li Si (China Daily)": the authors, and the outlet the brackets name."""
    m = BYLINE.fullmatch(line)
    if not m or "authors" in out:
        return
    names, outlet = m.group(1), OUTLET.search(m.group(1))
    if outlet and (is_news_source(outlet.group(1)) or is_organ(outlet.group(1))):
        names = names[: outlet.start()]
        out.setdefault("publisher", outlet.group(1).strip())
    out["authors"] = names.strip()


def without_addresses(line: str) -> str:
    """A header line without the site's address printed before its date, or after its name
    (清远传媒 www.gdqynews.com 发布时间:…)."""
    return NAMED_ADDRESS.sub("", SITE_ADDRESS.sub(" ", line).strip())


def header_line(line: str, out: dict) -> None:
    """A short line of a date and who published it, in any order: "ezhejiang.gov.cn| Updated:
    July 30, 2021", "(People's Daily App) 15:05, June 28, 2023", "Hangzhou News 2021-03-03 14:32
    Source:Tianmu News", "2023-03-14 08:00:40 来源:中国台州网-台州日报 作者:聂杨波", or a date
    alone. Its unlabelled name is the publisher; with one, the item is news."""
    line = without_addresses(line)
    found = find_dates(line)
    if len(line) > 160 or not found or URL.search(line) or fetched(line[: found[0][0]]):
        return
    if events_of(line) or english_events_of(line):
        return
    rest = _beside_dates(line, found)
    pieces: list[str] = []
    for lead, label, value in _labelled_pieces(rest):
        pieces += [p for p in PIECE_SEP.split(lead) if p.strip(" :：,，")]
        kind = label_kind(label) if label else None
        if kind and kind.startswith("date:"):
            pieces += [p for p in PIECE_SEP.split(value) if p.strip(" :：,，")]
        elif kind and value:
            out.setdefault(kind, value)
        elif label:  # a label this does not know: not a header line
            return
    if not header_pieces([p for p in pieces if not BYLINE.match(p.strip())]):
        return  # a byline beside it may be long (By A and B in Xuzhou, Jiangsu (China Daily))
    if pieces and pieces[0].strip().lower() == "by":
        pieces = []  # "by October 28, 2015 Industry": a byline whose name is missing, a category
    pieces = [re.sub(r"^by\s+(?=[A-Z])", "", p.strip()) for p in pieces]  # "Dec 03, 2019 | by CT"
    pieces = [
        p for p in pieces if not WEEKDAY.fullmatch(p.strip(" ,，:：")) and not BYLINE.match(p)
    ]
    pieces = [p for p in map(without_toolbar, pieces) if LETTER.search(p) and not is_navigation(p)]
    if any(has_cjk(p) and not (_publisher_like(p) or _app_name(pieces, line)) for p in pieces):
        return
    if not pieces and not rest.strip(" |()（）:：,，") and has_cjk(line):
        return  # 2021年3月5日 alone: a signature's date, read as such
    out.setdefault("date:published", found[0][2])
    if pieces:
        out.setdefault("publisher", first_credit(pieces[0].strip(" :：")))
    if pieces or "source" in out:
        out.setdefault("dateline", "yes")


def _app_name(pieces: list[str], line: str) -> bool:
    """An account's or an app's bare name beside the date and the time of day (自在溧阳 2021-05-13
    16:28): the publisher, as a news app prints its header."""
    one = len(pieces) == 1 and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", pieces[0].strip())
    return bool(one and TIME.search(line))


def fetched(before: str) -> bool:
    """Words before a date that make it the day a copy was made (Retrieved, Printed on, 打印时间,
    访问日期; kb/data/metadata.toml [copy_dates]): no date of the item."""
    words = data()["copy_dates"]["words"]
    return bool(re.search("|".join(map(re.escape, words)), before, re.I))


def without_toolbar(piece: str) -> str:
    """A header piece without the toolbar words run on after it ("ezhejiang.gov.cn Print")."""
    words = piece.split()
    while words and is_furniture(words[-1]):
        words.pop()
    return " ".join(words)


def header_pieces(pieces: list[str]) -> bool:
    """Whether a line's pieces beside its date may be a header's (a publisher, a section): at most
    two short names, not a sentence, not the date a rate holds from ("(Exchange Rate Effective May
    1, 2015)")."""
    if any(VALIDITY.search(p) for p in pieces) or len(pieces) > 2:
        return False
    return not any(len(p) > 40 or re.search(r"[。；;!?！？]|\w\s*,\s*\w", p) for p in pieces)


def first_credit(piece: str) -> str:
    """The first of the outlets a credit lists joined by & (& China Daily & Xinhua): the
    publisher; a name holding & (Ernst & Young) whose parts are no outlets stays whole."""
    parts = [p for p in re.split(r"\s*&\s*", piece) if p.strip()]
    if len(parts) > 1 and all(is_news_source(p) or is_organ(p) for p in parts):
        return parts[0].strip()
    return piece


# …新闻 needs no ending here: 新闻 is a news source's word wherever it stands (潮新闻)
PUBLISHER_END = re.compile(r"(?:[网报社台站媒]|发布|客户端)$")


def _publisher_like(piece: str) -> bool:
    """A Chinese name of a publisher: a body, a news source, a site (…网, …报, …社), a city's
    media brand or its government's channel (九江e媒, 杭州发布, 潮新闻, …客户端)."""
    p = piece.strip(" :：")
    return is_organ(p) or is_news_source(p) or bool(PUBLISHER_END.search(p))


def _beside_dates(line: str, found: list) -> str:
    """What a header line says besides its dates and times: the day's name between the outlet
    and its date (Khaleej Times, Thursday, Jan 05, 2023) and the same day in a calendar not read
    here (| Jamadi Al Thani 12, 1444) name no one."""
    rest = TIME.sub(" ", "  ".join([line[: found[0][0]], *_between(line, found)]))
    return OTHER_CALENDAR.sub("", WEEKDAY_BETWEEN.sub("  ", rest))


def _between(line: str, found: list) -> list[str]:
    return [
        line[end : found[k + 1][0] if k + 1 < len(found) else len(line)]
        for k, (_, end, _) in enumerate(found)
    ]


def _labelled_pieces(text: str) -> list[tuple[str, str, str]]:
    """(text before the label, label, value) of each label of a line, and the unlabelled rest."""
    pairs = _label_spans(text)
    if not pairs:
        return [(text, "", "")]
    out = []
    for k, (start, end, label) in enumerate(pairs):
        stop = pairs[k + 1][0] if k + 1 < len(pairs) else len(text)
        lead = text[:start] if k == 0 else ""
        out.append((lead, label, text[end:stop].strip(" 　|/")))
    return out


def _label_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of each label; a known label of two capitalised words ("Release Date:",
    "Information Source:") is taken whole, not as a name followed by "Date:"."""
    out = []
    for m in LABEL_AT.finditer(text):
        start, label = m.start(), m.group(1).strip()
        word = re.search(r"([A-Za-z]+)\s+$", text[:start])
        if word and label_kind(f"{word.group(1)} {label}"):
            start, label = word.start(), f"{word.group(1)} {label}"
        out.append((start, m.end(), label))
    return sorted(out + _run_on_labels(text, out))


def _run_on_labels(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Known Chinese labels run on to the value before them, no space between (来源:某台国际在线
    编辑:某某): the label its last characters make (kb/metadata/labels.py known_tail)."""
    ends = {end for _, end, _ in found}
    out = []
    for m in LABEL.finditer(text):
        if m.end() in ends or not has_cjk(m.group(1)):
            continue
        label, start, end = known_tail(m.group(1), m.start(1), m.end())
        if label != m.group(1) and label_kind(label):
            out.append((start, end, label))
    return out


def photo_credit(line: str, out: dict) -> None:
    """A caption's credit names the publisher, and the caption's date is the item's."""
    m = CREDIT.search(line)
    if m and (found := find_dates(line[: m.start()])):
        out.setdefault("publisher", m.group("pub").strip())
        out.setdefault("date:published", found[-1][2])
        out.setdefault("dateline", "yes")


def print_source(line: str, out: dict) -> None:
    """A print edition's citation line (《 人民日报 》( 2025年09月17日 12 版)) names the newspaper
    and dates the item: a newspaper's item."""
    m = PRINT_SOURCE.match(line)
    if m and (found := find_dates(m.group(2))):
        out.setdefault("publisher", m.group(1).strip())
        out.setdefault("date:published", found[0][2])
        out.setdefault("dateline", "yes")
        out.setdefault("newspaper", "yes")


def edition(line: str, out: dict) -> None:
    """An e-paper's edition line (版次:03  2021年09月27日) dates a newspaper's item."""
    m = EDITION.match(line)
    if m and (found := find_dates(m.group(1))):
        out.setdefault("date:published", found[0][2])
        out.setdefault("dateline", "yes")
        out.setdefault("newspaper", "yes")


def epaper_masthead(lines: list[str], out: dict) -> None:
    """An e-paper's page (its page line 第13版:秀洲新闻 or 00002版:要闻 near the top) names its
    paper on a short line at the top or the foot (浙江日报 数字报纸, 宁波日报) or in the page's
    trailing property line, which also gives the day's date (2026-02-02 4 4 嘉兴日报
    content_276912.html …): that paper published the item, on that day."""
    if not any(EPAPER_PAGE.match(x) for x in lines[:8]):
        return
    ends = lines[-12:]
    name = next((n for line in lines[:5] + ends if (n := masthead(line))), None)
    if not name:
        return
    out.setdefault("publisher", name)
    out.setdefault("newspaper", "yes")
    dated = next((d for line in ends[::-1] if masthead(line) and (d := find_dates(line))), None)
    if dated:
        out.setdefault("date:published", dated[0][2])


def masthead(line: str) -> str | None:
    """A newspaper's name standing as a piece of a short line that is no sentence (嘉兴日报 of
    "2026-02-02 4 4 嘉兴日报 content_276912.html"; not 本报, not the medium 数字报纸, and not a
    column's 简报: a paper's name ends in a kind of paper, 日报, 晚报, …)."""
    if len(line) > 160 or is_paragraph(line):
        return None
    papers = tuple(w for w in data()["news"]["newspapers"] if has_cjk(w) and len(w) > 1)  # not 简报
    media = tuple(data()["news"]["epaper_media"])
    for piece in line.split():
        named = re.fullmatch(r"[\u4e00-\u9fff]{3,10}", piece) and piece.endswith(papers)
        if named and not piece.startswith("本") and not piece.endswith(media):
            return piece
    return None


def chinese_dateline(line: str, out: dict) -> None:
    """新华社上海5月21日电(记者周蕊) names the agency and makes the item news; so does 本报讯 and a
    newspaper's page line (第A09版:看无锡)."""
    m = ZH_DATELINE.match(line)
    agencies = data()["dateline"]["agencies"]
    if m:
        agency = next((a for a in agencies if m.group(0).startswith(a)), None)
        if agency:
            out.setdefault("source", agency)
        if agency or "本报" in m.group("agency"):
            out.setdefault("dateline", "yes")
    bare = BULLET.sub("", line)  # ■本报记者 李茂君: a credit set off by a square
    if line.startswith("本报讯") or EPAPER_PAGE.match(line) or REPORTER.fullmatch(bare):
        out.setdefault("dateline", "yes")
        out.setdefault("newspaper", "yes")  # a newspaper's own item: N, not EB


def piped_header(line: str, out: dict) -> None:
    """ "By Ma Zhenhuan in Hangzhou | chinadaily.com.cn | Updated: 2022-06-01": byline, source and
    date of one line of pieces."""
    pieces = [p.strip() for p in PIPES.split(line)]
    if len(pieces) < 2 or not any(
        label_kind(lab or "") in ITEM_DATES for p in pieces for lab, _ in label_values(p)[:1]
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


def bare_date(line: str, out: dict) -> None:
    """A header line that sets a date alone beside labelled fields ("Source: Xinhua| 2020-06-05
    15:21:22|Editor: …", "2024-11-22 10:43:40  作者:…  网址:…") dates the item."""
    pieces = [p.strip() for p in re.split(r"[|｜]", line) if p.strip()]
    if not any(label_values(p) for p in pieces):
        return
    for p in pieces:
        lead = p[: m.start()].strip() if (m := LABEL.search(p)) else p
        if lead and DATE_OR_PAGE.fullmatch(lead) and (found := find_dates(lead)):
            out.setdefault("date:published", found[0][2])
            return


# a wire's credit after a dateline without a year: "TIANJIN, China, April 17 (Bernama) — …"; or
# between dashes with its date: "FUZHOU, CHINA - Media OutReach - 28 April 2023 - On the afternoon"
WIRE_CREDIT = re.compile(
    r"^[A-Z][A-Z .'-]{2,30},(?:\s*[A-Z][A-Za-z]+,)?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*"
    r"\(([A-Z][A-Za-z]{2,20}(?: [A-Z][A-Za-z]+){0,2})\)\s*[-—–]"
)
WIRE_DASHES = re.compile(
    r"^[A-Z][A-Z .'-]{2,30},\s*[A-Z][A-Za-z .'-]{2,30}?\s+[-—–]\s+([A-Z][\w .]{2,30}?)\s+[-—–]\s+"
    r"(\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s*\d{4})\s+[-—–]\s"
)


def wire_credit(line: str, out: dict) -> None:
    """A wire's credit in a dateline (… April 17 (Bernama) —, … - Media OutReach - 28 April 2023 -):
    the wire is the item's source, and the date its day where the credit gives one."""
    if m := WIRE_DASHES.match(line):
        out.setdefault("source", m.group(1))
        if day := parse_date(m.group(2)):
            out.setdefault("date:published", day)
    elif m := WIRE_CREDIT.match(line):
        out.setdefault("source", m.group(1))


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


# the note in brackets after a statute's title on a run-on line, opening with its date
RUN_ON_NOTE = re.compile(r"[（(](?:19|20)\d\d年[^()（）]{5,400}?[)）]")


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
    for line in src.lines[:5]:  # a statute run into one line: title(2016年11月1日…通过…)目录…
        if len(line) > 120 and (m := RUN_ON_NOTE.search(line[:300])):
            for event, day, organ in events_of(m.group()):
                dates.setdefault(event, day)
                if organ:
                    organs.setdefault(event, organ)
    for line in src.lines:
        if "起施行" in line or "起实施" in line:
            for event, day, _ in events_of(line):
                if event == "effective":
                    dates.setdefault("effective", day)
    return dates, organs
