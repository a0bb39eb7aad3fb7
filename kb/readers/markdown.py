"""Markdown: rendered to HTML by Python-Markdown, then read as HTML (raw HTML in it is dropped there).
Front matter (YAML or TOML) is metadata, never text."""

from __future__ import annotations

import re

import markdown as md

from kb.readers import Read
from kb.readers.encoding import decode
from kb.readers.frontmatter import split_front_matter
from kb.readers.html import blocks_from_html


def read_markdown(path, data: bytes) -> Read:
    text, enc = decode(data, path)
    front, text = split_front_matter(text, path)
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    html = md.markdown(text, extensions=["tables", "sane_lists"])
    blocks, title = blocks_from_html(html, main_only=False)
    return Read(blocks=blocks, title=title, fmt="md", meta={"encoding": enc, "doc": front})
