"""realworld8 data, styles K (Kurdish outlets), S (logs mixing attacks and
non-attacks), N (UN/NGO reports), E (no casualty figure or explicitly none)."""
from lib import I, doc, F, W, add

# ======================================================= K: Kurdish outlets
d = "2023-02-03"; p = F(d, "on {Wd}, when the bazaar was closing")
doc("K1", "K", "2023-02-04", f"""QERETEPE — Kurdish Globe, 4 February 2023
[[a|A mortar shell fell on a Kurdish farmer's house in Qara Tapa {p}. Nobody inside died, but two children were injured]], the subdistrict director told Kurdish Globe. He said he suspects Islamic State fighters in the Hamrin foothills, who have shelled Kurdish villages in Garmiyan before, and asked Baghdad and Erbil to fill the security gap between their forces.""",
    [I("a", d, p, "Qara Tapa", "Qara Tapa", "Diyala", "ISIS", "suspected", "civilians", "mortar_rocket",
       0, "Nobody inside died", 2, "two children were injured")])

d = "2021-06-05"; p = F(d, "on the morning of {Wd}")
doc("K2", "K", "2021-06-06", f"""ŞENGAL — Mezopotamya Ajansı (MA), 6 June 2021
[[a|A Turkish drone struck a car belonging to the YBŞ, the Yazidi force that Ankara counts as a PKK affiliate, near Bara village north of Sinjar mountain {p}. Two YBŞ members were slain, and a civilian who was passing by was wounded]]. People in Şengal say the drones now fly almost every day.""",
    [I("a", d, p, "Bara village north of Sinjar mountain", "Sinjar", "Nineveh", "Turkey", "attributed", "PKK+civilians", "airstrike_operation",
       2, "Two YBŞ members were slain", 1, "a civilian who was passing by was wounded")])

d = "2024-05-11"; p = F(d, "{Wd} before dawn")
doc("K3", "K", "2024-05-12", f"""PIRDÊ — AKnews, 12.05.2024
[[a|A roadside bomb hit a Kurdish farmer's tractor in a village near Prde (Altun Kupri) {p}; the farmer did not survive]], relatives told AKnews. The village lies in the strip between Kirkuk and Erbil where Kurdish farmers have been returning to their land. No one has said who laid the bomb.""",
    [I("a", d, p, "a village near Prde (Altun Kupri)", "Altun Kupri", "Kirkuk", None, None, "civilians", "ied",
       1, "the farmer did not survive", None, None)])

d = "2019-11-26"; p = F(d, "{Wd} noon")
doc("K4", "K", "2019-11-27", f"""REMADÎ — Kurdistan Medya, 27 November 2019
[[a|A suicide bomber drove at a checkpoint at the entrance of the Al-Tash area of Ramadi {p}. Soldiers fired at the car and it blew up short of the barrier, wounding four soldiers; none of them died]]. Iraqi officials blamed the Islamic State group, which still has cells in the desert south of the city.""",
    [I("a", d, p, "a checkpoint at the entrance of the Al-Tash area of Ramadi", "Ramadi", "Anbar", "ISIS", "attributed", "army", "suicide",
       0, "none of them died", 4, "wounding four soldiers")])

d = "2022-08-03"; p = F(d, "on {Wd} toward midnight")
doc("K5", "K", "2022-08-04", f"""BEXDAD — Chatr, 04.08.2022
[[a|Someone threw a grenade into a currency-exchange shop owned by a Kurd from Sulaimani in Baghdad's Karrada {p}. None lost their lives; the owner and a customer were hurt]]. Kurdish traders in the capital say they have received threats since the dispute over Kurdish oil sales began.""",
    [I("a", d, p, "Baghdad's Karrada", "Baghdad", "Baghdad", None, None, "civilians", "other",
       0, "None lost their lives", 2, "the owner and a customer were hurt")])

