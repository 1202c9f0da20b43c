"""realworld9 data, part 1: styles A (ACLED-style coder rows), B (GTD-style
database summaries), C (wire copy), D (Iraqi outlets in English).
Gold records (I) are written first; the texts are written around them."""
from lib import I, F, W, add, doc


# ------------------------------------------------------------------ A: ACLED-style rows
def acled(rd, eid, ed, etype, sub, a1, a2, adm1, adm2, loc, src, notes, fat):
    return (f"ACLED data export - Iraq - retrieved {F(rd, '{DD} {Month} {YYYY}')}\n\n"
            f"event_id_cnty: IRQ{eid}\nevent_date: {F(ed, '{DD} {Month} {YYYY}')}\n"
            f"event_type: {etype}\nsub_event_type: {sub}\nactor1: {a1}\nassoc_actor/actor2: {a2}\n"
            f"admin1: {adm1}\nadmin2: {adm2}\nlocation: {loc}\nsource: {src}\n"
            f"notes: {notes}\nfatalities: {fat}\n")


ed = "2022-03-02"
doc("A01", "A", "2022-03-21", acled(
    "2022-03-21", "41873", ed, "Explosions/Remote violence", "Remote explosive/landmine/IED",
    "Islamic State (Iraq)", "Military Forces of Iraq (2020-2022)", "Kirkuk", "Daquq", "Wadi al-Shay",
    "Shafaq News; Kurdistan 24",
    f"{F(ed, 'On {D} {Month} {YYYY}')}, [[a|ISIS militants detonated an IED targeting an Iraqi Army vehicle in "
    f"Wadi al-Shay (Daquq, Kirkuk). 1 soldier was killed and 2 others were wounded]].", 1),
    [I("a", ed, F(ed, "On {D} {Month} {YYYY}"), "Wadi al-Shay (Daquq, Kirkuk)", "Daquq", "Kirkuk",
       "ISIS", "attributed", "army", "ied", 1, "1 soldier was killed", 2, "2 others were wounded")])

ed = "2021-10-04"
doc("A02", "A", "2021-10-19", acled(
    "2021-10-19", "39502", ed, "Battles", "Armed clash",
    "Islamic State (Iraq)", "Popular Mobilization Forces", "Diyala", "Muqdadiya", "Abu Saida",
    "Shafaq News",
    f"{F(ed, 'On {D} {Month} {YYYY}')}, [[a|suspected ISIS militants attacked a PMF position near Tuwaila village, "
    f"Abu Saida (Muqdadiya, Diyala) with small arms. 2 PMF members were killed and 1 was wounded]]. "
    f"The attackers withdrew towards the orchards.", 2),
    [I("a", ed, F(ed, "On {D} {Month} {YYYY}"), "Tuwaila village, Abu Saida (Muqdadiya, Diyala)", "Abu Saida",
       "Diyala", "ISIS", "suspected", "PMU", "shooting", 2, "2 PMF members were killed", 1, "1 was wounded")])

ed = "2020-09-09"
doc("A03", "A", "2020-09-22", acled(
    "2020-09-22", "36114", ed, "Violence against civilians", "Attack",
    "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", "Salah al-Din", "Balad", "Al Ishaqi",
    "Baghdad Today",
    f"{F(ed, 'On {Mon} {D}')}, [[a|unidentified gunmen shot and killed a mukhtar in front of his house in Al Ishaqi "
    f"(Balad, Salah al-Din)]]. Motive unclear.", 1),
    [I("a", ed, F(ed, "On {Mon} {D}"), "Al Ishaqi (Balad, Salah al-Din)", "Ishaqi", "Salahuddin",
       "unknown", None, "civilians", "shooting", 1, "shot and killed a mukhtar", None, None)])

ed = "2024-04-11"
doc("A04", "A", "2024-04-30", acled(
    "2024-04-30", "52237", ed, "Explosions/Remote violence", "Remote explosive/landmine/IED",
    "Islamic State (Iraq)", "Civilians (Iraq)", "Ninewa", "Mosul", "Badush",
    "964; Shafaq News",
    f"{F(ed, 'On {D} {Month} {YYYY}')}, [[a|an IED planted by ISIS militants exploded near a shepherd grazing his "
    f"sheep in the Badush area (Mosul, Ninewa), injuring him]]. Several sheep were killed.", 0),
    [I("a", ed, F(ed, "On {D} {Month} {YYYY}"), "the Badush area (Mosul, Ninewa)", "Badush", "Nineveh",
       "ISIS", "attributed", "civilians", "ied", 0, "fatalities: 0", 1, "injuring him")])

ed = "2019-07-16"
doc("A05", "A", "2019-07-31", acled(
    "2019-07-31", "28806", ed, "Explosions/Remote violence", "Remote explosive/landmine/IED",
    "Unidentified Armed Group (Iraq)", "Police Forces of Iraq (2018-2020)", "Baghdad", "Baghdad", "Baghdad - Al Jihad",
    "Xinhua; Al Sumaria",
    f"{F(ed, 'On {D} {Month} {YYYY}')}, [[a|a sticky IED attached to a car exploded in Al Jihad neighbourhood "
    f"(Baghdad), wounding the driver, a Federal Police officer]].", 0),
    [I("a", ed, F(ed, "On {D} {Month} {YYYY}"), "Al Jihad neighbourhood (Baghdad)", "Baghdad", "Baghdad",
       "unknown", None, "police", "ied", 0, "fatalities: 0", 1, "wounding the driver")])

