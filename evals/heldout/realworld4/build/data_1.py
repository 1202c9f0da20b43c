"""Styles A (coder notes), B (database summaries), C (wire copy)."""
from lib import D, I, W, DMY, DM, MDY, MD, Mb, bM, AP, MORD, ORDM, US, EU, DMON, ROM, ROMS, COMPACT, YMD, add, N

# ============================ A: event-data coder notes ============================
rd = "2024-02-11"; e = add(rd, -1)
D("A", "txt", rd, "Iraq", f"""[coder log] src=Shafaq News | pub {rd} | coder=HM | batch IRQ-0207
[[a|On {Mb(e)}, suspected ISIS militants attacked a Federal Police checkpoint in the village of Albu Mohammed, in Hawija district of Kirkuk province, killing two policemen and wounding a third.]]
Event type: Battles / Armed clash. Actor 1: IS (suspected). Actor 2: Federal Police.
Fatalities: 2. Notes: attackers withdrew toward the Wadi Zghaytun valley.""",
  [I("a", e, "day", f"On {Mb(e)}", "the village of Albu Mohammed, in Hawija district of Kirkuk province", "Hawija", "Kirkuk",
     "ISIS", "suspected", ["police"], ["shooting"], 2, 1, "killing two policemen", "wounding a third")], key="A_hawija")

rd = "2023-05-09"; e = add(rd, -1)
D("A", "txt", rd, "Iraq", f"""[coder log] src=Baghdad Today | pub {rd} | coder=RS
[[a|On {bM(e)}, an IED planted in an orchard near the village of Sinsil, in Muqdadiyah district, exploded as farmers gathered to prune trees, leaving one farmer dead and two others injured.]]
Sub-event: Remote explosive/landmine/IED. Actor 1: unidentified. Fatalities: 1.
Notes: no claim; area has seen repeated tribal disputes, coder did not treat those as events.""",
  [I("a", e, "day", f"On {bM(e)}", "the village of Sinsil, in Muqdadiyah district", "Muqdadiyah", "Diyala",
     None, None, ["civilians"], ["ied"], 1, 2, "leaving one farmer dead", "two others injured")], key="A_sinsil")

rd = "2021-09-14"; e = add(rd, -1)
D("A", "txt", rd, "Iraq", f"""[coder log] src=Alsumaria | pub {rd} | coder=HM
[[a|On {MORD(e)}, ISIS snipers fired on a PMU (Brigade 41) position in the Mutaibijah area, east of Samarra, killing one fighter.]]
A second fighter was lightly wounded while recovering the body.
Actor 1: IS. Actor 2: PMF. Sub-event: Armed clash. Fatalities: 1.
Notes: PMU statement names Daesh; coded attributed.""",
  [I("a", e, "day", f"On {MORD(e)}", "the Mutaibijah area, east of Samarra", "Mutaibijah", "Salahuddin",
     "ISIS", "attributed", ["PMU"], ["shooting"], 1, 1, "killing one fighter", "A second fighter was lightly wounded")], key="A_mutaibijah")

rd = "2025-01-02"; e = "2024-12-31"
D("A", "txt", rd, "Iraq", f"""[coder log] src=Rudaw English | pub {rd} | coder=AK | year-end backlog
[[a|On {Mb(e)}, unidentified gunmen shot dead the mukhtar of a Shabak neighbourhood in Bartella, east of Mosul, as he left a mosque after evening prayers.]]
Actor 1: Unidentified armed group. Sub-event: Attack. Fatalities: 1.
Notes: local police opened an investigation; motive unclear (land dispute or political).""",
  [I("a", e, "day", f"On {Mb(e)}", "Bartella, east of Mosul", "Bartella", "Nineveh",
     "unknown", None, ["civilians"], ["shooting"], 1, None, "Fatalities: 1", "none reported")], key="A_bartella")

rd = "2022-10-20"; e = add(rd, -2)
D("A", "txt", rd, "Iraq", f"""[coder log] src=INA | pub {rd} | coder=RS
[[a|On {MD(e)}, a roadside bomb struck an army Humvee on the Anah-Rawa road in western Anbar, killing three soldiers of the 7th Division.]]
Sub-event: Remote explosive/landmine/IED. Actor 1: IS (attributed by MoD). Fatalities: 3.
Notes: MoD statement gave no figure for wounded.""",
  [I("a", e, "day", f"On {MD(e)}", "the Anah-Rawa road in western Anbar", "Anah", "Anbar",
     "ISIS", "attributed", ["army"], ["ied"], 3, None, "killing three soldiers", "none reported")], key="A_anah")

