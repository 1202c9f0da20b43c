#!/usr/bin/env python3
"""Consistency checks for held-out real-world set 18 (stdlib only).

No code of realworld16 or realworld17 is copied here. As realworld17/check.py
does, ../realworld16/check.py is read and executed as a wrapped script with
__file__ pointing at this file (so its ROOT is realworld18/), after textual
substitutions that are asserted to apply exactly: the id prefixes (r18xxx,
q21xxx, c21xx), the size floors (90 docs, 100 incidents, 200 questions, 16
conversations), the cluster floor (8+ incidents, as the set-18 brief asks) and
the set-16 style-signature table, replaced by SIG18 below. All of set 16's
other checks (and, through it, sets 4-15's) run unchanged. realworld17's
check.py is imported (not executed as a script) for its set-16 cluster table.
The set-18 checks in extra18() run before set 16's report section.
Usage: python3 check.py   (exit status 1 on any error)"""
import importlib.util
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
C16 = os.path.normpath(os.path.join(HERE, "..", "realworld16", "check.py"))
C17 = os.path.normpath(os.path.join(HERE, "..", "realworld17", "check.py"))
REPORT = "# ---------------------------------------------------------------- report"

SUBS = [  # (old, new, expected count)
    ('re.fullmatch(r"r16\\d{3}", did or "")', 're.fullmatch(r"r18\\d{3}", did or "")', 1),
    ("19000 + n", "21000 + n", 2),
    ('"c%d" % (1900 + n)', '"c%d" % (2100 + n)', 1),
    ('if len(docs) < 150:\n    err("only %d docs (want >= 150)" % len(docs))',
     'if len(docs) < 90:\n    err("only %d docs (want >= 90)" % len(docs))', 1),
    ('if len(docs) < 153:\n    err("want at least 153 docs")',
     'if len(docs) < 90:\n    err("want at least 90 docs")', 1),
    ('if len(incs) < 170:\n    err("want at least 170 incidents")',
     'if len(incs) < 100:\n    err("want at least 100 incidents")', 1),
    ('if len(convs) < 20:\n    err("only %d conversations (want >= 20)" % len(convs))',
     'if len(convs) < 16:\n    err("only %d conversations (want >= 16)" % len(convs))', 1),
    ('if len(convs) < 24:\n    err("want at least 24 conversations")',
     'if len(convs) < 16:\n    err("want at least 16 conversations")', 1),
    ('if len(convs) != 24:\n    err("want 24 conversations, have %d" % len(convs))',
     'if len(convs) != 16:\n    err("want 16 conversations, have %d" % len(convs))', 1),
    ('if len(qs) < 240:\n    err("want at least 240 questions, have %d" % len(qs))',
     'if len(qs) < 200:\n    err("want at least 200 questions, have %d" % len(qs))', 1),
    ("_big = sorted(k for k, n in _cl.items() if n >= 10)", "_big = sorted(k for k, n in _cl.items() if n >= 8)", 1),
    ('err("want at least 6 province-month clusters of 10+ incidents, have %s" % _big)',
     'err("want at least 6 province-month clusters of 8+ incidents, have %s" % _big)', 1),
]
SIG_RE = re.compile(r"    sig = \{  # set-16 styles\n.*?\n    \}\n", re.S)


def SIG18(d, t, raw, inc_by_doc):
    """set-18 style signatures (fresh wordings; see README 'Styles')."""
    ext = d["file"].rsplit(".", 1)[1]
    return {
        "A": lambda: re.search(r"(?i)event[-_ ]?data|event_date", t)
        and re.search(r"\bOn \d{1,2} [A-Z][a-z]+( \d{4})?,", t),
        "G": lambda: re.search(r"Incident register", t) and re.search(r"(?i)claim|responsib", t)
        and re.search(r"(?i)convention|format|order|in words|dates in this register", t),
        "W": lambda: re.search(r"\((KUNA|EFE|ANSA|IANS|Kyodo|QNA)\)", t),
        "T": lambda: re.search(r"Al-Iraqiya News|Dijlah TV|Al-Ahad News|Buratha News|Al-Maalomah|Al-Zaman|Iraq Observer", t)
        and re.search(r"\(translated\)", t),
        "K": lambda: re.search(r"PUKmedia|Draw Media|Xendan|Kurdistan Chronicle|Hawlati|Channel8|Payam", t)
        and re.search(r"Xakelêwe|Gulan|Cozerdan|Pûşper|Gelawêj|Xermanan|Rezber|Gelarêzan|Sermawez|Befranbar|Rêbendan|Reşeme", t),
        "N": lambda: all((i["killed"] or 0) == 0 and (i["wounded"] or 0) == 0 for i in inc_by_doc[d["doc"]]),
        "R": lambda: re.search(r"(?i)digest|sitrep|week in brief|weekly|daily security log|review", t),
        "V": lambda: re.search(r"(?i)toll|revis|update|correction", t),
        "O": lambda: re.search(r"(?i)statement|command", t) and re.search(r"Command|Ministry|Directorate|Asayish", t),
        "H": lambda: re.search(r"NGO|MSF|NRC|UNICEF|IOM|Save the Children", t),
        "S": lambda: re.search(r"(?i)telegram|t\.me/|channel", t) and re.search(r"#\w", t),
        "F": lambda: re.search(r"(?i)funeral|mourn|fatiha|arrest|court|sentenc|a year since|postponed|anniversary", t),
        "P": lambda: ext in ("html", "md", "json")
        and re.search(r"(?i)related|read more|see also|you may also like", t),
    }


