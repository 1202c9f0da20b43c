from lib import D, I

# ---------------- Style A: event-data notes, no year in the text ----------
D(1, "A", "txt", "2021-01-05", "Iraq", """Report date: 2021-01-05
Source: Shafaq News
Admin: Diyala / Khalis

[[a|On Dec 29, suspected IS militants opened fire on a PMU post near Albu Bali village in Khalis district, Diyala, killing two PMU members and wounding another.]] The attackers withdrew towards the orchards north of the village. Fatalities: 2.
""", [I("a", "2020-12-29", "day", "On Dec 29", "Albu Bali village", "Khalis", "Diyala", "ISIS", "suspected", ["PMU"], ["shooting"], 2, 1, "killing two PMU members", "wounding another")])

D(2, "A", "txt", "2020-05-02", "Iraq", """Date: 2020-05-02 | Source: Rudaw

[[a|On Apr 30, IS militants attacked a Peshmerga position in the Qarachogh mountain area near Makhmour (Ninewa), killing two Peshmerga fighters and wounding four.]] The militants used light and medium weapons and withdrew before reinforcements arrived from Gwer. Fatalities: 2.
""", [I("a", "2020-04-30", "day", "On Apr 30", "the Qarachogh mountain area near Makhmour", "Makhmour", "Nineveh", "ISIS", "attributed", ["Peshmerga"], ["shooting"], 2, 4, "killing two Peshmerga fighters", "wounding four")])

D(3, "A", "txt", "2021-03-17", "Iraq", """Source: Kurdistan 24 -- 17 March 2021

[[a|On Mar 16, an IED exploded against a federal police patrol on the road between Khanaqin and Jalawla, Diyala province, wounding three police members.]] No claim of responsibility. The road is used daily by trucks crossing to the Kurdistan Region. Fatalities: 0.
""", [I("a", "2021-03-16", "day", "On Mar 16", "the road between Khanaqin and Jalawla", "Khanaqin", "Diyala", "unknown", "unclaimed", ["police"], ["ied"], 0, 3, "Fatalities: 0", "wounding three police members")])

D(4, "A", "txt", "2019-03-02", "Iraq", """Reported 2019-03-02 (Al-Sumaria)

[[a|On Feb 27, IS militants kidnapped four truffle hunters in the desert near Nukhaib, Anbar.]] The fate of the hostages is unknown. Relatives said the men had left Karbala two days earlier. The truffle season draws hundreds of collectors into the western desert each spring.
""", [I("a", "2019-02-27", "day", "On Feb 27", "the desert near Nukhaib", "Nukhaib", "Anbar", "ISIS", "attributed", ["civilians"], ["kidnapping"], None, None, "none reported", "none reported")])

D(5, "A", "txt", "2020-11-21", "Iraq", """Date of report: 2020-11-21
Source: Alsumaria / local sources

[[a|On Nov 19, IS fighters attacked a PMU (Brigade 52) position in the Mutaibijah area, Salah al-Din, killing one PMU fighter.]] PMU and army units later launched a search operation in the surrounding villages. Fatalities: 1.
""", [I("a", "2020-11-19", "day", "On Nov 19", "the Mutaibijah area", "Mutaibijah", "Salahuddin", "ISIS", "attributed", ["PMU"], ["shooting"], 1, None, "killing one PMU fighter", "none reported")])

D(6, "A", "txt", "2022-01-04", "Iraq", """2022-01-04 -- Source: Iraqi News Agency (INA)

[[a|On Dec 31, Iraqi F-16 aircraft struck an IS hideout in Wadi al-Shay, south of Kirkuk, killing five IS members, according to the Security Media Cell.]] The cell said the hideout had been used to store weapons and food. Fatalities: 5.
""", [I("a", "2021-12-31", "day", "On Dec 31", "Wadi al-Shay", "Kirkuk", "Kirkuk", "Iraqi forces", "claimed", ["ISIS"], ["airstrike_operation"], 5, None, "killing five IS members", "none reported")])

D(7, "A", "txt", "2021-03-05", "Iraq", """Report date: 2021-03-05; source: Baghdad Today

[[a|On March 3, an IED detonated against a vehicle carrying farmers in the village of Imam Wais, northeast of Muqdadiyah, Diyala, killing one farmer and injuring two others.]] No group claimed the attack, though IS cells are active in the area. Fatalities: 1.
""", [I("a", "2021-03-03", "day", "On March 3", "the village of Imam Wais", "Muqdadiyah", "Diyala", "unknown", "unclaimed", ["civilians"], ["ied"], 1, 2, "killing one farmer", "injuring two others")])

