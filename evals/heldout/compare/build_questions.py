#!/usr/bin/env python3
"""Writes questions.jsonl (the golds are worked out by hand below; check.py validates them)."""
import json
D0="000_b6ac3712ce3964f2.txt"; D1="001_a38569504abe2439.txt"; D2="002_a9d188d1784c2b7a.txt"
D3="003_27d1533106132ce4.txt"; D4="004_4c74c92a67e39f7d.txt"

# event -> (doc, evidence quotes for killed, evidence for wounded, context quotes, name, alts)
EV = {
 "makhmour": dict(doc=D0, name="Makhmour",
   alts=["Makhmour","Hashd convoy","convoy ambush","Turkmen","Dibs"],
   k=["Six militia members were killed while 31 others were injured"],
   w=["Six militia members were killed while 31 others were injured"],
   ctx=["Islamic State militants late Wednesday ambushed an Iraqi Shia militia convoy"]),
 "mosul": dict(doc=D0, name="Mosul",
   alts=["Mosul","Mosul twin bombing","twin bombing","Mosul University"],
   k=["A week ago, a twin bombing in Mosul left two people dead and at least 28 wounded"],
   w=["A week ago, a twin bombing in Mosul left two people dead and at least 28 wounded"], ctx=[]),
 "qayyarah": dict(doc=D1, name="Qayyarah",
   alts=["Qayyarah","Qayyarah base","Katyusha","rocket attack"],
   k=["had fired 17 Katyusha rockets at the Qayyarah military base", "According to an announcement, the action resulted in no casualties."],
   w=["had fired 17 Katyusha rockets at the Qayyarah military base", "According to an announcement, the action resulted in no casualties."], ctx=[]),
 "airstrikes": dict(doc=D1, name="Makhmour mountains airstrikes",
   alts=["airstrikes","Makhmour mountains","coalition"],
   k=["resulted in the death of a large number of terrorists"], w=[], ctx=[]),
 "tikrit": dict(doc=D2, name="Tikrit",
   alts=["Tikrit","Brigade 22"],
   k=["PMU security sources said the total toll was 11 dead and 10 wounded."],
   w=["PMU security sources said the total toll was 11 dead and 10 wounded."],
   ctx=["to target the PMU militias east of Tikrit"]),
 "baghdad": dict(doc=D2, name="Baghdad",
   alts=["Baghdad","twin suicide attack","suicide bombing","Baghdad market"],
   k=["two days after a twin suicide attack claimed by the group killed 32 people in Baghdad."], w=[], ctx=[]),
 "dujail": dict(doc=D3, name="Dujail",
   alts=["Dujail"],
   k=["In the first attack, ISIS fighters killed three military security personnel and two policemen in the town of Dujail in the Salahuddin district, some 30 miles north of Baghdad."],
   w=[], ctx=[]),
 "kolajawi": dict(doc=D3, name="Kola Jawi",
   alts=["Kola Jawi","mortar","mortar strike"],
   k=["In a separate attack, militants fired a mortar into the village of Kola Jawi at midnight, killing two security guards of the Northern Iraqi Regional Administration and injuring an additional 14 people."],
   w=["In a separate attack, militants fired a mortar into the village of Kola Jawi at midnight, killing two security guards of the Northern Iraqi Regional Administration and injuring an additional 14 people."], ctx=[]),
 "kirkuk": dict(doc=D4, name="Kirkuk",
   alts=["Kirkuk","Shalal al-Matar","roadside bomb","federal police","police patrol"],
   k=["Islamic State militants stated Sunday they carried out an assault in northern Iraq that killed 9 cops, detonating a roadside bomb"],
   w=[], ctx=["close to the village of Shalal al-Matar"]),
 "tarmiya": dict(doc=D4, name="Tarmiya",
   alts=["Tarmiya"],
   k=["Three Iraqi troopers had been killed and three others wounded, Wednesday, by a bomb as their automotive patrol drove by way of farmland in Tarmiya"],
   w=["Three Iraqi troopers had been killed and three others wounded, Wednesday, by a bomb as their automotive patrol drove by way of farmland in Tarmiya"], ctx=[]),
 "outpost": dict(doc=D4, name="outpost",
   alts=["outpost","army outpost","machine gun attack","machine-gun attack"],
   k=["machine gun assault final month on a distant military outpost in northern Iraq killed 4 troopers close to Kirkuk."], w=[], ctx=[]),
}
K = dict(makhmour=6, mosul=2, qayyarah=0, tikrit=11, baghdad=32, dujail=5, kolajawi=2, kirkuk=9, tarmiya=3, outpost=4)
W = dict(makhmour=31, mosul=28, qayyarah=0, tikrit=10, kolajawi=14, tarmiya=3)
NOTE = {"mosul_w": "Mosul figure is 'at least 28' wounded, a combined total for both bombs.",
        "mosul_k": "Mosul figure is the combined total for both bombs.",
        "qayyarah": "Qayyarah rocket attack 'resulted in no casualties' (0).",
        "dujail_k": "Dujail toll is 3 military security personnel + 2 policemen = 5.",
        "tikrit_k": "Tikrit: 'At least 11' in the lede; 'total toll was 11 dead'."}

