"""realworld23 data, part 4: styles H (NGO / UN notes), S (Telegram / X posts), P (pages saved from the web)."""
from s23 import R, D

# ============================================================== H: NGO / UN notes
D("H", "2019-12-12", """UNAMI - Press statement
Baghdad, 12 December 2019

The United Nations Assistance Mission for Iraq (UNAMI) is gravely concerned by continuing reports of abductions of demonstrators and activists. [[a|On 10 December, a young activist was abducted by unidentified armed men near Tahrir Square in Baghdad]] as he was returning home; his whereabouts remain unknown.
UNAMI urges the Government of Iraq to ensure his safe release and to hold those responsible to account. Nobody has claimed responsibility.""",
  R("a", "2019-12-10", "On 10 December", "Tahrir Square", "Baghdad", "unknown:unclaimed", "civilians", "kidnapping", canon="Baghdad"))

D("H", "2022-08-18", """NGO SAFETY NOTE - Sulaymaniyah governorate - 18/08/2022
Distribution: partner organisations only

Incident: [[a|On 16 Aug, an IED attached to a vehicle belonging to a local security official exploded in Chamchamal town.]] One person (a bystander) was injured. No NGO staff or assets affected.
Assessment: targeted attack linked to local disputes; low risk to humanitarian operations. Partners are advised to avoid parking near government vehicles.""",
  R("a", "2022-08-16", "On 16 Aug", "Chamchamal", "Sulaymaniyah", "", "civilians", "ied", None, None, 1, "One person (a bystander) was injured"))

D("H", "2023-10-05", """UNICEF Iraq - Statement on the killing of children in Salah al-Din
5 October 2023

"UNICEF is appalled by reports that [[a|two children were killed and three others were injured when a mortar round struck a house in a village near Tuz Khurmatu on 3 October.]]
Children must never be the target of violence. We call on all parties to protect children at all times."
Statement attributable to the UNICEF Representative in Iraq.""",
  R("a", "2023-10-03", "on 3 October", "Tuz Khurmatu", "Salahuddin", "", "civilians", "mortar_rocket", 2, "two children were killed", 3, "three others were injured"))

D("H", "2024-03-04", """Protection Monitoring Update - Anbar - February 2024 (published 4 March 2024)

Key protection incident: [[a|on 27 February, unknown persons set fire to two houses belonging to recently returned families in a village near Fallujah.]] No casualties were reported. The families, who had returned from Amiriyat al-Fallujah camp in January, told our team they had received threats accusing them of IS affiliation.
Partners referred the families for shelter assistance. Incidents of this kind discourage further returns.""",
  R("a", "2024-02-27", "on 27 February", "Fallujah", "Anbar", "unknown", "civilians", "other", 0, "No casualties were reported", 0, "No casualties were reported"))

D("H", "2025-04-24", """MSF - Iraq: health worker wounded in Sinjar
24 April 2025

Médecins Sans Frontières (MSF) condemns an attack on one of its vehicles in Sinjar district. [[a|On 22 April, unidentified gunmen fired at a clearly marked MSF ambulance on the road south of Sinjar town, wounding a nurse.]] The patient being transported was unharmed.
MSF has temporarily suspended mobile clinics in the area and calls on all armed actors to respect medical care.""",
  R("a", "2025-04-22", "On 22 April", "Sinjar", "Nineveh", "unknown", "civilians", "shooting", None, None, 1, "wounding a nurse"))

D("H", "2021-05-30", """UNAMI Human Rights Office - Note on attacks against activists
30 May 2021

UNAMI documented further attacks against civil society this month. [[a|On 27 May, unidentified gunmen shot and killed a civil activist in front of his home in Basra city.]] In earlier incidents, activists in Basra received death threats by telephone.
UNAMI again calls for credible investigations. To date, no one has been held accountable for the killing of activists in Basra since 2019.""",
  R("a", "2021-05-27", "On 27 May", "Basra city", "Basra", "unknown", "civilians", "shooting", 1, "shot and killed a civil activist", None, None, canon="Basra"))

