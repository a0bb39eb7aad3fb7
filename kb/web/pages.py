"""Views: each builds one plain dict with the search layer, then renders it as HTML or JSON."""

from __future__ import annotations

import math
from urllib.parse import urlencode

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    g,
    jsonify,
    make_response,
    render_template,
    request,
    stream_with_context,
    url_for,
)
from markupsafe import Markup

from kb import cite, data_files, facets, gazetteer
from kb.errors import BadQuery
from kb.facets import FACETS, SORTS
from kb.search import KB
from kb.themes import THEMES
from kb.themes import label as theme_label
from kb.web.csv_out import csv_response

bp = Blueprint("pages", __name__)
PER_PAGE = 10
_KBS: dict[str, KB] = {}
EXAMPLES = [
    "数字经济",
    "宁波 港口",
    "digital economy",
    "hangzhouwan",
    '"电子商务"',
    "医保 city:ningbo",
]


def kb() -> KB:
    path = current_app.config["INDEX"]
    if path not in _KBS:
        _KBS[path] = KB(path)
    return _KBS[path]


def init_app(app) -> None:
    app.register_blueprint(bp)
    app.jinja_env.globals["cite_names"] = cite.LABELS

    @app.before_request
    def pick_language():
        lang = request.args.get("lang")
        if lang not in ("zh", "en"):
            lang = request.cookies.get("lang")
        if lang not in ("zh", "en"):
            lang = request.accept_languages.best_match(["zh", "en"], default="zh")
        g.lang = lang

    @app.after_request
    def remember_language(resp):
        if request.args.get("lang") in ("zh", "en"):
            resp.set_cookie("lang", request.args["lang"], max_age=365 * 86400, samesite="Lax")
        return resp


class Strings:
    """The interface strings of one language, read as `t.name` in templates.

    Not a dict: `t.clear` or `t.copy` on a dict gives the dict's own methods, and a template then
    shows `<built-in method clear of dict object ...>` to the user. A missing name fails loudly.
    """

    __slots__ = ("_table", "lang")

    def __init__(self, lang: str):
        self.lang = lang
        self._table = data_files.toml("i18n.toml")[lang]

    def __getattr__(self, name: str) -> str:
        try:
            return self._table[name]
        except KeyError:
            raise AttributeError(
                f"no interface string {name!r} in i18n.toml [{self.lang}]"
            ) from None

    __getitem__ = __getattr__

    def __contains__(self, name: str) -> bool:
        return name in self._table


def strings() -> Strings:
    return Strings(g.get("lang", "zh"))


def chrome() -> dict:
    """What every page template needs: language, strings, a switch link."""
    lang = g.get("lang", "zh")
    try:
        args = dict(clean_args())
    except BadQuery:  # the error page of a refused request
        args = {}
    args["lang"] = ["en" if lang == "zh" else "zh"]
    return {
        "lang": lang,
        "t": strings(),
        "switch_url": request.path + "?" + urlencode(args, doseq=True),
    }


def _int(name: str, default: int, lo: int, hi: int) -> int:
    raw = request.args.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadQuery(f"{name}: not a whole number ({raw[:20]!r})") from None
    if value < lo or value > hi:
        raise BadQuery(f"{name}: must be from {lo} to {hi}")
    return value


# A filter names at most this many values (a city filter with all the delta's cities is 41); a
# request with more is refused with 400 naming the parameter, repeated values count once.
MAX_FILTER_VALUES = 50
# The only parameters echoed back into the links of a page (each link holds them all).
ECHOED = ("q", "page", "limit", "sort", "order")


def clean_args() -> dict[str, list[str]]:
    """The request's parameters as links repeat them: known ones only, each value once, a single
    value for the single-valued ones. Built once a request: a URL with a filter value repeated
    4,000 times made every facet link hold all of them (356 s and 2 GB for one request)."""
    if "clean_args" not in g:
        args: dict[str, list[str]] = {}
        for name in ECHOED:
            if (value := request.args.get(name)) is not None:
                args[name] = [value[:2000]]
        for f in FACETS:
            values = list(dict.fromkeys(v for v in request.args.getlist(f.param) if v))
            if len(values) > MAX_FILTER_VALUES:
                raise BadQuery(
                    f"{f.param}: at most {MAX_FILTER_VALUES} values (got {len(values):,})"
                )
            if values:
                args[f.param] = values
        g.clean_args = args
    return g.clean_args


def _filters() -> dict[str, list[str]]:
    """Each facet's values from its URL parameter (kb/facets.py), by facet name, each once."""
    args = clean_args()
    return {f.name: args.get(f.param, []) for f in FACETS}


