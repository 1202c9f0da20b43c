"""realworld8 data, styles J (containers .json/.html/.md), O (invented:
electricity-grid outage notices), Z (invented: fact-check articles)."""
from lib import I, doc, F, W, add


def md(title, outlet, rd, body):
    """Pandoc title block: % title / % author / % date, then a blank line."""
    return "%% %s\n%% %s\n%% %s\n\n%s" % (title, outlet, rd, body)


# ======================================================= J: containers
d = "2023-02-22"; p = F(d, "{Wd} after sundown")
doc("J1", "J", "2023-02-23", f"""[[a|A bomb fixed under the car of a Diyala police intelligence officer exploded in Bani Saad {p}, killing the officer and wounding his son]], a police source said. The officer had led raids on IS cells in the Hamrin basin. No group has claimed the attack.""",
    [I("a", d, p, "Bani Saad", "Bani Saad", "Diyala", "unknown", "unclaimed", "police+civilians", "ied",
       1, "killing the officer", 1, "wounding his son")],
    ext="json", title="Police intelligence officer killed in Bani Saad blast", outlet="Baghdad Today (EN)",
    published="2023-02-23T08:40:00+03:00", section="Security")

d = "2021-06-07"; p = F(d, "on {Wd}, about an hour before sunrise")
doc("J2", "J", "2021-06-08", f"""[[a|Militants raided a sheep pen on the edge of Al-Baaj {p}, killing a shepherd and driving off some 200 sheep]], local officials said. They blamed Islamic State militants who hide in the desert along the Syrian border.

Al-Baaj, south of Sinjar, was one of the last Nineveh districts retaken from the group in 2017. Published 8 June 2021.""",
    [I("a", d, p, "a sheep pen on the edge of Al-Baaj", "Baaj", "Nineveh", "ISIS", "attributed", "civilians", "shooting",
       1, "killing a shepherd", None, None)],
    ext="html", title="Shepherd killed, flock stolen near Al-Baaj", outlet="Nineveh Observer")

d = "2024-05-20"; p = F(d, "on {Wd}, late in the evening")
doc("J3", "J", "2024-05-21", md("Turkmen PMU fighter killed in Yaychi", "Kirkuk Turkmen Voice", "2024-05-21", f"""[[a|Unknown attackers fired on a Turkmen PMU checkpoint in Yaychi, south-west of Kirkuk, {p}. One fighter was killed and one more has a wounded shoulder]], the Turkmen Front said.

The Front called on the federal government to reinforce villages on the Kirkuk-Tuz road, where checkpoints have been hit three times since March."""),
    [I("a", d, p, "a Turkmen PMU checkpoint in Yaychi", "Yaychi", "Kirkuk", "unknown", None, "PMU", "shooting",
       1, "One fighter was killed", 1, "one more has a wounded shoulder")], ext="md")

d = "2019-11-21"; p = F(d, "{Wd} at around 4 p.m.")
doc("J4", "J", "2019-11-22", f"""[[a|An explosive device went off near a Hashd checkpoint in Al-Saqlawiyah, north of Fallujah, {p}, killing two fighters and injuring three]], a security official said. He did not say who was suspected. The checkpoint guards a bridge over the Euphrates canal.""",
    [I("a", d, p, "a Hashd checkpoint in Al-Saqlawiyah", "Saqlawiyah", "Anbar", None, None, "PMU", "ied",
       2, "killing two fighters", 3, "injuring three")],
    ext="json", title="Two Hashd fighters killed in Saqlawiyah", outlet="Anbar Monitor", published="2019-11-22")

d = "2022-08-26"; p = F(d, "{Wd}, in the late morning")
doc("J5", "J", "2022-08-27", f"""[[a|A bomb fixed to a parked motorcycle exploded in a street leading to the shrine in Al-Kadhimiya {p}. No one was killed; two pilgrims were injured]], according to the Baghdad Operations Command.

The command did not say who was suspected. Security around the shrine had been stepped up ahead of the Arbaeen pilgrimage. Published 27 August 2022.""",
    [I("a", d, p, "a street leading to the shrine in Al-Kadhimiya", "Kadhimiya", "Baghdad", None, None, "civilians", "ied",
       0, "No one was killed", 2, "two pilgrims were injured")],
    ext="html", title="Motorcycle bomb wounds two pilgrims in Kadhimiya", outlet="Rafidain Post")

