"""What a title looks like: a page <title> without its site's name, the first title-like line of a
text (furniture, labels, URLs, dates and body lines skipped)."""

from __future__ import annotations

import re

from kb import data_files
from kb.cities import tag_cities
from kb.dates import find_dates
from kb.metadata.genres import genre_of_title
from kb.metadata.labels import BYLINE, field_row
from kb.metadata.words import (
    BODY_START,
    NUMBER,
    SITE_SEPARATOR,
    SPACED_CJK,
    URL,
    clean,
    data,
    has_cjk,
    is_furniture,
    is_news_source,
    is_organ,
    norm,
    run_on_fields_at,
)

# the red header of an official document: 宁波市人民政府文件
RED_HEAD = re.compile(r"(.{3,40}?)文件")
BREADCRUMB = re.compile(r"[>»›]{1,2}")  # Home > News, HangZhou News>>Local>>, Home> Latest
# a breadcrumb with other separators, from the site's home (HOME - Government - Official Release)
HOME_CRUMB = re.compile(r"(?:home|homepage|首页)\s*[-–—/|]\s*\S", re.I)
# a note in brackets on a line of its own: (此件公开发布), (Public issuance)
NOTE = re.compile(r"[(（\[【][^()（）\[\]【】]{1,40}[)）\]】]")
# a PDF's running head: a short Chinese word and a page number (概 况 9, 12 政府工作报告)
RUNNING_HEAD = re.compile(r"(?:\d{1,3}\s+)?[\u4e00-\u9fff][\u4e00-\u9fff ]{0,9}(?:\s+\d{1,3})?")
# a speech's or report's delivery note run into its title line: 政府工作报告 (2019年1月21日在杭州市
# 第十三届人民代表大会第四次会议上) 杭州市人民政府市长 某某
DELIVERY_NOTE = re.compile(
    r"\s*(?:[(（]|——)\s*[^()（）]{0,12}?日\s*在[^()（）]{2,60}?上[^()（）]{0,6}[)）]?"
)
# a paper's title run on into its authors, each with affiliation marks: "… in Hangzhou Feng Lin1,2,
# Qihong Sun1, Jun Cai1"
MARKS = r"\d{1,2}(?:,\d{1,2})*\*?"
NAME_MARKED = rf"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,3}}{MARKS}"
FIRST_MARKED = rf"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?\s[A-Z][a-z]+{MARKS}"  # given name and surname
AUTHOR_RUN = re.compile(rf"\s+{FIRST_MARKED}(?:\s*,\s*(?:and\s+)?{NAME_MARKED}){{2,}}\s*$")
# a cover's title in capitals run on into its authors: "LONDON AT A CROSSROADS Rob Whitehead with
# Richard Brown, Claire Harding, …" (a name, then "with", "and" or a comma and another name)
CAPS_CREDIT = re.compile(
    r"^([A-Z0-9][A-Z0-9 '’:&–-]{5,}[A-Z0-9])\s+(?:[Bb]y\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?"
    r"\s+[A-Z][a-z'’-]+(?:\s+(?:with|and)\s+|\s*,\s*)[A-Z][a-z]"
)
COUNTER = re.compile(r"(?<=[\u4e00-\u9fff])\d{1,3}$")
# a row of links: "AsianLII [Home] [Databases] [Search]", "【首页】【新闻】"
LINK_ROW = re.compile(r"(?:[\[【][^\]】]{1,30}[\]】]\s*){2,}")
SENTENCE_END = ("。", "；", "！", "？", ";", "，", ",", ":", "：")
BILINGUAL = re.compile(r"^([A-Za-z“\"][^\u4e00-\u9fff]{15,}?)\s+[\u4e00-\u9fff].*$")
REPOSTED = re.compile(
    r"^(?:近日|日前|\d{1,2}月\d{1,2}日)?[，,]?\s*([\u4e00-\u9fff]{2,30}?)(?:在[^，。《]{0,12})?"
    r"(?:印发|发布|公布|出台)了?《([^》]{4,60})》"
)
ORIGINAL = re.compile(r"^\s*原标题\s*[:：]\s*(\S.{3,80})$")
ORIGINAL_EN = re.compile(r"^\s*Original Title\s*[:：]\s*(\S.{3,160})$")
# a translation's page names the document it translates (Original Language Title: 某省人民政府关于…)
IN_ORIGINAL = re.compile(r"^\s*original(?:\s+language)?\s+title\s*[:：]\s*(\S.{3,120})$", re.I)
TOOLBAR_BAR = re.compile(r"\s*[|｜•·]\s*")
TOOLBAR_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}")
CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2,16}")
# an e-paper's page line (第A1版:要闻 4下一版, 第01版:封面 PDF版阅读, 00002版:要闻, its number
# zero-padded): the page, not the item
EPAPER_PAGE = re.compile(r"^第?\s*[A-Z]?0*\d{1,3}\s*版\s*[:：]")
# a portal's column before the title (政务服务丨济宁市人民政府关于…的实施意见)
# or a label in brackets before it ((两会受权发布)…工作报告, 【权威发布】…的通知)
COLUMN = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}\s*[丨｜]|[（(【\[][\u4e00-\u9fff]{2,8}[)）】\]])\s*")
# a joint document's title: its bodies, spaced, before 关于 (某市发展和改革委员会 某市财政局 关于…)
JOINT = re.compile(r"^((?:[\u4e00-\u9fff()（）]{4,30}\s+){2,8})关于")
# a list's or a menu's item marked by a bullet (• 我的订阅, • TRUSTED): never a title
BULLETS = ("•", "●", "▪", "◆", "■", "►", "▶", "·")
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


