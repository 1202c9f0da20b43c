"""Styles V (auto-generated video captions / ASR transcripts), J (journalist-safety
alerts) and G (English copy of French / German wires with their place spellings).
Positions 1-6 in every style are the month clusters: Diyala May 2021, Kirkuk
December 2023, Dohuk August 2022, Nineveh November 2025, Baghdad September 2021,
Salahuddin February 2020 (where the style fits them)."""
from lib import I, doc


def asr(channel, title, up, lines):
    head = "[auto-generated captions - English]\nVideo: %s\nChannel: %s | Uploaded %s\n\n" % (title, channel, up)
    return head + "\n".join(lines) + "\n"


# ------------------------------------------------------------------ V: ASR captions
doc("V1", "V", "2021-05-14", asr("Iraq Today Live", "Diyala farmers hit by bomb in orchards", "14 May 2021", [
    "0:00 good evening and welcome to the news at nine",
    "0:04 we start in diyala province where",
    "0:07 [[a|an explosive device went off last night under a tractor in the orchards of abu saida]]",
    "0:13 killing two farmers and wounding one other",
    "0:17 the wounded man was taken to baquba teaching hospital",
    "0:21 police have not said who planted the device",
    "0:25 farmers in the area say they are afraid to go back to their fields",
    "0:31 [music]",
]), [I("a", "2021-05-13", "last night", "abu saida", "Abu Saida", "Diyala", None, None, "civilians", "ied",
       2, "killing two farmers", 1, "wounding one other")])

doc("V2", "V", "2023-12-19", asr("Kirkuk Now TV", "election day shooting in kirkuk", "19 December 2023", [
    "0:00 hello and welcome",
    "0:02 [[a|gunmen opened fire on a polling centre in the huriya neighbourhood of kirkuk yesterday]]",
    "0:08 wounding a policeman who was guarding the gate",
    "0:11 no one was killed",
    "0:13 voting went on after about an hour",
    "0:16 the electoral commission said turnout in kirkuk was around sixty five percent",
    "0:22 counting is continuing tonight",
]), [I("a", "2023-12-18", "yesterday", "huriya", "Kirkuk", "Kirkuk", "unknown", None, "police", "shooting",
       0, "no one was killed", 1, "wounding a policeman")])

doc("V3", "V", "2022-08-09", asr("Duhok Live", "drone strike near kani masi", "9 August 2022", [
    "0:00 breaking news from the border area",
    "0:03 [[a|a turkish drone struck a car near the village of kani masi on sunday]]",
    "0:09 killing three people",
    "0:11 local officials said the three were civilians from the village",
    "0:15 one of them was a teacher",
    "0:18 there has been no comment from ankara",
    "0:21 residents held a protest this morning in front of the district building",
    "0:27 [applause]",
]), [I("a", "2022-08-07", "on sunday", "kani masi", "Kani Masi", "Dohuk", "Turkey", "attributed", "civilians",
       "airstrike_operation", 3, "killing three people", None, None)])

doc("V4", "V", "2025-11-10", asr("Mosul Eye TV", "candidate car bombed in mosul", "10 November 2025", [
    "0:00 with one day to go before the vote",
    "0:03 [[a|a sticky bomb exploded under the car of a parliamentary candidate in the zuhur neighbourhood of mosul this morning]]",
    "0:11 the candidate was not in the car",
    "0:13 his brother was lightly injured",
    "0:16 police cordoned off the street",
    "0:19 it is not known who planted the bomb",
    "0:22 the candidate said he will not withdraw",
]), [I("a", "2025-11-10", "this morning", "mosul", "Mosul", "Nineveh", None, None, "civilians", "ied",
       None, None, 1, "his brother was lightly injured")])

