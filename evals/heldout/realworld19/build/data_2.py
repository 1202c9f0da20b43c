"""realworld19 data, part 2: styles V O H S F P (7 docs each).
Gold is written first as I(...) records; texts around them carry one [[x|...]]
evidence marker per incident. Events, people, outlets' wordings and figures are
invented."""
from lib import I, doc

# ============================================================== V  revised tolls (new templates)
doc("V1", "V", "2019-09-21",
    "Hillah market blast - running story (last updated 21 September 2019, 10:30)\n\n"
    "First report (Thursday 19 September, 20:15): [[a|a motorcycle bomb exploded near a juice shop on Imam Ali "
    "Street in Hillah]], killing two people, police said.\n"
    "Update (Friday, 09:00): the Babil health directorate put the toll at three dead and 12 wounded.\n"
    "Update (Saturday, 10:30): one of the wounded, a 9-year-old boy, died overnight; the toll is now four dead "
    "and 11 wounded. No group has claimed the bombing.",
    [I("a", "2019-09-19", "Thursday 19 September", "Hillah", "Hillah", "Babil", "unknown", "unclaimed",
       "civilians", "ied", 4, "the toll is now four dead", 11, "11 wounded")])

doc("V2", "V", "2021-12-30",
    "Salahuddin - Baiji convoy bombing: one soldier dies of his wounds (30 December 2021)\n\n"
    "[[a|An IED hit an army convoy near the Al-Fatha bridge, north of Baiji]], on Tuesday. The army first said "
    "three soldiers were wounded and none killed. On Thursday a military source said one of the three had died "
    "of his wounds in a Tikrit hospital, so the attack killed one soldier and left two wounded. The army blamed "
    "IS cells in the Makhoul range.",
    [I("a", "2021-12-28", "on Tuesday", "Al-Fatha bridge", "Baiji", "Salahuddin", "ISIS", "attributed",
       "army", "ied", 1, "the attack killed one soldier", 2, "left two wounded")])

doc("V3", "V", "2019-10-14",
    "Anbar: toll of Rawa suicide attack rises to three - 14 October 2019\n\n"
    "[[a|A suicide bomber blew himself up at a Tribal Mobilisation checkpoint at the eastern entrance of "
    "Rawa]] on Friday evening, killing two fighters and wounding three, the Anbar police said at the time. On "
    "Sunday a hospital source said a third fighter had died, bringing the toll to three dead, not counting the "
    "bomber; two fighters remain in hospital. IS claimed the attack through its Amaq agency.",
    [I("a", "2019-10-11", "on Friday evening", "Rawa", "Rawa", "Anbar", "ISIS", "claimed",
       "PMU", "suicide", 3, "bringing the toll to three dead", 2, "two fighters remain in hospital")])

doc("V4", "V", "2025-01-21",
    "Sinjar: second YBS fighter dies after Sinune blast - 21/01/2025\n\n"
    "[[a|A roadside bomb hit a vehicle of the Sinjar Resistance Units (YBS) near Sinune]] on Saturday, killing "
    "one fighter and wounding two, the YBS said. On Monday the group said one of the wounded had died, raising "
    "the death toll to two; the third fighter is recovering. The group did not say who planted the device.",
    [I("a", "2025-01-18", "on Saturday", "Sinune", "Sinjar", "Nineveh", None, None,
       "PKK", "ied", 2, "raising the death toll to two", 1, "the third fighter is recovering")])

doc("V5", "V", "2019-07-09",
    "Kut: one dead after market bomb - revised 9 July 2019\n\n"
    "First reports said at least three people were wounded when [[a|a bomb left in a rubbish bin exploded in "
    "the Al-Sarai market of Kut]] on Sunday evening.\n"
    "Revision, 9 July: the Wasit health directorate said five people were wounded, one of whom died in "
    "hospital on Monday; the toll thus stands at one dead and four wounded. Police have not named a suspect.",
    [I("a", "2019-07-07", "on Sunday evening", "Al-Sarai market", "Kut", "Wasit", None, None,
       "civilians", "ied", 1, "one dead", 4, "four wounded")])

