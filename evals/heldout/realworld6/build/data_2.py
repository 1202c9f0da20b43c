"""Styles D (translated Arabic press), K (Kurdish outlets), S (security logs)."""
from lib import I, doc, F, W, add


# ---------------------------------------------------------------- D
def D_(key, rd, outlet, body, incs):
    head = "[Unofficial translation from Arabic] %s | %s\n\n" % (
        outlet, F(rd, "{Wd} {D} {Month} {YYYY}"))
    doc(key, "D", rd, head + body, incs)


rd = "2021-06-10"; e = add(rd, -1)
ph = "at dawn yesterday, " + W(e)
D_("D1", rd, "Al-Sharqiya",
   "Anbar / Al-Sharqiya: [[a|A security source in Anbar said that an explosive device went off "
   "%s, against a patrol of the Iraqi army in the Al-Nuaimiya area, south of Al-Fallouja, "
   "leading to the martyrdom of a soldier and the injury of two others]].\n\nThe source, who "
   "asked not to be named, added that the force cordoned off the area and began a search "
   "operation for the perpetrators, without giving further details." % ph,
   [I("a", e, ph, "the Al-Nuaimiya area, south of Al-Fallouja", "Fallujah", "Anbar", None, None,
      "army", "ied", 1, "the martyrdom of a soldier", 2, "the injury of two others")])

rd = "2020-10-24"; e = add(rd, -2)
ph = "the evening of the day before yesterday"
D_("D2", rd, "Al-Rabiaa",
   "Salah al-Din / Al-Rabiaa: [[a|Three of the heroes of the Popular Mobilization ascended as "
   "martyrs and four others sustained wounds when the remnants of the Daesh terrorist gangs "
   "attacked one of their posts near Al-Dujayl, south of Samarra, on %s]], according to a "
   "statement by the Mobilization's media office.\n\nThe statement said reinforcements "
   "arrived and forced the attackers to flee towards the orchards." % ph,
   [I("a", e, ph, "one of their posts near Al-Dujayl, south of Samarra", "Dujail", "Salahuddin",
      "ISIS", "attributed", "PMU", "shooting", 3, "Three of the heroes of the Popular Mobilization ascended as martyrs",
      4, "four others sustained wounds")])

rd = "2022-05-26"; e = add(rd, -4)
ph = "four days ago"
D_("D3", rd, "Al-Mashriq",
   "Kirkuk / Al-Mashriq: [[a|The Kirkuk electricity directorate said that unknown persons blew "
   "up two high-voltage transmission towers in the Al-Riyadh subdistrict, west of Kirkuk, %s, "
   "and that the bombing left no human losses]].\n\nThe directorate added that maintenance "
   "teams had only today been able to reach the site after the army secured it, and that "
   "several villages remain without power." % ph,
   [I("a", e, ph, "the Al-Riyadh subdistrict, west of Kirkuk", "Riyadh", "Kirkuk", "unknown",
      None, "", "ied", 0, "the bombing left no human losses", 0, "the bombing left no human losses")])

rd = "2023-02-17"; e = add(rd, -1)
ph = "at noon yesterday"
D_("D4", rd, "Al-Aalem al-Jadeed",
   "Nineveh / Al-Aalem al-Jadeed: [[a|An explosive device planted on a dirt road killed a "
   "citizen and wounded his brother as they drove to their farmland near Al-Shoura, south of "
   "Mosul, %s]], a local source said.\n\nThe source accused Daesh remnants of planting the "
   "device, noting that the area had been quiet for months." % ph,
   [I("a", e, ph, "their farmland near Al-Shoura, south of Mosul", "Shura", "Nineveh", "ISIS",
      "attributed", "civilians", "ied", 1, "killed a citizen", 1, "wounded his brother")])

