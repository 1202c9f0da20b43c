"""realworld13 data, part 1: styles K (CrisisWatch-style monthly country entries)
and A (asylum / country-of-origin report incident lists with footnotes)."""
from lib import I, doc

# =====================================================================  K
# CrisisWatch-style monthly entries: "IS 3 Aug killed ...", dates without a
# year (the year of the entry month); the page is published early in the next
# month, so every event lies before the report month.

doc("K1", "K", "2020-09-01", """CrisisWatch | Iraq
August 2020 - Unchanged Situation

Govt pursued strategic dialogue with U.S. while Islamic State (IS) kept up low-level insurgency in centre and north, notably in Diyala province.

Jihadist violence persisted in Diyala. [[a|IS militants 3 Aug shot dead two farmers tending orchards near Abu Saida town]], north east of provincial capital Baquba. [[b|Roadside bomb 17 Aug killed local Popular Mobilisation Forces (PMF) commander and wounded his driver in Imam Wais area near Muqdadiyah]]; no group claimed attack. Security forces 11-13 Aug swept Hamrin mountains, saying they destroyed 14 IS hideouts. In capital Baghdad, [[c|two rockets 20 Aug struck vicinity of Baghdad international airport, causing no casualties]]; no immediate claim.

PM 20 Aug met U.S. president in Washington; sides agreed to continue talks on reducing U.S. troop presence. Protests over electricity cuts continued in Basra and Nasiriyah.

Page published 1 September 2020""", [
    I("a", "2020-08-03", "3 Aug", "Abu Saida", "Abu Saida", "Diyala", "ISIS", "attributed",
      "civilians", "shooting", 2, "shot dead two farmers", None, None),
    I("b", "2020-08-17", "17 Aug", "Imam Wais", "Muqdadiyah", "Diyala", "unknown", "unclaimed",
      "PMU", "ied", 1, "killed local Popular Mobilisation Forces (PMF) commander", 1, "wounded his driver"),
    I("c", "2020-08-20", "20 Aug", "Baghdad international airport", "Baghdad", "Baghdad", "unknown",
      "unclaimed", "", "mortar_rocket", 0, "causing no casualties", 0, "causing no casualties"),
])

doc("K2", "K", "2022-02-01", """CrisisWatch | Iraq
January 2022 - Deteriorated Situation

Deadliest IS attack on military in over a year hit army in Diyala; new parliament's first session descended into scuffles.

IS stepped up attacks. In Nineveh province, [[a|IS militants 9 Jan ambushed army patrol south of Al-Hadar, killing two soldiers]]. [[c|In Diyala province, IS gunmen 21 Jan stormed army post in Al-Azim area north of Baquba, killing eleven soldiers]]; army next day launched clearance operation in area. [[b|Turkish drone 23 Jan struck vehicle near Sinune, Sinjar district, killing two members of Yazidi Sinjar Resistance Units (YBS)]], which Ankara considers PKK affiliate. Govt 24 Jan said some 2,000 families had returned to Sinjar since 2020.

Parliament 9 Jan held inaugural session; scuffles broke out before MPs re-elected speaker. Federal Supreme Court 25 Jan upheld session's legality.

Page published 1 February 2022""", [
    I("a", "2022-01-09", "9 Jan", "Al-Hadar", "Hadar", "Nineveh", "ISIS", "attributed",
      "army", "ambush", 2, "killing two soldiers", None, None),
    I("b", "2022-01-23", "23 Jan", "Sinune", "Sinjar", "Nineveh", "Turkey", "attributed",
      "PKK", "airstrike_operation", 2, "killing two members of Yazidi Sinjar Resistance Units (YBS)", None, None),
    I("c", "2022-01-21", "21 Jan", "Al-Azim", "Udhaim", "Diyala", "ISIS", "attributed",
      "army", "shooting", 11, "killing eleven soldiers", None, None),
])

