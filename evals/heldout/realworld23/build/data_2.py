"""realworld23 data, part 2: styles T (translated Arabic press), K (Kurdish-region outlets in English),
N (reports without casualty figures), R (multi-incident round-ups)."""
from s23 import R, D

# ============================================================== T: translated Arabic press
D("T", "2021-07-13", """Shafaq News / 13-07-2021 (translated)

Shafaq News / A security source in Diyala governorate said today, Tuesday, that [[a|an explosive device exploded targeting a vehicle belonging to the Popular Mobilization (Hashd) in the Al-Abbara area, northeast of Baqubah, wounding two fighters.]]
The source added to Shafaq News Agency that the wounded were transferred to Baqubah General Hospital, and that security forces cordoned off the area and began searching for the perpetrators. The area witnesses from time to time attacks by Daesh remnants.""",
  R("a", "2021-07-13", "today, Tuesday", "Al-Abbara", "Diyala", "", "PMU", "ied", None, None, 2, "wounding two fighters", canon="Abbara"))

D("T", "2023-08-07", """Iraqi News Agency (INA) - Kirkuk - 07/08/2023 (translated)

The Security Media Cell announced that [[a|a soldier was martyred and another was wounded yesterday, Sunday, in a terrorist attack by Daesh gangs on a security point in the Wadi al-Shay area, south of Kirkuk.]]
The Cell said in a statement received by INA that the security forces responded to the source of fire and that the aviation of the army is pursuing the terrorist elements.""",
  R("a", "2023-08-06", "yesterday, Sunday", "Wadi al-Shay", "Kirkuk", "ISIS", "army", "shooting", 1, "a soldier was martyred", 1, "another was wounded", canon="Hawija"))

D("T", "2020-04-28", """Alsumaria News | 28 April 2020 (translated)

A source in the Popular Mobilization Forces in Salah al-Din announced on Tuesday that [[a|two fighters of the Hashd were martyred and three others were injured in a Daesh attack on their position in the Mkeishifa area, south of Tikrit, on Monday evening.]]
The source said that the attackers used sniper rifles and RPG-7 launchers, and that reinforcements arrived at the place. Mkeishifa lies on the road between Samarra and Tikrit.""",
  R("a", "2020-04-27", "on Monday evening", "Mkeishifa", "Salahuddin", "ISIS", "PMU", "shooting", 2, "two fighters of the Hashd were martyred", 3, "three others were injured"))

D("T", "2024-09-20", """Baghdad Today - Baghdad - 20/9/2024 (translated)

A security source reported that [[a|a sound bomb exploded yesterday, Thursday, in front of a shop selling alcoholic drinks in the Karrada district, in the centre of the capital Baghdad,]] without causing human losses.
The source told Baghdad Today that the explosion caused material damage to the shop front and two parked cars, and that a force from the Baghdad Operations Command opened an investigation. It is the second attack of its kind in the district this month.""",
  R("a", "2024-09-19", "yesterday, Thursday", "Karrada", "Baghdad", "", "", "ied", 0, "without causing human losses", 0, "without causing human losses", canon="Baghdad"))

D("T", "2022-11-21", """Shafaq News / 21-11-2022 (translated)

Shafaq News / A local source in Nineveh governorate said that [[a|Daesh elements kidnapped two shepherds at dawn yesterday, Sunday, in the Al-Hadar desert, south of Mosul,]] and took them to an unknown destination along with their sheep.
The source added that the families of the kidnapped men have not received any demands, and that a security force began combing the desert valleys in the area.""",
  R("a", "2022-11-20", "at dawn yesterday, Sunday", "Al-Hadar", "Nineveh", "ISIS", "civilians", "kidnapping", canon="Hatra"))

D("T", "2019-08-25", """INA - Anbar - 25/08/2019 (translated)

A security source in Anbar said that [[a|an explosive device exploded yesterday evening, Saturday, on an army vehicle in the Al-Karma district, east of Fallujah, injuring two soldiers.]]
The source told the Iraqi News Agency that the wounded were transferred to the hospital for treatment and that the device had been planted on a side road. No party has claimed responsibility so far.""",
  R("a", "2019-08-24", "yesterday evening, Saturday", "Al-Karma", "Anbar", "unknown:unclaimed", "army", "ied", None, None, 2, "injuring two soldiers", canon="Karma"))

D("T", "2025-07-01", """Alsumaria News | 01/07/2025 (translated)

A security source in Dhi Qar said that [[a|unknown gunmen threw a hand grenade at dawn today at the house of a member of the local council in the Suq al-Shuyukh district,]] without causing casualties.
The source added that the grenade exploded in the garden of the house and caused material damage, and that the police have begun investigating. The council member is known for his positions against corruption in municipal projects.""",
  R("a", "2025-07-01", "at dawn today", "Suq al-Shuyukh", "Dhi Qar", "unknown", "civilians", "other", 0, "without causing casualties", 0, "without causing casualties"))

