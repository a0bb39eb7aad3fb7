"""The documents as resources, one view each (a document, a measure, the list of documents, the
city × theme matrix): each builds one plain dict and renders it (kb/web/render.py) as the page or
as JSON; the matrix as CSV and SVG too. The HTML shows nothing the JSON lacks: a template gets the
dict and what is derived from it (labels, links), never data of its own."""

from __future__ import annotations

import math

from flask import abort, make_response, render_template, request, url_for
from markupsafe import Markup

from kb import data_files, gazetteer
from kb.cite import LABELS as CITE_LABELS
from kb.errors import BadQuery
from kb.facets import BY_NAME as FACETS_BY_NAME
from kb.facets import year_of
from kb.themes import THEMES
from kb.themes import label as theme_label
from kb.web import kb
from kb.web.chrome import chrome, lang, strings
from kb.web.csv_out import csv_response
from kb.web.labels import chip_view, facet_label
from kb.web.params import whole_number
from kb.web.present import decorate, document_citation
from kb.web.render import respond, stream_json, wants_json

# so any paragraph's page follows from its number (a 26,520-paragraph page took 8 s and 54 MB).
# A `#p<para>` link to another page is sent there by static/app.js.
DOC_PAGE_PARAS = 500


def doc_page_of(para: int) -> int:
    return max(1, (int(para) - 1) // DOC_PAGE_PARAS + 1)


def doc_data(doc_id: str) -> dict:
    """The document and every measure with its url and citation, as CONTRACT.md says; the
    measures an iterator, read from the index one at a time as they are written out."""
    meta = kb().documents().get(doc_id)
    if meta is None:
        abort(404)
    measures = (decorate(m, meta) for m in kb().iter_measures(doc_id))
    head = {**{k: v for k, v in meta.items() if k != "measures"}, "doc_id": doc_id}
    return {**head, "citation": document_citation(head), "measures": measures}


def doc(doc_id):
    """/doc/<id>, its .json twin and /api/doc/<id>. The JSON gives every measure with its citation
    (streamed); the page, light, gives one page of them with text, tags and anchors, citations
    and related measures a request away (the measure view's fragment)."""
    if wants_json():
        return stream_json(doc_data(doc_id))
    q = request.args.get("q", "")[:500]
    page = whole_number("page", 1, 1, 1_000_000)
    d = kb().document_text(
        doc_id, mark=q, paras=((page - 1) * DOC_PAGE_PARAS + 1, page * DOC_PAGE_PARAS)
    )
    if d is None:
        abort(404)
    return render_template("doc.html", **doc_page(d, q, page), **chrome())


def outline_of(measures: list[dict]) -> list[dict]:
    """Every heading of the document once, at its depth, anchored at its first paragraph.

    A heading with no text of its own (第二章 above its first section) is listed too, so sections
    never hang under the chapter before. Each measure gets `new_headings`: those that open at it.
    """
    outline: list[dict] = []
    prev: list[str] = []
    for m in measures:
        path = [p for p in m["section"].split(" › ") if p] if m["section"] else []
        common = 0
        while common < min(len(path), len(prev)) and path[common] == prev[common]:
            common += 1
        opened = [
            {"title": h, "depth": d, "para": m["para"]} for d, h in enumerate(path) if d >= common
        ]
        m["new_headings"] = opened
        outline.extend(opened)
        prev = path
    return outline


def pager_of(page: int, pages: int, per: int, page_url) -> dict:
    """Links to the page before and after, the first, the last and the pages near this one."""
    return {
        "page": page,
        "pages": pages,
        "per": per,
        "prev_url": page_url(page - 1) if page > 1 else None,
        "next_url": page_url(page + 1) if page < pages else None,
        "near": [
            {"page": k, "url": page_url(k)}
            for k in sorted({1, pages, *range(max(1, page - 3), min(pages, page + 3) + 1)})
        ],
    }


def doc_page(d: dict, q: str, page: int) -> dict:
    """What one page of a document shows: its measures with tags, the whole outline, a pager."""
    doc_id = d["doc_id"]
    light = [{"para": para, "section": section} for para, section in kb().sections(doc_id)]
    pages = doc_page_of(light[-1]["para"]) if light else 1
    if page > pages:
        raise BadQuery(
            f"page: must be from 1 to {pages}", "number_range", param="page", lo=1, hi=pages
        )
    outline = outline_of(light)  # the whole document's, on every page
    opened = {x["para"]: x["new_headings"] for x in light}
    keep_q = {"q": q} if q else {}
    for m in d["measures"]:
        decorate(m, d, cite=False)
        chip_view(m)
        m["marked"] = Markup(m["marked"]) if m.get("marked") else None
        m["new_headings"] = opened.get(m["para"], [])
        m["cite_url"] = url_for("ui.measure", measure_id=m["id"])
    hits = hit_links(d["measures"])
    shown = set(opened) if pages == 1 else {m["para"] for m in d["measures"]}
    for o in outline:
        o["href"] = (
            f"#p{o['para']}"
            if o["para"] in shown
            else url_for(
                "ui.doc",
                doc_id=doc_id,
                page=doc_page_of(o["para"]),
                _anchor=f"p{o['para']}",
                **keep_q,
            )
        )

    def page_url(k: int) -> str:
        return url_for("ui.doc", doc_id=doc_id, **({"page": k} if k > 1 else {}), **keep_q)

    pager = pager_of(page, pages, DOC_PAGE_PARAS, page_url)
    return {
        "doc": d,
        "outline": outline,
        "query": q,
        "n_measures": len(light),
        "pager": pager,
        "genre_label": facet_label("genre", d.get("genre") or "other"),
        "hits": hits,
        "events": events_view(d.get("dates") or {}),
        "citation": document_citation(d),
        "cite_labels": CITE_LABELS,
        "versions": versions_view(d),
    }


def hit_links(measures: list[dict]) -> dict:
    """The paragraphs of this page where the query is marked, each given the anchors of the
    previous and the next one (`prev_hit`, `next_hit`): a reader steps from match to match."""
    paras = [m["para"] for m in measures if m.get("marked") and "<mark>" in m["marked"]]
    at = {p: k for k, p in enumerate(paras)}
    for m in measures:
        if (k := at.get(m["para"])) is not None:
            m["prev_hit"] = f"#p{paras[k - 1]}" if k > 0 else None
            m["next_hit"] = f"#p{paras[k + 1]}" if k + 1 < len(paras) else None
    return {"count": len(paras), "first": f"#p{paras[0]}" if paras else None}


EVENT_ORDER = ("adopted", "approved", "published", "issued", "delivered", "effective")


def events_view(dates: dict) -> list[dict]:
    """A document's dated events in the order a statute states them, each with its label."""
    labels = data_files.toml("i18n.toml")["events"][lang()]
    known = [e for e in EVENT_ORDER if e in dates] + sorted(set(dates) - set(EVENT_ORDER))
    return [{"event": e, "label": labels.get(e, e), "date": dates[e]} for e in known]


def versions_view(d: dict) -> list[dict]:
    """Links to the later version that amends or replaces this document, or the earlier one it
    replaces (kb.search: documents of one title)."""
    docs = kb().documents()
    t = strings()
    out = []
    for key, label in (("superseded_by", t["superseded_by"]), ("supersedes", t["supersedes"])):
        if (other := d.get(key)) and other in docs:
            title = docs[other].get("title") or other
            date = docs[other].get("date") or ""
            url = url_for("ui.doc", doc_id=other)
            out.append({"kind": key, "label": label, "title": title, "date": date, "url": url})
    return out


# ---- a measure -----------------------------------------------------------------------------------


def measure_data(measure_id: str) -> dict:
    """One measure with its url, citation and related measures (each with its url)."""
    m = kb().measure(measure_id)
    if m is None:
        abort(404)
    decorate(m)
    m["related"] = [decorate(r, cite=False) for r in kb().related(measure_id)]
    return m


def measure(measure_id):
    """/measure/<id>, its .json twin and /api/measure/<id>: one measure with its citations, the
    evidence for its tags and related measures; with `?fragment=1` only the panel, which the
    document page fetches when a reader asks to cite."""
    m = measure_data(measure_id)

    def page() -> dict:
        chip_view(m)
        return {"item": m, "doc": kb().documents().get(m["doc_id"], {})}

    template = "_measure_panel.html" if request.args.get("fragment") else "measure.html"
    return respond(m, template, page)


# ---- the documents -------------------------------------------------------------------------------

DOC_COLUMNS = ("title", "issuer", "date", "genre", "city", "measures")
DESC_FIRST = ("date", "measures")  # newest and longest first on the first click


def doc_order(default: str | None) -> tuple[str | None, str]:
    """The asked ?sort=<column>&order=asc|desc, checked; `default` when no sort is asked."""
    sort = request.args.get("sort") or default
    if sort is not None and sort not in DOC_COLUMNS:
        columns = ", ".join(DOC_COLUMNS)
        raise BadQuery(f"sort: must be one of {columns}", "one_of", param="sort", values=columns)
    order = request.args.get("order") or ("desc" if sort in DESC_FIRST else "asc")
    if order not in ("asc", "desc"):
        orders = "'asc', 'desc'"
        raise BadQuery(f"order: must be {orders}", "one_of", param="order", values=orders)
    return sort, order


def sorted_docs(docs: list[dict], sort: str, order: str) -> list[dict]:
    """Documents by a column as the table shows it (genres and cities by their labels), empty
    cells last in either order."""

    def key(d):
        value = (
            facet_label("genre", d["genre"] or "other")
            if sort == "genre"
            else gazetteer.label(d["city"], lang())
            if sort == "city" and d["city"]
            else d[sort]
        )
        return (value in (None, ""), value if sort == "measures" else str(value or "").lower())

    out = sorted(docs, key=key, reverse=order == "desc")
    out.sort(key=lambda d: key(d)[0])  # the sort is stable
    return out


def docs():
    """/docs, its .json twin and /api/docs: every document's metadata, in the order of the index
    unless a sort is asked (the page sorts by date when none is)."""
    sort, order = doc_order(None if wants_json() else "date")
    chosen = doc_filters()
    rows = [d for d in kb().document_list() if doc_matches(d, chosen)]
    if sort:
        rows = sorted_docs(rows, sort, order)
    total, pages = len(rows), max(1, -(-len(rows) // DOCS_PER_PAGE))
    page = whole_number("page", 1, 1, pages)
    rows = rows[(page - 1) * DOCS_PER_PAGE : page * DOCS_PER_PAGE]
    if wants_json():
        rows = [{**d, "citation": document_citation(d)} for d in rows]
    out = make_response(
        respond(rows, "docs.html", lambda: {"d": docs_page(rows, chosen, total, page, pages)})
    )
    out.headers.update({"X-Total-Count": str(total), "X-Page": str(page), "X-Pages": str(pages)})
    return out


# Documents a page of /docs (and /api/docs) lists, `?page=N` for the next: unpaged, 20,000
# documents made an 8.9 MB page, and 20 such requests at once delayed a search by 40 s.
DOCS_PER_PAGE = 200


DOC_FILTERS = ("year", "genre", "issuer", "city")


def doc_filters() -> dict[str, list[str]]:
    """The document list's filters (`year`, `genre`, `issuer`, `city`; OR within one, AND across),
    each value checked as the search checks it (kb/facets.py)."""
    docs = kb().documents()
    out = {}
    for name in DOC_FILTERS:
        values = list(dict.fromkeys(v for v in request.args.getlist(name) if v))[:50]
        for v in values:
            FACETS_BY_NAME[name].check(v, docs)
        if values:
            out[name] = values
    return out


def doc_matches(d: dict, chosen: dict[str, list[str]]) -> bool:
    have = {
        "year": year_of(d.get("date")),
        "genre": d.get("genre") or "other",
        "issuer": d.get("issuer"),
        "city": d.get("city"),
    }
    return all(have[name] in values for name, values in chosen.items())


def docs_page(
    rows: list[dict], chosen: dict | None = None, total: int = 0, page: int = 1, pages: int = 1
) -> dict:
    """One page of the document table (sorted already): labels, links, each header the URL that
    sorts by it (the other way round when it is the sort), a pager."""
    sort, order = doc_order("date")
    rows = [
        {
            **d,
            "url": url_for("ui.doc", doc_id=d["doc_id"]),
            "search_url": url_for("ui.search", doc=d["doc_id"], sort="order"),
            "genre_label": facet_label("genre", d["genre"] or "other"),
            "city_label": gazetteer.label(d["city"], lang()) if d["city"] else "",
        }
        for d in rows
    ]
    t = strings()
    columns = [
        {
            "key": c,
            "label": t["measures" if c == "measures" else "doc_title" if c == "title" else c],
            "sorted": order if c == sort else None,
            "url": url_for(
                "ui.docs",
                sort=c,
                order=("asc" if order == "desc" else "desc")
                if c == sort
                else ("desc" if c in DESC_FIRST else "asc"),
                **(chosen or {}),
            ),
        }
        for c in DOC_COLUMNS
    ]
    filters = doc_filter_view(chosen or {})
    kept = {
        **(chosen or {}),
        **({"sort": sort, "order": order} if request.args.get("sort") else {}),
    }

    def page_url(k: int) -> str:
        return url_for("ui.docs", **kept, **({"page": k} if k > 1 else {}))

    pager = pager_of(page, pages, DOCS_PER_PAGE, page_url)
    return {
        "rows": rows,
        "columns": columns,
        "sort": sort,
        "order": order,
        "filters": filters,
        "total": total or len(rows),
        "pager": pager,
    }


def doc_filter_view(chosen: dict[str, list[str]]) -> list[dict]:
    """Each filter of the document list with its values (label, how many documents, selected),
    counted over every document."""
    counts: dict[str, dict[str, int]] = {name: {} for name in DOC_FILTERS}
    for d in kb().document_list():
        for name in DOC_FILTERS:
            value = {"year": year_of(d.get("date")), "genre": d.get("genre") or "other"}.get(
                name, d.get(name)
            )
            if value:
                counts[name][value] = counts[name].get(value, 0) + 1
    t = strings()
    return [
        {
            "name": name,
            "label": t[name],
            "options": [
                {
                    "value": v,
                    "label": facet_label(name, v) if name in ("genre", "city") else v,
                    "count": n,
                    "selected": v in chosen.get(name, []),
                }
                for v, n in sorted(
                    counts[name].items(), key=lambda kv: kv[0] if name == "year" else -kv[1]
                )
            ],
        }
        for name in DOC_FILTERS
    ]


# ---- the matrix ----------------------------------------------------------------------------------


def matrix():
    """/matrix, its .json twin and /api/matrix: measures counted by city × theme."""
    m = kb().matrix()
    return respond(m, "matrix.html", lambda: {"m": matrix_view(m)})


def matrix_view(m: dict) -> dict:
    """The matrix as the table, the SVG and the CSV show it: labelled rows, shaded cells, each
    count linking to its search."""
    peak = max((v for row in m["counts"].values() for v in row.values()), default=0) or 1
    rows = []
    for c in m["cities"]:
        cells = []
        for t in THEMES:
            n = m["counts"][c][t]
            cells.append(
                {
                    "theme": t,
                    "count": n,
                    "level": math.ceil(4 * n / peak) if n else 0,
                    "url": url_for("ui.search", city=c, theme=t),
                }
            )
        rows.append({"city": c, "label": gazetteer.label(c, lang()), "cells": cells})
    return {**m, "rows": rows, "theme_labels": [theme_label(t, lang()) for t in THEMES]}


def matrix_csv():
    m = matrix_view(kb().matrix())
    rows = ([row["city"], row["label"]] + [c["count"] for c in row["cells"]] for row in m["rows"])
    return csv_response(["city", "label", *THEMES], rows, "matrix.csv")


def matrix_svg():
    m = matrix_view(kb().matrix())
    resp = make_response(render_template("matrix.svg", m=m, **chrome()))
    resp.mimetype = "image/svg+xml"
    resp.headers["Content-Disposition"] = "attachment; filename=matrix.svg"
    return resp
