"""The search as a resource: one dict, the search result object of CONTRACT.md with each hit
decorated, rendered as the search page, its JSON twins (/search.json, /api/search) or the CSV
export; `kb search` runs the same code."""

from __future__ import annotations

import math
import threading

from flask import jsonify, request, url_for

from kb import cite, facets, gazetteer, query
from kb.facets import FACETS, SORTS
from kb.search import MAX_LIMIT, MAX_OFFSET
from kb.themes import label as theme_label
from kb.web import kb, pages
from kb.web.chrome import lang, strings
from kb.web.csv_out import csv_response
from kb.web.labels import chip_view, facet_label, kind_label
from kb.web.params import clean_args, date_range, filters, whole_number
from kb.web.present import decorate, measure_url
from kb.web.render import respond

PER_PAGE = 10
EXAMPLES = [
    "数字经济",
    "宁波 港口",
    "digital economy",
    "hangzhouwan",
    '"电子商务"',
    "医保 city:ningbo",
]


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
        request.args.get("q", ""),
        per,
        offset,
        request.args.get("sort", "relevance"),
        filters(),
        **date_range(),
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
    docs = kb().documents()
    for h in r["hits"]:
        chip_view(h)
        h["doc_url"] = hit_doc_url(h, r["query"])
        for x in (h, *h.get("also_in", ())):  # a title is set in its document's language
            x["doc_lang"] = docs.get(x["doc_id"], {}).get("lang")
    for s in r.get("suggestions", []):
        s["url"] = search_url(q=s["query"])
    alternatives = [{**a, "url": search_url(q=a["query"])} for a in r.get("alternatives", [])]
    listed = r["total"] + r["partial_total"]  # the full matches, then the partial ones
    pages = max(1, math.ceil(listed / per))
    selected = filters()
    t = strings()

    def chip_label(f, value: str) -> str:  # "城市：宁波", "City: Ningbo"
        return f"{t[f.param] if f.param in t else f.name}{t.colon}{facet_label(f.name, value)}"

    chips = [
        {
            "label": chip_label(f, v),
            "url": search_url(**{f.param: [x for x in vals if x != v]}),
        }
        for f in FACETS
        for vals in [selected[f.name]]
        for v in vals
    ]
    # the filters and exclusions typed in the box, each removable from the query
    for part in query.parts(r["query"]):
        if part["kind"] == "filter":
            label = chip_label(facets.BY_NAME[part["name"]], part["value"])
        else:
            label = f"{t['excluded']}{t.colon}{part['value']}"
        chips.append({"label": label, "url": search_url(q=part["without"]), "kind": part["kind"]})
    for bound in ("from", "to"):
        if value := (r.get("date_range") or {}).get(bound):
            label = f"{t['date_' + bound]}: {value}"
            chips.append({"label": label, "url": search_url(**{bound: None}), "kind": "range"})
    words = r["query"].split()
    drop_words = (
        [{"word": w, "url": search_url(q=" ".join(x for x in words if x != w))} for w in words]
        if len(words) > 1
        else []
    )
    past_end = listed > 0 and not r["hits"] and page > pages
    fresh = not r["query"] and not chips and page == 1 and not request.args.get("sort")
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
        "alternatives": alternatives,
        "examples": [{"q": e, "url": url_for("ui.search", q=e)} for e in EXAMPLES]
        if not r["query"] and not chips
        else [],
        "clear_url": url_for("ui.search", q=_plain(request.args.get("q", ""))),
        "overview": corpus_overview(r) if fresh else None,
    }


OVERVIEW_SHOWN = 12  # cities named on the empty search page; the matrix has them all


def corpus_overview(r: dict) -> dict:
    """What the corpus holds, for a search page with no query and no filter: documents and
    measures, then languages, cities, years and themes from the search's own facets (counts of
    measures), each a link to its search."""

    def values(name: str, by_value: bool = False) -> list[dict]:
        counts = r["facets"].get(name, {})
        order = sorted(counts, reverse=True) if by_value else list(counts)  # facets: most first
        param = facets.BY_NAME[name].param
        return [
            {
                "label": facet_label(name, v),
                "count": counts[v],
                "url": url_for("ui.search", **{param: v}),
            }
            for v in order
            if v
        ]

    years = values("year", by_value=True)
    cities = values("city")
    return {
        "documents": len(kb().documents()),
        "measures": r["total"],
        "langs": values("lang"),
        "n_cities": len(cities),
        "cities": cities[:OVERVIEW_SHOWN],
        "years": years,
        "span": f"{years[-1]['label']}–{years[0]['label']}" if len(years) > 1 else "",
        "themes": values("theme"),
    }


def _plain(q: str) -> str:
    """The query without the filters and exclusions typed in it."""
    while found := query.parts(q):
        q = found[0]["without"]
    return q


def hit_doc_url(hit: dict, query: str) -> str:
    """The hit's paragraph in its document (on its page of a long one), carrying the query so the
    document marks it."""
    args = {"q": query} if query.strip() else {}
    if (page := pages.doc_page_of(hit["para"])) > 1:
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
    docs = kb().documents()
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
                    # a document's title is set in its own language
                    "lang": docs.get(v, {}).get("lang") if facet.name == "doc" else None,
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
    "partial",
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
    row["partial"] = "true" if hit.get("partial") else "false"
    return [";".join(v) if isinstance(v := row.get(f, ""), list) else v for f in EXPORT_FIELDS]


# The most rows one export gives (stated in the README and in the X-Export-Rows header): the
# search behind it ranks and loads that many measures in one pass, about a second a thousand.
EXPORT_MAX_ROWS = 5000


# Exports running at once (each up to EXPORT_MAX_ROWS rows with four citations a row): more are
# refused with 503 and Retry-After, so that exports never take every server thread from searches.
EXPORTS_AT_ONCE = 2
_exports = threading.BoundedSemaphore(EXPORTS_AT_ONCE)


def export_csv():
    """/export.csv and /search.csv: every hit of a search, up to EXPORT_MAX_ROWS, with every field
    and its citation, streamed: the full matches, then the partial ones (column `partial`)."""
    if not _exports.acquire(blocking=False):
        out = jsonify(
            {
                "ok": False,
                "error": f"{EXPORTS_AT_ONCE} exports are running; try again in a moment",
                "status": 503,
            }
        )
        out.status_code, out.headers["Retry-After"] = 503, "5"
        return out
    released = threading.Lock()

    def release() -> None:  # once: when the last row is out, or when the client went away
        if released.acquire(blocking=False):
            _exports.release()

    try:
        out = _export()
    except BaseException:
        release()
        raise
    out.response = _then(out.response, release)
    out.call_on_close(release)
    return out


def _then(rows, done):
    try:
        yield from rows
    finally:
        done()


def _export():
    r = search_result(
        request.args.get("q", ""),
        EXPORT_MAX_ROWS,
        0,
        request.args.get("sort", "relevance"),
        filters(),
        max_limit=EXPORT_MAX_ROWS,
        highlight_terms=False,
        collapse=False,
        **date_range(),
    )
    headers = {
        "X-Export-Rows": str(len(r["hits"])),
        "X-Export-Total": str(r["total"]),  # full matches; the partial ones follow, marked
        "X-Export-Partial": str(r["partial_total"]),
        "X-Export-Max-Rows": str(EXPORT_MAX_ROWS),
    }
    return csv_response(EXPORT_FIELDS, (export_row(h) for h in r["hits"]), "export.csv", headers)
