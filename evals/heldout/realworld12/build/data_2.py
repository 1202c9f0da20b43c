"""realworld12 data 2: styles P (Wikipedia-like timeline / list entries),
F (provincial police / ministry Facebook posts, translated), R (human-rights
monitoring report excerpts)."""
from lib import I, doc

# ============================================================== P: Wikipedia-like
doc("P1", "P", "2023-04-02", """# 2023 in Iraq

From Wikipedia, the free encyclopedia

## Events

### March

- 1 March – The Council of Ministers approves the draft federal budget for 2023–2025.[21]
- [[a|2 March – Two members of the Popular Mobilization Forces were killed when Islamic State militants attacked their position near Mansuriyat al-Jabal, Diyala Governorate.]][22]
- 6 March – Pope Francis's 2021 visit is commemorated in Ur.[23]
- [[b|9 March – A roadside bomb wounded four farmers in the Abu Saida subdistrict of Diyala.]][24] No group claimed responsibility.[25]

This page was last edited on 2 April 2023, at 10:14 (UTC).""",
    [I("a", "2023-03-02", "2 March", "Mansuriyat al-Jabal", "Mansuriyat al-Jabal", "Diyala", "ISIS",
       "attributed", "PMU", "shooting", 2, "Two members of the Popular Mobilization Forces were killed", None, None),
     I("b", "2023-03-09", "9 March", "Abu Saida", "Abu Saida", "Diyala", "unknown", "unclaimed",
       "civilians", "ied", None, None, 4, "A roadside bomb wounded four farmers")], ext="md")

doc("P2", "P", "2021-10-04", """# List of terrorist incidents in Iraq in 2021

## September

| Date | Location | Dead | Injured | Perpetrator | Notes |
|---|---|---|---|---|---|
| 3 September | Tal Afar, Nineveh | 1 | 0 | Unknown | [[a|A police officer was shot dead by unknown gunmen near his home in Tal Afar.]][41] |
| 25 September | Qayyarah, Nineveh | 0 | 2 | ISIL | [[b|Two soldiers were wounded when an IED exploded near their vehicle south of Qayyarah.]][42] Attributed to ISIL by the Nineveh Operations Command. |
| 28 September | Erbil | 0 | 0 | – | Drone shot down near the airport; not counted as an attack by the sources.[43] |

This page was last edited on 4 October 2021, at 18:02 (UTC).""",
    [I("a", "2021-09-03", "3 September", "Tal Afar", "Tal Afar", "Nineveh", "unknown", None,
       "police", "shooting", 1, "A police officer was shot dead", None, None),
     I("b", "2021-09-25", "25 September", "Qayyarah", "Qayyarah", "Nineveh", "ISIS", "attributed",
       "army", "ied", None, None, 2, "Two soldiers were wounded")], ext="md")

doc("P3", "P", "2022-07-05", """# 2022 in Iraq

## Events

### June

- 1 June – Iraq's parliament passes the emergency food security law.[56]
- [[a|4 June – Three soldiers of the Iraqi Army were killed and two wounded in an ambush by ISIL militants near Al-Multaqa, south-west of Kirkuk.]][57][58]
- 15 June – Dust storms close airports in Baghdad, Najaf and Erbil.[59]
- [[b|27 June – An explosive device damaged an oil pipeline near Laylan, Kirkuk Governorate; there were no casualties.]][60]

This page was last edited on 5 July 2022, at 07:40 (UTC).""",
    [I("a", "2022-06-04", "4 June", "Al-Multaqa", "Multaqa", "Kirkuk", "ISIS", "attributed",
       "army", "ambush", 3, "Three soldiers of the Iraqi Army were killed", 2, "two wounded"),
     I("b", "2022-06-27", "27 June", "Laylan", "Laylan", "Kirkuk", None, None,
       "", "ied", 0, "there were no casualties", 0, "there were no casualties")], ext="md")

