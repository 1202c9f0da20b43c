"""Styles A (coder notes), B (database summaries), C (wire copy)."""
from lib import F, W, add, I, doc, NR

# ===================================================================== A
# coder notes: "EVT-… :: src … :: pubdate 15 Nov 2021 :: coder …"; yearless dates
e, r = "2021-11-14", "2021-11-15"
dp = F(e, "On the {th} of {Month}")
doc("A1", "A", r, f"""EVT-21-4471 :: src Shafaq News (EN) :: pubdate {F(r, '{D} {Mon} {YYYY}')} :: coder MJ
[[a|{dp}, suspected IS militants opened fire on an Iraqi army observation post near the village of Tal al-Sayyid, in Dibis district, Kirkuk, killing two soldiers; a third soldier was evacuated to Kirkuk General Hospital with a leg wound.]]
Sub-event: armed clash. Fatalities: 2.
Note: the same article mentions an arrest in Hawija that day (not coded).""",
    [I(e, dp, "the village of Tal al-Sayyid, in Dibis district", "Dibis", "Kirkuk", "ISIS", "suspected",
       ["army"], ["shooting"], 2, "killing two soldiers", 1,
       "a third soldier was evacuated to Kirkuk General Hospital with a leg wound")])

e, r = "2022-08-03", "2022-08-09"
dp = F(e, "On {th} {Mon}")
doc("A2", "A", r, f"""EVT-22-0913 :: src Baghdad Today :: pubdate {F(r, '{D} {Mon} {YYYY}')} :: coder RA
[[a|{dp}, an IED detonated under a PMU (Brigade 24) pickup near Al-Hashimiyat village, Muqdadiyah district, costing two fighters their lives and injuring one.]] No claim. The source adds that the brigade swept nearby orchards afterwards without finding the cell.
Fatalities: 2.""",
    [I(e, dp, "Al-Hashimiyat village, Muqdadiyah district", "Muqdadiyah", "Diyala", "unknown", "unclaimed",
       ["PMU"], ["ied"], 2, "costing two fighters their lives", 1, "injuring one")])

e, r = "2023-01-22", "2023-01-24"
dp = F(e, "On {DD}-{Mon}")
doc("A3", "A", r, f"""EVT-23-0088 :: src Alsumaria :: pubdate {F(r, '{D} {Mon} {YYYY}')} :: coder HK
[[a|{dp}, what the source called "Daesh sleeper cells" raided a shepherds' camp in the Al-Jallam desert, east of Samarra; three shepherds were found shot dead and a fourth man survived with gunshot wounds.]] Some 40 sheep were driven off.
Actor 1: ISIS (per source). Fatalities: 3.""",
    [I(e, dp, "the Al-Jallam desert, east of Samarra", "Samarra", "Salahuddin", "ISIS", "attributed",
       ["civilians"], ["shooting"], 3, "three shepherds were found shot dead", 1,
       "a fourth man survived with gunshot wounds")])

e, r = "2020-04-09", "2020-04-12"
dp = F(e, "On {Mon}. {D}")
doc("A4", "A", r, f"""EVT-20-1207 :: src Al-Mada :: pubdate {F(r, '{D} {Mon} {YYYY}')} :: coder MJ
[[a|{dp}, a roadside bomb struck an army Humvee on the international highway west of Rutba, wounding an officer and three soldiers.]] Fatalities: none. The source says the road was closed for four hours.
Coder comment: perpetrator not named in source; left blank.""",
    [I(e, dp, "the international highway west of Rutba", "Rutba", "Anbar", None, None,
       ["army"], ["ied"], 0, "Fatalities: none", 4, "wounding an officer and three soldiers")])

e, r = "2024-07-16", "2024-07-20"
dp = F(e, "On {Wd} {D} {Mon}")
doc("A5", "A", r, f"""EVT-24-2210 :: src Kurdistan24 :: pubdate {F(r, '{D} {Mon} {YYYY}')} :: coder SA
[[a|{dp}, IS fighters attacked a Tribal Mobilization post in the Hatra desert, south-west of Mosul; one tribal fighter was slain and two were hurt.]] The attack was later claimed in IS's weekly al-Naba newsletter.
Fatalities: 1.""",
    [I(e, dp, "the Hatra desert, south-west of Mosul", "Hatra", "Nineveh", "ISIS", "claimed",
       ["PMU"], ["shooting"], 1, "one tribal fighter was slain", 2, "two were hurt")])

