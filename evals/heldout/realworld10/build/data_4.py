"""realworld10 data 4: P (pages copied from news sites: .json, .html, .md, with
bylines, share buttons and related links), E (no casualty figures or none),
G (revised or restated tolls), H (noise: attacks outside Iraq, Iraqi non-attacks)."""
from lib import I, doc, add, W, F, ap, rt, dmy, mdy, dm, md, num

# ====================================================================== P
ev = "2021-10-09"; rd = ev; ph = "on %s morning" % W(ev)
doc("P1", "P", rd, f"""[[a|Two farmers were wounded {ph} when an improvised explosive device went off in an orchard in Diyala's Khalis district]], a police source said.

The source told Iraqi News that the device had been planted among the palm trees and exploded as the farmers were irrigating the land. The wounded were taken to Khalis General Hospital.

No party claimed responsibility for the attack.

Tags: Diyala, IED, Khalis
Share this: Facebook Twitter WhatsApp
Related: Security forces launch operation in Diyala orchards""",
    [I("a", ev, ph, "Diyala's Khalis district", "Khalis", "Diyala", "unknown", "unclaimed", "civilians", "ied",
       None, None, 2, "Two farmers were wounded")],
    ext="json", title="Two farmers wounded in IED blast in Diyala", outlet="Iraqi News",
    published=rd + "T11:20:00+03:00")

ev = "2023-03-07"; rd = add(ev, 1); ph = "late on %s" % W(ev)
doc("P2", "P", rd, f"""By 964 English | {dmy(rd)}

[[a|Gunmen opened fire on a checkpoint of the 30th Brigade of the Popular Mobilization Forces in Bashiqa, northeast of Mosul, {ph}, wounding two fighters]], a brigade official told 964.

The attackers fled towards the farmland east of the town. The official did not say who he believed was behind the attack.

The 30th Brigade is made up mostly of Shabak fighters and controls checkpoints across the Nineveh Plains.

Share
Read also: Nineveh Plains residents protest checkpoints
Most read""",
    [I("a", ev, ph, "Bashiqa, northeast of Mosul", "Bashiqa", "Nineveh", None, None, "PMU", "shooting",
       None, None, 2, "wounding two fighters")],
    ext="html", title="Gunmen attack PMF checkpoint in Bashiqa", outlet="964 English")

ev = "2020-01-21"; rd = add(ev, 1); ph = "on %s night" % W(ev)
doc("P3", "P", rd, f"""# Young man shot dead in Kirkuk's Rahimawa

Rudaw | {dmy(rd)} | Kirkuk

Share: Facebook | Twitter | Email

KIRKUK, Kurdistan Region - [[a|Unknown gunmen shot dead a young Kurdish man in Kirkuk's Rahimawa neighbourhood {ph}]], his relatives told Rudaw.

Police said they had opened an investigation. Residents said the victim worked in a mobile phone shop and had no political affiliation.

Kurdish residents of Kirkuk say insecurity has grown since October 2017.

**Related**
- Kirkuk Kurds demand return of Peshmerga
- Iraqi forces launch operation south of Kirkuk""",
    [I("a", ev, ph, "Kirkuk's Rahimawa neighbourhood", "Kirkuk", "Kirkuk", "unknown", None, "civilians", "shooting",
       1, "shot dead a young Kurdish man", None, None)],
    ext="md")

ev = "2024-09-28"; rd = ev; ph = "on %s" % W(ev)
doc("P4", "P", rd, f"""Shafaq News/ [[a|ISIS militants killed a shepherd in the Nukhaib desert, southwest of Anbar, {ph}]], a security source said.

The source told Shafaq News Agency that the militants stole part of his flock and fled towards the Wadi Horan valley, adding that the body was taken to the forensic department.

Sources: Shafaq News
Share | Print | Add comment
More from Security""",
    [I("a", ev, ph, "the Nukhaib desert, southwest of Anbar", "Nukhaib", "Anbar", "ISIS", "attributed", "civilians", "shooting",
       1, "killed a shepherd", None, None)],
    ext="json", title="ISIS kills shepherd in Anbar desert", outlet="Shafaq News",
    published=rd + " 16:45")

