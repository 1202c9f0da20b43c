"""realworld13 data, part 3: styles X (stock-exchange RNS announcements by
energy companies about attacks on or near their sites), P (wire photo
captions) and R (forum / Reddit threads with usernames and "x hours ago")."""
from lib import I, doc

RNS_FOOT = ("This information is provided by RNS, the news service of the London Stock Exchange. "
            "RNS is approved by the Financial Conduct Authority to act as a Primary Information "
            "Provider in the United Kingdom.")

# =====================================================================  X
# Companies, tickers and RNS numbers are invented.

doc("X1", "X", "2020-08-14", """RNS Number : 7313W
Tigris Basin Energy PLC
14 August 2020

Operational Update - Mansuriya

Tigris Basin Energy PLC (AIM: TBE), the Iraq-focused gas developer, provides an update on operations at the Mansuriya gas field in Diyala Governorate.

[[a|On the evening of 12 August 2020, an explosive device damaged a section of the 8-inch flowline between the Mansuriya gas field's processing facility and the export metering station, near Mansuriyat al-Jabal]]. There were no injuries to personnel. Flow was suspended as a precaution and the line is expected to be repaired within ten days. The Company is not in a position to comment on responsibility.

The Company does not expect the incident to affect full-year guidance.

For further information: Tigris Basin Energy PLC, Investor Relations

""" + RNS_FOOT + "\nEND MSCFLFEDSIIRFIL", [
    I("a", "2020-08-12", "On the evening of 12 August 2020", "Mansuriya gas field", "Mansuriyat al-Jabal",
      "Diyala", None, None, "", "ied", 0, "There were no injuries to personnel", 0,
      "There were no injuries to personnel"),
])

doc("X2", "X", "2022-01-31", """RNS Number : 2210B
Aldrin Petroleum Services PLC
31 January 2022

Security incident - Najma contract area

Aldrin Petroleum Services PLC (AIM: APS), the oilfield services provider, reports a security incident affecting contractor staff in Nineveh Governorate.

[[a|On 29 January 2022, unidentified gunmen opened fire on a bus transporting subcontractor staff on the access road to the Najma field, south of Qayyarah]]. Two employees of a local subcontractor sustained non-life-threatening injuries; there were no fatalities. All other personnel are accounted for, and road movements in the contract area have been suspended pending a review with the Iraqi security forces.

The Company does not expect a material impact on its 2022 outlook.

Enquiries: Aldrin Petroleum Services PLC, Company Secretary

""" + RNS_FOOT + "\nEND MSCUUOARNBUWRUR", [
    I("a", "2022-01-29", "On 29 January 2022", "Najma field", "Qayyarah", "Nineveh", "unknown", None,
      "civilians", "shooting", 0, "there were no fatalities", 2,
      "Two employees of a local subcontractor sustained non-life-threatening injuries"),
])

doc("X3", "X", "2021-10-19", """RNS Number : 5542N
Gulf Crescent Oil PLC
19 October 2021

Khabbaz field - security incident

Gulf Crescent Oil PLC (AIM: GCO) announces that [[a|in the early hours of 17 October 2021, two explosive devices detonated at well pads KZ-14 and KZ-16 in the Khabbaz field, west of Kirkuk]]. A fire at KZ-14 was brought under control by the North Oil Company's fire teams during the morning. No personnel were on site and there were no injuries. The Iraqi authorities have attributed the attack to Daesh remnants.

Production from the two wells, approximately 1,100 barrels of oil per day net to the Company, has been shut in while damage is assessed.

Further information: Gulf Crescent Oil PLC

""" + RNS_FOOT + "\nEND MSCBLGDSBBDDGBL", [
    I("a", "2021-10-17", "in the early hours of 17 October 2021", "Khabbaz field", "Kirkuk", "Kirkuk",
      "ISIS", "attributed", "", "ied", 0, "there were no injuries", 0, "there were no injuries"),
])