def is_only_a_date(line: str) -> bool:
    """ "September 21, 2018", "Updated: 2020-03-18", "Saturday, January 16th, 2021": nothing but a
    date (and a label or its weekday)."""
    found = find_dates(line)
    rest = "".join(line[a:b] for a, b in _gaps(line, found))
    return bool(found) and not re.sub(rf"(?i)updated|published|date|{WEEKDAYS}|[\W\d_]", "", rest)


WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|星期[一二三四五六日天]|周[一二三四五六日]"


def _gaps(line: str, found: list) -> list[tuple[int, int]]:
    cuts = [0, *[x for s, e, _ in found for x in (s, e)], len(line)]
    return list(zip(cuts[::2], cuts[1::2], strict=True))


def original_title(lines: list[str]) -> str:
    """原标题：…, Original Title: … (a reposted news item names its own title so; an English
    line naming a Chinese title is a translation's source, not the page's title)."""
    for line in lines[:6]:
        m = ORIGINAL.match(line) or ORIGINAL_EN.match(line)
        if m and (m.re is ORIGINAL or not has_cjk(m.group(1))):
            return clean(m.group(1))
    return ""


def translated_title(lines: list[str]) -> str:
    """The title in the original language a translation's page gives under its English one: the
    document's own, which says its genre and body where a word-by-word translation garbles them."""
    found = (m.group(1) for line in lines[:12] if (m := IN_ORIGINAL.match(clean(line))))
    return next(found, "")


def reposted_title(lines: list[str]) -> str:
    """近日，湖州市人民政府在官网发布了《湖州市碳达峰实施方案》: a repost is of the document it
    names first."""
    for line in lines[:3]:
        if (m := REPOSTED.match(line)) and "关于" not in m.group(1):  # not 关于印发《…》的通知
            return m.group(2)
    return ""


def document_line(lines: list[str]) -> str:
    """A repost whose own lead is its first line (日前，某区人民政府印发关于…的通知。文件详情如下：)
    titles no line of its own: the document it gives in full, by the first line that is a body's
    document title (某区人民政府关于…的通知) standing alone."""
    return next((clean(x) for x in lines[:20] if body_document_title(clean(x))), "")


def body_document_title(t: str) -> bool:
    """A body's document title standing alone: 某区人民政府关于…的通知."""
    verbs = "|".join(map(re.escape, data()["issuer"]["title_verbs"]))
    m = re.match(rf"^(.{{3,40}}?)(?:{verbs})", t)
    return bool(m and is_organ(m.group(1)) and title_like(t) and genre_of_title(t))


EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
ORDINAL_ISSUE = r"(?:no\.?\s*\d+|\d{1,2}(?:st|nd|rd|th)\s+issue|issue\s+(?:no\.?\s*)?\d+)"


def contact_or_issue(t: str) -> bool:
    """A page's contact line (E-mail … Phone …) or a gazette's issue line (Government Bulletin,
    2nd Issue, 2015): furniture above the title that reads like a short heading."""
    words = data()["title"]
    labels = "|".join(map(re.escape, words["contact_labels"]))
    if EMAIL.search(t) or re.match(rf"^(?:{labels})\s*[:：]?\s*[+\d(]", t, re.I):
        return True
    issue = "|".join(map(re.escape, words["issue_words"]))
    rx = rf"^.{{0,40}}\b(?:{issue})\b\W*{ORDINAL_ISSUE}\W*(?:\d{{4}})?\W*$"
    return bool(re.match(rx, t, re.I))


