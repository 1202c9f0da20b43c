"""realworld16 data, part 3: styles R (multi-incident round-ups), V (revised
tolls), O (official statements)."""
from lib import I, doc

# ======================================================================= R
# Multi-incident round-ups: several attacks in different provinces and days;
# weekday headers and relative words count from the round-up's date.

doc("R1", "R", "2021-06-30", """WEEKLY SECURITY ROUND-UP - CENTRAL & NORTHERN IRAQ - 24 to 30 June 2021 (issued Wed 30 June 2021)

Sat 26 Jun - Salahuddin: [[a|IS gunmen seized two shepherds near Yathrib]], south of Balad; one was found dead the next day, the other is still missing.
Sun 27 Jun - Salahuddin: [[b|a sticky bomb under the car of a PMF member exploded in Dhuluiya]], wounding him.
Mon 28 Jun - Kirkuk: [[c|mortar rounds fell on farmland near Daquq]]; no casualties.
Tue 29 Jun - Baghdad: [[d|two rockets landed inside the logistics base used by the US-led coalition at Baghdad International Airport]]; no one was hurt and no group claimed the launch.

Assessment: activity remains concentrated in the Salahuddin-Kirkuk belt; the airport launch is the second this month.""", [
    I("a", "2021-06-26", "Sat 26 Jun", "Yathrib", "Yathrib", "Salahuddin", "ISIS", "attributed",
      "civilians", "kidnapping", 1, "one was found dead the next day", None, None),
    I("b", "2021-06-27", "Sun 27 Jun", "Dhuluiya", "Dhuluiya", "Salahuddin", None, None,
      "PMU", "ied", None, None, 1, "wounding him"),
    I("c", "2021-06-28", "Mon 28 Jun", "Daquq", "Daquq", "Kirkuk", None, None,
      "", "mortar_rocket", 0, "no casualties", 0, "no casualties"),
    I("d", "2021-06-29", "Tue 29 Jun", "Baghdad International Airport", "Baghdad", "Baghdad", "unknown", "unclaimed",
      "US forces", "mortar_rocket", 0, "no one was hurt", 0, "no one was hurt"),
])

doc("R2", "R", "2022-03-31", """Security digest - week ending Thursday 31 March 2022

DIYALA
- [[a|On Sunday, IS militants attacked a border guard post east of Mandali]], wounding two border guards.
- [[b|On Monday, unknown persons threw a hand grenade into a grocery in Kanaan]], wounding the owner.

BAGHDAD
- [[c|On Tuesday night a sound bomb went off at the door of a private bank on Arasat street]]; there were no casualties.

Other: a peaceful protest by farmers over water shares in Baladruz on Wednesday; curfew lifted in Khalis.""", [
    I("a", "2022-03-27", "On Sunday", "Mandali", "Mandali", "Diyala", "ISIS", "attributed",
      "security forces", "other", None, None, 2, "wounding two border guards"),
    I("b", "2022-03-28", "On Monday", "Kanaan", "Kanaan", "Diyala", "unknown", None,
      "civilians", "other", None, None, 1, "wounding the owner"),
    I("c", "2022-03-29", "On Tuesday night", "Arasat street", "Baghdad", "Baghdad", None, None,
      "", "ied", 0, "there were no casualties", 0, "there were no casualties"),
])

doc("R3", "R", "2019-08-10", """KIRKUK & SURROUNDINGS: WEEKLY SECURITY REVIEW (4-10 August 2019)

Wednesday: [[a|IS mortar rounds hit a house in Taza]], wounding a woman and her daughter.
Thursday: [[b|a roadside bomb struck an army patrol near Hawija]], killing an officer. Nobody claimed it.
Friday: [[c|Katyusha rockets fell on the outskirts of Tuz Khurmatu]] (Salahuddin), without casualties.

Trend: three incidents this week against two last week. Search operations continue in Wadi Zghaitun.""", [
    I("a", "2019-08-07", "Wednesday", "Taza", "Taza", "Kirkuk", "ISIS", "attributed",
      "civilians", "mortar_rocket", None, None, 2, "wounding a woman and her daughter"),
    I("b", "2019-08-08", "Thursday", "Hawija", "Hawija", "Kirkuk", "unknown", "unclaimed",
      "army", "ied", 1, "killing an officer", None, None),
    I("c", "2019-08-09", "Friday", "Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", None, None,
      "", "mortar_rocket", 0, "without casualties", 0, "without casualties"),
])

