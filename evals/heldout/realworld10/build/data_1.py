"""realworld10 data 1: W (international wire copy), L (Iraqi and Kurdish
English-language outlets), M (official security statements)."""
from lib import I, doc, add, W, F, ap, rt, dmy, mdy, dm, md, num

# ====================================================================== W
# W1 Diyala Oct 2021 -- Reuters
ev = "2021-10-04"; rd = add(ev, 1); ph = "late on %s" % W(ev)
doc("W1", "W", rd, f"""{mdy(rd)} 9:12 AM GMT+3

BAGHDAD, {rt(rd)} (Reuters) - [[a|Islamic State militants killed three members of Iraq's Popular Mobilisation Forces (PMF) and wounded two others in an attack on their position near Muqdadiya in Diyala province {ph}]], two security sources said.

The militants used small arms and sniper rifles and withdrew into orchards near the village before reinforcements arrived, one of the sources said.

Islamic State was defeated in Iraq in 2017 but sleeper cells still carry out hit-and-run attacks in Diyala, Kirkuk and Salahuddin provinces.

Reporting by Baghdad newsroom; Editing by Toby Chopra""",
    [I("a", ev, ph, "Muqdadiya", "Muqdadiyah", "Diyala", "ISIS", "attributed", "PMU", "shooting",
       3, "killed three members of Iraq's Popular Mobilisation Forces (PMF)", 2, "wounded two others")])

# W2 Nineveh Mar 2023 -- AFP
ev = "2023-03-06"; rd = ev; ph = "on %s" % W(ev)
doc("W2", "W", rd, f"""Published on {num(rd)} - 16:48

Mosul (Iraq) (AFP) - [[a|A roadside bomb killed two Iraqi soldiers and wounded a third {ph} near Qayyarah, south of Mosul]], security officials said.

The bomb struck an army vehicle on a dirt road used by patrols hunting jihadist remnants in the desert, an army officer told AFP on condition of anonymity.

There was no immediate claim of responsibility.

Iraq declared victory over the Islamic State group in late 2017, but cells of the jihadists remain active in remote areas.

bur-sf/dv""",
    [I("a", ev, ph, "Qayyarah", "Qayyarah", "Nineveh", "unknown", "unclaimed", "army", "ied",
       2, "killed two Iraqi soldiers", 1, "wounded a third")])

# W3 Kirkuk Jan 2020 -- AP
ev = "2020-01-08"; rd = add(ev, 1); ph = "late %s" % W(ev)
doc("W3", "W", rd, f"""Updated 2:41 PM GMT+3, {mdy(rd)}

KIRKUK, Iraq (AP) — [[a|Militants ambushed a federal police patrol near the town of Rashad, south of Kirkuk, {ph}, killing two policemen and wounding three]], Iraqi officials said Thursday.

The officials, who spoke on condition of anonymity because they were not authorized to brief reporters, blamed the Islamic State group. The patrol was hit with gunfire as it drove along an irrigation canal.

The attack came as tensions between Washington and Tehran spilled over into Iraq, and security officials worry the extremists could exploit the turmoil.""",
    [I("a", ev, ph, "the town of Rashad, south of Kirkuk", "Rashad", "Kirkuk", "ISIS", "attributed", "police", "ambush",
       2, "killing two policemen", 3, "wounding three")])

# W4 Anbar Sep 2024 -- Xinhua
ev = "2024-09-09"; rd = add(ev, 1); ph = "on %s night" % W(ev)
doc("W4", "W", rd, f"""BAGHDAD, {ap(rd)} (Xinhua) -- [[a|Two Iraqi soldiers were killed and another was wounded {ph} when Islamic State (IS) militants opened fire on an army outpost near the town of Rutba in Iraq's western province of Anbar]], an army officer said.

The militants fled into the desert after the attack, and troops launched a search operation in the area, the officer told Xinhua on condition of anonymity.

IS remnants have been hiding in the vast desert of Anbar bordering Syria and Jordan, carrying out occasional attacks against Iraqi security forces and civilians.

Editor: Huaxia
Source: Xinhua | {rd} 18:30:12""",
    [I("a", ev, ph, "the town of Rutba", "Rutba", "Anbar", "ISIS", "attributed", "army", "shooting",
       2, "Two Iraqi soldiers were killed", 1, "another was wounded")])