rd = "2025-03-08"; e = add(rd, -2)
D("A", "txt", rd, "Iraq", f"""[coder log] src=Nineveh police / Shafaq | pub {rd} | coder=AK
[[a|On {bM(e)}, IS remnants attacked an army observation post near Badush, northwest of Mosul, with light weapons; one soldier was killed and two were hurt.]]
Actor 1: IS. Actor 2: Iraqi Army. Sub-event: Armed clash. Fatalities: 1.
Notes: the army said the attackers fled into the Badush hills.""",
  [I("a", e, "day", f"On {bM(e)}", "near Badush, northwest of Mosul", "Badush", "Nineveh",
     "ISIS", "attributed", ["army"], ["shooting"], 1, 2, "one soldier was killed", "two were hurt")], key="A_badush")

rd = "2023-06-15"; e = add(rd, -1)
D("A", "txt", rd, "Iraq", f"""[coder log] src=Kurdistan24 | pub {rd} | coder=AK
[[a|On {Mb(e)}, a drone strike hit a vehicle in the Batifa subdistrict of Zakho district, killing two men the Duhok Asayish described as PKK members.]]
Actor 1: Military Forces of Turkey (attributed by Asayish). Actor 2: PKK. Sub-event: Air/drone strike. Fatalities: 2.
Notes: Turkish MoD made no statement on this strike.""",
  [I("a", e, "day", f"On {Mb(e)}", "the Batifa subdistrict of Zakho district", "Zakho", "Dohuk",
     "Turkey", "attributed", ["PKK"], ["airstrike_operation"], 2, None, "killing two men", "none reported")], key="A_batifa")

rd = "2019-12-07"; e = add(rd, -1)
D("A", "txt", rd, "Iraq", f"""[coder log] src=AFP / HRW | pub {rd} | coder=RS | protest file
[[a|On {Mb(e)}, unidentified gunmen in pick-up trucks opened fire on protesters around Al-Sinak bridge and Al-Khilani Square in central Baghdad, killing between 20 and 25 protesters and wounding more than 100.]]
Actor 1: Unidentified armed group. Actor 2: Protesters (Iraq). Sub-event: Attack.
Fatalities: 20 (lower bound used). Notes: electricity was cut in the square before the shooting.""",
  [I("a", e, "day", f"On {Mb(e)}", "around Al-Sinak bridge and Al-Khilani Square in central Baghdad", "Baghdad", "Baghdad",
     "unknown", None, ["civilians"], ["shooting"], 20, 100, "killing between 20 and 25 protesters", "wounding more than 100")], key="A_khilani")

rd = "2023-10-27"; e = add(rd, -1)
D("A", "txt", rd, "Iraq", f"""[coder log] src=Islamic Resistance Telegram, Rudaw | pub {rd} | coder=HM
[[a|On {MORD(e)}, two explosive-laden drones were launched at the coalition's Bashur airfield near Harir in Erbil province; one was shot down and the other crashed outside the perimeter.]]
Actor 1: Islamic Resistance in Iraq (claimed). Sub-event: Air/drone strike (coded as other). Fatalities: 0.
Notes: "No injuries," a Kurdistan Region CTD statement said.""",
  [I("a", e, "day", f"On {MORD(e)}", "the coalition's Bashur airfield near Harir in Erbil province", "Harir", "Erbil",
     "PMU", "claimed", ["US forces"], ["other"], 0, 0, "Fatalities: 0", "No injuries")], key="A_bashur")

rd = "2020-07-16"; e = add(rd, -1)
D("A", "txt", rd, "Iraq", f"""[coder log] src=Security Media Cell | pub {rd} | coder=RS
[[a|On {bM(e)}, an IED exploded beside a convoy of trucks contracted by the US-led coalition near Safwan, south of Basra, damaging one trailer; no one was injured.]]
Actor 1: unidentified. Sub-event: Remote explosive/landmine/IED. Fatalities: 0.
Notes: fifth convoy attack in the south this month according to the source; earlier ones not re-coded here.""",
  [I("a", e, "day", f"On {bM(e)}", "near Safwan, south of Basra", "Safwan", "Basra",
     None, None, ["US forces"], ["ied"], 0, 0, "Fatalities: 0", "no one was injured")], key="A_safwan")

