"""realworld23 data, part 1: styles A (event-data notes), G (terrorism-database / tracker summaries),
W (wire copy). Gold records (R) are written first; texts carry one [[x|...]] evidence marker each."""
from s23 import R, D

# ============================================================== A: event-data notes (ACLED-like)
D("A", "2021-05-04", """Iraq - weekly event notes (coder: M.H.), export 2021-05-04

Event date: 2021-04-30 | Admin1: Diyala | Admin2: Khanaqin | Type: Explosions/Remote violence | Sub-type: Remote explosive/landmine/IED | Actor 1: Islamic State (Iraq) | Fatalities: 2
Notes: [[a|On 30 April 2021, IS militants detonated an IED targeting an Iraqi army vehicle near Qara Tapa (Khanaqin, Diyala).]] 2 soldiers were killed and 3 others wounded. Source: local press.""",
  R("a", "2021-04-30", "30 April 2021", "Qara Tapa", "Diyala", "ISIS", "army", "ied", 2, "2 soldiers were killed", 3, "3 others wounded"))

D("A", "2023-02-20", """ACLED-style notes, Iraq, week 7/2023 (exported 2023-02-20)

1) [[a|On 14 February 2023, IS militants attacked a PMF post with small arms in Wadi al-Shay area (Hawija, Kirkuk).]] 1 PMF member was killed and 2 were injured. Fatalities: 1.

2) [[b|On 16 February 2023, an IED planted by unidentified perpetrators exploded near shepherds in a village south of Daquq (Kirkuk).]] 2 shepherds were injured; no fatalities. Fatalities: 0.""",
  R("a", "2023-02-14", "14 February 2023", "Wadi al-Shay", "Kirkuk", "ISIS", "PMU", "shooting", 1, "1 PMF member was killed", 2, "2 were injured", canon="Hawija"),
  R("b", "2023-02-16", "16 February 2023", "Daquq", "Kirkuk", "unknown", "civilians", "ied", 0, "no fatalities", 2, "2 shepherds were injured"))

D("A", "2020-08-15", """Event-data notes | IRQ | batch closed 15/08/2020

event_date: 2020-08-09 | location: Bastamli, Tuz Khurmatu district | admin1: Salah al-Din
[[a|On 9 August 2020, unidentified militants fired four mortar rounds on Bastamli village (Tuz Khurmatu, Salah al-Din).]] The shells landed in farmland; no casualties reported. Fatalities: 0.
Coder note: no claim was found and sources name no group; actor coded as unidentified armed group.""",
  R("a", "2020-08-09", "9 August 2020", "Bastamli", "Salahuddin", "unknown", "civilians", "mortar_rocket", 0, "no casualties reported", 0, "no casualties reported", canon="Tuz Khurmatu"))

D("A", "2019-06-17", """Event notes - Iraq - compiled 17 June 2019

On Jun 11, IS militants ambushed a PMF convoy on the road between Al-Rutba and Akashat (Anbar). [[a|3 PMF fighters were killed and 1 was wounded in the ambush near Al-Rutba.]] Fatalities: 3. Actor 1: Islamic State (Iraq); Actor 2: Military Forces of Iraq (2018-) Popular Mobilization Forces.
Source scale: national. Sources: Shafaq News; Iraqi News Agency.""",
  R("a", "2019-06-11", "On Jun 11", "Al-Rutba", "Anbar", "ISIS", "PMU", "ambush", 3, "3 PMF fighters were killed", 1, "1 was wounded", canon="Rutba"))

D("A", "2022-09-26", """Event notes - Iraq - compiled 26 September 2022

Event date: 2022-09-22 | Admin1: Dhi-Qar | Location: Nasiriyah | Type: Protests | Sub-type: Peaceful protest | Fatalities: 0
Notes: On 22 September 2022, several hundred graduates demonstrated in front of the Dhi Qar governorate building in Nasiriyah (Dhi Qar), demanding public-sector jobs. The protest ended peacefully in the afternoon. No injuries.
Coder note: not a violent event; kept for the demonstrations series only.""", noise=True)

