"""realworld15 data 2: styles L (logistics route-status bulletins), Y (university and
school notices, student advisories), F (sports club / federation / fan statements)."""
from lib import I, doc

# =====================================================================  L
# Route-status bulletins of freight forwarders, trucking security desks and the
# Logistics Cluster; 2 pasted as .tsv from a spreadsheet with merged cells.

doc("L1", "L", "2021-03-14", """ROUTE STATUS UPDATE - WESTERN CORRIDOR
14 Mar 2021 0700 hrs | Ops Desk, Rafidain Freight Forwarding

Route | Status | Remarks
Hwy 1 Baghdad - Fallujah - Ramadi | GREEN | Normal flow. Heavy traffic at Al-Sagra checkpoint.
Hwy 1 Ramadi - Rutba | AMBER | [[a|IED against a truck carrying supplies for the coalition 20 km east of Rutba on 10 Mar]]; cab damaged, no casualties. Move in daylight only.
Hwy 10 Rutba - Trebil | GREEN | Border crossing open 0800-1600.
Fallujah - Al-Karma | AMBER | [[b|Fri 12/03: unknown gunmen fired at a fuel tanker near Al-Karma]]; driver wounded, taken to Fallujah hospital.
Hit - Haditha | GREEN | Roadworks at the Haqlaniyah bridge.

Next update: 15 Mar 2021 0700 hrs. Drivers must report to the desk at every checkpoint.""", [
    I("a", "2021-03-10", "on 10 Mar", "Rutba", "Rutba", "Anbar", None, None,
      "US forces", "ied", 0, "no casualties", 0, "no casualties"),
    I("b", "2021-03-12", "Fri 12/03", "Al-Karma", "Karma", "Anbar", "unknown", None,
      "civilians", "shooting", None, None, 1, "driver wounded"),
])

doc("L2", "L", "2020-07-24", """Kirkuk hub - road status (copied from shared sheet)\tupdated 24/07/2020 08:00
Route\tSegment\tStatus\tLast incident\tRemarks
Kirkuk - Baghdad\tKirkuk - Tuz Khurmatu\tAMBER\t22/07\t[[a|IED hit an army water tanker near Taza]], 2 soldiers injured, no deaths
\tTuz Khurmatu - Baghdad\tGREEN\t\tnormal
Kirkuk - Hawija\tKirkuk - Al-Riyadh\tRED\t23/07\t[[b|2 truck drivers abducted at a fake checkpoint set up by ISIS near Al-Riyadh]]; fate unknown
\tAl-Riyadh - Hawija\tRED\t\tno movement
Kirkuk - Erbil\tvia Altun Kupri\tGREEN\t\tKRG checkpoint slow, 1-2 hrs
Kirkuk - Sulaymaniyah\tvia Chamchamal\tGREEN\t\tnormal
Note: merged cells = same route. Call the hub before any movement south of Taza.
""", [
    I("a", "2020-07-22", "22/07", "Taza", "Taza", "Kirkuk", None, None,
      "army", "ied", 0, "no deaths", 2, "2 soldiers injured"),
    I("b", "2020-07-23", "23/07", "Al-Riyadh", "Riyadh", "Kirkuk", "ISIS", "attributed",
      "civilians", "kidnapping", None, None, None, None),
], ext="tsv")

doc("L3", "L", "2024-01-12", """LOGISTICS CLUSTER IRAQ - ROAD ACCESS UPDATE
12 January 2024

DIYALA
- Baghdad - Baquba - Khanaqin (Route 5): OPEN WITH CAUTION. [[a|On Wednesday night, gunmen fired on a convoy of commercial trucks near Jalawla]], killing one driver. Police blamed ISIS remnants. Partners should not move after dark.
- Baquba - Mandali: OPEN. Long queues at the Mandali checkpoint.
- Khanaqin - Kalar: OPEN.

KIRKUK
- Kirkuk - Daquq - Tuz: OPEN.

ANBAR
- Ramadi - Al-Qaim: OPEN. Sandstorm forecast for 14-15 January.

Partners are reminded to share incident information with the cluster focal point. The next update will be issued on 19 January 2024.""", [
    I("a", "2024-01-10", "On Wednesday night", "Jalawla", "Jalawla", "Diyala", "ISIS", "attributed",
      "civilians", "shooting", 1, "killing one driver", None, None),
])

