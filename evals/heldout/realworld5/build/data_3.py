"""Styles N (UN / NGO), E (no figures or explicitly none), F (round-ups)."""
from lib import F, W, add, I, doc, NR

# ===================================================================== N
r = "2019-12-11"
dp = "In the second half of October 2019"
doc("N1", "N", r, f"""UNAMI - Human Rights Special Report on Demonstrations in Iraq (update), {F(r, '{D} {Month} {YYYY}')}
34. UNAMI has documented 424 deaths and more than 8,700 injuries among protesters since 1 October. [[a|{dp}, unidentified armed men abducted a medical volunteer who had been treating injured protesters in Baghdad's Al-Saadoun area; his whereabouts remain unknown.]]
35. UNAMI calls on the Government to identify and prosecute those responsible for abductions of activists and volunteers.""",
    [I("2019-10", dp, "Baghdad's Al-Saadoun area", "Baghdad", "Baghdad", "unknown", None,
       ["civilians"], ["kidnapping"], None, NR, None, NR, prec="month")])

r = "2021-12-02"; e = "2021-11-08"
dp = "During the night from 8 to 9 November 2021"
doc("N2", "N", r, f"""IOM Iraq - Return Index, Kirkuk governorate note, {F(r, '{D} {Month} {YYYY}')}
[[a|{dp}, unknown persons blew up two houses belonging to returnee families in a village in the Al-Abbasi area of Hawija district. No one was inside at the time.]] The families, who had returned in 2019, have since been displaced again to Kirkuk city.
Across the governorate, IOM recorded 31 households newly displaced in November because of insecurity.""",
    [I(e, dp, "a village in the Al-Abbasi area of Hawija district", "Hawija", "Kirkuk", "unknown", None,
       [], ["ied"], 0, "No one was inside at the time", 0, "No one was inside at the time")])

r = "2022-09-05"
dp = "In the middle of August 2022"
doc("N3", "N", r, f"""UNICEF Iraq - statement, {F(r, '{D} {Month} {YYYY}')}
[[a|{dp}, a 12-year-old boy was killed and his two cousins were maimed by an improvised explosive device planted near their school in the Jalawla area of Diyala.]] UNICEF condemns all attacks that kill or injure children.
So far this year, the United Nations has verified 41 grave violations against children in Iraq, most of them killing and maiming.""",
    [I("2022-08", dp, "near their school in the Jalawla area of Diyala", "Jalawla", "Diyala", None, None,
       ["civilians"], ["ied"], 1, "a 12-year-old boy was killed", 2, "his two cousins were maimed", prec="month")])

r = "2023-02-15"; e = "2023-01-20"
dp = "In the night from 20 to 21 January 2023"
doc("N4", "N", r, f"""Human Rights Watch - dispatch, {F(r, '{D} {Month} {YYYY}')}
[[a|{dp}, gunmen in military uniforms stormed a house in the village of Al-Hamra, in Balad district, killing a man, his wife and two of their children. A daughter, aged nine, survived with wounds.]] Relatives told Human Rights Watch the family had been threatened over a land dispute linked to a local armed faction.
Authorities announced an investigation but had named no suspects as of mid-February.""",
    [I(e, dp, "the village of Al-Hamra, in Balad district", "Balad", "Salahuddin", "unknown", None,
       ["civilians"], ["shooting"], 4, "killing a man, his wife and two of their children", 1,
       "A daughter, aged nine, survived with wounds")])

r = "2020-04-28"; e = "2020-04-15"
dp = "On or around 15 April 2020"
doc("N5", "N", r, f"""OCHA Iraq - Humanitarian Bulletin, {F(r, '{Month} {YYYY}')} (issued {F(r, '{D} {Month} {YYYY}')})
Protection. [[a|{dp}, gunmen attacked truffle pickers in the desert near Nukhaib, killing three truffle pickers; five more were hospitalised in Karbala]], in an attack that local authorities attributed to ISIS. Partners warn that families who depend on the seasonal harvest face rising risks.
COVID-19 movement restrictions continued to limit access to 14 camps.""",
    [I(e, dp, "the desert near Nukhaib", "Nukhaib", "Anbar", "ISIS", "attributed",
       ["civilians"], ["shooting"], 3, "killing three truffle pickers", 5, "five more were hospitalised in Karbala")])

