"""realworld7 data: styles F (round-ups), G (revised tolls), H (noise),
J (containers)."""
from lib import I, doc, F, W, add

# ======================================================================== F
def Fr(key, rd, head, body, incs):
    doc(key, "F", rd, head + "\n\n" + body, incs)

a = "2023-09-02"; b = add(a, 7); pa = F(a, "On {D} {Month}"); pb = "Exactly a week on"
Fr("f-nineveh", "2023-09-30", "Nineveh month in review — 30 September 2023",
   f"{pa}, [[a|IS gunmen attacked a Peshmerga position near Gwer in Makhmour district, killing one Peshmerga and wounding two]]. {pb}, [[b|a roadside bomb hit an army vehicle in the desert west of Hatra, and three soldiers were hospitalised]]; none died. Police logged 23 security incidents in the province during the month, most of them arrests.",
   [I("a", a, pa, "near Gwer in Makhmour district", "Makhmour", "Nineveh", "ISIS", "attributed", "Peshmerga", "shooting", 1, "killing one Peshmerga", 2, "wounding two"),
    I("b", b, pb, "the desert west of Hatra", "Hatra", "Nineveh", None, None, "army", "ied", 0, "none died", 3, "three soldiers were hospitalised")])

a = "2021-11-03"; b = add(a, 13); pa = F(a, "On {D} {Month}"); pb = "Thirteen days later"
Fr("f-kirkuk", "2021-11-30", "Kirkuk security digest — 30 November 2021",
   f"{pa}, [[a|militants ambushed a Federal Police convoy near Al-Zab, in Hawija district, killing four policemen]]. {pb}, [[b|a mortar shell hit a house in the Taza subdistrict, injuring a mother and her son]]. No group claimed either attack. Some 40 families left villages west of Hawija during the month.",
   [I("a", a, pa, "near Al-Zab, in Hawija district", "Hawija", "Kirkuk", "unknown", "unclaimed", "police", "ambush", 4, "killing four policemen", None, None),
    I("b", b, pb, "a house in the Taza subdistrict", "Taza Khurmatu", "Kirkuk", "unknown", "unclaimed", "civilians", "mortar_rocket", None, None, 2, "injuring a mother and her son")])

a = "2022-07-05"; c = add(a, 21); pa = F(a, "On {D} {Month}"); pb = "Later that same night"; pc = "Three weeks later"
Fr("f-diyala", "2022-07-31", "Diyala: July round-up — 31 July 2022",
   f"{pa}, [[a|gunmen shot dead a shepherd near Al-Saadiya]]. {pb}, [[b|a grenade was thrown at an army checkpoint at the entrance to Jalawla, lightly hurting two soldiers]]. {pc}, [[c|an IED exploded near a PMU post on the Baquba-Khalis road at Al-Huwaidir, killing one fighter]]. Officials blamed IS for all three.",
   [I("a", a, pa, "near Al-Saadiya", "Saadiya", "Diyala", "ISIS", "attributed", "civilians", "shooting", 1, "shot dead a shepherd", None, None),
    I("b", a, pb, "the entrance to Jalawla", "Jalawla", "Diyala", "ISIS", "attributed", "army", "other", None, None, 2, "lightly hurting two soldiers"),
    I("c", c, pc, "the Baquba-Khalis road at Al-Huwaidir", "Baquba", "Diyala", "ISIS", "attributed", "PMU", "ied", 1, "killing one fighter", None, None)])

a = "2024-04-18"; b = add(a, -1); pa = F(a, "On {D} {Month}"); pb = "The evening before"
Fr("f-anbar", "2024-04-25", "Western Anbar weekly — 25 April 2024",
   f"{pa}, [[a|a bomb hidden in a sheep pen exploded near a tribal fighters' post outside Haditha, killing two tribal mobilisation fighters]]. {pb}, [[b|gunmen fired on a police checkpoint at the eastern entrance of Rawa, wounding one policeman]]. Neither attack was claimed.",
   [I("a", a, pa, "outside Haditha", "Haditha", "Anbar", "unknown", "unclaimed", "PMU", "ied", 2, "killing two tribal mobilisation fighters", None, None),
    I("b", b, pb, "the eastern entrance of Rawa", "Rawa", "Anbar", "unknown", "unclaimed", "police", "shooting", None, None, 1, "wounding one policeman")])

