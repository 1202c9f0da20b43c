"""Styles D (translated Arabic press), K (Kurdish outlets), S (security statements, police logs)."""
from lib import F, W, add, I, doc, NR

# ===================================================================== D
r = "2020-04-14"
dp = "after midnight last night"
doc("D1", "D", r, f"""Nas News | translated from Arabic | {F(r, '{D} {Month} {YYYY}')}
A security source in Anbar reported today, {W(r)}, that [[a|an army force was subjected, {dp}, to an attack by Daesh elements in the Al-Jazeera desert north of Hadeetha, which left one martyr and three wounded among the force.]]
The source, who asked not to be named, added that the wounded were transferred to Hadeetha hospital and that the force repelled the attackers, who fled towards the valleys.""",
    [I(r, dp, "the Al-Jazeera desert north of Hadeetha", "Haditha", "Anbar", "ISIS", "attributed",
       ["army"], ["shooting"], 1, "left one martyr", 3, "three wounded among the force")])

r = "2024-07-09"; e = add(r, -1)
dp = "during the past night"
doc("D2", "D", r, f"""Alsumaria News | translated | {F(r, '{D} {Month} {YYYY}')}
A local source in Nineveh said today that [[a|unknown gunmen opened fire, {dp}, on the mukhtar of Al-Kasak village, in Talafar district, west of Mosul; the mukhtar died on the spot and his son sustained moderate injuries.]]
The source added that the security forces cordoned off the area and opened an investigation, and that the motive is not yet known.""",
    [I(e, dp, "Al-Kasak village, in Talafar district", "Tal Afar", "Nineveh", "unknown", None,
       ["civilians"], ["shooting"], 1, "the mukhtar died on the spot", 1, "his son sustained moderate injuries")])

r = "2024-09-21"; e = "2024-09-20"
dp = F(e, "on the night of {W} to ") + W(r)
doc("D3", "D", r, f"""Shafaq News | translated from Arabic | {F(r, '{D} {Month} {YYYY}')}
[[a|Turkish aircraft bombed, {dp}, the outskirts of the Batifah subdistrict of Zakhu district in Duhok governorate; the bombardment caused panic among the residents but no human harm]], a local official told Shafaq News.
He added that fires broke out in the forests around the village and that civil defence teams could not reach them because of the continued flights of drones.""",
    [I(e, dp, "the outskirts of the Batifah subdistrict of Zakhu district", "Zakho", "Dohuk", "Turkey", "attributed",
       [], ["airstrike_operation"], 0, "no human harm", 0, "no human harm")])

r = "2019-10-28"; e = add(r, -1)
dp = F(e, "on the evening of yesterday, {W}")
doc("D4", "D", r, f"""Al-Mada | translated | {F(r, '{D} {Month} {YYYY}')}
A medical source said that [[a|the security forces fired tear gas canisters directly at demonstrators on Al-Rasheed Street near the Shorja market in Baghdad {dp}, which led to the fall of two martyrs among the demonstrators and the injury of dozens.]]
The Human Rights Commission called on the government to stop using the canisters, which it said were of a military type.""",
    [I(e, dp, "Al-Rasheed Street near the Shorja market in Baghdad", "Baghdad", "Baghdad", "security forces",
       "attributed", ["civilians"], ["other"], 2, "the fall of two martyrs among the demonstrators", None, NR)])

r = "2021-11-06"; e = add(r, -2)
dp = "two days ago"
doc("D5", "D", r, f"""Baghdad Today | translated from Arabic | {F(r, '{D} {Month} {YYYY}')}
A security official in Kirkuk said today, {W(r)}, that [[a|a group of ISIS terrorists attacked Albu Najm village in Daqooq district {dp}, killing a farmer and his son and kidnapping a third man]], whose fate is still unknown.
He said the residents of nearby villages had begun to leave their homes out of fear, and demanded that the army post be returned to the village.""",
    [I(e, dp, "Albu Najm village in Daqooq district", "Daquq", "Kirkuk", "ISIS", "attributed",
       ["civilians"], ["shooting", "kidnapping"], 2, "killing a farmer and his son", None, NR)])

