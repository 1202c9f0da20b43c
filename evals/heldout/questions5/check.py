#!/usr/bin/env python3
"""Stdlib-only shape checker for the questions5 held-out set (adapted from questions4's).
Exits 0 when consistent."""
import datetime
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["place", "near", "province", "date_from", "date_to", "attack_type",
        "perpetrator", "target", "dated_only"]
INTENTS = {"listing", "count", "briefing", "fact"}
TYPES = {None, "ied", "mortar_rocket", "airstrike_operation", "kidnapping", "ambush",
         "suicide", "shooting", "other"}
ACTORS = {None, "ISIS", "PMU", "Turkey", "US forces", "Peshmerga", "police", "Iraqi forces",
          "security forces", "civilians", "PKK", "unknown"}
PROVINCES = {None, "Anbar", "Babil", "Baghdad", "Basra", "Dhi Qar", "Diyala", "Dohuk", "Erbil",
             "Karbala", "Kirkuk", "Maysan", "Muthanna", "Najaf", "Nineveh", "Salahuddin",
             "Sulaymaniyah", "Wasit", "Halabja"}
MIN_QUESTIONS = 200
MIN_CONVERSATIONS = 80
MIN_TWO_TURN = 50
MIN_THREE_TURN = 30
Q_BASE, C_BASE = 6001, 601          # q5001 / c501 are already used by realworld3
Q_KEYS = ["id", "question", "intent", "filters", "today", "split"]
# A follow-up that only changes the measure (killed -> wounded) keeps every filter and the
# count intent on purpose: it is the one kind of follow-up allowed to change nothing.
MEASURE_ONLY = re.compile(r"\b(wounded|injured|hurt|died|dead|killed)\b", re.I)
errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def iso(where, v, nullable=True):
    if v is None:
        if not nullable:
            err(where, "date missing")
        return None
    try:
        d = datetime.date.fromisoformat(v)
    except (TypeError, ValueError):
        err(where, "not an ISO date: %r" % (v,))
        return None
    if d.isoformat() != v:
        err(where, "not canonical ISO: %r" % (v,))
    return d


def check_filters(where, f, today):
    if not isinstance(f, dict) or sorted(f) != sorted(KEYS):
        err(where, "filters must have exactly the 9 keys, got %r" % (sorted(f) if isinstance(f, dict) else f,))
        return
    a = iso(where + ".date_from", f["date_from"])
    b = iso(where + ".date_to", f["date_to"])
    if a and b and a > b:
        err(where, "date_from > date_to")
    if a and today and a > today:
        err(where, "date_from lies after today")
    if not isinstance(f["near"], bool) or not isinstance(f["dated_only"], bool):
        err(where, "near / dated_only must be booleans")
    if f["near"] and (f["place"] is None or f["province"] is not None):
        err(where, "near: true needs a place and province null")
    if f["place"] is not None and f["province"] is not None:
        err(where, "place and province both set (no record in the set does this)")
    if f["place"] is not None and (not isinstance(f["place"], str) or not f["place"].strip()):
        err(where, "bad place")
    if f["province"] not in PROVINCES:
        err(where, "unknown province %r" % f["province"])
    if f["attack_type"] not in TYPES:
        err(where, "unknown attack_type %r" % f["attack_type"])
    for k in ("perpetrator", "target"):
        if f[k] not in ACTORS:
            err(where, "unknown %s %r" % (k, f[k]))


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def today_of(w, rec):
    t = iso(w + ".today", rec.get("today"), nullable=False)
    if t and not (datetime.date(2020, 1, 1) <= t <= datetime.date(2024, 12, 31)):
        err(w, "today outside 2020-2024")
    return t


# ---------------------------------------------------------------- questions
qs = load("questions.jsonl")
if len(qs) < MIN_QUESTIONS:
    err("questions.jsonl", "expected at least %d questions, got %d" % (MIN_QUESTIONS, len(qs)))
