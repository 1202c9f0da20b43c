"""realworld20 gold records and texts, styles V O H S F P (written gold first)."""
from lib import I, doc

# ------------------------------------------------------------------ V: revised tolls
doc("V1", "V", "2022-11-01", """Khanaqin bombing - running file (Diyala desk), last revised 1 November 2022

First report (Sunday 30 October, 21:40): [[a|a roadside bomb hit an army vehicle on the road south of Khanaqin]]; three soldiers were wounded.

Update (Tuesday 1 November, 09:15): one of the wounded soldiers died in hospital in Baquba overnight, so the attack killed one soldier and left two wounded. The army blamed Daesh remnants and said the device had been planted in a culvert.""", [
    I("a", "2022-10-30", "Sunday 30 October", "Khanaqin", "Khanaqin", "Diyala", "ISIS", "attributed", "army", "ied",
      1, "the attack killed one soldier", 2, "left two wounded"),
])

doc("V2", "V", "2023-03-07", """TUZ KHURMATU, 7 March 2023 - The toll of Sunday's bombing at [[a|a vegetable market in Tuz Khurmatu]] has risen to one dead and three wounded after a 60-year-old man died of his wounds, the town's hospital said.

Four people had been wounded when a bomb hidden in a cart exploded between the stalls in the late morning. Police blamed IS cells operating from the hills east of the town. Shops in the market reopened on Tuesday.""", [
    I("a", "2023-03-05", "Sunday's", "Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", "ISIS", "attributed", "civilians", "ied",
      1, "one dead", 3, "three wounded"),
])

doc("V3", "V", "2024-09-12", """Correction (12 September 2024): An earlier version of this story said one Hashd fighter was killed and four wounded in Tuesday's ambush near Hit. The Hashd media office has since put the toll at two fighters killed and three wounded, after one of the wounded died.

Original story: [[a|IS militants ambushed a Popular Mobilization convoy on the road north of Hit]], in western Anbar, on Tuesday afternoon, the Hashd said. The attackers fled into the desert towards the Tharthar lake.""", [
    I("a", "2024-09-10", "Tuesday's", "Hit", "Hit", "Anbar", "ISIS", "attributed", "PMU", "ambush",
      2, "two fighters killed", 3, "three wounded"),
])

doc("V4", "V", "2021-07-20", """KARBALA, 20 July 2021 - The toll of Sunday's road accident involving a minibus carrying pilgrims on the Karbala-Najaf road rose to six dead, the health directorate said on Tuesday. Two of the injured died in hospital overnight; eleven others are still being treated.

Traffic police said the driver lost control after a tyre burst. It was a road accident and not an attack.""", [], noise=True)

doc("V5", "V", "2020-08-19", """Update 19 August 2020 - Qayyarah bombing

A second soldier wounded in Monday's roadside bombing near Qayyarah died overnight, raising the toll to two dead; two others remain in hospital in Mosul, a military source said.

On Monday, [[a|an IED planted on the Qayyarah-Shirqat road struck an army Humvee south of Qayyarah]], killing one soldier and wounding three. The army blamed IS remnants.""", [
    I("a", "2020-08-17", "Monday's", "Qayyarah", "Qayyarah", "Nineveh", "ISIS", "attributed", "army", "ied",
      2, "raising the toll to two dead", 2, "two others remain in hospital"),
])

# ------------------------------------------------------------------ O: official statements
doc("O1", "O", "2022-12-11", """Statement - Tigris Operations Command - 11/12/2022

At 07:40 this morning, [[a|a sticky bomb exploded under a police vehicle on Al-Muhafadha street in Baquba]], which led to the injury of one policeman. No one was killed.

Our forces sealed off the area and the investigation is under way. We call on citizens to report any suspicious object to the nearest checkpoint.""", [
    I("a", "2022-12-11", "At 07:40 this morning", "Baquba", "Baquba", "Diyala", None, None, "police", "ied",
      0, "No one was killed", 1, "the injury of one policeman"),
])

doc("O2", "O", "2021-11-26", """Federal Police Command - statement - 26 November 2021

At 21:15 yesterday, [[a|remnants of the terrorist Daesh gangs fired three mortar shells at a Federal Police post near Al-Riyadh subdistrict]], south-west of Kirkuk, without causing any losses among our heroes.

Our forces responded with fire and combed the orchards of the area at first light. The search continues.""", [
    I("a", "2021-11-25", "At 21:15 yesterday", "Al-Riyadh", "Riyadh", "Kirkuk", "ISIS", "attributed", "police", "mortar_rocket",
      0, "without causing any losses among our heroes", 0, "without causing any losses among our heroes"),
])