r = "2024-07-31"; e = "2024-07-04"
dp = "Early on 4 July 2024"
doc("N6", "N", r, f"""UNHCR Iraq - Protection Monitoring Update, {F(r, '{D} {Month} {YYYY}')}
Sinjar. [[a|{dp}, a drone strike on a vehicle in the Khanasor area of Sinjar district killed a YBS commander and a civilian driver]], local authorities said, attributing the strike to Turkey. Returnee families in Khanasor reported that children had stopped attending school for several days.
Returns to Sinjar remained slow, with 112 families arriving from camps in Duhok during the month.""",
    [I(e, dp, "the Khanasor area of Sinjar district", "Sinjar", "Nineveh", "Turkey", "attributed",
       ["PKK", "civilians"], ["airstrike_operation"], 2, "killed a YBS commander and a civilian driver", None, NR)])

r = "2024-10-08"
dp = "In the last days of September 2024"
doc("N7", "N", r, f"""Community Peacemaker Teams - Iraqi Kurdistan, casualty update, {F(r, '{D} {Month} {YYYY}')}
[[a|{dp}, Turkish artillery hit pastures around the village of Miska, in the Barwari Bala area of Amedi district, and injured a shepherd]]; dozens of his sheep were killed.
CPT has now recorded more than 30 civilian casualties from Turkish military operations in the Duhok governorate since January.""",
    [I("2024-09", dp, "the village of Miska, in the Barwari Bala area of Amedi district", "Amedi", "Dohuk",
       "Turkey", "attributed", ["civilians"], ["mortar_rocket"], None, NR, 1, "injured a shepherd", prec="month")])

r = "2019-12-10"; e = "2019-12-02"
dp = "Shortly after midnight on 2 December 2019"
doc("N8", "N", r, f"""Amnesty International - public statement, {F(r, '{D} {Month} {YYYY}')}
[[a|{dp}, masked men opened fire on protesters' tents in Kut, killing one protester and wounding six.]] Witnesses told Amnesty International that police at a nearby checkpoint did not intervene.
Amnesty International urges the authorities to protect peaceful protesters in Wasit and across southern Iraq.""",
    [I(e, dp, "protesters' tents in Kut", "Kut", "Wasit", "unknown", None,
       ["civilians"], ["shooting"], 1, "killing one protester", 6, "wounding six")])

r = "2023-06-30"; e = "2023-04-07"
dp = "On 7 April 2023"
doc("N9", "N", r, f"""Report of the Secretary-General on UNAMI (extract), {F(r, '{D} {Month} {YYYY}')}
22. [[a|{dp}, a drone strike near a convoy at Sulaymaniyah International Airport, attributed by the Patriotic Union of Kurdistan to Türkiye, took place; no injuries or deaths resulted.]]
23. The Mission continued to engage with the Governments in Baghdad and Erbil on the implementation of the Sinjar Agreement.""",
    [I(e, dp, "near a convoy at Sulaymaniyah International Airport", "Sulaymaniyah", "Sulaymaniyah", "Turkey",
       "attributed", [], ["airstrike_operation"], 0, "no injuries or deaths resulted", 0,
       "no injuries or deaths resulted")])

r = "2020-09-01"; e = "2020-08-19"
dp = "On 19 August 2020"
doc("N10", "N", r, f"""Human Rights Watch - news release, {F(r, '{D} {Month} {YYYY}')}
[[a|{dp}, gunmen on a motorcycle killed a women's-rights activist in Basra's Al-Abbasiya district and wounded a friend who was with her.]] It was the latest in a series of assassinations of activists in Basra. Nobody has been held to account.
Human Rights Watch called on the prime minister to make public the findings of the investigative committees he had announced.""",
    [I(e, dp, "Basra's Al-Abbasiya district", "Basra", "Basra", "unknown", None,
       ["civilians"], ["shooting"], 1, "killed a women's-rights activist", 1, "wounded a friend who was with her")])

