"""Issue 18's untried option, measured: a small trained model (one-vs-rest logistic regression
over jieba words or English stems and the lexicon tagger's own per-theme scores) beside the
lexicon, scored by cross-validation grouped by document (5 folds, per language, theme micro-F1
with `themes_optional` counting neither way, as `kb eval` does) against the lexicon alone on the
same folds.

Every labelled paragraph is used: the seeds' development gold, `eval/en/{dev,heldout}`,
`eval/zh/heldout` and `eval/real/{zh,en}/{dev,heldout}` (about 1,700 paragraphs). Each set is
ingested into an index of its own (`--workers 1`) and each unit is matched to the one measure
whose text holds its snippet, as `kb/evaluate.py` does; a unit found in no measure or in several
is left out.

    pip install scikit-learn          # a dev tool's extra: nothing at runtime needs it
    python -m benchmarks.theme_model [--indexes /tmp/theme-model] [--reingest] [--grid]
    python -m benchmarks.theme_model --write   # kb/data/theme_model_en.json
    python -m benchmarks.theme_model --lang zh --write   # a Chinese model (not shipped: README)

The features are kb.theme_model.features, the runtime's own, and every fold's model is scored as
the runtime scores it (its weights pruned as the file's, a dot product and a sigmoid in
kb/theme_model.py), so the folds' figures are the shipped tagger's.

Variants, each per language and per fold (the model trained on the other four folds' documents):
  lexicon    the tagger alone (`kb.themes.tag_themes`, as ingest calls it)
  model      the model alone (p >= 0.5)
  add        the lexicon, plus a theme the model gives p >= HI where a lexicon word of that theme
             is in the paragraph (so the tag has evidence)
  veto       the lexicon, less a theme it chose that the model gives p <= LO
  add+veto   both
  model+ev   the model's themes (p >= 0.5) that have lexicon evidence (a word or the heading)
  rt@T       what English ingest does (kb.theme_model.decide): the model's themes at p >= T that
             the lexicon chose or found a telling (not generic) word of; none on a procedural
             paragraph.
  rt@T/F     the same, a theme the lexicon chose itself kept at p >= F (a floor below T).
             `--write` takes the T and F that score best over the folds.

Besides the folds' figures, each variant is scored on the kept-aside sets' paragraphs alone
("kept": their cross-validated predictions) and trained on every development set and scored on the
kept-aside sets ("dev->kept"). `--grid` tries HI in 0.5…0.9 and LO in 0.02…0.2, `-C` the
regularisation, `--words-only` a model without the lexicon's features. About 15 s a run once the
indexes exist (ingesting them the first time takes about a minute). Figures and the decision:
README, "Evaluation" (issue 18, a trained model).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the main checkout (/work/main), or two levels up from a worktree (/work/wt/X)
SHARED = next((d / "shared" for d in ROOT.parents if (d / "shared/eval").is_dir()), ROOT / "shared")
SETS = {  # name: (gold units, documents)
    "seeds": (SHARED / "eval/dev/tags.json", SHARED / "seeds"),
    **{
        name: (ROOT / f"eval/{path}/tags.json", ROOT / f"eval/{path}/docs")
        for name, path in {
            "en-dev": "en/dev",
            "en-heldout": "en/heldout",
            "zh-heldout": "zh/heldout",
            "real-en-dev": "real/en/dev",
            "real-en-heldout": "real/en/heldout",
            "real-zh-dev": "real/zh/dev",
            "real-zh-heldout": "real/zh/heldout",
            **{f"real-{n}": f"real/{n}" for n in ("zh6", "zh8", "zh9", "zh10", "zh11")},
            **{
                f"real-{n}": f"real/{n}"
                for n in (
                    "zh12",
                    "zh13",
                    "zh14",
                    "zh15",
                    "zh16",
                    "zh17",
                    "zh18",
                    "zh19",
                    "zh20",
                    "zh21",
                    "zh22",
                )
            },
            **{f"real-{n}": f"real/{n}" for n in ("en7", "en8", "en9", "en10")},
            **{
                f"real-{n}": f"real/{n}"
                for n in ("en11", "en12", "en13", "en14", "en15", "en16", "en17", "en18")
            },
        }.items()
    },
}
HI, LO = 0.7, 0.1
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)  # the runtime's, tried on the folds
FLOORS = (0.2, 0.25, 0.3)  # rt@T/F: the lexicon's own themes kept at p >= F (kb.theme_model.decide)
PRUNE = 0.01  # weights smaller than this are left out of the file
OUT = {lang: ROOT / f"kb/data/theme_model_{lang}.json" for lang in ("zh", "en")}


def _ingest(docs: Path, index: Path) -> None:
    kb = Path(sys.executable).parent / "kb"
    cmd = [str(kb), "ingest", "--corpus", str(docs), "--index", str(index)]
    subprocess.run([*cmd, "--rebuild", "--workers", "1"], check=True, capture_output=True)


def paragraphs(index_root: Path, reingest: bool = False) -> list[dict]:
    """Every gold unit matched to its measure: text, section, kind, language, document, gold and
    optional themes, and what the lexicon tagger says of it."""
    from kb import chinese
    from kb.evaluate import gold_items, norm
    from kb.ingest import doc_id_for
    from kb.search import KB
    from kb.theme_model import evidenced, features
    from kb.themes import is_procedural, lexicon_tags

    out, lost = [], 0
    for name, (gold, docs) in SETS.items():
        index = index_root / name
        if reingest or not index.exists():
            _ingest(docs, index)
        by_doc = defaultdict(list)
        for m in KB(index).measures():
            m["_norm"] = norm(m["text"])
            by_doc[m["doc_id"]].append(m)
        for u in gold_items(gold):
            doc = doc_id_for(Path(u["doc"]))
            found = [m for m in by_doc.get(doc, []) if norm(u["snippet"]) in m["_norm"]]
            if len(found) != 1:
                lost += 1
                continue
            m = found[0]
            words = chinese.analyse(m["text"])[0] if m["lang"] != "en" else None
            tt = lexicon_tags(m["text"], m["section"], m["lang"], m["kind"], words=words)
            out.append(
                {
                    "set": name,
                    "doc": f"{name}/{doc}",
                    "lang": m["lang"],
                    "text": m["text"],
                    "section": m["section"],
                    "kind": m["kind"],
                    "gold": sorted(u["themes"]),
                    "optional": sorted(u.get("themes_optional") or []),
                    "lexicon": list(tt.themes),
                    "scores": tt.scores,
                    "considered": sorted(tt.considered),
                    "worded": sorted(
                        th for th, ev in tt.considered.items() if any(e[:2] != "§ " for e in ev)
                    ),
                    # what the runtime sees: kb.theme_model's features and evidence rule
                    "features": features(m["text"], m["section"], tt, m["lang"], words),
                    "evidenced": sorted(evidenced(tt)),
                    "procedural": is_procedural(m["text"], m["lang"]),
                }
            )
    print(f"{len(out)} paragraphs matched, {lost} units left out (no single measure)")
    return out


def features(p: dict, lexicon_features: bool = True) -> dict[str, float]:
    """kb.theme_model.features of the paragraph (the runtime's own), or its words alone."""
    if lexicon_features:
        return p["features"]
    return {k: v for k, v in p["features"].items() if not k.startswith("lex_")}


def _counts(rows: list[dict], pred: list[set[str]], counts: list[int]) -> None:
    from kb.themes import THEMES

    for p, given in zip(rows, pred, strict=True):
        gold, optional = set(p["gold"]), set(p["optional"])
        for th in THEMES:
            if th in optional:
                continue
            if th in given and th in gold:
                counts[0] += 1
            elif th in given:
                counts[1] += 1
            elif th in gold:
                counts[2] += 1


def f1(c: list[int]) -> tuple[float, float, float]:
    tp, fp, fn = c
    pr = tp / (tp + fp) if tp + fp else 1.0
    rc = tp / (tp + fn) if tp + fn else 1.0
    return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)


