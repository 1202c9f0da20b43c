"""realworld8 data, styles A (coder notes), B (database entries),
C (foreign wire copy), D (translated Arabic press)."""
from lib import I, doc, F, W, add

# ======================================================= A: coder notes
d = "2023-02-11"; p = F(d, "On {M}/{D} (m/d)")
doc("A1", "A", "2023-02-13", f"""REC IQ8-A01 ~ src: Diyala Today (web) ~ pubd. 13/02/2023 ~ coder: NH
{p}, [[a|a homemade bomb buried in a farm track blew up beneath a tractor carrying Hashd fighters near Imam Wais village, Muqdadiyah district, Diyala; one fighter was torn apart by the blast and two others were carried to Muqdadiyah hospital]]. The outlet says a PMU patrol had used the track every morning that week. Source names no perpetrator; actor field left blank.
Sub-type: buried IED. Fatal count 1.""",
    [I("a", d, p, "Imam Wais village, Muqdadiyah district", "Muqdadiyah", "Diyala", None, None, "PMU", "ied",
       1, "one fighter was torn apart by the blast", 2, "two others were carried to Muqdadiyah hospital")])

d = "2021-06-12"; p = F(d, "On {Month} {Dw}")
doc("A2", "A", "2021-06-14", f"""REC IQ8-A02 ~ src: Ezidi24 ~ pubd. 14/06/2021 ~ coder: NH
{p}, [[a|gunmen opened fire on Yazidi returnees irrigating a field outside Kocho village, Sinjar district, Nineveh; a returning farmer was shot dead and his brother took a bullet in the arm]]. The district mayor blamed Daesh cells hiding in the Jazira desert to the south.
Actor coded per mayor. Note for QA: Kocho is spelled Kojo in the headline.""",
    [I("a", d, p, "Kocho village, Sinjar district", "Sinjar", "Nineveh", "ISIS", "attributed", "civilians", "shooting",
       1, "a returning farmer was shot dead", 1, "his brother took a bullet in the arm")])

d = "2024-05-07"; p = F(d, "On day {D} of {Month}")
doc("A3", "A", "2024-05-09", f"""REC IQ8-A03 ~ src: Kirkuk Now Arabic ~ pubd. 09/05/2024 ~ coder: LT
{p}, [[a|militants ambushed an army foot patrol in the Wadi al-Shay valley, west of Daquq, Kirkuk; three soldiers fell and a lieutenant was left in critical condition]]. IS claimed the ambush the following morning through its Amaq channel, posting photos of seized rifles.
Sub-type: ambush. Claim status: claimed.""",
    [I("a", d, p, "the Wadi al-Shay valley, west of Daquq", "Daquq", "Kirkuk", "ISIS", "claimed", "army", "ambush",
       3, "three soldiers fell", 1, "a lieutenant was left in critical condition")])

d = "2019-11-19"; p = F(d, "On {D}-{R}")
doc("A4", "A", "2019-11-21", f"""REC IQ8-A04 ~ src: Al-Anbar News ~ pubd. 21/11/2019 ~ coder: LT
{p}, [[a|two mortar bombs came down inside a police post on the western edge of Rutba town, Anbar; no lives were lost and a sergeant was grazed by fragments]]. No one has owned the attack. The outlet adds that the same post was hit in the summer.
Coder: the Roman XI is the month; year from pub line.""",
    [I("a", d, p, "a police post on the western edge of Rutba town", "Rutba", "Anbar", "unknown", "unclaimed", "police", "mortar_rocket",
       0, "no lives were lost", 1, "a sergeant was grazed by fragments")])

d = "2022-08-08"; p = F(d, "On {Mon}/{DD}")
doc("A5", "A", "2022-08-09", f"""REC IQ8-A05 ~ src: Baghdad Post ~ pubd. 09/08/2022 ~ coder: SA
{p}, [[a|armed men broke into a farmhouse in the Al-Tarmiyah district north of Baghdad and executed a father and his son]]. Police suspect a Daesh sleeper cell that has operated in the palm groves along the Tigris. The item does not mention anyone else hurt.
Actor: ISIS (suspected). Sub-type: armed assault on civilians.""",
    [I("a", d, p, "the Al-Tarmiyah district north of Baghdad", "Tarmiyah", "Baghdad", "ISIS", "suspected", "civilians", "shooting",
       2, "executed a father and his son", None, None)])

