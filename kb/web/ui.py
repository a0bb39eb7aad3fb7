"""The `ui` blueprint: the site's URLs, each page with its `.json` twin, and the CSV and SVG
downloads. The views, one per resource, are in kb/web/search_view.py and kb/web/pages.py."""

from __future__ import annotations

from flask import Blueprint

from kb.web import pages, search_view

bp = Blueprint("ui", __name__)

RULES = [
    # (rule, endpoint, view); a `.json` twin has the endpoint with `_json` after it
    ("/search", "search", search_view.search),
    ("/", "index", search_view.search),
    ("/search.json", "search_json", search_view.search),
    ("/search.csv", "search_csv", search_view.export_csv),
    ("/export.csv", "export_csv", search_view.export_csv),
    ("/doc/<doc_id>", "doc", pages.doc),
    ("/doc/<doc_id>.json", "doc_json", pages.doc),
    ("/measure/<path:measure_id>", "measure", pages.measure),
    ("/measure/<path:measure_id>.json", "measure_json", pages.measure),
    ("/docs", "docs", pages.docs),
    ("/docs.json", "docs_json", pages.docs),
    ("/matrix", "matrix", pages.matrix),
    ("/matrix.json", "matrix_json", pages.matrix),
    ("/matrix.csv", "matrix_csv", pages.matrix_csv),
    ("/matrix.svg", "matrix_svg", pages.matrix_svg),
]
for rule, endpoint, view in RULES:
    bp.add_url_rule(rule, endpoint, view)
