"""Styles A (event-data coder notes, full or yearless dates), B (database
summaries with mixed date formats) and C (wire copy with weekdays)."""
from lib import D, I, W

# ============================ A: coder notes ============================
D("A", "txt", "2021-03-05", "Iraq", """Source: Shafaq News | source date 05-03-2021
[[a|On 4 March 2021, suspected ISIS militants opened fire on an army checkpoint in the Al-Mutaibija area of Salahuddin province, killing one soldier and wounding two others.]] The attackers withdrew towards the orchards along the Adhaim river before reinforcements arrived. Coder note: the location is on the Salahuddin side of the provincial line. Fatalities: 1.""",
  [I("a", "2021-03-04", "day", "On 4 March 2021", "the Al-Mutaibija area", "Mutaibijah", "Salahuddin", "ISIS", "suspected", ["army"], ["shooting"], 1, 2, "killing one soldier", "wounding two others")])

D("A", "txt", "2020-05-13", "Iraq", """Source: Baghdad Today (13 May 2020). Admin1: Baghdad.
[[a|On or about 12 May, an IED detonated beside a PMU vehicle on the road between Tarmiya and Al-Mashahda, north of Baghdad.]] Two PMU members were killed and three were injured. No group claimed responsibility. The stretch of road passes through farmland that security forces have repeatedly combed for hideouts. Fatalities: 2.""",
  [I("a", "2020-05-12", "day", "On or about 12 May", "the road between Tarmiya and Al-Mashahda", "Tarmiyah", "Baghdad", "unknown", "unclaimed", ["PMU"], ["ied"], 2, 3, "Two PMU members were killed", "three were injured")])

D("A", "txt", "2022-06-22", "Iraq", """Source: Kurdistan24 | 22 June 2022
[[a|Around 20 June, Islamic State fighters attacked a Peshmerga post on the outskirts of Kifri in the Garmiyan administration, killing two Peshmerga members.]] Kurdish officials attributed the attack to IS remnants operating in the disputed strip between Kurdish and federal lines. No information on injuries. Fatalities: 2.""",
  [I("a", "2022-06-20", "day", "Around 20 June", "the outskirts of Kifri", "Kifri", "Diyala", "ISIS", "attributed", ["Peshmerga"], ["shooting"], 2, None, "killing two Peshmerga members", "none reported")])

D("A", "txt", "2019-11-02", "Iraq", """Source: Al-Sumaria; local sources | 02-11-2019
[[a|On 30 October 2019, unidentified gunmen shot dead the mukhtar of Al-Khan village in Al-Zab subdistrict of Hawija district, Kirkuk.]] The mukhtar had cooperated with the army in identifying former IS members, according to relatives. Police opened an investigation. Fatalities: 1. Coder note: actor coded as unidentified armed group.""",
  [I("a", "2019-10-30", "day", "On 30 October 2019", "Al-Khan village in Al-Zab subdistrict of Hawija district", "Hawija", "Kirkuk", "unknown", None, ["civilians"], ["shooting"], 1, None, "shot dead the mukhtar", "none reported")])

D("A", "txt", "2021-09-16", "Iraq", """Source: Rudaw; Turkish MoD statement | 2021-09-16
[[a|On 14 September 2021, a Turkish drone targeted a vehicle carrying members of the PKK-affiliated Sinjar Resistance Units (YBS) in Khanasor, Sinjar district, Nineveh, killing three of them.]] The Turkish defence ministry said its forces had "neutralised" three militants. Local Yazidi officials condemned the strike. Fatalities: 3.""",
  [I("a", "2021-09-14", "day", "On 14 September 2021", "Khanasor, Sinjar district", "Sinjar", "Nineveh", "Turkey", "claimed", ["PKK"], ["airstrike_operation"], 3, None, "killing three of them", "none reported")])