d = "2020-12-17"; p = F(d, "on {Wd} after the evening meal")
doc("K6", "K", "2020-12-18", f"""SILÊMAN BEG — Wishe Press, 18 December 2020
[[a|Islamic State militants opened fire on villagers keeping watch over their wheat stores in Sulaiman Bek {p}. Two villagers were gunned down and one more was left injured]], local Kurdish officials said, accusing IS. The villages south of Tuz have asked for Peshmerga protection since 2017.""",
    [I("a", d, p, "Sulaiman Bek", "Sulaiman Bek", "Salahuddin", "ISIS", "attributed", "civilians", "shooting",
       2, "Two villagers were gunned down", 1, "one more was left injured")])

d = "2022-05-08"; p = F(d, "{Wd} from first light until noon")
doc("K7", "K", "2022-05-09", f"""NERWE Û REKAN — ANHA, 9 May 2022
[[a|Turkish artillery shelled the outskirts of Sheladze {p}, setting orchards on fire. Nobody lost their life; a beekeeper was wounded in the leg when a shell landed among his hives]]. Residents said the shelling was the heaviest since Ankara began its new operation in April.""",
    [I("a", d, p, "the outskirts of Sheladze", "Sheladze", "Dohuk", "Turkey", "attributed", "civilians", "mortar_rocket",
       0, "Nobody lost their life", 1, "a beekeeper was wounded in the leg")])

d = "2024-08-14"; p = F(d, "{Wd} in broad daylight")
doc("K8", "K", "2024-08-15", f"""PÊNCWÊN — Bwar Press, 15 August 2024
[[a|An Iranian Kurdish opposition member was shot dead in the bazaar of Penjwen {p}; none of the shoppers around him was touched]]. The gunmen escaped on foot towards the border hills. Asayish have not said who they think was behind it, and no group has spoken about the killing.""",
    [I("a", d, p, "the bazaar of Penjwen", "Penjwen", "Sulaymaniyah", "unknown", None, "civilians", "shooting",
       1, "An Iranian Kurdish opposition member was shot dead", 0, "none of the shoppers around him was touched")])

d = "2023-10-05"; p = F(d, "on {Wd} before sunrise")
doc("K9", "K", "2023-10-06", f"""HERÎR — Kurdistan Times, 6 October 2023
[[a|Two explosive-laden drones were launched at Harir air base, which hosts US forces, {p}, without harming anyone]], the Kurdistan Region's counter-terrorism service said. One drone was shot down; the other fell outside the fence. No group has claimed the attack.""",
    [I("a", d, p, "Harir air base", "Harir", "Erbil", "unknown", "unclaimed", "US forces", "other",
       0, "without harming anyone", 0, "without harming anyone")])

d = "2024-03-20"; p = F(d, "on {Wd}, the eve of Newroz")
doc("K10", "K", "2024-03-21", f"""DERBENDÎXAN — Zhyan, 21 March 2024
[[a|Gunmen fired on the house of a PUK official in Darbandikhan {p}; his bodyguard was killed, and the official escaped unhurt]]. No one has admitted the attack. The town's Newroz fire was lit on the hill as planned, but under heavy police protection.""",
    [I("a", d, p, "the house of a PUK official in Darbandikhan", "Darbandikhan", "Sulaymaniyah", "unknown", "unclaimed", "civilians", "shooting",
       1, "his bodyguard was killed", 0, "the official escaped unhurt")])

d = "2023-07-09"; p = F(d, "on {Wd} at about 5 p.m.")
doc("K11", "K", "2023-07-10", f"""REWANDIZ — Sbeiy, 10.07.2023
[[a|Turkish artillery shells struck a shepherds' camp on the slopes of Mount Hasarost near Rwanduz {p}, and two shepherds were killed]], the mayor of Rwanduz said. He said there were no PKK fighters in that area and called on Ankara to stop firing at summer pastures.""",
    [I("a", d, p, "the slopes of Mount Hasarost near Rwanduz", "Rwanduz", "Erbil", "Turkey", "attributed", "civilians", "mortar_rocket",
       2, "two shepherds were killed", None, None)])

