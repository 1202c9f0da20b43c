"""Styles G (revised tolls and breakdowns), H (noise: attacks outside Iraq
and Iraqi news without an attack) and J (containers)."""
from lib import D, I, W

# ============================ G: revised tolls ============================
e = "2021-11-25"
D("G", "txt", "2021-11-26", "Iraq", f"""TUZ KHURMATU, Iraq (Reuters) - [[a|A car bomb exploded in a busy market in Tuz Khurmatu on {W(e)} afternoon, killing three people and wounding 12, police said.]]
By late evening the toll had risen to five, a health official said. Hospital sources later put the number of wounded at 17. No group claimed responsibility.
Published: 2021-11-26""",
  [I("a", e, "day", f"on {W(e)} afternoon", "a busy market in Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", "unknown", "unclaimed", ["civilians"], ["ied"], 5, 17, "the toll had risen to five", "put the number of wounded at 17")])

e = "2020-04-21"
D("G", "txt", "2020-04-22", "Iraq", f"""Shafaq News/ Diyala - 22-04-2020
[[a|Two PMF fighters were martyred and three were wounded on {W(e)} night when Daesh elements attacked a PMF post in Al-Saadiya subdistrict, north of Diyala.]]
A source said on Wednesday that the toll of the attack had risen to three martyrs after one of the wounded died of his injuries in hospital.""",
  [I("a", e, "day", f"on {W(e)} night", "a PMF post in Al-Saadiya subdistrict", "Saadiya", "Diyala", "ISIS", "attributed", ["PMU"], ["shooting"], 3, 3, "the toll of the attack had risen to three martyrs", "three were wounded")])

D("G", "txt", "2019-06-05", "Iraq", """Source: local media; police | 05-06-2019
[[a|On 3 June 2019, a roadside bomb struck a minibus on the road between Baiji and Al-Siniya, killing seven people.]] Two of the dead were soldiers travelling home on leave; the rest were civilians. Four passengers were wounded. Coder note: breakdown does not create additional events. Fatalities: 7.""",
  [I("a", "2019-06-03", "day", "On 3 June 2019", "the road between Baiji and Al-Siniya", "Baiji", "Salahuddin", None, None, ["civilians", "army"], ["ied"], 7, 4, "killing seven people", "Four passengers were wounded")])

e = "2022-01-20"
D("G", "txt", "2022-01-21", "Iraq", f"""BAGHDAD (AP) - [[a|Gunmen attacked an army post in the Al-Azim district of Diyala on {W(e)} night, killing soldiers in their sleep, officials said.]] Police initially said six soldiers had been killed but the military later corrected the figure to four. Two other soldiers were wounded. Officials blamed Islamic State.
21 January 2022""",
  [I("a", e, "day", f"on {W(e)} night", "an army post in the Al-Azim district of Diyala", "Adhaim", "Diyala", "ISIS", "attributed", ["army"], ["shooting"], 4, 2, "corrected the figure to four", "Two other soldiers were wounded")])

e = "2023-09-13"
D("G", "txt", "2023-09-14", "Iraq", f"""Kirkuk (Al-Sumaria) - 14 September 2023
[[a|Eleven people were injured, among them three policemen, when an explosive device went off near a police patrol in the Al-Wasiti neighbourhood of Kirkuk city on {W(e)} evening.]] The health directorate said on Thursday that one of the injured policemen had died, bringing the death toll to one.""",
  [I("a", e, "day", f"on {W(e)} evening", "the Al-Wasiti neighbourhood of Kirkuk city", "Kirkuk", "Kirkuk", None, None, ["police", "civilians"], ["ied"], 1, 11, "bringing the death toll to one", "Eleven people were injured")])

D("G", "txt", "2021-02-11", "Iraq", """Source: Nineveh Operations Command; Rudaw | 11-02-2021
[[a|On 9 February 2021, IS militants attacked a village near Al-Qayyarah, killing three villagers.]] Fatalities were later revised upward to five after two bodies were found in a nearby orchard. Six people sustained injuries. Fatalities: 5 (revised from 3).""",
  [I("a", "2021-02-09", "day", "On 9 February 2021", "a village near Al-Qayyarah", "Qayyarah", "Nineveh", "ISIS", "attributed", ["civilians"], ["shooting"], 5, 6, "revised upward to five", "Six people sustained injuries")])