doc("V6", "V", "2023-11-15",
    "Penjwen drone strike - correction (15 November 2023)\n\n"
    "An earlier version of this report said [[a|a Turkish drone strike on a car near Penjwen]] on Sunday "
    "killed one man and wounded two. The Penjwen mayor now says a second man died of his wounds on Tuesday, so "
    "the strike killed two; one man remains in hospital in Slemani. The mayor described the three men as PKK "
    "members.",
    [I("a", "2023-11-12", "on Sunday", "Penjwen", "Penjwen", "Sulaymaniyah", "Turkey", "attributed",
       "PKK", "airstrike_operation", 2, "the strike killed two", 1, "one man remains in hospital")])

doc("V7", "V", "2020-08-24",
    "Kut highway tanker blast: toll rises to seven - 24 August 2020\n\n"
    "The number of people killed when a fuel tanker overturned and exploded on the Kut-Baghdad highway on "
    "Saturday rose to seven, the Wasit health directorate said, after two burn victims died in hospital. "
    "Traffic police said the driver lost control on a bend; the Wasit Police Command said the crash was an "
    "accident and not an attack.",
    [], noise=True)

# ============================================================== O  official statements (other bodies)
doc("O1", "O", "2023-08-04",
    "Popular Mobilization Commission - Media Directorate - statement - 04/08/2023\n\n"
    "At 22:15 yesterday, Thursday, [[a|an explosive device targeted a patrol of the 21st Brigade of the Popular "
    "Mobilization on the outskirts of Jalawla]], which led to the injury of one of our fighters, who was taken "
    "to hospital. Our forces combed the area and found a second device, which the engineering team dismantled.",
    [I("a", "2023-08-03", "At 22:15 yesterday, Thursday", "Jalawla", "Jalawla", "Diyala", None, None,
       "PMU", "ied", None, None, 1, "the injury of one of our fighters")])

doc("O2", "O", "2021-06-04",
    "Salahuddin Operations Command - statement - Friday 4 June 2021\n\n"
    "At 20:40 on Thursday, [[a|the remnants of the Daesh gangs fired four mortar shells at positions of the "
    "Popular Mobilization east of Al-Shirqat]], which fell in an empty area without causing any human losses. "
    "Our forces responded with artillery fire at the launch sites, 6 km away.",
    [I("a", "2021-06-03", "At 20:40 on Thursday", "Al-Shirqat", "Sharqat", "Salahuddin", "ISIS", "attributed",
       "PMU", "mortar_rocket", 0, "without causing any human losses", 0, "without causing any human losses")])

doc("O3", "O", "2022-01-18",
    "Basra Oil Company - statement - 18 January 2022\n\n"
    "The Basra Oil Company announces that [[a|a rocket fell near the Burjesia camp used by foreign oil "
    "companies near Al-Zubair]] at 19:30 on Monday evening. The incident caused no casualties among our staff "
    "or the staff of partner companies, and production at the fields was not affected. The company has "
    "informed the Basra Operations Command.",
    [I("a", "2022-01-17", "at 19:30 on Monday evening", "Burjesia", "Zubair", "Basra", None, None,
       "", "mortar_rocket", 0, "caused no casualties", 0, "caused no casualties")])

doc("O4", "O", "2019-12-17",
    "Anbar Operations Command - statement - 17/12/2019\n\n"
    "At 07:10 yesterday, Monday, [[a|an explosive device exploded near a vehicle of our forces in the 5 Kilo "
    "area of Ramadi]], without causing casualties among our heroes. The vehicle sustained minor damage. The "
    "Command calls on citizens to report any suspicious object.",
    [I("a", "2019-12-16", "At 07:10 yesterday, Monday", "5 Kilo", "Ramadi", "Anbar", None, None,
       "army", "ied", 0, "without causing casualties", 0, "without causing casualties")])

doc("O5", "O", "2022-02-22",
    "The Dhi Qar Police Command announces that at 08:00 on Monday [[a|a sticky bomb planted by unknown persons "
    "exploded under the car of a judge in Al-Shatra]], which led to a slight injury to the judge. There were no "
    "deaths. His driver was not harmed. The Command has formed a team to pursue the perpetrators and arrested "
    "two suspects.\n\nStatement no. 41 / 2022 - Media Office, Dhi Qar Police Command",
    [I("a", "2022-02-21", "at 08:00 on Monday", "Al-Shatra", "Shatra", "Dhi Qar", "unknown", None,
       "civilians", "ied", 0, "There were no deaths", 1, "a slight injury to the judge")],
    ext="json", title="Statement on the attack on a judge in Al-Shatra", outlet="Dhi Qar Police Command",
    published="2022-02-22T11:30:00+03:00", section="Statements")

