"""The settings' defaults, declared once. The environment variable `KB_<NAME>` overrides each: the
web app reads them with `app.config.from_prefixed_env("KB")` (kb/web/__init__.py), the CLI's
defaults with `get()`.
"""

from __future__ import annotations

import os

PREFIX = "KB"
DEFAULTS = {
    "CORPUS": "corpus",
    "INDEX": "instance/index",  # the app's instance folder when run from the source tree
    "BASE_URL": "http://127.0.0.1:5000",  # the site root of citations made outside a request
    "SECRET": "kb-local",
    "BACKEND": "whoosh",  # the search engine new generations are written with (kb/backends/)
}


def get(name: str) -> str:
    """The setting from `$KB_<NAME>` (an empty value counts as unset), else its default. Read on
    each call, so that a test or a long-lived process sees the environment it has now."""
    return os.environ.get(f"{PREFIX}_{name}") or DEFAULTS[name]