def ev_for(e, m):
    x = EV[e]; q = list(x["k"] if m == "killed" else x["w"])
    return q

def docs_for(*es):
    out = []
    for e in es:
        if EV[e]["doc"] not in out: out.append(EV[e]["doc"])
    return out

def extra_notes(es, m):
    n = []
    for e in es:
        if e == "mosul": n.append(NOTE["mosul_w" if m == "wounded" else "mosul_k"])
        if e == "qayyarah": n.append(NOTE["qayyarah"])
        if e == "dujail" and m == "killed": n.append(NOTE["dujail_k"])
        if e == "tikrit" and m == "killed": n.append(NOTE["tikrit_k"])
    return " ".join(n)

def pair(q, a, b, m, extra_ev=(), why_extra="", kind="pair", yes=None):
    tab = K if m == "killed" else W
    fa, fb = tab[a], tab[b]
    assert fa != fb
    win, lose = (a, b) if fa > fb else (b, a)
    ev = []
    for e in (a, b):
        for s in ev_for(e, m) + list(extra_ev_map.get(e, [])):
            if s not in ev: ev.append(s)
    for s in extra_ev:
        if s not in ev: ev.append(s)
    why = f"{EV[win]['name']} {m} {tab[win]} vs {EV[lose]['name']} {tab[lose]}."
    nn = extra_notes((a, b), m)
    if nn: why += " " + nn
    if why_extra: why += " " + why_extra
    if kind == "yesno":
        yes = fa > fb
        why = ("Yes: " if yes else "No: ") + why
    return dict(question=q, kind=kind, measure=m, winner=EV[win]["name"],
                winner_alternatives=EV[win]["alts"], loser=EV[lose]["alts"],
                figures={EV[a]["name"]: fa, EV[b]["name"]: fb}, yes=yes if kind == "yesno" else None,
                evidence=ev, docs=docs_for(a, b), why=why)

extra_ev_map = {}

def undec(q, a, b, m, why, figures, extra=()):
    ev = []
    for e in (a, b):
        for s in ev_for(e, m) or ev_for(e, "killed"):
            if s not in ev: ev.append(s)
    for s in extra:
        if s not in ev: ev.append(s)
    return dict(question=q, kind="undecidable", measure=m, winner=None, winner_alternatives=[],
                loser=[], figures=figures, yes=None, evidence=ev, docs=docs_for(a, b),
                why="cannot tell: " + why)