D("T", "2024-03-27", """Al-Mada | Wasit | 27 March 2024 (translated)

The Civil Defence Directorate in Wasit announced today, Wednesday, that its teams extinguished a large fire that broke out in a clothing market in the centre of the city of Al-Kut, without any human losses.
The directorate said in a statement that the initial investigation indicated that the cause of the fire was an electrical short circuit, and ruled out any criminal act. Dozens of shops were damaged.""", noise=True)

D("T", "2021-12-03", """Shafaq News / 03-12-2021 (translated)

Shafaq News / [[a|Two citizens were martyred and three others were wounded on Thursday evening in an attack by Daesh elements on the village of Al-Hawasha, near Al-Muqdadiya district, in Diyala governorate,]] a security source said on Friday.
The source explained that the attackers fired from a nearby orchard and fled towards the Hamrin mountains, and that security forces and the Hashd reinforced their presence in the village.""",
  R("a", "2021-12-02", "on Thursday evening", "Al-Hawasha", "Diyala", "ISIS", "civilians", "shooting", 2, "Two citizens were martyred", 3, "three others were wounded", canon="Muqdadiyah"))

D("T", "2026-10-14", """Al-Mada | Babil | 14/10/2026 (translated)

A police source in Babil said that [[a|an explosive device exploded yesterday, Tuesday, near the house of a tribal sheikh in the Al-Musayyib district, north of Hilla,]] without causing human losses.
The source explained that the explosion damaged the outer wall of the house and a car, and indicated that the incident may be linked to a tribal conflict in the area. The investigation is continuing.""",
  R("a", "2026-10-13", "yesterday, Tuesday", "Al-Musayyib", "Babil", "", "civilians", "ied", 0, "without causing human losses", 0, "without causing human losses", canon="Musayyib"))

D("T", "2022-05-18", """INA - Salah al-Din - 18/05/2022 (translated)

A security source in Salah al-Din said that [[a|a fighter of the Popular Mobilization was martyred the day before yesterday, Monday, in an attack by Daesh remnants on a Hashd position in Tuz Khurmatu district.]]
The source told the Iraqi News Agency that the attack was repelled and that the terrorists fled towards the Hamrin basin. Security forces launched a search operation in the area on Tuesday.""",
  R("a", "2022-05-16", "the day before yesterday, Monday", "Tuz Khurmatu", "Salahuddin", "ISIS", "PMU", "shooting", 1, "a fighter of the Popular Mobilization was martyred", None, None))

D("T", "2019-11-20", """Shafaq News / 20-11-2019 (translated)

Shafaq News / [[a|Unknown gunmen assassinated a civil activist on Tuesday night in the Al-Shaab area, north of Baghdad,]] a police source said.
The source explained that the gunmen, who were riding a motorcycle, opened fire on the activist in front of his house and fled. The activist had taken part in the demonstrations in Tahrir Square. He died of his wounds on the way to hospital.""",
  R("a", "2019-11-19", "on Tuesday night", "Al-Shaab", "Baghdad", "unknown", "civilians", "shooting", 1, "He died of his wounds", None, None, canon="Baghdad"))

D("T", "2024-10-31", """Baghdad Today - Wasit - 31/10/2024 (translated)

A security source said that [[a|unknown gunmen opened fire on Wednesday evening on a police patrol in the Al-Hay district, south of Kut, wounding a member of the patrol.]]
The source told Baghdad Today that the wounded policeman was taken to Al-Hay General Hospital and that his condition is stable. The gunmen fled in a car without plates.""",
  R("a", "2024-10-30", "on Wednesday evening", "Al-Hay", "Wasit", "unknown", "police", "shooting", None, None, 1, "wounding a member of the patrol", canon="Hay"))

# ============================================================== K: Kurdish-region outlets in English
D("K", "2025-07-02", """Turkish bombardment sets fire to orchards in Duhok's Amedi district
Rudaw | 02-07-2025

ERBIL, Kurdistan Region - [[a|Turkish artillery bombarded the outskirts of the village of Deraluk in Amedi district on Tuesday, setting fire to vineyards and orchards,]] the village's mukhtar told Rudaw English. No casualties were reported.
"Every summer our orchards burn," he said, adding that dozens of families have left villages in the area in recent years. Turkey has intensified its operations against Kurdistan Workers' Party (PKK) positions in Duhok province since April.""",
  R("a", "2025-07-01", "on Tuesday", "Deraluk", "Dohuk", "Turkey", "", "mortar_rocket", 0, "No casualties were reported", 0, "No casualties were reported"))

D("K", "2022-12-19", """Turkish drone strike kills one near Qaladze: local officials
Kurdistan24 | December 19, 2022

SULAIMANI (Kurdistan24) - [[a|A Turkish drone struck a vehicle on the road between Qaladze and Sangasar on Sunday, killing one person,]] local officials in Pishdar told Kurdistan24.
The mayor of Qaladze said the victim was believed to be a PKK member. The Turkish defense ministry did not comment on the strike. Qaladze has been targeted several times this year.""",
  R("a", "2022-12-18", "on Sunday", "Qaladze", "Sulaymaniyah", "Turkey", "PKK", "airstrike_operation", 1, "killing one person", None, None))

