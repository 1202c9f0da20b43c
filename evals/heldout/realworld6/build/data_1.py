"""Styles A (coder notes, yearless dates), B (database summaries), C (wire copy)."""
from lib import I, doc, F, W, add


def A(key, pub, outlet, coder, body, incs):
    head = "CODING SHEET // ev %s // source: %s // published %s // coder %s\n\n" % (
        key.replace("A", "IQ6-A0"), outlet, F(pub, "{D} {Month} {YYYY}"), coder)
    doc(key, "A", pub, head + body, incs)


# ---------------------------------------------------------------- A
e = "2022-05-07"
A("A1", "2022-05-09", "Shafaq News (Arabic)", "RK",
  "[[a|On May the 7th, gunmen the source calls Daesh remnants fired on a Federal Police patrol "
  "near Tal Ali, in Hawija district, Kirkuk province, leaving a pair of Federal Police officers "
  "dead and a third hurt.]] The patrol had been sent after villagers reported movement in the "
  "orchards at dusk.\n\nSub-event: armed clash / attack. Actor 1: IS (named by police). "
  "Actor 2: Federal Police. Location precision: village, district given. Fatalities as per "
  "source: 2. Note: the third officer was moved to Kirkuk.",
  [I("a", e, "On May the 7th", "Tal Ali, in Hawija district", "Hawija", "Kirkuk", "ISIS",
     "attributed", "police", "shooting", 2, "leaving a pair of Federal Police officers dead", 1,
     "a third hurt")])

e = "2024-03-11"
A("A2", "2024-03-13", "Baghdad Today", "SN",
  "[[a|On 11 Mar., a roadside bomb struck a Popular Mobilization vehicle on a farm track near "
  "Abu Khamis village, Muqdadiyah district, Diyala, killing one PMF member and injuring two "
  "others.]] No group has come forward. Coder comment: the source writes 'Abu Khamees'; "
  "standardised here. Geo-precision 2. The brigade is locally recruited.\n\nFatalities: 1.",
  [I("a", e, "On 11 Mar.", "Abu Khamis village, Muqdadiyah district", "Muqdadiyah", "Diyala",
     "unknown", "unclaimed", "PMU", "ied", 1, "killing one PMF member", 2, "injuring two others")])

e = "2021-06-19"
A("A3", "2021-06-21", "INA (Iraqi News Agency)", "DM",
  "[[a|On Saturday the 19th, an explosive device detonated beneath an Iraqi army Humvee on the "
  "international highway east of Rutba, Anbar; three soldiers died at the scene and a fourth "
  "was lightly wounded.]] The army attributed the device to Daesh cells active in Wadi "
  "Houran.\n\nCoder comment: 'Saturday the 19th' resolved against the publication date. "
  "Sub-event: remote explosive / landmine / IED. Fatalities: 3.",
  [I("a", e, "On Saturday the 19th", "the international highway east of Rutba", "Rutba", "Anbar",
     "ISIS", "attributed", "army", "ied", 3, "three soldiers died at the scene", 1,
     "a fourth was lightly wounded")])

e = "2023-02-04"
A("A4", "2023-02-06", "Rudaw English", "LK",
  "[[a|Early on 4 Feb., suspected ISIS fighters abducted and later shot dead a 60-year-old "
  "sheep herder in the desert south of Al-Baaj, Nineveh.]] His son, who ran to a nearby army "
  "post, was unharmed, and no one else was hurt. Coder comment: kidnapping + killing coded as one event. Source "
  "reliability: moderate. Fatalities: 1.",
  [I("a", e, "Early on 4 Feb.", "the desert south of Al-Baaj", "Baaj", "Nineveh", "ISIS",
     "suspected", "civilians", "kidnapping+shooting", 1, "shot dead a 60-year-old sheep herder",
     0, "no one else was hurt")])

