#!/usr/bin/env python3
"""Validate questions.jsonl: well-formed fields, and every evidence quote a verbatim
substring of one of its docs in the seed folder. Stdlib only.

usage: python3 check.py [questions.jsonl] [--seeds DIR]
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "question", "kind", "measure", "winner", "winner_alternatives", "loser",
          "figures", "yes", "evidence", "docs", "why", "split"]
KINDS = {"pair": 25, "undecidable": 8, "superlative": 8, "yesno": 4}
MEASURES = {"killed", "wounded"}


def main(argv):
    path = os.path.join(HERE, "questions.jsonl")
    seeds = os.environ.get("SEEDS_DIR", "/work/shared/seeds")
    args = list(argv)
    if "--seeds" in args:
        i = args.index("--seeds")
        seeds = args[i + 1]
        del args[i:i + 2]
    if args:
        path = args[0]

    errors = []

    def err(qid, msg):
        errors.append(f"{qid}: {msg}")

    texts = {}
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"line {n}", "blank line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"line {n}", f"bad JSON: {e}")

    if len(rows) != 45:
        err("file", f"expected 45 rows, got {len(rows)}")
    seen_q = set()
    for idx, r in enumerate(rows, 1):
        qid = r.get("id", f"row{idx}")
        if list(r) != FIELDS:
            err(qid, f"fields {list(r)} != {FIELDS}")
            continue
        if r["id"] != f"k{idx:02d}":
            err(qid, f"id out of order, expected k{idx:02d}")
        num = int(r["id"][1:])
        want_split = "final" if num % 3 == 2 else "dev"
        if r["split"] != want_split:
            err(qid, f"split {r['split']!r} != {want_split!r}")
        q = r["question"]
        if not isinstance(q, str) or len(q.strip()) < 10:
            err(qid, "question empty")
        elif q.strip().lower() in seen_q:
            err(qid, "duplicate question")
        else:
            seen_q.add(q.strip().lower())
        kind, measure = r["kind"], r["measure"]
        if kind not in KINDS:
            err(qid, f"bad kind {kind!r}")
        if measure not in MEASURES:
            err(qid, f"bad measure {measure!r}")
        if not isinstance(r["why"], str) or not r["why"].strip():
            err(qid, "why empty")

        # winner / loser
        alts, loser = r["winner_alternatives"], r["loser"]
        if not (isinstance(alts, list) and all(isinstance(a, str) and a for a in alts)):
            err(qid, "winner_alternatives must be a list of non-empty strings")
        if not (isinstance(loser, list) and all(isinstance(a, str) and a for a in loser)):
            err(qid, "loser must be a list of non-empty strings")
        if kind == "undecidable":
            if r["winner"] is not None or alts:
                err(qid, "undecidable: winner must be null and winner_alternatives empty")
            if not r["why"].lower().startswith("cannot tell"):
                err(qid, "undecidable: why should start with 'cannot tell'")
        else:
            if not isinstance(r["winner"], str) or not r["winner"]:
                err(qid, "winner must be a non-empty string")
            if not alts:
                err(qid, "winner_alternatives empty")
        if kind == "superlative" and loser:
            err(qid, "superlative: loser must be []")
        if kind in ("pair", "yesno") and not loser:
            err(qid, f"{kind}: loser must be non-empty")

        # yes
        if kind == "yesno":
            if not isinstance(r["yes"], bool):
                err(qid, "yesno: yes must be true/false")
            elif not r["why"].startswith("Yes" if r["yes"] else "No"):
                err(qid, "yesno: why should open with the answer")
        elif r["yes"] is not None:
            err(qid, "yes must be null unless kind is yesno")

        # figures
        figs = r["figures"]
        if not isinstance(figs, dict) or not figs:
            err(qid, "figures must be a non-empty object")
        else:
            for k, v in figs.items():
                if not isinstance(k, str) or not (v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)):
                    err(qid, f"bad figure {k!r}: {v!r}")
            known = {k: v for k, v in figs.items() if isinstance(v, int)}
            if kind in ("pair", "superlative") or (kind == "yesno" and len(known) >= 2):
                w = r["winner"]
                if w not in known:
                    err(qid, f"winner {w!r} has no numeric figure")
                elif any(v >= known[w] for k, v in known.items() if k != w):
                    err(qid, f"winner {w!r} figure {known[w]} is not strictly the largest in {figs}")
            if kind == "pair" and len(known) != 2:
                err(qid, "pair: needs exactly two numeric figures")
            if kind == "undecidable" and len(known) == 2:
                err(qid, "undecidable: has two numeric figures; say why in 'why' or drop one")

        # docs and evidence
        docs, ev = r["docs"], r["evidence"]
        if not (isinstance(docs, list) and docs and all(isinstance(d, str) for d in docs)):
            err(qid, "docs must be a non-empty list of file names")
            continue
        for d in docs:
            if d not in texts:
                p = os.path.join(seeds, d)
                if not os.path.isfile(p):
                    err(qid, f"doc not found: {p}")
                    texts[d] = None
                else:
                    with open(p, encoding="utf-8") as f:
                        texts[d] = f.read()
        if not (isinstance(ev, list) and ev and all(isinstance(e, str) and e for e in ev)):
            err(qid, "evidence must be a non-empty list of strings")
            continue
        used = set()
        for e in ev:
            hit = [d for d in docs if texts.get(d) and e in texts[d]]
            if not hit:
                err(qid, f"evidence not verbatim in {docs}: {e[:80]!r}")
            used.update(hit)
        for d in docs:
            if texts.get(d) is not None and d not in used:
                err(qid, f"doc {d} listed but no evidence quote comes from it")

    kinds = Counter(r.get("kind") for r in rows)
    for k, n in KINDS.items():
        if kinds.get(k, 0) != n:
            err("file", f"kind {k}: {kinds.get(k, 0)} rows, expected {n}")

    table = Counter((r.get("kind"), r.get("split")) for r in rows)
    meas = Counter((r.get("kind"), r.get("measure")) for r in rows)
    for k in KINDS:
        print(f"{k:12s} dev={table[(k, 'dev')]:2d} final={table[(k, 'final')]:2d} "
              f"killed={meas[(k, 'killed')]:2d} wounded={meas[(k, 'wounded')]:2d}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print(f"\nOK: {len(rows)} rows, all evidence verbatim")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
