from lib import D, I

# ---------------- Style C: wire copy with datelines and weekdays ----------
D(37, "C", "txt", "2021-03-14", "Iraq", """Islamic State attack kills three Iraqi soldiers near Kirkuk
Published: 14 March 2021

KIRKUK, Iraq, March 14 (Reuters) - [[a|Islamic State militants attacked an army post in Wadi al-Shay, southwest of Kirkuk, late on Saturday, killing three soldiers and wounding two, security officials said.]]

The militants fired from a nearby ridge before withdrawing into the valley, which has long served as a hideout for the group's remaining cells, an army officer told Reuters.

Wadi al-Shay, a network of ravines between Kirkuk and the Hamrin mountains, has seen repeated attacks on Iraqi troops since the group lost its last territory in Iraq in 2017.
""", [I("a", "2021-03-13", "day", "late on Saturday", "Wadi al-Shay, southwest of Kirkuk", "Kirkuk", "Kirkuk", "ISIS", "attributed", ["army"], ["shooting"], 3, 2, "killing three soldiers", "wounding two")])

D(38, "C", "txt", "2020-01-26", "Iraq", """Rockets hit Baghdad Green Zone near US embassy
Published: 26 January 2020

BAGHDAD (AFP) - [[a|Three Katyusha rockets slammed into Baghdad's high-security Green Zone on Sunday evening, one of them hitting near the US embassy and wounding one person, a security source said.]]

It was not immediately clear who fired the rockets. Washington has blamed a series of recent attacks on Iran-backed factions, which deny involvement.
""", [I("a", "2020-01-26", "day", "on Sunday evening", "Baghdad's high-security Green Zone", "Baghdad", "Baghdad", "unknown", None, ["US forces"], ["mortar_rocket"], None, 1, "none reported", "wounding one person")])

D(39, "C", "txt", "2021-02-15", "Iraq", """Published: 15 February 2021

ERBIL, Iraq, Feb 15 (Reuters) - [[a|Rockets struck a military complex at Erbil airport that hosts US-led coalition troops late on Monday, killing a foreign civilian contractor and wounding nine people, officials said.]]

Among the wounded were eight contractors and one US service member, the coalition said in a statement. No group immediately claimed responsibility for the attack.

Kurdish officials said some of the rockets landed in residential areas near the airport, damaging houses and cars.
""", [I("a", "2021-02-15", "day", "late on Monday", "a military complex at Erbil airport", "Erbil", "Erbil", "unknown", "unclaimed", ["US forces", "civilians"], ["mortar_rocket"], 1, 9, "killing a foreign civilian contractor", "wounding nine people")])

D(40, "C", "txt", "2019-11-07", "Iraq", """Published: 7 November 2019

BAGHDAD, Nov 7 (Reuters) - [[a|Iraqi security forces shot dead four protesters near Baghdad's Al-Ahrar bridge on Thursday, police and medical sources said.]]

At least 35 others were wounded as security forces used live rounds and tear gas canisters to push demonstrators back from the bridge, which leads to the Green Zone.

The deaths bring the toll since protests resumed in late October to more than 250, according to a Reuters tally.
""", [I("a", "2019-11-07", "day", "on Thursday", "Baghdad's Al-Ahrar bridge", "Baghdad", "Baghdad", "security forces", "attributed", ["civilians"], ["shooting"], 4, 35, "shot dead four protesters", "At least 35 others were wounded")])

D(41, "C", "txt", "2022-05-03", "Iraq", """Four soldiers killed in attack in Hamrin mountains

date 2022-05-03

BAQUBA, Iraq (Reuters) - [[a|Islamic State militants attacked an army post in the Hamrin mountains northeast of Baquba on Monday night, killing four soldiers, two security sources said.]]

The sources said the militants used sniper rifles and a rocket-propelled grenade. Army reinforcements reached the post about an hour later.
""", [I("a", "2022-05-02", "day", "on Monday night", "the Hamrin mountains northeast of Baquba", None, "Diyala", "ISIS", "attributed", ["army"], ["shooting"], 4, None, "killing four soldiers", "none reported")])

