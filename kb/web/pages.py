"""One view per resource (search, document, measure, documents, matrix): each builds one plain
dict, then `respond` renders it as HTML, or as JSON for `.json`, `?format=json` and the /api
aliases (kb/web/api.py), or as CSV where a table fits. The HTML shows nothing the JSON lacks: a
template gets the dict and what is derived from it (labels, links), never data of its own."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator

from flask import (
    Response,
    abort,
    current_app,
    jsonify,
    make_response,
    render_template,
    request,
    stream_with_context,
    url_for,
)
from markupsafe import Markup

from kb import cite, facets, gazetteer
from kb.errors import BadQuery
from kb.facets import FACETS, SORTS
from kb.search import MAX_LIMIT, MAX_OFFSET
from kb.themes import THEMES
from kb.themes import label as theme_label
from kb.web import kb
from kb.web.chrome import chrome, lang, strings
from kb.web.csv_out import csv_response
from kb.web.labels import chip_view, facet_label, kind_label
from kb.web.params import clean_args, filters, whole_number
from kb.web.present import decorate, measure_url

PER_PAGE = 10
EXAMPLES = [
    "数字经济",
    "宁波 港口",
    "digital economy",
    "hangzhouwan",
    '"电子商务"',
    "医保 city:ningbo",
]


def wants_json() -> bool:
    """JSON for the /api aliases, the `.json` twins and `?format=json`; HTML otherwise."""
    return (
        request.blueprint == "api"
        or request.path.endswith(".json")
        or request.args.get("format") == "json"
    )


def respond(data, template: str, context: Callable[[], dict]):
    """`data` as JSON, or the template with `context()` (built from `data`) and the chrome."""
    if wants_json():
        return jsonify(data)
    return render_template(template, **context(), **chrome())


def stream_json(data: dict) -> Response:
    """A dict as JSON, each value that is an iterator written out an item at a time: a document
    of 26,520 paragraphs is never held whole in the server's memory."""
    dumps = current_app.json.dumps

    def parts() -> Iterator[str]:
        sep = "{"
        for key, value in data.items():
            yield sep + dumps(key) + ": "
            sep = ", "
            if isinstance(value, Iterator):
                yield "["
                for i, item in enumerate(value):
                    yield ("," if i else "") + dumps(item)
                yield "]"
            else:
                yield dumps(value)
        yield ("{" if sep == "{" else "") + "}\n"

    return Response(stream_with_context(parts()), mimetype="application/json")


# ---- search --------------------------------------------------------------------------------------


def search_result(
    q: str, limit: int, offset: int, sort: str, chosen: dict[str, list[str]], **options
) -> dict:
    """The search result object of CONTRACT.md with every hit decorated (url, citation): the one
    code path of the search page, its JSON twins, /api/search, the CSV export and `kb search`."""
    r = kb().search(q, limit=limit, offset=offset, sort=sort, **options, **chosen)
    docs = kb().documents()
    for h in r["hits"]:
        decorate(h, docs.get(h["doc_id"], {}))
    return r