doc("O6", "O", "2024-05-07",
    "Kurdistan Region Ministry of Interior - statement - 7 May 2024\n\n"
    "At 23:40 on Monday, [[a|an unidentified drone attacked the Harir base, which hosts forces of the "
    "international coalition]]. The drone was shot down and the attack caused no casualties or damage. The "
    "Ministry condemns this attack, the third on the base since 2020, and calls on the federal government to "
    "act.",
    [I("a", "2024-05-06", "At 23:40 on Monday", "Harir", "Harir", "Erbil", None, None,
       "US forces", "other", 0, "caused no casualties", 0, "caused no casualties")])

doc("O7", "O", "2023-03-09",
    "Ministry of Defence - statement - 9 March 2023\n\n"
    "Iraqi F-16 aircraft, acting on accurate intelligence, struck two Daesh hideouts in the Hamrin mountains "
    "on Wednesday, killing five terrorists. Ground forces of the 5th Division later searched the area, "
    "arrested two suspects and seized 12 explosive devices. Our forces suffered no losses. The operation "
    "continues.",
    [], noise=True)

# ============================================================== H  NGO / UN notes (other bodies)
doc("H1", "H", "2024-10-25",
    "Community Peacemaker Teams (CPT) - Iraqi Kurdistan - cross-border bombing note - 25 October 2024\n\n"
    "On 15 September, [[a|a Turkish air strike hit a picnic spot near Batifa]], killing a man and wounding his "
    "two sons, aged 12 and 15. On 19 October, [[b|Turkish artillery shelled orchards around Kani Masi]]; no one "
    "was hurt, but about 200 apple trees burned. CPT has documented cross-border attacks in the Duhok "
    "governorate since 2015 and calls for compensation for farmers.",
    [I("a", "2024-09-15", "On 15 September", "Batifa", "Batifa", "Dohuk", "Turkey", "attributed",
       "civilians", "airstrike_operation", 1, "killing a man", 2, "wounding his two sons"),
     I("b", "2024-10-19", "On 19 October", "Kani Masi", "Kani Masi", "Dohuk", "Turkey", "attributed",
       "", "mortar_rocket", 0, "no one was hurt", 0, "no one was hurt")])

doc("H2", "H", "2020-05-31",
    "Danish Refugee Council (DRC) - protection monitoring snapshot - Kirkuk, February to May 2020 - 31 May 2020\n\n"
    "Returnee families in southern Kirkuk report fear of going to their land. On 14 February, [[a|IS militants "
    "abducted two shepherds near Wadi al-Shay in Daquq district]]; one was found dead two days later and the "
    "other escaped. On 22 May, [[b|farmers harvesting wheat near Dibis came under fire from unknown "
    "gunmen]]; one farmer was wounded. There were no deaths. DRC teams reached 412 households in the period.",
    [I("a", "2020-02-14", "On 14 February", "Wadi al-Shay", "Daquq", "Kirkuk", "ISIS", "attributed",
       "civilians", "kidnapping", 1, "one was found dead two days later", None, None),
     I("b", "2020-05-22", "On 22 May", "Dibis", "Dibis", "Kirkuk", "unknown", None,
       "civilians", "shooting", 0, "There were no deaths", 1, "one farmer was wounded")])

doc("H3", "H", "2025-03-20",
    "Mercy Corps - Mosul area safety note for staff - 20 March 2025\n\n"
    "On 16 March, [[a|an unknown person threw a hand grenade at a mobile phone shop in the Al-Muthanna "
    "neighbourhood of Mosul]], injuring the shop owner and a customer. No one was killed. Police believe it "
    "was a business dispute. Staff movement in the left bank remains permitted between 07:00 and 19:00; the "
    "curfew on team vehicles after 21:00 stays in place.",
    [I("a", "2025-03-16", "On 16 March", "Al-Muthanna", "Mosul", "Nineveh", "unknown", None,
       "civilians", "other", 0, "No one was killed", 2, "injuring the shop owner and a customer")])