ev = "2019-12-04"; rd = add(ev, 1); ph = "on %s evening" % W(ev)
doc("P5", "P", rd, f"""Baghdad Today | {dmy(rd)}

[[a|An activist was wounded {ph} when unknown gunmen shot at him in Sadr City, east of Baghdad]], a security source said.

The source added that the activist, who took part in the Tahrir Square sit-in, was taken to Al-Imam Ali hospital with a wound in his leg.

Views: 2,314
Share the news
Related news: Activists demand protection after wave of killings""",
    [I("a", ev, ph, "Sadr City, east of Baghdad", "Baghdad", "Baghdad", "unknown", None, "civilians", "shooting",
       None, None, 1, "An activist was wounded")],
    ext="html", title="Activist wounded by gunmen in Sadr City", outlet="Baghdad Today")

ev = "2023-07-20"; rd = add(ev, 1); ph = "on %s night" % W(ev)
doc("P6", "P", rd, f"""# Three of a family killed in ISIS attack on farm near Balad

Rudaw | {dmy(rd)}

Share: Facebook | Twitter | WhatsApp

[[a|ISIS militants attacked a farm in Yathrib, near Balad in Salahuddin province, {ph}, killing three members of a family and wounding a child]], an official in the area told Rudaw.

The official said the attackers came on foot through the orchards along the Tigris and withdrew before security forces arrived.

**Related**
- Salahuddin tribes demand more troops after attacks""",
    [I("a", ev, ph, "Yathrib, near Balad in Salahuddin province", "Yathrib", "Salahuddin", "ISIS", "attributed", "civilians", "shooting",
       3, "killing three members of a family", 1, "wounding a child")],
    ext="md")

ev = "2024-08-11"; rd = ev; ph = "on %s" % W(ev)
doc("P7", "P", rd, f"""DUHOK, Kurdistan Region (Kurdistan24) – [[a|Turkish artillery shells wounded two villagers in the Barwari Bala area of Amedi district {ph}]], a local official said.

The official told Kurdistan24 that the two men were working in their vineyard when the shells landed. They were taken to Amedi hospital.

Related Articles
Share: Facebook X WhatsApp Telegram""",
    [I("a", ev, ph, "the Barwari Bala area of Amedi district", "Amedi", "Dohuk", "Turkey", "attributed", "civilians", "mortar_rocket",
       None, None, 2, "wounded two villagers")],
    ext="json", title="Turkish shelling wounds two villagers in Duhok's Amedi", outlet="Kurdistan24",
    published=rd + "T15:05:00Z")

ev = "2025-02-10"; rd = add(ev, 1); ph = "on %s evening" % W(ev)
doc("P8", "P", rd, f"""The New Arab Staff
{dm(rd)}, {F(rd, '{YYYY}')}

[[a|Gunmen shot dead a Peshmerga officer outside his home in Kalar, in Sulaimaniyah province, {ph}]], Kurdish security officials said.

The officer served in a unit affiliated with the Patriotic Union of Kurdistan (PUK). Officials said they had identified a suspect but did not give his name or affiliation.

Share
Read More: Kurdistan Region security forces on alert""",
    [I("a", ev, ph, "Kalar, in Sulaimaniyah province", "Kalar", "Sulaymaniyah", None, None, "Peshmerga", "shooting",
       1, "shot dead a Peshmerga officer", None, None)],
    ext="html", title="Peshmerga officer killed in Sulaimaniyah's Kalar", outlet="The New Arab")

ev = "2025-04-06"; rd = ev; ph = "on %s" % W(ev)
doc("P9", "P", rd, f"""# Activist killed in Dhi Qar's Al-Gharraf

Shafaq News | {dmy(rd)}

Shafaq News/ [[a|Unknown gunmen shot dead a civil activist in al-Gharraf district, north of Dhi Qar, {ph}]], a security source reported.

The source told Shafaq News Agency that the gunmen fired several bullets at the activist as he was leaving a cafe, and fled.

Tags: Dhi Qar, assassination""",
    [I("a", ev, ph, "al-Gharraf district, north of Dhi Qar", "Gharraf", "Dhi Qar", "unknown", None, "civilians", "shooting",
       1, "shot dead a civil activist", None, None)],
    ext="md")

