"""realworld19 data, part 1: styles A G W T K N R (7 docs each).
Gold is written first as I(...) records; texts around them carry one [[x|...]]
evidence marker per incident. Events, people, outlets' wordings and figures are
invented."""
import json

from lib import I, doc

# ============================================================== A  event-data notes (new templates)
doc("A1", "A", "2021-10-12",
    "Conflict event coding sheet (analyst copy) | batch SLD-21-B | exported 12 October 2021\n"
    "row 114 | event_date 30 May 2021 | admin1 Salah al-Din | admin2 Baiji | location Makhoul mountains | "
    "geo_precision 2 | time_precision 1 | event_type Explosions/Remote violence | actor1 Islamic State (Iraq) | "
    "actor2 Military Forces of Iraq | fatalities 2\n"
    "notes: On 30 May 2021, [[a|a roadside bomb planted by IS militants hit an Iraqi army Humvee in the Makhoul "
    "mountains north of Baiji]], killing 2 soldiers of the 4th Brigade and wounding a third. Coded geo_precision 2 "
    "because the valley was not named.\n"
    "row 131 | event_date 05 October 2021 | admin1 Salah al-Din | admin2 Baiji | location Baiji refinery | "
    "geo_precision 1 | time_precision 1 | event_type Explosions/Remote violence | actor1 Unidentified Armed Group "
    "(Iraq) | actor2 Military Forces of Iraq | fatalities 0\n"
    "notes: On 5 October 2021, [[b|an IED exploded under an army vehicle on the access road to the Baiji "
    "refinery]]; 3 soldiers were wounded, none fatally. The source names no group. The refinery lies 14 km north "
    "of the town.\n",
    [I("a", "2021-05-30", "On 30 May 2021", "Makhoul mountains", "Baiji", "Salahuddin", "ISIS", "attributed",
       "army", "ied", 2, "killing 2 soldiers", 1, "wounding a third"),
     I("b", "2021-10-05", "On 5 October 2021", "Baiji refinery", "Baiji", "Salahuddin", "unknown", None,
       "army", "ied", 0, "none fatally", 3, "3 soldiers were wounded")])

doc("A2", "A", "2020-06-15",
    "# export generated 15/06/2020 - dates in this file are day/month/year\n"
    "event_id,event_date,admin1,admin2,location,event_type,sub_event_type,actor1,fatalities,notes\n"
    "IRQ-K-2217,11/04/2020,Kirkuk,Kirkuk,Kirkuk city,Protests,Peaceful protest,Protesters (Iraq),0,"
    "\"On 11 April 2020, some 60 contract teachers protested outside the education directorate over unpaid "
    "salaries. No violence.\"\n"
    "IRQ-K-2231,19/04/2020,Kirkuk,Daquq,Al-Rashad,Violence against civilians,Attack,Islamic State (Iraq),2,"
    "\"On 19 April 2020, [[a|suspected IS gunmen opened fire on farmers irrigating their fields near Al-Rashad, "
    "south of Kirkuk]], killing two brothers and wounding their cousin, aged 17.\"\n"
    "IRQ-K-2290,08/06/2020,Kirkuk,Hawija,Al-Safra,Explosions/Remote violence,Remote explosive,Islamic State "
    "(Iraq),1,\"On 8 June 2020, [[b|an IED buried on a grazing track exploded as shepherds passed near the "
    "village of Al-Safra, west of Hawija]]. One shepherd was killed and two were injured; about 40 sheep also "
    "died. Local sources blamed IS.\"\n",
    [I("a", "2020-04-19", "On 19 April 2020", "Al-Rashad", "Rashad", "Kirkuk", "ISIS", "suspected",
       "civilians", "shooting", 2, "killing two brothers", 1, "wounding their cousin"),
     I("b", "2020-06-08", "On 8 June 2020", "Al-Safra", "Hawija", "Kirkuk", "ISIS", "attributed",
       "civilians", "ied", 1, "One shepherd was killed", 2, "two were injured")], ext="csv")

doc("A3", "A", "2024-12-31",
    "Weekly event-data digest - Kurdistan Region of Iraq - week 52 (23-29 Dec 2024) - circulated 31 Dec 2024\n"
    "ev 1/3 | Duhok > Amedi > Bamerni | Air/drone strike | Military Forces of Turkey | fatalities 0\n"
    "On 26 December, [[a|a Turkish drone struck a dirt road used by PKK supply vehicles near Bamerni]]. The "
    "vehicle it aimed at was empty and the strike caused only material damage.\n"
    "ev 2/3 | Duhok > Amedi > Kani Masi | Strategic development\n"
    "On 27 December, Turkish troops set up a new hilltop outpost above Kani Masi. Not coded as an attack.\n"
    "ev 3/3 | Duhok > Duhok city | Peaceful protest\n"
    "On 28 December, about 300 people marched in Duhok city against the strikes; no incidents.\n",
    [I("a", "2024-12-26", "On 26 December", "Bamerni", "Bamerni", "Dohuk", "Turkey", "attributed",
       "", "airstrike_operation", 0, "caused only material damage", 0, "caused only material damage")])

