import sys
sys.dont_write_bytecode = True
from common import I, D

DOCS = []

# ---------------- C: translated Arabic press ----------------
DOCS.append(D("C", "txt", "2020-09-27", """Baghdad Today | Sunday, 27 September 2020 (translated)
Civilian killed, another wounded in explosive blast in Diyala

Diyala - Baghdad Today
[[a|A security source in Diyala province said on Sunday that a civilian was killed and another wounded when an explosive device went off on Saturday evening in the orchards of the Abu Saida subdistrict, northeast of Baquba.]]

The source told Baghdad Today that the two men were farmers working in their orchard, and that the device had been planted by ISIS remnants at the edge of the farm.

The wounded man was taken to Baquba General Hospital, the source added.

Abu Saida has witnessed a series of security incidents in recent months, which residents attribute to cells exploiting the area's dense orchards.
""", [I("a", "2020-09-26", "day", "on Saturday evening", "Abu Saida subdistrict", "Abu Saida", "Diyala", "ISIS", "civilians", "IED", 1, 1, "a civilian was killed", "another wounded")]))

DOCS.append(D("C", "txt", "2026-02-01", """Al-Sumaria News - 1/2/2026 (translated)
Grenade attack on a house in Amara

Maysan - Al-Sumaria News
[[a|Unknown assailants threw a hand grenade at a house in the Al-Hussein neighbourhood of Amara at dawn on Saturday, without causing human losses, a police source said.]]

The source said the explosion damaged the outer wall of the house and a car parked in front of it, and that the family inside was unharmed.

He added that a police force has opened an investigation to identify the perpetrators, and that the incident is believed to be linked to a tribal dispute.

Maysan has seen a rise in grenade attacks on homes in recent years, often linked to tribal conflicts or debts.
""", [I("a", "2026-01-31", "day", "at dawn on Saturday", "the Al-Hussein neighbourhood of Amara", "Amara", "Maysan", "unknown", "civilians", "grenade", 0, 0, "without causing human losses", "without causing human losses")]))

DOCS.append(D("C", "txt", "2020-08-13", """Al-Mada newspaper, Thursday 13 August 2020 (translated)
Gunmen open fire on oil company employees in Basra

[[a|Gunmen riding a motorcycle opened fire on Wednesday night on a car carrying two employees of the Basra Oil Company in the Hayyaniya area of Basra, killing one of them and wounding the other.]]

A source in Basra police told Al-Mada that the attackers fled toward the city's outskirts and that the motive remains unknown.

The wounded employee was taken to the Basra Teaching Hospital, and his condition is described as stable.

The incident comes amid a wave of shootings and assassinations in the city, which activists and residents say the authorities have failed to stop.

The governor of Basra called on the security services to "reveal the perpetrators as soon as possible".
""", [I("a", "2020-08-12", "day", "on Wednesday night", "the Hayyaniya area of Basra", "Basra", "Basra", "unknown", "civilians", "armed assault", 1, 1, "killing one of them", "wounding the other")]))

DOCS.append(D("C", "txt", "2026-03-26", """Al-Sabah - Thursday, 26 March 2026 (translated)
Daesh abducts three truffle gatherers in Anbar desert

Anbar - Al-Sabah
[[a|Daesh terrorist gangs abducted three citizens who were gathering truffles in the desert west of Al-Rutba district on Tuesday, a source in the Anbar Operations Command said.]]

The source explained that the security forces, backed by the Tribal Mobilization, launched a search operation in the area, and that the fate of the abductees remains unknown.

The Anbar Operations Command had warned citizens last month against going deep into the desert during the truffle season, after similar incidents in previous years.

The source stressed that the search operations will continue until the abductees are freed.
""", [I("a", "2026-03-24", "day", "on Tuesday", "Al-Rutba district", "Rutba", "Anbar", "ISIS", "civilians", "kidnapping", None, None, None, None)]))

