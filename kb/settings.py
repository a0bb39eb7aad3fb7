"""Settings from the environment, declared once: the CLI, the web app and citations read them here.

Read on each call (cheap), so that a test or a long-lived process sees the environment it has now.
"""

from __future__ import annotations

import os

# name → (environment variable, default)
SETTINGS = {
    "CORPUS": ("KB_CORPUS", "corpus"),
    "INDEX": ("KB_INDEX", "instance/index"),
    "BASE_URL": ("KB_BASE_URL", "http://127.0.0.1:5000"),
    "SECRET_KEY": ("KB_SECRET", "kb-local"),
}


def get(name: str) -> str:
    var, default = SETTINGS[name]
    return os.environ.get(var) or default


def read() -> dict[str, str]:
    """Every setting by name, for `app.config`."""
    return {name: get(name) for name in SETTINGS}