e = "2022-04-22"
A("A5", "2022-04-24", "Kurdistan24", "LK",
  "[[a|On 22nd Apr., a drone struck a tractor on the edge of the village of Chalke, in Amedi "
  "district, Duhok; the village mukhtar blamed the Turkish military.]] Two farm workers "
  "suffered shrapnel wounds and nobody lost their life, per the mukhtar.\n\nActor 1: Military "
  "Forces of Turkey. Sub-event: drone strike. Note: Operation Claw-Lock began earlier the "
  "same week. Fatalities: 0.",
  [I("a", e, "On 22nd Apr.", "the village of Chalke, in Amedi district", "Amedi", "Dohuk",
     "Turkey", "attributed", "civilians", "airstrike_operation", 0, "nobody lost their life",
     2, "Two farm workers suffered shrapnel wounds")])

e = "2021-08-13"
A("A6", "2021-08-16", "Alsumaria (Arabic)", "SN",
  "[[a|Late on 13 Aug., a magnetic bomb fixed under the car of an Electricity Ministry "
  "engineer exploded in Al-Dora, southern Baghdad, killing him outright.]] No passer-by was "
  "hurt, the source adds. Police described the attackers only as 'outlaws'.\n\nCoder "
  "comment: target is a civil servant, coded civilians. Fatalities: 1.",
  [I("a", e, "Late on 13 Aug.", "Al-Dora, southern Baghdad", "Baghdad", "Baghdad", "unknown",
     "attributed", "civilians", "ied", 1, "killing him outright", 0, "No passer-by was hurt")])

e = "2019-12-30"
A("A7", "2020-01-02", "Reuters", "DM",
  "[[a|On 30th Dec., two Katyusha rockets landed inside a camp housing oil-company workers "
  "at Al-Zubair, west of Basra, with nobody hurt.]] The camp lies a few kilometres from the "
  "Rumaila field offices. No attacker is named in the source.\n\nCoder comment: year "
  "inferred from publication date (2 Jan). Fatalities: 0.",
  [I("a", e, "On 30th Dec.", "a camp housing oil-company workers at Al-Zubair", "Zubair",
     "Basra", None, None, "", "mortar_rocket", 0, "with nobody hurt", 0, "with nobody hurt")])

e = "2023-07-17"
A("A8", "2023-07-19", "Draw Media", "RK",
  "[[a|On Jul. 17, a drone hit a car on the Arbat-Sulaymaniyah road near Arbat, killing two "
  "men whom the PKK later mourned as its members.]] Local officials suspect a Turkish drone; "
  "Ankara did not comment.\n\nActor 1: Turkey (suspected). Actor 2: PKK. Sub-event: drone "
  "strike. Fatalities: 2.",
  [I("a", e, "On Jul. 17", "the Arbat-Sulaymaniyah road near Arbat", "Arbat", "Sulaymaniyah",
     "Turkey", "suspected", "PKK", "airstrike_operation", 2, "killing two men", None, None)])

e = "2022-09-27"
A("A9", "2022-09-29", "Al-Mada (Arabic)", "DM",
  "[[a|On 27.09 (day.month), unknown gunmen on a motorbike shot and wounded a candidate's "
  "campaign manager outside his home in Al-Jumhuriya, Nasiriyah, Dhi Qar.]] Coder comment: "
  "the victim, 41, was taken to Al-Hussein Teaching Hospital; no fatalities reported by the "
  "source, which gives no other casualties.\n\nSub-event: attack. Fatalities: 0.",
  [I("a", e, "On 27.09 (day.month)", "Al-Jumhuriya, Nasiriyah", "Nasiriyah", "Dhi Qar",
     "unknown", None, "civilians", "shooting", 0, "no fatalities reported", 1,
     "shot and wounded a candidate's campaign manager")])

