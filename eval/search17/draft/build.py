"""Write dev/ and heldout/queries.json from the written queries and the reading judgments.

Snippets are cut from the middle of each judged paragraph (18 characters of Chinese, 30 of
English) and kept only when exactly one measure of the index contains them (the scorer's rule).
Usage: python draft/build.py MEASURES.jsonl (the output of `kb measures --index /tmp/s17-index`)."""
import json, re, sys, unicodedata
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from judgments import J

HERE = Path(__file__).parent.parent
def norm(s):
    return "".join(ch for ch in unicodedata.normalize("NFKC", s).casefold() if ch.isalnum())

measures = [json.loads(l) for l in open(sys.argv[1])]
by_id = {m["id"]: m for m in measures}
normed = [norm(m["text"]) for m in measures]

def resolve(names):
    """A judged paragraph is named by its file-name prefix; the index's ids name the whole file."""
    out = []
    for name in names:
        prefix, para = name.split(":")
        docs = {m["doc_id"] for m in measures if m["doc_id"].startswith(prefix)}
        assert len(docs) == 1, (name, docs)
        mid = f"{docs.pop()}:{para}"
        assert mid in by_id, mid
        out.append(mid)
    return out

def unique(snip):
    n = norm(snip)
    return n and sum(n in t for t in normed) == 1

def snippet(mid):
    text = by_id[mid]["text"]
    size = 30 if by_id[mid]["lang"] == "en" else 18
    if len(text) <= size:
        return text if unique(text) else None
    start = (len(text) - size) // 2
    for shift in range(0, len(text)):
        for s in (start + shift, start - shift):
            if 0 <= s <= len(text) - size and unique(text[s:s + size]):
                return text[s:s + size]
    return None

queries = []
for line in open(HERE / "draft/queries_written.txt", encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    sid, lang, query = line.rstrip("\n").split("\t", 2)
    qid = sid[3:]
    high, rel, note = J[qid]
    high, rel = resolve(high), [m for m in resolve(rel) if m not in resolve(high)]
    items, paras, highs = [], [], []
    for mid in high + rel:
        snip = snippet(mid)
        if snip is None:
            print("no unique snippet:", qid, mid, file=sys.stderr)
            continue
        items.append(snip)
        paras.append(mid)
        if mid in high:
            highs.append(snip)
    queries.append({"id": sid, "lang": lang, "query": query, "relevant": items,
                    "highly_relevant": highs, "note": note, "paragraphs": paras})

for part, keep in (("dev", lambda n: n % 3), ("heldout", lambda n: not n % 3)):
    chosen = [q for q in queries if keep(int(q["id"][4:]))]
    (HERE / part).mkdir(exist_ok=True)
    (HERE / part / "queries.json").write_text(json.dumps(chosen, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(part, len(chosen), {l: sum(q["lang"] == l for q in chosen) for l in ("zh", "en", "pinyin", "mixed")})
