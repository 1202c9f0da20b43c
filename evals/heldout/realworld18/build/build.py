#!/usr/bin/env python3
"""Regenerate docs/, docs.jsonl, incidents.jsonl, questions.jsonl and
conversations.jsonl of realworld18 from the data files (deterministic).

No code of realworld16 or realworld17 is copied here. As realworld17 does,
realworld16's build/lib.py is imported as is and its build/build.py is loaded as
a wrapped module (source read, the line importing set 16's data files removed,
the id formats switched to r18xxx / q21xxx / c21xx, each substitution asserted
to apply exactly once, executed with __file__ pointing here so its main() writes
into realworld18/ and runs all of set 16's build assertions). realworld17's
build/s17.py (relative periods) is loaded by file path in questions.py.
Set-18 code: s18.py (Hijri / Kurdish dates, hard-date flag), the data files,
the question generator and the set-18 assertions below.
Usage: python3 build/build.py"""
import importlib.util
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
B16 = os.path.normpath(os.path.join(ROOT, "..", "realworld16", "build"))
sys.path.insert(0, B16)      # set 16's lib.py (imported, not copied)
sys.path.insert(0, HERE)     # set 18's data files first
import lib  # noqa: E402
import s18  # noqa: E402,F401
import data_1, data_2, questions  # noqa: E402,F401

SUBS = [
    ("import data_1, data_2, data_3, data_4, data_5, questions  # noqa: E402,F401\n", "", 1),
    ('did = "r16%03d" % n', 'did = "r18%03d" % n', 1),
    ('"q%05d" % (19000 + n)', '"q%05d" % (21000 + n)', 1),
    ('"c%d" % (1900 + n)', '"c%d" % (2100 + n)', 1),
]
CLUSTERS = {("Diyala", "2024-01"), ("Salahuddin", "2020-03"), ("Nineveh", "2021-08"),
            ("Anbar", "2023-06"), ("Sulaymaniyah", "2025-04"), ("Baghdad", "2021-07")}


def load_b16():
    src = open(os.path.join(B16, "build.py"), encoding="utf-8").read()
    for old, new, n in SUBS:
        assert src.count(old) == n, ("realworld16 build.py changed", old)
        src = src.replace(old, new)
    ns = {"__name__": "rw16_build_wrapped", "__file__": os.path.abspath(__file__)}
    exec(compile(src, os.path.join(B16, "build.py"), "exec"), ns)
    return ns


def checks18():
    MARK = re.compile(r"\[\[([a-z])\|(.*?)\]\]", re.S)
    styles = Counter(d["style"] for d in lib.DOCS)
    assert set(styles) == set("AGWTKNRVOHSFP") and set(styles.values()) == {7}, styles
    for d in lib.DOCS:
        plain = MARK.sub(lambda m: m.group(2), d["text"])
        nw = len(re.findall(r"\S+", plain))
        assert 40 <= nw <= 180, (d["key"], nw)          # the brief: 40-180 words
        for i in d["incs"]:
            if i["country"] == "Iraq":
                assert "2019-01" <= i["event_date"][:7] <= "2025-12", (d["key"], i["event_date"])
    incs = [i for d in lib.DOCS for i in d["incs"]]
    assert len(incs) >= 100, len(incs)
    cl = Counter((i["province"], i["event_date"][:7]) for i in incs if i["country"] == "Iraq")
    for c in CLUSTERS:
        assert cl[c] >= 8, (c, cl[c])
    assert sum(1 for i in incs if i.get("hard")) >= 60
    assert len(lib.QUESTIONS) >= 200, len(lib.QUESTIONS)
    assert len(lib.CONVS) == 16, len(lib.CONVS)
    for q in lib.QUESTIONS:
        r = q.get("rel")
        if r:
            lo, hi = questions.s17.rel(r, q["today"])
            assert (q["filters"]["date_from"], q["filters"]["date_to"]) == (lo, hi), (q["question"], r, lo, hi)


def main():
    checks18()
    for q in lib.QUESTIONS:
        q.pop("rel", None)
    ns = load_b16()
    ns["main"]()


if __name__ == "__main__":
    main()
