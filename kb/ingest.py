"""Ingestion: corpus files → documents of tagged measures → a new index generation, swapped in.

Incremental by content hash: unchanged files are skipped, changed ones replaced, removed ones
dropped. Segmentation (jieba) runs once per text, in parallel worker processes.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import multiprocessing
import os
import re
import signal
import stat
import sys
import time
from dataclasses import dataclass, field
from multiprocessing import connection as mp_connection
from pathlib import Path

import tomllib

from kb import chinese, files, index, settings
from kb.backends import advice, backend
from kb.cities import add_issuing_city, city_context, tag_cities
from kb.crosslang import build_maps
from kb.errors import KBError, UnreadableFile
from kb.facets import values_of
from kb.metadata import FIELDS, drop_furniture, from_sidecar, read_metadata
from kb.metadata.sidecar import invalid as invalid_sidecar
from kb.model import Document, bounded
from kb.readers import SUPPORTED, read_file
from kb.script import is_english
from kb.segment import blocks_to_measures, html_blocks, lead_ins, lines_to_blocks
from kb.themes import tag_themes


@dataclass
class Summary:
    documents: int = 0
    measures: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # indexed, but worth a line
    notice: str | None = None  # advice for the whole index (kb.backends.advice)
    seconds: float = 0.0


def doc_id_for(path: Path) -> str:
    """A slug of the file name without its extension (ASCII plus a hash when the name is not
    UTF-8)."""
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    if not files.name_is_utf8(path):
        return files.safe_stem_id(stem)
    slug = re.sub(r"[^\w\-]+", "-", stem, flags=re.UNICODE).strip("-")
    return slug or "doc"


LINKED_FOLDER = (
    "is a link to a folder; linked folders are not followed (its files were skipped: "
    "move or copy them into the corpus)"
)


def discover(corpus: Path, errors: list | None = None) -> list[Path]:
    """Supported files under corpus, in a stable order. Unreadable subfolders, links that lead
    outside the corpus or nowhere, pipes, devices and sockets go to `errors`, never to the list."""
    corpus = Path(corpus)
    try:
        info = corpus.stat()
    except FileNotFoundError:
        raise KBError(f"{corpus}: corpus directory does not exist") from None
    except OSError as e:
        raise KBError(f"{corpus}: corpus directory is not readable ({e.strerror or e})") from None
    if not stat.S_ISDIR(info.st_mode):
        raise KBError(f"{corpus}: not a directory")
    if not os.access(corpus, os.R_OK | os.X_OK):
        raise KBError(f"{corpus}: corpus directory is not readable (permission denied)")
    found, top = [], Path(os.path.realpath(corpus))

    def unreadable(e: OSError) -> None:
        if errors is not None:
            errors.append(
                (
                    str(e.filename),
                    f"folder is not readable ({e.strerror or e}); its files were skipped",
                )
            )

    for root, dirs, names in os.walk(corpus, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for d in [d for d in dirs if os.path.islink(os.path.join(root, d))]:
            if errors is not None:  # os.walk lists a link to a folder but never enters it
                errors.append((os.path.join(root, d), LINKED_FOLDER))
        for name in sorted(names):
            p = Path(root) / name
            if name.startswith(".") or name.endswith(".meta.toml"):
                continue
            if p.suffix.lower() in SUPPORTED:
                reason = files.problem(p, top)
                if reason is None:
                    found.append(p)
                elif errors is not None:
                    errors.append((str(p), reason))
    return found


TEXT_KEYS = (
    "title",
    "issuer",
    "number",
    "genre",
    "doc_type",
    "city",
    "lang",
    "language",
    "source",
    "source_url",
    "url",
    "organisation",
)
SIDECAR_TYPES = {
    **{k: ((str,), "a string") for k in TEXT_KEYS},
    **{k: ((str, list), "a string or a list") for k in ("authors", "author", "keywords")},
    **{k: ((int, str, _dt.date), "a date or a year") for k in ("date", "year")},
    "dates": ((dict,), "a table of dates"),
    "title_derived": ((bool,), "true or false"),
}


def check_sidecar(cand: Path, meta: dict) -> dict:
    """A sidecar value of the wrong type is the sidecar's fault, and is reported as such."""
    for key, (types, want) in SIDECAR_TYPES.items():
        value = meta.get(key)
        if value is not None and (
            not isinstance(value, types) or isinstance(value, bool) and bool not in types
        ):
            raise UnreadableFile(
                cand, f"bad metadata sidecar: {key} must be {want}, not {value!r:.40}"
            )
    if bad := invalid_sidecar(meta):
        key, want = bad
        value = meta.get(key, (meta.get("dates") or {}).get(key.partition(".")[2]))
        raise UnreadableFile(cand, f"bad metadata sidecar: {key} must be {want}, not {value!r:.40}")
    return meta