rd = "2022-04-30"; e = "2022-04-28"
ph = "last %s night" % W(e)
D_("D5", rd, "Al-Taakhi",
   "Duhok / Al-Taakhi: [[a|A Turkish drone bombardment targeted the outskirts of the village of "
   "Kuresme, in the Dinarta subdistrict of Akre district, %s, wounding a shepherd, without any "
   "deaths]], the subdistrict director said.\n\nHe said the shepherd was taken to Akre "
   "hospital and called on both the federal government and the regional government to stop "
   "the repeated bombardment of the area's villages." % ph,
   [I("a", e, ph, "the village of Kuresme, in the Dinarta subdistrict of Akre district", "Akre",
      "Dohuk", "Turkey", "attributed", "civilians", "airstrike_operation", 0,
      "without any deaths", 1, "wounding a shepherd")])

rd = "2024-03-05"; e = add(rd, -1)
ph = "at dusk yesterday"
D_("D6", rd, "964",
   "Diyala / 964: [[a|An element of the border guards was martyred and another was wounded "
   "when gunmen attacked a border guard post near Mendeli, east of Baquba, %s]], a security "
   "source said.\n\nThe source said the attackers withdrew towards the Hamrin foothills and "
   "that no side has claimed the attack so far." % ph,
   [I("a", e, ph, "a border guard post near Mendeli, east of Baquba", "Mandali", "Diyala",
      "unknown", "unclaimed", "security forces", "shooting", 1,
      "An element of the border guards was martyred", 1, "another was wounded")])

rd = "2021-08-07"; e = rd
ph = "moments ago"
D_("D7", rd, "Dijlah TV",
   "Baghdad / Dijlah: [[a|An explosive device exploded %s inside the Jamila wholesale market in "
   "Sadr City, east of the capital, claiming the lives of two citizens and injuring eight "
   "others]], according to preliminary information from a security source.\n\nNo party has "
   "claimed responsibility. Ambulances transferred the injured to Al-Imam Ali hospital." % ph,
   [I("a", e, ph, "the Jamila wholesale market in Sadr City", "Baghdad", "Baghdad", "unknown",
      "unclaimed", "civilians", "ied", 2, "claiming the lives of two citizens", 8,
      "injuring eight others")])

rd = "2019-12-15"; e = add(rd, -5)
ph = "five days ago"
D_("D8", rd, "Al-Zaman",
   "Babylon / Al-Zaman: [[a|Activists in Al-Hella said that unknown persons kidnapped a young "
   "protester, a well-known organiser of the sit-in square, %s as he returned home from the "
   "demonstrations]], and that his fate is still unknown.\n\nThe activists demanded that the "
   "government reveal his whereabouts and protect the demonstrators." % ph,
   [I("a", e, ph, "Al-Hella", "Hilla", "Babil", "unknown", None, "civilians", "kidnapping",
      None, None, None, None)])

rd = "2021-03-19"; e = add(rd, -1)
ph = "yesterday afternoon, " + W(e)
D_("D9", rd, "Al-Nahrain",
   "Wasit / Al-Nahrain: [[a|Unidentified gunmen assassinated a lawyer in front of his office in "
   "the centre of Al-Kout, %s]], and fled on a motorcycle.\n\nThe Wasit Bar Association "
   "condemned the killing, saying the lawyer had defended detained protesters, and called "
   "on the security services to arrest the perpetrators quickly." % ph,
   [I("a", e, ph, "the centre of Al-Kout", "Kut", "Wasit", "unknown", None, "civilians",
      "shooting", 1, "assassinated a lawyer", None, None)])

rd = "2024-01-09"; e = rd
ph = "in the first hours of this morning"
D_("D10", rd, "Al-Iraqiya News",
   "Dhi Qar / Al-Iraqiya: [[a|An explosive device targeted the house of a judge in Al-Shatra, "
   "north of Nasiriyah, %s, and none of the family members was hurt]], a police source said. "
   "The blast damaged the front of the house and a car parked outside.\n\nThe Supreme Judicial "
   "Council condemned the attack." % ph,
   [I("a", e, ph, "the house of a judge in Al-Shatra", "Shatra", "Dhi Qar", None, None, "",
      "ied", 0, "none of the family members was hurt", 0,
      "none of the family members was hurt")])

