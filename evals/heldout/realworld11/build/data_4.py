"""realworld11 data, part 4: D (casualty-database rows: IBC-style, UCDP-GED-style,
Airwars-style; report_date null), E (embassy / consular alerts, PSC and insurer
daily briefs), N (NGO access and protection notes)."""
from lib import I, doc

IBC = "IBC code | Start date | End date | Time | Location | Target | Weapons | Deaths recorded (min-max) | Sources"
UCDP = ("id | year | type_of_violence | side_a | side_b | source_headline | where_description | adm_1 | adm_2 | "
        "date_start | date_end | deaths_a | deaths_b | deaths_civilians | deaths_unknown | best | high | low")

# ============================================================ D: casualty-database rows

doc("D1", "D", None, IBC + """
k30412 | 20-May-2022 | 20-May-2022 | evening | Kanaan, Diyala | farmers harvesting wheat | gunfire | 3-3 | Shafaq News 21 May; Rudaw 21 May
Notes: [[a|Unidentified gunmen opened fire on farmers harvesting wheat near Kanaan, killing three farmers]]. Deaths recorded in this entry: 3 (minimum and maximum). Injuries are not recorded by the database.
""", [
    I("a", "2022-05-20", "20-May-2022", "Kanaan", "Kanaan", "Diyala", "unknown", None,
      "civilians", "shooting", 3, "killing three farmers", None, None),
])

doc("D2", "D", None, UCDP + """
344518 | 2020 | 1 | Government of Iraq | IS | [[a|Two soldiers killed in IS attack south of Mosul | Hammam al-Alil, Nineveh]] | Ninawa governorate | Mosul district | 2020-11-12 | 2020-11-12 | 2 | 0 | 0 | 0 | 2 | 3 | 2
(type_of_violence 1 = state-based conflict; deaths_a = deaths of side_a)
""", [
    I("a", "2020-11-12", "2020-11-12", "Hammam al-Alil", "Hammam al-Alil", "Nineveh", "ISIS", "attributed",
      "army", "shooting", 2, "Two soldiers killed", None, None),
])

doc("D3", "D", None, IBC + """
k31877 | 24-Aug-2023 | 24-Aug-2023 | night | Laylan, Kirkuk | village mukhtar | IED | 1-2 | Kirkuk Now 25 Aug; INA 25 Aug
Notes: [[a|A roadside bomb exploded next to the car of a village mukhtar in Laylan, killing the mukhtar]]; some sources say his nephew also died. Deaths recorded: minimum 1, maximum 2.
""", [
    I("a", "2023-08-24", "24-Aug-2023", "Laylan", "Laylan", "Kirkuk", None, None,
      "civilians", "ied", 1, "killing the mukhtar", None, None),
])

doc("D4", "D", None, UCDP + """
339902 | 2021 | 1 | Government of Iraq | IS | [[a|One PMF fighter killed in IS attack near Haditha | Haditha, Anbar]] | Al-Anbar governorate | Haditha district | 2021-02-05 | 2021-02-05 | 1 | 0 | 0 | 0 | 1 | 1 | 1
(type_of_violence 1 = state-based conflict; deaths_a = deaths of side_a)
""", [
    I("a", "2021-02-05", "2021-02-05", "Haditha", "Haditha", "Anbar", "ISIS", "attributed",
      "PMU", "shooting", 1, "One PMF fighter killed", None, None),
])

doc("D5", "D", None, IBC + """
k32650 | 18-Jun-2024 | 18-Jun-2024 | morning | Al-Shaab, Baghdad | shop owner in his car | adhesive (sticky) IED | 1-1 | Baghdad Today 18 Jun; Shafaq News 18 Jun
Notes: [[a|An adhesive bomb attached to the car of a shop owner exploded in Al-Shaab, Baghdad, killing him]]. Deaths recorded in this entry: 1.
""", [
    I("a", "2024-06-18", "18-Jun-2024", "Al-Shaab, Baghdad", "Baghdad", "Baghdad", None, None,
      "civilians", "ied", 1, "killing him", None, None),
])