def title_like(line: str) -> bool:
    t = line.strip()
    if not t or is_furniture(t) or field_row(t) or URL.search(t) or red_head(t):
        return False
    if EPAPER_PAGE.match(t) or t.startswith(BULLETS):
        return False
    if t.endswith(SENTENCE_END) or BODY_START.match(t) or BREADCRUMB.search(t) or slashed(t):
        return False
    if HOME_CRUMB.match(t):  # HOME - Government - Official Release
        return False
    if t.lower() in data()["title"]["labels"] or is_link(t) or is_toolbar(t):
        return False
    if contact_or_issue(t) or addressees(t) or CAPTION.search(t) or signature(t):
        return False
    if DATE_OR_PAGE.fullmatch(t) or is_only_a_date(t) or NOTE.fullmatch(t) or running_head(t):
        return False
    if RELATIVE_TIME.search(t):  # 更新於4小時前 • 發布於4小時前 • PR Newswire: when, not what
        return False
    cjk = len(re.findall(r"[\u4e00-\u9fff]", t))
    if cjk and cjk_menu(t):
        return False
    if cjk:
        return (4 <= len(t) <= 70 or joint_title(t)) and cjk >= len(t.replace(" ", "")) * 0.4
    words = t.split()
    first = t.lstrip("“\"‘'([")[:1]  # a column's tag may open it: [ASEAN-Korea summit] Busan …
    capital = first.isupper() or first.isdigit()
    if not (2 <= len(words) <= 25 and capital and not t.endswith(".") and "|" not in t):
        return False
    return not (is_navigation(t) or glued_menu(t) or menu_row(t) or len(set(words)) == 1)


MENU_PIECES = 4  # a row of this many short items or more, set apart by bars or wide gaps
# characters in a menu's item, at most (its gaps may be lost: 老外在安徽长三角一体化)
MENU_ITEM = 12


def cjk_menu(t: str) -> bool:
    """A Chinese site's menu row (要闻   城市远洋 | 老外在安徽   长三角一体化 | 直观中国 | 视界):
    MENU_PIECES short items or more between bars or wide gaps, none a sentence's piece."""
    pieces = [p for p in re.split(r"\s*[|｜]\s*|\s{3,}", t) if p.strip()]
    return len(pieces) >= MENU_PIECES and all(
        len(p) <= MENU_ITEM and not re.search(r"[，,。：:“”《》]", p) for p in pieces
    )


# a feed's time since posting (4小時前, 3 hours ago): a line holding it says when, never what
RELATIVE_TIME = re.compile(
    r"\d+\s*(?:分钟|分鐘|小时|小時|天|日)前|\b\d+\s*(?:minutes?|mins?|hours?|hrs?|days?)\s+ago\b",
    re.I,
)


# a photo's caption ends with its credit: "… the Yangtze River Delta. Photo: Xinhua", "(Xinhua/Li
# Bo)", "新华社记者 杨磊 摄"
CAPTION = re.compile(
    r"(?:\bPhotos?\s*(?::|/|by\b)\s*[A-Z][\w .'’-]{1,40}|\([A-Z][^()/]{2,40}/[^()]{2,40}\)"
    r"|(?:^|[\s(（。]|记者)[\u4e00-\u9fff]{2,3}\s*摄\s*[)）]?)\s*$"
)


def signature(t: str) -> bool:
    """A signatory's line (Zhou Xianwang, Mayor; Jane Doe, Director of the Bureau): a name of two
    to four capitalised words, a comma and an office, nothing else."""
    offices = "|".join(map(re.escape, data()["title"]["signature_offices"]))
    name = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}"
    return bool(re.fullmatch(rf"{name},\s*(?i:(?:the\s+)?(?:{offices})(?:\s+of\s+.{{1,60}})?)", t))


def addressees(t: str) -> bool:
    """The bodies a notice is sent to (各县(市、区)人民政府,市政府直属各单位), its colon lost: a
    line opening with 各 and ending with a kind of addressee is no title."""
    ends = tuple(data()["title"]["addressee_ends"])
    return t.startswith("各") and t.rstrip(":： ").endswith(ends)


# a name after "by" (Content uploaded by Jun Zhang, Photo by …) is no navigation word
BY_NAME = re.compile(r"\bby\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}")
GLUED = re.compile(r"[a-z][A-Z]")


def english_words(t: str) -> list[str]:
    """The lowercased words of an English line but its function words, dates and numbers."""
    found = find_dates(t)
    t = BY_NAME.sub(" ", " ".join(t[a:b] for a, b in _gaps(t, found)))
    stop = set(data_files.words("stopwords_en.txt"))
    return [w for w in re.findall(r"[a-z][a-z'-]*", t.lower()) if w not in stop]


def is_navigation(t: str) -> bool:
    """An English line whose words are mostly a web page's navigation ([title] nav_words): Advanced
    Search, Next Article in Journal, All Press Releases for <date>, Content uploaded by <name>."""
    words = english_words(t)
    nav = set(data()["title"]["nav_words"])
    return bool(words) and 2 * sum(w in nav for w in words) > len(words)


def glued_menu(t: str) -> bool:
    """Menu items copied without their spaces (HomeCity specialsHangzhou): two words or more each
    glued where a lowercase letter runs into a capital."""
    return sum(bool(GLUED.search(w)) for w in t.split()) >= 2


