"""Styles T (Turkish Ministry of National Defence statements and PKK / HPG
statements), O (satellite-imagery / OSINT analysis notes; 4 as .md) and E
(election-observer reports; 3 as .csv incident logs)."""
from lib import I, doc


# ------------------------------------------------------------------ T: Turkish MoD / HPG statements
doc("T1", "T", "2022-08-12", """T.C. Milli Savunma Bakanlığı / Republic of Türkiye Ministry of National Defence
Press statement (English translation) | 12.08.2022

[[a|In the Metina region of northern Iraq, 4 PKK terrorists who were detected by our intelligence on 11 August were neutralised in an air-supported operation]]. Our struggle against terrorism will continue until the last terrorist is neutralised. #MSB #TSK

(Turkish usage: "neutralised" covers killed, captured or surrendered.)
""", [I("a", "2022-08-11", "on 11 August", "Metina", "Metina", "Dohuk", "Turkey", "claimed", "PKK",
        "airstrike_operation", None, None, None, None)])

doc("T2", "T", "2022-08-20", """HPG Press Centre - Statement
20 August 2022

To the public: our guerrilla forces continue to resist the occupation attacks of the invading Turkish army in the Medya Defence Zones.

[[a|On 18 August at 14:00, our forces carried out an action against the invading Turkish army on the Girê Cûdî hill in the Zap region]]; 3 soldiers of the invading army were killed and the position was damaged. The invading army responded with artillery and helicopters.

We salute the resistance of our comrades.
Peoples' Defence Centre (HPG)
""", [I("a", "2022-08-18", "On 18 August", "Zap", "Zap", "Dohuk", "PKK", "claimed", "Turkey", "other",
        3, "3 soldiers of the invading army were killed", None, None)])

doc("T3", "T", "2022-08-29", """Republic of Türkiye Ministry of National Defence
Statement No. 2022/148 | 29.08.2022

[[a|On 27 August, PKK terrorists opened harassment fire on our base area in the Avashin region of northern Iraq]]. 1 of our heroic comrades-in-arms was martyred and 2 were wounded; the wounded were evacuated to hospital. The terrorists responsible were targeted and the area was brought under fire. May God rest the soul of our martyr.
""", [I("a", "2022-08-27", "On 27 August", "Avashin", "Avashin", "Dohuk", "PKK", "attributed", "Turkey",
        "shooting", 1, "1 of our heroic comrades-in-arms was martyred", 2, "2 were wounded")])

doc("T4", "T", "2019-06-29", """HPG Press Centre - Statement on civilian victims
29 June 2019

The fascist Turkish state continues its attacks on the civilian villages of South Kurdistan. [[a|On 27 June 2019, warplanes of the invading Turkish army bombed the orchards of Kani Rash village near Sidakan]]; 3 villagers were wounded and the orchards were set on fire. We call on the Iraqi government and the KRG to break their silence.
""", [I("a", "2019-06-27", "On 27 June 2019", "Sidakan", "Soran", "Erbil", "Turkey", "attributed", "civilians",
        "airstrike_operation", None, None, 3, "3 villagers were wounded")])

doc("T5", "T", "2021-10-06", """HPG Press Centre - Martyr statement
6 October 2021

[[a|On 4 October, a combat drone of the invading Turkish state struck the car of our comrades on the road near Penjwen]]. 2 of our comrades fell martyr in this attack. Their identities are given below.

Nom de guerre: Rojhat Zagros - Place of birth: Mahabad
Nom de guerre: Berivan Amed - Place of birth: Diyarbakir

The martyrs of freedom are immortal.
""", [I("a", "2021-10-04", "On 4 October", "Penjwen", "Penjwen", "Sulaymaniyah", "Turkey", "attributed", "PKK",
        "airstrike_operation", 2, "2 of our comrades fell martyr", None, None)])

