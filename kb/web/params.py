"""A request's parameters, read and checked once: whole numbers in their range, and the filters
each facet takes (kb/facets.py). A bad value is a BadQuery naming the parameter (400)."""

from __future__ import annotations

from flask import g, request

from kb.errors import BadQuery
from kb.facets import FACETS

# A filter names at most this many values (a city filter with all the delta's cities is 41); a
# request with more is refused with 400 naming the parameter, repeated values count once.
MAX_FILTER_VALUES = 50
# The only parameters echoed back into the links of a page (each link holds them all).
ECHOED = ("q", "page", "limit", "sort", "order", "from", "to")


def whole_number(name: str, default: int, lo: int, hi: int) -> int:
    raw = request.args.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadQuery(
            f"{name}: not a whole number ({raw[:20]!r})", "not_a_number", param=name, value=raw[:20]
        ) from None
    if value < lo or value > hi:
        raise BadQuery(
            f"{name}: must be from {lo} to {hi}", "number_range", param=name, lo=lo, hi=hi
        )
    return value


def clean_args() -> dict[str, list[str]]:
    """The request's parameters as links repeat them: known ones only, each value once, a single
    value for the single-valued ones. Built once a request: a URL with a filter value repeated
    4,000 times made every facet link hold all of them (356 s and 2 GB for one request)."""
    if "clean_args" not in g:
        args: dict[str, list[str]] = {}
        for name in ECHOED:
            if (value := request.args.get(name)) is not None:
                args[name] = [value[:2000]]
        for f in FACETS:
            values = list(dict.fromkeys(v for v in request.args.getlist(f.param) if v))
            if len(values) > MAX_FILTER_VALUES:
                raise BadQuery(
                    f"{f.param}: at most {MAX_FILTER_VALUES} values (got {len(values):,})",
                    "too_many_values",
                    param=f.param,
                    limit=MAX_FILTER_VALUES,
                    count=f"{len(values):,}",
                )
            if values:
                args[f.param] = values
        g.clean_args = args
    return g.clean_args


def filters() -> dict[str, list[str]]:
    """Each facet's values from its URL parameter (kb/facets.py), by facet name, each once."""
    args = clean_args()
    return {f.name: args.get(f.param, []) for f in FACETS}


def date_range() -> dict[str, str | None]:
    """`from` and `to` (YYYY or YYYY-MM: the documents' date range) as the search layer takes
    them; checked there."""
    args = clean_args()
    return {"date_from": (args.get("from") or [None])[0], "date_to": (args.get("to") or [None])[0]}
