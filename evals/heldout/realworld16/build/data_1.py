"""realworld16 data, part 1: styles A (event-data notes), G (terrorism-database
summaries), W (international wire copy). Gold first (I(...)), text around it."""
from lib import I, doc

# ======================================================================= A
# Event-data notes in the ACLED manner: row fields, "notes" sentences,
# yearless dates ("On Aug 4,") whose year is the export's.

doc("A1", "A", "2021-06-22", """ACLED export (Iraq) - rows pasted from the export tool, downloaded 22 June 2021

event_id_cnty: IRQ20934 | event_date: 12 June 2021 | disorder_type: Political violence | event_type: Battles | sub_event_type: Armed clash
actor1: Islamic State (Iraq) | actor2: Military Forces of Iraq (2020-)
admin1: Salah al-Din | admin2: Baiji | location: Al-Mazraa (Baiji) | geo_precision: 2 | fatalities: 2
notes: On 12 June 2021, [[a|IS militants attacked an Iraqi army post in Al-Mazraa village, west of Baiji, with small arms]], killing two soldiers and wounding another. The army said the attackers withdrew towards the Makhoul hills. [location is the Al-Mazraa of Baiji district, not the Al-Mazraa near Dibis in Kirkuk]""", [
    I("a", "2021-06-12", "On 12 June 2021", "Al-Mazraa", "Baiji", "Salahuddin", "ISIS", "attributed",
      "army", "shooting", 2, "killing two soldiers", 1, "wounding another"),
])

doc("A2", "A", "2022-03-22", """event_id_cnty,event_date,year,event_type,sub_event_type,actor1,admin1,admin2,admin3,location,notes,fatalities,timestamp
IRQ24417,09 March 2022,2022,Violence against civilians,Attack,Islamic State (Iraq),Diyala,Al-Muqdadiya,Abu Saida,Al-Bu Karma,"On 9 March 2022, [[a|suspected IS militants shot dead two farmers working an orchard in Al-Bu Karma village, Abu Saida subdistrict]]. The farmers were brothers. [IS involvement suspected by local police; not claimed]",2,2022-03-22T06:41:10
IRQ24431,11 March 2022,2022,Explosions/Remote violence,Grenade,Unidentified Armed Group (Iraq),Diyala,Khanaqin,Khanaqin,Khanaqin,"On 11 March 2022, [[b|an unidentified armed group threw a hand grenade at a liquor shop in Khanaqin town]], damaging its front. There were no injuries. [coded as a property attack]",0,2022-03-22T06:41:10
IRQ24440,12 March 2022,2022,Protests,Peaceful protest,Protesters (Iraq),Diyala,Baquba,Baquba,Baquba,"On 12 March 2022, contract teachers protested outside the education directorate in Baquba, demanding permanent posts. No violence.",0,2022-03-22T06:41:10
""", [
    I("a", "2022-03-09", "On 9 March 2022", "Al-Bu Karma", "Abu Saida", "Diyala", "ISIS", "suspected",
      "civilians", "shooting", 2, "shot dead two farmers", None, None),
    I("b", "2022-03-11", "On 11 March 2022", "Khanaqin", "Khanaqin", "Diyala", "unknown", None,
      "", "other", 0, "There were no injuries", 0, "There were no injuries"),
], ext="csv")

doc("A3", "A", "2019-08-13", """Source: ACLED (Iraq), data for the week 3-9 August 2019, retrieved 13 August 2019
Admin1: Kirkuk

- On Aug 4, [[a|an IED planted by IS militants struck a Federal Police vehicle near Al-Riyadh, south-west of Kirkuk]], killing 2 FP members and wounding 1. Fatalities coded: 2.
- On Aug 6, Federal Police and army units carried out a search operation in Wadi Zghaitun; no clashes were reported. [strategic development, not coded as violence]
- On Aug 8, a sit-in by graduates outside the Kirkuk governorate building continued for a third day. [peaceful protest]""", [
    I("a", "2019-08-04", "On Aug 4", "Al-Riyadh", "Riyadh", "Kirkuk", "ISIS", "attributed",
      "police", "ied", 2, "killing 2 FP members", 1, "wounding 1"),
])

