"""Styles N (UN / NGO paragraphs), E (no or zero casualty figures), F (round-ups)."""
from lib import I, doc, F, W, add


# ---------------------------------------------------------------- N
def N(key, rd, org, body, incs):
    doc(key, "N", rd, "%s\nIssued %s\n\n%s" % (org, F(rd, "{D} {Month} {YYYY}"), body), incs)


rd = "2022-07-20"
ph = "At the beginning of May 2022"
N("N1", rd, "OHCHR / UNAMI Human Rights Office - Protection of Civilians update, Kirkuk",
  "Between January and June 2022 the Office recorded 19 civilian casualties (8 killed, 11 "
  "injured) in Kirkuk governorate, most of them in rural areas south and west of the city. "
  "[[a|%s, unidentified gunmen shot dead a Kakai farmer as he irrigated his land near a "
  "Kakai village in Daquq district; no one else was harmed]]. Kakai community leaders told the "
  "Office that at least four families have since moved to Kirkuk city. The Office urges "
  "the authorities to investigate and to consult minority communities on local security "
  "arrangements." % ph,
  [I("a", "2022-05", ph, "a Kakai village in Daquq district", "Daquq", "Kirkuk", "unknown", None,
     "civilians", "shooting", 1, "shot dead a Kakai farmer", 0, "no one else was harmed",
     prec="month")])

rd = "2020-11-25"
ph = "Over the closing days of October 2020"
N("N2", rd, "Save the Children Iraq - Education under attack brief",
  "Children accounted for 21 of the 52 civilian casualties that humanitarian partners logged "
  "in Salah al-Din governorate in the third quarter. [[a|%s, a mortar round landed beside a "
  "primary school in Al-Ishaqi, wounding three pupils who were playing in the yard]]; none of "
  "the children died. Classes were suspended for a week. Save the Children calls on all "
  "parties to keep schools free from violence." % ph,
  [I("a", "2020-10", ph, "a primary school in Al-Ishaqi", "Ishaqi", "Salahuddin", None, None,
     "civilians", "mortar_rocket", 0, "none of the children died", 3, "wounding three pupils",
     prec="month")])

rd = "2021-07-15"
ph = "On the evening of 11 June 2021"
N("N3", rd, "Danish Refugee Council (DRC) - Anbar returns monitoring note",
  "DRC protection monitors recorded 310 returnee households in Anbar in June, while 44 "
  "households left again, citing insecurity and lack of services. [[a|%s, a roadside bomb hit "
  "a minibus carrying returnees near Al-Karma, east of Fallujah, killing a woman and injuring "
  "her husband and their son]]. Returnees interviewed afterwards said the incident had "
  "discouraged relatives still in camps from coming home." % ph,
  [I("a", "2021-06-11", ph, "near Al-Karma, east of Fallujah", "Karma", "Anbar", None, None,
     "civilians", "ied", 1, "killing a woman", 2, "injuring her husband and their son")])

rd = "2023-03-01"
ph = "In the early hours of 9 February 2023"
N("N4", rd, "Medecins Sans Frontieres (MSF) - Sinjar project update",
  "MSF teams in Sinjar carried out 4,200 outpatient consultations in February, a third of them "
  "for mental health. [[a|%s, armed men fired on the home of a Yazidi returnee family in the "
  "Sinuni subdistrict, wounding two family members]], who were stabilised at the MSF-supported "
  "emergency room before referral to Duhok. The family has since returned to a camp in "
  "Duhok governorate." % ph,
  [I("a", "2023-02-09", ph, "the Sinuni subdistrict", "Sinjar", "Nineveh", "unknown", None,
     "civilians", "shooting", None, None, 2, "wounding two family members")])

