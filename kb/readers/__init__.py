"""Readers: one per file format, each turning a file into a title guess and a list of Blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path

from kb.errors import UnreadableFile
from kb.model import TEXT_MAX, Block, clamp

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

# What a file states of itself is cut to this many characters (and a list to LIST_STATED entries)
# before metadata reads it: a 1 MB <title> or front-matter title once took a minute of city tagging
# and then filled every hit (kb.model.TEXT_MAX bounds the fields chosen from it).
STATED_MAX = 1000
LIST_STATED = 100


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
    return bounded_read(getattr(import_module(module), function)(path, data))


def _bounded_value(value):
    if isinstance(value, str):
        return clamp(value, STATED_MAX)
    if isinstance(value, (list, tuple)):
        return [_bounded_value(v) for v in value[:LIST_STATED]]
    return value


def bounded_read(read: Read) -> Read:
    """A heading longer than a heading path may be (a 5-million-character `#` line) is read as the
    paragraph it is; the title and what the file states are cut to STATED_MAX."""
    for b in read.blocks:
        if b.kind == "heading" and len(b.text) > TEXT_MAX["section"]:
            b.kind = "para"
    read.title = clamp(read.title, STATED_MAX) or ""
    read.stated = {k: _bounded_value(v) for k, v in read.stated.items()}
    return read
