"""realworld13 data, part 2: styles L (live-blog entries with GMT timestamps),
T (TV news tickers / chyrons in ALL CAPS) and D (diplomatic-cable style)."""
from lib import I, doc

# =====================================================================  L
# Live blogs: newest entry first, entries stamped in GMT while the events are
# told in local time (Baghdad / Erbil = GMT+3); restated tolls in later entries.

doc("L1", "L", "2020-08-20", """LIVE: Iraqi PM in Washington for strategic dialogue - as it happened
Thursday 20 August 2020 | All times GMT (Baghdad is GMT+3)

16:40 GMT - That's where we'll leave our live coverage for today. Thanks for following.

15:25 GMT - The two leaders have finished their meeting; a joint statement promises to "continue discussions" on the size of the U.S. presence.

12:05 GMT - Back in Iraq, Diyala health officials say the death toll from last night's bombing near Jalawla has risen to two: a second PMF fighter died of his wounds in Baquba this morning, and one other remains under treatment.

06:10 GMT - A security official in Diyala tells us [[a|a roadside bomb hit a PMF vehicle near Jalawla late on Wednesday, killing one fighter and wounding two]]. No group has claimed it yet.

05:30 GMT - Good morning and welcome to our live coverage of the Iraqi prime minister's first visit to the White House.""", [
    I("a", "2020-08-19", "late on Wednesday", "Jalawla", "Jalawla", "Diyala", "unknown", "unclaimed",
      "PMU", "ied", 2, "the death toll from last night's bombing near Jalawla has risen to two",
      1, "one other remains under treatment"),
])

doc("L2", "L", "2022-01-09", """Sunday 9 January 2022 - all times GMT

17:50 GMT - The session has been adjourned until tomorrow. We are closing this live page.

16:20 GMT - Police in Mosul say [[b|unknown gunmen shot dead a lawyer outside his office in the city's Al-Muthanna neighbourhood this afternoon]]. Colleagues said he had defended several detainees in terrorism cases.

13:05 GMT - Scuffles in the chamber: the oldest MP, who was chairing, was taken to hospital after feeling unwell, according to his office.

07:10 GMT - Before the session opens: a security source in Nineveh says [[a|a roadside bomb struck an army vehicle near Hammam al-Alil overnight Saturday into Sunday, wounding three soldiers]]; there were no deaths.

06:30 GMT - Welcome to our live coverage of the first sitting of Iraq's newly elected parliament.""", [
    I("a", "2022-01-08", "overnight Saturday into Sunday", "Hammam al-Alil", "Hammam al-Alil", "Nineveh",
      None, None, "army", "ied", 0, "there were no deaths", 3, "wounding three soldiers"),
    I("b", "2022-01-09", "this afternoon", "Al-Muthanna", "Mosul", "Nineveh", "unknown", None,
      "civilians", "shooting", 1, "shot dead a lawyer", None, None),
], ext="html", title="Iraq's new parliament meets: live updates", outlet="Middle East Desk - Live")

doc("L3", "L", "2021-10-10", """Sunday 10 October 2021 | times in GMT (local time GMT+3)

17:05 GMT - Polls have closed. The electoral commission says preliminary results are expected within 24 hours.

11:15 GMT - Security officials say [[b|suspected IS militants fired three mortar rounds at the edge of Al-Zab town, west of Kirkuk, this morning; no one was hurt]]. Voting in the town continued.

08:40 GMT - A Kirkuk police source says [[a|a sound bomb went off near a polling centre in Kirkuk's Rahimawa district shortly before dawn, causing no casualties]]. The centre opened on time.

06:20 GMT - Queues are short at the schools we visited in Kirkuk city's Azadi and Wasiti districts.

04:00 GMT - Polls open at 7am local time. Vehicle movement between provinces is banned until tomorrow morning.""", [
    I("a", "2021-10-10", "shortly before dawn", "Rahimawa", "Kirkuk", "Kirkuk", None, None,
      "", "ied", 0, "causing no casualties", 0, "causing no casualties"),
    I("b", "2021-10-10", "this morning", "Al-Zab", "Zab", "Kirkuk", "ISIS", "suspected",
      "", "mortar_rocket", 0, "no one was hurt", 0, "no one was hurt"),
], ext="html", title="Iraq votes: live updates from Kirkuk", outlet="Kirkuk Now - Live")

doc("L4", "L", "2019-07-18", """Gulf tensions: live updates
Thursday 18 July 2019 | All times GMT

14:10 GMT - Shipping industry sources say insurers have again raised war-risk premiums for tankers calling at Gulf ports.

09:30 GMT - Iran's foreign ministry says it has no information about a missing tanker in the Strait of Hormuz.

03:15 GMT - In Iraq, the Anbar operations command says [[a|gunmen opened fire on a Tribal Mobilisation checkpoint near Al-Karma, east of Fallujah, at about 1am local time (22:00 GMT on Wednesday), killing two fighters and wounding one]]. Officials blamed IS sleeper cells for the attack.

01:00 GMT - Welcome to our rolling coverage of tensions in the Gulf and the wider region. Times are GMT; Baghdad and Tehran are three and four and a half hours ahead respectively.""", [
    I("a", "2019-07-18", "at about 1am local time", "Al-Karma", "Karma", "Anbar", "ISIS", "attributed",
      "PMU", "shooting", 2, "killing two fighters", 1, "wounding one"),
])

