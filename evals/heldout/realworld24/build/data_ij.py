import sys
sys.dont_write_bytecode = True
from common import I, D

DOCS = []

# ---------------- I: Telegram / X posts ----------------
DOCS.append(D("I", "txt", "2021-11-10", """Iraq Security Monitor (Telegram channel)

[10.11.2021 09:14]
Diyala | [[a|An IED targeted a PMF vehicle on the road near Muqdadiyah this morning, 1 fighter killed, 2 injured.]] #Diyala

[10.11.2021 11:02]
Kirkuk | [[b|ISIS attack on an army post in Wadi al-Shay last night, 2 soldiers wounded, no deaths.]] #Kirkuk

[10.11.2021 12:30]
Baghdad | Security forces close roads around the Green Zone ahead of a planned protest, heavy traffic in Karrada. #Baghdad
""", [I("a", "2021-11-10", "day", "this morning", "Muqdadiyah", "Muqdadiyah", "Diyala", None, "PMF", "IED", 1, 2, "1 fighter killed", "2 injured"),
      I("b", "2021-11-09", "day", "last night", "Wadi al-Shay", "Kirkuk", "Kirkuk", "ISIS", "army", "armed assault", 0, 2, "no deaths", "2 soldiers wounded")]))

DOCS.append(D("I", "txt", "2021-10-20", """Baghdad Desk @baghdad_desk - Oct 20, 2021
BREAKING: [[a|Two Katyusha rockets landed near the Green Zone in #Baghdad an hour ago, no casualties reported per security source.]] Sirens heard from the direction of the US embassy. More soon.

Baghdad Desk @baghdad_desk - Oct 20, 2021
Update: one rocket hit an empty plot in the Qadisiya neighbourhood, the other fell near the Jadriya bridge. Security forces found the launch pad in a car in Al-Saydiya, according to the source.
""", [I("a", "2021-10-20", "day", "an hour ago", "the Green Zone", "Baghdad", "Baghdad", None, "government", "rocket attack", 0, 0, "no casualties reported", "no casualties reported")]))

DOCS.append(D("I", "txt", "2021-03-26", """Kurdistan Now - news channel

26/03/2021 15:47
[[a|Turkish drone struck the Makhmour refugee camp this afternoon, 1 killed and 2 wounded according to the camp administration.]]

26/03/2021 17:05
Camp officials say the strike hit near a building used by the camp's assembly. Iraqi security forces have closed the road to the camp. Ambulances took the wounded to Makhmour hospital.

26/03/2021 18:20
No comment so far from Ankara or Baghdad.
""", [I("a", "2021-03-26", "day", "this afternoon", "the Makhmour refugee camp", "Makhmour", "Erbil", "Turkey", "civilians", "drone strike", 1, 2, "1 killed", "2 wounded")]))

DOCS.append(D("I", "txt", "2022-07-23", """Hamrin Watch @hamrin_watch
Jul 23, 2022 - 10:12 AM
1/ Salahuddin: [[a|Yesterday ISIS gunmen killed a shepherd and stole his flock near Tuz Khurmatu, local source says.]]

Jul 23, 2022 - 10:15 AM
2/ Diyala: [[b|An IED exploded under a farm tractor near Jalawla this morning, the driver was lightly wounded.]]

Jul 23, 2022 - 10:17 AM
3/ Both areas sit on the edge of the Hamrin mountains, where cells remain active despite repeated operations.
""", [I("a", "2022-07-22", "day", "Yesterday", "Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", "ISIS", "civilians", "armed assault", 1, None, "killed a shepherd", None),
      I("b", "2022-07-23", "day", "this morning", "Jalawla", "Jalawla", "Diyala", None, "civilians", "IED", None, 1, None, "the driver was lightly wounded")]))

DOCS.append(D("I", "txt", "2026-04-16", """Mosul Now (Telegram)

[16.04.2026 10:05]
Nineveh Operations: engineering teams removed and safely detonated 7 old explosive devices found during rubble clearance in the Old City. No injuries.

[16.04.2026 13:40]
Counter-terrorism forces arrest 4 suspects wanted under Article 4 in the Al-Zuhur and Al-Muthanna neighbourhoods of east Mosul.

[16.04.2026 16:12]
Traffic closed on the Fourth Bridge for maintenance until Saturday.
"""))