D("A", "2022-03-07", """Iraq event-data notes, export 07/03/2022

Event date: 2022-03-02 | Admin1: Ninewa | Admin2: Sinjar | Type: Explosions/Remote violence | Sub-type: Air/drone strike | Actor 1: Military Forces of Turkey | Fatalities: 2
Notes: [[a|On 2 March 2022, a Turkish drone struck a vehicle carrying YBS members near Sinune (Sinjar, Ninewa).]] 2 YBS members were killed. The Turkish MoD said the strike targeted 'PKK terrorists'.""",
  R("a", "2022-03-02", "2 March 2022", "Sinune", "Nineveh", "Turkey", "PKK", "airstrike_operation", 2, "2 YBS members were killed", None, None, canon="Sinjar"))

D("A", "2024-01-22", """Event notes, Iraq (coder batch 2024-01-22)

On Jan 18, an IED exploded targeting a PMF vehicle near Abu Ghraib (Baghdad). [[a|The blast near Abu Ghraib wounded 2 PMF members.]] No claim of responsibility. Fatalities: 0.
Actor 1: Unidentified Armed Group (Iraq). Interaction: 30 - remote violence vs. state forces. Source: Baghdad Today.""",
  R("a", "2024-01-18", "On Jan 18", "Abu Ghraib", "Baghdad", "unknown:unclaimed", "PMU", "ied", 0, "Fatalities: 0", 2, "wounded 2 PMF members"))

D("A", "2025-05-26", """Event-data notes | Iraq | export 26.05.2025

event_date 2025-05-20 | admin1 Duhok | admin2 Amedi | type Explosions/Remote violence | sub_type Shelling/artillery/missile attack | actor1 Military Forces of Turkey | fatalities 0
[[a|On 20 May 2025, Turkish forces shelled areas around Kani Masi (Amedi, Duhok),]] setting fire to orchards. No casualties reported. Turkish operations against PKK positions in the area have intensified since April.""",
  R("a", "2025-05-20", "20 May 2025", "Kani Masi", "Dohuk", "Turkey", "", "mortar_rocket", 0, "No casualties reported", 0, "No casualties reported"))

D("A", "2023-06-09", """Event notes - southern Iraq - compiled 9 June 2023

Event date: 2023-06-04 | Admin1: Basrah | Location: Az Zubayr | Type: Violence against civilians | Sub-type: Attack | Fatalities: 1
Notes: [[a|On 4 June 2023, unidentified gunmen shot and killed a tribal sheikh in Az Zubayr (Basrah).]] Police opened an investigation; a tribal dispute is suspected. 1 fatality.""",
  R("a", "2023-06-04", "4 June 2023", "Az Zubayr", "Basra", "unknown", "civilians", "shooting", 1, "1 fatality", None, None, canon="Zubair"))

D("A", "2025-03-17", """Event-data notes, Iraq, week ending 16 March 2025 (exported 17 March 2025)

Event date: 2025-03-11 | Admin1: Maysan | Admin2: Amarah | Type: Explosions/Remote violence | Sub-type: Grenade | Fatalities: 0
Notes: [[a|On 11 March 2025, unidentified men threw a hand grenade at the house of a police officer in Amarah (Maysan).]] The explosion damaged the front gate; no casualties. Local media linked the attack to a family dispute.""",
  R("a", "2025-03-11", "11 March 2025", "Amarah", "Maysan", "unknown", "police", "other", 0, "no casualties", 0, "no casualties"))

D("A", "2026-03-17", """Event notes - Iraq - compiled 2026-03-17

On 14 March 2026, two rockets landed near Erbil International Airport (Erbil), where US-led coalition forces are stationed. [[a|The rockets fell in an open area near Erbil airport; no casualties were reported.]] No group claimed the attack. Actor 1: Unidentified Armed Group (Iraq). Fatalities: 0.""",
  R("a", "2026-03-14", "14 March 2026", "Erbil airport", "Erbil", "unknown:unclaimed", "US forces", "mortar_rocket", 0, "no casualties were reported", 0, "no casualties were reported", canon="Erbil"))

D("A", "2021-10-25", """Event notes, Iraq (coder batch 25/10/2021)

event_date: 2021-10-19 | admin1: Wasit | location: Kut
[[a|On 19 October 2021, an IED exploded outside a mobile phone shop in the centre of Kut (Wasit), wounding 1 civilian.]] Fatalities: 0. Actor 1: Unidentified Armed Group (Iraq). The shop belongs to a relative of a local council member.""",
  R("a", "2021-10-19", "19 October 2021", "Kut", "Wasit", "unknown", "civilians", "ied", 0, "Fatalities: 0", 1, "wounding 1 civilian"))