D(42, "C", "txt", "2023-03-14", "Iraq", """Turkish drone strike kills two near Sulaimaniya, Kurdish officials say
Published: 14 March 2023

SULAIMANIYA, Iraq, March 14 (Reuters) - [[a|A Turkish drone struck a car near the town of Said Sadiq in Sulaimaniya province on Monday, killing two members of the Kurdistan Workers Party (PKK), local Kurdish officials said.]]

Turkey regularly carries out strikes in northern Iraq against the PKK, which has waged an insurgency against the Turkish state since 1984. Ankara did not comment on the strike.
""", [I("a", "2023-03-13", "day", "on Monday", "near the town of Said Sadiq", "Said Sadiq", "Sulaymaniyah", "Turkey", "attributed", ["PKK"], ["airstrike_operation"], 2, None, "killing two members of the Kurdistan Workers Party (PKK)", "none reported")])

D(43, "C", "txt", "2020-09-28", "Iraq", """Rocket kills five members of one family near Baghdad airport
Published: 28 September 2020

BAGHDAD, Sept 28 (Reuters) - [[a|A rocket hit a house near Baghdad airport on Monday, killing five members of one family, among them three children, Iraqi security forces said.]]

Two other children were wounded. The military said the rocket had been fired at the airport, where US troops were previously stationed, by "outlaw groups".
""", [I("a", "2020-09-28", "day", "on Monday", "a house near Baghdad airport", "Baghdad", "Baghdad", "unknown", "attributed", ["civilians"], ["mortar_rocket"], 5, 2, "killing five members of one family", "Two other children were wounded")])

D(44, "C", "txt", "2021-06-09", "Iraq", """ANBAR, Iraq, June 9 (Reuters) - [[a|Three rockets landed inside Ain al-Asad air base in western Anbar province on Wednesday, causing no casualties, a spokesman for the US-led coalition said.]]

The base hosts US and other international forces. The spokesman said the rockets had been fired from the outskirts of the nearby town of Al-Baghdadi.
Published: 9 June 2021
""", [I("a", "2021-06-09", "day", "on Wednesday", "Ain al-Asad air base", "Al-Baghdadi", "Anbar", None, None, ["US forces"], ["mortar_rocket"], 0, 0, "causing no casualties", "causing no casualties")])

D(45, "C", "txt", "2019-07-22", "Iraq", """Car bomb hits market south of Mosul
Published: 22 July 2019

MOSUL, Iraq, July 22 (Reuters) - [[a|A car bomb exploded near a vegetable market in the town of Qayyarah, south of Mosul, on Sunday, killing one person and wounding nine, police said.]]

No group immediately claimed responsibility, but Islamic State sleeper cells remain active in the desert areas around the town.
""", [I("a", "2019-07-21", "day", "on Sunday", "the town of Qayyarah", "Qayyarah", "Nineveh", "unknown", "unclaimed", ["civilians"], ["ied"], 1, 9, "killing one person", "wounding nine")])

D(46, "C", "txt", "2022-10-18", "Iraq", """Roadside bomb kills two federal policemen southwest of Kirkuk
date 2022-10-18

KIRKUK (AFP) - [[a|A roadside bomb struck a federal police patrol in the Rashad subdistrict southwest of Kirkuk on Monday night, killing two policemen and wounding three, a police officer said.]]

The officer, speaking on condition of anonymity, blamed Islamic State remnants hiding in the nearby valleys.
""", [I("a", "2022-10-17", "day", "on Monday night", "the Rashad subdistrict southwest of Kirkuk", "Rashad", "Kirkuk", "ISIS", "attributed", ["police"], ["ied"], 2, 3, "killing two policemen", "wounding three")])

D(47, "C", "txt", "2020-12-20", "Iraq", """BAGHDAD, Dec 20 (Reuters) - [[a|At least eight rockets were fired at the US embassy compound in Baghdad's Green Zone on Sunday, damaging cars and a residential complex and lightly wounding an Iraqi soldier, the military said.]]

The embassy's C-RAM air defence system intercepted some of the rockets, a witness said. The military said an "outlaw group" had fired the rockets from the Al-Amin neighbourhood.
Published: 20 December 2020
""", [I("a", "2020-12-20", "day", "on Sunday", "the US embassy compound in Baghdad's Green Zone", "Baghdad", "Baghdad", "unknown", "attributed", ["US forces"], ["mortar_rocket"], None, 1, "none reported", "lightly wounding an Iraqi soldier")])

