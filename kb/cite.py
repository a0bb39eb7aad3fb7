"""Citations of one exact paragraph: GB/T 7714-2015, APA 7 and BibTeX."""

from __future__ import annotations

import re


def _authors_gbt(authors: list[str]) -> str:
    if not authors:
        return ""
    shown = authors[:3]
    return ", ".join(shown) + (", 等" if len(authors) > 3 else "") + ". "


def _authors_apa(authors: list[str]) -> str:
    return ", ".join(authors[:20])


def citation(doc: dict, measure: dict, base_url: str = "") -> dict:
    """Three citation strings that point to the paragraph (¶ number and URL anchor)."""
    title = doc.get("title") or doc.get("doc_id")
    year = doc.get("year")
    source = doc.get("source") or ""
    authors = doc.get("authors") or []
    para = measure["para"]
    url = f"{base_url}/doc/{measure['doc_id']}#p{para}"
    derived = " [题名据正文拟定]" if doc.get("title_derived") else ""
    year_s = str(year) if year else "出版年不详"
    src = f". {source}" if source and not source.startswith("http") else ""
    gbt = f"{_authors_gbt(authors)}{title}{derived}[Z]{src}. {year_s}: 第{para}段. {url}"
    apa_who = _authors_apa(authors) or title
    apa_year = f"({year})" if year else "(n.d.)"
    if authors:
        apa = f"{apa_who} {apa_year}. {title} (para. {para}). {source + '. ' if source else ''}{url}"
    else:
        apa = f"{title}. {apa_year}. (para. {para}). {source + '. ' if source else ''}{url}"
    key = re.sub(r"[^A-Za-z0-9_]", "_", measure["doc_id"]) + f"_p{para}"
    fields = [f"  title = {{{title}}}"]
    if authors:
        fields.append("  author = {" + " and ".join(authors) + "}")
    if year:
        fields.append(f"  year = {{{year}}}")
    if source:
        fields.append(f"  howpublished = {{{source}}}")
    fields.append(f"  note = {{Paragraph {para}{'; title derived from the text' if derived else ''}}}")
    fields.append(f"  url = {{{url}}}")
    bibtex = "@misc{" + key + ",\n" + ",\n".join(fields) + "\n}"
    return {"gbt7714": gbt, "apa": apa, "bibtex": bibtex}
