"""realworld7 data: J (containers), X (court verdict summaries, invented),
Y (condolence / mourning notices, invented)."""
import json
from lib import I, doc, F, W, add

# ======================================================================== J
def Jjson(key, rd, title, outlet, body, incs, published=None):
    doc(key, "J", rd, body, incs, ext="json", title=title, outlet=outlet, published=published or rd)

def Jhtml(key, rd, title, outlet, body, incs):
    doc(key, "J", rd, body, incs, ext="html", title=title, outlet=outlet)

def Jmd(key, rd, title, body, incs):
    fm = json.dumps({"title": title, "date": rd, "tags": ["security"]}, ensure_ascii=False, indent=2)
    doc(key, "J", rd, fm + "\n\n# " + title + "\n\n" + body, incs, ext="md")

rd = "2023-09-26"; e = add(rd, -1); ph = f"{W(e)} evening"
Jjson("j-rabia", rd, "Border guard killed near Rabia", "Nineveh Gate",
  f"[[a|A roadside bomb struck a border-guard vehicle near Rabia, on the Syrian frontier, on {ph}, killing one guard and injuring two]], the border forces command said. It blamed IS infiltrators crossing from Syria. The wounded were taken to Tal Afar hospital, and the army sent reinforcements to the border strip.",
  [I("a", e, ph, "near Rabia", "Rabia", "Nineveh", "ISIS", "attributed", "security forces", "ied", 1, "killing one guard", 2, "injuring two")],
  published=rd + "T09:12:00Z")

rd = "2021-11-26"; e = add(rd, -1); ph = f"on {W(e)} night"
Jhtml("j-domiz", rd, "Blast outside Turkmen party office in Kirkuk", "Kirkuk Turkmen Voice",
  f"[[a|An explosive device went off outside a Turkmen Front office in Kirkuk's Domiz quarter {ph}, injuring a guard]]. No one was killed. Party officials said the office had received threats.\n\nPolice cordoned off the street until the morning.",
  [I("a", e, ph, "Kirkuk's Domiz quarter", "Kirkuk", "Kirkuk", None, None, "civilians", "ied", 0, "No one was killed", 1, "injuring a guard")])

rd = "2022-07-19"; e = add(rd, -1); ph = F(e, "on the night of the {Do}")
Jmd("j-kanaan", rd, "Two brothers shot dead in Kanaan",
  f"[[a|Gunmen shot dead two brothers at their farm in the Kanaan subdistrict, east of Baquba, {ph}]], relatives said. No one else was present. A local official blamed Daesh remnants active in the orchards and said the security forces had begun a search.",
  [I("a", e, ph, "the Kanaan subdistrict, east of Baquba", "Kanaan", "Diyala", "ISIS", "attributed", "civilians", "shooting", 2, "shot dead two brothers", None, None)])

rd = "2024-04-12"; e = add(rd, -1); ph = f"on {W(e)} afternoon"
Jjson("j-anah", rd, "Village headman killed in Anah", "Euphrates Post",
  f"[[a|Gunmen shot dead a village headman outside his guest house in Anah, western Anbar, {ph}]]; nobody else was harmed. Police did not say who they suspected. The headman had helped displaced families return to the town after 2017 and sat on the local reconciliation committee.",
  [I("a", e, ph, "outside his guest house in Anah", "Anah", "Anbar", "unknown", None, "civilians", "shooting", 1, "shot dead a village headman", 0, "nobody else was harmed")])

rd = "2020-01-03"; e = rd; ph = f"in the first hour of {W(e)}"
Jhtml("j-airport-strike", rd, "US strike near Baghdad airport kills PMF deputy chief", "Iraq Report",
  f"[[a|A US drone strike hit two vehicles on the airport road at Baghdad International Airport {ph}, killing ten people, among them the deputy head of the Popular Mobilization Forces]]. The Pentagon said the strike was carried out on the orders of the US president.\n\nThe PMF declared three days of mourning.",
  [I("a", e, ph, "the airport road at Baghdad International Airport", "Baghdad", "Baghdad", "US forces", "claimed", "PMU", "airstrike_operation", 10, "killing ten people", None, None)])

rd = "2023-03-29"; e = add(rd, -2); ph = F(e, "on {D} March")
Jmd("j-sulaiman-bek", rd, "PMU fighter killed near Sulaiman Bek",
  f"[[a|IS fighters attacked a Popular Mobilization post in the Sulaiman Bek subdistrict of Tuz Khurmatu district {ph}, killing one fighter and injuring another]], the PMU media office said. The post overlooks the road to the Hamrin hills.",
  [I("a", e, ph, "the Sulaiman Bek subdistrict of Tuz Khurmatu district", "Tuz Khurmatu", "Salahuddin", "ISIS", "attributed", "PMU", "shooting", 1, "killing one fighter", 1, "injuring another")])

