"""realworld23 data, part 3: styles V (revised tolls) and O (official statements)."""
from s23 import R, D

# ============================================================== V: revised tolls
D("V", "2019-03-27", """UPDATE 1-Toll from Mosul car bomb rises to three - officials
March 27, 2019

MOSUL, Iraq, March 27 (Reuters) - [[a|The death toll from a car bomb that exploded near a restaurant in Mosul's Al-Zuhur neighbourhood on Tuesday rose to three on Wednesday,]] after a man wounded in the blast died in hospital, a health official said.
Twelve people remain in hospital, two of them in serious condition, the official said. Police had earlier put the toll at two dead and 13 wounded.
(Adds toll, hospital details)""",
  R("a", "2019-03-26", "on Tuesday", "Al-Zuhur", "Nineveh", "", "civilians", "ied", 3, "rose to three", 12, "Twelve people remain in hospital", canon="Mosul"))

D("V", "2021-11-10", """Shafaq News / 10-11-2021 (translated)

Shafaq News / [[a|The toll of the Daesh attack on the village of Al-Imam, near Al-Muqdadiya, rose to four martyrs,]] after two of the wounded died of their injuries, a medical source in Diyala said today, Wednesday.
The source said one wounded man is still receiving treatment in Baqubah hospital. The attack took place on Tuesday evening; the first toll was two martyrs and three wounded.""",
  R("a", "2021-11-09", "on Tuesday evening", "Al-Imam", "Diyala", "ISIS", "civilians", "shooting", 4, "rose to four martyrs", 1, "one wounded man is still receiving treatment", canon="Muqdadiyah"))

D("V", "2020-12-17", """Contractor dies after rocket attack near Erbil airport
December 17, 2020

ERBIL, Iraq (AFP) - [[a|A civilian contractor wounded in Tuesday's rocket attack near Erbil airport, which hosts US-led coalition troops, has died of his injuries,]] the Kurdistan region's health ministry said on Thursday.
The man, an Iraqi working for a catering company, was one of three contractors hurt when three rockets landed near the airport's perimeter. The other two were treated for light injuries. The attack has not been claimed.""",
  R("a", "2020-12-15", "Tuesday's", "Erbil airport", "Erbil", "unknown:unclaimed", "US forces+civilians", "mortar_rocket", 1, "has died of his injuries", 2, "The other two were treated for light injuries", canon="Erbil"))

D("V", "2024-08-14", """Toll from Basra highway crash rises to nine
Basra, 14 August 2024

The death toll from a collision between a minibus and a fuel tanker on the Basra-Nasiriyah highway rose to nine on Wednesday after two of the injured died in hospital, the Basra health directorate said.
Traffic police said the tanker driver lost control after a tyre burst on Tuesday evening. Six people are still being treated. Officials said the crash was an accident and there was no indication of any attack.""", noise=True)

D("V", "2023-04-20", """Third policeman dies after Hawija bombing
Kirkuk Now | 20.04.2023

KIRKUK - [[a|A third policeman has died of wounds sustained when a roadside bomb hit a federal police vehicle near Hawija on Tuesday,]] a police officer told Kirkuk Now, bringing the death toll to three.
Two other policemen were wounded in the attack, which the police blamed on Islamic State remnants hiding in the Wadi al-Shay area. Initial reports on Tuesday said two policemen had been killed.""",
  R("a", "2023-04-18", "on Tuesday", "Hawija", "Kirkuk", "ISIS", "police", "ied", 3, "bringing the death toll to three", 2, "Two other policemen were wounded"))

D("V", "2020-10-22", """INA - Salah al-Din - 22/10/2020 (translated)

A security source said today, Thursday, that [[a|the toll of the Daesh attack on a Popular Mobilization position in the Al-Eith area, east of Samarra, rose to five martyrs,]] after one of the wounded died.
The attack took place on Tuesday night, when Daesh elements attacked the position with light and medium weapons. Four fighters were martyred at the time and two were wounded; the second wounded fighter is in a stable condition.""",
  R("a", "2020-10-20", "on Tuesday night", "Al-Eith", "Salahuddin", "ISIS", "PMU", "shooting", 5, "rose to five martyrs", 1, "the second wounded fighter is in a stable condition", canon="Eith"))

