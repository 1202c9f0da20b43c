"""realworld15 data 3: styles Q (SMS alert logs of a security provider; 3 as .csv),
P (podcast show notes with chapter timestamps; 4 as .md), C (IDP camp management /
CCCM site-monitoring reports)."""
from lib import I, doc

# =====================================================================  Q
# SMS alert logs: "[DD/MM/YYYY HH:MM] SECALERT <AREA>: ..." 160-character style,
# "Rply ACK"; relative words count from each message's own timestamp.

doc("Q1", "Q", "2021-03-14", """timestamp,sender,message
14/03/2021 07:12,4471,"SECALERT ANBAR: [[a|13/03 2230L IED strike on IA patrol on Hit-Kubaisa rd]]. 1x KIA 2x WIA. Avoid rd at night. Rply 1 to ACK"
14/03/2021 09:40,4471,"SECALERT ANBAR: [[b|SAF on PMF chkpt nr Amiriyat al-Fallujah 0830L today]], unk gunmen, no cas. Rply 1 to ACK"
14/03/2021 12:05,4471,"SECALERT GEN: sandstorm fcst W Anbar 15-16/03, flights ORAA/ORBI may be affected. Rply 1 to ACK"
14/03/2021 16:58,4471,"SECALERT UPD ANBAR: Hit-Kubaisa rd IED vs IA patrol - 1 WIA died in Hit hospital. Now 2x KIA 1x WIA. Rply 1 to ACK"
""", [
    I("a", "2021-03-13", "13/03 2230L", "Hit", "Hit", "Anbar", None, None,
      "army", "ied", 2, "Now 2x KIA", 1, "1x WIA"),
    I("b", "2021-03-14", "0830L today", "Amiriyat al-Fallujah", "Amiriyat al-Fallujah", "Anbar", "unknown", None,
      "PMU", "shooting", 0, "no cas", 0, "no cas"),
], ext="csv")

doc("Q2", "Q", "2020-07-28", """SMS LOG - SECALERT IRAQ (shortcode 4471) - export 28/07/2020 18:00

[27/07/2020 23:05] SECALERT KIRKUK: [[a|27/07 2245L grenade thrown at liquor shop in Rahimawa]], 1 WIA (shop worker). Unk persons. Avoid area. Rply 1 ACK
[28/07/2020 10:20] SECALERT KIRKUK: IDF - [[b|2x mortar rds on PMF post nr Multaqa 0930L today]]. 1 PMF WIA. Rply 1 ACK
[28/07/2020 12:00] SECALERT GEN: COVID curfew Kirkuk 1800-0500 from 29/07. Rply 1 ACK
[28/07/2020 15:45] SECALERT KIRKUK: Demo at Kirkuk Gov bldg over salaries, peaceful, ends 1500L. Rply 1 ACK""", [
    I("a", "2020-07-27", "27/07 2245L", "Rahimawa", "Kirkuk", "Kirkuk", "unknown", None,
      "civilians", "other", None, None, 1, "1 WIA (shop worker)"),
    I("b", "2020-07-28", "0930L today", "Multaqa", "Multaqa", "Kirkuk", None, None,
      "PMU", "mortar_rocket", None, None, 1, "1 PMF WIA"),
])

doc("Q3", "Q", "2024-01-26", """SMS LOG - SECALERT IRAQ - subscriber 0770xxx4412 - 26/01/2024

[25/01/2024 20:14] SECALERT DIYALA: [[a|Mandali 25/01 1930L - SAF vs border guard post E of town]]. 2x BG WIA. Attackers unk, assessed smugglers. Rply ACK
[26/01/2024 08:02] SECALERT DIYALA: [[b|Khalis - sticky IED on car of local council member 0740L today]]. 1x KIA (council member). Rply ACK
[26/01/2024 08:30] SECALERT DIYALA: Baquba-Khalis rd closed by ISF at Khalis entrance. Expect delays. Rply ACK
[26/01/2024 11:10] SECALERT GEN: Heavy rain fcst Baghdad/Diyala 27-28/01. Rply ACK""", [
    I("a", "2024-01-25", "25/01 1930L", "Mandali", "Mandali", "Diyala", "unknown", None,
      "security forces", "shooting", None, None, 2, "2x BG WIA"),
    I("b", "2024-01-26", "0740L today", "Khalis", "Khalis", "Diyala", None, None,
      "civilians", "ied", 1, "1x KIA (council member)", None, None),
])