def variants(rows: list[dict], probs: list[dict[str, float]], hi: float, lo: float) -> dict:
    from kb.theme_model import decide
    from kb.themes import THEMES

    lex = [set(p["lexicon"]) for p in rows]
    model = [{th for th in THEMES if q[th] >= 0.5} for q in probs]
    add = [
        lx | {th for th in THEMES if q[th] >= hi and th in p["worded"]}
        for p, q, lx in zip(rows, probs, lex, strict=True)
    ]
    veto = [{th for th in lx if q[th] > lo} for q, lx in zip(probs, lex, strict=True)]
    both = [{th for th in a if q[th] > lo} for q, a in zip(probs, add, strict=True)]
    evidenced = [
        {th for th in m if th in p["considered"]} for p, m in zip(rows, model, strict=True)
    ]
    runtime = {
        f"rt@{t}" + (f"/{low}" if low < t else ""): [
            set() if p["procedural"] else decide(q, set(p["evidenced"]), t, set(p["lexicon"]), low)
            for p, q in zip(rows, probs, strict=True)
        ]
        for t in THRESHOLDS
        for low in sorted({t, *(f for f in FLOORS if f < t)})
    }
    return {
        "lexicon": lex,
        "model": model,
        "add": add,
        "veto": veto,
        "add+veto": both,
        "model+ev": evidenced,
        **runtime,
    }


