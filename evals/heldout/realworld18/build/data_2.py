"""Set 18 data, styles V O H S F P."""
from lib import I, doc
from s18 import Hd, hijri

# ------------------------------------------------------------------ V: revised tolls across days
doc("V1", "V", "2024-01-18", """Baladruz market bombing - running file, last revised 18 January 2024
First report (Saturday 13 January, 19:20): [[a|a bomb hidden in a vegetable cart exploded in the main market of Baladruz]] on Saturday 13 January, killing one man and wounding five, police said.
Revision (Tuesday 16 January): two of the wounded died in Baquba hospital, bringing the toll to three dead; three others are still being treated.
No group has claimed the bombing.""",
    [Hd("a", "2024-01-13", "on Saturday 13 January", "Baladruz", "Baladruz", "Diyala", "unknown", "unclaimed", "civilians", "ied",
        3, "bringing the toll to three dead", 3, "three others are still being treated")])

doc("V2", "V", "2023-06-15", """Amiriyat al-Fallujah attack: what we know (updated 15/06/2023)
Sunday: [[a|a suicide bomber blew himself up at a Tribal Hashd checkpoint at the entrance of Amiriyat al-Fallujah]] on Sunday afternoon; officials first counted two dead.
Monday: health officials put the toll at four dead and seven wounded.
Wednesday: the dead now numbered five, with four wounded still in hospital. IS claimed the attack on its Amaq channel.""",
    [Hd("a", "2023-06-11", "on Sunday afternoon", "Amiriyat al-Fallujah", "Amiriyat al-Fallujah", "Anbar", "ISIS", "claimed", "PMU", "suicide",
        5, "the dead now numbered five", 4, "four wounded still in hospital")])

doc("V3", "V", "2021-07-27", """Al-Husseiniya blast - correction and update, 27 July 2021
[[a|An explosive device went off among stalls in the Al-Husseiniya market, north-east of Baghdad]], on the evening of 23 July. Our first story that day said two people were killed and six wounded.
Correction (25 July): two of the wounded died overnight, raising the death toll to four; four others remain in hospital. The earlier figure has been amended.""",
    [Hd("a", "2021-07-23", "on the evening of 23 July", "Al-Husseiniya", "Husseiniya", "Baghdad", None, None, "civilians", "ied",
        4, "raising the death toll to four", 4, "four others remain in hospital")])

doc("V4", "V", "2021-08-31", """Tal Abta ambush - toll revised (31 August 2021)
[[a|IS militants ambushed a Hashd convoy in the desert south of Tal Abta]] late on 27 August, killing two fighters and wounding three, the Hashd media office said the next morning.
On Sunday the office said one of the wounded had died, raising the toll to three dead; two remain under treatment.""",
    [Hd("a", "2021-08-27", "late on 27 August", "Tal Abta", "Tal Abta", "Nineveh", "ISIS", "attributed", "PMU", "ambush",
        3, "raising the toll to three dead", 2, "two remain under treatment")])

doc("V5", "V", "2022-01-20", """Hawija post attack: toll rises (20.01.2022)
[[a|Gunmen opened fire on an army post near the village of Al-Abbasi in Hawija district]] on Monday, killing a soldier and wounding two. On Wednesday one of the wounded died in Kirkuk military hospital; the toll is now two dead and one wounded. The army blamed IS cells hiding in Wadi al-Shay.""",
    [Hd("a", "2022-01-17", "on Monday", "Al-Abbasi", "Hawija", "Kirkuk", "ISIS", "attributed", "army", "shooting",
        2, "the toll is now two dead", 1, "one wounded")])

doc("V6", "V", "2024-03-10", """Al-Salman border clash - update of 10 March 2024
[[a|Gunmen opened fire on a police patrol chasing a smugglers' car near Al-Salman]] on 6 March, killing one policeman and wounding two. On 8 March a second policeman died of his wounds, raising the toll to two dead; one remains in hospital in Al-Samawa.""",
    [Hd("a", "2024-03-06", "on 6 March", "Al-Salman", "Salman", "Muthanna", "unknown", None, "police", "shooting",
        2, "raising the toll to two dead", 1, "one remains in hospital")])

doc("V7", "V", "2023-09-04", """Karbala road crash - toll revised, 4 September 2023
A minibus carrying Arbaeen pilgrims overturned on the Najaf-Karbala road on Saturday; two passengers died at the scene. By Monday the toll had risen to five dead and 14 injured, the health directorate said. Police blamed a burst tyre; it was a road accident, not an attack.""", noise=True)

