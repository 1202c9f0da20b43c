"""realworld12 data 4: styles N (daily-digest newsletters: oil / business /
security, teasers and paywall cut-offs; N1-N4 .html), Y (Hijri / Kurdish /
Arabic-Indic dates, local-outlet English), U (follow-ups, funerals,
anniversaries, court and compensation stories: one record each)."""
from lib import I, doc

# ============================================================== N: newsletters
doc("N1", "N", "2023-03-29", """Iraq Security Digest - Wednesday 29 March 2023

In brief:
- Baghdad: parliament postpones the vote on the election law again.
- Diyala: [[a|On Tuesday, an IED hit a truck of the Diyala water directorate near Bani Saad, killing the driver]]. A colleague travelling with him was unhurt. No group claimed the attack.
- Basra: port revenues up 12% on the month.

The full digest, with our weekly risk ratings for all 18 provinces, is available to subscribers.
Subscribe to read more""",
    [I("a", "2023-03-28", "On Tuesday", "Bani Saad", "Bani Saad", "Diyala", "unknown", "unclaimed",
       "civilians", "ied", 1, "killing the driver", 0, "A colleague travelling with him was unhurt")],
    ext="html", title="Iraq Security Digest - 29 March 2023", outlet="Iraq Security Digest")

doc("N2", "N", "2021-09-14", """Upstream Iraq Daily - 14 September 2021

TOP STORY: Guard post attacked at Ain Zala
[[a|Gunmen attacked a guard post at the Ain Zala field near Zummar, north-west of Mosul, on Sunday]], wounding two guards of the oil police, according to the North Oil Company. Production was not affected. The company did not say who the attackers were.

ALSO: Ministry signs gas-capture deal for Nasiriyah field; Kurdistan exports steady at 430,000 bpd.

This is a free preview. Subscribe to read more.""",
    [I("a", "2021-09-12", "on Sunday", "Zummar", "Zummar", "Nineveh", None, None,
       "police", "shooting", None, None, 2, "wounding two guards of the oil police")],
    ext="html", title="Upstream Iraq Daily - 14 September 2021", outlet="Upstream Iraq Daily")

doc("N3", "N", "2022-06-23", """Iraq Energy Brief | 23 June 2022

Rockets land inside Kirkuk oil field
[[a|Two Katyusha rockets landed inside the Khabbaz oil field west of Kirkuk on June 22]], causing a small fire but no casualties, a North Oil Company engineer told the Brief. It was the first attack on a Kirkuk field this year. Security sources said the launch site was found near a village to the south; no one has claimed the attack ...

[Article continues - Subscribe to read more]

Also in today's Brief: Basra Medium crude differentials; KRG payment dispute.""",
    [I("a", "2022-06-22", "on June 22", "Khabbaz oil field", "Kirkuk", "Kirkuk", "unknown", "unclaimed",
       "", "mortar_rocket", 0, "causing a small fire but no casualties", 0, "causing a small fire but no casualties")],
    ext="html", title="Iraq Energy Brief - 23 June 2022", outlet="Iraq Energy Brief")

doc("N4", "N", "2020-10-22", """Iraq Business Daily - Thursday, 22 October 2020

In brief:
- Security: [[a|IS militants attacked guards at the Akkas gas field near Al-Qaim on Oct. 20, wounding three]]. The field, close to the Syrian border, has been idle for years. Operators say the attack will further delay plans to restart work.
- Banking: Central Bank auction sales rise.
- Trade: Trebil crossing reopens for cargo.

Subscribers can read the full newsletter at our website. Subscribe to read more""",
    [I("a", "2020-10-20", "on Oct. 20", "Al-Qaim", "Qaim", "Anbar", "ISIS", "attributed",
       "civilians", "shooting", None, None, 3, "wounding three")],
    ext="html", title="Iraq Business Daily - 22 October 2020", outlet="Iraq Business Daily")

