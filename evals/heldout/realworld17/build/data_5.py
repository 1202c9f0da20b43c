"""realworld17 data: styles F (local-press follow-ups) and P (pasted web pages)."""
from lib import I, doc

# ============================================================ F: follow-ups
doc("F1", "F", "2020-09-28", """Baquba - 28 September 2020

Hundreds of mourners attended the funeral on Monday in Baquba of a lawyer [[a|shot dead by gunmen on Saturday outside his office in Buhriz]]. Colleagues carried his coffin past the courthouse and called on the government to protect lawyers. It was the third killing of a lawyer in the province this year, the Diyala bar association said. Police have made no arrests.""",
    [I("a", "2020-09-26", "on Saturday", "Buhriz", "Buhriz", "Diyala", "unknown", None, "civilians", "shooting", 1, "shot dead", None, None)])

doc("F2", "F", "2023-04-30", """Samarra - 30 April 2023

Salahuddin police said on Sunday they had arrested two IS suspects accused of carrying out [[a|the 17 April bombing in the main market of Samarra]] that killed a shop owner and wounded his brother. The suspects were caught in a raid on a farm east of the city, and explosives were seized. The police said the two had confessed to planning further attacks during the Eid holiday.""",
    [I("a", "2023-04-17", "the 17 April bombing", "Samarra", "Samarra", "Salahuddin", "ISIS", "attributed", "civilians", "ied", 1, "killed a shop owner", 1, "wounded his brother")])

doc("F3", "F", "2021-12-31", """Mourners in Kirkuk on Friday held the third-day fatiha for two Federal Police officers [[a|killed in an IS ambush in the Sargaran subdistrict on Wednesday]]. A third officer, wounded in the ambush, is recovering in Kirkuk General Hospital. Tribal leaders called for the army to retake the hills north of Sargaran, which they said IS cells use to attack villages and patrols. The police chief promised to avenge the officers.""",
    [I("a", "2021-12-29", "on Wednesday", "Sargaran", "Sargaran", "Kirkuk", "ISIS", "attributed", "police", "ambush", 2, "two Federal Police officers", 1, "A third officer, wounded in the ambush")],
    ext="json", title="Kirkuk mourns two officers killed in Sargaran ambush", outlet="Kirkuk local press", section="Local")

doc("F4", "F", "2020-05-08", """Al-Khalidiya - 8 May 2020

One year on, families of the victims gathered on Friday at the checkpoint where [[a|a car bomb exploded on 8 May 2019 at the entrance of Al-Khalidiya]], killing five soldiers and two civilians and wounding nine. The Islamic State group claimed the bombing at the time. The families said they are still waiting for compensation from the provincial government.""",
    [I("a", "2019-05-08", "on 8 May 2019", "Al-Khalidiya", "Khalidiya", "Anbar", "ISIS", "claimed", "army+civilians", "ied", 7, "killing five soldiers and two civilians", 9, "wounding nine")])

doc("F5", "F", "2022-10-11", """Koya - 11 October 2022

The funeral of an engineer at the Koya water directorate took place on Tuesday, two days after [[a|he was killed by a bomb planted in his car outside his house in Koya]] on Sunday. Relatives said he had no enemies and demanded that the Asayish reveal who was behind the killing. The Asayish said the investigation was continuing.""",
    [I("a", "2022-10-09", "on Sunday", "Koya", "Koya", "Erbil", None, None, "civilians", "ied", 1, "he was killed", None, None)])

doc("F6", "F", "2021-11-15", """Baghdad - 15 November 2021

The Karkh criminal court on Monday sentenced two men to death for [[a|the shooting of a protester and a paramedic near the Al-Ahrar bridge in Baghdad on 23 January 2020]], which killed both. The court said the men belonged to an armed group but did not name it. Defence lawyers said they would appeal. Activists welcomed the ruling but said hundreds of other killings of protesters remain unpunished.""",
    [I("a", "2020-01-23", "on 23 January 2020", "Al-Ahrar bridge", "Baghdad", "Baghdad", None, None, "civilians", "shooting", 2, "which killed both", None, None)])

