"""One extractor per field of a document, run in a declared order (FIELD_STEPS) over what the file
says of itself (kb.metadata.source). Each takes the Source and the fields found so far and returns
its field's value; a sidecar value of that field is taken instead, and later steps read it."""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from typing import Callable

from kb import gazetteer
from kb.dates import EN_MY, FULL_MONTH, find_dates, parse_date, year_last
from kb.metadata.anchors import is_paragraph, lead_date
from kb.metadata.genres import (
    english_genre,
    genre_of_text,
    genre_of_title,
    place_profile,
    reports_on_a_document,
    type_of_genre,
)
from kb.metadata.labels import english_names, field_row, names, person_line
from kb.metadata.organs import closing_signature, english_body, office_org, on_behalf_of
from kb.metadata.places import (
    about_a_city,
    above_city,
    cities_named,
    city_at_start,
    city_of_text,
    document_city,
)
from kb.metadata.sidecar import city_id, doc_type_code, iso, lang_code
from kb.metadata.source import OUTLET, Source, names_a_body
from kb.metadata.titles import (
    REPOSTED,
    addressees,
    below_crumbs,
    body_alone,
    credited_study,
    crumbs_at,
    document_line,
    is_only_a_date,
    original_title,
    page_title,
    red_head,
    reposted_title,
    site_piece,
    site_suffixes,
    title_from_lines,
    title_of_line,
    translated_title,
)
from kb.metadata.words import (
    ANNOUNCEMENT_NO,
    NUMBER,
    URL,
    as_written,
    clean,
    data,
    has_cjk,
    is_junk,
    is_news_source,
    is_newspaper,
    is_organ,
    norm,
)
from kb.model import GENRES
from kb.repair import remove_stray_cjk_spaces, tighten_cjk_latin
from kb.script import lang_of

DATE_LINE = re.compile(r"[\s（）()\d〇○零Ｏ０一二三四五六七八九十年月日号.\-/]+")
ORDER = ("delivered", "issued", "published", "adopted", "approved", "effective")
REGULATION_ORDER = ("adopted", "published", "approved", "issued", "delivered", "effective")
TITLE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)(?:\s*年(?!\d))?")
YEAR_SPAN = re.compile(r"(?:19|20)\d\d\s*年?\s*[-—–~至到]\s*(?:19|20)?\d\d")
URL_HOST = re.compile(r"^[a-z]+://[^/]+", re.I)
URL_DAY = re.compile(r"(?<![\d.])((?:19|20)\d\d)[/-]?(\d{1,2})[/-](\d{1,2})(?![\d.])")
URL_COMPACT = re.compile(r"(?<![\d.])((?:19|20)\d\d)(\d\d)(\d\d)(?=[_/.]|$)")
DOMAIN = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}", re.I)


# ---- title ----


def title(src: Source, got: dict) -> str:
    """The title as the text's own paragraphs are repaired: `2016 年 03 月 AQI 预报` from a PDF's
    text layer is `2016年03月AQI预报` (kb.repair's spacing steps)."""
    found = found_title(src)
    return tighten_cjk_latin(remove_stray_cjk_spaces(found)) if has_cjk(found) else found


def found_title(src: Source) -> str:
    """The file's stated title, else a web page's <h1> or <title>, the reader's, the document
    properties' or the first title-like line."""
    site = clean(src.stated.get("site"))
    stated = src.stated.get("title")
    if src.fmt == "html" and (found := agreed_title(src, site)):
        return found
    if stated and not is_junk(str(stated)):
        return page_title(str(stated), site) if src.fmt == "html" else clean(stated)
    if src.fmt == "html" and (found := html_title(src.stated, site)):
        return found
    if src.read_title and not is_junk(src.read_title):
        return clean(src.read_title)
    text = original_title(src.lines) or cover_title(src.head) or file_or_text_title(src)
    return headline_over(text, src) or text or reposted_title(src.lines) or document_line(src.lines)


def cover_title(head: list[str]) -> str:
    """An English report's cover title: its first line in capitals naming what the document is
    (IMPLEMENTATION COMPLETION AND RESULTS REPORT (TF-92489), PROJECT PERFORMANCE ASSESSMENT
    REPORT; kb/data/metadata.toml [title] cover_words), without a bracketed code."""
    words = "|".join(map(re.escape, data()["title"]["cover_words"]))
    for line in head[:25]:
        t = re.sub(r"\s*\([A-Z0-9 .-]{3,20}\)$", "", clean(line))
        letters = re.sub(r"[^A-Za-z]", "", t)
        if len(t) <= 150 and len(t.split()) >= 3 and letters.isupper() and not has_cjk(t):
            if re.search(rf"\b(?:{words})\b", t, re.I):
                return t
    at = next((i for i, x in enumerate(head[:25]) if len(x) > 150), None)  # a PDF's text, one line
    run = cover_run(clean(head[at]), words) if at is not None else ""
    # a cover repeating a headline printed above it (a crumb's, a sharing site's): that headline
    printed = [re.split(r"\s[>»›]\s", clean(x))[-1] for x in head[:at] if norm(run) in norm(x)]
    return printed[0] if run and printed else run


# words in capitals (RESTRUCTURING PAPER ON A PROPOSED PROJECT …), "A" and "PEOPLE'S" among them
CAPITALS_RUN = re.compile(r"(?<![\w.])(?:[A-Z][A-Z'’-]+|A)(?:\s+(?:[A-Z][A-Z'’-]+|A))+(?![\w.])")
MONTH_TAIL = re.compile(
    r"(?:\s+(?:APPROVED|DATED|ISSUED))?(?:\s+(?:ON|OF|IN))?\s+(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY"
    r"|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)$"
)


def cover_run(line: str, words: str) -> str:
    """A cover's title in capitals inside a PDF's text run into one line (… Report No: ICR00004621
    IMPLEMENTATION COMPLETION AND RESULTS REPORT Loan Number …): the first run of three capitalised
    words or more naming what the document is, without a date it runs on into (APPROVED ON JULY)."""
    for m in CAPITALS_RUN.finditer(line):
        run = MONTH_TAIL.sub("", m.group())
        if len(run.split()) >= 3 and re.search(rf"\b(?:{words})\b", run, re.I):
            return run
    return ""


def headline_over(text: str, src: Source) -> str:
    """A news page's headline (above its header line), where the first title-like line is another
    (a sidebar's headline above the menu); "" when it is that line or part of it."""
    if src.headline is None:
        return ""
    line = title_of_line(src.lines[src.headline])
    return "" if norm(line) in norm(text) else line


def agreed_title(src: Source, site: str) -> str:
    """A web page's title as its own statements of it agree: its meta title (ArticleTitle,
    og:title), its <h1>, its <title> without the site, the headline of its text. Each counts the
    other statements that repeat or contain it (the raw <title> and the text's lines among them);
    the most repeated wins, the first in that order on a tie. A meta title or an <h1> that is the
    site's name or logo agrees with nothing; "" without a statement in the page's markup."""
    stated, raw = clean(src.stated.get("title")), clean(src.stated.get("page_title"))
    found = [
        page_title(stated, site) if stated else "",
        clean(src.stated.get("h1")),
        page_title(raw, site) if raw else "",
        title_from_lines(src.lines),
    ]
    if not any(found[:3]):
        return ""
    said = [c if c and not is_junk(c) and not site_piece(c, site) else "" for c in found]
    printed = [raw, *src.lines[:30]]
    votes = [
        agreeing(c, said[:k] + said[k + 1 :] + (printed if k < 3 else [raw])) if c else -1
        for k, c in enumerate(said)
    ]
    best = max(range(4), key=lambda k: (votes[k], -k))
    return said[best] if votes[best] >= 0 else ""