doc("V5", "V", "2021-09-26", asr("Baghdad 24", "rocket lands near green zone", "26 September 2021", [
    "0:00 security now",
    "0:02 [[a|a katyusha rocket landed near the green zone on friday night]]",
    "0:07 there were no casualties",
    "0:09 the rocket fell in an empty lot close to the jadriya bridge",
    "0:13 no group has claimed the attack",
    "0:16 security has been tightened ahead of the arbaeen pilgrimage",
    "0:20 and the elections next month",
]), [I("a", "2021-09-24", "on friday night", "green zone", "Baghdad", "Baghdad", "unknown", "unclaimed", "",
       "mortar_rocket", 0, "there were no casualties", 0, "there were no casualties")])

doc("V6", "V", "2020-02-12", asr("Salah Eddin Channel", "army post attacked in mutaibijah", "12 February 2020", [
    "0:00 good afternoon",
    "0:02 [[a|isis fighters attacked an army post in the mutaibijah area on monday with light weapons]]",
    "0:09 killing two soldiers and wounding three",
    "0:12 reinforcements arrived from samarra",
    "0:15 the attackers fled towards the desert",
    "0:18 this is the third attack in the area this month",
    "0:22 update the health directorate now says three soldiers were killed and two wounded",
    "0:27 after one of the wounded died in hospital",
    "0:30 [music]",
]), [I("a", "2020-02-10", "on monday", "mutaibijah", "Mutaibijah", "Salahuddin", "ISIS", "attributed", "army",
       "shooting", 3, "three soldiers were killed", 2, "two wounded")])

doc("V7", "V", "2019-03-21", asr("Anbar Voice", "tribal fighters killed on rawa road", "21 March 2019", [
    "0:00 good morning",
    "0:02 [[a|a roadside bomb targeted a patrol of the tribal mobilisation on the road between rawa and anah at dawn today]]",
    "0:10 killing one fighter",
    "0:12 and wounding two more",
    "0:14 officials blamed daesh remnants hiding in the wadis",
    "0:18 the road was closed for three hours",
]), [I("a", "2019-03-21", "at dawn today", "rawa", "Rawa", "Anbar", "ISIS", "attributed", "PMU", "ied",
       1, "killing one fighter", 2, "wounding two more")])

doc("V8", "V", "2024-03-05", asr("Basra Online", "lawyer shot dead in basra", "5 March 2024", [
    "0:00 in basra",
    "0:02 [[a|unknown gunmen shot dead a well known lawyer in the jazair neighbourhood of basra on sunday night]]",
    "0:09 he was returning home from his office",
    "0:12 the bar association called for a strike",
    "0:16 police say they are searching for a white car",
    "0:19 no arrests have been made",
]), [I("a", "2024-03-03", "on sunday night", "basra", "Basra", "Basra", "unknown", None, "civilians", "shooting",
       1, "shot dead a well known lawyer", None, None)])

doc("V9", "V", "2022-06-30", asr("Najaf News", "fire at najaf market", "30 June 2022", [
    "0:00 a large fire broke out this afternoon in a clothes market in najaf",
    "0:05 civil defence teams brought it under control after two hours",
    "0:09 three shop keepers suffered from smoke",
    "0:12 the civil defence director said the cause was an electrical short circuit",
    "0:16 and not an act of sabotage",
    "0:19 temperatures reached fifty degrees today",
    "0:23 [music]",
]), noise=True)

doc("V10", "V", "2022-11-16", asr("Maysan Live", "grenade at sheikh's house", "16 November 2022", [
    "0:00 news from maysan",
    "0:02 [[a|a hand grenade was thrown at the house of a tribal sheikh in majar al kabir yesterday evening]]",
    "0:08 it caused damage to the gate",
    "0:10 no one was hurt",
    "0:12 police said they are investigating",
    "0:15 but did not name anyone",
]), [I("a", "2022-11-15", "yesterday evening", "majar al kabir", "Majar al-Kabir", "Maysan", None, None, "civilians",
       "other", 0, "no one was hurt", 0, "no one was hurt")])

