"""Invented styles R (broadcast-monitoring transcripts) and V (private security
company movement advisories)."""
import lib
from lib import D, I, W, DMY, DM, MDY, MD, Mb, bM, AP, add, N, MONTHS, _d


def DDMON(iso):   # 19MAY
    x = _d(iso)
    return "%02d%s" % (x.day, MONTHS[x.month - 1][:3].upper())


def HDR(iso, chan, lang="Arabic", t="1700"):
    x = _d(iso)
    return "Source: %s, in %s %s gmt %d %s %d" % (chan, lang, t, x.day, MONTHS[x.month - 1][:3], x.year)

# ============================ R: broadcast-monitoring transcripts ============================
rd = "2024-02-18"
D("R", "txt", rd, "Iraq", f"""Iraq: terrorist attack kills mukhtar in Kirkuk province - TV
{HDR(rd, "Al-Iraqiya TV, Baghdad")}
[Presenter] We go to our correspondent in Kirkuk.
[[a|[Correspondent] Within the past hour, a terrorist group attacked the house of the mukhtar of the village of Tel Ali, in Al-Zab subdistrict of Hawija district, killing the mukhtar and his wife.]]
[passage omitted: security measures] The security forces have begun an operation to pursue the attackers.""",
  [I("a", rd, "day", "Within the past hour", "the village of Tel Ali, in Al-Zab subdistrict of Hawija district", "Hawija", "Kirkuk",
     "unknown", None, ["civilians"], ["shooting"], 2, None, "killing the mukhtar and his wife", "none reported")], key="R_telali")

rd = "2023-05-26"
D("R", "txt", rd, "Iraq", f"""Iraq: soldiers hurt in Diyala blast - TV
{HDR(rd, "Dijlah TV, Amman", t="1900")}
[[a|[Newsreader] Security sources in Diyala said minutes ago that an explosive device targeted an army patrol in the Al-Abbara area north-east of Baquba, and that three soldiers sustained injuries.]]
[Newsreader] No deaths were reported. [passage omitted: reaction of local MP]""",
  [I("a", rd, "day", "minutes ago", "the Al-Abbara area north-east of Baquba", "Baquba", "Diyala",
     None, None, ["army"], ["ied"], 0, 3, "No deaths were reported", "three soldiers sustained injuries")], key="R_abbara")

rd = "2021-09-16"; e = add(rd, -2)
D("R", "txt", rd, "Iraq", f"""Iraq: farmers killed in Salahuddin - TV
{HDR(rd, "Al-Sharqiya TV, Baghdad", t="1500")}
[[a|[Reporter] Unknown gunmen killed two farmers on {W(e)} night in the Yathrib subdistrict of Balad district as they guarded their orchards.]]
[Reporter] Relatives of the victims told Al-Sharqiya they want the security file of the area handed to local police. [passage omitted]""",
  [I("a", e, "day", f"on {W(e)} night", "the Yathrib subdistrict of Balad district", "Balad", "Salahuddin",
     "unknown", None, ["civilians"], ["shooting"], 2, None, "killed two farmers", "none reported")], key="R_yathrib")

rd = "2024-08-22"
D("R", "txt", rd, "Iraq", f"""Iraq: Arbaeen tent hit by blast - TV
{HDR(rd, "Al-Furat TV, Najaf", t="1200")}
[[a|[Correspondent] Earlier today, an explosive device went off beside a service tent for pilgrims on the road through Al-Iskandariya, wounding four pilgrims.]]
[Correspondent] The pilgrims have resumed their walk to Karbala under heavy security. [passage omitted: interviews]""",
  [I("a", rd, "day", "Earlier today", "a service tent for pilgrims on the road through Al-Iskandariya", "Iskandariya", "Babil",
     None, None, ["civilians"], ["ied"], None, 4, "none reported", "wounding four pilgrims")], key="R_iskandariya")

rd = "2025-03-10"; e = add(rd, -1)
D("R", "txt", rd, "Iraq", f"""Iraq: shepherd killed south of Mosul - TV
{HDR(rd, "Al-Mosuliya TV, Mosul", t="1800")}
[[a|[Presenter] Gunmen believed to belong to Daesh killed a shepherd near Al-Shura, south of Mosul, on {W(e)} evening and took dozens of his sheep.]]
[Presenter] The Nineveh operations command said troops were combing the area. [passage omitted]""",
  [I("a", e, "day", f"on {W(e)} evening", "near Al-Shura, south of Mosul", "Shura", "Nineveh",
     "ISIS", "suspected", ["civilians"], ["shooting"], 1, None, "killed a shepherd", "none reported")], key="R_shura")

