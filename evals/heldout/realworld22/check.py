#!/usr/bin/env python3
"""Consistency checks for held-out real-world set 22 (stdlib only; set-22 code only).

As realworld17-21 do, ../realworld16/check.py is read and executed as a wrapped
script with __file__ pointing here (so its ROOT is realworld22/). The textual
substitutions come from realworld21's check.py, loaded by file path as a module
(its subs21(), which itself re-targets realworld20's SUBS; and, through it, set 20's
SIG_RE and REPORT), re-targeted once more to this set: ids r22xxx / q25xxx / c25xx.
Set 21's floors (91 docs, 100 incidents, 7-14 docs per style) and set 20's other
adaptations (3 each of .json / .html / .md, province-YEAR clusters of 5+, exactly 30
conversations) are kept. The set-16 style-signature table is replaced by SIG22
below. extra22() runs before set 16's report section.
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
TODAY = "2026-06-01"   # default today of every question without a relative period (README)


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


RW21 = _load("rw21_check_for_rw22", os.path.join(HELD, "realworld21", "check.py"))
RETARGET = [('r21\\d{3}', 'r22\\d{3}'), ("24000 + n", "25000 + n"), ("(2400 + n)", "(2500 + n)")]


def subs22():
    out, used = [], set()
    for old, new, n in RW21.subs21():
        for a, b in RETARGET:
            if a in new:
                new = new.replace(a, b)
                used.add(a)
        out.append((old, new, n))
    missing = [a for a, _ in RETARGET if a not in used]
    if missing:
        raise SystemExit("ERROR realworld21/check.py changed: %s" % missing)
    return out


def SIG22(d, t, raw, inc_by_doc):
    """set-22 style signatures (outlets and templates no earlier set used; README 'Styles')."""
    ext = d["file"].rsplit(".", 1)[1]
    return {
        "A": lambda: "IVCP" in t and re.search(r"(?i)coder|export|feed|batch", t),
        "G": lambda: "REGIONAL INCIDENT REGISTRY (RIR)" in t and "As of:" in t,
        "W": lambda: re.search(r"\((LETA|BNS|FENA|VNA|BSS|CNA|ERR News)\)", t) and "Dateline:" in t,
        "T": lambda: re.search(r"Almaalomah|Burathanews|Iraq Press|Al-Bayyna New|Al-Bilad News|Ishtar TV|Alsabaah", t)
        and "(translated)" in t,
        "K": lambda: re.search(r"Duhok Post|Roj News|Kurdistan Voice|Sulaimani Post|Kirkuk Now|Hawler Times|Kurdistan Post", t),
        "N": lambda: all((i["killed"] or 0) == 0 and (i["wounded"] or 0) == 0 for i in inc_by_doc[d["doc"]]),
        "R": lambda: re.search(r"(?i)sitrep|ledger|at a glance|watch|review|round-up", t),
        "V": lambda: re.search(r"(?i)version history|revision log|\bv\d - \d{4}|rev\. \d", t)
        and re.search(r"(?i)toll|died|dead|collapse", t),
        "O": lambda: re.search(r"(?i)statement", t) and re.search(r"Command|Directorate|Agency", t),
        "H": lambda: re.search(r"Malteser International|Cordaid|INTERSOS|Search for Common Ground|Mines Advisory Group"
                               r"|Ceasefire Centre|Triangle Génération Humanitaire", t),
        "S": lambda: re.search(r"(?i)telegram|t\.me/", t) and re.search(r"#\w", t),
        "F": lambda: re.search(r"(?i)discharged|memorial|compensation|adjourned|reopen|pension|plaque", t),
        "P": lambda: ext in ("html", "md", "json", "xml") and re.search(r"(?i)related|read more|see also", t),
    }


CLUSTERS22 = {("Nineveh", "2021"), ("Diyala", "2023"), ("Kirkuk", "2024"), ("Salahuddin", "2019"), ("Dohuk", "2025"),
              ("Anbar", "2022"), ("Baghdad", "2026"), ("Basra", "2024"), ("Erbil", "2020")}
# relative-period words -> s17.rel kind, checked against each question's today (first match wins)
REL22 = [(r"two months back|month prior to that", "months_ago:2"), (r"three months ago", "months_ago:3"),
         (r"three years ago", "years_ago:3"), (r"two years ago", "years_ago:2"),
         (r"prior calendar year", "last_year"), (r"prior quarter", "last_quarter"),
         (r"prior month", "last_month"), (r"previous week", "last_week"), (r"past 90 days", "past_days:90"),
         (r"last 60 days", "past_days:60"), (r"trailing 30 days", "past_days:30"), (r"past 7 days", "past_days:7"),
         (r"last 48 hours", "past_days:2"), (r"past fortnight", "past_days:14"), (r"month to date", "this_month"),
         (r"since new year's day", "this_year"), (r"yesterday", "yesterday")]
# where the report's own date sits (emphasis 1); each must occur in some doc
DATE_PLACES = [r"FAX", r"Page 1 of 1 - \d\d\.\d\d\.\d{4}", r"Dateline:", r"<pubDate>[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4}",
               r"Subject: Re: weekly sitrep wk \d+/\d{4}", r"\b\d{4}-W\d\d-\d\b", r"(?i)version history", r"As of",
               r"(Farvardin|Ordibehesht|Khordad|Tir|Mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand) 1[34]\d\d",
               r"(?m)^Date: [A-Z][a-z]{2}, \d\d", r"(?m)^From \S+ [A-Z][a-z]{2} [A-Z][a-z]{2} \d+", r"(?m)^--$",
               r"\b\d{4}-\d{3}\b", r"revision log"]
RELPH = re.compile(r"(?i)\bago\b|earlier|previous|\blast\b|yesterday|today|this morning|tonight|moments|few minutes"
                   r"|short while|before last|inst\.|ult\.|this month|current month|of last month")
WORDTOLL = re.compile(r"(?i)\b(one|two|three|four|five|six|a pair|dozen|both|a third|his|their|a man|a soldier|a farmer"
                      r"|a shepherd|a guard|an engineer|the officer|the contractor|the journalist)\b")
# wordings the set promises (README "Questions"); each must occur in some question or turn
PHRASES = [
    r"^spell out", r"^line up", r"catalogue of", r"tally-up", r"précis", r"situation paragraph", r"what do we hold",
    r"everything we hold", r"full list", r"'2\d\b", r"ninwa", r"neneveh", r"kirkukk", r"kerkouk", r"daqouq",
    r"diyaala", r"dialah", r"bakooba", r"muqdadiyeh", r"slahaddin", r"salahadeen", r"^tuz ", r"anbaar", r"el anbar",
    r"alqaim", r"baghdadd", r"baghdaad", r"dhok\b", r"dohok", r"zaakho", r"irbil", r"arbeel", r"mekhmur", r"basara",
    r"sulaymania\b", r"suleimaniyah", r"nadjaf", r"karbla", r"^hilla\b", r"wasset", r"qaddisiya", r"dhi qaar",
    r"nassiriya", r"maisan", r"almuthanna", r"smawa", r"snjar", r"daesh-blamed", r"daesh-linked", r"pinned on is",
    r"strikes by the turks", r"turkish armed forces strikes", r"the americans", r"coalition logistics", r"al-hashd",
    r"iraqi police service", r"civvies", r"non-combatants", r"army units", r"serving soldiers", r"pkk cadres",
    r"gunmen nobody identified", r"attackers unknown", r"uav hits", r"aerial strikes", r"ied strikes", r"bomb blasts",
    r"limpet bombs", r"rocket salvos", r"mortar hits", r"gunfire attacks", r"sniper shots", r"grenade throws",
    r"torchings", r"kidnap cases", r"abducted people", r"svest", r"past 90 days", r"last 60 days", r"trailing 30 days",
    r"past 7 days", r"last 48 hours", r"previous week", r"prior month", r"two months back", r"three months ago",
    r"since new year's day", r"month to date", r"prior quarter", r"prior calendar year", r"three years ago",
    r"first three months", r"up to and including", r"prior to may", r"onward", r"fatalities", r"number dead",
    r"left dead by", r"toll of dead", r"injured tally", r"which day\?", r"on which calendar day", r"attributed to whom",
    r"whodunnit", r"who's responsible", r"who's to blame for", r"just the ones is was blamed for", r"zoom in on",
    r"now as a tally-up", r"turn that into a précis", r"scratch that", r"filter down to", r"repeat for",
    r"of these, which", r"^show them$", r"month prior to that", r"do the same for", r"just 2025 then", r"broaden it to",
    r"ignore the year", r"write those up", r"how many died in it", r"add the places around it",
    r"give me a paragraph", r"and its outskirts", r"within 25 km",
]


def extra22(ns):
    err, docs, incs, qs, convs = ns["err"], ns["docs"], ns["incs"], ns["qs"], ns["convs"]
    texts, by_style, inc_by_doc = ns["texts"], ns["by_style"], ns["inc_by_doc"]
    if len(docs) != 91:
        err("set 22: want 91 docs, have %d" % len(docs))
    for s in "AGWTKNRVOHSFP":
        if len(by_style[s]) != 7:
            err("set 22: style %s has %d docs (want 7)" % (s, len(by_style[s])))
        for pos, d in enumerate(by_style[s], 1):
            if (d["country"] != "Iraq" or not inc_by_doc[d["doc"]]) and pos % 3 == 0:
                err("set 22: noise doc %s at a final position" % d["doc"])
    raws = {}
    for d in docs:
        n = len(re.findall(r"\S+", texts.get(d["doc"], "")))
        if not 40 <= n <= 200:
            err("set 22: %s has %d words (want 40-200)" % (d["doc"], n))
        raws[d["doc"]] = open(os.path.join(HERE, "docs", d["file"]), encoding="utf-8").read()
    iraq = [i for i in incs if i["country"] == "Iraq"]
    if len(iraq) < 100 or len(incs) < 104:
        err("set 22: want 100+ Iraqi incidents and 104+ in all, have %d / %d" % (len(iraq), len(incs)))
    prov = Counter(i["province"] for i in iraq)
    for p in ns["PROVINCES"]:
        if prov[p] < 2:
            err("set 22: province %s has %d incidents (want 2+)" % (p, prov[p]))
    years = Counter(i["event_date"][:4] for i in iraq)
    if set(years) != {str(y) for y in range(2019, 2027)} or max(i["event_date"][:7] for i in incs) > "2026-05":
        err("set 22: want Iraqi events in every year 2019-2026 and none after May 2026: %s" % dict(years))
    cl = Counter((i["province"], i["event_date"][:4]) for i in iraq)
    if {k for k, n in cl.items() if n >= 5} != CLUSTERS22:
        err("set 22: want exactly the nine province-year clusters of 5+: %s" % sorted(k for k, n in cl.items() if n >= 5))
    if Counter(i["country"] for i in incs if i["country"] != "Iraq") != Counter({"Syria": 2, "Iran": 1, "Turkey": 1}):
        err("set 22: want 4 attacks outside Iraq (Syria 2, Iran 1, Turkey 1)")
    if sum(1 for d in docs if d["country"] == "Iraq" and not inc_by_doc[d["doc"]]) != 9:
        err("set 22: want 9 Iraqi noise docs")
    # emphasis 1: the event day
    full = re.compile(r"\b\d{4}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")
    worked = [i for i in incs if i["date_precision"] == "day" and not full.search(i["date_phrase"] or "")]
    if len(worked) < 70:
        err("set 22: want 70+ day records whose date phrase carries no year, have %d" % len(worked))
    rel = [i for i in incs if i["date_precision"] == "day" and RELPH.search(i["date_phrase"] or "")]
    if len(rel) < 25:
        err("set 22: want 25+ day records dated by a relative phrase, have %d" % len(rel))
    if sum(1 for i in incs if i["date_precision"] == "month") < 2:
        err("set 22: want month-precision records")
    for pat in DATE_PLACES:
        if not any(re.search(pat, r) for r in raws.values()):
            err("set 22: no doc carries its date as %r" % pat)
    # emphasis 2: every attack a record with the right toll
    told = [i for i in incs for k in ("killed_text", "wounded_text")
            if i[k] != "none reported" and not re.search(r"\d", i[k]) and WORDTOLL.search(i[k]) and (i[k[:-5]] or 0) > 0]
    if len(told) < 40:
        err("set 22: want 40+ non-zero tolls written in words, have %d" % len(told))
    if sum(1 for i in incs if i["killed"] is None and i["wounded"] is None) < 8:
        err("set 22: want 8+ attacks with no figure at all")
    if sum(1 for d in docs if len(inc_by_doc[d["doc"]]) >= 2) < 15:
        err("set 22: want 15+ reports with several attacks")
    if any("scores" in (i["killed_text"] + i["wounded_text"]) for i in incs):
        err("set 22: 'scores' used as a toll")
    # emphasis 3: the questions
    if len(qs) < 450 or len(convs) != 30:
        err("set 22: want 450+ questions and 30 conversations")
    kinds = Counter(q["intent"] for q in qs if not q.get("doc") and not q.get("no_match"))
    if kinds["listing"] + kinds["count"] + kinds["briefing"] < 300 or kinds["count"] < 30 or kinds["briefing"] < 20:
        err("set 22: intents too few: %s" % dict(kinds))
    comp = [q for q in qs if not q.get("doc") and not q.get("no_match") and q.get("expected_ids") is not None]
    mid = [q for q in comp if 2 <= len(q["expected_ids"]) <= 8]
    if len(mid) < 0.7 * len(comp):
        err("set 22: want 70%%+ of listings / counts / briefings with 2-8 answers, have %d of %d" % (len(mid), len(comp)))
    if sum(1 for q in comp if q["expected_ids"] == []) < 5:
        err("set 22: want 5+ listings whose answer is no incident")
    if sum(1 for q in qs if q.get("no_match")) < 10:
        err("set 22: want 10+ no-match questions")
    if sum(1 for q in qs if q["question"] == q["question"].lower()) < 150:
        err("set 22: want 150+ all-lower-case phrasings")
    if sum(1 for q in qs if q.get("expected_ids") is None and not q.get("doc")) > 25:
        err("set 22: too many near questions (no computed answer)")
    se = [q for q in qs if q.get("doc")]
    if len(se) < 150:
        err("set 22: want 150+ single-event questions, have %d" % len(se))
    for q in se:
        if len(q.get("expected_ids") or []) != 1:
            err("set 22: %s single-event filter selects %s" % (q["id"], q.get("expected_ids")))
        if q.get("answer") in (None, "None"):
            err("set 22: %s asks for a field the record leaves null" % q["id"])
        if q["today"] != TODAY:
            err("set 22: %s single-event question with today %s" % (q["id"], q["today"]))
    at = Counter(q["answer_type"] for q in se)
    if at["number"] < 80 or at["date"] < 30 or at["actor"] < 20 or sum(q["answer"] == "0" for q in se) < 20:
        err("set 22: single-event answer types too narrow: %s" % dict(at))
    sys.path.insert(0, os.path.join(HELD, "realworld16", "build"))  # s17 imports set 16's lib.py
    s17 = _load("rw17_s17_for_check22", os.path.join(HELD, "realworld17", "build", "s17.py"))
    items = [(q["id"], q["question"], q["filters"], q["today"]) for q in qs if not q.get("doc") and not q.get("no_match")]
    items += [(c["id"], t["question"], t["filters"], c["today"]) for c in convs for t in c["turns"][:1]]
    nrel = 0
    for w, text, fl, today in items:
        kind = next((k for pat, k in REL22 if re.search(pat, text.lower())), None)
        if kind is None:
            if today != TODAY:
                err("set 22: %s has today %s but no relative period" % (w, today))
            continue
        nrel += 1
        if (fl["date_from"], fl["date_to"]) != s17.rel(kind, today):
            err("set 22: %s %r: dates %s..%s != s17.rel(%s, %s)" % (w, text, fl["date_from"], fl["date_to"], kind, today))
    if nrel < 30:
        err("set 22: want 30+ relative-period questions, have %d" % nrel)
    for q in qs:
        if q.get("no_match") and q["today"] != TODAY:
            err("set 22: %s no-match question with today %s" % (q["id"], q["today"]))
    low = [q["question"].lower() for q in qs] + [t["question"].lower() for c in convs for t in c["turns"]]
    for ph in PHRASES:
        if not any(re.search(ph, t) for t in low):
            err("set 22: no question phrased with %r" % ph)


def main():
    src = open(C16, encoding="utf-8").read()
    for old, new, n in subs22():
        if src.count(old) != n:
            print("ERROR realworld16/check.py changed: %r found %d times" % (old, src.count(old)))
            return 1
        src = src.replace(old, new)
    src, k = RW21.RW20.SIG_RE.subn('    sig = SIG22(d, t, raw, inc_by_doc)\n', src)
    if k != 1 or src.count(RW21.RW20.REPORT) != 1:
        print("ERROR realworld16/check.py changed: signature block or report marker not found")
        return 1
    head, tail = src.split(RW21.RW20.REPORT)
    ns = {"__name__": "rw16_check_for_rw22", "__file__": os.path.abspath(__file__), "SIG22": SIG22}
    exec(compile(head, C16, "exec"), ns)
    extra22(ns)
    try:
        exec(compile(RW21.RW20.REPORT + tail, C16, "exec"), ns)
    except SystemExit as e:
        return e.code or 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
