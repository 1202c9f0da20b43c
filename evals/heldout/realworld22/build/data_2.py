"""realworld22 gold and texts, styles V O H S F P (set-22 data)."""
from lib import I, doc, W
from s22 import rfc

# ====================================================================== V: revised tolls with version histories
doc("V1", "V", "2019-05-22", """Baiji checkpoint bombing - running file
Version history: v1 - 2019-05-20 (first report) | v2 - 2019-05-22 (toll revised)

v1: [[a|A roadside bomb hit an army checkpoint at the northern entrance of Baiji]] on 19 May (Sunday) in the evening. The army said two soldiers were wounded and none killed.
v2: One of the two wounded soldiers died in Tikrit hospital on Tuesday night. The toll of the attack now stands at one soldier killed and one still wounded. No group has claimed the bombing.""", [
    I("a", "2019-05-19", "on 19 May (Sunday)", "Baiji", "Baiji", "Salahuddin", "unknown", "unclaimed", "army", "ied",
      1, "one soldier killed", 1, "one still wounded")])

doc("V2", "V", "2024-08-05", """Kirkuk market blast: toll revised
Version history: v1 - 2024-08-02 22:10 | v2 - 2024-08-03 09:30 | v3 - 2024-08-05 08:00

[[a|An explosive device hidden in a vegetable cart went off in the Al-Qoria market of Kirkuk]] on Friday evening.
v1: three people wounded.
v2: hospital sources put the number of wounded at eight.
v3: the health directorate says a dozen people were wounded in all; nobody was killed. Police have made no arrests.""", [
    I("a", "2024-08-02", "on Friday evening", "Kirkuk", "Kirkuk", "Kirkuk", None, None, "civilians", "ied",
      0, "nobody was killed", 12, "a dozen people were wounded")])

doc("V3", "V", "2020-10-28", """Khabat truck bomb - revision log
rev. 1 - 2020-10-24 | rev. 2 - 2020-10-26 | rev. 3 - 2020-10-28

rev. 1: [[a|A bomb exploded under a truck owned by a building contractor in Khabat]] on the 24th, wounding the contractor. No one else was in the truck.
rev. 2: the contractor is in intensive care in Erbil.
rev. 3: the contractor died of his wounds overnight; the attack has therefore left one man dead and no wounded. The Asayish have detained a suspect.""", [
    I("a", "2020-10-24", "on the 24th", "Khabat", "Khabat", "Erbil", None, None, "civilians", "ied",
      1, "one man dead", 0, "no wounded")])

doc("V4", "V", "2022-01-17", """Building collapse in Hillah - toll revised
Version history: v1 - 2022-01-15 | v2 - 2022-01-17

v1: an old two-storey house collapsed in Hillah's old quarter after heavy rain; two people were reported dead.
v2: civil defence teams recovered two more bodies, raising the toll to four. Officials said the collapse was caused by rain and neglect and was not an attack.""", noise=True)

doc("V5", "V", "2023-02-14", """Al-Musayyib shooting - updated file
v1 - 2023-02-11 | v2 - 2023-02-12 | v3 - 2023-02-14

[[a|Gunmen opened fire on a family's car at the entrance of Al-Musayyib]] on 10.02. (source gave no year; the file is 2023's).
v1: one dead.
v2: a second man died in hospital.
v3: the toll stands at a man and his brother dead, and three relatives wounded. Police blame a dispute over a municipal contract; no one has been charged.""", [
    I("a", "2023-02-10", "on 10.02.", "Al-Musayyib", "Musayyib", "Babil", "unknown", None, "civilians", "shooting",
      2, "a man and his brother dead", 3, "three relatives wounded")])

doc("V6", "V", "2026-03-11", """Baquba police patrol attack - version history
v1 - 2026-03-09 | v2 - 2026-03-11

v1: [[a|A roadside bomb hit a police patrol on the Baquba-Khalis road inside Baquba]] on the 8th March at night; a pair of policemen were wounded.
v2: one of the two policemen died on Tuesday. A passer-by was also hurt, so the attack now counts one dead and two wounded.""", [
    I("a", "2026-03-08", "the 8th March", "Baquba", "Baquba", "Diyala", None, None, "police", "ied",
      1, "one dead", 2, "two wounded")])