SIDECAR_MAX = 2**20  # bytes: metadata, not text


def sidecar_path(path: Path) -> Path | None:
    """The file's sidecar NAME.meta.toml (or FILE.EXT.meta.toml), if there is one."""
    for cand in (
        path.with_name(doc_id_for(path) + ".meta.toml"),
        path.with_name(path.name + ".meta.toml"),
    ):
        if os.path.lexists(cand):
            return cand
    return None


def sidecar(path: Path, root: Path | None = None) -> dict:
    cand = sidecar_path(path)
    if cand is None:
        return {}
    try:
        meta = tomllib.loads(files.read_bytes(cand, root, limit=SIDECAR_MAX).decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as e:
        why = e.strerror if isinstance(e, OSError) and e.strerror else e
        raise UnreadableFile(cand, f"bad metadata sidecar ({why})") from None
    except RecursionError:  # tomllib recurses once per level of nested arrays or tables
        raise UnreadableFile(cand, "bad metadata sidecar (nested too deeply)") from None
    return check_sidecar(cand, meta)


def content_hash(path: Path, root: Path, limit: int) -> str:
    """SHA-256 of the file and of its sidecar, if any: an edited, broken or removed sidecar is a
    change of the document (it kept the old metadata forever when only the file was hashed)."""
    h = hashlib.sha256(files.read_bytes(path, root, limit))
    side = sidecar_path(path)
    if side is not None:
        h.update(b"\0sidecar\0")
        try:
            h.update(files.read_bytes(side, root, SIDECAR_MAX))
        except OSError as e:  # the worker reports it; a change all the same
            h.update(f"unreadable: {e}".encode())
    return h.hexdigest()


DERIVED_PHRASE = 16  # characters a clause break may cut at: "2025年," alone names nothing
DERIVED_MAX = {"zh": 40, "en": 100}  # a derived title longer than this ends in an ellipsis
# a sentence ends at a full stop, or at an English one before a capital: not 4.94, U.S. market
SENTENCE_BREAK = re.compile(r"[。！？；]|(?<!\b[A-Z])[;.!?](?=\s+[A-Z\"“‘(]|\s*$)")
CLAUSE_BREAK = re.compile(r"(?<=[，,：:])")


def derive_title(measures) -> str:
    """A title from the text itself where the file states none: the first sentence, without a
    label such as 摘要, cut at the first clause break past DERIVED_PHRASE characters (a leading
    "2025年," or "In 2024," is an adverbial, not what the text is about) and shortened to
    DERIVED_MAX with an ellipsis. Citations bracket it as derived."""
    if not measures:
        return ""
    first = re.sub(r"^(摘\s*要|abstract)\s*[:：]\s*", "", measures[0].text, flags=re.I)
    head = SENTENCE_BREAK.split(first, maxsplit=1)[0].strip()
    if len(head) > 30:
        cut = ""
        for piece in CLAUSE_BREAK.split(head):
            cut += piece
            if len(cut.rstrip("，,：: ")) >= DERIVED_PHRASE:
                break
        head = cut.rstrip("，,：: ")
    english = is_english(head)
    limit = DERIVED_MAX["en" if english else "zh"]
    if len(head) <= limit:
        return head
    short = head[:limit].rsplit(" ", 1)[0] if english else head[:limit]
    return short.rstrip("，,、：: ") + "…"


def build_document(
    path: Path, doc_id: str, digest: str, data: bytes | None = None, root: Path | None = None
) -> tuple[Document, list[tuple[chinese.Tok, ...]]]:
    """Read, repair, segment and tag one file; returns the document and its measures' index tokens
    (made once, for tagging, and handed to the index writer with each measure)."""
    side = bounded(from_sidecar(sidecar(path, root)))
    read = read_file(path, data)
    # read before furniture and metadata lines are dropped
    found = read_metadata(read, read.blocks, side)
    if read.raw_lines is not None:
        keep = drop_furniture(read.raw_lines, found["title"])
        blocks, keywords = lines_to_blocks(
            [line for line, k in zip(read.raw_lines, keep, strict=True) if k]
        )
    else:
        keep = drop_furniture([b.text for b in read.blocks], found["title"])
        blocks, keywords = html_blocks([b for b, k in zip(read.blocks, keep, strict=True) if k])
    measures = blocks_to_measures(doc_id, blocks, found["title"])
    if not measures:
        raise UnreadableFile(path, "no paragraphs of text found")
    if not found["title"]:
        found["title"] = derive_title(measures)
        found["title_derived"] = True
    if not found.get("keywords"):
        found["keywords"] = keywords
    doc = Document(
        doc_id=doc_id,
        path=str(path),
        sha256=digest,
        fmt=read.fmt,
        **{k: v for k, v in found.items() if k in FIELDS},
    )
    title = doc.title
    toks_of = []
    cities = city_context([m.text for m in measures], title, doc.city)
    for m in measures:
        m.doc_title = title
        words, toks = chinese.analyse(m.text)
        toks_of.append(toks)
        if m.lang == "en":
            words = None
        ct = tag_cities(m.text, doc.city, words=words, context=cities)
        if found["city_issued"]:
            add_issuing_city(ct, doc.city, m.lang)
        tt = tag_themes(m.text, m.section, m.lang, m.kind, words=words, title=title)
        m.themes, m.cities, m.scores = tt.themes, ct.cities, tt.scores
        m.evidence = {"themes": tt.evidence, "cities": ct.evidence, "city_via": ct.via}
    doc.measures = measures
    return doc, toks_of


class FileTimeout(BaseException):
    """Raised by the alarm in a worker when a file overruns its parse budget (BaseException, so
    that no reader's `except Exception` swallows it)."""


def _alarm(signum, frame):
    raise FileTimeout


def _work(args):
    path, doc_id, digest, _size, root, limit, budget = args
    old = signal.signal(signal.SIGALRM, _alarm) if budget else None
    try:
        if budget:
            signal.setitimer(signal.ITIMER_REAL, budget)
        data = files.read_bytes(Path(path), Path(root), limit)
        return build_document(Path(path), doc_id, digest, data, Path(root)), None
    except UnreadableFile as e:
        return None, (e.path, e.reason)
    except FileTimeout:
        return None, (
            str(path),
            f"took longer than {budget:g} s to read (the limit per file); skipped",
        )
    except MemoryError:
        return None, (
            str(path),
            f"needs more than {WORKER_MEMORY_MB:,} MB of memory to read; skipped",
        )
    except files.NotRegular as e:
        return None, (str(path), str(e))
    except FileNotFoundError:
        return None, (str(path), "the file disappeared while being read")
    except OSError as e:
        return None, (str(path), f"cannot be read ({e.strerror or e})")
    except Exception as e:  # one odd file must never stop the run
        return None, (str(path), f"unexpected error while reading: {type(e).__name__}: {e}")
    finally:
        if budget:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)


