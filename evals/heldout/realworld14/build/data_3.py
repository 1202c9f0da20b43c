"""Styles B (tribal statements / bayan, translated from Arabic or Kurdish), A
(Arbaeen and pilgrim security updates) and D (an aid worker's diary)."""
from lib import I, doc


# ------------------------------------------------------------------ B: tribal statements (bayan)
doc("B1", "B", "2021-05-20", """Bayan (statement) of the Bani Tamim tribe in Diyala - translated from Arabic

In the name of God, the Most Gracious, the Most Merciful.
"Do not think of those who are killed in the way of God as dead; they are alive with their Lord."

With hearts that believe in the will of God, the sheikhs and sons of the Bani Tamim tribe mourn their martyrs. [[a|On the night of Tuesday, two of our sons of the Tribal Mobilisation were martyred and a third was wounded when the remnants of Daesh targeted them with an explosive device in Al-Mukhaisa, Abu Saida subdistrict]].

We call on the Commander-in-Chief to clear the orchards of the cells of terrorism.

Sheikh of the tribe - Issued on Thursday 20 May 2021
""", [I("a", "2021-05-18", "On the night of Tuesday", "Abu Saida", "Abu Saida", "Diyala", "ISIS", "attributed", "PMU",
        "ied", 2, "two of our sons of the Tribal Mobilisation were martyred", 1, "a third was wounded")])

doc("B2", "B", "2023-12-09", """Statement of the Al-Obeid tribe - Kirkuk (translated)
9 December 2023

We, the sheikhs of the Al-Obeid tribe in Kirkuk, announce with sorrow the martyrdom of our son Salim Khalaf, a shepherd. [[a|On Thursday the criminal gangs of Daesh shot him dead while he grazed his sheep in the Wadi al-Shay area south of Daquq]] and took his flock.

We hold the security forces responsible for the gaps on the edge of the wadi and demand that the tribal fighters be allowed to protect the grazing land. The mourning council is held in the tribe's guesthouse for three days.
""", [I("a", "2023-12-07", "On Thursday", "Daquq", "Daquq", "Kirkuk", "ISIS", "attributed", "civilians", "shooting",
        1, "shot him dead", None, None)])

doc("B3", "B", "2022-08-03", """Daxuyanî / Statement of the Doski tribe (translated from Kurdish)
3 August 2022

The elders of the Doski tribe strongly condemn the bombardment that took the life of our son Ahmed Sleman, a farmer. [[a|Yesterday, Tuesday, a drone of the Turkish army struck him in his field near Bamerni]]. He had no relation with any party or armed group. We ask the Kurdistan Region government and the federal government to stop these attacks on the villages of our tribe.

Elders of the Doski tribe
""", [I("a", "2022-08-02", "Yesterday, Tuesday", "Bamerni", "Bamerni", "Dohuk", "Turkey", "attributed", "civilians",
        "airstrike_operation", 1, "took the life of our son Ahmed Sleman", None, None)])

doc("B4", "B", "2025-11-26", """Bayan of the Shammar tribe - Rabia (translated from Arabic)
Wednesday 26 November 2025

The sheikhs of the Shammar tribe in Rabia mourn their son Faisal Ayed. [[a|On Sunday evening he was shot dead by treacherous hands on the road near Rabia]] while returning from his land. We do not accuse anyone before the investigation ends, and we call on the security services to reveal the killers. Those who know anything should come forward.

The mourning council is held in the guesthouse of Sheikh Abdullah.
""", [I("a", "2025-11-23", "On Sunday evening", "Rabia", "Rabia", "Nineveh", None, None, "civilians", "shooting",
        1, "he was shot dead", None, None)])

doc("B5", "B", "2021-09-04", """Statement of the Al-Mashahda tribe (translated)
Saturday 4 September 2021

With deep sorrow the Al-Mashahda tribe mourns two of its sons, the brothers Hamid and Karim. [[a|On Thursday night, the remnants of Daesh attacked the farms of Tarmiyah and shot the two brothers dead]] in their orchard. This is not the first crime against the farmers of our area.

We demand the Baghdad Operations Command put permanent forces in the orchards and compensate the families.
""", [I("a", "2021-09-02", "On Thursday night", "Tarmiyah", "Tarmiyah", "Baghdad", "ISIS", "attributed", "civilians",
        "shooting", 2, "shot the two brothers dead", None, None)])

