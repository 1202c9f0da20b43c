"""realworld16 data, part 4: styles H (NGO / UN notes), S (social-media /
Telegram posts of local journalists), F (local-press follow-ups: funerals,
anniversaries, trials, arrests)."""
from lib import I, doc

# ======================================================================= H
# NGO / UN notes: OCHA flash updates, UNAMI statements, protection-cluster
# notes, NGO safety notes; civilian-harm wording.

doc("H1", "H", "2021-06-15", """IRAQ: Humanitarian Flash Update No. 2 - Salah al-Din - 15 June 2021

Situation overview
[[a|On 13 June, a mortar round struck a family house in Al-Bu Ajil village, east of Tikrit]], killing a nine-year-old boy and injuring his mother. Partners report that around 40 families in the village have temporarily moved to relatives in Tikrit.

Humanitarian response
Protection partners are providing psychological first aid; the health directorate has deployed a mobile clinic. Humanitarian partners call on all parties to respect the protection of civilians.""", [
    I("a", "2021-06-13", "On 13 June", "Al-Bu Ajil village", "Tikrit", "Salahuddin", None, None,
      "civilians", "mortar_rocket", 1, "killing a nine-year-old boy", 1, "injuring his mother"),
])

doc("H2", "H", "2022-03-23", """Protection Cluster Iraq - Diyala sub-national - Incident note, 23 March 2022

Incident: [[a|On the evening of 20 March, an improvised explosive device detonated near a cluster of returnee houses in Sadiya sub-district]], injuring two children (aged 7 and 11). No fatalities. The children were treated in Baquba Teaching Hospital.

Concerns: this is the first IED incident affecting returnees in the sub-district this year; families report fear of further attacks. Recommended actions: risk education, referral for psychosocial support.""", [
    I("a", "2022-03-20", "On the evening of 20 March", "Sadiya", "Sadiya", "Diyala", None, None,
      "civilians", "ied", 0, "No fatalities", 2, "injuring two children"),
])

doc("H3", "H", "2019-08-27", """UNICEF Iraq - statement attributable to the Representative - Baghdad, 27 August 2019

"I am deeply saddened by reports that [[a|two boys were killed and a third was injured when an explosive device detonated as they collected scrap metal in Daquq district, Kirkuk, on Saturday 24 August]].

Children should never be the target of violence. UNICEF calls on all parties to protect children and on the authorities to clear explosive hazards from farmland and roads."

The device had been planted recently, local officials said; it was not a remnant of the war.""", [
    I("a", "2019-08-24", "on Saturday 24 August", "Daquq district", "Daquq", "Kirkuk", None, None,
      "civilians", "ied", 2, "two boys were killed", 1, "a third was injured"),
])

doc("H4", "H", "2020-11-19", """Anbar Protection Monitoring - weekly highlights (12-18 November 2020) - shared 19/11/2020

- Civilian harm: [[a|On 16 November, an IED planted near the door of a returnee house in Al-Saqlawiya detonated]], injuring two women. No one was killed. The family had returned from Amiriyat al-Fallujah camp in October.
- Movement: 23 households departed camps for Anbar districts of origin.
- Documentation: civil-status teams visited Al-Karma.""", [
    I("a", "2020-11-16", "On 16 November", "Al-Saqlawiya", "Saqlawiyah", "Anbar", None, None,
      "civilians", "ied", 0, "No one was killed", 2, "injuring two women"),
])

doc("H5", "H", "2023-02-24", """IOM Iraq - Sinjar area-based note - 24 February 2023

Returns to Sinjar district slowed in February. [[a|On 22 February, unidentified gunmen shot dead a Yazidi returnee in Sinune]] while he was working in his field; community leaders told IOM teams that several families have postponed their return since.

Shelter: 14 rehabilitated houses were handed over. WASH: water trucking continues in Sinune and Khanasor.""", [
    I("a", "2023-02-22", "On 22 February", "Sinune", "Sinjar", "Nineveh", "unknown", None,
      "civilians", "shooting", 1, "shot dead a Yazidi returnee", None, None),
])