doc("P4", "P", "2020-11-09", """# List of attacks on the US-led coalition in Iraq (2020)

## October 2020

| Date | Location | Dead | Injured | Perpetrator | Notes |
|---|---|---|---|---|---|
| 3 October | Fallujah, Anbar | 0 | 0 | Unknown | [[a|An IED struck a convoy of trucks carrying supplies for the US-led coalition on the highway near Fallujah, causing no casualties.]][12] No claim.[13] |
| 28 October | Akashat, Anbar | 2 | 0 | ISIL | [[b|Two shepherds were killed by ISIL gunmen in the desert near Akashat.]][14]{{efn|Listed here because the shepherds guided coalition patrols, per one source.}} |

This page was last edited on 9 November 2020, at 21:15 (UTC).""",
    [I("a", "2020-10-03", "3 October", "Fallujah", "Fallujah", "Anbar", "unknown", "unclaimed",
       "US forces", "ied", 0, "causing no casualties", 0, "causing no casualties"),
     I("b", "2020-10-28", "28 October", "Akashat", "Akashat", "Anbar", "ISIS", "attributed",
       "civilians", "shooting", 2, "Two shepherds were killed", None, None)], ext="md")

doc("P5", "P", "2020-02-11", """2019–2021 Iraqi protests – Timeline (January 2020)

From Wikipedia, the free encyclopedia

January 2020
- 10 January – Protesters return to Tahrir Square for the "Friday of anger".[301]
- [[a|17 January – A sound bomb exploded near protesters' tents at the Turkish Restaurant building in Tahrir Square, Baghdad, wounding three protesters.]][302]
- 24 January – Muqtada al-Sadr withdraws his supporters from the squares.[303]
- [[b|29 January – Gunmen abducted an activist from the Al-Shaab district of Baghdad; he was released two days later, unharmed.]][304][305]

Retrieved 11 February 2020.""",
    [I("a", "2020-01-17", "17 January", "Tahrir Square, Baghdad", "Baghdad", "Baghdad", None, None,
       "civilians", "ied", None, None, 3, "wounding three protesters"),
     I("b", "2020-01-29", "29 January", "Al-Shaab", "Baghdad", "Baghdad", "unknown", None,
       "civilians", "kidnapping", 0, "he was released two days later, unharmed", 0,
       "he was released two days later, unharmed")])

doc("P6", "P", "2022-12-06", """ISIL insurgency in Iraq (2017–present) – Timeline of 2022

November
| Date | Location | Dead | Injured | Perpetrator | Notes |
|---|---|---|---|---|---|
| 6 November 2022 | Baiji, Saladin | 0 | 2 | Unknown | [[a|An IED exploded near an oil police vehicle in Baiji, wounding two officers.]][88] |
| 25 November 2022 | Ishaqi, Saladin | 1 | 0 | ISIL | [[b|ISIL militants shot dead a farmer at his field in Al-Ishaqi.]][89] |

Notes: casualty figures as reported by local media; see talk page for disputed entries.
Last edited 6 December 2022.""",
    [I("a", "2022-11-06", "6 November 2022", "Baiji", "Baiji", "Salahuddin", "unknown", None,
       "police", "ied", None, None, 2, "wounding two officers"),
     I("b", "2022-11-25", "25 November 2022", "Al-Ishaqi", "Ishaqi", "Salahuddin", "ISIS", "attributed",
       "civilians", "shooting", 1, "ISIL militants shot dead a farmer", None, None)])

doc("P7", "P", "2024-05-03", """Turkish military operations in Iraqi Kurdistan – 2024

April 2024
- [[a|9 April – A Turkish drone strike on a car near Sheladze killed one person whom local officials described as a PKK member.]][61]
- 17 April – Turkey's Defence Ministry says 14 "terrorists" were "neutralized" in the Claw-Lock zone; no details of places.[62]
- [[b|27 April – Turkish artillery shelled the vicinity of Bamerni, wounding a shepherd.]][63]

Retrieved 3 May 2024.""",
    [I("a", "2024-04-09", "9 April", "Sheladze", "Sheladze", "Dohuk", "Turkey", "attributed",
       "PKK", "airstrike_operation", 1, "killed one person", None, None),
     I("b", "2024-04-27", "27 April", "Bamerni", "Bamerni", "Dohuk", "Turkey", "attributed",
       "civilians", "mortar_rocket", None, None, 1, "wounding a shepherd")])

