"""realworld20 gold records and texts, styles A G W T K N R (written gold first).
I(sfx, date, date_phrase, place, canonical, province, perpetrator, claimed, target, types,
  killed, killed_text, wounded, wounded_text, prec=..., country=...)"""
from lib import I, doc

# ------------------------------------------------------------------ A: event-data notes (curated event feed)
doc("A1", "A", "2021-03-29", """IQ curated event feed (CEF) - analyst export, 29 March 2021
Window: backfill of late-coded rows, February-March 2021

evt_date: 06 February 2021 | admin1: Kirkuk | admin2: Hawija | sub_event: Remote explosive/landmine/IED | actor1: Islamic State (Iraq) | actor2: Military Forces of Iraq | fatalities: 2
notes: On 6 February 2021, [[a|an IED planted by IS militants struck an army vehicle on a dirt road west of Hawija]], killing two soldiers. No other injuries were reported.

evt_date: 21 March 2021 | admin1: Kirkuk | admin2: Daquq | sub_event: Attack | actor1: Islamic State (Iraq) | actor2: Civilians (Iraq) | fatalities: 1
notes: On 21 March 2021, [[b|IS militants opened fire on farmers working in fields near Daquq]], killing one farmer and wounding his brother.

evt_date: 24 March 2021 | admin1: Kirkuk | sub_event: Peaceful protest
notes: On 24 March 2021, contract teachers protested outside the governorate building. Not an attack.""", [
    I("a", "2021-02-06", "On 6 February 2021", "Hawija", "Hawija", "Kirkuk", "ISIS", "attributed", "army", "ied",
      2, "killing two soldiers", 0, "No other injuries were reported"),
    I("b", "2021-03-21", "On 21 March 2021", "Daquq", "Daquq", "Kirkuk", "ISIS", "attributed", "civilians", "shooting",
      1, "killing one farmer", 1, "wounding his brother"),
])

doc("A2", "A", "2022-04-15", """evt_date,admin1,admin2,location,sub_event,actor1,actor2,fatalities,notes
# CEF export generated 15/04/2022 - rows for Diyala and Najaf - evt_date cells are dd/mm/yyyy,,,,,,,,
27/02/2022,Diyala,Khanaqin,Jalawla,Armed clash,Islamic State (Iraq),Military Forces of Iraq,1,"On 27 February 2022, [[a|an IS sniper shot dead a soldier at an army observation post on the edge of Jalawla]]. No one else was hurt."
30/03/2022,Najaf,Najaf,Najaf,Arson,Unidentified Armed Group (Iraq),,0,"On 30 March 2022, [[c|unknown persons set fire to a party office in the Al-Ghadir area of Najaf city]]. No casualties."
02/04/2022,Diyala,Baquba,Baquba,Peaceful protest,Protesters (Iraq),,0,"On 2 April 2022, residents protested over water shortages. Not an attack."
09/04/2022,Diyala,Khanaqin,Khanaqin,Attack,Unidentified Armed Group (Iraq),Civilians (Iraq),2,"On 9 April 2022, [[b|unidentified gunmen fired on farmers harvesting wheat near Khanaqin]], killing two and wounding one."
""", [
    I("a", "2022-02-27", "On 27 February 2022", "Jalawla", "Jalawla", "Diyala", "ISIS", "attributed", "army", "shooting",
      1, "shot dead a soldier", 0, "No one else was hurt"),
    I("b", "2022-04-09", "On 9 April 2022", "Khanaqin", "Khanaqin", "Diyala", "unknown", None, "civilians", "shooting",
      2, "killing two", 1, "wounding one"),
    I("c", "2022-03-30", "On 30 March 2022", "Al-Ghadir", "Najaf", "Najaf", "unknown", None, "", "other",
      0, "No casualties", 0, "No casualties"),
], ext="csv")

