#!/usr/bin/env python3
"""Regenerate realworld5 deterministically: python3 build/build.py

Reads the data files (reports with [[x|...]] evidence markers and gold I(...)
records) and questions.py, asserts the gold against the texts, and writes
docs/, docs.jsonl, incidents.jsonl, questions.jsonl, conversations.jsonl."""
import datetime as dt
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import lib  # noqa: E402
import data_1, data_2, data_3, data_4, data_5  # noqa: E402,F401

STYLES = list("ABCDKSNEFGHJQL")
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MARK = re.compile(r"\[\[([a-z])\|(.*?)\]\]", re.S)


ERRS = []


def fail(msg):
    ERRS.append(msg)


def render(d, text):
    """Return (file content, visible text)."""
    if d["ext"] == "json":
        obj = {"title": d["title"], "published": d["published"] or d["report_date"],
               "outlet": d["outlet"], "text": text}
        return json.dumps(obj, ensure_ascii=False, indent=2) + "\n", text
    if d["ext"] == "html":
        paras = [p.strip() for p in text.split("\n\n") if p.strip()]
        body = "".join("<p>%s</p>\n" % html.escape(p, quote=False) for p in paras)
        raw = ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
               '<meta name="date" content="%s">\n<title>%s</title>\n</head>\n<body>\n'
               '<div class="kicker">%s</div>\n<h1>%s</h1>\n%s</body>\n</html>\n'
               % (d["report_date"], html.escape(d["title"]), html.escape(d["outlet"]),
                  html.escape(d["title"]), body))
        vis = d["outlet"] + "\n" + d["title"] + "\n" + "\n".join(paras)
        return raw, vis
    return text + "\n", text + "\n"


def main():
    order = {s: i for i, s in enumerate(STYLES)}
    docs = sorted(lib.DOCS, key=lambda d: order[d["style"]])  # stable within a style
    keys = {}
    docs_out, incs_out = [], []
    pos = {s: 0 for s in STYLES}
    os.makedirs(os.path.join(ROOT, "docs"), exist_ok=True)
    for fn in os.listdir(os.path.join(ROOT, "docs")):
        os.remove(os.path.join(ROOT, "docs", fn))
    INC = {}
    for n, d in enumerate(docs, 1):
        did = "r5%03d" % n
        if d["key"] in keys:
            fail("duplicate key " + d["key"])
        keys[d["key"]] = did
        pos[d["style"]] += 1
        split = "final" if pos[d["style"]] % 3 == 0 else "dev"
        marks = {m.group(1): m.group(2) for m in MARK.finditer(d["text"])}
        text = MARK.sub(lambda m: m.group(2), d["text"])
        if "[[" in text or "]]" in text:
            fail(d["key"] + ": stray marker")
        raw, vis = render(d, text)
        nwords = len(re.findall(r"\S+", vis))
        if not 40 <= nwords <= 220:
            fail("%s: %d words" % (d["key"], nwords))
        fn = "%s.%s" % (did, d["ext"])
        with open(os.path.join(ROOT, "docs", fn), "w", encoding="utf-8") as fh:
            fh.write(raw)
        docs_out.append(dict(doc=did, file=fn, style=d["style"], report_date=d["report_date"],
                             country=d["country"], split=split))
        if sorted(marks) != [chr(97 + i) for i in range(len(d["incs"]))]:
            fail("%s: markers %s vs %d incidents" % (d["key"], sorted(marks), len(d["incs"])))
        for i, inc in enumerate(d["incs"]):
            sfx = chr(97 + i)
            rec = dict(id="%s-%s" % (did, sfx), doc=did)
            rec.update(inc)
            rec["evidence"] = marks[sfx]
            if d["style"] == "B" and rec["date_phrase"] is None and rec["date_precision"] == "day":
                rec["date_phrase"] = text.split(":")[0].strip()
            order_keys = ["id", "doc", "event_date", "date_precision", "date_phrase", "place",
                          "place_canonical", "province", "country", "perpetrator", "claimed", "target",
                          "attack_type", "killed", "wounded", "killed_text", "wounded_text", "evidence"]
            rec = {k: rec[k] for k in order_keys}
            check_inc(rec, vis, d)
            incs_out.append(rec)
            INC[(d["key"], sfx)] = rec
    with open(os.path.join(ROOT, "docs.jsonl"), "w", encoding="utf-8") as fh:
        for r in docs_out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "incidents.jsonl"), "w", encoding="utf-8") as fh:
        for r in incs_out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    if ERRS:
        raise SystemExit("BUILD ERRORS:\n" + "\n".join(ERRS))
    import questions
    qs, convs = questions.make(INC, keys, incs_out, {d["doc"]: d for d in docs_out})
    with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for q in qs:
            fh.write(json.dumps(q, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "conversations.jsonl"), "w", encoding="utf-8") as fh:
        for c in convs:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    if ERRS:
        raise SystemExit("BUILD ERRORS:\n" + "\n".join(ERRS))
    print("docs %d, incidents %d, questions %d, conversations %d"
          % (len(docs_out), len(incs_out), len(qs), len(convs)))


def check_inc(r, vis, d):
    w = r["id"] + " (" + d["key"] + ")"
    for k in ("place", "date_phrase", "killed_text", "wounded_text", "evidence"):
        v = r[k]
        if v is None or v == lib.NR:
            continue
        if v not in vis:
            fail("%s: %s not verbatim: %r" % (w, k, v))
    for k in ("killed", "wounded"):
        if (r[k] is None) != (r[k + "_text"] == lib.NR):
            fail("%s: %s / %s_text mismatch" % (w, k, k))
    if r["date_precision"] == "day":
        if d["style"] != "B" and not r["date_phrase"]:
            fail(w + ": day precision without date_phrase")
        if d["report_date"] and r["event_date"] > d["report_date"]:
            fail(w + ": event after report")
    if r["date_precision"] == "reported" and r["event_date"] != d["report_date"]:
        fail(w + ": reported date mismatch")
    ph = r["date_phrase"] or ""
    hits = sorted((ph.find(x), i) for i, x in enumerate(DAYS) if x in ph)
    if hits and r["date_precision"] == "day":
        if dt.date.fromisoformat(r["event_date"]).weekday() != hits[0][1]:
            fail(w + ": weekday mismatch in " + ph)
        gap = (dt.date.fromisoformat(d["report_date"]) - dt.date.fromisoformat(r["event_date"])).days
        if not 0 <= gap < 7:
            fail(w + ": weekday phrase %d days before report" % gap)
    if r["country"] == "Iraq" and not r["province"]:
        fail(w + ": no province")
    if r["country"] != "Iraq" and r["province"]:
        fail(w + ": province outside Iraq")


if __name__ == "__main__":
    main()