doc("B6", "B", "2020-02-04", """Bayan of the Al-Jubour tribe in Al-Shirqat (translated from Arabic)
Tuesday 4 February 2020

The Al-Jubour tribe announces the martyrdom of its son, Police First Lieutenant Omar Hassan. [[a|At dawn on Sunday, the terrorists of Daesh stormed his house in Al-Shirqat and shot him]], and his wife was wounded. We swear that his blood will not be lost, and we stand with our security forces against the terrorist remnants.

Sheikhs and notables of the Al-Jubour tribe
""", [I("a", "2020-02-02", "At dawn on Sunday", "Al-Shirqat", "Sharqat", "Salahuddin", "ISIS", "attributed",
        "police+civilians", "shooting", 1, "announces the martyrdom of its son", 1, "his wife was wounded")])

doc("B7", "B", "2022-04-21", """Statement of the Albu Nimr tribe - Hit (translated)
21 April 2022

The Albu Nimr tribe mourns its son, a fighter of the Tribal Hashd. [[a|On 19 April, an explosive device planted by the remnants of Daesh exploded on a patrol of the Tribal Hashd near Kubaisa]], martyring our son and wounding two of his comrades. We renew our pledge to stand with the security forces until the last terrorist is removed from the desert of Anbar.
""", [I("a", "2022-04-19", "On 19 April", "Kubaisa", "Kubaisa", "Anbar", "ISIS", "attributed", "PMU", "ied",
        1, "martyring our son", 2, "wounding two of his comrades")])

doc("B8", "B", "2019-08-15", """Bayan of the Al-Zayyad clan, Al-Rumaitha (translated from Arabic)
15 August 2019

The clan condemns the cowardly attack on the house of its sheikh. [[a|On 13 August, unknown persons threw a hand grenade at the sheikh's guesthouse in Al-Rumaitha]], causing material damage only, praise be to God. We warn against attempts to drag the tribes into strife and call on the Muthanna police to find the perpetrators.
""", [I("a", "2019-08-13", "On 13 August", "Al-Rumaitha", "Rumaitha", "Muthanna", "unknown", None, "civilians",
        "other", 0, "causing material damage only", 0, "causing material damage only")])

doc("B9", "B", "2024-05-12", """Statement of reconciliation (sulh) between the Al-Halaf and Al-Eidan tribes - Basra (translated)
12 May 2024

After the death of a young man of the Al-Eidan in a traffic accident on the Zubair road on 3 May, the sheikhs of both tribes met in the presence of the police command. The Al-Halaf agreed to pay the diya (blood money) and the Al-Eidan accepted. The accident was not intentional and no weapon was used. The two tribes declare the matter closed and warn anyone who tries to reopen it.
""", noise=True)

doc("B10", "B", "2020-10-08", """Bayan of the Al-Jenabi family in Hilla (translated)
8 October 2020

We mourn our son, the civil activist Ali Jasim. [[a|On Tuesday evening he was assassinated with a silenced pistol in front of his house in Hilla]]. Ali took part in the peaceful demonstrations and called for jobs for young people. We demand that the government reveal the killers and do not accept that his file be closed like others.
""", [I("a", "2020-10-06", "On Tuesday evening", "Hilla", "Hilla", "Babil", None, None, "civilians", "shooting",
        1, "he was assassinated", None, None)])

doc("B11", "B", "2021-02-11", """Statement of the Al-Rubai'a tribe in Al-Suwaira (translated from Arabic)
11 February 2021

The tribe condemns the targeting of the house of its son, an officer of the Wasit Federal Police. [[a|On 9 February, an explosive device was thrown at his house in Al-Suwaira]], damaging the gate and a car; praise be to God no one was injured. We call for the perpetrators to be found.
""", [I("a", "2021-02-09", "On 9 February", "Al-Suwaira", "Suwaira", "Wasit", None, None, "police", "other",
        0, "no one was injured", 0, "no one was injured")])

