"""realworld15 data 4: styles Z (professional syndicate / union statements), K
(incident-ticket exports of company and NGO security desks: 3 .jsonl, 2 .xml,
the rest Jira-like text), R (religious-community bulletins: Friday-sermon
summaries, parish and diocesan bulletins, councils of religious communities)."""
from lib import I, doc

# =====================================================================  Z
# Statements of professional syndicates and unions (teachers, doctors, lawyers,
# engineers, pharmacists, nurses, oil workers).

doc("Z1", "Z", "2021-03-25", """Iraqi Teachers' Union - Anbar Branch
Statement of mourning - 25/3/2021

With hearts full of faith in God's will, the Anbar Branch of the Iraqi Teachers' Union mourns our colleague, the teacher Mahmoud Ayed of Al-Saqlawiyah secondary school for boys, [[a|who was killed with his son when an explosive device exploded near their house in Al-Saqlawiyah on the morning of 24 March]].

We condemn this cowardly crime against educators and call on the security services to find the criminals and bring them to justice. We demand that the martyr's family be granted the rights of martyrs' families.

Schools in Al-Saqlawiyah will observe a minute of silence on Sunday.

Head of the Anbar Branch""", [
    I("a", "2021-03-24", "on the morning of 24 March", "Al-Saqlawiyah", "Saqlawiyah", "Anbar", None, None,
      "civilians", "ied", 2, "who was killed with his son", None, None),
])

doc("Z2", "Z", "2020-07-21", """Iraqi Medical Association - Kirkuk Branch
Statement - 21 July 2020

The Iraqi Medical Association, Kirkuk Branch, condemns [[a|the attack on the private clinic of our colleague Dr. Nawzad Karim in the Al-Wasiti neighbourhood of Kirkuk on Monday evening]], when unknown persons threw a hand grenade through the window, injuring a nurse.

This attack comes while doctors in Kirkuk are working day and night against the coronavirus. We demand protection for doctors and medical staff, and we call on our colleagues to stay calm and continue their humanitarian work.

The Association will follow the case with the Kirkuk Police Command until the perpetrators are arrested.""", [
    I("a", "2020-07-20", "on Monday evening", "Al-Wasiti", "Kirkuk", "Kirkuk", "unknown", None,
      "civilians", "other", None, None, 1, "injuring a nurse"),
])

doc("Z3", "Z", "2024-01-14", """Iraqi Bar Association - Diyala Lawyers' Room
Statement - Sunday 14/1/2024

The Lawyers' Room in Diyala mourns our colleague, the lawyer Salam Jabbar, [[a|who was shot dead by unidentified gunmen in front of his office in Baquba on Saturday]].

Attacks on lawyers while they perform their duties are attacks on justice itself. We call on the Diyala Police Command and the judiciary to reveal the killers quickly.

Lawyers in Diyala will suspend their appearance before the courts on Monday 15/1/2024 in protest, except in cases involving detainees.

Diyala Lawyers' Room""", [
    I("a", "2024-01-13", "on Saturday", "Baquba", "Baquba", "Diyala", "unknown", None,
      "civilians", "shooting", 1, "who was shot dead", None, None),
])

doc("Z4", "Z", "2019-05-16", """Iraqi Engineers' Union - Nineveh Branch
Statement - 16/5/2019

The Nineveh Branch of the Iraqi Engineers' Union announces the martyrdom of engineer Firas Younis of the Nineveh Electricity Distribution Directorate, [[a|when the remnants of ISIS gangs attacked a repair crew with gunfire near Zummar on Tuesday]]. Two technicians were wounded.

Our colleague died while restoring electricity to the villages of Zummar, which have lived in darkness since the war.

We call on the Ministry of Electricity to provide security escorts to its crews in the remote areas, and on the government to grant the martyr's family its full rights.""", [
    I("a", "2019-05-14", "on Tuesday", "Zummar", "Zummar", "Nineveh", "ISIS", "attributed",
      "civilians", "shooting", 1, "the martyrdom of engineer Firas Younis", 2, "Two technicians were wounded"),
])