DOCS.append(D("I", "txt", "2024-05-07", """Slemani Live (channel)

[07.05.2024 08:20]
Follow-up: [[a|Two young men were killed when a drone, believed to be Turkish, hit their car near Said Sadiq on Monday evening.]] Their bodies were taken to Said Sadiq hospital.

[07.05.2024 08:41]
Relatives deny any link to the PKK and call on the Kurdistan Region government to act. The funeral will be held this afternoon in Said Sadiq.
""", [I("a", "2024-05-06", "day", "on Monday evening", "Said Sadiq", "Said Sadiq", "Sulaymaniyah", "Turkey", "civilians", "drone strike", 2, None, "Two young men were killed", None)]))

DOCS.append(D("I", "txt", "2024-09-05", """Baghdad Events 24 (Telegram)

05/09/2024 07:58
#Baghdad #Al_Shaab
[[a|A hand grenade was thrown at a money exchange office on the main street of Al-Shaab late last night, causing material damage and no injuries.]]
Police cordoned off the area and are checking camera footage.

05/09/2024 08:30
Traffic is moving normally again on the Al-Shaab road towards Palestine Street.
""", [I("a", "2024-09-04", "day", "late last night", "Al-Shaab", "Baghdad", "Baghdad", None, "property", "grenade", 0, 0, "no injuries", "no injuries")]))

DOCS.append(D("I", "txt", "2023-12-17", """Iraq Frontline News (Telegram)

[17.12.2023 09:02]
Nineveh | [[a|Yesterday ISIS remnants attacked an army post in the Hatra desert, south-west of Mosul, an officer was killed.]]

[17.12.2023 11:47]
Anbar | [[b|Roadside bomb hit an army patrol near Rawa this morning, 2 soldiers wounded.]]

[17.12.2023 14:15]
Security plan for tomorrow's provincial council elections: vehicle curfew from 6 pm in all provinces.
""", [I("a", "2023-12-16", "day", "Yesterday", "the Hatra desert", "Hatra", "Nineveh", "ISIS", "army", "armed assault", 1, None, "an officer was killed", None),
      I("b", "2023-12-17", "day", "this morning", "Rawa", "Rawa", "Anbar", None, "army", "IED", None, 2, None, "2 soldiers wounded")]))

DOCS.append(D("I", "txt", "2024-05-22", """Basra Monitor @basra_monitor - May 22, 2024
[[a|An explosive device went off outside the house of a police officer in Basra's Al-Qibla district last night, damaging the gate and a parked car, no casualties.]] Third such attack on a security officer's home in Basra this month. #Basra #Iraq

Reply - Basra Monitor @basra_monitor - May 22, 2024
Police say an investigation has been opened. No arrests yet.
""", [I("a", "2024-05-21", "day", "last night", "Al-Qibla district", "Basra", "Basra", None, "police", "IED", 0, 0, "no casualties", "no casualties")]))

DOCS.append(D("I", "txt", "2022-06-30", """PMF War Media (Telegram)

30.06.2022 | 08:05
[[a|Two Popular Mobilization fighters were martyred on Wednesday night in a Daesh attack on their post on the Saadiya axis in Diyala.]]

30.06.2022 | 09:40
Reinforcements from the Diyala operations command reached the area and a search operation is under way in the Hamrin foothills.

30.06.2022 | 12:15
Funeral procession for the two martyrs in Baquba this afternoon.
""", [I("a", "2022-06-29", "day", "on Wednesday night", "the Saadiya axis", "Saadiya", "Diyala", "ISIS", "PMF", "armed assault", 2, None, "Two Popular Mobilization fighters were martyred", None)]))