doc("K3", "K", "2021-11-01", """CrisisWatch | Iraq
October 2021 - Unchanged Situation

Federal elections took place amid record-low turnout; Sadrist movement emerged as largest bloc while Iran-aligned factions rejected results. IS attacks continued in Kirkuk.

Parliamentary elections 10 Oct saw official turnout of 41%. Supporters of Iran-aligned factions from 19 Oct staged sit-in near Green Zone in Baghdad, alleging fraud.

IS remained active in Kirkuk province. [[a|IS 5 Oct opened fire on police checkpoint in Riyadh subdistrict, south west of Kirkuk city, killing one police officer and wounding two]]. [[b|Unidentified assailants 13 Oct threw grenade at house of newly elected MP in Kirkuk city's Domiz area, causing no casualties]]. [[c|IS militants 26 Oct ambushed Federal Police patrol with roadside bomb and gunfire in Wadi al-Shay area south of Daquq, killing three]]; reinforcements arrived hours later.

Page published 1 November 2021""", [
    I("a", "2021-10-05", "5 Oct", "Riyadh", "Riyadh", "Kirkuk", "ISIS", "attributed",
      "police", "shooting", 1, "killing one police officer", 2, "wounding two"),
    I("b", "2021-10-13", "13 Oct", "Domiz", "Kirkuk", "Kirkuk", "unknown", None,
      "civilians", "other", 0, "causing no casualties", 0, "causing no casualties"),
    I("c", "2021-10-26", "26 Oct", "Wadi al-Shay", "Daquq", "Kirkuk", "ISIS", "attributed",
      "police", "ambush+ied", 3, "killing three", None, None),
])

doc("K4", "K", "2019-08-01", """CrisisWatch | Iraq
July 2019 - Unchanged Situation

U.S.-Iran tensions continued to reverberate in Iraq, while IS sleeper cells kept up attacks in western desert.

PM 1 July ordered PMF factions to fold into state armed forces by end of month; several factions said they would comply, others ignored deadline.

In Anbar province, [[a|roadside bomb 8 July killed two soldiers near Al-Qaim]] close to Syrian border; [[b|IS 24 July shot dead three shepherds in desert near Rutba]]. Security forces 21 July launched new phase of desert clearance operation spanning Anbar, Salahuddin and Nineveh, reporting dozens of hideouts destroyed. Explosion 19 July at PMF weapons depot near Amirli, Salahuddin province, killed two; govt inquiry blamed summer heat and poor storage of munitions.

Page published 1 August 2019""", [
    I("a", "2019-07-08", "8 July", "Al-Qaim", "Qaim", "Anbar", None, None,
      "army", "ied", 2, "killed two soldiers", None, None),
    I("b", "2019-07-24", "24 July", "Rutba", "Rutba", "Anbar", "ISIS", "attributed",
      "civilians", "shooting", 3, "shot dead three shepherds", None, None),
])

doc("K5", "K", "2019-11-01", """CrisisWatch | Iraq
October 2019 - Deteriorated Situation

Mass anti-govt protests erupted in Baghdad and south, met with lethal force; hundreds killed nationwide during month.

Protests began 1 Oct in Baghdad against corruption, unemployment and poor services. [[a|Security forces 1 Oct opened fire on protesters in Baghdad's Tahrir Square, killing two and wounding over 200]]. Govt 2 Oct imposed curfew in capital and cut internet. [[b|Masked gunmen 5 Oct stormed office of private TV channel in Baghdad's Karrada district, beating staff and smashing equipment]] after channel aired protest footage. Govt inquiry 22 Oct found 149 civilians and eight security personnel killed 1-6 Oct. Protests resumed 25 Oct; [[c|security forces 25 Oct fired tear gas canisters directly at protesters on Al-Jumhuriya bridge, killing five]]. Demonstrators also torched party and militia offices in several southern provinces.

Page published 1 November 2019""", [
    I("a", "2019-10-01", "1 Oct", "Tahrir Square", "Baghdad", "Baghdad", "security forces", "attributed",
      "civilians", "shooting", 2, "killing two", 200, "wounding over 200"),
    I("b", "2019-10-05", "5 Oct", "Karrada", "Baghdad", "Baghdad", "unknown", None,
      "civilians", "other", None, None, None, None),
    I("c", "2019-10-25", "25 Oct", "Al-Jumhuriya bridge", "Baghdad", "Baghdad", "security forces",
      "attributed", "civilians", "other", 5, "killing five", None, None),
])

