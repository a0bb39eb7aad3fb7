"""`kb eval`: scores paragraphs, tags and search against gold files (see shared/eval/README.md)."""

from __future__ import annotations

import json
import math
import unicodedata
from collections import defaultdict
from pathlib import Path

from kb import gazetteer
from kb.errors import UnreadableFile
from kb.ingest import doc_id_for
from kb.search import KB
from kb.themes import THEMES, explain


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s or "").casefold()
    return "".join(c for c in s if c.isalnum())


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def _city_id(name: str) -> str:
    return gazetteer.city_id(name)


def score_units(units: list[dict], kb: KB) -> dict:
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for m in kb.measures():
        m["_norm"] = norm(m["text"])
        by_doc[m["doc_id"]].append(m)
    contained = agreed = 0
    theme_counts = {t: [0, 0, 0] for t in THEMES}
    lang_counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    theme_misses = []
    exp = [0, 0, 0]
    imp_found = imp_total = 0
    misses = []
    for u in units:
        doc = doc_id_for(Path(u["doc"]))
        snippet = norm(u["snippet"])
        found = [m for m in by_doc.get(doc, []) if snippet in m["_norm"]]
        if len(found) != 1:
            misses.append({"id": u["id"], "problem": f"snippet found in {len(found)} measures"})
            continue
        contained += 1
        m = found[0]
        gold_text = norm(u["text"])
        a, b = m["_norm"], gold_text
        if (a in b or b in a) and abs(len(a) - len(b)) <= 0.15 * max(len(a), len(b)):
            agreed += 1
        else:
            misses.append(
                {
                    "id": u["id"],
                    "problem": f"paragraph differs (measure {m['id']}, {len(a)} vs {len(b)} chars)",
                }
            )
        gold, optional, pred = (
            set(u["themes"]),
            set(u.get("themes_optional") or []),
            set(m["themes"]),
        )
        lc = lang_counts[m.get("lang", "zh")]
        for t in THEMES:
            if t in optional:
                continue
            c = theme_counts[t]
            if t in pred and t in gold:
                c[0] += 1
                lc[0] += 1
            elif t in pred or t in gold:
                given = t in pred
                c[1 if given else 2] += 1
                lc[1 if given else 2] += 1
                theme_misses.append(_theme_miss(u["id"], m, t, given))
        explicit = {_city_id(c) for c in u.get("cities_explicit") or []}
        implicit = {_city_id(c) for c in u.get("cities_implicit") or []}
        opt = {_city_id(c) for c in u.get("cities_optional") or []}
        cities = set(m["cities"])
        exp[0] += len(cities & explicit)
        fps = cities - explicit - implicit - opt
        exp[1] += len(fps)
        fns = explicit - cities
        exp[2] += len(fns)
        imp_total += len(implicit)
        imp_found += len(implicit & cities)
        for c in sorted(fps):
            misses.append({"id": u["id"], "problem": f"city {c} given, not in gold ({m['id']})"})
        for c in sorted(fns | (implicit - cities)):
            misses.append({"id": u["id"], "problem": f"city {c} missed ({m['id']})"})
    micro = [sum(c[i] for c in theme_counts.values()) for i in range(3)]
    # the worst first: a theme given with the most confidence, or missed with the least score
    theme_misses.sort(key=lambda x: -x["score"] if x["given"] else x["score"])
    return {
        "units": len(units),
        "containment": contained,
        "paragraph_agreement": agreed,
        "themes": {"micro": _prf(*micro), **{t: _prf(*c) for t, c in theme_counts.items()}},
        "themes_by_language": {lang: _prf(*c) for lang, c in sorted(lang_counts.items())},
        "theme_misses": theme_misses,
        "cities": {
            "explicit": _prf(*exp),
            "implicit_recall": round(imp_found / imp_total, 4) if imp_total else 1.0,
            "implicit_found": imp_found,
            "implicit_total": imp_total,
        },
        "misses": misses,
    }


def _snippet_misses(queries: list[dict], kb: KB) -> tuple[int, list[dict]]:
    """Gold snippets not in exactly one paragraph of the index: such a snippet can never be
    credited (or is credited to the wrong paragraph), so a judging or ingest error would silently
    read as a search miss."""
    texts = [norm(m["text"]) for m in kb.measures()]
    total, misses = 0, []
    for q in queries:
        for s in dict.fromkeys(q.get("relevant", []) + q.get("highly_relevant", [])):
            total += 1
            found = sum(1 for t in texts if norm(s) in t)
            if found != 1:
                misses.append({"query": q["query"], "snippet": s, "found": found})
    return total, misses


