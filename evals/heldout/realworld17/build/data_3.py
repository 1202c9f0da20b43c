"""realworld17 data: styles R (round-ups), V (revised tolls), O (official statements)."""
from lib import I, doc

# ============================================================ R: round-ups
doc("R1", "R", "2020-09-07", """Security wrap | week 36 | 31 Aug - 6 Sep 2020 | published 7 Sep 2020

### DIYALA
- Tue 1 Sep - [[a|an IED struck an army patrol on the road near Al-Wajihiya]], wounding two soldiers.
- Thu 3 Sep - [[b|mortar rounds fell on farmland near Baladruz]]; no casualties.
- The Mandali border crossing reopened for trade after a two-week closure.

### WASIT
- Sat 5 Sep - [[c|gunmen shot dead a farmer in his orchard near Zurbatiya]]. Police suspect IS remnants crossing from the Hamrin range.

### OUTLOOK
Harvest-season crop burnings are likely to continue.""",
    [I("a", "2020-09-01", "Tue 1 Sep", "Al-Wajihiya", "Wajihiya", "Diyala", None, None, "army", "ied", None, None, 2, "wounding two soldiers"),
     I("b", "2020-09-03", "Thu 3 Sep", "Baladruz", "Baladruz", "Diyala", None, None, "", "mortar_rocket", 0, "no casualties", 0, "no casualties"),
     I("c", "2020-09-05", "Sat 5 Sep", "Zurbatiya", "Zurbatiya", "Wasit", "ISIS", "suspected", "civilians", "shooting", 1, "shot dead a farmer", None, None)])

doc("R2", "R", "2023-04-16", """SITREP 15/2023 - Salahuddin & Nineveh - covering Mon 10 to Sun 16 April 2023 - issued 16/04/2023

SALAHUDDIN
Mon: [[a|IED hit a PMF vehicle near Al-Shirqat]] - 1 KIA, 2 WIA.
Thu: [[b|gunmen shot dead the mukhtar of a village near Dujail]]; motive unclear.
NINEVEH
Sat: [[c|IS militants abducted two truck drivers on the road south of Qayyarah]]; no news of them since.
OTHER
Wed: heavy rain closed the Tikrit-Kirkuk road for six hours.
ASSESSMENT
Activity remains low but steady through Ramadan.""",
    [I("a", "2023-04-10", "Mon", "Al-Shirqat", "Sharqat", "Salahuddin", None, None, "PMU", "ied", 1, "1 KIA", 2, "2 WIA"),
     I("b", "2023-04-13", "Thu", "Dujail", "Dujail", "Salahuddin", "unknown", None, "civilians", "shooting", 1, "shot dead the mukhtar", None, None),
     I("c", "2023-04-15", "Sat", "Qayyarah", "Qayyarah", "Nineveh", "ISIS", "attributed", "civilians", "kidnapping", None, None, None, None)])

doc("R3", "R", "2021-12-27", """Weekly review - Kirkuk and the disputed areas (20-26 December 2021), published 27 December 2021

Wednesday 22 December: [[a|IS militants fired on an army checkpoint near Al-Abbasi, Hawija district]], killing one soldier. No one else was hurt.

Thursday 23 December: [[b|a roadside bomb targeted a Federal Police patrol in Wadi al-Shay, Daquq district]]; two policemen were wounded.

Saturday 25 December (Salahuddin): [[c|three mortar rounds hit the outskirts of Amerli]]; no casualties.

Also this week: Christmas services in Kirkuk passed without incident, and the Kirkuk-Erbil road was reopened at night.""",
    [I("a", "2021-12-22", "Wednesday 22 December", "Al-Abbasi", "Hawija", "Kirkuk", "ISIS", "attributed", "army", "shooting", 1, "killing one soldier", 0, "No one else was hurt"),
     I("b", "2021-12-23", "Thursday 23 December", "Wadi al-Shay", "Daquq", "Kirkuk", None, None, "police", "ied", None, None, 2, "two policemen were wounded"),
     I("c", "2021-12-25", "Saturday 25 December", "Amerli", "Amerli", "Salahuddin", None, None, "", "mortar_rocket", 0, "no casualties", 0, "no casualties")])

