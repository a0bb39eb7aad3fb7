"""Readers: one per file format, each turning a file into a title guess and a list of Blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path

from kb.errors import UnreadableFile
from kb.model import Block

# file extension -> "module:function" of its reader; a new format is one module and one row here
READERS = {
    ".txt": "kb.readers.text:read_text",
    ".md": "kb.readers.markdown:read_markdown",
    ".markdown": "kb.readers.markdown:read_markdown",
    ".html": "kb.readers.html:read_html",
    ".htm": "kb.readers.html:read_html",
    ".pdf": "kb.readers.pdf:read_pdf",
    ".docx": "kb.readers.docx:read_docx",
}
SUPPORTED = frozenset(READERS)


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
    if ext not in READERS:
        raise UnreadableFile(path, f"unsupported file type {ext or '(none)'}")
    module, _, function = READERS[ext].partition(":")
    # imported on first use: a corpus of text files never loads the PDF and Word libraries
    return getattr(import_module(module), function)(path, data)
