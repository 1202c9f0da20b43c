"""Styles N (UN/NGO paragraphs), E (no casualty figures), F (round-ups)."""
from lib import D, I, W, DMY, DM, MDY, MD, Mb, bM, AP, MORD, ORDM, US, EU, DMON, MON_Y, add, N

# ============================ N: UN / NGO paragraphs ============================
D("N", "txt", "2019-12-20", "Iraq", f"""UNAMI Human Rights Office - update on demonstrations, {DMY('2019-12-20')}
Between 1 and 15 December 2019, UNAMI recorded at least 12 abductions of protesters and activists in Baghdad and the southern governorates, most of whom remain missing. [[a|On {DMY('2019-12-04')}, masked men armed with knives attacked protesters in Tahrir Square, Baghdad, injuring 13.]] UNAMI calls on the authorities to identify and hold accountable all those responsible.""",
  [I("a", "2019-12-04", "day", f"On {DMY('2019-12-04')}", "Tahrir Square, Baghdad", "Baghdad", "Baghdad",
     "unknown", None, ["civilians"], ["other"], None, 13, "none reported", "injuring 13")], key="N_knives")

D("N", "txt", "2023-06-08", "Iraq", f"""UNICEF Iraq - statement, {DMY('2023-06-08')}
[[a|Towards the end of May 2023, two children were killed when a mortar round struck near their home in a village of Al-Udhaim district, Diyala.]] UNICEF verified 36 grave violations against children in Iraq in the first five months of the year. "No child should pay the price of violence," the UNICEF Representative said, calling for all parties to protect children.""",
  [I("a", "2023-05", "month", "Towards the end of May 2023", "a village of Al-Udhaim district, Diyala", "Adhaim", "Diyala",
     None, None, ["civilians"], ["mortar_rocket"], 2, None, "two children were killed", "none reported")], key="N_udhaim")

D("N", "txt", "2021-09-30", "Iraq", f"""OCHA Iraq - humanitarian bulletin, September 2021 (issued {DMY('2021-09-30')})
Insecurity continued to hamper returns in Salah al-Din. [[a|In the first week of September 2021, suspected ISIL fighters killed four farmers in the Al-Jallam area, east of Samarra, prompting several families to leave their villages again.]] Partners reported 230 newly displaced households across the governorate during the month.""",
  [I("a", "2021-09", "month", "In the first week of September 2021", "the Al-Jallam area, east of Samarra", "Samarra", "Salahuddin",
     "ISIS", "suspected", ["civilians"], ["shooting"], 4, None, "killed four farmers", "none reported")], key="N_jallam")

D("N", "txt", "2022-10-11", "Iraq", f"""Human Rights Watch - {MDY('2022-10-11')}
[[a|On {DMY('2022-10-02')}, armed men in civilian clothes abducted a human rights defender outside his office in Fallujah; his family has had no news of him since.]] Human Rights Watch documented at least seven similar abductions in Anbar this year. Authorities should reveal his whereabouts and investigate, the organisation said.""",
  [I("a", "2022-10-02", "day", f"On {DMY('2022-10-02')}", "outside his office in Fallujah", "Fallujah", "Anbar",
     "unknown", None, ["civilians"], ["kidnapping"], None, None, "none reported", "none reported")], key="N_fallujah")

D("N", "txt", "2025-03-28", "Iraq", f"""NRC Iraq - protection update, {DMY('2025-03-28')}
[[a|In the first days of March 2025, armed men set fire to three houses belonging to returnee families in the village of Tal Qasab, south of Sinjar. No one was hurt.]] NRC is concerned that such incidents deter the return of some 200,000 people still displaced from Sinjar district.""",
  [I("a", "2025-03", "month", "In the first days of March 2025", "the village of Tal Qasab, south of Sinjar", "Sinjar", "Nineveh",
     "unknown", None, [], ["other"], 0, 0, "No one was hurt", "No one was hurt")], key="N_talqasab")

D("N", "txt", "2022-10-14", "Iraq", f"""WHO Iraq - attacks on health care, {DMY('2022-10-14')}
[[a|On the evening of {DMY('2022-10-12')}, a mortar round hit the yard of the primary health care centre in Saqlawiyah, Anbar, wounding a nurse and two patients.]] It is the second attack on health care recorded in Iraq this quarter. WHO reminds all parties that health facilities are protected under international humanitarian law.""",
  [I("a", "2022-10-12", "day", f"On the evening of {DMY('2022-10-12')}", "the primary health care centre in Saqlawiyah, Anbar", "Saqlawiyah", "Anbar",
     None, None, ["civilians"], ["mortar_rocket"], None, 3, "none reported", "wounding a nurse and two patients")], key="N_saqlawiyah")

