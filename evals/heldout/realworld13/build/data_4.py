"""realworld13 data, part 4: styles E (email chains with forwarded headers),
S (academic-paper paragraphs with citations) and F (fixed-width plaintext
tables pasted from PDFs)."""
from lib import I, doc

# =====================================================================  E
# Email chains: the report date is the newest "Sent:" line; relative dates
# in a quoted message count from that message's own "Sent:" line.

doc("E1", "E", "2020-08-10", """From: Security Focal Point - Diyala
Sent: Monday, 10 August 2020 08:15
To: Field Staff - Diyala; Programme Managers
Subject: FW: INCIDENT - Jalawla (UPDATE)

All, forwarding below. Latest from Jalawla hospital: 2 killed, 3 injured (one of the injured died overnight). Movements to Jalawla and Saadiya on hold until Thursday.

Regards,
SFP Diyala

-----Original Message-----
From: Area Security Assistant - Khanaqin
Sent: Sunday, 9 August 2020 22:41
To: Security Focal Point - Diyala
Subject: INCIDENT - Jalawla

[[a|At approx. 20:30 tonight an IED detonated next to a minibus carrying day labourers at the northern entrance of Jalawla]]. Initial info: 1 killed, 4 injured. No claim. None of our staff involved. Will update in the morning.""", [
    I("a", "2020-08-09", "At approx. 20:30 tonight", "Jalawla", "Jalawla", "Diyala", "unknown", "unclaimed",
      "civilians", "ied", 2, "2 killed", 3, "3 injured"),
])

doc("E2", "E", "2022-01-19", """From: Protection Officer - Sinjar
Sent: Wednesday, 19 January 2022 11:02
To: Protection Cluster - Ninewa
Subject: RE: Abduction near Tal Qasab

Update: both men were released this morning, unharmed, after mediation by their tribe. Families asked us not to share names.

-----Original Message-----
From: Protection Officer - Sinjar
Sent: Monday, 17 January 2022 09:30
To: Protection Cluster - Ninewa
Subject: Abduction near Tal Qasab

Dear colleagues, [[a|yesterday afternoon gunmen stopped a car near the village of Tal Qasab, south of Sinjar, and abducted two men]]. The two are returnees from Khanke camp. No group has been identified. Please avoid the Tal Qasab road until further notice.""", [
    I("a", "2022-01-16", "yesterday afternoon", "Tal Qasab", "Sinjar", "Nineveh", "unknown", None,
      "civilians", "kidnapping", 0, "both men were released this morning, unharmed", 0,
      "both men were released this morning, unharmed"),
])

doc("E3", "E", "2021-10-11", """From: Field Office Kirkuk
Sent: Monday, 11 October 2021 07:50
To: Country Office Security
Subject: FW: Election day - incidents Kirkuk

All - no change overnight. Staff movement resumes today under normal rules.

-----Original Message-----
From: Field Office Kirkuk
Sent: Sunday, 10 October 2021 22:05
To: Country Office Security
Subject: Election day - incidents Kirkuk

1) [[a|At around 17:30 today a hand grenade was thrown at the entrance of a polling centre in Dibis, slightly injuring a police officer]].
2) An IED was found and defused near Altun Kupri in the afternoon.
3) Turnout at the sites we visited looked low. No staff affected.""", [
    I("a", "2021-10-10", "At around 17:30 today", "Dibis", "Dibis", "Kirkuk", None, None,
      "police", "other", None, None, 1, "slightly injuring a police officer"),
])

doc("E4", "E", "2019-07-24", """From: Logistics Officer - Ramadi hub
Sent: Wednesday, 24 July 2019 07:02
To: WASH Team Anbar; Security
Subject: RE: Water trucking suspended - Kubaisa

Confirmed now: [[a|overnight Monday into Tuesday an IED detonated under a water-tanker truck contracted by our partner near Kubaisa, killing the driver]]. No one else was injured. Trucking to Kubaisa stays suspended this week.

-----Original Message-----
From: Partner Liaison - Hit
Sent: Tuesday, 23 July 2019 06:15
To: Logistics Officer - Ramadi hub
Subject: Water trucking suspended - Kubaisa

Our tanker to Kubaisa did not arrive; the driver is missing and police report an explosion on that road during the night. Please hold tomorrow's loads.""", [
    I("a", "2019-07-22", "overnight Monday into Tuesday", "Kubaisa", "Kubaisa", "Anbar", None, None,
      "civilians", "ied", 1, "killing the driver", 0, "No one else was injured"),
])

doc("E5", "E", "2019-10-31", """From: Country Security Adviser
Sent: Thursday, 31 October 2019 12:40
To: All Baghdad Staff
Subject: RE: Khilani Square - staff movement

Correction to my note below: MoH figures now 2 killed, 9 injured. Khilani and Tahrir remain off-limits.

-----Original Message-----
From: Country Security Adviser
Sent: Tuesday, 29 October 2019 08:05
To: All Baghdad Staff
Subject: Khilani Square - staff movement

[[a|Around 23:00 yesterday, unidentified men in a pickup fired on protest tents at Al-Khilani Square]], killing one protester and wounding five. Avoid Al-Rasheed Street and the Sinak bridge approaches. Work from home where possible.""", [
    I("a", "2019-10-28", "Around 23:00 yesterday", "Al-Khilani Square", "Baghdad", "Baghdad", "unknown",
      None, "civilians", "shooting", 2, "2 killed", 9, "9 injured"),
])

