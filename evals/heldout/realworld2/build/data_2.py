"""Styles D (translated Arabic press), K (Kurdish outlets) and S (security
statements and police logs)."""
from lib import D, I, W

# ============================ D: Arabic press in translation ============================
e = "2021-03-14"
D("D", "txt", e, "Iraq", f"""Shafaq News/ 14-03-2021
[[a|A member of the Popular Mobilization Forces was martyred and two others were injured on {W(e)} evening when ISIS remnants attacked a PMF post near the village of Mulla Huwaish in Khanaqeen district, a security source in Diyala said.]]
The source told Shafaq News Agency that the attackers used medium weapons and fled towards the orchards. Reinforcements were sent to the area and a search operation was launched.""",
  [I("a", e, "day", f"on {W(e)} evening", "the village of Mulla Huwaish in Khanaqeen district", "Khanaqin", "Diyala", "ISIS", "attributed", ["PMU"], ["shooting"], 1, 2, "was martyred", "two others were injured")])

e = "2022-02-15"
D("D", "txt", e, "Iraq", f"""Baghdad Today - Kirkuk - 15/02/2022
[[a|A security source in Kirkuk province reported, today, {W(e)}, the killing of two members of the federal police in an attack by Daesh elements on a checkpoint in the Sheikh Younis area of Rashad subdistrict, southwest of Kirkuk.]]
The source added, in an interview with (Baghdad Today), that the attackers withdrew towards the valleys, and that the bodies were transferred to the forensic department.""",
  [I("a", e, "day", f"today, {W(e)}", "the Sheikh Younis area of Rashad subdistrict", "Rashad", "Kirkuk", "ISIS", "attributed", ["police"], ["shooting"], 2, None, "the killing of two members of the federal police", "none reported")])

e = "2020-10-27"
D("D", "txt", e, "Iraq", """Alsumaria News - Salahuddin
Published 27 October 2020
[[a|A security source in Salahuddin announced, this evening, that an explosive device targeted a vehicle of the Iraqi army in Sharqat district, north of the province, resulting in the injury of three soldiers.]]
The source said, in an interview with Alsumaria News, that the injured were transferred to hospital for treatment and that the security forces cordoned off the area.""",
  [I("a", e, "day", "this evening", "Sharqat district", "Shirqat", "Salahuddin", None, None, ["army"], ["ied"], None, 3, "none reported", "the injury of three soldiers")])

e = "2019-09-20"
D("D", "txt", "2019-09-21", "Iraq", f"""Shafaq News/ Nineveh - 2019-09-21
[[a|Daesh gunmen kidnapped four shepherds on {W(e)} in the desert of Al-Hadhar district, south of Mosul, a local official said.]]
The official told Shafaq News that the gunmen took the shepherds and about 200 sheep to an unknown destination, and called on the security forces to intensify their presence in the Al-Hadhar desert.""",
  [I("a", e, "day", f"on {W(e)}", "the desert of Al-Hadhar district", "Hatra", "Nineveh", "ISIS", "attributed", ["civilians"], ["kidnapping"], None, None, "none reported", "none reported")])

e = "2022-01-24"
D("D", "txt", "2022-01-25", "Iraq", f"""Baghdad Today - Babil
25-01-2022
[[a|An unidentified aircraft bombed, at dawn on {W(e)}, a site belonging to the Popular Mobilization in Jurf al-Nasr, north of Babil, killing two members and wounding another, a source said.]]
The source added that the nature of the aircraft was not known, and that no party had announced responsibility for the bombing.""",
  [I("a", e, "day", f"at dawn on {W(e)}", "a site belonging to the Popular Mobilization in Jurf al-Nasr", "Jurf al-Sakhar", "Babil", "unknown", "unclaimed", ["PMU"], ["airstrike_operation"], 2, 1, "killing two members", "wounding another")])

e = "2020-09-04"
D("D", "txt", "2020-09-05", "Iraq", f"""Shafaq News/ Diyala - 05-09-2020
[[a|A sniper belonging to Daesh shot dead a farmer on {W(e)} afternoon in Al-Mukhaisa village in the Abu Saida subdistrict, northeast of Baquba.]]
A local source told Shafaq News that the farmer was working in his orchard when he was hit, and that this was the third attack of its kind in the village since the start of the year.""",
  [I("a", e, "day", f"on {W(e)} afternoon", "Al-Mukhaisa village in the Abu Saida subdistrict", "Abu Saida", "Diyala", "ISIS", "attributed", ["civilians"], ["shooting"], 1, None, "shot dead a farmer", "none reported")])