rd = "2022-05-10"
ph = "On the afternoon of 14 April 2022"
N("N5", rd, "Minority Rights Group - Briefing: Assyrian villages in the border zone",
  "Since 2015, residents of at least 22 Assyrian and Chaldean villages along the border "
  "strip have left their homes at least once because of cross-border fighting. [[a|%s, a "
  "Turkish airstrike hit an orchard beside the village of Dure, in Amedi district, injuring a "
  "farmer; no deaths resulted]]. Villagers said they had seen no PKK fighters in the village." % ph,
  [I("a", "2022-04-14", ph, "the village of Dure, in Amedi district", "Amedi", "Dohuk", "Turkey",
     "attributed", "civilians", "airstrike_operation", 0, "no deaths resulted", 1,
     "injuring a farmer")])

rd = "2024-04-18"
ph = "Sometime in the first fortnight of March 2024"
N("N6", rd, "International Rescue Committee (IRC) - Diyala protection snapshot",
  "The IRC's monitors counted 14 security incidents affecting civilians in Diyala in the first "
  "quarter of 2024, including 6 involving farmers. [[a|%s, gunmen killed two farmers in the "
  "Abu Saida subdistrict as they worked in their orchards]]. No information on any injured "
  "was available. Families in nearby villages reported limiting work in the fields to "
  "daylight hours." % ph,
  [I("a", "2024-03", ph, "the Abu Saida subdistrict", "Abu Saida", "Diyala", "unknown", None,
     "civilians", "shooting", 2, "killed two farmers", None, None, prec="month")])

rd = "2021-09-02"
ph = "On the morning of 24 August 2021"
N("N7", rd, "UNFPA Iraq - Health facilities incident note",
  "UNFPA-supported facilities in Baghdad provided 9,800 reproductive health consultations in "
  "August. [[a|%s, an explosive device detonated at the entrance of a women's health clinic in "
  "Al-Husseiniya, north-east Baghdad, injuring the night guard]]; nobody was killed and "
  "patients had not yet arrived. The clinic reopened after three days." % ph,
  [I("a", "2021-08-24", ph, "a women's health clinic in Al-Husseiniya, north-east Baghdad",
     "Baghdad", "Baghdad", None, None, "civilians", "ied", 0, "nobody was killed", 1,
     "injuring the night guard")])

rd = "2020-09-10"
ph = "On the evening of 14 August 2020"
N("N8", rd, "UNAMI - Update on demonstrations and accountability",
  "Since October 2019, UNAMI has documented 35 targeted killings and attempted killings of "
  "demonstrators and activists. [[a|%s, two gunmen shot dead a protest activist and wounded "
  "his companion in the Al-Asmaie neighbourhood of Basra]]. UNAMI welcomes the arrest "
  "warrants issued but notes that no one has yet been brought to trial for similar "
  "killings." % ph,
  [I("a", "2020-08-14", ph, "the Al-Asmaie neighbourhood of Basra", "Basra", "Basra", "unknown",
     None, "civilians", "shooting", 1, "shot dead a protest activist", 1, "wounded his companion")])

rd = "2022-12-20"
ph = "Late on 6 December 2022"
N("N9", rd, "Mercy Corps - Southern Iraq water programme, security update",
  "Mercy Corps has logged seven security incidents affecting water projects in the south "
  "this year, most of them threats. [[a|%s, an explosive charge damaged the intake pump of a "
  "water project outside Al-Rifai, Dhi Qar; staff were off site and no human harm "
  "resulted]]. About 9,000 people were without piped water for two weeks." % ph,
  [I("a", "2022-12-06", ph, "a water project outside Al-Rifai", "Rifai", "Dhi Qar", None, None,
     "", "ied", 0, "no human harm resulted", 0, "no human harm resulted")])

