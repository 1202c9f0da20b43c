import sys
sys.dont_write_bytecode = True
from common import I, D

DOCS = []

# ---------------- E: event-data / tracker notes ----------------
DOCS.append(D("E", "txt", "2026-07-12", """Iraq - Weekly Conflict Monitor
Published: 12 July 2026
Coverage: 5-11 July 2026. Dates below are event dates, written day month year.

DIYALA
[[a|On 9 July 2026, suspected IS militants attacked a shepherd near Al-Rashad village (Al-Muqdadiya, Diyala), killing him and driving off part of his flock.]] Fatalities: 1.

[[b|On 11 July 2026, unidentified gunmen shot and injured a tribal sheikh in front of his home in Al-Khalis town (Al-Khalis, Diyala).]] Fatalities: 0.

Analyst note: Diyala accounted for most IS-related violence recorded in Iraq this week; no political violence events were recorded in the southern governorates.
""", [I("a", "2026-07-09", "day", "On 9 July 2026", "Al-Rashad village", "Muqdadiyah", "Diyala", "ISIS", "civilians", "armed assault", 1, None, "killing him", None),
      I("b", "2026-07-11", "day", "On 11 July 2026", "Al-Khalis town", "Khalis", "Diyala", "unknown", "civilians", "armed assault", 0, 1, "Fatalities: 0", "shot and injured a tribal sheikh")]))

DOCS.append(D("E", "txt", "2025-04-26", """INCIDENT LOG - IRAQ (open sources)
Compiled 26/04/2025. Date convention: DD/MM/YYYY.

[[a|22/04/2025: An IED struck a PMF vehicle near Al-Mashahda (Baghdad governorate); one PMF member killed, two wounded.]] Perpetrator: suspected IS. Sources: local media.

[[b|24/04/2025: Unknown assailants threw a grenade at a mobile phone shop in Al-Zubair (Basra governorate), injuring the owner.]] Perpetrator: unknown. Sources: police statement.

Entries are provisional and may be revised as further reporting becomes available.
""", [I("a", "2025-04-22", "day", "22/04/2025", "Al-Mashahda", "Tarmiyah", "Baghdad", "ISIS", "PMF", "IED", 1, 2, "one PMF member killed", "two wounded"),
      I("b", "2025-04-24", "day", "24/04/2025", "Al-Zubair", "Zubair", "Basra", "unknown", "property", "grenade", None, 1, None, "injuring the owner")]))

DOCS.append(D("E", "md", "2025-07-19", """# Conflict event record - Iraq: Government of Iraq vs IS

*Entry added: 2025-07-19*

| Field | Value |
|---|---|
| Date | 2025-07-16 |
| Location | Al-Udhaim, Diyala |
| Deaths (best estimate) | 2 |

**Description.** [[a|On 16 July 2025, IS militants killed two Iraqi soldiers in an attack on an army post in the Hamrin mountains near Al-Udhaim (Diyala).]] Two further soldiers were reported wounded by one source; this is not reflected in the fatality estimate.

**Sources.** Iraqi security statement; local news agency.
""", [I("a", "2025-07-16", "day", "On 16 July 2025", "Al-Udhaim", "Al-Udhaim", "Diyala", "ISIS", "army", "armed assault", 2, 2, "killed two Iraqi soldiers", "Two further soldiers were reported wounded")]))

