"""The `ui` blueprint: the site's URLs, each page with its `.json` twin, and the CSV and SVG
downloads. The views are kb/web/pages.py's, one per resource."""

from __future__ import annotations

from flask import Blueprint

from kb.web import pages

bp = Blueprint("ui", __name__)

RULES = [
    # (rule, endpoint, view); a `.json` twin has the endpoint with `_json` after it
    ("/search", "search", pages.search),
    ("/", "index", pages.search),
    ("/search.json", "search_json", pages.search),
    ("/search.csv", "search_csv", pages.export_csv),
    ("/export.csv", "export_csv", pages.export_csv),
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