DOCS.append(D("C", "txt", "2021-03-10", """Shafaq News (Arabic service) - Wednesday, 10 March 2021 (translated)
Officer and soldier wounded in explosion west of Kirkuk

Kirkuk - Shafaq News
[[a|An army officer and a soldier were wounded on Monday when an explosive device went off on their patrol in the Zab subdistrict of Hawija district, west of Kirkuk.]]

A security source told the agency that the device was planted by remnants of Daesh on a dirt road used by army patrols between the villages of the area.

The two wounded men were taken to a military hospital, the source said, without giving further details.

The army launched a search operation in the surrounding villages after the explosion.
""", [I("a", "2021-03-08", "day", "on Monday", "the Zab subdistrict", "Hawija", "Kirkuk", "ISIS", "army", "IED", None, 2, None, "An army officer and a soldier were wounded")]))

DOCS.append(D("C", "txt", "2022-03-13", """Alsumaria News - 13/3/2022 (translated)
Explosive device targets a shop in Karrada, central Baghdad

Baghdad - Alsumaria News
[[a|A security source said that an explosive device exploded on Saturday evening near a liquor store in the Karrada district of central Baghdad, causing damage to the shop and no casualties.]]

The source added that the device had been placed in front of the shop's door, and that the explosion also broke the windows of neighbouring buildings.

Security forces closed the street for several hours while explosives experts examined the site.

Liquor stores in Baghdad have been targeted with similar devices several times over the past two years, mostly at night and without casualties.
""", [I("a", "2022-03-12", "day", "on Saturday evening", "the Karrada district", "Baghdad", "Baghdad", None, "property", "IED", 0, 0, "no casualties", "no casualties")]))

DOCS.append(D("C", "txt", "2021-07-17", """Baghdad Today | Saturday, 17 July 2021 (translated)
Driver injured as explosive device targets coalition convoy in Diwaniyah

Diwaniyah - Baghdad Today
[[a|An explosive device targeted a convoy transporting equipment for the international coalition on the international highway in the Al-Daghara area of Diwaniyah governorate on Friday, lightly injuring one of the drivers.]]

A security source said the explosion damaged one of the convoy's trucks, and that the injured driver received treatment at the scene.

The source noted that this is the third attack of its kind on the same road this month.

No party has claimed responsibility for the attack.
""", [I("a", "2021-07-16", "day", "on Friday", "the Al-Daghara area", "Daghara", "Qadisiyah", None, "US-led coalition", "IED", None, 1, None, "lightly injuring one of the drivers")]))

DOCS.append(D("C", "txt", "2019-12-19", """Al-Sabah - Thursday, 19 December 2019 (translated)
Three killed in traffic accident on Najaf-Karbala road

Karbala - Al-Sabah
Three people were killed and five others injured on Wednesday when a minibus collided with a truck on the road between Najaf and Karbala, the Karbala Health Directorate said.

The directorate said in a statement that the injured were taken to Al-Hussein Teaching Hospital, and that two of them were in critical condition.

The traffic police attributed the accident to speeding and poor visibility due to fog in the early morning hours.

The Najaf-Karbala road witnesses heavy traffic, especially during religious occasions.
"""))

DOCS.append(D("C", "txt", "2023-03-05", """Al-Sumaria News - Sunday 5/3/2023 (translated)
Two soldiers killed in Daesh attack northwest of Mosul

Nineveh - Al-Sumaria News
[[a|Two army soldiers were killed in an attack by Daesh remnants on a military post in the Badush area, northwest of Mosul, on Friday night, a security source said.]]

The source explained that the attackers used light and medium weapons and withdrew into the rugged terrain surrounding the post, and that army reinforcements were sent to the site.

The Nineveh Operations Command announced the launch of a search operation in the area to pursue the attackers.

Badush lies on the road linking Mosul to Tal Afar and has witnessed several similar attacks since the liberation of the province.
""", [I("a", "2023-03-03", "day", "on Friday night", "the Badush area", "Mosul", "Nineveh", "ISIS", "army", "armed assault", 2, None, "Two army soldiers were killed", None)]))