r = "2022-07-12"; e = "2022-06-22"
dp = "On 22 June 2022"
doc("N11", "N", r, f"""UNAMI Human Rights Office - freedom of expression update, {F(r, '{D} {Month} {YYYY}')}
The Office verified three attacks on media workers during June. [[a|{dp}, unidentified persons set fire to the car of a local reporter outside his home in Al-Shamiya, Al-Qadisiyah; he was not in the car.]] The other two cases, threats by telephone, are not detailed here.""",
    [I(e, dp, "outside his home in Al-Shamiya", "Shamiya", "Qadisiyah", "unknown", None,
       [], ["other"], None, NR, None, NR)])

# ===================================================================== E
r = "2021-11-10"; e = "2021-11-09"
dp = F(e, "on {W}, just before 5 a.m.")
doc("E1", "E", r, f"""Shafaq News | {F(r, '{D} {Month} {YYYY}')}
[[a|Unknown persons blew up a section of the gas pipeline feeding the Kirkuk power station near Laylan {dp}, harming no one]], the North Gas Company said.
Engineers closed the valves and said the line would be repaired within three days; power cuts in southern Kirkuk are expected to last until then.""",
    [I(e, dp, "near Laylan", "Laylan", "Kirkuk", "unknown", None,
       [], ["ied"], 0, "harming no one", 0, "harming no one")])

r = "2022-08-23"; e = "2022-08-22"
dp = F(e, "in the last hours of {W}")
doc("E2", "E", r, f"""Baghdad Today | {F(r, '{D} {Month} {YYYY}')}
[[a|Gunmen set fire to a mobile-phone tower in the Kanaan subdistrict, east of Baquba, {dp}, leaving no victims]], a local official said.
He said it was the second telecommunications mast burned in the area this summer, and that coverage in several villages had been cut.""",
    [I(e, dp, "the Kanaan subdistrict, east of Baquba", "Kanaan", "Diyala", "unknown", None,
       [], ["other"], 0, "leaving no victims", 0, "leaving no victims")])

r = "2023-01-08"
dp = F(r, "around 1 a.m. {W}")
doc("E3", "E", r, f"""Alsumaria News | {F(r, '{D} {Month} {YYYY}')}
[[a|An unidentified aircraft struck a PMF position near Al-Alam {dp}]], the PMF security directorate said, adding that an investigation had begun. Casualty details were withheld.
Local residents said they heard two strong explosions and saw ambulances heading towards the position.""",
    [I(r, dp, "a PMF position near Al-Alam", "Al-Alam", "Salahuddin", "unknown", None,
       ["PMU"], ["airstrike_operation"], None, NR, None, NR)])

r = "2020-04-16"; e = "2020-04-15"
dp = F(e, "on {W} at about 7 p.m.")
doc("E4", "E", r, f"""Al-Mada | {F(r, '{D} {Month} {YYYY}')}
[[a|A roadside bomb exploded near a patrol of the army's 8th Division in Al-Garma {dp}, with zero casualties]], the Anbar Operations Command said.
The command said engineers found and defused a second device a few metres away, and that patrols on rural roads would be reduced at night.""",
    [I(e, dp, "a patrol of the army's 8th Division in Al-Garma", "Karma", "Anbar", None, None,
       ["army"], ["ied"], 0, "with zero casualties", 0, "with zero casualties")])

r = "2024-07-06"; e = "2024-07-05"
dp = F(e, "on {W} after the afternoon prayer")
doc("E5", "E", r, f"""Nineveh News Network | {F(r, '{D} {Month} {YYYY}')}
[[a|Fire set by unidentified persons destroyed about 200 dunams of barley near Al-Shura, south of Mosul, {dp}; the fire did not reach the houses and there were no victims.]]
The farmers' union said arson of crops had returned this harvest season and asked for fire engines to be stationed in the subdistrict.""",
    [I(e, dp, "near Al-Shura, south of Mosul", "Shura", "Nineveh", "unknown", None,
       [], ["other"], 0, "there were no victims", 0, "there were no victims")])

