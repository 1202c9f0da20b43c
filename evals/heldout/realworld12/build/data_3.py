"""realworld12 data 3: styles C (CSV exports of NGO / consultancy incident
trackers, .csv), O (OCR'd text of PDF daily security reports), Q (interview /
press Q&A transcripts)."""
from lib import I, doc

# ============================================================== C: CSV exports
doc("C1", "C", "2023-03-31", """Export date: 2023-03-31 16:05 | Tracker: NE-Iraq incidents | Filter: Diyala, March 2023
id,date,governorate,district,location,category,target,killed,injured,perpetrator,description,source
IQ-2303-011,5-Mar-23,Diyala,Khanaqin,Balad Ruz - Mandali rd,IED,ISF,1,0,Unknown,"[[a|IED struck an IA vehicle on the road east of Balad Ruz; 1 soldier killed, no injuries.]]",local contact
IQ-2303-019,18-Mar-23,Diyala,Khalis,Saadiya,SAF,PMF,0,2,ISIS (attr.),"[[b|Small-arms fire on a PMF post north of Saadiya; no one killed, 2 PMF injured. ISF attribute to ISIS.]]",ISF source
IQ-2303-024,20-Mar-23,Diyala,Baquba,Baquba,Arrest,-,0,0,-,"ISF arrested 3 wanted persons in Baquba. Not an attack.",media""",
    [I("a", "2023-03-05", "5-Mar-23", "Balad Ruz", "Balad Ruz", "Diyala", "unknown", None,
       "army", "ied", 1, "1 soldier killed", 0, "no injuries"),
     I("b", "2023-03-18", "18-Mar-23", "Saadiya", "Saadiya", "Diyala", "ISIS", "attributed",
       "PMU", "shooting", 0, "no one killed", 2, "2 PMF injured")], ext="csv")

doc("C2", "C", "2021-09-30", """Exported 2021-09-30 from SecTrack (Ninewa team)
date,governorate,location,type,actor,target,fatalities,injuries,notes
2021/09/06,Ninewa,Snuny (Sinjar district),Drone strike,Turkey,YBS,1,0,"[[a|Turkish drone hit a vehicle near Snuny, Sinjar district; 1 YBS member killed]] (YBS is seen by Ankara as PKK-affiliated)"
2021/09/19,Ninewa,Hammam al-Alil,IED,Unknown,Civilians,1,3,"[[b|IED exploded near a bakery in Hammam al-Alil, 1 civilian dead and 3 wounded]]; no claim"
2021/09/21,Ninewa,Mosul,Other,-,-,0,0,"Demonstration of daily-wage workers outside the governorate building; peaceful" """.rstrip(),
    [I("a", "2021-09-06", "2021/09/06", "Snuny", "Sinjar", "Nineveh", "Turkey", "attributed",
       "PKK", "airstrike_operation", 1, "1 YBS member killed", None, None),
     I("b", "2021-09-19", "2021/09/19", "Hammam al-Alil", "Hammam al-Alil", "Nineveh", "unknown", "unclaimed",
       "civilians", "ied", 1, "1 civilian dead", 3, "3 wounded")], ext="csv")

doc("C3", "C", "2022-06-30", """Kirkuk incident log - export 30.06.2022 (dates dd.mm.yyyy)
No;Date;Area;Incident;Casualties;Description
14;16.06.2022;Sargaran;IED;0 KIA / 2 WIA;"[[a|Roadside IED hit an army vehicle near Sargaran, wounding 2 soldiers]]. Suspected ISIS."
15;20.06.2022;Kirkuk city;Arrest;-;"Police arrested a man wanted under Article 4. No incident."
16;29.06.2022;Altun Kupri;Grenade;none;"[[b|Grenade thrown at the office of a Turkmen party in Altun Kupri at night, no casualties]], door damaged."
""".rstrip(),
    [I("a", "2022-06-16", "16.06.2022", "Sargaran", "Sargaran", "Kirkuk", "ISIS", "suspected",
       "army", "ied", None, None, 2, "wounding 2 soldiers"),
     I("b", "2022-06-29", "29.06.2022", "Altun Kupri", "Altun Kupri", "Kirkuk", None, None,
       "", "other", 0, "no casualties", 0, "no casualties")], ext="csv")