D("A", "2026-11-12", """Event-data notes | Iraq | rolling export 2026-11-12

Event date: 2026-11-08 | Admin1: Diyala | Admin2: Al-Muqdadiya | Type: Battles | Sub-type: Armed clash | Actor 1: Islamic State (Iraq) | Actor 2: Military Forces of Iraq | Fatalities: 1
Notes: [[a|On 8 November 2026, IS militants attacked an Iraqi army post near Abu Saida (Al-Muqdadiya, Diyala) with small arms.]] 1 soldier was killed and 1 injured. The militants withdrew towards the Hamrin basin.""",
  R("a", "2026-11-08", "8 November 2026", "Abu Saida", "Diyala", "ISIS", "army", "shooting", 1, "1 soldier was killed", 1, "1 injured", canon="Muqdadiyah"))

# ============================================================== G: terrorism-database / tracker summaries
D("G", "2019-02-06", """Incident summaries - Iraq (database extract, generated 02/06/2019)

01/23/2019: [[a|Assailants detonated an explosive device targeting an Iraqi Army vehicle near Al-Qaim, Al Anbar, Iraq.]] At least one soldier was killed and two soldiers were injured in the blast. No group claimed responsibility for the incident.
Target type: Military. Weapon type: Explosives. Attack type: Bombing/Explosion.""",
  R("a", "2019-01-23", "01/23/2019", "Al-Qaim", "Anbar", "unknown:unclaimed", "army", "ied", 1, "one soldier was killed", 2, "two soldiers were injured", canon="Qaim"))

D("G", "2021-03-19", """Incident summaries - Syria (database extract, generated 03/19/2021)

03/11/2021: [[a|Assailants opened fire on a Syrian Democratic Forces (SDF) checkpoint near Al-Busayrah, Deir ez-Zor, Syria.]] Two SDF members were killed in the attack. The Islamic State claimed responsibility for the incident.
Target type: Military. Weapon type: Firearms. Note: this incident falls outside the Iraq country file.""",
  R("a", "2021-03-11", "03/11/2021", "Al-Busayrah", "", "ISIS:claimed", "", "shooting", 2, "Two SDF members were killed", None, None, country="Syria"), country="Syria")

D("G", "2023-05-30", """date,province,district,location,attack_type,target,perpetrator,killed,wounded,summary
# Iraq incident tracker - export 30/05/2023 - dates are MM/DD/YYYY
05/02/2023,Kirkuk,Dibis,Dibis,Armed Assault,Police,Unknown,0,2,"[[a|Gunmen fired on a police patrol in Dibis, Kirkuk; two policemen wounded]]"
05/16/2023,Kirkuk,Hawija,Al-Zab,Bombing/Explosion,Military,ISIL,1,1,"[[b|An IED hit an army Humvee near Al-Zab (Hawija district); one soldier killed, one wounded; police blamed ISIL cells]]"
05/27/2023,Kirkuk,Kirkuk,Kirkuk city,Bombing/Explosion,Business,Unknown,0,0,"[[c|A sound bomb exploded outside a liquor store in Kirkuk city; no casualties]]"
""",
  R("a", "2023-05-02", "05/02/2023", "Dibis", "Kirkuk", "unknown", "police", "shooting", 0, "0", 2, "two policemen wounded"),
  R("b", "2023-05-16", "05/16/2023", "Al-Zab", "Kirkuk", "ISIS", "army", "ied", 1, "one soldier killed", 1, "one wounded", canon="Zab"),
  R("c", "2023-05-27", "05/27/2023", "Kirkuk city", "Kirkuk", "", "", "ied", 0, "no casualties", 0, "no casualties", canon="Kirkuk"),
  ext="csv")

D("G", "2021-06-25", """Incident summaries - Iraq (database extract, generated 06/25/2021)

06/14/2021: [[a|Assailants opened fire on a Popular Mobilization Forces (PMF) position near Baladruz, Diyala, Iraq.]] Two PMF members were killed and three others were injured in the attack. The Islamic State claimed responsibility for the incident.
06/19/2021: [[b|An explosive device detonated near a vehicle carrying farmers in Al-Mansouriya, Diyala, Iraq.]] One civilian was killed in the blast. No group claimed responsibility.""",
  R("a", "2021-06-14", "06/14/2021", "Baladruz", "Diyala", "ISIS:claimed", "PMU", "shooting", 2, "Two PMF members were killed", 3, "three others were injured"),
  R("b", "2021-06-19", "06/19/2021", "Al-Mansouriya", "Diyala", "unknown:unclaimed", "civilians", "ied", 1, "One civilian was killed", None, None, canon="Mansouriya"))