d = "2020-12-27"; p = F(d, "{Wd} around 9 p.m.")
doc("J6", "J", "2020-12-28", md("Anti-IS sheikh shot dead in Al-Alam", "Tikrit Weekly", "2020-12-28", f"""[[a|Gunmen shot dead a tribal sheikh who had mobilised his clan against Islamic State, outside his guesthouse in Al-Alam, north of Tikrit, {p}. His companions escaped unharmed]], relatives said.

The clan accused IS of the killing. Police said the shooters fled towards the Hamrin hills."""),
    [I("a", d, p, "outside his guesthouse in Al-Alam, north of Tikrit", "Al-Alam", "Salahuddin", "ISIS", "attributed", "civilians", "shooting",
       1, "Gunmen shot dead a tribal sheikh", 0, "His companions escaped unharmed")], ext="md")

d = "2022-05-30"; p = F(d, "on {Wd} not long after noon")
doc("J7", "J", "2022-05-31", f"""[[a|Turkish shells landed on the outskirts of Amedi town {p}, killing a 14-year-old boy who was picking mulberries]], the Amedi mayor said. Turkish forces have been fighting the PKK in the mountains north of the town since April, and residents say shells now fall most days.""",
    [I("a", d, p, "the outskirts of Amedi town", "Amedi", "Dohuk", "Turkey", "attributed", "civilians", "mortar_rocket",
       1, "killing a 14-year-old boy", None, None)],
    ext="json", title="Boy killed by Turkish shelling near Amedi", outlet="Duhok Post (EN)",
    published="2022-05-31T10:05:00Z", section="Kurdistan")

d = "2021-04-20"; p = F(d, "{Wd} morning")
doc("J8", "J", "2021-04-21", f"""[[a|A roadside bomb hit a border guard vehicle on the road between Badra and the Zurbatiya crossing {p}; two border guards died and nobody else was in the car]], Wasit police said.

No suspect has been named. The crossing is the main route for Iranian pilgrims. Published 21 April 2021.""",
    [I("a", d, p, "the road between Badra and the Zurbatiya crossing", "Badra", "Wasit", None, None, "security forces", "ied",
       2, "two border guards died", None, None)],
    ext="html", title="Two border guards killed near Badra", outlet="Kut Today")

d = "2022-02-14"; p = F(d, "on {Wd}, on his way to work")
doc("J9", "J", "2022-02-15", f"""[[a|Armed men abducted an engineer working on a solar-power project near Al-Warka, Muthanna, {p}]], his company said. It gave no further details, and there was no word on his condition or on who took him. Tribal elders have offered to mediate.""",
    [I("a", d, p, "near Al-Warka, Muthanna", "Warka", "Muthanna", None, None, "civilians", "kidnapping",
       None, None, None, None)],
    ext="json", title="Engineer abducted near Al-Warka", outlet="Samawa News", published="2022-02-15 09:30")

d = "2023-10-18"; p = F(d, "on {Wd} close to midnight")
doc("J10", "J", "2023-10-19", f"""[[a|A rocket-propelled grenade hit the house of a police colonel in Al-Hamza {p}. There were no deaths; the colonel's nephew was injured]], Qadisiyah police said.

Police said the colonel had received threats after arresting members of a drug gang, but gave no suspect. Published 19 October 2023.""",
    [I("a", d, p, "the house of a police colonel in Al-Hamza", "Hamza", "Qadisiyah", None, None, "police+civilians", "other",
       0, "There were no deaths", 1, "the colonel's nephew was injured")],
    ext="html", title="RPG attack on police colonel's house in Al-Hamza", outlet="Diwaniyah Net")

d = "2024-06-25"; p = F(d, "{Wd}, late afternoon")
doc("J11", "J", "2024-06-26", md("Drone kills three near Sayid Sadiq", "Slemani Observer", "2024-06-26", f"""[[a|A drone struck a car near Sayid Sadiq, Sulaimani province, {p}, killing three people whom local officials described as PKK members]]. Officials said the drone was Turkish. Ankara has carried out dozens of such strikes in the province this year."""),
    [I("a", d, p, "a car near Sayid Sadiq", "Sayid Sadiq", "Sulaymaniyah", "Turkey", "attributed", "PKK", "airstrike_operation",
       3, "killing three people", None, None)], ext="md")