doc("A4", "A", "2019-07-01",
    "\n".join(json.dumps(o, ensure_ascii=False) for o in [
        {"feed": "iq-event-data", "generated": "2019-07-01", "date_order": "ISO 8601", "rows": 2},
        {"event_date": "2019-04-26", "admin1": "Anbar", "location": "Al-Qaim", "sub_event_type": "Armed clash",
         "fatalities": 1,
         "notes": "On 26 April 2019, [[a|IS militants fired on a border guard post near Al-Qaim]] from the desert, "
                  "killing one guard and wounding another. The guards said 2 attackers were killed in the "
                  "exchange of fire that lasted 40 minutes."},
        {"event_date": "2019-06-14", "admin1": "Anbar", "location": "Haditha", "sub_event_type": "Remote explosive",
         "fatalities": 0,
         "notes": "On 14 June 2019, [[b|a roadside bomb struck an army patrol on the Haditha-Baiji road, 20 km "
                  "east of Haditha]]. No soldier died; two were lightly wounded. No actor named."},
    ]) + "\n",
    [I("a", "2019-04-26", "On 26 April 2019", "Al-Qaim", "Qaim", "Anbar", "ISIS", "attributed",
       "security forces", "shooting", 1, "killing one guard", 1, "wounding another"),
     I("b", "2019-06-14", "On 14 June 2019", "Haditha", "Haditha", "Anbar", None, None,
       "army", "ied", 0, "No soldier died", 2, "two were lightly wounded")], ext="jsonl")

doc("A5", "A", "2025-05-27",
    "Event-data backfill note - Ninawa - late reports received 20-27 May 2025 (compiled 27 May 2025)\n"
    "[1] event_date 27 February 2025 | Tal Afar | Armed attack on police\n"
    "On 27 February 2025, [[a|IS gunmen fired on a police checkpoint in the Al-Qadisiya neighbourhood of Tal "
    "Afar]], killing two policemen. The late report gives no figure for wounded.\n"
    "[2] event_date 21 May 2025 | Al-Hadar | Abduction/forced disappearance\n"
    "On 21 May, [[b|IS militants abducted three shepherds and about 200 sheep near Al-Hadar, south of "
    "Mosul]]; their fate is unknown. Coded with the export year.\n",
    [I("a", "2025-02-27", "On 27 February 2025", "Tal Afar", "Tal Afar", "Nineveh", "ISIS", "attributed",
       "police", "shooting", 2, "killing two policemen", None, None),
     I("b", "2025-05-21", "On 21 May", "Al-Hadar", "Hadar", "Nineveh", "ISIS", "attributed",
       "civilians", "kidnapping", None, None, None, None)])

doc("A6", "A", "2023-11-07",
    "Diyala event-data notes - rows flagged for casualty review - 7 November 2023\n"
    "DYL-0712 | event_date 12/07/2023 | admin2 Muqdadiyah | Armed clash | fatalities 2\n"
    "On 12 July 2023, [[a|IS militants attacked a Hashd checkpoint near Al-Mansuriya village in Muqdadiyah "
    "district]] with light weapons, killing 2 PMF fighters of the 24th Brigade and wounding 1. Review: figures "
    "confirmed.\n"
    "DYL-1102 | event_date 02/11/2023 | admin2 Muqdadiyah | Attack | fatalities 3\n"
    "On 2 Nov, [[b|gunmen opened fire on farmers picking oranges in orchards near Abu Saida]]; between 3 and 5 "
    "people were killed, according to conflicting local reports, and two were wounded. Review: lowest figure "
    "coded.\n",
    [I("a", "2023-07-12", "On 12 July 2023", "Al-Mansuriya", "Muqdadiyah", "Diyala", "ISIS", "attributed",
       "PMU", "shooting", 2, "killing 2 PMF fighters", 1, "wounding 1"),
     I("b", "2023-11-02", "On 2 Nov", "Abu Saida", "Abu Saida", "Diyala", "unknown", None,
       "civilians", "shooting", 3, "between 3 and 5 people were killed", 2, "two were wounded")])

doc("A7", "A", "2022-03-02",
    "Event-data notes - Dhi Qar and Basra - week ending 26 Feb 2022 (shared 2 March 2022)\n"
    "On 21 February, several hundred graduates protested in front of the Dhi Qar governorate building in "
    "Nasiriyah demanding jobs. Peaceful protest; no injuries.\n"
    "On 23 February, police in Basra carried out a controlled detonation of 14 old mortar rounds found by "
    "farmers near Al-Zubair. Strategic development; not coded as an attack.\n"
    "On 25 February, a fire broke out in a warehouse in Basra's port area; civil defence said an electrical "
    "fault caused it. Not political violence.\n",
    [], noise=True)

# ============================================================== G  case archive summaries (new template)
doc("G1", "G", "2021-02-16",
    "Political Violence Case Archive (PVCA) - case PVCA-IQ-2021-0211\n"
    "Date of incident: 10 February 2021 | Date recorded: 16 Feb 2021 | Governorate: Salah al-Din\n"
    "Weapon class: Firearms | Attack class: Armed assault / ambush\n"
    "Victims killed: 3 | Victims injured: 2 | Perpetrator deaths: 2\n"
    "Claim: none. Attribution: the PMF blamed the Islamic State (IS).\n"
    "Summary: [[a|IS militants ambushed a Hashd al-Shaabi patrol in orchards west of Dujail]] after dark. Three "
    "fighters were killed and two injured; the patrol killed two of the attackers. Perpetrator deaths are not "
    "counted as victims in this archive.\n",
    [I("a", "2021-02-10", "10 February 2021", "Dujail", "Dujail", "Salahuddin", "ISIS", "attributed",
       "PMU", "ambush", 3, "Three fighters were killed", 2, "two injured")])

doc("G2", "G", "2019-03-14",
    "Political Violence Case Archive (PVCA) - case PVCA-IQ-2019-0088\n"
    "Date of incident: 10 March 2019 | Date recorded: 14 March 2019 | Governorate: Anbar\n"
    "Weapon class: Explosives | Attack class: Bombing\n"
    "Victims killed: 2 | Victims injured: 1 | Perpetrator deaths: 0\n"
    "Claim: none. Attribution: Iraqi officials attributed the attack to the Islamic State (IS).\n"
    "Summary: [[a|an explosive device hidden in the sand detonated under a lorry on the Rutba-Trebil road, 30 km "
    "west of Rutba]]. The driver and his assistant were killed and a second driver was hurt. Three trucks "
    "were damaged.\n",
    [I("a", "2019-03-10", "10 March 2019", "Rutba", "Rutba", "Anbar", "ISIS", "attributed",
       "civilians", "ied", 2, "The driver and his assistant were killed", 1, "a second driver was hurt")])