# ------------------------------------------------------------------ O: official statements (Hijri beside Gregorian)
doc("O1", "O", "2020-03-18", """Statement - Samarra Operations Command - %s AH / 18-03-2020
At 21:30 yesterday, Tuesday, [[a|the remnants of the terrorist Daesh gangs fired three mortar rounds at a post of our forces in the Al-Jazira desert west of Samarra]], without losses among our forces. Our forces responded to the source of fire.""" % hijri("2020-03-18"),
    [Hd("a", "2020-03-17", "At 21:30 yesterday, Tuesday", "Samarra", "Samarra", "Salahuddin", "ISIS", "attributed", "army", "mortar_rocket",
        0, "without losses among our forces", 0, "without losses among our forces")])

doc("O2", "O", "2025-04-26", """Statement of the Sulaimani Security Directorate (Asayish) - 26/04/2025
At 23:10 on Thursday 24 April, [[a|unknown persons threw a hand grenade at the office of a political party in the town of Ranya]], slightly injuring a guard. No one was killed. Our teams have identified a suspect.""",
    [Hd("a", "2025-04-24", "At 23:10 on Thursday 24 April", "Ranya", "Ranya", "Sulaymaniyah", "unknown", None, "civilians", "other",
        0, "No one was killed", 1, "slightly injuring a guard")])

doc("O3", "O", "2023-06-08", """Statement of the Al-Jazira Operations Command | Thursday %s AH - 8 June 2023
At dawn on Tuesday, [[a|terrorists of the remnants of Daesh opened fire on a post of our forces in the desert north of Al-Nukhaib]], which led to the martyrdom of two of our soldiers. Our forces pursued the attackers and killed one of them.""" % hijri("2023-06-08"),
    [Hd("a", "2023-06-06", "At dawn on Tuesday", "Al-Nukhaib", "Nukhaib", "Anbar", "ISIS", "attributed", "army", "shooting",
        2, "the martyrdom of two of our soldiers", None, None)])

doc("O4", "O", "2021-07-05", """Baghdad Operations Command - statement, Monday 5 July 2021
At 02:40 this morning, [[a|a drone loaded with explosives fell inside the diplomatic support centre near Baghdad International Airport]]. There were no casualties and a fire in a vehicle was put out. Investigations into the launch site continue.""",
    [Hd("a", "2021-07-05", "At 02:40 this morning", "Baghdad International Airport", "Baghdad", "Baghdad", None, None, "US forces", "other",
        0, "There were no casualties", 0, "There were no casualties")])

doc("O5", "O", "2019-06-10", """At 14:00 on Saturday 8 June 2019, [[a|Turkish aircraft bombed an area close to our border post near Sharanish]], north of Zakho, wounding one of our border guards. There were no martyrs. The command condemns the violation and has informed the Ministry of Foreign Affairs.""",
    [Hd("a", "2019-06-08", "At 14:00 on Saturday 8 June 2019", "Sharanish", "Zakho", "Dohuk", "Turkey", "attributed", "security forces", "airstrike_operation",
        0, "There were no martyrs", 1, "wounding one of our border guards")],
    ext="json", title="Border Guards Command, 1st Region: statement on a Turkish air strike near Sharanish",
    outlet="Border Guards Command media office", section="Statements")

doc("O6", "O", "2021-05-18", """Wasit Police Command - media office statement, 18/05/2021
On 17/05/2021 at 20:00, [[a|an explosive device targeted a patrol of our police on the main street of Al-Suwaira]], wounding two of our members. Investigation teams were sent to the site, and the command asks citizens to report any suspicious objects left near checkpoints.""",
    [Hd("a", "2021-05-17", "On 17/05/2021 at 20:00", "Al-Suwaira", "Suwaira", "Wasit", None, None, "police", "ied",
        None, None, 2, "wounding two of our members")])

doc("O7", "O", "2022-08-15", """Ministry of Interior - statement, 15 August 2022
The General Directorate of Narcotics Affairs arrested 11 suspects and seized 6 kg of crystal meth in raids in Basra and Maysan over the past week. The Ministry calls on citizens to report dealers via the hotline. No shots were fired.""", noise=True)