doc("K6", "K", "2022-10-01", """CrisisWatch | Iraq
September 2022 - Unchanged Situation

Political deadlock persisted after deadly unrest in capital late last month; IS attacks continued in Salahuddin.

After clashes between Sadrist supporters and security forces in Baghdad's Green Zone 29-30 Aug left over 30 dead, Sadrist leader's followers withdrew from streets. Parliament 28 Sept reconvened for first time since July and confirmed speaker in post.

In Salahuddin province, [[a|IS militants 4 Sept attacked army post in Mutaibijah area with small arms, killing an officer and a soldier]]. [[b|Roadside bomb 19 Sept hit PMF vehicle near Baiji, wounding three fighters]]. Elsewhere, Turkish drone strikes on suspected PKK targets continued in Kurdistan region.

Page published 1 October 2022""", [
    I("a", "2022-09-04", "4 Sept", "Mutaibijah", "Mutaibijah", "Salahuddin", "ISIS", "attributed",
      "army", "shooting", 2, "killing an officer and a soldier", None, None),
    I("b", "2022-09-19", "19 Sept", "Baiji", "Baiji", "Salahuddin", None, None,
      "PMU", "ied", None, None, 3, "wounding three fighters"),
])

doc("K7", "K", "2023-07-03", """CrisisWatch | Iraq
June 2023 - Unchanged Situation

Parliament passed three-year budget; Turkey pursued strikes on PKK in Kurdistan region.

Parliament 12 June approved record federal budget covering 2023-2025 after months of wrangling over Kurdistan region's share of oil revenues.

Turkish operations against PKK continued in north. [[a|Turkish drone 6 June struck car near Sharanish village in Zakho district, Dohuk province, killing two people local officials described as civilians]]. [[c|Suspected Turkish drone 14 June hit vehicle near Said Sadiq, Sulaymaniyah province, killing three people described by local officials as PKK members]]. [[b|Turkish artillery 21 June shelled areas around Kani Masi subdistrict, setting orchards ablaze]]; no casualties reported. Kurdistan region's govt again called on both sides to keep fighting away from villages.

Page published 3 July 2023""", [
    I("a", "2023-06-06", "6 June", "Sharanish", "Zakho", "Dohuk", "Turkey", "attributed",
      "civilians", "airstrike_operation", 2, "killing two people", None, None),
    I("b", "2023-06-21", "21 June", "Kani Masi", "Kani Masi", "Dohuk", "Turkey", "attributed",
      "", "mortar_rocket", 0, "no casualties reported", 0, "no casualties reported"),
    I("c", "2023-06-14", "14 June", "Said Sadiq", "Sayid Sadiq", "Sulaymaniyah", "Turkey", "suspected",
      "PKK", "airstrike_operation", 3, "killing three people", None, None),
])

doc("K8", "K", "2024-05-01", """CrisisWatch | Iraq
April 2024 - Unchanged Situation

PM visited Washington; drone strike hit gas field in Kurdistan region; activists targeted in Basra.

PM 15 April met U.S. president in Washington; both sides reaffirmed plan to wind down U.S.-led coalition's mission. In Basra city, [[a|unidentified gunmen 9 April shot dead civil society activist in Al-Hayaniya neighbourhood]]; activists said he had received threats. Unexplained explosion 19 April at PMF base in Babil province killed one and injured eight; army said no aircraft had been detected in area at time. [[b|Explosive-laden drone 26 April struck Khor Mor gas field in Chamchamal district, Sulaymaniyah province, killing three foreign workers]]; no group claimed responsibility and gas supply to Kurdistan region's power stations was briefly cut.

Page published 1 May 2024""", [
    I("a", "2024-04-09", "9 April", "Al-Hayaniya", "Basra", "Basra", "unknown", None,
      "civilians", "shooting", 1, "shot dead civil society activist", None, None),
    I("b", "2024-04-26", "26 April", "Khor Mor", "Chamchamal", "Sulaymaniyah", "unknown", "unclaimed",
      "civilians", "other", 3, "killing three foreign workers", None, None),
])

