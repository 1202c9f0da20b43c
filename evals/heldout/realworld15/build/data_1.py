"""realworld15 data 1: styles U (UN Security Council briefings), H (oil and gas HSE
flash reports), N (aviation notices: NOTAMs, crew security briefs, UNHAS notices).
Gold first (I(...)), then the text with [[x|...]] evidence markers."""
from lib import I, doc

# =====================================================================  U
# UN Security Council: verbatim records (S/PV, spoken register) and UN
# Meetings Coverage summaries (4 as .html). Report date = meeting date.

doc("U1", "U", "2021-03-11", """United Nations                                   S/PV.8766
Security Council
Seventy-sixth year
8766th meeting
Thursday, 11 March 2021, 10 a.m.
New York

Threats to international peace and security caused by terrorist acts

The President: I now give the floor to the representative of Iraq.

Mr. Al-Khafaji (Iraq) (spoke in Arabic): Thank you, Madam President. Terrorism has not left my country, even if it has changed its face. [[a|On Monday, terrorist remnants of Daesh attacked a checkpoint of the Tribal Mobilization near Al-Baghdadi with light weapons]], martyring two fighters and wounding three others. Our forces pursued them into the desert.

The President: I thank the representative of Iraq. I now give the floor to the representative of the United Kingdom.

Ms. Pennington (United Kingdom): Thank you. Let me echo my Iraqi colleague. We also condemn [[b|the rockets fired at Ain al-Asad air base on the fifth of March]], which hosts coalition personnel - fortunately without casualties. Those responsible must be held to account.""", [
    I("a", "2021-03-08", "On Monday", "Al-Baghdadi", "Baghdadi", "Anbar", "ISIS", "attributed",
      "PMU", "shooting", 2, "martyring two fighters", 3, "wounding three others"),
    I("b", "2021-03-05", "on the fifth of March", "Ain al-Asad", "Ain al-Asad", "Anbar", None, None,
      "US forces", "mortar_rocket", 0, "without casualties", 0, "without casualties"),
])

doc("U2", "U", "2020-07-21", """SC/14254
21 July 2020
8751st Meeting (AM)

Briefing the Security Council by videoconference from Baghdad, the Special Representative of the Secretary-General for Iraq said that Da'esh remnants continued to exploit the gaps between federal and Kurdish forces in the disputed territories, while the pandemic had stretched the security services thin.

[[a|On Saturday, she said, an explosive device killed a shepherd boy and wounded his brother in the hills east of Daquq]]. It was not said who had planted it. "These are the people the peace must reach," she told the Council.

Speaking next, the representative of Germany condemned [[b|the attack of 14 July on a Federal Police checkpoint near Al-Abbasi, in Hawija district, in which two policemen were killed]] and which Da'esh claimed on its channels. He urged closer coordination between Baghdad and Erbil.

The representative of Indonesia said displaced families in Kirkuk governorate needed assurance before they would return.""", [
    I("a", "2020-07-18", "On Saturday", "Daquq", "Daquq", "Kirkuk", None, None,
      "civilians", "ied", 1, "killed a shepherd boy", 1, "wounded his brother"),
    I("b", "2020-07-14", "the attack of 14 July", "Al-Abbasi", "Hawija", "Kirkuk", "ISIS", "claimed",
      "police", "other", 2, "two policemen were killed", None, None),
], ext="html", title="Iraq's Fragile Gains at Risk as Pandemic, Attacks Mount, Special Representative Tells Security Council",
    outlet="UN Meetings Coverage and Press Releases")

doc("U3", "U", "2024-01-16", """United Nations                                   S/PV.9527
Security Council
9527th meeting
Tuesday, 16 January 2024, 3 p.m.
New York

The situation concerning Iraq

The President (spoke in French): I give the floor to the Special Representative.

Ms. Okafor-Lind: Thank you, Mr. President. Let me be frank with the Council. The numbers are lower than in past years, yes, but for a family in Diyala that is no comfort. [[a|Only last Thursday, gunmen shot dead a mukhtar and his son at their farm outside Muqdadiyah]]. And [[b|on the seventh of January, an improvised explosive device hit an army patrol near Jalawla]], killing an officer and a soldier. Each of these acts feeds the old grievances, and each of them is used - I must say it - to settle scores that have nothing to do with terrorism.

So, Mr. President, accountability matters. Investigations must be concluded and made public.""", [
    I("a", "2024-01-11", "last Thursday", "Muqdadiyah", "Muqdadiyah", "Diyala", "unknown", None,
      "civilians", "shooting", 2, "shot dead a mukhtar and his son", None, None),
    I("b", "2024-01-07", "on the seventh of January", "Jalawla", "Jalawla", "Diyala", None, None,
      "army", "ied", 2, "killing an officer and a soldier", None, None),
])