doc("O3", "O", "2024-07-05", """Peshmerga General Command - statement - 5 July 2024

At 23:30 yesterday, Thursday, [[a|IS terrorists fired mortar rounds at a Peshmerga post near Makhmour]], wounding one Peshmerga. No one was killed.

Our forces returned fire towards the Qarachogh mountain. We renew our call for joint coordination with the federal forces to close the gaps between the two lines, which the terrorists use to move.""", [
    I("a", "2024-07-04", "At 23:30 yesterday, Thursday", "Makhmour", "Makhmour", "Erbil", "ISIS", "attributed", "Peshmerga", "mortar_rocket",
      0, "No one was killed", 1, "wounding one Peshmerga"),
])

doc("O4", "O", "2023-03-22", """Counter-Terrorism Service - statement - 22 March 2023

Acting on accurate intelligence, our heroes carried out an operation in the Hamrin mountains, killing four terrorists and destroying two hideouts containing weapons and explosive belts. Three wanted men were arrested in Kirkuk and Salahuddin. There were no losses among our forces.""", [], ext="json", noise=True,
    title="CTS: four terrorists killed in Hamrin operation", outlet="Counter-Terrorism Service media office",
    section="Statements")

doc("O5", "O", "2022-03-15", """Maysan Police Command - statement - 15/03/2022

At 22:10 yesterday, [[a|unknown persons threw a hand grenade at the police station of Al-Majar al-Kabir]], which led to the injury of three policemen, with no deaths.

The wounded were taken to Al-Sadr hospital in Amarah and are in a stable condition. A special team has been formed to pursue the perpetrators.""", [
    I("a", "2022-03-14", "At 22:10 yesterday", "Al-Majar al-Kabir", "Majar al-Kabir", "Maysan", "unknown", None, "police", "other",
      0, "with no deaths", 3, "the injury of three policemen"),
])

# ------------------------------------------------------------------ H: NGO / aid-agency notes
doc("H1", "H", "2021-12-01", """INSO Iraq - NGO safety advisory: southern governorates, September-November 2021
Issued 1 December 2021. For NGO staff only.

Key incidents
- On 22 September, [[a|an activist was abducted by armed men in Al-Shatra]], Dhi Qar; he has not been heard from since.
- On 2 November, [[b|IS militants fired on a Hashd checkpoint near Ain al-Tamr]], in the Karbala desert, killing one fighter.

Advice: avoid night movement on the Karbala-Anbar road; keep low profile during protests in Nasiriyah and Al-Shatra.""", [
    I("a", "2021-09-22", "On 22 September", "Al-Shatra", "Shatra", "Dhi Qar", "unknown", None, "civilians", "kidnapping",
      None, None, None, None),
    I("b", "2021-11-02", "On 2 November", "Ain al-Tamr", "Ain al-Tamr", "Karbala", "ISIS", "attributed", "PMU", "shooting",
      1, "killing one fighter", None, None),
])

doc("H2", "H", "2022-06-10", """Oxfam statement - 10 June 2022 - Attacks on harvests in northern Iraq

Oxfam is alarmed by attacks on farmers during this year's wheat harvest. On 29 May, [[a|unknown persons set fire to wheat fields of a farming cooperative near Dibis]], Kirkuk governorate; no one was hurt. On 3 June, [[b|a farmer was shot dead while harvesting near Al-Huwaish]], south of Samarra, by suspected IS militants.

Many families depend on a single harvest. We call on the authorities to protect farmers during the harvest season.""", [
    I("a", "2022-05-29", "On 29 May", "Dibis", "Dibis", "Kirkuk", "unknown", None, "", "other",
      0, "no one was hurt", 0, "no one was hurt"),
    I("b", "2022-06-03", "On 3 June", "Al-Huwaish", "Samarra", "Salahuddin", "ISIS", "suspected", "civilians", "shooting",
      1, "a farmer was shot dead", None, None),
])

