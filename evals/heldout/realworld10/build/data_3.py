"""realworld10 data 3: V (weekly / monthly / quarterly security reviews, several
incidents each), U (UN, UN agency and NGO notes), K (travel-risk alerts)."""
from lib import I, doc, add, W, F, ap, rt, dmy, mdy, dm, md, num

# ====================================================================== V
def short(iso):
    return F(iso, "{D} {Mon}")


# V1 Diyala, week 43 2021
a, b = "2021-10-26", "2021-10-29"; rd = "2021-11-01"
doc("V1", "V", rd, f"""IRAQ WEEKLY SECURITY REVIEW
Week 43: 25-31 October 2021 | Issued {dmy(rd)} | Risk desk, Baghdad

DIYALA
- {short(a)}: [[a|Three mortar rounds landed in farmland near a village outside Baladruz, wounding three civilians]]. No attribution.
- {short(b)}: [[b|An IED struck a police vehicle in Buhriz, south of Baquba, killing one policeman and wounding another]]. Police blamed IS.
- {short("2021-10-30")}: Security forces arrested four suspects in Muqdadiya after a house search; no weapons found.

ASSESSMENT
Tension in Diyala remains HIGH. Expect further IS harassment attacks on the Baladruz-Mandali axis and in the Khalis orchards.""",
    [I("a", a, short(a), "a village outside Baladruz", "Balad Ruz", "Diyala", None, None, "civilians", "mortar_rocket",
       None, None, 3, "wounding three civilians"),
     I("b", b, short(b), "Buhriz, south of Baquba", "Buhriz", "Diyala", "ISIS", "attributed", "police", "ied",
       1, "killing one policeman", 1, "wounding another")])

# V2 Nineveh, March 2023 monthly
a, b = "2023-03-02", "2023-03-25"; rd = "2023-04-03"
doc("V2", "V", rd, f"""Nineveh governorate: monthly security overview, March 2023
Published {dmy(rd)}

March was quieter than February, with two attacks recorded in the governorate.

{md(a)}: [[a|A roadside bomb hit an army vehicle near Al-Kisik, Tal Afar district, wounding two soldiers]]. No one was reported killed and no group claimed it.

{md(b)}: [[b|Unknown gunmen shot dead the mukhtar of a village near Hammam al-Alil, south of Mosul]], as he left a mosque.

Other: a mass grave believed to date from 2014-2017 was found near Badush on {md("2023-03-18")}; security forces detained 11 wanted persons in Mosul during the month.""",
    [I("a", a, md(a), "Al-Kisik, Tal Afar district", "Tal Afar", "Nineveh", "unknown", "unclaimed", "army", "ied",
       0, "No one was reported killed", 2, "wounding two soldiers"),
     I("b", b, md(b), "a village near Hammam al-Alil, south of Mosul", "Hammam al-Alil", "Nineveh", "unknown", None, "civilians", "shooting",
       1, "shot dead the mukhtar", None, None)])

# V3 Kirkuk, January 2020
a, b = "2020-01-11", "2020-01-29"; rd = "2020-02-03"
doc("V3", "V", rd, f"""KIRKUK SECURITY ROUND-UP - JANUARY 2020
Compiled {num(rd)}

* {F(a, "{DD}/{MM}")} - [[a|IS militants attacked an army post near Hawija at night, killing a soldier]]. The army blamed IS cells hiding in the Wadi al-Shay area.
* {F("2020-01-19", "{DD}/{MM}")} - Police defused two IEDs on the Kirkuk-Baghdad road near Taza. No attack.
* {F(b, "{DD}/{MM}")} - [[b|Unknown gunmen killed a mukhtar in the Riyadh subdistrict, southwest of Kirkuk, and wounded his son]].

Trend: incidents stable at 6-8 per month; most in the southern and western districts.""",
    [I("a", a, F(a, "{DD}/{MM}"), "an army post near Hawija", "Hawija", "Kirkuk", "ISIS", "attributed", "army", "shooting",
       1, "killing a soldier", None, None),
     I("b", b, F(b, "{DD}/{MM}"), "the Riyadh subdistrict, southwest of Kirkuk", "Riyadh", "Kirkuk", "unknown", None, "civilians", "shooting",
       1, "killed a mukhtar", 1, "wounded his son")])

