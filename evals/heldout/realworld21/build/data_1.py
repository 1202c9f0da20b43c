"""realworld21 data, styles A G W T K N R (gold first, texts written around it).
I(s, date, phrase, place, canon, prov, perp, claimed, target, types, k, kt, w, wt, prec, country)"""
from lib import I, doc, W, F, add
from s21 import hijri, kurd

# ------------------------------------------------------------------ A: event-data notes (MED)
e = "2022-01-16"
rd = "2022-01-20"
doc("A1", "A", rd, """MESOPOTAMIA EVENT DATASET (MED) - coder worksheet IRQ-W03

row 1
  event_id    MED-IRQ-22-0041
  admin1      Kirkuk
  admin2      Hawija
  sub_event   Remote explosive/landmine/IED
  actor1      Islamic State (Iraq)
  actor2      Military Forces of Iraq (2014-)
  fatalities  2
  notes       Late on Sunday, [[a|an IED planted by IS militants hit an army Humvee on the road west of Hawija]], killing two soldiers; a third soldier was wounded.
row 2
  event_id    MED-IRQ-22-0042
  admin1      Kirkuk
  sub_event   Peaceful protest
  notes       On Tuesday, graduates protested outside the governorate building demanding jobs. Coded as a demonstration, not an attack.

-- worksheet closed Thursday 2022-01-20 by coder AK; weekday references count back from this date --
""", [I("a", e, "Late on Sunday", "Hawija", "Hawija", "Kirkuk", "ISIS", "attributed", "army", "ied",
        2, "killing two soldiers", 1, "a third soldier was wounded")])

doc("A2", "A", "2021-03-02", """# MED export | generated 03/02/2021 | the event_date column is MM/DD/YYYY (US template)
event_date,admin1,location,sub_event,actor1,target,fatalities,notes
01/21/2021,Diyala,Baquba,Remote explosive/landmine/IED,Islamic State (Iraq),PMF,1,"[[a|A roadside bomb planted by IS struck a PMF patrol on the outskirts of Baquba]], killing one fighter and wounding three others."
02/28/2021,Diyala,Abu Karma,Attack,Unidentified Armed Group (Iraq),Civilians,2,"[[b|Gunmen opened fire on shepherds grazing sheep in Abu Karma village in Muqdadiyah district]], killing two of them. No one else was hurt."
02/27/2021,Diyala,Baquba,Peaceful protest,Protesters (Iraq),,0,"Teachers protested over unpaid salaries. Not an attack."
""", [I("a", "2021-01-21", "01/21/2021", "Baquba", "Baquba", "Diyala", "ISIS", "attributed", "PMU", "ied",
       1, "killing one fighter", 3, "wounding three others"),
      I("b", "2021-02-28", "02/28/2021", "Abu Karma", "Muqdadiyah", "Diyala", "unknown", None, "civilians",
        "shooting", 2, "killing two of them", 0, "No one else was hurt")], ext="csv")

rd = "2024-04-18"
doc("A3", "A", rd, """{"feed": "MED rolling feed (Salahuddin)", "generated": "2024-04-18T06:00:00Z", "note": "relative days in notes count back from generated"}
{"id": "MED-IRQ-24-0310", "admin1": "Salahuddin", "admin2": "Baiji", "sub_event": "Armed clash", "actor1": "Islamic State (Iraq)", "fatalities": 1, "notes": "On Monday night, [[a|an IS sniper shot dead a PMF fighter at a post on the edge of Baiji]]. No other casualties."}
{"id": "MED-IRQ-24-0311", "admin1": "Salahuddin", "admin2": "Tuz Khurmatu", "sub_event": "Shelling/artillery/missile attack", "actor1": "Unidentified Armed Group (Iraq)", "fatalities": 0, "notes": "The day before yesterday, [[b|three Katyusha rockets landed near a PMF base outside Tuz Khurmatu]], causing no casualties."}
""", [I("a", "2024-04-15", "On Monday night", "Baiji", "Baiji", "Salahuddin", "ISIS", "attributed", "PMU", "shooting",
        1, "shot dead a PMF fighter", 0, "No other casualties"),
      I("b", "2024-04-16", "The day before yesterday", "Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", "unknown", None,
        "PMU", "mortar_rocket", 0, "causing no casualties", 0, "causing no casualties")], ext="jsonl")

