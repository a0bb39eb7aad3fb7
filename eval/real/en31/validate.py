# Standard-library check of the fresh set en31's tags.json against its docs/ (and the gazetteer ids);
# copied from en30's validate.py, with en31's id letter (m), no sister set, snippets of 12 to 30
# characters (../../shared/eval/README.md; this set uses 30), and a novelty scan that leaves out only
# en31 itself and the sets being built at the same time (zh31, meta30, search26), which it never reads.
# Usage: python3 validate.py            -> format checks
#        python3 validate.py --novelty  -> also look for every labelled paragraph's 40-char windows
#                                          (10-char step plus the last window) in the earlier sets
# Snippets are checked raw and after the normalisation of ../../shared/eval/README.md
# (NFKC, casefold, letters and digits only): each must occur once in its document and once in the set.
import json, os, re, sys, tomllib, unicodedata

H = os.path.dirname(os.path.abspath(__file__))
SET = os.path.basename(H)
SISTER = {"en29": "en30", "en30": "en29"}.get(SET)  # en31 has none
D = os.path.join(H, "docs")
U = json.load(open(os.path.join(H, "tags.json"), encoding="utf-8"))
ids = set(tomllib.load(open("/work/main/kb/data/cities.toml", "rb"))["city"])
F = ["id", "doc", "snippet", "section", "kind", "themes", "themes_optional", "cities_explicit",
     "cities_implicit", "implicit_evidence", "cities_optional", "note", "text"]
TH = {"industry", "innovation", "infrastructure", "openness", "livelihood", "ecology"}

def norm(s):
    return "".join(ch for ch in unicodedata.normalize("NFKC", s).casefold() if ch.isalnum())

full = {n: open(os.path.join(D, n), encoding="utf-8").read() for n in os.listdir(D)}
nfull = {n: norm(f) for n, f in full.items()}
letter = {"en29": "k", "en30": "l", "en31": "m"}.get(SET, r"[a-z]")
err, seen, per = [], set(), {}
for u in U:
    i = u.get("id")
    if list(u) != F: err.append((i, "fields", list(u)))
    if not re.fullmatch(letter + r"(0[1-9]|1[0-2])-0[1-5]", i or "") or i in seen: err.append((i, "id"))
    seen.add(i); per[u["doc"]] = per.get(u["doc"], 0) + 1
    if u["doc"] not in full: err.append((i, "doc not in docs/")); continue
    if not u["doc"].startswith(i[:3] + "_"): err.append((i, "doc prefix"))
    t, f = u["text"], full[u["doc"]]
    if t not in f: err.append((i, "text not in doc"))
    if f.count(t) != 1 or ("\n\n" + t + "\n") not in ("\n\n" + f): err.append((i, "text not a whole paragraph once"))
    if t != t.strip() or "\n" in t: err.append((i, "text has outer spaces or a line break"))
    s = u["snippet"]
    if not 12 <= len(s) <= 30 or s != s.strip() or s not in t or f.count(s) != 1 or sum(x.count(s) for x in full.values()) != 1:
        err.append((i, "snippet", s))
    ns = norm(s)
    if not ns or ns not in norm(t) or nfull[u["doc"]].count(ns) != 1 or sum(x.count(ns) for x in nfull.values()) != 1:
        err.append((i, "snippet not unique after normalisation", s))
    if u["section"] is not None or u["kind"] != "measure": err.append((i, "section/kind"))
    if not set(u["themes"]) <= TH or not set(u["themes_optional"]) <= TH or set(u["themes"]) & set(u["themes_optional"]):
        err.append((i, "themes"))
    cs = u["cities_explicit"] + u["cities_implicit"] + u["cities_optional"]
    if not set(cs) <= ids or len(cs) != len(set(cs)): err.append((i, "cities", cs))
    if len(u["implicit_evidence"]) != len(u["cities_implicit"]): err.append((i, "evidence"))
    if not u["note"]: err.append((i, "note"))
if any(v > 5 for v in per.values()) or len(per) != 12 or len(full) != 12: err.append(("docs", per))
for n, f in full.items():
    if not f.endswith("\n") or f.endswith("\n\n"): err.append((n, "ending"))
    if "\n\n\n" in f or any(l != l.rstrip() for l in f.split("\n")): err.append((n, "blank-line runs or trailing spaces"))
    last = f.rstrip("\n").split("\n\n")[-1]
    if not any(u["text"] == last for u in U if u["doc"] == n): err.append((n, "file does not end with a taken paragraph"))
    try: f.encode("utf-8")
    except UnicodeError: err.append((n, "not UTF-8"))

# the sister set: no document, paragraph or snippet shared
if SISTER:
    SD = os.path.join(os.path.dirname(H), SISTER, "docs")
    if os.path.isdir(SD):
        sis = {n: open(os.path.join(SD, n), encoding="utf-8").read() for n in os.listdir(SD)}
        nsis = "\x00".join(norm(x) for x in sis.values())
        for u in U:
            if norm(u["text"]) in nsis: err.append((u["id"], "paragraph also in " + SISTER))
        for n, f in full.items():
            body = norm(f)
            if any(body == norm(x) for x in sis.values()): err.append((n, "document also in " + SISTER))

req = {t: sum(t in u["themes"] for u in U) for t in sorted(TH)}
opt = {t: sum(t in u["themes_optional"] for u in U) for t in sorted(TH)}
print(len(U), "units in", len(per), "docs; required", req, "optional", opt)
print("per doc:", dict(sorted((k[:3], v) for k, v in per.items())))
print("no required theme:", [u["id"] for u in U if not u["themes"]])
print("two or more required:", [u["id"] for u in U if len(u["themes"]) > 1])

if "--novelty" in sys.argv:
    roots = ["/work/main/eval", "/work/shared", "/work/fresh"]
    skip = [os.path.realpath(os.path.join(os.path.dirname(H), x)) for x in (SET, "zh31", "meta30", "search26")]
    skip.append(os.path.realpath(os.path.join("/work/main/eval/real", SET)))  # this set, if ever copied there
    corpus, nfiles = [], 0
    for r in roots:
        for dp, dn, fn in os.walk(r):
            if any(os.path.realpath(dp).startswith(k) for k in skip): continue
            for x in fn:
                try: corpus.append(open(os.path.join(dp, x), encoding="utf-8", errors="ignore").read()); nfiles += 1
                except OSError: pass
    big = "\x00".join(corpus)
    nwin, hits = 0, []
    for u in U:
        t = u["text"]
        starts = list(range(0, max(len(t) - 40, 0) + 1, 10)) + [max(len(t) - 40, 0)]
        for a in sorted(set(starts)):
            w = t[a:a + 40]; nwin += 1
            if w in big: hits.append((u["id"], w))
    print("novelty:", nwin, "windows against", nfiles, "files; hits:", hits or "none")

print("errors:", err or "none")
sys.exit(1 if err else 0)