D(8, "A", "txt", "2019-06-09", "Iraq", """Source: Asharq al-Awsat | 9 Jun 2019

[[a|On 7 June, unidentified gunmen assassinated the mukhtar of Al-Zawiya village in Shirqat district, Salah al-Din, in front of his house.]] Local sources said he had received threats for cooperating with the security forces. Fatalities: 1.
""", [I("a", "2019-06-07", "day", "On 7 June", "Al-Zawiya village", "Shirqat", "Salahuddin", "unknown", None, ["civilians"], ["shooting"], 1, None, "Fatalities: 1", "none reported")])

D(9, "A", "txt", "2020-02-03", "Iraq", """Report date: 2020-02-03
Source: Iraqi Security Media Cell; Shafaq News

[[a|On January 30, IS militants ambushed an army patrol 20 km south of Samarra, Salah al-Din, killing an officer and two soldiers.]] The patrol was returning from a search operation in the farmland east of the Tigris. Fatalities: 3.
""", [I("a", "2020-01-30", "day", "On January 30", "20 km south of Samarra", "Samarra", "Salahuddin", "ISIS", "attributed", ["army"], ["ambush"], 3, None, "killing an officer and two soldiers", "none reported")])

D(10, "A", "txt", "2023-01-03", "Iraq", """Report date: 2023-01-03
Source: Rudaw; Kurdistan 24

[[a|On Dec 27, IS militants attacked a Hashd checkpoint at the entrance of Al-Shura subdistrict, south of Mosul, killing three PMU fighters.]] Security sources said the attackers came from the Wadi al-Tharthar direction. Fatalities: 3.
""", [I("a", "2022-12-27", "day", "On Dec 27", "Al-Shura subdistrict", "Shura", "Nineveh", "ISIS", "attributed", ["PMU"], ["shooting"], 3, None, "killing three PMU fighters", "none reported")])

D(11, "A", "txt", "2019-04-24", "Iraq", """Date: 2019-04-24 | Source: Al-Ghad Press

[[a|On Apr 21, a sticky bomb attached to a car exploded in the Al-Bayaa neighbourhood of Baghdad, wounding the driver.]] Police did not identify the target. The car was parked near a busy intersection in the west of the city. Fatalities: 0.
""", [I("a", "2019-04-21", "day", "On Apr 21", "the Al-Bayaa neighbourhood of Baghdad", "Baghdad", "Baghdad", None, None, ["civilians"], ["ied"], 0, 1, "Fatalities: 0", "wounding the driver")])

D(12, "A", "txt", "2021-08-02", "Iraq", """Report date: 2021-08-02
Source: Shafaq News

[[a|On Jul 31, a mortar round fired by suspected IS members landed near a PMU headquarters in the Al-Eith area, in Salah al-Din.]] No casualties were reported. The round struck an empty plot behind the building, the PMU media office said.
""", [I("a", "2021-07-31", "day", "On Jul 31", "the Al-Eith area", None, "Salahuddin", "ISIS", "suspected", ["PMU"], ["mortar_rocket"], 0, 0, "No casualties were reported", "No casualties were reported")])

D(13, "A", "txt", "2020-09-14", "Iraq", """Report date: 2020-09-14. Source: Anbar local media.

[[a|On Sep 12, IS militants attacked the house of a tribal Hashd member in Al-Karma, east of Falluja (Anbar), killing him and his brother.]] The attackers fled in a car towards the farmland north of the town. Fatalities: 2.
""", [I("a", "2020-09-12", "day", "On Sep 12", "Al-Karma", "Karma", "Anbar", "ISIS", "attributed", ["PMU", "civilians"], ["shooting"], 2, None, "killing him and his brother", "none reported")])

D(14, "A", "txt", "2019-10-20", "Iraq", """Report date: 2019-10-20 -- Source: Alsumaria

[[a|On Oct 18, an IED struck an Iraqi army vehicle on the Baiji-Haditha road, west of Baiji, Salah al-Din, killing two soldiers and wounding three.]] The vehicle was escorting a fuel tanker towards the Baiji refinery. Fatalities: 2.
""", [I("a", "2019-10-18", "day", "On Oct 18", "the Baiji-Haditha road, west of Baiji", "Baiji", "Salahuddin", None, None, ["army"], ["ied"], 2, 3, "killing two soldiers", "wounding three")])

