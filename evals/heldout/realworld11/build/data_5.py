"""realworld11 data, part 5: G (revised / corrected tolls over hours or days),
H (noise: attacks outside Iraq, Iraqi non-attack items)."""
from lib import I, doc

# ============================================================ G: revised tolls

doc("G1", "G", "2022-05-31", """Diyala | 31.05.2022 | last updated 17:05 (Baghdad)

Balad Ruz minibus bombing: toll rises

UPDATE 2 (16:45) - [[a|The death toll from Monday's roadside bomb on a minibus carrying farm workers near Balad Ruz has risen to four dead and six wounded]], the Diyala health directorate said, after one of the injured died overnight and another passenger was admitted to Baquba hospital this morning.

UPDATE 1 (09:10) - Police said two people were killed and five injured.

Initial reports on Monday evening spoke of two killed and five injured. Security officials blamed IS remnants active in the orchards east of the town.
""", [
    I("a", "2022-05-30", "Monday's", "Balad Ruz", "Balad Ruz", "Diyala", "ISIS", "attributed",
      "civilians", "ied", 4, "four dead", 6, "six wounded"),
])

doc("G2", "G", "2020-11-19", """CORRECTION - Nov. 19, 2020

Shepherds attacked near Zummar

This story has been corrected. An earlier version said three shepherds were killed. Police later said one shepherd was killed and two were wounded.

MOSUL - [[a|Suspected Islamic State militants opened fire on a group of shepherds near Zummar, northwest of Mosul, on Wednesday. Police later said one shepherd was killed and two were wounded]], and that part of the flock was driven off.

Zummar lies close to the Tigris and to the boundary with the Kurdistan Region, an area where militants move with relative ease.
""", [
    I("a", "2020-11-18", "on Wednesday", "Zummar", "Zummar", "Nineveh", "ISIS", "suspected",
      "civilians", "shooting", 1, "one shepherd was killed", 2, "two were wounded"),
])

doc("G3", "G", "2023-08-21", """Kirkuk | Monday 21 August 2023

Rashad market blast: two more die of their wounds

[[a|The toll from Saturday's bombing at a market in Rashad, south-west of Kirkuk, rose to three on Monday after two of the wounded died in hospital; four others remain in hospital]], a health official said.

On the day of the blast, police had reported one dead and six injured. The device had been left in a vegetable cart. Police did not say who they believed was behind it.
""", [
    I("a", "2023-08-19", "Saturday's", "Rashad", "Rashad", "Kirkuk", None, None,
      "civilians", "ied", 3, "rose to three", 4, "four others remain in hospital"),
])

doc("G4", "G", "2021-02-22", """Anbar, 22 February 2021

Anah attack: toll revised to three dead

[[a|Three tribal fighters were killed and one wounded when Daesh militants attacked their post on the outskirts of Anah on Sunday]], the Anbar Operations Command said on Monday, revising figures given by local officials on Sunday night, who spoke of two dead.

The attackers withdrew towards the desert south of the Euphrates, the statement added.
""", [
    I("a", "2021-02-21", "on Sunday", "Anah", "Anah", "Anbar", "ISIS", "attributed",
      "PMU", "shooting", 3, "Three tribal fighters were killed", 1, "one wounded"),
])

doc("G5", "G", "2024-06-21", """Baghdad, Friday 21 June 2024

Mahmudiyah checkpoint attack: ministry corrects toll

The Ministry of Defence said on Friday that initial reports of three soldiers killed in Thursday's attack were wrong. [[a|One soldier was killed and two were wounded when gunmen fired on an army checkpoint near Mahmudiyah on Thursday (June 20)]], it said.

The attackers fled in a car. No group has claimed the attack.
""", [
    I("a", "2024-06-20", "on Thursday (June 20)", "Mahmudiyah", "Mahmudiyah", "Baghdad", "unknown", "unclaimed",
      "army", "shooting", 1, "One soldier was killed", 2, "two were wounded"),
])

doc("G6", "G", "2020-04-14", """Salahuddin, 14/04/2020

Second soldier dies after Siniya attack

[[a|A second soldier has died of wounds sustained in Sunday's IS attack on an army post near Siniya, west of Baiji, bringing the toll to two dead; two others are still in hospital]], a military source said on Tuesday.

On Sunday the army had reported one soldier killed and three wounded.
""", [
    I("a", "2020-04-12", "Sunday's", "Siniya", "Siniya", "Salahuddin", "ISIS", "attributed",
      "army", "shooting", 2, "bringing the toll to two dead", 2, "two others are still in hospital"),
])

doc("G7", "G", "2022-07-17", """Duhok, 17 July 2022

Amedi mayor: two civilians killed in Turkish strike

Initial reports said one person was killed in a Turkish strike near Amedi on Saturday. On Sunday, the mayor of Amedi said [[a|two civilians were killed and a third injured when a Turkish drone hit their car near Amedi on Saturday]].

Turkey did not comment. Ankara says its operations target the PKK.
""", [
    I("a", "2022-07-16", "on Saturday", "Amedi", "Amedi", "Dohuk", "Turkey", "attributed",
      "civilians", "airstrike_operation", 2, "two civilians were killed", 1, "a third injured"),
])

