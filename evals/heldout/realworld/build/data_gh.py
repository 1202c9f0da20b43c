from lib import D, I

# ---------------- Style G: revised tolls and breakdowns (one attack) -------
D(104, "G", "txt", "2021-01-24", "Iraq", """Toll in IS ambush near Tikrit rises to 11
Published: 24 January 2021

TIKRIT, Iraq - [[a|Islamic State militants ambushed a convoy of the Popular Mobilisation Forces near the village of Albu Ajeel, east of Tikrit, on Saturday, killing six fighters, security sources said.]]

The toll rose to 11 on Sunday after rescuers recovered more bodies from the orchards where the convoy had been trapped, a PMU statement said. Ten others were wounded. Among the dead was a brigade commander.

The PMU said the attackers had used roadside bombs to stop the convoy before opening fire.
""", [I("a", "2021-01-23", "day", "on Saturday", "the village of Albu Ajeel, east of Tikrit", "Tikrit", "Salahuddin", "ISIS", "attributed", ["PMU"], ["ambush", "ied"], 11, 10, "The toll rose to 11", "Ten others were wounded")])

D(105, "G", "txt", "2021-07-20", "Iraq", """Death toll from Sadr City market bombing climbs to 30
Published: 20 July 2021

BAGHDAD - [[a|A bomb tore through the crowded Al-Wahailat market in Baghdad's Sadr City late on Monday as residents shopped on the eve of Eid al-Adha, killing at least 18 people, police said.]]

By Tuesday morning the toll had climbed to 30, the health ministry said. Two of the dead were children. A hospital source put the number of wounded at 55, including several women.

Islamic State claimed responsibility for the bombing in a statement on its Telegram channels.
""", [I("a", "2021-07-19", "day", "late on Monday", "the crowded Al-Wahailat market in Baghdad's Sadr City", "Sadr City", "Baghdad", "ISIS", "claimed", ["civilians"], ["ied"], 30, 55, "the toll had climbed to 30", "A hospital source put the number of wounded at 55")])

D(106, "G", "txt", "2020-12-08", "Iraq", """Kirkuk / Shafaq News - Tuesday 8 December 2020

[[a|Daesh militants attacked a checkpoint on the Kirkuk-Baghdad road near Taza Khurmatu on Monday night, killing four people, among them three policemen, a police source said.]] The fourth victim was a truck driver who was waiting to be searched at the checkpoint. Two other policemen were wounded.
""", [I("a", "2020-12-07", "day", "on Monday night", "a checkpoint on the Kirkuk-Baghdad road near Taza Khurmatu", "Taza Khurmatu", "Kirkuk", "ISIS", "attributed", ["police", "civilians"], ["shooting"], 4, 2, "killing four people", "Two other policemen were wounded")])

D(107, "G", "txt", "2019-08-25", "Iraq", """Anbar / Al-Sumaria News - 25 August 2019

[[a|Three people were killed and 12 wounded when a bomb attached to a motorcycle exploded near a restaurant in the centre of al-Qa'im on Saturday evening, a local official said.]] A medical source later said the toll had risen to five. No group has claimed responsibility so far.
""", [I("a", "2019-08-24", "day", "on Saturday evening", "a restaurant in the centre of al-Qa'im", "Al-Qaim", "Anbar", "unknown", "unclaimed", ["civilians"], ["ied"], 5, 12, "the toll had risen to five", "12 wounded")])

D(108, "G", "txt", "2021-03-23", "Iraq", """Diyala / Baghdad Today - 23 March 2021

[[a|Four civilians were killed and three others wounded when Daesh gunmen attacked farmers in the village of Al-Hawasha, near Muqdadiyah, late on Monday, a security source said.]] The toll rose to five on Tuesday morning after the body of a shepherd was found near the village. The source said two of the dead were brothers.
""", [I("a", "2021-03-22", "day", "late on Monday", "the village of Al-Hawasha, near Muqdadiyah", "Muqdadiyah", "Diyala", "ISIS", "attributed", ["civilians"], ["shooting"], 5, 3, "The toll rose to five", "three others wounded")])

