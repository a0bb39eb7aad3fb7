"""Markdown: rendered to HTML by markdown-it-py, then read as HTML (raw HTML in it is dropped
there).
Front matter (YAML or TOML) is metadata, never text.

markdown-it-py (CommonMark plus tables) runs in time linear in its input; Python-Markdown took
minutes on 60 KB of nested brackets or `[a](` runs, stalling the whole ingest.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from kb.model import Block
from kb.readers import Read
from kb.readers.encoding import decode
from kb.readers.frontmatter import split_front_matter, summary_text
from kb.readers.html import blocks_from_html
from kb.repair import drop_comments

_MD = MarkdownIt("commonmark", {"html": True}).enable("table")


# `####Heading`: CommonMark wants a space after the hashes, writers often leave it out.
ATX_WITHOUT_SPACE = re.compile(r"^(#{1,6})(?=[^#\s])", re.M)


def read_markdown(path, data: bytes) -> Read:
    text, _ = decode(data, path)
    front, text = split_front_matter(text, path)
    text = ATX_WITHOUT_SPACE.sub(r"\1 ", drop_comments(text))
    html = _MD.render(text)
    blocks, title = blocks_from_html(html, main_only=False)
    if not any(b.kind == "para" and b.text.strip() for b in blocks) and summary_text(front):
        blocks.append(Block("para", summary_text(front)))  # all its text is in its front matter
    return Read(blocks=blocks, title=title, fmt="md", stated=front)
