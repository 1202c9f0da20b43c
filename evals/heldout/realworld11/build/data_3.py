"""realworld11 data, part 3: M (machine-translated Arabic press: Alsumaria, Al-Sabah,
Baghdad Post), K (Kurdistan Region Security Council / Asayish / KRG statements),
J (JOC press-conference summaries, health-directorate and hospital tallies)."""
from lib import I, doc

# ============================================================ M: machine-translated Arabic press

doc("M1", "M", "2022-05-22", """Baghdad / Alsumaria News
2022/05/22 13:10

A security source in Diyala province, today, Sunday, announced [[a|the martyrdom of an element of the crowd and the injury of another in an attack by Daesh on the outskirts of the Khalis district]].

The source said in an interview with Alsumaria News, that "elements belonging to terrorist Daesh gangs attacked with medium weapons a point of the Popular Mobilization on the outskirts of the Khalis district, which led to the martyrdom of an element and the injury of another", noting that "the security forces started a search operation in the area".

Diyala province is witnessing from time to time security breaches by the remnants of Daesh in its remote areas.
""", [
    I("a", "2022-05-22", "today, Sunday", "Khalis", "Khalis", "Diyala", "ISIS", "attributed",
      "PMU", "shooting", 1, "the martyrdom of an element of the crowd", 1, "the injury of another"),
], ext="html", title="Martyrdom of an element of the crowd and injury of another in a Daesh attack in Diyala",
    outlet="Alsumaria News")

doc("M2", "M", "2020-11-26", """Nineveh: Al-Sabah
Thursday 26 November 2020

The terrorist gangs targeted, on Wednesday evening, [[a|with an explosive device a vehicle belonging to the Federal Police in the Al-Shura district south of Mosul, which led to the martyrdom of a policeman and the wounding of two others]].

A source in the Nineveh Operations Command told "Al-Sabah" that the forces began a wide search operation in the villages surrounding the district, in pursuit of the cells which stand behind the attack.
""", [
    I("a", "2020-11-25", "on Wednesday evening", "Al-Shura", "Shura", "Nineveh", "ISIS", "attributed",
      "police", "ied", 1, "the martyrdom of a policeman", 2, "the wounding of two others"),
])

doc("M3", "M", "2023-08-12", """The Baghdad Post
Saturday, 12 August 2023

Kirkuk .. terrorists kill a citizen and wound his son in Dibis

A security source in Kirkuk governorate reported that [[a|an armed terrorist group opened fire on a car of citizens on the road of Dibis district, killing one and wounding his son]], during the night of Friday to Saturday.

The source added that the gunmen fled to an unknown destination, and the security forces opened an investigation. The source did not specify the party that stands behind the attack.
""", [
    I("a", "2023-08-11", "during the night of Friday to Saturday", "Dibis", "Dibis", "Kirkuk", "unknown", None,
      "civilians", "shooting", 1, "killing one", 1, "wounding his son"),
])

doc("M4", "M", "2021-02-27", """Anbar / Alsumaria News
2021/02/27 10:45

A security source in Anbar province reported, today, Saturday, that [[a|an explosive device exploded on a vehicle of the army in the Al-Karma district, east of Fallujah, yesterday, Friday, which led to the injury of three soldiers]].

The source said for Alsumaria News, that "the explosive device was planted on the side of the road that connects the district with the Tharthar area", indicating that "the injured were transported to the hospital for treatment". No party adopted the operation until the moment.
""", [
    I("a", "2021-02-26", "yesterday, Friday", "Al-Karma", "Karma", "Anbar", "unknown", "unclaimed",
      "army", "ied", None, None, 3, "the injury of three soldiers"),
])

doc("M5", "M", "2024-06-26", """Baghdad: Al-Sabah
Wednesday 26 June 2024

Unidentified persons threw, on Tuesday night, [[a|a hand grenade on the house of a judge in the Al-Ghazaliya area, west of the capital Baghdad, and the damages were limited to the material]].

The Supreme Judicial Council condemned the "cowardly attack" and called on the security services to arrest the perpetrators and present them to justice quickly.
""", [
    I("a", "2024-06-25", "on Tuesday night", "Al-Ghazaliya area, west of the capital Baghdad", "Baghdad", "Baghdad",
      "unknown", None, "civilians", "other", 0, "the damages were limited to the material", 0,
      "the damages were limited to the material"),
], ext="html", title="Hand grenade on the house of a judge in Baghdad", outlet="Al-Sabah")