r = "2022-08-17"
dp = "at the time of the afternoon prayer today"
doc("D6", "D", r, f"""Al-Sabah | translated | {F(r, '{D} {Month} {YYYY}')}
The Diyala police command announced that [[a|a sticky bomb exploded {dp} in a car belonging to an employee of the Khanqin municipality in the centre of Khanqin; the employee sustained burns, without loss of life.]]
The command said a team of explosives experts inspected the site and that the investigation is continuing to identify the perpetrators.""",
    [I(r, dp, "the centre of Khanqin", "Khanaqin", "Diyala", None, None,
       ["civilians"], ["ied"], 0, "without loss of life", 1, "the employee sustained burns")])

r = "2023-01-27"
dp = F(r, "in the early morning hours of {W}")
doc("D7", "D", r, f"""Al-Maalomah | translated from Arabic | {F(r, '{D} {Month} {YYYY}')}
[[a|Daesh infiltrators attacked a Hashd position in the village of Al-Hawi, east of Al-Sherqat, {dp}; two martyrs fell and another fighter was wounded]], a source in the Popular Mobilization said.
The source said the attackers came from the Makhoul mountains and withdrew after a clash that lasted about half an hour.""",
    [I(r, dp, "the village of Al-Hawi, east of Al-Sherqat", "Shirqat", "Salahuddin", "ISIS", "attributed",
       ["PMU"], ["shooting"], 2, "two martyrs fell", 1, "another fighter was wounded")])

r = "2021-04-11"
dp = "a few hours ago"
doc("D8", "D", r, f"""Al-Mirbad | translated | {F(r, '{D} {Month} {YYYY}')}
A security source in Basra said that [[a|a Katyusha rocket fell {dp} near the Burjesia site, which houses foreign oil companies, in the Al-Zubeir area west of Basra, causing no harm to people.]]
The source said the launch pad was found in an orchard and that the security forces had closed the road leading to the site.""",
    [I(r, dp, "near the Burjesia site, which houses foreign oil companies, in the Al-Zubeir area west of Basra",
       "Zubair", "Basra", None, None, [], ["mortar_rocket"], 0, "causing no harm to people", 0,
       "causing no harm to people")])

r = "2023-09-14"; e = add(r, -1)
dp = F(e, "late yesterday, {W}")
doc("D9", "D", r, f"""Al-Ahad TV | translated from Arabic | {F(r, '{D} {Month} {YYYY}')}
A police source in Najaf reported that [[a|an explosive device targeted the house of a Sadrist cleric in the Al-Kufah district {dp}, damaging the facade and two parked cars, without any injuries among the residents.]]
The source said the cleric was outside the province at the time, and that investigators were reviewing surveillance cameras in the street.""",
    [I(e, dp, "the Al-Kufah district", "Kufa", "Najaf", None, None,
       [], ["ied"], None, NR, 0, "without any injuries among the residents")])

r = "2021-06-10"; e = add(r, -3)
dp = F(e, "three days ago, on {W}")
doc("D10", "D", r, f"""Dhi Qar News | translated | {F(r, '{D} {Month} {YYYY}')}
A member of the Dhi Qar provincial council said today that he had survived an assassination attempt, and [[a|that unknown assailants fired at his car in Al-Rifa'i {dp}, wounding his bodyguard.]]
He accused "parties that do not want reform" of standing behind the attack and called on the security forces to reveal the results of the investigation.""",
    [I(e, dp, "his car in Al-Rifa'i", "Rifai", "Dhi Qar", "unknown", None,
       ["civilians"], ["shooting"], None, NR, 1, "wounding his bodyguard")])

r = "2025-10-20"
dp = "before sunset today"
doc("D11", "D", r, f"""Nas News | translated from Arabic | {F(r, '{D} {Month} {YYYY}')}
A security source in Babil said that [[a|a bomb planted at the campaign office of a parliamentary candidate in Al-Musaib exploded {dp}, wounding a guard]], three weeks before the elections.
The candidate, who is running for a Shiite list, said in a post that such acts "will not frighten us", and the province's electoral office condemned the attack.""",
    [I(r, dp, "the campaign office of a parliamentary candidate in Al-Musaib", "Musayyib", "Babil", None, None,
       ["civilians"], ["ied"], None, NR, 1, "wounding a guard")])

