"""Styles D (translated Arabic press), K (Kurdish outlets), S (security statements, police logs)."""
from lib import D, I, W, DMY, DM, MDY, MD, Mb, bM, AP, MORD, ORDM, US, EU, DMON, ROM, YMD, add, N

# ============================ D: translated Arabic press ============================
rd = "2023-05-24"; e = rd
D("D", "txt", rd, "Iraq", f"""Shafaq News / {DMY(rd)}
[[a|A security source in Diyala said that an explosive device went off at noon today against a vehicle of the Popular Mobilization in the orchards of Al-Mqdadiya district, which led to two members of the Hashd rising as martyrs and three others being injured.]]
The source added that the wounded were transferred to Al-Mqdadiya general hospital, and that security forces closed the roads leading to the orchards and began a search for the perpetrators.""",
  [I("a", e, "day", "at noon today", "the orchards of Al-Mqdadiya district", "Muqdadiyah", "Diyala",
     None, None, ["PMU"], ["ied"], 2, 3, "two members of the Hashd rising as martyrs", "three others being injured")], key="D_mqdadiya")

rd = "2021-09-23"; e = add(rd, -2)
D("D", "txt", rd, "Iraq", f"""Baghdad Today - Salah al-Din - {DMY(rd)}
[[a|A soldier of the Iraqi army was martyred the day before yesterday, {W(e)}, by a sniper bullet fired by Daesh remnants at a military post near the Beiji refinery, north of Tikreet.]]
A military source told Baghdad Today that the sniper shot from an orchard on the bank of the Tigris and fled. There was no other injury among the force.""",
  [I("a", e, "day", f"the day before yesterday, {W(e)}", "a military post near the Beiji refinery, north of Tikreet", "Baiji", "Salahuddin",
     "ISIS", "attributed", ["army"], ["shooting"], 1, 0, "A soldier of the Iraqi army was martyred", "There was no other injury among the force")], key="D_beiji")

rd = "2022-10-13"; e = add(rd, -1)
D("D", "txt", rd, "Iraq", f"""Alsumaria News - {DMY(rd)}
[[a|Unknown persons assassinated a tribal elder of the Albu Nimr in Heet district, west of Al-Ramadi, during the night between {W(e)} and {W(rd)}, firing several bullets at him in front of his guesthouse.]]
The police of Al-Anbar opened an investigation. The elder was known for his support of the security forces in the fight against Daesh.""",
  [I("a", e, "day", f"during the night between {W(e)} and {W(rd)}", "Heet district, west of Al-Ramadi", "Hit", "Anbar",
     "unknown", None, ["civilians"], ["shooting"], 1, None, "assassinated a tribal elder", "none reported")], key="D_heet")

rd = "2025-03-19"; e = rd
D("D", "txt", rd, "Iraq", f"""Al-Sabah newspaper / Ninawa / {DMY(rd)}
[[a|A short while ago, an explosive charge exploded beside an oil tanker on the road between Al-Qayara and Al-Shura, south of Mosul, and the driver and his helper were injured.]]
A police source said that the charge was planted by the remnants of Daesh terrorist gangs. The tanker was carrying crude from the Qayara fields.""",
  [I("a", e, "day", "A short while ago", "the road between Al-Qayara and Al-Shura, south of Mosul", "Qayyarah", "Nineveh",
     "ISIS", "attributed", ["civilians"], ["ied"], None, 2, "none reported", "the driver and his helper were injured")], key="D_qayara")

rd = "2024-02-22"; e = add(rd, -1)
D("D", "txt", rd, "Iraq", f"""Al-Mada / Kerkuk / {DMY(rd)}
[[a|The Tribal Mobilization lost one martyr and two wounded when Daesh elements attacked one of its posts in Al-Multaqa subdistrict with medium weapons on {W(e)} evening.]]
A leader in the Tribal Mobilization told Al-Mada that the attackers came from the direction of Wadi Al-Shay and withdrew after an exchange of fire lasting half an hour.""",
  [I("a", e, "day", f"on {W(e)} evening", "Al-Multaqa subdistrict", "Multaqa", "Kirkuk",
     "ISIS", "attributed", ["PMU"], ["shooting"], 1, 2, "lost one martyr", "two wounded")], key="D_multaqa")