def agreeing(title_: str, others: list[str]) -> int:
    """How many statements repeat a title, or contain it (six characters or more)."""
    n = norm(title_)
    return sum(1 for o in map(norm, others) if o and (o == n or (len(n) >= 6 and n in o)))


def html_title(stated: dict, site: str) -> str:
    h1 = clean(stated.get("h1"))
    raw = clean(stated.get("page_title"))
    from_title = page_title(raw, site) if raw else ""
    if h1 and not site_piece(h1, site) and (not from_title or len(h1) >= 4):
        return h1
    return from_title if from_title and not is_junk(from_title) else ""


def file_or_text_title(src: Source) -> str:
    """The title in the document properties when the text bears it out (or it is a Chinese title of
    four characters or more), else the first title-like line of the text."""
    file_title = clean(src.stated.get("file_title"))
    text_title = title_from_lines(src.lines)
    if (
        file_title
        and not is_junk(file_title)
        and (
            not text_title
            or norm(file_title) in norm(" ".join(src.lines[:6]))
            or len(re.findall(r"[\u4e00-\u9fff]", file_title)) >= 4
        )
    ):
        return file_title
    return over_addressees(src.head, text_title) or text_title


# an English translation's addressees under its title (The people's governments of all provinces,
# …, all ministries and commissions …:), as 各省、自治区、直辖市人民政府 under a Chinese one
EN_ADDRESSEES = re.compile(r"^(?:To\s+)?(?:the\s+)?people['’]s governments of\b", re.I)


def over_addressees(head: list[str], text_title: str) -> str:
    """The line right above a document's addressees, where the first title-like line is above it
    and names no kind of document (a site's section, CQ Webcasts, over Several Opinions of the
    State Council on …): an official document's title stands over the bodies it is sent to."""
    if not text_title or genre_of_title(text_title):
        return ""
    lines = [clean(x) for x in head[:15]]
    for above, line in zip(lines, lines[1:], strict=False):
        if (addressees(line) or EN_ADDRESSEES.match(line)) and genre_of_title(above):
            return title_of_line(above) if norm(text_title) != norm(above) else ""
    return ""


def title_derived(src: Source, got: dict) -> bool:
    return not got["title"]


# ---- dates ----


def dates(src: Source, got: dict) -> dict[str, str]:
    """Every dated event: stated events, labelled dates, the stated date (published), the date
    beside a web headline, and the signature's date (issued)."""
    out = dict(src.events)
    for kind, value in src.labelled.items():
        if kind.startswith("date:") and (day := parse_date(value) or year_last(value)):
            out.setdefault(kind[5:], day)
    if src.stated.get("date") and (day := iso(src.stated["date"])):
        out.setdefault("published", day)
    if "published" not in out:
        beside = next((d[0][2] for line in src.info if (d := find_dates(line))), None)
        if beside:  # the date beside a web page's headline: 2022年02月13日07:48 | 来源：…
            out["published"] = beside
    if "published" not in out and (below := date_below_headline(src)):
        out["published"] = below
    if "published" not in out and (imprint := published_line(src.lines[:60])):
        out["published"] = imprint
    if "updated" in out:  # an update's day dates the item only where nothing says when it was out
        out.setdefault("published", out.pop("updated"))
    if signed := signature_date(src) or number_date(src) or cover_date(src, out):
        out.setdefault("issued", signed)
    return out


PUBLISHED = re.compile(
    r"^(?:first\s+)?published\s+(?:by\s+[^,;]{2,80}[,;]\s*|in\s+|on\s+)(.+)$", re.I
)


def published_line(lines: list[str]) -> str | None:
    """A report's imprint: Published by Centre for London, September 2020 (Published in May 2019):
    the date it names, if that is all the rest of the line says."""
    for line in lines:
        if (m := PUBLISHED.match(clean(line))) and len(line) <= 120:
            rest = m.group(1).strip(" .")
            if EN_MY.fullmatch(rest) or is_only_a_date(rest):
                return parse_date(rest)
    return None


def date_below_headline(src: Source) -> str | None:
    """A date alone on a line right below the headline, its year last (21.06.2017 09:20): the
    header row dating the item, as pages written day first print it."""
    if src.headline is None:
        return None
    below = src.lines[src.headline + 1 : src.headline + 3]
    return next((day for line in below if (day := year_last(clean(line)))), None)


def cover_date(src: Source, found: dict) -> str | None:
    """An English cover's date alone on a line of its head ("June 16, 2015" or "April 2024" under
    a report's title), where no header line dated the page."""
    if "published" in found:
        return None
    line = next((x for x in src.head if english_date_line(x) or EN_MY.fullmatch(x)), None)
    if not line:  # "Project Number: 42018 November 2009": the month run on after the cover's code
        line = next((m.group(1) for x in src.head[:12] if (m := NUMBERED_MONTH.match(x))), None)
    return parse_date(line) if line else run_on_cover_date(src.head)


NUMBERED_MONTH = re.compile(
    r"^(?:Project|Report|Loan|Grant|Document|TA)\s+(?:Number|No\.?)\s*[:：]?\s*[A-Z0-9][\w./-]*\s+"
    rf"({FULL_MONTH}\s+(?:19|20)\d\d)\s*$"
)


def run_on_cover_date(head: list[str]) -> str | None:
    """The date on a report's cover inside its PDF text run into one line (… Project Number:
    50343-001 … April 2017 People's Republic of China: …, … PROJECT JUNE 28, 2019 …): the line's
    first date in its opening, not a date something else happened on (APPROVED ON JULY 15, 2016,
    as of 11 April 2017)."""
    line = run_on_cover(head)
    if not line:
        return None
    found = [(s, d) for s, _e, d in find_dates(line[:400])]
    found += [(m.start(), parse_date(m.group())) for m in EN_MY.finditer(line[:400])]
    return next((d for s, d in sorted(found) if d and not AFTER_EVENT.search(line[:s])), None)


def run_on_cover(head: list[str]) -> str:
    """An English PDF's text run into one line of the head whose opening names what the document
    is (… Technical Assistance Report Project Number: …, REPORT NO.: … RESTRUCTURING PAPER …); ""
    for a long paragraph (its opening ends a sentence: "… for Inspiration and Action. The")."""
    line = next((clean(x) for x in head[:25] if len(x) > 300 and not has_cjk(x)), "")
    words = "|".join(map(re.escape, data()["title"]["cover_words"]))
    opening = line[:200]
    cover = re.search(rf"\b(?:{words})\b", opening, re.I) and not SENTENCE_END.search(opening)
    return line if cover else ""


SENTENCE_END = re.compile(r"[a-z0-9][.!?][\"”’]?\s+[A-Z]")


