"""Styles G (revised tolls), H (noise), J (containers)."""
from lib import F, W, add, I, doc, NR

# ===================================================================== G
r = "2022-08-12"; e = "2022-08-11"
dp = F(e, "at the height of the morning rush on {W}")
doc("G1", "G", r, f"""BAQUBA ({F(r, '{D} {Month} {YYYY}')}) - [[a|A bomb hidden in a crate of tomatoes exploded at a vegetable market in Baquba's Al-Mualimeen neighbourhood {dp}.]]
The first police count was two dead and six wounded. By evening, Baquba General Hospital put the dead at four and the wounded at nine.
No group claimed the blast, the first in the city's markets since 2019.""",
    [I(e, dp, "a vegetable market in Baquba's Al-Mualimeen neighbourhood", "Baquba", "Diyala", "unknown",
       "unclaimed", ["civilians"], ["ied"], 4, "put the dead at four", 9, "the wounded at nine")])

r = "2023-01-13"; e = "2023-01-12"
dp = F(e, "on {W} around dusk")
doc("G2", "G", r, f"""ISHAQI, Iraq ({F(r, '{D} {Month} {YYYY}')}) - [[a|Two suicide bombers struck a PMF headquarters in Ishaqi {dp}]], in the deadliest attack in Salahuddin this winter.
An initial PMF statement spoke of five martyrs. On Friday the force said the dead numbered seven, not counting the two bombers, and that eleven were wounded, four of them seriously.
IS claimed the attack through Amaq.""",
    [I(e, dp, "a PMF headquarters in Ishaqi", "Ishaqi", "Salahuddin", "ISIS", "claimed",
       ["PMU"], ["suicide"], 7, "the dead numbered seven, not counting the two bombers", 11, "eleven were wounded")])

r = "2020-04-05"; e = "2020-04-03"
dp = F(e, "late in the day on {W}")
doc("G3", "G", r, f"""ANAH, Iraq ({F(r, '{D} {Month} {YYYY}')}) - [[a|Half a dozen soldiers were killed and four wounded when IS militants overran an army post in the desert south of Anah {dp}]], the army said, blaming the Islamic State.
A seventh soldier died of wounds on Sunday, a medical official said, bringing the number of dead to seven.
Reinforcements were flown in from Ain al-Asad.""",
    [I(e, dp, "an army post in the desert south of Anah", "Anah", "Anbar", "ISIS", "attributed",
       ["army"], ["shooting"], 7, "bringing the number of dead to seven", 4, "four wounded")])

r = "2024-07-12"; e = "2024-07-10"
dp = F(e, "on {W} at around 10 pm")
doc("G4", "G", r, f"""MOSUL ({F(r, '{D} {Month} {YYYY}')}) - [[a|A hand grenade thrown into a crowded restaurant in Mosul's Al-Muhandiseen district {dp} killed a waiter]], police said. The attacker fled on foot.
Correction, {F(r, '{D} {Month}')}: An earlier version of this report said 12 people were wounded. The Nineveh health directorate's figure is seven.
Police are questioning the owner about threats he had received.""",
    [I(e, dp, "a crowded restaurant in Mosul's Al-Muhandiseen district", "Mosul", "Nineveh", "unknown", None,
       ["civilians"], ["other"], 1, "killed a waiter", 7, "The Nineveh health directorate's figure is seven")])

r = "2024-09-19"; e = "2024-09-17"
dp = F(e, "on {W}")
doc("G5", "G", r, f"""DUHOK ({F(r, '{D} {Month} {YYYY}')}) - [[a|A drone strike hit two brothers grazing sheep in Nerwa Rekan subdistrict of Amedi district {dp}, killing one brother and critically wounding the other]], the subdistrict director said, blaming Turkey.
The younger brother died in a Duhok hospital the following morning, his family said, bringing the death toll to two.""",
    [I(e, dp, "Nerwa Rekan subdistrict of Amedi district", "Amedi", "Dohuk", "Turkey", "attributed",
       ["civilians"], ["airstrike_operation"], 2, "bringing the death toll to two", 1, "critically wounding the other")])

r = "2019-10-27"; e = "2019-10-25"
dp = F(e, "{W}'s clashes")
doc("G6", "G", r, f"""BAGHDAD ({F(r, '{D} {Month} {YYYY}')}) - [[a|Health officials now count 21 dead from {dp} near the Turkish Restaurant building in Baghdad]], where security forces used live fire and tear gas against protesters trying to cross towards the Green Zone.
Five of the dead were killed by tear-gas canisters that struck their heads, doctors said. More than 1,000 were injured, most of them by gas.""",
    [I(e, dp, "near the Turkish Restaurant building in Baghdad", "Baghdad", "Baghdad", "security forces",
       "attributed", ["civilians"], ["shooting", "other"], 21, "Health officials now count 21 dead", 1000,
       "More than 1,000 were injured")])