rd = "2024-02-20"; e = add(rd, -1)
D("A", "txt", rd, "Iraq", f"""[coder log] src=Kirkuk police via Shafaq | pub {rd} | coder=AK
[[a|On {MD(e)}, gunmen abducted two shepherds grazing their flocks in the village of Zanqar, in Daquq district, and drove them toward the Hamrin range.]]
Police attributed the abduction to ISIS cells. Sub-event: Abduction/forced disappearance.
Fatalities: 0 reported at time of coding.""",
  [I("a", e, "day", f"On {MD(e)}", "the village of Zanqar, in Daquq district", "Daquq", "Kirkuk",
     "ISIS", "attributed", ["civilians"], ["kidnapping"], 0, None, "Fatalities: 0", "none reported")], key="A_zanqar")

# ============================ B: database summaries ============================
D("B", "txt", None, "Iraq", f"""{YMD('2024-02-14', '.')}: A roadside bomb struck a Federal Police vehicle on the Kirkuk-Baghdad road near Taza Khurmatu. [[a|Two officers were killed and four wounded when a roadside bomb struck a Federal Police vehicle on the Kirkuk-Baghdad road near Taza Khurmatu.]] The perpetrators are unknown. Subsequent investigation found the device had been buried under the asphalt days earlier. Attack type: Bombing/Explosion. Target type: Police.""",
  [I("a", "2024-02-14", "day", YMD('2024-02-14', '.'), "on the Kirkuk-Baghdad road near Taza Khurmatu", "Taza Khurmatu", "Kirkuk",
     "unknown", None, ["police"], ["ied"], 2, 4, "Two officers were killed", "four wounded")], key="B_taza")

D("B", "txt", None, "Iraq", f"""{COMPACT('2023-05-17')}: [[a|An explosive device detonated under a Popular Mobilization Forces pick-up near the old railway station in Jalawla, claiming the lives of three fighters.]] No group claimed responsibility. Attack type: Bombing/Explosion. Target: Military (PMF). Property damage: one vehicle destroyed. Wounded: not reported.""",
  [I("a", "2023-05-17", "day", COMPACT('2023-05-17'), "near the old railway station in Jalawla", "Jalawla", "Diyala",
     "unknown", "unclaimed", ["PMU"], ["ied"], 3, None, "claiming the lives of three fighters", "none reported")], key="B_jalawla")

D("B", "txt", None, "Iraq", f"""{US('2021-09-17', '-')}: [[a|Assailants attacked a Popular Mobilization Forces post in Al-Eith, east of Samarra, with machine guns and mortars, killing four PMF members and wounding five.]] The Islamic State claimed responsibility through Amaq. Attack type: Armed Assault. Target: Military (PMF). Notes: second assault on Al-Eith that week per the source.""",
  [I("a", "2021-09-17", "day", US('2021-09-17', '-'), "Al-Eith, east of Samarra", "Samarra", "Salahuddin",
     "ISIS", "claimed", ["PMU"], ["shooting", "mortar_rocket"], 4, 5, "killing four PMF members", "wounding five")], key="B_eith")

D("B", "txt", None, "Iraq", f"""{EU('2022-10-17')}: [[a|Gunmen kidnapped a truck driver transporting livestock on the desert road south of Nukhaib and later killed him; his body was found the same evening.]] The perpetrators are unknown. Attack type: Hostage Taking (Kidnapping). Target type: Private Citizens & Property. Killed: 1. Wounded: 0.""",
  [I("a", "2022-10-17", "day", EU('2022-10-17'), "the desert road south of Nukhaib", "Nukhaib", "Anbar",
     "unknown", None, ["civilians"], ["kidnapping", "shooting"], 1, 0, "Killed: 1", "Wounded: 0")], key="B_nukhaib")

D("B", "txt", None, "Iraq", f"""{DMON('2025-03-15')}: [[a|A roadside bomb wounded two Iraqi soldiers on patrol near Sinune, in Sinjar district.]] The perpetrators are unknown. Attack type: Bombing/Explosion. Target type: Military. Killed: none reported. Notes: the army said a second device was found and defused nearby.""",
  [I("a", "2025-03-15", "day", DMON('2025-03-15'), "near Sinune, in Sinjar district", "Sinjar", "Nineveh",
     "unknown", None, ["army"], ["ied"], None, 2, "none reported", "wounded two Iraqi soldiers")], key="B_sinune")