doc("N5", "N", "2020-01-13", """BAGHDAD BRIEFING - 13 January 2020 - morning edition

In brief:
* Protests: students join sit-ins in Tahrir Square.
* Security: [[a|A small bomb exploded on Sunday near a bank branch on Al-Saadoun Street in central Baghdad]], causing no casualties; police said they had no suspects yet.
* Economy: dinar steady at 1,190 to the dollar.

Want the full briefing with our risk outlook? Subscribe to read more.""",
    [I("a", "2020-01-12", "on Sunday", "Al-Saadoun Street in central Baghdad", "Baghdad", "Baghdad", None, None,
       "", "ied", 0, "causing no casualties", 0, "causing no casualties")])

doc("N6", "N", "2022-11-21", """Iraq Oil Report-style daily bulletin - 21 November 2022

Refinery guard wounded in Baiji
[[a|Sniper fire from the Makhoul foothills wounded a guard at the Baiji refinery on Saturday]], a refinery official said, blaming Islamic State remnants. One guard was wounded. Operations at the North Refineries Company continued normally. The attack follows several months of calm around the site, which ...

Subscribe to read more""",
    [I("a", "2022-11-19", "on Saturday", "Baiji", "Baiji", "Salahuddin", "ISIS", "attributed",
       "civilians", "shooting", None, None, 1, "One guard was wounded")])

doc("N7", "N", "2024-04-17", """Kurdistan Energy Digest | 17 April 2024

In brief: [[a|Turkish artillery shells fell on April 16 near the pipeline metering station at Fishkhabour, in Zakho district]], without casualties or damage to the pipeline, the Ministry of Natural Resources said. Exports via Ceyhan remain suspended for legal reasons, not because of the shelling.

Other items: Khor Mor expansion; Erbil power cuts.
Subscribe to read more""",
    [I("a", "2024-04-16", "on April 16", "Fishkhabour", "Zakho", "Dohuk", "Turkey", "attributed",
       "", "mortar_rocket", 0, "without casualties", 0, "without casualties")])

doc("N8", "N", "2023-02-09", """Basra Energy Morning - 9 February 2023

In brief:
- West Qurna: [[a|a rocket landed near the camp of an oil services company at the West Qurna 1 field, near Al-Qurna, on Feb. 7]]. No one was hurt. Staff were kept in shelters for two hours.
- Exports: Basra terminals load 3.3 million bpd.
- Power: Rumaila gas plant maintenance delayed.

Subscribe to read more""",
    [I("a", "2023-02-07", "on Feb. 7", "Al-Qurna", "Qurna", "Basra", None, None,
       "", "mortar_rocket", 0, "No one was hurt", 0, "No one was hurt")])

doc("N9", "N", "2024-12-04", """North Iraq Energy Bulletin, 4 December 2024

Pipeline bombed south of Daquq
[[a|A bomb damaged a section of the crude pipeline south of Daquq on Dec. 2]], causing no casualties; repair crews stopped pumping for 14 hours. North Oil Company blamed "terrorist elements" without naming a group. This is the second attack on the line since ...

[Subscribe to read more]""",
    [I("a", "2024-12-02", "on Dec. 2", "Daquq", "Daquq", "Kirkuk", "unknown", None,
       "", "ied", 0, "causing no casualties", 0, "causing no casualties")])

doc("N10", "N", "2022-05-12", """Kurdistan Energy Digest | 12 May 2022

Rockets hit Khurmala again
[[a|Six rockets were fired at the Khurmala oil field, west of Erbil, late on May 11]]; there were no casualties, the Kurdistan Region's counter-terrorism directorate said, adding that the launch site was in Nineveh's plains. No group claimed the attack. It is the second such attack in a month ...

Subscribe to read more""",
    [I("a", "2022-05-11", "late on May 11", "Khurmala", "Khurmala", "Erbil", "unknown", "unclaimed",
       "", "mortar_rocket", 0, "there were no casualties", 0, "there were no casualties")])

doc("N11", "N", "2019-03-19", """Maysan Oil & Business Daily - 19 March 2019

In brief:
- Security: [[a|Gunmen fired at a bus carrying workers to the Halfaya field, east of Amarah, on March 17]], wounding the driver. Police said a tribal dispute over jobs was behind it.
- Contracts: Maysan Oil Company tenders a new water-treatment plant.

Subscribe to read more""",
    [I("a", "2019-03-17", "on March 17", "Amarah", "Amarah", "Maysan", None, None,
       "civilians", "shooting", None, None, 1, "wounding the driver")])