def _add_measures(writer, doc: Document, toks_of: list[tuple[chinese.Tok, ...]]) -> None:
    leads = lead_ins(doc.measures)
    # the title is the heading above every heading of the document, in each of its measures (a
    # partial match reads it: 肇庆统计公报 finds the communiqué's paragraphs under 一、综合 that
    # never say 统计公报); a title made up from the first line is no heading
    title = "" if doc.title_derived else doc.title
    for m, toks, lead in zip(doc.measures, toks_of, leads, strict=True):
        writer.add(m, toks, values_of(m, doc), lead, title)


def _index_share(gen: str, jobs: list, ticks=None, worker: int = 0, current=None):
    """Read, tag and index a share of the files into a segment of its own (one per worker process).

    Returns (segment or None, {doc_id: metadata}, errors). The tokens jieba made for tagging are the
    ones indexed: nothing is segmented twice, and no token crosses a process boundary. Before each
    file its number goes into `current`, memory shared with the parent and written at once (a
    queue's message can die unsent with a killed worker), so that the parent can stop a worker
    stuck in one file and blame that file, not the one before.
    """
    writer = backend().share_writer(Path(gen))
    metas, errors = {}, []
    try:
        for i, job in enumerate(jobs):
            if current is not None:
                current.value = i
            built, error = _work(job)
            if error:
                errors.append((*error, failure_key(job)))
            else:
                doc, toks_of = built
                _add_measures(writer, doc, toks_of)
                meta = {
                    k: v for k, v in doc.meta().items() if k != "path"
                }  # no server path in any response
                metas[doc.doc_id] = {**meta, "n_measures": len(doc.measures)}
            if current is not None:
                current.value = -1
            if ticks is not None:
                ticks.put(("tick", worker, None))
        segment = writer.finish()
    except BaseException:
        writer.abort()
        raise
    return segment, metas, errors