a = "2020-01-12"; b = add(a, -10); c = add(a, 1)
pa = F(a, "On {D} {Month}"); pb = "Ten days before that"; pc = "A day after the Tarmiyah bombing"
Fr("f-baghdad", "2020-01-31", "Baghdad belt: January summary — 31 January 2020",
   f"{pa}, [[a|a bomb on a motorcycle went off at a checkpoint in Al-Tarmiyah, killing a soldier and injuring three civilians]]. {pb}, [[b|unknown gunmen killed a farmer near Abu Ghraib]]. {pc}, [[c|a sticky bomb blew up the car of a municipal employee in Al-Mahmudiyah]], injuring no one.",
   [I("a", a, pa, "a checkpoint in Al-Tarmiyah", "Tarmiyah", "Baghdad", None, None, "army+civilians", "ied", 1, "killing a soldier", 3, "injuring three civilians"),
    I("b", b, pb, "near Abu Ghraib", "Abu Ghraib", "Baghdad", "unknown", None, "civilians", "shooting", 1, "unknown gunmen killed a farmer", None, None),
    I("c", c, pc, "Al-Mahmudiyah", "Mahmudiyah", "Baghdad", None, None, "", "ied", None, None, 0, "injuring no one")])

a = "2023-03-02"; b = add(a, 16); pa = F(a, "On {D} {Month}"); pb = "Sixteen days later"
Fr("f-salahuddin", "2023-03-31", "Salahuddin monthly — 31 March 2023",
   f"{pa}, [[a|a grenade thrown over the wall of a police station in Tikrit's Al-Qadisiya quarter wounded two officers]]. {pb}, [[b|an IED killed a PMU fighter on a dirt road near Al-Ishaqi]]. The operations command said 12 suspects were detained during the month.",
   [I("a", a, pa, "a police station in Tikrit's Al-Qadisiya quarter", "Tikrit", "Salahuddin", None, None, "police", "other", None, None, 2, "wounded two officers"),
    I("b", b, pb, "a dirt road near Al-Ishaqi", "Ishaqi", "Salahuddin", None, None, "PMU", "ied", 1, "killed a PMU fighter", None, None)])

a = "2024-08-06"; b = add(a, 4); pa = F(a, "On {D} {Month}"); pb = "On the fourth day after that"
Fr("f-dohuk", "2024-08-31", "Duhok border villages: August — 31 August 2024",
   f"{pa}, [[a|Turkish shelling set fields ablaze near Deraluk, and a beekeeper was injured]]. {pb}, [[b|a Turkish drone struck a car outside Zakho, killing two men the PKK later named as its members]]. The villages committee says 11 villages have been emptied in the area.",
   [I("a", a, pa, "near Deraluk", "Deraluk", "Dohuk", "Turkey", "attributed", "civilians", "mortar_rocket", None, None, 1, "a beekeeper was injured"),
    I("b", b, pb, "a car outside Zakho", "Zakho", "Dohuk", "Turkey", "attributed", "PKK", "airstrike_operation", 2, "killing two men", None, None)])

a = "2022-03-14"; b = add(a, 1); pa = F(a, "On {D} {Month}"); pb = "Barely 24 hours later"
Fr("f-south", "2022-03-20", "Southern provinces brief — 20 March 2022",
   f"{pa}, [[a|a grenade hit the house of a tribal elder in Al-Zubair, Basra, injuring his grandson]]. {pb}, [[b|gunmen wounded a journalist in Al-Amarah, Maysan]]. Police in both provinces called the attacks intimidation ahead of local disputes.",
   [I("a", a, pa, "the house of a tribal elder in Al-Zubair", "Zubair", "Basra", None, None, "civilians", "other", None, None, 1, "injuring his grandson"),
    I("b", b, pb, "Al-Amarah", "Amarah", "Maysan", "unknown", None, "civilians", "shooting", None, None, 1, "wounded a journalist")])