doc("K9", "K", "2025-03-03", """CrisisWatch | Iraq
February 2025 - Unchanged Situation

Parliament amended budget law to restart Kurdistan region oil exports; targeted violence persisted in south.

Parliament 2 Feb passed budget amendment covering production costs of Kurdistan region oil, paving way for resumption of exports via Turkey; talks on implementation dragged on through month.

Targeted violence persisted in southern provinces. [[a|Gunmen 12 Feb shot dead Sadrist movement official in Nasiriyah]], Dhi Qar province; police opened investigation. [[b|Sound bomb 20 Feb damaged house of judge in Amarah, Maysan province; no one was hurt]]. Tribal clashes over land 23-24 Feb in northern Basra left four dead; security forces deployed to separate sides.

Page published 3 March 2025""", [
    I("a", "2025-02-12", "12 Feb", "Nasiriyah", "Nasiriyah", "Dhi Qar", "unknown", None,
      "civilians", "shooting", 1, "shot dead Sadrist movement official", None, None),
    I("b", "2025-02-20", "20 Feb", "Amarah", "Amarah", "Maysan", None, None,
      "civilians", "ied", 0, "no one was hurt", 0, "no one was hurt"),
])

doc("K10", "K", "2020-02-03", """CrisisWatch | Iraq
January 2020 - Deteriorated Situation

U.S.-Iran confrontation played out on Iraqi soil early in month; parliament voted 5 Jan in favour of foreign troop withdrawal; protest violence continued in south.

Protest movement entered fourth month despite PM's resignation in Dec. [[a|In Karbala, security forces 20 Jan fired live ammunition at protesters near provincial council building, killing two]] and injuring dozens. [[b|In Najaf province, unidentified gunmen 14 Jan shot and wounded prominent activist in Kufa]]; he survived after surgery. Sadrist movement 24 Jan held mass rally in Baghdad demanding U.S. withdrawal, then 25 Jan withdrew its support from protest camps, after which security forces cleared several sit-ins.

Page published 3 February 2020""", [
    I("a", "2020-01-20", "20 Jan", "Karbala", "Karbala", "Karbala", "security forces", "attributed",
      "civilians", "shooting", 2, "killing two", None, None),
    I("b", "2020-01-14", "14 Jan", "Kufa", "Kufa", "Najaf", "unknown", None,
      "civilians", "shooting", None, None, 1, "shot and wounded prominent activist"),
])

doc("K11", "K", "2023-12-01", """CrisisWatch | Iraq
November 2023 - Deteriorated Situation

Iran-aligned armed factions escalated attacks on U.S. forces amid war in Gaza; U.S. retaliated.

Self-proclaimed "Islamic Resistance in Iraq" claimed dozens of drone and rocket attacks on bases hosting U.S. forces in Iraq and Syria during month. Notably, [[a|three drones 9 Nov targeted Ain al-Asad airbase in Anbar province, causing no casualties]]; group claimed attack. [[b|Rockets 22 Nov landed near Harir base in Erbil province without causing casualties]]; Islamic Resistance in Iraq again claimed responsibility. In retaliation for attacks on its forces, [[c|U.S. 21 Nov conducted air strikes on positions of Iran-aligned PMF faction in Jurf al-Nasr, Babil province, killing eight]]; govt condemned strikes as violation of sovereignty.

Provincial election campaign opened ahead of 18 Dec vote.

Page published 1 December 2023""", [
    I("a", "2023-11-09", "9 Nov", "Ain al-Asad", "Ain al-Asad", "Anbar", "PMU", "claimed",
      "US forces", "other", 0, "causing no casualties", 0, "causing no casualties"),
    I("b", "2023-11-22", "22 Nov", "Harir", "Harir", "Erbil", "PMU", "claimed",
      "US forces", "mortar_rocket", 0, "without causing casualties", 0, "without causing casualties"),
    I("c", "2023-11-21", "21 Nov", "Jurf al-Nasr", "Jurf al-Nasr", "Babil", "US forces", "attributed",
      "PMU", "airstrike_operation", 8, "killing eight", None, None),
])

doc("K12", "K", "2021-06-01", """CrisisWatch | Syria
May 2021 - Unchanged Situation

Regime held presidential election in areas under its control; IS insurgency persisted in central desert.

Presidential election 26 May returned incumbent with official 95% of vote; opposition and Western govts rejected poll as illegitimate.

IS insurgency persisted in central desert (Badia). [[a|IS militants 17 May attacked army checkpoint near Al-Shoula on Deir ez-Zor-Palmyra highway with machine guns, killing three soldiers]]. Russian airstrikes 20-22 May targeted IS hideouts in Badia. In north east, tensions rose between Kurdish-led Syrian Democratic Forces and Arab tribes in Deir ez-Zor countryside over fuel prices.

Page published 1 June 2021""", [
    I("a", "2021-05-17", "17 May", "Al-Shoula", "Al-Shoula", None, "ISIS", "attributed",
      "army", "shooting", 3, "killing three soldiers", None, None, country="Syria"),
], country="Syria")


