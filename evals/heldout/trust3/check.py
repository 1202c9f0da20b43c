#!/usr/bin/env python3
"""Validate claims.jsonl (stdlib only). Exit 0 = all checks pass.

Checks: every line is JSON with exactly the fields id, quote, doc, question,
claim, label, category, why, split, in that order, all non-empty strings; ids
t3-001.. unique and in order; split is "final" for every third id (t3-003,
t3-006, ...) and "dev" otherwise; label is supported/unsupported and the two
are exactly balanced; the category belongs to the label's category list; docs
come only from realworld12-15/docs/; every quote is a single-line verbatim
substring of the raw UTF-8 file text (so for .json/.html/.xml/.md/.csv/.tsv
files it must match the raw markup too) with no leading or trailing
whitespace; no (doc, claim) pair repeats; at least 330 pairs and 90 reports.
"""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)  # /work/main/evals/heldout
FIELDS = ["id", "quote", "doc", "question", "claim", "label", "category", "why", "split"]
DOC_RE = re.compile(r"^realworld(12|13|14|15)/docs/r\1\d{3}\.(txt|json|jsonl|html|xml|md|csv|tsv)$")
MIN_PAIRS, MIN_DOCS = 330, 90
CATEGORIES = {
    "supported": {"verbatim_restatement", "paraphrase", "hard_paraphrase", "voice_change",
                  "number_format", "date_conversion", "partial", "attribution_kept"},
    "unsupported": {"negation", "role_swap", "different_actor", "total_vs_part", "wrong_number",
                    "wrong_place", "wrong_date", "claimed_vs_blamed", "certainty_added",
                    "hedge_removed", "invented_detail", "outcome_changed", "unstated_cause",
                    "different_event", "unstated_comparison", "injection", "rumour_as_fact",
                    "non_attack_as_attack", "off_topic"},
}


def main():
    errors = []
    rows = []
    path = os.path.join(HERE, "claims.jsonl")
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if raw and not raw.endswith("\n"):
        errors.append("claims.jsonl does not end with a newline")
    for ln, line in enumerate(raw.split("\n")[:-1] if raw.endswith("\n") else raw.split("\n"), 1):
        if not line.strip():
            errors.append("line %d: blank line" % ln)
            continue
        try:
            r = json.loads(line, object_pairs_hook=collections.OrderedDict)
        except ValueError as e:
            errors.append("line %d: bad JSON: %s" % (ln, e))
            continue
        if not isinstance(r, dict):
            errors.append("line %d: not a JSON object" % ln)
            continue
        rows.append(r)
    cache = {}
    seen_ids, seen_pairs = set(), set()
    for n, r in enumerate(rows, 1):
        rid = r.get("id", "?")
        if list(r.keys()) != FIELDS:
            errors.append("%s: fields %r (expected %r)" % (rid, list(r.keys()), FIELDS))
            continue
        if any(not isinstance(r[k], str) or not r[k].strip() for k in FIELDS):
            errors.append("%s: empty or non-string field" % rid)
            continue
        if rid in seen_ids:
            errors.append("%s: duplicate id" % rid)
        seen_ids.add(rid)
        if rid != "t3-%03d" % n:
            errors.append("%s: expected id t3-%03d" % (rid, n))
        want = "final" if n % 3 == 0 else "dev"
        if r["split"] != want:
            errors.append("%s: split %s, expected %s" % (rid, r["split"], want))
        if r["label"] not in CATEGORIES:
            errors.append("%s: bad label %r" % (rid, r["label"]))
        elif r["category"] not in CATEGORIES[r["label"]]:
            errors.append("%s: category %r not allowed for label %s" % (rid, r["category"], r["label"]))
        key = (r["doc"], r["claim"])
        if key in seen_pairs:
            errors.append("%s: repeated (doc, claim)" % rid)
        seen_pairs.add(key)
        doc = r["doc"]
        if not DOC_RE.match(doc):
            errors.append("%s: doc outside realworld12-15/docs: %s" % (rid, doc))
            continue
        if doc not in cache:
            try:
                with open(os.path.join(BASE, doc), "rb") as fh:
                    cache[doc] = fh.read().decode("utf-8")
            except (OSError, UnicodeDecodeError) as e:
                errors.append("%s: cannot read %s as UTF-8: %s" % (rid, doc, e))
                cache[doc] = None
        text = cache[doc]
        if text is None:
            continue
        q = r["quote"]
        if "\n" in q or "\r" in q:
            errors.append("%s: quote spans a line break" % rid)
        if q != q.strip():
            errors.append("%s: quote has leading/trailing whitespace" % rid)
        if q not in text:
            errors.append("%s: quote not verbatim in %s" % (rid, doc))
    labels = collections.Counter(r.get("label") for r in rows)
    if labels["supported"] != labels["unsupported"] or set(labels) - set(CATEGORIES):
        errors.append("labels not exactly balanced: %r" % dict(labels))
    if len(rows) < MIN_PAIRS:
        errors.append("only %d pairs (< %d)" % (len(rows), MIN_PAIRS))
    ndocs = len(set(r.get("doc") for r in rows))
    if ndocs < MIN_DOCS:
        errors.append("only %d distinct reports (< %d)" % (ndocs, MIN_DOCS))
    for e in errors:
        print("ERROR:", e)
    splits = collections.Counter(r.get("split") for r in rows)
    folders = collections.Counter(str(r.get("doc", "")).split("/")[0] for r in rows)
    print("pairs=%d reports=%d labels=%s splits=%s folders=%s" % (
        len(rows), ndocs, dict(labels), dict(splits), dict(sorted(folders.items()))))
    print("OK" if not errors else "FAILED (%d errors)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