D("G", "2020-10-05", """{"tracker": "Iraq security incidents", "exported": "2020-10-05", "date_format": "MM/DD/YYYY", "rows": 2}
{"date": "09/21/2020", "province": "Salah ad Din", "city": "Samarra", "type": "Armed Assault", "target": "Police", "killed": 1, "wounded": 1, "summary": "[[a|Suspected ISIS militants attacked a federal police checkpoint near Samarra; one officer killed and one wounded]]", "perpetrator": "ISIL (suspected)"}
{"date": "09/29/2020", "province": "Salah ad Din", "city": "Baiji", "type": "Bombing/Explosion", "target": "Utilities", "killed": 0, "wounded": 0, "summary": "[[b|An IED damaged a power line tower near Baiji; no casualties]]", "perpetrator": "Unknown"}
""",
  R("a", "2020-09-21", "09/21/2020", "Samarra", "Salahuddin", "ISIS:suspected", "police", "shooting", 1, "one officer killed", 1, "one wounded"),
  R("b", "2020-09-29", "09/29/2020", "Baiji", "Salahuddin", "", "", "ied", 0, "no casualties", 0, "no casualties"),
  ext="jsonl")

D("G", "2022-09-12", """Incident summaries - Iraq (tracker digest, generated 09/12/2022)

09/03/2022: [[a|Assailants detonated an improvised explosive device targeting a vehicle belonging to a municipal official in Mosul, Nineveh, Iraq.]] The official's driver was injured; the official was unharmed. No group claimed responsibility.
Target type: Government (General). Weapon type: Explosives.
09/06/2022: [[b|Assailants kidnapped a contractor near Al-Qayyarah, Nineveh, Iraq.]] The victim's fate was unknown at the time of writing. No group claimed responsibility.""",
  R("a", "2022-09-03", "09/03/2022", "Mosul", "Nineveh", "unknown:unclaimed", "civilians", "ied", None, None, 1, "The official's driver was injured"),
  R("b", "2022-09-06", "09/06/2022", "Al-Qayyarah", "Nineveh", "unknown:unclaimed", "civilians", "kidnapping", canon="Qayyarah"))

D("G", "2020-11-18", """Tracker summary - Iraq (generated 11/18/2020)

11/10/2020: [[a|An explosive device detonated near a convoy of trucks carrying logistics supplies for the US-led coalition on the highway north of Al-Hillah, Babil, Iraq.]] No casualties were reported; one truck was damaged. No group claimed responsibility for the incident.
Target type: Military (foreign forces). Weapon type: Explosives. Attack type: Bombing/Explosion. Notes: the attack is the third against coalition logistics convoys in southern Iraq this month.""",
  R("a", "2020-11-10", "11/10/2020", "Al-Hillah", "Babil", "unknown:unclaimed", "US forces", "ied", 0, "No casualties were reported", 0, "No casualties were reported", canon="Hillah"))

D("G", "2022-04-21", """Incident summaries - Iraq (database extract, generated 04/21/2022)

04/14/2022: [[a|Assailants threw a hand grenade at a house in the Hay al-Askari neighborhood of Karbala, Karbala, Iraq.]] Two civilians were injured. No group claimed responsibility for the incident. The motive is unknown; police said the owner had received threats.
Target type: Private Citizens & Property. Weapon type: Explosives (grenade).""",
  R("a", "2022-04-14", "04/14/2022", "Hay al-Askari", "Karbala", "unknown:unclaimed", "civilians", "other", None, None, 2, "Two civilians were injured", canon="Karbala"))

D("G", "2024-08-09", """Tracker summary - Iraq (generated 08/09/2024)

08/01/2024: [[a|Assailants shot and killed a lawyer in Kufa, An Najaf, Iraq.]] The victim had represented families of protesters killed in 2019. No group claimed responsibility for the incident.
Target type: Private Citizens & Property. Weapon type: Firearms. Fatalities: 1. Injured: 0.""",
  R("a", "2024-08-01", "08/01/2024", "Kufa", "Najaf", "unknown:unclaimed", "civilians", "shooting", 1, "Fatalities: 1", 0, "Injured: 0"))