D(48, "C", "txt", "2021-07-07", "Iraq", """Rockets hit Iraqi base hosting U.S. troops, two Americans lightly hurt
Published: 7 July 2021

BAGHDAD, July 7 (Reuters) - [[a|At least 14 rockets struck Ain al-Asad air base in western Iraq on Wednesday, lightly wounding two US service members, a coalition spokesman said.]]

The rockets were launched from a truck parked in the town of Al-Baghdadi, the spokesman said. Iraqi security forces later found the truck, which had been set on fire.
""", [I("a", "2021-07-07", "day", "on Wednesday", "Ain al-Asad air base", "Al-Baghdadi", "Anbar", None, None, ["US forces"], ["mortar_rocket"], None, 2, "none reported", "lightly wounding two US service members")])

D(49, "C", "txt", "2023-01-20", "Iraq", """Two soldiers killed in Islamic State attack in Salahuddin

date 2023-01-20

TIKRIT, Iraq (AFP) - [[a|Two Iraqi soldiers were killed when Islamic State militants attacked their post in the Tuz Khurmatu district on Thursday night, a military officer said on Friday.]]

The attack targeted a position near the village of Albu Sabah, east of the Tigris, the officer said.
""", [I("a", "2023-01-19", "day", "on Thursday night", "the Tuz Khurmatu district", "Tuz Khurmatu", "Salahuddin", "ISIS", "attributed", ["army"], ["shooting"], 2, None, "Two Iraqi soldiers were killed", "none reported")])

D(50, "C", "txt", "2019-12-29", "Iraq", """US strikes Iraqi militia bases after rocket attack kills contractor
Published: 29 December 2019

BAGHDAD, Dec 29 (Reuters) - [[a|US air strikes on Sunday against Kataib Hezbollah, a faction of Iraq's Popular Mobilisation Forces, killed 25 fighters and wounded 51 at bases near Al-Qaim in Anbar province and across the border in Syria, militia and security sources said.]]

[[b|The Pentagon said the strikes were in response to a rocket attack on an Iraqi base hosting US troops near Kirkuk two days earlier that killed a US civilian contractor.]]
""", [I("a", "2019-12-29", "day", "on Sunday", "bases near Al-Qaim", "Al-Qaim", "Anbar", "US forces", "claimed", ["PMU"], ["airstrike_operation"], 25, 51, "killed 25 fighters", "wounded 51"),
    I("b", "2019-12-27", "day", "two days earlier", "an Iraqi base hosting US troops near Kirkuk", "Kirkuk", "Kirkuk", None, None, ["US forces", "civilians"], ["mortar_rocket"], 1, None, "killed a US civilian contractor", "none reported")])

D(51, "C", "txt", "2021-08-21", "Iraq", """Gunmen kill two soldiers at checkpoint north of Baghdad
Reuters staff
date 2021-08-21

BAGHDAD (Reuters) - [[a|Gunmen attacked an army checkpoint in Tarmiya, north of Baghdad, on Friday night, killing two soldiers, a security source said on Saturday.]]

Tarmiya, a rural district of orchards and canals, has been a frequent scene of attacks by Islamic State remnants.
""", [I("a", "2021-08-20", "day", "on Friday night", "an army checkpoint in Tarmiya", "Tarmiyah", "Baghdad", "unknown", None, ["army"], ["shooting"], 2, None, "killing two soldiers", "none reported")])

D(52, "C", "txt", "2022-02-02", "Iraq", """ERBIL, Iraq, Feb 2 (Reuters) - [[a|Two Kurdish Peshmerga fighters were killed and another wounded when Islamic State militants attacked their position near Makhmour on Tuesday, the Peshmerga ministry said.]]

The area between Makhmour and the Qarachogh mountain lies in a security gap between Peshmerga and Iraqi army lines.
Published: 2 February 2022
""", [I("a", "2022-02-01", "day", "on Tuesday", "their position near Makhmour", "Makhmour", "Nineveh", "ISIS", "attributed", ["Peshmerga"], ["shooting"], 2, 1, "Two Kurdish Peshmerga fighters were killed", "another wounded")])

