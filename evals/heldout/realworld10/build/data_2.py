"""realworld10 data 2: R (regional news and analysis sites), A (ACLED-style
event rows, no report date), T (GTD-style incident summaries, no report date)."""
from lib import I, doc, add, W, F, ap, rt, dmy, mdy, dm, md, num, us

# ====================================================================== R
# R1 Diyala Oct 2021 -- The New Arab
ev = "2021-10-17"; rd = add(ev, 2); ph = "on %s evening" % W(ev)
doc("R1", "R", rd, f"""Suspected IS gunmen kill father and son in Iraq's Diyala

The New Arab Staff & Agencies
{dm(rd)}, {F(rd, '{YYYY}')}

[[a|Gunmen believed to be Islamic State militants killed a farmer and his son {ph} in Al-Saadiya, a town in the north of Iraq's Diyala province]], a local official told The New Arab.

The two men were shot as they returned from their orchard on the edge of the town, the official said, adding that security forces had arrested no one.

Diyala, which borders Iran, remains one of Iraq's most volatile provinces. Sectarian tensions there have been inflamed by a series of killings in recent weeks, prompting tribal leaders to call for calm.

Read More: Iraq's Diyala on edge after spate of attacks""",
    [I("a", ev, ph, "Al-Saadiya", "Saadiya", "Diyala", "ISIS", "suspected", "civilians", "shooting",
       2, "killed a farmer and his son", None, None)])

# R2 Nineveh Mar 2023 -- Middle East Eye
ev = "2023-03-19"; rd = add(ev, 1); ph = "on %s" % W(ev)
doc("R2", "R", rd, f"""Turkish drone strike kills two in Iraq's Makhmour refugee camp

By MEE staff
Published date: {dm(rd)} {F(rd, '{YYYY}')} 14:20 GMT

[[a|A Turkish drone strike on the Makhmour refugee camp in northern Iraq killed two residents {ph}, one of them a woman, and wounded a child]], according to the camp's administration.

The camp, home to some 12,000 Kurds who fled Turkey in the 1990s, lies in a district that Baghdad administers as part of Nineveh province. Ankara says the camp shelters PKK militants, a charge residents deny.

The Turkish defence ministry did not comment on the strike.

Related: Iraq summons Turkish envoy over strikes in north""",
    [I("a", ev, ph, "the Makhmour refugee camp in northern Iraq", "Makhmour", "Nineveh", "Turkey", "attributed", "civilians", "airstrike_operation",
       2, "killed two residents", 1, "wounded a child")])

# R3 Kirkuk Jan 2020 -- Al-Monitor
ev = "2020-01-03"; rd = add(ev, 7); ph = "On %s" % ap(ev)
doc("R3", "R", rd, f"""Kakai minority fears new wave of IS attacks in Kirkuk

Shelly Kittleson | {md(rd)}, {F(rd, '{YYYY}')}
Read in Arabic

The Kakai, a small religious minority living mostly in villages around Daquq, say they feel abandoned. [[a|{ph}, gunmen opened fire on farmers working their land near Topzawa, a Kakai village in Daquq district, killing two]]. Kakai leaders blamed the Islamic State.

"Every winter they come down from the hills," a village elder told Al-Monitor, asking that his name not be used. Several families have since moved to Kirkuk city.

The security vacuum between federal forces and the Kurdish peshmerga along the disputed territories has long allowed IS cells to operate.""",
    [I("a", ev, ph, "Topzawa, a Kakai village in Daquq district", "Daquq", "Kirkuk", "ISIS", "attributed", "civilians", "shooting",
       2, "killing two", None, None)])