doc("B12", "B", "2024-01-18", """Bayan of the Bani Hassan tribe - Najaf (translated)
18 January 2024

The Bani Hassan tribe mourns its son, Captain Mahdi Kadhim of the anti-narcotics directorate. [[a|On 16 January, he was shot dead by gunmen in Al-Manathira]] during a raid on drug dealers. We stand with the state against the merchants of death and call for the harshest punishment for the killers.
""", [I("a", "2024-01-16", "On 16 January", "Al-Manathira", "Manathira", "Najaf", "unknown", None, "police",
        "shooting", 1, "he was shot dead", None, None)])


# ------------------------------------------------------------------ A: Arbaeen / pilgrim security updates
doc("A1", "A", "2021-05-06", """PILGRIM MOVEMENT - SECURITY UPDATE No. 7 (Ramadan visits)
Diyala Operations / Holy Shrines Liaison | Thursday 6 May 2021

1. Movement of visitors between Diyala and Kadhimiya continued after the anniversary of the martyrdom of Imam Ali.
2. [[a|On Tuesday night, an explosive device targeted a minibus carrying visitors returning from Kadhimiya near Buhriz]], wounding four visitors; they were treated in Baquba.
3. Checkpoints on the Baquba-Baghdad road were reinforced.
4. No other incidents.
""", [I("a", "2021-05-04", "On Tuesday night", "Buhriz", "Buhriz", "Diyala", None, None, "civilians", "ied",
        None, None, 4, "wounding four visitors")])

doc("A2", "A", "2023-12-17", """Fatimiyya commemorations - security update (Kirkuk and Tuz)
Issued 17 December 2023

- Processions in Taza, Bashir and Tuz Khurmatu took place under army and PMF protection.
- [[a|On the evening of 16 December, a mortar round fell about 300 m from a Fatimiyya procession in Taza]], causing no casualties. Local officials blamed Daesh remnants in the Wadi al-Shay area.
- Movement of visitors to Karbala and Najaf by road was normal.
""", [I("a", "2023-12-16", "On the evening of 16 December", "Taza", "Taza", "Kirkuk", "ISIS", "attributed",
        "civilians", "mortar_rocket", 0, "causing no casualties", 0, "causing no casualties")])

doc("A3", "A", "2022-09-13", """ARBAEEN 1444 - DAILY SECURITY UPDATE (Babil sector)
13 September 2022 | Day 9 of the walk

Estimated walkers passing Hilla last 24h: 1.2 million. Mawakib (service tents) registered: 4,150.

SECURITY: [[a|Last night a sound bomb went off near a mawkib on the main road in Al-Musayyib]]; one pilgrim was lightly injured. Police have not identified who threw it.
HEALTH: 212 cases of heat exhaustion treated.
TRAFFIC: Baghdad-Hilla road closed to vehicles from Mahmudiya.
""", [I("a", "2022-09-12", "Last night", "Al-Musayyib", "Musayyib", "Babil", None, None, "civilians", "ied",
        None, None, 1, "one pilgrim was lightly injured")])

doc("A4", "A", "2020-02-20", """Samarra - visitors' security update (Askari shrine)
Thursday 20 February 2020

Visitor numbers this week: about 38,000, mostly from the south.

[[a|On Tuesday night, two mortar rounds fell near the visitors' car park on the northern edge of Samarra]], wounding two visitors. Security sources blamed Daesh cells in the Jallam desert. The Samarra Operations Command extended the security belt.

Access via the Tikrit road remains open.
""", [I("a", "2020-02-18", "On Tuesday night", "Samarra", "Samarra", "Salahuddin", "ISIS", "attributed", "civilians",
        "mortar_rocket", None, None, 2, "wounding two visitors")])