doc("M6", "M", "2020-04-19", """Salah al-Din / Alsumaria News
2020/04/19 12:20

A security source in Salah al-Din province reported, this morning, [[a|the martyrdom of a soldier and the wounding of another in the explosion of an explosive device on their patrol near the Al-Dour district]].

The source said in an interview with Alsumaria News, that "an explosive device, planted by the remnants of terrorist Daesh, exploded on a patrol of the army in the vicinity of the Al-Dour district, east of Tikrit, which led to the martyrdom of a soldier and the wounding of another".
""", [
    I("a", "2020-04-19", "this morning", "Al-Dour", "Dour", "Salahuddin", "ISIS", "attributed",
      "army", "ied", 1, "the martyrdom of a soldier", 1, "the wounding of another"),
])

doc("M7", "M", "2022-07-22", """The Baghdad Post
Friday, 22 July 2022

The Turkish bombing continues .. three killed in Duhok

The Turkish aircraft bombed, yesterday, Thursday, [[a|a vehicle near Sarsing, in Amedi district of Duhok governorate, which led to the killing of three persons, two of them belong to the PKK party and the third a citizen from the region]] who was driving the vehicle.

The Iraqi Foreign Ministry said it will hand a protest note to the Turkish charge d'affaires, stressing its rejection of the violations of the Iraqi sovereignty.
""", [
    I("a", "2022-07-21", "yesterday, Thursday", "Sarsing", "Amedi", "Dohuk", "Turkey", "attributed",
      "PKK+civilians", "airstrike_operation", 3, "the killing of three persons", None, None),
])

doc("M8", "M", "2022-01-13", """Basra / Alsumaria News
2022/01/13 09:30

A security source in Basra province said, today, Thursday, that [[a|a sound bomb exploded in front of the house of a member of parliament in the Al-Abbasiya area, center of Basra, at dawn today, without causing human casualties]].

The source added for Alsumaria News, that "the explosion led to material damages in the outer gate of the house and a car parked near it", pointing that "the security forces cordoned off the place and opened an investigation".
""", [
    I("a", "2022-01-13", "at dawn today", "Al-Abbasiya area, center of Basra", "Basra", "Basra", None, None,
      "civilians", "ied", 0, "without causing human casualties", 0, "without causing human casualties"),
], ext="html", title="Sound bomb in front of the house of a deputy in Basra", outlet="Alsumaria News")

doc("M9", "M", "2019-11-07", """Wasit: Al-Sabah
Thursday 07 November 2019

The Wasit Health Directorate announced [[a|the martyrdom of a demonstrator and the wounding of 9 others by live bullets near the building of the Wasit governorate in Kut, yesterday evening, Wednesday]].

The directorate said in a statement that the wounded received the necessary treatment in Al-Zahraa Teaching Hospital. The demonstrators accused the security forces of firing the live bullets to disperse them, while the police command said it had opened an investigation.
""", [
    I("a", "2019-11-06", "yesterday evening, Wednesday", "Kut", "Kut", "Wasit", "security forces", "attributed",
      "civilians", "shooting", 1, "the martyrdom of a demonstrator", 9, "the wounding of 9 others"),
])

doc("M10", "M", "2024-09-14", """The Baghdad Post
Saturday, 14 September 2024

Dhi Qar .. assassination of a lawyer in Al-Rifai

[[a|Unknown gunmen assassinated a lawyer in front of his office in the Al-Rifai district, north of Nasiriyah, today, Saturday]], and fled to an unknown destination.

A police source said that the lawyer was hit with three bullets in the head and died instantly. The Iraqi Bar Association announced a strike of one day in Dhi Qar courts, in protest against the crime.
""", [
    I("a", "2024-09-14", "today, Saturday", "Al-Rifai", "Rifai", "Dhi Qar", "unknown", None,
      "civilians", "shooting", 1, "assassinated a lawyer", None, None),
])