doc("H4", "H", "2021-05-15",
    "# Activist's home bombed in Nasiriyah\n\n"
    "*Iraqi Civic Space Monitor (NGO) - alert - 15 May 2021*\n\n"
    "On the night of 10 May, [[a|an explosive device was placed at the door of the house of a protest activist "
    "in Nasiriyah]]. The blast damaged the door and a parked car; the activist and his family were unharmed. "
    "It is at least the 7th attack on activists' homes in Dhi Qar since October 2019. We call on the "
    "authorities to investigate.\n\n"
    "## Related alerts\n\n- Threats against journalists in Dhi Qar (March 2021)\n",
    [I("a", "2021-05-10", "On the night of 10 May", "Nasiriyah", "Nasiriyah", "Dhi Qar", None, None,
       "civilians", "ied", 0, "the activist and his family were unharmed", 0,
       "the activist and his family were unharmed")], ext="md")

doc("H5", "H", "2022-07-20",
    "World Food Programme (WFP) - Muthanna drought update - 20 July 2022\n\n"
    "Water levels in the Euphrates at Samawa fell by a further 30 cm in June. About 1,800 farming households in "
    "Al-Khidhir and Al-Rumaitha have lost their summer crops. WFP distributed cash to 950 families. No security "
    "incidents affecting operations were reported in the period; roads to all project sites remained open.",
    [], noise=True)

doc("H6", "H", "2023-10-17",
    "NGO Safety Forum Iraq - weekly advisory - Diyala\n\n"
    "On 15 October, [[a|IS militants fired mortar rounds at PMF positions near Qara Tapa]]; there were no "
    "casualties. NGOs working in the Qara Tapa and Jalawla areas should keep movements to daylight and avoid the "
    "road through the Hamrin hills. Risk level for the subdistrict: HIGH (unchanged).",
    [I("a", "2023-10-15", "On 15 October", "Qara Tapa", "Qara Tapa", "Diyala", "ISIS", "attributed",
       "PMU", "mortar_rocket", 0, "there were no casualties", 0, "there were no casualties")],
    ext="html", title="Weekly advisory: Diyala", outlet="NGO Safety Forum Iraq")

doc("H7", "H", "2022-12-06",
    "Iraqi Observatory for Civil Liberties (NGO) - statement - 6 December 2022\n\n"
    "On Saturday 3 December, [[a|a sticky bomb exploded under the car of a civil society activist in the "
    "Al-Amil neighbourhood of Baghdad]], seriously injuring him. He had organised a sit-in over electricity "
    "cuts in October. The Observatory has recorded 14 attacks on activists across Iraq in 2022 and urges the "
    "government to protect them.",
    [I("a", "2022-12-03", "On Saturday 3 December", "Al-Amil", "Baghdad", "Baghdad", None, None,
       "civilians", "ied", None, None, 1, "seriously injuring him")])

# ============================================================== S  Telegram posts (new channels)
doc("S1", "S", "2021-11-20",
    "Telegram | Tuz Watch 24 | 20.11.2021\n"
    "[19:40] 🔴 #Tuz #طوزخورماتو [[a|IED hit a police patrol on the Tuz-Kifri road south of Tuz Khurmatu]] an hour "
    "ago. 2 policemen injured, no deaths.\n"
    "[19:52] Road closed at the Albu Sabah junction.\n"
    "[21:05] Power back in the Jumhuriya quarter after 6 hours.",
    [I("a", "2021-11-20", "an hour ago", "Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", None, None,
       "police", "ied", 0, "no deaths", 2, "2 policemen injured")])

doc("S2", "S", "2021-01-10",
    "t.me/kirkuk_frontline · 10.01.2021\n"
    "[08:10] #Daquq #داقوق [[a|IS gunmen attacked shepherds near Tal al-Ward village, Daquq district]], last night. "
    "2 shepherds killed, 1 missing with about 90 sheep. Army and Hashd searching.\n"
    "[08:25] Fog on the Kirkuk-Baghdad road, drive carefully.\n"
    "[12:30] #Daquq the missing shepherd is back home, unhurt.",
    [I("a", "2021-01-09", "last night", "Tal al-Ward", "Daquq", "Kirkuk", "ISIS", "attributed",
       "civilians", "shooting", 2, "2 shepherds killed", None, None)])

doc("S3", "S", "2025-08-12",
    "Şengal News (Telegram) · 12.08.2025\n"
    "[17:25] ⚠️ #Khanasor #Shingal [[a|Turkish drone hit a car at the northern entrance of Khanasor, north of "
    "Sinjar]], this afternoon. 2 killed - YBS members per local sources.\n"
    "[17:40] Ambulances from Sinune on the way.\n"
    "[20:10] Temperatures tomorrow up to 47°C.",
    [I("a", "2025-08-12", "this afternoon", "Khanasor", "Sinjar", "Nineveh", "Turkey", "attributed",
       "PKK", "airstrike_operation", 2, "2 killed", None, None)])

