"""realworld7 data: styles A (coder notes), B (database summaries),
C (wire copy), D (translated Arabic press)."""
from lib import I, doc, F, W, add

# ======================================================================== A
def A(n, key, rd, outlet, coder, body, incs):
    hdr = "ENTRY IQ7-A%02d | outlet: %s | item dated %s | coded by %s\n\n" % (
        n, outlet, F(rd, "{D} {Month} {YYYY}"), coder)
    doc(key, "A", rd, hdr + body, incs)

e = "2023-09-18"; ph = F(e, "On {D}.{R}")
A(1, "a-sinuni", "2023-09-20", "Sinjar community radio (Arabic)", "SHM",
  f"{ph}, [[a|elements loyal to Islamic State fired on a Yazidi shepherd family grazing flocks south of Sinuni, Sinjar district, Nineveh; a 60-year-old herder was killed and his two nephews sustained injuries]]. Actor 1 per the Sinjar mayor's office, which blamed the group. Roman numeral = month, as written by the source. Context: the family had come back from a camp near Dohuk in the spring.",
  [I("a", e, ph, "south of Sinuni, Sinjar district", "Sinjar", "Nineveh", "ISIS", "attributed", "civilians", "shooting", 1, "a 60-year-old herder was killed", 2, "his two nephews sustained injuries")])

e = "2021-11-07"; ph = F(e, "On {MON} {DD}")
A(2, "a-zghaitun", "2021-11-09", "Kirkuk Today (web)", "LB",
  f"{ph}, [[a|a roadside charge went off under an Iraqi army pick-up in Wadi Zghaitun, south-west of Daquq, Kirkuk; two soldiers were killed outright and three were hospitalised in Kirkuk city]]. The source does not name an actor; coded as unidentified. Sub-event: remote explosive. Fatalities field: 2. Month written in capitals in the original.",
  [I("a", e, ph, "Wadi Zghaitun, south-west of Daquq", "Daquq", "Kirkuk", None, None, "army", "ied", 2, "two soldiers were killed outright", 3, "three were hospitalised in Kirkuk city")])

e = "2022-07-03"; ph = "On the 3rd inst."
A(3, "a-abbara", "2022-07-05", "Diyala Now (Facebook page)", "NK",
  f"{ph}, [[a|unknown attackers opened fire on a Popular Mobilisation checkpoint in the Abbara subdistrict, north-east of Baquba, Diyala, and one Hashd fighter lost his life while two more were lightly hurt]]. No claim located. Coder note: 'inst.' = the month of publication (July). Sub-event: armed attack on a fixed post; attackers fled into orchards along the Diyala river.",
  [I("a", e, ph, "the Abbara subdistrict, north-east of Baquba", "Abbara", "Diyala", "unknown", "unclaimed", "PMU", "shooting", 1, "one Hashd fighter lost his life", 2, "two more were lightly hurt")])

e = "2024-04-14"; ph = F(e, "On {Mon} {Do} ({Wdy})")
A(4, "a-akashat", "2024-04-16", "Anbar Voice", "SHM",
  f"{ph}, [[a|gunmen abducted four truffle pickers in the desert west of Rutba, close to the Akashat road, Anbar]]. Provincial police suspect IS holdouts, who have preyed on pickers each spring. Two of the men were freed by tribesmen on the 15th; the others are still missing. No information on injuries. Coded as abduction/forced disappearance.",
  [I("a", e, ph, "the desert west of Rutba, close to the Akashat road", "Rutba", "Anbar", "ISIS", "suspected", "civilians", "kidnapping", None, None, None, None)])

