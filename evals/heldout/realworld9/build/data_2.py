"""realworld9 data, part 2: styles K (Kurdish outlets in English), S (official
statements: Security Media Cell, operations commands, PMU media, Kurdistan
Region CTD, police commands), W (weekly security reviews, several incidents),
U (UN / NGO notes)."""
from lib import I, F, W, add, doc

# ------------------------------------------------------------------ K: Kurdish outlets
ed = "2022-03-10"; rd = "2022-03-11"
doc("K01", "K", rd,
    f"Rudaw | {F(rd, '{D} {Month} {YYYY}')}\n\nERBIL, Kurdistan Region - [[a|Two Kakai farmers were wounded when "
    f"Islamic State (ISIS) militants opened fire on them {F(ed, 'on {Wd} night')} in the village of Topzawa, in "
    f"Kirkuk province's Daquq district]], a local official told Rudaw English on {W(rd)}.\n\n\"They were "
    f"guarding their fields when the militants came from the valley,\" the official said, adding that both men "
    f"were taken to hospital in Kirkuk.\n\nKakai villages in the area have been repeatedly targeted since the "
    f"withdrawal of the Peshmerga in October 2017, and residents have called for a joint security force to "
    f"protect them.",
    [I("a", ed, F(ed, "on {Wd} night"), "the village of Topzawa, in Kirkuk province's Daquq district", "Daquq",
       "Kirkuk", "ISIS", "attributed", "civilians", "shooting", None, None, 2, "Two Kakai farmers were wounded")])

ed = "2021-10-12"; rd = "2021-10-13"
doc("K02", "K", rd,
    f"ERBIL (Kurdistan24) – [[a|Two Kurdish farmers were killed and a third was injured {F(ed, 'on {Wd}')} when "
    f"ISIS militants attacked them in the village of Bawa Mahmoud near Qara Tapa in Diyala province]], a local "
    f"official told Kurdistan24.\n\nThe farmers were harvesting when the gunmen opened fire from a nearby "
    f"orchard, the official said. The village lies in a disputed area where ISIS remnants exploit the security "
    f"gap between Iraqi forces and the Peshmerga.\n\n{F(rd, '{D} {Month} {YYYY}')}",
    [I("a", ed, F(ed, "on {Wd}"), "the village of Bawa Mahmoud near Qara Tapa", "Qara Tapa", "Diyala", "ISIS",
       "attributed", "civilians", "shooting", 2, "Two Kurdish farmers were killed", 1, "a third was injured")])

ed = "2020-09-11"; rd = "2020-09-12"
doc("K03", "K", rd,
    f"Rudaw\n{F(rd, '{Month} {D}, {YYYY}')}\n\nERBIL, Kurdistan Region – [[a|Mortar shells fired from the Hamrin "
    f"mountains landed on a Kurdish neighbourhood of Khurmatu {F(ed, 'late {Wd}')}, injuring a woman and her "
    f"daughter]], a Kurdish official in the disputed town told Rudaw.\n\nThe official blamed ISIS for the "
    f"attack and said it was the third time this year that shells had hit the neighbourhood.",
    [I("a", ed, F(ed, "late {Wd}"), "a Kurdish neighbourhood of Khurmatu", "Tuz Khurmatu", "Salahuddin", "ISIS",
       "attributed", "civilians", "mortar_rocket", None, None, 2, "injuring a woman and her daughter")])

ed = "2024-04-09"; rd = "2024-04-10"
doc("K04", "K", rd,
    f"Rudaw English | {F(rd, '{D}-{MM}-{YYYY}')}\n\nERBIL, Kurdistan Region - [[a|A Turkish drone targeted a "
    f"vehicle in Shingal (Sinjar) {F(ed, 'on {Wd} evening')}, killing a member of the Shingal Resistance Units "
    f"(YBS) and wounding two civilians who were passing]], a Yazidi official said.\n\nThe YBS was formed by "
    f"Yazidis with PKK support in 2014 and is considered by Ankara to be a PKK affiliate. Turkey has carried out "
    f"dozens of strikes in Shingal since 2017.",
    [I("a", ed, F(ed, "on {Wd} evening"), "Shingal (Sinjar)", "Sinjar", "Nineveh", "Turkey", "attributed",
       "PKK+civilians", "airstrike_operation", 1, "killing a member of the Shingal Resistance Units (YBS)", 2,
       "wounding two civilians who were passing")])

ed = "2019-07-08"; rd = "2019-07-09"
doc("K05", "K", rd,
    f"ERBIL (Kurdistan24) – [[a|A Katyusha rocket landed inside Baghdad's heavily fortified Green Zone "
    f"{F(ed, 'late on {Wd}')}, close to the US embassy, without causing casualties]], Iraqi security sources "
    f"said.\n\nThe sources did not say who fired the rocket. The Green Zone houses government buildings and "
    f"foreign embassies.\n\nEditing by Karzan Sulaivany\n{F(rd, '{Month} {D}, {YYYY}')}",
    [I("a", ed, F(ed, "late on {Wd}"), "Baghdad's heavily fortified Green Zone", "Baghdad", "Baghdad", None, None,
       "", "mortar_rocket", 0, "without causing casualties", 0, "without causing casualties")])

