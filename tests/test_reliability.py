"""Reliability under crashes, concurrent use and hostile files: real processes, real signals.

Every test here drives `kb ingest` / `kb serve` as separate processes, the way a user does.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kb.search import KB
from tests.fixtures import PLAN_TXT, scale_corpus

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ["港口", "数字经济", "医疗保险", "宁波 港口", "ecology", "gangkou"]


def kb_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "kb", *args]


def run_ingest(
    corpus: Path, ix: Path, *extra: str, check: bool = True
) -> subprocess.CompletedProcess:
    out = subprocess.run(
        kb_cmd("ingest", "--corpus", str(corpus), "--index", str(ix), *extra),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    if check:
        assert out.returncode == 0, out.stderr
    return out


def answers(ix: Path) -> dict:
    """What a fresh server would answer: totals, top ids and facet counts of a fixed set of
    searches."""
    kb = KB(ix)
    out = {}
    for q in QUERIES:
        r = kb.search(q, limit=20)
        out[q] = (r["total"], [h["id"] for h in r["hits"]], json.dumps(r["facets"], sort_keys=True))
    return out


def descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                kids = [int(c) for c in Path(f"/proc/{p}/task/{task}/children").read_text().split()]
                out += kids
                todo += kids
        except OSError:
            pass
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def generations(ix: Path) -> set[tuple[str, int]]:
    return {(p.name, p.stat().st_ino) for p in ix.glob("gen-*") if p.exists()}


def new_generation(ix: Path, live: str, before: set) -> Path | None:
    """The generation this ingest is building (not one a killed ingest left behind)."""
    try:
        gens = sorted(
            p for p in ix.glob("gen-*") if p.name > live and (p.name, p.stat().st_ino) not in before
        )
    except FileNotFoundError:  # swept while we looked
        return None
    return gens[-1] if gens else None


def kill_when(
    proc: subprocess.Popen, ix: Path, live: str, point: tuple[str, object], full_run: float
) -> str:
    """SIGKILL the ingest (its main process only, as `kill -9 PID` would) at a point; what was
    seen."""
    kind, arg = point
    before = generations(ix)
    start, wall = time.perf_counter(), time.time() - 0.01
    seen = "process ended first"
    workers: list[int] = []
    while proc.poll() is None and time.perf_counter() - start < 120:
        workers = descendants(proc.pid) or workers
        gen = new_generation(ix, live, before)
        hit = False
        if kind == "time":
            hit = time.perf_counter() - start >= arg * full_run
        elif gen is not None:
            if kind == "generation":
                hit = True
            elif kind == "segment":  # a worker has written a new segment's term file
                with contextlib.suppress(OSError):
                    hit = len(list(gen.glob("*.trm"))) > len(list((ix / live).glob("*.trm")))
            elif (
                kind == "file"
            ):  # written by this ingest (the copy of the live generation keeps old times)
                with contextlib.suppress(OSError):
                    hit = (gen / str(arg)).stat().st_mtime >= wall
        if hit:
            os.kill(proc.pid, signal.SIGKILL)
            seen = f"killed at {kind}={arg} after {time.perf_counter() - start:.2f} s"
            break
        time.sleep(0.002)
    proc.wait()
    deadline = time.time() + 5
    while any(alive(w) for w in workers) and time.time() < deadline:
        time.sleep(0.05)
    assert not any(alive(w) for w in workers), "ingest workers outlived their killed parent"
    return seen


def test_sigkill_at_several_points_keeps_previous_index(tmp_path):
    corpus, ix = tmp_path / "c", tmp_path / "ix"
    scale_corpus(corpus, files=30, paras=40)
    (corpus / "plan.txt").write_text(PLAN_TXT, encoding="utf-8")
    run_ingest(corpus, ix)
    before = answers(ix)
    live = (ix / "CURRENT").read_text().strip()
    # the next version: every file changed, some new ones
    shutil.rmtree(corpus)
    scale_corpus(corpus, files=40, paras=40, tag="修订")
    t = time.perf_counter()
    run_ingest(corpus, tmp_path / "timing")  # how long an uninterrupted run of this size takes
    full = time.perf_counter() - t
    points = [
        ("time", 0.1),
        ("generation", None),
        ("time", 0.4),
        ("segment", None),
        ("time", 0.7),
        ("file", "_MAIN_2.toc"),
        ("time", 0.9),
        ("file", "expand.json"),
    ]
    pristine = tmp_path / "pristine"
    shutil.copytree(ix, pristine)
    seen = []
    for point in points:
        proc = subprocess.Popen(
            kb_cmd("ingest", "--corpus", str(corpus), "--index", str(ix), "--workers", "2"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
        )
        seen.append(kill_when(proc, ix, live, point, full))
        if (ix / "CURRENT").read_text().strip() != live:
            # the ingest finished (or was killed after its swap): the new index is whole; start the
            # next point from the old index again
            assert "修订" in json.dumps(KB(ix).search("修订")["hits"], ensure_ascii=False), seen[-1]
            shutil.rmtree(ix)
            shutil.copytree(pristine, ix)
            continue
        assert answers(ix) == before, seen[-1]
    print(seen)
    assert sum("killed" in s for s in seen) >= 5, seen
    out = run_ingest(corpus, ix)
    assert "40 documents" in out.stderr
    assert answers(ix) != before
    assert KB(ix).search("修订")["total"] == 40 * 40  # every paragraph of the new version
    assert len(list(ix.glob("gen-*"))) <= 2, "builds of killed ingests were not swept"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def server_on(tmp_path):
    procs = []

    def start(ix: Path) -> str:
        port = free_port()
        proc = subprocess.Popen(
            kb_cmd("serve", "--index", str(ix), "--port", str(port)),
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        procs.append(proc)
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/api/search?q=x", timeout=2).read()
                return base
            except OSError:
                time.sleep(0.05)
        raise AssertionError("server did not start")

    yield start
    for p in procs:
        p.terminate()
        p.wait()


def test_searches_keep_answering_while_ingests_swap_generations(tmp_path, server_on):
    corpus, ix = tmp_path / "c", tmp_path / "ix"
    scale_corpus(corpus, files=10, paras=20)
    run_ingest(corpus, ix)
    base = server_on(ix)
    totals = [KB(ix).search("港口")["total"]]
    observed, failures, stop = [], [], threading.Event()

    def client():
        while not stop.is_set():
            try:
                body = json.loads(
                    urllib.request.urlopen(
                        base + "/api/search?" + urllib.parse.urlencode({"q": "港口", "limit": 5}),
                        timeout=30,
                    ).read()
                )
                observed.append(
                    (
                        body["total"],
                        sum(body["facets"]["kind"].values())
                        if body["facets"].get("kind")
                        else None,
                    )
                )
            except (OSError, ValueError, KeyError) as e:
                failures.append(repr(e))

    threads = [threading.Thread(target=client) for _ in range(4)]
    for th in threads:
        th.start()
    try:
        for rnd in range(3):
            scale_corpus(corpus, files=3, paras=15 + 5 * rnd, tag=f"轮{rnd}", name=f"round{rnd}")
            run_ingest(corpus, ix)
            totals.append(KB(ix).search("港口")["total"])
            time.sleep(0.3)
        deadline = time.time() + 20  # let the clients see the last state, however slow this machine
        while totals[-1] not in {t for t, _ in observed} and time.time() < deadline:
            time.sleep(0.1)
    finally:
        stop.set()
        for th in threads:
            th.join()
    assert not failures, failures[:3]
    assert len(set(totals)) == 4, totals  # every round really changed the answer
    seen_totals = {t for t, _ in observed}
    assert seen_totals <= set(totals), (seen_totals, totals)  # never a half-updated index
    assert totals[0] in seen_totals and totals[-1] in seen_totals
    assert all(k is None or k == t for t, k in observed)  # facet counts agree with the total


def test_two_ingests_at_once_one_waits_nothing_corrupt(tmp_path):
    corpus, ix = tmp_path / "c", tmp_path / "ix"
    scale_corpus(corpus, files=20, paras=30)
    procs = [
        subprocess.Popen(
            kb_cmd("ingest", "--corpus", str(corpus), "--index", str(ix)),
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    errs = [p.communicate(timeout=300)[1] for p in procs]
    results = [(p.returncode, err) for p, err in zip(procs, errs, strict=True)]
    for code, err in results:
        assert code == 0 or (code == 2 and "another `kb ingest` is running" in err), err
    assert any(code == 0 for code, _ in results)
    fresh = tmp_path / "fresh"
    run_ingest(corpus, fresh)
    assert KB(ix).measures() == KB(fresh).measures()  # every measure, its tags and evidence
    for (total, _, facets), (total2, _, facets2) in zip(
        answers(ix).values(), answers(fresh).values(), strict=True
    ):
        assert (total, facets) == (total2, facets2)


def test_second_ingest_with_no_wait_fails_in_one_line(tmp_path):
    corpus, ix = tmp_path / "c", tmp_path / "ix"
    scale_corpus(corpus, files=30, paras=40)
    first = subprocess.Popen(
        kb_cmd("ingest", "--corpus", str(corpus), "--index", str(ix)),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    while not (ix / ".lock").exists() or not list(ix.glob("gen-*")):
        time.sleep(0.01)
    second = run_ingest(corpus, ix, "--wait", "0", check=False)
    assert first.wait(timeout=300) == 0
    assert second.returncode == 2
    assert (
        second.stderr.strip().count("\n") == 0 and "another `kb ingest` is running" in second.stderr
    )


def test_fifty_megabyte_file_and_vanishing_file(tmp_path, monkeypatch, capsys):
    from kb import ingest as ingest_mod
    from kb.cli import main

    corpus = tmp_path / "c"
    scale_corpus(corpus, files=3, paras=10)
    big = corpus / "dump.txt"
    line = ("数字经济" * 30 + "。\n").encode("utf-8")
    with open(big, "wb") as f:
        f.write(line * (50 * 2**20 // len(line) + 1))
    (corpus / "vanishing.txt").write_text(PLAN_TXT, encoding="utf-8")
    real = ingest_mod.discover

    def discover_then_delete(path, errors=None):
        files = real(path, errors)
        (corpus / "vanishing.txt").unlink()  # gone between listing and reading
        return files

    monkeypatch.setattr(ingest_mod, "discover", discover_then_delete)
    code = main(["ingest", "--corpus", str(corpus), "--index", str(tmp_path / "ix")])
    err = capsys.readouterr().err
    assert code == 3
    errors = [x for x in err.splitlines() if x.startswith("error:")]
    assert len(errors) == 2
    assert any("dump.txt" in x and "too large" in x and "--max-file-mb" in x for x in errors)
    assert any("vanishing.txt" in x and "disappeared" in x for x in errors)
    assert "3 documents" in err


def _as_nobody() -> list[str] | None:
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if not setpriv:
        return None
    prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    probe = subprocess.run(
        prefix + [sys.executable, "-c", "import kb"], capture_output=True, cwd=ROOT
    )
    return prefix if probe.returncode == 0 else None  # this Python is not reachable by that user


@pytest.fixture()
def shared_tmp():
    """A folder the unprivileged user can enter: directly under the system's temporary folder, not
    under pytest's, which pytest (and any other pytest run on the machine) keeps at mode 700."""
    folder = Path(tempfile.mkdtemp(prefix="kb-nobody-"))
    folder.chmod(0o777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_unreadable_corpus_directory_as_a_real_user(shared_tmp):
    """Run as an unprivileged user (root reads everything): a locked corpus is one clear line and
    exit 2; a locked subfolder is reported while every readable file is indexed, exit 3."""
    prefix = _as_nobody()
    if prefix is None:
        pytest.skip("running as root, and no unprivileged user can run this Python (setpriv)")
    tmp_path = shared_tmp
    corpus = tmp_path / "corpus"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "plan.txt").write_text(PLAN_TXT, encoding="utf-8")
    (corpus / "locked" / "a.txt").write_text(PLAN_TXT, encoding="utf-8")
    corpus.chmod(0o755)

    def ingest_as_nobody(folder: Path, ix: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            prefix + kb_cmd("ingest", "--corpus", str(folder), "--index", str(tmp_path / ix)),
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
            env={**os.environ, "HOME": str(tmp_path)},
        )

    (corpus / "locked").chmod(0)
    try:
        whole = ingest_as_nobody(corpus / "locked", "ix1")
        part = ingest_as_nobody(corpus, "ix2")
    finally:
        (corpus / "locked").chmod(0o755)
    assert whole.returncode == 2, whole.stderr
    assert whole.stderr.strip().count("\n") == 0
    assert "locked" in whole.stderr and "not readable" in whole.stderr
    assert part.returncode == 3, part.stderr
    errors = [x for x in part.stderr.splitlines() if x.startswith("error:")]
    assert len(errors) == 1 and "locked" in errors[0] and "not readable" in errors[0]
    assert "1 documents" in part.stderr


