"""Production serving with waitress."""

from __future__ import annotations

import sys


def serve(host: str, port: int, index: str, corpus: str, threads: int = 8) -> None:
    from waitress import serve as wserve

    from kb.web import create_app

    app = create_app({"INDEX": index, "CORPUS": corpus})
    with app.app_context():
        from kb.web.pages import kb

        kb().state()  # open the index before the first request
    print(f"serving on http://{host}:{port}/", file=sys.stderr, flush=True)
    wserve(app, host=host, port=port, threads=threads, ident="kb", max_request_body_size=65536)
