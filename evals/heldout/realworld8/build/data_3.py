"""realworld8 data, styles F (round-ups with relative dates), G (one attack,
revised / split tolls), H (noise: outside Iraq and Iraqi non-attacks)."""
from lib import I, doc, F, W, add

# ======================================================= F: round-ups
a = "2023-02-05"; b = add(a, 14)
doc("F1", "F", "2023-02-28", f"""Diyala security digest, week ending 28 February 2023
The province logged 19 arrests of wanted persons this month (aggregate, no record).
{F(a, "On {D} {Month}")}, [[a|IS gunmen attacked a Hashd post in Al-Mukhaisa, Abu Saida subdistrict, killing one fighter]]. A fortnight after that, [[b|an IED hit an army Humvee in the Hamrin hills near Mansuriyat al-Jabal; two soldiers were wounded]]. The operations command says cells move between the two areas along the Diyala river.""",
    [I("a", a, F(a, "On {D} {Month}"), "Al-Mukhaisa, Abu Saida subdistrict", "Abu Saida", "Diyala", "ISIS", "attributed", "PMU", "shooting",
       1, "killing one fighter", None, None),
     I("b", b, "A fortnight after that", "the Hamrin hills near Mansuriyat al-Jabal", "Mansuriyat al-Jabal", "Diyala", None, None, "army", "ied",
       None, None, 2, "two soldiers were wounded")])

a = "2021-06-15"; b = add(a, 9)
doc("F2", "F", "2021-06-30", f"""Nineveh month in review - June 2021 (published 30 June 2021)
{F(a, "On {D} {Month}")} [[a|a bomb in a rubbish heap wounded three municipal workers in the Wana subdistrict, north of Mosul]]; no deaths. Nine days on from that, [[b|IS militants shot dead two brothers at their sheep pen in the Shura subdistrict, south of Mosul]]. That same afternoon, forty kilometres away, [[c|an explosive charge damaged a church gate in Al-Hamdaniya (Qaraqosh), harming no person]].""",
    [I("a", a, F(a, "On {D} {Month}"), "the Wana subdistrict, north of Mosul", "Wana", "Nineveh", None, None, "civilians", "ied",
       0, "no deaths", 3, "wounded three municipal workers"),
     I("b", b, "Nine days on from that", "the Shura subdistrict, south of Mosul", "Shura", "Nineveh", "ISIS", "attributed", "civilians", "shooting",
       2, "shot dead two brothers", None, None),
     I("c", b, "That same afternoon, forty kilometres away", "Al-Hamdaniya (Qaraqosh)", "Hamdaniya", "Nineveh", None, None, "", "ied",
       0, "harming no person", 0, "harming no person")])

a = "2024-05-04"; b = add(a, 9)
doc("F3", "F", "2024-05-31", f"""Kirkuk Security Roundup - May 2024 - issued 31 May 2024
{F(a, "On {D} {Month}")}, [[a|militants fired on a PMU outpost in the Rashad subdistrict, killing two fighters and wounding one]]. Nine days subsequently, [[b|a sticky bomb exploded under the car of a Turkmen Front member in Taza; the man was wounded]]. Neither attack has been claimed. The police also defused 6 devices during the month (aggregate).""",
    [I("a", a, F(a, "On {D} {Month}"), "the Rashad subdistrict", "Rashad", "Kirkuk", "unknown", "unclaimed", "PMU", "shooting",
       2, "killing two fighters", 1, "wounding one"),
     I("b", b, "Nine days subsequently", "Taza", "Taza", "Kirkuk", "unknown", "unclaimed", "civilians", "ied",
       None, None, 1, "the man was wounded")])