D(15, "A", "txt", "2022-03-10", "Iraq", """Report date: 2022-03-10
Source: Kurdistan 24; Turkish MoD

[[a|On March 8, Turkish aircraft struck suspected PKK positions in the Sidakan subdistrict of Soran district, Erbil province.]] Turkey's defence ministry said "terrorists were neutralised" but gave no number; local officials reported no civilian casualties. Fatalities: unknown.
""", [I("a", "2022-03-08", "day", "On March 8", "the Sidakan subdistrict of Soran district", "Sidakan", "Erbil", "Turkey", "claimed", ["PKK"], ["airstrike_operation"], None, None, "none reported", "none reported")])

D(16, "A", "txt", "2021-05-31", "Iraq", """Source: Rudaw; report date 2021-05-31

[[a|On May 29, gunmen on a motorcycle shot and wounded a journalist near his home in Diwaniyah, Qadisiyah.]] The journalist had covered the protest movement and local corruption cases. Press freedom groups called on the authorities to find the attackers. Fatalities: 0.
""", [I("a", "2021-05-29", "day", "On May 29", "Diwaniyah", "Diwaniyah", "Qadisiyah", "unknown", None, ["civilians"], ["shooting"], 0, 1, "Fatalities: 0", "shot and wounded a journalist")])

D(17, "A", "txt", "2020-07-06", "Iraq", """Report date: 2020-07-06
Source: Kirkuk Now

[[a|On Jul 4, IS militants set up a fake checkpoint on the Kirkuk-Tuz Khurmatu road near Yaychi and abducted two truck drivers.]] Their trucks were later found burnt. Drivers have complained for months about the lack of patrols on the road at night. Fatalities: 0.
""", [I("a", "2020-07-04", "day", "On Jul 4", "the Kirkuk-Tuz Khurmatu road near Yaychi", "Yaychi", "Kirkuk", "ISIS", "attributed", ["civilians"], ["kidnapping"], 0, None, "Fatalities: 0", "none reported")])

D(18, "A", "txt", "2023-04-11", "Iraq", """Report date: 2023-04-11 | Source: Shafaq News

[[a|On Apr 9, an IS sleeper cell attacked shepherds in Wadi Houran, west of Rutba, Anbar, killing one shepherd and stealing dozens of sheep.]] Tribal elders in Rutba called for more army patrols in the valley. Fatalities: 1.
""", [I("a", "2023-04-09", "day", "On Apr 9", "Wadi Houran", "Rutba", "Anbar", "ISIS", "attributed", ["civilians"], ["shooting"], 1, None, "killing one shepherd", "none reported")])

D(19, "A", "txt", "2020-01-07", "Iraq", """Report date: 2020-01-07
Source: Diyala police statement

[[a|On Dec 30, IS militants attacked a Hashd position in the Hamrin basin near Jalawla, Diyala, killing a PMU fighter.]] The PMU said its fighters returned fire and that the attackers withdrew towards the Hamrin hills. Fatalities: 1.
""", [I("a", "2019-12-30", "day", "On Dec 30", "the Hamrin basin near Jalawla", "Jalawla", "Diyala", "ISIS", "attributed", ["PMU"], ["shooting"], 1, None, "killing a PMU fighter", "none reported")])

# ---------------- Style B: database summaries (MM/DD/YYYY) ----------------
D(20, "B", "txt", None, "Iraq", """01/02/2021: Assailants attacked a Popular Mobilization Forces (PMF) checkpoint in Al-Mutaibijah area, Salah ad Din governorate, Iraq. [[a|Three PMF members were killed and two others were wounded in the attack.]] No group claimed responsibility for the incident; however, sources attributed the attack to the Islamic State of Iraq and the Levant (ISIL).
""", [I("a", "2021-01-02", "day", "01/02/2021", "Al-Mutaibijah area", "Mutaibijah", "Salahuddin", "ISIS", "attributed", ["PMU"], ["shooting"], 3, 2, "Three PMF members were killed", "two others were wounded")])

D(21, "B", "txt", None, "Iraq", """03/25/2020: [[a|Assailants detonated an explosive device targeting an Iraqi Army vehicle near Hit city, Hit district, Al Anbar governorate, Iraq.]] Two soldiers were killed in the blast. The Islamic State of Iraq and the Levant (ISIL) claimed responsibility for the incident.
""", [I("a", "2020-03-25", "day", "03/25/2020", "Hit city, Hit district", "Hit", "Anbar", "ISIS", "claimed", ["army"], ["ied"], 2, None, "Two soldiers were killed", "none reported")])

