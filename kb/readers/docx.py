"""Word files: paragraphs and their heading styles, as policy offices publish them."""

from __future__ import annotations

import io
import re
import zipfile

from kb.errors import UnreadableFile
from kb.model import Block
from kb.readers import Read


def read_docx(path, data: bytes) -> Read:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise UnreadableFile(path, f"not a readable .docx ({type(e).__name__})") from None
    blocks, title = [], ""
    for p in document.paragraphs:
        text = p.text.strip()
        if not text:
            continue
        style = (p.style.name if p.style is not None else "") or ""
        m = re.match(r"(?:Heading|标题)\s*(\d)", style)
        if style == "Title" and not title:
            title = text
        elif m:
            blocks.append(Block("heading", text, int(m.group(1))))
        else:
            blocks.append(Block("para", text))
    if not blocks:
        raise UnreadableFile(path, "the document has no text")
    return Read(blocks=blocks, title=title, fmt="docx")