doc("E6", "E", "2022-09-12", """From: Health Cluster Focal Point - Salahuddin
Sent: Monday, 12 September 2022 09:14
To: Health Partners - Salahuddin
Subject: RE: Shooting at DoH vehicle - Al-Alam

Police now say an IS cell was responsible. The driver is stable and was discharged yesterday.

-----Original Message-----
From: Health Cluster Focal Point - Salahuddin
Sent: Saturday, 10 September 2022 19:20
To: Health Partners - Salahuddin
Subject: Shooting at DoH vehicle - Al-Alam

[[a|This afternoon gunmen opened fire on a vehicle of the Salahuddin health directorate near Al-Alam, wounding the driver]]. No other casualties. Mobile clinic visits east of the Tigris are postponed until Tuesday.""", [
    I("a", "2022-09-10", "This afternoon", "Al-Alam", "Al-Alam", "Salahuddin", "ISIS", "attributed",
      "civilians", "shooting", 0, "No other casualties", 1, "wounding the driver"),
])

doc("E7", "E", "2023-06-26", """From: Security Officer - Duhok
Sent: Monday, 26 June 2023 10:02
To: Duhok Sub-Office
Subject: FW: Drone strike Sheladze

Local officials have now confirmed the dead man was a PKK cadre. Sheladze road open again; keep missions to Amedi town only this week.

-----Original Message-----
From: Security Officer - Duhok
Sent: Saturday, 24 June 2023 16:44
To: Duhok Sub-Office
Subject: Drone strike Sheladze

[[a|Earlier this afternoon a drone, reportedly Turkish, struck a car at the entrance of Sheladze, killing the driver]]. Team returning from Kani Masi was 10 km away and is safe.""", [
    I("a", "2023-06-24", "Earlier this afternoon", "Sheladze", "Sheladze", "Dohuk", "Turkey", "suspected",
      "PKK", "airstrike_operation", 1, "killing the driver", None, None),
])

doc("E8", "E", "2024-03-13", """From: Area Manager - Erbil
Sent: Wednesday, 13 March 2024 08:30
To: Erbil Staff
Subject: FW: Ankawa - sound bomb

FYI, no change to movement rules. Please remain vigilant in the evenings.

-----Original Message-----
From: Security Assistant - Erbil
Sent: Tuesday, 12 March 2024 17:55
To: Area Manager - Erbil
Subject: Ankawa - sound bomb

[[a|The day before yesterday, around 02:00, a sound bomb exploded at the door of a liquor shop in Ankawa]]. No one was hurt. Police did not say who they suspect. Second such incident in Ankawa this year.""", [
    I("a", "2024-03-10", "The day before yesterday", "Ankawa", "Erbil", "Erbil", None, None,
      "", "ied", 0, "No one was hurt", 0, "No one was hurt"),
])

doc("E9", "E", "2024-05-21", """From: Operations Manager - Maysan
Sent: Tuesday, 21 May 2024 14:10
To: Maysan Field Team; HSE
Subject: FW: Incident - Al-Kahla road

Please see below. Movements on the Kahla road need escort until further notice.

-----Original Message-----
From: HSE Coordinator - Amarah
Sent: Tuesday, 21 May 2024 09:02
To: Operations Manager - Maysan
Subject: Incident - Al-Kahla road

[[a|At 06:15 today an IED exploded next to a pickup of an oil-services contractor on the road between Amarah and Al-Kahla]]; no casualties. Vehicle damaged. Police have opened an investigation and named no suspect.""", [
    I("a", "2024-05-21", "At 06:15 today", "Amarah", "Amarah", "Maysan", None, None,
      "civilians", "ied", 0, "no casualties", 0, "no casualties"),
])

doc("E10", "E", "2023-04-12", """From: Security Focal Point - Basra
Sent: Wednesday, 12 April 2023 09:40
To: Basra Staff
Subject: RE: Gunfire Zubair

Update: police confirm the gunfire last night was a clash between two clans over farmland near Zubair; one man was killed. Purely tribal, not security related. Avoid the area for two days while elders negotiate.

-----Original Message-----
From: Driver Supervisor - Basra
Sent: Tuesday, 11 April 2023 22:17
To: Security Focal Point - Basra
Subject: Gunfire Zubair

Heavy gunfire heard west of Zubair for about 20 minutes. Our drivers are all back at the base.""", [], noise=True)

doc("E11", "E", "2022-11-27", """From: Programme Officer - Diwaniyah
Sent: Sunday, 27 November 2022 08:50
To: Mid-Euphrates Team
Subject: FW: Al-Shamiya - sound bomb

For info. No impact on our activities.

-----Original Message-----
From: Community Mobiliser - Shamiya
Sent: Friday, 25 November 2022 10:12
To: Programme Officer - Diwaniyah
Subject: Al-Shamiya - sound bomb

[[a|At around 22:00 last Thu a sound bomb went off at the gate of a Diwaniyah provincial council member's house in Al-Shamiya]]; no injuries. Neighbours say the gate was damaged.""", [
    I("a", "2022-11-24", "At around 22:00 last Thu", "Al-Shamiya", "Shamiya", "Qadisiyah", None, None,
      "civilians", "ied", 0, "no injuries", 0, "no injuries"),
])