doc("U4", "U", "2019-05-21", """SC/13813
21 May 2019
8530th Meeting (AM)

Presenting the Secretary-General's latest report, the Special Representative said that the harvest season had again become a season of fear in Nineveh. Fields had burned across the governorate, some by accident, some by design.

[[a|On Sunday, she said, militants whom the Government described as Da'esh opened fire on farmers harvesting wheat near Al-Qairawan]], killing three of them. Earlier in the month, [[b|a car bomb in Mosul's Al-Zuhur neighbourhood on 9 May had wounded seven civilians]], a reminder that the city's recovery remained fragile.

The representative of France said that justice for the Yazidi community and the return of the displaced to Sinjar could not wait. The representative of Kuwait welcomed progress on the file of missing Kuwaiti and third-country nationals.""", [
    I("a", "2019-05-19", "On Sunday", "Al-Qairawan", "Qairawan", "Nineveh", "ISIS", "attributed",
      "civilians", "shooting", 3, "killing three of them", None, None),
    I("b", "2019-05-09", "on 9 May", "Al-Zuhur", "Mosul", "Nineveh", None, None,
      "civilians", "ied", None, None, 7, "wounded seven civilians"),
], ext="html", title="Harvest Season Brings Fear Back to Nineveh, Special Representative Warns Security Council",
    outlet="UN Meetings Coverage and Press Releases")

doc("U5", "U", "2020-01-15", """United Nations                                   S/PV.8700
Security Council
Seventy-fifth year
8700th meeting
Wednesday, 15 January 2020, 10 a.m.
New York

The situation concerning Iraq

The President: I now give the floor to the Special Representative of the Secretary-General for Iraq.

Ms. Okafor-Lind: Madam President, members of the Council. Since I last briefed you, Iraq has stood at the edge of a regional war. The attacks must stop. [[a|Only yesterday, rockets again landed inside the International Zone in Baghdad]] - no one was hurt, this time. And the protesters are still paying with their lives. [[b|On Friday night, in Tahrir Square, unidentified gunmen fired on protesters]], killing one and injuring eleven. I say again: the peaceful protesters must be protected, and the killers must be named.""", [
    I("a", "2020-01-14", "Only yesterday", "International Zone", "Baghdad", "Baghdad", None, None,
      "", "mortar_rocket", 0, "no one was hurt", 0, "no one was hurt"),
    I("b", "2020-01-10", "On Friday night", "Tahrir Square", "Baghdad", "Baghdad", "unknown", None,
      "civilians", "shooting", 1, "killing one", 11, "injuring eleven"),
])

doc("U6", "U", "2023-11-22", """United Nations                                   S/PV.9481
Security Council
Seventy-eighth year
9481st meeting
Wednesday, 22 November 2023, 10 a.m.
New York

The situation in the Middle East

The President (spoke in Chinese): I give the floor to the representative of the United States.

Mr. Harlow (United States of America): Thank you, Mr. President. We will not stay silent while our personnel are targeted. [[a|On Monday, a one-way attack drone targeted Harir Air Base in northern Iraq]]; there were no casualties. The so-called Islamic Resistance in Iraq claimed responsibility, as it has for dozens of such attacks since mid-October.

The President: I now give the floor to the representative of Iraq.

Mr. Al-Khafaji (Iraq) (spoke in Arabic): We reject any attack launched from our soil, and we reject equally the violations of our sovereignty. [[b|On the fourteenth of November, a Turkish drone struck a vehicle near Sidakan]], killing two people.""", [
    I("a", "2023-11-20", "On Monday", "Harir", "Harir", "Erbil", "PMU", "claimed",
      "US forces", "other", 0, "there were no casualties", 0, "there were no casualties"),
    I("b", "2023-11-14", "On the fourteenth of November", "Sidakan", "Soran", "Erbil", "Turkey", "attributed",
      "civilians", "airstrike_operation", 2, "killing two people", None, None),
])

doc("U7", "U", "2022-05-18", """United Nations                                   S/PV.9035
Security Council
Seventy-seventh year
9035th meeting
Wednesday, 18 May 2022, 10 a.m.
New York

The situation concerning Iraq

Ms. Okafor-Lind (Special Representative): Thank you, Madam President. Seven months after the elections, Iraq still has no Government. Meanwhile, Da'esh has not disappeared - far from it. [[a|On Saturday, Da'esh fighters ambushed an army patrol in the Mutaibijah area]], killing four soldiers. The area lies, as the Council knows, between the responsibilities of several commands, and the group uses exactly these seams. I commend the Iraqi Security Forces for their sacrifice.

Let me now turn to the situation of the displaced.""", [
    I("a", "2022-05-14", "On Saturday", "Mutaibijah", "Mutaibijah", "Salahuddin", "ISIS", "attributed",
      "army", "ambush", 4, "killing four soldiers", None, None),
])