D("H", "2026-06-11", """NGO SAFETY NOTE - Wasit - 11 June 2026

Incident: [[a|On 9 June, an explosive device detonated at the site of a water project near Badra, damaging a generator and a pump.]] No casualties. The contractor said he had received demands for payment from unidentified men in May.
Assessment: extortion-related attack; partners working on infrastructure projects in Badra district should review site security. Movement to the site remains possible in daylight.""",
  R("a", "2026-06-09", "On 9 June", "Badra", "Wasit", "", "", "ied", 0, "No casualties", 0, "No casualties"))

D("H", "2019-06-20", """UNAMI - Statement on rocket attack near oil facility in Basra
20 June 2019

The United Nations in Iraq is concerned by the rocket attack on an oil company residential compound. [[a|On 18 June, a rocket landed inside the residential area of a foreign oil company near Zubair, in Basra governorate, injuring three Iraqi employees.]]
Attacks on civilian economic infrastructure endanger lives and livelihoods. The United Nations calls for restraint.""",
  R("a", "2019-06-18", "On 18 June", "Zubair", "Basra", "", "civilians", "mortar_rocket", None, None, 3, "injuring three Iraqi employees"))

D("H", "2022-03-31", """Human rights monitor - Dhi Qar - urgent note
31 March 2022

We are alarmed by the abduction of a protest organiser in Nasiriyah. [[a|On Tuesday 29 March, unidentified men in a pick-up truck abducted the organiser near his home in the Al-Shuhada neighbourhood of Nasiriyah.]] His family has not heard from him since.
We call on the Dhi Qar police command to act urgently to locate him and ensure his safety.""",
  R("a", "2022-03-29", "On Tuesday 29 March", "Nasiriyah", "Dhi Qar", "unknown", "civilians", "kidnapping"))

D("H", "2023-11-15", """Programme update - Ninewa - November 2023
15 November 2023

Our cash-for-work programme in Ninewa reached 1,200 households in October, mainly in Sinjar and Tal Afar districts. A new water network in Al-Baaj is expected to be completed by the end of the year.
Access: all field visits took place as planned; no security incidents affected staff or partners during the month. The team will launch a livelihoods assessment in Hamdaniya in December.""", noise=True)

D("H", "2020-09-03", """OCHA - Iraq Humanitarian Bulletin, August 2020 (issued 3 September 2020)

Security: attacks by remaining IS cells continued in Kirkuk, Diyala and Salah al-Din. [[a|In late August, IS militants ambushed a federal police patrol near Al-Rashad, south-west of Kirkuk, killing three policemen.]]
Returns: about 3,000 IDPs returned to areas of origin during August, most of them to Ninewa. Camp closures are expected to continue in the coming months.""",
  R("a", "2020-08", "In late August", "Al-Rashad", "Kirkuk", "ISIS", "police", "ambush", 3, "killing three policemen", None, None, prec="month", canon="Rashad"))

D("H", "2025-05-08", """UNAMI - Statement
Baghdad, 8 May 2025

UNAMI condemns the killing of an environmental activist in Al-Muthanna. [[a|On 6 May, the activist, who had campaigned against illegal sand quarrying, was shot dead by unidentified gunmen on the outskirts of Samawah.]]
UNAMI urges the authorities to investigate promptly and to protect civil society actors.""",
  R("a", "2025-05-06", "On 6 May", "Samawah", "Muthanna", "unknown", "civilians", "shooting", 1, "was shot dead", None, None))

D("H", "2024-10-10", """NGO SAFETY NOTE - Maysan - 10/10/2024

Incident: [[a|On 8 Oct, a sticky bomb attached to the car of a health directorate official exploded in Amarah, lightly injuring the official.]] No NGO staff or assets were involved.
Assessment: targeted attack, probably linked to a contract dispute. Partners should maintain low-profile movements in Amarah city centre this week.""",
  R("a", "2024-10-08", "On 8 Oct", "Amarah", "Maysan", "", "civilians", "ied", None, None, 1, "lightly injuring the official"))

# ============================================================== S: Telegram / X posts
D("S", "2026-11-30", """Iraq Security Watch (@IraqSecWatch) · X
10:42 AM · Nov 30, 2026

#Salahuddin: [[a|IED targeted an Iraqi Army Humvee near #Balad this morning. 2 soldiers wounded,]] no deaths per local sources. Area cordoned off. #Iraq
---
Reply: any claim? - @IraqSecWatch: none so far.""",
  R("a", "2026-11-30", "this morning", "Balad", "Salahuddin", "", "army", "ied", 0, "no deaths", 2, "2 soldiers wounded"))

