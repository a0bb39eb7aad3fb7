"""Query CPU, in process: each query of the benchmark's mix (benchmarks/run.py MIX) sent to
/api/search through Flask's test client, its thread CPU time taken, the least of a few rounds
after one warm-up pass; p50 and p95 over the mix.

Latency on these shared machines moves with whatever else runs (a load average of 4 on 2 cores
doubles it); the CPU a query costs barely does. To compare two commits, run this from each of
their worktrees over the same index, one after the other and then again:

    PYTHONPATH=/path/to/worktree python -m benchmarks.querycpu INDEX [--rounds 3] [--per-query]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import urllib.parse

from benchmarks.run import MIX, pct


def measure(index: str, rounds: int) -> dict[str, float]:
    """Each query's least thread CPU in ms, keyed by the query and its filters."""
    from kb.web import create_app

    client = create_app({"INDEX": index, "TESTING": True}).test_client()

    def one(q: str, flt: dict) -> None:
        r = client.get("/api/search?" + urllib.parse.urlencode({"q": q, **flt}))
        if r.status_code != 200:
            raise SystemExit(f"{q!r} {flt}: HTTP {r.status_code}")

    for q, flt in MIX:
        one(q, flt)
    least: dict[str, float] = {}
    for _ in range(rounds):
        for q, flt in MIX:
            t = time.thread_time()
            one(q, flt)
            ms = (time.thread_time() - t) * 1000
            key = f"{q} {json.dumps(flt, ensure_ascii=False)}"
            least[key] = min(ms, least.get(key, ms))
    return least


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("index")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--per-query", action="store_true", help="each query's CPU, dearest first")
    args = ap.parse_args(argv)
    least = measure(args.index, args.rounds)
    values = sorted(least.values())
    print(
        f"{args.index}: {len(values)} queries, least of {args.rounds} rounds, thread CPU ms: "
        f"p50 {statistics.median(values):.1f}  p95 {pct(values, 95):.1f}  "
        f"sum {sum(values):.0f}"
    )
    if args.per_query:
        for key, ms in sorted(least.items(), key=lambda kv: -kv[1]):
            print(f"{ms:8.1f}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