d = "2020-12-30"; p = F(d, "On {Do} of last month")
doc("A6", "A", "2021-01-04", f"""REC IQ8-A06 ~ src: Salahuddin Eye ~ pubd. 04/01/2021 ~ coder: SA
{p}, [[a|an explosive charge hit a Saraya al-Salam vehicle in Al-Mu'tasim subdistrict, south of Samarra, Salahuddin; two of its fighters died and a third lost a leg]]. The piece identifies no actor.
Coder: "last month" read against the pub date, i.e. December of the previous year.""",
    [I("a", d, p, "Al-Mu'tasim subdistrict, south of Samarra", "Mutasim", "Salahuddin", None, None, "PMU", "ied",
       2, "two of its fighters died", 1, "a third lost a leg")])

d = "2022-05-12"; p = F(d, "On {Wdy}. the {Do}")
doc("A7", "A", "2022-05-13", f"""REC IQ8-A07 ~ src: Duhok Post ~ pubd. 13/05/2022 ~ coder: RB
{p}, [[a|a Turkish drone struck a car on the road outside Chamanke village, Amedi district, Duhok; both men inside were killed]]. A PKK statement later named them as its members. Nothing on other casualties.
Actor: Turkey (source states it as fact). Target coded PKK.""",
    [I("a", d, p, "Chamanke village, Amedi district", "Amedi", "Dohuk", "Turkey", "attributed", "PKK", "airstrike_operation",
       2, "both men inside were killed", None, None)])

d = "2023-07-04"; p = F(d, "On the {Do} day of {Month}")
doc("A8", "A", "2023-07-06", f"""REC IQ8-A08 ~ src: Hawler Daily ~ pubd. 06/07/2023 ~ coder: RB
{p}, [[a|a magnet bomb stuck under the car of a KDP cadre went off in Ankawa, Erbil; there was no loss of life, and the cadre escaped with burns to his hands]]. Asayish said a suspect had been identified from camera footage but gave no name or affiliation.
Actor: not named.""",
    [I("a", d, p, "Ankawa, Erbil", "Erbil", "Erbil", None, None, "civilians", "ied",
       0, "there was no loss of life", 1, "the cadre escaped with burns to his hands")])

d = "2021-08-17"; p = F(d, "On the {Dw} of the month")
doc("A9", "A", "2021-08-18", f"""REC IQ8-A09 ~ src: Basra Times ~ pubd. 18/08/2021 ~ coder: MK
{p}, [[a|a roadside bomb hit a lorry convoy hauling supplies for the international coalition on the highway near Al-Zubair, Basra; no driver died, though one suffered cuts to the face]]. Unclaimed so far.
Coder: "the month" = month of the pub date (August).""",
    [I("a", d, p, "the highway near Al-Zubair", "Zubair", "Basra", "unknown", "unclaimed", "US forces", "ied",
       0, "no driver died", 1, "one suffered cuts to the face")])

d = "2020-02-05"; p = F(d, "{Wdy}. {D} {Mon}.")
doc("A10", "A", "2020-02-07", f"""REC IQ8-A10 ~ src: Najaf Voice ~ pubd. 07/02/2020 ~ coder: MK
Night of {p}: [[a|men in blue caps stormed the Sadrain Square sit-in in Najaf and fired on the tents; seven protesters were left dead and more than 40 were hurt]]. The source identifies the attackers only by their caps and does not say who sent them.
Coder: wounded entered as lower bound (40).""",
    [I("a", d, p, "the Sadrain Square sit-in in Najaf", "Najaf", "Najaf", "unknown", None, "civilians", "shooting",
       7, "seven protesters were left dead", 40, "more than 40 were hurt")])

d = "2025-03-25"; p = F(d, "On the {Do} (same month as pub.)")
doc("A11", "A", "2025-03-27", f"""REC IQ8-A11 ~ src: Baquba Net ~ pubd. 27/03/2025 ~ coder: NH
{p}, [[a|somebody lobbed a hand grenade into a mobile-phone shop in the Al-Tahrir quarter of Baquba, Diyala; it killed nobody, but the shopkeeper's son needed stitches]]. Police said the owner had refused to pay a cousin's debt; the outlet treats it as intimidation of a local council candidate's family.
Actor: none given.""",
    [I("a", d, p, "the Al-Tahrir quarter of Baquba", "Baquba", "Diyala", None, None, "civilians", "other",
       0, "it killed nobody", 1, "the shopkeeper's son needed stitches")])

