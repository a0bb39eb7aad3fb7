"""Writing a generation with tantivy: worker processes each write an index of their own, the parent
deletes replaced measures and moves the workers' segments into the generation (store.adopt).

tantivy's own merge policy cannot be set from Python and keeps deleted documents until segments of
a similar size happen to merge; so the compaction policy below is ours, the same as the Whoosh
backend's: a segment whose deleted measures pass MAX_DELETED_SHARE of what it stores is rewritten
without them, and while there would be more than MAX_SEGMENTS segments the smallest are rewritten
together. Rewriting re-adds each live measure from its stored fields (its tokens are stored too, so
nothing is segmented again).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

import tantivy

from kb.backends.tantivy import store
from kb.backends.tantivy.schema import KIND_CODES, key, multi, okey, schema
from kb.chinese import Tok, tokens
from kb.model import Measure

MAX_DELETED_SHARE = 0.2
MAX_SEGMENTS = 6
HEAP_BYTES = 192_000_000  # a worker's indexing buffer: a segment is written each time it fills


@lru_cache(maxsize=4096)
def heading_tokens(section: str) -> tuple[Tok, ...]:
    """A heading's tokens, or a list's lead-in's (the measures under one heading share it:
    segmented once a worker)."""
    return tokens(section.replace("›", " "))


def pack(toks: Sequence[Tok]) -> bytes:
    """Tokens as stored for compaction: one `position text` line each."""
    return "\n".join(f"{t.pos} {t.text}" for t in toks if "\n" not in t.text).encode("utf-8")


def unpack(data: bytes) -> list[tantivy.Token]:
    out = []
    for line in data.decode("utf-8").split("\n") if data else ():
        pos, _, text = line.partition(" ")
        out.append(tantivy.Token(text, int(pos), 0, 0))
    return out


def _pretokenized(toks: Sequence[Tok]) -> tantivy.PreTokenizedString:
    return tantivy.PreTokenizedString(
        "", [tantivy.Token(t.text, t.pos, t.start, t.end) for t in toks]
    )


class _Writer:
    """A tantivy writer on an index of its own in `gen/shares/`."""

    def __init__(self, gen: Path):
        self.folder = store.share_folder(gen)
        self._w = tantivy.Index(schema(), path=str(self.folder)).writer(
            heap_size=HEAP_BYTES, num_threads=1
        )
        self.added = 0

    def finish(self) -> str | None:
        if not self.added:
            self.abort()
            return None
        self._w.commit()
        self._w.wait_merging_threads()
        return str(self.folder)

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self._w.rollback()
        self._w = None
        shutil.rmtree(self.folder, ignore_errors=True)


class ShareWriter(_Writer):
    """One worker's segments of a generation."""

    def add(
        self,
        measure: Measure,
        tokens: Sequence[Tok],
        facets: Mapping[str, Sequence[str]],
        lead: str = "",
        title: str = "",
    ) -> None:
        m = measure
        doc = tantivy.Document()
        doc.add_text("id", m.id)
        doc.add_unsigned("key", key(m.id))
        doc.add_unsigned("para", m.para)
        doc.add_text("okey", okey(m.doc_id, m.para))
        doc.add_unsigned("doc_key", key(m.doc_id))
        kind = m.kind if m.kind in KIND_CODES else "other"
        doc.add_unsigned("kind_code", KIND_CODES.index(kind))
        for name, toks in (
            ("text", tokens),
            ("heading", heading_tokens(m.section)),
            ("lead", heading_tokens(lead) if lead else ()),
            ("title", heading_tokens(title) if title else ()),
        ):
            doc.add_pre_tokenized_text(name, _pretokenized(toks))
            doc.add_bytes(name + "_toks", pack(toks))
        for field, values in facets.items():
            for v in values:
                doc.add_text(field, v.lower() if multi(field) else v)
        doc.add_bytes("data", json.dumps(m.to_dict(), ensure_ascii=False).encode("utf-8"))
        self._w.add_document(doc)
        self.added += 1


