"""Word files: paragraphs and their heading styles, as policy offices publish them."""

from __future__ import annotations

import io
import re
import zipfile

from kb.errors import UnreadableFile
from kb.model import Block
from kb.numerals import CN_NUM
from kb.readers import Read

NUMBERED = re.compile(rf"^(?:[{CN_NUM}]+[、.．]|第[{CN_NUM}\d]+[章节条部]|\d+[.、．\s])")

# The size limit on a file checks its compressed bytes; a part that inflates beyond these is
# refused before parsing (a 306 KB file whose document.xml inflates to 200 MB took 7 GB to parse).
MAX_PART_MB = 32
MAX_TOTAL_MB = 256


def check_inflated_size(path, data: bytes) -> None:
    """Refuse a zip bomb from the sizes in the zip's directory. A member that inflates past its
    stated size fails zipfile's own check, so the stated sizes bound what parsing can see."""
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as e:
        raise UnreadableFile(path, f"not a readable .docx ({type(e).__name__})") from None
    total = sum(m.file_size for m in members)
    worst = max(members, key=lambda m: m.file_size, default=None)
    if worst is not None and worst.file_size > MAX_PART_MB * 2**20:
        raise UnreadableFile(
            path,
            f"Word part {worst.filename} inflates to {worst.file_size / 2**20:.0f} MB "
            f"(the limit is {MAX_PART_MB} MB a part); refused as a decompression bomb",
        )
    if total > MAX_TOTAL_MB * 2**20:
        raise UnreadableFile(
            path,
            f"Word file inflates to {total / 2**20:.0f} MB (the limit is {MAX_TOTAL_MB} MB); "
            "refused as a decompression bomb",
        )


def read_docx(path, data: bytes) -> Read:
    import docx

    check_inflated_size(path, data)
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
    return Read(blocks=blocks, title=title, fmt="docx", stated=_core(document))


def _core(document) -> dict:
    """Word's core properties: title, author, subject, keywords, creation date."""
    found: dict = {}
    try:
        core = document.core_properties
        for attr, field in (
            ("title", "file_title"),
            ("author", "file_author"),
            ("subject", "subject"),
            ("keywords", "keywords"),
            ("language", "lang"),
        ):
            value = getattr(core, attr, None)
            if value and str(value).strip():
                found[field] = str(value).strip()
        # python-docx's own template carries a creation date of 2013-12-23: not the document's
        if core.created is not None and core.created.date().isoformat() != "2013-12-23":
            found["created"] = core.created.date().isoformat()
    except Exception:  # a damaged docProps/core.xml must not stop the text from being read
        pass
    return found
