from lib import D, I

# ---------------- Style E: no casualty figures ----------------------------
D(73, "E", "txt", "2019-09-05", "Iraq", """Anbar / Shafaq News - 5 September 2019

[[a|An improvised explosive device exploded on Thursday against an army Humvee on the road between Ramadi and Hit, near the Albu Dhiyab area, damaging the vehicle.]] No casualties were reported. Army engineers later swept the road for further devices.
""", [I("a", "2019-09-05", "day", "on Thursday", "the road between Ramadi and Hit, near the Albu Dhiyab area", "Ramadi", "Anbar", None, None, ["army"], ["ied"], 0, 0, "No casualties were reported", "No casualties were reported")])

D(74, "E", "txt", "2020-03-22", "Iraq", """Grenade attack on liquor store in Baghdad's Karrada
Published: 22 March 2020

BAGHDAD - [[a|Unknown assailants threw a hand grenade at a liquor store on Karrada Dakhil street in central Baghdad before dawn on Sunday, shattering its front and damaging two parked cars, police said.]] The store was closed at the time. Similar attacks on alcohol shops have been blamed on armed factions opposed to the trade.
""", [I("a", "2020-03-22", "day", "before dawn on Sunday", "a liquor store on Karrada Dakhil street", "Baghdad", "Baghdad", "unknown", None, ["civilians"], ["other"], None, None, "none reported", "none reported")])

D(75, "E", "txt", "2021-05-30", "Iraq", """Salahuddin / Al-Sumaria News / 30 May 2021

[[a|Daesh elements blew up a mobile phone tower belonging to a telecom company in the Al-Zuwiya area, east of Beiji, a security source said.]] The source said the explosion cut network coverage in several villages, and that a search was under way for the perpetrators.
""", [I("a", "2021-05-30", "reported", None, "the Al-Zuwiya area, east of Beiji", "Baiji", "Salahuddin", "ISIS", "attributed", [], ["ied"], None, None, "none reported", "none reported")])

D(76, "E", "txt", "2021-03-26", "Iraq", """Diyala / Baghdad Today - Friday 26 March 2021

[[a|Gunmen driving a pick-up truck abducted a young man from the village of Al-Abbara, northeast of Baquba, on Thursday, and took him to an unknown destination, a local source said.]] His family said they had not received any ransom demand.
""", [I("a", "2021-03-25", "day", "on Thursday", "the village of Al-Abbara", "Baquba", "Diyala", "unknown", None, ["civilians"], ["kidnapping"], None, None, "none reported", "none reported")])

D(77, "E", "txt", "2021-07-19", "Iraq", """Activist survives assassination attempt in Nasiriyah
Published: 19 July 2021

NASIRIYAH - [[a|Gunmen opened fire on the car of a prominent protest activist in central Nasiriyah on Sunday night, but he escaped unharmed, police said.]] The activist said he had received threats after taking part in the October 2019 protest movement. No one claimed responsibility.
""", [I("a", "2021-07-18", "day", "on Sunday night", "central Nasiriyah", "Nasiriyah", "Dhi Qar", "unknown", "unclaimed", ["civilians"], ["shooting"], 0, 0, "he escaped unharmed", "he escaped unharmed")])

D(78, "E", "txt", "2020-04-15", "Iraq", """BAGHDAD, April 15 -- [[a|Three Katyusha rockets landed in an empty field near Baghdad International Airport early on Wednesday, causing no casualties or damage, the Security Media Cell said.]] It was not immediately clear who fired them.
Published 15 April 2020
""", [I("a", "2020-04-15", "day", "early on Wednesday", "an empty field near Baghdad International Airport", "Baghdad", "Baghdad", "unknown", None, [], ["mortar_rocket"], 0, 0, "causing no casualties or damage", "causing no casualties or damage")])

D(79, "E", "txt", "2019-06-11", "Iraq", """Kirkuk / Kirkuk Now - 11 June 2019

[[a|Daesh militants toppled two high-voltage electricity towers with explosive charges near Al-Abbasi, in Hawija district, on Monday night, cutting power to several villages.]] Electricity teams said repairs would take at least a week. [[b|Earlier this year, militants blew up another tower on the same line near Al-Riyadh.]]
""", [I("a", "2019-06-10", "day", "on Monday night", "near Al-Abbasi, in Hawija district", "Hawija", "Kirkuk", "ISIS", "attributed", [], ["ied"], None, None, "none reported", "none reported"),
      I("b", "2019", "year", "Earlier this year", "near Al-Riyadh", "Riyadh", "Kirkuk", "ISIS", "attributed", [], ["ied"], None, None, "none reported", "none reported")])