doc("Q4", "Q", "2019-05-12", """SMS LOG - SECALERT IRAQ (4471) - 12/05/2019

[11/05/2019 17:30] SECALERT NINEWA: [[a|Sinjar 11/05 1600L - TU UAV strike on vehicle nr Sinune]], 1x KIA (YBS member per local src). Rply ACK
[12/05/2019 06:15] SECALERT NINEWA: Field fires W of Mosul, smoke on Mosul-Tal Afar rd. Rply ACK
[12/05/2019 09:10] SECALERT NINEWA: [[b|12/05 0815L IED vs IA vehicle nr Badush]], NO CAS. EOD on site. Rply ACK
[12/05/2019 13:00] SECALERT GEN: Ramadan - reduced checkpoint hours. Rply ACK""", [
    I("a", "2019-05-11", "11/05 1600L", "Sinune", "Sinjar", "Nineveh", "Turkey", "attributed",
      "PKK", "airstrike_operation", 1, "1x KIA", None, None),
    I("b", "2019-05-12", "12/05 0815L", "Badush", "Badush", "Nineveh", None, None,
      "army", "ied", 0, "NO CAS", 0, "NO CAS"),
])

doc("Q5", "Q", "2020-01-29", """SMS LOG - SECALERT IRAQ - Baghdad subscribers - 29/01/2020

[27/01/2020 14:10] SECALERT BAGHDAD: [[b|Saadoun St 27/01 1300L - 2 protesters KIA by live fire]], 20+ WIA. Avoid Tahrir/Saadoun. Rply ACK
[28/01/2020 07:30] SECALERT BAGHDAD: Schools in Rusafa closed today by protesters. Rply ACK
[29/01/2020 06:45] SECALERT BAGHDAD: [[a|yday 2125L 3x rockets impacted IZ nr US Emb]], no cas. IZ gates closed until 0900L. Rply ACK
[29/01/2020 09:05] SECALERT BAGHDAD: IZ gates reopened. Rply ACK""", [
    I("a", "2020-01-28", "yday 2125L", "IZ", "Baghdad", "Baghdad", None, None,
      "", "mortar_rocket", 0, "no cas", 0, "no cas"),
    I("b", "2020-01-27", "27/01 1300L", "Saadoun St", "Baghdad", "Baghdad", None, None,
      "civilians", "shooting", 2, "2 protesters KIA", 20, "20+ WIA"),
])

doc("Q6", "Q", "2023-11-07", """timestamp,sender,message
05/11/2023 19:52,4471,"SECALERT KRI: [[a|Harir AB 05/11 1930L - OWA UAV attack]], intercepted, no cas. Claimed by IRI on Telegram. Rply ACK"
06/11/2023 08:00,4471,"SECALERT KRI: Erbil airport ops normal. Expect extra checks at Gate 1. Rply ACK"
07/11/2023 16:20,4471,"SECALERT KRI: [[b|Choman - TU UAV strike on vehicle 1500L today]], 2x KIA (PKK per Asayish). Avoid Hamilton rd N of Rawanduz. Rply ACK"
""", [
    I("a", "2023-11-05", "05/11 1930L", "Harir", "Harir", "Erbil", "PMU", "claimed",
      "US forces", "other", 0, "no cas", 0, "no cas"),
    I("b", "2023-11-07", "1500L today", "Choman", "Choman", "Erbil", "Turkey", "attributed",
      "PKK", "airstrike_operation", 2, "2x KIA", None, None),
], ext="csv")

doc("Q7", "Q", "2023-02-19", """SMS LOG - SECALERT IRAQ (4471) - 19/02/2023

[19/02/2023 07:45] SECALERT WASIT: [[a|Kut - IED detonated at gate of a judge's house ~2330L last night]]. Damage only, no cas. Police cordon, avoid Al-Hawra area until 1000L. Rply ACK
[19/02/2023 13:30] SECALERT GEN: Dust storm warning central & south Iraq 20-21/02. Rply ACK
[19/02/2023 17:10] SECALERT WASIT: Kut-Baghdad hwy open, normal traffic. Rply ACK

-- end of log --
Messages shown: 3. Delivery status: all delivered.""", [
    I("a", "2023-02-18", "last night", "Kut", "Kut", "Wasit", None, None,
      "civilians", "ied", 0, "no cas", 0, "no cas"),
])

