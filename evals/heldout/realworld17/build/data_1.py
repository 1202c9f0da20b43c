"""realworld17 data: styles A (event-data notes), G (incident-register summaries), W (wire copy)."""
import json
from lib import I, doc
from s17 import W

# ============================================================ A: event-data notes
doc("A1", "A", "2020-09-14", """Event-data extract (conflict monitor, Iraq file) - generated 2020-09-14

EVENT_DATE=2020-09-08; ADMIN1=Diyala; ADMIN2=Al-Muqdadiya; LOCATION=Nahr al-Imam; SUB_EVENT_TYPE=Remote explosive/landmine/IED; ACTOR1=Islamic State (Iraq); FATALITIES=2
NOTES: On 8 September 2020, [[a|an IED planted by IS militants struck a PMF vehicle near Nahr al-Imam village, Al-Muqdadiya district]], killing two PMF members and wounding three others.

EVENT_DATE=2020-09-11; ADMIN1=Diyala; ADMIN2=Khanaqin; LOCATION=Bawa Mahmoud; SUB_EVENT_TYPE=Attack; ACTOR1=Unidentified Armed Group (Iraq); FATALITIES=1
NOTES: On 11 September 2020, [[b|unidentified gunmen shot a Kurdish farmer in his field near Bawa Mahmoud village, north of Khanaqin]], killing him.""",
    [I("a", "2020-09-08", "On 8 September 2020", "Nahr al-Imam", "Muqdadiyah", "Diyala", "ISIS", "attributed", "PMU", "ied", 2, "killing two PMF members", 3, "wounding three others"),
     I("b", "2020-09-11", "On 11 September 2020", "Bawa Mahmoud", "Khanaqin", "Diyala", "unknown", None, "civilians", "shooting", 1, "killing him", None, None)])

doc("A2", "A", "2023-04-18", "\n".join([
    "event_date\tadmin1\tadmin2\tlocation\tevent_type\tfatalities\tnotes",
    "2023-04-09\tSalah al-Din\tSamarra\tAl-Jallam\tExplosions/Remote violence\t1\tOn 9 April 2023, [[a|an IED exploded under a Federal Police vehicle in the Al-Jallam desert, east of Samarra]], killing a Federal Police officer. No injuries were reported.",
    "2023-04-12\tSalah al-Din\tTikrit\tTikrit\tProtests\t0\tOn 12 April 2023, graduates demonstrated outside the governorate building in Tikrit demanding jobs. The protest was peaceful.",
    "2023-04-14\tSalah al-Din\tTooz\tAlbu Sabah\tExplosions/Remote violence\t0\tOn 14 April 2023, [[b|suspected IS militants fired mortar rounds at Albu Sabah village, west of Tuz Khurmatu]], wounding two civilians. No one was killed.",
    "(export: conflict monitor weekly file, 18/04/2023)"]),
    [I("a", "2023-04-09", "On 9 April 2023", "Al-Jallam", "Samarra", "Salahuddin", None, None, "police", "ied", 1, "killing a Federal Police officer", 0, "No injuries were reported"),
     I("b", "2023-04-14", "On 14 April 2023", "Albu Sabah", "Tuz Khurmatu", "Salahuddin", "ISIS", "suspected", "civilians", "mortar_rocket", 0, "No one was killed", 2, "wounding two civilians")],
    ext="tsv")

doc("A3", "A", "2021-12-20", """Weekly event file IRQ, week 50 (export 20-Dec-2021). Notes are yearless as in the weekly file; the year is the export's.

Kirkuk | Dibis | Political violence | fatalities 3
On 15 Dec, [[a|IS militants attacked an Iraqi army post near Khabbaz village, west of Kirkuk city, with light weapons]], killing three soldiers and wounding one.

Kirkuk | Al-Riyadh | Explosions | fatalities 0
On 17 Dec, [[b|an IED planted by unknown assailants exploded near a fuel station in Al-Riyadh subdistrict, south-west of Kirkuk]], without casualties.""",
    [I("a", "2021-12-15", "On 15 Dec", "Khabbaz", "Kirkuk", "Kirkuk", "ISIS", "attributed", "army", "shooting", 3, "killing three soldiers", 1, "wounding one"),
     I("b", "2021-12-17", "On 17 Dec", "Al-Riyadh", "Riyadh", "Kirkuk", "unknown", None, "", "ied", 0, "without casualties", 0, "without casualties")])

