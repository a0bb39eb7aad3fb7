"""The `api` blueprint: the /api URLs of CONTRACT.md, aliases of the pages' views answering with
the same dict as JSON (kb/web/render.py `wants_json`); errors are one-line JSON."""

from __future__ import annotations

from flask import Blueprint

from kb.web import pages, search_view

bp = Blueprint("api", __name__, url_prefix="/api")

for rule, endpoint, view in [
    ("/search", "search", search_view.search),
    ("/doc/<doc_id>", "doc", pages.doc),
    ("/measure/<path:measure_id>", "measure", pages.measure),
    ("/docs", "docs", pages.docs),
    ("/matrix", "matrix", pages.matrix),
]:
    bp.add_url_rule(rule, endpoint, view)