doc("V11", "V", "2023-06-08", asr("Kut TV", "blast near shop in kut", "8 June 2023", [
    "0:00 in wasit",
    "0:02 [[a|an explosive device went off outside a liquor shop in kut the day before yesterday]]",
    "0:08 wounding one passer by",
    "0:10 the shop was badly damaged",
    "0:13 it is the second such blast in the city this year",
    "0:17 police have named no suspect",
]), [I("a", "2023-06-06", "the day before yesterday", "kut", "Kut", "Wasit", None, None, "civilians", "ied",
       None, None, 1, "wounding one passer by")])

doc("V12", "V", "2025-02-18", asr("Diwaniyah Channel", "sound bomb at party office", "18 February 2025", [
    "0:00 good evening",
    "0:02 [[a|a sound bomb was thrown at the office of a political party in diwaniyah last night]]",
    "0:08 causing material damage only",
    "0:11 the party condemned what it called an attempt at intimidation",
    "0:15 police opened an investigation",
    "0:18 [music]",
]), [I("a", "2025-02-17", "last night", "diwaniyah", "Diwaniyah", "Qadisiyah", None, None, "", "ied",
       0, "causing material damage only", 0, "causing material damage only")])


# ------------------------------------------------------------------ J: journalist-safety alerts
doc("J1", "J", "2021-05-20", """CPJ - Committee to Protect Journalists
Alerts | Middle East & North Africa

Iraqi reporter shot and wounded in Diyala

New York, May 20, 2021 - Iraqi authorities must swiftly investigate the shooting of Diyala-based reporter Haidar al-Mandalawi and hold those responsible to account, the Committee to Protect Journalists said today.

[[a|On May 17, unidentified gunmen opened fire on al-Mandalawi's car near his home in Baquba]], wounding him in the leg, according to the reporter, who spoke to CPJ by phone. Al-Mandalawi, who reports on corruption in local government for the Al-Ahd channel, said he had received threats after a report on fuel smuggling. Police told him they had no suspects.

CPJ emailed the Diyala police command for comment but did not receive any reply.
""", [I("a", "2021-05-17", "On May 17", "Baquba", "Baquba", "Diyala", "unknown", None, "civilians", "shooting",
        None, None, 1, "wounding him in the leg")])

doc("J2", "J", "2023-12-19", """IFJ | International Federation of Journalists
Press release - 19 December 2023

Iraq: IFJ and KJS condemn grenade attack on TV crew in Kirkuk province

The IFJ and its affiliate the Kurdistan Journalists Syndicate (KJS) condemn the attack on a crew of a Kurdish satellite channel covering the provincial election campaign. [[a|On 16 December, unknown persons threw a hand grenade at the crew's vehicle as it left a campaign rally in Daquq]], injuring two crew members, the correspondent and the cameraman. Both are in stable condition.

"Journalists covering elections must be able to work without fear," the IFJ General Secretary said. The IFJ calls on the Kirkuk police to identify those responsible.
""", [I("a", "2023-12-16", "On 16 December", "Daquq", "Daquq", "Kirkuk", "unknown", None, "civilians", "other",
        None, None, 2, "injuring two crew members")])

doc("J3", "J", "2022-08-25", """Iraq: RSF condemns Turkish drone strike that killed a Kurdish journalist

Reporters Without Borders (RSF) calls for an independent investigation. [[a|On 23 August, a Turkish drone strike hit a car carrying two journalists of a local news agency near Sharanish village, Zakho district]], killing one and injuring the other. The two were returning from reporting on displaced families in the area.

RSF recalls that at least four journalists have been killed in similar strikes in northern Iraq and north-east Syria since 2019. Turkey's defence ministry has not commented.

Published on 25.08.2022 - Updated on 26.08.2022
""", [I("a", "2022-08-23", "On 23 August", "Zakho", "Zakho", "Dohuk", "Turkey", "attributed", "civilians",
        "airstrike_operation", 1, "killing one", 1, "injuring the other")],
    ext="html", title="Iraq: RSF condemns Turkish drone strike that killed a Kurdish journalist",
    outlet="RSF - Reporters Without Borders")

