"""The Whoosh index: schema, generations built aside and swapped in, and a lock for writers.

Layout of an index directory: CURRENT names the live generation (gen-000007/), which holds the
Whoosh files plus docs.json (document metadata and content hashes). A new generation is built
beside it and CURRENT is replaced atomically, so a reader never sees a half-built index and a crash
leaves the previous generation whole.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import time
from pathlib import Path

from whoosh import index as windex
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from kb.analysis import analyzer
from kb.errors import IndexBusy, IndexMissing
from kb.facets import INDEX_FIELDS

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
        city=KEYWORD(commas=True, lowercase=True, stored=True),
        theme=KEYWORD(commas=True, lowercase=True, stored=True),
        kind=ID(stored=True),
        lang=ID(stored=True),
        year=ID,  # of the measure's document
        genre=ID,
        data=STORED,
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


def schema_is_current(gen: Path) -> bool:
    """Whether a generation was built with today's fields (if not, an ingest rebuilds it whole)."""
    return set(windex.open_dir(str(gen)).schema.names()) == set(schema().names())


def current_generation(index_dir: Path) -> Path | None:
    pointer = Path(index_dir) / "CURRENT"
    try:
        name = pointer.read_text().strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    gen = Path(index_dir) / name
    return gen if gen.is_dir() else None


def open_generation(index_dir: Path):
    """(whoosh index, docs metadata, generation path) of the live generation."""
    gen = current_generation(index_dir)
    if gen is None:
        raise IndexMissing(f"no index in {index_dir}: run `kb ingest` first")
    return windex.open_dir(str(gen)), read_docs(gen), gen


def read_docs(gen: Path) -> dict[str, dict]:
    """A generation's document metadata, doc_id → fields."""
    docs = json.loads((Path(gen) / "docs.json").read_text("utf-8"))
    for meta in docs.values():
        meta.pop("path", None)  # a server's file path, written by earlier versions: never shown
    return docs


def read_expansions(gen: Path) -> dict:
    """A generation's expansion maps (pinyin and English readings of its Chinese words)."""
    path = Path(gen) / "expand.json"
    return json.loads(path.read_text("utf-8")) if path.exists() else {"pinyin": {}, "english": {}}


def new_generation(index_dir: Path, empty: bool = False) -> Path:
    """A fresh directory for the next generation, seeded with a copy of the live one unless empty."""
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    nums = [int(p.name[4:]) for p in index_dir.glob("gen-*") if p.name[4:].isdigit()]
    gen = index_dir / f"gen-{max(nums, default=0) + 1:06d}"
    if gen.exists():
        shutil.rmtree(gen)
    live = current_generation(index_dir)
    if live is not None and not empty:
        shutil.copytree(live, gen)
    else:
        gen.mkdir()
        windex.create_in(str(gen), schema())
        (gen / "docs.json").write_text("{}", "utf-8")
    return gen


def publish(index_dir: Path, gen: Path, keep: int = 2) -> None:
    """Point CURRENT at gen atomically, then drop generations older than the last `keep`."""
    index_dir = Path(index_dir)
    tmp = index_dir / f".CURRENT.{os.getpid()}"
    tmp.write_text(gen.name)
    with open(tmp) as f:
        os.fsync(f.fileno())
    os.replace(tmp, index_dir / "CURRENT")
    gens = sorted(p for p in index_dir.glob("gen-*") if p.is_dir())
    for old in gens[:-keep]:
        if old != gen:
            shutil.rmtree(old, ignore_errors=True)


def sweep(index_dir: Path) -> None:
    """Remove generations newer than CURRENT: builds an ingest left behind when it was killed.
    Call with the writer lock held, so no build is in progress."""
    live = current_generation(index_dir)
    for gen in Path(index_dir).glob("gen-*"):
        if gen.is_dir() and (live is None or gen.name > live.name):
            shutil.rmtree(gen, ignore_errors=True)


def discard(gen: Path) -> None:
    shutil.rmtree(gen, ignore_errors=True)


@contextlib.contextmanager
def writer_lock(index_dir: Path, wait: float = 30.0):
    """One ingest at a time: a second one waits up to `wait` seconds, then fails clearly."""
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(index_dir / ".lock", os.O_CREAT | os.O_RDWR, 0o644)
    deadline = time.monotonic() + wait
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise IndexBusy(
                        f"{index_dir}: another `kb ingest` is running; try again later"
                    ) from None
                time.sleep(0.2)
        yield
    finally:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