DOCS.append(D("E", "csv", "2020-04-22", [
    ["event_id", "recorded", "event_date", "province", "location", "perpetrator", "type", "nkill", "nwound", "summary"],
    ["IRQ-2020-0412", "2020-04-22", "2020-04-18", "Salah al-Din", "Mutaibija", "IS", "Explosive device", "2", "",
     "[[a|On 18 April 2020, an IED planted by IS struck a PMF vehicle near Mutaibija, east of Samarra, killing 2 PMF members.]]"],
    ["IRQ-2020-0415", "2020-04-22", "2020-04-20", "Kirkuk", "Al-Riyadh", "IS", "Armed assault", "0", "3",
     "[[b|On 20 April 2020, IS militants opened fire on a Federal Police post in Al-Riyadh subdistrict (Hawija district), wounding 3 policemen; no deaths were reported.]]"],
    ["IRQ-2020-0417", "2020-04-22", "2020-04-21", "Anbar", "Al-Qaim", "Unknown", "Armed assault", "1", "",
     "[[c|On 21 April 2020, unidentified gunmen shot dead a municipal employee near his home in Al-Qaim district.]]"],
], [I("a", "2020-04-18", "day", "On 18 April 2020", "Mutaibija", "Samarra", "Salahuddin", "ISIS", "PMF", "IED", 2, None, "killing 2 PMF members", None),
    I("b", "2020-04-20", "day", "On 20 April 2020", "Al-Riyadh subdistrict", "Hawija", "Kirkuk", "ISIS", "police", "armed assault", 0, 3, "no deaths were reported", "wounding 3 policemen"),
    I("c", "2020-04-21", "day", "On 21 April 2020", "Al-Qaim district", "Al-Qaim", "Anbar", "unknown", "officials", "armed assault", 1, None, "shot dead a municipal employee", None)]))

DOCS.append(D("E", "txt", "2024-04-08", """Iraq and Kurdistan Region - conflict events digest
Issued 8 April 2024 (event dates are given as day month year)

[[a|Between 1 and 3 April 2024, Turkish artillery repeatedly shelled the surroundings of Kani Masi (Amedi, Duhok), damaging orchards; no casualties were reported.]] Coded as a single event because local sources did not separate the days.

[[b|On 5 April 2024, a Turkish drone struck a vehicle near Sinjar town (Sinjar, Ninewa), killing 2 members of the Sinjar Resistance Units (YBS).]] Turkey's defence ministry later said it had "neutralised" two PKK militants in northern Iraq.

[[c|On 7 April 2024, Turkish warplanes struck suspected PKK positions near Zharawa in Pshdar district (Sulaymaniyah).]] No fatalities were reported.

Note: fatality figures for Turkish strikes are frequently contested and are coded here from local sources where available.
""", [I("a", "2024-04-01", "month", "Between 1 and 3 April 2024", "Kani Masi", "Amedi", "Dohuk", "Turkey", "property", "shelling", 0, 0, "no casualties were reported", "no casualties were reported"),
      I("b", "2024-04-05", "day", "On 5 April 2024", "Sinjar town", "Sinjar", "Nineveh", "Turkey", "PKK-affiliated fighters", "drone strike", 2, None, "killing 2 members", None),
      I("c", "2024-04-07", "day", "On 7 April 2024", "Zharawa", "Pshdar", "Sulaymaniyah", "Turkey", "PKK", "airstrike", 0, None, "No fatalities were reported", None)]))

DOCS.append(D("E", "txt", "2026-05-01", """Open-source incident tracker: Iraq (southern governorates)
Update of 05/01/2026. All dates are written month/day/year.

[[a|04/27/2026: Unknown assailants threw a hand grenade at the house of a local council member in Suq al-Shuyukh (Dhi Qar); no casualties.]]
[[b|04/29/2026: An explosive device detonated next to an oil pipeline in Al-Gharraf subdistrict (Al-Shatra district, Dhi Qar), causing a leak; no casualties.]]

Both incidents were reported by local police sources and have not been claimed. Figures may change as further information becomes available.
""", [I("a", "2026-04-27", "day", "04/27/2026", "Suq al-Shuyukh", "Suq al-Shuyukh", "Dhi Qar", "unknown", "officials", "grenade", 0, 0, "no casualties", "no casualties"),
      I("b", "2026-04-29", "day", "04/29/2026", "Al-Gharraf subdistrict", "Shatra", "Dhi Qar", None, "infrastructure", "IED", 0, 0, "no casualties", "no casualties")]))

