import sys
sys.dont_write_bytecode = True
from common import I, D

DOCS = []

# ---------------- G: updated stories with revised tolls ----------------
DOCS.append(D("G", "txt", "2020-11-28", """UPDATE 2-Islamic State attack kills four tribal fighters north of Baghdad - officials
November 28, 2020
(Adds revised toll, comment from local commander)

KIRKUK, Iraq, Nov 28 (Reuters) - [[a|Islamic State militants attacked a checkpoint manned by tribal fighters near Sulaiman Bek in Salahuddin province on Friday night, killing four of them and wounding five, officials said on Saturday.]]

An earlier toll given by police had put the number of dead at two. Two of the wounded died in hospital during the night, a medical source said.

"The attackers came down from the Hamrin mountains and withdrew the same way," said Hussein Ali, a local commander of the tribal force.

(Reporting by Kamal Ayoub; Editing by Janet Lawrence)
""", [I("a", "2020-11-27", "day", "on Friday night", "Sulaiman Bek", "Sulaiman Bek", "Salahuddin", "ISIS", "tribal fighters", "armed assault", 4, 5, "killing four of them", "wounding five")]))

DOCS.append(D("G", "txt", "2026-02-18", """Death toll of Nasiriyah explosion rises to three
Shafaq News | 2026-02-18 12:10 (Updated)

Shafaq News/ A third victim of Monday's explosion in Dhi Qar's capital, Nasiriyah, died of his wounds on Wednesday, a medical source told Shafaq News Agency.

[[a|The blast, caused by an explosive device planted near a car-repair workshop in the city's industrial quarter on Monday, initially killed two people and wounded three.]]

With the latest death, the toll stands at three killed and two wounded, one of whom is still in intensive care.

Police have not announced any arrests, and no party has claimed responsibility.
""", [I("a", "2026-02-16", "day", "on Monday", "the city's industrial quarter", "Nasiriyah", "Dhi Qar", None, "civilians", "IED", 3, 2, "three killed", "two wounded")]))

DOCS.append(D("G", "txt", "2024-12-23", """Death toll from car bombing in Iraq's Kirkuk rises to 3
By DILSHAD AZIZ Associated Press
Updated 1:25 PM GMT+3, December 23, 2024

KIRKUK, Iraq (AP) - [[a|The death toll from a car bombing in the northern Iraqi city of Kirkuk on Sunday night rose to three on Monday after a wounded man died in hospital, a health official said.]]

The blast, on a commercial street near the city's main market, initially killed two people and wounded eight, officials said Sunday. The seven other wounded remain in hospital, two of them in critical condition.

No one has claimed responsibility. Kirkuk, an oil-rich city claimed by both Baghdad and the Kurdish regional government, has been largely calm in recent years.
""", [I("a", "2024-12-22", "day", "on Sunday night", "Kirkuk", "Kirkuk", "Kirkuk", None, "civilians", "car bomb", 3, 7, "rose to three", "The seven other wounded")]))

DOCS.append(D("G", "txt", "2026-08-28", """UPDATED: Turkish drone strike near Penjwen kills two, not three - officials
Rudaw | 28-08-2026

SULAIMANI, Kurdistan Region - [[a|A Turkish drone strike on a car near Penjwen on Thursday killed two people and injured a third, local officials said on Friday, revising an earlier toll of three dead.]]

"The third man in the car survived with serious injuries and is being treated in Sulaimani," a Penjwen official told Rudaw.

Officials initially said all three occupants of the car had been killed.

Turkey has not commented on the strike. Ankara routinely targets suspected PKK members in the Kurdistan Region's border areas.
""", [I("a", "2026-08-27", "day", "on Thursday", "Penjwen", "Penjwen", "Sulaymaniyah", "Turkey", "civilians", "drone strike", 2, 1, "killed two people", "injured a third")]))