a = "2019-11-02"; b = add(a, 8); c = add(b, -2)
doc("F4", "F", "2019-11-30", f"""Western Anbar round-up, 30 November 2019
{F(a, "On {D} {Month}")}, [[a|a bomb placed at a grave in the cemetery of Barwana, across the Euphrates from Haditha, killed a policeman attending a funeral]]. A further eight days on, [[b|IS fighters raided a farmhouse near Anah, kidnapping a tribal Hashd member]]. Two days prior to the Anah attack, [[c|a mortar round fell near a school in Rawa, injuring two pupils]].""",
    [I("a", a, F(a, "On {D} {Month}"), "the cemetery of Barwana, across the Euphrates from Haditha", "Haditha", "Anbar", None, None, "police", "ied",
       1, "killed a policeman attending a funeral", None, None),
     I("b", b, "A further eight days on", "a farmhouse near Anah", "Anah", "Anbar", "ISIS", "attributed", "PMU", "kidnapping",
       None, None, None, None),
     I("c", c, "Two days prior to the Anah attack", "a school in Rawa", "Rawa", "Anbar", None, None, "civilians", "mortar_rocket",
       None, None, 2, "injuring two pupils")])

a = "2022-08-05"; b = add(a, 2); c = add(a, 18)
doc("F5", "F", "2022-08-31", f"""Baghdad belt - August 2022 summary (31 August 2022)
{F(a, "On the {Do} of {Month}")}, [[a|an IED struck an army patrol in Al-Latifiyah, killing one soldier]]. Two nights on, [[b|gunmen killed a farmer in Al-Yusufiyah who had informed on an IS cell]]. Eighteen days after the Latifiyah blast, [[c|a grenade was thrown into a barber's shop in the Al-Jihad neighbourhood of Baghdad, injuring the barber and two customers]].""",
    [I("a", a, F(a, "On the {Do} of {Month}"), "Al-Latifiyah", "Latifiyah", "Baghdad", None, None, "army", "ied",
       1, "killing one soldier", None, None),
     I("b", b, "Two nights on", "Al-Yusufiyah", "Yusufiyah", "Baghdad", None, None, "civilians", "shooting",
       1, "gunmen killed a farmer", None, None),
     I("c", c, "Eighteen days after the Latifiyah blast", "the Al-Jihad neighbourhood of Baghdad", "Baghdad", "Baghdad", None, None, "civilians", "other",
       None, None, 3, "injuring the barber and two customers")])

a = "2020-12-06"; b = add(a, 5)
doc("F6", "F", "2020-12-31", f"""Salahuddin year-end note - December 2020 attacks (31 December 2020)
Across the year the province recorded 212 security incidents (aggregate).
{F(a, "On {D} {Mon}.")}, [[a|an IS cell ambushed a police convoy on the Dhuluiya-Balad road, killing three policemen and wounding two]]. Five days subsequently, [[b|a bomb planted in an orchard in Al-Ishaqi killed two farmers]]. IS claimed the Dhuluiya ambush; the orchard bomb was not claimed.""",
    [I("a", a, F(a, "On {D} {Mon}."), "the Dhuluiya-Balad road", "Dhuluiya", "Salahuddin", "ISIS", "claimed", "police", "ambush",
       3, "killing three policemen", 2, "wounding two"),
     I("b", b, "Five days subsequently", "an orchard in Al-Ishaqi", "Ishaqi", "Salahuddin", "unknown", "unclaimed", "civilians", "ied",
       2, "killed two farmers", None, None)])

a = "2022-05-02"; b = add(a, 4); c = add(b, -1)
doc("F7", "F", "2022-05-15", f"""Duhok border villages bulletin, 15 May 2022
{F(a, "On {D} {Month}")}, [[a|a Turkish air strike hit a PKK position near Kesta village, Amedi district; the group said two of its fighters died]]. Ninety-six hours later, [[b|Turkish shelling reached the edge of Ashawa village, also in Amedi district, wounding a woman]]. On the eve of the Ashawa strike, [[c|drones struck the slopes of Mount Gara, south of Amedi; no casualties were reported]].""",
    [I("a", a, F(a, "On {D} {Month}"), "Kesta village, Amedi district", "Amedi", "Dohuk", "Turkey", "attributed", "PKK", "airstrike_operation",
       2, "two of its fighters died", None, None),
     I("b", b, "Ninety-six hours later", "Ashawa village, also in Amedi district", "Amedi", "Dohuk", "Turkey", "attributed", "civilians", "mortar_rocket",
       None, None, 1, "wounding a woman"),
     I("c", c, "On the eve of the Ashawa strike", "the slopes of Mount Gara, south of Amedi", "Amedi", "Dohuk", None, None, "", "airstrike_operation",
       0, "no casualties were reported", 0, "no casualties were reported")])