# ======================================================= O: outage notices (invented style)
doc("O1", "O", "2023-02-12", """OUTAGE NOTICE No. 41/2023
General Company for Electricity Transmission - Central Region - Diyala Directorate
Issued 12/02/2023
Circuit: 132 kV Baquba - Al-Udhaim (single circuit)
Time of trip: 02:35 on 10/2
Cause: [[a|unknown saboteurs blew up tower No. 57 near Al-Udhaim; no staff were injured or killed]].
Supply to 23 feeders in Al-Khalis and Al-Udhaim transferred to the Baquba 400 kV station. Restoration expected within 96 hours, subject to army escort for repair crews.""",
    [I("a", "2023-02-10", "02:35 on 10/2", "tower No. 57 near Al-Udhaim", "Udhaim", "Diyala", "unknown", None, "", "ied",
       0, "no staff were injured or killed", 0, "no staff were injured or killed")])

doc("O2", "O", "2021-06-13", """OUTAGE NOTICE 2021/233 - Northern Region Transmission - 13.06.2021
Circuit affected: 400 kV Mosul - Tal Afar
Tripped 0340 hrs of 11-06 (dd-mm).
Cause: [[a|an explosive charge detonated at the base of tower 212 near Al-Kisik, Tal Afar district, while a repair crew was working nearby: one lineman killed, two injured]]. Nineveh Operations Command attributes the charge to IS.
Load shedding in western Nineveh: 6 hours on, 6 hours off until further notice.""",
    [I("a", "2021-06-11", "0340 hrs of 11-06", "tower 212 near Al-Kisik, Tal Afar district", "Tal Afar", "Nineveh", "ISIS", "attributed", "civilians", "ied",
       1, "one lineman killed", 2, "two injured")])

doc("O3", "O", "2024-05-18", """OUTAGE NOTICE - Kirkuk Distribution Directorate - 18 May 2024
Feeder 11 kV Al-Multaqa / Feeder 11 kV Al-Zab: out of service since 04:20 of the 17th.
Reason: [[a|gunmen fired on a directorate maintenance truck near Al-Multaqa and set it alight; the driver died and an engineer was taken away by the attackers]]. Work in the subdistrict is suspended until the security forces secure the route.
The directorate apologises to subscribers.""",
    [I("a", "2024-05-17", "since 04:20 of the 17th", "a directorate maintenance truck near Al-Multaqa", "Multaqa", "Kirkuk", "unknown", None, "civilians", "shooting+kidnapping",
       1, "the driver died", None, None)])

doc("O4", "O", "2019-11-07", """OUTAGE NOTICE No. W-77 - Western Region Transmission (Anbar) - 07/11/2019
Circuit: 132 kV Haditha - Al-Baghdadi
Time of trip: 23:50, 06.11.2019
Cause: [[a|two towers toppled by explosive charges west of Al-Baghdadi; no casualties among staff or residents]].
Al-Baghdadi, Ain al-Asad and Kubaisa supplied from mobile generators. No estimate yet for repair.""",
    [I("a", "2019-11-06", "23:50, 06.11.2019", "west of Al-Baghdadi", "Baghdadi", "Anbar", None, None, "", "ied",
       0, "no casualties among staff or residents", 0, "no casualties among staff or residents")])

doc("O5", "O", "2022-08-02", """OUTAGE NOTICE - Baghdad Rusafa Transmission - 2 August 2022
Station: 132/33 kV Nahrawan
The station tripped at 21:05 on the first of the month.
Cause: [[a|gunmen attacked the guard post of the Nahrawan substation; two members of the energy protection police were wounded, with no fatalities]], and a control cabinet was hit by gunfire.
Supply to Nahrawan and Jisr Diyala restored partly at 06:00. The directorate asks subscribers to reduce air-conditioning loads.""",
    [I("a", "2022-08-01", "at 21:05 on the first of the month", "the Nahrawan substation", "Nahrawan", "Baghdad", None, None, "police", "shooting",
       0, "with no fatalities", 2, "two members of the energy protection police were wounded")])