AFTER_EVENT = re.compile(r"(?:(?:approved|effective|dated)(?:\s+on)?|as of|since|until)\s*$", re.I)


def english_date_line(line: str) -> bool:
    """One date written in English words alone on a short line ("June 16, 2015"), not a row of
    numbers (2025-09-17,11962| 2025-09-16,…, an e-paper's calendar)."""
    return (
        len(line) <= 30
        and not has_cjk(line)
        and bool(re.search(r"[A-Za-z]{3}", line))
        and len(find_dates(line)) == 1
        and is_only_a_date(line)
    )


def signature_date(src: Source) -> str | None:
    """A line that is only a date, in the head or (from the end) the tail; an English one under a
    signature (a name, an office or a body); the date a record run into one line ends with."""
    head = below_crumbs(src.head)
    for line in head + src.tail[::-1]:
        if len(line) <= 24 and DATE_LINE.fullmatch(line) and (d := find_dates(line)):
            return d[0][2]
    for block in (src.tail, head):
        for k, line in enumerate(block):
            if signed_below(block[max(0, k - 2) : k]) and is_only_a_date(line):
                return find_dates(line)[0][2]
    closing = closing_signature(src.lines) or signed_before_attachment(src)
    return closing[1] if closing else None


def signed_before_attachment(src: Source) -> tuple[str, str] | None:
    """(body, date) of a notice's signature between its head and the text it publishes (…公告 /
    请于…前提出意见 / 某市人大常委会办公室 / 2017年9月5日 / 某市地方立法条例(草案) / 第一章…): a
    body alone on a line, a date alone on the next, within the first 60 lines."""
    lines = [clean(x) for x in src.lines[len(src.head) : 60]]
    for body, day in zip(lines, lines[1:], strict=False):
        if len(body) <= 40 and body_alone(body) and len(day) <= 24 and is_only_a_date(day):
            return body, find_dates(day)[0][2]
    return None


def signed_below(above: list[str]) -> bool:
    """Lines a signature's date stands under: an office ("Mayor", "Governor") or a body."""
    offices = {w.lower() for w in data()["office"]["en"]}
    return any(x.strip().lower() in offices or is_organ(x) for x in above)


def number_date(src: Source) -> str | None:
    """The date right after a 文号 in the head (…实施意见 浙政发[2009]69号 2009-11-03 为贯彻…)."""
    for line in src.head[:5]:
        if (m := NUMBER.search(line)) and (d := find_dates(line[m.end() : m.end() + 30])):
            if not line[m.end() : m.end() + d[0][0]].strip():
                return d[0][2]
    return None


def date(src: Source, got: dict) -> str | None:
    """A regulation's or decision's adoption date (a congress's 决议 is of the day it passed, not of
    the day a portal posted it), else the issue or publication date; the file's creation date when
    the text states none."""
    adopted = genre_of_title(got["title"]) in ("regulation", "decision")
    order = REGULATION_ORDER if adopted else ORDER
    event = next((e for e in order if e in got["dates"]), None)
    if event is not None:
        return refined(reposted_later(got["dates"][event], event, got["number"]), got["dates"])
    if day := title_day(got["title"]):
        return day  # …工作报告(2022年12月30日): the day it was delivered
    if in_url := url_date(source_url(src, got)):
        return in_url
    if day := lead_date(src.lines):
        return day  # the day the lead opens with: On April 11, 2017, the Ministry …
    # the file's creation date (a PDF's, a Word file's) only where the title's year allows it: a
    # 2012 report converted in 2019 is of 2012
    created, year = iso(src.stated.get("created")), title_year(got["title"])
    if created and (not year or int(year) <= int(created[:4]) <= int(year) + 1):
        return created
    return year or number_year(got["number"])


def refined(day: str, found: dict[str, str]) -> str:
    """A month or a year the page states more exactly elsewhere (a notice signed 2021年6月 that the
    portal posted on 2021年06月01日): the exact day within it."""
    if len(day) == 10:
        return day
    within = sorted(d for d in found.values() if len(d) > len(day) and d.startswith(day + "-"))
    return within[0] if within else day


def number_year(number_: str | None) -> str | None:
    """The year of a 文号 (東府〔2021〕54號): the date of a document that states no other."""
    m = re.search(r"[〔\[［(（]\s*((?:19|20)\d\d)\s*[〕\]］)）]", number_ or "")
    return m.group(1) if m else None


def reposted_later(day: str, event: str, number_: str | None) -> str:
    """A page posted years after the 文号 it carries (鲁政发〔2014〕20号, 时间:2016-01-17) is a
    repost: the document's date is the 文号's year, not the posting date."""
    year = re.search(r"(?:19|20)\d\d", number_ or "")
    if event == "published" and year and int(day[:4]) > int(year.group()) + 1:
        return year.group()
    return day


def url_date(url: str | None) -> str | None:
    """The date a web address's path gives (/2021/07/30/, /2020-06/01/, /art/2023/3/1/,
    t20220417_): where the text states none, the page's date."""
    path = URL_HOST.sub("", url or "")
    for m in (*URL_DAY.finditer(path), *URL_COMPACT.finditer(path)):
        try:
            return _dt.date(*map(int, m.groups())).isoformat()
        except ValueError:
            continue
    return None


def title_day(title: str) -> str | None:
    """The one full date a title names (铜陵市人民政府工作报告(2022年12月30日)), where no line of
    the page dates it."""
    found = {d for _s, _e, d in find_dates(title or "") if len(d) == 10}
    return found.pop() if len(found) == 1 else None


def title_year(title: str) -> str | None:
    """The one year a title names (2012年政府工作报告, Annual Report 2023), not a span
    (2021-2025年)."""
    found = set(TITLE_YEAR.findall(title or "")) if not YEAR_SPAN.search(title or "") else set()
    return found.pop() if len(found) == 1 else None


# ---- issuer and authors ----


def issuer(src: Source, got: dict) -> str | None:
    """The first of: the stated issuer, the body its title opens with in full, a labelled one, the
    body adopting or publishing it, the title's body by its short form, a red header, a signature,
    an office holder, a source, an author that is a body, the site, the owner its copyright footer
    names."""
    title_ = got["title"]
    # the body a title opens with in full (台州市人民政府关于…) issued it, whoever posted it
    # (发布机构: 市政府办公室); a short form (市政府办公室关于…) yields to the labelled full name
    titled = (
        body_of_title(title_) or body_of_work(title_) or body_of_title(translated_title(src.lines))
    )
    full = titled if titled and not titled.startswith(SHORT_FORM) else None
    candidates = [
        None if channel(src.stated.get("issuer")) else src.stated.get("issuer"),
        government_of_report(src, title_) or full,  # 温岭市政府工作报告: 温岭市人民政府's
        None if reposted_above(src.labelled.get("issuer"), title_) else src.labelled.get("issuer"),
        adopting_body(src, title_) or src.organs.get("published"),
        titled,
        english_body(title_ if genre_of_title(title_) else "", src.head),
        next((b for line in src.head[:4] if (b := red_head(line))), None),
        signature(src, title_),
        body_over_title(src, title_),
        office_holder(src),
        body_of_number(got["number"], title_) or english_number_body(src.head[:8]),
        reposted_by(src, title_),
        publisher(src.labelled.get("publisher")),
        publisher(source_name(src)),
        reporters_outlet(src) or outlet_of_title(title_) or told_outlet(src),
        company_of_report(src),
        lender_of_report(src, title_),
        *[a for a in named_authors(src, title_) if is_body_or_outlet(a)],
        *[a for a in named_authors(src, title_, False) if ACRONYM.fullmatch(a)],  # By KPMG
        *site_and_owner(src),
        *[p for p in site_suffixes(clean(src.stated.get("page_title"))) if is_organ(p)],
        publisher(src.labelled.get("copyright")),
        said_in_text(src, title_),
    ]
    found = next((clean(c) for c in candidates if clean(c) and not is_junk(clean(c))), None)
    return completed(named_owner(found, src), src, title_) if found else None


