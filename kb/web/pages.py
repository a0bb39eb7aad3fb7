"""Views: each builds one plain dict with the search layer, then renders it as HTML or JSON."""

from __future__ import annotations

import csv
import io
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
)

from kb import data_files, gazetteer
from kb.errors import BadQuery
from kb.search import KB
from kb.themes import THEMES
from kb.themes import label as theme_label

bp = Blueprint("pages", __name__)
PER_PAGE = 10
_KBS: dict[str, KB] = {}
EXAMPLES = ["数字经济", "宁波 港口", "digital economy", "hangzhouwan", "\"电子商务\"", "医保 city:ningbo"]


def kb() -> KB:
    path = current_app.config["INDEX"]
    if path not in _KBS:
        _KBS[path] = KB(path)
    return _KBS[path]


def init_app(app) -> None:
    app.register_blueprint(bp)

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


def strings() -> dict:
    return data_files.toml("i18n.toml")[g.get("lang", "zh")]


def chrome() -> dict:
    """What every page template needs: language, strings, a switch link."""
    lang = g.get("lang", "zh")
    args = request.args.to_dict(flat=False)
    if len(request.query_string) > 2048:  # an oversized request is not echoed back in every link
        args = {}
    args["lang"] = ["en" if lang == "zh" else "zh"]
    return {"lang": lang, "t": strings(), "switch_url": request.path + "?" + urlencode(args, doseq=True)}


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


def _filters() -> dict[str, list[str]]:
    return {f: [v for v in request.args.getlist(f) if v] for f in ("city", "theme", "doc", "kind", "lang_filter")}


def city_label(cid: str) -> str:
    return gazetteer.label(cid, g.get("lang", "zh"))


def site_root() -> str:
    """The root of this site as the client asked for it, for the absolute URLs of citations."""
    return request.url_root


def run_search(limit: int, offset: int) -> dict:
    f = _filters()
    return kb().search(request.args.get("q", ""), city=f["city"], theme=f["theme"], doc=f["doc"],
                       kind=f["kind"], lang=f["lang_filter"], limit=limit, offset=offset,
                       sort=request.args.get("sort", "relevance"), base_url=site_root())


def _url(**changes) -> str:
    args = request.args.to_dict(flat=False)
    for k, v in changes.items():
        if v is None:
            args.pop(k, None)
        else:
            args[k] = v if isinstance(v, list) else [v]
    if "page" not in changes:
        args.pop("page", None)
    return "/search?" + urlencode(args, doseq=True)


def facet_view(result: dict) -> list[dict]:
    """Facets as data: label, count, selected and the URL that toggles each value."""
    docs = kb().documents()
    labels = {"city": city_label, "theme": lambda t: theme_label(t, g.lang),
              "doc": lambda d: docs.get(d, {}).get("title", d),
              "kind": lambda k: data_files.toml("i18n.toml")["kinds"][g.lang].get(k, k)}
    out = []
    for field in ("city", "theme", "doc", "kind"):
        selected = request.args.getlist(field)
        counts = dict(result["facets"].get(field, {}))
        for v in selected:
            counts.setdefault(v, 0)
        values = []
        for v, n in counts.items():
            on = v in selected
            new = [x for x in selected if x != v] if on else selected + [v]
            values.append({"value": v, "label": labels[field](v), "count": n, "count_text": f"{n:,}",
                           "selected": on, "toggle_url": _url(**{field: new})})
        values.sort(key=lambda x: (not x["selected"], -x["count"]))
        out.append({"field": field, "title": strings()[field], "values": values[:30]})
    return out


def decorate(hit: dict) -> dict:
    lang = g.get("lang", "zh")
    ev = hit.get("evidence", {})
    hit["theme_chips"] = [{"id": t, "label": theme_label(t, lang),
                           "evidence": "、".join(ev.get("themes", {}).get(t, []))} for t in hit["themes"]]
    hit["city_chips"] = [{"id": c, "label": gazetteer.label(c, lang),
                          "evidence": "、".join(ev.get("cities", {}).get(c, []))} for c in hit["cities"]]
    return hit