doc("H3", "H", "2024-10-17", """ICRC Iraq - news release - 17 October 2024

The International Committee of the Red Cross (ICRC) is saddened by the loss of civilian lives in the Kurdistan Region. On Tuesday, [[a|an air strike hit a vehicle near Qaladze]] in Sulaymaniyah governorate, killing two civilians and injuring another. Local officials attributed the strike to Turkey.

The ICRC reminds all parties that civilians must be protected. Our teams delivered first-aid supplies to the hospital in Qaladze.""", [
    I("a", "2024-10-15", "On Tuesday", "Qaladze", "Qaladze", "Sulaymaniyah", "Turkey", "attributed", "civilians", "airstrike_operation",
      2, "killing two civilians", 1, "injuring another"),
])

doc("H4", "H", "2021-04-12", """Humanity & Inclusion - Sinjar area note, April 2021 (published 12 April 2021)

Our mobile teams continued risk-education sessions in 14 villages of Sinjar district in March. Access was interrupted twice. In March, [[a|a drone strike on a vehicle near Sinune]] killed two men described as YBS members; local officials attributed it to Turkey. Returns from the camps in Dohuk slowed after the strike.

Planned for May: two new rehabilitation points in Sinjar town and Sinune.""", [
    I("a", "2021-03", "In March", "Sinune", "Sinjar", "Nineveh", "Turkey", "attributed", "PKK", "airstrike_operation",
      2, "killed two men", None, None, prec="month"),
], ext="html", title="Sinjar area note, April 2021", outlet="Humanity & Inclusion (HI) Iraq")

doc("H5", "H", "2023-09-05", """ACTED Iraq - WASH and livelihoods update, Anbar (5 September 2023)

Water trucking continued to 11 villages around Al-Qaim and Rawa in August. Dry canals forced 40 farming families to sell livestock. Our teams repaired two water points in Rawa. No security incidents affecting staff or beneficiaries were reported in the month. Next update in October.""", [], noise=True)

# ------------------------------------------------------------------ S: Telegram channels
doc("S1", "S", "2021-06-28", """Kirkuk Frontline 24 (Telegram channel) - pinned posts, copied 28.06.2021

[15.05.2021 06:20] #Dibis 🔴 [[a|IED hit an oil police vehicle at the Bai Hassan field]], Dibis district. 2 oil police injured, no deaths.

[02.06.2021 13:00] #Kirkuk Power cut in Azadi and Rahimawa until 6pm.

[28.06.2021 22:05] #Kirkuk 🔴 [[b|Sticky bomb under a car in Rahimawa]], Kirkuk city, an hour ago. Driver (a teacher) killed. No other cas.""", [
    I("a", "2021-05-15", "15.05.2021", "Bai Hassan field", "Dibis", "Kirkuk", None, None, "police", "ied",
      0, "no deaths", 2, "2 oil police injured"),
    I("b", "2021-06-28", "an hour ago", "Rahimawa", "Kirkuk", "Kirkuk", None, None, "civilians", "ied",
      1, "Driver (a teacher) killed", 0, "No other cas"),
])

doc("S2", "S", "2024-06-12", """t.me/diyala_frontline · 12.06.2024

[19:10] #Mandali ⚠️ [[a|Roadside bomb hit an army Humvee on the Mandali border road]] this afternoon. 1 soldier killed, 1 injured. Army says Daesh cell.

[19:40] #Baquba Checkpoints on the Baquba-Baghdad road are slow tonight, expect delays of an hour or more.""", [
    I("a", "2024-06-12", "this afternoon", "Mandali", "Mandali", "Diyala", "ISIS", "attributed", "army", "ied",
      1, "1 soldier killed", 1, "1 injured"),
])

doc("S3", "S", "2024-07-23", """Anbar Desert Watch (Telegram channel) | 23.07.2024

[21:35] #Ramadi 🔴 [[a|Explosive device went off next to a police patrol in the 5 Kilo area of Ramadi]] tonight. 2 policemen injured, no deaths. No one named as behind it.

[21:50] #Fallujah Heat: 51°C today, power back in most districts.""", [
    I("a", "2024-07-23", "tonight", "5 Kilo", "Ramadi", "Anbar", None, None, "police", "ied",
      0, "no deaths", 2, "2 policemen injured"),
])