def search():
    """/, /search, /search.json, /api/search: `offset`, or `page` of `limit` hits."""
    per = whole_number("limit", PER_PAGE, 1, MAX_LIMIT)
    if request.args.get("offset") not in (None, ""):
        offset = whole_number("offset", 0, 0, MAX_OFFSET)
        page = offset // per + 1
    else:
        page = whole_number("page", 1, 1, MAX_OFFSET // per + 1)
        offset = (page - 1) * per
    r = search_result(
        request.args.get("q", ""), per, offset, request.args.get("sort", "relevance"), filters()
    )
    return respond(r, "search.html", lambda: search_page(r, page, per))


def search_url(**changes) -> str:
    """This search with some parameters changed (None drops one); back to page 1 unless the page
    is one of the changes."""
    args = dict(clean_args())
    for k, v in changes.items():
        if v is None:
            args.pop(k, None)
        else:
            args[k] = v if isinstance(v, list) else [v]
    if "page" not in changes:
        args.pop("page", None)
    return url_for("ui.search", **args)


def search_page(r: dict, page: int, per: int) -> dict:
    """What the search page shows besides the result: labels, chips, facets and every link."""
    for h in r["hits"]:
        chip_view(h)
        h["doc_url"] = hit_doc_url(h, r["query"])
    for s in r.get("suggestions", []):
        s["url"] = search_url(q=s["query"])
    pages = max(1, math.ceil(r["total"] / per))
    selected = filters()
    t = strings()
    chips = [
        {
            "label": f"{t[f.param] if f.param in t else f.name}: {facet_label(f.name, v)}",
            "url": search_url(**{f.param: [x for x in vals if x != v]}),
        }
        for f in FACETS
        for vals in [selected[f.name]]
        for v in vals
    ]
    words = r["query"].split()
    drop_words = (
        [{"word": w, "url": search_url(q=" ".join(x for x in words if x != w))} for w in words]
        if len(words) > 1
        else []
    )
    past_end = r["total"] > 0 and not r["hits"] and page > pages
    export_args = {k: v for k, v in clean_args().items() if k not in ("page", "limit")}
    return {
        "r": r,
        "hidden": [(facets.BY_NAME[n].param, v) for n, vals in r["filters"].items() for v in vals],
        "facets": facet_view(r, selected),
        "chips": chips,
        "page": page,
        "pages": pages,
        "past_end": past_end,
        "last_url": search_url(page=str(pages)) if past_end else None,
        "prev_url": search_url(page=str(min(page, pages + 1) - 1))
        if page > 1 and not past_end
        else None,
        "next_url": search_url(page=str(page + 1)) if page < pages else None,
        "sort_urls": {key: search_url(sort=key) for key in SORTS},
        "export_url": url_for("ui.export_csv", **export_args),
        "n_selected": sum(len(v) for v in selected.values()),
        "drop_words": drop_words,
        "examples": [{"q": e, "url": url_for("ui.search", q=e)} for e in EXAMPLES]
        if not r["query"] and not chips
        else [],
        "clear_url": url_for("ui.search", q=request.args.get("q", "")),
    }


def hit_doc_url(hit: dict, query: str) -> str:
    """The hit's paragraph in its document (on its page of a long one), carrying the query so the
    document marks it."""
    args = {"q": query} if query.strip() else {}
    if (page := doc_page_of(hit["para"])) > 1:
        args["page"] = page
    return url_for("ui.doc", doc_id=hit["doc_id"], _anchor=f"p{hit['para']}", **args)


FACET_SHOWN = 30


def _city_groups() -> list[tuple[str, frozenset[str]]]:
    """The city facet's groups: the delta first, then the rest of China, then abroad."""
    delta = frozenset(
        c
        for c, x in gazetteer.cities().items()
        if x.province in ("shanghai", "zhejiang", "jiangsu", "anhui")
    )
    abroad = frozenset(
        c for c, x in gazetteer.cities().items() if x.province in ("abroad", "hongkong", "macau")
    )
    return [("group_delta", delta), ("group_china", frozenset()), ("group_abroad", abroad)]


def _group(field: str, values: list[dict]) -> list[dict]:
    """Facet values split into labelled groups (cities by region); other facets are one group."""
    if field != "city":
        return [{"label": "", "values": values}]
    t = strings()
    groups = _city_groups()
    out = []
    for key, members in groups:
        if key == "group_china":
            others = set().union(*(m for _, m in groups))
            chosen = [v for v in values if v["value"] not in others]
        else:
            chosen = [v for v in values if v["value"] in members]
        if chosen:
            out.append({"label": t[key], "values": chosen})
    return out


def facet_view(result: dict, selected: dict[str, list[str]]) -> list[dict]:
    """Facets as data (kb/facets.py): label, count, selected and the URL that toggles each value."""
    out = []
    for facet in (f for f in FACETS if f.shown):
        field = facet.param
        chosen = selected.get(facet.name, [])
        counts = dict(result["facets"].get(facet.name, {}))
        for v in chosen:
            counts.setdefault(v, 0)
        values = []
        for v, n in counts.items():
            on = v in chosen
            new = [x for x in chosen if x != v] if on else chosen + [v]
            values.append(
                {
                    "value": v,
                    "label": facet_label(facet.name, v),
                    "count": n,
                    "count_text": f"{n:,}",
                    "selected": on,
                    "toggle_url": search_url(**{field: new}),
                }
            )
        if facet.name == "year":  # years read best in order, newest first
            values.sort(key=lambda x: x["value"], reverse=True)
        values.sort(key=lambda x: (not x["selected"], 0 if facet.name == "year" else -x["count"]))
        values = values[:FACET_SHOWN]
        out.append(
            {
                "field": field,
                "title": strings()[facet.name],
                "groups": _group(facet.name, values),
                "any_selected": bool(chosen),
                "count": len(values),
            }
        )
    return out


# ---- a document ----------------------------------------------------------------------------------

# A document page shows this many paragraphs: paragraphs 1-500 on page 1, 501-1000 on page 2...,
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
    return {**{k: v for k, v in meta.items() if k != "measures"}, "measures": measures}


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


def doc_page(d: dict, q: str, page: int) -> dict:
    """What one page of a document shows: its measures with tags, the whole outline, a pager."""
    doc_id = d["doc_id"]
    light = [{"para": para, "section": section} for para, section in kb().sections(doc_id)]
    pages = doc_page_of(light[-1]["para"]) if light else 1
    if page > pages:
        raise BadQuery(f"page: must be from 1 to {pages}")
    outline = outline_of(light)  # the whole document's, on every page
    opened = {x["para"]: x["new_headings"] for x in light}
    keep_q = {"q": q} if q else {}
    for m in d["measures"]:
        decorate(m, d, cite=False)
        chip_view(m)
        m["marked"] = Markup(m["marked"]) if m.get("marked") else None
        m["new_headings"] = opened.get(m["para"], [])
        m["cite_url"] = url_for("ui.measure", measure_id=m["id"])
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

    pager = {
        "page": page,
        "pages": pages,
        "per": DOC_PAGE_PARAS,
        "prev_url": page_url(page - 1) if page > 1 else None,
        "next_url": page_url(page + 1) if page < pages else None,
        "near": [
            {"page": k, "url": page_url(k)}
            for k in sorted({1, pages, *range(max(1, page - 3), min(pages, page + 3) + 1)})
        ],
    }
    return {
        "doc": d,
        "outline": outline,
        "query": q,
        "n_measures": len(light),
        "pager": pager,
        "genre_label": facet_label("genre", d.get("genre") or "other"),
    }


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
        raise BadQuery(f"sort: must be one of {', '.join(DOC_COLUMNS)}")
    order = request.args.get("order") or ("desc" if sort in DESC_FIRST else "asc")
    if order not in ("asc", "desc"):
        raise BadQuery("order: must be 'asc' or 'desc'")
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
    sort, order = doc_order(None)
    rows = kb().document_list()
    if sort:
        rows = sorted_docs(rows, sort, order)
    return respond(rows, "docs.html", lambda: {"d": docs_page(rows)})


def docs_page(rows: list[dict]) -> dict:
    """The document table: labels, links, and each header the URL that sorts by it (the other way
    round when it is the sort)."""
    sort, order = doc_order("date")
    if not request.args.get("sort"):
        rows = sorted_docs(rows, sort, order)
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
            ),
        }
        for c in DOC_COLUMNS
    ]
    return {"rows": rows, "columns": columns, "sort": sort, "order": order}


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