doc("A4", "A", "2019-05-20", """Iraq weekly file, week ending 18 May 2019 (posted 20 May 2019) - selected event notes

Anbar, Al-Rutba. On 13 May, [[a|IS militants kidnapped three shepherds in the Wadi Houran area near Al-Rutba]]. Their families said their fate is unknown. Fatalities: 0 (coded as abduction).

Anbar, Haditha. On 16 May, [[b|a roadside bomb struck an Iraqi army Humvee on the Haditha-Baghdadi road]], wounding two soldiers. No fatalities.

Anbar, Ramadi. On 17 May, tribal leaders met the governor in Ramadi on the return of displaced families (not coded as violence).""",
    [I("a", "2019-05-13", "On 13 May", "Wadi Houran", "Rutba", "Anbar", "ISIS", "attributed", "civilians", "kidnapping", None, None, None, None),
     I("b", "2019-05-16", "On 16 May", "Haditha", "Haditha", "Anbar", None, None, "army", "ied", 0, "No fatalities", 2, "wounding two soldiers")])

_a5 = [
    {"feed": "conflict monitor - Iraq live export", "generated": "2022-10-25", "rows": 2},
    {"event_date": "2022-10-19", "admin1": "Erbil", "location": "Sidakan", "sub_event_type": "Air/drone strike", "actor1": "Military Forces of Turkey", "fatalities": 2,
     "notes": "On 19 October 2022, [[a|a Turkish drone struck a car near Sidakan, Soran district]], killing two suspected PKK members."},
    {"event_date": "2022-10-22", "admin1": "Erbil", "location": "Makhmour", "sub_event_type": "Air/drone strike", "actor1": "Military Forces of Turkey", "fatalities": 0,
     "notes": "On 22 October 2022, [[b|a Turkish drone struck the edge of the Makhmour refugee camp]], wounding three civilians, according to camp officials. No deaths were reported."},
]
doc("A5", "A", "2022-10-25", "\n".join(json.dumps(r, ensure_ascii=False) for r in _a5),
    [I("a", "2022-10-19", "On 19 October 2022", "Sidakan", "Soran", "Erbil", "Turkey", "attributed", "PKK", "airstrike_operation", 2, "killing two suspected PKK members", None, None),
     I("b", "2022-10-22", "On 22 October 2022", "Makhmour", "Makhmour", "Erbil", "Turkey", "attributed", "civilians", "airstrike_operation", 0, "No deaths were reported", 3, "wounding three civilians")],
    ext="jsonl")

doc("A6", "A", "2020-01-27", """Data note - Baghdad, January 2020 (extract of 27 January 2020)

Location: Baghdad - International Zone | sub-event: Shelling/artillery/missile attack | fatalities: 0
On 21 January 2020, [[a|three Katyusha rockets landed in the International Zone near the US embassy]]. No casualties.

Location: Baghdad - Al-Khilani Square | sub-event: Attack | fatalities: 1
On 24 January 2020, [[b|unidentified gunmen fired at protesters near Al-Khilani Square in central Baghdad]], killing one protester and wounding four.""",
    [I("a", "2020-01-21", "On 21 January 2020", "International Zone", "Baghdad", "Baghdad", None, None, "", "mortar_rocket", 0, "No casualties", 0, "No casualties"),
     I("b", "2020-01-24", "On 24 January 2020", "Al-Khilani Square", "Baghdad", "Baghdad", "unknown", None, "civilians", "shooting", 1, "killing one protester", 4, "wounding four")])