doc("A3", "A", "2022-06-06", """Iraq conflict events - coder notes - week file 2022-W22 (shared 6 Jun 2022)
Late rows added after source review; evt_date as coded.

EV-1 | evt_date 18 April 2022 | Dohuk > Amedi > Batifa | Air/drone strike | Military Forces of Turkey vs. PKK
On 18 April 2022, [[a|a Turkish drone struck a vehicle near Batifa]], killing two men the Turkish defence ministry described as PKK members. Fatalities: 2.

EV-2 | evt_date 24 May 2022 | Muthanna > Al-Salman | Armed clash | smugglers vs. border guards
On 24 May 2022, [[c|smugglers fired on a border guard patrol near Al-Salman]] in the Muthanna desert, killing one guard.

EV-3 | evt_date 30 May 2022 | Dohuk > Zakho > Deraluk | Shelling/artillery | Military Forces of Turkey
On 30 May 2022, [[b|Turkish artillery shelled orchards near Deraluk]], causing no casualties. Fatalities: 0.""", [
    I("a", "2022-04-18", "On 18 April 2022", "Batifa", "Batifa", "Dohuk", "Turkey", "attributed", "PKK", "airstrike_operation",
      2, "killing two men", None, None),
    I("b", "2022-05-30", "On 30 May 2022", "Deraluk", "Deraluk", "Dohuk", "Turkey", "attributed", "", "mortar_rocket",
      0, "causing no casualties", 0, "causing no casualties"),
    I("c", "2022-05-24", "On 24 May 2022", "Al-Salman", "Salman", "Muthanna", "unknown", None, "security forces", "shooting",
      1, "killing one guard", None, None),
])

doc("A4", "A", "2024-11-10", """{"feed": "CEF backfill - Anbar and Wasit", "generated": "2024-11-10", "rows": 4, "note": "event_date is ISO; notes as coded"}
{"event_date": "2024-01-29", "admin1": "Anbar", "location": "Rutba", "sub_event": "Attack", "fatalities": 1, "notes": "On 29 January 2024, [[a|IS militants attacked a border guard post in the desert south of Rutba]], killing one border guard. No injuries were reported."}
{"event_date": "2024-03-16", "admin1": "Anbar", "location": "Al-Qaim", "sub_event": "Remote explosive/landmine/IED", "fatalities": 2, "notes": "On 16 March 2024, [[b|a roadside bomb planted by IS hit an army convoy near Al-Qaim]], killing two soldiers and wounding two others."}
{"event_date": "2024-10-26", "admin1": "Wasit", "location": "Al-Suwaira", "sub_event": "Remote explosive/landmine/IED", "fatalities": 0, "notes": "On 26 October 2024, [[d|an explosive device went off under a police vehicle in Al-Suwaira]], wounding two policemen. The source gives no death toll."}
{"event_date": "2024-11-02", "admin1": "Anbar", "location": "Ain al-Asad", "sub_event": "Shelling/artillery/missile attack", "fatalities": 0, "notes": "On 2 November 2024, [[c|three rockets landed inside Ain al-Asad air base, which hosts US-led coalition troops]], causing no casualties."}
""", [
    I("a", "2024-01-29", "On 29 January 2024", "Rutba", "Rutba", "Anbar", "ISIS", "attributed", "security forces", "shooting",
      1, "killing one border guard", 0, "No injuries were reported"),
    I("b", "2024-03-16", "On 16 March 2024", "Al-Qaim", "Qaim", "Anbar", "ISIS", "attributed", "army", "ied",
      2, "killing two soldiers", 2, "wounding two others"),
    I("c", "2024-11-02", "On 2 November 2024", "Ain al-Asad", "Ain al-Asad", "Anbar", None, None, "US forces", "mortar_rocket",
      0, "causing no casualties", 0, "causing no casualties"),
    I("d", "2024-10-26", "On 26 October 2024", "Al-Suwaira", "Suwaira", "Wasit", None, None, "police", "ied",
      None, None, 2, "wounding two policemen"),
], ext="jsonl")