D("K", "2026-07-01", """Two killed in Turkish drone strike near Sidakan
The New Region | 1 July 2026

ERBIL - [[a|Two people were killed when a Turkish drone targeted their car near Sidakan, in the Soran administration, on Tuesday,]] the subdistrict's director told The New Region.
He said the victims were PKK members and that no civilians were hurt. Turkish strikes in the border areas of Sidakan and Bradost have displaced dozens of families.""",
  R("a", "2026-06-30", "on Tuesday", "Sidakan", "Erbil", "Turkey", "PKK", "airstrike_operation", 2, "Two people were killed", 0, "no civilians were hurt", canon="Soran"))

D("K", "2023-07-23", """Two Turkish soldiers killed in PKK attack in Hakkari
Rudaw | 23-07-2023

ERBIL, Kurdistan Region - [[a|Two Turkish soldiers were killed in a PKK attack on a military outpost in Hakkari province's Semdinli district on Saturday,]] Turkey's defence ministry announced.
The ministry said Turkish forces "neutralised" several militants in retaliation in the Kurdistan Region's border areas, without giving details.""",
  R("a", "2023-07-22", "on Saturday", "Semdinli", "", "PKK", "Turkey", "shooting", 2, "Two Turkish soldiers were killed", None, None, country="Turkey"), country="Turkey")

D("K", "2023-01-10", """IS gunmen kill farmer in Kakai village near Daquq
Kirkuk Now | 10.01.2023

KIRKUK - [[a|Islamic State (IS) gunmen attacked the Kakai village of Ali Saray in Daquq district on Monday, killing a farmer and wounding his son,]] a community leader told Kirkuk Now.
The village lies in the security gap between the Iraqi army and the Kurdistan Region's Peshmerga forces, where residents have long complained of IS night raids.""",
  R("a", "2023-01-09", "on Monday", "Ali Saray", "Kirkuk", "ISIS", "civilians", "shooting", 1, "killing a farmer", 1, "wounding his son", canon="Daquq"))

D("K", "2025-10-03", """Turkish jets strike mountains near Sarsing
Kurdistan24 | October 3, 2025

DUHOK (Kurdistan24) - [[a|Turkish warplanes carried out several airstrikes on mountainous areas near the resort town of Sarsing in Amedi district on Thursday,]] the Amedi mayor told Kurdistan24. No casualties were reported, but the strikes caused fires in the forests.
The Turkish defense ministry said its jets had "destroyed caves and shelters used by the PKK terrorist organisation".""",
  R("a", "2025-10-02", "on Thursday", "Sarsing", "Dohuk", "Turkey", "PKK", "airstrike_operation", 0, "No casualties were reported", 0, "No casualties were reported"))

D("K", "2021-02-15", """Peshmerga fighter killed in PKK attack near Amedi: ministry
Rudaw | 15/02/2021

ERBIL, Kurdistan Region - [[a|A Peshmerga fighter was killed and two others were wounded when PKK fighters attacked a Peshmerga position near Amedi on Sunday,]] the Ministry of Peshmerga Affairs said in a statement.
The ministry called the attack "a violation of the Kurdistan Region's sovereignty". The PKK did not comment. Tension between the two sides has risen since Peshmerga forces deployed along the border last year.""",
  R("a", "2021-02-14", "on Sunday", "Amedi", "Dohuk", "PKK", "Peshmerga", "shooting", 1, "A Peshmerga fighter was killed", 2, "two others were wounded"))

D("K", "2024-03-27", """Two Peshmerga killed in IS attack near Makhmour
Basnews | 27 March 2024

ERBIL - [[a|Two Peshmerga fighters were killed and three wounded in an attack by Islamic State militants on a Peshmerga position at Qarachogh mountain near Makhmour on Tuesday,]] the Peshmerga ministry said.
The ministry said the attackers came from the Iraqi army-controlled side of the mountain and called for closer coordination between the two forces.""",
  R("a", "2024-03-26", "on Tuesday", "Makhmour", "Erbil", "ISIS", "Peshmerga", "shooting", 2, "Two Peshmerga fighters were killed", 3, "three wounded"))

D("K", "2026-11-21", """Two shepherds wounded in Turkish drone strike in Bradost
Rudaw | 21-11-2026

ERBIL, Kurdistan Region - [[a|A Turkish drone struck near a group of shepherds in the Bradost area of Soran on Friday, wounding two of them,]] the mayor of Sidakan told Rudaw English. There were no deaths.
The mayor said the shepherds were civilians from a nearby village and had no links to any armed group. Turkey has not commented.""",
  R("a", "2026-11-20", "on Friday", "Bradost", "Erbil", "Turkey", "civilians", "airstrike_operation", 0, "There were no deaths", 2, "wounding two of them", canon="Soran"))

D("K", "2022-05-18", """YBS commander killed in Turkish drone strike in Shingal
Kurdistan24 | May 18, 2022

DUHOK (Kurdistan24) - [[a|A Turkish drone strike on Tuesday hit a vehicle in Shingal (Sinjar) town, killing a commander of the Sinjar Resistance Units (YBS) and his driver,]] local sources said.
The YBS is affiliated with the PKK. Ankara has repeatedly struck the group's members in Shingal, a Yazidi district of Nineveh province.""",
  R("a", "2022-05-17", "on Tuesday", "Shingal", "Nineveh", "Turkey", "PKK", "airstrike_operation", 2, "killing a commander of the Sinjar Resistance Units (YBS) and his driver", None, None, canon="Sinjar"))