def menu_row(t: str) -> bool:
    """A menu row copied without separators (About Wujiang Humanity and Art Government affairs
    Investment Life Tour … FAQ News): eight words or more, nearly all capitalised, no function word
    but "and", a navigation word among them. A headline this long has its "of", "in" or "the". Five
    capitalised words opening with a navigation word (Home About …) are a menu whatever they
    hold."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", t)
    function = set(data()["title"]["headline_words"])
    capitals = sum(w[0].isupper() for w in words)
    nav = set(data()["title"]["nav_words"])
    if len(words) >= 5 and words[0].lower() in nav and 5 * capitals >= 4 * len(words):
        return True  # a menu opening with its first item (Home About Changzhou Mayor's Mailbox …)
    if len(words) < 8 or any(w.lower() in function for w in words):
        return False
    return 5 * capitals >= 4 * len(words) and any(w.lower() in nav for w in words)


# an English label on a line of its own (Font Type:, Category:) or opening a field (Upload: others)
EN_LABEL = re.compile(r"^[A-Z][A-Za-z]*(?: [A-Za-z]+)?\s?:(?:\s|$)")


def labelled_value(lines: list[str], i: int) -> bool:
    """An English field's value, never the title: under a label alone on its line (Font Type: /
    Arial Georgia Verdana), or a field among fields (Category: / Upload: others / View: 2 times).
    A title under its own label (Title:) is the title."""
    t, above = clean(lines[i]), clean(lines[i - 1]) if i else ""
    below = clean(lines[i + 1]) if i + 1 < len(lines) else ""
    if has_cjk(t) or above.lower().startswith("title"):
        return False
    if len(t.split()) > 5:  # a field is short (Arial Georgia Verdana, Upload: others); a headline
        return False  # under a label or naming someone before a colon is no field
    alone = bool(EN_LABEL.match(above)) and above.endswith((":", "："))
    return alone or bool(EN_LABEL.match(t) and (EN_LABEL.match(above) or EN_LABEL.match(below)))


def under_link_label(lines: list[str], i: int) -> bool:
    """A line under a navigation label that names a link (Next Article in Journal, Related News):
    the link's text, another item's title."""
    above = clean(lines[i - 1]) if i else ""
    starts = tuple(w + " " for w in data()["title"]["link_labels"])
    return is_navigation(above) and (above.lower() + " ").startswith(starts)


def slashed(t: str) -> bool:
    """A column's crumb set apart by slashes, a navigation word among its pieces (Nantong Ten
    Years On / Latest, Home / News)."""
    pieces = [p.strip() for p in t.split(" / ")]
    return len(pieces) >= 2 and any(is_navigation(p) for p in pieces if p)


def joint_title(t: str) -> bool:
    """A joint document's title, longer than a title of one body: two bodies or more, spaced,
    before 关于…, ending as a document's title does."""
    m = JOINT.match(t)
    bodies = m.group(1).split() if m else []
    return len(t) <= 200 and bool(bodies) and all(map(is_organ, bodies)) and bool(genre_of_title(t))


def without_column(t: str) -> str:
    """A title behind its portal's column name (政务服务丨…的实施意见) or a label in brackets
    ((受权发布)…工作报告): the title alone, where what follows is a document's title."""
    m = COLUMN.match(t)
    return t[m.end() :] if m and genre_of_title(t[m.end() :]) else t


def running_head(t: str) -> bool:
    """A PDF page's running head: a short Chinese word beside a page number (概 况 9)."""
    return bool(RUNNING_HEAD.fullmatch(t)) and bool(re.search(r"\d", t))


def without_counter(t: str) -> str:
    """A title with a stray counter glued on (…的通知0, a list's click count): the title alone,
    when only without it does the title end as a document's does."""
    m = COUNTER.search(t)
    if m and genre_of_title(t[: m.start()]) and not genre_of_title(t):
        return t[: m.start()]
    return t


def title_of_line(line: str) -> str:
    """A title line without what is glued to it: a 文号, a counter, a delivery note, authors, the
    label of a portal's row that names the document (信息名称:…, 文件名称:…), a sharing button."""
    t = without_column(without_title_label(without_tools(without_fields(line))))
    t = CONTENTS_RUN.sub("", t)  # a cover's title run into the contents' heading
    t = FILE_TAIL.sub("", t)  # a sharing site's file name (…管理条例.docx): the document's title
    t = without_authors(AUTHOR_RUN.sub("", before_note(without_counter(without_number(t)))))
    return m.group(1) if (m := CAPS_CREDIT.match(t)) else t


FILE_TAIL = re.compile(r"(?<=\S)\.(?:docx?|pdf|wps|txt|pptx?|xlsx?)$", re.I)