DOCS.append(D("E", "jsonl", "2024-08-13", [
    {"title": "IS attack wounds two tribal fighters near Al-Qaim", "published": "2024-08-13", "event_date": "2024-08-09",
     "body": "[[a|On 9 August 2024, IS militants attacked a Tribal Mobilisation post in the desert south of Al-Qaim (Anbar), wounding two fighters.]] The attackers withdrew towards the Syrian border."},
    {"title": "Roadside bomb damages car in Daquq district", "published": "2024-08-13", "event_date": "2024-08-10",
     "body": "[[b|On 10 August 2024, an IED exploded beside a rural road in Daquq district (Kirkuk), damaging a civilian car; no casualties were reported.]]"},
    {"title": "Farmer shot dead near Baiji", "published": "2024-08-13", "event_date": "2024-08-12",
     "body": "[[c|On 12 August 2024, unidentified gunmen shot dead a farmer in an orchard near Baiji (Salah al-Din).]] Police opened an investigation."},
], [I("a", "2024-08-09", "day", "On 9 August 2024", "Al-Qaim", "Al-Qaim", "Anbar", "ISIS", "PMF", "armed assault", None, 2, None, "wounding two fighters"),
    I("b", "2024-08-10", "day", "On 10 August 2024", "Daquq district", "Daquq", "Kirkuk", None, "civilians", "IED", 0, 0, "no casualties were reported", "no casualties were reported"),
    I("c", "2024-08-12", "day", "On 12 August 2024", "Baiji", "Baiji", "Salahuddin", "unknown", "civilians", "armed assault", 1, None, "shot dead a farmer", None)]))

DOCS.append(D("E", "txt", "2024-10-22", """Event summary (candidate data) - Iraq
Release date: 22 October 2024
Conflict: Government of Iraq - IS
date_start: 2024-10-19 | date_end: 2024-10-19 | where_prec: 2 | deaths_best: 4

[[a|IS militants ambushed an army patrol near Al-Dour (Salah al-Din) on 19 October 2024, killing four soldiers, including an officer, and wounding three.]]

Sources: Iraqi Ministry of Defence statement; Shafaq News; Kurdistan24.
Coding note: deaths_best counts state forces only; attacker deaths were not reported.
""", [I("a", "2024-10-19", "day", "on 19 October 2024", "Al-Dour", "Al-Dour", "Salahuddin", "ISIS", "army", "armed assault", 4, 3, "killing four soldiers", "wounding three")]))

DOCS.append(D("E", "txt", "2020-06-26", """Weekly regional overview - Iraq
26 June 2020
Event dates are given as day month year.

[[a|On 23 June 2020, Turkish military aircraft struck areas near Sharanish village (Zakho, Duhok), damaging several houses and farmland; no fatalities were reported.]]
[[b|On 25 June 2020, Turkish forces shelled the surroundings of Penjwen town (Penjwen, Sulaymaniyah), killing 1 civilian shepherd.]]

Context: Turkey launched a new air and ground operation against the PKK in the Kurdistan Region in mid-June. Displacement from border villages in Duhok has been reported.
""", [I("a", "2020-06-23", "day", "On 23 June 2020", "Sharanish village", "Zakho", "Dohuk", "Turkey", "civilians", "airstrike", 0, None, "no fatalities were reported", None),
      I("b", "2020-06-25", "day", "On 25 June 2020", "Penjwen town", "Penjwen", "Sulaymaniyah", "Turkey", "civilians", "shelling", 1, None, "killing 1 civilian shepherd", None)]))

DOCS.append(D("E", "txt", "2026-06-03", """Syria - event note
Published 3 June 2026 (event dates: day month year)

On 31 May 2026, suspected IS militants attacked a checkpoint of the Syrian Democratic Forces near Al-Shuhayl (Deir ez-Zor, Syria), killing 2 SDF members. Fatalities: 2.

On 1 June 2026, the SDF announced the arrest of three suspects in the same area.

Note: events in Syria are recorded separately from the Iraq series.
""", country="Syria"))