# =====================================================================  A
# Asylum / COI reports (EUAA, ACCORD, Landinfo, CGRS-CEDOCA, Home Office CPIN):
# incident lists with footnote numbers, aggregates from ACLED / UNAMI, long
# gaps between the events and the publication date.

doc("A1", "A", "2021-03-12", """EUAA Country of Origin Information Report
Iraq - Security situation
Publication date: 12 March 2021

2.6 Diyala
2.6.4 Security incidents in August 2020

ACLED recorded 61 security incidents in Diyala in August 2020, 38 of which were coded as explosions/remote violence.[412] Sources described the attacks as concentrated in the Hamrin foothills and in the orchards of Abu Saida and Muqdadiyah.[413] Examples of incidents reported in the period:

- [[a|On 10 August 2020, an IED struck a Federal Police patrol near Al-Mukhaisa village in Abu Saida subdistrict, killing one officer and injuring two others.]][414]
- [[b|In August 2020 (exact date not reported), unidentified armed men abducted two shepherds in the Hamrin foothills near Qara Tapa; their fate was unknown at the time of writing.]][415]
- On 19 August 2020, security forces arrested four suspected ISIL members in Baquba.[416]

[414] Shafaq News, Diyala: policeman killed in IED blast, 11 August 2020, url
[415] Kurdistan 24, Shepherds missing near Qara Tapa, 29 August 2020, url
[416] INA, Four terrorists arrested in Baquba, 19 August 2020, url""", [
    I("a", "2020-08-10", "On 10 August 2020", "Al-Mukhaisa", "Abu Saida", "Diyala", None, None,
      "police", "ied", 1, "killing one officer", 2, "injuring two others"),
    I("b", "2020-08", "In August 2020 (exact date not reported)", "Qara Tapa", "Qara Tapa", "Diyala",
      "unknown", None, "civilians", "kidnapping", None, None, None, None, prec="month"),
])

doc("A2", "A", "2022-11-30", """EUAA Country of Origin Information Report
Iraq - Security situation
Publication date: 30 November 2022

2.9 Ninewa
2.9.4 Incidents involving ISIL

According to ACLED, ISIL-attributed incidents in Ninewa were concentrated in the desert areas south of Mosul and along the Syrian border; the group's attacks in January 2022 mostly targeted security positions.[611] UNAMI documented 12 civilian casualties in Ninewa in the first quarter of 2022.[612]

- [[a|On 15 January 2022, ISIL fighters opened fire on an army position in the desert south of Al-Baaj, killing two soldiers.]][613]
- [[b|On 27 January 2022, unidentified gunmen shot dead a mukhtar in Bartella, in Al-Hamdaniya district.]][614]
- On 22 January 2022, the Iraqi air force conducted strikes on ISIL hideouts in the Wadi al-Tharthar area.[615]

[613] Rudaw, Two soldiers killed in ISIS attack in Baaj, 15 January 2022, url
[614] Shafaq News, Mukhtar assassinated in Nineveh Plains, 28 January 2022, url
[615] INA, Iraqi air force destroys ISIS hideouts, 22 January 2022, url""", [
    I("a", "2022-01-15", "On 15 January 2022", "Al-Baaj", "Baaj", "Nineveh", "ISIS", "attributed",
      "army", "shooting", 2, "killing two soldiers", None, None),
    I("b", "2022-01-27", "On 27 January 2022", "Bartella", "Hamdaniya", "Nineveh", "unknown", None,
      "civilians", "shooting", 1, "shot dead a mukhtar", None, None),
])