doc("H6", "H", "2024-07-23", """Civilian harm update - northern Duhok (NGO documentation team) - 23 July 2024

Our team confirmed that [[a|a Turkish drone strike killed a beekeeper near Batifa on 20 July]] while he tended hives outside his village. His nephew, who was with him, escaped unhurt. Relatives said he had no links to any armed group.

Since January we have documented repeated drone and artillery strikes in the Batifa and Kani Masi areas; figures are in the annex.""", [
    I("a", "2024-07-20", "on 20 July", "Batifa", "Batifa", "Dohuk", "Turkey", "attributed",
      "civilians", "airstrike_operation", 1, "killed a beekeeper", 0, "His nephew, who was with him, escaped unhurt"),
])

doc("H7", "H", "2021-07-13", """UNAMI - Press statement - Baghdad, 13 July 2021

The United Nations Assistance Mission for Iraq (UNAMI) condemns [[a|the targeted killing of a civil-society activist by unidentified gunmen in Karbala on the night of 12 July]]. The activist was shot near his home.

Such attacks must not go unpunished. UNAMI urges the authorities to identify the perpetrators, and reiterates that freedom of expression must be protected ahead of the October elections.""", [
    I("a", "2021-07-12", "on the night of 12 July", "Karbala", "Karbala", "Karbala", "unknown", None,
      "civilians", "shooting", 1, "the targeted killing of a civil-society activist", None, None),
])

doc("H8", "H", "2023-12-11", """UN Women Iraq - statement - 11 December 2023

UN Women is alarmed by [[a|the grenade attack on the house of a woman candidate for the Qadisiyah provincial council in Al-Diwaniyah on 9 December]]. No one was injured, but the candidate has suspended her campaign.

Violence against women candidates discourages women's participation. We call for the attack to be investigated before the 18 December provincial elections.""", [
    I("a", "2023-12-09", "on 9 December", "Al-Diwaniyah", "Diwaniyah", "Qadisiyah", None, None,
      "civilians", "other", 0, "No one was injured", 0, "No one was injured"),
])

doc("H9", "H", "2021-12-18", """OCHA - Flash Update No. 1 - Flash floods in Erbil Governorate - 18 December 2021

Heavy rain on 16-17 December caused flash floods in Erbil city and Makhmour district. According to the Kurdistan Region authorities, 12 people died and hundreds of houses were damaged. Civil defence teams rescued dozens of families. Humanitarian partners are distributing non-food items and assessing needs. No security incidents were reported.""", [], noise=True)

doc("H10", "H", "2022-02-21", """NGO safety note - Wasit - week 7 (shared 21 Feb 2022)

Incident: [[a|On 16 February, gunmen fired at a marked NGO vehicle on the road near Badra]] as it returned from a distribution. The national driver was slightly injured by glass; the two staff members were unharmed. The vehicle was hit four times.

Advice: movements to Badra are suspended until further notice; use the Kut route only in daylight.""", [
    I("a", "2022-02-16", "On 16 February", "Badra", "Badra", "Wasit", "unknown", None,
      "civilians", "shooting", None, None, 1, "The national driver was slightly injured"),
])

doc("H11", "H", "2020-02-07", """UNAMI - Statement of the Special Representative - 7 February 2020

The Special Representative deplores [[a|the violence of 6 February in Al-Sadrain Square, Najaf, where armed men attacked peaceful demonstrators]], killing six protesters and wounding at least 80, according to the health directorate.

Armed groups must not be allowed to attack protesters. UNAMI calls for the perpetrators to be held to account.""", [
    I("a", "2020-02-06", "6 February", "Al-Sadrain Square", "Najaf", "Najaf", "unknown", None,
      "civilians", "shooting", 6, "killing six protesters", 80, "wounding at least 80"),
])