doc("X4", "X", "2019-07-11", """RNS Number : 9087E
Mesopotamia Gas Holdings PLC
11 July 2019

Akkas project - convoy incident

Mesopotamia Gas Holdings PLC (AIM: MGH) announces that [[a|on 9 July 2019, a convoy carrying equipment to the Akkas project came under small-arms fire on the desert road south of Al-Qaim]]. One soldier of the Iraqi Army unit escorting the convoy was killed and two of the contractor's drivers were injured. The Iraqi authorities have stated that the attack was carried out by remnants of ISIS.

No Company employees were involved. Convoy movements have been suspended while additional escort arrangements are agreed with the Anbar Operations Command. The Company does not expect the first gas date to change.

Enquiries: Mesopotamia Gas Holdings PLC

""" + RNS_FOOT + "\nEND MSCZMGMRKDFGLZM", [
    I("a", "2019-07-09", "on 9 July 2019", "Al-Qaim", "Qaim", "Anbar", "ISIS", "attributed",
      "army+civilians", "shooting", 1,
      "One soldier of the Iraqi Army unit escorting the convoy was killed", 2,
      "two of the contractor's drivers were injured"),
])

doc("X5", "X", "2019-10-07", """RNS Number : 3171Q
Euphrates Services PLC
07 October 2019

Iraq update

Euphrates Services PLC (AIM: EUS) notes the civil unrest in Baghdad and southern Iraq since 1 October 2019. All expatriate staff are safe and field operations in Basra continue.

[[a|On 5 October 2019 unidentified persons set fire to the reception area of the Company's Baghdad office in the Al-Mansour district]]. No staff were in the building at the time. The office will remain closed until further notice and staff are working remotely.

The Company will provide a further update as appropriate.

Enquiries: Euphrates Services PLC, Investor Relations

""" + RNS_FOOT + "\nEND MSCFFFSUFEFSEFL", [
    I("a", "2019-10-05", "On 5 October 2019", "Al-Mansour", "Baghdad", "Baghdad", "unknown", None,
      "", "other", 0, "No staff were in the building at the time", 0,
      "No staff were in the building at the time"),
])

doc("X6", "X", "2022-09-08", """RNS Number : 8823X
Tigris Basin Energy PLC
8 September 2022

Ajeel - security incident

Tigris Basin Energy PLC (AIM: TBE) reports that [[a|on 6 September 2022, an improvised explosive device struck a vehicle of the oil police guarding the Ajeel field, east of Tikrit]], killing two guards and injuring one. According to media reports, Islamic State has claimed responsibility.

None of the Company's staff or contractors were involved, and the gas plant continues to operate normally. The Company extends its condolences to the families of those killed.

Enquiries: Tigris Basin Energy PLC

""" + RNS_FOOT + "\nEND MSCKZGZLRFZGFZM", [
    I("a", "2022-09-06", "on 6 September 2022", "Ajeel field", "Tikrit", "Salahuddin", "ISIS", "claimed",
      "police", "ied", 2, "killing two guards", 1, "injuring one"),
])

doc("X7", "X", "2023-06-20", """RNS Number : 1190D
Zagros Meridian Petroleum PLC
20 June 2023

Kurdistan operations - update

Zagros Meridian Petroleum PLC (AIM: ZMP), the Kurdistan-focused oil producer, notes press reports of a security incident near its Summail licence area in the Duhok Governorate.

[[a|On 18 June 2023 a drone strike hit a civilian vehicle near Darkar, in Zakho district, approximately 6 km from the Company's Summail licence area]]. Two persons travelling in the vehicle were killed. Neither was connected to the Company. Local authorities attributed the strike to the Turkish military.

Operations were not affected and all staff are safe.

Enquiries: Zagros Meridian Petroleum PLC

""" + RNS_FOOT + "\nEND MSCUPUBRRUPUGRQ", [
    I("a", "2023-06-18", "On 18 June 2023", "Darkar", "Zakho", "Dohuk", "Turkey", "attributed",
      "civilians", "airstrike_operation", 2, "Two persons travelling in the vehicle were killed", None, None),
])