doc("Q8", "Q", "2020-06-17", """SMS LOG - SECALERT IRAQ - KRI subscribers - 17/06/2020

[16/06/2020 11:05] SECALERT KRI: [[a|Zakho 16/06 0900L - TU arty shelling nr Sharanish vill]], no cas, orchards burning. Avoid rd Zakho-Sharanish. Rply ACK
[16/06/2020 19:30] SECALERT KRI: TU air ops continue in border areas Zakho/Amedi. No travel N of Hwy 2. Rply ACK
[17/06/2020 18:40] SECALERT KRI: [[b|Batifa - TU UAV strike on car 1700L today]], 2x KIA (civilians per mayor). Rply ACK""", [
    I("a", "2020-06-16", "16/06 0900L", "Sharanish", "Zakho", "Dohuk", "Turkey", "attributed",
      "", "mortar_rocket", 0, "no cas", 0, "no cas"),
    I("b", "2020-06-17", "1700L today", "Batifa", "Batifa", "Dohuk", "Turkey", "attributed",
      "civilians", "airstrike_operation", 2, "2x KIA", None, None),
])

doc("Q9", "Q", "2025-08-21", """SMS LOG - SECALERT IRAQ (4471) - 21/08/2025

[21/08/2025 06:30] SECALERT SALAHUDDIN: [[a|Tuz Khurmatu - IED vs PMF vehicle on Tuz-Amirli rd ~2200L last night]]. 1x KIA 1x WIA. Rd reopened 0600L. Rply ACK
[21/08/2025 10:00] SECALERT GEN: Heat advisory 49C Baghdad/Salahuddin/Diyala today. Rply ACK
[21/08/2025 14:20] SECALERT SALAHUDDIN: ISF search op Hamrin foothills, expect checkpoints on Tuz-Kifri rd. Rply ACK""", [
    I("a", "2025-08-20", "last night", "Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", None, None,
      "PMU", "ied", 1, "1x KIA", 1, "1x WIA"),
])

doc("Q10", "Q", "2022-04-11", """SMS LOG - SECALERT IRAQ - KRI / border subscribers - 11/04/2022

[10/04/2022 09:00] SECALERT KRI: Haji Omaran crossing closed 10-12/04 for Iranian holiday traffic mgmt. Rply ACK
[11/04/2022 07:40] SECALERT IRAN: [[a|Piranshahr - border guard post attacked by unk gunmen 0200L today]], 2x KIA (border guards per IRNA). Tamarchin crossing closed. Rply ACK
[11/04/2022 12:15] SECALERT KRI: No impact on Sulaymaniyah or Erbil. Travel to Sidakan not advised. Rply ACK""", [
    I("a", "2022-04-11", "0200L today", "Piranshahr", "Piranshahr", None, "unknown", None,
      "security forces", "shooting", 2, "2x KIA", None, None, country="Iran"),
], country="Iran")

doc("Q11", "Q", "2024-03-12", """timestamp,sender,message
11/03/2024 22:10,4471,"SECALERT BABIL: [[a|Iskandariya - SAF at police chkpt tonight 2130L]], 1 police WIA. Unk gunmen fled N. Rply ACK"
12/03/2024 09:15,4471,"SECALERT BABIL: [[b|Hillah - grenade thrown at mobile phone shop last night ~2330L]], damage only. Unk persons. Rply ACK"
12/03/2024 10:00,4471,"SECALERT GEN: Ramadan - Baghdad/Babil checkpoints reduced hours 1600-1900. Rply ACK"
""", [
    I("a", "2024-03-11", "tonight 2130L", "Iskandariya", "Iskandariya", "Babil", "unknown", None,
      "police", "shooting", None, None, 1, "1 police WIA"),
    I("b", "2024-03-11", "last night ~2330L", "Hillah", "Hillah", "Babil", "unknown", None,
      "", "other", 0, "damage only", 0, "damage only"),
], ext="csv")

doc("Q12", "Q", "2019-09-04", """SMS LOG - SECALERT IRAQ (4471) - 04/09/2019

[04/09/2019 08:20] SECALERT MAYSAN: [[a|Al-Kahla - IED vs car of anti-narcotics officer 0700L today]]. 1x KIA (the officer). Rply ACK
[04/09/2019 11:00] SECALERT MAYSAN: Protest at Missan Oil Co gate, Amarah, peaceful. Rply ACK
[04/09/2019 16:30] SECALERT GEN: Muharram processions - expect road closures in all southern cities until 10/09. Rply ACK""", [
    I("a", "2019-09-04", "0700L today", "Al-Kahla", "Kahla", "Maysan", None, None,
      "police", "ied", 1, "1x KIA (the officer)", None, None),
])

# =====================================================================  P
# Podcast show notes: episode header, summary, chapter timestamps, links; 4 as .md.