D("S", "2025-03-24", """Samarra News Network - Telegram channel
[24.03.2025 09:15]

🔴 Urgent | [[a|Daesh remnants ambushed a PMF patrol last night on the road between Samarra and Al-Dour, killing 2 fighters and wounding 3.]] Reinforcements arrived at the scene and the area is being searched.
#Samarra #Salahuddin #PMF
t.me/samarranews_net""",
  R("a", "2025-03-23", "last night", "Al-Dour", "Salahuddin", "ISIS", "PMU", "ambush", 2, "killing 2 fighters", 3, "wounding 3", canon="Dour"))

D("S", "2019-08-14", """Iraq Threat Tracker (@IraqThreats) · X
Aug 14, 2019

#ISIS claims via Amaq: [[a|attack on a PMF post near #Khanaqin, #Diyala, on Tuesday, "killing 3".]] Local sources confirm 2 PMF members killed, 1 wounded. As usual, IS claim inflates the toll.
#Iraq #Hashd""",
  R("a", "2019-08-13", "on Tuesday", "Khanaqin", "Diyala", "ISIS:claimed", "PMU", "shooting", 2, "Local sources confirm 2 PMF members killed", 1, "1 wounded"))

D("S", "2020-09-16", """Kirkuk Security Updates - Telegram
[16/09/2020 08:02]

#Kirkuk ⚠️ [[a|Yesterday evening, armed men attacked a village near #Dibis and kidnapped two brothers.]] Police believe they are IS elements operating from the Wadi Zghaytun area. Search ongoing. No word about a ransom yet.
t.me/kirkuk_security""",
  R("a", "2020-09-15", "Yesterday evening", "Dibis", "Kirkuk", "ISIS", "civilians", "kidnapping"))

D("S", "2023-11-22", """Tuz Khurmatu News - Telegram
[22.11.2023 07:30]

#Tuz: [[a|3 mortar shells fell on the outskirts of Tuz Khurmatu last night, one landed near a house.]] A woman was slightly injured; no deaths. Source of fire believed to be the Hamrin hills.
#Salahuddin #Iraq
t.me/tuznews""",
  R("a", "2023-11-21", "last night", "Tuz Khurmatu", "Salahuddin", "", "civilians", "mortar_rocket", 0, "no deaths", 1, "A woman was slightly injured"))

D("S", "2024-01-31", """Anbar Now (@AnbarNow) · X
Jan 31, 2024

#Anbar: [[a|roadside bomb hit an army vehicle near #Haditha on Tuesday, 1 soldier killed, 2 injured]] (security source). Area closed. No claim yet. #Iraq
---
Reply from @AnbarNow: the patrol was on the road between Haditha and Barwana. Updates to follow if the toll changes.""",
  R("a", "2024-01-30", "on Tuesday", "Haditha", "Anbar", "", "army", "ied", 1, "1 soldier killed", 2, "2 injured"))

D("S", "2021-10-12", """Baghdad Alerts - Telegram
[12/10/2021 23:41]

🚨 #Baghdad: [[a|2 Katyusha rockets landed near the Victory Base complex at Baghdad airport, which hosts coalition advisers, tonight.]] Sirens heard. Initial reports: no casualties. Security forces are searching the Al-Jihad area for the launch site.
#BIAP #Iraq
t.me/baghdad_alerts""",
  R("a", "2021-10-12", "tonight", "Victory Base complex", "Baghdad", "", "US forces", "mortar_rocket", 0, "no casualties", 0, "no casualties", canon="Baghdad airport"))

D("S", "2025-07-30", """Shingal Press (@ShingalPress) · X
Jul 30, 2025

#Shingal: [[a|Turkish drone strike on a car near Sinune this afternoon, 1 killed.]] Locals say the victim was a YBS member. The car burned out completely; a second passenger escaped. #Sinjar #Ezidi
Jul 30, 2025 · 4:51 PM""",
  R("a", "2025-07-30", "this afternoon", "Sinune", "Nineveh", "Turkey", "PKK", "airstrike_operation", 1, "1 killed", None, None, canon="Sinjar"))