doc("G3", "G", "2023-06-25",
    "Political Violence Case Archive (PVCA) - case PVCA-IQ-2023-0640\n"
    "Date of incident: 20 June 2023 | Date recorded: 25 June 2023 | Governorate: Diyala\n"
    "Weapon class: Explosives | Attack class: Bombing\n"
    "Victims killed: 1 | Victims injured: 3 | Perpetrator deaths: 0\n"
    "Claim: the Islamic State claimed responsibility through its Amaq outlet.\n"
    "Summary: [[a|an IED went off beside a PMF checkpoint on the road east of Mandali]] at 05:40, killing one "
    "fighter and wounding three others, one of them an officer aged 41.\n",
    [I("a", "2023-06-20", "20 June 2023", "Mandali", "Mandali", "Diyala", "ISIS", "claimed",
       "PMU", "ied", 1, "killing one fighter", 3, "wounding three others")])

doc("G4", "G", "2022-03-12",
    "Political Violence Case Archive (PVCA) - case PVCA-IQ-2022-0219\n"
    "Date of incident: 8 March 2022 | Date recorded: 12 March 2022 | Governorate: Basra\n"
    "Weapon class: Explosives | Attack class: Bombing\n"
    "Victims killed: 0 | Victims injured: 2 | Perpetrator deaths: 0\n"
    "Claim: no group claimed responsibility.\n"
    "Summary: [[a|a roadside bomb struck a minibus carrying staff of an oil services company near the North "
    "Rumaila field, outside Zubair]]. Two employees were slightly injured; nobody was killed. Police opened an "
    "investigation into 6 suspects.\n",
    [I("a", "2022-03-08", "8 March 2022", "Zubair", "Zubair", "Basra", "unknown", "unclaimed",
       "civilians", "ied", 0, "nobody was killed", 2, "Two employees were slightly injured")])

doc("G5", "G", "2023-01-18",
    "Political Violence Case Archive (PVCA) - case PVCA-SY-2023-0031\n"
    "Date of incident: 15 January 2023 | Date recorded: 18 January 2023 | Country: Syria (Deir ez-Zor)\n"
    "Weapon class: Firearms | Attack class: Armed assault\n"
    "Victims killed: 4 | Victims injured: 1 | Perpetrator deaths: 0\n"
    "Claim: none. Attribution: local sources attributed the attack to the Islamic State (IS).\n"
    "Summary: [[a|gunmen attacked a checkpoint of the Syrian Democratic Forces near Al-Kasra]], in the western "
    "Deir ez-Zor countryside, killing four fighters and injuring one. Filed under Syria, not Iraq.\n",
    [I("a", "2023-01-15", "15 January 2023", "Al-Kasra", "Kasra", None, "ISIS", "attributed",
       "security forces", "shooting", 4, "killing four fighters", 1, "injuring one", country="Syria")],
    country="Syria")

doc("G6", "G", "2020-12-09",
    "Political Violence Case Archive (PVCA) - case PVCA-IQ-2020-1187\n"
    "Date of incident: 5 December 2020 | Date recorded: 9 December 2020 | Governorate: Kirkuk\n"
    "Weapon class: Explosives | Attack class: Bombing\n"
    "Victims killed: 1 | Victims injured: 2 | Perpetrator deaths: 0\n"
    "Claim: none. Attribution: security sources attributed the attack to the Islamic State (IS).\n"
    "Summary: [[a|a bomb planted on a dirt road exploded as a Hashd vehicle passed south of Hawija]], killing "
    "one fighter of Brigade 56 and wounding two others. The vehicle, one of 3 in the convoy, was destroyed.\n",
    [I("a", "2020-12-05", "5 December 2020", "Hawija", "Hawija", "Kirkuk", "ISIS", "attributed",
       "PMU", "ied", 1, "killing one fighter", 2, "wounding two others")])

doc("G7", "G", "2021-01-29",
    "Political Violence Case Archive (PVCA) - case PVCA-IQ-2021-0102\n"
    "Date of incident: 25 January 2021 | Date recorded: 29 January 2021 | Governorate: Najaf\n"
    "Weapon class: Firearms | Attack class: Assassination attempt\n"
    "Victims killed: 1 | Victims injured: 1 | Perpetrator deaths: 0\n"
    "Claim: no group claimed responsibility.\n"
    "Summary: [[a|gunmen on a motorcycle shot a protest organiser and his friend outside a cafe in Kufa]]. The "
    "activist, 29, died in hospital; his friend was wounded in the leg. Police said 2 suspects were seen "
    "fleeing.\n",
    [I("a", "2021-01-25", "25 January 2021", "Kufa", "Kufa", "Najaf", "unknown", "unclaimed",
       "civilians", "shooting", 1, "The activist, 29, died in hospital", 1, "his friend was wounded in the leg")])

