#!/usr/bin/env python3
"""Stdlib consistency check for the realworld24 held-out set. Exit 0 when every check passes."""
import sys
sys.dont_write_bytecode = True
import csv
import datetime as dt
import json
import os
import re
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
STYLES = "ABCDEFGHIJ"
PROVINCES = {"Anbar", "Babil", "Baghdad", "Basra", "Dhi Qar", "Diyala", "Dohuk", "Erbil", "Karbala",
             "Kirkuk", "Maysan", "Muthanna", "Najaf", "Nineveh", "Qadisiyah", "Salahuddin",
             "Sulaymaniyah", "Wasit"}
PERPS = {"ISIS", "Turkey", "PKK", "unknown", None}
PRECISIONS = {"day", "month", "year", "reported"}
EXTS = {"txt", "html", "json", "md", "csv", "jsonl"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
INC_KEYS = ["id", "doc", "event_date", "date_precision", "date_phrase", "place", "place_canonical",
            "province", "country", "perpetrator", "target", "attack_type", "killed", "wounded",
            "killed_text", "wounded_text", "evidence"]
DOC_KEYS = ["doc", "file", "style", "report_date", "country", "split"]

errors = []


def err(msg):
    errors.append(msg)


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.parts.append(data.strip())


def strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, list):
        for x in obj:
            yield from strings(x)
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from strings(v)


def visible_text(ext, raw):
    if ext in ("txt", "md"):
        return raw
    if ext == "html":
        p = Visible()
        p.feed(raw)
        p.close()
        return "\n".join(p.parts)
    if ext == "json":
        return "\n".join(strings(json.loads(raw)))
    if ext == "jsonl":
        out = []
        for line in raw.splitlines():
            if line.strip():
                out.extend(strings(json.loads(line)))
        return "\n".join(out)
    if ext == "csv":
        rows = list(csv.reader(raw.splitlines()))
        if len(rows) < 2:
            err("csv without header and rows")
        return "\n".join(c for r in rows for c in r)
    raise ValueError(ext)


def date_forms(d):
    mon = d.strftime("%B")
    return {d.isoformat(), "%d %s %d" % (d.day, mon, d.year), "%02d %s %d" % (d.day, mon, d.year),
            "%s %d, %d" % (mon, d.day, d.year), "%d %s, %d" % (d.day, mon, d.year),
            "%s %d, %d" % (d.strftime("%b"), d.day, d.year), "%d %s %d" % (d.day, d.strftime("%b"), d.year),
            "%02d/%02d/%d" % (d.day, d.month, d.year), "%d/%d/%d" % (d.day, d.month, d.year),
            "%02d/%02d/%d" % (d.month, d.day, d.year), "%02d.%02d.%d" % (d.day, d.month, d.year),
            "%02d-%02d-%d" % (d.day, d.month, d.year)}


def parse_date(s, what):
    try:
        return dt.date.fromisoformat(s)
    except Exception:
        err("%s: bad date %r" % (what, s))
        return None


def check_phrase(iid, phrase, ed, rd):
    low = phrase.lower()
    days = (rd - ed).days
    for i, w in enumerate(WEEKDAYS):
        if re.search(r"\b%s\b" % w, low):
            if ed.weekday() != i:
                err("%s: phrase %r but event_date is a %s" % (iid, phrase, WEEKDAYS[ed.weekday()]))
            if not 0 <= days <= 6:
                err("%s: weekday phrase %r lies %d days before report" % (iid, phrase, days))
    if re.search(r"\byesterday\b|\blast night\b", low) and days != 1:
        err("%s: %r should be report date minus one" % (iid, phrase))
    if re.search(r"\btoday\b|\bthis morning\b|\bthis afternoon\b|\btonight\b|\bago\b", low) and days != 0:
        err("%s: %r should be the report date" % (iid, phrase))
    # explicit day-month dates
    m = re.search(r"\b(\d{1,2}) (%s)(?: (\d{4}))?\b" % "|".join(MONTHS), low)
    if not m:
        m2 = re.search(r"\b(%s) (\d{1,2})(?:, (\d{4}))?\b" % "|".join(MONTHS), low)
        if m2:
            m = (m2.group(2), m2.group(1), m2.group(3))
    else:
        m = (m.group(1), m.group(2), m.group(3))
    if m:
        day, month, year = int(m[0]), MONTHS.index(m[1]) + 1, m[2]
        y = int(year) if year else (rd.year if (month, day) <= (rd.month, rd.day) else rd.year - 1)
        if (y, month, day) != (ed.year, ed.month, ed.day):
            err("%s: phrase %r does not give event_date %s" % (iid, phrase, ed))
    n = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", low)
    if n:
        a, b, y = int(n.group(1)), int(n.group(2)), int(n.group(3))
        if (y, b, a) != (ed.year, ed.month, ed.day) and (y, a, b) != (ed.year, ed.month, ed.day):
            err("%s: numeric phrase %r does not give %s" % (iid, phrase, ed))