# R4 Anbar Sep 2024 -- The National
ev = "2024-09-13"; rd = add(ev, 1); ph = "late on %s" % W(ev)
doc("R4", "R", rd, f"""Blast at PMF weapons depot near Syrian border kills one

Sinan Mahmoud
Baghdad
{dm(rd)}, {F(rd, '{YYYY}')}

[[a|An explosion at a weapons depot of the Popular Mobilisation Forces in Al-Qaim, near the Syrian border, killed one fighter and wounded three {ph}]], officials said.

Two PMF officials told The National the blast was caused by a drone of unknown origin. The US-led coalition said it had not carried out any strikes in the area.

The PMF, a state-sanctioned umbrella of mostly Iran-backed militias, has several positions along the border in western Anbar.

Share""",
    [I("a", ev, ph, "Al-Qaim, near the Syrian border", "Qaim", "Anbar", "unknown", None, "PMU", "airstrike_operation",
       1, "killed one fighter", 3, "wounded three")])

# R5 Baghdad Dec 2019 -- The New Arab
ev = "2019-12-13"; rd = add(ev, 1); ph = "late on %s" % W(ev)
doc("R5", "R", rd, f"""Gunmen open fire on Baghdad protesters heading home from Tahrir

The New Arab Staff
{dm(rd)}, {F(rd, '{YYYY}')}

[[a|Gunmen opened fire on a group of protesters returning from Tahrir Square to the Al-Shaab district of north Baghdad {ph}, killing two young men and wounding four]], activists told The New Arab.

The gunmen, who were not identified, fired from a passing car and disappeared into side streets, witnesses said.

Protesters have accused militias close to Iran of a campaign of killings and abductions aimed at crushing the uprising. The government denies any role.

Read also: Iraq's protest movement defiant despite killings""",
    [I("a", ev, ph, "the Al-Shaab district of north Baghdad", "Baghdad", "Baghdad", "unknown", None, "civilians", "shooting",
       2, "killing two young men", 4, "wounding four")])

# R6 Salahuddin Jul 2023 -- Al-Monitor
ev = "2023-07-28"; rd = add(ev, 4); ph = "On %s" % ap(ev)
doc("R6", "R", rd, f"""IS steps up attacks on tribal fighters in Salahuddin

Adnan Abu Zeed | {md(rd)}, {F(rd, '{YYYY}')}

[[a|{ph}, Islamic State militants ambushed a patrol of the Tribal Mobilization in the Al-Shirqat district, north of Tikrit, killing three fighters and wounding one]]. IS claimed the attack through its Amaq news agency the following day.

The tribal fighters, Sunni Arabs recruited from local clans, are often the first line of defence in the villages along the Tigris. Local commanders complain that they lack night-vision equipment and vehicles.

A security expert told Al-Monitor the group is trying to prove it can still strike, even if at a fraction of its former strength.""",
    [I("a", ev, ph, "the Al-Shirqat district, north of Tikrit", "Sharqat", "Salahuddin", "ISIS", "claimed", "PMU", "ambush",
       3, "killing three fighters", 1, "wounding one")])

# R7 Dohuk Aug 2024 -- Middle East Eye
ev = "2024-08-03"; rd = add(ev, 2); ph = "on %s" % W(ev)
doc("R7", "R", rd, f"""'We live under the shells': Kurdish villagers caught in Turkey-PKK war

By MEE correspondent in Duhok, Iraq
Published date: {dm(rd)} {F(rd, '{YYYY}')} 09:05 BST

[[a|A Turkish artillery shell hit a farmhouse in Sharanish, in Zakho district, {ph}, wounding a farmer]], villagers told Middle East Eye.

"We were harvesting cucumbers when it landed," his cousin said. Sharanish has been shelled repeatedly since Turkey set up new bases on the ridges above it.

According to the Christian Peacemaker Teams, more than 100 civilians have been killed in Turkish operations in the Kurdistan Region since 2015.

Share""",
    [I("a", ev, ph, "Sharanish, in Zakho district", "Zakho", "Dohuk", "Turkey", "attributed", "civilians", "mortar_rocket",
       None, None, 1, "wounding a farmer")])

