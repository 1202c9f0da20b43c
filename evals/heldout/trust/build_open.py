"""Builds open_questions.jsonl (blind to the checker)."""
import json
from collections import defaultdict
from quotes import get

# (kind, question, answer, answer_type, [evidence keys], extra)
ROWS = [
# ---------------- fact
("fact", "How many people got hurt when the Turkmen militia convoy was hit near Makhmour?", "31", "number", ["A4"], {}),
("fact", "How many airstrikes went into the Makhmour mountains operation?", "14", "number", ["B3"], {}),
("fact", "The military put the rocket barrage on Qayyarah at how many Katyushas?", "17 (a security source said it was fewer than 17)", "number", ["B7", "B10"], {}),
("fact", "What did the attackers fight with when they hit the PMU east of Tikrit?", "light weapons, under cover of darkness", "text", ["C2"], {}),
("fact", "Adding both Wednesday-night attacks together, how many people were injured?", "16", "number", ["D2"], {}),
("fact", "About how many American troops were left in Iraq after the coalition's combat role ended?", "roughly 2,500", "number", ["E11"], {}),
("fact", "How far apart are the Qayyarah base and Makhmour town?", "about 43 kilometers (the base is west of Makhmour)", "text", ["B7"], {}),
("fact", "What's the UN's estimate of ISIS manpower across Iraq and Syria?", "between 6,000 and 10,000 fighters", "number", ["E17"], {}),
("fact", "Did anyone die in the Katyusha attack on Qayyarah?", "No; the announcement said it caused no casualties", "text", ["B7_8"], {}),
# ---------------- who
("who", "Who spoke for the PMU unit that was hit near Tikrit?", "Abu Ali al-Maliki, one of the unit's officers", "name", ["C3"], {}),
("who", "Who's the Turkish diplomat that called the Makhmour attack cowardly?", "Fatih Yildiz, Turkish ambassador to Baghdad", "name", ["A7"], {}),
("who", "Who publicly condemned the killing of the nine federal police officers?", "Iraqi Prime Minister Mohammed Shia al-Sudani", "name", ["E9", "E2"], {}),
("who", "Who actually went into the Makhmour mountains after the Da'esh remnants?", "a counter-terrorism team, backed by coalition air support", "actor", ["B2"], {}),
("who", "Who made up most of the casualties in the Makhmour convoy ambush?", "Shia Turkmen", "actor", ["A6"], {}),
("who", "Who took responsibility for the bomb-and-gunfire attack on police near Kirkuk?", "the Islamic State, in a statement on Telegram", "actor", ["E1", "E3"], {}),
("who", "Who got the blame for the ambush on PMU fighters near Tikrit, and from whom?", "ISIS, blamed by security sources interviewed by AFP (no immediate claim)", "actor", ["C6"], {}),
("who", "Who showed up to help the PMU unit after its commander went down?", "reinforcements from the federal police", "actor", ["C4"], {}),
("who", "Who were the people killed in Dujail?", "three military security personnel and two policemen, members of the PMF", "actor", ["D3", "D4"], {}),
# ---------------- which
("which", "Which Hashd brigade took the hit east of Tikrit?", "Brigade 22", "name", ["C3"], {}),
("which", "Which official outlet put out the statement about the Makhmour convoy attack?", "the Security Media Cell", "name", ["A2"], {}),
("which", "Which village did the midnight mortar land in?", "Kola Jawi", "place", ["D5"], {}),
("which", "Which app did ISIS use to claim the Kirkuk police attack?", "Telegram", "name", ["E3"], {}),
("which", "Which mountain range does Reuters say the militants regrouped in?", "the Hamrin mountain range", "place", ["D9"], {}),
("which", "Which provincial government has administrative control over Makhmour?", "the Nineveh Provincial Government", "name", ["A3"], {}),
("which", "Which of the two Mosul bombs was the deadlier one?", "the one that detonated near Mosul University", "text", ["A11"], {}),
("which", "Which outlet interviewed the sources who pinned the Tikrit ambush on ISIS?", "AFP", "name", ["C6"], {}),
("which", "Which administration employed the guards killed by the mortar?", "the Northern Iraqi Regional Administration", "name", ["D5"], {}),
# ---------------- where
("where", "Where did the Makhmour wounded end up being treated?", "the nearest healthcare facility in Qayyarah, Nineveh Province", "place", ["A5"], {}),
("where", "Do we know precisely where the Turkmen convoy was hit?", "No; the exact spot is unclear, media reports suggest between Makhmour and the Dibs District of Kirkuk Province", "place", ["A3"], {}),
("where", "Where did the first of the two Wednesday-night attacks happen?", "the town of Dujail in Salahuddin, some 30 miles north of Baghdad", "place", ["D3"], {}),
("where", "Where was the Federal Police vehicle blown up?", "near the village of Shalal al-Matar, in the Kirkuk area", "place", ["E4", "E2"], {}),
("where", "Where were the three soldiers killed by a bomb on Wednesday?", "farmland in Tarmiya, about 30 km north of Baghdad", "place", ["E13"], {}),
("where", "Where did ISIS hit the PMU fighters on Saturday?", "east of Tikrit (north of Baghdad)", "place", ["C2", "C1"], {}),
("where", "Where does the base that took the Katyusha fire sit relative to Makhmour?", "Qayyarah, about 43 km west of Makhmour", "place", ["B7"], {}),
("where", "Where was the counter-terrorism team chasing Da'esh remnants?", "the Makhmour mountains", "place", ["B2"], {}),
# ---------------- when
("when", "When was the PMU ambush near Tikrit?", "Saturday", "date", ["C1", "C0"], {"resolved": "2021-01-23"}),
("when", "How long before the Tikrit ambush was the Baghdad twin suicide attack?", "two days before (i.e. Thursday)", "date", ["C2", "C1", "C0"], {"resolved": "2021-01-21"}),
("when", "On what day did the military report the rocket fire at Qayyarah?", "Friday", "date", ["B7", "B0"], {"resolved": "2019-11-08"}),
("when", "When did the military announce the kills outside Makhmour?", "Sunday", "date", ["B1", "B0"], {"resolved": "2019-11-10"}),
("when", "When did ISIS put out its claim for the Kirkuk attack?", "Sunday", "date", ["E1", "E0"], {"resolved": "2022-12-18"}),
("when", "When did the bomb hit the army patrol in Tarmiya?", "Wednesday", "date", ["E13", "E0"], {"resolved": "2022-12-14", "resolved_note": "Wednesday before the 2022-12-18 (Sunday) publication date; assumes the most recent Wednesday"}),
("when", "When was the Turkmen convoy ambushed near Makhmour?", "late Wednesday", "date", ["A1"], {"resolved": None, "resolved_note": "article carries no publication date"}),
("when", "When had the Mosul twin bombing happened, relative to the Makhmour ambush?", "about a week earlier", "date", ["A11"], {"resolved": None, "resolved_note": "article carries no publication date"}),
("when", "When were the Dujail and Kola Jawi attacks?", "late Wednesday night (the Kola Jawi mortar at midnight)", "date", ["D2", "D5"], {"resolved": None, "resolved_note": "article carries no publication date"}),
# ---------------- comparison
("comparison", "Which was deadlier, the Makhmour convoy ambush or the ambush east of Tikrit?", "the Tikrit ambush (11 dead vs 6)", "text", ["A4", "C5"], {}),
("comparison", "Did the Kirkuk police assault or the Tarmiya bomb kill more?", "the Kirkuk assault (9 killed vs 3)", "text", ["E2", "E13"], {}),
("comparison", "Of the two Wednesday-night attacks, Dujail or Kola Jawi, which killed more people?", "Dujail (5 killed vs 2)", "text", ["D3", "D5"], {}),
("comparison", "Which left more wounded: the Makhmour ambush or the Tikrit ambush?", "the Makhmour ambush (31 injured vs 10 wounded)", "text", ["A4", "C5"], {}),
("comparison", "Did more people die in the Makhmour convoy ambush or in the Dujail attack?", "the Makhmour ambush (6 vs 5)", "text", ["A4", "D3"], {}),
("comparison", "Was the Kirkuk police assault or the Tikrit PMU ambush the bloodier one?", "the Tikrit ambush (at least 11 dead vs 9)", "text", ["C1", "E2"], {}),
("comparison", "Which wounded more people, the Kola Jawi mortar or the Mosul twin bombing?", "the Mosul twin bombing (at least 28 vs 14)", "text", ["D5", "A11"], {}),
("comparison", "Which killed more: the Baghdad twin suicide attack or the Mosul twin bombing?", "the Baghdad twin suicide attack (32 vs 2)", "text", ["C2", "A11"], {}),
("comparison", "Which cost more soldiers' lives, last month's outpost attack near Kirkuk or the Tarmiya bombing?", "the outpost attack (4 vs 3)", "text", ["E14a", "E13"], {}),
# ---------------- unanswerable
("unanswerable", "What was the name of the Brigade 22 commander killed near Tikrit?", None, None, [], {"near_docs": ["C"]}),
("unanswerable", "What weapons did the militants use in the Makhmour convoy ambush?", None, None, [], {"near_docs": ["A"]}),
("unanswerable", "How many ISIS fighters did the fourteen airstrikes around Makhmour actually kill?", None, None, [], {"near_docs": ["B"]}),
("unanswerable", "Which group fired the Katyushas at Qayyarah base?", None, None, [], {"near_docs": ["B"]}),
("unanswerable", "How many attackers took part in the assault on the police near Shalal al-Matar?", None, None, [], {"near_docs": ["E"]}),
("unanswerable", "Who commanded the Turkmen brigade that was ambushed near Makhmour?", None, None, [], {"near_docs": ["A"]}),
("unanswerable", "How many people died in the Mosul University blast by itself?", None, None, [], {"near_docs": ["A"]}),
("unanswerable", "How many were wounded in last month's outpost attack near Kirkuk?", None, None, [], {"near_docs": ["E"]}),
("unanswerable", "On what calendar date did the Dujail attack take place?", None, None, [], {"near_docs": ["D"]}),
("unanswerable", "What was the name of the attacker killed in the Kirkuk assault?", None, None, [], {"near_docs": ["E"]}),
]

