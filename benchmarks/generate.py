"""A scale corpus made from the corpus's own sentences and headings.

Each generated paragraph copies the shape of a real measure (its language, its number of sentences)
and is filled with whole sentences drawn from real measures of the same section, so themes and
cities come out distributed roughly as in the real texts; every fifth paragraph or so starts a new
section under a real heading. Documents are plain UTF-8 text, one paragraph per block.
"""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

from kb.ingest import build_document, discover, doc_id_for

SENTENCE = re.compile(r"[^。！？；]+[。！？；]")
NUMBERING = re.compile(r"^\s*(?:[\d.]+|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)\s*")


def _real_measures(corpus: Path):
    out = []
    for path in discover(corpus):
        try:
            doc, _ = build_document(path, doc_id_for(path), "")
        except Exception:  # a file the pipeline rejects is simply not a model
            continue
        out += [m for m in doc.measures if m.kind != "reference"]
    return out


def _heading(section: str) -> str:
    """The last heading of a section path, without its own numbering."""
    return NUMBERING.sub("", section.split("›")[-1]).strip()


def generate(n_measures: int, out: Path, corpus: Path, per_doc: int = 50, seed: int = 7) -> int:
    """Write about n_measures paragraphs as n_measures/per_doc documents under `out`; returns the
    count."""
    measures = _real_measures(corpus)
    if not measures:
        raise SystemExit(f"{corpus}: no measures to generate from")
    by_section: dict[str, list[str]] = {}
    shapes = []
    for m in measures:
        parts = (
            [m.text]
            if m.lang == "en"
            else [s.strip() for s in SENTENCE.findall(m.text) if s.strip()]
        )
        if not parts:
            continue
        by_section.setdefault(m.section or "", []).extend(parts)
        shapes.append((m.section or "", m.lang, max(1, len(parts))))
    sections = [s for s in by_section if s]
    all_sentences = [s for v in by_section.values() for s in v]
    rnd = random.Random(seed)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    written = 0
    n_docs = max(1, n_measures // per_doc)
    for d in range(n_docs):
        model_section = rnd.choice(sections) if sections else ""
        title = _heading(model_section) or "政策文件"
        lines = [f"{title}（第{d + 1}号）", ""]
        section_no = 0
        for i in range(per_doc):
            section, lang, k = rnd.choice(shapes)
            if i % 5 == 0:
                heading = _heading(section or rnd.choice(sections))
                lines += [f"{section_no + 1}. {heading}", ""]
                section_no += 1
            pool = by_section.get(section) or all_sentences
            if lang == "en":
                para = rnd.choice(pool)
            else:
                para = "".join(rnd.choice(pool) for _ in range(min(k, 6)))
            lines += [para, ""]
            written += 1
        (out / f"gen_{d:06d}.txt").write_text("\n".join(lines), encoding="utf-8")
    return written