# ======================================================= B: database entries (report_date null)
def cap(s):
    return s[0].upper() + s[1:]

d = "2023-02-08"; p = F(d, "{YYYY}-{M}-{D}")
doc("B1", "B", None, f"""{p} — [[a|Two unidentified gunmen on a motorbike shot the mukhtar of a village quarter outside his home in Jalawla, Khanaqin district, Diyala governorate. The mukhtar died at the scene; his nephew was injured]]. Responsibility went unclaimed. Weapon: small arms. Source: local TV, regional security official.""",
    [I("a", d, p, "Jalawla, Khanaqin district", "Jalawla", "Diyala", "unknown", "unclaimed", "civilians", "shooting",
       1, "The mukhtar died at the scene", 1, "his nephew was injured")])

d = "2021-06-03"; p = F(d, "{Month} {Do} '{YY}")
doc("B2", "B", None, f"""{p} — [[a|Islamic State militants (per the Iraqi military) attacked a checkpoint of the army's 20th Division near Badush, north-west of Mosul, Nineveh. Result: 1 soldier KIA, 2 WIA]]. The attackers withdrew towards the Badush mountains. Fatality basis: military statement; local hospital not consulted.""",
    [I("a", d, p, "a checkpoint of the army's 20th Division near Badush", "Badush", "Nineveh", "ISIS", "attributed", "army", "shooting",
       1, "1 soldier KIA", 2, "2 WIA")])

d = "2024-05-02"; p = F(d, "{DD} - {MM} - {YYYY} (DD - MM - YYYY)")
doc("B3", "B", None, f"""{p} — [[a|An explosive device detonated against a Federal Police foot patrol in the Riyadh subdistrict, Kirkuk governorate. Zero dead; three officers lightly injured]]. No claimant. Device placed at the side of a dirt road between two villages. Source: provincial police media office.""",
    [I("a", d, p, "the Riyadh subdistrict", "Riyadh", "Kirkuk", None, None, "police", "ied",
       0, "Zero dead", 3, "three officers lightly injured")])

d = "2019-11-23"; p = F(d, "{Mon} {YYYY}, day {D}")
doc("B4", "B", None, f"""{p} — [[a|Gunmen seized three shepherds grazing sheep in the desert near Akashat, Al-Qaim district, Anbar]]. Suspected IS. Fate of the three unknown at time of entry; no casualty figure available. Vehicles of the abductors were seen heading towards the Syrian border strip. Source: tribal figure via local radio.""",
    [I("a", d, p, "the desert near Akashat, Al-Qaim district", "Akashat", "Anbar", "ISIS", "suspected", "civilians", "kidnapping",
       None, None, None, None)])

d = "2022-08-22"; p = F(d, "{D}/{M}/{YY}")
doc("B5", "B", None, f"""{p} — [[a|A sticky bomb attached to the car of a PMU brigade officer exploded in the Khan Dhari area of Abu Ghraib, western Baghdad. The officer died; no one else was hurt]]. No perpetrator identified. Date format in source is day/month/two-digit year. Source: Baghdad police statement.""",
    [I("a", d, p, "the Khan Dhari area of Abu Ghraib", "Abu Ghraib", "Baghdad", None, None, "PMU", "ied",
       1, "The officer died", 0, "no one else was hurt")])

d = "2020-12-05"; p = F(d, "{Wdy}., {D} {Mon}. {YYYY}")
doc("B6", "B", None, f"""{p} — [[a|An IS sniper opened fire on an observation post north of Baiji, Salahuddin; a police lieutenant was shot dead]] and the post returned fire without result. Attribution: Salahuddin police blamed IS. No wounded listed. Source: provincial police, weekly bulletin.""",
    [I("a", d, p, "an observation post north of Baiji", "Baiji", "Salahuddin", "ISIS", "attributed", "police", "shooting",
       1, "a police lieutenant was shot dead", None, None)])

d = "2022-05-25"; p = cap(F(d, "{Dw} of {Month} {YYYY}"))
doc("B7", "B", None, f"""{p} — [[a|Turkish artillery rounds landed among orchards outside Deraluk, Amedi district, Duhok governorate. A farmer was fatally hit and his wife was hurt]]. Local officials attributed the fire to Turkish positions on the ridge above the Zab valley. Source: subdistrict director via local media.""",
    [I("a", d, p, "orchards outside Deraluk, Amedi district", "Amedi", "Dohuk", "Turkey", "attributed", "civilians", "mortar_rocket",
       1, "A farmer was fatally hit", 1, "his wife was hurt")])

