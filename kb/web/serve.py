"""Production serving with waitress."""

from __future__ import annotations

import sys
import threading

# one query down each lazy path: Chinese words, a Chinese word read in English with its suggestions,
# English and pinyin (stems, dictionary, city names), a misspelling, and the pages beside search
WARM_UP = (
    "/search?q=宁波+港口&city=ningbo",
    "/search?q=港口建设",
    "/search?q=digital+economy&lang=en",
    "/search?q=ningbuo+xianggang",
    "/matrix",
    "/docs",
)


def warm_up(app, urls=WARM_UP) -> None:
    """Open the index, load jieba's dictionary and the expansion maps, compile the templates: the
    first user's search is then as quick as the next (1.2–1.9 s otherwise)."""
    client = app.test_client()
    for url in urls:
        client.get(url)


def serve(host: str, port: int, index: str, corpus: str, threads: int = 8) -> None:
    from waitress import serve as wserve

    from kb.web import create_app

    app = create_app({"INDEX": index, "CORPUS": corpus})
    # what every search needs (the index, jieba) before listening; the other lazy paths in the
    # background while the server starts, so the first answer is not delayed by them
    warm_up(app, WARM_UP[:1])
    threading.Thread(target=warm_up, args=(app, WARM_UP[1:]), daemon=True, name="warm-up").start()
    print(f"serving on http://{host}:{port}/", file=sys.stderr, flush=True)
    wserve(app, host=host, port=port, threads=threads, ident="kb", max_request_body_size=65536)