doc("H12", "H", "2025-04-02", """Protection monitoring - Maysan - monthly snapshot, March 2025 (issued 2 April 2025)

- Civilian harm: [[a|In March, an explosive device damaged the house of a returnee family in Ali al-Gharbi]] (exact date not recorded); no one was hurt. The family had returned from Baghdad in January.
- Housing, land and property: 11 disputes referred to legal partners.
- Access: no restrictions reported.""", [
    I("a", "2025-03", "In March", "Ali al-Gharbi", "Ali al-Gharbi", "Maysan", None, None,
      "civilians", "ied", 0, "no one was hurt", 0, "no one was hurt", prec="month"),
])

# ======================================================================= S
# Telegram / social-media posts by local journalists: hashtags, times,
# abbreviations; relative words count from each post's own date.

doc("S1", "S", "2021-06-29", """Telegram | Salahuddin Now (local journalist) | 29.06.2021
[21:55] 🔴 [[a|#Dujail | Gunmen on a motorbike shot dead a shop owner in the town centre tonight]] (~21:40). Police cordon. Motive unknown. #Salahuddin
[22:30] Update: victim is a 40-yr-old grocer, father of 3. No other cas.
[23:05] Power back in most of #Samarra after 6 hrs cut.""", [
    I("a", "2021-06-29", "tonight", "Dujail", "Dujail", "Salahuddin", "unknown", None,
      "civilians", "shooting", 1, "shot dead a shop owner", 0, "No other cas"),
])

doc("S2", "S", "2022-03-15", """t.me/diyala_eye · 15.03.2022
06:12 | #Baquba ⚡ [[a|a sound bomb was thrown at the house of a provincial council member in Al-Tahrir neighbourhood at dawn today]]. Damage only, no injuries. #Diyala
06:40 | Pic of the gate (not sharing the address).
09:15 | Traffic jam at Baquba bridge due to roadworks, avoid.""", [
    I("a", "2022-03-15", "at dawn today", "Al-Tahrir neighbourhood", "Baquba", "Diyala", None, None,
      "civilians", "ied", 0, "Damage only, no injuries", 0, "Damage only, no injuries"),
])

doc("S3", "S", "2019-08-28", """Telegram channel @kirkuk_street_news - 28.08.2019
16:52 🚨 #Kirkuk: [[a|gunmen shot dead a young man in Domiz neighbourhood, south Kirkuk, at 16:40 today]]. Unk motive, police at scene. #كركوك
17:30 victim 24 yrs, worked at car wash. 1 KIA, no WIA.
18:10 heavy dust tomorrow per met office.""", [
    I("a", "2019-08-28", "at 16:40 today", "Domiz", "Kirkuk", "Kirkuk", "unknown", None,
      "civilians", "shooting", 1, "1 KIA", 0, "no WIA"),
])

doc("S4", "S", "2020-11-20", """Anbar journalist channel (Telegram) · 20.11.2020
19:48 ▪️ #Ramadi ▪️ [[a|Gunmen on a motorcycle fired at the car of a police officer in Al-Tash area this evening]]. Officer injured, in hospital, stable. No deaths.
20:15 ▪️ Police closed the Tash entrance for a search. #Anbar #الرمادي""", [
    I("a", "2020-11-20", "this evening", "Al-Tash", "Ramadi", "Anbar", "unknown", None,
      "police", "shooting", 0, "No deaths", 1, "Officer injured"),
])

doc("S5", "S", "2023-02-18", """Mosul Eye-style channel · 18.02.2023
08:20 | #Mosul #الموصل: [[a|unknown persons threw a grenade at a phone shop in Al-Tahrir (left bank) last night]], damage only. Shop was closed. No cas.
08:45 | Correction: it's the Tahrir area near the Al-Hadbaa roundabout, not Tahrir in Baquba 😅
11:00 | Municipal elections? No, that's next year. Stop sending me rumours.""", [
    I("a", "2023-02-17", "last night", "Al-Tahrir", "Mosul", "Nineveh", "unknown", None,
      "", "other", 0, "No cas", 0, "No cas"),
])