doc("A3", "A", "2022-06-15", """CGRS-CEDOCA - COI Focus
IRAQ: Kirkuk - Security situation and targeting of candidates
15 June 2022 (update)

4.2 Election-related violence

The campaign for the October 2021 elections in Kirkuk was accompanied by threats, the tearing down of posters and a small number of attacks against candidates, mostly without casualties (53). The Turkmen Front and Arab lists both reported intimidation of their candidates (54).

[[a|On 3 October 2021, a sticky bomb attached to the car of a Turkmen parliamentary candidate exploded in Kirkuk's Tisin neighbourhood, injuring the candidate; nobody was killed]] (55).

4.3 ISIL activity

[[b|On 18 October 2021, ISIL members opened fire on a checkpoint of the Tribal Mobilisation near Al-Abbasi, Hawija district, killing three fighters]] (56). In the same month the security forces announced the arrest of 19 suspects in Hawija district (57).

(55) Rudaw, 3 October 2021; (56) Shafaq News, 18 October 2021; (57) INA, 30 October 2021""", [
    I("a", "2021-10-03", "On 3 October 2021", "Tisin", "Kirkuk", "Kirkuk", None, None,
      "civilians", "ied", 0, "nobody was killed", 1, "injuring the candidate"),
    I("b", "2021-10-18", "On 18 October 2021", "Al-Abbasi", "Hawija", "Kirkuk", "ISIS", "attributed",
      "PMU", "shooting", 3, "killing three fighters", None, None),
])

doc("A4", "A", "2020-01-21", """ACCORD - Query response on Iraq: Anbar - security situation in July 2019 [a-11045]
21 January 2020

This response was prepared after researching publicly accessible information within time constraints. It is not conclusive as to the merits of any particular claim.

Iraqi News reports on 15 July 2019 that [[a|on 14 July 2019 two members of the Tribal Mobilisation were killed when an IED exploded near their vehicle in Wadi Horan, west of Rutba]] (Iraqi News, 15 July 2019).

Shafaq News writes that [[b|on 30 July 2019 unknown persons threw a hand grenade at the house of a local councillor in Fallujah, causing material damage only]] (Shafaq News, 31 July 2019).

The Joint Operations Command stated that the second phase of the 'Will of Victory' operation had cleared 1,200 square kilometres of desert in western Anbar (JOC, 28 July 2019).

Sources: (all accessed 20 January 2020)""", [
    I("a", "2019-07-14", "on 14 July 2019", "Wadi Horan", "Rutba", "Anbar", None, None,
      "PMU", "ied", 2, "two members of the Tribal Mobilisation were killed", None, None),
    I("b", "2019-07-30", "on 30 July 2019", "Fallujah", "Fallujah", "Anbar", "unknown", None,
      "civilians", "other", 0, "causing material damage only", 0, "causing material damage only"),
])

doc("A5", "A", "2020-03-19", """EASO Country of Origin Information Report
Iraq - Security situation
March 2020 (publication date: 19 March 2020)

1.4.2 Protests and their repression

UNAMI documented at least 490 deaths and more than 7,700 injuries among protesters and security personnel between 1 October 2019 and 31 January 2020.[88] Sources attributed most deaths to live fire, tear-gas canisters fired at head height and unidentified 'third parties'.[89]

- [[a|On 4 October 2019, unidentified snipers positioned on rooftops fired on protesters near Al-Tayaran Square in Baghdad, killing at least eight people.]][90]
- [[b|On 11 October 2019, a volunteer paramedic was abducted by unidentified men near Al-Saadoun Street in central Baghdad; he was released twelve days later.]][91]
- On 20 October 2019, the Baghdad Operations Command announced a ban on protests near government buildings.[92]

[90] Amnesty International, 5 October 2019; [91] HRW, 24 October 2019; [92] INA, 20 October 2019""", [
    I("a", "2019-10-04", "On 4 October 2019", "Al-Tayaran Square", "Baghdad", "Baghdad", "unknown", None,
      "civilians", "shooting", 8, "killing at least eight people", None, None),
    I("b", "2019-10-11", "On 11 October 2019", "Al-Saadoun Street", "Baghdad", "Baghdad", "unknown", None,
      "civilians", "kidnapping", None, None, None, None),
])