doc("X8", "X", "2022-06-27", """RNS Number : 4401P
Mesopotamia Gas Holdings PLC
27 June 2022

Khor Mor - update

Mesopotamia Gas Holdings PLC (AIM: MGH), a partner in the Khor Mor gas plant, provides the following update.

[[a|At approximately 20:30 local time on 25 June 2022, three rockets landed within the perimeter of the Khor Mor gas plant in Chamchamal district]], causing minor damage to a storage tank. There were no injuries. Gas processing continued without interruption.

This is the third such incident at the plant this year. The operator is working with the Kurdistan Regional Government to strengthen protection of the site.

Enquiries: Mesopotamia Gas Holdings PLC

""" + RNS_FOOT + "\nEND MSCEAKDDEDLLEEA", [
    I("a", "2022-06-25", "At approximately 20:30 local time on 25 June 2022", "Khor Mor gas plant",
      "Chamchamal", "Sulaymaniyah", None, None, "", "mortar_rocket", 0, "There were no injuries", 0,
      "There were no injuries"),
])

doc("X9", "X", "2025-07-17", """RNS Number : 6620L
Zagros Meridian Petroleum PLC
17 July 2025

Drone incident at Bina Bawi

Zagros Meridian Petroleum PLC (AIM: ZMP) announces that [[a|earlier today, at approximately 06:40 local time, an unmanned aerial vehicle struck a storage tank at the Company's Bina Bawi facility, east of Erbil]]. The resulting fire was extinguished by the Company's emergency response team. There were no injuries.

Production has been temporarily halted as a precaution. The Company does not speculate on responsibility and is cooperating with the Kurdistan Regional Government's investigation. A further update will be provided in due course.

Enquiries: Zagros Meridian Petroleum PLC

""" + RNS_FOOT + "\nEND MSCQKLFBZVLFBBB", [
    I("a", "2025-07-17", "earlier today", "Bina Bawi facility", "Erbil", "Erbil", None, None,
      "", "other", 0, "There were no injuries", 0, "There were no injuries"),
])

doc("X10", "X", "2024-02-06", """RNS Number : 3345F
Aldrin Petroleum Services PLC
6 February 2024

Majnoon base camp - security incident

Aldrin Petroleum Services PLC (AIM: APS) reports that [[a|on the night of 4 February 2024, a hand grenade was thrown at the main gate of the Company's base camp at the Majnoon field, north of Al-Qurna]]. One security guard employed by a local contractor was injured; there were no fatalities. The guard is in a stable condition.

Operations at the field continue. The Company has raised the matter with the Basra Operations Command.

Enquiries: Aldrin Petroleum Services PLC

""" + RNS_FOOT + "\nEND MSCGPUGGBUPUGQM", [
    I("a", "2024-02-04", "on the night of 4 February 2024", "Majnoon field", "Qurna", "Basra", None, None,
      "civilians", "other", 0, "there were no fatalities", 1,
      "One security guard employed by a local contractor was injured"),
])

doc("X11", "X", "2024-11-12", """RNS Number : 0912T
Zagros Meridian Petroleum PLC
12 November 2024

Tawke area - flowline fire

Zagros Meridian Petroleum PLC (AIM: ZMP) notes media reports of a fire near the Tawke field in Zakho district on 10 November 2024.

The fire was caused by a leak from a corroded flowline operated by a third party. The relevant authorities have confirmed that this was an operational incident and not a security event. There were no injuries and the Company's production was not affected.

The Company also notes press speculation linking the fire to the drone attacks on Kurdistan oil fields earlier this year; there is no basis for this speculation.

Enquiries: Zagros Meridian Petroleum PLC

""" + RNS_FOOT + "\nEND MSCLLFFLIVIDLIL", [], noise=True)