doc("O6", "O", "2020-12-16", """OUTAGE NOTICE No. 512/2020 - Northern Region Transmission - 16/12/2020
Circuit: 400 kV Baiji - Kirkuk
Tripped: at 03:10 on 15 Dec
Cause: [[a|an IED blew up tower 88 near Al-Fatha, and a second device hit the army unit sent to secure the site, killing one soldier and wounding two]]. The Salahuddin Operations Command blamed Daesh.
Repairs will start once engineers clear the area of further devices.""",
    [I("a", "2020-12-15", "at 03:10 on 15 Dec", "tower 88 near Al-Fatha", "Fatha", "Salahuddin", "ISIS", "attributed", "army", "ied",
       1, "killing one soldier", 2, "wounding two")])

doc("O7", "O", "2022-05-11", """OUTAGE NOTICE - KRG Ministry of Electricity - Duhok Distribution - 11/05/2022
Feeder: 33 kV Amedi - Kani Masi
Outage began on 10 May at 01:00 hrs.
Cause: [[a|Turkish shells hit a pole and cut the line near Kani Masi, Amedi district; there were no injuries to persons]], and the crew could not reach the site because of the shelling.
Eleven villages without supply. The directorate is coordinating with the district for access.""",
    [I("a", "2022-05-10", "on 10 May at 01:00 hrs", "near Kani Masi, Amedi district", "Amedi", "Dohuk", "Turkey", "attributed", "", "mortar_rocket",
       None, None, 0, "there were no injuries to persons")])

doc("O8", "O", "2021-07-04", """OUTAGE NOTICE S-2021/118 - Southern Region Transmission - 04/07/2021
Circuit: 400 kV Khor al-Zubair - Shuaiba
Tripped 22:10 on 03/07/21
Cause: [[a|an explosive charge toppled tower 41 south of Al-Zubair; no human losses, staff or public]].
This is the ninth sabotage of a tower in the southern region since the start of June. Basra load shedding schedule revised.""",
    [I("a", "2021-07-03", "22:10 on 03/07/21", "tower 41 south of Al-Zubair", "Zubair", "Basra", None, None, "", "ied",
       0, "no human losses, staff or public", 0, "no human losses, staff or public")])

doc("O9", "O", "2021-07-09", """OUTAGE NOTICE - Middle Euphrates Transmission - Babil - 09/07/2021
Circuit: 400 kV Musayyib - Hilla
Time: at 0115 hrs on 8 July
Cause: [[a|an IED damaged two towers in the Jabala area, north of Hilla, with no casualties]]. Unknown parties are responsible; the police have opened an investigation.
Hilla and Al-Mahawil on rotating supply until repair.""",
    [I("a", "2021-07-08", "at 0115 hrs on 8 July", "the Jabala area, north of Hilla", "Jabala", "Babil", "unknown", None, "", "ied",
       0, "with no casualties", 0, "with no casualties")])

doc("O10", "O", "2021-07-13", """OUTAGE NOTICE No. 64 - Southern Region Transmission - Dhi Qar - 13/07/2021
Circuit: 132 kV Nasiriyah - Samawa
Out from 01:50, 12/7
Cause: [[a|a bomb brought down tower 17 near Al-Batha; no personnel were near the tower and no one was hurt]].
The Nasiriyah-Samawa link will stay open until the tower is replaced; supply to Al-Batha from the Suq al-Shuyukh station.""",
    [I("a", "2021-07-12", "from 01:50, 12/7", "tower 17 near Al-Batha", "Batha", "Dhi Qar", None, None, "", "ied",
       0, "no one was hurt", 0, "no one was hurt")])

d = "2021-07-19"; p = F(d, "{Wd} {D}/{M} at 23:30")
doc("O11", "O", "2021-07-20", f"""OUTAGE NOTICE - Middle Euphrates Transmission - Qadisiyah - 20/07/2021
Circuit: 132 kV Diwaniyah - Afak
Tripped: {p}
Cause: [[a|an explosive device blew up a tower near Nuffar; a guard at the nearby pumping station was injured by fragments, and there was no fatality]].
Afak and Nuffar supplied on alternate hours. The governor has asked the Hashd to guard the remaining towers.""",
    [I("a", d, p, "a tower near Nuffar", "Nuffar", "Qadisiyah", None, None, "civilians", "ied",
       0, "there was no fatality", 1, "a guard at the nearby pumping station was injured by fragments")])

