"""Styles G (revised tolls / corrections), H (noise), J (containers)."""
from lib import I, doc, F, W, add


# ---------------------------------------------------------------- G
def G(key, rd, head, body, incs):
    doc(key, "G", rd, "%s\n\n%s" % (head, body), incs)


e, rd = "2022-05-24", "2022-05-25"
ph = "on %s evening" % W(e)
G("G1", rd, "Kirkuk market blast: toll rises overnight | Kirkuk Now (EN) | %s" % F(rd, "{D} {Month} {YYYY}"),
  "[[a|A bomb left in a handcart exploded in the Al-Qoriya market of Kirkuk %s]]. Police first "
  "spoke of three dead and nine wounded. By midnight the police figure had been raised to "
  "five dead, and this morning Kirkuk General Hospital said it had treated fourteen people "
  "for blast and shrapnel injuries.\n\nSo far the count stands at five killed and fourteen "
  "wounded. No group has claimed the bombing." % ph,
  [I("a", e, ph, "the Al-Qoriya market of Kirkuk", "Kirkuk", "Kirkuk", "unknown", "unclaimed",
     "civilians", "ied", 5, "five killed", 14, "fourteen wounded")])

e, rd = "2020-10-20", "2020-10-22"
ph = "on " + W(e)
G("G2", rd, "UPDATE 2 - Samarra attack: PMF lowers death toll | %s" % F(rd, "{D} {Month} {YYYY}"),
  "[[a|IS militants attacked a Popular Mobilization checkpoint at the northern entrance of "
  "Samarra %s]]. The PMF initially announced six martyrs and nine wounded. In a second "
  "statement it revised the dead down to five, saying a fighter listed among the dead had "
  "been found alive in Samarra hospital; the wounded therefore now number ten.\n\nThe PMF "
  "blamed 'Daesh remnants' coming from the Jallam desert." % ph,
  [I("a", e, ph, "a Popular Mobilization checkpoint at the northern entrance of Samarra",
     "Samarra", "Salahuddin", "ISIS", "attributed", "PMU", "shooting", 5,
     "revised the dead down to five", 10, "the wounded therefore now number ten")])

e, rd = "2021-06-06", "2021-06-07"
ph = "on " + W(e)
G("G3", rd, "Two border guards killed in western Anbar | Al-Anbar Eye | %s" % F(rd, "{D} {Month} {YYYY}"),
  "[[a|Gunmen fired on a border guard watchtower near Husaybah, on the Syrian border, %s, "
  "killing two border guards and wounding a third]], the border guards command said. Officials "
  "blamed IS cells crossing from Syria.\n\nCorrection: an earlier version of this story "
  "placed the attack in the town of Al-Qaim itself. The watchtower is near Husaybah, west of "
  "Al-Qaim town." % ph,
  [I("a", e, ph, "a border guard watchtower near Husaybah", "Husaybah", "Anbar", "ISIS",
     "attributed", "security forces", "shooting", 2, "killing two border guards", 1,
     "wounding a third")])

e, rd = "2023-02-27", "2023-02-28"
ph = "on %s night" % W(e)
G("G4", rd, "Hatra ambush: breakdown of victims | Nineveh Observer | %s" % F(rd, "{D} {Month} {YYYY}"),
  "[[a|IS fighters ambushed an army supply truck on the desert road near Hatra %s, killing four "
  "people]]. The army later gave a breakdown: of the four dead, three were soldiers and the "
  "fourth was the civilian driver hired to carry water. Two other soldiers were wounded and "
  "evacuated to Mosul. Amaq, the group's outlet, claimed the ambush on Tuesday." % ph,
  [I("a", e, ph, "the desert road near Hatra", "Hatra", "Nineveh", "ISIS", "claimed",
     "army+civilians", "ambush", 4, "killing four people", 2, "Two other soldiers were wounded")])