doc("U8", "U", "2025-02-12", """SC/15990
12 February 2025
9862nd Meeting (PM)

Civic space in Iraq continued to shrink, the Deputy Special Representative told the Security Council this afternoon, citing threats, arrests and violence against those who speak out.

[[a|Gunmen on a motorcycle shot dead a civil society activist in Basra on 5 February]], she said, and [[b|three days later an explosive device damaged the home of a provincial council member in Al-Zubair]]; no one was hurt. Nobody had been arrested for either act.

Several Council members took the floor. The representative of Slovenia said such killings had a chilling effect well beyond the victims' families. The representative of the Russian Federation cautioned against foreign interference in Iraq's internal affairs.""", [
    I("a", "2025-02-05", "on 5 February", "Basra", "Basra", "Basra", "unknown", None,
      "civilians", "shooting", 1, "shot dead a civil society activist", None, None),
    I("b", "2025-02-08", "three days later", "Al-Zubair", "Zubair", "Basra", None, None,
      "civilians", "ied", 0, "no one was hurt", 0, "no one was hurt"),
], ext="html", title="Violence Against Activists Shrinks Civic Space in Iraq, Deputy Special Representative Tells Council",
    outlet="UN Meetings Coverage and Press Releases")

doc("U9", "U", "2022-02-24", """United Nations                                   S/PV.8974
Security Council
Seventy-seventh year
8974th meeting
Thursday, 24 February 2022, 10 a.m.
New York

The situation concerning Iraq

Ms. Okafor-Lind (Special Representative): Thank you, Mr. President. Four months after the elections, the formation of a Government remains stalled. I urge all parties to put the national interest first.

On security: UNAMI documented 27 civilian casualties in the last quarter, most of them from explosive remnants of war. The discovery last month of a mass grave near Sinjar reminds us how much remains to be done for the victims of 2014.

On the missing Kuwaiti and third-country nationals, I am pleased to report that the remains of two more individuals were identified.

On climate: water scarcity, not war, may soon be the first driver of displacement in the south. Thank you.""", [], noise=True)

doc("U10", "U", "2021-08-26", """United Nations                                   S/PV.8847
Security Council
Seventy-sixth year
8847th meeting
Thursday, 26 August 2021, 10 a.m.
New York

The situation concerning Iraq

The President: I now give the floor to the representative of the Russian Federation.

Mr. Varakin (Russian Federation) (spoke in Russian): Thank you. We heard the Special Representative speak of the elections. Good. But there are other things we must speak of. Iraq's sovereignty is violated almost weekly in the north. [[a|Just last Sunday, Turkish air strikes near Batifa killed three shepherds]] - civilians, not fighters. We call on all sides to respect international law. We call on Ankara to explain itself. And we ask the Secretariat to report on such incidents with the same attention it gives to others.""", [
    I("a", "2021-08-22", "last Sunday", "Batifa", "Batifa", "Dohuk", "Turkey", "attributed",
      "civilians", "airstrike_operation", 3, "killed three shepherds", None, None),
])

doc("U11", "U", "2023-08-24", """United Nations                                   S/PV.9401
Security Council
Seventy-eighth year
9401st meeting
Thursday, 24 August 2023, 10 a.m.
New York

The situation concerning Iraq

Ms. Okafor-Lind (Special Representative): Thank you, Madam President. With the provincial elections set for December, the campaign has started, and so, I am afraid, has the intimidation. [[a|On Tuesday, an explosive device targeted the office of a political party in Najaf]], causing damage but no injuries. It is not the first such incident this summer. Candidates, and especially women candidates, must be able to campaign without fear. The Independent High Electoral Commission has made good progress on the technical preparations.""", [
    I("a", "2023-08-22", "On Tuesday", "Najaf", "Najaf", "Najaf", None, None,
      "", "ied", 0, "causing damage but no injuries", 0, "causing damage but no injuries"),
])

doc("U12", "U", "2020-08-26", """SC/14285
26 August 2020
8756th Meeting (AM)

Iraq's new Government had taken steps to rein in armed groups outside State control, the Special Representative told the Security Council today, but attacks on the supply lines of the international coalition were continuing in the south.

"[[a|On Sunday, an improvised explosive device struck a logistics convoy contracted by the Global Coalition near Al-Hillah]], injuring one driver," she said. Such attacks, usually on Iraqi drivers working for Iraqi companies, had become almost routine on the highway from the southern ports.

The representative of the United States said his country's forces were in Iraq at the invitation of the Iraqi Government. The representative of China called for respect for Iraq's sovereignty.""", [
    I("a", "2020-08-23", "On Sunday", "Al-Hillah", "Hillah", "Babil", None, None,
      "US forces", "ied", None, None, 1, "injuring one driver"),
], ext="html", title="Attacks on Coalition Supply Lines Continue Despite Government Steps, Special Representative Tells Council",
    outlet="UN Meetings Coverage and Press Releases")

