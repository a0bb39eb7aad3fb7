"""Document metadata from a read file and its text: title, issuer, dates, number, genre, type, city.

Readers hand on what the file states in structured form (front matter, HTML meta tags, PDF document
information, Word core properties) in `Read.meta`; the text fills in the rest (adoption lines,
来源：, bylines, 文号, signature dates). A sidecar NAME.meta.toml overrides any field.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import cache

from kb import data_files, gazetteer
from kb.cities import tag_cities
from kb.dates import find_dates, parse_date
from kb.model import DOCUMENT_FIELDS, GENRES
from kb.segment import CN_NUM

# what metadata describes: a document object's fields but its id, and the keywords it was read with
FIELDS = (*(f for f in DOCUMENT_FIELDS if f != "doc_id"), "keywords")
# Sidecar keys of earlier versions and the field each now fills.
OLD_KEYS = {"language": "lang", "url": "source_url", "author": "authors", "organisation": "issuer"}


def iso(value) -> str | None:
    """A date value from TOML/YAML/JSON as ISO text (2021-08-26, 2021-08, 2021), or None."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return parse_date(str(value))


def from_sidecar(raw: dict) -> dict:
    """The sidecar's keys as Document fields (old keys `year`, `source`, `language` still
    accepted)."""
    out: dict = {}
    for key, value in raw.items():
        key = OLD_KEYS.get(key, key)
        if key in ("date", "year"):
            if key == "year" and "date" in raw:
                continue
            out["date"] = iso(value)
        elif key == "dates" and isinstance(value, dict):
            out["dates"] = {str(k): d for k, v in value.items() if (d := iso(v))}
        elif key == "authors":
            out["authors"] = [str(a) for a in value] if isinstance(value, list) else [str(value)]
        elif key == "keywords" and isinstance(value, list):
            out["keywords"] = [str(k) for k in value]
        elif key == "source":
            text = str(value).strip()
            if text.startswith(("http://", "https://")):
                out.setdefault("source_url", text)
            elif text:
                out.setdefault("issuer", text)
        elif key == "title_derived":
            out["title_derived"] = bool(value)
        elif key in FIELDS:
            out[key] = str(value).strip() if value is not None and value != "" else None
    return out


# ---- the words this relies on (kb/data/metadata.toml) --------------------------------------------


@cache
def _data() -> dict:
    return data_files.toml("metadata.toml")


@cache
def _furniture_rx() -> re.Pattern:
    words = sorted(_data()["furniture"]["words"], key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words), re.I)


@cache
def _label_rx() -> re.Pattern:
    words = sorted(_data()["furniture"]["labels"], key=len, reverse=True)
    return re.compile(
        r"^\s*[【\[]?(?:" + "|".join(re.escape(w) for w in words) + r")[】\]]?\s*(?:[:：]|\s|$)",
        re.I,
    )


SITE_SEPARATOR = re.compile(r"\s+[-|—–·]+\s+|\s*[_|｜]\s*|\s*--+\s*")
RED_HEAD = re.compile(
    r"(.{3,40}?)文件"
)  # the red header of an official document: 宁波市人民政府文件
BYLINE = re.compile(
    r"^(?:By|BY|Written by)\s+([A-Z][^\d:|]{2,80}?)(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s*$"
)
BREADCRUMB = re.compile(r"(?:^|\s)[>»›](?:\s|$)|\s[>»›]\s|^[>»›]")
PUNCT = re.compile(r"[\s\W_]+", re.U)
URL = re.compile(r"https?://[^\s<>\"'，。；、）)】]+")
BODY_START = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百零〇\d]+[章条节编]|[一二三四五六七八九十]+、|[（(]一[)）]|1[.、．]\s*\S|"
    r"(?:摘\s*要|abstract)\s*[:：])",
    re.I,
)
SENTENCE_END = ("。", "；", "！", "？", ";", "，", ",", ":", "：")
TRAILING_BRACKETS = re.compile(r"(?:\s*[（(\[【〔][^（()）\]】〕]{0,30}[)）\]】〕])+\s*$")
NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,12}\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号"
)
EVENTS = (
    ("adopted", "通过"),
    ("approved", "批准"),
    ("published", "公布"),
    ("effective", "施行"),
    ("effective", "实施"),
    ("issued", "印发"),
    ("published", "发布"),
    ("issued", "发文"),
)
LABEL_DATES = (
    ("issued", "成文日期|发文日期|印发日期|签发日期"),
    (
        "published",
        "公布日期|发布日期|发布时间|公开日期|"
        "时间|日期|published|publication date|date|posted|released|issued|updated|last updated",
    ),
    ("effective", "施行日期|实施日期|生效日期|effective"),
)