def test_slow_clients_holding_connections_do_not_starve_a_search(tmp_path, server_on):
    """150 connections, each sending a header line every 2 s and never finishing its request,
    once filled waitress's 100 connections: every normal request waited as long as they stayed."""
    corpus, ix = tmp_path / "c", tmp_path / "ix"
    corpus.mkdir()
    (corpus / "plan.txt").write_text(PLAN_TXT, encoding="utf-8")
    run_ingest(corpus, ix)
    base = server_on(ix)
    port = int(base.rsplit(":", 1)[1])
    stop, slow = threading.Event(), []

    def dribble():
        while not stop.is_set():
            for s in list(slow):
                try:
                    s.sendall(b"X-Slow: 1\r\n")
                except OSError:
                    slow.remove(s)  # closed by the server: an attacker would reconnect
                    s.close()
                    slow.append(_slow_client(port))
            stop.wait(2)

    for _ in range(150):
        slow.append(_slow_client(port))
    feeder = threading.Thread(target=dribble, daemon=True)
    feeder.start()
    try:
        time.sleep(3)
        for q in ("港口", "宁波"):
            t = time.monotonic()
            body = urllib.request.urlopen(
                base + "/api/search?" + urllib.parse.urlencode({"q": q}), timeout=10
            ).read()
            assert json.loads(body)["total"] >= 1
            assert time.monotonic() - t < 3, time.monotonic() - t
        # a request whose headers never end is closed after its deadline (nothing is answered)
        s = _slow_client(port)
        s.settimeout(30)
        t = time.monotonic()
        assert s.recv(100) == b""
        assert time.monotonic() - t < 20
        s.close()
    finally:
        stop.set()
        feeder.join()
        for s in slow:
            s.close()


def _slow_client(port: int) -> socket.socket:
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    s.sendall(b"GET /api/search?q=x HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    return s