e = "2020-01-26"; ph = F(e, "On {D}/{Mon}")
A(5, "a-khilani", "2020-01-28", "Tahrir medical volunteers (statement)", "RA",
  f"{ph}, [[a|riot police fired live ammunition and tear-gas canisters at demonstrators at Al-Khilani Square, central Baghdad; two protesters died and medics treated 24 others for gunshot and gas injuries]]. Actor 1: security forces, per the medics and the protest coordination committee. Sub-event: excessive force against protesters. Note the date style day/month-name of the source.",
  [I("a", e, ph, "Al-Khilani Square, central Baghdad", "Baghdad", "Baghdad", "security forces", "attributed", "civilians", "shooting", 2, "two protesters died", 24, "medics treated 24 others")])

e = "2023-03-07"; ph = F(e, "At about 2300 on {D} {Mon}")
A(6, "a-mutaibijah", "2023-03-09", "Salahuddin Operations (Telegram)", "LB",
  f"{ph}, [[a|infiltrators struck an army observation post in the Mutaibijah basin, Salahuddin, killing one soldier; a second was hit by shrapnel]]. The army blamed Daesh stragglers hiding in the reed beds. Sub-event: attack. Time as given by the source (24h clock).",
  [I("a", e, ph, "the Mutaibijah basin", "Mutaibijah", "Salahuddin", "ISIS", "attributed", "army", "shooting", 1, "killing one soldier", 1, "a second was hit by shrapnel")])

e = "2024-08-21"; ph = F(e, "On {Mon}. the {Do}")
A(7, "a-bamerne", "2024-08-23", "Rojnews (Kurmanji)", "NK",
  f"{ph}, [[a|a Turkish UAV, according to the village chief, hit a car on the road below Bamerne, Amedi district, Dohuk; both occupants died]]. The outlet named the two as guerrillas of the PKK. No bystanders were hurt. Sub-event: drone strike. Actor per a local official, not confirmed by Ankara.",
  [I("a", e, ph, "the road below Bamerne, Amedi district", "Amedi", "Dohuk", "Turkey", "attributed", "PKK", "airstrike_operation", 2, "both occupants died", 0, "No bystanders were hurt")])

e = "2021-07-06"; ph = F(e, "On the {Dw} of {Month}")
A(8, "a-erbil-airport", "2021-07-08", "Erbil24 (web)", "RA",
  f"{ph}, [[a|an explosive-laden drone crashed inside the perimeter of Erbil international airport, where coalition troops are stationed, and caused neither death nor injury]]. No actor named by the source. Sub-event: drone attack on a military facility. Coder: written-out date reproduced as in source; year from publication.",
  [I("a", e, ph, "Erbil international airport", "Erbil", "Erbil", None, None, "US forces", "other", 0, "caused neither death nor injury", 0, "caused neither death nor injury")])

e = "2023-12-31"; ph = F(e, "On {Do} of {Mon}.")
A(9, "a-hartha", "2024-01-03", "Basra Echo", "SHM",
  f"{ph} [[a|a hand grenade was lobbed into the courtyard of an oil contractor's home in Al-Hartha, north of Basra, without anyone being killed or injured]]. No claim. Windows and a parked car damaged. Year taken as 2023 since the source was published on 3 January.",
  [I("a", e, ph, "Al-Hartha, north of Basra", "Hartha", "Basra", "unknown", "unclaimed", "", "other", 0, "without anyone being killed or injured", 0, "without anyone being killed or injured")])

e = "2022-05-22"; ph = F(e, "On the {Dw} of {Month}")
A(10, "a-aziziyah", "2022-05-24", "Wasit Eye", "LB",
  f"{ph}, [[a|two gunmen on a motorbike shot a civil-society activist outside his home in Al-Aziziyah, Wasit; he bled to death before reaching hospital]]. Perpetrators: unidentified. The activist had organised sit-ins over water shortages. Sub-event: targeted killing.",
  [I("a", e, ph, "Al-Aziziyah", "Aziziyah", "Wasit", "unknown", None, "civilians", "shooting", 1, "he bled to death before reaching hospital", None, None)])

