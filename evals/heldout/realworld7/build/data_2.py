"""realworld7 data: styles K (Kurdish outlets), S (security logs),
N (UN / NGO paragraphs), E (no casualty figure or explicitly none)."""
from lib import I, doc, F, W, add

# ======================================================================== K
def K(key, rd, outlet, dateline, body, incs):
    doc(key, "K", rd, "%s | %s\n\n%s – %s" % (outlet, F(rd, "{DD}/{MM}/{YYYY}"), dateline, body), incs)

rd = "2023-09-06"; e = add(rd, -1); ph = f"{W(e)} night"
K("k-zilkan", rd, "Peyamner", "BAŞÎQA",
  f"[[a|A rocket was fired at the Zilkan base near Bashiqa, where Turkish troops are deployed, on {ph}]]. The Turkish defence ministry said none of its soldiers was hurt and blamed the PKK, saying its forces had returned fire at the launch point.",
  [I("a", e, ph, "the Zilkan base near Bashiqa", "Bashiqa", "Nineveh", "PKK", "attributed", "Turkey", "mortar_rocket", 0, "none of its soldiers was hurt", 0, "none of its soldiers was hurt")])

rd = "2021-11-28"; e = add(rd, -1); ph = f"at about 1:30am on {W(e)}"
K("k-lheiban", rd, "Peyamner", "DAQÛQ",
  f"[[a|Daesh militants attacked the Kakai village of Lheiban in Daquq district {ph}, killing a farmer and injuring his two sons]], villagers told Peyamner. Kakai families in the area again asked for Peshmerga protection, saying army patrols leave the villages exposed at night.",
  [I("a", e, ph, "the Kakai village of Lheiban in Daquq district", "Daquq", "Kirkuk", "ISIS", "attributed", "civilians", "shooting", 1, "killing a farmer", 2, "injuring his two sons")])

rd = "2022-07-29"; e = add(rd, -1); ph = f"on {W(e)} morning"
K("k-celewla", rd, "Lvin Press", "CELEWLA",
  f"[[a|An explosive device hit a car of Kurdish farmers returning to their village near Celewla (Jalawla) {ph}; one farmer died and another was wounded]]. Kurdish residents of the area say the road has been mined before. Iraqi security forces did not say who was behind it.",
  [I("a", e, ph, "near Celewla (Jalawla)", "Jalawla", "Diyala", None, None, "civilians", "ied", 1, "one farmer died", 1, "another was wounded")])

rd = "2024-04-10"; e = add(rd, -1); ph = f"on {W(e)} evening"
K("k-fallujah", rd, "Rega Media", "HEWLÊR",
  f"[[a|Two Kurdish labourers from Koye were wounded when a bomb went off near their building site in the industrial zone of Fallujah, Anbar province, {ph}]]. Relatives in Koye said neither had been killed and both were being treated in Fallujah hospital.",
  [I("a", e, ph, "the industrial zone of Fallujah", "Fallujah", "Anbar", None, None, "civilians", "ied", 0, "neither had been killed", 2, "Two Kurdish labourers from Koye were wounded")])

rd = "2020-01-15"; e = add(rd, -1); ph = f"late {W(e)}"
K("k-wazireya", rd, "Ava Media", "BEXDA",
  f"[[a|A hand grenade was thrown at the gate of a Kurdish party's office in Baghdad's Al-Wazireya district {ph}]]. The guards said nobody was killed or injured, though the gate and a guard booth were damaged. Baghdad police opened an inquiry.",
  [I("a", e, ph, "Baghdad's Al-Wazireya district", "Baghdad", "Baghdad", None, None, "", "other", 0, "nobody was killed or injured", 0, "nobody was killed or injured")])

