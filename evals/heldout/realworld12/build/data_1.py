"""realworld12 data 1: styles B (BBC-Monitoring-style bulletin summaries),
L (long-form features / analysis), W (forwarded WhatsApp / Signal security-group
messages). Positions 1-7 = month clusters (Diyala 2023-03, Nineveh 2021-09,
Kirkuk 2022-06, Anbar 2020-10, Baghdad 2020-01, Salahuddin 2022-11,
Dohuk 2024-04); 8-12 other provinces."""
from lib import I, doc

# ============================================================== B: BBC Monitoring
doc("B1", "B", "2023-03-14", """BBC Monitoring Middle East - Political
Supplied by BBC Worldwide Monitoring
March 14, 2023 Tuesday

Iraqi TV says two soldiers killed in Diyala bomb attack

Iraqi state-owned Al-Iraqiya TV has reported that two soldiers were killed and three others injured when "terrorist Daesh remnants" targeted an army patrol in Diyala Province, eastern Iraq.

In its 1700 gmt newscast, the channel quoted the Security Media Cell as saying that [[a|an explosive device went off on Monday night under an army vehicle on the road between Jalawla and Qara Tapa]], north-east of Baquba. "Two heroes of our army were martyred and three others were wounded," the statement read.

The TV showed footage of the damaged vehicle and said a search operation was under way in the surrounding orchards.

Source: Al-Iraqiya TV, Baghdad, in Arabic 1700 gmt 14 Mar 23

BBC Mon ME1 MEPol sh/ar""",
    [I("a", "2023-03-13", "on Monday night", "Jalawla", "Jalawla", "Diyala", "ISIS", "attributed",
       "army", "ied", 2, "Two heroes of our army were martyred", 3, "three others were wounded")])

doc("B2", "B", "2021-09-08", """BBC Monitoring Middle East - Political
Supplied by BBC Worldwide Monitoring
September 8, 2021 Wednesday

Iraqi Nineveh TV reports two attacks on security forces

Mosul-based Al-Mosuliya TV on 8 September carried reports of two attacks on security personnel in Nineveh Governorate in northern Iraq.

The channel said that [[a|"Daesh remnants" attacked a post of the Popular Mobilization Forces (PMF) in the desert south of Al-Baaj at dawn today]], killing one PMF fighter and wounding two. It said reinforcements were sent to the area.

In a separate item, the TV said that [[b|a roadside bomb exploded yesterday near an army patrol on the outskirts of Al-Hadar]], injuring two soldiers. The channel did not say who planted the device.

The report also carried an interview with a Nineveh Operations Command officer who said the desert areas bordering Syria "remain a challenge".

Source: Al-Mosuliya TV, Mosul, in Arabic 1100 gmt 8 Sep 21

BBC Mon ME1 MEPol ma/sm""",
    [I("a", "2021-09-08", "at dawn today", "Al-Baaj", "Baaj", "Nineveh", "ISIS", "attributed",
       "PMU", "shooting", 1, "killing one PMF fighter", 2, "wounding two"),
     I("b", "2021-09-07", "yesterday", "Al-Hadar", "Hadar", "Nineveh", None, None,
       "army", "ied", None, None, 2, "injuring two soldiers")])

doc("B3", "B", "2022-06-19", """BBC Monitoring Middle East - Political
June 19, 2022 Sunday

Kurdish TV says IS kills two shepherds south of Kirkuk

Text of report by Iraqi Kurdish Kurdistan 24 TV on 19 June

[Presenter] Two shepherds have been killed by Islamic State (IS) militants in Kirkuk Province.

[Correspondent over video] According to local sources in Daquq District, [[a|IS militants opened fire on a group of shepherds on Saturday evening near the village of Tal al-Dahab, south of Daquq]]. Two of the shepherds were killed and the militants stole part of their flock before fleeing towards the Wadi al-Shay area.

Residents told our channel that the area has been "left without protection" because of the gap between the Iraqi army and the Peshmerga forces.

Source: Kurdistan 24 TV, Erbil, in Kurdish 1500 gmt 19 Jun 22

BBC Mon ME1 MEPol fm/ch""",
    [I("a", "2022-06-18", "on Saturday evening", "Daquq", "Daquq", "Kirkuk", "ISIS", "attributed",
       "civilians", "shooting", 2, "Two of the shepherds were killed", None, None)])