doc("P8", "P", "2019-10-20", """2019 Iraqi protests – Casualties (October)

| Date | Location | Dead | Injured | Notes |
|---|---|---|---|---|
| 1–2 October | Baghdad, Nasiriyah, others | see note | see note | Nationwide totals in the main article.[7] |
| 6 October | Sadr City, Baghdad | 9 | 60+ | [[a|Security forces fired live rounds at protesters in Sadr City, killing nine and injuring more than 60.]][8][9] |

Retrieved 20 October 2019.""",
    [I("a", "2019-10-06", "6 October", "Sadr City", "Baghdad", "Baghdad", "security forces", "attributed",
       "civilians", "shooting", 9, "killing nine", 60, "injuring more than 60")])

doc("P9", "P", "2021-07-01", """List of rocket and drone attacks on Ain al-Asad Airbase

2021
- 3 March 2021 – see main article.
- [[a|9 June 2021 – Three drones targeted Ain al-Asad Airbase in Anbar; air defences shot down two and the third caused no casualties.]][17] No group claimed the attack.[18]

Last edited on 1 July 2021.""",
    [I("a", "2021-06-09", "9 June 2021", "Ain al-Asad Airbase", "Ain al-Asad", "Anbar", "unknown", "unclaimed",
       "US forces", "other", 0, "caused no casualties", 0, "caused no casualties")])

doc("P10", "P", "2022-11-01", """Turkish drone strikes in Iraq – 2022 (Sulaymaniyah Governorate)

| Date | Location | Dead | Injured | Target | Notes |
|---|---|---|---|---|---|
| 18 October 2022 | Qaladiza | 1 | 1 | PKK / civilian | [[a|A Turkish drone struck a house near Qaladiza, killing a PKK member and injuring a civilian neighbour.]][33] |

Retrieved 1 November 2022.""",
    [I("a", "2022-10-18", "18 October 2022", "Qaladiza", "Qaladiza", "Sulaymaniyah", "Turkey", "attributed",
       "PKK+civilians", "airstrike_operation", 1, "killing a PKK member", 1, "injuring a civilian neighbour")])

doc("P11", "P", "2025-04-02", """2025 in Iraq

Events
March
- [[a|11 March – ISIL militants ambushed an army patrol near Tharthar, Saladin Governorate, killing a soldier and wounding two.]][14]
- 20 March – Nowruz celebrations held across the Kurdistan Region.[15]

This page was last edited on 2 April 2025, at 09:03 (UTC).""",
    [I("a", "2025-03-11", "11 March", "Tharthar", "Tharthar", "Salahuddin", "ISIS", "attributed",
       "army", "ambush", 1, "killing a soldier", 2, "wounding two")])

doc("P12", "P", "2020-06-01", """2020 in Iraq

Events
May
- 7 May – Mustafa al-Kadhimi is sworn in as Prime Minister.[31]
- [[a|12 May – A bomb exploded at a liquor store in Kut, Wasit Governorate, causing damage but no casualties.]][32]
- 26 May – Curfew extended over COVID-19.[33]

Retrieved 1 June 2020.""",
    [I("a", "2020-05-12", "12 May", "Kut", "Kut", "Wasit", None, None,
       "", "ied", 0, "causing damage but no casualties", 0, "causing damage but no casualties")])

# ============================================================== F: police Facebook posts
doc("F1", "F", "2023-03-16", """Diyala Police Command - the official page
16 March at 09:14 · 🌍

#Urgent
[[a|A cowardly terrorist attack with a hand grenade targeted last night a patrol of our police in the Al-Tahrir neighborhood of Baquba]], resulting in the injury of two heroes of our police who were taken to hospital and are in good health 🙏🇮🇶
The commander of Diyala police ordered the formation of a team to pursue the criminals.
#Diyala_Police #Security_of_the_citizen_is_our_responsibility

See translation
👍❤️😢 1.4K · 212 comments · 37 shares""",
    [I("a", "2023-03-15", "last night", "Al-Tahrir neighborhood of Baquba", "Baquba", "Diyala", None, None,
       "police", "other", None, None, 2, "resulting in the injury of two heroes of our police")],
    ext="json", title="Diyala Police Command", outlet="Facebook", published="2023-03-16T09:14:00+03:00")