doc("D6", "D", None, UCDP + """
329417 | 2020 | 1 | Government of Iraq | IS | [[a|Three PMF fighters killed in IS attack near Amirli | Amirli, Salah al-Din]] | Salah al-Din governorate | Tuz Khurmatu district | 2020-04-02 | 2020-04-02 | 3 | 0 | 0 | 0 | 3 | 4 | 3
(type_of_violence 1 = state-based conflict; deaths_a = deaths of side_a)
""", [
    I("a", "2020-04-02", "2020-04-02", "Amirli", "Amirli", "Salahuddin", "ISIS", "attributed",
      "PMU", "shooting", 3, "Three PMF fighters killed", None, None),
])

doc("D7", "D", None, """Airwars - civilian harm incident
Incident code: TI0418
Incident date: July 3, 2022
Location: Chamanke, Amedi district, Duhok governorate, Iraq
Belligerent: Turkish Military
Civilian harm status: Fair
Civilians reported killed: 2-3
Civilians reported injured: 1
Summary: [[a|A Turkish drone strike hit a pick-up truck near Chamanke, Amedi district. Local sources reported 2-3 civilians killed, named as two brothers and possibly a cousin, and 1 injured]]. Turkish officials said the strike targeted PKK members.
""", [
    I("a", "2022-07-03", "July 3, 2022", "Chamanke, Amedi district", "Amedi", "Dohuk", "Turkey", "attributed",
      "civilians", "airstrike_operation", 2, "2-3 civilians killed", 1, "1 injured"),
])

doc("D8", "D", None, """Airwars - civilian harm incident
Incident code: TI0302
Incident date: June 19, 2021
Location: Khalifan, Soran district, Erbil governorate, Iraq
Belligerent: Turkish Military
Civilian harm status: Contested
Civilians reported killed: 1
Civilians reported injured: 0
Summary: [[a|One man was killed when a Turkish drone struck a car on the road near Khalifan, Soran district]]. Local media described him as a civilian beekeeper; Turkish sources said he was a PKK member. No injuries were reported.
""", [
    I("a", "2021-06-19", "June 19, 2021", "Soran", "Soran", "Erbil", "Turkey", "attributed",
      "civilians", "airstrike_operation", 1, "One man was killed", 0, "No injuries were reported"),
])

doc("D9", "D", None, IBC + """
k29244 | 15-Dec-2019 | 15-Dec-2019 | night | Al-Jumhuriya, Basra | protest activist outside his home | gunfire | 1-1 | AFP 16 Dec; Alsumaria 16 Dec
Notes: [[a|Gunmen on a motorbike shot dead a protest activist outside his home in Al-Jumhuriya, Basra]]. Deaths recorded in this entry: 1.
""", [
    I("a", "2019-12-15", "15-Dec-2019", "Al-Jumhuriya, Basra", "Basra", "Basra", "unknown", None,
      "civilians", "shooting", 1, "shot dead a protest activist", None, None),
])

doc("D10", "D", None, IBC + """
k31102 | 03-Oct-2022 | 03-Oct-2022 | afternoon | Amarah, Maysan | police officer in his car | adhesive (sticky) IED | 1-1 | 964 3 Oct; Shafaq News 4 Oct
Notes: [[a|An adhesive bomb exploded under the car of a police officer in Amarah, killing him]]. Deaths recorded in this entry: 1.
""", [
    I("a", "2022-10-03", "03-Oct-2022", "Amarah", "Amarah", "Maysan", None, None,
      "police", "ied", 1, "killing him", None, None),
])

doc("D11", "D", None, """Airwars - civilian harm incident
Incident code: TI0655
Incident date: August 27, 2024
Location: near Chwarta, Sulaymaniyah governorate, Iraq
Belligerent: Turkish Military
Civilian harm status: Weak
Civilians reported killed: 1
Civilians reported injured: 2
Summary: [[a|A Turkish drone struck a vehicle near Chwarta; one person was killed and two injured]], according to a single local source, which described the dead man as a civilian. Airwars could not confirm whether the victims were civilians.
""", [
    I("a", "2024-08-27", "August 27, 2024", "Chwarta", "Chwarta", "Sulaymaniyah", "Turkey", "attributed",
      "civilians", "airstrike_operation", 1, "one person was killed", 2, "two injured"),
])