DOCS.append(D("C", "txt", "2022-07-11", """Baghdad Today | Monday, 11 July 2022 (translated)
Unknown persons set fire to a party headquarters in Najaf

Najaf - Baghdad Today
[[a|Unknown persons set fire to the headquarters of a political party in the centre of Najaf on Sunday evening, coinciding with the Eid al-Adha holiday, causing material damage and no casualties.]]

A security source said that the attackers threw flammable material at the building's entrance before fleeing, and that civil defence teams put out the fire within half an hour.

The source added that the police had opened an investigation and were examining surveillance camera footage from the area.

Party offices in several southern governorates were burned during the 2019 protests.
""", [I("a", "2022-07-10", "day", "on Sunday evening", "Najaf", "Najaf", "Najaf", "unknown", "political party", "arson", 0, 0, "no casualties", "no casualties")]))

# ---------------- D: official statements ----------------
DOCS.append(D("D", "txt", "2025-10-15", """Security Media Cell
Statement
15/10/2025

Based on accurate intelligence information, an explosives engineering team of the Baghdad Operations Command found three improvised explosive devices planted in an orchard in the Al-Tarmiyah district on Tuesday and dealt with them without incident.

The devices, which were old, were dismantled by specialised teams in accordance with the approved procedures.

The Security Media Cell calls on citizens to report any suspicious object to the nearest security point.
"""))

DOCS.append(D("D", "txt", "2026-08-28", """Joint Operations Command - Security Media Cell
Statement
Friday, 28 August 2026

[[a|At 20:30 on Thursday evening, terrorist Daesh gangs attacked a Federal Police post in the Al-Tarmiyah district north of Baghdad, resulting in the martyrdom of two members and the wounding of another.]]

Our forces responded to the source of fire, and the attackers fled toward the orchards adjoining the post.

A joint force of the Federal Police and the Baghdad Operations Command began a search and inspection operation in the area to pursue the terrorist elements.

We affirm that such desperate attempts will not affect the resolve of our heroic forces.
""", [I("a", "2026-08-27", "day", "on Thursday evening", "the Al-Tarmiyah district", "Tarmiyah", "Baghdad", "ISIS", "police", "armed assault", 2, 1, "the martyrdom of two members", "the wounding of another")]))

DOCS.append(D("D", "txt", "2025-06-22", """Kurdistan Region Security Council (KRSC)
Statement
22 June 2025

[[a|At 21:40 on Saturday, 21 June 2025, two drones loaded with explosives targeted the vicinity of Erbil International Airport.]]

One of the drones was shot down by the air defence system of the international coalition, and the second fell in an empty area near the airport fence.

No casualties or damage were reported.

The KRSC condemns this cowardly attack, which targets the security and stability of the Kurdistan Region, and calls on the federal government to identify those behind it and hold them accountable.
""", [I("a", "2025-06-21", "day", "Saturday, 21 June 2025", "Erbil International Airport", "Erbil", "Erbil", None, "infrastructure", "drone strike", 0, 0, "No casualties or damage were reported", "No casualties or damage were reported")]))

DOCS.append(D("D", "txt", "2021-06-17", """Popular Mobilization Commission - Media Directorate
Thursday, 17 June 2021

[[a|A cowardly attack by Daesh remnants on a post of the Popular Mobilization Forces in the Al-Ishaqi area of Balad district yesterday evening, Wednesday, resulted in the martyrdom of one fighter and the injury of two others.]]

The fighters repelled the attack and forced the attackers to flee, and a search operation was launched in the orchards surrounding the area in coordination with the army.

The Commission extends its condolences to the family of the martyr and wishes a speedy recovery to the wounded.

We will remain the shield that protects Iraq and its people.
""", [I("a", "2021-06-16", "day", "yesterday evening, Wednesday", "the Al-Ishaqi area", "Balad", "Salahuddin", "ISIS", "PMF", "armed assault", 1, 2, "the martyrdom of one fighter", "the injury of two others")]))

DOCS.append(D("D", "txt", "2022-10-24", """Ministry of Interior - Diyala Police Command
Press statement, 24 October 2022

[[a|On Sunday evening, October 23, an improvised explosive device exploded on a vehicle of the Emergency Police regiment on the road between Jalawla and Qara Tapa, wounding three members of the force.]]

The wounded were evacuated to Khanaqin Hospital and their injuries are not life-threatening.

Diyala Police Command confirms that its units, in cooperation with the army and the Popular Mobilization, have begun a search operation in the area, and calls on citizens to cooperate with the security services.

The command will spare no effort to pursue the terrorist remnants.
""", [I("a", "2022-10-23", "day", "On Sunday evening, October 23", "the road between Jalawla and Qara Tapa", "Jalawla", "Diyala", None, "police", "IED", None, 3, None, "wounding three members of the force")]))