D("S", "2026-04-06", """Kirkuk Now Live - Telegram
[06.04.2026 11:20]

#Daquq: [[a|two PMF fighters were killed and one was wounded in an IS attack on their post near Daquq on Sunday night,]] according to a PMF source. The attackers fled towards the Zarga villages.
#Kirkuk #Iraq
t.me/kirkuknowlive""",
  R("a", "2026-04-05", "on Sunday night", "Daquq", "Kirkuk", "ISIS", "PMU", "shooting", 2, "two PMF fighters were killed", 1, "one was wounded"))

D("S", "2022-11-02", """Basra Pulse (@BasraPulse) · X
Nov 2, 2022

#Basra: [[a|hand grenade thrown at the house of a tribal sheikh in #AbuAlKhasib (Abu al-Khasib) last night.]] Damage to the gate, no one hurt. Police: investigation opened. Tribal dispute suspected, per neighbours. #Iraq""",
  R("a", "2022-11-01", "last night", "Abu al-Khasib", "Basra", "", "civilians", "other", 0, "no one hurt", 0, "no one hurt"))

D("S", "2024-06-24", """Syria Conflict Monitor - Telegram
[24.06.2024 10:05]

#Hasakah: [[a|IED hit an SDF vehicle near Al-Shaddadi yesterday, 2 SDF fighters killed.]] No claim yet, but IS cells are active in the area. The vehicle was on patrol south of the town. #Syria #SDF
t.me/syriaconflictmonitor""",
  R("a", "2024-06-23", "yesterday", "Al-Shaddadi", "", "", "", "ied", 2, "2 SDF fighters killed", None, None, country="Syria"), country="Syria")

D("S", "2024-04-27", """Kurdistan Border Watch (@KRBorderWatch) · X
Apr 27, 2024

#Erbil / #Sidakan: [[a|Turkish drone strike hit an Iraqi border guard post near Sidakan today. 2 border guards killed,]] 1 injured, per the Border Guard Command. Baghdad summoned the Turkish chargé d'affaires. #Iraq #Turkey""",
  R("a", "2024-04-27", "today", "Sidakan", "Erbil", "Turkey", "security forces", "airstrike_operation", 2, "2 border guards killed", 1, "1 injured", canon="Soran"))

D("S", "2022-04-27", """Anbar Security - Telegram
[27/04/2022 09:30]

#Rutba ‼️ [[a|IS gunmen ambushed an army patrol in Wadi Horan, south-west of Rutba, yesterday at dusk. 3 soldiers martyred, 1 wounded.]] Army aviation is pursuing the attackers. May God have mercy on the martyrs.
#Anbar #Iraq
t.me/anbarsecurity""",
  R("a", "2022-04-26", "yesterday at dusk", "Wadi Horan", "Anbar", "ISIS", "army", "ambush", 3, "3 soldiers martyred", 1, "1 wounded", canon="Rutba"))

# ============================================================== P: pages saved from the web (HTML, Markdown, JSON)
D("P", "2020-02-26", """Two soldiers killed in IS attack near Hawija, security source says

KIRKUK - [[a|Two Iraqi soldiers were killed and another was wounded when Islamic State militants attacked an army post in the Al-Riyadh subdistrict, west of Kirkuk, on Tuesday night,]] a security source said on Wednesday.

The source said the militants used sniper rifles before withdrawing towards the Wadi al-Shay valley, a frequent hideout.

Related: Kirkuk police arrest three IS suspects | Farmers in Hawija fear for harvest season

Share this article: Facebook | Twitter | WhatsApp""",
  R("a", "2020-02-25", "on Tuesday night", "Al-Riyadh", "Kirkuk", "ISIS", "army", "shooting", 2, "Two Iraqi soldiers were killed", 1, "another was wounded", canon="Riyadh"),
  ext="html", title="Two soldiers killed in IS attack near Hawija", outlet="The Baghdad Post - Security")