# R8 Erbil Jun 2022 -- The National
ev = "2022-06-14"; rd = add(ev, 1); ph = "on %s" % W(ev)
doc("R8", "R", rd, f"""Turkish drone kills two in Iraqi Kurdistan's Sidakan

Sinan Mahmoud
Erbil
{dm(rd)}, {F(rd, '{YYYY}')}

[[a|A Turkish drone struck a car near Sidakan, in Erbil province's Soran district, {ph}, killing two men described by local officials as PKK members]].

The mayor of Sidakan said the car was hit on a mountain road several kilometres from the town. There were no other casualties, he said.

Turkey launched Operation Claw-Lock in April, its latest offensive against the Kurdistan Workers' Party in northern Iraq.""",
    [I("a", ev, ph, "Sidakan, in Erbil province's Soran district", "Soran", "Erbil", "Turkey", "attributed", "PKK", "airstrike_operation",
       2, "killing two men described by local officials as PKK members", 0, "There were no other casualties")])

# R9 Sulaymaniyah Nov 2023 -- Middle East Eye
ev = "2023-11-06"; rd = add(ev, 1); ph = "on %s night" % W(ev)
doc("R9", "R", rd, f"""Iranian Kurdish dissident shot dead in Iraq's Sulaimaniyah

By MEE staff
Published date: {dm(rd)} {F(rd, '{YYYY}')} 12:48 GMT

[[a|An Iranian Kurdish opposition member was shot dead outside his home in Bakrajo, on the western edge of Sulaimaniyah, {ph}]], his party said.

The party accused Iranian intelligence of being behind the killing. Kurdish security officials said they were investigating and have not named a suspect.

Iranian Kurdish opposition groups have been based in the Kurdistan Region for decades. Tehran has repeatedly struck their camps with missiles and drones.""",
    [I("a", ev, ph, "Bakrajo, on the western edge of Sulaimaniyah", "Sulaymaniyah", "Sulaymaniyah", None, None, "civilians", "shooting",
       1, "An Iranian Kurdish opposition member was shot dead", None, None)])

# R10 Dhi Qar May 2021 -- The New Arab
ev = "2021-05-24"; rd = add(ev, 1); ph = "on %s" % W(ev)
doc("R10", "R", rd, f"""Bomb targets home of protest activist in Iraq's Dhi Qar

The New Arab Staff
{dm(rd)}, {F(rd, '{YYYY}')}

[[a|An explosive device went off at the home of a prominent protest activist in Al-Rifai, north of Nasiriyah, {ph}, slightly wounding his father]], the activist told The New Arab.

He said he had received threats after calling for a boycott of the October elections. Police opened an investigation but did not name any suspect.

The attack came two weeks after the assassination of a leading activist in Karbala sparked protests across the south.""",
    [I("a", ev, ph, "Al-Rifai, north of Nasiriyah", "Rifai", "Dhi Qar", None, None, "civilians", "ied",
       None, None, 1, "slightly wounding his father")])

# R11 Babil Oct 2022 -- Al-Monitor
ev = "2022-10-09"; rd = add(ev, 5); ph = "On %s" % ap(ev)
doc("R11", "R", rd, f"""Killing of police officers raises alarm in Babil

Al-Monitor Staff | {md(rd)}, {F(rd, '{YYYY}')}

[[a|{ph}, gunmen ambushed a car carrying two Federal Police officers on the highway near Al-Mahawil, north of Hilla, killing both]]. The identity of the gunmen remains unknown.

The two officers had been investigating a drug trafficking network, according to a relative. Babil has seen growing violence linked to narcotics smuggling routes from the south.

The Interior Ministry said a committee had been formed to investigate.""",
    [I("a", ev, ph, "the highway near Al-Mahawil, north of Hilla", "Mahawil", "Babil", "unknown", None, "police", "ambush",
       2, "killing both", None, None)])

