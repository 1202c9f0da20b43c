#!/usr/bin/env python3
"""Regenerate docs/, docs.jsonl, incidents.jsonl, questions.jsonl and
conversations.jsonl of realworld16 from the data files (deterministic).
Usage: python3 build/build.py"""
import calendar, csv, datetime as dt, html, html.parser, io, json, os, re, shutil, sys
import xml.etree.ElementTree as ET
from collections import defaultdict

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import lib  # noqa: E402
import data_1, data_2, data_3, data_4, data_5, questions  # noqa: E402,F401

MARK = re.compile(r"\[\[([a-z])\|(.*?)\]\]", re.S)
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


MON = {m[:3].lower(): i for i, m in enumerate(lib.MONTHS, 1)}
_MN = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"


def check_phrase(rid, ph, iso):
    """set 16: '14 March 2021', 'March 14', 'Apr 30', '14/03/2021', '03/14/2021',
    '14 Mar 21' in a date phrase must name the event date (numeric dates in
    either order, the year when written)."""
    d = lib.D(iso)
    for mm in re.finditer(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MN + r"(?:,?\s+(\d{4}))?", ph, re.I):
        assert (int(mm.group(1)), MON[mm.group(2).lower()]) == (d.day, d.month), (rid, ph, iso)
        if mm.group(3):
            assert int(mm.group(3)) == d.year, (rid, ph, iso)
    for mm in re.finditer(r"\b" + _MN + r"\s+(\d{1,2})\b(?:,?\s+(\d{4}))?", ph, re.I):
        assert (int(mm.group(2)), MON[mm.group(1).lower()]) == (d.day, d.month), (rid, ph, iso)
        if mm.group(3):
            assert int(mm.group(3)) == d.year, (rid, ph, iso)
    for mm in re.finditer(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b", ph):
        a, b, y = int(mm.group(1)), int(mm.group(2)), int(mm.group(3)) % 100
        assert (a, b) in ((d.day, d.month), (d.month, d.day)) and y == d.year % 100, (rid, ph, iso)


class Strip(html.parser.HTMLParser):
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


def render(d, plain):
    """returns (file content, visible text)"""
    m = d["meta"]
    if d["ext"] == "json":
        obj = {"title": m["title"], "published": m.get("published", d["report_date"]),
               "outlet": m["outlet"], "text": plain}
        if m.get("section"):
            obj["section"] = m["section"]
        raw = json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
        return raw, plain
    if d["ext"] == "html":
        paras = "".join("<p>%s</p>\n" % html.escape(p.strip(), quote=False)
                        for p in plain.split("\n\n") if p.strip())
        raw = ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
               '<meta name="date" content="%s">\n<title>%s</title>\n</head>\n<body>\n'
               '<div class="kicker">%s</div>\n<h1>%s</h1>\n%s</body>\n</html>\n') % (
            d["report_date"], html.escape(m["title"]), html.escape(m["outlet"]),
            html.escape(m["title"]), paras)
        s = Strip()
        s.feed(raw)
        return raw, html.unescape("".join(s.parts))
    return plain.rstrip("\n") + "\n", plain.rstrip("\n") + "\n"


def norm(s):
    s = s.lower().replace("-", " ").replace("'", "")
    s = re.sub(r"\bal ", "", s)
    return re.sub(r"\s+", " ", s).strip()