ed = "2023-08-11"; rd = "2023-08-12"
doc("K06", "K", rd,
    f"Rudaw | {F(rd, '{D} {Month} {YYYY}')}\n\nDUHOK, Kurdistan Region – [[a|Turkish artillery shelled the "
    f"outskirts of Kesta village in Duhok province's Amedi district {F(ed, 'on {Wd}')}, setting fire to "
    f"orchards and vineyards]], the village head told Rudaw.\n\n\"No one was hurt, but the fire burned for hours "
    f"and we could not reach it,\" he said. Several families have left the village this summer.",
    [I("a", ed, F(ed, "on {Wd}"), "Kesta village in Duhok province's Amedi district", "Amedi", "Dohuk", "Turkey",
       "attributed", "", "mortar_rocket", 0, "No one was hurt", 0, "No one was hurt")])

ed = "2023-01-09"; rd = "2023-01-10"
doc("K07", "K", rd,
    f"The New Region\n{F(rd, '{D} {Month} {YYYY}')}\n\nDUHOK — [[a|Unknown gunmen killed a Kurdish truck driver "
    f"from Duhok on the road near Haditha in Anbar province {F(ed, 'on {Wd}')}]], his family told The New "
    f"Region.\n\nThe driver was transporting goods to Baghdad when his truck was stopped, a relative said. His "
    f"body is being returned to Duhok. Anbar police said they had opened an investigation.",
    [I("a", ed, F(ed, "on {Wd}"), "the road near Haditha in Anbar province", "Haditha", "Anbar", "unknown", None,
       "civilians", "shooting", 1, "killed a Kurdish truck driver", None, None)])

ed = "2023-10-26"; rd = "2023-10-26"
doc("K08", "K", rd,
    f"ERBIL (Kurdistan24) – [[a|A drone attack targeted Harir air base, which hosts US-led coalition forces, "
    f"north of Erbil {F(ed, 'on {Wd} morning')}, causing no casualties]], the Kurdistan Region's "
    f"Counter-Terrorism Directorate (CTD) said.\n\nThe CTD said in a brief statement that the drone fell inside "
    f"the base and caused minor material damage. It did not say who launched it.\n\n"
    f"{F(rd, '{DD}/{MM}/{YYYY}')}",
    [I("a", ed, F(ed, "on {Wd} morning"), "Harir air base", "Harir", "Erbil", None, None, "US forces", "other",
       0, "causing no casualties", 0, "causing no casualties")])

ed = "2024-09-14"; rd = "2024-09-15"
doc("K09", "K", rd,
    f"The New Region\n{F(rd, '{Month} {D}, {YYYY}')}\n\nSULAIMANI — [[a|A drone strike believed to be Turkish hit "
    f"a car near Sayid Sadiq {F(ed, 'on {Wd} afternoon')}, killing two people inside]], local sources told The "
    f"New Region.\n\nThe sources said the two were members of the Kurdistan Workers' Party (PKK). Turkey has not "
    f"commented.",
    [I("a", ed, F(ed, "on {Wd} afternoon"), "Sayid Sadiq", "Sayid Sadiq", "Sulaymaniyah", "Turkey", "suspected",
       "PKK", "airstrike_operation", 2, "killing two people inside", None, None)])

ed = "2024-06-18"; rd = "2024-06-19"
doc("K10", "K", rd,
    f"Rudaw | {F(rd, '{D} {Month} {YYYY}')}\n\nERBIL, Kurdistan Region - [[a|A shepherd was wounded "
    f"{F(ed, 'on {Wd}')} when Turkish artillery shells landed near the village of Bardasur in the Sidakan "
    f"subdistrict of Soran district]], the subdistrict's mayor told Rudaw.\n\nThe mayor said the shepherd was "
    f"taken to Soran hospital and that the shelling had killed part of his flock.",
    [I("a", ed, F(ed, "on {Wd}"), "the village of Bardasur in the Sidakan subdistrict of Soran district", "Soran",
       "Erbil", "Turkey", "attributed", "civilians", "mortar_rocket", None, None, 1, "A shepherd was wounded")])

ed = "2022-06-25"; rd = "2022-06-26"
doc("K11", "K", rd,
    f"BasNews | {F(rd, '{DD}/{MM}/{YYYY}')}\n\nSULAIMANI – [[a|Two rockets struck the Khor Mor gas field in "
    f"Chamchamal district {F(ed, 'on {Wd} night')}, causing no casualties]], the company operating the field "
    f"said.\n\nProduction was not affected, the company said. It was the latest in a series of attacks on the "
    f"field this year; no group has claimed any of them.",
    [I("a", ed, F(ed, "on {Wd} night"), "the Khor Mor gas field in Chamchamal district", "Chamchamal",
       "Sulaymaniyah", "unknown", "unclaimed", "", "mortar_rocket", 0, "causing no casualties", 0,
       "causing no casualties")])

