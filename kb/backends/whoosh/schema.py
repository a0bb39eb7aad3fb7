"""The Whoosh schema of a measure: the fields indexed, stored and counted as facets."""

from __future__ import annotations

from pathlib import Path

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from kb.backends.whoosh.analysis import analyzer
from kb.errors import IndexOutdated
from kb.facets import FACETS, INDEX_FIELDS
from kb.ranking import LEAD_BOOST, TITLE_BOOST

# Segments as separate files, not one compound file: Whoosh reads a compound file's parts through
# BytesIO copies, so every searcher (one per server thread) held the whole index in memory.
COMPOUND = False

FACET_FIELDS = INDEX_FIELDS  # from the one facet table, kb/facets.py


def schema() -> Schema:
    ana = analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        doc_id=ID(stored=True, sortable=True),
        para=NUMERIC(stored=True, sortable=True),
        text=TEXT(analyzer=ana, phrase=True),
        heading=TEXT(analyzer=ana, phrase=True, field_boost=1.5),
        lead=TEXT(analyzer=ana, phrase=True, field_boost=LEAD_BOOST),
        title=TEXT(analyzer=ana, phrase=True, field_boost=TITLE_BOOST),
        data=STORED,
        # every facet of the table (kb/facets.py) but the document, which is `doc_id` above
        **{
            f.field: KEYWORD(commas=True, lowercase=True, stored=True)
            if f.multi
            else ID(stored=True)
            for f in FACETS
            if f.field != "doc_id"
        },
    )


def schema_is_current(gen: Path) -> bool:
    """Whether a generation was built with today's fields (if not, an ingest rebuilds it whole)."""
    from kb.backends.whoosh.store import open_index

    try:
        names = open_index(gen).schema.names()
    except IndexOutdated:
        return False
    return set(names) == set(schema().names())