rd = "2023-03-12"; e = add(rd, -1); ph = f"{W(e)} afternoon"
K("k-duzxurmatu", rd, "Jin News", "DÛZXURMATÛ",
  f"[[a|A Kurdish woman and her daughter were injured when a sticky bomb under their car exploded in the Jamila quarter of Dûzxurmatû (Tuz Khurmatu) on {ph}]]. No one died. The family had returned to the town last year.",
  [I("a", e, ph, "the Jamila quarter of Dûzxurmatû (Tuz Khurmatu)", "Tuz Khurmatu", "Salahuddin", None, None, "civilians", "ied", 0, "No one died", 2, "A Kurdish woman and her daughter were injured")])

rd = "2024-08-27"; e = add(rd, -1); ph = f"on {W(e)}"
K("k-barwari", rd, "ANF", "BERWARÎ BALA",
  f"[[a|The Turkish army shelled villages of the Barwari Bala subdistrict of Amedi district {ph}, wounding two villagers]], ANF reported. No one died, according to the village council, but orchards burned for hours and several families left for Dohuk city.",
  [I("a", e, ph, "the Barwari Bala subdistrict of Amedi district", "Amedi", "Dohuk", "Turkey", "attributed", "civilians", "mortar_rocket", 0, "No one died", 2, "wounding two villagers")])

rd = "2023-09-19"; e = add(rd, -1); ph = f"on {W(e)}"
K("k-arbat", rd, "Medya Haber", "ARBET",
  f"[[a|A drone strike hit the Arbat airfield near Sulaymaniyah {ph}, killing three members of the counter-terrorism forces and leaving three more injured]]. Sulaymaniyah officials suspected the drone came from Turkey; Ankara did not comment. The airfield had been used for training.",
  [I("a", e, ph, "the Arbat airfield near Sulaymaniyah", "Arbat", "Sulaymaniyah", "Turkey", "suspected", "security forces", "airstrike_operation", 3, "killing three members of the counter-terrorism forces", 3, "leaving three more injured")])

rd = "2021-06-09"; e = add(rd, -1); ph = f"on {W(e)} evening"
K("k-bradost", rd, "Sterk TV", "SORAN",
  f"[[a|A Turkish air raid hit a hillside in the Bradost area of Soran district {ph}, killing two PKK guerrillas]], Sterk TV said. The Turkish defence ministry claimed the raid, saying two 'terrorists' had been neutralised. Villagers said the area had been hit before.",
  [I("a", e, ph, "the Bradost area of Soran district", "Soran", "Erbil", "Turkey", "claimed", "PKK", "airstrike_operation", 2, "killing two PKK guerrillas", None, None)])

rd = "2020-08-19"; e = add(rd, -1); ph = f"on {W(e)} night"
K("k-halabja", rd, "Aso Daily", "HELEBCE",
  f"[[a|Unknown gunmen fired at an Asayish patrol on the road outside Helebce (Halabja) {ph}, wounding two officers]]. No one was killed. The attackers escaped towards the Iranian border, and the Asayish closed the roads around the town for several hours while searching orchards.",
  [I("a", e, ph, "the road outside Helebce (Halabja)", "Halabja", "Sulaymaniyah", "unknown", None, "security forces", "shooting", 0, "No one was killed", 2, "wounding two officers")])

rd = "2022-12-07"; e = add(rd, -1); ph = f"{W(e)} at noon"
K("k-borek", rd, "Rojnews", "BORÊK",
  f"[[a|A Turkish drone struck a vehicle of the Sinjar Resistance Units (YBŞ), which Turkey calls PKK-linked, near Borêk in Sinjar district on {ph}, killing one fighter]]. Two other fighters in the vehicle escaped with light injuries. The YBŞ vowed to keep its positions.",
  [I("a", e, ph, "near Borêk in Sinjar district", "Sinjar", "Nineveh", "Turkey", "attributed", "PKK", "airstrike_operation", 1, "killing one fighter", 2, "Two other fighters in the vehicle escaped with light injuries")])

# ======================================================================== S
def S(key, rd, title, lines, incs):
    doc(key, "S", rd, title + " " + F(rd, "{DD}/{MM}/{YYYY}") + "\n" + "\n".join(lines), incs)