# ---- the search as CSV ---------------------------------------------------------------------------

EXPORT_FIELDS = [
    "id",
    "doc_id",
    "doc_title",
    "issuer",
    "year",
    "genre",
    "genre_label",
    "para",
    "section",
    "kind",
    "kind_label",
    "lang",
    "themes",
    "theme_labels",
    "cities",
    "city_labels",
    "score",
    "text",
    *cite.FORMATS,
    "url",
]


def export_row(hit: dict) -> list:
    """One CSV row: ids with their labels beside them, the document's year and issuer, the
    citations of every format and the paragraph's absolute URL."""
    doc = kb().documents().get(hit["doc_id"], {})
    row = {
        **hit,
        **hit["citation"],
        "issuer": doc.get("issuer") or "",
        "year": facets.year_of(doc.get("date")) or "",
        "genre": doc.get("genre") or "",
        "genre_label": facet_label("genre", doc.get("genre") or "other"),
        "kind_label": kind_label(hit.get("kind", "")),
        "theme_labels": [theme_label(t, lang()) for t in hit["themes"]],
        "city_labels": [gazetteer.label(c, lang()) for c in hit["cities"]],
        "url": measure_url(hit, external=True),
    }
    return [";".join(v) if isinstance(v := row.get(f, ""), list) else v for f in EXPORT_FIELDS]


# The most rows one export gives (stated in the README and in the X-Export-Rows header): the
# search behind it ranks and loads that many measures in one pass, about a second a thousand.
EXPORT_MAX_ROWS = 5000


def export_csv():
    """/export.csv and /search.csv: every hit of a search, up to EXPORT_MAX_ROWS, with every field
    and its citation, streamed."""
    r = search_result(
        request.args.get("q", ""),
        EXPORT_MAX_ROWS,
        0,
        request.args.get("sort", "relevance"),
        filters(),
        max_limit=EXPORT_MAX_ROWS,
        highlight_terms=False,
        collapse=False,
    )
    headers = {
        "X-Export-Rows": str(len(r["hits"])),
        "X-Export-Total": str(r["total"]),
        "X-Export-Max-Rows": str(EXPORT_MAX_ROWS),
    }
    return csv_response(EXPORT_FIELDS, (export_row(h) for h in r["hits"]), "export.csv", headers)