rd = "2025-02-28"; e = add(rd, -1)
ph = "at the sunset call to prayer yesterday"
D_("D11", rd, "Al-Etejah",
   "Anbar / Al-Etejah: [[a|Daesh elements killed two truffle gatherers and wounded a third in "
   "the desert north of Al-Qa'em, %s]], a source in the Anbar Operations Command said.\n\nThe "
   "source warned citizens against going deep into the desert during the truffle season, "
   "which the group exploits every year." % ph,
   [I("a", e, ph, "the desert north of Al-Qa'em", "Al-Qaim", "Anbar", "ISIS", "attributed",
      "civilians", "shooting", 2, "killed two truffle gatherers", 1, "wounded a third")])


# ---------------------------------------------------------------- K
def K(key, rd, outlet, body, incs, fmt="{DD}/{MM}/{YYYY}"):
    doc(key, "K", rd, "%s | %s\n\n%s" % (outlet, F(rd, fmt), body), incs)


e, rd = "2022-05-10", "2022-05-11"
ph = "on %s evening" % W(e)
K("K1", rd, "XENDAN English",
  "KERKÛK - [[a|Islamic State militants set fire to the wheat of Kurdish farmers and opened "
  "fire on them in the village of Palkana, in Dubz (Dibis) district, %s; a Kurdish farmer "
  "lost his life and no other villager was hurt]], the village head told Xendan.\n\nKurdish "
  "farmers in the area say they have lost harvests to arson every spring since 2017 and "
  "have asked for Peshmerga protection, which Baghdad refuses." % ph,
  [I("a", e, ph, "the village of Palkana, in Dubz (Dibis) district", "Dibis", "Kirkuk", "ISIS",
     "attributed", "civilians", "shooting+other", 1, "a Kurdish farmer lost his life", 0,
     "no other villager was hurt")])

e, rd = "2020-10-29", "2020-10-30"
ph = "%s at around 10pm" % W(e)
K("K2", rd, "Kurdsat News",
  "XURMATÛ - [[a|Two mortar bombs fired from the Hamrin foothills hit the Kurdish quarter of "
  "Xurmatû (Tuz Khurmatu) %s, wounding a Kurdish woman and her daughter]], a local official "
  "said. Nobody was killed. The official blamed ISIS remnants and said the district's "
  "Kurds feel unprotected since the Peshmerga withdrew in 2017." % ph,
  [I("a", e, ph, "the Kurdish quarter of Xurmatû (Tuz Khurmatu)", "Tuz Khurmatu", "Salahuddin",
     "ISIS", "attributed", "civilians", "mortar_rocket", 0, "Nobody was killed", 2,
     "wounding a Kurdish woman and her daughter")])

e, rd = "2021-06-13", "2021-06-14"
ph = "%s at dawn" % W(e)
K("K3", rd, "Gulan Media",
  "DIHOK - [[a|A roadside bomb hit a lorry carrying Kurdish drivers from Duhok on the highway "
  "near Haditha, Anbar province, %s, killing one driver and injuring his co-driver]], "
  "relatives told Gulan. The lorry was carrying cement to Rutba. Iraqi officials did not say "
  "who planted the device." % ph,
  [I("a", e, ph, "the highway near Haditha", "Haditha", "Anbar", None, None, "civilians",
     "ied", 1, "killing one driver", 1, "injuring his co-driver")])

e, rd = "2023-02-22", "2023-02-23"
ph = "%s evening" % W(e)
K("K4", rd, "Channel 8",
  "ŞINGAL - [[a|A drone struck a vehicle of the Yazidi-led Sinjar Resistance Units (YBŞ), which "
  "Ankara calls a PKK branch, in Xanesor, Şingal district, %s, killing two fighters]]. Turkey's "
  "defence ministry said its forces had carried out the strike. The YBŞ said no one else "
  "was wounded." % ph,
  [I("a", e, ph, "Xanesor, Şingal district", "Sinjar", "Nineveh", "Turkey", "claimed", "PKK",
     "airstrike_operation", 2, "killing two fighters", 0, "no one else was wounded")])