def _theme_miss(unit_id: str, m: dict, theme: str, given: bool) -> dict:
    """A theme given against the gold or missed, with the words that weighed for it: those the
    index kept for a given theme, the tagger's account of the measure for a missed one."""
    if given:
        evidence = (m.get("evidence") or {}).get("themes", {}).get(theme, [])
    else:
        evidence = explain(
            m["text"], m["section"], m["lang"], m["kind"], m.get("doc_title", "")
        ).get(theme, [])
    return {
        "id": unit_id,
        "measure": m["id"],
        "theme": theme,
        "given": given,
        "score": float((m.get("theme_scores") or {}).get(theme, 0.0)),
        "evidence": evidence,
        "text": m["text"][:80],
    }


def score_queries(queries: list[dict], kb: KB) -> dict:
    per_lang: dict[str, list[dict]] = defaultdict(list)
    rows = []
    snippets, snippet_misses = _snippet_misses(queries, kb)
    for q in queries:
        high = [norm(s) for s in q.get("highly_relevant", [])]
        rel = [norm(s) for s in q.get("relevant", [])]
        others = [s for s in rel if s not in high]
        res = kb.search(q["query"], limit=10)
        credited: set[str] = set()
        gains = []
        for h in res["hits"]:
            text = norm(h["text"])
            g = 0
            for s in high:
                if s in text and s not in credited:
                    g = 2
                    credited.add(s)
                    break
            if not g:
                for s in others:
                    if s in text and s not in credited:
                        g = 1
                        credited.add(s)
                        break
            gains.append(g)
        ideal = sorted([2] * len(high) + [1] * len(others), reverse=True)[:10]
        dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
        idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
        found = {s for s in high + others if any(s in norm(h["text"]) for h in res["hits"])}
        allrel = set(high + others)
        rr = next((1 / (i + 1) for i, g in enumerate(gains) if g), 0.0)
        row = {
            "query": q["query"],
            "lang": q.get("lang", "?"),
            "ndcg@10": round(dcg / idcg, 4) if idcg else 0.0,
            "recall@10": round(len(found) / len(allrel), 4) if allrel else 0.0,
            "rr": round(rr, 4),
            "total": res["total"],
        }
        rows.append(row)
        per_lang[row["lang"]].append(row)
    summary = {
        lang: {k: round(sum(r[k] for r in rs) / len(rs), 4) for k in ("ndcg@10", "recall@10", "rr")}
        | {"queries": len(rs)}
        for lang, rs in per_lang.items()
    }
    return {
        "per_language": summary,
        "queries": sorted(rows, key=lambda r: r["ndcg@10"]),
        "snippets": snippets,
        "snippet_misses": snippet_misses,
    }


META_FIELDS = ("title", "issuer", "date", "genre", "doc_type", "city", "lang")


def _meta_value(field: str, value):
    if value is None:
        return None
    if field in ("title", "issuer"):
        return norm(str(value))
    if field == "doc_type":
        return str(value).upper().removesuffix("/OL")
    return str(value)


def score_meta(gold: list[dict], kb: KB) -> dict:
    """Accuracy per metadata field over documents (eval/README.md, "eval/meta/*.json")."""
    docs = kb.documents()
    counts = {f: [0, 0] for f in META_FIELDS}
    misses = []
    for g in gold:
        doc_id = doc_id_for(Path(g["doc"]))
        got = docs.get(doc_id)
        for field in META_FIELDS:
            if field not in g:
                continue
            counts[field][1] += 1
            wanted = g[field] if isinstance(g[field], list) else [g[field]]
            value = got.get(field) if got else None
            if got is not None and _meta_value(field, value) in {
                _meta_value(field, w) for w in wanted
            }:
                counts[field][0] += 1
            else:
                shown = "document not in the index" if got is None else f"{value!r}"
                misses.append({"id": doc_id, "problem": f"{field} {shown}, gold {wanted[0]!r}"})
    return {
        "documents": len(gold),
        "fields": {
            f: {"accuracy": round(r / n, 4) if n else 1.0, "right": r, "scored": n}
            for f, (r, n) in counts.items()
        },
        "misses": misses,
    }