doc("A4", "A", "2020-11-17", """ACLED | Iraq | Al Anbar | Ar-Rutba district | Nukhayb
Event date: 05-November-2020 | Type: Violence against civilians / Attack | Actor 1: Islamic State (Iraq) | Fatalities: 2 | Sources: Shafaq News; Iraqi News Agency (INA)

Notes: On 5 November 2020, [[a|IS militants opened fire on two shepherds grazing their flock in the desert south of Nukhayb]], killing both, and drove off part of the flock. Police found the bodies the next morning.

(Record downloaded 17 November 2020 for the western Anbar monthly brief.)""", [
    I("a", "2020-11-05", "On 5 November 2020", "Nukhayb", "Nukhaib", "Anbar", "ISIS", "attributed",
      "civilians", "shooting", 2, "killing both", None, None),
])

doc("A5", "A", "2023-02-21", """Iraq - Ninewa - ACLED rows from the curated data file, pulled 21 Feb 2023

[IRQ30118] 08/02/2023 - Sinjar (Ninewa)
On 8 February 2023, [[a|a Turkish drone struck a vehicle carrying members of the YBS (Sinjar Resistance Units) inside Sinjar town]], killing two YBS members. The drone strike was attributed to Turkish forces by local officials. Fatalities: 2.

[IRQ30126] 11/02/2023 - Mosul (Ninewa)
On 11 February 2023, dozens of day labourers demonstrated peacefully near the Mosul governorate building over unpaid wages. Fatalities: 0.""", [
    I("a", "2023-02-08", "On 8 February 2023", "Sinjar", "Sinjar", "Nineveh", "Turkey", "attributed",
      "PKK", "airstrike_operation", 2, "killing two YBS members", None, None),
])

doc("A6", "A", "2024-07-16", """Data pull: ACLED-style event rows, Iraq / Duhok governorate, 16 July 2024 (two rows)

1) 09 July 2024 | Explosions/Remote violence - Air/drone strike | Military Forces of Turkey | Amedi district, Sheladze | fatalities 1
Notes: On 9 July 2024, [[a|a Turkish drone strike hit a car on the outskirts of Sheladze]], killing one man. Local sources described him as a civilian from the area; Turkish authorities made no comment.

2) 10 July 2024 | Explosions/Remote violence - Shelling/artillery/missile attack | Military Forces of Turkey | Zakho district, Kani Masi | fatalities 0
Notes: On 10 July 2024, [[b|Turkish artillery shelled the hills around Kani Masi]], burning orchards. No fatalities reported.""", [
    I("a", "2024-07-09", "On 9 July 2024", "Sheladze", "Sheladze", "Dohuk", "Turkey", "attributed",
      "civilians", "airstrike_operation", 1, "killing one man", None, None),
    I("b", "2024-07-10", "On 10 July 2024", "Kani Masi", "Kani Masi", "Dohuk", "Turkey", "attributed",
      "", "mortar_rocket", 0, "No fatalities reported", None, None),
])

doc("A7", "A", "2020-05-19", """ACLED weekly update extract - Iraq (Basrah) - 19 May 2020

* On May 12, [[a|unidentified gunmen shot and injured a protest activist in Basra city's Al-Jumhuriya neighbourhood]] as he left a cafe. Fatalities: 0. [The Al-Jumhuriya here is the Basra neighbourhood.]
* On May 14, [[b|an unidentified group threw a hand grenade at a liquor shop in Al-Ashar, Basra city]], damaging the shop front. No casualties.
* On May 15, residents of Abu al-Khasib blocked a road over power cuts; the protest ended peacefully.""", [
    I("a", "2020-05-12", "On May 12", "Al-Jumhuriya", "Basra", "Basra", "unknown", None,
      "civilians", "shooting", 0, "Fatalities: 0", 1, "shot and injured a protest activist"),
    I("b", "2020-05-14", "On May 14", "Al-Ashar", "Basra", "Basra", "unknown", None,
      "", "other", 0, "No casualties", 0, "No casualties"),
])

