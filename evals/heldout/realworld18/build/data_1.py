"""Set 18 data, styles A G W T K N R (gold first, texts around it)."""
import json
from lib import I, doc
from s18 import Hd, hijri, kurd

# ------------------------------------------------------------------ A: event-data notes
doc("A1", "A", "2024-01-03", """Event-data coder note · batch IRQ-2024-W01 · compiled 03 Jan 2024 (window: 30 Dec - 2 Jan)
Admin1: Diyala | sub-event types: attack; remote explosive

On 30 Dec, [[a|unidentified gunmen shot dead a shepherd near the village of Al-Hawash, east of Muqdadiyah]]. Fatality count: 1.

On 2 Jan, [[b|an IED planted by IS militants struck a Hashd al-Shaabi patrol on the edge of the Hamrin hills near Qara Tapa]], killing two fighters and wounding three. Fatality count: 2.

Source scale: subnational. Both notes revised once after local radio reports.""",
    [Hd("a", "2023-12-30", "On 30 Dec", "Al-Hawash", "Muqdadiyah", "Diyala", "unknown", None, "civilians", "shooting",
        1, "Fatality count: 1", None, None),
     Hd("b", "2024-01-02", "On 2 Jan", "Qara Tapa", "Qara Tapa", "Diyala", "ISIS", "attributed", "PMU", "ied",
        2, "killing two fighters", 3, "wounding three")])

doc("A2", "A", "2020-03-19", """event_date,admin1,location,sub_event_type,fatalities,notes
14/03/2020,Salah al-Din,Samarra,Remote explosive/landmine/IED,1,"On 14 March 2020, [[a|an IED went off under a Federal Police vehicle on the road to Al-Jallam, east of Samarra]], killing a Federal Police officer and injuring two of his colleagues."
17/03/2020,Salah al-Din,Mutaibijah,Armed clash,2,"On 17 March 2020, [[b|IS militants attacked an army post in the Mutaibijah basin with light weapons]], killing two soldiers."
18/03/2020,Salah al-Din,Tikrit,Peaceful protest,0,"On 18 March 2020, contract teachers gathered outside the governorate building in Tikrit demanding salaries. No incidents."
# export: event-data weekly file, generated 19/03/2020 (dd/mm/yyyy)
""", [I("a", "2020-03-14", "On 14 March 2020", "Al-Jallam", "Samarra", "Salahuddin", None, None, "police", "ied",
       1, "killing a Federal Police officer", 2, "injuring two of his colleagues"),
      I("b", "2020-03-17", "On 17 March 2020", "Mutaibijah", "Mutaibijah", "Salahuddin", "ISIS", "attributed", "army", "shooting",
        2, "killing two soldiers", None, None)], ext="csv")

doc("A3", "A", "2021-08-16", """IRQ event-data extract | coder desk 4 | file date 16 Aug 2021
EVT-1 | Ninawa | Sinjar | Air/drone strike
On 11 August 2021, [[a|a Turkish drone struck a pick-up carrying YBS members near the Duhola complex in Sinjar district]], killing two of them. Actor1: Military Forces of Turkey.
EVT-2 | Ninawa | Mosul | Attack
On 13 August 2021, [[b|IS militants ambushed a Hashd patrol in the hills above Badush]], killing one fighter and wounding two. No claim was found for either event.""",
    [I("a", "2021-08-11", "On 11 August 2021", "Sinjar", "Sinjar", "Nineveh", "Turkey", "attributed", "PKK", "airstrike_operation",
       2, "killing two of them", None, None),
     I("b", "2021-08-13", "On 13 August 2021", "Badush", "Badush", "Nineveh", "ISIS", "attributed", "PMU", "ambush",
       1, "killing one fighter", 2, "wounding two")])

doc("A4", "A", "2025-04-14", """Weekly event-data file - Sulaymaniyah governorate - exported Monday 14 April 2025
Row 1. On 9 Apr, [[a|a Turkish drone struck a car on the road between Qaladze and Sangasar]], killing three suspected PKK members (sub-event: drone strike).
Row 2. On 12 Apr, [[b|unidentified gunmen fired on the house of a journalist in the Bakrajo quarter of Sulaymaniyah city]]. No one was hurt (sub-event: armed attack).
Row 3. On 12 Apr, farmers blocked the Penjwen road over water quotas (protest; not an attack).
Yearless dates in this file belong to the export year.""",
    [Hd("a", "2025-04-09", "On 9 Apr", "Qaladze", "Qaladze", "Sulaymaniyah", "Turkey", "attributed", "PKK", "airstrike_operation",
        3, "killing three suspected PKK members", None, None),
     Hd("b", "2025-04-12", "On 12 Apr", "Bakrajo", "Sulaymaniyah", "Sulaymaniyah", "unknown", None, "civilians", "shooting",
        0, "No one was hurt", 0, "No one was hurt")])

