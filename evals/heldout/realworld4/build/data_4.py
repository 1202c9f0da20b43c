"""Styles G (revised tolls and breakdowns), H (noise), J (containers)."""
import lib
from lib import D, I, W, DMY, DM, MDY, MD, Mb, bM, AP, MORD, ORDM, US, EU, DMON, add, N

# ============================ G: revised tolls, breakdowns ============================
rd = "2024-02-13"; e = add(rd, -1)
D("G", "txt", rd, "Iraq", f"""KIRKUK, {DMY(rd)} - [[a|A car bomb exploded in a vegetable market in Kirkuk's Domiz neighbourhood on {W(e)} morning, initially killing three people.]]
By evening, the health directorate said the toll had reached five, two of them women, and that 14 people were being treated for wounds.
Police blamed ISIS, which has not claimed a car bombing in the city for several years.""",
  [I("a", e, "day", f"on {W(e)} morning", "a vegetable market in Kirkuk's Domiz neighbourhood", "Kirkuk", "Kirkuk",
     "ISIS", "attributed", ["civilians"], ["ied"], 5, 14, "the toll had reached five", "14 people were being treated for wounds")], key="G_domiz")

rd = "2023-05-27"; e = add(rd, -1)
D("G", "txt", rd, "Iraq", f"""Diyala, {DMY(rd)}
[[a|Gunmen opened fire on a wedding party in Khan Bani Saad on {W(e)} after sunset, killing four guests, police said.]]
Hours later a hospital source said the number of dead had risen to seven, including three children, and that nine others were wounded. No group claimed the attack; police are investigating a possible feud.""",
  [I("a", e, "day", f"on {W(e)} after sunset", "a wedding party in Khan Bani Saad", "Khan Bani Saad", "Diyala",
     "unknown", "unclaimed", ["civilians"], ["shooting"], 7, 9, "the number of dead had risen to seven", "nine others were wounded")], key="G_khanbanisaad")

rd = "2021-09-11"; e = add(rd, -1)
D("G", "txt", rd, "Iraq", f"""TIKRIT, {MDY(rd)} - [[a|A suicide bomber blew himself up at a PMU checkpoint at the southern entrance of Tikrit on {W(e)} afternoon.]]
Eight people were killed, among them the attacker, a security official said on {W(rd)}. Between 10 and 12 others were wounded. Officials suspect ISIS, which carried out similar attacks in the area in previous years.""",
  [I("a", e, "day", f"on {W(e)} afternoon", "a PMU checkpoint at the southern entrance of Tikrit", "Tikrit", "Salahuddin",
     "ISIS", "suspected", ["PMU"], ["suicide"], 7, 10, "Eight people were killed, among them the attacker", "Between 10 and 12 others were wounded")], key="G_tikrit")

rd = "2022-10-30"; e = add(rd, -1)
D("G", "txt", rd, "Iraq", f"""RAMADI, {DMY(rd)} - [[a|A roadside bomb hit a minibus near the Albu Faraj bridge, north of Ramadi, on {W(e)}, and police first said six passengers had been killed and three wounded.]]
The Anbar health directorate later revised the toll down to four dead, saying two of those first counted as dead were in critical condition, and put the wounded at five.""",
  [I("a", e, "day", f"on {W(e)}", "near the Albu Faraj bridge, north of Ramadi", "Ramadi", "Anbar",
     None, None, ["civilians"], ["ied"], 4, 5, "revised the toll down to four dead", "put the wounded at five")], key="G_albufaraj")

rd = "2025-03-30"; e = add(rd, -1)
D("G", "txt", rd, "Iraq", f"""Zummar, Nineveh - {DMY(rd)}
[[a|A bomb went off at the cattle market in Zummar on {W(e)} morning, leaving three dead and about a dozen wounded.]]
A fourth victim, a teenager, died overnight in a Mosul hospital, a medical source said on {W(rd)}. No group has claimed responsibility.""",
  [I("a", e, "day", f"on {W(e)} morning", "the cattle market in Zummar", "Zummar", "Nineveh",
     "unknown", "unclaimed", ["civilians"], ["ied"], 4, 12, "A fourth victim, a teenager, died", "about a dozen wounded")], key="G_zummar")