# ---------------- F: security round-ups ----------------
DOCS.append(D("F", "txt", "2026-06-21", """IRAQ SECURITY WEEKLY | 14-20 June 2026
Published Sunday 21 June 2026

KIRKUK
[[a|On Monday, an IED struck an army vehicle near Al-Abbasi in Hawija district, killing one soldier and wounding two.]] Troops searched nearby villages afterwards.

DIYALA
[[b|On Wednesday, gunmen killed a farmer in his orchard near Baladruz.]] Local officials said he had received threats over a land dispute.

NINEWA
[[c|On 19 June, IS militants attacked shepherds in the Al-Hadar desert south of Mosul, kidnapping two of them.]] Their families said no ransom demand had been received.

OUTLOOK
Attacks remain concentrated in the Kirkuk-Salahuddin-Diyala belt. Travel on rural roads after dark is not advised.
""", [I("a", "2026-06-15", "day", "On Monday", "Al-Abbasi", "Hawija", "Kirkuk", None, "army", "IED", 1, 2, "killing one soldier", "wounding two"),
      I("b", "2026-06-17", "day", "On Wednesday", "Baladruz", "Baladruz", "Diyala", "unknown", "civilians", "armed assault", 1, None, "gunmen killed a farmer", None),
      I("c", "2026-06-19", "day", "On 19 June", "the Al-Hadar desert", "Hatra", "Nineveh", "ISIS", "civilians", "kidnapping", None, None, None, None)]))

DOCS.append(D("F", "txt", "2025-11-13", """Iraq daily security brief - 13 November 2025

BAGHDAD
[[a|Late on Wednesday, unknown assailants threw a grenade at the campaign office of a parliamentary candidate in Sadr City, causing material damage; no one was hurt.]]
[[b|On Tuesday, as polls were open, an IED exploded near a school used as a polling station in Abu Ghraib, wounding a policeman.]]

QADISIYAH
[[c|In Diwaniyah, police said on Wednesday that gunmen had shot dead a money changer in the city centre the previous evening.]]

ASSESSMENT
Election-related tension is likely to continue until the final results are announced. Most incidents this week were low-casualty attacks on property.
""", [I("a", "2025-11-12", "day", "Late on Wednesday", "Sadr City", "Baghdad", "Baghdad", "unknown", "political party", "grenade", 0, 0, "no one was hurt", "no one was hurt"),
      I("b", "2025-11-11", "day", "On Tuesday", "Abu Ghraib", "Abu Ghraib", "Baghdad", None, "police", "IED", None, 1, None, "wounding a policeman"),
      I("c", "2025-11-11", "day", "the previous evening", "Diwaniyah", "Diwaniyah", "Qadisiyah", "unknown", "civilians", "armed assault", 1, None, "shot dead a money changer", None)]))

DOCS.append(D("F", "txt", "2021-04-30", """Weekly Iraq security round-up: 24-30 April 2021
Posted 30 April 2021

[[a|On Saturday, a roadside bomb targeted a PMF vehicle near Jurf al-Sakhar, north of Hilla in Babil, wounding two fighters.]]

[[b|IS militants killed two PMF fighters and wounded three in an attack on a post in the Mutaibija area east of Samarra on Tuesday night.]]

[[c|On Thursday, IS claimed the bombing of two electricity pylons near Daquq, south of Kirkuk, which caused no casualties but cut power to several villages.]]

Attacks on power lines have repeatedly cut electricity to parts of Kirkuk and Salahuddin as summer demand rises.
""", [I("a", "2021-04-24", "day", "On Saturday", "Jurf al-Sakhar", "Jurf al-Sakhar", "Babil", None, "PMF", "IED", None, 2, None, "wounding two fighters"),
      I("b", "2021-04-27", "day", "on Tuesday night", "the Mutaibija area", "Samarra", "Salahuddin", "ISIS", "PMF", "armed assault", 2, 3, "killed two PMF fighters", "wounded three"),
      I("c", "2021-04-29", "day", "On Thursday", "Daquq", "Daquq", "Kirkuk", "ISIS", "infrastructure", "IED", 0, 0, "caused no casualties", "caused no casualties")]))