seen = set()
split_by_intent = Counter()
for i, q in enumerate(qs):
    w = q.get("id", "line %d" % (i + 1))
    extra = sorted(set(q) - set(Q_KEYS))
    if sorted(set(q) & set(Q_KEYS)) != sorted(Q_KEYS) or extra not in ([], ["inexpressible"]):
        err(w, "record keys %r" % sorted(q))
        continue
    if "inexpressible" in q and q["inexpressible"] is not True:
        err(w, "inexpressible, when present, must be true")
    if q["id"] != "q%d" % (Q_BASE + i):
        err(w, "id out of sequence")
    if q["question"].strip().lower() in seen:
        err(w, "duplicate question text")
    seen.add(q["question"].strip().lower())
    if q["intent"] not in INTENTS:
        err(w, "bad intent %r" % q["intent"])
    t = today_of(w, q)
    if q["split"] != ("final" if i % 2 else "dev"):
        err(w, "split breaks the dev/final alternation")
    split_by_intent[(q["intent"], q["split"])] += 1
    check_filters(w, q["filters"], t)
for intent in INTENTS:
    d, f = split_by_intent[(intent, "dev")], split_by_intent[(intent, "final")]
    if abs(d - f) > 1:
        err("questions.jsonl", "intent %s splits unevenly: %d dev / %d final" % (intent, d, f))

# ---------------------------------------------------------------- conversations
cs = load("conversations.jsonl")
if len(cs) < MIN_CONVERSATIONS:
    err("conversations.jsonl", "expected at least %d conversations, got %d" % (MIN_CONVERSATIONS, len(cs)))
split_by_len = Counter()
for i, c in enumerate(cs):
    w = c.get("id", "line %d" % (i + 1))
    if sorted(c) != sorted(["id", "turns", "today", "split"]):
        err(w, "record keys %r" % sorted(c))
        continue
    if c["id"] != "c%d" % (C_BASE + i):
        err(w, "id out of sequence")
    if c["split"] != ("final" if i % 2 else "dev"):
        err(w, "split breaks the dev/final alternation")
    t = today_of(w, c)
    if not isinstance(c["turns"], list) or len(c["turns"]) not in (2, 3):
        err(w, "needs 2 or 3 turns")
        continue
    split_by_len[(len(c["turns"]), c["split"])] += 1
    ok = True
    for j, turn in enumerate(c["turns"]):
        tw = "%s.turn%d" % (w, j + 1)
        if sorted(turn) != ["filters", "intent", "question"]:
            err(tw, "turn keys %r" % sorted(turn))
            ok = False
            continue
        if not isinstance(turn["question"], str) or not turn["question"].strip():
            err(tw, "empty question")
        if turn["intent"] not in INTENTS:
            err(tw, "bad intent")
        check_filters(tw, turn["filters"], t)
    if not ok:
        continue
    for j in range(1, len(c["turns"])):
        prev, cur = c["turns"][j - 1], c["turns"][j]
        if prev["filters"] == cur["filters"] and prev["intent"] == cur["intent"]:
            if not (cur["intent"] == "count" and MEASURE_ONLY.search(cur["question"])):
                err("%s.turn%d" % (w, j + 1), "follow-up changes nothing")
        if cur["question"].strip().lower() == prev["question"].strip().lower():
            err("%s.turn%d" % (w, j + 1), "follow-up repeats the previous question")
two = split_by_len[(2, "dev")] + split_by_len[(2, "final")]
three = split_by_len[(3, "dev")] + split_by_len[(3, "final")]
if two < MIN_TWO_TURN:
    err("conversations.jsonl", "expected at least %d two-turn conversations, got %d" % (MIN_TWO_TURN, two))
if three < MIN_THREE_TURN:
    err("conversations.jsonl", "expected at least %d three-turn conversations, got %d" % (MIN_THREE_TURN, three))
for n in (2, 3):
    d, f = split_by_len[(n, "dev")], split_by_len[(n, "final")]
    if abs(d - f) > 1:
        err("conversations.jsonl", "%d-turn conversations split unevenly: %d dev / %d final" % (n, d, f))

if errors:
    print("\n".join(errors))
    print("%d problem(s)" % len(errors))
    sys.exit(1)
print("ok: %d questions (%d inexpressible), %d conversations (%d two-turn, %d three-turn)"
      % (len(qs), sum(1 for q in qs if q.get("inexpressible")), len(cs), two, three))
sys.exit(0)