doc("R4", "R", "2020-11-26", """Western Iraq round-up | 20-26 Nov 2020 | published 26 November 2020

ANBAR - [[a|Monday: an IED planted by IS killed two Tribal Mobilisation fighters near Akashat]]; [[b|Tuesday: gunmen shot dead the son of a tribal sheikh in Haditha]] as he left a mosque.
BAGHDAD - [[c|Wednesday: three rockets landed in the International Zone near the US embassy]]; no casualties were reported and the C-RAM system was activated.
OTHER - the Trebil border crossing reopened on Tuesday after maintenance.""", [
    I("a", "2020-11-23", "Monday", "Akashat", "Akashat", "Anbar", "ISIS", "attributed",
      "PMU", "ied", 2, "killed two Tribal Mobilisation fighters", None, None),
    I("b", "2020-11-24", "Tuesday", "Haditha", "Haditha", "Anbar", "unknown", None,
      "civilians", "shooting", 1, "shot dead the son of a tribal sheikh", None, None),
    I("c", "2020-11-25", "Wednesday", "International Zone", "Baghdad", "Baghdad", None, None,
      "", "mortar_rocket", 0, "no casualties were reported", 0, "no casualties were reported"),
])

doc("R5", "R", "2023-02-28", """Northern Iraq - security round-up (Tuesday, 28 February 2023)

Three attacks were reported in the past four days:

1. Kirkuk, Saturday: [[a|gunmen attacked a Federal Police post near Dibis]], killing a policeman.
2. Nineveh, Sunday: [[b|IS militants attacked a PMF post in Al-Hadar]], south-west of Mosul, killing one fighter and wounding two.
3. Nineveh, Monday: [[c|a sticky bomb exploded under the car of a contractor in Mosul's Al-Zuhur neighbourhood]], wounding him.

Not counted: a landmine left from the war wounded a shepherd near Al-Baaj (explosive remnant, not an attack).""", [
    I("a", "2023-02-25", "Saturday", "Dibis", "Dibis", "Kirkuk", "unknown", None,
      "police", "shooting", 1, "killing a policeman", None, None),
    I("b", "2023-02-26", "Sunday", "Al-Hadar", "Hadar", "Nineveh", "ISIS", "attributed",
      "PMU", "other", 1, "killing one fighter", 2, "wounding two"),
    I("c", "2023-02-27", "Monday", "Al-Zuhur", "Mosul", "Nineveh", None, None,
      "civilians", "ied", None, None, 1, "wounding him"),
])

doc("R6", "R", "2024-07-31", """KRI WEEKLY SECURITY SUMMARY - 25-31 July 2024 (Wednesday 31 July 2024)

Duhok: [[a|Turkish aircraft struck hillsides near Sarsing on Saturday]], starting fires; no casualties reported.
Erbil: [[b|a Turkish drone killed two PKK members near Sidakan on Sunday]], according to the Soran administration.
Sulaymaniyah: [[c|a drone hit a house on the edge of Qaladze on Monday]], wounding three civilians; the Asayish said the drone was Turkish.

Outlook: further strikes likely along the border strip; avoid non-essential travel north of Amedi.""", [
    I("a", "2024-07-27", "on Saturday", "Sarsing", "Sarsing", "Dohuk", "Turkey", "attributed",
      "", "airstrike_operation", 0, "no casualties reported", 0, "no casualties reported"),
    I("b", "2024-07-28", "on Sunday", "Sidakan", "Soran", "Erbil", "Turkey", "attributed",
      "PKK", "airstrike_operation", 2, "killed two PKK members", None, None),
    I("c", "2024-07-29", "on Monday", "Qaladze", "Qaladze", "Sulaymaniyah", "Turkey", "attributed",
      "civilians", "airstrike_operation", None, None, 3, "wounding three civilians"),
])