D("N", "txt", "2019-11-06", "Iraq", f"""Amnesty International - {DMY('2019-11-06')}
[[a|On {DMY('2019-11-01')}, security forces fired live ammunition at protesters blocking the road to Umm Qasr port, killing three demonstrators and injuring dozens.]] Amnesty International has documented more than 250 protest-related deaths across Iraq since 1 October. The authorities must immediately rein in the security forces.""",
  [I("a", "2019-11-01", "day", f"On {DMY('2019-11-01')}", "the road to Umm Qasr port", "Umm Qasr", "Basra",
     "security forces", "attributed", ["civilians"], ["shooting"], 3, None, "killing three demonstrators", "none reported")], key="N_ummqasr")

D("N", "txt", "2024-03-15", "Iraq", f"""Report of the Secretary-General on UNAMI (extract), {DMY('2024-03-15')}
During the reporting period, UNAMI documented 61 civilian casualties (22 killed, 39 injured), including from explosive remnants of war. [[a|On {DMY('2024-02-23')}, a member of a clearance team was killed by an improvised explosive device deliberately placed on a dirt road near Dibis, Kirkuk governorate.]]""",
  [I("a", "2024-02-23", "day", f"On {DMY('2024-02-23')}", "a dirt road near Dibis, Kirkuk governorate", "Dibis", "Kirkuk",
     None, None, ["civilians"], ["ied"], 1, None, "a member of a clearance team was killed", "none reported")], key="N_dibis")

D("N", "txt", "2023-06-09", "Iraq", f"""Community Peacemaker Teams - Iraqi Kurdistan, {DMY('2023-06-09')}
[[a|On {DMY('2023-06-03')}, Turkish artillery hit farms near Bamerni, in Amedi district, injuring a beekeeper; there were no deaths.]] CPT has recorded more than 60 Turkish bombardments in Duhok governorate since January. Villagers told CPT they can no longer reach their hives and orchards.""",
  [I("a", "2023-06-03", "day", f"On {DMY('2023-06-03')}", "farms near Bamerni, in Amedi district", "Amedi", "Dohuk",
     "Turkey", "attributed", ["civilians"], ["mortar_rocket"], 0, 1, "there were no deaths", "injuring a beekeeper")], key="N_bamerni")

D("N", "txt", "2021-10-02", "Iraq", f"""UNAMI electoral observation note, {DMY('2021-10-02')}
[[a|On {DMY('2021-09-27')}, gunmen fired on the convoy of a parliamentary candidate in Tarmiyah, north of Baghdad; the candidate and his companions escaped without injury.]] UNAMI recalls that a safe environment for candidates and voters is essential ahead of the 10 October elections.""",
  [I("a", "2021-09-27", "day", f"On {DMY('2021-09-27')}", "in Tarmiyah, north of Baghdad", "Tarmiyah", "Baghdad",
     "unknown", None, ["civilians"], ["shooting"], 0, 0, "escaped without injury", "escaped without injury")], key="N_tarmiyah")

D("N", "txt", "2023-04-25", "Iraq", f"""ICRC Iraq - water and habitat note, {DMY('2023-04-25')}
[[a|On {DMY('2023-04-20')}, an explosive device damaged the main water pipeline serving Al-Khidr district in Muthanna, leaving some 40,000 people without water; there were no casualties.]] ICRC teams supported the water directorate with spare parts. Repairs were completed within four days.""",
  [I("a", "2023-04-20", "day", f"On {DMY('2023-04-20')}", "Al-Khidr district in Muthanna", "Khidr", "Muthanna",
     None, None, [], ["ied"], 0, 0, "there were no casualties", "there were no casualties")], key="N_khidr")

# ============================ E: no casualty figures ============================
rd = "2024-02-27"; e = add(rd, -1)
D("E", "txt", rd, "Iraq", f"""Kirkuk - {DMY(rd)}
[[a|Saboteurs blew up two power pylons on the Kirkuk-Hawija transmission line near Al-Dibs on {W(e)} night, cutting electricity to dozens of villages.]]
The electricity directorate said repair teams would need police protection to reach the site. No group has claimed the sabotage, the fourth on lines south-west of Kirkuk this winter according to the directorate.""",
  [I("a", e, "day", f"on {W(e)} night", "near Al-Dibs", "Dibis", "Kirkuk",
     "unknown", "unclaimed", [], ["ied"], None, None, "none reported", "none reported")], key="E_dibs")