D(80, "E", "txt", "2020-10-17", "Iraq", """Saladin / Shafaq News - Saturday 17 October 2020

[[a|An explosive device planted by suspected Daesh members damaged a crude pipeline at the Allas oil field, in the Hamrin mountains, on Friday.]] A source at the North Oil Company said that no casualties were reported and that pumping was halted for several hours.
""", [I("a", "2020-10-16", "day", "on Friday", "the Allas oil field", "Allas", "Salahuddin", "ISIS", "suspected", [], ["ied"], 0, 0, "no casualties were reported", "no casualties were reported")])

D(81, "E", "txt", "2022-09-04", "Iraq", """Drone downed near Erbil airport
Published: 4 September 2022

ERBIL - [[a|Air defences shot down an explosive-laden drone approaching Erbil International Airport early on Sunday, the Kurdistan Region's counter-terrorism service said, adding that there was no damage or injuries.]] The airport hosts US-led coalition forces. No group claimed the attack.
""", [I("a", "2022-09-04", "day", "early on Sunday", "Erbil International Airport", "Erbil", "Erbil", "unknown", "unclaimed", ["US forces"], ["other"], 0, 0, "there was no damage or injuries", "there was no damage or injuries")])

D(82, "E", "txt", "2020-05-20", "Iraq", """Report date: 2020-05-20
Source: Kirkuk agriculture directorate

[[a|On May 19, IS militants set fire to wheat and barley fields near villages in Daquq district, Kirkuk, burning hundreds of dunams.]] Farmers said the militants fired on them when they tried to put out the flames. Fatalities: none reported.
""", [I("a", "2020-05-19", "day", "On May 19", "near villages in Daquq district", "Daquq", "Kirkuk", "ISIS", "attributed", ["civilians"], ["other", "shooting"], None, None, "none reported", "none reported")])

D(83, "E", "txt", "2021-10-26", "Iraq", """Maysan / INA / 26-10-2021

[[a|Unknown persons threw a hand grenade at the house of a judge in the Al-Shuhada neighbourhood of Amarah on Monday night, causing material damage to the house.]] The Supreme Judicial Council condemned the attack and demanded that the perpetrators be found.
""", [I("a", "2021-10-25", "day", "on Monday night", "the Al-Shuhada neighbourhood of Amarah", "Amarah", "Maysan", "unknown", None, ["civilians"], ["other"], None, None, "none reported", "none reported")])

D(84, "E", "txt", "2022-12-18", "Iraq", """Makhmour / Rudaw - 18 December 2022

[[a|Peshmerga forces repelled an attack by Islamic State militants on one of their posts near the Qarachogh mountain on Saturday night.]] The attack caused no casualties, the Peshmerga ministry said in a statement, adding that the militants fled towards the Iraqi army sector.
""", [I("a", "2022-12-17", "day", "on Saturday night", "one of their posts near the Qarachogh mountain", "Makhmour", "Nineveh", "ISIS", "attributed", ["Peshmerga"], ["shooting"], 0, 0, "The attack caused no casualties", "The attack caused no casualties")])

D(85, "E", "txt", "2021-06-17", "Iraq", """Qadisiyah / Shafaq News - Thursday 17 June 2021

[[a|An explosive device targeted a convoy transporting logistical equipment for the international coalition on the highway near Al-Diwaniyah on Wednesday, damaging one of the trucks.]] The convoy continued towards its destination after the blast.
""", [I("a", "2021-06-16", "day", "on Wednesday", "the highway near Al-Diwaniyah", "Diwaniyah", "Qadisiyah", None, None, ["US forces"], ["ied"], None, None, "none reported", "none reported")])

D(86, "E", "txt", "2020-06-20", "Iraq", """Duhok / Kurdistan 24 - 20 June 2020

[[a|Turkish artillery shelled the outskirts of the village of Kani Balav, in Amedi district, on Friday, targeting what Ankara described as PKK positions.]] Local officials said no casualties were reported, but several orchards caught fire and some families left the village.
""", [I("a", "2020-06-19", "day", "on Friday", "the outskirts of the village of Kani Balav", "Amedi", "Dohuk", "Turkey", "attributed", ["PKK"], ["mortar_rocket"], 0, 0, "no casualties were reported", "no casualties were reported")])