doc("C4", "C", "2020-11-02", """Anbar security tracker; exported 2020-11-02; date column is mm/dd/yyyy
date (mm/dd/yyyy),district,place,event,killed,wounded,attribution,summary
10/08/2020,Haditha,Haditha,IED,0,3,Unknown,"[[a|Bomb exploded as an army patrol passed on the road north of Haditha; no one killed, 3 soldiers wounded]]"
10/25/2020,Fallujah,Al-Karma,Shooting,1,0,Unknown gunmen,"[[b|Unknown gunmen shot dead the mukhtar of a village in Al-Karma]] in front of his house"
10/27/2020,Ramadi,Ramadi,Found IED,0,0,-,"Police defused an IED near a school in Ramadi; not counted as an attack" """.rstrip(),
    [I("a", "2020-10-08", "10/08/2020", "Haditha", "Haditha", "Anbar", None, None,
       "army", "ied", 0, "no one killed", 3, "3 soldiers wounded"),
     I("b", "2020-10-25", "10/25/2020", "Al-Karma", "Karma", "Anbar", "unknown", None,
       "civilians", "shooting", 1, "Unknown gunmen shot dead the mukhtar", None, None)], ext="csv")

doc("C5", "C", "2020-02-01", """Export: Baghdad belt incidents, January 2020 (generated 2020-02-01)
date (local time),location,category,k,w,perp,text
2020-01-05 22:40,Abu Ghraib,IED,1,0,not known,"[[a|IED exploded under a PMF truck on the road west of Abu Ghraib, 1 PMF member killed]]"
2020-01-28 03:15,Tarmiyah,Attack,2,0,ISIS,"[[b|ISIS militants attacked an army post in Tarmiyah before dawn, 2 soldiers killed]]"
2020-01-30 11:00,Karrada,Protest,0,0,-,"Students marched in Karrada; no violence reported" """.rstrip(),
    [I("a", "2020-01-05", "2020-01-05 22:40", "Abu Ghraib", "Abu Ghraib", "Baghdad", None, None,
       "PMU", "ied", 1, "1 PMF member killed", None, None),
     I("b", "2020-01-28", "2020-01-28 03:15", "Tarmiyah", "Tarmiyah", "Baghdad", "ISIS", "attributed",
       "army", "shooting", 2, "2 soldiers killed", None, None)], ext="csv")

doc("C6", "C", "2022-12-01", """Salah al-Din weekly tracker - export 1 Dec 2022
Date,Town,Type,Killed,Injured,Target,Perpetrator,Description
Nov 3 2022,Samarra,IED,1,2,PMF,ISIS,"[[a|IED hit a Saraya al-Salam vehicle in the Jallam desert east of Samarra; 1 killed, 2 injured]]"
Nov 28 2022,Dujail,SAF,0,1,Civilians,Unknown,"[[b|Shots fired at farmers in orchards near Dujail; no deaths, 1 farmer injured]]"
Nov 29 2022,Tikrit,Found weapons cache,0,0,-,-,"ISF found a cache of rockets north of Tikrit" """.rstrip(),
    [I("a", "2022-11-03", "Nov 3 2022", "Samarra", "Samarra", "Salahuddin", "ISIS", "attributed",
       "PMU", "ied", 1, "1 killed", 2, "2 injured"),
     I("b", "2022-11-28", "Nov 28 2022", "Dujail", "Dujail", "Salahuddin", "unknown", None,
       "civilians", "shooting", 0, "no deaths", 1, "1 farmer injured")], ext="csv")