rd = "2019-12-19"; e = add(rd, -3)
D("D", "txt", rd, "Iraq", f"""Al-Ghad Press - Baghdad - {DMY(rd)}
[[a|Gunmen in a car without plates abducted a young activist from the demonstrations on the evening of last {W(e)} in the Al-Shaab area, north of Baghdad, as he returned from Tahrir Square.]]
His family said that his phone has been closed since then and no side has contacted them. Colleagues of the activist called on the government to reveal his fate.""",
  [I("a", e, "day", f"on the evening of last {W(e)}", "the Al-Shaab area, north of Baghdad", "Baghdad", "Baghdad",
     "unknown", None, ["civilians"], ["kidnapping"], None, None, "none reported", "none reported")], key="D_shaab")

rd = "2020-02-06"; e = add(rd, -1)
D("D", "txt", rd, "Iraq", f"""Al-Furat News / Al-Basra / {DMY(rd)}
[[a|Unknown gunmen assassinated a retired police officer in front of his house in Al-Hartha district, north of Al-Basra, on {W(e)} morning, hitting him with four bullets.]]
The police of Al-Basra said that a team had been formed to follow up the crime. The officer had retired two years ago.""",
  [I("a", e, "day", f"on {W(e)} morning", "Al-Hartha district, north of Al-Basra", "Hartha", "Basra",
     "unknown", None, ["civilians"], ["shooting"], 1, None, "assassinated a retired police officer", "none reported")], key="D_hartha")

rd = "2021-01-12"; e = rd
D("D", "txt", rd, "Iraq", f"""Al-Sumaria / Maysan / {DMY(rd)}
[[a|An explosive charge exploded at dawn today at the house of an official of a political movement in Al-Majar Al-Kabir district, south of Al-Amara, and no one was killed or injured.]]
The blast damaged the outer wall and the windows of neighbouring houses. Security forces cordoned off the area.""",
  [I("a", e, "day", "at dawn today", "Al-Majar Al-Kabir district, south of Al-Amara", "Majar al-Kabir", "Maysan",
     None, None, [], ["ied"], 0, 0, "no one was killed or injured", "no one was killed or injured")], key="D_majar")

rd = "2021-09-08"; e = add(rd, -1)
D("D", "txt", rd, "Iraq", f"""Shafaq News / Salah al-Din / {DMY(rd)}
[[a|Daesh gangs attacked at first light of {W(e)} the house of the mukhtar of the village of Al-Khadraniya, in Al-Shirqat district, killing him and two of his sons.]]
A local source said the attackers crossed the Tigris by boat from the Jazeera area and burned the mukhtar's car before withdrawing.""",
  [I("a", e, "day", f"at first light of {W(e)}", "the village of Al-Khadraniya, in Al-Shirqat district", "Shirqat", "Salahuddin",
     "ISIS", "attributed", ["civilians"], ["shooting"], 3, None, "killing him and two of his sons", "none reported")], key="D_khadraniya")

rd = "2024-02-06"; e = add(rd, -1)
D("D", "txt", rd, "Iraq", f"""Baghdad Today / Kerkuk / {DMY(rd)}
[[a|An explosive device planted by Daesh targeted a vehicle of the Tribal Mobilization at sunset on {W(e)} in Al-Rashad subdistrict, south-west of Kerkuk, resulting in the martyrdom of two fighters and the injury of a third.]]
The Kirkuk operations command launched a search operation in the surrounding villages.""",
  [I("a", e, "day", f"at sunset on {W(e)}", "Al-Rashad subdistrict, south-west of Kerkuk", "Rashad", "Kirkuk",
     "ISIS", "attributed", ["PMU"], ["ied"], 2, 1, "the martyrdom of two fighters", "the injury of a third")], key="D_rashad")

rd = "2022-07-29"; e = rd
D("D", "txt", rd, "Iraq", f"""Al-Najaf / Al-Forat News / {DMY(rd)}
[[a|This morning, an unknown person threw a hand grenade at a café in Al-Kufa, wounding six young men who were sitting inside.]]
A source in the Najaf police said that the attacker fled on a motorcycle and that the motive was not yet known. The café had received threats weeks ago.""",
  [I("a", e, "day", "This morning", "a café in Al-Kufa", "Kufa", "Najaf",
     "unknown", None, ["civilians"], ["other"], None, 6, "none reported", "wounding six young men")], key="D_kufa")

