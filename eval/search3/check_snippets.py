"""Checks a judged query set against an index of ../search2/docs, without searching: this
folder's by default, or another set's folder (search4, search5, search8) given after the index.

    kb ingest --corpus eval/search2/docs --index /tmp/s3idx --rebuild --workers 1
    python eval/search3/check_snippets.py /tmp/s3idx
    python eval/search3/check_snippets.py /tmp/s3idx eval/search8

Every snippet must be contained in exactly one paragraph (as `kb eval` compares texts: NFKC,
casefold, letters and digits only); every query has a relevant paragraph, its highly relevant
snippets are among its relevant ones, and its position decides its file (every third is kept aside).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from kb.evaluate import norm
from kb.search import KB

HERE = Path(__file__).resolve().parent


def main(index_dir: str, here: Path = HERE) -> int:
    texts = [norm(m["text"]) for m in KB(Path(index_dir)).measures()]
    problems = []
    for part in ("dev", "heldout"):
        queries = json.loads((here / part / "queries.json").read_text(encoding="utf-8"))
        for q in queries:
            pos = int(q["id"][3:])
            if (pos % 3 == 0) != (part == "heldout"):
                problems.append(f"{q['id']}: position {pos} belongs in the other file")
            if not q["relevant"]:
                problems.append(f"{q['id']}: no relevant paragraph")
            if not set(q["highly_relevant"]) <= set(q["relevant"]):
                problems.append(f"{q['id']}: a highly relevant snippet is not in relevant")
            if len(set(q["relevant"])) != len(q["relevant"]):
                problems.append(f"{q['id']}: a snippet is listed twice")
            for s in q["relevant"]:
                found = sum(1 for t in texts if norm(s) in t)
                if found != 1:
                    problems.append(f"{q['id']} {q['query']!r}: {s!r} is in {found} paragraphs")
        langs = Counter(q["lang"] for q in queries)
        print(part, len(queries), dict(sorted(langs.items())))
    print("\n".join(problems) or "all snippets match exactly one paragraph")
    return 1 if problems else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(main(args[0] if args else "/tmp/s3idx", Path(args[1]) if len(args) > 1 else HERE))
