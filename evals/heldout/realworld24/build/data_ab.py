import sys
sys.dont_write_bytecode = True
from common import I, D

DOCS = []

# ---------------- A: wire copy ----------------
DOCS.append(D("A", "txt", "2021-01-21", """Islamic State attack kills three Iraqi soldiers near Kirkuk - security sources
January 21, 2021

KIRKUK, Iraq, Jan 21 (Reuters) - [[a|Islamic State militants killed three Iraqi soldiers and wounded two others in an attack on an army checkpoint near the town of Daquq, south of Kirkuk, late on Wednesday, two security sources said.]]

The attackers used small arms and rocket-propelled grenades and withdrew towards the Hamrin mountains before reinforcements arrived, one of the sources said.

Islamic State was declared defeated in Iraq in late 2017, but its fighters still carry out hit-and-run attacks in rural parts of Kirkuk, Salahuddin and Diyala provinces.

(Reporting by Kamal Ayoub in Kirkuk; Writing by Nadia Haddad; Editing by Peter Morland)
""", [I("a", "2021-01-20", "day", "late on Wednesday", "Daquq", "Daquq", "Kirkuk", "ISIS", "army", "armed assault", 3, 2, "killed three Iraqi soldiers", "wounded two others")]))

DOCS.append(D("A", "txt", "2025-02-02", """Hundreds protest power cuts in Iraq's Nasiriyah
Published: 02/02/2025 - 14:37

Nasiriyah (Iraq) (AFP) - Hundreds of people rallied in the southern Iraqi city of Nasiriyah on Sunday to protest against chronic power cuts and unemployment, blocking a main road for several hours.

Demonstrators burned tyres and chanted slogans against the provincial government of Dhi Qar, but the protest ended peacefully in the afternoon, a police officer told AFP.

Dhi Qar was a centre of the 2019 protest movement, during which hundreds of demonstrators were killed across Iraq.

"We have had electricity for six hours a day since the start of winter," said Ali, a 27-year-old day labourer who gave only his first name.

Authorities promised to connect new generators to the local grid within weeks.
"""))

DOCS.append(D("A", "txt", "2022-01-30", """Gunmen kill father and two sons in Iraq's Diyala province
By SALAH NOURI Associated Press
January 30, 2022

BAGHDAD (AP) - [[a|Gunmen stormed a house in a village near the town of Muqdadiyah in Iraq's eastern Diyala province late Saturday, killing a man and his two sons, security officials said.]]

The attackers fled before security forces arrived, said two police officials, who spoke on condition of anonymity because they were not authorized to brief reporters. No group immediately claimed responsibility, but the officials suspected Islamic State sleeper cells, which remain active in the area.

A teenage girl who was in the house escaped, the officials said.

Diyala, which borders Iran, has seen repeated attacks on villages in recent months, as well as tribal revenge killings.
""", [I("a", "2022-01-29", "day", "late Saturday", "Muqdadiyah", "Muqdadiyah", "Diyala", "ISIS", "civilians", "armed assault", 3, None, "killing a man and his two sons", None)]))

DOCS.append(D("A", "txt", "2023-05-26", """Drone strike kills two in Iraq's Sinjar, local officials blame Turkey
May 26, 2023

ERBIL, Iraq, May 26 (Reuters) - [[a|A drone strike hit a car near the town of Sinjar in northern Iraq on Thursday, killing two members of a local Yazidi armed group that Turkey says is linked to the Kurdistan Workers Party (PKK), two local officials said.]]

One of the officials blamed Turkey for the strike. The Turkish defence ministry did not immediately respond to a request for comment.

Turkey regularly carries out air and drone strikes against PKK targets in northern Iraq, where the militant group is based. The Iraqi government has repeatedly protested against the strikes as a violation of its sovereignty.

(Reporting by Shwan Jabbar; Editing by Alison Freeman)
""", [I("a", "2023-05-25", "day", "on Thursday", "Sinjar", "Sinjar", "Nineveh", "Turkey", "PKK-affiliated fighters", "drone strike", 2, None, "killing two members", None)]))

DOCS.append(D("A", "txt", "2024-04-03", """Five Iraqi soldiers killed in roadside bombing: officials
Published on: 03/04/2024 - 11:02

Baghdad (AFP) - [[a|Five Iraqi soldiers were killed and two wounded on Tuesday when a roadside bomb struck their vehicle near Tuz Khurmatu in Salaheddine province, security officials told AFP.]]

The soldiers were on patrol in a rural area where remnants of the Islamic State group remain active, an army officer said, blaming the jihadists for the attack.

There was no immediate claim of responsibility.

Iraq declared victory over IS in late 2017, but the group's cells still target the army and the Hashed al-Shaabi paramilitary in remote areas of the north, away from the cities.
""", [I("a", "2024-04-02", "day", "on Tuesday", "Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", "ISIS", "army", "IED", 5, 2, "Five Iraqi soldiers were killed", "two wounded")]))