doc("B4", "B", "2020-10-23", """BBC Monitoring Middle East - Political
October 23, 2020 Friday

Iraqi TV: Tribal Mobilization fighter killed in Anbar bombing

Amman-based, anti-government Al-Sharqiya TV has reported that [[a|an explosive device targeted a vehicle of the Tribal Mobilization on Thursday in the desert west of Al-Rutba]], in Anbar Province.

"The blast killed one fighter and wounded another," a Tribal Mobilization official told the channel, blaming "the remnants of the Daesh terrorist gangs".

The TV said the wounded man was taken to Al-Rutba hospital. No group has claimed the attack, the channel added.

Source: Al-Sharqiya TV, Amman, in Arabic 1300 gmt 23 Oct 20

BBC Mon ME1 MEPol ih/mb""",
    [I("a", "2020-10-22", "on Thursday", "Al-Rutba", "Rutba", "Anbar", "ISIS", "attributed",
       "PMU", "ied", 1, "The blast killed one fighter", 1, "wounded another")])

doc("B5", "B", "2020-01-22", """BBC Monitoring Middle East - Political
January 22, 2020 Wednesday

Iraqi TV reports rockets land near Baghdad's Green Zone

Privately-owned Al-Sumaria TV reported on 22 January that [[a|three Katyusha rockets landed late on Tuesday near the Jadiriya bridge, on the edge of Baghdad's Green Zone]].

The channel quoted a security source as saying that there were no casualties and that the rockets had been fired from an orchard in the Zafaraniya area, where the launch pad was later found. The source did not say who fired them.

The TV said sirens were heard in the area of the US embassy.

Source: Al-Sumaria TV, Baghdad, in Arabic 0900 gmt 22 Jan 20

BBC Mon ME1 MEPol ks/ch""",
    [I("a", "2020-01-21", "late on Tuesday", "Jadiriya bridge", "Baghdad", "Baghdad", None, None,
       "", "mortar_rocket", 0, "there were no casualties", 0, "there were no casualties")])

doc("B6", "B", "2022-11-10", """BBC Monitoring Middle East - Political
November 10, 2022 Thursday

Iraqi TV says gunmen kill village headman in Salahuddin

Iraqi privately-owned Dijlah TV reported on 10 November that [[a|unidentified gunmen killed the mukhtar of Al-Hurriya village near Al-Shirqat on Wednesday]].

"The gunmen fired at the mukhtar outside his home and fled," a security source told the channel, adding that his son was also hit. "The son was taken to hospital in a critical condition," the source said.

The mukhtar was killed instantly, the report said. Police have opened an investigation.

Source: Dijlah TV, Baghdad, in Arabic 1800 gmt 10 Nov 22

BBC Mon ME1 MEPol zs/kr""",
    [I("a", "2022-11-09", "on Wednesday", "Al-Shirqat", "Sharqat", "Salahuddin", "unknown", None,
       "civilians", "shooting", 1, "The mukhtar was killed instantly", 1,
       "The son was taken to hospital in a critical condition")])

doc("B7", "B", "2024-04-06", """BBC Monitoring Middle East - Political
April 6, 2024 Saturday

Kurdish TV reports Turkish drone strike, shelling in Duhok

Iraqi Kurdish Rudaw TV on 6 April reported two Turkish attacks in Duhok Province of the Kurdistan Region.

[[a|A Turkish drone struck a car on Friday afternoon near the town of Batifa]], the channel said. Two people in the car were killed; local sources described them as members of the Kurdistan Workers' Party (PKK).

Separately, [[b|Turkish artillery shelled the orchards of Kani Masi on Thursday]], setting fire to vineyards. No casualties were reported, the TV said, quoting the Kani Masi sub-district director.

Source: Rudaw TV, Erbil, in Kurdish 1200 gmt 6 Apr 24

BBC Mon ME1 MEPol rn/ch""",
    [I("a", "2024-04-05", "on Friday afternoon", "Batifa", "Batifa", "Dohuk", "Turkey", "attributed",
       "PKK", "airstrike_operation", 2, "Two people in the car were killed", None, None),
     I("b", "2024-04-04", "on Thursday", "Kani Masi", "Kani Masi", "Dohuk", "Turkey", "attributed",
       "", "mortar_rocket", 0, "No casualties were reported", 0, "No casualties were reported")])