e, r = "2024-09-07", "2024-09-08"
dp = F(e, "On {DD}/{MM} (dd/mm)")
doc("A6", "A", r, f"""EVT-24-2391 :: src Rudaw English :: pubdate {F(r, '{D} {Mon} {YYYY}')} :: coder SA
[[a|{dp}, a drone struck a car on the road outside Spindar village, Amedi district, killing both occupants, who the Amedi mayor said were farmers.]] The mayor blamed Turkey; Ankara did not comment.
Fatalities: 2.""",
    [I(e, dp, "Spindar village, Amedi district", "Amedi", "Dohuk", "Turkey", "attributed",
       ["civilians"], ["airstrike_operation"], 2, "killing both occupants", None, NR)])

e, r = "2019-10-01", "2019-10-03"
dp = F(e, "On {Mon} {th}")
doc("A7", "A", r, f"""EVT-19-3302 :: src NINA :: pubdate {F(r, '{D} {Mon} {YYYY}')} :: coder RA
[[a|{dp}, security forces fired live rounds and water cannon at demonstrators gathering at Al-Tayaran Square in central Baghdad; one protester was killed and more than 200 were injured]], most by tear gas according to the source.
Sub-event: excessive force against protesters. Fatalities: 1.""",
    [I(e, dp, "Al-Tayaran Square in central Baghdad", "Baghdad", "Baghdad", "security forces", "attributed",
       ["civilians"], ["shooting"], 1, "one protester was killed", 200, "more than 200 were injured")])

e, r = "2023-06-03", "2023-06-05"
dp = F(e, "Overnight on {D}/") + F(add(e, 1), "{D} {Month}")
doc("A8", "A", r, f"""EVT-23-1544 :: src Shafaq News (EN) :: pubdate {F(r, '{D} {Mon} {YYYY}')} :: coder HK
[[a|{dp}, two men on a motorbike threw a hand grenade at the house of a protest activist in Basra's Al-Hayyaniya neighbourhood; the family inside was unhurt.]] The blast damaged the front wall.
Fatalities: 0. Coder comment: event date taken as the first night.""",
    [I(e, dp, "Basra's Al-Hayyaniya neighbourhood", "Basra", "Basra", "unknown", None,
       [], ["other"], 0, "the family inside was unhurt", 0, "the family inside was unhurt")])

e, r = "2021-12-29", "2022-01-03"
dp = F(e, "On {th} {Mon}")
doc("A9", "A", r, f"""EVT-22-0007 :: src Al-Ghad Press :: pubdate {F(r, '{D} {Mon} {YYYY}')} :: coder MJ
[[a|{dp}, a magnetic bomb fixed under the car of a police captain exploded as he drove through Amarah's Al-Mahmoudiya neighbourhood. The officer lost a leg.]] Deaths: none recorded.
Coder comment: event is in the previous calendar year relative to the pubdate.""",
    [I(e, dp, "Amarah's Al-Mahmoudiya neighbourhood", "Amarah", "Maysan", None, None,
       ["police"], ["ied"], 0, "Deaths: none recorded", 1, "The officer lost a leg")])

e, r = "2025-05-18", "2025-05-19"
dp = F(e, "On {W} {D} {Month}")
doc("A10", "A", r, f"""EVT-25-0631 :: src Draw Media :: pubdate {F(r, '{D} {Mon} {YYYY}')} :: coder SA
[[a|{dp}, gunmen in a white saloon car gunned down a local journalist outside his home in Chamchamal, Sulaimani province.]] No group has owned the killing; the Kurdistan Journalists Syndicate condemned it.
Fatalities: 1.""",
    [I(e, dp, "outside his home in Chamchamal", "Chamchamal", "Sulaymaniyah", "unknown", "unclaimed",
       ["civilians"], ["shooting"], 1, "gunned down a local journalist", None, NR)])