ev = "2022-03-21"; rd = ev; ph = "this morning"
doc("P10", "P", rd, f"""Diwaniyah - INA

[[a|An officer in the Federal Police was wounded this morning when an explosive device placed under his car exploded in the Al-Shamiya district, Diwaniyah]], a security source said.

The source told the Iraqi News Agency (INA) that the officer was taken to hospital and his condition is stable, and that the security forces opened an investigation.

Follow INA on Telegram""",
    [I("a", ev, ph, "the Al-Shamiya district, Diwaniyah", "Shamiya", "Qadisiyah", None, None, "police", "ied",
       None, None, 1, "An officer in the Federal Police was wounded")],
    ext="json", title="Federal Police officer wounded in Diwaniyah blast", outlet="INA",
    published="2022-03-21T09:30:00+03:00", section="Security")

ev = "2024-06-12"; rd = add(ev, 1); ph = "on %s night" % W(ev)
doc("P11", "P", rd, f"""By Adam Lucente | {md(rd)}, {F(rd, '{YYYY}')}

Wasit (IraqiNews.com) – [[a|Unidentified gunmen attacked the house of a Wasit provincial council member in Al-Hay district {ph}, wounding one of his guards]], police said.

The council member was inside the house at the time but was not hurt, police added. The attackers fled in a car.

Share on Facebook Share on Twitter
You may also like: Wasit council elects new governor""",
    [I("a", ev, ph, "Al-Hay district", "Hay", "Wasit", "unknown", None, "civilians", "shooting",
       None, None, 1, "wounding one of his guards")],
    ext="html", title="Gunmen attack house of Wasit council member", outlet="Iraqi News")

ev = "2023-12-05"; rd = add(ev, 1); ph = "on %s" % W(ev)
doc("P12", "P", rd, f"""# Border guards wounded in IED blast in Muthanna desert

Baghdad Today | {dmy(rd)}

[[a|Two border guards were wounded {ph} when an explosive device struck their vehicle in the desert near Al-Salman, southwest of Samawah]], a security source said.

The patrol was on its way to a border post on the Saudi frontier, the source added.

> Follow Baghdad Today on Telegram

Share""",
    [I("a", ev, ph, "the desert near Al-Salman, southwest of Samawah", "Salman", "Muthanna", None, None, "security forces", "ied",
       None, None, 2, "Two border guards were wounded")],
    ext="md")

# ====================================================================== E
ev = "2021-10-23"; rd = ev; ph = "this evening"
doc("E1", "E", rd, f"""Shafaq News/ [[a|An explosive device went off this evening targeting a vehicle of the Popular Mobilization Forces near Hibhib, west of Baquba]], a security source said.

The source told Shafaq News Agency that the PMF did not give details on casualties, and that forces cordoned off the area.

{dmy(rd)} 20:11""",
    [I("a", ev, ph, "near Hibhib, west of Baquba", "Hibhib", "Diyala", None, None, "PMU", "ied",
       None, None, None, None)])

ev = "2023-03-16"; rd = add(ev, 1); ph = "on %s" % W(ev)
doc("E2", "E", rd, f"""Army vehicle hit by IED west of Tal Afar

By Iraqi News staff | {md(rd)}, {F(rd, '{YYYY}')}

[[a|An explosive device struck an Iraqi army vehicle in the Jazira desert west of Tal Afar {ph}]], a security source said, blaming ISIS remnants.

The army did not release casualty figures. The area, near the Syrian border, is used by smugglers and ISIS cells.

Share""",
    [I("a", ev, ph, "the Jazira desert west of Tal Afar", "Tal Afar", "Nineveh", "ISIS", "attributed", "army", "ied",
       None, None, None, None)])

ev = "2020-01-05"; rd = ev; ph = "on %s" % W(ev)
doc("E3", "E", rd, f"""KIRKUK, Jan 5 (Reuters) - [[a|A bomb exploded near an oil well in the Bai Hassan field near Dibis, northwest of Kirkuk, {ph}]], police and oil officials said, adding that production was not affected.

There was no immediate word on casualties. The North Oil Company said engineers were assessing the damage.

{mdy(rd)} 4:22 PM GMT+3
Reporting by Kirkuk newsroom; Editing by Jan Harvey""",
    [I("a", ev, ph, "the Bai Hassan field near Dibis, northwest of Kirkuk", "Dibis", "Kirkuk", None, None, "", "ied",
       None, None, None, None)])