# ======================================================= Z: fact-check articles (invented style)
d = "2023-02-17"; p = F(d, "on {D} {Month} {YYYY}")
doc("Z1", "Z", "2023-02-24", f"""FACT CHECK | Haqiqa Desk | 24 February 2023
CLAIM: A video shared 40,000 times says "Daesh massacred 20 villagers in Buhriz yesterday".
VERDICT: MISLEADING
WHAT WE FOUND: [[a|The video shows the aftermath of an attack {p} in which gunmen killed two farmers and wounded one in orchards outside Buhriz, south of Baquba]]. Diyala police blamed an IS cell. We found no record of 20 deaths, and the hospital in Baquba received two bodies.""",
    [I("a", d, p, "orchards outside Buhriz, south of Baquba", "Buhriz", "Diyala", "ISIS", "attributed", "civilians", "shooting",
       2, "gunmen killed two farmers", 1, "wounded one")])

d = "2021-06-30"; p = F(d, "on the night of {D} {Month}")
doc("Z2", "Z", "2021-07-06", f"""FACT CHECK | Tabayyan | 06.07.2021
CLAIM: "Christians killed in bombing of a Bartella church" (Facebook posts, 1 July).
VERDICT: FALSE
WHAT WE FOUND: No church was attacked. [[a|{p}, a grenade was thrown at a Shabak PMU checkpoint at the entrance of Bartella, injuring one fighter; no one was killed]]. The photos in the posts show a 2014 fire in Qaraqosh. Church officials in Bartella confirmed their buildings were untouched.""",
    [I("a", d, p, "a Shabak PMU checkpoint at the entrance of Bartella", "Bartella", "Nineveh", None, None, "PMU", "other",
       0, "no one was killed", 1, "injuring one fighter")])

d = "2024-05-26"; p = F(d, "on {D} {Month}")
doc("Z3", "Z", "2024-05-30", f"""FACT CHECK | Sahih Desk | 30 May 2024
CLAIM: A photo of burning cars "shows this week's IS attack in Daquq".
VERDICT: OLD PHOTO - the image was published in September 2020.
CONTEXT: There was, however, a real attack in the area this week. [[a|A bomb hit a road used by Kakai villagers near Daquq {p}, killing one Kakai farmer]], according to the Kakai community council. No cars were burned and no group has claimed the blast.""",
    [I("a", d, p, "a road used by Kakai villagers near Daquq", "Daquq", "Kirkuk", "unknown", "unclaimed", "civilians", "ied",
       1, "killing one Kakai farmer", None, None)])

d = "2019-11-30"; p = F(d, "On {Wd} {D} {Month}")
doc("Z4", "Z", "2019-12-04", f"""FACT CHECK | Haqiqa Desk | 4 December 2019
CLAIM: "US drone strike near Habbaniyah kills PMU commanders" (Telegram channels).
VERDICT: UNPROVEN
WHAT WE FOUND: [[a|{p}, an explosion hit a PMU depot near Habbaniyah; it caused no casualties at all]], according to the PMU's own statement, which said a drone of unknown origin was responsible. No commander was killed, and the US-led coalition denied carrying out any strike that day.""",
    [I("a", d, p, "a PMU depot near Habbaniyah", "Habbaniyah", "Anbar", "unknown", None, "PMU", "airstrike_operation",
       0, "it caused no casualties at all", 0, "it caused no casualties at all")])

d = "2022-08-27"; p = F(d, "on {D} {Month} {YYYY}")
doc("Z5", "Z", "2022-09-01", f"""FACT CHECK | Tabayyan | 01/09/2022
CLAIM: "Twelve killed in a blast at Bab al-Sharqi" (viral tweet, 28 August).
VERDICT: EXAGGERATED
WHAT WE FOUND: [[a|An improvised device exploded in a rubbish bin at Bab al-Sharqi, central Baghdad, {p}, injuring three street vendors; nobody died]]. Al-Kindi hospital confirmed the three injured. The tweet's photo was taken at a 2016 bombing.""",
    [I("a", d, p, "Bab al-Sharqi, central Baghdad", "Baghdad", "Baghdad", None, None, "civilians", "ied",
       0, "nobody died", 3, "injuring three street vendors")])

