"""realworld21 data, styles V O H S F P (gold first, texts written around it)."""
from lib import I, doc, W, F
from s21 import hijri, kurd

# ------------------------------------------------------------------ V: revised tolls
doc("V1", "V", "2020-06-06", """RAMADI - running file (last touched 06/06/2020 11:05)

First report (Thursday 4 June, 20:10): [[a|a sticky bomb exploded under a contractor's car in the Al-Tash area of Ramadi]], wounding the driver and two passers-by. Police did not say who planted it.

Update (Saturday 6 June, 10:50): the driver died in hospital overnight, so the bomb killed one man and wounded two.
""", [I("a", "2020-06-04", "Thursday 4 June", "Ramadi", "Ramadi", "Anbar", None, None, "civilians", "ied",
        1, "killed one man", 2, "wounded two")])

doc("V2", "V", "2024-09-02", """Karbala road crash - toll revised (2 September 2024)

The number of pilgrims killed when a minibus overturned on the Najaf-Karbala road on Saturday has risen to six, health officials said. Eleven others remain in hospital. Police said the driver fell asleep; the crash was an accident, not an attack.
""", noise=True)

e = "2021-04-13"
doc("V3", "V", "2021-04-15", """Khanaqin ambush: toll climbs
Thursday, 15 April 2021, 09:30 (updated)

Two soldiers were killed and three wounded late on Tuesday when [[a|Islamic State militants ambushed an army patrol in the hills north of Khanaqin]], security sources said at first.

This morning an army officer said one of the wounded had died in a Baquba hospital, so the toll now stands at three dead and two wounded.
""", [I("a", e, "late on Tuesday", "Khanaqin", "Khanaqin", "Diyala", "ISIS", "attributed", "army", "ambush",
        3, "three dead", 2, "two wounded")])

e = "2021-01-31"
doc("V4", "V", "2021-02-03", """Zubair bus bombing - what we know (Wednesday 03-02-2021)

Sunday: [[a|a roadside bomb hit a bus carrying oil company staff on the road into Zubair]] on Sunday morning, wounding five employees.
Tuesday: one of the wounded, the bus driver, died of his injuries, the oil company said.
Today: four employees are still in hospital. No group has claimed the attack.
""", [I("a", e, "on Sunday morning", "Zubair", "Zubair", "Basra", "unknown", "unclaimed", "civilians", "ied",
        1, "the bus driver, died of his injuries", 4, "four employees are still in hospital")])

e = "2022-08-02"
doc("V5", "V", "2022-08-05", """Kirkuk police officer dies of wounds - Kirkuk Post, Friday 5 August 2022

A police officer wounded on Tuesday when [[a|a sticky bomb exploded under his car in the Domiz neighbourhood of Kirkuk]] died of his wounds on Thursday, his family said. His son, who was in the car with him, is recovering. The attack now counts one dead and one wounded. No group claimed it.
""", [I("a", e, "on Tuesday", "Domiz neighbourhood of Kirkuk", "Kirkuk", "Kirkuk", "unknown", "unclaimed", "police", "ied",
        1, "died of his wounds", 1, "His son, who was in the car with him, is recovering")])

e = "2023-01-25"
doc("V6", "V", "2023-01-28", """Sinjar drone strike: second fighter dies (28 Jan 2023)

The Turkish drone strike on Wednesday that [[a|hit a vehicle of the Sinjar Resistance Units (YBS) in Sinjar town]] first killed one fighter and wounded three, local officials said. On Friday a second fighter died in hospital, bringing the toll to two dead; two others are still being treated.
""", [I("a", e, "on Wednesday", "Sinjar", "Sinjar", "Nineveh", "Turkey", "attributed", "PKK", "airstrike_operation",
        2, "bringing the toll to two dead", 2, "two others are still being treated")])

e = "2020-02-09"
doc("V7", "V", "2020-02-12", """NASIRIYAH - correction, 12/02/2020

An earlier version of this report said one protester was killed and six wounded when [[a|gunmen fired on protesters in Al-Haboubi Square in Nasiriyah]] on %s %s. Two of the wounded have since died; hospital staff now put the toll at three dead and four wounded.
""" % (W(e)[:3], F(e, "{DD}/{MM}/{YY}")),
    [I("a", e, "%s %s" % (W(e)[:3], F(e, "{DD}/{MM}/{YY}")), "Nasiriyah", "Nasiriyah", "Dhi Qar", "unknown", None,
       "civilians", "shooting", 3, "three dead", 4, "four wounded")])

