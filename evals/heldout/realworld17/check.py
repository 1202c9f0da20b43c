#!/usr/bin/env python3
"""Consistency checks for held-out real-world set 17 (stdlib only).

No code of realworld16 is copied here: ../realworld16/check.py is read and
executed as a wrapped script with __file__ pointing at this file (so its ROOT is
realworld17/), after a few textual substitutions that are asserted to apply
exactly: the id prefixes (r17xxx, q20xxx, c20xx), the size floors (117 docs,
130 incidents) and its set-16 style-signature table, which is replaced by
SIG17 below. All of set 16's other checks (and, through it, sets 4-15's) run
unchanged. The set-17 checks in extra17() run before set 16's report section.
Usage: python3 check.py   (exit status 1 on any error)"""
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
C16 = os.path.normpath(os.path.join(HERE, "..", "realworld16", "check.py"))
REPORT = "# ---------------------------------------------------------------- report"

SUBS = [  # (old, new, expected count)
    ('re.fullmatch(r"r16\\d{3}", did or "")', 're.fullmatch(r"r17\\d{3}", did or "")', 1),
    ("19000 + n", "20000 + n", 2),
    ('"c%d" % (1900 + n)', '"c%d" % (2000 + n)', 1),
    ('if len(docs) < 150:\n    err("only %d docs (want >= 150)" % len(docs))',
     'if len(docs) < 117:\n    err("only %d docs (want >= 117)" % len(docs))', 1),
    ('if len(docs) < 153:\n    err("want at least 153 docs")',
     'if len(docs) < 117:\n    err("want at least 117 docs")', 1),
    ('if len(incs) < 170:\n    err("want at least 170 incidents")',
     'if len(incs) < 130:\n    err("want at least 130 incidents")', 1),
]
SIG_RE = re.compile(r"    sig = \{  # set-16 styles\n.*?\n    \}\n", re.S)

DAYS = r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b"


def SIG17(d, t, raw, inc_by_doc):
    """set-17 style signatures (fresh wordings; see README 'Styles')."""
    ext = d["file"].rsplit(".", 1)[1]
    return {
        "A": lambda: re.search(r"(?i)event[_ ]date|event-data|weekly (event )?file|data note|sub[_-]event", t)
        and re.search(r"\bOn (\d{1,2} [A-Z][a-z]+ \d{4}|\d{1,2} [A-Z][a-z]{2}),", t),
        "G": lambda: re.search(r"(?i)incident register", t) and re.search(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}:? ", t)
        and re.search(r"(?i)claim|responsib", t),
        "W": lambda: re.search(r"\((AFP|Xinhua|dpa|AA|UPI)\) (-|--|—)", t) and re.search(DAYS, t),
        "T": lambda: re.search(r"Baghdad Today|Al-Mada|964|Alghad|Nas News|Mawazin|Al-Sabah|Al-Forat", t)
        and re.search(r"(?i)translated", t),
        "K": lambda: re.search(r"KirkukNow|NRT|The New Region|BasNews|Kurdsat", t),
        "N": lambda: all((i["killed"] or 0) == 0 and (i["wounded"] or 0) == 0 for i in inc_by_doc[d["doc"]]),
        "R": lambda: re.search(r"(?i)wrap|sitrep|weekly|week in review|daily (brief|security log)|digest", t),
        "V": lambda: re.search(r"(?i)toll|rose|rise|climb|revise|update|died of|later", t),
        "O": lambda: re.search(r"(?i)statement|media office", t) and re.search(r"Command|Ministry|Directorate", t),
        "H": lambda: re.search(r"NRC|UNAMI|WHO|UNHCR|NGO|UNICEF|IOM|human rights|Health Care", t),
        "S": lambda: re.search(r"(?i)telegram|t\.me/|channel", t) and re.search(r"#\w", t),
        "F": lambda: re.search(r"(?i)funeral|buried|mourn|fatiha|arrest|court|sentenced|one year on|anniversary", t),
        "P": lambda: ext in ("html", "md", "json")
        and re.search(r"(?i)related|read more|see also|more from|you may also like", t),
    }


CLUSTERS16 = {("Salahuddin", "2021-06"), ("Diyala", "2022-03"), ("Kirkuk", "2019-08"),
              ("Anbar", "2020-11"), ("Nineveh", "2023-02"), ("Dohuk", "2024-07")}