doc("J4", "J", "2025-11-07", """CPJ - Committee to Protect Journalists
Alerts | Middle East & North Africa

Explosive device damages Iraqi journalist's home ahead of elections

Washington, D.C., November 7, 2025 - Iraqi authorities should find those responsible for an attack on the home of journalist Omar al-Tai, CPJ said today. [[a|On November 6, an explosive device detonated outside al-Tai's home in Tal Afar]], causing material damage; no one was hurt, al-Tai told CPJ. He has covered vote-buying allegations for an online outlet. Police have not identified suspects.
""", [I("a", "2025-11-06", "On November 6", "Tal Afar", "Tal Afar", "Nineveh", None, None, "civilians", "ied",
        0, "no one was hurt", 0, "no one was hurt")])

doc("J5", "J", "2021-09-17", """IFJ | International Federation of Journalists
Press release - 17 September 2021

Iraq: photographer abducted in Baghdad released

The IFJ welcomes the release of freelance photographer Mustafa Kadhim. [[a|On 14 September, unidentified gunmen abducted Kadhim in Baghdad's Al-Amiriya district]] as he left a cafe; he was released late yesterday, unharmed, on a road near Abu Ghraib. Kadhim had photographed protests and the campaign of an independent candidate. The IFJ urges authorities to bring the abductors to justice before the October elections.
""", [I("a", "2021-09-14", "On 14 September", "Al-Amiriya", "Baghdad", "Baghdad", "unknown", None, "civilians",
        "kidnapping", 0, "unharmed", 0, "unharmed")])

doc("J6", "J", "2020-02-06", """Iraqi correspondent killed by roadside bomb in Salahuddin

New York, February 6, 2020 - The Committee to Protect Journalists called on Iraqi authorities to investigate the killing of correspondent Ali Hussein al-Jubouri. [[a|On February 3, an improvised explosive device exploded next to al-Jubouri's car near Baiji]] as he returned from filming at a reconstruction site, killing him and wounding his cameraman, according to the channel. No group claimed responsibility. CPJ is investigating whether the attack was related to his work.
""", [I("a", "2020-02-03", "On February 3", "Baiji", "Baiji", "Salahuddin", "unknown", "unclaimed", "civilians",
        "ied", 1, "killing him", 1, "wounding his cameraman")],
    ext="html", title="Iraqi correspondent killed by roadside bomb in Salahuddin", outlet="CPJ Alerts")

doc("J7", "J", "2019-10-11", """RSF | Reporters Without Borders

Iraqi Kurdistan: car of TV presenter bombed in Erbil

Published on 11.10.2019

RSF condemns the bombing of the car of a journalist who presents a programme on a Kurdish opposition TV channel. [[a|On 9 October 2019, an explosive device planted under the presenter's car exploded in Erbil's Ankawa district]]; the presenter, who was walking towards the car, was slightly injured. Kurdistan Region authorities said an investigation was under way but gave no details of suspects.
""", [I("a", "2019-10-09", "On 9 October 2019", "Ankawa", "Erbil", "Erbil", None, None, "civilians", "ied",
        None, None, 1, "was slightly injured")])

doc("J8", "J", "2019-11-06", """CPJ - Committee to Protect Journalists
Alerts | Middle East & North Africa

Journalist shot while covering Karbala protests

New York, November 6, 2019 - CPJ is alarmed by the shooting of Karbala-based reporter Sajjad Nasser. [[a|On November 4, unidentified gunmen fired on Nasser as he filmed a sit-in near the education directorate in Karbala]], wounding him in the shoulder. He is recovering in hospital. Colleagues said he had been warned to stop covering the demonstrations.
""", [I("a", "2019-11-04", "On November 4", "Karbala", "Karbala", "Karbala", "unknown", None, "civilians",
        "shooting", None, None, 1, "wounding him in the shoulder")])

