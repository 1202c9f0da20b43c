#!/usr/bin/env python3
"""Regenerate every file of the realworld24 held-out set from the gold data in this folder.

Gold records are written first (data_*.py); each evidence sentence is marked in the
document text as [[tag|sentence]] and the marker is removed when the document is written.
"""
import sys
sys.dont_write_bytecode = True
import csv
import io
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import data_ab, data_cd, data_ef, data_gh, data_ij  # noqa: E402
import readme  # noqa: E402

MARK = re.compile(r"\[\[([a-z])\|(.*?)\]\]")
STYLES = "ABCDEFGHIJ"


def strip(obj, found):
    if isinstance(obj, str):
        for m in MARK.finditer(obj):
            if m.group(1) in found:
                raise SystemExit("duplicate marker %s" % m.group(1))
            found[m.group(1)] = m.group(2)
        return MARK.sub(lambda m: m.group(2), obj)
    if isinstance(obj, list):
        return [strip(x, found) for x in obj]
    if isinstance(obj, dict):
        return {k: strip(v, found) for k, v in obj.items()}
    return obj


def render(ext, content):
    if ext in ("txt", "md", "html"):
        return content if content.endswith("\n") else content + "\n"
    if ext == "json":
        return json.dumps(content, ensure_ascii=False, indent=2) + "\n"
    if ext == "jsonl":
        return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in content)
    if ext == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        for row in content:
            w.writerow(row)
        return buf.getvalue()
    raise SystemExit("bad ext " + ext)


def main():
    docs = data_ab.DOCS + data_cd.DOCS + data_ef.DOCS + data_gh.DOCS + data_ij.DOCS
    assert len(docs) == 100, len(docs)
    os.makedirs(os.path.join(ROOT, "docs"), exist_ok=True)
    doc_lines, inc_lines = [], []
    for n, d in enumerate(docs):
        style = STYLES[n // 10]
        pos = n % 10 + 1
        assert d["style"] == style, (n, d["style"])
        did = "r24%03d" % (n + 1)
        fname = did + "." + d["ext"]
        found = {}
        clean = strip(d["content"], found)
        text = render(d["ext"], clean)
        with open(os.path.join(ROOT, "docs", fname), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        split = "final" if pos in (3, 6, 9) else "dev"
        doc_lines.append({"doc": did, "file": fname, "style": style, "report_date": d["report_date"],
                          "country": d["country"], "split": split})
        tags = [i["tag"] for i in d["incs"]]
        if sorted(found) != sorted(tags):
            raise SystemExit("%s: markers %s vs incidents %s" % (did, sorted(found), tags))
        for k, inc in enumerate(d["incs"]):
            assert inc["tag"] == "abcdefgh"[k], (did, inc["tag"])
            inc_lines.append({
                "id": did + "-" + inc["tag"], "doc": did, "event_date": inc["event_date"],
                "date_precision": inc["date_precision"], "date_phrase": inc["date_phrase"],
                "place": inc["place"], "place_canonical": inc["place_canonical"],
                "province": inc["province"], "country": "Iraq", "perpetrator": inc["perpetrator"],
                "target": inc["target"], "attack_type": inc["attack_type"],
                "killed": inc["killed"], "wounded": inc["wounded"],
                "killed_text": inc["killed_text"], "wounded_text": inc["wounded_text"],
                "evidence": found[inc["tag"]],
            })
    with open(os.path.join(ROOT, "docs.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in doc_lines:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "incidents.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in inc_lines:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    for name in ("questions.jsonl", "conversations.jsonl"):
        open(os.path.join(ROOT, name), "w", encoding="utf-8").close()
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme.text(doc_lines, inc_lines))
    print("wrote %d docs, %d incidents" % (len(doc_lines), len(inc_lines)))


if __name__ == "__main__":
    main()