# W5 Baghdad Dec 2019 -- AFP
ev = "2019-12-09"; rd = add(ev, 1); ph = "late %s" % W(ev)
doc("W5", "W", rd, f"""Published on {num(rd)} - 11:05

Baghdad (AFP) - [[a|Unknown gunmen shot dead a prominent anti-government activist as he returned home in eastern Baghdad {ph}]], police and medical sources said, the latest in a string of killings targeting the protest movement.

The activist had organised tents in Tahrir Square, the epicentre of the protests that erupted on October 1 against corruption and Iranian influence.

Demonstrators say the killings are meant to intimidate them. More than 400 people have died in protest-related violence since October, according to a tally compiled by AFP.

No one has claimed the killing.

str-mam/hc""",
    [I("a", ev, ph, "eastern Baghdad", "Baghdad", "Baghdad", "unknown", "unclaimed", "civilians", "shooting",
       1, "shot dead a prominent anti-government activist", None, None)])

# W6 Salahuddin Jul 2023 -- dpa
ev = "2023-07-11"; rd = add(ev, 1); ph = "on %s evening" % W(ev)
doc("W6", "W", rd, f"""{mdy(rd)}, 2:05 p.m.

Baghdad (dpa) - [[a|Two members of Iraq's Popular Mobilization Forces were killed and a third injured {ph} when a bomb exploded next to their vehicle near Tuz Khurmatu in Salah al-Din province]], a security official told dpa.

The vehicle was on its way back from a checkpoint on the road to Kirkuk, the official said, without naming a suspect.

The Popular Mobilization Forces, an umbrella of mostly Shiite armed factions, were formally integrated into Iraq's armed forces in 2016.

dpa ak xx a3 nas""",
    [I("a", ev, ph, "Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", None, None, "PMU", "ied",
       2, "Two members of Iraq's Popular Mobilization Forces were killed", 1, "a third injured")])

# W7 Dohuk Aug 2024 -- Anadolu
ev = "2024-08-09"; rd = add(ev, 1); ph = "on %s" % W(ev)
doc("W7", "W", rd, f"""Turkish forces 'neutralize' 4 PKK terrorists in northern Iraq

Ahmet Serdar | {F(rd, '{DD}.{MM}.{YYYY}')}

ANKARA

[[a|Turkish forces "neutralized" four PKK terrorists in the Metina region of northern Iraq {ph} in an air-supported operation]], the National Defense Ministry said on Saturday.

"Our heroic commandos continue to fight terrorism," the ministry said on X.

Turkish authorities use the term "neutralized" to imply the terrorists in question surrendered or were killed or captured.

In its more than 35-year terror campaign against Türkiye, the PKK has been responsible for the deaths of more than 40,000 people.""",
    [I("a", ev, ph, "the Metina region of northern Iraq", "Amedi", "Dohuk", "Turkey", "claimed", "PKK", "airstrike_operation",
       None, None, None, None)])

# W8 Erbil Oct 2023 -- Reuters
ev = "2023-10-25"; rd = add(ev, 1); ph = "late on %s" % W(ev)
doc("W8", "W", rd, f"""{mdy(rd)} 1:37 PM GMT+3

ERBIL, Iraq, {rt(rd)} (Reuters) - [[a|Two drones targeted Erbil airport, which hosts U.S.-led coalition troops, {ph}; one was shot down and the other crashed near the perimeter, causing no casualties]], the Kurdistan Region's counter-terrorism service said.

There was no immediate claim of responsibility. Washington has blamed previous attacks on U.S. forces in Iraq and Syria on Iran-backed groups.

U.S. troops in Iraq and Syria have come under repeated drone and rocket fire since the start of the Israel-Hamas war.

Reporting by Amina Ismail; Writing by Timour Azhari; Editing by Alex Richardson""",
    [I("a", ev, ph, "Erbil airport", "Erbil", "Erbil", "unknown", "unclaimed", "US forces", "other",
       0, "causing no casualties", 0, "causing no casualties")])

