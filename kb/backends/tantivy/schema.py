"""The tantivy schema of a measure: the fields indexed, stored, counted and sorted by.

`text` and `heading` take the tokens our analysis made (kb/chinese.py) as tantivy pre-tokenized
strings, positions and all: a sub-word (杭州 inside 杭州湾) is indexed at its word's position, as in
the Whoosh index, so phrases and sub-words match the same. Every facet of the table (kb/facets.py)
is a raw-tokenized field with fast values for counting; `key` (a 64-bit hash of the measure id) and
`kind` codes are fast numbers the searcher reads for its top candidates, `doc_key` (the document
id's hash) the number it counts documents by; `okey` sorts by document
and reading order; `text_toks` and `heading_toks` keep the tokens, so compaction can re-add a
measure without segmenting it again.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

import tantivy

from kb.facets import FACETS, INDEX_FIELDS
from kb.kinds import KINDS

FACET_FIELDS = INDEX_FIELDS  # from the one facet table
KIND_CODES = (*KINDS, "other")  # a kind's fast-field code is its index here
TOKEN_FIELDS = ("text", "heading", "lead", "title")


def schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", stored=True, tokenizer_name="raw", index_option="basic")
    sb.add_unsigned_field("key", indexed=True, fast=True)
    sb.add_unsigned_field("para", stored=True, indexed=True, fast=True)
    sb.add_text_field("okey", fast=True, tokenizer_name="raw", index_option="basic")
    sb.add_unsigned_field("kind_code", fast=True)
    sb.add_unsigned_field("doc_key", indexed=True, fast=True)  # key(doc_id): counted as a number
    for name in TOKEN_FIELDS:
        sb.add_text_field(name, tokenizer_name="whitespace", index_option="position")
        sb.add_bytes_field(name + "_toks", stored=True)
    for field in FACET_FIELDS:  # doc_id among them
        sb.add_text_field(field, stored=True, fast=True, tokenizer_name="raw", index_option="basic")
    sb.add_bytes_field("data", stored=True)
    return sb.build()


def field_names(gen: Path) -> list[str] | None:
    """The fields a generation's index was created with (None: no readable index)."""
    try:
        meta = json.loads((Path(gen) / "meta.json").read_text("utf-8"))
        return [f["name"] for f in meta["schema"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None


@cache
def today_names() -> list[str]:
    """The fields an index made now has (asked each time a generation is opened: made once)."""
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        tantivy.Index(schema(), path=d)
        return field_names(Path(d)) or []


def schema_is_current(gen: Path) -> bool:
    """Whether a generation was built with today's fields (if not, an ingest rebuilds it whole)."""
    names = field_names(gen)
    return names is not None and set(names) == set(today_names())


def key(name: str) -> int:
    """A measure's or a document's 64-bit key: the searcher names its candidates by the measure's
    in queries, and counts documents by theirs (numbers, with no term dictionary to read)."""
    return int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), "big")


def okey(doc_id: str, para: int) -> str:
    """The sort key of reading order: document id (as bytes, like Whoosh's), then paragraph."""
    return f"{doc_id}\x00{para:09d}"


def multi(field: str) -> bool:
    return any(f.multi for f in FACETS if f.field == field)