rd = "2023-02-05"
ph = "On the afternoon of 18 January 2023"
N("N10", rd, "Iraq Protection Cluster - Southern governorates monthly",
  "Partners reported 17 protection incidents in Maysan in January, mostly threats against "
  "activists and journalists. [[a|%s, unknown persons threw an explosive device at the home of "
  "an environmental activist in Al-Kahla, Maysan, wounding his wife]]; the activist was not at "
  "home. He had campaigned against the drying of the marshes." % ph,
  [I("a", "2023-01-18", ph, "the home of an environmental activist in Al-Kahla", "Kahla",
     "Maysan", "unknown", None, "civilians", "ied", None, None, 1, "wounding his wife")])

rd = "2019-12-12"
ph = "Late on 28 November 2019"
N("N11", rd, "Iraqi High Commission for Human Rights (IHCHR) - statement",
  "The Commission has recorded 460 deaths and more than 17,000 injuries among demonstrators "
  "nationwide since 1 October. [[a|%s, security forces opened fire on protesters gathered near "
  "the provincial police headquarters in Najaf, killing twelve and wounding more than 40]]. "
  "The Commission calls for those who gave the orders to be held to account." % ph,
  [I("a", "2019-11-28", ph, "the provincial police headquarters in Najaf", "Najaf", "Najaf",
     "security forces", "attributed", "civilians", "shooting", 12, "killing twelve", 40,
     "wounding more than 40")])


# ---------------------------------------------------------------- E
def E(key, rd, title, outlet, body, incs, fmt="{D} {Month} {YYYY}"):
    doc(key, "E", rd, "%s\n%s, %s\n\n%s" % (title, outlet, F(rd, fmt), body), incs)


e, rd = "2022-05-29", "2022-05-30"
ph = "on " + W(e)
E("E1", rd, "Pylon bombed in Kirkuk's Yaychi", "The New Region",
  "[[a|An explosive charge toppled a high-voltage pylon in the Yaychi subdistrict, south-west of "
  "Kirkuk, %s; the blast injured no one]], the North Electricity Distribution Company said. "
  "Repairs will take about a week, it added, during which several villages will rely on "
  "private generators in the early summer heat. The company did not say who it believed was "
  "behind the attack." % ph,
  [I("a", e, ph, "the Yaychi subdistrict, south-west of Kirkuk", "Yaychi", "Kirkuk", None, None,
     "", "ied", 0, "the blast injured no one", 0, "the blast injured no one")])

e, rd = "2020-10-13", "2020-10-14"
ph = "on " + W(e)
E("E2", rd, "Hashd vehicles torched near Samarra", "Al-Ghad Press (English digest)",
  "[[a|Daesh militants attacked a Popular Mobilization post in the Tharthar valley west of "
  "Samarra %s and set fire to two of its vehicles]], according to a brief statement from the "
  "PMF's Samarra axis command. The statement was silent on casualties and said only that the "
  "attackers had been 'repelled'. Local sources said the post was manned by a company of "
  "Brigade 30." % ph,
  [I("a", e, ph, "the Tharthar valley west of Samarra", "Samarra", "Salahuddin", "ISIS",
     "attributed", "PMU", "shooting+other", None, None, None, None)])

e, rd = "2021-06-23", "2021-06-24"
ph = "on %s night" % W(e)
E("E3", rd, "Drone targets Habbaniya air base", "Iraqi Observer",
  "[[a|An explosive-laden drone struck inside Al-Habbaniya air base, east of Ramadi, %s]], "
  "the Security Media Cell said, adding that an investigation was under way. The base hosts "
  "Iraqi air force units. The Cell did not release casualty information, and no group "
  "claimed the attack by the time of writing." % ph,
  [I("a", e, ph, "Al-Habbaniya air base, east of Ramadi", "Habbaniya", "Anbar", None, None,
     "Iraqi forces", "other", None, None, None, None)])