rd = "2024-08-13"; e = add(rd, -1); ph = f"on {W(e)}"
Jjson("j-sarsing", rd, "Drone kills man near Sarsing", "Dohuk 24",
  f"[[a|A Turkish drone strike killed a man in a car near Sarsing, Amedi district, {ph}]], the district mayor said, blaming Turkey. The man's identity was not released. Residents said drones had circled the valley for days, and several families have left for Dohuk city.",
  [I("a", e, ph, "near Sarsing, Amedi district", "Amedi", "Dohuk", "Turkey", "attributed", "civilians", "airstrike_operation", 1, "killed a man", None, None)],
  published=rd + "T16:40:00+03:00")

rd = "2021-01-20"; e = add(rd, -1); ph = f"before dawn on {W(e)}"
Jhtml("j-gharraf", rd, "Bomb targets oil official's house in Al-Gharraf", "Dhi Qar Network",
  f"[[a|An explosive device blew out the windows of the house of a Dhi Qar oil company official in Al-Gharraf {ph}]]. The official and his family walked away unscathed. Police said investigations were ongoing.",
  [I("a", e, ph, "the house of a Dhi Qar oil company official in Al-Gharraf", "Gharraf", "Dhi Qar", None, None, "", "ied", 0, "walked away unscathed", 0, "walked away unscathed")])

rd = "2022-04-05"; e = add(rd, -1); ph = f"on {W(e)} evening"
Jmd("j-warka", rd, "Tribal sheikh killed by bomb in Al-Warka",
  f"[[a|A bomb placed under the car of a tribal sheikh exploded in Al-Warka, Muthanna, {ph}, killing him and injuring two of his sons]]. Police said the sheikh had been mediating a land dispute. No group claimed responsibility.",
  [I("a", e, ph, "Al-Warka", "Warka", "Muthanna", "unknown", "unclaimed", "civilians", "ied", 1, "killing him", 2, "injuring two of his sons")])

rd = "2023-10-17"; e = add(rd, -1); ph = f"on {W(e)}"
Jjson("j-mishkhab", rd, "Roadside bomb hits police car in Al-Mishkhab", "Najaf Today",
  f"[[a|A roadside bomb hit a police car in Al-Mishkhab, south of Najaf, {ph}, injuring two policemen]]. None of the officers died. The motive was not known. Police closed the road for several hours and began an investigation into who planted the device.",
  [I("a", e, ph, "Al-Mishkhab, south of Najaf", "Mishkhab", "Najaf", None, None, "police", "ied", 0, "None of the officers died", 2, "injuring two policemen")])

rd = "2019-11-21"; e = add(rd, -1); ph = f"on {W(e)} night"
Jhtml("j-badra", rd, "Customs officer killed near Zurbatiya crossing", "Wasit Online",
  f"[[a|Gunmen killed a customs officer near the Zurbatiya border crossing outside Badra, Wasit, {ph}]]. A colleague was wounded in the leg. Police suspect smugglers angered by a crackdown but have not ruled out other motives.",
  [I("a", e, ph, "near the Zurbatiya border crossing outside Badra", "Badra", "Wasit", "unknown", None, "security forces", "shooting", 1, "Gunmen killed a customs officer", 1, "A colleague was wounded in the leg")])

# ======================================================================== X
def X(key, rd, court, case, body, incs):
    txt = ("%s — VERDICT SUMMARY\nIssued %s | Case no. %s\n\n%s\n\nThe verdict is subject to appeal before the Federal Court of Cassation."
           % (court, F(rd, "{D} {Month} {YYYY}"), case, body))
    doc(key, "X", rd, txt, incs)

e = "2023-09-07"; ph = F(e, "on {D} {Month} {YYYY}")
X("x-zummar", "2024-06-11", "NINEVEH CRIMINAL COURT (Anti-Terrorism Panel)", "812/J/2024",
  f"The panel convicted two defendants under Article 4(1) of the Anti-Terrorism Law for their part in [[a|the attack {ph} on an army post near Zummar, north-west of Mosul, in which two soldiers were killed and one was wounded]]. The court found both were members of the Daesh terrorist organisation. Sentence: death by hanging.",
  [I("a", e, ph, "near Zummar, north-west of Mosul", "Zummar", "Nineveh", "ISIS", "attributed", "army", "shooting", 2, "two soldiers were killed", 1, "one was wounded")])

