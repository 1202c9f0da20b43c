#!/usr/bin/env python3
"""Consistency checks for held-out real-world set 21 (stdlib only; set-21 code only).

As realworld17-20 do, ../realworld16/check.py is read and executed as a wrapped
script with __file__ pointing here (so its ROOT is realworld21/). The textual
substitutions are taken from realworld20's check.py, loaded by file path as a
module (its SUBS, SIG_RE and REPORT), and re-targeted to this set: ids r21xxx /
q24xxx / c24xx, floors of 91 docs and 100 incidents, 7-14 docs per style; set 20's
other adaptations (3 each of .json / .html / .md, province-YEAR clusters of 5+,
exactly 30 conversations) are kept. The set-16 style-signature table is replaced
by SIG21 below. extra21() runs before set 16's report section.
Usage: python3 check.py   (exit status 1 on any error)"""
import importlib.util
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
HELD = os.path.dirname(HERE)
C16 = os.path.join(HELD, "realworld16", "check.py")


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


RW20 = _load("rw20_check", os.path.join(HELD, "realworld20", "check.py"))
RETARGET = [  # applied to the new side of set 20's substitutions; each must be used
    ('r20\\d{3}', 'r21\\d{3}'), ("23000 + n", "24000 + n"), ("(2300 + n)", "(2400 + n)"),
    ("len(docs) < 65", "len(docs) < 91"), ("want >= 65", "want >= 91"), ("at least 65 docs", "at least 91 docs"),
    ("len(incs) < 80", "len(incs) < 100"), ("at least 80 incidents", "at least 100 incidents"),
    ("lo, hi = 5, 14", "lo, hi = 7, 14"),
]


def subs21():
    out, used = [], set()
    for old, new, n in RW20.SUBS:
        for a, b in RETARGET:
            if a in new:
                new = new.replace(a, b)
                used.add(a)
        out.append((old, new, n))
    missing = [a for a, _ in RETARGET if a not in used]
    if missing:
        raise SystemExit("ERROR realworld20/check.py changed: %s" % missing)
    return out


def SIG21(d, t, raw, inc_by_doc):
    """set-21 style signatures (outlets and templates no earlier set used; README 'Styles')."""
    ext = d["file"].rsplit(".", 1)[1]
    return {
        "A": lambda: re.search(r"\bMED\b", t) and re.search(r"(?i)fatalit|fat\. \d|admin1|coder|sub_event", t),
        "G": lambda: "CONFLICT CASUALTY INDEX (CCI)" in t and "Date convention of this card" in t,
        "W": lambda: re.search(r"\((Petra|ANTARA|MTI|CTK|AGERPRES|BELGA|Hina)\)", t),
        "T": lambda: re.search(r"Al-Forat News|Al-Sabah al-Jadeed|Al-Rabiaa TV|Al-Ghad Press|Baghdad Today|Al-Masalah"
                               r"|Al-Aalem al-Jadeed", t) and "(translated)" in t,
        "K": lambda: re.search(r"Kurdsat News|NRT English|Basnews|Speda TV|Awene|Lvin Press|Waar Media", t),
        "N": lambda: all((i["killed"] or 0) == 0 and (i["wounded"] or 0) == 0 for i in inc_by_doc[d["doc"]]),
        "R": lambda: re.search(r"(?i)fortnightly|calendar|review|digest|round-up", t),
        "V": lambda: re.search(r"(?i)toll|update|correction|revised|died|dies", t),
        "O": lambda: re.search(r"(?i)statement", t) and re.search(r"Command|Directorate|Department", t),
        "H": lambda: re.search(r"World Vision|Welthungerhilfe|Première Urgence|Médecins du Monde|IRC Iraq|People in Need"
                               r"|Tearfund", t),
        "S": lambda: re.search(r"(?i)telegram|t\.me/|channel", t) and re.search(r"#\w", t),
        "F": lambda: re.search(r"(?i)funeral|mourners|sentenced|year ago|arrest|renamed|compensat|memorial", t),
        "P": lambda: ext in ("html", "md", "json") and re.search(r"(?i)related|read more|see also", t),
    }


