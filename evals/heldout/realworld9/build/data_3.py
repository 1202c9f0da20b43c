"""realworld9 data, part 3: styles E (no casualty figures, or explicitly
none), G (revised / restated tolls), H (noise: attacks outside Iraq and Iraqi
non-attacks), J (containers: .json exports, .html pages, .md web clippings)."""
from lib import I, F, W, add, doc


def md(title, outlet, rd, body):
    return (f"---\ntitle: \"{title}\"\nsource: {outlet}\npublished: {rd}\n---\n\n# {title}\n\n{body}")


# ------------------------------------------------------------------ E: no casualty figures
ed = "2022-03-18"; rd = "2022-03-19"
doc("E01", "E", rd,
    f"Shafaq News/ [[a|ISIS remnants blew up a high-voltage electricity tower on the Kirkuk-Hawija line near "
    f"Al-Multaqa subdistrict {F(ed, 'on {Wd} night')}]], a source in the Kirkuk electricity directorate said on "
    f"{W(rd)}.\n\nThe source told Shafaq News Agency that the explosion cut power to dozens of villages, and that "
    f"maintenance teams would need security protection to reach the tower.\n\n{F(rd, '{YYYY}-{MM}-{DD}')} 12:05",
    [I("a", ed, F(ed, "on {Wd} night"), "Al-Multaqa subdistrict", "Multaqa", "Kirkuk", "ISIS", "attributed", "",
       "ied", None, None, None, None)])

ed = "2021-10-20"; rd = "2021-10-21"
doc("E02", "E", rd,
    f"Baghdad Today -- Diyala\n{F(rd, '{DD}/{MM}/{YYYY}')}\n\nA security source said on {W(rd)} that [[a|unknown "
    f"gunmen kidnapped a truck driver on the road near Kanaan, east of Baquba, {F(ed, 'on {Wd} evening')}]].\n\n"
    f"The source told Baghdad Today that the gunmen, who were driving a pickup, stopped the truck and took the "
    f"driver to an unknown destination. His fate is still unknown. Police have opened an investigation.",
    [I("a", ed, F(ed, "on {Wd} evening"), "the road near Kanaan, east of Baquba", "Kanaan", "Diyala", "unknown",
       None, "civilians", "kidnapping", None, None, None, None)])

ed = "2020-09-19"; rd = "2020-09-20"
doc("E03", "E", rd,
    f"Iraqi News | {F(rd, '{Month} {D}, {YYYY}')}\n\nSalah al-Din (IraqiNews.com) – [[a|Three Katyusha rockets "
    f"fell near Balad air base, the main base of Iraq's F-16 fleet, {F(ed, 'on {Wd} night')}]], the Security "
    f"Media Cell said.\n\nThe cell said in a brief statement that the rockets landed in an open area outside the "
    f"perimeter of the base, without giving further details.",
    [I("a", ed, F(ed, "on {Wd} night"), "Balad air base", "Balad", "Salahuddin", None, None, "army",
       "mortar_rocket", None, None, None, None)])

ed = "2024-04-19"; rd = "2024-04-20"
doc("E04", "E", rd,
    f"964 | Nineveh | {F(rd, '{D} {Month} {YYYY}')}\n\n[[a|Unknown persons threw a sound bomb at a liquor store in "
    f"the market of Bartella, east of Mosul, after midnight on {W(ed)}]], damaging its front and shattering the "
    f"windows of neighbouring shops, a local source told 964.\n\nIt is the second attack on a liquor store in the "
    f"Nineveh Plains this year.",
    [I("a", ed, F(ed, "after midnight on {Wd}"), "the market of Bartella, east of Mosul", "Bartella", "Nineveh",
       "unknown", None, "", "ied", None, None, None, None)])

ed = "2019-07-18"; rd = "2019-07-19"
doc("E05", "E", rd,
    f"Baghdad (IraqiNews.com) – [[a|An explosive device went off outside the house of a member of parliament in "
    f"Baghdad's Al-Ghazaliya neighbourhood {F(ed, 'late on {Wd}')}, damaging the outer gate and a car parked "
    f"outside]], a security source said.\n\n\"No one was hurt,\" the source said, adding that the MP was not at "
    f"home at the time. The MP's office described the attack as an attempt at intimidation.\n\n"
    f"{F(rd, '{DD}-{MM}-{YYYY}')}",
    [I("a", ed, F(ed, "late on {Wd}"), "Baghdad's Al-Ghazaliya neighbourhood", "Baghdad", "Baghdad", None, None,
       "civilians", "ied", 0, "No one was hurt", 0, "No one was hurt")])

