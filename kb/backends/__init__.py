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