rd = "2023-05-30"; e = add(rd, -1)
D("E", "txt", rd, "Iraq", f"""Garmiyan - {DMY(rd)}
[[a|Fires set by suspected ISIS militants destroyed wheat fields in Qara Tabba subdistrict of Kifri district on {W(e)}, farmers said.]]
Civil defence teams from Kifri and Kalar needed hours to control the blaze. Local officials did not say how many hectares were lost.""",
  [I("a", e, "day", f"on {W(e)}", "Qara Tabba subdistrict of Kifri district", "Kifri", "Diyala",
     "ISIS", "suspected", [], ["other"], None, None, "none reported", "none reported")], key="E_qaratabba")

rd = "2021-09-10"; e = add(rd, -1)
D("E", "txt", rd, "Iraq", f"""Balad - {DMY(rd)}
[[a|A Katyusha rocket landed inside Balad Air Base, which houses Iraqi Air Force F-16 squadrons, on {W(e)} evening, a security source said.]]
The source did not give any information on casualties or damage. Foreign contractors who maintained the jets left the base last year after repeated attacks.""",
  [I("a", e, "day", f"on {W(e)} evening", "inside Balad Air Base", "Balad", "Salahuddin",
     None, None, ["Iraqi forces"], ["mortar_rocket"], None, None, "none reported", "none reported")], key="E_balad")

rd = "2022-10-24"; e = add(rd, -1)
D("E", "txt", rd, "Iraq", f"""Haditha - {DMY(rd)}
[[a|Gunmen abducted a road contractor and his engineer at a construction site near Haditha on {W(e)} and took them toward the Jazeera desert, police said.]]
The contractor's company has been repaving the Haditha-Baiji road. The kidnappers have not contacted the families.""",
  [I("a", e, "day", f"on {W(e)}", "a construction site near Haditha", "Haditha", "Anbar",
     "unknown", None, ["civilians"], ["kidnapping"], None, None, "none reported", "none reported")], key="E_haditha")

rd = "2025-03-04"; e = add(rd, -1)
D("E", "txt", rd, "Iraq", f"""Tal Afar - {DMY(rd)}
[[a|Unknown persons threw a hand grenade at the office of a Turkmen party in Tal Afar shortly after midnight on {W(e)}; no one was hurt.]]
The blast shattered the office windows. Party officials linked it to disputes over the provincial council.""",
  [I("a", e, "day", f"shortly after midnight on {W(e)}", "the office of a Turkmen party in Tal Afar", "Tal Afar", "Nineveh",
     "unknown", None, [], ["other"], 0, 0, "no one was hurt", "no one was hurt")], key="E_talafar")

rd = "2019-12-28"; e = add(rd, -1)
D("E", "txt", rd, "Iraq", f"""Baghdad - {DMY(rd)}
[[a|Two rockets fell inside the Green Zone near the US embassy compound on {W(e)} evening, the Iraqi military said.]]
Officials gave no casualty figures. Sirens sounded inside the embassy compound for several minutes, and helicopters circled over the Tigris until late at night.""",
  [I("a", e, "day", f"on {W(e)} evening", "inside the Green Zone near the US embassy compound", "Baghdad", "Baghdad",
     None, None, [], ["mortar_rocket"], None, None, "none reported", "none reported")], key="E_greenzone")

rd = "2023-06-20"; e = add(rd, -1)
D("E", "txt", rd, "Iraq", f"""Duhok - {DMY(rd)}
[[a|Turkish shells landed around Sheladze on {W(e)}, the subdistrict administration said, blaming Turkey.]]
No casualty figures were available. Residents of the surrounding villages, many of whom have already left, said the shelling lasted over two hours.""",
  [I("a", e, "day", f"on {W(e)}", "around Sheladze", "Sheladze", "Dohuk",
     "Turkey", "attributed", [], ["mortar_rocket"], None, None, "none reported", "none reported")], key="E_sheladze")

rd = "2022-02-16"; e = add(rd, -1)
D("E", "txt", rd, "Iraq", f"""Soran - {DMY(rd)}
[[a|A KDP official escaped an assassination attempt on {W(e)} when a bomb went off beside his car near Soran; neither he nor his guards were hurt.]]
The Asayish opened an investigation and said they were reviewing camera footage from a nearby petrol station.""",
  [I("a", e, "day", f"on {W(e)}", "near Soran", "Soran", "Erbil",
     None, None, ["civilians"], ["ied"], 0, 0, "neither he nor his guards were hurt", "neither he nor his guards were hurt")], key="E_soran")

