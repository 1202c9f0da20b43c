"""realworld9 data, part 4: styles P (text copied from a web page with its
title, byline and date lines above the body) and R (risk-alert services and
embassy security alerts)."""
from lib import I, F, W, add, doc

# ------------------------------------------------------------------ P: copied web pages
ed = "2022-03-24"; rd = "2022-03-25"
doc("P01", "P", rd,
    f"Two shepherds killed in suspected ISIS attack in Iraq's Kirkuk\n\nSinan Mahmoud\n{F(rd, '{Mon} {D}, {YYYY}')}\n"
    f"Share\n\n[[a|Two shepherds were killed {F(ed, 'on {Wd}')} in a suspected ISIS attack near the town of Al-Zab, "
    f"west of Kirkuk]], Iraqi security officials said.\n\nThe men were grazing their sheep on the edge of the "
    f"desert when gunmen opened fire, an official in the Kirkuk police told The National. The attackers took "
    f"part of the flock with them.\n\nISIS lost its last territory in Iraq in 2017, but its fighters still "
    f"operate in rural pockets of Kirkuk, Salah Al Din and Diyala.",
    [I("a", ed, F(ed, "on {Wd}"), "the town of Al-Zab, west of Kirkuk", "Zab", "Kirkuk", "ISIS", "suspected",
       "civilians", "shooting", 2, "Two shepherds were killed", None, None)])

ed = "2021-10-26"; rd = "2021-10-27"
doc("P02", "P", rd,
    f"Roadside bomb kills two Iraqi soldiers in Diyala\n\nAFP\n{F(rd, '{Month} {D}, {YYYY}')} 15:22\nFollow\n\n"
    f"BAGHDAD: [[a|A roadside bomb killed two Iraqi soldiers and wounded a third near Khan Bani Saad in Diyala "
    f"province {F(ed, 'on {Wd}')}]], security sources said.\n\nThe bomb struck an army vehicle on a rural road "
    f"south of Baquba. There was no immediate claim of responsibility.\n\nDiyala has seen a rise in attacks "
    f"this month, mostly in the farmland and orchards around Baquba and Muqdadiyah.",
    [I("a", ed, F(ed, "on {Wd}"), "near Khan Bani Saad in Diyala province", "Bani Saad", "Diyala", "unknown",
       "unclaimed", "army", "ied", 2, "killed two Iraqi soldiers", 1, "wounded a third")])

ed = "2020-09-25"; rd = "2020-09-28"
doc("P03", "P", rd,
    f"ISIS claims attack on tribal fighters in Salahuddin\n\nAl-Monitor Staff\n{F(rd, '{Month} {D}, {YYYY}')}\n\n"
    f"[[a|The Islamic State claimed an attack {F(ed, 'on {Wd}')} on a position of tribal Popular Mobilization "
    f"fighters in Al-Alam, east of Tikrit, in which one fighter was killed and two were wounded]].\n\nThe group "
    f"said in a statement on its Amaq channel that its fighters used machine guns in the attack. Tribal "
    f"fighters from the area have been targeted repeatedly because many of them fought against ISIS in 2014 "
    f"and 2015.\n\nRead more: Iraq's security services struggle with rural insurgency.",
    [I("a", ed, F(ed, "on {Wd}"), "Al-Alam, east of Tikrit", "Alam", "Salahuddin", "ISIS", "claimed", "PMU",
       "shooting", 1, "one fighter was killed", 2, "two were wounded")])

ed = "2024-04-25"; rd = "2024-04-26"
doc("P04", "P", rd,
    f"Iraq: Gunmen kill Sunni preacher in Mosul\n\nMEE staff\nPublished date: {F(rd, '{D} {Month} {YYYY}')} 13:50 "
    f"BST\n\n[[a|Gunmen shot dead a Sunni preacher in the Al-Muthanna neighbourhood of Mosul "
    f"{F(ed, 'on {Wd} night')}]], local officials and relatives said.\n\nThe preacher, who led prayers at a "
    f"mosque in the eastern part of the city, was shot as he returned home. Police said they had no suspects. "
    f"Killings of clerics have been rare in Mosul since the city was retaken from IS in 2017.",
    [I("a", ed, F(ed, "on {Wd} night"), "the Al-Muthanna neighbourhood of Mosul", "Mosul", "Nineveh", None, None,
       "civilians", "shooting", 1, "shot dead a Sunni preacher", None, None)])