D("K", "2019-07-17", """Farmer wounded as Turkish shelling hits villages near Sheladze
Rudaw | 17-07-2019

DUHOK, Kurdistan Region - [[a|Turkish artillery shelled villages near Sheladze in Amedi district on Tuesday, wounding a farmer,]] local officials told Rudaw English. The shells also burned several hectares of orchards.
Residents protested in Sheladze, demanding that both Turkey and the PKK keep their conflict away from civilian areas.""",
  R("a", "2019-07-16", "on Tuesday", "Sheladze", "Dohuk", "Turkey", "civilians", "mortar_rocket", None, None, 1, "wounding a farmer"))

D("K", "2024-12-11", """Bomb damages car of party official in Sulaimani
Kurdistan Chronicle | 11/12/2024

SULAIMANI - [[a|A bomb planted under the car of a local party official exploded in the Bakrajo neighbourhood of Sulaimani on Tuesday night,]] Sulaimani Asayish said. The official was not in the car and nobody was hurt.
Asayish said an investigation had been opened. No group claimed responsibility.""",
  R("a", "2024-12-10", "on Tuesday night", "Bakrajo", "Sulaymaniyah", "unknown:unclaimed", "civilians", "ied", 0, "nobody was hurt", 0, "nobody was hurt", canon="Sulaymaniyah"))

D("K", "2020-06-09", """Turkish airstrikes hit Haftanin area, no casualties reported
Kurdistan24 | June 9, 2020

DUHOK (Kurdistan24) - [[a|Turkish warplanes struck several points in the Haftanin area of Zakho district on Monday,]] local officials told Kurdistan24, adding that no casualties had been reported.
The Turkish defense ministry said the strikes hit PKK hideouts. Villagers in the area said they heard more than ten explosions.""",
  R("a", "2020-06-08", "on Monday", "Haftanin", "Dohuk", "Turkey", "PKK", "airstrike_operation", 0, "no casualties had been reported", 0, "no casualties had been reported", canon="Zakho"))

# ============================================================== N: reports without casualty figures
D("N", "2024-05-24", """Contractor abducted in Tarmiyah
Baghdad, 24 May 2024 - Iraqi security sources

[[a|Gunmen in two vehicles abducted a construction contractor from his farm in the Tarmiyah district, north of Baghdad, on Thursday,]] police sources said. The kidnappers took him to an unknown location.
The contractor had been working on a government road project in the district. Police set up checkpoints on the roads leading out of Tarmiyah. The sources gave no information on a ransom demand and no group has claimed the kidnapping.""",
  R("a", "2024-05-23", "on Thursday", "Tarmiyah", "Baghdad", "unknown:unclaimed", "civilians", "kidnapping"))

D("N", "2023-06-13", """Explosive device found and defused on Kirkuk-Baghdad road
Kirkuk, 13/06/2023

Army engineers found an explosive device planted at the side of the Kirkuk-Baghdad road near Taza on Tuesday morning and defused it before it could go off, a security source said. The road was closed for about two hours.
Police said the device was a jerrycan filled with explosives and connected to a timer. No one was hurt and no attack took place. An investigation was opened to identify who planted it.""", noise=True)

D("N", "2019-05-23", """Wheat fields burned near Dibis
Kirkuk, May 23, 2019 - local media

[[a|Unidentified men set fire to wheat fields in several villages near Dibis, north-west of Kirkuk, on Wednesday,]] the district's agriculture department said. Farmers said the fire destroyed dozens of dunams before it was brought under control.
Local officials blamed Islamic State remnants, who have burned crops in Kirkuk, Salahuddin and Diyala this season to punish farmers refusing to pay them. The department did not mention any casualties.""",
  R("a", "2019-05-22", "on Wednesday", "Dibis", "Kirkuk", "ISIS", "civilians", "other"))

D("N", "2021-03-18", """Roadside bomb hits army vehicle near Jalawla
Diyala, 18-03-2021

[[a|A roadside bomb exploded as an army vehicle passed on a rural road near Jalawla, north-east of Baquba, on Wednesday,]] a local official said, adding that the vehicle was badly damaged.
The official did not say whether any soldiers were hurt. Security forces closed the road and searched nearby orchards. Jalawla and the surrounding villages have seen frequent attacks by Islamic State cells.""",
  R("a", "2021-03-17", "on Wednesday", "Jalawla", "Diyala", "", "army", "ied"))

D("N", "2020-03-04", """Rocket lands near Baghdad airport
Baghdad, 4 March 2020

[[a|A Katyusha rocket landed in an empty area near Baghdad International Airport late on Tuesday,]] the Iraqi military said in a brief statement. It said there were no casualties or damage.
The airport houses a logistics base used by the US-led coalition. The statement did not say who fired the rocket, and no group claimed responsibility.""",
  R("a", "2020-03-03", "late on Tuesday", "Baghdad International Airport", "Baghdad", "unknown:unclaimed", "US forces", "mortar_rocket", 0, "there were no casualties", 0, "there were no casualties", canon="Baghdad airport"))

