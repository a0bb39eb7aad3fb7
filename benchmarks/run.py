"""`make bench`: the project against a plain jieba + Whoosh baseline on the same generated corpus.

Generates N documents of M paragraphs from the corpus's own sentences and headings, then measures
ingest throughput, index size, cold start, and query latency through the HTTP API on loopback.
Usage: python -m benchmarks.run [--measures 10000] [--queries 60]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "benchmarks" / "work"
QUERIES = ["数字经济", "港口", "宁波 港口", "生态环境", "医保", "跨海通道", "科技成果转化", "自贸区", "职业教育",
           "营商环境", "集成电路", "轨道交通", "人才", "亚运会", "杭州湾", "\"电子商务\"", "金融 中心",
           "digital economy", "free trade port", "medical insurance", "rail transit", "talent",
           "business environment", "growth pole", "ningbo", "hangzhouwan", "shuzi jingji", "shaoxing",
           "Ningbo 港口", "eWTP 试验区"]
FILTERS = [{}, {"city": "ningbo"}, {"theme": "ecology"}, {"city": "hangzhou", "theme": "industry"}]


def generate(n_measures: int, out: Path, per_doc: int = 50) -> None:
    """Documents of `per_doc` paragraphs, each paragraph a shuffle of real sentences under real headings."""
    sentences, headings = [], []
    for f in (ROOT / "corpus").glob("*.txt"):
        text = f.read_text("utf-8")
        sentences += [s + "。" for s in re.split(r"[。\n]", text) if 15 < len(s) < 90]
        headings += [ln.strip() for ln in text.splitlines() if re.match(r"^\d(\.\d)* \S", ln.strip())]
    rnd = random.Random(7)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for d in range(max(1, n_measures // per_doc)):
        parts = []
        for s in range(per_doc // 5):
            parts.append(f"{s + 1}. {rnd.choice(headings).split(' ', 1)[-1]}")
            for _ in range(5):
                parts.append("".join(rnd.sample(sentences, 3)))
        (out / f"gen_{d:05d}.txt").write_text("\n\n".join(parts) + "\n", encoding="utf-8")


def baseline_ingest(corpus: Path, ix_dir: Path) -> int:
    from jieba.analyse import ChineseAnalyzer
    from whoosh import index
    from whoosh.fields import ID, KEYWORD, TEXT, Schema

    shutil.rmtree(ix_dir, ignore_errors=True)
    ix_dir.mkdir(parents=True)
    schema = Schema(id=ID(stored=True, unique=True), text=TEXT(analyzer=ChineseAnalyzer(), stored=True),
                    city=KEYWORD(stored=True), theme=KEYWORD(stored=True))
    ix = index.create_in(str(ix_dir), schema)
    w = ix.writer()
    n = 0
    rnd = random.Random(1)
    for f in sorted(corpus.glob("*.txt")):
        for i, para in enumerate(p for p in f.read_text("utf-8").split("\n\n") if len(p) > 30):
            w.add_document(id=f"{f.stem}:{i}", text=para, city=rnd.choice(["ningbo", "hangzhou", "shanghai"]),
                           theme=rnd.choice(["industry", "ecology", "openness"]))
            n += 1
    w.commit()
    return n


def baseline_query(ix, q: str, flt: dict):
    from whoosh import sorting
    from whoosh.highlight import HtmlFormatter
    from whoosh.qparser import OrGroup, QueryParser

    with ix.searcher() as s:
        query = QueryParser("text", ix.schema, group=OrGroup).parse(q)
        res = s.search(query, limit=10, groupedby={"city": sorting.FieldFacet("city"),
                                                  "theme": sorting.FieldFacet("theme")})
        res.formatter = HtmlFormatter()
        for h in res:
            h.highlights("text")
        return len(res)


def dir_size(p: Path) -> int:
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file())


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def run(n: int, n_queries: int) -> dict:
    corpus, ours_ix, base_ix = WORK / f"corpus_{n}", WORK / f"ours_{n}", WORK / f"base_{n}"
    generate(n, corpus)
    shutil.rmtree(ours_ix, ignore_errors=True)
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "kb", "ingest", "--corpus", str(corpus), "--index", str(ours_ix)],
                         capture_output=True, text=True)
    ours_ingest = time.perf_counter() - t
    n_ours = int(re.search(r"(\d+) measures", out.stderr).group(1))
    t = time.perf_counter()
    n_base = baseline_ingest(corpus, base_ix)
    base_ingest = time.perf_counter() - t

    # cold start of the server to the first answer
    port = 5077
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "kb", "serve", "--index", str(ours_ix), "--port", str(port)],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/api/search?"
    while True:
        try:
            urllib.request.urlopen(url + urllib.parse.urlencode({"q": "港口"}), timeout=2).read()
            break
        except OSError:
            time.sleep(0.05)
            if time.perf_counter() - t > 60:
                raise
    cold = time.perf_counter() - t
    mix = [(q, f) for q in QUERIES for f in FILTERS][:max(n_queries, 50)]
    lat = []
    for q, f in mix:
        t = time.perf_counter()
        urllib.request.urlopen(url + urllib.parse.urlencode({"q": q, **f})).read()
        lat.append((time.perf_counter() - t) * 1000)
    rss = int(open(f"/proc/{proc.pid}/status").read().split("VmRSS:")[1].split()[0]) // 1024
    # load: 16 concurrent clients for a bounded time
    errors, done, stop = [], [0], time.perf_counter() + 15

    def client():
        i = 0
        while time.perf_counter() < stop:
            q, f = mix[i % len(mix)]
            i += 1
            try:
                urllib.request.urlopen(url + urllib.parse.urlencode({"q": q, **f}), timeout=10).read()
                done[0] += 1
            except OSError as e:
                errors.append(str(e))

    threads = [threading.Thread(target=client) for _ in range(16)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    proc.terminate()
    proc.wait()

    from whoosh import index as windex

    bix = windex.open_dir(str(base_ix))
    blat = []
    for q, f in mix:
        t = time.perf_counter()
        baseline_query(bix, q, f)
        blat.append((time.perf_counter() - t) * 1000)
    ours_gen = next(ours_ix.glob("gen-*"))
    return {
        "measures": n_ours, "baseline_measures": n_base,
        "ingest_measures_per_s": round(n_ours / ours_ingest, 1),
        "baseline_ingest_measures_per_s": round(n_base / base_ingest, 1),
        "index_mb": round(dir_size(ours_gen) / 2**20, 1), "baseline_index_mb": round(dir_size(base_ix) / 2**20, 1),
        "cold_start_s": round(cold, 2), "server_rss_mb": rss,
        "p50_ms": round(statistics.median(lat), 1), "p95_ms": round(pct(lat, 95), 1), "p99_ms": round(pct(lat, 99), 1),
        "baseline_p50_ms": round(statistics.median(blat), 1), "baseline_p95_ms": round(pct(blat, 95), 1),
        "load_requests": done[0], "load_errors": len(errors), "load_rps": round(done[0] / 15, 1),
        "queries": len(mix),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--measures", type=int, nargs="+", default=[10_000])
    ap.add_argument("--queries", type=int, default=60)
    args = ap.parse_args()
    import os

    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    results = {"machine": f"{os.cpu_count()} cores, {mem_gb:.0f} GB", "runs": []}
    for n in args.measures:
        r = run(n, args.queries)
        results["runs"].append(r)
        print(f"\n== {r['measures']:,} measures ==")
        print(f"{'':24}{'ours':>10}{'baseline':>10}{'ratio':>8}")
        for label, a, b in [("ingest measures/s", "ingest_measures_per_s", "baseline_ingest_measures_per_s"),
                            ("index MB", "index_mb", "baseline_index_mb"),
                            ("query p50 ms", "p50_ms", "baseline_p50_ms"),
                            ("query p95 ms", "p95_ms", "baseline_p95_ms")]:
            ratio = r[a] / r[b] if r[b] else float("nan")
            print(f"{label:24}{r[a]:>10}{r[b]:>10}{ratio:>8.2f}")
        print(f"query p99 ms {r['p99_ms']}; cold start {r['cold_start_s']} s; server RSS {r['server_rss_mb']} MB; "
              f"load 16 clients: {r['load_rps']} req/s, {r['load_errors']} errors")
    (ROOT / "benchmarks" / "results.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