# W9 Basra May 2022 -- AP
ev = "2022-05-16"; rd = add(ev, 1); ph = "on %s" % W(ev)
doc("W9", "W", rd, f"""Published 1:12 PM GMT+3, {mdy(rd)}

BASRA, Iraq (AP) — [[a|A bomb attached to a car exploded in the oil town of Zubair, south of Basra, {ph}, killing an engineer who worked for a state oil company and wounding a passer-by]], police said.

Police did not say who they believed was behind the blast. The southern oil hub has seen a rise in targeted killings and bombings in recent years, many of them blamed on tribal feuds or rivalry between armed factions.

Iraq's oil exports run almost entirely through Basra's terminals on the Persian Gulf.""",
    [I("a", ev, ph, "the oil town of Zubair, south of Basra", "Zubair", "Basra", None, None, "civilians", "ied",
       1, "killing an engineer who worked for a state oil company", 1, "wounding a passer-by")])

# W10 Najaf Sep 2021 -- Anadolu
ev = "2021-09-27"; rd = add(ev, 1); ph = "on %s" % W(ev)
doc("W10", "W", rd, f"""Iraqi parliamentary candidate wounded in armed attack

Haydar Karaalp | {F(rd, '{DD}.{MM}.{YYYY}')}

BAGHDAD

[[a|An Iraqi parliamentary candidate was wounded {ph} when unknown gunmen opened fire on his car in Kufa city of Najaf province]], a security source said.

The source, who asked not to be named, told Anadolu Agency that the candidate was taken to hospital and his condition was stable.

The attack came less than two weeks before early parliamentary elections scheduled for Oct. 10. Several candidates have reported threats during the campaign.""",
    [I("a", ev, ph, "Kufa city of Najaf province", "Kufa", "Najaf", "unknown", None, "civilians", "shooting",
       None, None, 1, "An Iraqi parliamentary candidate was wounded")])

# W11 Babil Mar 2024 -- Xinhua
ev = "2024-03-05"; rd = add(ev, 1); ph = "early %s" % W(ev)
doc("W11", "W", rd, f"""BAGHDAD, {ap(rd)} (Xinhua) -- [[a|Two members of Iraq's Kataib Hezbollah, part of the Popular Mobilization Forces (PMF), were killed and three others wounded in an airstrike {ph} on a PMF base in Jurf al-Sakhar in Babil province]], an Iraqi security source said.

The U.S. military said in a statement that it carried out the strike against facilities used by the group in response to attacks on U.S. personnel.

The Iraqi government condemned the strike as a violation of Iraq's sovereignty.

Editor: Wang Jingjing
Source: Xinhua | {rd} 21:02:47""",
    [I("a", ev, ph, "Jurf al-Sakhar", "Jurf al-Nasr", "Babil", "US forces", "claimed", "PMU", "airstrike_operation",
       2, "Two members of Iraq's Kataib Hezbollah, part of the Popular Mobilization Forces (PMF), were killed", 3, "three others wounded")])

# W12 Wasit Feb 2022 -- dpa
ev = "2022-02-13"; rd = add(ev, 1); ph = "on %s night" % W(ev)
doc("W12", "W", rd, f"""{mdy(rd)}, 10:40 a.m.

Baghdad (dpa) - [[a|Unknown assailants threw a hand grenade at the house of a protest activist in Kut, the capital of Wasit province, {ph}, injuring his mother]], police said.

The activist, who took part in the 2019 protest movement, was not at home at the time, according to a police source.

Activists across southern Iraq have faced a wave of assassination attempts since the mass protests, and few of the perpetrators have been brought to justice.

dpa ak xx a3 hb""",
    [I("a", ev, ph, "Kut, the capital of Wasit province", "Kut", "Wasit", "unknown", None, "civilians", "other",
       None, None, 1, "injuring his mother")])