doc("T6", "T", "2022-08-28", """Republic of Türkiye Ministry of National Defence
Press statement | 28.08.2022 (English translation)

[[a|On 26 August, our base area in the Metina region was targeted by the terrorists with 2 rockets]]; there were no casualties. The location from which the fire came was detected and destroyed by our fire-support vehicles. Terrorists cannot escape the end that awaits them.
""", [I("a", "2022-08-26", "On 26 August", "Metina", "Metina", "Dohuk", "PKK", "attributed", "Turkey",
        "mortar_rocket", 0, "there were no casualties", 0, "there were no casualties")])

doc("T7", "T", "2023-06-17", """YBŞ General Command - Statement (translated from Kurdish)
17 June 2023

[[a|On 15 June 2023, a drone of the Turkish occupation state struck a vehicle of our forces in the centre of Shengal]]. 2 of our fighters were martyred. This attack took place in front of the eyes of the Iraqi government, which has signed the Shengal agreement with the KDP. We call on our Ezidi people to stand against these attacks.
""", [I("a", "2023-06-15", "On 15 June 2023", "Shengal", "Sinjar", "Nineveh", "Turkey", "attributed", "PKK",
        "airstrike_operation", 2, "2 of our fighters were martyred", None, None)])

doc("T8", "T", "2020-07-15", """Republic of Türkiye Ministry of National Defence
Press statement | 15.07.2020

[[a|On 14 July, in the Haftanin region, as a result of the explosion of a hand-made explosive laid by terrorists]], 1 of our heroic comrades-in-arms was martyred and 3 were wounded. The wounded were taken to hospital. Our operations in the Claw-Eagle area continue. We wish God's mercy on our martyr and condolences to his family.
""", [I("a", "2020-07-14", "On 14 July", "Haftanin", "Haftanin", "Dohuk", "PKK", "attributed", "Turkey", "ied",
        1, "1 of our heroic comrades-in-arms was martyred", 3, "3 were wounded")])

doc("T9", "T", "2023-09-12", """HPG Press Centre - Statement
12 September 2023

[[a|On 10 September, a drone of the invading Turkish army bombed a car near the village of Sargalu in the Sulaymaniyah region]]. Our comrade Zinar Serhed fell martyr; the driver of the car, a civilian from the village, was wounded. The KRG, which opens its airspace to the occupiers, is a partner in these crimes.
""", [I("a", "2023-09-10", "On 10 September", "Sargalu", "Sargalu", "Sulaymaniyah", "Turkey", "attributed",
        "PKK+civilians", "airstrike_operation", 1, "Our comrade Zinar Serhed fell martyr", 1,
        "a civilian from the village, was wounded")])

doc("T10", "T", "2024-05-22", """Hakkari Governorate - Press statement (English translation)
22.05.2024

[[a|On 21 May, terrorists of the separatist terrorist organisation PKK opened fire on a military outpost in the rural area of Şemdinli district]]. 1 soldier was martyred. An operation has been launched to capture the terrorists. The public will be informed.
""", [I("a", "2024-05-21", "On 21 May", "Şemdinli", None, None, "PKK", "attributed", "Turkey", "shooting",
        1, "1 soldier was martyred", None, None, country="Turkey")], country="Turkey")

doc("T11", "T", "2024-05-19", """HPG Press Centre - Statement
19 May 2024

[[a|On 17 May, our guerrilla forces carried out a sabotage action against soldiers of the invading army on the road near Amêdiyê]]. As a result of the action 2 soldiers were killed. Since the beginning of the spring, the invading army has increased its attacks on the villages of the region with the support of the KDP.
""", [I("a", "2024-05-17", "On 17 May", "Amêdiyê", "Amedi", "Dohuk", "PKK", "claimed", "Turkey", "ied",
        2, "2 soldiers were killed", None, None)])