def interval(inc):
    d, p = inc["event_date"], inc["date_precision"]
    if p in ("day", "reported"):
        x = dt.date.fromisoformat(d)
        return x, x
    if p == "month":
        y, mo = map(int, d.split("-"))
        return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
    y = int(d)
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def expected(fl, incs):
    if fl["place"] and fl["near"]:
        return None
    canon = {norm(i["place_canonical"]) for i in incs if i.get("place_canonical")}
    out = []
    for inc in incs:
        if inc["country"] != "Iraq":
            continue
        if fl["province"] and inc["province"] != fl["province"]:
            continue
        if fl["place"]:
            q = norm(fl["place"])
            if q in canon:
                if q != norm(inc["place_canonical"] or ""):
                    continue
            elif q not in norm(inc["place"]):
                continue
        if fl["dated_only"] and inc["date_precision"] == "reported":
            continue
        lo, hi = interval(inc)
        if fl["date_from"] and lo < dt.date.fromisoformat(fl["date_from"]):
            continue
        if fl["date_to"] and hi > dt.date.fromisoformat(fl["date_to"]):
            continue
        if fl["attack_type"] and fl["attack_type"] not in inc["attack_type"]:
            continue
        if fl["perpetrator"] and inc["perpetrator"] != fl["perpetrator"]:
            continue
        if fl["target"] and fl["target"] not in inc["target"]:
            continue
        out.append(inc["id"])
    return out