# ====================================================================== L
# L1 Diyala Oct 2021 -- Shafaq News
ev = "2021-10-07"; rd = ev; ph = "on %s evening" % W(ev)
doc("L1", "L", rd, f"""Shafaq News / [[a|A member of the Popular Mobilization Forces (PMF) was killed, and two others were injured {ph}, in an ISIS sniper attack in al-Udhaim district, north of Diyala]].

A security source told Shafaq News Agency that an ISIS sniper targeted a PMF post on the outskirts of al-Udhaim, killing one of its members and injuring two others.

The source added that the injured were transferred to the hospital for treatment, and security forces launched a search operation in the area.

{dmy(rd)} 19:42""",
    [I("a", ev, ph, "al-Udhaim district, north of Diyala", "Udhaim", "Diyala", "ISIS", "attributed", "PMU", "shooting",
       1, "A member of the Popular Mobilization Forces (PMF) was killed", 2, "two others were injured")])

# L2 Nineveh Mar 2023 -- Rudaw
ev = "2023-03-11"; rd = ev; ph = "on %s afternoon" % W(ev)
doc("L2", "L", rd, f"""Two YBS fighters killed in Turkish drone strike in Shingal
Rudaw | {dmy(rd)}

ERBIL, Kurdistan Region - [[a|A Turkish drone struck a vehicle in Shingal (Sinjar) {ph}, killing two members of the Sinjar Resistance Units (YBS)]], a Yazidi force that Ankara considers an offshoot of the Kurdistan Workers' Party (PKK), a local official told Rudaw.

The vehicle was hit on the road between Sinune and Shingal town, the official said.

Turkey frequently targets what it says are PKK positions in Shingal and the Kurdistan Region's border areas.

Share this article""",
    [I("a", ev, ph, "Shingal (Sinjar)", "Sinjar", "Nineveh", "Turkey", "attributed", "PKK", "airstrike_operation",
       2, "killing two members of the Sinjar Resistance Units (YBS)", None, None)])

# L3 Kirkuk Jan 2020 -- Kurdistan24
ev = "2020-01-14"; rd = add(ev, 1); ph = "on %s night" % W(ev)
doc("L3", "L", rd, f"""Two Kurdish farmers kidnapped near Kirkuk's Daquq

{mdy(rd)}

KIRKUK (Kurdistan 24) – [[a|Gunmen suspected of belonging to the Islamic State kidnapped two Kurdish farmers from their fields near Daquq {ph}]], a local official said.

The official told Kurdistan 24 that the fate of the two farmers remains unknown and that their families have not received any demands.

Kurdish farmers in the disputed territories have repeatedly complained about attacks and threats since Iraqi forces took control of Kirkuk in October 2017.

Related: Kurdish villagers in Kirkuk demand protection""",
    [I("a", ev, ph, "Daquq", "Daquq", "Kirkuk", "ISIS", "suspected", "civilians", "kidnapping",
       None, None, None, None)])

# L4 Anbar Sep 2024 -- INA
ev = "2024-09-17"; rd = ev; ph = "this morning"
doc("L4", "L", rd, f"""Anbar - INA

[[a|The Anbar Police Command announced that two civilians were injured {ph} when an explosive device went off next to their vehicle in the Al-Karma district, east of Fallujah]].

The command said in a statement received by the Iraqi News Agency (INA) that the injured were taken to Fallujah Teaching Hospital, and that a specialised team had arrived at the scene to investigate the incident.

{dmy(rd)}""",
    [I("a", ev, ph, "the Al-Karma district, east of Fallujah", "Karma", "Anbar", None, None, "civilians", "ied",
       None, None, 2, "two civilians were injured")])