r = "2024-09-28"; e = "2024-09-26"
dp = F(e, "in the morning hours of {W}")
doc("E6", "E", r, f"""Duhok24 | {F(r, '{D} {Month} {YYYY}')}
[[a|A Turkish drone struck an empty house in the village of Gundik, in the Deraluk area, {dp}. Casualties: nil.]] The village has been deserted since 2021, when its last families left because of the fighting.
Deraluk officials say at least 20 villages in the area are now empty.""",
    [I(e, dp, "the village of Gundik, in the Deraluk area", "Deraluk", "Dohuk", "Turkey", "attributed",
       [], ["airstrike_operation"], 0, "Casualties: nil", 0, "Casualties: nil")])

r = "2019-10-20"
dp = F(r, "shortly after 3 a.m. {W}")
doc("E7", "E", r, f"""Iraq Observer | {F(r, '{D} {Month} {YYYY}')}
[[a|A Katyusha rocket fell near the Iraqi parliament building in the Green Zone {dp}; it caused no loss of life or injury]], security sources said.
The rocket was launched from the Al-Zafaraniya area, the sources added. Protests are expected to resume in Baghdad at the end of the week.""",
    [I(r, dp, "near the Iraqi parliament building in the Green Zone", "Baghdad", "Baghdad", None, None,
       [], ["mortar_rocket"], 0, "it caused no loss of life or injury", 0, "it caused no loss of life or injury")])

r = "2023-12-10"; e = "2023-12-09"
dp = F(e, "after 11 p.m. on {W}")
doc("E8", "E", r, f"""Wasit Today | {F(r, '{D} {Month} {YYYY}')}
[[a|Unknown persons threw an explosive charge at the office of a political party in Badra {dp}; the attack hurt nobody]], police said, but shattered windows in the building and a neighbouring shop.
Provincial council elections are due on 18 December.""",
    [I(e, dp, "the office of a political party in Badra", "Badra", "Wasit", "unknown", None,
       [], ["ied"], 0, "the attack hurt nobody", 0, "the attack hurt nobody")])

r = "2020-02-12"; e = "2020-02-11"
dp = F(e, "as he left a cafe on {W}")
doc("E9", "E", r, f"""Dhi Qar Post | {F(r, '{D} {Month} {YYYY}')}
[[a|Armed men abducted a protest coordinator in Al-Shatra {dp}]], his brother said. There has been no word on his fate, and no group has made demands.
Protesters in Al-Shatra closed the main road for two hours in response.""",
    [I(e, dp, "Al-Shatra", "Shatra", "Dhi Qar", "unknown", None,
       ["civilians"], ["kidnapping"], None, NR, None, NR)])

r = "2022-05-10"; e = "2022-05-09"
dp = F(e, "at 06:40 on {W}")
doc("E10", "E", r, f"""Basra Energy Monitor | {F(r, '{D} {Month} {YYYY}')}
[[a|An IED struck a pick-up carrying four workers of a drilling contractor on the access road to the Majnoon oil field {dp}; the blast resulted in no injuries or deaths]], the company said.
Work at the site continued, and the Basra Oil Company asked for more patrols on the field's roads.""",
    [I(e, dp, "the access road to the Majnoon oil field", "Majnoon oil field", "Basra", None, None,
       ["civilians"], ["ied"], 0, "resulted in no injuries or deaths", 0, "resulted in no injuries or deaths")])

r = "2022-05-02"; e = "2022-05-01"
dp = F(e, "at around 20:45 on {W}")
doc("E11", "E", r, f"""Erbil Business Daily | {F(r, '{D} {Month} {YYYY}')}
[[a|Three rockets were fired at the Khurmala oil field, south-west of Erbil, {dp}. Casualties: none; damage: minor.]] The field's operator said production was not affected.
It was the second attack on energy sites around Erbil in a month.""",
    [I(e, dp, "the Khurmala oil field", "Khurmala oil field", "Erbil", None, None,
       [], ["mortar_rocket"], 0, "Casualties: none", 0, "Casualties: none")])