rd = "2019-12-24"; e = add(rd, -1)
D("R", "txt", rd, "Iraq", f"""Iraq: activist shot in Baghdad - TV
{HDR(rd, "Al-Rasheed TV, Baghdad", t="2000")}
[[a|[Correspondent] An activist was shot and wounded by unknown gunmen in Al-Kadhimiya on {W(e)} night while returning from the Tahrir sit-in.]]
[Correspondent] Doctors say he is in a stable condition. [passage omitted: protesters' statement]""",
  [I("a", e, "day", f"on {W(e)} night", "in Al-Kadhimiya", "Baghdad", "Baghdad",
     "unknown", None, ["civilians"], ["shooting"], None, 1, "none reported", "shot and wounded")], key="R_kadhimiya")

rd = "2023-06-07"; e = add(rd, -1)
D("R", "txt", rd, "Iraq", f"""Iraq: Turkey says it struck PKK in Duhok - TV
{HDR(rd, "Kurdistan TV, Erbil", lang="Kurdish", t="1630")}
[[a|[Newsreader] The Turkish defence ministry said its aircraft struck PKK positions in the Avashin area near Amedi on {W(e)}, killing several militants.]]
[Newsreader] The ministry did not give a figure. Local sources said the strikes hit uninhabited mountain areas. [passage omitted]""",
  [I("a", e, "day", f"on {W(e)}", "the Avashin area near Amedi", "Amedi", "Dohuk",
     "Turkey", "claimed", ["PKK"], ["airstrike_operation"], None, None, "none reported", "none reported")], key="R_avashin")

rd = "2024-01-21"
D("R", "txt", rd, "Iraq", f"""Iraq: drone downed near Erbil airport - TV
{HDR(rd, "Kurdistan24 TV, Erbil", lang="Kurdish", t="0900")}
[[a|[Presenter] A drone was shot down near Erbil airport in the early hours of this morning; no one was hurt, the Kurdistan Region's counter-terrorism service said.]]
[Presenter] A statement read on Telegram channels says the Islamic Resistance in Iraq launched the drone at the coalition base at the airport. [passage omitted]""",
  [I("a", rd, "day", "in the early hours of this morning", "near Erbil airport", "Erbil", "Erbil",
     "PMU", "claimed", ["US forces"], ["other"], 0, 0, "no one was hurt", "no one was hurt")], key="R_erbilairport")

rd = "2022-03-09"; e = add(rd, -1)
D("R", "txt", rd, "Iraq", f"""Iraq: PMU commander's driver killed near Balad - TV
{HDR(rd, "Al-Ahd TV, Baghdad", t="1400")}
[[a|[Correspondent] An explosive device targeted the car of a PMU brigade commander near Balad on {W(e)} afternoon, killing his driver; the commander was not in the car.]]
[Correspondent] The PMU security directorate has opened an investigation. [passage omitted]""",
  [I("a", e, "day", f"on {W(e)} afternoon", "near Balad", "Balad", "Salahuddin",
     None, None, ["PMU"], ["ied"], 1, None, "killing his driver", "none reported")], key="R_balad")

rd = "2022-07-18"; e = add(rd, -1)
D("R", "txt", rd, "Iraq", f"""Iraq: blast near party office in Darbandikhan - TV
{HDR(rd, "NRT TV, Sulaymaniyah", lang="Kurdish", t="1930")}
[[a|[Newsreader] A bomb exploded near a PUK office in Darbandikhan on {W(e)} night, damaging the building; there were no casualties.]]
[Newsreader] The Asayish said they had arrested a suspect. [passage omitted]""",
  [I("a", e, "day", f"on {W(e)} night", "near a PUK office in Darbandikhan", "Darbandikhan", "Sulaymaniyah",
     None, None, [], ["ied"], 0, 0, "there were no casualties", "there were no casualties")], key="R_darbandikhan")

rd = "2022-01-26"; e = add(rd, -1)
D("R", "txt", rd, "Iraq", f"""Iraq: gas pipeline hit in Maysan - TV
{HDR(rd, "Al-Iraqiya TV, Baghdad", t="1600")}
[[a|[Correspondent] Saboteurs blew up a section of the gas pipeline near Ali al-Gharbi on {W(e)}, the North Gas company said.]]
[Correspondent] Supplies to two power stations were cut. [passage omitted: ministry statement]""",
  [I("a", e, "day", f"on {W(e)}", "near Ali al-Gharbi", "Ali al-Gharbi", "Maysan",
     "unknown", None, [], ["ied"], None, None, "none reported", "none reported")], key="R_aligharbi")