doc("Z5", "Z", "2020-01-23", """Iraqi Pharmacists Syndicate - Baghdad
Statement - 23/1/2020

The Iraqi Pharmacists Syndicate mourns the pharmacist Dr. Hussein Ali, [[a|who was killed by unidentified gunmen in Al-Baladiyat on the evening of Wednesday 22 January]], on his way home from Tahrir Square, where he had volunteered in the medical tents of the demonstrators since October.

The Syndicate holds the government responsible for protecting peaceful demonstrators and medical volunteers, and calls for the killers to be identified and punished.

Pharmacies in Baghdad will close for one hour on Saturday at noon in mourning.""", [
    I("a", "2020-01-22", "on the evening of Wednesday 22 January", "Al-Baladiyat", "Baghdad", "Baghdad", "unknown", None,
      "civilians", "shooting", 1, "who was killed", None, None),
])

doc("Z6", "Z", "2023-11-25", """Kurdistan Lawyers Syndicate
Statement - 25.11.2023

The Kurdistan Lawyers Syndicate strongly condemns [[a|the bombing of the car of our colleague, the lawyer Dara Mahmoud, in Ankawa on the night of 23 November]], when an explosive device attached to the car exploded as he started it. He was seriously injured and is being treated in Erbil Emergency Hospital.

Dara is known for representing journalists and activists. We call on the Erbil Asayish to investigate transparently and to inform the public.

The Syndicate declares its solidarity with our colleague and his family.""", [
    I("a", "2023-11-23", "on the night of 23 November", "Ankawa", "Erbil", "Erbil", None, None,
      "civilians", "ied", None, None, 1, "He was seriously injured"),
])

doc("Z7", "Z", "2023-10-02", """General Federation of Iraqi Workers - Basra Oil Workers' Union
Statement - 2/10/2023

The Oil Workers' Union in Basra condemns [[a|the attack by unknown gunmen on a bus carrying workers of the Basra Oil Company near the Majnoon field, north of Al-Qurna, on Sunday morning]], wounding three workers. Thank God, no one was killed.

This attack is the result of the chaos of weapons outside the law. We demand that the Ministry of Oil and the Basra Operations Command secure the roads to the fields, and that the company provide armoured transport for its workers.

If the workers' safety is not guaranteed, the Union will consider all options, including a strike.""", [
    I("a", "2023-10-01", "on Sunday morning", "Majnoon field", "Qurna", "Basra", "unknown", None,
      "civilians", "shooting", 0, "no one was killed", 3, "wounding three workers"),
])

doc("Z8", "Z", "2024-02-08", """Iraqi Medical Association - Karbala Branch
Statement - 8 February 2024

The Iraqi Medical Association, Karbala Branch, condemns [[a|the hand grenade thrown at dawn on Wednesday at the house of our colleague Dr. Zahraa Abbas in the Al-Islah neighbourhood of Karbala]] by unknown persons. No one was hurt; the front of the house was damaged.

Dr. Zahraa had received threats after the death of a patient in the emergency department last month. Doctors must not pay with their lives for the failures of the health system.

The Association calls on the Karbala Police Command to arrest the perpetrators and to apply the law on the protection of doctors.""", [
    I("a", "2024-02-07", "at dawn on Wednesday", "Karbala", "Karbala", "Karbala", "unknown", None,
      "civilians", "other", 0, "No one was hurt", 0, "No one was hurt"),
])

doc("Z9", "Z", "2022-12-12", """Iraqi Bar Association - Statement
12/12/2022

The Iraqi Bar Association mourns the lawyer Abbas Fadhil, member of the Association's council, who died in a traffic accident on the Baghdad-Kut highway on Sunday. The traffic police confirmed that the accident was caused by a collision with a truck and was not a criminal act.

The Association also follows with concern the arrest of the lawyer Maha Salim in Baghdad on Saturday on charges related to her social-media posts, and has assigned a committee of lawyers to defend her.

Funeral prayers for the late Abbas Fadhil will be held at the Association's headquarters in Baghdad on Tuesday.""", [], noise=True)