e = "2021-06-01"
D("D", "txt", e, "Iraq", f"""Alsumaria News - Salahuddin
Published: 01/06/2021
[[a|Two Katyusha rockets fell, on {W(e)} morning, on a residential neighbourhood in Tuz, east of Salahuddin, without causing casualties, a security source said.]]
The source said that the rockets were launched from an area near the Hamrin mountains, and that a search operation had begun to find the launch site.""",
  [I("a", e, "day", f"on {W(e)} morning", "a residential neighbourhood in Tuz", "Tuz Khurmatu", "Salahuddin", None, None, [], ["mortar_rocket"], 0, 0, "without causing casualties", "without causing casualties")])

e = "2023-03-08"
D("D", "txt", e, "Iraq", f"""Baghdad Today - Baghdad
8 March 2023
[[a|A security source said, on {W(e)}, that a Daesh attack targeted a PMF post in the Tarmiya district, north of the capital, resulting in 3 martyrs.]]
The source explained to (Baghdad Today) that the attack took place at dawn, and that PMF units launched a pursuit of the attackers in the surrounding orchards.""",
  [I("a", e, "day", f"on {W(e)}", "a PMF post in the Tarmiya district", "Tarmiyah", "Baghdad", "ISIS", "attributed", ["PMU"], ["shooting"], 3, None, "resulting in 3 martyrs", "none reported")])

e = "2021-11-19"
D("D", "txt", "2021-11-20", "Iraq", f"""Shafaq News/ Kirkuk - 2021-11-20
[[a|Gunmen believed to belong to ISIS assassinated the mukhtar of a village in Al-Hawijah district, west of Kirkuk, on {W(e)} night.]]
A local source said that the gunmen stormed the mukhtar's house, shot him in front of his family and fled. The mukhtar had previously received threats for cooperating with the security forces.""",
  [I("a", e, "day", f"on {W(e)} night", "a village in Al-Hawijah district", "Hawija", "Kirkuk", "ISIS", "suspected", ["civilians"], ["shooting"], 1, None, "assassinated the mukhtar", "none reported")])

e = "2019-12-12"
D("D", "txt", e, "Iraq", f"""Alsumaria News - Anbar - 12 December 2019
[[a|Anbar police announced, today, {W(e)}, the martyrdom of a police officer and a tribal Hashd fighter in a Daesh attack on a checkpoint at the eastern entrance of Al-Rutba district.]]
A police statement said that the attackers came from the desert and that the security forces repelled the attack after a clash that lasted nearly an hour.""",
  [I("a", e, "day", f"today, {W(e)}", "a checkpoint at the eastern entrance of Al-Rutba district", "Rutba", "Anbar", "ISIS", "attributed", ["police", "PMU"], ["shooting"], 2, None, "the martyrdom of a police officer and a tribal Hashd fighter", "none reported")])

# ============================ K: Kurdish outlets ============================
e = "2020-06-02"
D("K", "txt", "2020-06-03", "Iraq", f"""RUDAW - 2020-06-03
[[a|Two Peshmerga were killed and another wounded when Islamic State (ISIS) militants attacked their position in the Qara Tapa subdistrict of Kifri district in Garmiyan late on {W(e)}, the Peshmerga ministry said.]]
The ministry called for joint coordination with Iraqi forces to close the security gaps in the disputed territories, where ISIS exploits the vacuum between the two sides.""",
  [I("a", e, "day", f"late on {W(e)}", "the Qara Tapa subdistrict of Kifri district", "Kifri", "Diyala", "ISIS", "attributed", ["Peshmerga"], ["shooting"], 2, 1, "Two Peshmerga were killed", "another wounded")])