doc("A5", "A", "2023-10-09", """IQ curated event feed (CEF) - weekly extract, shared 9 October 2023
Salahuddin rows, week of 2-8 October 2023

evt_date: 03 October 2023 | admin1: Salahuddin | admin2: Tikrit | sub_event: Peaceful protest
notes: On 3 October 2023, graduates protested outside the governorate building in Tikrit demanding jobs. No injuries.

evt_date: 05 October 2023 | admin1: Salahuddin | admin2: Baiji | sub_event: Disrupted weapons use
notes: On 5 October 2023, army engineers carried out a controlled detonation of old explosives found in an abandoned house in Baiji. Coded as a strategic development, not as an attack.""", [], noise=True)

# ------------------------------------------------------------------ G: Iraq Security Events Ledger
doc("G1", "G", "2023-05-05", """Iraq Security Events Ledger (ISEL) - entry ISEL-BAB-2023-0412
Entered: 05/05/2023 (all dates in this ledger are DD/MM/YYYY)
Event date: 03/05/2023 | Province: Babil | Locality: Hillah | Weapon: sound bomb | Target class: private residence
Narrative: 03/05/2023: [[a|A sound bomb was thrown at the house of a civil-society activist in Hillah]] shortly after midnight. The blast damaged the gate and a parked car.
Victims killed: 0 | Victims injured: 0 | Attackers killed: 0
Responsibility: no claim; police opened an investigation.""", [
    I("a", "2023-05-03", "03/05/2023", "Hillah", "Hillah", "Babil", None, None, "civilians", "ied",
      0, "Victims killed: 0", 0, "Victims injured: 0"),
])

doc("G2", "G", "2023-06-20", """Iraq Security Events Ledger (ISEL) - entry ISEL-SAL-2023-0977
Entered: 06/20/2023 (this entry uses the MM/DD/YYYY template of the Samarra desk)
Event date: 06/17/2023 | Province: Salahuddin | Locality: Al-Mutaibija basin | Weapon: small arms | Target class: military
Narrative: 06/17/2023: [[a|Islamic State militants ambushed an army patrol in the Al-Mutaibija basin]], east of Samarra, after dark. The patrol returned fire and the attackers withdrew towards the Hamrin foothills.
Victims killed: 3 | Victims injured: 1 | Attackers killed: 0
Responsibility: claimed by the Islamic State through its Amaq news agency.""", [
    I("a", "2023-06-17", "06/17/2023", "Al-Mutaibija", "Mutaibijah", "Salahuddin", "ISIS", "claimed", "army", "ambush",
      3, "Victims killed: 3", 1, "Victims injured: 1"),
])

doc("G3", "G", "2024-05-09", """Iraq Security Events Ledger (ISEL) - entry ISEL-ANB-2024-0318
Entered: 2024-05-09 (ISO dates)
Event date: 2024-05-06 | Province: Anbar | Locality: Haditha | Weapon: small arms | Target class: transport / civilians
Narrative: 2024-05-06: [[a|Gunmen in a pick-up fired on two fuel-truck drivers on the highway west of Haditha]]. Both drivers were hit; one died before reaching hospital.
Victims killed: 1 | Victims injured: 1 | Attackers killed: 0
Responsibility: No group claimed responsibility.""", [
    I("a", "2024-05-06", "2024-05-06", "Haditha", "Haditha", "Anbar", "unknown", "unclaimed", "civilians", "shooting",
      1, "Victims killed: 1", 1, "Victims injured: 1"),
])

doc("G4", "G", "2021-09-14", """Iraq Security Events Ledger (ISEL) - entry ISEL-XB-2021-0044 (cross-border file)
Entered: 14/09/2021 (DD/MM/YYYY)
Event date: 11/09/2021 | Country: Syria | Locality: Al-Bukamal desert | Weapon: small arms | Target class: military
Narrative: 11/09/2021: [[a|IS militants attacked a Syrian army position in the desert south of Al-Bukamal]], opposite Al-Qaim. Logged for border awareness only.
Victims killed: 4 | Victims injured: 2 | Attackers killed: 0
Responsibility: attributed to the Islamic State by Syrian sources; no claim.""", [
    I("a", "2021-09-11", "11/09/2021", "Al-Bukamal", "Al-Bukamal", None, "ISIS", "attributed", "army", "shooting",
      4, "Victims killed: 4", 2, "Victims injured: 2", country="Syria"),
], country="Syria")