d = "2021-08-09"; p = F(d, "{YYYY} • {MM} • {DD}")
doc("B8", "B", None, f"""{p} — [[a|Two Katyusha rockets fell on open ground near the US consulate compound at Basra airport, Basra; the strike caused no human harm]]. Unclaimed. A third rocket was found unfired on a launch rail in a field near Al-Hartha. Source: Basra operations command.""",
    [I("a", d, p, "open ground near the US consulate compound at Basra airport", "Basra", "Basra", "unknown", "unclaimed", "", "mortar_rocket",
       0, "the strike caused no human harm", 0, "the strike caused no human harm")])

d = "2023-09-17"; p = F(d, "Month {MM} / Day {DD} / {YYYY}")
doc("B9", "B", None, f"""{p} — [[a|A drone thought to be Turkish hit a pick-up in Sidakan subdistrict of Soran district, Erbil governorate. 2 dead, described by local officials as PKK members]]. Injuries: not stated. Source: Soran administration, via Kurdish media; no Turkish comment.""",
    [I("a", d, p, "Sidakan subdistrict of Soran district", "Soran", "Erbil", "Turkey", "suspected", "PKK", "airstrike_operation",
       2, "2 dead", None, None)])

d = "2023-01-02"; p = F(d, "The {Do} of {Mon}. {YYYY}")
doc("B10", "B", None, f"""{p} — [[a|Gunmen in a saloon car shot a lawyer known for defending protesters in Al-Maimouna district, Maysan. Killed: the lawyer; a bystander injured]]. No group named. The lawyer had represented detained demonstrators since 2019. Source: Maysan bar association statement and police.""",
    [I("a", d, p, "Al-Maimouna district", "Maimouna", "Maysan", "unknown", None, "civilians", "shooting",
       1, "Killed: the lawyer", 1, "a bystander injured")])

doc("B11", "B", "2021-03-14", """Date unknown (filed in a source of 14 March 2021) — [[a|An explosive charge blew out the front of a liquor store in Al-Diwaniya, Qadisiyah; its owner was injured]]. Event date absent from the source, which is a weekly round-up. Perpetrator: not named. Source: Diwaniyah police via weekly digest.""",
    [I("a", "2021-03-14", None, "Al-Diwaniya", "Diwaniyah", "Qadisiyah", None, None, "civilians", "ied",
       None, None, 1, "its owner was injured", prec="reported")])

# ======================================================= C: foreign wire copy
d = "2023-02-16"; p = F(d, "just past 4 a.m. on {Wd}")
doc("C1", "C", "2023-02-17", f"""KHANAQIN, Iraq, Feb 17 (MTI) – [[a|Gunmen stormed an army post in the Maidan area north of Khanaqin {p}, killing two soldiers; a third soldier was hurt]], a Diyala security official said.
The official blamed an Islamic State cell that shelters in the Hamrin hills. Hungarian troops serve in the coalition training mission but none were near the area.
Wire ref 2302170611 / received 17 February 2023 08:02 CET""",
    [I("a", d, p, "the Maidan area north of Khanaqin", "Khanaqin", "Diyala", "ISIS", "attributed", "army", "shooting",
       2, "killing two soldiers", 1, "a third soldier was hurt")])

d = "2021-06-09"; p = F(d, "on {Wd}, a little after noon")
doc("C2", "C", "2021-06-10", f"""MOSUL, June 10 (Agerpres) — [[a|A bomb stashed in a vegetable handcart exploded in Mosul's Al-Zanjili neighbourhood {p}, killing a street vendor and injuring four passers-by]], police said.
Police did not say whom they suspected. The old city quarter is still being rebuilt four years after the war against Islamic State.
Cleared for release: 10 June 2021""",
    [I("a", d, p, "Mosul's Al-Zanjili neighbourhood", "Mosul", "Nineveh", None, None, "civilians", "ied",
       1, "killing a street vendor", 4, "injuring four passers-by")])

d = "2024-05-15"; p = F(d, "on {Wd} at about half past ten at night")
doc("C3", "C", "2024-05-16", f"""KIRKUK, Iraq, 16 May (ANP) – [[a|An explosive device went off outside a Kurdish party office in Kirkuk's Wasiti district {p}. No one lost their life; a guard was slightly wounded]], according to city police.
Nobody claimed the blast, which comes weeks before provincial council bargaining resumes.
Send time 16 May 2024, 09:47""",
    [I("a", d, p, "Kirkuk's Wasiti district", "Kirkuk", "Kirkuk", "unknown", "unclaimed", "civilians", "ied",
       0, "No one lost their life", 1, "a guard was slightly wounded")])