doc("A8", "A", "2023-06-20", """event_date,admin1,admin2,location,event_type,actor1,notes,fatalities,timestamp
2023-06-14,Baghdad,Al Resafa,Karrada,Explosions/Remote violence,Unidentified Armed Group (Iraq),"On Jun 14, [[a|an IED placed at the door of a liquor store in Karrada exploded before dawn]], damaging the store and two cars. No fatalities and no injuries were reported.",0,2023-06-20
2023-06-17,Baghdad,Al Resafa,Baladiyat,Violence against civilians,Unidentified Armed Group (Iraq),"On Jun 17, [[b|gunmen in a car shot dead a money changer outside his shop in Al-Baladiyat]] and fled with cash. Fatalities: 1.",1,2023-06-20
2023-06-18,Baghdad,Al Karkh,Mansour,Protests,Protesters (Iraq),"On Jun 18, lecturers held a peaceful sit-in in Mansour over salaries.",0,2023-06-20
""", [
    I("a", "2023-06-14", "On Jun 14", "Karrada", "Baghdad", "Baghdad", "unknown", None,
      "", "ied", 0, "No fatalities and no injuries were reported", 0, "No fatalities and no injuries were reported"),
    I("b", "2023-06-17", "On Jun 17", "Al-Baladiyat", "Baghdad", "Baghdad", "unknown", None,
      "civilians", "shooting", 1, "shot dead a money changer", None, None),
], ext="csv")

doc("A9", "A", "2021-10-05", """ACLED - Iraq - non-violent rows kept for context (pulled 5 October 2021)

- On 3 October 2021, Iraqi army engineers carried out a controlled detonation of old IS explosives found in orchards near Tarmiyah. No casualties. [Strategic development: destruction of weapons; not an attack]
- On 3 October 2021, graduates staged a peaceful protest in Al-Haboubi Square, Nasiriyah, demanding jobs.
- On 4 October 2021, candidates held rallies in Najaf ahead of the 10 October elections; no incidents were reported.""", [], noise=True)

doc("A10", "A", "2025-03-11", """ACLED row (copied into the Maysan file on 11 March 2025)
event_date: 02 March 2025 | admin1: Maysan | admin2: Al-Majar Al-Kabir | location: Al-Majar al-Kabir
event_type: Explosions/Remote violence | sub_event_type: Grenade | actor1: Unidentified Armed Group (Iraq) | fatalities: 0
notes: On 2 March 2025, [[a|unidentified persons threw a hand grenade at the house of a judge in Al-Majar al-Kabir]], causing material damage only. The judge had recently presided over a tribal-conflict case. Police opened an investigation.""", [
    I("a", "2025-03-02", "On 2 March 2025", "Al-Majar al-Kabir", "Majar al-Kabir", "Maysan", "unknown", None,
      "civilians", "other", 0, "causing material damage only", 0, "causing material damage only"),
])

doc("A11", "A", "2022-12-20", """Event-data note - Erbil governorate - exported 20 December 2022
Location: Sidakan (Soran district) | Date: 14-December-2022 | Event: Air/drone strike | Actor: Military Forces of Turkey | Associate actor: none | Fatalities: 2

Notes: On 14 December 2022, [[a|a Turkish drone struck a PKK position in the mountains above Sidakan]], killing two PKK militants according to PKK-affiliated media. The strike followed days of Turkish artillery fire on the area, which is coded separately when a specific location and date are reported.""", [
    I("a", "2022-12-14", "On 14 December 2022", "Sidakan", "Soran", "Erbil", "Turkey", "attributed",
      "PKK", "airstrike_operation", 2, "killing two PKK militants", None, None),
])

