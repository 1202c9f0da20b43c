#!/usr/bin/env python3
"""Consistency checks for held-out real-world set 20 (stdlib only).

No code of realworld16-19 is copied here. As realworld17-19's check.py do,
../realworld16/check.py is read and executed as a wrapped script with __file__
pointing at this file (so its ROOT is realworld20/), after textual substitutions
that are asserted to apply exactly: the id prefixes (r20xxx, q23xxx, c23xx), the
size floors adapted to this set's size (65 docs instead of 150/153, 80 incidents
instead of 170, 5-14 docs per style instead of 6-14, 3 each of .json / .html /
.md instead of 4, 30 conversations instead of exactly 24), the cluster rule
(province-YEAR clusters of 5+ incidents instead of province-month clusters of
10+), and the set-16 style-signature table, replaced by SIG20 below. All of set
16's other checks (and, through it, sets 4-15's) run unchanged. The set-20
checks in extra20() run before set 16's report section.
Usage: python3 check.py   (exit status 1 on any error)"""
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
C16 = os.path.normpath(os.path.join(HERE, "..", "realworld16", "check.py"))
REPORT = "# ---------------------------------------------------------------- report"

SUBS = [  # (old, new, expected count)
    ('re.fullmatch(r"r16\\d{3}", did or "")', 're.fullmatch(r"r20\\d{3}", did or "")', 1),
    ("19000 + n", "23000 + n", 2),
    ('"c%d" % (1900 + n)', '"c%d" % (2300 + n)', 1),
    ('if len(docs) < 150:\n    err("only %d docs (want >= 150)" % len(docs))',
     'if len(docs) < 65:\n    err("only %d docs (want >= 65)" % len(docs))', 1),
    ("    lo, hi = 6, 14\n", "    lo, hi = 5, 14\n", 1),
    ('if exts["json"] < 4 or exts["html"] < 4 or exts["md"] < 4:',
     'if exts["json"] < 3 or exts["html"] < 3 or exts["md"] < 3:', 1),
    ('if len(docs) < 153:\n    err("want at least 153 docs")',
     'if len(docs) < 65:\n    err("want at least 65 docs")', 1),
    ('if len(incs) < 170:\n    err("want at least 170 incidents")',
     'if len(incs) < 80:\n    err("want at least 80 incidents")', 1),
    ('_cl = Counter((i["province"], i["event_date"][:7]) for i in incs if i["country"] == "Iraq")',
     '_cl = Counter((i["province"], i["event_date"][:4]) for i in incs if i["country"] == "Iraq")', 1),
    ("_big = sorted(k for k, n in _cl.items() if n >= 10)", "_big = sorted(k for k, n in _cl.items() if n >= 5)", 1),
    ('err("want at least 6 province-month clusters of 10+ incidents, have %s" % _big)',
     'err("want at least 6 province-year clusters of 5+ incidents, have %s" % _big)', 1),
    ('if len(convs) != 24:\n    err("want 24 conversations, have %d" % len(convs))',
     'if len(convs) != 30:\n    err("want 30 conversations, have %d" % len(convs))', 1),
    ('print("clusters:", {"%s %s" % k: n for k, n in sorted(_cl.items()) if n >= 10})',
     'print("clusters:", {"%s %s" % k: n for k, n in sorted(_cl.items()) if n >= 5})', 1),
]
SIG_RE = re.compile(r"    sig = \{  # set-16 styles\n.*?\n    \}\n", re.S)