D(22, "B", "txt", None, "Iraq", """07/04/2019: [[a|Assailants opened fire on a vehicle carrying civilians on a rural road near Tarmiyah, Baghdad governorate, Iraq.]] Four civilians were killed and one was wounded. No group claimed responsibility; sources suspected ISIL involvement. The victims were returning from a funeral in a nearby village.
""", [I("a", "2019-07-04", "day", "07/04/2019", "a rural road near Tarmiyah", "Tarmiyah", "Baghdad", "ISIS", "suspected", ["civilians"], ["shooting"], 4, 1, "Four civilians were killed", "one was wounded")])

D(23, "B", "txt", None, "Iraq", """11/08/2020: [[a|An explosive device detonated near a coffee shop in the market area of Al-Qayyarah town, Mosul district, Nineveh governorate, Iraq.]] At least one civilian was killed and six others were wounded in the blast. No group claimed responsibility for the incident.
""", [I("a", "2020-11-08", "day", "11/08/2020", "Al-Qayyarah town", "Qayyarah", "Nineveh", "unknown", "unclaimed", ["civilians"], ["ied"], 1, 6, "At least one civilian was killed", "six others were wounded")])

D(24, "B", "txt", None, "Iraq", """02/09/2021: [[a|Assailants attacked Peshmerga positions near Kifri town, Kifri district, Diyala governorate, Iraq.]] One Peshmerga member was killed and two were wounded in the ensuing clash. No group claimed responsibility; however, sources attributed the attack to the Islamic State of Iraq and the Levant (ISIL).
""", [I("a", "2021-02-09", "day", "02/09/2021", "Kifri town, Kifri district", "Kifri", "Diyala", "ISIS", "attributed", ["Peshmerga"], ["shooting"], 1, 2, "One Peshmerga member was killed", "two were wounded")])

D(25, "B", "txt", None, "Iraq", """10/15/2019: [[a|Assailants abducted a civilian engineer working for an oil company near the Khabbaz oil field, Kirkuk governorate, Iraq.]] The victim's fate is unknown. The engineer was abducted while travelling between the field and Kirkuk city. No group claimed responsibility for the incident.
""", [I("a", "2019-10-15", "day", "10/15/2019", "the Khabbaz oil field", "Kirkuk", "Kirkuk", "unknown", "unclaimed", ["civilians"], ["kidnapping"], None, None, "none reported", "none reported")])

D(26, "B", "txt", None, "Iraq", """04/14/2021: [[a|Assailants launched an explosives-laden drone at a coalition facility at Erbil International Airport, Erbil city, Erbil governorate, Iraq.]] The drone struck a hangar; no casualties were reported. No group claimed responsibility; however, sources attributed the attack to Kataib Hezbollah, a faction of the Popular Mobilization Forces (PMF).
""", [I("a", "2021-04-14", "day", "04/14/2021", "Erbil International Airport", "Erbil", "Erbil", "PMU", "attributed", ["US forces"], ["other"], 0, 0, "no casualties were reported", "no casualties were reported")])

D(27, "B", "txt", "2019-06-06", "Iraq", """[[a|Reported on 06 06 2019, gunmen believed to be from the Islamic State killed a farmer and his son in the village of Albu Hayat, Daquq district, Kirkuk.]] The attackers fled toward the Hamrin hills. No further details were available.
""", [I("a", "2019-06-06", "reported", "Reported on 06 06 2019", "the village of Albu Hayat", "Daquq", "Kirkuk", "ISIS", "suspected", ["civilians"], ["shooting"], 2, None, "killed a farmer and his son", "none reported")])

D(28, "B", "txt", "2020-08-21", "Iraq", """[[a|Reported on 21 08 2020, two members of the Iraqi army were killed when an improvised explosive device (IED) hit their vehicle in the Tarmiyah district, north of Baghdad.]] A third soldier was wounded. Islamic State (IS) claimed responsibility via Amaq.
""", [I("a", "2020-08-21", "reported", "Reported on 21 08 2020", "the Tarmiyah district", "Tarmiyah", "Baghdad", "ISIS", "claimed", ["army"], ["ied"], 2, 1, "two members of the Iraqi army were killed", "A third soldier was wounded")])

D(29, "B", "txt", None, "Iraq", """05/17/2022: [[a|Assailants attacked Iraqi Army soldiers stationed in Al-Adhaim subdistrict, Al-Khalis district, Diyala governorate, Iraq.]] Four soldiers were killed and one was wounded in the attack. The Islamic State of Iraq and the Levant (ISIL) claimed responsibility for the incident.
""", [I("a", "2022-05-17", "day", "05/17/2022", "Al-Adhaim subdistrict, Al-Khalis district", "Adhaim", "Diyala", "ISIS", "claimed", ["army"], ["shooting"], 4, 1, "Four soldiers were killed", "one was wounded")])