doc("A4", "A", "2020-03-30", """MED | Anbar desk | printed 30.03.2020 14:05 | page 1/1
Date format in this extract: YYYY.MM.DD

2020.02.12 | Anbar | Rutba | Armed clash | Islamic State (Iraq) vs Border Guards | fat. 2
   [[a|IS militants ambushed a border guard patrol on the road south of Rutba]], killing two guards and wounding a third.
2020.03.25 | Anbar | Haditha | Remote explosive | Islamic State (Iraq) vs Military Forces of Iraq | fat. 1
   [[b|An IED hit an army vehicle on the Haditha dam road]], killing one soldier and wounding two.
2020.03.27 | Anbar | Ramadi | Strategic development | -- | fat. 0
   Army engineers cleared old explosives from farmland near Ramadi. Not an attack.
""", [I("a", "2020-02-12", "2020.02.12", "Rutba", "Rutba", "Anbar", "ISIS", "attributed", "security forces", "ambush",
        2, "killing two guards", 1, "wounding a third"),
      I("b", "2020-03-25", "2020.03.25", "Haditha", "Haditha", "Anbar", "ISIS", "attributed", "army", "ied",
        1, "killing one soldier", 2, "wounding two")])

doc("A5", "A", "2023-06-21", """MED analyst note | queue IRQ-N-117 | Logged: 2023/06/21
Source: local radio via monitor.

In the early hours of Sunday, [[a|two rockets struck a storage yard of the Qayyarah oil field]], setting a pipe stack on fire. The field's security chief said there were no casualties. No group was named.

Context for coders: [[b|the roadside bomb that hit a police patrol in Tal Afar]] on 30 April killed one policeman and wounded two; it has no entry yet and is coded from this note.
""", [I("a", "2023-06-18", "In the early hours of Sunday", "Qayyarah oil field", "Qayyarah", "Nineveh", None, None, "",
        "mortar_rocket", 0, "there were no casualties", 0, "there were no casualties"),
      I("b", "2023-04-30", "on 30 April", "Tal Afar", "Tal Afar", "Nineveh", None, None, "police", "ied",
        1, "killed one policeman", 2, "wounded two")])

doc("A6", "A", "2024-01-04", """MED weekly batch IRQ-KRI-2024-W01 - compiled 04 Jan 2024 - window 28 Dec - 3 Jan
Yearless dates below fall inside the window.

1) On 29 Dec, [[a|Turkish artillery shelled the outskirts of Sheladze]], wounding a woman collecting firewood. admin1: Duhok. actor1: Military Forces of Turkey.
2) On 2 Jan, [[b|a Turkish drone struck a car near Penjwen]], killing two men whom the local mayor described as PKK members. admin1: Sulaymaniyah.
3) On 31 Dec, a New Year concert at the Erbil citadel passed without incident (not an event).
""", [I("a", "2023-12-29", "On 29 Dec", "Sheladze", "Sheladze", "Dohuk", "Turkey", "attributed", "civilians",
        "mortar_rocket", None, None, 1, "wounding a woman collecting firewood"),
      I("b", "2024-01-02", "On 2 Jan", "Penjwen", "Penjwen", "Sulaymaniyah", "Turkey", "attributed", "PKK",
        "airstrike_operation", 2, "killing two men", None, None)])

doc("A7", "A", "2025-06-10", """MED coder worksheet IRQ-W24 (closed 10 June 2025)

row 1 | Basra | Basra | Peaceful protest | notes: On Sunday, residents of Al-Hartha blocked a road over power cuts. Coded as a demonstration.
row 2 | Anbar | Rutba | Strategic development | notes: On Monday, army engineers detonated a cache of old mortar rounds in the desert south of Rutba. Coded as a controlled detonation, not as an attack; no one was hurt.
""", noise=True)

# ------------------------------------------------------------------ G: Conflict Casualty Index cards
doc("G1", "G", "2019-01-28", """CONFLICT CASUALTY INDEX (CCI) - incident card IQ-19-0031
Date convention of this card: MM/DD/YYYY
Incident date: 01/23/2019
Location: [[a|Al-Shaab market, north-east Baghdad]]
Method: Explosives > IED (bomb hidden in a vegetable cart)
Target class: Civilians (market shoppers)
Perpetrator group: none named
Deaths 1 · Injuries 5
Summary: A bomb hidden in a cart went off among stalls at midday. Police sealed the market.
Card saved 01/28/2019 by desk B.
""", [I("a", "2019-01-23", "01/23/2019", "Al-Shaab market", "Baghdad", "Baghdad", None, None, "civilians", "ied",
        1, "Deaths 1", 5, "Injuries 5")])

doc("G2", "G", "2024-05-08", """CONFLICT CASUALTY INDEX (CCI) - incident card SY-24-0412
Date convention of this card: DD.MM.YYYY
Incident date: 05.05.2024
Location: [[a|desert road east of Al-Mayadin, Deir ez-Zor, Syria]]
Method: Armed assault > small arms
Target class: Military (Syrian army bus)
Perpetrator group: Islamic State (attributed by Syrian state media)
Deaths 4 · Injuries 2
Card saved 08.05.2024 by desk D. Outside the Iraq file; kept for the regional annex.
""", [I("a", "2024-05-05", "05.05.2024", "Al-Mayadin", None, None, "ISIS", "attributed", "army", "shooting",
        4, "Deaths 4", 2, "Injuries 2", country="Syria")], country="Syria")