# V4 Anbar, September 2024
a, b = "2024-09-06", "2024-09-19"; rd = "2024-10-01"
doc("V4", "V", rd, f"""Anbar Security Digest | September 2024 | {dmy(rd)}

1. {dm(a)} - [[a|IED strikes army vehicle near Haditha; two soldiers wounded]]. No claim.
2. {dm(b)} - [[b|Two rockets landed inside Ain al-Asad air base, which hosts US troops, without causing casualties]]. No group claimed; the launch site was found near Al-Baghdadi.
3. {dm("2024-09-25")} - Counter-terrorism forces killed three IS members in an air-supported raid in the Wadi Horan valley (security operation, not counted as an attack).

Outlook: further rocket fire on coalition sites is likely while regional tensions persist.""",
    [I("a", a, dm(a), "near Haditha", "Haditha", "Anbar", "unknown", "unclaimed", "army", "ied",
       None, None, 2, "two soldiers wounded"),
     I("b", b, dm(b), "Ain al-Asad air base", "Ain al-Asad", "Anbar", "unknown", "unclaimed", "US forces", "mortar_rocket",
       0, "without causing casualties", 0, "without causing casualties")])

# V5 Baghdad, late December 2019
a, b = "2019-12-11", "2019-12-24"; rd = "2019-12-30"
doc("V5", "V", rd, f"""BAGHDAD: SECURITY EVENTS, 9-29 DECEMBER 2019
Prepared {mdy(rd)}

{md(a)} - [[a|Katyusha rockets struck near Baghdad International Airport, wounding two members of the Counter-Terrorism Service]]. Officials did not say who fired them.
{md(b)} - [[b|A sticky bomb attached to a car exploded in New Baghdad, killing the driver]]. Police named no suspect.
{md("2019-12-26")} - Protest camps in Tahrir Square and Al-Khilani Square remained in place; no violence recorded.

The capital remains under heightened threat from rocket fire and targeted killings of activists.""",
    [I("a", a, md(a), "near Baghdad International Airport", "Baghdad", "Baghdad", None, None, "security forces", "mortar_rocket",
       None, None, 2, "wounding two members of the Counter-Terrorism Service"),
     I("b", b, md(b), "New Baghdad", "Baghdad", "Baghdad", None, None, "civilians", "ied",
       1, "killing the driver", None, None)])

# V6 Salahuddin, July 2023
a, b = "2023-07-04", "2023-07-15"; rd = "2023-08-01"
doc("V6", "V", rd, f"""Salah al-Din monthly security update (July 2023), published {dmy(rd)}

- On {dm(a)}, [[a|an IS sniper shot dead a PMF member at a post near Al-Ishaqi]], according to the PMF.
- On {dm(b)}, [[b|a hand grenade was thrown at a party office in Tikrit at night, causing damage but no casualties]]. Police gave no suspect.
- On {dm("2023-07-20")}, a commemoration was held in Tikrit for the victims of the 2014 Speicher massacre.
- Arrests: 14 persons wanted under the anti-terrorism law were detained across the province.""",
    [I("a", a, "On %s" % dm(a), "a post near Al-Ishaqi", "Ishaqi", "Salahuddin", "ISIS", "attributed", "PMU", "shooting",
       1, "shot dead a PMF member", None, None),
     I("b", b, "On %s" % dm(b), "a party office in Tikrit", "Tikrit", "Salahuddin", None, None, "", "other",
       0, "causing damage but no casualties", 0, "causing damage but no casualties")])

# V7 Dohuk, August 2024
a, b = "2024-08-18", "2024-08-25"; rd = "2024-09-02"
doc("V7", "V", rd, f"""KURDISTAN REGION - DUHOK: WEEKLY SITREP (18-31 Aug 2024)
Date of issue: {dmy(rd)}

{F(a, "{D} Aug")}: [[a|Turkish drone strike on a vehicle near Derkar, Zakho district; one man killed, whom the PKK later said was one of its fighters]].
{F(b, "{D} Aug")}: [[b|Turkish artillery shelled hills near Bamerni, Amedi district; a shepherd was wounded]].
{F("2024-08-29", "{D} Aug")}: Residents of two villages near Kani Masi left their homes citing shelling (displacement, no attack recorded).

Outlook: Turkish air and ground operations will continue along the border strip.""",
    [I("a", a, F(a, "{D} Aug"), "a vehicle near Derkar, Zakho district", "Zakho", "Dohuk", "Turkey", "attributed", "PKK", "airstrike_operation",
       1, "one man killed", None, None),
     I("b", b, F(b, "{D} Aug"), "hills near Bamerni, Amedi district", "Amedi", "Dohuk", "Turkey", "attributed", "civilians", "mortar_rocket",
       None, None, 1, "a shepherd was wounded")])