doc("C7", "C", "2024-04-30", """KRI border incidents - export 2024-04-30 (consultancy internal)
ref,date,district,village,event_type,actor,killed,injured,comment
KB-0401,2024-04-02,Amedi,Deraluk,Artillery,Turkey,0,0,"[[a|Turkish artillery shells landed on farmland near Deraluk; no casualties]]"
KB-0409,2024-04-15,Amedi,Kesta,Airstrike,Turkey,1,0,"[[b|Turkish air strike near Kesta village, Amedi district; 1 killed, described by the Turkish MoD as a PKK member]]"
KB-0412,2024-04-21,Zakho,Zakho,Other,-,0,0,"Peshmerga redeployment near Zakho; no incident, routine rotation" """.rstrip(),
    [I("a", "2024-04-02", "2024-04-02", "Deraluk", "Deraluk", "Dohuk", "Turkey", "attributed",
       "", "mortar_rocket", 0, "no casualties", 0, "no casualties"),
     I("b", "2024-04-15", "2024-04-15", "Kesta", "Amedi", "Dohuk", "Turkey", "attributed",
       "PKK", "airstrike_operation", 1, "1 killed", None, None)], ext="csv")

doc("C8", "C", "2019-09-30", """Diyala field tracker 2019 - export 30/09/2019
date;location;type;k;w;description
14/09/2019;Qara Tapa;IED;1;0;"[[a|IED exploded in a vegetable market in Qara Tapa, killing 1 civilian]]. No claim."
22/09/2019;Khanaqin;Seizure;0;0;"Police seized explosives in a car at a Khanaqin checkpoint. Not an attack."
27/09/2019;Muqdadiyah;Tribal dispute;0;0;"Dispute between two clans over irrigation water settled by elders; no shots fired, no security forces involved."
""".rstrip(),
    [I("a", "2019-09-14", "14/09/2019", "Qara Tapa", "Qara Tapa", "Diyala", "unknown", "unclaimed",
       "civilians", "ied", 1, "killing 1 civilian", None, None)], ext="csv")

doc("C9", "C", "2021-11-30", """Export 2021-11-30 | Kirkuk governorate | Nov-2021
Date,Location,Event,Dead,Injured,Actor,Details
7-Nov-21,Hawija,Attack on village,3,1,ISIS,"[[a|ISIS militants raided a village west of Hawija, killing 3 civilians and injuring 1]]"
21-Nov-21,Kirkuk city,Sticky IED,0,1,Unknown,"[[b|Sticky bomb under a car in the Rahimawa area of Kirkuk city; driver injured]]"
25-Nov-21,Daquq,Found IED,0,0,-,"Army engineers defused an old IED found on a farm track near Daquq; not counted as an attack"
""".rstrip(),
    [I("a", "2021-11-07", "7-Nov-21", "Hawija", "Hawija", "Kirkuk", "ISIS", "attributed",
       "civilians", "shooting", 3, "killing 3 civilians", 1, "injuring 1"),
     I("b", "2021-11-21", "21-Nov-21", "Rahimawa area of Kirkuk city", "Kirkuk", "Kirkuk", "unknown", None,
       "civilians", "ied", None, None, 1, "driver injured")], ext="csv")

doc("C10", "C", "2023-04-30", """South Iraq tracker | export 2023/04/30
Date,Governorate,Place,Type,Killed,Wounded,Source,Notes
2023/04/11,Qadisiyah,Afak,Shooting,0,0,Police,"[[a|Gunmen fired shots at a PMF office in Afak at night]], no casualties, windows broken"
2023/04/19,Qadisiyah,Diwaniyah,Fire,0,0,Civil Defence,"Fire in a warehouse in Diwaniyah; electrical fault, no criminal act according to civil defence"
2023/04/27,Qadisiyah,Shamiya,Arrest,0,0,Police,"Police arrested a man for celebratory gunfire at a wedding in Shamiya; not an attack"
""".rstrip(),
    [I("a", "2023-04-11", "2023/04/11", "Afak", "Afak", "Qadisiyah", "unknown", None,
       "", "shooting", 0, "no casualties", 0, "no casualties")], ext="csv")