# =====================================================================  H
# Oil and gas HSE flash reports, safety alerts, 24-hour notifications.

doc("H1", "H", "2021-03-16", """HSE FLASH REPORT - SECURITY
Report No.: HSE-FR-2021-019          Date of report: 16/03/2021
Company: Western Desert Gas Services LLC (contractor)
Location: Akkas gas field camp, south of Al-Qaim
Classification: Security - third-party hostile act       Severity: Level 2

WHAT HAPPENED
[[a|At approx. 21:40 on Sunday 14/03/2021, unknown persons fired small arms at the northern perimeter of the Akkas gas field camp]] from a vehicle on the desert track. Rounds struck the perimeter wall and lighting tower LT-04. The guard force returned fire; the vehicle left westwards.

INJURIES: No injuries. LTI 0 / MTC 0 / FAC 0.
DAMAGE: LT-04 lamp head, two wall panels.

IMMEDIATE ACTIONS
- All personnel mustered at 21:55, headcount complete.
- Night movements on the desert track suspended until further notice.
- Army liaison officer informed; joint patrol requested.

KEY MESSAGE: Follow the muster procedure; stay away from windows during any security alarm.""", [
    I("a", "2021-03-14", "Sunday 14/03/2021", "Akkas gas field", "Qaim", "Anbar", "unknown", None,
      "", "shooting", 0, "No injuries", 0, "No injuries"),
])

doc("H2", "H", "2020-07-22", """NORTH OIL COMPANY - CONTRACTOR HSE
SAFETY ALERT No. 27/2020                     22 July 2020

Title: IED strike on contractor pickup, access road, Bai Hassan field

Description:
[[a|On 21/07/2020 at 23:15 hrs, an improvised explosive device detonated beside the access road to Degassing Station 2 of the Bai Hassan field, near Dibis]], as a contractor pickup passed. The front axle was destroyed. The driver sustained minor cuts and was treated at the site clinic (FAC). No fatalities.

Cause: third-party hostile act. Federal Police are investigating.

Actions:
1. Access road closed at night; convoy movement only with escort.
2. Route clearance requested before first movement each morning.
3. All drivers re-briefed on reporting suspicious objects.

Distribution: all contractors, Bai Hassan and Avana domes.""", [
    I("a", "2020-07-21", "On 21/07/2020", "Bai Hassan field", "Dibis", "Kirkuk", None, None,
      "civilians", "ied", 0, "No fatalities", 1, "The driver sustained minor cuts"),
])

doc("H3", "H", "2024-01-18", """INCIDENT NOTIFICATION (FIRST 24 HRS) - SECURITY
Ref: MGF-SEC-24-002        Project: Mansuriya gas field development
Date: 18 Jan 2024          Prepared by: Site Security Coordinator

Summary
[[a|On Tuesday 16 Jan 24 at about 17:30, two employees of a civil-works subcontractor were abducted by gunmen on the road between Mansuriyat al-Jabal and Baladruz]] while driving home in a private car.

Update 18 Jan 09:00: both men were released unharmed last night near Baladruz after mediation by local elders. No ransom payment by the company.

Classification: Security - kidnapping (off site, off duty). Recordable under HSE-SEC-07.

Actions
- Subcontractor staff to travel in company transport only until 31 Jan.
- Police and Diyala Operations Command informed.
- Welfare support offered to both employees and families.""", [
    I("a", "2024-01-16", "Tuesday 16 Jan 24", "Mansuriyat al-Jabal", "Mansuriyat al-Jabal", "Diyala", "unknown", None,
      "civilians", "kidnapping", 0, "released unharmed", 0, "released unharmed"),
])

doc("H4", "H", "2019-05-09", """HSE BULLETIN - WEEK 19 / 2019
Qayyarah Field Operations - crude trucking
Issued 09 May 2019

1. SECURITY
[[a|On Wednesday 08 May 2019, an IED planted on the Qayyarah-Mosul road detonated under a crude tanker of our trucking contractor]]. The driver and his assistant were injured and taken to Qayyarah hospital. No fatalities. Local police attributed the device to ISIS remnants. Trucking on this road is restricted to daylight, in convoys of at least five.

2. FIRE SEASON
Wheat fields along the trucking route are being harvested. Several field fires have been reported in the district. Drivers must not stop next to burning fields.

3. DRIVING
Two speeding violations recorded on the in-vehicle monitoring system this week.

4. STATISTICS
Man-hours this week: 41,220. LTI: 0. Recordable injuries: 2 (security incident above).""", [
    I("a", "2019-05-08", "On Wednesday 08 May 2019", "Qayyarah", "Qayyarah", "Nineveh", "ISIS", "attributed",
      "civilians", "ied", 0, "No fatalities", 2, "The driver and his assistant were injured"),
])