CLUSTERS18 = {("Diyala", "2024-01"), ("Salahuddin", "2020-03"), ("Nineveh", "2021-08"),
              ("Anbar", "2023-06"), ("Sulaymaniyah", "2025-04"), ("Baghdad", "2021-07")}
CLUSTERS17 = {("Diyala", "2020-09"), ("Salahuddin", "2023-04"), ("Kirkuk", "2021-12"),
              ("Anbar", "2019-05"), ("Erbil", "2022-10"), ("Baghdad", "2020-01")}  # realworld17 README table


def _c17():
    spec = importlib.util.spec_from_file_location("rw17_check", C17)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)           # defines only; its main() is not called
    return m


def extra18(ns):
    err, docs, incs, qs, convs = ns["err"], ns["docs"], ns["incs"], ns["qs"], ns["convs"]
    texts, by_style = ns["texts"], ns["by_style"]
    from collections import Counter
    if not 88 <= len(docs) <= 100:
        err("set 18: want about 90 docs, have %d" % len(docs))
    for s in "AGWTKNRVOHSFP":
        if len(by_style[s]) != 7:
            err("set 18: style %s has %d docs (want 7)" % (s, len(by_style[s])))
    for d in docs:
        n = len(re.findall(r"\S+", texts.get(d["doc"], "")))
        if not 40 <= n <= 180:
            err("set 18: %s has %d words (want 40-180)" % (d["doc"], n))
    if len(incs) < 100:
        err("set 18: want at least 100 incidents")
    prov = Counter(i["province"] for i in incs if i["country"] == "Iraq")
    for p in ns["PROVINCES"]:
        if prov[p] < 2:
            err("set 18: province %s has %d incidents (want 2+)" % (p, prov[p]))
    cl = Counter((i["province"], i["event_date"][:7]) for i in incs if i["country"] == "Iraq")
    big = {k for k, n in cl.items() if n >= 8}
    if big != CLUSTERS18 or big & (_c17().CLUSTERS16 | CLUSTERS17):
        err("set 18: want exactly the six set-18 clusters of 8+, none of sets 16/17: %s" % sorted(big))
    if len(qs) < 200 or len(convs) != 16:
        err("set 18: want 200+ questions and 16 conversations")
    # the emphasis: records whose day is worked out, and date questions on them
    wd = re.compile(r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b")
    rel = re.compile(r"(?i)yesterday|last night|this (morning|evening)|today|just now|an hour ago")
    n_wd = sum(1 for i in incs if wd.search(i["date_phrase"] or ""))
    n_rel = sum(1 for i in incs if rel.search(i["date_phrase"] or ""))
    n_yearless = sum(1 for i in incs if i["date_precision"] == "day" and i["date_phrase"]
                     and not re.search(r"\d{4}|\b\d{2}\b$|/\d{2}$", i["date_phrase"]) and re.search(r"\d", i["date_phrase"]))
    if n_wd < 25 or n_rel < 8 or n_yearless < 10:
        err("set 18: too few worked-out dates (weekday %d, relative %d, yearless %d)" % (n_wd, n_rel, n_yearless))
    if sum(1 for i in incs if i["date_precision"] == "month") < 3:
        err("set 18: want 3+ month-precision records (ranges, court dates)")
    dq = [q for q in qs if q.get("doc") and q.get("answer_type") == "date"]
    if len(dq) < 50:
        err("set 18: want 50+ date questions, have %d" % len(dq))
    for q in qs:
        if q.get("doc"):
            if len(q.get("expected_ids") or []) != 1:
                err("set 18: %s single-event filter selects %s" % (q["id"], q.get("expected_ids")))
            if q.get("answer") == "None":
                err("set 18: %s asks for a field the record leaves null" % q["id"])
    for d in docs:  # T docs print a Hijri date, K docs a Kurdish one, beside the Gregorian date
        pat = {"T": r"\b14[45]\d\b", "K": r"\b272\d\b"}.get(d["style"])
        if pat and not re.search(pat, texts[d["doc"]]):
            err("set 18: %s (style %s) lacks its Hijri / Kurdish date" % (d["doc"], d["style"]))
    kinds = Counter(q["intent"] for q in qs)
    if kinds["briefing"] < 6 or kinds["count"] < 15 or kinds["listing"] < 80:
        err("set 18: intents too few: %s" % dict(kinds))
    if sum(1 for i in incs if i["country"] != "Iraq") < 3:
        err("set 18: want a few attacks outside Iraq")


def main():
    src = open(C16, encoding="utf-8").read()
    for old, new, n in SUBS:
        if src.count(old) != n:
            print("ERROR realworld16/check.py changed: %r found %d times" % (old, src.count(old)))
            return 1
        src = src.replace(old, new)
    src, k = SIG_RE.subn('    sig = SIG18(d, t, raw, inc_by_doc)\n', src)
    if k != 1 or src.count(REPORT) != 1:
        print("ERROR realworld16/check.py changed: signature block or report marker not found")
        return 1
    head, tail = src.split(REPORT)
    ns = {"__name__": "rw16_check_wrapped", "__file__": os.path.abspath(__file__), "SIG18": SIG18}
    exec(compile(head, C16, "exec"), ns)
    extra18(ns)
    try:
        exec(compile(REPORT + tail, C16, "exec"), ns)
    except SystemExit as e:
        return e.code or 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