doc("A6", "A", "2023-02-09", """EUAA Country Focus / Iraq - Security situation
Publication date: 9 February 2023

2.13 Salah al-Din
2.13.3 Recent security trends and incidents

In September 2022, ACLED coded 24 incidents in Salah al-Din, most of them in the Makhoul and Hamrin mountain ranges and in the desert areas of Samarra and Baiji.[701]

- [[a|On 11 September 2022, ISIL fighters opened fire with light weapons on a PMF position in the Makhoul mountains north of Baiji, killing two PMF members and injuring three.]][702]
- [[b|On 25 September 2022, two farmers were killed by an IED planted in their field near Al-Ishaqi, Balad district.]][703]
- On 27 September 2022, the Counter-Terrorism Service said it had killed four ISIL members in an air-supported raid in the Mutaibijah area.[704]

[702] Shafaq News, 11 September 2022; [703] Rudaw, 26 September 2022; [704] CTS statement, 27 September 2022""", [
    I("a", "2022-09-11", "On 11 September 2022", "Makhoul mountains", "Baiji", "Salahuddin", "ISIS",
      "attributed", "PMU", "shooting", 2, "killing two PMF members", 3, "injuring three"),
    I("b", "2022-09-25", "On 25 September 2022", "Al-Ishaqi", "Balad", "Salahuddin", None, None,
      "civilians", "ied", 2, "two farmers were killed", None, None),
])

doc("A7", "A", "2024-01-18", """CGRS-CEDOCA - COI Focus
IRAQ - Kurdistan Region: Turkish military operations and their impact on civilians
18 January 2024

3.1 Duhok governorate

Community Peacemaker Teams documented 51 Turkish bombardments in Duhok governorate in June 2023 alone, mostly in Amedi and Zakho districts (52). Several villages in the Barwari Bala area remain partly abandoned (53).

[[a|On 16 June 2023, a Turkish drone strike on a vehicle near Deraluk killed one person whom Kurdish media identified as a PKK member]] (54). [[b|On 28 June 2023, Turkish artillery shells hit the outskirts of Chamanke, Amedi district, injuring a shepherd]] (55). On 30 June 2023 the Duhok governor again asked the federal government to raise the issue with Ankara (56).

(54) Kurdistan 24, 16 June 2023; (55) CPT, June 2023 report; (56) Rudaw, 30 June 2023""", [
    I("a", "2023-06-16", "On 16 June 2023", "Deraluk", "Deraluk", "Dohuk", "Turkey", "attributed",
      "PKK", "airstrike_operation", 1, "killed one person", None, None),
    I("b", "2023-06-28", "On 28 June 2023", "Chamanke", "Amedi", "Dohuk", "Turkey", "attributed",
      "civilians", "mortar_rocket", None, None, 1, "injuring a shepherd"),
])

doc("A8", "A", "2025-02-20", """Country Policy and Information Note
Iraq: Security situation in the Kurdistan Region (KRI)
Version 3.0, 20 February 2025

7.2 Incidents in Erbil governorate

7.2.1 Violent incidents in Erbil governorate remained rare compared with federal Iraq. ACLED recorded 118 events in the governorate in 2024, most of them Turkish strikes in Soran and Sidakan (see section 8).[111]

7.2.2 [[a|On 9 July 2024, an IED attached to the car of a member of an Iranian Kurdish opposition party exploded in Koya, injuring him.]][112] The Asayish did not say who they suspected.[113]

7.2.3 [[b|On 22 October 2024, a Turkish drone strike near Sidakan, Soran district, killed two PKK fighters, according to local officials.]][114]

7.2.4 Protests by public-sector employees over unpaid salaries took place in Erbil and Koya throughout 2024 and were mostly peaceful.[115]""", [
    I("a", "2024-07-09", "On 9 July 2024", "Koya", "Koya", "Erbil", None, None,
      "civilians", "ied", None, None, 1, "injuring him"),
    I("b", "2024-10-22", "On 22 October 2024", "Sidakan", "Soran", "Erbil", "Turkey", "attributed",
      "PKK", "airstrike_operation", 2, "killed two PKK fighters", None, None),
])

