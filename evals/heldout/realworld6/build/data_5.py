"""Invented styles W (hospital emergency-department casualty logs) and
U (local council session minutes)."""
from lib import I, doc, F, W, add


# ---------------------------------------------------------------- W
def Wl(key, rd, hosp, body, incs):
    head = "%s\nEMERGENCY DEPARTMENT - CASUALTY REGISTER\nLog date: %s\n\n" % (
        hosp, F(rd, "{DD}/{MM}/{YYYY}"))
    doc(key, "W", rd, head + body, incs)


rd = "2022-05-28"
ph = "tonight"
Wl("W1", rd, "KIRKUK HEALTH DIRECTORATE - AZADI TEACHING HOSPITAL",
   "20:05 Police notify: explosion at a cafe in the Tis'in quarter, Kirkuk, %s; device left under "
   "a table (per police).\n20:20-21:00 [[a|Casualties from the Tis'in quarter cafe explosion: 1 "
   "brought in dead; 4 injured received (3 admitted to surgery, 1 treated and discharged)]].\n"
   "22:10 Unrelated: two injured from a motorbike collision, Baghdad Road.\nNote: security "
   "presence at ED entrance until 23:30." % ph,
   [I("a", rd, ph, "a cafe in the Tis'in quarter, Kirkuk", "Kirkuk", "Kirkuk", None, None,
      "civilians", "ied", 1, "1 brought in dead", 4, "4 injured received")])

rd = "2020-10-16"
ph = "this evening"
Wl("W2", rd, "SALAH AL-DIN HEALTH DIRECTORATE - TIKRIT TEACHING HOSPITAL",
   "18:50 Alert from Operations: attack on the army checkpoint at Al-Alam bridge %s; police "
   "report 'Daesh elements' fired on the checkpoint.\n19:15 [[a|Received from the Al-Alam "
   "checkpoint attack: two soldiers dead on arrival; three soldiers wounded, gunshot (2 "
   "admitted, 1 to theatre)]].\n21:30 Unrelated: child with burns from a kerosene heater.\n"
   "Blood bank restocked 23:00." % ph,
   [I("a", rd, ph, "the army checkpoint at Al-Alam bridge", "Al-Alam", "Salahuddin", "ISIS",
      "attributed", "army", "shooting", 2, "two soldiers dead on arrival", 3,
      "three soldiers wounded")])

rd = "2021-06-25"; e = add(rd, -1)
ph = "last night"
Wl("W3", rd, "ANBAR HEALTH DIRECTORATE - FALLUJAH TEACHING HOSPITAL",
   "Morning handover. Night events:\n- [[a|IED on the Fallujah-Saqlawiyah road near Saqlawiyah, "
   "%s, against an army vehicle: three soldiers treated for shrapnel wounds, one kept for "
   "surgery; no deaths]].\n- Unrelated: one man with stab wounds after a family quarrel, "
   "police informed.\n- Unrelated: scorpion stings, 6 cases." % ph,
   [I("a", e, ph, "the Fallujah-Saqlawiyah road near Saqlawiyah", "Saqlawiyah", "Anbar", None,
      None, "army", "ied", 0, "no deaths", 3, "three soldiers treated for shrapnel wounds")])

rd = "2023-02-07"
ph = "this afternoon"
Wl("W4", rd, "NINEVEH HEALTH DIRECTORATE - TAL AFAR GENERAL HOSPITAL",
   "15:35 [[a|Explosion in the Al-Khadraa neighbourhood of Tal Afar %s (police: a device placed "
   "by a wall): deceased on arrival, one male adult; injured received, two (a woman and a "
   "boy)]].\n15:50 Both injured admitted to surgical ward, stable.\n17:20 Unrelated: RTA on "
   "the Mosul road, three minor injuries." % ph,
   [I("a", rd, ph, "the Al-Khadraa neighbourhood of Tal Afar", "Tal Afar", "Nineveh", None, None,
      "civilians", "ied", 1, "deceased on arrival, one male adult", 2,
      "injured received, two (a woman and a boy)")])

rd = "2022-04-29"
ph = "this morning"
Wl("W5", rd, "DUHOK HEALTH DIRECTORATE - SHELADZE HOSPITAL",
   "09:40 [[a|Three villagers from Bermize, Sheladze subdistrict, arrived with shrapnel injuries "
   "from artillery shelling %s, which relatives attributed to the Turkish army; no one died]].\n"
   "10:15 One transferred to Duhok Emergency Hospital for orthopaedic surgery.\n11:00 Unrelated: "
   "fall from a walnut tree, one case." % ph,
   [I("a", rd, ph, "Bermize, Sheladze subdistrict", "Sheladze", "Dohuk", "Turkey", "attributed",
      "civilians", "mortar_rocket", 0, "no one died", 3, "Three villagers from Bermize, Sheladze subdistrict, arrived with shrapnel injuries")])