def without_fields(line: str) -> str:
    """A headline with its page's fields run on after a gap (…沃土 时间:2022-10-17 来源:…): the
    headline, when the fields hold a date and it is more than a label's row."""
    at = run_on_fields_at(line)
    return line if at is None else line[:at]


def without_tools(line: str) -> str:
    """A headline without the sharing button copied on after it (…首亮相分享到:; [title]
    share_tails)."""
    tails = "|".join(map(re.escape, data()["title"]["share_tails"]))
    return re.sub(rf"\s*(?:{tails})\s*[:：]?\s*$", "", clean(line))


# "… – Well-poised for success Contents": a report's cover title run on into its table of contents
CONTENTS_RUN = re.compile(r"(?<=\w)\s+(?:Table of Contents|Contents|CONTENTS)$")


AUTHORS_LEAD = re.compile(
    r"^((?:[\u4e00-\u9fff]{2,4}[、，,\s]*){1,4}|[A-Z][a-z]+(?:\s+[A-Za-z][a-z]+){1,5})\s*[:：]\s*(\S.{5,})$"
)


def without_authors(t: str) -> str:
    """A study's title after its authors' names and a colon (曾刚:长三角…评价及其提升策略): the
    title alone, when what follows names a study and what precedes is no body, outlet or place."""
    m = AUTHORS_LEAD.match(t)
    if not m or not is_study(m.group(2)) or field_row(t):  # 发布机构: 某研究室 is a label's
        return t
    names = m.group(1).strip("、，, ")
    if is_organ(names) or is_news_source(names) or tag_cities(names).cities:
        return t
    words = names.split() if not has_cjk(names) else []  # names, not a phrase ("Clinics in the …")
    if set(map(str.lower, words)) & set(data()["title"]["headline_words"]):
        return t
    return m.group(2)


def is_study(t: str) -> bool:
    low = t.lower()
    words = data()["title"]["study_words"]
    return any(w in low if has_cjk(w) else re.search(rf"\b{w}\b", low) for w in words)


def credited_study(lines: list[str], title: str) -> bool:
    """Whether the title is a study's printed after its authors' names (曾刚:…评价及其提升策略): a
    paper, an article, whatever page carries it."""
    return bool(title) and any(
        clean(x) != title and without_authors(clean(x)) == title for x in lines[:8]
    )


def without_title_label(t: str) -> str:
    """A portal's row that names the document (信息名称:区政府办公室关于…的通知, or a table's cells
    信息名称 关于…的通知): its value, when that reads as a document's title."""
    # the label perhaps spaced out as a table's cell prints it (名  称: 关于…)
    labels = "|".join(r"\s*".join(map(re.escape, x)) for x in data()["title"]["title_labels"])
    m = re.match(rf"^(?:{labels})(?:\s*[:：]\s*|\s+)(\S.*)$", t)
    # its value may end in the document's number (…的通知(肇府办〔2014〕9号)), dropped later
    return m.group(1) if m and genre_of_title(without_number(m.group(1))) else t


def before_note(t: str) -> str:
    """A title line that runs on into its delivery note and speaker: the title alone."""
    m = DELIVERY_NOTE.search(t)
    return t[: m.start()].strip() if m and m.start() >= 4 else t


def is_toolbar(t: str) -> bool:
    """A page's row of buttons or links, known by its shape rather than its words: short pieces
    set apart by bars or dots (加入收藏 | 繁體中文, Home | News | Contact) or Chinese words of a
    few characters set apart by spaces, page numbers among them (3 上一篇 下一篇 4 放大 缩小)."""
    pieces = [p.strip() for p in TOOLBAR_BAR.split(t) if p.strip()]
    if len(pieces) >= 2 and all(map(_button, pieces)):
        return True
    # four links or more, the site's name run on after the last (…|报刊投稿|邮箱 某某网)
    if len(pieces) >= 4 and all(map(_button, pieces[:-1])) and _button(pieces[-1].split()[0]):
        return True
    words = [w for w in t.split() if not w.isdigit() or len(w) > 2]  # 3 上一篇 下一篇 4 放大
    if len(words) < 3 or not all(CJK_WORD.fullmatch(w) for w in words):
        return False
    # buttons, and a banner among them: 收藏本站 官方微博 欢迎浏览某某网
    return 3 * sum(bool(TOOLBAR_WORD.fullmatch(w)) for w in words) >= 2 * len(words)


def _button(piece: str) -> bool:
    return len(piece) <= 6 if has_cjk(piece) else len(piece.split()) <= 2


def is_link(t: str) -> bool:
    """A navigation link or a row of them: "Return to the Library", "[Home] [Search]"."""
    low = t.lower()
    words = data()["title"]["link_starts"]
    short = len(t.split()) <= 6 or len(t) <= 12
    return bool(LINK_ROW.search(t)) or (short and any(low.startswith(w) for w in words))