def named_owner(found: str, src: Source) -> str:
    """A site's domain (english.snd.gov.cn) as the organisation its copyright footer names (© the
    Information Office of …): an organisation's full name before its address."""
    owner = clean(src.labelled.get("copyright"))
    if DOMAIN.fullmatch(found) and owner and not DOMAIN.fullmatch(owner) and is_organ(owner):
        return owner
    return found


def site_and_owner(src: Source) -> list[str | None]:
    """The site a page names in its markup, then the body its footer says runs it (主办单位: …,
    Sponsored by: …)."""
    return [src.stated.get("site"), publisher(src.labelled.get("owner"))]


def channel(name: str | None) -> bool:
    """A source that is a social-media account (江西统计 公众号, …微博): a channel, no issuer."""
    return clean(name).endswith(tuple(data()["issuer"]["channels"]))


def reposted_above(poster: str | None, title_: str) -> bool:
    """A city's body posting a province's document (发布机构: 宜春市统计局 over 江西省…统计公报): it
    reposted it; the body the text signs with issued it."""
    return bool(poster) and above_city(title_) and not above_city(poster)


SHORT_FORM = ("市", "省", "县", "区")
SHORT_GOVERNMENT = re.compile(r"^([市省县区])政府")


def completed(body: str, src: Source, title_: str) -> str:
    """A body named by its short form (市人民政府办公室 of a record, 市政府 of a title) with its
    city: the full name the text gives (its signature 徐州市人民政府办公室), else the city its
    title names or its text is about, in the formal name (a 市 body; others are left)."""
    if not body.startswith(SHORT_FORM):
        return body
    formal = SHORT_GOVERNMENT.sub(r"\1人民政府", body)  # 市政府办公厅 is 市人民政府办公厅
    shorts = data()["issuer"]["short_names"]  # 市府办 is 市人民政府办公室
    formal = body[0] + shorts[body[1:]] if body[1:] in shorts else formal
    lines = [clean(x) for x in src.head + src.tail]
    ends = (body, formal)
    full = next((x for x in lines if x.endswith(ends) and x not in ends and is_organ(x)), None)
    if full:
        return full
    if placed := placed_in_title(body, title_):
        return placed
    if not body.startswith("市"):
        return body
    named = cities_named(title_) or {city_of_text(src.lines)} - {None}
    return gazetteer.cities()[named.pop()].zh + formal if len(named) == 1 else body


def placed_in_title(body: str, title_: str) -> str | None:
    """A short form (区统计局 of 来源 : 区统计局) as the title names the body with its places
    (2017年深圳市福田区统计局…年度报告: 深圳市福田区统计局)."""
    for city in cities_named(title_):
        zh = gazetteer.cities()[city].zh
        if m := re.search(rf"{zh}市?[\u4e00-\u9fff]{{0,4}}?{re.escape(body)}", title_):
            return m.group(0)
    return None


SELF_DESCRIBED = re.compile(
    r"^((?:[A-Z][\w'’&-]*\s+(?:of\s+|for\s+|and\s+)?){1,7}[A-Z][\w'’&-]*)"
    r"(?:\s*,\s*or\s+[A-Z]{2,8}\s*,\s*|\s+)is\s+(?:an?|the)\s"
)


RELEASES = re.compile(
    r"\b((?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*)\s+(?:(?:has|have)\s+)?(?:releases|released|"
    r"publishes|published|launches|launched|presents|unveils|unveiled)\s+(?:its|their|the|a|an)\b"
    r"[^.]{0,80}?[\"“‘']([^\"”’']{8,})"
)


RELEASER_LINES = 12  # a report's page may say so under its links and summary


def releaser(src: Source, title_: str) -> str | None:
    """A firm's page whose lead says who releases it by its title ("Deloitte releases its second
    issue on \"Decoding the Outline …\"", "Our Hong Kong Foundation has published the report
    entitled ‘…’"): that body, where nothing else names one."""
    for line in src.lines[:RELEASER_LINES]:
        for m in RELEASES.finditer(line):
            if title_ and norm(title_) in norm(m.group(2)):
                return m.group(1)
    return None


# a public body's English name: up to six capitalised words ending as a body's name does, and its
# initials after it ((URA)), read by ANNOUNCER and RELEASE_LEAD
BODY_NAME = (
    r"(?:[A-Z][\w'’&.-]*\s+(?:of\s+|for\s+|and\s+)?){1,6}?"
    r"(?:Government|Authority|Council|Commission|Ministry|Office|Bureau|Department|Agency|"
    r"Administration|Board|Corporation)"
)
INITIALS = r"(?:\s*\([A-Z]{2,8}\))?\s+"
# a public body's lead saying what it does ("The Vancouver Fraser Port Authority has announced the
# 2020 year-end statistics", "• The Seoul Metropolitan Government will publish …", "The Urban
# Redevelopment Authority (URA) announced the opening …")
ANNOUNCER = re.compile(
    rf"^[•·*\-\s]*The\s+({BODY_NAME}){INITIALS}"
    r"(?:(?:has|have|had|today|will|on\s+\w+)\s+)*(?:announced|released|"
    r"published|launched|unveiled|issued|reported|publish|release|launch|announce)\b"
)
# a press release's lead after its dateline (SAN PEDRO, Calif. — Dec. 15, 2021 — Port of Los Angeles
# Executive Director … held; NEW YORK, NY—New York City Economic Corporation (NYCEDC) today
# celebrated): the body that opens it, a port or a named public body, is who releases it
RELEASE_LEAD = re.compile(
    r"^[A-Z][A-Za-z .,'’]{1,40}?\s*[—–]\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\s*[—–]\s*)?"
    rf"(?:The\s+)?(Port\s+of\s+(?:[A-Z][a-z]+\s+){{0,2}}?[A-Z][a-z]+|{BODY_NAME}){INITIALS}"
    r"(?:today\s+[a-z]+|(?:Executive\s+)?(?:Director|Chair(?:man|woman)?|President|CEO)\b|"
    r"(?:has\s+)?(?:announced|released|published|launched|unveiled|issued|reported)\b)"
)
# a report's cover saying who wrote it ("This publication was prepared by:" over "Beacon Economics")
PREPARED_BY = re.compile(
    r"\b(?:prepared|published|produced|compiled|written)\s+by\s*:?\s*(.*)$", re.I
)