doc("G5", "G", "2019-12-02", """Iraq Security Events Ledger (ISEL) - entry ISEL-BAS-2019-0231
Entered: 02.12.2019 (dates written DD.MM.YYYY)
Event date: 28.11.2019 | Province: Basra | Locality: Abu al-Khasib | Weapon: IED | Target class: police
Narrative: 28.11.2019: [[a|An IED exploded beside a police patrol vehicle in Abu al-Khasib]], south-east of Basra city, at about 21:00.
Victims killed: 0 | Victims injured: 1 | Attackers killed: 0
Responsibility: none; the police did not name a suspect.""", [
    I("a", "2019-11-28", "28.11.2019", "Abu al-Khasib", "Abu al-Khasib", "Basra", None, None, "police", "ied",
      0, "Victims killed: 0", 1, "Victims injured: 1"),
])

# ------------------------------------------------------------------ W: wire copy (Prensa Latina, PAP, Agenzia Nova, APA, BTA)
doc("W1", "W", "2022-01-19", """Baghdad, Jan 19 (Prensa Latina) Two members of Iraq's Popular Mobilization Forces were killed and another wounded on Tuesday when [[a|a roadside bomb planted by the Islamic State (IS) hit their vehicle near Muqdadiyah]], in the eastern province of Diyala, security sources reported.

The PMF said its fighters had been returning from a search operation in the orchards north of the town. Diyala has seen repeated attacks by IS cells hiding in the Hamrin foothills.

PL/19.01.2022/ag""", [
    I("a", "2022-01-18", "on Tuesday", "Muqdadiyah", "Muqdadiyah", "Diyala", "ISIS", "attributed", "PMU", "ied",
      2, "Two members of Iraq's Popular Mobilization Forces were killed", 1, "another wounded"),
])

doc("W2", "W", "2023-06-10", """Erbil, June 10 (PAP) - [[a|A drone attack targeted the section of Erbil airport used by the US-led coalition]] on Friday night, causing no casualties, the Kurdistan Region's counter-terrorism service said on Saturday.

It was the second attack on a site hosting coalition troops in the Kurdistan Region in less than a month, after [[b|two rockets hit near the Harir base]] on 14 May without causing casualties.

(PAP) 10.06.2023 11:20""", [
    I("a", "2023-06-09", "on Friday night", "Erbil airport", "Erbil", "Erbil", None, None, "US forces", "other",
      0, "causing no casualties", 0, "causing no casualties"),
    I("b", "2023-05-14", "on 14 May", "Harir", "Harir", "Erbil", None, None, "US forces", "mortar_rocket",
      0, "without causing casualties", 0, "without causing casualties"),
])

doc("W3", "W", "2025-02-09", """Baghdad, 09 Feb 2025 (Agenzia Nova) - One Iraqi soldier was killed and another wounded on Saturday when [[a|an explosive device went off near their patrol in the Tarmiyah district]] north of Baghdad, a security source told Agenzia Nova.

Security officials blamed Islamic State remnants, who still use the orchards and canals around Tarmiyah as hideouts. The army launched a search operation in the area on Sunday morning.""", [
    I("a", "2025-02-08", "on Saturday", "Tarmiyah", "Tarmiyah", "Baghdad", "ISIS", "attributed", "army", "ied",
      1, "One Iraqi soldier was killed", 1, "another wounded"),
])

doc("W4", "W", "2024-12-12", """Tehran/Vienna, 12 Dec 2024 (APA) - Gunmen killed three police officers on Wednesday in [[a|an attack on a patrol near Iranshahr]] in Iran's south-eastern Sistan-Baluchestan province, the Iranian news agency IRNA reported.

No group immediately claimed responsibility. The province, which borders Pakistan and Afghanistan, has seen repeated attacks on security forces. APA has no further details.""", [
    I("a", "2024-12-11", "on Wednesday", "Iranshahr", "Iranshahr", None, "unknown", "unclaimed", "police", "shooting",
      3, "killed three police officers", None, None, country="Iran"),
], country="Iran")