doc("B8", "B", "2019-12-11", """BBC Monitoring Middle East - Political
December 11, 2019 Wednesday

Iraqi TV says protest activist shot dead in Basra

Iraqi state-owned Al-Iraqiya TV reported on 11 December that [[a|unknown gunmen on a motorcycle shot dead a protest activist at dawn today in the Al-Jumhuriya area of Basra]].

The channel quoted a police source as saying the activist died at the scene. The report said the attack came a day after protesters in Basra's central square had renewed calls for early elections.

Later, a presenter read a statement from the Basra governor condemning "the cowardly crime" and calling on security agencies to find the perpetrators.

Source: Al-Iraqiya TV, Baghdad, in Arabic 0800 gmt 11 Dec 19

BBC Mon ME1 MEPol ds/sm""",
    [I("a", "2019-12-11", "at dawn today", "Al-Jumhuriya area of Basra", "Basra", "Basra", "unknown", None,
       "civilians", "shooting", 1, "the activist died at the scene", None, None)])

doc("B9", "B", "2021-02-28", """BBC Monitoring Middle East - Political
February 28, 2021 Sunday

Kurdish TV says rockets land near Erbil airport

Iraqi Kurdish Kurdistan 24 TV reported on 28 February that [[a|two rockets landed late on Saturday in an empty area near Erbil International Airport]], where troops of the US-led coalition are based.

Quoting the Kurdistan Region's Counter-Terrorism Directorate, the channel said the rockets caused no casualties and were fired from the direction of the Nineveh Plains. "No group claimed the attack," the TV added.

The channel also aired comments by residents of the nearby neighbourhoods who described hearing "two loud explosions".

Source: Kurdistan 24 TV, Erbil, in Kurdish 1000 gmt 28 Feb 21

BBC Mon ME1 MEPol aa/ch""",
    [I("a", "2021-02-27", "late on Saturday", "Erbil International Airport", "Erbil", "Erbil", "unknown",
       "unclaimed", "US forces", "mortar_rocket", 0, "the rockets caused no casualties", 0,
       "the rockets caused no casualties")])

doc("B10", "B", "2023-07-18", """BBC Monitoring Middle East - Political
July 18, 2023 Tuesday

Iraqi radio: two policemen wounded in Wasit shooting

Iraqi state-owned Republic of Iraq Radio reported on 18 July that [[a|gunmen opened fire on a police patrol yesterday evening in the Al-Hay district of Wasit Province]].

Two policemen were wounded and taken to Al-Hay general hospital, the radio said, quoting a police source. The source said the attackers "belong to a tribe in dispute with a police officer". The radio did not give further details.

Source: Republic of Iraq Radio, Baghdad, in Arabic 0500 gmt 18 Jul 23

BBC Mon ME1 MEPol ks/ar""",
    [I("a", "2023-07-17", "yesterday evening", "Al-Hay", "Hay", "Wasit", "unknown", None,
       "police", "shooting", None, None, 2, "Two policemen were wounded")])

doc("B11", "B", "2024-09-16", """BBC Monitoring Middle East - Political
September 16, 2024 Monday

Iraqi TV says grenade thrown at tribal sheikh's house in Muthanna

Iraqi Al-Rabiaa TV reported on 16 September that [[a|unknown persons threw a hand grenade on Sunday night at the house of a tribal sheikh in Al-Rumaitha district]], in Al-Muthanna Province.

No one was hurt, the channel said, adding that the blast damaged the gate of the house and a parked car. Police have opened an investigation, the TV said.

Source: Al-Rabiaa TV, Baghdad, in Arabic 1900 gmt 16 Sep 24

BBC Mon ME1 MEPol zs/kr""",
    [I("a", "2024-09-15", "on Sunday night", "Al-Rumaitha", "Rumaitha", "Muthanna", "unknown", None,
       "civilians", "other", 0, "No one was hurt", 0, "No one was hurt")])

doc("B12", "B", "2025-02-12", """BBC Monitoring Middle East - Political
February 12, 2025 Wednesday

Kurdish TV reports bomb under car of security official in Sulaymaniyah

Iraqi Kurdish NRT TV reported on 12 February that [[a|an explosive device planted under a car went off this afternoon in the Bakrajo area of Sulaymaniyah]], wounding an officer of the Asayish security service.

The officer was injured in his legs and taken to the emergency hospital, the channel said, quoting the Sulaymaniyah Asayish. The Asayish did not say who planted the device.

Source: NRT TV, Sulaymaniyah, in Kurdish 1600 gmt 12 Feb 25

BBC Mon ME1 MEPol fm/ch""",
    [I("a", "2025-02-12", "this afternoon", "Bakrajo", "Sulaymaniyah", "Sulaymaniyah", None, None,
       "security forces", "ied", None, None, 1, "The officer was injured in his legs")])