D("N", "2022-10-12", """Two villagers abducted near Al-Baaj
Mosul, 12/10/2022 - local sources

[[a|Suspected Islamic State militants abducted two men from a village near Al-Baaj, in western Nineveh, on Tuesday night,]] a local official said. The men were taken from their homes and driven towards the desert.
"We don't know anything about their fate," the official said. Security forces deployed to the area after the kidnapping. The official said the militants had threatened the villagers because some of them work with the army.""",
  R("a", "2022-10-11", "on Tuesday night", "Al-Baaj", "Nineveh", "ISIS:suspected", "civilians", "kidnapping", canon="Baaj"))

D("N", "2025-04-13", """Liquor store set on fire in Diwaniyah
Al-Diwaniyah, 13 April 2025

[[a|Unknown persons set fire to a liquor store in the centre of Al-Diwaniyah,]] police said, adding that the store was closed at the time. Firefighters put out the blaze, which gutted the shop.
Police said it was not clear who was behind the arson. Shops selling alcohol in southern provinces have been targeted repeatedly with small bombs and arson in recent years.""",
  R("a", "2025-04-13", None, "Al-Diwaniyah", "Qadisiyah", "unknown", "", "other", prec="reported", canon="Diwaniyah"))

D("N", "2023-09-14", """Bomb topples power pylon in Hawija
Kirkuk, 14 September 2023

[[a|An explosive charge toppled a high-voltage electricity pylon near Hawija, west of Kirkuk, on Wednesday,]] the northern electricity distribution company said. Power was cut to several villages.
The company said repair teams would need security escorts to reach the site. It did not say who was responsible. Islamic State militants have repeatedly blown up pylons in the Hawija area.""",
  R("a", "2023-09-13", "on Wednesday", "Hawija", "Kirkuk", "", "", "ied"))

D("N", "2026-02-18", """Shots fired at judge's house in Amarah
Amarah, 18-02-2026

[[a|Gunmen fired several shots at the house of a judge in Amarah, the centre of Maysan province, on Tuesday night,]] a police source said. No one was hurt; bullets hit the front door and a window.
The Supreme Judicial Council condemned the attack and called on the security forces to find the attackers quickly.""",
  R("a", "2026-02-17", "on Tuesday night", "Amarah", "Maysan", "unknown", "civilians", "shooting", 0, "No one was hurt", 0, "No one was hurt"))

D("N", "2019-12-11", """Shepherds abducted near Nukhaib
Ramadi, 11/12/2019

[[a|Gunmen abducted three shepherds near Nukhaib, in the desert south of Anbar, on Tuesday,]] a member of the Anbar provincial council said. He blamed Islamic State remnants, who he said had also stolen the men's sheep.
The council member said tribes in the area had asked the government for more patrols along the desert roads towards Karbala and the Saudi border.""",
  R("a", "2019-12-10", "on Tuesday", "Nukhaib", "Anbar", "ISIS", "civilians", "kidnapping"))

D("N", "2021-05-12", """Bomb damages coalition supply truck in Dhi Qar
Nasiriyah, May 12, 2021

[[a|A roadside bomb damaged a truck in a convoy carrying supplies for the US-led coalition on the highway near Nasiriyah on Tuesday,]] security sources said. There were no casualties.
It was the third attack on logistics convoys in southern Iraq this month. Such convoys are usually driven by Iraqi contractors, and the attacks are rarely claimed.""",
  R("a", "2021-05-11", "on Tuesday", "Nasiriyah", "Dhi Qar", "", "US forces", "ied", 0, "There were no casualties", 0, "There were no casualties"))

D("N", "2026-08-05", """Explosive device damages journalist's car in Karbala
Karbala, 5 August 2026

[[a|An explosive device placed under the car of a local journalist exploded in the Al-Hurr area of Karbala on Tuesday night,]] the journalists' syndicate said. The car was destroyed but no one was hurt.
The syndicate said the journalist had received threats over his reporting on local contracts, and called for the perpetrators to be identified.""",
  R("a", "2026-08-04", "on Tuesday night", "Al-Hurr", "Karbala", "", "civilians", "ied", 0, "no one was hurt", 0, "no one was hurt", canon="Karbala"))

D("N", "2020-03-17", """Three truck drivers kidnapped near Baiji
Tikrit, 17 March 2020

[[a|Militants stopped three trucks on the road west of Baiji on Monday and kidnapped their drivers,]] a security official in Salahuddin said, blaming Islamic State cells. The trucks were later found burned.
The official said the drivers were transporting cement from a factory in the area. Their families said they had not been contacted by the kidnappers.""",
  R("a", "2020-03-16", "on Monday", "Baiji", "Salahuddin", "ISIS", "civilians", "kidnapping"))