D(109, "G", "txt", "2020-03-01", "Iraq", """Tal Afar market blast toll rises
Published: 1 March 2020

MOSUL - [[a|A bomb hidden in a cart exploded in the main market of Tal Afar, west of Mosul, on Sunday, killing two people and wounding ten, police said.]] Later in the day a hospital source said the toll had risen to three, and put the number of wounded at 14. Among the wounded were four children.
""", [I("a", "2020-03-01", "day", "on Sunday", "the main market of Tal Afar", "Tal Afar", "Nineveh", None, None, ["civilians"], ["ied"], 3, 14, "the toll had risen to three", "put the number of wounded at 14")])

D(110, "G", "txt", "2020-04-06", "Iraq", """Salahuddin / INA - Monday 6 April 2020

[[a|Four members of the Hashd were killed when Daesh militants attacked their position in the Jazeera of Samarra at dawn today.]] Two of the dead were officers, a PMU statement said, adding that five fighters were wounded and that the attackers were pursued into the desert.
""", [I("a", "2020-04-06", "day", "at dawn today", "their position in the Jazeera of Samarra", "Samarra", "Salahuddin", "ISIS", "attributed", ["PMU"], ["shooting"], 4, 5, "Four members of the Hashd were killed", "five fighters were wounded")])

D(111, "G", "txt", "2021-09-12", "Iraq", """Toll from IS attack on federal police southwest of Kirkuk reaches 12
Published: 12 September 2021

KIRKUK - [[a|Islamic State militants attacked a federal police post near Al-Rashad, southwest of Kirkuk, late on Saturday, killing nine policemen, a security official said.]]

The toll increased to 12 on Sunday, among them an officer, the official said. Five other policemen were wounded.
""", [I("a", "2021-09-11", "day", "late on Saturday", "a federal police post near Al-Rashad, southwest of Kirkuk", "Rashad", "Kirkuk", "ISIS", "attributed", ["police"], ["shooting"], 12, 5, "The toll increased to 12", "Five other policemen were wounded")])

D(112, "G", "txt", "2021-05-16", "Iraq", """Baghdad / Shafaq News - 16 May 2021

[[a|Three PMU fighters were killed and four wounded in an attack by Daesh remnants on a Hashd post in the Tarmiyah district on Saturday night, a security source said.]] In an updated statement, the Hashd said the number of martyrs had risen to five.
""", [I("a", "2021-05-15", "day", "on Saturday night", "a Hashd post in the Tarmiyah district", "Tarmiyah", "Baghdad", "ISIS", "attributed", ["PMU"], ["shooting"], 5, 4, "the number of martyrs had risen to five", "four wounded")])

D(113, "G", "txt", "2022-06-05", "Iraq", """Turkish drone strike on Makhmour camp kills three
Published: 5 June 2022

ERBIL - [[a|A Turkish drone struck the Makhmour refugee camp on Sunday, killing three civilians, among them a woman, camp officials said.]] An earlier statement had put the death toll at two. The camp, which houses Kurdish refugees from Turkey, lies in Makhmour district in Nineveh province; Ankara says it is used by the PKK.
""", [I("a", "2022-06-05", "day", "on Sunday", "the Makhmour refugee camp", "Makhmour", "Nineveh", "Turkey", "attributed", ["civilians"], ["airstrike_operation"], 3, None, "killing three civilians", "none reported")])

D(114, "G", "txt", "2021-12-07", "Iraq", """Basra blast toll rises to five
Published: 7 December 2021

BASRA - [[a|A bomb on a motorcycle exploded near the main hospital in central Basra on Tuesday, killing four people, police said.]] The toll rose to five by the evening. A hospital source put the number of wounded at 20. No group claimed responsibility for the blast, the first of its kind in the southern city in several years.
""", [I("a", "2021-12-07", "day", "on Tuesday", "near the main hospital in central Basra", "Basra", "Basra", "unknown", "unclaimed", ["civilians"], ["ied"], 5, 20, "The toll rose to five", "A hospital source put the number of wounded at 20")])

