"""Hostile corpus files, generated small: each is the smallest file that shows its blow-up."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

from tests.fixtures import PLAN_TXT, pdf_bytes

NOT_UTF8_NAME = b"r\xe9sum\xe9.txt"


def page_tree_bomb(levels: int = 5, fan: int = 8) -> bytes:
    """Page lists nested `levels` deep, each naming the next `fan` times: fan**levels pages in
    ~1 KB."""
    content = "BT /F1 12 Tf 72 720 Td (Port of Ningbo expands terminals.) Tj ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>"]
    for k in range(levels):
        kids = " ".join([f"{3 + k} 0 R"] * fan)
        objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {fan ** (levels - k)} >>")
    page = 2 + levels
    objs.append(
        f"<< /Type /Page /MediaBox [0 0 612 792] /Contents {page + 1} 0 R "
        f"/Resources << /Font << /F1 {page + 2} 0 R >> >> >>"
    )
    objs.append(f"<< /Length {len(content)} >>\nstream\n{content}\nendstream")
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return pdf_bytes(objs)


def docx_bomb(mb: int = 80) -> bytes:
    """A Word file whose document.xml inflates to `mb` MB from a few hundred KB."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document>" + " " * (mb * 2**20) + "</w:document>")
    return buf.getvalue()


def deep_html(levels: int = 8000) -> str:
    return (
        "<html><body>"
        + "<div>" * levels
        + "<p>嘉兴港多式联运枢纽加快建设，生态环境保护持续加强。</p>"
        + "</div>" * levels
        + "</body></html>"
    )


def markdown_bomb(reps: int = 5000) -> str:
    """`[a](` repeated: Python-Markdown took minutes on 40 KB of it."""
    return "# 计划\n\n舟山江海联运服务中心建设提速。\n\n" + "[a](" * reps + "\n"


def hostile_corpus(root: Path, outside: Path) -> dict[str, str]:
    """Good files plus one of each bad kind; returns {bad file name: words its error line holds}."""
    root.mkdir(parents=True)
    outside.mkdir(parents=True, exist_ok=True)
    (root / "plan.txt").write_text(PLAN_TXT, encoding="utf-8")
    (root / "deep.html").write_text(deep_html(), encoding="utf-8")
    (root / "brackets.md").write_text(markdown_bomb(), encoding="utf-8")
    secret = outside / "secret.txt"
    secret.write_text("机密文件：绝密口令 zebra-quartz 不得外传。\n", encoding="utf-8")
    (root / "secret.txt").symlink_to(secret)
    (root / "zero.txt").symlink_to("/dev/zero")
    (root / "dangling.txt").symlink_to(root / "nowhere.txt")
    os.mkfifo(root / "pipe.txt")
    (root / "bomb.docx").write_bytes(docx_bomb())
    (root / "tree.pdf").write_bytes(page_tree_bomb())
    (root / "side.txt").write_text(
        "宁波舟山港集装箱吞吐量持续增长，港口服务能力提升。\n", encoding="utf-8"
    )
    (root / "side.meta.toml").write_text('title = "港口"\nyear = [2021]\n', encoding="utf-8")
    (root / "two\nlines.txt").write_bytes(b"\x00\x01binary\x00" * 20)
    with open(os.path.join(os.fsencode(root), NOT_UTF8_NAME), "wb") as f:
        f.write("温州民营经济创新发展，瓯江口新区建设加快。\n".encode())
    return {
        "secret.txt": "outside the corpus",
        "zero.txt": "outside the corpus",
        "dangling.txt": "broken link",
        "pipe.txt": "named pipe",
        "bomb.docx": "decompression bomb",
        "tree.pdf": "page tree",
        "side.meta.toml": "year must be a date or a year",
        "two\\nlines.txt": "binary",
    }