doc("F2", "F", "2021-09-17", """Nineveh Police Command - official page
17 September 2021 · 🌍

🔴 #Urgent | [[a|The martyrdom of one of our police heroes at dawn today after the terrorist Daesh gangs fired on a police post in Al-Shura subdistrict]], south of Mosul.
We ask God to have mercy on our martyr and we vow to continue pursuing the remnants of terrorism.
#Nineveh_Police #Martyr

See translation
😢 2.1K · 390 comments""",
    [I("a", "2021-09-17", "at dawn today", "Al-Shura", "Shura", "Nineveh", "ISIS", "attributed",
       "police", "shooting", 1, "The martyrdom of one of our police heroes", None, None)],
    ext="json", title="Nineveh Police Command", outlet="Facebook", published="2021-09-17T07:02:00+03:00")

doc("F3", "F", "2022-06-13", """Kirkuk Police Command - the official page
13 June 2022 at 11:40 · 🌍

#Urgent ‼️
[[a|This morning an explosive device exploded next to a vehicle of our police in the Azadi neighborhood of Kirkuk]], wounding a policeman and a passer-by. The bomb squad teams of the heroes of our police cordoned off the area and searched it.
We call on citizens to report any suspicious object 📞 104
#Kirkuk_Police

See translation
👍😮 860 · 95 comments · 22 shares""",
    [I("a", "2022-06-13", "This morning", "Azadi neighborhood of Kirkuk", "Kirkuk", "Kirkuk", None, None,
       "police+civilians", "ied", None, None, 2, "wounding a policeman and a passer-by")],
    ext="json", title="Kirkuk Police Command", outlet="Facebook", published="2022-06-13T11:40:00+03:00")

doc("F4", "F", "2020-10-05", """Anbar Police Command
5 October 2020 · 🌍

بسم الله الرحمن الرحيم
[[a|At dawn on Sunday the terrorist Daesh remnants attacked a checkpoint of our police west of Hit]], which led to the martyrdom of two of our heroes and the injury of a third 🇮🇶💔
The heroes of our police and the army are now combing the area.
#Anbar_Police #Hit

See translation
😢❤️ 3.3K · 541 comments · 120 shares""",
    [I("a", "2020-10-04", "At dawn on Sunday", "Hit", "Hit", "Anbar", "ISIS", "attributed",
       "police", "shooting", 2, "which led to the martyrdom of two of our heroes", 1, "the injury of a third")],
    ext="json", title="Anbar Police Command", outlet="Facebook", published="2020-10-05T08:30:00+03:00")

doc("F5", "F", "2020-01-10", """Baghdad Police Command - Rusafa - official page
10 January 2020 ·

#Urgent
[[a|Yesterday evening an explosive device exploded near a patrol of the Federal Police in the Al-Mashtal area of eastern Baghdad]], injuring three of our heroes, who were taken to Al-Kindi hospital.
Our forces are continuing their investigations to reach the perpetrators.
#Baghdad_Police

See translation
👍 540 · 61 comments""",
    [I("a", "2020-01-09", "Yesterday evening", "Al-Mashtal area of eastern Baghdad", "Baghdad", "Baghdad",
       None, None, "police", "ied", None, None, 3, "injuring three of our heroes")])

doc("F6", "F", "2022-11-26", """Salahuddin Police Command - official page
26 November 2022 · 🌍

🔴 [[a|The heroes of our police repelled a terrorist attack at dawn today on a checkpoint near Al-Alam]], east of Tikrit, forcing the Daesh elements to flee. One of our heroes was lightly wounded and received treatment at Tikrit Teaching Hospital.
Glory to our heroes 🇮🇶
#Salahuddin_Police

See translation
👍❤️ 1.1K · 120 comments""",
    [I("a", "2022-11-26", "at dawn today", "Al-Alam", "Al-Alam", "Salahuddin", "ISIS", "attributed",
       "police", "shooting", None, None, 1, "One of our heroes was lightly wounded")])

doc("F7", "F", "2024-04-24", """Zakho Police Directorate - پۆلیسی زاخۆ
24 April 2024 · 🌍

[[a|This afternoon an unknown person threw a hand grenade at a mobile phone shop in the Zakho bazaar]], injuring the shop owner. Our teams are searching for the perpetrator. We call on citizens to stay calm.
#Zakho_Police

See translation
👍 210 · 34 comments""",
    [I("a", "2024-04-24", "This afternoon", "Zakho", "Zakho", "Dohuk", "unknown", None,
       "civilians", "other", None, None, 1, "injuring the shop owner")])