doc("A12", "A", "2019-05-07", """From the ACLED weekly file for Najaf, week ending 4 May 2019 (shared 7 May 2019)

- On Apr 30, [[a|an explosive device went off next to the house of a provincial council member in Hay al-Askari, Najaf city]], causing damage but no injuries. The Hay al-Askari in question is the Najaf neighbourhood, not the one in Ramadi.
- On May 2, protesters rallied outside the Najaf governorate over power cuts; no violence.""", [
    I("a", "2019-04-30", "On Apr 30", "Hay al-Askari", "Najaf", "Najaf", None, None,
      "civilians", "ied", 0, "causing damage but no injuries", 0, "causing damage but no injuries"),
])

# ======================================================================= G
# Terrorism-database summaries: a date first, MM/DD/YYYY unless the record
# says otherwise; "No group claimed responsibility" -> unknown / unclaimed.

doc("G1", "G", "2021-07-15", """Terrorism Incident Database (TID) - record IRQ-2021-06-0117 - last modified 15 July 2021
Note: dates in summaries are MM/DD/YYYY.

Summary: 06/03/2021: [[a|An explosive device detonated targeting a Popular Mobilization Forces (PMF) vehicle near Tuz Khurmatu]], Salah ad Din governorate, Iraq. One PMF member was killed and two others were wounded in the blast. No group claimed responsibility for the incident; however, sources attributed the attack to the Islamic State (IS).
Attack type: Bombing/Explosion | Target type: Military | Weapon: Explosives (roadside) | Killed: 1 | Wounded: 2""", [
    I("a", "2021-06-03", "06/03/2021", "Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", "ISIS", "attributed",
      "PMU", "ied", 1, "One PMF member was killed", 2, "two others were wounded"),
])

doc("G2", "G", "2022-04-02", """Incident summary (database export, 02/04/2022; day/month/year throughout)
Country: Iraq | Province: Diyala | City: Jalawla | Attack type: Bombing/Explosion | Target: Military - patrol

14/03/2022: [[a|Assailants detonated an improvised explosive device targeting an Iraqi Army patrol near Jalawla]], Diyala governorate, Iraq. At least one soldier was killed and three soldiers were injured in the blast. No group claimed responsibility for the incident.
Property damage: one Humvee (minor) | Suicide: No | Part of multiple incident: No""", [
    I("a", "2022-03-14", "14/03/2022", "Jalawla", "Jalawla", "Diyala", "unknown", "unclaimed",
      "army", "ied", 1, "At least one soldier was killed", 3, "three soldiers were injured"),
])

doc("G3", "G", "2019-09-30", """TID record IRQ-2019-08-0266 (entered 30 September 2019)
Convention: MM/DD/YYYY.

08/11/2019: [[a|Assailants opened fire on and killed a village chief (mukhtar) in Al-Abbasi, Hawija district]], Kirkuk governorate, Iraq. The victim was shot outside his home after evening prayers. No group claimed responsibility for the incident; however, sources attributed the attack to the Islamic State (IS).
Fields: Armed Assault | Private Citizens & Property (village leader) | Firearms | nkill 1 | nwound 0""", [
    I("a", "2019-08-11", "08/11/2019", "Al-Abbasi", "Hawija", "Kirkuk", "ISIS", "attributed",
      "civilians", "shooting", 1, "killed a village chief", 0, "nwound 0"),
])