DOCS.append(D("A", "txt", "2026-08-26", """Drone attack sets fire to gas field in Iraq's Kurdish region
By REBAZ KARIM Associated Press
Updated 10:14 AM GMT+3, August 26, 2026

SULAYMANIYAH, Iraq (AP) - [[a|A drone attack hit the Khor Mor gas field in Iraq's semi-autonomous Kurdish region late Tuesday, setting a storage tank on fire and briefly halting production, officials said.]]

No casualties were reported, according to a statement from the company operating the field. Firefighters had put out the blaze by early Wednesday.

The field, in the Chamchamal district of Sulaymaniyah province, has been targeted several times in recent years by rockets and drones. No group claimed the attack.

The disruption cut power supplies to parts of the region for several hours, the Kurdistan Regional Government's electricity ministry said.
""", [I("a", "2026-08-25", "day", "late Tuesday", "the Khor Mor gas field", "Chamchamal", "Sulaymaniyah", None, "infrastructure", "drone strike", 0, 0, "No casualties were reported", "No casualties were reported")]))

DOCS.append(D("A", "txt", "2023-12-29", """Drone attack targets Iraq's Ain al-Asad base, no casualties - U.S. official
December 29, 2023

WASHINGTON/BAGHDAD, Dec 29 (Reuters) - [[a|A one-way attack drone targeted the Ain al-Asad air base in Iraq's western Anbar province on Thursday, causing no casualties or damage to infrastructure, a U.S. official said.]]

The drone was shot down by air defences before it reached the base, the official said, speaking on condition of anonymity.

U.S. forces in Iraq and Syria have come under repeated rocket and drone attacks since mid-October. There was no immediate claim of responsibility for Thursday's attack.

(Reporting by Idrees Karimi in Washington and Omar Salih in Baghdad; Editing by Mark Heller)
""", [I("a", "2023-12-28", "day", "on Thursday", "the Ain al-Asad air base", "Al-Baghdadi", "Anbar", None, "US-led coalition", "drone strike", 0, 0, "causing no casualties", "causing no casualties")]))

DOCS.append(D("A", "txt", "2020-11-20", """Bomb wounds six in Baghdad market
20 Nov 2020

Baghdad (AFP) - [[a|A bomb hidden in a motorcycle exploded in a busy market in Baghdad's Baghdad al-Jadida district late Thursday, wounding six people, police said.]]

No deaths were reported, a police source told AFP, adding that two of the wounded were in serious condition.

There was no immediate claim for the blast, which came as shoppers crowded the market ahead of the weekend.

Bombings in the capital have become rare since the defeat of the Islamic State group in 2017, though rocket attacks on the US embassy and on military supply convoys have multiplied this year.
""", [I("a", "2020-11-19", "day", "late Thursday", "Baghdad al-Jadida", "Baghdad", "Baghdad", None, "civilians", "IED", 0, 6, "No deaths were reported", "wounding six people")]))

DOCS.append(D("A", "txt", "2020-09-15", """Roadside bomb hits supply convoy in Iraq's Basra, no casualties
September 15, 2020

BASRA, Iraq, Sept 15 (Reuters) - [[a|A roadside bomb exploded next to a convoy of trucks carrying supplies for the U.S.-led coalition near the town of Zubair, southwest of Basra, on Monday, damaging one truck but causing no casualties, police said.]]

A second explosive device was found on the same road and defused by bomb disposal teams, a police officer said.

The trucks, driven by Iraqi contractors, were heading north from the port of Umm Qasr, the officer added.

Attacks on convoys transporting equipment for foreign troops have increased in recent months. No group has claimed them.

(Reporting by Aref Mohammed; Editing by Chris Lewis)
""", [I("a", "2020-09-14", "day", "on Monday", "Zubair", "Zubair", "Basra", None, "US-led coalition", "IED", 0, 0, "causing no casualties", "causing no casualties")]))