D("P", "2024-12-04", """# PMF convoy ambushed in Diyala's Hamrin area, four fighters killed

*Published 4 December 2024 · Iraq desk · 2 min read*

[[a|Four fighters of the Popular Mobilisation Forces were killed and two others wounded when Islamic State militants ambushed their convoy in the Hamrin mountains near Al-Udhaim on Tuesday evening,]] the PMF said in a statement.

It was the deadliest attack on the PMF in Diyala this year. The convoy was returning from a search operation.

## Read more
- Diyala: farmers leave villages after night attacks
- PMF launches operation in Hamrin basin
""",
  R("a", "2024-12-03", "on Tuesday evening", "Al-Udhaim", "Diyala", "ISIS", "PMU", "ambush", 4, "Four fighters of the Popular Mobilisation Forces were killed", 2, "two others wounded", canon="Udhaim"),
  ext="md")

D("P", "2023-05-24", """Unknown gunmen wounded a cleric's aide in a drive-by shooting in Najaf on Tuesday evening, police said.

[[a|The man was shot twice in the leg as he left a mosque in the Al-Ameer neighbourhood of Najaf on Tuesday evening,]] a police source said. His condition is stable. The attackers fled on a motorcycle.

Police said they were reviewing surveillance camera footage.

Read more: Najaf police tighten security around religious sites""",
  R("a", "2023-05-23", "on Tuesday evening", "Al-Ameer", "Najaf", "unknown", "civilians", "shooting", None, None, 1, "The man was shot twice in the leg", canon="Najaf"),
  ext="json", title="Cleric's aide wounded in Najaf drive-by shooting", outlet="Iraqi News (web)")

D("P", "2023-07-12", """IS attack on Peshmerga post near Makhmour wounds three

ERBIL - [[a|Three Peshmerga fighters were wounded when Islamic State militants attacked their post near Makhmour late on Tuesday,]] the Ministry of Peshmerga Affairs said on Wednesday. There were no deaths.

The ministry called for a joint security mechanism with the Iraqi army to close gaps in the Qarachogh area.

See also: Peshmerga ministry statement (July 2023) | Makhmour: life in the security gap""",
  R("a", "2023-07-11", "late on Tuesday", "Makhmour", "Erbil", "ISIS", "Peshmerga", "shooting", 0, "There were no deaths", 3, "Three Peshmerga fighters were wounded"),
  ext="html", title="IS attack on Peshmerga post near Makhmour wounds three", outlet="Kurdistan Chronicle - Politics")

D("P", "2021-07-21", """# Bomb targets PMF vehicle in Abu Ghraib

*Updated 21/07/2021 · Baghdad*

[[a|A roadside bomb exploded next to a PMF vehicle in the Abu Ghraib district, west of Baghdad, on Tuesday, wounding two fighters,]] a security source said. The vehicle was badly damaged.

No group has claimed responsibility.

## Related
- Sticky bomb wounds driver in Sadr City
- Baghdad belt: security forces launch new operation
""",
  R("a", "2021-07-20", "on Tuesday", "Abu Ghraib", "Baghdad", "unknown:unclaimed", "PMU", "ied", None, None, 2, "wounding two fighters"),
  ext="md")

D("P", "2024-09-05", """Two fighters of the tribal mobilisation (Hashd al-Asha'iri) were killed when Islamic State militants attacked their checkpoint near Al-Baghdadi in western Anbar on Tuesday night, local officials said.

[[a|The attack on the checkpoint near Al-Baghdadi also left one fighter wounded,]] the head of the local council said on Thursday. The attackers came from the Wadi Horan direction.

Related stories: Anbar tribal forces demand more equipment | IS cells still hiding in the western desert""",
  R("a", "2024-09-03", "on Tuesday night", "Al-Baghdadi", "Anbar", "ISIS", "PMU", "shooting", 2, "Two fighters of the tribal mobilisation (Hashd al-Asha'iri) were killed", 1, "left one fighter wounded", canon="Baghdadi"),
  ext="json", title="Two tribal fighters killed in IS attack near Al-Baghdadi", outlet="Anbar Today (web)")

D("P", "2025-08-19", """Turkish drone strike kills two near Chamchamal, officials say

SULAIMANI - [[a|A Turkish drone strike hit a vehicle on a road near Chamchamal on Sunday, killing two men described by local officials as PKK members,]] the district administration said.

The strike was the second in the Chamchamal area this year. Turkey did not comment.

More from Sulaimani: Farmers protest water shortages | Sulaimani airport resumes flights""",
  R("a", "2025-08-17", "on Sunday", "Chamchamal", "Sulaymaniyah", "Turkey", "PKK", "airstrike_operation", 2, "killing two men described by local officials as PKK members", None, None),
  ext="html", title="Turkish drone strike kills two near Chamchamal", outlet="Sulaimani Times - News")

