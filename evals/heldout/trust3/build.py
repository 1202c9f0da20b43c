#!/usr/bin/env python3
"""Build claims.jsonl from the hand-written tables in pairs_12/13/14/15.py (stdlib only).

1. Concatenate PAIRS_12 + PAIRS_13 + PAIRS_14 + PAIRS_15 in that fixed order.
2. Drop unsupported pairs until the labels balance exactly. The rule is
   deterministic and spreads the drops over categories and folders:
   - only unsupported categories with at least MIN_CAT pairs are eligible,
     so rare categories (injection, rumour_as_fact, off_topic, ...) are kept whole;
   - the number of drops is shared among the eligible categories in proportion
     to their size (largest remainder, ties broken by category name);
   - inside each category the pairs keep the fixed order above (folder 12, 13,
     14, 15, then file order), and the dropped ones are evenly spaced in it:
     index floor((i + 0.5) * n / q) for i = 0 .. q-1.
3. Number the rest t3-001, t3-002, ...; every third id (t3-003, t3-006, ...) is
   split "final", the others "dev".
4. Write claims.jsonl (fields: id, quote, doc, question, claim, label, category,
   why, split; doc relative to /work/main/evals/heldout/) and dropped.tsv
   (the removed pairs, for the record).
"""
import collections, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from pairs_12 import PAIRS_12
from pairs_13 import PAIRS_13
from pairs_14 import PAIRS_14
from pairs_15 import PAIRS_15

MIN_CAT = 20
S, U = "supported", "unsupported"


def drop_plan(pairs):
    """Return the set of indices (into pairs) of unsupported pairs to drop."""
    n_s = sum(1 for p in pairs if p[4] == S)
    n_u = sum(1 for p in pairs if p[4] == U)
    if n_u < n_s:
        sys.exit("more supported than unsupported pairs (%d > %d); the drop rule "
                 "only removes unsupported pairs" % (n_s, n_u))
    need = n_u - n_s
    by_cat = collections.OrderedDict()
    for i, p in enumerate(pairs):
        if p[4] == U:
            by_cat.setdefault(p[5], []).append(i)
    eligible = sorted(c for c, idx in by_cat.items() if len(idx) >= MIN_CAT)
    pool = sum(len(by_cat[c]) for c in eligible)
    if need > pool:
        sys.exit("not enough eligible unsupported pairs to drop")
    exact = {c: need * len(by_cat[c]) / pool for c in eligible}
    quota = {c: int(exact[c]) for c in eligible}
    rest = need - sum(quota.values())
    order = sorted(eligible, key=lambda c: (-(exact[c] - quota[c]), c))
    for c in order[:rest]:
        quota[c] += 1
    dropped = set()
    for c in eligible:
        idx, q = by_cat[c], quota[c]
        n = len(idx)
        for k in range(q):
            dropped.add(idx[int((k + 0.5) * n / q)])
    assert len(dropped) == need
    return dropped, quota


def main():
    pairs = PAIRS_12 + PAIRS_13 + PAIRS_14 + PAIRS_15
    for p in pairs:
        if len(p) != 7 or p[4] not in (S, U):
            sys.exit("malformed pair: %r" % (p,))
    dropped, quota = drop_plan(pairs)
    kept = [p for i, p in enumerate(pairs) if i not in dropped]
    out = []
    for n, (doc, quote, question, claim, label, category, why) in enumerate(kept, 1):
        out.append(collections.OrderedDict([
            ("id", "t3-%03d" % n), ("quote", quote), ("doc", doc),
            ("question", question), ("claim", claim), ("label", label),
            ("category", category), ("why", why),
            ("split", "final" if n % 3 == 0 else "dev"),
        ]))
    with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "dropped.tsv"), "w", encoding="utf-8") as f:
        f.write("doc\tcategory\tclaim\n")
        for i in sorted(dropped):
            p = pairs[i]
            f.write("%s\t%s\t%s\n" % (p[0], p[5], p[3]))
    labels = collections.Counter(r["label"] for r in out)
    print("read %d pairs; dropped %d unsupported (%s); wrote %d pairs %s" % (
        len(pairs), len(dropped),
        ", ".join("%s %d" % (c, q) for c, q in sorted(quota.items()) if q),
        len(out), dict(labels)))


if __name__ == "__main__":
    main()