def _shares(jobs: list, n: int) -> list[list]:
    """Split jobs into n shares of about equal bytes, largest files first (sizes from discovery)."""
    shares: list[list] = [[] for _ in range(n)]
    load = [0] * n
    for job in sorted(jobs, key=lambda j: -j[3]):
        k = load.index(min(load))
        shares[k].append(job)
        load[k] += job[3] or 1
    return [s for s in shares if s]


def _die_with_parent(parent: int) -> None:
    """Ask Linux to SIGKILL this worker when the ingest process dies, so no orphan writes on."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(1)


# The address space one worker may use: a file whose reader needs more fails with MemoryError and
# is reported, instead of taking the machine (a Word bomb once took a worker to 7.2 GB).
WORKER_MEMORY_MB = 2048


def _limit_memory(mb: int) -> None:
    with contextlib.suppress(ValueError, OSError):
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        want = mb * 2**20
        if soft == resource.RLIM_INFINITY or soft > want:
            resource.setrlimit(resource.RLIMIT_AS, (want, hard))


def _warm_worker() -> None:
    """Load jieba's dictionary and the lexicons before the first file's alarm is armed: a file's
    time budget is its own, not the second or so a fresh worker spends loading them."""
    from kb.cities import tag_cities
    from kb.themes import tag_themes

    sample = "宁波舟山港建设加快推进。Ningbo port development."
    tag_themes(sample)
    tag_cities(sample)


class _Outbox:
    """A worker's end of its pipe to the parent, with a queue's `put`: a message is written
    whole by the worker's own thread, with no feeder thread or lock shared with other workers."""

    def __init__(self, conn):
        self.conn = conn

    def put(self, message) -> None:
        self.conn.send(message)


def _share_process(gen, share, queue, parent, worker, current):
    _die_with_parent(parent)
    _limit_memory(WORKER_MEMORY_MB)
    try:
        _warm_worker()
        queue.put(("done", worker, _index_share(gen, share, queue, worker, current)))
    except BaseException as e:  # reported to the parent, which fails the whole ingest cleanly
        queue.put(("failed", worker, f"{type(e).__name__}: {e}"))


# A worker still in one file this long after that file's own alarm should have stopped it (a C
# library that never returns to Python) is killed; the file is reported and the rest of its share
# is indexed again by a new worker.
KILL_GRACE_S = 10.0