D(87, "E", "txt", "2019-09-12", "Iraq", """Engineer abducted in Basra
Published: 12 September 2019

BASRA - [[a|Gunmen in two cars abducted an engineer working at the West Qurna oil field north of Basra on Wednesday as he drove home, police said.]] Tribal mediators were trying to secure his release, a relative said. No group claimed responsibility.
""", [I("a", "2019-09-11", "day", "on Wednesday", "the West Qurna oil field north of Basra", "Qurna", "Basra", "unknown", "unclaimed", ["civilians"], ["kidnapping"], None, None, "none reported", "none reported")])

D(88, "E", "txt", "2023-02-11", "Iraq", """Salahuddin / Al-Sumaria News - Saturday 11 February 2023

[[a|A bomb planted under the car of a PMU commander exploded in Samarra on Friday shortly after he had stepped out of it, causing only material damage.]] Security forces closed the street and opened an investigation.
""", [I("a", "2023-02-10", "day", "on Friday", "Samarra", "Samarra", "Salahuddin", None, None, ["PMU"], ["ied"], 0, 0, "causing only material damage", "causing only material damage")])

# ---------------- Style F: multi-incident round-ups ------------------------
D(89, "F", "txt", "2021-03-12", "Iraq", """Diyala security round-up, week ending 12 March 2021

[[a|On Tuesday, an IED struck a police patrol on the outskirts of Khanaqin, killing one policeman and wounding another.]]

[[b|On Wednesday, a sniper shot dead a farmer working his land on the outskirts of Jalawla.]] Local sources blamed an IS cell based in the Hamrin foothills.

[[c|On Thursday, three mortar rounds landed near a PMU post in the Al-Waqf area, north of Baquba, without causing casualties.]]
""", [I("a", "2021-03-09", "day", "On Tuesday", "the outskirts of Khanaqin", "Khanaqin", "Diyala", None, None, ["police"], ["ied"], 1, 1, "killing one policeman", "wounding another"),
      I("b", "2021-03-10", "day", "On Wednesday", "the outskirts of Jalawla", "Jalawla", "Diyala", "ISIS", "attributed", ["civilians"], ["shooting"], 1, None, "shot dead a farmer", "none reported"),
      I("c", "2021-03-11", "day", "On Thursday", "the Al-Waqf area, north of Baquba", "Baquba", "Diyala", None, None, ["PMU"], ["mortar_rocket"], 0, 0, "without causing casualties", "without causing casualties")])

D(90, "F", "txt", "2020-02-17", "Iraq", """Salahuddin: weekly security summary
Issued Monday 17 February 2020

Three attacks were recorded in the province during the past week.
- [[a|Tuesday: an IED killed two Hashd fighters in the Jazeera of Samarra.]]
- [[b|Thursday: gunmen attacked a house in a village near Tuz Khurmatu, killing one civilian.]]
- [[c|Sunday: a sniper wounded a soldier at a checkpoint in Dhuluiya.]]
IS was blamed for the first two attacks.
""", [I("a", "2020-02-11", "day", "Tuesday", "the Jazeera of Samarra", "Samarra", "Salahuddin", "ISIS", "attributed", ["PMU"], ["ied"], 2, None, "an IED killed two Hashd fighters", "none reported"),
      I("b", "2020-02-13", "day", "Thursday", "a village near Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", "ISIS", "attributed", ["civilians"], ["shooting"], 1, None, "killing one civilian", "none reported"),
      I("c", "2020-02-16", "day", "Sunday", "a checkpoint in Dhuluiya", "Dhuluiya", "Salahuddin", "unknown", None, ["army"], ["shooting"], None, 1, "none reported", "a sniper wounded a soldier")])

D(91, "F", "txt", "2019-03-18", "Iraq", """Iraq Situation Report: March 10-17
Published 18 March 2019

Anbar
[[a|March 11: An IED wounded two policemen in Rutba.]]
[[b|March 13: An IED killed a PMU fighter near the Syrian border crossing at Al-Qaim.]]
[[c|March 16: Two soldiers were killed when an IED struck their vehicle on the Hit-Kubaisa road.]]

Assessment: the pattern is consistent with IS efforts to disrupt movement along the Euphrates valley.
""", [I("a", "2019-03-11", "day", "March 11", "Rutba", "Rutba", "Anbar", None, None, ["police"], ["ied"], None, 2, "none reported", "An IED wounded two policemen"),
      I("b", "2019-03-13", "day", "March 13", "near the Syrian border crossing at Al-Qaim", "Al-Qaim", "Anbar", None, None, ["PMU"], ["ied"], 1, None, "An IED killed a PMU fighter", "none reported"),
      I("c", "2019-03-16", "day", "March 16", "the Hit-Kubaisa road", "Hit", "Anbar", None, None, ["army"], ["ied"], 2, None, "Two soldiers were killed", "none reported")])