doc("G4", "G", "2020-12-28", """Terrorism Incident Database - summary view (generated 12/28/2020)

11/18/2020: [[a|An explosive device planted by the roadside struck an Iraqi Army vehicle near Rawa]], Al Anbar governorate, Iraq. One soldier was killed and one other soldier was wounded. No group claimed responsibility for the incident; however, Iraqi officials attributed the attack to the Islamic State (IS).
Weapon subtype: Unknown explosive type | Target subtype: Military Transportation/Vehicle | Casualties: 1 killed, 1 wounded""", [
    I("a", "2020-11-18", "11/18/2020", "Rawa", "Rawa", "Anbar", "ISIS", "attributed",
      "army", "ied", 1, "One soldier was killed", 1, "one other soldier was wounded"),
])

doc("G5", "G", "2023-03-09", """Database entry - IRQ-2023-02-0051 - date convention DD/MM/YYYY - compiled 09/03/2023

13/02/2023: [[a|Assailants detonated an explosive device as shepherds were moving their flock near Al-Baaj]], Ninawa governorate, Iraq. One shepherd was killed and another was wounded. No group claimed responsibility for the incident.
Attack type: Bombing/Explosion | Target type: Private Citizens & Property (farmers/herders) | Killed 1 | Injured 1""", [
    I("a", "2023-02-13", "13/02/2023", "Al-Baaj", "Baaj", "Nineveh", "unknown", "unclaimed",
      "civilians", "ied", 1, "One shepherd was killed", 1, "another was wounded"),
])

doc("G6", "G", "2024-08-20", """Terrorism Incident Database - record IRQ-2024-07-0093 (updated 08/20/2024)

07/14/2024: [[a|Assailants attacked a Turkish military outpost near Amedi]], Duhok governorate, Iraq. One Turkish soldier was killed in the attack. The Kurdistan Workers' Party (PKK) claimed responsibility for the incident.
Attack type: Armed Assault | Target type: Military (foreign) | Weapon: Unknown | nkill 1""", [
    I("a", "2024-07-14", "07/14/2024", "Amedi", "Amedi", "Dohuk", "PKK", "claimed",
      "Turkey", "other", 1, "One Turkish soldier was killed", None, None),
])

doc("G7", "G", "2019-04-15", """TID summary - IRQ-2019-03-0188 - MM/DD/YYYY - record created April 15, 2019

03/21/2019: [[a|Assailants detonated an explosive device near a vegetable market in Al-Musayyib]], Babil governorate, Iraq, as shoppers gathered on the Nowruz holiday. At least two civilians were killed and six others were injured in the blast. No group claimed responsibility for the incident.
Attack type: Bombing/Explosion | Target: Private Citizens & Property (market) | nkill 2 | nwound 6""", [
    I("a", "2019-03-21", "03/21/2019", "Al-Musayyib", "Musayyib", "Babil", "unknown", "unclaimed",
      "civilians", "ied", 2, "At least two civilians were killed", 6, "six others were injured"),
])

doc("G8", "G", "2020-08-10", """Incident summary - Wasit - IRQ-2020-07-0140 (all dates day/month/year) - 10/08/2020

19/07/2020: [[a|An explosive device detonated outside the residence of an investigative judge in Kut]], Wasit governorate, Iraq. There were no casualties, but the front of the house and a parked car were damaged. No group claimed responsibility for the incident.
Attack type: Bombing/Explosion | Target type: Government (judicial) | Property damage: minor""", [
    I("a", "2020-07-19", "19/07/2020", "Kut", "Kut", "Wasit", "unknown", "unclaimed",
      "civilians", "ied", 0, "There were no casualties", 0, "There were no casualties"),
])

doc("G9", "G", "2021-05-30", """Terrorism Incident Database - IRQ-2021-04-0212 (entered 05/30/2021)

04/27/2021: [[a|An explosive device detonated as a convoy of trucks carrying supplies for the U.S.-led coalition passed on the highway near Al-Diwaniyah]], Al-Qadisiyah governorate, Iraq. There were no casualties; one truck was damaged. No group claimed responsibility for the incident.
Target type: Military (contracted logistics) | Weapon: Explosives - roadside | Killed 0 | Wounded 0""", [
    I("a", "2021-04-27", "04/27/2021", "Al-Diwaniyah", "Diwaniyah", "Qadisiyah", "unknown", "unclaimed",
      "US forces", "ied", 0, "There were no casualties", 0, "There were no casualties"),
])