doc("L5", "L", "2019-10-28", """Monday 28 October 2019 - times GMT

21:30 GMT - UPDATE: medical sources now put the toll from this morning's shooting at Al-Sinak bridge at four dead and 78 wounded.

16:40 GMT - [[b|In Sadr City, masked men set fire to the office of a political party this afternoon; nobody was inside]], police said. Firefighters put out the blaze within an hour.

13:10 GMT - Medical sources: [[a|security forces fired live rounds at protesters trying to cross Al-Sinak bridge toward the Green Zone this morning]], killing two.

11:45 GMT - The cabinet says schools and universities in Baghdad will stay open; students' unions have called for a strike anyway.

09:00 GMT - University students are joining the sit-in in Tahrir Square in large numbers.""", [
    I("a", "2019-10-28", "this morning", "Al-Sinak bridge", "Baghdad", "Baghdad", "security forces",
      "attributed", "civilians", "shooting", 4, "four dead", 78, "78 wounded"),
    I("b", "2019-10-28", "this afternoon", "Sadr City", "Baghdad", "Baghdad", "unknown", None,
      "", "other", 0, "nobody was inside", 0, "nobody was inside"),
], ext="html", title="Iraq protests: live", outlet="Baghdad Bureau - Live")

doc("L6", "L", "2022-09-17", """Arbaeen 2022: live updates from Karbala
Saturday 17 September 2022 | GMT

15:00 GMT - The Interior Ministry now estimates that 21 million pilgrims have entered Karbala over the past ten days.

12:20 GMT - Civil defence says a fire in a pilgrims' tent on the Najaf-Karbala road was caused by a gas stove; nobody was hurt.

09:45 GMT - Karbala health directorate: 11 pilgrims treated for heat exhaustion since dawn.

06:30 GMT - A security source in Salahuddin says [[a|gunmen opened fire on a minibus carrying pilgrims near Balad yesterday evening, wounding four]]. The pilgrims were on their way south from Samarra; the wounded were taken to Balad hospital.

05:00 GMT - Good morning from Karbala, where the crowds are already thick around the two shrines.""", [
    I("a", "2022-09-16", "yesterday evening", "Balad", "Balad", "Salahuddin", "unknown", None,
      "civilians", "shooting", None, None, 4, "wounding four"),
])

doc("L7", "L", "2023-06-12", """LIVE | Kurdistan Region updates
Monday 12 June 2023 | all times GMT (Erbil is GMT+3)

15:30 GMT - The parliament's presidency has postponed tomorrow's session again.

13:10 GMT - [[b|A Turkish drone hit a car on the road between Batifa and Zakho this afternoon, killing two occupants]]. Local officials called them civilians; Ankara has not commented.

07:45 GMT - [[a|Turkish warplanes struck the Mateen mountain area of Amedi district overnight Sunday into Monday]], local officials say. No casualties were reported.

06:00 GMT - Good morning. Today: budget talks in Baghdad, the parliament dispute in Erbil, and the latest from the border areas.""", [
    I("a", "2023-06-11", "overnight Sunday into Monday", "Mateen mountain area", "Amedi", "Dohuk",
      "Turkey", "attributed", "", "airstrike_operation", 0, "No casualties were reported", 0,
      "No casualties were reported"),
    I("b", "2023-06-12", "this afternoon", "Batifa", "Batifa", "Dohuk", "Turkey", "attributed",
      "civilians", "airstrike_operation", 2, "killing two occupants", None, None),
])

doc("L8", "L", "2025-11-11", """Tuesday 11 November 2025 | GMT

18:10 GMT - Polls have closed across Iraq. The electoral commission will announce turnout later tonight.

10:20 GMT - In Basra province, police say [[a|a hand grenade was thrown at the gate of a polling centre in Al-Zubair this morning, injuring two policemen]]. There were no deaths, and voting resumed after half an hour.

08:05 GMT - [[b|Police in Hilla said gunmen opened fire on the car of a candidate's campaign manager last night, wounding him]]. Campaigning officially ended on Saturday.

05:00 GMT - Polls open at 7am local time. More than 21 million Iraqis are registered to vote.""", [
    I("a", "2025-11-11", "this morning", "Al-Zubair", "Zubair", "Basra", None, None,
      "police", "other", 0, "There were no deaths", 2, "injuring two policemen"),
    I("b", "2025-11-10", "last night", "Hilla", "Hilla", "Babil", "unknown", None,
      "civilians", "shooting", None, None, 1, "wounding him"),
], ext="html", title="Iraq election day: live", outlet="Iraq Desk - Live")