e = "2020-06-05"; ph = F(e, "On {D} {Mon}. (date per source)")
A(11, "a-diwaniyah", "2020-06-08", "Diwaniyah News Network", "NK",
  f"{ph}, [[a|a bomb planted beside the generator of a party office in Al-Diwaniyah, Qadisiyah, wrecked the building's front; two guards were treated for shrapnel wounds and none died]]. Perpetrator not given. Sub-event: explosive attack on party premises.",
  [I("a", e, ph, "Al-Diwaniyah", "Diwaniyah", "Qadisiyah", None, None, "civilians", "ied", 0, "none died", 2, "two guards were treated for shrapnel wounds")])

# ======================================================================== B
def B(key, hdr, body, incs, rd=None):
    doc(key, "B", rd, hdr + " " + body, incs)

e = "2023-09-09"; h = F(e, "{Mon}. {Do} {YYYY}")
B("b-qayyarah", h + " —",
  "[[a|An explosive device hidden in a pile of scrap metal detonated at a checkpoint of the Federal Police outside Qayyarah, Nineveh, killing one officer and injuring two]]. Perpetrator group: Islamic State (attributed by police sources). Weapon: explosives, unknown type. Property: one vehicle. Claim: none recorded. Country: Iraq.",
  [I("a", e, h, "outside Qayyarah", "Qayyarah", "Nineveh", "ISIS", "attributed", "police", "ied", 1, "killing one officer", 2, "injuring two")])

e = "2021-11-17"; h = F(e, "{Wd}, {YYYY}-{MM}-{DD}")
B("b-rashad", h + ":",
  "[[a|Militants ambushed a Peshmerga-army coordination patrol south of Al-Rashad, Kirkuk province, leaving three servicemen dead; four others were hospitalised]]. Kirkuk Operations Command attributed the ambush to the Islamic State. Perpetrator group: ISIS. Target: military. Weapon: firearms, explosives. Note: the patrol was one of the first joint patrols agreed between Baghdad and Erbil.",
  [I("a", e, h, "south of Al-Rashad", "Rashad", "Kirkuk", "ISIS", "attributed", "army+Peshmerga", "ambush", 3, "leaving three servicemen dead", 4, "four others were hospitalised")])

e = "2022-07-12"; h = F(e, "D/M/Y {D}/{M}/{YYYY}")
B("b-balad-ruz", h + ":",
  "[[a|Mortar rounds fell on farmland near the village of Al-Hawasha, Balad Ruz district, Diyala, wounding three farm labourers]]; there were no fatalities. No group claimed the shelling. Perpetrator group: unknown. Target: private citizens and property. Weapon: mortar. Launch point believed to be in the Hamrin foothills.",
  [I("a", e, h, "near the village of Al-Hawasha, Balad Ruz district", "Balad Ruz", "Diyala", "unknown", "unclaimed", "civilians", "mortar_rocket", 0, "there were no fatalities", 3, "wounding three farm labourers")])

e = "2024-04-06"; h = F(e, "{YYYY} {Month} {DD}")
B("b-hit", h + ":",
  "[[a|Assassins shot dead a tribal mobilisation commander at his farm on the outskirts of Hit, Anbar province]]; a relative who was with him escaped unscathed. Perpetrator group: ISIS (attributed by the Anbar police). Target: PMU. Weapon: firearms. Casualties: 1 killed, 0 injured.",
  [I("a", e, h, "the outskirts of Hit", "Hit", "Anbar", "ISIS", "attributed", "PMU", "shooting", 1, "1 killed", 0, "0 injured")])

e = "2020-01-08"; h = F(e, "{Mon}-{DD}-{YYYY}")
B("b-greenzone", h + ":",
  "[[a|Two Katyusha rockets came down inside Baghdad's fortified Green Zone, roughly 100 metres from the US embassy compound]]. The blasts caused damage to a parking area only; casualties: none. Perpetrator group: unknown; no claim. Weapon: rockets. Target: government/diplomatic. Sirens reported across the zone after impact.",
  [I("a", e, h, "inside Baghdad's fortified Green Zone", "Baghdad", "Baghdad", "unknown", "unclaimed", "", "mortar_rocket", 0, "casualties: none", 0, "casualties: none")])