doc("Z10", "Z", "2025-11-21", """Iraqi Teachers' Union - Qadisiyah Branch
Statement - 21/11/2025

The Qadisiyah Branch of the Iraqi Teachers' Union thanks God for the safe return of the headmaster of Al-Mutanabbi primary school in Afak, Mr. Karim Hadi, [[a|who was kidnapped by armed men in Afak on Tuesday]] as he left the school. The kidnappers released him unharmed on Thursday night after tribal mediation.

We condemn this crime, which spread fear among teachers and pupils, and we call on the Qadisiyah Police Command to pursue the kidnappers, who are known to the people of the area.

Classes in Afak schools resume on Sunday.""", [
    I("a", "2025-11-18", "on Tuesday", "Afak", "Afak", "Qadisiyah", "unknown", None,
      "civilians", "kidnapping", 0, "released him unharmed", 0, "released him unharmed"),
])

doc("Z11", "Z", "2021-06-15", """Iraqi Engineers' Union - Salahuddin Branch
Statement - 15/6/2021

The Salahuddin Branch of the Iraqi Engineers' Union mourns engineers Omar Khalil and Nabil Saad of the North Refineries Company, [[a|who were martyred on Sunday when an explosive device planted by the terrorist gangs of Daesh exploded under their car on the Baiji-Haditha road]], on their way to a pumping station.

We demand protection for the engineers and workers of the oil sector, who are exposed every day on the remote roads.

A mourning council will be held at the Branch headquarters in Tikrit on Wednesday.""", [
    I("a", "2021-06-13", "on Sunday", "Baiji", "Baiji", "Salahuddin", "ISIS", "attributed",
      "civilians", "ied", 2, "who were martyred", None, None),
])

doc("Z12", "Z", "2020-03-12", """Iraqi Nurses' Syndicate - Dhi Qar Branch
Statement - 12 March 2020

The Dhi Qar Branch of the Nurses' Syndicate mourns our colleague, the nurse and activist Murtadha Salman of Al-Hussein Teaching Hospital, [[a|who was shot dead by unknown gunmen in Al-Nasiriyah on Tuesday evening]] as he left his shift.

Murtadha treated hundreds of wounded demonstrators in Al-Haboubi Square. He deserved protection, not bullets.

Nursing staff in Dhi Qar will stop work for two hours on Saturday, except in emergency departments, to demand that the killers be brought to justice.""", [
    I("a", "2020-03-10", "on Tuesday evening", "Al-Nasiriyah", "Nasiriyah", "Dhi Qar", "unknown", None,
      "civilians", "shooting", 1, "who was shot dead", None, None),
])

# =====================================================================  K
# Incident-ticket exports of security desks: ServiceNow-like .jsonl / .xml
# exports and Jira-like text; relative words count from the ticket's opening time.

doc("K1", "K", "2021-03-26", """{"number": "INC0041187", "opened_at": "2021-03-26 07:42", "state": "New", "priority": "3 - Moderate", "category": "Security / External incident", "location": "Haditha field office", "short_description": "Attack on army post near Haditha - staff movement", "description": "Per ISF sources: [[a|ISIS remnants attacked an army post near Haditha last night]], 2 soldiers killed. No impact on our compound. Request: suspend road movement Haditha-Hit today."}
{"number": "INC0041187", "updated_at": "2021-03-26 09:10", "state": "In Progress", "work_notes": "Movement suspended until 27/03 08:00. Field manager informed. All staff accounted for."}
{"number": "INC0041187", "updated_at": "2021-03-27 08:30", "state": "Resolved", "close_code": "Solved (Work Around)", "close_notes": "Road movement resumed with army escort."}
""", [
    I("a", "2021-03-25", "last night", "Haditha", "Haditha", "Anbar", "ISIS", "attributed",
      "army", "other", 2, "2 soldiers killed", None, None),
], ext="jsonl")