doc("L9", "L", "2024-10-20", """Kurdistan Region votes: live updates
Sunday 20 October 2024 | GMT

15:00 GMT - Voting has ended. The commission says turnout was above 70% in Duhok and around 60% in Sulaimani.

11:30 GMT - Two parties have complained of irregularities at stations in Erbil; the commission says it will investigate.

05:55 GMT - Asayish in Sulaimani say [[a|a sound bomb went off outside a party office in the Bakrajo area at dawn, causing no casualties]]. They did not say who they suspected.

04:00 GMT - Polls open in the Kurdistan Region's first parliamentary election since 2018.""", [
    I("a", "2024-10-20", "at dawn", "Bakrajo", "Sulaymaniyah", "Sulaymaniyah", None, None,
      "", "ied", 0, "causing no casualties", 0, "causing no casualties"),
])

doc("L10", "L", "2022-05-16", """Iraq dust storm: live updates
Monday 16 May 2022 | times GMT

16:00 GMT - The Health Ministry says more than 4,000 people have been treated for breathing difficulties nationwide since last night.

13:20 GMT - Firefighters in Samawa put out a blaze at a power substation; civil defence says a short circuit caused it.

10:05 GMT - Police in Baghdad say a man died when a large advertising board was torn loose by the wind and fell on his car on Palestine Street.

08:40 GMT - Flights at Baghdad, Najaf and Erbil airports are suspended until further notice.

06:15 GMT - Government offices in ten provinces are closed today because of the storm, the ninth this spring.""", [], noise=True)

doc("L11", "L", "2024-01-20", """Middle East crisis: live
Saturday 20 January 2024 | GMT

19:40 GMT - [[a|A barrage of ballistic missiles and rockets struck Ain al-Asad air base in western Iraq this evening]]; the "Islamic Resistance in Iraq" claimed the attack. U.S. officials say a number of personnel are being evaluated for traumatic brain injuries; there were no deaths.

14:15 GMT - Jordan says it has intercepted a drone near its border with Syria.

08:30 GMT - In Wasit, police say [[b|an explosive device damaged a liquor store in Kut before dawn today]]; no one was injured. It is the third such attack on the city's liquor stores this year.

06:00 GMT - Welcome back to our live coverage of the regional fallout of the war in Gaza.""", [
    I("a", "2024-01-20", "this evening", "Ain al-Asad", "Ain al-Asad", "Anbar", "PMU", "claimed",
      "US forces", "mortar_rocket", 0, "there were no deaths", None, None),
    I("b", "2024-01-20", "before dawn today", "Kut", "Kut", "Wasit", None, None,
      "", "ied", 0, "no one was injured", 0, "no one was injured"),
])

doc("L12", "L", "2021-02-27", """Nasiriyah protests: live updates
Saturday 27 February 2021 | GMT

17:30 GMT - UPDATE: Dhi Qar health directorate now says two protesters were killed and 22 wounded in today's shooting.

14:00 GMT - The prime minister has ordered an investigation and sent a security delegation to the city.

10:15 GMT - [[a|Security forces fired live ammunition at protesters near Nasiriyah's Habboubi Square this morning]]; the health directorate says one killed, 15 wounded.

08:00 GMT - Protesters are gathering again, demanding the dismissal of the governor.""", [
    I("a", "2021-02-27", "this morning", "Habboubi Square", "Nasiriyah", "Dhi Qar", "security forces",
      "attributed", "civilians", "shooting", 2, "two protesters were killed", 22, "22 wounded"),
])


# =====================================================================  T
# TV news tickers: crawl captures typed up by a monitoring desk, ALL CAPS,
# capture date in the header; places in capitals as the channels spell them.

doc("T1", "T", "2020-08-12", """TICKER CAPTURE - AL-RASHEED TV (ARABIC CRAWL, TRANSLATED) - 12/08/2020
21:02  URGENT | DIYALA: [[a|2 ARMY MARTYRS AND 3 WOUNDED IN DAESH ATTACK WITH LIGHT WEAPONS ON A MILITARY POST IN SHERWIN VILLAGE NORTH OF MUQDADIYAH THIS EVENING]]
21:04  URGENT | SECURITY SOURCE: THE ATTACKERS FLED TOWARD THE HAMRIN MOUNTAINS
21:10  PRIME MINISTER CHAIRS MEETING OF THE MINISTERIAL COUNCIL FOR NATIONAL SECURITY
21:15  WEATHER: TEMPERATURES IN BAGHDAD TO REACH 50 CELSIUS TOMORROW
21:18  HEALTH MINISTRY: 3,000 NEW CORONAVIRUS CASES RECORDED TODAY
[captured by the monitoring desk; crawl repeats every 4 minutes]""", [
    I("a", "2020-08-12", "THIS EVENING", "SHERWIN", "Muqdadiyah", "Diyala", "ISIS", "attributed",
      "army", "shooting", 2, "2 ARMY MARTYRS", 3, "3 WOUNDED"),
])