doc("M11", "M", "2023-01-15", """Babil / Alsumaria News
2023/01/15 11:05

A security source in Babil province announced, today, Sunday, [[a|the martyrdom of a soldier in an armed attack targeted a checkpoint of the army in the Al-Iskandariya district, north of the province]], last night.

The source said to Alsumaria News, that "unknown gunmen opened fire from a car on the checkpoint and fled", indicating that "the security forces started to search about the perpetrators".
""", [
    I("a", "2023-01-14", "last night", "Al-Iskandariya", "Iskandariya", "Babil", "unknown", None,
      "army", "shooting", 1, "the martyrdom of a soldier", None, None),
], ext="html", title="Martyrdom of a soldier in an armed attack in Babil", outlet="Alsumaria News")

doc("M12", "M", "2025-04-08", """Maysan: Al-Sabah
Tuesday 08 April 2025

Unknown gunmen [[a|assassinated, on Monday evening, a member of the Asaib Ahl al-Haq movement in the Qalat Salih district]], south of Amarah, using pistols with silencers.

The Maysan police command formed a specialized team to investigate the incident, which comes amid tension between armed factions in the province over the last months.
""", [
    I("a", "2025-04-07", "on Monday evening", "Qalat Salih", "Qalat Salih", "Maysan", "unknown", None,
      "PMU", "shooting", 1, "assassinated, on Monday evening, a member of the Asaib Ahl al-Haq movement", None, None),
])

# ============================================================ K: KRSC / Asayish / KRG statements

doc("K1", "K", "2022-05-15", """Kurdistan Region Security Council (KRSC)
Statement | 15 May 2022

At 22:30 last night, [[a|ISIS terrorists attacked a Peshmerga position near Qara Tapa, killing one Peshmerga and wounding another]]. Peshmerga forces repelled the attack.

The KRSC reiterates the urgent need to fill the security gaps in the disputed territories through coordination between Peshmerga and the Iraqi Security Forces, as ISIS continues to exploit them.

We offer our condolences to the family of the martyr and wish a speedy recovery to the injured.
""", [
    I("a", "2022-05-14", "At 22:30 last night", "Qara Tapa", "Qara Tapa", "Diyala", "ISIS", "attributed",
      "Peshmerga", "shooting", 1, "killing one Peshmerga", 1, "wounding another"),
])

doc("K2", "K", "2020-11-28", """Kurdistan Region Security Council (KRSC)
Statement | 28 November 2020

Early this morning, [[a|ISIS terrorists launched an attack on Peshmerga positions in the Qarachogh mountain area of Makhmour, killing two Peshmerga fighters]].

The Makhmour district, which lies in Nineveh province, has seen repeated ISIS activity since the withdrawal of Peshmerga in October 2017 left a security vacuum between the Peshmerga and the Iraqi army.

We call on the international coalition and the Iraqi government to work with the Peshmerga to close these gaps.
""", [
    I("a", "2020-11-28", "Early this morning", "Makhmour", "Makhmour", "Nineveh", "ISIS", "attributed",
      "Peshmerga", "shooting", 2, "killing two Peshmerga fighters", None, None),
])

doc("K3", "K", "2022-07-09", """Duhok Asayish Directorate
Press release, 09/07/2022

At 21:40 on Friday, [[a|an explosive device placed under the car of a KDP official exploded in the Nizarke quarter of Duhok city, injuring him]] in the legs. He was taken to Azadi Hospital and his condition is stable.

Our teams have started investigations and will announce the results to the public. We call on citizens to report any suspicious object.
""", [
    I("a", "2022-07-08", "At 21:40 on Friday", "Duhok city", "Duhok", "Dohuk", None, None,
      "civilians", "ied", None, None, 1, "injuring him"),
])

doc("K4", "K", "2022-07-19", """Kani Masi Sub-district Administration
Statement, 19 July 2022

Around 10:00 this morning, [[a|Turkish artillery shells fell on the outskirts of Kani Masi, wounding two civilians]] who were collecting fruit in their orchards. They were transferred to Amedi hospital.

We call on the parties to the conflict to keep the fighting away from the villages and the population, who are paying the price of this war with their livelihoods.
""", [
    I("a", "2022-07-19", "Around 10:00 this morning", "Kani Masi", "Kani Masi", "Dohuk", "Turkey", "attributed",
      "civilians", "mortar_rocket", None, None, 2, "wounding two civilians"),
])

