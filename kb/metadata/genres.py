"""Genre (regulation, plan, notice, ...) and GB/T 7714 type code: from the title's last word, else
from how the text reads (a dateline, a news source, an abstract, a web page)."""

from __future__ import annotations

import re

from kb.english import is_common_word
from kb.metadata.words import (
    MONTH_DAY_ZH,
    SPACED_CJK,
    clean,
    data,
    has_cjk,
    is_news_source,
    is_newspaper,
)
from kb.script import is_english

TRAILING_BRACKETS = re.compile(r"(?:\s*[（(\[【〔][^（()）\]】〕]{0,30}[)）\]】〕])+\s*$")
REPORTED = re.compile(r"(?:印发|出台|发布|公布|通过|实施)\s*《[^》]+》\s*$")
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DAY_OF_MONTH = re.compile(rf"\bon {MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b(?!,? \d{{4}})")
# a lead that opens with the day it tells of: "Friday 2 February saw …", "Monday, March 4, the …"
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
DAY_LEAD = re.compile(
    rf"^{WEEKDAY},?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|{MONTH}\s+\d{{1,2}})\b"
)
ABSTRACT = re.compile(
    r"(?:摘\s*要|abstract|关\s*键\s*词|key\s*words)\s*[:：]|(?:^|\s)Abstract\s+(?:Objectives?|Background|Purpose)\b",
    re.I,
)

# a paper's own abstract label (论文摘要:, Abstract:), which no news item opens with
STUDY_ABSTRACT = re.compile(r"(?:^|\s)(?:论文摘要|Abstract)\s*[:：]")
# a reference in author-date style: "Campanella, Thomas J. 2006. Urban resilience and …"
REFERENCE = re.compile(r"\b[A-Z][a-z'-]+, [A-Z][a-z]+[^.]{0,120}?\.\s+(?:19|20)\d\d[a-z]?\.\s")


YEAR_TAG = re.compile(r"(?<=[\u4e00-\u9fff])\s*(?:19|20)\d\d$")


def genre_of_title(title: str) -> str | None:
    """regulation, plan, opinion, notice, decision or report from the title's last word
    (关于印发《…办法》的通知 is a notice), or from the words of an English title; None when the
    title does not say."""
    t = TRAILING_BRACKETS.sub("", clean(title)).rstrip('》>"” ')
    t = SPACED_CJK.sub("", t)  # 政 府 工 作 报 告
    t = YEAR_TAG.sub("", t)  # …统计公报 2021: a site's year tag after the title
    if not t:
        return None
    genres = data()["genre"]
    if has_cjk(t) and essay(t):
        return "article"
    if has_cjk(t):
        best = None
        for genre, words in genres.items():
            if any(t.endswith(x) for x in words.get("not_zh", [])):
                continue
            for w in words["zh"]:
                if t.endswith(w) and (best is None or len(w) > best[1]):
                    best = (genre, len(w))
        return best[0] if best else None
    return english_genre(t.lower())


def essay(t: str) -> bool:
    """A Chinese title opening as an essay does (论…, 浅析…, 刍议…): an article."""
    words = data()["genre"]["article"]
    return t.startswith(tuple(words["zh_openings"])) and not t.startswith(
        tuple(words["zh_openings_not"])
    )


def english_genre(low: str) -> str | None:
    """The genre an English title names first: its head noun comes first ("Notice of the … on
    Printing and Distributing Several Measures …" is a notice, not measures)."""
    if low.startswith(tuple(data()["reading"]["en"])):
        return None  # "Decoding the Outline Development Plan …" explains the plan, it is none
    found = [
        (m.start(), genre)
        for genre, words in data()["genre"].items()
        for w in words["en"]
        if (m := re.search(rf"\b{re.escape(w)}\b", low))
    ]
    return min(found)[1] if found else None


def reports_on_a_document(title: str) -> bool:
    """A headline about a document (国务院印发《…规划》, "… plan released", "Hangzhou publishes
    plan for …") is news, not the document."""
    low = title.lower().rstrip(" .!")
    english_headline = not has_cjk(title) and (
        any(low.endswith(" " + v) for v in data()["news"]["headline_verbs"])
        or acts_now(low)
        or passive_headline(title)
        or present_tense(title)
        or future_headline(title)
        or quoted_document(title)
    )
    return english_headline or bool(REPORTED.search(title))


