"""PDF: the text layer page by page with pypdf; the same line repair as for text from PDFs follows."""

from __future__ import annotations

import io
import logging

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
    title = ""
    try:
        title = (reader.metadata or {}).get("/Title") or ""
    except Exception:  # metadata is optional and often malformed
        title = ""
    lines = [line for page in pages for line in page + [""]]
    return Read(blocks=[], fmt="pdf", raw_lines=lines, pages=pages, title=str(title))