# ------------------------------------------------------------------ H: NGO / UN notes
doc("H1", "H", "2021-08-18", """MSF project update - Nineveh, 18 August 2021
Our clinic in Tal Afar kept its outpatient hours this week. [[a|In the early hours of 15 August, a mortar round landed beside a health centre in the Al-Khadra neighbourhood of Tal Afar]], wounding a nurse who was arriving for her shift. It is not known who fired it. Consultations resumed the same afternoon.""",
    [Hd("a", "2021-08-15", "In the early hours of 15 August", "Tal Afar", "Tal Afar", "Nineveh", None, None, "civilians", "mortar_rocket",
        None, None, 1, "wounding a nurse")])

doc("H2", "H", "2024-01-22", """NRC area update - Diyala, week 3 (15-21 January 2024), dated 22 January 2024
Returns: 42 families came back to Muqdadiyah district.
Protection: on Wednesday 17 January, [[a|unidentified men set fire to three returnee houses in the village of Imam Weis, Muqdadiyah district]]; no one was hurt. On 20 January, [[b|a roadside bomb in orchards near Kanaan]] wounded a farmer.
WASH: water trucking continued in two villages.""",
    [Hd("a", "2024-01-17", "on Wednesday 17 January", "Imam Weis", "Muqdadiyah", "Diyala", "unknown", None, "civilians", "other",
        0, "no one was hurt", 0, "no one was hurt"),
     Hd("b", "2024-01-20", "On 20 January", "Kanaan", "Kanaan", "Diyala", None, None, "civilians", "ied",
        None, None, 1, "wounded a farmer")])

doc("H3", "H", "2025-04-23", """Metro Center for Journalists' Rights (NGO) - alert
[[a|A gunman on a motorcycle shot and wounded a reporter of a local TV channel outside his home in Kalar]] on Sunday evening, the reporter's family told the centre. He is in a stable condition.

The centre urges the Sulaymaniyah authorities to find the attacker.

Related: attacks on journalists in the Kurdistan Region, 2024 report""",
    [Hd("a", "2025-04-20", "on Sunday evening", "Kalar", "Kalar", "Sulaymaniyah", "unknown", None, "civilians", "shooting",
        None, None, 1, "shot and wounded a reporter")],
    ext="html", title="Alert: reporter shot and wounded in Kalar", outlet="Metro Center for Journalists' Rights")

doc("H4", "H", "2022-03-12", """Save the Children - statement, 12 March 2022
[[a|An explosive device went off near a primary school in the Al-Hayaniya neighbourhood of Basra]] on the morning of 9 March, wounding two pupils aged nine and ten. Children must never be targets. We call for a full investigation.""",
    [Hd("a", "2022-03-09", "on the morning of 9 March", "Al-Hayaniya", "Basra", "Basra", None, None, "civilians", "ied",
        None, None, 2, "wounding two pupils")])

doc("H5", "H", "2022-07-25", """IOM Iraq - climate displacement snapshot, 25 July 2022
Some 1,200 families left villages in Dhi Qar and Muthanna in the first half of the year because of drought and salinity. Most moved to the edges of Nasiriyah and Al-Samawa. No security incidents affecting the assessed families were reported.""", noise=True)

doc("H6", "H", "2020-02-10", """# Protection monitoring note - Najaf

*Human-rights NGO statement, 10 February 2020*

[[a|Gunmen abducted the activist Haidar M. from the Al-Ghadir neighbourhood of Najaf]] shortly after midnight on the night of 2 to 3 February 2020. His family has had no news since.

## Related

- Protesters in Najaf: the sit-in, three months on""",
    [Hd("a", "2020-02-03", "shortly after midnight on the night of 2 to 3 February 2020", "Al-Ghadir", "Najaf", "Najaf", "unknown", None, "civilians", "kidnapping",
        None, None, None, None)], ext="md")

doc("H7", "H", "2020-03-23", """UNICEF Iraq - statement on the killing of children in Salahuddin, 23 March 2020
[[a|Two children were killed when a mortar round hit their home in Yathrib]] on the morning of the twentieth of March. UNICEF condemns all attacks that kill or maim children and reminds all parties of their obligations.""",
    [Hd("a", "2020-03-20", "on the morning of the twentieth of March", "Yathrib", "Yathrib", "Salahuddin", None, None, "civilians", "mortar_rocket",
        2, "Two children were killed", None, None)])