doc("V7", "V", "2025-04-17", """Ain al-Tamr sticky bomb - toll update
v1 - 2025-04-15 | v2 - 2025-04-17

v1: [[a|A sticky bomb exploded under a farmer's car outside Ain al-Tamr]] on Tuesday the 15th; the farmer was hurt.
v2: the farmer died of his injuries. Nobody else was in the car, so the toll is one dead and no wounded.""", [
    I("a", "2025-04-15", "on Tuesday the 15th", "Ain al-Tamr", "Ain al-Tamr", "Karbala", None, None, "civilians", "ied",
      1, "one dead", 0, "no wounded")])

# ====================================================================== O: official statements
e = "2023-06-12"
doc("O1", "O", "2023-06-14", f"""FAX FROM: HAMRIN OPS CMD / MEDIA    TO: NEWS DESKS    14/06/2023 10:12    P.001/001

Statement of the Hamrin Operations Command

At 22:30 on {W(e)}, [[a|an explosive device targeted an army vehicle near Qara Tapa]] during a routine patrol. One soldier was martyred and two others were injured. Our forces combed the area and found two more devices, which engineers defused. Investigations continue.""", [
    I("a", e, f"At 22:30 on {W(e)}", "Qara Tapa", "Qara Tapa", "Diyala", None, None, "army", "ied",
      1, "One soldier was martyred", 2, "two others were injured")])

doc("O2", "O", "2026-03-11", """Statement

On the evening of the ninth of this month, [[a|a gang planted an explosive device that damaged a police vehicle in Al-Mahmudiya]], without causing casualties. Our detachments arrested three suspects yesterday and seized detonators and mobile phones. They have been referred to the judiciary.

--
Media Office
Federal Intelligence and Investigation Agency
Baghdad, 11 March 2026""", [
    I("a", "2026-03-09", "On the evening of the ninth of this month", "Al-Mahmudiya", "Mahmudiya", "Baghdad",
      None, None, "police", "ied", 0, "without causing casualties", 0, "without causing casualties")])

e = "2020-02-20"
doc("O3", "O", "2020-02-21", f"""21-FEB-2020 08:55   FROM: NAJAF OPS CMD MEDIA   FAX NO. 033-xxxx   P. 1/1

Najaf Operations Command - statement

At 01:15 on {W(e)}, [[a|an explosive charge went off at the entrance of a bank branch in Najaf]], causing material damage without human losses. Security forces cordoned off the area and the investigation is under way.""", [
    I("a", e, f"At 01:15 on {W(e)}", "Najaf", "Najaf", "Najaf", None, None, "", "ied",
      0, "without human losses", 0, "without human losses")])

doc("O4", "O", "2024-02-08", """Karbala Police Command - statement, 8 February 2024

Our detachments arrested four wanted men in the Al-Hurr district and seized unlicensed weapons. Traffic police announced closures in the city centre for the coming visit. No security incident was recorded in the province over the past day.""", noise=True)

e = "2022-06-05"
doc("O5", "O", "2022-06-07", f"""Qadisiyah Police Command - statement 14/2022, issued 2022-06-07

Late on 5/6 ({W(e)}), [[a|an unknown person threw a hand grenade at the house of a police officer in Afak]], wounding his wife and son. There were no deaths. Detectives are following leads, the command said.""", [
    I("a", e, f"on 5/6 ({W(e)})", "Afak", "Afak", "Qadisiyah", "unknown", None, "police+civilians", "other",
      0, "There were no deaths", 2, "wounding his wife and son")])