doc("R7", "R", "2022-01-22", """South & Middle Euphrates - weekly round-up 16-22 January 2022 (Sat 22 Jan 2022)

Karbala, Mon 17 Jan: [[a|a sound bomb went off outside the office of a political party in central Karbala]] at night. No injuries.
Najaf, Wed 19 Jan: [[b|gunmen shot dead a farmer in his field in Al-Manathira]]; police suspect a tribal dispute.
Babil, Thu 20 Jan: [[c|a roadside bomb hit a truck convoy carrying supplies for the coalition on the highway near Al-Mahawil]]; no casualties.

No incidents were reported in Qadisiyah or Muthanna this week.""", [
    I("a", "2022-01-17", "Mon 17 Jan", "Karbala", "Karbala", "Karbala", None, None,
      "", "ied", 0, "No injuries", 0, "No injuries"),
    I("b", "2022-01-19", "Wed 19 Jan", "Al-Manathira", "Manathira", "Najaf", "unknown", None,
      "civilians", "shooting", 1, "shot dead a farmer", None, None),
    I("c", "2022-01-20", "Thu 20 Jan", "Al-Mahawil", "Mahawil", "Babil", None, None,
      "US forces", "ied", 0, "no casualties", 0, "no casualties"),
])

doc("R8", "R", "2025-08-12", """DAILY SECURITY BRIEF - SOUTHERN IRAQ - 12/08/2025

- Basra: [[a|yesterday gunmen killed a tribal elder outside his guest house in Al-Hartha]]; his guard was unhurt. Police link it to a land dispute.
- Maysan: [[b|this morning a hand grenade was thrown into a car-parts shop in Al-Amarah]], wounding two workers.
- Dhi Qar: [[c|last night an explosive device went off at the gate of an oil engineer's house in Suq al-Shuyukh]]; no one was hurt.
- Weather: dust expected in the afternoon; Basra port operating normally.""", [
    I("a", "2025-08-11", "yesterday", "Al-Hartha", "Hartha", "Basra", "unknown", None,
      "civilians", "shooting", 1, "gunmen killed a tribal elder", 0, "his guard was unhurt"),
    I("b", "2025-08-12", "this morning", "Al-Amarah", "Amarah", "Maysan", None, None,
      "civilians", "other", None, None, 2, "wounding two workers"),
    I("c", "2025-08-11", "last night", "Suq al-Shuyukh", "Suq al-Shuyukh", "Dhi Qar", None, None,
      "civilians", "ied", 0, "no one was hurt", 0, "no one was hurt"),
])

doc("R9", "R", "2023-04-15", """Weekly security review, 9-15 April 2023 (15 April 2023)

No attacks were recorded this week.
- Anbar: police seized 40 kg of narcotics at the Al-Qaim crossing.
- Nineveh: engineers removed old mortar bombs from a school yard in western Mosul.
- Basra: a tribal dispute in Al-Qurna was settled by elders; no weapons were used.
- Erbil: a traffic accident on the Erbil-Koya road killed three people.""", [], noise=True)

doc("R10", "R", "2020-03-14", """Weekly round-up - Wasit, Qadisiyah, Muthanna - 8 to 14 March 2020 (14/03/2020)

- Monday (Wasit): [[a|a sticky bomb wounded a local police officer in Al-Aziziyah]] when it went off under his car.
- Wednesday (Qadisiyah): [[b|a hand grenade was thrown at the house of a protest activist in Al-Diwaniyah]]; no casualties.
- Thursday (Muthanna): [[c|gunmen shot dead a shepherd near Al-Khidhir]] and stole part of his flock. No one else was hurt.

Coronavirus curfew measures were announced in all three provinces on Friday.""", [
    I("a", "2020-03-09", "Monday", "Al-Aziziyah", "Aziziyah", "Wasit", None, None,
      "police", "ied", None, None, 1, "a sticky bomb wounded a local police officer"),
    I("b", "2020-03-11", "Wednesday", "Al-Diwaniyah", "Diwaniyah", "Qadisiyah", None, None,
      "civilians", "other", 0, "no casualties", 0, "no casualties"),
    I("c", "2020-03-12", "Thursday", "Al-Khidhir", "Khidhir", "Muthanna", "unknown", None,
      "civilians", "shooting", 1, "gunmen shot dead a shepherd", 0, "No one else was hurt"),
])