def is_furniture(line: str) -> bool:
    """A line made only of page furniture (下载 打印 全屏 收藏【字号：加大 还原 减小】 分享到…)."""
    text = line.strip()
    if not text or len(text) > 80 or not _furniture_rx().search(text):
        return False
    return not PUNCT.sub("", _furniture_rx().sub("", text))


def is_metadata_line(line: str) -> bool:
    """A labelled line that only states metadata (来源：浙江日报 时间：2026-01-22, 原文链接：…,
    【法宝引证码】…) or a bare URL: read by describe(), not a paragraph of the document."""
    text = line.strip()
    if not text or len(text) > 120:
        return False
    if URL.fullmatch(text) or NUMBER.fullmatch(text.strip("（）() ")):
        return True
    m = re.match(r"^\s*(?:【([^】]{1,8})】|([^\s:：]{1,8})\s*[:：])", text)
    label = m and (m.group(1) or m.group(2))
    return bool(label) and bool(_label_rx().match(label + "：")) and label not in ("By", "by")


def drop_furniture(texts: list[str], title: str = "", head: int = 12) -> list[bool]:
    """Which texts to keep: page furniture goes anywhere; metadata lines and copies of the title
    among the first `head` non-empty ones (the title is shown as the title, not as a paragraph)."""
    keep, seen = [], 0
    title = _clean(title)
    for text in texts:
        t = str(text).strip()
        seen += bool(t)
        early = seen <= head and (is_metadata_line(t) or (bool(title) and _clean(t) == title))
        keep.append(not (is_furniture(t) or early))
    return keep


def _clean(text) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip()


def _is_junk(value: str) -> bool:
    v = _clean(value).lower()
    if not v or len(v) < 2:
        return True
    if re.search(r"\.(docx?|pdf|wps|txt|html?)$", v) or re.match(
        r"^(microsoft word|untitled)\b", v
    ):
        return True
    return any(v == j or (len(j) > 3 and v.startswith(j)) for j in _data()["title"]["junk"])


# ---- titles --------------------------------------------------------------------------------------


def _site_piece(piece: str, site: str) -> bool:
    p = piece.strip()
    if not p:
        return True
    if site and (p == site or p in site or site in p and len(p) <= len(site) + 4):
        return True
    return len(p) <= 14 and any(
        p.endswith(w) or p.lower().endswith(w.lower()) for w in _data()["title"]["site_words"]
    )


def page_title(raw: str, site: str = "") -> str:
    """A <title> without the site's name: " - 浙江省人民政府", "_新华网", "| Xinhua" go; 1-10月
    stays."""
    pieces = [p for p in SITE_SEPARATOR.split(_clean(raw)) if p.strip()]
    kept = [p for p in pieces if not _site_piece(p, site)]
    return (kept or pieces or [""])[0].strip()


def _site_suffixes(raw: str) -> list[str]:
    return [p for p in SITE_SEPARATOR.split(raw) if p.strip()][1:]


def _title_like(line: str) -> bool:
    t = line.strip()
    if not t or is_furniture(t) or _label_rx().match(t) or URL.search(t):
        return False
    if (m := RED_HEAD.fullmatch(t.replace(" ", ""))) and is_organ(m.group(1)):
        return False
    if t.endswith(SENTENCE_END) or BODY_START.match(t) or BREADCRUMB.search(t):
        return False
    if re.fullmatch(
        r"[\d\s年月日号./:：\-—〇○零一二三四五六七八九十]+", t
    ):  # a date or a page number
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
        t = _clean(line)
        if BODY_START.match(t) or (len(t) > 80 and t.endswith(SENTENCE_END)):
            return ""
        if not _title_like(t):
            continue
        if i + 1 < len(lines) and not genre_of_title(t):
            nxt = _clean(lines[i + 1])
            if _title_like(nxt) and genre_of_title(t + nxt) and len(t + nxt) <= 70:
                return t + nxt
        return t
    return ""


