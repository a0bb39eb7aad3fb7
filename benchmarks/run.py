"""`make bench`: the project, with each of its search backends (Whoosh, tantivy), against a
plain jieba + Whoosh baseline, on the same generated corpus, in one run.

For each size: ingest throughput, index size, peak memory of the ingest, cold start of the server to
its first answer, server memory, and query latency p50/p95/p99 over a fixed mix of 60 queries (each
with facets and highlights) through the HTTP API on loopback; then a load test of ours (16 clients,
60 s). Prints a table with ratios and, over several sizes, how each figure grows; writes
benchmarks/results.json.

    python -m benchmarks.run [--measures 10000 100000] [--load-seconds 60] [--rounds 3]
        [--backends whoosh tantivy] [--no-baseline] [--no-extras]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

from benchmarks.generate import generate

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "benchmarks" / "work"
# one- and two-word Chinese, English, pinyin, phrases, mixed
QUERIES = [
    "数字经济",
    "港口",
    "宁波 港口",
    "生态环境",
    "医保",
    "跨海通道",
    "科技成果转化",
    "自贸区",
    "职业教育",
    "营商环境",
    "集成电路",
    "轨道交通",
    "人才",
    "亚运会",
    "杭州湾",
    '"电子商务"',
    "金融 中心",
    "digital economy",
    "free trade port",
    "medical insurance",
    "rail transit",
    "talent",
    "business environment",
    '"growth pole"',
    "ningbo",
    "hangzhouwan",
    "shuzi jingji",
    "shaoxing",
    "Ningbo 港口",
    "eWTP 试验区",
]
FILTERS = [{}, {"city": "ningbo"}, {"theme": "ecology"}, {"city": "hangzhou", "theme": "industry"}]
CPU_SECONDS: list[float] = []
MIX = [(q, FILTERS[(i + k) % len(FILTERS)]) for i, q in enumerate(QUERIES) for k in (0, 1)]


class PeakRSS:
    """Samples the resident memory of a process and all its descendants; keeps the peak (MB)."""

    def __init__(self, pid: int, every: float = 0.1):
        self.pid, self.every, self.peak, self._stop = pid, every, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    @staticmethod
    def tree(pid: int) -> list[int]:
        out, todo = [], [pid]
        while todo:
            p = todo.pop()
            out.append(p)
            try:
                for task in os.listdir(f"/proc/{p}/task"):
                    todo += [int(c) for c in open(f"/proc/{p}/task/{task}/children").read().split()]
            except OSError:
                pass
        return out

    @staticmethod
    def rss_mb(pid: int) -> int:
        try:
            return int(open(f"/proc/{pid}/status").read().split("VmRSS:")[1].split()[0]) // 1024
        except (OSError, IndexError):
            return 0

    def _run(self):
        while not self._stop.is_set():
            self.peak = max(self.peak, sum(self.rss_mb(p) for p in self.tree(self.pid)))
            self._stop.wait(self.every)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def timed_run(cmd: list[str], env: dict | None = None) -> tuple[float, int, str]:
    """Run a command; its wall time, peak memory of its process tree, and stderr. Its CPU time
    (user and system, every process of the tree) goes to CPU_SECONDS[-1]: on a shared machine the
    wall time says little, the CPU time what a quiet machine would take."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, cwd=ROOT, env=env
    )
    mem = PeakRSS(proc.pid)
    _, err = proc.communicate()
    seconds = time.perf_counter() - t
    peak = mem.stop()
    if proc.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU_SECONDS.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return seconds, peak, err