d = "2019-11-13"; p = F(d, "on {Wd} around the dinner hour")
doc("C4", "C", "2019-11-14", f"""RAMADI, Iraq, Nov 14 (Belga) — [[a|A roadside bomb tore through a minibus on the highway near Al-Khalidiya {p}, killing three members of one family; a child survived with burns]], Anbar police said.
No one claimed the bombing. The highway links Ramadi with Fallujah and is used by lorries heading to Jordan.
Received: 14 November 2019""",
    [I("a", d, p, "the highway near Al-Khalidiya", "Khalidiya", "Anbar", "unknown", "unclaimed", "civilians", "ied",
       3, "killing three members of one family", 1, "a child survived with burns")])

d = "2022-08-30"; p = F(d, "in the first hour of {Wd}")
doc("C5", "C", "2022-08-31", f"""BAGHDAD, 31 August (Ritzau) - [[a|At least seven rockets slammed into Baghdad's Green Zone {p}, killing at least two people and injuring at least 10]], a medical source said.
Officials did not say who fired them. The rockets fell near government offices as political tension gripped the capital.
Wire time 31 August 2022 06:15""",
    [I("a", d, p, "Baghdad's Green Zone", "Baghdad", "Baghdad", None, None, "", "mortar_rocket",
       2, "killing at least two people", 10, "injuring at least 10")])

d = "2020-12-09"; p = F(d, "on {Wd} as the schools let out")
doc("C6", "C", "2020-12-10", f"""TUZ KHURMATU, Iraq, Dec 10 (NTB) – [[a|A bomb strapped to a parked motorcycle blew up near the vegetable market in Tuz Khurmatu {p}, leaving one person dead and 11 hurt]], the district mayor said.
The town is mixed Turkmen, Kurdish and Arab. No organisation said it was behind the explosion.
Oslo desk, received 10 December 2020""",
    [I("a", d, p, "near the vegetable market in Tuz Khurmatu", "Tuz Khurmatu", "Salahuddin", "unknown", "unclaimed", "civilians", "ied",
       1, "leaving one person dead", 11, "11 hurt")])

d = "2022-05-18"; p = F(d, "at the first glimmer of light on {Wd}")
doc("C7", "C", "2022-05-19", f"""ANKARA/ZAKHO, May 19 (AAP) - [[a|Turkish fighter jets struck a hillside near the Khabur river north of Zakho {p}, killing three PKK militants]], Turkey's defence ministry said.
Local Kurdish officials confirmed an air raid but could not verify the toll. Turkey launched a cross-border operation against the PKK in April.
Filed 19 May 2022 12:30 AEST""",
    [I("a", d, p, "a hillside near the Khabur river north of Zakho", "Zakho", "Dohuk", "Turkey", "claimed", "PKK", "airstrike_operation",
       3, "killing three PKK militants", None, None)])

d = "2024-06-11"; p = F(d, "early {Wd} afternoon")
doc("C8", "C", "2024-06-12", f"""SULAIMANIYAH, Iraq, June 12 (Canadian Press) — [[a|A drone hit a pick-up near Chamchamal {p}, killing its driver]], regional officials said, blaming Turkey.
The officials described the driver as a fuel trader, not a militant. There was no comment from Ankara.
Posted 12 June 2024 07:05 ET""",
    [I("a", d, p, "a pick-up near Chamchamal", "Chamchamal", "Sulaymaniyah", "Turkey", "attributed", "civilians", "airstrike_operation",
       1, "killing its driver", None, None)])

d = "2021-07-22"; p = F(d, "on {Wd} around 7:15 in the evening")
doc("C9", "C", "2021-07-23", f"""BASRA, Iraq, 23 July (Kazinform) – [[a|Gunmen on a motorbike fired at a journalist outside his house in Basra's Al-Jumhuriya district {p}. The journalist died on the way to hospital]], colleagues said.
No group claimed the shooting, the third attack on a Basra media worker this year.
Release time: 23 July 2021, 11:20 Nur-Sultan""",
    [I("a", d, p, "Basra's Al-Jumhuriya district", "Basra", "Basra", "unknown", "unclaimed", "civilians", "shooting",
       1, "The journalist died on the way to hospital", None, None)])