D("B", "txt", None, "Iraq", f"""{ROM('2023-05-11')}: [[a|Unknown persons threw a hand grenade into the courtyard of a house in Baquba's Al-Tahrir neighbourhood, injuring four members of one family.]] The perpetrators are unknown. Attack type: Bombing/Explosion. Target type: Private Citizens & Property. Notes: police linked the attack to a tribal feud; coded because the attackers are unidentified.""",
  [I("a", "2023-05-11", "day", ROM('2023-05-11'), "Baquba's Al-Tahrir neighbourhood", "Baquba", "Diyala",
     "unknown", None, ["civilians"], ["other"], None, 4, "none reported", "injuring four members of one family")], key="B_baquba")

D("B", "txt", "2023-06-22", "Iraq", f"""Entry logged {EU('2023-06-22', '.')} (no event date in source): [[a|Turkish artillery shelled the outskirts of villages near Kani Masi, in Amedi district, setting orchards on fire.]] There were no casualties. Attack type: Facility/Infrastructure Attack. Target type: Private Citizens & Property. The Turkish Ministry of Defence did not comment; the district mayor blamed Turkey.""",
  [I("a", "2023-06-22", "reported", None, "villages near Kani Masi, in Amedi district", "Amedi", "Dohuk",
     "Turkey", "attributed", [], ["mortar_rocket"], 0, 0, "There were no casualties", "There were no casualties")], key="B_kanimasi")

D("B", "txt", None, "Iraq", f"""{'2019-12-13'}: [[a|Gunmen on a motorcycle shot dead a protest organiser outside his home in the Al-Baladiyat neighbourhood of eastern Baghdad.]] The perpetrators are unknown. Attack type: Assassination. Target type: Private Citizens & Property. Killed: 1. Notes: the victim had taken part in the Tahrir Square sit-in since October.""",
  [I("a", "2019-12-13", "day", '2019-12-13', "the Al-Baladiyat neighbourhood of eastern Baghdad", "Baghdad", "Baghdad",
     "unknown", None, ["civilians"], ["shooting"], 1, None, "Killed: 1", "none reported")], key="B_baladiyat")

D("B", "txt", None, "Iraq", f"""{ROMS('2020-08-23')}: [[a|Unidentified gunmen opened fire on a car carrying two women's rights activists in Basra's Al-Tuwaisa neighbourhood, leaving one dead and the other seriously wounded.]] The perpetrators are unknown. Attack type: Armed Assault. Target type: Private Citizens & Property. Notes: part of a wave of attacks on activists in Basra that month.""",
  [I("a", "2020-08-23", "day", ROMS('2020-08-23'), "Basra's Al-Tuwaisa neighbourhood", "Basra", "Basra",
     "unknown", None, ["civilians"], ["shooting"], 1, 1, "leaving one dead", "the other seriously wounded")], key="B_tuwaisa")

D("B", "txt", None, "Iraq", f"""{US('2021-05-27')}: [[a|An improvised explosive device exploded as a logistics convoy contracted by the international coalition passed along the highway near Al-Diwaniyah.]] There were no casualties. No group claimed responsibility, although a little-known faction praised the attack online. Attack type: Bombing/Explosion. Target type: Military (coalition logistics).""",
  [I("a", "2021-05-27", "day", US('2021-05-27'), "the highway near Al-Diwaniyah", "Diwaniyah", "Qadisiyah",
     "unknown", "unclaimed", ["US forces"], ["ied"], 0, 0, "There were no casualties", "There were no casualties")], key="B_diwaniyah")

D("B", "txt", "2024-02-25", "Iraq", f"""Reported on {EU('2024-02-25', '-')}: [[a|Assailants opened fire on an Iraqi army position in the Wadi al-Shay area of Kirkuk province, killing one soldier.]] The perpetrators are unknown. Attack type: Armed Assault. Target type: Military. Wounded: not stated. Notes: date of the attack is not given in the source.""",
  [I("a", "2024-02-25", "reported", "Reported on " + EU("2024-02-25", "-"), "the Wadi al-Shay area of Kirkuk province", "Kirkuk", "Kirkuk",
     "unknown", None, ["army"], ["shooting"], 1, None, "killing one soldier", "none reported")], key="B_wadishay")