# ------------------------------------------------------------------ S: official statements
ed = "2022-03-12"; rd = "2022-03-13"
doc("S01", "S", rd,
    f"Security Media Cell\nStatement | {F(rd, '{YYYY}-{MM}-{DD}')}\n\n[[a|At 21:30 on Saturday 12/3/2022, Daesh "
    f"terrorist remnants attacked a Federal Police point in the Al-Riyadh area of Kirkuk governorate with light "
    f"weapons, which led to the martyrdom of two members and the injury of a third]]. Our forces responded to the "
    f"source of fire, and a search operation is under way.",
    [I("a", ed, "At 21:30 on Saturday 12/3/2022", "the Al-Riyadh area of Kirkuk governorate", "Riyadh", "Kirkuk",
       "ISIS", "attributed", "police", "shooting", 2, "the martyrdom of two members", 1, "the injury of a third")])

ed = "2021-10-14"; rd = "2021-10-14"
doc("S02", "S", rd,
    f"Popular Mobilization Commission - Media Directorate\n{F(rd, '{D} {Month} {YYYY}')}\n\n[[a|Two fighters of "
    f"the 24th Brigade of the Popular Mobilization were martyred and another was wounded while repelling an attack "
    f"by Daesh remnants with light and medium weapons on their positions in the Mandali sector, east of Diyala, "
    f"{F(ed, 'at dawn on {Wd}')}]]. The heroes of the brigade forced the attackers to withdraw towards the border "
    f"strip.",
    [I("a", ed, F(ed, "at dawn on {Wd}"), "the Mandali sector, east of Diyala", "Mandali", "Diyala", "ISIS",
       "attributed", "PMU", "shooting", 2, "Two fighters of the 24th Brigade of the Popular Mobilization were martyred",
       1, "another was wounded")])

ed = "2020-09-13"; rd = "2020-09-13"
doc("S03", "S", rd,
    f"Salah al-Din Operations Command\n{F(rd, '{DD}/{MM}/{YYYY}')}\n\n[[a|At 02:00 on Sunday 13 September 2020, "
    f"Daesh terrorist gangs attacked with light weapons a position of our forces in the Al-Jallam area, east of "
    f"Samarra, resulting in the injury of three soldiers]]. The wounded were evacuated to Samarra hospital, and "
    f"the army aviation pursued the attackers.",
    [I("a", ed, F(ed, "At 02:00 on {Wd} {D} {Month} {YYYY}"), "the Al-Jallam area, east of Samarra", "Samarra",
       "Salahuddin", "ISIS", "attributed", "army", "shooting", None, None, 3, "the injury of three soldiers")])

ed = "2024-04-13"; rd = "2024-04-13"
doc("S04", "S", rd,
    f"Nineveh Operations Command | {F(rd, '{YYYY}/{MM}/{DD}')}\n\n[[a|An explosive device left by the remnants of "
    f"terrorist Daesh exploded this morning against a vehicle of the 20th Division during a search operation "
    f"south of Qayyarah, injuring an officer and a soldier]]. Their condition is stable. The operation continues "
    f"to clear the area.",
    [I("a", ed, "this morning", "south of Qayyarah", "Qayyarah", "Nineveh", "ISIS", "attributed", "army", "ied",
       None, None, 2, "injuring an officer and a soldier")])

ed = "2019-07-10"; rd = "2019-07-10"
doc("S05", "S", rd,
    f"Baghdad Operations Command\n{F(rd, '{D} {Month} {YYYY}')}\n\n[[a|At 19:30 on Wednesday 10/7/2019, an "
    f"improvised explosive device exploded in a popular market in the Al-Mahmudiyah district, south of Baghdad, "
    f"injuring three citizens]]. Forces cordoned off the area, and investigations are under way to find the "
    f"perpetrators.",
    [I("a", ed, "At 19:30 on Wednesday 10/7/2019", "the Al-Mahmudiyah district, south of Baghdad", "Mahmudiyah",
       "Baghdad", None, None, "civilians", "ied", None, None, 3, "injuring three citizens")])

ed = "2023-08-13"; rd = "2023-08-13"
doc("S06", "S", rd,
    f"Kurdistan Region Counter-Terrorism Directorate\nStatement, {F(rd, '{D} {Month} {YYYY}')}\n\n[[a|At 14:20 "
    f"today, a Turkish army drone targeted a vehicle on the road near the village of Sharanish in Zakho district. "
    f"Two PKK members in the vehicle were killed]]. No civilians were harmed.",
    [I("a", ed, "At 14:20 today", "the village of Sharanish in Zakho district", "Zakho", "Dohuk", "Turkey",
       "attributed", "PKK", "airstrike_operation", 2, "Two PKK members in the vehicle were killed", None, None)])

ed = "2023-01-11"; rd = "2023-01-11"
doc("S07", "S", rd,
    f"Security Media Cell\n{F(rd, '{DD}-{MM}-{YYYY}')}\n\n[[a|At 03:00 on Wednesday 11/1/2023, a Daesh terrorist "
    f"group infiltrating from Syrian territory attacked a border post of the Border Guard Command near Akashat in "
    f"Anbar governorate, resulting in the martyrdom of one border guard]]. The border forces repelled the attack "
    f"and the attackers fled back across the border.",
    [I("a", ed, "At 03:00 on Wednesday 11/1/2023", "near Akashat in Anbar governorate", "Akashat", "Anbar",
       "ISIS", "attributed", "security forces", "shooting", 1, "the martyrdom of one border guard", None, None)])