doc("O6", "O", "2022-08-28", """Directorate of Military Intelligence - statement

Four days ago, [[a|Daesh remnants fired on an army post near Al-Qaim]] with medium machine guns, martyring a soldier; there were no other losses. Acting on intelligence, our detachments have since arrested two of the attackers in the desert south of the town.

Media Office, Directorate of Military Intelligence
Signed 28/08/2022""", [
    I("a", "2022-08-24", "Four days ago", "Al-Qaim", "Qaim", "Anbar", "ISIS", "attributed", "army", "shooting",
      1, "martyring a soldier", 0, "there were no other losses")])

doc("O7", "O", "2021-09-02", """Ninewa Operations Command - statement

On the evening of Tuesday, 31 August, [[a|Daesh terrorist remnants ambushed a PMF unit on the road south of Al-Baaj]]. Half a dozen fighters were martyred and two others were injured. Our forces pursued the attackers towards the Syrian border.

Media cell, Ninewa Operations Command, 2021-09-02""", [
    I("a", "2021-08-31", "On the evening of Tuesday, 31 August", "Al-Baaj", "Baaj", "Nineveh", "ISIS", "attributed", "PMU",
      "ambush", 6, "Half a dozen fighters were martyred", 2, "two others were injured")])

# ====================================================================== H: NGO notes (PDF footers, As of lines, signature blocks)
doc("H1", "H", "2021-10-12", """Malteser International - Nineveh area security note

On 3 Oct., [[a|armed men abducted a farmer from his field near Hammam al-Alil]], according to his family. His fate is unknown; no group claimed the abduction.
On 7 Oct., [[b|rockets landed near the Turkish base at Zelikan, north of Bashiqa]]. No one was hurt. Our Bashiqa clinic stayed open.

Staff movements on the Mosul-Hammam al-Alil road continue with the usual checks.

Page 1 of 1 - 12.10.2021""", [
    I("a", "2021-10-03", "On 3 Oct.", "Hammam al-Alil", "Hammam al-Alil", "Nineveh", "unknown", "unclaimed", "civilians",
      "kidnapping", None, None, None, None),
    I("b", "2021-10-07", "On 7 Oct.", "Bashiqa", "Bashiqa", "Nineveh", None, None, "Turkey", "mortar_rocket",
      0, "No one was hurt", 0, "No one was hurt")])

doc("H2", "H", "2024-11-15", """Cordaid Iraq - field security update
As of 15 November 2024

On 5/11, [[a|a bomb exploded at the gate of a primary school in Al-Tannuma, Shatt al-Arab district]], at night, causing damage but no casualties. The school reopened two days later.
On 9 Nov., a Saturday, [[b|gunmen shot dead two brothers near Al-Majar al-Kabir]] and wounded their cousin, in what police called a political killing.

Our programmes in both districts continue.""", [
    I("a", "2024-11-05", "On 5/11", "Al-Tannuma", "Shatt al-Arab", "Basra", None, None, "", "ied",
      0, "causing damage but no casualties", 0, "causing damage but no casualties"),
    I("b", "2024-11-09", "On 9 Nov., a Saturday", "Al-Majar al-Kabir", "Majar al-Kabir", "Maysan", "unknown", None,
      "civilians", "shooting", 2, "shot dead two brothers", 1, "wounded their cousin")])

doc("H3", "H", "2026-03-02", """INTERSOS - Diyala protection note

On 26 Feb., [[a|IS gunmen attacked a PMF post outside a village near Muqdadiyah]], killing one fighter and wounding two. Families in the village told our team they had lived through this before: the same area was hit on 21 June 2023, when [[b|a roadside bomb killed three farmers near Baquba]]. Protection monitoring continues.

Page 1 of 1 - 02.03.2026""", [
    I("a", "2026-02-26", "On 26 Feb.", "Muqdadiyah", "Muqdadiyah", "Diyala", "ISIS", "attributed", "PMU", "shooting",
      1, "killing one fighter", 2, "wounding two"),
    I("b", "2023-06-21", "on 21 June 2023", "Baquba", "Baquba", "Diyala", None, None, "civilians", "ied",
      3, "killed three farmers", None, None)])