doc("S6", "S", "2024-07-30", """Duhok local news (Telegram) - 30.07.2024
07:35 #Duhok #Zakho 🔥 [[a|TU artillery shelled around Sharanish vill (Zakho) this morning]], fires in orchards, no cas.
07:50 Civil defence can't reach, shelling ongoing.
10:20 Fire out. Farmers say ~30 dunams burned, mostly walnut and grapes.""", [
    I("a", "2024-07-30", "this morning", "Sharanish", "Zakho", "Dohuk", "Turkey", "attributed",
      "", "mortar_rocket", 0, "no cas", 0, "no cas"),
])

doc("S7", "S", "2023-01-09", """Karbala Today (Telegram, local reporter) | 09.01.2023
[07:10] #Karbala #Hindiya: [[a|unknown gunmen fired at the house of a tribal sheikh in Al-Hindiya last night]], hitting the walls & a car. No injuries. Tribe says it's a dispute over land.
[07:40] Police patrols deployed, no arrests yet.
[12:00] Schools closed tomorrow due to rain - directorate.""", [
    I("a", "2023-01-08", "last night", "Al-Hindiya", "Hindiya", "Karbala", "unknown", None,
      "civilians", "shooting", 0, "No injuries", 0, "No injuries"),
])

doc("S8", "S", "2025-09-23", """Najaf reporter ✍️ - Telegram - 23.09.2025
19:05 🔴 #Najaf #Mishkhab: [[a|IED went off near a money exchange office in Al-Mishkhab market an hour ago]], 1 injured (passer-by), shop front destroyed.
19:20 ⚠️ Don't share the CCTV video, police asked.
21:00 No claim, no arrests.""", [
    I("a", "2025-09-23", "an hour ago", "Al-Mishkhab", "Mishkhab", "Najaf", None, None,
      "civilians", "ied", None, None, 1, "1 injured"),
])

doc("S9", "S", "2024-05-26", """Babil news (Telegram) · 26.05.2024
08:10 #Babil #Jurf_al_Nasr: [[a|drone strike hit a PMF position near Jurf al-Nasr at 01:30 this morning]], 2 martyrs per Hashd sources. Unclear whose drone; nobody has commented.
08:30 Hashd media: "investigating". #الحشد_الشعبي
09:00 Road to Jurf closed.""", [
    I("a", "2024-05-26", "at 01:30 this morning", "Jurf al-Nasr", "Jurf al-Nasr", "Babil", None, None,
      "PMU", "airstrike_operation", 2, "2 martyrs", None, None),
])

doc("S10", "S", "2021-10-12", """Deir ez-Zor 24 (Telegram) - 12.10.2021
09:40 #DeirEzzor #Hajin: [[a|an IED exploded under a shepherds' pickup near Hajin this morning]], 3 killed. No claim yet. #سوريا
10:15 SDF cordon in the area. Victims from Al-Bahra village, per relatives.
11:30 Bread prices up again in Hajin market, bakeries say flour is short.""", [
    I("a", "2021-10-12", "this morning", "Hajin", None, None, None, None,
      "civilians", "ied", 3, "3 killed", None, None, country="Syria"),
], country="Syria")

doc("S11", "S", "2020-12-06", """Maysan street (Telegram) | 06.12.2020
09:30 #Maysan #Kahla 🔴 [[a|sticky bomb under the car of a police officer in Al-Kahla went off yesterday evening]], officer wounded in legs, stable.
09:45 He works at the anti-narcotics dept per relatives.
10:30 Protest by unpaid contract workers outside the governorate, peaceful.""", [
    I("a", "2020-12-05", "yesterday evening", "Al-Kahla", "Kahla", "Maysan", None, None,
      "police", "ied", None, None, 1, "officer wounded in legs"),
])