doc("T12", "T", "2024-02-03", """Republic of Türkiye Ministry of National Defence
Weekly press briefing (English summary) | 3 February 2024

- [[a|3 PKK terrorists detected in the Hakurk region of northern Iraq on 1 February were neutralised]].
- Since 1 January, 152 terrorists have been neutralised in total (aggregate).
- Border security: 612 people trying to cross the borders illegally were caught.
- The Ministry answered questions on the procurement of new aircraft.
""", [I("a", "2024-02-01", "on 1 February", "Hakurk", "Hakurk", "Erbil", "Turkey", "claimed", "PKK",
        "airstrike_operation", None, None, None, None)])


# ------------------------------------------------------------------ O: OSINT / satellite-imagery notes
doc("O1", "O", "2021-05-26", """# Geolocation note: IED strike on army Humvee, Baladruz-Mandali road

Published 26 May 2021 | Open-source research desk

**Claim.** A video shared on Telegram on 24 May shows an explosion beside an Iraqi army Humvee on a two-lane road lined with palm groves.

**Geolocation.** Canal bend and a grain silo visible at 0:07 match Sentinel-2 imagery at approx. 33.78N, 45.43E, about 9 km north-east of Baladruz on the road to Mandali.

**Corroboration.** [[a|The Security Media Cell said Daesh terrorist remnants detonated an IED against an army vehicle near Baladruz on 23 May]], killing one soldier and wounding two.

**Confidence:** high.
""", [I("a", "2021-05-23", "on 23 May", "Baladruz", "Baladruz", "Diyala", "ISIS", "attributed", "army", "ied",
        1, "killing one soldier", 2, "wounding two")], ext="md")

doc("O2", "O", "2023-12-12", """OSINT note | K1 base, Kirkuk - imagery review
12 December 2023

Sentinel-2 imagery of 10 December shows a fresh burn scar of about 40 x 25 m at the north-eastern edge of the K1 base compound, absent on 5 December.

[[a|Local media reported that a drone struck the K1 base on the night of 8 December]]; no casualties were reported. No group claimed the attack. The scar matches a fire in a vehicle park rather than a structure.

Imagery: Copernicus Sentinel-2 (10 m). Assessment: moderate confidence that the scar is linked to the reported strike.
""", [I("a", "2023-12-08", "on the night of 8 December", "K1 base", "Kirkuk", "Kirkuk", "unknown", "unclaimed",
        "army", "other", 0, "no casualties were reported", 0, "no casualties were reported")])

doc("O3", "O", "2022-08-17", """OSINT note | Strike on vehicle near Deraluk
17 August 2022

Footage posted by a Kurdish outlet shows a burnt-out pickup on a mountain road. Ridge line and a bridge over the Great Zab match Google Earth imagery 2.5 km east of Deraluk.

[[a|The strike on the vehicle near Deraluk on 15 August killed two men]], whom Kurdish media identified as PKK members. The munition damage (small crater, shredded cab) is consistent with a Turkish UAV-launched MAM-L; Ankara has not confirmed.

Assessment: probable Turkish drone strike.
""", [I("a", "2022-08-15", "on 15 August", "Deraluk", "Deraluk", "Dohuk", "Turkey", "suspected", "PKK",
        "airstrike_operation", 2, "killed two men", None, None)])

doc("O4", "O", "2025-11-20", """# Imagery brief: IED on Hashd vehicle south of Baaj

Published 20 November 2025

A photo of the wreck circulated on 17 November. Track marks and a berm line match Planet imagery 6 km south of Baaj, on the desert road towards the Syrian border.

[[a|Hashd media said an IED hit one of their vehicles south of Baaj on 16 November]], killing one fighter and wounding two. It did not say who was behind it.

Planet SkySat imagery of 18 November shows a scorch mark on the berm. Confidence: moderate.
""", [I("a", "2025-11-16", "on 16 November", "Baaj", "Baaj", "Nineveh", None, None, "PMU", "ied",
        1, "killing one fighter", 2, "wounding two")], ext="md")