D(115, "G", "txt", "2020-10-17", "Iraq", """Diala / Al-Sumaria News - 17 October 2020

[[a|Three members of the Hashd al-Shaabi were killed on Friday in an attack by Daesh elements on their position in the Balad Ruz district, east of Baqubah.]] A local source later said the death toll had gone up to four, among them two brothers from the same tribe. Six others were wounded.
""", [I("a", "2020-10-16", "day", "on Friday", "their position in the Balad Ruz district", "Balad Ruz", "Diyala", "ISIS", "attributed", ["PMU"], ["shooting"], 4, 6, "the death toll had gone up to four", "Six others were wounded")])

D(116, "G", "txt", "2022-10-30", "Iraq", """Five soldiers killed in IS attack in Salahuddin
date 2022-10-30

SAMARRA - [[a|Islamic State militants attacked an army post in the Mutaibijah area on Saturday night, killing four soldiers, among them an officer, military sources said.]] On Sunday the army revised the toll upward to five dead and three wounded.
""", [I("a", "2022-10-29", "day", "on Saturday night", "an army post in the Mutaibijah area", "Mutaibijah", "Salahuddin", "ISIS", "attributed", ["army"], ["shooting"], 5, 3, "revised the toll upward to five dead", "three wounded")])

D(117, "G", "txt", "2019-10-29", "Iraq", """Gunmen fire on protesters in Karbala
Published: 29 October 2019

KARBALA - [[a|Masked gunmen opened fire on protesters near Education Square in Karbala late on Monday, killing at least 14 people, medical sources said.]] The toll climbed to 18 on Tuesday, and a hospital source put the number of wounded at more than 800, most of them hit by tear gas canisters. The governor denied that security forces had fired on the crowd.
""", [I("a", "2019-10-28", "day", "late on Monday", "near Education Square in Karbala", "Karbala", "Karbala", "unknown", None, ["civilians"], ["shooting"], 18, 800, "The toll climbed to 18", "put the number of wounded at more than 800")])

D(118, "G", "txt", "2021-12-26", "Iraq", """Anbar / Baghdad Today - 26 December 2021

[[a|Two people were killed and seven wounded when an explosive device went off in a popular market in Falluja on Saturday, a police source said.]] The toll rose to three after a child died of his wounds in the Falluja teaching hospital. One of the dead was a market porter.
""", [I("a", "2021-12-25", "day", "on Saturday", "a popular market in Falluja", "Fallujah", "Anbar", None, None, ["civilians"], ["ied"], 3, 7, "The toll rose to three", "seven wounded")])

D(119, "G", "txt", "2022-11-20", "Iraq", """Nineveh / Al-Sumaria News - Sunday 20 November 2022

[[a|Two people were killed and 11 wounded when an explosive device went off inside a cafe in the Al-Zanjili neighbourhood of old Mosul on Saturday evening, a police source said.]] Later, a medical source said two more victims had died in hospital, raising the toll to four. Three children were among the wounded.
""", [I("a", "2022-11-19", "day", "on Saturday evening", "a cafe in the Al-Zanjili neighbourhood of old Mosul", "Mosul", "Nineveh", None, None, ["civilians"], ["ied"], 4, 11, "raising the toll to four", "11 wounded")])

# ---------------- Style H: noise (outside Iraq / non-attack Iraqi news) ----
D(120, "H", "txt", "2020-12-31", "Syria", """IS ambush kills 25 Syrian soldiers in Deir ez-Zor desert
Published: 31 December 2020

BEIRUT (Reuters) - [[a|Islamic State militants ambushed a bus carrying Syrian army soldiers in the desert near Al-Shula, in Deir ez-Zor province, on Wednesday, killing 25 soldiers and wounding 13, Syrian state media said.]]

The attack was one of the deadliest in months in Syria's vast central desert, where IS cells still operate despite the fall of the group's last enclave in Baghuz in 2019.
""", [I("a", "2020-12-30", "day", "on Wednesday", "the desert near Al-Shula", None, None, "ISIS", "attributed", ["army"], ["ambush"], 25, 13, "killing 25 soldiers", "wounding 13", country="Syria")])

D(121, "H", "txt", "2022-07-03", "Syria", """Turkish drone strike kills three in northeast Syria
Published: 3 July 2022

QAMISHLI, Syria - [[a|A Turkish drone struck a car on the outskirts of Qamishli on Sunday, killing three civilians, the Kurdish-led administration said.]] Turkey did not comment. The strike came amid repeated Turkish threats to launch a new ground offensive in northern Syria.
""", [I("a", "2022-07-03", "day", "on Sunday", "the outskirts of Qamishli", None, None, "Turkey", "attributed", ["civilians"], ["airstrike_operation"], 3, None, "killing three civilians", "none reported", country="Syria")])