e, rd = "2022-04-20", "2022-04-22"
ph = "on " + W(e)
G("G5", rd, "Second victim dies after Turkish strike near Amedi | Duhok Post | %s" % F(rd, "{D} {Month} {YYYY}"),
  "[[a|A Turkish airstrike hit a farmhouse in the village of Mize, in Amedi district, %s, "
  "killing one man and wounding four members of his family]], Amedi's mayor said. One of the "
  "wounded, a 14-year-old boy, died of his injuries on Thursday in Duhok's Azadi hospital, "
  "bringing the number of dead to two. The mayor said the family had no link to the PKK." % ph,
  [I("a", e, ph, "the village of Mize, in Amedi district", "Amedi", "Dohuk", "Turkey",
     "attributed", "civilians", "airstrike_operation", 2, "bringing the number of dead to two",
     4, "wounding four members of his family")])

e, rd = "2024-03-23", "2024-03-24"
ph = "on %s night" % W(e)
G("G6", rd, "Khalis bombing toll reaches nine | Diyala Today | %s" % F(rd, "{D} {Month} {YYYY}"),
  "[[a|A bomb exploded inside a mourning tent in the village of Al-Aboud, in Khalis district, "
  "%s]]. Hospital sources initially said 'at least seven' people had been killed. By morning "
  "the health directorate confirmed nine dead, among them two children, and fifteen injured. "
  "No group claimed the attack, which local officials blamed on IS." % ph,
  [I("a", e, ph, "the village of Al-Aboud, in Khalis district", "Khalis", "Diyala", "ISIS",
     "attributed", "civilians", "ied", 9, "confirmed nine dead", 15, "fifteen injured")])

e, rd = "2021-08-11", "2021-08-12"
ph = "on " + W(e)
G("G7", rd, "Bab al-Muadham blast: health ministry corrects figures | %s" % F(rd, "{D} {Month} {YYYY}"),
  "[[a|An explosive device went off near a bus station in Bab al-Muadham, central Baghdad, %s]]. "
  "A civil defence statement spoke of five dead. The health ministry later said three people "
  "were killed and 17 wounded, explaining that two of the dead had been counted twice by "
  "different hospitals. The ministry's figures are final, a spokesman said." % ph,
  [I("a", e, ph, "a bus station in Bab al-Muadham, central Baghdad", "Baghdad", "Baghdad", None,
     None, "civilians", "ied", 3, "three people were killed", 17, "17 wounded")])

e, rd = "2022-11-08", "2022-11-09"
ph = "on %s morning" % W(e)
G("G8", rd, "Chamchamal car bomb: nephew dies too | Slemani Post | %s" % F(rd, "{D} {Month} {YYYY}"),
  "[[a|A bomb under the car of a PUK security officer exploded in Chamchamal %s]]. The Asayish "
  "first reported one dead, the officer. In an update in the afternoon, they said his "
  "nephew, who was sitting beside him, had also died and that a passer-by had been injured, "
  "putting the toll at two killed and one injured. No one has claimed the attack." % ph,
  [I("a", e, ph, "Chamchamal", "Chamchamal", "Sulaymaniyah", "unknown", "unclaimed",
     "security forces+civilians", "ied", 2, "two killed", 1, "one injured")])

e, rd = "2019-06-14", "2019-06-15"
ph = "on %s afternoon" % W(e)
G("G9", rd, "Musayyib minibus bomb | Babil Daily | %s" % F(rd, "{D} {Month} {YYYY}"),
  "[[a|A bomb hidden under a seat of a minibus exploded at a garage in Al-Musayyib, north of "
  "Hilla, %s]]. Early police reports said between four and six passengers were killed. Police "
  "later settled on five dead and eight wounded. Officials said the bomb was similar to "
  "devices used by IS, but no group claimed it." % ph,
  [I("a", e, ph, "a garage in Al-Musayyib, north of Hilla", "Musayyib", "Babil", None, None,
     "civilians", "ied", 5, "five dead", 8, "eight wounded")])

e, rd = "2023-08-15", "2023-08-16"
ph = "late on " + W(e)
G("G10", rd, "Suq al-Shuyukh police post attack: figure corrected | Dhi Qar Now | %s" % F(rd, "{D} {Month} {YYYY}"),
  "[[a|Gunmen attacked a police post in Suq al-Shuyukh, south of Nasiriyah, %s]]. A first "
  "statement said several policemen had been wounded; a second said two were killed and four "
  "wounded. On Wednesday the Dhi Qar police corrected the figure to one killed and four "
  "wounded, saying a policeman believed dead had been unconscious." % ph,
  [I("a", e, ph, "a police post in Suq al-Shuyukh", "Suq al-Shuyukh", "Dhi Qar", "unknown", None,
     "police", "shooting", 1, "one killed", 4, "four wounded")])