ed = "2021-04-16"; rd = "2021-04-17"
doc("S08", "S", rd,
    f"Wasit Police Command\n{F(rd, '{YYYY}-{MM}-{DD}')}\n\n[[a|At 23:00 on Friday 16/4/2021, unknown persons threw "
    f"a hand grenade at a house in the Al-Sharqiya neighbourhood of Kut, injuring two women]]. The two women were taken to "
    f"Al-Zahraa Teaching Hospital in Kut for treatment. The command has formed a team to pursue the "
    f"perpetrators and calls on citizens to report any information.",
    [I("a", ed, "At 23:00 on Friday 16/4/2021", "the Al-Sharqiya neighbourhood of Kut", "Kut", "Wasit", "unknown",
       None, "civilians", "other", None, None, 2, "injuring two women")])

ed = "2021-06-20"; rd = "2021-06-20"
doc("S09", "S", rd,
    f"Muthanna Police Command | {F(rd, '{D} {Month} {YYYY}')}\n\n[[a|An explosive device exploded at 10:15 this "
    f"morning targeting a convoy of trucks transporting equipment for the international coalition on the "
    f"international highway near Al-Khidr, causing damage to one truck without human losses]]. Our units secured "
    f"the road and the convoy continued its journey.",
    [I("a", ed, "at 10:15 this morning", "the international highway near Al-Khidr", "Khidr", "Muthanna", None,
       None, "US forces", "ied", 0, "without human losses", 0, "without human losses")])

ed = "2022-11-27"; rd = "2022-11-28"
doc("S10", "S", rd,
    f"Qadisiyah Police Command\n{F(rd, '{DD}/{MM}/{YYYY}')}\n\n[[a|At 01:30 on Sunday, an explosive device placed "
    f"by unknown persons exploded at the door of the house of a police officer in the Al-Askari neighbourhood of "
    f"Diwaniyah, injuring his son]]. The officer was not at home. Investigations are continuing.",
    [I("a", ed, "At 01:30 on Sunday", "the Al-Askari neighbourhood of Diwaniyah", "Diwaniyah", "Qadisiyah",
       "unknown", None, "police+civilians", "ied", None, None, 1, "injuring his son")])

ed = "2023-12-09"; rd = "2023-12-10"
doc("S11", "S", rd,
    f"Najaf Police Command\n{F(rd, '{D} {Month} {YYYY}')}\n\n[[a|Unknown gunmen opened fire on Saturday evening "
    f"on the car of a candidate for the provincial council elections in Kufa, wounding his driver]], while the "
    f"candidate escaped unhurt. The command has arrested a suspect and investigations continue.",
    [I("a", ed, "on Saturday evening", "Kufa", "Kufa", "Najaf", "unknown", None, "civilians", "shooting", None,
       None, 1, "wounding his driver")])

# ------------------------------------------------------------------ W: weekly security reviews
rd = "2022-03-22"
doc("W01", "W", rd,
    f"Security In Iraq, Mar 14-20, 2022\n{F(rd, '{Wd}, {Month} {D}, {YYYY}')}\n\nThere were 9 incidents reported "
    f"in Iraq during the third week of March, down from 11 the week before. Most were in Kirkuk.\n\n"
    f"[[a|On March 14 an IED wounded two shepherds in Hawija]]. [[c|The next day an IED killed a Federal Police "
    f"officer in Tarmiya in northern Baghdad]]. [[b|On March 16 IS fighters shot dead a mukhtar in a village "
    f"outside Daquq]].\n\nThe other incidents were harassing fire and IEDs that caused no casualties. Kirkuk "
    f"remains the most active province, with most attacks in the south and west where IS cells move between "
    f"the Hamrin mountains and Wadi Shay.",
    [I("a", "2022-03-14", "On March 14", "Hawija", "Hawija", "Kirkuk", None, None, "civilians", "ied", None, None,
       2, "wounded two shepherds"),
     I("b", "2022-03-16", "On March 16", "a village outside Daquq", "Daquq", "Kirkuk", "ISIS", "attributed",
       "civilians", "shooting", 1, "shot dead a mukhtar", None, None),
     I("c", "2022-03-15", "The next day", "Tarmiya in northern Baghdad", "Tarmiyah", "Baghdad", None, None,
       "police", "ied", 1, "killed a Federal Police officer", None, None)])