# ===================================================================== K
r = "2024-07-03"; e = "2024-07-02"
dp = F(e, "{W} around 8pm")
doc("K1", "K", r, f"""Kurdistan24 | {F(r, '{D} {Month} {YYYY}')}
ERBIL - [[a|Two Peshmerga died and one was injured when ISIS militants attacked their post on the Qerechox range near Mexmur {dp}]], the Ministry of Peshmerga Affairs said, blaming ISIS.
The ministry renewed its call for a joint Peshmerga-army brigade to fill the security gap in the disputed areas.""",
    [I(e, dp, "their post on the Qerechox range near Mexmur", "Makhmour", "Nineveh", "ISIS", "attributed",
       ["Peshmerga"], ["shooting"], 2, "Two Peshmerga died", 1, "one was injured")])

r = "2024-09-03"; e = "2024-09-02"
dp = F(e, "{W} night")
doc("K2", "K", r, f"""Rudaw | {F(r, '{D} {Month} {YYYY}')}
DUHOK - [[a|Turkish warplanes bombed the surroundings of the village of Derkar, in Zaxo district, {dp}, injuring a shepherd; no lives were lost]], the village head told Rudaw.
Residents said the strikes set fire to vineyards and that several families had moved to Zaxo town.""",
    [I(e, dp, "the village of Derkar, in Zaxo district", "Zakho", "Dohuk", "Turkey", "attributed",
       ["civilians"], ["airstrike_operation"], 0, "no lives were lost", 1, "injuring a shepherd")])

r = "2019-10-04"; e = "2019-10-03"
dp = F(e, "on {W}")
doc("K3", "K", r, f"""Rudaw English | {F(r, '{D} {Month} {YYYY}')}
BAGHDAD - [[a|Nine demonstrators fell to security forces' bullets in Baghdad's Al-Zafaraniya district {dp}]], according to a medical source, as authorities kept a curfew in place for a second day.
Kurdistan Region officials called for restraint. Hundreds have been wounded since the protests began.""",
    [I(e, dp, "Baghdad's Al-Zafaraniya district", "Baghdad", "Baghdad", "security forces", "attributed",
       ["civilians"], ["shooting"], 9, "Nine demonstrators fell to security forces' bullets", None, NR)])

r = "2021-11-29"; e = "2021-11-28"
dp = F(e, "{W} after 10 pm")
doc("K4", "K", r, f"""KirkukNow | {F(r, '{D} {Month} {YYYY}')}
[[a|Three soldiers perished and two were injured when IS militants attacked an Iraqi army position near the village of Qutan, Tawuq district, {dp}]], a security officer told KirkukNow.
Tawuq (Daquq) residents say IS cells move freely through the orchards between the district and the Hamrin range.""",
    [I(e, dp, "the village of Qutan, Tawuq district", "Daquq", "Kirkuk", "ISIS", "attributed",
       ["army"], ["shooting"], 3, "Three soldiers perished", 2, "two were injured")])

r = "2022-08-20"
dp = F(r, "this {W} morning")
doc("K5", "K", r, f"""Esta | {F(r, '{D} {Month} {YYYY}')}
[[a|An IED planted overnight in a field of the village of Qulijan, in Xaneqin district, exploded {dp}, which took the life of a Kurdish farmer]], his relatives said.
The village lies on the line between the army and Peshmerga areas, and Kurdish farmers say they are targeted to push them off their land.""",
    [I(r, dp, "the village of Qulijan, in Xaneqin district", "Khanaqin", "Diyala", None, None,
       ["civilians"], ["ied"], 1, "took the life of a Kurdish farmer", None, NR)])

r = "2023-01-10"; e = "2023-01-09"
dp = F(e, "on {W} before midnight")
doc("K6", "K", r, f"""NRT | {F(r, '{D} {Month} {YYYY}')}
[[a|Three Katyusha rockets landed in a residential quarter of Tuzhurmatu {dp}, injuring a woman and her two children; none died]], the district's Kurdish mayor said.
He said the rockets were launched from farmland west of the town, and asked Baghdad to station federal forces there.""",
    [I(e, dp, "a residential quarter of Tuzhurmatu", "Tuz Khurmatu", "Salahuddin", None, None,
       ["civilians"], ["mortar_rocket"], 0, "none died", 3, "injuring a woman and her two children")])