doc("A5", "A", "2022-09-06", """Event-data note (Wasit), entered 6 Sep 2022 by the southern coder.
On 4 Sep, [[a|a sound bomb was thrown at the house of a provincial council member in the Al-Hawraa neighbourhood of Kut]], causing damage only. Sub-event type: grenade/explosive, non-lethal. Actor unknown; no claim. Local media linked the attack to a dispute over a land allocation, but police gave no motive. The date carries the entry year.""",
    [Hd("a", "2022-09-04", "On 4 Sep", "Al-Hawraa", "Kut", "Wasit", None, None, "civilians", "ied",
        0, "causing damage only", 0, "causing damage only")])

_a7 = [{"export": "event-data feed", "generated": "2019-10-11", "admin1": "Maysan"},
       {"event_date": "08/10/2019", "date_order": "day/month/year", "location": "Majar al-Kabir",
        "notes": "On 8 October 2019, [[a|gunmen on a motorcycle shot dead a tribal sheikh outside his guesthouse in Al-Majar al-Kabir]]. Fatalities: 1."},
       {"event_date": "10/10/2019", "date_order": "day/month/year", "location": "Amarah",
        "notes": "On 10 October 2019, [[b|an explosive device went off beside a liquor store in Al-Amarah]], causing no casualties."}]
doc("A6", "A", "2019-10-11", "\n".join(json.dumps(r, ensure_ascii=False) for r in _a7) + "\n",
    [I("a", "2019-10-08", "On 8 October 2019", "Al-Majar al-Kabir", "Majar al-Kabir", "Maysan", "unknown", None, "civilians", "shooting",
       1, "Fatalities: 1", None, None),
     I("b", "2019-10-10", "On 10 October 2019", "Al-Amarah", "Amarah", "Maysan", None, None, "", "ied",
       0, "causing no casualties", 0, "causing no casualties")], ext="jsonl")

doc("A7", "A", "2023-11-20", """Event-data note - strategic developments, Dhi Qar and Diyala, compiled 20 Nov 2023.
On 18 November 2023, unemployed graduates protested outside the oil company office in Nasiriyah; no violence was coded.
On 19 November 2023, the army destroyed four IS hideouts in the Hamrin hills after an air survey. Coded as a strategic development (destruction of hideouts), not as an attack; no clash took place.""",
    noise=True)

# ------------------------------------------------------------------ G: incident registers
doc("G1", "G", "2024-01-15", """Incident register - Diyala desk - entry DY-24-0009
Date convention: compact ISO, YYYYMMDD.
20240109: [[a|Unknown gunmen in a car opened fire on a checkpoint of the Federal Police at the entrance of Buhriz]], killing one policeman and wounding another.
Responsibility: none claimed.
Entry created 20240115 (15/01/2024).""",
    [Hd("a", "2024-01-09", "20240109", "Buhriz", "Buhriz", "Diyala", "unknown", "unclaimed", "police", "shooting",
        1, "killing one policeman", 1, "wounding another")])

doc("G2", "G", "2020-03-25", """Incident register - Salahuddin - entry SD/2020/III/014
Dates in this register are day, Roman month, year.
7.III.2020: [[a|a roadside bomb struck a vehicle of the Tribal Mobilisation near Al-Ishaqi, Balad district]]. Killed: 2 | Injured: 0.
Responsibility: attributed by the Balad police to IS remnants; no claim.
Register closed 25.III.2020 (25 March 2020).""",
    [Hd("a", "2020-03-07", "7.III.2020", "Al-Ishaqi", "Balad", "Salahuddin", "ISIS", "attributed", "PMU", "ied",
        2, "Killed: 2", 0, "Injured: 0")])

doc("G3", "G", "2023-06-30", """Incident register - Anbar - entry ANB 23/06/041
Note: this register uses the month.day.year order of the contractor's template.
06.17.2023: [[a|Assailants fired a rocket-propelled grenade at a border guard post west of Al-Qaim]]. Killed: 1 | Injured: 3.
Claim of responsibility: none.
Entry saved 06.30.2023 (30 June 2023).""",
    [Hd("a", "2023-06-17", "06.17.2023", "Al-Qaim", "Qaim", "Anbar", "unknown", "unclaimed", "security forces", "shooting",
        1, "Killed: 1", 3, "Injured: 3")])

