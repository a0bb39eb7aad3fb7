"""Writing a generation with Whoosh: worker processes each write a segment, the parent commits them.

Whoosh's public writer writes one index from one process (its lock, then one merge at commit).
Ingest reads, tags and indexes files in parallel worker processes, so each worker writes a segment
of its own with a SegmentWriter that takes no lock (`_lk=False`) and stops before the commit
(`_finalize_segment`; not `_finish`, which would remove the temporary folder the workers share);
the parent, holding the lock, deletes replaced documents, merges on the compaction policy below
(`_merge_segments`) and writes one table of contents naming every segment (`_commit_toc`). These
private steps are Whoosh 2.7's own, used in the order its SegmentWriter.commit uses them; they
are called nowhere else.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from whoosh.reading import SegmentReader
from whoosh.writing import SegmentWriter

from kb.backends.whoosh.analysis import Tokenized
from kb.backends.whoosh.schema import COMPOUND
from kb.backends.whoosh.store import open_index, write_facets
from kb.chinese import Tok
from kb.model import Measure

# Compaction policy, applied at every commit that changes the index: a segment whose deleted
# (replaced or removed) documents pass MAX_DELETED_SHARE of what it stores is rewritten without
# them, and while the index would hold more than MAX_SEGMENTS segments (counting the ones this
# commit adds) the smallest are merged. Deleted documents then stay under a quarter of the live ones
# and the segment count bounded, so repeated incremental ingests stay near a fresh build in size
# and query time (`make bench` measures it). Without it six re-ingests of 200 changed files left
# 77,562 stored documents for 11,910 live, in 14 segments (127 MB against 20 MB).
MAX_DELETED_SHARE = 0.2
MAX_SEGMENTS = 6


def compaction(new_segments: int):
    """The Whoosh merge policy above, for a commit that will also add `new_segments` segments."""

    def policy(writer, segments):
        rewrite = [g for g in segments if g.deleted_count() > MAX_DELETED_SHARE * g.doc_count_all()]
        keep = sorted((g for g in segments if g not in rewrite), key=lambda g: g.doc_count_all())
        while keep and len(keep) + (1 if rewrite else 0) + new_segments > MAX_SEGMENTS:
            rewrite.append(keep.pop(0))
        for g in rewrite:
            if g.doc_count():  # a segment whose documents are all deleted just goes
                reader = SegmentReader(writer.storage, writer.schema, g)
                writer.add_reader(reader)
                reader.close()
        return keep

    return policy


class ShareWriter:
    """One worker's segment of a generation (see the module's docstring)."""

    def __init__(self, gen: Path):
        self._w = SegmentWriter(open_index(gen), _lk=False, limitmb=128, compound=COMPOUND)

    def add(
        self,
        measure: Measure,
        tokens: Sequence[Tok],
        facets: Mapping[str, Sequence[str]],
        lead: str = "",
        title: str = "",
    ) -> None:
        m = measure
        fields = {
            "id": m.id,
            "doc_id": m.doc_id,
            "para": m.para,
            "text": Tokenized(m.text, tuple(tokens)),
            "heading": m.section.replace("›", " "),
            "lead": lead,
            "title": title,
            "data": json.dumps(m.to_dict(), ensure_ascii=False),
        }
        # the facet fields (kb/facets.py), a multi-valued one as a comma-separated KEYWORD
        fields.update({name: ",".join(values) for name, values in facets.items() if values})
        self._w.add_document(**fields)

    def finish(self):
        if self._w._added:
            return self._w._finalize_segment()
        self._w._close_segment()
        return None

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self._w._close_segment()


class GenerationWriter:
    """The parent's writer: holds Whoosh's lock, deletes, and commits the workers' segments as they
    are (no merge of new segments beyond the compaction policy)."""

    def __init__(self, gen: Path):
        self.gen = gen
        self._w = open_index(gen).writer(compound=COMPOUND)

    def delete(self, doc_ids: Iterable[str]) -> None:
        for doc_id in doc_ids:
            self._w.delete_by_term("doc_id", doc_id)

    def commit(self, segments: Iterable) -> None:
        new = [s for s in segments if s is not None]
        w = self._w
        try:
            kept = w._merge_segments(compaction(len(new)), False, True)
            if w._added:
                kept.append(w._finalize_segment())
            else:
                w._close_segment()
            w._commit_toc(kept + new)
            w._finish()
        except BaseException:
            self.cancel()
            raise
        write_facets(open_index(self.gen), self.gen)

    def cancel(self) -> None:
        if not self._w.is_closed:
            self._w.cancel()