doc("G3", "G", "2023-08-14", """CONFLICT CASUALTY INDEX (CCI) - incident card IQ-23-0577
Date convention of this card: written out by the field coder
Incident date: 9th Aug. '23, around 06:00
Location: [[a|pastures east of Hammam al-Alil, Nineveh]]
Method: Armed assault > small arms
Target class: Civilians (shepherds)
Perpetrator group: Islamic State (attributed by the local mukhtar)
Deaths 2 · Injuries 0
Summary: Two shepherds were shot and part of the flock was driven off.
Card saved 2023-08-14.
""", [I("a", "2023-08-09", "9th Aug. '23", "Hammam al-Alil", "Hammam al-Alil", "Nineveh", "ISIS", "attributed",
        "civilians", "shooting", 2, "Deaths 2", 0, "Injuries 0")])

doc("G4", "G", "2020-09-21", """CONFLICT CASUALTY INDEX (CCI) - incident card IQ-20-0904
Date convention of this card: DD/MM/YY
Incident date: 16/09/20
Location: [[a|money exchange shop, Al-Jubail quarter, Fallujah]]
Method: Armed assault > pistol
Target class: Civilians (a money changer)
Perpetrator group: unknown gunmen on a motorcycle
Deaths 1 · Injuries 0
Card saved 21/09/2020 by desk A.
""", [I("a", "2020-09-16", "16/09/20", "Fallujah", "Fallujah", "Anbar", "unknown", None, "civilians", "shooting",
        1, "Deaths 1", 0, "Injuries 0")])

doc("G5", "G", "2019-12-08", """CONFLICT CASUALTY INDEX (CCI) - incident card IQ-19-1187
Date convention of this card: weekday and day as told by the source; card date below
Incident date: Thursday, the 5th, in the evening
Location: [[a|a street off the Al-Sadrain square in Najaf]]
Method: Armed assault > pistol with silencer
Target class: Civilians (a protest activist)
Perpetrator group: unknown gunmen
Deaths 1 · Injuries 0
Card saved Sunday 8 December 2019.
""", [I("a", "2019-12-05", "Thursday, the 5th", "Najaf", "Najaf", "Najaf", "unknown", None, "civilians", "shooting",
        1, "Deaths 1", 0, "Injuries 0")])

doc("G6", "G", "2019-08-15", """CONFLICT CASUALTY INDEX (CCI) - incident card IQ-19-0760
Date convention of this card: MM/DD/YY (contractor template)
Incident date: 08/11/19
Location: [[a|outside a lawyer's office in central Kut]]
Method: Armed assault > small arms
Target class: Civilians (a lawyer)
Perpetrator group: unknown gunmen
Deaths 0 · Injuries 1
Summary: The lawyer was hit in the leg and survived.
Card saved 15 August 2019.
""", [I("a", "2019-08-11", "08/11/19", "Kut", "Kut", "Wasit", "unknown", None, "civilians", "shooting",
        0, "Deaths 0", 1, "Injuries 1")])

e = "2023-02-20"
doc("G7", "G", "2023-02-23", """CONFLICT CASUALTY INDEX (CCI) - incident card IQ-23-0140
Date convention of this card: Gregorian, Hijri beside it
Incident date: 20 February 2023 / %s
Location: [[a|a party office in Afak, Qadisiyah]]
Method: Explosives > hand grenade
Target class: Property (party office, closed at night)
Perpetrator group: two unidentified men
Deaths 0 · Injuries 0
Card saved 23 Feb 2023.
""" % hijri(e), [I("a", e, "20 February 2023", "Afak", "Afak", "Qadisiyah", "unknown", None, "", "other",
                   0, "Deaths 0", 0, "Injuries 0")])

# ------------------------------------------------------------------ W: wire copy (new agencies)
e = "2019-04-10"
doc("W1", "W", "2019-04-12", """Baghdad, April 12 (Petra) -- Two Iraqi soldiers were killed and another was wounded when Islamic State militants ambushed an army patrol north of Baghdad on %s night, a security source told Petra.

[[a|The militants attacked the patrol with machine guns in farmland near Tarmiyah]], the source said, killing two soldiers and wounding one. Reinforcements searched the orchards until dawn.

Iraq declared victory over IS in 2017, but cells remain active in rural areas around the capital.

Petra 12-04-2019 11:20 GMT
""" % W(e), [I("a", e, "on Wednesday night", "Tarmiyah", "Tarmiyah", "Baghdad", "ISIS", "attributed", "army",
               "ambush", 2, "killing two soldiers", 1, "wounding one")])

e = "2021-05-26"
doc("W2", "W", "2021-05-28", """Baghdad (ANTARA) - A roadside bomb hit a convoy of trucks carrying supplies for the US-led coalition in southern Iraq on Wednesday evening, damaging one truck, Iraqi police said.

[[a|The bomb exploded as the convoy passed the highway near Qurna]], north of Basra. There were no casualties, a police officer said. No group claimed the attack.

Published: 28 May 2021 21:04 WIB
Editor: Rahmad N.
""", [I("a", e, "on Wednesday evening", "Qurna", "Qurna", "Basra", "unknown", "unclaimed", "US forces", "ied",
        0, "There were no casualties", 0, "There were no casualties")])