doc("R4", "R", "2019-05-24", """Daily security log - Anbar / Baghdad belt - 21 to 23 May 2019 (compiled 24/05/2019)

21/05 - Fallujah: [[a|a sticky bomb exploded under the car of a police officer in the Al-Jolan neighbourhood of Fallujah]]; the officer was wounded.
22/05 - Al-Karma: [[b|two mortar rounds fell near a Tribal Mobilisation base in Al-Karma]], wounding one fighter.
23/05 - Abu Ghraib (Baghdad): [[c|an IED exploded near a vegetable market in Abu Ghraib]], killing one civilian and wounding four.
23/05 - Ramadi: checkpoints eased for Ramadan night markets.""",
    [I("a", "2019-05-21", "21/05", "Al-Jolan", "Fallujah", "Anbar", None, None, "police", "ied", None, None, 1, "the officer was wounded"),
     I("b", "2019-05-22", "22/05", "Al-Karma", "Karma", "Anbar", None, None, "PMU", "mortar_rocket", None, None, 1, "wounding one fighter"),
     I("c", "2019-05-23", "23/05", "Abu Ghraib", "Abu Ghraib", "Baghdad", None, None, "civilians", "ied", 1, "killing one civilian", 4, "wounding four")])

doc("R5", "R", "2022-10-23", """KRI week in review, 17-23 October 2022 (published Sunday 23 October 2022)

Monday - [[a|a Turkish drone struck a vehicle on the outskirts of Rawanduz]], killing two PKK fighters, according to local officials.
Wednesday - [[b|two Katyusha rockets landed in an empty lot in Erbil's Ankawa district]]; no casualties. Nobody claimed it.
Friday (Slemani) - [[c|a drone struck a car near Chwarta]], killing one person; the Asayish said the drone was Turkish.
Thursday - the Ibrahim Khalil crossing was closed for four hours over a customs dispute.""",
    [I("a", "2022-10-17", "Monday", "Rawanduz", "Rawanduz", "Erbil", "Turkey", "attributed", "PKK", "airstrike_operation", 2, "killing two PKK fighters", None, None),
     I("b", "2022-10-19", "Wednesday", "Ankawa", "Erbil", "Erbil", "unknown", "unclaimed", "", "mortar_rocket", 0, "no casualties", 0, "no casualties"),
     I("c", "2022-10-21", "Friday", "Chwarta", "Chwarta", "Sulaymaniyah", "Turkey", "attributed", "civilians", "airstrike_operation", 1, "killing one person", None, None)])

doc("R6", "R", "2020-01-28", """Baghdad daily brief - Tuesday 28 January 2020

Sunday: [[a|three rockets hit the US embassy compound in the International Zone]], one striking a dining facility; no deaths, and one person was lightly injured.
Last night: [[b|unidentified gunmen shot at protesters near Al-Tayaran Square]], wounding three.
This morning: [[c|a sticky bomb exploded under a car belonging to a PMF member in Al-Shula]], wounding him.
Roads: the Jumhuriya bridge remains closed; Tahrir Square sit-in continues.""",
    [I("a", "2020-01-26", "Sunday", "US embassy compound", "Baghdad", "Baghdad", None, None, "", "mortar_rocket", 0, "no deaths", 1, "one person was lightly injured"),
     I("b", "2020-01-27", "Last night", "Al-Tayaran Square", "Baghdad", "Baghdad", "unknown", None, "civilians", "shooting", None, None, 3, "wounding three"),
     I("c", "2020-01-28", "This morning", "Al-Shula", "Baghdad", "Baghdad", None, None, "PMU", "ied", None, None, 1, "wounding him")])

doc("R7", "R", "2024-09-30", """Weekly wrap - southern provinces - 23 to 29 September 2024 (issued 30 September 2024)

No attacks were recorded this week.
- Dhi Qar: a tribal dispute in Al-Rifai was settled by elders without violence.
- Basra: customs police seized 40 kg of crystal meth at Umm Qasr port.
- Muthanna: a dust storm closed the Samawa-Salman road for a day.
- Najaf: Arbaeen return traffic ended; the Najaf-Karbala road is back to normal.
Outlook: the security situation is expected to remain calm.""",
    noise=True)

