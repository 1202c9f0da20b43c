"""realworld17 data: styles T (translated Arabic press), K (Kurdish-region outlets), N (no figures)."""
from lib import I, doc

# ============================================================ T: translated Arabic press
doc("T1", "T", "2020-09-24", """Baghdad Today - Diala - 24/09/2020 (translated)

A security source in Diala province reported, on Thursday evening, that a soldier was martyred by the bullet of a Daesh sniper in the orchards of Al-Mukhaisa, within the Abu Saida district.

The source said to (Baghdad Today) that [[a|a sniper from the terrorist Daesh gangs targeted a checkpoint of the army in the orchards of Al-Mukhaisa]], which led to the martyrdom of one of its elements, and the forces launched a search of the area.""",
    [I("a", "2020-09-24", "on Thursday evening", "Al-Mukhaisa", "Abu Saida", "Diyala", "ISIS", "attributed", "army", "shooting", 1, "the martyrdom of one of its elements", None, None)])

doc("T2", "T", "2023-04-27", """Al-Mada Press / Salah El-Din / 27-04-2023 (translated)

Three elements of the oil police were injured yesterday, Wednesday, when [[a|an explosive device exploded on their vehicle near the Ajeel oil field, east of Tikreet]], a source in the Salah El-Din police said.

The source told Al-Mada that the wounded were transferred to Tikreet Teaching Hospital, and that a force cordoned off the area. The source did not name the party that planted the device.""",
    [I("a", "2023-04-26", "yesterday, Wednesday", "Ajeel oil field", "Tikrit", "Salahuddin", None, None, "police", "ied", None, None, 3, "Three elements of the oil police were injured")])

doc("T3", "T", "2021-12-28", """964 - Kerkuk - 2021/12/28 - machine translated

Unknown persons assassinated the mukhtar of Tal Ali village at dawn today, Tuesday, in front of his house. A local source said [[a|unknown persons opened fire with light weapons on the mukhtar of Tal Ali village in Al-Zab district, west of Kerkuk]], killing him instantly, before fleeing to an unknown destination. The police opened an investigation and the body was transferred to the forensic medicine department.""",
    [I("a", "2021-12-28", "at dawn today, Tuesday", "Tal Ali", "Zab", "Kirkuk", "unknown", None, "civilians", "shooting", 1, "killing him instantly", None, None)])

doc("T4", "T", "2019-05-25", """Alghad Press - Al-Anbar - Saturday 25 May 2019 (translated)

A security source in Al-Anbar said that [[a|a suicide bomber wearing an explosive belt blew himself up among a gathering of the Hashd al-Asha'iri fighters at the entrance of Al-Muhammadi, east of Heet]], yesterday evening, Friday.

The source added that the explosion resulted in the martyrdom of four fighters and the wounding of seven others, and accused the terrorist gangs of Daesh of carrying out the attack during the holy month.""",
    [I("a", "2019-05-24", "yesterday evening, Friday", "Al-Muhammadi", "Hit", "Anbar", "ISIS", "attributed", "PMU", "suicide", 4, "the martyrdom of four fighters", 7, "the wounding of seven others")])

doc("T5", "T", "2022-10-30", """Nas News - Erbil - 30/10/2022 (translated)

A drone, believed to be Turkish, bombed a vehicle on Saturday evening on the road between Khalifan and Rawanduz, in the Soran administration, a local source said.

The source told (Nas News) that [[a|the drone bombed a vehicle on the road between Khalifan and Rawanduz]], killing two members of the Kurdistan Workers' Party who were inside it. The Turkish side did not comment.""",
    [I("a", "2022-10-29", "on Saturday evening", "Khalifan", "Khalifan", "Erbil", "Turkey", "suspected", "PKK", "airstrike_operation", 2, "killing two members of the Kurdistan Workers' Party", None, None)])

doc("T6", "T", "2020-01-11", """Mawazin News - Baghdad - 11 January 2020 (translated)

A security source said that [[a|a sticky explosive device exploded this morning under a civilian car on Al-Saadoun Street in central Baghdad]], injuring its owner, who was transferred to hospital.

In a separate incident, the source added that [[b|a Katyusha rocket fell last night near the Al-Taji camp, north of Baghdad, which hosts trainers of the international coalition]], without causing human losses.""",
    [I("a", "2020-01-11", "this morning", "Al-Saadoun Street", "Baghdad", "Baghdad", None, None, "civilians", "ied", None, None, 1, "injuring its owner"),
     I("b", "2020-01-10", "last night", "Al-Taji camp", "Taji", "Baghdad", None, None, "US forces", "mortar_rocket", 0, "without causing human losses", 0, "without causing human losses")])