QUOTED = re.compile(r"[\"“‘'][^\"“”‘’']{6,}[\"”’']")


def quoted_document(title: str) -> bool:
    """A headline that names a document in quotes after words of its own ("Elected Officials …
    Applaud 'Housing New York: A Five-Borough, Ten-Year Housing Plan'"): about it, not it."""
    m = QUOTED.search(title)
    if not m or not english_genre(m.group(0).lower()):  # "Maximum One Visit" names no document
        return False
    return len(title[: m.start()].split()) >= 2 and not english_genre(
        QUOTED.sub(" ", title).lower()
    )


def passive_headline(title: str) -> bool:
    """A headline saying a document was made, its verb in lowercase before what follows ("Measures
    issued to promote consumption", "Plan released for the bay area"); a title in Title Case
    ("Measures Issued by …") is the document's own."""
    verbs = "|".join(map(re.escape, data()["news"]["headline_verbs"]))
    return bool(re.search(rf"^\S.*?\s(?:{verbs})\s+(?:to|for|in|on|by|at|as)\b", title))


def present_tense(title: str) -> bool:
    """A headline in the present tense, as news says it: a subject and its verb in lowercase
    ("Ningbo prioritizes development", "free trade zone keeps chugging on", "deputies review the
    report"): a lowercase word ending in -s after the first word and before another that is no
    function word, not in a noun phrase an article opens ("the complementary roles Guangzhou …"); a
    document's name in the plural ("measures for …") is no verb."""
    words = re.findall(r"[\w’'-]+", title)
    named = {w for ws in data()["genre"].values() for w in ws["en"]}
    function = set(data()["title"]["headline_words"]) | {"and", "or"}
    for i in range(1, len(words) - 1):
        w, nxt, before = words[i], words[i + 1], {x.lower() for x in words[max(0, i - 2) : i]}
        if not re.fullmatch(r"[a-z]+[^su’'\W]s", w) or w in named or before & ARTICLES:
            continue
        if nxt.lower() not in function:
            return True
    return False


ARTICLES = frozenset(["the", "a", "an", "what", "which", "its", "their", "our", "his", "her"])


# a headline's future: a named subject "to" a verb in lowercase (Macao to hold press conference …)
FUTURE = re.compile(r"^((?:[A-Z][\w'’.-]*\s+){1,4})to\s+[a-z]{2,}\b")


def future_headline(title: str) -> bool:
    """A headline saying what a subject will do, its verb in lowercase ("Macao to hold press
    conference on Master Plan …", "Ningbo to build …"): news about a document, not the document
    ("Measures to Promote …" names its kind as its subject; "How to apply …" is a guide)."""
    m = FUTURE.match(title)
    if not m:
        return False
    subject = m.group(1).lower()
    asks = subject.split()[0] in data()["news"]["not_subjects"]
    return not asks and english_genre(subject.strip()) is None


def acts_now(low: str) -> bool:
    """A subject doing something in the present tense, as headlines say it: "hangzhou publishes
    plan …" (not "notice on issues concerning …": the verb follows a noun, not a preposition)."""
    verbs = "|".join(map(re.escape, data()["news"]["headline_present"]))
    m = re.search(rf"(\S+)\s+(?:{verbs})\b", low)
    return bool(m) and m.group(1) not in ("on", "of", "the", "a", "an", "for", "and", "to", "in")