doc("R11", "R", "2023-10-21", """KRI & disputed territories weekly round-up - week of 15-21 Oct 2023 - issued 21 October 2023

Wed 18 Oct: [[a|two drones targeted Harir air base, which hosts US forces]]; one was shot down, no casualties. Claimed by the "Islamic Resistance in Iraq".
Thu 19 Oct: [[b|an IED struck an army vehicle near Al-Zab]] in Kirkuk province, killing two soldiers and wounding one; officials blamed IS.
Fri 20 Oct: [[c|a Turkish drone struck a vehicle near Arbat]] (Sulaymaniyah), killing one person.""", [
    I("a", "2023-10-18", "Wed 18 Oct", "Harir", "Harir", "Erbil", "PMU", "claimed",
      "US forces", "other", 0, "no casualties", 0, "no casualties"),
    I("b", "2023-10-19", "Thu 19 Oct", "Al-Zab", "Zab", "Kirkuk", "ISIS", "attributed",
      "army", "ied", 2, "killing two soldiers", 1, "wounding one"),
    I("c", "2023-10-20", "Fri 20 Oct", "Arbat", "Arbat", "Sulaymaniyah", "Turkey", "attributed",
      "civilians", "airstrike_operation", 1, "killing one person", None, None),
])

doc("R12", "R", "2019-04-20", """Weekly security digest | 14-20 April 2019 | 20 Apr 2019

Baghdad (Mon): [[a|a bomb hidden in a rubbish bin exploded near a market in Al-Bayaa]], killing one person and wounding four.
Anbar (Wed): [[b|IS militants kidnapped three truffle hunters in the desert near Al-Rutba]]; their families have had no news.
Diyala (Thu): [[c|an IS sniper killed a PMF fighter near Al-Sadiya]].

Comment: the truffle season continues to expose collectors in the western desert.""", [
    I("a", "2019-04-15", "Mon", "Al-Bayaa", "Baghdad", "Baghdad", None, None,
      "civilians", "ied", 1, "killing one person", 4, "wounding four"),
    I("b", "2019-04-17", "Wed", "Al-Rutba", "Rutba", "Anbar", "ISIS", "attributed",
      "civilians", "kidnapping", None, None, None, None),
    I("c", "2019-04-18", "Thu", "Al-Sadiya", "Sadiya", "Diyala", "ISIS", "attributed",
      "PMU", "shooting", 1, "an IS sniper killed a PMF fighter", None, None),
])

# ======================================================================= V
# Revised tolls: first figures, then an update; the latest figure wins and the
# breakdowns belong to the same attack.

doc("V1", "V", "2021-06-11", """Salahuddin - 11 June 2021

[[a|IS militants ambushed a PMF patrol in the orchards of Al-Ishaqi, in Balad district, on Thursday evening]], killing two fighters, a PMF source said at first.

UPDATE 09:30 - The toll rose overnight: a PMF statement on Friday morning put it at four dead and three wounded, among them a company commander. The wounded were taken to Balad hospital.""", [
    I("a", "2021-06-10", "on Thursday evening", "Al-Ishaqi", "Balad", "Salahuddin", "ISIS", "attributed",
      "PMU", "ambush", 4, "four dead", 3, "three wounded"),
])

doc("V2", "V", "2022-03-13", """Diyala - developing story - Sunday 13 March 2022

First report (Sat 22:10): one soldier killed in an attack near Al-Adhaim.

Updated (Sun 10:00): [[a|the ambush on an army patrol in the orchards of Al-Adhaim on Saturday]] killed three soldiers and wounded two, the Diyala Operations Command said, blaming Daesh remnants. Among the dead was a lieutenant who led the patrol. The army said the attackers fled towards the Mutaibijah basin.""", [
    I("a", "2022-03-12", "on Saturday", "Al-Adhaim", "Udhaim", "Diyala", "ISIS", "attributed",
      "army", "ambush", 3, "killed three soldiers", 2, "wounded two"),
])