def sup(q, win, m, scope, why, extra_docs_events=(), extra_ev=()):
    tab = K if m == "killed" else W
    figs = {EV[e]["name"]: (tab.get(e)) for e in scope}
    ev = []
    for e in scope:
        for s in ev_for(e, m) or ev_for(e, "killed"):
            if s not in ev: ev.append(s)
    for s in extra_ev:
        if s not in ev: ev.append(s)
    return dict(question=q, kind="superlative", measure=m, winner=EV[win]["name"],
                winner_alternatives=EV[win]["alts"], loser=[], figures=figs, yes=None,
                evidence=ev, docs=docs_for(*scope, *extra_docs_events), why=why)

DUJ_TOTAL = "Militants from the Islamic State terror group killed at least seven Iraqi security forces and injured 16 more in two separate attacks late Wednesday night, Iraqi police have reported."
MAK_WED = "Islamic State militants late Wednesday ambushed an Iraqi Shia militia convoy"
MAK_NIN = "Makhmour is administratively run by the Nineveh Provincial Government"
MAK_DIBS = "media reports suggest that it occurred in an area between Makhmour and the Dibs District of Kirkuk Province"
QAY_NIN = "the nearby town of Qayyarah, in Nineveh Province"
TIK_LOC = "to target the PMU militias east of Tikrit, the capital of Iraq’s Salahaddin province"
TIK_N = "were killed in an ambush by ISIS terrorist group north of the Iraqi capital on Saturday"
KIR_AREA = "The assault within the Kirkuk area – which police stated killed 9 federal officers"
KIR_SH = "the explosion hit a automotive carrying members of the Iraqi Federal Police close to the village of Shalal al-Matar"
MOSUL_FULL = "with one targeting Shia militias and a second one, the deadlier of the two, detonating near Mosul University."
BAG_TWEET = "an explosion rocked a #Baghdad market leaving at least 13 people dead and more than 30 injured"
BAG_CLAIM = "two days after a twin suicide attack claimed by the group killed 32 people in Baghdad."
AIR = "resulted in the death of a large number of terrorists"
TAR_N = "a rural municipality about 30 kilometers (20 miles) north of the capital Baghdad"

R = {}
# ---- pairs, killed
R[1]  = pair("Which of the Dujail attack and the Kola Jawi mortar strike left more people dead?", "dujail", "kolajawi", "killed")
R[2]  = pair("Which ambush took more lives: the one on the Hashd convoy near Makhmour or the one on Brigade 22 east of Tikrit?", "makhmour", "tikrit", "killed")
R[7]  = pair("In the Dec 2022 piece, the attack IS claimed on Telegram against a police patrol vs the Tarmiya bomb - which had the higher death toll", "kirkuk", "tarmiya", "killed")
R[10] = pair("who lost more soldiers, the patrol hit by a bomb in the Tarmiya farmland on Wednesday or the remote army outpost near Kirkuk last month?", "tarmiya", "outpost", "killed")
R[14] = pair("Jan 2021: was the twin suicide bombing in Baghdad or the PMU ambush near Tikrit more lethal?", "baghdad", "tikrit", "killed", extra_ev=["date 2021-01-24"])
R[15] = pair("Makhmour ambush compared with the Mosul twin bombing a week earlier: which one killed more people?", "makhmour", "mosul", "killed")
R[18] = pair("More KIA in the IED-and-gunfire attack on the federal police near Shalal al-Matar, or in the ISIS ambush on the Hashd east of Tikrit?", "kirkuk", "tikrit", "killed")
R[22] = pair("Between the killing of the military security men and policemen in Dujail and the ambush on the off-duty Hashd unit in Makhmour, which attack was deadlier?", "dujail", "makhmour", "killed")
R[23] = pair("the 17-Katyusha barrage on the Qayyarah base vs. the twin bombing in Mosul -- which one killed more people?", "qayyarah", "mosul", "killed")
R[25] = pair("Kola Jawi mortar or the bomb that hit the army patrol in Tarmiya: which caused more fatalities?", "kolajawi", "tarmiya", "killed")
R[30] = pair("Compare death tolls: the November 2022 machine-gun attack on the army outpost near Kirkuk and the Dujail attack on PMF members. Which was higher?", "outpost", "dujail", "killed",
         extra_ev=["date 2022-12-18"], why_extra="'final month' (last month) relative to the 2022-12-18 dateline is November 2022.")