# ------------------------------------------------------------------ S: Telegram posts
doc("S1", "S", "2021-07-12", """Telegram | Baghdad Pulse (t.me/bgd_pulse) | msg 4412 | 12.07.2021
[23:50] 🔴 #Taji [[a|rocket hit near the army camp in Taji]] an hour ago, 1 soldier injured
[23:58] power back in #Hurriya after 6 hours
[00:10] #Kadhimiya bridge closed for maintenance until Friday, use the Al-Aimma bridge""",
    [Hd("a", "2021-07-12", "an hour ago", "Taji", "Taji", "Baghdad", None, None, "army", "mortar_rocket",
        None, None, 1, "1 soldier injured")])

doc("S2", "S", "2023-06-04", """t.me/anbar_now | channel post | 04.06.2023
[08:05] ⚫ #Hit #Baghdadi the day before yesterday [[a|IED on a Hashd car near Al-Baghdadi]], 2 martyrs, no injured. No claim.
[08:20] #Ramadi heat 48°, schools end exams early
[09:00] #Fallujah water cut in the Al-Jolan quarter until evening""",
    [Hd("a", "2023-06-02", "the day before yesterday", "Al-Baghdadi", "Hit", "Anbar", None, None, "PMU", "ied",
        2, "2 martyrs", 0, "no injured")])

doc("S3", "S", "2024-01-06", """Diyala Live 24 (Telegram channel) · 06.01.2024
[21:15] ⚡ #Baladruz [[a|sniper killed a soldier at a post east of Baladruz]] this evening
[21:40] #Baquba fog warning for the morning
[22:05] #Khalis the gas station queue is back, bring patience
[22:30] #Muqdadiyah football pitch opening postponed""",
    [Hd("a", "2024-01-06", "this evening", "Baladruz", "Baladruz", "Diyala", None, None, "army", "shooting",
        1, "sniper killed a soldier", None, None)])

doc("S4", "S", "2020-03-22", """t.me/sd_alerts · channel · 22.03.2020
[10:40] 🔴 #Dujail the day before yesterday at night (Friday) [[a|IED on a police car at the Dujail orchards road]], 1 policeman killed 1 injured
[10:45] curfew in #Tikrit continues
[11:30] #Samarra bakeries open until noon only, crowds reported""",
    [Hd("a", "2020-03-20", "the day before yesterday at night (Friday)", "Dujail", "Dujail", "Salahuddin", None, None, "police", "ied",
        1, "1 policeman killed", 1, "1 injured")])

doc("S5", "S", "2019-09-10", """Kirkuk 24/7 - Telegram channel - 10.09.2019
[06:10] 🔴 #Daquq last night [[a|IED on an army patrol near Daquq]], 1 martyr 1 injured
[18:30] 🔴 #Kirkuk [[b|grenade thrown at a house in Rahimawa]] just now, no cas
[19:00] #Kirkuk traffic jam at the Baghdad road""",
    [Hd("a", "2019-09-09", "last night", "Daquq", "Daquq", "Kirkuk", None, None, "army", "ied",
        1, "1 martyr", 1, "1 injured"),
     Hd("b", "2019-09-10", "just now", "Rahimawa", "Kirkuk", "Kirkuk", None, None, "civilians", "other",
        0, "no cas", 0, "no cas")])

doc("S6", "S", "2024-03-03", """Erbil Now (Telegram) · 03.03.2024
[14:05] 🔴 #Makhmour the day before yesterday [[a|IS fired on a Peshmerga post near Qarachogh]], 1 Peshmerga martyr, 2 injured
[14:20] #Erbil airport flights normal
[15:00] #Erbil 100 Meter road closed near the Gulan junction for works
[15:40] #Koya rain expected tonight""",
    [Hd("a", "2024-03-01", "the day before yesterday", "Qarachogh", "Makhmour", "Erbil", "ISIS", "attributed", "Peshmerga", "shooting",
        1, "1 Peshmerga martyr", 2, "2 injured")])

doc("S7", "S", "2020-11-15", """t.me/deirezzor_watch · channel · 15.11.2020
[09:30] 🔴 #Busayrah (Syria) [[a|IS cell fired on an SDF checkpoint near Al-Busayrah]] last night, 3 SDF killed
[09:40] #Hajin bread prices up again
[10:15] #Deir_ez_Zor coalition helicopters seen over the river this morning
[10:30] #Mayadin power cut""",
    [I("a", "2020-11-14", "last night", "Al-Busayrah", None, None, "ISIS", "attributed", "security forces", "shooting",
       3, "3 SDF killed", None, None, country="Syria")], country="Syria")