D(92, "F", "txt", "2020-11-20", "Iraq", """Nineveh: IS activity this week
Report date: 2020-11-20

[[a|On Nov 16, IS militants attacked a PMU position near Badush, northwest of Mosul, killing two fighters.]]
[[b|On Nov 18, a roadside bomb wounded two civilians in the Wadi Hajar neighbourhood of western Mosul.]]
No claims were made for the second attack.
""", [I("a", "2020-11-16", "day", "On Nov 16", "near Badush, northwest of Mosul", "Badush", "Nineveh", "ISIS", "attributed", ["PMU"], ["shooting"], 2, None, "killing two fighters", "none reported"),
      I("b", "2020-11-18", "day", "On Nov 18", "the Wadi Hajar neighbourhood of western Mosul", "Mosul", "Nineveh", "unknown", "unclaimed", ["civilians"], ["ied"], None, 2, "none reported", "a roadside bomb wounded two civilians")])

D(93, "F", "txt", "2021-06-24", "Iraq", """Kirkuk round-up
Published: 24 June 2021

[[a|Gunmen attacked a guard post at the Bai Hassan oil field northwest of Kirkuk on Sunday, killing a member of the oil police, a security source said.]]

[[b|On Tuesday, a roadside bomb wounded three soldiers near Dibis.]]

[[c|The following day, IS militants kidnapped a shepherd in the Wadi Zghaitun area of Hawija district.]] The shepherd's family said the kidnappers demanded a ransom.
""", [I("a", "2021-06-20", "day", "on Sunday", "a guard post at the Bai Hassan oil field northwest of Kirkuk", "Kirkuk", "Kirkuk", "unknown", None, ["police"], ["shooting"], 1, None, "killing a member of the oil police", "none reported"),
      I("b", "2021-06-22", "day", "On Tuesday", "near Dibis", "Dibis", "Kirkuk", None, None, ["army"], ["ied"], None, 3, "none reported", "a roadside bomb wounded three soldiers"),
      I("c", "2021-06-23", "day", "The following day", "the Wadi Zghaitun area of Hawija district", "Hawija", "Kirkuk", "ISIS", "attributed", ["civilians"], ["kidnapping"], None, None, "none reported", "none reported")])

D(94, "F", "txt", "2021-02-26", "Iraq", """Baghdad belt: two attacks in a week
Published: 26 February 2021

BAGHDAD - [[a|An explosive device killed a PMU fighter in Tarmiyah on Sunday as his unit patrolled farmland near the Tigris, the Hashd said.]]

[[b|On Wednesday, gunmen shot dead a shop owner in Abu Ghraib, west of the capital, police said.]] Police said the motive was unclear.
""", [I("a", "2021-02-21", "day", "on Sunday", "Tarmiyah", "Tarmiyah", "Baghdad", None, None, ["PMU"], ["ied"], 1, None, "An explosive device killed a PMU fighter", "none reported"),
      I("b", "2021-02-24", "day", "On Wednesday", "Abu Ghraib", "Abu Ghraib", "Baghdad", "unknown", None, ["civilians"], ["shooting"], 1, None, "shot dead a shop owner", "none reported")])

D(95, "F", "txt", "2022-08-16", "Iraq", """Security incidents in the past 24 hours
Tuesday 16 August 2022

* Diyala: [[a|an IED exploded against an army patrol in the orchards of Muqdadiyah on Monday, wounding two soldiers.]]
* Kirkuk: [[b|IS gunmen attacked a police checkpoint in Daquq on Monday, killing one policeman.]]
* Salahuddin: [[c|an IS sniper wounded a Hashd fighter near Baiji on Monday.]]
""", [I("a", "2022-08-15", "day", "on Monday", "the orchards of Muqdadiyah", "Muqdadiyah", "Diyala", None, None, ["army"], ["ied"], None, 2, "none reported", "wounding two soldiers"),
      I("b", "2022-08-15", "day", "on Monday", "a police checkpoint in Daquq", "Daquq", "Kirkuk", "ISIS", "attributed", ["police"], ["shooting"], 1, None, "killing one policeman", "none reported"),
      I("c", "2022-08-15", "day", "on Monday", "near Baiji", "Baiji", "Salahuddin", "ISIS", "attributed", ["PMU"], ["shooting"], None, 1, "none reported", "an IS sniper wounded a Hashd fighter")])