# R12 Karbala Nov 2019 -- Middle East Eye
ev = "2019-11-05"; rd = add(ev, 1); ph = "on %s night" % W(ev)
doc("R12", "R", rd, f"""Three protesters killed as Iraqi forces fire on Karbala crowds

By MEE and agencies
Published date: {dm(rd)} {F(rd, '{YYYY}')} 10:12 GMT

[[a|Security forces fired live rounds at protesters outside the provincial government building in Karbala {ph}, killing three demonstrators and wounding more than 30]], medics said.

Protesters had thrown stones and tried to remove concrete barriers around the building. Police said several officers were hurt by stones.

The protest movement, which began in Baghdad on 1 October, has spread to most of the Shia-majority south.

Related: Iraq's protesters defy curfew in Baghdad""",
    [I("a", ev, ph, "outside the provincial government building in Karbala", "Karbala", "Karbala", "security forces", "attributed", "civilians", "shooting",
       3, "killing three demonstrators", 30, "wounding more than 30")])

# ====================================================================== A (ACLED-style rows)
HDR = "event_id_cnty | event_date | disorder_type | event_type | sub_event_type | actor1 | actor2 | admin1 | admin2 | location | fatalities"


def acled(key, eid, ev, dis, et, sub, a1, a2, adm1, adm2, loc, fat, note, incs, extra=""):
    text = "%s\n%s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d\nnotes: %s\n%s" % (
        HDR, eid, F(ev, "{DD} {Month} {YYYY}"), dis, et, sub, a1, a2, adm1, adm2, loc, fat, note, extra)
    doc(key, "A", None, text.rstrip("\n"), incs)


ev = "2021-10-21"; ph = "On %s" % dmy(ev)
acled("A1", "IRQ24518", ev, "Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED",
      "Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2020-)", "Diyala", "Khanaqin", "Jalawla", 1,
      f"[[a|{ph}, an IED planted by an unidentified armed group exploded against an Iraqi army vehicle near Jalawla (Khanaqin, Diyala), killing 1 soldier and injuring 2 others]].",
      [I("a", ev, ph, "near Jalawla", "Jalawla", "Diyala", "unknown", None, "army", "ied",
         1, "killing 1 soldier", 2, "injuring 2 others")],
      extra="IRQ24522 | 22 October 2021 | Strategic developments | Strategic developments | Arrests | Police Forces of Iraq (2020-) | | Diyala | Baquba | Baquba | 0\nnotes: On 22 October 2021, police arrested 3 suspected IS members in Baquba city (Diyala).")

ev = "2023-03-22"; ph = "On %s" % dmy(ev)
acled("A2", "IRQ31907", ev, "Political violence", "Battles", "Armed clash",
      "Islamic State (Iraq)", "Tribal Mobilization Forces", "Ninewa", "Al-Hatra", "Al-Hadar", 1,
      f"[[a|{ph}, IS militants attacked a Tribal Mobilization position near Al-Hadar (Al-Hatra, Ninewa). The fighters exchanged fire with the attackers. 1 Tribal Mobilization fighter was killed and 1 injured]]. IS claimed responsibility.",
      [I("a", ev, ph, "a Tribal Mobilization position near Al-Hadar", "Hadar", "Nineveh", "ISIS", "claimed", "PMU", "shooting",
         1, "1 Tribal Mobilization fighter was killed", 1, "1 injured")])

ev = "2020-01-24"; ph = "On %s" % dmy(ev)
acled("A3", "IRQ16344", ev, "Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED",
      "Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2018-2020)", "Kirkuk", "Dibis", "Al-Multaqa", 0,
      f"[[a|{ph}, an IED exploded targeting an Iraqi army vehicle near Al-Multaqa (Dibis, Kirkuk), wounding 3 soldiers. No fatalities]].",
      [I("a", ev, ph, "near Al-Multaqa", "Multaqa", "Kirkuk", "unknown", None, "army", "ied",
         0, "No fatalities", 3, "wounding 3 soldiers")])