a = "2021-07-05"; b = add(a, 24)
doc("F8", "F", "2021-08-05", f"""Southern provinces monitor, 5 August 2021
{F(a, "On {D} {Month}")}, [[a|an IED hit a truck carrying supplies for the coalition near Al-Qurna, north of Basra, without casualties]]. Twenty-four days later, [[b|gunmen on a motorbike killed a former protest leader in the Al-Husseiniya quarter of Al-Amarah, Maysan]]. Activists said the killing fits a pattern that started in 2019.""",
    [I("a", a, F(a, "On {D} {Month}"), "near Al-Qurna, north of Basra", "Qurna", "Basra", None, None, "US forces", "ied",
       0, "without casualties", 0, "without casualties"),
     I("b", b, "Twenty-four days later", "the Al-Husseiniya quarter of Al-Amarah", "Amarah", "Maysan", "unknown", None, "civilians", "shooting",
       1, "killed a former protest leader", None, None)])

a = "2022-02-10"; b = add(a, -11)
doc("F9", "F", "2022-02-20", f"""Euphrates south desk - incidents note, 20 February 2022
{F(a, "On {D} {Month}")}, [[a|a sound-and-shrapnel bomb went off outside the house of a judge in Al-Shatra, Dhi Qar, injuring a guard]]. Eleven days earlier, [[b|rocket-propelled grenades were fired at a liquor warehouse in Samawa, Muthanna, killing its night watchman]]. No group claimed either attack.""",
    [I("a", a, F(a, "On {D} {Month}"), "the house of a judge in Al-Shatra", "Shatra", "Dhi Qar", "unknown", "unclaimed", "civilians", "ied",
       None, None, 1, "injuring a guard"),
     I("b", b, "Eleven days earlier", "a liquor warehouse in Samawa", "Samawa", "Muthanna", "unknown", "unclaimed", "civilians", "other",
       1, "killing its night watchman", None, None)])

a = "2023-10-12"; b = add(a, 19)
doc("F10", "F", "2023-11-05", f"""Middle Euphrates and Wasit quarterly notes (5 November 2023)
{F(a, "On {D} {Mon}")}, [[a|a bomb destroyed the car of a candidate for the provincial council in Afak, Qadisiyah; he was not in it and nobody was hurt]]. Nineteen days later, [[b|gunmen fired at the campaign office of another candidate in Al-Kut, Wasit, wounding two volunteers]]. Both candidates blamed rivals; police named nobody.""",
    [I("a", a, F(a, "On {D} {Mon}"), "Afak", "Afak", "Qadisiyah", None, None, "civilians", "ied",
       0, "nobody was hurt", 0, "nobody was hurt"),
     I("b", b, "Nineteen days later", "the campaign office of another candidate in Al-Kut", "Kut", "Wasit", None, None, "civilians", "shooting",
       None, None, 2, "wounding two volunteers")])

a = "2020-01-08"; b = add(a, 10)
doc("F11", "F", "2020-01-31", f"""Protest violence in the shrine cities - January 2020 recap (31 January 2020)
{F(a, "On {D} {Month}")}, [[a|gunmen in a car fired on protesters camped near the Kufa bridge, killing one and wounding five]]. Exactly ten days afterwards, [[c|security forces fired tear gas and live rounds at protesters in Karbala's Al-Hussein quarter, killing two]]. The same day, further north, [[b|a grenade was hurled at a protest tent in Hilla, wounding four]].""",
    [I("a", a, F(a, "On {D} {Month}"), "the Kufa bridge", "Kufa", "Najaf", "unknown", None, "civilians", "shooting",
       1, "killing one", 5, "wounding five"),
     I("c", b, "Exactly ten days afterwards", "Karbala's Al-Hussein quarter", "Karbala", "Karbala", "security forces", "attributed", "civilians", "shooting+other",
       2, "killing two", None, None),
     I("b", b, "The same day, further north", "a protest tent in Hilla", "Hilla", "Babil", None, None, "civilians", "other",
       None, None, 4, "wounding four")])