# ============================================================== W  wire copy of other agencies
doc("W1", "W", "2022-03-25",
    "BAGHDAD, March 25 (TASS) - Two Iraqi servicemen were killed and one was wounded on Thursday when "
    "[[a|a roadside bomb hit an army patrol in the Tarmiyah area north of Baghdad]], the Iraqi Security Media "
    "Cell said.\n\n"
    "The cell blamed remnants of the Islamic State (IS, a terrorist organization banned in Russia). It said "
    "the patrol belonged to the 59th Brigade and was searching orchards some 50 km from the capital.\n\n"
    "Iraq declared victory over IS in 2017, but cells remain active in rural areas.\n\n"
    "TASS, 25 March 2022, 11:20",
    [I("a", "2022-03-24", "on Thursday", "Tarmiyah", "Tarmiyah", "Baghdad", "ISIS", "attributed",
       "army", "ied", 2, "Two Iraqi servicemen were killed", 1, "one was wounded")])

doc("W2", "W", "2021-08-13",
    "CAIRO, Aug 13 (MENA) - Iraqi police said [[a|gunmen of the Islamic State group abducted three shepherds "
    "in the desert east of Samarra]] late on Wednesday, and that two of them were found dead on Friday morning "
    "with gunshot wounds.\n\n"
    "The third shepherd, a 15-year-old boy, was still missing, a police source in Salahuddin province told the "
    "agency. Some 120 sheep were also taken.\n\n"
    "MENA - 13/08/2021",
    [I("a", "2021-08-11", "late on Wednesday", "Samarra", "Samarra", "Salahuddin", "ISIS", "attributed",
       "civilians", "kidnapping", 2, "two of them were found dead", None, None)])

doc("W3", "W", "2024-10-05",
    "ERBIL, Iraq, 5 Oct (Lusa) - [[a|A Turkish drone struck a car near Batifa, in the Zakho district of Iraqi "
    "Kurdistan]], on Friday afternoon, killing the two men inside, local officials told Lusa.\n\n"
    "The district mayor described the dead as members of the Kurdistan Workers' Party (PKK), which Ankara "
    "has fought since 1984. Turkey did not comment. The car burned out on a road 8 km from the border.\n\n"
    "Lusa | 05-10-2024 14:02",
    [I("a", "2024-10-04", "on Friday afternoon", "Batifa", "Batifa", "Dohuk", "Turkey", "attributed",
       "PKK", "airstrike_operation", 2, "killing the two men inside", None, None)])

doc("W4", "W", "2024-01-21",
    "SEOUL, Jan. 21 (Yonhap) -- No South Korean nationals were hurt when [[a|a drone attacked the part of "
    "Erbil airport used by the U.S.-led coalition]] in northern Iraq on Saturday night, the foreign ministry "
    "said Sunday.\n\n"
    "Some 40 Korean engineers work on projects in the Kurdistan region, the ministry said. Kurdish officials "
    "said the drone was shot down and the attack caused no casualties. A group calling itself the Islamic "
    "Resistance in Iraq claimed the attack.\n\n"
    "(END) 2024/01/21 16:45",
    [I("a", "2024-01-20", "on Saturday night", "Erbil airport", "Erbil", "Erbil", "PMU", "claimed",
       "US forces", "other", 0, "the attack caused no casualties", 0, "the attack caused no casualties")])

doc("W5", "W", "2019-08-31",
    "BAGHDAD, Aug 31 (Bernama) -- A policeman was shot dead on Friday when [[a|gunmen fired on a police "
    "vehicle at the entrance of Kubaisa, west of Hit]] in Iraq's Anbar province, a local official said.\n\n"
    "The attackers fled in two cars. No one claimed the attack, and the official did not say whether other "
    "officers were hurt. Kubaisa lies some 180 km west of Baghdad.\n\n"
    "-- BERNAMA, 31 Aug 2019",
    [I("a", "2019-08-30", "on Friday", "Kubaisa", "Kubaisa", "Anbar", "unknown", "unclaimed",
       "police", "shooting", 1, "A policeman was shot dead", None, None)])

doc("W6", "W", "2025-04-10",
    "Baghdad, Apr 10 (PTI) An Iraqi soldier was killed and two others were injured on Wednesday when [[a|an "
    "improvised explosive device went off under their vehicle near Qayyarah]], south of Mosul, security "
    "sources said.\n\n"
    "The sources blamed Islamic State militants. The soldiers belonged to the 15th Division and were on a "
    "routine patrol, they said.\n\n"
    "PTI | April 10, 2025",
    [I("a", "2025-04-09", "on Wednesday", "Qayyarah", "Qayyarah", "Nineveh", "ISIS", "attributed",
       "army", "ied", 1, "An Iraqi soldier was killed", 2, "two others were injured")])

doc("W7", "W", "2021-06-19",
    "ABU DHABI, 19th June, 2021 (WAM) -- The UAE strongly condemned an attack on a police station in "
    "Mirjaveh, in Iran's Sistan-Baluchestan province, in which three policemen were killed on Thursday, "
    "according to Iranian media.\n\n"
    "[[a|Gunmen stormed the police station in Mirjaveh]] before fleeing towards the border, the reports said. "
    "No group immediately claimed responsibility. The ministry expressed its solidarity with Iran.\n\n"
    "WAM 19/06/2021",
    [I("a", "2021-06-17", "on Thursday", "Mirjaveh", "Mirjaveh", None, "unknown", "unclaimed",
       "police", "shooting", 3, "three policemen were killed", None, None, country="Iran")],
    country="Iran")

# ============================================================== T  translated Arabic press (new outlets)
doc("T1", "T", "2023-09-22",
    "Al-Sharqiya News - Diyala (translated) - Friday 22 September 2023\n\n"
    "A security source in Diyala province said that [[a|a sniper of the remnants of the Daesh terrorist gangs "
    "targeted a Popular Mobilization checkpoint in the Al-Abbara area, north-east of Baquba]], yesterday, "
    "Thursday, which led to the martyrdom of a fighter. The source added that the rest of the checkpoint's "
    "members were not harmed, and that a force from the 4th Brigade combed the nearby orchards for three "
    "hours without result.",
    [I("a", "2023-09-21", "yesterday, Thursday", "Al-Abbara", "Baquba", "Diyala", "ISIS", "attributed",
       "PMU", "shooting", 1, "the martyrdom of a fighter", 0,
       "the rest of the checkpoint's members were not harmed")])