doc("A5", "A", "2021-09-25", """ARBAEEN 1443 - SECURITY UPDATE (Baghdad routes)
Saturday 25 September 2021

Walkers leaving Baghdad southwards: heavy. Road closures on the Dora expressway since Wednesday.

INCIDENTS
a) [[a|On Thursday, a hand grenade was thrown at a mawkib in Al-Bayaa]], wounding three pilgrims; a suspect was arrested.
b) [[b|Yesterday evening, gunmen in a car fired on walking pilgrims on the highway near Yusufiya]], killing one pilgrim and wounding another.
   Update 18:00: the wounded pilgrim died in hospital (toll now 2 dead, 0 wounded).

No other incidents recorded. Heat advisory in force.
""", [I("a", "2021-09-23", "On Thursday", "Al-Bayaa", "Baghdad", "Baghdad", None, None, "civilians", "other",
        None, None, 3, "wounding three pilgrims"),
      I("b", "2021-09-24", "Yesterday evening", "Yusufiya", "Yusufiya", "Baghdad", "unknown", None, "civilians",
        "shooting", 2, "2 dead", 0, "0 wounded")])

doc("A6", "A", "2024-08-23", """ARBAEEN 1446 - KARBALA SECURITY BULLETIN
23 August 2024 | 2 days before Arbaeen

Arrivals (Interior Ministry estimate): 14 million since 1 Safar.

[[a|Yesterday evening, unknown gunmen fired on a police checkpoint in the Al-Hur area of Karbala]], wounding one policeman. The attackers fled in a car toward the orchards.
Heat: 41 cases of heat stroke. Fires: none. Lost children reunited: 160.
""", [I("a", "2024-08-22", "Yesterday evening", "Al-Hur", "Karbala", "Karbala", "unknown", None, "police", "shooting",
        None, None, 1, "wounding one policeman")])

doc("A7", "A", "2019-10-16", """Arbaeen 2019 - foreign pilgrims update (Zurbatiyah crossing / Wasit)
16 October 2019

Iranian pilgrims crossing at Zurbatiyah since 1 October: about 1.1 million.

[[a|On 14 October 2019, an explosive device exploded beside a bus of Iranian pilgrims near Badra]], wounding five pilgrims. No group has claimed it. The Wasit police command moved buses into escorted convoys.
""", [I("a", "2019-10-14", "On 14 October 2019", "Badra", "Badra", "Wasit", "unknown", "unclaimed", "civilians", "ied",
        None, None, 5, "wounding five pilgrims")])

doc("A8", "A", "2023-08-31", """ARBAEEN 1445 - NAJAF SECTOR UPDATE
Thursday 31 August 2023

Walkers on the Najaf-Karbala road: very heavy, mawakib at every pole.

[[a|On Tuesday night, a hand grenade was thrown at a mawkib in Najaf's Al-Askari neighbourhood]], injuring two servers. The police did not give a motive and made no arrests.
Medical: 96 heat exhaustion cases.
""", [I("a", "2023-08-29", "On Tuesday night", "Al-Askari", "Najaf", "Najaf", None, None, "civilians", "other",
        None, None, 2, "injuring two servers")])

doc("A9", "A", "2025-08-14", """ARBAEEN 1447 - KARBALA DAILY UPDATE
14 August 2025 (Arbaeen day)

- Ministry of Interior estimate: 21 million visitors.
- No security incidents recorded in Karbala or on the walking roads.
- Two pilgrims died of heat stroke; a minibus crash on the Najaf road injured six.
- Electricity: partial outages in the old city.
- Return movement begins tonight.
""", noise=True)

doc("A10", "A", "2022-09-05", """ARBAEEN 1444 - BASRA ROUTE UPDATE (walkers heading north)
5 September 2022

Walkers leaving Basra: large groups from Ras al-Bisha.

[[a|Last night a sound bomb exploded near a mawkib in Al-Hartha]]; there were no injuries. The mawkib owners resumed service in the morning.
Police escorted walkers along the Qurna road.
""", [I("a", "2022-09-04", "Last night", "Al-Hartha", "Hartha", "Basra", None, None, "civilians", "ied",
        0, "there were no injuries", 0, "there were no injuries")])

