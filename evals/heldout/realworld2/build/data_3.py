"""Styles N (NGO / UN situation-report paragraphs), E (no casualty figures
or explicitly none) and F (round-ups)."""
from lib import D, I, W

# ============================ N: NGO / UN paragraphs ============================
D("N", "txt", "2021-04-08", "Iraq", """UNAMI Human Rights Office - civilian protection update, 8 April 2021
[[a|UNAMI received credible reports that on 6 April 2021 unidentified armed men shot and killed two brothers, both recent returnees, in Albu Dour village, Tikrit district.]] The victims' family had returned from displacement in 2019. UNAMI calls on the authorities to investigate and to protect returnee communities.""",
  [I("a", "2021-04-06", "day", "on 6 April 2021", "Albu Dour village, Tikrit district", "Tikrit", "Salahuddin", "unknown", None, ["civilians"], ["shooting"], 2, None, "shot and killed two brothers", "none reported")])

D("N", "txt", "2020-03-05", "Iraq", """Protection Cluster Iraq - Diyala monthly note (issued 05/03/2020)
[[a|Late in February 2020, ISIS gunmen killed a farmer and injured his nephew in agricultural land on the outskirts of Jalawla, prompting several returnee families to leave again for Khanaqin.]] Partners report that fear of night attacks is the main obstacle to return in the subdistrict. Livelihood support remains limited.""",
  [I("a", "2020-02", "month", "Late in February 2020", "the outskirts of Jalawla", "Jalawla", "Diyala", "ISIS", "attributed", ["civilians"], ["shooting"], 1, 1, "killed a farmer", "injured his nephew")])

D("N", "txt", "2023-01-19", "Iraq", """NRC Iraq - security incident notice, 19 January 2023
[[a|On 17 January 2023, unidentified gunmen opened fire on a vehicle carrying humanitarian staff on the road between Hawija and Kirkuk, wounding the driver.]] No one claimed responsibility. Staff movements on the road have been suspended pending a review. NRC reminds all parties that aid workers are protected under international humanitarian law.""",
  [I("a", "2023-01-17", "day", "On 17 January 2023", "the road between Hawija and Kirkuk", "Hawija", "Kirkuk", "unknown", "unclaimed", ["civilians"], ["shooting"], None, 1, "none reported", "wounding the driver")])

D("N", "txt", "2019-10-25", "Iraq", """Human Rights Watch - dispatch, 25 October 2019
[[a|Witnesses told Human Rights Watch that on 21 October 2019 security forces fired tear gas canisters directly into crowds of protesters in Nasiriyah, killing three protesters and injuring at least 40.]] Medical workers said several of the dead had canisters lodged in their skulls. Iraqi authorities should order forces to stop using tear gas canisters as projectiles.""",
  [I("a", "2019-10-21", "day", "on 21 October 2019", "Nasiriyah", "Nasiriyah", "Dhi Qar", "security forces", "attributed", ["civilians"], ["other"], 3, 40, "killing three protesters", "injuring at least 40")])

D("N", "txt", "2022-05-06", "Iraq", """WHO Iraq - Surveillance System for Attacks on Health Care, note of 6 May 2022
[[a|On 3 May 2022, a mortar round struck the yard of a primary health care centre in Al-Muqdadiya district, Diyala, injuring a nurse.]] The centre suspended services for two days. WHO reiterates that health facilities must never be a target. It was the second attack on health care recorded in Iraq this year.""",
  [I("a", "2022-05-03", "day", "On 3 May 2022", "a primary health care centre in Al-Muqdadiya district", "Muqdadiyah", "Diyala", None, None, ["civilians"], ["mortar_rocket"], None, 1, "none reported", "injuring a nurse")])

D("N", "txt", "2020-09-17", "Iraq", """UNICEF Iraq - statement, 17 September 2020
[[a|UNICEF is appalled by reports that two children lost their lives on 14 September 2020 when an explosive device planted by unknown perpetrators detonated near their home in Al-Dour district, Salahuddin.]] A third child sustained injuries. Children should never be the target of violence. UNICEF calls for the perpetrators to be brought to justice.""",
  [I("a", "2020-09-14", "day", "on 14 September 2020", "their home in Al-Dour district", "Dour", "Salahuddin", "unknown", None, ["civilians"], ["ied"], 2, 1, "two children lost their lives", "A third child sustained injuries")])