D("V", "2019-05-09", """Toll in Iraq suicide bombing rises to 4
May 9, 2019

BAGHDAD (AP) — [[a|The death toll from a suicide bombing at an army checkpoint near the town of Al-Qaim in western Iraq rose to four on Thursday,]] officials said, after two soldiers died of their wounds.
The bomber detonated an explosive vest as soldiers approached him at the checkpoint on Tuesday, officials said. Six other soldiers were wounded. The Islamic State group claimed the attack in a statement on its Amaq news agency.""",
  R("a", "2019-05-07", "on Tuesday", "Al-Qaim", "Anbar", "ISIS:claimed", "army", "suicide", 4, "rose to four", 6, "Six other soldiers were wounded", canon="Qaim"))

D("V", "2025-01-23", """Second victim of Turkish drone strike near Amedi dies
Rudaw | 23-01-2025

DUHOK, Kurdistan Region - [[a|A man wounded in a Turkish drone strike on a car near the village of Kesta, in Amedi district, on Tuesday died in hospital on Thursday,]] raising the death toll to two, the Amedi mayor told Rudaw English.
A third man, the driver, is still in hospital. The mayor said all three were villagers returning from their orchards. Turkey said the strike targeted PKK militants.""",
  R("a", "2025-01-21", "on Tuesday", "Kesta", "Dohuk", "Turkey", "civilians", "airstrike_operation", 2, "raising the death toll to two", 1, "A third man, the driver, is still in hospital", canon="Amedi"))

D("V", "2024-07-11", """UPDATE 2-Death toll in bombing of paramilitary vehicle south of Baghdad rises to 3
July 11, 2024 1:12 PM GMT+3

BAGHDAD, July 11 (Reuters) - [[a|Three members of the Popular Mobilisation Forces (PMF) were killed when a bomb hit their vehicle in Al-Latifiya, south of Baghdad, on Tuesday,]] the PMF said on Thursday, raising an earlier toll of two.
One other fighter was wounded. No group claimed responsibility.
(Updates toll in paragraph 1)""",
  R("a", "2024-07-09", "on Tuesday", "Al-Latifiya", "Baghdad", "unknown:unclaimed", "PMU", "ied", 3, "Three members of the Popular Mobilisation Forces (PMF) were killed", 1, "One other fighter was wounded", canon="Latifiya"))

D("V", "2023-12-14", """Alsumaria News | 14/12/2023 (translated)

A medical source in Basra said today, Thursday, that [[a|the toll of the armed attack on the house of a candidate for the provincial council elections in the Abu al-Khasib district rose to two dead,]] after a guard died of his wounds.
The attack took place on Tuesday night, when gunmen opened fire on the house. Three other people, including the candidate's brother, are still receiving treatment.""",
  R("a", "2023-12-12", "on Tuesday night", "Abu al-Khasib", "Basra", "unknown", "civilians", "shooting", 2, "rose to two dead", 3, "Three other people, including the candidate's brother, are still receiving treatment"))

D("V", "2022-02-10", """BAGHDAD, Feb. 10 (Xinhua) -- [[a|The death toll of an Islamic State (IS) attack on an army post in the Al-Hadar area, south of Mosul, rose to three on Thursday,]] after a wounded soldier died in hospital, a security source said.
The attack took place late on Tuesday, when IS militants attacked the post with rifles and rocket-propelled grenades. Two other soldiers were wounded, the source said. Initially, two soldiers were reported killed.
Source: Xinhua | 2022-02-10 21:14:03""",
  R("a", "2022-02-08", "late on Tuesday", "Al-Hadar", "Nineveh", "ISIS", "army", "shooting", 3, "rose to three", 2, "Two other soldiers were wounded", canon="Hatra"))

D("V", "2026-05-14", """Soldier dies of wounds after Hawija roadside bomb
Kirkuk, 14 May 2026 - local media

[[a|A soldier wounded in a roadside bomb attack on an army patrol near Hawija on Tuesday died on Wednesday night,]] bringing the toll to two dead, a military source said. One more soldier was wounded in the attack.
The source said the patrol was hit on a dirt road in the Wadi al-Shay area, where Islamic State cells remain active.""",
  R("a", "2026-05-12", "on Tuesday", "Hawija", "Kirkuk", "ISIS", "army", "ied", 2, "bringing the toll to two dead", 1, "One more soldier was wounded"))