D("G", "2021-09-16", """Incident summaries - Iraq (database extract, generated 09/16/2021)

09/08/2021: [[a|Assailants detonated an explosive device targeting a convoy transporting equipment for the US-led coalition near Al-Diwaniyah, Al-Qadisiyah, Iraq.]] There were no casualties. No group claimed responsibility.
Target type: Military. Weapon type: Explosives. Attack type: Bombing/Explosion.
Note: the convoy was operated by an Iraqi contractor.""",
  R("a", "2021-09-08", "09/08/2021", "Al-Diwaniyah", "Qadisiyah", "unknown:unclaimed", "US forces", "ied", 0, "There were no casualties", 0, "There were no casualties", canon="Diwaniyah"))

D("G", "2023-12-04", """Tracker summary - Iraq (generated 12/04/2023)

11/27/2023: [[a|Assailants detonated an explosive device near a liquor store in Samawah, Al Muthanna, Iraq.]] The store was damaged; no casualties were reported. No group claimed responsibility for the incident.
Target type: Business. Weapon type: Explosives.
Context: the attack is one of several against liquor stores in southern governorates in late 2023.""",
  R("a", "2023-11-27", "11/27/2023", "Samawah", "Muthanna", "unknown:unclaimed", "", "ied", 0, "no casualties were reported", 0, "no casualties were reported"))

D("G", "2020-02-11", """Incident summaries - Iraq (database extract, generated 02/11/2020)

02/03/2020: [[a|Assailants stabbed and shot at protesters at a sit-in camp in Al-Nasiriyah, Dhi Qar, Iraq.]] One protester was killed and five others were injured. No group claimed responsibility for the incident.
02/06/2020: [[b|Assailants opened fire on an activist's car in Al-Shatra, Dhi Qar, Iraq.]] The activist was injured. No group claimed responsibility.""",
  R("a", "2020-02-03", "02/03/2020", "Al-Nasiriyah", "Dhi Qar", "unknown:unclaimed", "civilians", "shooting", 1, "One protester was killed", 5, "five others were injured", canon="Nasiriyah"),
  R("b", "2020-02-06", "02/06/2020", "Al-Shatra", "Dhi Qar", "unknown:unclaimed", "civilians", "shooting", None, None, 1, "The activist was injured", canon="Shatra"))

D("G", "2026-09-14", """Tracker summary - Iraq (generated 09/14/2026)

09/06/2026: [[a|A Turkish unmanned aerial vehicle struck a vehicle near Penjwen, As Sulaymaniyah, Iraq.]] Two people described by Turkish officials as PKK members were killed. The Turkish Ministry of National Defence said the strike targeted "terrorists".
Target type: Terrorists/Non-State Militia. Weapon type: Explosives (UAV).""",
  R("a", "2026-09-06", "09/06/2026", "Penjwen", "Sulaymaniyah", "Turkey", "PKK", "airstrike_operation", 2, "Two people described by Turkish officials as PKK members were killed", None, None))

# ============================================================== W: wire copy (Reuters / AFP / AP / Xinhua-like)
D("W", "2024-02-13", """Iraqi soldiers killed in roadside bomb north of Baghdad
February 13, 2024 9:41 AM GMT+3

BAGHDAD, Feb 13 (Reuters) - [[a|A roadside bomb struck an army patrol in the Tarmiyah district north of Baghdad late on Monday, killing three soldiers, including an officer, and wounding two others,]] two security sources said.
No group immediately claimed responsibility, but Islamic State militants remain active in the farmland and orchards around Tarmiyah, which security forces have struggled to clear.
(Reporting by Baghdad newsroom; Editing by Alex Richardson)""",
  R("a", "2024-02-12", "late on Monday", "Tarmiyah", "Baghdad", "unknown:unclaimed", "army", "ied", 3, "killing three soldiers, including an officer", 2, "wounding two others"))