e, rd = "2024-10-06", "2024-10-07"
ph = "on %s evening" % W(e)
G("G11", rd, "Umm Qasr shooting: dock worker among dead | Basrah Gate | %s" % F(rd, "{D} {Month} {YYYY}"),
  "[[a|Gunmen in a pick-up opened fire on a police patrol near the port of Umm Qasr %s]], "
  "killing two policemen, police said. Hospital staff later confirmed that a dock worker hit "
  "by the gunfire had also died, raising the dead to three - two policemen and one port "
  "worker. One more policeman was wounded." % ph,
  [I("a", e, ph, "a police patrol near the port of Umm Qasr", "Umm Qasr", "Basra", "unknown", None,
     "police+civilians", "shooting", 3, "raising the dead to three", 1,
     "One more policeman was wounded")])


# ---------------------------------------------------------------- H
def H(key, rd, body, incs=(), country="Iraq"):
    doc(key, "H", rd, body, incs, country=country)


e, rd = "2022-08-16", "2022-08-17"
ph = "on " + W(e)
H("H1", rd,
  "DEIR EZ-ZOR, Syria | %s\n\n[[a|Islamic State gunmen attacked a checkpoint of the Kurdish-led "
  "Syrian Democratic Forces (SDF) outside Hajin, in eastern Deir ez-Zor province, %s, killing "
  "three SDF fighters]], the SDF said. The group claimed the attack through Amaq. Hajin lies "
  "about 40 km from the Iraqi border at Al-Qaim." % (F(rd, "{D} {Month} {YYYY}"), ph),
  [I("a", e, ph, "outside Hajin, in eastern Deir ez-Zor province", "Hajin", None, "ISIS",
     "claimed", "", "shooting", 3, "killing three SDF fighters", None, None, country="Syria")],
  country="Syria")

rd = "2021-05-30"
H("H2", rd,
  "Fireworks accident at Hilla wedding\nBabil Daily, %s\n\nA box of fireworks exploded during a "
  "wedding party in Al-Hilla on Saturday night, injuring six guests, two of them children, "
  "the civil defence directorate said. It said the fireworks had been stored next to a "
  "generator and caught fire. Police ruled out any attack and said the organiser would be "
  "questioned over the illegal sale of fireworks." % F(rd, "{D} {Month} {YYYY}"))

e, rd = "2023-05-09", "2023-05-10"
ph = "on " + W(e)
H("H3", rd,
  "HAKKARI, Turkey (%s) - [[a|A roadside bomb hit a military vehicle near Yüksekova, in Turkey's "
  "Hakkari province, %s, killing two Turkish soldiers and wounding three]], the governor's office "
  "said, blaming the PKK. The district borders both Iraq and Iran." % (F(rd, "{D} {Month} {YYYY}"), ph),
  [I("a", e, ph, "near Yüksekova, in Turkey's Hakkari province", "Yüksekova", None, "PKK",
     "attributed", "Turkey", "ied", 2, "killing two Turkish soldiers", 3, "wounding three",
     country="Turkey")], country="Turkey")

rd = "2020-06-11"
H("H4", rd,
  "Bomb squad removes old shell in Ramadi\nAnbar police media office, %s\n\nExplosives experts "
  "removed an unexploded artillery shell found by builders digging foundations in the "
  "Al-Aziziya neighbourhood of Ramadi. The shell, believed to date from the 2015 fighting, "
  "was taken to a range outside the city and destroyed in a controlled way. No one was hurt "
  "and there was no attack, police said." % F(rd, "{D} {Month} {YYYY}"))