e = "2020-10-05"
A("A10", "2020-10-07", "Shafaq News (Arabic)", "RK",
  "[[a|Around midnight on 5-6 Oct., IS militants attacked a Tribal Mobilization post near "
  "Al-Eith, east of Samarra, killing one fighter and wounding another, before Iraqi army "
  "aircraft chased them into the orchards.]] The source calls it 'a Daesh infiltration'.\n\n"
  "Coder comment: overnight event coded to the first date. Fatalities: 1.",
  [I("a", e, "Around midnight on 5-6 Oct.", "Al-Eith, east of Samarra", "Samarra",
     "Salahuddin", "ISIS", "attributed", "PMU", "shooting", 1, "killing one fighter", 1,
     "wounding another")])

e = "2024-11-02"
A("A11", "2024-11-04", "Al-Sabah (Arabic)", "SN",
  "[[a|On Nov. 2, an explosive charge blew the front gate off the house of a Wasit "
  "provincial council member in Al-Kut, Wasit; the family was asleep upstairs and came to no "
  "harm.]] Police opened an investigation. No claim.\n\nCoder comment: property attack on a "
  "political figure; target left empty. Fatalities: 0.",
  [I("a", e, "On Nov. 2", "Al-Kut", "Kut", "Wasit", "unknown", "unclaimed", "", "ied", 0,
     "came to no harm", 0, "came to no harm")])


# ---------------------------------------------------------------- B
def B(key, iso, spec, body, incs, rd=None, phrase=True):
    hdr = F(iso, spec) if phrase else spec
    txt = "[[a|%s: %s]]" % (hdr, body[0]) + body[1]
    doc(key, "B", rd, txt, incs)
    return hdr


e = "2022-05-15"
h = F(e, "{Month} {D} {YYYY} ({Wd})")
B("B1", e, "{Month} {D} {YYYY} ({Wd})",
  ("An improvised explosive device attached to a parked motorcycle detonated near a row of "
   "vegetable stalls in the Shorja quarter of Kirkuk city, Kirkuk governorate. One civilian "
   "was killed and six civilians were injured.",
   " The perpetrators are unknown and no group claimed responsibility.\n\nAttack type: "
   "Bombing/Explosion. Target type: Private citizens & property. Weapon: explosives "
   "(vehicle-borne, motorcycle). Property damage: minor (stalls)."),
  [I("a", e, h, "the Shorja quarter of Kirkuk city", "Kirkuk", "Kirkuk", "unknown", "unclaimed",
     "civilians", "ied", 1, "One civilian was killed", 6, "six civilians were injured")])

e = "2024-03-19"
h = F(e, "Event date {DD}\u00b7{MM}\u00b7{YYYY}")
B("B2", e, "Event date {DD}\u00b7{MM}\u00b7{YYYY}",
  ("Assailants opened fire on an Iraqi army observation post in the Qazaniya subdistrict of "
   "Mandali district, Diyala province, near the Iranian border. Two soldiers were killed and "
   "one soldier was wounded.",
   " Iraqi officials attributed the attack to Islamic State (IS) remnants.\n\nAttack type: "
   "Armed Assault. Target type: Military. Weapon: firearms (automatic rifles)."),
  [I("a", e, h, "the Qazaniya subdistrict of Mandali district", "Mandali", "Diyala", "ISIS",
     "attributed", "army", "shooting", 2, "Two soldiers were killed", 1,
     "one soldier was wounded")])

e = "2021-06-08"
h = F(e, "{Wdy} {Do} {Month} {YYYY}")
B("B3", e, "{Wdy} {Do} {Month} {YYYY}",
  ("Three rockets were fired at Ain al-Asad air base, Al-Baghdadi, Anbar province, which "
   "hosts US-led coalition personnel. A civilian contractor was slightly injured. There were "
   "no fatalities.",
   " The perpetrators are unknown.\n\nAttack type: Facility/Infrastructure Attack (rockets). "
   "Target type: Military; Business (contractor). Damage to a hangar roof was reported by "
   "base officials."),
  [I("a", e, h, "Ain al-Asad air base, Al-Baghdadi", "Baghdadi", "Anbar", "unknown", None,
     "US forces+civilians", "mortar_rocket", 0, "There were no fatalities", 1,
     "A civilian contractor was slightly injured")])