# ======================================================= S: logs mixing attacks and non-attacks
doc("S1", "S", "2023-02-26", """BAQUBA POLICE - CENTRAL OPERATIONS - 24-HOUR OCCURRENCE LIST - 26.02.2023
0210 (25th): Electrician electrocuted while repairing a transformer in Buhriz. Accident; civil defence informed.
0930 (25th): 14 sheep stolen from a pen in Khan Bani Saad. Criminal; case opened.
1530 (25th): Suspicious bag at Baquba bus station found to contain clothes. Hoax; no threat.
[[a|2235 (25th): Unknown gunmen opened fire on an army checkpoint at Al-Wajihiya. One private killed, one corporal wounded]]. Army units searching orchards.""",
    [I("a", "2023-02-25", "2235 (25th)", "Al-Wajihiya", "Wajihiya", "Diyala", "unknown", None, "army", "shooting",
       1, "One private killed", 1, "one corporal wounded")])

doc("S2", "S", "2021-06-22", """NINEVEH POLICE COMMAND / RIGHT BANK SECTOR / INCIDENTS 21-22 JUNE 2021
- 21 June, 1130: roof of an old house collapsed in the Old City; a woman injured. Structural, not hostile.
- [[a|21 June, 1905: an IED on Bab Sinjar street exploded near a police patrol; two policemen were wounded, none killed]].
- 22 June, 0050: child fell into a well in Al-Yarmouk; pulled out alive by civil defence.
Sector commander requests more explosive-detection teams for the right bank.""",
    [I("a", "2021-06-21", "21 June, 1905", "Bab Sinjar street", "Mosul", "Nineveh", None, None, "police", "ied",
       0, "none killed", 2, "two policemen were wounded")])

doc("S3", "S", "2024-05-24", """KIRKUK POLICE - SOUTHERN AND WESTERN DISTRICTS - LOG 24.05.2024
24/05 0340 - [[a|Dibis: two rockets landed in an empty field next to an army base in Dibis; no human casualties]]. Launch point not found.
24/05 1215 - Qoria market: fire at a fireworks stall; two sellers burned. Accidental.
24/05 2150 - [[b|Hay al-Askari: gunmen shot at the car of a Federal Police officer in Kirkuk's Hay al-Askari; the officer was wounded]]. Shooters unidentified.""",
    [I("a", "2024-05-24", "24/05 0340", "an army base in Dibis", "Dibis", "Kirkuk", None, None, "army", "mortar_rocket",
       0, "no human casualties", 0, "no human casualties"),
     I("b", "2024-05-24", "24/05 2150", "Kirkuk's Hay al-Askari", "Kirkuk", "Kirkuk", None, None, "police", "shooting",
       None, None, 1, "the officer was wounded")])

doc("S4", "S", "2019-11-04", """AL-QAIM DISTRICT POLICE - DAILY LOG - 4 NOVEMBER 2019
4th, 1120 hrs: A man died while handling a mortar shell he had found in his field in Karabla. Old ordnance; not an attack.
4th, 1600 hrs: Theft of a water pump at Al-Obaidi. Criminal.
[[a|4th, 2240 hrs: IS militants fired on an army post in Husaybah near the Syrian border; a soldier was martyred]]. Reinforcements sent from Al-Qaim.""",
    [I("a", "2019-11-04", "4th, 2240 hrs", "an army post in Husaybah", "Husaybah", "Anbar", "ISIS", "attributed", "army", "shooting",
       1, "a soldier was martyred", None, None)])

