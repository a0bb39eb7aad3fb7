"""The Flask application: factory, one KB per process, security headers, JSON errors."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from flask import Flask, jsonify, request

from kb import settings
from kb.errors import BadQuery, IndexMissing

ROOT = Path(__file__).resolve().parent.parent.parent

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


def create_app(test_config=None) -> Flask:
    app = Flask(
        __name__,
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
        instance_relative_config=True,
    )
    app.config.from_mapping(settings.read(), MAX_CONTENT_LENGTH=64 * 1024)
    if test_config:
        app.config.update(test_config)
    # `/static//x` would be redirected to an absolute URL built from the request's Host header: an
    # open redirect for whoever controls that header. Such a URL is simply not found instead.
    app.url_map.merge_slashes = False
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    app.jinja_env.autoescape = True
    app.jinja_env.trim_blocks = True  # long pages are mostly markup around loops: keep it lean
    app.jinja_env.lstrip_blocks = True

    from kb.web import pages

    pages.init_app(app)

    @app.after_request
    def headers(resp):
        resp.headers["Content-Security-Policy"] = CSP
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["X-Frame-Options"] = "DENY"
        resp.headers["Referrer-Policy"] = "same-origin"
        location = resp.headers.get("Location")
        if location and "://" in location:  # redirects stay on this site, whatever Host said
            parts = urlsplit(location)
            resp.headers["Location"] = urlunsplit(
                ("", "", "/" + parts.path.lstrip("/"), parts.query, parts.fragment)
            )
        return resp

    def _error(status, message):
        if (
            request.path.startswith("/api/")
            or request.path.endswith((".csv", ".svg"))
            or request.args.get("format") == "json"
        ):
            return jsonify({"ok": False, "error": message, "status": status}), status
        from flask import render_template

        return render_template(
            "error.html", status=status, message=message, **pages.chrome()
        ), status

    @app.errorhandler(BadQuery)
    def bad_query(e):
        return _error(400, str(e))

    @app.errorhandler(IndexMissing)
    def missing(e):
        return _error(503, str(e))

    @app.errorhandler(404)
    def not_found(e):
        return _error(404, "not found: " + request.path[:200])

    @app.errorhandler(405)
    def not_allowed(e):
        return _error(405, "method not allowed")

    @app.errorhandler(413)
    def too_large(e):
        return _error(413, "request too large")

    @app.errorhandler(500)
    def internal(e):
        return _error(500, "internal error; the server keeps serving")

    return app