def _choose_title(read, lines: list[str], found: dict) -> str:
    site = _clean(found.get("site"))
    for cand in (found.get("title"),):
        if cand and not _is_junk(str(cand)):
            return page_title(str(cand), site) if read.fmt == "html" else _clean(cand)
    if read.fmt == "html":
        h1 = _clean(found.get("h1"))
        raw = _clean(found.get("page_title"))
        from_title = page_title(raw, site) if raw else ""
        if h1 and not _site_piece(h1, site) and (not from_title or len(h1) >= 4):
            return h1
        if from_title and not _is_junk(from_title):
            return from_title
    if read.title and not _is_junk(read.title):
        return _clean(read.title)
    file_title = _clean(found.get("file_title"))
    text_title = title_from_lines(lines)
    if (
        file_title
        and not _is_junk(file_title)
        and (
            not text_title
            or _norm(file_title) in _norm(" ".join(lines[:6]))
            or len(re.findall(r"[\u4e00-\u9fff]", file_title)) >= 4
        )
    ):
        return file_title
    return text_title


def _norm(s: str) -> str:
    return PUNCT.sub("", s or "").lower()


# ---- genre and type ------------------------------------------------------------------------------


def genre_of_title(title: str) -> str | None:
    """regulation, plan, opinion, notice, decision or report from the title's last word
    (关于印发《…办法》的通知 is a notice), or from the words of an English title; None when the
    title does not say."""
    t = TRAILING_BRACKETS.sub("", _clean(title)).rstrip('》>"” ')
    if not t:
        return None
    genres = _data()["genre"]
    if re.search(r"[\u4e00-\u9fff]", t):
        best = None
        for genre, words in genres.items():
            if any(t.endswith(x) for x in words.get("not_zh", [])):
                continue
            for w in words["zh"]:
                if t.endswith(w) and (best is None or len(w) > best[1]):
                    best = (genre, len(w))
        return best[0] if best else None
    low = t.lower()
    for genre, words in genres.items():
        if any(re.search(rf"\b{re.escape(w)}\b", low) for w in words["en"]):
            return genre
    return None


def _is_news_source(name: str) -> bool:
    return bool(name) and any(w.lower() in name.lower() for w in _data()["news"]["sources"])


def _is_newspaper(name: str) -> bool:
    return bool(name) and any(name.endswith(w) for w in _data()["news"]["newspapers"])


def genre_and_type(
    title: str,
    fmt: str,
    issuer: str | None,
    site: str,
    lines: list[str],
    authors: list[str],
    dated: bool = False,
    dateline: bool = False,
) -> tuple[str, str]:
    types = _data()["doc_type"]
    genre = genre_of_title(title)
    low = title.lower().rstrip(" .!")
    english = not re.search(r"[\u4e00-\u9fff]", title)
    if (
        english
        and any(low.endswith(" " + v) for v in _data()["news"]["headline_verbs"])
        or re.search(r"(?:印发|出台|发布|公布|通过|实施)\s*《[^》]+》\s*$", title)
    ):
        # a headline reporting on a plan (国务院印发《…规划》, "… plan released") is news, not
        # the plan
        genre = None
    if genre is None:
        head = " ".join(lines[:40])
        reporting = sum(head.count(w) for w in _data()["news"]["reporting"])
        if (
            dateline
            or _is_news_source(issuer or "")
            or _is_news_source(site)
            or (dated and reporting >= 1)
        ):
            genre = "news"
        elif re.search(r"(?:摘\s*要|abstract|关\s*键\s*词|key\s*words)\s*[:：]", head, re.I):
            genre = "article"
        elif fmt == "html":
            genre = "webpage"
        else:
            genre = "other"
    doc_type = types.get(genre, "Z")
    if genre == "news" and not _is_newspaper(issuer or ""):
        doc_type = "EB/OL"
    return genre, doc_type


# ---- issuers, authors, dates, numbers ------------------------------------------------------------


MEETING = re.compile(rf"(?:第[{CN_NUM}\d]+次)?(?:全体|常务)?会议.*$")
TERM = re.compile(rf"第?[{CN_NUM}\d]+届")
ANNOUNCEMENT = re.compile(rf"(?:公告|令)?[（(]?第[{CN_NUM}\d]+号[)）]?$|公告$")
EVENT_LINE_MAX = 2000  # a line of events is a note, not a book: longer ones are read up to here
DATE_LINE = re.compile(r"[\s（）()\d〇○零Ｏ０一二三四五六七八九十年月日号.\-/]+")
SPLIT_AT = re.compile(r"[。；;，,（）()【】\[\]]")


@cache
def _suffix_rx() -> re.Pattern:
    zh = sorted(_data()["issuer"]["suffixes"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(w) for w in zh) + ")$")