doc("S5", "S", "2022-08-17", """KARKH OPERATIONS - SOUTHERN BELT - EVENTS OF 17 AUG 2022
[[a|17/8 @ 0620 - Al-Mahmudiyah: bomb under a PMU pick-up on the main road in Al-Mahmudiyah; 1 KIA, 3 WIA]].
17/8 @ 1400 - Yusufiyah: generator fire at a poultry farm. Electrical fault.
17/8 @ 2200 - Latifiyah: man accidentally shot by his cousin while cleaning a hunting rifle. Accident, no hostile act.
Remarks: route clearance ordered on the Mahmudiyah-Yusufiyah road.""",
    [I("a", "2022-08-17", "17/8 @ 0620", "Al-Mahmudiyah", "Mahmudiyah", "Baghdad", None, None, "PMU", "ied",
       1, "1 KIA", 3, "3 WIA")])

doc("S6", "S", "2020-12-21", """BALAD-DUJAIL SECTOR - OCCURRENCE SUMMARY - 21-12-2020
21st @ 0215 - [[a|Balad: an IED on a farm road east of Balad hit a police patrol; two policemen wounded]].
21st @ 1100 - Yathrib: young man found dead at home; family matter, no criminal or hostile element.
21st @ 1930 - [[b|Dujail: gunmen killed a shepherd and drove off his flock west of Dujail; the sector commander attributes it to IS remnants]].""",
    [I("a", "2020-12-21", "21st @ 0215", "a farm road east of Balad", "Balad", "Salahuddin", None, None, "police", "ied",
       None, None, 2, "two policemen wounded"),
     I("b", "2020-12-21", "21st @ 1930", "west of Dujail", "Dujail", "Salahuddin", "ISIS", "attributed", "civilians", "shooting",
       1, "gunmen killed a shepherd", None, None)])

doc("S7", "S", "2022-05-21", """ZAKHO ASAYISH - DUTY REPORT - 21.05.2022
09:15 21/5 - Truck overturned on the Ibrahim Khalil road; driver treated. Traffic.
11:30 21/5 - Two men arrested smuggling cigarettes. Customs case.
[[a|16:40 21/5 - Turkish shells fell near the village of Derkar, Zakho; one shepherd hurt]], taken to Zakho hospital.
20:00 21/5 - Power cut in Zakho centre. Technical.""",
    [I("a", "2022-05-21", "16:40 21/5", "the village of Derkar, Zakho", "Zakho", "Dohuk", "Turkey", "attributed", "civilians", "mortar_rocket",
       None, None, 1, "one shepherd hurt")])

doc("S8", "S", "2020-12-11", """BABIL POLICE COMMAND - NORTHERN SECTOR - 11/12/2020
11/12 0845 - Iskandariya: worker electrocuted at a brick factory. Industrial accident.
11/12 1400 - Musayyib: dispute between neighbours over a wall; settled by elders. Civil.
[[a|11/12 2300 - Jurf al-Nasr: a roadside bomb hit an army supply truck; one soldier dead, one hurt]]. Route closed overnight.""",
    [I("a", "2020-12-11", "11/12 2300", "Jurf al-Nasr", "Jurf al-Nasr", "Babil", None, None, "army", "ied",
       1, "one soldier dead", 1, "one hurt")])

doc("S9", "S", "2021-08-03", """BASRA POLICE COMMAND - DAILY EVENTS - 03/08/2021
0130 3/8 - [[a|Abu al-Khasib: an IED exploded at the house of a police officer in Abu al-Khasib; no occupant was killed or hurt]]. Gate and car damaged.
1300 3/8 - Al-Ashar: gas cylinder exploded in a restaurant kitchen; three cooks burned. Accidental.
1745 3/8 - Al-Qurna: fisherman drowned in the Shatt al-Arab. Accident.""",
    [I("a", "2021-08-03", "0130 3/8", "the house of a police officer in Abu al-Khasib", "Abu al-Khasib", "Basra", None, None, "police", "ied",
       0, "no occupant was killed or hurt", 0, "no occupant was killed or hurt")])