doc("W5", "W", "2023-04-21", """Sofia/Baghdad, April 21 (BTA) - Two Iraqi soldiers were killed and one was wounded on Thursday when [[a|a roadside bomb exploded under their vehicle near Baiji]], north of Tikrit, Iraqi security officials said. The officials blamed the Islamic State (IS).

The attack came days before the Eid al-Fitr holiday, when the army usually tightens security on the highways of Salahuddin province.

BTA, 21.04.2023""", [
    I("a", "2023-04-20", "on Thursday", "Baiji", "Baiji", "Salahuddin", "ISIS", "attributed", "army", "ied",
      2, "Two Iraqi soldiers were killed", 1, "one was wounded"),
])

# ------------------------------------------------------------------ T: translated Arabic press
doc("T1", "T", "2019-06-24", """Al-Mirbad - Basra (translated) - 24 June 2019

A civil activist was killed this evening after [[a|unknown gunmen opened fire on him in the Al-Hayaniya neighbourhood of Basra]], a security source told Al-Mirbad. The source added that the gunmen fled on a motorcycle towards the Khor al-Zubair road.

The incident is the second in the province this year, after [[b|three Katyusha rockets fell on the Burjesia camp of the foreign oil companies]] on 10 March, without causing human losses.""", [
    I("a", "2019-06-24", "this evening", "Al-Hayaniya", "Basra", "Basra", "unknown", None, "civilians", "shooting",
      1, "A civil activist was killed", None, None),
    I("b", "2019-03-10", "on 10 March", "Burjesia", "Zubair", "Basra", None, None, "", "mortar_rocket",
      0, "without causing human losses", 0, "without causing human losses"),
])

doc("T2", "T", "2021-08-20", """Afaq TV - Kirkuk (translated) - Friday 20/08/2021

Two fighters of the Popular Mobilization were martyred and three others wounded yesterday, Thursday, in [[a|an ambush set by Daesh remnants near Al-Rashad subdistrict]], south of Kirkuk, a source in the Hashd said.

The source explained that the terrorists opened fire on a Hashd vehicle on the dirt road between two villages before fleeing towards the Wadi al-Shay valley. Reinforcements were sent to the area.""", [
    I("a", "2021-08-19", "yesterday, Thursday", "Al-Rashad", "Rashad", "Kirkuk", "ISIS", "attributed", "PMU", "ambush",
      2, "Two fighters of the Popular Mobilization were martyred", 3, "three others wounded"),
])

doc("T3", "T", "2025-10-22", """Al-Baghdadia News - Baghdad (translated) - Wednesday 22 October 2025

Two members of the Federal Police were injured yesterday evening when [[a|unknown persons threw a hand grenade at their patrol in the Al-Dora area]] of southern Baghdad, a security source said.

The attack is the second on security forces in and around the capital in two months, after [[b|a drone struck the Taji military base]], north of Baghdad, on 19 August, wounding a soldier.""", [
    I("a", "2025-10-21", "yesterday evening", "Al-Dora", "Baghdad", "Baghdad", "unknown", None, "police", "other",
      None, None, 2, "Two members of the Federal Police were injured"),
    I("b", "2025-08-19", "on 19 August", "Taji", "Taji", "Baghdad", None, None, "army", "other",
      None, None, 1, "wounding a soldier"),
])

doc("T4", "T", "2024-01-16", """Al-Etejah TV - Maysan (translated) - 16/01/2024

A private generator exploded this morning in a residential street of Al-Amarah, setting fire to two shops and damaging cars, the Civil Defence directorate said.

The directorate stressed that the explosion was caused by a fuel leak and was not a terrorist act, as some pages on social media had claimed. Civil Defence teams put out the fire within an hour and no one was hurt.""", [], noise=True)

doc("T5", "T", "2021-04-17", """Al-Mustaqilla - Wasit (translated) - 17/04/2021

A money changer was killed at dawn today by the bullets of unknown gunmen, after [[a|armed men opened fire on him in front of his shop in the centre of Kut]], a police source said. No one else was hurt.

The source said the gunmen took a bag of cash from the shop before escaping, and that the police had closed the exits of the city while searching for them.""", [
    I("a", "2021-04-17", "at dawn today", "Kut", "Kut", "Wasit", "unknown", None, "civilians", "shooting",
      1, "A money changer was killed", 0, "No one else was hurt"),
])