doc("C11", "C", "2020-08-31", """Maysan tracker export 31.08.2020
date;district;type;killed;injured;text
17.08.2020;Amarah;IED;0;0;"[[a|Small IED exploded outside a shop in central Amarah; no casualties]]"
24.08.2020;Qalat Salih;Grenade;0;1;"[[b|Grenade thrown at the house of an activist in Qalat Salih, 1 injured (his father)]]"
29.08.2020;Ali al-Gharbi;Arrest;0;0;"Police arrested three suspects in a smuggling case near Ali al-Gharbi; not counted as an attack, no casualties"
""".rstrip(),
    [I("a", "2020-08-17", "17.08.2020", "Amarah", "Amarah", "Maysan", None, None,
       "", "ied", 0, "no casualties", 0, "no casualties"),
     I("b", "2020-08-24", "24.08.2020", "Qalat Salih", "Qalat Salih", "Maysan", None, None,
       "civilians", "other", None, None, 1, "1 injured (his father)")], ext="csv")

doc("C12", "C", "2025-06-30", """Babil incidents, exported 30/06/2025 (dates dd/mm/yyyy)
date,location,type,killed,injured,description
11/06/2025,Al-Musayyib,Sound bomb,0,0,"[[a|Sound bomb thrown at a car showroom in Al-Musayyib at night; no injuries, no deaths]]"
25/06/2025,Hilla,Arrest,0,0,"Police arrested two drug dealers in Hilla; not an attack"
28/06/2025,Iskandariya,Accident,0,2,"Two workers injured when a gas cylinder exploded in a restaurant kitchen in Iskandariya; civil defence ruled out any criminal act"
""".rstrip(),
    [I("a", "2025-06-11", "11/06/2025", "Al-Musayyib", "Musayyib", "Babil", None, None,
       "", "ied", 0, "no deaths", 0, "no injuries")], ext="csv")

# ============================================================== O: OCR'd PDF daily reports
doc("O1", "O", "2023-03-13", """IRAQ DAILY SECURITY REPORT                              RESTRICTED
No. 071/2023   13 March 2023                              Page 3 of 7
------------------------------------------------------------------
DIYALA
12/03  [[a|Suspected ISIS militants fired on a PMF po-
st near Mandali, killing 1 PMF member]]. Attackers withdrew
towards the bor der area.
12/03  [[b|IED detonated under a farmer' s car in Al-Udhaim,
wounding 2]] (the farmer and his son). No claim.
Assess ment: IS activity in north-east Diyala remains elevated.
------------------------------------------------------------------
Prepared by the Ops Cell   |   Distribution: staff only   |   Page 3 of 7""",
    [I("a", "2023-03-12", "12/03", "Mandali", "Mandali", "Diyala", "ISIS", "suspected",
       "PMU", "shooting", 1, "killing 1 PMF member", None, None),
     I("b", "2023-03-12", "12/03", "Al-Udhaim", "Udhaim", "Diyala", "unknown", "unclaimed",
       "civilians", "ied", None, None, 2, "wounding 2")])

doc("O2", "O", "2021-09-27", """DAILY SITUATION REPORT - NORTHERN IRAQ          27 September 2021
                                                            Page 2 of 5
NINEWA
26/09 1930  [[a|Hand grenade thrown into a clo-
thes shop in Bartella; shop owner wounded]]. Police have a sus pect but gave
no name.
26/09       Peaceful protest by IDPs in Hammam al-Alil.
_____________________________________________________________
This report is for internal use only.                Page 2 of 5""",
    [I("a", "2021-09-26", "26/09 1930", "Bartella", "Bartella", "Nineveh", None, None,
       "civilians", "other", None, None, 1, "shop owner wounded")])