e, rd = "2021-09-21", "2021-09-22"
ph = "on " + W(e)
H("H5", rd,
  "Piranshahr, Iran - %s\n\n[[a|Unknown gunmen shot dead two members of Iran's Revolutionary Guards "
  "on a road near Piranshahr, in West Azerbaijan province, %s]], Iranian state media reported, "
  "blaming 'counter-revolutionary groups' based across the border in Iraq's Kurdistan Region. "
  "No one claimed the killing." % (F(rd, "{D} {Month} {YYYY}"), ph),
  [I("a", e, ph, "a road near Piranshahr, in West Azerbaijan province", "Piranshahr", None,
     "unknown", "unclaimed", "", "shooting", 2, "shot dead two members of Iran's Revolutionary Guards",
     None, None, country="Iran")], country="Iran")

rd = "2022-01-19"
H("H6", rd,
  "Fire guts shopping centre in Erbil\nErbil 24, %s\n\nA fire broke out in a shopping centre on "
  "Erbil's 100 Metre Road late on Tuesday, gutting two floors. Civil defence said three "
  "employees suffered smoke inhalation. Investigators said an electrical fault in a "
  "clothing shop caused the fire and that there was no sign of sabotage." % F(rd, "{D} {Month} {YYYY}"))

e, rd = "2024-01-24", "2024-01-25"
ph = "on %s afternoon" % W(e)
H("H7", rd,
  "AL-HASAKAH, Syria, %s -- [[a|A Turkish drone struck a car near Tal Tamr, in Syria's Hasakah "
  "province, %s, killing a commander of the Syrian Democratic Forces and his driver]], the SDF "
  "said. Turkey's defence ministry said it had 'neutralised' PKK/YPG militants in northern "
  "Syria without giving details." % (F(rd, "{Month} {D}, {YYYY}"), ph),
  [I("a", e, ph, "near Tal Tamr, in Syria's Hasakah province", "Tal Tamr", None, "Turkey",
     "attributed", "", "airstrike_operation", 2, "killing a commander of the Syrian Democratic Forces and his driver",
     None, None, country="Syria")], country="Syria")

rd = "2023-10-04"
H("H8", rd,
  "Army holds live-fire exercise near Tikrit\nIraqi Ministry of Defence, %s\n\nUnits of the "
  "army's 4th Division carried out a live-fire exercise with artillery and helicopters at a "
  "range north of Tikrit on Tuesday. Residents of nearby villages had been told in advance "
  "and asked to keep livestock away. The ministry said the drill tested coordination "
  "between ground and air units. There were no casualties." % F(rd, "{D} {Month} {YYYY}"))

e, rd = "2020-12-01", "2020-12-02"
ph = "on " + W(e)
H("H9", rd,
  "Deir ez-Zor / Al-Hol - %s\n\n[[a|Suspected IS members killed an Iraqi refugee woman inside "
  "Al-Hol camp, in Syria's Hasakah province, %s]], camp officials said. Iraqi families in the "
  "camp have long complained of attacks by IS supporters against those seen as wishing to "
  "return to Iraq." % (F(rd, "{D} {Month} {YYYY}"), ph),
  [I("a", e, ph, "Al-Hol camp, in Syria's Hasakah province", "Al-Hol", None, "ISIS", "suspected",
     "civilians", "shooting", 1, "killed an Iraqi refugee woman", None, None, country="Syria")],
  country="Syria")

rd = "2024-11-12"
H("H10", rd,
  "Soldiers killed in road accident in Anbar\nAl-Anbar Eye, %s\n\nFour soldiers were killed and "
  "two injured when their truck overturned on the highway between Rutba and Al-Walid on "
  "Monday night, the army said. A tyre burst at high speed, according to the initial "
  "inquiry. 'It was a traffic accident, not an attack,' an army spokesman said." % F(rd, "{D} {Month} {YYYY}"))

rd = "2022-03-16"
H("H11", rd,
  "Halabja marks anniversary\nSulaimani Times, %s\n\nThousands gathered at the Halabja memorial "
  "on Wednesday to mark the 34th anniversary of the 1988 chemical attack that killed about "
  "5,000 people. Kurdish leaders laid wreaths and called for compensation for survivors. "
  "Security was tight but the ceremony passed without incident." % F(rd, "{D} {Month} {YYYY}"))


# ---------------------------------------------------------------- J
def JS(key, rd, title, outlet, text, incs, published=None):
    doc(key, "J", rd, text, incs, ext="json", title=title, outlet=outlet,
        published=published or rd)