R[32] = pair("Was the roadside bomb on the Kirkuk police patrol deadlier than the Makhmour convoy ambush, or was it the other way around?", "kirkuk", "makhmour", "killed")
R[33] = pair("Which had a higher death toll — the 21 Jan 2021 twin suicide attack in Baghdad or the assault on the federal police in the Kirkuk area?", "baghdad", "kirkuk", "killed",
         extra_ev=["date 2021-01-24", "January 21, 2021"], why_extra="Two days before Saturday 23 Jan 2021 is 21 Jan 2021.")
R[36] = pair("the convoy ambush or last month's outpost attack near kirkuk, more killed?", "makhmour", "outpost", "killed")
R[40] = pair("Tikrit vs Dujail: of these two Salahuddin attacks, which one killed more people?", "tikrit", "dujail", "killed")
R[44] = pair("Which killed more: the midnight mortar round fired into Kola Jawi, or Friday's rocket attack on the Qayyarah base that hosts US troops?", "kolajawi", "qayyarah", "killed")
R[45] = pair("Did the Tarmiya bomb have a higher death toll than the Mosul double bombing, or a lower one", "tarmiya", "mosul", "killed")
# ---- pairs, wounded
R[4]  = pair("Tarmiya bomb vs the Kola Jawi mortar: which one injured more people?", "tarmiya", "kolajawi", "wounded")
R[11] = pair("Compare the number wounded in the Makhmour ambush with the number wounded in the Saturday ambush on the PMU near Tikrit.", "makhmour", "tikrit", "wounded")
R[26] = pair("Which produced more injured: the ambush of the Hashd's Brigade 22 near Tikrit, or the twin bombing in Mosul?", "tikrit", "mosul", "wounded")
R[27] = pair("Were there more WIA from the Mosul twin blasts or from the Tarmiya patrol bomb?", "mosul", "tarmiya", "wounded")
R[34] = pair("kola jawi mortar strike vs makhmour ambush, which had more wounded", "kolajawi", "makhmour", "wounded")
R[41] = pair("Tarmiya patrol bombing compared with the Katyusha barrage on Qayyarah base: which left more people wounded?", "tarmiya", "qayyarah", "wounded")
R[43] = pair("More injuries in which: the 23 January 2021 ambush on the PMU or the Tarmiya bombing?", "tikrit", "tarmiya", "wounded",
         extra_ev=["date 2021-01-24", TIK_N], why_extra="Saturday before the 2021-01-24 (Sunday) dateline is 23 January 2021.")
R[43]["winner_alternatives"] = ["Tikrit", "Brigade 22", "PMU ambush", "Hashd"]
# derived Dujail wounded (16 total - 14 at Kola Jawi)
W["dujail"] = 2
d = pair("In the report on the two late-Wednesday attacks, which one wounded more people, Dujail or the Kola Jawi mortar?", "dujail", "kolajawi", "wounded",
         extra_ev=[DUJ_TOTAL], why_extra="Dujail wounded is not stated directly: 16 injured in the two attacks minus 14 at Kola Jawi leaves at most 2.")
R[16] = d
# ---- yes/no
R[9]  = pair("Were more people killed by the Kola Jawi mortar than in the machine gun attack on the outpost near Kirkuk?", "kolajawi", "outpost", "killed", kind="yesno")
R[24] = pair("Did the Tarmiya bomb wound more people than the Makhmour ambush?", "tarmiya", "makhmour", "wounded", kind="yesno")
R[29] = pair("Did the ambush east of Tikrit kill more people than the Wednesday bombing in Tarmiya", "tikrit", "tarmiya", "killed", kind="yesno")
R[42] = dict(question="Was the Mosul University blast deadlier than the bomb that targeted the Shia militias in the same twin bombing?",
             kind="yesno", measure="killed", winner="Mosul University", winner_alternatives=["Mosul University", "university"],
             loser=["Shia militias", "militia"], figures={"Mosul (both bombs)": 2}, yes=True,
             evidence=["A week ago, a twin bombing in Mosul left two people dead and at least 28 wounded", MOSUL_FULL],
             docs=[D0], why="Yes: the text calls the bomb near Mosul University 'the deadlier of the two'; per-bomb figures are not given (2 dead combined).")