doc("J9", "J", "2024-03-04", """IFJ | International Federation of Journalists

Iraq: attack on TV office in Sulaymaniyah must be investigated

Press release - 4 March 2024

The IFJ and KJS condemn the attack on the office of a local TV channel. [[a|On 2 March 2024, unknown assailants threw an explosive device at the channel's office in Sulaymaniyah's Bakrajo area]], causing damage but no casualties. The channel's director said staff had received anonymous threats over its coverage of salary delays.
""", [I("a", "2024-03-02", "On 2 March 2024", "Bakrajo", "Sulaymaniyah", "Sulaymaniyah", "unknown", None, "",
        "other", 0, "causing damage but no casualties", 0, "causing damage but no casualties")],
    ext="html", title="Iraq: attack on TV office in Sulaymaniyah must be investigated", outlet="IFJ")

doc("J10", "J", "2023-03-07", """RSF | Reporters Without Borders

Syria: reporter injured in drone strike near Qamishli

Published on 07.03.2023

RSF condemns the strike that injured a reporter of a Kurdish news agency in north-east Syria. [[a|On 5 March, a drone, which local authorities said was Turkish, hit a vehicle near Qamishli]], injuring the reporter and his driver. RSF asks all parties to respect the protection owed to journalists under international humanitarian law.
""", [I("a", "2023-03-05", "On 5 March", "Qamishli", None, None, "Turkey", "attributed", "civilians",
        "airstrike_operation", None, None, 2, "injuring the reporter and his driver", country="Syria")],
    country="Syria")

doc("J11", "J", "2022-06-10", """CPJ - Committee to Protect Journalists

Gunmen fire on journalist's home in Nasiriyah

New York, June 10, 2022 - CPJ called on Iraqi authorities to protect journalists in Dhi Qar province. [[a|On June 8, gunmen fired at the house of journalist Haider Jawad in Nasiriyah's Al-Shumookh neighbourhood]]; no one was injured, Jawad said. He has reported on armed factions' involvement in local contracts. Police did not respond to CPJ's request for comment.
""", [I("a", "2022-06-08", "On June 8", "Nasiriyah", "Nasiriyah", "Dhi Qar", "unknown", None, "civilians",
        "shooting", 0, "no one was injured", 0, "no one was injured")])

doc("J12", "J", "2025-04-05", """IFJ | International Federation of Journalists

Iraq: sound bomb at radio presenter's house in Samawah

Press release - 5 April 2025

The IFJ and the Iraqi Journalists Syndicate condemn the intimidation of radio presenter Zainab Ali. [[a|On 3 April 2025, a sound bomb exploded at the door of her house in Samawah]], causing no injuries. Her programme had discussed the water crisis and local officials. The IFJ urges the Muthanna police to investigate.
""", [I("a", "2025-04-03", "On 3 April 2025", "Samawah", "Samawah", "Muthanna", None, None, "civilians", "ied",
        0, "causing no injuries", 0, "causing no injuries")],
    ext="html", title="Iraq: sound bomb at radio presenter's house in Samawah", outlet="IFJ")


# ------------------------------------------------------------------ G: French / German wires in English
doc("G1", "G", "2021-05-09", """BAQOUBA (Iraq), 9 May 2021 (AFP) - [translated from French]

Four fighters of the Hashd al-Chaabi killed by IS jihadists

[[a|Four members of the Hashd al-Chaabi were killed on Saturday evening when jihadists of the Islamic State (IS) group attacked their position near Jalawla]], in the province of Diyala, a security source told AFP. Two others were wounded. The Hashd, a coalition of paramilitary factions now integrated into the state forces, holds a line of posts along the Hamrin mountains, where IS cells still hide.

str/tp/ahe
""", [I("a", "2021-05-08", "on Saturday evening", "Jalawla", "Jalawla", "Diyala", "ISIS", "attributed", "PMU",
        "other", 4, "Four members of the Hashd al-Chaabi were killed", 2, "Two others were wounded")])