D(30, "B", "txt", None, "Iraq", """09/20/2019: [[a|An explosive device detonated on a minibus at a checkpoint near the northern entrance of Karbala city, Karbala governorate, Iraq.]] At least 12 passengers were killed and five others were wounded in the blast. The Islamic State of Iraq and the Levant (ISIL) claimed responsibility for the incident.
""", [I("a", "2019-09-20", "day", "09/20/2019", "a checkpoint near the northern entrance of Karbala city", "Karbala", "Karbala", "ISIS", "claimed", ["civilians"], ["ied"], 12, 5, "At least 12 passengers were killed", "five others were wounded")])

D(31, "B", "txt", None, "Iraq", """03/04/2023: [[a|Assailants shot and killed a member of the Federal Police in Al-Rashad subdistrict, Kirkuk governorate, Iraq.]] No group claimed responsibility for the incident; however, sources suspected ISIL involvement. The victim was off duty and shopping in the local market at the time.
""", [I("a", "2023-03-04", "day", "03/04/2023", "Al-Rashad subdistrict", "Rashad", "Kirkuk", "ISIS", "suspected", ["police"], ["shooting"], 1, None, "shot and killed a member of the Federal Police", "none reported")])

D(32, "B", "txt", None, "Iraq", """12/05/2021: [[a|Assailants attacked a Peshmerga position near Qarachogh mountain, Makhmour district, Ninawa governorate, Iraq.]] Four Peshmerga members were killed and three others were wounded. No group claimed responsibility for the incident; however, sources attributed the attack to the Islamic State of Iraq and the Levant (ISIL).
""", [I("a", "2021-12-05", "day", "12/05/2021", "Qarachogh mountain, Makhmour district", "Makhmour", "Nineveh", "ISIS", "attributed", ["Peshmerga"], ["shooting"], 4, 3, "Four Peshmerga members were killed", "three others were wounded")])

D(33, "B", "txt", None, "Iraq", """11/28/2019: [[a|Security forces opened fire on protesters near Al-Zaitoun bridge in Nasiriyah city, Dhi Qar governorate, Iraq.]] At least 25 protesters were killed and more than 200 were wounded. The incident is part of a wave of violence against anti-government demonstrators.
""", [I("a", "2019-11-28", "day", "11/28/2019", "Al-Zaitoun bridge in Nasiriyah city", "Nasiriyah", "Dhi Qar", "security forces", "attributed", ["civilians"], ["shooting"], 25, 200, "At least 25 protesters were killed", "more than 200 were wounded")])

D(34, "B", "txt", None, "Iraq", """07/13/2022: [[a|Assailants fired a rocket at the Khor Mor gas field, Chamchamal district, Sulaymaniyah governorate, Iraq.]] No casualties were reported; a storage tank was damaged. No group claimed responsibility for the incident. The field supplies gas to power stations in the Kurdistan Region.
""", [I("a", "2022-07-13", "day", "07/13/2022", "the Khor Mor gas field", "Chamchamal", "Sulaymaniyah", "unknown", "unclaimed", [], ["mortar_rocket"], 0, 0, "No casualties were reported", "No casualties were reported")])

D(35, "B", "txt", None, "Iraq", """02/18/2020: [[a|Assailants abducted three members of a family from their home in a village in Al-Baaj district, Ninawa governorate, Iraq.]] The victims were later released after the family paid a ransom. Sources attributed the incident to the Islamic State of Iraq and the Levant (ISIL).
""", [I("a", "2020-02-18", "day", "02/18/2020", "a village in Al-Baaj district", "Baaj", "Nineveh", "ISIS", "attributed", ["civilians"], ["kidnapping"], None, None, "none reported", "none reported")])

D(36, "B", "txt", "2021-11-15", "Iraq", """[[a|Reported on 15 11 2021, a roadside bomb exploded near an army vehicle in Al-Siniya, west of Baiji, Salah al-Din province, wounding three soldiers.]] Security forces cordoned off the area. Islamic State did not immediately claim the attack. The soldiers were taken to a hospital in Tikrit.
""", [I("a", "2021-11-15", "reported", "Reported on 15 11 2021", "Al-Siniya, west of Baiji", "Baiji", "Salahuddin", "unknown", "unclaimed", ["army"], ["ied"], None, 3, "none reported", "wounding three soldiers")])