WHY_UNANS = {
    0: "Article says the brigade commander was killed but never names him.",
    1: "Makhmour article gives no weapon type.",
    2: "Only 'a large number of terrorists'; no figure.",
    3: "'terrorist elements'; no group claimed it.",
    4: "No attacker count given; one attacker killed, others sought.",
    5: "No commander named.",
    6: "Only the combined twin-bombing toll (two dead) is given.",
    7: "Only the four killed are reported.",
    8: "Only 'late Wednesday night'; the article has no publication date.",
    9: "Attacker not named.",
}

DOCMAP = {"A": "000_b6ac3712ce3964f2.txt", "B": "001_a38569504abe2439.txt", "C": "002_a9d188d1784c2b7a.txt",
          "D": "003_27d1533106132ce4.txt", "E": "004_4c74c92a67e39f7d.txt"}


def main():
    out = []
    by_kind = defaultdict(int)
    for i, (kind, q, ans, atype, ev, extra) in enumerate(ROWS, 1):
        docs, evid = [], []
        for k in ev:
            d, quote = get(k)
            if d not in docs:
                docs.append(d)
            evid.append(quote)
        idx = by_kind[kind]
        by_kind[kind] += 1
        r = {"id": "s%02d" % i, "question": q, "kind": kind, "answer": ans, "answer_type": atype,
             "docs": docs, "evidence": evid, "split": "final" if idx % 3 == 1 else "dev"}
        for k, v in extra.items():
            if k == "near_docs":
                r["near_docs"] = [DOCMAP[x] for x in v]
            else:
                r[k] = v
        if kind == "unanswerable":
            r["why_unanswerable"] = WHY_UNANS[idx]
        out.append(r)
    with open("/work/heldout/trust/open_questions.jsonl", "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "open questions written")


if __name__ == "__main__":
    main()
