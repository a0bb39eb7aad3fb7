"""Production serving with waitress."""

from __future__ import annotations

import sys

# one query down each lazy path: Chinese words, a Chinese word read in English with its suggestions,
# English and pinyin (stems, dictionary, city names), a misspelling, and the pages beside search
WARM_UP = ("/search?q=宁波+港口&city=ningbo", "/search?q=港口建设", "/search?q=digital+economy&lang=en",
           "/search?q=ningbuo+xianggang", "/matrix", "/docs")


def warm_up(app) -> None:
    """Open the index, load jieba's dictionary and the expansion maps, compile the templates: the
    first user's search is then as quick as the next (1.2–1.9 s otherwise)."""
    client = app.test_client()
    for url in WARM_UP:
        client.get(url)


def serve(host: str, port: int, index: str, corpus: str, threads: int = 8) -> None:
    from waitress import serve as wserve

    from kb.web import create_app

    app = create_app({"INDEX": index, "CORPUS": corpus})
    warm_up(app)
    print(f"serving on http://{host}:{port}/", file=sys.stderr, flush=True)
    wserve(app, host=host, port=port, threads=threads, ident="kb", max_request_body_size=65536)