DOCS.append(D("G", "txt", "2026-07-14", """Iraq: death toll from Karbala bus bombing rises to five
Published on: 14/07/2026 - 10:48 Modified: 14/07/2026 - 16:20

Karbala (Iraq) (AFP) - [[a|The toll from a bombing that targeted a minibus carrying pilgrims on the outskirts of Karbala on Monday has risen to five dead and 12 wounded, the provincial health department said Tuesday.]]

An earlier toll had put the number of dead at three.

The bomb had been hidden under a seat of the minibus, which was carrying Iraqi pilgrims to the shrine of Imam Hussein, a security official told AFP.

There was no immediate claim of responsibility. Attacks in Karbala, a Shiite holy city that draws millions of pilgrims every year, have become rare in recent years.
""", [I("a", "2026-07-13", "day", "on Monday", "Karbala", "Karbala", "Karbala", None, "civilians", "IED", 5, 12, "five dead", "12 wounded")]))

DOCS.append(D("G", "txt", "2021-09-24", """UPDATE 1-Bomb at market in Iraq's Falluja kills three, wounds nine - police
September 24, 2021
(Updates toll, adds details)

FALLUJA, Iraq, Sept 24 (Reuters) - [[a|A bomb hidden in a vegetable stall exploded in a crowded market in the city of Falluja on Thursday evening, killing three people and wounding nine, police and medical sources said on Friday.]]

One of the wounded died in hospital on Friday morning, raising the toll from two, a medical source said.

No group claimed responsibility. Falluja, about 50 km (30 miles) west of Baghdad, was retaken from Islamic State by Iraqi forces in 2016.

(Reporting by Omar Salih; Editing by Chris Lewis)
""", [I("a", "2021-09-23", "day", "on Thursday evening", "Falluja", "Fallujah", "Anbar", None, "civilians", "IED", 3, 9, "killing three people", "wounding nine")]))

DOCS.append(D("G", "txt", "2025-02-02", """Death toll in Diyala bus crash rises to 11
Kurdistan24 | 2 February 2025 | Updated

ERBIL (Kurdistan24) - The death toll from a collision between a passenger bus and a fuel tanker on the Baquba-Khanaqin road rose to 11 on Sunday after two of the injured died in hospital, Diyala's health directorate said.

The crash on Saturday also injured 19 people, several of them seriously.

The traffic directorate blamed the crash on the tanker driver, who it said had been overtaking on a bend, and said he had been detained.

The road, which links Baghdad to the Iranian border crossing at Munthiriya, is notorious for accidents.
"""))

DOCS.append(D("G", "txt", "2025-09-13", """Second victim dies after gunmen attack Yazidi family in Sinjar
Kurdistan24 | 13 September 2025 | Updated

ERBIL (Kurdistan24) - A second member of a Yazidi family shot by gunmen in Sinjar district earlier this week has died of his wounds, a local official said on Saturday.

[[a|Unidentified gunmen opened fire on a family's car near the town of Sinuni, north of Mount Sinjar, on Wednesday, killing a man and wounding two of his relatives.]]

One of the wounded, a 19-year-old, died in a Duhok hospital on Friday night, bringing the death toll to two, the official said. The other wounded relative is in stable condition.

The motive for the attack is not yet known. Sinjar police have opened an investigation.
""", [I("a", "2025-09-10", "day", "on Wednesday", "Sinuni", "Sinuni", "Nineveh", "unknown", "civilians", "armed assault", 2, 1, "bringing the death toll to two", "The other wounded relative")]))

DOCS.append(D("G", "txt", "2022-08-25", """Second victim dies in Zayouna sticky bomb attack
The New Arab Staff
25 August, 2022 (Updated)

A second person died on Thursday of wounds sustained in Tuesday's sticky bomb attack in Baghdad's Zayouna district, a security source said.

[[a|A sticky bomb attached to a car exploded on Tuesday afternoon in Zayouna, east of Baghdad, killing the driver and wounding two passengers.]]

One of the passengers died in hospital on Thursday morning, and the other remains in hospital, the source said.

No group claimed the attack, which came amid heightened political tension in the capital.
""", [I("a", "2022-08-23", "day", "on Tuesday afternoon", "Zayouna", "Baghdad", "Baghdad", None, "civilians", "sticky bomb", 2, 1, "A second person died", "the other remains in hospital")]))