a = "2023-05-09"; b = add(a, 18); pa = F(a, "On {D} {Month}"); pb = "Eighteen days later"
Fr("f-kurdistan", "2023-06-02", "Kurdistan Region strikes tracker — 2 June 2023",
   f"{pa}, [[a|a Turkish drone hit a car near Chamchamal, killing a PKK cadre]]. {pb}, [[b|Turkish aircraft bombed hills near Sidakan in Erbil province, wounding two shepherds]]. Ankara claimed both strikes as counter-terrorism operations.",
   [I("a", a, pa, "near Chamchamal", "Chamchamal", "Sulaymaniyah", "Turkey", "claimed", "PKK", "airstrike_operation", 1, "killing a PKK cadre", None, None),
    I("b", b, pb, "near Sidakan in Erbil province", "Sidakan", "Erbil", "Turkey", "claimed", "civilians", "airstrike_operation", None, None, 2, "wounding two shepherds")])

a = "2021-08-30"; b = add(a, 12); pa = F(a, "On {D} {Month}"); pb = "Twelve days on"
Fr("f-mid-euphrates", "2021-09-15", "Mid-Euphrates weekly notes — 15 September 2021",
   f"{pa}, [[a|a sound bomb was thrown at an election candidate's office in Al-Kut, Wasit, damaging the front]]; nobody was hurt. {pb}, [[b|gunmen fired at a candidate's convoy near Al-Kufa, Najaf, wounding a bodyguard]]. Both candidates blamed rivals.",
   [I("a", a, pa, "an election candidate's office in Al-Kut", "Kut", "Wasit", None, None, "", "other", 0, "nobody was hurt", 0, "nobody was hurt"),
    I("b", b, pb, "near Al-Kufa", "Kufa", "Najaf", "unknown", None, "civilians", "shooting", None, None, 1, "wounding a bodyguard")])

a = "2020-07-04"; b = add(a, 17); pa = F(a, "On {D} {Month}"); pb = "Seventeen days later"
Fr("f-dhiqar-muthanna", "2020-07-29", "South security roundup — 29 July 2020",
   f"{pa}, [[a|gunmen assassinated a protest organiser in Al-Shatra, Dhi Qar]]. {pb}, [[b|an explosive device wrecked the car of a Rumaitha municipal official in Muthanna]], harming no one. Nobody claimed either attack. Both provinces recorded several arrests in the same weeks.",
   [I("a", a, pa, "Al-Shatra", "Shatra", "Dhi Qar", "unknown", "unclaimed", "civilians", "shooting", 1, "assassinated a protest organiser", None, None),
    I("b", b, pb, "the car of a Rumaitha municipal official", "Rumaitha", "Muthanna", "unknown", "unclaimed", "", "ied", 0, "harming no one", 0, "harming no one")])

# ======================================================================== G
def G(key, rd, head, body, incs):
    doc(key, "G", rd, head + "\n\n" + body, incs)

rd = "2023-09-12"; e = add(rd, -1); ph = f"on {W(e)} evening"
G("g-mosul", rd, "Nineveh Herald — 12 September 2023 (updated)",
  f"[[a|A bomb concealed in a cooking-gas cylinder exploded outside a cafe in Mosul's Al-Zuhur neighbourhood {ph}]]. Police at first spoke of two dead. By midnight the health directorate said the 11 casualties comprised four dead and seven injured. No group claimed it.",
  [I("a", e, ph, "outside a cafe in Mosul's Al-Zuhur neighbourhood", "Mosul", "Nineveh", "unknown", "unclaimed", "civilians", "ied", 4, "four dead", 7, "seven injured")])

