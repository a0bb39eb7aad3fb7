"""The index folder: generations built aside and swapped in, and a lock for writers.

Layout of an index directory: CURRENT names the live generation (gen-000007/), which holds the
search backend's files (kb/backends/) plus docs.json (document metadata and content hashes),
expand.json (pinyin and dictionary maps over the vocabulary), BACKEND (the name of the backend
that wrote it), ANALYSIS (a digest of the data files it was analysed with), failed.json (the
files its ingest could not read, by content hash) and MANIFEST.json (each file's size and
CRC-32 when published, to tell damage). A new generation is built beside it and CURRENT is
replaced atomically, so a reader never sees a half-built index and a crash leaves the previous
generation whole. This module is the only one that knows this layout; it never looks inside the
backend's files.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import time
import zlib
from functools import cache
from pathlib import Path

from kb import data_files
from kb.errors import IndexBusy


def current_generation(index_dir: Path) -> Path | None:
    pointer = Path(index_dir) / "CURRENT"
    try:
        name = pointer.read_text().strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    gen = Path(index_dir) / name
    return gen if gen.is_dir() else None


def read_docs(gen: Path) -> dict[str, dict]:
    """A generation's documents (doc_id -> metadata)."""
    docs = json.loads((Path(gen) / "docs.json").read_text("utf-8"))
    for meta in docs.values():
        meta.pop("path", None)  # a server's file path, written by earlier versions: never shown
    return docs


def write_docs(gen: Path, docs: dict[str, dict]) -> None:
    # "replace": a stray surrogate from a damaged PDF's metadata must not stop the ingest
    (gen / "docs.json").write_bytes(json.dumps(docs, ensure_ascii=False).encode("utf-8", "replace"))