doc("O5", "O", "2021-09-15", """OSINT note | Rocket launch site and impacts, southern Baghdad
15 September 2021

Geolocated from police photos: a launch rail with six empty tubes on a pickup was photographed by police in Al-Bu'aitha, on the southern edge of the capital. Firing direction estimated from the rail alignment: north.

[[a|Two rockets fell on houses in Al-Dora on 13 September]], injuring two civilians; there were no deaths. Impact photos match roofs about 300 m from the Dora refinery fence.

No group claimed the launch.
""", [I("a", "2021-09-13", "on 13 September", "Al-Dora", "Baghdad", "Baghdad", "unknown", "unclaimed", "civilians",
        "mortar_rocket", 0, "there were no deaths", 2, "injuring two civilians")])

doc("O6", "O", "2020-02-16", """OSINT note | Balad air base - imagery after rocket attack
16 February 2020

Planet imagery of 14 February shows three small impact craters near the runway apron of Balad air base, an Iraqi Air Force base that also hosts U.S. contractors who maintain the F-16 fleet.

[[a|Rockets struck Balad air base late on 12 February]], causing no casualties, according to the Iraqi military. The launch point was not identified.

Assessment: no damage to aircraft shelters visible.
""", [I("a", "2020-02-12", "late on 12 February", "Balad air base", "Balad", "Salahuddin", None, None, "army",
        "mortar_rocket", 0, "causing no casualties", 0, "causing no casualties")])

doc("O7", "O", "2023-11-07", """# Imagery note: drone attack on Ain al-Asad

Published 7 November 2023

Sentinel-2 imagery of 6 November shows no visible new damage on the airfield. Video from inside the base shows an air-defence launch at night.

[[a|The "Islamic Resistance in Iraq" claimed a drone attack on Ain al-Asad on 5 November]]; US officials said there were no injuries and minimal damage. It was one of dozens of such attacks on bases since mid-October (aggregate).

Confidence: low (no damage identified).
""", [I("a", "2023-11-05", "on 5 November", "Ain al-Asad", "Ain al-Asad", "Anbar", "PMU", "claimed", "US forces",
        "other", 0, "there were no injuries", 0, "there were no injuries")], ext="md")

doc("O8", "O", "2024-03-20", """OSINT note | Strike on PMF positions at Jurf al-Nasr
20 March 2024

Imagery of 19 March shows two destroyed buildings in a walled compound on the north bank of the Euphrates at Jurf al-Nasr.

[[a|Unidentified aircraft struck a PMF compound at Jurf al-Nasr on the night of 17 March]], killing two fighters, the PMF said. U.S. officials denied involvement. No one else has commented.

Assessment: precision munitions; attribution open.
""", [I("a", "2024-03-17", "on the night of 17 March", "Jurf al-Nasr", "Jurf al-Nasr", "Babil", "unknown", None,
        "PMU", "airstrike_operation", 2, "killing two fighters", None, None)])

doc("O9", "O", "2024-02-05", """OSINT note | Strikes near Al-Bukamal, Syria
5 February 2024

Imagery of 3 February shows a flattened warehouse complex 4 km west of Al-Bukamal, across the border from Al-Qaim.

[[a|U.S. strikes hit an Iran-backed militia depot near Al-Bukamal on 2 February]], according to CENTCOM. A war monitor reported casualties but gave no firm figure.

Assessment: the depot is destroyed; the nearby border crossing is intact.
""", [I("a", "2024-02-02", "on 2 February", "Al-Bukamal", None, None, "US forces", "claimed", "",
        "airstrike_operation", None, None, None, None, country="Syria")], country="Syria")