# V8 Basra, July 2022
a, b = "2022-07-03", "2022-07-19"; rd = "2022-08-01"
doc("V8", "V", rd, f"""Basra Security Review - July 2022
Issued {dmy(rd)}

- {F(a, "{Do} July")}: [[a|A hand grenade was thrown at the house of an oil police officer in Al-Hartha, wounding two of his children]].
- {F(b, "{Do} July")}: [[b|A sticky bomb exploded under the car of a Kataib Hezbollah member in Abu al-Khasib, killing him]]. No group claimed it.
- {F("2022-07-24", "{Do} July")}: A tribal dispute in Al-Madina district ended after mediation; no casualties.

Most incidents in Basra this month were linked to tribal disputes and are excluded from this review.""",
    [I("a", a, F(a, "{Do} July"), "the house of an oil police officer in Al-Hartha", "Hartha", "Basra", None, None, "police+civilians", "other",
       None, None, 2, "wounding two of his children"),
     I("b", b, F(b, "{Do} July"), "Abu al-Khasib", "Abu al-Khasib", "Basra", "unknown", "unclaimed", "PMU", "ied",
       1, "killing him", None, None)])

# V9 Maysan and Dhi Qar, January 2023
a, b = "2023-01-08", "2023-01-21"; rd = "2023-02-01"
doc("V9", "V", rd, f"""SOUTHERN IRAQ MONTHLY (Maysan, Dhi Qar) - January 2023 - {dmy(rd)}

Maysan. {F(a, "{D} January")}: [[a|Unknown gunmen killed a police officer in Qalat Salih]] as he drove home. No other casualties.

Dhi Qar. {F(b, "{D} January")}: [[b|An explosive device was thrown at the house of a candidate in Suq al-Shuyukh, wounding two of his relatives]].

Dhi Qar. {F("2023-01-27", "{D} January")}: Protests over unpaid salaries in Nasiriyah; peaceful.""",
    [I("a", a, F(a, "{D} January"), "Qalat Salih", "Qalat Salih", "Maysan", "unknown", None, "police", "shooting",
       1, "killed a police officer", 0, "No other casualties"),
     I("b", b, F(b, "{D} January"), "the house of a candidate in Suq al-Shuyukh", "Suq al-Shuyukh", "Dhi Qar", None, None, "civilians", "other",
       None, None, 2, "wounding two of his relatives")])

# V10 Babil and Karbala, first week of April 2022
a, b = "2022-04-05", "2022-04-08"; rd = "2022-04-11"
doc("V10", "V", rd, f"""Mid-Euphrates weekly brief | 4-10 April 2022 | {dmy(rd)}

Babil: on {F(a, "{D} April")}, [[a|a bomb went off outside the home of a judge in Hilla, wounding a guard]]. Investigators have not named anyone.

Karbala: on {F(b, "{D} April")}, [[b|gunmen shot and wounded a journalist in Karbala's Al-Hussein district]]; the attackers were unidentified.

Najaf: no security incidents; preparations for Ramadan pilgrim traffic under way.""",
    [I("a", a, "on %s" % F(a, "{D} April"), "the home of a judge in Hilla", "Hilla", "Babil", None, None, "civilians", "ied",
       None, None, 1, "wounding a guard"),
     I("b", b, "on %s" % F(b, "{D} April"), "Karbala's Al-Hussein district", "Karbala", "Karbala", "unknown", None, "civilians", "shooting",
       None, None, 1, "shot and wounded a journalist")])

# V11 Erbil and Sulaymaniyah, March 2022
a, b = "2022-03-17", "2022-03-27"; rd = "2022-04-04"
doc("V11", "V", rd, f"""KRI Security Overview - March 2022 (published {dmy(rd)})

Erbil governorate
{F(a, "{DD}.{MM}.{YYYY}")} - [[a|Unknown gunmen shot and wounded a local journalist in Koya]].

Sulaimani governorate
{F(b, "{DD}.{MM}.{YYYY}")} - [[b|A Turkish drone struck a car near Sayid Sadiq, killing two men whom the PKK said were its members]].

Note: the Iranian missile strike near Erbil earlier in the month is covered in a separate special report.""",
    [I("a", a, F(a, "{DD}.{MM}.{YYYY}"), "Koya", "Koya", "Erbil", "unknown", None, "civilians", "shooting",
       None, None, 1, "shot and wounded a local journalist"),
     I("b", b, F(b, "{DD}.{MM}.{YYYY}"), "a car near Sayid Sadiq", "Sayid Sadiq", "Sulaymaniyah", "Turkey", "attributed", "PKK", "airstrike_operation",
       2, "killing two men whom the PKK said were its members", None, None)])