rd = "2021-07-20"; e = add(rd, -1)
D("G", "txt", rd, "Iraq", f"""BAGHDAD, {MDY(rd)} - [[a|A bomb tore through the crowded Al-Wuhailat market in Sadr City on {W(e)}, a day before Eid al-Adha, killing 18 people according to first reports.]]
The toll climbed through the night. On {W(rd)} the health ministry put it at 30, with more than 50 wounded. The Islamic State claimed the attack on its Telegram channels.""",
  [I("a", e, "day", f"on {W(e)}, a day before Eid al-Adha", "the crowded Al-Wuhailat market in Sadr City", "Baghdad", "Baghdad",
     "ISIS", "claimed", ["civilians"], ["ied"], 30, 50, "the health ministry put it at 30", "more than 50 wounded")], key="G_sadrcity")

rd = "2021-02-17"; e = add(rd, -2)
D("G", "txt", rd, "Iraq", f"""ERBIL, {DMY(rd)} - [[a|Rockets struck the Erbil airport area, which hosts coalition troops, and nearby homes on {W(e)} night, killing a foreign contractor and wounding eight people, including a US service member.]]
On {W(rd)} the Kurdistan Region's health ministry said a second civilian, a local man hit in a residential street, had died of his wounds. A group calling itself Saraya Awliya al-Dam, believed to be a front for Kataib Hezbollah, claimed the attack.""",
  [I("a", e, "day", f"on {W(e)} night", "the Erbil airport area", "Erbil", "Erbil",
     "PMU", "claimed", ["US forces", "civilians"], ["mortar_rocket"], 2, 8, "a second civilian, a local man hit in a residential street, had died", "wounding eight people")], key="G_erbil")

rd = "2023-11-04"; e = add(rd, -1)
D("G", "txt", rd, "Iraq", f"""KARBALA, {DMY(rd)} - [[a|A bomb hidden in a rubbish bin exploded near a police checkpoint in Karbala's Bab Baghdad area on {W(e)} evening, leaving six dead and nine wounded.]]
Of the six dead, four were policemen and two were passers-by, a police spokesman said. Nobody claimed responsibility.""",
  [I("a", e, "day", f"on {W(e)} evening", "Karbala's Bab Baghdad area", "Karbala", "Karbala",
     "unknown", "unclaimed", ["police", "civilians"], ["ied"], 6, 9, "leaving six dead", "nine wounded")], key="G_karbala")

rd = "2022-12-21"; e = add(rd, -2)
D("G", "txt", rd, "Iraq", f"""Kirkuk, {DMY(rd)}
[[a|Nine soldiers lost their lives when ISIS fighters detonated a roadside bomb and then fired on an army patrol near Al-Abbasi, in Hawija district, on {W(e)} night, officials said, revising an earlier figure of seven.]]
Three soldiers were wounded. The army said it had sent reinforcements from Kirkuk.""",
  [I("a", e, "day", f"on {W(e)} night", "near Al-Abbasi, in Hawija district", "Hawija", "Kirkuk",
     "ISIS", "attributed", ["army"], ["ambush", "ied"], 9, 3, "Nine soldiers lost their lives", "Three soldiers were wounded")], key="G_abbasi")

rd = "2022-05-11"; e = add(rd, -2)
D("G", "txt", rd, "Iraq", f"""AMARAH, {DMY(rd)} - [[a|A sticky bomb exploded under the car of an intelligence officer in Amarah on {W(e)}, killing him and wounding his son and a passer-by.]]
On {W(rd)} relatives said the son had died of his injuries, raising the toll to two. The passer-by is recovering. Police said the officer had received threats.""",
  [I("a", e, "day", f"on {W(e)}", "in Amarah", "Amarah", "Maysan",
     None, None, ["security forces", "civilians"], ["ied"], 2, 2, "raising the toll to two", "wounding his son and a passer-by")], key="G_amarah")

rd = "2020-10-18"; e = add(rd, -1)
D("G", "txt", rd, "Iraq", f"""Baquba, {DMY(rd)}
[[a|Gunmen attacked a funeral tent in a village in Al-Khalis district on {W(e)} evening.]] First reports spoke of between five and seven dead. The provincial health directorate later confirmed six killed and eight wounded. Local officials blamed ISIS remnants in the orchards.""",
  [I("a", e, "day", f"on {W(e)} evening", "a village in Al-Khalis district", "Khalis", "Diyala",
     "ISIS", "attributed", ["civilians"], ["shooting"], 6, 8, "confirmed six killed", "eight wounded")], key="G_khalis")