doc("O10", "O", "2022-04-13", """# Imagery note: pipeline fire near Amarah

Published 13 April 2022

Sentinel-2 SWIR imagery of 11 April shows an active fire on the export line of the Halfaya field, south-east of Amarah.

[[a|An explosive device blew up a section of the pipeline at the Halfaya field, south-east of Amarah, on 10 April]], causing a fire but no casualties, the Maysan Oil Company said. No one claimed it.

The fire was out by 12 April imagery.
""", [I("a", "2022-04-10", "on 10 April", "Halfaya field", "Amarah", "Maysan", "unknown", "unclaimed", "", "ied",
        0, "causing a fire but no casualties", 0, "causing a fire but no casualties")], ext="md")

doc("O11", "O", "2021-06-09", """OSINT note | Convoy IED near Al-Batha
9 June 2021

A video of burning lorries on the Nasiriyah-Samawah highway was geolocated to the Al-Batha overpass using the road sign and a mosque dome.

[[a|An IED hit a logistics convoy working for the U.S.-led coalition near Al-Batha on 7 June]], lightly injuring one Iraqi driver, police said. Convoys on this road have been targeted repeatedly since 2020 (no details).

Assessment: two trucks burnt out.
""", [I("a", "2021-06-07", "on 7 June", "Al-Batha", "Batha", "Dhi Qar", None, None, "US forces", "ied",
        None, None, 1, "lightly injuring one Iraqi driver")])

doc("O12", "O", "2024-07-09", """OSINT note | Blast at checkpoint, Ain al-Tamr road
9 July 2024

Dashcam footage posted on 8 July shows a flash beside a police checkpoint; the water tower and the desert ridge match imagery of the checkpoint 3 km east of Ain al-Tamr.

[[a|An explosive device went off at the police checkpoint outside Ain al-Tamr on 7 July]], wounding three policemen, Karbala police said. They did not say who they suspected.
""", [I("a", "2024-07-07", "on 7 July", "Ain al-Tamr", "Ain al-Tamr", "Karbala", None, None, "police", "ied",
        None, None, 3, "wounding three policemen")])


# ------------------------------------------------------------------ E: election-observer reports
doc("E1", "E", "2021-05-31", """Iraq Election Observation Network - Pre-electoral Period Report No. 2
Period covered: 1-31 May 2021 | Issued 31 May 2021

3.4 Security environment

Observers recorded 14 incidents of campaign-related intimidation nationwide (aggregate). [[a|On 11 May, unknown gunmen shot and wounded a prospective candidate outside his house in Khalis]], Diyala; the man had announced his candidacy a week earlier. Police opened an investigation. Elsewhere in the governorate, observers noted threats against campaign staff via social media, and [[b|during the second half of May a campaign office in Baladruz was set on fire at night (exact date not recorded)]]; no one was inside.

Recommendation: the IHEC and the Ministry of Interior should publish a protection plan for candidates.
""", [I("a", "2021-05-11", "On 11 May", "Khalis", "Khalis", "Diyala", "unknown", None, "civilians", "shooting",
        None, None, 1, "shot and wounded a prospective candidate"),
      I("b", "2021-05", "during the second half of May", "Baladruz", "Baladruz", "Diyala", None, None, "", "other",
        0, "no one was inside", 0, "no one was inside", prec="month")])

doc("E2", "E", "2023-12-17", """observer_incident_log_Kirkuk_export 17/12/2023 (provincial council elections)
date,district,location,category,description,casualties,verified
2023-12-12,Hawija,Hawija centre,Campaign material,Posters of two candidates torn down,none,yes
[[a|2023-12-13,Dibis,Dibis,Violence,Explosive device went off at the campaign office of a Kurdish list in Dibis overnight,none,yes]]
2023-12-14,Kirkuk,Kirkuk city,Hate speech,Speech at rally targeting another community,none,partial
[[b|2023-12-15,Kirkuk,Rahimawa (Kirkuk city),Violence,Gunmen fired at a candidate's car in Rahimawa,1 injured (driver),yes]]
2023-12-16,Daquq,Daquq,Access,Observer denied entry to a registration office,none,yes
""", [I("a", "2023-12-13", "2023-12-13", "Dibis", "Dibis", "Kirkuk", None, None, "", "ied",
        0, "none", 0, "none"),
      I("b", "2023-12-15", "2023-12-15", "Rahimawa", "Kirkuk", "Kirkuk", "unknown", None, "civilians", "shooting",
        None, None, 1, "1 injured (driver)")], ext="csv")