doc("G4", "G", "2021-07-14", """Incident register - Baghdad belt - entry BGD-0721-07
Date format: DD-Mon-YY.
09-Jul-21: [[a|two Katyusha rockets fell near the Victory base beside Baghdad airport]]. No casualties; a storage hangar was damaged.
Claim: no group claimed the launch.
Source: airport security liaison; the launch point was later found in farmland near Al-Radwaniya.
Logged 14-Jul-2021.""",
    [Hd("a", "2021-07-09", "09-Jul-21", "Victory base", "Baghdad", "Baghdad", "unknown", "unclaimed", "US forces", "mortar_rocket",
        0, "No casualties", 0, "No casualties")])

doc("G5", "G", "2022-02-22", """Incident register - regional annex (Syria) - entry SYR-22-0211
Date format: YYYY-MM-DD.
2022-02-20: [[a|IS militants ambushed a bus of the Syrian army on the road between Palmyra and Deir ez-Zor]], killing seven soldiers and wounding 12.
Responsibility: claimed by IS through its Amaq outlet.
Entry updated 2022-02-22. Not an Iraqi event; kept for the cross-border file.""",
    [I("a", "2022-02-20", "2022-02-20", "Palmyra", None, None, "ISIS", "claimed", "army", "ambush",
       7, "killing seven soldiers", 12, "wounding 12", country="Syria")], country="Syria")

doc("G6", "G", "2022-04-07", """Incident register - Kirkuk - entry KRK-2204-03
Convention used by this desk: d/m/yy.
3/4/22: [[a|an IED exploded beside a Peshmerga vehicle near the village of Qara Salman, south of Dibis]], wounding two Peshmerga. Killed: 0.
Responsibility: not claimed; the Peshmerga ministry blamed IS.
Entry created 7/4/2022.""",
    [Hd("a", "2022-04-03", "3/4/22", "Qara Salman", "Dibis", "Kirkuk", "ISIS", "attributed", "Peshmerga", "ied",
        0, "Killed: 0", 2, "wounding two Peshmerga")])

doc("G7", "G", "2019-11-14", """Incident register - Babil - entry BBL/19/117
Transcribed from a handwritten police form; the form writes the date in words.
Date: "the twelfth of November, 2019". [[a|Unknown persons threw a hand grenade at the house of a judge in the Al-Jamiaa district of Hillah]]. Killed: 0 | Injured: 0.
Responsibility: unknown; no claim.
Transcribed 14 November 2019.""",
    [Hd("a", "2019-11-12", "the twelfth of November, 2019", "Hillah", "Hillah", "Babil", "unknown", "unclaimed", "civilians", "other",
        0, "Killed: 0", 0, "Injured: 0")])

# ------------------------------------------------------------------ W: wire copy of other agencies
doc("W1", "W", "2021-07-09", """BAGHDAD, July 9 (KUNA) -- [[a|Three Katyusha rockets landed near the US embassy inside Baghdad's Green Zone late Wednesday]], a security source said, adding that the embassy's defence system intercepted a fourth. There were no casualties.
The source told KUNA the rockets were fired from the Al-Jadida area in eastern Baghdad. No side claimed the attack.
The Green Zone has been hit several times since the spring.
KUNA | 09/07/2021 18:45""",
    [Hd("a", "2021-07-07", "late Wednesday", "Green Zone", "Baghdad", "Baghdad", "unknown", "unclaimed", "", "mortar_rocket",
        0, "There were no casualties", 0, "There were no casualties")])

doc("W2", "W", "2023-06-21", """Baghdad, Jun 21 (EFE).- [[a|Suspected Islamic State militants opened fire on a Sunni tribal fighters' checkpoint near Rawa]] in the western province of Anbar on Monday night, killing two tribal fighters and wounding one, a local security official told EFE.
The official said the attackers came from the desert south of the Euphrates and withdrew after a short exchange of fire.
EFE | Published 21-06-2023, 11:20""",
    [Hd("a", "2023-06-19", "on Monday night", "Rawa", "Rawa", "Anbar", "ISIS", "suspected", "PMU", "shooting",
        2, "killing two tribal fighters", 1, "wounding one")])

doc("W3", "W", "2021-08-24", """(ANSA) - ROME, AUG 24 - An Italian-funded demining team was unhurt but [[a|a local police escort was killed when a roadside bomb hit their convoy near Qayyarah]], in northern Iraq, the day before yesterday, the Italian foreign ministry said.
"Our partners are safe," the ministry said, adding that two Iraqi policemen were wounded. Rome condemned the attack.
ANSA 2021-08-24 13:02""",
    [Hd("a", "2021-08-22", "the day before yesterday", "Qayyarah", "Qayyarah", "Nineveh", None, None, "police", "ied",
        1, "a local police escort was killed", 2, "two Iraqi policemen were wounded")])

