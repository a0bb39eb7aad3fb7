"""Plain text files (often extracted from PDFs): decode, then hand the raw lines to repair."""

from __future__ import annotations

from kb.readers import Read
from kb.readers.encoding import decode


def read_text(path, data: bytes) -> Read:
    text, enc = decode(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Read(blocks=[], fmt="txt", raw_lines=text.split("\n"), meta={"encoding": enc})