doc("N12", "N", "2024-01-29", """Kurdistan Energy Digest | 29 January 2024

Drone hits Khor Mor
[[a|An explosive drone struck the Khor Mor gas field in Chamchamal district on Jan. 26]], causing no casualties but damaging a storage tank, the operator said. Gas supplies to Erbil and Sulaymaniyah power plants were cut for several hours. No group has claimed responsibility ...

Subscribe to read more""",
    [I("a", "2024-01-26", "on Jan. 26", "Chamchamal", "Chamchamal", "Sulaymaniyah", "unknown", "unclaimed",
       "", "other", 0, "causing no casualties", 0, "causing no casualties")])

# ============================================================== Y: calendars / local English
doc("Y1", "Y", "2023-03-10", """Baquba Today News
Friday 18 Sha'ban 1444 AH, corresponding to 10 March 2023

Diyala / Baquba Today: [[a|٢ farmers was killed today by armed attack in their land in Hibhib subdistrict]], west of Baquba, a security source tell to our agency. The source said the terrorists come by motorcycle and run away toward the orchards. The security forces is make a search now in the area.
The bodies transferred to the Baquba forensic medicine department.""",
    [I("a", "2023-03-10", "today", "Hibhib", "Hibhib", "Diyala", "unknown", None,
       "civilians", "shooting", 2, "٢ farmers was killed", None, None)])

doc("Y2", "Y", "2021-09-20", """Ezidi Press (English service)
29ê Xermananê 2721 (20.09.2021)

[[a|Explosive device explode yesterday evening near a shop in Khanasor, Shingal]], and ٢ civilians injured, one of them child. The Asayish of Ezidxan say they did not know who put the device. People of Khanasor is angry because this is the second explosion in the area since summer.
Translated from Kurmanji.""",
    [I("a", "2021-09-19", "yesterday evening", "Khanasor, Shingal", "Sinjar", "Nineveh", None, None,
       "civilians", "ied", None, None, 2, "٢ civilians injured")])

doc("Y3", "Y", "2022-06-21", """Kirkuk Now - Turkmen service (English)
Tuesday 22 Dhu al-Qa'dah 1443 AH - 21 June 2022

[[a|Unknown gunmen killed ٣ workers in a brick factory near Yaychi, south of Kirkuk]], last night. The police said the workers were sleeping in the factory when the gunmen enter. The reason is not known until now, and no side announced responsibility. Families of the victims ask the government for protection to the Turkmen villages.""",
    [I("a", "2022-06-20", "last night", "Yaychi", "Yaychi", "Kirkuk", "unknown", "unclaimed",
       "civilians", "shooting", 3, "killed ٣ workers", None, None)])

doc("Y4", "Y", "2020-10-21", """Al-Anbar Voice (English edition)
Wednesday 4 Rabi' al-Awwal 1442 H / 21-10-2020

[[a|An explosive device was exploded on a vehicle of the Popular Mobilization in Al-Saqlawiya, north of Fallujah]], on Tuesday evening, and ٤ members was wounded, a source in the Hashd told. The device was planted at the side of road. The source blame Daesh remnants which they still active in the Al-Jazeera desert.""",
    [I("a", "2020-10-20", "on Tuesday evening", "Al-Saqlawiya", "Saqlawiyah", "Anbar", "ISIS", "attributed",
       "PMU", "ied", None, None, 4, "٤ members was wounded")])

doc("Y5", "Y", "2020-01-11", """Baghdad Belt News
Saturday 16 Jumada al-Ula 1441 AH (11 January 2020)

[[a|Terrorist explosive device target an army patrol in Al-Latifiyah at early hours of today]], and ٢ soldiers get injuries, security source said. The army closed the road between Al-Latifiyah and Al-Yusufiyah for some hours and start search operation.""",
    [I("a", "2020-01-11", "at early hours of today", "Al-Latifiyah", "Latifiyah", "Baghdad", None, None,
       "army", "ied", None, None, 2, "٢ soldiers get injuries")])