# V12 Wasit, Qadisiyah, Muthanna, Q3 2021
a, b, c = "2021-07-27", "2021-08-16", "2021-09-14"; rd = "2021-10-04"
doc("V12", "V", rd, f"""Quarterly Security Report Q3 2021: Wasit, Al-Qadisiyah, Al-Muthanna
Released {dmy(rd)}

Wasit - {F(a, "{Do} {Month}")}: [[a|an IED hit a convoy carrying logistics for the international coalition on the highway near Al-Aziziyah; no casualties]].
Al-Qadisiyah - {F(b, "{Do} {Month}")}: [[b|gunmen killed a police intelligence officer in Afak]]; no group claimed responsibility.
Al-Muthanna - {F(c, "{Do} {Month}")}: [[c|a hand grenade was thrown at an office of the Sadrist movement in Al-Khidr; no casualties]].

Overall the three governorates recorded 19 criminal incidents and 3 attacks in the quarter.""",
    [I("a", a, F(a, "{Do} {Month}"), "the highway near Al-Aziziyah", "Aziziyah", "Wasit", None, None, "US forces", "ied",
       0, "no casualties", 0, "no casualties"),
     I("b", b, F(b, "{Do} {Month}"), "Afak", "Afak", "Qadisiyah", "unknown", "unclaimed", "police", "shooting",
       1, "killed a police intelligence officer", None, None),
     I("c", c, F(c, "{Do} {Month}"), "an office of the Sadrist movement in Al-Khidr", "Khidr", "Muthanna", None, None, "", "other",
       0, "a hand grenade was thrown at an office of the Sadrist movement in Al-Khidr; no casualties", 0,
       "a hand grenade was thrown at an office of the Sadrist movement in Al-Khidr; no casualties")])

# ====================================================================== U
# U1 Diyala, second half of Oct 2021 (month)
rd = "2021-11-10"
doc("U1", "U", rd, f"""NGO Access and Security Note - Diyala
Humanitarian Access Working Group | {dmy(rd)}

[[a|In the second half of October 2021, an IED struck a water truck contracted by a humanitarian partner on the road to Qoratu, Khanaqin district. The driver was lightly injured]] and the truck was damaged. Partners suspended water trucking to two villages for four days.

During the same period partners reported 6 access impediments at checkpoints in Diyala and 2 movement restrictions. No humanitarian staff were detained.""",
    [I("a", "2021-10", "In the second half of October 2021", "the road to Qoratu, Khanaqin district", "Khanaqin", "Diyala",
       None, None, "civilians", "ied", None, None, 1, "The driver was lightly injured", prec="month")])

# U2 Nineveh, March 2023 (month)
rd = "2023-04-12"
doc("U2", "U", rd, f"""IOM Iraq - Sinjar and Ba'aj: Returns and Protection Update ({dmy(rd)})

Return movements to Sinjar and Ba'aj districts continued in March, with some 310 households arriving from camps in Duhok.

Protection concerns: [[a|at an unconfirmed date in March 2023, an explosive device killed a shepherd grazing his flock near Ba'aj]]. Community leaders said the device had been recently planted. Partners continue to advocate for clearance of agricultural land.

Figures in this update are provisional.""",
    [I("a", "2023-03", "at an unconfirmed date in March 2023", "near Ba'aj", "Baaj", "Nineveh",
       None, None, "civilians", "ied", 1, "an explosive device killed a shepherd", None, None, prec="month")])

# U3 Kirkuk, early Jan 2020 (month)
rd = "2020-02-05"
doc("U3", "U", rd, f"""Education Cluster Iraq - Attacks on Education: Kirkuk Note
{dmy(rd)}

[[a|In early January 2020, an explosive device damaged the gate and two classrooms of a primary school in Al-Abbasi, Hawija district. The blast took place at night and no children or staff were hurt]].

The school reopened after two weeks. The cluster recorded 4 attacks on education facilities nationwide in January, and 31 schools in Kirkuk still need rehabilitation.""",
    [I("a", "2020-01", "In early January 2020", "Al-Abbasi, Hawija district", "Hawija", "Kirkuk",
       None, None, "", "ied", 0, "no children or staff were hurt", 0, "no children or staff were hurt", prec="month")])