doc("E3", "E", "2024-10-22", """Election Observation Mission - Kurdistan Region Parliamentary Elections, 20 October 2024
Preliminary Statement | Erbil, 22 October 2024

Campaign environment

The campaign was largely calm, although the mission noted isolated incidents. [[a|On 15 October, gunmen fired at a campaign vehicle of an opposition list in Koya]], injuring one campaigner. The party accused a rival; police did not name any suspect. [[b|Earlier in October, on a date the mission could not establish, the office of a small party in Soran was set on fire]]; there were no casualties. The mission also received reports of pressure on public employees to attend rallies.

The mission will publish its final report within two months.
""", [I("a", "2024-10-15", "On 15 October", "Koya", "Koya", "Erbil", "unknown", None, "civilians", "shooting",
        None, None, 1, "injuring one campaigner"),
      I("b", "2024-10", "Earlier in October", "Soran", "Soran", "Erbil", None, None, "", "other",
        0, "there were no casualties", 0, "there were no casualties", prec="month")])

doc("E4", "E", "2025-11-13", """International Election Observation Mission - Iraq Council of Representatives Elections, 11 November 2025
Statement of Preliminary Findings and Conclusions | Baghdad, 13 November 2025

Security

Election day passed without major security incidents. [[a|On 7 November, an improvised explosive device went off near a school being prepared as a polling centre in Qayyarah]], wounding two policemen guarding it. Observers in Ninewa reported a heavy security presence and vehicle bans on election day.
""", [I("a", "2025-11-07", "On 7 November", "Qayyarah", "Qayyarah", "Nineveh", None, None, "police", "ied",
        None, None, 2, "wounding two policemen")])

doc("E5", "E", "2021-09-24", """Shams Network for Monitoring Elections - Weekly campaign monitoring bulletin (translated)
Week of 18-24 September 2021 | Baghdad, 24 September 2021

- Observers recorded 37 campaign violations in Baghdad (aggregate), most of them use of state resources.
- [[a|On 20 September, unknown persons threw a hand grenade at the campaign office of an independent candidate in the Al-Shu'la district of Baghdad]]; there were no injuries, the office front was damaged.
- Two candidates withdrew in Karkh citing threats.
""", [I("a", "2021-09-20", "On 20 September", "Al-Shu'la", "Baghdad", "Baghdad", "unknown", None, "", "other",
        0, "there were no injuries", 0, "there were no injuries")])

doc("E6", "E", "2023-12-20", """observer_log_Salahuddin (provincial council elections), exported 20/12/2023
date;district;place;type;description;casualties
2023-12-16;Tuz Khurmatu;Tuz Khurmatu;Violence;[[a|Shots fired at the house of a Turkmen candidate in Tuz Khurmatu at night, no casualties]];0
2023-12-17;Samarra;Samarra;Procedural;Late opening of special voting centre;-
2023-12-18;Baiji;Baiji;Access;Vehicle ban delayed observers;-
2023-12-18;Tikrit;Tikrit;Procedural;Voter list missing names;-
2023-12-18;Shirqat;Shirqat;Procedural;Observers not admitted to counting for 40 minutes;-
2023-12-19;Balad;Balad;Campaign material;Posters found inside polling centre perimeter;-
""", [I("a", "2023-12-16", "2023-12-16", "Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", None, None, "civilians",
        "shooting", 0, "no casualties", 0, "no casualties")], ext="csv")

