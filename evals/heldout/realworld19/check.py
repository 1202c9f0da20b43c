#!/usr/bin/env python3
"""Consistency checks for held-out real-world set 19 (stdlib only).

No code of realworld16, 17 or 18 is copied here. As realworld17/check.py and
realworld18/check.py do, ../realworld16/check.py is read and executed as a
wrapped script with __file__ pointing at this file (so its ROOT is
realworld19/), after textual substitutions that are asserted to apply exactly:
the id prefixes (r19xxx, q22xxx, c22xx), the size floors (90 docs, 100
incidents), the cluster rule (province-YEAR clusters of 7+ incidents instead of
province-month clusters of 10+, because this set's listings lean on provinces
and periods across a year) and the set-16 style-signature table, replaced by
SIG19 below. All of set 16's other checks (and, through it, sets 4-15's) run
unchanged. The set-19 checks in extra19() run before set 16's report section.
Usage: python3 check.py   (exit status 1 on any error)"""
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
C16 = os.path.normpath(os.path.join(HERE, "..", "realworld16", "check.py"))
REPORT = "# ---------------------------------------------------------------- report"

SUBS = [  # (old, new, expected count)
    ('re.fullmatch(r"r16\\d{3}", did or "")', 're.fullmatch(r"r19\\d{3}", did or "")', 1),
    ("19000 + n", "22000 + n", 2),
    ('"c%d" % (1900 + n)', '"c%d" % (2200 + n)', 1),
    ('if len(docs) < 150:\n    err("only %d docs (want >= 150)" % len(docs))',
     'if len(docs) < 90:\n    err("only %d docs (want >= 90)" % len(docs))', 1),
    ('if len(docs) < 153:\n    err("want at least 153 docs")',
     'if len(docs) < 90:\n    err("want at least 90 docs")', 1),
    ('if len(incs) < 170:\n    err("want at least 170 incidents")',
     'if len(incs) < 100:\n    err("want at least 100 incidents")', 1),
    ('_cl = Counter((i["province"], i["event_date"][:7]) for i in incs if i["country"] == "Iraq")',
     '_cl = Counter((i["province"], i["event_date"][:4]) for i in incs if i["country"] == "Iraq")', 1),
    ("_big = sorted(k for k, n in _cl.items() if n >= 10)", "_big = sorted(k for k, n in _cl.items() if n >= 7)", 1),
    ('err("want at least 6 province-month clusters of 10+ incidents, have %s" % _big)',
     'err("want at least 6 province-year clusters of 7+ incidents, have %s" % _big)', 1),
]
SIG_RE = re.compile(r"    sig = \{  # set-16 styles\n.*?\n    \}\n", re.S)