doc("F8", "F", "2021-09-12", """Basra Police Command - the official page
12 September 2021 at 08:05 · 🌍

#Urgent
[[a|At 2 a.m. today an explosive device exploded next to the house of a police officer in Abu al-Khasib district]], causing material damage without casualties. Our forces opened an investigation.
#Basra_Police

See translation
👍😡 730 · 88 comments · 15 shares""",
    [I("a", "2021-09-12", "At 2 a.m. today", "Abu al-Khasib", "Abu al-Khasib", "Basra", None, None,
       "police", "ied", 0, "causing material damage without casualties", 0,
       "causing material damage without casualties")])

doc("F9", "F", "2023-06-20", """Najaf Police Command - official page
20 June 2023 · 🌍

[[a|Unknown gunmen fired on a patrol of our police near Al-Haydariya on Tuesday night]], wounding one of our heroes who is in stable condition. The heroes of our police are pursuing the criminals 💪🇮🇶
#Najaf_Police

See translation
👍 480 · 57 comments""",
    [I("a", "2023-06-20", "on Tuesday night", "Al-Haydariya", "Haydariya", "Najaf", "unknown", None,
       "police", "shooting", None, None, 1, "wounding one of our heroes")])

doc("F10", "F", "2020-03-08", """Babil Police Command
8 March 2020 · 🌍

#Urgent
[[a|A hand grenade was thrown at the house of a police officer in Al-Mahawil district on Saturday night]], injuring his son. The criminal fled and our forces have set up checkpoints. 
#Babil_Police

See translation
😡 390 · 44 comments""",
    [I("a", "2020-03-07", "on Saturday night", "Al-Mahawil", "Mahawil", "Babil", None, None,
       "police+civilians", "other", None, None, 1, "injuring his son")])

doc("F11", "F", "2022-12-05", """Maysan Police Command - the official page
5 December 2022 at 12:10 · 🌍

[[a|An explosive device targeted yesterday the house of an officer of the anti-narcotics directorate in Al-Majar al-Kabir]], causing no casualties and damage to the front wall. Our forces will not be lenient with those who threaten the security of the province 🇮🇶
#Maysan_Police #Anti_Narcotics

See translation
👍 650 · 73 comments""",
    [I("a", "2022-12-04", "yesterday", "Al-Majar al-Kabir", "Majar al-Kabir", "Maysan", None, None,
       "police", "ied", 0, "causing no casualties", 0, "causing no casualties")])

doc("F12", "F", "2019-06-14", """Muthanna Police Command
14 June 2019 · 🌍

[[a|An explosive device exploded late last night at the door of a political party office in the city centre of Samawa]], without casualties. The bomb squad inspected the site and an investigation was opened.
#Muthanna_Police

See translation
👍 190 · 21 comments""",
    [I("a", "2019-06-13", "late last night", "Samawa", "Samawa", "Muthanna", None, None,
       "", "ied", 0, "without casualties", 0, "without casualties")])

# ============================================================== R: human-rights reports
doc("R1", "R", "2023-04-10", """UNAMI / OHCHR - Human Rights Update: Protection of Civilians, March 2023 (excerpt)

In March 2023, UNAMI documented 21 civilian casualties (8 killed, 13 injured) in Diyala Governorate, compared with 12 in February. Most were attributed to unidentified armed elements.

Individual incidents included the following. [[a|On 24 March, unidentified gunmen shot dead a man and his adult son at their farm in Buhriz, south of Baquba]]. Family members told UNAMI that the victims had received threats weeks earlier. [[b|At an unconfirmed date in March 2023, an improvised explosive device injured two children collecting scrap metal on the outskirts of Al-Khalis]]; UNAMI was unable to establish who placed the device.

UNAMI recalls that all parties must take measures to protect civilians.

Baghdad, 10 April 2023""",
    [I("a", "2023-03-24", "On 24 March", "Buhriz", "Buhriz", "Diyala", "unknown", None,
       "civilians", "shooting", 2, "shot dead a man and his adult son", None, None),
     I("b", "2023-03", "At an unconfirmed date in March 2023", "Al-Khalis", "Khalis", "Diyala", None, None,
       "civilians", "ied", None, None, 2, "injured two children", prec="month")])