doc("X12", "X", "2021-03-05", """RNS Number : 1876R
Aldrin Petroleum Services PLC
5 March 2021

Halfaya - staff safety update

Aldrin Petroleum Services PLC (AIM: APS) reports that [[a|on 2 March 2021, unidentified gunmen kidnapped two employees of a local subcontractor on the road between Amarah and the Halfaya field]]. Both men were released unharmed on 4 March.

The Company's own staff were not involved. Road movements to the field have resumed with additional escorts. The Company thanks the Maysan Police Command for its assistance.

Enquiries: Aldrin Petroleum Services PLC

""" + RNS_FOOT + "\nEND MSCDBGDXDBDDGBL", [
    I("a", "2021-03-02", "on 2 March 2021", "Halfaya field", "Amarah", "Maysan", "unknown", None,
      "civilians", "kidnapping", 0, "Both men were released unharmed", 0, "Both men were released unharmed"),
])


# =====================================================================  P
# Wire photo captions (Reuters / AP / AFP / Getty manner, photographers
# invented). The caption date is the picture date; the attack may be earlier.

doc("P1", "P", "2020-08-30", """IRAQ-SECURITY/DIYALA
REUTERS PICTURES | 30 Aug 2020

[[a|Iraqi security forces inspect the wreckage of a vehicle a day after a roadside bomb killed three members of the Popular Mobilization Forces (PMF) near Khalis, Diyala province, Iraq, August 30, 2020]]. REUTERS/Stringer

A member of the PMF stands guard at a checkpoint on the road between Khalis and Baquba, Iraq, August 30, 2020. The attack has not been claimed. REUTERS/Stringer

Picture taken August 30, 2020. Image ID: RC2KDI9A8TQX. Editorial use only.""", [
    I("a", "2020-08-29", "a day after", "Khalis", "Khalis", "Diyala", "unknown", "unclaimed",
      "PMU", "ied", 3, "killed three members of the Popular Mobilization Forces", None, None),
])

doc("P2", "P", "2022-01-24", """AFP PHOTO | IRAQ-UNREST-BOMB

[[a|A man inspects a shop damaged by a sticky bomb that exploded on Sunday in Mosul's old Al-Saray market, wounding two people according to police]], in Mosul, northern Iraq on January 24, 2022. (Photo by Karim SADIQ / AFP)

Shopkeepers clear debris in Mosul's Al-Saray market on January 24, 2022, a day after an explosion wounded two people. Police did not say who they believed had placed the bomb. (Photo by Karim SADIQ / AFP)

Restrictions: editorial use only.""", [
    I("a", "2022-01-23", "on Sunday", "Al-Saray market", "Mosul", "Nineveh", None, None,
      "civilians", "ied", None, None, 2, "wounding two people"),
])

doc("P3", "P", "2021-10-07", """AP PHOTO | IRAQ ELECTIONS

An Iraqi policeman stands guard next to a campaign poster damaged in an explosion in Kirkuk, Iraq, Thursday, Oct. 7, 2021. [[a|A bomb placed near the home of a parliamentary candidate in Kirkuk's Huriya neighborhood exploded late Wednesday, causing damage but no casualties]], police said. Iraq holds parliamentary elections on Sunday. (AP Photo/Hadi Salim)

Campaign posters line a street in Kirkuk, Iraq, Thursday, Oct. 7, 2021. (AP Photo/Hadi Salim)""", [
    I("a", "2021-10-06", "late Wednesday", "Huriya", "Kirkuk", "Kirkuk", None, None,
      "civilians", "ied", 0, "causing damage but no casualties", 0, "causing damage but no casualties"),
])

doc("P4", "P", "2019-07-02", """GETTY IMAGES | Editorial #1158843210

Iraqi soldiers carry the coffin of a comrade during a funeral in Ramadi, capital of Anbar province, on July 2, 2019. [[a|Two soldiers were killed on Monday when Islamic State group militants opened fire on their post in the desert near Rawa]], the army said. (Photo by Omar HADDAD / AFP via Getty Images)

Date created: July 02, 2019 | Credit: AFP | Collection: AFP | Max file size: 5760 x 3840 px""", [
    I("a", "2019-07-01", "on Monday", "Rawa", "Rawa", "Anbar", "ISIS", "attributed",
      "army", "shooting", 2, "Two soldiers were killed", None, None),
])