ev = "2024-09-15"; rd = add(ev, 1); ph = "on %s night" % W(ev)
doc("E4", "E", rd, f"""Ramadi - [[a|A bomb exploded {ph} targeting the car of a tribal sheikh who heads an Awakening (Sahwa) council in Ramadi's Al-Jazeera area]], police sources said.

The Anbar police did not announce casualties, and the sheikh's office declined to comment.

Published {num(rd)} by Baghdad Today""",
    [I("a", ev, ph, "Ramadi's Al-Jazeera area", "Ramadi", "Anbar", None, None, "civilians", "ied",
       None, None, None, None)])

ev = "2019-12-28"; rd = ev; ph = "on %s evening" % W(ev)
doc("E5", "E", rd, f"""BAGHDAD (AP) — [[a|A Katyusha rocket landed near the U.S. Embassy in Baghdad's heavily fortified Green Zone {ph}]], Iraqi security officials said.

There was no information on casualties, and no one claimed responsibility for the attack.

Updated 8:50 PM GMT+3, {mdy(rd)}""",
    [I("a", ev, ph, "near the U.S. Embassy in Baghdad's heavily fortified Green Zone", "Baghdad", "Baghdad", "unknown", "unclaimed", "", "mortar_rocket",
       None, None, None, None)])

ev = "2023-07-13"; rd = add(ev, 1); ph = "on %s" % W(ev)
doc("E6", "E", rd, f"""North Oil Company: pipeline section near Siniya hit by explosive device

{dm(rd)} {F(rd, '{YYYY}')} - INA

[[a|An explosive device damaged a section of an oil pipeline near Siniya, west of Baiji, {ph}, causing no casualties]], the North Oil Company said. Pumping was halted for several hours while teams repaired the line.

The company did not say who planted the device.""",
    [I("a", ev, ph, "near Siniya, west of Baiji", "Siniya", "Salahuddin", None, None, "", "ied",
       0, "causing no casualties", 0, "causing no casualties")])

ev = "2024-08-07"; rd = add(ev, 1); ph = "on %s" % W(ev)
doc("E7", "E", rd, f"""Turkish drones strike PKK positions on Mount Gara

Kurdistan24 | {mdy(rd)}

[[a|Turkish drones struck PKK positions on Mount Gara, south of Amedi, {ph}]], local sources said. There was no information about casualties.

Residents of villages at the foot of the mountain said they heard at least six explosions.""",
    [I("a", ev, ph, "Mount Gara, south of Amedi", "Amedi", "Dohuk", "Turkey", "attributed", "PKK", "airstrike_operation",
       None, None, None, None)])

ev = "2025-01-19"; rd = add(ev, 1); ph = "on %s night" % W(ev)
doc("E8", "E", rd, f"""Shafaq News/ [[a|An explosive device went off {ph} at the house of a member of the Basra provincial council in the Al-Tuwaisa area of central Basra]], a security source said. No casualties were reported.

Police cordoned off the area and an investigation was opened.

{dmy(rd)} 09:02""",
    [I("a", ev, ph, "the Al-Tuwaisa area of central Basra", "Basra", "Basra", None, None, "civilians", "ied",
       0, "No casualties were reported", 0, "No casualties were reported")])

ev = "2025-03-09"; rd = add(ev, 1); ph = "on %s" % W(ev)
doc("E9", "E", rd, f"""964 English | {dmy(rd)}

[[a|Unknown gunmen fired at the house of a judge in al-Amarah {ph}; no one was hurt]], a police source said, adding that the bullets hit the outer wall and a parked car.

The Maysan judiciary condemned the attack and called on security forces to find the perpetrators.""",
    [I("a", ev, ph, "the house of a judge in al-Amarah", "Amarah", "Maysan", "unknown", None, "civilians", "shooting",
       0, "no one was hurt", 0, "no one was hurt")])

ev = "2024-10-20"; rd = add(ev, 1); ph = "at dawn on %s" % W(ev)
doc("E10", "E", rd, f"""Sound bomb hits party office in Najaf

{dm(rd)} {F(rd, '{YYYY}')} - Iraqi News

[[a|A sound bomb exploded {ph} at the door of the office of the Taqaddum party in Najaf's Al-Ghadir district]], police said, without giving details.

It was the third attack on the party's offices in the south this month.""",
    [I("a", ev, ph, "Najaf's Al-Ghadir district", "Najaf", "Najaf", None, None, "", "ied",
       None, None, None, None)])