doc("R8", "R", "2024-11-11", """Northern Iraq weekly - 4 to 10 November 2024 (out 11 November 2024)

5 Nov - Sinjar: [[a|a drone struck a vehicle of the Sinjar Resistance Units (YBS) near Borek, in Sinjar district]], killing two of them. The YBS blamed Turkey.
7 Nov - Duhok: [[b|Turkish artillery shelled hillsides near Kesta village, Amedi district]]; no one was hurt.
9 Nov - Nineveh: [[c|an IED exploded near an army vehicle in the Al-Hadar desert]], wounding two soldiers. The army suspects IS.
Other: Mosul airport received its first commercial flight since 2014.""",
    [I("a", "2024-11-05", "5 Nov", "Borek", "Sinjar", "Nineveh", "Turkey", "attributed", "PKK", "airstrike_operation", 2, "killing two of them", None, None),
     I("b", "2024-11-07", "7 Nov", "Kesta", "Amedi", "Dohuk", "Turkey", "attributed", "", "mortar_rocket", 0, "no one was hurt", 0, "no one was hurt"),
     I("c", "2024-11-09", "9 Nov", "Al-Hadar", "Hadar", "Nineveh", "ISIS", "suspected", "army", "ied", None, None, 2, "wounding two soldiers")])

doc("R9", "R", "2022-10-01", """Southern provinces digest - September 2022, second fortnight (16-30 Sep) - issued 1 October 2022

18 Sep, Basra - [[a|a hand grenade was thrown at a liquor store in the Al-Maqil area of Basra]]; no casualties.
22 Sep, Dhi Qar - [[b|gunmen shot dead a lawyer outside the court in Al-Shatra]].
27 Sep, Maysan - [[c|an IED exploded near the house of a police officer in Qalat Saleh]], wounding his son.
Also: water shortages triggered protests in Al-Chibayish; no violence reported.""",
    [I("a", "2022-09-18", "18 Sep", "Al-Maqil", "Basra", "Basra", None, None, "", "other", 0, "no casualties", 0, "no casualties"),
     I("b", "2022-09-22", "22 Sep", "Al-Shatra", "Shatra", "Dhi Qar", "unknown", None, "civilians", "shooting", 1, "shot dead a lawyer", None, None),
     I("c", "2022-09-27", "27 Sep", "Qalat Saleh", "Qalat Saleh", "Maysan", None, None, "police", "ied", None, None, 1, "wounding his son")])

# ============================================================ V: revised tolls
doc("V1", "V", "2020-09-29", """Diyala live - Tuesday 29 September 2020

17:40 - [[a|An explosive device went off in the crowded popular market of Al-Khalis town]] this afternoon, killing one person and wounding six, the Diyala health directorate said.

UPDATE 21:15 - Two of the wounded died in Baquba General Hospital, raising the number of dead to three; four others are still being treated. No group has claimed the bombing.""",
    [I("a", "2020-09-29", "this afternoon", "Al-Khalis", "Khalis", "Diyala", "unknown", "unclaimed", "civilians", "ied", 3, "raising the number of dead to three", 4, "four others are still being treated")])

doc("V2", "V", "2023-04-24", """Correction and update - Salahuddin desk - 24 April 2023

An earlier version of this story said two PMF fighters were killed when [[a|IS militants attacked a PMF post in Al-Mutasim, south of Samarra, with sniper fire and grenades]] on Saturday. The Hashd media office has since put the toll at four killed and five wounded. The story has been updated.""",
    [I("a", "2023-04-22", "on Saturday", "Al-Mutasim", "Samarra", "Salahuddin", "ISIS", "attributed", "PMU", "shooting", 4, "four killed", 5, "five wounded")])

doc("V3", "V", "2021-12-14", """Toll climbs in Al-Multaqa attack - Kirkuk - 14 December 2021

[[a|IS militants attacked a Federal Police checkpoint in Al-Multaqa subdistrict]] late on Sunday, the police said. The first police statement spoke of one dead and four wounded.

By Tuesday the toll had climbed to three dead, after two of the wounded died of their injuries; two others remain in hospital in Kirkuk.""",
    [I("a", "2021-12-12", "late on Sunday", "Al-Multaqa", "Multaqa", "Kirkuk", "ISIS", "attributed", "police", "shooting", 3, "the toll had climbed to three dead", 2, "two others remain in hospital")])