rd = "2021-10-25"
doc("W02", "W", rd,
    f"Security In Iraq, Oct 15-21, 2021\n{F(rd, '{Wd}, {Month} {D}, {YYYY}')}\n\nViolence picked up in Iraq "
    f"with 14 incidents, the most in a month. Diyala accounted for half of them.\n\n[[a|On October 16 two Hashd "
    f"were killed when their vehicle hit an IED in Jalawla]]. [[b|On October 18 IS fired on a police checkpoint "
    f"in Udhaim, wounding three police]]. [[c|The next day a farmer was kidnapped near Samarra]].\n\nThe "
    f"attacks in Diyala come after a series of arrests in the province's northern districts, which may have "
    f"prompted the insurgents to respond.",
    [I("a", "2021-10-16", "On October 16", "Jalawla", "Jalawla", "Diyala", None, None, "PMU", "ied", 2,
       "two Hashd were killed", None, None),
     I("b", "2021-10-18", "On October 18", "Udhaim", "Udhaim", "Diyala", "ISIS", "attributed", "police",
       "shooting", None, None, 3, "wounding three police"),
     I("c", "2021-10-19", "The next day", "near Samarra", "Samarra", "Salahuddin", None, None, "civilians",
       "kidnapping", None, None, None, None)])

rd = "2020-09-22"
doc("W03", "W", rd,
    f"Security In Iraq, Sep 15-21, 2020\n{F(rd, '{Wd}, {Month} {D}, {YYYY}')}\n\nThere were 12 security "
    f"incidents in Iraq this week. Salahuddin was the most violent province with 5.\n\n[[a|On September 15 a "
    f"mortar round hit a house in Shirqat, killing a woman]]. [[c|The following day unidentified gunmen killed "
    f"two sheep herders in Balad Ruz in Diyala]]. [[b|On September 17 an IED went off on an army patrol in "
    f"Dujail, wounding two soldiers]].\n\nIraqi forces also said they had arrested more than a dozen suspects and "
    f"found several weapons caches over the week.",
    [I("a", "2020-09-15", "On September 15", "Shirqat", "Sharqat", "Salahuddin", None, None, "civilians",
       "mortar_rocket", 1, "killing a woman", None, None),
     I("b", "2020-09-17", "On September 17", "Dujail", "Dujail", "Salahuddin", None, None, "army", "ied", None,
       None, 2, "wounding two soldiers"),
     I("c", "2020-09-16", "The following day", "Balad Ruz in Diyala", "Balad Ruz", "Diyala", "unknown", None,
       "civilians", "shooting", 2, "killed two sheep herders", None, None)])

rd = "2024-04-23"
doc("W04", "W", rd,
    f"Iraq Situation Report: April 15-22, 2024\n{F(rd, '{Month} {D}, {YYYY}')}\n\nKey takeaways: ISIS attacks in "
    f"Ninewa remained at a low level, consistent with the group's degraded capability in northern Iraq.\n\n"
    f"[[a|Suspected ISIS militants attacked an Iraqi Army checkpoint near Hatra on April 15, killing one "
    f"soldier]]. [[b|An IED targeted a PMF vehicle near Tal Afar on April 17, injuring two PMF members]]. The "
    f"Iraqi Security Forces announced that air strikes killed several ISIS fighters in the Hamrin mountains "
    f"during the same period, but provided no details.",
    [I("a", "2024-04-15", "on April 15", "near Hatra", "Hadar", "Nineveh", "ISIS", "suspected", "army",
       "shooting", 1, "killing one soldier", None, None),
     I("b", "2024-04-17", "on April 17", "near Tal Afar", "Tal Afar", "Nineveh", None, None, "PMU", "ied", None,
       None, 2, "injuring two PMF members")])

rd = "2019-07-17"
doc("W05", "W", rd,
    f"Security In Iraq, Jul 8-14, 2019\n{F(rd, '{Wd}, {Month} {D}, {YYYY}')}\n\nIraq had another quiet week with "
    f"only 8 incidents. Baghdad had 3 of them.\n\n[[a|On July 12 a sticky bomb killed a civilian in Taji]]. "
    f"[[c|The next day an IED wounded a policeman in Musayyib in Babil]]. [[b|On July 14 IS attacked a Hashd "
    f"unit with small arms in Abu Ghraib, killing one]].\n\nThere were no mass casualty bombings in Baghdad for "
    f"the fourth week in a row.",
    [I("a", "2019-07-12", "On July 12", "Taji", "Taji", "Baghdad", None, None, "civilians", "ied", 1,
       "killed a civilian", None, None),
     I("b", "2019-07-14", "On July 14", "Abu Ghraib", "Abu Ghraib", "Baghdad", "ISIS", "attributed", "PMU",
       "shooting", 1, "killing one", None, None),
     I("c", "2019-07-13", "The next day", "Musayyib in Babil", "Musayyib", "Babil", None, None, "police", "ied",
       None, None, 1, "wounded a policeman")])

