"""realworld22 gold and texts, styles A G W T K N R (set-22 data; written gold first,
texts around the records with one [[x|...]] evidence marker per incident)."""
from lib import I, doc, W, add
from s22 import isow, ordinal, solar, rfc

# ====================================================================== A: IVCP coder notes / exports
a, b = "2021-02-16", "2021-02-18"
doc("A1", "A", "2021-02-20", f"""IVCP - Iraq Violence Coding Project | coder sheet NIN-07 | file closed 2021-02-20
Convention: event_day is written as an ISO week date (YYYY-Www-D, day 1 = Monday).

row 1 | event_day {isow(a)} | admin1 Nineveh | admin2 Sinjar | sub_event drone strike | actor1 Military Forces of Turkey | fatalities 2
notes: [[a|A Turkish drone hit a car on the road south of Sinjar town, killing two men whom the local mayor described as YBS fighters.]] No injuries were reported.

row 2 | event_day {isow(b)} | admin1 Nineveh | admin2 Tal Afar | sub_event remote explosive | actor1 Islamic State (Iraq) | fatalities 1
notes: [[b|A roadside bomb struck an army patrol west of Tal Afar; IS claimed it on its channels.]] One soldier died and a pair of his comrades were hurt.

row 3 | event_day {isow("2021-02-19")} | admin1 Nineveh | admin2 Mosul | sub_event peaceful protest | fatalities 0
notes: Students rallied in Mosul over exam dates. Not an attack; no event coded.""", [
    I("a", a, isow(a), "Sinjar", "Sinjar", "Nineveh", "Turkey", "attributed", "PKK", "airstrike_operation",
      2, "killing two men", 0, "No injuries were reported"),
    I("b", b, isow(b), "Tal Afar", "Tal Afar", "Nineveh", "ISIS", "claimed", "army", "ied",
      1, "One soldier died", 2, "a pair of his comrades were hurt")])

a, b = "2024-02-20", "2024-02-27"
doc("A2", "A", "2024-03-02", f"""# IVCP export kirkuk_2024_q1.csv | exported 2024-03-02 | event_ordinal = year and day of the year (YYYY-DDD)
event_ordinal,admin1,location,sub_event,actor1,fatalities,notes
{ordinal(a)},Kirkuk,Hawija,remote explosive,,0,"[[a|An IED hit an army Humvee on the road north of Hawija]]; half a dozen soldiers were wounded, none killed."
{ordinal(b)},Kirkuk,Daquq,attack,Unidentified Armed Group (Iraq),2,"[[b|Gunmen shot dead a pair of shepherds grazing sheep east of Daquq]]; no one else was hurt."
{ordinal("2024-02-29")},Kirkuk,Kirkuk,peaceful protest,Protesters (Iraq),0,"Contract teachers protested outside the governorate building. Not an attack."
""", [
    I("a", a, ordinal(a), "Hawija", "Hawija", "Kirkuk", None, None, "army", "ied",
      0, "none killed", 6, "half a dozen soldiers were wounded"),
    I("b", b, ordinal(b), "Daquq", "Daquq", "Kirkuk", "unknown", None, "civilians", "shooting",
      2, "shot dead a pair of shepherds", 0, "no one else was hurt")], ext="csv")

doc("A3", "A", "2023-10-12", """{"feed": "IVCP rolling feed - Diyala", "generated": "2023-10-12T05:40:00+03:00", "note": "the when field is relative to generated"}
{"id": "IVCP-DIY-2310-01", "admin1": "Diyala", "location": "Khanaqin", "when": "last Tuesday", "sub_event": "armed clash", "actor1": "Islamic State (Iraq)", "fatalities": 3, "notes": "[[a|IS gunmen ambushed a PMF patrol on the road between Khanaqin and Jalawla]], killing three fighters; two others were wounded."}
{"id": "IVCP-DIY-2310-02", "admin1": "Diyala", "location": "Baladruz", "when": "on the evening of the previous day", "sub_event": "remote explosive", "actor1": "", "fatalities": 0, "notes": "[[b|An explosive charge left at the door of a mobile-phone shop in Baladruz went off]], wrecking the shop front. No one was hurt."}
""", [
    I("a", "2023-10-10", "last Tuesday", "Khanaqin", "Khanaqin", "Diyala", "ISIS", "attributed", "PMU", "ambush",
      3, "killing three fighters", 2, "two others were wounded"),
    I("b", "2023-10-11", "on the evening of the previous day", "Baladruz", "Baladruz", "Diyala", None, None, "", "ied",
      0, "No one was hurt", 0, "No one was hurt")], ext="jsonl")