ed = "2019-07-24"; rd = "2019-07-25"
doc("P05", "P", rd,
    f"Sticky bomb kills Hashed officer in Baghdad\n\nIssued on: {F(rd, '{DD}/{MM}/{YYYY}')} - 11:42\n\n"
    f"Baghdad (AFP) – [[a|A sticky bomb attached to his car killed an officer of the Hashed al-Shaabi paramilitary "
    f"force in the Zayouna district of eastern Baghdad on {W(ed)}]], a security source said.\n\nThe officer was "
    f"alone in the car. No group claimed the attack.\n\nAdvertising\n\nRead more on FRANCE 24: Iraq's "
    f"paramilitaries face pressure over US tensions.",
    [I("a", ed, F(ed, "on {Wd}"), "the Zayouna district of eastern Baghdad", "Baghdad", "Baghdad", "unknown",
       "unclaimed", "PMU", "ied", 1, "killed an officer of the Hashed al-Shaabi paramilitary force", None,
       None)])

ed = "2023-08-25"; rd = "2023-08-26"
doc("P06", "P", rd,
    f"Turkish drone strike kills two in Duhok's Batifa\n\nKurdistan24\nBy Hiwa Shilani\n"
    f"{F(rd, '{Month} {D}, {YYYY}')} • 2 min read\n\nDUHOK (Kurdistan24) – [[a|Two people were killed "
    f"{F(ed, 'on {Wd}')} when a Turkish drone struck their car on the road outside Batifa]], a local official "
    f"said.\n\nThe official said the two were members of the PKK. He said it was the fourth strike in the "
    f"subdistrict this month.",
    [I("a", ed, F(ed, "on {Wd}"), "the road outside Batifa", "Batifa", "Dohuk", "Turkey", "attributed", "PKK",
       "airstrike_operation", 2, "Two people were killed", None, None)])

ed = "2023-01-26"; rd = "2023-01-27"
doc("P07", "P", rd,
    f"Farmer killed by roadside bomb near Fallujah\n\nAl Arabiya English\nPublished: {F(rd, '{D} {Month} {YYYY}')}\n\n"
    f"[[a|A farmer was killed and his son was wounded {F(ed, 'on {Wd}')} when a roadside bomb went off as they "
    f"drove their tractor near Al-Saqlawiyah, north of Fallujah]], Iraqi police said.\n\nPolice said the bomb "
    f"was planted recently and was not a leftover from the war. Investigators have not named anyone.",
    [I("a", ed, F(ed, "on {Wd}"), "near Al-Saqlawiyah, north of Fallujah", "Saqlawiyah", "Anbar", None, None,
       "civilians", "ied", 1, "A farmer was killed", 1, "his son was wounded")])

ed = "2023-10-17"; rd = "2023-10-18"
doc("P08", "P", rd,
    f"Gunmen kill armed faction member in Iraq's Diwaniyah province\n\nThe New Arab Staff\n"
    f"{F(rd, '{D} {Month} {YYYY}')}\n\n[[a|Unknown gunmen shot dead a member of the Asaib Ahl al-Haq faction, "
    f"which is part of the Popular Mobilisation Forces, in the Al-Daghara district of Diwaniyah province "
    f"{F(ed, 'on {Wd}')}]], a local security source said.\n\nThe source said the victim was shot several times "
    f"near his home. The motive was not known.",
    [I("a", ed, F(ed, "on {Wd}"), "the Al-Daghara district of Diwaniyah province", "Daghara", "Qadisiyah",
       "unknown", None, "PMU", "shooting", 1, "shot dead a member of the Asaib Ahl al-Haq faction", None, None)])

ed = "2021-05-11"; rd = "2021-05-12"
doc("P09", "P", rd,
    f"Iraqi protest organiser wounded in Najaf shooting\n\nAsharq Al-Awsat\nBaghdad - Fadhel al-Nashmi\n"
    f"{F(rd, '{Wd}, {D} {Month} {YYYY}')} - 06:00\n\n[[a|A protest organiser was wounded when gunmen fired at "
    f"him in Al-Manathira, south of Najaf, {F(ed, 'on {Wd} night')}]], activists said.\n\nActivists accused "
    f"armed factions of trying to silence critics ahead of the elections. Police did not say whom they suspected.",
    [I("a", ed, F(ed, "on {Wd} night"), "Al-Manathira, south of Najaf", "Manathira", "Najaf", None, None,
       "civilians", "shooting", None, None, 1, "A protest organiser was wounded")])