def dir_size(p: Path) -> int:
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file())


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def free_port() -> int:
    """A port nothing listens on: on a fixed port (5077) another server of the machine answered
    the benchmark, which measured it instead of ours."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """A server process started for the benchmark; cold start is spawn to first answer."""

    def __init__(self, cmd: list[str], port: int):
        self.url = f"http://127.0.0.1:{port}/api/search?"
        t = time.perf_counter()
        self.proc = subprocess.Popen(
            cmd, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL, cwd=ROOT
        )
        while True:
            try:
                self.get("港口")
                break
            except OSError:
                if self.proc.poll() is not None or time.perf_counter() - t > 120:
                    raise SystemExit(f"{' '.join(cmd)} did not start") from None
                time.sleep(0.02)
        self.cold = time.perf_counter() - t
        if self.proc.poll() is not None:  # it died: what answered was someone else's
            raise SystemExit(f"{' '.join(cmd)} exited: port {port} is another server's")

    def get(self, q: str, flt: dict | None = None, timeout: float = 60) -> bytes:
        return urllib.request.urlopen(
            self.url + urllib.parse.urlencode({"q": q, **(flt or {})}), timeout=timeout
        ).read()

    def latencies(self, rounds: int, warm: bool = True) -> list[float]:
        if warm:  # one warm-up pass, as a user's first queries would be
            for q, f in MIX:
                self.get(q, f)
        out = []
        for _ in range(rounds):
            for q, f in MIX:
                t = time.perf_counter()
                self.get(q, f)
                out.append((time.perf_counter() - t) * 1000)
        return out

    def rss(self) -> int:
        return PeakRSS.rss_mb(self.proc.pid)

    def load(self, seconds: float, clients: int = 16) -> dict:
        errors, done, stop, lat = [], [0], time.perf_counter() + seconds, []
        lock = threading.Lock()

        def client(k: int):
            i = k
            while time.perf_counter() < stop:
                q, f = MIX[i % len(MIX)]
                i += 1
                t = time.perf_counter()
                try:
                    self.get(q, f, timeout=30)
                    with lock:
                        done[0] += 1
                        lat.append((time.perf_counter() - t) * 1000)
                except OSError as e:
                    with lock:
                        errors.append(str(e))

        threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
        t0 = time.perf_counter()
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        wall = time.perf_counter() - t0
        return {
            "clients": clients,
            "seconds": round(wall, 1),
            "requests": done[0],
            "errors": len(errors),
            "rps": round(done[0] / wall, 1),
            "p50_ms": round(statistics.median(lat), 1) if lat else None,
            "p95_ms": round(pct(lat, 95), 1) if lat else None,
        }

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


BACKENDS = ("whoosh", "tantivy")


def timed_ingest(corpus: Path, index_dir: Path, backend: str) -> tuple[float, int, int]:
    """`kb ingest` of the corpus with one backend: seconds, peak MB, measures indexed."""
    shutil.rmtree(index_dir, ignore_errors=True)
    py = sys.executable
    seconds, peak, err = timed_run(
        [py, "-m", "kb", "ingest", "--corpus", str(corpus), "--index", str(index_dir)],
        env={**os.environ, "KB_BACKEND": backend},
    )
    return seconds, peak, int(re.search(r"(\d+) measures", err).group(1))


def serve(server: Server, r: dict, rounds: int, load_seconds: float, baseline: bool) -> None:
    """Latency, load and memory of one running server into r."""
    try:
        # the baseline takes seconds a query at 100k: one pass, no warm-up, keeps the run short
        lat = server.latencies(1, warm=False) if baseline else server.latencies(rounds)
        r["cold_start_s"] = round(server.cold, 2)
        r["p50_ms"] = round(statistics.median(lat), 1)
        r["p95_ms"] = round(pct(lat, 95), 1)
        r["p99_ms"] = round(pct(lat, 99), 1)
        if not baseline:
            r["load"] = server.load(load_seconds)
        r["server_rss_mb"] = server.rss()
    finally:
        server.stop()


def run(
    n: int,
    rounds: int,
    load_seconds: float,
    backends: tuple[str, ...] = BACKENDS,
    baseline: bool = True,
) -> dict:
    """One size: each backend of ours and the baseline over the same generated corpus."""
    corpus = WORK / f"corpus_{n}"
    generate(n, corpus, ROOT / "corpus")
    py = sys.executable
    r: dict = {"measures": None, "systems": {}}
    for be in backends:
        ix = WORK / f"ours_{be}_{n}"
        seconds, peak, measures = timed_ingest(corpus, ix, be)
        r["measures"] = measures
        sysr = r["systems"][be] = {
            "measures": measures,
            "ingest_measures_per_s": round(measures / seconds, 1),
            "ingest_cpu_ms_per_measure": round(CPU_SECONDS[-1] * 1000 / measures, 2),
            "ingest_peak_mb": peak,
            "index_mb": round(dir_size(next(ix.glob("gen-*"))) / 2**20, 1),
        }
        port = free_port()
        cmd = [py, "-m", "kb", "serve", "--index", str(ix), "--port", str(port)]
        serve(Server(cmd, port), sysr, rounds, load_seconds, baseline=False)
    if baseline:
        base_ix = WORK / f"base_{n}"
        seconds, peak, err = timed_run(
            [py, "-m", "benchmarks.baseline", "ingest", str(corpus), str(base_ix)]
        )
        measures = int(re.search(r"(\d+) measures", err).group(1))
        sysr = r["systems"]["baseline"] = {
            "measures": measures,
            "ingest_measures_per_s": round(measures / seconds, 1),
            "ingest_cpu_ms_per_measure": round(CPU_SECONDS[-1] * 1000 / measures, 2),
            "ingest_peak_mb": peak,
            "index_mb": round(dir_size(base_ix) / 2**20, 1),
        }
        port = free_port()
        cmd = [py, "-m", "benchmarks.baseline", "serve", str(base_ix), str(port)]
        serve(Server(cmd, port), sysr, rounds, load_seconds, baseline=True)
    r["queries"] = len(MIX)
    r["rounds"] = rounds
    return r


ROWS = [
    ("ingest measures/s", "ingest_measures_per_s"),
    ("ingest CPU ms/measure", "ingest_cpu_ms_per_measure"),
    ("ingest peak MB", "ingest_peak_mb"),
    ("index MB", "index_mb"),
    ("cold start s", "cold_start_s"),
    ("server RSS MB", "server_rss_mb"),
    ("query p50 ms", "p50_ms"),
    ("query p95 ms", "p95_ms"),
    ("query p99 ms", "p99_ms"),
]


def report(r: dict) -> str:
    systems = r["systems"]
    names = list(systems)
    measured = ", ".join(f"{k} {v['measures']:,}" for k, v in systems.items())
    lines = [
        f"== {r['measures']:,} measures ({measured}), {r['queries']} queries x {r['rounds']} "
        "rounds (baseline 1), facets + highlights, HTTP on loopback ==",
        f"{'':24}" + "".join(f"{name:>10}" for name in names),
    ]
    for label, key in ROWS:
        lines.append(f"{label:24}" + "".join(f"{systems[k].get(key, '-'):>10}" for k in names))
    for name in names:
        if ld := systems[name].get("load"):
            lines.append(
                f"load {name}: {ld['clients']} clients x {ld['seconds']} s: "
                f"{ld['requests']} requests, {ld['rps']} req/s, {ld['errors']} errors, "
                f"p50 {ld['p50_ms']} ms, p95 {ld['p95_ms']} ms"
            )
    return "\n".join(lines)


def growth(runs: list[dict]) -> str:
    """How each figure of each backend grows from the smallest run to each larger one."""
    if len(runs) < 2:
        return ""
    first = runs[0]
    lines = [f"== growth from {first['measures']:,} measures (x = later / first) =="]
    for r in runs[1:]:
        scale = r["measures"] / first["measures"]
        for name, sysr in r["systems"].items():
            base = first["systems"].get(name)
            if not base:
                continue
            parts = [
                f"{label.split()[0] + ' ' + label.split()[1]}: x{sysr[key] / base[key]:.2f}"
                for label, key in ROWS
                if base.get(key) and sysr.get(key)
            ]
            lines.append(f"x{scale:.0f} data, {name} -> " + "; ".join(parts))
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--measures", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--load-seconds", type=float, default=60)
    ap.add_argument(
        "--reingest-measures",
        type=int,
        default=10_000,
        help="corpus size of the repeated incremental ingest figure (0: skip it)",
    )
    ap.add_argument(
        "--reingest-only", action="store_true", help="only the repeated incremental ingest figure"
    )
    ap.add_argument(
        "--backends",
        nargs="+",
        choices=BACKENDS,
        default=list(BACKENDS),
        help="which of our backends to measure (each on the same generated corpus)",
    )
    ap.add_argument("--no-baseline", action="store_true", help="skip the plain jieba + Whoosh run")
    ap.add_argument("--no-extras", action="store_true", help="skip the document page and reingest")
    ap.add_argument("--results", default=str(ROOT / "benchmarks" / "results.json"))
    args = ap.parse_args(argv)
    from benchmarks import reingest

    if args.reingest_only:
        r = reingest.measure(WORK, args.reingest_measures)
        print(reingest.report(r), flush=True)
        return 0
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    results = {
        "machine": f"{os.cpu_count()} cores, {mem_gb:.0f} GB, "
        f"{platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}",
        "date": time.strftime("%Y-%m-%d"),
        "runs": [],
    }
    for n in args.measures:
        r = run(n, args.rounds, args.load_seconds, tuple(args.backends), not args.no_baseline)
        results["runs"].append(r)
        print(report(r), flush=True)
    if g := growth(results["runs"]):
        print(g)
    from benchmarks import docpage

    if args.no_extras:
        Path(args.results).write_text(json.dumps(results, indent=1) + "\n")
        return 0
    results["document_page"] = docpage.measure(WORK)
    print(docpage.report(results["document_page"]), flush=True)
    if args.reingest_measures:
        results["reingest"] = reingest.measure(WORK, args.reingest_measures)
        print(reingest.report(results["reingest"]), flush=True)
    Path(args.results).write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