doc("A7", "A", "2024-06-10", """Event-data extract (Ninewa) - generated 2024-06-10

EVENT_DATE=2024-06-06; ADMIN1=Ninewa; ADMIN2=Mosul; LOCATION=Ain al-Jahash; SUB_EVENT_TYPE=Remote explosive/landmine/IED; ACTOR1=Islamic State (Iraq) [suspected]; FATALITIES=1
NOTES: On 6 June 2024, [[a|an IED believed to have been planted by IS exploded beside an army patrol near Ain al-Jahash village, south of Hammam al-Alil]], killing one soldier and wounding two. [IS involvement suspected by the army; not claimed.]""",
    [I("a", "2024-06-06", "On 6 June 2024", "Ain al-Jahash", "Hammam al-Alil", "Nineveh", "ISIS", "suspected", "army", "ied", 1, "killing one soldier", 2, "wounding two")])

doc("A8", "A", "2023-08-21", """Event-data extract (southern provinces) - generated 2023-08-21

EVENT_DATE=2023-08-15; ADMIN1=Dhi-Qar; LOCATION=Al-Nasiriya; EVENT_TYPE=Protests; FATALITIES=0
NOTES: On 15 August 2023, hundreds protested power cuts outside the electricity directorate in Al-Nasiriya. No injuries.

EVENT_DATE=2023-08-17; ADMIN1=Basra; LOCATION=Al-Zubair; EVENT_TYPE=Strategic developments; FATALITIES=0
NOTES: On 17 August 2023, police in Al-Zubair seized a weapons cache and defused two old IEDs found in a farm. Not an attack.""",
    noise=True)

doc("A9", "A", "2025-03-10", """Event-data extract (Maysan) - generated 2025-03-10

EVENT_DATE=2025-03-07; ADMIN1=Maysan; LOCATION=Al-Majar al-Kabir; SUB_EVENT_TYPE=Attack; ACTOR1=Unidentified Armed Group (Iraq); FATALITIES=1
NOTES: On 7 March 2025, [[a|gunmen on a motorcycle shot dead a tribal sheikh outside his guesthouse in Al-Majar al-Kabir]]. Local sources linked the killing to a tribal feud.

EVENT_DATE=2025-03-08; ADMIN1=Maysan; LOCATION=Al-Amarah; SUB_EVENT_TYPE=Grenade; FATALITIES=0
NOTES: On 8 March 2025, [[b|unidentified persons threw a hand grenade at the house of a police officer in Al-Amarah]]. There were no injuries.""",
    [I("a", "2025-03-07", "On 7 March 2025", "Al-Majar al-Kabir", "Majar al-Kabir", "Maysan", "unknown", None, "civilians", "shooting", 1, "shot dead a tribal sheikh", None, None),
     I("b", "2025-03-08", "On 8 March 2025", "Al-Amarah", "Amarah", "Maysan", "unknown", None, "police", "other", 0, "There were no injuries", 0, "There were no injuries")])

# ============================================================ G: incident-register summaries
doc("G1", "G", "2020-09-16", """Incident register - entry IQ/2020/09/0031
Date format in this register: DD.MM.YYYY | Created: 16.09.2020
Summary: 13.09.2020 - [[a|Assailants opened fire on a Federal Police checkpoint near Jalawla]], killing one officer and wounding two.
Perpetrator: unknown | Claim of responsibility: No group claimed responsibility.
Attack type: Armed assault | Target: Police | Killed: 1 | Injured: 2""",
    [I("a", "2020-09-13", "13.09.2020", "Jalawla", "Jalawla", "Diyala", "unknown", "unclaimed", "police", "shooting", 1, "killing one officer", 2, "wounding two")])

doc("G2", "G", "2023-04-22", """Incident register - entry IQ/2023/04/0112
Date convention: month/day/year | Created: 04/22/2023
Summary: 04/19/2023: [[a|Islamic State (IS) militants ambushed an Iraqi army patrol in the Makhoul mountains north of Baiji]], killing two soldiers and wounding three. IS claimed responsibility for the attack through its Amaq News Agency.
Attack type: Armed assault | Target: Military | Killed: 2 | Injured: 3""",
    [I("a", "2023-04-19", "04/19/2023", "Makhoul mountains", "Baiji", "Salahuddin", "ISIS", "claimed", "army", "ambush", 2, "killing two soldiers", 3, "wounding three")])