@cache
def _en_org_rx() -> re.Pattern:
    en = sorted(_data()["issuer"]["en_suffixes"], key=len, reverse=True)
    return re.compile(
        r"^(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+(?:of\s+|and\s+|for\s+)?){1,8}(?:"
        + "|".join(re.escape(w) for w in en)
        + r")(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})?$"
    )


def is_organ(name: str) -> bool:
    """Whether a short text is the name of a body: 湖州市人民政府, 浙江日报, Ningbo Municipal
    People's Government."""
    n = _clean(name)
    if not n or len(n) > 100 or re.search(r"[。；;，,:：!?！？]", n):
        return False
    if re.search(r"[\u4e00-\u9fff]", n):
        return 3 <= len(n) <= 60 and bool(_suffix_rx().search(n.replace(" ", "")))
    return bool(_en_org_rx().match(n))


def office_org(line: str) -> str | None:
    """The body a signature line speaks for: an organ on its own line, "Governor of the People's
    Government of Zhejiang Province", or 浙江省省长 王浩 (the 浙江省人民政府)."""
    t = _clean(line)
    office = _data()["office"]
    if re.fullmatch(r"[A-Za-z'’ &.,-]{8,100}", t):
        t = re.sub(
            r"^(?:(?:" + "|".join(map(re.escape, office["en"])) + r")\s+of\s+)?(?:the\s+)?",
            "",
            t,
            flags=re.I,
        )
        return t if is_organ(t) else None
    m = re.fullmatch(
        r"(.{2,12}?[省市县区])(?:"
        + "|".join(map(re.escape, office["zh"][:5]))
        + r")\s*[\u4e00-\u9fff·]{2,5}",
        t,
    )
    if m and city_or_region(m.group(1)):
        return m.group(1) + "人民政府"
    return None


def on_behalf_of(lines: list[str]) -> str | None:
    """The body a speech or report is given for: "On behalf of the People's Government of Zhejiang
    Province, I …", 我代表浙江省人民政府向大会报告工作 (a bare 省人民政府 names no one and is
    passed over)."""
    for line in lines:
        m = re.search(r"\b[Oo]n behalf of (?:the )?([A-Z][^,.;:]{4,100}?)\s*[,.;]", line[:600])
        if m and is_organ(m.group(1)):
            return m.group(1)
        m = re.search(
            r"我(?:谨)?代表([\u4e00-\u9fff]{2,30}?(?:人民政府|委员会|常务委员会))", line[:600]
        )
        if m and not m.group(1).startswith(("省", "市", "县", "区")):
            return m.group(1)
    return None


def city_or_region(name: str) -> bool:
    """A 省/市/县/区 name the gazetteer or the province list knows."""
    base = re.sub(r"[省市县区]$", "", name)
    return base in PROVINCES or city_at_start(name) is not None


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


EN_EVENTS = {
    "adopted": "adopted",
    "approved": "approved",
    "promulgated": "published",
    "published": "published",
    "issued": "issued",
    "released": "issued",
    "effective": "effective",
    "came into force": "effective",
    "comes into force": "effective",
    "come into force": "effective",
    "entered into force": "effective",
    "takes effect": "effective",
    "took effect": "effective",
}
EN_EVENT = re.compile(
    r"(?:^|[(;]\s*|\b(?:shall|will|to)\s+)("
    + "|".join(EN_EVENTS)
    + r")\b(.{0,200}?)\b(?:on|as of|from)\s+(?=\S)",
    re.I,
)


def english_events_of(line: str) -> list[tuple[str, str, str]]:
    """(event, iso date, organ) of "Adopted at the 17th Meeting of the Standing Committee of the
    15th Shanghai Municipal People's Congress on December 20, 2019" and of "(Effective as of
    1 May 2020)"."""
    out = []
    for m in EN_EVENT.finditer(line[:EVENT_LINE_MAX]):
        stated = find_dates(line[m.end() : m.end() + 40])
        if not stated or stated[0][0] != 0:
            continue
        body = re.sub(r"^\s*(?:at|by)\s+", "", m.group(2).strip())
        body = re.sub(r"^(?:the\s+)?[\w ]*?\b(?:Meeting|Session)\s+of\s+", "", body)
        body = re.sub(r"\b\d+(?:st|nd|rd|th)\s+", "", body).strip(" ,")
        body = re.sub(r"^the\s+", "", body)
        out.append((EN_EVENTS[m.group(1).lower()], stated[0][2], body if is_organ(body) else ""))
    return out