e, rd = "2023-02-25", "2023-02-26"
ph = F(e, "On {D} {Month} {YYYY}")
E("E4", rd, "Bomb damages church door in Bartella", "Ishtar Voice",
  "[[a|%s, in the small hours, an explosive device left at the door of a church in Bartella, "
  "east of Mosul, blew the wooden door off its hinges. The church was empty and not a soul was "
  "hurt]], the parish priest said. Christian leaders in the Nineveh Plains called it an "
  "attempt to frighten families who have returned since 2017." % ph,
  [I("a", e, ph, "a church in Bartella", "Bartella", "Nineveh", None, None, "", "ied", 0,
     "not a soul was hurt", 0, "not a soul was hurt")])

e, rd = "2022-04-21", "2022-04-22"
ph = "on " + W(e)
E("E5", rd, "Shelling around Batifa", "Duhok 24 (English)",
  "[[a|Turkish forces shelled the mountains around the Batifa subdistrict, Zakho district, %s]], "
  "a local official said. The Duhok governor's office said it had no information yet on "
  "casualties. Residents of two villages said they had spent the night in their basements "
  "as shells landed on the slopes above them." % ph,
  [I("a", e, ph, "the mountains around the Batifa subdistrict, Zakho district", "Zakho", "Dohuk",
     "Turkey", "attributed", "", "mortar_rocket", None, None, None, None)])

e, rd = "2024-03-07", "2024-03-08"
ph = F(e, "on {D} {Month}")
E("E6", rd, "Council member's car burned", "Diyala News Network",
  "[[a|Unknown men set fire to the car of a Diyala provincial council member outside his "
  "house in Khan Bani Saad %s; the car was empty and no one was around]], police said. The "
  "council member, who had criticised the allocation of the province's budget, said the "
  "arson was 'a message'." % ph,
  [I("a", e, ph, "outside his house in Khan Bani Saad", "Khan Bani Saad", "Diyala", "unknown",
     None, "", "other", 0, "the car was empty and no one was around", 0,
     "the car was empty and no one was around")])

e, rd = "2021-08-02", "2021-08-03"
ph = "on %s night" % W(e)
E("E7", rd, "Rocket falls in Jadiriya", "Baghdad Post",
  "[[a|A Katyusha rocket fell on an empty plot in Al-Jadiriya, Baghdad, across the river from "
  "the Green Zone, %s; it killed or injured nobody]], a security statement said. Police found "
  "the launch rail in an orchard in Al-Dora. Similar rockets have targeted the US embassy "
  "this year." % ph,
  [I("a", e, ph, "an empty plot in Al-Jadiriya, Baghdad", "Baghdad", "Baghdad", None, None, "",
     "mortar_rocket", 0, "it killed or injured nobody", 0, "it killed or injured nobody")])

e, rd = "2020-07-09", "2020-07-10"
ph = "on " + W(e)
E("E8", rd, "Bomb outside KIU official's home in Shaqlawa", "Kurdistan Chronicle Daily",
  "[[a|A bomb went off outside the house of a Kurdistan Islamic Union official in Shaqlawa, "
  "north-east of Erbil, %s, without any harm to the household]], the party said. Asayish "
  "officers collected fragments from the scene. The party said it had received threats "
  "after criticising the regional government over salary delays." % ph,
  [I("a", e, ph, "the house of a Kurdistan Islamic Union official in Shaqlawa", "Shaqlawa",
     "Erbil", None, None, "", "ied", 0, "without any harm to the household", 0,
     "without any harm to the household")])

e, rd = "2021-11-11", "2021-11-12"
ph = F(e, "on {D} {Month}")
E("E9", rd, "Grenade hits TV office in Slemani", "Sulaimani Times",
  "[[a|Unknown attackers threw a hand grenade over the wall of a private TV channel's office on "
  "Sulaymaniyah's Sarchinar road %s; the explosion shattered windows but no injury was "
  "caused]], the channel said. The channel has broadcast reports critical of both ruling "
  "parties in recent months." % ph,
  [I("a", e, ph, "a private TV channel's office on Sulaymaniyah's Sarchinar road",
     "Sulaymaniyah", "Sulaymaniyah", "unknown", None, "", "other", 0, "no injury was caused", 0,
     "no injury was caused")])