doc("T7", "T", "2023-11-29", """Al-Sabah - Babel - 29/11/2023 (translated)

A security source in Babel province reported that [[a|an explosive device exploded on Tuesday night near the house of a candidate for the provincial council elections in Al-Musayyib]], causing material damage only.

The source said that the police cordoned off the area, and that the candidate had received threats during the electoral campaign. The provincial council elections are scheduled for 18 December.""",
    [I("a", "2023-11-28", "on Tuesday night", "Al-Musayyib", "Musayyib", "Babil", None, None, "civilians", "ied", 0, "causing material damage only", 0, "causing material damage only")])

doc("T8", "T", "2022-08-03", """Baghdad Today - Karbala - 03/08/2022 (translated)

The Civil Defence Directorate in Karbala announced, today, Wednesday, that a fire broke out in a hotel near the Bayn al-Haramayn area because of an electrical short circuit in an air-conditioning unit.

The directorate said its teams evacuated dozens of pilgrims and brought the fire under control, and that the incident was not an act of sabotage, as some pages on social media had claimed. Three people suffered from smoke inhalation.""",
    noise=True)

doc("T9", "T", "2022-06-08", """Al-Forat News - Al-Diwaniyah - 08/06/2022 (translated)

A source in the Al-Diwaniyah police said that [[a|unknown gunmen opened fire yesterday evening on a civil activist near his house in the Al-Jumhuri neighbourhood of Al-Diwaniyah]], seriously wounding him.

The source added that the activist had taken part in the October demonstrations, and that the gunmen fled on a motorcycle. It is the second attack on an activist in the province this year.""",
    [I("a", "2022-06-07", "yesterday evening", "Al-Diwaniyah", "Diwaniyah", "Qadisiyah", "unknown", None, "civilians", "shooting", None, None, 1, "seriously wounding him")])

# ============================================================ K: Kurdish-region outlets
doc("K1", "K", "2020-09-27", """XANEQÎN / KHANAQIN - KirkukNow - 27 September 2020

Islamic State (IS) militants set fire to wheat fields and shot at farmers in Qoratu subdistrict, north of Xaneqîn, on Friday night, local officials told KirkukNow.

[[a|The militants opened fire on Kurdish farmers guarding their harvest in Qoratu]], wounding two of them. No one was killed. Villagers say the area has been exposed since the withdrawal of the Peshmerga in October 2017.""",
    [I("a", "2020-09-25", "on Friday night", "Qoratu", "Qoratu", "Diyala", "ISIS", "attributed", "civilians", "shooting", 0, "No one was killed", 2, "wounding two of them")])

doc("K2", "K", "2023-04-03", """TUZ KHURMATU - NRT English - April 3, 2023

[[a|Three mortar rounds landed on the Kurdish Jumhuri neighbourhood of Tuzkhurmatu]] last night, wounding a woman and a child, the town's Kurdish officials told NRT.

They said the shells came from the direction of the Hamrin hills, where IS remnants hide, but no one has claimed the attack. Kurdish residents of Tuzkhurmatu have repeatedly called for a joint force with the Peshmerga.""",
    [I("a", "2023-04-02", "last night", "Tuzkhurmatu", "Tuz Khurmatu", "Salahuddin", "unknown", "unclaimed", "civilians", "mortar_rocket", None, None, 2, "wounding a woman and a child")])

doc("K3", "K", "2021-12-05", """KIRKUK - The New Region - 05-12-2021

Two Peshmerga fighters were killed and three others injured on Saturday night when [[a|IS militants attacked a Peshmerga post near the village of Palkana, in Kirkuk's Dubiz district]], the Ministry of Peshmerga Affairs said.

The ministry called for the long-delayed joint brigades between the Peshmerga and the Iraqi army to be deployed in the gaps between their lines in the disputed territories.""",
    [I("a", "2021-12-04", "on Saturday night", "Palkana", "Dibis", "Kirkuk", "ISIS", "attributed", "Peshmerga", "shooting", 2, "Two Peshmerga fighters were killed", 3, "three others injured")])