doc("A4", "A", "2024-06-09", """IVCP backfill note | Basra desk | logged 09/06/2024 by coder R.H.
Two late reports, dated in the desk's letter style (inst. = this month, ult. = last month).

1) [[a|A sound bomb was thrown at the house of a lawyer in the Al-Jubaila district of Basra]] on the 3rd inst.; nobody was hurt and only the gate was damaged. actor1: none named.

2) On the 28th ult., [[b|gunmen fired on a car carrying two oil company engineers near Zubair]], wounding both; both survived. actor1: Unidentified Armed Group (Iraq).

Coder comment: neither event was in the weekly file; both added with the source's dates.""", [
    I("a", "2024-06-03", "on the 3rd inst.", "Basra", "Basra", "Basra", None, None, "civilians", "ied",
      0, "nobody was hurt", 0, "nobody was hurt"),
    I("b", "2024-05-28", "On the 28th ult.", "Zubair", "Zubair", "Basra", "unknown", None, "civilians", "shooting",
      0, "both survived", 2, "wounding both")])

doc("A5", "A", "2026-02-03", """IVCP weekly batch BGD-05 | window 27/1 - 2/2 | compiled 03/02/2026
Date cells in this batch are day/month; the year is the batch's.

27/1 | Abu Ghraib | remote explosive | fat. 3 | [[a|An IED wrecked a PMF pick-up on a farm road in Abu Ghraib]]. Two fighters and their driver were killed; the Hashd gave no figure for wounded.
1/2 | Tarmiyah | abduction | fat. 0 | [[b|Armed men took a farmer from his orchard outside Tarmiyah at night]]; police blamed IS cells. No word on his fate.
2/2 | Baghdad | demonstration | fat. 0 | Graduates marched to Tahrir Square over jobs. Not an attack.""", [
    I("a", "2026-01-27", "27/1", "Abu Ghraib", "Abu Ghraib", "Baghdad", None, None, "PMU", "ied",
      3, "Two fighters and their driver were killed", None, None),
    I("b", "2026-02-01", "1/2", "Tarmiyah", "Tarmiyah", "Baghdad", "ISIS", "attributed", "civilians", "kidnapping",
      None, None, None, None)])

doc("A6", "A", "2022-05-16", """IVCP coder sheet ANB-19 | sheet closed 16/05/2022
Date field format: DD-Mon-YY.

evt 11-May-22 | Ramadi | remote explosive | actor1: none named
[[a|A sticky bomb under a police officer's car exploded in Ramadi's Al-Tash area]], killing the officer. No one else was hurt.

evt 14-May-22 | Rutba | armed clash | actor1: Islamic State (Iraq)
[[b|IS gunmen attacked a border guard post west of Rutba]]. Two guards were killed outright and three more were wounded; the attackers fled towards the desert.""", [
    I("a", "2022-05-11", "11-May-22", "Ramadi", "Ramadi", "Anbar", None, None, "police", "ied",
      1, "killing the officer", 0, "No one else was hurt"),
    I("b", "2022-05-14", "14-May-22", "Rutba", "Rutba", "Anbar", "ISIS", "attributed", "security forces", "shooting",
      2, "Two guards were killed outright", 3, "three more were wounded")])

doc("A7", "A", "2024-07-28", """IVCP coder sheet SAL-30 | sheet closed 2024-07-28

row 1 | Tikrit | peaceful protest | fat. 0 | Farmers protested over water quotas outside the provincial council.
row 2 | Baiji | (not coded) | fat. 0 | Army engineers found a roadside device on the Baiji-Haditha road and defused it. No explosion, no target hit: coder decision, not an attack and not coded as an event.
row 3 | Samarra | non-violent | fat. 0 | Traffic rules for pilgrims announced by the city.
No attack rows this week.""", noise=True)

# ====================================================================== G: Regional Incident Registry cards
e = "2019-03-14"
doc("G1", "G", "2019-03-18", f"""REGIONAL INCIDENT REGISTRY (RIR) - card RIR-SD-19-031
As of: 18 March 2019 (card last edited)
Event day: {W(e)} the 14th (month and year as in the As of line)
Location: Tuz Khurmatu, Salahuddin
Type: indirect fire | Perpetrator: not named
Killed: 0 | Injured: 3
Narrative: [[a|Three mortar rounds fell on a residential street in Tuz Khurmatu]]. Three civilians, among them a boy, were injured; no deaths. Police said the rounds came from the hills to the east.
Source grade: B (two local sources)""", [
    I("a", e, f"{W(e)} the 14th", "Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", None, None, "civilians", "mortar_rocket",
      0, "no deaths", 3, "Three civilians, among them a boy, were injured")])

e = "2023-06-02"
doc("G2", "G", "2023-06-05", f"""REGIONAL INCIDENT REGISTRY (RIR) - card RIR-XB-23-007 (cross-border annex)
As of: 05/06/2023
Event day: 2 June, a {W(e)}
Location: Al-Shuhayl, Deir ez-Zor countryside, Syria (outside the registry's Iraq scope; kept in the border annex)
Type: armed attack | Perpetrator: Islamic State (attributed by local sources)
Killed: 2 | Injured: 1
Narrative: [[a|IS gunmen fired on an SDF checkpoint near Al-Shuhayl]], killing two guards and injuring one.
Source grade: C""", [
    I("a", e, f"2 June, a {W(e)}", "Al-Shuhayl", "Al-Shuhayl", None, "ISIS", "attributed", "security forces", "shooting",
      2, "killing two guards", 1, "injuring one", country="Syria")], country="Syria")