d = "2020-12-19"; p = F(d, "On {D} {Month}")
doc("Z6", "Z", "2020-12-26", f"""FACT CHECK | Sahih Desk | 26 December 2020
CLAIM: "Amerli under siege again" (Facebook page of a Turkmen activist).
VERDICT: FALSE
WHAT WE FOUND: There is no siege. [[a|{p}, mortar shells hit farmland on the edge of Amerli, wounding one Turkmen farmer; no one was killed]]. The Turkmen PMU blamed IS cells in the nearby hills. Roads into the town stayed open throughout.""",
    [I("a", d, p, "farmland on the edge of Amerli", "Amirli", "Salahuddin", "ISIS", "attributed", "civilians", "mortar_rocket",
       0, "no one was killed", 1, "wounding one Turkmen farmer")])

d = "2022-05-23"; p = F(d, "on {Wd} {D} {Month}")
doc("Z7", "Z", "2022-05-27", f"""FACT CHECK | Haqiqa Desk | 27 May 2022
CLAIM: "Turkish jets killed 10 civilians in Batifa" (TikTok video).
VERDICT: FALSE
WHAT WE FOUND: [[a|A Turkish drone hit a vehicle on a road outside Batifa {p}, and one person was killed]]; the PKK said he was one of its members. The video shows a 2019 strike in Sidakan. We found no report of ten deaths from the district or the hospitals.""",
    [I("a", d, p, "a road outside Batifa", "Batifa", "Dohuk", "Turkey", "attributed", "PKK", "airstrike_operation",
       1, "one person was killed", None, None)])

d = "2020-03-14"; p = F(d, "on {D} {Month} {YYYY}")
doc("Z8", "Z", "2020-03-20", f"""FACT CHECK | Tabayyan | 20 March 2020
CLAIM: "A drone bombed a PMU convoy in the Najaf desert, killing eight."
VERDICT: MISLEADING
WHAT WE FOUND: [[a|An explosion hit a PMU ammunition truck in the Najaf desert near Al-Haydariya {p}; the PMU blamed a roadside bomb, and one driver was injured]]. Nobody was killed, the PMU's Najaf office told us, and no drone was involved.""",
    [I("a", d, p, "the Najaf desert near Al-Haydariya", "Haydariya", "Najaf", None, None, "PMU", "ied",
       0, "Nobody was killed", 1, "one driver was injured")])

d = "2023-01-15"; p = F(d, "on {D} {Month} {YYYY}")
doc("Z9", "Z", "2023-01-20", f"""FACT CHECK | Sahih Desk | 20 January 2023
CLAIM: A video "shows a rocket attack on Amarah airport this week".
VERDICT: MISATTRIBUTED - the video was filmed in Syria in 2019.
CONTEXT: The only attack recorded in Maysan that week was [[a|the shooting of a police officer at a checkpoint in Qalat Salih {p}; he survived with a leg wound]]. Police have not named a suspect.""",
    [I("a", d, p, "a checkpoint in Qalat Salih", "Qalat Salih", "Maysan", None, None, "police", "shooting",
       0, "he survived", 1, "he survived with a leg wound")])

d = "2019-10-28"; p = F(d, "On the night of {D} {Month} {YYYY}")
doc("Z10", "Z", "2019-11-02", f"""FACT CHECK | Haqiqa Desk | 2 November 2019
CLAIM: "Security forces killed 18 protesters in Karbala last night."
VERDICT: PARTLY TRUE
WHAT WE FOUND: [[a|{p}, masked gunmen fired on the Education Square sit-in in Karbala; the health directorate recorded one death and 192 injuries]]. The figure of 18 dead is not supported, and it is not established who the gunmen were.""",
    [I("a", d, p, "the Education Square sit-in in Karbala", "Karbala", "Karbala", "unknown", None, "civilians", "shooting",
       1, "one death", 192, "192 injuries")])

d = "2024-02-09"; p = F(d, "On {D} {Month} {YYYY}")
doc("Z11", "Z", "2024-02-13", f"""FACT CHECK | Tabayyan | 13/02/2024
CLAIM: "IS returns to Wasit: border checkpoint overrun in Badra."
VERDICT: FALSE
WHAT WE FOUND: No checkpoint was overrun. [[a|{p} a roadside bomb struck a border-guard vehicle near Zurbatiya, Badra district; two guards were lightly injured and none died]]. The Wasit police told us no group had claimed it.""",
    [I("a", d, p, "near Zurbatiya, Badra district", "Badra", "Wasit", "unknown", "unclaimed", "security forces", "ied",
       0, "none died", 2, "two guards were lightly injured")])