rd = "2021-11-20"; e = add(rd, -1); ph = f"{W(e)} morning"
G("g-hawija", rd, "Kirkuk Now — 20 November 2021",
  f"[[a|A booby-trapped house blew up as an army search team entered it in a village outside Hawija on {ph}]]. Two soldiers were reported dead and five hospitalised. The next day a further body was pulled from the rubble, bringing the dead to three. The army blamed IS.",
  [I("a", e, ph, "a village outside Hawija", "Hawija", "Kirkuk", "ISIS", "attributed", "army", "ied", 3, "bringing the dead to three", 5, "five hospitalised")])

rd = "2022-07-09"; e = add(rd, -2); ph = f"on {W(e)}"
G("g-muqdadiyah", rd, "Diyala Tribune — 9 July 2022",
  f"[[a|A bomb exploded at a crowded ice-cream stand in central Muqdadiyah {ph}]], killing one person; six others were hospitalised. Two of those hospitalised later succumbed, raising the dead to three, the health directorate said on Saturday. Officials blamed Daesh.",
  [I("a", e, ph, "a crowded ice-cream stand in central Muqdadiyah", "Muqdadiyah", "Diyala", "ISIS", "attributed", "civilians", "ied", 3, "raising the dead to three", 6, "six others were hospitalised")])

rd = "2024-04-04"; e = add(rd, -1); ph = f"on {W(e)} night"
G("g-rutba", rd, "Anbar Observer — 4 April 2024",
  f"[[a|Gunmen attacked an army checkpoint on the highway near Al-Rutba {ph}]]. The army first announced five soldiers killed. It later lowered the death toll to three, saying two men listed as dead were alive in hospital, and put the injured at six. IS was blamed.",
  [I("a", e, ph, "the highway near Al-Rutba", "Rutba", "Anbar", "ISIS", "attributed", "army", "shooting", 3, "lowered the death toll to three", 6, "put the injured at six")])

rd = "2020-01-25"; e = add(rd, -1); ph = f"{W(e)} afternoon"
G("g-tahrir", rd, "Baghdad Monitor — 25 January 2020",
  f"[[a|Security forces cleared the sit-in near Tahrir Square in Baghdad on {ph} with live fire and tear-gas canisters]], medics said. An early count spoke of one dead. The final figure: casualties 40 - 2 killed, 38 injured (25 struck by gas canisters, 13 by bullets).",
  [I("a", e, ph, "the sit-in near Tahrir Square in Baghdad", "Baghdad", "Baghdad", "security forces", "attributed", "civilians", "shooting+other", 2, "2 killed", 38, "38 injured")])

rd = "2023-03-15"; e = add(rd, -1); ph = f"on {W(e)} at dawn"
G("g-alam", rd, "Salahuddin Observer — 15 March 2023",
  f"[[a|A roadside bomb blew up as an army patrol passed shepherds' tents near Al-Alam {ph}]], killing a soldier. Of the five hospitalised, three were soldiers and two were shepherds, a military source said, updating an earlier figure of three wounded.",
  [I("a", e, ph, "near Al-Alam", "Al-Alam", "Salahuddin", None, None, "army+civilians", "ied", 1, "killing a soldier", 5, "Of the five hospitalised")])

rd = "2024-08-30"; e = add(rd, -1); ph = f"on {W(e)}"
G("g-amedi-drone", rd, "Kurdistan Monitor — 30 August 2024",
  f"[[a|A drone believed to be Turkish hit a car at a checkpoint near Amedi {ph}]]. A first report said one man was killed. The Kurdistan Region counter-terrorism directorate later said two people died and three bystanders were treated for shrapnel.",
  [I("a", e, ph, "a checkpoint near Amedi", "Amedi", "Dohuk", "Turkey", "suspected", "civilians", "airstrike_operation", 2, "two people died", 3, "three bystanders were treated for shrapnel")])