D("A", "txt", "2020-02-18", "Iraq", """Source: Security Media Cell via INA | 18 Feb 2020
[[a|On 16 Feb 2020, two Katyusha rockets struck the perimeter of the K1 military base northwest of Kirkuk, which hosts US-led coalition personnel.]] There was no damage and no casualties. A launch pad was found in an orchard west of the city. Coder note: no actor named in the source. Fatalities: 0.""",
  [I("a", "2020-02-16", "day", "On 16 Feb 2020", "the K1 military base northwest of Kirkuk", "Kirkuk", "Kirkuk", None, None, ["US forces"], ["mortar_rocket"], 0, 0, "Fatalities: 0", "There was no damage and no casualties")])

D("A", "txt", "2023-01-09", "Iraq", """Source: Iraqi News Agency | 09 January 2023
[[a|On or about 7 January, an ISIS cell ambushed an army patrol in the Wadi Houran valley west of Rutba in Anbar, killing an officer and a soldier.]] A second patrol that came to help was not attacked. The army launched a search of the valley with air support. Fatalities: 2. Coder note: the source calls the attackers "Daesh terrorists".""",
  [I("a", "2023-01-07", "day", "On or about 7 January", "the Wadi Houran valley west of Rutba", "Rutba", "Anbar", "ISIS", "attributed", ["army"], ["ambush"], 2, None, "killing an officer and a soldier", "none reported")])

D("A", "txt", "2020-01-03", "Iraq", """Source: Basra-based activists; NRT | 03-01-2020
[[a|On or about 30 December, gunmen on a motorcycle shot and wounded a protest activist in the Al-Ashar area of central Basra.]] He was taken to Al-Sadr Teaching Hospital. Activists said he had received threats after organising sit-ins outside the provincial council. Fatalities: 0.""",
  [I("a", "2019-12-30", "day", "On or about 30 December", "the Al-Ashar area of central Basra", "Basra", "Basra", "unknown", None, ["civilians"], ["shooting"], 0, 1, "Fatalities: 0", "shot and wounded a protest activist")])

D("A", "txt", "2021-07-04", "Iraq", """Source: Diyala police source via Shafaq | 4 July 2021
[[a|Around 2 July, ISIS militants set fire to wheat fields near Al-Abbara in Baquba district, and a farmer who tried to put out the flames was shot dead.]] Civil defence teams needed several hours to control the fire. Coder note: crop burning and the shooting are coded as one event. Fatalities: 1.""",
  [I("a", "2021-07-02", "day", "Around 2 July", "Al-Abbara in Baquba district", "Baquba", "Diyala", "ISIS", "attributed", ["civilians"], ["other", "shooting"], 1, None, "a farmer who tried to put out the flames was shot dead", "none reported")])

D("A", "txt", "2022-10-12", "Iraq", """Source: Kirkuk police statement | 12-10-2022
[[a|On 11 October 2022, an IED struck a federal police vehicle on the Daquq-Tuz Khurmatu road, south of Kirkuk, wounding four federal police officers.]] The vehicle was part of a patrol securing the road for trucks heading to Baghdad. No claim of responsibility. Fatalities: 0.""",
  [I("a", "2022-10-11", "day", "On 11 October 2022", "the Daquq-Tuz Khurmatu road", "Daquq", "Kirkuk", "unknown", "unclaimed", ["police"], ["ied"], 0, 4, "Fatalities: 0", "wounding four federal police officers")])

# ============================ B: database summaries ============================
D("B", "txt", None, "Iraq", """[[a|2020-08-17: Assailants detonated an explosive device targeting a logistics convoy contracted by the US-led coalition on the highway near Al-Diwaniyah city, Al-Qadisiyah governorate, Iraq.]] No casualties were reported. No group claimed responsibility for the incident. The convoy was carrying equipment from Kuwait to bases further north.""",
  [I("a", "2020-08-17", "day", "2020-08-17", "the highway near Al-Diwaniyah city", "Diwaniyah", "Qadisiyah", "unknown", "unclaimed", ["US forces"], ["ied"], 0, 0, "No casualties were reported", "No casualties were reported")])