ed = "2023-08-07"
doc("A06", "A", "2023-08-28", acled(
    "2023-08-28", "49961", ed, "Explosions/Remote violence", "Air/drone strike",
    "Military Forces of Turkey (2016-)", "PKK: Kurdistan Workers Party", "Duhok", "Amedi", "Kani Masi",
    "Rudaw; Kurdistan 24",
    f"{F(ed, 'On {D} {Month} {YYYY}')}, [[a|a Turkish drone struck a vehicle near Kani Masi (Amedi, Duhok), "
    f"killing 2 suspected PKK militants]].", 2),
    [I("a", ed, F(ed, "On {D} {Month} {YYYY}"), "Kani Masi (Amedi, Duhok)", "Amedi", "Dohuk",
       "Turkey", "attributed", "PKK", "airstrike_operation", 2, "killing 2 suspected PKK militants", None, None)])

ed = "2023-01-20"
doc("A07", "A", "2023-02-06", acled(
    "2023-02-06", "46620", ed, "Violence against civilians", "Attack",
    "Islamic State (Iraq)", "Civilians (Iraq)", "Al Anbar", "Ar-Rutba", "Ar-Rutba",
    "Shafaq News; INA",
    f"{F(ed, 'Around {D} {Month} {YYYY}')} (as reported), [[a|ISIS militants attacked a group of truffle hunters "
    f"in the desert south of Ar-Rutba (Al Anbar), killing 2 of them]]. Others fled on foot.", 2),
    [I("a", ed, F(ed, "Around {D} {Month} {YYYY}"), "the desert south of Ar-Rutba (Al Anbar)", "Rutba", "Anbar",
       "ISIS", "attributed", "civilians", "shooting", 2, "killing 2 of them", None, None)])

ed = "2021-05-08"
doc("A08", "A", "2021-05-24", acled(
    "2021-05-24", "38017", ed, "Explosions/Remote violence", "Air/drone strike",
    "Unidentified Armed Group (Iraq)", "Military Forces of the United States (2021-)", "Erbil", "Erbil",
    "Erbil International Airport", "Reuters; Rudaw",
    f"{F(ed, 'On {D} {Month} {YYYY}')}, [[a|an explosive-laden drone struck near a hangar used by US-led coalition "
    f"forces at Erbil International Airport (Erbil)]]. No casualties were reported.", 0),
    [I("a", ed, F(ed, "On {D} {Month} {YYYY}"), "Erbil International Airport (Erbil)", "Erbil", "Erbil",
       "unknown", None, "US forces", "other", 0, "No casualties were reported", 0, "No casualties were reported")])

ed = "2022-09-11"
doc("A09", "A", "2022-09-26", acled(
    "2022-09-26", "44402", ed, "Explosions/Remote violence", "Grenade",
    "Unidentified Armed Group (Iraq)", "Police Forces of Iraq (2020-2022)", "Al Basrah", "Al Basrah",
    "Basrah - Hayyaniyah", "Shafaq News",
    f"{F(ed, 'On {Mon} {D}')}, [[a|unknown assailants threw a hand grenade at the house of a police officer in "
    f"Al Hayyaniyah (Basrah city)]]. No casualties. Property damage.", 0),
    [I("a", ed, F(ed, "On {Mon} {D}"), "Al Hayyaniyah (Basrah city)", "Basra", "Basra",
       "unknown", None, "police", "other", 0, "No casualties", 0, "No casualties")])

ed = "2021-02-09"
doc("A10", "A", "2021-02-22", acled(
    "2021-02-22", "37120", ed, "Protests", "Excessive force against protesters",
    "Police Forces of Iraq (2020-2022)", "Protesters (Iraq)", "Dhi-Qar", "An Nasiriya", "An Nasiriya",
    "AFP; Shafaq News",
    f"{F(ed, 'On {D} {Month} {YYYY}')}, [[a|police forces opened fire on demonstrators demanding the dismissal of "
    f"the governor near the governorate building in An Nasiriya (Dhi-Qar). 1 protester was killed and at least 10 "
    f"were injured]].", 1),
    [I("a", ed, F(ed, "On {D} {Month} {YYYY}"), "the governorate building in An Nasiriya (Dhi-Qar)", "Nasiriyah",
       "Dhi Qar", "police", "attributed", "civilians", "shooting", 1, "1 protester was killed", 10,
       "at least 10 were injured")])