doc("T2", "T", "2022-01-18", """ALSUMARIA NEWS BAR - SCREEN LOG 18-01-2022 (EN translation)
07:41  BREAKING | [[a|3 SHEPHERDS KILLED BY DAESH GUNFIRE IN AL-JAZEERA DESERT WEST OF TALAFAR AT DAWN TODAY]]
07:43  BREAKING | SECURITY FORCES LAUNCH SEARCH OPERATION IN THE AREA
07:50  ARMY ENGINEERS DEFUSE 2 IEDS ON THE MOSUL-DUHOK ROAD
08:02  CENTRAL BANK: DOLLAR AUCTION SALES REACH 190 MILLION
08:05  NINEVEH GOVERNOR: SCHOOLS TO REOPEN ON SUNDAY AFTER FLOODS""", [
    I("a", "2022-01-18", "AT DAWN TODAY", "TALAFAR", "Tal Afar", "Nineveh", "ISIS", "attributed",
      "civilians", "shooting", 3, "3 SHEPHERDS KILLED", None, None),
])

doc("T3", "T", "2021-10-21", """KURDISTAN24 ENGLISH - BREAKING NEWS BAR - captured 21 Oct 2021, 19:30
BREAKING: [[a|IED EXPLODES NEAR POLICE PATROL IN KIRKUK'S SHORJA DISTRICT MINUTES AGO, WOUNDING 2 POLICEMEN]] - SECURITY SOURCE
BREAKING: NO DEATHS REPORTED IN KIRKUK BLAST - POLICE
KRG COUNCIL OF MINISTERS TO MEET TOMORROW ON SALARIES
IHEC: MANUAL RECOUNT IN DISPUTED STATIONS TO FINISH BY SUNDAY
WEATHER: RAIN EXPECTED IN DUHOK AND ERBIL THIS WEEKEND""", [
    I("a", "2021-10-21", "MINUTES AGO", "SHORJA", "Kirkuk", "Kirkuk", None, None,
      "police", "ied", 0, "NO DEATHS REPORTED", 2, "WOUNDING 2 POLICEMEN"),
])

doc("T4", "T", "2019-07-29", """AL-SHARQIYA NEWS - URGENT BAR - 29/07/2019 (translated)
09:12  URGENT | ANBAR: [[a|2 SOLDIERS KILLED, 1 WOUNDED IN EXPLOSIVE DEVICE BLAST TARGETING AN ARMY PATROL ON THE HIT-KUBAISA ROAD THIS MORNING]]
09:13  URGENT | SECURITY SOURCE: NO PARTY HAS CLAIMED RESPONSIBILITY SO FAR
09:20  OIL MINISTRY: JULY EXPORTS AVERAGE 3.4 MILLION BARRELS PER DAY
09:31  ELECTRICITY: NATIONAL GRID SUPPLY RISES TO 18,000 MEGAWATTS""", [
    I("a", "2019-07-29", "THIS MORNING", "HIT-KUBAISA ROAD", "Hit", "Anbar", "unknown", "unclaimed",
      "army", "ied", 2, "2 SOLDIERS KILLED", 1, "1 WOUNDED"),
])

doc("T5", "T", "2019-10-02", """DIJLAH TV - NEWS CRAWL - 02/10/2019 (translated by monitoring desk)
14:20  URGENT | [[a|2 PROTESTERS KILLED BY LIVE FIRE NEAR AL-KHILANI SQUARE IN CENTRAL BAGHDAD TODAY]], DOZENS INJURED
14:25  URGENT | PROTESTERS BLOCK THE MUHAMMAD AL-QASIM EXPRESSWAY
14:40  URGENT | [[b|KATYUSHA ROCKET FALLS NEAR THE US EMBASSY IN THE GREEN ZONE MOMENTS AGO, NO CASUALTIES]]
15:05  URGENT | BAGHDAD OPERATIONS COMMAND ANNOUNCES CURFEW UNTIL FURTHER NOTICE
15:20  URGENT | INTERNET SERVICE CUT IN SEVERAL PROVINCES""", [
    I("a", "2019-10-02", "TODAY", "AL-KHILANI SQUARE", "Baghdad", "Baghdad", None, None,
      "civilians", "shooting", 2, "2 PROTESTERS KILLED", None, None),
    I("b", "2019-10-02", "MOMENTS AGO", "GREEN ZONE", "Baghdad", "Baghdad", None, None,
      "", "mortar_rocket", 0, "NO CASUALTIES", 0, "NO CASUALTIES"),
])

doc("T6", "T", "2022-09-14", """AL-AHD TV - TICKER LOG - 14.09.2022 (translated)
06:48  URGENT | [[a|DAESH SNIPER MARTYRS A PMF FIGHTER FROM THE 35TH BRIGADE EAST OF SAMARRA AT DAWN TODAY]]
06:50  URGENT | PMF REINFORCEMENTS ARRIVE IN THE AREA
13:25  URGENT | [[b|2 FARMERS WOUNDED AS AN IED EXPLODES IN AN ORCHARD NEAR DUJAIL THIS AFTERNOON]]
13:40  SALAHUDDIN POLICE: INVESTIGATION OPENED INTO THE DUJAIL EXPLOSION
14:02  ARBAEEN: PILGRIM CONVOYS REACH THE OUTSKIRTS OF KARBALA""", [
    I("a", "2022-09-14", "AT DAWN TODAY", "SAMARRA", "Samarra", "Salahuddin", "ISIS", "attributed",
      "PMU", "shooting", 1, "MARTYRS A PMF FIGHTER", None, None),
    I("b", "2022-09-14", "THIS AFTERNOON", "DUJAIL", "Dujail", "Salahuddin", None, None,
      "civilians", "ied", None, None, 2, "2 FARMERS WOUNDED"),
])