# ============================ H: noise ============================
rd = "2023-02-18"; e = add(rd, -1)
D("H", "txt", rd, "Syria", f"""DAMASCUS, {DMY(rd)} - [[a|ISIS gunmen killed three truffle hunters in the desert near Al-Sukhnah, in Syria's Homs province, on {W(e)}, a war monitor said.]]
Dozens of truffle hunters have been killed in the Syrian desert in recent years, many by landmines. The area lies more than 200 km from the Iraqi border.""",
  [I("a", e, "day", f"on {W(e)}", "near Al-Sukhnah, in Syria's Homs province", None, None,
     "ISIS", "attributed", ["civilians"], ["shooting"], 3, None, "killed three truffle hunters", "none reported", country="Syria")], key="H_sukhnah")

rd = "2022-09-07"; e = add(rd, -1)
D("H", "txt", rd, "Turkey", f"""ANKARA, {DMY(rd)} - [[a|Two Turkish soldiers were killed in an attack blamed on PKK militants in Hakkari province, near the Iraqi border, on {W(e)}, the defence ministry said.]]
The ministry said operations against the group were continuing both in Turkey and in northern Iraq, but gave no details.""",
  [I("a", e, "day", f"on {W(e)}", "Hakkari province, near the Iraqi border", None, None,
     "PKK", "attributed", ["Turkey"], ["shooting"], 2, None, "Two Turkish soldiers were killed", "none reported", country="Turkey")], key="H_hakkari")

rd = "2024-04-05"; e = add(rd, -1)
D("H", "txt", rd, "Iran", f"""TEHRAN, {DMY(rd)} - [[a|Gunmen attacked a police station in Saravan, in Iran's Sistan-Baluchestan province, late {W(e)}, killing two police officers, state media said.]]
No group had claimed the attack by {W(rd)} afternoon. The province borders Pakistan and Afghanistan and is far from Iraq.""",
  [I("a", e, "day", f"late {W(e)}", "a police station in Saravan, in Iran's Sistan-Baluchestan province", None, None,
     "unknown", "unclaimed", ["police"], ["shooting"], 2, None, "killing two police officers", "none reported", country="Iran")], key="H_saravan")

rd = "2024-02-05"; e = add(rd, -2)
D("H", "txt", rd, "Syria", f"""WASHINGTON, {DMY(rd)} - [[a|US aircraft struck Kataib Hezbollah facilities in Al-Mayadin, in eastern Syria, on {W(e)}, the Pentagon said, without giving casualty figures.]]
Strikes on sites in Iraq the same night are covered in a separate report. Al-Mayadin lies on the Euphrates about 80 km from the Iraqi town of Al-Qaim.""",
  [I("a", e, "day", f"on {W(e)}", "Al-Mayadin, in eastern Syria", None, None,
     "US forces", "claimed", ["PMU"], ["airstrike_operation"], None, None, "none reported", "none reported", country="Syria")], key="H_mayadin")

rd = "2023-08-09"; e = add(rd, -1)
D("H", "txt", rd, "Pakistan", f"""QUETTA, {DMY(rd)} - [[a|A bomb hidden in a motorcycle exploded near a police van in Quetta on {W(e)}, wounding seven people, police said.]]
Balochistan has seen a rise in militant attacks this year. The report does not concern Iraq, although Iraqi pilgrims often travel through the region.""",
  [I("a", e, "day", f"on {W(e)}", "near a police van in Quetta", None, None,
     None, None, ["police"], ["ied"], None, 7, "none reported", "wounding seven people", country="Pakistan")], key="H_quetta")

rd = "2025-03-18"
D("H", "txt", rd, "Iraq", f"""Sinjar, {DMY(rd)}
Two deminers were injured when a landmine exploded during a clearance operation south of Sinjar, the mine action directorate said. The device dated from the war against ISIS in 2014-2017. The directorate said the clearance of farmland around Sinjar would take years and asked donors for more funding.""", key="H_demining")

rd = "2024-02-28"
D("H", "txt", rd, "Iraq", f"""Kirkuk, {DMY(rd)}
Counter-terrorism forces arrested five members of an ISIS cell in the Wasiti neighbourhood of Kirkuk without resistance, the security media cell said. It said the cell was behind the attack on a checkpoint near Hawija earlier this month and had been planning further attacks. Weapons and explosive belts were seized.""", key="H_arrest")

rd = "2022-06-12"
D("H", "txt", rd, "Iraq", f"""Basra, {DMY(rd)}
Two men were killed and three wounded in a gunfight between two clans over farmland in Al-Dair, north of Basra, police said. Police and tribal elders later imposed a truce. Clan disputes over land and water have increased in southern Iraq as drought worsens.""", key="H_clan")

rd = "2023-01-23"
D("H", "txt", rd, "Iraq", f"""Baghdad, {DMY(rd)}
The parliamentary security and defence committee visited Anbar province on {W(rd)} to review progress on the border wall with Syria. The committee chairman said the fence and thermal cameras had cut infiltration attempts sharply and that no border incident had been recorded this month.""", key="H_committee")