def evaluate(files: list[Path], index_dir: Path) -> dict:
    kb = KB(index_dir)
    report = {}
    for f in files:
        items = gold_items(Path(f))
        if "snippet" in items[0]:
            report["tagging"] = score_units(items, kb)
        elif "query" in items[0]:
            report["search"] = score_queries(items, kb)
        else:
            report["metadata"] = score_meta(items, kb)
    return report


def gold_items(path: Path) -> list[dict]:
    """The units, queries or documents of a gold file, or one line saying why the file is none."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except OSError as e:
        raise UnreadableFile(path, e.strerror or "cannot be read") from None
    except (UnicodeDecodeError, ValueError) as e:
        raise UnreadableFile(path, f"not JSON ({e})") from None
    items = (
        data
        if isinstance(data, list)
        else (data.get("units") or data.get("queries") or data.get("documents") or [])
        if isinstance(data, dict)
        else []
    )
    first = items[0] if items and isinstance(items[0], dict) else {}
    if not any(k in first for k in ("snippet", "query", "doc")):
        raise UnreadableFile(path, "no gold units, queries or documents (see eval/README.md)")
    return items


def _render_theme_miss(x: dict) -> str:
    what = "given" if x["given"] else "missed"
    words = ", ".join(x["evidence"]) or "no evidence"
    return (
        f"  {x['id']}: {x['theme']} {what} (score {x['score']:.1f}: {words}) "
        f"{x['measure']} «{x['text']}»"
    )


def render(report: dict, misses: int = 20) -> str:
    lines = []
    t = report.get("tagging")
    if t:
        lines.append(
            f"paragraphs: containment {t['containment']}/{t['units']}, "
            f"agreement {t['paragraph_agreement']}/{t['units']}"
        )
        lines.append("themes          precision  recall     f1    tp   fp   fn")
        rows = [*t["themes"].items()]
        rows += [(f"micro {lang}", v) for lang, v in t.get("themes_by_language", {}).items()]
        for k, v in rows:
            lines.append(
                f"  {k:<14}{v['precision']:>8.3f}{v['recall']:>9.3f}{v['f1']:>8.3f}"
                f"{v['tp']:>6}{v['fp']:>5}{v['fn']:>5}"
            )
        e = t["cities"]["explicit"]
        lines.append(
            f"cities explicit: precision {e['precision']:.3f} recall {e['recall']:.3f} "
            f"f1 {e['f1']:.3f}; implicit recall {t['cities']['implicit_recall']:.3f} "
            f"({t['cities']['implicit_found']}/{t['cities']['implicit_total']})"
        )
        if t["theme_misses"]:
            lines.append(f"worst theme misses ({len(t['theme_misses'])}):")
            lines.extend(_render_theme_miss(x) for x in t["theme_misses"][:misses])
        if t["misses"]:
            lines.append("other misses:")
            lines.extend(f"  {m['id']}: {m['problem']}" for m in t["misses"][:15])
    md = report.get("metadata")
    if md:
        lines.append(f"metadata      accuracy   ({md['documents']} documents)")
        for f, v in md["fields"].items():
            if v["scored"]:
                lines.append(f"  {f:<12}{v['accuracy']:>8.3f}   {v['right']}/{v['scored']}")
        if md["misses"]:
            lines.append("metadata misses:")
            lines.extend(f"  {m['id']}: {m['problem']}" for m in md["misses"][:20])
    s = report.get("search")
    if s:
        lines.append("search        nDCG@10  recall@10   MRR   queries")
        for lang, v in sorted(s["per_language"].items()):
            lines.append(
                f"  {lang:<10}{v['ndcg@10']:>9.3f}{v['recall@10']:>10.3f}"
                f"{v['rr']:>7.3f}{v['queries']:>6}"
            )
        lines.append(
            f"snippets: {s['snippets']}, not in exactly one paragraph: {len(s['snippet_misses'])}"
        )
        lines.extend(
            f"  {m['query']!r}: {m['snippet']!r} in {m['found']} paragraphs"
            for m in s["snippet_misses"][:10]
        )
        lines.append("weakest queries:")
        lines.extend(
            f"  {r['query']!r} ({r['lang']}): "
            f"nDCG@10 {r['ndcg@10']:.3f}, recall {r['recall@10']:.3f}"
            for r in s["queries"][:6]
        )
    return "\n".join(lines)
