"""Check meta30's gold: JSON parses, fields and codes are valid, every doc exists (standard library only).

As meta29's, except that an entry may leave out `title` (a file with no title of its own: not scored,
as in meta13 d08), and the documents are named i01…i15."""
import json, os, re, sys, tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "heldout", "gold.json")
DOCS = os.path.join(HERE, "heldout", "docs")
CITIES = "/work/main/kb/data/cities.toml"
GENRES = {"regulation", "plan", "opinion", "notice", "decision", "report", "news", "article", "webpage", "other"}
TYPES = {"M", "C", "N", "J", "D", "R", "S", "P", "G", "Z", "EB", "DB", "CP", "A", "DS", "CM"}
FIELDS = ["doc", "title", "issuer", "date", "genre", "doc_type", "city", "lang", "note"]
FIELDS_NO_TITLE = [f for f in FIELDS if f != "title"]
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
NAME = re.compile(r"^i\d{2}_[a-z0-9_]+\.txt$")

def vals(v):
    return v if isinstance(v, list) else [v]

errors = []
gold = json.load(open(GOLD, encoding="utf-8"))
cities = set(tomllib.load(open(CITIES, "rb"))["city"])
files = sorted(f for f in os.listdir(DOCS) if not f.startswith("."))
seen = set()
for i, e in enumerate(gold):
    doc = e.get("doc")
    where = f"#{i} {doc}"
    if list(e) not in (FIELDS, FIELDS_NO_TITLE):
        errors.append(f"{where}: fields {list(e)}")
    if doc in seen:
        errors.append(f"{where}: duplicate")
    seen.add(doc)
    if not doc or not NAME.match(doc):
        errors.append(f"{where}: file name not of the form iNN_….txt")
    if not doc or not os.path.isfile(os.path.join(DOCS, doc)):
        errors.append(f"{where}: file missing")
    else:
        text = open(os.path.join(DOCS, doc), encoding="utf-8").read()
        if not text.strip():
            errors.append(f"{where}: empty file")
    if "title" not in e and "title" not in (e.get("note") or "").lower():
        errors.append(f"{where}: title left out without a note saying why")
    for t in vals(e.get("title")):
        if t is not None and not str(t).strip():
            errors.append(f"{where}: empty title")
    for s in vals(e["issuer"]):
        if s is not None and not str(s).strip():
            errors.append(f"{where}: empty issuer")
    for d in vals(e["date"]):
        if d is not None and not DATE.match(d):
            errors.append(f"{where}: bad date {d!r}")
    for g in vals(e["genre"]):
        if g not in GENRES:
            errors.append(f"{where}: bad genre {g!r}")
    for t in vals(e["doc_type"]):
        if t not in TYPES:
            errors.append(f"{where}: bad doc_type {t!r}")
    for c in vals(e["city"]):
        if c is not None and c not in cities:
            errors.append(f"{where}: unknown city {c!r}")
    if e["lang"] not in ("zh", "en"):
        errors.append(f"{where}: bad lang")
    if doc and (e["lang"] == "en") != doc.endswith("_en.txt"):
        errors.append(f"{where}: lang does not match the file name")
    if doc and NAME.match(doc):
        num = int(doc[1:3])
        if (num % 2 == 1) != (e["lang"] == "zh"):
            errors.append(f"{where}: odd numbers are Chinese, even English")
    if not (e.get("note") or "").strip():
        errors.append(f"{where}: no note")
for f in files:
    if f not in seen:
        errors.append(f"file without gold: {f}")
print(f"{len(gold)} entries, {len(files)} files, "
      f"{sum(e['lang'] == 'zh' for e in gold)} zh / {sum(e['lang'] == 'en' for e in gold)} en, "
      f"{sum('title' not in e for e in gold)} without a title (not scored)")
print("\n".join(errors) if errors else "OK")
sys.exit(1 if errors else 0)