doc("S10", "S", "2019-12-07", """KUFA-NAJAF POLICE - EVENTS REGISTER - 6-7 DECEMBER 2019
6/12 1610 - Kufa: hotel kitchen fire near the shrine; no injuries. Electrical.
[[a|7/12 0140 - Hanana: a small drone dropped an explosive on the outer wall of a house in the Al-Hanana quarter of Najaf; no injuries or deaths]]. The house belongs to a senior cleric.
7/12 0900 - Najaf: protesters' sit-in continues in Sadrain Square; peaceful.""",
    [I("a", "2019-12-07", "7/12 0140", "the Al-Hanana quarter of Najaf", "Najaf", "Najaf", None, None, "civilians", "other",
       0, "no injuries or deaths", 0, "no injuries or deaths")])

doc("S11", "S", "2024-02-14", """KUT POLICE - DAILY SUMMARY - 14-02-2024
14/2 at 0600 - Wasit: dust storm; about 40 people treated for breathing problems. Weather.
14/2 at 1130 - Al-Numaniyah: quarrel over a water share; resolved by elders. Not terrorism.
[[a|14/2 at 2030 - Al-Hay: unknown gunmen shot dead a municipal council member in Al-Hay; a guard was wounded]]. Investigation opened.""",
    [I("a", "2024-02-14", "14/2 at 2030", "Al-Hay", "Hay", "Wasit", "unknown", None, "civilians", "shooting",
       1, "unknown gunmen shot dead a municipal council member", 1, "a guard was wounded")])

# ======================================================= N: UN / NGO reports
doc("N1", "N", "2023-03-15", """World Vision Iraq - Child Protection Update, 15 March 2023
Child protection teams in Diyala recorded 31 cases of children out of school because of insecurity in February (aggregate; no record). [[a|In the early part of February 2023, a mortar round struck farmland near Mandali, and a teenage boy herding cattle was killed]]. Families in the area told staff they no longer let children take animals to the fields.""",
    [I("a", "2023-02", "In the early part of February 2023", "farmland near Mandali", "Mandali", "Diyala", None, None, "civilians", "mortar_rocket",
       1, "a teenage boy herding cattle was killed", None, None, prec="month")])

doc("N2", "N", "2021-07-20", """Caritas Iraq - Nineveh field note, 20 July 2021
Our mobile teams supported 1,240 returnee households in southern Nineveh this quarter. [[a|At an undetermined date in June 2021, an improvised explosive device killed two men collecting firewood in the desert around Al-Hadar]]. The community asked for a new survey of explosive hazards; 18 villages are still awaiting clearance.""",
    [I("a", "2021-06", "At an undetermined date in June 2021", "the desert around Al-Hadar", "Hadar", "Nineveh", None, None, "civilians", "ied",
       2, "killed two men", None, None, prec="month")])

doc("N3", "N", "2024-06-30", """ACTED Iraq - Kirkuk Area Based Assessment, 30 June 2024
Of 56 villages assessed in the Zab and Riyadh subdistricts, 9 reported a security incident in the past three months. [[a|Before sunrise on 23 May 2024, armed men abducted a mukhtar from a village in the Zab subdistrict; his body was found with gunshot wounds two days later]]. No group was identified.""",
    [I("a", "2024-05-23", "Before sunrise on 23 May 2024", "a village in the Zab subdistrict", "Zab", "Kirkuk", "unknown", None, "civilians", "kidnapping+shooting",
       1, "his body was found with gunshot wounds two days later", None, None)])

doc("N4", "N", "2019-12-20", """Islamic Relief - Anbar programme brief, 20 December 2019
Cash assistance reached 3,100 families in Rutba and Al-Qaim districts in 2019 (aggregate). [[a|In the course of November 2019, four sheep traders travelling on the desert road to Nukhaib were killed]]; local officials attributed the killings to ISIL. Traders now travel only in convoys, raising the price of livestock in Rutba market.""",
    [I("a", "2019-11", "In the course of November 2019", "the desert road to Nukhaib", "Nukhaib", "Anbar", "ISIS", "attributed", "civilians", "shooting",
       4, "four sheep traders travelling on the desert road to Nukhaib were killed", None, None, prec="month")])