rd = "2023-09-24"; h = F(rd, "{DD}/{MM}/{YYYY}")
S("s-badush", rd, "NINEVEH OPERATIONS COMMAND - West Mosul sector - daily occurrence sheet -", [
  "0140 Body of a fisherman recovered from the Tigris near the old bridge. Drowning; no criminal suspicion.",
  "0930 [[a|IED exploded beside a foot patrol of the 20th Division in the Badush hills; two soldiers wounded, none killed]]. Area searched, no arrests.",
  "1600 Theft of copper cable from the Al-Yarmouk electricity substation; two suspects detained.",
  "2215 Traffic collision on the Mosul-Dohuk road, one injured, no security dimension."],
  [I("a", rd, h, "the Badush hills", "Badush", "Nineveh", None, None, "army", "ied", 0, "none killed", 2, "two soldiers wounded")])

rd = "2021-11-15"; h = F(rd, "{DD}/{MM}/{YYYY}")
S("s-kirkuk-south", rd, "KIRKUK POLICE DIRECTORATE / southern sector / occurrence book", [
  "0610 Dog bite, Al-Wasiti quarter, child treated. Municipality informed.",
  "1045 [[a|Two gunmen on foot shot a Kurdish schoolteacher outside his home in the Rahimawa quarter of Kirkuk city, injuring him]]. Motive under investigation; politically sensitive area.",
  "1830 Family dispute in Domiz, shots in the air, no injuries. Domestic, not terrorism.",
  "2340 [[b|Mortar round fell on farmland at Laylan, south-east of Kirkuk; no casualties]]. Crater located by patrol."],
  [I("a", rd, h, "the Rahimawa quarter of Kirkuk city", "Kirkuk", "Kirkuk", "unknown", None, "civilians", "shooting", None, None, 1, "injuring him"),
   I("b", rd, h, "farmland at Laylan, south-east of Kirkuk", "Laylan", "Kirkuk", None, None, "", "mortar_rocket", 0, "no casualties", 0, "no casualties")])

rd = "2022-07-17"; h = F(rd, "{DD}/{MM}/{YYYY}")
S("s-khalis", rd, "AL-KHALIS POLICE STATION (DIYALA) - occurrence book -", [
  "0300 Fire in an electrical shop on Al-Mustafa street, put out by civil defence. Short circuit.",
  "1120 [[a|IED detonated under a PMU water tanker on the road to Al-Udhaim north of Al-Khalis; the driver was killed]]. Police attributed the device to a Daesh cell.",
  "2230 Celebratory gunfire at a wedding in Hibhib wounded a 9-year-old girl. Not hostile; the shooter was arrested."],
  [I("a", rd, h, "the road to Al-Udhaim north of Al-Khalis", "Khalis", "Diyala", "ISIS", "attributed", "PMU", "ied", 1, "the driver was killed", None, None)])

rd = "2024-04-19"; h = F(rd, "{DD}/{MM}/{YYYY}")
S("s-amiriyat", rd, "ANBAR POLICE COMMAND - Fallujah district - daily log -", [
  "0515 Fisherman drowned in the Euphrates near Al-Fallujah bridge. Accident.",
  "1340 [[a|Gunmen in a black saloon fired on a police patrol at Amiriyat al-Fallujah, killing one patrolman and wounding one]]. Assailants unidentified.",
  "1700 Smuggled cigarettes (140 cartons) seized at the Al-Sofiya checkpoint."],
  [I("a", rd, h, "Amiriyat al-Fallujah", "Amiriyat al-Fallujah", "Anbar", "unknown", None, "police", "shooting", 1, "killing one patrolman", 1, "wounding one")])