# ============================ C: wire copy ============================
rd = "2024-02-17"; e = add(rd, -1)
D("C", "txt", rd, "Iraq", f"""KIRKUK, Iraq, {AP(rd)} (AP) — [[a|Militants attacked an army outpost in the early hours of {W(e)} in the Al-Riyadh area west of Kirkuk, killing three soldiers and wounding two others, Iraqi officials said.]]
An army officer, speaking on condition of anonymity, blamed Islamic State sleeper cells still active in the farmland between Hawija and the Hamrin mountains. The group did not immediately claim the attack.
Filed {DMY(rd)}""",
  [I("a", e, "day", f"in the early hours of {W(e)}", "the Al-Riyadh area west of Kirkuk", "Riyadh", "Kirkuk",
     "ISIS", "attributed", ["army"], ["shooting"], 3, 2, "killing three soldiers", "wounding two others")], key="C_riyadh")

rd = "2023-05-21"; e = add(rd, -2)
D("C", "txt", rd, "Iraq", f"""BAQUBA, Iraq, {MD(rd)} (Reuters) - [[a|A bomb planted near the fish market in Khanaqin left four people dead and 11 wounded on {W(e)} evening, police and medical sources said.]]
No group claimed responsibility. Khanaqin, near the Iranian border, lies in territory disputed between Baghdad and the Kurdistan Regional Government, where security gaps have been exploited by militants.
(Reporting by Reuters Baghdad bureau; First published {MDY(rd)})""",
  [I("a", e, "day", f"on {W(e)} evening", "near the fish market in Khanaqin", "Khanaqin", "Diyala",
     "unknown", "unclaimed", ["civilians"], ["ied"], 4, 11, "left four people dead", "11 wounded")], key="C_khanaqin")

rd = "2021-09-21"; e = add(rd, -2)
D("C", "txt", rd, "Iraq", f"""TIKRIT, Iraq, {AP(rd)} (AP) — [[a|Islamic State militants ambushed a convoy of the Popular Mobilization Forces around noon on {W(e)} near Tuz Khurmatu, an attack that claimed the lives of six fighters and wounded a dozen more, a PMF statement said.]]
The militants detonated no bombs but fired from both sides of the road, the statement said.
Posted {DMY(rd)}""",
  [I("a", e, "day", f"around noon on {W(e)}", "near Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin",
     "ISIS", "attributed", ["PMU"], ["ambush"], 6, 12, "claimed the lives of six fighters", "wounded a dozen more")], key="C_tuz")

rd = "2022-10-25"; e = add(rd, -1)
D("C", "txt", rd, "Iraq", f"""RAMADI, Iraq, {AP(rd)} (Xinhua) -- [[a|A sticky bomb attached to his car killed a municipal official in Fallujah on {W(e)} afternoon and injured his driver, a police source told Xinhua.]]
The official headed the city's property registration office. Nobody claimed the attack.
Last modified: {rd} 18:02""",
  [I("a", e, "day", f"on {W(e)} afternoon", "in Fallujah", "Fallujah", "Anbar",
     "unknown", "unclaimed", ["civilians"], ["ied"], 1, 1, "killed a municipal official", "injured his driver")], key="C_fallujah")

rd = "2025-03-12"; e = add(rd, -1)
D("C", "txt", rd, "Iraq", f"""MOSUL, {MD(rd)} (Reuters) - [[a|Gunmen attacked a police patrol on the Mosul-Dohuk highway near Tel Kaif shortly before midnight on {W(e)}, killing two policemen and wounding one, a Nineveh police spokesman said.]]
He said the attackers escaped in a car toward the Christian town of Al-Qosh and that an operation to find them was under way.
First published {DMY(rd)}""",
  [I("a", e, "day", f"shortly before midnight on {W(e)}", "on the Mosul-Dohuk highway near Tel Kaif", "Tel Kaif", "Nineveh",
     "unknown", None, ["police"], ["shooting"], 2, 1, "killing two policemen", "wounding one")], key="C_telkaif")