doc("V4", "V", "2019-05-30", """Amiriyat al-Fallujah bombing: death toll rises to five - 30 May 2019

[[a|A roadside bomb hit a minibus carrying farm workers near Amiriyat al-Fallujah]] on Tuesday, killing three people, officials said at the time. On Thursday a hospital official said the dead rose to five and eleven were wounded, some of them children. No group claimed the attack.""",
    [I("a", "2019-05-28", "on Tuesday", "Amiriyat al-Fallujah", "Amiriyat al-Fallujah", "Anbar", "unknown", "unclaimed", "civilians", "ied", 5, "the dead rose to five", 11, "eleven were wounded")])

doc("V5", "V", "2022-10-16", """Army revises toll of Qarachogh attack - 16 October 2022

The army first reported two soldiers killed when [[a|IS militants attacked an army position in the Qarachogh mountains, Makhmour district]], on Friday. A later statement said a third soldier died of his wounds on Saturday and one remains in hospital in Erbil.""",
    [I("a", "2022-10-14", "on Friday", "Qarachogh", "Makhmour", "Erbil", "ISIS", "attributed", "army", "shooting", 3, "a third soldier died of his wounds", 1, "one remains in hospital")])

doc("V6", "V", "2020-02-01", """Protest deaths at Al-Sinak bridge rise to four - 1 February 2020

[[a|Masked gunmen opened fire on protesters near the Al-Sinak bridge in Baghdad]] late on Thursday, killing two, medics said on Friday. By Saturday the toll had risen to four dead and 20 wounded, a medical source said, after two of the wounded died. Nobody has claimed the shooting.""",
    [I("a", "2020-01-30", "late on Thursday", "Al-Sinak bridge", "Baghdad", "Baghdad", "unknown", "unclaimed", "civilians", "shooting", 4, "four dead", 20, "20 wounded")])

doc("V7", "V", "2019-09-21", """Karbala: death toll from minibus bomb rises to 12 - 21 September 2019

[[a|A bomb left on a minibus exploded at the northern checkpoint of Karbala]] on Friday evening, killing 10 people, police said. On Saturday morning the health directorate said the dead now numbered 12, with five wounded still in hospital. The Islamic State group claimed the attack on its Amaq channel.""",
    [I("a", "2019-09-20", "on Friday evening", "Karbala", "Karbala", "Karbala", "ISIS", "claimed", "civilians", "ied", 12, "the dead now numbered 12", 5, "five wounded still in hospital")])

doc("V8", "V", "2021-07-20", """Najaf: toll rises in building collapse - 20 July 2021

The number of dead in the collapse of an old three-storey hotel in Najaf's old city rose to six on Tuesday, the civil defence said, after rescuers pulled two more bodies from the rubble. Eight people were injured. The civil defence said the building had been declared unsafe in 2019; the collapse was not caused by any explosion or attack.""",
    noise=True)

doc("V9", "V", "2023-08-14", """Second policeman dies after desert clash - Muthanna - 14 August 2023

[[a|Smugglers opened fire on a police patrol in the desert near Al-Salman]] on Saturday, killing one policeman, the Muthanna police said at first. On Monday they said a second policeman had died of his wounds, raising the toll to two dead; one more is being treated.""",
    [I("a", "2023-08-12", "on Saturday", "Al-Salman", "Salman", "Muthanna", "unknown", None, "police", "shooting", 2, "raising the toll to two dead", 1, "one more is being treated")])

# ============================================================ O: official statements
doc("O1", "O", "2020-09-10", """Diyala Operations Command - Statement No. 91 - 10/09/2020

At 21:30 on Wednesday, [[a|remnants of the terrorist Daesh gangs attacked a post of our forces in the Hamrin basin near Al-Udhaim with light and medium weapons]]. Our heroes repelled the attack and forced the terrorists to flee; one of our soldiers was martyred and two were wounded. Search operations are continuing.""",
    [I("a", "2020-09-09", "At 21:30 on Wednesday", "Al-Udhaim", "Udhaim", "Diyala", "ISIS", "attributed", "army", "shooting", 1, "one of our soldiers was martyred", 2, "two were wounded")])