DOCS.append(D("F", "txt", "2021-05-29", """Iraq weekly security digest: 22-28 May 2021
Published 29 May 2021

Security forces announced the arrest of 23 suspects wanted under anti-terrorism laws in Nineveh, Kirkuk and Anbar during operations this week.

On Tuesday, bomb disposal teams defused two explosive devices found on a road near Hit, in Anbar.

Protesters gathered in Baghdad's Tahrir Square on Tuesday to demand accountability for the killing of activists. The protest ended without violence.

In Basra, police seized a large quantity of narcotics near the border with Iran.

No attacks causing casualties were recorded in our monitoring this week, the first such week this year.
"""))

DOCS.append(D("F", "txt", "2024-07-09", """Northern Iraq daily security update - Tuesday 9 July 2024

DUHOK
[[a|On Monday, Turkish artillery shelled villages of the Barwari Bala area in Amedi district, wounding a shepherd and burning farmland.]]

KIRKUK
[[b|On Sunday night, IS militants attacked an army checkpoint near the town of Laylan, southeast of Kirkuk, killing a soldier.]] The army said it had launched a search operation.

OTHER
A planned demonstration by contract teachers in Erbil was postponed. Roads between Erbil and Mosul are open.
""", [I("a", "2024-07-08", "day", "On Monday", "the Barwari Bala area", "Amedi", "Dohuk", "Turkey", "civilians", "shelling", None, 1, None, "wounding a shepherd"),
      I("b", "2024-07-07", "day", "On Sunday night", "the town of Laylan", "Laylan", "Kirkuk", "ISIS", "army", "armed assault", 1, None, "killing a soldier", None)]))

DOCS.append(D("F", "txt", "2021-02-02", """Iraq security round-up, 27 January - 2 February 2021
2 February 2021

[[a|On 27 January, IS militants kidnapped three civilians near Jalawla in Diyala; two were released the next day.]]

[[b|On Thursday, an IED hit an army patrol near Tal Afar, west of Mosul, wounding three soldiers.]]

[[c|On Sunday, gunmen killed two shepherds in the desert near Rutba in western Anbar.]]

Background: The government announced a reshuffle of senior security commanders in Baghdad in late January.
""", [I("a", "2021-01-27", "day", "On 27 January", "Jalawla", "Jalawla", "Diyala", "ISIS", "civilians", "kidnapping", None, None, None, None),
      I("b", "2021-01-28", "day", "On Thursday", "Tal Afar", "Tal Afar", "Nineveh", None, "army", "IED", None, 3, None, "wounding three soldiers"),
      I("c", "2021-01-31", "day", "On Sunday", "Rutba", "Rutba", "Anbar", "unknown", "civilians", "armed assault", 2, None, "gunmen killed two shepherds", None)]))

DOCS.append(D("F", "txt", "2019-02-26", """Iraq: security incidents of the past week
Tuesday, 26 February 2019

[[a|On Saturday, a car bomb exploded near a restaurant in Qayyarah, south of Mosul, killing one civilian and wounding four.]]

[[b|On Sunday, IS militants fired mortar rounds at a village near Hawija, wounding a woman and a child.]]

[[c|On Monday, a roadside bomb killed two soldiers near Hit in Anbar province.]]

Also this week, Iraq continued to receive Iraqi IS suspects transferred from Syria. Officials say the transfers will continue in the coming weeks.
""", [I("a", "2019-02-23", "day", "On Saturday", "Qayyarah", "Qayyarah", "Nineveh", None, "civilians", "car bomb", 1, 4, "killing one civilian", "wounding four"),
      I("b", "2019-02-24", "day", "On Sunday", "Hawija", "Hawija", "Kirkuk", "ISIS", "civilians", "mortar", None, 2, None, "wounding a woman and a child"),
      I("c", "2019-02-25", "day", "On Monday", "Hit", "Hit", "Anbar", None, "army", "IED", 2, None, "killed two soldiers", None)]))