# ============================ V: private security company advisories ============================
def ADV(iso, area, level):
    return "SENTINEL RISK - Iraq Daily Movement Advisory - %s\nArea: %s | Threat level: %s" % (iso, area, level)

rd = "2024-02-26"; e = add(rd, -1)
D("V", "txt", rd, "Iraq", f"""{ADV(rd, "Kirkuk", "HIGH")}
[[a|INCIDENT: At approx. 0640 hrs on {DDMON(e)}, an IED damaged a civilian truck on the Daquq-Tuz road; the driver was lightly injured.]]
ASSESSMENT: IS remnants continue low-level IED activity on secondary routes south of Kirkuk.
ADVICE: Avoid the route during hours of darkness; use convoy movement only.""",
  [I("a", e, "day", f"on {DDMON(e)}", "the Daquq-Tuz road", "Daquq", "Kirkuk",
     None, None, ["civilians"], ["ied"], None, 1, "none reported", "the driver was lightly injured")], key="V_daquqtuz")

rd = "2023-05-20"; e = add(rd, -1)
D("V", "txt", rd, "Iraq", f"""{ADV(rd, "Diyala", "HIGH")}
[[a|INCIDENT: At approx. 2115 hrs on {DDMON(e)}, small-arms fire hit a civilian vehicle on the Baquba-Muqdadiyah road near Al-Hadid, killing one occupant.]]
ASSESSMENT: Likely criminal-tribal or IS-linked; perpetrators unidentified.
ADVICE: No non-essential movement on this route; client staff in Baquba to remain in compound.""",
  [I("a", e, "day", f"on {DDMON(e)}", "the Baquba-Muqdadiyah road near Al-Hadid", "Baquba", "Diyala",
     "unknown", None, ["civilians"], ["shooting"], 1, None, "killing one occupant", "none reported")], key="V_hadid")

rd = "2021-09-22"; e = add(rd, -1)
D("V", "txt", rd, "Iraq", f"""{ADV(rd, "Salahuddin", "ELEVATED")}
[[a|INCIDENT: At approx. 1030 hrs on {DDMON(e)}, an IED detonated beside a contractor vehicle on the Tikrit-Kirkuk road near Al-Alam, wounding two local engineers.]]
ASSESSMENT: Device likely emplaced overnight; IS remnants assessed responsible.
ADVICE: Route clearance checks before any move; vary timings.""",
  [I("a", e, "day", f"on {DDMON(e)}", "the Tikrit-Kirkuk road near Al-Alam", "Al-Alam", "Salahuddin",
     "ISIS", "suspected", ["civilians"], ["ied"], None, 2, "none reported", "wounding two local engineers")], key="V_alam")

rd = "2022-10-28"; e = add(rd, -1)
D("V", "txt", rd, "Iraq", f"""{ADV(rd, "Anbar", "MODERATE")}
[[a|INCIDENT: At approx. 0715 hrs on {DDMON(e)}, an IED struck a bus carrying factory workers on the Fallujah-Ramadi highway near Al-Khalidiya, injuring six.]]
ASSESSMENT: First attack on this stretch in several months; no claim.
ADVICE: Movement permitted with armoured vehicles; report all suspicious roadside objects.""",
  [I("a", e, "day", f"on {DDMON(e)}", "the Fallujah-Ramadi highway near Al-Khalidiya", "Khalidiya", "Anbar",
     "unknown", "unclaimed", ["civilians"], ["ied"], None, 6, "none reported", "injuring six")], key="V_khalidiya")

rd = "2025-03-21"; e = add(rd, -1)
D("V", "txt", rd, "Iraq", f"""{ADV(rd, "Nineveh", "MODERATE")}
[[a|INCIDENT: At approx. 2250 hrs on {DDMON(e)}, gunmen fired on a fuel truck on the Mosul-Baghdad highway near Hammam al-Alil, killing the driver.]]
ASSESSMENT: Possibly an extortion-related attack on fuel transporters; IS involvement not confirmed.
ADVICE: Avoid night movement south of Mosul.""",
  [I("a", e, "day", f"on {DDMON(e)}", "the Mosul-Baghdad highway near Hammam al-Alil", "Hamam al-Alil", "Nineveh",
     "unknown", None, ["civilians"], ["shooting"], 1, None, "killing the driver", "none reported")], key="V_hammam")