doc("T2", "T", "2020-07-31",
    "Al-Rabiaa TV - Kirkuk (translated) - 31/07/2020\n\n"
    "A police source in Kirkuk reported that [[a|unknown gunmen opened fire on a police checkpoint in the "
    "Wahid Huzairan neighbourhood of Kirkuk]] on Thursday evening, which led to the killing of a policeman and "
    "the wounding of another, before fleeing in a white car towards the Hawija road. The source indicated that "
    "the wounded man, 26, was taken to Azadi hospital and that his condition is stable.",
    [I("a", "2020-07-30", "on Thursday evening", "Wahid Huzairan", "Kirkuk", "Kirkuk", "unknown", None,
       "police", "shooting", 1, "the killing of a policeman", 1, "the wounding of another")])

doc("T3", "T", "2023-03-15",
    "UTV - Babylon (translated) - Wednesday 15 March 2023\n\n"
    "A security source said that [[a|a sticky bomb exploded under the car of a police officer in the "
    "Al-Iskandariya district, north of Babylon]], this morning, Wednesday, which led to his death. The source "
    "explained that the officer's son, who was with him, survived without injury, and that the device had been "
    "planted by unknown persons. Police later detained two people for questioning.",
    [I("a", "2023-03-15", "this morning, Wednesday", "Al-Iskandariya", "Iskandariya", "Babil", "unknown", None,
       "police", "ied", 1, "which led to his death", 0, "survived without injury")])

doc("T4", "T", "2019-11-29",
    "Al-Masalah - Anbar (translated) - 29 November 2019\n\n"
    "A police source in Anbar said that [[a|a sticky explosive device exploded under the car of a police "
    "officer in the Al-Nazzal neighbourhood of Falluja]] last night, which led to his injury with moderate "
    "wounds. He added that no deaths were recorded and that the car, a 2015 model, was completely burned. "
    "Security forces closed the neighbourhood's entrances for two hours.",
    [I("a", "2019-11-28", "last night", "Al-Nazzal", "Fallujah", "Anbar", None, None,
       "police", "ied", 0, "no deaths were recorded", 1, "which led to his injury")])

doc("T5", "T", "2024-02-11",
    "Yes Iraq - Maysan (translated) - 11/02/2024\n\n"
    "A police source in Maysan said that an armed clash broke out between two clans in the Al-Kahla district "
    "yesterday, Saturday, over a dispute on agricultural land, in which medium weapons were used and three "
    "people were injured. The Maysan Police Command confirmed that the incident is a tribal dispute and not a "
    "terrorist act, and that a force arrested eleven people involved and seized their weapons.",
    [], noise=True)

doc("T6", "T", "2022-04-05",
    "Al-Aalem al-Jadeed - Maysan (translated) - Tuesday 5 April 2022\n\n"
    "A local source said that [[a|armed men assassinated the director of the municipality of Al-Majar al-Kabir "
    "in front of his house]] on Monday evening, firing about 15 bullets at him, which led to his immediate "
    "death. The source noted that the director, 48, had received threats two months ago over the removal of "
    "encroachments, and that the perpetrators fled in a car without plates.",
    [I("a", "2022-04-04", "on Monday evening", "Al-Majar al-Kabir", "Majar al-Kabir", "Maysan", "unknown", None,
       "civilians", "shooting", 1, "which led to his immediate death", None, None)])

doc("T7", "T", "2021-09-19",
    "Al-Taghier - Salah al-Din (translated) - Sunday 19 September 2021\n\n"
    "A security source in Salah al-Din said that [[a|terrorists of the remnants of Daesh attacked an army post "
    "in the Al-Awja area, south of Tikrit]], at dawn yesterday, Saturday, which led to the martyrdom of a "
    "soldier, without other losses among the force. The source stated that aircraft of the army aviation "
    "pursued the attackers towards the Al-Jazira desert.",
    [I("a", "2021-09-18", "at dawn yesterday, Saturday", "Al-Awja", "Tikrit", "Salahuddin", "ISIS", "attributed",
       "army", "shooting", 1, "the martyrdom of a soldier", 0, "without other losses among the force")])

# ============================================================== K  Kurdish-region outlets (new)
doc("K1", "K", "2023-02-10",
    "SLEMANI, Kurdistan Region (Awene English) - 10 February 2023\n\n"
    "[[a|A Turkish drone struck a car near Penjwen]] on Thursday evening, killing the driver, whom local "
    "officials described as a PKK member. The car was hit about 12 km from the Iranian border, Penjwen's mayor "
    "told Awene. The Turkish defence ministry did not comment. Strikes on the border district have become more "
    "frequent since 2021, residents say.",
    [I("a", "2023-02-09", "on Thursday evening", "Penjwen", "Penjwen", "Sulaymaniyah", "Turkey", "attributed",
       "PKK", "airstrike_operation", 1, "killing the driver", None, None)])

doc("K2", "K", "2024-03-12",
    "SORAN, Kurdistan Region (Speda TV) - 12.03.2024\n\n"
    "[[a|A Turkish drone hit a vehicle in Sidakan]] on Monday, killing two people whom the Sidakan mayor "
    "described as PKK fighters. He said no civilians were harmed. Sidakan, a subdistrict of Soran in the "
    "mountains near the Iranian and Turkish borders, has seen dozens of such strikes since 2019.",
    [I("a", "2024-03-11", "on Monday", "Sidakan", "Soran", "Erbil", "Turkey", "attributed",
       "PKK", "airstrike_operation", 2, "killing two people", None, None)])