ed = "2023-08-19"; rd = "2023-08-20"
doc("E06", "E", rd,
    f"Kurdistan24 | {F(rd, '{DD}-{MM}-{YYYY}')}\n\nDUHOK (Kurdistan24) – [[a|Turkish warplanes bombed the slopes "
    f"above Sarsing {F(ed, 'on {Wd}')}, sparking forest fires]] that villagers struggled to put out, local "
    f"officials said.\n\nThe officials said the fires spread over several hills and destroyed oak trees and "
    f"grazing land. Civil defence teams were unable to reach the area because of the continuing bombardment.",
    [I("a", ed, F(ed, "on {Wd}"), "the slopes above Sarsing", "Sarsing", "Dohuk", "Turkey", "attributed", "",
       "airstrike_operation", None, None, None, None)])

ed = "2023-01-17"; rd = "2023-01-18"
doc("E07", "E", rd,
    f"INA - Anbar\n{F(rd, '{YYYY}-{MM}-{DD}')}\n\nThe Anbar electricity distribution directorate said on {W(rd)} "
    f"that [[a|unknown persons blew up an electricity pylon near Al-Baghdadi with explosive charges "
    f"{F(ed, 'on {Wd} night')}]], cutting power to parts of the Haditha district.\n\nThe directorate said repair "
    f"teams had begun work and that power would be restored within two days.",
    [I("a", ed, F(ed, "on {Wd} night"), "near Al-Baghdadi", "Baghdadi", "Anbar", "unknown", None, "", "ied", None,
       None, None, None)])

ed = "2021-08-04"; rd = "2021-08-04"
doc("E08", "E", rd,
    f"Shafaq News/ [[a|A sound bomb exploded at the door of a political party office in the Al-Ameer neighbourhood "
    f"of Najaf after midnight]], a police source said on {W(rd)}.\n\nThe source told Shafaq News Agency that the "
    f"blast caused material damage to the door and the facade of the building, and that the office was closed at "
    f"the time.\n\n{F(rd, '{D} {Month} {YYYY}')}",
    [I("a", ed, "after midnight", "the Al-Ameer neighbourhood of Najaf", "Najaf", "Najaf", None, None, "", "ied",
       None, None, None, None)])

ed = "2022-05-20"; rd = "2022-05-21"
doc("E09", "E", rd,
    f"Alsumaria News | {F(rd, '{D} {Month} {YYYY}')}\n\nMuthanna - [[a|Unknown persons set fire to about 30 dunams of "
    f"wheat ready for harvest in Al-Rumaitha district {F(ed, 'on {Wd} evening')}]], the district's agriculture "
    f"department said.\n\nThe department said civil defence teams put out the fire after several hours. The owner "
    f"of the fields told Alsumaria that he had received threats over a land dispute.",
    [I("a", ed, F(ed, "on {Wd} evening"), "Al-Rumaitha district", "Rumaitha", "Muthanna", "unknown", None, "",
       "other", None, None, None, None)])

ed = "2024-02-13"; rd = "2024-02-14"
doc("E10", "E", rd,
    f"Shafaq News/ [[a|Unknown gunmen opened fire {F(ed, 'on {Wd} night')} on the car of the director of civil "
    f"defence in Al-Hay district, in Wasit governorate; he escaped unharmed]], a police source said on {W(rd)}.\n\n"
    f"The source told Shafaq News Agency that the car was hit by several bullets, and that the attackers fled. "
    f"An investigation has been opened.\n\n{F(rd, '{YYYY}-{MM}-{DD}')}",
    [I("a", ed, F(ed, "on {Wd} night"), "Al-Hay district, in Wasit governorate", "Hay", "Wasit", "unknown", None,
       "civilians", "shooting", 0, "he escaped unharmed", 0, "he escaped unharmed")])

ed = "2023-11-28"; rd = "2023-11-29"
doc("E11", "E", rd,
    f"Baghdad Today -- Al-Diwaniyah\n{F(rd, '{DD}/{MM}/{YYYY}')}\n\n[[a|An explosive device exploded last night in "
    f"front of the house of a candidate for the Al-Diwaniyah provincial council elections in the Afak district, "
    f"damaging his car]], a local source told Baghdad Today on {W(rd)}.\n\nThe candidate said in a post on "
    f"social media that the attack would not stop him from running.",
    [I("a", ed, "last night", "the Afak district", "Afak", "Qadisiyah", None, None, "civilians", "ied", None, None,
       None, None)])