e, rd = "2023-04-19", "2023-04-20"
ph = "on " + W(e)
E("E10", rd, "Liquor store blown up in Al-Mahawil", "Babylon Today",
  "[[a|Unknown persons blew up a liquor store in Al-Mahawil, north of Hilla, %s]], a police "
  "source said. Police did not comment on casualties. It was the third such attack on "
  "alcohol sellers in northern Babil this year, according to local traders." % ph,
  [I("a", e, ph, "a liquor store in Al-Mahawil, north of Hilla", "Mahawil", "Babil", "unknown",
     None, "", "ied", None, None, None, None)])

e, rd = "2024-05-14", "2024-05-15"
ph = "on " + W(e)
E("E11", rd, "Telecom tower destroyed in Muthanna desert", "Al-Janoob Post",
  "[[a|An explosive charge destroyed a mobile-phone tower near Al-Salman, in the Muthanna "
  "desert, %s; there was no toll in lives or injuries]], the provincial communications "
  "directorate said. Service to nomadic herders and border posts was cut for two days." % ph,
  [I("a", e, ph, "a mobile-phone tower near Al-Salman", "Salman", "Muthanna", None, None, "",
     "ied", 0, "there was no toll in lives or injuries", 0,
     "there was no toll in lives or injuries")])


# ---------------------------------------------------------------- F
def Fr(key, rd, body, incs):
    doc(key, "F", rd, body, incs)


rd = "2022-05-16"
a = "2022-05-09"; pa = F(a, "On {D} {Month}")
b = add(a, 3); pb = "Three nights later"
c = b; pc = "On the evening of the same day"
Fr("F1", rd,
   "KIRKUK WEEKLY - security round-up for the week to %s (compiled %s)\n\n"
   "[[a|%s, a roadside bomb struck an army Humvee near Al-Rashad, south-west of Kirkuk, killing "
   "two soldiers.]] [[b|%s, IS fighters fired on a Federal Police post in the Wadi al-Shay area, "
   "wounding two officers; none was killed.]] [[c|%s, a device planted in a field near Shwan, "
   "north of Kirkuk, injured a farmer.]]\n\nPolice also made 14 arrests this week, mostly of "
   "suspected IS supporters; those operations are not listed as incidents." % (
       F(add(rd, -1), "{D} {Month} {YYYY}"), F(rd, "{D} {Month} {YYYY}"), pa, pb, pc),
   [I("a", a, pa, "near Al-Rashad, south-west of Kirkuk", "Rashad", "Kirkuk", None, None, "army",
      "ied", 2, "killing two soldiers", None, None),
    I("b", b, pb, "the Wadi al-Shay area", "Kirkuk", "Kirkuk", "ISIS", "attributed", "police",
      "shooting", 0, "none was killed", 2, "wounding two officers"),
    I("c", c, pc, "a field near Shwan, north of Kirkuk", "Shwan", "Kirkuk", None, None,
      "civilians", "ied", None, None, 1, "injured a farmer")])

rd = "2020-10-31"
a = "2020-10-03"; pa = F(a, "On {D} {Month}")
b = add(a, 7); pb = "A week after that"
c = add(b, -4); pc = "Four days earlier"
Fr("F2", rd,
   "Salah al-Din: October in review (Iraq Security Monitor, %s)\n\n"
   "[[a|%s, IS gunmen attacked a Tribal Mobilization post in Jazirat al-Shirqat, killing one "
   "fighter and wounding two.]] [[b|%s, a sticky bomb killed a Baiji municipal official and "
   "injured his driver in Baiji.]] [[c|%s, an IED had wounded three policemen near Al-Dour.]]\n\n"
   "The monitor counted 23 incidents in the province during the month; the three above are "
   "the most serious." % (F(rd, "{D} {Month} {YYYY}"), pa, pb, pc),
   [I("a", a, pa, "Jazirat al-Shirqat", "Shirqat", "Salahuddin", "ISIS", "attributed", "PMU",
      "shooting", 1, "killing one fighter", 2, "wounding two"),
    I("b", b, pb, "Baiji", "Baiji", "Salahuddin", None, None, "civilians", "ied", 1,
      "killed a Baiji municipal official", 1, "injured his driver"),
    I("c", c, pc, "near Al-Dour", "Dour", "Salahuddin", None, None, "police", "ied", None, None,
      3, "wounded three policemen")])

