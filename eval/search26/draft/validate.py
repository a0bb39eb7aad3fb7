import json, unicodedata, sys
sys.dont_write_bytecode = True
from collections import Counter
sys.path.insert(0, '/work/fresh/search26/draft')
from judgments import J
def norm(s): return "".join(c for c in unicodedata.normalize("NFKC", s).casefold() if c.isalnum())
ms = [json.loads(l) for l in open('/tmp/s26c-work/measures.jsonl')]
normed = {m['id']: norm(m['text']) for m in ms}
written = {}
for line in open('/work/fresh/search26/draft/queries_written.txt', encoding='utf-8'):
    if line.startswith('#') or not line.strip(): continue
    i, l, q = line.rstrip('\n').split('\t'); written[i] = (l, q)
assert len(written) == 60
seen = set(); tot = Counter()
for part, want in (('dev', (13, 12, 8, 7)), ('heldout', (7, 6, 4, 3))):
    qs = json.load(open(f'/work/fresh/search26/{part}/queries.json', encoding='utf-8'))
    langs = Counter(q['lang'] for q in qs)
    assert tuple(langs[x] for x in ('zh', 'en', 'pinyin', 'mixed')) == want, (part, langs)
    pairs = high = 0
    for q in qs:
        assert set(q) == {'id', 'lang', 'query', 'relevant', 'highly_relevant', 'note', 'paragraphs'}, q['id']
        assert q['id'] not in seen; seen.add(q['id'])
        n = int(q['id'][4:]); assert (n % 3 == 0) == (part == 'heldout'), q['id']
        assert written[q['id']] == (q['lang'], q['query']), q['id']
        assert q['lang'] in ('zh', 'en', 'pinyin', 'mixed')
        assert q['highly_relevant'], q['id']
        assert set(q['highly_relevant']) <= set(q['relevant']), q['id']
        assert len(q['relevant']) == len(set(q['relevant'])) == len(q['paragraphs']) == len(set(q['paragraphs'])), q['id']
        for s, p in zip(q['relevant'], q['paragraphs']):
            hits = [mid for mid, t in normed.items() if norm(s) in t]
            assert hits == [p], (q['id'], s, hits, p)
        w = len(q['query'].split()) if q['lang'] != 'zh' else None
        if q['lang'] in ('en', 'pinyin'): assert 1 <= w <= 8, q['query']
        if q['lang'] == 'mixed': assert 2 <= w <= 8, q['query']
        if q['lang'] == 'zh': assert ' ' not in q['query'], q['query']
        h, r, _ = J[q['id'][3:]]
        assert len(set(h) | set(r)) == len(q['paragraphs']) and len(set(h)) == len(q['highly_relevant']), ('a judged paragraph has no snippet', q['id'])
        assert [p.split('_')[0] + ':' + p.split(':')[1] for p in q['paragraphs']] == h + [x for x in r if x not in h], q['id']
        pairs += len(q['relevant']); high += len(q['highly_relevant'])
    print(part, len(qs), dict(langs), 'pairs', pairs, 'highly', high)
    tot['pairs'] += pairs; tot['high'] += high
assert len(seen) == 60
print('total', dict(tot), 'OK')