e = "2023-02-21"
h = F(e, "{YYYY}-{Mon}-{DD}")
B("B4", e, "{YYYY}-{Mon}-{DD}",
  ("A roadside bomb struck an Iraqi army vehicle on a rural road in the Badush area north-west "
   "of Mosul, Nineveh province. Two soldiers were killed and three were injured.",
   " Officials blamed IS fighters hiding in the nearby hills.\n\nAttack type: "
   "Bombing/Explosion. Target type: Military. Weapon: explosives (roadside). The vehicle, an "
   "unarmoured pick-up, was destroyed."),
  [I("a", e, h, "the Badush area north-west of Mosul", "Badush", "Nineveh", "ISIS",
     "attributed", "army", "ied", 2, "Two soldiers were killed", 3, "three were injured")])

e = "2022-04-27"
h = F(e, "{D} {Month}, {YYYY}")
B("B5", e, "{D} {Month}, {YYYY}",
  ("Turkish aircraft struck what the Turkish Ministry of National Defence described as PKK "
   "shelters near the village of Gare, in the Mangesh subdistrict of Duhok district, Duhok "
   "province. The ministry said four PKK militants were killed.",
   " No figure for wounded was given.\n\nAttack type: Armed Assault (air). Target type: "
   "Terrorists/Non-state militia. Perpetrator: Turkish Armed Forces (self-reported)."),
  [I("a", e, h, "the village of Gare, in the Mangesh subdistrict of Duhok district", "Dohuk",
     "Dohuk", "Turkey", "claimed", "PKK", "airstrike_operation", 4,
     "four PKK militants were killed", None, None)])

e = "2021-08-23"
h = F(e, "{D}/{M}/{YYYY} (d/m)")
B("B6", e, "{D}/{M}/{YYYY} (d/m)",
  ("Unidentified assailants threw a hand grenade at a goldsmith's shop in Al-Saydiya, Baghdad. "
   "No one was killed; the shop owner and a customer were injured.",
   " The motive was not established and no group claimed the attack.\n\nAttack type: "
   "Bombing/Explosion (grenade). Target type: Business. The owner belongs to the Sabean "
   "Mandaean community, according to local media."),
  [I("a", e, h, "a goldsmith's shop in Al-Saydiya, Baghdad", "Baghdad", "Baghdad", "unknown",
     "unclaimed", "civilians", "other", 0, "No one was killed", 2,
     "the shop owner and a customer were injured")])

e = "2020-02-20"
h = F(e, "{Wd} {D} {Month} {YYYY}")
B("B7", e, "{Wd} {D} {Month} {YYYY}",
  ("A roadside bomb exploded as a convoy of trucks carrying supplies for the US-led coalition "
   "passed on the Hilla-Diwaniyah road near Al-Hashimiya, Babil province. One driver was "
   "injured.",
   " No one was killed. The perpetrators are unknown.\n\nAttack type: Bombing/Explosion. "
   "Target type: Military (logistics contractor). Two trucks were damaged."),
  [I("a", e, h, "the Hilla-Diwaniyah road near Al-Hashimiya", "Hashimiya", "Babil", "unknown",
     None, "US forces", "ied", 0, "No one was killed", 1, "One driver was injured")])

e = "2020-10-18"
h = F(e, "{YYYY} {MM} {DD}")
B("B8", e, "{YYYY} {MM} {DD}",
  ("Assailants fired three mortar rounds at the Al-Askari neighbourhood of Tuz Khurmatu, "
   "Salah ad-Din province. Four civilians were injured; there were no fatalities.",
   " The perpetrators are unknown; local Turkmen officials accused IS cells in the Hamrin "
   "hills.\n\nAttack type: Bombing/Explosion (indirect fire). Target type: Private citizens "
   "& property. Weapon: mortars."),
  [I("a", e, h, "the Al-Askari neighbourhood of Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin",
     "ISIS", "attributed", "civilians", "mortar_rocket", 0, "there were no fatalities", 4,
     "Four civilians were injured")])