doc("T7", "T", "2023-06-25", """RUDAW ENGLISH - BREAKING BAR - 25/06/2023
BREAKING: [[a|TURKISH DRONE STRIKE HITS VEHICLE NEAR SARSING, AMEDI DISTRICT, THIS EVENING; 1 KILLED]] - LOCAL OFFICIAL
BREAKING: LOCAL SOURCES SAY THE DEAD MAN WAS A PKK MEMBER
KRG: MAY SALARIES TO BE PAID NEXT WEEK
DUHOK: FIREFIGHTERS CONTAIN FOREST FIRE ON MOUNT GARA
WEATHER: TEMPERATURES TO TOP 45 DEGREES IN ERBIL ON TUESDAY""", [
    I("a", "2023-06-25", "THIS EVENING", "SARSING", "Amedi", "Dohuk", "Turkey", "attributed",
      "PKK", "airstrike_operation", 1, "1 KILLED", None, None),
])

doc("T8", "T", "2025-07-15", """KURDISTAN24 - NEWS TICKER - 15 Jul 2025
URGENT: [[a|DRONE ATTACK ON KHURMALA OIL FIELD WEST OF ERBIL EARLY THIS MORNING SPARKS FIRE, NO CASUALTIES]]
URGENT: [[b|ANOTHER DRONE HITS SARSANG FIELD IN DUHOK PROVINCE, CAUSING DAMAGE]]
URGENT: MINISTRY OF NATURAL RESOURCES: PRODUCTION AT BOTH FIELDS SUSPENDED
URGENT: KRG CALLS ON BAGHDAD TO FIND THE PERPETRATORS
ERBIL: WATER SUPPLY CUTS IN SEVERAL NEIGHBOURHOODS TOMORROW""", [
    I("a", "2025-07-15", "EARLY THIS MORNING", "KHURMALA OIL FIELD", "Khurmala", "Erbil", None, None,
      "", "other", 0, "NO CASUALTIES", 0, "NO CASUALTIES"),
    I("b", "2025-07-15", "EARLY THIS MORNING", "SARSANG FIELD", "Sarsang", "Dohuk", None, None,
      "", "other", None, None, None, None),
])

doc("T9", "T", "2022-03-08", """AL-FORAT NEWS - TICKER - 08/03/2022 (translated)
10:05  URGENT | BASRA: [[a|STICKY BOMB UNDER THE CAR OF A PORTS COMPANY OFFICIAL EXPLODES IN ABU AL-KHASIB THIS MORNING, WOUNDING HIM AND HIS SON]]
10:07  URGENT | BASRA POLICE: INVESTIGATION OPENED
10:30  TRADE MINISTRY: FLOUR RATIONS TO BE DISTRIBUTED NEXT WEEK
10:41  INTERNATIONAL WOMEN'S DAY: PRESIDENT HONOURS IRAQI WOMEN""", [
    I("a", "2022-03-08", "THIS MORNING", "ABU AL-KHASIB", "Abu al-Khasib", "Basra", None, None,
      "civilians", "ied", None, None, 2, "WOUNDING HIM AND HIS SON"),
])

doc("T10", "T", "2023-02-16", """UTV - NEWS BAR - 16/02/2023 (translated)
22:30  URGENT | MAYSAN: [[a|UNKNOWN GUNMEN SHOOT DEAD AN OFFICER OF THE ANTI-NARCOTICS DIRECTORATE IN AMARAH TONIGHT]]
22:31  URGENT | MAYSAN POLICE COMMAND IMPOSES CORDON AROUND THE AREA
22:45  SPORT: AIR FORCE CLUB BEAT AL-ZAWRAA 2-1 IN THE STARS LEAGUE
22:50  FINANCE: SALARIES OF STATE EMPLOYEES TO BE PAID ON SUNDAY""", [
    I("a", "2023-02-16", "TONIGHT", "AMARAH", "Amarah", "Maysan", "unknown", None,
      "police", "shooting", 1, "SHOOT DEAD AN OFFICER", None, None),
])

doc("T11", "T", "2024-02-05", """AL-IRAQIYA - NEWS BAR - 05/02/2024 (translated)
05:55  URGENT | NAJAF: [[a|SOUND BOMB TARGETS THE HOME OF A PROVINCIAL COUNCIL MEMBER IN AL-ADALA NEIGHBOURHOOD AT DAWN]], NO CASUALTIES
05:57  URGENT | NAJAF POLICE: A SPECIAL COMMITTEE TO INVESTIGATE THE INCIDENT
06:10  WEATHER: FOG REDUCES VISIBILITY ON THE BAGHDAD-NAJAF HIGHWAY
06:20  PRIME MINISTER RECEIVES THE NEW NAJAF GOVERNOR""", [
    I("a", "2024-02-05", "AT DAWN", "AL-ADALA", "Najaf", "Najaf", None, None,
      "civilians", "ied", 0, "NO CASUALTIES", 0, "NO CASUALTIES"),
])