doc("E7", "E", "2023-12-14", """Iraq Election Observation Network - Provincial Elections 2023
Campaign period report | Basra, 14 December 2023

Security incidents

[[a|On 10 December, an explosive device went off at the home of a provincial council candidate in Al-Zubair]], causing material damage only. The candidate blamed political rivals. In Basra city, observers noted armed escorts at several rallies.

Overall assessment: campaign calm but tense in Zubair and Abu al-Khasib.
""", [I("a", "2023-12-10", "On 10 December", "Al-Zubair", "Zubair", "Basra", None, None, "civilians", "ied",
        0, "causing material damage only", 0, "causing material damage only")])

doc("E8", "E", "2024-10-21", """eom_krg2024_incidents.csv | EU-style election observation mission, Kurdistan Region election | export 21/10/2024
incident_date,governorate,district,incident,killed,injured,source
2024-10-18,Sulaymaniyah,Sulaymaniyah,Vote buying allegation,0,0,LTO
[[a|2024-10-19,Sulaymaniyah,Ranya,Polling agent shot at his home in Ranya the night before election day,1,0,LTO + police]]
2024-10-20,Duhok,Zakho,Argument at polling station,0,0,STO
2024-10-20,Erbil,Erbil,Power cut at counting centre,0,0,LTO
2024-10-20,Sulaymaniyah,Kalar,Voters turned away (biometric card fault),0,0,STO
2024-10-20,Duhok,Amedi,Campaigning near polling station,0,0,STO
2024-10-21,Erbil,Soran,Complaint over late opening,0,0,LTO
""", [I("a", "2024-10-19", "2024-10-19", "Ranya", "Ranya", "Sulaymaniyah", None, None, "civilians", "shooting",
        1, "1", 0, "0")], ext="csv")

doc("E9", "E", "2023-12-19", """Iraq Election Observation Network - Najaf Governorate
Election day report | Najaf, 19 December 2023

Observers were deployed to 112 polling centres in Najaf, Kufa and Al-Manathira. Voting opened on time in 96 percent of stations. No security incidents were recorded in the governorate on election day. Observers noted crowding at centres in Kufa and several voters turned away for lack of biometric cards. The security plan included a vehicle ban from midnight.
""", noise=True)

doc("E10", "E", "2021-10-07", """Shams Network for Monitoring Elections - Dhi Qar field report (translated)
Nasiriyah, 7 October 2021

Three days before polling, observers in Dhi Qar recorded a grave incident: [[a|on 5 October, gunmen killed the campaign manager of an independent candidate in Al-Rifai]]. The candidate suspended his campaign. Observers also recorded two torn-down billboards in Al-Shatra and a dispute at a rally in Suq al-Shuyukh.
""", [I("a", "2021-10-05", "on 5 October", "Al-Rifai", "Rifai", "Dhi Qar", "unknown", None, "civilians", "shooting",
        1, "killed the campaign manager", None, None)])

doc("E11", "E", "2025-11-05", """Election Observation - Anbar Governorate weekly note
Ramadi, 5 November 2025

[[a|On 2 November, an explosive device destroyed a large campaign billboard in the centre of Ramadi]]; no one was hurt. Observers note that billboards of several lists were defaced during the week. Campaign events in Fallujah, Hit and Al-Qaim passed without incident.
""", [I("a", "2025-11-02", "On 2 November", "Ramadi", "Ramadi", "Anbar", None, None, "", "ied",
        0, "no one was hurt", 0, "no one was hurt")])

doc("E12", "E", "2025-11-10", """International Election Observation Mission - Long-term observers' update, Maysan
Amarah, 10 November 2025

[[a|On 8 November, unknown gunmen fired on a candidate's convoy near Ali al-Gharbi]], wounding two of his guards. The candidate was unhurt. Observers report that the security forces have increased checkpoints on the Amarah-Kut road ahead of election day.
""", [I("a", "2025-11-08", "On 8 November", "Ali al-Gharbi", "Ali al-Gharbi", "Maysan", "unknown", None,
        "civilians", "shooting", None, None, 2, "wounding two of his guards")])