doc("W4", "W", "2025-04-20", """Baghdad, April 20 (IANS) [[a|A drone struck a position of Kurdish fighters near Penjwen]] in Iraq's Sulaymaniyah governorate on Friday, killing one fighter, the region's counter-terrorism service said.
The service said the drone was Turkish and that the dead man belonged to the PKK.
Turkey did not comment. The area near the Iranian border has seen repeated strikes.
(IANS) | last updated: 20.04.2025""",
    [Hd("a", "2025-04-18", "on Friday", "Penjwen", "Penjwen", "Sulaymaniyah", "Turkey", "attributed", "PKK", "airstrike_operation",
        1, "killing one fighter", None, None)])

doc("W5", "W", "2020-02-03", """TOKYO, Feb. 3 (Kyodo) -- A Japanese engineering firm said Monday that [[a|a rocket landed inside a contractors' camp at the North Rumaila oil field near Basra]] on Saturday, causing no casualties.
The company said its seven Japanese staff at the site were safe and that work was suspended for a day. Iraqi police said the rocket was launched from farmland west of Zubair. Nobody claimed it.
==Kyodo 2020-02-03""",
    [Hd("a", "2020-02-01", "on Saturday", "North Rumaila", "Zubair", "Basra", "unknown", "unclaimed", "", "mortar_rocket",
        0, "causing no casualties", 0, "causing no casualties")])

doc("W6", "W", "2019-11-28", """NASIRIYAH, Iraq, Nov 28 (QNA) -- [[a|Unidentified gunmen shot at protesters near the Al-Zaitoun bridge in Nasiriyah]] on Thursday morning, wounding at least 20, medics told QNA.
The city has been the scene of sit-ins for weeks. The governor suspended official working hours.
QNA | Nov 28, 2019""",
    [I("a", "2019-11-28", "on Thursday morning", "Al-Zaitoun bridge", "Nasiriyah", "Dhi Qar", "unknown", None, "civilians", "shooting",
       None, None, 20, "wounding at least 20")])

doc("W7", "W", "2024-09-30", """TEHRAN, Sept 30 (IANS) [[a|Gunmen attacked a border guard post near Saravan]] in Iran's Sistan-Baluchestan province on Sunday, killing two guards, the IRNA news agency reported. No group immediately claimed the attack.
The province borders Pakistan and Afghanistan.
IANS | 30/09/2024""",
    [I("a", "2024-09-29", "on Sunday", "Saravan", None, None, "unknown", "unclaimed", "security forces", "shooting",
       2, "killing two guards", None, None, country="Iran")], country="Iran")

# ------------------------------------------------------------------ T: translated Arabic press (Hijri beside Gregorian)
doc("T1", "T", "2020-03-16", """Al-Iraqiya News (translated) | Monday %s AH - 16 March 2020
Salah Eddin - A security source in Salah Eddin governorate reported that [[a|remnants of the terrorist Daesh gangs opened fire on a post of the Hashd al-Shaabi near Bayji refinery]] yesterday, Sunday, which led to the martyrdom of one fighter and the injury of two others.
The source added that reinforcements were sent to the area and a search of the surrounding orchards is under way.""" % hijri("2020-03-16"),
    [Hd("a", "2020-03-15", "yesterday, Sunday", "Bayji refinery", "Baiji", "Salahuddin", "ISIS", "attributed", "PMU", "shooting",
        1, "the martyrdom of one fighter", 2, "the injury of two others")])

doc("T2", "T", "2024-01-10", """Dijlah TV website (translated) - Wednesday, %s / 10-01-2024
Diyali - [[a|An explosive device targeted a vehicle of the Iraqi army on the road between Jalawla and Al-Saadiya]] the day before yesterday, causing the wounding of three soldiers, a security source said today.
The source did not name the party behind the device. The army closed the road for hours.""" % hijri("2024-01-10"),
    [Hd("a", "2024-01-08", "the day before yesterday", "Jalawla", "Jalawla", "Diyala", None, None, "army", "ied",
        None, None, 3, "the wounding of three soldiers")])

doc("T3", "T", "2023-06-28", """Al-Ahad News (translated) - 10 Dhu al-Hijja 1444 AH corresponding to 28/06/2023, the first day of Eid al-Adha
Al-Anbar - Security sources said that [[a|Daesh remnants opened fire on shepherds in the Wadi Houran desert south of Al-Rutba]] at about eleven at night on the night of Monday to Tuesday, killing two shepherds and stealing dozens of sheep.
The sources said the attackers fled towards the Syrian border.""",
    [Hd("a", "2023-06-26", "at about eleven at night on the night of Monday to Tuesday", "Wadi Houran", "Rutba", "Anbar", "ISIS", "attributed", "civilians", "shooting",
        2, "killing two shepherds", None, None)])