# ======================================================= G: one attack, revised / split tolls
d = "2023-02-27"; p = F(d, "on {Wd}, with the market at its busiest")
doc("G1", "G", "2023-02-28", f"""MUQDADIYAH — 28 February 2023
[[a|A bomb concealed in a crate of oranges exploded in the central market of Muqdadiyah {p}]]. Early reports said three people were killed. Hours later the Diyala health directorate raised the death toll to five and gave the number of injured as 14, among them four children. Police have not said who was behind it.""",
    [I("a", d, p, "the central market of Muqdadiyah", "Muqdadiyah", "Diyala", None, None, "civilians", "ied",
       5, "raised the death toll to five", 14, "the number of injured as 14")])

d = "2021-06-26"; p = F(d, "on {Wd} afternoon")
doc("G2", "G", "2021-06-27", f"""TAL AFAR — 27 June 2021
[[a|A bomb exploded at a recruitment tent of the Turkmen Hashd in Tal Afar {p}, among recruits and onlookers]]. A first count spoke of two dead. By evening the district hospital said the tally stands at four dead and nine wounded, two of the nine in intensive care. Nobody claimed the blast.""",
    [I("a", d, p, "a recruitment tent of the Turkmen Hashd in Tal Afar", "Tal Afar", "Nineveh", "unknown", "unclaimed", "PMU+civilians", "ied",
       4, "the tally stands at four dead", 9, "nine wounded")])

d = "2024-05-28"; p = F(d, "on {Wd} at the end of the morning shift")
doc("G3", "G", "2024-05-29", f"""KIRKUK — 29 May 2024
[[a|Gunmen fired on a bus carrying North Oil Company employees in Kirkuk's Arafa district {p}]]. The company at first announced one dead. In a corrected statement it said two employees were killed, one of whom died in surgery, and that six remain hurt; the earlier figure of seven injured included the man who later died. Police suspect IS.""",
    [I("a", d, p, "Kirkuk's Arafa district", "Kirkuk", "Kirkuk", "ISIS", "suspected", "civilians", "shooting",
       2, "two employees were killed", 6, "six remain hurt")])

d = "2019-11-28"; p = F(d, "on {Wd} morning")
doc("G4", "G", "2019-11-29", f"""AMIRIYAT AL-FALLUJAH — 29 November 2019
[[a|A roadside bomb struck an army convoy outside Amiriyat al-Fallujah {p}]]. The army said four soldiers were wounded. A medical source at Fallujah hospital later put the wounded at six, and said a seventh soldier, a captain, had died of his injuries. Islamic State claimed the attack on Friday.""",
    [I("a", d, p, "an army convoy outside Amiriyat al-Fallujah", "Amiriyat al-Fallujah", "Anbar", "ISIS", "claimed", "army", "ied",
       1, "a seventh soldier, a captain, had died of his injuries", 6, "put the wounded at six")])

d = "2022-08-19"; p = F(d, "{Wd} night")
doc("G5", "G", "2022-08-20", f"""BAGHDAD — 20 August 2022
[[a|A bomb hidden in a parked car exploded near the Al-Shula market in Baghdad {p}]]. A toll given on the night, one dead, was revised the next morning: three dead, among them a child, and 12 injured, four of them critically, according to the health ministry. No group has taken responsibility.""",
    [I("a", d, p, "the Al-Shula market in Baghdad", "Baghdad", "Baghdad", "unknown", "unclaimed", "civilians", "ied",
       3, "three dead", 12, "12 injured")])

d = "2020-12-24"; p = F(d, "on {Wd} at dusk")
doc("G6", "G", "2020-12-25", f"""TIKRIT — 25 December 2020
[[a|An IED struck a PMU vehicle on the road from Tikrit to Al-Awja {p}]]. Figures differ: the PMU spoke of two martyrs, police of three. Tikrit teaching hospital, whose register we take as final, received three bodies and five injured. Officials blamed IS.""",
    [I("a", d, p, "the road from Tikrit to Al-Awja", "Tikrit", "Salahuddin", "ISIS", "attributed", "PMU", "ied",
       3, "received three bodies", 5, "five injured")])