doc("E12", "E", "2025-06-08", """From: Security Focal Point - Dhi Qar
Sent: Sunday, 8 June 2025 09:10
To: Dhi Qar Team
Subject: FW: IED - Suq al-Shuyukh

Forwarding for awareness. Suq al-Shuyukh visits can go ahead with the usual check-ins.

-----Original Message-----
From: Field Assistant - Suq al-Shuyukh
Sent: Saturday, 7 June 2025 07:40
To: Security Focal Point - Dhi Qar
Subject: IED - Suq al-Shuyukh

[[a|At 02:30 this morning an IED exploded near the house of an anti-narcotics officer in Suq al-Shuyukh, damaging his car]]. No casualties. Police have not named a suspect.""", [
    I("a", "2025-06-07", "At 02:30 this morning", "Suq al-Shuyukh", "Suq al-Shuyukh", "Dhi Qar", None, None,
      "police", "ied", 0, "No casualties", 0, "No casualties"),
])


# =====================================================================  S
# Academic-paper paragraphs: author-year citations or numbered references,
# long background history (no records), aggregates; 4 as .md.

doc("S1", "S", "2021-05-03", """Hamid, R. and Karimi, L. (2021) 'Returnees and revenge: local violence in Diyala after the caliphate', Journal of Iraqi Security Studies 6(2): 41-63. Published online: 3 May 2021.

The mixed districts of Diyala experienced a distinctive pattern of violence after 2017 (Al-Tamimi 2019; Hassan 2020). In 2014 and 2015, armed groups on all sides expelled families from villages around Muqdadiyah and Saadiya, and many of those families returned only in 2018 and 2019 (IOM 2019, 22). Such returns did not end the violence. [[a|On 27 August 2020, an IED killed two members of a Sunni returnee family as they went back to their farm near Bani Saad]] (field interview, Baquba, October 2020; see also IOM 2020, 12). No group claimed the attack, and local officials described it as 'a message' to other returnees. The case illustrates how attacks attributed to no one can be more effective at deterring return than those claimed by the Islamic State (Kalyvas 2006, 146).""", [
    I("a", "2020-08-27", "On 27 August 2020", "Bani Saad", "Bani Saad", "Diyala", "unknown", "unclaimed",
      "civilians", "ied", 2, "killed two members of a Sunni returnee family", None, None),
])

doc("S2", "S", "2023-04-18", """Saleh, N. (2023) 'Campuses under pressure: security and higher education in post-conflict Mosul', Middle East Education Review 11(1): 77-98. Published online: 18 April 2023.

The university was the site of some of the most severe destruction of the 2016-2017 battle, and its reconstruction became a symbol of the city's recovery (UNESCO 2020; Saleh 2021). Yet students interviewed for this study described persistent insecurity on the way to campus. [[a|On 20 January 2022, a device hidden in a rubbish bin exploded near the main gate of the University of Mosul, injuring four students]] (Nineveh Police Command 2022; Saleh 2022, 77). No fatalities were recorded and no group claimed responsibility. In focus groups, students linked the incident less to the Islamic State than to disputes over campus contracts (FG3, FG5), although no evidence for either explanation has been published.""", [
    I("a", "2022-01-20", "On 20 January 2022", "University of Mosul", "Mosul", "Nineveh", "unknown",
      "unclaimed", "civilians", "ied", 0, "No fatalities were recorded", 4, "injuring four students"),
])

doc("S3", "S", "2022-08-22", """# Electoral violence in Iraq's disputed territories: evidence from Kirkuk, 2021

*Working paper, Centre for Regional Security Studies - 22 August 2022*

## 4. Violence during the 2021 campaign

The crisis of October 2017, when federal forces retook Kirkuk from the Peshmerga, reshaped the province's electoral map and left a legacy of mistrust [21], [22]. Violence during the 2021 campaign was low-level but targeted [23]. [[a|On 4 October 2021, gunmen fired on the campaign office of an Arab candidate in Hawija, injuring a guard]] [24]. After the vote, [[b|on 22 October 2021, suspected IS militants shot dead a Kakai farmer near Sargaran]] [25], an attack that Kakai leaders read as punishment for their community's turnout [26]. Neither incident was claimed.

Table 3 summarises the 19 election-related incidents recorded in the province between August and November 2021, of which only four caused casualties.""", [
    I("a", "2021-10-04", "On 4 October 2021", "Hawija", "Hawija", "Kirkuk", "unknown", "unclaimed",
      "civilians", "shooting", None, None, 1, "injuring a guard"),
    I("b", "2021-10-22", "on 22 October 2021", "Sargaran", "Sargaran", "Kirkuk", "ISIS", "suspected",
      "civilians", "shooting", 1, "shot dead a Kakai farmer", None, None),
], ext="md")