# ------------------------------------------------------------------ O: official statements (new bodies)
e = "2022-04-27"
doc("O1", "O", "2022-04-28", """Directorate of Oil Police - Northern Region
Statement (issued 28-04-2022)

At 22:50 on Wednesday, [[a|two rockets fell inside the Khabbaz oil field, west of Kirkuk]], near one of the production units. Our forces cordoned off the site. The attack was without causing any losses, and production continued normally.
""", [I("a", e, "At 22:50 on Wednesday", "Khabbaz oil field", "Kirkuk", "Kirkuk", None, None, "", "mortar_rocket",
        0, "without causing any losses", 0, "without causing any losses")])

e = "2020-10-12"
doc("O2", "O", "2020-10-13", """Kurdistan Region - Counter-Terrorism Department
Press statement, Tuesday 13/10/2020

At 21:40 yesterday, Monday, [[a|six rockets were fired at Erbil airport]], where forces of the international coalition are stationed. Four fell in open ground near the perimeter. The rockets were launched from a vehicle parked near Bartella. No one was hurt.
""", [I("a", e, "At 21:40 yesterday, Monday", "Erbil airport", "Erbil", "Erbil", None, None, "US forces", "mortar_rocket",
        0, "No one was hurt", 0, "No one was hurt")])

e = "2021-08-05"
doc("O3", "O", "2021-08-06", """Basra Operations Command - Statement No. 211
Friday %s - 06/08/2021

At 23:15 on Thursday 5 August, [[a|unknown persons threw a hand grenade at a house in Abu al-Khasib]], which led to the injury of two members of the family. Our forces arrested a suspect at a checkpoint. No deaths.
""" % hijri("2021-08-06"), [I("a", e, "At 23:15 on Thursday 5 August", "Abu al-Khasib", "Abu al-Khasib", "Basra", "unknown", None,
                             "civilians", "other", 0, "No deaths", 2, "the injury of two members of the family")])

e = "2021-10-03"
doc("O4", "O", "2021-10-04", """Popular Mobilization Commission - Security Directorate
Statement, Monday 4 October 2021

At dawn on Sunday, [[a|Daesh terrorist gangs attacked a checkpoint of the 23rd Brigade near Imam Askar village in Muqdadiyah]], which led to the martyrdom of one fighter and the injury of another. The attackers withdrew towards the orchards.
""", [I("a", e, "At dawn on Sunday", "Imam Askar", "Muqdadiyah", "Diyala", "ISIS", "attributed", "PMU", "shooting",
        1, "the martyrdom of one fighter", 1, "the injury of another")])

e = "2024-04-03"
doc("O5", "O", e, """Najaf Police Command - statement
Wednesday 3 April 2024, 09:00

At 01:30 this morning, [[a|a sound bomb was thrown at the house of a lawyer in Kufa]]. It damaged the gate. There were no casualties. The lawyer had received threats over a land case. Investigations are under way.
""", [I("a", e, "At 01:30 this morning", "Kufa", "Kufa", "Najaf", None, None, "civilians", "ied",
        0, "There were no casualties", 0, "There were no casualties")])

e = "2020-12-01"
doc("O6", "O", "2020-12-02", """Anbar Operations Command - Statement No. 88 of 2/12/2020

On Tuesday, 1/12/2020, at 17:00, [[a|Daesh terrorists abducted three truck drivers on the Akashat road south of Al-Qaim]]. Our forces and the border guards are searching the desert. The trucks were found burnt.
""", [I("a", e, "On Tuesday, 1/12/2020", "Al-Qaim", "Qaim", "Anbar", "ISIS", "attributed", "civilians", "kidnapping",
        None, None, None, None)])

doc("O7", "O", "2023-05-17", """Babil Police Command - statement, 17 May 2023

Our detachments arrested four drug dealers in Hillah and Al-Mahawil on Tuesday and seized 3 kg of crystal meth. The accused were referred to the judiciary. No shots were fired during the raids, the command said.
""", noise=True)

# ------------------------------------------------------------------ H: NGO notes (new NGOs)
doc("H1", "H", "2019-07-30", """World Vision Iraq - Nineveh area note (issued 30 July 2019)

Returns to Al-Baaj remain slow. On 19 March, [[a|armed men believed to be IS abducted two water-truck drivers near Al-Baaj]]; their fate is unknown. On the morning of the twenty-second of July, [[b|a bomb attached to a car exploded in the Al-Sukkar neighbourhood of Mosul]], killing a school guard. Our child-friendly spaces in Mosul stayed open.
""", [I("a", "2019-03-19", "On 19 March", "Al-Baaj", "Baaj", "Nineveh", "ISIS", "suspected", "civilians", "kidnapping",
        None, None, None, None),
      I("b", "2019-07-22", "On the morning of the twenty-second of July", "Al-Sukkar", "Mosul", "Nineveh", None, None,
        "civilians", "ied", 1, "killing a school guard", None, None)])