def said_in_text(src: Source, title_: str) -> str | None:
    """The body an English page's own text names, where nothing else does: itself described,
    releasing the title, preparing the report, announcing in the lead, alone on a report's cover."""
    return (
        self_described(src)
        or releaser(src, title_)
        or prepared_by(src)
        or announcer(src)
        or cover_body(src, title_)
    )


COVER_LINES = 40  # a report's cover: its first lines


def cover_body(src: Source, title_: str) -> str | None:
    """A report's cover naming its body on a line of its own (Highlights of 2020 Annual Report /
    … / Port of Rotterdam Authority): capitalised words ending as a body's name does."""
    head = [clean(x) for x in src.head[:COVER_LINES]]
    if "report" not in title_.lower() and not any("Annual Report" in x for x in head):
        return None
    kinds = [*data()["issuer"]["en_suffixes"], "Authority"]
    for t in head:
        words = t.split()
        if 2 <= len(words) <= 8 and all(w[0].isupper() or w in ("of", "for", "and") for w in words):
            if any(t.endswith(" " + k) for k in kinds):
                return t
    return None


def announcer(src: Source) -> str | None:
    """The public body an English page's lead has announce or publish what the page reports,
    where nothing else names one."""
    lead = [clean(x) for x in src.lines[:RELEASER_LINES] if len(x) >= 60]
    found = (m for x in lead[:3] if (m := ANNOUNCER.match(x)))
    # a dateline sets a release's lead apart: it may follow a subheading or two and a caption
    found = itertools.chain(found, (m for x in lead[:6] if (m := RELEASE_LEAD.match(x))))
    return next((m.group(1) for m in found), None)


def prepared_by(src: Source) -> str | None:
    """The body a report's cover says prepared it ("prepared by: X", or X on the next line), not
    the one it was prepared for."""
    head = [clean(x) for x in src.head[:30]]
    for line, after in zip(head, [*head[1:], ""], strict=True):
        m = PREPARED_BY.search(line)
        name = (m.group(1) or after) if m and not has_cjk(line) else ""
        if name and len(name.split()) <= 6 and name[:1].isupper() and not re.search(r"\d", name):
            return name
    return None


def self_described(src: Source) -> str | None:
    """A body's page about itself, whose text opens by saying what the body is ("Westlake
    Institute for Advanced Study, or WIAS, is a non-profit research institute …"): that body,
    where nothing else names one."""
    lead = next((clean(x) for x in src.lines[:3] if len(x) >= 80), "")
    m = SELF_DESCRIBED.match(lead)
    kinds = [w.split()[-1] for w in data()["issuer"]["en_suffixes"]]
    name = m.group(1) if m else ""
    return name if name and (is_organ(name) or set(name.split()) & set(kinds)) else None


def body_over_title(src: Source, title_: str) -> str | None:
    """A body's name alone right above the first line of a title broken over lines (瑞安市人民政府
    办公室 / 转发温州市…文书 / 指导意见…的通知), or above its kind and number (…办公室 / 公告 /
    第2号 / 关于…的公告): the red header's body, which issued it."""
    verbs = tuple(data()["issuer"]["title_verbs"])
    head = [clean(x) for x in src.head[:20]]
    for k, above in enumerate(head):
        if not body_alone(above):
            continue
        # over its kind and number lines (某市人大常委会办公室 / 公告 / 第2号 / 关于…的公告)
        j = next(
            (j for j in range(k + 1, min(k + 4, len(head))) if not KIND_LINE.fullmatch(head[j])),
            None,
        )
        if j is not None and head[j].startswith(verbs) and norm(head[j]) in norm(title_):
            return above
    return None


KIND_LINE = re.compile(
    r"公\s*告|通\s*告|通\s*知|决\s*定|命\s*令|令|第\s*[\d一二三四五六七八九十]+\s*号"
)


def adopting_body(src: Source, title_: str) -> str:
    """The body of the adoption line, with its city or province when the line says only 市/省
    (市人民代表大会常务委员会 of 湖州市…条例 is 湖州市人民代表大会常务委员会)."""
    adopted = src.organs.get("adopted") or ""
    if not adopted.startswith(("市", "省", "县", "区")):
        return adopted
    full = next(
        (o for o in src.organs.values() if o.endswith(adopted[1:]) and len(o) > len(adopted)), None
    )
    if full:
        return full
    if city := city_at_start(title_):
        return gazetteer.cities()[city].zh + adopted
    return "" if adopted[0] == "省" else adopted


def body_of_number(number_: str | None, title_: str) -> str | None:
    """The body a 文号's code stands for, after the first characters of the one city the title
    names (海府〔2011〕33号 under a title naming 海口市: 海口市人民政府; kb/data/metadata.toml
    [number_codes]), or after a city's short name where the title names none (穗府〔2011〕15号:
    广州市人民政府)."""
    code = re.match(r"[\u4e00-\u9fff]+", number_ or "")
    if not code:
        return None
    named = cities_named(title_)
    for short, body in sorted(data()["number_codes"].items(), key=lambda kv: -len(kv[0])):
        lead = code.group()[: -len(short)]
        if code.group().endswith(short) and lead and (city := city_of_code(lead, named)):
            return city + "市" + body
    return None


# a translated 文号 naming its body in words: "State Council [2010] No. 86"
EN_NUMBER = re.compile(
    r"^(?P<body>[A-Z][\w'’ ,.-]{2,80}?)\s*[\[［〔(]\s*(?:19|20)\d\d\s*[\]］〕)]\s*No\.?\s*\d{1,5}$"
)


def english_number_body(head: list[str]) -> str | None:
    """A translation's 文号 on a line of its own, naming its body in words (State Council [2010]
    No. 86): that body issued it (a code in pinyin, Guo Fa [2010] No. 86, names no body)."""
    for line in head:
        m = EN_NUMBER.match(clean(line))
        if m and is_organ(m.group("body")):
            return m.group("body")
    return None


def city_of_code(lead: str, named: set[str]) -> str | None:
    """The city a 文号's code opens with: the one the title names, by its first characters, or, the
    title naming none, the city whose short name it is (穗, 甬; not a province's: 苏政发 is
    Jiangsu's, kb/data/metadata.toml [issuer] province_codes)."""
    cities = gazetteer.cities()
    if len(named) == 1:
        city = cities[next(iter(named))].zh
        return city if city.startswith(lead) else None
    provinces = set(data()["issuer"]["province_codes"]) | gazetteer.section("provinces")
    short = gazetteer.abbreviations().get(lead)
    return cities[short].zh if not named and short and lead not in provinces else None


def body_of_title(title_: str) -> str | None:
    """浙江省人民政府关于…, 浙江省人民政府贯彻…: the bodies before the first verb of
    kb/data/metadata.toml [issuer] title_verbs."""
    verbs = "|".join(map(re.escape, data()["issuer"]["title_verbs"]))
    m = re.match(rf"^(.{{3,60}}?)(?:{verbs})", title_)
    if m and all(is_organ(p) for p in re.split(r"[\s、]+", m.group(1)) if p):
        return clean(m.group(1))
    return None