d = "2022-03-17"; p = F(d, "as {Wd} turned to Friday")
doc("C10", "C", "2022-03-18", f"""HILLA, Iraq, March 18 (Tanjug) - [[a|A bomb exploded beside a police station in Al-Musayyib {p}, causing no fatalities; two policemen were hurt]], provincial officials said.
They did not say who they believed was responsible. Al-Musayyib lies on the Euphrates north of Hilla.
Dispatched 18 March 2022, 10:04 CET""",
    [I("a", d, p, "a police station in Al-Musayyib", "Musayyib", "Babil", None, None, "police", "ied",
       0, "causing no fatalities", 2, "two policemen were hurt")])

d = "2020-10-06"; p = F(d, "on {Wd} evening at around eight")
doc("C11", "C", "2020-10-07", f"""SAMAWA, Iraq, Oct 7 (Hina) — [[a|Gunmen fired on a border-guard patrol near Al-Khidr {p}, killing one guard]], Muthanna police said.
No group said it carried out the attack. Al-Khidr is a farming town on the Euphrates east of Samawa, far from the Saudi frontier the guards usually patrol.
Sent 7 October 2020""",
    [I("a", d, p, "a border-guard patrol near Al-Khidr", "Khidr", "Muthanna", "unknown", "unclaimed", "security forces", "shooting",
       1, "killing one guard", None, None)])

# ======================================================= D: translated Arabic press
d = "2023-02-20"; p = "in the early morning of the day before yesterday"
doc("D1", "D", "2023-02-22", f"""NINA (National Iraqi News Agency) — 22 February 2023 — translated
A security source in Diyala said that [[a|a group of the terrorist organisation Daesh attacked a detachment of the Hashd al-Shaabi in the orchards of Balad Rooz {p}, and two fighters ascended as martyrs while three others were hit]]. The source added that reinforcements were sent to comb the orchards.""",
    [I("a", d, p, "the orchards of Balad Rooz", "Balad Ruz", "Diyala", "ISIS", "attributed", "PMU", "shooting",
       2, "two fighters ascended as martyrs", 3, "three others were hit")])

d = "2021-06-18"; p = "yesterday just before midnight"
doc("D2", "D", "2021-06-19", f"""Al-Hurra Iraq — 19-06-2021 — (translated from Arabic)
[[a|An explosive device planted by remnants of Daesh targeted a vehicle of the oil police guarding wells in Al-Qaiyarah, south of Mosul, {p}; no one was martyred, but two guards were injured]], a police source said. Oil police guard the fields re-opened after the 2016 fires.""",
    [I("a", d, p, "Al-Qaiyarah, south of Mosul", "Qayyarah", "Nineveh", "ISIS", "attributed", "police", "ied",
       0, "no one was martyred", 2, "two guards were injured")])

d = "2024-05-19"; p = "three nights ago"
doc("D3", "D", "2024-05-22", f"""Al-Arabi al-Jadeed — 22 May 2024 — translation
[[a|Unknown armed men assassinated the mukhtar of the village of Al-Sidira, in Al-Hweija district, west of Kirkuk, {p}; the mukhtar was killed instantly]], a local official told the newspaper. The official said the mukhtar had cooperated with the security forces in tracking cells in the area.""",
    [I("a", d, p, "the village of Al-Sidira, in Al-Hweija district", "Hawija", "Kirkuk", "unknown", None, "civilians", "shooting",
       1, "the mukhtar was killed instantly", None, None)])

d = "2019-11-08"; p = "at dawn three days back"
doc("D4", "D", "2019-11-11", f"""Al-Rafidain — 11 November 2019 — translated from Arabic
[[a|An explosive device blew up a vehicle of the tribal Hashd on the road between Hiet and Kubaisa {p}, martyring one of the tribal Hashd fighters and wounding his driver]]. A security source accused the terrorist Daesh remnants of planting the device on the desert road.""",
    [I("a", d, p, "the road between Hiet and Kubaisa", "Hit", "Anbar", "ISIS", "attributed", "PMU", "ied",
       1, "martyring one of the tribal Hashd fighters", 1, "wounding his driver")])