# ============================================================== L: long-form features
doc("L1", "L", "2023-03-27", """Diyala's orchard farmers caught between sleeper cells and militias

By a correspondent in Muqdadiyah, March 27, 2023

The orange groves of Muqdadiyah should be busy in March. Instead, many stand untended. "We go in at nine and leave by three. After that, the orchards belong to someone else," said Abu Haidar, a farmer who has lost two cousins since 2016.

The district has a long memory of violence: the sectarian reprisals of 2016 and the killings of farmers at harvest time in 2020 are still discussed in every guesthouse.

The newest loss came on March 21, when [[a|gunmen ambushed two farmers returning from the Imam Wais orchards of Muqdadiyah]], killing both men. Local officials blamed Islamic State remnants hiding in the groves near the Hamrin foothills, though residents say the orchards have also become a battleground of local feuds.

"The army comes after each attack and leaves after a week," Abu Haidar said. A police officer in Baquba, speaking on condition of anonymity, said three brigades cover an area that once needed six.""",
    [I("a", "2023-03-21", "on March 21", "Muqdadiyah", "Muqdadiyah", "Diyala", "ISIS", "attributed",
       "civilians", "ambush", 2, "killing both men", None, None)])

doc("L2", "L", "2021-09-20", """In Sinjar, returns stall as a new bomb revives old fears

Sept. 20, 2021

Seven years after the Islamic State (IS) swept through Sinjar, fewer than half of the district's Yazidis have come home. The ruins of the 2014 massacres are still visible from the road to Sinune, and Turkish drone strikes on the mountain in recent years have added a new layer of fear.

On Sept. 14, [[a|a bomb planted at the side of the road near Sinune, in Sinjar district, exploded as a pickup carrying returnees passed]]. Three Yazidi returnees were wounded, one of them a 12-year-old boy, according to the Sinjar hospital.

Nobody has said who placed the device, and local officials were careful not to blame any of the armed groups that share the district.

"We came back in April. Now my wife wants to go back to the camp in Duhok," said Khalaf, whose brother was among the injured. An official of the mayor's office said 40 families had asked about returning to camps in the week after the blast.""",
    [I("a", "2021-09-14", "On Sept. 14", "Sinune", "Sinjar", "Nineveh", None, None,
       "civilians", "ied", None, None, 3, "Three Yazidi returnees were wounded")])

doc("L3", "L", "2022-06-16", """Why Hawija still can't shake the Islamic State

June 16, 2022

Five years after its liberation, Hawija remains the place where Iraq's security planners expect the next attack. In 2020 and 2021 the district saw dozens of small raids on checkpoints; commanders speak of cells that move between the Wadi al-Zghaitoun valley and the Hamrin hills.

The most recent came on June 9, when [[a|Islamic State militants attacked a Federal Police post in Al-Abbasi, a subdistrict of Hawija district]], with light weapons and a sniper rifle. Two policemen were killed and one wounded before reinforcements arrived from Hawija town.

"The attackers knew the shift change," a police lieutenant said. "Someone told them."

Local tribal leaders say the problem is as much about jobs as about security. "The young men here have no work, and the cells pay," said a sheikh from the Obeid tribe, who asked not to be named.""",
    [I("a", "2022-06-09", "on June 9", "Al-Abbasi", "Hawija", "Kirkuk", "ISIS", "attributed",
       "police", "shooting", 2, "Two policemen were killed", 1, "one wounded")])

doc("L4", "L", "2020-10-19", """Along the Euphrates, Anbar's tribal fighters hold a thin line

Oct. 19, 2020

Rawa was one of the last towns in Iraq to be retaken from the Islamic State, in November 2017. Today its tribal fighters, paid irregularly, man posts along a river valley that has seen periodic raids ever since.

On Oct. 11, [[a|militants opened fire on a checkpoint of the tribal Hashd on the desert road east of Rawa]], killing one fighter. A commander of the Tribal Mobilization in western Anbar blamed Islamic State remnants who, he said, cross from the Jazira desert at night.

"We have rifles and two pickups," said Ahmed, a fighter at the post. "They have night goggles."

In the last year, Anbar's officials have pushed for the tribal units to be merged with the police, an idea that Baghdad has not approved.""",
    [I("a", "2020-10-11", "On Oct. 11", "Rawa", "Rawa", "Anbar", "ISIS", "attributed",
       "PMU", "shooting", 1, "killing one fighter", None, None)])