PLACE = r"[\u4e00-\u9fff]{2,10}?[省市县区州旗]"
REPORT_PLACE = re.compile(
    rf"^(?:(?:19|20)\d\d年度?)?({PLACE})(?:(?:19|20)\d\d年度?)?(?:人民)?政府工作报告"
)
CONGRESS_PLACE = re.compile(rf"在({PLACE})第[一二三四五六七八九十\d]+届人民代表大会")


def government_of_report(src: Source, title_: str) -> str | None:
    """A government work report is its place's people's government's: the place its title opens
    with (天长市2015年政府工作报告) or the congress it was delivered to (——2024年1月9日在东台市
    第十七届人民代表大会第三次会议上), whoever posted it."""
    if "政府工作报告" not in title_:
        return None
    m = REPORT_PLACE.match(re.sub(r"[《》]", "", clean(title_)))
    m = m or next((c for line in src.lines[:20] if (c := CONGRESS_PLACE.search(line))), None)
    return m.group(1) + "人民政府" if m else None


def body_of_work(title_: str) -> str | None:
    """2021年余姚市人民代表大会常务委员会工作报告, 宁波市人大常委会2020年工作要点: the body whose
    own year of work the title names (kb/data/metadata.toml [issuer] work_titles)."""
    works = "|".join(map(re.escape, data()["issuer"]["work_titles"]))
    year = r"(?:(?:19|20)\d\d年度?)?"
    title_ = re.sub(r"[（(][^()（）]{1,6}[)）]$", "", clean(title_))  # …工作报告(摘要), (节选)
    m = re.fullmatch(rf"{year}(\D{{3,40}}?){year}(?:{works})", title_)
    if m and is_organ(m.group(1)):
        return m.group(1)
    # a body's report on its own year (某县住房和城乡建设局2018年度整体支出绩效评价报告)
    m = re.match(r"(\D{3,40}?)(?:19|20)\d\d年度?", clean(title_))
    return m.group(1) if m and is_organ(m.group(1)) and genre_of_title(title_) == "report" else None


def signature(src: Source, title_: str = "") -> str | None:
    """A body's name followed within two lines by a date, in the tail, else in the head (not the
    title above its dateline: 苏州市…代表建议全部交办 / 2014-02-13 来源:…), where it may also
    stand right under a date alone."""
    for block in (src.tail, src.head):
        for k, line in enumerate(block):
            # a date on a line of its own (a paragraph that mentions a date signs nothing)
            dated = any(len(x) <= 40 and find_dates(x) for x in block[k + 1 : k + 3])
            # in the head also under the date: title / 2020-02-27 / 某大学研究所
            dated = dated or (block is src.head and k > 0 and is_only_a_date(block[k - 1]))
            body = names_a_body(line) and not field_row(line)  # not 文号 … 发布机构 某局
            if dated and body and len(line) <= 60 and norm(line) != norm(title_):
                return first_of_stack(block, k)
    closing = closing_signature(src.lines)
    return closing[0] if closing else credit_line(src.lines)


def credit_line(lines: list[str]) -> str | None:
    """A body in brackets closing the text ((某县统计局) under a bulletin a portal posts): the
    body that wrote it, not the portal."""
    m = re.fullmatch(r"[（(]\s*([\u4e00-\u9fff]{3,30})\s*[)）]", clean(lines[-1]) if lines else "")
    return m.group(1) if m and is_organ(m.group(1)) else None


def first_of_stack(block: list[str], k: int) -> str:
    """Bodies signing together stand one a line, the leading one first (a joint report's cover:
    某市统计局 / 某市妇女儿童工作委员会 / date): the top of the stack of bodies ending at line k."""
    while k > 0 and len(block[k - 1]) <= 60 and names_a_body(block[k - 1]):
        if field_row(block[k - 1]):
            break
        k -= 1
    parts = block[k].split()  # two bodies side by side: 某省统计局 国家统计局某某调查总队
    side_by_side = len(parts) > 1 and has_cjk(block[k]) and all(map(is_organ, parts))
    return parts[0] if side_by_side else block[k]


def office_holder(src: Source) -> str | None:
    """A signature's office or body on a line of its own, in the heading lines above the first
    paragraph (below it, a body's name alone is a photo's caption) or in the tail."""
    heading = list(itertools.takewhile(lambda x: len(x) < 100, src.head[1:12]))
    found = next((org for line in heading + src.tail if (org := office_org(line))), None)
    return found or on_behalf_of(src.lines[:30])


def publisher(name: str | None) -> str | None:
    """A publisher as an organisation: a domain (ezhejiang.gov.cn, en.people.cn) by the name in
    kb/data/metadata.toml [publishers], or kept when unknown; a name as it is, without 主办 (the
    body that runs a site or a gazette: 某市人民政府办公室主办) and without the country before a
    publication's title marks (美国《美中报道》 is 美中报道)."""
    name = re.sub(r"(?<=[\u4e00-\u9fff])\s*主办$", "", clean(name))  # 某市人民政府办公室主办
    name = TITLED_OUTLET.sub(r"\1", name)  # 美国《美中报道》: the paper, not its country
    if name.endswith(tuple(data()["issuer"]["vendors"])):
        return None  # 来源: 普望科技, the company that built the site, publishes nothing
    if not name or not DOMAIN.fullmatch(name):
        return name or None
    host = name.lower()
    names = data()["publishers"]
    while host and host not in names:
        host = host.partition(".")[2]
    return names.get(host, name)


# a publication named in title marks after its country or place (美国《美中报道》, 香港《大公报》)
TITLED_OUTLET = re.compile(r"^[\u4e00-\u9fff]{0,6}《\s*([^《》]{2,30}?)\s*》$")


# an outlet named by its reporter (芜湖日报记者 王世宁; CGTN reporter Zhou Jiaxin shows us more)
REPORTER_ZH = re.compile(
    r"(?:^|(?<=[\s，。、；（(：:|/／]))([\u4e00-\u9fff]{2,12}?)(?:首席|见习|特约|融媒)?记者"
)
REPORTER_EN = re.compile(
    r"\b([A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){0,3})(?:'s)?\s+(?:reporter|correspondent)s?\b"
)


def reporters_outlet(src: Source) -> str | None:
    """The outlet a story's reporter works for, in its first or last lines (芜湖日报记者 王世宁;
    CGTN reporter Zhou Jiaxin): the publisher of a page that names itself nowhere else. Not a
    photo's credit, nor someone speaking to a reporter (对界面新闻记者表示, told a reporter); cue
    words in kb/data/metadata.toml [news] (reporter_outlets, own_paper)."""
    for line in src.head[:12] + src.tail:
        if re.search(r"photo|摄|图片", line, re.I):
            continue
        for m in REPORTER_ZH.finditer(line):
            name, cues = m.group(1), data()["news"]
            if not name.endswith(tuple(cues["own_paper"])) and name.endswith(
                tuple(cues["reporter_outlets"])
            ):
                if not re.search(r"对|向|接受|告诉", name):  # 对新华社记者表示: an interview
                    return name
        for m in REPORTER_EN.finditer(line):
            name = m.group(1).strip()
            told = re.search(
                r"\b(?:told|to|with|by)\s+(?:an?\s+|the\s+)?$", line[: m.start()], re.I
            )
            if not told and (is_newspaper(name) or is_news_source(name) or ACRONYM.fullmatch(name)):
                return name
    return None