doc("G10", "G", "2023-04-11", """Terrorism Incident Database - record SYR-2023-03-0042 (modified 2023-04-11)

03/08/2023: [[a|Assailants opened fire on a group of truffle collectors in the desert near Al-Sukhnah]], Homs governorate, Syria. Five civilians were killed and three others were wounded. No group claimed responsibility for the incident; however, sources attributed the attack to the Islamic State (IS).
Country: Syria | Attack type: Armed Assault | Target: Private Citizens & Property""", [
    I("a", "2023-03-08", "03/08/2023", "Al-Sukhnah", None, None, "ISIS", "attributed",
      "civilians", "shooting", 5, "Five civilians were killed", 3, "three others were wounded", country="Syria"),
], country="Syria")

doc("G11", "G", "2019-08-02", """TID - Baghdad - IRQ-2019-06-0301 - created 2 August 2019 (MM/DD/YYYY)

06/27/2019: [[a|An explosive device detonated at a Popular Mobilization Forces (PMF) checkpoint in Al-Tarmiyah]], Baghdad governorate, Iraq. Two PMF members were killed and three others were wounded. The Islamic State (IS) claimed responsibility for the incident through its Amaq news agency.
Attack type: Bombing/Explosion | Target: Military (checkpoint) | nkill 2 | nwound 3""", [
    I("a", "2019-06-27", "06/27/2019", "Al-Tarmiyah", "Tarmiyah", "Baghdad", "ISIS", "claimed",
      "PMU", "ied", 2, "Two PMF members were killed", 3, "three others were wounded"),
])

doc("G12", "G", "2022-10-14", """Incident summary - Dhi Qar - IRQ-2022-09-0077 - exported 14 Oct 2022

22/09/2022: [[a|Assailants threw an explosive device at the house of a local official of the Sadrist movement in Al-Rifai]], Dhi Qar governorate, Iraq. The device damaged the gate and a water tank; there were no casualties. No group claimed responsibility for the incident.
Attack type: Bombing/Explosion (thrown device) | Target: Government (local) | Killed 0 | Injured 0""", [
    I("a", "2022-09-22", "22/09/2022", "Al-Rifai", "Rifai", "Dhi Qar", "unknown", "unclaimed",
      "civilians", "other", 0, "there were no casualties", 0, "there were no casualties"),
])

# ======================================================================= W
# International wire copy: datelines, weekdays counted from the dateline.

doc("W1", "W", "2021-06-22", """June 22, 2021 10:04 AM GMT+3

SAMARRA, Iraq, June 22 (Reuters) - [[a|Islamic State militants attacked a federal police checkpoint near Samarra late on Monday]], killing three policemen and wounding two, two security sources said on Tuesday.

The attackers used rifles and fled into the Jallam desert east of the city before reinforcements arrived, the sources said, speaking on condition of anonymity because they were not authorised to brief the media.

Islamic State was defeated territorially in Iraq in 2017 but its cells still mount hit-and-run attacks on security forces in the provinces north of Baghdad.

(Reporting by a Reuters staff writer in Samarra; Editing by an editor in Baghdad)""", [
    I("a", "2021-06-21", "late on Monday", "Samarra", "Samarra", "Salahuddin", "ISIS", "attributed",
      "police", "shooting", 3, "killing three policemen", 2, "wounding two"),
])