# ------------------------------------------------------------------ G: revised / restated tolls
ed = "2022-03-20"; rd = "2022-03-21"
doc("G01", "G", rd,
    f"Shafaq News/ UPDATE\n{F(rd, '{YYYY}-{MM}-{DD}')} 10:40\n\n[[a|The toll of the ISIS attack on an army post in "
    f"the Dibis district, northwest of Kirkuk, {F(ed, 'on {Wd}')}]] has risen to three soldiers killed, after "
    f"one of the wounded died in hospital, a security source said on {W(rd)}.\n\nShafaq News Agency had reported "
    f"yesterday that two soldiers were killed and three others were injured in the attack. \"The toll now stands "
    f"at three dead and two wounded,\" the source said.",
    [I("a", ed, F(ed, "on {Wd}"), "the Dibis district, northwest of Kirkuk", "Dibis", "Kirkuk", "ISIS",
       "attributed", "army", "shooting", 3, "three dead", 2, "two wounded")])

ed = "2021-10-22"; rd = "2021-10-23"
doc("G02", "G", rd,
    f"Baquba (Iraq) (AFP) - [[a|The toll from an attack by gunmen on a village near Muqdadiyah in Iraq's Diyala "
    f"province {F(ed, 'on {Wd} night')} rose to six dead]], officials said {W(rd)}, in one of the deadliest "
    f"incidents in the area this year.\n\nAn earlier toll had given four dead. Among the dead were two children, "
    f"a local official said, adding that five other people were wounded.\n\nNo group has claimed the attack, but "
    f"officials blamed the Islamic State group.\n\n{F(rd, '{D} {Mon} {YYYY}')} - AFP",
    [I("a", ed, F(ed, "on {Wd} night"), "a village near Muqdadiyah", "Muqdadiyah", "Diyala", "ISIS", "attributed",
       "civilians", "shooting", 6, "rose to six dead", 5, "five other people were wounded")])

ed = "2020-09-21"; rd = "2020-09-22"
doc("G03", "G", rd,
    f"BAGHDAD, {F(rd, '{Month} {D}')} (Reuters) - [[a|A roadside bomb struck a vehicle of the Popular Mobilisation "
    f"Forces near Baiji in Salahuddin province {F(ed, 'on {Wd}')}]], the PMF said, correcting earlier reports from "
    f"security sources that three fighters had been killed.\n\nThe PMF said in a statement that two of its "
    f"fighters were killed and four were wounded. It blamed Islamic State militants.\n\n"
    f"Reporting by Baghdad newsroom\n{F(rd, '{Month} {D}, {YYYY}')}",
    [I("a", ed, F(ed, "on {Wd}"), "near Baiji in Salahuddin province", "Baiji", "Salahuddin", "ISIS",
       "attributed", "PMU", "ied", 2, "two of its fighters were killed", 4, "four were wounded")])

ed = "2024-04-20"; rd = "2024-04-21"; wds = W(ed) + "'s"
doc("G04", "G", rd,
    f"964 | Mosul | {F(rd, '{D} {Month} {YYYY}')}\n\n[[a|Nineveh police corrected on {W(rd)} the toll of "
    f"{wds} explosion in a rubbish bin at the Bab al-Toub market in central Mosul]], saying one "
    f"person was killed and seven were wounded.\n\nInitial reports on social media had spoken of two dead. The "
    f"police said the device was small and that investigators had not yet established who planted it.",
    [I("a", ed, wds, "the Bab al-Toub market in central Mosul", "Mosul", "Nineveh", None, None,
       "civilians", "ied", 1, "one person was killed", 7, "seven were wounded")])

ed = "2019-07-20"; rd = "2019-07-21"
doc("G05", "G", rd,
    f"BAGHDAD (AP) — [[a|The death toll from a bomb that exploded on a minibus in Baghdad's Shula district "
    f"{F(ed, 'on {Wd}')} has risen to four]], Iraq's Health Ministry said {W(rd)}.\n\nThe ministry said 11 other "
    f"people were injured. Police had initially said three people were killed. There was no immediate claim of "
    f"responsibility.\n\n{F(rd, '{Month} {D}, {YYYY}')}",
    [I("a", ed, F(ed, "on {Wd}"), "Baghdad's Shula district", "Baghdad", "Baghdad", "unknown", "unclaimed",
       "civilians", "ied", 4, "has risen to four", 11, "11 other people were injured")])