doc("S4", "S", "2020-05-25", """Nineveh Plains 24 - Telegram channel - pinned posts (last post 25.05.2020)

[03.04.2020 17:45] #TalAfar [[a|Two shepherds shot dead by IS gunmen in the desert west of Tal Afar]]. Their sheep were taken.

[23.05.2020 14:10] #Sinjar [[b|Drone strike on a car near Khanasor]], north of Sinjar. 2 killed - PKK members per local sources. The mayor says the drone was Turkish.

[25.05.2020 20:30] #Mosul [[c|Blast at a shop in the Al-Zuhur neighbourhood of Mosul]] this evening. 2 injured, shop owner and a customer. No deaths.""", [
    I("a", "2020-04-03", "03.04.2020", "Tal Afar", "Tal Afar", "Nineveh", "ISIS", "attributed", "civilians", "shooting",
      2, "Two shepherds shot dead", None, None),
    I("b", "2020-05-23", "23.05.2020", "Khanasor", "Sinjar", "Nineveh", "Turkey", "attributed", "PKK", "airstrike_operation",
      2, "2 killed", None, None),
    I("c", "2020-05-25", "this evening", "Al-Zuhur", "Mosul", "Nineveh", None, None, "civilians", "ied",
      0, "No deaths", 2, "2 injured"),
])

doc("S5", "S", "2022-02-16", """t.me/raqqa_pulse · 16.02.2022

[08:15] #Raqqa 🔴 [[a|IED hit shepherds on the road east of Raqqa]] last night. 2 killed. No claim.

[09:00] #Raqqa Bread prices up again in the city market.

[10:30] #Tabqa The Tabqa dam road is closed for repairs until Friday, drivers should use the desert road via Al-Mansoura.""", [
    I("a", "2022-02-15", "last night", "Raqqa", "Raqqa", None, None, None, "civilians", "ied",
      2, "2 killed", None, None, country="Syria"),
], country="Syria")

# ------------------------------------------------------------------ F: local-press follow-ups
doc("F1", "F", "2023-01-14", """Samarra, 14 January 2023 - Hundreds of mourners attended the funeral in Samarra today of a Popular Mobilization fighter killed on Thursday when [[a|an IS sniper fired at a Hashd checkpoint north of Samarra]].

No one else was hurt in the attack, his unit said. The fighter, 24, leaves a wife and a baby daughter. Tribal elders called for more thermal cameras on the checkpoints around the city.""", [
    I("a", "2023-01-12", "on Thursday", "Samarra", "Samarra", "Salahuddin", "ISIS", "attributed", "PMU", "shooting",
      1, "a Popular Mobilization fighter killed", 0, "No one else was hurt in the attack"),
])

doc("F2", "F", "2025-03-24", """Karbala police have arrested two men accused of the 19 March attack, when [[a|a hand grenade was thrown at a mobile phone shop in Karbala city]], wounding two customers.

Investigators say [[b|the same men threw a grenade at a grocery in Afak]], Qadisiyah, on 11 February, wounding the grocer. Police said both attacks grew out of a dispute over debts. The two suspects were referred to an investigating judge on Sunday.""", [
    I("a", "2025-03-19", "the 19 March attack", "Karbala city", "Karbala", "Karbala", "unknown", None, "civilians", "other",
      None, None, 2, "wounding two customers"),
    I("b", "2025-02-11", "on 11 February", "Afak", "Afak", "Qadisiyah", "unknown", None, "civilians", "other",
      None, None, 1, "wounding the grocer"),
], ext="json", title="Two arrested over grenade attack on Karbala phone shop", outlet="Karbala Now",
    published="2025-03-24", section="Local")

doc("F3", "F", "2020-02-10", """Amarah, 10 February 2020 - The Maysan criminal court sentenced a man to death on Monday for the killing of a tribal sheikh, who was [[a|shot dead outside his guesthouse in Al-Amarah]] in August 2019. The court did not give the exact day of the killing.

The court heard that the man had acted for a rival clan in a land dispute. Relatives of the sheikh welcomed the verdict.""", [
    I("a", "2019-08", "in August 2019", "Al-Amarah", "Amarah", "Maysan", "unknown", None, "civilians", "shooting",
      1, "shot dead", None, None, prec="month"),
])

doc("F4", "F", "2020-12-18", """Kufa, 18 December 2020 - A year has passed since [[a|unknown gunmen shot dead a young poet in Kufa]] on 18 December 2019, and his family says the investigation has gone nowhere.

Friends gathered at his grave on Friday to read his poems. Two other activists in the city were threatened last year, the family said. The police say the file is still open.""", [
    I("a", "2019-12-18", "on 18 December 2019", "Kufa", "Kufa", "Najaf", "unknown", None, "civilians", "shooting",
      1, "shot dead a young poet", None, None),
])