e = "2023-03-09"; h = F(e, "{Do} {Mon} {YYYY}, a {Wd}")
B("b-baiji", h + ":",
  "[[a|A sticky charge placed under the car of a municipal engineer exploded in central Baiji, Salahuddin, injuring the engineer and his teenage son]]; no deaths. The perpetrators are unidentified and nobody claimed responsibility. Target: private citizens. Weapon: explosives (magnetic).",
  [I("a", e, h, "central Baiji", "Baiji", "Salahuddin", "unknown", "unclaimed", "civilians", "ied", 0, "no deaths", 2, "injuring the engineer and his teenage son")])

e = "2024-08-04"; h = F(e, "the {Do} of {Month} {YYYY}")
B("b-kani-masi", "Entry dated " + h + ":",
  "[[a|Turkish artillery shelled orchards and a seasonal camp near Kani Masi, Amedi district, Dohuk]], setting walnut trees on fire. Damage: property (agricultural). Casualties: no deaths, no injuries. Perpetrator: Turkish military (attributed by the subdistrict director). Target: property.",
  [I("a", e, h, "near Kani Masi, Amedi district", "Amedi", "Dohuk", "Turkey", "attributed", "", "mortar_rocket", 0, "no deaths", 0, "no injuries")])

e = "2019-09-14"; h = F(e, "{D} {Sept} {YYYY} ({Wdy})")
B("b-penjwen", h + ":",
  "[[a|A drone strike hit a vehicle on a mountain track near Penjwen, Sulaymaniyah province, killing three people whom the PKK later described as its members]]. Perpetrator: Turkey (the Turkish defence ministry announced the strike). Target: PKK. Weapon: armed drone. Injuries: none recorded.",
  [I("a", e, h, "near Penjwen", "Penjwen", "Sulaymaniyah", "Turkey", "claimed", "PKK", "airstrike_operation", 3, "killing three people", None, None)])

e = "2021-03-03"; h = F(e, "{DD}-{Mon}-{YY}")
B("b-kufa", h + ":",
  "[[a|An improvised bomb went off next to a parked minibus at the Kufa garage, Najaf province, wounding five passengers waiting to depart]]. No one was killed. Perpetrator group: not known. Weapon: IED. Target: transportation (civilian). The garage serves minibuses to Najaf, Hilla and Karbala; it was closed for the rest of the day.",
  [I("a", e, h, "the Kufa garage", "Kufa", "Najaf", None, None, "civilians", "ied", 0, "No one was killed", 5, "wounding five passengers")])

e = "2022-10-20"; h = F(e, "{Wd} the {Do} of {Month}, {YYYY}")
B("b-salman", h + ":",
  "[[a|Gunmen attacked a border-police outpost in the desert south of Al-Salman, Muthanna province, killing two border guards]]; a third suffered gunshot wounds. Perpetrator: unknown gunmen who fled towards the Saudi border strip. Claim: none. Location: remote outpost on the Saudi border strip road.",
  [I("a", e, h, "the desert south of Al-Salman", "Salman", "Muthanna", "unknown", "unclaimed", "security forces", "shooting", 2, "killing two border guards", 1, "a third suffered gunshot wounds")])

B("b-maysan-undated", "No event date recorded; source dated 27/05/2022:",
  "[[a|Unidentified persons threw an explosive charge at the home of a judge in Al-Majar al-Kabir, Maysan province]]. The outer wall collapsed; the judge's family escaped without a scratch. Perpetrator: unknown. Target: judiciary (private residence). Source: provincial police statement.",
  [I("a", "2022-05-27", None, "Al-Majar al-Kabir", "Majar al-Kabir", "Maysan", "unknown", None, "", "ied", 0, "escaped without a scratch", 0, "escaped without a scratch", prec="reported")],
  rd="2022-05-27")

