"""Plain values that flow through the pipeline: blocks from readers, measures, documents."""

from __future__ import annotations

from dataclasses import dataclass, field, fields


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

    @property
    def id(self) -> str:
        return f"{self.doc_id}:{self.para}"

    def to_dict(self) -> dict:
        """The stored form (shallow: every field is a plain value already, and asdict's deep copy is slow)."""
        d = {"id": self.id, **{f.name: getattr(self, f.name) for f in fields(self)}}
        d["theme_scores"] = d.pop("scores")
        return d


@dataclass
class Document:
    """A corpus file after reading: metadata plus its measures."""

    doc_id: str
    path: str
    title: str
    title_derived: bool = False
    authors: list[str] = field(default_factory=list)
    year: int | None = None
    source: str = ""
    language: str = "zh"
    keywords: list[str] = field(default_factory=list)
    city: str | None = None  # the city that issued it, when known
    sha256: str = ""
    fmt: str = ""
    measures: list[Measure] = field(default_factory=list)

    def meta(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "measures"}