doc("T12", "T", "2022-04-20", """NRT - TICKER - 20/04/2022 (translated from Kurdish)
URGENT | [[a|TURKISH MEDIA: 2 TURKISH SOLDIERS KILLED IN PKK ATTACK ON A BASE IN SIRNAK'S BEYTUSSEBAP DISTRICT TODAY]]
URGENT | TURKISH DEFENCE MINISTRY: OPERATION IN NORTHERN IRAQ CONTINUES "ACCORDING TO PLAN"
URGENT | KRG SPOKESMAN: WE REJECT ANY USE OF THE REGION'S TERRITORY FOR ATTACKS ON NEIGHBOURS
WEATHER: DUST STORM EXPECTED IN SULAIMANI TOMORROW""", [
    I("a", "2022-04-20", "TODAY", "BEYTUSSEBAP", "Beytussebap", None, "PKK", "attributed",
      "Turkey", "other", 2, "2 TURKISH SOLDIERS KILLED", None, None, country="Turkey"),
], country="Turkey")


# =====================================================================  D
# Diplomatic cables: US-style (DTG, FM/TO, SUBJECT, numbered "(SBU)"
# paragraphs, Comment) and UK-style e-grams; background paragraphs name
# older violence that is not a record.

doc("D1", "D", "2020-08-27", """UNCLASSIFIED//SBU
R 271430Z AUG 20
FM AMEMBASSY BAGHDAD
TO SECSTATE WASHDC
INFO IRAQ COLLECTIVE
SUBJECT: IRAQ: DIYALA SNAPSHOT - KILLINGS NEAR BUHRIZ, IED NEAR KANAAN

1. (SBU) Summary: Two incidents this week underline the fragility of Diyala's mixed districts. End summary.

2. (SBU) [[a|On August 24, unidentified gunmen shot and killed a local mukhtar and his son at their farm near Buhriz, south of Baquba]]. Provincial contacts told PolOff the killing may be linked to a land dispute, though no group has been identified.

3. (SBU) Background: Buhriz saw repeated sectarian killings in 2014 and 2015, and a car bomb there in 2016 killed twelve people at a market.

4. (SBU) [[b|Late on August 25, a roadside bomb struck an Iraqi Army patrol near Kanaan, injuring two soldiers]]. ISF sources blamed ISIS remnants.

5. (SBU) Comment: We expect further low-level violence as harvest season ends. End comment.""", [
    I("a", "2020-08-24", "On August 24", "Buhriz", "Buhriz", "Diyala", "unknown", None,
      "civilians", "shooting", 2, "shot and killed a local mukhtar and his son", None, None),
    I("b", "2020-08-25", "Late on August 25", "Kanaan", "Kanaan", "Diyala", "ISIS", "attributed",
      "army", "ied", None, None, 2, "injuring two soldiers"),
])

doc("D2", "D", "2022-01-04", """UNCLASSIFIED//SBU
R 041100Z JAN 22
FM AMCONSUL ERBIL
TO SECSTATE WASHDC
INFO AMEMBASSY BAGHDAD
SUBJECT: IRAQ: ISIS ATTACK ON ARMY OUTPOST NEAR QAYYARAH

1. (SBU) Summary: ISIS remains able to mount small night attacks south of Mosul. End summary.

2. (SBU) [[a|Overnight January 2-3, ISIS fighters attacked an Iraqi Army outpost near Qayyarah with small arms, killing one soldier]]; there were no other casualties. Iraqi military officials attributed the attack to ISIS.

3. (SBU) Separately, on January 3, Iraqi F-16s struck ISIS hideouts in the Qarachogh mountains; the Ministry of Defense claimed eight fighters killed.

4. (SBU) Comment: Contacts in Nineveh Operations Command say thin manning of desert outposts invites such attacks. End comment.""", [
    I("a", "2022-01-02", "Overnight January 2-3", "Qayyarah", "Qayyarah", "Nineveh", "ISIS", "attributed",
      "army", "shooting", 1, "killing one soldier", 0, "there were no other casualties"),
])

doc("D3", "D", "2021-10-15", """OFFICIAL-SENSITIVE
From: British Embassy Baghdad
Date: 15 October 2021
To: FCDO London; Consulate-General Erbil; Consulate-General Basra
Subject: Kirkuk: post-election security incidents

SUMMARY
1. Two incidents in Kirkuk province since polling day, neither yet claimed.

DETAIL
2. [[a|On 12 October an explosive device thrown at the KDP office in Kirkuk's Qoriya district caused damage but no casualties]]. Police have named no suspect.
3. [[b|On 14 October gunmen killed two Turkmen farmers near Taza, south of Kirkuk city]]. Local officials blamed IS.
4. Background: Taza was shelled by IS in 2016 with rockets carrying chemical agents; residents remain fearful of the nearby hills.

COMMENT
5. Results disputes will keep tension high in the city for weeks.""", [
    I("a", "2021-10-12", "On 12 October", "Qoriya", "Kirkuk", "Kirkuk", None, None,
      "", "other", 0, "caused damage but no casualties", 0, "caused damage but no casualties"),
    I("b", "2021-10-14", "On 14 October", "Taza", "Taza", "Kirkuk", "ISIS", "attributed",
      "civilians", "shooting", 2, "killed two Turkmen farmers", None, None),
])