# ======================================================================== C
def C(key, rd, head, body, tail, incs):
    doc(key, "C", rd, head + " " + body + "\n\n" + tail, incs)

e = "2023-09-14"; rd = "2023-09-15"; ph = f"at roughly 8:30 p.m. on {W(e)}"
C("c-ayadhiya", rd, F(rd, "MOSUL, {Sept}. {D} (Yonhap) --"),
  f"[[a|Gunmen killed a Turkmen village headman {ph} in the Al-Ayadhiya subdistrict of Tal Afar district]], Iraqi police said. His driver was lightly hurt, according to a police officer in Nineveh province who asked not to be named. No group immediately said it was behind the shooting, which the officer blamed on remnants of the Islamic State.",
  "Item time " + rd + " 06:10 KST",
  [I("a", e, ph, "the Al-Ayadhiya subdistrict of Tal Afar district", "Tal Afar", "Nineveh", "ISIS", "attributed", "civilians", "shooting", 1, "Gunmen killed a Turkmen village headman", 1, "His driver was lightly hurt")])

e = "2021-11-22"; rd = "2021-11-23"; ph = f"soon after sunrise on {W(e)}"
C("c-riyadh", rd, F(rd, "KIRKUK, {Do} {Month}, {YYYY} (WAM) --"),
  f"[[a|Islamic State militants attacked a Federal Police post in the Al-Riyadh subdistrict, south-west of Kirkuk, {ph}]], an Iraqi security statement said. Two policemen perished and a third was taken to hospital with wounds. The statement said reinforcements combed nearby villages.",
  "Timestamp: " + rd + " 11:02 GST",
  [I("a", e, ph, "the Al-Riyadh subdistrict, south-west of Kirkuk", "Riyadh", "Kirkuk", "ISIS", "attributed", "police", "shooting", 2, "Two policemen perished", 1, "a third was taken to hospital with wounds")])

e = "2022-07-24"; rd = "2022-07-25"; ph = f"in the mid-afternoon on {W(e)}"
C("c-khanaqin", rd, F(rd, "BAQUBA, {Month} {D} (QNA) -"),
  f"[[a|A bomb fixed to a motorcycle exploded in the vegetable market of Khanaqin, Diyala province, {ph}]], killing three shoppers; 15 more were hospitalised, a local health official told QNA. There has been no claim of responsibility. The market was crowded ahead of the Islamic new year.",
  "Issued " + rd + " 09:45 AST",
  [I("a", e, ph, "the vegetable market of Khanaqin", "Khanaqin", "Diyala", "unknown", "unclaimed", "civilians", "ied", 3, "killing three shoppers", 15, "15 more were hospitalised")])

e = "2024-04-23"; rd = "2024-04-24"; ph = f"a little before 3 a.m. on {W(e)}"
C("c-baghdadi", rd, F(rd, "RAMADI, Iraq, {Month} {D} (Petra) --"),
  f"[[a|Unidentified gunmen stormed a house in Al-Baghdadi, in Iraq's western Anbar province, {ph}, killing a police captain and his brother]], a security source said. His mother was hospitalised with a gunshot wound to the arm. The source did not say who was suspected.",
  "Item time " + rd + " 08:30 (Amman)",
  [I("a", e, ph, "Al-Baghdadi", "Baghdadi", "Anbar", "unknown", None, "police+civilians", "shooting", 2, "killing a police captain and his brother", 1, "His mother was hospitalised with a gunshot wound to the arm")])

e = "2020-01-20"; rd = "2020-01-21"; ph = f"at midday on {W(e)}"
C("c-expressway", rd, F(rd, "BAGHDAD, {Mon} {D} (MENA) -"),
  f"[[a|Security personnel shot at protesters blocking the Mohammed al-Qasim expressway in Baghdad {ph}, killing two and leaving 15 with bullet and tear-gas injuries]], medics and protesters said. Demonstrators had cut roads across the capital to press for early elections.",
  "Dispatch logged " + rd + " 07:55 CLT",
  [I("a", e, ph, "the Mohammed al-Qasim expressway in Baghdad", "Baghdad", "Baghdad", "security forces", "attributed", "civilians", "shooting", 2, "killing two", 15, "leaving 15 with bullet and tear-gas injuries")])