doc("P5", "P", "2019-10-26", """IRAQ-PROTESTS/
REUTERS PICTURES | 26 Oct 2019

[[a|An Iraqi demonstrator helps a protester hit by a tear gas canister fired by security forces on Al-Rasheed Street, during anti-government protests in Baghdad, Iraq, October 26, 2019]]. REUTERS/Ali Naji

Protesters carry an injured man near Tahrir Square in Baghdad, Iraq, October 26, 2019. Medics on the street said two protesters were killed by canisters on Saturday and more than 100 were hurt. REUTERS/Ali Naji

Picture taken October 26, 2019.""", [
    I("a", "2019-10-26", "on Saturday", "Al-Rasheed Street", "Baghdad", "Baghdad", "security forces",
      "attributed", "civilians", "other", 2, "two protesters were killed by canisters", 100,
      "more than 100 were hurt"),
])

doc("P6", "P", "2022-09-22", """IRAQ-SECURITY/
REUTERS PICTURES | 22 Sep 2022

[[a|A relative mourns during the funeral of a shepherd killed in an attack by Islamic State militants near Tuz Khurmatu]], in Tuz Khurmatu, Iraq, September 22, 2022. Two shepherds were killed and a third was wounded on Wednesday, security officials said. REUTERS/Mahmoud Abed

Mourners pray over the coffins of two shepherds in Tuz Khurmatu, Iraq, September 22, 2022. REUTERS/Mahmoud Abed

Picture taken September 22, 2022.""", [
    I("a", "2022-09-21", "on Wednesday", "Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", "ISIS", "attributed",
      "civilians", "other", 2, "Two shepherds were killed", 1, "a third was wounded"),
])

doc("P7", "P", "2023-06-15", """IRAQ-TURKEY/SECURITY
REUTERS PICTURES | 15 Jun 2023

[[a|A man stands near the wreckage of a car hit by what local officials said was a Turkish drone strike near Mangesh, Dohuk province, Iraq, June 15, 2023]]. The strike late on Wednesday killed two people, described by local officials as civilians. REUTERS/Azad Lashkari

Children look at the burnt-out car near Mangesh, Iraq, June 15, 2023. REUTERS/Azad Lashkari

Picture taken June 15, 2023.""", [
    I("a", "2023-06-14", "late on Wednesday", "Mangesh", "Mangesh", "Dohuk", "Turkey", "attributed",
      "civilians", "airstrike_operation", 2, "killed two people", None, None),
])

doc("P8", "P", "2022-05-05", """IRAQ-SECURITY/
REUTERS PICTURES | 5 May 2022

Mourners carry the coffin of a police officer during his funeral in Kut, Wasit province, Iraq, May 5, 2022. [[a|The officer was shot dead by unidentified gunmen outside his house in Kut the day before yesterday]], police said. REUTERS/Essam al-Sudani

Policemen stand guard during the funeral in Kut, Iraq, May 5, 2022. REUTERS/Essam al-Sudani

Picture taken May 5, 2022.""", [
    I("a", "2022-05-03", "the day before yesterday", "Kut", "Kut", "Wasit", "unknown", None,
      "police", "shooting", 1, "The officer was shot dead", None, None),
])

doc("P9", "P", "2025-04-03", """IRAQ-SECURITY/BABIL
REUTERS PICTURES | 3 Apr 2025

[[a|Iraqi policemen inspect a mobile phone shop damaged by an explosive device in Hilla, Babil province, Iraq, April 3, 2025]]. The device went off before dawn, causing damage but no casualties, police said. REUTERS/Alaa al-Marjani

A shop owner sweeps glass from the pavement in Hilla, Iraq, April 3, 2025. REUTERS/Alaa al-Marjani

Picture taken April 3, 2025.""", [
    I("a", "2025-04-03", "before dawn", "Hilla", "Hilla", "Babil", None, None,
      "", "ied", 0, "causing damage but no casualties", 0, "causing damage but no casualties"),
])