# ------------------------------------------------------------------ F: follow-ups; attacks mid-story
doc("F1", "F", "2021-08-18", """Hammam al-Alil mourns two brothers (18 August 2021)
Hundreds attended the funeral on Tuesday of two brothers, a teacher and a traffic policeman, [[a|shot dead by gunmen who fired at their car on the road to Al-Shura near Hammam al-Alil]] on Sunday night. The family said they had no enemies. Police have made no arrests.""",
    [Hd("a", "2021-08-15", "on Sunday night", "Hammam al-Alil", "Hammam al-Alil", "Nineveh", "unknown", None, "civilians+police", "shooting",
        2, "two brothers", None, None)])

doc("F2", "F", "2025-04-08", """Sports | Tuesday 8 April 2025
Sulaimani FC's home match against Zakho was postponed to next week. The club asked for the delay after the death of its former goalkeeper Aram K., who [[a|was killed when an explosive device under his car went off in Said Sadiq]] on Saturday 5 April. The league agreed. Police have not named a suspect.
The club also confirmed that its new training ground will open in May.""",
    [Hd("a", "2025-04-05", "on Saturday 5 April", "Said Sadiq", "Sayid Sadiq", "Sulaymaniyah", None, None, "civilians", "ied",
        1, "was killed", None, None)])

doc("F3", "F", "2021-07-30", """Baghdad - 30 July 2021
Police in Baghdad said on Friday they had arrested two men over [[a|the killing of a shop owner who was shot dead in his shop in the Al-Dora district]] on 3 July. The spokesman said the suspects belonged to a gang that extorted shopkeepers. They will be referred to the courts.""",
    [Hd("a", "2021-07-03", "on 3 July", "Al-Dora", "Baghdad", "Baghdad", "unknown", None, "civilians", "shooting",
        1, "the killing of a shop owner", None, None)])

doc("F4", "F", "2023-06-04", """Saqlawiya - fatiha, 4 June 2023
The third day of mourning was held for the two policemen who [[a|died when a roadside bomb hit their patrol on the Al-Saqlawiya road]] on the first of June. Their commander said the road would be swept each morning. Both leave young children.""",
    [Hd("a", "2023-06-01", "on the first of June", "Al-Saqlawiya", "Saqlawiyah", "Anbar", None, None, "police", "ied",
        2, "the two policemen", None, None)])

doc("F5", "F", "2024-06-12", """Tikrit - 12 June 2024
Families gathered at the Speicher memorial on the tenth anniversary of the 2014 massacre of air force cadets. Officials laid wreaths and read the names. The day was calm; no new incidents were reported in the province. A museum wing is planned.""", noise=True)

doc("F6", "F", "2024-02-14", """Maysan court sentences two men
The Maysan criminal court on Wednesday sentenced two men to life in prison for [[a|the killing of a lawyer who was shot in his office in Al-Amarah]] in October 2022. The court did not give the day of the attack. The men denied the charge.""",
    [Hd("a", "2022-10", "in October 2022", "Al-Amarah", "Amarah", "Maysan", "unknown", None, "civilians", "shooting",
        1, "the killing of a lawyer", None, None, prec="month")],
    ext="json", title="Maysan court sentences two men over lawyer's killing", outlet="Maysan Today", section="Courts")

doc("F7", "F", "2023-05-09", """Al-Rifai - 9 May 2023
Relatives and fellow activists gathered in Al-Rifai on Tuesday to mark a year since [[a|Mustafa H. was shot dead by gunmen outside a cafe in Al-Rifai]] on 9 May 2022. No one has been arrested. Two other activists in the district were attacked last year, his friends said.""",
    [Hd("a", "2022-05-09", "on 9 May 2022", "Al-Rifai", "Rifai", "Dhi Qar", "unknown", None, "civilians", "shooting",
        1, "shot dead", None, None)])

