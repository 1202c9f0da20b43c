#!/usr/bin/env python3
"""Stdlib-only shape checker for the questions4 held-out set (adapted from questions3).
Exits 0 when consistent."""
import datetime
import json
import os
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
MIN_QUESTIONS = 220
MIN_CONVERSATIONS = 40
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


qs = load("questions.jsonl")
if len(qs) < MIN_QUESTIONS:
    err("questions.jsonl", "expected at least %d questions, got %d" % (MIN_QUESTIONS, len(qs)))
seen = set()
split_by_intent = Counter()
for i, q in enumerate(qs):
    w = q.get("id", "line %d" % (i + 1))
    if sorted(q) != sorted(["id", "question", "intent", "filters", "today", "split"]):
        err(w, "record keys %r" % sorted(q))
        continue
    if q["id"] != "q%d" % (4001 + i):
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

cs = load("conversations.jsonl")
if len(cs) < MIN_CONVERSATIONS:
    err("conversations.jsonl", "expected at least %d conversations, got %d" % (MIN_CONVERSATIONS, len(cs)))
for i, c in enumerate(cs):
    w = c.get("id", "line %d" % (i + 1))
    if sorted(c) != sorted(["id", "turns", "today", "split"]):
        err(w, "record keys %r" % sorted(c))
        continue
    if c["id"] != "c%d" % (401 + i):
        err(w, "id out of sequence")
    if c["split"] != ("final" if i % 2 else "dev"):
        err(w, "split breaks the dev/final alternation")
    t = today_of(w, c)
    if not isinstance(c["turns"], list) or len(c["turns"]) != 2:
        err(w, "needs exactly 2 turns")
        continue
    for j, turn in enumerate(c["turns"]):
        tw = "%s.turn%d" % (w, j + 1)
        if sorted(turn) != ["filters", "intent", "question"]:
            err(tw, "turn keys %r" % sorted(turn))
            continue
        if turn["intent"] not in INTENTS:
            err(tw, "bad intent")
        check_filters(tw, turn["filters"], t)
    if len(c["turns"]) == 2 and c["turns"][0].get("filters") == c["turns"][1].get("filters") \
            and c["turns"][0].get("intent") == c["turns"][1].get("intent"):
        err(w, "follow-up changes nothing")

if errors:
    print("\n".join(errors))
    print("%d problem(s)" % len(errors))
    sys.exit(1)
print("ok: %d questions, %d conversations" % (len(qs), len(cs)))
sys.exit(0)