doc("L4", "L", "2019-05-28", """ROUTE STATUS - NINEWA - 28/05/2019
Transport Security Desk, Tigris Haulage Co.

MSR | Status | Remarks
Mosul - Dohuk | GREEN | Normal.
Mosul - Sinjar (via Tal Afar) | AMBER | [[a|27/05: IED struck a truck near Al-Muhallabiya]], driver injured. Convoys only.
Qayyarah - Shirqat | AMBER | [[b|26/05: harvest fields set alight near Al-Shura; local officials blamed ISIS]]; no cas. Smoke on the road, drive slowly.
Mosul - Erbil | GREEN | Khazer checkpoint slow after 1400.
Mosul - Rabia | GREEN | Border crossing closed to trucks on Fridays.

Reminder: Ramadan hours at checkpoints. Do not drive between iftar and 2200.""", [
    I("a", "2019-05-27", "27/05", "Al-Muhallabiya", "Mahlabiyah", "Nineveh", None, None,
      "civilians", "ied", None, None, 1, "driver injured"),
    I("b", "2019-05-26", "26/05", "Al-Shura", "Shura", "Nineveh", "ISIS", "attributed",
      "", "other", 0, "no cas", 0, "no cas"),
])

doc("L5", "L", "2020-01-22", """Baghdad city routes\tstatus 22/01/2020 07:30\t\t
Route\tStatus\tDate\tRemarks
Mohammed al-Qasim expressway\tRED\t20/01\t[[a|security forces fired live rounds at protesters blocking the Mohammed al-Qasim expressway]]; 2 killed, 14 injured. Road closed at several points.
Airport road\tAMBER\t21/01\t[[b|sticky bomb on a fuel tanker at the Abu Ghraib checkpoint]], no cas. Tanker burned out.
Karrada - Jadriya\tAMBER\t\tprotest marches, expect closures
Dora expressway\tGREEN\t\t
Palestine Street\tAMBER\t\tburning tyres reported in the evening
Drivers: no movement through Tahrir Square or the Al-Sinak bridge until further notice.
""", [
    I("a", "2020-01-20", "20/01", "Mohammed al-Qasim expressway", "Baghdad", "Baghdad", "security forces", "attributed",
      "civilians", "shooting", 2, "2 killed", 14, "14 injured"),
    I("b", "2020-01-21", "21/01", "Abu Ghraib", "Abu Ghraib", "Baghdad", None, None,
      "", "ied", 0, "no cas", 0, "no cas"),
], ext="tsv")

doc("L6", "L", "2023-11-18", """ROUTE STATUS - KURDISTAN REGION
18 Nov 2023 | Zagros Trans Logistics - Security Desk

Erbil - Mosul (via Khazer): GREEN.

Erbil - Soran - Sidakan (Hamilton road): RED north of Soran. [[a|Thu 16/11: Turkish drone strike on a pickup near Mergasur]], 2 killed; the Asayish described them as PKK members. No trucks beyond Soran.

Erbil - Khabat - Dohuk: AMBER. [[b|Fri 17/11 ~0400: unknown gunmen fired at a truck convoy near Khabat]]; one driver lightly injured, no fatalities. Police investigating.

Erbil - Koya: GREEN.

Erbil airport area: expect delays at the airport checkpoints after recent drone alarms.

Drivers: keep phones on, check in every 2 hours.""", [
    I("a", "2023-11-16", "Thu 16/11", "Mergasur", "Mergasur", "Erbil", "Turkey", "attributed",
      "PKK", "airstrike_operation", 2, "2 killed", None, None),
    I("b", "2023-11-17", "Fri 17/11", "Khabat", "Khabat", "Erbil", "unknown", None,
      "civilians", "shooting", 0, "no fatalities", 1, "one driver lightly injured"),
])