doc("Y6", "Y", "2022-11-08", """Salahuddin Press (English)
Tuesday 13 Rabi' al-Akhir 1444 / 8 November 2022

[[a|Daesh remnants attack a post of the Popular Mobilization in Al-Dour, east of Tikrit, in the early hours of Tuesday]], and ١ fighter martyred and ٢ wounded, the PMF media said. The fighters repelled the attack and the attackers escape toward Mutaibijah basin.""",
    [I("a", "2022-11-08", "in the early hours of Tuesday", "Al-Dour", "Dour", "Salahuddin", "ISIS", "attributed",
       "PMU", "shooting", 1, "١ fighter martyred", 2, "٢ wounded")])

doc("Y7", "Y", "2024-04-26", """Duhok Post (English)
Date: ٢٠٢٤/٠٤/٢٦ (26 April 2024)

[[a|Turkish artillery shelling hit near Amedi town today morning]], and ٢ shepherds was killed. The mayor of Amedi said they are from the village nearby and not have any relation with PKK. Turkish army did not comment until now. The people in the area asked the KRG to stop the shelling.""",
    [I("a", "2024-04-26", "today morning", "Amedi", "Amedi", "Dohuk", "Turkey", "attributed",
       "civilians", "mortar_rocket", 2, "٢ shepherds was killed", None, None)])

doc("Y8", "Y", "2022-04-20", """Najaf Times (English)
Wednesday 19 Ramadan 1443 AH - 20 April 2022

[[a|Unknown person throw a hand grenade on the house of a Sadrist official in the Al-Ameer neighborhood of Najaf]] after the iftar yesterday, and ١ person injured who is the guard of the house. The police is investigating. The Sadrist office condemned the attack and call for calm.""",
    [I("a", "2022-04-19", "after the iftar yesterday", "Al-Ameer neighborhood of Najaf", "Najaf", "Najaf",
       "unknown", None, "civilians", "other", None, None, 1, "١ person injured")])

doc("Y9", "Y", "2021-08-25", """Diwaniyah Now
16 Muharram 1443 H / 25.08.2021

[[a|Explosive device exploded at the gate of a PMF office in Al-Hamza district yesterday night]], and there is no human losses only material damage, a security source said. The office was empty at the time. No party adopt the operation.""",
    [I("a", "2021-08-24", "yesterday night", "Al-Hamza", "Hamza", "Qadisiyah", "unknown", "unclaimed",
       "PMU", "ied", 0, "there is no human losses", 0, "there is no human losses")])

doc("Y10", "Y", "2019-07-20", """Babylon Echo (English)
Saturday 17 Dhu al-Qa'dah 1440 AH (20 July 2019)

[[a|A sticky bomb exploded under the car of an employee of the Babil education directorate in Hilla this morning]], and he was killed in the moment. The police cordoned the area. Until now no party claim responsibility for the bombing. The employee is father of ٤ children, his neighbours said.""",
    [I("a", "2019-07-20", "this morning", "Hilla", "Hilla", "Babil", "unknown", "unclaimed",
       "civilians", "ied", 1, "he was killed in the moment", None, None)])

doc("Y11", "Y", "2025-04-16", """Karbala Voice (English)
Wednesday 17 Shawwal 1446 AH / 16 April 2025

[[a|Armed attack targeted a police patrol in Al-Hindiya district at dawn of today]], and ١ policeman injured in his hand. The gunmen escape in a white car. The police command formed a team for catch them.""",
    [I("a", "2025-04-16", "at dawn of today", "Al-Hindiya", "Hindiya", "Karbala", "unknown", None,
       "police", "shooting", None, None, 1, "١ policeman injured")])

doc("Y12", "Y", "2023-05-10", """Samawa News (English)
Wednesday 20 Shawwal 1444 AH - 10 May 2023

[[a|An explosive device exploded near a patrol of the border guards in the desert of Al-Salman yesterday]], and ٢ border guards was wounded, a source in the border command said. The desert of Al-Salman is near Saudi border and it is used by smugglers.""",
    [I("a", "2023-05-09", "yesterday", "Al-Salman", "Salman", "Muthanna", None, None,
       "security forces", "ied", None, None, 2, "٢ border guards was wounded")])

