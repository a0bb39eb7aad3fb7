"""The one table of search filters and facets: name, URL parameter, index field, labels, validation.

The index schema, the query syntax (`city:ningbo year:2021`), the search layer, the API, the pages,
the CLI and the CSV all read this table; a new facet is one row here and one field a measure is
indexed with (kb/ingest.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kb import data_files, gazetteer
from kb.errors import BadQuery
from kb.kinds import KINDS
from kb.model import GENRES, Document, Measure
from kb.themes import THEMES
from kb.themes import label as theme_label

SORTS = ("relevance", "order", "date")  # date: newest document first, then reading order
LANGS = ("zh", "en")
YEAR = re.compile(r"^(1[89]|2[01])\d\d$")


def _i18n(table: str) -> Callable[[str, str, dict], str]:
    return lambda value, lang, docs: data_files.toml("i18n.toml")[table][lang].get(value, value)


@dataclass(frozen=True)
class Facet:
    """One filterable, countable property of a measure."""

    name: str  # keyword of KB.search, CLI option, and query-syntax prefix
    field: str  # index field
    param: str  # URL parameter (`lang` there is the interface language)
    known: Callable[[dict], object]  # docs table → the values accepted (a container)
    label: Callable[[str, str, dict], str]  # (value, interface language, docs table) → label
    values: Callable[[Measure, Document], Iterable[str]]  # what a measure of a document carries
    multi: bool = False  # a measure may carry several values (a backend stores a list)
    shown: bool = True  # listed among the facets of the search page
    counted: bool = True  # counted in a search result's facets (a date range's field is not)

    def check(self, value: str, docs: dict) -> None:
        if value not in self.known(docs):
            year = self.name == "year"
            what = "not a year (1800–2199)" if year else "unknown value"
            reason = "not_a_year" if year else "unknown_value"
            raise BadQuery(
                f"{self.param}: {what} {value[:60]!r}", reason, param=self.param, value=value[:60]
            )


class _Years:
    def __contains__(self, value) -> bool:
        return bool(YEAR.match(str(value)))


def year_of(date: str | None) -> str | None:
    """The year a document is filed under (the first four digits of its ISO date)."""
    m = re.match(r"^\d{4}", date or "")
    return m.group() if m else None


FACETS: tuple[Facet, ...] = (
    Facet(
        "city",
        "city",
        "city",
        lambda docs: gazetteer.cities(),
        lambda v, lang, docs: gazetteer.label(v, lang),
        lambda m, doc: m.cities,
        multi=True,
    ),
    Facet(
        "theme",
        "theme",
        "theme",
        lambda docs: THEMES,
        lambda v, lang, docs: theme_label(v, lang),
        lambda m, doc: m.themes,
        multi=True,
    ),
    Facet(
        "year",
        "year",
        "year",
        lambda docs: _Years(),
        lambda v, lang, docs: v,
        lambda m, doc: [year_of(doc.date) or ""],
    ),
    Facet(
        "genre",
        "genre",
        "genre",
        lambda docs: GENRES,
        _i18n("genres"),
        lambda m, doc: [doc.genre or "other"],
    ),
    Facet(
        "doc",
        "doc_id",
        "doc",
        lambda docs: docs,
        lambda v, lang, docs: docs.get(v, {}).get("title") or v,
        lambda m, doc: [m.doc_id],
    ),
    Facet(
        "issuer",
        "issuer",
        "issuer",
        lambda docs: {d.get("issuer") for d in docs.values()},
        lambda v, lang, docs: v,
        lambda m, doc: [doc.issuer or ""],
    ),
    Facet("kind", "kind", "kind", lambda docs: KINDS, _i18n("kinds"), lambda m, doc: [m.kind]),
    Facet(
        "lang",
        "lang",
        "lang_filter",
        lambda docs: LANGS,
        _i18n("langs"),
        lambda m, doc: [m.lang],
        shown=False,
    ),
    # the document's date, for a date range (`from`, `to`): the search layer turns a range into
    # the dates of the documents inside it
    Facet(
        "docdate",
        "docdate",
        "docdate",
        lambda docs: {d.get("date") for d in docs.values()},
        lambda v, lang, docs: v,
        lambda m, doc: [doc.date or ""],
        shown=False,
        counted=False,
    ),
)
BOUND = re.compile(r"^(1[89]|2[01])\d\d(?:-(0[1-9]|1[0-2]))?$")


def date_bound(name: str, value: str | None) -> str | None:
    """A `from` or `to` bound: YYYY or YYYY-MM (a BadQuery naming the parameter otherwise)."""
    value = (value or "").strip()
    if value and not BOUND.match(value):
        raise BadQuery(
            f"{name}: must be a year or a month (2021 or 2021-08), not {value[:20]!r}",
            "year_or_month",
            param=name,
            value=value[:20],
        )
    return value or None


def in_range(date: str | None, lo: str | None, hi: str | None) -> bool:
    """Whether a date, as precise as stated (2021, 2021-08, 2021-08-26), lies between the bounds,
    each compared at the precision both have: 2021 lies in 2021-03..2021-06, 2021-08-26 in
    2021..2021-08."""
    if not date:
        return False
    for bound, ok in ((lo, lambda a, b: a >= b), (hi, lambda a, b: a <= b)):
        if bound:
            n = min(len(date), len(bound))
            if not ok(date[:n], bound[:n]):
                return False
    return True


BY_NAME = {f.name: f for f in FACETS}
INDEX_FIELDS = tuple(f.field for f in FACETS)


def label(name: str, value: str, lang: str, docs: dict) -> str:
    return BY_NAME[name].label(value, lang, docs)


def values_of(measure: Measure, doc: Document) -> dict[str, tuple[str, ...]]:
    """Every facet field's values for a measure of a document: what the index stores to filter
    and count it by (kb/ingest.py hands them to the backend's writer)."""
    return {f.field: tuple(v for v in f.values(measure, doc) if v) for f in FACETS}