ed = "2023-08-21"; rd = "2023-08-22"
doc("G06", "G", rd,
    f"Kurdistan24 | {F(rd, '{DD}-{MM}-{YYYY}')}\n\nDUHOK (Kurdistan24) – [[a|A drone strike believed to be Turkish "
    f"hit a car near Bamerni subdistrict {F(ed, 'on {Wd}')}, killing two civilians, a father and his son, and "
    f"injuring a third person]], the Duhok health directorate said.\n\nEarlier local reports had put the number of "
    f"dead at one. The directorate said the injured man was in stable condition.",
    [I("a", ed, F(ed, "on {Wd}"), "near Bamerni subdistrict", "Bamerni", "Dohuk", "Turkey", "suspected",
       "civilians", "airstrike_operation", 2, "killing two civilians", 1, "injuring a third person")])

ed = "2023-01-22"; rd = "2023-01-23"
doc("G07", "G", rd,
    f"Shafaq News/ [[a|The toll of the ISIS attack on a Hashd position near Al-Ubaydi in western Al-Anbar "
    f"{F(ed, 'on {Wd}')}]] has risen to four martyrs, among them two brothers, a security source said on "
    f"{W(rd)}.\n\nThe source told Shafaq News Agency that a fighter who was wounded in the attack died of his "
    f"injuries overnight, and that one other fighter remains in hospital.\n\n{F(rd, '{D} {Month} {YYYY}')}",
    [I("a", ed, F(ed, "on {Wd}"), "a Hashd position near Al-Ubaydi in western Al-Anbar", "Ubaydi", "Anbar", "ISIS",
       "attributed", "PMU", "shooting", 4, "has risen to four martyrs", 1, "one other fighter remains in hospital")])

ed = "2022-05-17"; rd = "2022-05-18"
doc("G08", "G", rd,
    f"BASRA, Iraq, {F(rd, '{Month} {D}')} (Reuters) - [[a|A bomb attached to a motorcycle exploded near a "
    f"hospital in central Basra {F(ed, 'on {Wd}')}, killing three people and wounding nine]], health officials "
    f"said {W(rd)}, revising an initial toll of two dead.\n\nIt was not immediately clear who was behind the "
    f"blast, the second in the city this year.\n\nReporting by Aref Mohammed; Editing by Hugh Lawson\n"
    f"{F(rd, '{Month} {D}, {YYYY}')}",
    [I("a", ed, F(ed, "on {Wd}"), "a hospital in central Basra", "Basra", "Basra", None, None, "civilians", "ied",
       3, "killing three people", 9, "wounding nine")])

ed = "2020-01-24"; rd = "2020-01-25"
doc("G09", "G", rd,
    f"Nasiriyah (Iraq) (AFP) - [[a|Iraqi security forces fired live rounds at protesters in the southern city of "
    f"Nasiriyah on {W(ed)}]], killing three people, medics said {W(rd)}, raising a toll that had stood at one "
    f"dead overnight.\n\nMore than 40 protesters were also wounded, the medics said, as demonstrators tried to "
    f"reoccupy a bridge cleared by police.\n\n{F(rd, '{D} {Mon} {YYYY}')} - AFP",
    [I("a", ed, F(ed, "on {Wd}"), "the southern city of Nasiriyah", "Nasiriyah", "Dhi Qar", "security forces",
       "attributed", "civilians", "shooting", 3, "killing three people", 40,
       "More than 40 protesters were also wounded")])

ed = "2022-10-05"; rd = "2022-10-06"
doc("G10", "G", rd,
    f"Rudaw | {F(rd, '{D} {Month} {YYYY}')}\n\nERBIL, Kurdistan Region – [[a|A bomb planted under a car exploded in "
    f"Erbil's Ankawa district {F(ed, 'on {Wd} night')}, killing the driver and injuring a passer-by]], the Erbil "
    f"Asayish said, after earlier reports had spoken of two dead.\n\nThe Asayish said in a statement that an "
    f"investigation was under way, without naming any suspect.",
    [I("a", ed, F(ed, "on {Wd} night"), "Erbil's Ankawa district", "Erbil", "Erbil", None, None, "civilians",
       "ied", 1, "killing the driver", 1, "injuring a passer-by")])