ed = "2022-09-06"; rd = "2022-09-07"
doc("P10", "P", rd,
    f"Police intelligence officer shot dead in Iraq's Wasit\n\nShafaq News\nPublished: {F(rd, '{YYYY}-{MM}-{DD}')} "
    f"09:14\nSecurity\n\nShafaq News/ [[a|Unknown gunmen shot dead an officer of the police intelligence "
    f"directorate in Al-Numaniyah district, in Wasit governorate, {F(ed, 'on {Wd} evening')}]], a security "
    f"source said.\n\nThe source told Shafaq News Agency that the gunmen fled in a car without plates.",
    [I("a", ed, F(ed, "on {Wd} evening"), "Al-Numaniyah district, in Wasit governorate", "Numaniyah", "Wasit",
       "unknown", None, "police", "shooting", 1, "shot dead an officer of the police intelligence directorate",
       None, None)])

ed = "2020-08-22"; rd = "2020-08-23"
doc("P11", "P", rd,
    f"Bomb targets activist's home in Karbala\n\nBy Staff Writer\nIraqi News | {F(rd, '{Month} {D}, {YYYY}')}\n\n"
    f"Karbala (IraqiNews.com) – [[a|An explosive device exploded at the door of the home of a protest activist in "
    f"central Karbala {F(ed, 'on {Wd} night')}, wounding his father]], a police source said.\n\nThe activist "
    f"said on social media that he had received threats. No one has claimed the attack.",
    [I("a", ed, F(ed, "on {Wd} night"), "central Karbala", "Karbala", "Karbala", "unknown", "unclaimed",
       "civilians", "ied", None, None, 1, "wounding his father")])


# ------------------------------------------------------------------ R: risk alerts
def alert(title, begins, ends, event, context, advice):
    return (f"{title}\n\nAlert Begins {begins}\nAlert Ends {ends}\n\nEvent\n{event}\n\nContext\n{context}\n\n"
            f"Advice\n{advice}")


ed = "2022-03-27"; rd = "2022-03-28"
doc("R01", "R", rd, alert(
    f"Iraq: IED attack targets Federal Police near Taza, Kirkuk Governorate, {F(ed, '{Month} {D}')} /update 1",
    F(rd, "{DD} {Mon} {YYYY} 08:14 AM UTC"), F(add(rd, 1), "{DD} {Mon} {YYYY} 11:59 PM UTC"),
    f"[[a|An improvised explosive device (IED) struck a Federal Police vehicle near Taza, south of Kirkuk, "
    f"{F(ed, 'on {Month} {D}')}. One officer was killed]]. Authorities cordoned off the area. No group has "
    f"claimed responsibility.",
    "Islamic State (IS) remnants remain active in rural Kirkuk Governorate and frequently target security forces.",
    "Avoid the affected area. Reconfirm the status of road routes before travel."),
    [I("a", ed, F(ed, "on {Month} {D}"), "near Taza, south of Kirkuk", "Taza", "Kirkuk", "unknown", "unclaimed",
       "police", "ied", 1, "One officer was killed", None, None)])

ed = "2021-10-28"; rd = "2021-10-29"
doc("R02", "R", rd, alert(
    f"Iraq: Explosion at market in Baqubah, Diyala Governorate, {F(ed, '{Month} {D}')}",
    F(rd, "{DD} {Mon} {YYYY} 06:30 AM UTC"), F(add(rd, 2), "{DD} {Mon} {YYYY} 11:59 PM UTC"),
    f"[[a|An explosive device detonated at a vegetable market in Baqubah {F(ed, 'on {Month} {D}')}, killing one "
    f"person and injuring five others]]. Security forces deployed to the area.",
    "Diyala Governorate has seen an uptick in attacks by suspected IS militants in recent weeks.",
    "Avoid crowded markets in Baqubah in the coming days. Heed the instructions of security personnel."),
    [I("a", ed, F(ed, "on {Month} {D}"), "a vegetable market in Baqubah", "Baquba", "Diyala", None, None,
       "civilians", "ied", 1, "killing one person", 5, "injuring five others")])