d = "2022-08-14"; p = "late last evening"
doc("D5", "D", "2022-08-15", f"""Rudaw Arabic — 15/08/2022 — unofficial translation
[[a|Unidentified persons threw a hand grenade at the house of a Sadrist official in Madinat al-Sadr, east Baghdad, {p}, without fatalities; two of his sons were hurt]], a police source said. The official is a member of the movement's political committee.""",
    [I("a", d, p, "Madinat al-Sadr, east Baghdad", "Baghdad", "Baghdad", None, None, "civilians", "other",
       0, "without fatalities", 2, "two of his sons were hurt")])

d = "2020-12-13"; p = "two nights ago"
doc("D6", "D", "2020-12-15", f"""Al-Mayadeen — 15 December 2020 — translation
A source in the Hashd said that [[a|Daesh elements attacked a Hashd post on the left bank of Al-Shirqat {p}, and three heroes of the Hashd fell as martyrs while four others were wounded]]. The source said the attackers came from the Makhoul range and withdrew after an hour of clashes.""",
    [I("a", d, p, "a Hashd post on the left bank of Al-Shirqat", "Sharqat", "Salahuddin", "ISIS", "attributed", "PMU", "shooting",
       3, "three heroes of the Hashd fell as martyrs", 4, "four others were wounded")])

d = "2022-05-05"; p = "this forenoon"
doc("D7", "D", "2022-05-05", f"""Asharq al-Awsat — 5 May 2022 — translated
[[a|An explosive device exploded under a vehicle in the Malta area of Duhok {p}, killing its owner; no one else was injured]], a Kurdistan security source said. The owner was a merchant with no political affiliation, the source said, and investigators have not named anyone.""",
    [I("a", d, p, "the Malta area of Duhok", "Duhok", "Dohuk", None, None, "civilians", "ied",
       1, "killing its owner", 0, "no one else was injured")])

d = "2019-11-28"; p = "on the morning of yesterday"
doc("D8", "D", "2019-11-29", f"""Al-Quds al-Arabi — 29 November 2019 — translation
[[a|Security forces opened live fire on demonstrators at Al-Zaitoun bridge in An-Nasiriyya {p}; at least 25 demonstrators were killed and more than 200 injured]], according to medical sources in Dhi Qar. Mourners filled the streets after the funerals, and the governor announced three days of mourning.""",
    [I("a", d, p, "Al-Zaitoun bridge in An-Nasiriyya", "Nasiriyah", "Dhi Qar", "security forces", "attributed", "civilians", "shooting",
       25, "at least 25 demonstrators were killed", 200, "more than 200 injured")])

d = "2023-09-03"; p = "eight days ago"
doc("D9", "D", "2023-09-11", f"""Al-Ghadeer TV website — 11 September 2023 — translated
Police in Karbala disclosed that [[a|an explosive device exploded near a pilgrims' service tent at pole 1020 of the Karbala–Najaf walkway {p}, which did not cause any loss of life, while three pilgrims were wounded]]. The police said they had kept the matter quiet until the Arbaeen crowds had left.""",
    [I("a", d, p, "a pilgrims' service tent at pole 1020 of the Karbala–Najaf walkway", "Karbala", "Karbala", None, None, "civilians", "ied",
       0, "which did not cause any loss of life", 3, "three pilgrims were wounded")])

d = "2021-04-12"; p = "yesterday around nine at night"
doc("D10", "D", "2021-04-13", f"""Al-Ahd — 13 April 2021 — translated
[[a|An explosive device struck a convoy of trucks carrying equipment for the international coalition on the highway near Al-Suwaira {p}, with no human losses]], a Wasit police source said. No party claimed the blast. The trucks had come from Umm Qasr port.""",
    [I("a", d, p, "the highway near Al-Suwaira", "Suwaira", "Wasit", "unknown", "unclaimed", "US forces", "ied",
       0, "with no human losses", 0, "with no human losses")])

d = "2023-03-05"; p = "at noon the day before yesterday"
doc("D11", "D", "2023-03-07", f"""Al-Fayhaa — 7 March 2023 — translation
[[a|Gunmen in a car sprayed the house of a provincial council candidate in the Al-Iskan neighbourhood of Al-Amarah with bullets {p}, killing the candidate's brother and injuring a neighbour]], a source in Maysan police said. It is not known who was behind the attack.""",
    [I("a", d, p, "the Al-Iskan neighbourhood of Al-Amarah", "Amarah", "Maysan", "unknown", None, "civilians", "shooting",
       1, "killing the candidate's brother", 1, "injuring a neighbour")])