doc("S4", "S", "2022-09-02",
    "Basra Security Pulse (Telegram) - pinned posts\n"
    "[25.05.2022 21:10] #Basra #البصرة [[a|unknown persons threw a sound bomb at the office of an oil contractor in "
    "Al-Baradiya]]. No injuries, glass damage only.\n"
    "[02.09.2022 06:40] #Majnoon [[b|3 Katyusha rockets landed near the Majnoon oil field]] this morning. No "
    "injuries. Production normal, says the field operator.\n"
    "[02.09.2022 07:15] Heat: 49°C expected today.",
    [I("a", "2022-05-25", "25.05.2022", "Al-Baradiya", "Basra", "Basra", "unknown", None,
       "", "ied", 0, "No injuries, glass damage only", 0, "No injuries, glass damage only"),
     I("b", "2022-09-02", "this morning", "Majnoon", "Majnoon", "Basra", None, None,
       "", "mortar_rocket", 0, "No injuries. Production normal", 0, "No injuries. Production normal")])

doc("S5", "S", "2019-11-04",
    "Samawa Now - t.me/samawa_now - 04/11/2019\n"
    "[09:05] #Samawa #السماوة yesterday evening [[a|a sticky bomb blew up the car of an employee of the oil "
    "products company in Al-Samawa]]. He died in hospital at 23:00. Police gave no details on who planted it.\n"
    "[09:30] Schools open as normal today.",
    [I("a", "2019-11-03", "yesterday evening", "Al-Samawa", "Samawa", "Muthanna", None, None,
       "civilians", "ied", 1, "He died in hospital", None, None)])

doc("S6", "S", "2020-01-28",
    "Maysan Breaking (Telegram) · 28.01.2020\n"
    "[23:50] 🔴 #Amarah #العمارة [[a|grenade thrown at the house of a protest activist in the Al-Hussein "
    "neighbourhood of Amarah]] tonight. 3 injured: his mother and two brothers. No deaths.\n"
    "[23:58] Sit-in tents in the city centre remain up.",
    [I("a", "2020-01-28", "tonight", "Al-Hussein", "Amarah", "Maysan", None, None,
       "civilians", "other", 0, "No deaths", 3, "3 injured")])

doc("S7", "S", "2024-03-03",
    "Deir ez-Zor 24/7 (Telegram) · 03.03.2024\n"
    "[06:15] #Dhiban #ذيبان [[a|IS cell shot dead 2 SDF fighters at a checkpoint in Dhiban]], eastern Deir ez-Zor, "
    "last night. No other cas.\n"
    "[06:40] Electricity cut in Hajin and Al-Shuhail since yesterday.\n"
    "[07:05] Crossing at Al-Salihiya open again for trucks after two days.",
    [I("a", "2024-03-02", "last night", "Dhiban", "Dhiban", None, "ISIS", "attributed",
       "security forces", "shooting", 2, "shot dead 2 SDF fighters", 0, "No other cas", country="Syria")],
    country="Syria")

# ============================================================== F  features and follow-ups with an attack inside
doc("F1", "F", "2021-07-15",
    "In the surgical ward of Tikrit Teaching Hospital, Private Ali, 22, lifts his bandaged arm to show where "
    "the shrapnel went in. He was one of four soldiers wounded on 9 July when [[a|a roadside bomb hit their "
    "convoy near Siniya, west of Baiji]]. None of them died, and doctors say two will return to duty within a "
    "month. The army suspects IS cells hiding in the Makhoul range. Ali's mother travelled 300 km from Basra "
    "to sit with him.\n\nTikrit, 15 July 2021",
    [I("a", "2021-07-09", "on 9 July", "Siniya", "Baiji", "Salahuddin", "ISIS", "suspected",
       "army", "ied", 0, "None of them died", 4, "one of four soldiers wounded")])

doc("F2", "F", "2021-03-02",
    "Karbala, 2 March 2021 - A Karbala criminal court on Tuesday sentenced two men to death for the killing of "
    "a protest activist who was [[a|shot dead in his car in central Karbala]] in August 2020. The court did "
    "not give the exact day of the killing. A third defendant, 19, was acquitted. Police arrested the three "
    "suspects in December after tracing a car seen in camera footage.",
    [I("a", "2020-08", "in August 2020", "Karbala", "Karbala", "Karbala", "unknown", None,
       "civilians", "shooting", 1, "shot dead in his car", None, None, prec="month")])