doc("V3", "V", "2019-08-31", """Kirkuk - 31 August 2019 (updated)

[[a|A suicide bomber blew himself up inside a mourning tent in Al-Rashad, south-west of Kirkuk, on Friday evening]], initially killing three people, police said. Islamic State claimed the attack on its Amaq channel.

By Saturday morning the toll rose to six killed and nine wounded, the Kirkuk health directorate said; the tent had been set up for the funeral of a village elder. This Al-Rashad is the subdistrict of Kirkuk province, not the Baghdad neighbourhood of the same name.""", [
    I("a", "2019-08-30", "on Friday evening", "Al-Rashad", "Rashad", "Kirkuk", "ISIS", "claimed",
      "civilians", "suicide", 6, "six killed", 9, "nine wounded"),
])

doc("V4", "V", "2020-11-30", """Anbar - follow-up - 30 November 2020

[[a|IS militants ambushed an army patrol near Al-Karma on Sunday]], killing two soldiers and wounding four, a military source said on Sunday night.

On Monday the source said two of the wounded had died in a Baghdad military hospital, bringing the toll to four dead; two others remain in hospital.""", [
    I("a", "2020-11-29", "on Sunday", "Al-Karma", "Karma", "Anbar", "ISIS", "attributed",
      "army", "ambush", 4, "bringing the toll to four dead", 2, "two others remain in hospital"),
])

doc("V5", "V", "2023-02-11", """Nineveh - updated 11/02/2023

[[a|A roadside bomb hit an army Humvee near Hammam al-Alil on Friday]], killing one soldier and wounding three, security sources said.

Later update: two of the wounded soldiers died overnight, so the toll rose to three soldiers dead, with one still under treatment. Officials blamed IS remnants active in the Hamrin-Makhoul corridor.""", [
    I("a", "2023-02-10", "on Friday", "Hammam al-Alil", "Hammam al-Alil", "Nineveh", "ISIS", "attributed",
      "army", "ied", 3, "the toll rose to three soldiers dead", 1, "one still under treatment"),
])

doc("V6", "V", "2024-07-12", """Duhok - 12 July 2024 - update

First report: one dead after a drone strike near Mangesh.

Update (Friday noon): [[a|the Turkish drone strike on a car near Mangesh on Thursday]] killed two men - a PKK cadre, according to the Asayish, and the driver, a civilian from the village - and wounded a passer-by, the Duhok Asayish said.""", [
    I("a", "2024-07-11", "on Thursday", "Mangesh", "Mangesh", "Dohuk", "Turkey", "attributed",
      "PKK+civilians", "airstrike_operation", 2, "killed two men", 1, "wounded a passer-by"),
])

doc("V7", "V", "2019-11-13", """Baghdad - 13 November 2019 (toll revised)

[[a|A suicide bomber blew himself up at a PMF checkpoint on the road into Abu Ghraib on Tuesday night]], killing two fighters, the PMF said.

In a second statement on Wednesday the PMF said the toll had risen to four dead and five wounded. Islamic State claimed the bombing in a statement.""", [
    I("a", "2019-11-12", "on Tuesday night", "Abu Ghraib", "Abu Ghraib", "Baghdad", "ISIS", "claimed",
      "PMU", "suicide", 4, "four dead", 5, "five wounded"),
])

doc("V8", "V", "2023-05-10", """Basra - 10 May 2023

[[a|Gunmen opened fire on a car carrying employees of an oilfield services company near Al-Zubair on Tuesday]], killing one and wounding two, police said.

Update, Wednesday: one of the two wounded died in Basra Teaching Hospital, the company said, bringing the dead to two; the other employee is recovering.""", [
    I("a", "2023-05-09", "on Tuesday", "Al-Zubair", "Zubair", "Basra", "unknown", None,
      "civilians", "shooting", 2, "bringing the dead to two", 1, "the other employee is recovering"),
])

doc("V9", "V", "2024-08-24", """Karbala - 24 August 2024 (updated)

The toll from the overturning of a minibus carrying pilgrims on the Najaf-Karbala road rose to 14 dead and 21 injured, the health directorate said on Saturday, up from nine dead announced on Friday. Traffic police said the driver lost control at high speed; it was a road accident, not an attack.""", [], noise=True)

doc("V10", "V", "2020-06-24", """Babil - 24 June 2020

[[a|An explosive device went off near a clothes stall in Hilla's central market on Tuesday]], wounding three people, police said first.

Hospital sources later said one of the wounded, a 12-year-old boy, had died, and that four people in total had been hurt - so one dead and three wounded. No group claimed responsibility.""", [
    I("a", "2020-06-23", "on Tuesday", "Hilla", "Hillah", "Babil", "unknown", "unclaimed",
      "civilians", "ied", 1, "one dead", 3, "three wounded"),
])