e = "2025-05-22"
doc("W3", "W", "2025-05-24", """MTI-Eco 2025-05-24 09:41

Erbil (MTI) - [[a|A drone loaded with explosives was shot down over Erbil airport]] in the early hours of Thursday, the Kurdistan Region's counter-terrorism service said in a statement carried by MTI.

The airport hosts a base used by the US-led coalition. No one was hurt, and flights resumed after two hours. The statement did not say who launched the drone.

Hungarian soldiers serving with the coalition in Iraq are all safe, the defence ministry in Budapest added.
""", [I("a", e, "in the early hours of Thursday", "Erbil airport", "Erbil", "Erbil", None, None, "US forces", "other",
        0, "No one was hurt", 0, "No one was hurt")])

e = "2023-07-14"
doc("W4", "W", "2023-07-16", """Prague/Baghdad, July 16 (CTK) - A Turkish air strike hit a hillside near the village of Kani Masi in northern Iraq on Friday, local officials told CTK.

[[a|Turkish jets bombed positions on a hillside near Kani Masi]] close to the border, the mayor said. There were no casualties, he said. Turkey has carried out repeated strikes against the Kurdistan Workers' Party (PKK) in the area.

ctk jun 16.07.2023
""", [I("a", e, "on Friday", "Kani Masi", "Kani Masi", "Dohuk", "Turkey", "attributed", "", "airstrike_operation",
        0, "There were no casualties", 0, "There were no casualties")])

e = "2022-10-21"
doc("W5", "W", "2022-10-23", """Bucharest/Tehran, 23 October 2022 (AGERPRES) - Unidentified gunmen killed two Iranian police officers in south-eastern Iran late on %s, Iranian media reported, according to AGERPRES.

[[a|The gunmen fired on a police patrol near Khash]] in Sistan-Baluchestan province, killing two officers. No group claimed the attack.
""" % W(e), [I("a", e, "late on Friday", "Khash", None, None, "unknown", "unclaimed", "police", "shooting",
               2, "killing two officers", None, None, country="Iran")], country="Iran")

doc("W6", "W", "2023-11-14", """BAGHDAD 14/11 (BELGA) = A bomb placed under a car exploded in the Al-Dora district of southern Baghdad the day before yesterday, wounding two passers-by, Iraqi police said.

[[a|The device went off under a parked car in Al-Dora]] shortly after sunset. No one was killed, police said. The owner of the car, a retired officer, was not in it.

BELGA 14/11/2023 10:02
""", [I("a", "2023-11-12", "the day before yesterday", "Al-Dora", "Baghdad", "Baghdad", None, None, "civilians", "ied",
        0, "No one was killed", 2, "wounding two passers-by")])

e = "2022-08-18"
doc("W7", "W", "2022-08-19", """ZAGREB/BAGHDAD, Aug 19 (Hina) - Three people were wounded on Thursday afternoon when a drone struck a car in Iraq's Kurdistan Region, local officials said.

[[a|A Turkish drone hit a car on the main road in Qaladze]], wounding three civilians, the district mayor told reporters. Turkey did not comment. No one was killed.

(Hina) 19/08/2022 hm
""", [I("a", e, "on Thursday afternoon", "Qaladze", "Qaladze", "Sulaymaniyah", "Turkey", "attributed", "civilians",
        "airstrike_operation", 0, "No one was killed", 3, "wounding three civilians")])

# ------------------------------------------------------------------ T: translated Arabic press
doc("T1", "T", "2024-03-11", """Al-Forat News (translated) - Monday %s - 11 March 2024

A fire broke out this morning in a hotel near the shrine area in Karbala, the civil defence said. Firefighters evacuated about 60 pilgrims. The directorate said an electrical fault caused the blaze and ruled out any criminal or terrorist act. Two guests were treated for smoke inhalation.
""" % hijri("2024-03-11"), noise=True)

e = "2020-05-23"
doc("T2", "T", "2020-05-24", """Al-Sabah al-Jadeed (translated)
Sunday %s - 24 May 2020

Babylon - An explosive device exploded late on Saturday, the eve of Eid al-Fitr, in front of a shop selling alcoholic drinks in Hillah, a police source said.

The source said that [[a|the device, placed at the door of the shop in Hillah]], caused material damage only, without human losses. Police cordoned off the area and opened an investigation.
""" % hijri("2020-05-24"), [I("a", e, "late on Saturday, the eve of Eid al-Fitr", "Hillah", "Hillah", "Babil", None, None,
                             "", "ied", 0, "without human losses", 0, "without human losses")])