doc("L5", "L", "2020-01-27", """The bridges of Baghdad: how the protest movement held on

Jan. 27, 2020

For almost four months, the bridges leading from Tahrir Square to the Green Zone have been the front line of Iraq's protest movement. More than 400 demonstrators were killed after October 2019, and the killing did not stop with the new year.

On Jan. 20, [[a|security forces fired live ammunition at protesters on Mohammed al-Qasim highway and around Tayaran Square in central Baghdad]]. Two protesters were killed and at least 30 were wounded, according to medical sources.

"They shoot at the legs first, then at the chest," said Mustafa, a medical volunteer who runs a tuk-tuk between the square and Al-Kindi hospital.

The government said it had ordered an investigation, the fourth it has announced since October. Activists say none has named a single officer.""",
    [I("a", "2020-01-20", "On Jan. 20", "Tayaran Square in central Baghdad", "Baghdad", "Baghdad",
       "security forces", "attributed", "civilians", "shooting", 2, "Two protesters were killed", 30,
       "at least 30 were wounded")])

doc("L6", "L", "2022-11-24", """The Mutaibijah basin: Iraq's forgotten frontier

Nov. 24, 2022

Between Samarra and the Diyala border lies a stretch of scrub and dry canals called the Mutaibijah basin. In 2019 it was the site of several IS ambushes on the army; in 2021 a commander was killed there by a roadside bomb.

The basin returned to the news on Nov. 17, when [[a|an improvised explosive device hit an army Humvee in Mutaibijah]] during a search operation. Three soldiers were killed and two wounded, according to a security official in Salahuddin, who blamed IS cells.

Soldiers stationed there describe a place without mobile coverage or electricity. "We drive the same tracks every day. They know it," said a sergeant.

The Joint Operations Command says it has increased aerial surveillance, but residents of nearby villages say they rarely see patrols after dark.""",
    [I("a", "2022-11-17", "on Nov. 17", "Mutaibijah", "Mutaibijah", "Salahuddin", "ISIS", "attributed",
       "army", "ied", 3, "Three soldiers were killed", 2, "two wounded")])

doc("L7", "L", "2024-04-20", """Empty villages: the slow depopulation of Amedi's border valleys

April 20, 2024

In the valleys north of Amedi, the count of abandoned villages rises every year. Local officials say more than 150 have been emptied since 2015 by fighting between the Turkish army and the PKK.

On April 12, [[a|Turkish shells set fire to orchards outside Chamanke, in Amedi district]], one of the last inhabited villages below the border ridge. Nobody was hurt, but the walnut and vine terraces burned for most of the day.

"My grandfather planted these trees," said Dilovan, 34. "Now the fire takes them and nobody even writes a report."

The Kurdistan Regional Government has asked both sides to keep the fighting away from civilian areas. The PKK says it has no bases in the villages; Ankara says its operations target only militants.""",
    [I("a", "2024-04-12", "On April 12", "Chamanke", "Amedi", "Dohuk", "Turkey", "attributed",
       "", "mortar_rocket", 0, "Nobody was hurt", 0, "Nobody was hurt")])

doc("L8", "L", "2019-11-20", """Nasiriyah, the city that will not go home

Nov. 20, 2019

Nasiriyah has a history of rebellion that stretches from the 1920 revolt to the uprising of 1991. This autumn its young people have again made Habboubi Square the centre of the city.

The price is rising. On Nov. 13, [[a|security forces opened fire on protesters who tried to block the bridge near the Nasiriyah governorate building]]. Four protesters were killed and more than 40 were wounded, according to the Dhi Qar health directorate.

"We carried them in our arms to the hospital," said Ali, a 22-year-old engineering student. "Then we came back to the square."

The provincial council has promised compensation for the families of the dead. The protesters say they want trials instead.""",
    [I("a", "2019-11-13", "On Nov. 13", "Nasiriyah", "Nasiriyah", "Dhi Qar", "security forces", "attributed",
       "civilians", "shooting", 4, "Four protesters were killed", 40, "more than 40 were wounded")])

doc("L9", "L", "2023-12-11", """Around Mosul, the quiet war of the roadside

Dec. 11, 2023

Mosul's old city is being rebuilt, but the villages to its west remain littered with explosives, some left by the Islamic State in 2017 and some, officials fear, placed since.

On Dec. 3, [[a|a bomb exploded under a shepherd's tractor on a farm track near Badush]], north-west of Mosul. The shepherd was killed. Police said the device appeared to be newly planted, not a remnant of the war, but did not say who they believed had placed it.

"The shepherds know every stone here," said a mine-action team leader working nearby. "If he did not see it, it was not old."

Badush was the site of the notorious prison massacre of 2014, a memory that still shapes how residents view the state.""",
    [I("a", "2023-12-03", "On Dec. 3", "Badush", "Badush", "Nineveh", None, None,
       "civilians", "ied", 1, "The shepherd was killed", None, None)])