doc("S4", "S", "2020-11-09", """Al-Dulaimi, K. (2020) 'From sahwa to hashd: tribal forces in Anbar after 2017', Conflict, Security & Development 20(6): 705-726. Published: 9 November 2020.

The tribal forces of western Anbar grew out of the Sahwa councils of 2006-2008 and the tribal mobilisation against the Islamic State in 2014-2015 (Dodge 2019; Al-Dulaimi 2018). By 2019 they manned much of the Euphrates valley between Haditha and Al-Qaim, often with poor equipment and irregular pay (interviews 3, 7 and 14). The cost of this role was high: [[a|on 12 July 2019 an IED killed two Tribal Mobilisation fighters on the Anah-Rawa road]], an attack which local commanders attributed to IS cells (interview 14). In total, the forces lost at least 31 members in 2019 (Anbar Tribal Mobilisation Directorate 2020), a figure that fighters compared unfavourably with the resources received by PMF brigades from the south.""", [
    I("a", "2019-07-12", "on 12 July 2019", "Anah-Rawa road", "Anah", "Anbar", "ISIS", "attributed",
      "PMU", "ied", 2, "killed two Tribal Mobilisation fighters", None, None),
])

doc("S5", "S", "2021-06-14", """# Killing the October Revolution? State and militia violence against protesters in Baghdad, 2019-2020

*Preprint, Baghdad Institute for Social Research. Posted 14 June 2021.*

More than 600 protesters were killed and over 20,000 injured in Iraq between October 2019 and March 2020 (UNAMI 2020; Amnesty International 2020). This paper argues that the violence followed two distinct logics. The first was the open use of force by the state in the first days of the uprising: [[a|on 3 October 2019, security forces fired on demonstrators in the Al-Shu'la district of Baghdad, killing at least six]] (Ali 2020, 212). The second, which grew after late October, was covert: [[b|on 30 October 2019 a protest coordinator was killed by a sticky bomb attached to his car in Al-Bayaa]] (HRW 2020), one of dozens of assassinations and abductions that no group acknowledged (Mansour 2021).""", [
    I("a", "2019-10-03", "on 3 October 2019", "Al-Shu'la", "Baghdad", "Baghdad", "security forces",
      "attributed", "civilians", "shooting", 6, "killing at least six", None, None),
    I("b", "2019-10-30", "on 30 October 2019", "Al-Bayaa", "Baghdad", "Baghdad", None, None,
      "civilians", "ied", 1, "a protest coordinator was killed", None, None),
], ext="md")

doc("S6", "S", "2023-10-02", """Jabouri, S. (2023) 'Pastoral livelihoods and insurgent predation in Salah al-Din', Journal of Agrarian Change and Conflict 4(3): 233-251. Published online: 2 October 2023.

Shepherds are among the most exposed groups in the desert and mountain margins of Salah al-Din. Their seasonal movements take them through areas where the Islamic State has kept small cells since 2017 (ISW 2021; Jabouri 2022). Attacks on shepherds serve several purposes at once: robbery of livestock, intimidation, and punishment of suspected informers (interviews 2, 9). [[a|On 15 September 2022, IS militants abducted two shepherds near Mutaibijah]]; one was found dead two days later and the other's fate remains unknown (Jabouri 2023, field notes). Between 2019 and 2022 we count 27 such incidents in the province, though under-reporting is likely to be significant.""", [
    I("a", "2022-09-15", "On 15 September 2022", "Mutaibijah", "Mutaibijah", "Salahuddin", "ISIS",
      "attributed", "civilians", "kidnapping", 1, "one was found dead two days later", None, None),
])

doc("S7", "S", "2024-03-25", """# Living under the drones: Turkish counter-PKK operations and civilian harm in Duhok, 2019-2023

*Article, Kurdish Studies Review 12(1). Published 25 March 2024.*

Between 2019 and 2023, Community Peacemaker Teams recorded more than 4,000 Turkish bombardments in the Kurdistan Region, the large majority in Duhok governorate (CPT 2024). Operations 'Claw-Tiger', 'Claw-Lightning' and 'Claw-Lock' moved Turkish positions deeper into the Amedi and Zakho districts (Aziz 2023). Civilian harm was concentrated in villages near these positions. [[a|On 3 June 2023, Turkish artillery hit a village in the Nerwa Rekan subdistrict, wounding two children]] (CPT 2023b). Families interviewed in the subdistrict in 2023 described moving their herds to lower pastures to avoid shelling (interviews N1-N6).""", [
    I("a", "2023-06-03", "On 3 June 2023", "Nerwa Rekan", "Nerwa Rekan", "Dohuk", "Turkey", "attributed",
      "civilians", "mortar_rocket", None, None, 2, "wounding two children"),
], ext="md")