doc("H2", "H", "2019-10-07", """Welthungerhilfe - Kirkuk programme update, 2019-10-07

Harvest: On 14 May, [[a|IS militants set fire to wheat fields near Daquq and shot at farmers who tried to put out the flames]], wounding one farmer.
Security: on Wednesday 2 October, [[b|a hand grenade was thrown at a shop in the Al-Wasiti market of Kirkuk]], wounding three customers. Staff movements were suspended for a day.
""", [I("a", "2019-05-14", "On 14 May", "Daquq", "Daquq", "Kirkuk", "ISIS", "attributed", "civilians", "shooting+other",
        None, None, 1, "wounding one farmer"),
      I("b", "2019-10-02", "on Wednesday 2 October", "Al-Wasiti market of Kirkuk", "Kirkuk", "Kirkuk", None, None,
        "civilians", "other", None, None, 3, "wounding three customers")])

doc("H3", "H", "2023-10-12", """Première Urgence Internationale - Dohuk field note, 12 Oct 2023

On 19 April, [[a|Turkish shelling near Batifa damaged orchards]] in two villages; no one was hurt. On the night of 7 to 8 October, around 2 a.m., [[b|PKK fighters attacked a Turkish military base near Bamerni]], local officials said; there was no information on casualties. Our mobile clinics paused for two days.
""", [I("a", "2023-04-19", "On 19 April", "Batifa", "Batifa", "Dohuk", "Turkey", "attributed", "", "mortar_rocket",
        0, "no one was hurt", 0, "no one was hurt"),
      I("b", "2023-10-08", "On the night of 7 to 8 October, around 2 a.m.", "Bamerni", "Bamerni", "Dohuk", "PKK",
        "attributed", "Turkey", "shooting", None, None, None, None)])

doc("H4", "H", "2022-03-15", """Tearfund - Duhok WASH update (15 March 2022)

Water trucking to three camps continued. Latrine repairs in Kabarto camp are complete. No security incidents affecting staff or beneficiaries were reported this month. Heavy rain flooded tents on Saturday; families were moved to the camp school until the water drained.
""", noise=True)

doc("H5", "H", "2021-11-18", """Médecins du Monde - Basra advocacy note (18 November 2021)

Civic space: On 18 March, [[a|unknown gunmen shot dead a civil-society activist near his home in Basra]]. On Sunday 14 November, [[b|a sound bomb exploded at the door of a liquor shop in the Al-Ashar area of Basra]], damaging the shop; no one was hurt. Our mental-health team supports affected families.
""", [I("a", "2021-03-18", "On 18 March", "Basra", "Basra", "Basra", "unknown", None, "civilians", "shooting",
        1, "shot dead a civil-society activist", None, None),
      I("b", "2021-11-14", "On Sunday 14 November", "Al-Ashar area of Basra", "Basra", "Basra", None, None, "", "ied",
        0, "no one was hurt", 0, "no one was hurt")])

doc("H6", "H", "2024-01-15", """IRC Iraq - Salahuddin protection snapshot, 15/01/2024

On 9 January, [[a|an IED struck an army vehicle in the Al-Jallam desert east of Samarra]], killing two soldiers and wounding two. It was the deadliest attack near the town since [[b|the bombing of a PMF checkpoint at the northern entrance of Samarra]] on 17 June 2020, which wounded four fighters. Movement restrictions remain in place.
""", [I("a", "2024-01-09", "On 9 January", "Al-Jallam", "Samarra", "Salahuddin", None, None, "army", "ied",
        2, "killing two soldiers", 2, "wounding two"),
      I("b", "2020-06-17", "on 17 June 2020", "Samarra", "Samarra", "Salahuddin", None, None, "PMU", "ied",
        None, None, 4, "wounded four fighters")])

