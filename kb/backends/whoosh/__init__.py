"""The Whoosh backend: every Whoosh import of the project lives in this package. One generation is
one Whoosh index (segments written by parallel workers, committed by the parent) plus facets.json,
a cache of the facet postings."""

from kb.backends.whoosh.schema import schema_is_current
from kb.backends.whoosh.search import open
from kb.backends.whoosh.store import create, segments, vocabulary
from kb.backends.whoosh.write import (
    MAX_DELETED_SHARE,
    MAX_SEGMENTS,
    GenerationWriter,
    ShareWriter,
)

NAME = "whoosh"


def share_writer(gen) -> ShareWriter:
    return ShareWriter(gen)


def writer(gen) -> GenerationWriter:
    return GenerationWriter(gen)


__all__ = [
    "MAX_DELETED_SHARE",
    "MAX_SEGMENTS",
    "NAME",
    "create",
    "open",
    "schema_is_current",
    "segments",
    "share_writer",
    "vocabulary",
    "writer",
]