doc("S12", "S", "2023-08-15", """Muthanna border news (Telegram) - 15.08.2023
06:55 #Muthanna #Salman: [[a|border guards clashed with smugglers near Al-Salman at dawn today]]; 1 BG killed, 2 wounded. Smugglers fled to the desert.
07:30 Border Forces Command: "investigation opened". #المثنى
08:10 Smuggling route is used for cigarettes & drugs, locals say. Heat alert: 49C expected today.""", [
    I("a", "2023-08-15", "at dawn today", "Al-Salman", "Salman", "Muthanna", "unknown", None,
      "security forces", "shooting", 1, "1 BG killed", 2, "2 wounded"),
])

# ======================================================================= F
# Local-press follow-ups: funerals, anniversaries, trials and arrests. The
# earlier attack is a record where the text gives its date and place; traps
# without a day give none.

doc("F1", "F", "2021-06-07", """Baiji - 7 June 2021

Hundreds of people in Baiji on Monday attended the funeral of [[a|two Tribal Mobilisation fighters who were killed on Saturday when IS attacked their post in the Makhoul mountains north of Baiji]]. Mourners carried the coffins through the market to the cemetery.

Speakers also remembered a third fighter from the same tribe killed in a similar attack last year. The tribe's sheikh called for more air support for posts in the mountains.""", [
    I("a", "2021-06-05", "on Saturday", "Makhoul mountains", "Baiji", "Salahuddin", "ISIS", "attributed",
      "PMU", "other", 2, "two Tribal Mobilisation fighters who were killed", None, None),
])

doc("F2", "F", "2022-03-19", """Diyala - 19 March 2022

Police in Diyala arrested two suspects in [[a|the killing of a mosque imam, shot dead by gunmen on 5 March in the village of Hanbas, Khalis district]], a police spokesman said on Saturday.

The spokesman said the suspects, brothers from a neighbouring village, had confessed to a long-running family dispute. They will be referred to the investigating judge in Khalis.""", [
    I("a", "2022-03-05", "on 5 March", "Hanbas", "Khalis", "Diyala", "unknown", None,
      "civilians", "shooting", 1, "shot dead by gunmen", None, None),
])

doc("F3", "F", "2019-08-13", """Laylan - 13/08/2019

The town of Laylan buried on Tuesday [[a|two police officers killed on Sunday when IS gunmen attacked their checkpoint near Laylan]], south-east of Kirkuk. Relatives said both men had served in the police since 2008.

Kirkuk's police chief, who attended the funeral, promised to avenge them. A trial of IS members in Kirkuk last year had heard that the checkpoint area was used as a crossing by the group.""", [
    I("a", "2019-08-11", "on Sunday", "Laylan", "Laylan", "Kirkuk", "ISIS", "attributed",
      "police", "shooting", 2, "two police officers killed", None, None),
])

doc("F4", "F", "2020-11-12", """Ana - 12 November 2020

Ana mourned on Thursday [[a|a Tribal Hashd commander killed on Tuesday when an IED struck his vehicle on the Ana-Rawa road]]. His driver, who was wounded, attended the funeral in a wheelchair. Local officials blamed IS cells hiding in the Wadi Houran area.

The commander had fought IS in Ana in 2017 and was known for his role in the return of families.""", [
    I("a", "2020-11-10", "on Tuesday", "Ana", "Ana", "Anbar", "ISIS", "attributed",
      "PMU", "ied", 1, "a Tribal Hashd commander killed", 1, "His driver, who was wounded"),
])

doc("F5", "F", "2023-02-28", """Nineveh - 28 February 2023

Nineveh police said on Tuesday they had arrested three IS suspects who carried out [[a|the 9 February attack on a PMF post near Badush that killed two fighters]].

The police statement said the three men are also wanted over killings of civilians in the Old City of Mosul in 2017; they will stand trial under the anti-terrorism law. A court in Mosul sentenced another IS member to death last week for crimes committed in 2014-2016.""", [
    I("a", "2023-02-09", "the 9 February attack", "Badush", "Badush", "Nineveh", "ISIS", "attributed",
      "PMU", "other", 2, "killed two fighters", None, None),
])

