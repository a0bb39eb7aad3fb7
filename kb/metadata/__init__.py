"""Document metadata from a read file and its text: title, issuer, authors, dates, number, genre,
type, city, language, source URL.

A file's evidence is gathered once (`kb.metadata.source.gather`: what its reader found in its own
structure — front matter, meta tags, PDF information, Word properties —, the sidecar, its lines);
then one extractor per field runs in the declared order of `FIELD_STEPS` (`kb.metadata.fields`),
each reading the evidence and the fields found before it. A sidecar NAME.meta.toml value of a field
is taken instead of its extractor.
"""

from __future__ import annotations

from kb.metadata.fields import FIELD_STEPS
from kb.metadata.genres import genre_of_title
from kb.metadata.places import document_city, issuing_city
from kb.metadata.sidecar import FIELDS, from_sidecar, iso
from kb.metadata.source import gather
from kb.metadata.titles import page_title
from kb.metadata.traditional import (
    FIELDS_IN_SCRIPT,
    folded,
    in_own_script,
    is_traditional,
    script_map,
    texts_of,
    unglossed,
    written_pairs,
)
from kb.metadata.words import drop_furniture, is_furniture, is_metadata_line, is_organ

__all__ = [
    "FIELDS",
    "FIELD_STEPS",
    "document_city",
    "drop_furniture",
    "from_sidecar",
    "genre_of_title",
    "is_furniture",
    "is_metadata_line",
    "is_organ",
    "iso",
    "issuing_city",
    "page_title",
    "read_metadata",
]


def given(value) -> bool:
    """A sidecar value that says something (an empty string, list or table says nothing)."""
    return value is not None and value != "" and value != [] and value != {}


def read_metadata(read, blocks, side: dict | None = None) -> dict:
    """Every field of the document (and `keywords`, `city_issued`), in the order of FIELD_STEPS;
    a text in traditional characters is read as simplified and its fields given back in its own."""
    read, blocks = unglossed(read, blocks)
    texts = texts_of(read, blocks)
    if not is_traditional(texts):
        return read_fields(read, blocks, side)
    got = read_fields(*folded(read, blocks), side)
    table, written = script_map(texts), written_pairs(texts)
    sided = {k for k, v in (side or {}).items() if given(v)}
    return {
        k: in_own_script(v, table, written) if k in FIELDS_IN_SCRIPT and k not in sided else v
        for k, v in got.items()
    }


def read_fields(read, blocks, side: dict | None) -> dict:
    src = gather(read, blocks, side)
    got: dict = {}
    for name, step in FIELD_STEPS:
        got[name] = src.side[name] if given(src.side.get(name)) else step(src, got)
    return got