doc("K2", "K", "2020-07-29", """Export 29/07/2020 09:45
SEC-2317 | Type: Incident | Status: Resolved | Priority: Medium
Summary: IED near police officer's car - Tisin, Kirkuk
Reporter: Kirkuk security assistant | Created: 28/Jul/20 22:04 | Updated: 29/Jul/20 09:30

Description:
[[a|An IED exploded next to the car of a police officer in Tisin at about 21:30 on 28/07]]; the officer was wounded; no fatalities. Our staff house is 600 m away; all staff accounted for, no damage.

Comments:
29/Jul/20 07:50 - Country security manager: Thanks. Keep staff in the house until 10:00. Check the route to the office with the driver first.
29/Jul/20 09:30 - Kirkuk security assistant: Route checked, police cordon lifted. Office open. Closing.

Resolution: Done.""", [
    I("a", "2020-07-28", "on 28/07", "Tisin", "Kirkuk", "Kirkuk", None, None,
      "police", "ied", 0, "no fatalities", 1, "the officer was wounded"),
])

doc("K3", "K", "2024-01-29", """<?xml version="1.0" encoding="UTF-8"?>
<unload unload_date="2024-01-29 08:12:40">
  <incident action="INSERT_OR_UPDATE">
    <number>INC0093321</number>
    <opened_at>2024-01-28 07:55:10</opened_at>
    <state>Resolved</state>
    <category>Security - nearby event</category>
    <location>Baladruz guesthouse</location>
    <short_description>IS attack on Hashd post near Baladruz</short_description>
    <description>[[a|IS fighters attacked a Hashd post near Baladruz on Saturday night]] with light weapons; 1 killed, 2 wounded (PMF). Field team in Baladruz confined to the guesthouse until Monday.</description>
    <close_notes>Team resumed field visits on 29/01 with reduced radius (town only).</close_notes>
  </incident>
</unload>
""", [
    I("a", "2024-01-27", "on Saturday night", "Baladruz", "Baladruz", "Diyala", "ISIS", "attributed",
      "PMU", "shooting", 1, "1 killed", 2, "2 wounded (PMF)"),
], ext="xml")

doc("K4", "K", "2019-05-19", """{"number": "INC0011802", "opened_at": "2019-05-19 08:05", "state": "New", "category": "Security / External incident", "location": "Sinjar sub-office", "short_description": "ISIS attack near Baaj - road closure", "description": "Per local staff: [[a|ISIS attacked a PMU post near Baaj yesterday evening]], 2 PMU fighters killed. Road Baaj-Sinjar closed by PMU. Distribution in Baaj postponed."}
{"number": "INC0011802", "updated_at": "2019-05-19 15:20", "state": "In Progress", "work_notes": "Distribution rescheduled to 22/05. Driver route to use Sinjar-Tal Afar road."}
{"number": "INC0011802", "updated_at": "2019-05-22 10:05", "state": "Closed", "close_notes": "Road reopened. Distribution completed."}
""", [
    I("a", "2019-05-18", "yesterday evening", "Baaj", "Baaj", "Nineveh", "ISIS", "attributed",
      "PMU", "other", 2, "2 PMU fighters killed", None, None),
], ext="jsonl")

doc("K5", "K", "2020-01-14", """Export 14/01/2020 09:00
SEC-1988 | Type: Incident | Status: Closed | Priority: High
Summary: Rocket impacts at Camp Taji - staff shelter
Created: 13/Jan/20 20:02 | Updated: 14/Jan/20 08:40

Description:
[[a|13/01/2020 approx 19:40: two rockets landed inside Camp Taji]], which hosts coalition trainers. No casualties per JOC statement. Our two contractor staff on site sheltered for 45 min, then released.

Comments:
13/Jan/20 21:15 - Ops: Both staff confirmed safe. Night movement off base cancelled.
14/Jan/20 08:40 - Ops: Movement resumed. Closing ticket.

Linked issues: SEC-1975 (airport road protest closures).""", [
    I("a", "2020-01-13", "13/01/2020", "Camp Taji", "Taji", "Baghdad", None, None,
      "US forces", "mortar_rocket", 0, "No casualties", 0, "No casualties"),
])

