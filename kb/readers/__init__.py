"""Readers: one per file format, each turning a file into a title guess and a list of Blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kb.errors import UnreadableFile
from kb.model import Block

SUPPORTED = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"}


@dataclass
class Read:
    """What a reader hands on: blocks (headings and paragraphs or raw lines) plus what it
    learned."""

    blocks: list[Block]
    title: str = ""
    fmt: str = ""
    raw_lines: list[str] | None = None  # plain text that still needs line repair
    # what the file says of itself (front matter, HTML meta tags, PDF document information, Word
    # core properties), read by kb/metadata.py under the text's own lines
    stated: dict = field(default_factory=dict)


def read_file(path: Path, data: bytes | None = None) -> Read:
    """Dispatch on the file's extension; raise UnreadableFile with a one-line reason.
    `data`: the file's bytes when the caller has read them already (safely: see kb.files)."""
    path = Path(path)
    ext = path.suffix.lower()
    try:
        if data is None:
            data = path.read_bytes()
    except FileNotFoundError:
        raise UnreadableFile(path, "the file disappeared while being read") from None
    except IsADirectoryError:
        raise UnreadableFile(path, "is a directory") from None
    except PermissionError:
        raise UnreadableFile(path, "permission denied") from None
    except OSError as e:
        raise UnreadableFile(path, f"cannot be read ({e.strerror or e})") from None
    if not data.strip():
        raise UnreadableFile(path, "the file is empty")
    if ext == ".txt":
        from kb.readers.text import read_text

        return read_text(path, data)
    if ext in (".html", ".htm"):
        from kb.readers.html import read_html

        return read_html(path, data)
    if ext in (".md", ".markdown"):
        from kb.readers.markdown import read_markdown

        return read_markdown(path, data)
    if ext == ".pdf":
        from kb.readers.pdf import read_pdf

        return read_pdf(path, data)
    if ext == ".docx":
        from kb.readers.docx import read_docx

        return read_docx(path, data)
    raise UnreadableFile(path, f"unsupported file type {ext or '(none)'}")