ed = "2024-10-08"; rd = "2024-10-09"
doc("G11", "G", rd,
    f"Iraqi News Agency (INA) - Babil\n{F(rd, '{YYYY}/{MM}/{DD}')}\n\nBabil police said on {W(rd)} that [[a|one "
    f"person was killed and four others were injured when an explosive device went off in a market in central "
    f"Hilla {F(ed, 'on {Wd} evening')}]].\n\nThe police said in a statement that earlier figures of two injured "
    f"had been updated after more victims reached hospital. No party has claimed the explosion.",
    [I("a", ed, F(ed, "on {Wd} evening"), "a market in central Hilla", "Hilla", "Babil", "unknown", "unclaimed",
       "civilians", "ied", 1, "one person was killed", 4, "four others were injured")])

# ------------------------------------------------------------------ H: noise
ed = "2022-03-24"; rd = "2022-03-25"
doc("H01", "H", rd,
    f"DEIR EZ-ZOR, Syria, {F(rd, '{Month} {D}')} (Reuters) - [[a|A roadside bomb killed two civilians near the town "
    f"of Al-Shuhail in Syria's eastern Deir ez-Zor province {F(ed, 'on {Wd}')}]], the Kurdish-led Syrian "
    f"Democratic Forces said.\n\nThe SDF blamed Islamic State cells, which remain active in the area across the "
    f"border from Iraq.\n\n{F(rd, '{Month} {D}, {YYYY}')}",
    [I("a", ed, F(ed, "on {Wd}"), "the town of Al-Shuhail", "Shuhail", None, "ISIS", "attributed", "civilians",
       "ied", 2, "killed two civilians", None, None, country="Syria")], country="Syria")

ed = "2023-08-16"; rd = "2023-08-17"
doc("H02", "H", rd,
    f"ANKARA (dpa) - [[a|Two Turkish soldiers were killed in an attack by PKK militants on a military base in "
    f"Semdinli, in Hakkari province, {F(ed, 'on {Wd}')}]], Turkey's defence ministry said.\n\nThe ministry said "
    f"the attackers had been \"neutralized\" in a follow-up operation.\n\ndpa {F(rd, '{D} {Month} {YYYY}')}",
    [I("a", ed, F(ed, "on {Wd}"), "Semdinli, in Hakkari province", "Semdinli", None, "PKK", "attributed", "army",
       "other", 2, "Two Turkish soldiers were killed", None, None, country="Turkey")], country="Turkey")

ed = "2021-10-09"; rd = "2021-10-10"
doc("H03", "H", rd,
    f"Rudaw | {F(rd, '{D} {Month} {YYYY}')}\n\nERBIL, Kurdistan Region - [[a|Unknown gunmen killed two police "
    f"officers in the Kurdish city of Sardasht in Iran's West Azerbaijan province {F(ed, 'on {Wd}')}]], Iranian "
    f"media reported.\n\nNo group claimed the attack. Sardasht lies close to the border with the Kurdistan Region's Sulaimani province.",
    [I("a", ed, F(ed, "on {Wd}"), "the Kurdish city of Sardasht", "Sardasht", None, "unknown", "unclaimed", "police",
       "shooting", 2, "killed two police officers", None, None, country="Iran")], country="Iran")

ed = "2024-04-16"; rd = "2024-04-17"
doc("H04", "H", rd,
    f"Kurdistan24 | {F(rd, '{DD}-{MM}-{YYYY}')}\n\nQAMISHLI (Kurdistan24) – [[a|A Turkish drone struck a car on the "
    f"outskirts of Qamishli in northeast Syria {F(ed, 'on {Wd}')}, killing two civilians]], the local "
    f"administration said.\n\nAnkara did not comment on the strike. Turkish drones have repeatedly hit vehicles "
    f"in the Kurdish-run areas of northeast Syria this year, targeting what Ankara says are figures linked to "
    f"the PKK.",
    [I("a", ed, F(ed, "on {Wd}"), "the outskirts of Qamishli", "Qamishli", None, "Turkey", "attributed",
       "civilians", "airstrike_operation", 2, "killing two civilians", None, None, country="Syria")],
    country="Syria")

ed = "2023-01-04"; rd = "2023-01-05"
doc("H05", "H", rd,
    f"BEIRUT (AP) — [[a|Rockets were fired at a base housing U.S. troops at the Al-Omar oil field in eastern Syria "
    f"{F(ed, 'late {Wd}')}, causing no casualties]], the U.S. military said.\n\nThe base lies in Deir el-Zour "
    f"province, not far from the Iraqi border. No group claimed the attack.\n\n{F(rd, '{Month} {D}, {YYYY}')}",
    [I("a", ed, F(ed, "late {Wd}"), "the Al-Omar oil field in eastern Syria", "Al-Omar", None, "unknown",
       "unclaimed", "US forces", "mortar_rocket", 0, "causing no casualties", 0, "causing no casualties",
       country="Syria")], country="Syria")