e, r = "2020-12-13", "2020-12-15"
dp = F(e, "On {D} {Mon} ({Wd})")
doc("A11", "A", r, f"""EVT-20-2876 :: src Baghdad Today :: pubdate {F(r, '{D} {Mon} {YYYY}')} :: coder RA
[[a|{dp}, an IED hit a lorry convoy carrying supplies for the US-led coalition on the highway near Al-Mahawil, north of Hillah; the drivers were unharmed.]] A group calling itself Qasim al-Jabbarin claimed the attack on Telegram.
Fatalities: 0.""",
    [I(e, dp, "the highway near Al-Mahawil, north of Hillah", "Mahawil", "Babil", "PMU", "claimed",
       ["US forces"], ["ied"], 0, "the drivers were unharmed", 0, "the drivers were unharmed")])

# ===================================================================== B
# database summaries; report_date null unless the entry only gives a filing date
e = "2022-08-14"
doc("B1", "B", None, f"""{F(e, '{DD}{Mon}{YYYY}')}: [[a|Gunmen attacked farmers harvesting in Tal Jarad village, Balad Ruz district, Diyala. Casualties: three killed, two wounded.]] The perpetrators were identified by police as Islamic State members. Weapons: firearms. Property damage: a tractor burned. Source: Diyala police via local media; coded from two reports.""",
    [I(e, None, "Tal Jarad village, Balad Ruz district", "Balad Ruz", "Diyala", "ISIS", "attributed",
       ["civilians"], ["shooting"], 3, "three killed", 2, "two wounded")])

e = "2023-01-17"
doc("B2", "B", None, f"""{F(e, '{YYYY} {Mon} {D}')}: [[a|An explosive device detonated at a PMU checkpoint on the outskirts of Tuz Khurmato, Salah al-Din. One PMU member died and four were injured.]] No group claimed responsibility. Weapon: explosives (unknown type). Target type: military (non-state). Source: local media.""",
    [I(e, None, "the outskirts of Tuz Khurmato", "Tuz Khurmatu", "Salahuddin", "unknown", "unclaimed",
       ["PMU"], ["ied"], 1, "One PMU member died", 4, "four were injured")])

e = "2020-04-18"
doc("B3", "B", None, f"""{F(e, '{th} {Month} {YYYY}')}: [[a|Assailants abducted two shepherds in the Wadi Hauran area, Rutba district, Anbar.]] The perpetrators are unknown. No information on the victims' fate was given. Weapon: firearms. Incident type: hostage taking (kidnapping). Source: tribal sources quoted by local media.""",
    [I(e, None, "the Wadi Hauran area, Rutba district", "Rutba", "Anbar", "unknown", None,
       ["civilians"], ["kidnapping"], None, NR, None, NR)])

e = "2024-07-23"
doc("B4", "B", None, f"""{F(e, '{MON} {D} {YYYY}')}: [[a|An explosive device struck a Federal Police vehicle on the road between Ba'aj and Tal Afar, Nineveh. Killed: none. Injured: 2 officers.]] The perpetrators are unknown. Weapon: explosives (roadside). Target type: police. Source: Nineveh police via wire report.""",
    [I(e, None, "the road between Ba'aj and Tal Afar", "Baaj", "Nineveh", "unknown", None,
       ["police"], ["ied"], 0, "Killed: none", 2, "Injured: 2 officers")])

e = "2024-09-16"
doc("B5", "B", None, f"""{F(e, '{D} {Mon}. {YY}')}: [[a|Turkish aircraft bombed what Ankara described as PKK positions near Kani Balav, Amedi district, Duhok. Casualties: unknown.]] Source: Turkish Ministry of National Defence statement. Weapon: air-dropped munitions. Notes: local officials could not reach the area to confirm the damage.""",
    [I(e, None, "near Kani Balav, Amedi district", "Amedi", "Dohuk", "Turkey", "claimed",
       ["PKK"], ["airstrike_operation"], None, NR, None, NR)])