def fit(rows, X_dicts, train, c) -> dict:
    """One logistic regression per theme on the rows `train`, as kb/theme_model.py reads it:
    each theme's intercept and its features' weights, those under PRUNE left out."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from kb.themes import THEMES

    vec = DictVectorizer()
    Xtr = vec.fit_transform([X_dicts[i] for i in train])
    names = vec.get_feature_names_out()
    row_of = {i: k for k, i in enumerate(train)}
    out = {}
    for th in THEMES:
        # an optional theme counts neither way: left out of that theme's training
        keep = [i for i in train if th not in rows[i]["optional"]]
        y = np.array([th in rows[i]["gold"] for i in keep])
        if y.all() or not y.any():
            out[th] = {"intercept": 20.0 if y.all() and len(y) else -20.0, "weights": {}}
            continue
        clf = LogisticRegression(C=c, max_iter=2000)
        clf.fit(Xtr[[row_of[i] for i in keep]], y)
        weights = {
            str(n): round(float(w), 4)
            for n, w in zip(names, clf.coef_[0], strict=True)
            if abs(w) >= PRUNE
        }
        out[th] = {"intercept": round(float(clf.intercept_[0]), 4), "weights": weights}
    return {"themes": out}


def _fit_predict(rows, X_dicts, train, test, c, probs) -> None:
    """Trained on the rows `train`; the probabilities for `test` as the runtime computes them."""
    from kb.theme_model import probabilities

    weights = fit(rows, X_dicts, train, c)
    for i in test:
        probs[i].update(probabilities(X_dicts[i], weights))


def cross_validate(rows: list[dict], c: float, grid: bool, lexicon_features: bool = True) -> dict:
    """Figures over 5 folds grouped by document (summed counts, and each fold's F1), and the same
    counts over the kept-aside sets' paragraphs alone ("kept"), and a plain split: trained on
    every development set, scored on the kept-aside sets ("dev->kept")."""
    from sklearn.model_selection import GroupKFold

    X_dicts = [features(p, lexicon_features) for p in rows]
    groups = [p["doc"] for p in rows]
    probs: list[dict[str, float]] = [{} for _ in rows]
    folds = list(GroupKFold(n_splits=5).split(X_dicts, groups=groups))
    for train, test in folds:
        _fit_predict(rows, X_dicts, list(train), list(test), c, probs)
    kept = [i for i, p in enumerate(rows) if "heldout" in p["set"]]
    dev = [i for i, p in enumerate(rows) if "heldout" not in p["set"]]
    split: list[dict[str, float]] = [{} for _ in rows]
    _fit_predict(rows, X_dicts, dev, kept, c, split)
    settings = [(a, b) for a in (0.5, 0.6, 0.7, 0.8, 0.9) for b in (0.02, 0.05, 0.1, 0.2)]
    out = {}
    for hi, lo in settings if grid else [(HI, LO)]:
        per_fold: dict[str, list[float]] = defaultdict(list)
        total: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for _, test in folds:
            sub = [rows[i] for i in test]
            for name, pred in variants(sub, [probs[i] for i in test], hi, lo).items():
                c3 = [0, 0, 0]
                _counts(sub, pred, c3)
                per_fold[name].append(f1(c3)[2])
                total[name] = [a + b for a, b in zip(total[name], c3, strict=True)]
        res = {}
        sub = [rows[i] for i in kept]
        kept_cv = variants(sub, [probs[i] for i in kept], hi, lo)
        kept_split = variants(sub, [split[i] for i in kept], hi, lo)
        for n in total:
            a, b = [0, 0, 0], [0, 0, 0]
            _counts(sub, kept_cv[n], a)
            _counts(sub, kept_split[n], b)
            res[n] = (f1(total[n]), per_fold[n], f1(a)[2], f1(b)[2])
        out[(hi, lo)] = res
    return out


def nested(rows: list[dict], c: float) -> tuple[list[float], tuple, float]:
    """The runtime rule with its threshold chosen inside each training part (5 inner folds by
    document, as `--write` chooses it over all of them) and scored on the held-out fold: the
    whole procedure's figure, the choice never seeing the paragraphs it is scored on. Each
    fold's threshold, the summed (precision, recall, F1), and F1 on the kept-aside paragraphs."""
    from sklearn.model_selection import GroupKFold

    from kb.theme_model import decide

    X_dicts = [features(p) for p in rows]
    groups = [p["doc"] for p in rows]

    def rule(i: int, q: dict[str, float], t: float) -> set[str]:
        return set() if rows[i]["procedural"] else decide(q, set(rows[i]["evidenced"]), t)

    chosen, total, kept = [], [0, 0, 0], [0, 0, 0]
    for train, test in GroupKFold(n_splits=5).split(X_dicts, groups=groups):
        inner: list[dict[str, float]] = [{} for _ in rows]
        sub_groups = [groups[i] for i in train]
        for a, b in GroupKFold(n_splits=5).split(train, groups=sub_groups):
            _fit_predict(rows, X_dicts, [train[k] for k in a], [train[k] for k in b], c, inner)

        def score(t: float, train=train, inner=inner) -> tuple[float, float]:
            c3 = [0, 0, 0]
            _counts([rows[i] for i in train], [rule(i, inner[i], t) for i in train], c3)
            return round(f1(c3)[2], 4), -abs(t - 0.5)

        best = max(THRESHOLDS, key=score)
        chosen.append(best)
        outer: list[dict[str, float]] = [{} for _ in rows]
        _fit_predict(rows, X_dicts, list(train), list(test), c, outer)
        pred = [rule(i, outer[i], best) for i in test]
        _counts([rows[i] for i in test], pred, total)
        held = [k for k, i in enumerate(test) if "heldout" in rows[i]["set"]]
        _counts([rows[test[k]] for k in held], [pred[k] for k in held], kept)
    return chosen, f1(total), f1(kept)[2]


def by_set(rows: list[dict]) -> dict:
    """The lexicon alone per gold set (what `kb eval` gives each set in its own index)."""
    sets = defaultdict(list)
    for p in rows:
        sets[p["set"]].append(p)
    out = {}
    for name, sub in sets.items():
        c3 = [0, 0, 0]
        _counts(sub, [set(p["lexicon"]) for p in sub], c3)
        out[name] = (len(sub), f1(c3)[2])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--indexes", type=Path, default=Path("/tmp/theme-model"))
    ap.add_argument("--reingest", action="store_true")
    ap.add_argument("--grid", action="store_true", help="every HI/LO pair, not only 0.7/0.1")
    ap.add_argument("-C", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--words-only", action="store_true", help="no lexicon features")
    ap.add_argument("--lang", choices=("zh", "en"), action="append", help="one language only")
    ap.add_argument("--nested", action="store_true", help="the threshold chosen inside each fold")
    ap.add_argument(
        "--write",
        action="store_true",
        help="train the English model (each --lang's, if given) on every paragraph and write "
        "kb/data/theme_model_{en,zh}.json, its threshold the runtime rule's best over the folds",
    )
    args = ap.parse_args(argv)
    rows = paragraphs(args.indexes, args.reingest)
    for name, (n, f) in by_set(rows).items():
        print(f"  {name:16} {n:4} paragraphs, lexicon micro-F1 {f:.3f}")
    for lang in args.lang or ("zh", "en"):
        sub = [p for p in rows if p["lang"] == lang]
        docs = len({p["doc"] for p in sub})
        print(f"\n{lang}: {len(sub)} paragraphs, {docs} documents, C={args.C}")
        kept = sum("heldout" in p["set"] for p in sub)
        print(f"  (kept-aside sets' paragraphs: {kept})")
        res_all = cross_validate(sub, args.C, args.grid, not args.words_only)
        for (hi, lo), res in res_all.items():
            print(f"  HI={hi} LO={lo}")
            for name, ((pr, rc, f), folds, kept_f, split_f) in res.items():
                spread = " ".join(f"{x:.3f}" for x in folds)
                print(
                    f"    {name:9} P {pr:.3f} R {rc:.3f} F1 {f:.3f}   folds {spread}"
                    f"   kept {kept_f:.3f}   dev->kept {split_f:.3f}"
                )
        if args.nested:
            chosen, (pr, rc, f), kept_f = nested(sub, args.C)
            print(f"  nested: thresholds {chosen}  P {pr:.3f} R {rc:.3f} F1 {f:.3f}", end="")
            print(f"  kept {kept_f:.3f}")
        # the Chinese model is measured by default but written only when asked (README, issue 18)
        if args.write and lang in (args.lang or ("en",)):
            write(sub, res_all[(HI, LO)], args.C, lang)
    return 0


def write(rows: list[dict], res: dict, c: float, lang: str) -> None:
    """A language's model trained on every paragraph, with the threshold whose runtime rule scored
    best over the folds (a tie to the one nearer 0.5), written where kb/theme_model.py reads it."""
    import json

    def rule(name: str) -> tuple[float, float]:
        t, _, low = name[3:].partition("/")
        return float(t), float(low or t)

    names = [n for n in res if n.startswith("rt@")]
    best = max(names, key=lambda n: (round(res[n][0][2], 3), -abs(rule(n)[0] - 0.5), rule(n)[1]))
    threshold, floor = rule(best)
    X_dicts = [features(p) for p in rows]
    weights = fit(rows, X_dicts, list(range(len(rows))), c)
    model = {
        "about": "kb/theme_model.py; written by python -m benchmarks.theme_model --write",
        "paragraphs": len(rows),
        "C": c,
        "threshold": threshold,
        "lexicon_floor": floor,
        **weights,
    }
    out = OUT[lang]
    out.write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n")
    n = sum(len(m["weights"]) for m in weights["themes"].values())
    print(f"\nwrote {out.relative_to(ROOT)}: {best}, {n} weights")


if __name__ == "__main__":
    raise SystemExit(main())