def main():
    out_docs = os.path.join(ROOT, "docs")
    if os.path.isdir(out_docs):
        shutil.rmtree(out_docs)
    os.makedirs(out_docs)
    docs_rows, incs, key2id = [], [], {}
    pos = defaultdict(int)
    keys = set()
    for n, d in enumerate(lib.DOCS, 1):
        did = "r16%03d" % n
        assert d["key"] not in keys, d["key"]
        keys.add(d["key"])
        pos[d["style"]] += 1
        split = "final" if pos[d["style"]] % 3 == 0 else "dev"
        ev = {}
        for mk in MARK.finditer(d["text"]):
            assert mk.group(1) not in ev, (did, mk.group(1))
            ev[mk.group(1)] = mk.group(2)
        plain = MARK.sub(lambda mk: mk.group(2), d["text"])
        assert "[[" not in plain and "]]" not in plain, did
        raw, visible = render(d, plain)
        # containers must parse as what their suffix says (kept from set 15)
        if d["ext"] == "jsonl":
            for ln in raw.splitlines():
                if ln.strip():
                    json.loads(ln)
        if d["ext"] == "xml":
            ET.fromstring(raw.encode("utf-8"))
        if d["ext"] in ("csv", "tsv"):
            rows = list(csv.reader(io.StringIO(raw), delimiter="," if d["ext"] == "csv" else "\t"))
            assert len(rows) >= 3, (d["key"], "table too short")
        if d["ext"] == "md":
            assert raw.startswith("# "), (d["key"], "md title")
        fn = "%s.%s" % (did, d["ext"])
        with open(os.path.join(out_docs, fn), "w", encoding="utf-8") as fh:
            fh.write(raw)
        nw = len(re.findall(r"\S+", visible))
        assert 40 <= nw <= 220, (did, d["key"], nw)
        rd = d["report_date"]
        docs_rows.append({"doc": did, "file": fn, "style": d["style"], "report_date": rd,
                          "country": d["country"], "split": split})
        assert set(ev) == {i["sfx"] for i in d["incs"]}, (did, d["key"], sorted(ev))
        for i in sorted(d["incs"], key=lambda x: x["sfx"]):
            rid = "%s-%s" % (did, i["sfx"])
            key2id[(d["key"], i["sfx"])] = rid
            r = {"id": rid, "doc": did}
            for k in ("event_date", "date_precision", "date_phrase", "place", "place_canonical",
                      "province", "country", "perpetrator", "claimed", "target", "attack_type",
                      "killed", "wounded", "killed_text", "wounded_text"):
                r[k] = i[k]
            r["evidence"] = ev[i["sfx"]]
            for k in ("place", "date_phrase", "killed_text", "wounded_text", "evidence"):
                v = r[k]
                if v is None or v == "none reported":
                    continue
                assert v in visible, (rid, k, v)
            for k in ("killed", "wounded"):
                assert (r[k] is None) == (r[k + "_text"] == "none reported"), (rid, k)
            assert r["place"] in r["evidence"], (rid, "place not in evidence")
            p = r["date_precision"]
            if p == "day" and rd:
                assert r["event_date"] <= rd, (rid, "after report date")
            if p == "reported":
                assert r["event_date"] == rd, rid
            if p == "day":
                assert r["date_phrase"], rid
            ph = r["date_phrase"] or ""
            hits = sorted((mm.start(), k) for k, dn in enumerate(DAYS)
                          for mm in re.finditer(r"\b(%s|%s)\b" % (dn, dn[:3]), ph, re.I))
            if hits and p == "day":
                assert lib.D(r["event_date"]).weekday() == hits[0][1], (rid, ph, r["event_date"])
                if rd:
                    assert 0 <= (lib.D(rd) - lib.D(r["event_date"])).days < 7, (rid, "weekday far")
            # set 16: a day and month written in the date phrase must be the event's
            if p == "day":
                check_phrase(rid, ph, r["event_date"])
            if r["country"] == "Iraq":
                assert r["province"] and r["place_canonical"], rid
            else:
                assert r["province"] is None, rid
            incs.append(r)
        # noise items sit inside the styles: an Iraqi doc without incidents must be
        # flagged noise=True; a doc outside Iraq carries exactly its one attack
        if d["country"] == "Iraq":
            assert bool(d["incs"]) != bool(d["meta"].get("noise")), (did, d["key"])
        else:
            assert len(d["incs"]) == 1 and d["incs"][0]["country"] == d["country"], did
        for i in d["incs"]:
            if d["country"] == "Iraq" and i["country"] != "Iraq":
                raise AssertionError((did, "outside attack in an Iraqi doc"))
    # ------------------------------------------------------------ questions
    qrows, free, seen = [], 0, set()
    DSPLIT = {r["doc"]: r["split"] for r in docs_rows}
    inc_by_id = {r["id"]: r for r in incs}
    ATYPE = {"killed": "number", "wounded": "number", "event_date": "date",
             "place_canonical": "place", "perpetrator": "actor"}
    for n, q in enumerate(lib.QUESTIONS, 1):
        assert q["question"] not in seen, q["question"]
        seen.add(q["question"])
        row = {"id": "q%05d" % (19000 + n), "question": q["question"], "intent": q["intent"],
               "filters": q["filters"], "today": q["today"]}
        assert set(q["filters"]) == set(lib.f()), q["question"]
        exp = expected(q["filters"], incs)
        if q["ev"]:
            rid = key2id[q["ev"]]
            inc = inc_by_id[rid]
            sel = expected(dict(q["filters"], near=False), incs)
            assert rid in sel, (row["id"], q["question"], rid, sel)
            row["split"] = DSPLIT[inc["doc"]]
            row["expected_ids"] = exp
            row["doc"] = inc["doc"]
            row["answer"] = str(inc[q["field"]])
            row["answer_type"] = ATYPE[q["field"]]
        else:
            free += 1
            row["split"] = "final" if free % 3 == 0 else "dev"
            row["expected_ids"] = exp
            if q["no_match"]:
                assert not exp, (row["id"], exp)
                row["doc"] = None
                row["answer"] = None
                row["answer_type"] = ATYPE.get(q["field"], "name")
                row["no_match"] = True
            elif q["intent"] == "count":
                assert exp is not None, row["id"]
                row["answer"] = str(len(exp))
        qrows.append(row)
    crows = []
    for n, c in enumerate(lib.CONVS, 1):
        t = c["turns"]
        assert t[0]["filters"] != t[1]["filters"] or t[0]["intent"] != t[1]["intent"], n
        crows.append({"id": "c%d" % (1900 + n), "turns": t, "today": c["today"],
                      "split": "final" if n % 3 == 0 else "dev"})
    for name, rows in (("docs.jsonl", docs_rows), ("incidents.jsonl", incs),
                       ("questions.jsonl", qrows), ("conversations.jsonl", crows)):
        with open(os.path.join(ROOT, name), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("docs %d, incidents %d, questions %d, conversations %d" % (
        len(docs_rows), len(incs), len(qrows), len(crows)))


if __name__ == "__main__":
    main()