e = "2019-07-09"
doc("G3", "G", "2019-07-11", f"""REGIONAL INCIDENT REGISTRY (RIR) - card RIR-SD-19-058
As of: 11 Jul 2019
Event day: the ninth ({W(e)[:3]})
Location: Al-Shirqat, Salahuddin
Type: explosive device | Perpetrator: Islamic State (attributed by district officials)
Killed: 2 | Injured: 0
Narrative: [[a|An IED planted beside a water pump killed a pair of farmers near Al-Shirqat]]. Nobody else was hurt. District officials blamed IS remnants hiding in the Makhoul hills.""", [
    I("a", e, f"the ninth ({W(e)[:3]})", "Al-Shirqat", "Sharqat", "Salahuddin", "ISIS", "attributed", "civilians", "ied",
      2, "killed a pair of farmers", 0, "Nobody else was hurt")])

e = "2019-11-02"
doc("G4", "G", "2019-11-04", f"""REGIONAL INCIDENT REGISTRY (RIR) - card RIR-SD-19-090
As of: Mon 04/11/2019
Event day: {W(e)[:3]} 2nd
Location: Balad, Salahuddin
Type: armed attack | Perpetrator: unidentified gunmen
Killed: 1 | Injured: 2
Narrative: [[a|Gunmen fired on a PMF checkpoint on the edge of Balad]] from a passing car. One fighter was killed and two were wounded. The car was found burnt out near the river.""", [
    I("a", e, f"{W(e)[:3]} 2nd", "Balad", "Balad", "Salahuddin", "unknown", None, "PMU", "shooting",
      1, "One fighter was killed", 2, "two were wounded")])

doc("G5", "G", "2019-09-20", """REGIONAL INCIDENT REGISTRY (RIR) - card RIR-SD-19-071
As of: 20/09/2019
Event date: Sep 17 '19 (two-digit year, as the source wrote it)
Location: Dujail, Salahuddin
Type: explosive device | Perpetrator: not named
Killed: 0 | Injured: 3
Narrative: [[a|A roadside bomb hit an army vehicle near Dujail]]; two soldiers and an interpreter were wounded. No one was killed.""", [
    I("a", "2019-09-17", "Sep 17 '19", "Dujail", "Dujail", "Salahuddin", None, None, "army", "ied",
      0, "No one was killed", 3, "two soldiers and an interpreter were wounded")])

doc("G6", "G", "2020-01-02", """REGIONAL INCIDENT REGISTRY (RIR) - card RIR-SD-20-001
As of: 02/01/2020
Event date: 30/12 (no year in the source; read it with the As of line)
Location: highway south of Tikrit, Salahuddin
Type: abduction | Perpetrator: Islamic State (attributed by the provincial police)
Killed: not stated | Injured: not stated
Narrative: [[a|IS militants at a fake checkpoint kidnapped two truck drivers on the highway south of Tikrit]]. Their fate is unknown.""", [
    I("a", "2019-12-30", "30/12", "Tikrit", "Tikrit", "Salahuddin", "ISIS", "attributed", "civilians", "kidnapping",
      None, None, None, None)])

doc("G7", "G", "2019-10-12", """REGIONAL INCIDENT REGISTRY (RIR) - card RIR-NI-19-044
As of: 12 October 2019
Event date: day 281 of 2019 (the source system counts days of the year)
Location: Al-Nabi Yunis area, Mosul, Nineveh
Type: grenade | Perpetrator: not named
Killed: 0 | Injured: 2
Narrative: [[a|A hand grenade was thrown into a phone shop in Mosul's Al-Nabi Yunis area]]. Two shop workers were lightly wounded; there were no deaths. The shop had received threats over a debt.""", [
    I("a", "2019-10-08", "day 281 of 2019", "Mosul", "Mosul", "Nineveh", None, None, "civilians", "other",
      0, "there were no deaths", 2, "Two shop workers were lightly wounded")])

# ====================================================================== W: wire copy (LETA, BNS, FENA, VNA, BSS, CNA, ERR News)
doc("W1", "W", "2020-03-13", """LETA | Dateline: RIGA/ERBIL | 2020-03-13 11:05

Rockets land near Erbil airport

RIGA, March 13 (LETA) - [[a|Two rockets struck open ground next to Erbil airport, where troops of the US-led coalition are based,]] earlier this week, on Monday, causing no casualties, the Kurdistan Region's interior ministry told LETA by phone. No group claimed the launch. Latvian instructors who serve with the coalition in Iraq were not affected, the defence ministry in Riga said.""", [
    I("a", "2020-03-09", "earlier this week, on Monday", "Erbil airport", "Erbil", "Erbil", None, None, "US forces",
      "mortar_rocket", 0, "causing no casualties", 0, "causing no casualties")])