doc("T4", "T", "2021-07-20", """Buratha News (translated) | Tuesday %s AH, 20 July 2021
Baghdad - A security source stated that [[a|a sticky explosive device exploded under the car of an employee of the Ministry of Oil in the Al-Ghazaliya area, west of the capital]], at dawn today, killing him instantly.
The security forces cordoned off the place and opened an investigation.""" % hijri("2021-07-20"),
    [Hd("a", "2021-07-20", "at dawn today", "Al-Ghazaliya", "Baghdad", "Baghdad", None, None, "civilians", "ied",
        1, "killing him instantly", None, None)])

doc("T5", "T", "2022-05-12", """Al-Maalomah (translated) | Thursday %s - 12 May 2022
Al-Najaf - The Civil Defence Directorate announced the control of a fire that broke out in a warehouse of the Al-Huwaish market in the old city this morning. The directorate said the cause was an electrical short circuit and that there was no criminal or terrorist act. No injuries were recorded.""" % hijri("2022-05-12"), noise=True)

doc("T6", "T", "2020-06-13", """Al-Zaman (translated) - Saturday %s / 13.06.2020
Kufa - [[a|Unknown gunmen opened fire on the car of a lawyer on the Kufa bridge]] on Thursday evening, which led to his injury, according to a police source in Najaf. The source said the gunmen fled in a white car without plates.""" % hijri("2020-06-13"),
    [Hd("a", "2020-06-11", "on Thursday evening", "Kufa", "Kufa", "Najaf", "unknown", None, "civilians", "shooting",
        None, None, 1, "which led to his injury")])

doc("T7", "T", "2022-03-07", """Iraq Observer (translated) | %s AH - 07/03/2022
Babylon - [[a|An explosive device exploded at the door of a mobile phone shop in the centre of Al-Musayyib]] on the evening of the fourth of March, without causing human losses, a police source said. The source added that the shop owner had received threats.""" % hijri("2022-03-07"),
    [Hd("a", "2022-03-04", "on the evening of the fourth of March", "Al-Musayyib", "Musayyib", "Babil", None, None, "civilians", "ied",
        0, "without causing human losses", 0, "without causing human losses")])

# ------------------------------------------------------------------ K: Kurdish-region outlets (Kurdish calendar)
doc("K1", "K", "2025-04-03", """PUKmedia | %s (3/4/2025)
PENJWEN - [[a|Turkish artillery shelled the outskirts of the village of Bnawe near Penjwen]] on Tuesday, setting orchards on fire. No one was hurt, the mayor of Penjwen told PUKmedia.
On Wednesday evening, [[b|a Turkish drone hit a vehicle near the village of Sunne, north of Penjwen]], wounding two people whom the mayor described as PKK members.
Residents say the shelling has emptied several villages since 2019.""" % kurd("2025-04-03"),
    [Hd("a", "2025-04-01", "on Tuesday", "Bnawe", "Penjwen", "Sulaymaniyah", "Turkey", "attributed", "", "mortar_rocket",
        0, "No one was hurt", 0, "No one was hurt"),
     Hd("b", "2025-04-02", "On Wednesday evening", "Sunne", "Penjwen", "Sulaymaniyah", "Turkey", "attributed", "PKK", "airstrike_operation",
        None, None, 2, "wounding two people")])

doc("K2", "K", "2025-04-12", """Draw Media - Chamchamal - %s / 12 April 2025
[[a|A bomb planted under the car of a Peshmerga officer went off in Chamchamal]] shortly after 1 a.m. on the night of 10 to 11 April, wounding the officer and his son.
The Chamchamal Asayish said they were looking for two men seen near the car. No one claimed the bombing.""" % kurd("2025-04-12"),
    [Hd("a", "2025-04-11", "shortly after 1 a.m. on the night of 10 to 11 April", "Chamchamal", "Chamchamal", "Sulaymaniyah", "unknown", "unclaimed", "Peshmerga", "ied",
        None, None, 2, "wounding the officer and his son")])

doc("K3", "K", "2024-01-21", """Xendan | Khaneqin | %s (21.01.2024)
[[a|IS militants opened fire on Kurdish farmers harvesting near the village of Mekhas, in the disputed area of Khaneqin]] on Friday, killing a farmer and wounding two, a Khaneqin official told Xendan.
Kurdish villages in the area have been attacked repeatedly since the withdrawal of the Peshmerga in October 2017.""" % kurd("2024-01-21"),
    [Hd("a", "2024-01-19", "on Friday", "Mekhas", "Khanaqin", "Diyala", "ISIS", "attributed", "civilians", "shooting",
        1, "killing a farmer", 2, "wounding two")])