D("P", "2024-05-15", """# Qayyarah bridge reopens to traffic after repairs

*Published 15 May 2024 · Ninewa desk*

The bridge over the Tigris at Qayyarah reopened to traffic on Tuesday after eight months of repairs funded by the provincial government, the Ninewa roads directorate said.

The bridge was damaged during the fighting against the Islamic State in 2016 and temporarily repaired in 2018. Heavy trucks will be allowed from next week.

## Read more
- Mosul's old city: reconstruction of markets continues
- Ninewa: new water plant opens in Hamam al-Alil
""", ext="md", noise=True)

D("P", "2019-10-17", """Sticky bomb wounds two in western Mosul

MOSUL - [[a|A sticky bomb attached to a car exploded in the Al-Yarmouk neighbourhood of western Mosul on Tuesday, wounding two people,]] the Nineveh police said. The owner of the car, a local contractor, was among the wounded.

Police opened an investigation. No group claimed responsibility.

Read more: Mosul security officials warn of IS sleeper cells""",
  R("a", "2019-10-15", "on Tuesday", "Al-Yarmouk", "Nineveh", "unknown:unclaimed", "civilians", "ied", None, None, 2, "wounding two people", canon="Mosul"),
  ext="json", title="Sticky bomb wounds two in western Mosul", outlet="Ninewa Post (web)")

D("P", "2025-10-23", """IED wounds three soldiers near Tikrit

TIKRIT - [[a|Three soldiers were wounded when an improvised explosive device hit their vehicle on a road east of Tikrit on Tuesday,]] a security source told us.

The source said the device was planted on a road used by army patrols near the Al-Alam subdistrict.

Related: Salahuddin operations command launches search in Al-Alam | Tikrit: families of victims demand compensation""",
  R("a", "2025-10-21", "on Tuesday", "Tikrit", "Salahuddin", "", "army", "ied", None, None, 3, "Three soldiers were wounded"),
  ext="html", title="IED wounds three soldiers near Tikrit", outlet="Salahuddin Voice - Security")

D("P", "2020-12-02", """# Grenade attack on liquor store in Kut

*Published 2 December 2020 · Wasit*

[[a|Unknown assailants threw a hand grenade at a liquor store in the centre of Kut late on Tuesday,]] police said. The store was damaged but no one was hurt.

It was the second attack on a liquor store in Kut in a month. No one has been arrested.

## Related
- Wasit police: campaign against illegal weapons
""",
  R("a", "2020-12-01", "late on Tuesday", "Kut", "Wasit", "unknown", "", "other", 0, "no one was hurt", 0, "no one was hurt"),
  ext="md")

D("P", "2024-03-13", """An explosive device exploded near the house of a tribal sheikh in the Jurf al-Nasr area of northern Babil on Tuesday night, causing damage but no casualties, police said.

[[a|The blast near the sheikh's house in Jurf al-Nasr damaged the front wall and two cars,]] a police source said. The sheikh had been involved in a land dispute.

Also read: Babil police arrest suspects in Al-Musayyib bombing""",
  R("a", "2024-03-12", "on Tuesday night", "Jurf al-Nasr", "Babil", "", "civilians", "ied", 0, "causing damage but no casualties", 0, "causing damage but no casualties"),
  ext="json", title="Bomb damages sheikh's house in Jurf al-Nasr", outlet="Babil News (web)")

D("P", "2019-04-24", """IS attack kills two villagers near Khanaqin

BAQUBA - [[a|Two villagers were killed when Islamic State militants attacked a village near Khanaqin, in north-eastern Diyala, on Tuesday night,]] a local official said on Wednesday.

The official said the militants also burned a tractor and two cars before withdrawing. A third villager was wounded.

See also: Diyala villagers form night guards | Khanaqin: returnees fear IS raids""",
  R("a", "2019-04-23", "on Tuesday night", "Khanaqin", "Diyala", "ISIS", "civilians", "shooting", 2, "Two villagers were killed", 1, "A third villager was wounded"),
  ext="html", title="IS attack kills two villagers near Khanaqin", outlet="Diyala Observer - Security")