doc("W2", "W", "2020-07-03", """BNS | Dateline: VILNIUS/ERBIL | 03/07/2020 14:20

VILNIUS, July 3 (BNS) - [[a|A small drone carrying explosives crashed into the perimeter of the Harir base]] in Iraq's Kurdistan Region last Tuesday, the Lithuanian defence ministry said on Friday, adding that no one was hurt. The base north-east of Erbil hosts coalition forces, among them a small Lithuanian training team. The ministry did not say who launched the drone.""", [
    I("a", "2020-06-30", "last Tuesday", "Harir", "Harir", "Erbil", None, None, "US forces", "other",
      0, "no one was hurt", 0, "no one was hurt")])

doc("W3", "W", "2019-11-12", """FENA | Dateline: SARAJEVO/BAGHDAD | 12.11.2019

SARAJEVO, 12 November (FENA) - Iraq's Popular Mobilization Forces said on Tuesday that [[a|a roadside bomb had hit a vehicle carrying Hashd fighters near Al-Qaim]] 48 hours earlier, killing two fighters. The statement, carried by Iraqi media, gave no figure for wounded and named no perpetrator. Al-Qaim lies on the border with Syria.""", [
    I("a", "2019-11-10", "48 hours earlier", "Al-Qaim", "Qaim", "Anbar", None, None, "PMU", "ied",
      2, "killing two fighters", None, None)])

doc("W4", "W", "2020-09-18", """VNA | Dateline: HANOI | 18/09/2020

HANOI, September 18 (VNA) - Iraqi Kurdish officials said on Friday that [[a|Islamic State militants attacked a Peshmerga post near Makhmour]] a week ago today. Two Peshmerga fighters and a civilian guard were killed in the attack, a Peshmerga spokesman said; he gave no figure for wounded. Vietnam's foreign ministry reiterated its condemnation of terrorism in all its forms.""", [
    I("a", "2020-09-11", "a week ago today", "Makhmour", "Makhmour", "Erbil", "ISIS", "attributed", "Peshmerga+civilians",
      "shooting", 3, "Two Peshmerga fighters and a civilian guard were killed", None, None)])

doc("W5", "W", "2021-01-23", """BSS/23-01-2021 | Dateline: DHAKA

DHAKA, Jan 23 (BSS) - [[a|A bomb hidden in a bag exploded at a bus stop in Baghdad's Al-Nahda area]] the night before last, wounding half a dozen people, Iraqi police said. No one was killed. Bangladesh's embassy in Baghdad said no Bangladeshi workers were among the injured. No group claimed the blast.""", [
    I("a", "2021-01-21", "the night before last", "Baghdad", "Baghdad", "Baghdad", "unknown", "unclaimed", "civilians", "ied",
      0, "No one was killed", 6, "wounding half a dozen people")])

doc("W6", "W", "2022-08-08", """CNA | Dateline: NICOSIA | 08/08/2022 12:40

NICOSIA, Aug 8 (CNA) - [[a|A Turkish drone struck a vehicle near Penjwen]] in Iraq's Kurdistan Region over the weekend, killing two people whom local officials described as PKK members, according to reports monitored by CNA. The reports did not say on which day of the weekend the strike took place. Cyprus has repeatedly criticised Turkish cross-border operations.""", [
    I("a", "2022-08", "over the weekend", "Penjwen", "Penjwen", "Sulaymaniyah", "Turkey", "attributed", "PKK",
      "airstrike_operation", 2, "killing two people", None, None, prec="month")])

e = "2024-01-17"
doc("W7", "W", "2024-01-19", f"""ERR News | Dateline: TALLINN | 19.01.2024 ({solar("2024-01-19")} in the Iranian calendar)

TALLINN, Jan 19 (ERR News) - [[a|Gunmen killed two Iranian border guards near Saravan]] in Iran's Sistan-Baluchestan province on {W(e)}, Iranian media reported. One more guard was wounded. No group claimed the attack. Estonia's foreign ministry has advised against all travel to the province.""", [
    I("a", e, f"on {W(e)}", "Saravan", "Saravan", None, "unknown", "unclaimed", "security forces", "shooting",
      2, "killed two Iranian border guards", 1, "One more guard was wounded", country="Iran")], country="Iran")

# ====================================================================== T: translated Arabic press
doc("T1", "T", "2021-06-17", """Almaalomah (translated) | Thursday 17/06/2021

Najaf - A father and his two sons were martyred on the evening of the day before yesterday when [[a|unknown gunmen opened fire on their car near the Kufa bridge]], a security source told Almaalomah. The source added that the attackers fled towards the orchards and that no one else was injured. The police opened an investigation.""", [
    I("a", "2021-06-15", "on the evening of the day before yesterday", "Kufa", "Kufa", "Najaf", "unknown", None,
      "civilians", "shooting", 3, "A father and his two sons were martyred", 0, "no one else was injured")])