rd = "2022-09-16"
doc("H06", "H", rd,
    f"Shafaq News/ Eleven Iranian pilgrims were killed and 14 others injured when their bus overturned on the "
    f"Najaf-Karbala road on {W(rd)}, a health source said.\n\nThe source told Shafaq News Agency that the bus "
    f"skidded off the road near pole 860 of the walkway, and that the driver had lost control at high speed. "
    f"Millions of pilgrims are in Karbala for the Arbaeen pilgrimage.\n\n{F(rd, '{YYYY}-{MM}-{DD}')}")

rd = "2022-03-29"
doc("H07", "H", rd,
    f"INA - Kirkuk\n{F(rd, '{DD}/{MM}/{YYYY}')}\n\nThe Counter-Terrorism Service announced on {W(rd)} the arrest "
    f"of five terrorists in Kirkuk governorate, including a so-called administrative official of Daesh in the "
    f"Hawija sector.\n\nThe service said in a statement that the arrests were made in separate operations in "
    f"Hawija, Al-Riyadh and the Wadi al-Shay area based on accurate intelligence, and that the suspects were "
    f"referred to the judiciary.")

rd = "2024-06-12"
doc("H08", "H", rd,
    f"Rudaw | {F(rd, '{D} {Month} {YYYY}')}\n\nERBIL, Kurdistan Region - Families of the victims of the Speicher "
    f"massacre gathered in Tikrit on {W(rd)} to mark the tenth anniversary of the killing of some 1,700 air force "
    f"cadets by ISIS militants in June 2014.\n\nRelatives called on the government to identify the remaining "
    f"victims found in mass graves and to compensate the families. Officials laid wreaths at the memorial near "
    f"the former palace complex.")

rd = "2023-02-15"
doc("H09", "H", rd,
    f"Iraqi News | {F(rd, '{Month} {D}, {YYYY}')}\n\nBaghdad (IraqiNews.com) – The Al-Karkh Criminal Court "
    f"sentenced a man to death on {W(rd)} after convicting him of involvement in the 2021 double suicide bombing "
    f"in Baghdad's Tayaran Square, the Supreme Judicial Council said.\n\nThe council said in a statement that the "
    f"convict had provided logistical support to the two bombers. The verdict is subject to appeal.")

rd = "2021-07-25"
doc("H10", "H", rd,
    f"Alsumaria News | {F(rd, '{D} {Month} {YYYY}')}\n\nWasit - A fire broke out in the Kut central market on "
    f"{W(rd)} afternoon, destroying dozens of shops, the civil defence directorate said.\n\nThe directorate said "
    f"the fire was caused by an electrical short circuit amid high temperatures and that no casualties were "
    f"recorded. Civil defence teams from neighbouring districts helped to contain the blaze after four hours.")

rd = "2023-06-01"
doc("H11", "H", rd,
    f"Shafaq News/ The Iraqi Ministry of Interior said on {W(rd)} that security incidents in May fell by about a "
    f"third compared with the same month last year.\n\nThe ministry said in its monthly statistics that 41 "
    f"terrorist suspects were arrested and 17 explosive devices were defused across the country, while border "
    f"forces thwarted several infiltration attempts from Syria.\n\n{F(rd, '{D} {Month} {YYYY}')}")

# ------------------------------------------------------------------ J: containers
ed = "2022-03-22"; rd = "2022-03-23"
doc("J01", "J", rd,
    f"Shafaq News/ [[a|An explosive device went off {F(ed, 'on {Wd}')} targeting a vehicle of the oil police near "
    f"the Bai Hassan oil field in Dibis district, injuring two policemen]], a security source said.\n\nThe "
    f"source told Shafaq News Agency that the vehicle was on a routine patrol of the pipelines, and that the "
    f"injured were transferred to Kirkuk General Hospital.",
    [I("a", ed, F(ed, "on {Wd}"), "the Bai Hassan oil field in Dibis district", "Dibis", "Kirkuk", None, None,
       "police", "ied", None, None, 2, "injuring two policemen")],
    ext="json", title="Two oil police injured in explosion northwest of Kirkuk", outlet="Shafaq News",
    published="2022-03-23T10:05:00+03:00")