doc("S8", "S", "2024-09-16", """Karim, A. (2024) 'Lawyers at risk: the legal profession and targeted violence in southern Iraq', International Journal of Law in Context 20(3): 310-329. Published online: 16 September 2024.

Lawyers who represented protesters after 2019, or who took on cases against armed factions, reported frequent threats (Iraqi Bar Association 2021; Karim 2022). Few cases reached the courts. The killings that did occur were rarely investigated to completion: [[a|on 4 April 2022, unidentified gunmen shot dead a lawyer in Basra's Al-Jazair district]] (Basra Bar Association 2022), and two years later no suspect had been charged. Our survey of 212 lawyers in Basra, Maysan and Dhi Qar found that 38 per cent had received a direct threat since 2019 (Table 2).""", [
    I("a", "2022-04-04", "on 4 April 2022", "Al-Jazair", "Basra", "Basra", "unknown", None,
      "civilians", "shooting", 1, "shot dead a lawyer", None, None),
])

doc("S9", "S", "2022-11-07", """Qadir, H. (2022) 'Beyond the Qandil: the spread of Turkish drone strikes in Sulaimani province', Middle East Policy 29(4): 88-104. Published online: 7 November 2022.

Until 2020, Turkish strikes in the Kurdistan Region were largely confined to the Qandil mountains and the Zakho-Amedi border strip (Aziz 2021). From 2021 they increasingly reached the Pshdar and Penjwen districts of Sulaimani province. [[a|On 5 December 2021, a Turkish drone struck a vehicle near Qaladiza, killing one man whom Kurdish media described as a PKK member]] (Rudaw 2021; Qadir 2022). Such strikes on roads near towns, rather than in the mountains, mark a change in targeting that has drawn protests from the PUK-run provincial administration (Sulaimani Governorate 2022).""", [
    I("a", "2021-12-05", "On 5 December 2021", "Qaladiza", "Qaladiza", "Sulaymaniyah", "Turkey",
      "attributed", "PKK", "airstrike_operation", 1, "killing one man", None, None),
])

doc("S10", "S", "2022-03-01", """# Explosive remnants of war in Anbar: contamination, accidents and clearance, 2017-2021

*Research brief, Mine Action Studies Centre. 1 March 2022.*

Anbar remains one of the most contaminated governorates in Iraq. The fighting of 2014-2017 left improvised mines, unexploded mortar rounds and booby-trapped buildings across Ramadi, Fallujah and the Euphrates valley (UNMAS 2020). Between 2017 and 2021, at least 140 people were killed or injured by explosive remnants in the governorate (DMA 2021). Typical cases were farmers ploughing fields near Hit and shepherds in the desert west of Ramadi; in one case cited by DMA, a shepherd was killed in March 2021 by a mine laid near Hit in 2016. Clearance teams removed more than 90,000 items in 2021 alone (UNMAS 2021). Such accidents are not attacks in the ordinary sense: the devices were laid years before and nobody targeted the victims.""", [], ext="md", noise=True)

doc("S11", "S", "2020-10-12", """Al-Hakim, Z. (2020) 'Sacred cities, angry streets: the protest movement in Najaf and Karbala', Journal of Shi'a Islamic Studies 13(4): 455-478. Published online: 12 October 2020.

Protests in the shrine cities posed a particular challenge to the clerical establishment, which had long presented itself as a guarantor of public order (Al-Hakim 2018). After the burning of the Iranian consulate in Najaf in late November 2019, violence in the city escalated. [[a|On 5 December 2019, unknown gunmen fired on protesters near Sadrain Square in Najaf, killing one and injuring 11]] (Amnesty International 2019). The marja'iyya's Friday sermon the following day condemned the attack without naming the perpetrators, a silence that protesters interpreted in very different ways (interviews 11-17).""", [
    I("a", "2019-12-05", "On 5 December 2019", "Sadrain Square", "Najaf", "Najaf", "unknown", None,
      "civilians", "shooting", 1, "killing one", 11, "injuring 11"),
])

doc("S12", "S", "2021-09-20", """Mahdi, F. (2021) 'Tents and grenades: the protest camps of the mid-Euphrates', Arab Studies Quarterly 43(3): 201-222. Published online: 20 September 2021.

The sit-in camps that sprang up in every southern city after October 2019 became targets in their own right (Mahdi 2020). Attacks on them were rarely lethal but deeply intimidating. [[a|On 9 February 2020, unknown assailants threw a hand grenade into protest tents in Karbala, injuring four protesters]]; no one was killed (Karbala Protest Coordination 2020). In Najaf, Nasiriyah and Diwaniyah, camps were burned by men whom protesters identified as members of armed factions (HRW 2020), though none of these cases led to a trial.""", [
    I("a", "2020-02-09", "On 9 February 2020", "Karbala", "Karbala", "Karbala", "unknown", None,
      "civilians", "other", 0, "no one was killed", 4, "injuring four protesters"),
])


# =====================================================================  F
# Fixed-width tables pasted from PDFs: header with period and issue date,
# yearless day/month cells, attack rows mixed with non-attack rows.