# U4 Anbar, day
ev = "2024-09-21"; rd = add(ev, 3)
doc("U4", "U", rd, f"""INSO-style Incident Note | Anbar | {dmy(rd)}

[[a|Around 08:30 on {dmy(ev)}, a vehicle of a local partner organisation struck an explosive device near Rawa, injuring two staff members]]. The staff were treated at Rawa hospital and discharged the same day. The device had been placed on the road shoulder. No actor was named.

NGOs moving on the Anah-Rawa-Al-Qaim axis are advised to use escorted movement windows.""",
    [I("a", ev, "Around 08:30 on %s" % dmy(ev), "near Rawa", "Rawa", "Anbar", None, None, "civilians", "ied",
       None, None, 2, "injuring two staff members")])

# U5 Baghdad, UNAMI
ev = "2019-12-14"; rd = add(ev, 1)
doc("U5", "U", rd, f"""UNAMI condemns deadly attack on demonstrators in Baghdad

Baghdad, {dm(rd)} {F(rd, '{YYYY}')} - The United Nations Assistance Mission for Iraq (UNAMI) strongly condemns the attack on peaceful demonstrators in Baghdad. [[a|On the night of 14 December, unidentified armed men opened fire on protesters at Al-Tayaran Square, killing two and injuring nine]].

"Those responsible must be identified and brought to justice without delay," the Special Representative said, reiterating the call on the authorities to protect peaceful protesters.

UNAMI continues to monitor and document human rights violations related to the demonstrations.""",
    [I("a", ev, "On the night of 14 December", "Al-Tayaran Square", "Baghdad", "Baghdad", "unknown", None, "civilians", "shooting",
       2, "killing two", 9, "injuring nine")])

# U6 Salahuddin, mid-July 2023 (month)
rd = "2023-08-10"
doc("U6", "U", rd, f"""Mine Action and Explosive Hazards Update - Salah al-Din ({dmy(rd)})

[[a|In mid-July 2023, a roadside bomb killed a farmer and injured his son on a farm road near Al-Dour]]. Local authorities described the device as newly planted, not legacy contamination.

Separately, survey teams cleared 1.4 square kilometres of land around Baiji and removed 212 items of explosive ordnance in July. Risk education sessions reached 3,050 people.""",
    [I("a", "2023-07", "In mid-July 2023", "a farm road near Al-Dour", "Dour", "Salahuddin", None, None, "civilians", "ied",
       1, "killed a farmer", 1, "injured his son", prec="month")])

# U7 Dohuk, August 2024 (month)
rd = "2024-09-15"
doc("U7", "U", rd, f"""Community Peacemaker Teams - Iraqi Kurdistan
Turkish military operations: August 2024 summary ({dmy(rd)})

Our team documented 94 Turkish bombardments in the Duhok governorate in August, the highest monthly number this year.

[[a|During August 2024, a drone strike attributed to Turkey killed a shepherd near Deraluk]]. His family said he had no links to any armed group.

About 30 villages in the Barwari Bala and Nerwa Rekan areas remain partly or fully depopulated.""",
    [I("a", "2024-08", "During August 2024", "near Deraluk", "Deraluk", "Dohuk", "Turkey", "attributed", "civilians", "airstrike_operation",
       1, "killed a shepherd", None, None, prec="month")])

# U8 Basra, WHO note
ev = "2022-03-03"; rd = add(ev, 6)
doc("U8", "U", rd, f"""WHO Iraq - Surveillance System for Attacks on Health Care (SSA)
Incident summary, {dmy(rd)}

[[a|On {dmy(ev)}, unknown gunmen fired at an ambulance in Al-Qurna district, Basra governorate, injuring a paramedic]]. The ambulance was transporting a patient to Al-Qurna hospital at the time. The patient was not harmed.

WHO calls on all parties to respect and protect health workers and facilities.""",
    [I("a", ev, "On %s" % dmy(ev), "Al-Qurna district, Basra governorate", "Qurna", "Basra", "unknown", None, "civilians", "shooting",
       None, None, 1, "injuring a paramedic")])

