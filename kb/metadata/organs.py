"""Bodies named by the text: in an adoption or publication line, a signature, an office holder's
line, or "on behalf of"."""

from __future__ import annotations

import re

from kb.dates import find_dates
from kb.metadata.places import city_or_region
from kb.metadata.words import clean, data, has_cjk, is_organ
from kb.numerals import CN_NUM

MEETING = re.compile(rf"(?:第[{CN_NUM}\d]+次)?(?:全体|常务)?会议.*$")
TERM = re.compile(rf"第?[{CN_NUM}\d]+届")
ANNOUNCEMENT = re.compile(rf"(?:公告|令)?[（(]?第[{CN_NUM}\d]+号[)）]?$|公告$")
ON_BEHALF_EN = re.compile(r"\b[Oo]n behalf of (?:the )?([A-Z][^,.;:]{4,100}?)\s*[,.;]")
# "… of the General Office of the Jiangsu Provincial Government on …": the body a title names
OF_BODY = re.compile(
    r"\b(?:of|by)\s+(?:the\s+)?([A-Z][^()]{3,100}?)(?=\s+(?:on|for|about|concerning|regarding)\s"
    r"|\s*[(（]|\s*$)"
)
ON_BEHALF_ZH = re.compile(r"我(?:谨)?代表([\u4e00-\u9fff]{2,30}?(?:人民政府|委员会|常务委员会))")


def office_org(line: str) -> str | None:
    """The body a signature line speaks for: an organ on its own line, "Governor of the People's
    Government of Zhejiang Province", or 浙江省省长 王浩 (the 浙江省人民政府)."""
    t = clean(line)
    office = data()["office"]
    if re.fullmatch(r"[A-Za-z'’ &.,-]{8,100}", t):
        titles = "|".join(map(re.escape, office["en"]))
        t = re.sub(r"^(?:(?:" + titles + r")\s+of\s+)?(?:the\s+)?", "", t, flags=re.I)
        return t if is_organ(t) else None
    holders = "|".join(map(re.escape, office["zh"][:5]))
    # 浙江省省长 王浩, 杭州市人民政府市长 某某 (also ending a title line)
    region = r"(?:^|[\s)）])([^\s()（）]{1,12}?[省市县区])(?:人民政府)?"
    m = re.search(region + "(?:" + holders + r")\s*[\u4e00-\u9fff·]{2,5}$", t)
    if m and city_or_region(m.group(1)):
        return m.group(1) + "人民政府"
    # a body's head reporting for it (市发展和改革委员会主任 彭勇, under a plan report's delivery
    # note): the body
    m = BODY_HEAD.search(t)
    return m.group(1) if m and is_organ(m.group(1)) else None


BODY_HEAD = re.compile(
    r"^(\S{3,30}?(?:委员会|局|厅|办公室|委|署|院|中心))(?:主任|副主任|局长|副局长|厅长|副厅长|院长|"
    r"署长)\s*[\u4e00-\u9fff·]{2,5}$"
)


def on_behalf_of(lines: list[str]) -> str | None:
    """The body a speech or report is given for: "On behalf of the People's Government of Zhejiang
    Province, I …", 我代表浙江省人民政府向大会报告工作 (a bare 省人民政府 names no one and is
    passed over)."""
    for line in lines:
        m = ON_BEHALF_EN.search(line[:600])
        if m and is_organ(m.group(1)):
            return m.group(1)
        m = ON_BEHALF_ZH.search(line[:600])
        if m and not m.group(1).startswith(("省", "市", "县", "区")):
            return m.group(1)
    return None


def organ_of_event(body: str) -> str:
    """The body named in an adoption or publication line:
    湖州市第八届人民代表大会常务委员会第三十六次会议 gives 湖州市人民代表大会常务委员会;
    宁波市人民代表大会常务委员会公告第12号 gives 宁波市人民代表大会常务委员会."""
    b = re.sub(r"\s+", "", body)
    b = MEETING.sub("", b)
    b = ANNOUNCEMENT.sub("", b)
    b = ANNOUNCEMENT.sub("", b)
    b = TERM.sub("", b)
    b = b.replace("人大常委会", "人民代表大会常务委员会")
    b = re.sub(r"^(?:经|由|在|于|根据)", "", b)
    return b if is_organ(b) or b.endswith("人民代表大会") else ""


def english_body(title: str, head: list[str]) -> str | None:
    """The body an English document names as its own: in its title ("Implementation Opinions of
    the General Office of the Jiangsu Provincial Government on …") or a head line that opens with
    an instrument ("Order of the Shenzhen Municipal People's Government", "Decree No. 26 of …")."""
    words = "|".join(map(re.escape, data()["issuer"]["en_instruments"]))
    opens = re.compile(rf"(?:{words})(?:\s+No\.?\s*\d+)?\s+of\s")  # Decree No. 26 of the …
    lines = [title] + [x for x in head[:10] if opens.match(clean(x))]
    for line in lines:
        if not line or has_cjk(line):
            continue
        line = re.sub(r"(\w)['’] s\b", r"\1's", clean(line))  # People' s Government
        found = next((m.group(1) for m in OF_BODY.finditer(line) if is_organ(m.group(1))), None)
        if found:
            return found
    return None


def closing_signature(lines: list[str]) -> tuple[str, str] | None:
    """(body, date) of a record run into one line that ends with its signature: …(联系人:卢楠)
    宁波市鄞州区农业农村局2023年9月1日。"""
    last = clean(lines[-1] if lines else "").rstrip("。. ")
    found = find_dates(last)
    if not found or found[-1][1] != len(last):
        return None
    run = re.search(r"[\u4e00-\u9fff]{3,30}$", last[: found[-1][0]].rstrip())
    if run and is_organ(run.group()) and city_or_region(run.group()[:3]):
        return run.group(), found[-1][2]
    return None