e = "2021-04-21"
doc("T3", "T", e, """Al-Rabiaa TV (translated) - Wednesday %s corresponding to 21/04/2021

Maysan - An explosive device targeted at dawn today the house of a police officer in Amarah, a security source said.

[[a|The device was thrown at the house of a police officer in the Al-Hussein neighbourhood of Amarah]], which led to the injury of his wife, the source added, without the fall of any martyrs.
""" % hijri(e), [I("a", e, "at dawn today", "Amarah", "Amarah", "Maysan", None, None, "police", "ied",
                   0, "without the fall of any martyrs", 1, "which led to the injury of his wife")])

e = "2022-05-17"
doc("T4", "T", "2022-05-18", """Al-Ghad Press (translated) | %s | 18 May 2022

Dhi Qar - A judge in Dhi Qar escaped an assassination attempt yesterday evening, Tuesday, a judicial source said.

[[a|An explosive charge planted under the judge's car exploded near his house in Al-Shatra]], damaging the vehicle. The judge was not inside, and no one was harmed, the source said.
""" % hijri("2022-05-18"), [I("a", e, "yesterday evening, Tuesday", "Al-Shatra", "Shatra", "Dhi Qar", None, None, "civilians",
                             "ied", 0, "no one was harmed", 0, "no one was harmed")])

e = "2019-06-29"
doc("T5", "T", "2019-07-01", """Baghdad Today (translated)
Monday, 1 July 2019 - %s

A security source said the day before yesterday, Saturday, that [[a|unknown gunmen opened fire on a farmer in his orchard in Abu Ghraib]], west of the capital.

The source added that the attack led to the death of the farmer, Hamid S., 52, and that the gunmen fled towards the desert.
""" % hijri("2019-07-01"), [I("a", e, "the day before yesterday, Saturday", "Abu Ghraib", "Abu Ghraib", "Baghdad", "unknown",
                             None, "civilians", "shooting", 1, "led to the death of the farmer", None, None)])

e = "2023-06-27"
doc("T6", "T", "2023-06-29", """Al-Masalah (translated) - Thursday %s / 29-06-2023

Karbala - Two fighters of the Popular Mobilization were martyred and a third was injured when Daesh remnants attacked their position in the desert of Ain al-Tamr on Tuesday night, the eve of Eid al-Adha, a PMF statement said.

[[a|Daesh remnants ambushed a Popular Mobilization position in the desert of Ain al-Tamr]], the statement said, adding that the attackers fled towards the Anbar border.
""" % hijri("2023-06-29"), [I("a", e, "on Tuesday night, the eve of Eid al-Adha", "Ain al-Tamr", "Ain al-Tamr", "Karbala",
                             "ISIS", "attributed", "PMU", "ambush", 2, "Two fighters of the Popular Mobilization were martyred",
                             1, "a third was injured")])

e = "2022-09-19"
doc("T7", "T", "2022-09-21", """Al-Aalem al-Jadeed (translated) - %s, 21/9/2022

Kirkuk - Daesh elements kidnapped four shepherds at noon on Monday in the Al-Multaqa area, west of Kirkuk, a local official said.

[[a|Daesh elements kidnapped four shepherds grazing their sheep in Al-Multaqa]] and took them towards the Wadi al-Shay valley, the official said. Their fate remains unknown.
""" % hijri("2022-09-21"), [I("a", e, "at noon on Monday", "Al-Multaqa", "Multaqa", "Kirkuk", "ISIS", "attributed",
                             "civilians", "kidnapping", None, None, None, None)])

# ------------------------------------------------------------------ K: Kurdish-region outlets
e = "2025-03-29"
doc("K1", "K", "2025-03-31", """Kurdsat News | %s (31/03/2025)

SORAN - A Turkish drone struck a vehicle near Sidakan on Saturday evening, killing two people, the Sidakan mayor told Kurdsat News.

[[a|The drone hit a pick-up truck on the road between Sidakan and the border]]. The mayor described the two dead as PKK fighters. Turkey has not commented.
""" % kurd("2025-03-31"), [I("a", e, "on Saturday evening", "Sidakan", "Soran", "Erbil", "Turkey", "attributed", "PKK",
                            "airstrike_operation", 2, "killing two people", None, None)])

e = "2023-02-07"
doc("K2", "K", "2023-02-09", """NRT English - %s / 09.02.2023

AMEDI, Kurdistan Region - Two people were killed when a Turkish drone struck a car near Amedi shortly after 11 p.m. on the night of Tuesday to Wednesday, a local official said.

[[a|The drone targeted a car on the road between Amedi and the village of Sargele]], killing the two men inside, whom the official described as PKK members.
""" % kurd("2023-02-09"), [I("a", e, "shortly after 11 p.m. on the night of Tuesday to Wednesday", "Amedi", "Amedi", "Dohuk",
                            "Turkey", "attributed", "PKK", "airstrike_operation", 2, "killing the two men inside",
                            None, None)])