doc("A11", "A", "2019-10-13", """Arbaeen 1441 - Qadisiyah route update
13 October 2019

[[a|On 12 October, unknown persons threw a hand grenade at a mawkib in Al-Shamiya]], wounding three pilgrims. Police increased patrols along the Diwaniyah-Najaf road. Walkers from Diwaniyah are expected to peak on 15-16 October. Medical teams treated 57 walkers for blisters and heat exhaustion.
""", [I("a", "2019-10-12", "On 12 October", "Al-Shamiya", "Shamiya", "Qadisiyah", "unknown", None, "civilians", "other",
        None, None, 3, "wounding three pilgrims")])

doc("A12", "A", "2024-08-18", """ARBAEEN 1446 - MUTHANNA ROUTE UPDATE
18 August 2024

Visitors from the Gulf arriving via Jumaima: 62,000.

[[a|On 16 August, an explosive device hit a minibus of pilgrims on the road near Al-Khidhir]], killing one pilgrim and wounding three. No group has claimed the attack.
Checkpoints added on the Samawah-Rumaitha road.
""", [I("a", "2024-08-16", "On 16 August", "Al-Khidhir", "Khidhir", "Muthanna", "unknown", "unclaimed", "civilians",
        "ied", 1, "killing one pilgrim", 3, "wounding three")])


# ------------------------------------------------------------------ D: an aid worker's diary
doc("D1", "D", "2021-05-28", """Field diary - Diyala (posted on my blog, "Notes from the Orchards")
Fri 28 May 2021

Woke at five to the call to prayer. At the office the security focal point told us [[a|last night Daesh gunmen attacked a village near Qara Tapa and killed two villagers]]. We cancelled the distribution in that area and went instead to the camp near Khanaqin. Hot already, 41 degrees by noon. The children in the camp were playing football with a plastic bottle. I keep thinking about those two men.
""", [I("a", "2021-05-27", "last night", "Qara Tapa", "Qara Tapa", "Diyala", "ISIS", "attributed", "civilians",
        "shooting", 2, "killed two villagers", None, None)])

doc("D2", "D", "2023-12-31", """Diary, Kirkuk - last entry of the year
Sun 31 Dec 2023

Quiet morning, cold. The team went to Hawija for the winterisation kits. On the way back the driver heard on the radio that [[a|yesterday afternoon an IED hit an army patrol on the road near Al-Rashad]]: two soldiers dead. The checkpoint at Multaqa held us an hour. Evening: the radio says a third soldier has died, so three dead. New Year's Eve in the guesthouse with rice and lentil soup. Hoping 2024 is kinder to this place.
""", [I("a", "2023-12-30", "yesterday afternoon", "Al-Rashad", "Rashad", "Kirkuk", None, None, "army", "ied",
        3, "so three dead", None, None)])

doc("D3", "D", "2022-08-24", """Diary - Duhok governorate
Wed 24 Aug 2022

Drove up to Kesta village for the water-tank handover. Everyone talking about [[a|yesterday's drone strike in Barwari Bala, Amedi district]], which killed a shopkeeper our team knew. People say it was a Turkish drone; no one official has said anything. The handover went ahead, short speeches, no photos. Back in Duhok by dark. Feel numb.
""", [I("a", "2022-08-23", "yesterday", "Barwari Bala", "Amedi", "Dohuk", "Turkey", "suspected", "civilians",
        "airstrike_operation", 1, "killed a shopkeeper", None, None)])

doc("D4", "D", "2025-11-15", """Sinjar diary
Sat 15 Nov 2025

Returned families keep arriving from the camps, 30 this week. At the distribution in Sinune people told us that [[a|on Thursday night someone threw a grenade at the house of a returnee family in Sinune]]; a boy was hurt, not badly. Nobody knows who. The election posters are still on every wall. Tea with the mukhtar, then the long drive back over the mountain.
""", [I("a", "2025-11-13", "on Thursday night", "Sinune", "Sinjar", "Nineveh", None, None, "civilians", "other",
        None, None, 1, "a boy was hurt")])

doc("D5", "D", "2021-09-08", """Baghdad notebook
Wed 8 Sep 2021

Meetings at the ministry all morning. On the way, the taxi driver showed me the spot where [[a|a sticky bomb on a car in Al-Mansour on Monday evening killed its driver]], an employee of the Ministry of Oil. He said it like a weather report. Election posters everywhere, faces on every lamp post. Dinner at the guesthouse. Power cut at ten.
""", [I("a", "2021-09-06", "on Monday evening", "Al-Mansour", "Baghdad", "Baghdad", None, None, "civilians", "ied",
        1, "killed its driver", None, None)])