doc("L7", "L", "2020-09-16", """MSR TAMPA - SOUTHERN SUPPLY ROUTE - STATUS 16 SEP 2020
Issued by: convoy coordination cell, Euphrates Carriers

Segment | Status | Notes
Baghdad - Hillah | AMBER | [[a|14/09 IED against coalition logistics convoy near Al-Mahawil]] - one truck damaged, no cas.
Hillah - Diwaniyah | AMBER | [[b|15/09 second IED, against a coalition supply convoy near Al-Diwaniyah]] - driver injured.
Diwaniyah - Samawah | GREEN | -
Samawah - Nasiriyah | GREEN | -
Nasiriyah - Basra / Umm Qasr | GREEN | Port congestion, 2-day wait.

All coalition-contract loads: minimum 5 trucks per packet, 30 min spacing. Drivers are not to stop at roadside restaurants between Mahawil and Diwaniyah.""", [
    I("a", "2020-09-14", "14/09", "Al-Mahawil", "Mahawil", "Babil", None, None,
      "US forces", "ied", 0, "no cas", 0, "no cas"),
    I("b", "2020-09-15", "15/09", "Al-Diwaniyah", "Diwaniyah", "Qadisiyah", None, None,
      "US forces", "ied", None, None, 1, "driver injured"),
])

doc("L8", "L", "2021-05-12", """ROAD SECURITY SNAPSHOT - MUTHANNA / DHI QAR
12 May 2021

Highway 8 (Samawah - Nasiriyah): AMBER.
[[a|Tue 11 May, about 22:00: an IED exploded beside a truck carrying supplies for the US-led coalition on the highway near Al-Khidhir]]. The truck caught fire; the driver suffered burns and is in Samawah hospital. No fatalities. No claim.

Samawah - Rumaitha: GREEN.
Nasiriyah city: GREEN, but avoid Al-Haboubi Square on Fridays (protest gatherings).
Samawah - Salman (desert road): AMBER, sand drifts.

Desk comment: this is the kind of attack that hits Iraqi drivers, not coalition troops. Our drivers remain free to refuse coalition loads.""", [
    I("a", "2021-05-11", "Tue 11 May", "Al-Khidhir", "Khidhir", "Muthanna", None, None,
      "US forces", "ied", 0, "No fatalities", 1, "the driver suffered burns"),
])

doc("L9", "L", "2025-04-07", """ROUTE STATUS - CENTRAL / SOUTH
07 Apr 2025 | Ops Desk

Kut - Amarah: AMBER. Flooding on the road near Ali al-Gharbi after heavy rain; one lane closed.
Baghdad - Kut: GREEN.
Kut city: the Kut barrage bridge is closed for maintenance until 10 Apr; use the new bridge.
Kut - Al-Suwaira: GREEN. A truck overturned near Al-Suwaira on 05 Apr (traffic accident, not security); cleared.
Kut - Al-Hai: AMBER on 06 Apr for 3 hours: contract teachers blocked the road in a peaceful protest over salaries.

No security incidents on the monitored routes this week.

Next update 14 Apr 2025.""", [], noise=True)

doc("L10", "L", "2019-10-09", """TRUCKING ADVISORY - HIGHWAY 1 NORTH (Baghdad - Samarra - Tikrit - Baiji)
09/10/2019

Status: RED for night movement, AMBER by day.

[[a|Mon 07/10 night: ISIS fighters stopped two trucks in the Jallam desert east of Samarra and shot dead both drivers]]. The trucks were set on fire. The army has since closed the desert track that drivers use to avoid checkpoint queues.

Advice:
- Use the highway only, never the desert tracks.
- Night stop at Samarra or Tikrit truck parks.
- Baiji refinery gate: expect inspections of all tankers.

Protests in Baghdad: avoid the city centre; use the Mohammed al-Qasim ring road.""", [
    I("a", "2019-10-07", "Mon 07/10 night", "Jallam desert", "Samarra", "Salahuddin", "ISIS", "attributed",
      "civilians", "shooting", 2, "shot dead both drivers", None, None),
])

doc("L11", "L", "2024-06-11", """PORT & ROUTE STATUS - BASRA
11 June 2024

Umm Qasr North / South: OPEN. Berth 14 closed for dredging.
Umm Qasr - Basra road: GREEN.
Basra - Al-Zubair - Safwan: AMBER.
[[a|On 9 June, a sound bomb was thrown into the truck yard of a logistics company in Al-Zubair]] that serves international clients; two trailers damaged, nobody was injured. Police have not named suspects. Clients with U.S.-branded cargo should expect heightened attention.
Basra - Qurna - Amarah: GREEN.

Heat advisory: temperatures above 48 C; no loading between 12:00 and 16:00.""", [
    I("a", "2024-06-09", "On 9 June", "Al-Zubair", "Zubair", "Basra", None, None,
      "", "ied", 0, "nobody was injured", 0, "nobody was injured"),
])