doc("G3", "G", "2021-12-11", """Incident register - entry IQ/2021/12/0047 (ISO dates) | Created: 2021-12-11
Summary: 2021-12-09: [[a|Assailants detonated an explosive device targeting a Peshmerga vehicle near Qara Hanjir, east of Kirkuk, then opened fire on the responding force]], killing four Peshmerga and wounding three.
Sources attributed the attack to the Islamic State (IS). No group claimed responsibility.
Attack type: Bombing/Explosion; Armed assault | Target: Military (Peshmerga) | Killed: 4 | Injured: 3""",
    [I("a", "2021-12-09", "2021-12-09", "Qara Hanjir", "Qara Hanjir", "Kirkuk", "ISIS", "attributed", "Peshmerga", "ied+shooting", 4, "killing four Peshmerga", 3, "wounding three")])

doc("G4", "G", "2019-05-27", """Incident register - entry IQ-19-05-0208
Note: dates in this entry are month/day/year (m/d/yy) | Created: 2019-05-27
Summary: 5/2/19: [[a|An improvised explosive device detonated near a vehicle carrying members of the Tribal Mobilization in Al-Baghdadi, Hit district]], killing one and wounding one. No group claimed responsibility for the incident.
Attack type: Bombing/Explosion | Target: Military (Tribal Mobilization) | Killed: 1 | Injured: 1""",
    [I("a", "2019-05-02", "5/2/19", "Al-Baghdadi", "Hit", "Anbar", "unknown", "unclaimed", "PMU", "ied", 1, "killing one", 1, "wounding one")])

doc("G5", "G", "2022-10-15", """Incident register - entry IQ/2022/10/0089
Date format: DD/MM/YYYY | Created: 15/10/2022
Summary: 12/10/2022: [[a|An armed drone struck a house in a village near Mergasur]], killing three people whom Turkish sources described as PKK members.
Responsibility: not claimed; attributed to Turkey by local officials.
Attack type: Air strike | Target: PKK | Killed: 3 | Injured: unknown""",
    [I("a", "2022-10-12", "12/10/2022", "Mergasur", "Mergasur", "Erbil", "Turkey", "attributed", "PKK", "airstrike_operation", 3, "killing three people", None, None)])

doc("G6", "G", "2020-01-16", """Incident register - entry IQ/2020/01/0019
Date convention: MM/DD/YYYY | Created: 01/16/2020
Summary: 01/14/2020: [[a|Unknown assailants attached a sticky bomb to the car of a Federal Police officer in the Al-Shaab neighborhood of Baghdad]], wounding the officer. No group claimed responsibility.
Attack type: Bombing/Explosion | Target: Police | Killed: 0 | Injured: 1""",
    [I("a", "2020-01-14", "01/14/2020", "Al-Shaab", "Baghdad", "Baghdad", "unknown", "unclaimed", "police", "ied", 0, "Killed: 0", 1, "wounding the officer")])

doc("G7", "G", "2024-02-29", """Incident register - entry IQ/2024/02/0161 | Created: 29/02/2024
Summary: 27/02/2024: [[a|Gunmen opened fire on the house of a judge in the Al-Karama area of Kut]], damaging the facade. No casualties. No group claimed responsibility; the judge had recently ruled in a land dispute.
Attack type: Armed assault | Target: Private citizens & property (judiciary) | Killed: 0 | Injured: 0""",
    [I("a", "2024-02-27", "27/02/2024", "Al-Karama", "Kut", "Wasit", "unknown", "unclaimed", "civilians", "shooting", 0, "No casualties", 0, "No casualties")])