doc("D12", "D", None, UCDP + """
321150 | 2019 | 1 | Government of Turkey | PKK | [[a|Turkish drone strike kills two PKK militants in Sinjar | Sinjar, Nineveh]] | Ninawa governorate | Sinjar district | 2019-10-09 | 2019-10-09 | 0 | 2 | 0 | 0 | 2 | 2 | 2
(type_of_violence 1 = state-based conflict; deaths_b = deaths of side_b)
""", [
    I("a", "2019-10-09", "2019-10-09", "Sinjar", "Sinjar", "Nineveh", "Turkey", "attributed",
      "PKK", "airstrike_operation", 2, "kills two PKK militants", None, None),
])

# ============================================================ E: embassy / consular alerts, risk briefs

doc("E1", "E", "2022-05-17", """IRAQ DAILY SECURITY BRIEF | 17/05/2022 (DD/MM/YYYY) | For client distribution only

DIYALA | [[a|On the 16th, an IED detonated against an Iraqi Army vehicle on the Baqubah-Muqdadiyah road near Hibhib, wounding one soldier]]. No claim.
ASSESSMENT: IS remains active in the Muqdadiyah and Abu Saida areas. Avoid the road during the hours of darkness.

BAGHDAD | Protest planned tomorrow at Tahrir Square over electricity outages.

MOVEMENT: Road moves Baghdad-Kirkuk permitted with standard procedures.
""", [
    I("a", "2022-05-16", "On the 16th", "Hibhib", "Hibhib", "Diyala", "unknown", "unclaimed",
      "army", "ied", None, None, 1, "wounding one soldier"),
])

doc("E2", "E", "2020-11-30", """IRAQ DAILY SECURITY BRIEF | 30/11/2020 (DD/MM/YYYY) | For client distribution only

NINEWA | 29/11 - [[a|An IED detonated next to a checkpoint of the 30th PMF Brigade at the western entrance of Bartella. No casualties]]. Perpetrator not identified.
ASSESSMENT: Low-level IED activity in the Nineveh Plains is assessed as LIKELY to continue.

ERBIL | Demonstration by teachers over unpaid salaries outside the KRG Council of Ministers.
""", [
    I("a", "2020-11-29", "29/11", "Bartella", "Bartella", "Nineveh", None, None,
      "PMU", "ied", 0, "No casualties", 0, "No casualties"),
])

doc("E3", "E", "2023-08-02", """ENERGY & MARINE RISK DAILY - 02.08.2023

IRAQ / KIRKUK: [[a|An IED detonated next to a pipeline at the Jambur field near Laylan on Tues. (1 Aug), causing a small fire but no casualties]]. North Oil Company said output was not affected. Authorities did not name a suspect.
Risk level (onshore northern Iraq): MEDIUM - unchanged.

IRAQ / BASRA: Port of Umm Qasr operations normal.
""", [
    I("a", "2023-08-01", "on Tues. (1 Aug)", "Laylan", "Laylan", "Kirkuk", None, None,
      "", "ied", 0, "causing a small fire but no casualties", 0, "causing a small fire but no casualties"),
])

doc("E4", "E", "2021-02-25", """IRAQ DAILY SECURITY BRIEF | 25/02/2021 (DD/MM/YYYY) | For client distribution only

AL ANBAR | [[a|An IED struck a convoy of trucks carrying coalition logistics on the Baghdad-Amman highway near Ramadi on Wed. (24 Feb). No casualties reported]].
ASSESSMENT: Attacks on coalition logistics convoys (LOGCONs) using small IEDs are ALMOST CERTAIN to continue across central and southern Iraq; these are typically conducted by Iran-aligned militia front groups.

BAGHDAD | Curfew extended on Fridays and Saturdays due to COVID-19.
""", [
    I("a", "2021-02-24", "on Wed. (24 Feb)", "Ramadi", "Ramadi", "Anbar", None, None,
      "US forces", "ied", 0, "No casualties reported", 0, "No casualties reported"),
])

doc("E5", "E", "2024-06-29", """Security Alert - U.S. Embassy Baghdad, Iraq (June 29, 2024)

Location: Baghdad, Iraq

Event: [[a|On the night of Friday to Saturday, a rocket landed in the International Zone (Green Zone) of Baghdad. No injuries were reported]]. The Embassy continues to remind U.S. citizens of the Level 4 Do Not Travel advisory for Iraq.

Actions to Take:
- Keep a low profile.
- Be aware of your surroundings.
- Monitor local media for updates.
""", [
    I("a", "2024-06-28", "On the night of Friday to Saturday", "Green Zone", "Baghdad", "Baghdad", None, None,
      "", "mortar_rocket", None, None, 0, "No injuries were reported"),
])