# ============================ K: Kurdish outlets ============================
rd = "2023-06-11"; e = add(rd, -1)
D("K", "txt", rd, "Iraq", f"""Rudaw English | {DMY(rd)}
DUHOK, Kurdistan Region - [[a|Turkish warplanes bombed the foothills near the village of Sharanish, in Zakho district, on {W(e)}, wounding three picnickers from Duhok, the mayor of Darkar subdistrict told Rudaw.]]
The mayor blamed Turkey and called on the Kurdistan Region government to protect border residents. Ankara says it targets the PKK.""",
  [I("a", e, "day", f"on {W(e)}", "the village of Sharanish, in Zakho district", "Zakho", "Dohuk",
     "Turkey", "attributed", ["civilians"], ["airstrike_operation"], None, 3, "none reported", "wounding three picnickers")], key="K_sharanish")

rd = "2023-06-19"; e = add(rd, -1)
D("K", "txt", rd, "Iraq", f"""Kurdistan24 | {MDY(rd)}
[[a|Two Turkish soldiers lost their lives on {W(e)} in an attack by what the Turkish defence ministry called "PKK terrorists" in the Metina region of Duhok province.]]
The ministry said in a statement that it had "neutralised" several militants in retaliation; those strikes were not detailed and Kurdistan24 could not verify them.""",
  [I("a", e, "day", f"on {W(e)}", "the Metina region of Duhok province", "Metina", "Dohuk",
     "PKK", "attributed", ["Turkey"], ["shooting"], 2, None, "Two Turkish soldiers lost their lives", "none reported")], key="K_metina")

rd = "2023-06-27"; e = add(rd, -2)
D("K", "txt", rd, "Iraq", f"""BasNews - {DMY(rd)}
[[a|A suspected Turkish drone struck a car on the road between Amadiya and Sarsing on {W(e)}, killing a man and his nephew.]]
Relatives told BasNews the two were traders returning from a market, not militants. The Amadiya district administration demanded an investigation.""",
  [I("a", e, "day", f"on {W(e)}", "the road between Amadiya and Sarsing", "Amedi", "Dohuk",
     "Turkey", "suspected", ["civilians"], ["airstrike_operation"], 2, None, "killing a man and his nephew", "none reported")], key="K_amadiya")

rd = "2022-04-20"; e = rd
D("K", "txt", rd, "Iraq", f"""Esta Media Network | {DMY(rd)}
[[a|The Turkish defence ministry said its drones had "neutralised" three PKK militants in the Khwakurk area of Sidakan subdistrict on {W(e)} morning.]]
Local sources in Soran confirmed a strike on a vehicle near the Iranian border. The Kurdistan Region's border guards said no civilians were affected.""",
  [I("a", e, "day", f"on {W(e)} morning", "the Khwakurk area of Sidakan subdistrict", "Sidakan", "Erbil",
     "Turkey", "claimed", ["PKK"], ["airstrike_operation"], 3, None, "\"neutralised\" three PKK militants", "none reported")], key="K_khwakurk")

rd = "2024-02-09"; e = add(rd, -1)
D("K", "txt", rd, "Iraq", f"""KirkukNow - {DMY(rd)}
[[a|A Kakai farmer was shot dead and another wounded on {W(e)} night when gunmen opened fire on them in their fields near the village of Ali Saray, south of Daquq.]]
Kakai leaders said it was the latest in a series of attacks on the community. Police said the gunmen were believed to belong to ISIS.""",
  [I("a", e, "day", f"on {W(e)} night", "near the village of Ali Saray, south of Daquq", "Daquq", "Kirkuk",
     "ISIS", "suspected", ["civilians"], ["shooting"], 1, 1, "A Kakai farmer was shot dead", "another wounded")], key="K_alisaray")