D(53, "C", "txt", "2020-06-10", "Iraq", """Bomb hits supply convoy in southern Iraq
Published: 10 June 2020

NASIRIYAH, Iraq, June 10 (Reuters) - [[a|A roadside bomb struck a convoy of Iraqi trucks carrying supplies for the US-led coalition on the highway near Nasiriyah on Tuesday, causing no casualties, police said.]]

One truck was damaged. Such convoys, driven by Iraqi contractors, have been targeted repeatedly in southern provinces.
""", [I("a", "2020-06-09", "day", "on Tuesday", "the highway near Nasiriyah", "Nasiriyah", "Dhi Qar", None, None, ["US forces"], ["ied"], 0, 0, "causing no casualties", "causing no casualties")])

D(54, "C", "txt", "2021-11-28", "Iraq", """Militants kill five in village in Iraq's Diyala
Published: 28 November 2021

BAQUBA, Iraq, Nov 28 (Reuters) - [[a|Islamic State militants attacked the village of Al-Rashad in Diyala province late on Saturday, killing five civilians and wounding four, security sources said.]]

Residents said the gunmen arrived on motorcycles and opened fire on houses at the edge of the village before fleeing into the orchards.
""", [I("a", "2021-11-27", "day", "late on Saturday", "the village of Al-Rashad in Diyala province", "Muqdadiyah", "Diyala", "ISIS", "attributed", ["civilians"], ["shooting"], 5, 4, "killing five civilians", "wounding four")])

# ---------------- Style D: translated Arabic press, variant spellings -----
D(55, "D", "txt", "2019-08-14", "Iraq", """Al-Anbar - Shafaq News
Wednesday 14 August 2019

[[a|A member of the Hashd al-Shaabi was killed yesterday, Tuesday, when an explosive device exploded near his vehicle on the outskirts of Al-Fallujah, a security source said.]] The source added that the device had been planted on the side of a road used by the Hashd forces near Al-Saqlawiya.
""", [I("a", "2019-08-13", "day", "yesterday, Tuesday", "the outskirts of Al-Fallujah", "Fallujah", "Anbar", None, None, ["PMU"], ["ied"], 1, None, "A member of the Hashd al-Shaabi was killed", "none reported")])

D(56, "D", "txt", "2021-04-06", "Iraq", """Shingal / Rudaw Arabic - 6 April 2021

[[a|A Turkish drone targeted a vehicle in the Khanasor area of Shingal today, Tuesday, killing two fighters affiliated with the PKK, a local official said.]] The official said the vehicle was completely burnt. The district, known in Arabic as Sinjar, has been repeatedly targeted by Turkish strikes.
""", [I("a", "2021-04-06", "day", "today, Tuesday", "the Khanasor area of Shingal", "Sinjar", "Nineveh", "Turkey", "attributed", ["PKK"], ["airstrike_operation"], 2, None, "killing two fighters affiliated with the PKK", "none reported")])

D(57, "D", "txt", "2020-10-12", "Iraq", """Ninewa / Al-Sumaria News
12-October-2020

[[a|A member of the Popular Mobilisation was killed and two others were injured on Sunday evening when an explosive device planted by Daesh remnants exploded on their vehicle near Qaiyara, south of al-Mawsil.]] The Hashd said in a statement that it had begun a search operation in the area.
""", [I("a", "2020-10-11", "day", "on Sunday evening", "near Qaiyara", "Qayyarah", "Nineveh", "ISIS", "attributed", ["PMU"], ["ied"], 1, 2, "A member of the Popular Mobilisation was killed", "two others were injured")])

D(58, "D", "txt", "2020-07-19", "Iraq", """Salahuddin - Baghdad Today - Sunday, 19 July 2020

[[a|A security source in Salahuddin province said today that three civilians, including a child, were injured when mortar shells fell on the village of Yengija near Tuz Khormato on Saturday night.]] The source accused Daesh remnants in the Zarga orchards of firing the shells.
""", [I("a", "2020-07-18", "day", "on Saturday night", "the village of Yengija near Tuz Khormato", "Tuz Khurmatu", "Salahuddin", "ISIS", "attributed", ["civilians"], ["mortar_rocket"], None, 3, "none reported", "three civilians, including a child, were injured")])