rd = "2021-06-20"
a = "2021-06-02"; pa = F(a, "On {D} {Month}")
b = add(a, 2); pb = "Two days later"
c = add(a, 12); pc = "Twelve days after the Hit attack"
Fr("F3", rd,
   "Western Anbar round-up (compiled %s)\n\n"
   "[[a|%s, gunmen shot dead a Tribal Mobilization fighter at his post on the outskirts of Hit.]] "
   "[[b|%s, three rockets fell near an army base outside Rawa, causing no casualties.]] "
   "[[c|%s, an IED on the road south of Anah wounded four soldiers; no one was killed.]]\n\n"
   "No group claimed any of the attacks." % (F(rd, "{D} {Month} {YYYY}"), pa, pb, pc),
   [I("a", a, pa, "the outskirts of Hit", "Hit", "Anbar", "unknown", "unclaimed", "PMU",
      "shooting", 1, "shot dead a Tribal Mobilization fighter", None, None),
    I("b", b, pb, "an army base outside Rawa", "Rawa", "Anbar", "unknown", "unclaimed", "army",
      "mortar_rocket", 0, "causing no casualties", 0, "causing no casualties"),
    I("c", c, pc, "the road south of Anah", "Anah", "Anbar", "unknown", "unclaimed", "army",
      "ied", 0, "no one was killed", 4, "wounded four soldiers")])

rd = "2023-02-22"
a = "2023-02-18"; pa = F(a, "On {D} {Month}")
b = add(a, 1); pb = "The following morning"
Fr("F4", rd,
   "NINEVEH DIGEST | %s\n\n"
   "[[a|%s, an IED exploded under a Federal Police vehicle on the Tal Afar-Mosul road near Tal "
   "Afar, killing one policeman and wounding two.]] [[b|%s, suspected IS militants shot and "
   "wounded a shepherd in the hills west of Al-Qayyarah.]]\n\nElsewhere the province was quiet. "
   "Nineveh police said they had dismantled 6 old explosive devices during the week." % (
       F(rd, "{D} {Month} {YYYY}"), pa, pb),
   [I("a", a, pa, "the Tal Afar-Mosul road near Tal Afar", "Tal Afar", "Nineveh", None, None,
      "police", "ied", 1, "killing one policeman", 2, "wounding two"),
    I("b", b, pb, "the hills west of Al-Qayyarah", "Qayyarah", "Nineveh", "ISIS", "suspected",
      "civilians", "shooting", None, None, 1, "shot and wounded a shepherd")])

rd = "2022-04-25"
a = "2022-04-18"; pa = F(a, "On {D} {Month}")
b = add(a, 5); pb = "Five nights later"
Fr("F5", rd,
   "Duhok governorate - border incidents summary, %s\n\n"
   "[[a|%s, Turkish jets and attack helicopters struck PKK positions in the Zap region, north of "
   "Amedi, as the Turkish defence ministry announced a new operation; the ministry gave no "
   "casualty figure.]] [[b|%s, a drone hit a car near Deraluk, killing two people the Asayish "
   "said were PKK members, and local officials blamed Turkey.]]\n\nSome 90 families from the "
   "border villages have registered as displaced this month." % (F(rd, "{D} {Month} {YYYY}"), pa, pb),
   [I("a", a, pa, "the Zap region, north of Amedi", "Amedi", "Dohuk", "Turkey", "claimed", "PKK",
      "airstrike_operation", None, None, None, None),
    I("b", b, pb, "a car near Deraluk", "Deraluk", "Dohuk", "Turkey", "attributed", "PKK",
      "airstrike_operation", 2, "killing two people", None, None)])