DOCS.append(D("A", "txt", "2019-10-17", """Bomb at market kills 2 in eastern Iraq
By HAYDER SALMAN Associated Press
October 17, 2019

BAGHDAD (AP) - [[a|A bomb exploded in a crowded market in the town of Khanaqin in Iraq's eastern Diyala province on Wednesday evening, killing two people and wounding 11, Iraqi officials said.]]

The officials, who spoke on condition of anonymity because they were not authorized to talk to journalists, said the bomb had been planted in a vegetable cart. No one claimed the attack.

The Islamic State group, which lost its last territory in Iraq in 2017, still has sleeper cells in Diyala that carry out sporadic attacks.

The bombing came two weeks after deadly anti-government protests swept Baghdad and southern cities.
""", [I("a", "2019-10-16", "day", "on Wednesday evening", "Khanaqin", "Khanaqin", "Diyala", None, "civilians", "IED", 2, 11, "killing two people", "wounding 11")]))

# ---------------- B: Iraqi outlets in English ----------------
DOCS.append(D("B", "txt", "2023-11-20", """Two PMF fighters killed in ISIS attack in Saladin
Shafaq News | 2023-11-20 09:41

Shafaq News/ [[a|Two fighters of the Popular Mobilization Forces (PMF) were killed and another was injured on Sunday night in an ISIS attack on their post near Al-Bu Ajil village, east of Tikrit in Saladin governorate, a security source said.]]

The source told Shafaq News Agency that ISIS militants used medium weapons in the attack before fleeing toward the Mutaibija area.

PMF reinforcements arrived at the scene and launched a search operation, the source added.

The area has witnessed several similar attacks in recent weeks.
""", [I("a", "2023-11-19", "day", "on Sunday night", "Al-Bu Ajil village", "Tikrit", "Salahuddin", "ISIS", "PMF", "armed assault", 2, 1, "Two fighters of the Popular Mobilization Forces (PMF) were killed", "another was injured")]))

DOCS.append(D("B", "txt", "2020-02-05", """Turkish bombardment wounds two civilians in Sidakan
Rudaw | 05-02-2020

ERBIL, Kurdistan Region - [[a|Two civilians were wounded on Tuesday when Turkish warplanes bombed the outskirts of a village in the Sidakan subdistrict of Soran, a local official told Rudaw.]]

"The two men were working in their orchard when the bombs fell," said Karwan Hussein, a local official. "They were taken to hospital in Soran and their condition is stable."

Turkey says its operations in the Kurdistan Region target the Kurdistan Workers' Party (PKK), which has bases in the border mountains.

Residents of border villages say the bombardment has forced hundreds of families to leave their homes over the past years.
""", [I("a", "2020-02-04", "day", "on Tuesday", "Sidakan", "Soran", "Erbil", "Turkey", "civilians", "airstrike", None, 2, None, "Two civilians were wounded")]))

DOCS.append(D("B", "txt", "2025-06-14", """Gunmen wound two Kurdish farmers near Dibis
Kurdistan24 | 14 June 2025

ERBIL (Kurdistan24) - [[a|Unidentified gunmen opened fire on two Kurdish farmers in their fields near the town of Dibis, northwest of Kirkuk, on Friday evening, wounding both, a relative told Kurdistan24.]]

The men were taken to Kirkuk General Hospital, where doctors described their condition as stable.

"They were harvesting wheat when a car stopped and the gunmen started shooting," the relative said.

Kurdish farmers in parts of Kirkuk province have complained for years of disputes over agricultural land, and several farms in the area were set on fire during past harvest seasons.

Kirkuk police said an investigation had been opened.
""", [I("a", "2025-06-13", "day", "on Friday evening", "Dibis", "Dibis", "Kirkuk", "unknown", "civilians", "armed assault", None, 2, None, "wounding both")]))

DOCS.append(D("B", "txt", "2023-07-15", """Turkish drone strike kills three in Iraq's Sulaimaniyah
The New Arab Staff & Agencies
15 July, 2023

[[a|A drone strike on a car near the town of Arbat, south-east of Sulaimaniyah in Iraqi Kurdistan, killed three people on Thursday, local officials said.]]

Officials in the Kurdish region blamed Turkey for the attack, saying the victims were members of the Kurdistan Workers' Party (PKK). Ankara did not comment.

Turkish forces have carried out dozens of strikes in the Sulaimaniyah area this year, including one near the city's airport in April.

The federal government in Baghdad has repeatedly summoned the Turkish ambassador over the strikes, without result.
""", [I("a", "2023-07-13", "day", "on Thursday", "Arbat", "Arbat", "Sulaymaniyah", "Turkey", "PKK", "drone strike", 3, None, "killed three people", None)]))

DOCS.append(D("B", "txt", "2024-07-22", """Basra police arrest 14 wanted suspects
Shafaq News | 2024-07-22 13:05

Shafaq News/ Security forces in Basra arrested 14 people wanted on drug-trafficking and tribal-conflict charges during a campaign on Sunday, the province's police command said.

The operation covered the districts of Al-Qurna, Al-Zubair and Shatt al-Arab, and seized quantities of crystal meth and several unlicensed weapons, according to a statement.

Basra police have launched several such campaigns this year as tribal clashes over land and water have increased in the province's rural areas.

The suspects were referred to the judiciary.
"""))