D(122, "H", "txt", "2021-10-16", "Afghanistan", """Suicide bombing at Afghan mosque kills dozens
Published: 16 October 2021

KANDAHAR, Afghanistan (AFP) - [[a|A suicide bomber blew himself up inside a Shiite mosque in the southern city of Kandahar during Friday prayers, killing at least 41 people and wounding more than 70, hospital officials said.]] The Islamic State Khorasan group claimed responsibility, saying the bomber targeted "rejectionists".
""", [I("a", "2021-10-15", "day", "during Friday prayers", "a Shiite mosque in the southern city of Kandahar", None, None, "ISIS", "claimed", ["civilians"], ["suicide"], 41, 70, "killing at least 41 people", "wounding more than 70", country="Afghanistan")])

D(123, "H", "txt", "2019-05-02", "Nigeria", """Report date: 2019-05-02
Source: AFP / local militia sources

[[a|On Apr 30, ISWAP fighters attacked a military base in the town of Gajiram, Borno State, Nigeria, killing at least 11 soldiers.]] The Islamic State West Africa Province claimed the attack through Amaq. Fatalities: 11.
""", [I("a", "2019-04-30", "day", "On Apr 30", "a military base in the town of Gajiram, Borno State", None, None, "ISIS", "claimed", ["army"], ["shooting"], 11, None, "killing at least 11 soldiers", "none reported", country="Nigeria")])

D(124, "H", "txt", "2021-03-14", "Syria", """Al-Bukamal / Deir ez-Zor 24 - 14 March 2021

[[a|Unidentified aircraft struck a convoy of trucks belonging to Iraqi militias of the Popular Mobilisation Forces near Al-Bukamal, on the Syrian side of the border opposite Iraq's Al-Qaim, on Saturday, killing four militia members.]] The convoy was said to be carrying weapons from Iraq into Syria.
""", [I("a", "2021-03-13", "day", "on Saturday", "near Al-Bukamal, on the Syrian side of the border", None, None, "unknown", None, ["PMU"], ["airstrike_operation"], 4, None, "killing four militia members", "none reported", country="Syria")])

D(125, "H", "txt", "2022-11-08", "Turkey", """Two police officers killed in PKK attack in southeast Turkey
Published: 8 November 2022

ANKARA (Reuters) - [[a|Two Turkish police officers were killed when PKK militants detonated a roadside bomb against their armoured vehicle in the Yuksekova district of Hakkari province, near the Iraqi border, on Tuesday, the interior ministry said.]] Turkey has responded to such attacks with cross-border strikes into northern Iraq.
""", [I("a", "2022-11-08", "day", "on Tuesday", "the Yuksekova district of Hakkari province", None, None, "PKK", "attributed", ["police"], ["ied"], 2, None, "Two Turkish police officers were killed", "none reported", country="Turkey")])

D(126, "H", "txt", "2021-01-17", "Syria", """Iraqi refugee shot dead in Syria's al-Hol camp
date 2021-01-17

HASAKAH, Syria - [[a|Gunmen shot dead an Iraqi refugee and his wife inside the al-Hol camp in northeast Syria on Saturday, camp officials said, blaming IS cells active among the camp's residents.]] More than 30,000 Iraqis live in the camp, and Baghdad has begun repatriating some families to a facility near Mosul.
""", [I("a", "2021-01-16", "day", "on Saturday", "the al-Hol camp in northeast Syria", None, None, "ISIS", "suspected", ["civilians"], ["shooting"], 2, None, "shot dead an Iraqi refugee and his wife", "none reported", country="Syria")])