def SIG19(d, t, raw, inc_by_doc):
    """set-19 style signatures (new outlets and templates; see README 'Styles')."""
    ext = d["file"].rsplit(".", 1)[1]
    return {
        "A": lambda: re.search(r"(?i)event[-_ ]?data|event_date|event_id", t)
        and re.search(r"\bOn \d{1,2} [A-Z][a-z]+( \d{4})?,", t),
        "G": lambda: re.search(r"Political Violence Case Archive \(PVCA\)", t) and re.search(r"Claim:", t)
        and re.search(r"Perpetrator deaths: \d", t),
        "W": lambda: re.search(r"\((TASS|MENA|Lusa|Yonhap|Bernama|PTI|WAM)\)", t)
        and re.search(r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", t),
        "T": lambda: re.search(r"Al-Sharqiya|Al-Rabiaa|UTV|Al-Masalah|Al-Aalem al-Jadeed|Yes Iraq|Al-Taghier", t)
        and re.search(r"\(translated\)", t),
        "K": lambda: re.search(r"Awene|Speda TV|Zagros TV|Waar Media|Gali Kurdistan|Lvin Press|KNN", t),
        "N": lambda: all((i["killed"] or 0) == 0 and (i["wounded"] or 0) == 0 for i in inc_by_doc[d["doc"]]),
        "R": lambda: re.search(r"(?i)tracker|review|digest|brief|round-up", t),
        "V": lambda: re.search(r"(?i)toll|revis|update|correction|died of|dies", t),
        "O": lambda: re.search(r"(?i)statement", t)
        and re.search(r"Command|Ministry|Directorate|Commission|Company", t),
        "H": lambda: re.search(r"CPT|Danish Refugee Council|Mercy Corps|NGO|WFP", t),
        "S": lambda: re.search(r"(?i)telegram|t\.me/|channel", t) and re.search(r"#\w", t),
        "F": lambda: re.search(r"(?i)funeral|court|sentenc|a year has passed|ward|guards|feuds?\b|judges", t),
        "P": lambda: ext in ("html", "md", "json")
        and re.search(r"(?i)related|read more|see also|you may also like", t),
    }


CLUSTERS19 = {("Salahuddin", "2021"), ("Diyala", "2023"), ("Kirkuk", "2020"), ("Dohuk", "2024"),
              ("Anbar", "2019"), ("Basra", "2022"), ("Nineveh", "2025")}

# phrasings the set promises (README "Questions"); each must occur in some question or turn
PHRASES = [
    r"\bprov\b", r"\bq[1-4]\b", r"\bh[12]\b", r"\bytd\b", r"\bis\b", r"daesh", r"isil", r"\bpmu\b", r"hashd",
    r"\bpmf\b", r"tribal mobilisation", r"within \d+ km", r"east of", r"north of", r"south of", r"west of",
    r"\bnear\b", r"around", r"district", r"since", r"between", r"last quarter", r"last month", r"last week",
    r"yesterday", r"this year", r"past (two weeks|\d+ days)", r"spring", r"summer", r"autumn", r"winter",
    r"shepherds", r"farmers", r"oil fields", r"checkpoints", r"convoys", r"turkish strikes", r"drone strikes",
    r"shelling", r"katyusha", r"grenade", r"kidnapp", r"abduct", r"sticky bomb", r"roadside bomb", r"ied",
    r"suicide", r"ambush", r"coalition", r"peshmerga", r"pkk", r"border guards", r"activists",
    r"where the attacker is unknown", r"salahudin", r"kerkuk", r"\bbaji\b", r"diyalah", r"ninewa", r"slemani",
]


def extra19(ns):
    err, docs, incs, qs, convs = ns["err"], ns["docs"], ns["incs"], ns["qs"], ns["convs"]
    texts, by_style = ns["texts"], ns["by_style"]
    from collections import Counter
    if not 88 <= len(docs) <= 100:
        err("set 19: want about 90 docs, have %d" % len(docs))
    for s in "AGWTKNRVOHSFP":
        if len(by_style[s]) != 7:
            err("set 19: style %s has %d docs (want 7)" % (s, len(by_style[s])))
    for d in docs:
        n = len(re.findall(r"\S+", texts.get(d["doc"], "")))
        if not 40 <= n <= 200:
            err("set 19: %s has %d words (want 40-200)" % (d["doc"], n))
    iraq = [i for i in incs if i["country"] == "Iraq"]
    if len(iraq) < 100:
        err("set 19: want at least 100 Iraqi incidents")
    prov = Counter(i["province"] for i in iraq)
    for p in ns["PROVINCES"]:
        if prov[p] < 2:
            err("set 19: province %s has %d incidents (want 2+)" % (p, prov[p]))
    cl = Counter((i["province"], i["event_date"][:4]) for i in iraq)
    big = {k for k, n in cl.items() if n >= 7}
    if big != CLUSTERS19:
        err("set 19: want exactly the seven province-year clusters of 7+: %s" % sorted(big))
    if sum(1 for i in incs if i["country"] != "Iraq") < 3:
        err("set 19: want 3+ attacks outside Iraq")
    if sum(1 for d in docs if d["country"] == "Iraq" and not ns["inc_by_doc"][d["doc"]]) != 9:
        err("set 19: want 9 Iraqi noise docs")
    # casualty emphasis: varied zero wordings, ranges, lower bounds, revised tolls
    zeros = {i[k + "_text"] for i in incs for k in ("killed", "wounded") if i[k] == 0}
    if len(zeros) < 25:
        err("set 19: want 25+ distinct zero-casualty wordings, have %d" % len(zeros))
    kt = [i["killed_text"] for i in incs]
    if not any("between" in t for t in kt) or not any("at least" in t for t in kt):
        err("set 19: want a range and an 'at least' toll")
    if sum(1 for i in incs if i["killed"] is None) < 12 or sum(1 for i in incs if i["wounded"] is None) < 20:
        err("set 19: want records whose killed (12+) or wounded (20+) figure is not told")
    # questions: the emphasis is corpus-wide listings
    if len(qs) < 300 or len(convs) != 24:
        err("set 19: want 300+ questions and 24 conversations")
    kinds = Counter(q["intent"] for q in qs if not q.get("doc"))
    if kinds["listing"] < 150 or kinds["count"] < 15 or kinds["briefing"] < 10:
        err("set 19: intents too few: %s" % dict(kinds))
    mid = [q for q in qs if not q.get("doc") and q.get("expected_ids") and 3 <= len(q["expected_ids"]) <= 8]
    if len(mid) < 100:
        err("set 19: want 100+ listings / counts / briefings with 3-8 expected incidents, have %d" % len(mid))
    if sum(1 for q in qs if not q.get("doc") and not q.get("no_match") and q.get("expected_ids") == []) < 5:
        err("set 19: want 5+ listings whose answer is no incident")
    if sum(1 for q in qs if q.get("no_match")) < 6:
        err("set 19: want 6+ no-match questions")
    if sum(1 for q in qs if q["today"] != "2025-12-01" and not q.get("doc")) < 15:
        err("set 19: want 15+ relative-period listings")
    if sum(1 for q in qs if q["question"] == q["question"].lower()) < 60:
        err("set 19: want 60+ all-lower-case phrasings")
    for q in qs:
        if q.get("doc"):
            if len(q.get("expected_ids") or []) != 1:
                err("set 19: %s single-event filter selects %s" % (q["id"], q.get("expected_ids")))
            if q.get("answer") == "None":
                err("set 19: %s asks for a field the record leaves null" % q["id"])
    se = [q for q in qs if q.get("doc")]
    if sum(1 for q in se if q["answer_type"] == "number") < 100 or sum(1 for q in se if q["answer"] == "0") < 30:
        err("set 19: want 100+ casualty questions, 30+ of them answered 0")
    low = [q["question"].lower() for q in qs] + [t["question"].lower() for c in convs for t in c["turns"]]
    for ph in PHRASES:
        if not any(re.search(ph, t) for t in low):
            err("set 19: no question phrased with %r" % ph)


def main():
    src = open(C16, encoding="utf-8").read()
    for old, new, n in SUBS:
        if src.count(old) != n:
            print("ERROR realworld16/check.py changed: %r found %d times" % (old, src.count(old)))
            return 1
        src = src.replace(old, new)
    src, k = SIG_RE.subn('    sig = SIG19(d, t, raw, inc_by_doc)\n', src)
    if k != 1 or src.count(REPORT) != 1:
        print("ERROR realworld16/check.py changed: signature block or report marker not found")
        return 1
    head, tail = src.split(REPORT)
    ns = {"__name__": "rw16_check_wrapped", "__file__": os.path.abspath(__file__), "SIG19": SIG19}
    exec(compile(head, C16, "exec"), ns)
    extra19(ns)
    try:
        exec(compile(REPORT + tail, C16, "exec"), ns)
    except SystemExit as e:
        return e.code or 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