def without_number(line: str) -> str:
    """A title line that carries its 文号 (浙政办发〔2019〕7号《…的通知》,
    临安委〔2011〕3号—…的通知, …的通知(岳办发〔2017〕2号), …的实施意见 浙政发[2009]69号
    2009-11-03 为贯彻…): the title alone."""
    m = NUMBER.search(line)
    if not m:
        return line
    before, after = line[: m.start()].strip(), line[m.end() :].strip()
    if not before:
        after = after.lstrip("—–-:：、 ")
        whole = after.startswith("《") and after.endswith("》") and after.count("《") == 1
        return after[1:-1] if whole else after
    dated = find_dates(after[:30])
    if not after.strip("()（） ") or (dated and dated[0][0] == 0):
        return before.rstrip("(（ ")
    return line


def echoed_heading(lines: list[str]) -> str:
    """A heading a web page prints twice (its headline above the article, the title above the
    text, or the last crumb of its breadcrumb): the page's own title, before any other."""
    texts = [clean(x) for x in lines[:20]]
    crumbs = {norm(re.split(r"[>»›]+", t)[-1]) for t in texts if BREADCRUMB.search(t)}
    for i, t in enumerate(texts):
        if running_text(t):
            break  # the text has begun: a line echoed below it is the text's own (牵头单位:…)
        t = t[:-1] if t.endswith(".") and not has_cjk(t) else without_counter(without_number(t))
        if not title_like(t) or is_organ(t) or BODY_START.match(texts[i]) or column(texts, i):
            continue
        if pinyin_person(t):  # a photo's credit, printed under each picture (Tian Shengjie)
            continue
        later = {norm(without_number(x).rstrip(".")) for x in texts[i + 1 :]}
        if norm(t) in crumbs | later or bare(t) in {bare(x) for x in texts[i + 1 :]} - {""}:
            return t
        if echo := echoed_without_credit(t, texts[i + 1 : i + 4]):
            return echo
    return ""


def running_text(t: str) -> bool:
    """A line of a document's running text: fifty Chinese characters with a sentence's comma or
    stop, or twenty-five English words with a sentence's end."""
    if has_cjk(t):
        return len(re.findall(r"[\u4e00-\u9fff]", t)) >= 50 and bool(re.search(r"[。，]", t))
    return len(t.split()) >= 25 and bool(re.search(r"[a-z0-9)][.!?](?:\s|$)", t))


def pinyin_person(t: str) -> bool:
    """A Chinese person's name in pinyin (Tian Shengjie, Li Bo): two or three capitalised words of
    at most two syllables each."""
    from kb.crosslang import syllables

    words = t.split()
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper() and w[1:].islower() and 0 < len(syllables(w)) <= 2 for w in words
    )


# a title with its uploader or site run on after it: "Ningbo Ports by SCcouncil", "X | Site"
CREDIT_TAIL = re.compile(
    r"^(?P<title>.{4,}?)\s*(?:\s+by\s+\S.{0,40}|\s*[|｜_]\s*\S.{0,40}|\s+[-–—]\s+\S.{0,40})$"
)


TRAILING_NOTE = re.compile(r"\s*[(（][^()（）]{2,12}[)）]\s*$")


def bare(t: str) -> str:
    """A heading without the note in brackets after it (…的通知(2019修订)), to match its repeat."""
    return norm(TRAILING_NOTE.sub("", without_number(t))) if len(t) >= 8 else ""


def echoed_without_credit(t: str, below: list[str]) -> str:
    """A title line with its uploader or site run on ("Ningbo Ports by SCcouncil"), printed again
    alone in the next lines ("Ningbo Ports"): the page states its title twice, the repeat alone."""
    m = CREDIT_TAIL.match(t)
    if not m:
        return ""
    head = norm(m.group("title"))
    return next((clean(x) for x in below if norm(x) == head and title_like(clean(x))), "")


def column(texts: list[str], i: int) -> bool:
    """A column's banner: a line the breadcrumb right below it ends with (Focus on Jinhua / Home >
    Focus on Jinhua / <the page's title>), the section the page sits in, not the page."""
    crumbs = [x for x in texts[i + 1 : i + 3] if BREADCRUMB.search(x)]
    return any(norm(re.split(r"[>»›]+", x)[-1]) == norm(texts[i]) for x in crumbs)


def title_from_lines(lines: list[str]) -> str:
    """A heading the page prints twice, else the first title-like line of a text (furniture,
    labels, URLs, dates and a 文号 around it skipped); a title broken over two lines is joined
    when only the two together end as a title does. A first line that names no kind of document
    (a database's banner, 政策法规选编) gives way to the statute's title right above its first
    chapter or article."""
    found = echoed_heading(lines) or over_byline(lines) or first_title(lines)
    if found and not genre_of_title(found) and (statute := title_over_body(lines)):
        return statute
    if found and not has_cjk(found) and len(found.split()) <= MENU_WORDS:
        return headline_over_lead(lines, found) or found  # Message Board: a menu's item
    return found