D("N", "txt", "2021-08-20", "Iraq", """ACAPS Iraq - humanitarian access snapshot, 20 Aug 2021
[[a|Earlier this month, IS fighters raided the village of Albu Dali in Tuz Khurmatu district, killing four villagers and burning two houses.]] Access constraints in the district remain high; partners report checkpoints closing at dusk and movement restrictions on returnees. Next update expected in September.""",
  [I("a", "2021-08", "month", "Earlier this month", "the village of Albu Dali in Tuz Khurmatu district", "Tuz Khurmatu", "Salahuddin", "ISIS", "attributed", ["civilians"], ["shooting", "other"], 4, None, "killing four villagers", "none reported")])

D("N", "txt", "2021-04-01", "Iraq", """UNHCR Iraq - protection monitoring, 1 April 2021
[[a|On the night of 27-28 March 2021, unidentified gunmen attacked the home of a returnee family in Al-Baaj district, killing a man and wounding his wife.]] The family had returned from Hasansham camp two months earlier. UNHCR protection teams are following up with the authorities and the family's relatives.""",
  [I("a", "2021-03-27", "day", "On the night of 27-28 March 2021", "the home of a returnee family in Al-Baaj district", "Baaj", "Nineveh", "unknown", None, ["civilians"], ["shooting"], 1, 1, "killing a man", "wounding his wife")])

D("N", "txt", "2021-07-10", "Iraq", """UNAMI - civilian casualty report, second quarter of 2021 (10 July 2021)
UNAMI documented 43 civilian casualties across Iraq between April and June. [[a|The deadliest single incident occurred on 19 April 2021, when a car bomb exploded near a vegetable market in Jalawla, killing six civilians and injuring 19.]] Most of the other casualties were caused by explosive remnants of war and by shootings in Kirkuk and Diyala.""",
  [I("a", "2021-04-19", "day", "on 19 April 2021", "near a vegetable market in Jalawla", "Jalawla", "Diyala", None, None, ["civilians"], ["ied"], 6, 19, "killing six civilians", "injuring 19")])

D("N", "txt", "2019-11-13", "Iraq", """CPT Iraqi Kurdistan - field update, 13 November 2019
[[a|On 10 November 2019, shelling believed to have been fired by Turkish forces hit the outskirts of Sharanish village in Zakho district, injuring two shepherds.]] Villagers told the team that the area had been shelled four times since September, and that many families now graze their flocks only at night.""",
  [I("a", "2019-11-10", "day", "On 10 November 2019", "the outskirts of Sharanish village in Zakho district", "Zakho", "Dohuk", "Turkey", "suspected", ["civilians"], ["mortar_rocket"], None, 2, "none reported", "injuring two shepherds")])

# ============================ E: no casualty figures ============================
e = "2021-01-26"
D("E", "txt", "2021-01-27", "Iraq", f"""Anbar - INA - 27 January 2021
[[a|Unknown attackers blew up a mobile phone tower near Al-Karma, east of Fallujah, on {W(e)} night, cutting telephone and internet services to several villages.]] A technical team was sent to assess the damage. The tower belonged to a private telecom company.""",
  [I("a", e, "day", f"on {W(e)} night", "near Al-Karma, east of Fallujah", "Karma", "Anbar", "unknown", None, [], ["ied"], None, None, "none reported", "none reported")])

D("E", "txt", "2020-06-11", "Iraq", """Salahuddin Electricity Directorate - 11-06-2020
[[a|Daesh elements blew up two high-voltage electricity pylons near Al-Ishaqi, south of Samarra, in the early hours of 10 June, the directorate said.]] The attack cut power to parts of Samarra and Balad. Teams began repairs under army protection. The directorate called for more security for transmission lines crossing the desert.""",
  [I("a", "2020-06-10", "day", "in the early hours of 10 June", "near Al-Ishaqi, south of Samarra", "Ishaqi", "Salahuddin", "ISIS", "attributed", [], ["ied"], None, None, "none reported", "none reported")])

e = "2020-02-09"
D("E", "txt", "2020-02-10", "Iraq", f"""Maysan - 10/02/2020 - local media
[[a|Gunmen in a civilian car abducted a young protest activist in central Amarah on {W(e)} evening, his family said.]] Fellow protesters blocked a main street to demand his release. Police said they were searching for the kidnappers. There has been no word about his fate.""",
  [I("a", e, "day", f"on {W(e)} evening", "central Amarah", "Amarah", "Maysan", "unknown", None, ["civilians"], ["kidnapping"], None, None, "none reported", "none reported")])