doc("O2", "O", "2023-04-05", """Samarra Operations Command - statement - 05/04/2023

At 02:10 this morning, [[a|a terrorist group fired on a post of the Popular Mobilisation near Al-Dour]] from the direction of the orchards. The fighters returned fire and the group withdrew, without losses among our forces. The command calls on citizens to cooperate with the security services.""",
    [I("a", "2023-04-05", "At 02:10 this morning", "Al-Dour", "Dour", "Salahuddin", None, None, "PMU", "shooting", 0, "without losses among our forces", 0, "without losses among our forces")])

doc("O3", "O", "2021-12-02", """Kirkuk Police Directorate - Media Office - 02/12/2021

At 19:45 yesterday, [[a|an explosive device exploded on a patrol of the Laylan police station on the Laylan-Taza road]]. Two of our members were slightly wounded and there were no deaths. A specialised team is investigating the incident.""",
    [I("a", "2021-12-01", "At 19:45 yesterday", "Laylan", "Laylan", "Kirkuk", None, None, "police", "ied", 0, "there were no deaths", 2, "Two of our members were slightly wounded")])

doc("O4", "O", "2019-05-17", """Border Guards Command, 3rd Region - statement - 17 May 2019

At dawn on Thursday, [[a|a Daesh suicide bomber blew himself up at a border post near the Al-Walid crossing]] as guards tried to stop him, which led to the martyrdom of two border guards and the wounding of three. The command salutes the heroes who prevented the terrorist from reaching the post.""",
    [I("a", "2019-05-16", "At dawn on Thursday", "Al-Walid", "Walid", "Anbar", "ISIS", "attributed", "security forces", "suicide", 2, "the martyrdom of two border guards", 3, "the wounding of three")])

doc("O5", "O", "2022-10-27", """Ministry of Peshmerga Affairs - statement - 27 October 2022

On Wednesday evening, [[a|ISIS terrorists attacked a Peshmerga post on the Gwer front]] with sniper fire. One Peshmerga was martyred and two were wounded. The ministry renews its call for joint coordination with the Iraqi army to close the security gaps.""",
    [I("a", "2022-10-26", "On Wednesday evening", "Gwer", "Gwer", "Erbil", "ISIS", "attributed", "Peshmerga", "shooting", 1, "One Peshmerga was martyred", 2, "two were wounded")])

doc("O6", "O", "2020-01-16", """Baghdad Operations Command - security statement - 16/01/2020

At 22:00 yesterday, [[a|an explosive device exploded on a convoy of trucks carrying equipment for the international coalition on the highway near Abu Ghraib]], damaging one truck. No losses. The command holds outlaw groups responsible and has opened an investigation.""",
    [I("a", "2020-01-15", "At 22:00 yesterday", "Abu Ghraib", "Abu Ghraib", "Baghdad", None, None, "US forces", "ied", 0, "No losses", 0, "No losses")])

doc("O7", "O", "2024-05-06", """Ministry of Interior - statement - 06/05/2024

The General Directorate for Narcotics Affairs arrested 23 suspects in Basra, Maysan and Dhi Qar and seized 12 kg of narcotics during operations last week. One of the suspects was arrested after a chase near Al-Qurna. No member of our forces was hurt. The ministry thanks the citizens who reported the dealers.""",
    noise=True)

doc("O8", "O", "2021-07-09", """Najaf Police Command - statement - 09/07/2021

On Thursday night, [[a|a gunman opened fire on a police checkpoint at the northern entrance of Kufa]], killing one of our members. Our forces arrested the attacker after a short chase. He has been referred to the judiciary, and the command is investigating his motives.""",
    [I("a", "2021-07-08", "On Thursday night", "Kufa", "Kufa", "Najaf", "unknown", None, "police", "shooting", 1, "killing one of our members", None, None)])

doc("O9", "O", "2025-01-19", """Nineveh Operations Command - statement - 19/01/2025

On Saturday afternoon, [[a|a drone of unknown origin struck a vehicle near Duguri village, west of Sinjar]], killing two members of the Sinjar Resistance Units. Our forces cordoned off the site. The command stresses that it alone is responsible for security in the district.""",
    [I("a", "2025-01-18", "On Saturday afternoon", "Duguri", "Sinjar", "Nineveh", None, None, "PKK", "airstrike_operation", 2, "killing two members of the Sinjar Resistance Units", None, None)])