# L5 Baghdad Dec 2019 -- Iraqi News
ev = "2019-12-16"; rd = add(ev, 1); ph = "on %s evening" % W(ev)
doc("L5", "L", rd, f"""Activist abducted in Baghdad, colleagues say

By Mohamed Ibrahim | {md(rd)}, {F(rd, '{YYYY}')}

Baghdad (IraqiNews.com) – [[a|Unidentified gunmen in a black SUV abducted a young activist near his home in Baghdad's Al-Jadiriya district {ph}]], fellow protesters said.

His colleagues said there had been no word from him since, and security authorities have not commented on the case.

Dozens of activists have been kidnapped or gone missing since protests began in October. Some were released after days of interrogation; others were found dead.""",
    [I("a", ev, ph, "Baghdad's Al-Jadiriya district", "Baghdad", "Baghdad", "unknown", None, "civilians", "kidnapping",
       None, None, None, None)])

# L6 Salahuddin Jul 2023 -- 964
ev = "2023-07-18"; rd = add(ev, 1); ph = "yesterday"
doc("L6", "L", rd, f"""964 English | {dmy(rd)}

[[a|Two shepherds were killed and a third was wounded when an explosive device went off as they grazed their sheep in the Mutaibijah area, east of Samarra, yesterday]], a local official told 964.

The official blamed "ISIS remnants" who hide in the rugged terrain between Salahuddin and Diyala, saying the device had been planted on a path used by herders.

Mutaibijah has been one of the most persistent pockets of ISIS activity since 2017.""",
    [I("a", ev, ph, "the Mutaibijah area, east of Samarra", "Mutaibijah", "Salahuddin", "ISIS", "attributed", "civilians", "ied",
       2, "Two shepherds were killed", 1, "a third was wounded")])

# L7 Dohuk Aug 2024 -- Kurdistan24
ev = "2024-08-21"; rd = ev; ph = "on %s morning" % W(ev)
doc("L7", "L", rd, f"""Turkish drone strike kills one near Duhok's Batifa

{mdy(rd)}

DUHOK, Kurdistan Region (Kurdistan24) - [[a|A Turkish drone strike targeted a vehicle near the town of Batifa in Zakho district {ph}, killing one person and wounding two civilians]] who were passing by, local officials said.

The identity of the person killed was not immediately known. The mayor of Batifa told Kurdistan24 that the two wounded were taken to hospital in Zakho.

Turkey has intensified its operations against the PKK in Duhok province this summer.

Share: Facebook | X | WhatsApp""",
    [I("a", ev, ph, "the town of Batifa in Zakho district", "Zakho", "Dohuk", "Turkey", "attributed", "civilians", "airstrike_operation",
       1, "killing one person", 2, "wounding two civilians")])

# L8 Sulaymaniyah Apr 2024 -- Rudaw
ev = "2024-04-02"; rd = ev; ph = "on %s morning" % W(ev)
doc("L8", "L", rd, f"""PUK official wounded in car bomb in Sulaimani
Rudaw | {dmy(rd)}

SULAIMANI, Kurdistan Region - [[a|A PUK official was wounded {ph} when an explosive device planted under his car went off in Sulaimani city's Azadi neighbourhood]], the city's security (Asayish) said.

The Asayish said in a statement that the official suffered light injuries and that an investigation had been launched. It did not say who was suspected of carrying out the attack.

Share this article""",
    [I("a", ev, ph, "Sulaimani city's Azadi neighbourhood", "Sulaymaniyah", "Sulaymaniyah", None, None, "civilians", "ied",
       None, None, 1, "A PUK official was wounded")])

# L9 Maysan Jun 2023 -- Shafaq News
ev = "2023-06-05"; rd = add(ev, 1); ph = "on %s night" % W(ev)
doc("L9", "L", rd, f"""Shafaq News / [[a|Unknown gunmen shot dead a lawyer in front of his house in al-Amarah, the center of Maysan governorate, {ph}]], a security source said.

The source told Shafaq News Agency that the gunmen fled in a car without license plates, and that the police began an investigation.

Maysan has witnessed a string of assassinations in recent months, some of them linked to tribal and political disputes.

{dmy(rd)} 10:15""",
    [I("a", ev, ph, "al-Amarah, the center of Maysan governorate", "Amarah", "Maysan", "unknown", None, "civilians", "shooting",
       1, "shot dead a lawyer", None, None)])