rd = "2024-03-12"
a = "2024-03-02"; pa = F(a, "On {D} {Month}")
b = add(a, 8); pb = "Eight days later"
c = b; pc = "That afternoon"
Fr("F6", rd,
   "Diyala roundup - first ten days of March (posted %s)\n\n"
   "[[a|%s, a roadside bomb hit an army patrol near Jalawla, wounding three soldiers.]] "
   "[[b|%s, gunmen killed a shepherd in the Qara Tapa subdistrict.]] [[c|%s, a hand grenade was "
   "thrown into a mobile-phone shop in central Baquba, injuring the owner.]]\n\nAuthorities "
   "blamed IS for the Jalawla bomb only." % (F(rd, "{D} {Month} {YYYY}"), pa, pb, pc),
   [I("a", a, pa, "near Jalawla", "Jalawla", "Diyala", "ISIS", "attributed", "army", "ied", None,
      None, 3, "wounding three soldiers"),
    I("b", b, pb, "the Qara Tapa subdistrict", "Qara Tapa", "Diyala", "unknown", None,
      "civilians", "shooting", 1, "killed a shepherd", None, None),
    I("c", c, pc, "a mobile-phone shop in central Baquba", "Baquba", "Diyala", "unknown", None,
      "civilians", "other", None, None, 1, "injuring the owner")])

rd = "2021-08-09"
a = "2021-08-05"; pa = F(a, "On {D} {Month}")
b = add(a, -2); pb = "Two days previously"
c = add(a, 1); pc = "The day after the Abu Ghraib blast"
Fr("F7", rd,
   "Baghdad belt: incidents of early August (digest dated %s)\n\n"
   "[[a|%s, a bomb hidden in a fruit crate exploded at a market in Abu Ghraib, west of Baghdad, "
   "killing three people and wounding eleven.]] [[b|%s, gunmen had attacked an army post near "
   "Al-Tarmiyah, wounding two soldiers.]] [[c|%s, a sticky bomb damaged the car of a ministry "
   "official in Al-Mansour, Baghdad; he was not in it and no one was hurt.]]" % (
       F(rd, "{D} {Month} {YYYY}"), pa, pb, pc),
   [I("a", a, pa, "a market in Abu Ghraib, west of Baghdad", "Abu Ghraib", "Baghdad", None, None,
      "civilians", "ied", 3, "killing three people", 11, "wounding eleven"),
    I("b", b, pb, "an army post near Al-Tarmiyah", "Tarmiyah", "Baghdad", "unknown", None, "army",
      "shooting", None, None, 2, "wounding two soldiers"),
    I("c", c, pc, "Al-Mansour, Baghdad", "Baghdad", "Baghdad", None, None, "", "ied", 0,
      "no one was hurt", 0, "no one was hurt")])

rd = "2022-10-25"
a = "2022-10-20"; pa = F(a, "On {D} {Month}")
b = add(a, 3); pb = "Three nights later"
Fr("F8", rd,
   "South Iraq security notes, %s\n\n"
   "[[a|%s, a roadside bomb hit a convoy of trucks carrying supplies for the US-led coalition "
   "near Al-Qurna, north of Basra; no driver was hurt.]] [[b|%s, an explosive device blew in the "
   "door of a judge's house in Amarah, Maysan, without casualties.]]\n\nThe convoy attack was "
   "the fourth on coalition logistics in the south this year, by our count." % (
       F(rd, "{D} {Month} {YYYY}"), pa, pb),
   [I("a", a, pa, "near Al-Qurna, north of Basra", "Qurna", "Basra", None, None, "US forces",
      "ied", 0, "no driver was hurt", 0, "no driver was hurt"),
    I("b", b, pb, "a judge's house in Amarah", "Amarah", "Maysan", None, None, "", "ied", 0,
      "without casualties", 0, "without casualties")])

