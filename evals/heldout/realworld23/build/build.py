#!/usr/bin/env python3
"""Regenerate docs/, docs.jsonl, incidents.jsonl, questions.jsonl and conversations.jsonl of
realworld23 from the data files (deterministic). Usage: python3 build/build.py

Set-23 code only. realworld16's build/lib.py is imported as is; realworld16's build/build.py is read
and executed as a wrapped module, as sets 17-22 do: the line importing set 16's data files is removed,
the id formats are switched to r23xxx / q26xxx / c26xx (each substitution asserted to apply exactly
once) and __file__ points here, so that its main() writes into realworld23/ and runs all of set 16's
build assertions. build/questions.py loads realworld17's s17.py and realworld19's s19.py by path.
The set-23 assertions run before and after the wrapped main()."""
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
sys.path.insert(0, HERE)     # set 23's s23.py, data files and questions
import lib  # noqa: E402
import data_1, data_2, data_3, data_4, questions  # noqa: E402,F401

WRAP = [  # (text in realworld16/build/build.py, set-23 text); each must occur exactly once
    ("import data_1, data_2, data_3, data_4, data_5, questions  # noqa: E402,F401\n", ""),
    ('did = "r16%03d" % n', 'did = "r23%03d" % n'),
    ('"q%05d" % (19000 + n)', '"q%05d" % (26000 + n)'),
    ('"c%d" % (1900 + n)', '"c%d" % (2600 + n)'),
]
STYLES = "AGWTKNRVOHSP"
MARK = re.compile(r"\[\[([a-z])\|(.*?)\]\]", re.S)


def wrapped_b16():
    src = open(os.path.join(B16, "build.py"), encoding="utf-8").read()
    for old, new in WRAP:
        assert src.count(old) == 1, "realworld16/build/build.py changed: %r" % old
        src = src.replace(old, new)
    ns = {"__name__": "rw16_build_for_rw23", "__file__": os.path.abspath(__file__)}
    exec(compile(src, os.path.join(B16, "build.py"), "exec"), ns)
    return ns


def before():
    st = Counter(d["style"] for d in lib.DOCS)
    assert "".join(sorted(st)) == "".join(sorted(STYLES)) and set(st.values()) == {13}, st
    order = [d["style"] for d in lib.DOCS]
    assert order == sorted(order, key=STYLES.index), "docs not ordered by style"
    pos = Counter()
    for d in lib.DOCS:
        pos[d["style"]] += 1
        noise = d["country"] != "Iraq" or not d["incs"]
        assert not (noise and pos[d["style"]] % 3 == 0), (d["key"], "noise at a final position")
        assert not (noise and pos[d["style"]] == 13), (d["key"], "noise in the last position")
        words = len(re.findall(r"\S+", MARK.sub(lambda m: m.group(2), d["text"])))
        assert 40 <= words <= 220, (d["key"], words)
        for i in d["incs"]:
            assert "2019-01" <= i["event_date"][:7] <= "2026-11", (d["key"], i["event_date"])
    incs = [i for d in lib.DOCS for i in d["incs"]]
    assert 170 <= len(incs) <= 190, len(incs)
    assert len(lib.QUESTIONS) >= 200 and len(lib.CONVS) == 30, (len(lib.QUESTIONS), len(lib.CONVS))
    near = sum(1 for q in lib.QUESTIONS if q["filters"]["near"])
    assert near <= 25, near
    for q in lib.QUESTIONS:
        if q.get("rel"):
            lo, hi = questions.s17.rel(q["rel"], q["today"])
            assert (q["filters"]["date_from"], q["filters"]["date_to"]) == (lo, hi), (q["question"], q["rel"])
        else:
            assert q["today"] == questions.TODAY, (q["question"], q["today"])


def after():
    qs = [json.loads(x) for x in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
    for q in qs:
        if q.get("doc"):
            assert len(q["expected_ids"] or []) == 1, (q["id"], q["question"], q["expected_ids"])
            assert q["answer"] != "None", (q["id"], q["question"])
    comp = [q for q in qs if not q.get("doc") and not q.get("no_match") and q["expected_ids"] is not None]
    mid = [q for q in comp if 2 <= len(q["expected_ids"]) <= 10]
    assert len(mid) >= 0.6 * len(comp), (len(mid), len(comp))


def main():
    before()
    for q in lib.QUESTIONS:
        q.pop("rel", None)
    wrapped_b16()["main"]()
    after()


if __name__ == "__main__":
    main()