doc("O3", "O", "2022-06-21", """SECURITY DAILY  |  21 June 2022  |  Page 4 of 6
KIRKUK
20/06  [[a|IED attack on an IA patrol south-west of Hawija
at 0540hrs]]; 1 soldier KIA, vehicle damaged. Attributed
to ISIS by local ISF.
20/06  Power cut in Kirkuk city after a line fault (not secu-
rity related).
ASSESSMENT: Hawija corridor remains the main area of con-
cern.
Page 4 of 6                                 SECURITY DAILY""",
    [I("a", "2022-06-20", "20/06", "Hawija", "Hawija", "Kirkuk", "ISIS", "attributed",
       "army", "ied", 1, "1 soldier KIA", None, None)])

doc("O4", "O", "2020-10-14", """DAILY SECURITY REPORT - IRAQ
14 October 2020                                         Page 5 of 8
ANBAR
13/10  [[a|Sticky IED under the car of a local council member in
Ramadi's Al-Tash area, killing him]]. No claim.
13/10  [[b|Two rockets landed near Habbaniyah airbase, no cas-
ualties]]. Launch site found in Al-Khalidiya.
Assessment: no change.
-------------------------------------------
CONFIDENTIAL - not for distribution     Page 5 of 8""",
    [I("a", "2020-10-13", "13/10", "Ramadi", "Ramadi", "Anbar", "unknown", "unclaimed",
       "civilians", "ied", 1, "killing him", None, None),
     I("b", "2020-10-13", "13/10", "Habbaniyah", "Habbaniyah", "Anbar", None, None,
       "army", "mortar_rocket", 0, "no cas-\nualties", 0, "no cas-\nualties")])

doc("O5", "O", "2020-01-19", """IRAQ  -  DAILY SECURITY REPORT   19 January 2020        Page 1 of 6
BAGHDAD
18/01  [[a|IED targeted a PMF supply truck on the road to Al-Madain,
2 PMF wounded]]. No claim of respon sibility.
18/01  Protests continued in Tahrir Square; no violence re-
ported.
18/01  ISF raided a house in Al-Dora and arrested 2.
___________________________________________________
Page 1 of 6                   Distribution: staff and partners""",
    [I("a", "2020-01-18", "18/01", "Al-Madain", "Madain", "Baghdad", "unknown", "unclaimed",
       "PMU", "ied", None, None, 2, "2 PMF wounded")])

doc("O6", "O", "2022-11-16", """DAILY SECURITY BRIEF - IRAQ                  16 November 2022
                                                         Page 3 of 6
SALAH AL-DIN
15/11  [[a|Roadside bomb exploded near farmers on the outskirts
of Balad, wounding two]]. No claim.
15/11  [[b|Gunmen shot dead a police officer at his home in Al-
Dhuluiya]]. Perpetrators unknown.
15/11  ISF air strike on IS hideout in the Makhoul mountains (se-
curity operation, not counted).
Page 3 of 6""",
    [I("a", "2022-11-15", "15/11", "Balad", "Balad", "Salahuddin", "unknown", "unclaimed",
       "civilians", "ied", None, None, 2, "wounding two"),
     I("b", "2022-11-15", "15/11", "Dhuluiya", "Dhuluiya", "Salahuddin", "unknown", None,
       "police", "shooting", 1, "shot dead a police officer", None, None)])

doc("O7", "O", "2024-04-10", """KRI DAILY SECURITY REPORT    10 April 2024     Page 2 of 4
DUHOK
09/04  [[a|Turkish drone strike near Sarsing, one person killed]],
reportedly a PKK mem ber.
09/04  Border crossing at Ibrahim Khalil operating normally.
09/04  Tourist traffic heavy on the Duhok - Amedi road.
-----------------------------------------------------
Page 2 of 4           For internal use only""",
    [I("a", "2024-04-09", "09/04", "Sarsing", "Sarsing", "Dohuk", "Turkey", "attributed",
       "PKK", "airstrike_operation", 1, "one person killed", None, None)])

doc("O8", "O", "2019-05-21", """DAILY SECURITY REPORT  21 May 2019   Page 3 of 5
SALAH AL-DIN
20/05  [[a|IED struck an army vehicle near Al-Siniya, 1 soldier
killed and 1 wounded]]. IS remnants blamed by local
command.
20/05  Fire in wheat fields near Tikrit; cause un-
der investigation (no attack reported).
Page 3 of 5""",
    [I("a", "2019-05-20", "20/05", "Al-Siniya", "Siniya", "Salahuddin", "ISIS", "attributed",
       "army", "ied", 1, "1 soldier\nkilled", 1, "1 wounded")])