# L10 Dhi Qar Jan 2021 -- 964
ev = "2021-01-10"; rd = add(ev, 1); ph = "on %s" % W(ev)
doc("L10", "L", rd, f"""964 English | {dmy(rd)}

[[a|Security forces opened fire on protesters near al-Habboubi Square in Nasiriyah {ph}, killing one demonstrator and wounding 12]], medical sources in Dhi Qar told 964.

Protesters had tried to block the road leading to the provincial government building, demanding the release of detained activists.

The Dhi Qar police command said an investigation had been opened into "the use of live ammunition".""",
    [I("a", ev, ph, "al-Habboubi Square in Nasiriyah", "Nasiriyah", "Dhi Qar", "security forces", "attributed", "civilians", "shooting",
       1, "killing one demonstrator", 12, "wounding 12")])

# L11 Muthanna Jul 2021 -- INA
ev = "2021-07-20"; rd = ev; ph = "this afternoon"
doc("L11", "L", rd, f"""Muthanna - INA

[[a|An explosive device targeted a convoy transporting logistical support for the international coalition forces on the highway near Samawah {ph}, without causing any casualties]], a security source said.

The source told the Iraqi News Agency (INA) that the explosion damaged one of the trucks, and the convoy continued its journey after the road was secured.

{dmy(rd)}""",
    [I("a", ev, ph, "the highway near Samawah", "Samawa", "Muthanna", None, None, "US forces", "ied",
       0, "without causing any casualties", 0, "without causing any casualties")])

# L12 Karbala Jan 2020 -- Baghdad Today
ev = "2020-01-13"; rd = add(ev, 1); ph = "on %s night" % W(ev)
doc("L12", "L", rd, f"""Baghdad Today - Karbala

[[a|Four protesters were injured {ph} when unknown persons threw a hand grenade at a sit-in tent on Education Street in central Karbala]], a medical source said.

The source told Baghdad Today that the injuries were "moderate", and that the wounded were taken to Al-Hussein Teaching Hospital.

Demonstrators in Karbala have been camping on Education Street since October, demanding early elections and an end to corruption.

{dmy(rd)} | 09:20""",
    [I("a", ev, ph, "Education Street in central Karbala", "Karbala", "Karbala", "unknown", None, "civilians", "other",
       None, None, 4, "Four protesters were injured")])

# ====================================================================== M
# M1 Diyala Oct 2021 -- Security Media Cell
ev = "2021-10-13"; rd = add(ev, 1); ph = "at 21:30 on %s %s" % (W(ev), num(ev))
doc("M1", "M", rd, f"""Security Media Cell
Statement

[[a|{ph[0].upper() + ph[1:]}, the terrorist Daesh remnants targeted a post of the Federal Police in the Mansuriyat al-Jabal area of Diyala Governorate with sniper fire, which led to the martyrdom of two of our heroes and the injury of another]].

Our forces responded to the source of fire, and search operations are continuing to pursue the terrorists.

Security Media Cell
{num(rd)}""",
    [I("a", ev, ph[0].upper() + ph[1:], "the Mansuriyat al-Jabal area of Diyala Governorate", "Mansuriyat al-Jabal", "Diyala",
       "ISIS", "attributed", "police", "shooting",
       2, "the martyrdom of two of our heroes", 1, "the injury of another")])

# M2 Nineveh Mar 2023 -- Nineveh Operations Command via Security Media Cell
ev = "2023-03-14"; rd = ev; ph = "today, %s" % W(ev)
doc("M2", "M", rd, f"""Security Media Cell

[[a|During a search and inspection operation carried out by a force of the 20th Division in the Badush area, northwest of Mosul, today, {W(ev)}, an explosive device planted by terrorist Daesh gangs exploded on the force, resulting in the martyrdom of a soldier]]. No other injuries were recorded.

The Nineveh Operations Command confirms that operations to clear the area of remnants of terrorism are continuing.

{num(rd)}""",
    [I("a", ev, "today, %s" % W(ev), "the Badush area, northwest of Mosul", "Badush", "Nineveh", "ISIS", "attributed", "army", "ied",
       1, "the martyrdom of a soldier", 0, "No other injuries were recorded")])