doc("G8", "G", "2019-11-07", """Basra | Thursday, November 7, 2019

Qurna protest toll rises to two

[[a|Two protesters were killed and 23 wounded when security forces opened fire on demonstrators who blocked the road to the West Qurna oil field on Tuesday]], the Basra health directorate said on Thursday.

A first toll on Tuesday evening had given one dead.
""", [
    I("a", "2019-11-05", "on Tuesday", "Qurna", "Qurna", "Basra", "security forces", "attributed",
      "civilians", "shooting", 2, "Two protesters were killed", 23, "23 wounded"),
])

doc("G9", "G", "2021-11-16", """Nasiriyah, 16 November 2021

Activist's brother dies of wounds

[[a|The brother of a protest activist, wounded when gunmen fired at the family's house in Nasiriyah on Sunday, died of his wounds]] on Tuesday, relatives said. The activist's mother, lightly wounded in the same attack, has left hospital.

Police had first said two people were wounded and no one killed. The gunmen have not been identified.
""", [
    I("a", "2021-11-14", "on Sunday", "Nasiriyah", "Nasiriyah", "Dhi Qar", "unknown", None,
      "civilians", "shooting", 1, "died of his wounds", 1, "The activist's mother, lightly wounded"),
])

doc("G10", "G", "2022-06-14", """Garmiyan | 14 June 2022

Peshmerga officer dies after Kalar car bomb

[[a|A Peshmerga officer whose car was hit by a sticky bomb in Kalar on Sunday has died of his injuries; his son, who was with him, remains in hospital]], the Garmiyan Asayish said on Tuesday.

On Sunday the Asayish had said only that the officer was wounded. They have not named a suspect.
""", [
    I("a", "2022-06-12", "on Sunday", "Kalar", "Kalar", "Sulaymaniyah", None, None,
      "Peshmerga+civilians", "ied", 1, "has died of his injuries", 1, "his son, who was with him, remains in hospital"),
])

doc("G11", "G", "2021-08-19", """Karbala - 19/08/2021

Ain al-Tamr attack: PMF raises toll

[[a|The Popular Mobilisation Forces raised to four the number of its fighters killed in Tuesday's IS attack near Ain al-Tamr, with two others wounded]]. A first statement on Tuesday had spoken of two martyrs and four wounded.

The PMF said the attackers came from the desert towards the Anbar boundary.
""", [
    I("a", "2021-08-17", "Tuesday's", "Ain al-Tamr", "Ain al-Tamr", "Karbala", "ISIS", "attributed",
      "PMU", "shooting", 4, "raised to four the number of its fighters killed", 2, "two others wounded"),
])

doc("G12", "G", "2025-05-13", """Najaf, 13 May 2025

Sadrist official dies after Najaf shooting

[[a|A Sadrist movement official shot in his car in Najaf's Al-Ameer neighbourhood on Sunday died on Tuesday; his driver remains in hospital]], a movement spokesman said.

Police had initially said two men were wounded. No one has claimed responsibility.
""", [
    I("a", "2025-05-11", "on Sunday", "Najaf", "Najaf", "Najaf", "unknown", "unclaimed",
      "civilians", "shooting", 1, "died on Tuesday", 1, "his driver remains in hospital"),
])

# ============================================================ H: noise

doc("H1", "H", "2023-08-11", """Syria watcher @syria_watch_dz

BREAKING: [[a|IS ambush on a Syrian army bus near Al-Mayadin, eastern Deir ez-Zor, tonight. 7 soldiers killed, 5 wounded]] per pro-government sources. 1/2

the deadliest attack on regime forces in the Badia since March. IS cells are moving freely between Mayadin and the Iraqi border. 2/2

11:12 PM · Aug 11, 2023 · Twitter for iPhone
""", [
    I("a", "2023-08-11", "tonight", "Al-Mayadin", "Al-Mayadin", None, "ISIS", "attributed",
      "army", "ambush", 7, "7 soldiers killed", 5, "5 wounded", country="Syria"),
], country="Syria")

doc("H2", "H", "2022-05-19", """Wasit / Alsumaria News
2022/05/19 08:50

The Wasit Traffic Directorate announced, today, Thursday, the death of four persons and the injury of two others in a traffic accident on the Baghdad-Kut road, near the Al-Aziziyah district.

The source said that "a collision happened between a passenger car and a truck loaded with bricks", explaining that "the excessive speed is the main cause of the accident". The bodies were transferred to the forensic medicine.
""")

doc("H3", "H", "2023-08-15", """Kirkuk 24 | كركوك 24
(translated from Arabic)

🔴 Urgent | The arrest of a terrorist wanted under Article 4 of terrorism in the Al-Wasiti neighborhood of Kirkuk, by a force of the Kirkuk Police Command, based on judicial memorandum. He was working in the so-called Wilayat Kirkuk of Daesh terrorist gangs.

#Kirkuk

👁 3.1K   14:22 · 15.08.2023
""")