doc("F5", "F", "2024-03-03", """Hit, 3 March 2024 - The funeral was held today of a soldier who died in a training accident at a base near Hit, the army said. A weapon malfunctioned during a live-fire exercise on Friday, an officer said. It was not an attack. The soldier's tribe received condolences in the town's main mosque.""", [], noise=True)

# ------------------------------------------------------------------ P: web pages
doc("P1", "P", "2023-08-09", """[[a|Gunmen fired on farmers irrigating orchards near Dujail]] on Tuesday evening, killing one farmer, local officials said. No one else was hurt.

The gunmen fled in a car towards the desert west of the town. Police said they had no suspects yet.

Related stories:
- Drone hits PMF post near Tikrit (archive)
- Farmers in Salahuddin fear for the harvest""", [
    I("a", "2023-08-08", "on Tuesday evening", "Dujail", "Dujail", "Salahuddin", "unknown", None, "civilians", "shooting",
      1, "killing one farmer", 0, "No one else was hurt"),
], ext="html", title="Farmer killed in shooting near Dujail", outlet="Salahuddin Post")

doc("P2", "P", "2024-08-28", """# Journalist shot dead in Chamchamal

*Published 28 August 2024 · Slemani desk · 2 min read*

[[a|A local journalist was shot dead by unknown gunmen outside his home in Chamchamal]] late on Tuesday, police said. He had reported on corruption in the district council.

Press freedom groups called for a quick investigation.

## Read more
- Journalists' union condemns threats in Sulaymaniyah
- Chamchamal council session postponed
""", [
    I("a", "2024-08-27", "late on Tuesday", "Chamchamal", "Chamchamal", "Sulaymaniyah", "unknown", None, "civilians", "shooting",
      1, "A local journalist was shot dead", None, None),
], ext="md")

doc("P3", "P", "2025-06-03", """[[a|Two Katyusha rockets landed near the Green Zone in central Baghdad]] late on Monday, causing no casualties, a security source said. The rockets fell in an empty lot near the river.

The attack came weeks after [[b|gunmen shot dead a liquor-shop owner in Abu Ghraib]] on 14 April. Police did not link the two incidents.

Read more: Baghdad sees calmer Eid as checkpoints ease | Green Zone roads reopen to traffic""", [
    I("a", "2025-06-02", "late on Monday", "Green Zone", "Baghdad", "Baghdad", None, None, "", "mortar_rocket",
      0, "causing no casualties", 0, "causing no casualties"),
    I("b", "2025-04-14", "on 14 April", "Abu Ghraib", "Abu Ghraib", "Baghdad", "unknown", None, "civilians", "shooting",
      1, "shot dead a liquor-shop owner", None, None),
], ext="json", title="Two Katyusha rockets land near Baghdad's Green Zone", outlet="Baghdad Observer",
    section="Security")

doc("P4", "P", "2023-11-15", """[[a|IS militants attacked a police checkpoint near Al-Shirqat]] on Tuesday night, killing one policeman and wounding another, police sources said.

It was the second attack in the province's north in two months, after [[b|a drone struck a PMF headquarters near Tikrit]] on 26 September, causing no casualties.

See also:
- Checkpoint attacks rise in northern Salahuddin
- Sharqat bridge reopens after repairs""", [
    I("a", "2023-11-14", "on Tuesday night", "Al-Shirqat", "Sharqat", "Salahuddin", "ISIS", "attributed", "police", "shooting",
      1, "killing one policeman", 1, "wounding another"),
    I("b", "2023-09-26", "on 26 September", "Tikrit", "Tikrit", "Salahuddin", None, None, "PMU", "other",
      0, "causing no casualties", 0, "causing no casualties"),
], ext="html", title="Policeman killed in attack on checkpoint near Sharqat", outlet="Tigris Times")

doc("P5", "P", "2021-05-30", """# Al-Shaab stadium reopens after renovation

*Published 30 May 2021 · Baghdad desk*

Baghdad's Al-Shaab stadium reopened on Saturday with a friendly match watched by 20,000 fans. The renovation took two years.

## Related
- Car bomb near the stadium (archive, 2007)
- Iraq national team squad announced
""", [], ext="md", noise=True)