doc("D6", "D", "2020-02-25", """Diary - Tikrit and beyond
Tue 25 Feb 2020

Rain at last. Our shelter survey team was late because [[a|on Sunday an IED in Al-Alam hit a truck carrying building materials]] and the road was searched again this morning. The driver was wounded. The survey in the returnee houses went fine; families want doors and windows more than anything. Tea with the director of the health centre.
""", [I("a", "2020-02-23", "on Sunday", "Al-Alam", "Al-Alam", "Salahuddin", None, None, "civilians", "ied",
        None, None, 1, "The driver was wounded")])

doc("D7", "D", "2019-09-03", """West Anbar diary
Tue 3 Sep 2019

The convoy to Al-Qaim left at six. Briefing from the army liaison: [[a|last night ISIS fighters attacked a military post near Akashat with rifles and RPGs]], killing three soldiers. We stayed off the desert road. Distribution at the school went on; the headmaster asked for desks. Sandstorm after lunch. Bed at nine, exhausted.
""", [I("a", "2019-09-02", "last night", "Akashat", "Akashat", "Anbar", "ISIS", "attributed", "army", "shooting+other",
        3, "killing three soldiers", None, None)])

doc("D8", "D", "2023-12-09", """Erbil diary
Sat 9 Dec 2023

Day off, supposedly. Woke to messages: [[a|a drone attack near Harir base last night]] (the base hosts US forces), no one hurt according to the counter-terrorism directorate. Third alarm this month. Went to the citadel anyway, then the Family Mall for a jacket. Skyped home. The heating in the flat works again.
""", [I("a", "2023-12-08", "last night", "Harir", "Harir", "Erbil", None, None, "US forces", "other",
        0, "no one hurt", 0, "no one hurt")])

doc("D9", "D", "2022-03-15", """West Anbar diary
Tue 15 Mar 2022

With the mine-action team near Rutba today. They found two old mortar bombs in a field a farmer wants to plough, and blew them up in a controlled detonation at noon. Nobody hurt. The farmer made us lunch: bread, eggs, dates. On the way back we passed the burnt-out trucks from 2015, still there. Long day, good day.
""", noise=True)

doc("D10", "D", "2024-04-11", """Marsh notes - Dhi Qar
Thu 11 Apr 2024

Eid preparations everywhere. The partner NGO told us [[a|on Tuesday an explosive device was thrown at the house of a local official in Suq al-Shuyukh]]; no one was hurt, just the door and windows. Nobody says who. The water levels in the marsh are a little better than last year. Buffalo everywhere.
""", [I("a", "2024-04-09", "on Tuesday", "Suq al-Shuyukh", "Suq al-Shuyukh", "Dhi Qar", None, None, "civilians", "other",
        0, "no one was hurt", 0, "no one was hurt")])

doc("D11", "D", "2020-01-19", """Diary - Amarah
Sun 19 Jan 2020

Sit-in square still full. A colleague's cousin was among the protesters: [[a|on Friday masked men shot dead an activist near the sit-in in Amarah]]. The square was quiet and angry today. Our school-rehabilitation visit postponed again. Cold nights. Bought a second blanket.
""", [I("a", "2020-01-17", "on Friday", "Amarah", "Amarah", "Maysan", "unknown", None, "civilians", "shooting",
        1, "shot dead an activist", None, None)])

doc("D12", "D", "2023-03-04", """Diary - Babil
Sat 4 Mar 2023

Training day with the new volunteers in Hilla. At lunch the guard said [[a|on Thursday an IED hit a Hashd vehicle near Iskandariya]], one fighter wounded. The road north was slow with checkpoints. Evening: the river, the bridge lights, a boy selling tea.
""", [I("a", "2023-03-02", "on Thursday", "Iskandariya", "Iskandariya", "Babil", None, None, "PMU", "ied",
        None, None, 1, "one fighter wounded")])