e = "2023-03-18"; rd = "2023-03-19"; ph = f"in the late evening hours of {W(e)}"
C("c-dour", rd, F(rd, "TIKRIT, Iraq, {D} {Mon} (Lusa) -"),
  f"[[a|Daesh militants killed two shepherds and drove off their sheep in the desert east of Al-Dour, Salahuddin province, {ph}]], a local official told Lusa, blaming the extremist group. A third shepherd got away without injury.",
  "Timestamp " + rd + " 10:21 WET",
  [I("a", e, ph, "the desert east of Al-Dour", "Dour", "Salahuddin", "ISIS", "attributed", "civilians", "shooting", 2, "killed two shepherds", 0, "A third shepherd got away without injury")])

e = "2024-08-11"; rd = "2024-08-12"; ph = f"on {W(e)}, shortly before dusk"
C("c-batifa", rd, F(rd, "PRAGUE/ZAKHO, {Mon} {D} (CTK) -"),
  f"[[a|A drone hit a pick-up truck near the village of Hirure in the Batifa subdistrict of Zakho district {ph}, killing a man residents said belonged to the PKK and wounding a passer-by]]. The local administration said the drone had come from across the border in Turkey.",
  "Issued " + rd + " 13:15 CEST",
  [I("a", e, ph, "the Batifa subdistrict of Zakho district", "Zakho", "Dohuk", "Turkey", "attributed", "PKK+civilians", "airstrike_operation", 1, "killing a man residents said belonged to the PKK", 1, "wounding a passer-by")])

e = "2022-05-01"; rd = "2022-05-02"; ph = f"on {W(e)} after dark"
C("c-khabat", rd, F(rd, "ERBIL, {Month} {D} (Interfax) -"),
  f"[[a|Six rockets landed near the KAR oil refinery in Khabat district, west of Erbil, {ph}]], Kurdish authorities said. Nobody was injured, and no one died; one storage tank caught fire and was put out within hours.",
  "Dispatch logged " + rd + " 02:40 MSK",
  [I("a", e, ph, "near the KAR oil refinery in Khabat district", "Khabat", "Erbil", None, None, "", "mortar_rocket", 0, "no one died", 0, "Nobody was injured")])

e = "2021-10-13"; rd = "2021-10-14"; ph = f"at the start of {W(e)}'s working day"
C("c-safwan", rd, F(rd, "WARSAW/BASRA, {D} {Mon} (PAP) -"),
  f"[[a|A roadside bomb struck a convoy of lorries carrying supplies for the US-led coalition on the highway near Safwan, Basra province, {ph}]]. Police said nobody was hurt. It was not clear who planted the device.",
  "Item time " + rd + " 12:00 CEST",
  [I("a", e, ph, "the highway near Safwan", "Safwan", "Basra", None, None, "US forces", "ied", 0, "nobody was hurt", 0, "nobody was hurt")])

e = "2023-06-25"; rd = "2023-06-26"; ph = f"during the {W(e)} morning rush hour"
C("c-musayyib", rd, F(rd, "SOFIA/HILLA, {Month} {D} (BTA) -"),
  f"[[a|A sticky bomb under the car of an official of the Babil electricity directorate blew up in Al-Musayyib {ph}]], killing him and injuring two passers-by, police said. No group claimed the bombing.",
  "Timestamp " + rd + " 09:05 EEST",
  [I("a", e, ph, "Al-Musayyib", "Musayyib", "Babil", "unknown", "unclaimed", "civilians", "ied", 1, "killing him", 2, "injuring two passers-by")])