doc("K4", "K", "2021-08-28", """Kurdistan Chronicle | Şengal | %s (28 August 2021)
[[a|A roadside bomb hit a car of the Ezidkhan police on the road between Şengal and Snûnê]] on Thursday, wounding three policemen, a police officer said.
The road is used by families returning from the camps in Duhok. No one claimed responsibility.""" % kurd("2021-08-28"),
    [Hd("a", "2021-08-26", "on Thursday", "Şengal", "Sinjar", "Nineveh", "unknown", "unclaimed", "police", "ied",
        None, None, 3, "wounding three policemen")])

doc("K5", "K", "2023-11-16", """Hawlati | Erbil | %s - 16/11/2023
[[a|Two drones were launched at the Harir air base, which hosts troops of the US-led coalition, north of Erbil]] on Monday night. One was shot down and the other fell in an empty field, causing no casualties, the Kurdistan Region's counter-terrorism service said.
On Wednesday, [[b|a Turkish drone struck a car near Sidakan]], killing two PKK members, local officials said.""" % kurd("2023-11-16"),
    [Hd("a", "2023-11-13", "on Monday night", "Harir", "Harir", "Erbil", None, None, "US forces", "other",
        0, "causing no casualties", 0, "causing no casualties"),
     Hd("b", "2023-11-15", "On Wednesday", "Sidakan", "Soran", "Erbil", "Turkey", "attributed", "PKK", "airstrike_operation",
        2, "killing two PKK members", None, None)])

doc("K6", "K", "2020-08-18", """Channel8 | Amêdî | %s (18/08/2020)
[[a|Turkish artillery shelled orchards around the village of Kani Masi in Amêdî district]] on Sunday afternoon, starting fires that burned for hours. There were no casualties, the head of Kani Masi subdistrict said.
Farmers said they could not reach their fields for the third week.""" % kurd("2020-08-18"),
    [Hd("a", "2020-08-16", "on Sunday afternoon", "Kani Masi", "Kani Masi", "Dohuk", "Turkey", "attributed", "", "mortar_rocket",
        0, "There were no casualties", 0, "There were no casualties")])

doc("K7", "K", "2023-10-07", """Payam | Qamishli | %s (7 October 2023)
[[a|A Turkish drone struck a car on the outskirts of Qamishli]] in north-east Syria on Thursday, killing two members of the Asayish of the Autonomous Administration, the administration said.
The strike came on a day of heavy Turkish raids on the region.""" % kurd("2023-10-07"),
    [I("a", "2023-10-05", "on Thursday", "Qamishli", None, None, "Turkey", "attributed", "security forces", "airstrike_operation",
       2, "killing two members of the Asayish", None, None, country="Syria")], country="Syria")

# ------------------------------------------------------------------ N: reports without figures
doc("N1", "N", "2023-06-12", """Anbar energy desk | Last updated: 12 June 2023, 08:15
[[a|An explosive charge brought down a high-voltage pylon on the line between Al-Rutba and Al-Qaim]] on Saturday night, cutting power to parts of the western desert, the electricity ministry said.
The ministry did not say whether anyone was hurt and gave no word on who was behind it. Repair teams needed an escort to reach the site.""",
    [Hd("a", "2023-06-10", "on Saturday night", "Al-Rutba", "Rutba", "Anbar", None, None, "", "ied",
        None, None, None, None)])

doc("N2", "N", "2021-07-24", """Karrada shopkeepers - notice pinned on the association's page, 24 July 2021
[[a|A sound bomb was thrown at a shop selling alcohol in Al-Karrada]] on Thursday before dawn. The association asks the police to publish what they know; they have not said whether anyone was inside or who did it.
Three such shops in the area were targeted last year.""",
    [Hd("a", "2021-07-22", "on Thursday before dawn", "Al-Karrada", "Baghdad", "Baghdad", None, None, "", "ied",
        None, None, None, None)])

doc("N3", "N", "2020-03-28", """Tuz Khurmatu - local radio transcript (file name: tuz_radio_2020-03-28_evening.txt)
Family members say [[a|gunmen in army-style uniforms abducted a Turkmen truck driver at a fake checkpoint on the Tuz Khurmatu-Kifri road]] on Wednesday. His phone has been switched off since then. The police opened a case but gave no details.""",
    [Hd("a", "2020-03-25", "on Wednesday", "Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", "unknown", None, "civilians", "kidnapping",
        None, None, None, None)])