rd = "2024-01-01"
D("H", "txt", rd, "Iraq", f"""Baghdad, {DMY(rd)}
A ten-year-old girl was killed by a stray bullet from celebratory gunfire in the Al-Dora district as residents celebrated the new year, police said. The interior ministry repeated that firing weapons in celebrations is a crime and said it had arrested three men.""", key="H_celebratory")

rd = "2021-08-02"
D("H", "txt", rd, "Iraq", f"""Hilla, {DMY(rd)}
A fire broke out at an ammunition depot of a PMU brigade north of Hilla, setting off explosions that were heard for an hour. A PMU statement said the fire was caused by high temperatures and an electrical fault, not an attack, and that no one was hurt.""", key="H_depot")

# ============================ J: containers ============================
rd = "2024-02-15"; e = add(rd, -1)
D("J", "json", rd, "Iraq", f"""[[a|A sticky bomb attached to the car of a Turkmen Front member exploded in Kirkuk's Rahimawa neighbourhood on {W(e)}, killing him instantly.]]
Turkmen Front officials accused "parties that want to empty Kirkuk of its Turkmen". Police said nobody else was in the car.""",
  [I("a", e, "day", f"on {W(e)}", "Kirkuk's Rahimawa neighbourhood", "Kirkuk", "Kirkuk",
     None, None, ["civilians"], ["ied"], 1, None, "killing him instantly", "none reported")],
  title="Turkmen politician killed by sticky bomb in Kirkuk", outlet="Shafaq News", key="J_rahimawa")
lib.DOCS[-1]["published"] = rd + "T08:30:00+03:00"

rd = "2023-05-13"; e = add(rd, -1)
D("J", "json", rd, "Iraq", f"""[[a|Two PMU fighters were killed on {W(e)} when ISIS militants attacked their post in the village of Al-Mukhisa, in Abu Saida subdistrict, a PMU statement said.]]
A third fighter was wounded. The statement said reinforcements from the Diyala operations command had swept the nearby orchards.""",
  [I("a", e, "day", f"on {W(e)}", "the village of Al-Mukhisa, in Abu Saida subdistrict", "Abu Saida", "Diyala",
     "ISIS", "attributed", ["PMU"], ["shooting"], 2, 1, "Two PMU fighters were killed", "A third fighter was wounded")],
  title="Two PMU fighters killed in Diyala attack", outlet="Baghdad Today", key="J_mukhisa")
lib.DOCS[-1]["published"] = rd + "T21:05:00+03:00"

rd = "2021-09-19"; e = add(rd, -1)
D("J", "json", rd, "Iraq", f"""[[a|An ISIS attack on an army post near Sulaiman Bek on {W(e)} killed one soldier, the army said.]]
The army said the attackers came from the Hamrin mountains, where cells still move between Salahuddin, Diyala and Kirkuk provinces. No one was wounded.""",
  [I("a", e, "day", f"on {W(e)}", "an army post near Sulaiman Bek", "Sulaiman Bek", "Salahuddin",
     "ISIS", "attributed", ["army"], ["shooting"], 1, 0, "killed one soldier", "No one was wounded")],
  title="Soldier killed near Sulaiman Bek", outlet="INA", key="J_sulaimanbek")

rd = "2020-06-22"; e = add(rd, -2)
D("J", "json", rd, "Iraq", f"""[[a|An unidentified drone struck a PMU convoy near Al-Qaim on {W(e)}, killing three fighters, a PMU source said.]]
Nobody claimed the strike. The US-led coalition said it had not carried out any strike in the area. Similar unexplained strikes have hit PMU sites in the past year.""",
  [I("a", e, "day", f"on {W(e)}", "a PMU convoy near Al-Qaim", "Al-Qaim", "Anbar",
     "unknown", "unclaimed", ["PMU"], ["airstrike_operation"], 3, None, "killing three fighters", "none reported")],
  title="Drone hits PMU convoy near Al-Qaim", outlet="Alsumaria", key="J_qaimdrone")

rd = "2022-10-21"; e = add(rd, -1)
D("J", "html", rd, "Iraq", f"""ANBAR, {DMY(rd)}

[[a|A rocket landed near the perimeter of Ain al-Asad air base, which hosts US forces, on {W(e)} night, causing neither casualties nor damage, a security source said.]]

No group claimed the launch. The rocket was fired from a lorry found abandoned in the desert west of Al-Baghdadi.""",
  [I("a", e, "day", f"on {W(e)} night", "the perimeter of Ain al-Asad air base", "Baghdadi", "Anbar",
     "unknown", "unclaimed", ["US forces"], ["mortar_rocket"], 0, 0, "causing neither casualties nor damage", "causing neither casualties nor damage")],
  title="Rocket lands near Ain al-Asad", key="J_ainasad")