doc("F7", "F", "2023-03-16", """Basra - 16 March 2023

Oil workers and relatives buried on Thursday an engineer [[a|killed on Tuesday when a bomb exploded near his car at the entrance of the North Rumaila field near Al-Zubair]]. The Basra Oil Company said it would raise security at the field gates. It was the first attack on oil staff in the province in two years, the company said.""",
    [I("a", "2023-03-14", "on Tuesday", "North Rumaila", "Zubair", "Basra", None, None, "civilians", "ied", 1, "killed", None, None)])

doc("F8", "F", "2024-07-03", """Baghdad - 3 July 2024

Families and residents lit candles in Karrada on Wednesday to mark the eighth anniversary of the July 2016 truck bombing that killed more than 300 people, the deadliest single attack in Baghdad since 2003. Speakers at the memorial called for the case files to be made public. The square has since been rebuilt with a memorial wall.""",
    noise=True)

doc("F9", "F", "2021-09-20", """Nasiriyah - 20 September 2021

A court in Al-Nasiriyah on Monday sentenced two men to life imprisonment for [[a|a sticky-bomb attack on the car of a protest activist in Al-Nasiriyah in March 2021]], which wounded the activist. The exact day of the attack was not mentioned in court. The defendants said they had acted on orders but refused to say from whom.""",
    [I("a", "2021-03", "in March 2021", "Al-Nasiriyah", "Nasiriyah", "Dhi Qar", None, None, "civilians", "ied", None, None, 1, "which wounded the activist", prec="month")])

# ============================================================ P: pasted web pages
doc("P1", "P", "2020-09-03", """Published: 3 September 2020, 09:40 | Diyala correspondent

[[a|Gunmen killed two brothers in their orchard in Al-Saadiya]] on Wednesday, north-east of Baquba, police said. The brothers were farmers and one was a former member of the tribal mobilisation, relatives said.

Police said the gunmen fled towards the Hamrin hills and that no group had claimed the killing.

Related stories
- Mortar rounds land near Baladruz, no casualties
- Diyala farmers ask for protection during harvest""",
    [I("a", "2020-09-02", "on Wednesday", "Al-Saadiya", "Sadiya", "Diyala", "unknown", "unclaimed", "civilians", "shooting", 2, "killed two brothers", None, None)],
    ext="html", title="Two brothers killed in Al-Saadiya orchard attack", outlet="Diyala News Network")

doc("P2", "P", "2023-04-29", """# IS militants kill two shepherds near Sulaiman Bek

Published: 29 April 2023 · Salahuddin desk · 2 min read

[[a|Gunmen killed two shepherds and drove off their flock near Sulaiman Bek]] on Friday, the mayor said. Local officials blamed IS remnants hiding in the Hamrin hills.

The shepherds, cousins aged 19 and 24, were buried the same evening.

## More from Salahuddin
- Sniper kills soldier north of Baiji (file, 2022)
- Tuz Khurmatu residents call for joint security force""",
    [I("a", "2023-04-28", "on Friday", "Sulaiman Bek", "Sulaiman Bek", "Salahuddin", "ISIS", "attributed", "civilians", "shooting", 2, "killed two shepherds", None, None)],
    ext="md")

doc("P3", "P", "2021-12-21", """[[a|An IED struck a bus carrying oil workers near the Bai Hassan field, Dibis district]], on Monday, wounding four workers. No one was killed, the North Oil Company said.

The company suspended the night shift at the field and asked the security forces to escort its buses.

Read more: IS attack on Peshmerga post near Palkana kills two | Kirkuk police patrol hit near Laylan""",
    [I("a", "2021-12-20", "on Monday", "Bai Hassan", "Dibis", "Kirkuk", None, None, "civilians", "ied", 0, "No one was killed", 4, "wounding four workers")],
    ext="json", title="Oil workers' bus hit by IED near Bai Hassan", outlet="Kirkuk Post", section="Security")