doc("L12", "L", "2022-09-20", """ROUTE STATUS - ARBAEEN PERIOD
20/09/2022 | Karbala dispatch

Karbala - Najaf (Ya Hussein road): CLOSED to trucks until 22/09 (pilgrim traffic).
Karbala - Hillah: CLOSED to trucks until 21/09.
Karbala - Ain al-Tamr - Nukhaib: AMBER. [[a|Sun 18/09: gunmen kidnapped a truck driver near Ain al-Tamr]]; he was released unharmed the next day. Police say the motive was ransom.
Karbala - Baghdad: OPEN at night only for trucks.

Drivers: carry water and fuel reserves; many fuel stations are closed for the pilgrimage.""", [
    I("a", "2022-09-18", "Sun 18/09", "Ain al-Tamr", "Ain al-Tamr", "Karbala", "unknown", None,
      "civilians", "kidnapping", 0, "released unharmed", 0, "released unharmed"),
])

# =====================================================================  Y
# University and school notices: presidency statements, college announcements,
# education-directorate circulars, international-office advisories.

doc("Y1", "Y", "2021-03-21", """University of Anbar
Presidency - Media and Government Communication Division
Notice No. 112 - 21/03/2021

The Presidency of the University of Anbar strongly condemns the cowardly act [[a|that targeted the house of Dr. Khalid Saleh, lecturer at the College of Agriculture, in the Al-Tash area of Ramadi on the evening of Saturday]] with an explosive device planted at the door. Thank God, no one was harmed; the damage was limited to the door and the front wall.

The University stands with its staff and calls on the security services to find the perpetrators and bring them to justice.

The lectures of Dr. Khalid are postponed until further notice. Students of the third stage will be told the new schedule through the department's Telegram channel.""", [
    I("a", "2021-03-20", "on the evening of Saturday", "Al-Tash", "Ramadi", "Anbar", None, None,
      "civilians", "ied", 0, "no one was harmed", 0, "no one was harmed"),
])

doc("Y2", "Y", "2020-07-15", """University of Kirkuk - College of Education for Pure Sciences
Announcement - 15/7/2020

Following [[a|the IED that struck a minibus carrying students on the Zab-Hawija road on Monday 13 July]], killing one student and injuring four, the College Council decided:

1. The second-round exams of 16/7 are postponed to 23/7 for students from Hawija, Al-Zab and Al-Riyadh.
2. Students who cannot travel may sit the exam at the Hawija exam centre; apply to the registration unit.
3. The College mourns its student, Ali Hussein (3rd stage, Biology), and wishes the injured a quick recovery.

Dean of the College""", [
    I("a", "2020-07-13", "Monday 13 July", "Zab", "Zab", "Kirkuk", None, None,
      "civilians", "ied", 1, "killing one student", 4, "injuring four"),
], ext="html", title="Announcement on the postponement of second-round exams", outlet="University of Kirkuk")

doc("Y3", "Y", "2024-01-11", """General Directorate of Education in Diyala
Circular No. 63 - 11/1/2024

To: the schools of the Al-Wajihiya subdistrict

Official working hours in your schools are suspended on Thursday 11/1/2024 to allow staff to attend the mourning ceremony of our colleague, the teacher Ahmed Jasim, of Al-Nahrain primary school, [[a|who was martyred with his brother when unidentified gunmen attacked their house with rifles in the village of Al-Bu Bali, Al-Wajihiya subdistrict, on the night of Tuesday]].

Head teachers are requested to arrange make-up lessons on Saturday 13/1/2024.

We ask God to have mercy on the martyrs.

Director General""", [
    I("a", "2024-01-09", "on the night of Tuesday", "Al-Wajihiya", "Wajihiya", "Diyala", "unknown", None,
      "civilians", "shooting", 2, "martyred with his brother", None, None),
])