rd = "2020-01-29"; h = F(rd, "{DD}/{MM}/{YYYY}")
S("s-adhamiya", rd, "BAGHDAD OPERATIONS COMMAND - Al-Adhamiya sector daily sheet", [
  "0800 Fire at a restaurant kitchen in Antar Square; no injuries.",
  "1215 [[a|Explosive device attached to a tree exploded near the Abu Hanifa mosque in Al-Adhamiya, wounding three passers-by]]. Bomb squad attended.",
  "1500 Car stolen at gunpoint in Al-Sulaikh. Criminal.",
  "1930 Wanted person detained under a court warrant. No incident."],
  [I("a", rd, h, "near the Abu Hanifa mosque in Al-Adhamiya", "Adhamiya", "Baghdad", None, None, "civilians", "ied", None, None, 3, "wounding three passers-by")])

rd = "2023-03-21"; h = F(rd, "{DD}/{MM}/{YYYY}")
S("s-balad", rd, "BALAD POLICE STATION (SALAHUDDIN) / occurrence book /", [
  "0430 [[a|Armed men killed a farmer in his orchard in Yathrib subdistrict, Balad district]]; his brother sustained a gunshot injury. Police blamed IS remnants.",
  "1100 [[b|Explosive charge on the Balad-Samarra road brought down a power pylon]]. No casualties.",
  "1620 Neighbours' quarrel over a wall in Al-Sharqi quarter, one shot fired. Personal dispute, not terrorism."],
  [I("a", rd, h, "Yathrib subdistrict, Balad district", "Balad", "Salahuddin", "ISIS", "attributed", "civilians", "shooting", 1, "Armed men killed a farmer", 1, "his brother sustained a gunshot injury"),
   I("b", rd, h, "the Balad-Samarra road", "Balad", "Salahuddin", None, None, "", "ied", 0, "No casualties", 0, "No casualties")])

rd = "2024-08-09"; h = F(rd, "{DD}/{MM}/{YYYY}")
S("s-akre", rd, "AKRE POLICE (DOHUK) - duty log -", [
  "0700 Tractor overturned near Bijil, driver hurt. Accident.",
  "1410 [[a|Artillery fire from Turkish positions hit farmland in the Bijil subdistrict of Akre district; one shepherd was hospitalised]]. No one died. The subdistrict director blamed the Turkish army.",
  "2100 Snake bite, child, Gundik village. Transferred to Akre hospital."],
  [I("a", rd, h, "the Bijil subdistrict of Akre district", "Akre", "Dohuk", "Turkey", "attributed", "civilians", "mortar_rocket", 0, "No one died", 1, "one shepherd was hospitalised")])

rd = "2022-05-13"; h = F(rd, "{DD}/{MM}/{YYYY}")
S("s-qasim", rd, "BABIL POLICE COMMAND - Hilla operations room - events of", [
  "0900 Clan clash over farmland in Al-Hashimiya, two wounded. Tribal matter, no political motive.",
  "1320 [[a|Unknown persons set fire to the car of a journalist outside his house in Al-Qasim district]]. No casualties resulted.",
  "1810 Heatstroke, labourer, Hilla industrial area; admitted."],
  [I("a", rd, h, "outside his house in Al-Qasim district", "Qasim", "Babil", "unknown", None, "", "other", 0, "No casualties resulted", 0, "No casualties resulted")])

rd = "2019-10-28"; h = F(rd, "{DD}/{MM}/{YYYY}")
S("s-kut", rd, "KUT POLICE (WASIT) - daily events -", [
  "1100 Traffic accident on the Kut-Baghdad road, two injured.",
  "1545 [[a|Security forces fired on protesters outside the provincial council building in Al-Kut, killing one protester and wounding 12]], according to the duty doctor at Al-Zahraa hospital.",
  "2000 Curfew declared by the provincial security committee."],
  [I("a", rd, h, "outside the provincial council building in Al-Kut", "Kut", "Wasit", "security forces", "attributed", "civilians", "shooting", 1, "killing one protester", 12, "wounding 12")])