rd = "2024-03-14"
ph = "tonight"
Wl("W6", rd, "DIYALA HEALTH DIRECTORATE - BAQUBA TEACHING HOSPITAL",
   "22:10 Police notification: gunmen attacked a family farmhouse in Al-Huwaidir, north of "
   "Baquba, %s.\n22:35 [[a|From Al-Huwaidir: 3 bodies received (two men, one woman); 2 injured "
   "received, both with gunshot wounds, admitted]].\n23:50 Unrelated: asthma cases after a "
   "dust storm, 11 treated." % ph,
   [I("a", rd, ph, "a family farmhouse in Al-Huwaidir, north of Baquba", "Baquba", "Diyala",
      "unknown", None, "civilians", "shooting", 3, "3 bodies received", 2, "2 injured received")])

rd = "2021-08-26"
ph = "at 13:10 today"
Wl("W7", rd, "BAGHDAD AL-RUSAFA HEALTH DIRECTORATE - AL-KINDI TEACHING HOSPITAL",
   "[[a|13:25 Major incident declared: explosion at the Al-Nahda bus garage, Baghdad, %s. "
   "Outcome at 16:00: deaths 2 (both on arrival); wounded 7 (5 admitted, 2 discharged)]].\n"
   "14:40 Civil defence reports the device was hidden in a parked minibus.\n18:00 Unrelated: "
   "domestic gas burns, one case." % ph,
   [I("a", rd, ph, "the Al-Nahda bus garage, Baghdad", "Baghdad", "Baghdad", None, None,
      "civilians", "ied", 2, "deaths 2", 7, "wounded 7")])

rd = "2019-10-26"
ph = "today"
Wl("W8", rd, "BASRA HEALTH DIRECTORATE - AL-SADR TEACHING HOSPITAL",
   "[[a|Demonstrations near the provincial council building in Basra %s: patients and "
   "paramedics report security forces firing live rounds and tear gas. Totals at 20:00: 2 "
   "dead from gunshot wounds; 31 injured]] (19 gunshot, 12 gas inhalation).\nBeds: surgical "
   "ward at full capacity, 6 transferred to Al-Mawani hospital." % ph,
   [I("a", rd, ph, "the provincial council building in Basra", "Basra", "Basra",
      "security forces", "attributed", "civilians", "shooting+other", 2,
      "2 dead from gunshot wounds", 31, "31 injured")])

rd = "2023-09-02"
ph = "this evening"
Wl("W9", rd, "SULAYMANIYAH HEALTH DIRECTORATE - DUKAN GENERAL HOSPITAL",
   "19:30 [[a|Two men brought in after a drone strike on a car in the Surdash subdistrict of Dukan "
   "district %s: one dead on arrival, one with burns and fractures, admitted]]. Asayish at "
   "ED; origin of the drone 'unidentified'.\n21:00 Unrelated: snake bite, one case, "
   "antivenom given." % ph,
   [I("a", rd, ph, "the Surdash subdistrict of Dukan district", "Dukan", "Sulaymaniyah", "unknown",
      None, "civilians", "airstrike_operation", 1, "one dead on arrival", 1,
      "one with burns and fractures")])

rd = "2021-10-05"
ph = "at about 18:00"
Wl("W10", rd, "NAJAF HEALTH DIRECTORATE - AL-MANATHERA GENERAL HOSPITAL",
   "[[a|18:30 Four people injured when gunmen fired on an election rally in Al-Manathera %s; "
   "no fatalities]]. Injuries: 3 limb wounds, 1 graze to the scalp; all admitted for "
   "observation.\n19:10 Police guard placed at the ward.\n22:00 Unrelated: two children with "
   "food poisoning." % ph,
   [I("a", rd, ph, "an election rally in Al-Manathera", "Manathera", "Najaf", "unknown", None,
      "civilians", "shooting", 0, "no fatalities", 4, "Four people injured")])

rd = "2023-11-22"
ph = "just after 01:00"
Wl("W11", rd, "BABIL HEALTH DIRECTORATE - HILLA TEACHING HOSPITAL",
   "[[a|01:40 Received from Jurf al-Sakhar (PMF): casualties of an air strike by an unidentified "
   "aircraft on a PMF site %s. Killed: 2 (brought in dead). Injured: 3, all PMF members]].\n"
   "02:30 Two of the injured to theatre.\n07:00 PMF liaison officer collected the bodies." % ph,
   [I("a", rd, ph, "Jurf al-Sakhar", "Jurf al-Sakhar", "Babil", "unknown", None, "PMU",
      "airstrike_operation", 2, "Killed: 2", 3, "Injured: 3")])