D("V", "2026-10-29", """Shafaq News / 29-10-2026 (translated)

Shafaq News / [[a|The toll of the attack by Daesh remnants on farmers in the Al-Udhaim area, north of Diyala, rose to three dead,]] after a farmer died of his wounds today, Thursday, a security source said.
The attack took place on Tuesday evening when gunmen opened fire on a group of farmers in their fields. Two other farmers are still in hospital.""",
  R("a", "2026-10-27", "on Tuesday evening", "Al-Udhaim", "Diyala", "ISIS", "civilians", "shooting", 3, "rose to three dead", 2, "Two other farmers are still in hospital", canon="Udhaim"))

# ============================================================== O: official statements
D("O", "2021-02-22", """Security Media Cell - Statement
Baghdad, 22 February 2021

At 21:30 yesterday evening, Sunday, [[a|a vehicle of the 5th Army Division was hit by an explosive device on a rural road in Kanaan subdistrict, Diyala governorate, which led to the martyrdom of two of our heroic soldiers and the injury of an officer.]]
The security forces have cordoned off the area and begun search operations to pursue the terrorist elements responsible. We ask God to grant mercy to the martyrs and a speedy recovery to the wounded.""",
  R("a", "2021-02-21", "At 21:30 yesterday evening, Sunday", "Kanaan", "Diyala", "", "army", "ied", 2, "the martyrdom of two of our heroic soldiers", 1, "the injury of an officer"))

D("O", "2024-11-06", """Ministry of Interior - Media Office
6 November 2024

[[a|Late on Tuesday, unidentified gunmen opened fire on a police officer in the Al-Husseiniya area, north-east of Baghdad, as he was returning home, which led to his martyrdom.]] A specialised team from the ministry has been formed to investigate the crime and bring the perpetrators to justice.
The ministry extends its condolences to the family of the martyr.""",
  R("a", "2024-11-05", "Late on Tuesday", "Al-Husseiniya", "Baghdad", "unknown", "police", "shooting", 1, "which led to his martyrdom", None, None, canon="Husseiniya"))

D("O", "2020-05-18", """Samarra Operations Command - Statement
18/05/2020

At 02:00 on Sunday, [[a|a terrorist group fired on a position of the army's 35th Brigade in the Mutaibija area, east of Samarra, wounding one soldier.]] Our forces responded to the source of fire and forced the attackers to flee. The search for the terrorist elements continues with the support of army aviation.
Media Office, Samarra Operations Command""",
  R("a", "2020-05-17", "At 02:00 on Sunday", "Mutaibija", "Salahuddin", "", "army", "shooting", None, None, 1, "wounding one soldier"))

D("O", "2026-03-30", """Kurdistan Region Counter-Terrorism Directorate - Statement
30/03/2026

[[a|At 9:40 pm on Sunday, an explosive-laden drone attacked the Harir base in Erbil province, which hosts international coalition forces.]] The drone fell inside the base. There were no casualties, only material damage. The directorate condemns this terrorist act, which was launched from outside the Kurdistan Region, and calls on the federal government to hold the perpetrators to account.""",
  R("a", "2026-03-29", "At 9:40 pm on Sunday", "Harir base", "Erbil", "", "US forces", "airstrike_operation", 0, "There were no casualties", 0, "There were no casualties", canon="Harir"))

D("O", "2026-07-20", """Diyala Police Command - Press Release
Baqubah, 20 July 2026

[[a|Yesterday, Sunday, a member of the police was martyred and another was wounded when terrorists fired on their checkpoint on the road between Baladruz and Mandali.]] The command's forces immediately pursued the attackers. The command affirms that such cowardly acts will not deter its men from performing their duty.""",
  R("a", "2026-07-19", "Yesterday, Sunday", "Baladruz", "Diyala", "", "police", "shooting", 1, "a member of the police was martyred", 1, "another was wounded"))

