"""Every CSV the site writes: streamed row by row, UTF-8 with a BOM (spreadsheet programs then read
the Chinese), and no cell a spreadsheet would run as a formula.

A paragraph or a sidecar author starting with `=`, `+`, `-`, `@`, a tab or a carriage return
(`=HYPERLINK(...)`, `=cmd|' /C calc'!A0`) would be a live formula once opened; such a cell gets a
leading single quote, as OWASP recommends, so it shows as the text it is.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from flask import Response, stream_with_context

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """The value, with a quote in front when a spreadsheet would read it as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_lines(header: list[str], rows: Iterable[list]) -> Iterator[str]:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    yield "\ufeff" + buf.getvalue()
    for row in rows:
        buf.seek(0)
        buf.truncate()
        w.writerow([safe_cell(v) for v in row])
        yield buf.getvalue()


def csv_response(
    header: list[str], rows: Iterable[list], name: str, headers: dict | None = None
) -> Response:
    resp = Response(stream_with_context(csv_lines(header, rows)), mimetype="text/csv")
    resp.headers["Content-Disposition"] = f"attachment; filename={name}"
    resp.headers.update(headers or {})
    return resp