r = "2021-11-13"; e = "2021-11-12"
dp = F(e, "on {W} at midday")
doc("G7", "G", r, f"""KIRKUK ({F(r, '{D} {Month} {YYYY}')}) - [[a|Suspected IS gunmen attacked a police checkpoint in Yaychi, south-west of Kirkuk, {dp}.]] Early reports said one policeman had been killed.
Police later gave a toll of three killed - two policemen and a civilian driver who was stopped at the checkpoint. Nobody was reported wounded.""",
    [I(e, dp, "a police checkpoint in Yaychi", "Yaychi", "Kirkuk", "ISIS", "suspected",
       ["police", "civilians"], ["shooting"], 3, "a toll of three killed", 0, "Nobody was reported wounded")])

r = "2019-09-21"; e = "2019-09-20"
dp = F(e, "on {W} just after sunset")
doc("G8", "G", r, f"""KARBALA ({F(r, '{D} {Month} {YYYY}')}) - [[a|A bomb exploded inside a minibus at the northern checkpoint of Karbala {dp}]], killing ten people, police said at first.
Karbala's health directorate later raised the count of the dead to twelve and said five were wounded. The Islamic State claimed the bombing.""",
    [I(e, dp, "the northern checkpoint of Karbala", "Karbala", "Karbala", "ISIS", "claimed",
       ["civilians"], ["ied"], 12, "raised the count of the dead to twelve", 5, "five were wounded")])

r = "2021-03-16"; e = "2021-03-15"
dp = F(e, "on {W} at about 4 p.m.")
doc("G9", "G", r, f"""BASRA ({F(r, '{D} {Month} {YYYY}')}) - [[a|A bomb fixed under the car of a Shiite cleric exploded in Basra's Al-Jubaila {dp}, killing his driver; the cleric was seriously wounded.]]
Hours later, hospital officials said the cleric had also died, and that a boy passing by had been hurt, making two dead and two wounded in total.""",
    [I(e, dp, "Basra's Al-Jubaila", "Basra", "Basra", None, None,
       ["civilians"], ["ied"], 2, "making two dead", 2, "two wounded in total")])

r = "2023-11-23"; e = "2023-11-22"
dp = F(e, "in the first hour of {W}")
doc("G10", "G", r, f"""BABIL ({F(r, '{D} {Month} {YYYY}')}) - [[a|US aircraft struck two Kataib Hezbollah sites in Jurf al-Nasr {dp}]], the Pentagon said, describing the strikes as a response to attacks on US personnel.
The Pentagon first said "several" fighters were killed. Kataib Hezbollah later named eight of its members who died, and said no one else was hurt.""",
    [I(e, dp, "two Kataib Hezbollah sites in Jurf al-Nasr", "Jurf al-Sakhar", "Babil", "US forces", "claimed",
       ["PMU"], ["airstrike_operation"], 8, "named eight of its members who died", 0, "no one else was hurt")])

r = "2024-04-16"; e = "2024-04-14"
dp = F(e, "around 2 a.m. on {W}")
doc("G11", "G", r, f"""NASIRIYAH ({F(r, '{D} {Month} {YYYY}')}) - [[a|Armed men attacked a police station in Suq al-Shuyukh {dp}, shooting dead one policeman and seizing another.]]
On Monday evening the body of the abducted policeman was found in a canal, police said, raising the toll to two. Two other officers had suffered gunshot wounds.""",
    [I(e, dp, "a police station in Suq al-Shuyukh", "Suq al-Shuyukh", "Dhi Qar", "unknown", None,
       ["police"], ["shooting", "kidnapping"], 2, "raising the toll to two", 2, "Two other officers had suffered gunshot wounds")])

# ===================================================================== H
r = "2023-02-18"; e = "2023-02-17"
doc("H1", "H", r, f"""DEIR EZ-ZOR, Syria ({F(r, '{D} {Month} {YYYY}')}) - [[a|IS gunmen killed three shepherds in the desert near Al-Busayrah, east of Deir ez-Zor, {F(e, 'on {W}')}]], a war monitor said, blaming the Islamic State.
The area lies about 100 km from the Iraqi border at Al-Qaim.""",
    [I(e, F(e, "on {W}"), "the desert near Al-Busayrah, east of Deir ez-Zor", "Al-Busayrah", None, "ISIS",
       "attributed", ["civilians"], ["shooting"], 3, "killed three shepherds", None, NR, country="Syria")],
    country="Syria")