doc("E6", "E", "2020-04-22", """IRAQ DAILY SECURITY BRIEF | 22/04/2020 (DD/MM/YYYY) | For client distribution only

SALAH AL-DIN | 21/04 - [[a|Suspected IS militants attacked a PMF checkpoint near Al-Alam, north of Tikrit, killing one PMF member]].
ASSESSMENT: IS activity in Salah al-Din has increased during the COVID-19 curfew period.

NATIONAL | The government has extended the national curfew; road movement between provinces remains restricted.
""", [
    I("a", "2020-04-21", "21/04", "Al-Alam", "Al-Alam", "Salahuddin", "ISIS", "suspected",
      "PMU", "shooting", 1, "killing one PMF member", None, None),
])

doc("E7", "E", "2022-07-03", """Security Alert - U.S. Consulate General Erbil, Iraq (July 3, 2022)

Location: Duhok Governorate, Kurdistan Region of Iraq

Event: Local media report that [[a|a Turkish drone strike on July 2 near Bamerni killed two civilians]]. Military operations continue along the border with Turkey.

Actions to Take:
- Avoid the border areas of Duhok and Erbil governorates.
- Monitor local media.
- Review your personal security plans.
""", [
    I("a", "2022-07-02", "on July 2", "Bamerni", "Bamerni", "Dohuk", "Turkey", "attributed",
      "civilians", "airstrike_operation", 2, "killed two civilians", None, None),
])

doc("E8", "E", "2023-10-18", """ENERGY & MARINE RISK DAILY - 18.10.2023

IRAQ / BASRA: [[a|An IED under the car of a port official exploded in Umm Qasr on 17 Oct, injuring him]]. Port operations were not affected. Police gave no suspect.
Risk level (Basra offshore/ports): LOW - unchanged.

IRAQ / KURDISTAN: Further drone attacks against facilities hosting coalition personnel are LIKELY.
""", [
    I("a", "2023-10-17", "on 17 Oct", "Umm Qasr", "Umm Qasr", "Basra", None, None,
      "civilians", "ied", None, None, 1, "injuring him"),
])

doc("E9", "E", "2025-01-14", """RISK ALERT | ID IQ-250114-03 | issued 2025-01-14T09:40:00+03:00
Country: Iraq | Region: Karbala | Category: Explosive device | Severity: Moderate

Summary: [[a|A small explosive device placed in a rubbish bin near a bus station in Karbala city exploded at 06:30 local time, wounding three people]]. Authorities have not attributed responsibility.

Advice: Expect heightened security at checkpoints on the Karbala-Baghdad road.
""", [
    I("a", "2025-01-14", "at 06:30 local time", "Karbala city", "Karbala", "Karbala", None, None,
      "civilians", "ied", None, None, 3, "wounding three people"),
])

doc("E10", "E", "2022-04-19", """RISK ALERT | ID IQ-220419-01 | issued 2022-04-19T08:15:00+03:00
Country: Iraq | Region: Wasit | Category: IED | Severity: Moderate

Summary: [[a|An IED targeted an army patrol near Aziziyah late on 18 April, wounding two soldiers]]. No group has claimed responsibility.

Advice: Maintain standard precautions on the Baghdad-Kut highway.
""", [
    I("a", "2022-04-18", "late on 18 April", "Aziziyah", "Aziziyah", "Wasit", "unknown", "unclaimed",
      "army", "ied", None, None, 2, "wounding two soldiers"),
])

doc("E11", "E", "2023-05-10", """IRAQ DAILY SECURITY BRIEF | 10/05/2023 (DD/MM/YYYY) | For client distribution only

DHI QAR | 09/05 - [[a|Unknown individuals threw a hand grenade at the house of a Sadrist official in Gharraf. No casualties]].
ASSESSMENT: Intra-Shia tensions in Dhi Qar are likely to produce further low-level attacks on political figures.

BASRA | Tribal clash in Al-Dair; no impact on oil operations.
""", [
    I("a", "2023-05-09", "09/05", "Gharraf", "Gharraf", "Dhi Qar", "unknown", None,
      "civilians", "other", 0, "No casualties", 0, "No casualties"),
])

