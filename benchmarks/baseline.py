"""The plain baseline the issue names: jieba's own ChineseAnalyzer in a default Whoosh schema, one
writer, QueryParser with OrGroup, facets by groupedby, Whoosh highlights; served by the same WSGI
server as ours so that the HTTP figures compare like with like.

    python -m benchmarks.baseline ingest CORPUS INDEX
    python -m benchmarks.baseline serve INDEX PORT
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path


def ingest(corpus: Path, ix_dir: Path) -> int:
    """Every blank-line paragraph of over 30 characters is a document; city and theme stand for
    tags."""
    from jieba.analyse import ChineseAnalyzer
    from whoosh import index
    from whoosh.fields import ID, KEYWORD, TEXT, Schema

    shutil.rmtree(ix_dir, ignore_errors=True)
    ix_dir.mkdir(parents=True)
    schema = Schema(
        id=ID(stored=True, unique=True),
        text=TEXT(analyzer=ChineseAnalyzer(), stored=True),
        city=KEYWORD(stored=True),
        theme=KEYWORD(stored=True),
    )
    ix = index.create_in(str(ix_dir), schema)
    writer = ix.writer()
    cities, themes = (
        ["ningbo", "hangzhou", "shanghai", "shaoxing"],
        ["industry", "ecology", "openness", "innovation"],
    )
    n = 0
    for f in sorted(corpus.glob("*.txt")):
        for i, para in enumerate(p for p in f.read_text("utf-8").split("\n\n") if len(p) > 30):
            writer.add_document(
                id=f"{f.stem}:{i}", text=para, city=cities[n % 4], theme=themes[(n // 4) % 4]
            )
            n += 1
    writer.commit()
    return n


def app(ix_dir: Path):
    from flask import Flask, jsonify, request
    from whoosh import index, sorting
    from whoosh.highlight import HtmlFormatter
    from whoosh.qparser import OrGroup, QueryParser
    from whoosh.query import And, Term

    ix = index.open_dir(str(ix_dir))
    parser = QueryParser("text", ix.schema, group=OrGroup)
    web = Flask("baseline")

    @web.get("/api/search")
    def search():
        q = parser.parse(request.args.get("q", ""))
        filters = [Term(f, request.args[f]) for f in ("city", "theme") if request.args.get(f)]
        with ix.searcher() as s:
            res = s.search(
                q,
                limit=10,
                filter=And(filters) if filters else None,
                groupedby={
                    "city": sorting.FieldFacet("city"),
                    "theme": sorting.FieldFacet("theme"),
                },
            )
            res.formatter = HtmlFormatter()
            hits = [{"id": h["id"], "highlight": h.highlights("text")} for h in res]
            facets = {
                name: {k: len(v) for k, v in res.groups(name).items()} for name in ("city", "theme")
            }
            return jsonify({"total": len(res), "hits": hits, "facets": facets})

    return web


def main(argv: list[str]) -> int:
    if argv[:1] == ["ingest"]:
        n = ingest(Path(argv[1]), Path(argv[2]))
        print(f"{n} measures", file=sys.stderr)
        return 0
    if argv[:1] == ["serve"]:
        from waitress import serve

        serve(app(Path(argv[1])), host="127.0.0.1", port=int(argv[2]), threads=8)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