doc("P1", "P", "2021-03-23", """# Ep. 88 - Desert Roads: IS in western Anbar

*Sand & Steel - a podcast on security in Iraq and Syria* · Published 23 Mar 2021 · 54 min

This week Rana and Tom look at the uptick in western Anbar and ask whether the coalition drawdown is already showing.

**Chapters**
- 00:00 Intro and listener mail
- 03:40 [[a|Wednesday's ambush on a Tribal Hashd convoy near Rawa]] - three fighters killed; IS claimed it through Amaq
- 14:15 [[b|Saturday's IED in Heet that wounded two policemen]]
- 22:50 Ain al-Asad, rockets and the politics of the base
- 41:00 What to watch next week

**Links**
- Our episode 81 on the Jazeera desert
- Support the show on Patreon

*Music: "Euphrates" by K. Salim. Recorded remotely in Erbil and London.*""", [
    I("a", "2021-03-17", "Wednesday's", "Rawa", "Rawa", "Anbar", "ISIS", "claimed",
      "PMU", "ambush", 3, "three fighters killed", None, None),
    I("b", "2021-03-20", "Saturday's", "Heet", "Hit", "Anbar", None, None,
      "police", "ied", None, None, 2, "wounded two policemen"),
], ext="md")

doc("P2", "P", "2020-07-16", """Kirkuk Dispatch - Episode 31: "The triangle"
16 July 2020 | 47 min | Show notes

Hawija, the Zab valley and Wadi al-Shay: why the area south-west of Kirkuk city keeps producing attacks three years after liberation. With a former Federal Police officer and a local journalist.

Chapters
02:10 Why Hawija still matters
12:20 [[a|The 9 July attack by IS fighters on a PMF post in Laylan]] - two fighters killed
25:40 The gap between the federal army and the Peshmerga
38:15 Listener question: is it safe to visit the citadel?

Guests' names withheld at their request. Subscribe wherever you get your podcasts.""", [
    I("a", "2020-07-09", "The 9 July attack", "Laylan", "Laylan", "Kirkuk", "ISIS", "attributed",
      "PMU", "other", 2, "two fighters killed", None, None),
])

doc("P3", "P", "2024-01-31", """Frontline Baghdad - ep. 204 - "Diyala's long winter"
Released Wednesday 31 January 2024 · 39 min

Show notes:
Diyala again. A month of killings that look like terrorism and sometimes are something else.

Timestamps
00:45 The month in numbers (and why numbers lie)
06:30 [[a|Sunday night's sniper attack on a Hashd post near Sadiya, which the Hashd blamed on IS]]: one fighter killed, another wounded
17:05 [[b|Thursday's roadside bomb near Abu Saida that hit a farmer's tractor]] - the farmer escaped unhurt
26:40 Land, water and the tribes
35:10 Next week: Kirkuk's new governor

Transcript available on our website for supporters.""", [
    I("a", "2024-01-28", "Sunday night's", "Sadiya", "Sadiya", "Diyala", "ISIS", "attributed",
      "PMU", "shooting", 1, "one fighter killed", 1, "another wounded"),
    I("b", "2024-01-25", "Thursday's", "Abu Saida", "Abu Saida", "Diyala", None, None,
      "civilians", "ied", 0, "escaped unhurt", 0, "escaped unhurt"),
])

doc("P4", "P", "2019-05-25", """The Mosul Hour - Episode 9: "Fire season"
Published 25 May 2019 - 41 min

Every May, the fields burn. Some fires are accidents, some are revenge, and some are set by IS. We talk to farmers in Hamdaniya and Tal Afar.

Chapters
01:30 A farmer's story
08:45 [[a|The fields burned near Al-Hadar on Thursday]] - IS claimed it in its weekly newsletter
19:20 [[b|The motorcycle bomb in the Tal Afar market on 11 May]]: one dead, six hurt
30:00 Compensation: who pays?
37:40 Listener mail

Produced with support from a media development grant. Views are the hosts' own.""", [
    I("a", "2019-05-23", "on Thursday", "Al-Hadar", "Hadar", "Nineveh", "ISIS", "claimed",
      "", "other", None, None, None, None),
    I("b", "2019-05-11", "on 11 May", "Tal Afar", "Tal Afar", "Nineveh", None, None,
      "civilians", "ied", 1, "one dead", 6, "six hurt"),
])

doc("P5", "P", "2020-01-29", """# Ep. 57 - "A month like a year"

**Tahrir FM Podcast** - published 29 January 2020 - 63 min

January 2020 in Baghdad: a killing at the airport, missiles, and the square that would not go home.

## Chapters
- 00:00 Cold open
- 05:20 The night of the 3rd and what came after
- 18:10 [[a|A Katyusha fell on a house near Al-Jadriya on the night of the 26th]], wounding three members of a family
- 27:30 [[b|The activist shot dead by unknown gunmen outside his home in Al-Shaab on the 23rd]]
- 44:00 Voices from the tuk-tuks
- 58:15 What February might bring

## Credits
Hosts: Zainab and Mohammed. Editing: Hiba.""", [
    I("a", "2020-01-26", "on the night of the 26th", "Al-Jadriya", "Baghdad", "Baghdad", None, None,
      "civilians", "mortar_rocket", None, None, 3, "wounding three members of a family"),
    I("b", "2020-01-23", "on the 23rd", "Al-Shaab", "Baghdad", "Baghdad", "unknown", None,
      "civilians", "shooting", 1, "shot dead", None, None),
], ext="md")

