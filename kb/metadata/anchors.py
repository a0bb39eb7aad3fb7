"""Where a page's story starts, read from the shape of its lines rather than one site's template.

A copied web page prints site names, menus, adverts, other stories' headlines and dates before the
story. The story itself starts at its lead: a wire's dateline (WENZHOU, China, Nov. 3, 2023
/PRNewswire/ --; 香港新闻网6月11日电; 本报香港电) or its first paragraph. Right above the lead
stands the header block (bylines, date rows, toolbars of font sizes and sharing, the page's address
with its date), and right above that block the headline. The dateline also names who wrote the
story: a wire (kb/data/metadata.toml [dateline] wires) or an outlet named by its kind (…网, …社)."""

from __future__ import annotations

import re
from functools import cache

from kb.dates import _MON, find_dates
from kb.metadata.labels import BYLINE, names_byline
from kb.metadata.titles import CAPTION, is_only_a_date, is_toolbar, title_like, without_tools
from kb.metadata.words import (
    MONTH_DAY_ZH,
    URL,
    clean,
    data,
    has_cjk,
    is_furniture,
    is_news_source,
    is_organ,
)

BULLET = re.compile(r"^[•·●▪■◆►▶\-*\s]+")
# an English wire dateline: "WENZHOU, China, Nov. 3, 2023 /PRNewswire/ --"
EN_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,30},\s*[^\n]{3,60}?\s(?:--|—|–)\s")
# a release service's dateline of dashes: "SHENZHEN QIANHAI – Media OutReach – 7 September 2022 –":
# the place in capitals, the service, the day
DASHED_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{2,30}?\s+[–—-]{1,2}\s+(?P<wire>[A-Z][\w.&'’+ -]{1,40}?)\s+[–—-]{1,2}\s+"
    r"(?P<day>[^–—]{6,24}?)\s+[–—-]{1,2}\s"
)
# an English dispatch naming its outlet before the day, as a Chinese one does (China News Service,
# Nov 28 (Reporter Chen Jing) …), perhaps after the reposting site (Sing Tao Global News:…)
EN_OUTLET_DATELINE = re.compile(
    rf"^(?:[^:：]{{2,40}}[:：]\s*)?(?P<outlet>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,5}}),\s+"
    rf"(?i:{_MON})\s+\d{{1,2}}(?:,\s*(?:19|20)\d\d)?\s*[(（]"
)
# the wire's tag between slashes after an English dateline's date (/24-7PressRelease/)
SLASH_TAG = re.compile(r"\s/(?P<wire>[A-Za-z0-9][\w.+-]{2,40})/\s*(?:--|—|–)")
# a Chinese dispatch's opening: an outlet named by its kind before the day (香港新闻网6月11日电,
# 中国侨网11月11日电), or the paper's own (本报讯, 本报香港电)
OUTLET_KINDS = r"(?:新闻网|通讯社|电视台|日报|晚报|网|社|报|台)"
ZH_OUTLET_DATELINE = re.compile(
    rf"^([\u4e00-\u9fff]{{1,8}}?{OUTLET_KINDS})[\u4e00-\u9fff]{{0,6}}?"
    rf"{MONTH_DAY_ZH}[电電讯訊]"
)
# an outlet's newsflash credit: 现代快报讯(记者 陶展), 扬子晚报网讯（通讯员 …）
ZH_OUTLET_FLASH = re.compile(
    rf"^([\u4e00-\u9fff]{{1,8}}?{OUTLET_KINDS})讯\s*[(（]\s*(?:记者|通讯员|见习记者)"
)
COLUMN_WORDS = 3  # a column's name above a headline: News and Policies
COLUMN_CJK = 6  # 本地新闻, 时政要闻
PARAGRAPH_WORDS = 12  # an English line this long, with a sentence's end, is text
PARAGRAPH_CJK = 30  # a Chinese line this long, with a sentence's comma or stop, is text
# a caption's bracketed credit: [Photo/WeChat account: quzhoufb], [Photo provided to China Daily]
PHOTO_CREDIT = re.compile(
    r"[\[(【（](?:Photos?|Image|图|图片|摄影)\b[^\])】）]{0,60}[\])】）]\s*$", re.I
)
IMAGE_FILE = re.compile(r"^\S[^/\\]{0,60}\.(?:jpe?g|png|gif|webp)$", re.I)
SENTENCE = re.compile(r"[a-z0-9)”\"'’][.!?;](?:\s|$)")
# a date and time as a row of figures, perhaps with the time's word (18.02.2026 08:30 Uhr)
FIGURES_DATE = re.compile(r"[\d\s.:/\-]{8,}(?:[A-Za-z]{1,3})?")


def is_dateline(line: str) -> bool:
    """A lead opening with a dateline: an English wire's, a Chinese outlet's, the paper's own."""
    t = BULLET.sub("", clean(line))
    english = EN_DATELINE.match(t) or dashed_wire(t) or english_outlet(t)
    return bool(english or outlet_mark(t) or own_paper(t))


def own_paper(t: str) -> bool:
    """The outlet's own mark opening a lead, its name unsaid: 本报讯, 本报香港电, 本网讯, 本台消息
    (the words "our paper" in kb/data/metadata.toml [news] own_paper)."""
    return bool(_own_paper_rx().match(t))


@cache
def _own_paper_rx() -> re.Pattern:
    ours = "|".join(map(re.escape, data()["news"]["own_paper"]))
    return re.compile(rf"^(?:{ours})(?:[\u4e00-\u9fff]{{0,6}}电|讯|消息)")


def outlet_mark(t: str) -> re.Match | None:
    """A Chinese outlet's mark opening a lead, its name the first group: a dateline before the day
    (中国侨网11月11日电) or a newsflash credit (现代快报讯(记者 …))."""
    return ZH_OUTLET_DATELINE.match(t) or ZH_OUTLET_FLASH.match(t)


def english_outlet(t: str) -> str | None:
    """The outlet an English dispatch names by its kind before the day (China News Service, Nov 28
    (Reporter …)): a news source, not a place (BEIJING, Nov 28 (Xinhua))."""
    m = EN_OUTLET_DATELINE.match(t)
    return m.group("outlet") if m and is_news_source(m.group("outlet")) else None


def dashed_wire(t: str) -> str | None:
    """The service a dateline of dashes names between its place and its day (SHENZHEN QIANHAI –
    Media OutReach – 7 September 2022 –)."""
    m = DASHED_DATELINE.match(t)
    return m.group("wire").strip() if m and find_dates(m.group("day")) else None


def is_paragraph(line: str) -> bool:
    """A line of running text: twelve English words or thirty characters of Chinese."""
    t = clean(line)
    if has_cjk(t):
        cjk = len(re.findall(r"[\u4e00-\u9fff]", t))
        return cjk >= PARAGRAPH_CJK and bool(re.search(r"[。，,；;]", t))
    return len(t.split()) >= PARAGRAPH_WORDS and bool(SENTENCE.search(t))


def is_header_row(line: str) -> bool:
    """A line of a story's header block: a byline (• Written by PR Newswire), a date alone or with
    its time, a toolbar (Font: L M S, 分享到), the page's address with a date, or the lead photo's
    file name and caption (Port.jpg / The port at dusk. [Photo/Xinhua])."""
    t = BULLET.sub("", clean(line))
    if (
        not t
        or BYLINE.fullmatch(t)
        or names_byline(t)
        or is_only_a_date(t)
        or is_toolbar(t)
        or is_furniture(t)
    ):
        return True
    if IMAGE_FILE.search(t) or CAPTION.search(t) or PHOTO_CREDIT.search(t):
        return True
    if FIGURES_DATE.fullmatch(t) and re.search(r"(?:19|20)\d\d", t):
        return True
    if tool_row(t):
        return True
    return bool(URL.search(t) and find_dates(t) and len(t) <= 120)


def tool_row(t: str) -> bool:
    """A row of tool words and size letters (Font:〖L M S, 字号:大 中 小, A A A)."""
    words = data()["title"]["tool_words"]
    rest = re.sub("|".join(map(re.escape, words)), " ", t, flags=re.I)
    return rest != t and not re.sub(r"[\W_]|\b[LMSA]\b|[大中小]", "", rest)


def anchored_headline(lines: list[str], header=lambda line: False) -> int | None:
    """The headline of the story: the line right above the header block that stands above the
    lead, where the lead opens with a dateline or a header block was crossed to reach it
    (`header`: what else a header row is, a news page's row of date and publisher)."""
    for i, line in enumerate(lines[:30]):
        lead = is_dateline(line)
        if not (lead or is_paragraph(line)):
            continue
        j = i - 1
        while j >= 0 and (is_header_row(lines[j]) or header(lines[j])):
            j -= 1
        crossed = i - 1 - j
        if j >= 0 and (lead or crossed) and headline_like(lines[j]):
            return j - 1 if j and subtitled(lines[j - 1]) else j
        return None
    return None


def dateline_outlet(line: str) -> str | None:
    """Who a lead's dateline names: a wire by its tag (/PRNewswire/, (GLOBE NEWSWIRE), any tag
    between slashes), a release service between dashes (SHENZHEN – Media OutReach – 7 September
    2022 –) or an outlet by its kind before the day (中国侨网11月11日电) or its newsflash mark
    (现代快报讯(记者 …))."""
    t = BULLET.sub("", clean(line))
    if EN_DATELINE.match(t):
        wires = data()["dateline"]["wires"]
        known = next((name for tag, name in wires.items() if tag.lower() in t.lower()), None)
        tag = SLASH_TAG.search(t[:120])  # an unknown wire by its tag (/24-7PressRelease/)
        return known or (tag.group("wire") if tag else None)
    if wire := dashed_wire(t) or english_outlet(t):
        return wire
    m = outlet_mark(t)
    return m.group(1) if m and not m.group(1).startswith("本报") else None


def headline_like(line: str) -> bool:
    """A title-like line that is no body's name (a body's name above a date signs the text)."""
    return title_like(without_tools(line)) and not names_a_body(line)


def names_a_body(line: str) -> bool:
    """A line that is a body's name (a signature): 某市人民政府, "People's Government of Beilun
    District, Ningbo City"."""
    return is_organ(line) or (not has_cjk(line) and is_organ(line.split(",")[0]))


def subtitled(above: str) -> bool:
    """A title-like line right above the headline found: the headline, over its subtitle (省政府在
    甬召开座谈会 / 征求对省政府工作报告的意见建议), or a title over its decree line. A short one
    (three English words, six Chinese characters) is a column's name (News and Policies, 本地新闻)
    over the headline."""
    if not headline_like(above) or is_header_row(above):
        return False
    t = clean(above)
    return len(re.findall(r"[\u4e00-\u9fff]", t)) > COLUMN_CJK or len(t.split()) > COLUMN_WORDS


LEAD_OPENING = re.compile(r"^(?:On\s+)?$")


def lead_date(lines: list[str]) -> str | None:
    """The day a story's lead opens with (On April 11, 2017, the Ministry …; 2017年4月11日,…): the
    item's date where nothing else dates it. Only a whole day counts, at the lead's start."""
    lead = next((line for line in lines[:15] if is_paragraph(line) or is_dateline(line)), "")
    found = find_dates(lead[:40])
    if not found or len(found[0][2]) != 10 or not LEAD_OPENING.match(lead[: found[0][0]]):
        return None
    return found[0][2] if re.match(r"\s*[,，]", lead[found[0][1] :]) else None