# ============================================================== R: multi-incident round-ups
D("R", "2021-04-12", """IRAQ WEEKLY SECURITY REVIEW | 5-11 April 2021 | issued 12 April 2021

Overview: Islamic State (IS) activity remained concentrated in Diyala and Salahuddin. Three notable incidents:
- [[a|On 5 April, an IED struck a PMF vehicle near Al-Saadiya (Diyala), killing one fighter and wounding two.]]
- [[b|On 7 April, IS militants attacked an army post in the Al-Jallam desert east of Samarra (Salahuddin), killing two soldiers.]] No other casualties were reported.
- [[c|On 9 April, a sticky bomb exploded under a car in Sadr City (Baghdad), injuring the driver.]] Motive unclear.
Outlook: attacks on isolated posts in the Hamrin-Mutaibija belt are likely to continue.""",
  R("a", "2021-04-05", "On 5 April", "Al-Saadiya", "Diyala", "", "PMU", "ied", 1, "killing one fighter", 2, "wounding two", canon="Saadiya"),
  R("b", "2021-04-07", "On 7 April", "Al-Jallam desert", "Salahuddin", "ISIS", "army", "shooting", 2, "killing two soldiers", 0, "No other casualties were reported", canon="Samarra"),
  R("c", "2021-04-09", "On 9 April", "Sadr City", "Baghdad", "", "civilians", "ied", None, None, 1, "injuring the driver", canon="Baghdad"))

D("R", "2026-11-03", """DAILY SECURITY BRIEF - IRAQ - 3 November 2026

Significant incidents (past 48 hours):
1. Diyala: [[a|On 1 November, IS militants opened fire on a PMF checkpoint near Al-Udhaim, wounding two fighters.]]
2. Kirkuk: [[b|On 1 November, a roadside IED detonated against an army patrol in the Wadi Zghaytun area (Dibis district).]] No casualties; one vehicle damaged.
3. Anbar: [[c|On 2 November, two shepherds were killed by an IED left in the desert near Rutba.]] Authorities attributed the device to IS remnants.
Assessment: low-level IS activity continues in the Kirkuk-Diyala-Salahuddin triangle; travel on secondary roads at night is not advised.""",
  R("a", "2026-11-01", "On 1 November", "Al-Udhaim", "Diyala", "ISIS", "PMU", "shooting", None, None, 2, "wounding two fighters", canon="Udhaim"),
  R("b", "2026-11-01", "On 1 November", "Wadi Zghaytun", "Kirkuk", "", "army", "ied", 0, "No casualties", 0, "No casualties", canon="Dibis"),
  R("c", "2026-11-02", "On 2 November", "Rutba", "Anbar", "ISIS", "civilians", "ied", 2, "two shepherds were killed", None, None))

D("R", "2023-09-01", """KIRKUK - MONTHLY SECURITY SUMMARY - AUGUST 2023 (published 1 September 2023)

August saw a slight rise in incidents compared with July.
* [[a|2 Aug: IS gunmen attacked a federal police post near Al-Abbasi (Hawija district); one policeman killed.]]
* [[b|11 Aug: an IED hit a civilian car on the Kirkuk-Tuz road near Taza; two passengers wounded.]]
* [[c|Mid-August (exact date not reported): unknown gunmen threw a grenade at a Turkmen party office in Kirkuk city, causing damage only.]]
* [[d|26 Aug: IS militants ambushed an army patrol in the Wadi al-Shay area; two soldiers killed, three injured.]]
Arrests: police detained five IS suspects in Hawija during the month.""",
  R("a", "2023-08-02", "2 Aug", "Al-Abbasi", "Kirkuk", "ISIS", "police", "shooting", 1, "one policeman killed", None, None, canon="Abbasi"),
  R("b", "2023-08-11", "11 Aug", "Taza", "Kirkuk", "", "civilians", "ied", None, None, 2, "two passengers wounded"),
  R("c", "2023-08", "Mid-August (exact date not reported)", "Kirkuk city", "Kirkuk", "unknown", "", "other", 0, "causing damage only", 0, "causing damage only", prec="month", canon="Kirkuk"),
  R("d", "2023-08-26", "26 Aug", "Wadi al-Shay", "Kirkuk", "ISIS", "army", "ambush", 2, "two soldiers killed", 3, "three injured", canon="Hawija"))

D("R", "2022-09-18", """NINEVEH WEEKLY ROUND-UP | 12-18 September 2022 | compiled 18 September 2022

- Mon 12 Sep: [[a|An IED exploded near an army vehicle on the road between Tal Afar and Sinjar, wounding two soldiers.]]
- Wed 14 Sep: [[b|Suspected IS militants shot dead a village mukhtar in Al-Qayyarah district.]] The mukhtar had cooperated with the security forces.
- Sat 17 Sep: [[c|A Turkish drone strike hit a vehicle near Khanasor in Sinjar district, killing one YBS member.]]
Also this week: police in Mosul arrested two men wanted on terrorism charges in the Al-Zuhur neighbourhood.""",
  R("a", "2022-09-12", "Mon 12 Sep", "Tal Afar", "Nineveh", "", "army", "ied", None, None, 2, "wounding two soldiers"),
  R("b", "2022-09-14", "Wed 14 Sep", "Al-Qayyarah", "Nineveh", "ISIS:suspected", "civilians", "shooting", 1, "shot dead a village mukhtar", None, None, canon="Qayyarah"),
  R("c", "2022-09-17", "Sat 17 Sep", "Khanasor", "Nineveh", "Turkey", "PKK", "airstrike_operation", 1, "killing one YBS member", None, None, canon="Sinjar"))