e = "2024-07-11"
h = F(e, "{Do} of {Month} {YYYY}")
B("B9", e, "{Do} of {Month} {YYYY}",
  ("Assailants set fire to the office of a political party in the Al-Askari neighbourhood of "
   "Najaf, Najaf province. The building was empty and there were no casualties.",
   "\n\nAttack type: Facility/Infrastructure Attack (arson). Target type: Government "
   "(political party). The perpetrators are unknown; the party blamed 'those who fear the "
   "ballot box'."),
  [I("a", e, h, "the office of a political party in the Al-Askari neighbourhood of Najaf",
     "Najaf", "Najaf", "unknown", None, "", "other", 0, "there were no casualties", 0,
     "there were no casualties")])

e = "2023-12-03"
h = F(e, "{Mon}. {D}, {YYYY}")
B("B10", e, "{Mon}. {D}, {YYYY}",
  ("A small explosive device went off beside a tent serving tea to pilgrims on the "
   "Najaf-Karbala road near Karbala, Karbala province. Three pilgrims were hurt; nobody died.",
   " The perpetrators are unknown.\n\nAttack type: Bombing/Explosion. Target type: Religious "
   "figures/institutions (pilgrims). The device was hidden in a cardboard box, police said."),
  [I("a", e, h, "the Najaf-Karbala road near Karbala", "Karbala", "Karbala", "unknown", None,
     "civilians", "ied", 0, "nobody died", 3, "Three pilgrims were hurt")])

rd = "2022-06-14"
B("B11", rd, "Undated entry; source published " + F(rd, "{DD}.{MM}.{YYYY}"),
  ("Armed men kidnapped an engineer of the Diwaniyah water directorate as he left a pumping "
   "station on the outskirts of Al-Diwaniyah, Al-Qadisiyah province. His fate is unknown.",
   " No ransom demand had been reported.\n\nAttack type: Hostage Taking (Kidnapping). Target "
   "type: Government (general). Casualties: unknown."),
  [I("a", rd, None, "the outskirts of Al-Diwaniyah", "Diwaniyah", "Qadisiyah", "unknown", None,
     "civilians", "kidnapping", None, None, None, None, prec="reported")],
  rd=rd, phrase=False)


# ---------------------------------------------------------------- C
def C(key, rd, city, agency, body, foot, incs):
    txt = "%s, %s (%s) -- %s\n\n%s" % (city, F(rd, "{Mon}. {D}" if len(F(rd, "{Month}")) > 5
                                             else "{Month} {D}"), agency, body, foot)
    doc(key, "C", rd, txt, incs)


e, rd = "2023-02-12", "2023-02-13"
ph = "in the early evening of " + W(e)
C("C1", rd, "ERBIL, Iraq", "Kyodo",
  "[[a|Islamic State militants attacked a Peshmerga position near Gwer, in Makhmour district, "
  "%s, killing two Peshmerga fighters and wounding three others]], the Kurdistan Region's "
  "Ministry of Peshmerga Affairs said. The ministry blamed IS cells that shelter in the "
  "Qarachogh range, a ridge that separates Kurdish and federal lines." % ph,
  "Transmitted 0915 GMT %s. Kyodo news" % F(rd, "{D} {Month} {YYYY}"),
  [I("a", e, ph, "a Peshmerga position near Gwer, in Makhmour district", "Makhmour",
     "Nineveh", "ISIS", "attributed", "Peshmerga", "shooting", 2, "killing two Peshmerga fighters",
     3, "wounding three others")])