D(59, "D", "txt", "2019-10-03", "Iraq", """Sala al-Din / INA
Thursday 3 October 2019

[[a|Daesh gunmen killed two farmers in the orchards of the Aziz Beled area in Beled district, south of Samarra, on Wednesday evening, a local official said.]] The official called on the security forces to send reinforcements to protect the farmers during the date harvest.
""", [I("a", "2019-10-02", "day", "on Wednesday evening", "the orchards of the Aziz Beled area in Beled district", "Balad", "Salahuddin", "ISIS", "attributed", ["civilians"], ["shooting"], 2, None, "killed two farmers", "none reported")])

D(60, "D", "txt", "2020-05-02", "Iraq", """Ninawa - Shafaq News - 02/05/2020 (Saturday)

[[a|Fighters of the Hashd repelled an attack by ISIL remnants on their positions in the Al-Hadar desert, southwest of al-Mawsil, early today, Saturday, killing one member of the Hashd, a security source said.]] The source added that two of the attackers were killed.
""", [I("a", "2020-05-02", "day", "early today, Saturday", "the Al-Hadar desert", "Hatra", "Nineveh", "ISIS", "attributed", ["PMU"], ["shooting"], 1, None, "killing one member of the Hashd", "none reported")])

D(61, "D", "txt", "2021-09-05", "Iraq", """Salahuddin / Al-Sumaria News / 5 September 2021

[[a|Three soldiers were killed and two others were wounded in an attack by Daesh elements on an army post in the Makhoul mountains, north of Beiji, on Saturday night, a security source said.]] The source said that the attackers used sniper rifles and hand grenades.
""", [I("a", "2021-09-04", "day", "on Saturday night", "an army post in the Makhoul mountains, north of Beiji", "Baiji", "Salahuddin", "ISIS", "attributed", ["army"], ["shooting"], 3, 2, "Three soldiers were killed", "two others were wounded")])

D(62, "D", "txt", "2021-03-18", "Iraq", """Diala / Shafaq News
Thursday, 18 March 2021

[[a|Two policemen were wounded when an IED exploded against their patrol near Buhriz, south of Baqubah.]] A source in Diala police said the device had been planted on the side of the road leading to the orchards.
""", [I("a", "2021-03-18", "reported", None, "near Buhriz, south of Baqubah", "Buhriz", "Diyala", None, None, ["police"], ["ied"], None, 2, "none reported", "Two policemen were wounded")])

D(63, "D", "txt", "2019-04-23", "Iraq", """al-Anbar / Al-Mada - 23 April 2019

[[a|A member of the border guards was killed and two others were wounded on Monday when an explosive device exploded on their vehicle in al-Rutba, west of al-Anbar.]] A police source said that Daesh cells planted the device on the international highway.
""", [I("a", "2019-04-22", "day", "on Monday", "al-Rutba", "Rutba", "Anbar", "ISIS", "attributed", ["security forces"], ["ied"], 1, 2, "A member of the border guards was killed", "two others were wounded")])

D(64, "D", "txt", "2022-07-11", "Iraq", """Baquba - Shafaq News Agency - Monday 11 July 2022

[[a|A security source in Diyala province told Shafaq News Agency that a farmer was killed by sniper fire from Daesh elements in the Al-Mukhisa area of Abu Saida subdistrict on Sunday.]] The source said the farmer was working in his field when he was shot.
""", [I("a", "2022-07-10", "day", "on Sunday", "the Al-Mukhisa area of Abu Saida subdistrict", "Abu Saida", "Diyala", "ISIS", "attributed", ["civilians"], ["shooting"], 1, None, "a farmer was killed", "none reported")])

D(65, "D", "txt", "2020-11-03", "Iraq", """Baghdad / Baghdad Today - Tuesday 3 November 2020

[[a|Daesh elements assassinated the mukhtar of a village in the Al-Mashahda area of Tarmiyah, north of the capital, on Monday night.]] A security source said the gunmen stormed the mukhtar's house and shot him dead in front of his family.
""", [I("a", "2020-11-02", "day", "on Monday night", "a village in the Al-Mashahda area of Tarmiyah", "Tarmiyah", "Baghdad", "ISIS", "attributed", ["civilians"], ["shooting"], 1, None, "shot him dead", "none reported")])