e = "2022-11-29"
D("E", "txt", "2022-11-30", "Iraq", f"""Diyala - 30 November 2022
[[a|A roadside bomb targeted the convoy of the mayor of Al-Khalis district on the Al-Khalis-Baquba road on {W(e)} morning.]] The mayor and his guards escaped unharmed, a security source said. Two vehicles were damaged. Police said the bomb had been planted overnight in a drainage channel.""",
  [I("a", e, "day", f"on {W(e)} morning", "the Al-Khalis-Baquba road", "Khalis", "Diyala", None, None, ["civilians"], ["ied"], 0, 0, "escaped unharmed", "escaped unharmed")])

e = "2020-04-16"
D("E", "txt", e, "Iraq", f"""Salahuddin - 16 April 2020
[[a|Three rockets landed in an empty field near the Balad air base, north of Baghdad, on {W(e)}, security officials said, causing no casualties.]] The base once hosted US contractors maintaining Iraq's F-16 fleet; most of them have since left. No group claimed the attack.""",
  [I("a", e, "day", f"on {W(e)}", "an empty field near the Balad air base", "Balad", "Salahuddin", "unknown", "unclaimed", [], ["mortar_rocket"], 0, 0, "causing no casualties", "causing no casualties")])

e = "2021-09-11"
D("E", "txt", "2021-09-12", "Iraq", f"""Erbil - Kurdistan Region Counter-Terrorism Directorate - 12 September 2021
[[a|Air defences at Erbil airport, which hosts US-led coalition forces, shot down an explosive-laden drone approaching the airport late on {W(e)}.]] There was no damage or injuries. The directorate said the drone had been launched from outside the Kurdistan Region.""",
  [I("a", e, "day", f"late on {W(e)}", "Erbil airport", "Erbil", "Erbil", None, None, ["US forces"], ["other"], 0, 0, "There was no damage or injuries", "There was no damage or injuries")])

D("E", "txt", "2019-08-22", "Iraq", """North Oil Company - announcement - 22-08-2019
[[a|Saboteurs bombed a section of the oil pipeline near Qayyarah, south of Mosul, on 21 August, causing a fire and a spill.]] Pumping was halted while engineers assessed the damage. The company said it would resume pumping within days. No information was given on casualties.""",
  [I("a", "2019-08-21", "day", "on 21 August", "the oil pipeline near Qayyarah", "Qayyarah", "Nineveh", "unknown", None, [], ["ied"], None, None, "none reported", "none reported")])

e = "2020-10-19"
D("E", "txt", "2020-10-20", "Iraq", f"""Dhi Qar - 20-10-2020
[[a|Unknown assailants set fire to the headquarters of a political party in Nasiriyah overnight into {W(e)}.]] Firefighters put out the blaze. Party officials blamed "those who want chaos" and called on the government to protect political offices ahead of the elections.""",
  [I("a", e, "day", f"overnight into {W(e)}", "the headquarters of a political party in Nasiriyah", "Nasiriyah", "Dhi Qar", "unknown", None, [], ["other"], None, None, "none reported", "none reported")])

e = "2022-05-27"
D("E", "txt", "2022-05-28", "Iraq", f"""Baghdad Today - Diyala - 28 May 2022
[[a|An explosive device went off near a mosque in the centre of Al-Muqdadiya on {W(e)} night, causing damage to the mosque's outer wall.]] A source said security forces closed the roads leading to the mosque. The source did not say whether anyone was hurt.""",
  [I("a", e, "day", f"on {W(e)} night", "near a mosque in the centre of Al-Muqdadiya", "Muqdadiyah", "Diyala", None, None, [], ["ied"], None, None, "none reported", "none reported")])

e = "2023-07-09"
D("E", "txt", "2023-07-10", "Iraq", f"""Sulaimani - 10-07-2023
[[a|Turkish warplanes bombed areas of the Qandil mountains in Pshdar district on {W(e)}, local residents said.]] There was no information about casualties. The Turkish defence ministry said its aircraft had destroyed shelters and depots used by the PKK.""",
  [I("a", e, "day", f"on {W(e)}", "areas of the Qandil mountains in Pshdar district", "Qaladze", "Sulaymaniyah", "Turkey", "claimed", ["PKK"], ["airstrike_operation"], None, None, "none reported", "none reported")])

