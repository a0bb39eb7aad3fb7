"""The Flask application: factory, one search handle per app, security headers, errors (one-line
JSON on the API and the JSON twins, the error page elsewhere)."""

from __future__ import annotations

import os
import weakref
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from flask import Flask, current_app, jsonify, render_template, request

from kb import settings
from kb.errors import BadQuery, IndexMissing
from kb.search import KB

ROOT = Path(__file__).resolve().parent.parent.parent

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


def kb() -> KB:
    """The search layer of the running app, opened once (kept in `app.extensions`)."""
    return current_app.extensions["kb"]


def create_app(test_config=None) -> Flask:
    """The app from the defaults (kb/settings.py; the index in the instance folder), then the
    environment (`KB_INDEX`, `KB_CORPUS`, `KB_BASE_URL`, `KB_SECRET`...), then `test_config`."""
    app = Flask(
        __name__,
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
        instance_relative_config=True,
    )
    defaults = {**settings.DEFAULTS, "INDEX": os.path.join(app.instance_path, "index")}
    app.config.from_mapping(defaults, MAX_CONTENT_LENGTH=64 * 1024)
    app.config.from_prefixed_env(settings.PREFIX, loads=str)  # values are paths and URLs: as given
    for name, value in defaults.items():  # an empty variable counts as unset
        app.config[name] = app.config[name] or value
    app.config.update(test_config or {})
    app.config["SECRET_KEY"] = app.config["SECRET_KEY"] or app.config["SECRET"]
    handle = app.extensions["kb"] = KB(app.config["INDEX"])
    weakref.finalize(app, handle.close)  # the index's files closed with the app, not left to GC
    # `/static//x` would be redirected to an absolute URL built from the request's Host header: an
    # open redirect for whoever controls that header. Such a URL is simply not found instead.
    app.url_map.merge_slashes = False
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    app.jinja_env.autoescape = True
    app.jinja_env.trim_blocks = True  # long pages are mostly markup around loops: keep it lean
    app.jinja_env.lstrip_blocks = True

    from kb import cite
    from kb.web import api, chrome, ui

    chrome.init_app(app)
    app.register_blueprint(ui.bp)
    app.register_blueprint(api.bp)
    app.jinja_env.globals["cite_names"] = cite.LABELS

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

    def _error(status, message, reason=None, parts=None):
        if (
            request.blueprint == "api"
            or request.path.startswith("/api/")
            or request.path.endswith((".csv", ".svg", ".json"))
            or request.args.get("format") == "json"
        ):
            return jsonify({"ok": False, "error": message, "status": status}), status
        from kb.web.chrome import chrome

        page = chrome()
        title = f"error_{status}"
        key = f"reason_{reason}"  # the reason in the interface language, else the code's words
        said = page["t"].fill(key, **(parts or {})) if reason and key in page["t"] else ""
        return render_template(
            "error.html",
            status=status,
            title=page["t"][title] if title in page["t"] else "",
            message=message,
            reason=said,
            query=request.args.get("q", "")[:500],
            path=request.path[:200],
            **page,
        ), status

    @app.errorhandler(BadQuery)
    def bad_query(e):
        return _error(400, str(e), e.reason, e.parts)

    @app.errorhandler(IndexMissing)
    def missing(e):
        return _error(503, str(e), "index_missing")

    @app.errorhandler(404)
    def not_found(e):
        return _error(404, "not found: " + request.path[:200])

    @app.errorhandler(405)
    def not_allowed(e):
        return _error(405, "method not allowed", "method_not_allowed")

    @app.errorhandler(413)
    def too_large(e):
        return _error(413, "request too large", "too_large")

    @app.errorhandler(500)
    def internal(e):
        return _error(500, "internal error; the server keeps serving", "internal_error")

    return app