MENU_WORDS = 3  # an English first title-like line this short may be a menu's item or a column's
MENU_LINES = 6  # lines of a menu between its item and the story's headline
LEAD_WORDS = 20  # an English story's first paragraph: this many words, ending a sentence


def headline_over_lead(lines: list[str], first: str) -> str:
    """The headline right above an English story's first paragraph, longer than a menu's item
    and a menu's length below it (Message Board / … / More Taiwan Businesses to Invest in East
    China City / Investors from Taiwan have …), or, under a site's banner in capitals, nearer and
    as long as it is when the lead says it again (CHINA SCIO / Press Room / SCIO press conference
    on building Chongqing into …); a short title in words stays (Ningbo Ports, a subtitle below)."""
    start = next((i for i, x in enumerate(lines[:60]) if clean(x) == first), 0)
    for i, line in enumerate(lines[1:60], 1):
        t = clean(line)
        if len(t.split()) >= LEAD_WORDS and re.search(r"[.!?]$|[.!?]\s", t) and not has_cjk(t):
            a = clean(lines[i - 1])
            # under a site's banner in capitals, a headline the lead says again (no sentence)
            echoed = first.isupper() and echoed_by(a, t) and not re.search(r"[.!?;:,]$", a)
            ok = len(a.split()) > MENU_WORDS and (title_like(a) or echoed) and not BYLINE.match(a)
            ok = ok and not re.search(r"[.!?]\s+[A-Z]", a)  # two sentences are no headline
            far = i - 1 - start >= MENU_LINES or echoed
            return a if ok and far and not has_cjk(a) else ""
    return ""


ECHO_SHARE = 0.6  # of a headline's longer words the lead that says it again repeats


def echoed_by(headline: str, lead: str) -> bool:
    """Whether a story's first paragraph says its headline again (SCIO press conference on
    building Chongqing into … / The State Council Information Office held a press conference …
    on building Chongqing into …)."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", headline)}
    said = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", lead)}
    return len(words) >= 4 and len(words & said) >= ECHO_SHARE * len(words)


OVER_BODY_LINES = 3  # a statute's title broken over at most this many lines above 第一章


def title_over_body(lines: list[str]) -> str:
    """The lines right above a Chinese statute's first chapter or article (济南市机动车排气污染 /
    防 治 条 例 / 第一章 总 则), joined and closed up, when they end as a title of a genre does."""
    at = next((i for i, x in enumerate(lines[:30]) if BODY_START.match(x)), None)
    if not at:
        return ""
    joined, found = "", ""
    for line in reversed(lines[max(0, at - OVER_BODY_LINES) : at]):
        joined = SPACED_CJK.sub("", clean(line)) + joined
        if len(joined) > 60:
            break
        if genre_of_title(joined) and title_like(joined) and not find_dates(joined):
            found = joined  # the longest: 防治条例 is the end of 济南市机动车排气污染防治条例
    return found


def over_byline(lines: list[str]) -> str:
    """An English headline stands right above its byline ("By Cang Wei in Nanjing"), below the
    slogans, menus and standfirsts a page prints before it."""
    texts = [clean(x) for x in lines[:30]]
    for above, line in zip(texts, texts[1:], strict=False):
        if BYLINE.fullmatch(line) and not has_cjk(above) and title_like(above):
            return above
    return ""


def first_title(lines: list[str]) -> str:
    named = ""  # a line that reads as a body's name, right above the running text
    for i, line in enumerate(lines[:25]):
        t = title_of_line(line)
        if m := BILINGUAL.match(t):  # "In-depth: Lessons learned … 深度:浙江基层医院…"
            t = m.group(1)
        if BODY_START.match(t) or (len(t) > 80 and t.endswith(SENTENCE_END)) or mid_sentence(t):
            # the text begins: a headline that reads as a body's name (大连建设东北亚国际航运中心,
            # a 中心) was the title after all
            return named
        if i == 0 and headline_with_full_stop(t, lines):
            return t[:-1]
        if body_alone(t) or site_piece(t, ""):  # a body's name or a site's banner alone
            nxt = clean(lines[i + 1]) if i + 1 < len(lines) else ""
            if nxt.startswith(tuple(data()["issuer"]["title_verbs"])) and genre_of_title(t + nxt):
                return t + nxt  # 临海市安全生产委员会 / 关于印发《…》的通知
            if body_alone(t) and title_like(t) and running_text(nxt):
                named = named or t
            continue
        if not title_like(t) or under_link_label(lines, i) or labelled_value(lines, i):
            continue
        if banner_over_crumbs(lines, i):
            continue
        if column([clean(x) for x in lines[i : i + 3]], 0) or over_its_item(lines, i):
            continue
        if opened := open_title(lines, i, t):
            return opened
        if i + 1 < len(lines) and not genre_of_title(t):
            nxt = clean(lines[i + 1])
            if body_document_title(nxt):  # a repost's teaser headline over the document's title
                return nxt
            if title_like(nxt) and genre_of_title(t + nxt) and len(t + nxt) <= 70:
                return t + nxt
        return t
    return named


OPEN_TITLE_LINES = 4  # a Chinese title broken over at most this many lines


def open_title(lines: list[str], i: int, t: str) -> str:
    """A Chinese title broken inside its 《》 (佛山市…办公室关于修订 / 《佛山市…突发地质灾害 /
    应急预案》的通知): its lines joined while a 《 stays open, when the whole ends as a title of a
    genre does; "" otherwise."""
    following = [clean(x) for x in lines[i + 1 : i + OPEN_TITLE_LINES]]
    if not has_cjk(t) or genre_of_title(t) or not following or "《" not in t + following[0]:
        return ""
    joined = t
    for nxt in following:
        if joined != t and joined.count("《") <= joined.count("》"):
            break
        joined += nxt
        if joined.count("《") == joined.count("》") and genre_of_title(joined):
            return joined if len(joined) <= 100 else ""
    return ""


def over_its_item(lines: list[str], i: int) -> bool:
    """A column's name (three English words, six Chinese characters: Comprehensive Policy, Work
    Report, Special Feature) right above a longer title-like line: the section a page sits in,
    over the item's own title, not the title."""
    t, nxt = clean(lines[i]), clean(lines[i + 1]) if i + 1 < len(lines) else ""
    short = len(t.split()) <= 3 if not has_cjk(t) else len(re.findall(r"[\u4e00-\u9fff]", t)) <= 6
    kind = t.lower().endswith(tuple(data()["title"]["column_kinds"]))
    return short and kind and len(nxt) > 2 * len(t) and title_like(nxt) and not is_only_a_date(nxt)