doc("F6", "F", "2024-07-15", """Zakho - 15 July 2024

Relatives and neighbours in Zakho on Monday buried [[a|a man killed on Saturday by a Turkish drone strike near Begova, in Zakho district]]. His family said he was a farmer driving home with fruit to sell.

Zakho's district council called on the Kurdistan Region government to raise the strikes with Ankara. No official figures on casualties in the area this year have been released.""", [
    I("a", "2024-07-13", "on Saturday", "Begova", "Zakho", "Dohuk", "Turkey", "attributed",
      "civilians", "airstrike_operation", 1, "a man killed", None, None),
])

doc("F7", "F", "2024-03-05", """Karbala - 5 March 2024

One year on, family says investigation has stalled

A year has passed since [[a|the sticky-bomb attack that killed an engineer in the Al-Hur area of Karbala on 5 March 2023]], and his family says nobody has been charged. The bomb was attached under his car outside his home.

His brother said the family had also lost a cousin in a bombing in Najaf in 2022, "and nobody was charged for that either".""", [
    I("a", "2023-03-05", "on 5 March 2023", "Al-Hur", "Karbala", "Karbala", None, None,
      "civilians", "ied", 1, "killed an engineer", None, None),
])

doc("F8", "F", "2023-05-17", """Samawa - 17 May 2023

The Muthanna criminal court on Wednesday sentenced two men to life imprisonment for [[a|the ambush on a police patrol near Al-Warka on 3 August 2022 that killed a police lieutenant]]. The court found that the men belonged to a drug-trafficking network.

Relatives of the officer attended the session. The defence said it would appeal.""", [
    I("a", "2022-08-03", "on 3 August 2022", "Al-Warka", "Warka", "Muthanna", "unknown", None,
      "police", "ambush", 1, "killed a police lieutenant", None, None),
])

doc("F9", "F", "2024-11-04", """Hilla - 4 November 2024

Mourners in Hilla on Monday buried a soldier of the 8th Division who died in a training accident at a firing range north of the city, the army said. A second soldier was injured. The army said the incident was a weapons malfunction and has formed a committee to investigate. The soldier's family called for better safety at ranges.""", [], noise=True)

doc("F10", "F", "2021-02-08", """Kut - 8 February 2021

Police in Wasit said they arrested last week a man suspected of [[a|the grenade attack by unknown men on the house of a Kut journalist on 11 January 2021]], which damaged the house but hurt no one.

The journalist, who covers corruption cases, welcomed the arrest. Press freedom groups have recorded several attacks on journalists' homes in the south.""", [
    I("a", "2021-01-11", "on 11 January 2021", "Kut", "Kut", "Wasit", "unknown", None,
      "civilians", "other", 0, "hurt no one", 0, "hurt no one"),
])

doc("F11", "F", "2025-07-19", """Al-Shamiya - 19 July 2025

Hundreds of people attended on Saturday the funeral of [[a|a police officer shot dead by gunmen at a checkpoint near Al-Shamiya on Thursday]], in Qadisiyah province. A colleague was wounded in the shooting, police said.

The officer's tribe called for calm and asked the police to find the gunmen.""", [
    I("a", "2025-07-17", "on Thursday", "Al-Shamiya", "Shamiya", "Qadisiyah", "unknown", None,
      "police", "shooting", 1, "a police officer shot dead", 1, "A colleague was wounded"),
])

doc("F12", "F", "2022-11-09", """Babil - 9 November 2022

The Babil criminal court sentenced a man to 15 years for [[a|the bombing of a liquor store in Al-Hashimiya in April 2022]], which damaged the store and wounded its owner. The exact date of the bombing was not given in court.

The court acquitted a second defendant for lack of evidence.""", [
    I("a", "2022-04", "in April 2022", "Al-Hashimiya", "Hashimiya", "Babil", None, None,
      "civilians", "ied", None, None, 1, "wounded its owner", prec="month"),
])