doc("Y4", "Y", "2019-05-17", """University of Mosul
Presidency - Statement
17 May 2019

[[a|An explosive device exploded near the gate of the Faculty of Engineering of the University of Mosul on Thursday evening]], with no casualties, as the campus was empty at the time of iftar. The security forces have opened an investigation.

The Presidency assures students and their families that the second-semester exams will proceed as scheduled on Saturday 18 May, with additional security measures at all gates. Students must carry their university ID. Vehicles will not be allowed inside the campus until further notice.

The University of Mosul, which rose from the ashes, will not be intimidated.""", [
    I("a", "2019-05-16", "on Thursday evening", "University of Mosul", "Mosul", "Nineveh", None, None,
      "", "ied", 0, "with no casualties", 0, "with no casualties"),
])

doc("Y5", "Y", "2020-01-21", """University of Baghdad - College of Dentistry
Announcement, 21/1/2020

With hearts that believe in God's will and decree, the Deanship of the College of Dentistry mourns the student Mustafa Karim, fourth stage, [[a|who was martyred by a live bullet in Al-Khilani Square on Sunday]] while taking part in the peaceful demonstrations.

The College suspends official working hours on Wednesday 22/1/2020 to allow students and staff to take part in the memorial gathering at the college square at 10 am.

The exams scheduled for Wednesday are postponed to Saturday 25/1/2020.

Dean of the College""", [
    I("a", "2020-01-19", "on Sunday", "Al-Khilani Square", "Baghdad", "Baghdad", None, None,
      "civilians", "shooting", 1, "who was martyred by a live bullet", None, None),
], ext="html", title="The College mourns its student martyr", outlet="University of Baghdad - College of Dentistry")

doc("Y6", "Y", "2023-11-10", """From: International Office <international@hanseatic-uas.example>
Sent: Friday, 10 November 2023 11:02
To: outgoing exchange students - Erbil
Subject: Security update for students on exchange in Erbil

Dear students,

As you know, the situation in the region is tense. Our partner university in Erbil is operating normally and classes continue.

Please note: [[a|a Turkish drone strike on a car near Khalifan on Wednesday killed one person]], according to local media. Drones also targeted the airport area last week; they were intercepted.

We ask you to:
- avoid travel north of Shaqlawa and towards the border areas;
- register your weekend trips with the partner's international office;
- keep your phone charged and answer our check-in messages.

If you want to return early, contact us; we will find a solution for your credits.

Kind regards,
International Office""", [
    I("a", "2023-11-08", "on Wednesday", "Khalifan", "Khalifan", "Erbil", "Turkey", "attributed",
      "civilians", "airstrike_operation", 1, "killed one person", None, None),
])

doc("Y7", "Y", "2023-04-16", """Sumer University
Official statement - 16/4/2023

[[a|The house of the Dean of the College of Basic Education in Al-Rifai was targeted with an explosive device on Friday night]], causing material damage only. The Dean and his family are safe.

The University Council condemns this cowardly act, which aims to intimidate academics who refuse to bow to pressure, and calls on the Dhi Qar Police Command to uncover those behind it.

Work at the University continues as normal. The Dean will chair the college council on Monday.

University Media Office""", [
    I("a", "2023-04-14", "on Friday night", "Al-Rifai", "Rifai", "Dhi Qar", None, None,
      "civilians", "ied", 0, "causing material damage only", 0, "causing material damage only"),
])

doc("Y8", "Y", "2022-03-17", """University of Al-Qadisiyah
College of Administration and Economics - Statement
17 March 2022

The College expresses its solidarity with Dr. Haidar Naji, lecturer in the Department of Accounting, [[a|who was the target of an assassination attempt in Al-Diwaniyah on Tuesday]], when two gunmen opened fire on his car as he left the college. He survived, with wounds to his arm, and is recovering in hospital.

Dr. Haidar's classes are suspended this week; students will be informed about make-up sessions.

The College calls on the security authorities to pursue the perpetrators and to protect the academic community.""", [
    I("a", "2022-03-15", "on Tuesday", "Al-Diwaniyah", "Diwaniyah", "Qadisiyah", "unknown", None,
      "civilians", "shooting", 0, "He survived", 1, "with wounds to his arm"),
])