doc("G2", "G", "2023-12-24", """KIRKOUK (Iraq), Dec 24 (AFP) - [English service, translated from French]

Bomb damages Kurdish party office in Kirkouk

[[a|An explosive charge went off on Friday night in front of the office of a Kurdish party in Kirkouk]], a multi-ethnic city disputed between Baghdad and Erbil, causing material damage without casualties, police said. The attack came less than a week after provincial elections whose results are contested. Nobody has claimed it.

Filed 24 December 2023. hm/roc
""", [I("a", "2023-12-22", "on Friday night", "Kirkouk", "Kirkuk", "Kirkuk", "unknown", "unclaimed", "", "ied",
        0, "causing material damage without casualties", 0, "causing material damage without casualties")])

doc("G3", "G", "2022-08-18", """Duhok/Istanbul (dpa) - [English copy of German service] 18.08.2022

Turkish shelling injures two shepherds in northern Iraq

[[a|Turkish artillery shelled pastures near the village of Batifa in the Kurdish autonomous region on Wednesday]], injuring two shepherds, the mayor of the area told the German Press Agency. The Turkish army has been fighting the banned Kurdistan Workers' Party (PKK) in the mountains of the region for years. Ankara did not comment at first.

dpa ih yyzz n1 mer
""", [I("a", "2022-08-17", "on Wednesday", "Batifa", "Batifa", "Dohuk", "Turkey", "attributed", "civilians",
        "mortar_rocket", None, None, 2, "injuring two shepherds")])

doc("G4", "G", "2025-11-21", """MOSSOUL (Iraq), 21 Nov 2025 (AFP) - [translated from French]

Two soldiers killed in IS ambush near Mossoul

[[a|Two Iraqi soldiers were killed on Wednesday in an ambush set by jihadists of the Islamic State group near Badouch]], north-west of Mossoul, an officer said. A third was wounded. Although IS was declared defeated in 2017, cells remain active in remote areas of Ninive province. The attack came nine days after legislative elections.

ab/sbh/cbo
""", [I("a", "2025-11-19", "on Wednesday", "Badouch", "Badush", "Nineveh", "ISIS", "attributed", "army",
        "ambush", 2, "Two Iraqi soldiers were killed", 1, "A third was wounded")])

doc("G5", "G", "2021-09-22", """Bagdad (dpa) - [English copy of German service] 22 September 2021

Roadside bomb hits supply convoy west of Bagdad

[[a|A roadside bomb struck a convoy carrying supplies for the US-led coalition in Abu Ghraib, west of Bagdad, on Tuesday]], the Iraqi security media cell said. There were no injuries; one truck was damaged. Such attacks on convoys driven by Iraqi contractors have become frequent. Pro-Iranian militias demand the withdrawal of US troops.

dpa sm yydd a3 fsd
""", [I("a", "2021-09-21", "on Tuesday", "Abu Ghraib", "Abu Ghraib", "Baghdad", None, None, "US forces", "ied",
        0, "There were no injuries", 0, "There were no injuries")])

doc("G6", "G", "2020-02-17", """SAMARRA (Iraq), 17 Feb 2020 (AFP) - [translated from French]

Two shepherds killed by jihadists in Salaheddine province

[[a|Two brothers, shepherds, were shot dead on Saturday by jihadists of the Islamic State group in the desert east of Samarra]], in Salaheddine province north of Bagdad, a local official said. Their flock was taken. IS cells regularly target shepherds and truffle hunters in the area.

lk/ah
""", [I("a", "2020-02-15", "on Saturday", "Samarra", "Samarra", "Salahuddin", "ISIS", "attributed", "civilians",
        "shooting", 2, "Two brothers, shepherds, were shot dead", None, None)])

