"""Plain values that flow through the pipeline: blocks from readers, measures, documents."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields

# The most characters a text field may hold (an author, a heading path, each of a document's text
# fields). These fields are copied into every hit of a document and into each of its four
# citations and every CSV row, so one document's 1 MB sidecar title made /api/search?limit=10
# answer 52 MB and a 100-row export 520 MB (issue 21). Real values stay far below: the longest
# title of the seed and real corpora has 60 characters, an English report's title with its
# subtitle about 250, a 文号 20, a URL a few hundred.
TEXT_MAX = {
    "title": 300,
    "issuer": 200,
    "author": 120,
    "number": 100,
    "section": 400,  # a heading path: several headings joined by " › "
    "doc_type": 16,
    "genre": 32,
    "city": 64,
    "lang": 16,
    "source_url": 2048,  # the longest URL browsers and servers commonly accept
    "date": 32,
    "keyword": 60,
}
# a list field holds at most this many entries (APA lists up to 20 authors, then "…")
LIST_MAX = {"authors": 20, "keywords": 50, "dates": 20}
ELLIPSIS = "…"


# Control characters (a terminal escape starts with ESC, \x1b; C1 controls; DEL) and the
# bidirectional overrides and isolates that reorder what a terminal or a page shows: a title or a
# paragraph holding them could rewrite the terminal of whoever ran `kb docs` or `kb search`.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
LINE_BREAKS = re.compile(r"[\t\n\r\u2028\u2029]+")


def plain(text: str) -> str:
    """Text without control characters (tabs and newlines kept)."""
    return CONTROL.sub("", text) if text else text


def field_text(text: str | None, limit: int) -> str | None:
    """A metadata value as stored: one line, no control characters, at most `limit` characters."""
    if text is None:
        return None
    return clamp(plain(LINE_BREAKS.sub(" ", text)), limit)


def clamp(text: str | None, limit: int) -> str | None:
    """Text cut to `limit` characters, the cut marked with an ellipsis."""
    if text is None or len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + ELLIPSIS


def bounded(meta: dict) -> dict:
    """A document's metadata with every text field one line without control characters, within
    TEXT_MAX, and every list within LIST_MAX. A source URL too long is dropped (cut, it would lead
    elsewhere), and so is one that is not http(s): a sidecar's `javascript:` became a link on the
    document's page."""
    out = dict(meta)
    for key, value in meta.items():
        if key == "source_url" and isinstance(value, str):
            web = len(value) <= TEXT_MAX[key] and re.match(r"https?://\S", value, re.I)
            out[key] = value if web else None
        elif key in TEXT_MAX and isinstance(value, str):
            out[key] = field_text(value, TEXT_MAX[key])
        elif key in ("authors", "keywords") and isinstance(value, list):
            one = TEXT_MAX[key[:-1]]
            out[key] = [
                field_text(v, one) if isinstance(v, str) else v for v in value[: LIST_MAX[key]]
            ]
        elif key == "dates" and isinstance(value, dict):
            out[key] = {
                field_text(str(k), TEXT_MAX["keyword"]): field_text(v, TEXT_MAX["date"])
                if isinstance(v, str)
                else v
                for k, v in list(value.items())[: LIST_MAX["dates"]]
            }
    return out


@dataclass
class Block:
    """One unit a reader found: a heading (with level) or a paragraph of text."""

    kind: str  # "heading" or "para"
    text: str
    level: int = 1
    label: str | None = None  # 摘要 / Abstract: the paragraph is its own section


@dataclass
class Measure:
    """A paragraph-level unit of a document, in reading order, never crossing a heading."""

    doc_id: str
    para: int
    text: str
    section: str = ""
    kind: str = "measure"
    lang: str = "zh"
    doc_title: str = ""
    themes: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    evidence: dict = field(default_factory=lambda: {"themes": {}, "cities": {}})
    scores: dict = field(default_factory=dict)
    locator: dict = field(
        default_factory=dict
    )  # {"article": 35, "clause": 2, "item": 1} inside a statute

    def __post_init__(self) -> None:
        self.text = plain(self.text)
        self.section = field_text(self.section, TEXT_MAX["section"])
        self.doc_title = field_text(self.doc_title, TEXT_MAX["title"])

    @property
    def id(self) -> str:
        return f"{self.doc_id}:{self.para}"

    def to_dict(self) -> dict:
        """The stored form (shallow: every field is a plain value already, and asdict's deep copy
        is slow)."""
        d = {"id": self.id, **{f.name: getattr(self, f.name) for f in fields(self)}}
        d["theme_scores"] = d.pop("scores")
        return d


# a document object's fields (CONTRACT.md, "A document"), in order, before `measures`
DOCUMENT_FIELDS = (
    "doc_id",
    "title",
    "title_derived",
    "issuer",
    "authors",
    "date",
    "dates",
    "number",
    "genre",
    "doc_type",
    "city",
    "lang",
    "source_url",
)
GENRES = (
    "regulation",
    "plan",
    "opinion",
    "notice",
    "decision",
    "report",
    "news",
    "article",
    "webpage",
    "other",
)


@dataclass
class Document:
    """A corpus file after reading: its metadata (CONTRACT.md, "A document") plus its measures."""

    doc_id: str
    path: str
    title: str
    title_derived: bool = False
    issuer: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None  # ISO 8601, as precise as the source allows: 2021-08-26, 2021-08, 2021
    dates: dict[str, str] = field(
        default_factory=dict
    )  # adopted, approved, published, effective, issued
    number: str | None = None  # 文号: 浙政发〔2021〕12号
    genre: str = "other"  # one of GENRES
    doc_type: str = "Z"  # GB/T 7714-2015 document type code
    city: str | None = None  # the issuing city, None for provincial or national documents
    lang: str = "zh"
    source_url: str | None = None
    keywords: list[str] = field(default_factory=list)
    sha256: str = ""
    fmt: str = ""
    measures: list[Measure] = field(default_factory=list)

    def __post_init__(self) -> None:
        for key, value in bounded(self.meta()).items():
            if key in TEXT_MAX or key in LIST_MAX:
                setattr(self, key, value)

    @property
    def year(self) -> int | None:
        """The year of `date`, kept for callers that only know years."""
        m = re.match(r"\d{4}", self.date or "")
        return int(m.group()) if m else None

    def meta(self) -> dict:
        d = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "measures"}
        d["year"] = self.year
        return d


def document_defaults() -> dict:
    """Every metadata field with its empty value: fills entries an older index stored without
    them."""
    empty = Document(doc_id="", path="", title="")
    return {k: v for k, v in empty.meta().items() if k not in ("doc_id", "path", "title")}