class _Rewriter(_Writer):
    """Re-adds stored measures (compaction)."""

    def copy(self, stored: tantivy.Document) -> None:
        doc = tantivy.Document()
        fields = stored.to_dict()
        for name, values in fields.items():
            for v in values:
                if name.endswith("_toks"):
                    field = name[: -len("_toks")]
                    doc.add_pre_tokenized_text(field, tantivy.PreTokenizedString("", unpack(v)))
                    doc.add_bytes(name, v)
                elif name == "para":
                    doc.add_unsigned(name, v)
                elif name == "data":
                    doc.add_bytes(name, v)
                else:
                    doc.add_text(name, v)
        m = json.loads(fields["data"][0])
        doc.add_unsigned("key", key(m["id"]))
        doc.add_text("okey", okey(m["doc_id"], m["para"]))
        doc.add_unsigned("doc_key", key(m["doc_id"]))
        kind = m.get("kind") if m.get("kind") in KIND_CODES else "other"
        doc.add_unsigned("kind_code", KIND_CODES.index(kind))
        self._w.add_document(doc)
        self.added += 1


def _live_documents(gen: Path, segment: dict):
    """The live measures of one segment, read through an index holding only it (hard links)."""
    view = Path(gen) / store.SHARES / f"view-{store.stem(segment)}"
    shutil.rmtree(view, ignore_errors=True)
    view.mkdir(parents=True)
    try:
        for f in store.files_of(gen, segment):
            os.link(f, view / f.name)
        meta = store.read_meta(gen)
        meta["segments"] = [segment]
        store.write_meta(view, meta)
        ix = tantivy.Index.open(str(view))
        s = ix.searcher()
        if s.num_docs:
            for _, addr in s.search(tantivy.Query.all_query(), limit=s.num_docs).hits:
                yield s.doc(addr)
    finally:
        shutil.rmtree(view, ignore_errors=True)


def compaction(segments: list[dict], new_segments: int) -> list[dict]:
    """The segments to rewrite (the policy of the module's docstring), for a commit that will also
    add `new_segments` segments."""
    rewrite = [s for s in segments if store.deleted(s) > MAX_DELETED_SHARE * s["max_doc"]]
    keep = sorted((s for s in segments if s not in rewrite), key=lambda s: s["max_doc"])
    while keep and len(keep) + (1 if rewrite else 0) + new_segments > MAX_SEGMENTS:
        rewrite.append(keep.pop(0))
    return rewrite


class GenerationWriter:
    """The parent's writer: deletes, compacts, and adopts the workers' segments at the commit."""

    def __init__(self, gen: Path):
        self.gen = Path(gen)
        self._deletes: list[str] = []
        self._closed = False

    def delete(self, doc_ids: Iterable[str]) -> None:
        self._deletes += list(doc_ids)

    def commit(self, segments: Iterable) -> None:
        new = [Path(s) for s in segments if s is not None]
        if self._deletes:
            w = store.open_index(self.gen).writer(heap_size=50_000_000, num_threads=1)
            for doc_id in dict.fromkeys(self._deletes):
                w.delete_documents_by_term("doc_id", doc_id)
            w.commit()
            w.wait_merging_threads()
        added = sum(len(store.read_meta(f)["segments"]) for f in new)
        old = store.read_meta(self.gen)["segments"]
        rewrite = compaction(old, added)
        if rewrite:
            rw = _Rewriter(self.gen)
            for seg in rewrite:
                for doc in _live_documents(self.gen, seg):
                    rw.copy(doc)
            folder = rw.finish()
            store.adopt(self.gen, Path(folder) if folder else rw.folder, dropped=rewrite)
        for folder in new:
            store.adopt(self.gen, folder)
        shutil.rmtree(self.gen / store.SHARES, ignore_errors=True)
        self._closed = True

    def cancel(self) -> None:
        self._deletes = []
        self._closed = True