CLUSTERS21 = {("Kirkuk", "2022"), ("Diyala", "2021"), ("Salahuddin", "2024"), ("Nineveh", "2023"), ("Dohuk", "2023"),
              ("Anbar", "2020"), ("Baghdad", "2019"), ("Erbil", "2025"), ("Basra", "2021")}
# relative-period words -> s17.rel kind (checked against each question's today)
REL = [(r"this month so far", "this_month"), (r"two months ago", "months_ago:2"), (r"two years ago", "years_ago:2"),
       (r"last year", "last_year"), (r"last quarter(?! of)", "last_quarter"), (r"last month", "last_month"),
       (r"last week", "last_week"), (r"past two weeks|past fortnight", "past_days:14"), (r"past 3 days", "past_days:3"),
       (r"last 10 days", "past_days:10"), (r"past 30 days", "past_days:30"), (r"\bytd\b|this year", "this_year"),
       (r"yesterday", "yesterday")]
# wordings the set promises (README "Questions"); each must occur in some question or turn
PHRASES = [
    r"^list\b", r"tabulate", r"what was recorded", r"^draft a briefing", r"one-paragraph brief", r"tally of", r"^count ",
    r"put together a short note", r"compile a briefing", r"overview please", r"\bsummary\b", r"brief me on", r"\bpls\b",
    r"please", r"anything on|anything in|anything targeting", r"everything on record", r"- list$", r"- count$",
    r"- everything$", r"no\. of", r"which attacks\?", r"who was abducted\?", r"how many", r"number of",
    r"kerkuk provnce", r"kirkuk gov\.", r"daesh activity", r"isil ops", r"\bprov\b", r"governorate", r"dakuk", r"hawijah",
    r"diyalah", r"dyala", r"baqubah", r"baaquba", r"muqdadiya\b", r"khanaqeen", r"salahudin", r"salah al din",
    r"salah al-din", r"saladin", r"samara\b", r"tikreet", r"ninewa", r"nineva", r"ninawa", r"mosul province", r"shengal",
    r"duhok", r"dahuk", r"zaxo", r"al-anbar", r"al qaim", r"hewler", r"arbil", r"sidakan", r"basrah", r"slemani",
    r"sulaimaniya", r"sulaimani\b", r"penjwin", r"panjwin", r"kerbala", r"babylon", r"babel", r"qadisiya\b",
    r"diwaniyah province", r"thi qar", r"missan", r"muthana\b", r"amara\b", r"within \d+ km", r"around", r"\bnear\b",
    r"north of", r"district", r"city", r"\bh1\b", r"\bh2\b", r"\bq[1-4]\b", r"first six months", r"second half",
    r"third quarter", r"last quarter of", r"january-march", r"april to june", r"apr-aug", r"sep-dec", r"jun-aug",
    r"between \w+ and \w+ 20\d\d", r"between 1 and 20", r"first half of december", r"1-15 december", r"summer",
    r"spring", r"autumn", r"\bfall\b", r"winter", r"before march", r"earlier than", r"since", r"from \w+ onwards",
    r"after march", r"from april", r"until may", r"up to may", r"20\d\d-20\d\d", r"2019 to 2021", r"through 2020",
    r"\bytd\b", r"this year", r"so far this year", r"last month", r"last year", r"last week", r"past fortnight",
    r"past two weeks", r"past 3 days", r"last 10 days", r"past 30 days", r"two years ago", r"this month so far",
    r"two months ago", r"yesterday", r"\bis\b", r"\bisis\b", r"\bisil\b", r"daesh", r"islamic state", r"turkish",
    r"turkey", r"\bpkk\b", r"\bpmf\b", r"\bpmu\b", r"hashd", r"army", r"soldiers", r"police", r"border guards",
    r"border patrol", r"peshmerga", r"civilians", r"shepherds and farmers", r"protesters", r"activists", r"coalition",
    r"us forces", r"us troops", r"attacks by", r"attacks on", r"where the attacker is unknown", r"unknown perpetrators",
    r"\bvs\b", r"ieds?\b", r"roadside bomb", r"bombings?", r"sound bomb", r"rocket", r"katyusha", r"mortar", r"shelling",
    r"drone strike", r"air strike", r"shooting", r"shot dead", r"gun attacks", r"ambush", r"kidnapping", r"abduction",
    r"grenade", r"suicide", r"\bkia\b", r"- dead\?", r"- killed\?", r"- injured\?", r"how many hurt\?", r"- what day\?",
    r"date\?$", r"- who did it\?", r"perpetrator\?", r"who is blamed", r"death toll", r"wounded count",
    r"only the is ones", r"and in 2019\?", r"make that a briefing", r"count them", r"only inside", r"restrict to",
    r"just the ieds", r"drop the year", r"list them", r"what about 2023\?", r"the month before that\?",
    r"only the bombings", r"same for", r"widen it", r"forget the year", r"which of them were is\?",
    r"write it up as a briefing", r"include the surrounding area", r"now erbil province", r"only amarah",
]