doc("H5", "H", "2020-01-09", """SAFETY ALERT 2020-003 (SECURITY)
Baghdad logistics base - issued 09/01/2020

What happened
[[a|During the night of 08/01/2020, three rockets impacted in open ground inside Baghdad International Airport]], approximately 400 m from our cargo-handling yard and next to the compound used by coalition advisers. There were no casualties among our staff or anyone else, according to airport security.

Why it matters
Alarm response was slow: two night-shift workers stayed in the warehouse office instead of going to the bunker.

What we are doing
- Bunker drills every shift for two weeks.
- Night shift reduced to essential staff.
- Travel to and from the airport only in armoured vehicles.

Remember: when the alarm sounds, DROP - COVER - MOVE to the bunker when told.""", [
    I("a", "2020-01-08", "the night of 08/01/2020", "Baghdad International Airport", "Baghdad", "Baghdad", None, None,
      "US forces", "mortar_rocket", 0, "There were no casualties", 0, "There were no casualties"),
])

doc("H6", "H", "2023-11-06", """SAFETY FLASH - SF-23-112
Khurmala operations - 06/11/2023

EVENT: Drone debris on pipe rack
[[a|On Saturday 04/11/2023 at about 20:10, a one-way attack UAV was intercepted above the Khurmala field]]; debris fell onto pipe rack PR-3 next to the gas compression area. A small fire was extinguished by the site fire team within six minutes. There were no injuries to personnel.

CLASSIFICATION: Security (external) / process safety near miss.

IMMEDIATE ACTIONS
- PR-3 isolated and inspected; no loss of containment.
- Shelter-in-place drill repeated on 05/11.
- Authorities informed; no group has been identified.

LEARNING: Do not approach drone debris. Report and cordon.""", [
    I("a", "2023-11-04", "Saturday 04/11/2023", "Khurmala", "Khurmala", "Erbil", None, None,
      "", "other", 0, "There were no injuries to personnel", 0, "There were no injuries to personnel"),
])

doc("H7", "H", "2022-07-28", """HSE FLASH - SECURITY INCIDENT
Rumaila field, water-injection project        Report date 28/07/2022

[[a|On 27/07/2022 at 06:20, unknown gunmen in a white saloon fired on a bus carrying contractor staff to the Rumaila field, west of Al-Zubair]], injuring the bus driver in the shoulder. No fatalities. Passengers (14) unharmed and returned to camp.

Police opened an investigation. The bus company reports that the driver had received threats in a labour dispute; the motive is not confirmed.

ACTIONS
- Morning crew change moved to 07:00 with escort vehicle.
- Staff reminded not to post travel routes on social media.

Classification: Security - armed attack on contractor transport. Recordable: MTC 1.""", [
    I("a", "2022-07-27", "On 27/07/2022", "Rumaila field", "Zubair", "Basra", "unknown", None,
      "civilians", "shooting", 0, "No fatalities", 1, "injuring the bus driver"),
])

doc("H8", "H", "2025-03-05", """SECURITY INCIDENT - HSE FLASH No. 09/2025
Buzurgan field - drilling support
Date: 05 March 2025

Summary:
[[a|On the night of 3 March 2025 an improvised explosive device placed under a parked crane detonated at the laydown yard of the Buzurgan field, east of Amarah]]. The crane's outrigger and cab were damaged. No one was injured; the yard was unmanned.

Possible motive: dispute over local hiring quotas (unconfirmed). Police and oil police are investigating.

Actions taken:
- Laydown yard lighting and CCTV coverage to be extended.
- Guard patrol added between 22:00 and 05:00.
- Community liaison meeting with local elders on 06/03.

Reminder: report any unknown object. Do not touch it.""", [
    I("a", "2025-03-03", "On the night of 3 March 2025", "Buzurgan field", "Amarah", "Maysan", None, None,
      "", "ied", 0, "No one was injured", 0, "No one was injured"),
])

doc("H9", "H", "2021-09-14", """HSE FLASH REPORT No. GF-21-033
Gharraf field - production
Date: 14/09/2021

What happened:
On 13/09/2021 at 14:05 a leak on flowline FL-12 ignited near wellhead GA-07. The fire was extinguished by the field fire brigade within 40 minutes. No injuries.

Investigation findings (preliminary):
- Internal corrosion at the 6 o'clock position of the line; wall loss above 70 %.
- NOT a security incident: no third-party involvement, no signs of tampering.

Actions:
1. Intelligent pigging campaign brought forward to October.
2. Corrosion inhibitor dosing rate to be reviewed.
3. Lessons learned to be shared with all Dhi Qar fields.

Note: rumours on social media of a "bomb at the field" are false.""", [], noise=True)