def events_of(line: str) -> list[tuple[str, str, str]]:
    """(event, iso date, organ) for each dated event a short line or a parenthesised note states:
    2021年8月26日湖州市第八届人民代表大会常务委员会第三十六次会议通过
    → ("adopted", "2021-08-26", 湖州市…)."""
    out = []
    line = line[:EVENT_LINE_MAX]
    found = find_dates(line)
    for k, (start, end, iso_date) in enumerate(found):
        stop = found[k + 1][0] if k + 1 < len(found) else len(line)
        tail = line[end : min(stop, end + 120)]
        cut = SPLIT_AT.search(tail)
        clause = tail[: cut.start()] if cut else tail
        prefix = line[found[k - 1][1] if k else 0 : start][-80:]
        if re.search(r"自\s*$", prefix) and re.match(r"\s*起\s*(?:施行|实施|生效)", clause):
            out.append(("effective", iso_date, ""))
            continue
        # a statement about the document itself opens the line, its note, or follows another event;
        # 已经…会议审议通过 inside a sentence is about something else
        lead = prefix.strip(" 　")
        organ_before = lead if is_organ(lead) else ""
        if (
            lead
            and not organ_before
            and not re.fullmatch(
                r".*(?:[（(【\[]|通过|批准|公布|施行|修正|修订|印发|发布)[\s，,；;、]*", lead
            )
        ):
            continue
        for event, verb in EVENTS:
            pos = clause.find(verb)
            if 0 <= pos <= 60:
                out.append((event, iso_date, organ_of_event(clause[:pos]) or organ_before))
                break
    return out


def label_values(line: str) -> list[tuple[str, str]]:
    """(label, value) pairs of a metadata line such as "来源：浙江日报 时间：2026-01-22"."""
    pairs = []
    for m in re.finditer(r"([\u4e00-\u9fff]{1,6}|[A-Za-z][A-Za-z ]{0,20}?)\s*[:：]\s*", line):
        pairs.append((m.group(1).strip(), m.start(), m.end()))
    out = []
    for k, (label, _start, end) in enumerate(pairs):
        stop = pairs[k + 1][1] if k + 1 < len(pairs) else len(line)
        value = line[end:stop].strip(" 　|/")
        if label.lower() in ("http", "https"):
            continue
        out.append((label, value))
    return out


def _label_kind(label: str) -> str | None:
    low = label.lower()
    table = (
        (
            "issuer",
            (
                "发文机关",
                "发布机构",
                "发布部门",
                "发布单位",
                "制定机关",
                "颁布机关",
                "issued by",
                "issuer",
            ),
        ),
        ("source", ("来源", "文章来源", "信息来源", "稿件来源", "source")),
        ("authors", ("作者", "记者", "author", "authors", "by")),
        ("number", ("发文字号", "文号", "document no", "number")),
        ("url", ("原文链接", "原文地址", "链接", "url", "link")),
    )
    for kind, labels in table:
        if low in labels:
            return kind
    for event, pattern in LABEL_DATES:
        if re.fullmatch(pattern, low):
            return "date:" + event
    return None


def _names(value: str) -> list[str]:
    parts = re.split(r"\s*(?:[,，、;；/]|\band\b|\s{1,})\s*", value.strip())
    return [p for p in parts if p and len(p) <= 40]


def _person_line(line: str) -> list[str]:
    """Authors on a paper's first page: 张三¹ 李四², 张三，李四 (2 to 4 characters each, markers
    dropped)."""
    t = re.sub(r"[\d*¹²³⁴⁵⁶⁷⁸⁹⁰†‡]+", " ", line).strip()
    if not t or len(t) > 40 or is_organ(t):
        return []
    names = [n for n in re.split(r"[\s,，、;；]+", t) if n]
    if names and all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", n) for n in names) and len(names) <= 8:
        marked = re.search(r"[\d*¹²³⁴⁵⁶⁷⁸⁹⁰†‡]", line)
        return names if len(names) > 1 or marked else []
    return []


# ---- the issuing city ----------------------------------------------------------------------------


@cache
def _city_prefixes() -> list[tuple[str, str]]:
    pairs = [(name, cid) for name, cid in gazetteer.names().items()]
    pairs += [(p, cid) for p, cid in gazetteer.places().items() if len(p) >= 2]
    pairs += [(c.en.lower(), c.id) for c in gazetteer.cities().values()]
    return sorted(pairs, key=lambda p: -len(p[0]))