e, rd = "2022-04-25", "2022-04-26"
ph = "%s afternoon" % W(e)
K("K5", rd, "Payam",
  "ŞÊLADIZÊ - [[a|Turkish artillery shells fell on the village of Sîre, near Şêladizê "
  "(Sheladze), %s, killing a woman who was baking bread and injuring her two "
  "grandchildren]], the mayor of Şêladizê said, blaming the Turkish army. Hundreds of families "
  "have fled the villages near the border since the new Turkish operation began." % ph,
  [I("a", e, ph, "the village of Sîre, near Şêladizê (Sheladze)", "Sheladze", "Dohuk",
     "Turkey", "attributed", "civilians", "mortar_rocket", 1,
     "killing a woman who was baking bread", 2, "injuring her two grandchildren")])

e, rd = "2024-03-16", "2024-03-17"
ph = "%s night" % W(e)
K("K6", rd, "WAAR Media",
  "XANEQÎN - [[a|Two Kurdish farmers were killed when ISIS gunmen raided the village of "
  "Qoretû, in Xaneqîn district, %s]], a Kurdish member of the Diyala council said. He said "
  "the attackers came from the Hamrin range and that no one else was hurt." % ph,
  [I("a", e, ph, "the village of Qoretû, in Xaneqîn district", "Khanaqin", "Diyala", "ISIS",
     "attributed", "civilians", "shooting", 2, "Two Kurdish farmers were killed", 0,
     "no one else was hurt")])

e, rd = "2021-08-17", "2021-08-18"
ph = "%s night" % W(e)
K("K7", rd, "Zagros TV",
  "BAGHDAD - [[a|A hand grenade was thrown at the gate of the Kurdistan Democratic Party (KDP) "
  "branch office in Baghdad's Karrada district %s; the guards were unharmed and nobody else "
  "was hurt]], a KDP official said, calling on the federal government to protect Kurdish "
  "institutions in the capital. The office was burned by a mob in October 2020." % ph,
  [I("a", e, ph, "Baghdad's Karrada district", "Baghdad", "Baghdad", None, None, "", "other",
     0, "the guards were unharmed and nobody else was hurt", 0,
     "the guards were unharmed and nobody else was hurt")])

e, rd = "2024-09-14", "2024-09-15"
ph = "%s around 7pm" % W(e)
K("K8", rd, "Awene",
  "SILÊMANÎ - [[a|A drone believed to be Turkish struck a car on the outskirts of Ranya %s, "
  "killing two men and wounding a passer-by]], Ranya's police chief told Awene. Relatives said "
  "the two men were PKK members on leave; the passer-by, a taxi driver, was treated at Ranya "
  "hospital." % ph,
  [I("a", e, ph, "the outskirts of Ranya", "Ranya", "Sulaymaniyah", "Turkey", "suspected",
     "PKK+civilians", "airstrike_operation", 2, "killing two men", 1, "wounding a passer-by")])

e, rd = "2023-10-10", "2023-10-11"
ph = "on %s" % W(e)
K("K9", rd, "Hawlati",
  "HEWLÊR - [[a|A drone strike killed a young man from Xelîfan, in Soran district, as he drove "
  "a pick-up to his family's orchard %s; his companion escaped unhurt]]. His family denied he "
  "had any link to the PKK. Local officials said the drone was believed to be Turkish." % ph,
  [I("a", e, ph, "Xelîfan, in Soran district", "Soran", "Erbil", "Turkey", "suspected",
     "civilians", "airstrike_operation", 1, "killed a young man", 0,
     "his companion escaped unhurt")])