e, rd = "2022-05-18", "2022-05-19"
ph = "late into %s night" % W(e)
C("C2", rd, "KIRKUK, Iraq", "KUNA",
  "[[a|Gunmen shot dead the mukhtar of Maryam Bek village, in Daquq district of Kirkuk "
  "province, %s and injured his son]], a local police source told KUNA. The mukhtar had been "
  "helping the army map paths used by Islamic State fighters, the source said, adding that "
  "nobody had claimed the killing." % ph,
  "Wire time: %s, 11:40 local. KUNA" % F(rd, "{D}-{Month}-{YYYY}"),
  [I("a", e, ph, "Maryam Bek village, in Daquq district", "Daquq", "Kirkuk", "unknown",
     "unclaimed", "civilians", "shooting", 1, "shot dead the mukhtar", 1, "injured his son")])

e, rd = "2020-10-09", "2020-10-10"
ph = "during %s's midday prayers" % W(e)
C("C3", rd, "BAGHDAD", "Europa Press",
  "[[a|A bomb hidden in a rubbish cart exploded outside a Shiite mosque in Balad, Salahuddin "
  "province, %s, killing two worshippers and wounding nine]], the provincial health "
  "directorate said. Nobody claimed the bombing. Balad, 80 km north of Baghdad, lies beside "
  "Sunni farming areas where Islamic State cells still move at night." % ph,
  "Sent %s. (EP)" % F(rd, "{Month} {D}, {YYYY}"),
  [I("a", e, ph, "outside a Shiite mosque in Balad", "Balad", "Salahuddin", "unknown",
     "unclaimed", "civilians", "ied", 2, "killing two worshippers", 9, "wounding nine")])

e, rd = "2021-06-27", "2021-06-28"
ph = "after nightfall on " + W(e)
C("C4", rd, "WASHINGTON/BAGHDAD", "TASS",
  "[[a|US warplanes struck Kataib Hezbollah weapons depots near Al-Qaim, on Iraq's border with "
  "Syria, %s, the Pentagon said, calling the strikes defensive]]. The Popular Mobilization "
  "Forces said four of its fighters were killed and vowed revenge. Washington said the "
  "sites were used to launch drones at US personnel." % ph,
  "Release time 06:20 Moscow, %s." % F(rd, "{D} {Month} {YYYY}"),
  [I("a", e, ph, "Kataib Hezbollah weapons depots near Al-Qaim", "Al-Qaim", "Anbar", "US forces",
     "claimed", "PMU", "airstrike_operation", 4, "four of its fighters were killed", None, None)])

e, rd = "2022-04-19", "2022-04-20"
ph = "in the hours before dawn on " + W(e)
C("C5", rd, "DUHOK, Iraq", "ANSA",
  "[[a|Turkish artillery shells set fire to orchards and damaged two empty houses in Bedar, a "
  "village in Zakho district, %s, without harming anyone]], the head of the local "
  "subdistrict said, blaming Turkish forces. Ankara launched a new ground and air operation "
  "against the PKK in northern Iraq this week." % ph,
  "Moved on the wire %s. ANSA" % F(rd, "{D} {Month} {YYYY}"),
  [I("a", e, ph, "Bedar, a village in Zakho district", "Zakho", "Dohuk", "Turkey", "attributed",
     "", "mortar_rocket", 0, "without harming anyone", 0, "without harming anyone")])

e, rd = "2024-03-21", "2024-03-22"
ph = "around lunchtime on " + W(e)
C("C6", rd, "BAQUBA, Iraq", "Bernama",
  "[[a|Two gunmen in a saloon car shot a tribal sheikh as he left a mourning tent in the "
  "Al-Katoun neighbourhood of Baquba, capital of Diyala province, %s]]. The sheikh died on the "
  "way to hospital and no one else was injured, police said. He had mediated in a land "
  "dispute between two clans, and investigators were examining political and tribal "
  "motives." % ph,
  "Published by Bernama at %s, 14:02 (GMT+8)." % F(rd, "{Month} {D}, {YYYY}"),
  [I("a", e, ph, "the Al-Katoun neighbourhood of Baquba", "Baquba", "Diyala", "unknown", None,
     "civilians", "shooting", 1, "The sheikh died on the way to hospital", 0,
     "no one else was injured")])