# U9 Dhi Qar, HRW
ev = "2022-06-14"; rd = add(ev, 16)
doc("U9", "U", rd, f"""Iraq: Activist Missing After Abduction in Dhi Qar
Human Rights Watch | {md(rd)}, {F(rd, '{YYYY}')}

(Beirut) - Iraqi authorities should urgently investigate the abduction of an activist in Dhi Qar governorate, Human Rights Watch said today. [[a|On {md(ev)}, unidentified men abducted the activist outside his home in Suq al-Shuyukh]], his family said. He has not been seen since.

The family said the abductors drove a pickup truck without plates. Police told them they had opened an investigation.""",
    [I("a", ev, "On %s" % md(ev), "outside his home in Suq al-Shuyukh", "Suq al-Shuyukh", "Dhi Qar", "unknown", None, "civilians", "kidnapping",
       None, None, None, None)])

# U10 Najaf, UNESCO
ev = "2022-10-02"; rd = add(ev, 3)
doc("U10", "U", rd, f"""Director-General condemns the killing of cameraman in Iraq

Paris, {dmy(rd)}

The Director-General of UNESCO condemns the killing of a local television cameraman in Iraq. [[a|He was shot dead by unknown assailants in Najaf on {dmy(ev)}]].

"I call on the authorities to investigate this crime and bring its perpetrators to justice," the Director-General said.

UNESCO's Observatory of Killed Journalists records the deaths of more than 100 media workers in Iraq since 2006.""",
    [I("a", ev, "on %s" % dmy(ev), "Najaf", "Najaf", "Najaf", "unknown", None, "civilians", "shooting",
       1, "He was shot dead", None, None)])

# U11 Erbil, second half of June 2023 (month)
rd = "2023-07-10"
doc("U11", "U", rd, f"""REACH / Partners - Erbil Rural Situation Overview ({dmy(rd)})

Farmers in border subdistricts of Erbil governorate reported new losses in June.

[[a|In the second half of June 2023, shelling attributed to Turkish forces set fire to orchards near Barzan. No casualties were reported]], but villagers estimated that about 40 dunams of trees burned.

Key informants in 14 villages said access to grazing land had been reduced for the third year in a row.""",
    [I("a", "2023-06", "In the second half of June 2023", "orchards near Barzan", "Barzan", "Erbil", "Turkey", "attributed", "", "mortar_rocket",
       0, "No casualties were reported", 0, "No casualties were reported", prec="month")])

# U12 Karbala, demining NGO
ev = "2024-11-12"; rd = add(ev, 2)
doc("U12", "U", rd, f"""Security incident report (public summary) - mine action partner, Karbala
{dmy(rd)}

[[a|On {dmy(ev)} at about 16:00, unknown gunmen fired on a vehicle of a demining team near Ain al-Tamr, wounding one deminer]] in the arm. The team withdrew to its base. Clearance activities in the area were paused pending a review.

No staff were detained. The organisation reported the incident to the police and the Directorate of Mine Action.""",
    [I("a", ev, "On %s at about 16:00" % dmy(ev), "near Ain al-Tamr", "Ain al-Tamr", "Karbala", "unknown", None, "civilians", "shooting",
       None, None, 1, "wounding one deminer")])

# ====================================================================== K
def c24(key, rd, title, event, context, advice, incs, stamp="10:05"):
    doc(key, "K", rd, "%s\n\nAlert begins %s %s GMT\n\nEvent\n%s\n\nContext\n%s\n\nAdvice\n%s" % (
        title, F(rd, "{DD} {Mon} {YYYY}"), stamp, event, context, advice), incs)


ev = "2021-10-11"; rd = add(ev, 1)
c24("K1", rd, f"Iraq: Suspected IS militants attack army checkpoint near Abu Saida, Diyala Province, {ap(ev)}",
    f"[[a|Suspected Islamic State (IS) militants attacked an Iraqi army checkpoint near Abu Saida, Diyala Province, {ap(ev)}. Two soldiers were killed]] in the exchange of fire. Security forces have likely increased deployments and checkpoints in the area.",
    "IS militants maintain a presence in rural parts of Diyala, Kirkuk and Salahuddin provinces and regularly target security forces.",
    "Avoid all travel to rural Diyala. Heed the instructions of security personnel.",
    [I("a", ev, ap(ev), "an Iraqi army checkpoint near Abu Saida", "Abu Saida", "Diyala", "ISIS", "suspected", "army", "shooting",
       2, "Two soldiers were killed", None, None)])