e = "2023-05-30"
doc("K3", "K", "2023-06-01", """Basnews | %s (1 June 2023)

ZAKHO - Two women were injured late on Tuesday when a Turkish drone struck a house in the village of Sharanish, north of Zakho, the village head said.

[[a|The drone hit the courtyard of a house in Sharanish]], injuring two women. Nobody was killed. Residents said Turkish drones fly over the area almost every night.
""" % kurd("2023-06-01"), [I("a", e, "late on Tuesday", "Sharanish", "Zakho", "Dohuk", "Turkey", "attributed", "civilians",
                            "airstrike_operation", 0, "Nobody was killed", 2, "injuring two women")])

e = "2022-06-12"
doc("K4", "K", "2022-06-14", """Speda TV | %s (14/06/2022)

HAKKARI - Two Turkish soldiers were killed on Sunday when PKK fighters attacked a military outpost in Semdinli district of Turkey's Hakkari province, Turkish media reported.

[[a|PKK fighters attacked a Turkish outpost in Semdinli]] with rifles and rocket-propelled grenades, killing two soldiers. The Turkish defence ministry said an operation was launched in the area.
""" % kurd("2022-06-14"), [I("a", e, "on Sunday", "Semdinli", None, None, "PKK", "attributed", "Turkey", "shooting",
                            2, "killing two soldiers", None, None, country="Turkey")], country="Turkey")

e = "2022-06-06"
doc("K5", "K", "2022-06-08", """Awene | 8 June 2022 | %s

CHAMCHAMAL - Gunmen shot dead a local official of a Kurdish party in Chamchamal on Monday, police said.

[[a|Two gunmen on a motorcycle fired on the official outside his home in Chamchamal]], killing him. His driver was unhurt. Asayish forces said they had set up checkpoints on the roads out of the town.
""" % kurd("2022-06-08"), [I("a", e, "on Monday", "Chamchamal", "Chamchamal", "Sulaymaniyah", "unknown", None, "civilians",
                            "shooting", 1, "killing him", 0, "His driver was unhurt")])

e = "2025-10-04"
doc("K6", "K", "2025-10-06", """Lvin Press - %s (06.10.2025)

CHOMAN - Turkish artillery shelled the outskirts of a village near Choman at around 4 a.m. on Saturday, wounding a farmer, the district mayor said.

[[a|Shells landed on orchards outside a village near Choman]], wounding a farmer who was irrigating his trees. No one was killed.
""" % kurd("2025-10-06"), [I("a", e, "at around 4 a.m. on Saturday", "Choman", "Choman", "Erbil", "Turkey", "attributed",
                            "civilians", "mortar_rocket", 0, "No one was killed", 1, "wounding a farmer")])

e = "2023-08-26"
doc("K7", "K", "2023-08-28", """Waar Media | %s (28 August 2023)

DERALUK - A Turkish drone struck a car near Deraluk late on 26 August, shortly before midnight, killing one man and wounding another, local sources said.

[[a|The drone hit a car parked near a bridge in Deraluk]], the sources said. The dead man was a shop owner from the town, his relatives said.
""" % kurd("2023-08-28"), [I("a", e, "late on 26 August", "Deraluk", "Deraluk", "Dohuk", "Turkey", "attributed", "civilians",
                            "airstrike_operation", 1, "killing one man", 1, "wounding another")])

# ------------------------------------------------------------------ N: no casualty figures
e = "2021-06-25"
doc("N1", "N", "2021-06-27", """From: Baladruz desk
Sent: Sunday, June 27, 2021 8:14 AM
Subject: FW: trader taken near Baladruz

Forwarding the note from our stringer. On Friday evening, [[a|armed men abducted a grain trader on the road between Baladruz and his farm]], his family said. The kidnappers have not made contact. Police did not say whether the trader's companion was also taken.
""", [I("a", e, "On Friday evening", "Baladruz", "Baladruz", "Diyala", "unknown", None, "civilians", "kidnapping",
        None, None, None, None)])

e = "2022-12-24"
doc("N2", "N", "2022-12-26", """Kirkuk oil sector bulletin - last updated 26/12/2022 07:40

In the early hours of Saturday, [[a|an explosive device went off beside an oil police post guarding a pipeline in Dibis]], the oil police said. The statement gave no information about casualties. Pumping was stopped for six hours.
""", [I("a", e, "In the early hours of Saturday", "Dibis", "Dibis", "Kirkuk", None, None, "police", "ied",
        None, None, None, None)])

e = "2024-07-11"
doc("N3", "N", "2024-07-13", """Late on Thursday, [[a|IS militants seized a group of shepherds and their flocks in the hills east of Al-Shirqat]], a tribal elder said. He did not say how many men were taken. Security forces were searching the area, and the army sent a drone over the hills before dark.

See also: Harvest season tensions in Salahuddin.
""", [I("a", e, "Late on Thursday", "Al-Shirqat", "Sharqat", "Salahuddin", "ISIS", "attributed", "civilians", "kidnapping",
        None, None, None, None)], ext="html", title="Shepherds missing near Al-Shirqat", outlet="Tikrit Observer")