# ============================ F: round-ups ============================
D("F", "txt", "2021-03-21", "Iraq", f"""Weekly security round-up - Diyala and Salahuddin - 21 March 2021
[[a|On {W('2021-03-15')}, an IED wounded two soldiers near Saadiya, north of Khanaqin.]]
[[b|Three days later, suspected ISIS gunmen killed a PMU fighter at a post in Dhuluiya, Salahuddin.]]
[[c|On {W('2021-03-20')}, a mortar round fell on farmland near Muqdadiyah, causing no casualties.]]
Security commanders said operations in the Mutaibija pocket would continue.""",
  [I("a", "2021-03-15", "day", f"On {W('2021-03-15')}", "near Saadiya, north of Khanaqin", "Saadiya", "Diyala", None, None, ["army"], ["ied"], None, 2, "none reported", "wounded two soldiers"),
   I("b", "2021-03-18", "day", "Three days later", "a post in Dhuluiya", "Dhuluiya", "Salahuddin", "ISIS", "suspected", ["PMU"], ["shooting"], 1, None, "killed a PMU fighter", "none reported"),
   I("c", "2021-03-20", "day", f"On {W('2021-03-20')}", "farmland near Muqdadiyah", "Muqdadiyah", "Diyala", None, None, [], ["mortar_rocket"], 0, 0, "causing no casualties", "causing no casualties")])

D("F", "txt", "2020-10-05", "Iraq", """Kirkuk: three attacks in one week (05-10-2020)
[[a|On 28 September, IS militants attacked a checkpoint in the Riyadh subdistrict, west of Kirkuk, killing a soldier.]]
[[b|On 1 October, two federal policemen were injured by an IED near the Khabbaz oil field.]]
[[c|Then on 3 October, gunmen kidnapped a truck driver on the Kirkuk-Baghdad road near Taza Khurmatu.]]
Provincial officials asked Baghdad for more troops.""",
  [I("a", "2020-09-28", "day", "On 28 September", "a checkpoint in the Riyadh subdistrict, west of Kirkuk", "Riyadh", "Kirkuk", "ISIS", "attributed", ["army"], ["shooting"], 1, None, "killing a soldier", "none reported"),
   I("b", "2020-10-01", "day", "On 1 October", "near the Khabbaz oil field", "Khabbaz oil field", "Kirkuk", None, None, ["police"], ["ied"], None, 2, "none reported", "two federal policemen were injured"),
   I("c", "2020-10-03", "day", "on 3 October", "the Kirkuk-Baghdad road near Taza Khurmatu", "Taza Khurmatu", "Kirkuk", "unknown", None, ["civilians"], ["kidnapping"], None, None, "none reported", "none reported")])

D("F", "txt", "2022-07-25", "Iraq", f"""Northern Iraq digest | 25 July 2022
- [[a|Late on {W('2022-07-21')}, a Turkish drone strike killed two PKK members near Mount Gara in Amedi district.]]
- [[b|On {W('2022-07-23')}, unknown gunmen shot dead a Yazidi man near Sinuni, north of Sinjar mountain.]]
- In Dohuk, hundreds protested against Turkish operations; the protest ended peacefully.""",
  [I("a", "2022-07-21", "day", f"Late on {W('2022-07-21')}", "near Mount Gara in Amedi district", "Amedi", "Dohuk", "Turkey", "attributed", ["PKK"], ["airstrike_operation"], 2, None, "killed two PKK members", "none reported"),
   I("b", "2022-07-23", "day", f"On {W('2022-07-23')}", "near Sinuni, north of Sinjar mountain", "Sinjar", "Nineveh", "unknown", None, ["civilians"], ["shooting"], 1, None, "shot dead a Yazidi man", "none reported")])

D("F", "txt", "2019-05-20", "Iraq", """Anbar security summary - 20 May 2019
[[a|On 14 May, an explosive device killed two shepherds and wounded a third in the desert south of Rawa.]]
[[b|On 17 May, IS fighters ambushed a tribal Hashd patrol near Anah, killing three fighters and wounding five.]]
Authorities closed desert roads west of Haditha for two days.""",
  [I("a", "2019-05-14", "day", "On 14 May", "the desert south of Rawa", "Rawa", "Anbar", None, None, ["civilians"], ["ied"], 2, 1, "killed two shepherds", "wounded a third"),
   I("b", "2019-05-17", "day", "On 17 May", "near Anah", "Anah", "Anbar", "ISIS", "attributed", ["PMU"], ["ambush"], 3, 5, "killing three fighters", "wounding five")])

