"""The one decoration of a measure for the outside world: its `url` on this site and its
`citation`. Search hits, the documents a hit is also in, a document's measures, one measure and
its related measures all pass here, for the pages, the JSON, the CSV and `kb search --json`.

Called inside a request: links come from `url_for`, and a citation's absolute URL from the host
the request was made to. The CLI makes its request context from `$KB_BASE_URL` (`site_root`).
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from flask import current_app, url_for

from kb.cite import citation


def measure_url(m: dict, external: bool = False) -> str:
    """`/doc/<doc_id>#p<para>`. Relative, with the doc_id as it is (CONTRACT.md: a reader
    compares it with `doc_id`; url_for would percent-encode a Chinese one); absolute and
    percent-encoded for a citation."""
    url = url_for("ui.doc", doc_id=m["doc_id"], _anchor=f"p{m['para']}", _external=external)
    return url if external else unquote(url)


def decorate(m: dict, doc: dict | None = None, cite: bool = True) -> dict:
    """The measure with its `url` and, when `cite`, its `citation` (of `doc`, its document, looked
    up when not given); the same for each document it is `also_in`. Replaces what the search layer
    may have put there. Returns `m`, changed in place."""
    m["url"] = measure_url(m)
    if cite:
        if doc is None:
            doc = current_app.extensions["kb"].documents().get(m["doc_id"], {})
        m["citation"] = citation(doc, m, measure_url(m, external=True))
    for other in m.get("also_in", ()):
        decorate(other, cite=False)
    return m


def document_citation(doc: dict) -> dict:
    """Every format's citation of the whole document (its page's absolute URL, or the official
    source URL it states)."""
    url = url_for("ui.doc", doc_id=doc["doc_id"], _external=True)
    return citation(doc, None, url)


def site_root(app) -> str:
    """`$KB_BASE_URL` (app.config["BASE_URL"]) as a base URL for a request context made outside
    a request: a scheme added when missing, no final slash."""
    base = str(app.config["BASE_URL"]).strip().rstrip("/")
    return base if re.match(r"^https?://", base) else "http://" + base
