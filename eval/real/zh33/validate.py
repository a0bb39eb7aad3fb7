"""Check the fresh gold set zh33: tags.json parses, every doc exists, every text is a block of its doc,
snippets are unique, fields match the model sets zh30 and zh31 (zh30's checker, unchanged but for this docstring).
Standard library only."""
import json, os, sys, unicodedata
from collections import Counter
B = os.path.dirname(os.path.abspath(__file__))
FIELDS = ['id','doc','snippet','section','kind','themes','themes_optional','cities_explicit',
          'cities_implicit','implicit_evidence','cities_optional','note','text']
TH = {'industry','innovation','infrastructure','openness','livelihood','ecology'}
def norm(s): return ''.join(ch for ch in unicodedata.normalize('NFKC', s).casefold() if ch.isalnum())
T = json.load(open(os.path.join(B, 'tags.json'), encoding='utf-8'))
errs = []; used = {}; ids = set()
docs = set(os.listdir(os.path.join(B, 'docs')))
for x in T:
    if list(x.keys()) != FIELDS: errs.append(('fields', x.get('id')))
    if x['id'] in ids: errs.append(('dup id', x['id']))
    ids.add(x['id'])
    if x['doc'] not in docs: errs.append(('no such doc', x['id'], x['doc'])); continue
    if not x['id'].startswith(x['doc'].split('_')[0] + '-'): errs.append(('id/doc', x['id']))
    t = open(os.path.join(B, 'docs', x['doc']), encoding='utf-8').read()
    if x['text'] not in t: errs.append(('text not in doc', x['id']))
    if x['text'] not in [b.strip() for b in t.split('\n\n')]: errs.append(('text not a block', x['id']))
    if t.count(x['snippet']) != 1 or norm(t).count(norm(x['snippet'])) != 1: errs.append(('snippet not unique', x['id']))
    if x['snippet'] not in x['text']: errs.append(('snippet not in text', x['id']))
    if not 12 <= len(x['snippet']) <= 30: errs.append(('snippet length', x['id']))
    if not set(x['themes']) <= TH or not set(x['themes_optional']) <= TH: errs.append(('theme name', x['id']))
    if set(x['themes']) & set(x['themes_optional']): errs.append(('required and optional', x['id']))
    if x['section'] is not None or x['kind'] != 'measure': errs.append(('section/kind', x['id']))
    if len(x['implicit_evidence']) != len(x['cities_implicit']): errs.append(('evidence', x['id']))
    if set(x['cities_explicit']) & (set(x['cities_implicit']) | set(x['cities_optional'])): errs.append(('city twice', x['id']))
    used.setdefault(x['doc'], []).append(x['text'])
for d, ts in used.items():
    if len(ts) != len(set(ts)): errs.append(('shared block', d))
    if len(ts) > 5: errs.append(('more than 5 units', d))
for d in sorted(docs - set(used)): errs.append(('doc without units', d))
c = Counter(th for x in T for th in x['themes']); o = Counter(th for x in T for th in x['themes_optional'])
print(f'{os.path.basename(B)}: {len(used)} docs, {len(T)} paragraphs, errors: {errs or "none"}')
print('required', dict(sorted(c.items())), '| optional', dict(sorted(o.items())),
      '| no required theme', sum(1 for x in T if not x['themes']))
if '-v' in sys.argv:
    for d in sorted(used):
        t = open(os.path.join(B, 'docs', d), encoding='utf-8').read()
        for b in [b.strip() for b in t.split('\n\n') if b.strip()]:
            if b not in used[d]: print('  unlabelled', d[:3], b[:50].replace('\n', '/'))
sys.exit(1 if errs else 0)