e = "2022-08-12"
doc("T2", "T", "2022-08-14", f"""Burathanews (translated) | 14 August 2022

Karbala - [[a|A hand grenade was thrown at a police patrol on the Karbala-Najaf road]] at sunset on {W(e)}, the 12th, wounding a policeman and two passers-by, according to a source in the Karbala police. There were no deaths. The source said the thrower escaped on a motorbike.""", [
    I("a", e, f"at sunset on {W(e)}, the 12th", "Karbala-Najaf road", "Karbala", "Karbala", None, None, "police", "other",
      0, "There were no deaths", 3, "wounding a policeman and two passers-by")])

doc("T3", "T", "2020-08-17", """Iraq Press (translated) | 17/08/2020

Babil - [[a|An explosive device went off at 9 pm on 15/8 near a shop selling alcohol in the centre of Hillah]], causing material damage without human losses, a police source told Iraq Press. It was the second such blast against liquor shops in the city this summer; the first caused no damage worth reporting and was not announced at the time.""", [
    I("a", "2020-08-15", "at 9 pm on 15/8", "Hillah", "Hillah", "Babil", None, None, "", "ied",
      0, "without human losses", 0, "without human losses")])

doc("T4", "T", "2023-07-03", """Al-Bayyna New (translated) | 03-07-2023

Diwaniyah - Civil defence teams put out a fire that broke out yesterday in a grain warehouse in Al-Diwaniyah. A civil defence officer said an electrical fault caused the fire and ruled out any criminal act. Two workers were treated for smoke inhalation. The warehouse belongs to the ministry of trade, which said the stored wheat would be checked before distribution.""", noise=True)

doc("T5", "T", "2023-03-06", """Al-Bilad News (translated) | 6 March 2023

Wasit - [[a|A sticky bomb exploded under the car of a municipal engineer in Kut]] on the first of the current month, wounding the engineer and his son, the Wasit police said. No deaths were recorded. The engineer had been supervising the demolition of illegal buildings in the city.""", [
    I("a", "2023-03-01", "on the first of the current month", "Kut", "Kut", "Wasit", None, None, "civilians", "ied",
      0, "No deaths were recorded", 2, "wounding the engineer and his son")])

e = "2026-05-03"
doc("T6", "T", "2026-05-05", f"""Ishtar TV (translated) | 05/05/2026

Dhi Qar - [[a|Gunmen fired on the house of a local council candidate in Nasiriyah]] on the evening of 3/5, {W(e)}, damaging its facade, a police source said. The candidate and his family were unhurt, and there were no casualties. The candidate blamed political rivals; police did not name a suspect.""", [
    I("a", e, f"on the evening of 3/5, {W(e)}", "Nasiriyah", "Nasiriyah", "Dhi Qar", "unknown", None, "civilians", "shooting",
      0, "there were no casualties", 0, "there were no casualties")])

doc("T7", "T", "2019-04-25", """Alsabaah (translated) | Thursday 25 April 2019

Maysan - [[a|An explosive charge planted at the door of a liquor store in Amarah exploded]] shortly after the dawn call to prayer today, destroying the store front, the Maysan police said. Nobody was hurt. It is the third attack on such stores in the province since the start of the year.""", [
    I("a", "2019-04-25", "shortly after the dawn call to prayer today", "Amarah", "Amarah", "Maysan", None, None, "",
      "ied", 0, "Nobody was hurt", 0, "Nobody was hurt")])

# ====================================================================== K: Kurdish-region outlets (Solar Hijri beside Gregorian)
e = "2025-07-03"
doc("K1", "K", "2025-07-05", f"""Duhok Post | {solar("2025-07-05")} (Solar Hijri, for our readers in the east) / 5 July 2025

AMEDI, Kurdistan Region - [[a|A Turkish drone strike hit a field on the outskirts of a village near Amedi]] on {W(e)} afternoon, killing a farmer, the district mayor told Duhok Post. No one else was hurt. Villagers said Turkish drones had circled the valley for a week.""", [
    I("a", e, f"on {W(e)} afternoon", "Amedi", "Amedi", "Dohuk", "Turkey", "attributed", "civilians", "airstrike_operation",
      1, "killing a farmer", 0, "No one else was hurt")])

e = "2025-08-17"
doc("K2", "K", "2025-08-19", f"""Roj News | {solar("2025-08-19")} | 19.08.2025

BATIFA, Kurdistan Region - [[a|Turkish artillery shelled the hills around Batifa]] in the small hours of {W(e)}, setting orchards on fire, a local official said. No one was killed or injured. Families in two villages left their homes for the night.""", [
    I("a", e, f"in the small hours of {W(e)}", "Batifa", "Batifa", "Dohuk", "Turkey", "attributed", "", "mortar_rocket",
      0, "No one was killed or injured", 0, "No one was killed or injured")])

doc("K3", "K", "2025-09-23", f"""Kurdistan Voice | {solar("2025-09-23")} - 23 September 2025

KANI MASI, Kurdistan Region - [[a|Turkish jets bombed a mountain road near Kani Masi]] yesterday around sunset, killing two men whom the sub-district head described as PKK fighters and wounding a third. Their identities were not released.""", [
    I("a", "2025-09-22", "yesterday around sunset", "Kani Masi", "Kani Masi", "Dohuk", "Turkey", "attributed", "PKK",
      "airstrike_operation", 2, "killing two men", 1, "wounding a third")])