doc("D4", "D", "2019-07-22", """UNCLASSIFIED//SBU
R 220815Z JUL 19
FM AMEMBASSY BAGHDAD
TO SECSTATE WASHDC
SUBJECT: IRAQ: ANBAR - IED KILLS ARMY OFFICER NEAR AL-BAGHDADI

1. (SBU) [[a|On July 19, an IED detonated next to a vehicle of the Iraqi Army's 7th Division near Al-Baghdadi, killing an officer]]. No group has claimed the attack.

2. (SBU) Background: ISIS controlled much of the area around Al-Baghdadi in 2014-2016 and besieged the town for months; many of its tribal fighters later joined the Tribal Mobilization.

3. (SBU) Coalition advisers at nearby Al Asad Air Base were not affected.

4. (SBU) Comment: Attacks on this stretch of the Euphrates valley remain infrequent but lethal. End comment.""", [
    I("a", "2019-07-19", "On July 19", "Al-Baghdadi", "Baghdadi", "Anbar", "unknown", "unclaimed",
      "army", "ied", 1, "killing an officer", None, None),
])

doc("D5", "D", "2019-10-09", """UNCLASSIFIED//SBU
R 091900Z OCT 19
FM AMEMBASSY BAGHDAD
TO SECSTATE WASHDC
SUBJECT: IRAQ: PROTEST CRACKDOWN - CONTACTS DESCRIBE SADR CITY KILLINGS

1. (SBU) Summary: GOI figures put the toll of the October 1-6 protests at 104 dead and more than 6,000 injured. End summary.

2. (SBU) [[a|On the night of October 6, security forces fired on protesters in Madinat al-Sadr (Sadr City), killing at least 13]], according to two Embassy contacts and hospital sources.

3. (SBU) [[b|On October 7, an unidentified assailant threw a hand grenade at the house of a protest organizer in the Al-Shaab neighborhood; no one was hurt]].

4. (SBU) Comment: The GOI's inquiry is unlikely to name those responsible. End comment.""", [
    I("a", "2019-10-06", "On the night of October 6", "Madinat al-Sadr", "Baghdad", "Baghdad",
      "security forces", "attributed", "civilians", "shooting", 13, "killing at least 13", None, None),
    I("b", "2019-10-07", "On October 7", "Al-Shaab", "Baghdad", "Baghdad", "unknown", None,
      "civilians", "other", 0, "no one was hurt", 0, "no one was hurt"),
])

doc("D6", "D", "2022-09-30", """UNCLASSIFIED//SBU
R 301200Z SEP 22
FM AMEMBASSY BAGHDAD
TO SECSTATE WASHDC
SUBJECT: IRAQ: SALAHUDDIN - ISIS AMBUSH NEAR AL-SHIRQAT

1. (SBU) Summary: An ambush north of Tikrit killed two soldiers this week. End summary.

2. (SBU) [[a|On September 27, ISIS fighters ambushed an Iraqi Army patrol near Al-Shirqat, killing two soldiers and wounding three]]. ISF sources blamed ISIS.

3. (SBU) Background: Al-Shirqat was retaken from ISIS in September 2016; the Makhoul range to its south has sheltered ISIS cells since.

4. (SBU) Comment: The attack follows a pattern of night ambushes along the Tigris. End comment.""", [
    I("a", "2022-09-27", "On September 27", "Al-Shirqat", "Sharqat", "Salahuddin", "ISIS", "attributed",
      "army", "ambush", 2, "killing two soldiers", 3, "wounding three"),
])

doc("D7", "D", "2023-06-09", """UNCLASSIFIED//SBU
R 091000Z JUN 23
FM AMCONSUL ERBIL
TO SECSTATE WASHDC
INFO AMEMBASSY BAGHDAD; AMEMBASSY ANKARA
SUBJECT: IRAQ: TURKISH STRIKES IN DUHOK CONTINUE

1. (SBU) [[a|On June 8, a Turkish drone strike on a vehicle near Bamerni killed three people]]. Local officials told ConGen the victims were PKK members.

2. (SBU) [[b|On June 5, Turkish artillery fire sparked fires near Kesta village, Amedi district]]; no casualties were reported.

3. (SBU) Background: Residents of the Barwari Bala villages began leaving in 2019 as Turkish outposts multiplied.

4. (SBU) Comment: KRG officials continue to avoid public criticism of Ankara. End comment.""", [
    I("a", "2023-06-08", "On June 8", "Bamerni", "Bamerni", "Dohuk", "Turkey", "attributed",
      "PKK", "airstrike_operation", 3, "killed three people", None, None),
    I("b", "2023-06-05", "On June 5", "Kesta", "Amedi", "Dohuk", "Turkey", "attributed",
      "", "mortar_rocket", 0, "no casualties were reported", 0, "no casualties were reported"),
])