ed = "2023-03-19"
doc("A11", "A", "2023-04-03", acled(
    "2023-04-03", "47755", ed, "Explosions/Remote violence", "Remote explosive/landmine/IED",
    "Unidentified Armed Group (Iraq)", "Saraya al-Salam", "Maysan", "Al Amara", "Al Amara",
    "Shafaq News; 964",
    f"{F(ed, 'On {D} {Month} {YYYY}')}, [[a|an IED exploded outside the house of a Saraya al-Salam member in "
    f"Al Amara (Maysan), injuring his wife]]. No claim of responsibility.", 0),
    [I("a", ed, F(ed, "On {D} {Month} {YYYY}"), "Al Amara (Maysan)", "Amarah", "Maysan",
       "unknown", "unclaimed", "PMU+civilians", "ied", 0, "fatalities: 0", 1, "injuring his wife")])


# ------------------------------------------------------------------ B: GTD-style summaries
def gtd(eid, ed, city, prov, summary, crit="1, 2, 3", extra=""):
    return (f"eventid: {eid}\niyear: {ed[:4]}  imonth: {int(ed[5:7])}  iday: {int(ed[8:])}\n"
            f"country_txt: Iraq  provstate: {prov}  city: {city}\n"
            f"summary: {summary}\ncrit1/2/3: {crit}{extra}\n")


ed = "2022-03-04"
doc("B01", "B", None, gtd(
    "202203040011", ed, "Hawija", "Kirkuk",
    f"{F(ed, '{MM}/{DD}/{YYYY}')}: [[a|Assailants opened fire on a Popular Mobilization Forces (PMF) checkpoint "
    f"near Hawija district, Kirkuk governorate, Iraq. At least two PMF members were killed and three others were "
    f"wounded in the attack]]. No group claimed responsibility for the incident; however, sources attributed the "
    f"attack to the Islamic State of Iraq and the Levant (ISIL)."),
    [I("a", ed, F(ed, "{MM}/{DD}/{YYYY}"), "Hawija district, Kirkuk governorate", "Hawija", "Kirkuk",
       "ISIS", "attributed", "PMU", "shooting", 2, "At least two PMF members were killed", 3,
       "three others were wounded")])

ed = "2021-10-06"
doc("B02", "B", None, gtd(
    "202110060004", ed, "Khanaqin", "Diyala",
    f"{F(ed, '{MM}/{DD}/{YYYY}')}: [[a|An explosive device detonated targeting a Peshmerga vehicle near Khanaqin "
    f"city, Diyala governorate, Iraq. One Peshmerga member was killed and two others were injured in the blast]]. "
    f"No group claimed responsibility for the incident."),
    [I("a", ed, F(ed, "{MM}/{DD}/{YYYY}"), "Khanaqin city, Diyala governorate", "Khanaqin", "Diyala",
       "unknown", "unclaimed", "Peshmerga", "ied", 1, "One Peshmerga member was killed", 2,
       "two others were injured")])

ed = "2020-09-02"
doc("B03", "B", None, gtd(
    "202009020019", ed, "Tuz Khurmatu", "Saladin",
    f"{F(ed, '{MM}/{DD}/{YYYY}')}: [[a|Assailants fired mortar shells at a village near Tuz Khurmatu district, "
    f"Saladin governorate, Iraq. Three civilians, including two children, were injured in the attack]]. There "
    f"were no reported fatalities. No group claimed responsibility for the incident; however, sources suspected "
    f"that the Islamic State of Iraq and the Levant (ISIL) was responsible."),
    [I("a", ed, F(ed, "{MM}/{DD}/{YYYY}"), "a village near Tuz Khurmatu district, Saladin governorate",
       "Tuz Khurmatu", "Salahuddin", "ISIS", "suspected", "civilians", "mortar_rocket", 0,
       "There were no reported fatalities", 3, "Three civilians, including two children, were injured")])

ed = "2024-04-03"
doc("B04", "B", None, gtd(
    "202404030002", ed, "Sinjar", "Nineveh",
    f"{F(ed, '{MM}/{DD}/{YYYY}')}: [[a|An unmanned aerial vehicle struck a vehicle carrying members of the Sinjar "
    f"Resistance Units (YBS) in Sinjar district, Nineveh governorate, Iraq. Two YBS members were killed in the "
    f"strike]]. Turkish military sources stated that the strike targeted members of the Kurdistan Workers' Party "
    f"(PKK)."),
    [I("a", ed, F(ed, "{MM}/{DD}/{YYYY}"), "Sinjar district, Nineveh governorate", "Sinjar", "Nineveh",
       "Turkey", "claimed", "PKK", "airstrike_operation", 2, "Two YBS members were killed", None, None)])

ed = "2019-07-02"
doc("B05", "B", None, gtd(
    "201907020008", ed, "Tarmiyah", "Baghdad",
    f"{F(ed, '{MM}/{DD}/{YYYY}')}: [[a|Assailants opened fire on a Popular Mobilization Forces (PMF) position in "
    f"Tarmiyah district, Baghdad governorate, Iraq. One PMF member was killed in the attack]]. The Islamic State "
    f"of Iraq and the Levant (ISIL) claimed responsibility for the incident."),
    [I("a", ed, F(ed, "{MM}/{DD}/{YYYY}"), "Tarmiyah district, Baghdad governorate", "Tarmiyah", "Baghdad",
       "ISIS", "claimed", "PMU", "shooting", 1, "One PMF member was killed", None, None)])