rd = "2025-03-16"; e = add(rd, -1)
D("J", "html", rd, "Iraq", f"""MOSUL, {DMY(rd)}

[[a|A sticky bomb wounded a member of the Nineveh provincial council when it exploded under his car in Mosul's Al-Ghabat area on {W(e)}.]]

His guard was also hurt, police said, bringing the wounded to two. The council member had been campaigning against corruption in reconstruction contracts.""",
  [I("a", e, "day", f"on {W(e)}", "Mosul's Al-Ghabat area", "Mosul", "Nineveh",
     None, None, ["civilians"], ["ied"], None, 2, "none reported", "bringing the wounded to two")],
  title="Council member wounded in Mosul", key="J_ghabat")

rd = "2019-12-17"; e = add(rd, -1)
D("J", "html", rd, "Iraq", f"""BAGHDAD, {DMY(rd)}

[[a|A protester was killed on {W(e)} when a tear gas canister fired by security forces struck his head on Abu Nuwas street, medics said.]]

Rights groups have repeatedly accused the security forces of firing military-grade canisters directly at demonstrators.""",
  [I("a", e, "day", f"on {W(e)}", "Abu Nuwas street", "Baghdad", "Baghdad",
     "security forces", "attributed", ["civilians"], ["other"], 1, None, "A protester was killed", "none reported")],
  title="Protester killed by tear gas canister in Baghdad", key="J_abunuwas")

rd = "2023-06-25"; e = add(rd, -1)
D("J", "html", rd, "Iraq", f"""DUHOK, {DMY(rd)}

[[a|A Turkish drone killed a PKK member near Deraluk on {W(e)}, the Duhok counter-terrorism directorate said.]]

The directorate said the man was riding a motorbike on a village road. Turkey has stepped up drone strikes in the area this month.""",
  [I("a", e, "day", f"on {W(e)}", "near Deraluk", "Deraluk", "Dohuk",
     "Turkey", "attributed", ["PKK"], ["airstrike_operation"], 1, None, "killed a PKK member", "none reported")],
  title="Drone strike near Deraluk", key="J_deraluk")

rd = "2022-04-12"; e = add(rd, -1)
D("J", "md", rd, "Iraq", f"""[[a|Gunmen shot dead an electricity directorate official in Tikrit on {W(e)} evening as he left his office, police said.]]
The official had led a campaign against illegal connections to the grid. Police did not name a suspect.""",
  [I("a", e, "day", f"on {W(e)} evening", "in Tikrit", "Tikrit", "Salahuddin",
     "unknown", None, ["civilians"], ["shooting"], 1, None, "shot dead an electricity directorate official", "none reported")],
  title="Electricity official shot dead in Tikrit", key="J_tikrit")

rd = "2019-12-28"; e = add(rd, -1)
D("J", "md", rd, "Iraq", f"""[[a|More than 30 rockets hit the K1 base northwest of Kirkuk on {W(e)}, killing a US civilian contractor and wounding four US service members and two Iraqi personnel.]]
US officials blamed Kataib Hezbollah. The base hosts Iraqi forces and coalition advisers. Washington said it reserved the right to respond and that the contractor was an interpreter.""",
  [I("a", e, "day", f"on {W(e)}", "the K1 base northwest of Kirkuk", "Kirkuk", "Kirkuk",
     "PMU", "attributed", ["US forces", "Iraqi forces"], ["mortar_rocket"], 1, 6, "killing a US civilian contractor", "wounding four US service members and two Iraqi personnel")],
  title="Rocket barrage on K1 base", key="J_k1")

rd = "2021-06-30"; e = rd
D("J", "md", rd, "Iraq", f"""[[a|An explosive device damaged a truck of a foreign oil service company near Al-Burjesiya, in Al-Zubair district, early this morning; no one was hurt.]]
The company said work at the Zubair field would continue. Similar devices targeted oil contractors' vehicles in Basra last year.""",
  [I("a", e, "day", "early this morning", "near Al-Burjesiya, in Al-Zubair district", "Zubair", "Basra",
     None, None, [], ["ied"], 0, 0, "no one was hurt", "no one was hurt")],
  title="Oil company truck damaged near Zubair", key="J_burjesiya")
