import collections, sys, importlib
sys.path.insert(0, '.')
mods = sys.argv[1:]
for m in mods:
    P = getattr(importlib.import_module('pairs_' + m), 'PAIRS_' + m)
    print(m, len(P), collections.Counter(p[4] for p in P), 'docs', len(set(p[0] for p in P)))
    print(sorted(collections.Counter((p[4], p[5]) for p in P).items()))
    for p in P:
        assert len(p) == 7, p
        t = open('../' + p[0], encoding='utf-8').read()
        if p[1] not in t or '\n' in p[1] or p[1] != p[1].strip():
            print('BAD', p[0], repr(p[1][:70]))
    seen = collections.Counter((p[0], p[3]) for p in P)
    for k, v in seen.items():
        if v > 1: print('DUPCLAIM', k)