ed = "2023-08-02"
doc("B06", "B", None, gtd(
    "202308020015", ed, "Batifa", "Duhok",
    f"{F(ed, '{MM}/{DD}/{YYYY}')}: [[a|Artillery shells struck a farm near Batifa subdistrict, Duhok governorate, "
    f"Iraq. Two civilians were injured and several beehives were destroyed]]. Local officials attributed the "
    f"shelling to Turkish forces."),
    [I("a", ed, F(ed, "{MM}/{DD}/{YYYY}"), "Batifa subdistrict, Duhok governorate", "Batifa", "Dohuk",
       "Turkey", "attributed", "civilians", "mortar_rocket", None, None, 2, "Two civilians were injured")])

ed = "2023-01-03"
doc("B07", "B", None, gtd(
    "202301030006", ed, "Al-Qaim", "Anbar",
    f"{F(ed, '{MM}/{DD}/{YYYY}')}: [[a|An explosive device detonated near a border guard patrol in Al-Qaim "
    f"district, Anbar governorate, Iraq. One border guard was killed and another was wounded in the blast]]. "
    f"No group claimed responsibility for the incident."),
    [I("a", ed, F(ed, "{MM}/{DD}/{YYYY}"), "Al-Qaim district, Anbar governorate", "Qaim", "Anbar",
       "unknown", "unclaimed", "security forces", "ied", 1, "One border guard was killed", 1,
       "another was wounded")])

ed = "2020-10-12"
doc("B08", "B", None, gtd(
    "202010120021", ed, "Iskandariyah", "Babil",
    f"{F(ed, '{MM}/{DD}/{YYYY}')}: [[a|An explosive device detonated targeting a truck convoy carrying logistics "
    f"supplies for the United States-led coalition on the highway near Iskandariyah, Babil governorate, Iraq. "
    f"There were no reported casualties in the blast]], but one truck was damaged. No group claimed "
    f"responsibility for the incident."),
    [I("a", ed, F(ed, "{MM}/{DD}/{YYYY}"), "the highway near Iskandariyah, Babil governorate", "Iskandariya",
       "Babil", "unknown", "unclaimed", "US forces", "ied", 0, "There were no reported casualties", 0,
       "There were no reported casualties")])

ed = "2019-12-11"
doc("B09", "B", None, gtd(
    "201912110009", ed, "Najaf", "Najaf",
    f"{F(ed, '{MM}/{DD}/{YYYY}')}: [[a|Assailants threw an incendiary device at a protest tent near Sadrain "
    f"Square in Najaf city, Najaf governorate, Iraq. Four protesters were injured]]. This was one of several "
    f"attacks targeting protesters in southern Iraq in December 2019."),
    [I("a", ed, F(ed, "{MM}/{DD}/{YYYY}"), "Sadrain Square in Najaf city, Najaf governorate", "Najaf", "Najaf",
       None, None, "civilians", "other", None, None, 4, "Four protesters were injured")])

ed = "2019-10-28"
doc("B10", "B", None, gtd(
    "201910280031", ed, "Karbala", "Karbala",
    f"{F(ed, '{MM}/{DD}/{YYYY}')}: [[a|Assailants opened fire on anti-government demonstrators near Education "
    f"Square in Karbala city, Karbala governorate, Iraq. At least three protesters were killed and 12 others "
    f"were wounded]]. Witnesses described the assailants as masked men in black clothing; the government denied "
    f"that security forces were involved."),
    [I("a", ed, F(ed, "{MM}/{DD}/{YYYY}"), "Education Square in Karbala city, Karbala governorate", "Karbala",
       "Karbala", "unknown", None, "civilians", "shooting", 3, "At least three protesters were killed", 12,
       "12 others were wounded")])

ed = "2021-06-05"
doc("B11", "B", None, gtd(
    "202106050013", ed, "Penjwen", "Sulaymaniyah",
    f"{F(ed, '{MM}/{DD}/{YYYY}')}: [[a|Assailants shot and killed a member of the Democratic Party of Iranian "
    f"Kurdistan (KDPI) in Penjwen district, Sulaymaniyah governorate, Iraq]]. No group claimed responsibility "
    f"for the incident."),
    [I("a", ed, F(ed, "{MM}/{DD}/{YYYY}"), "Penjwen district, Sulaymaniyah governorate", "Penjwen",
       "Sulaymaniyah", "unknown", "unclaimed", "civilians", "shooting", 1, "shot and killed a member", None,
       None)])