D("B", "txt", None, "Iraq", """[[a|14 January 2021: Assailants opened fire on a vehicle carrying members of the Tribal Mobilization Forces near Haditha city, Al-Anbar governorate, Iraq.]] Two members were killed and one was injured in the attack. The Islamic State claimed responsibility for the incident through its Amaq outlet.""",
  [I("a", "2021-01-14", "day", "14 January 2021", "near Haditha city", "Haditha", "Anbar", "ISIS", "claimed", ["PMU"], ["shooting"], 2, 1, "Two members were killed", "one was injured")])

D("B", "txt", None, "Iraq", """[[a|March 23, 2022: An explosive device detonated near a police station in Dibis district, Kirkuk governorate, Iraq.]] At least one police officer was injured in the blast. No group claimed responsibility for the incident. The station had been attacked before, according to sources.""",
  [I("a", "2022-03-23", "day", "March 23, 2022", "near a police station in Dibis district", "Dibis", "Kirkuk", "unknown", "unclaimed", ["police"], ["ied"], None, 1, "none reported", "At least one police officer was injured")])

D("B", "txt", None, "Iraq", """[[a|25.06.2019: Assailants abducted three shepherds near Al-Baaj town, Nineveh governorate, Iraq.]] The hostages' fate is unknown. Sources attributed the incident to the Islamic State. The shepherds had been grazing their flocks in the desert south of the town when a group of armed men in two pickup trucks stopped them.""",
  [I("a", "2019-06-25", "day", "25.06.2019", "near Al-Baaj town", "Baaj", "Nineveh", "ISIS", "attributed", ["civilians"], ["kidnapping"], None, None, "none reported", "none reported")])

D("B", "txt", None, "Iraq", """[[a|2019/10/02: Security forces opened fire on protesters near Tahrir Square, Baghdad city, Baghdad governorate, Iraq.]] At least four protesters were killed and dozens of others were hurt. The protesters were demanding jobs and an end to corruption. Authorities announced an investigation.""",
  [I("a", "2019-10-02", "day", "2019/10/02", "near Tahrir Square, Baghdad city", "Baghdad", "Baghdad", "security forces", "attributed", ["civilians"], ["shooting"], 4, None, "At least four protesters were killed", "none reported")])

D("B", "txt", None, "Iraq", """[[a|09/15/2020: Assailants fired three Katyusha rockets at Baghdad International Airport, Baghdad governorate, Iraq.]] One rocket struck a house in a nearby residential area, injuring two children. No group claimed responsibility for the attack. Police said the launch site was found in an orchard in the Al-Radwaniya area.""",
  [I("a", "2020-09-15", "day", "09/15/2020", "Baghdad International Airport", "Baghdad", "Baghdad", "unknown", "unclaimed", ["civilians"], ["mortar_rocket"], None, 2, "none reported", "injuring two children")])

D("B", "txt", "2021-11-30", "Iraq", """[[a|Reported on 30 November 2021: Assailants attacked an Iraqi army outpost in Makhmour district, Nineveh governorate, Iraq, killing one soldier.]] The Islamic State was suspected of carrying out the attack. The exact date of the attack was not given in the source.""",
  [I("a", "2021-11-30", "reported", "Reported on 30 November 2021", "Makhmour district", "Makhmour", "Nineveh", "ISIS", "suspected", ["army"], ["shooting"], 1, None, "killing one soldier", "none reported")])

D("B", "txt", None, "Iraq", """[[a|12 Aug 2022: Assailants fired mortar shells at a village in Amerli subdistrict, Tuz Khurmatu district, Salahuddin governorate, Iraq, wounding a woman and her son.]] The shells were fired from the Hamrin hills. No group claimed responsibility for the incident.""",
  [I("a", "2022-08-12", "day", "12 Aug 2022", "a village in Amerli subdistrict, Tuz Khurmatu district", "Tuz Khurmatu", "Salahuddin", "unknown", "unclaimed", ["civilians"], ["mortar_rocket"], None, 2, "none reported", "wounding a woman and her son")])

