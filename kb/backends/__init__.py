"""Search backends: the engine that stores measures and matches queries, behind one interface.

`backend(name)` returns a backend module; kb/backends/base.py states what it offers (the protocols
the conformance tests in tests/test_backend.py check). kb/index.py keeps the generation folder
(CURRENT, gen-NNNNNN/, docs.json, expand.json, the writer lock); what a backend writes inside a
generation is its own business. Every import of an engine (Whoosh) lives under this package.
"""

from __future__ import annotations

from importlib import import_module

from kb import settings
from kb.errors import KBError

# name -> module; a new backend is a subpackage offering kb.backends.base.Backend, and a row here
BACKENDS = {"whoosh": "kb.backends.whoosh", "tantivy": "kb.backends.tantivy"}
DEFAULT = "whoosh"
# From this many measures the README recommends the native backend (docs/scaling.md: Whoosh's p95
# passes 100 ms at a few hundred thousand); `kb ingest` says so once, when an index grows past it.
NATIVE = "tantivy"
NATIVE_FROM = 250_000


def advice(name: str, before: int, after: int) -> str | None:
    """What to tell a user whose index of backend `name` went from `before` to `after` measures:
    once, when it passes NATIVE_FROM on a backend other than the native one."""
    if name == NATIVE or not before < NATIVE_FROM <= after:
        return None
    return (
        f"note: the index now holds {after:,} measures; from {NATIVE_FROM:,} the README "
        f"recommends the native backend: KB_BACKEND={NATIVE} kb ingest (docs/scaling.md)"
    )


def backend(name: str | None = None):
    """The backend module called `name`, by default the one `$KB_BACKEND` names (a clear error
    naming the choices for an unknown one)."""
    name = name or settings.get("BACKEND")
    try:
        return import_module(BACKENDS[name])
    except KeyError:
        raise KBError(
            f"unknown search backend {name!r}; choose one of {', '.join(sorted(BACKENDS))}"
        ) from None