doc("N5", "N", "2022-09-15", """Première Urgence Internationale - Baghdad health update, 15 September 2022
Our clinics in the southern belt of Baghdad held 4,700 consultations in August (aggregate). [[a|Shortly before 23:00 on 24 August 2022, an improvised device exploded at the entrance of a primary health centre in Al-Madain; no staff or patients were harmed]]. The centre reopened after four days.""",
    [I("a", "2022-08-24", "Shortly before 23:00 on 24 August 2022", "a primary health centre in Al-Madain", "Madain", "Baghdad", None, None, "civilians", "ied",
       0, "no staff or patients were harmed", 0, "no staff or patients were harmed")])

doc("N6", "N", "2021-01-25", """Solidarités International - Salahuddin WASH monitoring, 25 January 2021
Water trucking to 14 villages around Tuz Khurmatu continued in December (aggregate). [[a|At a date in December 2020 that the team could not pin down, two shepherds were abducted in the Mutaibijah area by men the community identified as ISIL]]. Their fate is unknown. Trucking to the area was suspended for a week.""",
    [I("a", "2020-12", "At a date in December 2020", "the Mutaibijah area", "Mutaibijah", "Salahuddin", "ISIS", "attributed", "civilians", "kidnapping",
       None, None, None, None, prec="month")])

doc("N7", "N", "2022-06-20", """ZOA Iraq - Duhok situation note, 20 June 2022
Some 210 families left border villages in Amedi district during May (aggregate; no record). [[a|In the closing fortnight of May 2022, cross-border shelling from Turkey hit houses in the Nerwa Rekan subdistrict; there were no deaths among residents, but a nine-year-old girl was injured]]. Schools in three villages closed early for the summer.""",
    [I("a", "2022-05", "In the closing fortnight of May 2022", "the Nerwa Rekan subdistrict", "Nerwa Rekan", "Dohuk", "Turkey", "attributed", "civilians", "mortar_rocket",
       0, "there were no deaths among residents", 1, "a nine-year-old girl was injured", prec="month")])

doc("N8", "N", "2022-03-10", """Norwegian People's Aid - Muthanna clearance report, 10 March 2022
Our teams cleared 1.3 square kilometres of the Al-Salman desert in February (aggregate). [[a|Around midday on 2 February 2022, a roadside device struck a vehicle of a clearance team in the Al-Salman desert; one deminer was injured]]. The device had been planted recently, not left from past wars.""",
    [I("a", "2022-02-02", "Around midday on 2 February 2022", "the Al-Salman desert", "Salman", "Muthanna", None, None, "civilians", "ied",
       None, None, 1, "one deminer was injured")])

doc("N9", "N", "2020-01-15", """Un Ponte Per - Dhi Qar civic space monitor, 15 January 2020
We documented threats against 23 activists in Dhi Qar in December (aggregate). [[a|Early in December 2019, an activist was shot dead by unidentified gunmen in Al-Rifai]] after taking part in the sit-in at Al-Haboubi Square. His family said they had received no threats beforehand.""",
    [I("a", "2019-12", "Early in December 2019", "Al-Rifai", "Rifai", "Dhi Qar", "unknown", None, "civilians", "shooting",
       1, "an activist was shot dead", None, None, prec="month")])

doc("N10", "N", "2023-06-05", """EMERGENCY NGO - Maysan surgical programme, 5 June 2023
The programme treated 320 trauma patients in May, most of them from road accidents (aggregate). [[a|Around 22:30 on 9 May 2023, a bomb exploded at the gate of a tribal sheikh's house in Al-Majar al-Kabir; there were no deaths, and two children were injured]] and brought to our unit.""",
    [I("a", "2023-05-09", "Around 22:30 on 9 May 2023", "a tribal sheikh's house in Al-Majar al-Kabir", "Majar al-Kabir", "Maysan", None, None, "civilians", "ied",
       0, "there were no deaths", 2, "two children were injured")])