doc("H7", "H", "2025-07-08", """People in Need - Diyala situation note (8 July 2025)

On 14 February, [[a|a hand grenade was thrown into a clothes shop in the Baquba market]], wounding the owner and a customer. On Sunday, [[b|a roadside bomb hit a farmer's tractor near Khanaqin]], killing the farmer. Both attacks were unclaimed. Cash assistance continued in both districts.
""", [I("a", "2025-02-14", "On 14 February", "Baquba", "Baquba", "Diyala", "unknown", "unclaimed", "civilians", "other",
        None, None, 2, "wounding the owner and a customer"),
      I("b", "2025-07-06", "On Sunday", "Khanaqin", "Khanaqin", "Diyala", "unknown", "unclaimed", "civilians", "ied",
        1, "killing the farmer", None, None)])

# ------------------------------------------------------------------ S: Telegram channels (new)
doc("S1", "S", "2025-04-22", """Raqqa Live 24 (t.me/raqqa_live24)
[22.04.2025 18:40] #Raqqa #IED
[[a|IED hit an SDF patrol near Al-Karama, east of Raqqa]] an hour ago. 2 SDF killed. No claim yet.
[22.04.2025 19:02] Power cut in the city again, generators on in the eastern neighbourhoods.
""", [I("a", "2025-04-22", "an hour ago", "Al-Karama", None, None, None, None, "", "ied",
        2, "2 SDF killed", None, None, country="Syria")], country="Syria")

doc("S2", "S", "2020-07-29", """Anbar Alert 24 - channel posts
[29/07/2020 22:10] #AinAlAsad
Just now: [[a|3 rockets fell inside Ain al-Asad base]] - alarms sounding. No cas per base source. The base hosts US-led coalition troops.
[29/07/2020 22:40] Roads to Al-Baghdadi closed until morning. #Anbar
""", [I("a", "2020-07-29", "Just now", "Ain al-Asad", "Ain al-Asad", "Anbar", None, None, "US forces", "mortar_rocket",
        0, "No cas", 0, "No cas")])

doc("S3", "S", "2022-10-10", """Slemani Alerts (t.me/slemani_alerts) - pinned posts
[15.02.2022 19:05] #Penjwen Turkish drone hit a car near Penjwen. [[a|drone strike on a car outside Penjwen]]: 2 killed - PKK per mayor.
[03.07.2022 12:00] Heat: 49C in the city today.
[10.10.2022 08:30] #Darbandikhan Last night [[b|a sticky bomb exploded under a journalist's car in Darbandikhan]]. He is injured, stable. No one else hurt.
""", [I("a", "2022-02-15", "[15.02.2022 19:05]", "Penjwen", "Penjwen", "Sulaymaniyah", "Turkey", "attributed", "PKK",
        "airstrike_operation", 2, "2 killed", None, None),
      I("b", "2022-10-09", "Last night", "Darbandikhan", "Darbandikhan", "Sulaymaniyah", None, None, "civilians", "ied",
        None, None, 1, "He is injured, stable")])

doc("S4", "S", "2023-08-21", """Baghdad Pulse Now - channel
[21.08.2023 09:10] #GreenZone
The day before yesterday, late at night, [[a|two Katyushas fell in the Green Zone near the river]]. No cas. Third time this summer. #Baghdad
[21.08.2023 09:30] Traffic jam on the Jumhuriya bridge, use the Sinak bridge instead.
""", [I("a", "2023-08-19", "The day before yesterday, late at night", "Green Zone", "Baghdad", "Baghdad", None, None, "",
        "mortar_rocket", 0, "No cas", 0, "No cas")])

doc("S5", "S", "2024-03-12", """Nasiriyah Now (t.me/nasiriyah_now)
[12-03-2024 21:15] #Rifai #DhiQar
This evening [[a|an explosive device went off at the door of a PMF office in Al-Rifai]]. Material damage only, no casualties. Second blast at a party or PMF office in the district this year.
[12-03-2024 21:40] Electricity back in the city centre.
""", [I("a", "2024-03-12", "This evening", "Al-Rifai", "Rifai", "Dhi Qar", None, None, "PMU", "ied",
        0, "no casualties", 0, "no casualties")])

doc("S6", "S", "2023-09-14", """Maysan Breaking 24 (Telegram channel) - posts of 14/09/2023
[14/09/2023 16:20] #Majar
An hour ago [[a|gunmen shot a tribal sheikh outside his guesthouse in Al-Majar al-Kabir]]. Sheikh killed. His guard injured. Tribal tension, police deployed around the town.
[14/09/2023 17:05] Family says funeral tomorrow in Amarah. Roads to the town closed tonight.
""", [I("a", "2023-09-14", "An hour ago", "Al-Majar al-Kabir", "Majar al-Kabir", "Maysan", "unknown", None, "civilians",
        "shooting", 1, "Sheikh killed", 1, "His guard injured")])