ed = "2020-09-27"; rd = "2020-09-28"
doc("R03", "R", rd, alert(
    f"Iraq: Roadside bomb kills PMF members near Ad Dawr, Salah ad Din Governorate, {F(ed, '{Month} {D}')}",
    F(rd, "{DD} {Mon} {YYYY} 09:02 AM UTC"), F(add(rd, 1), "{DD} {Mon} {YYYY} 11:59 PM UTC"),
    f"[[a|A roadside bomb killed two members of the Popular Mobilization Forces (PMF) near Ad Dawr, south of "
    f"Tikrit, {F(ed, 'on {Month} {D}')}]]. Officials attributed the attack to IS.",
    "IS militants continue to target security forces and PMF units in the Tigris valley.",
    "Exercise caution when travelling on Highway 1 between Samarra and Tikrit. Travel only in daylight."),
    [I("a", ed, F(ed, "on {Month} {D}"), "near Ad Dawr, south of Tikrit", "Dawr", "Salahuddin", "ISIS",
       "attributed", "PMU", "ied", 2, "killed two members of the Popular Mobilization Forces (PMF)", None, None)])

ed = "2024-04-27"; rd = "2024-04-28"
doc("R04", "R", rd, alert(
    f"Iraq: Gunmen attack border guards near Rabia, Ninewa Governorate, {F(ed, '{Month} {D}')}",
    F(rd, "{DD} {Mon} {YYYY} 07:45 AM UTC"), F(add(rd, 1), "{DD} {Mon} {YYYY} 11:59 PM UTC"),
    f"[[a|Unidentified gunmen opened fire on a border guard patrol near Rabia, close to the Syrian border, "
    f"{F(ed, 'on {Month} {D}')}, wounding two border guards]]. The assailants fled.",
    "The Rabia crossing area is used by smugglers and occasionally by IS cells moving between Iraq and Syria.",
    "Avoid nonessential travel near the Syrian border. Monitor local media for updates."),
    [I("a", ed, F(ed, "on {Month} {D}"), "near Rabia, close to the Syrian border", "Rabia", "Nineveh", "unknown",
       None, "security forces", "shooting", None, None, 2, "wounding two border guards")])

ed = "2019-07-26"; rd = "2019-07-27"
doc("R05", "R", rd, alert(
    f"Iraq: Explosion near mosque in Baghdad's Al Bayaa district, {F(ed, '{Month} {D}')}",
    F(rd, "{DD} {Mon} {YYYY} 05:50 AM UTC"), F(add(rd, 1), "{DD} {Mon} {YYYY} 11:59 PM UTC"),
    f"[[a|An IED exploded near a mosque in the Al Bayaa district of Baghdad after Friday prayers "
    f"{F(ed, 'on {Month} {D}')}, killing one person and wounding three]]. No group has claimed the attack.",
    "Small-scale bombings remain possible in Baghdad, though large attacks have become rare since 2018.",
    "Avoid the area. Maintain a low profile near places of worship."),
    [I("a", ed, F(ed, "on {Month} {D}"), "the Al Bayaa district of Baghdad", "Baghdad", "Baghdad", "unknown",
       "unclaimed", "civilians", "ied", 1, "killing one person", 3, "wounding three")])

ed = "2023-08-28"; rd = "2023-08-29"
doc("R06", "R", rd, alert(
    f"Iraq: Turkish airstrikes target suspected PKK positions near Amadiya, Duhok Governorate, {F(ed, '{Month} {D}')}",
    F(rd, "{DD} {Mon} {YYYY} 10:20 AM UTC"), F(add(rd, 3), "{DD} {Mon} {YYYY} 11:59 PM UTC"),
    f"[[a|Turkish aircraft struck suspected Kurdistan Workers' Party (PKK) positions in mountainous areas near "
    f"Amadiya {F(ed, 'on {Month} {D}')}]]. Casualty figures were not available.",
    "Turkey conducts frequent air and ground operations against the PKK in the Kurdistan Region.",
    "Avoid travel to border areas of Duhok Governorate. Do not approach military activity."),
    [I("a", ed, F(ed, "on {Month} {D}"), "mountainous areas near Amadiya", "Amedi", "Dohuk", "Turkey",
       "attributed", "PKK", "airstrike_operation", None, None, None, None)])

ed = "2023-01-29"; rd = "2023-01-30"
doc("R07", "R", rd, alert(
    f"Iraq: IED targets army patrol near Fallujah, Al Anbar Governorate, {F(ed, '{Month} {D}')}",
    F(rd, "{DD} {Mon} {YYYY} 08:05 AM UTC"), F(add(rd, 1), "{DD} {Mon} {YYYY} 11:59 PM UTC"),
    f"[[a|An IED struck an Iraqi army patrol on the outskirts of Fallujah {F(ed, 'on {Month} {D}')}, injuring two "
    f"soldiers]]. Authorities launched a search operation in nearby farmland.",
    "Attacks in Al Anbar are infrequent but IS cells remain present in the desert and the Euphrates valley.",
    "Allow extra time for checkpoints on the Baghdad-Fallujah highway."),
    [I("a", ed, F(ed, "on {Month} {D}"), "the outskirts of Fallujah", "Fallujah", "Anbar", None, None, "army",
       "ied", None, None, 2, "injuring two soldiers")])