def _above_city(text: str) -> bool:
    t = re.sub(r"^(?:中共|中国共产党)", "", text.strip())
    if any(t.startswith(w) for w in _data()["issuer"]["above_city"]):
        return True
    provinces = PROVINCES
    return any(
        t.startswith(p + "省")
        or t.startswith(p + " Province")
        or t.startswith(p + " Provincial")
        or (t.startswith(p) and not t.startswith(p + "市"))
        for p in provinces
    )


PROVINCES = {
    "浙江",
    "江苏",
    "安徽",
    "江西",
    "福建",
    "广东",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "四川",
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "云南",
    "贵州",
    "陕西",
    "甘肃",
    "青海",
    "海南",
    "台湾",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
    "Zhejiang",
    "Jiangsu",
    "Anhui",
    "People's Government of Zhejiang",
    "People’s Government of Zhejiang",
}


def city_at_start(text: str) -> str | None:
    """The city a name or title begins with (湖州市…, 宁波杭州湾新区…, 慈溪市…,
    关于印发《宁波市…》的通知, Ningbo Municipal …), or that an English name calls a municipality
    (Regulations of Ningbo Municipality)."""
    t = re.sub(
        r"^(?:中共|中国共产党|the\s+|关于(?:印发|转发|公布|发布)?\s*《?)",
        "",
        _clean(text),
        flags=re.I,
    )
    low = t.lower()
    for name, cid in _city_prefixes():
        if low.startswith(name):
            # 杭州湾… is a bay and a region, not Hangzhou: the tagger has the last word on a
            # Chinese name
            if re.match(r"[\u4e00-\u9fff]", name) and cid not in tag_cities(t[:24]).cities:
                return None
            return cid
    m = re.search(r"\b([A-Z][a-z]+)\s+(?:Municipal|Municipality|City)\b", text)
    if m:
        en = {c.en.lower(): c.id for c in gazetteer.cities().values()}
        return en.get(m.group(1).lower())
    return None


def document_city(issuer: str | None, title: str) -> tuple[str | None, bool]:
    """(the document's city, whether that city issued it). A municipal body (not a newspaper)
    issues for its city, and so does a policy title that begins with one (湖州市…条例, Ningbo
    Municipal …); a title naming one city only is about it (Huzhou selected as pilot city).
    Provincial or national: None."""
    if issuer:
        if _above_city(issuer):
            return None, False
        city = city_at_start(issuer)
        if city:
            return city, not _is_news_source(issuer)
    if not title or _above_city(title):
        return None, False
    city = city_at_start(title)
    if city:
        english_municipal = re.search(r"\b[A-Z][a-z]+\s+(?:Municipal|Municipality)\b", title)
        policy = re.search(r"[\u4e00-\u9fff]", title) and genre_of_title(title) is not None
        return city, bool(policy or english_municipal)
    named = set(tag_cities(title).cities) | {
        cid for name, cid in _english_names().items() if re.search(rf"\b{re.escape(name)}\b", title)
    }
    return (named.pop(), False) if len(named) == 1 else (None, False)


def issuing_city(issuer: str | None, title: str) -> str | None:
    """The document's city: a municipal body's, else the one its title begins with or alone
    names."""
    return document_city(issuer, title)[0]


@cache
def _english_names() -> dict[str, str]:
    return {c.en: c.id for c in gazetteer.cities().values() if c.en}


# ---- putting it together -------------------------------------------------------------------------


def _lines(read, blocks) -> list[str]:
    if read.raw_lines is not None:
        raw = read.raw_lines
    else:
        raw = [b.text for b in blocks]
    out = []
    for line in raw:
        for part in str(line).split("\n"):
            t = _clean(part)
            if t and not is_furniture(t):
                out.append(t)
    return out


def _head(lines: list[str]) -> list[str]:
    """The lines before the body starts (第一章, 第一条, 一、, 摘要), at most 40."""
    out = []
    for line in lines[:40]:
        if BODY_START.match(line) and out:
            break
        out.append(line)
    return out


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value if _clean(v)]
    return (
        _names(str(value))
        if re.search(r"[\u4e00-\u9fff]", str(value))
        else [p.strip() for p in re.split(r"\s*(?:;|,|\band\b)\s*", str(value)) if p.strip()]
    )


def lang_of(lines: list[str]) -> str:
    text = "".join(lines)[:20000]
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "en" if latin > 2 * cjk and latin > 10 else "zh"