DOCS.append(D("G", "txt", "2022-09-04", """Iraq: second pilgrim dies after bomb near roadside tent in Babil
By ALI JAWAD Associated Press
Updated 4:02 PM GMT+3, September 4, 2022

HILLA, Iraq (AP) - A second pilgrim died Sunday of wounds from Friday's bombing near a roadside tent serving food to pilgrims in Iraq's Babil province, health officials said.

[[a|The bomb, hidden in a garbage bin, exploded near the tent on the road through Musayyib on Friday, killing one pilgrim and wounding seven, police said at the time.]]

With Sunday's death, six people remain wounded.

Millions of pilgrims walk to Karbala each year for Arbaeen, which falls this year in mid-September. No group claimed the attack.
""", [I("a", "2022-09-02", "day", "on Friday", "Musayyib", "Musayyib", "Babil", None, "civilians", "IED", 2, 6, "A second pilgrim died", "six people remain wounded")]))

# ---------------- H: NGO / UN notes ----------------
DOCS.append(D("H", "txt", "2019-04-30", """IRAQ: Humanitarian Bulletin - Flash Update
30 April 2019

HIGHLIGHTS
- [[a|On 27 April, an improvised explosive device detonated near the house of a returnee family in Al-Qaim district, Anbar Governorate, killing two children and injuring their mother.]]
- Partners report that the incident has increased fear among families who recently returned to villages along the Euphrates.
- Explosive hazard contamination continues to hinder returns in western Anbar.

RESPONSE
Protection partners are providing psychosocial support to the affected family. Mine action partners plan additional risk education sessions in Al-Qaim in May.
""", [I("a", "2019-04-27", "day", "On 27 April", "Al-Qaim district", "Al-Qaim", "Anbar", None, "civilians", "IED", 2, 1, "killing two children", "injuring their mother")]))

DOCS.append(D("H", "txt", "2024-07-02", """NGO SECURITY ADVISORY - SULAYMANIYAH
Issued: 2 July 2024

Event: Several hundred contract teachers demonstrated in front of the governorate building in Sulaymaniyah city on 1 July, demanding unpaid salaries.

The demonstration was peaceful and dispersed by early afternoon. Security forces were deployed around the building but no clashes were reported.

Assessment: Further demonstrations are likely in the coming weeks as salary delays continue.

Advice: Avoid the governorate building area and Salim Street during demonstrations; allow extra travel time.
"""))

DOCS.append(D("H", "txt", "2021-08-05", """NGO SAFETY ADVISORY - NINEWA
Issued: 05 August 2021 | For NGO partners only

INCIDENT
[[a|On 3 August, two national staff members of an international NGO were briefly abducted by armed men at an improvised checkpoint on the road between Sinjar and Al-Ba'aj and released unharmed some hours later.]]
The vehicle and two mobile phones were taken.

ASSESSMENT
A criminal motive appears more likely than an armed-group operation, but the incident is the first of its kind on this road this year.

RECOMMENDATION
Avoid movement on the Sinjar-Ba'aj road after dark and report unofficial checkpoints to the coordination cell.
""", [I("a", "2021-08-03", "day", "On 3 August", "the road between Sinjar and Al-Ba'aj", "Sinjar", "Nineveh", "unknown", "NGO staff", "kidnapping", 0, 0, "released unharmed", "released unharmed")]))

DOCS.append(D("H", "txt", "2019-05-21", """UNAMI - Press release
Baghdad, 21 May 2019

UN condemns bombing in Tuz Khurmatu

[[a|The United Nations Assistance Mission for Iraq (UNAMI) condemns the bombing on Sunday in a market in Tuz Khurmatu, Salah al-Din province, which killed one civilian and injured four others.]]

"Targeting civilians who are shopping during the holy month of Ramadan is despicable," the Deputy Special Representative said. "Those responsible must be brought to justice."

UNAMI extends its condolences to the family of the victim and wishes the injured a speedy recovery. The Mission calls on the authorities to step up protection of civilians in the disputed territories.
""", [I("a", "2019-05-19", "day", "on Sunday", "Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", None, "civilians", "IED", 1, 4, "killed one civilian", "injured four others")]))