r = "2021-08-09"
doc("H2", "H", r, f"""FALLUJAH ({F(r, '{D} {Month} {YYYY}')}) - Residents of Fallujah reported a series of loud explosions this morning. The Anbar Operations Command said army engineers were destroying old munitions and explosives found in the Al-Nuaimiya area in a controlled detonation, and that there was no attack. It asked citizens not to share rumours on social media.""",
    [], country="Iraq")

r = "2022-03-27"; e = "2022-03-26"
doc("H3", "H", r, f"""ŞIRNAK, Turkey ({F(r, '{D} {Month} {YYYY}')}) - [[a|PKK militants attacked a Turkish army outpost in Beytüşşebap district of Şırnak province {F(e, 'on {W}')}, killing two soldiers]], Turkey's defence ministry said.
The ministry said the attackers had crossed from northern Iraq and that "retaliation" was under way.""",
    [I(e, F(e, "on {W}"), "a Turkish army outpost in Beytüşşebap district of Şırnak province", "Beytüşşebap",
       None, "PKK", "attributed", ["Turkey"], ["shooting"], 2, "killing two soldiers", None, NR, country="Turkey")],
    country="Turkey")

r = "2024-06-03"
doc("H4", "H", r, f"""HILLAH ({F(r, '{D} {Month} {YYYY}')}) - Two people were killed and five injured when a gas cylinder exploded in a restaurant kitchen in central Hillah at lunchtime today. The Babil civil defence directorate said the blast was caused by a gas leak and that there was no indication of a criminal act. The restaurant had no safety licence, officials added.""",
    [], country="Iraq")

r = "2022-11-30"; e = "2022-11-29"
doc("H5", "H", r, f"""MAHABAD, Iran ({F(r, '{D} {Month} {YYYY}')}) - [[a|An explosive device went off near a police patrol in Mahabad, West Azerbaijan province, {F(e, 'on {W} night')}, wounding three policemen]], Iranian state media reported, blaming "counter-revolutionary groups" based in Iraqi Kurdistan. Kurdish opposition parties denied involvement.""",
    [I(e, F(e, "on {W} night"), "near a police patrol in Mahabad, West Azerbaijan province", "Mahabad", None,
       "unknown", "attributed", ["police"], ["ied"], None, NR, 3, "wounding three policemen", country="Iran")],
    country="Iran")

r = "2023-03-06"
doc("H6", "H", r, f"""TIKRIT ({F(r, '{D} {Month} {YYYY}')}) - A soldier was killed today by an accidental discharge from a comrade's rifle during a training exercise at the Speicher base north of Tikrit, the Salahuddin Operations Command said. It said an investigation had been opened and that the incident "has no connection to any hostile activity".""",
    [], country="Iraq")

r = "2020-01-10"; e = "2020-01-09"
doc("H7", "H", r, f"""AL-ASHARA, Syria ({F(r, '{D} {Month} {YYYY}')}) - [[a|US aircraft struck a weapons depot used by Kataib Hezbollah fighters near Al-Ashara, in Syria's Deir ez-Zor province, {F(e, 'on {W}')}]], the Pentagon said. A war monitor said seven fighters were killed.
The strikes followed rocket fire on a base in Iraq.""",
    [I(e, F(e, "on {W}"), "near Al-Ashara, in Syria's Deir ez-Zor province", "Al-Ashara", None, "US forces",
       "claimed", ["PMU"], ["airstrike_operation"], 7, "seven fighters were killed", None, NR, country="Syria")],
    country="Syria")

r = "2024-11-11"
doc("H8", "H", r, f"""KUT ({F(r, '{D} {Month} {YYYY}')}) - Wasit police said today that a young man who told his family he had been kidnapped by armed men and demanded a ransom of 20,000 dollars had staged the abduction himself to pay off gambling debts. He was found at a friend's house in Al-Kut and has been detained. No kidnapping took place, police said.""",
    [], country="Iraq")