doc("W2", "W", "2022-03-21", """BAQOUBA, Iraq (AP) — [[a|Gunmen shot dead the head of a village near al-Wajihiya, east of Baqouba, late Sunday]], a police official said, the latest killing in a restive farming belt of Iraq's Diyala province.

The mukhtar, or village chief, was shot as he returned from evening prayers in the village of Sudur. No one else was hurt. The official spoke on condition of anonymity in line with regulations.

There was no immediate claim. Local officials have accused Islamic State militants hiding in the orchards of carrying out such killings, while residents also point to tribal feuds.

March 21, 2022""", [
    I("a", "2022-03-20", "late Sunday", "al-Wajihiya", "Wajihiya", "Diyala", "unknown", "unclaimed",
      "civilians", "shooting", 1, "Gunmen shot dead the head of a village", 0, "No one else was hurt"),
])

doc("W3", "W", "2019-08-27", """KIRKUK, Iraq, Aug 27 (Reuters) - [[a|A bomb hidden in a parked motorcycle exploded late Monday near a busy vegetable market in the northern city of Kirkuk]], killing two people and wounding 11, police and a hospital source said.

There was no immediate claim of responsibility. Kirkuk, home to Kurds, Arabs and Turkmen, has seen sporadic bombings since Iraqi forces took control of the oil-rich province from Kurdish fighters in 2017.

Posted August 27, 2019 (Reporting by Reuters staff in Kirkuk; Writing by a Baghdad correspondent)""", [
    I("a", "2019-08-26", "late Monday", "Kirkuk", "Kirkuk", "Kirkuk", "unknown", "unclaimed",
      "civilians", "ied", 2, "killing two people", 11, "wounding 11"),
])

doc("W4", "W", "2020-11-23", """RAMADI, Iraq (AP) — [[a|A roadside bomb struck trucks carrying supplies for the U.S.-led coalition on the main highway west of Ramadi on Sunday]], damaging one vehicle, an Iraqi police officer said. No one was hurt.

Attacks on convoys contracted by the coalition have become frequent on highways in Iraq's west and south this year. The officer spoke on condition of anonymity because he was not authorized to talk to reporters.

Published November 23, 2020""", [
    I("a", "2020-11-22", "on Sunday", "Ramadi", "Ramadi", "Anbar", None, None,
      "US forces", "ied", 0, "No one was hurt", 0, "No one was hurt"),
])

doc("W5", "W", "2023-02-25", """MOSUL, Iraq, Feb 25 (Reuters) - [[a|Gunmen shot dead a lawyer in his office in the Al-Muhandiseen district of eastern Mosul on Friday night]], police said, and wounded his assistant.

Police gave no motive. The lawyer had represented families of people missing since the war against Islamic State, a colleague told Reuters.

Feb 25, 2023 - 9:40 AM UTC (Reporting by a correspondent in Mosul; Editing by the Middle East desk)""", [
    I("a", "2023-02-24", "on Friday night", "Al-Muhandiseen", "Mosul", "Nineveh", "unknown", None,
      "civilians", "shooting", 1, "Gunmen shot dead a lawyer", 1, "wounded his assistant"),
])

doc("W6", "W", "2024-07-23", """DUHOK, Iraq (AP) — [[a|A drone strike on a car on the road between Zakho and Batifa killed two people late Monday]], a local official said, blaming Turkey.

The official did not say whether the men belonged to the Kurdistan Workers' Party, or PKK, which Turkey regularly targets in northern Iraq. Turkey's defense ministry did not comment.

July 23, 2024""", [
    I("a", "2024-07-22", "late Monday", "Zakho", "Zakho", "Dohuk", "Turkey", "attributed",
      "civilians", "airstrike_operation", 2, "killed two people", None, None),
])