D("B", "txt", None, "Iraq", """[[a|2023-02-19: Assailants detonated an improvised explosive device targeting a fuel tanker near Al-Shirqat town, Salahuddin governorate, Iraq.]] The driver was killed and his assistant sustained injuries. Sources attributed the attack to the Islamic State, which had been extorting transport companies in the area.""",
  [I("a", "2023-02-19", "day", "2023-02-19", "near Al-Shirqat town", "Shirqat", "Salahuddin", "ISIS", "attributed", ["civilians"], ["ied"], 1, 1, "The driver was killed", "his assistant sustained injuries")])

D("B", "txt", None, "Iraq", """[[a|July 8, 2020: Turkish aircraft struck a suspected Kurdistan Workers' Party (PKK) position in the Haftanin area, Zakho district, Duhok governorate, Iraq.]] Turkey's Ministry of National Defence announced the strike as part of an ongoing operation. No casualty figures were released.""",
  [I("a", "2020-07-08", "day", "July 8, 2020", "the Haftanin area, Zakho district", "Zakho", "Dohuk", "Turkey", "claimed", ["PKK"], ["airstrike_operation"], None, None, "none reported", "none reported")])

# ============================ C: wire copy ============================
D("C", "txt", "2021-05-07", "Iraq", f"""KIRKUK, Iraq, May 7 (Reuters) - [[a|Islamic State militants killed three Iraqi soldiers and wounded two late on {W('2021-05-06')} in an attack on an army post near Hawija, southwest of Kirkuk, security sources said.]]
The attackers used small arms and withdrew before reinforcements arrived, the sources said. Islamic State lost its last territory in Iraq years ago but its cells still stage hit-and-run attacks in rural areas.
Published: 2021-05-07""",
  [I("a", "2021-05-06", "day", "late on Thursday", "an army post near Hawija", "Hawija", "Kirkuk", "ISIS", "attributed", ["army"], ["shooting"], 3, 2, "killed three Iraqi soldiers", "wounded two")])

D("C", "txt", "2020-07-31", "Iraq", f"""BAGHDAD (AP) - [[a|A bomb hidden in a vegetable cart exploded in a crowded market in Baghdad's Shula neighbourhood on {W('2020-07-30')} evening, the eve of Eid al-Adha, killing four people and wounding 15, police said.]]
Shoppers had packed the market to buy food and clothes for the holiday. No one immediately claimed the attack.
July 31, 2020""",
  [I("a", "2020-07-30", "day", "on Thursday evening", "a crowded market in Baghdad's Shula neighbourhood", "Baghdad", "Baghdad", "unknown", "unclaimed", ["civilians"], ["ied"], 4, 15, "killing four people", "wounding 15")])

D("C", "txt", "2022-03-14", "Iraq", f"""ERBIL, Iraq (AFP) - [[a|Rockets slammed into the outskirts of Erbil overnight into {W('2022-03-13')}, damaging a farm and a television station building, the Kurdistan Region's interior ministry said.]] No one was hurt. No group claimed responsibility, and the ministry said the launch site was being investigated.
Published 14 March 2022""",
  [I("a", "2022-03-13", "day", "overnight into Sunday", "the outskirts of Erbil", "Erbil", "Erbil", "unknown", "unclaimed", [], ["mortar_rocket"], 0, 0, "No one was hurt", "No one was hurt")])

D("C", "txt", "2019-12-06", "Iraq", f"""SAMARRA, Iraq, Dec 6 (Reuters) - [[a|Gunmen killed a Sunni tribal sheikh and his two sons at their home near Samarra on {W('2019-12-05')}, police said, in an attack that local officials blamed on Islamic State.]]
The sheikh had led a tribal fighting force allied with the government. Police said two guards were also wounded.
6 December 2019""",
  [I("a", "2019-12-05", "day", "on Thursday", "their home near Samarra", "Samarra", "Salahuddin", "ISIS", "attributed", ["civilians"], ["shooting"], 3, 2, "killed a Sunni tribal sheikh and his two sons", "two guards were also wounded")])