TOLD = re.compile(
    r"\b(?:told|tells|said to|speaking to)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)


def told_outlet(src: Source) -> str | None:
    """The outlet someone in an English feature speaks to ("…," Wang tells Sixth Tone; told
    Xinhua): the publisher of a page that names itself nowhere else, when the name is a news
    source's ([news] sources)."""
    for line in src.lines[:40]:
        for m in TOLD.finditer(line):
            if is_news_source(m.group(1)):
                return m.group(1)
    return None


def outlet_of_title(title_: str) -> str | None:
    """A repost's headline that names its outlet in brackets ("… targets new reforms (China
    Daily)") or before a colon ("Global Times: Ningbo-Zhoushan Port's …", a wire's release)."""
    m = OUTLET.search(title_ or "") or OUTLET_LEAD.match(title_ or "")
    return m.group(1).strip() if m and is_news_source(m.group(1)) else None


# an outlet's name before a headline's colon: a capitalised name of one to four words
OUTLET_LEAD = re.compile(r"^([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s+\S")


def company_of_report(src: Source) -> str | None:
    """The company a report's running head or cover names before the report's kind ("China
    Zhongwang Holdings Limited Annual Report 2017"; kb/data/metadata.toml [issuer]
    company_reports)."""
    kinds = "|".join(map(re.escape, data()["issuer"]["company_reports"]))
    word = r"(?:[A-Z][\w&'’.,()-]*|for|of|and|the)\s+"  # Centre for Liveable Cities
    rx = re.compile(rf"((?:{word}){{1,8}}?)(?:(?:19|20)\d\d\s+)?(?:{kinds})\b")
    for line in src.lines[:40]:
        for m in rx.finditer(as_written(line) if line.isupper() else line):
            words = m.group(1).split()
            for k in range(len(words)):  # the longest tail of the words that is a company
                if is_organ(name := " ".join(words[k:])):
                    return name
    return None


def lender_of_report(src: Source, title_: str) -> str | None:
    """The development lender a report's cover names (Document of The World Bank, ADB's policy,
    ADB – Asian Development Bank among its abbreviations): whose report it is, where nothing else
    names an issuer (kb/data/metadata.toml [issuer] lenders)."""
    if genre_of_title(title_) != "report" and not run_on_cover(src.head):
        return None
    cover = " ".join(src.head)[:1500]
    for name, forms in data()["issuer"]["lenders"].items():
        if any(re.search(rf"\b{re.escape(f)}(?![\w-])", cover) for f in forms):
            return name
    return None


def reposted_by(src: Source, title_: str) -> str | None:
    """近日，湖州市人民政府在官网发布了《湖州市碳达峰实施方案》: a repost of the document the
    title names is issued by the body that published it."""
    for line in src.lines[:3]:
        m = REPOSTED.match(line)
        if m and is_organ(m.group(1)) and m.group(2) == title_ and "关于" not in m.group(1):
            return m.group(1)
    return None


PERSON = re.compile(r"[\u4e00-\u9fff]{2,4}")


def source_name(src: Source) -> str:
    """来源：… as a name (a URL there is the source URL, not a name)."""
    source = clean(src.labelled.get("source") or src.stated.get("source") or "")
    source = re.sub(r"\s*[(（][^()（）]{1,30}[)）]$", "", source)  # Zhejiang News (Chen Ning)
    if (found := find_dates(source)) and found[0][0] > 0:  # 稿源: 宁波晚报 2011-09-17 07:43:44
        source = source[: found[0][0]].strip()
    source = before_credits(source)
    outlet, *people = source.split() or [""]
    if people and is_body_or_outlet(outlet) and all(PERSON.fullmatch(p) for p in people):
        source = outlet  # 来源: 浙江日报 关耳 吴君萍, the paper and its reporters
    return "" if source.startswith(("http://", "https://")) else source


def before_credits(source: str) -> str:
    """A source up to the credits it runs on into (嘉兴日报 记者 康行远 秀洲区委报道组 吴怡之): the
    outlet names itself before its reporters and desks (kb/data/metadata.toml source_credits)."""
    words = tuple(data()["issuer"]["source_credits"])
    pieces = source.split()
    cut = next(
        (k for k, p in enumerate(pieces) if k and p.startswith(words) + p.endswith(words)), None
    )
    return " ".join(pieces[:cut]) if cut else source


def named_authors(src: Source, title_: str, with_file: bool = True) -> list[str]:
    """Every name given as an author: stated, in the document properties (`with_file`), labelled,
    or a line of names on a paper's first page; placeholders, account codes and the site's own name
    dropped."""
    page = clean(src.stated.get("page_title")) + " " + clean(src.stated.get("site"))
    found = [
        a
        for value in (src.stated.get("authors"), with_file and src.stated.get("file_author"))
        if value and not is_junk(str(value))
        for a in as_list(value)
    ]
    found = [a for a in found if not is_junk(a) and not re.search(r"[\d_@]", a) and a not in page]
    if value := src.labelled.get("authors"):
        found += names(value) if has_cjk(value) else english_names(value)
    if src.fmt in ("pdf", "docx", "txt") and not found and title_:
        found = next((n for line in src.head[1:8] if (n := person_line(line))), [])
    return found


def authors(src: Source, got: dict) -> list[str]:
    """The people among the named authors (bodies go to the issuer); none when the only one named
    is the issuer itself."""
    # a Word or PDF file's author is whoever typed it: not the author of a body's document
    named = named_authors(src, got["title"], not got["issuer"])
    firm = got["issuer"] if ACRONYM.fullmatch(got["issuer"] or "") else None
    people = [a for a in named if not is_body_or_outlet(a) and a != firm]
    if got["issuer"] and "authors" not in src.labelled and people == [got["issuer"]]:
        return []
    return people


# a name in capitals alone (By KPMG, By EY): a firm's or body's initials, never a person's name
ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")


def is_body_or_outlet(name: str) -> bool:
    """An author that is no person: a body, or a Chinese news outlet (a Hexo post's `author:
    新浪财经` names the site that ran the item)."""
    return is_organ(name) or (has_cjk(name) and is_news_source(name))


def as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value if clean(v)]
    text = str(value)
    return names(text) if has_cjk(text) else english_names(text.replace(";", ","))


# ---- number and source URL ----


def number(src: Source, got: dict) -> str | None:
    """The 文号: labelled (发文字号：…), else the first 甬政发〔2021〕12号 of the title or head."""
    labelled = clean(src.labelled.get("number"))
    if labelled:
        return labelled
    if stated := clean(src.stated.get("number")):
        return stated
    for line in [got["title"], *src.head[:15], *src.info]:
        for m in NUMBER.finditer(line):
            if not cited(line, m.start()):
                return re.sub(r"\s+", "", m.group())
    for line in src.head[:15]:  # （…公告第12号公布）: a statute's publication number
        if m := ANNOUNCEMENT_NO.search(line):
            return re.sub(r"\s+", "", m.group()).lstrip("经由在于")
    return None


CITED = re.compile(r"\S.*?《[^《》]{2,80}》\s*[(（]\s*$")


def cited(line: str, start: int) -> bool:
    """A 文号 in brackets after a document's title inside a sentence (已印发《…意见》(浙委办发
    〔2020〕25号)) is that other document's number, not this one's."""
    return bool(CITED.fullmatch(line[:start]))