# ------------------------------------------------------------------ C: wire copy
ed = "2022-03-06"; rd = "2022-03-07"
doc("C01", "C", rd,
    f"KIRKUK, Iraq, {F(rd, '{Month} {D}')} (Reuters) - [[a|Islamic State militants killed three Iraqi soldiers "
    f"and wounded two others in an attack on an army outpost near the town of Al-Rashad, southwest of Kirkuk, "
    f"{F(ed, 'late on {Wd}')}]], security sources said.\n\nThe militants used sniper fire and then light weapons "
    f"in the attack, two army officers told Reuters. Islamic State did not immediately claim responsibility.\n\n"
    f"Islamic State was territorially defeated in Iraq in 2017 but sleeper cells continue to carry out sporadic "
    f"attacks, mostly in the hilly areas between Kirkuk, Salahuddin and Diyala provinces.\n\n"
    f"Reporting by Baghdad newsroom; Editing by Alison Williams\n{F(rd, '{Month} {D}, {YYYY}')}",
    [I("a", ed, F(ed, "late on {Wd}"), "the town of Al-Rashad", "Rashad", "Kirkuk", "ISIS", "attributed",
       "army", "shooting", 3, "killed three Iraqi soldiers", 2, "wounded two others")])

ed = "2021-10-08"; rd = "2021-10-09"
doc("C02", "C", rd,
    f"Baquba (Iraq) (AFP) - [[a|A roadside bomb struck a vehicle carrying members of the Hashed al-Shaabi "
    f"paramilitary force near the village of Al-Hadid, north of Baquba, in Diyala province, on {W(ed)}, killing one fighter and "
    f"wounding four]], a Hashed official said.\n\nThe official, who asked not to be named, blamed "
    f"\"remnants of Daesh\", using an Arabic acronym for the Islamic State group.\n\nThe Hashed, a coalition of "
    f"mainly Shiite armed groups now integrated into the state security forces, holds a string of positions in "
    f"the orchards north of Baquba where jihadist cells still operate.\n\n{F(rd, '{D} {Mon} {YYYY}')} - AFP",
    [I("a", ed, F(ed, "on {Wd}"), "the village of Al-Hadid, north of Baquba", "Baquba", "Diyala", "ISIS",
       "attributed", "PMU", "ied", 1, "killing one fighter", 4, "wounding four")])

ed = "2020-09-05"; rd = "2020-09-06"
doc("C03", "C", rd,
    f"BAGHDAD (AP) — [[a|Gunmen ambushed a police patrol in northern Iraq {F(ed, 'on {Wd} night')}, killing two "
    f"policemen, near the town of Baiji in Salahuddin province]], officials said.\n\nA police officer in the "
    f"province said the patrol came under fire from several directions on a rural road. He spoke on condition of "
    f"anonymity because he was not authorized to brief reporters. No one immediately claimed the attack, but "
    f"such ambushes are typical of Islamic State group sleeper cells.\n\nPublished {F(rd, '{Month} {D}, {YYYY}')}",
    [I("a", ed, F(ed, "on {Wd} night"), "the town of Baiji in Salahuddin province", "Baiji", "Salahuddin",
       "unknown", "unclaimed", "police", "ambush", 2, "killing two policemen", None, None)])

ed = "2024-04-05"; rd = "2024-04-06"
doc("C04", "C", rd,
    f"MOSUL, Iraq, {F(rd, '{Month} {D}')} (Xinhua) -- [[a|Two Iraqi soldiers were killed and another injured on "
    f"{W(ed)} when an improvised explosive device (IED) went off near their vehicle in the desert area of Al-Baaj "
    f"in Iraq's northern province of Nineveh]], a provincial security source said.\n\nThe source told Xinhua that "
    f"the soldiers were on a search operation for remnants of the Islamic State (IS) militants when the "
    f"roadside bomb struck.\n\nThe security situation in Iraq has improved since 2017, but IS remnants still "
    f"launch occasional attacks.\n\n{F(rd, '{YYYY}-{MM}-{DD}')} 17:42:05",
    [I("a", ed, F(ed, "on {Wd}"), "the desert area of Al-Baaj", "Baaj", "Nineveh", None, None, "army", "ied", 2,
       "Two Iraqi soldiers were killed", 1, "another injured")])

ed = "2019-07-04"; rd = "2019-07-05"
doc("C05", "C", rd,
    f"Baghdad (dpa) - [[a|A bomb placed on a motorcycle exploded near a popular market in the Iraqi capital's "
    f"Sadr City district on {W(ed)} evening, killing one person and injuring six]], police sources said.\n\n"
    f"The explosion shattered shop windows and set a vegetable stall on fire, the sources told dpa. There was no "
    f"immediate claim of responsibility.\n\nBombings in Baghdad have become rare since the defeat of the Islamic "
    f"State extremist militia in 2017.\n\ndpa ar/mbt {F(rd, '{D} {Month} {YYYY}')}",
    [I("a", ed, F(ed, "on {Wd} evening"), "Sadr City district", "Baghdad", "Baghdad", "unknown", "unclaimed",
       "civilians", "ied", 1, "killing one person", 6, "injuring six")])