doc("O9", "O", "2022-02-09", """SOUTH / CENTRE DAILY REPORT     9 February 2022     Page 2 of 4
WASIT
08/02  [[a|Unknown gunmen fired on a border-guard patrol near
Badra, 1 border guard wounded]].
08/02  Smuggled goods seized at Zurbatiya crossing.
ASSESSMENT: border areas of eastern Wasit see occasional shoot-
ings linked to smuggling networks; no change to posture.
Page 2 of 4""",
    [I("a", "2022-02-08", "08/02", "Badra", "Badra", "Wasit", "unknown", None,
       "security forces", "shooting", None, None, 1, "1 border guard wounded")])

doc("O10", "O", "2024-11-12", """DAILY SECURITY REPORT   12 November 2024    Page 4 of 5
NAJAF
11/11  [[a|Explosive device placed at the gate of a tribal figure's
house in Al-Mishkhab detonated, no casual-
ties]]. Police opened an investigation.
11/11  Traffic accident on the Najaf-Kufa road, 2 dead (not
security related).
Page 4 of 5""",
    [I("a", "2024-11-11", "11/11", "Al-Mishkhab", "Mishkhab", "Najaf", None, None,
       "civilians", "ied", 0, "no casual-\nties", 0, "no casual-\nties")])

doc("O11", "O", "2023-09-06", """IRAQ DAILY SECURITY REPORT    6 September 2023       Page 5 of 7
ANBAR
05/09  [[a|IED hit an army vehicle in the desert near Al-Nukhaib,
one soldier killed]]. Suspected IS.
05/09  Routine patrols on the Rutba road; no further incidents re-
ported in western Anbar.
Page 5 of 7""",
    [I("a", "2023-09-05", "05/09", "Al-Nukhaib", "Nukhaib", "Anbar", "ISIS", "suspected",
       "army", "ied", 1, "one soldier killed", None, None)])

doc("O12", "O", "2025-08-19", """DAILY SECURITY REPORT  19 August 2025  Page 3 of 4
DHI QAR
18/08  [[a|Grenade thrown at the house of a judge in Al-Shatrah,
no one hurt]]. Damage to gate.
18/08  Tribal clash in Al-Gharraf resolved by elders (no
security forces involved).
Page 3 of 4""",
    [I("a", "2025-08-18", "18/08", "Al-Shatrah", "Shatra", "Dhi Qar", None, None,
       "civilians", "other", 0, "no one hurt", 0, "no one hurt")])

# ============================================================== Q: interviews / Q&A
doc("Q1", "Q", "2023-03-27", """Interview: "They came at eleven" - the director of Kanaan subdistrict
Diyala, 27 March 2023

Q: What happened on Saturday night?
A: At around 11 p.m. [[a|Daesh elements attacked the post of the tribal fighters at the eastern edge of Kanaan]] from two sides. Three fighters were martyred and two were wounded. The wounded are in Baquba hospital.
Q: Was the post isolated?
A: Yes. It is three kilometres from the nearest army unit. We asked for cameras months ago.
Q: Who is responsible?
A: It is Daesh. The cells come from the Hamrin and go back before dawn.""",
    [I("a", "2023-03-25", "on Saturday night", "Kanaan", "Kanaan", "Diyala", "ISIS", "attributed",
       "PMU", "shooting", 3, "Three fighters were martyred", 2, "two were wounded")])