# M3 Kirkuk Jan 2020 -- PMF Media Directorate
ev = "2020-01-20"; rd = add(ev, 1); ph = "last night"
doc("M3", "M", rd, f"""Popular Mobilization Forces - Media Directorate
{dmy(rd)}

[[a|Terrorist Daesh gangs attacked, last night, the positions of the 56th Brigade of the Popular Mobilization in the Al-Zab area, southwest of Kirkuk, using sniper rifles and medium weapons, resulting in the martyrdom of one fighter and the wounding of two others]].

The heroes of the brigade repelled the attack and forced the attackers to flee, and the brigade's units are combing the surrounding orchards.""",
    [I("a", ev, ph, "the Al-Zab area, southwest of Kirkuk", "Zab", "Kirkuk", "ISIS", "attributed", "PMU", "shooting",
       1, "the martyrdom of one fighter", 2, "the wounding of two others")])

# M4 Anbar Sep 2024 -- Border Guard Command
ev = "2024-09-04"; rd = ev; ph = "at dawn today"
doc("M4", "M", rd, f"""Ministry of Interior - Border Guard Command
{num(rd)}

[[a|At dawn today, an unknown group of infiltrators opened fire on one of our border posts in the sector of the 8th Brigade near Al-Qaim, in Anbar Governorate, and our heroes repelled the attack without casualties among our forces]].

The command calls on citizens in border areas to report any suspicious movement, and stresses that the borders are secured with thermal cameras and concrete walls.""",
    [I("a", ev, "At dawn today", "Al-Qaim", "Qaim", "Anbar", "unknown", None, "security forces", "shooting",
       0, "without casualties among our forces", 0, "without casualties among our forces")])

# M5 Baghdad Dec 2019 -- Security Media Cell
ev = "2019-12-18"; rd = ev; ph = "at 23:10 tonight"
doc("M5", "M", rd, f"""Security Media Cell
Statement {num(rd)}

[[a|At 23:10 tonight, two Katyusha rockets fell inside the Green Zone in Baghdad, without causing any human losses]].

The security forces found the launch pad used in the attack in the Al-Zafaraniya area, and an investigation is under way to identify the perpetrators.""",
    [I("a", ev, "At 23:10 tonight", "the Green Zone in Baghdad", "Baghdad", "Baghdad", None, None, "", "mortar_rocket",
       0, "without causing any human losses", 0, "without causing any human losses")])

# M6 Salahuddin Jul 2023 -- Security Media Cell
ev = "2023-07-23"; rd = add(ev, 1); ph = "yesterday evening"
doc("M6", "M", rd, f"""Security Media Cell
{num(rd)}

[[a|Yesterday evening, terrorist Daesh elements attacked a post of the army in the Jallam Samarra desert, southeast of Samarra, Salahuddin Governorate, with light weapons, which resulted in the martyrdom of a soldier and the injury of another]].

Army aviation carried out strikes on the terrorists' escape routes, and the Samarra Operations Command launched a search operation.""",
    [I("a", ev, "Yesterday evening", "the Jallam Samarra desert, southeast of Samarra", "Samarra", "Salahuddin", "ISIS", "attributed", "army", "shooting",
       1, "the martyrdom of a soldier", 1, "the injury of another")])

# M7 Dohuk Aug 2024 -- Kurdistan Region Counter-Terrorism
ev = "2024-08-14"; rd = ev; ph = "at 10:15 a.m. on %s" % W(ev)
doc("M7", "M", rd, f"""Kurdistan Region Counter-Terrorism Department (CTD)
Statement {dmy(rd)}

[[a|At 10:15 a.m. on {W(ev)}, a Turkish army drone struck a vehicle near Kani Masi in Amedi district, killing two PKK members who were inside]].

No civilians were harmed in the strike, the statement added.""",
    [I("a", ev, "At 10:15 a.m. on %s" % W(ev), "Kani Masi in Amedi district", "Amedi", "Dohuk", "Turkey", "attributed", "PKK", "airstrike_operation",
       2, "killing two PKK members", None, None)])