rd = "2020-06-09"; e = add(rd, -1)
D("E", "txt", rd, "Iraq", f"""Basra - {DMY(rd)}
[[a|An explosive charge damaged the gate of an internet provider's office in Basra's Al-Maqil area on {W(e)}; nobody was injured.]]
The company had recently won a municipal contract. Police said they were checking cameras in the street.""",
  [I("a", e, "day", f"on {W(e)}", "Basra's Al-Maqil area", "Basra", "Basra",
     None, None, [], ["ied"], 0, 0, "nobody was injured", "nobody was injured")], key="E_maqil")

rd = "2023-08-14"; e = add(rd, -1)
D("E", "txt", rd, "Iraq", f"""Babil - {DMY(rd)}
[[a|An aircraft of unidentified origin struck a PMU site in Jurf al-Nasr, north of Hilla, on {W(e)} night, a Hashd official said.]]
The official gave no casualty figures. The area has been closed to civilians since 2014.""",
  [I("a", e, "day", f"on {W(e)} night", "a PMU site in Jurf al-Nasr, north of Hilla", "Jurf al-Sakhar", "Babil",
     "unknown", None, ["PMU"], ["airstrike_operation"], None, None, "none reported", "none reported")], key="E_jurf")

rd = "2022-01-19"; e = add(rd, -3)
D("E", "txt", rd, "Iraq", f"""Kut - {DMY(rd)}
[[a|A doctor abducted by gunmen outside his clinic in Al-Kut on {W(e)} was released unharmed two days later after his family paid a ransom, relatives said.]]
Police in Wasit said they had identified two suspects. Doctors in the city held a one-day strike in protest.""",
  [I("a", e, "day", f"on {W(e)}", "outside his clinic in Al-Kut", "Kut", "Wasit",
     "unknown", None, ["civilians"], ["kidnapping"], 0, 0, "released unharmed", "released unharmed")], key="E_kut")

# ============================ F: round-ups ============================
D("F", "txt", "2024-02-08", "Iraq", f"""Kirkuk security round-up - {DMY('2024-02-08')}
[[a|On {DMY('2024-02-03')}, a roadside bomb hit an army patrol near Hawija, killing one soldier.]] [[b|48 hours later, gunmen wounded two policemen at a checkpoint on the outskirts of Dibis.]]
Police said they had arrested three suspects in connection with both incidents; none has been charged.""",
  [I("a", "2024-02-03", "day", f"On {DMY('2024-02-03')}", "near Hawija", "Hawija", "Kirkuk",
     None, None, ["army"], ["ied"], 1, None, "killing one soldier", "none reported"),
   I("b", "2024-02-05", "day", "48 hours later", "a checkpoint on the outskirts of Dibis", "Dibis", "Kirkuk",
     "unknown", None, ["police"], ["shooting"], None, 2, "none reported", "wounded two policemen")], key="F_kirkuk")

D("F", "txt", "2023-05-06", "Iraq", f"""Diyala weekly brief - {DMY('2023-05-06')}
[[a|On {DMY('2023-05-02')}, three mortar rounds hit a farm near Balad Ruz, wounding three labourers.]] [[b|The next morning, an IED struck a PMU vehicle near Kanaan, killing one fighter.]]
Across the governorate, the police recorded nine security incidents during the week, most of them arrests.""",
  [I("a", "2023-05-02", "day", f"On {DMY('2023-05-02')}", "a farm near Balad Ruz", "Balad Ruz", "Diyala",
     None, None, ["civilians"], ["mortar_rocket"], None, 3, "none reported", "wounding three labourers"),
   I("b", "2023-05-03", "day", "The next morning", "near Kanaan", "Kanaan", "Diyala",
     None, None, ["PMU"], ["ied"], 1, None, "killing one fighter", "none reported")], key="F_diyala")

D("F", "txt", "2021-09-15", "Iraq", f"""Salah al-Din summary - {DMY('2021-09-15')}
[[a|On {DMY('2021-09-09')}, gunmen killed two shepherds near Al-Ishaqi and stole their sheep.]] [[b|Four days on, a bomb placed near the Al-Dhuluiya bridge wounded three soldiers.]]
The governor ordered extra checkpoints along the Tigris.""",
  [I("a", "2021-09-09", "day", f"On {DMY('2021-09-09')}", "near Al-Ishaqi", "Ishaqi", "Salahuddin",
     "unknown", None, ["civilians"], ["shooting"], 2, None, "killed two shepherds", "none reported"),
   I("b", "2021-09-13", "day", "Four days on", "near the Al-Dhuluiya bridge", "Dhuluiya", "Salahuddin",
     None, None, ["army"], ["ied"], None, 3, "none reported", "wounded three soldiers")], key="F_salahuddin")