doc("L10", "L", "2021-05-30", """Najaf's activists learn to live with the gun

May 30, 2021

Najaf and its twin city Kufa have lost more than a dozen activists to assassination since the protests began in October 2019. The killings of 2020, never solved, are the subject of every conversation in the protest tents.

On May 23, [[a|two gunmen on a motorbike shot at the car of an activist as he left his home in Kufa]]. He was wounded in the shoulder and the hand but survived after surgery at Al-Sadr Teaching Hospital.

"I heard the first bullet and dropped under the steering wheel," he said from his hospital bed. He asked not to be named.

Police said they had identified "suspects" but gave no names. Activists accuse armed factions that they refuse to name publicly.""",
    [I("a", "2021-05-23", "On May 23", "Kufa", "Kufa", "Najaf", "unknown", None,
       "civilians", "shooting", None, None, 1, "He was wounded in the shoulder and the hand")])

doc("L11", "L", "2025-05-12", """Maysan's judges and the rule of the tribes

May 12, 2025

Maysan has long been known for tribal feuds that spill into politics. Judges who handle drug and land cases say threats are part of the job; one was shot in 2022 and another's house was bombed in 2023.

The latest attack came on May 6, when [[a|a sticky bomb exploded under the car of a criminal-court judge parked outside his home in Amarah]]. The judge was inside the house. His driver was wounded, according to a statement from the Maysan appeals court, which said the attackers had not been identified.

"They want us to be afraid," a lawyer in Amarah said. "And it works.\"""",
    [I("a", "2025-05-06", "on May 6", "Amarah", "Amarah", "Maysan", "unknown", None,
       "civilians", "ied", None, None, 1, "His driver was wounded")])

doc("L12", "L", "2022-08-09", """Iskandariya: industry, militias and the road to Karbala

Aug. 9, 2022

North Babil's industrial town of Iskandariya sits on the main road between Baghdad and the shrine cities. It has seen car bombs in the 2000s, and after 2014 the nearby Jurf al-Sakhar area became a closed zone run by armed factions.

On Aug. 2, [[a|a roadside bomb hit a truck of a construction contractor on the edge of Iskandariya]], killing the driver. The contractor had been working on a section of the pilgrims' road.

Police did not say who they suspected. A local businessman said contractors are regularly asked to pay "protection". "Those who refuse find a bomb," he said.""",
    [I("a", "2022-08-02", "On Aug. 2", "Iskandariya", "Iskandariya", "Babil", None, None,
       "civilians", "ied", 1, "killing the driver", None, None)])

# ============================================================== W: WhatsApp / Signal
doc("W1", "W", "2023-03-07", """Fwd: from Diyala NGO security group
[07/03/2023, 08:31] Security Focal Point - Khanaqin: *FLASH* [[a|IED strike on IA patrol on Jalawla-Khanaqin rd near Sheikh Baba village approx 0715 today]]. Initial: 1x KIA 2x WIA. All movements on that rd suspended till further notice.
[07/03/2023, 08:45] Noor (INGO Baquba): pls confirm, we have a team due in Khanaqin at 11
[07/03/2023, 09:02] Security Focal Point - Khanaqin: confirmed by ISF contact. Road reopening expected after clearance. Khanaqin town itself calm.
[07/03/2023, 09:05] Noor (INGO Baquba): 👍 postponing to tomorrow
[07/03/2023, 10:20] Security Focal Point - Khanaqin: UPDATE: ISF blame ISIS cell from Hamrin. Avoid Jalawla-Khanaqin rd today.""",
    [I("a", "2023-03-07", "approx 0715 today", "Jalawla-Khanaqin rd", "Khanaqin", "Diyala", "ISIS",
       "attributed", "army", "ied", 1, "1x KIA", 2, "2x WIA")])

doc("W2", "W", "2021-09-22", """[22/09/2021, 13:10] Ninewa Sec Coord: UPDATE: [[a|sticky bomb under private car in Al-Zuhur nbhd, east Mosul, detonated ~1230]]. 1x WIA (the driver), no other cas. Owner reportedly works at a govt directorate.
[22/09/2021, 13:14] Mariam - partner NGO: Fwd to our Mosul team, thx
[22/09/2021, 13:40] Ninewa Sec Coord: Police say no suspect yet. ISF cordon lifted. Reminder: vary routes and check under vehicles.
[22/09/2021, 13:41] Omar: 🙏""",
    [I("a", "2021-09-22", "~1230", "Al-Zuhur nbhd, east Mosul", "Mosul", "Nineveh", None, None,
       "civilians", "ied", None, None, 1, "1x WIA (the driver)")])