rd = "2022-11-08"; e = add(rd, -1)
D("K", "txt", rd, "Iraq", f"""Kurdistan24 | {MDY(rd)}
[[a|ISIS militants attacked a Peshmerga position near Gwer, in Makhmur district, late {W(e)}, killing two Peshmerga fighters and injuring one.]]
The Ministry of Peshmerga Affairs said coalition aircraft provided surveillance after the attack. The area between Gwer and the Qarachogh mountain is one of the gaps between Peshmerga and Iraqi army lines.""",
  [I("a", e, "day", f"late {W(e)}", "near Gwer, in Makhmur district", "Makhmour", "Nineveh",
     "ISIS", "attributed", ["Peshmerga"], ["shooting"], 2, 1, "killing two Peshmerga fighters", "injuring one")], key="K_gwer")

rd = "2021-03-03"; e = add(rd, -1)
D("K", "txt", rd, "Iraq", f"""Draw Media | {DMY(rd)}
[[a|A bomb attached beneath the car of a PUK cadre exploded in Kalar on {W(e)}, wounding him.]]
Garmiyan Asayish said a suspect had been identified. The cadre is in stable condition at Kalar hospital. No one else was hurt.""",
  [I("a", e, "day", f"on {W(e)}", "in Kalar", "Kalar", "Sulaymaniyah",
     None, None, ["civilians"], ["ied"], None, 1, "none reported", "wounding him")], key="K_kalar")

rd = "2025-03-27"; e = add(rd, -1)
D("K", "txt", rd, "Iraq", f"""Rudaw | {DMY(rd)}
SHINGAL - [[a|A drone strike hit a vehicle of the Sinjar Resistance Units (YBS) in Shingal on {W(e)}, killing one fighter and wounding two, the Yazidi force said.]]
The YBS blamed Turkey, which regards the group as the PKK's branch in Shingal. Ankara did not comment.""",
  [I("a", e, "day", f"on {W(e)}", "in Shingal", "Sinjar", "Nineveh",
     "Turkey", "attributed", ["PKK"], ["airstrike_operation"], 1, 2, "killing one fighter", "wounding two")], key="K_shingal")

rd = "2023-05-15"; e = add(rd, -1)
D("K", "txt", rd, "Iraq", f"""Kurdistan24 | {MDY(rd)}
[[a|ISIS gunmen killed a Kurdish farmer and wounded his brother near Jelewla on {W(e)} as they harvested wheat, according to the Khanaqin Asayish.]]
Farmers in the disputed areas of Garmiyan and Khanaqin have repeatedly asked for joint Peshmerga-army protection of their fields during the harvest.""",
  [I("a", e, "day", f"on {W(e)}", "near Jelewla", "Jalawla", "Diyala",
     "ISIS", "attributed", ["civilians"], ["shooting"], 1, 1, "killed a Kurdish farmer", "wounded his brother")], key="K_jelewla")

rd = "2022-06-02"; e = add(rd, -1)
D("K", "txt", rd, "Iraq", f"""Kurdistan24 | {MDY(rd)}
ERBIL - [[a|Three rockets struck the Lanaz oil refinery on the Erbil-Gwer road on {W(e)} evening, starting a fire in a storage tank; there were no casualties.]]
Firefighters put out the fire within hours. No group claimed the attack, the third on the refinery in two months.""",
  [I("a", e, "day", f"on {W(e)} evening", "the Lanaz oil refinery on the Erbil-Gwer road", "Erbil", "Erbil",
     "unknown", "unclaimed", [], ["mortar_rocket"], 0, 0, "there were no casualties", "there were no casualties")], key="K_lanaz")

rd = "2024-08-14"; e = add(rd, -1)
D("K", "txt", rd, "Iraq", f"""NRT | {DMY(rd)}
[[a|Unidentified gunmen shot a journalist in the leg outside his home in Slemani's Bakrajo neighbourhood on {W(e)}; he survived the attack and no one else was hurt.]]
Press freedom groups in the Kurdistan Region condemned the shooting and urged the Asayish to find the attackers.""",
  [I("a", e, "day", f"on {W(e)}", "Slemani's Bakrajo neighbourhood", "Sulaymaniyah", "Sulaymaniyah",
     "unknown", None, ["civilians"], ["shooting"], 0, 1, "he survived the attack and no one else was hurt", "shot a journalist in the leg")], key="K_bakrajo")

