"""A sidecar NAME.meta.toml as Document fields (the keys of earlier versions still read)."""

from __future__ import annotations

import datetime as _dt

from kb import gazetteer
from kb.dates import parse_date
from kb.model import DOCUMENT_FIELDS, GENRES

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


# GB/T 7714-2015 document type codes (with /OL when online)
DOC_TYPES = ("M", "C", "N", "J", "D", "R", "S", "P", "DB", "CP", "EB", "A", "Z", "G")


def city_id(value) -> str | None:
    """A city as its CONTRACT id: the id itself, or its Chinese or English name (杭州, 杭州市,
    Hangzhou); None for anything else."""
    text = str(value or "").strip()
    table = gazetteer.cities()
    if text.lower() in table:
        return text.lower()
    for c in table.values():
        if text in (c.zh, c.zh + "市") or text.lower() in {n.lower() for n in (c.en, *c.en_names)}:
            return c.id
    return None


def doc_type_code(value) -> str | None:
    """A GB/T 7714 type code (Z, EB/OL, N), or None when it is not one."""
    code = str(value or "").strip().upper()
    return code if code.removesuffix("/OL") in DOC_TYPES else None


def lang_code(value) -> str | None:
    code = str(value or "").strip().lower()[:2]
    return code if code in ("zh", "en") else None


# what a value of each checked field must be, and the function that reads it (None: not valid)
CHECKS = {
    "date": ("a date (2021-08-26, 2021-08 or 2021)", iso),
    "year": ("a year", iso),
    "city": ("a city id (hangzhou, ningbo, …)", city_id),
    "genre": ("one of " + ", ".join(GENRES), lambda v: v if v in GENRES else None),
    "doc_type": ("a GB/T 7714 type code (Z, N, J, R, M, EB/OL, …)", doc_type_code),
    "lang": ("zh or en", lang_code),
    "language": ("zh or en", lang_code),
}


def invalid(raw: dict) -> tuple[str, str] | None:
    """(field, what it must be) of the first value that is not valid, or None."""
    for key, (want, read) in CHECKS.items():
        value = raw.get(key)
        if value is not None and value != "" and read(value) is None:
            return key, want
    for event, value in (raw.get("dates") or {}).items():
        if iso(value) is None:
            return f"dates.{event}", "a date"
    return None


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
        elif key == "city":
            out["city"] = city_id(value)
        elif key == "doc_type":
            out["doc_type"] = doc_type_code(value)
        elif key == "lang":
            out["lang"] = lang_code(value)
        elif key in FIELDS:
            out[key] = str(value).strip() if value is not None and value != "" else None
    return out