rd = "2023-08-22"
doc("W06", "W", rd,
    f"Kurdistan Region weekly security review, 14-20 August 2023\nPublished {F(rd, '{D} {Month} {YYYY}')}\n\n"
    f"Turkish military activity against the PKK continued in Duhok and Erbil provinces.\n\n[[a|On 15 August "
    f"Turkish artillery shelled the outskirts of Deraluk, wounding a shepherd]]. [[c|On 16 August Turkish jets "
    f"bombed suspected PKK positions in the mountains around Sidakan; no casualties were reported]]. [[b|On 17 "
    f"August a Turkish drone struck a house in a village near Zakho, killing two PKK members]].\n\nLocal "
    f"authorities counted 31 Turkish strikes in the region during the month so far.",
    [I("a", "2023-08-15", "On 15 August", "Deraluk", "Deraluk", "Dohuk", "Turkey", "attributed", "civilians",
       "mortar_rocket", None, None, 1, "wounding a shepherd"),
     I("b", "2023-08-17", "On 17 August", "a village near Zakho", "Zakho", "Dohuk", "Turkey", "attributed", "PKK",
       "airstrike_operation", 2, "killing two PKK members", None, None),
     I("c", "2023-08-16", "On 16 August", "the mountains around Sidakan", "Sidakan", "Erbil", "Turkey",
       "attributed", "PKK", "airstrike_operation", 0, "no casualties were reported", 0,
       "no casualties were reported")])

rd = "2023-01-24"
doc("W07", "W", rd,
    f"Security In Iraq, Jan 13-19, 2023\n{F(rd, '{Wd}, {Month} {D}, {YYYY}')}\n\nThere were only 6 incidents in "
    f"Iraq this week, the lowest number since the summer. Anbar had 2.\n\n[[a|On January 13 an IED hit an army "
    f"vehicle in Karma, wounding three soldiers]]. [[b|On January 15 unknown gunmen killed a tribal Hashd member "
    f"at his home in Hit]].\n\nThere were no incidents in Baghdad, Kirkuk or Nineveh.",
    [I("a", "2023-01-13", "On January 13", "Karma", "Karma", "Anbar", None, None, "army", "ied", None, None, 3,
       "wounding three soldiers"),
     I("b", "2023-01-15", "On January 15", "Hit", "Hit", "Anbar", "unknown", None, "PMU", "shooting", 1,
       "killed a tribal Hashd member", None, None)])

rd = "2021-06-14"
doc("W08", "W", rd,
    f"Iraq update: attacks on coalition logistics convoys, 6-13 June 2021\n{F(rd, '{D} {Month} {YYYY}')}\n\n"
    f"IED attacks on convoys of Iraqi-owned trucks carrying supplies for the US-led coalition continued along "
    f"the southern highways this week. None was claimed.\n\n[[a|On 6 June an IED struck a coalition logistics "
    f"convoy near Suwaira in Wasit, causing no casualties]]. [[b|On 9 June a roadside bomb hit a convoy on the "
    f"Diwaniyah highway, wounding a truck driver]]. [[c|On 11 June a third device exploded beside a convoy near "
    f"Samawa, again without casualties]].\n\nThe attacks are typically small and aimed at signalling rather than "
    f"killing.",
    [I("a", "2021-06-06", "On 6 June", "near Suwaira in Wasit", "Suwaira", "Wasit", "unknown", "unclaimed",
       "US forces", "ied", 0, "causing no casualties", 0, "causing no casualties"),
     I("b", "2021-06-09", "On 9 June", "the Diwaniyah highway", "Diwaniyah", "Qadisiyah", "unknown", "unclaimed",
       "US forces", "ied", None, None, 1, "wounding a truck driver"),
     I("c", "2021-06-11", "On 11 June", "near Samawa", "Samawa", "Muthanna", "unknown", "unclaimed", "US forces",
       "ied", 0, "without casualties", 0, "without casualties")])

rd = "2023-05-16"
doc("W09", "W", rd,
    f"Security In Iraq, May 8-14, 2023\n{F(rd, '{Wd}, {Month} {D}, {YYYY}')}\n\nThe south saw an unusual number "
    f"of incidents this week, most of them tied to political and tribal rivalries.\n\n[[a|On May 8 an IED "
    f"exploded outside the home of a police officer in Zubair, causing no casualties]]. [[b|On May 10 unknown "
    f"gunmen killed a Saraya al-Salam member in Majar al-Kabir]]. [[c|Two days later a grenade was thrown at an "
    f"activist's house in Shatra, wounding his brother]].\n\nIn the north there were 4 incidents, all of them "
    f"minor.",
    [I("a", "2023-05-08", "On May 8", "Zubair", "Zubair", "Basra", None, None, "police", "ied", 0,
       "causing no casualties", 0, "causing no casualties"),
     I("b", "2023-05-10", "On May 10", "Majar al-Kabir", "Majar al-Kabir", "Maysan", "unknown", None, "PMU",
       "shooting", 1, "killed a Saraya al-Salam member", None, None),
     I("c", "2023-05-12", "Two days later", "Shatra", "Shatra", "Dhi Qar", None, None, "civilians", "other", None,
       None, 1, "wounding his brother")])