e = "2021-11-19"; ph = F(e, "on the evening of {DD}.{MM}.{YYYY}")
X("x-qarahanjir", "2022-10-04", "KIRKUK CRIMINAL COURT, Second Panel", "1930/J/2022",
  f"The defendant was found guilty of planting the device used in [[a|the bombing of an army patrol {ph} near Qara Hanjir, east of Kirkuk, which killed three soldiers and injured two]]. The court established his membership of ISIS. Sentence: life imprisonment.",
  [I("a", e, ph, "near Qara Hanjir, east of Kirkuk", "Qara Hanjir", "Kirkuk", "ISIS", "attributed", "army", "ied", 3, "killed three soldiers", 2, "injured two")])

e = "2022-07-27"; ph = F(e, "on {D} {Month} {YYYY}")
X("x-mansuriya", "2023-05-16", "DIYALA CRIMINAL COURT (Terrorism Cases)", "344/J/2023",
  f"Three men were convicted of [[a|abducting two lorry drivers on the road near Mansuriyat al-Jabal {ph} and killing them the same night]]. The court found the cell belonged to Daesh. Sentence: death by hanging for all three.",
  [I("a", e, ph, "the road near Mansuriyat al-Jabal", "Mansuriyat al-Jabal", "Diyala", "ISIS", "attributed", "civilians", "kidnapping+shooting", 2, "killing them the same night", None, None)])

e = "2024-04-09"; ph = F(e, "on {D}/{M}/{YYYY} (day/month)")
X("x-ubaydi", "2025-02-03", "ANBAR CRIMINAL COURT (Anti-Terrorism Panel)", "97/J/2025",
  f"The court convicted the accused of taking part in [[a|the bombing of a tribal mobilisation vehicle in Al-Ubaydi {ph}, in which two fighters were killed and three sustained wounds]]. The court relied on his confession and on phone records linking him to an IS cell. Sentence: death.",
  [I("a", e, ph, "Al-Ubaydi", "Ubaydi", "Anbar", "ISIS", "attributed", "PMU", "ied", 2, "two fighters were killed", 3, "three sustained wounds")])

e = "2020-01-16"; ph = F(e, "on {D} {Month} {YYYY}")
X("x-rashidiya", "2021-03-09", "CENTRAL CRIMINAL COURT OF IRAQ (Rusafa), Anti-Terrorism Chamber", "220/J/2021",
  f"The chamber convicted the defendant of [[a|detonating an explosive device at a vegetable stall in Al-Rashidiya, north of Baghdad, {ph}, killing one vendor and injuring four customers]]. The court found him to be a member of ISIS. Sentence: death by hanging.",
  [I("a", e, ph, "a vegetable stall in Al-Rashidiya, north of Baghdad", "Rashidiya", "Baghdad", "ISIS", "attributed", "civilians", "ied", 1, "killing one vendor", 4, "injuring four customers")])

e = "2023-03-25"; ph = F(e, "in the night of {D} {Month} {YYYY}")
X("x-amirli", "2024-01-22", "SALAHUDDIN CRIMINAL COURT (Anti-Terrorism Panel)", "51/J/2024",
  f"The panel sentenced two men to life imprisonment over [[a|the attack {ph} on a Popular Mobilization post outside Amirli, in which one fighter died and two were injured]]. Both admitted belonging to Daesh.",
  [I("a", e, ph, "a Popular Mobilization post outside Amirli", "Amirli", "Salahuddin", "ISIS", "attributed", "PMU", "shooting", 1, "one fighter died", 2, "two were injured")])

e = "2024-08-17"; ph = F(e, "on {D} {Month} {YYYY}")
X("x-deraluk", "2025-01-14", "DUHOK CRIMINAL COURT", "1102/2024",
  f"The court convicted the accused of membership of the PKK and of [[a|planting an explosive device that wounded two Peshmerga near Deraluk {ph}]]. No one was killed in that attack, the judgment notes. Sentence: 15 years' imprisonment.",
  [I("a", e, ph, "near Deraluk", "Deraluk", "Dohuk", "PKK", "attributed", "Peshmerga", "ied", 0, "No one was killed", 2, "wounded two Peshmerga")])

e = "2022-09-08"; ph = F(e, "on {D} {Month} {YYYY}")
X("x-ain-tamr", "2023-04-25", "KARBALA CRIMINAL COURT (Terrorism Cases)", "77/J/2023",
  f"The court convicted the defendant of [[a|throwing a hand grenade at a pilgrims' rest station on the desert road near Ain al-Tamr {ph}, injuring five pilgrims]]; none died. It found he acted for Daesh. Sentence: death.",
  [I("a", e, ph, "a pilgrims' rest station on the desert road near Ain al-Tamr", "Ain al-Tamr", "Karbala", "ISIS", "attributed", "civilians", "other", 0, "none died", 5, "injuring five pilgrims")])