D("W", "2023-10-25", """Islamic State attack kills two Iraqi police near Kirkuk
Oct 25, 2023

KIRKUK, Iraq (AFP) - [[a|Two policemen were killed and three wounded when jihadists attacked a federal police checkpoint in the Al-Rashad area southwest of Kirkuk on Tuesday night,]] a security official told AFP.
"The attackers used light and medium weapons before withdrawing," the official said, blaming the Islamic State group.
IS was defeated territorially in Iraq in late 2017, but cells continue to carry out sporadic attacks in remote areas of Kirkuk, Salahuddin and Diyala provinces.""",
  R("a", "2023-10-24", "on Tuesday night", "Al-Rashad", "Kirkuk", "ISIS", "police", "shooting", 2, "Two policemen were killed", 3, "three wounded", canon="Rashad"))

D("W", "2026-04-22", """Drone attack hits gas field in Iraq's Kurdistan region, no casualties
April 22, 2026 11:05 AM GMT+3

SULAIMANIYAH, Iraq, April 22 (Reuters) - [[a|A drone struck a storage area at the Khor Mor gas field near Chamchamal on Tuesday,]] causing a fire but no casualties, the field's operator said in a statement.
Production was briefly halted as a precaution. No group claimed responsibility for the attack, the latest in a string of drone and rocket strikes on the facility in recent years.
(Reporting by Sulaimaniyah newsroom; Writing by Timour Azhari; Editing by Ed Osmond)""",
  R("a", "2026-04-21", "on Tuesday", "Khor Mor gas field", "Sulaymaniyah", "unknown:unclaimed", "", "airstrike_operation", 0, "no casualties", 0, "no casualties", canon="Chamchamal"))

D("W", "2020-01-15", """Rockets hit Iraqi base hosting US-led troops north of Baghdad
January 15, 2020

BAGHDAD (AFP) - [[a|Two Katyusha rockets slammed into the Taji military base north of Baghdad on Tuesday,]] where troops from the US-led coalition are deployed, Iraq's military said. There were no casualties, the statement added.
The attack was not immediately claimed. Washington has blamed previous rocket fire on bases and on its embassy on Iran-backed factions, which deny involvement.""",
  R("a", "2020-01-14", "on Tuesday", "Taji military base", "Baghdad", "unknown:unclaimed", "US forces", "mortar_rocket", 0, "There were no casualties", 0, "There were no casualties", canon="Taji"))

D("W", "2024-06-05", """BAGHDAD, June 5 (Xinhua) -- [[a|Two Iraqi soldiers were killed and another was wounded on Wednesday when Islamic State (IS) militants attacked their post in the Mutaibija area of Salahudin province,]] a provincial security source said.
The attack took place at dawn when the militants opened fire on the post with machine guns and fled, the source told Xinhua on condition of anonymity.
Iraqi forces later launched a search operation in the area, which lies between Salahudin and Diyala provinces.
Source: Xinhua | 2024-06-05 18:20:41""",
  R("a", "2024-06-05", "on Wednesday", "Mutaibija", "Salahuddin", "ISIS", "army", "shooting", 2, "Two Iraqi soldiers were killed", 1, "another was wounded"))

D("W", "2019-10-09", """Two Iraqi soldiers killed in Islamic State attack in western Anbar
October 9, 2019 / 12:20 PM

RAMADI, Iraq (Reuters) - [[a|Islamic State militants attacked an army post near the town of Haditha on Tuesday night, killing two soldiers,]] a military officer said on Wednesday.
The officer said the militants came from the desert west of the town and withdrew after a gunfight lasting about 30 minutes. No other casualties were reported.
(Reporting by Kawa Omar; Editing by Gareth Jones)""",
  R("a", "2019-10-08", "on Tuesday night", "Haditha", "Anbar", "ISIS", "army", "shooting", 2, "killing two soldiers", 0, "No other casualties were reported"))

D("W", "2025-08-12", """Gunmen kill two police officers in Iran's southeast
August 12, 2025 2:30 PM GMT+3:30

DUBAI, Aug 12 (Reuters) - [[a|Gunmen killed two police officers in an attack on a patrol near the city of Saravan in Iran's Sistan-Baluchestan province on Tuesday,]] state media reported.
No group immediately claimed responsibility. The province, which borders Pakistan and Afghanistan, has seen frequent clashes between security forces and Baluch militants.
(Writing by Dubai newsroom; Editing by Toby Chopra)""",
  R("a", "2025-08-12", "on Tuesday", "Saravan", "", "unknown:unclaimed", "police", "shooting", 2, "Gunmen killed two police officers", None, None, country="Iran"), country="Iran")