doc("P10", "P", "2023-11-12", """IRAQ-SECURITY/
REUTERS PICTURES | 12 Nov 2023

[[a|A worker clears debris outside a liquor store hit by an explosive device in Al-Diwaniyah, Iraq, November 12, 2023]]. The blast late on Saturday wounded the store's owner, police said. No group claimed the attack. REUTERS/Stringer

Picture taken November 12, 2023. Image ID: RC2PZ4A1BXK3.""", [
    I("a", "2023-11-11", "late on Saturday", "Al-Diwaniyah", "Diwaniyah", "Qadisiyah", "unknown",
      "unclaimed", "civilians", "ied", None, None, 1, "wounded the store's owner"),
])

doc("P11", "P", "2023-03-09", """SYRIA-SECURITY/
REUTERS PICTURES | 9 Mar 2023

[[a|Members of the Syrian Democratic Forces (SDF) stand next to a burnt vehicle after suspected Islamic State militants ambushed an SDF patrol near Al-Shaddadi, Hasakah province, Syria, March 9, 2023]]. Two SDF fighters were killed on Wednesday, the SDF said. REUTERS/Orhan Qereman

Picture taken March 9, 2023. Editorial use only.""", [
    I("a", "2023-03-08", "on Wednesday", "Al-Shaddadi", "Al-Shaddadi", None, "ISIS", "suspected",
      "", "ambush", 2, "Two SDF fighters were killed", None, None, country="Syria"),
], country="Syria")

doc("P12", "P", "2024-06-11", """IRAQ-SECURITY/
REUTERS PICTURES | 11 Jun 2024

Relatives carry the coffin of a civil-society activist during his funeral in Al-Rifai, Dhi Qar province, Iraq, June 11, 2024. [[a|He was shot dead by unidentified gunmen on Monday evening in Al-Rifai]], relatives said. REUTERS/Khalid al-Mousily

Picture taken June 11, 2024. Image ID: RC2QXB9A7MN1.""", [
    I("a", "2024-06-10", "on Monday evening", "Al-Rifai", "Rifai", "Dhi Qar", "unknown", None,
      "civilians", "shooting", 1, "He was shot dead", None, None),
])


# =====================================================================  R
# Forum threads (reddit manner): usernames, vote counts, "9h" / "2h"
# stamps relative to the moment the thread was viewed; 4 as .json exports.

doc("R1", "R", "2020-08-07", """r/iraq - Posted by u/baquba_boy - 9h
Attack on Hashd post near Al-Abbara last night?

My cousin serves near there. Shafaq says [[a|Daesh attacked a Hashd post near Al-Abbara last night, 2 killed and 2 wounded]]. Anyone have more?

    41 points - u/Diyala_Watcher - 7h
    Yes it's true, the post is on the road to the orchards. Allah yerhamhum.

    23 points - u/salam_b - 2h
    Update: one of the wounded died in Baquba hospital this morning, so 3 martyrs now and 1 still in hospital.

    5 points - u/tigris_and_chill - 1h
    Stay safe man, hope your cousin is ok

Thread viewed 7 Aug 2020, 16:05 (Baghdad time)""", [
    I("a", "2020-08-06", "last night", "Al-Abbara", "Abbara", "Diyala", "ISIS", "attributed",
      "PMU", "other", 3, "3 martyrs now", 1, "1 still in hospital"),
])

doc("R2", "R", "2022-01-13", """Posted by u/ezidi_voice - 4h

[[a|Turkish drone hit a car near Khanasor in Shingal today, two YBS fighters killed]] according to local pages. Can anyone confirm?

    u/zakho_mountain - 3h
    Confirmed by Rudaw. Both were YBS. Third strike on Shingal since Christmas.

    u/lalish_light - 2h
    People there are scared to drive anywhere now.

    u/gertrude_bell_fan - 1h
    Any statement from Ankara? Usually the MoD posts something about "neutralized terrorists".

(thread export, 13 Jan 2022)""", [
    I("a", "2022-01-13", "today", "Khanasor", "Sinjar", "Nineveh", "Turkey", "attributed",
      "PKK", "airstrike_operation", 2, "two YBS fighters killed", None, None),
], ext="json", title="Turkish drone strike near Khanasor today?", outlet="reddit.com/r/kurdistan",
    published="2022-01-13T18:40:00+03:00")