r = "2024-10-15"; e = "2024-10-14"
doc("H9", "H", r, f"""QAMISHLI, Syria ({F(r, '{D} {Month} {YYYY}')}) - [[a|A drone strike near Qamishli {F(e, 'on {W}')} killed a civilian driver]], the Syrian Democratic Forces said, blaming Turkey. The SDF said the car was carrying vegetables to the city's market. Turkey did not comment.""",
    [I(e, F(e, "on {W}"), "near Qamishli", "Qamishli", None, "Turkey", "attributed",
       ["civilians"], ["airstrike_operation"], 1, "killed a civilian driver", None, NR, country="Syria")],
    country="Syria")

r = "2025-03-09"
doc("H10", "H", r, f"""NASIRIYAH ({F(r, '{D} {Month} {YYYY}')}) - Two clans from Al-Gharraf held a reconciliation ceremony today in Nasiriyah to end a feud that began with a killing in 2021. The family of the victim accepted blood money, and tribal elders, the governor and police commanders attended. Police said there had been no incident between the clans for over a year.""",
    [], country="Iraq")

r = "2025-09-14"
doc("H11", "H", r, f"""SULAIMANI ({F(r, '{D} {Month} {YYYY}')}) - Several hundred teachers protested in front of the Sulaimani governorate building today over delayed salaries. The demonstration ended peacefully in the early afternoon, and the security forces reported no incidents. Organisers said they would return next week if salaries were not paid.""",
    [], country="Iraq")

# ===================================================================== J
r = "2023-01-25"; e = "2023-01-24"
dp = F(e, "on {W} afternoon")
doc("J1", "J", r, f"""[[a|An IED exploded beside a PMF vehicle on the road near Al-Siniya, west of Bayji, {dp}, killing a fighter and injuring two.]] The PMF's Salahuddin axis blamed IS cells operating in the Makhoul range.
Traffic on the road was halted for several hours while engineers swept for further devices.""",
    [I(e, dp, "the road near Al-Siniya, west of Bayji", "Baiji", "Salahuddin", "ISIS", "attributed",
       ["PMU"], ["ied"], 1, "killing a fighter", 2, "injuring two")],
    ext="json", title="PMF fighter killed in roadside blast near Bayji", outlet="Al-Ahad English",
    published=r + "T09:14:00+03:00")

r = "2020-04-24"; e = "2020-04-23"
dp = F(e, "on {W} morning")
doc("J2", "J", r, f"""[[a|Gunmen fired on a fishermen's camp on the banks of the Euphrates near Rawah {dp}, killing two fishermen and wounding one.]] Local officials blamed IS remnants who hide in the islands of the river.

The Anbar Operations Command sent boats to search the islands.""",
    [I(e, dp, "a fishermen's camp on the banks of the Euphrates near Rawah", "Rawa", "Anbar", "ISIS", "attributed",
       ["civilians"], ["shooting"], 2, "killing two fishermen", 1, "wounding one")],
    ext="html", title="Two fishermen killed near Rawah", outlet="Anbar Now")

r = "2024-07-18"
dp = "early on Thursday"
doc("J3", "J", r, f"""---
title: Two PMF fighters hurt in attack near Tal Afar
date: {r}
outlet: Mosul Eye Digest
---

# Two PMF fighters hurt in attack near Tal Afar

[[a|Militants fired rocket-propelled grenades at a PMF post near Al-Ayadhiya, north of Tal Afar, {dp}, hurting two fighters. There were no deaths.]]

The PMF said it was combing the area.""",
    [I(r, dp, "a PMF post near Al-Ayadhiya, north of Tal Afar", "Tal Afar", "Nineveh", "unknown", None,
       ["PMU"], ["shooting"], 0, "There were no deaths", 2, "hurting two fighters")],
    ext="md")

r = "2024-09-14"
dp = "this morning"
doc("J4", "J", r, f"""[[a|Turkish artillery shelled the surroundings of the village of Besheri near Kani Masi {dp}, setting fire to farmland; no one was harmed]], the Amedi district administration said.
Fire-fighters from Amedi could not reach the area because of the continued bombardment.""",
    [I(r, dp, "the village of Besheri near Kani Masi", "Amedi", "Dohuk", "Turkey", "attributed",
       [], ["mortar_rocket"], 0, "no one was harmed", 0, "no one was harmed")],
    ext="json", title="Turkish shelling sets farmland ablaze near Kani Masi", outlet="Duhok Post",
    published=r + "T13:40:00+03:00")