doc("K6", "K", "2023-11-25", """<?xml version="1.0" encoding="UTF-8"?>
<unload unload_date="2023-11-25 10:31:02">
  <incident action="INSERT_OR_UPDATE">
    <number>INC0088412</number>
    <opened_at>2023-11-25 07:20:44</opened_at>
    <state>In Progress</state>
    <category>Security - nearby event</category>
    <location>Koya project site</location>
    <short_description>IED near party office in Koya</short_description>
    <description>[[a|An IED exploded outside the office of an Iranian Kurdish opposition party in Koya on Friday night]]. Office damaged; no injuries. Our site is 2 km away; no impact. Staff told to avoid the area today.</description>
    <work_notes>Asayish cordon lifted 10:00. No further action.</work_notes>
  </incident>
</unload>
""", [
    I("a", "2023-11-24", "on Friday night", "Koya", "Koya", "Erbil", None, None,
      "", "ied", 0, "no injuries", 0, "no injuries"),
], ext="xml")

doc("K7", "K", "2019-04-03", """INC-2019-0419 | Status: Resolved | Category: Security - attack on partner
Opened: 03/04/2019 06:55 by Hillah field coordinator

Summary: grenade thrown at partner office, Hillah

Details: [[a|At about 02:10 today, unknown persons threw a hand grenade at the gate of our partner's office in Hillah]]. The gate and a parked car were damaged. No injuries; the night guard was inside the guard room.

Actions:
- Partner staff to work from home today.
- Meeting with partner director at 11:00 on possible motives (partner reports a contract dispute with a local supplier).

Update 03/04/2019 14:30: police report filed. Office reopens tomorrow. Resolved.""", [
    I("a", "2019-04-03", "At about 02:10 today", "Hillah", "Hillah", "Babil", "unknown", None,
      "", "other", 0, "No injuries", 0, "No injuries"),
])

doc("K8", "K", "2024-10-07", """{"number": "INC0101557", "opened_at": "2024-10-07 09:12", "state": "New", "category": "Security / External incident", "location": "Suq al-Shuyukh water project", "short_description": "IED on power-line tower near project site", "description": "[[a|IED detonated at the base of a power-line tower near Suq al-Shuyukh at around 03:00 this morning]]; tower damaged, no casualties. Project site lost power; generators running."}
{"number": "INC0101557", "updated_at": "2024-10-07 16:40", "state": "Resolved", "close_notes": "Grid power restored 15:50. No impact on staff."}
""", [
    I("a", "2024-10-07", "at around 03:00 this morning", "Suq al-Shuyukh", "Suq al-Shuyukh", "Dhi Qar", None, None,
      "", "ied", 0, "no casualties", 0, "no casualties"),
], ext="jsonl")

doc("K9", "K", "2023-06-20", """Export 20/06/2023 13:10
SEC-4410 | Type: Incident | Status: Closed | Priority: Low
Summary: Loud explosion heard from Karbala office
Created: 20/Jun/23 10:12 | Updated: 20/Jun/23 13:05

Description:
Staff in the Karbala office heard a loud explosion at about 09:50 to the west of the city. Two staff called asking if they should evacuate.

Comments:
20/Jun/23 10:40 - Security officer: Civil defence confirms a controlled detonation of old ordnance at the Ain al-Tamr road disposal site, announced yesterday. Not a security incident.
20/Jun/23 13:05 - Security officer: Shared the civil-defence schedule with staff. Closing.""", [], noise=True)

doc("K10", "K", "2019-12-05", """INC-2019-1187 | Status: Resolved | Category: Security - kidnapping (contractor)
Opened: 04/12/2019 08:30 | Updated: 05/12/2019 09:10

Summary: road-contractor engineer abducted near Al-Rumaitha

Details: [[a|On the evening of 3 December, armed men abducted an engineer of our road contractor near Al-Rumaitha]] as he drove back from the site. Contractor informed us this morning.

Update 05/12/2019 09:10: the engineer was released unharmed overnight near Al-Samawa. Contractor says no ransom was paid. Works suspended until 08/12.

Resolved - monitoring continues.""", [
    I("a", "2019-12-03", "On the evening of 3 December", "Al-Rumaitha", "Rumaitha", "Muthanna", "unknown", None,
      "civilians", "kidnapping", 0, "released unharmed", 0, "released unharmed"),
])

