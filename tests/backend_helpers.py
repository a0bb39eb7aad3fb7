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


def _tantivy_older_schema(monkeypatch):
    """Generations created meanwhile lack the year and genre fields, as before they existed."""
    import tantivy

    from kb.backends.tantivy import schema, store, write

    def older():
        sb = tantivy.SchemaBuilder()
        sb.add_text_field("id", stored=True, tokenizer_name="raw", index_option="basic")
        for field in schema.FACET_FIELDS:
            if field not in ("year", "genre"):
                sb.add_text_field(field, stored=True, fast=True, tokenizer_name="raw")
        return sb.build()

    monkeypatch.setattr(store, "schema", older)
    monkeypatch.setattr(write, "schema", older)


OLDER_SCHEMA = {"whoosh": _whoosh_older_schema, "tantivy": _tantivy_older_schema}


@contextlib.contextmanager
def older_schema(monkeypatch, name: str = "whoosh"):
    """Within the block, the backend `name` creates generations with an older set of fields."""
    with monkeypatch.context() as m:
        OLDER_SCHEMA[name](m)
        yield