D("O", "2021-01-27", """Najaf Police Command - Statement (translated)
27/01/2021

[[a|Unknown persons threw a hand grenade at dawn on Tuesday at the house of a citizen in the Al-Askari neighbourhood of Najaf,]] which caused material damage without any injuries. Our forces arrested a suspect this morning and investigations are ongoing to arrest the rest of the perpetrators.""",
  R("a", "2021-01-26", "at dawn on Tuesday", "Al-Askari", "Najaf", "unknown", "civilians", "other", 0, "without any injuries", 0, "without any injuries", canon="Najaf"))

D("O", "2025-06-03", """Security Media Cell - Statement
3 June 2025

Acting on accurate intelligence, the Anbar Operations Command arrested five terrorists in the desert of Al-Rutba who were planning to carry out attacks against security forces and citizens. Weapons and explosive belts were seized. The detainees were referred to the competent authorities to complete the legal procedures. No clashes or casualties occurred during the operation.""", noise=True)

D("O", "2024-08-26", """Ninawa Operations Command - Statement
26-08-2024

At 23:10 on Sunday, [[a|Daesh terrorist remnants attacked a position of the army's 20th Division in the Badush area, west of Mosul, with light weapons, which led to the martyrdom of one soldier and the injury of two others.]] Our forces repelled the attack and are pursuing the attackers. Army aviation took part in the search.""",
  R("a", "2024-08-25", "At 23:10 on Sunday", "Badush", "Nineveh", "ISIS", "army", "shooting", 1, "the martyrdom of one soldier", 2, "the injury of two others"))

D("O", "2025-02-17", """Anbar Police Command - Statement
17/02/2025

[[a|On Sunday evening, an explosive device exploded on a police patrol on the road between Al-Karma and Al-Saqlawiya, wounding two policemen, one of them seriously.]] The command's forces cordoned off the area and an engineering team cleared the road. Investigations are under way.""",
  R("a", "2025-02-16", "On Sunday evening", "Al-Saqlawiya", "Anbar", "", "police", "ied", None, None, 2, "wounding two policemen", canon="Saqlawiya"))

D("O", "2025-09-10", """Karbala Police Command - Statement
10-09-2025

[[a|On Tuesday night, unknown gunmen fired on a police checkpoint at the northern entrance of Karbala, wounding a policeman.]] The wounded man was taken to Al-Hussein Teaching Hospital and is in good health. The command has formed a team to pursue the perpetrators.""",
  R("a", "2025-09-09", "On Tuesday night", "Karbala", "Karbala", "unknown", "police", "shooting", None, None, 1, "wounding a policeman"))

D("O", "2023-03-05", """Security Media Cell - Statement
Baghdad, 5 March 2023

[[a|At 19:00 on Saturday 4/3/2023, an explosive device exploded targeting a vehicle of the Popular Mobilization Forces in the Al-Mutaibija area between Salah al-Din and Diyala,]] which led to the injury of three fighters. Security forces launched a search operation in the area.""",
  R("a", "2023-03-04", "At 19:00 on Saturday 4/3/2023", "Al-Mutaibija", "Salahuddin", "", "PMU", "ied", None, None, 3, "the injury of three fighters", canon="Mutaibija"))

D("O", "2020-11-15", """Muthanna Police Command - Statement
15/11/2020

[[a|A sound bomb exploded at dawn on Saturday in front of a shop selling alcoholic drinks in the centre of Samawah,]] causing material damage only. No human losses were recorded. Investigations have begun to identify the perpetrators.""",
  R("a", "2020-11-14", "at dawn on Saturday", "Samawah", "Muthanna", "", "", "ied", 0, "No human losses were recorded", 0, "No human losses were recorded"))

D("O", "2026-11-18", """Security Media Cell - Statement
18 November 2026

[[a|On Tuesday evening, Daesh terrorist gangs attacked a position of the army in the Wadi al-Shay area of Kirkuk governorate, which led to the martyrdom of two soldiers and the injury of another.]] The security forces, supported by army aviation, launched a search operation in the area to pursue the terrorists.""",
  R("a", "2026-11-17", "On Tuesday evening", "Wadi al-Shay", "Kirkuk", "ISIS", "army", "shooting", 2, "the martyrdom of two soldiers", 1, "the injury of another", canon="Hawija"))