def city_label(cid: str) -> str:
    return gazetteer.label(cid, g.get("lang", "zh"))


def site_root() -> str:
    """The root of this site as the client asked for it, for the absolute URLs of citations."""
    return request.url_root


def run_search(limit: int, offset: int) -> dict:
    return kb().search(
        request.args.get("q", ""),
        limit=limit,
        offset=offset,
        sort=request.args.get("sort", "relevance"),
        base_url=site_root(),
        **_filters(),
    )


def _url(**changes) -> str:
    args = dict(clean_args())
    for k, v in changes.items():
        if v is None:
            args.pop(k, None)
        else:
            args[k] = v if isinstance(v, list) else [v]
    if "page" not in changes:
        args.pop("page", None)
    return "/search?" + urlencode(args, doseq=True)


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
                    "toggle_url": _url(**{field: new}),
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


def chip_view(item: dict) -> dict:
    """Tag chips of a hit or measure: label and the words that gave the tag."""
    lang = g.get("lang", "zh")
    ev = item.get("evidence", {})
    item["theme_chips"] = [
        {
            "id": t,
            "label": theme_label(t, lang),
            "evidence": "、".join(ev.get("themes", {}).get(t, [])),
        }
        for t in item["themes"]
    ]
    item["city_chips"] = [
        {
            "id": c,
            "label": gazetteer.label(c, lang),
            "evidence": "、".join(ev.get("cities", {}).get(c, [])),
        }
        for c in item["cities"]
    ]
    item["kind_label"] = kind_label(item.get("kind", ""))
    return item


def kind_label(kind: str) -> str:
    return facet_label("kind", kind)


@bp.route("/")
@bp.route("/search")
def search_page():
    page = _int("page", 1, 1, 1000)
    per = _int("limit", PER_PAGE, 1, 100)
    result = run_search(per, (page - 1) * per)
    if request.args.get("format") == "json":
        return jsonify(result)
    for h in result["hits"]:
        chip_view(h)
        h["doc_url"] = _doc_url(h, result["query"])
    for s in result.get("suggestions", []):
        s["url"] = _url(q=s["query"])
    pages = max(1, math.ceil(result["total"] / per))
    selected = _filters()
    t = strings()
    chips = [
        {
            "label": f"{t[f.param] if f.param in t else f.name}: {facet_label(f.name, v)}",
            "url": _url(**{f.param: [x for x in vals if x != v]}),
        }
        for f in FACETS
        for vals in [selected[f.name]]
        for v in vals
    ]
    words = result["query"].split()
    drop_words = (
        [{"word": w, "url": _url(q=" ".join(x for x in words if x != w))} for w in words]
        if len(words) > 1
        else []
    )
    past_end = result["total"] > 0 and not result["hits"] and page > pages
    return render_template(
        "search.html",
        r=result,
        facets=facet_view(result, selected),
        chips=chips,
        page=page,
        pages=pages,
        past_end=past_end,
        last_url=_url(page=str(pages)) if past_end else None,
        prev_url=_url(page=str(min(page, pages + 1) - 1)) if page > 1 and not past_end else None,
        next_url=_url(page=str(page + 1)) if page < pages else None,
        sort_urls={key: _url(sort=key) for key in SORTS},
        export_url="/export.csv?"
        + urlencode(
            {k: v for k, v in clean_args().items() if k not in ("page", "limit")}, doseq=True
        ),
        n_selected=sum(len(v) for v in selected.values()),
        drop_words=drop_words,
        examples=[{"q": e, "url": "/search?" + urlencode({"q": e})} for e in EXAMPLES]
        if not result["query"] and not chips
        else [],
        clear_url="/search?" + urlencode({"q": request.args.get("q", "")}),
        **chrome(),
    )


def _doc_url(hit: dict, query: str) -> str:
    """The hit's paragraph in its document (on its page of a long one), carrying the query so the
    document marks it."""
    args = {"q": query} if query.strip() else {}
    if (page := doc_page_of(hit["para"])) > 1:
        args["page"] = page
    return url_for("pages.doc_page", doc_id=hit["doc_id"], **args) + f"#p{hit['para']}"


# A document page shows this many paragraphs: paragraphs 1-500 on page 1, 501-1000 on page 2...,
# so any paragraph's page follows from its number (a 26,520-paragraph page took 8 s and 54 MB).
# A `#p<para>` link to another page is sent there by static/app.js.
DOC_PAGE_PARAS = 500


