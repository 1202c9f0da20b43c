#!/usr/bin/env python3
"""Validate claims.jsonl (stdlib only). Exit 0 = all checks pass.

Checks: schema and field types; ids t2-001.. unique and in order; every quote
is a verbatim substring of its doc (file read as UTF-8 raw text, so for
.json/.html/.md the quote must appear in the raw markup as well); quotes are
single-line; labels exactly balanced; split is "final" for every third id
(t2-003, t2-006, ...) and "dev" otherwise; at least 240 pairs and 60 reports.
"""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)  # /work/main/evals/heldout
FIELDS = ["id", "quote", "doc", "question", "claim", "label", "category", "why", "split"]
ALLOWED_DIRS = ("realworld4/docs/", "realworld5/docs/", "realworld6/docs/", "realworld7/docs/")

def main():
    errors = []
    rows = []
    with open(os.path.join(HERE, "claims.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: blank line" % ln)
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                errors.append("line %d: bad JSON: %s" % (ln, e))
    cache = {}
    seen = set()
    for n, r in enumerate(rows, 1):
        rid = r.get("id", "?")
        if list(r.keys()) != FIELDS:
            errors.append("%s: fields %r" % (rid, list(r.keys())))
            continue
        if any(not isinstance(r[k], str) or not r[k].strip() for k in FIELDS):
            errors.append("%s: empty or non-string field" % rid)
        if rid in seen:
            errors.append("%s: duplicate id" % rid)
        seen.add(rid)
        if rid != "t2-%03d" % n:
            errors.append("%s: expected id t2-%03d" % (rid, n))
        want = "final" if n % 3 == 0 else "dev"
        if r["split"] != want:
            errors.append("%s: split %s, expected %s" % (rid, r["split"], want))
        if r["label"] not in ("supported", "unsupported"):
            errors.append("%s: bad label %r" % (rid, r["label"]))
        doc = r["doc"]
        if not doc.startswith(ALLOWED_DIRS) or ".." in doc:
            errors.append("%s: doc outside allowed folders: %s" % (rid, doc))
            continue
        path = os.path.join(BASE, doc)
        if doc not in cache:
            try:
                with open(path, encoding="utf-8") as fh:
                    cache[doc] = fh.read()
            except OSError as e:
                errors.append("%s: cannot read %s: %s" % (rid, doc, e))
                cache[doc] = None
        text = cache[doc]
        if text is None:
            continue
        q = r["quote"]
        if "\n" in q or "\r" in q:
            errors.append("%s: quote spans a line break" % rid)
        if q not in text:
            errors.append("%s: quote not verbatim in %s" % (rid, doc))
        if q != q.strip():
            errors.append("%s: quote has leading/trailing whitespace" % rid)
    labels = collections.Counter(r.get("label") for r in rows)
    if labels["supported"] != labels["unsupported"]:
        errors.append("labels not balanced: %r" % dict(labels))
    if len(rows) < 240:
        errors.append("only %d pairs (< 240)" % len(rows))
    ndocs = len(set(r.get("doc") for r in rows))
    if ndocs < 60:
        errors.append("only %d distinct reports (< 60)" % ndocs)
    for e in errors:
        print("ERROR:", e)
    splits = collections.Counter(r.get("split") for r in rows)
    print("pairs=%d reports=%d labels=%s splits=%s" % (len(rows), ndocs, dict(labels), dict(splits)))
    print("OK" if not errors else "FAILED (%d errors)" % len(errors))
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