ev = "2025-07-15"; rd = ev; ph = "early on %s" % W(ev)
doc("E11", "E", rd, f"""ERBIL, Iraq, {rt(rd)} (Reuters) - [[a|A drone struck a storage tank at an oil field near Khurmala, west of Erbil, {ph}, causing a fire but no casualties]], the Kurdistan Region's ministry of natural resources said.

No group claimed the attack. Production at the field was halted as a precaution.

{mdy(rd)} 11:48 AM GMT+3""",
    [I("a", ev, ph, "an oil field near Khurmala, west of Erbil", "Khurmala", "Erbil", "unknown", "unclaimed", "", "other",
       0, "causing a fire but no casualties", 0, "causing a fire but no casualties")])

ev = "2025-05-11"; rd = add(ev, 1); ph = "on %s evening" % W(ev)
doc("E12", "E", rd, f"""Wasit - INA

[[a|An explosive device targeted a vehicle of the Popular Mobilization Forces near Badra, east of Kut, {ph}]], a security source said. The PMF did not disclose any casualties.

Security forces closed the road to the Zurbatiya border crossing for two hours.

{dmy(rd)}""",
    [I("a", ev, ph, "near Badra, east of Kut", "Badra", "Wasit", None, None, "PMU", "ied",
       None, None, None, None)])

# ====================================================================== G
ev = "2021-10-20"; rd = add(ev, 1); ph = "on %s" % W(ev)
doc("G1", "G", rd, f"""UPDATE 2 - Market bomb toll rises to four in Iraq's Diyala

{mdy(rd)}

BAQUBA, Iraq - [[a|A bomb hidden in a vegetable cart exploded in a market in Khan Bani Saad, south of Baquba, {ph}. Police initially said two people had been killed. By morning, the health directorate put the toll at four dead and 11 wounded]].

No group claimed the bombing. Khan Bani Saad lies on the main road between Baghdad and Baquba.""",
    [I("a", ev, ph, "a market in Khan Bani Saad, south of Baquba", "Bani Saad", "Diyala", "unknown", "unclaimed", "civilians", "ied",
       4, "four dead", 11, "11 wounded")])

ev = "2023-03-30"; rd = add(ev, 1); ph = "on %s afternoon" % W(ev)
doc("G2", "G", rd, f"""Mosul motorcycle bomb: death toll rises to three

Shafaq News | {dmy(rd)}

[[a|The toll of the explosion of a bomb-rigged motorcycle near Bab al-Toub in central Mosul {ph} rose to three dead and eight injured]], a medical source said today. The first figure announced by police was one dead and five injured.

No party has claimed the explosion, which struck near a crowded bus garage.""",
    [I("a", ev, ph, "Bab al-Toub in central Mosul", "Mosul", "Nineveh", "unknown", "unclaimed", "civilians", "ied",
       3, "three dead", 8, "eight injured")])

ev = "2020-01-26"; rd = add(ev, 2); ph = "on %s night" % W(ev)
doc("G3", "G", rd, f"""KIRKUK, Iraq (AP) — [[a|The death toll from an Islamic State ambush on a federal police patrol in the Sargaran area, northwest of Kirkuk, {ph} has risen to four, with three other policemen wounded]], a police spokesman said Tuesday.

An initial statement had said two policemen were killed. Two wounded officers died in hospital on Monday, he said.

The Islamic State group claimed the ambush in a statement on its Amaq news agency.

Updated 1:05 PM GMT+3, {mdy(rd)}""",
    [I("a", ev, ph, "the Sargaran area, northwest of Kirkuk", "Sargaran", "Kirkuk", "ISIS", "claimed", "police", "ambush",
       4, "has risen to four", 3, "three other policemen wounded")])

ev = "2024-09-18"; rd = add(ev, 1); ph = "on %s" % W(ev)
doc("G4", "G", rd, f"""Iraq: three soldiers killed in Anbar desert attack (corrected)

Xinhua | {rd} 22:14:05

BAGHDAD, {ap(rd)} (Xinhua) -- [[a|Three Iraqi soldiers were killed and two others wounded {ph} when IS militants attacked an army patrol in the desert near Akashat in Iraq's western province of Anbar]], an army officer said.

(Corrects toll in paragraph 1: an earlier version said one soldier was killed, citing initial reports.)""",
    [I("a", ev, ph, "the desert near Akashat", "Akashat", "Anbar", "ISIS", "attributed", "army", "shooting",
       3, "Three Iraqi soldiers were killed", 2, "two others wounded")])