doc("G7", "G", "2024-06-14", """FALLOUJAH (Iraq), 14 June 2024 (AFP) - [translated from French]

[[a|A bomb exploded on Thursday in a vegetable market in Falloujah]], in the Sunni province of Al-Anbar west of Bagdad, wounding four people, police said. The city, a former stronghold of the jihadists, had been spared such attacks for months. No group claimed responsibility.

UPDATE 14/06/2024 - one of the wounded died in hospital; three remain under treatment, a medical source said.

mam/lg
""", [I("a", "2024-06-13", "on Thursday", "Falloujah", "Fallujah", "Anbar", "unknown", "unclaimed", "civilians",
        "ied", 1, "one of the wounded died in hospital", 3, "three remain under treatment")])

doc("G8", "G", "2023-04-26", """BASSORA (Iraq), 26 Apr 2023 (AFP) - [translated from French]

Official of Bassora ports company shot dead

[[a|Unknown gunmen shot dead an official of the state ports company in Bassora on Monday evening]], police said, in the big oil city of southern Iraq where tribal and political score-settling is frequent. The man, a section director, was killed in front of his home. Nobody was arrested.

ak/ws
""", [I("a", "2023-04-24", "on Monday evening", "Bassora", "Basra", "Basra", "unknown", None, "civilians", "shooting",
        1, "shot dead an official", None, None)])

doc("G9", "G", "2023-07-31", """Mossul (dpa) - [English copy of German service] 31 July 2023

Heat and dust: hundreds treated in Ninive hospitals

Temperatures of over 50 degrees and a dust storm sent hundreds of people to hospitals in the northern province of Ninive on Sunday, the health directorate said. Flights at Mossul airport were suspended for several hours. Power cuts worsened the situation; in several districts the electricity supply failed for more than 12 hours. The authorities gave public employees the day off.

dpa ah yyzz a3 kk
""", noise=True)

doc("G10", "G", "2019-06-08", """KERBALA (Iraq), 8 June 2019 (AFP) - [translated from French]

[[a|An explosive device went off on Friday near a police checkpoint on the road to the old city of Kerbala]], wounding two policemen, a security official said, a day after the end of Ramadan. Millions of Shiite pilgrims visit the city each year. There was no immediate claim.

sd/mh
""", [I("a", "2019-06-07", "on Friday", "Kerbala", "Karbala", "Karbala", "unknown", "unclaimed", "police", "ied",
        None, None, 2, "wounding two policemen")])

doc("G11", "G", "2021-03-10", """Suleimania (dpa) - [English copy of German service] 10.03.2021

Kurdish security official killed by car bomb in Suleimania

[[a|An officer of the Kurdish security service was killed on Tuesday when a bomb under his car exploded in Suleimania]], in the autonomous Kurdish region of Iraq, the security service said. It did not say whom it suspected. Suleimania is the stronghold of the Patriotic Union of Kurdistan (PUK).

dpa fk yyzz n1 ber
""", [I("a", "2021-03-09", "on Tuesday", "Suleimania", "Sulaymaniyah", "Sulaymaniyah", None, None, "security forces",
        "ied", 1, "was killed", None, None)])

doc("G12", "G", "2020-11-10", """ARBIL (Iraq), 10 Nov 2020 (AFP) - [translated from French]

[[a|Several rockets struck near Arbil airport, where troops of the US-led coalition are stationed, on Monday night]], without causing casualties, the Kurdish autonomous region's interior ministry said. It was the first attack on the Kurdish capital in weeks. Nobody claimed responsibility.

sf/fz
""", [I("a", "2020-11-09", "on Monday night", "Arbil airport", "Erbil", "Erbil", "unknown", "unclaimed", "US forces",
        "mortar_rocket", 0, "without causing casualties", 0, "without causing casualties")])
