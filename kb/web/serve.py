"""Production serving with waitress."""

from __future__ import annotations

import logging
import sys
import threading
import time

# one query down each lazy path: Chinese words, a Chinese word read in English with its suggestions,
# English and pinyin (stems, dictionary, city names), a misspelling, a word no corpus holds (read
# by the thesaurus, kb/thesaurus.py: an archaic idiom for 谈判), and the pages beside search
WARM_UP = (
    "/search?q=宁波+港口&city=ningbo",
    "/search?q=港口建设",
    "/search?q=折冲樽俎",
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


# Against slow clients. Waitress reads requests in its main loop and hands a thread only a whole
# request, but it holds at most `connection_limit` connections (100 by default) and closes one only
# after `channel_timeout` seconds with nothing received: 100 clients sending a header line every
# few seconds held every connection, and every other request waited for as long as they stayed.
# Now a request must arrive whole (headers and its body of at most 64 KB) within REQUEST_SECONDS
# of its first byte, a connection idle for IDLE_SECONDS is closed, and up to CONNECTIONS are held
# (poll, not select, which stops at 1,024 descriptors). On the internet, put a reverse proxy in
# front anyway (README, "Deployment").
REQUEST_SECONDS = 10.0
IDLE_SECONDS = 20
CONNECTIONS = 1000
WAITRESS = {
    "ident": "kb",
    "max_request_body_size": 65536,
    "connection_limit": CONNECTIONS,
    "channel_timeout": IDLE_SECONDS,
    "cleanup_interval": 5,
    "asyncore_use_poll": True,
}


def _deadline_channel():
    from waitress.channel import HTTPChannel

    class DeadlineChannel(HTTPChannel):
        """A waitress channel that closes a connection whose request does not arrive whole in
        REQUEST_SECONDS (waitress itself only closes connections that send nothing at all)."""

        began: float | None = None

        def received(self, data):
            reading = self.request
            result = super().received(data)
            if self.request is None:
                self.began = None
            elif self.request is not reading:  # a new request's first bytes
                self.began = time.monotonic()
            return result

        def readable(self):
            if (
                self.began is not None
                and not self.requests
                and time.monotonic() - self.began > REQUEST_SECONDS
            ):
                self.will_close = True  # the main loop closes it on its next pass
            return super().readable()

    return DeadlineChannel


def make_server(app, host: str, port: int, threads: int = 8):
    """Waitress's server for `app`, each of its listening sockets using DeadlineChannel."""
    from waitress.server import BaseWSGIServer, create_server

    sockets: dict = {}
    server = create_server(app, map=sockets, host=host, port=port, threads=threads, **WAITRESS)
    channel = _deadline_channel()
    for listener in list(sockets.values()):
        if isinstance(listener, BaseWSGIServer):
            listener.channel_class = channel
    return server


def serve(host: str, port: int, index: str, corpus: str, threads: int = 8) -> None:
    from kb.web import create_app

    app = create_app({"INDEX": index, "CORPUS": corpus})
    # what every search needs (the index, jieba) before listening; the other lazy paths in the
    # background while the server starts, so the first answer is not delayed by them
    warm_up(app, WARM_UP[:1])
    threading.Thread(target=warm_up, args=(app, WARM_UP[1:]), daemon=True, name="warm-up").start()
    server = make_server(app, host, port, threads)
    logging.basicConfig()  # waitress's warnings (a full queue, the connection limit) to stderr
    print(f"serving on http://{host}:{port}/", file=sys.stderr, flush=True)
    server.run()