def extra21(ns):
    err, docs, incs, qs, convs = ns["err"], ns["docs"], ns["incs"], ns["qs"], ns["convs"]
    texts, by_style, inc_by_doc = ns["texts"], ns["by_style"], ns["inc_by_doc"]
    from collections import Counter
    if len(docs) != 91:
        err("set 21: want 91 docs, have %d" % len(docs))
    for s in "AGWTKNRVOHSFP":
        if len(by_style[s]) != 7:
            err("set 21: style %s has %d docs (want 7)" % (s, len(by_style[s])))
        for pos, d in enumerate(by_style[s], 1):
            if (d["country"] != "Iraq" or not inc_by_doc[d["doc"]]) and pos % 3 == 0:
                err("set 21: noise doc %s at a final position" % d["doc"])
    for d in docs:
        n = len(re.findall(r"\S+", texts.get(d["doc"], "")))
        if not 40 <= n <= 200:
            err("set 21: %s has %d words (want 40-200)" % (d["doc"], n))
    iraq = [i for i in incs if i["country"] == "Iraq"]
    if len(iraq) < 100 or len(incs) < 104:
        err("set 21: want 100+ Iraqi incidents and 104+ in all, have %d / %d" % (len(iraq), len(incs)))
    prov = Counter(i["province"] for i in iraq)
    for p in ns["PROVINCES"]:
        if prov[p] < 2:
            err("set 21: province %s has %d incidents (want 2+)" % (p, prov[p]))
    cl = Counter((i["province"], i["event_date"][:4]) for i in iraq)
    if {k for k, n in cl.items() if n >= 5} != CLUSTERS21:
        err("set 21: want exactly the nine province-year clusters of 5+: %s" % sorted(k for k, n in cl.items() if n >= 5))
    if Counter(i["country"] for i in incs if i["country"] != "Iraq") != Counter({"Syria": 2, "Iran": 1, "Turkey": 1}):
        err("set 21: want 4 attacks outside Iraq (Syria 2, Iran 1, Turkey 1)")
    if sum(1 for d in docs if d["country"] == "Iraq" and not inc_by_doc[d["doc"]]) != 9:
        err("set 21: want 9 Iraqi noise docs")
    # emphasis 1: the event day has to be worked out (no full date with its year beside the event)
    full = re.compile(r"\b\d{4}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|'\d\d\b")
    worked = [i for i in incs if i["date_precision"] == "day" and not full.search(i["date_phrase"] or "")]
    if len(worked) < 60:
        err("set 21: want 60+ day records whose date phrase carries no year, have %d" % len(worked))
    if sum(1 for i in incs if i["date_precision"] == "month") < 2:
        err("set 21: want month-precision records")
    # emphasis 2: the questions
    if len(qs) < 450 or len(convs) != 30:
        err("set 21: want 450+ questions and 30 conversations")
    kinds = Counter(q["intent"] for q in qs if not q.get("doc") and not q.get("no_match"))
    if kinds["listing"] < 300 or kinds["count"] < 30 or kinds["briefing"] < 20:
        err("set 21: intents too few: %s" % dict(kinds))
    comp = [q for q in qs if not q.get("doc") and not q.get("no_match") and q.get("expected_ids") is not None]
    mid = [q for q in comp if 2 <= len(q["expected_ids"]) <= 8]
    if len(mid) < 0.7 * len(comp):
        err("set 21: want 70%%+ of listings / counts / briefings with 2-8 answers, have %d of %d" % (len(mid), len(comp)))
    if sum(1 for q in comp if q["expected_ids"] == []) < 5:
        err("set 21: want 5+ listings whose answer is no incident")
    if sum(1 for q in qs if q.get("no_match")) < 10:
        err("set 21: want 10+ no-match questions")
    if sum(1 for q in qs if q["question"] == q["question"].lower()) < 150:
        err("set 21: want 150+ all-lower-case phrasings")
    if sum(1 for q in qs if q.get("expected_ids") is None and not q.get("doc")) > 25:
        err("set 21: too many near questions (no computed answer)")
    se = [q for q in qs if q.get("doc")]
    if len(se) < 150:
        err("set 21: want 150+ single-event questions, have %d" % len(se))
    for q in se:
        if len(q.get("expected_ids") or []) != 1:
            err("set 21: %s single-event filter selects %s" % (q["id"], q.get("expected_ids")))
        if q.get("answer") in (None, "None"):
            err("set 21: %s asks for a field the record leaves null" % q["id"])
    at = Counter(q["answer_type"] for q in se)
    if at["number"] < 80 or at["date"] < 30 or at["actor"] < 20 or sum(q["answer"] == "0" for q in se) < 20:
        err("set 21: single-event answer types too narrow: %s" % dict(at))
    # relative periods: exactly s17.rel(kind, today), the kind read from the question's own words
    sys.path.insert(0, os.path.join(HELD, "realworld16", "build"))  # s17 imports set 16's lib.py
    s17 = _load("rw17_s17_for_check", os.path.join(HELD, "realworld17", "build", "s17.py"))
    items = [(q["id"], q["question"], q["filters"], q["today"]) for q in qs if not q.get("doc") and not q.get("no_match")]
    items += [(c["id"], t["question"], t["filters"], c["today"]) for c in convs for t in c["turns"][:1]]
    nrel = 0
    for w, text, fl, today in items:
        kind = next((k for pat, k in REL if re.search(pat, text.lower())), None)
        if kind is None:
            if today != "2025-12-01":
                err("set 21: %s has today %s but no relative period" % (w, today))
            continue
        nrel += 1
        if (fl["date_from"], fl["date_to"]) != s17.rel(kind, today):
            err("set 21: %s %r: dates %s..%s != s17.rel(%s, %s)" % (w, text, fl["date_from"], fl["date_to"], kind, today))
    if nrel < 30:
        err("set 21: want 30+ relative-period questions, have %d" % nrel)
    low = [q["question"].lower() for q in qs] + [t["question"].lower() for c in convs for t in c["turns"]]
    for ph in PHRASES:
        if not any(re.search(ph, t) for t in low):
            err("set 21: no question phrased with %r" % ph)


def main():
    src = open(C16, encoding="utf-8").read()
    for old, new, n in subs21():
        if src.count(old) != n:
            print("ERROR realworld16/check.py changed: %r found %d times" % (old, src.count(old)))
            return 1
        src = src.replace(old, new)
    src, k = RW20.SIG_RE.subn('    sig = SIG21(d, t, raw, inc_by_doc)\n', src)
    if k != 1 or src.count(RW20.REPORT) != 1:
        print("ERROR realworld16/check.py changed: signature block or report marker not found")
        return 1
    head, tail = src.split(RW20.REPORT)
    ns = {"__name__": "rw16_check_for_rw21", "__file__": os.path.abspath(__file__), "SIG21": SIG21}
    exec(compile(head, C16, "exec"), ns)
    extra21(ns)
    try:
        exec(compile(RW20.REPORT + tail, C16, "exec"), ns)
    except SystemExit as e:
        return e.code or 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