# ============================================================== U: follow-ups
doc("U1", "U", "2023-03-21", """Funeral held for three brothers killed in Diyala ambush
21 March 2023

Hundreds of mourners gathered in Al-Khalis on Tuesday to bury three brothers from the Al-Karkhi family. [[a|The brothers were killed on Sunday when gunmen ambushed their car on the road between Al-Khalis and Baquba]], relatives said. All three died at the scene.
"They were farmers. They had no enemies," their uncle said at the funeral. A provincial council member blamed Islamic State remnants and called for more checkpoints on the road.""",
    [I("a", "2023-03-19", "on Sunday", "Al-Khalis", "Khalis", "Diyala", "ISIS", "attributed",
       "civilians", "ambush", 3, "All three died at the scene", None, None)])

doc("U2", "U", "2021-09-16", """Toll in Mosul bombing rises to three
16 September 2021

[[a|The death toll from Tuesday's bomb explosion at a vegetable stall in the Gogjali area of eastern Mosul has risen to three]], after two of the wounded died in hospital overnight, a health official said. Five others are still being treated. On Tuesday officials had reported one dead and seven wounded.
Police said the device had been hidden in a box of tomatoes. Nobody has claimed the bombing.""",
    [I("a", "2021-09-14", "Tuesday's", "Gogjali area of eastern Mosul", "Mosul", "Nineveh", "unknown", "unclaimed",
       "civilians", "ied", 3, "has risen to three", 5, "Five others are still being treated")])

doc("U3", "U", "2022-06-12", """Daquq buries Kakai farmer
12 June 2022

Kakai community members in Daquq held the funeral on Sunday of [[a|a farmer who was shot dead on Friday by suspected Islamic State militants in the Wadi al-Shay area south of Daquq]]. His cousin, wounded in the same attack, remains in Kirkuk hospital.
Kakai leaders said it was the fourth attack on their villages in a year and asked for a local force to protect them.""",
    [I("a", "2022-06-10", "on Friday", "Daquq", "Daquq", "Kirkuk", "ISIS", "suspected",
       "civilians", "shooting", 1, "a farmer who was shot dead", 1,
       "His cousin, wounded in the same attack, remains in Kirkuk hospital")])

doc("U4", "U", "2020-10-09", """Second soldier dies after Baghdadi bombing
9 October 2020

[[a|A soldier wounded in Tuesday's roadside bomb attack near Al-Baghdadi has died of his wounds]], raising the death toll to two, a military source in Anbar said on Friday. A third soldier remains in hospital.
The source blamed Islamic State cells in the desert north of the town. The toll is not final, the source added, as the hospitalised soldier is in serious condition.""",
    [I("a", "2020-10-06", "Tuesday's", "Al-Baghdadi", "Baghdadi", "Anbar", "ISIS", "attributed",
       "army", "ied", 2, "raising the death toll to two", 1, "A third soldier remains in hospital")])

doc("U5", "U", "2020-01-17", """Funeral in Baghdad for PMF fighter killed in Yusufiyah
17 January 2020

Relatives and comrades carried the coffin of a Popular Mobilization fighter through the streets of Al-Shula in Baghdad on Friday. [[a|He was killed on Wednesday when an explosive device went off next to his vehicle in Al-Yusufiyah]], south of the capital, the PMF said. Two other fighters were wounded.
The PMF did not say who it held responsible.""",
    [I("a", "2020-01-15", "on Wednesday", "Al-Yusufiyah", "Yusufiyah", "Baghdad", None, None,
       "PMU", "ied", 1, "He was killed", 2, "Two other fighters were wounded")])

doc("U6", "U", "2022-11-30", """Salahuddin pays compensation to families of shepherds killed near Amirli
30 November 2022

The Salahuddin compensation committee on Wednesday paid the families of four shepherds [[a|who were killed on November 2 when Islamic State militants attacked their flock near Amirli]]. The four shepherds died when the militants opened fire and drove off several hundred sheep.
The committee said each family would receive 5 million dinars. Relatives said the sum did not cover the loss of the flock.""",
    [I("a", "2022-11-02", "on November 2", "Amirli", "Amirli", "Salahuddin", "ISIS", "attributed",
       "civilians", "shooting", 4, "The four shepherds died", None, None)])