e = "2020-12-06"
D("G", "txt", "2020-12-07", "Iraq", f"""Kurdistan24 - 07/12/2020
[[a|ISIS militants attacked Peshmerga positions near the village of Tal al-Ward in Kifri district on {W(e)} night, killing two Peshmerga.]] The Ministry of Peshmerga said on Monday the number of fallen fighters had climbed to four, and that five others were being treated in Kalar hospital.""",
  [I("a", e, "day", f"on {W(e)} night", "near the village of Tal al-Ward in Kifri district", "Kifri", "Diyala", "ISIS", "attributed", ["Peshmerga"], ["shooting"], 4, 5, "climbed to four", "five others were being treated")])

D("G", "txt", "2019-10-30", "Iraq", """UNAMI - statement - 30 October 2019
[[a|UNAMI condemns the attack of 28 October 2019 on protesters in Karbala, in which live fire from unidentified gunmen killed at least 14 people.]] Figures from medical sources indicate the number of wounded has risen to 22. UNAMI urges the authorities to identify those responsible and hold them to account.""",
  [I("a", "2019-10-28", "day", "of 28 October 2019", "Karbala", "Karbala", "Karbala", "unknown", None, ["civilians"], ["shooting"], 14, 22, "killed at least 14 people", "the number of wounded has risen to 22")])

# ============================ H: noise ============================
D("H", "txt", "2021-06-14", "Syria", """DEIR EZ-ZOR, Syria (Reuters) - [[a|Islamic State militants killed four fighters of the Kurdish-led Syrian Democratic Forces (SDF) in an ambush near the town of Al-Busayrah in Deir ez-Zor province on Sunday, a war monitor said.]] The attack was the deadliest against the SDF in the province this month.
Published: 2021-06-14""",
  [I("a", "2021-06-13", "day", "on Sunday", "near the town of Al-Busayrah in Deir ez-Zor province", "Al-Busayrah", None, "ISIS", "attributed", [], ["ambush"], 4, None, "killed four fighters", "none reported", country="Syria")])

D("H", "txt", "2022-04-30", "Afghanistan", """KABUL (AFP) - [[a|A bomb ripped through a mosque in the northern city of Mazar-i-Sharif during Friday prayers, killing at least nine worshippers and wounding 15, the Taliban said.]] No group immediately claimed responsibility, but Islamic State Khorasan has carried out similar attacks on Shiite mosques.
30 April 2022""",
  [I("a", "2022-04-29", "day", "during Friday prayers", "a mosque in the northern city of Mazar-i-Sharif", "Mazar-i-Sharif", None, "unknown", "unclaimed", ["civilians"], ["ied"], 9, 15, "killing at least nine worshippers", "wounding 15", country="Afghanistan")])

D("H", "txt", "2020-09-03", "Iraq", """BAGHDAD, Sept 3 (Reuters) - Iraqi security forces arrested a suspected Islamic State leader in a raid on a house in western Baghdad without a shot being fired, the counter-terrorism service said on Thursday. The man was wanted for planning attacks in Anbar province in 2016 and 2017, the service said.
Published: 2020-09-03""")

D("H", "txt", "2023-01-12", "Nigeria", """MAIDUGURI, Nigeria (AP) - [[a|Suspected Boko Haram fighters killed eight farmers in an attack on a village near Maiduguri in Borno state, local officials said on Thursday.]] The attack happened on Wednesday as the farmers worked in their fields.
January 12, 2023""",
  [I("a", "2023-01-11", "day", "on Wednesday", "a village near Maiduguri in Borno state", "Maiduguri", None, "unknown", "suspected", ["civilians"], ["shooting"], 8, None, "killed eight farmers", "none reported", country="Nigeria")])

D("H", "txt", "2021-05-26", "Iraq", """Shafaq News/ 26-05-2021
Hundreds of protesters gathered in Tahrir Square in Baghdad on Tuesday to demand accountability for the killing of activists, in a demonstration that ended peacefully in the evening. Organisers said they would return next week. Security forces closed the Jumhuriya bridge as a precaution.""")

