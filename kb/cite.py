"""Citations of one paragraph in the forms journals and reference managers accept.

`FORMATS` is the one registry (name → function(Item) → str) that the pages, the API, the CSV and
the CLI use through `citation()`; adding a format is one function and one line there. Where the
paragraph lives on the site is the web layer's business (kb/web/present.py, with `url_for`): it
passes the absolute URL in.

Choices, against the standards and what Zotero and CNKI produce for the same kind of item:

- GB/T 7714-2015: `责任者. 题名: 文号[Z/OL]. 出版者, 日期: 位置[引用日期]. URL.` The type code
  takes `/OL` because we cite the paragraph online. The date is the document's own (adoption for a
  regulation, publication otherwise) written as the standard writes dates of patents and
  newspapers (`2021-08-26`); the locator stands where the standard puts the cited page. With no
  date, the date is left out, as the standard's own example of an undated web page does
  (`[EB/OL]. [2012-03-27]. URL.`): the standard has no "出版年不详" (only 出版地不详/出版者不详).
  Personal names in Latin script are written `SMITH J`; three names at most, then 等 / et al.
- APA 7: the organisation as author, `(2021, August 26)` or `(n.d.)`, the title (plain text: no
  italics), the locator in parentheses after it (`Art. 35`, `para. 60`), the publisher when it is
  not the author, the URL without a final full stop. No retrieval date: APA 7 gives one only for
  pages designed to change, and a paragraph of an unchanged file keeps its id and URL.
- BibTeX: `@misc`, which BibTeX, biblatex and Zotero all read; organisations in double braces so
  they are never split into first and last names; `url` and `urldate` (biblatex, Zotero; no
  `howpublished`, which biblatex would print as a second URL); the locator in `note`.
- RIS: `TY` by genre (STAT for regulations, GOVDOC for plans and notices, RPRT, NEWS, ELEC), one
  `XX  - value` line per field ending in CR LF, `Y2` the access date and `SE` the article of a
  statute (Zotero's fields accessDate and section), `N1` the locator, `ER  - ` last.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from kb import locator

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
CJK = re.compile(r"[\u3400-\u9fff]")
# the GB/T 7714 type code of a genre when the document states none
TYPE_OF_GENRE = {
    "regulation": "Z",
    "plan": "Z",
    "opinion": "Z",
    "notice": "Z",
    "decision": "Z",
    "report": "R",
    "news": "N",
    "article": "EB",
    "webpage": "EB",
    "other": "Z",
}
RIS_TYPE_OF_GENRE = {
    "regulation": "STAT",
    "plan": "GOVDOC",
    "opinion": "GOVDOC",
    "notice": "GOVDOC",
    "decision": "GOVDOC",
    "report": "RPRT",
    "news": "NEWS",
    "article": "ELEC",
    "webpage": "ELEC",
    "other": "GEN",
}
RIS_TYPE_OF_CODE = {
    "J": "JOUR",
    "M": "BOOK",
    "D": "THES",
    "C": "CONF",
    "S": "STAND",
    "N": "NEWS",
    "R": "RPRT",
    "P": "PAT",
}


@dataclass(frozen=True)
class Item:
    """What every format needs of one paragraph, read once from the document and measure."""

    doc_id: str
    title: str
    derived: bool
    creators: tuple[str, ...]  # people, or the issuing body when no person is named
    people: bool  # creators are people
    publisher: str  # the issuer when it is not the creator (or the newspaper)
    date: str | None  # ISO 8601, as precise as known
    number: str
    genre: str
    code: str  # GB/T 7714 type code without /OL
    lang: str
    url: str
    cited: datetime.date
    loc: dict
    para: int

    @classmethod
    def of(cls, doc: dict, measure: dict | None, url: str, cited: datetime.date) -> Item:
        if measure is None:  # the whole document: no paragraph, no locator
            measure = {"doc_id": doc.get("doc_id") or "", "para": 0, "locator": {}}
        official = str(doc.get("source_url") or "")
        if official.startswith(("http://", "https://")):
            url = official  # the official source, where the file states it
        authors = tuple(_one_line(a) for a in doc.get("authors") or () if _one_line(a))
        issuer = _one_line(doc.get("issuer") or "")
        genre = doc.get("genre") or "other"
        if authors:
            creators, people, publisher = authors, True, issuer
        elif (
            genre == "news" or not issuer
        ):  # a newspaper is where an article appeared, not its author
            creators, people, publisher = (), False, issuer
        else:
            creators, people, publisher = (issuer,), False, ""
        lang = doc.get("lang") or doc.get("language") or measure.get("lang") or "zh"
        loc = measure.get("locator")
        if loc is None:  # stored before locators existed
            loc = locator.from_text(measure.get("section", ""), measure.get("text", ""))
        code = (doc.get("doc_type") or TYPE_OF_GENRE.get(genre, "Z")).upper().removesuffix("/OL")
        return cls(
            doc_id=measure["doc_id"],
            title=_one_line(doc.get("title") or doc.get("doc_id") or measure["doc_id"]),
            derived=bool(doc.get("title_derived")),
            creators=creators,
            people=people,
            publisher=publisher,
            date=_date(doc),
            number=_one_line(doc.get("number") or ""),
            genre=genre,
            code=code,
            lang="en" if lang == "en" else "zh",
            url=url,
            cited=cited,
            loc=loc,
            para=measure["para"],
        )

    def locator(self, lang: str | None = None) -> str:
        """The article or paragraph cited; "" for the whole document."""
        if not self.para and not self.loc:
            return ""
        return locator.render(self.loc, lang or self.lang, self.para)


def _one_line(text) -> str:
    return re.sub(r"\s+", " ", str(text)).strip()


def _date(doc: dict) -> str | None:
    """The document's date (ISO, as precise as stated): `date`, else a dated event, else `year`."""
    dates = doc.get("dates") or {}
    for value in (
        doc.get("date"),
        dates.get("published"),
        dates.get("adopted"),
        dates.get("issued"),
        doc.get("year"),
    ):
        if value and (m := re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(value))):
            return "-".join(p for p in m.groups() if p)
    return None