doc("H4", "H", "2025-02-19", """Search for Common Ground - programme update
As of 19 February 2025

Dialogue sessions between returnee families and host communities continued in Sinjar and Tal Afar. No security incidents affecting staff or participants were reported during the period. A youth radio programme was launched in Mosul.""", noise=True)

doc("H5", "H", "2022-09-26", """Mines Advisory Group (MAG) - Anbar incident note

On 2 Sept., [[a|an IED planted on a farm track near Fallujah wounded a pair of farmers]]; neither died.
On 19 Sept., [[b|a device planted under a small bridge near Hit exploded as army engineers were trying to dismantle it]], wounding one engineer. No one was killed.
A third device, found near Al-Baghdadi the same week, was defused safely and is not counted as an attack.

Page 1 of 1 - 26.09.2022""", [
    I("a", "2022-09-02", "On 2 Sept.", "Fallujah", "Fallujah", "Anbar", None, None, "civilians", "ied",
      0, "neither died", 2, "wounded a pair of farmers"),
    I("b", "2022-09-19", "On 19 Sept.", "Hit", "Hit", "Anbar", None, None, "army", "ied",
      0, "No one was killed", 1, "wounding one engineer")])

doc("H6", "H", "2023-04-20", """Ceasefire Centre for Civilian Rights - case note

This month, on the 12th, [[a|a drone struck a car near Chamchamal]], killing a pair of men who relatives said were civilians. Nobody claimed the strike. We also recorded an older case for comparison: [[b|a farmer was shot dead in his field near Daquq]] on 4 November 2020; that killing remains unsolved.

--
Researcher, Iraq programme
Ceasefire Centre for Civilian Rights
20/04/2023""", [
    I("a", "2023-04-12", "on the 12th", "Chamchamal", "Chamchamal", "Sulaymaniyah", "unknown", "unclaimed", "civilians",
      "airstrike_operation", 2, "killing a pair of men", None, None),
    I("b", "2020-11-04", "on 4 November 2020", "Daquq", "Daquq", "Kirkuk", "unknown", None, "civilians", "shooting",
      1, "a farmer was shot dead", None, None)])

doc("H7", "H", "2023-05-30", """Triangle Génération Humanitaire - southern Iraq note

On 21 May, [[a|an explosive device damaged a water pumping station near Al-Rumaitha]]; no one was hurt, but supply to 3,000 people was cut for two days.
On 27 May, a Saturday, [[b|unknown men set fire to the warehouse of a local partner in Al-Shatra]]. The note does not give any casualty figure.

Page 1 of 1 - 30.05.2023""", [
    I("a", "2023-05-21", "On 21 May", "Al-Rumaitha", "Rumaitha", "Muthanna", None, None, "", "ied",
      0, "no one was hurt", 0, "no one was hurt"),
    I("b", "2023-05-27", "On 27 May, a Saturday", "Al-Shatra", "Shatra", "Dhi Qar", "unknown", None, "", "other",
      None, None, None, None)])

# ====================================================================== S: Telegram channels
doc("S1", "S", "2025-02-14", """Hamrin Pulse - Telegram channel (pinned) · 14 February 2025

[2/14/25 9:30 PM] #Tuz: [[a|two rockets hit near a PMF headquarters in Tuz Khurmatu]] a few minutes ago. Nobody hurt, only a wall damaged.
[2/14/25 9:52 PM] #Tuz: roads to the HQ closed. Power is back in the Askari quarter.""", [
    I("a", "2025-02-14", "a few minutes ago", "Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", None, None, "PMU",
      "mortar_rocket", 0, "Nobody hurt", 0, "Nobody hurt")])