doc("Y9", "Y", "2022-05-16", """University of Kufa
Presidency - Urgent notice
16/5/2022

Due to the severe dust storm and following the decision of the Najaf Governorate, official working hours at the University of Kufa are suspended on Monday 16/5/2022.

The exams scheduled for Monday are postponed to Saturday 21/5/2022, at the same times and halls.

Students with respiratory conditions are advised to stay indoors and to seek medical help if needed. The University clinic remains open.

Students in the dormitories are asked to keep windows closed. Buses will not run today.

Presidency of the University""", [], noise=True)

doc("Y10", "Y", "2020-06-15", """Wasit University - College of Law
Statement of solidarity
15 June 2020

The College of Law stands with its student, the activist Hassan Abd al-Amir, [[a|whose family house in Al-Kut was targeted with a hand grenade thrown by unidentified persons on Saturday night]], wounding his mother.

Hassan has been active in the peaceful protests in Wasit since October. We reject all attempts to silence students through violence.

The College calls on the Wasit Police Command to identify the attackers, and announces that Hassan's end-of-year exams will be held online if he requests it.

Dean of the College of Law""", [
    I("a", "2020-06-13", "on Saturday night", "Al-Kut", "Kut", "Wasit", "unknown", None,
      "civilians", "other", None, None, 1, "wounding his mother"),
])

doc("Y11", "Y", "2024-09-16", """Zagros Institute of Technology - Sulaymaniyah
Student Affairs - Travel advisory
16 September 2024

Dear students,

Following [[a|what local officials said was a Turkish drone strike on a vehicle near Penjwen on Saturday]], which killed three people, the Institute asks all students not to travel to the border areas of Penjwen, Sharbazher and Qandil until further notice. This includes field trips of the Geology department planned for this month; the department will arrange alternative sites.

Students from these areas who need help with transport or housing should contact Student Affairs (room B-12).

Stay safe.""", [
    I("a", "2024-09-14", "on Saturday", "Penjwen", "Penjwen", "Sulaymaniyah", "Turkey", "attributed",
      "civilians", "airstrike_operation", 3, "which killed three people", None, None),
])

doc("Y12", "Y", "2025-10-14", """Directorate of Education in Babil
Press release
14/10/2025

The Directorate of Education in Babil condemns the targeting of [[a|the gate of a private school in Al-Musayyib with a sound bomb on Monday night]]. Thankfully no one was hurt, as the school was closed. The gate and the guard's room were damaged.

The Directorate has asked the Babil Police Command to protect schools in the district. Classes at the school continue as normal today.

We call on parents not to be alarmed and not to spread rumours on social media.""", [
    I("a", "2025-10-13", "on Monday night", "Al-Musayyib", "Musayyib", "Babil", None, None,
      "", "ied", 0, "no one was hurt", 0, "no one was hurt"),
])

# =====================================================================  F
# Sports: club statements, league / federation notices, fan-association posts;
# 4 as .json page exports.

doc("F1", "F", "2021-03-20", """Al-Ramadi Sports Club - Official statement

The Board of Directors of Al-Ramadi Club, its players, coaches and fans mourn the former captain of our football team, Omar Abd al-Rahman, [[a|who was killed on Friday when an explosive device planted on a farm road exploded near Al-Khalidiya]], killing him and two of his relatives.

Omar wore our shirt for nine seasons and led the team back to the Premier League in 2013. We ask God to grant him mercy and his family patience.

The club's league match on Monday will be preceded by a minute's silence, and the players will wear black armbands.

Ramadi, 20 March 2021""", [
    I("a", "2021-03-19", "on Friday", "Al-Khalidiya", "Khalidiya", "Anbar", None, None,
      "civilians", "ied", 3, "killing him and two of his relatives", None, None),
], ext="json", title="Al-Ramadi Club mourns its former captain", outlet="Al-Ramadi SC official website",
    section="Club news")