ev = "2024-09-24"; ph = "On %s" % dmy(ev)
acled("A4", "IRQ40215", ev, "Political violence", "Violence against civilians", "Attack",
      "Unidentified Armed Group (Iraq)", "Tribal Mobilization Forces", "Al-Anbar", "Heet", "Hit", 1,
      f"[[a|{ph}, unidentified gunmen shot dead a Tribal Mobilization member near his home in Hit city (Heet, Al-Anbar)]]. The motive is unknown.",
      [I("a", ev, ph, "Hit city", "Hit", "Anbar", "unknown", None, "PMU", "shooting",
         1, "shot dead a Tribal Mobilization member", None, None)])

ev = "2019-12-21"; ph = "On %s" % dmy(ev)
acled("A5", "IRQ15760", ev, "Political violence", "Violence against civilians", "Attack",
      "Unidentified Armed Group (Iraq)", "Protesters (Iraq)", "Baghdad", "Al-Rusafa", "Baghdad - Rusafa", 0,
      f"[[a|{ph}, an unidentified group threw a hand grenade at protesters near the Turkish Restaurant building off Tahrir Square (Baghdad - Rusafa), injuring 6 protesters]]. 0 fatalities.",
      [I("a", ev, ph, "the Turkish Restaurant building off Tahrir Square", "Baghdad", "Baghdad", "unknown", None, "civilians", "other",
         0, "0 fatalities", 6, "injuring 6 protesters")])

ev = "2023-07-06"; ph = "On %s" % dmy(ev)
acled("A6", "IRQ33118", ev, "Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED",
      "Islamic State (Iraq)", "Military Forces of Iraq (2022-)", "Salah al-Din", "Beygee", "Baiji", 1,
      f"[[a|{ph}, an IS IED struck an Iraqi army vehicle near Baiji (Beygee, Salah al-Din), killing 1 soldier and injuring 2]]. IS claimed the attack via Amaq.",
      [I("a", ev, ph, "near Baiji", "Baiji", "Salahuddin", "ISIS", "claimed", "army", "ied",
         1, "killing 1 soldier", 2, "injuring 2")])

ev = "2024-08-27"; ph = "On %s" % dmy(ev)
acled("A7", "IRQ39871", ev, "Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack",
      "Military Forces of Turkey (2016-)", "", "Duhok", "Amedi", "Kesta", 0,
      f"[[a|{ph}, Turkish military forces shelled the vicinity of Kesta village (Amedi, Duhok). No fatalities reported]].",
      [I("a", ev, ph, "Kesta village", "Amedi", "Dohuk", "Turkey", "attributed", "", "mortar_rocket",
         0, "No fatalities reported", None, None)],
      extra="IRQ39880 | 28 August 2024 | Strategic developments | Strategic developments | Headquarters or base established | Military Forces of Turkey (2016-) | | Duhok | Amedi | Kani Masi | 0\nnotes: On 28 August 2024, Turkish forces established a new outpost on a hill near Kani Masi (Amedi, Duhok). No fatalities.")

ev = "2020-09-14"; ph = "On %s" % dmy(ev)
acled("A8", "IRQ17902", ev, "Political violence", "Violence against civilians", "Attack",
      "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", "Al-Basrah", "Al-Basrah", "Basrah", 0,
      f"[[a|{ph}, unidentified gunmen shot and injured a protest activist in the Al-Jubaila neighbourhood of Basrah city (Al-Basrah)]]. 0 fatalities.",
      [I("a", ev, ph, "the Al-Jubaila neighbourhood of Basrah city", "Basra", "Basra", "unknown", None, "civilians", "shooting",
         0, "0 fatalities", 1, "shot and injured a protest activist")])