doc("H10", "H", "2022-10-11", """HSE FLASH - SECURITY EVENT
Site: Khor Mor gas plant (Chamchamal district)
Flash No.: KM-22-061     Date: 11/10/2022

Description of event:
[[a|On Sunday 09/10/2022 at 20:35, a projectile (assessed 107 mm rocket) struck the contractor laydown area at Khor Mor]]. One contractor worker sustained shrapnel injuries to the leg and was evacuated to Sulaimani. No fatalities. Two containers damaged.

Launch point: not identified. No claim.

Immediate measures:
- Non-essential contractor staff demobilised for 72 hours.
- Hardened shelters re-inspected; two new shelters ordered.
- Asayish and Peshmerga informed.

This is the fourth such event at the site this year (aggregate; see quarterly report).""", [
    I("a", "2022-10-09", "Sunday 09/10/2022", "Khor Mor", "Chamchamal", "Sulaymaniyah", None, None,
      "civilians", "mortar_rocket", 0, "No fatalities", 1, "One contractor worker sustained shrapnel injuries"),
])

doc("H11", "H", "2021-02-10", """SAFETY ALERT - SEC-2021-004
Ahdab field services camp
10 Feb 2021

[[a|On Monday 08 Feb 2021 at 23:50, two unknown persons on a motorcycle threw a sound bomb at the main gate of our services camp at the Ahdab field, north-east of Al-Kut]]. Gate barrier and guard-hut window damaged. No injuries.

Background: a group of local job-seekers protested at the gate on 06/02. A link is not established.

Actions:
- Additional lighting at the gate.
- Guards to keep vehicles 30 m from the barrier.
- Community relations officer to meet the protesters' representatives.

Rating: Security - low. Recordable: none.""", [
    I("a", "2021-02-08", "Monday 08 Feb 2021", "Ahdab field", "Kut", "Wasit", "unknown", None,
      "", "ied", 0, "No injuries", 0, "No injuries"),
])

doc("H12", "H", "2023-05-03", """HSE FLASH REPORT - SECURITY (FATALITY)
Allas field, North Oil Company area
Report: AL-23-014          Date: 03/05/2023

[[a|On 02/05/2023 at 22:00 approx., gunmen attacked the oil-police post at the Allas field, north-east of Al-Dour, with light weapons]], killing one oil policeman and wounding two others. Security forces attributed the attack to ISIS remnants operating from the Hamrin foothills.

Company personnel: none involved; all accounted for.

Actions:
- Night work at the northern well cluster suspended.
- Condolences to the family of the oil-police martyr; company to support the funeral.
- Review of the joint security plan with the oil police battalion.

Classification: Security - third party. Not recordable (no company or contractor personnel).""", [
    I("a", "2023-05-02", "On 02/05/2023", "Allas field", "Dour", "Salahuddin", "ISIS", "attributed",
      "police", "shooting", 1, "killing one oil policeman", 2, "wounding two others"),
])

# =====================================================================  N
# Aviation: NOTAMs, airline crew security briefs, UNHAS notices, operator notes.

doc("N1", "N", "2021-03-09", """FLIGHT OPERATIONS SECURITY NOTE 21/014
Issued: 09 MAR 2021 0600Z        Distribution: all crews, Iraq charter ops

1. NOTAM IN FORCE
A0287/21 NOTAMN
Q) ORBB/QRTCA/IV/BO/W/000/250/3348N04226E030
A) ORBB B) 2103070400 C) 2103142359 EST
E) TEMPO RESTRICTED AREA ACT WI 30NM RADIUS ORAA DUE MIL ACT.

2. BACKGROUND
[[a|Sat 06/03 approx 1900L: two rockets impacted outside the perimeter of ORAA (Ain al-Asad AB)]]. No cas, no damage to the airfield. POO assessed W of Al-Baghdadi. No claim.

3. CREW ACTIONS
- No ops into ORAA outside daylight until further notice.
- Brief passengers on shelter procedure on arrival.
- Report any unusual activity on approach to ops via HF.""", [
    I("a", "2021-03-06", "Sat 06/03", "Ain al-Asad", "Ain al-Asad", "Anbar", None, None,
      "US forces", "mortar_rocket", 0, "No cas", 0, "No cas"),
])

doc("N2", "N", "2020-07-26", """A0914/20 NOTAMN
Q) ORBB/QFALC/IV/NBO/A/000/999/3528N04422E005
A) ORKK B) 2007260300 C) 2007272359 EST
E) AD CLSD TO CIVIL FLT DUE SECURITY SITUATION.

--- station comment added by ops control, 26 JUL 2020 ---
Reason (per our station manager, Kirkuk): [[a|on the night of 25 July two rockets landed inside the military section of Kirkuk airport]]. NO CASUALTIES, minor damage to a hangar roof. No claim so far.
Flights KRK-BGW and KRK-IST of 26 JUL cancelled; passengers rebooked via EBL (road transfer at their own risk - advise against).
Next update 27 JUL 0600Z or on NOTAM cancellation.""", [
    I("a", "2020-07-25", "on the night of 25 July", "Kirkuk airport", "Kirkuk", "Kirkuk", None, None,
      "army", "mortar_rocket", 0, "NO CASUALTIES", 0, "NO CASUALTIES"),
])