def _person_parts(name: str) -> tuple[str, str]:
    """(family name, given names) of a Latin-script name: `Smith, John` or `John Smith`."""
    if "," in name:
        family, given = name.split(",", 1)
        return family.strip(), given.strip()
    parts = name.split()
    return (parts[-1], " ".join(parts[:-1])) if len(parts) > 1 else (name, "")


def _initials(given: str, dots: bool) -> str:
    return " ".join(p[0].upper() + ("." if dots else "") for p in re.split(r"[\s.\-]+", given) if p)


# ---- GB/T 7714-2015 ------------------------------------------------------------------------------


def _gbt_name(name: str, person: bool) -> str:
    if not person or CJK.search(name):
        return name
    family, given = _person_parts(name)
    return f"{family.upper()} {_initials(given, False)}".strip() if given else family.upper()


def gbt7714(it: Item) -> str:
    out = ""
    if it.creators:
        names = [_gbt_name(n, it.people) for n in it.creators[:3]]
        if len(it.creators) > 3:
            names.append("等" if it.lang == "zh" else "et al.")
        out = ", ".join(names)
        out += " " if out.endswith(".") else ". "
    out += f"[{it.title}]" if it.derived else it.title
    if it.number:
        out += f": {it.number}"
    out += f"[{it.code}/OL]. "
    where = ", ".join(p for p in (it.publisher, it.date) if p)
    loc = it.locator()
    where = f"{where}: {loc}" if where and loc else where or loc
    return f"{out}{where}[{it.cited.isoformat()}]. {it.url}."


# ---- APA 7 ---------------------------------------------------------------------------------------


def _apa_name(name: str, person: bool) -> str:
    if not person or CJK.search(name):
        return name
    family, given = _person_parts(name)
    return f"{family}, {_initials(given, True)}" if given else family


def _apa_date(date: str | None) -> str:
    if not date:
        return "(n.d.)"
    parts = date.split("-")
    out = parts[0]
    if len(parts) > 1:
        out += ", " + MONTHS[int(parts[1]) - 1]
    if len(parts) > 2:
        out += f" {int(parts[2])}"
    return f"({out})"


def apa(it: Item) -> str:
    names = [_apa_name(n, it.people) for n in it.creators[:20]]
    title = f"[{it.title}]" if it.derived else it.title
    detail = ", ".join(p for p in (it.number, it.locator("en")) if p)
    title = f"{title} ({detail})" if detail else title
    if names:
        who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", & " + names[-1]
        head = f"{who}{'' if who.endswith('.') else '.'} {_apa_date(it.date)}. {title}."
    else:  # no author: the title moves to the author's place
        head = f"{title}. {_apa_date(it.date)}."
    if it.publisher:
        head += f" {it.publisher}."
    return f"{head} {it.url}"


# ---- BibTeX --------------------------------------------------------------------------------------

BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def _tex(text: str) -> str:
    return "".join(BIBTEX_SPECIAL.get(c, c) for c in text)


def _bib_name(name: str, person: bool) -> str:
    if not person:
        return "{" + _tex(name) + "}"  # inside the field's braces: {{…}}, never split into names
    if CJK.search(name):
        return _tex(name)
    family, given = _person_parts(name)
    return _tex(f"{family}, {given}" if given else family)


def _bib_key(doc_id: str) -> str:
    """An ASCII key (BibTeX reads no other): a Chinese file name in pinyin plus a short hash of
    the id, so that two names of as many characters, or homophones, never share a key."""
    if doc_id.isascii():
        return re.sub(r"[^A-Za-z0-9_-]", "_", doc_id)
    from pypinyin import lazy_pinyin

    ascii_id = re.sub(r"[^A-Za-z0-9_-]", "_", "".join(lazy_pinyin(doc_id)))
    return f"{ascii_id}_{hashlib.blake2b(doc_id.encode(), digest_size=3).hexdigest()}"


def bibtex(it: Item) -> str:
    key = _bib_key(it.doc_id) + (f"_p{it.para}" if it.para else "")
    fields = []
    if it.creators:
        fields.append(("author", " and ".join(_bib_name(n, it.people) for n in it.creators)))
    fields.append(("title", _tex(it.title)))
    if it.date:
        fields += [("year", it.date[:4]), ("date", it.date)]
    issuer = it.publisher or (it.creators[0] if it.creators and not it.people else "")
    if issuer:
        fields.append(("organization", _tex(issuer)))
    if it.number:
        fields.append(("number", _tex(it.number)))
    fields += [("url", it.url), ("urldate", it.cited.isoformat())]
    notes = [it.locator()]
    if it.derived:
        notes.append("题名据正文拟定" if it.lang == "zh" else "title derived from the text")
    if note := "; ".join(n for n in notes if n):
        fields.append(("note", _tex(note)))
    if it.lang == "zh":
        fields.append(("langid", "chinese"))
    return "@misc{" + key + ",\n" + ",\n".join(f"  {k} = {{{v}}}" for k, v in fields) + "\n}"


# ---- RIS -----------------------------------------------------------------------------------------


def _ris_date(date: str) -> str:
    parts = date.split("-") + ["", ""]
    return f"{parts[0]}/{parts[1]}/{parts[2]}/"


def _ris_type(it: Item) -> str:
    return RIS_TYPE_OF_CODE.get(it.code) or RIS_TYPE_OF_GENRE.get(it.genre, "GEN")


def ris(it: Item) -> str:
    ty = _ris_type(it)
    lines = [("TY", ty)]
    for name in it.creators:
        if it.people and not CJK.search(name):
            family, given = _person_parts(name)
            name = f"{family}, {given}" if given else family
        lines.append(("AU", name))
    lines.append(("TI", it.title))
    if it.date:
        lines += [("PY", it.date[:4]), ("DA", _ris_date(it.date))]
    if it.publisher:
        lines.append(("T2" if ty == "NEWS" else "PB", it.publisher))
    if it.number:
        lines.append(("M1" if ty in ("STAT", "BILL") else "SN", it.number))
    loc = it.locator()
    if ty in ("STAT", "BILL") and it.loc.get("article"):
        lines.append(("SE", loc))
    lines += [("LA", it.lang), ("UR", it.url), ("Y2", _ris_date(it.cited.isoformat()))]
    if loc:
        lines.append(("N1", loc))
    if it.derived:
        lines.append(("N1", "题名据正文拟定" if it.lang == "zh" else "Title derived from the text"))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {_one_line(value)}\r\n" for tag, value in lines)


FORMATS: dict[str, Callable[[Item], str]] = {
    "gbt7714": gbt7714,
    "apa": apa,
    "bibtex": bibtex,
    "ris": ris,
}
LABELS = {"gbt7714": "GB/T 7714", "apa": "APA", "bibtex": "BibTeX", "ris": "RIS"}


def citation(
    doc: dict, measure: dict | None, url: str, cited: datetime.date | None = None
) -> dict[str, str]:
    """Every registered format's citation of the paragraph found at the absolute `url` (of the
    whole document when `measure` is None), cited on `cited` (today by default). Where the document
    states its official source URL, the citation gives that instead."""
    it = Item.of(doc, measure, url, cited or datetime.date.today())
    return {name: fmt(it) for name, fmt in FORMATS.items()}
