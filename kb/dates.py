"""Dates as documents write them (2021年8月26日, 二○一二年一月九日, 2021-08-26, 12 March 2021,
March 12, 2021) turned into ISO 8601 text as precise as the source allows."""

from __future__ import annotations

import re

from kb.numerals import cn_to_int

_CN = "〇○零Ｏ０一二三四五六七八九十"
NUM = rf"(?:\d{{1,4}}|[{_CN}]{{1,4}})"
# a year in Chinese digits may have its zeros typed as 0 or O (二00二年); at least one is Chinese
_CN_YEAR = "(?=[0Oo]{0,3}[〇○零Ｏ０一二三四五六七八九])[〇○零Ｏ０0Oo一二三四五六七八九]{4}"
ZH_DATE = re.compile(rf"((?:\d{{4}}|{_CN_YEAR}))\s*年\s*({NUM})\s*月(?:\s*({NUM})\s*[日号])?")
NUM_DATE = re.compile(r"(?<!\d)(\d{4})\s*([-/.．])\s*(\d{1,2})(?:\s*\2\s*(\d{1,2}))?(?!\d)")
MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTHS = {m: i + 1 for i, m in enumerate(MONTH_NAMES)}
# a month's full name as English text capitalises it (November 2009)
FULL_MONTH = "(?:" + "|".join(m.capitalize() for m in MONTH_NAMES) + ")"
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MON = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# sites also print 14-Oct-2020, "Sep 3,2016" (no space after the comma), 2011-January-20 and
# 2021 April 10 (a port's news feed)
EN_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|-){_MON}(?:\s*,?\s+|-)(\d{{4}})\b", re.I)
EN_MDY = re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,\s*|\s+)(\d{{4}})\b", re.I)
EN_YMD = re.compile(rf"(?<![\d-])(\d{{4}})(?:-|\s+){_MON}(?:-|\s+)(\d{{1,2}})(?![\d-])", re.I)
EN_MY = re.compile(rf"\b{_MON}\s+(\d{{4}})\b", re.I)


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    if year is None or not 1800 <= year <= 2200:
        return None
    if month is None or not 1 <= month <= 12:
        return f"{year:04d}"
    if day is None or not 1 <= day <= 31:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def match_iso(m: re.Match) -> str | None:
    """The ISO date of a match of one of the patterns above."""
    if m.re is ZH_DATE:
        y, mo, d = m.group(1), m.group(2), m.group(3)
        return _iso(cn_to_int(y), cn_to_int(mo), cn_to_int(d) if d else None)
    if m.re is NUM_DATE:
        return _iso(int(m.group(1)), int(m.group(3)), int(m.group(4)) if m.group(4) else None)
    if m.re is EN_DMY:
        return _iso(int(m.group(3)), _mon(m.group(2)), int(m.group(1)))
    if m.re is EN_MDY:
        return _iso(int(m.group(3)), _mon(m.group(1)), int(m.group(2)))
    if m.re is EN_YMD:
        return _iso(int(m.group(1)), _mon(m.group(2)), int(m.group(3)))
    if m.re is EN_MY:
        return _iso(int(m.group(2)), _mon(m.group(1)))
    return None


def _mon(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Every date in text as (start, end, iso), in order; overlapping matches keep the first."""
    found = []
    for rx in (ZH_DATE, NUM_DATE, EN_DMY, EN_MDY, EN_YMD):
        for m in rx.finditer(text):
            value = match_iso(m)
            if value:
                found.append((m.start(), m.end(), value))
    found.sort()
    out: list[tuple[int, int, str]] = []
    for item in found:
        if not out or item[0] >= out[-1][1]:
            out.append(item)
    return out


def parse_date(text: str) -> str | None:
    """The first date in text, or a bare year (2021), as ISO text; None when there is none."""
    text = text.strip()
    found = find_dates(text)
    if found:
        return found[0][2]
    m = EN_MY.search(text)
    if m:
        return match_iso(m)
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})(?:\d{4}|\d{6})?", text)  # 20210630, 20210630143000
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{4})\s*年?", text)
    return _iso(int(m.group(1))) if m else None


# a date with its year last in numbers (05/03/2019, 29/04/2015 14:02): only as a label's value
YEAR_LAST = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:\s+\d{1,2}:\d\d(?::\d\d)?)?")


def year_last(value: str) -> str | None:
    """A labelled date written with its year last ("Post Time: 05/03/2019"): day first, as the
    English pages of Chinese portals and most of the world write it, unless only month first
    makes a date (12/25/2019)."""
    m = YEAR_LAST.fullmatch(value.strip())
    if not m:
        return None
    a, b, year = map(int, m.groups())
    day, month = (b, a) if b > 12 >= a else (a, b)
    return _iso(year, month, day) if month <= 12 and day <= 31 else None
