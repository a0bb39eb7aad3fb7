"""Per-backend helpers for tests that need to reach below the backend interface."""

from __future__ import annotations

import contextlib


def _whoosh_older_schema(monkeypatch):
    """Generations created meanwhile lack the year and genre fields, as before they existed."""
    from whoosh.fields import Schema

    from kb.backends.whoosh import store

    current = store.schema
    monkeypatch.setattr(
        store,
        "schema",
        lambda: Schema(**{n: f for n, f in current().items() if n not in ("year", "genre")}),
    )


OLDER_SCHEMA = {"whoosh": _whoosh_older_schema}


@contextlib.contextmanager
def older_schema(monkeypatch, name: str = "whoosh"):
    """Within the block, the backend `name` creates generations with an older set of fields."""
    with monkeypatch.context() as m:
        OLDER_SCHEMA[name](m)
        yield
