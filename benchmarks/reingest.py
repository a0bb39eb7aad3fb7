"""Repeated incremental ingest: does the index stay compact?

A generated corpus is ingested, then a share of its files (a quarter by default) is changed and the
corpus re-ingested, several times over; the index is then compared with a fresh build of the final
corpus: size on disk, segments, documents stored against live ones, and the median time of the
query mix (in process, facets and highlights included). Target (issue 14): size and query time
within 1.5x of the fresh build. Without a merge policy, six rounds over 10k measures gave 127 MB
against 20 MB, 14 segments and 77,562 stored documents for 11,910 live.
"""

from __future__ import annotations

import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.generate import generate

ROOT = Path(__file__).resolve().parent.parent


def ingest(corpus: Path, ix: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "kb", "ingest", "--corpus", str(corpus), "--index", str(ix)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if out.returncode not in (0, 3):
        raise SystemExit(f"kb ingest failed ({out.returncode}): {out.stderr[-2000:]}")


def shape(ix: Path) -> dict:
    """Size, segments, stored and live documents of the live generation."""
    from kb import index
    from kb.backends import backend

    gen = index.current_generation(ix)
    segments = backend().segments(gen)
    return {
        "index_mb": round(sum(f.stat().st_size for f in gen.rglob("*") if f.is_file()) / 2**20, 1),
        "segments": len(segments),
        "stored": sum(stored for stored, _ in segments),
        "live": sum(live for _, live in segments),
    }


def query_ms(ix: Path, rounds: int = 3) -> float:
    from benchmarks.run import MIX
    from kb.search import KB

    kb = KB(ix)
    for q, f in MIX:  # warm-up
        kb.search(q, **{k: [v] for k, v in f.items()})
    times = []
    for _ in range(rounds):
        for q, f in MIX:
            t = time.perf_counter()
            kb.search(q, **{k: [v] for k, v in f.items()})
            times.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(times), 2)


def change(corpus: Path, share: float, rng: random.Random, round_no: int) -> int:
    """Append a new sentence to a share of the files: each then hashes differently and is
    replaced."""
    files = sorted(
        p for p in corpus.rglob("*") if p.is_file() and not p.name.endswith(".meta.toml")
    )
    chosen = rng.sample(files, max(1, int(len(files) * share)))
    for p in chosen:
        with open(p, "a", encoding="utf-8") as f:
            f.write(f"\n\n第{round_no}轮修订：加快推进港口集疏运体系建设，提升服务能力。\n")
    return len(chosen)


def measure(work: Path, n: int = 10_000, rounds: int = 6, share: float = 0.25) -> dict:
    corpus, ix, fresh = (
        work / f"reingest_corpus_{n}",
        work / f"reingest_ix_{n}",
        work / f"reingest_fresh_{n}",
    )
    for p in (corpus, ix, fresh):
        shutil.rmtree(p, ignore_errors=True)
    generate(n, corpus, ROOT / "corpus")
    ingest(corpus, ix)
    rng = random.Random(5)
    changed, per_round = 0, []
    for k in range(rounds):
        changed = change(corpus, share, rng, k + 1)
        ingest(corpus, ix)
        per_round.append(shape(ix))
    ingest(corpus, fresh)
    after, clean = per_round[-1], shape(fresh)
    r = {
        "measures": n,
        "rounds": rounds,
        "files_changed_per_round": changed,
        "per_round": per_round,
        "incremental": {**after, "query_p50_ms": query_ms(ix)},
        "fresh": {**clean, "query_p50_ms": query_ms(fresh)},
    }
    r["size_ratio"] = round(r["incremental"]["index_mb"] / r["fresh"]["index_mb"], 2)
    r["query_ratio"] = round(r["incremental"]["query_p50_ms"] / r["fresh"]["query_p50_ms"], 2)
    return r


def report(r: dict) -> str:
    inc, fresh = r["incremental"], r["fresh"]
    lines = [
        f"== repeated incremental ingest: {r['measures']:,} measures, {r['rounds']} rounds of "
        f"{r['files_changed_per_round']} changed files ==",
        f"{'':22}{'incremental':>12}{'fresh':>10}{'ratio':>8}",
    ]
    for label, key in (
        ("index MB", "index_mb"),
        ("segments", "segments"),
        ("stored documents", "stored"),
        ("live documents", "live"),
        ("query p50 ms", "query_p50_ms"),
    ):
        ratio = inc[key] / fresh[key] if fresh[key] else float("nan")
        lines.append(f"{label:22}{inc[key]:>12}{fresh[key]:>10}{ratio:>8.2f}")
    lines.append(
        "per round (MB/segments/stored): "
        + ", ".join(f"{x['index_mb']}/{x['segments']}/{x['stored']}" for x in r["per_round"])
    )
    return "\n".join(lines)