doc("W3", "W", "2022-06-24", """Fwd: Fwd:
[24/06/2022, 07:02] Kirkuk OPS: Overnight summary:
1) [[a|SAF on Federal Police checkpoint near Al-Rashad last night ~2300]], 2 KIA (FP), attackers withdrew twd Wadi Zghaitoun. Claimed by ISIS on Amaq this morning.
2) [[b|IED vs shepherds near Al-Zab, ~0500 today]], 1 KIA 1 WIA. Attribution unclear.
3) Arrest op in Hawija, 4 detained - no incident.
[24/06/2022, 07:15] Lina (UN agency): noted, thanks. Any impact on Hawija-Riyadh rd?
[24/06/2022, 07:30] Kirkuk OPS: rd open, heavy ISF presence. pls confirm receipt to your teams.""",
    [I("a", "2022-06-23", "last night ~2300", "Al-Rashad", "Rashad", "Kirkuk", "ISIS", "claimed",
       "police", "shooting", 2, "2 KIA", None, None),
     I("b", "2022-06-24", "~0500 today", "Al-Zab", "Zab", "Kirkuk", None, None,
       "civilians", "ied", 1, "1 KIA 1 WIA", 1, "1 KIA 1 WIA")])

doc("W4", "W", "2020-10-19", """[19/10/2020, 08:55] Anbar PSD Ops: FYI [[a|IDF x2 impacted outside the perimeter of Ain al-Asad airbase at 2230hrs yesterday]]. No cas, no damage reported. POO assessed to be south of Al-Baghdadi.
[19/10/2020, 09:02] Mark (logistics): does this affect the convoy from Hit?
[19/10/2020, 09:06] Anbar PSD Ops: negative, convoy cleared. Base on normal posture.
[19/10/2020, 09:30] Anbar PSD Ops: no claim so far.""",
    [I("a", "2020-10-18", "at 2230hrs yesterday", "Ain al-Asad", "Ain al-Asad", "Anbar", "unknown",
       "unclaimed", "US forces", "mortar_rocket", 0, "No cas, no damage", 0, "No cas, no damage")])

doc("W5", "W", "2020-01-14", """*** Baghdad Security WG (Signal) ***
[14/01/2020, 21:52] Duty Officer: *FLASH* [[a|2x rockets impacted inside Camp Taji at approx 2140 tonight]]. Camp hosts coalition trainers. Reports of 2 WIA - contractors, non-US. pls confirm via your channels.
[14/01/2020, 22:15] Ahmed (PSC): our guy at Taji says sirens, 2 WIA confirmed, minor.
[14/01/2020, 22:30] Duty Officer: ack. Recommend no movement north of Baghdad tonight. No claim.
[15/01/2020, 07:40] Duty Officer: overnight quiet otherwise. Tahrir protests continuing.""",
    [I("a", "2020-01-14", "at approx 2140 tonight", "Camp Taji", "Taji", "Baghdad", "unknown", "unclaimed",
       "US forces", "mortar_rocket", None, None, 2, "2 WIA")])

doc("W6", "W", "2022-11-21", """Fwd: Salahuddin / Kirkuk sec group
[21/11/2022, 06:48] SFP North: *FLASH* [[a|ISF patrol ambushed nr Touz (Tuz Khormato), Albu Sabah area ~0600 this morning]]. 2x KIA 1x WIA ISF. Follow-up ops underway.
[21/11/2022, 07:10] SFP North: UPDATE: ISF source says ISIS remnants. Touz-Kirkuk rd open but slow.
[21/11/2022, 09:20] SFP North: also [[b|SAF on PMF post east of Sulaiman Bek last night]], no cas.
[21/11/2022, 09:22] Dara (INGO): pls confirm if Touz office can open
[21/11/2022, 09:30] SFP North: yes, from 10:00, staff to avoid Albu Sabah""",
    [I("a", "2022-11-21", "~0600 this morning", "Touz (Tuz Khormato)", "Tuz Khurmatu", "Salahuddin",
       "ISIS", "attributed", "army", "ambush", 2, "2x KIA", 1, "1x WIA"),
     I("b", "2022-11-20", "last night", "Sulaiman Bek", "Sulaiman Bek", "Salahuddin", None, None,
       "PMU", "shooting", 0, "no cas", 0, "no cas")])