e = "2021-04-18"
D("K", "txt", "2021-04-19", "Iraq", f"""Kurdistan24 | 19 April 2021
ERBIL (Kurdistan24) - [[a|A Turkish drone strike on {W(e)} hit a vehicle near Sidakan in Erbil province's Soran district, killing two members of the Kurdistan Workers' Party (PKK), the subdistrict's mayor told Kurdistan24.]]
Civilians in the border area say the fighting between Turkey and the PKK has emptied dozens of villages.""",
  [I("a", e, "day", f"on {W(e)}", "near Sidakan", "Sidakan", "Erbil", "Turkey", "attributed", ["PKK"], ["airstrike_operation"], 2, None, "killing two members of the Kurdistan Workers' Party", "none reported")])

e = "2022-09-07"
D("K", "txt", "2022-09-08", "Iraq", f"""RUDAW | 08-09-2022
[[a|An ISIS attack on a Peshmerga post near the village of Kandal in Makhmour on {W(e)} night left one Peshmerga dead and three wounded, according to a statement from the Peshmerga's 2nd Brigade.]]
The statement said the attackers used thermal sights and fled towards the Qarachogh range. Peshmerga commanders have long complained that the area lies outside the reach of joint security mechanisms.""",
  [I("a", e, "day", f"on {W(e)} night", "near the village of Kandal in Makhmour", "Makhmour", "Nineveh", "ISIS", "attributed", ["Peshmerga"], ["shooting"], 1, 3, "left one Peshmerga dead", "three wounded")])

e = "2023-05-16"
D("K", "txt", "2023-05-17", "Iraq", f"""Kurdistan24 - 17 May 2023
[[a|A commander of the Sinjar Resistance Units (YBS), a group Ankara considers a PKK affiliate, was killed in a Turkish drone strike on his car in the centre of Shingal on {W(e)}, a local official said.]]
The official said the driver of the car sustained injuries. Turkey has carried out repeated strikes in Shingal since 2021.""",
  [I("a", e, "day", f"on {W(e)}", "the centre of Shingal", "Sinjar", "Nineveh", "Turkey", "attributed", ["PKK"], ["airstrike_operation"], 1, 1, "was killed", "the driver of the car sustained injuries")])

e = "2021-06-21"
D("K", "txt", "2021-06-22", "Iraq", f"""RUDAW - 22/06/2021
[[a|The PKK said on {W('2021-06-22')} that its fighters had attacked a Turkish military base in the Kani Masi area of Amedi district on {W(e)}.]] The group's statement did not give any casualty figures and the Turkish defence ministry did not comment. Local residents said they heard heavy gunfire and explosions for about an hour.""",
  [I("a", e, "day", f"on {W(e)}", "a Turkish military base in the Kani Masi area of Amedi district", "Amedi", "Dohuk", "PKK", "claimed", ["Turkey"], ["shooting"], None, None, "none reported", "none reported")])

e = "2022-07-04"
D("K", "txt", e, "Iraq", f"""Kurdistan24 - Duhok - 04-07-2022
[[a|Turkish artillery shelled orchards near the village of Batifa in Zakho district on {W(e)}, setting fire to several fields, local officials said.]] There were no casualties. Villagers say the shelling has prevented them from harvesting their crops for a second summer.""",
  [I("a", e, "day", f"on {W(e)}", "orchards near the village of Batifa in Zakho district", "Zakho", "Dohuk", "Turkey", "attributed", [], ["mortar_rocket"], 0, 0, "There were no casualties", "There were no casualties")])

e = "2019-11-24"
D("K", "txt", "2019-11-25", "Iraq", f"""RUDAW | 25 November 2019
[[a|Three Asayish members were wounded when a roadside bomb hit their vehicle between Khanaqin and Jalawla on {W(e)}, Khanaqin's Asayish directorate said.]]
The directorate blamed ISIS, saying the group had planted several explosive devices along the road in recent weeks.""",
  [I("a", e, "day", f"on {W(e)}", "between Khanaqin and Jalawla", "Khanaqin", "Diyala", "ISIS", "attributed", ["security forces"], ["ied"], None, 3, "none reported", "Three Asayish members were wounded")])