doc("S2", "S", "2019-06-05", """Jazira Monitor (t.me/jazira_monitor) - export of two posts

#Anbar #Baghdadi: [[a|a roadside bomb hit a truck carrying supplies for the coalition near Al-Baghdadi]] yesterday at dusk. Driver hurt, no deaths.
#Anbar #Haditha: the dam road reopened after maintenance; traffic to Al-Baghdadi is slow because of checks.""", [
    I("a", "2019-06-04", "yesterday at dusk", "Al-Baghdadi", "Baghdadi", "Anbar", None, None, "US forces", "ied",
      0, "no deaths", 1, "Driver hurt")], ext="json", title="Jazira Monitor posts", outlet="Jazira Monitor (Telegram)",
    published="2019-06-05T08:10:00+03:00")

doc("S3", "S", "2019-08-21", """Samarra Radar - Telegram channel · 21.08.2019

[21.08.19 23:10] #Samarra: [[a|an IS sniper shot dead a PMF fighter at a post east of Samarra]] a short while ago. No other cas.
[21.08.19 23:25] #Samarra: reinforcements sent to the post. Pilgrim route unaffected.""", [
    I("a", "2019-08-21", "a short while ago", "Samarra", "Samarra", "Salahuddin", "ISIS", "attributed", "PMU", "shooting",
      1, "shot dead a PMF fighter", 0, "No other cas.")])

doc("S4", "S", "2025-11-02", """Zakho Wire - Telegram channel · 02/11/2025

[02/11/2025 10:05] #Bamerni: [[a|PKK fighters hit a Turkish base near Bamerni with rockets]] this morning; the PKK claimed it in a statement. Turkish MoD: 2 soldiers killed. No word on wounded.
[02/11/2025 10:40] #Zakho: Ibrahim Khalil crossing open as usual.""", [
    I("a", "2025-11-02", "this morning", "Bamerni", "Bamerni", "Dohuk", "PKK", "claimed", "Turkey", "mortar_rocket",
      2, "2 soldiers killed", None, None)])

doc("S5", "S", "2023-12-04", """Hasakah Now - Telegram channel · 04.12.2023

[04.12.2023 18:20] #TalTamr: [[a|an IED hit an SDF vehicle near Tal Tamr]] this evening. 1 killed, 2 injured.
[04.12.2023 18:45] #Hasakah: water cut in the city tomorrow from 8 am to 4 pm, the water directorate says. Stock up.""", [
    I("a", "2023-12-04", "this evening", "Tal Tamr", "Tal Tamr", None, None, None, "security forces", "ied",
      1, "1 killed", 2, "2 injured", country="Syria")], country="Syria")

doc("S6", "S", "2026-05-31", """Kut Live - Telegram channel · 31 May 2026

[31.05.2026 21:05] #Kut: [[a|a sticky bomb exploded under an engineer's car in Kut]] moments ago. He is wounded, stable. No deaths.
[31.05.2026 21:30] #Kut: the Al-Hawra bridge is closed to traffic until further notice.""", [
    I("a", "2026-05-31", "moments ago", "Kut", "Kut", "Wasit", None, None, "civilians", "ied",
      0, "No deaths", 1, "He is wounded")])

doc("S7", "S", "2022-03-15", """Sinjar Now - Telegram channel · 15/03/2022

[15/03/2022 08:50] #Shingal: [[a|a Turkish drone hit a car near Sinjar]] at about 1 a.m. today. 2 killed (YBS members, per local sources), 1 injured.
[15/03/2022 09:15] #Shingal: schools open as normal, the education office says. Roads to Sinuni are open.""", [
    I("a", "2022-03-15", "at about 1 a.m. today", "Sinjar", "Sinjar", "Nineveh", "Turkey", "attributed", "PKK",
      "airstrike_operation", 2, "2 killed", 1, "1 injured")])

# ====================================================================== F: follow-ups
doc("F1", "F", "2021-03-15", """Policeman discharged from hospital - 15 March 2021

A Baghdad policeman left Al-Kindi hospital today, two weeks after [[a|a sticky bomb exploded under his car in Baghdad's Al-Ghadeer area]] on the last day of February. He was the only one wounded; no one died. Colleagues welcomed him with flowers. No group claimed the bombing.""", [
    I("a", "2021-02-28", "on the last day of February", "Baghdad", "Baghdad", "Baghdad", "unknown", "unclaimed", "police",
      "ied", 0, "no one died", 1, "He was the only one wounded")])