doc("F1", "F", "2020-08-31", """DIYALA PROVINCE - WEEKLY SECURITY INCIDENT TABLE                    Page 2 of 3
Reporting period: 24-30 AUG 2020                             Issued: 31/08/2020
--------------------------------------------------------------------------------
NO  DATE   DISTRICT    LOCATION            CATEGORY    K  W  REMARKS
--  -----  ----------  ------------------  ----------  -  -  ------------------------------
1   24/08  BAQUBA      BAQUBA MARKET       ARREST      -  -  2 wanted persons held
[[a|2   25/08  MANDALI     BORDER POST 14      IDF         0  1  mortar rds on BG post; no deaths, 1 border guard wounded]]
3   26/08  KHALIS      KHALIS-BAQUBA RD    IED FOUND   -  -  defused by EOD team
[[b|4   28/08  BALAD RUZ   AL-SUDOUR VILLAGE   SAF         1  0  IS suspected; 1 farmer killed, no other cas]]
5   29/08  MUQDADIYAH  MUQDADIYAH-KHALIS   RTA         2  1  traffic accident, not security
--------------------------------------------------------------------------------
K = killed  W = wounded  SAF = small arms fire  IDF = indirect fire  RTA = road traffic accident""", [
    I("a", "2020-08-25", "25/08", "MANDALI", "Mandali", "Diyala", None, None,
      "security forces", "mortar_rocket", 0, "no deaths", 1, "1 border guard wounded"),
    I("b", "2020-08-28", "28/08", "BALAD RUZ", "Balad Ruz", "Diyala", "ISIS", "suspected",
      "civilians", "shooting", 1, "1 farmer killed", 0, "no other cas"),
])

doc("F2", "F", "2022-02-02", """NINEWA OPERATIONS COMMAND - MONTHLY INCIDENT LOG (EXTRACT)          Page 5 of 9
Month: JANUARY 2022                                      Printed: 02/02/2022
SER  DATE    LOCATION             TYPE          KIA  WIA  NOTES
---  ------  -------------------  ------------  ---  ---  ---------------------------------
[[a|014  03 JAN  AL-KISIK (TAL AFAR)  IED           1    2    IA vehicle; 1 soldier killed, 2 wounded]]
015  07 JAN  MOSUL / AL-ZUHUR     ARREST        -    -    IS financier detained
016  12 JAN  BADUSH               FOUND CACHE   -    -    old rockets, removed by engineers
[[b|017  19 JAN  BADUSH CHECKPOINT    SAF           0    1    PMF CP; no one killed, 1 PMF wounded; IS suspected]]
018  25 JAN  HAMDANIYA            RTA           1    3    collision, not security related
---  ------  -------------------  ------------  ---  ---  ---------------------------------
Source: NOC operations room. Unverified entries marked (U).""", [
    I("a", "2022-01-03", "03 JAN", "AL-KISIK", "Tal Afar", "Nineveh", None, None,
      "army", "ied", 1, "1 soldier killed", 2, "2 wounded"),
    I("b", "2022-01-19", "19 JAN", "BADUSH", "Badush", "Nineveh", "ISIS", "suspected",
      "PMU", "shooting", 0, "no one killed", 1, "1 PMF wounded"),
])

doc("F3", "F", "2021-11-03", """KIRKUK - INCIDENT TRACKER, OCTOBER 2021 (PDF p.3)                compiled 03.11.2021
DATE   DISTRICT  LOCATION       EVENT                                          CASUALTIES
-----  --------  -------------  ---------------------------------------------  -------------------
[[a|08/10  HAWIJA    AL-RASHAD      IED on Tribal Hashd vehicle                    2 fighters killed, none wounded]]
15/10  KIRKUK    AL-MUALIMIN    arrest of 3 IS suspects                        -
19/10  DIBIS     KHABBAZ RD     IED found and defused                          -
[[b|23/10  DAQUQ     YAYCHI         IS gunmen fired on farmers                     1 killed, 1 wounded]]
27/10  DAQUQ     DAQUQ TOWN     tribal dispute, fist fight                     1 injured (not security)
-----  --------  -------------  ---------------------------------------------  -------------------
Note: dates are DD/MM. Only incidents confirmed by two sources are listed.""", [
    I("a", "2021-10-08", "08/10", "AL-RASHAD", "Rashad", "Kirkuk", None, None,
      "PMU", "ied", 2, "2 fighters killed", 0, "none wounded"),
    I("b", "2021-10-23", "23/10", "YAYCHI", "Yaychi", "Kirkuk", "ISIS", "attributed",
      "civilians", "shooting", 1, "1 killed", 1, "1 wounded"),
])

doc("F4", "F", "2019-08-04", """ANBAR - JULY 2019 INCIDENT SUMMARY (NGO Safety Platform, p. 4)      issued 04-08-2019
DATE       AREA                     DESCRIPTION                                        K  W
---------  -----------------------  -------------------------------------------------  -  -
[[a|03-JUL-19  HABBANIYAH               2 Katyusha rockets landed near the airbase, no cas 0  0]]
11-JUL-19  RAMADI                   arrest of 3 suspects in Al-Tash                    -  -
[[b|20-JUL-19  AMIRIYAT AL-FALLUJAH     IED vs PMF patrol: 1 killed, 3 wounded             1  3]]
26-JUL-19  HIT                      weapons cache found in orchard                     -  -
30-JUL-19  RUTBA                    shepherd injured by old landmine (ERW)             0  1
---------  -----------------------  -------------------------------------------------  -  -
ERW incidents are listed for awareness only and are not counted as attacks.""", [
    I("a", "2019-07-03", "03-JUL-19", "HABBANIYAH", "Habbaniyah", "Anbar", None, None,
      "army", "mortar_rocket", 0, "no cas", 0, "no cas"),
    I("b", "2019-07-20", "20-JUL-19", "AMIRIYAT AL-FALLUJAH", "Amiriyat al-Fallujah", "Anbar", None, None,
      "PMU", "ied", 1, "1 killed", 3, "3 wounded"),
])