D("F", "txt", "2022-10-06", "Iraq", f"""Western desert digest - {DMY('2022-10-06')}
[[a|On {DMY('2022-10-03')}, an IED killed two shepherds west of Rawa.]] [[b|A day earlier, ISIS fighters had ambushed an army supply convoy near Akashat, killing four soldiers.]]
Anbar Operations Command said air support was called in after the ambush.""",
  [I("a", "2022-10-03", "day", f"On {DMY('2022-10-03')}", "west of Rawa", "Rawa", "Anbar",
     None, None, ["civilians"], ["ied"], 2, None, "killed two shepherds", "none reported"),
   I("b", "2022-10-02", "day", "A day earlier", "near Akashat", "Akashat", "Anbar",
     "ISIS", "attributed", ["army"], ["ambush"], 4, None, "killing four soldiers", "none reported")], key="F_anbar")

D("F", "txt", "2025-03-05", "Iraq", f"""Nineveh incidents - {DMY('2025-03-05')}
[[a|On {DMY('2025-03-02')}, a roadside bomb hit an army vehicle near Al-Hadhar, killing one soldier and wounding another.]] [[b|The day after, gunmen abducted a shepherd near Al-Baaj.]]
The army said it had deployed reinforcements to the desert between Hatra and Baaj.""",
  [I("a", "2025-03-02", "day", f"On {DMY('2025-03-02')}", "near Al-Hadhar", "Hatra", "Nineveh",
     None, None, ["army"], ["ied"], 1, 1, "killing one soldier", "wounding another"),
   I("b", "2025-03-03", "day", "The day after", "near Al-Baaj", "Baaj", "Nineveh",
     "unknown", None, ["civilians"], ["kidnapping"], None, None, "none reported", "none reported")], key="F_nineveh")

D("F", "txt", "2023-06-16", "Iraq", f"""Border strikes log - {DMY('2023-06-16')}
[[a|On {DMY('2023-06-05')}, a Turkish drone struck near Kani Masi, killing two PKK fighters, according to the Turkish ministry of defence.]] [[b|Nine days afterwards, artillery fire attributed to Turkey hit the outskirts of Batifa, wounding a woman.]] [[c|That same evening, a drone hit a car near Sidakan, killing its driver.]]
The driver's relatives said he was a smuggler, not a militant.""",
  [I("a", "2023-06-05", "day", f"On {DMY('2023-06-05')}", "near Kani Masi", "Amedi", "Dohuk",
     "Turkey", "claimed", ["PKK"], ["airstrike_operation"], 2, None, "killing two PKK fighters", "none reported"),
   I("b", "2023-06-14", "day", "Nine days afterwards", "the outskirts of Batifa", "Zakho", "Dohuk",
     "Turkey", "attributed", ["civilians"], ["mortar_rocket"], None, 1, "none reported", "wounding a woman"),
   I("c", "2023-06-14", "day", "That same evening", "near Sidakan", "Sidakan", "Erbil",
     None, None, ["civilians"], ["airstrike_operation"], 1, None, "killing its driver", "none reported")], key="F_border")

D("F", "txt", "2019-12-10", "Iraq", f"""Baghdad week in review - {DMY('2019-12-10')}
[[a|On {DMY('2019-12-03')}, gunmen shot dead an activist in the Al-Amin neighbourhood of eastern Baghdad.]] [[b|Four days later, rockets struck near Baghdad airport, wounding five members of the Counter-Terrorism Service.]]
No group claimed the rocket attack.""",
  [I("a", "2019-12-03", "day", f"On {DMY('2019-12-03')}", "the Al-Amin neighbourhood of eastern Baghdad", "Baghdad", "Baghdad",
     "unknown", None, ["civilians"], ["shooting"], 1, None, "shot dead an activist", "none reported"),
   I("b", "2019-12-07", "day", "Four days later", "near Baghdad airport", "Baghdad", "Baghdad",
     "unknown", "unclaimed", ["Iraqi forces"], ["mortar_rocket"], None, 5, "none reported", "wounding five members of the Counter-Terrorism Service")], key="F_baghdad")

