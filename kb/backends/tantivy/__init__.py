"""The tantivy backend (PyPI `tantivy`, the engine's official bindings): every tantivy import of
the project lives in this package. One generation is one tantivy index, its segments written by
parallel workers and adopted by the parent (kb/backends/tantivy/store.py)."""

from kb.backends.tantivy.schema import schema_is_current
from kb.backends.tantivy.search import open
from kb.backends.tantivy.store import create, segments, vocabulary
from kb.backends.tantivy.write import (
    MAX_DELETED_SHARE,
    MAX_SEGMENTS,
    GenerationWriter,
    ShareWriter,
)

NAME = "tantivy"


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