def _run_shares(
    gen: Path, jobs: list, n_workers: int, bar, budget: float | None = None
) -> tuple[list, list]:
    """Index all jobs in worker processes (one per share); returns (results, errors of stopped
    files).

    Work always happens in a child process, so that a file that hangs or crashes its reader costs
    only that file: the parent watches the time each worker spends on one file."""
    ctx = multiprocessing.get_context("fork")
    workers: dict[int, dict] = {}

    def start(share: list) -> None:
        w = len(workers)
        current = ctx.Value("i", -1, lock=False)  # the file the worker is in, -1 between files
        # a pipe of its own: a worker killed while writing (a reader's crash) leaves no lock held
        # that the others' messages wait on, as one shared queue's write lock did
        inbox, outbox = ctx.Pipe(duplex=False)
        proc = ctx.Process(
            target=_share_process,
            args=(str(gen), share, _Outbox(outbox), os.getpid(), w, current),
            daemon=True,
        )
        workers[w] = {
            "proc": proc,
            "share": share,
            "current": current,
            "inbox": inbox,
            "seen": -1,
            "since": time.monotonic(),
        }
        proc.start()
        outbox.close()  # the worker's end: its death is the inbox's end of file

    def receive() -> list:
        """The messages the pending workers sent, waiting up to half a second for one."""
        inboxes = {workers[w]["inbox"]: w for w in pending if not workers[w]["inbox"].closed}
        out = []
        for conn in mp_connection.wait(list(inboxes), timeout=0.5):
            try:
                out.append(conn.recv())
            except (EOFError, OSError):  # the worker is gone: its exit code tells the rest
                conn.close()
        if not inboxes:
            time.sleep(0.5)
        return out or [(None, None, None)]

    for share in _shares(jobs, n_workers):
        start(share)
    pending, results, stopped = set(workers), [], []
    hard = (budget + KILL_GRACE_S) if budget else None
    checked = time.monotonic()
    try:
        while pending:
            messages = receive()
            now = time.monotonic()
            for st in workers.values():
                if st["current"].value != st["seen"]:
                    st["seen"], st["since"] = st["current"].value, now
            for kind, w, payload in messages:
                if kind == "tick":
                    if bar is not None:
                        bar.update(1)
                elif kind == "failed":
                    raise KBError(f"an ingest worker failed ({payload}); the index is unchanged")
                elif kind == "done":
                    results.append(payload)
                    pending.discard(w)
            if messages[0][0] is not None and now - checked < 0.5:
                continue
            checked = now
            for w in list(pending):
                st = workers[w]
                code = st["proc"].exitcode
                hung = hard is not None and st["seen"] >= 0 and now - st["since"] > hard
                if not hung and code in (None, 0):
                    continue
                st["proc"].kill()
                st["proc"].join()
                pending.discard(w)
                at = st["current"].value
                if at < 0:
                    raise KBError("an ingest worker process died; the index is unchanged")
                bad = st["share"][at]
                stopped.append(
                    (
                        bad[0],
                        f"took longer than {hard:g} s to read; its reader was stopped"
                        if hung
                        else f"its reader crashed the worker process (exit code {code}); skipped",
                        failure_key(bad),
                    )
                )
                rest = st["share"][:at] + st["share"][at + 1 :]
                if rest:
                    start(rest)
                    pending.add(len(workers) - 1)
    finally:
        for st in workers.values():
            if st["proc"].is_alive() and pending:
                st["proc"].kill()
            st["proc"].join()
    return results, stopped


def _progress(total: int, enabled: bool):
    if enabled and total > 1 and sys.stderr.isatty():
        from tqdm import tqdm

        return tqdm(total=total, unit="file", desc="ingest", file=sys.stderr, leave=False)
    return None


MAX_FILE_MB = 20.0
# Seconds one file may take to read, repair, segment and tag; a file that takes longer is reported
# and skipped (real files take well under a second a megabyte).
FILE_SECONDS = 60.0