D(66, "D", "txt", "2021-12-07", "Iraq", """al-Mawsil / Nineveh Media Network
Tuesday 7 December 2021

[[a|A government employee was wounded when a sticky bomb exploded under his car in the Al-Zuhur neighbourhood on the left side of al-Mawsil.]] The Nineveh police command opened an investigation. Residents said the man worked at the municipality and had no known enemies.
""", [I("a", "2021-12-07", "reported", None, "the Al-Zuhur neighbourhood on the left side of al-Mawsil", "Mosul", "Nineveh", None, None, ["civilians"], ["ied"], None, 1, "none reported", "A government employee was wounded")])

D(67, "D", "txt", "2020-08-30", "Iraq", """Sulaymaniyah / Kurdistan 24 Arabic - Sunday 30 August 2020

[[a|One Peshmerga fighter was killed and another wounded yesterday, Saturday, when Daesh militants attacked their position in the Kifri area, in Diala province.]] The Ministry of Peshmerga called for joint coordination with the Iraqi army to close the security gaps.
""", [I("a", "2020-08-29", "day", "yesterday, Saturday", "the Kifri area", "Kifri", "Diyala", "ISIS", "attributed", ["Peshmerga"], ["shooting"], 1, 1, "One Peshmerga fighter was killed", "another wounded")])

D(68, "D", "txt", "2022-01-16", "Iraq", """Babil / Al-Sumaria News - 16 January 2022

[[a|An unidentified drone struck a Hashd headquarters in Jurf al-Nasr, north of Babil, last night, killing two members of the PMU, a source in the Hashd said.]] The area, formerly known as Jurf al-Sakhar, is controlled by Kataib Hezbollah.
""", [I("a", "2022-01-15", "day", "last night", "a Hashd headquarters in Jurf al-Nasr", "Jurf al-Sakhar", "Babil", "unknown", None, ["PMU"], ["airstrike_operation"], 2, None, "killing two members of the PMU", "none reported")])

D(69, "D", "txt", "2019-05-27", "Iraq", """al-Anbar / Shafaq News - Monday 27 May 2019

[[a|ISIL militants kidnapped three shepherds in the desert of Hit district, western al-Anbar, on Sunday, a local official said.]] The official said the kidnappers also seized around 200 sheep. Families of the shepherds appealed to the security forces to search the area near the Tharthar lake.
""", [I("a", "2019-05-26", "day", "on Sunday", "the desert of Hit district", "Hit", "Anbar", "ISIS", "attributed", ["civilians"], ["kidnapping"], None, None, "none reported", "none reported")])

D(70, "D", "txt", "2020-02-24", "Iraq", """Nineveh / Al-Sumaria News
Monday 24 February 2020

[[a|Gunmen believed to belong to Daesh shot dead two brothers in the village of Imam Gharbi, south of Mosul, yesterday, Sunday.]] A security source said the brothers were members of a family that had cooperated with the security forces.
""", [I("a", "2020-02-23", "day", "yesterday, Sunday", "the village of Imam Gharbi", "Qayyarah", "Nineveh", "ISIS", "suspected", ["civilians"], ["shooting"], 2, None, "shot dead two brothers", "none reported")])

D(71, "D", "txt", "2021-10-25", "Iraq", """Kirkuk / Baghdad Today / 25-10-2021

[[a|Two soldiers were killed and a third wounded on Sunday evening when an explosive device targeted their vehicle in the Al-Hawija district, west of Kirkuk.]] A security source said the device was planted by Daesh remnants in the Wadi Zghaitun area.
""", [I("a", "2021-10-24", "day", "on Sunday evening", "the Al-Hawija district", "Hawija", "Kirkuk", "ISIS", "attributed", ["army"], ["ied"], 2, 1, "Two soldiers were killed", "a third wounded")])

D(72, "D", "txt", "2019-12-10", "Iraq", """al-Anbar / INA - 10 December 2019

[[a|A fighter of the Popular Mobilization Units was killed on Monday in an attack by Islamic State militants on a PMU post near the Syrian border in al-Qa'im.]] The PMU said its fighters repelled the attack and pursued the attackers into the desert.
""", [I("a", "2019-12-09", "day", "on Monday", "a PMU post near the Syrian border in al-Qa'im", "Al-Qaim", "Anbar", "ISIS", "attributed", ["PMU"], ["shooting"], 1, None, "A fighter of the Popular Mobilization Units was killed", "none reported")])