r = "2019-10-09"; e = "2019-10-07"
dp = F(e, "on the evening of {W}")
doc("J5", "J", r, f"""[[a|Snipers on rooftops fired on protesters in Baghdad's Al-Habibiya district {dp}, killing four and wounding eighteen]], a medical source said.

The Interior Ministry denied that its forces had deployed snipers, blaming "unknown shooters".""",
    [I(e, dp, "Baghdad's Al-Habibiya district", "Baghdad", "Baghdad", "unknown", None,
       ["civilians"], ["shooting"], 4, "killing four", 18, "wounding eighteen")],
    ext="html", title="Rooftop snipers kill four protesters", outlet="Baghdad Post")

r = "2021-11-26"; e = "2021-11-25"
dp = F(e, "on {W}")
doc("J6", "J", r, f"""---
title: Shepherd killed near Al-Abbasi
date: {r}
outlet: Kirkuk Daily
---

# Shepherd killed near Al-Abbasi

[[a|A shepherd was shot dead and his flock stolen in the hills near Al-Abbasi, west of Kirkuk, {dp}.]] Police suspect IS militants, who have repeatedly raided herders in the area this autumn.""",
    [I(e, dp, "the hills near Al-Abbasi, west of Kirkuk", "Abbasi", "Kirkuk", "ISIS", "suspected",
       ["civilians"], ["shooting"], 1, "A shepherd was shot dead", None, NR)],
    ext="md")

r = "2022-08-06"; e = "2022-08-05"
dp = F(e, "on {W} evening")
doc("J7", "J", r, f"""[[a|Two Katyusha rockets fell in an orchard in the village of Al-Ibara, north-east of Baquba, {dp}; nobody was hurt]], the Diyala police command said.
It said the launch site had been found in a nearby field with a timer still attached.""",
    [I(e, dp, "an orchard in the village of Al-Ibara, north-east of Baquba", "Baquba", "Diyala", None, None,
       [], ["mortar_rocket"], 0, "nobody was hurt", 0, "nobody was hurt")],
    ext="json", title="Rockets land in Baquba orchard", outlet="Diyala Press", published=r)

r = "2025-07-21"
dp = "before dawn today"
doc("J8", "J", r, f"""[[a|Two explosive-laden drones targeted the Rumaila oil field north-west of Basra {dp}, damaging a storage tank; workers were unhurt]], the Basra Oil Company said.

Production continued normally, the company said.""",
    [I(r, dp, "the Rumaila oil field north-west of Basra", "Rumaila oil field", "Basra", None, None,
       [], ["other"], 0, "workers were unhurt", 0, "workers were unhurt")],
    ext="html", title="Drones hit Rumaila storage tank", outlet="Basra Oil News")

r = "2020-01-22"
dp = "on Wednesday morning"
doc("J9", "J", r, f"""---
title: Protester shot dead in Nasiriyah
date: {r}
outlet: Southern Iraq Monitor
---

# Protester shot dead in Nasiriyah

[[a|A protester was shot dead and five were wounded when security forces fired on a sit-in at Al-Haboubi Square in Nasiriyah {dp}]], a health source said. Protesters had been blocking the main bridges since Monday.""",
    [I(r, dp, "Al-Haboubi Square in Nasiriyah", "Nasiriyah", "Dhi Qar", "security forces", "attributed",
       ["civilians"], ["shooting"], 1, "A protester was shot dead", 5, "five were wounded")],
    ext="md")

r = "2025-01-19"; e = "2025-01-18"
dp = F(e, "on {W} night")
doc("J10", "J", r, f"""[[a|A grenade was thrown at the house of a KDP official in Soran {dp}; no one was injured]], the Soran Asayish said.
The official said he had received threats over a land dispute in recent weeks. Asayish said it had opened an investigation.""",
    [I(e, dp, "the house of a KDP official in Soran", "Soran", "Erbil", "unknown", None,
       [], ["other"], 0, "no one was injured", 0, "no one was injured")],
    ext="json", title="Grenade attack on KDP official's house in Soran", outlet="Erbil Now",
    published=r + "T22:05:00+03:00")

r = "2023-08-31"; e = "2023-08-30"
dp = F(e, "on {W}")
doc("J11", "J", r, f"""[[a|A knife-wielding man attacked a policeman at a checkpoint near Bab Qibla in Karbala {dp}, wounding him]], police said. Other policemen overpowered the attacker.

The incident came days before the Arbaeen pilgrimage.""",
    [I(e, dp, "a checkpoint near Bab Qibla in Karbala", "Karbala", "Karbala", "unknown", None,
       ["police"], ["other"], None, NR, 1, "wounding him")],
    ext="html", title="Guard stabbed at Karbala checkpoint", outlet="Karbala Today")