e = "2021-06-12"; ph = F(e, "on {D} {Month} {YYYY}")
X("x-maymuna", "2022-02-28", "MAYSAN CRIMINAL COURT", "409/2022",
  f"The court found two men guilty of [[a|the assassination of a lawyer outside his office in Al-Maymuna {ph}]]; he died at the scene. The court did not establish who ordered the killing. Sentence: death by hanging.",
  [I("a", e, ph, "outside his office in Al-Maymuna", "Maymuna", "Maysan", "unknown", None, "civilians", "shooting", 1, "he died at the scene", None, None)])

e = "2020-03-03"; ph = F(e, "on {D} {Month} {YYYY}")
X("x-daghara", "2021-01-12", "QADISIYAH CRIMINAL COURT", "15/J/2021",
  f"The court convicted the accused of [[a|planting a bomb outside a mobile-phone shop in Al-Daghara {ph}, killing the owner and injuring a customer]]. The motive, the court said, was to intimidate the owner's brother, a protest leader. Sentence: life.",
  [I("a", e, ph, "outside a mobile-phone shop in Al-Daghara", "Daghara", "Qadisiyah", None, None, "civilians", "ied", 1, "killing the owner", 1, "injuring a customer")])

e = "2021-02-15"; ph = F(e, "on the night of {D} {Month} {YYYY}")
X("x-erbil-rockets", "2022-05-30", "ERBIL CRIMINAL COURT", "688/2022",
  f"The court convicted three men over [[a|the rocket attack {ph} on Erbil airport and surrounding districts, which killed a foreign contractor and wounded nine people, among them a US soldier]]. The court said they acted for an armed faction it did not name. Sentence: death.",
  [I("a", e, ph, "Erbil airport and surrounding districts", "Erbil", "Erbil", "unknown", None, "US forces+civilians", "mortar_rocket", 1, "killed a foreign contractor", 9, "wounded nine people")])

# ======================================================================== Y
def Y(key, rd, paper, body, incs):
    doc(key, "Y", rd, "CONDOLENCE NOTICE — %s, %s\n\n%s\n\nTo God we belong and to Him we return." % (paper, F(rd, "{D} {Month} {YYYY}"), body), incs)

rd = "2023-09-17"; e = add(rd, -2); ph = F(e, "on {Wd}, {D} {Month}")
Y("y-talabtah", rd, "Nineveh newspaper",
  f"With hearts content with God's decree, the Shammar clan mourns its son, the soldier Ahmed Khalaf, who rose to his Lord {ph}, [[a|when Daesh gangs attacked his army post near Tal Abtah, south of Tal Afar; his comrade was wounded]]. Condolences are received at the clan guest house in Rabia for three days.",
  [I("a", e, ph, "near Tal Abtah, south of Tal Afar", "Tal Abtah", "Nineveh", "ISIS", "attributed", "army", "shooting", 1, "rose to his Lord", 1, "his comrade was wounded")])

rd = "2021-11-11"; e = add(rd, -1); ph = F(e, "on {Wd} {D} {Month}")
Y("y-yaychi", rd, "Kirkuk daily",
  f"The Albu Hamdan clan mourns the martyr, policeman Saad Jassim, [[a|killed {ph} by the treacherous bullets of Daesh at his post in the Yaychi subdistrict]]. The Fatiha will be held at the family home in the Wahid Huzairan quarter.",
  [I("a", e, ph, "his post in the Yaychi subdistrict", "Yaychi", "Kirkuk", "ISIS", "attributed", "police", "shooting", 1, "killed", None, None)])

rd = "2022-07-23"; e = add(rd, -2); ph = F(e, "on {D} {Month} {YYYY}")
Y("y-udhaim", rd, "Diyala newspaper",
  f"The Azza clan mourns its son, the Hashd fighter Mohammed Hamid, who was martyred {ph} [[a|when an explosive device struck his vehicle near Al-Udhaim; two of his companions are recovering from their wounds]]. Mourners are received at the Azza guest house in Al-Khalis.",
  [I("a", e, ph, "near Al-Udhaim", "Udhaim", "Diyala", None, None, "PMU", "ied", 1, "was martyred", 2, "two of his companions are recovering from their wounds")])