# ===================================================================== F
r = "2022-08-16"; e1 = "2022-08-09"; e2 = add(e1, 3)
doc("F1", "F", r, f"""Diyala weekly security digest - {F(r, '{D} {Month} {YYYY}')}
[[a|On {F(e1, '{D} {Month}')}, gunmen killed two farmers in their fields outside Mandali]]; police blamed IS.
[[b|Seventy-two hours later, a roadside bomb hit an army vehicle on the outskirts of Jalawla, wounding three soldiers]].
Overall, the province saw nine security incidents during the week, most of them arrests and weapons finds.""",
    [I(e1, F(e1, "On {D} {Month}"), "their fields outside Mandali", "Mandali", "Diyala", "ISIS", "attributed",
       ["civilians"], ["shooting"], 2, "killed two farmers", None, NR),
     I(e2, "Seventy-two hours later", "the outskirts of Jalawla", "Jalawla", "Diyala", None, None,
       ["army"], ["ied"], None, NR, 3, "wounding three soldiers")])

r = "2021-11-30"; e1 = "2021-11-02"; e2 = add(e1, 1); e3 = add(e1, 15)
doc("F2", "F", r, f"""Kirkuk: November in brief ({F(r, '{D} {Month} {YYYY}')})
[[a|On {F(e1, '{D} {Month} {YYYY}')}, an IED killed a Federal Police officer on a road west of Hawija.]]
[[b|The following evening, IS gunmen fired on a PMU post in Al-Riyadh subdistrict, wounding two fighters.]]
[[c|A fortnight later, a sticky bomb attached to a car exploded in Kirkuk's Al-Wasiti neighbourhood, injuring the driver, a Turkmen Front member.]]""",
    [I(e1, F(e1, "On {D} {Month} {YYYY}"), "a road west of Hawija", "Hawija", "Kirkuk", None, None,
       ["police"], ["ied"], 1, "killed a Federal Police officer", None, NR),
     I(e2, "The following evening", "a PMU post in Al-Riyadh subdistrict", "Riyadh", "Kirkuk", "ISIS", "attributed",
       ["PMU"], ["shooting"], None, NR, 2, "wounding two fighters"),
     I(e3, "A fortnight later", "Kirkuk's Al-Wasiti neighbourhood", "Kirkuk", "Kirkuk", None, None,
       ["civilians"], ["ied"], None, NR, 1, "injuring the driver")])

r = "2023-01-31"; e1 = "2023-01-03"; e2 = add(e1, 2)
doc("F3", "F", r, f"""Salahuddin roundup - January ({F(r, '{D} {Month} {YYYY}')})
[[a|On {F(e1, '{D} {Month}')}, gunmen shot dead a tribal sheikh at his guesthouse on the northern edge of Tikrit.]]
[[b|Two nights later, an IED exploded under a tractor in farmland near Dujail, killing the farmer driving it and his nephew.]]
Separately, the PMF announced it had killed five IS militants in the Mutaibijah basin in an operation this month; no details of dates were given.""",
    [I(e1, F(e1, "On {D} {Month}"), "his guesthouse on the northern edge of Tikrit", "Tikrit", "Salahuddin",
       "unknown", None, ["civilians"], ["shooting"], 1, "shot dead a tribal sheikh", None, NR),
     I(e2, "Two nights later", "farmland near Dujail", "Dujail", "Salahuddin", None, None,
       ["civilians"], ["ied"], 2, "killing the farmer driving it and his nephew", None, NR)])

r = "2020-04-30"; e1 = "2020-04-22"; e0 = add(e1, -1); e3 = add(e1, 6)
doc("F4", "F", r, f"""Anbar: last ten days ({F(r, '{D} {Month} {YYYY}')})
[[a|On {F(e1, '{D} {Month}')}, IS militants attacked a police station in Heet, wounding four policemen.]]
[[b|The previous day, gunmen abducted a contractor on the Fallujah-Saqlawiyah road near Fallujah.]]
[[c|Six days after the Heet attack, two mortar rounds fell on a market in Al-Qaim, killing a vendor.]]""",
    [I(e1, F(e1, "On {D} {Month}"), "a police station in Heet", "Hit", "Anbar", "ISIS", "attributed",
       ["police"], ["shooting"], None, NR, 4, "wounding four policemen"),
     I(e0, "The previous day", "the Fallujah-Saqlawiyah road near Fallujah", "Fallujah", "Anbar", "unknown", None,
       ["civilians"], ["kidnapping"], None, NR, None, NR),
     I(e3, "Six days after the Heet attack", "a market in Al-Qaim", "Al-Qaim", "Anbar", None, None,
       ["civilians"], ["mortar_rocket"], 1, "killing a vendor", None, NR)])