doc("K11", "K", "2023-09-13", """Export 13/09/2023 08:30
SEC-4522 | Type: Incident | Status: Resolved | Priority: Medium
Summary: Turkish shelling near Bamerni - field trip postponed
Created: 12/Sep/23 17:45 | Updated: 13/Sep/23 08:20

Description:
[[a|Turkish artillery shelled the hills near Bamerni on 12/09 in the afternoon]]; shells landed about 1.5 km from the village where our team was due to work on 13/09. According to the mayor there were no casualties.

Comments:
12/Sep/23 18:10 - Area manager: Postpone tomorrow's visit. Inform the community focal point.
13/Sep/23 08:20 - Area manager: Visit moved to next week. Resolved.""", [
    I("a", "2023-09-12", "on 12/09", "Bamerni", "Bamerni", "Dohuk", "Turkey", "attributed",
      "", "mortar_rocket", 0, "there were no casualties", 0, "there were no casualties"),
])

doc("K12", "K", "2022-11-02", """{"number": "INC0032290", "opened_at": "2022-11-02 07:35", "state": "New", "category": "Security / External incident", "location": "Maysan oilfield support base", "short_description": "IED attack on contractor security manager", "description": "[[a|IED under the car of the security manager of a Maysan oilfield contractor exploded in Ali al-Sharqi last night]]; he was wounded in both legs. No fatalities. He is in Amarah hospital, stable."}
{"number": "INC0032290", "updated_at": "2022-11-02 12:00", "state": "In Progress", "work_notes": "Contractor staff movement limited to convoy times. Liaison with oil police."}
""", [
    I("a", "2022-11-01", "last night", "Ali al-Sharqi", "Ali al-Sharqi", "Maysan", None, None,
      "civilians", "ied", 0, "No fatalities", 1, "he was wounded"),
], ext="jsonl")

# =====================================================================  R
# Religious-community texts: Friday-sermon summaries, parish and diocesan
# bulletins, statements of religious councils and unions of scholars.

doc("R1", "R", "2021-03-26", """Sunni Endowment Office - Anbar
Summary of the Friday sermon at the Great Mosque of Fallujah
Friday 12 Sha'ban 1442 AH - 26 March 2021

The preacher spoke about the virtues of the month of Sha'ban and preparing for Ramadan.

In the second sermon, he condemned [[a|the crime of Tuesday night in which the remnants of the Daesh gangs killed two brothers, shepherds, with gunfire in the desert near Al-Rutba]], and prayed for their souls. He said that the people of Anbar, who suffered most from Daesh, would never allow it to return.

He called on the government to support the families of martyrs and to provide work for young people, and urged worshippers to keep away from sedition.""", [
    I("a", "2021-03-23", "Tuesday night", "Al-Rutba", "Rutba", "Anbar", "ISIS", "attributed",
      "civilians", "shooting", 2, "killed two brothers", None, None),
])

doc("R2", "R", "2020-07-26", """Chaldean Archdiocese of Kirkuk and Sulaymaniyah
Sunday bulletin - Cathedral of the Sacred Heart
Sunday 26 July 2020 - Seventeenth Sunday of the Year

Mass times: 9:00 (Arabic), 11:00 (Sureth). Masks must be worn; maximum 60 people.

Prayer intentions:
- For the sick, especially those with the coronavirus.
- For [[a|the two policemen killed in Thursday's roadside bomb in Al-Rashad]], and for their families. May the Lord grant them rest, and peace to our city.
- For the students sitting their exams.

Notices: the parish hall remains closed. Confessions by appointment. Food parcels for needy families: contact the parish office.""", [
    I("a", "2020-07-23", "Thursday's", "Al-Rashad", "Rashad", "Kirkuk", None, None,
      "police", "ied", 2, "the two policemen killed", None, None),
])