ev = "2024-02-19"; ph = "On %s" % dmy(ev)
acled("A9", "IRQ37110", ev, "Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED",
      "Unidentified Armed Group (Iraq)", "Saraya al-Salam", "Maysan", "Al-Maimouna", "Al-Majar al-Kabir", 1,
      f"[[a|{ph}, an IED planted under the car of a Saraya al-Salam member exploded in Al-Majar al-Kabir (Maysan), killing him]].",
      [I("a", ev, ph, "Al-Majar al-Kabir", "Majar al-Kabir", "Maysan", "unknown", None, "PMU", "ied",
         1, "killing him", None, None)])

ev = "2022-12-04"; ph = "On %s" % dmy(ev)
acled("A10", "IRQ29566", ev, "Political violence", "Violence against civilians", "Attack",
      "Unidentified Armed Group (Iraq)", "Police Forces of Iraq (2022-)", "Al-Muthanna", "Al-Rumaitha", "Al-Rumaitha", 0,
      f"[[a|{ph}, unidentified gunmen opened fire on a police patrol in Al-Rumaitha (Al-Muthanna), injuring 2 police officers. No fatalities]].",
      [I("a", ev, ph, "Al-Rumaitha", "Rumaitha", "Muthanna", "unknown", None, "police", "shooting",
         0, "No fatalities", 2, "injuring 2 police officers")])

ev = "2023-10-30"; ph = "On %s" % dmy(ev)
acled("A11", "IRQ35240", ev, "Political violence", "Explosions/Remote violence", "Grenade",
      "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", "Al-Qadissiya", "Al-Diwaniya", "Al-Diwaniya", 0,
      f"[[a|{ph}, an unidentified group threw a hand grenade at the house of a provincial council candidate in Al-Diwaniya city (Al-Qadissiya). No fatalities or injuries reported]].",
      [I("a", ev, ph, "Al-Diwaniya city", "Diwaniyah", "Qadisiyah", "unknown", None, "civilians", "other",
         0, "No fatalities or injuries reported", 0, "No fatalities or injuries reported")])

ev = "2022-07-12"; ph = "On %s" % dmy(ev)
acled("A12", "IRQ28374", ev, "Political violence", "Battles", "Armed clash",
      "PKK: Kurdistan Workers' Party", "Peshmerga - Zeravani", "Erbil", "Mergasur", "Mergasur", 0,
      f"[[a|{ph}, PKK militants attacked a Zeravani (Peshmerga) post near Mergasur (Erbil), injuring 2 Peshmerga. No fatalities]]. The Peshmerga ministry blamed the PKK.",
      [I("a", ev, ph, "near Mergasur", "Mergasur", "Erbil", "PKK", "attributed", "Peshmerga", "shooting",
         0, "No fatalities", 2, "injuring 2 Peshmerga")])

# ====================================================================== T (GTD-style)
def gtd(key, gid, ev, prov, city, atype, ttype, perp, nk, nw, summary, incs):
    text = ("eventid: %s\nIncident date: %s | Country: Iraq | Province/State: %s | City: %s\n"
            "Attack type: %s | Target type: %s | Perpetrator group: %s | Killed: %s | Wounded: %s\n"
            "Summary: %s") % (gid, us(ev), prov, city, atype, ttype, perp, nk, nw, summary)
    doc(key, "T", None, text, incs)


ev = "2021-10-24"; ph = us(ev)
gtd("T1", "202110240031", ev, "Diyala", "Khanaqin district", "Armed Assault", "Military", "Islamic State of Iraq and the Levant (ISIL)", 2, 3,
    f"[[a|{ph}: Assailants opened fire on a Popular Mobilization Forces (PMF) checkpoint in Khanaqin district, Diyala governorate, Iraq. At least two PMF members were killed and three other members were injured in the attack]]. The Islamic State of Iraq and the Levant (ISIL) claimed responsibility for the incident.",
    [I("a", ev, ph, "Khanaqin district", "Khanaqin", "Diyala", "ISIS", "claimed", "PMU", "shooting",
       2, "At least two PMF members were killed", 3, "three other members were injured")])

