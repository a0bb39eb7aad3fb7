"""Dated events a document states of itself: adopted, approved, published, effective, issued
(2021年8月26日…会议通过, 自2022年1月1日起施行, "Adopted at … on December 20, 2019")."""

from __future__ import annotations

import re

from kb.dates import find_dates
from kb.metadata.organs import organ_of_event
from kb.metadata.words import is_organ

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
EN_EVENTS = {
    "adopted": "adopted",
    "delivered": "delivered",
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
# a congress's term before its name, in digits or in words (11th, Tenth, Twenty-third)
ORDINAL = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|(?:(?:Twenty|Thirty|Forty)-)?(?:First|Second|Third|Fourth|Fifth|"
    r"Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|"
    r"Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|Thirtieth|Fortieth))\s+",
    re.I,
)
# a translated promulgation note: "(May 22, 2015 Shanghai City Government makes 30th, announced)",
# (2015年5月22日上海市人民政府令第30号公布) put into English word by word: a date, the body, its
# verb last
NOTE_EVENT = re.compile(
    r"^\s*[(（](?P<rest>[^()（）]{6,160}?)[\s,]*\b(?P<verb>announced|promulgated|published|issued)"
    r"\s*[)）]",
    re.I,
)
# such a note whose verb comes before the order's number, the note running on (… on December 1,
# 2010, Nanjing Municipal Government announced order No. 275, come into force …)
NOTE_ORDER = re.compile(
    r"^\s*[(（](?P<rest>[^()（）]{6,300}?)[\s,]*\b(?P<verb>announced|promulgated|published|issued)"
    r"\s+(?:(?:the\s+)?(?:order|decree|announcement)\s+)?No\.\s*\d+",
    re.I,
)
NOTE_VERBS = {"announced": "published", "promulgated": "published", "published": "published"}
EVENT_LINE_MAX = 2000  # a line of events is a note, not a book: longer ones are read up to here
SPLIT_AT = re.compile(r"[。；;，,（）()【】\[\]]")
AFTER_EVENT = re.compile(r".*(?:[（(【\[]|通过|批准|公布|施行|修正|修订|印发|发布)[\s，,；;、]*")


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
        body = re.sub(r"^(?:the\s+)?[\w -]*?\b(?:Meeting|Session)\s+of\s+", "", body)
        body = ORDINAL.sub("", body).strip(" ,")
        body = re.sub(r"^the\s+", "", body)
        out.append((EN_EVENTS[m.group(1).lower()], stated[0][2], body if is_organ(body) else ""))
    return out or note_event(line)


def note_event(line: str) -> list[tuple[str, str, str]]:
    """(event, iso date, organ) of a note in brackets that opens with its date and ends with its
    verb, the body right after the date: a promulgation note put into English word by word."""
    m = NOTE_EVENT.match(line)
    stated = find_dates(m.group("rest")) if m else []
    if not stated or stated[0][0] != 0:
        return order_note_event(line)
    words = m.group("rest")[stated[0][1] :].strip(" ,").split()
    body = next((b for k in range(len(words), 0, -1) if is_organ(b := " ".join(words[:k]))), "")
    return [(NOTE_VERBS.get(m.group("verb").lower(), "issued"), stated[0][2], body)]


def order_note_event(line: str) -> list[tuple[str, str, str]]:
    """The same note with its verb before the order's number: the date last stated before the verb
    and the body right before it."""
    m = NOTE_ORDER.match(line)
    stated = find_dates(m.group("rest")) if m else []
    if not stated or stated[0][0] != 0:
        return []
    words = m.group("rest")[stated[-1][1] :].strip(" ,").split()
    body = next((b for k in range(len(words)) if is_organ(b := " ".join(words[k:]))), "")
    return [(NOTE_VERBS.get(m.group("verb").lower(), "issued"), stated[-1][2], body)]


def _event_after(clause: str, iso_date: str, organ_before: str) -> tuple[str, str, str] | None:
    for event, verb in EVENTS:
        pos = clause.find(verb)
        if 0 <= pos <= 60:
            return event, iso_date, organ_of_event(clause[:pos]) or organ_before
    return None


def delivered(prefix: str, clause: str) -> bool:
    """A date after a dash or an opening bracket, then 在…会议上 with no other event: the day a
    report or speech was delivered (——2022年3月30日在…会议上, 报告 (2019年1月21日在…会议上))."""
    after = re.search(r"(?:[—-]{1,2}|[(（])\s*$", prefix)
    other_event = any(verb in clause for _, verb in EVENTS)
    if not prefix.strip():  # a line of its own under a report's title: 2020年1月9日在…会议上
        return bool(re.match(r"\s*在[^，。,]{0,60}会议上", clause)) and not other_event
    return bool(after) and bool(re.match(r"\s*在", clause)) and not other_event


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
        if delivered(prefix, clause):
            out.append(("delivered", iso_date, ""))  # ——2022年3月30日在市十七届人大一次会议上
            continue
        if re.search(r"自\s*$", prefix) and re.match(r"\s*起\s*(?:施行|实施|生效)", clause):
            out.append(("effective", iso_date, ""))
            continue
        # a statement about the document itself opens the line, its note, or follows another event;
        # 已经…会议审议通过 inside a sentence is about something else
        lead = prefix.strip(" 　")
        organ_before = lead if is_organ(lead) else ""
        if lead and not organ_before and not AFTER_EVENT.fullmatch(lead):
            continue
        if event := _event_after(clause, iso_date, organ_before):
            out.append(event)
    return out