ed = "2023-08-04"; rd = "2023-08-05"
doc("C06", "C", rd,
    f"ERBIL, Iraq, {F(rd, '{Month} {D}')} (Reuters) - [[a|A Turkish drone strike on a car near the town of "
    f"Sheladze in Iraq's Kurdistan region killed three people {F(ed, 'on {Wd}')}]], the local mayor said.\n\n"
    f"The mayor said the dead were members of the Kurdistan Workers Party (PKK), which has waged an insurgency "
    f"against the Turkish state since 1984. Turkey's defence ministry did not comment on the strike.\n\n"
    f"Ankara regularly carries out air and ground operations against PKK militants in the mountains of northern "
    f"Iraq.\n\nReporting by Amina Ismail; Editing by Toby Chopra\n{F(rd, '{Month} {D}, {YYYY}')}",
    [I("a", ed, F(ed, "on {Wd}"), "the town of Sheladze", "Sheladze", "Dohuk", "Turkey", "attributed", "PKK",
       "airstrike_operation", 3, "killed three people", None, None)])

ed = "2023-01-05"; rd = "2023-01-06"
doc("C07", "C", rd,
    f"BAGHDAD, {F(rd, '{Month} {D}')} (Xinhua) -- [[a|Two rockets landed inside Ain al-Asad air base in Iraq's "
    f"western province of Anbar, which hosts U.S. troops, on {W(ed)}, causing no casualties]], an Iraqi security "
    f"source said.\n\nThe rockets were fired from a village near the town of Al-Baghdadi, the source said, "
    f"adding that security forces found the launch pad. No group has claimed responsibility for the attack so "
    f"far.\n\n{F(rd, '{YYYY}-{MM}-{DD}')} 20:03:11",
    [I("a", ed, F(ed, "on {Wd}"), "Ain al-Asad air base", "Ain al-Asad", "Anbar", "unknown", "unclaimed",
       "US forces", "mortar_rocket", 0, "causing no casualties", 0, "causing no casualties")])

ed = "2022-12-14"; rd = "2022-12-15"
doc("C08", "C", rd,
    f"BASRA, Iraq (AP) — [[a|A bomb exploded outside a liquor store in the southern Iraqi city of Basra "
    f"{F(ed, 'late {Wd}')}, causing damage but no casualties]], police said.\n\nIt was the third attack on a shop "
    f"selling alcohol in the city since October, according to a police official who spoke on condition of "
    f"anonymity. Police did not say who they believed was responsible.\n\nLiquor stores, most of them owned by "
    f"members of Iraq's Christian and Yazidi minorities, have been repeatedly targeted with small explosives.\n\n"
    f"{F(rd, '{Month} {D}, {YYYY}')}",
    [I("a", ed, F(ed, "late {Wd}"), "the southern Iraqi city of Basra", "Basra", "Basra", None, None, "",
       "ied", 0, "no casualties", 0, "no casualties")])

ed = "2021-07-21"; rd = "2021-07-22"
doc("C09", "C", rd,
    f"NASIRIYAH, Iraq, {F(rd, '{Month} {D}')} (Reuters) - [[a|A roadside bomb hit a convoy of trucks carrying "
    f"supplies for the U.S.-led coalition on the highway near Al-Batha in Dhi Qar province {F(ed, 'on {Wd}')}, police said, without "
    f"causing casualties]].\n\nThe trucks, driven by Iraqi contractors, were travelling north towards Baghdad. Such attacks on supply convoys have been frequent since early 2020 and are rarely claimed.\n\n"
    f"Reporting by Aref Mohammed; Writing by Ahmed Rasheed; Editing by Frances Kerry\n"
    f"{F(rd, '{Month} {D}, {YYYY}')}",
    [I("a", ed, F(ed, "on {Wd}"), "the highway near Al-Batha", "Batha", "Dhi Qar", None, None, "US forces",
       "ied", 0, "without causing casualties", 0, "without causing casualties")])

ed = "2024-02-07"; rd = "2024-02-08"
doc("C10", "C", rd,
    f"BAGHDAD, {F(rd, '{Month} {D}')} (Reuters) - [[a|A U.S. drone strike on a vehicle "
    f"killed two members of the Iran-backed Kataib Hezbollah group in the Baghdad al-Jadida neighbourhood of eastern Baghdad {F(ed, 'on {Wd}')}]], "
    f"two security sources and a militia official said.\n\nThe U.S. military's Central Command said it had "
    f"carried out the strike in response to attacks on U.S. service members. Hundreds of mourners gathered at "
    f"the scene, chanting against Washington.\n\nKataib Hezbollah is part of the "
    f"Popular Mobilization Forces, a state security body.\n\n{F(rd, '{Month} {D}, {YYYY}')}",
    [I("a", ed, F(ed, "on {Wd}"), "Baghdad al-Jadida neighbourhood", "Baghdad", "Baghdad", "US forces", "claimed",
       "PMU", "airstrike_operation", 2, "killed two members", None, None)])