doc("F2", "F", "2025-04-12", """Forty-day memorial for Nasiriyah lawyer - 12 April 2025

Relatives and colleagues held the fortieth-day memorial in Nasiriyah today for the lawyer who was killed when [[a|gunmen shot dead a human-rights lawyer outside his office in Nasiriyah]] forty days ago, on 3 March. His assistant was unhurt. The bar association again demanded that the killers be found.""", [
    I("a", "2025-03-03", "on 3 March", "Nasiriyah", "Nasiriyah", "Dhi Qar", "unknown", None, "civilians", "shooting",
      1, "gunmen shot dead a human-rights lawyer", 0, "His assistant was unhurt")])

doc("F3", "F", "2022-10-05", """Compensation paid in Al-Kahla - 5 October 2022

The Maysan compensation committee paid the owners of three houses damaged when [[a|mortar rounds fell on a residential street in Al-Kahla]] on the 2nd of last month. No one was hurt at the time. The committee said the rounds were never claimed.""", [
    I("a", "2022-09-02", "on the 2nd of last month", "Al-Kahla", "Kahla", "Maysan", None, None, "civilians",
      "mortar_rocket", 0, "No one was hurt", 0, "No one was hurt")])

doc("F4", "F", "2023-05-10", """Trial adjourned in Karbala café grenade case - 10 May 2023

The Karbala criminal court adjourned until June the trial of two men accused of [[a|throwing a grenade into a café on Al-Abbas street in Karbala]] on 6 Nov. last year. Three customers were wounded in that attack and no one was killed. Defence lawyers asked for more time.""", [
    I("a", "2022-11-06", "on 6 Nov. last year", "Karbala", "Karbala", "Karbala", "unknown", None, "civilians", "other",
      0, "no one was killed", 3, "Three customers were wounded")])

doc("F5", "F", "2024-06-02", """Memorial plaque unveiled - 2 June 2024

A plaque remembering the victims of the 2021 hospital fire was unveiled in Nasiriyah today. Families laid flowers. The fire was caused by an oxygen cylinder and was not an attack; officials said safety inspections of hospitals continue.""", noise=True)

doc("F6", "F", "2025-01-08", """Najaf music shop reopens - 8 January 2025

A music shop in Najaf's old market reopened today, nine days after [[a|unknown men set fire to the music shop in Najaf's old market]] on 30 Dec. No one was hurt. The owner said the new shop front was paid for by neighbours.""", [
    I("a", "2024-12-30", "on 30 Dec.", "Najaf", "Najaf", "Najaf", "unknown", None, "civilians", "other",
      0, "No one was hurt", 0, "No one was hurt")])

doc("F7", "F", "2021-02-10", """Pension approved for slain officer's family - 10 February 2021

The Wasit provincial council approved a monthly pension for the family of [[a|a police officer shot dead at a checkpoint near Badra]] on the fourth of October last year. Nobody else was hurt in that attack. His widow thanked the council.""", [
    I("a", "2020-10-04", "on the fourth of October last year", "Badra", "Badra", "Wasit", None, None, "police", "shooting",
      1, "a police officer shot dead", 0, "Nobody else was hurt")])

# ====================================================================== P: web pages (html, xml RSS, md, json)
e = "2024-09-17"
doc("P1", "P", "2024-09-18", f"""[[a|Gunmen fired at the home of a parliamentary candidate in Abu al-Khasib]] shortly before dawn on {W(e)}, police said. No one was hurt; bullets hit the gate and a parked car.

The candidate blamed rivals. Police said they had identified the car used in the attack.

Related stories: Basra council sets election-security plan | See also: Shatt al-Arab ferry fares rise""", [
    I("a", e, f"shortly before dawn on {W(e)}", "Abu al-Khasib", "Abu al-Khasib", "Basra", "unknown", None, "civilians",
      "shooting", 0, "No one was hurt", 0, "No one was hurt")], ext="html", title="Candidate's home fired on in Abu al-Khasib",
    outlet="Basra Evening")