doc("R3", "R", "2021-10-30", """r/iraq - Posted by u/kirkuki_in_berlin - 5h
Nobody talks about the small attacks anymore

[[a|The day before yesterday an IED hit a grain truck on the road near Laylan and killed the driver]], my uncle knew him. Nobody claimed it. Local news barely covered it because everyone is busy with the election results.

    17 points - u/daquq_dad - 4h
    Laylan is south-east of Kirkuk, right? That road has been bad since 2020.

    9 points - u/kirkuki_in_berlin - 4h
    Yes, towards Tuz. RIP to the driver.

Thread viewed 30 Oct 2021""", [
    I("a", "2021-10-28", "The day before yesterday", "Laylan", "Laylan", "Kirkuk", "unknown", "unclaimed",
      "civilians", "ied", 1, "killed the driver", None, None),
])

doc("R4", "R", "2019-07-16", """Posted by u/anbar_osint - 11h

[[a|Daesh attacked an army post in Barwana, across the river from Haditha, around 2am with RPGs and small arms]]. 1 soldier KIA, 3 WIA per Anbar Ops.

    u/euphrates_eagle - 10h
    That's the third attack around Haditha this month.

    u/desert_rat_iq - 6h
    Source? Can't find it on the SMC page.

    u/anbar_osint - 5h
    Anbar Ops command channel, they posted pics of the wounded in Haditha hospital.

(thread export, 16 Jul 2019)""", [
    I("a", "2019-07-16", "around 2am", "Barwana", "Haditha", "Anbar", "ISIS", "attributed",
      "army", "shooting+other", 1, "1 soldier KIA", 3, "3 WIA"),
], ext="json", title="Daesh attack on army post in Barwana (Haditha)", outlet="reddit.com/r/IraqiConflict",
    published="2019-07-16T13:20:00+03:00")

doc("R5", "R", "2019-10-03", """r/iraq - MEGATHREAD: Protests, day 3 - Posted by u/iraq_mods - 14h

Please keep all protest discussion here. No graphic content without a tag.

    88 points - u/zafaraniya_kid - 10h
    [[a|Yesterday in Zafaraniya the security forces fired live rounds at the protesters, 3 dead]], my friend works at the hospital there.

    52 points - u/basra_breeze - 8h
    Internet is cut again here, posting through a VPN.

    31 points - u/mansour_med - 6h
    Riot police arrested dozens in Tahrir this morning, no shooting there today so far.

Thread viewed 3 Oct 2019, 21:40""", [
    I("a", "2019-10-02", "Yesterday", "Zafaraniya", "Baghdad", "Baghdad", "security forces", "attributed",
      "civilians", "shooting", 3, "3 dead", None, None),
])

doc("R6", "R", "2022-09-03", """r/iraq - Posted by u/samarra_sunrise - 3h
IED on army vehicle near Al-Dour this morning

[[a|IED hit an army Humvee near Al-Dour this morning]], Alsumaria says soldiers were killed. Does anyone have numbers?

    14 points - u/tikrit_tea - 2h
    SMC statement says 2 martyrs and 2 injured. They didn't say who did it.

    6 points - u/samarra_sunrise - 1h
    Thanks. May God have mercy on them.

Thread viewed 3 Sep 2022, 13:15""", [
    I("a", "2022-09-03", "this morning", "Al-Dour", "Dour", "Salahuddin", None, None,
      "army", "ied", 2, "2 martyrs", 2, "2 injured"),
])

doc("R7", "R", "2023-06-30", """Posted by u/amedi_apricots - 8h

[[a|Turkish shells hit orchards near our village in Barwari Bala (Amedi district) last night]], one villager injured, no one killed. This is the fourth time this month.

    u/duhok_dev - 7h
    Stay safe. Is the road to Kani Masi open?

    u/amedi_apricots - 6h
    Open but the army checkpoints are slow.

(thread export, 30 Jun 2023)""", [
    I("a", "2023-06-29", "last night", "Barwari Bala", "Amedi", "Dohuk", "Turkey", "attributed",
      "civilians", "mortar_rocket", 0, "no one killed", 1, "one villager injured"),
], ext="json", title="Shelling again near Barwari Bala", outlet="reddit.com/r/kurdistan",
    published="2023-06-30T20:05:00+03:00")

