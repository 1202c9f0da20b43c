#!/usr/bin/env python3
"""Validates the held-out trust set (stdlib only). Exit code 0 = pass."""
import json
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = "/work/shared/seeds"

SUPPORTED_CATS = {"verbatim_fact", "paraphrase", "partial", "name_extraction"}
UNSUPPORTED_CATS = {"negation", "role_swap", "total_vs_part", "wrong_place", "wrong_date",
                    "invented_object", "wrong_number", "injection", "overclaim", "different_event"}
KINDS = {"fact", "who", "which", "where", "when", "comparison", "unanswerable"}
ANSWER_TYPES = {"number", "name", "place", "date", "actor", "text", None}
SPLITS = {"dev", "final"}

errors = []


def err(msg):
    errors.append(msg)


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("%s:%d bad JSON: %s" % (os.path.basename(path), n, e))
    return rows


def final_share_ok(n_final, n):
    # "about one third": within +-1 item of n/3, and between 25% and 42%
    return abs(n_final - n / 3.0) <= 1.0 or 0.25 <= n_final / n <= 0.42


seeds = {}
for name in sorted(os.listdir(SEEDS)):
    if name.endswith(".txt"):
        with open(os.path.join(SEEDS, name), encoding="utf-8") as f:
            seeds[name] = f.read()
if len(seeds) != 5:
    err("expected 5 seed files, found %d" % len(seeds))

# ---------------------------------------------------------------- claims
claims = load_jsonl(os.path.join(HERE, "claims.jsonl"))
keys = ["id", "quote", "doc", "question", "claim", "label", "category", "why", "split"]
ids = Counter(r.get("id") for r in claims)
for i, c in ids.items():
    if c > 1:
        err("claims: duplicate id %s" % i)
pairs = Counter((r.get("quote"), r.get("claim")) for r in claims)
for p, c in pairs.items():
    if c > 1:
        err("claims: duplicate (quote, claim) pair: %r" % (p[1],))
for r in claims:
    rid = r.get("id")
    for k in keys:
        if k not in r or r[k] in (None, ""):
            err("claims %s: missing field %s" % (rid, k))
    if r.get("doc") not in seeds:
        err("claims %s: unknown doc %r" % (rid, r.get("doc")))
    elif r.get("quote", "") not in seeds[r["doc"]]:
        err("claims %s: quote not verbatim in %s" % (rid, r["doc"]))
    cat, lab = r.get("category"), r.get("label")
    if lab not in ("supported", "unsupported"):
        err("claims %s: bad label %r" % (rid, lab))
    if cat not in SUPPORTED_CATS | UNSUPPORTED_CATS:
        err("claims %s: bad category %r" % (rid, cat))
    elif (cat in SUPPORTED_CATS) != (lab == "supported"):
        err("claims %s: label %s inconsistent with category %s" % (rid, lab, cat))
    if r.get("split") not in SPLITS:
        err("claims %s: bad split %r" % (rid, r.get("split")))

n = len(claims)
if n < 240:
    err("claims: only %d pairs (need >= 240)" % n)
n_sup = sum(r.get("label") == "supported" for r in claims)
share = n_sup / n if n else 0
if not 0.45 <= share <= 0.55:
    err("claims: supported share %.3f outside 45-55%%" % share)
cat_split = defaultdict(Counter)
for r in claims:
    cat_split[r.get("category")][r.get("split")] += 1
for cat in sorted(SUPPORTED_CATS | UNSUPPORTED_CATS):
    tot = sum(cat_split[cat].values())
    if tot < 12:
        err("claims: category %s has %d pairs (need >= 12)" % (cat, tot))
    elif not final_share_ok(cat_split[cat]["final"], tot):
        err("claims: category %s final split %d/%d not ~1/3" % (cat, cat_split[cat]["final"], tot))
used_docs = {r.get("doc") for r in claims}
for d in seeds:
    if d not in used_docs:
        err("claims: no quote from seed %s" % d)

# ---------------------------------------------------------------- open questions
oq = load_jsonl(os.path.join(HERE, "open_questions.jsonl"))
ids = Counter(r.get("id") for r in oq)
for i, c in ids.items():
    if c > 1:
        err("open: duplicate id %s" % i)
for r in oq:
    rid = r.get("id")
    for k in ["id", "question", "kind", "answer", "answer_type", "docs", "evidence", "split"]:
        if k not in r:
            err("open %s: missing field %s" % (rid, k))
    kind = r.get("kind")
    if kind not in KINDS:
        err("open %s: bad kind %r" % (rid, kind))
    if r.get("answer_type") not in ANSWER_TYPES:
        err("open %s: bad answer_type %r" % (rid, r.get("answer_type")))
    if r.get("split") not in SPLITS:
        err("open %s: bad split %r" % (rid, r.get("split")))
    docs, ev = r.get("docs") or [], r.get("evidence") or []
    if kind == "unanswerable":
        if r.get("answer") is not None or r.get("answer_type") is not None:
            err("open %s: unanswerable must have null answer/answer_type" % rid)
        if docs or ev:
            err("open %s: unanswerable should carry no docs/evidence" % rid)
    else:
        if not r.get("answer") or not r.get("answer_type"):
            err("open %s: answerable question needs answer and answer_type" % rid)
        if not docs or not ev:
            err("open %s: answerable question needs docs and evidence" % rid)
    for d in docs + list(r.get("near_docs", [])):
        if d not in seeds:
            err("open %s: unknown doc %r" % (rid, d))
    for q in ev:
        holders = [d for d in docs if d in seeds and q in seeds[d]]
        if not holders:
            err("open %s: evidence not verbatim in its docs: %r" % (rid, q[:60]))
    for d in docs:
        if d in seeds and not any(q in seeds[d] for q in ev):
            err("open %s: doc %s listed but no evidence from it" % (rid, d))
    if kind == "comparison" and len(ev) < 2:
        err("open %s: comparison needs evidence for both sides" % rid)
    if kind == "when":
        if "resolved" not in r:
            err("open %s: when-question lacks 'resolved' field" % rid)
        res = r.get("resolved")
        if res is not None:
            import datetime
            try:
                datetime.date.fromisoformat(res)
            except ValueError:
                err("open %s: resolved %r not YYYY-MM-DD" % (rid, res))
if len(oq) < 45:
    err("open: only %d questions (need >= 45)" % len(oq))
kind_split = defaultdict(Counter)
for r in oq:
    kind_split[r.get("kind")][r.get("split")] += 1
for k in sorted(KINDS):
    tot = sum(kind_split[k].values())
    if tot < 7:
        err("open: kind %s has %d questions (need >= 7)" % (k, tot))
    elif not final_share_ok(kind_split[k]["final"], tot):
        err("open: kind %s final split %d/%d not ~1/3" % (k, kind_split[k]["final"], tot))
for d in seeds:
    if not any(d in (r.get("docs") or []) for r in oq):
        err("open: no question answered from seed %s" % d)

# ---------------------------------------------------------------- report
print("claims: %d (supported %d = %.1f%%, unsupported %d)" % (n, n_sup, 100 * share, n - n_sup))
for cat in sorted(cat_split):
    c = cat_split[cat]
    print("  %-16s %3d  dev %3d  final %3d" % (cat, sum(c.values()), c["dev"], c["final"]))
print("open questions: %d" % len(oq))
for k in sorted(kind_split):
    c = kind_split[k]
    print("  %-16s %3d  dev %3d  final %3d" % (k, sum(c.values()), c["dev"], c["final"]))
if errors:
    print("\nFAIL: %d problem(s)" % len(errors))
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("\nPASS")