e, rd = "2025-03-12", "2025-03-13"
ph = "on " + W(e)
K("K10", rd, "Speda TV",
  "QELADIZÊ - [[a|Turkey's National Intelligence Organization (MIT) said it carried out a drone "
  "strike on a car near Qeladizê (Qaladze), in Pişder, %s, killing three PKK members]]. Local "
  "Asayish confirmed three bodies were recovered; there were no reports of other "
  "casualties." % ph,
  [I("a", e, ph, "a car near Qeladizê (Qaladze), in Pişder", "Qaladze", "Sulaymaniyah",
     "Turkey", "claimed", "PKK", "airstrike_operation", 3, "killing three PKK members", 0,
     "there were no reports of other casualties")])

e, rd = "2024-07-19", "2024-07-20"
ph = "on %s morning" % W(e)
K("K11", rd, "Kurdistan TV",
  "SÎDEKAN - [[a|Turkish artillery shelled the slopes around Sîdekan (Sidakan), in the Bradost "
  "area, %s, setting the oak forest ablaze; no person was harmed]], the subdistrict "
  "director said, blaming Turkish forces based on the nearby peaks. Fire crews could not "
  "reach the slopes because of the shelling." % ph,
  [I("a", e, ph, "the slopes around Sîdekan (Sidakan), in the Bradost area", "Sidakan", "Erbil",
     "Turkey", "attributed", "", "mortar_rocket", 0, "no person was harmed", 0,
     "no person was harmed")])


# ---------------------------------------------------------------- S
def S(key, rd, body, incs):
    doc(key, "S", rd, body, incs)


rd = "2022-05-20"; e = add(rd, -1)
ph = F(e, "{DD}/{MM}")
S("S1", rd,
  "KIRKUK POLICE COMMAND - OPERATIONS ROOM\nEvents register, 24 hours to 0600, %s\n\n"
  "1. [[a|Late yesterday (%s), at 2310, unknown gunmen fired on a checkpoint of the 2nd "
  "Emergency Regiment on the Kirkuk-Hawija road near Al-Multaqa, wounding two policemen]]. "
  "The attackers fled into the fields.\n2. A worker was electrocuted while repairing a "
  "transformer in Rahimawa; he died at the scene. Accidental.\n3. A quarrel between two "
  "minibus drivers at the Baghdad road garage; both detained, no injuries.\n4. Seizure of "
  "300 bottles of smuggled alcohol at the Maktab Khalid checkpoint." % (F(rd, "{DD}/{MM}/{YYYY}"), ph),
  [I("a", e, ph, "the Kirkuk-Hawija road near Al-Multaqa", "Multaqa", "Kirkuk", "unknown", None,
     "police", "shooting", None, None, 2, "wounding two policemen")])

rd = "2020-10-27"
ph = F(rd, "{DD}-{MM}-{YYYY}")
S("S2", rd,
  "Salahuddin Police Directorate - Bulletin No. 297 - %s\n\n"
  "- [[a|An explosive device placed on the side of the road exploded against a vehicle of the "
  "Salahuddin Operations Command near the village of Albu Ajeel, east of Tikrit, martyring one "
  "soldier and wounding an officer]]. Terrorist elements are behind it.\n- A citizen died "
  "of an electric shock while connecting a private generator line in Al-Dour. Accident.\n- "
  "Traffic: a collision on the Tikrit-Baiji highway, three injured.\n- Arrest of a wanted "
  "man under Article 4/Terrorism in Al-Ishaqi." % ph,
  [I("a", rd, ph, "the village of Albu Ajeel, east of Tikrit", "Tikrit", "Salahuddin", "unknown",
     None, "army", "ied", 1, "martyring one soldier", 1, "wounding an officer")])