@bp.route("/")
@bp.route("/search")
def search_page():
    page = _int("page", 1, 1, 1000)
    per = _int("limit", PER_PAGE, 1, 100)
    result = run_search(per, (page - 1) * per)
    if request.args.get("format") == "json":
        return jsonify(result)
    for h in result["hits"]:
        decorate(h)
    pages = max(1, math.ceil(result["total"] / per))
    chips = [{"label": f"{strings()[f] if f in ('city', 'theme', 'doc', 'kind') else f}: "
                       f"{facet_label(f, v)}", "url": _url(**{f: [x for x in request.args.getlist(f) if x != v]})}
             for f in ("city", "theme", "doc", "kind") for v in request.args.getlist(f)]
    words = result["query"].split()
    drop_words = [{"word": w, "url": _url(q=" ".join(x for x in words if x != w))} for w in words] \
        if len(words) > 1 else []
    return render_template(
        "search.html", r=result, facets=facet_view(result), chips=chips, page=page, pages=pages,
        prev_url=_url(page=str(page - 1)) if page > 1 else None,
        next_url=_url(page=str(page + 1)) if page < pages else None,
        sort_urls={"relevance": _url(sort="relevance"), "order": _url(sort="order")},
        export_url="/export.csv?" + request.query_string.decode("latin-1"),
        drop_words=drop_words, examples=[{"q": e, "url": "/search?" + urlencode({"q": e})} for e in EXAMPLES],
        clear_url="/search?" + urlencode({"q": request.args.get("q", "")}), **chrome())


def facet_label(field: str, value: str) -> str:
    if field == "city":
        return city_label(value)
    if field == "theme":
        return theme_label(value, g.lang)
    if field == "doc":
        return kb().documents().get(value, {}).get("title", value)
    return value


@bp.route("/api/search")
def api_search():
    return jsonify(run_search(_int("limit", 10, 1, 100), _int("offset", 0, 0, 10_000)))


def doc_data(doc_id: str) -> dict:
    doc = kb().document(doc_id, base_url=site_root())
    if doc is None:
        abort(404)
    return doc


@bp.route("/api/doc/<doc_id>")
def api_doc(doc_id):
    return jsonify(doc_data(doc_id))


@bp.route("/doc/<doc_id>")
def doc_page(doc_id):
    doc = doc_data(doc_id)
    if request.args.get("format") == "json":
        return jsonify(doc)
    outline, seen = [], set()
    for m in doc["measures"]:
        decorate(m)
        if m["section"] and m["section"] not in seen:
            seen.add(m["section"])
            outline.append({"section": m["section"].split(" › ")[-1], "depth": m["section"].count("›"),
                            "para": m["para"]})
        m["show_section"] = m["section"] if m["section"] in seen and outline and outline[-1]["para"] == m["para"] else ""
    related = {m["id"]: kb().related(m["id"], 3) for m in doc["measures"]} if len(doc["measures"]) <= 400 else {}
    return render_template("doc.html", doc=doc, outline=outline, related=related, **chrome())


@bp.route("/api/measure/<path:measure_id>")
def api_measure(measure_id):
    m = kb().measure(measure_id, base_url=site_root())
    if m is None:
        abort(404)
    m["related"] = kb().related(measure_id)
    return jsonify(m)


def matrix_data() -> dict:
    m = kb().matrix()
    lang = g.get("lang", "zh")
    peak = max((v for row in m["counts"].values() for v in row.values()), default=0) or 1
    rows = []
    for c in m["cities"]:
        cells = []
        for t in THEMES:
            n = m["counts"][c][t]
            cells.append({"theme": t, "count": n, "level": math.ceil(4 * n / peak) if n else 0,
                          "url": "/search?" + urlencode({"city": c, "theme": t})})
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
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["city", "label"] + list(THEMES))
    for row in m["rows"]:
        w.writerow([row["city"], row["label"]] + [c["count"] for c in row["cells"]])
    return _csv(buf.getvalue(), "matrix.csv")


@bp.route("/matrix.svg")
def matrix_svg():
    resp = make_response(render_template("matrix.svg", m=matrix_data(), **chrome()))
    resp.mimetype = "image/svg+xml"
    resp.headers["Content-Disposition"] = "attachment; filename=matrix.svg"
    return resp


def _csv(text: str, name: str) -> Response:
    resp = Response("\ufeff" + text, mimetype="text/csv")
    resp.headers["Content-Disposition"] = f"attachment; filename={name}"
    return resp


@bp.route("/export.csv")
def export_csv():
    """Every hit of a search (up to 10,000), with every field and its citation."""
    fields = ["id", "doc_id", "doc_title", "para", "section", "kind", "lang", "themes", "cities",
              "score", "text", "gbt7714", "apa", "bibtex", "url"]
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(fields)
    offset = 0
    while offset < 10_000:
        r = run_search(100, offset)
        for h in r["hits"]:
            h.update(h["citation"])
            w.writerow([";".join(h[f]) if isinstance(h.get(f), list) else h.get(f, "") for f in fields])
        offset += 100
        if offset >= r["total"]:
            break
    return _csv(buf.getvalue(), "export.csv")