rd = "2024-04-08"; e = add(rd, -2); ph = F(e, "on {Wd}")
Y("y-wafa", rd, "Anbar newspaper",
  f"The Albu Nimr clan mourns the young man Omar Faisal, [[a|taken from us {ph} by the treacherous hand of Daesh on the road near Al-Wafa]]. His cousin was spared. The Fatiha is held at the guest house of Sheikh Naeem in Hit.",
  [I("a", e, ph, "the road near Al-Wafa", "Wafa", "Anbar", "ISIS", "attributed", "civilians", "shooting", 1, "taken from us", 0, "His cousin was spared")])

rd = "2020-01-30"; e = add(rd, -3); ph = F(e, "on {Wd}, {D} {Month}")
Y("y-sinak", rd, "Baghdad weekly",
  f"The family of the martyr of Tahrir, Hussein Ali (19), mourns its son, [[a|struck in the head by a tear-gas canister on Al-Sinak bridge in Baghdad {ph}]]; he passed to God's mercy in Al-Kindi hospital. The Fatiha is held in Al-Shaab.",
  [I("a", e, ph, "Al-Sinak bridge in Baghdad", "Baghdad", "Baghdad", None, None, "civilians", "other", 1, "he passed to God's mercy", None, None)])

rd = "2023-03-11"; e = add(rd, -1); ph = F(e, "on {Wd} {D}/{M}")
Y("y-makhoul", rd, "Salahuddin newspaper",
  f"The Jubour clan of Baiji mourns its son, the soldier Ali Hussein, [[a|martyred {ph} in the Makhoul mountains north of Baiji when IS remnants fired on his unit; two of his comrades were injured]]. Condolences at the clan hall for three days.",
  [I("a", e, ph, "the Makhoul mountains north of Baiji", "Makhoul mountains", "Salahuddin", "ISIS", "attributed", "army", "shooting", 1, "martyred", 2, "two of his comrades were injured")])

rd = "2024-08-08"; e = add(rd, -1); ph = F(e, "on {Wd}")
Y("y-kanibalav", rd, "Duhok weekly",
  f"The family of Hozan Yousif of Kani Balav village mourns their son, [[a|who lost his life {ph} when a Turkish bombardment hit his field at Kani Balav, Amedi district]]. Mourners are received at the village mosque.",
  [I("a", e, ph, "Kani Balav, Amedi district", "Amedi", "Dohuk", "Turkey", "attributed", "civilians", "airstrike_operation", 1, "who lost his life", None, None)])

rd = "2022-01-25"; e = add(rd, -2); ph = F(e, "on {Wd} evening")
Y("y-abukhasib", rd, "Basra newspaper",
  f"The Halaf clan mourns its sheikh, Hajj Abbas Mutar, [[a|assassinated {ph} by gunmen outside his guest house in Abu al-Khasib]]; his driver survived with a wound to the shoulder. The Fatiha is held at the guest house.",
  [I("a", e, ph, "outside his guest house in Abu al-Khasib", "Abu al-Khasib", "Basra", "unknown", None, "civilians", "shooting", 1, "assassinated", 1, "his driver survived with a wound to the shoulder")])

rd = "2021-09-06"; e = add(rd, -1); ph = F(e, "on {Wd} {D} {Month}")
Y("y-kifl", rd, "Babil newspaper",
  f"The family of the engineer Karrar Salman mourns their son, [[a|who fell {ph} when a bomb planted under his car exploded in Al-Kifl]]. He had been standing as a candidate in the coming elections. The Fatiha is held in Al-Kifl.",
  [I("a", e, ph, "Al-Kifl", "Kifl", "Babil", None, None, "civilians", "ied", 1, "who fell", None, None)])

rd = "2020-05-13"; e = add(rd, -2); ph = F(e, "on {Wd}")
Y("y-hay", rd, "Wasit newspaper",
  f"The Rabia clan mourns its son, police lieutenant Haider Kadhim, [[a|martyred {ph} while on duty when gunmen fired on his patrol in Al-Hay district]]; a fellow officer was wounded. Condolences at the family home.",
  [I("a", e, ph, "his patrol in Al-Hay district", "Hay", "Wasit", "unknown", None, "police", "shooting", 1, "martyred", 1, "a fellow officer was wounded")])

rd = "2023-06-29"; e = add(rd, -1); ph = F(e, "on {Wd}")
Y("y-haydariya", rd, "Najaf newspaper",
  f"The family of the activist Mustafa Naji mourns their son, [[a|shot dead {ph} by unknown gunmen near his home in Al-Haydariya, north of Najaf]]. Mourners are received at the Haydariya mosque hall.",
  [I("a", e, ph, "near his home in Al-Haydariya, north of Najaf", "Haydariya", "Najaf", "unknown", None, "civilians", "shooting", 1, "shot dead", None, None)])