rd = "2021-06-16"
ph = F(rd, "{DD}/{MM}/{YYYY}")
S("S3", rd,
  "Ramadi Police Command - night shift log - %s\n\n"
  "21:05 [[a|A sticky bomb attached to the car of a Ramadi municipal council member exploded "
  "in the Al-Tamim area of Ramadi; the member was not in the car and no one was injured]].\n"
  "22:40 Armed robbery of a mobile phone shop on 20th Street; the thieves took cash and "
  "fled. Criminal case opened.\n23:30 [[b|A hand grenade was thrown at a police checkpoint in "
  "Al-Khalidiya, injuring one policeman slightly]].\n01:15 Traffic accident on the "
  "expressway, no deaths." % ph,
  [I("a", rd, ph, "the Al-Tamim area of Ramadi", "Ramadi", "Anbar", None, None, "", "ied", 0,
     "no one was injured", 0, "no one was injured"),
   I("b", rd, ph, "a police checkpoint in Al-Khalidiya", "Khalidiya", "Anbar", None, None,
     "police", "other", None, None, 1, "injuring one policeman slightly")])

rd = "2023-02-14"
ph = F(rd, "{DD}/{MM}/{YYYY}")
S("S4", rd,
  "NINEVEH POLICE - RIGHT BANK SECTOR - INCIDENT LIST %s\n\n"
  "(1) [[a|Two unknown gunmen on a motorcycle killed a former parliamentary candidate outside "
  "his house in the Al-Islah al-Zirai neighbourhood of Mosul]]. An investigation has begun.\n"
  "(2) A dispute between neighbours over a parking space in Al-Yarmouk ended with one man "
  "wounded by a knife. No political motive; the assailant was arrested.\n(3) Fire in a "
  "clothing store in the old market; civil defence put it out.\n(4) Two men arrested for "
  "selling counterfeit medicines." % ph,
  [I("a", rd, ph, "the Al-Islah al-Zirai neighbourhood of Mosul", "Mosul", "Nineveh",
     "unknown", None, "civilians", "shooting", 1, "killed a former parliamentary candidate",
     None, None)])

rd = "2022-04-16"
ph = F(rd, "{DD}/{MM}/{YYYY}")
S("S5", rd,
  "Zakho District Police - daily summary %s\n\n"
  "a) [[a|An aircraft of unknown identity struck a pick-up on the road near the Bersivê camp, "
  "Zakho district, killing the driver; his passenger was wounded]].\nb) Customs officers at "
  "the Ibrahim Khalil crossing seized a lorry of undeclared cigarettes.\nc) A shepherd died "
  "of a scorpion sting in the hills above Batifa; natural causes.\nd) Two youths arrested "
  "for fighting at a football pitch. No injuries." % ph,
  [I("a", rd, ph, "the road near the Bersivê camp, Zakho district", "Zakho", "Dohuk", "unknown",
     None, "civilians", "airstrike_operation", 1, "killing the driver", 1,
     "his passenger was wounded")])

rd = "2024-03-26"
ph = F(rd, "{DD}/{MM}/{YYYY}")
S("S6", rd,
  "DIYALA OPERATIONS COMMAND - SITUATION LOG - %s\n\n"
  "* [[a|An IED exploded against a Popular Mobilization patrol in the Al-Wajihiya subdistrict "
  "of Muqdadiyah district, killing one fighter and wounding three]].\n* [[b|A sniper fired on "
  "an army post in the Hamrin mountains, north-east of Al-Udhaim, wounding a soldier]].\n* "
  "Forty sheep died after drinking from a contaminated pond in Balad Ruz; veterinary teams "
  "sent. Not hostile.\n* A house fire in Baquba caused by a heater; no casualties." % ph,
  [I("a", rd, ph, "the Al-Wajihiya subdistrict of Muqdadiyah district", "Muqdadiyah", "Diyala",
     None, None, "PMU", "ied", 1, "killing one fighter", 3, "wounding three"),
   I("b", rd, ph, "the Hamrin mountains, north-east of Al-Udhaim", "Hamrin mountains", "Diyala",
     "unknown", None, "army", "shooting", None, None, 1, "wounding a soldier")])