def describe(read, blocks, side: dict) -> dict:
    """Every Document field this file gives: the sidecar over the file's own metadata over its
    text."""
    found = dict(read.stated)
    lines = _lines(read, blocks)
    head = _head(lines)
    tail = lines[-12:] if len(lines) > len(head) else []
    info = [_clean(x) for x in found.get("info_lines", [])]

    title = _clean(side.get("title")) or _choose_title(read, lines, found)
    out: dict = {"title": title, "title_derived": not title}

    # labelled lines: 来源：… 时间：…, 发文机关：…, 原文链接：…
    labelled: dict[str, str] = {}
    for line in info + head + tail:
        if not _label_rx().match(line) and line not in info:
            continue
        for label, value in label_values(line):
            kind = _label_kind(label)
            if kind and value and kind not in labelled:
                labelled[kind] = value
    for line in head[:8]:  # "By Ma Zhenhuan in Hangzhou | chinadaily.com.cn | Updated: 2022-06-01"
        pieces = [p.strip() for p in re.split(r"\s+[|｜]\s+", line)]
        if len(pieces) > 1 and any(
            _label_kind(lab or "") == "date:published"
            for p in pieces
            for lab, _ in label_values(p)[:1]
        ):
            for p in pieces:
                if BYLINE.match(p):
                    labelled.setdefault("authors", BYLINE.match(p).group(1))
                elif (
                    not label_values(p)
                    and not find_dates(p)
                    and len(p) <= 40
                    and "source" not in labelled
                ):
                    labelled["source"] = p
                elif label_values(p):
                    label, value = label_values(p)[0]
                    kind = _label_kind(label)
                    if kind and value:
                        labelled.setdefault(kind, value)
        m = BYLINE.fullmatch(line)
        if m and "authors" not in labelled:
            labelled["authors"] = m.group(1)
        # a news dateline:
        # "BEIJING, Feb. 7, 2025 /PRNewswire/ -- A news report from chinadaily.com.cn:"
        m = re.match(r"^[A-Z][A-Z .'-]{2,30},\s*(.{6,20}?\d{4})\b(.*)$", line)
        if m and (day := parse_date(m.group(1))) and "date:published" not in labelled:
            labelled["date:published"] = day
            src = re.search(r"\b(?:news report|report|story) from ([\w.-]+\.[a-z]{2,})", m.group(2))
            if src and "source" not in labelled:
                labelled["source"] = src.group(1)
            labelled.setdefault("dateline", "yes")

    # dated events: adoption lines, publication lines, 自…起施行, signature dates
    dates: dict[str, str] = {}
    organs: dict[str, str] = {}
    for line in head + tail:
        if (
            len(line) <= 120
            or re.match(r"^\s*[（(]", line)
            or not re.search(r"[\u4e00-\u9fff]", line[:200])
        ):
            for event, day, organ in events_of(line) + english_events_of(line):
                dates.setdefault(event, day)
                if organ:
                    organs.setdefault(event, organ)
    for line in lines:
        for event, day, _ in events_of(line) if "起施行" in line or "起实施" in line else ():
            if event == "effective":
                dates.setdefault("effective", day)
    signed = next(
        (
            d[0][2]
            for line in head + tail[::-1]
            if len(line) <= 24 and DATE_LINE.fullmatch(line) and (d := find_dates(line))
        ),
        None,
    )
    for kind, value in labelled.items():
        if kind.startswith("date:") and (day := parse_date(value)):
            dates.setdefault(kind[5:], day)
    if found.get("date") and (day := iso(found["date"])):
        dates.setdefault("published", day)
    for line in info:  # the date beside the headline of a web page: 2022年02月13日07:48 | 来源：…
        if "published" not in dates and (stated := find_dates(line)):
            dates["published"] = stated[0][2]
    if signed:
        dates.setdefault("issued", signed)
    genre_hint = genre_of_title(title)
    order = (
        ("adopted", "published", "approved", "issued", "effective")
        if genre_hint == "regulation"
        else ("issued", "published", "adopted", "approved", "effective")
    )
    date = next((dates[e] for e in order if e in dates), None)
    if date is None and found.get("created"):
        date = iso(found["created"])
    out["dates"], out["date"] = dates, date

    # issuer and authors
    page = _clean(found.get("page_title")) + " " + _clean(found.get("site"))
    authors = [
        a
        for value in (found.get("authors"), found.get("file_author"))
        if value and not _is_junk(str(value))
        for a in _as_list(value)
    ]
    # a byline is a name: not an account code (L_104485) nor the site itself (网易 in "…_网易订阅")
    authors = [
        a for a in authors if not _is_junk(a) and not re.search(r"[\d_@]", a) and a not in page
    ]
    if "authors" in labelled:
        authors += (
            _names(labelled["authors"])
            if re.search(r"[\u4e00-\u9fff]", labelled["authors"])
            else [
                p.strip()
                for p in re.split(r"\s*(?:,|\band\b|&)\s*", labelled["authors"])
                if p.strip()
            ]
        )
    if read.fmt in ("pdf", "docx", "txt") and not authors and title:
        for line in head[1:8]:
            if names := _person_line(line):
                authors = names
                break
    organ_authors = [a for a in authors if is_organ(a)]
    authors = [a for a in authors if a not in organ_authors]
    title_org = None
    m = re.match(r"^(.{3,60}?)关于", title)
    if m and all(is_organ(p) for p in re.split(r"[\s、]+", m.group(1)) if p):
        title_org = _clean(m.group(1))
    signature = None
    for block in (tail, head):
        for k, line in enumerate(block):
            if (
                is_organ(line)
                and len(line) <= 40
                and any(find_dates(x) for x in block[k + 1 : k + 3])
            ):
                signature = line
                break
        if signature:
            break
    english_org = next((org for line in head[1:12] + tail if (org := office_org(line))), None)
    english_org = english_org or on_behalf_of(lines[:30])
    red_head = next(
        (
            m.group(1)
            for line in head[:4]
            if (m := RED_HEAD.fullmatch(line.replace(" ", ""))) and is_organ(m.group(1))
        ),
        None,
    )
    adopted = organs.get("adopted") or ""
    if adopted.startswith(("市", "省", "县", "区")):
        full = next(
            (o for o in organs.values() if o.endswith(adopted[1:]) and len(o) > len(adopted)), None
        )
        city = None if full else city_at_start(title)
        if full:
            adopted = full
        elif city:
            adopted = gazetteer.cities()[city].zh + adopted
        elif adopted[0] == "省":
            adopted = ""
    source = _clean(labelled.get("source") or found.get("source") or "")
    if source.startswith(("http://", "https://")):
        found.setdefault("source_url", source)
        source = ""
    candidates = [
        found.get("issuer"),
        labelled.get("issuer"),
        adopted or organs.get("published"),
        title_org,
        red_head,
        signature,
        english_org,
        source or None,
        *organ_authors,
        found.get("site"),
        *[p for p in _site_suffixes(_clean(found.get("page_title"))) if is_organ(p)],
    ]
    issuer = next(
        (_clean(c) for c in candidates if c and _clean(c) and not _is_junk(_clean(c))), None
    )
    if issuer and "authors" not in labelled and authors == [issuer]:
        authors = []
    out["issuer"], out["authors"] = issuer, authors

    # number, URL, genre and type, language, city
    number = _clean(labelled.get("number")) or None
    if not number:
        for line in [title] + head[:15] + info:
            m = NUMBER.search(line)
            if m:
                number = re.sub(r"\s+", "", m.group())
                break
    out["number"] = number
    url = found.get("source_url") or labelled.get("url")
    if not url:
        for line in head[:6] + info:
            if m := URL.search(line):
                url = m.group()
                break
    if not url and str(found.get("permalink", "")).startswith(("http://", "https://")):
        url = found["permalink"]
    m = URL.search(str(url or ""))
    out["source_url"] = m.group() if m else None
    site = _clean(found.get("site")) or " ".join(_site_suffixes(_clean(found.get("page_title"))))
    genre, doc_type = genre_and_type(
        title,
        read.fmt,
        issuer,
        site,
        lines,
        authors,
        dated=bool(dates),
        dateline="dateline" in labelled,
    )
    if found.get("genre") in GENRES:
        genre = found["genre"]
        doc_type = _data()["doc_type"].get(genre, doc_type)
    if found.get("doc_type"):
        doc_type = _clean(found["doc_type"])
    out["genre"], out["doc_type"] = genre, doc_type
    lang = _clean(found.get("lang")).lower()[:2] if read.fmt != "html" else ""
    out["lang"] = lang if lang in ("zh", "en") else lang_of(lines)
    out["keywords"] = _as_list(found.get("keywords"))
    if found.get("city"):
        out["city"], out["city_issued"] = _clean(found["city"]) or None, True
    else:
        out["city"], out["city_issued"] = document_city(issuer, title)
    out.update(side)
    if "city" in side:
        out["city_issued"] = True
    if "title" in side and "title_derived" not in side:
        out["title_derived"] = False
    return out