# ------------------------------------------------------------------ K: Kurdish-region outlets
doc("K1", "K", "2023-04-27", """SORAN, Kurdistan Region (Esta Media) - 27 April 2023 - [[a|A Turkish drone struck a car on the road outside Sidakan]] on Wednesday, killing two people whom the Sidakan mayor described as PKK members.

The mayor told Esta Media that the car was hit near a village that has been emptied by years of Turkish bombardment. Turkey has not commented. Residents of the Bradost area say drones circle above the valleys almost every day.""", [
    I("a", "2023-04-26", "on Wednesday", "Sidakan", "Soran", "Erbil", "Turkey", "attributed", "PKK", "airstrike_operation",
      2, "killing two people", None, None),
])

doc("K2", "K", "2024-02-21", """PENJWEN, Kurdistan Region (Kurdistan TV) - 21/02/2024 - [[a|A Turkish air strike hit a PKK position in the mountains above Penjwen]] on Tuesday evening, killing one fighter, local officials said.

Villagers near the Iranian border told Kurdistan TV they heard two loud explosions shortly after sunset. The Penjwen district administration said no civilians were near the site.""", [
    I("a", "2024-02-20", "on Tuesday evening", "Penjwen", "Penjwen", "Sulaymaniyah", "Turkey", "attributed", "PKK", "airstrike_operation",
      1, "killing one fighter", None, None),
])

doc("K3", "K", "2022-06-22", """AMEDI, Kurdistan Region (Rega Media) - 22.06.2022 - A villager was killed and two others wounded when [[a|a Turkish drone struck near the village of Sargele in Amedi district]] on Tuesday, the district mayor said.

The mayor said the three men were collecting firewood. The PKK has fighters in the mountains above the village, and Turkish forces have carried out frequent strikes in the district since April.""", [
    I("a", "2022-06-21", "on Tuesday", "Sargele", "Amedi", "Dohuk", "Turkey", "attributed", "civilians", "airstrike_operation",
      1, "A villager was killed", 2, "two others wounded"),
])

doc("K4", "K", "2023-12-03", """KHALIFAN, Kurdistan Region (Zhyan News) - 3 December 2023 - [[a|Turkish artillery shelled farmland near Khalifan]] on Saturday, wounding two farmers, the subdistrict director told Zhyan News. No one was killed.

Earlier this year, Islamic State militants attacked a Peshmerga post at Qarachogh; Khalifan itself had been quiet for most of the year, residents said. Farmers say they can no longer reach their fields on the slopes.""", [
    I("a", "2023-12-02", "on Saturday", "Khalifan", "Khalifan", "Erbil", "Turkey", "attributed", "civilians", "mortar_rocket",
      0, "No one was killed", 2, "wounding two farmers"),
])

doc("K5", "K", "2023-08-30", """DERIK, Rojava (Kurdpa) - 30 August 2023 - [[a|A Turkish drone struck a car near Derik]] in north-east Syria on Tuesday, killing the driver, local Kurdish authorities said.

The area, near the Syrian-Iraqi border crossing at Semalka, has been targeted several times this summer. Kurdpa could not independently confirm who was in the car.""", [
    I("a", "2023-08-29", "on Tuesday", "Derik", "Derik", None, "Turkey", "attributed", "civilians", "airstrike_operation",
      1, "killing the driver", None, None, country="Syria"),
], country="Syria")

# ------------------------------------------------------------------ N: reports without figures
doc("N1", "N", "2021-10-08", """Hawija, 8 October 2021 - [[a|IS militants abducted three shepherds near the village of Al-Abbasi, west of Hawija]], yesterday and drove off with their flock, local officials said.

The officials said the militants came on motorcycles from the Wadi Zghaitun valley. Police and army units were searching the area. The fate of the shepherds remains unknown.""", [
    I("a", "2021-10-07", "yesterday", "Hawija", "Hawija", "Kirkuk", "ISIS", "attributed", "civilians", "kidnapping",
      None, None, None, None),
])

