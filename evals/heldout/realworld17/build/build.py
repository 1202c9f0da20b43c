#!/usr/bin/env python3
"""Regenerate docs/, docs.jsonl, incidents.jsonl, questions.jsonl and
conversations.jsonl of realworld17 from the data files (deterministic).

No code of realworld16 is copied here. realworld16's build/lib.py is imported
as is (gold helpers I, doc, f, Q, C, F, month, year, span ...), and its
build/build.py is loaded as a wrapped module: its source is read, the line that
imports set 16's data files is dropped, the id prefixes are switched to set 17
(r17xxx, q20xxx, c20xx), and it is executed with __file__ pointing at this file
so that its main() writes into realworld17/. Set-17 assertions run before it.
Usage: python3 build/build.py"""
import os, re, sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
B16 = os.path.normpath(os.path.join(ROOT, "..", "realworld16", "build"))
sys.path.insert(0, B16)      # set 16's lib.py (imported, not copied)
sys.path.insert(0, HERE)     # set 17's data files (this folder has no lib.py)
import lib  # noqa: E402
import s17  # noqa: E402,F401  set-17 helpers (relative periods)
import data_1, data_2, data_3, data_4, data_5, questions  # noqa: E402,F401

SUBS = [  # (old, new, expected count) applied to realworld16/build/build.py
    ("import data_1, data_2, data_3, data_4, data_5, questions  # noqa: E402,F401\n", "", 1),
    ('did = "r16%03d" % n', 'did = "r17%03d" % n', 1),
    ('"q%05d" % (19000 + n)', '"q%05d" % (20000 + n)', 1),
    ('"c%d" % (1900 + n)', '"c%d" % (2000 + n)', 1),
]


def load_b16():
    src = open(os.path.join(B16, "build.py"), encoding="utf-8").read()
    for old, new, n in SUBS:
        assert src.count(old) == n, ("realworld16 build.py changed", old)
        src = src.replace(old, new)
    ns = {"__name__": "rw16_build_wrapped", "__file__": os.path.abspath(__file__)}
    exec(compile(src, os.path.join(B16, "build.py"), "exec"), ns)
    return ns


def checks17():
    """set-17 assertions on the registered data (before writing)."""
    MARK = re.compile(r"\[\[([a-z])\|(.*?)\]\]", re.S)
    styles = Counter(d["style"] for d in lib.DOCS)
    assert set(styles) == set("AGWTKNRVOHSFP"), styles
    assert 115 <= len(lib.DOCS) <= 130, len(lib.DOCS)
    for d in lib.DOCS:
        plain = MARK.sub(lambda m: m.group(2), d["text"])
        nw = len(re.findall(r"\S+", plain))
        assert 40 <= nw <= 200, (d["key"], nw)          # the brief: 40-200 words
        for i in d["incs"]:
            if i["country"] == "Iraq":
                assert "2019-01-01" <= i["event_date"][:10] and i["event_date"][:4] <= "2025", (d["key"], i["event_date"])
    n_inc = sum(len(d["incs"]) for d in lib.DOCS)
    assert n_inc >= 130, n_inc
    assert len(lib.QUESTIONS) >= 300, len(lib.QUESTIONS)
    assert len(lib.CONVS) == 24, len(lib.CONVS)
    # relative periods: a question that names one carries the range s17.rel() computes from its today
    for q in lib.QUESTIONS:
        r = q.get("rel")
        if r:
            lo, hi = s17.rel(r, q["today"])
            assert (q["filters"]["date_from"], q["filters"]["date_to"]) == (lo, hi), (q["question"], r, lo, hi)


def main():
    checks17()
    for q in lib.QUESTIONS:          # the wrapped main() ignores extra keys; drop ours
        q.pop("rel", None)
    ns = load_b16()
    ns["main"]()


if __name__ == "__main__":
    main()