doc("N3", "N", "2024-01-23", """UNHAS IRAQ - FLIGHT SAFETY & SECURITY NOTICE 02/2024
Date: 23 January 2024
To: all users of UNHAS helicopter services, Diyala and Kirkuk rotations

Subject: Temporary suspension of HLS Khanaqin (KHQ-01)

With immediate effect, helicopter landing site KHQ-01 is suspended for all rotations.

Reason: [[a|three mortar rounds landed near the Khanaqin helicopter landing site on Sunday 21 January]] at around 18:30 local time. No casualties. The site was not in use at the time. The origin of the fire has not been established.

Passengers booked for KHQ-01 on 24 and 25 January will be contacted by the booking office. Road movement to Khanaqin requires clearance from UNDSS.

The suspension will be reviewed on 30 January.

UNHAS Iraq - Aviation Security Focal Point""", [
    I("a", "2024-01-21", "Sunday 21 January", "Khanaqin", "Khanaqin", "Diyala", None, None,
      "", "mortar_rocket", 0, "No casualties", 0, "No casualties"),
])

doc("N4", "N", "2019-05-14", """CREW SECURITY BRIEF - ERBIL (EBL / ORER)
Valid 14 MAY 2019 - 20 MAY 2019
Classification: company confidential - crew only

HOTEL: Ankawa area, no change. Curfew for crew 2300L.
TRANSPORT: company vehicles only, no taxis.

REGIONAL SITUATION (for awareness):
- [[a|13 MAY: IED detonated against an army vehicle on the road between Bartella and Bashiqa]] (approx. 35 km W of the ORER approach path) - 1 soldier killed, 2 injured. No threat to aviation assessed.
- Field fires in the Nineveh plains visible from the approach; smoke may reduce visibility in the evening.
- Ramadan: restaurants closed during daytime; do not eat or drink in public.

ACTION: none beyond standard. Report to ops if approached by strangers asking about flight details.""", [
    I("a", "2019-05-13", "13 MAY", "Bartella", "Bartella", "Nineveh", None, None,
      "army", "ied", 1, "1 soldier killed", 2, "2 injured"),
])

doc("N5", "N", "2020-01-20", """AIRLINE SECURITY BULLETIN 04/20 - BAGHDAD (BGW / ORBI)
Issued 20 JAN 2020

Situation: tense. Operations continue with restrictions.

Recent events near the aerodrome:
[[a|Sat 18 JAN 2240L: three Katyusha rockets impacted near the compound at BIAP used by US personnel]], no injuries; one rocket landed near the old terminal road.
Protest activity in central Baghdad continues; the airport road was blocked briefly on 19 JAN by protesters burning tyres.

Crew measures (effective immediately):
- Minimum ground time; no night stops in BGW.
- Crew transport to leave the terminal only with security clearance.
- Fuel for return sector (tankering).

Next review: 24 JAN 2020.""", [
    I("a", "2020-01-18", "Sat 18 JAN", "BIAP", "Baghdad", "Baghdad", None, None,
      "US forces", "mortar_rocket", 0, "no injuries", 0, "no injuries"),
])

doc("N6", "N", "2023-11-02", """A1544/23 NOTAMN
Q) ORBB/QFALT/IV/NBO/A/000/999/3615N04358E005
A) ORER B) 2311020100 C) 2311030600 EST
E) AD OPS LTD. EXPECT DELAYS DUE SECURITY MEASURES.

OPS NOTE (02 NOV 2023): [[a|Wed 01 NOV ~2200L: UAV attack on the coalition area of Erbil Intl (ORER)]]. Drone shot down by base air defence; no casualties. Claimed by the 'Islamic Resistance in Iraq' on Telegram. Two inbound flights held for 40 min, one diverted to ORSU.

Crews: expect further events. Hold short/taxi instructions may change at short notice. Airport security advises passengers to arrive 3 hours before departure.""", [
    I("a", "2023-11-01", "Wed 01 NOV", "Erbil Intl", "Erbil", "Erbil", "PMU", "claimed",
      "US forces", "other", 0, "no casualties", 0, "no casualties"),
])

doc("N7", "N", "2025-03-11", """CREW SECURITY BRIEF - SULAYMANIYAH (ISU / ORSU)
Valid 11 MAR 2025 - 17 MAR 2025

HOTEL: city centre, unchanged. Crew may walk in the Salim Street area in daylight.

SECURITY NOTES:
- [[a|10 MAR 25: a drone struck a vehicle near Arbat]], SE of the ORSU approach - 2 occupants killed. Local officials blamed Turkey; the Asayish said both were PKK members. No threat to civil aviation assessed, but expect military air activity.
- Nowruz (21 MAR): large crowds, bonfires and fireworks in the city and on the approach path.

ACTIONS:
- No change to operations.
- Crews to avoid the Arbat road.""", [
    I("a", "2025-03-10", "10 MAR 25", "Arbat", "Arbat", "Sulaymaniyah", "Turkey", "attributed",
      "PKK", "airstrike_operation", 2, "2 occupants killed", None, None),
])