doc("F2", "F", "2020-07-10", """Kirkuk Sports Club - Statement - 10/7/2020

Kirkuk Club condemns in the strongest terms the cowardly attack [[a|on the home of our first-team goalkeeper, Sarkawt Omar, in the Domiz neighbourhood on Thursday night]], when unknown persons threw a hand grenade into the yard. His younger brother was injured and is receiving treatment in Azadi hospital.

Sport in Kirkuk has always brought Kurds, Arabs and Turkmen together. Whoever did this wants to divide us; they will fail.

The club has informed the Kirkuk Police Command and the Iraqi Football Association. Training continues as normal.""", [
    I("a", "2020-07-09", "on Thursday night", "Domiz", "Kirkuk", "Kirkuk", "unknown", None,
      "civilians", "other", None, None, 1, "His younger brother was injured"),
])

doc("F3", "F", "2024-01-20", """IRAQI FIRST DIVISION LEAGUE - COMPETITIONS COMMITTEE
Notice No. 41 - 20/01/2024

The match Diyala SC v Al-Hussein SC, scheduled for Saturday 20/01/2024 at Baquba Olympic Stadium, is postponed by decision of the security committee, following [[a|the explosion of an IED that targeted a police patrol near the southern gate of the stadium in Baquba on Friday evening]], wounding two policemen. There were no deaths.

The new date will be announced after coordination with the Diyala Police Command. Tickets remain valid.

The Committee wishes the injured policemen a speedy recovery.""", [
    I("a", "2024-01-19", "on Friday evening", "Baquba", "Baquba", "Diyala", None, None,
      "police", "ied", 0, "There were no deaths", 2, "wounding two policemen"),
])

doc("F4", "F", "2019-05-23", """Nineveh Football Club mourns one of its youth players

With great sorrow, the administration of Nineveh Club mourns the youth-team defender Yousif Salem, 17, [[a|who was killed when unidentified gunmen fired on a car on the road between Hammam al-Alil and Mosul on Wednesday]]. His father, who was driving, escaped unhurt.

Yousif was one of the brightest talents of the academy, which reopened last year after the liberation of the city.

The youth team's training is cancelled today. The club will hold a mourning council at its headquarters in Al-Majmoua al-Thaqafiya on Friday after the prayer.

Mosul, 23 May 2019""", [
    I("a", "2019-05-22", "on Wednesday", "Hammam al-Alil", "Hammam al-Alil", "Nineveh", "unknown", None,
      "civilians", "shooting", 1, "who was killed", 0, "escaped unhurt"),
], ext="json", title="Nineveh Club mourns youth defender Yousif Salem", outlet="Nineveh FC page",
    section="News")

doc("F5", "F", "2020-01-26", """Al-Zawraa Supporters' Association (Ultras White Harts) - statement

26/1/2020

Our brother and member of the association, Ali Fadhil (Abu Zahraa), [[a|was killed on Saturday by a tear-gas canister fired by security forces at the Al-Sinak bridge]], where he had stood with the protesters since October.

Ali never missed a match at Al-Shaab Stadium. Today the stands are silent for him.

We call on all Zawraa fans to gather at the club gate on Monday at 4 pm for a memorial, peacefully and without flares.

#Zawraa #Martyrs_of_October""", [
    I("a", "2020-01-25", "on Saturday", "Al-Sinak bridge", "Baghdad", "Baghdad", "security forces", "attributed",
      "civilians", "other", 1, "was killed", None, None),
])

doc("F6", "F", "2023-11-17", """Erbil Sports Club - media office
17/11/2023

Thursday's training session of the first team at Franso Hariri Stadium was cancelled [[a|after drones targeted the coalition area of Erbil airport on Thursday evening]]. The Kurdistan Region Counter-Terrorism Directorate said the drones were shot down and caused no casualties.

The club's league match on Sunday against Naft Al-Wasat will go ahead as planned. Fans are asked to arrive early because of additional checkpoints.

Erbil Club thanks the security forces for protecting the city.""", [
    I("a", "2023-11-16", "on Thursday evening", "Erbil airport", "Erbil", "Erbil", None, None,
      "US forces", "other", 0, "caused no casualties", 0, "caused no casualties"),
])