ed = "2021-10-24"; rd = "2021-10-25"
doc("J02", "J", rd,
    f"ERBIL, Kurdistan Region - [[a|Two Peshmerga were killed and three others wounded when ISIS militants attacked "
    f"their position on the outskirts of Khanaqin {F(ed, 'late on {Wd}')}]], the Ministry of "
    f"Peshmerga said on {W(rd)}.\n\nThe ministry said the attack was repelled after a clash that lasted about an "
    f"hour.\n\nPublished {F(rd, '{D} {Month} {YYYY}')}",
    [I("a", ed, F(ed, "late on {Wd}"), "the outskirts of Khanaqin", "Khanaqin", "Diyala", "ISIS",
       "attributed", "Peshmerga", "shooting", 2, "Two Peshmerga were killed", 3, "three others wounded")],
    ext="html", title="Two Peshmerga killed in ISIS attack", outlet="Rudaw",
    nav="Home | Kurdistan | Iraq | Middle East | World | Opinion | TV", byline="Rudaw English",
    footer="Copyright Rudaw Media Network. All rights reserved. | Privacy Policy | Contact us")

ed = "2020-09-23"; rd = "2020-09-24"
doc("J03", "J", rd,
    md("Two Hashd fighters killed in attack north of Samarra", "Kurdistan24", rd,
       f"ERBIL (Kurdistan24) – [[a|Two members of the Popular Mobilization Forces were killed {F(ed, 'on {Wd}')} "
       f"when militants attacked their checkpoint in the Al-Aith area, north of Samarra]], a security source "
       f"said.\n\nThe source blamed Islamic State cells based in the nearby Mutaibijah basin, where Iraqi forces "
       f"have conducted repeated clearance operations.\n\n*Clipped {F(rd, '{D} {Month} {YYYY}')}*"),
    [I("a", ed, F(ed, "on {Wd}"), "the Al-Aith area, north of Samarra", "Samarra", "Salahuddin", "ISIS",
       "attributed", "PMU", "shooting", 2, "Two members of the Popular Mobilization Forces were killed", None,
       None)],
    ext="md")

ed = "2024-04-23"; rd = "2024-04-24"
doc("J04", "J", rd,
    f"Mosul, April {F(rd, '{D}')} (INA) - [[a|A member of the Shabak PMF brigade was wounded when unknown gunmen "
    f"opened fire on him near Bazwaya, east of Mosul, {F(ed, 'on {Wd} night')}]], a security source told the "
    f"Iraqi News Agency.\n\nThe source said the wounded man was taken to hospital in Bartella.",
    [I("a", ed, F(ed, "on {Wd} night"), "near Bazwaya, east of Mosul", "Bazwaya", "Nineveh", "unknown", None,
       "PMU", "shooting", None, None, 1, "was wounded")],
    ext="json", title="PMF member wounded in shooting east of Mosul", outlet="Iraqi News Agency",
    published="2024-04-24 11:30", section="Security")

ed = "2019-07-22"; rd = "2019-07-23"
doc("J05", "J", rd,
    f"BAGHDAD, {F(rd, '{Month} {D}')} (Xinhua) -- [[a|Two Iraqi policemen were killed and another was injured "
    f"{F(ed, 'on {Wd}')} when Islamic State (IS) militants attacked their checkpoint in the Tarmiyah area, north "
    f"of Baghdad]], a police source said.\n\nThe attack took place late at night near an orchard area, the "
    f"source said.",
    [I("a", ed, F(ed, "on {Wd}"), "the Tarmiyah area, north of Baghdad", "Tarmiyah", "Baghdad", "ISIS",
       "attributed", "police", "shooting", 2, "Two Iraqi policemen were killed", 1, "another was injured")],
    ext="html", title="2 policemen killed in IS attack north of Baghdad", outlet="Xinhua",
    nav="Home | China | World | Business | Sci-Tech | Photos", byline="Source: Xinhua | Editor: xuxin",
    footer="Copyright © 2019 Xinhua Net. All rights reserved.")

ed = "2023-08-23"; rd = "2023-08-24"
doc("J06", "J", rd,
    md("Turkish shelling wounds two in Amadiya villages", "The New Region", rd,
       f"DUHOK — [[a|Two villagers were wounded {F(ed, 'on {Wd}')} when Turkish shells landed near the village "
       f"of Hiror in the Amadiya district]], the district's mayor told The New Region.\n\nThe mayor said the two "
       f"men were working on their land at the time.\n\n*Saved from thenewregion.com on {F(rd, '{D} {Month} {YYYY}')}*"),
    [I("a", ed, F(ed, "on {Wd}"), "the village of Hiror in the Amadiya district", "Amedi", "Dohuk", "Turkey",
       "attributed", "civilians", "mortar_rocket", None, None, 2, "Two villagers were wounded")],
    ext="md")