doc("E12", "E", "2022-11-22", """RISK ALERT | ID IQ-221122-02 | issued 2022-11-22T13:05:00+03:00
Country: Iraq | Region: Al Qadisiyah | Category: IED | Severity: Low

Summary: [[a|A sticky bomb exploded under the car of a local tribal leader in Hamza on the morning of 22 November, causing material damage only]]. No injuries. Authorities have not attributed responsibility.

Advice: No change to movement guidance.
""", [
    I("a", "2022-11-22", "on the morning of 22 November", "Hamza", "Hamza", "Qadisiyah", None, None,
      "civilians", "ied", 0, "causing material damage only", 0, "No injuries"),
])

# ============================================================ N: NGO access / protection notes

doc("N1", "N", "2022-06-03", """HUMANITARIAN ACCESS SNAPSHOT - DIYALA | May 2022 | issued 3 June 2022

Access constraints this month were mainly checkpoint delays on the Baquba-Khanaqin road.

Incidents affecting humanitarian assets: [[a|In the second half of May 2022, an IED damaged a water pumping station rehabilitated by a partner NGO near Al-Udhaim; no staff were harmed]]. The station is out of service.

Aggregate: 11 access impediments recorded in Diyala in May (9 movement restrictions, 2 interference in implementation).
""", [
    I("a", "2022-05", "In the second half of May 2022", "Al-Udhaim", "Udhaim", "Diyala", None, None,
      "", "ied", 0, "no staff were harmed", 0, "no staff were harmed", prec="month"),
])

doc("N2", "N", "2020-11-22", """PROTECTION FLASH UPDATE - Sinjar district - 22 November 2020

[[a|On 19 November 2020, unidentified gunmen shot dead a returnee in Sinune, Sinjar district]]. The victim had returned from a camp in Duhok two weeks earlier. Partners report fear among other returnee families in the sub-district.

Since 1 November, some 1,800 individuals have returned to Sinjar district from camps in Duhok governorate.

Protection partners are reinforcing psychosocial support in Sinune.
""", [
    I("a", "2020-11-19", "On 19 November 2020", "Sinjar", "Sinjar", "Nineveh", "unknown", None,
      "civilians", "shooting", 1, "shot dead a returnee", None, None),
])

doc("N3", "N", "2023-09-07", """NGO FIELD NOTE - Hawija district - 7 September 2023

[[a|At an unspecified date in August 2023, suspected ISIS members set fire to orchards belonging to returnee families in villages near Hawija. No one was hurt]]. Families told our team they fear more attacks before the harvest.

Our livelihoods programme will replace irrigation equipment for 24 households. Two planned community meetings were postponed.
""", [
    I("a", "2023-08", "At an unspecified date in August 2023", "Hawija", "Hawija", "Kirkuk", "ISIS", "suspected",
      "", "other", 0, "No one was hurt", 0, "No one was hurt", prec="month"),
])

doc("N4", "N", "2021-02-19", """MINE ACTION INCIDENT NOTE - 19 February 2021

[[a|On 17 February 2021 at around 08:30, an IED placed on the access road to a clearance site near Amiriyat al-Fallujah detonated as a team vehicle passed, injuring one deminer]]. He was evacuated to Fallujah hospital and is in stable condition.

Operations in the area are suspended pending a security review. This was the first deliberate attack on our teams in Anbar since 2019.
""", [
    I("a", "2021-02-17", "On 17 February 2021 at around 08:30", "Amiriyat al-Fallujah", "Amiriyat al-Fallujah", "Anbar",
      None, None, "civilians", "ied", None, None, 1, "injuring one deminer"),
])

doc("N5", "N", "2024-06-19", """NGO SECURITY ADVISORY - Baghdad - 19 June 2024

[[a|On 18 June 2024 at approx. 23:00, a small IED detonated outside the office of a local partner organisation in Al-Adhamiya, Baghdad, causing material damage only; no one was injured]]. The office was closed at the time.

Staff are advised to avoid the Al-Adhamiya office until further notice and to vary their routes.
""", [
    I("a", "2024-06-18", "On 18 June 2024 at approx. 23:00", "Al-Adhamiya, Baghdad", "Baghdad", "Baghdad", None, None,
      "", "ied", 0, "no one was injured", 0, "no one was injured"),
])