doc("F3", "F", "2021-10-25",
    "Diwaniyah, 25 October 2021 - A year has passed since [[a|gunmen shot dead a young activist outside his "
    "home in Al-Diwaniyah]] on 25 October 2020. His brother, who was with him that night, was wounded in the "
    "shoulder. Dozens gathered today at the mural painted in his memory. Nobody has been charged, and the "
    "family says the file has not moved since 2020.",
    [I("a", "2020-10-25", "on 25 October 2020", "Al-Diwaniyah", "Diwaniyah", "Qadisiyah", "unknown", None,
       "civilians", "shooting", 1, "shot dead a young activist", 1, "was wounded in the shoulder")])

doc("F4", "F", "2025-10-20",
    "Judges in southern Iraq ask for more guards - Najaf, 20 October 2025\n\n"
    "Judges in Najaf province say threats against them have grown since a court ruled on land disputes last "
    "year. Two weeks ago, on 6 October, [[a|a hand grenade was thrown into the garden of a judge's house in "
    "Al-Manathira]]; it damaged a car and hurt no one. The judge, who asked not to be named, said he now has "
    "two guards instead of one.",
    [I("a", "2025-10-06", "on 6 October", "Al-Manathira", "Manathira", "Najaf", None, None,
       "civilians", "other", 0, "hurt no one", 0, "hurt no one")])

doc("F5", "F", "2023-04-17",
    "North of Basra, tribes count the cost of old feuds - 17 April 2023\n\n"
    "In the villages around Al-Dair, elders say a single dispute over grazing rights in 2016 has left nine "
    "men dead over the years. A truce signed last month in the presence of the governor has held, and two "
    "families exchanged blood money of 150 million dinars. Police say tribal clashes are criminal matters, not "
    "terrorism.",
    [], noise=True)

doc("F6", "F", "2024-04-10",
    "On the border with Iran, night patrols and long waits - Badra, 10 April 2024\n\n"
    "The border guards of the 3rd Regiment patrol 60 km of desert and marsh. On 30 March, [[a|smugglers opened "
    "fire on a border guard patrol near Badra]], killing one guard and wounding another. The guards say they "
    "killed 2 smugglers in the exchange and seized 400 kg of hashish. The dead guard, 31, left four children.",
    [I("a", "2024-03-30", "On 30 March", "Badra", "Badra", "Wasit", "unknown", None,
       "security forces", "shooting", 1, "killing one guard", 1, "wounding another")])

doc("F7", "F", "2024-07-28",
    "Hundreds attended the funeral in Erbil on Sunday of a Peshmerga officer killed on 23 July when [[a|IS "
    "militants attacked a Peshmerga post in the Qarachogh hills near Makhmour]]. Two other Peshmerga were "
    "wounded in the attack, the ministry said. The officer, 38, had served since 2003. Makhmour has seen "
    "several such night attacks since the summer.",
    [I("a", "2024-07-23", "on 23 July", "Qarachogh", "Makhmour", "Erbil", "ISIS", "attributed",
       "Peshmerga", "shooting", 1, "a Peshmerga officer killed", 2, "Two other Peshmerga were wounded")],
    ext="json", title="Funeral held for Peshmerga officer killed near Makhmour", outlet="Erbil Daily Online",
    published="2024-07-28", section="Kurdistan")

# ============================================================== P  web pages (html / md / json)
doc("P1", "P", "2022-01-13",
    "[[a|Three rockets landed in Baghdad's Green Zone]] on Thursday evening, one of them near a school "
    "compound, security sources said. There were no casualties, the Security Media Cell said, but two parked "
    "cars were damaged. No group claimed the attack.\n\n"
    "Related stories: Rockets hit near Baghdad airport (archive, 2020) | Green Zone reopens to the public "
    "(2019)",
    [I("a", "2022-01-13", "on Thursday evening", "Green Zone", "Baghdad", "Baghdad", "unknown", "unclaimed",
       "", "mortar_rocket", 0, "There were no casualties", 0, "There were no casualties")],
    ext="html", title="Rockets hit Baghdad's Green Zone, no casualties", outlet="Baghdad Post Online")