# ------------------------------------------------------------------ P: web pages (dates in page metadata)
doc("P1", "P", "2024-01-12", """Sadiya - [[a|Gunmen killed a mukhtar at the door of his house in Al-Saadiya]] on Wednesday night, two relatives said. He had received threats after mediating a land dispute.

Police said they were searching nearby orchards.

Related stories: Diyala farmers count losses after a dry winter | Fuel queues in Baquba""",
    [Hd("a", "2024-01-10", "on Wednesday night", "Al-Saadiya", "Sadiya", "Diyala", "unknown", None, "civilians", "shooting",
        1, "killed a mukhtar", None, None)],
    ext="html", title="Mukhtar shot dead in Sadiya", outlet="Diyala Voice")

doc("P2", "P", "2020-03-26", """# Two Hashd fighters killed near Dhuluiya

*Last updated 26 March 2020, 16:05 (first published 25 March 2020) · Salahuddin desk*

[[a|IS militants shot dead two Hashd fighters guarding orchards near Dhuluiya]] on Tuesday, a Hashd commander said. The attackers crossed the Tigris by boat.

## Read more

- Curfew in Salahuddin extended
- Farmers near Balad fear the spring harvest""",
    [Hd("a", "2020-03-24", "on Tuesday", "Dhuluiya", "Dhuluiya", "Salahuddin", "ISIS", "attributed", "PMU", "shooting",
        2, "shot dead two Hashd fighters", None, None)], ext="md")

doc("P3", "P", "2021-08-30", """[[a|A sticky bomb attached to the car of a municipal official exploded in the Al-Wahda quarter of Tal Afar]] on Saturday, killing him, a police source said. No group claimed it.

Related: Tal Afar's water plant reopens | Sinjar returnees wait for compensation""",
    [Hd("a", "2021-08-28", "on Saturday", "Tal Afar", "Tal Afar", "Nineveh", "unknown", "unclaimed", "civilians", "ied",
        1, "killing him", None, None)],
    ext="json", title="Municipal official killed by sticky bomb in Tal Afar", outlet="Nineveh Post",
    published="2021-08-30T09:00:00+03:00", section="Security")

doc("P4", "P", "2025-04-28", """Sulaymaniyah - [[a|A drone of unknown origin hit a hangar at Sulaimani International Airport]] on the night of Saturday to Sunday, causing a fire but no casualties, the airport said. Flights resumed on Sunday afternoon.

See also: Flights to Istanbul from Sulaimani resume | Turkish airspace ban extended""",
    [Hd("a", "2025-04-26", "on the night of Saturday to Sunday", "Sulaimani International Airport", "Sulaymaniyah", "Sulaymaniyah", None, None, "", "other",
        0, "causing a fire but no casualties", 0, "causing a fire but no casualties")],
    ext="html", title="Drone hits hangar at Sulaimani airport", outlet="Slemani Times")

doc("P5", "P", "2024-10-02", """# New bridge opens over the Euphrates in Nasiriyah

*Published 2 October 2024 · Dhi Qar desk · 2 min read*

The Al-Hadbaa bridge opened to traffic on Tuesday after four years of work. The governor said it would halve travel times to the Al-Shamiya side.

## See also

- Protest over jobs outside the oil company (file, 2019)
- Car bomb in Nasiriyah market (archive, 2011)""", ext="md", noise=True)

doc("P6", "P", "2025-09-15", """[[a|A sound bomb went off near a hotel in the Bab Baghdad area of Karbala]] on 13 September, causing damage but no injuries, police said. The hotel had been warned by a rival contractor, the owner said.

Read more: Karbala hotels full for Arbaeen | New rules for street vendors""",
    [Hd("a", "2025-09-13", "on 13 September", "Bab Baghdad", "Karbala", "Karbala", None, None, "", "ied",
        0, "causing damage but no injuries", 0, "causing damage but no injuries")],
    ext="json", title="Sound bomb near Karbala hotel", outlet="Karbala Now",
    published="2025-09-15T12:30:00+03:00", section="Local")

doc("P7", "P", "2019-05-20", """Kut - [[a|Gunmen shot dead a police officer as he left a mosque in Al-Aziziyah]] on Saturday, a police source said. He was the second officer killed in the district this year.

You may also like: Wasit farmers protest over water | Kut dam repairs""",
    [Hd("a", "2019-05-18", "on Saturday", "Al-Aziziyah", "Aziziyah", "Wasit", "unknown", None, "police", "shooting",
        1, "shot dead a police officer", None, None)],
    ext="html", title="Police officer shot dead in Aziziyah", outlet="Wasit News")