doc("R8", "R", "2023-09-19", """r/iraq - Posted by u/qurna_fisher - 6h
Is Qurna getting worse?

[[a|Someone threw a grenade at the house of a judge in Al-Qurna last Thu]], nobody hurt. Police don't say who. Last month it was a shop. Should my family be worried?

    12 points - u/basra_breeze - 5h
    It's mostly about tribal stuff and court cases, not like 2007.

    4 points - u/qurna_fisher - 3h
    Hope so.

Thread viewed 19 Sep 2023""", [
    I("a", "2023-09-14", "last Thu", "Al-Qurna", "Qurna", "Basra", None, None,
      "civilians", "other", 0, "nobody hurt", 0, "nobody hurt"),
])

doc("R9", "R", "2024-03-21", """r/baghdad - Posted by u/adhamiya_nights - 5h
Loud explosions in north Baghdad?

Heard three big booms around 10am, windows shook in Adhamiya. Anyone know?

    34 points - u/taji_trucker - 5h
    Army engineers detonating old munitions at the Taji range, they announced it yesterday on the Baghdad Operations page.

    12 points - u/adhamiya_nights - 4h
    Ah ok, thanks. Scared the kids.

    3 points - u/karkh_kebab - 2h
    They do it every few months, nothing to worry about.

Thread viewed 21 Mar 2024""", [], noise=True)

doc("R10", "R", "2022-03-05", """Posted by u/karbala_coffee - 1d

[[a|Unknown gunmen shot dead an activist in Ain al-Tamr on the 3rd]]. He used to organize the sit-ins in 2019. Karbala police said they are investigating but nobody believes it.

    u/najaf_notes - 20h
    Allah yerhamah. Same thing every year.

    u/karbala_coffee - 18h
    His family are asking for the case to be moved to Baghdad.

(thread export, 5 Mar 2022)""", [
    I("a", "2022-03-03", "on the 3rd", "Ain al-Tamr", "Ain al-Tamr", "Karbala", "unknown", None,
      "civilians", "shooting", 1, "shot dead an activist", None, None),
], ext="json", title="Activist killed in Ain al-Tamr", outlet="reddit.com/r/iraq",
    published="2022-03-05T11:30:00+03:00")

doc("R11", "R", "2025-02-17", """r/iraq - Posted by u/rutba_roads - 6h
Is ISIS still active in Anbar?

[[a|Guys in Rutba say an IED hit a Hashd truck near Akashat on Saturday]], 1 martyr and a couple wounded. Hashd media blamed Daesh remnants. I thought the desert was quiet now?

    22 points - u/anbar_osint - 5h
    Quiet compared to 2019, but there are still small cells near the Syrian border.

Thread viewed 17 Feb 2025""", [
    I("a", "2025-02-15", "on Saturday", "Akashat", "Akashat", "Anbar", "ISIS", "attributed",
      "PMU", "ied", 1, "1 martyr", None, None),
])

doc("R12", "R", "2024-11-18", """r/iraq - Posted by u/wasit_wanderer - 4h
[[a|Sticky bomb under the car of a council member in Al-Aziziyah yesterday]] - he survived, only lightly injured thank God. No one says who did it, as usual.

    15 points - u/kut_kid - 3h
    There's a feud over the district director post, everyone in town knows.

    7 points - u/wasit_wanderer - 2h
    Maybe, but police haven't said anything.

Thread viewed 18 Nov 2024""", [
    I("a", "2024-11-17", "yesterday", "Al-Aziziyah", "Aziziyah", "Wasit", None, None,
      "civilians", "ied", 0, "he survived", 1, "only lightly injured"),
])