ev = "2019-12-02"; rd = add(ev, 1); ph = "on %s morning" % W(ev)
doc("G5", "G", rd, f"""Baghdad bus station blast: toll revised up

Iraqi News | {mdy(rd)}

[[a|A bomb exploded at the Al-Nahda bus station in central Baghdad {ph}. The Interior Ministry first reported one person killed; a ministry spokesman later said three people were killed and 12 wounded]].

Nobody has claimed responsibility. The station serves buses to the southern provinces.""",
    [I("a", ev, ph, "the Al-Nahda bus station in central Baghdad", "Baghdad", "Baghdad", "unknown", "unclaimed", "civilians", "ied",
       3, "three people were killed", 12, "12 wounded")])

ev = "2023-07-01"; rd = add(ev, 2); ph = "on %s" % W(ev)
doc("G6", "G", rd, f"""Third victim dies after Dujail farm bomb

964 English | {dmy(rd)}

[[a|A bomb planted in a farm in Dujail, south of Samarra, exploded {ph}, killing two brothers and wounding a cousin and a neighbour. The cousin died of his wounds on Sunday, raising the toll to three dead; the neighbour remains in hospital]], a local official said.

The official blamed ISIS remnants who hide in the orchards along the Tigris.""",
    [I("a", ev, ph, "a farm in Dujail, south of Samarra", "Dujail", "Salahuddin", "ISIS", "attributed", "civilians", "ied",
       3, "raising the toll to three dead", 1, "the neighbour remains in hospital")])

ev = "2024-08-23"; rd = add(ev, 1); ph = "on %s" % W(ev)
doc("G7", "G", rd, f"""Kurdistan Region CTD gives final toll of Zakho drone strike

Rudaw | {dmy(rd)}

[[a|A Turkish drone strike on a car near Zakho {ph} killed three people]], the Kurdistan Region Counter-Terrorism Department (CTD) said on Saturday, revising initial reports of one dead. Two of the dead were PKK members and the third was the civilian driver of the car, the CTD said.

Share this article""",
    [I("a", ev, ph, "a car near Zakho", "Zakho", "Dohuk", "Turkey", "attributed", "PKK+civilians", "airstrike_operation",
       3, "killed three people", None, None)])

ev = "2021-09-26"; rd = add(ev, 1); ph = "on %s" % W(ev)
doc("G8", "G", rd, f"""Karbala police correct toll of pilgrim bus blast

Baghdad Today | {dmy(rd)}

[[a|An explosive device struck a bus carrying pilgrims on the Karbala-Najaf road, south of Karbala, {ph}]]. Police had initially said two people were killed; they later corrected the toll to one dead and five wounded.

Police did not say who they suspected.""",
    [I("a", ev, ph, "the Karbala-Najaf road, south of Karbala", "Karbala", "Karbala", None, None, "civilians", "ied",
       1, "one dead", 5, "five wounded")])

ev = "2023-02-12"; rd = add(ev, 1); ph = "on %s night" % W(ev)
doc("G9", "G", rd, f"""Shafaq News/ [[a|The toll of the explosion that targeted a Saraya al-Salam checkpoint in al-Iskandariya, north of Babil, {ph} rose to two dead and four injured]], a security source said on Monday, after one of the wounded died in hospital.

Initial reports spoke of one killed and five wounded. No party claimed responsibility.

{dmy(rd)} 13:30""",
    [I("a", ev, ph, "a Saraya al-Salam checkpoint in al-Iskandariya, north of Babil", "Iskandariya", "Babil", "unknown", "unclaimed", "PMU", "ied",
       2, "two dead", 4, "four injured")])

