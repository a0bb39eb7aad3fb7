"""PDF: the text layer page by page with pypdf; the same line repair as for text from PDFs follows."""

from __future__ import annotations

import io
import logging
import re

from kb.errors import UnreadableFile
from kb.readers import Read


def read_pdf(path, data: bytes) -> Read:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    if not data.startswith(b"%PDF"):
        raise UnreadableFile(path, "not a PDF (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        pages = [(p.extract_text() or "").replace("\r", "\n").split("\n") for p in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as e:
        raise UnreadableFile(path, f"damaged or truncated PDF ({type(e).__name__})") from None
    if not any(line.strip() for page in pages for line in page):
        raise UnreadableFile(path, "PDF has no text layer (scanned image?)")
    found = _info(reader)
    lines = [line for page in pages for line in page + [""]]
    return Read(blocks=[], fmt="pdf", raw_lines=lines, pages=pages, title="", meta={"doc": found})


def _info(reader) -> dict:
    """The document information dictionary: title, author, subject, keywords, creation date."""
    found: dict = {}
    try:
        info = reader.metadata or {}
        for key, field in (("/Title", "file_title"), ("/Author", "file_author"), ("/Subject", "subject"),
                           ("/Keywords", "keywords"), ("/CreationDate", "created")):
            value = info.get(key)
            if value is not None and str(value).strip():
                found[field] = str(value).strip()
    except Exception:  # metadata is optional and often malformed
        return found
    m = re.match(r"(?:D:)?(\d{4})(\d{2})?(\d{2})?", found.get("created", ""))
    if m:
        found["created"] = "-".join(g for g in m.groups() if g)
    else:
        found.pop("created", None)
    return found
