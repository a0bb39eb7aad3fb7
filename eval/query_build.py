"""Write a query set's dev/ and heldout/queries.json from its written queries
(draft/queries_written.txt) and its reading judgments (draft/judgments.py, J: query number →
(highly relevant, relevant, note), each paragraph named `<file-name prefix>:<para>`).

Snippets are cut from the middle of each judged paragraph (18 characters of Chinese, 30 of
English) and kept only when exactly one measure of the index contains them (the scorer's rule).
Every query numbered by a multiple of 3 is kept aside (heldout/). Each set's draft/build.py calls
`build` with its own directory, judgments and `kb measures --index …` output."""

import json
import sys
import unicodedata
from pathlib import Path


def norm(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", s).casefold() if ch.isalnum())


def build(here: Path, judgments: dict, measures_path: str) -> None:
    measures = [json.loads(line) for line in open(measures_path)]
    by_id = {m["id"]: m for m in measures}
    normed = [norm(m["text"]) for m in measures]

    def resolve(names):
        """A judged paragraph is named by its file-name prefix; the index's ids name the whole
        file."""
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
                if 0 <= s <= len(text) - size and unique(text[s : s + size]):
                    return text[s : s + size]
        return None

    queries = []
    for line in open(here / "draft/queries_written.txt", encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        sid, lang, query = line.rstrip("\n").split("\t", 2)
        qid = sid[3:]
        high, rel, note = judgments[qid]
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
        queries.append(
            {
                "id": sid,
                "lang": lang,
                "query": query,
                "relevant": items,
                "highly_relevant": highs,
                "note": note,
                "paragraphs": paras,
            }
        )

    for part, keep in (("dev", lambda n: n % 3), ("heldout", lambda n: not n % 3)):
        chosen = [q for q in queries if keep(int(q["id"][4:]))]
        (here / part).mkdir(exist_ok=True)
        (here / part / "queries.json").write_text(
            json.dumps(chosen, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        langs = ("zh", "en", "pinyin", "mixed")
        print(part, len(chosen), {lang: sum(q["lang"] == lang for q in chosen) for lang in langs})