ev = "2024-05-19"; rd = add(ev, 1); ph = "on %s" % W(ev)
doc("G10", "G", rd, f"""Tribal sheikh dies after bomb attack in Dhi Qar

964 English | {dmy(rd)}

[[a|A tribal sheikh died on Monday of wounds he suffered when a bomb exploded under his car in Al-Islah district, east of Nasiriyah, {ph}]]. Two of his companions remain in hospital. Police had first reported three people wounded and no deaths.

Police gave no suspect.""",
    [I("a", ev, ph, "Al-Islah district, east of Nasiriyah", "Islah", "Dhi Qar", None, None, "civilians", "ied",
       1, "A tribal sheikh died on Monday of wounds", 2, "Two of his companions remain in hospital")])

ev = "2023-10-08"; rd = add(ev, 2); ph = "on %s evening" % W(ev)
doc("G11", "G", rd, f"""Child dies after grenade attack in Qadisiyah

Iraqi News | {mdy(rd)}

[[a|A child wounded when a hand grenade was thrown into a house in Al-Shinafiya, south of Diwaniyah, {ph} has died in hospital, bringing the toll to one dead and two injured]], police said.

Police had initially reported three people injured. The motive was not known.""",
    [I("a", ev, ph, "a house in Al-Shinafiya, south of Diwaniyah", "Shinafiya", "Qadisiyah", None, None, "civilians", "other",
       1, "one dead", 2, "two injured")])

ev = "2025-05-27"; rd = add(ev, 1); ph = "on %s night" % W(ev)
doc("G12", "G", rd, f"""Shafaq News/ [[a|Gunmen ambushed the car of an oil police officer in al-Dair district, north of Basra, {ph}, killing the officer and his brother and wounding a third passenger]], a security source said, correcting an earlier report that only the officer had been killed.

The gunmen fled; no party claimed the attack.

{dmy(rd)} 10:40""",
    [I("a", ev, ph, "al-Dair district, north of Basra", "Dair", "Basra", "unknown", "unclaimed", "police+civilians", "ambush",
       2, "killing the officer and his brother", 1, "wounding a third passenger")])

# ====================================================================== H
ev = "2022-11-17"; rd = add(ev, 1); ph = "on %s" % W(ev)
doc("H1", "H", rd, f"""DAMASCUS, {ap(rd)} (Xinhua) -- [[a|Eight Syrian soldiers were killed {ph} when Islamic State (IS) militants ambushed a military bus in the desert near al-Mayadin in the eastern province of Deir ez-Zor]], state news agency SANA reported, blaming "terrorists" for the attack.

No group immediately claimed the attack, but IS remnants are active in the vast Syrian desert.

Source: Xinhua | {rd} 20:10:41""",
    [I("a", ev, ph, "the desert near al-Mayadin", "Mayadin", None, "ISIS", "attributed", "army", "ambush",
       8, "Eight Syrian soldiers were killed", None, None, country="Syria")], country="Syria")

ev = "2022-05-08"; rd = ev; ph = "on %s" % W(ev)
doc("H2", "H", rd, f"""2 Turkish soldiers martyred in PKK attack in Hakkari

Anadolu Agency | {F(rd, '{DD}.{MM}.{YYYY}')}

ANKARA

[[a|Two Turkish soldiers were martyred and one was injured {ph} in an attack by PKK terrorists in Şemdinli district of the southeastern Hakkari province]], the National Defense Ministry said.

The ministry said an operation had been launched in the area.""",
    [I("a", ev, ph, "Şemdinli district of the southeastern Hakkari province", "Semdinli", None, "PKK", "attributed", "Turkey", "shooting",
       2, "Two Turkish soldiers were martyred", 1, "one was injured", country="Turkey")], country="Turkey")

ev = "2024-03-11"; rd = add(ev, 1); ph = "late %s" % W(ev)
doc("H3", "H", rd, f"""DUBAI, {rt(rd)} (Reuters) - [[a|Gunmen attacked a border guard post near Saravan in Iran's southeastern Sistan-Baluchestan province {ph}, killing three border guards]], Iranian state media reported.

No group immediately claimed responsibility. The province, bordering Pakistan and Afghanistan, has seen repeated clashes between security forces and Sunni militants.

{mdy(rd)} 10:20 AM GMT+4""",
    [I("a", ev, ph, "a border guard post near Saravan", "Saravan", None, "unknown", "unclaimed", "security forces", "shooting",
       3, "killing three border guards", None, None, country="Iran")], country="Iran")