e = "2020-11-27"; rd = "2020-11-28"; ph = f"as {W(e)} drew to a close"
C("c-haboubi", rd, F(rd, "JAKARTA/NASIRIYAH, {Mon} {D} (Antara) -"),
  f"[[a|Gunmen in plain clothes opened fire on the sit-in at Al-Haboubi Square in Nasiriyah, Dhi Qar province, {ph}, killing three protesters and injuring 51]], according to the provincial health directorate. Tents were burned and the square was cleared.",
  "Issued " + rd + " 15:30 WIB",
  [I("a", e, ph, "Al-Haboubi Square in Nasiriyah", "Nasiriyah", "Dhi Qar", "unknown", None, "civilians", "shooting", 3, "killing three protesters", 51, "injuring 51")])

# ======================================================================== D
def D(key, rd, outlet, body, incs):
    txt = ("[Translated from the Arabic original; machine-assisted, checked by desk]\n"
           "%s | Date of publication: %s\n\n%s" % (outlet, F(rd, "{DD}-{Mon}-{YYYY}"), body))
    doc(key, "D", rd, txt, incs)

rd = "2023-09-27"; e = add(rd, -1); ph = f"yesterday forenoon, {W(e)}"
D("d-baaj", rd, "Al-Masalah",
  f"A security source in Nineveh governorate said that [[a|a terrorist cell belonging to the Daesh gangs attacked an army post in the Al-Ba'aj desert {ph}, resulting in the martyrdom of two members of the army and the wounding of another]]. The source added that aircraft were sent to pursue the attackers towards the Syrian border.",
  [I("a", e, ph, "the Al-Ba'aj desert", "Baaj", "Nineveh", "ISIS", "attributed", "army", "shooting", 2, "the martyrdom of two members of the army", 1, "the wounding of another")])

rd = "2021-11-13"; e = add(rd, -1); ph = "at around ten o'clock last night"
D("d-abbasi", rd, "Buratha News",
  f"[[a|Two mujahideen of the Hashd achieved martyrdom and three sustained varying injuries when the criminal Daesh gangs attacked a Popular Mobilization post near Al-Abbasy, west of Al-Hawija, {ph}]], a statement from the Mobilization's northern axis command said. The statement vowed to avenge the martyrs.",
  [I("a", e, ph, "near Al-Abbasy, west of Al-Hawija", "Abbasi", "Kirkuk", "ISIS", "attributed", "PMU", "shooting", 2, "Two mujahideen of the Hashd achieved martyrdom", 3, "three sustained varying injuries")])

rd = "2022-07-20"; e = add(rd, -7); ph = "a week ago"
D("d-miqdadiyah", rd, "Al-Sabah al-Jadeed",
  f"The newspaper learned that [[a|an explosive device targeted a civilian car in the orchards of Al-Miqdadiyah {ph}, killing a citizen and wounding his wife]]. Relatives told the newspaper that the family had been returning from a relative's funeral. The security forces have not named a suspect.",
  [I("a", e, ph, "the orchards of Al-Miqdadiyah", "Muqdadiyah", "Diyala", None, None, "civilians", "ied", 1, "killing a citizen", 1, "wounding his wife")])

rd = "2024-04-28"; e = add(rd, -6); ph = "six days ago"
D("d-jazira", rd, "Al-Baghdadia",
  f"According to a source in the Jazira operations command, [[a|an explosive charge went off beneath an army patrol in the island (Jazira) area north of Al-Ramadee {ph}]]. No martyrs fell, but two soldiers were transferred to hospital for treatment. The source did not say who laid the charge.",
  [I("a", e, ph, "the island (Jazira) area north of Al-Ramadee", "Ramadi", "Anbar", None, None, "army", "ied", 0, "No martyrs fell", 2, "two soldiers were transferred to hospital for treatment")])