doc("P6", "P", "2023-11-29", """Kurdistan Unpacked - Episode 142: "Drones over the Region"
29 Nov 2023 · 51 min

Show notes
Since mid-October, militias have fired dozens of drones at bases hosting U.S. troops; Turkey keeps striking in the mountains. What does it mean for the Kurdistan Region?

Chapters
00:00 Headlines
04:35 [[a|The IED on the Erbil-Shaqlawa road near Bnaslawa that wounded a Peshmerga officer on the 27th]]
15:50 [[b|Saturday's Turkish drone strike on a car outside Rawanduz that killed two people]]
27:10 The militias, the Americans and Baghdad
43:20 Your questions

Links to sources in the episode description on our website.""", [
    I("a", "2023-11-27", "on the 27th", "Bnaslawa", "Bnaslawa", "Erbil", None, None,
      "Peshmerga", "ied", None, None, 1, "wounded a Peshmerga officer"),
    I("b", "2023-11-25", "Saturday's", "Rawanduz", "Rawanduz", "Erbil", "Turkey", "attributed",
      "civilians", "airstrike_operation", 2, "killed two people", None, None),
])

doc("P7", "P", "2020-10-08", """Shatt Talk - Episode 12: "Who is killing Basra's activists?"
8 October 2020 | 44 min

Show notes:
One year after the protests began, the activists of Basra are being picked off one by one. We talk to two of them - on condition that we do not use their names.

Chapters
03:00 October 2019, remembered
11:40 [[a|Monday evening: gunmen shot dead a protest organiser on Al-Jazair street in Basra]]
24:15 [[b|Yesterday's IED against a coalition supply convoy near Safwan]] - no one was hurt, and why the militias do it anyway
33:30 Leaving Basra: activists in Erbil and Istanbul

Recorded on 7 October; published a day later.""", [
    I("a", "2020-10-05", "Monday evening", "Al-Jazair street", "Basra", "Basra", "unknown", None,
      "civilians", "shooting", 1, "shot dead a protest organiser", None, None),
    I("b", "2020-10-06", "Yesterday's", "Safwan", "Safwan", "Basra", None, None,
      "US forces", "ied", 0, "no one was hurt", 0, "no one was hurt"),
])

doc("P8", "P", "2023-03-07", """Desert Dispatches - Ep. 63 - "Truffles and bullets"
Published 7 March 2023 · 36 min

Every spring, thousands go into the desert for truffles. Every spring, some do not come back.

Chapters
00:50 What a truffle season is worth
07:30 [[a|IS militants abducted four truffle hunters near Nukhaib on 28 Feb]]; two were later found dead, two are still missing
18:20 [[b|Sunday's sticky bomb under a police officer's car in Ramadi]] - no injuries
26:00 The army's desert patrols: too few, too slow?

Sources and a map of the incidents in the episode page.""", [
    I("a", "2023-02-28", "on 28 Feb", "Nukhaib", "Nukhaib", "Anbar", "ISIS", "attributed",
      "civilians", "kidnapping", 2, "two were later found dead", None, None),
    I("b", "2023-03-05", "Sunday's", "Ramadi", "Ramadi", "Anbar", None, None,
      "police", "ied", 0, "no injuries", 0, "no injuries"),
])

doc("P9", "P", "2021-10-14", """Iraq Decoded - Episode 77: "After the vote"
Published 14 October 2021 · 58 min

Show notes
Sunday's parliamentary elections produced the lowest turnout since 2005 and a clear winner. We unpack the results, the losers' complaints and what comes next.

Chapters
00:00 Turnout: 41 per cent, and what it hides
09:10 The Sadrist win
21:30 The Fatah alliance and the fraud claims
33:45 Security on election day: why it was calm (and an overview of IS violence since 2014, in numbers)
47:00 Government formation: how long this time?

Guest: a political scientist at the University of Baghdad. Data from the electoral commission's preliminary results.""", [], noise=True)