doc("N2", "N", "2019-09-16", """Basra, 16 September 2019 - [[a|Armed men abducted an engineer working for an oil contractor on the road near Al-Qurna]] on Sunday, a source in the Basra Operations Command said.

The engineer was driving back from a field north of the town when two cars blocked his way. His company said it was in contact with the authorities and would not comment further.""", [
    I("a", "2019-09-15", "on Sunday", "Al-Qurna", "Qurna", "Basra", "unknown", None, "civilians", "kidnapping",
      None, None, None, None),
])

doc("N3", "N", "2022-11-24", """Duhok, 24 November 2022 - [[a|PKK fighters attacked a Turkish military outpost near Bamerni]] on Wednesday night, local sources said. There was no information on casualties.

Residents of nearby villages reported an exchange of fire lasting about an hour, followed by Turkish drones flying over the Bamerni area until the morning. Turkey's defence ministry had not commented by noon.""", [
    I("a", "2022-11-23", "on Wednesday night", "Bamerni", "Bamerni", "Dohuk", "PKK", "attributed", "Turkey", "shooting",
      None, None, None, None),
])

doc("N4", "N", "2020-06-14", """Nasiriyah, 14 June 2020 - A loud blast shook the Al-Shamiya quarter of Nasiriyah late on Saturday, but the electricity directorate said it was caused by an overloaded transformer.

The directorate said it was not an attack and asked residents not to share rumours about a bombing. Power was restored to the quarter by the morning.""", [], noise=True)

doc("N5", "N", "2020-11-15", """Diwaniyah, 15 November 2020 - [[a|A bomb planted under the car of a judge exploded outside his home in Al-Diwaniyah]] on Saturday night, police said.

Police did not say whether anyone was hurt. The judge sits on a court that has tried several cases of attacks on protesters, a colleague said. The area around the house was sealed off.""", [
    I("a", "2020-11-14", "on Saturday night", "Al-Diwaniyah", "Diwaniyah", "Qadisiyah", None, None, "civilians", "ied",
      None, None, None, None),
])

# ------------------------------------------------------------------ R: round-ups
doc("R1", "R", "2021-01-04", """Nineveh security review - Q4 2020 (issued 4 January 2021)

Attacks
9 October - Badush: [[a|IS gunmen fired on a PMF checkpoint outside Badush]], killing one fighter and wounding another.
19 November - Mosul: [[b|a sticky bomb went off under a police officer's car in the Al-Muhandiseen neighbourhood of Mosul]]; no one was hurt.
5 December - Hammam al-Alil: [[c|IS militants ambushed a police patrol near Hammam al-Alil]], killing two policemen and wounding two.

Other
Returns to the Sinjar district continued slowly, with about 300 families arriving from camps in Dohuk in November. Heavy rain closed the Mosul-Dohuk road for a day in December. Trend: three attacks in the quarter, against five in Q3.""", [
    I("a", "2020-10-09", "9 October", "Badush", "Badush", "Nineveh", "ISIS", "attributed", "PMU", "shooting",
      1, "killing one fighter", 1, "wounding another"),
    I("b", "2020-11-19", "19 November", "Al-Muhandiseen", "Mosul", "Nineveh", None, None, "police", "ied",
      0, "no one was hurt", 0, "no one was hurt"),
    I("c", "2020-12-05", "5 December", "Hammam al-Alil", "Hammam al-Alil", "Nineveh", "ISIS", "attributed", "police", "ambush",
      2, "killing two policemen", 2, "wounding two"),
])