rd = "2020-01-05"; e = rd; ph = "earlier this evening"
D("d-qadisiya", rd, "Elaph",
  f"[[a|A Katyusha rocket fell {ph} on a house in the Al-Qadisiya neighbourhood of Baghdad, close to the Green Zone, injuring a man, his wife and their daughter]], a security source said. Sirens sounded inside the zone and the launch site was being searched.",
  [I("a", e, ph, "the Al-Qadisiya neighbourhood of Baghdad", "Baghdad", "Baghdad", None, None, "civilians", "mortar_rocket", None, None, 3, "injuring a man, his wife and their daughter")])

rd = "2023-03-28"; e = rd; ph = "at suhoor time this morning"
D("d-jallam", rd, "Ur News",
  f"A source in the Samurra operations command told Ur News that [[a|a sniper belonging to Daesh elements fired on a post of the 314th Brigade of the Popular Mobilization in the Jallam desert east of Samurra {ph}, martyring one fighter]]. A search of the area is under way.",
  [I("a", e, ph, "the Jallam desert east of Samurra", "Samarra", "Salahuddin", "ISIS", "attributed", "PMU", "shooting", 1, "martyring one fighter", None, None)])

rd = "2024-08-18"; e = add(rd, -2); ph = "the day before yesterday at night"
D("d-gara", rd, "Al-Mowatin",
  f"[[a|Turkish warplanes bombed the slopes of Mount Gara, south of Al-Amadiyah in Dohuk governorate, {ph}, killing a farmer who was guarding his beehives]] and setting fire to large areas of oak forest, a local official said.",
  [I("a", e, ph, "the slopes of Mount Gara, south of Al-Amadiyah", "Amedi", "Dohuk", "Turkey", "attributed", "civilians", "airstrike_operation", 1, "killing a farmer who was guarding his beehives", None, None)])

rd = "2019-10-30"; e = add(rd, -2); ph = "in the late hours of the night before last"
D("d-karbala", rd, "Al-Hadath",
  f"Medical sources said that [[a|masked men fired on demonstrators in Education Square in central Karbala {ph}; four demonstrators lost their lives and 19 were admitted to Al-Hussein hospital]]. The governor denied that police had used live fire.",
  [I("a", e, ph, "Education Square in central Karbala", "Karbala", "Karbala", "unknown", None, "civilians", "shooting", 4, "four demonstrators lost their lives", 19, "19 were admitted to Al-Hussein hospital")])

rd = "2021-02-16"; e = rd; ph = "hours after midnight today"
D("d-amarah", rd, "Kul al-Iraq",
  f"[[a|An explosive charge targeted the house of an officer of the intelligence agency in the Al-Hussein neighbourhood of Al-Emara {ph}]], causing material damage only, a police source in Maysan said. The officer was away on duty.",
  [I("a", e, ph, "the Al-Hussein neighbourhood of Al-Emara", "Amarah", "Maysan", None, None, "", "ied", 0, "causing material damage only", 0, "causing material damage only")])

rd = "2022-09-11"; e = add(rd, -1); ph = "at around four in the afternoon of yesterday"
D("d-suq", rd, "Al-Mustaqbal",
  f"[[a|Armed men opened fire on a pharmacist known for backing the protest movement in the centre of Souq Al-Shioukh district, south of Al-Nasseriyah, {ph}; he died of his wounds in hospital]]. His colleagues closed their pharmacies for a day in protest.",
  [I("a", e, ph, "the centre of Souq Al-Shioukh district", "Suq al-Shuyukh", "Dhi Qar", "unknown", None, "civilians", "shooting", 1, "he died of his wounds in hospital", None, None)])

rd = "2024-03-20"; e = add(rd, -1); ph = "at the iftar hour yesterday"
D("d-iskandariya", rd, "Al-Adala",
  f"[[a|A hand grenade was thrown {ph} at a car wash owned by a member of the local council in Al-Iskandariyah, north of Al-Hilla, injuring two workers]]. Police opened an investigation and said the motive was being examined.",
  [I("a", e, ph, "Al-Iskandariyah, north of Al-Hilla", "Iskandariya", "Babil", None, None, "civilians", "other", None, None, 2, "injuring two workers")])