e = "2022-10-18"
D("K", "txt", e, "Iraq", f"""Kurdistan24 | 18 October 2022
ERBIL - [[a|An explosive-laden drone struck the Kawergosk oil refinery west of Erbil on {W(e)} evening, causing only material damage, the Kurdistan Region's counter-terrorism directorate said.]]
The directorate blamed "outlaw groups" for the attack, the third on energy facilities in the region this year.""",
  [I("a", e, "day", f"on {W(e)} evening", "the Kawergosk oil refinery west of Erbil", "Erbil", "Erbil", "unknown", "attributed", [], ["other"], 0, 0, "causing only material damage", "causing only material damage")])

e = "2023-02-12"
D("K", "txt", "2023-02-13", "Iraq", f"""RUDAW - 13-02-2023
SULAIMANI - [[a|Three PKK members were killed when a Turkish drone struck their vehicle near Qaladze in Sulaimani province's Pshdar district on {W(e)}, a security source said.]] The Kurdistan Region presidency called on both sides to keep their conflict away from civilian areas.""",
  [I("a", e, "day", f"on {W(e)}", "near Qaladze", "Qaladze", "Sulaymaniyah", "Turkey", "attributed", ["PKK"], ["airstrike_operation"], 3, None, "Three PKK members were killed", "none reported")])

e = "2021-08-30"
D("K", "txt", "2021-08-31", "Iraq", f"""Kurdistan24 - 31 August 2021
[[a|One Zeravani Peshmerga was killed and two others injured when PKK militants ambushed their patrol in the Chamanke area of Amedi district on {W(e)} night, the Ministry of Peshmerga said.]]
The ministry called the attack a "provocation" aimed at dragging the Kurdistan Region into war.""",
  [I("a", e, "day", f"on {W(e)} night", "the Chamanke area of Amedi district", "Amedi", "Dohuk", "PKK", "attributed", ["Peshmerga"], ["ambush"], 1, 2, "One Zeravani Peshmerga was killed", "two others injured")])

# ============================ S: security statements and police logs ============================
e = "2021-05-25"
D("S", "txt", e, "Iraq", f"""Security Media Cell - statement - 25-05-2021
[[a|The Security Media Cell announced that two Katyusha rockets fell inside the Ain al-Asad air base in Anbar, which hosts international coalition advisers, at 12:20 on {W(e)}, without causing casualties.]]
The statement said that security forces found the launch pad in the Al-Baghdadi area and that investigations were under way.""",
  [I("a", e, "day", f"on {W(e)}", "the Ain al-Asad air base in Anbar", "Baghdadi", "Anbar", None, None, ["US forces"], ["mortar_rocket"], 0, 0, "without causing casualties", "without causing casualties")])

e = "2020-03-10"
D("S", "txt", "2020-03-11", "Iraq", f"""Joint Operations Command - 11 March 2020
[[a|Iraqi F-16 aircraft struck an ISIS hideout in the Al-Jallam desert east of Samarra on {W(e)}, killing seven terrorists, the Joint Operations Command said in a statement.]]
The statement said the strike was based on intelligence from the Iraqi National Intelligence Service and that ground forces would search the site.""",
  [I("a", e, "day", f"on {W(e)}", "the Al-Jallam desert east of Samarra", "Samarra", "Salahuddin", "Iraqi forces", "claimed", ["ISIS"], ["airstrike_operation"], 7, None, "killing seven terrorists", "none reported")])

D("S", "txt", "2022-12-04", "Iraq", """Kirkuk Police Command - daily incident log - 04/12/2022
21:40 - [[a|Armed attack by terrorist elements on a federal police checkpoint in the Multaqa subdistrict of Hawija district.]] Result: two federal police members martyred, one injured. The attackers fled. Forces of the 6th Brigade took up positions at the checkpoint.
23:15 - Routine patrol in the Wasiti neighbourhood; nothing to report.""",
  [I("a", "2022-12-04", "day", "04/12/2022", "the Multaqa subdistrict of Hawija district", "Hawija", "Kirkuk", "unknown", None, ["police"], ["shooting"], 2, 1, "two federal police members martyred", "one injured")])

