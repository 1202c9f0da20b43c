"""Writes docs/, docs.jsonl and incidents.jsonl from the authored data modules,
then questions.jsonl and conversations.jsonl from questions.py.
Deterministic: running it twice gives identical files."""
import datetime as _dt, html, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import data_1, data_2, data_3, data_4, data_5  # noqa: F401  (register docs)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCDIR = os.path.join(ROOT, "docs")
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _wdcheck(did, inc, rd):
    """A weekday named in date_phrase is the weekday of event_date and lies
    0-6 days before the report date."""
    ph = inc["date_phrase"] or ""
    # the first weekday named is the event day ("the night between Wednesday and Thursday")
    found = sorted((ph.find(day), n, day) for n, day in enumerate(DAYS) if day in ph)[:1]
    for _, n, day in found:
        if inc["date_precision"] == "day":
            ed = _dt.date.fromisoformat(inc["event_date"])
            assert ed.weekday() == n, (did, ph, inc["event_date"])
            if rd:
                gap = (_dt.date.fromisoformat(rd) - ed).days
                assert 0 <= gap < 7, (did, ph, inc["event_date"], rd)


def render(d):
    body = lib.strip_marks(d["text"]).strip() + "\n"
    if d["ext"] == "json":
        return json.dumps({"title": d["title"], "published": d.get("published") or d["report_date"],
                           "outlet": d["outlet"], "text": body.strip()},
                          ensure_ascii=False, indent=2) + "\n", body
    if d["ext"] == "html":
        paras = [p.strip() for p in body.split("\n\n") if p.strip()]
        inner = "\n".join("<p>%s</p>" % html.escape(p, quote=False) for p in paras)
        return ("<html><head><title>%s</title><meta name=\"date\" content=\"%s\">"
                "</head><body>\n%s\n</body></html>\n" % (html.escape(d["title"]), d["report_date"], inner)), body
    if d["ext"] == "md":
        txt = "# %s\n\ndate %s\n\n%s" % (d["title"], d["report_date"], body)
        return txt, txt
    return body, body


def main():
    docs = sorted(lib.DOCS, key=lambda d: d["num"])
    assert [d["num"] for d in docs] == list(range(1, len(docs) + 1))
    seen = {}
    for d in docs:  # every third doc within a style is final
        k = seen.get(d["style"], 0) + 1
        d["split"] = "final" if k % 3 == 0 else "dev"
        seen[d["style"]] = k
    os.makedirs(DOCDIR, exist_ok=True)
    for f in os.listdir(DOCDIR):
        os.remove(os.path.join(DOCDIR, f))
    doc_rows, inc_rows = [], []
    for d in docs:
        did = "r4%03d" % d["num"]
        d["id"] = did
        fname = "%s.%s" % (did, d["ext"])
        raw, visible = render(d)
        if d["ext"] == "html":
            visible = lib.strip_marks(d["text"])
        with open(os.path.join(DOCDIR, fname), "w", encoding="utf-8") as fh:
            fh.write(raw)
        nw = len(re.findall(r"\S+", visible if d["ext"] != "json" else lib.strip_marks(d["text"])))
        assert 40 <= nw <= 220, (did, nw)
        doc_rows.append({"doc": did, "file": fname, "style": d["style"],
                         "report_date": d["report_date"], "country": d["country"],
                         "split": d["split"]})
        ev = lib.evidence(d["text"])
        sfx = [i["sfx"] for i in d["incs"]]
        assert sorted(sfx) == sorted(ev), (did, sfx, list(ev))
        for inc in d["incs"]:
            row = {"id": "%s-%s" % (did, inc["sfx"]), "doc": did}
            _wdcheck(did, inc, d["report_date"])
            for k in ("event_date", "date_precision", "date_phrase", "place",
                      "place_canonical", "province", "country", "perpetrator",
                      "claimed", "target", "attack_type", "killed", "wounded",
                      "killed_text", "wounded_text"):
                row[k] = inc[k]
            row["evidence"] = ev[inc["sfx"]]
            for k in ("place", "date_phrase", "killed_text", "wounded_text", "evidence"):
                v = row[k]
                if v is None or v == "none reported":
                    continue
                assert v in visible, (did, k, v)
            assert (row["killed_text"] == "none reported") == (row["killed"] is None), (did, "killed")
            assert (row["wounded_text"] == "none reported") == (row["wounded"] is None), (did, "wounded")
            if d["report_date"] and row["date_precision"] == "day":
                assert row["event_date"] <= d["report_date"], (did, row["event_date"])
            inc_rows.append(row)
            inc["id"] = row["id"]
    with open(os.path.join(ROOT, "docs.jsonl"), "w") as fh:
        for r in doc_rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "incidents.jsonl"), "w") as fh:
        for r in inc_rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("docs", len(doc_rows), "incidents", len(inc_rows))
    import questions
    questions.write(ROOT, inc_rows, doc_rows, docs)


if __name__ == "__main__":
    main()
