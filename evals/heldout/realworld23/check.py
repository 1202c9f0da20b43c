#!/usr/bin/env python3
"""Consistency checks for held-out real-world set 23 (stdlib only; set-23 code only).

As realworld17-22 do, ../realworld16/check.py is read and executed as a wrapped script with __file__
pointing here (so its ROOT is realworld23/). The textual substitutions come from realworld22's check.py,
loaded by file path as a module (its subs22(), which re-targets set 21's subs21() and set 20's SUBS; and,
through it, set 20's SIG_RE and REPORT), re-targeted once more to this set: ids r23xxx / q26xxx / c26xx.
Two set-23 substitutions follow, each asserted to apply exactly once: the 12 styles of this set
(A G W T K N R V O H S P; no F) instead of set 16's 13. Set 21's floors (91 docs, 100 incidents, 7-14
docs per style) and set 20's other adaptations (3 each of .json / .html / .md, province-YEAR clusters of
5+, exactly 30 conversations) are kept. The set-16 style-signature table is replaced by SIG23 below;
extra23() runs before set 16's report section.
Usage: python3 check.py   (exit status 1 on any error)"""
import importlib.util
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
HELD = os.path.dirname(HERE)
C16 = os.path.join(HELD, "realworld16", "check.py")
TODAY = "2026-12-01"   # default today of every question without a relative period (README)


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


RW22 = _load("rw22_check_for_rw23", os.path.join(HELD, "realworld22", "check.py"))
RETARGET = [('r22\\d{3}', 'r23\\d{3}'), ("25000 + n", "26000 + n"), ("(2500 + n)", "(2600 + n)")]
SUBS23 = [  # (old, new, expected count) applied to realworld16/check.py after the re-targeted ones
    ('STYLES = list("AGWTKNRVOHSFP")', 'STYLES = list("AGWTKNRVOHSP")', 1),
    ('if len(set(d["style"] for d in docs)) != 13:\n    err("want 13 styles")',
     'if len(set(d["style"] for d in docs)) != 12:\n    err("want 12 styles")', 1),
]


def subs23():
    out, used = [], set()
    for old, new, n in RW22.subs22():
        for a, b in RETARGET:
            if a in new:
                new = new.replace(a, b)
                used.add(a)
        out.append((old, new, n))
    missing = [a for a, _ in RETARGET if a not in used]
    if missing:
        raise SystemExit("ERROR realworld22/check.py changed: %s" % missing)
    return out + SUBS23