def doc_page_of(para: int) -> int:
    return max(1, (int(para) - 1) // DOC_PAGE_PARAS + 1)


def facet_label(name: str, value: str) -> str:
    """A facet value's label in the interface language (kb/facets.py)."""
    return facets.label(name, value, g.get("lang", "zh"), kb().documents())


@bp.route("/api/search")
def api_search():
    return jsonify(run_search(_int("limit", 10, 1, 100), _int("offset", 0, 0, 10_000)))


def doc_json(doc_id: str) -> Response:
    """The document and every measure with its citation, as CONTRACT.md says, streamed a measure
    at a time: a 26,520-paragraph document is never held whole in the server's memory."""
    meta = kb().documents().get(doc_id)
    if meta is None:
        abort(404)
    dumps = current_app.json.dumps
    head = dumps({k: v for k, v in meta.items() if k != "measures"})

    def parts():
        yield head[:-1] + (", " if len(head) > 2 else "") + '"measures": ['
        for i, m in enumerate(kb().cited_measures(doc_id, base_url=site_root())):
            yield ("," if i else "") + dumps(m)
        yield "]}\n"

    return Response(stream_with_context(parts()), mimetype="application/json")


@bp.route("/api/doc/<doc_id>")
def api_doc(doc_id):
    return doc_json(doc_id)


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


@bp.route("/doc/<doc_id>")
def doc_page(doc_id):
    """The document, light: text, tags and anchors; citations and related measures on demand."""
    if request.args.get("format") == "json":
        return doc_json(doc_id)
    q = request.args.get("q", "")[:500]
    page = _int("page", 1, 1, 1_000_000)
    doc = kb().document_text(
        doc_id, mark=q, paras=((page - 1) * DOC_PAGE_PARAS + 1, page * DOC_PAGE_PARAS)
    )
    if doc is None:
        abort(404)
    light = [{"para": para, "section": section} for para, section in kb().sections(doc_id)]
    pages = doc_page_of(light[-1]["para"]) if light else 1
    if page > pages:
        raise BadQuery(f"page: must be from 1 to {pages}")
    outline = outline_of(light)  # the whole document's, on every page
    opened = {x["para"]: x["new_headings"] for x in light}
    for m in doc["measures"]:
        chip_view(m)
        m["marked"] = Markup(m["marked"]) if m.get("marked") else None
        m["new_headings"] = opened.get(m["para"], [])
    shown = set(opened) if pages == 1 else {m["para"] for m in doc["measures"]}
    for o in outline:
        o["href"] = (
            f"#p{o['para']}"
            if o["para"] in shown
            else url_for(
                "pages.doc_page",
                doc_id=doc_id,
                page=doc_page_of(o["para"]),
                **({"q": q} if q else {}),
            )
            + f"#p{o['para']}"
        )

    def page_url(k: int) -> str:
        return url_for(
            "pages.doc_page",
            doc_id=doc_id,
            **({"page": k} if k > 1 else {}),
            **({"q": q} if q else {}),
        )

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
    return render_template(
        "doc.html",
        doc=doc,
        outline=outline,
        query=q,
        n_measures=len(light),
        pager=pager,
        cite_base=url_for("pages.measure_page", measure_id=""),
        genre_label=facet_label("genre", doc.get("genre") or "other"),
        **chrome(),
    )


DOC_COLUMNS = ("title", "issuer", "date", "genre", "city", "measures")
DESC_FIRST = ("date", "measures")  # newest and longest first on the first click


def docs_view() -> dict:
    """The document table: rows sorted by ?sort=<column>&order=asc|desc, empty cells always last,
    each header carrying the URL that sorts by it (the other way round when it is the sort)."""
    sort = request.args.get("sort") or "date"
    if sort not in DOC_COLUMNS:
        raise BadQuery(f"sort: must be one of {', '.join(DOC_COLUMNS)}")
    order = request.args.get("order") or ("desc" if sort in DESC_FIRST else "asc")
    if order not in ("asc", "desc"):
        raise BadQuery("order: must be 'asc' or 'desc'")
    lang = g.get("lang", "zh")
    rows = []
    for d in kb().document_list():
        rows.append(
            {
                **d,
                "url": url_for("pages.doc_page", doc_id=d["doc_id"]),
                "search_url": url_for("pages.search_page", doc=d["doc_id"], sort="order"),
                "genre_label": facet_label("genre", d["genre"] or "other"),
                "city_label": gazetteer.label(d["city"], lang) if d["city"] else "",
            }
        )

    def key(row):
        value = (
            row["genre_label"]
            if sort == "genre"
            else row["city_label"]
            if sort == "city"
            else row[sort]
        )
        return (value in (None, ""), value if sort == "measures" else str(value or "").lower())

    rows.sort(key=key, reverse=order == "desc")
    rows.sort(key=lambda row: key(row)[0])  # empty cells last in either order (the sort is stable)
    t = strings()
    columns = [
        {
            "key": c,
            "label": t["measures" if c == "measures" else "doc_title" if c == "title" else c],
            "sorted": order if c == sort else None,
            "url": url_for(
                "pages.docs_page",
                sort=c,
                order=("asc" if order == "desc" else "desc")
                if c == sort
                else ("desc" if c in DESC_FIRST else "asc"),
            ),
        }
        for c in DOC_COLUMNS
    ]
    return {"rows": rows, "columns": columns, "sort": sort, "order": order}


@bp.route("/api/docs")
def api_docs():
    return jsonify(kb().document_list())


@bp.route("/docs")
def docs_page():
    if request.args.get("format") == "json":
        return jsonify(kb().document_list())
    return render_template("docs.html", d=docs_view(), **chrome())


def measure_data(measure_id: str) -> dict:
    m = kb().measure(measure_id, base_url=site_root())
    if m is None:
        abort(404)
    m["related"] = kb().related(measure_id)
    return m


@bp.route("/api/measure/<path:measure_id>")
def api_measure(measure_id):
    return jsonify(measure_data(measure_id))


@bp.route("/measure/<path:measure_id>")
def measure_page(measure_id):
    """One measure with its citations, the evidence for its tags and related measures; with
    `?fragment=1` only the panel, which the document page fetches when a reader asks to cite."""
    m = measure_data(measure_id)
    if request.args.get("format") == "json":
        return jsonify(m)
    chip_view(m)
    doc = kb().documents().get(m["doc_id"], {})
    template = "_measure_panel.html" if request.args.get("fragment") else "measure.html"
    return render_template(template, item=m, doc=doc, **chrome())


def matrix_data() -> dict:
    m = kb().matrix()
    lang = g.get("lang", "zh")
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
                    "url": "/search?" + urlencode({"city": c, "theme": t}),
                }
            )
        rows.append({"city": c, "label": gazetteer.label(c, lang), "cells": cells})
    return {**m, "rows": rows, "theme_labels": [theme_label(t, lang) for t in THEMES]}


