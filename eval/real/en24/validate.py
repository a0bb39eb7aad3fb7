"""Standard-library check of tags.json (en24)."""
import json, os, sys, tomllib, unicodedata, re
HERE = os.path.dirname(os.path.abspath(__file__))
THEMES = {'industry','innovation','infrastructure','openness','livelihood','ecology'}
cities = set(tomllib.load(open('/work/main/kb/data/cities.toml','rb'))['city'])
units = json.load(open(os.path.join(HERE,'tags.json'),encoding='utf-8'))
norm = lambda s: re.sub(r'[^\w]|_','',unicodedata.normalize('NFKC',s).casefold())
err = []
ids = [u['id'] for u in units]
if len(ids) != len(set(ids)): err.append('duplicate ids')
fields = ['id','doc','snippet','section','kind','themes','themes_optional','cities_explicit','cities_implicit','implicit_evidence','cities_optional','note','text']
docs = {}
for u in units:
    if list(u) != fields: err.append(f"{u['id']}: fields {list(u)}")
    p = os.path.join(HERE,'docs',u['doc'])
    if not os.path.exists(p): err.append(f"{u['id']}: no doc"); continue
    t = docs.setdefault(u['doc'], open(p,encoding='utf-8').read())
    if not u['id'].startswith(u['doc'][:3]+'-'): err.append(f"{u['id']}: id/doc mismatch")
    sn = u['snippet']
    if t.count(sn) != 1: err.append(f"{u['id']}: snippet count in doc {t.count(sn)}")
    if u['text'].count(sn) != 1: err.append(f"{u['id']}: snippet not once in text")
    if norm(t).count(norm(sn)) != 1: err.append(f"{u['id']}: normalised snippet not unique in doc")
    if sn != sn.strip(): err.append(f"{u['id']}: snippet spaces")
    if t.count(u['text']) != 1: err.append(f"{u['id']}: text not once in doc")
    if u['text'] not in t.split('\n'): err.append(f"{u['id']}: text is not a whole line")
    for k in ('themes','themes_optional'):
        bad = set(u[k]) - THEMES
        if bad: err.append(f"{u['id']}: bad theme {bad}")
    if set(u['themes']) & set(u['themes_optional']): err.append(f"{u['id']}: theme both required and optional")
    cl = u['cities_explicit'] + u['cities_implicit'] + u['cities_optional']
    if set(cl) - cities: err.append(f"{u['id']}: unknown city {set(cl)-cities}")
    if len(cl) != len(set(cl)): err.append(f"{u['id']}: city in two lists")
    if len(u['implicit_evidence']) != len(u['cities_implicit']): err.append(f"{u['id']}: evidence count")
    if u['kind'] != 'measure' or u['section'] is not None: err.append(f"{u['id']}: kind/section")
per = {}
for u in units: per[u['doc']] = per.get(u['doc'],0)+1
for d,n in per.items():
    if n > 5: err.append(f"{d}: {n} paragraphs")
allsn = [u['snippet'] for u in units]
for u in units:
    c = sum(t.count(u['snippet']) for t in docs.values())
    if c != 1: err.append(f"{u['id']}: snippet occurs {c} times in the set")
files = sorted(os.listdir(os.path.join(HERE,'docs')))
if set(files) != set(per): err.append(f"docs without units: {set(files)-set(per)}")
for f in files:
    b = open(os.path.join(HERE,'docs',f),'rb').read(); b.decode('utf-8')
print('\n'.join(err) if err else f'OK: {len(units)} units, {len(per)} docs')
from collections import Counter
req = Counter(t for u in units for t in u['themes']); opt = Counter(t for u in units for t in u['themes_optional'])
for t in sorted(THEMES, key=lambda x:-req[x]): print(f'{t}: {req[t]} / {opt[t]}')
print('no required theme:', [u['id'] for u in units if not u['themes']])
print('two required:', [u['id'] for u in units if len(u['themes'])>1])
sys.exit(1 if err else 0)
