"""A generation's Whoosh files: created, opened, and read for what the rest of a build needs
(the facet postings cache facets.json, the vocabulary, the segments)."""

from __future__ import annotations

import gc
import json
import warnings
from pathlib import Path

from whoosh import index as windex

from kb.backends.whoosh.schema import FACET_FIELDS, schema
from kb.errors import IndexOutdated


def create(gen: Path) -> None:
    """An empty index in the generation folder `gen`."""
    windex.create_in(str(gen), schema())


def open_index(gen: Path):
    """The Whoosh index of a generation. Whoosh pickles the schema with our analyzer's module
    path, so an index written before a module moved cannot be read: that is a one-line error
    (and `schema_is_current` is false, so the next ingest rebuilds it)."""
    try:
        return windex.open_dir(str(gen))
    except (ImportError, AttributeError) as e:
        error: Exception | None = e
    # Whoosh leaves the table of contents open when the schema fails to unpickle; the file goes
    # with the traceback that holds it, here, without a ResourceWarning for a case we report
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        reason, error = str(error), None
        gc.collect()
    raise IndexOutdated(
        f"{Path(gen).parent}: the index was written by an older version of kb ({reason}); "
        "run `kb ingest --rebuild`"
    )


def read_facets(ix) -> dict[str, dict[str, list[int]]]:
    """For each facet field, each value's measures (document numbers of this generation)."""
    out: dict[str, dict[str, list[int]]] = {}
    with ix.reader() as r:
        for fname in (f for f in FACET_FIELDS if f in r.schema):
            out[fname] = {
                (t.decode() if isinstance(t, bytes) else t): list(r.postings(fname, t).all_ids())
                for t in r.field_terms(fname)
            }
    return out


def write_facets(ix, gen: Path) -> None:
    """Saved beside the index, so that a server starts without reading every facet posting list."""
    (gen / "facets.json").write_text(json.dumps(read_facets(ix), separators=(",", ":")), "utf-8")


def load_facets(ix, gen: Path) -> dict[str, dict[str, list[int]]]:
    try:
        return json.loads((gen / "facets.json").read_text("utf-8"))
    except (OSError, ValueError):  # a generation written before facets.json existed
        return read_facets(ix)


def vocabulary(gen: Path) -> dict[str, int]:
    """Every word of the measures' text with its document frequency."""
    with open_index(gen).reader() as reader:
        return {
            t.decode("utf-8") if isinstance(t, bytes) else t: info.doc_frequency()
            for t, info in reader.iter_field("text")
        }


def segments(gen: Path) -> list[tuple[int, int]]:
    """(documents stored, documents live) of each segment."""
    return [(g.doc_count_all(), g.doc_count()) for g in open_index(gen)._segments()]