D("H", "txt", "2022-11-22", "Syria", """QAMISHLI, Syria (Reuters) - [[a|Turkish drone strikes hit oil facilities and a power station near Qamishli in northeast Syria on Monday, killing two guards, the SDF said.]] Ankara said it was targeting Kurdish militants it blames for a bombing in Istanbul.
Published: 2022-11-22""",
  [I("a", "2022-11-21", "day", "on Monday", "oil facilities and a power station near Qamishli", "Qamishli", None, "Turkey", "attributed", [], ["airstrike_operation"], 2, None, "killing two guards", "none reported", country="Syria")])

D("H", "txt", "2019-12-18", "Iraq", """Iraqi Ministry of Interior - 18-12-2019
The Ministry of Interior announced the graduation of a new class of 1,200 federal police officers in Baghdad, who will be deployed to Salahuddin and Anbar provinces to support the fight against terrorist remnants. The minister praised the officers' readiness to defend the country.""")

D("H", "txt", "2023-05-03", "Iraq", """Al-Sumaria News - Nineveh - 3 May 2023
The Nineveh Criminal Court sentenced a man to death for his role in a 2016 bombing in Mosul, under Article 4 of the anti-terrorism law, the Supreme Judicial Council said on Wednesday. The court said the convict had confessed to transporting explosives for the group.""")

# ============================ J: containers ============================
e = "2021-07-21"
D("J", "json", "2021-07-22", "Iraq", f"""[[a|Unidentified gunmen killed two members of the Tribal Mobilization Forces and wounded another at a checkpoint on the outskirts of Al-Baghdadi, Anbar, on {W(e)} night, a security source said.]] The attackers fled towards the Jazira desert. Security forces launched a search operation in the area at first light.""",
  [I("a", e, "day", f"on {W(e)} night", "a checkpoint on the outskirts of Al-Baghdadi", "Baghdadi", "Anbar", "unknown", None, ["PMU"], ["shooting"], 2, 1, "killed two members of the Tribal Mobilization Forces", "wounded another")],
  title="Two tribal fighters killed near Al-Baghdadi", outlet="Shafaq News")

D("J", "html", "2020-05-04", "Iraq", f"""[[a|Islamic State militants killed ten members of the Popular Mobilization Forces in a coordinated attack on their positions near Mekeishifa, south of Samarra, late on {W('2020-05-02')}, security officials said.]]

The attack, one of the deadliest in months, began with mortar fire and was followed by an assault from several directions. Two fighters were wounded. Officials said the militants exploited gaps between the PMF and army sectors.""",
  [I("a", "2020-05-02", "day", f"late on {W('2020-05-02')}", "their positions near Mekeishifa, south of Samarra", "Samarra", "Salahuddin", "ISIS", "attributed", ["PMU"], ["mortar_rocket", "shooting"], 10, 2, "killed ten members of the Popular Mobilization Forces", "Two fighters were wounded")],
  title="Ten PMF fighters killed in attack south of Samarra")

D("J", "md", "2022-02-23", "Iraq", """# Incident note: Hawija, 23 Feb 2022

**Summary.** [[a|On 21 February, twenty-three sheep and their shepherd were killed when an IED planted in a grazing area detonated near the village of Al-Abbasi in Hawija district.]]

**Attribution.** Unclaimed; local officials suspect Islamic State.

**Casualties.** One killed (shepherd). No injuries reported.""",
  [I("a", "2022-02-21", "day", "On 21 February", "the village of Al-Abbasi in Hawija district", "Hawija", "Kirkuk", "ISIS", "suspected", ["civilians"], ["ied"], 1, None, "One killed (shepherd)", "none reported")])

D("J", "json", "2019-03-13", "Iraq", """[[a|Three members of the Iraqi army were killed and two others were wounded when militants attacked their post in the Al-Qaim area near the Syrian border on 12 March 2019, the Western Anbar Operations Command said.]] It was the second attack in the area this month. The command said the militants had crossed from Syria.""",
  [I("a", "2019-03-12", "day", "on 12 March 2019", "their post in the Al-Qaim area near the Syrian border", "Al-Qaim", "Anbar", "unknown", None, ["army"], ["shooting"], 3, 2, "Three members of the Iraqi army were killed", "two others were wounded")],
  title="Three soldiers killed near Syrian border", outlet="Iraqi News Agency")