e = "2019-10-25"
doc("B6", "B", None, f"""{F(e, '{Wd} {D} {Mon} {YYYY}')}: [[a|Security forces fired tear gas canisters and live ammunition at demonstrators on Al-Saadoun Street, Baghdad. Eight demonstrators died and at least 150 were treated for injuries.]] Perpetrator: state security forces (per medical and rights sources). Weapons: firearms, less-lethal.""",
    [I(e, None, "Al-Saadoun Street, Baghdad", "Baghdad", "Baghdad", "security forces", "attributed",
       ["civilians"], ["shooting", "other"], 8, "Eight demonstrators died", 150, "at least 150 were treated for injuries")])

e = "2021-11-21"
doc("B7", "B", None, f"""{F(e, '{DD}.{MM}.{YY}')}: [[a|Assailants attacked a Federal Police post in Multaqa subdistrict, Kirkuk, killing one policeman and wounding two.]] The attack was claimed by the Islamic State. Weapons: firearms, grenades. Target type: police. Source: Kirkuk police and an IS statement carried on its channels.""",
    [I(e, None, "a Federal Police post in Multaqa subdistrict", "Multaqa", "Kirkuk", "ISIS", "claimed",
       ["police"], ["shooting"], 1, "killing one policeman", 2, "wounding two")])

e = "2021-02-15"
doc("B8", "B", None, f"""{F(e, '{DD}/{MM}/{YYYY}')} (dd/mm): [[a|Rockets struck near Erbil International Airport, which hosts coalition troops, and a residential area. The attack killed a foreign contractor and wounded nine people, including a US soldier.]] A group calling itself Saraya Awliya al-Dam claimed responsibility. Weapon: 107mm rockets.""",
    [I(e, None, "near Erbil International Airport", "Erbil", "Erbil", "PMU", "claimed",
       ["US forces", "civilians"], ["mortar_rocket"], 1, "killed a foreign contractor", 9,
       "wounded nine people, including a US soldier")])

e = "2020-08-12"
doc("B9", "B", None, f"""{F(e, "{D} {Mon} '{YY}")}: [[a|An IED exploded beside a lorry carrying equipment for the international coalition on the highway near Diwaniyah, Al-Qadisiyah; no casualties resulted.]] The perpetrators are unknown. Weapon: explosives (roadside). Target type: military logistics. Source: the Security Media Cell and a convoy company statement.""",
    [I(e, None, "the highway near Diwaniyah", "Diwaniyah", "Qadisiyah", "unknown", None,
       ["US forces"], ["ied"], 0, "no casualties resulted", 0, "no casualties resulted")])

r = "2019-12-16"
doc("B10", "B", r, f"""Undated (source filed {F(r, '{D} {Mon} {YYYY}')}): [[a|Unidentified assailants threw a grenade at protest tents in central Najaf, injuring four demonstrators.]] Event date not given in the source. Weapon: hand grenade. Target type: protesters. Source: a medic at the protest site quoted by local media.""",
    [I(r, None, "central Najaf", "Najaf", "Najaf", "unknown", None,
       ["civilians"], ["other"], None, NR, 4, "injuring four demonstrators", prec="reported")])

e = "2021-05-09"
doc("B11", "B", None, f"""{F(e, '{Month} {th}, {YYYY}')}: [[a|Assailants on a motorcycle killed a prominent protest activist with silenced pistols outside his home in Karbala city. No other injuries were reported.]] No claim of responsibility was made. Target type: private citizens. Source: rights groups and local media.""",
    [I(e, None, "outside his home in Karbala city", "Karbala", "Karbala", "unknown", "unclaimed",
       ["civilians"], ["shooting"], 1, "killed a prominent protest activist", 0, "No other injuries were reported")])

# ===================================================================== C
# wire copy: new agencies and time-of-day phrases
e, r = "2023-01-14", "2023-01-15"
dp = F(e, "in the small hours of {W}")
doc("C1", "C", r, f"""TIKRIT, Iraq, {F(r, '{Mon}. {D}')} (dpa) - [[a|Three soldiers, including a first lieutenant, were killed and two wounded when Islamic State militants attacked an army post in the Makhoul mountains north of Baiji {dp}]], the army said.
The military blamed IS remnants that shelter in the range's caves and said reinforcements had been sent from Tikrit.
Story filed {F(r, '{D} {Month} {YYYY}')}, 1105 GMT""",
    [I(e, dp, "the Makhoul mountains north of Baiji", "Baiji", "Salahuddin", "ISIS", "attributed",
       ["army"], ["shooting"], 3, "Three soldiers, including a first lieutenant, were killed", 2, "two wounded")])