# ============================ S: security statements, police logs ============================
rd = "2023-05-18"
D("S", "txt", rd, "Iraq", f"""DIYALA POLICE DIRECTORATE - OPERATIONS ROOM - daily log {EU(rd)}
0210 Theft of copper cable from a generator, Baquba industrial quarter. Suspect fled.
[[a|0645 IED targeted a farmer's tractor in Abu Saida subdistrict. 1 civilian KIA.]]
1130 Traffic accident on the Baquba-Khalis road, 2 dead, driver detained.
[[b|2205 Unknown gunmen fired on an army post in Mansouriyat al-Jabal. No casualties.]]
2340 Two persons arrested with 300 captagon pills, Khan Bani Saad.""",
  [I("a", rd, "day", f"daily log {EU(rd)}", "Abu Saida subdistrict", "Abu Saida", "Diyala",
     None, None, ["civilians"], ["ied"], 1, None, "1 civilian KIA", "none reported"),
   I("b", rd, "day", f"daily log {EU(rd)}", "Mansouriyat al-Jabal", "Mansouriyat al-Jabal", "Diyala",
     "unknown", None, ["army"], ["shooting"], 0, 0, "No casualties", "No casualties")], key="S_diyalalog")

rd = "2024-02-21"
D("S", "txt", rd, "Iraq", f"""Kirkuk Police Command - incident sheet {EU(rd)}
- 0900: A wanted suspect arrested in Domiz neighbourhood under Article 4 terrorism.
[[a|- 1515: Unknown attackers fired on the guard of a Kakai shrine in the village of Tobzawa, in Daquq district; guard wounded, evacuated to Kirkuk General Hospital.]]
- 1800: 4 kg of hashish seized at the Maktab Khalid checkpoint.
- 2230: House fire in Rahimawa, electrical short circuit, no injuries.""",
  [I("a", rd, "day", f"incident sheet {EU(rd)}", "the village of Tobzawa, in Daquq district", "Daquq", "Kirkuk",
     "unknown", None, ["civilians"], ["shooting"], None, 1, "none reported", "guard wounded")], key="S_tobzawa")

rd = "2021-09-25"
D("S", "txt", rd, "Iraq", f"""Security Media Cell - statement - {DMY(rd)}
[[a|At 0330 today, a terrorist group attacked a checkpoint of the army's 4th Brigade near Dujail, resulting in the martyrdom of one soldier and the injury of two others.]]
The heroes of the checkpoint responded to the source of fire and forced the attackers to withdraw. Army aviation is now combing the area between Dujail and the Ishaqi farms.""",
  [I("a", rd, "day", "At 0330 today", "near Dujail", "Dujail", "Salahuddin",
     "unknown", None, ["army"], ["shooting"], 1, 2, "the martyrdom of one soldier", "the injury of two others")], key="S_dujail")

rd = "2022-10-09"; e = add(rd, -1)
D("S", "txt", rd, "Iraq", f"""Joint Operations Command - {DMY(rd)}
[[a|Based on accurate intelligence, Iraqi Air Force F-16 aircraft carried out an airstrike on {W(e)} on a Daesh hideout in Wadi Houran, south-west of Rutba, killing five terrorists.]]
The JOC said ground forces later reached the site and found explosive belts and weapons. Operations continue to pursue the remnants in the western desert.""",
  [I("a", e, "day", f"on {W(e)}", "a Daesh hideout in Wadi Houran, south-west of Rutba", "Rutba", "Anbar",
     "Iraqi forces", "claimed", ["ISIS"], ["airstrike_operation"], 5, None, "killing five terrorists", "none reported")], key="S_houran")

rd = "2025-03-24"; e = add(rd, -1)
D("S", "txt", rd, "Iraq", f"""Nineveh Police Command - press release - {DMY(rd)}
[[a|Unknown gunmen opened fire on the house of a mukhtar in Bakhdida, in Al-Hamdaniya district, on {W(e)} night, wounding him in the shoulder.]]
In a separate operation, police in the left bank of Mosul arrested two drug dealers and seized two kilograms of crystal meth. The command also announced the graduation of 120 new community policing officers.""",
  [I("a", e, "day", f"on {W(e)} night", "Bakhdida, in Al-Hamdaniya district", "Hamdaniya", "Nineveh",
     "unknown", None, ["civilians"], ["shooting"], None, 1, "none reported", "wounding him in the shoulder")], key="S_bakhdida")