r = "2020-04-26"; e = "2020-04-25"
dp = F(e, "{W} afternoon")
doc("K7", "K", r, f"""Rudaw English | {F(r, '{D} {Month} {YYYY}')}
[[a|A suicide bomber detonated his explosive vest at a Hashd checkpoint near Al-Qa'im {dp}. Three Hashd fighters were killed besides the bomber, and five others were wounded]], a PMF statement said.
IS claimed the attack through its Amaq agency, calling it revenge for operations in the Anbar desert.""",
    [I(e, dp, "a Hashd checkpoint near Al-Qa'im", "Al-Qaim", "Anbar", "ISIS", "claimed",
       ["PMU"], ["suicide"], 3, "Three Hashd fighters were killed besides the bomber", 5, "five others were wounded")])

r = "2023-08-06"; e = "2023-08-05"
dp = F(e, "on {W}")
doc("K8", "K", r, f"""Kurdistan24 | {F(r, '{D} {Month} {YYYY}')}
[[a|A drone strike near the village of Barbzin, Choman district, killed two PKK members {dp}]], the Choman security directorate said, blaming Turkey.
The directorate said the pair were travelling in a civilian car and urged all sides to keep the conflict away from populated areas.""",
    [I(e, dp, "the village of Barbzin, Choman district", "Choman", "Erbil", "Turkey", "attributed",
       ["PKK"], ["airstrike_operation"], 2, "killed two PKK members", None, NR)])

r = "2022-10-18"; e = "2022-10-17"
dp = F(e, "on {W} at 7:30am")
doc("K9", "K", r, f"""PUKmedia | {F(r, '{D} {Month} {YYYY}')}
[[a|A bomb exploded under the car of an officer of the counter-terrorism unit on Salim Street in Slemani {dp}. The officer, who was alone in the car, survived with burns]], the Sulaimani security directorate said.
The directorate said it had identified suspects and would announce the results of the investigation.""",
    [I(e, dp, "Salim Street in Slemani", "Sulaymaniyah", "Sulaymaniyah", None, None,
       ["security forces"], ["ied"], 0, "The officer, who was alone in the car, survived", 1, "survived with burns")])

r = "2021-06-06"; e = "2021-06-05"
dp = F(e, "on {W}")
doc("K10", "K", r, f"""BasNews | {F(r, '{D} {Month} {YYYY}')}
[[a|PKK fighters ambushed a Peshmerga patrol in the Mount Metina area near Amêdî {dp}, an attack that cost five Peshmerga their lives]], the Ministry of Peshmerga said, holding the PKK responsible.
The PKK denied involvement in a statement carried by its media.""",
    [I(e, dp, "the Mount Metina area near Amêdî", "Amedi", "Dohuk", "PKK", "attributed",
       ["Peshmerga"], ["ambush"], 5, "cost five Peshmerga their lives", None, NR)])

r = "2025-02-12"
dp = F(r, "this {W} at dawn")
doc("K11", "K", r, f"""KirkukNow | {F(r, '{D} {Month} {YYYY}')}
[[a|An IED hit an Iraqi army vehicle in the Al-Zab subdistrict of Hawija district {dp}; two soldiers were lightly injured]], a Kirkuk Operations Command officer said.
The officer said IS cells have shrunk to a few dozen fighters in the Hawija and Zab valleys but still plant bombs on rural roads.""",
    [I(r, dp, "the Al-Zab subdistrict of Hawija district", "Hawija", "Kirkuk", None, None,
       ["army"], ["ied"], None, NR, 2, "two soldiers were lightly injured")])

# ===================================================================== S
r = "2024-09-25"; e = "2024-09-24"
dp = F(e, "At 14:10 on {W}")
doc("S1", "S", r, f"""Duhok Asayish Directorate - statement - {F(r, '{D} {Month} {YYYY}')}
1. [[a|{dp}, a Turkish drone targeted a civilian vehicle near the village of Bersive, Zakho; one person inside was killed.]] The victim's identity is being verified.
2. A fire broke out at a fuel station in Semel because of a technical fault. It was brought under control; no one was injured.
3. Our teams arrested two persons smuggling cigarettes at the Ibrahim Khalil crossing.""",
    [I(e, dp, "near the village of Bersive, Zakho", "Zakho", "Dohuk", "Turkey", "attributed",
       ["civilians"], ["airstrike_operation"], 1, "one person inside was killed", None, NR)])