# ---------------- J: pages saved from the web ----------------
DOCS.append(D("J", "html", "2022-08-31", """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Turkish shelling kills shepherd near Batifa | Kurdistan24</title>
<meta property="article:published_time" content="2022-08-31T10:25:00+03:00">
</head>
<body>
<nav>Home | Kurdistan | Iraq | World</nav>
<article>
<h1>Turkish shelling kills shepherd near Batifa</h1>
<p class="byline">Kurdistan24 | 31-08-2022</p>
<p>DUHOK (Kurdistan24) - [[a|A shepherd was killed on Monday when Turkish artillery shelled an area near the Batifa subdistrict in Duhok province's Zakho district, the subdistrict's director told Kurdistan24.]]</p>
<p>The man, in his forties, was grazing his sheep on a hillside when the shells landed, the official said. His body was taken to Zakho hospital.</p>
<p>Residents of the area say shelling has become almost daily in recent weeks as Turkish forces expand their bases in the mountains.</p>
</article>
<footer>Copyright Kurdistan24</footer>
</body>
</html>
""", [I("a", "2022-08-29", "day", "on Monday", "the Batifa subdistrict", "Zakho", "Dohuk", "Turkey", "civilians", "shelling", 1, None, "A shepherd was killed", None)]))

DOCS.append(D("J", "json", "2021-12-31", {
    "title": "Sticky bomb wounds police officer in Ramadi",
    "published": "2021-12-31T09:15:00+03:00",
    "source": "Iraqi regional news site (saved page)",
    "url": "https://example.org/iraq/2021/12/31/ramadi-sticky-bomb",
    "body": "RAMADI - [[a|A sticky bomb planted under the car of a police officer exploded in the Al-Tameem neighbourhood of Ramadi on Thursday, wounding him and a passer-by.]] A police source said the officer, a lieutenant in the traffic police, was taken to Ramadi Teaching Hospital with leg injuries. Security forces cordoned off the area and opened an investigation. Sticky bomb attacks have been rare in Anbar's provincial capital in recent years."
}, [I("a", "2021-12-30", "day", "on Thursday", "the Al-Tameem neighbourhood of Ramadi", "Ramadi", "Anbar", None, "police", "sticky bomb", None, 2, None, "wounding him and a passer-by")]))

DOCS.append(D("J", "html", "2020-01-15", """<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>Gunmen kill man, wound brother in Iskandariya</title></head>
<body>
<div class="article">
<h2>Gunmen kill man, wound brother in Iskandariya</h2>
<p class="byline">By staff writer | Wednesday 15 January 2020</p>
<p>HILLA - [[a|Unknown gunmen shot dead a man and wounded his brother in the Iskandariya district north of Hilla on Monday night, a police source said.]]</p>
<p>The two brothers were standing outside their shop when a car pulled up and the gunmen opened fire, the source said. The wounded man was taken to a hospital in Hilla.</p>
<p>Police said they were investigating whether the attack was linked to a tribal dispute. Babil province has been relatively calm since the closure of Jurf al-Sakhar to residents in 2014.</p>
</div>
</body>
</html>
""", [I("a", "2020-01-13", "day", "on Monday night", "the Iskandariya district", "Iskandariya", "Babil", "unknown", "civilians", "armed assault", 1, 1, "shot dead a man", "wounded his brother")]))

DOCS.append(D("J", "md", "2019-08-29", """# Islamic State cell hits village near Tal Afar

*Published: August 29, 2019 - Iraq security blog*

[[a|On Tuesday, August 27, an Islamic State cell attacked a village south of Tal Afar, killing two villagers and wounding three others, according to local officials.]]

The attack followed the usual pattern seen across Nineveh this summer: a small group arrived at night, targeted the home of a man accused of cooperating with the security forces, and withdrew before the army could respond.

Attacks of this kind remain far below the levels of 2013 or 2014, but they show that the group's rural networks have not been dismantled.
""", [I("a", "2019-08-27", "day", "On Tuesday, August 27", "Tal Afar", "Tal Afar", "Nineveh", "ISIS", "civilians", "armed assault", 2, 3, "killing two villagers", "wounding three others")]))

DOCS.append(D("J", "html", "2020-01-23", """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="date" content="2020-01-23">
<title>Gunmen attack protest camp in Nasiriyah</title>
</head>
<body>
<header><a href="/">News</a></header>
<main>
<h1>Gunmen attack protest camp in Nasiriyah</h1>
<p><time datetime="2020-01-23">23 January 2020</time></p>
<p>NASIRIYAH - [[a|Unidentified gunmen opened fire on the protest camp in Nasiriyah's Habboubi Square on Tuesday night, wounding five demonstrators, medical sources said.]]</p>
<p>No deaths were reported. Protesters said the attackers arrived in two cars and fired at the tents before speeding away.</p>
<p>Demonstrators in Dhi Qar's capital have occupied the square since October, demanding the fall of the political class.</p>
</main>
</body>
</html>
""", [I("a", "2020-01-21", "day", "on Tuesday night", "Habboubi Square", "Nasiriyah", "Dhi Qar", "unknown", "activists", "armed assault", 0, 5, "No deaths were reported", "wounding five demonstrators")]))

