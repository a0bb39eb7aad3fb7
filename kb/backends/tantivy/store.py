"""A generation's tantivy files: created, opened, its segments listed and moved between indexes.

tantivy's writer writes one index from one process. Ingest workers each write an index of their own
under `shares/` (kb/backends/tantivy/write.py); the parent moves their segments into the
generation's index by adding them to its meta.json, the list of segments tantivy reads at open
(`adopt`). A segment is a set of files named by its id, so moving one is renaming files.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path

import tantivy

from kb.backends.tantivy.schema import schema
from kb.errors import IndexOutdated

SHARES = "shares"


def create(gen: Path) -> None:
    """An empty index in the generation folder `gen`."""
    tantivy.Index(schema(), path=str(gen))


def open_index(gen: Path) -> tantivy.Index:
    try:
        return tantivy.Index.open(str(gen))
    except (ValueError, OSError) as e:
        raise IndexOutdated(
            f"{Path(gen).parent}: the index cannot be read by this version of kb ({e}); "
            "run `kb ingest --rebuild`"
        ) from None


def read_meta(folder: Path) -> dict:
    return json.loads((Path(folder) / "meta.json").read_text("utf-8"))


def write_meta(folder: Path, meta: dict) -> None:
    """Replaced atomically, as tantivy does: a reader sees the old list of segments or the new."""
    tmp = Path(folder) / f".meta.json.{os.getpid()}"
    tmp.write_text(json.dumps(meta, indent=2), "utf-8")
    os.replace(tmp, Path(folder) / "meta.json")


def stem(segment: dict) -> str:
    """The file name stem of a segment (its id without dashes)."""
    return uuid.UUID(segment["segment_id"]).hex


def deleted(segment: dict) -> int:
    return (segment.get("deletes") or {}).get("num_deleted_docs", 0)


def segments(gen: Path) -> list[tuple[int, int]]:
    """(measures stored, measures live) of each segment."""
    return [(s["max_doc"], s["max_doc"] - deleted(s)) for s in read_meta(gen)["segments"]]


def files_of(folder: Path, segment: dict) -> list[Path]:
    return sorted(Path(folder).glob(stem(segment) + ".*"))


def adopt(gen: Path, source: Path, dropped: list[dict] = ()) -> None:
    """Move every segment of the index in `source` into the generation's index (and drop the
    `dropped` segments of the generation), in one write of its meta.json; `source` is removed."""
    meta = read_meta(gen)
    added = read_meta(source)["segments"] if (Path(source) / "meta.json").exists() else []
    for seg in added:
        for f in files_of(source, seg):
            os.replace(f, Path(gen) / f.name)
    gone = {s["segment_id"] for s in dropped}
    meta["segments"] = [s for s in meta["segments"] if s["segment_id"] not in gone] + added
    write_meta(gen, meta)
    for seg in dropped:
        for f in files_of(gen, seg):
            f.unlink(missing_ok=True)
    shutil.rmtree(source, ignore_errors=True)


def share_folder(gen: Path) -> Path:
    folder = Path(gen) / SHARES / uuid.uuid4().hex
    folder.mkdir(parents=True)
    return folder


def vocabulary(gen: Path) -> dict[str, int]:
    """Every word of the measures' text with the number of live measures holding it."""
    ix = open_index(gen)
    ix.reload()
    s = ix.searcher()
    if not s.num_docs:
        return {}
    if not any(deleted(seg) for seg in read_meta(gen)["segments"]):
        return dict(s.terms_with_prefix("text", ""))  # document frequencies are live counts
    return dict(s.terms_with_prefix("text", "", filter_query=tantivy.Query.all_query()))