rd = "2023-06-15"
a = "2023-06-06"; pa = F(a, "On {D} {Month}")
b = add(a, 6); pb = "Six days later"
Fr("F9", rd,
   "Kurdistan Region: drone strikes this month (update of %s)\n\n"
   "[[a|%s, a drone struck a car in Said Sadiq, Sulaymaniyah province, killing two men the PKK "
   "later named as its cadres.]] Local officials suspected Turkey. [[b|%s, a Turkish drone hit a "
   "shepherds' hut in the Mergasor district of Erbil, wounding a shepherd, the district mayor "
   "said.]]\n\nTurkey does not usually comment on individual strikes." % (
       F(rd, "{D} {Month} {YYYY}"), pa, pb),
   [I("a", a, pa, "a car in Said Sadiq", "Said Sadiq", "Sulaymaniyah", "Turkey", "suspected", "PKK",
      "airstrike_operation", 2, "killing two men", None, None),
    I("b", b, pb, "the Mergasor district of Erbil", "Mergasor", "Erbil", "Turkey", "attributed",
      "civilians", "airstrike_operation", None, None, 1, "wounding a shepherd")])

rd = "2020-02-25"
a = "2020-02-16"; pa = F(a, "On {D} {Month}")
b = add(a, 5); pb = "Five nights later"
c = add(b, 1); pc = "The following morning"
Fr("F10", rd,
   "Coalition logistics: attacks on supply convoys, %s\n\n"
   "[[a|%s, a roadside bomb exploded beside a convoy of trucks hired by the US-led coalition on "
   "the highway near Al-Diwaniyah; no driver was harmed.]] [[b|%s, a second convoy was hit near "
   "Al-Samawah; no information was given about the drivers.]] [[c|%s, a third device exploded "
   "near Al-Nasiriyah, injuring one driver.]]\n\nNo group claimed the three attacks." % (
       F(rd, "{D} {Month} {YYYY}"), pa, pb, pc),
   [I("a", a, pa, "the highway near Al-Diwaniyah", "Diwaniyah", "Qadisiyah", "unknown",
      "unclaimed", "US forces", "ied", 0, "no driver was harmed", 0, "no driver was harmed"),
    I("b", b, pb, "near Al-Samawah", "Samawah", "Muthanna", "unknown", "unclaimed", "US forces",
      "ied", None, None, None, None),
    I("c", c, pc, "near Al-Nasiriyah", "Nasiriyah", "Dhi Qar", "unknown", "unclaimed",
      "US forces", "ied", None, None, 1, "injuring one driver")])

rd = "2024-08-20"
a = "2024-08-03"; pa = F(a, "On {D} {Month}")
b = add(a, 14); pb = "Two weeks afterwards"
Fr("F11", rd,
   "Wasit security brief (%s)\n\n"
   "[[a|%s, a hand grenade thrown at a shop selling alcohol in Al-Suwaira wounded two workers.]] "
   "[[b|%s, gunmen fired on the car of a tribal sheikh in Al-Numaniya, killing his guard; the "
   "sheikh was unhurt.]]\n\nPolice in the province recorded 31 arrests on drug charges over the "
   "same period, which are not included here." % (F(rd, "{D} {Month} {YYYY}"), pa, pb),
   [I("a", a, pa, "a shop selling alcohol in Al-Suwaira", "Suwaira", "Wasit", None, None,
      "civilians", "other", None, None, 2, "wounded two workers"),
    I("b", b, pb, "the car of a tribal sheikh in Al-Numaniya", "Numaniya", "Wasit", "unknown",
      None, "civilians", "shooting", 1, "killing his guard", 0, "the sheikh was unhurt")])