# ---------------------------------------------------------------- U
def U(key, rd, council, no, body, incs):
    head = "MINUTES - %s\nSession No. %s, held on %s\n\n" % (council, no, F(rd, "{D} {Month} {YYYY}"))
    doc(key, "U", rd, head + body, incs)


e, rd = "2022-05-21", "2022-05-23"
ph = F(e, "on {Wd} {D} May")
U("U1", rd, "Taza Khurmatu Subdistrict Council (Kirkuk)", "9/2022",
  "Present: 7 of 9 members.\n\nItem 1 (security). [[a|The chairman read a statement on the "
  "roadside bomb that struck a municipal water tanker in the Taza subdistrict %s, killing its "
  "driver]]. Nobody else was injured. The council asked the Kirkuk Operations Command to "
  "increase patrols on farm roads.\nItem 2. Allocation of 40 million dinars for school "
  "repairs: approved.\nItem 3. Complaints about electricity cuts: referred to the directorate." % ph,
  [I("a", e, ph, "the Taza subdistrict", "Taza Khurmatu", "Kirkuk", None, None, "civilians", "ied",
     1, "killing its driver", 0, "Nobody else was injured")])

e, rd = "2020-10-11", "2020-10-15"
ph = F(e, "on {D} October")
U("U2", rd, "Dhuluiya Subdistrict Council (Salah al-Din)", "22",
  "Attendance: quorum present.\n\nOpening: [[a|The council observed a minute of silence for two "
  "farmers from Al-Dhuluiya who were abducted from their fields %s and found shot dead the next "
  "morning]]. Members blamed Daesh remnants hiding in the Mutaibijah basin.\nItem 2: the "
  "irrigation schedule for the winter season was approved.\nItem 3: the council requested a "
  "new ambulance for the health centre." % ph,
  [I("a", e, ph, "Al-Dhuluiya", "Dhuluiya", "Salahuddin", "ISIS", "attributed", "civilians",
     "kidnapping+shooting", 2, "found shot dead", None, None)])

e, rd = "2021-06-17", "2021-06-21"
ph = F(e, "on {D} June")
U("U3", rd, "Haditha District Council (Anbar)", "31/2021",
  "Members present: 10.\n\n1. Security. [[a|The district commissioner briefed members on the "
  "mortar shells that fell on the village of Haqlaniya, in Haditha district, %s, wounding two "
  "children]]; no one was killed. He said the army had searched the Jazeera desert "
  "afterwards.\n2. The council approved the paving of the Barwana road.\n3. Truffle season: "
  "members warned residents against entering the desert." % ph,
  [I("a", e, ph, "the village of Haqlaniya, in Haditha district", "Haditha", "Anbar", None, None,
     "civilians", "mortar_rocket", 0, "no one was killed", 2, "wounding two children")])

e, rd = "2023-02-11", "2023-02-13"
ph = F(e, "on {D} February")
U("U4", rd, "Al-Hamdaniya District Council (Nineveh)", "4/2023",
  "Attendance: all members except two.\n\nItem 1. [[a|The council condemned the killing of a "
  "Shabak shopkeeper in Bazwaya, in Hamdaniya district, who was shot dead by unknown gunmen %s]]; "
  "members called for calm between communities.\nItem 2. Return of displaced families to "
  "Bakhdida: 23 families registered in January.\nItem 3. Water project in Bartella: "
  "contractor to be warned over delays." % ph,
  [I("a", e, ph, "Bazwaya, in Hamdaniya district", "Hamdaniya", "Nineveh", "unknown", None,
     "civilians", "shooting", 1, "shot dead", None, None)])

e, rd = "2022-04-09", "2022-04-11"
ph = F(e, "on {Wd} {D} April")
U("U5", rd, "Amedi District Council (Duhok)", "6",
  "Present: 8 members and the district commissioner.\n\nItem 1, security and tourism. [[a|The "
  "commissioner reported that a drone strike near the Sulav resort, just outside Amedi, %s had "
  "wounded two visitors from Mosul]]; there were no deaths. Members attributed the strike to "
  "Turkish forces and asked for compensation for the hotel owners.\nItem 2. Spring "
  "cleaning campaign approved." % ph,
  [I("a", e, ph, "the Sulav resort, just outside Amedi", "Amedi", "Dohuk", "Turkey", "attributed",
     "civilians", "airstrike_operation", 0, "there were no deaths", 2,
     "wounded two visitors from Mosul")])

