#!/usr/bin/env python3
"""Regenerate docs/, docs.jsonl, incidents.jsonl, questions.jsonl and
conversations.jsonl of realworld22 from the data files (deterministic).

Set-22 code only. realworld16's build/lib.py is imported as is; realworld16's
build/build.py is read and executed as a wrapped module (the line importing set
16's data files removed, the id formats switched to r22xxx / q25xxx / c25xx,
each substitution asserted to apply exactly once, __file__ pointing here so that
its main() writes into realworld22/ and runs all of set 16's build assertions).
build/questions.py loads realworld17's s17.py and realworld19's s19.py by path.
The set-22 assertions run before and after the wrapped main().
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
sys.path.insert(0, HERE)     # set 22's s22.py, data files and questions
import lib  # noqa: E402
import data_1, data_2, questions  # noqa: E402,F401

WRAP = [  # (text in realworld16/build/build.py, set-22 text); each must occur exactly once
    ("import data_1, data_2, data_3, data_4, data_5, questions  # noqa: E402,F401\n", ""),
    ('did = "r16%03d" % n', 'did = "r22%03d" % n'),
    ('"q%05d" % (19000 + n)', '"q%05d" % (25000 + n)'),
    ('"c%d" % (1900 + n)', '"c%d" % (2500 + n)'),
]
TODAY = questions.TODAY
# province-year clusters that the listings lean on (README); no other province-year has 5+
CLUSTERS = {("Nineveh", "2021"): 8, ("Diyala", "2023"): 8, ("Kirkuk", "2024"): 7, ("Salahuddin", "2019"): 7,
            ("Dohuk", "2025"): 7, ("Anbar", "2022"): 6, ("Baghdad", "2026"): 6, ("Basra", "2024"): 5,
            ("Erbil", "2020"): 5}
MARK = re.compile(r"\[\[([a-z])\|(.*?)\]\]", re.S)


def wrapped_b16():
    src = open(os.path.join(B16, "build.py"), encoding="utf-8").read()
    for old, new in WRAP:
        if src.count(old) != 1:
            raise AssertionError("realworld16/build/build.py changed: %r" % old)
        src = src.replace(old, new)
    ns = {"__name__": "rw16_build_for_rw22", "__file__": os.path.abspath(__file__)}
    exec(compile(src, os.path.join(B16, "build.py"), "exec"), ns)
    return ns


def before():
    st = Counter(d["style"] for d in lib.DOCS)
    assert set(st) == set("AGWTKNRVOHSFP") and set(st.values()) == {7}, st
    pos = Counter()
    for d in lib.DOCS:
        pos[d["style"]] += 1
        noise = d["country"] != "Iraq" or not d["incs"]
        assert not (noise and pos[d["style"]] % 3 == 0), (d["key"], "noise at a final position")
        words = len(re.findall(r"\S+", MARK.sub(lambda m: m.group(2), d["text"])))
        assert 40 <= words <= 200, (d["key"], words)
        for i in d["incs"]:
            assert "2019-01" <= i["event_date"][:7] <= "2026-05", (d["key"], i["event_date"])
    incs = [i for d in lib.DOCS for i in d["incs"]]
    iraq = [i for i in incs if i["country"] == "Iraq"]
    assert len(iraq) >= 100 and len(incs) >= 104, (len(iraq), len(incs))
    cl = Counter((i["province"], i["event_date"][:4]) for i in iraq)
    for k, n in CLUSTERS.items():
        assert cl[k] == n, (k, cl[k], n)
    assert {k for k, n in cl.items() if n >= 5} == set(CLUSTERS), sorted(k for k, n in cl.items() if n >= 5)
    assert len(lib.QUESTIONS) >= 450, len(lib.QUESTIONS)
    assert len(lib.CONVS) == 30, len(lib.CONVS)
    for q in lib.QUESTIONS:
        if q.get("rel"):
            lo, hi = questions.s17.rel(q["rel"], q["today"])
            assert (q["filters"]["date_from"], q["filters"]["date_to"]) == (lo, hi), (q["question"], q["rel"])
        else:
            assert q["today"] == TODAY, (q["question"], q["today"])


def after():
    qs = [json.loads(x) for x in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
    for q in qs:
        if q.get("doc"):
            assert len(q["expected_ids"] or []) == 1, (q["id"], q["question"], q["expected_ids"])
            assert q["answer"] != "None", (q["id"], q["question"])
    comp = [q for q in qs if not q.get("doc") and not q.get("no_match") and q["expected_ids"] is not None]
    mid = [q for q in comp if 2 <= len(q["expected_ids"]) <= 8]
    assert len(mid) >= 0.7 * len(comp), (len(mid), len(comp))
    assert sum(1 for q in qs if q["intent"] == "listing") >= 250


def main():
    before()
    for q in lib.QUESTIONS:
        q.pop("rel", None)
    wrapped_b16()["main"]()
    after()


if __name__ == "__main__":
    main()