D("F", "txt", "2023-03-27", "Iraq", f"""Baghdad belt: weekend incidents (27/03/2023)
[[a|On {W('2023-03-24')} night, an IED hit a PMF vehicle in Al-Rashidiya, north of Baghdad, wounding three fighters.]]
[[b|On {W('2023-03-26')}, a sniper killed a soldier at a checkpoint near Abu Ghraib.]]
No claims were made for either attack. Separately, police arrested a man suspected of financing cells in Taji.""",
  [I("a", "2023-03-24", "day", f"On {W('2023-03-24')} night", "Al-Rashidiya, north of Baghdad", "Baghdad", "Baghdad", "unknown", "unclaimed", ["PMU"], ["ied"], None, 3, "none reported", "wounding three fighters"),
   I("b", "2023-03-26", "day", f"On {W('2023-03-26')}", "a checkpoint near Abu Ghraib", "Abu Ghraib", "Baghdad", "unknown", "unclaimed", ["army"], ["shooting"], 1, None, "a sniper killed a soldier", "none reported")])

D("F", "txt", "2021-12-06", "Iraq", """Nineveh and Makhmour - week in review, 6 December 2021
[[a|On 30 November, ISIS militants killed two Peshmerga in an attack on a post near Gwer.]]
[[b|On 2 December, an IED wounded four soldiers in the Hatra desert.]]
[[c|On 4 December, gunmen abducted two brothers from their farm near Hamam al-Alil.]]
The Peshmerga and the Iraqi army agreed to set up joint brigades.""",
  [I("a", "2021-11-30", "day", "On 30 November", "a post near Gwer", "Makhmour", "Nineveh", "ISIS", "attributed", ["Peshmerga"], ["shooting"], 2, None, "killed two Peshmerga", "none reported"),
   I("b", "2021-12-02", "day", "On 2 December", "the Hatra desert", "Hatra", "Nineveh", None, None, ["army"], ["ied"], None, 4, "none reported", "wounded four soldiers"),
   I("c", "2021-12-04", "day", "On 4 December", "their farm near Hamam al-Alil", "Hamam al-Alil", "Nineveh", "unknown", None, ["civilians"], ["kidnapping"], None, None, "none reported", "none reported")])

D("F", "txt", "2020-03-16", "Iraq", f"""Rocket attacks round-up | 16 March 2020
[[a|On {W('2020-03-11')} evening, about 15 rockets struck Camp Taji, killing two US service members and a British soldier and wounding a dozen others.]]
[[b|On {W('2020-03-14')}, another volley hit the same base, wounding three coalition troops and two Iraqi air defence soldiers.]]
The US blamed Kataib Hezbollah for the first attack.""",
  [I("a", "2020-03-11", "day", f"On {W('2020-03-11')} evening", "Camp Taji", "Taji", "Baghdad", "PMU", "attributed", ["US forces"], ["mortar_rocket"], 3, 12, "killing two US service members and a British soldier", "wounding a dozen others"),
   I("b", "2020-03-14", "day", f"On {W('2020-03-14')}", "the same base", "Taji", "Baghdad", None, None, ["US forces", "army"], ["mortar_rocket"], None, 5, "none reported", "wounding three coalition troops and two Iraqi air defence soldiers")])

D("F", "txt", "2022-09-12", "Iraq", """Southern Iraq: two incidents (12 September 2022)
[[a|On 8 September, a bomb exploded outside the home of a tribal sheikh in Al-Qurna, north of Basra, causing damage but no injuries.]]
[[b|On 10 September, gunmen shot dead a lawyer in Al-Diwaniyah as he left his office.]]
Police in both provinces opened investigations. In Najaf, pilgrims' convoys continued to move without incident.""",
  [I("a", "2022-09-08", "day", "On 8 September", "outside the home of a tribal sheikh in Al-Qurna", "Qurna", "Basra", None, None, ["civilians"], ["ied"], 0, 0, "causing damage but no injuries", "causing damage but no injuries"),
   I("b", "2022-09-10", "day", "On 10 September", "Al-Diwaniyah", "Diwaniyah", "Qadisiyah", "unknown", None, ["civilians"], ["shooting"], 1, None, "shot dead a lawyer", "none reported")])