doc("F5", "F", "2019-11-05", """BAGHDAD - SECURITY AND PROTEST-RELATED INCIDENTS, 1-7 OCT 2019 (Table 2)    05/11/2019
DATE   LOCATION     INCIDENT                                                  DEAD  INJ
-----  -----------  --------------------------------------------------------  ----  ---
03/10  TAHRIR SQ    curfew; protesters dispersed, arrests                     -     -
[[a|04/10  AL-NAHDA     SF fired live rounds on protesters; 4 dead, 30 injured    4     30]]
[[b|05/10  TARMIYAH     IED vs army patrol; 1 soldier killed; IS claimed (Amaq)   1     -]]
06/10  KARKH        curfew lifted at 05:00                                    -     -
07/10  SADR CITY    burial of protesters killed on 06/10 (see Table 3)        -     -
-----  -----------  --------------------------------------------------------  ----  ---
SF = security forces. Table 3 covers Sadr City, 6 October.""", [
    I("a", "2019-10-04", "04/10", "AL-NAHDA", "Baghdad", "Baghdad", "security forces", "attributed",
      "civilians", "shooting", 4, "4 dead", 30, "30 injured"),
    I("b", "2019-10-05", "05/10", "TARMIYAH", "Tarmiyah", "Baghdad", "ISIS", "claimed",
      "army", "ied", 1, "1 soldier killed", None, None),
])

doc("F6", "F", "2022-10-04", """SALAH AL-DIN - INCIDENTS, SEPTEMBER 2022 (source PDF, table 7)      Date of issue: 04.10.2022
DAY     DISTRICT       LOCATION          INCIDENT                                          K  W
------  -------------  ----------------  ------------------------------------------------  -  -
[[a|09.09.  SAMARRA        JALLAM DESERT     IS small-arms attack on army post; 2 soldiers killed, no wounded   2  0]]
13.09.  TIKRIT         AL-QADISIYA QTR   arrest of 2 IS suspects                           -  -
[[b|22.09.  TUZ KHURMATU   AMIRLI            mortar on Turkmen PMF post; no deaths, 2 PMF wounded  0  2]]
26.09.  BAIJI          AL-SINIYA         old ordnance exploded (ERW), 1 shepherd injured   0  1
------  -------------  ----------------  ------------------------------------------------  -  -
ERW = explosive remnants of war (not an attack).""", [
    I("a", "2022-09-09", "09.09.", "JALLAM DESERT", "Samarra", "Salahuddin", "ISIS", "attributed",
      "army", "shooting", 2, "2 soldiers killed", 0, "no wounded"),
    I("b", "2022-09-22", "22.09.", "AMIRLI", "Amirli", "Salahuddin", None, None,
      "PMU", "mortar_rocket", 0, "no deaths", 2, "2 PMF wounded"),
])

doc("F7", "F", "2023-07-05", """TABLE 3. TURKISH MILITARY ATTACKS RECORDED IN DUHOK AND ERBIL GOVERNORATES, JUNE 2023
(extracted from the PDF report; published 05/07/2023)
DATE    GOVERNORATE  DISTRICT  LOCATION          WEAPON     CASUALTIES
------  -----------  --------  ----------------  ---------  ----------------------
[[a|09 Jun  Duhok        Amedi     SARSANG area      artillery  no casualties]]
[[b|14 Jun  Erbil        Soran     SIDAKAN           artillery  no casualties]]
[[c|23 Jun  Duhok        Zakho     DERGALA village   drone      2 civilians killed]]
------  -----------  --------  ----------------  ---------  ----------------------
Strikes without an exact location are counted in the monthly total (48) but not listed.""", [
    I("a", "2023-06-09", "09 Jun", "SARSANG", "Amedi", "Dohuk", "Turkey", "attributed",
      "", "mortar_rocket", 0, "no casualties", 0, "no casualties"),
    I("b", "2023-06-14", "14 Jun", "SIDAKAN", "Soran", "Erbil", "Turkey", "attributed",
      "", "mortar_rocket", 0, "no casualties", 0, "no casualties"),
    I("c", "2023-06-23", "23 Jun", "DERGALA", "Zakho", "Dohuk", "Turkey", "attributed",
      "civilians", "airstrike_operation", 2, "2 civilians killed", None, None),
])