@bp.route("/api/matrix")
def api_matrix():
    m = kb().matrix()
    return jsonify(m)


@bp.route("/matrix")
def matrix_page():
    if request.args.get("format") == "json":
        return jsonify(kb().matrix())
    return render_template("matrix.html", m=matrix_data(), **chrome())


@bp.route("/matrix.csv")
def matrix_csv():
    m = matrix_data()
    rows = ([row["city"], row["label"]] + [c["count"] for c in row["cells"]] for row in m["rows"])
    return csv_response(["city", "label", *THEMES], rows, "matrix.csv")


@bp.route("/matrix.svg")
def matrix_svg():
    resp = make_response(render_template("matrix.svg", m=matrix_data(), **chrome()))
    resp.mimetype = "image/svg+xml"
    resp.headers["Content-Disposition"] = "attachment; filename=matrix.svg"
    return resp


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
    lang = g.get("lang", "zh")
    doc = kb().documents().get(hit["doc_id"], {})
    row = {
        **hit,
        **hit["citation"],
        "issuer": doc.get("issuer") or "",
        "year": facets.year_of(doc.get("date")) or "",
        "genre": doc.get("genre") or "",
        "genre_label": facet_label("genre", doc.get("genre") or "other"),
        "kind_label": kind_label(hit.get("kind", "")),
        "theme_labels": [theme_label(t, lang) for t in hit["themes"]],
        "city_labels": [gazetteer.label(c, lang) for c in hit["cities"]],
        "url": site_root().rstrip("/") + hit["url"],
    }
    return [";".join(v) if isinstance(v := row.get(f, ""), list) else v for f in EXPORT_FIELDS]


# The most rows one export gives (stated in the README and in the X-Export-Rows header): the
# search behind it ranks and loads that many measures in one pass, about a second a thousand.
EXPORT_MAX_ROWS = 5000


@bp.route("/export.csv")
def export_csv():
    """Every hit of a search, up to EXPORT_MAX_ROWS, with every field and its citation, streamed."""
    f = _filters()
    r = kb().search(
        request.args.get("q", ""),
        limit=EXPORT_MAX_ROWS,
        max_limit=EXPORT_MAX_ROWS,
        sort=request.args.get("sort", "relevance"),
        base_url=site_root(),
        highlight_terms=False,
        collapse=False,
        **f,
    )
    headers = {
        "X-Export-Rows": str(len(r["hits"])),
        "X-Export-Total": str(r["total"]),
        "X-Export-Max-Rows": str(EXPORT_MAX_ROWS),
    }
    return csv_response(EXPORT_FIELDS, (export_row(h) for h in r["hits"]), "export.csv", headers)