r = "2024-07-31"; e1 = "2024-07-11"; e3 = add(e1, 11)
doc("F5", "F", r, f"""Nineveh security notes, July ({F(r, '{D} {Month} {YYYY}')})
[[a|On {F(e1, '{D} {Month}')}, an IED killed an army officer near Badush.]]
[[b|Earlier the same day, unknown gunmen had fired on a Shabak PMU checkpoint in Bashiqa; no one was hurt.]]
[[c|Eleven days after the Badush bomb, IS fighters attacked shepherds near Al-Qayyarah, killing one and stealing his flock.]]""",
    [I(e1, F(e1, "On {D} {Month}"), "near Badush", "Badush", "Nineveh", None, None,
       ["army"], ["ied"], 1, "killed an army officer", None, NR),
     I(e1, "Earlier the same day", "a Shabak PMU checkpoint in Bashiqa", "Bashiqa", "Nineveh", "unknown", None,
       ["PMU"], ["shooting"], 0, "no one was hurt", 0, "no one was hurt"),
     I(e3, "Eleven days after the Badush bomb", "near Al-Qayyarah", "Qayyarah", "Nineveh", "ISIS", "attributed",
       ["civilians"], ["shooting"], 1, "killing one", None, NR)])

r = "2024-09-30"; e1 = "2024-09-05"; e2 = add(e1, 5); e3 = add(e2, 2)
doc("F6", "F", r, f"""Duhok border areas: September summary ({F(r, '{D} {Month} {YYYY}')})
[[a|On {F(e1, '{D} {Month}')}, Turkish shelling hit the outskirts of Sheladze, wounding a woman.]]
[[b|Five days after that, a drone strike near Kani Masi killed three people the Turkish ministry described as PKK members.]]
[[c|A further two days on, shells set fire to forest near the village of Sarsing, harming no one.]]
The Turkish defence ministry said separately that it had "neutralised" 46 militants in northern Iraq during the month.""",
    [I(e1, F(e1, "On {D} {Month}"), "the outskirts of Sheladze", "Sheladze", "Dohuk", "Turkey", "attributed",
       ["civilians"], ["mortar_rocket"], None, NR, 1, "wounding a woman"),
     I(e2, "Five days after that", "near Kani Masi", "Amedi", "Dohuk", "Turkey", "claimed",
       ["PKK"], ["airstrike_operation"], 3, "killed three people", None, NR),
     I(e3, "A further two days on", "forest near the village of Sarsing", "Sarsing", "Dohuk", "Turkey", "attributed",
       [], ["mortar_rocket"], 0, "harming no one", 0, "harming no one")])

r = "2019-10-31"; e1 = "2019-10-05"; e0 = add(e1, -2)
doc("F7", "F", r, f"""Press freedom in Baghdad, October (monitoring note, {F(r, '{D} {Month} {YYYY}')})
[[a|On {F(e1, '{D} {Month}')}, masked gunmen stormed the offices of a satellite channel in Baghdad's Al-Waziriya, beating staff and smashing equipment; three employees were injured.]]
[[b|Two days before that, unknown assailants threw a grenade at the house of a blogger in Al-Ghadir, Baghdad, damaging the gate.]]
Five other outlets suspended broadcasting after receiving threats.""",
    [I(e1, F(e1, "On {D} {Month}"), "Baghdad's Al-Waziriya", "Baghdad", "Baghdad", "unknown", None,
       ["civilians"], ["other"], None, NR, 3, "three employees were injured"),
     I(e0, "Two days before that", "the house of a blogger in Al-Ghadir, Baghdad", "Baghdad", "Baghdad", "unknown",
       None, [], ["other"], None, NR, None, NR)])