doc("A9", "A", "2025-09-24", """EUAA Country of Origin Information Report
Iraq - Targeting of individuals
Publication date: 24 September 2025

5.3 Activists and human rights defenders in the south

Activists in Basra, Maysan and Dhi Qar continued to report threats, summonses and occasional attacks in 2025; most incidents were not claimed and few led to prosecutions.[300]

- [[a|On 8 March 2025, an activist was shot and injured by unknown gunmen in the Al-Tuwaisa area of Basra.]][301]
- [[b|In May 2025 (exact date not given), the office of a lawyer who had represented detained protesters in Amarah was targeted with a sound bomb.]][305] The source did not report casualties.
- On 11 June 2025, a court in Nasiriyah sentenced a man to death for the 2020 killing of a protester.[306]

[301] Shafaq News, 9 March 2025; [305] Iraqi Observatory for Human Rights, June 2025; [306] INA, 11 June 2025""", [
    I("a", "2025-03-08", "On 8 March 2025", "Al-Tuwaisa", "Basra", "Basra", "unknown", None,
      "civilians", "shooting", None, None, 1, "was shot and injured"),
    I("b", "2025-05", "In May 2025 (exact date not given)", "Amarah", "Amarah", "Maysan", None, None,
      "", "ied", None, None, None, None, prec="month"),
])

doc("A10", "A", "2022-02-04", """ACCORD - Query response on Iraq: Babil and Najaf governorates - security incidents in 2021 [a-11802]
4 February 2022

This response was prepared after researching publicly accessible information within time constraints.

According to the Iraqi news site Shafaq News, [[a|on 12 July 2021 an IED exploded near a convoy of trucks contracted to the international coalition on the highway near Al-Mahawil, causing damage but no casualties]] (Shafaq News, 12 July 2021). Similar attacks on coalition supply convoys were reported on the southern highway throughout the first half of 2021 (Joel Wing, Musings on Iraq, 2021).

Rudaw reports that [[b|on 2 March 2021 unknown assailants threw an explosive device at the house of a judge in Kufa, causing material damage without casualties]] (Rudaw, 3 March 2021).

No further incidents in Najaf governorate were found within the time constraints.""", [
    I("a", "2021-07-12", "on 12 July 2021", "Al-Mahawil", "Mahawil", "Babil", None, None,
      "US forces", "ied", 0, "causing damage but no casualties", 0, "causing damage but no casualties"),
    I("b", "2021-03-02", "on 2 March 2021", "Kufa", "Kufa", "Najaf", "unknown", None,
      "civilians", "other", 0, "causing material damage without casualties", 0,
      "causing material damage without casualties"),
])

doc("A11", "A", "2023-05-10", """Landinfo - Temanotat / Topical note
Iraq: Return to Sinjar
10 May 2023

1. Background

In August 2014, ISIL attacked Sinjar district and killed or abducted thousands of Yazidis; mass graves are still being exhumed (UNITAD 2022). After the area was retaken in 2015 and 2017, returns were slow.

2. Returns and conditions

IOM counted some 2,300 families returning to Sinjar district in 2022, mostly to Sinune and Khanasor; many returned to damaged houses without services (IOM DTM 2023).

3. Security

Landinfo's sources described the security situation as tense but calm in the first months of 2023. On 5 March 2023 a boy was killed by an explosive remnant of war while herding sheep near Sinune; the device dated from the 2014-2015 fighting (source in Duhok, March 2023). On 14 April 2023 police arrested two men for selling weapons in Sinjar market. The sources knew of no armed attacks on returnees in this period.""", [], noise=True)

doc("A12", "A", "2021-04-08", """EASO Country of Origin Information Report
Iraq - Security situation
Publication date: 8 April 2021

2.14 Qadisiyah and Muthanna

Both governorates saw little insurgent activity in 2020; the main security concerns were tribal conflicts and attacks on logistics convoys supplying the international coalition, which ACLED recorded along the southern highway from August 2020 onwards.[510]

- [[a|On 15 September 2020, an IED hit a convoy carrying supplies for the international coalition on the highway near Al-Diwaniyah, injuring the Iraqi driver of one truck.]][512]
- [[b|On 6 October 2020, an IED struck another coalition supply convoy near Samawa, causing no casualties.]][515]
- Tribal disputes in Al-Rumaitha district caused at least four deaths in 2020.[516]

[512] Shafaq News, 15 September 2020; [515] Alsumaria, 6 October 2020; [516] Muthanna police, 2020""", [
    I("a", "2020-09-15", "On 15 September 2020", "Al-Diwaniyah", "Diwaniyah", "Qadisiyah", None, None,
      "US forces", "ied", None, None, 1, "injuring the Iraqi driver of one truck"),
    I("b", "2020-10-06", "On 6 October 2020", "Samawa", "Samawa", "Muthanna", None, None,
      "US forces", "ied", 0, "causing no casualties", 0, "causing no casualties"),
])
