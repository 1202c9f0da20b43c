"""realworld12 data 5: style H (noise): 4 attacks outside Iraq (one record
each) and 8 Iraqi non-attacks (no record)."""
from lib import I, doc

doc("H1", "H", "2022-03-08", """BBC Monitoring Middle East - Political
March 8, 2022 Tuesday

Syrian TV says soldiers killed in attack on bus near Palmyra

Syrian state TV reported on 8 March that [[a|"terrorists" attacked a military bus on the Palmyra-Deir ez-Zor road on Monday evening]], killing four soldiers and wounding nine. The TV blamed "remnants of the Daesh terrorist organization" in the Badiya desert.

Source: Syrian TV, Damascus, in Arabic 1100 gmt 8 Mar 22

BBC Mon ME1 MEPol rn/ch""",
    [I("a", "2022-03-07", "on Monday evening", "Palmyra", None, None, "ISIS", "attributed",
       "army", "shooting", 4, "killing four soldiers", 9, "wounding nine", country="Syria")],
    country="Syria")

doc("H2", "H", "2023-08-16", """[16/08/2023, 18:05] NES Security Focal Point: *FLASH* [[a|Turkish UAV strike on a car on the outskirts of Qamishli ~1730 today]]. 2x KIA, local media say SDF members. Avoid the Qamishli-Amuda road tonight.
[16/08/2023, 18:20] Rojin (INGO): copy, our team already back in Qamishli
[16/08/2023, 18:40] NES Security Focal Point: UPDATE: no further strikes. Crossings into KRI normal.""",
    [I("a", "2023-08-16", "~1730 today", "Qamishli", None, None, "Turkey", "attributed",
       "", "airstrike_operation", 2, "2x KIA", None, None, country="Syria")],
    country="Syria")

doc("H3", "H", "2024-10-02", """Hakkari Governorate - official statement (translated)
2 October 2024

[[a|A soldier was martyred and two were wounded when PKK terrorists attacked a base area near Yüksekova with harassing fire last night]]. A soldier was martyred. Operations in the region continue.
Turkey's Defence Ministry later said 6 "terrorists" had been neutralized in response (no details given).""",
    [I("a", "2024-10-01", "last night", "Yüksekova", None, None, "PKK", "attributed",
       "Turkey", "shooting", 1, "A soldier was martyred", 2, "two were wounded", country="Turkey")],
    country="Turkey")

doc("H4", "H", "2021-05-04", """Kurdistan Human Rights Monitor - Iran
4 May 2021

[[a|Unknown gunmen shot dead a member of the Revolutionary Guards in Mariwan on Sunday night]], Iranian media reported. The IRGC member was killed near a checkpoint on the road to Sarvabad. No group claimed the attack, and Iranian authorities blamed "counter-revolutionary groups" based in Iraqi Kurdistan.""",
    [I("a", "2021-05-02", "on Sunday night", "Mariwan", None, None, "unknown", "unclaimed",
       "security forces", "shooting", 1, "The IRGC member was killed", None, None, country="Iran")],
    country="Iran")

doc("H5", "H", "2023-06-12", """Film review: "Speicher" reopens the wound of 2014
12 June 2023

A new Iraqi feature film recounts the massacre of cadets at Camp Speicher near Tikrit in June 2014, when Islamic State militants killed hundreds of young men. Director's debut, shot in Salahuddin with a cast of non-professional actors, many of them relatives of the victims.
The film premiered in Baghdad last week to a full house. It is slow in its middle hour, but the final scenes at the river palaces are hard to watch.
Rating: 4/5""")

doc("H6", "H", "2022-10-27", """Iraqi TV: army holds live-fire exercise near Kirkuk
BBC Monitoring Middle East - Political, October 27, 2022

Iraqi state-owned Al-Iraqiya TV on 27 October showed footage of an army live-fire exercise at a range west of Kirkuk. Tanks, artillery and helicopters took part, the channel said. No one was hurt. A commander said the drill aimed to "raise readiness" ahead of winter operations.

Source: Al-Iraqiya TV, Baghdad, in Arabic 1700 gmt 27 Oct 22""")

doc("H7", "H", "2024-03-18", """Babil Police Command - the official page
18 March 2024 · 🌍

#Urgent The heroes of the explosives-disposal team of our police defused an explosive device found this morning near a shop in Hilla's Al-Bakerli area. The area was reopened after one hour. No one was hurt, thank God 🙏
#Babil_Police

See translation
👍 920 · 64 comments""")

doc("H8", "H", "2021-02-24", """Daily digest - 24 February 2021

In brief: Security forces found a weapons cache in the Tarmiya orchards north of Baghdad on Monday, including rockets and explosive belts, the Security Media Cell said. No arrests were made. Officials said the cache was old and probably belonged to IS cells.
Also: Baghdad's health directorate reports record vaccination turnout.
Subscribe to read more""")

doc("H9", "H", "2025-03-16", """Halabja remembers: 37 years after the chemical attack
16 March 2025

Thousands gathered at the Halabja monument on Sunday to mark the anniversary of the 1988 chemical attack that killed about 5,000 people. Sirens sounded for one minute at 11:15, the time the bombing began. Survivors called again for compensation. There was no incident during the ceremony; police said the day passed calmly.""")

doc("H10", "H", "2022-07-05", """Basra: two killed in tribal clash over land
5 July 2022

Two men were killed and four wounded on Monday in a tribal clash over farmland in Al-Dair district, north of Basra, police said. The dispute between two clans had lasted for months. Police said the clash was not linked to any armed group or political motive, and arrested eleven people. Tribal elders later agreed a truce.""")

doc("H11", "H", "2019-10-15", """Q&A: Dhi Qar traffic police chief on the road-safety campaign
15 October 2019

Q: How many accidents this month?
A: Twenty-two on the Nasiriyah-Basra highway alone, with nine dead. Speed is the main cause.
Q: Any security incidents on the highway?
A: None. All of these were traffic accidents. We have placed new cameras and speed bumps near Suq al-Shuyukh.""")

doc("H12", "H", "2020-09-09", """Erbil Asayish statement, 9 September 2020 (translated)

The Asayish arrested a suspect in Erbil's Ankawa area who was preparing to carry out attacks in the city, and seized a pistol and two hand grenades from his house. No attack took place. The suspect has been referred to the investigating judge. The Asayish thank citizens for their cooperation.""")