DOCS.append(D("D", "txt", "2020-07-17", """Ministry of Peshmerga Affairs
Statement
Friday 17/07/2020

[[a|On Thursday night, ISIS terrorists attacked Peshmerga positions on Qarachogh mountain in the Makhmour area, martyring two Peshmerga and wounding one.]]

The Peshmerga forces responded to the attack and forced the terrorists to retreat towards the areas beyond the security gap, inflicting losses on them.

The Ministry of Peshmerga Affairs renews its call for the establishment of a joint coordination mechanism with the Iraqi army to close the gaps exploited by the terrorists.

We offer our condolences to the families of the martyrs.
""", [I("a", "2020-07-16", "day", "On Thursday night", "Qarachogh mountain", "Makhmour", "Erbil", "ISIS", "Peshmerga", "armed assault", 2, 1, "martyring two Peshmerga", "wounding one")]))

DOCS.append(D("D", "txt", "2021-12-02", """Security Media Cell
2 December 2021

[[a|At 08:30 on Wednesday, an improvised explosive device exploded on an army vehicle while it was carrying out a patrol in the Al-Karma subdistrict of Fallujah district, Anbar, wounding two soldiers.]]

The wounded were taken to hospital to receive treatment.

Security forces cordoned off the area and began a search to pursue those responsible.

The Security Media Cell affirms that the security forces will pursue the remnants of terrorism wherever they are.
""", [I("a", "2021-12-01", "day", "on Wednesday", "the Al-Karma subdistrict", "Fallujah", "Anbar", None, "army", "IED", None, 2, None, "wounding two soldiers")]))

DOCS.append(D("D", "txt", "2019-10-04", """Joint Operations Command
Statement
4 October 2019

[[a|Federal Police forces repelled an attack by Daesh terrorist elements on one of their posts in the Wadi al-Shay area south of Kirkuk on Thursday evening, killing two of the attackers, while one policeman was martyred.]]

The bodies of the two terrorists were recovered, along with their weapons and an explosive belt.

Our forces continue their operations to pursue the remnants of terrorist gangs in the valleys and rugged areas of Kirkuk province.
""", [I("a", "2019-10-03", "day", "on Thursday evening", "the Wadi al-Shay area", "Kirkuk", "Kirkuk", "ISIS", "police", "armed assault", 1, None, "one policeman was martyred", None)]))

DOCS.append(D("D", "txt", "2019-11-06", """Nineveh Operations Command
Statement
6/11/2019

[[a|At 22:00 on Monday 4/11/2019, Daesh terrorist remnants assassinated the mukhtar of Imam Gharbi village in the Qayyarah subdistrict, south of Mosul.]]

The terrorists stormed the mukhtar's house and shot him before fleeing.

Our forces have begun a wide search operation in the villages surrounding the area, and an investigative committee has been formed.

The command calls on the citizens of the area to report any suspicious movement.
""", [I("a", "2019-11-04", "day", "Monday 4/11/2019", "Imam Gharbi village", "Qayyarah", "Nineveh", "ISIS", "officials", "assassination", 1, None, "assassinated the mukhtar", None)]))

DOCS.append(D("D", "txt", "2019-05-23", """Duhok Asayish Directorate
Statement
23 May 2019

[[a|On Wednesday afternoon, PKK gunmen abducted two employees of a construction company working on a road project near the village of Kani Masi in Amedi district.]]

The two men, both residents of Duhok, were taken towards the mountains near the border, and their families have received no news of them.

The Asayish directorate condemns this act and calls on the PKK to release the two employees immediately and to stop interfering in the lives of the region's citizens.

Efforts are under way, in coordination with local dignitaries, to secure their release.
""", [I("a", "2019-05-22", "day", "On Wednesday afternoon", "the village of Kani Masi", "Amedi", "Dohuk", "PKK", "civilians", "kidnapping", None, None, None, None)]))