e, rd = "2024-03-27", "2024-03-31"
ph = F(e, "on the night of {D} March")
U("U6", rd, "Al-Saadiya Subdistrict Council (Diyala)", "3/2024",
  "Attendance: 6 of 7.\n\nItem 1. [[a|Members discussed the sticky bomb that exploded under the "
  "car of the subdistrict's agricultural officer in Al-Saadiya %s, killing him and injuring his "
  "brother]]. The council demanded that the perpetrators be found.\nItem 2. Fuel quotas for "
  "farmers: approved.\nItem 3. Next session in April." % ph,
  [I("a", e, ph, "Al-Saadiya", "Saadiya", "Diyala", None, None, "civilians", "ied", 1,
     "killing him", 1, "injuring his brother")])

e, rd = "2021-08-09", "2021-08-12"
ph = F(e, "on {Wd}, {D} August")
U("U7", rd, "Al-Mahmudiyah District Council (Baghdad)", "17",
  "Present: 9.\n\nItem 1, security. [[a|The head of the council read the names of the three "
  "farmers killed when a roadside bomb exploded under their tractor in Al-Yusufiya %s]]; a "
  "fourth man was injured. Members asked the Baghdad Operations Command to clear the "
  "orchards.\nItem 2. Rubbish collection contract renewed.\nItem 3. Summer electricity "
  "schedule discussed." % ph,
  [I("a", e, ph, "Al-Yusufiya", "Yusufiya", "Baghdad", None, None, "civilians", "ied", 3,
     "the three farmers killed", 1, "a fourth man was injured")])

e, rd = "2024-06-18", "2024-06-20"
ph = F(e, "on {D} June")
U("U8", rd, "Al-Hamza District Council (Al-Qadisiyah)", "12/2024",
  "Present: 8.\n\n1. [[a|Members condemned the gunfire directed at the Al-Hamza police station "
  "%s, which wounded one policeman]]; no one died. The police chief said the attackers fled "
  "in a car without plates.\n2. Water shares for the Al-Shafiya canal were reviewed.\n3. "
  "Members asked for more teachers for village schools." % ph,
  [I("a", e, ph, "the Al-Hamza police station", "Hamza", "Qadisiyah", "unknown", None, "police",
     "shooting", 0, "no one died", 1, "wounded one policeman")])

e, rd = "2022-02-14", "2022-02-16"
ph = F(e, "on {D} February")
U("U9", rd, "Al-Khidr District Council (Muthanna)", "3",
  "Attendance: quorum.\n\nItem 1. [[a|The district director told members that unknown persons "
  "had fired on the gate of his house in Al-Khidr %s, hitting the gate and a parked car; none "
  "of his family was hit]]. Members expressed solidarity.\nItem 2. The council approved the "
  "hiring of 15 seasonal workers for the date harvest." % ph,
  [I("a", e, ph, "the gate of his house in Al-Khidr", "Khidr", "Muthanna", "unknown", None, "",
     "shooting", 0, "none of his family was hit", 0, "none of his family was hit")])

e, rd = "2019-04-07", "2019-04-10"
ph = F(e, "on {D} April")
U("U10", rd, "Tuz Khurmatu District Council (Salah al-Din)", "8/2019",
  "Present: 11 of 13.\n\n1. Security. [[a|The council mourned the two people killed by a "
  "motorcycle bomb in the main market of Tuz Khurmatu %s]]. Ten others were wounded, according "
  "to the hospital. Turkmen members blamed IS; Kurdish members called for joint "
  "patrols.\n2. Reconstruction of the market: a committee was formed." % ph,
  [I("a", e, ph, "the main market of Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", "ISIS",
     "attributed", "civilians", "ied", 2, "the two people killed", 10, "Ten others were wounded")])

e, rd = "2025-01-14", "2025-01-16"
ph = F(e, "on {D} January")
U("U11", rd, "Sinjar District Council (Nineveh)", "1/2025",
  "Present: 9.\n\nItem 1. [[a|Members condemned the drone strike on a car near Sinuni, in Sinjar "
  "district, %s, which killed two members of the Sinjar Resistance Units (YBS)]]; the council "
  "said Turkey was responsible and asked Baghdad to protest. Ankara regards the YBS as a PKK "
  "offshoot.\nItem 2. Return of displaced families: 140 families returned in December." % ph,
  [I("a", e, ph, "a car near Sinuni, in Sinjar district", "Sinjar", "Nineveh", "Turkey",
     "attributed", "PKK", "airstrike_operation", 2, "killed two members of the Sinjar Resistance Units (YBS)",
     None, None)])