doc("P2", "P", "2022-12-12",
    "# Oil company guard shot dead in Zubair\n\n"
    "*Published 12 December 2022 · Basra desk · 2 min read*\n\n"
    "[[a|Gunmen shot dead a security guard at the gate of an oil services company in Al-Zubair]] on Sunday "
    "night, police said. The guard, 45, had worked for the company for 3 years. The gunmen fled in a pick-up. "
    "Police said they were investigating a possible tribal motive.\n\n"
    "## Read more\n\n- Rocket falls near Burjesia camp, no injuries\n- Oil police detain 5 in fuel smuggling case\n",
    [I("a", "2022-12-11", "on Sunday night", "Al-Zubair", "Zubair", "Basra", "unknown", None,
       "civilians", "shooting", 1, "shot dead a security guard", None, None)], ext="md")

doc("P3", "P", "2025-07-01",
    "[[a|An explosive device damaged an oil pipeline near Badush, north-west of Mosul]], on Monday night, the "
    "North Oil Company said. The blast caused only material damage and a small fire that was put out within an "
    "hour. Pumping resumed on Tuesday morning. No one claimed it.\n\n"
    "Read more: Grenade thrown at phone shop in Mosul | Qayyarah patrol hit by IED",
    [I("a", "2025-06-30", "on Monday night", "Badush", "Badush", "Nineveh", "unknown", "unclaimed",
       "", "ied", 0, "The blast caused only material damage", 0, "The blast caused only material damage")],
    ext="json", title="Pipeline near Badush damaged by explosive device", outlet="Nineveh Today",
    published="2025-07-01T08:45:00+03:00", section="Economy")

doc("P4", "P", "2022-08-10",
    "[[a|Gunmen abducted a money changer from his shop in Al-Aziziyah]] on Tuesday afternoon, taking him away "
    "in a black car, witnesses said. Police in Wasit province said they had set up checkpoints on the roads "
    "out of the town. The man's relatives said they had received no ransom demand.\n\n"
    "See also: Kut market bomb toll rises (2019) | Wasit police seize 2 tonnes of fireworks",
    [I("a", "2022-08-09", "on Tuesday afternoon", "Al-Aziziyah", "Aziziyah", "Wasit", "unknown", None,
       "civilians", "kidnapping", None, None, None, None)],
    ext="html", title="Money changer abducted in Aziziyah", outlet="Wasit News Network")

doc("P5", "P", "2023-05-02",
    "# Mosul museum reopens after restoration\n\n"
    "*Published 2 May 2023 · Culture · 3 min read*\n\n"
    "The Mosul Cultural Museum reopened its Assyrian hall on Monday after six years of restoration. About 400 "
    "visitors came on the first day. Curators said 30 damaged statues had been repaired.\n\n"
    "## Related\n\n- Car bomb in Mosul market (archive, 2008)\n- Old City churches rebuilt\n",
    [], ext="md", noise=True)

doc("P6", "P", "2021-08-18",
    "[[a|A roadside bomb struck a convoy of trucks carrying supplies for the US-led coalition on the highway "
    "near Al-Batha]], west of Nasiriyah, on Tuesday, police said. The blast damaged one truck and there were no "
    "casualties. It was the 11th such attack on supply convoys in the south since January, a police officer "
    "said.\n\n"
    "You may also like: Nasiriyah activist's home bombed | Dhi Qar judges demand protection",
    [I("a", "2021-08-17", "on Tuesday", "Al-Batha", "Batha", "Dhi Qar", None, None,
       "US forces", "ied", 0, "there were no casualties", 0, "there were no casualties")],
    ext="html", title="Coalition supply convoy hit near Nasiriyah", outlet="Southern Iraq Monitor")

doc("P7", "P", "2024-06-18",
    "[[a|A hand grenade was thrown at the office of a political party in Al-Daghara]], in Qadisiyah province, "
    "late on Monday, police said. The office was empty and nobody was injured; the blast damaged its front "
    "wall. It was the third attack on party offices in the province since April, a party official said.\n\n"
    "Related: Diwaniyah activist's family marks anniversary | Qadisiyah floods",
    [I("a", "2024-06-17", "late on Monday", "Al-Daghara", "Daghara", "Qadisiyah", None, None,
       "", "other", 0, "nobody was injured", 0, "nobody was injured")],
    ext="json", title="Grenade thrown at party office in Daghara", outlet="Qadisiyah Post",
    published="2024-06-18", section="Local")
