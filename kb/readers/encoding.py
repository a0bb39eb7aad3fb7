"""Turning bytes into text: BOMs, strict UTF-8, then a real detector among the Chinese encodings."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from kb.errors import UnreadableFile

# Encodings a Chinese policy text is realistically in; GB2312 and GBK are subsets of GB18030.
CANDIDATES = ["utf_8", "gb18030", "big5", "utf_16"]
ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "big5-hkscs": "big5hkscs",
    "utf8": "utf_8",
}


def normalise_name(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes outside a UTF-16 text, or many control bytes, mean this is not text."""
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    ctrl = sum(1 for b in head if b < 9 or 13 < b < 32)
    return ctrl > len(head) * 0.05


def plausible(text: str) -> bool:
    """Text is plausible when it is mostly CJK, Latin, digits, punctuation and space."""
    if not text:
        return False
    bad = sum(1 for c in text if c == "\ufffd" or (ord(c) < 32 and c not in "\r\n\t\f"))
    return bad <= max(2, len(text) * 0.01)


def decode(data: bytes, path, declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding). A declared charset is trusted only when the bytes agree with it."""
    if looks_binary(data):
        raise UnreadableFile(path, "binary data, not text")
    for bom, enc in (
        (codecs.BOM_UTF8, "utf_8_sig"),
        (codecs.BOM_UTF16_LE, "utf_16"),
        (codecs.BOM_UTF16_BE, "utf_16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                raise UnreadableFile(
                    path, f"starts with a {enc} mark but does not decode"
                ) from None
    # Valid UTF-8 with non-ASCII bytes is almost never an accident: it beats a lying meta charset.
    try:
        text = data.decode("utf-8")
        return text, "utf_8"
    except UnicodeDecodeError:
        pass
    declared = normalise_name(declared)
    if declared and declared != "utf-8":
        try:
            text = data.decode(declared)
            if plausible(text):
                return text, declared
        except UnicodeDecodeError:
            pass
    best = from_bytes(data, cp_isolation=CANDIDATES).best()
    if best is not None:
        text = str(best)
        if plausible(text):
            return text, best.encoding
    raise UnreadableFile(path, "not in UTF-8, GB18030/GBK, Big5 or UTF-16 (cannot decode)")


META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    m = META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "ignore") if m else None