D("J", "html", "2022-06-09", "Iraq", """Baghdad - 9 June 2022

[[a|Nearly 20 people were injured when a motorcycle bomb exploded near a crowded cafe in the Al-Maamil area of eastern Baghdad on 8 June.]] Officials said there were no deaths. The area had been calm for months, and residents said the blast caused panic in the nearby market.""",
  [I("a", "2022-06-08", "day", "on 8 June", "a crowded cafe in the Al-Maamil area of eastern Baghdad", "Baghdad", "Baghdad", None, None, ["civilians"], ["ied"], 0, 20, "there were no deaths", "Nearly 20 people were injured")],
  title="Motorcycle bomb injures cafe-goers in eastern Baghdad")

D("J", "md", "2020-08-20", "Iraq", """## Drone strike near Sidakan - 2020-08-20

- **Date:** 18 August 2020
- **Location:** Bradost area, Sidakan subdistrict, Erbil province
- **Event:** [[a|On 18 August 2020, a Turkish drone strike hit a vehicle in the Bradost area near Sidakan, killing two Iraqi border guard officers and their driver.]]
- **Note:** Baghdad summoned the Turkish ambassador in protest.""",
  [I("a", "2020-08-18", "day", "On 18 August 2020", "the Bradost area near Sidakan", "Sidakan", "Erbil", "Turkey", "attributed", ["security forces"], ["airstrike_operation"], 3, None, "killing two Iraqi border guard officers and their driver", "none reported")])

D("J", "json", "2023-10-25", "Iraq", """[[a|A rocket attack targeted the Ain al-Asad air base, which hosts US troops, on 24 October 2023, causing no casualties, a security source said.]] An Iran-aligned armed group calling itself the Islamic Resistance in Iraq claimed the attack in a statement on Telegram.""",
  [I("a", "2023-10-24", "day", "on 24 October 2023", "the Ain al-Asad air base", "Baghdadi", "Anbar", "PMU", "claimed", ["US forces"], ["mortar_rocket"], 0, 0, "causing no casualties", "causing no casualties")],
  title="Rockets target Ain al-Asad base", outlet="Baghdad Today")

D("J", "html", "2021-10-04", "Iraq", """3 October 2021 | updated 4 October 2021

[[a|A bomb planted under a vehicle killed a candidate's campaign manager in the city of Al-Kut on 3 October, police said.]] Two passers-by sustained light injuries. The killing came a week before parliamentary elections.""",
  [I("a", "2021-10-03", "day", "on 3 October", "the city of Al-Kut", "Kut", "Wasit", None, None, ["civilians"], ["ied"], 1, 2, "killed a candidate's campaign manager", "Two passers-by sustained light injuries")],
  title="Campaign manager killed by bomb in Kut")

D("J", "md", "2019-04-16", "Iraq", """# Daily brief - 16 April 2019

No major incidents in Baghdad. [[a|In Kirkuk, two policemen were wounded on 15 April when gunmen opened fire on their patrol in the Dibis area.]] Elsewhere, ministries reopened after the public holiday and traffic returned to normal.""",
  [I("a", "2019-04-15", "day", "on 15 April", "their patrol in the Dibis area", "Dibis", "Kirkuk", "unknown", None, ["police"], ["shooting"], None, 2, "none reported", "two policemen were wounded")])

D("J", "json", "2020-01-06", "Iraq", """[[a|A Katyusha rocket landed near the US embassy in Baghdad's Green Zone late on 5 January 2020, without causing casualties, a security source said.]] Sirens sounded in the zone. Iraq's parliament voted the same day for the departure of foreign troops.""",
  [I("a", "2020-01-05", "day", "late on 5 January 2020", "near the US embassy in Baghdad's Green Zone", "Baghdad", "Baghdad", None, None, [], ["mortar_rocket"], 0, 0, "without causing casualties", "without causing casualties")],
  title="Rocket lands near US embassy", outlet="Al-Sumaria")