doc("F7", "F", "2019-02-11", """Karbala Sports Club - Statement

The administration of Karbala Club thanks God for the safety of the club's administrative director, Hajj Raad Kadhim, [[a|whose car came under fire from gunmen in a car in the Bab Baghdad area of Karbala on Sunday evening]]. He survived, lightly wounded in the hand, and left hospital this morning.

The club calls on the Karbala Police Command to uncover those behind this attack. The club has no disputes with anyone; its only goal is sport.

Monday's training is cancelled. Tuesday's league match against Al-Talaba will be played as scheduled.

Karbala, 11 February 2019""", [
    I("a", "2019-02-10", "on Sunday evening", "Bab Baghdad", "Karbala", "Karbala", "unknown", None,
      "civilians", "shooting", 0, "He survived", 1, "lightly wounded in the hand"),
], ext="json", title="Karbala Club: our administrative director survived an attack", outlet="Karbala SC official page",
    section="Club statements")

doc("F8", "F", "2022-08-15", """Naft Maysan Sports Club mourns

Naft Maysan Club, its board and its fans mourn the club's former captain, Jabbar Hussein, [[a|who was shot dead by gunmen on a motorcycle in Amarah on Sunday night]] outside his house.

Jabbar captained the team in its first season in the Premier League. He later coached the club's youth teams.

The club calls on the authorities to arrest the killers quickly.

Funeral prayers will be held at the club headquarters at 5 pm today, Monday 15/8/2022.""", [
    I("a", "2022-08-14", "on Sunday night", "Amarah", "Amarah", "Maysan", "unknown", None,
      "civilians", "shooting", 1, "who was shot dead", None, None),
])

doc("F9", "F", "2023-08-09", """IRAQI FOOTBALL ASSOCIATION - Competitions Committee
Notice - 09/08/2023

The match Naft Al-Basra v Al-Minaa, scheduled at Basra International Stadium on 08/08/2023, was stopped in the 31st minute after a failure of the stadium's floodlights and could not be resumed.

The Committee has decided that the remaining minutes will be played on 12/08/2023 at 21:00 at the same stadium, behind closed doors.

The stadium management reports that the failure was caused by an overload of the power supply during the heatwave; there was no security incident.

One spectator who collapsed from heat exhaustion was treated by the medical team.""", [], noise=True)

doc("F10", "F", "2024-03-06", """Al-Samawa Sports Club - Statement

Al-Samawa Club announces that [[a|unknown persons threw a sound bomb at the club's building in Al-Samawa on Tuesday night]], damaging the front facade and the windows of the administration office. There were no injuries, as the building was empty.

The club does not know the reasons for this act and has filed a complaint with the Muthanna Police Command.

We assure our fans that preparations for Friday's match continue.

Al-Samawa, 6 March 2024""", [
    I("a", "2024-03-05", "on Tuesday night", "Al-Samawa", "Samawa", "Muthanna", "unknown", None,
      "", "ied", 0, "There were no injuries", 0, "There were no injuries"),
], ext="json", title="Statement on the attack on the club building", outlet="Al-Samawa SC official page",
    section="Statements")

doc("F11", "F", "2021-10-03", """Al-Najaf Sports Club - Media Office
3 October 2021

[[a|The house of the club's president in Najaf was targeted with an explosive device at dawn on Saturday]]. Two guards were lightly injured; there were no deaths. The president and his family were unharmed.

The club's administration considers this attack an attempt to drag sport into the election campaign, and declares that the club supports no candidate and no list.

The board met today and decided that all activities will continue as normal.""", [
    I("a", "2021-10-02", "at dawn on Saturday", "Najaf", "Najaf", "Najaf", None, None,
      "civilians", "ied", 0, "there were no deaths", 2, "Two guards were lightly injured"),
])

doc("F12", "F", "2025-06-14", """Duhok Sports Club mourns

Duhok Club, its players and fans mourn the young footballer Rêbaz Nawzad, 19, of the club's U-21 team, [[a|who was killed on Friday in a Turkish drone strike near Deraluk]] while he was at a picnic with friends. Two of his friends were injured.

Rêbaz was one of the academy's finest graduates and had been called up to the Kurdistan youth selection.

The club calls on the Kurdistan Regional Government and the federal government to stop the bombardment of civilians in the border areas.

Duhok, 14 June 2025""", [
    I("a", "2025-06-13", "on Friday", "Deraluk", "Deraluk", "Dohuk", "Turkey", "attributed",
      "civilians", "airstrike_operation", 1, "who was killed", 2, "Two of his friends were injured"),
])