DOCS.append(D("H", "txt", "2024-09-19", """Protection Cluster - Anbar field note
19 September 2024

[[a|Earlier this month, unknown assailants set fire to two houses belonging to returnee families in Al-Saqlawiyah, north-west of Fallujah, after the families received threatening letters.]]

No one was injured, but both families have since left the area and are staying with relatives in Fallujah city.

Partners note that families perceived as affiliated with extremist groups continue to face threats and eviction in several areas of Anbar. The cluster recommends that local authorities and community leaders be engaged to support reconciliation and safe return.
""", [I("a", "2024-09-01", "month", "Earlier this month", "Al-Saqlawiyah", "Saqlawiyah", "Anbar", "unknown", "civilians", "arson", 0, 0, "No one was injured", "No one was injured")]))

DOCS.append(D("H", "txt", "2019-12-17", """UNAMI Human Rights Office - Update on demonstrations in Iraq
17 December 2019

UNAMI continues to receive credible reports of deliberate killings, abductions and threats against demonstrators and activists.

[[a|On Sunday night, unidentified gunmen on a motorcycle shot dead a protest activist near his home in the city of Karbala.]]

The Mission has documented a pattern of such targeted attacks since the start of the demonstrations on 1 October, most of them carried out by unidentified armed men.

UNAMI urges the Government to ensure prompt, effective and independent investigations, and to protect the right to peaceful assembly.
""", [I("a", "2019-12-15", "day", "On Sunday night", "the city of Karbala", "Karbala", "Karbala", "unknown", "activists", "assassination", 1, None, "shot dead a protest activist", None)]))

DOCS.append(D("H", "txt", "2022-03-10", """NGO SAFETY FLASH - DUHOK
10 March 2022

[[a|On Tuesday, Turkish artillery shelled the surroundings of Deraluk town in Amedi district, damaging a water project supported by an NGO partner; no casualties were reported.]]

Shelling in the Amedi and Zakho border areas has increased since late February. Partners with field activities north of the Duhok-Amedi road are advised to confirm routes with local authorities before movement and to avoid stopping near the border strip.

Next update: as needed.
""", [I("a", "2022-03-08", "day", "On Tuesday", "Deraluk town", "Deraluk", "Dohuk", "Turkey", "infrastructure", "shelling", 0, 0, "no casualties were reported", "no casualties were reported")]))

DOCS.append(D("H", "txt", "2020-09-22", """Iraq: Humanitarian Bulletin (excerpt)
Date: 22 September 2020

PROTECTION
[[a|On 19 September, unidentified gunmen attacked a farm near Al-Shirqat in Salah al-Din Governorate, killing a farmer and his son.]] The attack took place in an area where several hundred displaced families have returned over the past year.

Humanitarian partners are concerned that insecurity in rural Al-Shirqat and Baiji districts may slow returns ahead of the winter. Partners continue to provide cash assistance and shelter repairs to returnee households where access allows.
""", [I("a", "2020-09-19", "day", "On 19 September", "Al-Shirqat", "Al-Shirqat", "Salahuddin", "unknown", "civilians", "armed assault", 2, None, "killing a farmer and his son", None)]))

DOCS.append(D("H", "txt", "2021-10-27", """Civilian Protection Monitor - Iraq
Statement, 27 October 2021

[[a|On Monday evening, gunmen opened fire on a minibus carrying farm workers on a rural road near Daquq, south of Kirkuk, killing one worker and injuring three others.]]

The victims were day labourers returning from the harvest. No group has claimed the attack.

We call on the Iraqi authorities to investigate the attack, to ensure that those responsible are held accountable, and to strengthen the protection of rural communities in Kirkuk, where civilians continue to bear the cost of insecurity.
""", [I("a", "2021-10-25", "day", "On Monday evening", "Daquq", "Daquq", "Kirkuk", "unknown", "civilians", "armed assault", 1, 3, "killing one worker", "injuring three others")]))

DOCS.append(D("H", "txt", "2022-06-11", """Mine action sector - incident note
11 June 2022

[[a|On 7 June, an improvised explosive device struck a vehicle of a humanitarian demining organisation near Haditha, Anbar Governorate, injuring two deminers; there were no fatalities.]]

Both deminers were evacuated to hospital in Haditha and are in stable condition. Clearance activities in the area have been suspended pending a security review.

The sector reminds partners that deliberate attacks on humanitarian workers are prohibited under international humanitarian law.
""", [I("a", "2022-06-07", "day", "On 7 June", "Haditha", "Haditha", "Anbar", None, "NGO staff", "IED", 0, 2, "there were no fatalities", "injuring two deminers")]))