doc("P10", "P", "2024-05-20", """# Ep. 311 - The Hamrin problem

*The Security Brief* · 20 May 2024 · 33 min

A short one this week: the Hamrin range, Tarmiyah and the belt north of Baghdad, and why IS cells survive there.

**Timestamps**
- 00:00 Headlines
- 02:40 [[a|Thursday's ambush near Yathrib, which officials put down to an IS cell]]: two soldiers killed
- 11:55 How the army patrols the orchards
- 24:30 Tarmiyah: a decade of the same story

**Further reading** in the episode page. Send questions to the usual address.""", [
    I("a", "2024-05-16", "Thursday's", "Yathrib", "Yathrib", "Salahuddin", "ISIS", "attributed",
      "army", "ambush", 2, "two soldiers killed", None, None),
], ext="md")

doc("P11", "P", "2022-06-21", """South Iraq Weekly - Episode 48
21 June 2022 | 29 min

Show notes: After the Sadrist MPs resigned, tension between the Sadrists and the Coordination Framework grows in the south. Is Dhi Qar next?

Chapters
01:10 The resignations, explained
09:25 [[a|The bomb under the car of a Sadrist official in Al-Shatra on the 14th]], which wounded him
17:40 Water shortages and the marshes
24:00 Mail and corrections

Correction: in episode 47 we said Al-Shatra was in Maysan. It is in Dhi Qar.""", [
    I("a", "2022-06-14", "on the 14th", "Al-Shatra", "Shatra", "Dhi Qar", None, None,
      "civilians", "ied", None, None, 1, "which wounded him"),
])

doc("P12", "P", "2019-08-08", """# Episode 20 - Sulaimani summer

**Slemani Sessions** - 8 August 2019 - 42 min

Politics, music and a little security in Iraq's cultural capital.

## Chapters
- 00:00 Intro
- 04:10 The PUK's new leadership
- 16:45 [[a|An explosive device at the home of a PUK official in Said Sadiq on the night of 3 August]] - no injuries, but a message
- 26:20 The Sulaimani music festival
- 38:00 Outro

Thanks to our listeners in the diaspora.""", [
    I("a", "2019-08-03", "on the night of 3 August", "Said Sadiq", "Sayid Sadiq", "Sulaymaniyah", None, None,
      "civilians", "ied", 0, "no injuries", 0, "no injuries"),
], ext="md")

# =====================================================================  C
# Camp management (CCCM) site-monitoring reports, camp coordination notes and
# return-site monitoring.

doc("C1", "C", "2021-03-25", """CCCM SITE MONITORING REPORT
Site: Habbaniyah Tourist City (HTC) camp, Anbar
Reporting week: 19-25 March 2021       Camp management agency: Rafidain Relief

POPULATION: 1,118 households (5,406 individuals). New arrivals: 6 HH. Departures: 14 HH.

SECURITY & PROTECTION
- [[a|On Tuesday night, an explosive device detonated next to the shelter of a family in Habbaniyah Tourist City]] that had arrived from a camp in Syria two weeks earlier. Two children were injured and taken to Fallujah hospital; there were no deaths. Police opened an investigation. The family has been moved to another sector.
- Community leaders report tension between long-term residents and families returned from Syria.

WASH: water trucking 41 l/p/d. Two latrines blocked in Sector C.
NEXT STEPS: protection partner to visit the affected family; site committee meeting on 28 March.""", [
    I("a", "2021-03-23", "On Tuesday night", "Habbaniyah Tourist City", "Habbaniyah", "Anbar", None, None,
      "civilians", "ied", 0, "there were no deaths", 2, "Two children were injured"),
])

doc("C2", "C", "2020-07-19", """CAMP COORDINATION - WEEKLY SITE REPORT
Yahyawa camp, west of Kirkuk city
Week 29 (13-19 July 2020)

Population: 402 households. COVID-19: 3 suspected cases isolated.

Security incidents:
[[a|On the night of 15 July, unknown persons threw a hand grenade at a caravan in Yahyawa camp]]; one woman was injured and referred to Kirkuk General Hospital. Police took statements from residents. Residents link the attack to a dispute over the family's return to their village; this is not confirmed.
[[b|Also in July (exact date not recorded), the empty tent of the same family in Yahyawa camp was set on fire at night]]; nobody was hurt.

Other:
- Electricity: 8 hours per day.
- Two families departed for Hawija district.

Follow-up: camp manager to raise lighting along the perimeter with the camp management committee.""", [
    I("a", "2020-07-15", "On the night of 15 July", "Yahyawa camp", "Kirkuk", "Kirkuk", "unknown", None,
      "civilians", "other", None, None, 1, "one woman was injured"),
    I("b", "2020-07", "Also in July (exact date not recorded)", "Yahyawa camp", "Kirkuk", "Kirkuk", None, None,
      "civilians", "other", 0, "nobody was hurt", 0, "nobody was hurt", prec="month"),
])