CRUMBS_START = ("首页", "网站首页", "当前位置", "您的位置", "您当前的位置", "Home", "HOME")


def below_crumbs(head: list[str]) -> list[str]:
    """A page's head below its breadcrumb (当前位置:首页 >> … >> 正文), where the item starts:
    what stands above it (the site's clock, 2021-09-20 / 星期一) is the site's, not the item's."""
    at = crumbs_at(head)
    return head[at[0] + 1 :] if at else head


def crumbs_at(head: list[str]) -> list[int]:
    """Where a page's head (its first 15 lines) has a breadcrumb (首页 > 政务公开 > …)."""
    return [k for k, x in enumerate(head[:15]) if crumbs_line(clean(x))]


def crumbs_line(line: str) -> bool:
    return line.startswith(CRUMBS_START) and bool(BREADCRUMB.search(line))


def crumbs_trail(line: str) -> bool:
    """A breadcrumb's trail whose start (当前位置:首页) was dropped as furniture: > 政务公开 > …"""
    return bool(re.match(r"[>»›]", line)) and len(BREADCRUMB.findall(line)) >= 2


def banner_over_crumbs(lines: list[str], i: int) -> bool:
    """A site's name (or a spam banner) right above its breadcrumb (无锡新传媒 / 首页 > 2023年专题 >
    … > 正文): the banner, not the item's title."""
    after = clean(lines[i + 1]) if i + 1 < len(lines) else ""
    return crumbs_line(after) or crumbs_trail(after)


def mid_sentence(t: str) -> bool:
    """A long Chinese line with a clause inside and no document named is the text itself (the first
    line of a PDF's paragraph, cut anywhere: 在…背景下，浙江要…建设，提), not its title."""
    return has_cjk(t) and len(t) > 30 and "，" in t.rstrip("，") and not genre_of_title(t)


def body_alone(t: str) -> bool:
    """A line that is only a body's name, by an ending of two characters or more (宁波市人民政府,
    临海市安全生产委员会; not …全部交办) or an English one."""
    long = tuple(w for w in data()["issuer"]["suffixes"] if len(w) >= 2)
    return is_organ(t) and (not has_cjk(t) or t.replace(" ", "").endswith(long))


def headline_with_full_stop(t: str, lines: list[str]) -> bool:
    """An English news headline may end with a full stop ("..., China Railway Shanghai Group
    says."): the text's first line, short, title-like without its stop, above a longer paragraph."""
    if not t.endswith(".") or t.endswith("..") or has_cjk(t):
        return False
    nxt = clean(lines[1]) if len(lines) > 1 else ""
    return 3 <= len(t.split()) <= 20 and title_like(t[:-1]) and len(nxt) > 1.5 * len(t)