doc("N6", "N", "2020-05-06", """RETURNS MONITORING NOTE - Salah al-Din - 6 May 2020

[[a|At an unconfirmed date in April 2020, a returnee farmer was killed near Sulaiman Bek by suspected ISIS members]], according to the community leader interviewed by our team. His family has since left the village again.

Field visits in April were reduced because of COVID-19 movement restrictions; 6 of 14 planned visits took place.
""", [
    I("a", "2020-04", "At an unconfirmed date in April 2020", "Sulaiman Bek", "Sulaiman Bek", "Salahuddin", "ISIS",
      "suspected", "civilians", "shooting", 1, "a returnee farmer was killed", None, None, prec="month"),
])

doc("N7", "N", "2022-07-11", """COMMUNITY PROTECTION NOTE - Zakho district - 11 July 2022

[[a|On 9 July 2022, Turkish artillery shells landed near Derkar, Zakho district, injuring a 12-year-old boy]] who was grazing goats. He was taken to Zakho hospital.

Families in four villages around Derkar report that they no longer go to their fields in the afternoons. Our team distributed hygiene kits to 37 displaced households in Zakho town.
""", [
    I("a", "2022-07-09", "On 9 July 2022", "Zakho", "Zakho", "Dohuk", "Turkey", "attributed",
      "civilians", "mortar_rocket", None, None, 1, "injuring a 12-year-old boy"),
])

doc("N8", "N", "2020-01-08", """PARTNER SECURITY NOTE - Basra - 8 January 2020

[[a|During the first half of December 2019, the premises of a partner organisation in Basra were attacked with an explosive device at night; no one was hurt]]. The partner had hosted meetings of protest coordinators.

Partners in Basra are reducing the visibility of their offices; one has relocated to Al-Zubair.
""", [
    I("a", "2019-12", "During the first half of December 2019", "Basra", "Basra", "Basra", None, None,
      "", "ied", 0, "no one was hurt", 0, "no one was hurt", prec="month"),
])

doc("N9", "N", "2021-08-16", """HUMANITARIAN ACCESS SNAPSHOT - Sulaymaniyah | issued 16 August 2021

[[a|On 14 August 2021, a Turkish drone struck a vehicle near Qaladiza, killing one man described by the local authorities as a civilian]]. Partners suspended mobile clinics in the Pishdar area for three days.

No other incidents affecting humanitarian operations were recorded in the governorate in the first half of August.
""", [
    I("a", "2021-08-14", "On 14 August 2021", "Qaladiza", "Qaladiza", "Sulaymaniyah", "Turkey", "attributed",
      "civilians", "airstrike_operation", 1, "killing one man", None, None),
])

doc("N10", "N", "2023-03-13", """PROTECTION MONITORING NOTE - Najaf - 13 March 2023

[[a|On 11 March 2023, unknown persons threw an explosive device at the house of a women's rights activist in Al-Manathera; her brother was injured]]. She had received threats on social media in the preceding weeks.

Referral: the case was referred to a legal aid partner. Three more threats against activists in Najaf were reported to the cluster this month.
""", [
    I("a", "2023-03-11", "On 11 March 2023", "Al-Manathera", "Manathera", "Najaf", "unknown", None,
      "civilians", "other", None, None, 1, "her brother was injured"),
])

doc("N11", "N", "2020-11-12", """STAFF SAFETY NOTE - Wasit - 12 November 2020

[[a|In late October 2020, unknown gunmen kidnapped a staff member of a local NGO in Al-Suwaira; he was released three days later, unharmed]]. The motive is not known.

Staff movements in Suwaira district are suspended until further notice.
""", [
    I("a", "2020-10", "In late October 2020", "Al-Suwaira", "Suwaira", "Wasit", "unknown", None,
      "civilians", "kidnapping", 0, "unharmed", 0, "unharmed", prec="month"),
])

doc("N12", "N", "2021-09-30", """FIELD INCIDENT NOTE - Babil - 30 September 2021

[[a|On 28 September 2021, a roadside bomb exploded as a tractor passed on a farm road near Mahawil, injuring two farmers]]. The farmers were beneficiaries of our irrigation project.

No group has claimed the attack. Our team's visits to Mahawil were postponed by one week.
""", [
    I("a", "2021-09-28", "On 28 September 2021", "Mahawil", "Mahawil", "Babil", "unknown", "unclaimed",
      "civilians", "ied", None, None, 2, "injuring two farmers"),
])