ed = "2020-11-25"; rd = "2020-11-26"
doc("C11", "C", rd,
    f"Diwaniyah (Iraq) (AFP) - [[a|Unidentified gunmen shot dead a prominent anti-government activist in the "
    f"southern Iraqi city of Diwaniyah on {W(ed)} evening]], medical and security sources said.\n\nThe activist, "
    f"who had helped organise sit-ins in the city since October 2019, was hit by several bullets as he left his "
    f"home, a relative told AFP. No one has claimed the killing.\n\nMore than 30 activists have been "
    f"assassinated across Iraq since the protest movement erupted, according to rights groups.\n\n"
    f"{F(rd, '{D} {Mon} {YYYY}')} - AFP",
    [I("a", ed, F(ed, "on {Wd} evening"), "the southern Iraqi city of Diwaniyah", "Diwaniyah", "Qadisiyah",
       "unknown", "unclaimed", "civilians", "shooting", 1, "shot dead a prominent anti-government activist",
       None, None)])


# ------------------------------------------------------------------ D: Iraqi outlets in English
ed = "2022-03-08"; rd = "2022-03-08"
doc("D01", "D", rd,
    f"Shafaq News / A security source in Kirkuk reported on {W(rd)} that a member of the Popular Mobilization "
    f"Forces (PMF) was killed in an ISIS attack in the west of the governorate.\n\n[[a|\"ISIS militants attacked "
    f"a PMF post in the village of Zghaytun, in the Al-Abbasi subdistrict, at dawn today, killing a fighter and "
    f"injuring another\"]], the source told Shafaq News Agency.\n\nHe added that PMF units launched a search "
    f"operation in the area after the attack.\n\n{F(rd, '{YYYY}-{MM}-{DD}')} 09:31",
    [I("a", ed, "at dawn today", "the village of Zghaytun, in the Al-Abbasi subdistrict", "Abbasi", "Kirkuk",
       "ISIS", "attributed", "PMU", "shooting", 1, "killing a fighter", 1, "injuring another")])

ed = "2021-10-10"; rd = "2021-10-11"
doc("D02", "D", rd,
    f"Baghdad Today -- Diyala\n\nA source in the Diyala police said on {W(rd)} that a farmer was injured in an "
    f"explosion in the district of Al-Muqdadiyah.\n\nThe source told Baghdad Today that [[a|\"an IED planted on a "
    f"dirt road exploded yesterday afternoon near a farmer in the orchards of Al-Mukhaisa village, northeast of "
    f"Al-Muqdadiyah, wounding him moderately\"]]. He was taken to hospital.\n\nThe source did not say who was "
    f"behind the explosion.\n\n{F(rd, '{DD}/{MM}/{YYYY}')}",
    [I("a", ed, "yesterday afternoon", "Al-Mukhaisa village, northeast of Al-Muqdadiyah", "Muqdadiyah", "Diyala",
       None, None, "civilians", "ied", None, None, 1, "wounding him moderately")])

ed = "2020-09-07"; rd = "2020-09-08"
doc("D03", "D", rd,
    f"Iraqi News Agency (INA) - Salah al-Din\n\nThe Security Media Cell announced on {W(rd)} the martyrdom of "
    f"a soldier in a terrorist attack in Salah al-Din governorate.\n\nThe cell said in a statement received by "
    f"INA that [[a|\"terrorist Daesh gangs attacked a military point in the Mutaibijah area with light weapons "
    f"last night, which led to the martyrdom of a soldier and the injury of another\"]].\n\nThe statement added "
    f"that the troops responded to the attack and forced the attackers to flee.\n\n"
    f"{F(rd, '{YYYY}-{MM}-{DD}')}",
    [I("a", ed, "last night", "the Mutaibijah area", "Mutaibijah", "Salahuddin", "ISIS", "attributed", "army",
       "shooting", 1, "the martyrdom of a soldier", 1, "the injury of another")])

ed = "2024-04-07"; rd = "2024-04-07"
doc("D04", "D", rd,
    f"964 | Nineveh\n\n[[a|Unknown gunmen opened fire this evening on a car belonging to an employee of the "
    f"Nineveh municipality in the Al-Zuhur neighbourhood, on the left side of Mosul]].\n\nA local source told "
    f"964 that the employee was hit by two bullets and was taken to Al-Salam hospital in serious condition, "
    f"while the gunmen fled on a motorcycle.\n\nPolice cordoned off the area and opened an investigation.\n\n"
    f"{F(rd, '{D} {Month} {YYYY}')}",
    [I("a", ed, "this evening", "the Al-Zuhur neighbourhood, on the left side of Mosul", "Mosul", "Nineveh",
       "unknown", None, "civilians", "shooting", None, None, 1, "the employee was hit by two bullets")])

ed = "2019-07-06"; rd = "2019-07-07"
doc("D05", "D", rd,
    f"Iraqi News | {F(rd, '{Month} {D}, {YYYY}')}\n\nBaghdad (IraqiNews.com) – A security source in Baghdad "
    f"said on {W(rd)} that two civilians were killed in an explosion south of the capital.\n\n"
    f"[[a|\"An improvised explosive device went off on Saturday night near a café in the Al-Rashid area, south "
    f"of Baghdad, killing two civilians and injuring five others\"]], the source told Alsumaria News.\n\n"
    f"The source added that security forces cordoned off the area and opened an investigation.",
    [I("a", ed, "on Saturday night", "a café in the Al-Rashid area, south of Baghdad", "Rashid", "Baghdad",
       None, None, "civilians", "ied", 2, "killing two civilians", 5, "injuring five others")])

