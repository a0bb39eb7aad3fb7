"""Word files: paragraphs and their heading styles, as policy offices publish them."""

from __future__ import annotations

import io
import re
import zipfile

from kb.errors import UnreadableFile
from kb.model import Block
from kb.readers import Read

NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十\d]+[章节条部]|\d+[.、．\s])")


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
            if m.group(1) == "1" and not title and not blocks and not NUMBERED.match(text):
                title = text  # a first heading that opens the document is its title
            blocks.append(Block("heading", text, int(m.group(1))))
        else:
            blocks.append(Block("para", text))
    if not blocks:
        raise UnreadableFile(path, "the document has no text")
    return Read(blocks=blocks, title=title, fmt="docx", meta={"doc": _core(document)})


def _core(document) -> dict:
    """Word's core properties: title, author, subject, keywords, creation date."""
    found: dict = {}
    try:
        core = document.core_properties
        for attr, field in (("title", "file_title"), ("author", "file_author"), ("subject", "subject"),
                            ("keywords", "keywords"), ("language", "lang")):
            value = getattr(core, attr, None)
            if value and str(value).strip():
                found[field] = str(value).strip()
        # python-docx's own template carries a creation date of 2013-12-23: not the document's
        if core.created is not None and core.created.date().isoformat() != "2013-12-23":
            found["created"] = core.created.date().isoformat()
    except Exception:  # a damaged docProps/core.xml must not stop the text from being read
        pass
    return found