doc("H4", "H", "2021-02-14", """Daily Sabah | Feb 14, 2021

PKK attack kills Turkish soldier in Şırnak

[[a|A Turkish soldier was killed and two others were injured when PKK terrorists attacked a base in Şırnak's Uludere district on Saturday]], the National Defense Ministry said on Sunday.

Turkish forces retaliated and "neutralized" the attackers, the ministry said, using a term it uses for killed, captured or surrendered.
""", [
    I("a", "2021-02-13", "on Saturday", "Uludere", "Uludere", None, "PKK", "attributed",
      "Turkey", "shooting", 1, "A Turkish soldier was killed", 2, "two others were injured", country="Turkey"),
], country="Turkey")

doc("H5", "H", "2024-06-30", """Summary: Joint Operations Command monthly press conference, Baghdad, Sunday (June 30, 2024)

- 41 security operations carried out in June, 96 wanted persons arrested, 28 of them under Article 4 (terrorism).
- 12 terrorists killed in air strikes on hideouts in the Hamrin and Wadi al-Shay areas.
- 63 explosive devices and 19 caches found and destroyed.
- The spokesman said the security situation in Baghdad is "stable" and that a small number of attacks on commercial premises are being investigated as criminal acts.
""")

doc("H6", "H", "2020-11-22", """Karbala Health Directorate
22 November 2020

Al-Hussein Teaching Hospital received seven injured people, two of them in critical condition, after the explosion of a gas cylinder in a restaurant in the Al-Abbas street area this evening.

The civil defence directorate said the explosion was caused by a gas leak and excluded any criminal or terrorist act.
""")

doc("H7", "H", "2022-05-20", """Kurdish human rights monitor | daily report | 20 May 2022

[[a|Two members of the Islamic Revolutionary Guard Corps (IRGC) were shot dead by unknown gunmen in Piranshahr on Thursday evening]], according to information obtained by our reporters. No group has claimed responsibility.

Following the incident, security forces set up checkpoints at the entrances of the city and arrested at least four young Kurds.
""", [
    I("a", "2022-05-19", "on Thursday evening", "Piranshahr", "Piranshahr", None, "unknown", "unclaimed",
      "security forces", "shooting", 2, "shot dead", None, None, country="Iran"),
], country="Iran")

doc("H8", "H", "2021-02-18", """Baghdad: Al-Sabah
Thursday 18 February 2021

The Central Criminal Court in Al-Rusafa sentenced to death a terrorist who participated in the bombing of a market in the Baghdad Al-Jadida area in 2016, according to the provisions of Article 4 of the anti-terrorism law.

The Supreme Judicial Council said in a statement that the convicted confessed to transporting the explosive belt to the suicide bomber, and that the verdict is subject to appeal in cassation.
""")

doc("H9", "H", "2024-06-16", """Iraq | live feed - page captured 16 Jun 2024 09:30 (UTC+3)

16 Jun 2024 07:45 · Basra
Fire at a warehouse in Al-Zubair caused by an electrical short circuit, civil defence says; no injuries

15 Jun 2024 22:10 · Baghdad
Celebratory gunfire after a football match wounds a child in Sadr City; police arrest the shooter

15 Jun 2024 19:30 · Najaf
Dust storm: Najaf airport suspends flights for 4 hours

15 Jun 2024 13:00 · Erbil
KRG and Baghdad agree on June salary transfer
""")

doc("H10", "H", "2024-02-20", """Iraq/Syria live map - page captured 20 Feb 2024 12:10 (UTC+3)

20 Feb 2024 10:35 · Deir ez-Zor (Syria)
[[a|IS gunmen killed 3 truffle hunters in the desert south of Al-Sukhnah]], relatives say. Truffle season sees such attacks every year.
👤 local network · 📍 Al-Sukhnah

20 Feb 2024 09:05 · Anbar
Al-Qaim border crossing reopens after maintenance
""", [
    I("a", "2024-02-20", "20 Feb 2024 10:35", "Al-Sukhnah", "Al-Sukhnah", None, "ISIS", "attributed",
      "civilians", "shooting", 3, "killed 3 truffle hunters", None, None, country="Syria"),
], country="Syria")

doc("H11", "H", "2022-07-14", """Duhok Asayish Directorate
Press release, 14/07/2022

Our forces, in coordination with the Zakho Asayish, arrested two persons in possession of 4 kg of TNT and detonators at a checkpoint on the Duhok-Zakho road yesterday. Investigations showed that the materials were intended for sale to fishermen for illegal fishing in the Khabur river.

The suspects were handed over to the court.
""")

doc("H12", "H", "2023-08-25", """Nineveh Now | نينوى الآن
(translated from Arabic)

The death of a shepherd by the explosion of an old landmine from the remnants of the war in the Al-Jazeera desert, west of Tal Afar, this afternoon. The Civil Defence said the mine dates back to the period of the terrorist Daesh control and that the area had not yet been surveyed. A demining team will survey the area.

👁 6.0K   18:40 · 25.08.2023
""")