e = "2021-12-20"
D("S", "txt", "2021-12-21", "Iraq", f"""Security Media Cell - 21 December 2021
[[a|Terrorist Daesh gangs attacked a Popular Mobilization post in Al-Adhaim district, Diyala province, at 02:00 on {W(e)}, resulting in the martyrdom of two fighters and the injury of a third.]] The Cell said the forces responded to the sources of fire and that an operation was under way to pursue the attackers.""",
  [I("a", e, "day", f"on {W(e)}", "a Popular Mobilization post in Al-Adhaim district", "Adhaim", "Diyala", "ISIS", "attributed", ["PMU"], ["shooting"], 2, 1, "the martyrdom of two fighters", "the injury of a third")])

D("S", "txt", "2020-11-03", "Iraq", """Baghdad Police - incident summary, 03-11-2020
Karkh district: [[a|a sticky bomb placed under the car of an employee of the Ministry of Oil exploded in the Al-Ghazaliya neighbourhood, western Baghdad, on 2 November, wounding the employee.]] Explosives experts dealt with the site. Investigations opened.
Rusafa district: no security incidents recorded.""",
  [I("a", "2020-11-02", "day", "on 2 November", "the Al-Ghazaliya neighbourhood, western Baghdad", "Baghdad", "Baghdad", None, None, ["civilians"], ["ied"], None, 1, "none reported", "wounding the employee")])

e = "2019-07-17"
D("S", "txt", "2019-07-18", "Iraq", f"""Security Media Cell - 18 July 2019
[[a|The Border Guards Command announced that Daesh infiltrators attacked a border guard post west of Al-Qaim on {W(e)} night, wounding two members of the border guards.]] The statement said that two of the attackers were killed in the clash and that the border strip was being searched.""",
  [I("a", e, "day", f"on {W(e)} night", "a border guard post west of Al-Qaim", "Al-Qaim", "Anbar", "ISIS", "attributed", ["security forces"], ["shooting"], None, 2, "none reported", "wounding two members of the border guards")])

D("S", "txt", "2023-08-15", "Iraq", """Diyala Police Command - press note - 15/08/2023
[[a|Unknown persons threw a hand grenade at the house of a police officer in Buhriz, south of Baquba, late on 14 August, causing only material damage.]] The Command stated that the officer and his family escaped unharmed and that a security cordon was imposed on the neighbourhood.""",
  [I("a", "2023-08-14", "day", "late on 14 August", "the house of a police officer in Buhriz", "Baquba", "Diyala", "unknown", None, ["police"], ["other"], 0, 0, "causing only material damage", "escaped unharmed")])

e = "2022-04-12"
D("S", "txt", "2022-04-13", "Iraq", f"""Ministry of Defence - 13 April 2022
[[a|A force of the 5th Army Division came under fire from a Daesh terrorist group near the Mandali border crossing road on {W(e)}, resulting in the martyrdom of one soldier.]] The ministry said the force killed one of the attackers and seized his weapon.""",
  [I("a", e, "day", f"on {W(e)}", "near the Mandali border crossing road", "Mandali", "Diyala", "ISIS", "attributed", ["army"], ["shooting"], 1, None, "the martyrdom of one soldier", "none reported")])

D("S", "txt", "2021-02-08", "Iraq", """Babil Police Command - log 08-02-2021
00:30 - [[a|An improvised explosive device exploded in front of a shop selling alcoholic drinks in the Al-Bakerli neighbourhood of Hilla.]] No casualties. The shop front and two parked cars were damaged. The Command asked citizens to report suspicious objects.
02:10 - Fire in a generator in the Al-Jamiaa area; extinguished.""",
  [I("a", "2021-02-08", "day", "08-02-2021", "the Al-Bakerli neighbourhood of Hilla", "Hilla", "Babil", None, None, [], ["ied"], 0, 0, "No casualties", "No casualties")])

e = "2020-12-01"
D("S", "txt", "2020-12-02", "Iraq", f"""Security Media Cell - 02-12-2020
[[a|A suspected Daesh suicide bomber blew himself up at the entrance of the Al-Qadisiya neighbourhood of Tal Afar on {W(e)} when security forces tried to arrest him, killing only himself and wounding three soldiers.]] The Cell said the bomber had been under surveillance for weeks.""",
  [I("a", e, "day", f"on {W(e)}", "the entrance of the Al-Qadisiya neighbourhood of Tal Afar", "Tal Afar", "Nineveh", "ISIS", "suspected", ["army"], ["suicide"], 0, 3, "killing only himself", "wounding three soldiers")])