doc("K5", "K", "2024-01-10", """Kurdistan Region Counter-Terrorism Department (CTD)
Statement | 10/01/2024

At 20:15 on Wednesday evening, [[a|a drone loaded with explosives was shot down near Erbil International Airport before reaching its target. There were no casualties or damage]].

No group has claimed responsibility. Erbil International Airport houses international coalition forces.
""", [
    I("a", "2024-01-10", "At 20:15 on Wednesday evening", "Erbil International Airport", "Erbil", "Erbil",
      "unknown", "unclaimed", "US forces", "other", 0, "There were no casualties or damage", 0,
      "There were no casualties or damage"),
])

doc("K6", "K", "2021-03-10", """Raparin Asayish Directorate
Statement, 10-03-2021

On Tuesday night, [[a|an explosive device exploded at the door of a political party office in Ranya, injuring the office guard]].

Asayish forces arrived at the scene and started an investigation. We will not allow anyone to disturb the security and stability of the Raparin administration.
""", [
    I("a", "2021-03-09", "On Tuesday night", "Ranya", "Ranya", "Sulaymaniyah", None, None,
      "civilians", "ied", None, None, 1, "injuring the office guard"),
])

doc("K7", "K", "2022-09-06", """Soran Independent Administration
Statement, 6 September 2022

Today, Tuesday, at approximately 14:00, [[a|a Turkish drone struck near Mergasur, killing a shepherd]] from the village of Shirwan Mazin. We condemn this attack on civilians and call on the Turkish state to respect the lives of the citizens of the Kurdistan Region.
""", [
    I("a", "2022-09-06", "Today, Tuesday", "Mergasur", "Mergasur", "Erbil", "Turkey", "attributed",
      "civilians", "airstrike_operation", 1, "killing a shepherd", None, None),
])

doc("K8", "K", "2024-04-16", """Sulaimani Asayish Directorate
Press statement - 16.04.2024

At 01:30 this morning, [[a|unknown gunmen attacked an Asayish checkpoint at the entrance of Darbandikhan, killing one of our members]]. The attackers fled towards the mountains.

Asayish forces, with Peshmerga support, have launched a search operation. We promise the family of our martyr that the perpetrators will be found and brought to justice.
""", [
    I("a", "2024-04-16", "At 01:30 this morning", "Darbandikhan", "Darbandikhan", "Sulaymaniyah", "unknown", None,
      "security forces", "shooting", 1, "killing one of our members", None, None),
])

doc("K9", "K", "2019-08-13", """Zakho Independent Administration
Statement, 13 August 2019

On Tuesday morning, [[a|a Turkish air strike near Batifa killed one civilian and injured another]] who were working near the village of Kesta. The victims are from the sub-district of Batifa.

We call on Turkey and the PKK to keep their conflict away from the civilian areas of the Kurdistan Region.
""", [
    I("a", "2019-08-13", "On Tuesday morning", "Batifa", "Batifa", "Dohuk", "Turkey", "attributed",
      "civilians", "airstrike_operation", 1, "killed one civilian", 1, "injured another"),
])

doc("K10", "K", "2025-07-16", """Kurdistan Region Ministry of Natural Resources
Statement - 16/07/2025

At 06:20 this morning, [[a|the Tawke oil field in Zakho district was attacked by an explosive-laden drone, without any human casualties]]; production was stopped as a precaution.

This is the fourth such attack on the energy infrastructure of the Kurdistan Region this week. We call on the federal government to find the perpetrators of these terrorist attacks.
""", [
    I("a", "2025-07-16", "At 06:20 this morning", "Zakho", "Zakho", "Dohuk", None, None,
      "", "other", 0, "without any human casualties", 0, "without any human casualties"),
])

doc("K11", "K", "2019-05-08", """Sulaimani Asayish Directorate
Statement, 08.05.2019

On Tuesday evening, [[a|a sticky bomb exploded in the car of a Gorran official on Salim Street in Sulaimani, injuring him lightly]]. He was treated at the emergency hospital and discharged.

The Asayish arrested a suspect this morning. Investigations are continuing to uncover the motives and anyone else involved, and the results will be announced to the public.
""", [
    I("a", "2019-05-07", "On Tuesday evening", "Sulaimani", "Sulaymaniyah", "Sulaymaniyah", None, None,
      "civilians", "ied", None, None, 1, "injuring him lightly"),
])