doc("N11", "N", "2019-12-01", """Heartland Alliance International - Karbala protest monitoring, 1 December 2019
Since October, 61 protesters across the southern provinces have sought our legal aid (aggregate). [[a|Through the night of 3 to 4 November 2019, security forces guarding the Iranian consulate in Karbala fired on protesters; three protesters were killed and 19 wounded]]. The consulate's outer wall was set alight.""",
    [I("a", "2019-11-03", "Through the night of 3 to 4 November 2019", "the Iranian consulate in Karbala", "Karbala", "Karbala", "security forces", "attributed", "civilians", "shooting",
       3, "three protesters were killed", 19, "19 wounded")])

# ======================================================= E: no figure or explicitly none
d = "2023-02-14"; p = F(d, "in the hours before dawn on the {Do}")
doc("E1", "E", "2023-02-15", f"""Diyala electricity directorate statement, 15 February 2023
[[a|Saboteurs blew up a high-voltage tower near Kanaan {p}; there were no human casualties]]. The directorate blamed IS cells for the attack, the fourth on lines feeding Baquba this winter, and said repair crews would need an army escort.""",
    [I("a", d, p, "a high-voltage tower near Kanaan", "Kanaan", "Diyala", "ISIS", "attributed", "", "ied",
       0, "there were no human casualties", 0, "there were no human casualties")])

d = "2021-06-27"; p = F(d, "{Wd}, around 6 p.m.")
doc("E2", "E", "2021-06-28", f"""Nineveh agriculture office, 28 June 2021
[[a|Masked men set fire to a wheat harvester and two hectares of crop in Al-Mahalibiyah, Tal Afar district, {p}; nobody needed treatment]]. The office did not name a group. Farmers say crop burnings return every harvest season and ask for night patrols.""",
    [I("a", d, p, "Al-Mahalibiyah, Tal Afar district", "Tal Afar", "Nineveh", "unknown", None, "civilians", "other",
       0, "nobody needed treatment", 0, "nobody needed treatment")])

d = "2024-05-09"; p = F(d, "on the {Do} before midnight")
doc("E3", "E", "2024-05-10", f"""Kirkuk Communications Directorate, 10 May 2024
[[a|An explosive charge brought down a mobile-phone mast in Laylan {p}; no person came to harm]]. Coverage in eleven villages was cut. The directorate gave no details of who placed the charge and asked the operations command for guards at the remaining masts.""",
    [I("a", d, p, "a mobile-phone mast in Laylan", "Laylan", "Kirkuk", None, None, "", "ied",
       0, "no person came to harm", 0, "no person came to harm")])

d = "2019-11-16"; p = F(d, "at 20:40 on {D} November")
doc("E4", "E", "2019-11-17", f"""Anbar Operations Command, 17 November 2019
[[a|A Katyusha rocket fell outside the perimeter of Ain al-Asad air base, where coalition troops are stationed, {p}; it caused zero human losses]]. Security forces found the launcher in an orchard. There has been no claim.""",
    [I("a", d, p, "Ain al-Asad air base", "Ain al-Asad", "Anbar", "unknown", "unclaimed", "US forces", "mortar_rocket",
       0, "it caused zero human losses", 0, "it caused zero human losses")])

d = "2022-08-11"; p = F(d, "in the small hours of the {Do}")
doc("E5", "E", "2022-08-12", f"""Baghdad Operations Command, 12 August 2022
[[a|A bomb planted at the door of a Kurdistan Democratic Party office on Palestine Street went off {p}; the incident was casualty-free]], the building being closed for the night. The party demanded that the government find the perpetrators.""",
    [I("a", d, p, "a Kurdistan Democratic Party office on Palestine Street", "Baghdad", "Baghdad", None, None, "", "ied",
       0, "the incident was casualty-free", 0, "the incident was casualty-free")])