def read_failures(gen: Path) -> dict[str, list]:
    """The files the ingest of a generation could not read: failure key (kb.ingest.failure_key) ->
    [the sidecar was blamed, reason]; a generation written before failures were kept has none."""
    try:
        failures = json.loads((Path(gen) / "failed.json").read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return failures if isinstance(failures, dict) else {}


def write_failures(gen: Path, failures: dict[str, list]) -> None:
    (Path(gen) / "failed.json").write_text(json.dumps(failures, ensure_ascii=False), "utf-8")


def read_expansions(gen: Path) -> dict:
    """The pinyin and dictionary maps over a generation's vocabulary (see write_expansions)."""
    path = Path(gen) / "expand.json"
    return json.loads(path.read_text("utf-8")) if path.exists() else {"pinyin": {}, "english": {}}


def write_expansions(gen: Path, maps: dict) -> None:
    (gen / "expand.json").write_text(json.dumps(maps, ensure_ascii=False), "utf-8")


def backend_of(gen: Path) -> str:
    """The name of the backend that wrote a generation (one written before generations recorded
    it is Whoosh's, the only backend there was)."""
    try:
        return (Path(gen) / "BACKEND").read_text("utf-8").strip() or "whoosh"
    except FileNotFoundError:
        return "whoosh"


ANALYSIS = "ANALYSIS"
NOT_ANALYSIS = frozenset({"i18n.toml"})  # data files that shape only the pages, not the index


@cache
def analysis_key() -> str:
    """A digest of the data files that shape what is indexed (the jieba dictionary, stop words,
    theme lexicons and rules, the gazetteer, …): an index built with other ones holds other
    tokens and tags, and is rebuilt (kb/ingest.py)."""
    digest = hashlib.sha256()
    for path in sorted(data_files.DATA.iterdir()):
        if path.is_file() and path.name not in NOT_ANALYSIS:
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def analysis_of(gen: Path) -> str | None:
    """The analysis_key a generation was built with (None: built before generations recorded
    it)."""
    try:
        return (Path(gen) / ANALYSIS).read_text("utf-8").strip() or None
    except FileNotFoundError:
        return None


def new_generation(index_dir: Path, create, empty: bool = False, backend: str = "whoosh") -> Path:
    """A fresh directory for the next generation, seeded with a copy of the live one unless empty
    (then `create(gen)`, the backend's, makes an empty index in it, and BACKEND records which
    backend that is)."""
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    nums = [int(p.name[4:]) for p in index_dir.glob("gen-*") if p.name[4:].isdigit()]
    gen = index_dir / f"gen-{max(nums, default=0) + 1:06d}"
    if gen.exists():
        shutil.rmtree(gen)
    live = current_generation(index_dir)
    try:
        if live is not None and not empty:
            shutil.copytree(live, gen)
        else:
            gen.mkdir()
            create(gen)
            (gen / "BACKEND").write_text(backend + "\n", "utf-8")
            (gen / ANALYSIS).write_text(analysis_key() + "\n", "utf-8")
            write_docs(gen, {})
    except BaseException:  # a full disk half way through the copy: no partial generation left
        discard(gen)
        raise
    return gen


MANIFEST = "MANIFEST.json"


def _crc(path: Path) -> int:
    crc = 0
    with open(path, "rb") as f:
        while chunk := f.read(2**20):
            crc = zlib.crc32(chunk, crc)
    return crc


def write_manifest(gen: Path) -> None:
    """Each file of a finished generation with its size and CRC-32 (empty files, such as a lock,
    are left out: their absence is no damage)."""
    files = {
        p.name: [size, _crc(p)]
        for p in sorted(Path(gen).iterdir())
        if p.is_file() and p.name != MANIFEST and (size := p.stat().st_size) > 0
    }
    (Path(gen) / MANIFEST).write_text(json.dumps(files), "utf-8")


def damage(gen: Path, thorough: bool = False) -> str | None:
    """Why a generation's files are not those it was published with, or None. Sizes always, and
    the checksums of its JSON files (read whole when opened anyway); `thorough`, every checksum (a
    full read: what an ingest does before building on a generation). A generation published
    before manifests were written is taken as it is."""
    gen = Path(gen)
    try:
        files = json.loads((gen / MANIFEST).read_text("utf-8"))
        entries = [(str(n), int(size), int(crc)) for n, (size, crc) in files.items()]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, AttributeError):
        return f"{gen.name}/{MANIFEST} is unreadable"
    for name, size, crc in entries:
        path = gen / name
        try:
            have = path.stat().st_size
        except OSError:
            return f"{gen.name}/{name} is missing"
        if have != size:
            return f"{gen.name}/{name} has {have:,} bytes, not {size:,}"
        if (thorough or name.endswith(".json")) and _crc(path) != crc:
            return f"{gen.name}/{name} has changed since it was written"
    return None


def publish(index_dir: Path, gen: Path, keep: int = 2) -> None:
    """Record the generation's files (MANIFEST.json), point CURRENT at it atomically, then drop
    generations older than the last `keep`."""
    index_dir = Path(index_dir)
    write_manifest(gen)
    tmp = index_dir / f".CURRENT.{os.getpid()}"
    try:
        tmp.write_text(gen.name)
        with open(tmp) as f:
            os.fsync(f.fileno())
        os.replace(tmp, index_dir / "CURRENT")
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    gens = sorted(p for p in index_dir.glob("gen-*") if p.is_dir())
    for old in gens[:-keep]:
        if old != gen:
            _remove_unless_read(old)


def hold(gen: Path) -> int | None:
    """A shared lock on a generation's folder, held by a reader while it has the generation open:
    publishing leaves a folder alone while any process reads it (a streamed answer was cut when
    two ingests published during it). Returns the descriptor to `release`."""
    try:
        fd = os.open(gen, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return None
    fcntl.flock(fd, fcntl.LOCK_SH)
    return fd


def release(fd: int | None) -> None:
    if fd is not None:
        with contextlib.suppress(OSError):
            os.close(fd)


def _remove_unless_read(gen: Path) -> None:
    """Remove an old generation unless a reader holds it (the next publish tries again)."""
    try:
        fd = os.open(gen, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        shutil.rmtree(gen, ignore_errors=True)
    except BlockingIOError:
        pass
    finally:
        os.close(fd)


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