doc("K12", "K", "2023-06-20", """Koya Asayish
Statement 20/06/2023

At 09:10 on Tuesday, [[a|an explosive device planted in the car of a member of an Iranian Kurdish opposition party exploded in Koya, killing him]]. His family members who were near the car were not harmed.

Asayish forces have started investigations into the circumstances of the incident.
""", [
    I("a", "2023-06-20", "At 09:10 on Tuesday", "Koya", "Koya", "Erbil", None, None,
      "civilians", "ied", 1, "killing him", 0, "His family members who were near the car were not harmed"),
])

# ============================================================ J: JOC press conferences, health tallies

doc("J1", "J", "2022-05-25", """Diyala Health Directorate - media office
25/05/2022

Baquba Teaching Hospital received, on Tuesday evening, [[a|the body of a citizen and three wounded after an explosive device exploded near a cafe in the Al-Wajihiya subdistrict]], the directorate spokesman said.

The wounded, two of them children, are in stable condition. The spokesman called on citizens to donate blood.
""", [
    I("a", "2022-05-24", "on Tuesday evening", "Al-Wajihiya", "Wajihiya", "Diyala", None, None,
      "civilians", "ied", 1, "the body of a citizen", 3, "three wounded"),
])

doc("J2", "J", "2020-11-26", """Summary: Joint Operations Command weekly press conference, Baghdad, Thursday (Nov 26, 2020)

- JOC spokesman said [[a|two soldiers were killed on Tuesday when Daesh remnants attacked an army post near Al-Hadar]], south of Mosul. Army aviation struck the attackers' hideout afterwards.
- 37 terrorists arrested across the country during the week.
- Operation "Heroes of Iraq - 4th phase" continues in the Jazira desert between Nineveh and Anbar.
- No change to the border crossings' opening hours.
""", [
    I("a", "2020-11-24", "on Tuesday", "Al-Hadar", "Hadar", "Nineveh", "ISIS", "attributed",
      "army", "shooting", 2, "two soldiers were killed", None, None),
])

doc("J3", "J", "2023-08-31", """Kirkuk Health Directorate
31-08-2023

Kirkuk General Hospital received yesterday [[a|four wounded members of the Federal Police after an explosive device exploded on their patrol in the Al-Multaqa subdistrict]], the directorate's information office said.

Two of them underwent surgery and are in stable condition; the other two were discharged.
""", [
    I("a", "2023-08-30", "yesterday", "Al-Multaqa", "Multaqa", "Kirkuk", None, None,
      "police", "ied", None, None, 4, "four wounded members of the Federal Police"),
])

doc("J4", "J", "2021-02-16", """Summary: JOC statement read at a press briefing, Baghdad, Tuesday (Feb. 16, 2021)

The Joint Operations Command said [[a|Daesh terrorists attacked an army position near Al-Baghdadi late Monday, killing one soldier and wounding two]]. Security forces and Tribal Mobilization fighters pursued the attackers into the desert.

The spokesman also gave details of the investigation into the rocket attack on Erbil and said those responsible "will not escape punishment".
""", [
    I("a", "2021-02-15", "late Monday", "Al-Baghdadi", "Baghdadi", "Anbar", "ISIS", "attributed",
      "army", "shooting", 1, "killing one soldier", 2, "wounding two"),
])

doc("J5", "J", "2024-06-27", """Medical source - Al-Yarmouk Teaching Hospital, Baghdad
27/06/2024

A medical source at Al-Yarmouk Teaching Hospital said the hospital received on Wednesday night [[a|two wounded after the explosion of a sticky bomb under a car in Al-Amiriya, west of Baghdad]]. One of them is the car owner, an employee in the Ministry of Electricity.

The source said both are in stable condition.
""", [
    I("a", "2024-06-26", "on Wednesday night", "Al-Amiriya", "Baghdad", "Baghdad", None, None,
      "civilians", "ied", None, None, 2, "two wounded"),
])