doc("K4", "K", "2019-05-21", """RAMADI - BasNews - 21/05/2019

[[a|A bomb planted in a motorcycle went off near a police patrol in the Al-Sufiya area east of Ramadi]] on Monday, killing a policeman and wounding two passers-by, a security source told BasNews.

The attack is the latest in a series of bombings in Anbar province during Ramadan. No group has claimed it.""",
    [I("a", "2019-05-20", "on Monday", "Al-Sufiya", "Ramadi", "Anbar", "unknown", "unclaimed", "police", "ied", 1, "killing a policeman", 2, "wounding two passers-by")])

doc("K5", "K", "2022-10-08", """HEWLÊR - Kurdsat News - 08.10.2022

[[a|Turkish artillery shelled several villages in the Barzan area of Mergasur district]] on Thursday, setting fire to forests and orchards, the district mayor told Kurdsat News. There were no casualties.

The mayor said the villagers had fled to nearby towns and asked Ankara and the PKK to keep their conflict away from civilian areas.""",
    [I("a", "2022-10-06", "on Thursday", "Barzan", "Mergasur", "Erbil", "Turkey", "attributed", "", "mortar_rocket", 0, "There were no casualties", 0, "There were no casualties")])

doc("K6", "K", "2020-01-20", """BAGHDAD - NRT English - 20-01-2020

[[a|Unknown persons threw an explosive device at the office of the Kurdistan Democratic Party (KDP) in Baghdad's Al-Wathiq Square area]] on Sunday night, causing material damage but no injuries, a party official told NRT.

The official said the office had received threats after the party's position on the parliamentary vote on the withdrawal of foreign troops.""",
    [I("a", "2020-01-19", "on Sunday night", "Al-Wathiq Square", "Baghdad", "Baghdad", "unknown", None, "", "other", 0, "causing material damage but no injuries", 0, "causing material damage but no injuries")])

doc("K7", "K", "2024-03-13", """SLÊMANÎ - BasNews - 13/03/2024

A member of the PKK was killed and two civilians were injured on Tuesday afternoon when [[a|a drone struck a house in the Sangasar subdistrict of Pshdar]], the Slêmanî Asayish said, identifying the drone as Turkish.

The Asayish said the injured, two shepherds from the village, were taken to Ranya hospital.""",
    [I("a", "2024-03-12", "on Tuesday afternoon", "Sangasar", "Sangasar", "Sulaymaniyah", "Turkey", "attributed", "PKK", "airstrike_operation", 1, "A member of the PKK was killed", 2, "two civilians were injured")])

doc("K8", "K", "2023-01-24", """KOBANI - The New Region - 24-01-2023

[[a|A Turkish drone struck a car on the outskirts of Kobani (Kobanê), in northern Syria]], on Sunday, killing two civilians, the Syrian Democratic Forces (SDF) said.

Turkey has stepped up drone strikes in north-east Syria since the Istanbul bombing in November, which it blamed on the PKK and its Syrian affiliates.""",
    [I("a", "2023-01-22", "on Sunday", "Kobani", "Kobani", None, "Turkey", "attributed", "civilians", "airstrike_operation", 2, "killing two civilians", None, None, country="Syria")],
    country="Syria")

doc("K9", "K", "2023-06-21", """ZAXO - Kurdsat News - 21.06.2023

[[a|A drone struck a pick-up truck near the village of Darkar, in Zaxo district]], on Tuesday, killing the driver, a local man who sold fruit, the mayor told Kurdsat News. He said the drone was Turkish.

Darkar, about 15 km from Zaxo town, is close to the mountains where PKK fighters shelter.""",
    [I("a", "2023-06-20", "on Tuesday", "Darkar", "Zakho", "Dohuk", "Turkey", "attributed", "civilians", "airstrike_operation", 1, "killing the driver", None, None)])