rd = "2019-12-11"; e = add(rd, -1)
D("C", "txt", rd, "Iraq", f"""BAGHDAD, {AP(rd)} (AP) — [[a|A small bomb exploded late {W(e)} near the tents of anti-government protesters in Baghdad's Tahrir Square, wounding five people, medical officials said.]]
No one was killed. It was not clear who placed the device. Protesters have occupied the square since October, demanding an overhaul of the political system.
Filed {MDY(rd)}""",
  [I("a", e, "day", f"late {W(e)}", "near the tents of anti-government protesters in Baghdad's Tahrir Square", "Baghdad", "Baghdad",
     None, None, ["civilians"], ["ied"], 0, 5, "No one was killed", "wounding five people")], key="C_tahrir")

rd = "2023-09-19"; e = add(rd, -1)
D("C", "txt", rd, "Iraq", f"""SULAYMANIYAH, Iraq, {AP(rd)} (AFP) — [[a|A drone strike on the Arbat airstrip, southeast of Sulaymaniyah, late {W(e)} killed three members of the Kurdistan Region's counter-terrorism forces, local officials said.]]
Kurdish officials said the drone was believed to be Turkish. Ankara did not comment.
Filed {DMY(rd)}""",
  [I("a", e, "day", f"late {W(e)}", "the Arbat airstrip, southeast of Sulaymaniyah", "Arbat", "Sulaymaniyah",
     "Turkey", "suspected", ["security forces"], ["airstrike_operation"], 3, None, "killed three members", "none reported")], key="C_arbat")

rd = "2022-08-03"; e = rd
D("C", "txt", rd, "Iraq", f"""BASRA, Iraq, {AP(rd)} (Reuters) - [[a|Two rockets landed near the operations camp of the West Qurna 1 oil field before first light on {W(e)}, causing no casualties, oil officials said.]]
Production was not affected, one official said. The field is operated by foreign companies. No group claimed the launch.
{DMY(rd)}""",
  [I("a", e, "day", f"before first light on {W(e)}", "near the operations camp of the West Qurna 1 oil field", "West Qurna 1 oil field", "Basra",
     "unknown", "unclaimed", [], ["mortar_rocket"], 0, 0, "causing no casualties", "causing no casualties")], key="C_westqurna")

rd = "2021-06-04"; e = add(rd, -1)
D("C", "txt", rd, "Iraq", f"""HILLA, Iraq, {AP(rd)} (AP) — [[a|A bomb hidden in a parked motorcycle tore through a crowded market in Musayyib on {W(e)} night, killing at least seven people and wounding between 15 and 20, a provincial health official said.]]
Babil province, south of Baghdad, has been largely calm in recent years.
Posted {MDY(rd)}""",
  [I("a", e, "day", f"on {W(e)} night", "a crowded market in Musayyib", "Musayyib", "Babil",
     None, None, ["civilians"], ["ied"], 7, 15, "killing at least seven people", "wounding between 15 and 20")], key="C_musayyib")

rd = "2019-11-29"; e = add(rd, -1)
D("C", "txt", rd, "Iraq", f"""NASIRIYAH, Iraq, {AP(rd)} (AFP) — [[a|Security forces opened fire on protesters trying to cross the Al-Zaytoun bridge in Nasiriyah on {W(e)}, leaving 24 dead and about 200 wounded, medics said.]]
The bloodshed prompted the prime minister to announce he would resign.
Filed {DMY(rd)}""",
  [I("a", e, "day", f"on {W(e)}", "the Al-Zaytoun bridge in Nasiriyah", "Nasiriyah", "Dhi Qar",
     "security forces", "attributed", ["civilians"], ["shooting"], 24, 200, "leaving 24 dead", "about 200 wounded")], key="C_zaytoun")

rd = "2022-04-08"; e = add(rd, -1)
D("C", "txt", rd, "Iraq", f"""KUT, Iraq, {AP(rd)} (Xinhua) -- [[a|An explosive device hidden in a rubbish bin went off next to a police checkpoint in Al-Suwaira late on {W(e)}, killing a police officer and wounding two civilians, a local security source said.]]
Suwaira lies about 50 km southeast of Baghdad in Wasit province.
Last modified: {MDY(rd)}""",
  [I("a", e, "day", f"late on {W(e)}", "a police checkpoint in Al-Suwaira", "Suwaira", "Wasit",
     None, None, ["police", "civilians"], ["ied"], 1, 2, "killing a police officer", "wounding two civilians")], key="C_suwaira")