doc("G8", "G", "2023-11-06", """Incident register - entry SY/2023/11/0007 (Syria; outside the Iraq file)
Date format: DD/MM/YYYY | Created: 06/11/2023
Summary: 03/11/2023: [[a|Militants ambushed a bus carrying Syrian army soldiers in the desert near Al-Mayadin]], killing nine soldiers and wounding four. The Islamic State (IS) claimed responsibility for the attack.
Attack type: Armed assault | Target: Military | Killed: 9 | Injured: 4""",
    [I("a", "2023-11-03", "03/11/2023", "Al-Mayadin", "Al-Mayadin", None, "ISIS", "claimed", "army", "ambush", 9, "killing nine soldiers", 4, "wounding four", country="Syria")],
    country="Syria")

doc("G9", "G", "2025-05-16", """Incident register - entry IQ/2025/05/0044
Date format: day/month/year | Created: 16/05/2025
Summary: 14/05/2025: [[a|An explosive device detonated at the door of a money-exchange office in the Al-Jazair neighbourhood of Basra city]], causing material damage. No casualties.
No group claimed responsibility.
Attack type: Bombing/Explosion | Target: Business | Killed: 0 | Injured: 0""",
    [I("a", "2025-05-14", "14/05/2025", "Al-Jazair", "Basra", "Basra", "unknown", "unclaimed", "", "ied", 0, "No casualties", 0, "No casualties")])

# ============================================================ W: wire copy
doc("W1", "W", "2020-09-21", """Baquba (Iraq) (AFP) - Jihadists killed three members of Iraq's Hashed al-Shaabi paramilitary force late %s in an attack near the town of Mandali, close to the Iranian border, security sources said.

[[a|The attackers hit a Hashed position outside Mandali with machine guns and rocket-propelled grenades]], killing three fighters and wounding two, a Hashed officer told AFP. Security sources blamed the Islamic State group, whose remnants still roam the rugged areas of Diyala province.

Published: 21 Sep 2020""" % W("2020-09-19"),
    [I("a", "2020-09-19", "late Saturday", "Mandali", "Mandali", "Diyala", "ISIS", "attributed", "PMU", "shooting", 3, "killing three fighters", 2, "wounding two")])

doc("W2", "W", "2023-04-07", """BAGHDAD, April 7 (Xinhua) -- Two Iraqi soldiers were killed and another wounded on %s when [[a|a roadside bomb struck their vehicle near Al-Ishaqi in Iraq's northern province of Salahudin]], a provincial security source said.

No group claimed responsibility for the attack, but Islamic State militants are active in the orchards along the Tigris there, the source said.

Editor: Zhang Wei | 2023-04-07 20:15:31""" % W("2023-04-07"),
    [I("a", "2023-04-07", "on Friday", "Al-Ishaqi", "Ishaqi", "Salahuddin", "unknown", "unclaimed", "army", "ied", 2, "Two Iraqi soldiers were killed", 1, "another wounded")])

doc("W3", "W", "2021-12-15", """Kirkuk, Iraq (dpa) - Gunmen suspected of belonging to the Islamic State (IS) militia killed two civilians on %s evening on the road between Kirkuk and Baghdad, police said.

[[a|The gunmen set up a fake checkpoint near Daquq and shot dead two truck drivers]], a police officer told dpa. There was no claim of responsibility. IS cells remain active in the Hamrin mountains and the plains south of Kirkuk.

15.12.2021, 10:42""" % W("2021-12-14"),
    [I("a", "2021-12-14", "on Tuesday evening", "Daquq", "Daquq", "Kirkuk", "ISIS", "suspected", "civilians", "shooting", 2, "shot dead two truck drivers", None, None)])

doc("W4", "W", "2019-05-10", """ANBAR, Iraq (AA) - [[a|A car bomb exploded near a vegetable market in Al-Qaim town on the Syrian border]] on %s, killing two civilians and injuring six others, a local police officer told Anadolu Agency.

The officer, who asked not to be named, said security forces had closed the entrances to the town. There was no immediate claim of responsibility.

Published 10.05.2019""" % W("2019-05-09"),
    [I("a", "2019-05-09", "on Thursday", "Al-Qaim", "Qaim", "Anbar", "unknown", "unclaimed", "civilians", "ied", 2, "killing two civilians", 6, "injuring six others")])