e, r = "2020-04-20", "2020-04-21"
dp = F(e, "just after dusk on {W}")
doc("C2", "C", r, f"""RAMADI, Iraq, {F(r, '{Month} {D}')} (UPI) -- [[a|Suspected Islamic State militants attacked a Tribal Mobilization checkpoint in the Al-Baghdadi area of western Anbar {dp}. Two tribal fighters died and three were wounded]], a local commander told UPI.
Attacks have risen in the desert west of Ramadi since coalition troops began consolidating their bases, officials say.
Dateline {F(r, '{Month} {D}, {YYYY}')}""",
    [I(e, dp, "the Al-Baghdadi area of western Anbar", "Baghdadi", "Anbar", "ISIS", "suspected",
       ["PMU"], ["shooting"], 2, "Two tribal fighters died", 3, "three were wounded")])

e, r = "2024-07-25", "2024-07-26"
dp = F(e, "in the pre-dawn darkness of {W}")
doc("C3", "C", r, f"""MOSUL, Iraq, {F(r, '{Month} {D}')} (Anadolu) - [[a|Turkish intelligence killed two senior members of the YBS, which Ankara regards as the PKK's Sinjar offshoot, in a drone strike near Sinune {dp}]], security sources said.
The sources, who spoke on condition of anonymity, said the pair had been planning attacks on Turkish bases.
Posted {F(r, '{DD}.{MM}.{YYYY}')} | {F(r, '{D} {Month} {YYYY}')}""",
    [I(e, dp, "near Sinune", "Sinjar", "Nineveh", "Turkey", "claimed",
       ["PKK"], ["airstrike_operation"], 2, "killed two senior members of the YBS", None, NR)])

e, r = "2024-09-11", "2024-09-12"
dp = F(e, "at mid-morning on {W}")
doc("C4", "C", r, f"""DUHOK, Iraq, {F(r, '{Month} {D}')} (EFE) - [[a|Artillery shells set fire to orchards around Hirure, a Christian village in the Nahla valley of Akre district, {dp}. No villager was hurt]], the village priest said, blaming Turkish forces on the nearby ridge.
Hirure's families returned in 2004 after decades of displacement.
Published {F(r, '{D} {Month} {YYYY}')}""",
    [I(e, dp, "Hirure, a Christian village in the Nahla valley of Akre district", "Akre", "Dohuk", "Turkey",
       "attributed", [], ["mortar_rocket"], 0, "No villager was hurt", 0, "No villager was hurt")])

e, r = "2019-10-05", "2019-10-06"
dp = F(e, "as darkness fell on {W}")
doc("C5", "C", r, f"""BAGHDAD, {F(r, '{Month} {D}')} (dpa) - [[a|Thirteen protesters were killed {dp} when security forces opened fire on crowds in Sadr City's Al-Mudhaffar Square]], medics said. Scores more were injured.
The government announced an inquiry. Demonstrations against unemployment and corruption entered their sixth day.
Story filed {F(r, '{D} {Month} {YYYY}')}, 0720 GMT""",
    [I(e, dp, "Sadr City's Al-Mudhaffar Square", "Baghdad", "Baghdad", "security forces", "attributed",
       ["civilians"], ["shooting"], 13, "Thirteen protesters were killed", None, NR)])

e, r = "2021-11-23", "2021-11-24"
dp = F(e, "at around 9 p.m. on {W}")
doc("C6", "C", r, f"""KIRKUK, Iraq, {F(r, '{Month} {D}')} (IANS) -- [[a|Islamic State militants ambushed a Federal Police patrol in the Wadi al-Shay area south of Kirkuk {dp}, killing a captain and two policemen.]] A fourth officer was hurt, police said, blaming the Islamic State.
It was the deadliest attack on police in the province this autumn.
Dateline {F(r, '{Month} {D}, {YYYY}')}""",
    [I(e, dp, "the Wadi al-Shay area south of Kirkuk", "Kirkuk", "Kirkuk", "ISIS", "attributed",
       ["police"], ["ambush"], 3, "killing a captain and two policemen", 1, "A fourth officer was hurt")])