d = "2022-05-28"; p = F(d, "on {Wd} evening")
doc("G7", "G", "2022-05-30", f"""ZAKHO — 30 May 2022
[[a|A Turkish drone struck a car near Dergala village on the outskirts of Zakho {p}]], the local administration said. Two occupants were reported killed at once; the third passenger died in Duhok's Azadi hospital on Sunday, raising the number of dead to three. The administration said all three were civilians from Zakho; Ankara did not comment.""",
    [I("a", d, p, "Dergala village on the outskirts of Zakho", "Zakho", "Dohuk", "Turkey", "attributed", "civilians", "airstrike_operation",
       3, "raising the number of dead to three", None, None)])

d = "2023-09-05"; p = F(d, "on {Wd} afternoon")
doc("G8", "G", "2023-09-06", f"""KARBALA — 6 September 2023
[[a|A gunman opened fire on a group of Arbaeen pilgrims on the Hilla-Karbala road near Karbala {p}]] and was arrested at the scene. The first toll spoke of six killed. The Karbala health directorate corrected it: three people counted among the dead had been injured; the dead are three, the injured nine.""",
    [I("a", d, p, "the Hilla-Karbala road near Karbala", "Karbala", "Karbala", "unknown", None, "civilians", "shooting",
       3, "the dead are three", 9, "the injured nine")])

d = "2021-02-26"; p = F(d, "on {Wd}")
doc("G9", "G", "2021-02-27", f"""NASIRIYAH — 27 February 2021
[[a|Security forces fired on demonstrators at the governorate building in Nasiriyah {p}]]. By noon the health directorate reported two protesters killed; by evening it put the toll at five protesters dead and 176 protesters injured. Several policemen were hit by stones. The prime minister ordered an inquiry.""",
    [I("a", d, p, "the governorate building in Nasiriyah", "Nasiriyah", "Dhi Qar", "security forces", "attributed", "civilians", "shooting",
       5, "five protesters dead", 176, "176 protesters injured")])

d = "2021-05-13"; p = F(d, "on {Wd} before noon")
doc("G10", "G", "2021-05-14", f"""HILLA — 14 May 2021
[[a|A car bomb went off at a checkpoint north of Hilla {p}]]. Police first spoke of several casualties. The final figures from Babil police: the blast killed two policemen and a passer-by, and injured seven. No group claimed the bombing.""",
    [I("a", d, p, "a checkpoint north of Hilla", "Hilla", "Babil", "unknown", "unclaimed", "police+civilians", "ied",
       3, "killed two policemen and a passer-by", 7, "injured seven")])

d = "2023-07-20"; p = F(d, "on {Wd} just after 10 a.m.")
doc("G11", "G", "2023-07-21", f"""ERBIL — 21 July 2023
[[a|A drone hit a vehicle on the Erbil-Koya road near Degala {p}]]. A local official first said one person was killed. Kurdistan Region counter-terrorism later said two people were killed and one injured; one of the dead was a PKK cadre, the other his driver. It said the drone came from Turkey.""",
    [I("a", d, p, "the Erbil-Koya road near Degala", "Degala", "Erbil", "Turkey", "attributed", "PKK+civilians", "airstrike_operation",
       2, "two people were killed", 1, "one injured")])

# ======================================================= H: noise
d = "2023-02-09"; p = F(d, "on {Wd} night")
doc("H1", "H", "2023-02-10", f"""DEIR EZ-ZOR, Syria — 10 February 2023
[[a|Islamic State gunmen attacked truffle hunters in the desert near Al-Suwar {p}, killing five of them]], a monitoring group said. The area lies east of the Euphrates, some 80 km from the Iraqi border. Truffle season brings hundreds of foragers into the Syrian desert each year.""",
    [I("a", d, p, "the desert near Al-Suwar", "Al-Suwar", None, "ISIS", "attributed", "civilians", "shooting",
       5, "killing five of them", None, None, country="Syria")], country="Syria")

doc("H2", "H", "2021-06-16", """BAGHDAD — 16 June 2021
A dust storm swept across central and southern Iraq, and hospitals in Baghdad, Najaf and Diwaniyah treated more than 900 people for breathing problems, the health ministry said. Flights at Baghdad airport were suspended for six hours. No deaths were reported. Meteorologists expect more storms as rainfall declines.""")