# ---- undecidable
R[5]  = undec("Kirkuk police patrol attack vs the Tarmiya bomb: which had more injured?", "kirkuk", "tarmiya", "wounded",
              "Tarmiya had 3 wounded, but no wounded figure is given for the Kirkuk (Shalal al-Matar) attack, only 9 police killed.",
              {"Kirkuk": None, "Tarmiya": 3})
R[6]  = undec("did the machine-gun attack on the army outpost near Kirkuk last month wound more people than the Makhmour ambush", "outpost", "makhmour", "wounded",
              "Makhmour had 31 injured; the outpost attack is reported only as killing 4 soldiers, with no wounded figure.",
              {"outpost": None, "Makhmour": 31})
R[13] = undec("Which killed more people: the 14 coalition-backed airstrikes on hideouts in the Makhmour mountains, or the ISIS ambush near Tikrit?", "airstrikes", "tikrit", "killed",
              "the airstrikes killed only 'a large number of terrorists' (no number); Tikrit toll was 11.",
              {"Makhmour mountains airstrikes": None, "Tikrit": 11}, extra=["PMU security sources said the total toll was 11 dead and 10 wounded."])
R[17] = undec("Which killed more, the ISIS ambush on the Turkmen brigade convoy or the Iraqi/coalition air campaign in the Makhmour mountains?", "makhmour", "airstrikes", "killed",
              "the ambush killed 6, but the airstrikes are credited only with 'a large number of terrorists' (no number).",
              {"Makhmour": 6, "Makhmour mountains airstrikes": None}, extra=[AIR])
R[21] = undec("outpost attack near Kirkuk vs the Kola Jawi mortar — which left more wounded?", "outpost", "kolajawi", "wounded",
              "Kola Jawi had 14 injured; the outpost attack has no wounded figure (only 4 killed).",
              {"outpost": None, "Kola Jawi": 14})
R[31] = undec("Which of the two Mosul bombs wounded more people: the one near Mosul University or the one aimed at Shia militias?", "mosul", "mosul", "wounded",
              "only the combined 'at least 28 wounded' for both bombs is given; the text says the University bomb was deadlier but never splits the wounded.",
              {"Mosul (both bombs)": 28}, extra=[MOSUL_FULL])
R[35] = undec("Which attack wounded more: the IED on the federal police near Shalal al-Matar or the Tikrit ambush?", "kirkuk", "tikrit", "wounded",
              "Tikrit had 10 wounded; the Shalal al-Matar/Kirkuk attack has no wounded figure.",
              {"Kirkuk": None, "Tikrit": 10}, extra=[KIR_SH])
R[39] = undec("Baghdad twin suicide bombing vs Makhmour ambush: which wounded more people?", "baghdad", "makhmour", "wounded",
              "the article gives no wounded figure for the twin suicide attack (only 32 killed); an embedded tweet about a Baghdad market explosion says 'more than 30 injured', which even if it is the same event cannot be ranked against Makhmour's 31.",
              {"Baghdad": None, "Makhmour": 31}, extra=[BAG_TWEET])
# ---- superlatives
R[3]  = sup("Of the attacks in Salahuddin province mentioned in these articles, which one killed the most people?", "tikrit", "killed",
            ["tikrit", "dujail"],
            "Tikrit ambush, 11 killed (Salahaddin province) vs Dujail 5 (Salahuddin district). Tarmiya (3) is not placed in Salahuddin by the text and is smaller anyway.",
            extra_ev=[TIK_LOC])