doc("K4", "K", "2022-10-04", """Sulaimani Post | 4 October 2022

QALADZE, Kurdistan Region - [[a|A drone struck a car on the road outside Qaladze]] on Oct 2nd, wounding a pair of young men from the town, the mayor said. No one was killed. The mayor blamed Turkey; the Turkish defence ministry said it had "neutralised terrorists" in northern Iraq that day without giving a place.""", [
    I("a", "2022-10-02", "on Oct 2nd", "Qaladze", "Qaladze", "Sulaymaniyah", "Turkey", "attributed", "civilians",
      "airstrike_operation", 0, "No one was killed", 2, "wounding a pair of young men")])

e = "2020-11-07"
doc("K5", "K", "2020-11-09", f"""Kirkuk Now | 09/11/2020

HAWIJA - [[a|Islamic State militants attacked an army post west of Hawija]] on {W(e)}, shortly before midnight, killing a soldier and wounding two more, a security source told Kirkuk Now. The army said the attackers withdrew into the Wadi al-Shay valley.""", [
    I("a", e, f"on {W(e)}, shortly before midnight", "Hawija", "Hawija", "Kirkuk", "ISIS", "attributed", "army", "shooting",
      1, "killing a soldier", 2, "wounding two more")])

doc("K6", "K", "2020-05-28", f"""Hawler Times | {solar("2020-05-28")} / 28 May 2020

SIDAKAN, Kurdistan Region - Residents on Thursday buried two men killed when [[a|a Turkish drone hit their vehicle near Sidakan]] three days earlier. Local officials described the two as PKK members. No injuries were reported in the strike, and the mayor asked for compensation for the families.""", [
    I("a", "2020-05-25", "three days earlier", "Sidakan", "Soran", "Erbil", "Turkey", "attributed", "PKK",
      "airstrike_operation", 2, "buried two men killed", 0, "No injuries were reported")])

e = "2024-10-13"
doc("K7", "K", "2024-10-15", f"""Kurdistan Post | {solar("2024-10-15")} / 15 October 2024

CUKURCA, Turkey - [[a|PKK fighters attacked a Turkish border outpost near Cukurca]] in Hakkari province on {W(e)} night, killing a Turkish soldier, the Turkish defence ministry said. It did not mention wounded. Turkey said it struck PKK positions in northern Iraq in response.""", [
    I("a", e, f"on {W(e)} night", "Cukurca", "Cukurca", None, "PKK", "attributed", "Turkey", "shooting",
      1, "killing a Turkish soldier", None, None, country="Turkey")], country="Turkey")

# ====================================================================== N: reports without figures
e = "2024-03-10"
doc("N1", "N", "2024-03-12", f"""From security-desk Tue Mar 12 07:41:09 2024
Date: {rfc("2024-03-12", "07:41:09")}
Subject: Al-Riyadh abduction - no figures yet

Desk note: [[a|Gunmen abducted a grain merchant from his home in Al-Riyadh]], south-west of Kirkuk, on {W(e)} evening, his relatives said. No group has contacted the family and police have named no suspect. We have no information on anyone hurt during the abduction.""", [
    I("a", e, f"on {W(e)} evening", "Al-Riyadh", "Riyadh", "Kirkuk", "unknown", None, "civilians", "kidnapping",
      None, None, None, None)])

doc("N2", "N", "2024-09-20", """NORTH-SOUTH TRADE CORRIDOR - security note
As of 2024-09-20 08:00 (Basra time)

Qurna: [[a|Unknown men set fire to a liquor shop on the main street of Al-Qurna]] late last night. The shop was gutted. The local police report does not mention casualties. Road movement between Qurna and Basra continues normally this morning.""", [
    I("a", "2024-09-19", "late last night", "Al-Qurna", "Qurna", "Basra", "unknown", None, "", "other",
      None, None, None, None)])

e = "2023-07-15"
doc("N3", "N", "2023-07-16", f"""The convoy of Mandali's mayor came under fire on {W(e)} morning on the road to Baladruz, the district council said.

[[a|Gunmen in a pick-up fired on the convoy of the mayor of Mandali]] near an orchard about five kilometres from the town and then fled towards the Hamrin hills. The council said no one was hurt and the cars were only lightly damaged.

The mayor has received threats since he ordered the removal of illegal fish ponds, council members said. Police gave no details of suspects.""", [
    I("a", e, f"on {W(e)} morning", "Mandali", "Mandali", "Diyala", "unknown", None, "civilians", "shooting",
      0, "no one was hurt", 0, "no one was hurt")], ext="html", title="Mandali mayor's convoy fired on", outlet="Diyala Desk")

