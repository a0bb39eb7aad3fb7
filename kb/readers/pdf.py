"""PDF: the text layer page by page with pypdf; the same line repair as for text from PDFs
follows."""

from __future__ import annotations

import io
import logging
import re

from kb.errors import UnreadableFile
from kb.readers import Read

# A policy document runs to a few hundred pages; a page tree naming more (a 2.4 KB file can name
# one page 32,768 times, or nest page lists so that they multiply) is refused before any text is
# extracted.
MAX_PAGES = 2000


def count_pages(reader, limit: int = MAX_PAGES) -> int:
    """Leaves of the page tree, counted with a bounded walk; more than `limit` stops the count."""
    root = reader.root_object["/Pages"].get_object()
    stack, leaves, visits = [root], 0, 0
    while stack:
        node = stack.pop()
        visits += 1
        if visits > 4 * limit or leaves > limit:
            return limit + 1
        kids = node.get("/Kids") if hasattr(node, "get") else None
        if kids is None:
            leaves += 1
            continue
        stack.extend(k.get_object() for k in kids.get_object())
    return leaves


def read_pdf(path, data: bytes) -> Read:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    if not data.startswith(b"%PDF"):
        raise UnreadableFile(path, "not a PDF (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if count_pages(reader) > MAX_PAGES:
            raise UnreadableFile(
                path,
                f"PDF page tree names more than {MAX_PAGES:,} pages or loops "
                f"(the limit is {MAX_PAGES:,}); refused",
            )
        # "replace": a broken text string can decode to lone surrogates, which nothing downstream
        # can encode
        pages = [
            (p.extract_text() or "")
            .encode("utf-8", "replace")
            .decode("utf-8")
            .replace("\r", "\n")
            .split("\n")
            for p in reader.pages
        ]
    except FileNotDecryptedError:  # pypdf opens one whose user password is empty by itself
        raise UnreadableFile(
            path, "PDF is encrypted: it needs a password to open; skipped"
        ) from None
    except DependencyError:
        raise UnreadableFile(
            path, "PDF is encrypted with AES, which needs the cryptography package; skipped"
        ) from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as e:
        raise UnreadableFile(path, f"damaged or truncated PDF ({type(e).__name__})") from None
    if not any(line.strip() for page in pages for line in page):
        raise UnreadableFile(path, "PDF has no text layer (scanned image?)")
    found = _info(reader)
    lines = [line for page in pages for line in page + [""]]
    return Read(blocks=[], fmt="pdf", raw_lines=lines, title="", stated=found)


def _info(reader) -> dict:
    """The document information dictionary: title, author, subject, keywords, creation date."""
    found: dict = {}
    try:
        info = reader.metadata or {}
        for key, field in (
            ("/Title", "file_title"),
            ("/Author", "file_author"),
            ("/Subject", "subject"),
            ("/Keywords", "keywords"),
            ("/CreationDate", "created"),
        ):
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