doc("C3", "C", "2024-01-08", """RETURN-SITE MONITORING NOTE - DIYALA
Muqdadiyah district | Issued 8 January 2024 | CCCM / return working group

Summary: tension between returnee and host families in the district has risen since December.

Incident:
[[a|On 3 January, unidentified gunmen set fire to two houses of returnee families in the Imam Wais area near Muqdadiyah]]. No one was inside; both families had been staying with relatives in the town since receiving threats. The police registered the case.
[[b|Returnees also reported that a shepherd from the Imam Wais area was wounded by gunmen in December]] (exact date not known).

Impact: 11 returnee households in the area say they will leave again if protection does not improve.

Recommendations:
- Return working group to raise the case with the Diyala Operations Command.
- Protection partners to follow up with the affected families.""", [
    I("a", "2024-01-03", "On 3 January", "Imam Wais", "Muqdadiyah", "Diyala", "unknown", None,
      "civilians", "other", 0, "No one was inside", 0, "No one was inside"),
    I("b", "2023-12", "in December", "Imam Wais", "Muqdadiyah", "Diyala", "unknown", None,
      "civilians", "shooting", None, None, 1, "was wounded by gunmen", prec="month"),
])

doc("C4", "C", "2019-05-07", """CCCM SITE MONITORING REPORT - JEDDAH 5 CAMP (near Qayyarah)
Reporting period: 29 April - 5 May 2019 | Issued 7 May 2019

Population: 2,980 households. Ramadan starts 6 May; food distribution moved to morning hours.

Security:
- [[a|On Saturday, gunmen shot dead a camp resident near the main gate of Jeddah 5 camp]] as he returned from work in Qayyarah. Camp security (army) said the gunmen fled towards the Tigris. The victim's family was originally from Al-Shura.
- Residents are afraid to go to the market after dark.

Shelter: 63 tents replaced after the April storm.
Health: diarrhoea cases up 20 %.

Action points: camp manager to meet the army commander on camp security; women's committee requests lighting near the latrines.""", [
    I("a", "2019-05-04", "On Saturday", "Jeddah 5 camp", "Qayyarah", "Nineveh", "unknown", None,
      "civilians", "shooting", 1, "shot dead a camp resident", None, None),
])

doc("C5", "C", "2021-06-05", """CAMP MANAGEMENT - WEEKLY UPDATE
Chamishku camp, Zakho district
30 May - 5 June 2021

Population: 4,512 households (Yazidi IDPs from Sinjar).

Security:
[[a|On 2 June, a drone strike hit a vehicle on the Zakho-Batifa road about 3 km from the camp]], killing one man whom the Asayish identified as a PKK member. Local authorities said the drone was Turkish. Children in the camp saw the strike; the child-protection partner held group sessions.

Returns: 38 households left for Sinjar this week.

Fire safety: 2 tent fires (cooking); no injuries.

Camp committee requests: more lighting, a second school shift.""", [
    I("a", "2021-06-02", "On 2 June", "Zakho", "Zakho", "Dohuk", "Turkey", "attributed",
      "PKK", "airstrike_operation", 1, "killing one man", None, None),
])

doc("C6", "C", "2023-11-14", """CCCM SITE REPORT - DARASHAKRAN CAMP (Syrian refugees), Khabat district
Reporting date: 14 November 2023

Population: 2,190 households.

Protection / security:
[[a|On Sunday evening, a drone strike hit a vehicle on the road next to Darashakran camp]], killing two men whom the Asayish identified as PKK members. The Kurdistan Region Counter-Terrorism Directorate attributed the strike to a Turkish drone. Camp residents were not involved, but many were frightened; three children were treated for shock.

Services: the camp clinic extended its hours on 13 November. Winterisation kits: distribution planned for 20-25 November.

Follow-up: camp management to brief residents on shelter procedures; psychosocial support sessions in Sectors 2 and 4.""", [
    I("a", "2023-11-12", "On Sunday evening", "Darashakran", "Khabat", "Erbil", "Turkey", "attributed",
      "PKK", "airstrike_operation", 2, "killing two men", None, None),
])

doc("C7", "C", "2019-11-08", """SITE MONITORING - AL-SHAHAMA CAMP (near Tikrit)
Week 45, 2019 | Camp management agency | 08/11/2019

Population: 298 households (mostly female-headed households with perceived affiliation).

Security incident:
[[a|On 6 November, an explosive device exploded near the gate of Al-Shahama camp]], wounding a camp guard employed by the camp management agency. There were no deaths. Police did not say who they suspected.

Protection concerns: residents report being insulted at the gate by visitors; restrictions on movement continue.

Next steps: camp management to request a review of security at the gate with the Salahuddin Operations Command; legal aid partner visit on 12 November.""", [
    I("a", "2019-11-06", "On 6 November", "Al-Shahama camp", "Tikrit", "Salahuddin", None, None,
      "civilians", "ied", 0, "There were no deaths", 1, "wounding a camp guard"),
])

