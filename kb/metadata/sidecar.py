"""A sidecar NAME.meta.toml as Document fields (the keys of earlier versions still read)."""

from __future__ import annotations

import datetime as _dt

from kb.dates import parse_date
from kb.model import DOCUMENT_FIELDS

# what metadata describes: a document object's fields but its id, and the keywords it was read with
FIELDS = (*(f for f in DOCUMENT_FIELDS if f != "doc_id"), "keywords")
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
    return parse_date(str(value))


def _source(text: str) -> dict:
    text = text.strip()
    if text.startswith(("http://", "https://")):
        return {"source_url": text}
    return {"issuer": text} if text else {}


def from_sidecar(raw: dict) -> dict:
    """The sidecar's keys as Document fields (old keys `year`, `source`, `language` still
    accepted)."""
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
            for k, v in _source(str(value)).items():
                out.setdefault(k, v)
        elif key == "title_derived":
            out["title_derived"] = bool(value)
        elif key in FIELDS:
            out[key] = str(value).strip() if value is not None and value != "" else None
    return out