# ============================================================ N: reports without casualty figures
doc("N1", "N", "2020-09-17", """Diyala Voice (local news) - 17 Sep 2020

[[a|An explosive device destroyed a high-voltage tower near Kanaan, south-east of Baquba]], at dawn on Wednesday, cutting power to more than twenty villages, the electricity directorate said.

The directorate said its teams could not reach the site until the army had searched it. It is the fourth tower brought down in the district since the summer.""",
    [I("a", "2020-09-16", "at dawn on Wednesday", "Kanaan", "Kanaan", "Diyala", None, None, "", "ied", None, None, None, None)])

doc("N2", "N", "2023-04-11", """Salahuddin local news - 11 April 2023

[[a|Gunmen in two pick-up trucks abducted a shepherd and his flock in the Al-Mutaibija area]], on the edge of the province, on Monday, his relatives said. Police said they were searching the area and did not say who they suspected.""",
    [I("a", "2023-04-10", "on Monday", "Al-Mutaibija", "Mutaibijah", "Salahuddin", "unknown", None, "civilians", "kidnapping", None, None, None, None)])

doc("N3", "N", "2021-12-08", """Hawija Today - 08 December 2021

[[a|An explosive device went off under the car of a member of the Hawija local council]] on Tuesday evening as he was leaving his home in the town centre. Hospital staff would not disclose his condition, and the police have not issued a statement. He had recently criticised the provision of services in the district.""",
    [I("a", "2021-12-07", "on Tuesday evening", "Hawija", "Hawija", "Kirkuk", None, None, "civilians", "ied", None, None, None, None)])

doc("N4", "N", "2019-05-31", """Anbar news brief - May 31, 2019

[[a|Gunmen attacked an army post on the outskirts of Rawa]] on Thursday night, and a firefight lasted nearly an hour before the attackers withdrew towards the desert, a tribal source said. There was no information on casualties. Army reinforcements arrived from Al-Qaim on Friday morning.""",
    [I("a", "2019-05-30", "on Thursday night", "Rawa", "Rawa", "Anbar", "unknown", None, "army", "shooting", None, None, None, None)])

doc("N5", "N", "2022-10-02", """Erbil business news - 2 October 2022

[[a|Three rockets struck near the Kawergosk refinery in Khabat district]] on Saturday evening, the Kurdistan Region's interior ministry said, adding that a fire broke out in a storage area and was put out. The ministry gave no word on casualties and did not say where the rockets were launched from.""",
    [I("a", "2022-10-01", "on Saturday evening", "Kawergosk", "Khabat", "Erbil", None, None, "", "mortar_rocket", None, None, None, None)])

doc("N6", "N", "2020-01-23", """Tahrir Square bulletin (protest coordination) - 23 January 2020

[[a|Unknown gunmen abducted an activist near his home in Al-Adhamiya]] on Tuesday evening, his colleagues said. His whereabouts remain unknown, and his phone has been switched off since. Activists said it was the latest in a wave of abductions of protest organisers in Baghdad.""",
    [I("a", "2020-01-21", "on Tuesday evening", "Al-Adhamiya", "Adhamiya", "Baghdad", "unknown", None, "civilians", "kidnapping", None, None, None, None)])

doc("N7", "N", "2021-10-06", """Wasit news - 06/10/2021

[[a|A sound bomb exploded outside the house of an engineer running for parliament in Al-Suwaira]] on Tuesday night, days before the election, the candidate's office said. It gave no further details, and the police have opened an investigation.""",
    [I("a", "2021-10-05", "on Tuesday night", "Al-Suwaira", "Suwaira", "Wasit", None, None, "civilians", "ied", None, None, None, None)])

doc("N8", "N", "2024-04-16", """Basra local news - 16 April 2024

Police in Abu al-Khasib said on Tuesday that a metal object found by children near a school was an old artillery shell left from the war of the 1980s. An explosives team removed it and detonated it in a safe area. The police urged parents to report any suspicious object and said this was not an attack.""",
    noise=True)

doc("N9", "N", "2022-08-29", """Dhi Qar news - 29 August 2022

[[a|Unknown persons set fire to the office of a political party in Al-Nasiriyah]] late on Sunday, the civil defence said. Firefighters put out the blaze; the civil defence did not say whether anyone was inside. The office had been closed since protests last year.""",
    [I("a", "2022-08-28", "late on Sunday", "Al-Nasiriyah", "Nasiriyah", "Dhi Qar", "unknown", None, "", "other", None, None, None, None)])
