"""Document metadata from a read file and its text: title, issuer, dates, number, genre, type, city.

Readers hand on what the file states in structured form (front matter, HTML meta tags, PDF document
information, Word core properties) in `Read.meta`; the text fills in the rest (adoption lines,
来源：, bylines, 文号, signature dates). A sidecar NAME.meta.toml overrides any field.
"""

from __future__ import annotations

import datetime as _dt

FIELDS = ("title", "title_derived", "issuer", "authors", "date", "dates", "number", "genre", "doc_type",
          "city", "lang", "source_url", "keywords")
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
    from kb.dates import parse_date

    return parse_date(str(value))


def from_sidecar(raw: dict) -> dict:
    """The sidecar's keys as Document fields (old keys `year`, `source`, `language` still accepted)."""
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


def describe(read, measures, side: dict) -> dict:
    """Every Document field this file gives: the sidecar over the file's own metadata over the text."""
    from kb.cities import issuing_city

    found = dict(read.meta.get("doc", {}))
    title = side.get("title") or found.get("title") or read.title or ""
    out = {**found, "title": title.strip(), "title_derived": not title.strip()}
    if not out.get("lang"):
        langs = [m.lang for m in measures]
        out["lang"] = max(set(langs), key=langs.count) if langs else "zh"
    out.update(side)
    if "city" not in side:
        out["city"] = issuing_city(out["title"])
    return out
