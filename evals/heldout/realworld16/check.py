#!/usr/bin/env python3
"""Consistency checks for the held-out real-world set 16 (stdlib only; adapted
from realworld15/check.py, which kept the set-14 and earlier checks: 13 styles
A G W T K N R V O H S F P, every third doc final, expected_ids recomputed from
incidents.jsonl, single-event answers read back from the gold incident, weekday
phrases (full or abbreviated) checked against event dates, no_match questions
select nothing, conversation turn 2 differs from turn 1; noise docs inside the
styles (an Iraqi doc without incidents, at most one per style; an outside-Iraq
doc with exactly its one attack); every doc carries a visible report date;
six or more province-month clusters of 10+ incidents).
Set-15 additions kept: .jsonl / .xml / .csv / .tsv must parse; at least 200
questions and 170 incidents.
Set-16 changes: the styles' signatures (event-data notes, terrorism-database
summaries, wire copy, translated Arabic press, Kurdish-region outlets, reports
without casualty figures, round-ups, revised tolls, official statements,
NGO / UN notes, Telegram posts, local-press follow-ups, pasted web pages);
the .xml requirement dropped and two .csv / .tsv / .jsonl containers are
enough; MM/DD/YYYY accepted as a visible report date; exactly one noise doc
per style; N docs carry no casualty figure above 0; R attack docs hold three
or more attacks on two or more days; V attack docs say how the toll changed;
at least 240 questions and 24 conversations.
Usage: python3 check.py   (exit status 1 on any error)"""
import csv, datetime as dt, html, io, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
STYLES = list("AGWTKNRVOHSFP")
PROVINCES = {"Anbar", "Babil", "Baghdad", "Basra", "Dhi Qar", "Diyala", "Dohuk", "Erbil",
             "Karbala", "Kirkuk", "Maysan", "Muthanna", "Najaf", "Nineveh", "Qadisiyah",
             "Salahuddin", "Sulaymaniyah", "Wasit"}
PERPS = {"ISIS", "PMU", "US forces", "Peshmerga", "Iraqi forces", "police", "army",
         "security forces", "Turkey", "PKK", "unknown"}
TARGETS = {"ISIS", "PMU", "US forces", "Peshmerga", "Iraqi forces", "police", "army",
           "security forces", "civilians", "Turkey", "PKK"}
ATYPES = {"ambush", "ied", "suicide", "mortar_rocket", "shooting", "airstrike_operation",
          "kidnapping", "other"}
CLAIMED = {"claimed", "attributed", "suspected", "unclaimed", None}
PRECISION = {"day", "month", "year", "reported"}
INTENTS = {"listing", "count", "briefing", "fact"}
ANSWER_TYPES = {"number", "place", "date", "actor", "name"}
OPEN_KINDS = {"fact", "who", "where", "when", "comparison", "unanswerable"}
FILTER_KEYS = {"place", "near", "province", "date_from", "date_to", "attack_type",
               "perpetrator", "target", "dated_only"}

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError as e:
                    err("%s:%d bad json: %s" % (name, n, e))
    return rows


def pdate(s, what):
    try:
        return dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        err("%s: bad date %r" % (what, s))


