"""Markdown: rendered to HTML by markdown-it-py, then read as HTML (raw HTML in it is dropped there).
Front matter (YAML or TOML) is metadata, never text.

markdown-it-py (CommonMark plus tables) runs in time linear in its input; Python-Markdown took
minutes on 60 KB of nested brackets or `[a](` runs, stalling the whole ingest.
"""

from __future__ import annotations

from markdown_it import MarkdownIt

from kb.readers import Read
from kb.readers.encoding import decode
from kb.readers.frontmatter import split_front_matter
from kb.readers.html import blocks_from_html

_MD = MarkdownIt("commonmark", {"html": True}).enable("table")


def drop_comments(text: str) -> str:
    """HTML comments removed in one pass (a lazy regex rescans the rest for every unclosed `<!--`)."""
    out, i = [], 0
    while (start := text.find("<!--", i)) != -1:
        end = text.find("-->", start + 4)
        if end == -1:
            break
        out.append(text[i:start])
        i = end + 3
    out.append(text[i:])
    return "".join(out)


def read_markdown(path, data: bytes) -> Read:
    text, enc = decode(data, path)
    front, text = split_front_matter(text, path)
    text = drop_comments(text)
    html = _MD.render(text)
    blocks, title = blocks_from_html(html, main_only=False)
    return Read(blocks=blocks, title=title, fmt="md", meta={"encoding": enc, "doc": front})