def _reanalysed(live: Path) -> bool:
    """The live generation was built with other data files (kb/index.py analysis_key): its
    tokens and tags are not what an ingest makes today."""
    return index.analysis_of(live) != index.analysis_key()


def ingest(
    corpus: Path,
    index_dir: Path,
    rebuild: bool = False,
    workers: int | None = None,
    progress: bool = True,
    max_file_mb: float = MAX_FILE_MB,
    wait: float = 30.0,
    file_seconds: float | None = FILE_SECONDS,
) -> Summary:
    """Bring the index in line with the corpus. A file that cannot be read is reported and keeps its
    previous version, if any; a file that is gone from the corpus is dropped."""
    start = time.perf_counter()
    summary = Summary()
    found = discover(corpus, summary.errors)
    root = os.path.realpath(corpus)
    limit = int(max_file_mb * 2**20)
    with _writing(index_dir), index.writer_lock(index_dir, wait=wait):
        index.sweep(index_dir)
        old_docs: dict = {}
        live = index.current_generation(index_dir)
        damaged = _damage(live) if live is not None and not rebuild else None
        if damaged:
            summary.warnings.append(
                (str(index_dir), f"the index was damaged ({damaged}); rebuilt from the corpus")
            )
        reanalysed = live is not None and not rebuild and not damaged and _reanalysed(live)
        if reanalysed:
            summary.warnings.append(
                (
                    str(index_dir),
                    "the analysis (kb/data) changed since the index was built; rebuilt",
                )
            )
        # a damaged generation, one of another backend, of an older schema or analysis is rebuilt
        rebuild = (
            rebuild
            or bool(damaged)
            or reanalysed
            or (
                live is not None
                and (
                    index.backend_of(live) != settings.get("BACKEND")
                    or not backend().schema_is_current(live)
                )
            )
        )
        before = sum(v.get("n_measures", 0) for v in index.read_docs(live).values()) if live else 0
        if not rebuild and live is not None:
            old_docs = index.read_docs(live)
        # failures of the files that did not change are reported again without reading them
        remembered = {} if rebuild or live is None else index.read_failures(live)
        failures: dict[str, list] = {}
        jobs, seen_ids = [], {}
        for path in found:
            doc_id = doc_id_for(path)
            if doc_id in seen_ids:
                summary.errors.append(
                    (str(path), f"doc_id {doc_id} already taken by {seen_ids[doc_id]}")
                )
                continue
            seen_ids[doc_id] = str(path)
            try:
                size = path.stat().st_size
                if size > max_file_mb * 2**20:
                    summary.errors.append(
                        (
                            str(path),
                            f"too large ({size / 2**20:.1f} MB; the limit is "
                            f"{max_file_mb:g} MB, raise it with --max-file-mb)",
                        )
                    )
                    continue
                digest = content_hash(path, Path(root), limit)
            except files.NotRegular as e:
                summary.errors.append((str(path), str(e)))
                continue
            except FileNotFoundError:
                summary.errors.append((str(path), "the file disappeared while being read"))
                continue
            except OSError as e:
                summary.errors.append((str(path), f"cannot be read ({e.strerror or e})"))
                continue
            old = old_docs.get(doc_id)
            if old and old.get("sha256") == digest and not rebuild:
                summary.unchanged += 1
                continue
            if not files.name_is_utf8(path):
                summary.warnings.append(
                    (str(path), f"the file name is not UTF-8; indexed as doc_id {doc_id}")
                )
            job = (str(path), doc_id, digest, size, root, limit, file_seconds)
            if (known := remembered.get(failure_key(job))) is not None:
                failures[failure_key(job)] = known
                blamed, reason = known
                summary.errors.append((str(sidecar_path(path)) if blamed else str(path), reason))
                continue
            jobs.append(job)
        gone = [d for d in old_docs if d not in seen_ids]
        bar = _progress(len(jobs), progress)
        chinese.tokenizer()  # load once before forking, so workers inherit it
        n_workers = workers or min(os.cpu_count() or 1, 4)
        changed = jobs or gone or rebuild or index.current_generation(index_dir) is None
        metas: dict = {}
        if changed:
            metas, errors = _write_generation(
                index_dir, jobs, gone, rebuild, n_workers, bar, file_seconds, failures
            )
            summary.errors += errors
        if bar is not None:
            bar.close()
        summary.updated = sum(1 for d in metas if d in old_docs and not rebuild)
        summary.added = len(metas) - summary.updated
        summary.removed = len(gone)
        kept = {k: v for k, v in old_docs.items() if k not in gone} if not rebuild else {}
        kept.update(metas)
        summary.documents = len(kept)
        summary.measures = sum(v.get("n_measures", 0) for v in kept.values())
        summary.notice = advice(settings.get("BACKEND"), before, summary.measures)
    summary.seconds = time.perf_counter() - start
    return summary