DOCS.append(D("J", "json", "2026-09-19", {
    "title": "Sticky bomb targets car of Wasit official in Kut, driver wounded",
    "published": "2026-09-19",
    "author": "Staff reporter",
    "text": "KUT - [[a|A sticky bomb attached to the car of a senior official in the Wasit governorate office exploded in central Kut on Wednesday, wounding the driver.]] The official was not in the car at the time, a police source said. The driver was taken to Al-Zahraa Hospital in Kut. The governor ordered the formation of an investigative committee."
}, [I("a", "2026-09-16", "day", "on Wednesday", "central Kut", "Kut", "Wasit", None, "officials", "sticky bomb", None, 1, None, "wounding the driver")]))

DOCS.append(D("J", "html", "2023-01-28", """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta property="article:published_time" content="2023-01-28T08:40:00+03:00">
<title>Two children wounded in grenade attack in Maysan</title>
</head>
<body>
<article>
<h1>Two children wounded in grenade attack in Maysan</h1>
<p>AMARA - [[a|Unknown assailants threw a hand grenade into the courtyard of a house in the Ali al-Gharbi district of Maysan late Thursday, wounding two children, police said.]]</p>
<p>The children, aged seven and ten, were taken to hospital in Amara. Police said the attack appeared to be linked to a dispute between two families.</p>
<p>Maysan police have recorded a rise in grenade attacks on homes over the past year.</p>
</article>
</body>
</html>
""", [I("a", "2023-01-26", "day", "late Thursday", "the Ali al-Gharbi district", "Ali al-Gharbi", "Maysan", "unknown", "civilians", "grenade", None, 2, None, "wounding two children")]))

DOCS.append(D("J", "md", "2021-12-08", """# Two Turkish soldiers killed in clash with PKK in Hakkari

Published: 8 December 2021

Two Turkish soldiers were killed and one wounded in a clash with PKK militants in the Cukurca district of Hakkari province in south-east Turkey on Tuesday, the Turkish defence ministry said.

The ministry said the clash broke out during an operation in a mountainous area close to the border with Iraq. It said several militants had been "neutralised" in the fighting.

The PKK has waged an insurgency against the Turkish state since 1984.
""", country="Turkey"))

DOCS.append(D("J", "html", "2026-04-15", """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="pubdate" content="2026-04-15">
<title>Bomb on minibus kills three near Baladruz</title>
</head>
<body>
<article>
<h1>Bomb on minibus kills three near Baladruz</h1>
<p class="dateline">Baquba, 15 April 2026</p>
<p>[[a|A bomb exploded on a minibus carrying farm workers on the road near Baladruz, east of Baquba, on Sunday, killing three people and wounding six, Diyala police said.]]</p>
<p>The minibus was heading to fields near the Iranian border when the device, planted on the roadside, went off. The wounded were taken to Baladruz hospital.</p>
<p>No group claimed the attack. The area has seen sporadic attacks by Islamic State cells.</p>
</article>
</body>
</html>
""", [I("a", "2026-04-12", "day", "on Sunday", "Baladruz", "Baladruz", "Diyala", None, "civilians", "IED", 3, 6, "killing three people", "wounding six")]))

DOCS.append(D("J", "json", "2023-02-16", {
    "title": "ISIS kills village mukhtar in Kirkuk's Hawija",
    "published": "2023-02-16T11:30:00+03:00",
    "section": "Security",
    "body": "KIRKUK - [[a|ISIS militants killed the mukhtar of a village in Hawija district, west of Kirkuk, on Monday, a security source said.]] The attackers stormed the man's house at night and shot him in front of his family, the source added. Security forces launched a search operation in the surrounding area. Village leaders who cooperate with the security forces have been frequent targets of the group."
}, [I("a", "2023-02-13", "day", "on Monday", "Hawija district", "Hawija", "Kirkuk", "ISIS", "officials", "assassination", 1, None, "killed the mukhtar", None)]))