# phrasings the set promises (README "Questions"); each must occur in some question
PHRASES = [
    r"^what's been", r"^any ", r"give me", r"^list", r"^show", r"^count", r"tally", r"how many attacks",
    r"brief", r"summar", r"\bsince\b", r"\bbetween\b", r"\bbefore\b", r"\bafter\b", r"\bduring\b",
    r"last month", r"past two weeks", r"past \d+ days|past 10 days", r"this year", r"first half", r"\bq3\b",
    r"winter of", r"early march", r"mid-", r"week of", r"yesterday", r"last quarter",
    r"\bnear\b", r"around", r"outside", r"east of", r"daesh", r"\bis\b", r"isil", r"islamic state",
    r"pkk", r"turkish", r"hashd", r"pmf", r"peshmerga", r"police", r"civilians", r"protesters",
    r"roadside bomb", r"sticky bomb", r"car bomb|vbied", r"drone", r"rocket", r"mortar", r"sniper",
    r"gunmen", r"kidnapp", r"abduct", r"assassinat", r"only dated ones", r"grenade", r"ambush", r"shelling",
    r"suicide", r"katyusha",
]


def extra17(ns):
    err, docs, incs, qs, convs = ns["err"], ns["docs"], ns["incs"], ns["qs"], ns["convs"]
    texts, by_style, inc_by_doc = ns["texts"], ns["by_style"], ns["inc_by_doc"]
    from collections import Counter
    if not 117 <= len(docs) <= 130:
        err("set 17: want 117-130 docs, have %d" % len(docs))
    for s in "AGWTKNRVOHSFP":
        if len(by_style[s]) != 9:
            err("set 17: style %s has %d docs (want 9)" % (s, len(by_style[s])))
    for d in docs:
        n = len(re.findall(r"\S+", texts.get(d["doc"], "")))
        if not 40 <= n <= 200:
            err("set 17: %s has %d words (want 40-200)" % (d["doc"], n))
    if len(incs) < 130:
        err("set 17: want at least 130 incidents")
    prov = Counter(i["province"] for i in incs if i["country"] == "Iraq")
    for p in ns["PROVINCES"]:
        if prov[p] < 2:
            err("set 17: province %s has %d incidents (want 2+)" % (p, prov[p]))
    cl = Counter((i["province"], i["event_date"][:7]) for i in incs if i["country"] == "Iraq")
    big = {k for k, n in cl.items() if n >= 10}
    if len(big) < 6 or big & CLUSTERS16:
        err("set 17: want 6 clusters of 10+ none of them set 16's, have %s" % sorted(big))
    if len(qs) < 300:
        err("set 17: want at least 300 questions, have %d" % len(qs))
    if len(convs) != 24:
        err("set 17: want 24 conversations")
    low = [q["question"].lower() for q in qs] + [t["question"].lower() for c in convs for t in c["turns"]]
    for ph in PHRASES:
        if not any(re.search(ph, t) for t in low):
            err("set 17: no question phrased with %r" % ph)
    if sum(1 for q in qs if q["today"] != "2025-12-01") < 20:
        err("set 17: want 20+ questions whose period is relative to their 'today'")
    for q in qs:
        if q.get("doc"):
            if len(q.get("expected_ids") or []) != 1:
                err("set 17: %s single-event filter selects %s" % (q["id"], q.get("expected_ids")))
            if q.get("answer") == "None":
                err("set 17: %s asks for a field the record leaves null" % q["id"])
    kinds = Counter(q["intent"] for q in qs)
    if kinds["briefing"] < 10 or kinds["count"] < 20 or kinds["listing"] < 150:
        err("set 17: intents too few: %s" % dict(kinds))
    if sum(1 for q in qs if not q.get("doc") and not q.get("no_match") and q.get("expected_ids") == []) < 5:
        err("set 17: want some questions whose answer is no incident")
    if sum(1 for i in incs if i["country"] != "Iraq") < 3:
        err("set 17: want a few attacks outside Iraq")


def main():
    src = open(C16, encoding="utf-8").read()
    for old, new, n in SUBS:
        if src.count(old) != n:
            print("ERROR realworld16/check.py changed: %r found %d times" % (old, src.count(old)))
            return 1
        src = src.replace(old, new)
    src, k = SIG_RE.subn('    sig = SIG17(d, t, raw, inc_by_doc)\n', src)
    if k != 1 or src.count(REPORT) != 1:
        print("ERROR realworld16/check.py changed: signature block or report marker not found")
        return 1
    head, tail = src.split(REPORT)
    ns = {"__name__": "rw16_check_wrapped", "__file__": os.path.abspath(__file__), "SIG17": SIG17}
    exec(compile(head, C16, "exec"), ns)
    extra17(ns)
    try:
        exec(compile(REPORT + tail, C16, "exec"), ns)
    except SystemExit as e:
        return e.code or 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