r = "2020-03-20"; e1 = "2020-03-11"; e2 = add(e1, 3)
doc("F8", "F", r, f"""Camp Taji attacks - factsheet ({F(r, '{D} {Month} {YYYY}')})
[[a|On {F(e1, '{D} {Month} {YYYY}')}, some 18 rockets hit Camp Taji, north of Baghdad, killing two US troops and a British medic and wounding 14 personnel.]]
[[b|A second barrage followed three days afterwards, wounding three US service members and two Iraqi air defence soldiers.]]
US aircraft struck Kataib Hezbollah weapons sites in response; those strikes are covered elsewhere.""",
    [I(e1, F(e1, "On {D} {Month} {YYYY}"), "Camp Taji, north of Baghdad", "Taji", "Baghdad", None, None,
       ["US forces"], ["mortar_rocket"], 3, "killing two US troops and a British medic", 14, "wounding 14 personnel"),
     I(e2, "three days afterwards", "Camp Taji, north of Baghdad", "Taji", "Baghdad", None, None,
       ["US forces", "army"], ["mortar_rocket"], None, NR, 5,
       "wounding three US service members and two Iraqi air defence soldiers")])

r = "2022-08-25"; e1 = "2022-08-18"; e2 = add(e1, 1)
doc("F9", "F", r, f"""Sulaimani province - strikes log ({F(r, '{D} {Month} {YYYY}')})
[[a|On {F(e1, '{D} {Month}')}, a drone hit a car near Qaladze, in Pishdar, killing two people whom the Turkish ministry called PKK members.]]
[[b|The next night, artillery shells struck near Penjwen, and no one was hit.]]
Local officials say the strikes have emptied several mountain villages.""",
    [I(e1, F(e1, "On {D} {Month}"), "a car near Qaladze, in Pishdar", "Qaladze", "Sulaymaniyah", "Turkey", "claimed",
       ["PKK"], ["airstrike_operation"], 2, "killing two people", None, NR),
     I(e2, "The next night", "near Penjwen", "Penjwen", "Sulaymaniyah", None, None,
       [], ["mortar_rocket"], 0, "no one was hit", 0, "no one was hit")])

r = "2021-06-08"; e1 = "2021-06-02"; e0 = add(e1, -2)
doc("F10", "F", r, f"""Southern supply routes - convoy incidents ({F(r, '{D} {Month} {YYYY}')})
[[a|On {F(e1, '{D} {Month}')}, an IED damaged a lorry carrying coalition supplies on the highway near Nasiriyah. Its driver was hurt.]]
[[b|The same night, a second device exploded beside a convoy near Al-Samawah, with no injuries.]]
[[c|Two days before the Nasiriyah blast, a bomb hit a convoy near Basra's Safwan crossing; the drivers escaped without a scratch.]]""",
    [I(e1, F(e1, "On {D} {Month}"), "the highway near Nasiriyah", "Nasiriyah", "Dhi Qar", None, None,
       ["US forces"], ["ied"], None, NR, 1, "Its driver was hurt"),
     I(e1, "The same night", "near Al-Samawah", "Samawah", "Muthanna", None, None,
       ["US forces"], ["ied"], None, NR, 0, "with no injuries"),
     I(e0, "Two days before the Nasiriyah blast", "near Basra's Safwan crossing", "Safwan", "Basra", None, None,
       ["US forces"], ["ied"], 0, "the drivers escaped without a scratch", 0, "the drivers escaped without a scratch")])

r = "2022-10-24"; e1 = "2022-10-06"; e2 = add(e1, 10)
doc("F11", "F", r, f"""Western Nineveh - incidents since early October ({F(r, '{D} {Month} {YYYY}')})
[[a|On {F(e1, '{D} {Month}')}, gunmen killed a Yazidi returnee near Sinuni.]]
[[b|Ten days on, an IED hit a police vehicle on the Tal Afar-Sinjar road, injuring two policemen.]]
The district also recorded 11 arrests of IS suspects during the period.""",
    [I(e1, F(e1, "On {D} {Month}"), "near Sinuni", "Sinjar", "Nineveh", "unknown", None,
       ["civilians"], ["shooting"], 1, "killed a Yazidi returnee", None, NR),
     I(e2, "Ten days on", "the Tal Afar-Sinjar road", "Tal Afar", "Nineveh", None, None,
       ["police"], ["ied"], None, NR, 2, "injuring two policemen")])