doc("N4", "N", "2022-06-20", """Grid operations note | As of 20 June 2022, 06:00

Line Haditha-Al-Qaim 132 kV: [[a|an explosive charge toppled a power pylon east of Haditha]] three nights ago, cutting supply to several villages. Repair crews reached the site yesterday under army escort. The note gives no word on casualties. Engineers expect the line back within four days.""", [
    I("a", "2022-06-17", "three nights ago", "Haditha", "Haditha", "Anbar", None, None, "", "ied",
      None, None, None, None)])

doc("N5", "N", "2025-12-10", """Date: Wed, 10 Dec 2025 09:15:00 +0300
Subject: Kut bakery blast - not an attack

A water heater exploded in a bakery in Kut early this morning, damaging the shop. The Wasit civil defence said the cause was a faulty valve and that the blast was not an attack. The bakery owner was treated for minor burns.""", noise=True)

doc("N6", "N", "2021-04-21", """Protection monitoring - short note

[[a|A money changer was abducted from his car in Samawah]] on Monday morning by men in a black SUV, according to his family. There has been no ransom demand so far. The note has no information on casualties, and no group has been named.

--
K. Jabbar
protection officer, Samawah field office
21.04.2021""", [
    I("a", "2021-04-19", "on Monday morning", "Samawah", "Samawah", "Muthanna", "unknown", None, "civilians",
      "kidnapping", None, None, None, None)])

doc("N7", "N", "2024-11-05", """Report no. 211/2024 - 5 November 2024

[[a|A sound bomb went off at the door of a civil-society activist's house in Al-Diwaniyah]] the previous evening. Police said no one was harmed; the activist had organised a sit-in over power cuts the week before. No one claimed the blast.""", [
    I("a", "2024-11-04", "the previous evening", "Al-Diwaniyah", "Diwaniyah", "Qadisiyah", "unknown", "unclaimed",
      "civilians", "ied", 0, "no one was harmed", 0, "no one was harmed")])

# ====================================================================== R: round-ups
doc("R1", "R", "2023-04-10", f"""From: diyala-field@ops.example
Date: {rfc("2023-04-10", "08:02:11")}
Subject: Re: weekly sitrep wk 14/2023

All - items for week 14 (Mon-Sun) below; weekdays refer to that week.

Tue: [[a|an IS sniper shot a PMF fighter dead at a post north of Muqdadiyah]]. No other casualties.
Thu: [[b|mortar rounds hit an army post outside Jalawla]]; a pair of soldiers were lightly wounded, no deaths.
Sat: [[c|a roadside bomb struck a police patrol near Kanaan]]; two policemen and a civilian driver were wounded.
Other: water quotas cut for the Khalis canal; the Baquba-Khanaqin road repaved.""", [
    I("a", "2023-04-04", "Tue", "Muqdadiyah", "Muqdadiyah", "Diyala", "ISIS", "attributed", "PMU", "shooting",
      1, "shot a PMF fighter dead", 0, "No other casualties"),
    I("b", "2023-04-06", "Thu", "Jalawla", "Jalawla", "Diyala", None, None, "army", "mortar_rocket",
      0, "no deaths", 2, "a pair of soldiers were lightly wounded"),
    I("c", "2023-04-08", "Sat", "Kanaan", "Kanaan", "Diyala", None, None, "police", "ied",
      None, None, 3, "two policemen and a civilian driver were wounded")])

doc("R2", "R", "2024-04-30", """# Kirkuk month-end ledger - April 2024

*Ledger closed 30 April 2024 · dates as DD-Mon*

- **03-Apr** - [[a|a hand grenade was thrown at the office of a Turkmen party in Kirkuk]]; no one was hurt.
- **11-Apr** - Eid prayers passed without incident.
- **17-Apr** - [[b|two rockets fell inside the Bai Hassan oil field near Dibis]]; no casualties.
- **29-Apr** - [[c|IS militants ambushed a PMF vehicle near Al-Multaqa]], killing a pair of fighters and wounding a third.

Trend: three attacks this month against two in March.""", [
    I("a", "2024-04-03", "03-Apr", "Kirkuk", "Kirkuk", "Kirkuk", None, None, "", "other",
      0, "no one was hurt", 0, "no one was hurt"),
    I("b", "2024-04-17", "17-Apr", "Dibis", "Dibis", "Kirkuk", None, None, "", "mortar_rocket",
      0, "no casualties", 0, "no casualties"),
    I("c", "2024-04-29", "29-Apr", "Al-Multaqa", "Multaqa", "Kirkuk", "ISIS", "attributed", "PMU", "ambush",
      2, "killing a pair of fighters", 1, "wounding a third")], ext="md")