d = "2020-12-02"; p = F(d, "in the mid-afternoon of the {Do}")
doc("E6", "E", "2020-12-03", f"""Salahuddin police media, 3 December 2020
[[a|Gunmen kidnapped a lorry driver carrying fuel near Al-Siniya, west of Baiji, {p}]]. The statement said the driver's fate is not yet known and gave no information on who took him or whether anyone else was hurt. Searches continue along the Baiji-Haditha road.""",
    [I("a", d, p, "near Al-Siniya, west of Baiji", "Siniya", "Salahuddin", None, None, "civilians", "kidnapping",
       None, None, None, None)])

d = "2022-05-14"; p = F(d, "around tea-time on {Wd}")
doc("E7", "E", "2022-05-15", f"""Amedi district administration, 15 May 2022
[[a|Turkish aircraft bombed an empty shepherds' hut on Mount Matin, Amedi district, {p}, without loss of life or limb]]. The hut had been abandoned since the spring, the administration said, and the shepherds had moved their flocks lower down.""",
    [I("a", d, p, "Mount Matin, Amedi district", "Amedi", "Dohuk", "Turkey", "attributed", "", "airstrike_operation",
       0, "without loss of life or limb", 0, "without loss of life or limb")])

d = "2020-06-21"; p = F(d, "at 1 a.m. on the {Do}")
doc("E8", "E", "2020-06-22", f"""Qadisiyah police statement, 22 June 2020
[[a|An explosive device went off at the door of an activist's house in the Al-Jumhuri quarter of Diwaniyah {p}; it did not result in any injury or death]]. The activist had organised sit-ins in the city since October. Police named no suspect.""",
    [I("a", d, p, "the Al-Jumhuri quarter of Diwaniyah", "Diwaniyah", "Qadisiyah", None, None, "civilians", "ied",
       0, "it did not result in any injury or death", 0, "it did not result in any injury or death")])

d = "2021-05-18"; p = F(d, "on the night of the {Do}")
doc("E9", "E", "2021-05-20", f"""Dhi Qar provincial statement, 20 May 2021
[[a|Unknown people set fire to the car of a protest organiser outside his home in Suq al-Shuyukh {p}]]. The statement gave no casualty details and did not say whether anyone had been inside. The organiser had helped lead the sit-ins in Nasiriyah.""",
    [I("a", d, p, "outside his home in Suq al-Shuyukh", "Suq al-Shuyukh", "Dhi Qar", "unknown", None, "civilians", "other",
       None, None, None, None)])

d = "2020-01-20"; p = F(d, "on the evening of the {Do}")
doc("E10", "E", "2020-01-21", f"""Najaf police media, 21 January 2020
[[a|Unidentified men fired at the house of an activist in the Al-Ameer quarter of Najaf {p}; the bullets struck the wall and no one inside was injured]]. The activist said he had been threatened on social media for a month.""",
    [I("a", d, p, "the Al-Ameer quarter of Najaf", "Najaf", "Najaf", "unknown", None, "civilians", "shooting",
       None, None, 0, "no one inside was injured")])

d = "2022-06-08"; p = F(d, "shortly after midday on {Wd}")
doc("E11", "E", "2022-06-09", f"""Babil operations room, 9 June 2022
[[a|A roadside bomb wrecked a PMU water tanker on the road near Al-Iskandariya {p}; the driver had stepped away and no one was near it]]. The PMU said it would not be deterred. No actor was named.""",
    [I("a", d, p, "the road near Al-Iskandariya", "Iskandariya", "Babil", None, None, "PMU", "ied",
       0, "no one was near it", 0, "no one was near it")])