doc("R2", "R", "2020-08-03", """Mid-Euphrates and southern governorates - monthly review, July 2020 (issued 03/08/2020)

11 July, Al-Musayyib: [[a|an IED exploded outside the house of a tribal sheikh in Al-Musayyib]], wounding his son.
19 July, Samawa: [[b|an explosive device damaged a mobile-phone shop in Samawa]]; there were no casualties.
26 July, Nasiriyah: [[c|gunmen on a motorcycle fired on protesters near Al-Habboubi square in Nasiriyah]], killing one and wounding four.

Also this month: temperatures above 50 degrees led to power cuts and water protests in Basra and Dhi Qar; pilgrims' traffic towards Karbala was heavy at the end of the month.""", [
    I("a", "2020-07-11", "11 July", "Al-Musayyib", "Musayyib", "Babil", None, None, "civilians", "ied",
      None, None, 1, "wounding his son"),
    I("b", "2020-07-19", "19 July", "Samawa", "Samawa", "Muthanna", None, None, "", "ied",
      0, "there were no casualties", 0, "there were no casualties"),
    I("c", "2020-07-26", "26 July", "Nasiriyah", "Nasiriyah", "Dhi Qar", "unknown", None, "civilians", "shooting",
      1, "killing one", 4, "wounding four"),
])

doc("R3", "R", "2022-10-02", """# Diyala security digest - Q3 2022

*Issued 2 October 2022 · Diyala desk*

## Attacks

**14 July, Muqdadiyah** - [[a|Daesh militants abducted two shepherds near Muqdadiyah]]; one was found dead the next day.

**21 August, Baladruz** - [[b|mortar rounds fell on a PMF position east of Baladruz]], wounding two fighters. No one was killed.

**3 September, Kanaan** - [[c|IS militants ambushed a PMF patrol near Kanaan]], killing three fighters and wounding two.

## Other

The Baquba-Khalis road reopened after repairs. Water shortages hit farms along the Diyala river.
""", [
    I("a", "2022-07-14", "14 July", "Muqdadiyah", "Muqdadiyah", "Diyala", "ISIS", "attributed", "civilians", "kidnapping",
      1, "one was found dead the next day", None, None),
    I("b", "2022-08-21", "21 August", "Baladruz", "Baladruz", "Diyala", None, None, "PMU", "mortar_rocket",
      0, "No one was killed", 2, "wounding two fighters"),
    I("c", "2022-09-03", "3 September", "Kanaan", "Kanaan", "Diyala", "ISIS", "attributed", "PMU", "ambush",
      3, "killing three fighters", 2, "wounding two"),
], ext="md")

doc("R4", "R", "2022-08-15", """Kurdistan Region - security week in review (8-14 August 2022), issued Monday 15 August 2022

Tue 9 Aug - Batifa: [[a|Turkish artillery shelled hillsides near Batifa]]; no casualties.
Thu 11 Aug - Kani Masi: [[b|Turkish shelling hit orchards near Kani Masi]], wounding a farmer.
Sat 13 Aug - Sharanish: [[c|a Turkish drone struck a car near Sharanish, north of Zakho]], killing three men described by local officials as PKK members.

Also: the Ibrahim Khalil crossing saw long queues of trucks; temperatures in Erbil reached 49 degrees; Slemani held a book fair.""", [
    I("a", "2022-08-09", "Tue 9 Aug", "Batifa", "Batifa", "Dohuk", "Turkey", "attributed", "", "mortar_rocket",
      0, "no casualties", 0, "no casualties"),
    I("b", "2022-08-11", "Thu 11 Aug", "Kani Masi", "Kani Masi", "Dohuk", "Turkey", "attributed", "civilians", "mortar_rocket",
      None, None, 1, "wounding a farmer"),
    I("c", "2022-08-13", "Sat 13 Aug", "Sharanish", "Zakho", "Dohuk", "Turkey", "attributed", "PKK", "airstrike_operation",
      3, "killing three men", None, None),
])

doc("R5", "R", "2024-04-08", """Weekly security round-up - central Iraq (1-7 April 2024), issued 8 April 2024

No attacks were recorded this week. Police in Baquba seized 40 kilograms of narcotics on Tuesday. A tribal dispute over farmland near Balad was settled by elders on Thursday. A traffic accident on the Baghdad-Kirkuk road killed three people on Friday. Dust storms grounded flights at Baghdad airport for several hours on Saturday.""", [], noise=True)