e = "2026-05-12"
doc("P2", "P", "2026-05-14", f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Hillah Gazette - security</title>
<item><title>Bomb at Hillah liquor store</title>
<pubDate>{rfc("2026-05-14", "10:20:00")}</pubDate>
<description>[[a|A bomb exploded outside a liquor store in central Hillah]] on {W(e)} evening, police said. A guard was slightly hurt; no one was killed. Related: earlier attacks on stores in the city.</description>
</item></channel></rss>
""", [
    I("a", e, f"on {W(e)} evening", "Hillah", "Hillah", "Babil", None, None, "", "ied",
      0, "no one was killed", 1, "A guard was slightly hurt")], ext="xml")

doc("P3", "P", "2026-04-22", """# Turkish drone strike near Penjwen kills farmer

*Updated 22.04.2026 · border desk · 1 min read*

[[a|A Turkish drone struck a field near Penjwen]] yesterday afternoon, killing one man and injuring another, local officials said. The officials said the two were farmers; Turkey did not comment.

## Read more
- Penjwen border crossing reopens after holiday""", [
    I("a", "2026-04-21", "yesterday afternoon", "Penjwen", "Penjwen", "Sulaymaniyah", "Turkey", "attributed", "civilians",
      "airstrike_operation", 1, "killing one man", 1, "injuring another")], ext="md")

e = "2026-01-18"
doc("P4", "P", "2026-01-20", f"""A roadside bomb hit a federal police vehicle on the Kirkuk-Tikrit road near Taza on {W(e)}, wounding two federal policemen; none were killed, the Kirkuk police said. [[a|The bomb hit the federal police vehicle near Taza]] shortly after it left a checkpoint. Read more: Kirkuk police step up patrols on southern roads.""", [
    I("a", e, f"on {W(e)}", "Taza", "Taza", "Kirkuk", None, None, "police", "ied",
      0, "none were killed", 2, "wounding two federal policemen")], ext="json", title="Federal police vehicle hit near Taza",
    outlet="Kirkuk Daily Online", published="2026-01-20T11:45:00+03:00")

doc("P5", "P", "2025-06-10", """The old Samarra bridge reopened to traffic today after two years of repairs, the provincial government said. The bridge was closed in 2023 for structural work.

Shops along the approach road said trade had already picked up.

Related stories: Truck bomb on the Samarra bridge (archive, 2007) | See also: Salahuddin budget approved""", ext="html",
    title="Samarra bridge reopens", outlet="Tigris Valley Online", noise=True)

e = "2019-03-22"
doc("P6", "P", "2019-03-24", f"""[[a|Gunmen ambushed a border guard patrol near Al-Salman]] on {W(e)} morning, wounding two guards, the border forces said. No one was killed. The attackers fled into the desert towards the Saudi border, and a search was launched with helicopter support. Read more: Muthanna governor visits border posts.""", [
    I("a", e, f"on {W(e)} morning", "Al-Salman", "Salman", "Muthanna", "unknown", None, "security forces", "ambush",
      0, "No one was killed", 2, "wounding two guards")], ext="json", title="Border patrol ambushed near Al-Salman",
    outlet="Samawah Online", published="2019-03-24T09:00:00+03:00")

doc("P7", "P", "2019-12-11", """# Sound bomb hits activist's house in Diwaniyah

*Published 11.12.2019 · Qadisiyah desk*

[[a|A sound bomb exploded at the door of a protest activist's house in Diwaniyah]] last Sunday night, damaging the door. No one was hurt, police said.

## Related
- Diwaniyah protesters extend sit-in""", [
    I("a", "2019-12-08", "last Sunday night", "Diwaniyah", "Diwaniyah", "Qadisiyah", None, None, "civilians", "ied",
      0, "No one was hurt", 0, "No one was hurt")], ext="md")