doc("R3", "R", "2024-01-05", """Summary of the Friday sermon - Al-Mustafa Mosque, Baquba
Friday 23 Jumada al-Akhira 1445 AH - 5 January 2024

The imam opened the sermon with the remembrance of the martyrdom anniversary of the leaders of victory.

He then mourned [[a|the martyrdom of three sons of the Popular Mobilisation on Thursday in Hibhib]], in an attack by the remnants of Daesh on their post, and said that the blood of the martyrs is a debt on the neck of every Iraqi.

He called on the security services to clear the orchards of the Hibhib area of the terrorist remnants, and asked the government to hasten the compensation of the families of martyrs.""", [
    I("a", "2024-01-04", "on Thursday", "Hibhib", "Hibhib", "Diyala", "ISIS", "attributed",
      "PMU", "other", 3, "the martyrdom of three sons of the Popular Mobilisation", None, None),
])

doc("R4", "R", "2019-05-28", """Syriac Catholic Archdiocese of Mosul, Kirkuk and Kurdistan
Weekly bulletin - Bakhdida (Qaraqosh)
28 May 2019

Dear faithful,
[[a|An explosive device left near the gate of the Church of Mar Zaina in Qaraqosh exploded on Sunday night]], causing damage to the gate but no casualties. We thank God for his protection and the security forces for their quick response.

We call on our people to remain calm and to continue rebuilding their homes and their lives in Bakhdida. We will not leave our land again.

Activities this week:
- Ascension Thursday: mass at 6 pm at the Church of al-Tahira.
- First communion preparation continues on Saturdays.""", [
    I("a", "2019-05-26", "on Sunday night", "Qaraqosh", "Hamdaniya", "Nineveh", None, None,
      "", "ied", 0, "no casualties", 0, "no casualties"),
])

doc("R5", "R", "2020-01-24", """Summary of the Friday sermon delivered by the representative of the supreme religious authority at the holy shrine of Imam Hussein, Karbala
Friday 28 Jumada al-Ula 1441 AH - 24 January 2020

The representative said that the peaceful demonstrations are a right, and that the security forces must protect them.

He condemned [[a|the targeting of peaceful demonstrators with live fire in Al-Tayaran Square in Baghdad on Tuesday night]], which left two dead, and any attack on public or private property. He renewed the call to hold early elections under a fair law.

He warned against dragging the country into a conflict between regional and international powers, and stressed that Iraq's sovereignty must be preserved.""", [
    I("a", "2020-01-21", "on Tuesday night", "Al-Tayaran Square", "Baghdad", "Baghdad", None, None,
      "civilians", "shooting", 2, "which left two dead", None, None),
])

doc("R6", "R", "2023-11-26", """St. Joseph Chaldean Cathedral, Ankawa
Parish bulletin - Sunday 26 November 2023 - Feast of Christ the King

Masses: 8:00, 10:00, 18:00.

Please pray:
- For our parishioner Samir Yousif, [[a|who was injured when a rocket fell on his house in Ankawa on Wednesday night]]. Thank God, no one was killed. He is recovering at home; visits welcome from Tuesday.
- For peace in the Holy Land and in our region.

Advent begins next Sunday. Advent wreaths can be ordered at the parish office.

The Christmas bazaar will take place on 9-10 December in the parish hall.""", [
    I("a", "2023-11-22", "on Wednesday night", "Ankawa", "Erbil", "Erbil", None, None,
      "civilians", "mortar_rocket", 0, "no one was killed", 1, "who was injured"),
])

doc("R7", "R", "2025-03-12", """Office of the Religious Seminary in Najaf - Statement
12 March 2025

The Office condemns [[a|the sticky bomb that targeted the car of a seminary student in Najaf on Monday evening]], wounding the student, who is now in stable condition.

Such acts aim to spread fear in the holy city. The Office calls on the Najaf Police Command to reveal the perpetrators and to protect students of religious knowledge, who come from all over the world.

Lessons at the seminary continue as normal.""", [
    I("a", "2025-03-10", "on Monday evening", "Najaf", "Najaf", "Najaf", None, None,
      "civilians", "ied", None, None, 1, "wounding the student"),
])