doc("R2", "R", "2021-09-30", """Human Rights Watch | Dispatches
Iraq: Abductions at Checkpoints Near Syrian Border
September 30, 2021

[[a|On September 10, 2021, armed men at a makeshift checkpoint near Rabia, in Nineveh governorate, abducted two Arab men returning from a livestock market]]. Relatives told Human Rights Watch that one of the men was found dead three days later with gunshot wounds; the other is still missing.

Local officials said the gunmen "were not from the official forces", but no group has been identified. Human Rights Watch documented three other abductions in the Rabia area in 2020 and 2021 that remain unresolved.

Iraqi authorities should investigate and publish their findings.""",
    [I("a", "2021-09-10", "On September 10, 2021", "Rabia", "Rabia", "Nineveh", "unknown", None,
       "civilians", "kidnapping", 1, "one of the men was found dead three days later", None, None)])

doc("R3", "R", "2022-07-12", """Amnesty International - Public Statement (extract)
Iraq: Minorities in Kirkuk living under threat
12 July 2022

Turkmen and Kakai villagers south of Kirkuk told Amnesty International that attacks have increased since the spring. [[a|On 2 June 2022, gunmen shot dead a Turkmen farmer as he irrigated his field in Taza, south of Kirkuk city]]. His brother said the family had refused to sell their land.

[[b|In June 2022, at a date the organization could not confirm, suspected Islamic State members set fire to wheat fields belonging to Kakai families in Al-Riyadh subdistrict]]; no one was injured.

Amnesty International calls on the authorities to protect these communities.""",
    [I("a", "2022-06-02", "On 2 June 2022", "Taza", "Taza", "Kirkuk", "unknown", None,
       "civilians", "shooting", 1, "gunmen shot dead a Turkmen farmer", None, None),
     I("b", "2022-06", "In June 2022, at a date the organization could not confirm", "Al-Riyadh", "Riyadh",
       "Kirkuk", "ISIS", "suspected", "", "other", 0, "no one was injured", 0, "no one was injured",
       prec="month")])

doc("R4", "R", "2020-11-05", """UNAMI - Human Rights Office: Monthly Civilian Casualty Summary, October 2020

In October, UNAMI recorded 47 civilian casualties (19 killed, 28 injured) across Iraq. Anbar recorded 6 casualties.

[[a|On 15 October, an improvised explosive device killed two children herding sheep near Al-Qaim]], close to the Syrian border. Security officials told UNAMI that the device appeared to have been recently planted rather than left over from the conflict; no one has claimed responsibility.

UNAMI also received reports of threats against journalists in Ramadi, which it is verifying.

Baghdad, 5 November 2020""",
    [I("a", "2020-10-15", "On 15 October", "Al-Qaim", "Qaim", "Anbar", "unknown", "unclaimed",
       "civilians", "ied", 2, "killed two children herding sheep", None, None)])

doc("R5", "R", "2020-02-18", """UNAMI - Human Rights Special Report: Demonstrations in Iraq, update (extract)
Baghdad, 18 February 2020

Between 1 and 31 January 2020, UNAMI documented at least 33 deaths and more than 700 injuries among demonstrators nationwide.

[[a|On 24 January, security forces used live ammunition and tear gas against demonstrators at Al-Khilani Square in Baghdad]], killing three demonstrators and injuring at least 45. UNAMI observed that tear-gas canisters had been fired directly at people.

UNAMI continues to receive reports of abductions of activists, which it is verifying.""",
    [I("a", "2020-01-24", "On 24 January", "Al-Khilani Square in Baghdad", "Baghdad", "Baghdad",
       "security forces", "attributed", "civilians", "shooting+other", 3, "killing three demonstrators", 45,
       "injuring at least 45")])

doc("R6", "R", "2022-12-14", """Human Rights Watch
Iraq: Men Taken from Homes in Salah al-Din
December 14, 2022

[[a|On November 4, 2022, men in military uniforms arrived in four vehicles in Yathrib, in Salah al-Din governorate, and took away four men from their homes]], residents told Human Rights Watch. Two residents said they believed the men belonged to a Popular Mobilization Forces brigade deployed in the area. The fate of the four men is unknown.

The PMF denied involvement. Human Rights Watch has documented similar disappearances in Yathrib since 2017.""",
    [I("a", "2022-11-04", "On November 4, 2022", "Yathrib", "Yathrib", "Salahuddin", "PMU", "suspected",
       "civilians", "kidnapping", None, None, None, None)])

