#!/usr/bin/env python3
"""Regenerate docs/, docs.jsonl, incidents.jsonl, questions.jsonl and
conversations.jsonl of realworld20 from the data files (deterministic).

No code of realworld16, 17 or 19 is copied here. As realworld17-19 do,
realworld16's build/lib.py is imported as is and its build/build.py is loaded as
a wrapped module (source read, the line importing set 16's data files removed,
the id formats switched to r20xxx / q23xxx / c23xx, each substitution asserted
to apply exactly once, executed with __file__ pointing here so that its main()
writes into realworld20/ and runs all of set 16's build assertions).
realworld17's build/s17.py (relative periods, quarters, halves) and
realworld19's build/s19.py (seasons, single-event helper Qs) are loaded by file
path in questions.py. Set-20 code: the data files, the questions and the set-20
assertions below (before and after the wrapped main()).
Usage: python3 build/build.py"""
import json
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
B16 = os.path.normpath(os.path.join(ROOT, "..", "realworld16", "build"))
sys.path.insert(0, B16)      # set 16's lib.py (imported, not copied)
sys.path.insert(0, HERE)     # set 20's data files first
import lib  # noqa: E402
import data_1, data_2, questions  # noqa: E402,F401

SUBS = [
    ("import data_1, data_2, data_3, data_4, data_5, questions  # noqa: E402,F401\n", "", 1),
    ('did = "r16%03d" % n', 'did = "r20%03d" % n', 1),
    ('"q%05d" % (19000 + n)', '"q%05d" % (23000 + n)', 1),
    ('"c%d" % (1900 + n)', '"c%d" % (2300 + n)', 1),
]
# province-year clusters that the listing questions lean on (README)
CLUSTERS = {("Diyala", "2022"): 8, ("Kirkuk", "2021"): 7, ("Salahuddin", "2023"): 7, ("Dohuk", "2022"): 7,
            ("Nineveh", "2020"): 7, ("Anbar", "2024"): 6, ("Baghdad", "2025"): 5}


def load_b16():
    src = open(os.path.join(B16, "build.py"), encoding="utf-8").read()
    for old, new, n in SUBS:
        assert src.count(old) == n, ("realworld16 build.py changed", old)
        src = src.replace(old, new)
    ns = {"__name__": "rw16_build_wrapped", "__file__": os.path.abspath(__file__)}
    exec(compile(src, os.path.join(B16, "build.py"), "exec"), ns)
    return ns


def checks20_before():
    MARK = re.compile(r"\[\[([a-z])\|(.*?)\]\]", re.S)
    styles = Counter(d["style"] for d in lib.DOCS)
    assert set(styles) == set("AGWTKNRVOHSFP") and set(styles.values()) == {5}, styles
    for d in lib.DOCS:
        plain = MARK.sub(lambda m: m.group(2), d["text"])
        nw = len(re.findall(r"\S+", plain))
        assert 40 <= nw <= 200, (d["key"], nw)
        for i in d["incs"]:
            if i["country"] == "Iraq":
                assert "2019-01" <= i["event_date"][:7] <= "2025-12", (d["key"], i["event_date"])
    incs = [i for d in lib.DOCS for i in d["incs"]]
    iraq = [i for i in incs if i["country"] == "Iraq"]
    assert len(iraq) >= 75 and len(incs) >= 80, (len(iraq), len(incs))
    cl = Counter((i["province"], i["event_date"][:4]) for i in iraq)
    for c, n in CLUSTERS.items():
        assert cl[c] == n, (c, cl[c], n)
    assert {k for k, n in cl.items() if n >= 5} == set(CLUSTERS), cl
    assert len(lib.QUESTIONS) >= 420, len(lib.QUESTIONS)
    assert len(lib.CONVS) == 30, len(lib.CONVS)
    for q in lib.QUESTIONS:
        r = q.get("rel")
        if r:
            lo, hi = questions.s17.rel(r, q["today"])
            assert (q["filters"]["date_from"], q["filters"]["date_to"]) == (lo, hi), (q["question"], r, lo, hi)


def checks20_after():
    qs = [json.loads(x) for x in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
    for q in qs:
        if q.get("doc"):
            assert len(q["expected_ids"] or []) == 1, (q["id"], q["question"], q["expected_ids"])
            assert q["answer"] != "None", (q["id"], q["question"])
    lst = [q for q in qs if not q.get("doc") and not q.get("no_match") and q["expected_ids"] is not None]
    mid = [q for q in lst if 2 <= len(q["expected_ids"]) <= 8]
    assert len(mid) >= 0.7 * len(lst), (len(mid), len(lst))
    assert sum(1 for q in qs if q["intent"] == "listing") >= 150


def main():
    checks20_before()
    for q in lib.QUESTIONS:
        q.pop("rel", None)
    ns = load_b16()
    ns["main"]()
    checks20_after()


if __name__ == "__main__":
    main()