rd = "2019-11-12"
doc("W10", "W", rd,
    f"Security In Iraq, Nov 1-7, 2019\n{F(rd, '{Wd}, {Month} {D}, {YYYY}')}\n\nThe protests continued to dominate "
    f"the security situation. Since October 1 over 260 protesters have been killed across the country.\n\n"
    f"[[a|On November 5 security forces fired live rounds at protesters near the provincial council building in "
    f"Karbala, killing two and wounding 25]]. [[b|On November 7 a hand grenade was thrown into the protest camp in "
    f"Najaf, wounding five]].\n\nInsurgent violence remained low with just 5 incidents.",
    [I("a", "2019-11-05", "On November 5", "the provincial council building in Karbala", "Karbala", "Karbala",
       "security forces", "attributed", "civilians", "shooting", 2, "killing two", 25, "wounding 25"),
     I("b", "2019-11-07", "On November 7", "the protest camp in Najaf", "Najaf", "Najaf", None, None, "civilians",
       "other", None, None, 5, "wounding five")])

rd = "2024-07-16"
doc("W11", "W", rd,
    f"Kurdistan Region weekly security review, 8-14 July 2024\nPublished {F(rd, '{D} {Month} {YYYY}')}\n\n"
    f"[[a|On 8 July a Turkish drone struck a car near Mergasor, killing one PKK fighter]]. [[b|On 10 July a drone "
    f"of unknown origin hit the edge of a camp housing an Iranian Kurdish opposition party near Arbat; no one was "
    f"hurt]].\n\nMonitors have recorded more than 90 Turkish strikes in the region "
    f"since January, most of them in Duhok's border districts.",
    [I("a", "2024-07-08", "On 8 July", "near Mergasor", "Mergasor", "Erbil", "Turkey", "attributed", "PKK",
       "airstrike_operation", 1, "killing one PKK fighter", None, None),
     I("b", "2024-07-10", "On 10 July", "near Arbat", "Arbat", "Sulaymaniyah", "unknown", None, "civilians",
       "airstrike_operation", 0, "no one was hurt", 0, "no one was hurt")])

# ------------------------------------------------------------------ U: UN / NGO notes
rd = "2022-04-05"
doc("U01", "U", rd,
    f"NGO partner monthly security note - Kirkuk\nReporting period: March 2022 | Issued {F(rd, '{D} {Month} {YYYY}')}\n\n"
    f"Riyadh subdistrict: [[a|In the second half of March 2022 (exact date not confirmed), unknown persons placed "
    f"an IED at the gate of a school rehabilitated by our partner in Riyadh subdistrict; it detonated at night, "
    f"damaging the gate]]. No one was injured. Classes resumed after two days.\n\nAccess: movement on the "
    f"Hawija-Riyadh road remained restricted after dark. Teams are advised to complete field visits before 15:00.",
    [I("a", "2022-03", "In the second half of March 2022 (exact date not confirmed)", "Riyadh subdistrict",
       "Riyadh", "Kirkuk", "unknown", None, "", "ied", 0, "No one was injured", 0, "No one was injured",
       prec="month")])

rd = "2021-10-23"
doc("U02", "U", rd,
    f"UNICEF statement\nBaghdad, {F(rd, '{D} {Month} {YYYY}')}\n\n\"UNICEF is appalled by reports that [[a|two "
    f"children were killed and a third was injured when an explosive device detonated near their home in "
    f"Al-Wajihiya, Diyala governorate, on 21 October]].\n\nChildren must never be the target of violence. We "
    f"call on all parties to protect children from harm at all times.\"",
    [I("a", "2021-10-21", "on 21 October", "Al-Wajihiya, Diyala governorate", "Wajihiya", "Diyala", None, None,
       "civilians", "ied", 2, "two children were killed", 1, "a third was injured")])

rd = "2020-10-06"
doc("U03", "U", rd,
    f"Protection Cluster Iraq - Salah al-Din update\n{F(rd, '{DD}/{MM}/{YYYY}')}\n\n[[a|In mid-September 2020, "
    f"unidentified armed men abducted four returnees from a village near Yathrib]]; their whereabouts remain "
    f"unknown. Partners report that several returnee families have since left the village for the camps in "
    f"Salah al-Din and Anbar.\n\nPartners estimate that fewer than half of the district's displaced "
    f"families have returned. Partners continue to advocate for civil documentation support.",
    [I("a", "2020-09", "In mid-September 2020", "a village near Yathrib", "Yathrib", "Salahuddin", "unknown", None,
       "civilians", "kidnapping", None, None, None, None, prec="month")])

rd = "2024-04-24"
doc("U04", "U", rd,
    f"UNAMI - Press statement\nBaghdad, {F(rd, '{D} {Month} {YYYY}')}\n\nThe United Nations Assistance Mission for "
    f"Iraq condemns the attack [[a|on 21 April 2024 in which unknown gunmen killed a Yazidi returnee and wounded "
    f"his son in Sinune, north of Sinjar mountain]].\n\nThe Mission calls on the authorities to investigate "
    f"promptly and to hold the perpetrators to account, and reiterates the need for security and stability in "
    f"Sinjar so that displaced families can return.",
    [I("a", "2024-04-21", "on 21 April 2024", "Sinune, north of Sinjar mountain", "Sinune", "Nineveh", "unknown",
       None, "civilians", "shooting", 1, "killed a Yazidi returnee", 1, "wounded his son")])