def genre_of_text(
    fmt: str,
    issuer: str,
    site: str,
    head: str,
    dated: bool,
    dateline: bool,
    lead: str = "",
    openings: list[str] | tuple = (),
) -> str:
    """The genre of a text whose title does not say: news (a dateline, a news source, a dated text
    reporting what was said, an English lead saying when it happened, a Chinese paragraph among
    the first (`openings`) opening on its day), an article (abstract,
    keywords), a web page, or other."""
    low = head.lower()  # "According to …" opens a sentence
    reporting = sum(low.count(w.lower()) for w in data()["news"]["reporting"])
    # English reporting ("…, officials said", "according to …") reads as news even undated
    # (an English head: a page's stray Chinese label, 封面, does not make it Chinese)
    told = reporting >= 1 and (dated or is_english(head)) or says_when(lead)
    told = told or (dated and (drop_cap(lead) or chinese_lead_time(lead)))
    # a Chinese story opening on its day (9月25日，…拉开帷幕), in one of its first paragraphs
    told = told or any(DAY_OPENING.match(x.strip()) for x in openings)
    if STUDY_ABSTRACT.search(head):
        return "article"  # a paper posted under a site's dated header: 论文摘要:…, Abstract: …
    if dateline or is_news_source(issuer) or is_news_source(site) or told:
        return "news"
    if any(w in head for w in data()["genre"]["notice"]["text"]):
        return "notice"  # a covering notice without its title: 现印发给你们，请认真组织实施
    if ABSTRACT.search(head) or len(REFERENCE.findall(head)) >= 2:
        return "article"  # a journal's page: an abstract, keywords, a list of references
    # English copy of a Chinese policy topic is web copy (a portal's page) when nothing says more
    return "webpage" if fmt == "html" or (head.strip() and is_english(head)) else "other"


# a month's day without its year, perhaps with the time of day, then a comma: this year's news
DAY_OPENING = re.compile(rf"{MONTH_DAY_ZH}(?:上午|下午|中午|晚上|晚间|晚|早上|凌晨)?[,，]")
ZH_LEAD_WORDS = 30  # where a Chinese lead says when: its opening clause


def chinese_lead_time(lead: str) -> bool:
    """A Chinese lead that opens by saying when (群贤毕至。昨日下午，…会议隆重开幕; 近日，…)."""
    opening = lead.strip()[:ZH_LEAD_WORDS]
    return has_cjk(opening) and any(w in opening for w in data()["news"]["lead_times_zh"])


def says_when(lead: str) -> bool:
    """An English lead that says when the thing happened: "announced last week", "was declared on
    Feb 18" (a month's day without its year: this year's news)."""
    low = lead.lower()
    if has_cjk(lead) or not low:
        return False
    if any(re.search(rf"\b{re.escape(w)}\b", low) for w in data()["news"]["lead_times"]):
        return True
    return bool(DAY_OF_MONTH.search(low) or DAY_LEAD.match(low))


def type_of_genre(genre: str, issuer: str | None) -> str:
    """The GB/T 7714 code of a genre; news not from a newspaper is an online item (EB/OL)."""
    if genre == "news" and not is_newspaper(issuer or ""):
        return "EB/OL"
    return data()["doc_type"].get(genre, "Z")


def place_profile(title: str, lines: list[str]) -> bool:
    """A page describing a place (Introduction of Nantong / … / Nantong City is located at …,
    Changzhou / Changzhou, also known as "Longcheng", is a prefecture-level city …): its title is
    the place's name among profile words, its first paragraph opens by saying what the place is."""
    words = re.findall(r"[A-Za-z’'-]+", title)
    place = [w for w in words if w.lower() not in data()["title"]["profile_words"]]
    if has_cjk(title) or not 1 <= len(place) <= 3 or not all(w[0].isupper() for w in place):
        return False
    lead = next((x for x in lines[:15] if len(x) >= 80), "")
    name = re.escape(" ".join(place))
    says = rf"^(?:The\s+)?{name}(?:\s+(?:City|District|County))?(?:,[^.]{{0,60}},)?\s+(?:is|lies)\b"
    return bool(re.match(says, lead))


def drop_cap(lead: str) -> bool:
    """A newspaper's lead opens with its first word in capitals ("FACED with a high demand …", "WHY
    was Ningbo selected …"): an everyday word, not an acronym that opens a sentence (FTZ, ASEAN)."""
    m = re.match(r"^[“\"]?([A-Z]{2,})\s+[a-z]", lead)
    return bool(m) and is_common_word(m.group(1))