doc("N8", "N", "2021-05-21", """BASRA (BSR / ORMM) - STATION SECURITY NOTE
21 May 2021

[[a|Thu 20 MAY ~0215L: two rockets landed in open ground near the north perimeter of Basra Intl (ORMM)]]. No injuries, no damage to airport infrastructure. Airport police cordoned the area until 0600L. Flights operated normally.

Assessment (station security): probably aimed at the airport's business compound, as in earlier incidents. No claim.

Crew measures: unchanged. Remain in the hotel after 2200L. Use the company driver only.

Station contacts: duty officer +964 7xx xxx xxxx (24h).""", [
    I("a", "2021-05-20", "Thu 20 MAY", "Basra Intl", "Basra", "Basra", None, None,
      "", "mortar_rocket", 0, "No injuries", 0, "No injuries"),
])

doc("N9", "N", "2022-11-17", """CREW SECURITY BRIEF - NAJAF (NJF / ORNI)
Issued 17 NOV 2022

1. [[a|Tue 15 NOV night: a sound bomb exploded outside a hotel on the Najaf airport road]] used by several airlines for crew rest (not our hotel). No injuries. Police suspect a business dispute; no claim.
2. Large pilgrim flows expected for the end of Rabi al-Awwal; terminal congestion likely.
3. Local transport: crews to use the contracted minibus only; no stops on the airport road.

Action: crew hotel remains unchanged. Next brief 24 NOV.""", [
    I("a", "2022-11-15", "Tue 15 NOV night", "Najaf", "Najaf", "Najaf", None, None,
      "", "ied", 0, "No injuries", 0, "No injuries"),
])

doc("N10", "N", "2021-07-19", """LTCV SIRNAK SERAFETTIN ELCI AIRPORT - OPERATOR NOTE
19 JUL 2021

For information of crews rostered on IST-NKT-IST:

[[a|Sun 18 JUL evening: rockets fired by PKK terrorists landed near a gendarmerie outpost outside Sirnak, about 6 km from LTCV]], according to the governor's office; one soldier was slightly wounded and there were no deaths. Runway and terminal were not affected.

Turkish authorities announced an operation in the area. Short-notice airspace restrictions are possible (watch NOTAMs for LTCV and the Cizre area).

No change to crew layover: layovers at NKT remain suspended since 2019 - crews return same day.""", [
    I("a", "2021-07-18", "Sun 18 JUL evening", "Sirnak", "Sirnak", None, "PKK", "attributed",
      "Turkey", "mortar_rocket", 0, "there were no deaths", 1, "one soldier was slightly wounded", country="Turkey"),
], country="Turkey")

doc("N11", "N", "2024-07-16", """CONFLICT ZONE NOTE - IRAQ (NORTHERN SECTOR)
Airline flight-planning department, 16 July 2024

Overflight of the northern ORBB FIR east of 043E below FL260 remains prohibited by company policy.

Recent activity:
- [[a|On 14 July 2024 a Turkish UAV struck a vehicle near Sarsing]], in Dohuk governorate, killing one person. Turkish forces continue operations in the border mountains and use UAVs daily.
- Turkish artillery activity reported along the border north of Amedi.

Assessment: risk to civil aircraft at cruising levels remains low; risk at low level (helicopters, general aviation) high.

Next review: 31 July 2024.""", [
    I("a", "2024-07-14", "On 14 July 2024", "Sarsing", "Sarsing", "Dohuk", "Turkey", "attributed",
      "civilians", "airstrike_operation", 1, "killing one person", None, None),
])

doc("N12", "N", "2021-06-03", """ORTL IMAM ALI AIR BASE (TALLIL) - CONTRACT AIRLIFT SECURITY NOTE
03 JUN 2021

1. [[a|Tue 01 JUN 2140L: IED detonated against a logistics convoy near the north gate of Imam Ali Air Base, south-west of Nasiriyah]]. The convoy (three trucks, contracted to the coalition) was leaving the base. No cas; one trailer damaged.
2. No claim. A similar device was found and cleared on the same road on 28 MAY.
3. Crew movements between the apron and the accommodation are unaffected. Ground transport off base is suspended until 07 JUN.

Security desk, contract airlift""", [
    I("a", "2021-06-01", "Tue 01 JUN", "Imam Ali Air Base", "Nasiriyah", "Dhi Qar", None, None,
      "US forces", "ied", 0, "No cas", 0, "No cas"),
])