e, r = "2022-08-26", "2022-08-27"
dp = F(e, "around the time of evening prayers on {W}")
doc("C7", "C", r, f"""BAQUBA, Iraq, {F(r, '{Month} {D}')} (Anadolu) - [[a|Mortar rounds fired by suspected Islamic State militants slammed into the village of Abu Khamis, in the Abu Saida subdistrict, {dp}, killing a boy and wounding his mother and two sisters]], a local official said.
Residents said it was the third shelling of the area this year.
Posted {F(r, '{D} {Month} {YYYY}')}""",
    [I(e, dp, "the village of Abu Khamis, in the Abu Saida subdistrict", "Abu Saida", "Diyala", "ISIS", "suspected",
       ["civilians"], ["mortar_rocket"], 1, "killing a boy", 3, "wounding his mother and two sisters")])

e, r = "2019-11-28", "2019-11-29"
dp = F(e, "at daybreak on {W}")
doc("C8", "C", r, f"""NASIRIYAH, Iraq, {F(r, '{Month} {D}')} (UPI) -- [[a|Security forces firing on demonstrators near Al-Nasr bridge {dp} left 25 protesters dead and upwards of 200 wounded]], according to the provincial health directorate.
The prime minister dismissed the military commander he had sent to the city the day before.
Dateline {F(r, '{Month} {D}, {YYYY}')}""",
    [I(e, dp, "near Al-Nasr bridge", "Nasiriyah", "Dhi Qar", "security forces", "attributed",
       ["civilians"], ["shooting"], 25, "left 25 protesters dead", 200, "upwards of 200 wounded")])

e, r = "2023-03-12", "2023-03-13"
dp = F(e, "just before noon on {W}")
doc("C9", "C", r, f"""KUT, Iraq, {F(r, '{Month} {D}')} (IANS) -- [[a|A roadside bomb went off beside a crew from the electricity department repairing a line near Al-Aziziyah, wounding two electricity workers, {dp}.]] Police said nobody died and that the device had been hidden in a pile of rubble.
No one claimed the attack.
Dateline {F(r, '{Month} {D}, {YYYY}')}""",
    [I(e, dp, "near Al-Aziziyah", "Aziziya", "Wasit", "unknown", "unclaimed",
       ["civilians"], ["ied"], 0, "nobody died", 2, "wounding two electricity workers")])

e, r = "2022-06-14", "2022-06-15"
dp = F(e, "shortly after daybreak on {W}")
doc("C10", "C", r, f"""ERBIL, Iraq, {F(r, '{Month} {D}')} (EFE) - [[a|A Turkish drone hit a pick-up truck in the Bradost area of Sidakan {dp}, killing the driver and a passenger]], local officials said. They said both were villagers.
Turkey's defence ministry, which regularly announces strikes on the PKK, made no comment.
Published {F(r, '{D} {Month} {YYYY}')}""",
    [I(e, dp, "the Bradost area of Sidakan", "Sidakan", "Erbil", "Turkey", "attributed",
       ["civilians"], ["airstrike_operation"], 2, "killing the driver and a passenger", None, NR)])

e, r = "2024-02-03", "2024-02-04"
dp = F(e, "in the late afternoon of {W}")
doc("C11", "C", r, f"""SAMAWAH, Iraq, {F(r, '{Month} {D}')} (Anadolu) - [[a|Unidentified gunmen shot and wounded a senior official of the Muthanna health directorate as he left his office in central Samawah {dp}]], police said.
He was taken to the city's teaching hospital. The motive was unclear; the directorate has been at the centre of a procurement row.
Posted {F(r, '{D} {Month} {YYYY}')}""",
    [I(e, dp, "central Samawah", "Samawah", "Muthanna", "unknown", None,
       ["civilians"], ["shooting"], None, NR, 1, "shot and wounded a senior official")])