ed = "2023-08-09"; rd = "2023-08-10"
doc("D06", "D", rd,
    f"Shafaq News/ [[a|A Turkish drone targeted on {W(ed)} a vehicle on the road between Zakho and Batifa in "
    f"Duhok governorate, killing two people]], a local source said.\n\nThe source told Shafaq News Agency that "
    f"the two dead were members of the Kurdistan Workers' Party (PKK), adding that the car was completely burned.\n\n"
    f"Turkiye has intensified its drone strikes on PKK targets in the Kurdistan Region and Sinjar over the past "
    f"months.\n\n{F(rd, '{DD}-{MM}-{YYYY}')} 11:20",
    [I("a", ed, F(ed, "on {Wd}"), "the road between Zakho and Batifa", "Zakho", "Dohuk", "Turkey", "attributed",
       "PKK", "airstrike_operation", 2, "killing two people", None, None)])

ed = "2023-01-07"; rd = "2023-01-08"
doc("D07", "D", rd,
    f"Shafaq News/ A security source in Al-Anbar reported on {W(rd)} the injury of two army personnel in an "
    f"explosion in the west of the governorate.\n\n[[a|\"An explosive device exploded yesterday, Saturday, on a "
    f"military vehicle on the road between Rawa and Anah, injuring two soldiers\"]], the source told Shafaq News "
    f"Agency.\n\nHe added that the wounded were transferred to Anah hospital, and that a force combed the area "
    f"in search of the perpetrators.\n\n{F(rd, '{D} {Month} {YYYY}')}",
    [I("a", ed, "yesterday, Saturday", "the road between Rawa and Anah", "Rawa", "Anbar", None, None, "army",
       "ied", None, None, 2, "injuring two soldiers")])

ed = "2022-06-14"; rd = "2022-06-15"
doc("D08", "D", rd,
    f"Shafaq News/ Unknown gunmen assassinated a lawyer in central Al-Amarah, the capital of Maysan, a police "
    f"source said on {W(rd)}.\n\nThe source told Shafaq News Agency, [[a|\"Gunmen riding a motorcycle opened fire "
    f"on the lawyer last night in front of his office on Dijla Street in Al-Amarah, killing him instantly\"]].\n\n"
    f"He added that the perpetrators fled to an unknown destination, and that the police opened an "
    f"investigation.\n\n{F(rd, '{YYYY}-{MM}-{DD}')} 08:52",
    [I("a", ed, "last night", "Dijla Street in Al-Amarah", "Amarah", "Maysan", "unknown", None, "civilians",
       "shooting", 1, "killing him instantly", None, None)])

ed = "2020-05-09"; rd = "2020-05-10"
doc("D09", "D", rd,
    f"Baghdad Today -- Karbala\n\nA security source in Karbala said on {W(rd)} that a hand grenade was thrown at "
    f"the house of a tribal elder in the Al-Husseiniya district.\n\nThe source told Baghdad Today that "
    f"[[a|\"unknown persons threw a hand grenade at the house of a tribal sheikh in Al-Husseiniya, north of "
    f"Karbala, after midnight on Saturday, causing only material damage\"]].\n\n{F(rd, '{DD}/{MM}/{YYYY}')}",
    [I("a", ed, "after midnight on Saturday", "Al-Husseiniya, north of Karbala", "Husseiniya", "Karbala",
       "unknown", None, "civilians", "other", None, None, None, None)])

ed = "2024-07-23"; rd = "2024-07-24"
doc("D10", "D", rd,
    f"Iraqi News Agency (INA) - Babil\n\n[[a|A drone targeted a PMF headquarters in the Jurf al-Nasr area, north "
    f"of Hilla, last night, causing a fire and the injury of two PMF members]], the PMF said in a statement "
    f"received by INA on {W(rd)}.\n\nThe statement did not say where the drone was launched from, and said that "
    f"an investigation committee had been formed.\n\n{F(rd, '{YYYY}/{MM}/{DD}')}",
    [I("a", ed, "last night", "the Jurf al-Nasr area, north of Hilla", "Jurf al-Nasr", "Babil", None, None, "PMU",
       "airstrike_operation", None, None, 2, "the injury of two PMF members")])

ed = "2023-11-20"; rd = "2023-11-21"
doc("D11", "D", rd,
    f"The New Region - Sulaimani\n\n[[a|An explosive device detonated on Monday evening under the car of a "
    f"counter-terrorism officer in the Bakrajo area of Sulaimani, seriously injuring him]], security sources "
    f"told The New Region on {W(rd)}.\n\nSulaimani Asayish said they had arrested two suspects, without giving "
    f"more details.\n\n{F(rd, '{D} {Month} {YYYY}')}",
    [I("a", ed, "on Monday evening", "the Bakrajo area of Sulaimani", "Sulaymaniyah", "Sulaymaniyah", None, None,
       "security forces", "ied", None, None, 1, "seriously injuring him")])