def main():
    docs = [json.loads(l) for l in open(os.path.join(ROOT, "docs.jsonl"), encoding="utf-8") if l.strip()]
    incs = [json.loads(l) for l in open(os.path.join(ROOT, "incidents.jsonl"), encoding="utf-8") if l.strip()]
    if len(docs) != 100:
        err("expected 100 docs, got %d" % len(docs))
    texts, rdates, by_doc = {}, {}, {}
    for n, d in enumerate(docs):
        if list(d) != DOC_KEYS:
            err("doc keys %s" % list(d))
        did = "r24%03d" % (n + 1)
        if d["doc"] != did:
            err("doc %d id %s" % (n, d["doc"]))
        if d["style"] != STYLES[n // 10]:
            err("%s: style %s" % (did, d["style"]))
        pos = n % 10 + 1
        want = "final" if pos in (3, 6, 9) else "dev"
        if d["split"] != want:
            err("%s: split %s, want %s" % (did, d["split"], want))
        ext = d["file"].rsplit(".", 1)[-1]
        if d["file"] != did + "." + ext or ext not in EXTS:
            err("%s: file %s" % (did, d["file"]))
        path = os.path.join(ROOT, "docs", d["file"])
        if not os.path.exists(path):
            err("%s: missing file" % did)
            continue
        raw = open(path, encoding="utf-8").read()
        rd = parse_date(d["report_date"], did)
        rdates[did] = rd
        try:
            vis = visible_text(ext, raw)
        except Exception as e:  # noqa: BLE001
            err("%s: cannot read %s (%s)" % (did, ext, e))
            continue
        texts[did] = vis
        if rd and not any(f in raw for f in date_forms(rd)):
            err("%s: report date %s not found in the document" % (did, rd))
        words = len(re.findall(r"\w[\w'’-]*", vis))
        if not 40 <= words <= 220:
            err("%s: %d words" % (did, words))
        by_doc[did] = []
    seen = set()
    for inc in incs:
        iid = inc.get("id")
        if list(inc) != INC_KEYS:
            err("%s: keys %s" % (iid, list(inc)))
            continue
        if iid in seen:
            err("duplicate id %s" % iid)
        seen.add(iid)
        did = inc["doc"]
        if did not in by_doc or not re.fullmatch(re.escape(did) + r"-[a-h]", iid):
            err("%s: bad id/doc" % iid)
            continue
        by_doc[did].append(iid[-1])
        vis, rd = texts.get(did, ""), rdates[did]
        ed = parse_date(inc["event_date"], iid)
        if ed is None or rd is None:
            continue
        if not (dt.date(2019, 1, 1) <= ed <= rd):
            err("%s: event_date %s outside 2019..report date %s" % (iid, ed, rd))
        if inc["date_precision"] not in PRECISIONS:
            err("%s: precision %r" % (iid, inc["date_precision"]))
        if inc["date_precision"] == "reported" and ed != rd:
            err("%s: reported precision must use the report date" % iid)
        if inc["date_phrase"] is None:
            if inc["date_precision"] != "reported":
                err("%s: null date_phrase with precision %s" % (iid, inc["date_precision"]))
        else:
            if inc["date_phrase"] not in vis:
                err("%s: date_phrase %r not in doc" % (iid, inc["date_phrase"]))
            if inc["date_phrase"] not in inc["evidence"]:
                err("%s: date_phrase not inside evidence" % iid)
            if inc["date_precision"] == "day":
                check_phrase(iid, inc["date_phrase"], ed, rd)
        if inc["evidence"] not in vis:
            err("%s: evidence not verbatim in doc" % iid)
        for k in ("killed", "wounded"):
            v, t = inc[k], inc[k + "_text"]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                err("%s: %s=%r" % (iid, k, v))
            if (v is None) != (t is None):
                err("%s: %s and %s_text disagree on null" % (iid, k, k))
            if t is not None and t not in vis:
                err("%s: %s_text %r not in doc" % (iid, k, t))
        if inc["province"] not in PROVINCES:
            err("%s: province %r" % (iid, inc["province"]))
        if inc["country"] != "Iraq":
            err("%s: country %r" % (iid, inc["country"]))
        if inc["perpetrator"] not in PERPS:
            err("%s: perpetrator %r" % (iid, inc["perpetrator"]))
        for k in ("target", "attack_type"):
            if not isinstance(inc[k], list) or not inc[k] or not all(isinstance(x, str) and x for x in inc[k]):
                err("%s: %s %r" % (iid, k, inc[k]))
        for k in ("place", "place_canonical"):
            if not isinstance(inc[k], str) or not inc[k]:
                err("%s: empty %s" % (iid, k))
        if inc["place"] not in vis:
            err("%s: place %r not as written in doc" % (iid, inc["place"]))
    for did, letters in by_doc.items():
        if letters != list("abcdefgh"[:len(letters)]):
            err("%s: incident letters %s" % (did, letters))
    for s_i, s in enumerate(STYLES):
        noise = [n for n in range(s_i * 10, s_i * 10 + 10) if not by_doc.get("r24%03d" % (n + 1))]
        if len(noise) != 1:
            err("style %s: %d noise docs" % (s, len(noise)))
        for n in noise:
            if n % 10 + 1 in (3, 6, 9):
                err("style %s: noise doc at position %d" % (s, n % 10 + 1))
    for d in docs:
        if by_doc.get(d["doc"]) and d["country"] != "Iraq":
            err("%s: attack doc with country %s" % (d["doc"], d["country"]))
    provs = {i["province"] for i in incs}
    if provs != PROVINCES:
        err("provinces missing: %s" % sorted(PROVINCES - provs))
    if not 110 <= len(incs) <= 130:
        err("incident count %d" % len(incs))
    rare = sum(1 for i in incs if i["date_precision"] in ("month", "reported", "year"))
    if rare > 8:
        err("%d month/reported incidents: too many" % rare)
    for name in ("questions.jsonl", "conversations.jsonl"):
        p = os.path.join(ROOT, name)
        if not os.path.exists(p) or os.path.getsize(p) != 0:
            err("%s must exist and be empty" % name)
    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d problem(s)" % len(errors))
        return 1
    print("OK: %d docs, %d incidents, all checks passed" % (len(docs), len(incs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
