"""Writes docs/, docs.jsonl and incidents.jsonl from the authored data
modules, then questions/conversations/open questions from questions.py."""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import lib
import data_1, data_2, data_3, data_4  # noqa: F401  (register docs)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCDIR = os.path.join(ROOT, "docs")


DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _wdcheck(did, inc, rd):
    """A weekday named in date_phrase must be the weekday of event_date, and
    weekday-dated events lie within 7 days before the report date."""
    import datetime as _dt
    ph = inc["date_phrase"] or ""
    for n, day in enumerate(DAYS):
        if day in ph and inc["date_precision"] == "day":
            ed = _dt.date.fromisoformat(inc["event_date"])
            assert ed.weekday() == n, (did, ph, inc["event_date"])
            if rd:
                gap = (_dt.date.fromisoformat(rd) - ed).days
                assert 0 <= gap < 7, (did, ph, inc["event_date"], rd)


def render(d):
    body = lib.strip_marks(d["text"])
    if d["ext"] == "json":
        return json.dumps({"title": d["title"], "published": d["report_date"],
                           "outlet": d["outlet"], "text": body},
                          ensure_ascii=False, indent=2) + "\n"
    if d["ext"] == "html":
        paras = "\n".join("<p>%s</p>" % html.escape(p.strip(), quote=False)
                          for p in body.split("\n\n") if p.strip())
        return ("<html><head><title>%s</title><meta name=\"date\" content=\"%s\">"
                "</head><body>\n%s\n</body></html>\n" % (html.escape(d["title"]), d["report_date"], paras))
    return body


def main():
    docs = sorted(lib.DOCS, key=lambda d: d["num"])
    nums = [d["num"] for d in docs]
    assert nums == list(range(1, len(docs) + 1)), "doc numbers must be contiguous"
    # split: every second doc within each style is final
    seen = {}
    for d in docs:
        k = seen.get(d["style"], 0)
        d["split"] = "final" if k % 2 == 1 else "dev"
        seen[d["style"]] = k + 1
    os.makedirs(DOCDIR, exist_ok=True)
    for f in os.listdir(DOCDIR):
        os.remove(os.path.join(DOCDIR, f))
    doc_rows, inc_rows = [], []
    for d in docs:
        did = "r2%03d" % d["num"]
        fname = "%s.%s" % (did, d["ext"])
        with open(os.path.join(DOCDIR, fname), "w", encoding="utf-8") as fh:
            fh.write(render(d))
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
            inc_rows.append(row)
    with open(os.path.join(ROOT, "docs.jsonl"), "w") as fh:
        for r in doc_rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "incidents.jsonl"), "w") as fh:
        for r in inc_rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("docs", len(doc_rows), "incidents", len(inc_rows))
    if os.path.exists(os.path.join(os.path.dirname(__file__), "questions.py")):
        import questions
        questions.write(ROOT, inc_rows, doc_rows)


if __name__ == "__main__":
    main()