def JH(key, rd, title, outlet, text, incs):
    doc(key, "J", rd, text, incs, ext="html", title=title, outlet=outlet)


def JM(key, rd, title, text, incs):
    fm = '+++\ntitle = "%s"\ndate = "%s"\ndesk = "Iraq"\n+++\n\n# %s\n\n' % (title, rd, title)
    doc(key, "J", rd, fm + text, incs, ext="md")


e, rd = "2022-05-02", "2022-05-03"
ph = "on %s night" % W(e)
JS("J1", rd, "Two tribal fighters killed west of Kirkuk", "Kirkuk Now",
   "[[a|Two members of the Tribal Mobilization were killed and another was wounded when IS "
   "militants attacked their post near Al-Abbasi, west of Kirkuk, %s]], a local commander said. "
   "He said the attackers used night-vision equipment and withdrew towards the Hamrin range "
   "before reinforcements arrived." % ph,
   [I("a", e, ph, "their post near Al-Abbasi, west of Kirkuk", "Abbasi", "Kirkuk", "ISIS",
      "attributed", "PMU", "shooting", 2, "Two members of the Tribal Mobilization were killed", 1,
      "another was wounded")], published=rd + "T10:20:00+03:00")

e, rd = "2020-10-24", "2020-10-25"
ph = "on " + W(e)
JH("J2", rd, "Iraqi jets strike IS hideout near Mutaibijah", "Iraq Security Wire",
   "[[a|Iraqi F-16 aircraft struck an IS hideout in the Al-Mutaibijah area, east of Samarra, "
   "%s, killing five militants]], the Joint Operations Command said in a statement.\n\nThe "
   "statement said the strike followed intelligence that the cell was preparing attacks on "
   "villages along the Tigris. Ground forces later searched the area and found weapons and "
   "explosive belts." % ph,
   [I("a", e, ph, "the Al-Mutaibijah area, east of Samarra", "Mutaibijah", "Salahuddin",
      "Iraqi forces", "claimed", "ISIS", "airstrike_operation", 5, "killing five militants", None,
      None)])

e, rd = "2021-06-29", "2021-06-30"
ph = F(e, "early on {D} {Month}")
JM("J3", rd, "Shepherds abducted near Nukhaib",
   "[[a|Gunmen abducted two shepherds and drove off with their sheep in the desert near "
   "Al-Nukhaib, southern Anbar, %s]], a local official said. One of the men was freed at a "
   "roadside hours later; the fate of the other is unknown. The official blamed IS cells that "
   "move between the Anbar desert and the border with Saudi Arabia.\n" % ph,
   [I("a", e, ph, "the desert near Al-Nukhaib, southern Anbar", "Nukhaib", "Anbar", "ISIS",
      "attributed", "civilians", "kidnapping", None, None, None, None)])

e, rd = "2023-02-02", "2023-02-03"
ph = "on " + W(e)
JS("J4", rd, "Blast at Christian family's house in Tel Kaif", "Nineveh Plains Media",
   "[[a|An explosive device blew open the front door of a Christian family's house in Tel Kaif, "
   "north of Mosul, %s; the family, asleep at the back of the house, was unharmed]], a local "
   "official said. The family had returned from Erbil last year. Police are investigating." % ph,
   [I("a", e, ph, "a Christian family's house in Tel Kaif", "Tel Kaif", "Nineveh", None, None, "",
      "ied", 0, "the family, asleep at the back of the house, was unharmed", 0,
      "the family, asleep at the back of the house, was unharmed")])

e, rd = "2022-04-13", "2022-04-14"
ph = "on %s evening" % W(e)
JH("J5", rd, "Drone strike near Zakho kills farmer", "Duhok 24",
   "[[a|A drone strike near the village of Bêdohê, outside Zakho, %s killed a farmer and "
   "wounded his cousin]], the Zakho district administration said, attributing the strike to "
   "Turkey.\n\nThe administration said the two men were collecting firewood and had no "
   "connection to any armed group." % ph,
   [I("a", e, ph, "the village of Bêdohê, outside Zakho", "Zakho", "Dohuk", "Turkey",
      "attributed", "civilians", "airstrike_operation", 1, "killed a farmer", 1,
      "wounded his cousin")])