doc("K3", "K", "2024-12-21",
    "ZAKHO, Kurdistan Region (Zagros TV) - 21 December 2024\n\n"
    "[[a|A Turkish drone strike hit a house in Sharanish, north of Zakho]], on Friday night, killing one man. "
    "Turkey's defence ministry said on Saturday it had 'neutralised' a PKK member in the area; villagers said "
    "the man had arrived in the village a month earlier. The ministry said its forces had neutralised 6 militants in northern Iraq over the "
    "week, without saying where.",
    [I("a", "2024-12-20", "on Friday night", "Sharanish", "Zakho", "Dohuk", "Turkey", "attributed",
       "PKK", "airstrike_operation", 1, "killing one man", None, None)])

doc("K4", "K", "2023-06-19",
    "CHAMCHAMAL, Kurdistan Region (Waar Media) - 19/06/2023\n\n"
    "[[a|A sticky bomb exploded under the car of a PUK local official in Chamchamal]] on Sunday morning, "
    "wounding him slightly. No one was killed, police said, adding that unknown persons had planted the "
    "device.\n\n"
    "Separately, Waar Media learned that in April [[b|Turkish artillery shelled farms near Qaladze]], wounding "
    "two farmers; the exact date was not given by the district's officials.",
    [I("a", "2023-06-18", "on Sunday morning", "Chamchamal", "Chamchamal", "Sulaymaniyah", "unknown", None,
       "civilians", "ied", 0, "No one was killed", 1, "wounding him slightly"),
     I("b", "2023-04", "in April", "Qaladze", "Qaladze", "Sulaymaniyah", "Turkey", "attributed",
       "civilians", "mortar_rocket", None, None, 2, "wounding two farmers", prec="month")])

doc("K5", "K", "2024-09-05",
    "KHALIFAN, Kurdistan Region (Gali Kurdistan) - 5 September 2024\n\n"
    "[[a|Turkish artillery shelled villages in the Khalifan subdistrict]] on Wednesday, wounding three "
    "civilians, including a 7-year-old girl. No one was killed. The head of the subdistrict said more than 20 "
    "shells landed between 14:00 and 16:30 and that two houses and an orchard burned.",
    [I("a", "2024-09-04", "on Wednesday", "Khalifan", "Khalifan", "Erbil", "Turkey", "attributed",
       "civilians", "mortar_rocket", 0, "No one was killed", 3, "wounding three civilians")])

doc("K6", "K", "2023-09-27",
    "SAYID SADIQ, Kurdistan Region (Lvin Press) - 27.09.2023\n\n"
    "[[a|Gunmen shot dead a local journalist outside his home in Said Sadiq]] late on Tuesday. The journalist, "
    "34, presented a morning programme on a local radio station. The Sulaimani Asayish said it had opened an "
    "investigation; nobody was arrested. He was the second journalist killed in the province since 2020.",
    [I("a", "2023-09-26", "late on Tuesday", "Said Sadiq", "Sayid Sadiq", "Sulaymaniyah", "unknown", None,
       "civilians", "shooting", 1, "shot dead a local journalist", None, None)])

doc("K7", "K", "2022-08-20",
    "QAMISHLI, Syria (KNN) - 20 August 2022\n\n"
    "[[a|A Turkish drone struck a car near Amuda]], in north-east Syria, on Thursday, killing two civilians, "
    "the local administration said. The car was travelling on the road to Qamishli. The Kurdish-led "
    "administration condemned the strike; Ankara did not comment.",
    [I("a", "2022-08-18", "on Thursday", "Amuda", "Amuda", None, "Turkey", "attributed",
       "civilians", "airstrike_operation", 2, "killing two civilians", None, None, country="Syria")],
    country="Syria")

# ============================================================== N  reports without figures
doc("N1", "N", "2022-11-22",
    "Basra oil news - 22 November 2022\n\n"
    "[[a|An explosive charge damaged an oil pipeline near Nahr Bin Omar, north of Basra]], on Monday night, "
    "causing a fire that burned for about six hours before civil defence teams put it out. The oil police did "
    "not give any information about casualties. Pumping through the 24-inch line was halted and was due to "
    "resume within 48 hours.",
    [I("a", "2022-11-21", "on Monday night", "Nahr Bin Omar", "Nahr Bin Omar", "Basra", None, None,
       "", "ied", None, None, None, None)])

doc("N2", "N", "2023-08-29",
    "Diyala local news - 29 August 2023\n\n"
    "[[a|Gunmen kidnapped a grain trader on the road between Baladruz and Mandali]] on Sunday evening, his "
    "relatives said. The trader, in his fifties, was driving home from the market with about 9 million dinars. "
    "His family said it had not heard from him or from the kidnappers. Police set up checkpoints on the road.",
    [I("a", "2023-08-27", "on Sunday evening", "Baladruz", "Baladruz", "Diyala", "unknown", None,
       "civilians", "kidnapping", None, None, None, None)])

doc("N3", "N", "2024-12-09",
    "Duhok security note - 9 December 2024\n\n"
    "Kurdish security sources said that [[a|PKK fighters attacked a Turkish military outpost on a hill near "
    "Mangesh]] on Saturday with machine guns. There was no information on casualties. Turkish helicopters were "
    "seen over the area afterwards, residents said. The outpost is one of about 40 set up in the district.",
    [I("a", "2024-12-07", "on Saturday", "Mangesh", "Mangesh", "Dohuk", "PKK", "attributed",
       "Turkey", "shooting", None, None, None, None)])