doc("W5", "W", "2022-10-13", """Arbil (Iraq) (AFP) - [[a|Two rockets slammed late %s near Arbil airport, which hosts US-led coalition troops]], causing no casualties, the Kurdish region's interior ministry said.

There was no immediate claim for the attack. It came days after a Turkish drone strike killed two alleged PKK fighters in the mountains of the same province.

Published: 13 Oct 2022""" % W("2022-10-12"),
    [I("a", "2022-10-12", "late Wednesday", "Arbil airport", "Erbil", "Erbil", "unknown", "unclaimed", "US forces", "mortar_rocket", 0, "causing no casualties", 0, "causing no casualties")])

doc("W6", "W", "2020-01-05", """BAGHDAD, Jan. 5 (Xinhua) -- [[a|A mortar round landed inside Baghdad's heavily fortified Green Zone]] on %s evening, causing no casualties, while [[b|two Katyusha rockets hit the nearby Al-Jadriya district]], wounding two people, Iraq's Security Media Cell said.

No group claimed responsibility for the attacks, which came amid rising tension between Washington and armed factions.

Editor: Liu Hong | 2020-01-05 01:10:07""" % W("2020-01-04"),
    [I("a", "2020-01-04", "on Saturday evening", "Green Zone", "Baghdad", "Baghdad", "unknown", "unclaimed", "", "mortar_rocket", 0, "causing no casualties", 0, "causing no casualties"),
     I("b", "2020-01-04", "on Saturday evening", "Al-Jadriya", "Baghdad", "Baghdad", "unknown", "unclaimed", "civilians", "mortar_rocket", None, None, 2, "wounding two people")])

doc("W7", "W", "2024-08-13", """HAKKARI, Turkiye (AA) - A Turkish soldier was killed and two others wounded on %s when [[a|PKK terrorists opened harassing fire on a military outpost in the Yuksekova district of Hakkari province]], the National Defense Ministry said.

Turkish forces "neutralized" four PKK members in northern Iraq in response, the ministry added without giving locations.

Published 13.08.2024""" % W("2024-08-11"),
    [I("a", "2024-08-11", "on Sunday", "Yuksekova", "Yuksekova", None, "PKK", "attributed", "Turkey", "shooting", 1, "A Turkish soldier was killed", 2, "two others wounded", country="Turkey")],
    country="Turkey")

doc("W8", "W", "2025-06-17", """Amadiya (Iraq) (AFP) - [[a|Turkish artillery shelled farmland near Kani Masi in Iraq's Kurdistan region]] on %s, setting wheat fields and orchards ablaze but causing no casualties, a local official said.

The official blamed the Turkish army, which regularly targets the area in its campaign against the Kurdistan Workers' Party (PKK). Farmers said they had lost most of their harvest.

Published: 17 Jun 2025""" % W("2025-06-15"),
    [I("a", "2025-06-15", "on Sunday", "Kani Masi", "Kani Masi", "Dohuk", "Turkey", "attributed", "", "mortar_rocket", 0, "causing no casualties", 0, "causing no casualties")])

doc("W9", "W", "2019-12-06", """NAJAF, Iraq, Dec. 6 (UPI) -- [[a|Unidentified gunmen shot at protesters near the Thawrat al-Ishreen square in Najaf]] late %s, killing one protester and wounding three, medics said.

Protesters have camped in the square since October to demand an end to corruption. The provincial police chief said an investigation had been opened. Dec. 6, 2019 / 9:41 AM""" % W("2019-12-05"),
    [I("a", "2019-12-05", "late Thursday", "Thawrat al-Ishreen square", "Najaf", "Najaf", "unknown", None, "civilians", "shooting", 1, "killing one protester", 3, "wounding three")])