ev = "2019-05-21"; ph = us(ev)
gtd("T2", "201905210044", ev, "Nineveh", "Hamdaniya district", "Facility/Infrastructure Attack", "Private Citizens & Property", "Islamic State of Iraq and the Levant (ISIL)", 0, 0,
    f"[[a|{ph}: Assailants set fire to wheat fields near Hamdaniya district, Nineveh governorate, Iraq. No casualties were reported in the attack]]; however, several hectares of crops were destroyed. The Islamic State of Iraq and the Levant (ISIL) claimed responsibility for the incident. This was one of several crop-burning attacks in northern Iraq in May 2019.",
    [I("a", ev, ph, "Hamdaniya district", "Hamdaniya", "Nineveh", "ISIS", "claimed", "", "other",
       0, "No casualties were reported in the attack", 0, "No casualties were reported in the attack")])

ev = "2020-01-27"; ph = us(ev)
gtd("T3", "202001270019", ev, "Kirkuk", "Kirkuk", "Bombing/Explosion", "Police", "Unknown", 0, 2,
    f"[[a|{ph}: An explosive device detonated targeting a Federal Police vehicle in Wasiti neighborhood, Kirkuk city, Kirkuk governorate, Iraq. No one was killed; two officers were injured in the blast]]. No group claimed responsibility for the incident.",
    [I("a", ev, ph, "Wasiti neighborhood, Kirkuk city", "Kirkuk", "Kirkuk", "unknown", "unclaimed", "police", "ied",
       0, "No one was killed", 2, "two officers were injured")])

ev = "2020-08-11"; ph = us(ev)
gtd("T4", "202008110027", ev, "Al Anbar", "Al-Baghdadi", "Armed Assault", "Military", "Islamic State of Iraq and the Levant (ISIL)", 1, "Unknown",
    f"[[a|{ph}: Assailants attacked a Tribal Mobilization checkpoint in Al-Baghdadi, Al Anbar governorate, Iraq. One fighter was killed in the attack]]. No group claimed responsibility for the incident; however, sources attributed the attack to the Islamic State of Iraq and the Levant (ISIL).",
    [I("a", ev, ph, "Al-Baghdadi", "Baghdadi", "Anbar", "ISIS", "attributed", "PMU", "shooting",
       1, "One fighter was killed", None, None)])

ev = "2019-12-27"; ph = us(ev)
gtd("T5", "201912270052", ev, "Baghdad", "Baghdad", "Bombing/Explosion", "Business", "Unknown", 0, 0,
    f"[[a|{ph}: An explosive device detonated outside a liquor store in Karrada neighborhood, Baghdad city, Baghdad governorate, Iraq. There were no reported casualties in the attack]]. No group claimed responsibility for the incident.",
    [I("a", ev, ph, "Karrada neighborhood, Baghdad city", "Baghdad", "Baghdad", "unknown", "unclaimed", "", "ied",
       0, "There were no reported casualties in the attack", 0, "There were no reported casualties in the attack")])

ev = "2021-03-09"; ph = us(ev)
gtd("T6", "202103090011", ev, "Salah ad Din", "Al-Tharthar", "Hostage Taking (Kidnapping)", "Private Citizens & Property", "Islamic State of Iraq and the Levant (ISIL)", "Unknown", "Unknown",
    f"[[a|{ph}: Assailants abducted five truffle hunters in the Al-Tharthar desert, Salah ad Din governorate, Iraq]]. The outcome of the kidnapping is unknown. No group claimed responsibility for the incident; however, sources attributed the attack to the Islamic State of Iraq and the Levant (ISIL).",
    [I("a", ev, ph, "the Al-Tharthar desert", "Tharthar", "Salahuddin", "ISIS", "attributed", "civilians", "kidnapping",
       None, None, None, None)])