doc("V11", "V", "2022-09-15", """Kirkuk - 15 September 2022

[[a|IS militants attacked a Federal Police patrol near Daquq on Wednesday night]], killing three policemen, a security source said.

The toll rose on Thursday to five dead and two wounded, among them a captain, according to the Kirkuk police. The attackers used machine guns and an IED.""", [
    I("a", "2022-09-14", "on Wednesday night", "Daquq", "Daquq", "Kirkuk", "ISIS", "attributed",
      "police", "shooting+ied", 5, "five dead", 2, "two wounded"),
])

doc("V12", "V", "2024-10-16", """Sulaymaniyah - 16 October 2024

[[a|An explosive device went off at the gate of a police station in Chamchamal on Tuesday]], wounding two policemen, officials said.

One of the two wounded policemen died in hospital on Wednesday, police said. The other is in a stable condition.""", [
    I("a", "2024-10-15", "on Tuesday", "Chamchamal", "Chamchamal", "Sulaymaniyah", None, None,
      "police", "ied", 1, "One of the two wounded policemen died", 1, "The other is in a stable condition"),
])

# ======================================================================= O
# Official statements: Security Media Cell, JOC, police commands, Kurdistan
# CTD and Asayish, ministries ("martyrdom of", "our heroes").

doc("O1", "O", "2021-06-24", """Security Media Cell - Statement - 24/06/2021

At 1630 hours today, Thursday, [[a|a terrorist sniper of the remnants of the Daesh gangs targeted an observation post of our forces on the outskirts of Al-Shirqat]], which led to the martyrdom of one of our heroic soldiers. Our forces are pursuing the terrorists. Mercy to our righteous martyrs.""", [
    I("a", "2021-06-24", "At 1630 hours today, Thursday", "Al-Shirqat", "Sharqat", "Salahuddin", "ISIS", "attributed",
      "army", "shooting", 1, "the martyrdom of one of our heroic soldiers", None, None),
])

doc("O2", "O", "2022-03-08", """Diyala Police Command - statement - 8 March 2022

[[a|Yesterday evening terrorist elements opened fire on a checkpoint of the Diyala Police in Balad Ruz district]], resulting in the martyrdom of one policeman and the wounding of another. A force of the command has been dispatched to search the area and the wounded policeman is in a stable condition.""", [
    I("a", "2022-03-07", "Yesterday evening", "Balad Ruz", "Baladruz", "Diyala", None, None,
      "police", "shooting", 1, "the martyrdom of one policeman", 1, "the wounding of another"),
])

doc("O3", "O", "2019-08-17", """Joint Operations Command - Kirkuk Operations Command - 17/08/2019

[[a|Daesh terrorist gangs attacked a post of the army near Al-Zab on Friday night]], leading to the martyrdom of two soldiers and the wounding of a third. The heroes of the post repelled the attack and the terrorists fled towards Wadi Zghaitun. Army aviation is supporting the search.""", [
    I("a", "2019-08-16", "on Friday night", "Al-Zab", "Zab", "Kirkuk", "ISIS", "attributed",
      "army", "other", 2, "the martyrdom of two soldiers", 1, "the wounding of a third"),
])

doc("O4", "O", "2020-11-09", """Western Euphrates Operations Command / Border Forces Command - 9 November 2020

[[a|On Sunday evening remnants of the Daesh gangs attacked a border guard post near Al-Qaim with light weapons]], resulting in the martyrdom of one of our border guards. The attackers fled towards the Syrian border and our forces are combing the area.""", [
    I("a", "2020-11-08", "On Sunday evening", "Al-Qaim", "Qaim", "Anbar", "ISIS", "attributed",
      "security forces", "shooting", 1, "the martyrdom of one of our border guards", None, None),
])

doc("O5", "O", "2023-02-06", """Security Media Cell - 06-02-2023

[[a|Terrorist Daesh remnants attacked a post of the army in Zummar subdistrict on Sunday night]], leading to the martyrdom of one soldier and the wounding of two others. Our forces responded to the source of fire and are pursuing the terrorist elements.""", [
    I("a", "2023-02-05", "on Sunday night", "Zummar", "Zummar", "Nineveh", "ISIS", "attributed",
      "army", "other", 1, "the martyrdom of one soldier", 2, "the wounding of two others"),
])