DOCS.append(D("B", "txt", "2022-06-05", """ISIS attack kills Peshmerga near Makhmour
Rudaw | 05-06-2022

ERBIL, Kurdistan Region - [[a|One Peshmerga fighter was killed and three others were wounded when ISIS militants attacked their position near Makhmour late on Saturday, the Peshmerga ministry said.]]

The attack targeted a post on the slopes of Qarachogh mountain, which overlooks the town, according to the ministry's statement. The wounded were taken to a hospital in Erbil.

The mountainous area between Makhmour and the Kurdistan Region's boundary with federal Iraq is one of the so-called security gaps where Peshmerga and Iraqi forces do not coordinate, allowing ISIS remnants to move.

Kurdish and Iraqi officials have announced plans for joint brigades to cover these areas.
""", [I("a", "2022-06-04", "day", "late on Saturday", "Makhmour", "Makhmour", "Erbil", "ISIS", "Peshmerga", "armed assault", 1, 3, "One Peshmerga fighter was killed", "three others were wounded")]))

DOCS.append(D("B", "txt", "2021-03-25", """IED targets coalition supply convoy in Al-Muthanna
Shafaq News | 2021-03-25 10:22

Shafaq News/ [[a|An improvised explosive device targeted a convoy transporting logistical supplies for the International Coalition on the highway near Al-Rumaitha district in Al-Muthanna governorate on Wednesday, without causing casualties.]]

A security source told Shafaq News Agency that the explosion damaged one of the trucks, and that the convoy continued toward its destination.

Convoys run by Iraqi contractors for the US-led coalition have been targeted repeatedly on the roads of the southern governorates in recent months, most of them without casualties.
""", [I("a", "2021-03-24", "day", "on Wednesday", "Al-Rumaitha district", "Rumaitha", "Muthanna", None, "US-led coalition", "IED", 0, 0, "without causing casualties", "without causing casualties")]))

DOCS.append(D("B", "txt", "2023-04-22", """Turkish airstrikes burn orchards in Duhok's Amedi district
Kurdistan24 | 22 April 2023

DUHOK (Kurdistan24) - [[a|Turkish warplanes struck the outskirts of Sargele village in the Amedi district of Duhok province on Friday, setting fire to orchards and vineyards, the village's mayor told Kurdistan24.]]

There were no casualties, he said, as most residents had gone to a nearby town to celebrate Eid al-Fitr.

Villagers said the bombardment lasted about an hour.

The Turkish military has intensified operations in the mountains of Duhok since it launched its latest campaign against the PKK in April 2022.
""", [I("a", "2023-04-21", "day", "on Friday", "Sargele village", "Amedi", "Dohuk", "Turkey", "property", "airstrike", 0, 0, "There were no casualties", "There were no casualties")]))

DOCS.append(D("B", "txt", "2021-10-08", """Bomb kills election employee in Iraq's Babylon province days before vote
The New Arab Staff
8 October, 2021

[[a|A sticky bomb attached to a car exploded in the Al-Mahawil district north of Hilla on Thursday, killing the driver, an employee of the Independent High Electoral Commission, a local official said.]]

The official, who asked not to be named, said investigators had not yet determined whether the attack was connected to Sunday's parliamentary elections.

Iraqis vote on 10 October in early polls promised to protesters who took to the streets in 2019.

Several candidates have reported threats and attacks on their campaign offices in recent weeks.
""", [I("a", "2021-10-07", "day", "on Thursday", "Al-Mahawil district", "Mahawil", "Babil", None, "officials", "sticky bomb", 1, None, "killing the driver", None)]))

DOCS.append(D("B", "txt", "2020-11-25", """Explosive device targets a judge's house in Kut
Shafaq News | 2020-11-25 08:50

Shafaq News/ [[a|An explosive device went off at dawn on Tuesday in front of the house of a judge in Kut, the capital of Wasit governorate, causing material damage only, with no human casualties.]]

A security source said the device had been placed near the outer gate of the house, in the city centre.

The source added that security forces had cordoned off the area and opened an investigation, and that the judge and his family were unharmed.

Judges in several southern governorates have received threats over cases involving armed groups and tribal disputes.
""", [I("a", "2020-11-24", "day", "at dawn on Tuesday", "Kut", "Kut", "Wasit", None, "officials", "IED", 0, 0, "no human casualties", "no human casualties")]))