doc("Q2", "Q", "2021-09-30", """Press Q&A with the mayor of Sinjar district, 30 September 2021 (transcript, translated)

Q: Mr Mayor, what happened on Tuesday?
A: At about 3 p.m., [[a|a Turkish drone struck a car at the entrance of Sinjar city]]. Two members of the YBS were killed. The car was near a market; thank God no civilians were hurt.
Q: Turkey says it targets the PKK.
A: The dead were local Yazidi young men from the YBS. Ankara calls them PKK. We call them our sons.
Q: Do people still want to return?
A: People are afraid. Every strike sends families back to the camps.""",
    [I("a", "2021-09-28", "on Tuesday", "Sinjar city", "Sinjar", "Nineveh", "Turkey", "attributed",
       "PKK", "airstrike_operation", 2, "Two members of the YBS were killed", 0, "no civilians were hurt")])

doc("Q3", "Q", "2022-06-29", """Kirkuk police chief answers reporters' questions - 29 June 2022

Q: General, can you tell us about Monday evening's explosion?
A: [[a|A sticky bomb was attached to the car of an official of the Turkmen Front in the Al-Wasiti neighbourhood of Kirkuk]]. It went off on Monday evening as he started the car. He was killed. His nephew, who was standing nearby, was lightly injured.
Q: Do you know who did it?
A: We have leads. I will not say more.
Q: Is this political?
A: Every killing in Kirkuk becomes political. Our job is to find the criminals.""",
    [I("a", "2022-06-27", "on Monday evening", "Al-Wasiti neighbourhood of Kirkuk", "Kirkuk", "Kirkuk",
       None, None, "civilians", "ied", 1, "He was killed", 1, "His nephew, who was standing nearby, was lightly injured")])

doc("Q4", "Q", "2020-10-31", """Q&A: Anah mayor on the attack on fishermen
31 October 2020

Q: What happened on Thursday night?
A: [[a|A group of Daesh came by boat and opened fire on fishermen on the Euphrates near Anah]]. One fisherman was killed, another was wounded in the arm.
Q: Are there still IS cells in the river islands?
A: The islands are thick with reeds. We have asked for boats for the police.
Q: What do you need from Baghdad?
A: Boats, night vision, and salaries paid on time.""",
    [I("a", "2020-10-29", "on Thursday night", "Anah", "Anah", "Anbar", "ISIS", "attributed",
       "civilians", "shooting", 1, "One fisherman was killed", 1, "another was wounded in the arm")])

doc("Q5", "Q", "2020-01-25", """Interview with a commander of the Popular Mobilization's northern Baghdad sector
25 January 2020

Q: What happened on Thursday?
A: [[a|On Thursday, just after sunset, ISIS militants attacked our post in the Tarmiya orchards]] with rifles and a rocket-propelled grenade. Two of our fighters were martyred.
Q: Why are the orchards so hard to secure?
A: The palms are dense, there are canals everywhere. One patrol cannot see the next.
Q: Do you coordinate with the army?
A: Yes, but they have their sector and we have ours.""",
    [I("a", "2020-01-23", "On Thursday, just after sunset", "Tarmiya", "Tarmiyah", "Baghdad", "ISIS",
       "attributed", "PMU", "shooting", 2, "Two of our fighters were martyred", None, None)])

doc("Q6", "Q", "2022-11-14", """Transcript: Samarra police chief on state TV talk show (translated)
14 November 2022

Q: Brigadier, viewers want to know about Saturday's ambush.
A: [[a|On Saturday our Federal Police patrol was ambushed in the Jallam desert east of Samarra]]. Two policemen were martyred and three wounded.
Q: Was it Daesh?
A: It was Daesh remnants, no doubt. They used a roadside bomb first and then opened fire.
Q: What are you doing now?
A: Clearing operations with the army and the air force.""",
    [I("a", "2022-11-12", "On Saturday", "Samarra", "Samarra", "Salahuddin", "ISIS", "attributed",
       "police", "ambush+ied", 2, "Two policemen were martyred", 3, "three wounded")])