doc("N4", "N", "2021-08-20", """North Oil Company maintenance log - qayyarah_pipeline_2021-08-20.txt
Entry: [[a|an explosive device damaged the crude pipeline south of the Qayyarah field]] in the early hours of Thursday. Pumping stopped. Security escort requested. Casualty information: not provided by the field police. Cause recorded as sabotage.""",
    [Hd("a", "2021-08-19", "in the early hours of Thursday", "Qayyarah", "Qayyarah", "Nineveh", None, None, "", "ied",
        None, None, None, None)])

doc("N5", "N", "2022-12-04", """Karbala | posted 04-12-2022 by the Al-Hur neighbourhood council
[[a|Armed men fired at the house of a cleric in the Al-Hur area of Karbala]] on the night of Friday to Saturday. Police have not given any information about casualties or suspects. The council calls for cameras on the main street.""",
    [Hd("a", "2022-12-02", "on the night of Friday to Saturday", "Al-Hur", "Karbala", "Karbala", "unknown", None, "civilians", "shooting",
        None, None, None, None)])

doc("N6", "N", "2019-07-10", """Al-Diwaniyah - party statement dated 10/07/2019
[[a|Unknown persons set fire to our office in the Al-Jumhuri neighbourhood of Al-Diwaniyah]] at dawn on Monday, the statement said. The party did not say whether guards were inside and gave no word on injuries. It called the attack an attempt to silence it before the council vote.""",
    [Hd("a", "2019-07-08", "at dawn on Monday", "Al-Diwaniyah", "Diwaniyah", "Qadisiyah", "unknown", None, "", "other",
        None, None, None, None)])

doc("N7", "N", "2024-05-09", """Nineveh Operations - press note, 9 May 2024
Engineering teams carried out a controlled detonation of 14 old mortar shells found in a field near Hammam al-Alil. Residents heard a loud blast this morning. This was a planned detonation of war remnants, not an attack. No one was hurt.""", noise=True)

# ------------------------------------------------------------------ R: round-ups (ranges, day-before-yesterday, multi-day)
doc("R1", "R", "2024-01-29", """# DIYALA WEEK IN BRIEF (22-28 January 2024), issued Monday 29 January 2024
- Between Monday and Wednesday the Khanaqin border crossing worked reduced hours.
- Tue 23 Jan: [[a|mortar rounds landed near a PMF position outside Mandali]]; no casualties.
- The night of 25 to 26 January, around 2 a.m.: [[b|gunmen stormed a house in Abu Saida and shot dead a former policeman]].
- Sat 27 Jan: [[c|a roadside bomb hit an army Humvee near Al-Udhaim]], wounding two soldiers. IS was blamed by the army.
- Weather: first rain of the month on Sunday.""",
    [Hd("a", "2024-01-23", "Tue 23 Jan", "Mandali", "Mandali", "Diyala", None, None, "PMU", "mortar_rocket",
        0, "no casualties", 0, "no casualties"),
     Hd("b", "2024-01-26", "The night of 25 to 26 January, around 2 a.m.", "Abu Saida", "Abu Saida", "Diyala", "unknown", None, "civilians", "shooting",
        1, "shot dead a former policeman", None, None),
     Hd("c", "2024-01-27", "Sat 27 Jan", "Al-Udhaim", "Udhaim", "Diyala", "ISIS", "attributed", "army", "ied",
        None, None, 2, "wounding two soldiers")], ext="md")

doc("R2", "R", "2021-07-17", """BAGHDAD SECURITY DIGEST - Saturday, 17 July 2021
Day before yesterday: [[a|a sticky bomb under a car in the Al-Shaab district]] wounded its driver, a tax official.
Yesterday: [[b|unknown gunmen shot dead a money changer in Al-Saydiya]] and took his bag.
Last night: [[c|a roadside bomb hit a truck carrying supplies for the coalition on the Abu Ghraib highway]]; no injuries.
Also: checkpoints at Al-Shaab were tightened for the Eid shopping days.""",
    [Hd("a", "2021-07-15", "Day before yesterday", "Al-Shaab", "Baghdad", "Baghdad", None, None, "civilians", "ied",
        None, None, 1, "wounded its driver"),
     Hd("b", "2021-07-16", "Yesterday", "Al-Saydiya", "Baghdad", "Baghdad", "unknown", None, "civilians", "shooting",
        1, "shot dead a money changer", None, None),
     Hd("c", "2021-07-16", "Last night", "Abu Ghraib", "Abu Ghraib", "Baghdad", None, None, "US forces", "ied",
        0, "no injuries", 0, "no injuries")])