e = "2022-12-02"
doc("N4", "N", "2022-12-04", """Printed on 04/12/2022 - Wasit local news

[[a|A bomb went off on Friday night outside a liquor store in Al-Suwaira]], police said. Police gave no figure for casualties and said the store was closed at the time. It was the second attack on a liquor store in the district this year, shop owners said.
""", [I("a", e, "on Friday night", "Al-Suwaira", "Suwaira", "Wasit", None, None, "", "ied", None, None, None, None)])

doc("N5", "N", "2024-02-06", """Diwaniyah local news - 6 February 2024

A gas cylinder exploded in a restaurant kitchen in central Diwaniyah on Sunday, civil defence said. The blast was caused by a leak and was not an attack. The kitchen was destroyed and two neighbouring shops were damaged.
""", noise=True)

e = "2025-09-15"
doc("N6", "N", "2025-09-17", """Muthanna border sector note
Filed: 2025-09-17

The day before yesterday, [[a|a roadside bomb struck a border guards vehicle on the desert track south of Al-Salman]], a border official said. He did not say whether anyone was hurt. No group was named.
""", [I("a", e, "The day before yesterday", "Al-Salman", "Salman", "Muthanna", None, None, "security forces", "ied",
        None, None, None, None)])

e = "2025-03-03"
doc("N7", "N", "2025-03-05", """At dawn on Monday, [[a|a roadside bomb hit a PMF convoy on the road north of Hit]], a PMF source said. The source gave no details of casualties and blamed Daesh remnants. Security forces closed the road between Hit and Haditha for several hours.""",
    [I("a", e, "At dawn on Monday", "Hit", "Hit", "Anbar", "ISIS", "attributed", "PMU", "ied", None, None, None, None)],
    ext="json", title="Bomb hits PMF convoy north of Hit", outlet="Anbar Now")

# ------------------------------------------------------------------ R: round-ups
doc("R1", "R", "2022-07-03", """KIRKUK SECURITY FORTNIGHTLY - issue 12 (covering 15 June - 2 July 2022, published 3 July 2022)

15 June - Al-Riyadh: [[a|IS militants ambushed a PMF patrol near Al-Riyadh]], killing three fighters and wounding two.
Between 20 and 23 June - Daquq: [[b|gunmen set fire to wheat fields and fired on farmers near Daquq]]; one farmer was wounded (the exact day was not given).
28 June - Kirkuk city: the governorate reopened the Qishla bridge after repairs.
1 July - Hawija: [[c|mortar rounds fell near an army post in Hawija]]; two soldiers were lightly wounded.

Trend: attacks on harvests rise every June.
""", [I("a", "2022-06-15", "15 June", "Al-Riyadh", "Riyadh", "Kirkuk", "ISIS", "attributed", "PMU", "ambush",
        3, "killing three fighters", 2, "wounding two"),
      I("b", "2022-06", "Between 20 and 23 June", "Daquq", "Daquq", "Kirkuk", "unknown", None, "civilians", "shooting+other",
        None, None, 1, "one farmer was wounded", prec="month"),
      I("c", "2022-07-01", "1 July", "Hawija", "Hawija", "Kirkuk", None, None, "army", "mortar_rocket",
        None, None, 2, "two soldiers were lightly wounded")])

doc("R2", "R", "2021-09-01", """# Diyala security calendar - August 2021

*Compiled 1 September 2021 by the Baquba desk.*

- **3rd** - Jalawla: [[a|mortar rounds hit a village outside Jalawla]], wounding three villagers.
- **17th** - Mandali: [[b|a roadside bomb struck a police patrol near Mandali]]; two policemen were wounded.
- **21st** - Baquba: schools prepared for exams under tight security.
- **29th** - Kanaan: [[c|an IS sniper shot dead a soldier at an observation post in Kanaan]].

Three attacks in a month, against five in July.
""", [I("a", "2021-08-03", "3rd", "Jalawla", "Jalawla", "Diyala", None, None, "civilians", "mortar_rocket",
        None, None, 3, "wounding three villagers"),
      I("b", "2021-08-17", "17th", "Mandali", "Mandali", "Diyala", None, None, "police", "ied",
        None, None, 2, "two policemen were wounded"),
      I("c", "2021-08-29", "29th", "Kanaan", "Kanaan", "Diyala", "ISIS", "attributed", "army", "shooting",
        1, "shot dead a soldier", None, None)], ext="md")