rd = "2021-04-13"; e = add(rd, -1); ph = f"on {W(e)} evening"
G("g-hilla", rd, "Babil Gazette — 13 April 2021",
  f"[[a|A bomb left in a fruit-seller's cart went off in a market in Al-Hilla {ph}, killing one man]]. Police said nine people were lightly hurt and two seriously, correcting a first figure of eight injured. Traders closed the market for the evening.",
  [I("a", e, ph, "a market in Al-Hilla", "Hilla", "Babil", None, None, "civilians", "ied", 1, "killing one man", 11, "nine people were lightly hurt and two seriously")])

rd = "2019-11-03"; e = add(rd, -1); ph = f"{W(e)} night"
G("g-karbala-consulate", rd, "Karbala Sun — 3 November 2019",
  f"[[a|Guards fired on protesters outside the Iranian consulate in Karbala on {ph}]]. Initial estimates spoke of up to ten dead. The health directorate confirmed seven dead and 22 hospitalised on Sunday. Witnesses blamed the security forces guarding the building.",
  [I("a", e, ph, "outside the Iranian consulate in Karbala", "Karbala", "Karbala", "security forces", "attributed", "civilians", "shooting", 7, "confirmed seven dead", 22, "22 hospitalised")])

rd = "2022-11-08"; e = add(rd, -2); ph = f"on {W(e)}"
G("g-zubair", rd, "Basra Times — 8 November 2022",
  f"[[a|Gunmen opened fire on workers at a checkpoint of an oil company near Al-Zubair {ph}, killing a security guard]]. A second guard died overnight in hospital, bringing the dead to two; four others remain under treatment. The company suspended work at the site.",
  [I("a", e, ph, "a checkpoint of an oil company near Al-Zubair", "Zubair", "Basra", "unknown", None, "civilians", "shooting", 2, "bringing the dead to two", 4, "four others remain under treatment")])

rd = "2023-01-18"; e = add(rd, -1); ph = f"on {W(e)} evening"
G("g-erbil-gas", rd, "Erbil Daily — 18 January 2023",
  f"[[a|A rocket hit a gas-company truck park near Kalak, on the Erbil-Mosul road, {ph}]]. There were no deaths. Correction: this article originally said three drivers were wounded; the Kalak clinic says two drivers sustained injuries. Several trucks burned.",
  [I("a", e, ph, "a gas-company truck park near Kalak", "Kalak", "Erbil", None, None, "civilians", "mortar_rocket", 0, "There were no deaths", 2, "two drivers sustained injuries")])

# ======================================================================== H
def H(key, rd, head, body, incs=(), country="Iraq"):
    doc(key, "H", rd, head + "\n\n" + body, incs, country=country)

rd = "2023-09-22"; e = add(rd, -1); ph = f"on {W(e)}"
H("h-shaddadi", rd, "Syria desk — 22 September 2023",
  f"[[a|An IS cell ambushed an SDF patrol near Al-Shaddadi in Syria's Hasakah province {ph}, killing three SDF fighters]], the SDF said. The town lies some 60 km from the Iraqi border. Iraqi border units said they had raised their alert level.",
  [I("a", e, ph, "near Al-Shaddadi in Syria's Hasakah province", "Al-Shaddadi", None, "ISIS", "attributed", "", "ambush", 3, "killing three SDF fighters", None, None, country="Syria")], country="Syria")

rd = "2021-11-10"
H("h-helicopter", rd, "Iraq news in brief — 10 November 2021",
  "An Iraqi army helicopter made a hard landing near Kirkuk airport during a training flight, injuring two crew. The ministry of defence said a technical fault was to blame and ruled out hostile fire. An investigation committee has been formed.")

rd = "2022-07-16"; e = add(rd, -1); ph = f"on {W(e)}"
H("h-semdinli", rd, "Regional security wire — 16 July 2022",
  f"[[a|A roadside bomb struck a Turkish gendarmerie vehicle near Şemdinli in Hakkari province {ph}, killing one gendarme and wounding two]]. The provincial governor blamed the PKK. Şemdinli borders Iraq's Kurdistan Region. Turkish troops launched a search of the surrounding hills.",
  [I("a", e, ph, "near Şemdinli in Hakkari province", "Şemdinli", None, "PKK", "attributed", "security forces", "ied", 1, "killing one gendarme", 2, "wounding two", country="Turkey")], country="Turkey")