rd = "2019-12-16"
D("S", "txt", rd, "Iraq", f"""Baghdad Police - Rusafa sector log - {EU(rd, '-')}
[[a|07:50 sticky bomb under the car of a protester detonated in Al-Hurriya, one wounded (the owner).]]
11:20 fire in a warehouse in Al-Shorja market, cause electrical fault, civil defence attended.
16:00 arrest of a wanted person on a fraud warrant, Palestine Street.
21:45 complaint of celebratory gunfire at a wedding, Zayouna, no injuries.""",
  [I("a", rd, "day", f"Rusafa sector log - {EU(rd, '-')}", "Al-Hurriya", "Baghdad", "Baghdad",
     None, None, ["civilians"], ["ied"], None, 1, "none reported", "one wounded (the owner)")], key="S_hurriya")

rd = "2021-03-14"
D("S", "txt", rd, "Iraq", f"""Basra Police Command - daily events {EU(rd)}
[[a|- A Katyusha rocket fell in an empty area near Basra International Airport; no casualties, no damage.]]
- A young man drowned while swimming in the Shatt al-Arab near Al-Ashar.
- A tribal dispute in Al-Qurna was resolved by tribal elders with the police present.
- 17 vehicles seized for unpaid customs duties at the Safwan crossing.""",
  [I("a", rd, "day", f"daily events {EU(rd)}", "an empty area near Basra International Airport", "Basra", "Basra",
     None, None, [], ["mortar_rocket"], 0, 0, "no casualties", "no casualties")], key="S_basraairport")

rd = "2025-07-16"; e = add(rd, -1)
D("S", "txt", rd, "Iraq", f"""Kurdistan Region Counter-Terrorism Directorate - {DMY(rd)}
[[a|At 21:10 on {W(e)}, an explosive-laden drone struck a production facility at the Sarsang oil field in Duhok province, causing a fire; there were no human injuries.]]
The CTD blamed "outlaw groups" for the attack and said production was halted as a precaution.""",
  [I("a", e, "day", f"At 21:10 on {W(e)}", "the Sarsang oil field in Duhok province", "Sarsang oil field", "Dohuk",
     "unknown", None, [], ["other"], 0, 0, "there were no human injuries", "there were no human injuries")], key="S_sarsang")

rd = "2021-09-28"
D("S", "txt", rd, "Iraq", f"""Salahuddin Operations Command - log {EU(rd)}
[[a|0510 Saboteurs blew up a high-voltage tower near Al-Dour; damage to the line, no casualties.]]
1240 A shepherd was killed by an old landmine left from the war in the Makhoul foothills (not hostile activity).
1900 A search of Al-Jallam desert found an abandoned hideout with food and fuel.""",
  [I("a", rd, "day", f"log {EU(rd)}", "near Al-Dour", "Dour", "Salahuddin",
     "unknown", None, [], ["ied"], 0, 0, "no casualties", "no casualties")], key="S_dour")

rd = "2022-10-26"
D("S", "txt", rd, "Iraq", f"""Anbar Police - Al-Qaim district log {EU(rd)}
[[a|0320 Gunmen attacked a border guard post near Al-Qaim from the desert side; 1 border guard wounded.]]
0800 Smuggling attempt foiled, 40 cartons of cigarettes seized at the Husaybah crossing.
1430 Road accident near Akashat, 3 injured, not hostile.""",
  [I("a", rd, "day", f"district log {EU(rd)}", "a border guard post near Al-Qaim", "Al-Qaim", "Anbar",
     "unknown", None, ["security forces"], ["shooting"], None, 1, "none reported", "1 border guard wounded")], key="S_qaim")

rd = "2022-11-15"
D("S", "txt", rd, "Iraq", f"""Dhi Qar Police - events of {EU(rd)}
[[a|- An explosive charge exploded at the gate of a lawyer's house in Al-Shatra; damage limited to the gate. No persons were harmed.]]
- A man was killed by his cousin in a dispute over a debt in Suq al-Shuyukh; the killer surrendered (criminal case).
- Two wanted persons arrested in Al-Nasiriyah.""",
  [I("a", rd, "day", f"events of {EU(rd)}", "the gate of a lawyer's house in Al-Shatra", "Shatra", "Dhi Qar",
     None, None, [], ["ied"], 0, 0, "No persons were harmed", "No persons were harmed")], key="S_shatra")