r = "2019-10-26"
dp = F(r, "{DD}/{MM}/{YYYY}")
doc("S2", "S", r, f"""KARKH POLICE - DAILY SUMMARY - {F(r, '{DD}/{MM}/{YYYY}')}
- 08:20 Traffic accident on the Mohammed al-Qasim highway; two vehicles damaged, no injuries.
- 13:00 A suspect carrying counterfeit dinars arrested in Al-Amiriya.
- [[a|19:15 Protesters set fire to the office of a political party on 14th of Ramadan Street, Al-Mansour. Human losses: none.]] Civil defence extinguished the fire.
- 22:40 Patrols reinforced around the Green Zone bridges.""",
    [I(r, dp, "14th of Ramadan Street, Al-Mansour", "Baghdad", "Baghdad", "unknown", None,
       [], ["other"], 0, "Human losses: none", 0, "Human losses: none")])

r = "2021-11-18"
dp = F(r, "{DD}/{MM}/{YYYY}")
doc("S3", "S", r, f"""Kirkuk Police Directorate - daily bulletin {F(r, '{DD}/{MM}/{YYYY}')}
(1) [[a|An IED exploded near a police patrol on the Kirkuk-Riyadh road near Al-Rashad, wounding two members of the patrol, with no martyrs.]]
(2) A citizen drowned while swimming in the Khasa river; his body was recovered by civil defence.
(3) A wanted man was arrested in Hawija under Article 4 (terrorism).
(4) A generator caught fire in the Shorja quarter; damage only.""",
    [I(r, dp, "the Kirkuk-Riyadh road near Al-Rashad", "Rashad", "Kirkuk", None, None,
       ["police"], ["ied"], 0, "with no martyrs", 2, "wounding two members of the patrol")])

r = "2022-08-30"
dp = F(r, "{D} {Month} {YYYY}")
doc("S4", "S", r, f"""Diyala Police Command - press statement - {F(r, '{D} {Month} {YYYY}')}
[[a|Terrorist elements opened fire on a police checkpoint in the Al-Wajihiya subdistrict, Muqdadiyah district, martyring a policeman and wounding another.]] Our forces chased the attackers towards the orchards.
In Balad Ruz, shots were fired at a house as a warning in a tribal dispute (a so-called "dagga"); there were no injuries, and the suspects were detained under the anti-terrorism law.
An explosive device was found and dismantled on the Baquba-Khalis road.""",
    [I(r, dp, "the Al-Wajihiya subdistrict, Muqdadiyah district", "Muqdadiyah", "Diyala", "unknown", None,
       ["police"], ["shooting"], 1, "martyring a policeman", 1, "wounding another")])

r = "2023-01-19"
dp = F(r, "{DD}/{MM}/{YYYY}")
doc("S5", "S", r, f"""Samarra Operations Command - log {F(r, '{DD}/{MM}/{YYYY}')}
06:15 [[a|Two mortar rounds fell near a PMF post in the Al-Eith area, east of Samarra. No material or human damage.]]
11:00 A lorry overturned on the Samarra-Tikrit road; the driver was injured. Traffic case.
20:30 [[b|An IED struck an army vehicle near Al-Dour, killing one soldier and wounding two.]]
22:00 Search operation in the Al-Jallam desert; no contact.""",
    [I(r, dp, "the Al-Eith area, east of Samarra", "Samarra", "Salahuddin", None, None,
       ["PMU"], ["mortar_rocket"], 0, "No material or human damage", 0, "No material or human damage"),
     I(r, dp, "near Al-Dour", "Dour", "Salahuddin", None, None,
       ["army"], ["ied"], 1, "killing one soldier", 2, "wounding two")])

r = "2020-04-07"; e = add(r, -1)
dp = "at 2300 hours yesterday"
doc("S6", "S", r, f"""Anbar Operations Command | statement | {F(r, '{D} {Month} {YYYY}')}
[[a|Daesh infiltrators attacked an army position in the Akashat desert {dp}. Two heroes of our army were martyred and one was wounded.]] The force killed three of the attackers; their bodies were handed to the forensic department.
In a separate operation, a lorry smuggling sheep across the Syrian border was seized near Al-Qaim.""",
    [I(e, dp, "an army position in the Akashat desert", "Akashat", "Anbar", "ISIS", "attributed",
       ["army"], ["shooting"], 2, "Two heroes of our army were martyred", 1, "one was wounded")])