def SIG23(d, t, raw, inc_by_doc):
    """set-23 style signatures (README 'Styles')."""
    ext = d["file"].rsplit(".", 1)[1]
    return {
        "A": lambda: re.search(r"(?i)fatalit", t) and re.search(r"\bOn (\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]{2} \d{1,2}),", t),
        "G": lambda: re.search(r"\b\d{2}/\d{2}/\d{4}\b", t) and re.search(r"(?i)claimed responsibility|target type|perpetrator", t),
        "W": lambda: re.search(r"\((Reuters|AFP|AP|Xinhua)\)", t)
        and re.search(r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", t),
        "T": lambda: re.search(r"Shafaq News|Alsumaria|INA|Baghdad Today|Al-Mada", t) and "(translated)" in t,
        "K": lambda: re.search(r"Rudaw|Kurdistan24|The New Region|Kirkuk Now|Basnews|Kurdistan Chronicle", t),
        "N": lambda: all((i["killed"] or 0) == 0 and (i["wounded"] or 0) == 0 for i in inc_by_doc[d["doc"]]),
        "R": lambda: re.search(r"(?i)weekly|monthly|daily|digest|round-up|review|summary", t),
        "V": lambda: re.search(r"(?i)toll|died|dies", t),
        "O": lambda: re.search(r"(?i)statement|press release|media office", t)
        and re.search(r"Command|Ministry|Cell|Directorate", t),
        "H": lambda: re.search(r"(?i)UNAMI|UNICEF|OCHA|MSF|NGO|protection|human rights|programme update", t),
        "S": lambda: re.search(r"(?i)telegram|t\.me/|· X\b", t) and re.search(r"#\w", t),
        "P": lambda: ext in ("html", "md", "json") and re.search(r"(?i)related|read more|see also|also read|more from", t),
    }


# relative-period words -> s17.rel kind, checked against each question's today (first match wins)
REL23 = [(r"two months ago", "months_ago:2"), (r"two years ago", "years_ago:2"), (r"last quarter", "last_quarter"),
         (r"last month", "last_month"), (r"last week", "last_week"), (r"past 30 days", "past_days:30"),
         (r"past 7 days", "past_days:7"), (r"\bthis year\b", "this_year"), (r"last year", "last_year"),
         (r"\bthis month\b", "this_month"), (r"yesterday", "yesterday")]


def extra23(ns):
    err, docs, incs, qs, convs = ns["err"], ns["docs"], ns["incs"], ns["qs"], ns["convs"]
    texts, by_style, inc_by_doc = ns["texts"], ns["by_style"], ns["inc_by_doc"]
    if len(docs) != 156:
        err("set 23: want 156 docs, have %d" % len(docs))
    for s in "AGWTKNRVOHSP":
        if len(by_style[s]) != 13:
            err("set 23: style %s has %d docs (want 13)" % (s, len(by_style[s])))
        for pos, d in enumerate(by_style[s], 1):
            if (d["country"] != "Iraq" or not inc_by_doc[d["doc"]]) and (pos % 3 == 0 or pos == 13):
                err("set 23: noise doc %s at a final or last position" % d["doc"])
    if sum(1 for d in docs if d["split"] == "final") != 48:
        err("set 23: want 48 final docs (positions 3, 6, 9, 12 of each style)")
    iraq = [i for i in incs if i["country"] == "Iraq"]
    if not 170 <= len(incs) <= 190:
        err("set 23: want 170-190 gold incidents, have %d" % len(incs))
    if any(not "2019-01" <= i["event_date"][:7] <= "2026-11" for i in incs):
        err("set 23: events must lie between January 2019 and November 2026")
    prov = Counter(i["province"] for i in iraq)
    for p in ns["PROVINCES"]:
        if prov[p] < 3:
            err("set 23: province %s has %d incidents (want 3+)" % (p, prov[p]))
    if Counter(i["country"] for i in incs if i["country"] != "Iraq") != Counter({"Syria": 2, "Iran": 1, "Turkey": 1}):
        err("set 23: want 4 attacks outside Iraq (Syria 2, Iran 1, Turkey 1)")
    if sum(1 for d in docs if d["country"] == "Iraq" and not inc_by_doc[d["doc"]]) != 8:
        err("set 23: want 8 Iraqi noise docs")
    prec = Counter(i["date_precision"] for i in incs)
    if prec["month"] < 2 or prec["reported"] < 1:
        err("set 23: want some month- and reported-precision records: %s" % dict(prec))
    if sum(1 for d in docs if len(inc_by_doc[d["doc"]]) >= 2) < 15:
        err("set 23: want 15+ reports with several attacks")
    if sum(1 for i in incs if i["killed"] is None and i["wounded"] is None) < 8:
        err("set 23: want 8+ attacks with no casualty figure")
    # questions
    if len(qs) < 200 or len(convs) < 20:
        err("set 23: want 200+ questions and 20+ conversations")
    comp = [q for q in qs if not q.get("doc") and not q.get("no_match") and q.get("expected_ids") is not None]
    mid = [q for q in comp if 2 <= len(q["expected_ids"]) <= 10]
    if len(mid) < 0.6 * len(comp):
        err("set 23: want 60%%+ of listings / counts / briefings with 2-10 answers, have %d of %d" % (len(mid), len(comp)))
    kinds = Counter(q["intent"] for q in qs if not q.get("doc") and not q.get("no_match"))
    if kinds["count"] < 15 or kinds["briefing"] < 10:
        err("set 23: too few counts / briefings: %s" % dict(kinds))
    if sum(1 for q in qs if q.get("no_match")) < 10:
        err("set 23: want 10+ no-match questions")
    nnear = sum(1 for q in qs if q["filters"]["near"]) + sum(1 for c in convs for t in c["turns"] if t["filters"]["near"])
    if nnear > 25:
        err("set 23: at most 25 near questions, have %d" % nnear)
    se = [q for q in qs if q.get("doc")]
    if len(se) < 100:
        err("set 23: want 100+ single-event questions, have %d" % len(se))
    for q in se:
        if len(q.get("expected_ids") or []) != 1:
            err("set 23: %s single-event filter selects %s" % (q["id"], q.get("expected_ids")))
        if q.get("answer") in (None, "None"):
            err("set 23: %s asks for a field the record leaves null" % q["id"])
        if q["today"] != TODAY:
            err("set 23: %s single-event question with today %s" % (q["id"], q["today"]))
    at = Counter(q["answer_type"] for q in se)
    if at["number"] < 60 or at["date"] < 20 or at["actor"] < 15:
        err("set 23: single-event answer types too narrow: %s" % dict(at))
    sys.path.insert(0, os.path.join(HELD, "realworld16", "build"))  # s17 imports set 16's lib.py
    s17 = _load("rw17_s17_for_check23", os.path.join(HELD, "realworld17", "build", "s17.py"))
    items = [(q["id"], q["question"], q["filters"], q["today"]) for q in qs if not q.get("doc") and not q.get("no_match")]
    items += [(c["id"], t["question"], t["filters"], c["today"]) for c in convs for t in c["turns"][:1]]
    nrel = 0
    for w, text, fl, today in items:
        kind = next((k for pat, k in REL23 if re.search(pat, text.lower())), None)
        if kind is None:
            if today != TODAY:
                err("set 23: %s has today %s but no relative period" % (w, today))
            continue
        nrel += 1
        if (fl["date_from"], fl["date_to"]) != s17.rel(kind, today):
            err("set 23: %s %r: dates %s..%s != s17.rel(%s, %s)" % (w, text, fl["date_from"], fl["date_to"], kind, today))
    if nrel < 20:
        err("set 23: want 20+ relative-period questions, have %d" % nrel)
    for q in qs:
        if q.get("no_match") and q["today"] != TODAY:
            err("set 23: %s no-match question with today %s" % (q["id"], q["today"]))
    for c in convs:
        if len(c["turns"]) != 2:
            err("set 23: %s is not two turns" % c["id"])


def main():
    src = open(C16, encoding="utf-8").read()
    for old, new, n in subs23():
        if src.count(old) != n:
            print("ERROR realworld16/check.py changed: %r found %d times" % (old, src.count(old)))
            return 1
        src = src.replace(old, new)
    src, k = RW22.RW21.RW20.SIG_RE.subn('    sig = SIG23(d, t, raw, inc_by_doc)\n', src)
    if k != 1 or src.count(RW22.RW21.RW20.REPORT) != 1:
        print("ERROR realworld16/check.py changed: signature block or report marker not found")
        return 1
    head, tail = src.split(RW22.RW21.RW20.REPORT)
    ns = {"__name__": "rw16_check_for_rw23", "__file__": os.path.abspath(__file__), "SIG23": SIG23}
    exec(compile(head, C16, "exec"), ns)
    extra23(ns)
    try:
        exec(compile(RW22.RW21.RW20.REPORT + tail, C16, "exec"), ns)
    except SystemExit as e:
        return e.code or 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