ev = "2023-03-28"; rd = ev
c24("K2", rd, f"Iraq: Explosive device detonates in Mosul, Nineveh Governorate, {ap(ev)}",
    f"[[a|A sticky bomb attached to a vehicle detonated in the Al-Maidan area of Mosul on the morning of {ap(ev)}, injuring two people]]. The perpetrators are unknown. Authorities have cordoned off the area.",
    "Sporadic bombings targeting individuals occur in Mosul; motives are often personal or political.",
    "Avoid the affected area. Maintain heightened vigilance near security installations.",
    [I("a", ev, "on the morning of %s" % ap(ev), "the Al-Maidan area of Mosul", "Mosul", "Nineveh", "unknown", None, "civilians", "ied",
       None, None, 2, "injuring two people")])

ev = "2020-01-17"; rd = add(ev, 1)
c24("K3", rd, f"Iraq: Militants attack army outposts near Hawija, Kirkuk Province, late {ap(ev)}",
    f"[[a|Suspected IS militants attacked two Iraqi army outposts near Hawija, Kirkuk Province, late {ap(ev)}, killing three soldiers]]. Additional troops have been sent to the area.",
    "Attacks on security forces in the Hawija-Riyadh area have increased since late 2019.",
    "Avoid travel to the Hawija district. Confirm road conditions before travelling between Kirkuk and Tikrit.",
    [I("a", ev, "late %s" % ap(ev), "two Iraqi army outposts near Hawija", "Hawija", "Kirkuk", "ISIS", "suspected", "army", "shooting",
       3, "killing three soldiers", None, None)])

ev = "2024-09-27"; rd = add(ev, 1)
c24("K4", rd, f"Iraq: IED targets PMF vehicle near Fallujah, Anbar Province, {ap(ev)}",
    f"[[a|An improvised explosive device (IED) struck a Popular Mobilization Forces (PMF) vehicle near Al-Saqlawiyah, north of Fallujah, {ap(ev)}. One PMF member was killed and two others were injured]]. No group has claimed responsibility.",
    "IED attacks on security forces in Anbar are less frequent than in previous years but still occur.",
    "Avoid nonessential travel on rural roads in Anbar after dark.",
    [I("a", ev, ap(ev), "Al-Saqlawiyah, north of Fallujah", "Saqlawiyah", "Anbar", "unknown", "unclaimed", "PMU", "ied",
       1, "One PMF member was killed", 2, "two others were injured")])

ev = "2019-12-19"; rd = ev
c24("K5", rd, f"Iraq: Explosion reported in Baghdad's Al-Bayaa district {ap(ev)}",
    f"[[a|An explosive device detonated near a minibus stop in the Al-Bayaa district of Baghdad on {ap(ev)}, killing one person and wounding three]]. Authorities have not attributed responsibility.",
    "The explosion comes amid ongoing anti-government demonstrations in Baghdad and other cities.",
    "Avoid the area of the explosion and all demonstrations. Keep a low profile.",
    [I("a", ev, "on %s" % ap(ev), "the Al-Bayaa district of Baghdad", "Baghdad", "Baghdad", None, None, "civilians", "ied",
       1, "killing one person", 3, "wounding three")], stamp="15:40")

ev = "2023-07-08"; rd = add(ev, 1)
c24("K6", rd, f"Iraq: Suspected IS attack on PMF near Amerli, Salahuddin Province, {ap(ev)}",
    f"[[a|Suspected Islamic State militants attacked a PMF position near Amerli, Salahuddin Province, {ap(ev)}. Two PMF fighters were killed]]. Security forces launched a search operation in the surrounding hills.",
    "The Amerli-Tuz Khurmatu area lies on a corridor used by IS cells moving between the Hamrin mountains and Kirkuk.",
    "Avoid travel in the area. Follow PMF and army instructions at checkpoints.",
    [I("a", ev, ap(ev), "a PMF position near Amerli", "Amirli", "Salahuddin", "ISIS", "suspected", "PMU", "shooting",
       2, "Two PMF fighters were killed", None, None)])

ev = "2024-08-30"; rd = add(ev, 1)
c24("K7", rd, f"Iraq: Turkish drone strike reported near Zakho, Dohuk Governorate, {ap(ev)}",
    f"[[a|A Turkish drone strike reportedly hit a vehicle near Zakho, Dohuk Governorate, {ap(ev)}, killing two people]]. Kurdish media described the dead as PKK members.",
    "Turkish forces regularly conduct airstrikes against suspected PKK targets in the Kurdistan Region.",
    "Avoid travel near the Turkish border, particularly in Zakho and Amedi districts.",
    [I("a", ev, ap(ev), "a vehicle near Zakho", "Zakho", "Dohuk", "Turkey", "attributed", "PKK", "airstrike_operation",
       2, "killing two people", None, None)])