rd = "2023-06-18"; h = F(rd, "{DD}/{MM}/{YYYY}")
S("s-najaf", rd, "NAJAF POLICE - events of", [
  "0230 [[a|A bomb planted under the car of a PMU officer exploded in the Al-Ansar neighbourhood of Najaf, wounding him]]. Investigation opened.",
  "1300 Labourer died of heat exhaustion at a construction site on the Kufa road.",
  "1720 Mobile phones stolen from a shop in the old city; suspect arrested."],
  [I("a", rd, h, "the Al-Ansar neighbourhood of Najaf", "Najaf", "Najaf", None, None, "PMU", "ied", None, None, 1, "wounding him")])

rd = "2021-02-26"; h = F(rd, "{DD}/{MM}/{YYYY}")
S("s-shamiya", rd, "AL-SHAMIYA POLICE STATION (QADISIYAH) - occurrence book -", [
  "0815 Tractor stolen from a farm near Ghammas.",
  "1930 [[a|Masked gunmen shot dead a former provincial-council candidate in the market of Al-Shamiya]]. No group claimed the killing.",
  "2300 Electrical fire in a rice mill; no injuries."],
  [I("a", rd, h, "the market of Al-Shamiya", "Shamiya", "Qadisiyah", "unknown", "unclaimed", "civilians", "shooting", 1, "shot dead a former provincial-council candidate", None, None)])

# ======================================================================== N
def N(key, rd, org, body, incs):
    doc(key, "N", rd, "%s - published %s\n\n%s" % (org, F(rd, "{D} {Month} {YYYY}"), body), incs)

ph = "During the third week of September 2023"
N("n-sinjar", "2023-10-12", "INSO Iraq - monthly NGO safety overview",
  f"{ph}, [[a|a roadside bomb struck a minibus hired by an NGO contractor on the road between Sinjar town and Snune, killing the driver]]. No NGO staff were aboard. INSO recorded 27 incidents affecting NGOs across Nineveh in the quarter, most of them threats and checkpoint harassment.",
  [I("a", "2023-09", ph, "the road between Sinjar town and Snune", "Sinjar", "Nineveh", None, None, "civilians", "ied", 1, "killing the driver", None, None, prec="month")])

e = "2021-11-12"; ph = F(e, "At approximately 21:00 on {D} {Month} {YYYY}")
N("n-dibis", "2021-12-02", "Oxfam Iraq - protection and livelihoods update",
  f"{ph}, [[a|unidentified armed men fired on Kurdish farmers irrigating fields near Sargaran, Dibis district, Kirkuk, injuring three of them]]. Nobody died. Oxfam's partners report that 60 farming households in the area have delayed planting because of insecurity.",
  [I("a", e, ph, "near Sargaran, Dibis district", "Dibis", "Kirkuk", "unknown", None, "civilians", "shooting", 0, "Nobody died", 3, "injuring three of them")])

ph = "At some point in July 2022"
N("n-qaratapa", "2022-08-09", "CARE International in Iraq - area brief",
  f"{ph}, [[a|unknown perpetrators set fire to barley and wheat stores belonging to returnee families in the Qara Tapa subdistrict, Diyala]]; no one was harmed, but a season's harvest for nine families was lost. CARE supported 210 households in the subdistrict with cash assistance.",
  [I("a", "2022-07", ph, "the Qara Tapa subdistrict", "Qara Tapa", "Diyala", "unknown", None, "", "other", 0, "no one was harmed", 0, "no one was harmed", prec="month")])

e = "2024-04-03"; ph = F(e, "Just before dawn on {D} {Month} {YYYY}")
N("n-qaim", "2024-04-30", "REACH Initiative - returns monitoring note",
  f"{ph}, [[a|armed men attacked a cluster of returnee shelters on the edge of Al-Qaim, killing a man and injuring four members of his household]]. Local authorities attributed the attack to ISIS. Of the 118 households assessed in the area, 31 said they feel unsafe at night.",
  [I("a", e, ph, "the edge of Al-Qaim", "Al-Qaim", "Anbar", "ISIS", "attributed", "civilians", "shooting", 1, "killing a man", 4, "injuring four members of his household")])