rd = "2021-08-19"
ph = F(rd, "{DD}/{MM}/{YYYY}")
S("S7", rd,
  "Baghdad Police - Al-Rusafa 2nd sector - daily incidents %s\n\n"
  "1. [[a|An explosive device placed under a stall selling alcohol exploded in Al-Ubaidi, "
  "eastern Baghdad, injuring the stall owner and a passer-by]]. No deaths.\n2. Three armed "
  "men robbed a currency exchange shop in Baghdad al-Jadida and escaped with cash. "
  "Criminal; no political motive.\n3. A fire broke out in a house in Al-Mashtal because of "
  "an overloaded cable.\n4. Seizure of 2 kg of crystal meth at a checkpoint." % ph,
  [I("a", rd, ph, "Al-Ubaidi, eastern Baghdad", "Baghdad",
     "Baghdad", None, None, "civilians", "ied", 0, "No deaths", 2,
     "injuring the stall owner and a passer-by")])

rd = "2020-02-17"
ph = F(rd, "{DD}/{MM}/{YYYY}")
S("S8", rd,
  "BASRA OIL POLICE DIRECTORATE\nDaily log, %s\n\n"
  "- [[a|An explosive charge damaged the crude export pipeline near Al-Faw, south of Basra; "
  "there were no casualties among the guards or workers]]. Pumping was halted for six "
  "hours.\n- A patrol found an illegal tap on a products line near Abu al-Khasib; three "
  "men arrested for theft.\n- A fire at a contractor's yard in Al-Zubair was caused by a gas "
  "leak. Not an attack." % ph,
  [I("a", rd, ph, "the crude export pipeline near Al-Faw", "Faw", "Basra", None, None, "", "ied",
     0, "there were no casualties among the guards or workers", 0,
     "there were no casualties among the guards or workers")])

rd = "2022-09-14"
ph = F(rd, "{DD}/{MM}/{YYYY}")
S("S9", rd,
  "Karbala Police Command - Arbaeen security cell - report of %s\n\n"
  "1. [[a|Unknown persons threw a hand grenade near a pilgrims' rest tent on the Al-Hussainiya "
  "road, Karbala district, wounding two pilgrims]]. Nobody was killed.\n2. 312 pilgrims "
  "treated for heat exhaustion.\n3. 27 lost children returned to their families.\n4. A "
  "collision between two buses near the northern entrance; four hurt. Accident." % ph,
  [I("a", rd, ph, "a pilgrims' rest tent on the Al-Hussainiya road, Karbala district", "Karbala",
     "Karbala", "unknown", None, "civilians", "other", 0, "Nobody was killed", 2,
     "wounding two pilgrims")])

rd = "2023-11-23"
ph = F(rd, "{DD}/{MM}/{YYYY}")
S("S10", rd,
  "Al-Qadisiyah Police - Afak district station - entries for %s\n\n"
  "- [[a|An explosive device went off at the gate of a police officer's house in Afak; the "
  "officer's family was unhurt]].\n- Two men of the same clan were wounded in a gunfight "
  "over irrigation water in a village south of Afak. Tribal, no political motive; the "
  "elders are mediating.\n- A car stolen from outside the hospital was recovered." % ph,
  [I("a", rd, ph, "the gate of a police officer's house in Afak", "Afak", "Qadisiyah", None,
     None, "", "ied", 0, "the officer's family was unhurt", 0, "the officer's family was unhurt")])

rd = "2025-01-22"
ph = F(rd, "{DD}/{MM}/{YYYY}")
S("S11", rd,
  "Erbil Police General Directorate - daily events - %s\n\n"
  "1. [[a|Air defences brought down an explosive-laden drone near Bahirka, north of Erbil, "
  "with no injuries to anyone]]. Experts took the debris.\n2. A fire destroyed a car parts "
  "warehouse in the industrial area; cause under investigation, no injuries.\n3. Traffic: "
  "11 accidents across the province, one death." % ph,
  [I("a", rd, ph, "near Bahirka, north of Erbil", "Bahirka", "Erbil", None, None, "", "other",
     0, "with no injuries to anyone", 0, "with no injuries to anyone")])