rd = "2019-08-04"
doc("U05", "U", rd,
    f"NGO security incident summary - Baghdad\nPrepared {F(rd, '{D} {Month} {YYYY}')}\n\n[[a|In July 2019 (date "
    f"withheld), unknown gunmen fired on a vehicle of a partner's mobile medical team near Madain]]. The vehicle "
    f"was hit twice; no staff were injured or killed. The team suspended visits for a week.\n\nOther: mobile "
    f"clinics in the district were otherwise able to operate normally during July.",
    [I("a", "2019-07", "In July 2019 (date withheld)", "near Madain", "Madain", "Baghdad", "unknown", None,
       "civilians", "shooting", 0, "no staff were injured or killed", 0, "no staff were injured or killed",
       prec="month")])

rd = "2023-08-30"
doc("U06", "U", rd,
    f"OCHA Iraq - Humanitarian update, Duhok\n{F(rd, '{D} {Month} {YYYY}')}\n\n[[a|On 24 August 2023, shelling "
    f"attributed by local authorities to the Turkish armed forces killed a farmer in his field near Chamanke, "
    f"Amedi district]]. Local authorities estimate that around 180 households were displaced from "
    f"border villages in Amedi and Zakho districts over the month. Humanitarian partners are providing cash assistance to displaced families.",
    [I("a", "2023-08-24", "On 24 August 2023", "Chamanke, Amedi district", "Amedi", "Dohuk", "Turkey",
       "attributed", "civilians", "mortar_rocket", 1, "killed a farmer", None, None)])

rd = "2023-02-07"
doc("U07", "U", rd,
    f"NGO security advisory - Anbar\n{F(rd, '{DD}.{MM}.{YYYY}')}\n\nAREA: Rutba district / Wadi Horan\n\n"
    f"[[a|In late January 2023 (exact date unknown), two truffle hunters were wounded by an IED in Wadi Horan, "
    f"Rutba district]]. Truffle season is expected to bring more civilians into the desert in February and "
    f"March.\n\nADVICE: No movement off paved roads in the western desert. Report any suspicious objects.",
    [I("a", "2023-01", "In late January 2023 (exact date unknown)", "Wadi Horan, Rutba district", "Rutba", "Anbar",
       None, None, "civilians", "ied", None, None, 2, "two truffle hunters were wounded", prec="month")])

rd = "2022-02-08"
doc("U08", "U", rd,
    f"Women's rights network - urgent alert\n{F(rd, '{D} {Month} {YYYY}')}\n\n[[a|On 3 February 2022, a gunman "
    f"shot and wounded a women's rights activist outside her home in Samawa]]. She is in stable condition. Police "
    f"named no suspect.\n\nThe network says at least a dozen women activists in the south have "
    f"received threats in recent months.",
    [I("a", "2022-02-03", "On 3 February 2022", "outside her home in Samawa", "Samawa", "Muthanna", None, None,
       "civilians", "shooting", None, None, 1, "shot and wounded a women's rights activist")])

rd = "2024-03-04"
doc("U09", "U", rd,
    f"Education Cluster - Wasit field note\nIssued {F(rd, '{D} {Month} {YYYY}')}\n\n[[a|In February 2024, unknown "
    f"persons set fire to a primary school in Zurbatiya, Badra district]]. The school's two classrooms and its "
    f"records were destroyed. Some 140 children have been moved to a school in Badra town.\n\nThe cluster is "
    f"seeking funding for temporary learning spaces.",
    [I("a", "2024-02", "In February 2024", "Zurbatiya, Badra district", "Badra", "Wasit", "unknown", None, "",
       "other", None, None, None, None, prec="month")])

rd = "2022-08-17"
doc("U10", "U", rd,
    f"NGO security incident report - Qadisiyah\n{F(rd, '{YYYY}-{MM}-{DD}')}\n\n[[a|On 14 August 2022 at around "
    f"23:00, an explosive device detonated at the entrance of a political party office in Al-Shamiya]], causing "
    f"no casualties. The office was closed at the time. No group claimed the attack.\n\nASSESSMENT: Low impact on "
    f"operations; partners in Al-Shamiya may continue activities.",
    [I("a", "2022-08-14", "On 14 August 2022 at around 23:00", "a political party office in Al-Shamiya", "Shamiya",
       "Qadisiyah", "unknown", "unclaimed", "", "ied", 0, "causing no casualties", 0, "causing no casualties")])

rd = "2021-08-11"
doc("U11", "U", rd,
    f"UNAMI statement\nBaghdad, {F(rd, '{D} {Month} {YYYY}')}\n\nUNAMI condemns the attack [[a|on 9 August 2021 in "
    f"which unidentified gunmen fired on the car of a journalist in Abu al-Khasib, Basra, wounding him]]. "
    f"Journalists must be able to work without fear. The Mission urges the authorities to bring those "
    f"responsible to justice.",
    [I("a", "2021-08-09", "on 9 August 2021", "Abu al-Khasib, Basra", "Abu al-Khasib", "Basra", "unknown", None,
       "civilians", "shooting", None, None, 1, "wounding him")])