ev = "2023-11-02"; rd = ev
c24("K8", rd, f"Iraq: Drone attack targets Harir Air Base, Erbil Governorate, {ap(ev)}",
    f"[[a|A one-way attack drone targeted Harir Air Base, which hosts US forces, in Erbil Governorate on {ap(ev)}. No casualties or damage were reported]]. No group has claimed responsibility; Iran-aligned militias have claimed similar attacks in recent weeks.",
    "Attacks on US forces in Iraq and Syria have risen sharply since mid-October.",
    "Avoid the vicinity of military installations. Monitor local media for further attacks.",
    [I("a", ev, "on %s" % ap(ev), "Harir Air Base", "Harir", "Erbil", "unknown", "unclaimed", "US forces", "other",
       0, "No casualties or damage were reported", 0, "No casualties or damage were reported")], stamp="08:15")

ev = "2024-06-04"; rd = ev
c24("K9", rd, f"Iraq: Explosive device thrown at restaurant in Basra, {ap(ev)}",
    f"[[a|Unidentified assailants threw an explosive device at a US-franchise fast-food restaurant in Basra's Al-Ashar area overnight {ap(add(ev, -1))}-{ev[8:].lstrip('0')}. There were no casualties]]. The attack follows similar incidents in Baghdad.",
    "US-linked businesses have been targeted in several Iraqi cities since late 2023.",
    "Exercise caution near US-linked brands and businesses.",
    [I("a", add(ev, -1), "overnight %s-%s" % (ap(add(ev, -1)), ev[8:].lstrip('0')), "a US-franchise fast-food restaurant in Basra's Al-Ashar area", "Basra", "Basra", "unknown", None, "", "other",
       0, "There were no casualties", 0, "There were no casualties")], stamp="07:50")

ev = "2022-09-14"; rd = add(ev, 1)
c24("K10", rd, f"Iraq: Explosion near pilgrim tent on Karbala road, {ap(ev)}",
    f"[[a|An explosive device detonated near a pilgrim rest tent on the Baghdad-Karbala road north of Karbala {ap(ev)}, killing one person and injuring four]]. Authorities have not commented on a possible perpetrator.",
    "Millions of pilgrims are travelling to Karbala for Arbaeen, which culminates on Sept. 17.",
    "Expect heavy security deployments and road closures. Avoid crowds.",
    [I("a", ev, ap(ev), "the Baghdad-Karbala road north of Karbala", "Karbala", "Karbala", None, None, "civilians", "ied",
       1, "killing one person", 4, "injuring four")])

ev = "2025-03-16"; rd = add(ev, 1)
c24("K11", rd, f"Iraq: Gunmen kill police officer in Ali al-Gharbi, Maysan Province, {ap(ev)}",
    f"[[a|Unidentified gunmen shot dead a police officer in Ali al-Gharbi, Maysan Province, {ap(ev)}]]. The motive is unclear; tribal disputes and organised crime are common in the area.",
    "Targeted shootings of security personnel occur periodically in southern provinces.",
    "Maintain vigilance. Avoid travel after dark on rural roads.",
    [I("a", ev, ap(ev), "Ali al-Gharbi", "Ali al-Gharbi", "Maysan", "unknown", None, "police", "shooting",
       1, "shot dead a police officer", None, None)])

ev = "2025-01-22"; rd = add(ev, 1)
c24("K12", rd, f"Iraq: Gunmen ambush PMF commander's vehicle near Jurf al-Nasr, Babil Province, {ap(ev)}",
    f"[[a|Gunmen ambushed the vehicle of a PMF commander near Jurf al-Nasr, Babil Province, late {ap(ev)}, wounding the commander and a bodyguard]]. No group has claimed responsibility.",
    "Jurf al-Nasr (formerly Jurf al-Sakhar) is a heavily guarded PMF zone.",
    "Avoid the area. Do not attempt to approach PMF facilities.",
    [I("a", ev, "late %s" % ap(ev), "near Jurf al-Nasr", "Jurf al-Nasr", "Babil", "unknown", "unclaimed", "PMU", "ambush",
       None, None, 2, "wounding the commander and a bodyguard")])