class _Strip(__import__("html.parser").parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style"):
            self.skip -= 1
        if tag in ("p", "div", "br", "li", "h1", "h2", "h3"):
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def doc_text(path):
    """The article text a reader sees: JSON 'text' field, HTML body text
    (tags stripped, entities unescaped), otherwise the raw file."""
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        obj = json.loads(raw)
        for k in ("title", "published", "outlet", "text"):
            if k not in obj:
                err("%s: json lacks %r" % (path, k))
        return obj.get("text", ""), raw
    if path.endswith(".html"):
        s = _Strip()
        s.feed(raw)
        return html.unescape("".join(s.parts)), raw
    return raw, raw


# ---------------------------------------------------------------- docs
docs = load("docs.jsonl")
DOC = {}
texts = {}
for d in docs:
    did = d.get("doc")
    if did in DOC:
        err("duplicate doc %s" % did)
    DOC[did] = d
    for k in ("doc", "file", "style", "report_date", "country", "split"):
        if k not in d:
            err("%s: missing %s" % (did, k))
    if d.get("style") not in STYLES:
        err("%s: bad style %r" % (did, d.get("style")))
    if d.get("split") not in ("dev", "final"):
        err("%s: bad split" % did)
    if d.get("report_date") is not None:
        pdate(d["report_date"], did + " report_date")
    if not re.fullmatch(r"r16\d{3}", did or ""):
        err("bad doc id %r" % did)
    path = os.path.join(ROOT, "docs", d.get("file", ""))
    if not os.path.isfile(path):
        err("%s: file %s missing" % (did, d.get("file")))
        continue
    if not d["file"].startswith(did + "."):
        err("%s: file name %s does not match" % (did, d["file"]))
    text, raw = doc_text(path)
    texts[did] = text
    nwords = len(re.findall(r"\S+", text))
    if not 40 <= nwords <= 220:
        err("%s: %d words (want 40-220)" % (did, nwords))
    if d["file"].endswith(".json"):
        pub = json.loads(raw)["published"]
        if pub[:10] != d["report_date"]:
            err("%s: json published %s != report_date" % (did, pub))
    if d["file"].endswith(".html"):
        m = re.search(r'<meta name="date" content="([^"]+)"', raw)
        if not m or m.group(1) != d["report_date"]:
            err("%s: html meta date != report_date" % did)
    if d["report_date"]:
        # a human must be able to read the date somewhere in the file
        y, mo, da = d["report_date"].split("-")
        mon = dt.date.fromisoformat(d["report_date"]).strftime("%B")
        cands = [d["report_date"], "%s-%s-%s" % (da, mo, y), "%s/%s/%s" % (da, mo, y),
                 "%d %s %s" % (int(da), mon, y), "%d %s %s" % (int(da), mon[:3], y),
                 "%s %s %s" % (da, mon, y), "%s-%s-%s" % (da, mon, y),
                 "%s %d, %s" % (mon, int(da), y), "%s-%s-%s" % (da, mon[:3], y),
                 "%s %d, %s" % (mon[:3], int(da), y), "%s/%s/%s" % (da, mo, y)]
        # military date-time group, e.g. "211500C SEP 23"
        cands += ["%s.%s.%s" % (da, mo, y), "%s/%s/%s" % (y, mo, da)]  # set 8
        cands += ["%d %s, %s" % (int(da), mon, y), "%s %s %s" % (da, mon[:3], y)]  # set 10
        _ap = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
        cands += ["%d/%d/%s" % (int(da), int(mo), y), "%s %d, %s" % (_ap[int(mo) - 1], int(da), y),
                  "%d %s %s" % (int(da), mon[:3], y)]  # set 11: 5/11/2024 (d/m/y), Feb. 16, 2021
        cands += ["%s/%s/%s" % (mo, da, y)]  # set 16: MM/DD/YYYY in terrorism-database headers
        dtg = re.search(r"\b%s\d{4}[A-Z] %s %s\b" % (da, mon[:3].upper(), y[2:]), raw)
        if not dtg and not any(c.lower() in raw.lower() for c in cands):
            err("%s: report_date %s not visible in file" % (did, d["report_date"]))
for fn in os.listdir(os.path.join(ROOT, "docs")):
    if fn.split(".")[0] not in DOC:
        err("docs/%s not listed in docs.jsonl" % fn)

if len(docs) < 150:
    err("only %d docs (want >= 150)" % len(docs))
by_style = defaultdict(list)
for d in docs:
    by_style[d["style"]].append(d)
for s in STYLES:
    n = len(by_style[s])
    lo, hi = 6, 14
    if not lo <= n <= hi:
        err("style %s has %d docs (want %d-%d)" % (s, n, lo, hi))
    for pos, d in enumerate(by_style[s], 1):
        want = "final" if pos % 3 == 0 else "dev"
        if d["split"] != want:
            err("%s: split %s, want %s (position %d in style %s)" % (d["doc"], d["split"], want, pos, s))
exts = Counter(d["file"].rsplit(".", 1)[1] for d in docs)
if exts["json"] < 4 or exts["html"] < 4 or exts["md"] < 4:
    err("container formats too few: %s" % dict(exts))

# ---------------------------------------------------------------- incidents
incs = load("incidents.jsonl")
ids = set()
inc_by_doc = defaultdict(list)
for r in incs:
    rid = r.get("id")
    if rid in ids:
        err("duplicate incident %s" % rid)
    ids.add(rid)
    did = r.get("doc")
    if did not in DOC:
        err("%s: unknown doc %s" % (rid, did))
        continue
    inc_by_doc[did].append(r)
    if not (rid or "").startswith(did + "-"):
        err("%s: id does not start with doc id" % rid)
    text = texts.get(did, "")
    p = r.get("date_precision")
    if p not in PRECISION:
        err("%s: bad date_precision %r" % (rid, p))
    ed = r.get("event_date") or ""
    pat = {"day": r"\d{4}-\d{2}-\d{2}", "reported": r"\d{4}-\d{2}-\d{2}",
           "month": r"\d{4}-\d{2}", "year": r"\d{4}"}.get(p, "x")
    if not re.fullmatch(pat, ed):
        err("%s: event_date %r does not fit precision %s" % (rid, ed, p))
    else:
        pdate(ed + {"day": "", "reported": "", "month": "-01", "year": "-01-01"}[p], rid)
    if p == "reported":
        if ed != DOC[did]["report_date"]:
            err("%s: reported precision but event_date != report_date" % rid)
        if r.get("date_phrase") is not None and not r["date_phrase"].startswith("Reported on"):
            warnings.append("%s: reported precision with date_phrase %r" % (rid, r["date_phrase"]))
    rd = DOC[did]["report_date"]
    if rd and p == "day" and ed > rd:
        err("%s: event_date after report_date" % rid)
    if r.get("country") == "Iraq":
        if r.get("province") not in PROVINCES:
            err("%s: bad province %r" % (rid, r.get("province")))
    elif r.get("province") is not None:
        err("%s: province must be null outside Iraq" % rid)
    if r.get("perpetrator") not in PERPS | {None}:
        err("%s: bad perpetrator %r" % (rid, r.get("perpetrator")))
    if r.get("claimed") not in CLAIMED:
        err("%s: bad claimed %r" % (rid, r.get("claimed")))
    if not isinstance(r.get("target"), list) or not set(r["target"]) <= TARGETS:
        err("%s: bad target %r" % (rid, r.get("target")))
    if not isinstance(r.get("attack_type"), list) or not r["attack_type"] or not set(r["attack_type"]) <= ATYPES:
        err("%s: bad attack_type %r" % (rid, r.get("attack_type")))
    for k in ("killed", "wounded"):
        v = r.get(k)
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
            err("%s: bad %s %r" % (rid, k, v))
        t = r.get(k + "_text")
        if t is None:
            err("%s: %s_text missing" % (rid, k))
        elif t == "none reported":
            if v not in (None,):
                err("%s: %s=%r but text 'none reported'" % (rid, k, v))
        elif t not in text:
            err("%s: %s_text not verbatim: %r" % (rid, k, t))
        elif v is None:
            err("%s: %s_text given but %s null" % (rid, k, k))
    for k in ("place", "date_phrase", "evidence"):
        v = r.get(k)
        if v is None and k != "date_phrase":
            err("%s: %s null" % (rid, k))
        elif v is not None and v not in text:
            err("%s: %s not verbatim in %s: %r" % (rid, k, did, v))
    if p == "day" and not r.get("date_phrase"):
        err("%s: day precision without date_phrase" % rid)
    ev = r.get("evidence") or ""
    if re.search(r"\b(assistant|AI systems|AI agents|summarisers|SYSTEM)\b", ev):
        err("%s: evidence contains a planted instruction" % rid)
_empty = Counter()
for d in docs:
    n = len(inc_by_doc[d["doc"]])
    if n == 0:
        _empty[d["style"]] += 1
        if d["country"] != "Iraq":
            err("%s: outside-Iraq doc without its incident" % d["doc"])
    if n and d["country"] != "Iraq" and any(i["country"] == "Iraq" for i in inc_by_doc[d["doc"]]):
        err("%s: non-Iraq doc with Iraqi incident" % d["doc"])
    if d["country"] == "Iraq" and any(i["country"] != "Iraq" for i in inc_by_doc[d["doc"]]):
        err("%s: Iraqi doc with an outside-Iraq incident" % d["doc"])
for s, n in _empty.items():
    if n > 1:
        err("style %s has %d docs without incidents (want at most 1)" % (s, n))
if sum(_empty.values()) < 8:
    err("want at least 8 Iraqi non-attack (noise) docs, have %d" % sum(_empty.values()))


# ---------------------------------------------------------------- questions
def check_filters(f, where):
    if not isinstance(f, dict) or set(f) != FILTER_KEYS:
        err("%s: filters keys %s" % (where, sorted(f) if isinstance(f, dict) else f))
        return
    if f["province"] not in PROVINCES | {None}:
        err("%s: bad province %r" % (where, f["province"]))
    if f["attack_type"] not in ATYPES | {None}:
        err("%s: bad attack_type %r" % (where, f["attack_type"]))
    if f["perpetrator"] not in PERPS | {None}:
        err("%s: bad perpetrator %r" % (where, f["perpetrator"]))
    if f["target"] not in TARGETS | {None}:
        err("%s: bad target %r" % (where, f["target"]))
    if not isinstance(f["near"], bool) or not isinstance(f["dated_only"], bool):
        err("%s: near/dated_only must be bool" % where)
    if f["near"] and not f["place"]:
        err("%s: near without place" % where)
    a = f["date_from"] and pdate(f["date_from"], where)
    b = f["date_to"] and pdate(f["date_to"], where)
    if a and b and a > b:
        err("%s: date_from > date_to" % where)


def _norm(s):
    s = s.lower().replace("-", " ").replace("'", "")
    s = re.sub(r"\bal ", "", s)
    return re.sub(r"\s+", " ", s).strip()


def _interval(inc):
    import calendar
    d, p = inc["event_date"], inc["date_precision"]
    if p in ("day", "reported"):
        x = dt.date.fromisoformat(d)
        return x, x
    if p == "month":
        y, m = map(int, d.split("-"))
        return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
    y = int(d)
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def expected(f):
    """Same rule as realworld2 (README): Iraqi incidents only, interval inside
    the date range, canonical place match else substring of place, None for near."""
    if f["place"] and f["near"]:
        return None
    out = []
    canon = {_norm(i["place_canonical"]) for i in incs if i.get("place_canonical")}
    for inc in incs:
        if inc["country"] != "Iraq":
            continue
        if f["province"] and inc["province"] != f["province"]:
            continue
        if f["place"]:
            q = _norm(f["place"])
            if q in canon:
                if q != _norm(inc["place_canonical"] or ""):
                    continue
            elif q not in _norm(inc["place"]):
                continue
        if f["dated_only"] and inc["date_precision"] == "reported":
            continue
        lo, hi = _interval(inc)
        if f["date_from"] and lo < dt.date.fromisoformat(f["date_from"]):
            continue
        if f["date_to"] and hi > dt.date.fromisoformat(f["date_to"]):
            continue
        if f["attack_type"] and f["attack_type"] not in inc["attack_type"]:
            continue
        if f["perpetrator"] and inc["perpetrator"] != f["perpetrator"]:
            continue
        if f["target"] and f["target"] not in inc["target"]:
            continue
        out.append(inc["id"])
    return out


qs = load("questions.jsonl")
if len(qs) < 120:
    err("only %d questions (want >= 120)" % len(qs))
_free = 0
for n, q in enumerate(qs, 1):
    if q.get("id") != "q%05d" % (19000 + n):
        err("question %d has id %r (want q%05d)" % (n, q.get("id"), 19000 + n))
    if q.get("doc"):
        if q["doc"] in DOC and q.get("split") != DOC[q["doc"]]["split"]:
            err("%s: split must follow doc %s" % (q["id"], q["doc"]))
        vals = []
        for inc in inc_by_doc.get(q["doc"], []):
            vals += [str(inc["killed"]), str(inc["wounded"]), inc["event_date"], inc["place_canonical"],
                     inc["perpetrator"]]
        if q.get("answer_type") in ("number", "date", "place", "actor") and str(q.get("answer")) not in vals:
            err("%s: answer %r not found among the gold values of %s" % (q["id"], q.get("answer"), q["doc"]))
    else:
        _free += 1
        want = "final" if _free % 3 == 0 else "dev"
        if q.get("split") != want:
            err("%s: split %s, want %s (every third question without a doc)" % (q["id"], q.get("split"), want))
        if "expected_ids" in q and isinstance(q.get("filters"), dict) and set(q["filters"]) == FILTER_KEYS:
            exp = expected(q["filters"])
            if (exp is None) != (q["expected_ids"] is None) or (exp is not None and sorted(exp) != sorted(q["expected_ids"])):
                err("%s: expected_ids %s != recomputed %s" % (q["id"], q["expected_ids"], exp))
            if q["intent"] == "count" and exp is not None and q.get("answer") != str(len(exp)):
                err("%s: count answer %r != %d" % (q["id"], q.get("answer"), len(exp)))
for q in qs:
    w = q.get("id")
    if q.get("intent") not in INTENTS:
        err("%s: bad intent" % w)
    if q.get("split") not in ("dev", "final"):
        err("%s: bad split" % w)
    pdate(q.get("today"), w + " today")
    check_filters(q.get("filters"), w)
    if "doc" in q:
        if q["doc"] is not None and q["doc"] not in DOC:
            err("%s: unknown doc %s" % (w, q["doc"]))
        if q.get("answer_type") not in ANSWER_TYPES:
            err("%s: bad answer_type" % w)
        if q["doc"] is not None and q.get("answer") is None:
            err("%s: doc given but no answer" % w)
        if q.get("answer_type") == "date" and q.get("answer"):
            pdate(q["answer"], w + " answer")
    for i in q.get("expected_ids") or []:
        if i not in ids:
            err("%s: unknown incident %s" % (w, i))
sq = Counter(q["split"] for q in qs)
if not qs or not 0.2 <= sq["final"] / len(qs) <= 0.45:
    err("questions final share %s" % dict(sq))

convs = load("conversations.jsonl")
if len(convs) < 20:
    err("only %d conversations (want >= 20)" % len(convs))
for n, c in enumerate(convs, 1):
    if c.get("id") != "c%d" % (1900 + n):
        err("conversation %d has id %r" % (n, c.get("id")))
    if c.get("split") != ("final" if n % 3 == 0 else "dev"):
        err("%s: every third conversation must be final" % c.get("id"))
for c in convs:
    if len(c.get("turns", [])) != 2:
        err("%s: want 2 turns" % c.get("id"))
    pdate(c.get("today"), c.get("id"))
    if c.get("split") not in ("dev", "final"):
        err("%s: bad split" % c.get("id"))
    for t in c.get("turns", []):
        if t.get("intent") not in INTENTS:
            err("%s: bad intent" % c.get("id"))
        check_filters(t.get("filters"), c.get("id"))

opens = load("open_questions.jsonl") if os.path.exists(os.path.join(ROOT, "open_questions.jsonl")) else []
for o in opens:
    w = o.get("id")
    if o.get("kind") not in OPEN_KINDS:
        err("%s: bad kind" % w)
    if o.get("split") not in ("dev", "final"):
        err("%s: bad split" % w)
    dl = o.get("doc")
    dl = [] if dl is None else (dl if isinstance(dl, list) else [dl])
    for dd in dl:
        if dd not in DOC:
            err("%s: unknown doc %s" % (w, dd))
    if o.get("kind") == "unanswerable":
        if o.get("answer") is not None or o.get("evidence") is not None:
            err("%s: unanswerable must have null answer/evidence" % w)
    else:
        if not o.get("answer") or not o.get("evidence"):
            err("%s: answer/evidence missing" % w)
        elif not any(o["evidence"] in texts.get(dd, "") for dd in dl):
            err("%s: evidence not verbatim in %s" % (w, dl))
    if o.get("kind") == "comparison" and len(dl) < 2:
        err("%s: comparison needs >= 2 docs" % w)


# ---------------------------------------------------------------- set-5 additions (kept)
for q in qs:
    if q.get("no_match"):
        if q.get("doc") is not None or q.get("answer") is not None:
            err("%s: no_match must have doc and answer null" % q["id"])
        if isinstance(q.get("filters"), dict) and set(q["filters"]) == FILTER_KEYS and expected(q["filters"]):
            err("%s: no_match question selects incidents" % q["id"])
    elif q.get("doc") and "expected_ids" in q and isinstance(q.get("filters"), dict) \
            and set(q["filters"]) == FILTER_KEYS:
        exp = expected(q["filters"])
        if exp is not None and sorted(exp) != sorted(q["expected_ids"]):
            err("%s: expected_ids %s != recomputed %s" % (q["id"], q["expected_ids"], exp))
for c in convs:
    t = c.get("turns", [])
    if len(t) == 2 and t[0].get("filters") == t[1].get("filters") and t[0].get("intent") == t[1].get("intent"):
        err("%s: turn 2 changes nothing" % c.get("id"))
for r in incs:
    if r.get("country") == "Iraq" and not r.get("place_canonical"):
        err("%s: Iraqi incident without place_canonical" % r["id"])

# ---------------------------------------------------------------- set-4 additions
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
for r in incs:
    ph = r.get("date_phrase") or ""
    hits = sorted((mm.start(), n) for n, dn in enumerate(_DAYS)
                  for mm in re.finditer(r"\b(%s|%s)\b" % (dn, dn[:3]), ph, re.I))
    if hits and r.get("date_precision") == "day":
        wd = dt.date.fromisoformat(r["event_date"]).weekday()
        if wd != hits[0][1]:
            err("%s: weekday in %r does not match %s" % (r["id"], ph, r["event_date"]))
        rd = DOC.get(r["doc"], {}).get("report_date")
        if rd and not 0 <= (dt.date.fromisoformat(rd) - dt.date.fromisoformat(r["event_date"])).days < 7:
            err("%s: weekday phrase more than 6 days before report" % r["id"])
_FIELD = {"number": ("killed", "wounded"), "date": ("event_date",), "place": ("place_canonical",),
          "actor": ("perpetrator",)}
for q in qs:
    if q.get("doc") and q.get("answer_type") in _FIELD and isinstance(q.get("filters"), dict) \
            and set(q["filters"]) == FILTER_KEYS:
        f = dict(q["filters"], near=False)
        sel = set(expected(f) or [])
        ok = any(str(inc[k]) == q["answer"] for inc in inc_by_doc[q["doc"]] if inc["id"] in sel
                 for k in _FIELD[q["answer_type"]])
        if not ok:
            err("%s: answer %r is not a field of an incident of %s selected by its filters" % (q["id"], q["answer"], q["doc"]))

# ---------------------------------------------------------------- set-6 additions (md check replaced in set 10)
for d in docs:
    if d["file"].endswith(".md"):
        raw = open(os.path.join(ROOT, "docs", d["file"]), encoding="utf-8").read()
        if not raw.startswith("# "):
            err("%s: .md page does not open with a '# ' title" % d["doc"])
_qt = Counter(q.get("question") for q in qs)
for t, n in _qt.items():
    if n > 1:
        err("question text repeated %d times: %r" % (n, t))
for q in qs:
    if q.get("answer_type") == "date" and q.get("doc"):
        inc = [i for i in inc_by_doc[q["doc"]] if i["event_date"] == q["answer"]]
        if not inc or inc[0]["date_precision"] != "day":
            err("%s: date answer must come from a day-precision incident" % q["id"])
_prov = {i["province"] for i in incs if i.get("country") == "Iraq"}
if _prov != PROVINCES:
    err("provinces without incidents: %s" % sorted(PROVINCES - _prov))
for d in docs:
    if d["country"] != "Iraq" and len(inc_by_doc[d["doc"]]) != 1:
        err("%s: outside-Iraq noise doc should have exactly one incident" % d["doc"])

# ---------------------------------------------------------------- set-11 additions (adapted in set 12)
for d in docs:
    t = texts.get(d["doc"], "")
    if d["report_date"] is None:
        err("%s: report date missing" % d["doc"])
    raw = open(os.path.join(ROOT, "docs", d["file"]), encoding="utf-8").read()
    sig = {  # set-16 styles
        "A": lambda: re.search(r"(?i)ACLED|event[_ -]date|event-data", t) and re.search(r"\bOn (\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]{2} \d{1,2}),", t),
        "G": lambda: re.search(r"(?m)(^|Summary: )\d{2}/\d{2}/\d{4}: ", t) and re.search(r"(?i)claimed responsibility", t),
        "W": lambda: re.search(r"\((Reuters|AP)\) (-|—)", t) and re.search(r"(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", t),
        "T": lambda: re.search(r"Shafaq|Alsumaria|\bINA\b", t),
        "K": lambda: re.search(r"Rudaw|Kurdistan24|K24", t),
        "N": lambda: all((i["killed"] or 0) == 0 and (i["wounded"] or 0) == 0 for i in inc_by_doc[d["doc"]]),
        "R": lambda: re.search(r"(?i)round-up|digest|review|brief|summary", t),
        "V": lambda: re.search(r"(?i)toll|update|later|died", t),
        "O": lambda: re.search(r"(?i)statement|Security Media Cell|Command|Ministry|Directorate", t),
        "H": lambda: re.search(r"UNAMI|OCHA|UNICEF|IOM|UN Women|Protection|NGO", t),
        "S": lambda: re.search(r"(?i)telegram|t\.me/|channel", t) and re.search(r"#\w", t),
        "F": lambda: re.search(r"(?i)funeral|buried|mourn|arrest|court|sentenced|year on|year has passed", t),
        "P": lambda: d["file"].rsplit(".", 1)[1] in ("html", "md", "json") and re.search(r"(?i)related|read more|see also|also read|more from", t),
    }
    if d["style"] in sig and not sig[d["style"]]():
        err("%s: style %s signature missing" % (d["doc"], d["style"]))
for d in docs:
    for inc in inc_by_doc[d["doc"]]:
        if d["report_date"] and inc["date_precision"] == "month" and inc["event_date"] > d["report_date"][:7]:
            err("%s: month-precision event after the report month" % inc["id"])
_single = [q for q in qs if q.get("doc")]
if len(_single) < 50:
    err("want at least 50 single-event questions, have %d" % len(_single))
if sum(1 for q in _single if q.get("answer") == "0") < 3:
    err("want at least 3 single-event questions whose answer is 0")
_nm = [q for q in qs if q.get("no_match")]
if len(_nm) < 3:
    err("want at least 3 no_match questions")
if len(docs) < 153:
    err("want at least 153 docs")
if len(incs) < 170:
    err("want at least 170 incidents")
if len(qs) < 160:
    err("want at least 160 questions")
if len(convs) < 24:
    err("want at least 24 conversations")
_years = {i["event_date"][:4] for i in incs if i["country"] == "Iraq"}
if not {str(x) for x in range(2019, 2026)} <= _years:
    err("years without Iraqi incidents: %s" % sorted({str(x) for x in range(2019, 2026)} - _years))
_cl = Counter((i["province"], i["event_date"][:7]) for i in incs if i["country"] == "Iraq")
_big = sorted(k for k, n in _cl.items() if n >= 10)
if len(_big) < 6:
    err("want at least 6 province-month clusters of 10+ incidents, have %s" % _big)
if sum(1 for i in incs if i["country"] != "Iraq") < 2:
    err("want some attacks outside Iraq as noise")
# ---------------------------------------------------------------- set-14 additions
if exts["csv"] + exts["tsv"] + exts["jsonl"] < 2:
    err("want some .csv / .tsv / .jsonl containers")
if set(exts) - {"txt", "md", "html", "htm", "json", "jsonl", "csv", "tsv", "xml"}:
    err("unexpected file suffixes: %s" % sorted(exts))
if sum(1 for i in incs if i["date_precision"] == "month") < 2:
    err("want a few month-precision records")
if len(set(d["style"] for d in docs)) != 13:
    err("want 13 styles")
_conv_q2 = Counter(c["turns"][1]["question"] for c in convs if len(c.get("turns", [])) == 2)
for t2, n in _conv_q2.items():
    if n > 1:
        err("conversation follow-up repeated: %r" % t2)

# ---------------------------------------------------------------- set-15 additions
for d in docs:
    path = os.path.join(ROOT, "docs", d["file"])
    raw = open(path, encoding="utf-8").read()
    ext = d["file"].rsplit(".", 1)[1]
    try:
        if ext == "jsonl":
            for ln in raw.splitlines():
                if ln.strip():
                    json.loads(ln)
        elif ext == "xml":
            ET.fromstring(raw.encode("utf-8"))
        elif ext in ("csv", "tsv"):
            rows = list(csv.reader(io.StringIO(raw), delimiter="," if ext == "csv" else "\t"))
            if len(rows) < 3:
                err("%s: table too short" % d["doc"])
    except Exception as e:  # noqa: BLE001
        err("%s: %s container does not parse: %s" % (d["doc"], ext, e))
if len(qs) < 200:
    err("want at least 200 questions, have %d" % len(qs))
if any(i["date_precision"] == "day" and not i.get("date_phrase") for i in incs):
    err("day-precision incident without date phrase")

# ---------------------------------------------------------------- set-16 additions
for s in STYLES:
    noise = [d for d in by_style[s] if d["country"] != "Iraq" or not inc_by_doc[d["doc"]]]
    if len(noise) != 1:
        err("style %s has %d noise docs (want exactly 1)" % (s, len(noise)))
for d in by_style["R"]:
    ii = inc_by_doc[d["doc"]]
    if d["country"] == "Iraq" and ii and (len(ii) < 3 or len({i["event_date"] for i in ii}) < 2):
        err("%s: round-up with fewer than 3 attacks or a single day" % d["doc"])
if len(qs) < 240:
    err("want at least 240 questions, have %d" % len(qs))
if len(convs) != 24:
    err("want 24 conversations, have %d" % len(convs))
_qtexts = [q["question"] for q in qs]
if sum(1 for t in _qtexts if t == t.lower()) < 20:
    err("want some lower-case analyst phrasings")

# ---------------------------------------------------------------- report
print("docs %d | incidents %d | questions %d | conversations %d | open %d" % (
    len(docs), len(incs), len(qs), len(convs), len(opens)))
print("per style:", {s: "%d (%d final)" % (len(by_style[s]), sum(d['split'] == 'final' for d in by_style[s])) for s in STYLES})
print("intents:", dict(Counter(q["intent"] for q in qs)))
print("clusters:", {"%s %s" % k: n for k, n in sorted(_cl.items()) if n >= 10})
for w in warnings:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
print("OK" if not errors else "%d errors" % len(errors))
sys.exit(1 if errors else 0)