D(127, "H", "txt", "2022-03-15", "Afghanistan", """KABUL, March 15 (Reuters) - [[a|A bomb hidden in a minibus exploded in Kabul's Dasht-e-Barchi neighbourhood on Monday, killing seven passengers, a Taliban spokesman said.]] Islamic State's Khorasan branch claimed the attack on its Telegram channel. The mostly Hazara district has been hit repeatedly.
Published: 15 March 2022
""", [I("a", "2022-03-14", "day", "on Monday", "Kabul's Dasht-e-Barchi neighbourhood", None, None, "ISIS", "claimed", ["civilians"], ["ied"], 7, None, "killing seven passengers", "none reported", country="Afghanistan")])

D(128, "H", "txt", "2021-10-11", "Iraq", """Sadr bloc tops Iraqi election, preliminary results show
Published: 11 October 2021

BAGHDAD - The movement of Shiite cleric Moqtada al-Sadr won the largest number of seats in Sunday's parliamentary election, preliminary results released by the electoral commission showed on Monday. Turnout was 41 percent, the lowest since 2005.

Security was tight across the country, with airports and land borders closed during voting. The interior ministry said no major security incidents were reported in any province, including Diyala, Kirkuk and Anbar.
""", [])

D(129, "H", "txt", "2023-01-20", "Iraq", """Iraq beat Oman to win Gulf Cup in Basra
Published: 20 January 2023

BASRA - Iraq won the Arabian Gulf Cup for the first time in 35 years on Thursday, beating Oman 3-2 after extra time in front of a capacity crowd at the Basra International Stadium. Iraq's attack dominated the first half, and Amjad Attwan's shot in extra time struck the post before Manaf Younis scored the winner.

Authorities said one fan died and several were injured in a crush outside the stadium before kick-off. Celebrations continued into the night in Baghdad, Najaf and Mosul.
""", [])

D(130, "H", "txt", "2023-07-11", "Iraq", """Report date: 2023-07-11
Source: Reuters

Iraq and TotalEnergies on Monday signed a $27 billion energy deal covering gas, oil and solar projects in the south. The deal includes a gas processing plant that will collect gas from the Ratawi field in Basra province and a 1 GW solar plant. The Iraqi government said the deal would reduce flaring and cut electricity imports from Iran.
""", [])

D(131, "H", "txt", "2022-05-16", "Iraq", """Dust storm sends thousands to hospital across Iraq
Published: 16 May 2022

BAGHDAD - One person died and more than 4,000 were treated for breathing problems as the eighth dust storm in a month swept across Iraq on Monday, the health ministry said. Hospitals in Anbar, Najaf and Salahuddin received the largest numbers of cases. Flights were suspended at Baghdad and Najaf airports and government offices were closed.
""", [])

D(132, "H", "txt", "2020-02-19", "Iraq", """Baghdad / INA / 19 February 2020

The Central Criminal Court in Baghdad sentenced four men to death on Wednesday after convicting them of belonging to Daesh and providing logistical support to the group in Salahuddin province, the Supreme Judicial Council said. A fifth defendant was acquitted for lack of evidence. The sentences can be appealed.
""", [])

D(133, "H", "txt", "2023-07-25", "Iraq", """Protesters block roads in Basra over power cuts
date 2023-07-25

BASRA - Hundreds of protesters blocked roads and burned tyres in Basra and Nasiriyah on Monday night as temperatures passed 50 degrees Celsius and power cuts lasted up to 12 hours a day. Police said the protests were peaceful and no injuries were reported. The electricity ministry blamed reduced gas supplies from Iran.
""", [])

D(134, "H", "txt", "2022-09-18", "Iraq", """Millions of pilgrims mark Arbaeen in Karbala
Published: 18 September 2022

KARBALA - More than 21 million pilgrims, including about 5 million foreigners, took part in the Arbaeen commemorations in Karbala this year, the holy shrines administration said on Sunday. The security operations command said the security plan had succeeded without any breaches. Separately, four Iranian pilgrims were killed and 11 injured when their bus overturned on the highway near Kut.
""", [])

D(135, "H", "txt", "2020-10-25", "Iraq", """Kirkuk / Shafaq News - Sunday 25 October 2020

Counter-terrorism forces arrested a senior Daesh official in the Domiz neighbourhood of Kirkuk on Saturday without a shot being fired, the Security Media Cell said. The official was wanted for financing IS cells in Hawija and Wadi al-Shay. The cell said he was transferred to Baghdad for interrogation.
""", [])