doc("S7", "S", "2024-06-21", """Babil Eye (t.me/babil_eye)
[21/06/2024 23:05] #Iskandariya
Tonight [[a|IED hit a PMF convoy on the road out of Al-Iskandariya]]: 1 martyr, 2 injured. Daesh blamed by the Hashd.
[21/06/2024 23:12] The wounded were taken to Hillah teaching hospital. Road closed until morning.
[21/06/2024 23:30] #Babil weather: dust storm tomorrow.
""", [I("a", "2024-06-21", "Tonight", "Al-Iskandariya", "Iskandariya", "Babil", "ISIS", "attributed", "PMU", "ied",
        1, "1 martyr", 2, "2 injured")])

# ------------------------------------------------------------------ F: follow-ups (new occasions)
e = "2020-11-20"
doc("F1", "F", "2020-11-22", """KARBALA, 22 November 2020 - Hundreds of mourners followed the coffin of the activist Ali H. to the cemetery yesterday. He was killed on %s when [[a|a bomb planted under his car exploded outside his home in Karbala]]. Friends said he had received threats for months. No one else was hurt.""" % W(e),
    [I("a", e, "on Friday", "Karbala", "Karbala", "Karbala", None, None, "civilians", "ied",
       1, "He was killed", 0, "No one else was hurt")])

doc("F2", "F", "2022-01-19", """Diwaniyah court jails two over party office attack (19 January 2022)

The criminal court in Diwaniyah sentenced two men to ten years in prison for [[a|throwing a hand grenade at a party office in Diwaniyah]] on 3rd July 2021. No one was hurt in the attack, which damaged the building's front. The court did not say whether the men belonged to any group.
""", [I("a", "2021-07-03", "on 3rd July 2021", "Diwaniyah", "Diwaniyah", "Qadisiyah", "unknown", None, "", "other",
        0, "No one was hurt", 0, "No one was hurt")])

doc("F3", "F", "2023-04-11", """A year after the Musayyib market bomb (11/04/2023)

One year ago today, on 11 April 2022, [[a|a bomb hidden in a fruit stall exploded in the Al-Musayyib market]], killing two people and wounding seven. Traders held a minute of silence this morning. The case remains open.
""", [I("a", "2022-04-11", "on 11 April 2022", "Al-Musayyib", "Musayyib", "Babil", None, None, "civilians", "ied",
        2, "killing two people", 7, "wounding seven")])

doc("F4", "F", "2025-02-20", """Arrest in Al-Shamiya teacher killing - 20 Feb 2025

Police in Qadisiyah said they had arrested a man over the killing of a teacher on 2/2/2025 in Al-Shamiya. [[a|The teacher was shot dead in front of his school in Al-Shamiya]], police said. The suspect has confessed, they said; the motive was a tribal dispute.
""", [I("a", "2025-02-02", "on 2/2/2025", "Al-Shamiya", "Shamiya", "Qadisiyah", "unknown", None, "civilians", "shooting",
        1, "shot dead", None, None)])

doc("F5", "F", "2022-11-03", """Memorial for the Speicher victims, Tikrit, 3 November 2022

Families gathered at the memorial near the Tikrit palaces for the annual remembrance. The governor promised a museum. The ceremony was about events of 2014 and no new incident was reported.
""", noise=True)

doc("F6", "F", "2025-06-09", """Badra border guards compensated (9 June 2025)

The families of three border guards wounded when [[a|mortar rounds hit a border post near Badra]] on the 4th of May received compensation on Monday, the Wasit governorate said. All three have returned to duty. No one was killed in that attack.
""", [I("a", "2025-05-04", "on the 4th of May", "Badra", "Badra", "Wasit", None, None, "security forces", "mortar_rocket",
        0, "No one was killed in that attack", 3, "three border guards wounded")])

doc("F7", "F", "2020-02-16", """Amarah school renamed after slain teacher (16 February 2020)

A primary school in Amarah now carries the name of Karim J., the teacher who was shot dead on the twenty-seventh of October 2019 when [[a|gunmen fired on his car in the Al-Maarif street of Amarah]]. His pupils painted the new sign.
""", [I("a", "2019-10-27", "on the twenty-seventh of October 2019", "Amarah", "Amarah", "Maysan", "unknown", None,
        "civilians", "shooting", 1, "shot dead", None, None)])