doc("W7", "W", "2024-04-18", """[18/04/2024, 15:22] KRI Security Focal Point: *FLASH* [[a|Turkish UAV strike on a vehicle near Darkar, Zakho district ~1500 today]]. 2x KIA, local media say PKK. Avoid Darkar - Batifa road for the rest of the day.
[18/04/2024, 15:25] Hevi (INGO Duhok): our mobile team is in Zakho, they will stay in town
[18/04/2024, 15:40] KRI Security Focal Point: 👍 no further strikes reported. Zakho town normal.""",
    [I("a", "2024-04-18", "~1500 today", "Darkar", "Zakho", "Dohuk", "Turkey", "attributed",
       "PKK", "airstrike_operation", 2, "2x KIA", None, None)])

doc("W8", "W", "2023-11-09", """Fwd: Erbil security WhatsApp
[09/11/2023, 06:40] EBL Security Manager: *FLASH* [[a|OWA drone impacted near Erbil Intl Airport (EIA) perimeter ~0615 today]]. No cas reported, minor damage. Airport ops normal.
[09/11/2023, 07:05] EBL Security Manager: UPDATE: "Islamic Resistance in Iraq" claimed on Telegram.
[09/11/2023, 07:10] Sara (consultancy): pls confirm whether Gulan St / 100m road affected
[09/11/2023, 07:12] EBL Security Manager: negative. Standard posture, minimise time near EIA.""",
    [I("a", "2023-11-09", "~0615 today", "Erbil Intl Airport", "Erbil", "Erbil", "PMU", "claimed",
       "US forces", "other", 0, "No cas", 0, "No cas")])

doc("W9", "W", "2022-03-15", """[15/03/2022, 10:05] Basra Oil Security Group: *FLASH* [[a|IED detonated at the gate of a contractor camp in the Rumaila field, west of Zubair, at ~0930 today]]. 1x guard WIA (local security company). Field ops not affected.
[15/03/2022, 10:20] Karim (OFS company): pls confirm which gate - our crew rotates via North Rumaila
[15/03/2022, 10:24] Basra Oil Security Group: South gate. Oil police on scene. No claim.
[15/03/2022, 11:00] Basra Oil Security Group: Fwd from police: second device found and defused nearby.""",
    [I("a", "2022-03-15", "at ~0930 today", "Rumaila field, west of Zubair", "Zubair", "Basra", "unknown",
       "unclaimed", "civilians", "ied", None, None, 1, "1x guard WIA")])

doc("W10", "W", "2025-01-20", """Fwd: Kirkuk field security
[20/01/2025, 05:58] OPS Kirkuk: *FLASH* [[a|SAF attack on oil police post at the Bai Hassan field nr Dibis ~0500 today]]. 1x KIA (oil police). Attackers fled twd the hills. ISF suspect ISIS remnants.
[20/01/2025, 06:10] Layla (contractor HSE): pls confirm day-shift movement
[20/01/2025, 06:30] OPS Kirkuk: day shift may proceed after 0800 with escort.""",
    [I("a", "2025-01-20", "~0500 today", "Dibis", "Dibis", "Kirkuk", "ISIS", "suspected",
       "police", "shooting", 1, "1x KIA", None, None)])

doc("W11", "W", "2019-08-19", """[19/08/2019, 20:47] South Sec Network: *FLASH* [[a|IED under the car of a PMF officer detonated in the Al-Iskan area of Diwaniyah city ~2015 tonight]]. 1x WIA (the officer). Area cordoned.
[19/08/2019, 20:55] Ali - Diwaniyah office: staff all accounted for
[19/08/2019, 21:30] South Sec Network: UPDATE: police say investigation opened, no suspect named. Curfew not expected.""",
    [I("a", "2019-08-19", "~2015 tonight", "Diwaniyah", "Diwaniyah", "Qadisiyah", None, None,
       "PMU", "ied", None, None, 1, "1x WIA")])

doc("W12", "W", "2024-02-10", """Fwd: Karbala / Najaf security (Signal)
[10/02/2024, 01:12] Karbala SFP: [[a|sound bomb exploded outside a money-exchange shop on Al-Abbas St, Karbala city, ~0040]]. No casualties. Shop front damaged.
[10/02/2024, 08:05] Karbala SFP: police say dispute-related, no claim. Pilgrim routes unaffected.
[10/02/2024, 08:10] Huda (UN agency): thanks, noted""",
    [I("a", "2024-02-10", "~0040", "Karbala city", "Karbala", "Karbala", None, None,
       "", "ied", 0, "No casualties", 0, "No casualties")])