doc("O6", "O", "2024-07-08", """Duhok Asayish Directorate - press statement - 8 July 2024

[[a|On Sunday afternoon an explosive device planted by PKK members went off near a Peshmerga patrol in Chamanke, Amedi district]], lightly wounding one Peshmerga. There were no fatalities. We call on the PKK to stop endangering the people of the region.""", [
    I("a", "2024-07-07", "On Sunday afternoon", "Chamanke", "Amedi", "Dohuk", "PKK", "attributed",
      "Peshmerga", "ied", 0, "There were no fatalities", 1, "lightly wounding one Peshmerga"),
])

doc("O7", "O", "2023-12-20", """Security Media Cell - 20 December 2023

[[a|At 23:05 on Tuesday two Katyusha rockets fell near the Victory base at Baghdad International Airport]], which hosts advisers of the international coalition, without losses. The launch pad was found in Al-Radwaniya with a third rocket that had failed to fire. Investigations are under way to find the outlaws.""", [
    I("a", "2023-12-19", "At 23:05 on Tuesday", "Baghdad International Airport", "Baghdad", "Baghdad", None, None,
      "US forces", "mortar_rocket", 0, "without losses", 0, "without losses"),
])

doc("O8", "O", "2022-05-05", """Kurdistan Region Counter-Terrorism Directorate (CTD) - statement - 5 May 2022

At 21:40 on Wednesday [[a|three rockets launched from the Nineveh plains fell near the Kawergosk oil refinery in Khabat district]], causing a small fire but no casualties. The launch site was near Bartella. We call on the federal government to stop these outlaw groups.""", [
    I("a", "2022-05-04", "At 21:40 on Wednesday", "Khabat district", "Khabat", "Erbil", None, None,
      "", "mortar_rocket", 0, "causing a small fire but no casualties", 0, "causing a small fire but no casualties"),
])

doc("O9", "O", "2023-11-07", """Security Media Cell - 7 November 2023

Units of the 14th Division, supported by Iraqi army aviation, destroyed four Daesh hideouts in the Makhoul mountains and arrested two wanted men. Engineering teams carried out the controlled detonation of 12 explosive devices and 40 kg of explosive material found in the hideouts. There were no casualties among our forces.""", [], noise=True)

doc("O10", "O", "2021-08-18", """Basra Police Command - statement - 18/08/2021

[[a|On Tuesday evening unknown persons threw a hand grenade at a currency exchange shop in Abu al-Khasib]], wounding two citizens. The police have identified the vehicle used and are pursuing the perpetrators. The wounded were taken to Al-Fayha hospital.""", [
    I("a", "2021-08-17", "On Tuesday evening", "Abu al-Khasib", "Abu al-Khasib", "Basra", "unknown", None,
      "civilians", "other", None, None, 2, "wounding two citizens"),
])

doc("O11", "O", "2025-04-09", """Diyala Police Command - 9 April 2025

[[a|At 06:15 on Tuesday an explosive device targeted a patrol of the police in the village of Al-Hadid, Khalis district]], leading to the martyrdom of one policeman and the injury of two. The command blames the remnants of Daesh and will not allow them to disturb the security of the governorate.""", [
    I("a", "2025-04-08", "At 06:15 on Tuesday", "Al-Hadid", "Khalis", "Diyala", "ISIS", "attributed",
      "police", "ied", 1, "the martyrdom of one policeman", 2, "the injury of two"),
])

doc("O12", "O", "2024-02-14", """Ministry of Interior - Media Directorate - 14 February 2024

[[a|On Tuesday night outlaw elements threw a hand grenade at a police station in Al-Shatra district]], wounding two members of the station and causing no deaths. The Minister ordered an investigative committee to be formed and the perpetrators to be brought to justice.""", [
    I("a", "2024-02-13", "On Tuesday night", "Al-Shatra", "Shatra", "Dhi Qar", None, None,
      "police", "other", 0, "causing no deaths", 2, "wounding two members of the station"),
])