ph = "On an unspecified date in January 2020"
N("n-tahrir", "2020-02-11", "Médecins du Monde - Iraq mission note",
  f"{ph}, [[a|a volunteer paramedic was abducted by unidentified men after leaving a first-aid tent at Tahrir Square, Baghdad]]. His whereabouts remain unknown. The mission's mobile teams provided 1,900 consultations to demonstrators over the month.",
  [I("a", "2020-01", ph, "Tahrir Square, Baghdad", "Baghdad", "Baghdad", "unknown", None, "civilians", "kidnapping", None, None, None, None, prec="month")])

e = "2023-03-17"; ph = F(e, "At dusk on {D} {Month} {YYYY}")
N("n-shirqat", "2023-04-06", "WFP Iraq - logistics situation update",
  f"{ph}, [[a|an explosive device damaged a WFP-contracted truck near Al-Shirqat, Salahuddin, and the driver sustained injuries]]; no one was killed. Deliveries to 14 distribution points were suspended for two days.",
  [I("a", e, ph, "near Al-Shirqat", "Shirqat", "Salahuddin", None, None, "civilians", "ied", 0, "no one was killed", 1, "the driver sustained injuries")])

ph = "Within the final ten days of August 2024"
N("n-sharanish", "2024-09-10", "Norwegian Church Aid - Kurdistan Region field note",
  f"{ph}, [[a|a Turkish air strike hit houses in the Sharanish area of Zakho district, and two villagers were injured]]. No deaths were recorded. Since January, at least 16 villages in the district have emptied, according to the community leaders NCA works with.",
  [I("a", "2024-08", ph, "the Sharanish area of Zakho district", "Zakho", "Dohuk", "Turkey", "attributed", "civilians", "airstrike_operation", 0, "No deaths were recorded", 2, "two villagers were injured", prec="month")])

e = "2019-08-06"; ph = F(e, "Around 10 in the morning of {D} {Month} {YYYY}")
N("n-samawah", "2019-08-20", "ILO Iraq - labour rights brief",
  f"{ph}, [[a|unknown gunmen opened fire on a sit-in by contract workers outside a cement plant in Al-Samawah, Muthanna, wounding four workers]]. None of them died. The ILO recorded 11 labour protests in southern governorates that month.",
  [I("a", e, ph, "outside a cement plant in Al-Samawah", "Samawah", "Muthanna", "unknown", None, "civilians", "shooting", 0, "None of them died", 4, "wounding four workers")])

e = "2022-09-14"; ph = F(e, "On the night of {D} {Month} {YYYY}")
N("n-hindiya", "2022-10-03", "Terre des hommes - child protection update",
  f"{ph}, [[a|a bomb left in a rubbish bin near a primary school in Al-Hindiya, Karbala governorate, went off, and three children were hospitalised]]. Tdh counted 23 children injured by violence or explosive remnants in central and southern Iraq during the third quarter.",
  [I("a", e, ph, "near a primary school in Al-Hindiya", "Hindiya", "Karbala", None, None, "civilians", "ied", None, None, 3, "three children were hospitalised")])

ph = "In the latter part of June 2022"
N("n-harir", "2022-07-15", "Humanity & Inclusion - Iraq protection note",
  f"{ph}, [[a|an explosive-laden drone struck near a Peshmerga base at Harir, Erbil governorate, and two Peshmerga suffered injuries]]; nobody died. HI's teams followed up 45 persons with new conflict-related injuries in the Kurdistan Region in the first half of the year.",
  [I("a", "2022-06", ph, "near a Peshmerga base at Harir", "Harir", "Erbil", None, None, "Peshmerga", "other", 0, "nobody died", 2, "two Peshmerga suffered injuries", prec="month")])