ed = "2023-01-24"; rd = "2023-01-25"
doc("J07", "J", rd,
    f"Ramadi — [[a|Katyusha rockets fell near the Ain al-Asad air base in western Anbar, which hosts US-led coalition troops, {F(ed, 'on {Wd}')}]], "
    f"the Security Media Cell said, adding that there were no losses.\n\nThe cell said security forces found the "
    f"launcher in a desert area near the base.",
    [I("a", ed, F(ed, "on {Wd}"), "the Ain al-Asad air base in western Anbar", "Ain al-Asad", "Anbar", None, None,
       "US forces", "mortar_rocket", 0, "there were no losses", 0, "there were no losses")],
    ext="json", title="Rockets fall near Ain al-Asad base", outlet="Baghdad Today",
    published="2023-01-25T08:40:00Z")

ed = "2022-07-06"; rd = "2022-07-07"
doc("J08", "J", rd,
    f"Maysan — [[a|A member of the Saraya al-Salam was killed and his brother was wounded when unknown gunmen "
    f"opened fire on them {F(ed, 'on {Wd} night')} in the Al-Husseiniya neighbourhood of Amarah]], a police "
    f"source said.\n\nThe source said the killing was linked to a long-running dispute between armed factions in "
    f"the province.",
    [I("a", ed, F(ed, "on {Wd} night"), "the Al-Husseiniya neighbourhood of Amarah", "Amarah", "Maysan", "unknown",
       None, "PMU+civilians", "shooting", 1, "was killed", 1, "his brother was wounded")],
    ext="html", title="Saraya al-Salam member killed in Amarah", outlet="Shafaq News",
    nav="Iraq | Kurdistan | Middle East | World | Economy | Reports", byline="Shafaq News",
    footer="All rights reserved to Shafaq News 2022")

ed = "2020-12-02"; rd = "2020-12-03"
doc("J09", "J", rd,
    f"Karbala - [[a|An explosive device exploded {F(ed, 'on {Wd} evening')} near a protest tent in central "
    f"Karbala, causing material damage without casualties]], a police source said.\n\nThe source said the tent "
    f"was empty at the time. Protesters accused \"parties hostile to the protest movement\" of the attack.",
    [I("a", ed, F(ed, "on {Wd} evening"), "a protest tent in central Karbala", "Karbala", "Karbala", None, None,
       "civilians", "ied", 0, "without casualties", 0, "without casualties")],
    ext="json", title="Explosion near protest tent in Karbala", outlet="Baghdad Today",
    published="2020-12-03T09:15:00+03:00")

ed = "2024-08-27"; rd = "2024-08-28"
doc("J10", "J", rd,
    md("Drone strike hits vehicle in Penjwen", "Rudaw", rd,
       f"SULAIMANI, Kurdistan Region - [[a|A drone struck a vehicle near Penjwen, close to the Iranian border, "
       f"{F(ed, 'on {Wd}')}, killing one person]], the district's mayor told Rudaw.\n\nThe mayor did not identify "
       f"the victim or say who was behind the strike.\n\n*Clipped {F(rd, '{D} {Month} {YYYY}')}*"),
    [I("a", ed, F(ed, "on {Wd}"), "near Penjwen", "Penjwen", "Sulaymaniyah", None, None, "", "airstrike_operation",
       1, "killing one person", None, None)],
    ext="md")

ed = "2023-02-14"; rd = "2023-02-15"
doc("J11", "J", rd,
    f"SAMAWA, Iraq — [[a|Gunmen on a motorcycle shot dead a local journalist outside his home in Samawa "
    f"{F(ed, 'on {Wd} evening')}]], police said.\n\nThe journalist had reported on corruption in the provincial "
    f"government and had told colleagues he had received threats. Police named no suspect. Press freedom groups "
    f"called on the authorities to find the killers.",
    [I("a", ed, F(ed, "on {Wd} evening"), "outside his home in Samawa", "Samawa", "Muthanna", None, None,
       "civilians", "shooting", 1, "shot dead a local journalist", None, None)],
    ext="html", title="Journalist shot dead in southern Iraq", outlet="The New Arab",
    nav="News | Analysis | Opinion | Features | Newsletter", byline="By Staff writer",
    footer="© The New Arab. All rights reserved.")