doc("R7", "R", "2024-05-06", """Community Peacemaker Teams - Iraqi Kurdistan
Monthly update on Turkish military operations: April 2024
6 May 2024

In April 2024, CPT documented 61 Turkish bombardments in the Kurdistan Region, most of them in Duhok governorate. These included artillery, drone and air strikes.

[[a|On 22 April, a Turkish drone struck a car near Sharanish village in Zakho district]], killing two civilians, a man and his nephew who were returning from their orchards, according to relatives. The Turkish Ministry of Defence did not comment.

CPT calls for an independent investigation.""",
    [I("a", "2024-04-22", "On 22 April", "Sharanish", "Zakho", "Dohuk", "Turkey", "attributed",
       "civilians", "airstrike_operation", 2, "killing two civilians", None, None)])

doc("R8", "R", "2019-05-15", """UNAMI - Protection of Civilians: Ninewa, April 2019 (excerpt)
Baghdad, 15 May 2019

In April 2019, UNAMI documented 9 civilian casualties in Ninewa governorate.

[[a|At an unconfirmed date in mid-April 2019, unknown assailants killed a shepherd in the desert west of Qayyarah]]; his body was found by relatives. UNAMI was unable to verify who was responsible.

Other reports, including threats against returnees in Hammam al-Alil, are being verified.""",
    [I("a", "2019-04", "At an unconfirmed date in mid-April 2019", "Qayyarah", "Qayyarah", "Nineveh",
       "unknown", None, "civilians", "other", 1, "killed a shepherd", None, None, prec="month")])

doc("R9", "R", "2021-04-08", """UNAMI - Human Rights Update on Demonstrations and Activists, March 2021
Baghdad, 8 April 2021

UNAMI documented 4 attacks on activists in March, 2 of them in Dhi Qar.

[[a|On 6 March, unidentified gunmen shot and injured a protest organiser in Suq al-Shuyukh, Dhi Qar]]. He was injured in the leg. The other Dhi Qar case, an anonymous threat, is not an attack.

UNAMI urges accountability.""",
    [I("a", "2021-03-06", "On 6 March", "Suq al-Shuyukh", "Suq al-Shuyukh", "Dhi Qar", "unknown", None,
       "civilians", "shooting", None, None, 1, "He was injured in the leg")])

doc("R10", "R", "2020-02-20", """Amnesty International - Urgent statement
Iraq: Karbala protesters attacked at night
20 February 2020

[[a|On 3 February 2020, masked men set fire to the tents of protesters on Education Street in Karbala and fired at those who tried to flee]]. One protester was killed and 12 others were injured, according to medics interviewed by Amnesty International.

Amnesty International has documented the killing of over 600 protesters across Iraq since October 2019.""",
    [I("a", "2020-02-03", "On 3 February 2020", "Karbala", "Karbala", "Karbala", "unknown", None,
       "civilians", "shooting+other", 1, "One protester was killed", 12, "12 others were injured")])

doc("R11", "R", "2024-08-01", """Human Rights Watch | Dispatches
Iraq: Environmental Defenders Under Threat in Basra
August 1, 2024

[[a|On July 14, 2024, unknown assailants threw a grenade at the home of an environmental activist in Al-Zubair]], Basra governorate, who had campaigned against gas flaring. No one was injured, his brother said.

At least five environmental activists in Basra have reported threats since 2023.""",
    [I("a", "2024-07-14", "On July 14, 2024", "Al-Zubair", "Zubair", "Basra", "unknown", None,
       "civilians", "other", 0, "No one was injured", 0, "No one was injured")])

doc("R12", "R", "2025-07-20", """Amnesty International - Press release (extract)
Iraq/Kurdistan: investigate killing of Iranian Kurdish dissident
20 July 2025

[[a|On 3 July 2025, an unidentified gunman shot dead a member of an Iranian Kurdish opposition party outside his home in Koya]], Erbil governorate, killing him instantly. Amnesty International has documented six similar killings in the Kurdistan Region since 2019.

The Kurdistan Region's authorities must carry out a prompt investigation.""",
    [I("a", "2025-07-03", "On 3 July 2025", "Koya", "Koya", "Erbil", "unknown", None,
       "civilians", "shooting", 1, "killing him instantly", None, None)])
