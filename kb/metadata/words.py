"""The words metadata relies on (kb/data/metadata.toml) and the tests of a single line built on
them: page furniture, labelled metadata lines, junk values, names of bodies."""

from __future__ import annotations

import re
from functools import cache

from kb import data_files
from kb.dates import find_dates
from kb.numerals import CN_NUM

SITE_SEPARATOR = re.compile(r"\s+[-|—–·]+\s+|\s*[_|｜]\s*|\s*--+\s*")
PUNCT = re.compile(r"[\s\W_]+", re.U)
URL = re.compile(r"https?://[^\s<>\"'，。；、）)】]+")
NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,12}\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号"
)
# a statute's publication number: 湖州市人民代表大会常务委员会公告第12号, 上海市人民政府令第5号
ANNOUNCEMENT_NO = re.compile(
    rf"[\u4e00-\u9fff]{{2,30}}?(?:公告|令)\s*[（(]?\s*第\s*[{CN_NUM}\d]{{1,6}}\s*号[)）]?"
)
BODY_START = re.compile(
    rf"^\s*(?:第[{CN_NUM}\d]+[章条节编]|[一二三四五六七八九十]+、|[（(]一[)）]|1[.、．]\s*\S|"
    r"(?:摘\s*要|abstract)\s*[:：])",
    re.I,
)
CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


@cache
def data() -> dict:
    return data_files.toml("metadata.toml")


# a month's day in Chinese, in figures or numerals (11月5日, 三月十二日): a dateline's or a lead's
MONTH_DAY_ZH = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"

# a space between two Chinese characters (政 府 工 作 报 告, 标 题): spacing, not a word break
SPACED_CJK = re.compile(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])")


def clean(text) -> str:
    """Whitespace runs as one space, ends trimmed; None as ""."""
    return re.sub(r"\s+", " ", str(text or "")).strip()


def unspaced(text) -> str:
    return re.sub(r"\s+", "", str(text or ""))


def norm(text: str) -> str:
    return PUNCT.sub("", text or "").lower()


def has_cjk(text: str) -> bool:
    return bool(CJK_CHAR.search(text or ""))


@cache
def _furniture_rx() -> re.Pattern:
    words = sorted(data()["furniture"]["words"], key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words), re.I)


def _labels() -> list[str]:
    """The field labels, longest first (so that 发布日期 wins over 日期)."""
    return sorted(data()["furniture"]["labels"], key=len, reverse=True)


@cache
def _run_on_fields_rx() -> re.Pattern:
    words = [w for w in _labels() if re.match(r"[\u4e00-\u9fff]", w)]
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, words)) + r")\s*[:：]")


def run_on_fields_at(line: str) -> int | None:
    """Where the fields a headline's line runs on into start (长三角…沃土 时间:2022-10-17
    来源:澎湃新闻: a Chinese label and its colon after a gap), when they hold a date and more than
    a label's row precedes them; None otherwise."""
    m = _run_on_fields_rx().search(line)
    return m.start() if m and m.start() >= 6 and find_dates(line[m.start() :]) else None


@cache
def label_rx() -> re.Pattern:
    words = _labels()
    return re.compile(
        r"^\s*[【\[]?(?:" + "|".join(re.escape(w) for w in words) + r")[】\]]?\s*(?:[:：]|\s|$)",
        re.I,
    )


@cache
def labels_run_rx() -> re.Pattern:
    """Two Chinese labels or more run together and nothing else (信息来源关键词,
    文号信息格式/语种)."""
    alternatives = "|".join(re.escape(w) for w in _labels() if has_cjk(w))
    return re.compile(rf"(?:(?:{alternatives})[/／、]?){{2,}}")


@cache
def _furniture_rx_of(key: str) -> re.Pattern:
    """The [furniture] patterns under one key (hints, button_tails) as one pattern."""
    patterns = data()["furniture"].get(key, [])
    return re.compile("|".join(f"(?:{h})" for h in patterns) or "$^", re.I)


def is_furniture(line: str) -> bool:
    """A line made only of page furniture (下载 打印 全屏 收藏【字号：加大 还原 减小】 分享到…),
    or a short hint on how to move through the page with the keyboard."""
    text = line.strip()
    if text and len(text) <= 40 and _furniture_rx_of("hints").search(text):
        return True
    if (
        text and len(text) <= 80 and _furniture_rx_of("button_tails").search(text)
    ):  # … 我要纠错 注册 登录
        return True
    if not text or len(text) > 80 or not _furniture_rx().search(text):
        return False
    return not PUNCT.sub("", _furniture_rx().sub("", text))


def is_metadata_line(line: str) -> bool:
    """A labelled line that only states metadata (来源：浙江日报 时间：2026-01-22, 原文链接：…,
    【法宝引证码】…) or a bare URL: read as metadata, not a paragraph of the document."""
    text = line.strip()
    if not text or len(text) > 120:
        return False
    if URL.fullmatch(text) or NUMBER.fullmatch(text.strip("（）() ")):
        return True
    m = re.match(r"^\s*(?:【([^】]{1,8})】|([^\s:：]{1,8})\s*[:：])", text)
    label = m and (m.group(1) or m.group(2))
    return bool(label) and bool(label_rx().match(label + "：")) and label not in ("By", "by")