d = "2024-05-14"; p = F(d, "on {Wd}")
doc("H3", "H", "2024-05-15", f"""HAKKARI, Turkey — 15 May 2024
[[a|Two Turkish soldiers were killed and one wounded when PKK militants fired on a border outpost in Çukurca district, Hakkari, {p}]], the governor's office said. Turkey later announced air strikes across the border in northern Iraq, without giving details.""",
    [I("a", d, p, "a border outpost in Çukurca district, Hakkari", "Çukurca", None, "PKK", "attributed", "Turkey", "shooting",
       2, "Two Turkish soldiers were killed", 1, "one wounded", country="Turkey")], country="Turkey")

doc("H4", "H", "2019-11-12", """KARBALA — 12 November 2019
A bus carrying pilgrims from Basra overturned on the Najaf-Karbala highway, killing four and injuring 21, the traffic directorate said. The driver had fallen asleep, according to a preliminary investigation. The directorate said the road would get new lighting before the next pilgrimage season.""")

d = "2020-12-08"; p = F(d, "late on {Wd}")
doc("H5", "H", "2020-12-09", f"""BANEH, Iran — 9 December 2020
[[a|Gunmen killed two members of the Revolutionary Guards at a checkpoint outside Baneh, Kurdistan province, {p}]], Iranian media said. Iran often blames Kurdish groups based across the border in Iraq for such attacks, but no group was named this time.""",
    [I("a", d, p, "a checkpoint outside Baneh", "Baneh", None, "unknown", None, "security forces", "shooting",
       2, "killed two members of the Revolutionary Guards", None, None, country="Iran")], country="Iran")

doc("H6", "H", "2022-08-16", """RUMAILA — 16 August 2022
Lightning struck a storage tank at a degassing station in the Rumaila field during a rare summer storm, starting a fire that burned for nine hours, the Basra Oil Company said. Nobody was hurt, and production was cut by some 20,000 barrels a day. The company said sabotage had been ruled out.""")

d = "2022-08-25"; p = F(d, "on {Wd}")
doc("H7", "H", "2022-08-26", f"""RAQQA, Syria — 26 August 2022
[[a|A Turkish drone struck a car near Raqqa {p}, killing two members of the Kurdish-led Syrian Democratic Forces]], the SDF said. Turkey regards the SDF's main component as linked to the PKK. The strike was some 200 km from the Iraqi border.""",
    [I("a", d, p, "a car near Raqqa", "Raqqa", None, "Turkey", "attributed", "", "airstrike_operation",
       2, "killing two members of the Kurdish-led Syrian Democratic Forces", None, None, country="Syria")], country="Syria")

doc("H8", "H", "2024-05-06", """KIRKUK — 6 May 2024
A footbridge over the Khasa river in central Kirkuk partly collapsed under a crowd watching a wedding procession, injuring 11 people, civil defence said. Engineers had warned in March that the bridge needed repairs. The governor ordered an inquiry into the contractor who built it.""")

d = "2019-11-18"; p = F(d, "on {Wd}")
doc("H9", "H", "2019-11-19", f"""AL-BAB, Syria — 19 November 2019
[[a|A car bomb exploded at a bus station in Al-Bab, in northern Syria, {p}, killing 19 people and wounding dozens]], Turkish officials and a monitoring group said. No group claimed it. Al-Bab is held by Turkish-backed factions and has seen repeated car bombings.""",
    [I("a", d, p, "a bus station in Al-Bab", "Al-Bab", None, "unknown", "unclaimed", "civilians", "ied",
       19, "killing 19 people", None, None, country="Syria")], country="Syria")

doc("H10", "H", "2024-02-20", """BAGHDAD — 20 February 2024
Parliament's legal committee held a second reading of the amended general amnesty law, which would allow retrials of people convicted on the testimony of secret informants. Sunni parties want the law passed before the budget; some Shiite blocs say it could free convicted terrorists. No vote was held.""")

doc("H11", "H", "2020-10-14", """SAMAWA — 14 October 2020
Dozens of people were taken to hospital after a chlorine leak at a water treatment plant in Samawa, the Muthanna health directorate said. A valve had corroded, according to the plant's director; all patients were discharged the same day. The governor suspended two engineers pending an investigation.""")
