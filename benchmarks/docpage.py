"""The longest document page: a plan of 150 paragraphs (about 95 KB of text) served by `kb serve`.

Targets: the HTML page in at most 150 ms on the server and at most 150 KB; the citations of a
paragraph are one request more (`/measure/<id>?fragment=1`). The JSON twin, which carries every
citation, is measured beside it as the page's weight had every citation been inlined.
"""

from __future__ import annotations

import random
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from benchmarks.generate import SENTENCE, _real_measures

ROOT = Path(__file__).resolve().parent.parent
CN = "一二三四五六七八九十"


def write_plan(
    out: Path, corpus: Path, paragraphs: int = 150, target_kb: int = 95, seed: int = 11
) -> Path:
    """A Markdown plan: chapters, sections and paragraphs made of the corpus's own sentences."""
    rng = random.Random(seed)
    sentences = [
        s for m in _real_measures(corpus) if m.lang == "zh" for s in SENTENCE.findall(m.text)
    ]
    per_para = target_kb * 1024 // paragraphs // 3  # UTF-8 Chinese: 3 bytes a character
    lines = ["# 某市国民经济和社会发展规划纲要（基准测试用）", ""]
    for p in range(paragraphs):
        if p % 30 == 0:
            lines += [f"## 第{CN[p // 30]}章 发展重点", ""]
        if p % 10 == 0:
            lines += [f"### （{CN[(p // 10) % 3]}）重点任务{p // 10 + 1}", ""]
        text = ""
        while len(text) < per_para - 25:
            text += rng.choice(sentences)
        lines += [text, ""]
    out.mkdir(parents=True, exist_ok=True)
    path = out / "long_plan.md"
    path.write_text("\n".join(lines), "utf-8")
    return path


def fetch(url: str) -> tuple[float, int]:
    t = time.perf_counter()
    body = urllib.request.urlopen(url, timeout=30).read()
    return (time.perf_counter() - t) * 1000, len(body)


def measure(work: Path, rounds: int = 30) -> dict:
    from benchmarks.run import Server

    corpus, ix = work / "docpage_corpus", work / "docpage_index"
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.rmtree(ix, ignore_errors=True)
    plan = write_plan(corpus, ROOT / "corpus")
    py = sys.executable
    subprocess.run(
        [py, "-m", "kb", "ingest", "--corpus", str(corpus), "--index", str(ix)],
        check=True,
        capture_output=True,
    )
    server = Server([py, "-m", "kb", "serve", "--index", str(ix), "--port", "5079"], 5079)
    base = "http://127.0.0.1:5079"
    try:
        pages = [fetch(f"{base}/doc/long_plan") for _ in range(rounds)]
        marked = [fetch(f"{base}/doc/long_plan?q=%E6%B8%AF%E5%8F%A3") for _ in range(rounds)]
        panel = [fetch(f"{base}/measure/long_plan:75?fragment=1") for _ in range(rounds)]
        twin = fetch(f"{base}/api/doc/long_plan")
    finally:
        server.stop()
    return {
        "text_kb": round(plan.stat().st_size / 1024, 1),
        "paragraphs": 150,
        "page_ms_p50": round(statistics.median(t for t, _ in pages), 1),
        "page_ms_max": round(max(t for t, _ in pages), 1),
        "page_kb": round(pages[0][1] / 1024, 1),
        "marked_page_ms_p50": round(statistics.median(t for t, _ in marked), 1),
        "citation_panel_ms_p50": round(statistics.median(t for t, _ in panel), 1),
        "json_twin_kb": round(twin[1] / 1024, 1),
    }


def report(r: dict) -> str:
    ok = "met" if r["page_ms_p50"] <= 150 and r["page_kb"] <= 150 else "NOT met"
    return (
        f"== longest document page: {r['paragraphs']} paragraphs, {r['text_kb']} KB of text ==\n"
        f"page p50 {r['page_ms_p50']} ms (max {r['page_ms_max']}), {r['page_kb']} KB HTML; "
        f"with the query marked p50 {r['marked_page_ms_p50']} ms; one paragraph's citations "
        f"p50 {r['citation_panel_ms_p50']} ms; "
        f"JSON twin with every citation {r['json_twin_kb']} KB "
        f"(page/twin {r['page_kb'] / r['json_twin_kb']:.2f}); target <= 150 ms and <= 150 KB: {ok}"
    )


if __name__ == "__main__":
    from benchmarks.run import WORK

    print(report(measure(WORK)))