rd = "2019-12-08"; e = add(rd, -1)
D("V", "txt", rd, "Iraq", f"""{ADV(rd, "Najaf", "ELEVATED")}
[[a|INCIDENT: At approx. 0100 hrs on {DDMON(e)}, a small drone dropped an explosive near the residence of a senior cleric in the Al-Hannana area of Najaf; no injuries.]]
ASSESSMENT: Perpetrators unknown; risk of retaliatory unrest in Najaf and Kufa.
ADVICE: Avoid the old city and protest sites.""",
  [I("a", e, "day", f"on {DDMON(e)}", "the Al-Hannana area of Najaf", "Najaf", "Najaf",
     "unknown", None, [], ["other"], 0, 0, "no injuries", "no injuries")], key="V_hannana")

rd = "2023-06-13"; e = add(rd, -1)
D("V", "txt", rd, "Iraq", f"""{ADV(rd, "Duhok", "HIGH (border districts)")}
[[a|INCIDENT: On {DDMON(e)}, a Turkish airstrike hit a hillside near Sulav, just outside Amedi, starting a forest fire; no casualties.]]
ASSESSMENT: Turkish operations in Amedi and Zakho districts likely to continue through the summer.
ADVICE: No client movement north of the Duhok-Amedi road.""",
  [I("a", e, "day", f"On {DDMON(e)}", "a hillside near Sulav, just outside Amedi", "Amedi", "Dohuk",
     "Turkey", "attributed", [], ["airstrike_operation"], 0, 0, "no casualties", "no casualties")], key="V_sulav")

rd = "2023-03-07"; e = add(rd, -1)
D("V", "txt", rd, "Iraq", f"""{ADV(rd, "Basra", "MODERATE")}
[[a|INCIDENT: At approx. 0300 hrs on {DDMON(e)}, an IED exploded at the gate of a contractor camp in the North Rumaila oil field, injuring one guard.]]
ASSESSMENT: Likely linked to local employment disputes rather than militant activity.
ADVICE: Clients to review gate procedures.""",
  [I("a", e, "day", f"on {DDMON(e)}", "the gate of a contractor camp in the North Rumaila oil field", "North Rumaila oil field", "Basra",
     None, None, ["civilians"], ["ied"], None, 1, "none reported", "injuring one guard")], key="V_rumaila")

rd = "2022-05-23"; e = add(rd, -1)
D("V", "txt", rd, "Iraq", f"""{ADV(rd, "Baghdad (south belt)", "MODERATE")}
[[a|INCIDENT: At approx. 1820 hrs on {DDMON(e)}, an IED hit a minibus near Al-Latifiya, south of Baghdad, wounding three passengers; no fatalities.]]
ASSESSMENT: Isolated IS-style attack in the southern belt.
ADVICE: Normal movement with standard precautions.""",
  [I("a", e, "day", f"on {DDMON(e)}", "near Al-Latifiya, south of Baghdad", "Latifiya", "Baghdad",
     None, None, ["civilians"], ["ied"], 0, 3, "no fatalities", "wounding three passengers")], key="V_latifiya")

rd = "2020-02-06"; e = add(rd, -1)
D("V", "txt", rd, "Iraq", f"""{ADV(rd, "Najaf", "HIGH")}
[[a|INCIDENT: On {DDMON(e)}, armed men stormed the protest camp near the Al-Sadrain Square in Najaf and fired on protesters, leaving seven dead and dozens injured.]]
ASSESSMENT: Severe escalation; further clashes likely.
ADVICE: Avoid the city centre and all demonstration sites until further notice.""",
  [I("a", e, "day", f"On {DDMON(e)}", "the protest camp near the Al-Sadrain Square in Najaf", "Najaf", "Najaf",
     "unknown", None, ["civilians"], ["shooting"], 7, None, "leaving seven dead", "none reported")], key="V_sadrain")

rd = "2024-05-14"; e = add(rd, -1)
D("V", "txt", rd, "Iraq", f"""{ADV(rd, "Anbar (western routes)", "ELEVATED")}
[[a|INCIDENT: At approx. 0510 hrs on {DDMON(e)}, militants ambushed an army escort of a truck convoy on the Trebil highway west of Rutba, killing two soldiers.]]
ASSESSMENT: IS cells in Wadi Houran remain capable of attacks on the main supply route to Jordan.
ADVICE: Convoy movement only, daylight hours.""",
  [I("a", e, "day", f"on {DDMON(e)}", "the Trebil highway west of Rutba", "Rutba", "Anbar",
     "ISIS", "suspected", ["army"], ["ambush"], 2, None, "killing two soldiers", "none reported")], key="V_trebil")