DOCS.append(D("F", "txt", "2022-06-08", """Southern Iraq security round-up
Wednesday, 8 June 2022

MAYSAN
[[a|On Monday, unknown gunmen shot dead a tribal elder in Al-Kahla district of Maysan.]] Police said the killing was linked to a tribal feud.

WASIT
[[b|On Saturday, an explosive device damaged the house of a municipal employee in Al-Suwaira, causing no injuries.]]

NAJAF
[[c|On Thursday, a sticky bomb exploded under a car in Kufa, wounding its owner.]]

Tribal disputes and intimidation remain the main drivers of violence in the south, according to local officials.
""", [I("a", "2022-06-06", "day", "On Monday", "Al-Kahla district", "Al-Kahla", "Maysan", "unknown", "civilians", "armed assault", 1, None, "shot dead a tribal elder", None),
      I("b", "2022-06-04", "day", "On Saturday", "Al-Suwaira", "Suwaira", "Wasit", None, "officials", "IED", 0, 0, "causing no injuries", "causing no injuries"),
      I("c", "2022-06-02", "day", "On Thursday", "Kufa", "Kufa", "Najaf", None, "civilians", "sticky bomb", None, 1, None, "wounding its owner")]))

DOCS.append(D("F", "txt", "2022-11-03", """Weekly security report - Iraq
Thursday 3 November 2022

[[a|IS militants attacked an army post near Khanaqin on Tuesday, killing one soldier.]]

[[b|On Sunday, gunmen shot at a Federal Police patrol in Daquq, wounding two policemen.]]

[[c|On 28 October, IS militants killed a shepherd and wounded his son near Al-Shura, south of Mosul.]]

The new government's security plan for the disputed areas is expected to be presented to parliament later this month.
""", [I("a", "2022-11-01", "day", "on Tuesday", "Khanaqin", "Khanaqin", "Diyala", "ISIS", "army", "armed assault", 1, None, "killing one soldier", None),
      I("b", "2022-10-30", "day", "On Sunday", "Daquq", "Daquq", "Kirkuk", "unknown", "police", "armed assault", None, 2, None, "wounding two policemen"),
      I("c", "2022-10-28", "day", "On 28 October", "Al-Shura", "Al-Shura", "Nineveh", "ISIS", "civilians", "armed assault", 1, 1, "killed a shepherd", "wounded his son")]))

DOCS.append(D("F", "txt", "2020-10-11", """Iraq security round-up: 5-11 October 2020
Sunday 11 October 2020

BAGHDAD
[[a|On Saturday, a Katyusha rocket landed in an empty lot near Baghdad International Airport, causing no casualties.]]

SALAHUDDIN
[[b|On Wednesday, IS militants attacked a PMF post in the Al-Jallam desert west of Samarra, killing two fighters.]]

BASRA
[[c|Late on Thursday, gunmen fired on the house of an activist in the Al-Jumhuriya district of Basra; no one was injured.]]

MUTHANNA
[[d|Police in Samawah also reported that an explosive device targeted a liquor store in the city, causing damage but no injuries.]]
""", [I("a", "2020-10-10", "day", "On Saturday", "Baghdad International Airport", "Baghdad", "Baghdad", None, "infrastructure", "rocket attack", 0, 0, "causing no casualties", "causing no casualties"),
      I("b", "2020-10-07", "day", "On Wednesday", "the Al-Jallam desert", "Samarra", "Salahuddin", "ISIS", "PMF", "armed assault", 2, None, "killing two fighters", None),
      I("c", "2020-10-08", "day", "Late on Thursday", "the Al-Jumhuriya district of Basra", "Basra", "Basra", "unknown", "activists", "armed assault", 0, 0, "no one was injured", "no one was injured"),
      I("d", "2020-10-11", "reported", None, "Samawah", "Samawah", "Muthanna", None, "property", "IED", 0, 0, "causing damage but no injuries", "causing damage but no injuries")]))