D("R", "2025-02-03", """SOUTHERN IRAQ WEEKLY SUMMARY | 27 January - 2 February 2025 | issued 3 February 2025

No security incidents of note were recorded in Basra, Maysan or Dhi Qar this week.
Protests: several hundred contract workers protested outside the Basra Oil Company headquarters on 29 January over unpaid salaries; the protest was peaceful.
Arrests: police in Amarah arrested four men wanted on drugs charges.
Tribal disputes: a dispute between two clans north of Basra was settled through mediation by the provincial police command. No casualties were reported.""", noise=True)

D("R", "2020-07-12", """SALAHUDDIN - WEEKLY INCIDENT DIGEST (6-12 July 2020), sent 12/07/2020

* Monday 6 July: [[a|IS militants attacked a PMF position near Tuz Khurmatu, wounding three fighters.]]
* Wednesday 8 July: [[b|A roadside bomb struck a car carrying farmers south of Al-Shirqat, killing two and wounding one.]]
* Saturday 11 July: [[c|Mortar rounds fired from the Mutaibija basin landed near an army base east of Samarra.]] No casualties were reported.
Analyst comment: the Tuz-Sharqat-Samarra arc remains the most active part of the province.""",
  R("a", "2020-07-06", "Monday 6 July", "Tuz Khurmatu", "Salahuddin", "ISIS", "PMU", "shooting", None, None, 3, "wounding three fighters"),
  R("b", "2020-07-08", "Wednesday 8 July", "Al-Shirqat", "Salahuddin", "", "civilians", "ied", 2, "killing two", 1, "wounding one", canon="Sharqat"),
  R("c", "2020-07-11", "Saturday 11 July", "Samarra", "Salahuddin", "", "army", "mortar_rocket", 0, "No casualties were reported", 0, "No casualties were reported"))

D("R", "2019-09-23", """ANBAR WEEKLY REVIEW - week 38 (16-22 September 2019) - issued 23/09/2019

16 Sep: [[a|IS gunmen killed two members of the tribal mobilisation at a checkpoint near Al-Baghdadi.]]
18 Sep: [[b|An IED exploded near a patrol of the border guards west of Al-Qaim; one guard was wounded.]]
21 Sep: [[c|Unknown gunmen kidnapped a truck driver on the international highway near Al-Rutba.]]
Comment: IS cells continue to use the Wadi Horan valley to move between the Syrian border and central Anbar.""",
  R("a", "2019-09-16", "16 Sep", "Al-Baghdadi", "Anbar", "ISIS", "PMU", "shooting", 2, "killed two members of the tribal mobilisation", None, None, canon="Baghdadi"),
  R("b", "2019-09-18", "18 Sep", "Al-Qaim", "Anbar", "", "security forces", "ied", None, None, 1, "one guard was wounded", canon="Qaim"),
  R("c", "2019-09-21", "21 Sep", "Al-Rutba", "Anbar", "unknown", "civilians", "kidnapping", canon="Rutba"))

D("R", "2025-09-01", """KURDISTAN REGION - BORDER SECURITY WEEKLY, 25-31 August 2025 (published 1 September 2025)

Turkish operations against the PKK continued in Duhok province:
- [[a|25 Aug: Turkish artillery shelled the area around Kani Masi; fires broke out in forests. No casualties.]]
- [[b|27 Aug: a Turkish drone strike killed two suspected PKK members near Batifa.]]
- [[c|30 Aug: Turkish jets bombed mountains near Deraluk; a shepherd was wounded.]]
The Kurdistan Region's interior ministry again called on both sides to avoid civilian areas.""",
  R("a", "2025-08-25", "25 Aug", "Kani Masi", "Dohuk", "Turkey", "", "mortar_rocket", 0, "No casualties", 0, "No casualties"),
  R("b", "2025-08-27", "27 Aug", "Batifa", "Dohuk", "Turkey", "PKK", "airstrike_operation", 2, "killed two suspected PKK members", None, None),
  R("c", "2025-08-30", "30 Aug", "Deraluk", "Dohuk", "Turkey", "civilians", "airstrike_operation", None, None, 1, "a shepherd was wounded"))

D("R", "2024-04-22", """BAGHDAD AND BELTS - WEEKLY SECURITY SUMMARY
Week of 15-21 April 2024 | distributed 22 April 2024

1) Tuesday 16 April: [[a|An IED detonated against a PMF vehicle in Al-Tarmiyah, wounding three.]]
2) Thursday 18 April: [[b|A sound bomb exploded outside a liquor shop in Al-Saadoun street, central Baghdad.]] No injuries.
3) Saturday 20 April: [[c|Gunmen shot dead a police officer in front of his house in Abu Ghraib.]]
Trend: low-level IED and targeted shooting incidents continued around the capital.""",
  R("a", "2024-04-16", "Tuesday 16 April", "Al-Tarmiyah", "Baghdad", "", "PMU", "ied", None, None, 3, "wounding three", canon="Tarmiyah"),
  R("b", "2024-04-18", "Thursday 18 April", "Al-Saadoun street", "Baghdad", "", "", "ied", 0, "No injuries", 0, "No injuries", canon="Baghdad"),
  R("c", "2024-04-20", "Saturday 20 April", "Abu Ghraib", "Baghdad", "unknown", "police", "shooting", 1, "shot dead a police officer", None, None))