doc("J6", "J", "2020-04-29", """Sharqat General Hospital - medical source
29/04/2020

Sharqat General Hospital received during the night of Tuesday to Wednesday [[a|the bodies of three tribal fighters and two wounded after Daesh attacked their post west of Sharqat]], a medical source said.

The source said the wounded were transferred to Tikrit Teaching Hospital because of the severity of their injuries.
""", [
    I("a", "2020-04-28", "during the night of Tuesday to Wednesday", "Sharqat", "Sharqat", "Salahuddin", "ISIS",
      "attributed", "PMU", "shooting", 3, "the bodies of three tribal fighters", 2, "two wounded"),
])

doc("J7", "J", "2022-07-13", """Duhok General Directorate of Health
Statement, 13 July 2022

Azadi Teaching Hospital received on Tuesday (July 12) [[a|three wounded civilians after Turkish shelling near Darkar, in Zakho district]]. Their injuries were not life-threatening.

The directorate's emergency teams remain on alert in the border areas.
""", [
    I("a", "2022-07-12", "on Tuesday (July 12)", "Zakho", "Zakho", "Dohuk", "Turkey", "attributed",
      "civilians", "mortar_rocket", None, None, 3, "three wounded civilians"),
])

doc("J8", "J", "2023-03-20", """Basra Health Directorate
20 March 2023

Basra Teaching Hospital received today [[a|one dead and two wounded after an explosive device targeted the car of an oil company employee in Abu al-Khasib]], the directorate said in a statement.

The dead man is the driver of the car. The wounded are the employee and a passer-by.
""", [
    I("a", "2023-03-20", "today", "Abu al-Khasib", "Abu al-Khasib", "Basra", None, None,
      "civilians", "ied", 1, "one dead", 2, "two wounded"),
])

doc("J9", "J", "2022-08-31", """Najaf Health Directorate
31/8/2022

Al-Sadr Medical City received on Wednesday [[a|the body of a guard killed in an armed attack on the office of the Sadrist movement in Al-Mishkhab]], the directorate's spokesman said. No other casualties were received.

The attack comes two days after the clashes in the Green Zone in Baghdad.
""", [
    I("a", "2022-08-31", "on Wednesday", "Al-Mishkhab", "Mishkhab", "Najaf", None, None,
      "civilians", "shooting", 1, "the body of a guard", 0, "No other casualties were received"),
])

doc("J10", "J", "2021-10-26", """Summary: JOC press conference, Baghdad, Tuesday (Oct. 26, 2021)

- The JOC spokesman confirmed that [[a|an explosive device killed a border guard and wounded two others on Monday near Badra]], on the border with Iran.
- A committee was formed to investigate the attack on the Muqdadiyah villages of Al-Rashad and Nahr al-Imam.
- 12 wanted persons arrested in Baghdad.
""", [
    I("a", "2021-10-25", "on Monday", "Badra", "Badra", "Wasit", None, None,
      "security forces", "ied", 1, "killed a border guard", 2, "wounded two others"),
])

doc("J11", "J", "2024-11-05", """Muthanna Health Directorate
5/11/2024 (d/m/y)

Al-Hussein Teaching Hospital in Samawa received today [[a|two wounded members of the oil police after unknown gunmen fired on their patrol near Al-Khidr]], the directorate said.

The two are in good condition. The oil police command said the patrol was guarding a pipeline section between Al-Khidr and Al-Rumaitha when it came under fire from a passing car.
""", [
    I("a", "2024-11-05", "today", "Al-Khidr", "Khidr", "Muthanna", "unknown", None,
      "police", "shooting", None, None, 2, "two wounded members of the oil police"),
])

doc("J12", "J", "2023-06-21", """Karbala Health Directorate
21 June 2023

Al-Hussein Teaching Hospital received yesterday [[a|five wounded, including two policemen, after a hand grenade was thrown at a checkpoint in the Al-Hurr district]], the directorate said.

All the wounded are in stable condition. The Karbala police command said it had opened an investigation; no arrests have been announced.
""", [
    I("a", "2023-06-20", "yesterday", "Al-Hurr", "Hurr", "Karbala", None, None,
      "police+civilians", "other", None, None, 5, "five wounded, including two policemen"),
])