@contextlib.contextmanager
def _writing(index_dir: Path):
    """A failure to write the index (a full disk, a folder this user cannot write, a read-only file
    system) is one line; the generation being built is removed on the way out (_write_generation,
    index.new_generation), so the live one stays as it was."""
    try:
        yield
    except OSError as e:
        raise KBError(
            f"{index_dir}: cannot write the index ({e.strerror or e}); the index is unchanged"
        ) from None


def failure_key(job: tuple) -> str:
    """What a file's failure depends on: its content hash (with its sidecar's) and the limits it
    was read under (a raised --max-file-mb or --file-seconds tries it again)."""
    _path, _doc_id, digest, _size, _root, limit, budget = job
    return f"{digest} {limit} {budget}"


def _damage(live: Path) -> str | None:
    """Why the live generation cannot be built upon, or None: its files are checked whole against
    the manifest it was published with, and its documents must read."""
    reason = index.damage(live, thorough=True)
    if reason is None:
        try:
            index.read_docs(live)
        except (OSError, ValueError) as e:
            reason = f"its documents do not read: {e}"
    return reason


def _write_generation(index_dir, jobs, gone, rebuild, n_workers, bar, budget=None, failures=None):
    """Write changes into a copy of the live generation (or an empty one), publish it; on failure,
    discard it.

    Workers write the new documents' segments; the parent's writer deletes replaced and removed
    documents and commits those segments in one step (the backend compacts on the way).
    """
    name = settings.get("BACKEND")
    be = backend(name)
    gen = index.new_generation(index_dir, be.create, empty=rebuild, backend=name)
    try:
        docs = index.read_docs(gen)
        results, stopped = _run_shares(gen, jobs, n_workers, bar, budget) if jobs else ([], [])
        writer = be.writer(gen)
        try:
            # a changed file that no longer reads keeps its previous version
            replaced = [doc_id for _, metas, _ in results for doc_id in metas if doc_id in docs]
            writer.delete(list(gone) + replaced)
            for doc_id in list(gone) + replaced:
                docs.pop(doc_id, None)
            metas, errors = {}, list(stopped)
            for _, share_metas, share_errors in results:
                metas.update(share_metas)
                errors += share_errors
            failures = dict(failures or {})
            for path, reason, key in errors:
                failures[key] = [path.endswith(".meta.toml"), reason]
            errors = [(path, reason) for path, reason, _ in errors]
            writer.commit(segment for segment, _, _ in results if segment is not None)
        except BaseException:
            writer.cancel()
            raise
        docs.update(metas)
        index.write_docs(gen, docs)
        index.write_failures(gen, failures)
        _write_expansions(be, gen)
        index.publish(index_dir, gen)
    except BaseException:
        index.discard(gen)
        raise
    return metas, errors


def _write_expansions(be, gen: Path) -> None:
    """Pinyin and dictionary maps over the new vocabulary, so queries need not build them."""
    vocab = be.vocabulary(gen)
    maps = build_maps(vocab)
    maps["vocab_size"] = len(vocab)
    index.write_expansions(gen, maps)