D("C", "txt", "2023-04-21", "Iraq", f"""TIKRIT, Iraq (Reuters) - [[a|A roadside bomb hit a military vehicle in the Mutaibija area on {W('2023-04-20')}, killing two soldiers, Iraq's military said.]] The statement gave no further details. Mutaibija, a rugged area straddling Salahuddin and Diyala provinces, is a known hideout of militants.
Published: 21 April 2023""",
  [I("a", "2023-04-20", "day", "on Thursday", "the Mutaibija area", "Mutaibijah", "Salahuddin", None, None, ["army"], ["ied"], 2, None, "killing two soldiers", "none reported")])

D("C", "txt", "2021-10-12", "Iraq", f"""BAGHDAD, Oct 12 (Reuters) - [[a|Two mortar rounds landed near a polling centre in Tarmiyah, north of Baghdad, early on {W('2021-10-11')} as ballots were being transported, wounding a policeman, police said.]]
Iraq held a parliamentary election on Sunday. Turnout was low. The attack was not claimed by any group.
Published: 2021-10-12""",
  [I("a", "2021-10-11", "day", "early on Monday", "near a polling centre in Tarmiyah", "Tarmiyah", "Baghdad", "unknown", "unclaimed", ["police"], ["mortar_rocket"], None, 1, "none reported", "wounding a policeman")])

D("C", "txt", "2020-01-15", "Iraq", f"""BAGHDAD (AP) - [[a|Several rockets hit the Taji military base north of Baghdad on {W('2020-01-14')}, wounding two Iraqi soldiers, the Iraqi military said.]] The base hosts US-led coalition troops, none of whom were hurt according to a coalition spokesman. The military gave no further details and said an investigation had been opened.
January 15, 2020""",
  [I("a", "2020-01-14", "day", "on Tuesday", "the Taji military base north of Baghdad", "Taji", "Baghdad", None, None, ["army"], ["mortar_rocket"], None, 2, "none reported", "wounding two Iraqi soldiers")])

D("C", "txt", "2022-08-26", "Iraq", f"""DUHOK, Iraq, Aug 26 (Reuters) - [[a|A Turkish drone strike on a car near the town of Amedi killed two people late on {W('2022-08-25')}, the mayor said, adding that both were members of the PKK.]] Turkey rarely comments on individual strikes in northern Iraq, where it is fighting the Kurdistan Workers Party.
Published 26 August 2022""",
  [I("a", "2022-08-25", "day", "late on Thursday", "near the town of Amedi", "Amedi", "Dohuk", "Turkey", "attributed", ["PKK"], ["airstrike_operation"], 2, None, "killed two people", "none reported")])

D("C", "txt", "2019-08-10", "Iraq", f"""KARBALA, Iraq (AFP) - [[a|A motorcycle bomb exploded near a checkpoint on the main road into Karbala on {W('2019-08-09')}, killing a policeman and wounding three pilgrims, officials said.]] Security had been tightened ahead of Eid al-Adha, which fell on Sunday. No group said it carried out the attack.
Published: 10 Aug 2019""",
  [I("a", "2019-08-09", "day", "on Friday", "near a checkpoint on the main road into Karbala", "Karbala", "Karbala", "unknown", "unclaimed", ["police", "civilians"], ["ied"], 1, 3, "killing a policeman", "wounding three pilgrims")])

D("C", "txt", "2023-06-29", "Iraq", f"""KIRKUK, Iraq, June 29 (Reuters) - [[a|Suspected Islamic State militants killed a shepherd and stole dozens of his sheep in the Daquq district south of Kirkuk on {W('2023-06-28')}, a local official said.]] Villagers in the area have complained of repeated night raids on their flocks.
Published: 2023-06-29""",
  [I("a", "2023-06-28", "day", "on Wednesday", "the Daquq district south of Kirkuk", "Daquq", "Kirkuk", "ISIS", "suspected", ["civilians"], ["shooting"], 1, None, "killed a shepherd", "none reported")])