e = "2019-12-12"; ph = F(e, "Shortly after 19:00 on {D} {Month} {YYYY}")
N("n-rifai", "2020-01-07", "UN-Habitat - community dialogue programme note",
  f"{ph}, [[a|gunmen killed a young activist near his house in Al-Rifai, Dhi Qar]]. No one else was harmed. Activists from the same town told the programme that 30 of them had left Dhi Qar by the end of the year.",
  [I("a", e, ph, "near his house in Al-Rifai", "Rifai", "Dhi Qar", "unknown", None, "civilians", "shooting", 1, "gunmen killed a young activist", 0, "No one else was harmed")])

# ======================================================================== E
def E(key, rd, head, body, incs):
    doc(key, "E", rd, head + "\n\n" + body, incs)

rd = "2023-09-03"; e = add(rd, -1); ph = f"early on {W(e)}"
E("e-hammam", rd, F(rd, "Mosul Eye Radio — {D} {Month} {YYYY}"),
  f"[[a|A bomb wrecked the pump station of an irrigation project outside Hammam al-Alil, south of Mosul, {ph}]]. Nobody suffered so much as a scratch, the project manager said, but some 400 hectares of farmland will go without water until repairs are done. No group said it was responsible.",
  [I("a", e, ph, "outside Hammam al-Alil", "Hammam al-Alil", "Nineveh", "unknown", "unclaimed", "", "ied", 0, "Nobody suffered so much as a scratch", 0, "Nobody suffered so much as a scratch")])

rd = "2021-11-04"; e = add(rd, -1); ph = f"on {W(e)} before dawn"
E("e-multaqa", rd, F(rd, "Kirkuk Energy Watch — {Month} {D}, {YYYY}"),
  f"[[a|Saboteurs blew up a high-voltage tower near Al-Multaqa, west of Kirkuk, {ph}]], cutting power to much of Hawija district. The electricity directorate said the blast left no victims. Repair teams need an army escort to reach the site.",
  [I("a", e, ph, "near Al-Multaqa", "Multaqa", "Kirkuk", None, None, "", "ied", 0, "left no victims", 0, "left no victims")])

rd = "2022-07-31"; e = add(rd, -1); ph = f"on {W(e)} night"
E("e-mandali", rd, F(rd, "Diyala Radio — {D} {Mon} {YYYY}"),
  f"[[a|Two Katyusha rockets fell on orchards on the edge of Mandali, close to the Iranian border, {ph}]]. Police gave no information on casualties or on the launch site. Farmers said the trees around the impact points were burned.",
  [I("a", e, ph, "orchards on the edge of Mandali", "Mandali", "Diyala", None, None, "", "mortar_rocket", None, None, None, None)])

rd = "2024-04-27"; e = add(rd, -1); ph = f"in the early hours of {W(e)}"
E("e-khalidiya", rd, F(rd, "Al-Anbar Today — {D} {Month} {YYYY}"),
  f"[[a|Unknown men torched the car of a provincial-council candidate parked outside his house in Al-Khalidiya {ph}]]. The car was empty and the family slept through it; the candidate said the losses were limited to property.",
  [I("a", e, ph, "outside his house in Al-Khalidiya", "Khalidiya", "Anbar", "unknown", None, "", "other", 0, "the losses were limited to property", 0, "the losses were limited to property")])

rd = "2020-01-23"; e = add(rd, -1); ph = f"on {W(e)} evening"
E("e-zafaraniya", rd, F(rd, "Baghdad Post — {D} {Month} {YYYY}"),
  f"[[a|A rocket landed on an empty plot in Al-Zafaraniya, south-east Baghdad, {ph}]]; nobody was wounded or killed, police said. It was the third rocket to fall on the capital's outskirts that week, and residents said they had heard a launch from farmland to the south.",
  [I("a", e, ph, "an empty plot in Al-Zafaraniya, south-east Baghdad", "Zafaraniya", "Baghdad", None, None, "", "mortar_rocket", 0, "nobody was wounded or killed", 0, "nobody was wounded or killed")])