doc("U7", "U", "2024-04-10", """Passenger dies a week after Turkish drone strike near Amedi
10 April 2024

[[a|A man wounded when a Turkish drone struck a car near Amedi on April 3 died in a Duhok hospital on Monday]], his family said. The driver was killed in the strike; the family says both men were civilians returning from work. Turkey said at the time that it had targeted PKK members.
With the passenger's death, both men in the car are now dead.""",
    [I("a", "2024-04-03", "on April 3", "Amedi", "Amedi", "Dohuk", "Turkey", "attributed",
       "civilians", "airstrike_operation", 2, "both men in the car are now dead", None, None)])

doc("U8", "U", "2021-10-19", """Kut mourns police officer shot in Suwaira
19 October 2021

The funeral was held in Kut on Tuesday for a police captain [[a|who was shot dead on Sunday by unknown gunmen at a checkpoint in Al-Suwaira]]. A policeman with him was wounded and is in stable condition.
The Wasit police chief said the gunmen fled towards the orchards and promised "swift justice".""",
    [I("a", "2021-10-17", "on Sunday", "Al-Suwaira", "Suwaira", "Wasit", "unknown", None,
       "police", "shooting", 1, "who was shot dead", 1, "A policeman with him was wounded")])

doc("U9", "U", "2020-12-21", """Court sentences man over Rifai liquor-shop bombing
21 December 2020

The Dhi Qar criminal court on Sunday sentenced a man to death for [[a|the bombing of a liquor shop in Al-Rifai on 7 December 2020]], which killed a worker in the shop, the Supreme Judicial Council said. The statement described the convict as a member of "an outlaw group" but did not name it.
Lawyers for the family said they would seek compensation.""",
    [I("a", "2020-12-07", "on 7 December 2020", "Al-Rifai", "Rifai", "Dhi Qar", "unknown", None,
       "civilians", "ied", 1, "which killed a worker in the shop", None, None)])

doc("U10", "U", "2023-08-14", """A year after the Said Sadiq bombing, families still wait for answers
14 August 2023

[[a|One year ago, on 14 August 2022, a roadside bomb killed two Asayish members at a checkpoint outside Said Sadiq]], in Sulaymaniyah province. Two Asayish members were killed and a passer-by was injured.
At a small ceremony on Monday, relatives laid flowers at the checkpoint. "Nobody has told us who did it," said the mother of one of the men. The Asayish have never named a suspect.""",
    [I("a", "2022-08-14", "on 14 August 2022", "Said Sadiq", "Sayid Sadiq", "Sulaymaniyah", None, None,
       "security forces", "ied", 2, "Two Asayish members were killed", 1, "a passer-by was injured")])

doc("U11", "U", "2024-05-16", """Toll in Shamiya grenade attack rises to two dead
16 May 2024

[[a|A second man died on Wednesday of wounds from Tuesday's grenade attack on a tribal gathering in Al-Shamiya]], Qadisiyah province, police said, bringing the toll to two dead and six wounded. The first report had spoken of one dead and seven wounded.
Police said the attack was linked to a tribal dispute and that two suspects had been identified.""",
    [I("a", "2024-05-14", "Tuesday's", "Al-Shamiya", "Shamiya", "Qadisiyah", "unknown", None,
       "civilians", "other", 2, "bringing the toll to two dead", 6, "six wounded")])

doc("U12", "U", "2022-01-15", """Karbala mourns activist killed on Thursday
15 January 2022

Protesters carried the coffin of a young activist around the Karbala shrines on Saturday. [[a|He was shot dead on Thursday by gunmen on a motorcycle as he left a café on Al-Iskan street in Karbala]]. A friend with him was wounded.
Activists accused "militias" of the killing but did not name a group. The police said they were investigating.""",
    [I("a", "2022-01-13", "on Thursday", "Karbala", "Karbala", "Karbala", "unknown", None,
       "civilians", "shooting", 1, "He was shot dead", 1, "A friend with him was wounded")])