R[8]  = sup("What was the deadliest attack carried out by ISIS anywhere in these reports, and how many died?", "baghdad", "killed",
            ["baghdad", "tikrit", "kirkuk", "makhmour", "dujail", "outpost", "tarmiya", "mosul", "kolajawi", "qayyarah"],
            "Baghdad twin suicide attack, 32 killed; next is Tikrit with 11. Background events count. The coalition airstrikes ('large number of terrorists') are not an ISIS attack.")
R[12] = sup("bloodiest incident in or near Kirkuk reported in these articles?", "kirkuk", "killed",
            ["kirkuk", "outpost", "makhmour"],
            "Shalal al-Matar roadside bomb on federal police in the Kirkuk area, 9 killed; the outpost near Kirkuk lost 4; the Makhmour ambush (possibly toward Dibs, Kirkuk Province) killed 6.",
            extra_ev=[KIR_AREA, KIR_SH, MAK_DIBS])
R[19] = sup("Which militant attack in Nineveh province had the highest death toll?", "makhmour", "killed",
            ["makhmour", "mosul", "qayyarah"],
            "Makhmour ambush, 6 killed (Makhmour is run by Nineveh); Mosul twin bombing 2; Qayyarah base rockets 0. The Makhmour-mountains airstrikes are not a militant attack.",
            extra_ev=[MAK_NIN, QAY_NIN])
R[20] = sup("Across all the attacks described as happening on a Wednesday, which was the deadliest?", "makhmour", "killed",
            ["makhmour", "dujail", "tarmiya", "kolajawi"],
            "Makhmour ambush (late Wednesday), 6 killed; Dujail 5 and Kola Jawi 2 (late Wednesday night); Tarmiya 3 (Wednesday).",
            extra_ev=[MAK_WED, DUJ_TOTAL])
R[28] = sup("Of the attacks north of Baghdad described here, which killed the most?", "tikrit", "killed",
            ["tikrit", "kirkuk", "makhmour", "dujail", "outpost", "tarmiya", "mosul", "kolajawi", "qayyarah"],
            "Tikrit ambush, 11 killed ('north of the Iraqi capital'); Dujail 5 and Tarmiya 3 are also explicitly north of Baghdad, and every other northern attack (Kirkuk 9, Makhmour 6, ...) is smaller. Baghdad itself is not north of Baghdad.",
            extra_ev=[TIK_N, TAR_N])
R[37] = sup("Which mortar or rocket attack in these articles caused the most injuries?", "kolajawi", "wounded",
            ["kolajawi", "qayyarah"],
            "Kola Jawi mortar, 14 injured; the Qayyarah Katyusha attack caused no casualties. No other attack is a mortar or rocket attack.")
R[38] = sup("most wounded among the attacks that took place on a Wednesday?", "makhmour", "wounded",
            ["makhmour", "kolajawi", "tarmiya", "dujail"],
            "Makhmour ambush, 31 wounded; Kola Jawi 14; Tarmiya 3; Dujail at most 2 (16 total minus Kola Jawi's 14).",
            extra_ev=[MAK_WED, DUJ_TOTAL])

R[12]["winner"] = "Shalal al-Matar"
R[12]["winner_alternatives"] = ["Shalal al-Matar", "roadside bomb", "federal police", "police patrol"]
R[12]["figures"] = {"Shalal al-Matar": 9, "outpost": 4, "Makhmour": 6}
assert sorted(R) == list(range(1, 46)), sorted(set(range(1, 46)) - set(R))
import os
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl"), "w", encoding="utf-8") as f:
    for i in range(1, 46):
        r = R[i]
        o = {"id": f"k{i:02d}"}
        for k in ["question", "kind", "measure", "winner", "winner_alternatives", "loser", "figures", "yes", "evidence", "docs", "why"]:
            o[k] = r[k]
        o["split"] = "final" if i % 3 == 2 else "dev"
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print("ok")