doc("R3", "R", "2022-09-01", """SOUTHERN GOVERNORATES - MONTH AT A GLANCE (August 2022)
Compiled 1 September 2022. Days are of August.

The 4th - Wasit: [[a|an IED exploded beside a PMF vehicle near Al-Suwaira]], wounding two fighters.
The 19th - Dhi Qar: [[b|gunmen shot dead a tribal sheikh in Al-Rifai]]; his guard escaped unhurt.
Mid-month - Maysan: [[c|a sound bomb damaged the door of an activist's house in Ali al-Gharbi]] (the exact day was not given); no one was hurt.
Also: temperatures above 50C closed offices on three days; Arbaeen convoys passed through Kut.""", [
    I("a", "2022-08-04", "The 4th", "Al-Suwaira", "Suwaira", "Wasit", None, None, "PMU", "ied",
      None, None, 2, "wounding two fighters"),
    I("b", "2022-08-19", "The 19th", "Al-Rifai", "Rifai", "Dhi Qar", "unknown", None, "civilians", "shooting",
      1, "shot dead a tribal sheikh", 0, "his guard escaped unhurt"),
    I("c", "2022-08", "Mid-month", "Ali al-Gharbi", "Ali al-Gharbi", "Maysan", None, None, "civilians", "ied",
      0, "no one was hurt", 0, "no one was hurt", prec="month")])

doc("R4", "R", "2026-05-25", """BAGHDAD CAPITAL WATCH - week of 18 to 24 May 2026
Date: 25/05/2026

Tue 19th - [[a|a sticky bomb exploded under a journalist's car in Karrada]], wounding the journalist. No one died.
Thu 21st - [[b|gunmen shot dead a shop owner and his nephew in Sadr City]].
Sun 24th - [[c|three mortar rounds landed near an army base in Taji]]; there were no casualties.
Also this week: checkpoints eased on the airport road; a book fair opened in Al-Mutanabbi street.""", [
    I("a", "2026-05-19", "Tue 19th", "Karrada", "Baghdad", "Baghdad", None, None, "civilians", "ied",
      0, "No one died", 1, "wounding the journalist"),
    I("b", "2026-05-21", "Thu 21st", "Sadr City", "Baghdad", "Baghdad", "unknown", None, "civilians", "shooting",
      2, "shot dead a shop owner and his nephew", None, None),
    I("c", "2026-05-24", "Sun 24th", "Taji", "Taji", "Baghdad", None, None, "army", "mortar_rocket",
      0, "there were no casualties", 0, "there were no casualties")])

doc("R5", "R", "2021-11-08", """NAJAF AND KARBALA - WEEK IN REVIEW (1-7 November 2021)
Issued 8 November 2021

No attacks were recorded in either province this week. Police in Najaf seized 4 kg of crystal meth at a checkpoint; a traffic accident on the Najaf-Karbala road killed three pilgrims; rain flooded streets in Karbala's old city on Thursday. Security plans for the coming Ziyara were announced.""", noise=True)

doc("R6", "R", "2025-10-03", """DUHOK GOVERNORATE - QUARTER IN REVIEW, Q3 2025
Published 03/10/2025

Jul 7th - [[a|a Turkish drone struck a car on the road outside Zakho]], killing two people described as PKK members.
Aug 22nd - [[b|Turkish shelling near Deraluk set orchards on fire]]; no casualties.
Sep 30th - [[c|a Turkish air strike hit the outskirts of a village near Sheladze]]; a shepherd was wounded and no one was killed.
Displacement: some 40 families left border villages in the quarter.""", [
    I("a", "2025-07-07", "Jul 7th", "Zakho", "Zakho", "Dohuk", "Turkey", "attributed", "PKK", "airstrike_operation",
      2, "killing two people", None, None),
    I("b", "2025-08-22", "Aug 22nd", "Deraluk", "Deraluk", "Dohuk", "Turkey", "attributed", "", "mortar_rocket",
      0, "no casualties", 0, "no casualties"),
    I("c", "2025-09-30", "Sep 30th", "Sheladze", "Sheladze", "Dohuk", "Turkey", "attributed", "civilians",
      "airstrike_operation", 0, "no one was killed", 1, "a shepherd was wounded")])

doc("R7", "R", "2021-06-16", """NINEVEH SECURITY ROUND-UP - first half of June 2021
Issued 16 June 2021

June the 2nd: [[a|a sticky bomb exploded under a contractor's car in Mosul's Al-Zuhur quarter]], wounding the contractor. No deaths.
June the 9th: [[b|IS gunmen shot dead two shepherds near Qayyarah]] and wounded a third.
June the 13th: [[c|mortar rounds fell on an army post near Badush]]; there were no casualties.
Non-security: the Mosul old-city reconstruction fair opened; a heatwave is forecast.""", [
    I("a", "2021-06-02", "June the 2nd", "Mosul", "Mosul", "Nineveh", None, None, "civilians", "ied",
      0, "No deaths", 1, "wounding the contractor"),
    I("b", "2021-06-09", "June the 9th", "Qayyarah", "Qayyarah", "Nineveh", "ISIS", "attributed", "civilians", "shooting",
      2, "shot dead two shepherds", 1, "wounded a third"),
    I("c", "2021-06-13", "June the 13th", "Badush", "Badush", "Nineveh", None, None, "army", "mortar_rocket",
      0, "there were no casualties", 0, "there were no casualties")])