D("F", "txt", "2020-10-20", "Iraq", f"""Iraq weekly incident round-up - {DMY('2020-10-20')}
[[a|On {DMY('2020-10-14')}, an IED struck a coalition supply convoy near Al-Samawa, with no casualties.]] [[b|The day after that, gunmen shot dead a shop owner in Karbala's Al-Abbasiya quarter.]] [[c|Two days after that, a rocket landed near Basra airport without causing injuries.]]
Fourteen other incidents in the week involved arrests or weapons caches.""",
  [I("a", "2020-10-14", "day", f"On {DMY('2020-10-14')}", "near Al-Samawa", "Samawah", "Muthanna",
     None, None, ["US forces"], ["ied"], 0, 0, "with no casualties", "with no casualties"),
   I("b", "2020-10-15", "day", "The day after that", "Karbala's Al-Abbasiya quarter", "Karbala", "Karbala",
     "unknown", None, ["civilians"], ["shooting"], 1, None, "shot dead a shop owner", "none reported"),
   I("c", "2020-10-17", "day", "Two days after that", "near Basra airport", "Basra", "Basra",
     None, None, [], ["mortar_rocket"], None, 0, "none reported", "without causing injuries")], key="F_weekly2020")

D("F", "txt", "2023-03-16", "Iraq", f"""South Iraq brief - {DMY('2023-03-16')}
[[a|On {DMY('2023-03-09')}, unknown persons threw a grenade at a liquor store in Al-Diwaniyah, wounding the shopkeeper.]] [[b|Three days on, a sticky bomb killed a tribal sheikh in Al-Rifai, north of Nasiriyah.]]
Police in both provinces said the attacks were unrelated.""",
  [I("a", "2023-03-09", "day", f"On {DMY('2023-03-09')}", "a liquor store in Al-Diwaniyah", "Diwaniyah", "Qadisiyah",
     "unknown", None, ["civilians"], ["other"], None, 1, "none reported", "wounding the shopkeeper"),
   I("b", "2023-03-12", "day", "Three days on", "Al-Rifai, north of Nasiriyah", "Rifai", "Dhi Qar",
     None, None, ["civilians"], ["ied"], 1, None, "killed a tribal sheikh", "none reported")], key="F_south")

D("F", "txt", "2020-08-21", "Iraq", f"""Anbar and Nineveh - incidents of the week ({DMY('2020-08-21')})
[[a|On {DMY('2020-08-16')}, ISIS militants attacked a PMU post near Al-Qaim, killing two fighters.]] [[b|The next morning, a bomb exploded under a truck near Rutba, wounding the driver.]] [[c|Three days after that, a sniper killed a police officer in Tal Afar.]]""",
  [I("a", "2020-08-16", "day", f"On {DMY('2020-08-16')}", "near Al-Qaim", "Al-Qaim", "Anbar",
     "ISIS", "attributed", ["PMU"], ["shooting"], 2, None, "killing two fighters", "none reported"),
   I("b", "2020-08-17", "day", "The next morning", "near Rutba", "Rutba", "Anbar",
     None, None, ["civilians"], ["ied"], None, 1, "none reported", "wounding the driver"),
   I("c", "2020-08-20", "day", "Three days after that", "in Tal Afar", "Tal Afar", "Nineveh",
     None, None, ["police"], ["shooting"], 1, None, "a sniper killed a police officer", "none reported")], key="F_anbar2020")

D("F", "txt", "2024-01-26", "Iraq", f"""US-militia escalation timeline - {DMY('2024-01-26')}
[[a|On {DMY('2024-01-04')}, a US drone strike killed a Harakat al-Nujaba commander and his aide at their headquarters on Palestine Street in eastern Baghdad, the Pentagon said.]] [[b|Twenty days later, US aircraft struck three Kataib Hezbollah facilities near Al-Qaim; the Pentagon did not give casualty figures.]]""",
  [I("a", "2024-01-04", "day", f"On {DMY('2024-01-04')}", "Palestine Street in eastern Baghdad", "Baghdad", "Baghdad",
     "US forces", "claimed", ["PMU"], ["airstrike_operation"], 2, None, "killed a Harakat al-Nujaba commander and his aide", "none reported"),
   I("b", "2024-01-24", "day", "Twenty days later", "near Al-Qaim", "Al-Qaim", "Anbar",
     "US forces", "claimed", ["PMU"], ["airstrike_operation"], None, None, "none reported", "none reported")], key="F_nujaba")