ev = "2023-10-06"; rd = add(ev, 1); ph = "on %s" % W(ev)
doc("H4", "H", rd, f"""Beirut (AFP) - [[a|A Turkish drone strike killed two civilians near Qamishli in northeast Syria {ph}]], the Syrian Observatory for Human Rights said, as Ankara pressed a campaign against Kurdish-led forces.

The two men were riding a motorcycle on a village road when the drone struck, the Britain-based monitor said. Turkey has carried out dozens of strikes in the area since a bombing in Ankara last week.

Published on {num(rd)} - 12:30""",
    [I("a", ev, ph, "near Qamishli in northeast Syria", "Qamishli", None, "Turkey", "attributed", "civilians", "airstrike_operation",
       2, "killed two civilians", None, None, country="Syria")], country="Syria")

rd = "2024-04-16"
doc("H5", "H", rd, f"""Security Media Cell
{num(rd)}

Acting on accurate intelligence, a force of the Kirkuk Intelligence Directorate arrested seven terrorists in the Hawija and Al-Riyadh areas wanted under Article 4 of the anti-terrorism law, after they carried out attacks against our forces and citizens in previous years.

Two weapons caches containing explosive belts and mortar rounds were also seized. The arrested were handed over to the competent authorities.""")

rd = "2023-05-24"
doc("H6", "H", rd, f"""Iraqi court sentences IS member to death over 2016 bombing

Baghdad, {dm(rd)} {F(rd, '{YYYY}')} (INA) - The Karkh Criminal Court sentenced to death a member of the Islamic State group convicted of taking part in a 2016 car bombing in Baghdad that killed dozens of people, the Supreme Judicial Council said on Wednesday.

The court said the defendant had confessed to transporting explosives. The verdict is subject to appeal.""")

rd = "2022-06-12"
doc("H7", "H", rd, f"""Families mark anniversary of Speicher massacre in Tikrit

Shafaq News | {dmy(rd)}

Hundreds of relatives of the victims of the Speicher massacre gathered at the former air academy in Tikrit on Sunday to mark the eighth anniversary of the killing of some 1,700 air force cadets by the Islamic State in June 2014.

Participants laid wreaths and called for all those involved to be brought to justice.""")

rd = "2025-01-05"
doc("H8", "H", rd, f"""Joint Operations Command: attacks down sharply in 2024

Iraqi News | {mdy(rd)}

The Joint Operations Command said on Sunday that the number of terrorist attacks in Iraq fell by 38 percent in 2024 compared with the previous year, and that 1,040 suspects were arrested.

A JOC spokesman told a press conference that 62 IS leaders had been killed in operations during the year, and that the border with Syria was "fully secured".""")

rd = "2023-09-04"
doc("H9", "H", rd, f"""Seven pilgrims killed in road accident in Wasit

Baghdad Today | {dmy(rd)}

Seven Iranian pilgrims were killed and 18 injured on Monday when their bus overturned on the Kut-Amarah highway in Wasit province, the provincial health directorate said.

The pilgrims were on their way to Karbala for the Arbaeen pilgrimage. Traffic police said the driver lost control at high speed.""")

rd = "2024-05-26"
doc("H10", "H", rd, f"""Storm brings down power towers in Basra; sabotage ruled out

Shafaq News | {dmy(rd)}

Strong winds brought down six high-voltage transmission towers west of Basra on Saturday, cutting power to parts of Al-Zubair and Abu al-Khasib, the Ministry of Electricity said.

A ministry spokesman said engineers had ruled out sabotage, and that repairs would take three days.""")

rd = "2022-02-21"
doc("H11", "H", rd, f"""Old mortar shells removed from Mosul's Old City

Rudaw | {dmy(rd)}

Civil defence teams removed 23 unexploded mortar shells and rockets from the rubble of houses in Mosul's Old City on Monday, a civil defence officer said.

The ordnance dated from the battle against the Islamic State in 2017. No one was hurt during the operation.""")

rd = "2021-08-11"
doc("H12", "H", rd, f"""Fire breaks out in Baghdad's Shorja market

{mdy(rd)} - Iraqi News

A large fire broke out in a warehouse in Baghdad's Shorja market on Wednesday, injuring four civil defence personnel, the Civil Defence Directorate said.

A directorate spokesman said the fire was caused by an electrical short circuit and that 17 fire engines were needed to put it out.""")