rd = "2024-04-21"
H("h-silo", rd, "Anbar agriculture news — 21 April 2024",
  "A fire broke out at a grain silo in Al-Ramadi, destroying about 300 tonnes of wheat. Civil defence said overheating machinery caused the blaze and that there was no sign of deliberate action. No one was hurt.")

rd = "2020-01-18"; e = add(rd, -1); ph = f"on {W(e)}"
H("h-manbij", rd, "Syria brief — 18 January 2020",
  f"[[a|A car bomb exploded in a market in Manbij, northern Syria, {ph}, killing four civilians]], local officials said. No group claimed it. Manbij, west of the Euphrates, has seen repeated bombings since Turkish-backed factions and the SDF began trading fire around the town.",
  [I("a", e, ph, "a market in Manbij, northern Syria", "Manbij", None, "unknown", "unclaimed", "civilians", "ied", 4, "killing four civilians", None, None, country="Syria")], country="Syria")

rd = "2023-03-26"
H("h-amnesty", rd, "Salahuddin news — 26 March 2023",
  "Some 140 detainees were released from Tikrit prison under a review of terrorism cases, the provincial judicial council said. Relatives gathered outside the prison gate. Officials stressed that none of those freed had been convicted of killings. More releases are expected next month.")

rd = "2024-08-25"; e = add(rd, -1); ph = f"on {W(e)}"
H("h-marivan", rd, "Iran border news — 25 August 2024",
  f"[[a|Gunmen shot dead two members of Iran's Revolutionary Guards near Marivan, in Iran's Kurdistan province, {ph}]], Iranian media said. Tehran blamed 'counter-revolutionary groups' based in Iraq's Kurdistan Region. Marivan lies close to the Penjwen crossing into Iraq.",
  [I("a", e, ph, "near Marivan, in Iran's Kurdistan province", "Marivan", None, "unknown", None, "security forces", "shooting", 2, "shot dead two members of Iran's Revolutionary Guards", None, None, country="Iran")], country="Iran")

rd = "2022-06-14"
H("h-drowning", rd, "Basra local — 14 June 2022",
  "A police officer drowned in the Shatt al-Arab while trying to rescue two boys who had been swept away near the Corniche. Both boys were pulled out alive. The governor called the officer a hero and announced a street would be named after him.")

rd = "2021-02-02"; e = add(rd, -1); ph = f"on {W(e)}"
H("h-deirezzor", rd, "Syria brief — 2 February 2021",
  f"[[a|Suspected IS gunmen killed a local council official in Al-Kasra, in Syria's Deir ez-Zor province, {ph}]], the Kurdish-led administration said. His son was wounded. The Euphrates valley around Al-Kasra has seen a string of such killings this winter.",
  [I("a", e, ph, "Al-Kasra, in Syria's Deir ez-Zor province", "Al-Kasra", None, "ISIS", "suspected", "civilians", "shooting", 1, "killed a local council official", 1, "His son was wounded", country="Syria")], country="Syria")

rd = "2019-12-10"
H("h-drugs", rd, "Muthanna news — 10 December 2019",
  "Police in Al-Samawah publicly burned 80 kilogrammes of seized narcotic pills and hashish in a ceremony attended by the governor. Officials said the drugs had been smuggled across the desert border. There were no incidents. The police chief said seizures had doubled this year.")

rd = "2024-03-25"
H("h-flood", rd, "Duhok local news — 25 March 2024",
  "Flash floods swept through villages near Zakho and Semel after torrential rain, killing three people, among them a child, and damaging dozens of houses. The governor declared a state of emergency. Meteorologists expect more rain this week.")