e, rd = "2024-03-29", "2024-03-30"
ph = "on %s evening" % W(e)
JM("J6", rd, "Bomb hits bus near Balad Ruz",
   "[[a|A roadside bomb struck a minibus carrying farm workers near Balad Ruz, in eastern "
   "Diyala, %s, injuring five passengers; there were no deaths]], police said. The road links "
   "Balad Ruz with Mandali and is used daily by labourers. No one has claimed the attack.\n" % ph,
   [I("a", e, ph, "near Balad Ruz, in eastern Diyala", "Balad Ruz", "Diyala", "unknown",
      "unclaimed", "civilians", "ied", 0, "there were no deaths", 5, "injuring five passengers")])

e, rd = "2021-08-27", "2021-08-28"
ph = "on %s evening" % W(e)
JS("J7", rd, "Activist survives shooting in Kadhimiya", "Baghdad Observer",
   "[[a|An activist who took part in the 2019 protests was shot and wounded by gunmen near his "
   "home in Al-Kadhimiya, Baghdad, %s]], his friends said. The activist, who survived with "
   "wounds to the chest, had announced his candidacy for the October election." % ph,
   [I("a", e, ph, "near his home in Al-Kadhimiya, Baghdad", "Baghdad", "Baghdad", "unknown", None,
      "civilians", "shooting", None, None, 1, "shot and wounded")], published=rd + "T08:05:00+03:00")

e, rd = "2022-07-24", "2022-07-25"
ph = "on " + W(e)
JH("J8", rd, "Blast at MP's office in Kufa", "Najaf Today",
   "[[a|An explosive device damaged the office of a member of parliament in Al-Kufa, near Najaf, "
   "%s, harming nobody]], police said.\n\nThe office was closed at the time. The MP blamed "
   "rivals opposed to his bloc's stance in the deadlock over forming a government." % ph,
   [I("a", e, ph, "the office of a member of parliament in Al-Kufa", "Kufa", "Najaf", None, None,
      "", "ied", 0, "harming nobody", 0, "harming nobody")])

e, rd = "2025-06-10", "2025-06-11"
ph = "on %s night" % W(e)
JM("J9", rd, "Journalist shot dead in Karbala",
   "[[a|Gunmen shot dead a local journalist outside his house in the Al-Hurr area of Karbala "
   "%s]], the Karbala journalists' union said. He had reported on corruption in municipal "
   "contracts. The union said no one else was hurt and demanded a swift investigation.\n" % ph,
   [I("a", e, ph, "outside his house in the Al-Hurr area of Karbala", "Karbala", "Karbala",
      "unknown", None, "civilians", "shooting", 1, "shot dead a local journalist", 0,
      "no one else was hurt")])

e, rd = "2020-05-26", "2020-05-27"
ph = "on " + W(e)
JS("J10", rd, "Tribal sheikh killed by bomb in Qalat Salih", "Maysan News",
   "[[a|A bomb attached to the car of a tribal sheikh exploded in Qalat Salih, south of Amarah, "
   "%s, killing him instantly and injuring his son]], police said. The sheikh had been "
   "mediating between two clans in a long feud, but relatives said he had also received "
   "threats over his support for protesters." % ph,
   [I("a", e, ph, "Qalat Salih, south of Amarah", "Qalat Salih", "Maysan", None, None, "civilians",
      "ied", 1, "killing him instantly", 1, "injuring his son")])

e, rd = "2024-02-07", "2024-02-08"
ph = "on %s night" % W(e)
JH("J11", rd, "US drone kills Kataib Hezbollah commander in Baghdad", "Gulf Wire",
   "[[a|A US drone strike hit a car in Baghdad's Al-Mashtal district %s, killing a senior "
   "Kataib Hezbollah commander and two companions]], US Central Command said, describing it as "
   "a response to attacks on US troops.\n\nHundreds of PMF supporters gathered at the scene "
   "afterwards. The Iraqi government condemned the strike as a violation of sovereignty." % ph,
   [I("a", e, ph, "a car in Baghdad's Al-Mashtal district", "Baghdad", "Baghdad", "US forces",
      "claimed", "PMU", "airstrike_operation", 3,
      "killing a senior Kataib Hezbollah commander and two companions", None, None)])
