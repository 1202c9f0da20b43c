#!/usr/bin/env python3
"""Build claims.jsonl from the hand-written tables in pairs_a/b/c.py (stdlib only).

Drops the unsupported pairs listed in DROP (to balance the labels exactly),
numbers the rest t2-001..., and marks every third id as split "final".
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from pairs_a import PAIRS_A
from pairs_b import PAIRS_B
from pairs_c import PAIRS_C

# (doc basename, start of claim) of unsupported pairs removed for exact balance.
DROP = [
    ("r4017.txt", "On 5 November 2023"), ("r4053.txt", "ISIS gunmen killed a Kurdish farmer and wounded his brother near Jelewla on Saturday"),
    ("r4071.txt", "In late March 2025"), ("r4075.txt", "On 9 June 2023"), ("r4088.txt", "The doctor abducted in Al-Kut on Sunday"),
    ("r4123.json", "Two PMU fighters were killed on Thursday"), ("r4150.txt", "On 13 June"), ("r5011.txt", "On Saturday 13 December"),
    ("r4039.txt", "His family said the kidnappers"), ("r4081.txt", "The kidnappers have demanded"), ("r4097.txt", "Police in both provinces said the attacks were connected"),
    ("r4130.md", "Police named a suspect"), ("r4136.txt", "The pilgrims have called off"), ("r4119.txt", "The committee chairman said several"),
    ("r4076.txt", "On 27 September 2021, gunmen fired"), ("r4149.txt", "A small drone dropped an explosive near"),
    ("r4040.txt", "The officer had retired four"), ("r4077.txt", "Repairs to the pipeline"), ("r4083.txt", "Sirens sounded"),
    ("r4142.txt", "The Asayish said they had arrested three"), ("r5003.txt", "Some 400 sheep"), ("r4153.txt", "On 5 February, armed men stormed"),
    ("r7104.txt", "The final figure was 40 killed"), ("r7013.txt", "Militants ambushed a Peshmerga-army patrol south of Al-Rashad, leaving seven"),
    ("r4107.txt", "Six policemen were killed"), ("r5139.txt", "The Prime Minister's office said all four"),
    ("r4079.txt", "Local officials said about 500"), ("r4126.html", "The rocket was fired from a lorry whose driver"), ("r4059.txt", "The JOC said ground forces found"),
    ("r4102.txt", "ISIS claimed the attack, officials said"), ("r5012.txt", "The Islamic State claimed responsibility"), ("r4144.txt", "IS remnants claimed"),
    ("r4051.txt", "Garmiyan Asayish said a suspect had been arrested"), ("r4154.txt", "IS cells from Wadi Houran"),
    ("r4044.txt", "Police said the cafe was attacked"), ("r5033.txt", "The official was shot because"), ("r5035.txt", "The source said the mukhtar was killed over"),
    ("r4146.txt", "The device was emplaced overnight"),
    ("r4085.txt", "A KDP official escaped an assassination attempt on Tuesday when a bomb went off beside his car in Erbil"),
    ("r4096.txt", "An IED struck a coalition supply convoy near Karbala"), ("r5022.txt", "Assailants on a motorcycle killed a prominent protest activist outside his home in Najaf"),
    ("r4135.txt", "ISIS gunmen killed two farmers"), ("r4062.txt", "A young man was killed in an attack"), ("r4138.txt", "An activist was shot dead"),
]

def main():
    pairs = PAIRS_A + PAIRS_B + PAIRS_C
    used = [0] * len(DROP)
    kept = []
    for p in pairs:
        doc, quote, question, claim, label, category, why = p
        hit = None
        for i, (d, pre) in enumerate(DROP):
            if doc.endswith("/" + d) and claim.startswith(pre) and label == "unsupported":
                hit = i
                break
        if hit is not None:
            used[hit] += 1
            continue
        kept.append(p)
    bad = [DROP[i] for i, n in enumerate(used) if n != 1]
    if bad:
        sys.exit("DROP entries not matched exactly once: %r" % bad)
    out = []
    for n, (doc, quote, question, claim, label, category, why) in enumerate(kept, 1):
        out.append({
            "id": "t2-%03d" % n, "quote": quote, "doc": doc, "question": question,
            "claim": claim, "label": label, "category": category, "why": why,
            "split": "final" if n % 3 == 0 else "dev",
        })
    with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d pairs" % len(out))

if __name__ == "__main__":
    main()