doc("W7", "W", "2021-05-09", """May 9, 2021 - 08:15

ERBIL, Iraq, May 9 (Reuters) - [[a|An explosives-laden drone struck the part of Erbil airport used by the U.S.-led coalition late on Saturday]], causing a fire but no casualties, the Kurdistan Region's interior ministry said.

No group claimed responsibility. Iran-aligned militias have been blamed by U.S. officials for a series of drone and rocket attacks on bases hosting coalition troops.

(Reporting by Reuters staff in Erbil; Editing by the Gulf desk)""", [
    I("a", "2021-05-08", "late on Saturday", "Erbil airport", "Erbil", "Erbil", "unknown", "unclaimed",
      "US forces", "other", 0, "causing a fire but no casualties", 0, "causing a fire but no casualties"),
])

doc("W8", "W", "2024-06-04", """BAGHDAD (AP) — [[a|Masked men stormed a branch of an American fast-food chain on Palestine Street in Baghdad late Monday]], smashing windows and setting the dining area on fire, police said. Nobody was hurt.

The attack came amid calls on social media to boycott American brands over the war in Gaza. Security forces later arrested several suspects, the Interior Ministry said Tuesday.

Published 4 June 2024""", [
    I("a", "2024-06-03", "late Monday", "Palestine Street", "Baghdad", "Baghdad", "unknown", None,
      "", "other", 0, "Nobody was hurt", 0, "Nobody was hurt"),
])

doc("W9", "W", "2024-03-03", """DUBAI, March 3 (Reuters) - [[a|Gunmen attacked a police station in the town of Rask in Iran's Sistan-Baluchestan province on Saturday night]], killing two police officers, Iranian state media reported on Sunday.

The attackers fled after an exchange of fire lasting about an hour, the IRNA news agency said. No group immediately claimed responsibility.

March 3, 2024 (Reporting by the Dubai newsroom; Editing by a desk editor)""", [
    I("a", "2024-03-02", "on Saturday night", "Rask", None, None, "unknown", "unclaimed",
      "police", "shooting", 2, "killing two police officers", None, None, country="Iran"),
], country="Iran")

doc("W10", "W", "2022-05-17", """BASRA, Iraq, May 17 (Reuters) - [[a|Three Katyusha rockets landed near the Burjesia camp used by foreign oil companies, west of Basra, late on Monday]], causing no casualties, police said.

One rocket fell in an empty lot near the camp fence and two in open desert, a police officer said. No group claimed responsibility. Burjesia, near the town of Zubair, houses staff of several international oilfield service firms.

May 17, 2022 (Reporting by a Basra stringer; Editing by the Baghdad bureau)""", [
    I("a", "2022-05-16", "late on Monday", "Burjesia", "Zubair", "Basra", "unknown", "unclaimed",
      "", "mortar_rocket", 0, "causing no casualties", 0, "causing no casualties"),
])

doc("W11", "W", "2023-12-12", """SULAIMANIYAH, Iraq, Dec 12 (Reuters) - [[a|A drone strike on a car near the town of Penjwen in Iraq's Kurdistan region killed two men late on Monday]], the district mayor said, describing the pair as members of the Kurdistan Workers Party (PKK). A third man was wounded.

The mayor blamed Turkey, which says it targets PKK militants in the region. Ankara did not immediately comment.

December 12, 2023 (Reporting by a correspondent in Sulaimaniyah)""", [
    I("a", "2023-12-11", "late on Monday", "Penjwen", "Penjwen", "Sulaymaniyah", "Turkey", "attributed",
      "PKK", "airstrike_operation", 2, "killed two men", 1, "A third man was wounded"),
])

doc("W12", "W", "2025-10-15", """KARBALA, Iraq (AP) — [[a|A sticky bomb attached to the car of a parliamentary candidate exploded in central Karbala late Tuesday]], wounding the candidate and his driver, police said. There were no deaths.

No group claimed the attack, which came weeks before Iraq's November parliamentary election. Police said they were studying camera footage.

Oct. 15, 2025""", [
    I("a", "2025-10-14", "late Tuesday", "Karbala", "Karbala", "Karbala", "unknown", "unclaimed",
      "civilians", "ied", 0, "There were no deaths", 2, "wounding the candidate and his driver"),
])