r = "2024-07-14"
dp = F(r, "{D} {Month} {YYYY}")
doc("S7", "S", r, f"""Nineveh Police Command | press release | {F(r, '{D} {Month} {YYYY}')}
- [[a|An explosive device placed at the door of a mobile-phone shop in Mosul's Al-Zuhur neighbourhood exploded at night, wounding the owner, who was sleeping inside.]]
- A family dispute in Bartella ended with a stabbing; the suspect, the victim's brother-in-law, was arrested.
- A fire in the Bab al-Saray market was caused by an electrical short circuit; four shops were damaged.
- Traffic police impounded 37 unlicensed motorcycles.""",
    [I(r, dp, "a mobile-phone shop in Mosul's Al-Zuhur neighbourhood", "Mosul", "Nineveh", None, None,
       ["civilians"], ["ied"], None, NR, 1, "wounding the owner")])

r = "2022-07-23"
dp = F(r, "{DD}-{MM}-{YYYY}")
doc("S8", "S", r, f"""Basra Police - events of {F(r, '{DD}-{MM}-{YYYY}')}
1. [[a|Unknown persons threw a hand grenade at a currency exchange shop in Abu al-Khasib, damaging its front. No injuries to persons.]]
2. A clan fight with medium weapons broke out in Al-Hartha over a land dispute; two men were injured. No political motive. Tribal elders intervened.
3. A drug dealer was arrested in Al-Tannuma with 2 kg of crystal.
4. Smuggled fuel seized in Umm Qasr.""",
    [I(r, dp, "a currency exchange shop in Abu al-Khasib", "Abu al-Khasib", "Basra", "unknown", None,
       [], ["other"], None, NR, 0, "No injuries to persons")])

r = "2020-11-16"
dp = F(r, "{D} {Month} {YYYY}")
doc("S9", "S", r, f"""Maysan Police Command - statement - {F(r, '{D} {Month} {YYYY}')}
[[a|Unknown gunmen opened fire on a patrol of the anti-narcotics directorate in Al-Majar al-Kabir, killing one officer.]] The attackers fled in a vehicle without plates.
In a separate case, a man killed his brother in a dispute over inheritance in Qalat Salih; the killer surrendered to police.
Two wanted men were arrested in Amarah.""",
    [I(r, dp, "a patrol of the anti-narcotics directorate in Al-Majar al-Kabir", "Majar al-Kabir", "Maysan",
       "unknown", None, ["police"], ["shooting"], 1, "killing one officer", None, NR)])

r = "2023-10-26"; e = "2023-10-25"
doc("S10", "S", r, f"""Kurdistan Region Security Council | statement | {F(r, '{D} {Month} {YYYY}')}
[[a|Between 22:40 and 23:15 on {W(e)}, an explosive-laden drone was downed before reaching the Harir base]], and [[b|a second drone fell inside the perimeter of Erbil airport]]. No one was harmed in either incident.
The so-called Islamic Resistance in Iraq claimed both attacks. Separately, our teams arrested four people smuggling weapons near Kalak.""",
    [I(e, F(e, "Between 22:40 and 23:15 on {W}"), "the Harir base", "Harir", "Erbil", "PMU", "claimed",
       ["US forces"], ["other"], 0, "No one was harmed in either incident", 0, "No one was harmed in either incident"),
     I(e, F(e, "Between 22:40 and 23:15 on {W}"), "inside the perimeter of Erbil airport", "Erbil", "Erbil", "PMU", "claimed",
       ["US forces"], ["other"], 0, "No one was harmed in either incident", 0, "No one was harmed in either incident")])

r = "2024-05-19"
dp = F(r, "{DD}/{MM}/{YYYY}")
doc("S11", "S", r, f"""Muthanna Police - daily events - {F(r, '{DD}/{MM}/{YYYY}')}
- [[a|An explosive charge went off at the door of the house of a tribal sheikh in Al-Rumaitha, damaging the door and a car; the family was not harmed.]]
- A shepherd died of heatstroke in the Badiya south of Samawah.
- A car collided with a camel on the Samawah-Nasiriyah road; the driver was slightly hurt.
- A wanted man was arrested in Al-Khidhr.""",
    [I(r, dp, "the house of a tribal sheikh in Al-Rumaitha", "Rumaitha", "Muthanna", None, None,
       [], ["ied"], 0, "the family was not harmed", 0, "the family was not harmed")])