D("R", "2022-07-04", """SOUTHERN GOVERNORATES - MONTHLY ROUND-UP, JUNE 2022 (issued 4 July 2022)

- 3 June, Basra: [[a|an IED exploded at the gate of a money exchange office in Basra's Al-Ashar district, damaging the building; no casualties.]]
- 14 June, Maysan: [[b|gunmen killed a tribal leader and wounded his nephew in Al-Kahla.]]
- 25 June, Najaf: [[c|a hand grenade was thrown at the house of an activist in Najaf city; his mother was injured.]]
Protests over electricity cuts continued in Basra and Nasiriyah throughout the month.""",
  R("a", "2022-06-03", "3 June", "Al-Ashar", "Basra", "", "", "ied", 0, "no casualties", 0, "no casualties", canon="Basra"),
  R("b", "2022-06-14", "14 June", "Al-Kahla", "Maysan", "unknown", "civilians", "shooting", 1, "gunmen killed a tribal leader", 1, "wounded his nephew", canon="Kahla"),
  R("c", "2022-06-25", "25 June", "Najaf city", "Najaf", "", "civilians", "other", None, None, 1, "his mother was injured", canon="Najaf"))

D("R", "2026-09-27", """DIYALA WEEKLY - 21-27 September 2026 (Sunday edition)

Three attacks this week, all in the north-east of the province:
- [[a|On Tuesday, IS militants attacked a village near Jalawla, killing a farmer.]]
- [[b|On Thursday, a roadside bomb hit an army vehicle near Qara Tapa, wounding two soldiers.]]
- [[c|On Saturday, gunmen opened fire on a police patrol in Khanaqin; no one was hurt.]]
Security forces launched a clearing operation in the Hamrin foothills on Friday.""",
  R("a", "2026-09-22", "On Tuesday", "Jalawla", "Diyala", "ISIS", "civilians", "shooting", 1, "killing a farmer", None, None),
  R("b", "2026-09-24", "On Thursday", "Qara Tapa", "Diyala", "", "army", "ied", None, None, 2, "wounding two soldiers"),
  R("c", "2026-09-26", "On Saturday", "Khanaqin", "Diyala", "unknown", "police", "shooting", 0, "no one was hurt", 0, "no one was hurt"))

D("R", "2026-11-30", """IRAQ WEEKLY SECURITY REVIEW | 23-29 November 2026 | issued 30 November 2026

Key incidents:
- [[a|Thu 26 Nov, Salahuddin: IS militants attacked a PMF post near Al-Eith, killing one fighter and wounding two.]]
- [[b|Fri 27 Nov, Kirkuk: an IED exploded next to a car carrying oil workers near Bai Hassan; one worker was injured.]]
- [[c|Sat 28 Nov, Diyala: gunmen kidnapped a shepherd near Mandali.]] His family said he was later released after paying a ransom.
Outlook: attacks on PMF posts in the Mutaibija and Al-Eith areas are expected to continue into winter.""",
  R("a", "2026-11-26", "Thu 26 Nov", "Al-Eith", "Salahuddin", "ISIS", "PMU", "shooting", 1, "killing one fighter", 2, "wounding two", canon="Eith"),
  R("b", "2026-11-27", "Fri 27 Nov", "Bai Hassan", "Kirkuk", "", "civilians", "ied", None, None, 1, "one worker was injured", canon="Dibis"),
  R("c", "2026-11-28", "Sat 28 Nov", "Mandali", "Diyala", "unknown", "civilians", "kidnapping"))

D("R", "2023-05-08", """MID-EUPHRATES DIGEST | 1-7 May 2023 | sent 8 May 2023

[[a|1 May - Babil: an IED damaged the car of a local official in Al-Mahawil; no injuries.]]
[[b|3 May - Karbala: unknown gunmen wounded a shop owner in the Al-Abbas street area.]]
[[c|6 May - Qadisiyah: an explosive device exploded near a liquor store in Al-Diwaniyah, wounding a passer-by.]]
Police in the three provinces said investigations were ongoing. None of the attacks was claimed.""",
  R("a", "2023-05-01", "1 May", "Al-Mahawil", "Babil", "unknown:unclaimed", "civilians", "ied", 0, "no injuries", 0, "no injuries", canon="Mahawil"),
  R("b", "2023-05-03", "3 May", "Al-Abbas street", "Karbala", "unknown:unclaimed", "civilians", "shooting", None, None, 1, "wounded a shop owner", canon="Karbala"),
  R("c", "2023-05-06", "6 May", "Al-Diwaniyah", "Qadisiyah", "unknown:unclaimed", "civilians", "ied", None, None, 1, "wounding a passer-by", canon="Diwaniyah"))