doc("P4", "P", "2019-05-26", """Published: 26 May 2019 | Anbar bureau

[[a|IS militants ambushed a PMF convoy in the desert near Al-Nukhaib]] on Saturday, killing three fighters and wounding two, the PMF said. The Islamic State group claimed the ambush on its Amaq agency.

The route links Anbar with Karbala and is used by pilgrims' buses.

See also
- Suicide bomber hits tribal fighters near Heet
- Anbar governor visits Al-Qaim""",
    [I("a", "2019-05-25", "on Saturday", "Al-Nukhaib", "Nukhaib", "Anbar", "ISIS", "claimed", "PMU", "ambush", 3, "killing three fighters", 2, "wounding two")],
    ext="html", title="Three PMF fighters killed in ambush near Al-Nukhaib", outlet="Anbar Today")

doc("P5", "P", "2022-10-05", """# Turkish jets strike Khwakurk area near Sidakan

Published: 5 October 2022 · Erbil desk · 3 min read

[[a|Turkish warplanes bombed the Khwakurk area near Sidakan]] on Tuesday, local officials said. No casualties were reported. The area lies on the border triangle with Iran and is used by PKK fighters.

## Related
- Makhmour camp residents protest drone strikes (photo gallery)
- Erbil airport flights resume after rocket scare""",
    [I("a", "2022-10-04", "on Tuesday", "Khwakurk", "Soran", "Erbil", "Turkey", "attributed", "", "airstrike_operation", 0, "No casualties were reported", 0, "No casualties were reported")],
    ext="md")

doc("P6", "P", "2020-01-11", """[[a|Gunmen on a motorbike shot dead a young protester near his home in Baghdad's Al-Nahda area]] on Friday, his friends said. He had been camping in Tahrir Square since October.

No one claimed the killing. Police said they were investigating.

You may also like: Katyusha rockets hit Green Zone again | Protesters block Mohammed al-Qasim expressway""",
    [I("a", "2020-01-10", "on Friday", "Al-Nahda", "Baghdad", "Baghdad", "unknown", "unclaimed", "civilians", "shooting", 1, "shot dead a young protester", None, None)],
    ext="json", title="Young protester shot dead in Baghdad's Al-Nahda", outlet="Baghdad Post", section="Iraq")

doc("P7", "P", "2022-05-18", """Published: 18 May 2022 | Duhok correspondent

[[a|An explosive device hit a Peshmerga vehicle near Zawita, Duhok district]], on Tuesday, wounding three Peshmerga. No one was killed. The Ministry of Peshmerga Affairs said the device had been planted by PKK members, a charge the PKK did not comment on.

Related
- Turkish shelling burns orchards near Kani Masi (2021)
- Duhok dam water level rises""",
    [I("a", "2022-05-17", "on Tuesday", "Zawita", "Zawita", "Dohuk", "PKK", "attributed", "Peshmerga", "ied", 0, "No one was killed", 3, "wounding three Peshmerga")],
    ext="html", title="Three Peshmerga wounded in blast near Zawita", outlet="Duhok 24")

doc("P8", "P", "2023-09-18", """# Mosul school reopens after reconstruction

Published: 18 September 2023 · Nineveh desk · 2 min read

The Al-Zuhur primary school in east Mosul reopened on Sunday after a two-year reconstruction funded by donors. Around 900 pupils started classes. The school was badly damaged in the fighting of 2017.

## Read more
- Car bomb kills soldiers near Tal Afar (archive, 2016)
- New bridge over the Tigris opens to traffic""",
    noise=True, ext="md")

doc("P9", "P", "2020-06-14", """[[a|Unknown persons threw a hand grenade at the house of a municipal official in Al-Samawa]] on Saturday, wounding two of his relatives, police said.

The official had led a campaign against illegal buildings on state land. No arrests have been made.

Related: Samawa council demands more police | Muthanna desert road reopens""",
    [I("a", "2020-06-13", "on Saturday", "Al-Samawa", "Samawa", "Muthanna", "unknown", None, "civilians", "other", None, None, 2, "wounding two of his relatives")],
    ext="json", title="Grenade thrown at Samawa official's house", outlet="Muthanna News", section="Local")
