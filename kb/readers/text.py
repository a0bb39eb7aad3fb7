"""Plain text files (often extracted from PDFs): decode, then hand the raw lines to repair.
Front matter (YAML or TOML) is metadata, never text."""

from __future__ import annotations

from kb.readers import Read
from kb.readers.encoding import decode
from kb.readers.frontmatter import split_front_matter, summary_text


def read_text(path, data: bytes) -> Read:
    text, _ = decode(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front, text = split_front_matter(text, path)
    if not text.strip():  # all its text is in its front matter
        text = summary_text(front)
    return Read(blocks=[], fmt="txt", raw_lines=text.split("\n"), stated=front)