doc("R3", "R", "2021-08-09", """Nineveh fortnightly digest | covering 25 July - 7 August 2021 | out Monday 9 August 2021
1) Between 1 and 3 August (the exact night was not given), [[a|IS militants kidnapped two shepherds near Al-Baaj]]; one was later found dead.
2) 4 August: [[b|a Turkish air strike hit a position near the Sinune complex]], killing three YBS fighters.
3) 6 August: [[c|gunmen fired at a Federal Police patrol near the Mosul airport]], wounding a policeman.
Other: the Rabia crossing stayed closed; heat above 50 degrees on 5 August.""",
    [Hd("a", "2021-08", "Between 1 and 3 August", "Al-Baaj", "Baaj", "Nineveh", "ISIS", "attributed", "civilians", "kidnapping",
        1, "one was later found dead", None, None, prec="month"),
     Hd("b", "2021-08-04", "4 August", "Sinune", "Sinjar", "Nineveh", "Turkey", "attributed", "PKK", "airstrike_operation",
        3, "killing three YBS fighters", None, None),
     Hd("c", "2021-08-06", "6 August", "Mosul airport", "Mosul", "Nineveh", "unknown", None, "police", "shooting",
        None, None, 1, "wounding a policeman")])

doc("R4", "R", "2023-06-26", """Western Euphrates weekly sitrep (wk 25: 19-25 June 2023), released 26 June 2023
Mon: quiet.
Wed: [[a|IED strike on a Tribal Hashd vehicle north of Haditha]] - 1 KIA, 2 WIA.
Thu: traffic resumed on the Baghdad-Amman highway.
Fri: [[b|sniper fire on an army post at Al-Karma]] - 1 soldier killed.
Sun: [[c|two mortar rounds on the outskirts of Heet]], no casualties.""",
    [Hd("a", "2023-06-21", "Wed", "Haditha", "Haditha", "Anbar", None, None, "PMU", "ied",
        1, "1 KIA", 2, "2 WIA"),
     Hd("b", "2023-06-23", "Fri", "Al-Karma", "Karma", "Anbar", None, None, "army", "shooting",
        1, "1 soldier killed", None, None),
     Hd("c", "2023-06-25", "Sun", "Heet", "Hit", "Anbar", None, None, "", "mortar_rocket",
        0, "no casualties", 0, "no casualties")])

doc("R5", "R", "2020-03-12", """Salahuddin daily security log, 12.03.2020 (Thursday)
- Between 3 and 5 March, [[a|IS militants burned two harvesters on farms near Al-Shirqat]]; police could not give a date. No casualties.
- The day before yesterday, [[b|a Katyusha rocket fell inside the Speicher base near Tikrit]]; no injuries.
- Yesterday evening, [[c|gunmen killed a mukhtar in front of his house in Al-Dour]].
- Curfew for the virus from Saturday.""",
    [Hd("a", "2020-03", "Between 3 and 5 March", "Al-Shirqat", "Sharqat", "Salahuddin", "ISIS", "attributed", "", "other",
        0, "No casualties", 0, "No casualties", prec="month"),
     Hd("b", "2020-03-10", "The day before yesterday", "Speicher base", "Tikrit", "Salahuddin", None, None, "army", "mortar_rocket",
        0, "no injuries", 0, "no injuries"),
     Hd("c", "2020-03-11", "Yesterday evening", "Al-Dour", "Dour", "Salahuddin", "unknown", None, "civilians", "shooting",
        1, "killed a mukhtar", None, None)])

doc("R6", "R", "2019-04-16", """Southern fortnightly digest (1-14 April 2019), out 16/04/2019
Basra, 2 Apr: [[a|an IED went off near the gate of a foreign oil contractor in Al-Burjesia]], causing no casualties.
6 Apr: [[b|in Al-Samawa, gunmen fired at the house of a police captain]], wounding his brother.
11 Apr: [[c|a grenade was thrown into the yard of a tribal chief in Afak]]; no one was hurt.
Elsewhere: dust storms grounded flights at Basra on 9 April.""",
    [Hd("a", "2019-04-02", "2 Apr", "Al-Burjesia", "Zubair", "Basra", None, None, "", "ied",
        0, "causing no casualties", 0, "causing no casualties"),
     Hd("b", "2019-04-06", "6 Apr", "Al-Samawa", "Samawa", "Muthanna", "unknown", None, "police", "shooting",
        None, None, 1, "wounding his brother"),
     Hd("c", "2019-04-11", "11 Apr", "Afak", "Afak", "Qadisiyah", None, None, "civilians", "other",
        0, "no one was hurt", 0, "no one was hurt")])
doc("R7", "R", "2022-10-31", """Kirkuk and Salahuddin weekly review, 24-30 October 2022 (issued 31 October 2022)
No attacks were recorded this week. Monday saw a protest by contract workers at the North Oil Company; on Thursday the Kirkuk-Baghdad road was closed for four hours by fog. On Saturday police seized a car carrying unlicensed weapons near Daquq; nobody was hurt.""", noise=True)