def source_url(src: Source, got: dict) -> str | None:
    """The official URL the file states (source_url, 来源 given as a URL, 原文链接, a URL in the
    head), else its permalink."""
    stated_source = clean(src.labelled.get("source") or src.stated.get("source") or "")
    url = (
        src.stated.get("source_url")
        or (stated_source if stated_source.startswith(("http://", "https://")) else None)
        or src.labelled.get("url")
        or next((m.group() for line in src.head[:6] + src.info if (m := URL.search(line))), None)
    )
    if not url and str(src.stated.get("permalink", "")).startswith(("http://", "https://")):
        url = src.stated["permalink"]
    m = URL.search(str(url or ""))
    return m.group() if m else None


# ---- genre, type, language, keywords, city ----


def genre(src: Source, got: dict) -> str:
    """The stated genre, else the title's (not a headline about a document), else the text's."""
    if src.stated.get("genre") in GENRES:
        return src.stated["genre"]
    title_ = got["title"]
    # a headline about a document, or a release a wire sent out, is news at least
    reported = reports_on_a_document(title_) or "wire" in src.labelled
    original = genre_of_title(translated_title(src.lines))  # a translation's own document's
    found = None if reported else original or genre_of_title(title_)
    site = clean(src.stated.get("site"))
    site = site or " ".join(site_suffixes(clean(src.stated.get("page_title"))))
    found = found or genre_of_text(
        src.fmt,
        got["issuer"] or "",
        site,
        " ".join(src.lines[:40]),
        dated=bool(got["dates"]),
        dateline="dateline" in src.labelled,
        lead=next((x for x in src.lines[:12] if len(x) >= 80 and x.endswith((".", "。"))), ""),
        openings=[x for x in src.lines[:12] if has_cjk(x) and is_paragraph(x)][:3],
    )
    if reported and found in ("webpage", "other"):
        return "news"
    if found == "news" and place_profile(title_, src.lines):
        return "webpage"
    if found in ("webpage", "other") and news_crumbs(src.head):
        return "news"  # Home>News>Local News: the site files it as news
    if found in ("webpage", "other") and credited_study(src.lines, title_):
        return "article"
    if found in ("webpage", "other") and report_front(src.head):
        return "report"  # a report's contents or its executive summary under the title
    if found in ("webpage", "other") and (cover := run_on_cover(src.head)):
        found = english_genre(cover[:200].lower()) or found  # a report's PDF text, not a page
    return "article" if found in ("webpage", "other") and is_post(src) else found


NEWS_SECTION = re.compile(
    r"[>»›]\s*(?:[\w ]{0,20}\bnews\b[\w ]{0,20}|[\u4e00-\u9fff]{0,6}(?:新闻|要闻|动态|资讯))"
    r"\s*(?:[>»›]|$)",
    re.I,
)


def news_crumbs(head: list[str]) -> bool:
    """A breadcrumb filing the page under a news section (Home>News>Local News, 首页 > 新闻中心 >
    本地要闻)."""
    return any(NEWS_SECTION.search(clean(head[k])) for k in crumbs_at(head))


def report_front(head: list[str]) -> bool:
    """A report's front matter in the first lines: its contents listing an executive summary, or a
    line opening with what the report is (This report examines …)."""
    words, openings = data()["report_front"]["en"], tuple(data()["report_front"]["en_openings"])
    low = [line.lower() for line in head[:8]]
    return any(w in line for line in low for w in words) or any(x.startswith(openings) for x in low)


def is_post(src: Source) -> bool:
    """A Markdown or text file whose front matter titles it: a blog's post or page, an article
    posted online (EB), unless it reads as something else."""
    return src.fmt in ("md", "txt") and bool(src.stated.get("title"))


def doc_type(src: Source, got: dict) -> str:
    if code := doc_type_code(src.stated.get("doc_type")):
        return code
    if src.stated.get("genre") in GENRES:
        return data()["doc_type"].get(got["genre"], "Z")
    if got["genre"] == "news" and "newspaper" in src.labelled:
        return "N"
    if got["genre"] in POSTABLE and posted_online(src, got["genre"]):
        return "EB"
    if got["genre"] == "article" and not src.stated.get("genre"):
        if is_post(src) or posted_online(src, "article"):
            return "EB"  # an article posted online: a post, or a page under its source's header
    return type_of_genre(got["genre"], got["issuer"])


POSTABLE = ("plan", "opinion", "notice", "decision", "other")


def posted_online(src: Source, genre: str) -> bool:
    """A plan or a notice as a web page gives it: under a header of its source (发布时间：…
    来源：…), or reposted (嘉兴印发《…规划》。详情如下：); another text of a page (not of a PDF or
    Word file) under its posting time alone."""
    page = genre == "other" and src.fmt not in ("pdf", "docx")
    dated = ["date:published", "date:updated"] if page else []
    header = {"source", "publisher", *dated} & set(src.labelled)
    crumbs = bool(crumbs_at(src.head))  # 首页 > 政务公开 > …: a site's page
    return bool(header) or crumbs or bool(reposted_title(src.lines))


def lang(src: Source, got: dict) -> str:
    """The stated language (not an HTML page's, often a template's), else the text's."""
    stated = lang_code(src.stated.get("lang")) if src.fmt != "html" else None
    return stated or lang_of("".join(src.lines)[:20000])


def keywords(src: Source, got: dict) -> list[str]:
    return as_list(src.stated.get("keywords"))


def city(src: Source, got: dict) -> str | None:
    """The stated city, else the issuing body's, the one a policy title begins with or the one
    city a title names."""
    if src.stated.get("city"):
        return stated_city(src.stated["city"])
    issuer_, title_ = got["issuer"], got["title"]
    if issuer_ and is_news_source(issuer_):  # a city's paper (Shanghai Daily) on another city
        about = document_city(None, title_)[0] or about_a_city(None, title_, src.lines)
        return about or document_city(issuer_, title_)[0]
    found = document_city(issuer_, title_)[0]
    return found or about_a_city(issuer_, title_, src.lines)


def stated_city(value) -> str | None:
    """A city the file states (an id or a name, 杭州 or Hangzhou); of a list, the one valid city
    (several are no one city)."""
    values = value if isinstance(value, (list, tuple)) else [value]
    found = {c for v in values if (c := city_id(v))}
    return found.pop() if len(found) == 1 else None


def city_issued(src: Source, got: dict) -> bool:
    """Whether the city issued the document (so that its paragraphs carry it as 发文城市)."""
    if src.side.get("city") or stated_city(src.stated.get("city")):
        return True
    return document_city(got["issuer"], got["title"])[1]


Step = Callable[[Source, dict], object]
FIELD_STEPS: tuple[tuple[str, Step], ...] = (
    ("title", title),
    ("title_derived", title_derived),
    ("dates", dates),
    ("number", number),
    ("date", date),
    ("issuer", issuer),
    ("authors", authors),
    ("source_url", source_url),
    ("genre", genre),
    ("doc_type", doc_type),
    ("lang", lang),
    ("keywords", keywords),
    ("city", city),
    ("city_issued", city_issued),
)