D("W", "2022-06-13", """Roadside bomb kills Iraqi soldier near Tal Afar
June 13, 2022

MOSUL, Iraq (AP) — [[a|A roadside bomb struck an army vehicle west of Tal Afar on Sunday, killing one soldier and wounding two,]] Iraqi military officials said Monday.
The officials, who spoke on condition of anonymity because they were not authorized to brief reporters, said the bomb had been planted on a dirt road used by army patrols. No one claimed responsibility, but the officials blamed Islamic State group sleeper cells.""",
  R("a", "2022-06-12", "on Sunday", "Tal Afar", "Nineveh", "ISIS", "army", "ied", 1, "killing one soldier", 2, "wounding two"))

D("W", "2025-06-16", """Turkish drone strike kills two in Iraq's Kurdistan region
Jun 16, 2025

ERBIL, Iraq (AFP) - [[a|A Turkish drone strike on a vehicle near the village of Batifa in Duhok province killed two people late Sunday,]] the Kurdistan region's counter-terrorism service said, identifying them as members of the Kurdistan Workers' Party (PKK).
Turkey regularly carries out ground and air operations against the PKK in northern Iraq, where the group has rear bases.""",
  R("a", "2025-06-15", "late Sunday", "Batifa", "Dohuk", "Turkey", "PKK", "airstrike_operation", 2, "killed two people", None, None))

D("W", "2021-09-01", """Islamic State kills three farmers in Iraq's Diyala - officials
September 1, 2021 10:52 AM GMT+3

BAQUBA, Iraq, Sept 1 (Reuters) - [[a|Islamic State militants killed three farmers and wounded a fourth in an attack on a village near Khanaqin in Diyala province on Tuesday evening,]] two local officials said.
The gunmen opened fire on the farmers as they were irrigating their fields, one of the officials said.
(Reporting by Baghdad newsroom; Editing by Frances Kerry)""",
  R("a", "2021-08-31", "on Tuesday evening", "Khanaqin", "Diyala", "ISIS", "civilians", "shooting", 3, "killed three farmers", 1, "wounded a fourth"))

D("W", "2023-03-15", """Bomb hits car of oil engineer near Basra, no one hurt
Mar 15, 2023

BASRA, Iraq (AP) — [[a|A bomb attached to a car belonging to an oil company engineer exploded near the Rumaila oil field west of Basra on Tuesday,]] police said. The engineer had stepped out of the vehicle minutes earlier and no one was hurt.
Police said they were investigating whether the attack was linked to a business dispute. Bombings targeting individuals with small sticky bombs are not uncommon in Iraq's south.""",
  R("a", "2023-03-14", "on Tuesday", "Rumaila oil field", "Basra", "", "civilians", "ied", 0, "no one was hurt", 0, "no one was hurt", canon="Rumaila"))

D("W", "2019-04-03", """RAMADI, Iraq, April 3 (Xinhua) -- [[a|Two shepherds were killed on Tuesday when Islamic State (IS) militants attacked them in the desert near the town of Rutba in Iraq's western province of Anbar,]] a local security source said.
The militants also seized dozens of sheep before fleeing, the source told Xinhua.
IS remnants have been hiding in the vast desert of Anbar since the group's defeat in 2017.
Source: Xinhua | 2019-04-03 16:05:12""",
  R("a", "2019-04-02", "on Tuesday", "Rutba", "Anbar", "ISIS", "civilians", "shooting", 2, "Two shepherds were killed", None, None))

D("W", "2026-11-25", """Drone attack targets Erbil airport area, no casualties - officials
November 25, 2026 8:15 AM GMT+3

ERBIL, Iraq (AFP) - [[a|An explosive-laden drone was shot down near Erbil airport, which hosts US-led coalition troops, late on Tuesday,]] the Kurdistan region's counter-terrorism service said. No one was hurt.
The statement did not say who launched the drone. No group claimed the attack, the first on the airport in several months.""",
  R("a", "2026-11-24", "late on Tuesday", "Erbil airport", "Erbil", "unknown:unclaimed", "US forces", "airstrike_operation", 0, "No one was hurt", 0, "No one was hurt", canon="Erbil"))