doc("R3", "R", "2024-10-01", """SALAHUDDIN QUARTERLY REVIEW - third quarter 2024 (issued 1 October 2024)

July 2 - Baiji: the refinery road reopened to civilian traffic.
July 30 - [[a|an IED hit a farmer's pick-up in Al-Awja, south of Tikrit]], killing the farmer and wounding his son.
Aug. 14 - Samarra: the pilgrimage season passed without security incidents.
Sept. 3rd - [[b|IS militants ambushed an army patrol near Dujail]], killing three soldiers and wounding two.
Sept. 25th - [[c|mortar rounds struck a PMF post at Al-Ishaqi, south of Balad]]; two fighters were wounded.
""", [I("a", "2024-07-30", "July 30", "Al-Awja", "Tikrit", "Salahuddin", None, None, "civilians", "ied",
        1, "killing the farmer", 1, "wounding his son"),
      I("b", "2024-09-03", "Sept. 3rd", "Dujail", "Dujail", "Salahuddin", "ISIS", "attributed", "army", "ambush",
        3, "killing three soldiers", 2, "wounding two"),
      I("c", "2024-09-25", "Sept. 25th", "Al-Ishaqi", "Balad", "Salahuddin", None, None, "PMU", "mortar_rocket",
        None, None, 2, "two fighters were wounded")])

doc("R4", "R", "2023-12-11", """Nineveh week in review | week 49 (4-10 December 2023) | sent 11 Dec 2023

Mon - Mosul: the university reopened its library after renovation.
Wed - Khanasor: [[a|a Turkish drone struck a car in Khanasor, north of Sinjar]], killing one man and wounding another; local officials said both were YBS members.
Fri - Badush: [[b|an IED damaged an army vehicle near Badush]]; three soldiers were wounded.
Sat - Mosul: [[c|a hand grenade was thrown into a mobile-phone shop in the Al-Zanjili area of Mosul]], wounding the owner.
""", [I("a", "2023-12-06", "Wed", "Khanasor", "Sinjar", "Nineveh", "Turkey", "attributed", "PKK", "airstrike_operation",
        1, "killing one man", 1, "wounding another"),
      I("b", "2023-12-08", "Fri", "Badush", "Badush", "Nineveh", None, None, "army", "ied",
        None, None, 3, "three soldiers were wounded"),
      I("c", "2023-12-09", "Sat", "Al-Zanjili", "Mosul", "Nineveh", None, None, "civilians", "other",
        None, None, 1, "wounding the owner")])

doc("R5", "R", "2020-08-10", """Anbar weekly incident review (3-9 August 2020), circulated 10/08/2020

No attacks were recorded in the province this week. Army units searched the Wadi Horan valley and found two empty hideouts. Road works continued on the Ramadi-Fallujah highway. Temperatures passed 50 degrees on Thursday.
""", noise=True)

doc("R6", "R", "2019-11-30", """BAGHDAD DIGEST - November 2019 (compiled 30 November 2019)

- The eighth of November: [[a|a sound bomb was thrown at protesters' tents in Al-Khilani Square]], wounding four protesters.
- The twelfth: [[b|Katyusha rockets landed near Camp Taji]], which hosts coalition trainers; no casualties were reported.
- The twentieth: [[c|gunmen shot dead a protest activist outside his home in Al-Shaab]].
- Sit-ins continued in Tahrir Square throughout the month.
""", [I("a", "2019-11-08", "The eighth of November", "Al-Khilani Square", "Baghdad", "Baghdad", None, None, "civilians", "ied",
        None, None, 4, "wounding four protesters"),
      I("b", "2019-11-12", "The twelfth", "Camp Taji", "Taji", "Baghdad", None, None, "US forces", "mortar_rocket",
        0, "no casualties were reported", 0, "no casualties were reported"),
      I("c", "2019-11-20", "The twentieth", "Al-Shaab", "Baghdad", "Baghdad", "unknown", None, "civilians", "shooting",
        1, "shot dead a protest activist", None, None)])

doc("R7", "R", "2025-08-18", """Erbil governorate - monthly security round-up, July 2025 (released 18 August 2025)

6 July - Makhmour: [[a|IS militants fired on a Peshmerga post at Qarachogh near Makhmour]], killing one Peshmerga and wounding two.
13 July - Harir: [[b|two rockets landed near the Harir base, which hosts coalition forces]]; no one was hurt.
In mid-July - Soran: [[c|a Turkish drone hit a car near Sidakan]], killing a man described as a PKK member (the exact day was not given).
27 July - Erbil city: a heat wave closed schools for two days.
""", [I("a", "2025-07-06", "6 July", "Qarachogh", "Makhmour", "Erbil", "ISIS", "attributed", "Peshmerga", "shooting",
        1, "killing one Peshmerga", 2, "wounding two"),
      I("b", "2025-07-13", "13 July", "Harir", "Harir", "Erbil", None, None, "US forces", "mortar_rocket",
        0, "no one was hurt", 0, "no one was hurt"),
      I("c", "2025-07", "In mid-July", "Sidakan", "Soran", "Erbil", "Turkey", "attributed", "PKK", "airstrike_operation",
        1, "killing a man described as a PKK member", None, None, prec="month")])