doc("N4", "N", "2022-07-16",
    "Basra local news - 16 July 2022\n\n"
    "[[a|Unidentified gunmen abducted an engineer working for an oil company near Qurna]] on Thursday as he "
    "left a drilling site, colleagues said. The company, one of 3 operating in the area, declined to comment. "
    "Police said they were following leads and gave no further details.",
    [I("a", "2022-07-14", "on Thursday", "Qurna", "Qurna", "Basra", "unknown", None,
       "civilians", "kidnapping", None, None, None, None)])

doc("N5", "N", "2019-07-24",
    "Anbar news - 24 July 2019\n\n"
    "[[a|IS militants kidnapped four shepherds in the desert south of Akashat]] on Monday, a local official "
    "said. The men, from a clan that grazes its flocks near the Syrian border, had gone out with about 300 "
    "sheep. The official said search parties had found their pick-up truck 25 km from the town.",
    [I("a", "2019-07-22", "on Monday", "Akashat", "Akashat", "Anbar", "ISIS", "attributed",
       "civilians", "kidnapping", None, None, None, None)])

doc("N6", "N", "2022-06-14",
    "Najaf local news - Tuesday 14 June 2022\n\n"
    "[[a|Unknown persons threw a sound bomb at the office of a political party in Hay al-Ansar, Najaf]], at "
    "dawn today. The office was closed and no one was hurt, a police source said. The blast shattered the "
    "windows of the office and of two neighbouring shops. It was the party's second office targeted this year.",
    [I("a", "2022-06-14", "at dawn today", "Hay al-Ansar", "Najaf", "Najaf", "unknown", None,
       "", "ied", 0, "no one was hurt", 0, "no one was hurt")])

doc("N7", "N", "2020-02-18",
    "Kirkuk local news - 18 February 2020\n\n"
    "An explosion in a fireworks warehouse in the Shorja market of Kirkuk caused a large fire on Monday "
    "evening. Civil defence said the blast was accidental, caused by poor storage, and that no one was inside. "
    "Police said it was not an attack. The warehouse owner, who had no licence, was detained.",
    [], noise=True)

# ============================================================== R  round-ups (monthly trackers, digests)
doc("R1", "R", "2021-05-02",
    "Salahuddin monthly security tracker - April 2021 (issued 2 May 2021)\n\n"
    "3 April - Baiji: [[a|an IED struck an army convoy near Albu Juwari village, north of Baiji]]; one soldier "
    "killed, two wounded. Police blamed IS.\n"
    "14 April - Tikrit: the night curfew was shortened for Ramadan.\n"
    "22 April - Baiji: [[b|a bomb hit an army supply convoy on the Baiji-Haditha road west of Baiji]], causing "
    "only material damage to two trucks. No claim.\n"
    "28 April - Mutaibijah: [[c|a sniper shot dead a Hashd fighter at a post in Al-Mutaibija]]. The PMF blamed "
    "Daesh.\n"
    "Trend: 3 attacks in April, against 5 in March.",
    [I("a", "2021-04-03", "3 April", "Albu Juwari", "Baiji", "Salahuddin", "ISIS", "attributed",
       "army", "ied", 1, "one soldier killed", 2, "two wounded"),
     I("b", "2021-04-22", "22 April", "Baiji", "Baiji", "Salahuddin", None, None,
       "army", "ied", 0, "causing only material damage", 0, "causing only material damage"),
     I("c", "2021-04-28", "28 April", "Al-Mutaibija", "Mutaibijah", "Salahuddin", "ISIS", "attributed",
       "PMU", "shooting", 1, "shot dead a Hashd fighter", None, None)])

doc("R2", "R", "2020-10-31",
    "Kirkuk security review - October 2020 (31/10/2020)\n\n"
    "3 October - Al-Riyadh: [[a|IS militants shot dead a shepherd, 52, near Al-Riyadh, south-west of "
    "Kirkuk]].\n"
    "10 October - the Kirkuk-Erbil road reopened after repairs.\n"
    "17 October - Al-Multaqa: [[b|three mortar rounds fell on farmers' houses in Al-Multaqa]]; nobody was "
    "harmed.\n"
    "24 October - Hawija: [[c|an IED struck an army patrol near Hawija]], killing two soldiers; no one else "
    "was hurt. The army blamed IS.\n"
    "Outlook: attacks on rural areas are expected to continue during the harvest season.",
    [I("a", "2020-10-03", "3 October", "Al-Riyadh", "Riyadh", "Kirkuk", "ISIS", "attributed",
       "civilians", "shooting", 1, "shot dead a shepherd", None, None),
     I("b", "2020-10-17", "17 October", "Al-Multaqa", "Multaqa", "Kirkuk", None, None,
       "civilians", "mortar_rocket", 0, "nobody was harmed", 0, "nobody was harmed"),
     I("c", "2020-10-24", "24 October", "Hawija", "Hawija", "Kirkuk", "ISIS", "attributed",
       "army", "ied", 2, "killing two soldiers", 0, "no one else was hurt")])

doc("R3", "R", "2024-11-30",
    "Kurdistan Region monthly review - November 2024 - published 30 November 2024\n\n"
    "2 November, Deraluk - [[a|Turkish warplanes bombed a hillside near Deraluk where shepherds were grazing "
    "their flocks]]; two shepherds were killed and one injured.\n"
    "14 November, Amedi - [[b|a Turkish drone hit a car on the road outside Amedi]]; at least three people "
    "inside were killed. Local officials described them as PKK members.\n"
    "22 November - snow closed the Amedi-Sulav road for a day.\n"
    "28 November, Sheladze - [[c|Turkish artillery shells hit a house on the edge of Sheladze]], wounding a "
    "woman.\n"
    "Total this month: 3 incidents in Duhok province, 0 in Erbil and Slemani.",
    [I("a", "2024-11-02", "2 November", "Deraluk", "Deraluk", "Dohuk", "Turkey", "attributed",
       "civilians", "airstrike_operation", 2, "two shepherds were killed", 1, "one injured"),
     I("b", "2024-11-14", "14 November", "Amedi", "Amedi", "Dohuk", "Turkey", "attributed",
       "PKK", "airstrike_operation", 3, "at least three people inside were killed", None, None),
     I("c", "2024-11-28", "28 November", "Sheladze", "Sheladze", "Dohuk", "Turkey", "attributed",
       "civilians", "mortar_rocket", None, None, 1, "wounding a woman")])

