"""Check meta29's gold: JSON parses, fields and codes are valid, every doc exists (standard library only)."""
import json, os, re, sys, tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "heldout", "gold.json")
DOCS = os.path.join(HERE, "heldout", "docs")
CITIES = "/work/main/kb/data/cities.toml"
GENRES = {"regulation", "plan", "opinion", "notice", "decision", "report", "news", "article", "webpage", "other"}
TYPES = {"M", "C", "N", "J", "D", "R", "S", "P", "G", "Z", "EB", "DB", "CP", "A", "DS", "CM"}
FIELDS = ["doc", "title", "issuer", "date", "genre", "doc_type", "city", "lang", "note"]
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

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
    if list(e) != FIELDS:
        errors.append(f"{where}: fields {list(e)}")
    if doc in seen:
        errors.append(f"{where}: duplicate")
    seen.add(doc)
    if not doc or not os.path.isfile(os.path.join(DOCS, doc)):
        errors.append(f"{where}: file missing")
    else:
        text = open(os.path.join(DOCS, doc), encoding="utf-8").read()
        if not text.strip():
            errors.append(f"{where}: empty file")
    for t in vals(e["title"]):
        if t is not None and not str(t).strip():
            errors.append(f"{where}: empty title")
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
    if (e["lang"] == "en") != doc.endswith("_en.txt"):
        errors.append(f"{where}: lang does not match the file name")
    num = int(doc[1:3])
    if (num % 2 == 1) != (e["lang"] == "zh"):
        errors.append(f"{where}: odd numbers are Chinese, even English")
for f in files:
    if f not in seen:
        errors.append(f"file without gold: {f}")
print(f"{len(gold)} entries, {len(files)} files, "
      f"{sum(e['lang'] == 'zh' for e in gold)} zh / {sum(e['lang'] == 'en' for e in gold)} en")
print("\n".join(errors) if errors else "OK")
sys.exit(1 if errors else 0)