e, rd = "2021-08-29", "2021-08-30"
ph = "as the sun was setting on " + W(e)
C("C7", rd, "BAGHDAD", "PTI",
  "[[a|Two rockets struck the perimeter of Baghdad International Airport, which hosts a US "
  "diplomatic support facility, %s, leaving no dead or wounded]], an Iraqi security statement "
  "said. No group claimed responsibility; similar attacks have been blamed on Iran-aligned "
  "militias opposed to the US presence." % ph,
  "Sent at 08:15 IST, %s. PTI" % F(rd, "{D} {Month} {YYYY}"),
  [I("a", e, ph, "Baghdad International Airport", "Baghdad", "Baghdad", "unknown", "unclaimed",
     "US forces", "mortar_rocket", 0, "leaving no dead or wounded", 0,
     "leaving no dead or wounded")])

e, rd = "2022-11-12", "2022-11-12"
ph = "at about 6 a.m. " + W(e)
C("C8", rd, "BASRA, Iraq", "Prensa Latina",
  "[[a|Two Katyusha rockets landed near the offices of a foreign operator at the Nahr Bin Omar "
  "oil field north of Basra %s; no one was hurt]], an oil ministry official said. Production "
  "was not affected. The field, run with foreign partners, has seen protests by local job "
  "seekers in recent months." % ph,
  "Distributed %s. PL" % F(rd, "{D} {Month} {YYYY}"),
  [I("a", e, ph, "the Nahr Bin Omar oil field north of Basra", "Nahr Bin Omar oil field", "Basra",
     None, None, "", "mortar_rocket", 0, "no one was hurt", 0, "no one was hurt")])

e, rd = "2024-06-12", "2024-06-13"
ph = "on %s afternoon" % W(e)
C("C9", rd, "ERBIL, Iraq", "ANI",
  "[[a|An explosive-laden drone of unknown origin crashed into a hillside near Pirmam, north "
  "of Erbil, %s, wounding a shepherd]], Kurdistan Region counter-terrorism officials said. "
  "Nobody was killed. Pirmam hosts offices of the ruling Kurdistan Democratic Party." % ph,
  "Posted to the ANI feed %s." % F(rd, "{Month} {D}, {YYYY}"),
  [I("a", e, ph, "a hillside near Pirmam, north of Erbil", "Pirmam", "Erbil", "unknown", None,
     "civilians", "other", 0, "Nobody was killed", 1, "wounding a shepherd")])

e, rd = "2019-11-05", "2019-11-06"
ph = "after nightfall on " + W(e)
C("C10", rd, "AMARAH, Iraq", "Sputnik",
  "[[a|Security forces fired live rounds at protesters who tried to reach the Maysan "
  "governorate building in Amarah %s, killing three demonstrators and wounding 22]], medics "
  "said. The governor ordered an inquiry. Protests over jobs and corruption have swept "
  "southern Iraq since the start of October." % ph,
  "Wire copy, %s 07:30 MSK." % F(rd, "{DD}-{Mon}-{YYYY}"),
  [I("a", e, ph, "the Maysan governorate building in Amarah", "Amarah", "Maysan",
     "security forces", "attributed", "civilians", "shooting", 3, "killing three demonstrators",
     22, "wounding 22")])

e, rd = "2023-05-19", "2023-05-20"
ph = "around 11 o'clock on %s morning" % W(e)
C("C11", rd, "SAMAWAH, Iraq", "Trend",
  "[[a|A sticky bomb exploded under the car of a police intelligence officer in Al-Rumaitha, "
  "Muthanna province, %s, wounding him in the legs; no one died]], a provincial police "
  "spokesman said. The officer had recently led raids on drug traffickers, and police did not "
  "rule out a criminal motive alongside a political one." % ph,
  "Trend, Baku. Dated %s." % F(rd, "{D} {Month} {YYYY}"),
  [I("a", e, ph, "Al-Rumaitha", "Rumaitha", "Muthanna", None, None, "police", "ied", 0,
     "no one died", 1, "wounding him in the legs")])