D(96, "F", "txt", "2021-08-14", "Iraq", """Kurdistan Region: Turkey-PKK violence this week
Published: 14 August 2021

[[a|On Sunday, a Turkish drone struck a vehicle near Batifa in Duhok province, killing two PKK members, local officials said.]]

[[b|On Tuesday, PKK fighters attacked a Turkish military base in the Kani Masi area of Amedi district; Turkey's defence ministry said one Turkish soldier was killed.]]

[[c|On Thursday, a Turkish drone struck a building used as a clinic in the Sikeniye area of Sinjar, killing four people.]] Ankara said the building was used by the PKK; Yazidi officials said it was a medical facility.
""", [I("a", "2021-08-08", "day", "On Sunday", "near Batifa in Duhok province", "Batifa", "Dohuk", "Turkey", "attributed", ["PKK"], ["airstrike_operation"], 2, None, "killing two PKK members", "none reported"),
      I("b", "2021-08-10", "day", "On Tuesday", "a Turkish military base in the Kani Masi area of Amedi district", "Kani Masi", "Dohuk", "PKK", "attributed", ["Turkey"], ["shooting"], 1, None, "one Turkish soldier was killed", "none reported"),
      I("c", "2021-08-12", "day", "On Thursday", "the Sikeniye area of Sinjar", "Sinjar", "Nineveh", "Turkey", "attributed", ["civilians"], ["airstrike_operation"], 4, None, "killing four people", "none reported")])

D(97, "F", "txt", "2021-04-23", "Iraq", """Convoy attacks continue in the south
Published: 23 April 2021

[[a|On Tuesday, a roadside bomb hit a convoy carrying supplies for the US-led coalition on the highway near Samawah, in Muthanna province, damaging a truck.]]
[[b|On Thursday, a second convoy was hit near Diwaniyah, wounding one driver.]]
[[c|A third device exploded on Thursday near a convoy on the Hilla-Najaf road in Babil province, causing no casualties.]]
No group claimed any of the attacks.
""", [I("a", "2021-04-20", "day", "On Tuesday", "the highway near Samawah", "Samawah", "Muthanna", "unknown", "unclaimed", ["US forces"], ["ied"], None, None, "none reported", "none reported"),
      I("b", "2021-04-22", "day", "On Thursday", "near Diwaniyah", "Diwaniyah", "Qadisiyah", "unknown", "unclaimed", ["US forces"], ["ied"], None, 1, "none reported", "wounding one driver"),
      I("c", "2021-04-22", "day", "on Thursday", "the Hilla-Najaf road in Babil province", "Hilla", "Babil", "unknown", "unclaimed", ["US forces"], ["ied"], 0, 0, "causing no casualties", "causing no casualties")])

D(98, "F", "txt", "2021-10-05", "Iraq", """Two attacks in northern Iraq
date 2021-10-05

[[a|Two shepherds were killed on Sunday when a roadside bomb exploded near their flock in the desert west of Shirqat, local officials said.]]

[[b|On Tuesday morning, Islamic State militants attacked a PMU post near Tuz Khurmatu, killing one fighter and wounding two, the PMU said.]]
""", [I("a", "2021-10-03", "day", "on Sunday", "the desert west of Shirqat", "Shirqat", "Salahuddin", None, None, ["civilians"], ["ied"], 2, None, "Two shepherds were killed", "none reported"),
      I("b", "2021-10-05", "day", "On Tuesday morning", "a PMU post near Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", "ISIS", "attributed", ["PMU"], ["shooting"], 1, 2, "killing one fighter", "wounding two")])

D(99, "F", "txt", "2021-05-02", "Iraq", """Security summary, Baiji district, April 2021
Compiled 2 May 2021

[[a|On 10 April, IS fighters attacked a PMU position near Al-Siniya, killing two PMU members.]]
[[b|On 18 April, an IED on the road to the Baiji refinery wounded two members of the oil police.]]
[[c|Late in the month, a sniper killed a shepherd near the Makhoul mountains.]]
""", [I("a", "2021-04-10", "day", "On 10 April", "near Al-Siniya", "Baiji", "Salahuddin", "ISIS", "attributed", ["PMU"], ["shooting"], 2, None, "killing two PMU members", "none reported"),
      I("b", "2021-04-18", "day", "On 18 April", "the road to the Baiji refinery", "Baiji", "Salahuddin", None, None, ["police"], ["ied"], None, 2, "none reported", "wounded two members of the oil police"),
      I("c", "2021-04", "month", "Late in the month", "near the Makhoul mountains", "Baiji", "Salahuddin", "unknown", None, ["civilians"], ["shooting"], 1, None, "a sniper killed a shepherd", "none reported")])