doc("C8", "C", "2022-06-14", """CAMP MANAGEMENT - WEEKLY UPDATE
Bersive 2 camp, Zakho district - 8-14 June 2022

Population: 1,650 households.

Security:
[[a|On the evening of 12 June, artillery shells fired from across the border landed in an orchard near Bersive 2 camp, Zakho district]]. There were no casualties. Residents blamed Turkish forces, which have been shelling the mountains to the north for weeks. The orchard belongs to a host-community family.

Shelter: 20 caravans repaired.
Education: end-of-year exams completed in both camp schools.

Camp committee raised concern about children grazing animals near the border road.""", [
    I("a", "2022-06-12", "On the evening of 12 June", "Bersive 2 camp", "Zakho", "Dohuk", "Turkey", "attributed",
      "", "mortar_rocket", 0, "There were no casualties", 0, "There were no casualties"),
])

doc("C9", "C", "2022-03-17", """CAMP COORDINATION NOTE - AL-HOL CAMP, AL-HASAKAH (SYRIA)
17 March 2022

Population: approx. 56,000 residents, most of them women and children.

Security:
[[a|On 14 March, a resident of Phase 3 of Al-Hol camp was shot dead by unknown persons]] inside his tent; the camp security forces opened an investigation. This is one of 9 killings recorded in the camp since January (aggregate).

Iraqi residents: 112 households registered for the next return movement to Iraq (Al-Jadaa centre, Nineveh), planned for April.

Services: water trucking disrupted on 15-16 March; restored.""", [
    I("a", "2022-03-14", "On 14 March", "Al-Hol", "Al-Hol", None, "unknown", None,
      "civilians", "shooting", 1, "was shot dead", None, None, country="Syria"),
], country="Syria")

doc("C10", "C", "2021-09-13", """CCCM SITE MONITORING - ASHTI CAMP (Arbat subdistrict), Sulaymaniyah
Week 37 (6-12 September 2021) - submitted 13/09/2021

Population: 2,436 households.

Security & protection:
- [[a|On Friday night, unknown persons threw a hand grenade at a shop in the market of Ashti camp]]; the shop owner was injured and taken to Sulaymaniyah emergency hospital. Asayish investigating. Residents say the owner had refused to pay 'protection' money.
- No other incidents.

Education: school year starts 3 October; 180 children still without places.

Next steps: site committee meeting with Asayish on market security; lighting in the market area.""", [
    I("a", "2021-09-10", "On Friday night", "Ashti camp", "Arbat", "Sulaymaniyah", "unknown", None,
      "civilians", "other", None, None, 1, "the shop owner was injured"),
])

doc("C11", "C", "2023-08-06", """RETURN-SITE MONITORING - SINJAR DISTRICT
Reporting date: 6 August 2023

Returns in July: 214 households from camps in Dohuk.

Security:
[[a|On 2 August, a drone strike on a vehicle near Sinune killed one YBS member]], according to local officials, who attributed it to a Turkish drone. Returnee families in Sinune say they fear further strikes near the market.

Services: the Sinune water project is 80 % complete. The health centre lacks a doctor since June.

Recommendations: advocacy on civilian protection in Sinjar; continued psychosocial support in Sinune.""", [
    I("a", "2023-08-02", "On 2 August", "Sinune", "Sinjar", "Nineveh", "Turkey", "attributed",
      "PKK", "airstrike_operation", 1, "killed one YBS member", None, None),
])

doc("C12", "C", "2025-04-17", """RETURN-AREA MONITORING - AL-QAIM DISTRICT
Issued 17 April 2025

Context: the last camp in Anbar closed in 2023; families from Al-Qaim district continue to return from Baghdad and Erbil.

Security:
[[a|On 15 April, unknown gunmen opened fire on the army checkpoint at the entrance of Al-Ubaidi, Al-Qaim district]], killing one soldier. The army searched nearby farms; no arrests.

Returns: 36 households returned in March and April.

Concerns: returnees report lack of jobs and delayed compensation. Several families say they will not return until the road checkpoints are reinforced.""", [
    I("a", "2025-04-15", "On 15 April", "Al-Ubaidi", "Qaim", "Anbar", "unknown", None,
      "army", "shooting", 1, "killing one soldier", None, None),
])