# M8 Erbil May 2022 -- KR CTD
ev = "2022-05-01"; rd = ev; ph = "at 9:40 p.m. on %s" % W(ev)
doc("M8", "M", rd, f"""Kurdistan Region Counter-Terrorism Department
{dmy(rd)}

[[a|At 9:40 p.m. on {W(ev)}, three rockets struck near the KAR oil refinery in Khabat district, west of Erbil. The attack caused no casualties]], but set fire to a fuel tank.

According to the initial investigation, the rockets were launched from areas in the Nineveh plains by outlaw groups. We call on the federal government to hold those responsible to account.""",
    [I("a", ev, "At 9:40 p.m. on %s" % W(ev), "the KAR oil refinery in Khabat district, west of Erbil", "Khabat", "Erbil",
       "unknown", None, "", "mortar_rocket",
       0, "The attack caused no casualties", 0, "The attack caused no casualties")])

# M9 Basra Nov 2022 -- Basra Police
ev = "2022-11-08"; rd = add(ev, 1); ph = "at dawn yesterday"
doc("M9", "M", rd, f"""Basra Police Command - Media Office
{num(rd)}

[[a|At dawn yesterday, an explosive device exploded near the headquarters of a political party in the Al-Jazair area of central Basra, causing material damage to the building's facade only, with no human injuries]].

Explosives experts arrived at the site and the investigating judge was informed. The police command will not tolerate anyone who tampers with the security of the province.""",
    [I("a", ev, "At dawn yesterday", "the Al-Jazair area of central Basra", "Basra", "Basra", None, None, "", "ied",
       0, "with no human injuries", 0, "with no human injuries")])

# M10 Najaf Mar 2023 -- Najaf Police
ev = "2023-03-26"; rd = add(ev, 1); ph = "on the evening of %s" % W(ev)
doc("M10", "M", rd, f"""Najaf Police Command
Statement - {num(rd)}

[[a|On the evening of {W(ev)}, unknown persons threw a hand grenade at the house of an officer of the Najaf Police in the Al-Mishkhab district, which resulted in the injury of his wife]], who was transferred to hospital and is in a stable condition.

The command has formed a working team to identify the perpetrators and bring them to justice.""",
    [I("a", ev, "On the evening of %s" % W(ev), "the Al-Mishkhab district", "Mishkhab", "Najaf", "unknown", None, "police+civilians", "other",
       None, None, 1, "the injury of his wife")])

# M11 Qadisiyah Jun 2021 -- Qadisiyah Police
ev = "2021-06-02"; rd = ev; ph = "this morning"
doc("M11", "M", rd, f"""Qadisiyah Police Command
{num(rd)}

[[a|An explosive device targeted a convoy of trucks belonging to a company contracted with the international coalition on the Diwaniyah-Samawah highway near Al-Hamza district this morning, wounding the driver of one of the trucks]].

Our forces cordoned off the area and opened the road to traffic after the site was examined.""",
    [I("a", ev, ph, "the Diwaniyah-Samawah highway near Al-Hamza district", "Hamza", "Qadisiyah", None, None, "US forces", "ied",
       None, None, 1, "wounding the driver of one of the trucks")])

# M12 Wasit Aug 2022 -- Wasit Police
ev = "2022-08-30"; rd = ev; ph = "at 02:00 today"
doc("M12", "M", rd, f"""Wasit Police Command - Information Office
{num(rd)}

[[a|At 02:00 today, an explosive device went off at the door of the house of a commander in Saraya al-Salam in the Al-Suwaira district, causing damage to the house without any human losses]].

The police chief personally supervised the examination of the site and ordered the formation of an investigative committee.""",
    [I("a", ev, "At 02:00 today", "the Al-Suwaira district", "Suwaira", "Wasit", None, None, "PMU", "ied",
       0, "without any human losses", 0, "without any human losses")])