ed = "2023-11-22"; rd = "2023-11-23"
doc("R08", "R", rd,
    f"Security Alert - U.S. Consulate General Erbil, Iraq ({F(rd, '{Month} {D}, {YYYY}')})\n\nLocation: Erbil, "
    f"Iraq\n\nEvent: [[a|On {F(ed, '{Month} {D}')}, a one-way attack drone targeted Erbil International Airport, "
    f"where U.S. and Coalition forces are present. No injuries were reported]]. Additional attacks against U.S. "
    f"interests in Iraq remain possible.\n\nActions to Take:\n- Keep a low profile.\n- Review your personal "
    f"security plans.\n- Monitor local media for updates.\n- Be aware of your surroundings.",
    [I("a", ed, F(ed, "On {Month} {D}"), "Erbil International Airport", "Erbil", "Erbil", None, None, "US forces",
       "other", None, None, 0, "No injuries were reported")])

ed = "2022-01-18"; rd = "2022-01-19"
doc("R09", "R", rd, alert(
    f"Iraq: Explosion targets oil workers' bus near Rumaila, Basra Governorate, {F(ed, '{Month} {D}')}",
    F(rd, "{DD} {Mon} {YYYY} 07:10 AM UTC"), F(add(rd, 1), "{DD} {Mon} {YYYY} 11:59 PM UTC"),
    f"[[a|An explosive device detonated next to a bus carrying oil company workers near the Rumaila oil field, "
    f"west of Basra, {F(ed, 'on {Month} {D}')}, injuring two workers]]. Production was not affected.",
    "Attacks on oil sector staff in Basra are uncommon; tribal disputes over jobs and contracts have led to "
    "sporadic violence near fields.",
    "Review journey management plans for field staff. Vary routes and timings."),
    [I("a", ed, F(ed, "on {Month} {D}"), "near the Rumaila oil field, west of Basra", "Rumaila", "Basra", None,
       None, "civilians", "ied", None, None, 2, "injuring two workers")])

ed = "2022-11-15"; rd = "2022-11-16"
doc("R10", "R", rd, alert(
    f"Iraq: IED explosion in Al Mahawil, Babil Governorate, {F(ed, '{Month} {D}')}",
    F(rd, "{DD} {Mon} {YYYY} 09:30 AM UTC"), F(add(rd, 1), "{DD} {Mon} {YYYY} 11:59 PM UTC"),
    f"[[a|An IED exploded at a roadside fuel stall in Al Mahawil, north of Hillah, {F(ed, 'on {Month} {D}')}, "
    f"wounding two civilians]]. Police are investigating.",
    "Bombings are rare in Babil Governorate. The motive for the attack is unclear.",
    "Avoid the area while the investigation continues."),
    [I("a", ed, F(ed, "on {Month} {D}"), "Al Mahawil, north of Hillah", "Mahawil", "Babil", None, None,
       "civilians", "ied", None, None, 2, "wounding two civilians")])

ed = "2023-06-13"; rd = "2023-06-14"
doc("R11", "R", rd, alert(
    f"Iraq: Grenade attack on house of local official in Ali Al Gharbi, Maysan Governorate, {F(ed, '{Month} {D}')}",
    F(rd, "{DD} {Mon} {YYYY} 06:45 AM UTC"), F(add(rd, 1), "{DD} {Mon} {YYYY} 11:59 PM UTC"),
    f"[[a|Unknown assailants threw a hand grenade at the house of a local council official in Ali Al Gharbi "
    f"{F(ed, 'on {Month} {D}')}, wounding two of his relatives]]. The official was unharmed.",
    "Political and tribal disputes in Maysan occasionally lead to attacks using small arms and grenades.",
    "Avoid the area. Monitor local media."),
    [I("a", ed, F(ed, "on {Month} {D}"), "Ali Al Gharbi", "Ali al-Gharbi", "Maysan", "unknown", None, "civilians",
       "other", None, None, 2, "wounding two of his relatives")])