doc("R8", "R", "2022-02-14", """Sabian Mandaean Council in Iraq - Statement
14 February 2022

The Council thanks God for the return of our son, the goldsmith Nizar Salim, [[a|who was kidnapped by armed men in Al-Kut on Thursday]] and released unharmed on Saturday evening after his family paid a ransom.

The Mandaean community, one of the oldest in Mesopotamia, has lost many of its sons to kidnapping and killing since 2003, and many families have emigrated. We call on the government to protect the remaining members of our community in Wasit and in all provinces.

We thank the Wasit Police Command for its efforts.""", [
    I("a", "2022-02-10", "on Thursday", "Al-Kut", "Kut", "Wasit", "unknown", None,
      "civilians", "kidnapping", 0, "released unharmed", 0, "released unharmed"),
])

doc("R9", "R", "2024-08-30", """Summary of the Friday sermon at the holy shrine of Imam Hussein, Karbala
Friday 25 Safar 1446 AH - 30 August 2024

The preacher thanked the pilgrims, the servants of the processions and the security forces for the success of the Arbaeen pilgrimage.

He offered condolences to the families of the pilgrims who died in the traffic accident on the Basra-Karbala road last week, and said that the investigation had found that it was an accident caused by a tyre blowout, not an act of terrorism.

He called on the government to improve electricity supply in the summer heat, to fight corruption and to support farmers affected by the drought.""", [], noise=True)

doc("R10", "R", "2020-08-18", """Assyrian Church of the East - Diocese of Nohadra (Dohuk)
Statement - 18 August 2020

The Diocese expresses its deep concern about [[a|the Turkish shelling near the Christian village of Chalke, Amedi district, on Sunday]], which damaged orchards and a house. Thanks be to God, there were no casualties.

Chalke is one of the villages of the Nahla and Barwari areas whose people returned after decades of displacement. Every bombardment pushes families to leave again.

We call on the Kurdistan Regional Government, the federal government and the international community to protect the Christian villages of the border area.""", [
    I("a", "2020-08-16", "on Sunday", "Chalke", "Amedi", "Dohuk", "Turkey", "attributed",
      "", "mortar_rocket", 0, "there were no casualties", 0, "there were no casualties"),
])

doc("R11", "R", "2022-04-08", """Kurdistan Islamic Scholars Union - Statement
8 April 2022

The Kurdistan Islamic Scholars Union condemns [[a|the assassination of Mamosta Omar Rasul, imam of the Grand Mosque of Chamchamal, who was shot dead by unknown gunmen outside his mosque on Wednesday evening]] after the tarawih prayer.

Mamosta Omar was known for his moderation and his work for reconciliation between families. We call on the Asayish to arrest the killers quickly.

The Union asks imams to dedicate Friday's sermon to condemning violence.""", [
    I("a", "2022-04-06", "on Wednesday evening", "Chamchamal", "Chamchamal", "Sulaymaniyah", "unknown", None,
      "civilians", "shooting", 1, "who was shot dead", None, None),
])

doc("R12", "R", "2025-01-05", """Chaldean Archdiocese of Basra and the South - Press office
5 January 2025

[[a|An explosive device was thrown over the wall of the Church of the Virgin Mary in Al-Ashar, Basra, on Saturday night]], causing damage but no casualties. The Christmas decorations in the courtyard were burned.

The Archbishop thanked the Basra Police Command and the many Muslim neighbours who came to show solidarity this morning. "We are sons of this city," he said.

Masses continue as scheduled.""", [
    I("a", "2025-01-04", "on Saturday night", "Al-Ashar", "Basra", "Basra", None, None,
      "", "other", 0, "causing damage but no casualties", 0, "causing damage but no casualties"),
])
