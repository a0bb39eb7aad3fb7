"""One exception type per kind of failure, each turned into one clear line by the CLI or a 4xx by
the web."""


class KBError(Exception):
    """Base of every error a user can act on."""


class UnreadableFile(KBError):
    """A corpus file that cannot be read: binary, empty, undecodable, truncated."""

    def __init__(self, path, reason):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


class BadQuery(KBError):
    """A query or parameter the search cannot take; the message names the parameter. `reason`
    names the same sentence in kb/data/i18n.toml (reason_<name>) and `parts` fill it, so that a
    page says it in the interface language (the API keeps the message)."""

    def __init__(self, message: str, reason: str | None = None, **parts):
        super().__init__(message)
        self.reason = reason
        self.parts = parts


class IndexMissing(KBError):
    """No index where one was expected."""


class IndexBusy(KBError):
    """Another ingest holds the index lock."""


class IndexOutdated(IndexMissing):
    """An index an older version wrote that this one cannot read; the next ingest rebuilds it."""


class IndexDamaged(IndexMissing):
    """A generation whose files are not those its ingest wrote (truncated, changed, missing): the
    next `kb ingest` rebuilds it."""

    def __init__(self, reason: str):
        super().__init__(f"the index is damaged ({reason}); run `kb ingest` to rebuild it")
        self.reason = reason