doc("F8", "F", "2021-05-18", """BASRA POLICE COMMAND - WEEKLY EVENTS TABLE (unofficial translation of PDF)   week 12-18/05/2021
NO  DATE   AREA            EVENT                                                 RESULT
--  -----  --------------  ----------------------------------------------------  --------------------------
[[a|1   12/05  AL-ZUBAIR       grenade thrown at house of an oil ministry employee    no casualties]]
2   14/05  AL-MIDAINA      tribal clash over land                                1 killed (tribal, not terrorism)
[[b|3   16/05  SHATT AL-ARAB   sound bomb at a liquor store                          material damage only]]
4   17/05  AL-HARTHA       arrest of drug dealers                                -
--  -----  --------------  ----------------------------------------------------  --------------------------""", [
    I("a", "2021-05-12", "12/05", "AL-ZUBAIR", "Zubair", "Basra", None, None,
      "civilians", "other", 0, "no casualties", 0, "no casualties"),
    I("b", "2021-05-16", "16/05", "SHATT AL-ARAB", "Shatt al-Arab", "Basra", None, None,
      "", "ied", 0, "material damage only", 0, "material damage only"),
])

doc("F9", "F", "2021-07-03", """KURDISTAN HUMAN RIGHTS MONITOR - INCIDENT TABLE, JUNE 2021 (IRAN, KURDISH PROVINCES)
published 03/07/2021
DATE   CITY          EVENT                                                RESULT
-----  ------------  ---------------------------------------------------  ------------------------
04/06  Baneh         kolbar fell from a cliff near the border             1 dead (accident)
[[a|11/06  Piranshahr    armed men opened fire on an IRGC base                1 IRGC member killed]]
19/06  Sardasht      kolbar injured by a falling load                     1 injured (accident)
27/06  Marivan       arrest of two labour activists                       -
-----  ------------  ---------------------------------------------------  ------------------------""", [
    I("a", "2021-06-11", "11/06", "Piranshahr", "Piranshahr", None, "unknown", None,
      "security forces", "shooting", 1, "1 IRGC member killed", None, None, country="Iran"),
], country="Iran")

doc("F10", "F", "2023-09-18", """MID-EUPHRATES - SECURITY EVENTS, 01-15 SEP 2023 (annex B of PDF)     printed 18/09/2023
DATE   PROV   LOCATION       EVENT                                            K  W
-----  -----  -------------  -----------------------------------------------  -  -
[[a|02/09  BABIL  AL-HASHIMIYA   gunmen fired on fuel-tanker driver; driver wounded  -  1]]
[[b|05/09  NAJAF  AL-MISHKHAB    sound bomb at Saraya al-Salam office; no cas        0  0]]
09/09  KARB.  AIN AL-TAMR    hunter injured by own rifle (accident)           0  1
12/09  BABIL  HILLA          arrest of 3 wanted persons                       -  -
-----  -----  -------------  -----------------------------------------------  -  -""", [
    I("a", "2023-09-02", "02/09", "AL-HASHIMIYA", "Hashimiya", "Babil", "unknown", None,
      "civilians", "shooting", None, None, 1, "driver wounded"),
    I("b", "2023-09-05", "05/09", "AL-MISHKHAB", "Mishkhab", "Najaf", None, None,
      "", "ied", 0, "no cas", 0, "no cas"),
])

doc("F11", "F", "2025-04-07", """KURDISTAN REGION - SECURITY INCIDENTS, Q1 2025 (table, p. 2)      published 07/04/2025
DATE    LOCATION               EVENT                                     CASUALTIES
------  ---------------------  ----------------------------------------  ---------------------------------
[[a|03 Feb  MERGASUR (Erbil)       Turkish drone strike on a vehicle         2 killed (PKK per local sources)]]
[[b|19 Mar  CHWARTA (Sulaimani)    IED under the car of an Asayish officer   driver injured]]
22 Mar  ERBIL CITY             teachers' protest over salaries           -
------  ---------------------  ----------------------------------------  ---------------------------------""", [
    I("a", "2025-02-03", "03 Feb", "MERGASUR", "Mergasur", "Erbil", "Turkey", "attributed",
      "PKK", "airstrike_operation", 2, "2 killed", None, None),
    I("b", "2025-03-19", "19 Mar", "CHWARTA", "Chwarta", "Sulaymaniyah", None, None,
      "security forces+civilians", "ied", None, None, 1, "driver injured"),
])

doc("F12", "F", "2024-06-03", """SOUTH AND CENTRE - CONSOLIDATED INCIDENT LIST, MAY 2024 (PDF table)     issued 03 Jun 2024
DATE    PROVINCE   LOCATION    DETAILS                                              KIA  WIA
------  ---------  ----------  ---------------------------------------------------  ---  ---
[[a|07/05   WASIT      BADRA       IED struck border guard patrol; 1 BG killed, no wounded  1    0]]
[[b|14/05   MUTHANNA   SAMAWA      gunmen fired at house of tribal sheikh; no cas         0    0]]
20/05   DHI QAR    NASIRIYAH   protest over electricity cuts                        -    -
28/05   WASIT      KUT         warehouse fire, electrical fault                     -    -
------  ---------  ----------  ---------------------------------------------------  ---  ---""", [
    I("a", "2024-05-07", "07/05", "BADRA", "Badra", "Wasit", None, None,
      "security forces", "ied", 1, "1 BG killed", 0, "no wounded"),
    I("b", "2024-05-14", "14/05", "SAMAWA", "Samawa", "Muthanna", "unknown", None,
      "civilians", "shooting", 0, "no cas", 0, "no cas"),
])