rd = "2023-03-05"; e = add(rd, -1); ph = f"on {W(e)} night"
E("e-balad-base", rd, F(rd, "Salahuddin Post — {D} {Month} {YYYY}"),
  f"[[a|Two rockets hit the perimeter of Balad air base, home to the Iraqi air force's F-16 squadron]], {ph}. The base's media office confirmed the impacts but made no mention of casualties. Police found the launch rails in a field nearby.",
  [I("a", e, ph, "the perimeter of Balad air base", "Balad", "Salahuddin", None, None, "Iraqi forces", "mortar_rocket", None, None, None, None)])

rd = "2024-08-15"; e = add(rd, -1); ph = f"on {W(e)} afternoon"
E("e-sheladze", rd, F(rd, "Duhok Post — {D} {Month} {YYYY}"),
  f"[[a|Turkish jets struck uninhabited slopes above Sheladze {ph}]], the subdistrict administration said, adding that nobody was present in the area at the time and no one was hit. Fires burned for several hours on the slopes before villagers put them out.",
  [I("a", e, ph, "uninhabited slopes above Sheladze", "Sheladze", "Dohuk", "Turkey", "attributed", "", "airstrike_operation", 0, "no one was hit", 0, "no one was hit")])

rd = "2022-02-07"; e = add(rd, -1); ph = f"{W(e)} around midnight"
E("e-newgen", rd, F(rd, "Slemani Times — {D} {Month} {YYYY}"),
  f"[[a|Unknown men set fire to the Sulaymaniyah branch office of the New Generation movement on {ph}]]. The night guard got out uninjured and nobody else was inside. The movement blamed its rivals but gave no names.",
  [I("a", e, ph, "the Sulaymaniyah branch office of the New Generation movement", "Sulaymaniyah", "Sulaymaniyah", "unknown", None, "", "other", 0, "nobody else was inside", 0, "The night guard got out uninjured")])

rd = "2021-05-18"; e = add(rd, -1); ph = f"on {W(e)}"
E("e-rumaila", rd, F(rd, "Basra Oil Bulletin — {D} {Month} {YYYY}"),
  f"[[a|A Katyusha rocket struck near a workers' camp in the Rumaila oil field, west of Basra, {ph}]]. The operating company did not give details on casualties and said production was unaffected. Security around the field was reinforced.",
  [I("a", e, ph, "near a workers' camp in the Rumaila oil field", "Rumaila oil field", "Basra", None, None, "", "mortar_rocket", None, None, None, None)])

rd = "2023-11-22"; e = add(rd, -2); ph = f"on {W(e)}"
E("e-diwaniyah-kidnap", rd, F(rd, "Diwaniyah Post — {D} {Month} {YYYY}"),
  f"[[a|Armed men abducted an engineer of the Diwaniyah tyre factory on the road home {ph}]]; he turned up at his family's door the next day, shaken but physically unhurt. Police said no ransom was paid and nobody else was involved.",
  [I("a", e, ph, "the Diwaniyah tyre factory", "Diwaniyah", "Qadisiyah", "unknown", None, "civilians", "kidnapping", 0, "shaken but physically unhurt", 0, "shaken but physically unhurt")])

rd = "2020-09-08"; e = add(rd, -1); ph = f"on {W(e)}"
E("e-ali-gharbi", rd, F(rd, "Maysan Voice — {D} {Month} {YYYY}"),
  f"[[a|An explosive charge blew up an electricity transformer in Ali al-Gharbi district, Maysan, {ph}]]. No person was affected, the district police chief said; homes in two quarters lost power for most of the night while repair crews worked.",
  [I("a", e, ph, "Ali al-Gharbi district", "Ali al-Gharbi", "Maysan", None, None, "", "ied", 0, "No person was affected", 0, "No person was affected")])