doc("Q7", "Q", "2024-04-30", """Q&A with the mayor of Amedi district
30 April 2024

Q: What happened on Sunday near Kani Masi?
A: [[a|A Turkish drone struck a group of families having a picnic by the river near Kani Masi]]. Three civilians were wounded, a woman among them. Nobody was killed, thank God.
Q: Were there PKK fighters nearby?
A: Not that anyone saw. These were families from Duhok.
Q: Have you contacted the Turkish side?
A: We informed the Kurdistan Regional Government. That is their channel.""",
    [I("a", "2024-04-28", "on Sunday", "Kani Masi", "Kani Masi", "Dohuk", "Turkey", "attributed",
       "civilians", "airstrike_operation", 0, "Nobody was killed", 3, "Three civilians were wounded")])

doc("Q8", "Q", "2020-06-27", """Interview: Chwarta sub-district director on Thursday's strike
27 June 2020

Q: What exactly happened on Thursday?
A: [[a|A Turkish drone fired a missile at a car on the mountain road above Chwarta]]. Two villagers were wounded. They were bringing bread to shepherds.
Q: Turkey says it hit PKK members.
A: I know these men. They are farmers.
Q: Will people leave?
A: Some already have. The summer pastures are empty.""",
    [I("a", "2020-06-25", "on Thursday", "Chwarta", "Chwarta", "Sulaymaniyah", "Turkey", "attributed",
       "civilians", "airstrike_operation", None, None, 2, "Two villagers were wounded")])

doc("Q9", "Q", "2023-05-17", """Q&A with the mayor of Sidakan, Soran district
17 May 2023

Q: Tell us about Monday.
A: [[a|On Monday around noon a Turkish drone struck a pickup near Sidakan]]. Three men in it were killed. They were members of the PKK, people here say.
Q: Is Sidakan still inhabited?
A: Barely. More than half the villages around us are empty.
Q: What do you ask from Erbil?
A: Compensation for the farmers and pressure on both sides.""",
    [I("a", "2023-05-15", "On Monday around noon", "Sidakan", "Soran", "Erbil", "Turkey", "attributed",
       "PKK", "airstrike_operation", 3, "Three men in it were killed", None, None)])

doc("Q10", "Q", "2023-10-11", """Karbala police spokesman - press questions, 11 October 2023

Q: What happened at Ain al-Tamr on Monday?
A: [[a|A gunman in a car opened fire on a police checkpoint at the entrance of Ain al-Tamr on Monday]]. One of our policemen was killed. The gunman escaped.
Q: Was it terrorism?
A: We do not know yet. We are not ruling anything out.
Q: Any arrests?
A: Not yet.""",
    [I("a", "2023-10-09", "on Monday", "Ain al-Tamr", "Ain al-Tamr", "Karbala", "unknown", None,
       "police", "shooting", 1, "One of our policemen was killed", None, None)])

doc("Q11", "Q", "2020-07-22", """Interview with a Basra activist after Monday night's attack
22 July 2020

Q: What happened on Monday night?
A: At around 11 p.m., [[a|gunmen in two cars fired on our gathering outside a friend's house in Al-Qurna]]. Two of us were wounded, one in the stomach.
Q: Who do you blame?
A: Everyone knows, but nobody will say it. I will not name them on record.
Q: Will you continue?
A: Yes. If we stop, they win.""",
    [I("a", "2020-07-20", "on Monday night", "Al-Qurna", "Qurna", "Basra", "unknown", None,
       "civilians", "shooting", None, None, 2, "Two of us were wounded")])

doc("Q12", "Q", "2021-12-07", """Muthanna police chief - Q&A with local journalists, 7 December 2021

Q: Was Sunday's convoy attack near Al-Khidr serious?
A: [[a|An explosive device went off next to a truck in a convoy carrying logistics for the international coalition on the highway near Al-Khidr, on Sunday]]. No one was hurt; the truck was damaged.
Q: Who did it?
A: No party has claimed it. We are investigating.
Q: Why Muthanna?
A: The highway is long and open. We cannot guard every kilometre.""",
    [I("a", "2021-12-05", "on Sunday", "Al-Khidr", "Khidr", "Muthanna", "unknown", "unclaimed",
       "US forces", "ied", 0, "No one was hurt", 0, "No one was hurt")])