doc("D8", "D", "2021-04-16", """UNCLASSIFIED//SBU
R 161100Z APR 21
FM AMCONSUL ERBIL
TO SECSTATE WASHDC
SUBJECT: IRAQ: DRONE ATTACK ON ERBIL AIRPORT

1. (SBU) [[a|Late on April 14, an explosive-laden drone struck the coalition section of Erbil International Airport]], causing damage to a hangar but no casualties. No group claimed responsibility.

2. (SBU) Background: Rockets and drones have targeted the airport area several times since 2020.

3. (SBU) KRG officials described the attack as a "dangerous escalation" and called on Baghdad to find the perpetrators.

4. (SBU) Comment: The use of a drone rather than rockets suggests growing capability. End comment.""", [
    I("a", "2021-04-14", "Late on April 14", "Erbil International Airport", "Erbil", "Erbil", "unknown",
      "unclaimed", "US forces", "other", 0, "but no casualties", 0, "but no casualties"),
])

doc("D9", "D", "2020-08-12", """OFFICIAL-SENSITIVE
From: British Consulate-General Basra
Date: 12 August 2020
To: FCDO London; British Embassy Baghdad
Subject: Basra: targeted killing of an activist; IED against a convoy

SUMMARY
1. Two incidents in Basra province this week.

DETAIL
2. [[a|On 9 August unidentified gunmen in a car shot dead a protest activist in Basra's Al-Ashar district]]; a companion was lightly wounded.
3. [[b|On 11 August an IED damaged a truck in a convoy contracted to the Coalition near Safwan]]; no one was hurt.
4. Background: activists in Basra have been threatened repeatedly since the 2018 protests.

COMMENT
5. Activists tell us they expect more killings ahead of the elections.""", [
    I("a", "2020-08-09", "On 9 August", "Al-Ashar", "Basra", "Basra", "unknown", None,
      "civilians", "shooting", 1, "shot dead a protest activist", 1, "a companion was lightly wounded"),
    I("b", "2020-08-11", "On 11 August", "Safwan", "Safwan", "Basra", None, None,
      "US forces", "ied", 0, "no one was hurt", 0, "no one was hurt"),
])

doc("D10", "D", "2023-03-15", """UNCLASSIFIED//SBU
R 150900Z MAR 23
FM AMEMBASSY BAGHDAD
TO SECSTATE WASHDC
SUBJECT: IRAQ: KIRKUK - ARRESTS, A FIRE AND A QUIET MONTH

1. (SBU) Summary: Kirkuk province saw no attacks in the first half of March. End summary.

2. (SBU) On March 12, the Kirkuk Operations Command announced it had destroyed six ISIS hideouts in Wadi al-Shay and arrested 14 suspects in Hawija district.

3. (SBU) On March 13, a fire destroyed part of a North Oil Company warehouse in Kirkuk city; the civil defense directorate attributed it to an electrical fault.

4. (SBU) Background: Kirkuk's communities still commemorate the 1988 Anfal campaign and the 2014-2017 ISIS period.

5. (SBU) Comment: The lull is welcome but fragile. End comment.""", [], noise=True)

doc("D11", "D", "2024-08-27", """UNCLASSIFIED//SBU
R 271300Z AUG 24
FM AMEMBASSY BAGHDAD
TO SECSTATE WASHDC
SUBJECT: IRAQ: ARBAEEN 2024 LARGELY PEACEFUL; ONE IED IN BABIL

1. (SBU) Summary: More than 21 million pilgrims visited Karbala without a major security incident. End summary.

2. (SBU) [[a|On August 23, a sticky bomb attached to the car of a Babil provincial council employee exploded in Al-Musayyib, injuring him]]; there were no fatalities. Police did not say who they suspected.

3. (SBU) The Interior Ministry deployed more than 40,000 personnel along the pilgrim routes.

4. (SBU) Comment: The GOI will cite the pilgrimage as evidence of improved security. End comment.""", [
    I("a", "2024-08-23", "On August 23", "Al-Musayyib", "Musayyib", "Babil", None, None,
      "civilians", "ied", 0, "there were no fatalities", 1, "injuring him"),
])

doc("D12", "D", "2025-03-18", """UNCLASSIFIED//SBU
R 180900Z MAR 25
FM AMEMBASSY BAGHDAD
TO SECSTATE WASHDC
SUBJECT: IRAQ: SOUTHERN PROVINCES - ARSON IN RUMAITHA, BLAST IN DIWANIYAH

1. (SBU) [[a|On March 16, unidentified assailants set fire to the office of a political party in Al-Rumaitha, Muthanna province]]; there were no casualties.

2. (SBU) [[b|On March 14, a sound bomb exploded outside a liquor store in Al-Diwaniyah city]], police said. No one was injured.

3. (SBU) Background: Liquor stores in the south have been bombed repeatedly since 2019.

4. (SBU) Comment: Both incidents fit a pattern of intimidation ahead of the November elections. End comment.""", [
    I("a", "2025-03-16", "On March 16", "Al-Rumaitha", "Rumaitha", "Muthanna", "unknown", None,
      "", "other", 0, "there were no casualties", 0, "there were no casualties"),
    I("b", "2025-03-14", "On March 14", "Al-Diwaniyah", "Diwaniyah", "Qadisiyah", None, None,
      "", "ied", 0, "No one was injured", 0, "No one was injured"),
])