D(100, "F", "txt", "2022-04-12", "Iraq", """Diyala: attacks on Sunday and Tuesday
Shafaq News - 12 April 2022

[[a|A PMU fighter was killed on Sunday when IS militants attacked a Hashd post in the Al-Waqf area, north of Baquba.]]
[[b|This morning, Tuesday, an IED wounded two soldiers in the Mandali area, east of Baquba.]]
Security forces launched an operation in the Hamrin foothills after the attacks.
""", [I("a", "2022-04-10", "day", "on Sunday", "a Hashd post in the Al-Waqf area, north of Baquba", "Baquba", "Diyala", "ISIS", "attributed", ["PMU"], ["shooting"], 1, None, "A PMU fighter was killed", "none reported"),
      I("b", "2022-04-12", "day", "This morning, Tuesday", "the Mandali area", "Mandali", "Diyala", None, None, ["army"], ["ied"], None, 2, "none reported", "an IED wounded two soldiers")])

D(101, "F", "txt", "2020-09-25", "Iraq", """Anbar: two incidents near Falluja
Published: 25 September 2020

[[a|On Monday, an IED killed a policeman on the main road through Al-Karma, northeast of Falluja.]]
[[b|On Thursday, gunmen killed a shepherd in the desert south of Amiriyat al-Falluja.]] Police said IS remnants were suspected in both incidents.
""", [I("a", "2020-09-21", "day", "On Monday", "the main road through Al-Karma", "Karma", "Anbar", "ISIS", "suspected", ["police"], ["ied"], 1, None, "an IED killed a policeman", "none reported"),
      I("b", "2020-09-24", "day", "On Thursday", "the desert south of Amiriyat al-Falluja", "Amiriyat al-Fallujah", "Anbar", "ISIS", "suspected", ["civilians"], ["shooting"], 1, None, "gunmen killed a shepherd", "none reported")])

D(102, "F", "txt", "2023-06-01", "Iraq", """Iraq security summary: May 2023
Published 1 June 2023

IS activity remained at a low level during May.
[[a|On 7 May, two soldiers were killed in an IS attack on an army post in Tarmiyah district, north of Baghdad.]]
[[b|On 14 May, a roadside bomb killed an army officer in Hawija district, Kirkuk.]]
[[c|During the month, IS cells also burned crops in several villages of Khanaqin district, Diyala.]]
""", [I("a", "2023-05-07", "day", "On 7 May", "an army post in Tarmiyah district", "Tarmiyah", "Baghdad", "ISIS", "attributed", ["army"], ["shooting"], 2, None, "two soldiers were killed", "none reported"),
      I("b", "2023-05-14", "day", "On 14 May", "Hawija district", "Hawija", "Kirkuk", None, None, ["army"], ["ied"], 1, None, "a roadside bomb killed an army officer", "none reported"),
      I("c", "2023-05", "month", "During the month", "several villages of Khanaqin district", "Khanaqin", "Diyala", "ISIS", "attributed", ["civilians"], ["other"], None, None, "none reported", "none reported")])

D(103, "F", "txt", "2019-07-04", "Iraq", """Kirkuk and Salahuddin: two attacks
date 2019-07-04

[[a|Two PMU fighters were killed on Monday when IS militants attacked their position near Albu Dor, south of Tikrit.]]
[[b|On Wednesday night, gunmen killed the mukhtar of a village in Daquq district, Kirkuk province.]] Security sources said the gunmen were IS members.
""", [I("a", "2019-07-01", "day", "on Monday", "near Albu Dor, south of Tikrit", "Tikrit", "Salahuddin", "ISIS", "attributed", ["PMU"], ["shooting"], 2, None, "Two PMU fighters were killed", "none reported"),
      I("b", "2019-07-03", "day", "On Wednesday night", "a village in Daquq district", "Daquq", "Kirkuk", "ISIS", "attributed", ["civilians"], ["shooting"], 1, None, "gunmen killed the mukhtar", "none reported")])