# ------------------------------------------------------------------ P: pasted web pages
e = "2025-05-14"
doc("P1", "P", "2025-05-16", """Islamic State militants attacked a Popular Mobilization post in the desert south of Al-Qaim on %s night, killing two fighters and wounding one, the PMF media office said.

[[a|The militants fired on the post south of Al-Qaim]] before withdrawing towards the Syrian border, the office said.

Related stories: Sandstorm grounds flights in Anbar | Al-Qaim border crossing reopens
""" % W(e), [I("a", e, "on %s night" % W(e), "Al-Qaim", "Qaim", "Anbar", "ISIS", "attributed", "PMU", "shooting",
               2, "killing two fighters", 1, "wounding one")], ext="html", title="Two PMF fighters killed near Al-Qaim",
    outlet="Euphrates Daily")

e = "2022-09-05"
doc("P2", "P", "2022-09-07", """# Gunmen wound shop owner in Najaf

*Last updated 2022-09-07 16:20 · Najaf desk · 1 min read*

Gunmen on a motorcycle shot and wounded [[a|a mobile-phone shop owner on Al-Rasool street in Najaf]] on %s evening, police said. He is in a stable condition. No one was killed.

## Read more
- Najaf airport adds flights to Tehran
- Car bomb in Najaf (archive, 2006)
""" % W(e), [I("a", e, "on %s evening" % W(e), "Najaf", "Najaf", "Najaf", "unknown", None, "civilians", "shooting",
               0, "No one was killed", 1, "shot and wounded")], ext="md")

e = "2020-08-11"
doc("P3", "P", "2020-08-13", """A Turkish drone struck a car near Zakho on %s, killing two people, a local official said. [[a|The drone hit the car on a road outside Zakho]], the official said. The two men in the car were described by the mayor as PKK members. Read more: Turkish operation in northern Iraq enters third month.""" % W(e),
    [I("a", e, "on %s" % W(e), "Zakho", "Zakho", "Dohuk", "Turkey", "attributed", "PKK", "airstrike_operation",
       2, "killing two people", None, None)], ext="json", title="Drone strike near Zakho kills two",
    outlet="Duhok Herald", published="2020-08-13T08:30:00+03:00")

e = "2020-03-08"
doc("P4", "P", "2020-03-10", """A roadside bomb struck an army patrol on the road between Tikrit and Al-Alam on %s afternoon, wounding two soldiers, a security source said.

[[a|The bomb went off as the patrol passed near Tikrit]], the source said. No soldier was killed.

See also: Tikrit university postpones exams
""" % W(e), [I("a", e, "on %s afternoon" % W(e), "Tikrit", "Tikrit", "Salahuddin", None, None, "army", "ied",
               0, "No soldier was killed", 2, "wounding two soldiers")], ext="html",
    title="Two soldiers hurt in Tikrit roadside bomb", outlet="Salahuddin Voice")

doc("P5", "P", "2019-05-30", """# Bomb at Samawah liquor store

*Published Thursday 30 May 2019 · Muthanna desk*

A bomb exploded at the door of a liquor store in Samawah in the early hours of %s, police said. [[a|The blast destroyed the front of the store in Samawah]]. No one was hurt.

## Related
- Muthanna farmers protest over water shares
""" % W("2019-05-28"), [I("a", "2019-05-28", "in the early hours of Tuesday", "Samawah", "Samawah", "Muthanna", None, None, "",
                          "ied", 0, "No one was hurt", 0, "No one was hurt")], ext="md")

e = "2023-03-26"
doc("P6", "P", "2023-03-28", """Unknown men threw a sound bomb at the house of a Baghdad provincial council candidate in the Al-Jadriya district late on %s, police said. [[a|The sound bomb damaged the gate of the house in Al-Jadriya]]. No one was hurt. Read more: Baghdad council race heats up.""" % W(e),
    [I("a", e, "late on %s" % W(e), "Al-Jadriya", "Baghdad", "Baghdad", "unknown", None, "civilians", "ied",
       0, "No one was hurt", 0, "No one was hurt")], ext="json", title="Sound bomb at candidate's house in Baghdad",
    outlet="Capital Wire", published="2023-03-28T11:00:00+03:00")

doc("P7", "P", "2024-11-20", """The renovated Basra sports city reopened on Tuesday with a friendly match between Al-Minaa and Naft al-Basra. About 30,000 fans attended, and the provincial police said the day passed without any security incident. The stadium had been closed for repairs since last winter.

Related stories: Basra port expansion | Car bomb near the stadium (archive, 2008)
""", noise=True, ext="html", title="Basra sports city reopens",
    outlet="Gulf Coast Post")