def is_dated_line(line: str) -> bool:
    """A dateline or site line (China Daily 2020-07-17, en.wuxi.gov.cn 2018-09-07, 2018-01-12
    Source: Jiangsu International Channel): a full date and a few words, not a sentence."""
    text = line.strip()
    if not text or len(text) > 80 or text[-1] in ".。!?！？":
        return False
    found = find_dates(text)
    if not found:
        return False
    rest = "".join(
        text[a:b]
        for a, b in zip(
            [0, *[e for _, e, _ in found]], [s for s, _, _ in found] + [len(text)], strict=True
        )
    )
    words = re.findall(r"[\u3400-\u9fff]|[^\W\d_\u3400-\u9fff][\w'.&-]*", rest)
    rules = data()["furniture"]
    if any(w.lower() in rules.get("dated_line_not", []) for w in words):
        return False
    return len(words) <= int(rules.get("dated_line_words", 0))


def drop_furniture(texts: list[str], title: str = "", head: int = 12) -> list[bool]:
    """Which texts to keep: page furniture goes anywhere; metadata lines and copies of the title
    among the first `head` non-empty ones (the title is shown as the title, not as a paragraph)."""
    keep, seen = [], 0
    title = unspaced(title)  # the title may be respaced (2016 年 → 2016年), its line is not
    for text in texts:
        t = str(text).strip()
        seen += bool(t)
        early = seen <= head and (
            is_metadata_line(t) or is_dated_line(t) or (bool(title) and unspaced(t) == title)
        )
        keep.append(not (is_furniture(t) or early))
    return keep


@cache
def _labels() -> frozenset[str]:
    """The labels of metadata lines ([furniture] labels), lower case: a label is never a value."""
    return frozenset(w.lower() for w in data()["furniture"]["labels"])


def is_junk(value: str) -> bool:
    """A placeholder rather than a value: untitled, Microsoft Word - x.doc, admin, 本网, a code."""
    v = clean(value).lower()
    if not v or len(v) < 2:
        return True
    if re.search(r"\.(docx?|pdf|wps|txt|html?)$", v) or re.match(
        r"^(microsoft word|untitled)\b", v
    ):
        return True
    if re.fullmatch(r"[a-z]{0,6}[_-]?\d{6,}", v):  # a record's code or stamp: sp20241126
        return True
    if not re.search(r"[a-z\u4e00-\u9fff]", v):  # a date's or a number's pieces: 08/05/
        return True
    if v.rstrip(":：") in _labels():  # Updated, 来源
        return True
    junk = data()["title"]["junk"]
    if any(v == j or (len(j) > 3 and v.startswith(j)) for j in junk):
        return True
    return has_cjk(v) and not without_junk_words(v, [j for j in junk if has_cjk(j)])


def without_junk_words(value: str, words: list[str]) -> str:
    """What is left of a Chinese value once its placeholder words go (本站原创 leaves nothing)."""
    for w in sorted(words, key=len, reverse=True):
        value = value.replace(w, "")
    return value.strip()


def is_news_source(name: str) -> bool:
    return bool(name) and any(w.lower() in name.lower() for w in data()["news"]["sources"])


def is_newspaper(name: str) -> bool:
    return bool(name) and any(name.endswith(w) for w in data()["news"]["newspapers"])


@cache
def _suffix_rx() -> re.Pattern:
    zh = sorted(data()["issuer"]["suffixes"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(w) for w in zh) + ")$")


@cache
def _en_org_rx() -> re.Pattern:
    en = "|".join(
        re.escape(w) for w in sorted(data()["issuer"]["en_suffixes"], key=len, reverse=True)
    )
    tail = r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}"
    named = r"(?:[A-Z][\w'’&.-]*\s+(?:of\s+|and\s+|for\s+)?){1,8}"
    # Ningbo Municipal Bureau of Commerce; and a body named by what it is for, its kind first
    # (Centre for Liveable Cities, Institute of Urban Studies)
    return re.compile(
        rf"^(?:the\s+)?(?:{named}(?:{en})(?:{tail}){{0,2}}|(?:{en})(?:{tail}){{1,2}})$"
    )


@cache
def _outlets() -> frozenset[str]:
    """The news outlets and agencies the data name (the publishers of known domains, the
    agencies of Chinese datelines, the wires), lower-cased."""
    d = data()
    names = [
        *d["publishers"].values(),
        *d["dateline"]["agencies"],
        *d["dateline"]["wires"].values(),
    ]
    return frozenset(clean(n).lower() for n in names)


def is_outlet(name: str) -> bool:
    """A line that is only an outlet's name (Xinhua, (China Daily), 新华社): a byline, its
    publisher, never a title."""
    return clean(name).strip("()（）").lower() in _outlets()


def is_organ(name: str) -> bool:
    """Whether a short text is the name of a body: 湖州市人民政府, 浙江日报, Ningbo Municipal
    People's Government."""
    n = clean(name)
    # a company's "Co., Ltd." is the one comma a body's name holds
    if not n or len(n) > 100 or re.search(r"[。；;，,:：!?！？]", re.sub(r"Co\.,\s?Ltd", "", n)):
        return False
    if has_cjk(n):
        return 3 <= len(n) <= 60 and bool(_suffix_rx().search(n.replace(" ", "")))
    if n.isupper():  # a banner in capitals: AUSTRALIAN ASSOCIATED PRESS
        n = as_written(n)
    return bool(_en_org_rx().match(n.replace("’", "'")))  # People’s Congress as People's


SMALL_WORDS = frozenset(("of", "the", "on", "and", "for", "in", "to", "at", "a", "an"))


def as_written(line: str) -> str:
    """A line in capitals as a name is written (CENTRE FOR LIVEABLE CITIES ANNUAL REPORT: Centre
    for Liveable Cities Annual Report), its small words in lower case but the first."""
    words = line.split()
    return " ".join(
        w.lower() if k and w.lower() in SMALL_WORDS else w.capitalize() for k, w in enumerate(words)
    )