doc("R4", "R", "2023-12-31",
    "# Diyala security digest - December 2023\n\n"
    "*Compiled 31 December 2023*\n\n"
    "- **9 December, Khanaqin** - [[a|an IED hit an army vehicle on the road south of Khanaqin]]; 1 soldier "
    "killed, 2 wounded. Security sources blamed IS.\n"
    "- **18 December, Kanaan** - [[b|a hand grenade was thrown at a PMF checkpoint at the entrance of "
    "Kanaan]], wounding two fighters.\n"
    "- **21 December** - fog closed the Baquba-Kirkuk road until noon.\n"
    "- **30 December, Al-Udhaim** - [[c|IS militants fired on a Hashd checkpoint near Al-Udhaim]]; the "
    "fighters returned fire and nobody was hurt.\n",
    [I("a", "2023-12-09", "9 December", "Khanaqin", "Khanaqin", "Diyala", "ISIS", "attributed",
       "army", "ied", 1, "1 soldier killed", 2, "2 wounded"),
     I("b", "2023-12-18", "18 December", "Kanaan", "Kanaan", "Diyala", None, None,
       "PMU", "other", None, None, 2, "wounding two fighters"),
     I("c", "2023-12-30", "30 December", "Al-Udhaim", "Udhaim", "Diyala", "ISIS", "attributed",
       "PMU", "shooting", 0, "nobody was hurt", 0, "nobody was hurt")], ext="md")

doc("R5", "R", "2023-06-01",
    "Southern governorates monthly review - May 2023 - 01/06/2023\n\n"
    "8 May, Karbala - [[a|a roadside bomb damaged an army vehicle on the road to Ain al-Tamr]]; two soldiers "
    "were wounded.\n"
    "12 May, Muthanna - [[b|a hand grenade was thrown into the courtyard of a tribal sheikh's house in "
    "Al-Rumaitha]], wounding his 10-year-old grandson.\n"
    "16 May, Najaf - dust storms halted flights at Najaf airport for 9 hours.\n"
    "20 May, Maysan - [[c|an IED exploded near a police patrol in Qalat Salih]], injuring two policemen.\n"
    "29 May, Babil - [[d|unknown persons threw a grenade at a liquor shop in Al-Mahawil]], causing damage but "
    "no injuries.",
    [I("a", "2023-05-08", "8 May", "Ain al-Tamr", "Ain al-Tamr", "Karbala", None, None,
       "army", "ied", None, None, 2, "two soldiers were wounded"),
     I("b", "2023-05-12", "12 May", "Al-Rumaitha", "Rumaitha", "Muthanna", None, None,
       "civilians", "other", None, None, 1, "wounding his 10-year-old grandson"),
     I("c", "2023-05-20", "20 May", "Qalat Salih", "Qalat Salih", "Maysan", None, None,
       "police", "ied", None, None, 2, "injuring two policemen"),
     I("d", "2023-05-29", "29 May", "Al-Mahawil", "Mahawil", "Babil", "unknown", None,
       "", "other", 0, "causing damage but no injuries", 0, "causing damage but no injuries")])

doc("R6", "R", "2022-10-31",
    "Baghdad security brief - October 2022 - 31 Oct 2022\n\n"
    "7 Oct, Abu Ghraib: [[a|gunmen shot dead a PMF member at his shop in Abu Ghraib]].\n"
    "20 Oct, Taji: [[b|two Katyusha rockets landed inside the Taji military base]]; no casualties were "
    "reported.\n"
    "25 Oct: traffic around Tahrir Square was restricted for a rally; it passed peacefully.\n"
    "29 Oct, Sadr City: [[c|an explosive device blew up the door of a liquor store in Al-Habibiya, Sadr "
    "City]]; nobody was hurt.\n"
    "Assessment: low-level violence, mostly criminal or political score-settling.",
    [I("a", "2022-10-07", "7 Oct", "Abu Ghraib", "Abu Ghraib", "Baghdad", "unknown", None,
       "PMU", "shooting", 1, "shot dead a PMF member", None, None),
     I("b", "2022-10-20", "20 Oct", "Taji", "Taji", "Baghdad", None, None,
       "army", "mortar_rocket", 0, "no casualties were reported", 0, "no casualties were reported"),
     I("c", "2022-10-29", "29 Oct", "Al-Habibiya", "Baghdad", "Baghdad", None, None,
       "", "ied", 0, "nobody was hurt", 0, "nobody was hurt")])

doc("R7", "R", "2021-03-14",
    "Basra weekly security round-up - 7-13 March 2021 (14 March 2021)\n\n"
    "No attacks were recorded this week.\n"
    "Tuesday: a tribal clash over a land dispute in Al-Dair left two people wounded; elders mediated a truce "
    "on Thursday.\n"
    "Wednesday: police seized 30 kg of crystal meth at the Shalamcheh crossing and arrested 3 smugglers.\n"
    "Friday: a collision between a minibus and a fuel tanker on the Basra-Nasiriyah highway killed four "
    "people.",
    [], noise=True)
