"""Pinyin as people type it, measured without new judgements: every Chinese query of a gold file
typed as toneless pinyin three ways (a word at a time "yanglao fuwu", run together "yanglaofuwu",
a syllable at a time "yang lao fu wu"), and a word at a time with its tone marks as copied from a
text ("yǎnglǎo fúwù"), and scored against the Chinese query's own judgements, so
the gap to the Chinese figure is what pinyin reading loses. Queries that lose more than 0.15 are
listed under each figure.

    python eval/pinyin_stress.py INDEX_DIR GOLD.json [GOLD.json ...]
"""
import json, sys
from pathlib import Path
import jieba
from pypinyin import Style, lazy_pinyin
from kb.search import KB
from kb.evaluate import score_queries, gold_items
idx, files = sys.argv[1], sys.argv[2:]
kb = KB(Path(idx))
qs = [q for f in files for q in gold_items(Path(f)) if q.get("lang") == "zh"]
def variants(text):
    words = [w for w in jieba.cut(text) if w.strip()]
    return {
        "word": " ".join("".join(lazy_pinyin(w)) for w in words),
        "flat": "".join(lazy_pinyin(text)),
        "syll": " ".join(lazy_pinyin(text)),
        "tone": " ".join("".join(lazy_pinyin(w, style=Style.TONE)) for w in words),
    }
base = score_queries(qs, kb)
brow = {r["query"]: r["ndcg@10"] for r in base["queries"]}
print("zh", base["per_language"]["zh"]["ndcg@10"])
for v in ("word", "flat", "syll", "tone"):
    vq = [dict(q, query=variants(q["query"])[v], lang="pinyin", zh=q["query"]) for q in qs]
    rep = score_queries(vq, kb)
    print(v, rep["per_language"]["pinyin"]["ndcg@10"])
    m = {q["query"]: q["zh"] for q in vq}
    for r in rep["queries"]:
        z = m[r["query"]]
        if brow[z] - r["ndcg@10"] > 0.15:
            print(f"   {r['query']!r:40} {r['ndcg@10']:.3f}  vs {z} {brow[z]:.3f}")