def SIG20(d, t, raw, inc_by_doc):
    """set-20 style signatures (outlets and templates no earlier set used; README 'Styles')."""
    ext = d["file"].rsplit(".", 1)[1]
    return {
        "A": lambda: re.search(r"evt_date|event_date", t) and re.search(r"\bOn \d{1,2} [A-Z][a-z]+ \d{4},", t),
        "G": lambda: re.search(r"Iraq Security Events Ledger \(ISEL\)", t) and re.search(r"Responsibility:", t)
        and re.search(r"Victims killed: \d", t),
        "W": lambda: re.search(r"\((Prensa Latina|PAP|Agenzia Nova|APA|BTA)\)", t)
        and re.search(r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", t),
        "T": lambda: re.search(r"Al-Mirbad|Afaq TV|Al-Baghdadia|Al-Etejah|Al-Mustaqilla", t)
        and re.search(r"\(translated\)", t),
        "K": lambda: re.search(r"\((Esta Media|Kurdistan TV|Rega Media|Zhyan News|Kurdpa)\)", t),
        "N": lambda: all((i["killed"] or 0) == 0 and (i["wounded"] or 0) == 0 for i in inc_by_doc[d["doc"]]),
        "R": lambda: re.search(r"(?i)review|digest|round-up", t),
        "V": lambda: re.search(r"(?i)toll|update|correction|revised|died", t),
        "O": lambda: re.search(r"(?i)statement", t) and re.search(r"Command|Service", t),
        "H": lambda: re.search(r"INSO|Oxfam|ICRC|Humanity & Inclusion|ACTED", t),
        "S": lambda: re.search(r"(?i)telegram|t\.me/|channel", t) and re.search(r"#\w", t),
        "F": lambda: re.search(r"(?i)funeral|arrested|sentenced|a year has passed", t),
        "P": lambda: ext in ("html", "md", "json") and re.search(r"(?i)related|read more|see also", t),
    }


CLUSTERS20 = {("Diyala", "2022"), ("Kirkuk", "2021"), ("Salahuddin", "2023"), ("Dohuk", "2022"),
              ("Nineveh", "2020"), ("Anbar", "2024"), ("Baghdad", "2025")}

# phrasings the set promises (README "Questions"); each must occur in some question or turn
PHRASES = [
    # forms
    r"^list\b", r"show me", r"give me", r"pull up", r"what happened in", r"anything on", r"^any\b", r"were there",
    r"\bi need\b", r"can you find", r"\bpls\b", r"^incidents:", r"\?$", r"thanks", r"please", r"quickly",
    r"for my report", r"briefing", r"summari[sz]e", r"short brief", r"overview", r"sitrep", r"how many",
    r"number of", r"count of", r"total", r"how often", r"count them",
    # periods
    r"\b20\d\d\b", r"\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\b", r"from \w+ to \w+", r"between",
    r"\bq[1-4]\b", r"\bh[12]\b", r"first half", r"second half", r"first three months", r"last quarter of",
    r"spring", r"summer", r"autumn", r"winter", r"since", r"before", r"until", r"after", r"last month",
    r"last year", r"this year", r"\bytd\b", r"past \d+ days", r"past two weeks", r"past 3 weeks", r"last week",
    r"yesterday", r"last quarter", r"20\d\d-20\d\d",
    # places
    r"\bprov\b", r"provnce", r"gov\.", r"governorate", r"district", r"\bnear\b", r"around", r"outside",
    r"within \d+ km", r"north of", r"east of", r"\barea\b", r"region", r"city", r"diyalah", r"dyala", r"kerkuk",
    r"salahudin", r"salah al din", r"ninewa", r"nineva", r"ninawa", r"dahuk", r"duhok", r"slemani", r"sulaimaniya",
    r"basrah", r"arbil", r"babylon", r"thi qar", r"khanaqeen", r"muqdadiya\b", r"jalula", r"baqubah", r"hawijah",
    r"tuz khurmato", r"shirqat", r"telafer", r"qayara", r"shengal", r"zaxo", r"amadiya", r"heet", r"penjwin",
    r"qaladiza", r"tarmiya\b", r"nasiriya\b", r"amara\b", r"diwaniya\b", r"samawah", r"hilla\b", r"sharanish",
    r"rahimawa",
    # actors, targets
    r"\bis\b", r"\bisis\b", r"\bisil\b", r"daesh", r"islamic state", r"turkish", r"turkey", r"\bpkk\b",
    r"\bpmu\b", r"\bpmf\b", r"hashd", r"army", r"soldiers", r"police", r"federal police", r"peshmerga",
    r"civilians", r"shepherds", r"farmers", r"activists?", r"protesters", r"coalition", r"us forces",
    r"border guards", r"blamed on", r"-claimed", r"attacks by", r"attacks on", r"where the attacker is unknown",
    r"a briefing on \w+ attacks",
    # types
    r"\bieds?\b", r"roadside bomb", r"sticky bomb", r"rocket", r"katyusha", r"mortar", r"shelling",
    r"drone strike", r"air strike", r"shooting", r"sniper", r"ambush", r"kidnapp", r"abduct", r"grenade",
    r"suicide", r"\bkia\b", r"ops\b",
    # conversation turn 2
    r"and in 2021\?", r"what about", r"how many were wounded\?", r"only the ied attacks", r"same for",
    r"drop the date", r"make it a briefing",
]


def extra20(ns):
    err, docs, incs, qs, convs = ns["err"], ns["docs"], ns["incs"], ns["qs"], ns["convs"]
    texts, by_style, inc_by_doc = ns["texts"], ns["by_style"], ns["inc_by_doc"]
    from collections import Counter
    if len(docs) != 65:
        err("set 20: want 65 docs, have %d" % len(docs))
    for s in "AGWTKNRVOHSFP":
        if len(by_style[s]) != 5:
            err("set 20: style %s has %d docs (want 5)" % (s, len(by_style[s])))
    for d in docs:
        n = len(re.findall(r"\S+", texts.get(d["doc"], "")))
        if not 40 <= n <= 200:
            err("set 20: %s has %d words (want 40-200)" % (d["doc"], n))
    iraq = [i for i in incs if i["country"] == "Iraq"]
    if len(iraq) < 75 or len(incs) < 80:
        err("set 20: want 75+ Iraqi incidents and 80+ in all, have %d / %d" % (len(iraq), len(incs)))
    prov = Counter(i["province"] for i in iraq)
    for p in ns["PROVINCES"]:
        if prov[p] < 2:
            err("set 20: province %s has %d incidents (want 2+)" % (p, prov[p]))
    cl = Counter((i["province"], i["event_date"][:4]) for i in iraq)
    if {k for k, n in cl.items() if n >= 5} != CLUSTERS20:
        err("set 20: want exactly the seven province-year clusters of 5+: %s" % sorted(k for k, n in cl.items() if n >= 5))
    if sum(1 for i in incs if i["country"] != "Iraq") != 4:
        err("set 20: want 4 attacks outside Iraq")
    if sum(1 for d in docs if d["country"] == "Iraq" and not inc_by_doc[d["doc"]]) != 9:
        err("set 20: want 9 Iraqi noise docs")
    # the emphasis: question phrasings
    if len(qs) < 420 or len(convs) != 30:
        err("set 20: want 420+ questions and 30 conversations")
    kinds = Counter(q["intent"] for q in qs if not q.get("doc") and not q.get("no_match"))
    if kinds["listing"] < 250 or kinds["count"] < 30 or kinds["briefing"] < 25:
        err("set 20: intents too few: %s" % dict(kinds))
    free = [q for q in qs if not q.get("doc") and not q.get("no_match") and q.get("expected_ids") is not None]
    mid = [q for q in free if 2 <= len(q["expected_ids"]) <= 8]
    if len(mid) < 0.7 * len(free):
        err("set 20: want 70%%+ of listings / counts / briefings with 2-8 expected incidents, have %d of %d" % (len(mid), len(free)))
    if sum(1 for q in free if q["expected_ids"] == []) < 5:
        err("set 20: want 5+ listings whose answer is no incident")
    if sum(1 for q in qs if q.get("no_match")) < 10:
        err("set 20: want 10+ no-match questions")
    if sum(1 for q in qs if q["today"] != "2025-12-01" and not q.get("doc")) < 20:
        err("set 20: want 20+ relative-period listings / counts / briefings")
    if sum(1 for q in qs if q["question"] == q["question"].lower()) < 100:
        err("set 20: want 100+ all-lower-case phrasings")
    if sum(1 for q in qs if q.get("expected_ids") is None and not q.get("doc")) > 25:
        err("set 20: too many near questions (no computed answer)")
    se = [q for q in qs if q.get("doc")]
    if len(se) < 110:
        err("set 20: want 110+ single-event questions, have %d" % len(se))
    for q in se:
        if len(q.get("expected_ids") or []) != 1:
            err("set 20: %s single-event filter selects %s" % (q["id"], q.get("expected_ids")))
        if q.get("answer") == "None":
            err("set 20: %s asks for a field the record leaves null" % q["id"])
    at = Counter(q["answer_type"] for q in se)
    if at["number"] < 60 or at["date"] < 20 or at["actor"] < 20 or sum(q["answer"] == "0" for q in se) < 20:
        err("set 20: single-event answer types too narrow: %s" % dict(at))
    low = [q["question"].lower() for q in qs] + [t["question"].lower() for c in convs for t in c["turns"]]
    for ph in PHRASES:
        if not any(re.search(ph, t) for t in low):
            err("set 20: no question phrased with %r" % ph)
    for c in convs:
        if c["turns"][1]["intent"] not in ("listing", "count", "briefing", "fact"):
            err("set 20: %s bad turn-2 intent" % c["id"])


def main():
    src = open(C16, encoding="utf-8").read()
    for old, new, n in SUBS:
        if src.count(old) != n:
            print("ERROR realworld16/check.py changed: %r found %d times" % (old, src.count(old)))
            return 1
        src = src.replace(old, new)
    src, k = SIG_RE.subn('    sig = SIG20(d, t, raw, inc_by_doc)\n', src)
    if k != 1 or src.count(REPORT) != 1:
        print("ERROR realworld16/check.py changed: signature block or report marker not found")
        return 1
    head, tail = src.split(REPORT)
    ns = {"__name__": "rw16_check_wrapped", "__file__": os.path.abspath(__file__), "SIG20": SIG20}
    exec(compile(head, C16, "exec"), ns)
    extra20(ns)
    try:
        exec(compile(REPORT + tail, C16, "exec"), ns)
    except SystemExit as e:
        return e.code or 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