ev = "2021-07-19"; ph = us(ev)
gtd("T7", "202107190036", ev, "Dohuk", "Sheladze", "Bombing/Explosion", "Military", "Kurdistan Workers' Party (PKK)", 0, 2,
    f"[[a|{ph}: An explosive device detonated targeting a Peshmerga vehicle near Sheladze, Amedi district, Dohuk governorate, Iraq. No one was killed; two Peshmerga were injured]]. No group claimed responsibility; however, sources attributed the attack to the Kurdistan Workers' Party (PKK).",
    [I("a", ev, ph, "Sheladze, Amedi district", "Amedi", "Dohuk", "PKK", "attributed", "Peshmerga", "ied",
       0, "No one was killed", 2, "two Peshmerga were injured")])

ev = "2021-04-12"; ph = us(ev)
gtd("T8", "202104120018", ev, "Basra", "Burjesia", "Bombing/Explosion", "Business", "Unknown", 0, 0,
    f"[[a|{ph}: Assailants fired a rocket at the Burjesia compound used by foreign oil companies near Al-Zubair, Basra governorate, Iraq. There were no reported casualties in the attack]]. No group claimed responsibility for the incident.",
    [I("a", ev, ph, "the Burjesia compound used by foreign oil companies near Al-Zubair", "Zubair", "Basra", "unknown", "unclaimed", "", "mortar_rocket",
       0, "There were no reported casualties in the attack", 0, "There were no reported casualties in the attack")])

ev = "2019-12-07"; ph = us(ev)
gtd("T9", "201912070061", ev, "Dhi Qar", "Al-Shatrah", "Bombing/Explosion", "Private Citizens & Property", "Unknown", 0, 1,
    f"[[a|{ph}: Assailants on a motorcycle threw an explosive device at the home of a protest activist in Al-Shatrah, Dhi Qar governorate, Iraq. The activist's brother was injured in the attack]]. No group claimed responsibility for the incident.",
    [I("a", ev, ph, "Al-Shatrah", "Shatra", "Dhi Qar", "unknown", "unclaimed", "civilians", "ied",
       0, "Killed: 0", 1, "The activist's brother was injured")])

ev = "2021-03-15"; ph = us(ev)
gtd("T10", "202103150029", ev, "An Najaf", "Al-Haydariya", "Armed Assault", "Private Citizens & Property", "Unknown", 1, 0,
    f"[[a|{ph}: Assailants shot and killed a civil society activist in Al-Haydariya, An Najaf governorate, Iraq]]. No group claimed responsibility for the incident.",
    [I("a", ev, ph, "Al-Haydariya", "Haydariya", "Najaf", "unknown", "unclaimed", "civilians", "shooting",
       1, "shot and killed a civil society activist", 0, "Wounded: 0")])

ev = "2021-01-30"; ph = us(ev)
gtd("T11", "202101300007", ev, "Babil", "Al-Musayyib", "Bombing/Explosion", "Private Citizens & Property", "Unknown", 1, 4,
    f"[[a|{ph}: An explosive device detonated in a vegetable market in Al-Musayyib, Babil governorate, Iraq. At least one civilian was killed and four others were injured in the blast]]. No group claimed responsibility for the incident.",
    [I("a", ev, ph, "a vegetable market in Al-Musayyib", "Musayyib", "Babil", "unknown", "unclaimed", "civilians", "ied",
       1, "At least one civilian was killed", 4, "four others were injured")])

ev = "2021-09-13"; ph = us(ev)
gtd("T12", "202109130040", ev, "Sulaymaniyah", "Penjwen", "Armed Assault", "Private Citizens & Property", "Unknown", 1, 0,
    f"[[a|{ph}: Assailants shot and killed a member of an Iranian Kurdish opposition party in Penjwen, Sulaymaniyah governorate, Iraq]]. No group claimed responsibility for the incident.",
    [I("a", ev, ph, "Penjwen", "Penjwen", "Sulaymaniyah", "unknown", "unclaimed", "civilians", "shooting",
       1, "shot and killed a member of an Iranian Kurdish opposition party", 0, "Wounded: 0")])
