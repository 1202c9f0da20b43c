"""realworld15 questions and conversations. Gold filters carry exactly what the
question's own words state (convention of realworld8/10-14)."""
from lib import Q, C, f, month, year, span


def day(d):
    return d, d


def M_(ym):
    return month(ym)


# ============================================================ listings / counts / briefings
A21 = month("2021-03")
K20 = month("2020-07")
D24 = month("2024-01")
N19 = month("2019-05")
B20 = month("2020-01")
E23 = month("2023-11")

Q("what happened in anbar in march 2021?", "listing", f(prov="Anbar", dfrom=A21[0], dto=A21[1]))
Q("Anbar, March 2021 - only the ones put on IS", "listing", f(prov="Anbar", dfrom=A21[0], dto=A21[1], perp="ISIS"))
Q("How many attacks hit Anbar governorate in March 2021?", "count", f(prov="Anbar", dfrom=A21[0], dto=A21[1]))
Q("kirkuk province jul 2020", "listing", f(prov="Kirkuk", dfrom=K20[0], dto=K20[1]))
Q("IEDs in Kirkuk prov., July 2020", "listing", f(prov="Kirkuk", dfrom=K20[0], dto=K20[1], type="ied"))
Q("attacks on police in Kirkuk province during July 2020", "listing", f(prov="Kirkuk", dfrom=K20[0], dto=K20[1], target="police"))
Q("diyala jan 2024 - list", "listing", f(prov="Diyala", dfrom=D24[0], dto=D24[1]))
Q("Diyala, January 2024: shootings only", "listing", f(prov="Diyala", dfrom=D24[0], dto=D24[1], type="shooting"))
Q("How many attacks on the Hashd in Diyala in January 2024?", "count", f(prov="Diyala", dfrom=D24[0], dto=D24[1], target="PMU"))
Q("ninawa governorate, may 2019", "listing", f(prov="Nineveh", dfrom=N19[0], dto=N19[1]))
Q("IS-blamed attacks in Nineveh province in May 2019", "listing", f(prov="Nineveh", dfrom=N19[0], dto=N19[1], perp="ISIS"))
Q("baghdad province, jan 2020", "listing", f(prov="Baghdad", dfrom=B20[0], dto=B20[1]))
Q("rocket attacks in Baghdad province in January 2020", "listing", f(prov="Baghdad", dfrom=B20[0], dto=B20[1], type="mortar_rocket"))
Q("list attacks on protesters in Baghdad province, Jan 2020", "listing", f(prov="Baghdad", dfrom=B20[0], dto=B20[1], target="civilians"))
Q("hewler governorate november 2023", "listing", f(prov="Erbil", dfrom=E23[0], dto=E23[1]))
Q("Turkish strikes in Erbil province in Nov 2023", "listing", f(prov="Erbil", dfrom=E23[0], dto=E23[1], perp="Turkey"))
Q("attacks on US forces in Erbil province, November 2023", "listing", f(prov="Erbil", dfrom=E23[0], dto=E23[1], target="US forces"))
Q("How many drone strikes were there in Erbil province in November 2023?", "count", f(prov="Erbil", dfrom=E23[0], dto=E23[1], type="airstrike_operation"))
Q("Turkish drone strikes in Duhok province since 2020", "listing", f(prov="Dohuk", dfrom="2020-01-01", type="airstrike_operation", perp="Turkey"))
Q("all attacks by Turkey 2019-2025", "listing", f(dfrom="2019-01-01", dto="2025-12-31", perp="Turkey"))
Q("attacks on coalition convoys, any date", "listing", f(target="US forces"))
Q("kidnappings since 2019", "listing", f(dfrom="2019-01-01", type="kidnapping"))
Q("abductions in Wasit province", "listing", f(prov="Wasit", type="kidnapping"))
Q("grenade attacks in Kirkuk city", "listing", f(place="Kirkuk", type="other"))
Q("shootings in Basra province 2020-2025", "listing", f(prov="Basra", dfrom="2020-01-01", dto="2025-12-31", type="shooting"))
Q("bombings in Babel province, all years", "listing", f(prov="Babil", type="ied"))
Q("attacks in Najaf province, any year", "listing", f(prov="Najaf"))
Q("mortar or rocket attacks in Anbar province in 2021", "listing", f(prov="Anbar", dfrom="2021-01-01", dto="2021-12-31", type="mortar_rocket"))
Q("Misan province attacks 2019-2025", "listing", f(prov="Maysan", dfrom="2019-01-01", dto="2025-12-31"))
Q("everything in muthana province", "listing", f(prov="Muthanna"))
Q("attacks on soldiers in Saladin province since 2019", "listing", f(prov="Salahuddin", dfrom="2019-01-01", target="army"))
Q("IS ambushes, 2019-2025", "listing", f(dfrom="2019-01-01", dto="2025-12-31", type="ambush", perp="ISIS"))
Q("everything around Zakho", "listing", f(place="Zakho", near=True))
Q("attacks near Baquba in January 2024", "listing", f(place="Baquba", near=True, dfrom=D24[0], dto=D24[1]))
Q("Sulaimaniya province attacks since 2021", "listing", f(prov="Sulaymaniyah", dfrom="2021-01-01"))
Q("qadisiya province, all dates", "listing", f(prov="Qadisiyah"))
Q("dhiqar province 2020-2024", "listing", f(prov="Dhi Qar", dfrom="2020-01-01", dto="2024-12-31"))
Q("Kerbala province - attacks, overall", "listing", f(prov="Karbala"))
Q("Mosul city attacks in May 2019", "listing", f(place="Mosul", dfrom=N19[0], dto=N19[1]))
Q("Erbil city, Nov 2023", "listing", f(place="Erbil", dfrom=E23[0], dto=E23[1]))
Q("attacks on PKK fighters in 2023", "listing", f(dfrom="2023-01-01", dto="2023-12-31", target="PKK"))
Q("attacks by the security forces in Baghdad city in January 2020", "listing", f(place="Baghdad", dfrom=B20[0], dto=B20[1], perp="security forces"))
Q("attacks in Jalawla", "listing", f(place="Jalawla"))
Q("first half of January 2024 in Diyala province", "listing", f(prov="Diyala", dfrom="2024-01-01", dto="2024-01-15"))
Q("Q3 2020 in Kirkuk province", "listing", f(prov="Kirkuk", dfrom="2020-07-01", dto="2020-09-30"))
Q("How many kidnappings in 2025?", "count", f(dfrom="2025-01-01", dto="2025-12-31", type="kidnapping"))
Q("number of attacks in Dohuk province in 2020", "count", f(prov="Dohuk", dfrom="2020-01-01", dto="2020-12-31"))
Q("count of suicide attacks, 2019-2025", "count", f(dfrom="2019-01-01", dto="2025-12-31", type="suicide"))
Q("How many attacks did Turkey carry out in 2023?", "count", f(dfrom="2023-01-01", dto="2023-12-31", perp="Turkey"))
Q("How many shootings in Baghdad province in January 2020?", "count", f(prov="Baghdad", dfrom=B20[0], dto=B20[1], type="shooting"))
Q("Brief me on Erbil province in November 2023", "briefing", f(prov="Erbil", dfrom=E23[0], dto=E23[1]))
Q("Write a short briefing on Nineveh province, May 2019", "briefing", f(prov="Nineveh", dfrom=N19[0], dto=N19[1]))
Q("briefing please: Diyala, January 2024", "briefing", f(prov="Diyala", dfrom=D24[0], dto=D24[1]))
Q("security briefing for Anbar province, March 2021", "briefing", f(prov="Anbar", dfrom=A21[0], dto=A21[1]))
Q("what happened in Erbil province last month?", "listing", f(prov="Erbil", dfrom=E23[0], dto=E23[1]), today="2023-12-05")
Q("attacks in Diyala province so far this year", "listing", f(prov="Diyala", dfrom="2024-01-01"), today="2024-01-31")
Q("Muthanna province last year", "listing", f(prov="Muthanna", dfrom="2023-01-01", dto="2023-12-31"), today="2024-02-01")
Q("Kirkuk province, last quarter", "listing", f(prov="Kirkuk", dfrom="2020-07-01", dto="2020-09-30"), today="2020-10-05")
Q("Baghdad province in the previous month", "listing", f(prov="Baghdad", dfrom=B20[0], dto=B20[1]), today="2020-02-03")
Q("Any suicide bombing in Fallujah in March 2021?", "fact", f(place="Fallujah", dfrom=A21[0], dto=A21[1], type="suicide"), no_match=True)
Q("Turkish air strike on Zakho in 2024?", "fact", f(place="Zakho", dfrom="2024-01-01", dto="2024-12-31", type="airstrike_operation", perp="Turkey"), no_match=True)
Q("kidnapping in Baghdad province, January 2020 - details?", "fact", f(prov="Baghdad", dfrom=B20[0], dto=B20[1], type="kidnapping"), no_match=True)
Q("rocket attack on Harir base in 2022 - how many hurt?", "fact", f(place="Harir", dfrom="2022-01-01", dto="2022-12-31", type="mortar_rocket"), no_match=True, field="wounded")

# ============================================================ single-event questions
def S(text, key, field, **kw):
    Q(text, "fact", f(**kw), ev=key, field=field)


# ---- U
S("How many Tribal Mobilisation fighters were wounded at the Al-Baghdadi checkpoint on 8 March 2021?", ("U1", "a"), "wounded",
  place="Baghdadi", dfrom="2021-03-08", dto="2021-03-08", target="PMU")
S("Ain al-Asad air base rocket attack, 5 March 2021 - anyone hurt?", ("U1", "b"), "wounded",
  place="Ain al-Asad", dfrom="2021-03-05", dto="2021-03-05", type="mortar_rocket")
S("shepherd boy killed by a bomb near Daquq in July 2020 - injured?", ("U2", "a"), "wounded",
  place="Daquq", dfrom=K20[0], dto=K20[1], type="ied", target="civilians")
S("Who claimed the 14 July 2020 attack on the police checkpoint near Al-Abbasi?", ("U2", "b"), "perpetrator",
  place="Al-Abbasi", dfrom="2020-07-14", dto="2020-07-14", target="police")
S("How many people were shot dead outside Muqdadiyah on 11 January 2024?", ("U3", "a"), "killed",
  place="Muqdadiyah", dfrom="2024-01-11", dto="2024-01-11", type="shooting")
S("army patrol hit by an IED near Jalawla, 7 Jan 2024 - death toll?", ("U3", "b"), "killed",
  place="Jalawla", dfrom="2024-01-07", dto="2024-01-07", type="ied", target="army")
S("farmers shot near Al-Qairawan on 19 May 2019 - how many died?", ("U4", "a"), "killed",
  place="Qairawan", dfrom="2019-05-19", dto="2019-05-19", type="shooting", target="civilians")
S("car bomb in Mosul's Al-Zuhur, 9 May 2019: injured?", ("U4", "b"), "wounded",
  place="Mosul", dfrom="2019-05-09", dto="2019-05-09", type="ied")
S("rocket attack on Baghdad's International Zone on 14 January 2020 - killed?", ("U5", "a"), "killed",
  place="Baghdad", dfrom="2020-01-14", dto="2020-01-14", type="mortar_rocket")
S("Tahrir Square shooting on 10 January 2020 - how many injured?", ("U5", "b"), "wounded",
  place="Tahrir Square", dfrom="2020-01-10", dto="2020-01-10", type="shooting")
S("Who claimed the drone attack on Harir air base on 20 Nov 2023?", ("U6", "a"), "perpetrator",
  place="Harir", dfrom="2023-11-20", dto="2023-11-20")
S("Sidakan drone strike, 14 November 2023 - death toll?", ("U6", "b"), "killed",
  place="Sidakan", dfrom="2023-11-14", dto="2023-11-14", type="airstrike_operation")
S("How many soldiers died in the Mutaibijah ambush of 14 May 2022?", ("U7", "a"), "killed",
  place="Mutaibijah", dfrom="2022-05-14", dto="2022-05-14", type="ambush", target="army")
S("When was the civil society activist shot dead in Basra city in February 2025?", ("U8", "a"), "event_date",
  place="Basra", dfrom="2025-02-01", dto="2025-02-28", type="shooting", target="civilians")
S("explosive device at a council member's home in Al-Zubair, February 2025 - wounded?", ("U8", "b"), "wounded",
  place="Zubair", dfrom="2025-02-01", dto="2025-02-28")
S("Turkish air strikes near Batifa on 22 August 2021 - how many shepherds killed?", ("U10", "a"), "killed",
  place="Batifa", dfrom="2021-08-22", dto="2021-08-22", perp="Turkey", type="airstrike_operation", target="civilians")
S("blast at a party office in Najaf city, 22 Aug 2023 - injuries?", ("U11", "a"), "wounded",
  place="Najaf", dfrom="2023-08-22", dto="2023-08-22")
S("IED on a coalition convoy near Hillah on 23 August 2020 - how many hurt?", ("U12", "a"), "wounded",
  place="Hillah", dfrom="2020-08-23", dto="2020-08-23", type="ied", target="US forces")
# ---- H
S("Akkas gas field camp shooting, 14 March 2021 - casualties?", ("H1", "a"), "killed",
  place="Akkas gas field", dfrom="2021-03-14", dto="2021-03-14", type="shooting")
S("How many were injured in the IED at the Bai Hassan field on 21 July 2020?", ("H2", "a"), "wounded",
  place="Bai Hassan field", dfrom="2020-07-21", dto="2020-07-21", type="ied")
S("Who abducted the two subcontractor employees near Mansuriyat al-Jabal on 16 January 2024?", ("H3", "a"), "perpetrator",
  place="Mansuriyat al-Jabal", dfrom="2024-01-16", dto="2024-01-16", type="kidnapping")
S("tanker IED on the Qayyarah-Mosul road, 8 May 2019: how many wounded?", ("H4", "a"), "wounded",
  place="Qayyarah", dfrom="2019-05-08", dto="2019-05-08", type="ied")
S("rocket attack at Baghdad International Airport on the night of 8 January 2020 - any deaths?", ("H5", "a"), "killed",
  place="Baghdad International Airport", dfrom="2020-01-08", dto="2020-01-08", type="mortar_rocket")
S("drone intercepted over the Khurmala field on 4 November 2023 - casualties?", ("H6", "a"), "killed",
  place="Khurmala", dfrom="2023-11-04", dto="2023-11-04")
S("Rumaila field bus shooting, 27 July 2022 - wounded?", ("H7", "a"), "wounded",
  place="Rumaila field", dfrom="2022-07-27", dto="2022-07-27", type="shooting")
S("IED at the Buzurgan field laydown yard, 3 March 2025 - anyone injured?", ("H8", "a"), "wounded",
  place="Buzurgan field", dfrom="2025-03-03", dto="2025-03-03", type="ied")
S("When was the rocket attack on Khor Mor in October 2022?", ("H10", "a"), "event_date",
  place="Khor Mor", dfrom="2022-10-01", dto="2022-10-31", type="mortar_rocket")
S("sound bomb at the Ahdab field camp gate on 8 Feb 2021 - injuries?", ("H11", "a"), "wounded",
  place="Ahdab field", dfrom="2021-02-08", dto="2021-02-08", type="ied")
S("Allas field oil-police post attack, 2 May 2023 - how many oil policemen died?", ("H12", "a"), "killed",
  place="Allas field", dfrom="2023-05-02", dto="2023-05-02", target="police")
# ---- N
S("rocket attack near Ain al-Asad on 6 March 2021 - wounded?", ("N1", "a"), "wounded",
  place="Ain al-Asad", dfrom="2021-03-06", dto="2021-03-06", type="mortar_rocket")
S("rocket attack on Kirkuk airport, 25 July 2020 - killed?", ("N2", "a"), "killed",
  place="Kirkuk airport", dfrom="2020-07-25", dto="2020-07-25", type="mortar_rocket")
S("mortar fire near the Khanaqin helipad on 21 January 2024 - casualties?", ("N3", "a"), "killed",
  place="Khanaqin", dfrom="2024-01-21", dto="2024-01-21", type="mortar_rocket")
S("IED on an army vehicle between Bartella and Bashiqa, 13 May 2019 - KIA?", ("N4", "a"), "killed",
  place="Bartella", dfrom="2019-05-13", dto="2019-05-13", type="ied", target="army")
S("Katyusha attack on the airport in Baghdad city, 18 January 2020 - injured?", ("N5", "a"), "wounded",
  place="Baghdad", dfrom="2020-01-18", dto="2020-01-18", type="mortar_rocket")
S("drone attack on the airport in Erbil city on 1 Nov 2023 - who claimed it?", ("N6", "a"), "perpetrator",
  place="Erbil", dfrom="2023-11-01", dto="2023-11-01")
S("drone strike near Arbat on 10 March 2025 - how many killed?", ("N7", "a"), "killed",
  place="Arbat", dfrom="2025-03-10", dto="2025-03-10", type="airstrike_operation")
S("rocket attack on the airport in Basra city, 20 May 2021 - injuries?", ("N8", "a"), "wounded",
  place="Basra", dfrom="2021-05-20", dto="2021-05-20", type="mortar_rocket")
S("sound bomb outside a hotel in Najaf city on 15 Nov 2022 - anyone hurt?", ("N9", "a"), "wounded",
  place="Najaf", dfrom="2022-11-15", dto="2022-11-15", type="ied")
S("Turkish UAV strike near Sarsing, 14 July 2024 - death toll?", ("N11", "a"), "killed",
  place="Sarsing", dfrom="2024-07-14", dto="2024-07-14", perp="Turkey")
S("IED against a convoy at Imam Ali Air Base on 1 June 2021 - casualties?", ("N12", "a"), "killed",
  place="Imam Ali Air Base", dfrom="2021-06-01", dto="2021-06-01", type="ied")
# ---- L
S("IED on a supply truck near Rutba on 10 March 2021 - how many hurt?", ("L1", "a"), "wounded",
  place="Rutba", dfrom="2021-03-10", dto="2021-03-10", type="ied")
S("fuel tanker shot at near Al-Karma on 12 March 2021 - wounded?", ("L1", "b"), "wounded",
  place="Karma", dfrom="2021-03-12", dto="2021-03-12", type="shooting")
S("Taza IED on an army water tanker, 22 July 2020 - injuries", ("L2", "a"), "wounded",
  place="Taza", dfrom="2020-07-22", dto="2020-07-22", type="ied", target="army")
S("Who abducted the truck drivers near Al-Riyadh on 23 July 2020?", ("L2", "b"), "perpetrator",
  place="Riyadh", dfrom="2020-07-23", dto="2020-07-23", type="kidnapping")
S("truck convoy shooting near Jalawla on 10 January 2024 - who was blamed?", ("L3", "a"), "perpetrator",
  place="Jalawla", dfrom="2024-01-10", dto="2024-01-10", type="shooting")
S("IED on a truck near Al-Muhallabiya, 27 May 2019 - drivers hurt?", ("L4", "a"), "wounded",
  place="Mahlabiyah", dfrom="2019-05-27", dto="2019-05-27", type="ied")
S("Who was blamed for burning the fields near Al-Shura on 26 May 2019?", ("L4", "b"), "perpetrator",
  place="Shura", dfrom="2019-05-26", dto="2019-05-26")
S("How many protesters were killed on the Mohammed al-Qasim expressway on 20 January 2020?", ("L5", "a"), "killed",
  place="Mohammed al-Qasim expressway", dfrom="2020-01-20", dto="2020-01-20", target="civilians")
S("sticky bomb on a fuel tanker at Abu Ghraib, 21 Jan 2020 - casualties", ("L5", "b"), "killed",
  place="Abu Ghraib", dfrom="2020-01-21", dto="2020-01-21", type="ied")
S("Turkish drone strike near Mergasur on 16 November 2023 - dead?", ("L6", "a"), "killed",
  place="Mergasur", dfrom="2023-11-16", dto="2023-11-16", perp="Turkey", type="airstrike_operation")
S("gunfire at a truck convoy near Khabat, 17 Nov 2023 - injured count", ("L6", "b"), "wounded",
  place="Khabat", dfrom="2023-11-17", dto="2023-11-17")
S("IED against a coalition convoy near Al-Mahawil on 14 September 2020 - any casualties?", ("L7", "a"), "killed",
  place="Mahawil", dfrom="2020-09-14", dto="2020-09-14", type="ied", target="US forces")
S("How many were injured by the IED on the coalition supply convoy near Al-Diwaniyah on 15 Sept 2020?", ("L7", "b"), "wounded",
  place="Diwaniyah", dfrom="2020-09-15", dto="2020-09-15", type="ied", target="US forces")
S("IED near Al-Khidhir on 11 May 2021 - how many hurt?", ("L8", "a"), "wounded",
  place="Khidhir", dfrom="2021-05-11", dto="2021-05-11", type="ied")
S("How many truck drivers were shot dead in the Jallam desert on 7 October 2019?", ("L10", "a"), "killed",
  place="Jallam desert", dfrom="2019-10-07", dto="2019-10-07", type="shooting")
S("sound bomb at a truck yard in Al-Zubair, 9 June 2024 - injured?", ("L11", "a"), "wounded",
  place="Zubair", dfrom="2024-06-09", dto="2024-06-09", type="ied")
S("truck driver kidnapped near Ain al-Tamr on 18 September 2022 - was he hurt?", ("L12", "a"), "wounded",
  place="Ain al-Tamr", dfrom="2022-09-18", dto="2022-09-18", type="kidnapping")
# ---- Y
S("bomb at a lecturer's house in Al-Tash, Ramadi, 20 March 2021 - anyone injured?", ("Y1", "a"), "wounded",
  place="Ramadi", dfrom="2021-03-20", dto="2021-03-20", type="ied")
S("How many students were killed when an IED hit a minibus on the Zab-Hawija road on 13 July 2020?", ("Y2", "a"), "killed",
  place="Zab", dfrom="2020-07-13", dto="2020-07-13", type="ied")
S("How many died when gunmen attacked a teacher's house in Al-Wajihiya on 9 January 2024?", ("Y3", "a"), "killed",
  place="Wajihiya", dfrom="2024-01-09", dto="2024-01-09")
S("University of Mosul gate explosion on 16 May 2019 - casualties?", ("Y4", "a"), "killed",
  place="Mosul", dfrom="2019-05-16", dto="2019-05-16")
S("When was the dentistry student shot in Al-Khilani Square in January 2020?", ("Y5", "a"), "event_date",
  place="Al-Khilani Square", dfrom=B20[0], dto=B20[1], type="shooting")
S("Turkish drone strike near Khalifan on 8 November 2023 - killed?", ("Y6", "a"), "killed",
  place="Khalifan", dfrom="2023-11-08", dto="2023-11-08", perp="Turkey", type="airstrike_operation")
S("bomb at a dean's house in Al-Rifai in April 2023 - what date?", ("Y7", "a"), "event_date",
  place="Rifai", dfrom="2023-04-01", dto="2023-04-30", type="ied")
S("lecturer shot in Al-Diwaniyah on 15 March 2022 - was he killed?", ("Y8", "a"), "killed",
  place="Diwaniyah", dfrom="2022-03-15", dto="2022-03-15", type="shooting")
S("grenade attack on an activist's family house in Al-Kut on 13 June 2020 - wounded?", ("Y10", "a"), "wounded",
  place="Kut", dfrom="2020-06-13", dto="2020-06-13", type="other", target="civilians")
S("How many people died in the Turkish drone strike near Penjwen on 14 Sept 2024?", ("Y11", "a"), "killed",
  place="Penjwen", dfrom="2024-09-14", dto="2024-09-14", perp="Turkey", type="airstrike_operation")
S("sound bomb at a school gate in Al-Musayyib, 13 October 2025 - injuries?", ("Y12", "a"), "wounded",
  place="Musayyib", dfrom="2025-10-13", dto="2025-10-13", type="ied")
# ---- F
S("former Al-Ramadi captain killed by a bomb near Al-Khalidiya on 19 March 2021 - total dead?", ("F1", "a"), "killed",
  place="Khalidiya", dfrom="2021-03-19", dto="2021-03-19", type="ied")
S("grenade at the goalkeeper's home in Domiz, 9 July 2020 - how many hurt?", ("F2", "a"), "wounded",
  place="Domiz", dfrom="2020-07-09", dto="2020-07-09", type="other")
S("IED on a police patrol near the stadium in Baquba on 19 January 2024 - wounded policemen?", ("F3", "a"), "wounded",
  place="Baquba", dfrom="2024-01-19", dto="2024-01-19", type="ied", target="police")
S("youth footballer shot on the Hammam al-Alil road, 22 May 2019 - dead?", ("F4", "a"), "killed",
  place="Hammam al-Alil", dfrom="2019-05-22", dto="2019-05-22", type="shooting")
S("Who fired the tear-gas canister that killed a Zawraa fan at the Al-Sinak bridge on 25 January 2020?", ("F5", "a"), "perpetrator",
  place="Al-Sinak bridge", dfrom="2020-01-25", dto="2020-01-25")
S("drone attack on Erbil airport, 16 November 2023 - casualties?", ("F6", "a"), "killed",
  place="Erbil airport", dfrom="2023-11-16", dto="2023-11-16")
S("Karbala SC director shot at in Bab Baghdad, 10 Feb 2019 - injured?", ("F7", "a"), "wounded",
  place="Bab Baghdad", dfrom="2019-02-10", dto="2019-02-10", type="shooting")
S("When was the former Naft Maysan captain shot dead in Amarah?", ("F8", "a"), "event_date",
  place="Amarah", type="shooting")
S("sound bomb at the Al-Samawa club building, 5 March 2024 - injuries?", ("F10", "a"), "wounded",
  place="Samawa", dfrom="2024-03-05", dto="2024-03-05", type="ied")
S("Najaf club president's house bombing in Najaf city, 2 Oct 2021 - guards injured?", ("F11", "a"), "wounded",
  place="Najaf", dfrom="2021-10-02", dto="2021-10-02", type="ied")
S("How many were injured in the Turkish drone strike near Deraluk on 13 June 2025?", ("F12", "a"), "wounded",
  place="Deraluk", dfrom="2025-06-13", dto="2025-06-13", perp="Turkey", type="airstrike_operation")
# ---- Q
S("Hit-Kubaisa road IED on an army patrol, 13 March 2021 - final death toll?", ("Q1", "a"), "killed",
  place="Hit", dfrom="2021-03-13", dto="2021-03-13", type="ied", target="army")
S("SAF on the PMF checkpoint near Amiriyat al-Fallujah, 14 Mar 2021 - casualties?", ("Q1", "b"), "killed",
  place="Amiriyat al-Fallujah", dfrom="2021-03-14", dto="2021-03-14", target="PMU")
S("liquor shop grenade in Rahimawa, 27 July 2020 - wounded?", ("Q2", "a"), "wounded",
  place="Rahimawa", dfrom="2020-07-27", dto="2020-07-27", type="other")
S("mortar rounds on the PMF post near Multaqa on 28 July 2020 - wounded?", ("Q2", "b"), "wounded",
  place="Multaqa", dfrom="2020-07-28", dto="2020-07-28", type="mortar_rocket", target="PMU")
S("border guard post attacked near Mandali on 25 January 2024 - how many wounded?", ("Q3", "a"), "wounded",
  place="Mandali", dfrom="2024-01-25", dto="2024-01-25", target="security forces")
S("sticky bomb on a council member's car in Khalis, 26 Jan 2024 - killed?", ("Q3", "b"), "killed",
  place="Khalis", dfrom="2024-01-26", dto="2024-01-26", type="ied")
S("Turkish drone strike near Sinune on 11 May 2019 - KIA?", ("Q4", "a"), "killed",
  place="Sinune", dfrom="2019-05-11", dto="2019-05-11", perp="Turkey", type="airstrike_operation")
S("IED against an army vehicle near Badush on 12 May 2019 - casualties?", ("Q4", "b"), "killed",
  place="Badush", dfrom="2019-05-12", dto="2019-05-12", type="ied", target="army")
S("rocket attack on the IZ on 28 January 2020 - casualties?", ("Q5", "a"), "killed",
  place="IZ", dfrom="2020-01-28", dto="2020-01-28", type="mortar_rocket")
S("protesters shot on Saadoun St in Baghdad city on 27 January 2020 - wounded?", ("Q5", "b"), "wounded",
  place="Baghdad", dfrom="2020-01-27", dto="2020-01-27", type="shooting", target="civilians")
S("Harir base drone attack on 5 November 2023 - who claimed it?", ("Q6", "a"), "perpetrator",
  place="Harir", dfrom="2023-11-05", dto="2023-11-05")
S("Choman drone strike, 7 Nov 2023 - death toll", ("Q6", "b"), "killed",
  place="Choman", dfrom="2023-11-07", dto="2023-11-07", type="airstrike_operation")
S("IED at a judge's house in Al-Kut on 18 February 2023 - injuries?", ("Q7", "a"), "wounded",
  place="Kut", dfrom="2023-02-18", dto="2023-02-18", type="ied")
S("Turkish artillery shelling near Sharanish on 16 June 2020 - casualties?", ("Q8", "a"), "killed",
  place="Sharanish", dfrom="2020-06-16", dto="2020-06-16", perp="Turkey", type="mortar_rocket")
S("Batifa drone strike on a car, 17 June 2020 - how many dead?", ("Q8", "b"), "killed",
  place="Batifa", dfrom="2020-06-17", dto="2020-06-17", type="airstrike_operation")
S("IED against a PMF vehicle near Tuz Khurmatu on 20 August 2025 - wounded?", ("Q9", "a"), "wounded",
  place="Tuz Khurmatu", dfrom="2025-08-20", dto="2025-08-20", type="ied", target="PMU")
S("police checkpoint shooting in Iskandariya on 11 March 2024 - injured?", ("Q11", "a"), "wounded",
  place="Iskandariya", dfrom="2024-03-11", dto="2024-03-11", type="shooting", target="police")
S("grenade thrown at a phone shop in Hillah on 11 March 2024 - casualties?", ("Q11", "b"), "killed",
  place="Hillah", dfrom="2024-03-11", dto="2024-03-11", type="other")
S("How many died in the IED attack on an anti-narcotics officer's car in Al-Kahla on 4 September 2019?", ("Q12", "a"), "killed",
  place="Kahla", dfrom="2019-09-04", dto="2019-09-04", type="ied")
# ---- P
S("Rawa ambush on 17 March 2021 - how many tribal Hashd fighters killed?", ("P1", "a"), "killed",
  place="Rawa", dfrom="2021-03-17", dto="2021-03-17", type="ambush", target="PMU")
S("Heet IED, 20 March 2021: policemen wounded?", ("P1", "b"), "wounded",
  place="Hit", dfrom="2021-03-20", dto="2021-03-20", type="ied", target="police")
S("How many PMF fighters died in the IS attack on the Laylan post on 9 July 2020?", ("P2", "a"), "killed",
  place="Laylan", dfrom="2020-07-09", dto="2020-07-09", perp="ISIS", target="PMU")
S("sniper attack on the Hashd post near Sadiya, 28 January 2024 - wounded?", ("P3", "a"), "wounded",
  place="Sadiya", dfrom="2024-01-28", dto="2024-01-28", target="PMU")
S("roadside bomb that hit a farmer's tractor near Abu Saida on 25 Jan 2024 - anyone hurt?", ("P3", "b"), "wounded",
  place="Abu Saida", dfrom="2024-01-25", dto="2024-01-25", type="ied", target="civilians")
S("Who claimed the field burning near Al-Hadar on 23 May 2019?", ("P4", "a"), "perpetrator",
  place="Hadar", dfrom="2019-05-23", dto="2019-05-23")
S("Tal Afar market motorcycle bomb, 11 May 2019 - injured?", ("P4", "b"), "wounded",
  place="Tal Afar", dfrom="2019-05-11", dto="2019-05-11", type="ied")
S("Katyusha that fell on a house near Al-Jadriya on 26 Jan 2020 - how many wounded?", ("P5", "a"), "wounded",
  place="Al-Jadriya", dfrom="2020-01-26", dto="2020-01-26", type="mortar_rocket")
S("When was the activist shot dead in Al-Shaab in January 2020?", ("P5", "b"), "event_date",
  place="Al-Shaab", dfrom=B20[0], dto=B20[1], type="shooting", target="civilians")
S("IED near Bnaslawa on 27 November 2023 - how many wounded?", ("P6", "a"), "wounded",
  place="Bnaslawa", dfrom="2023-11-27", dto="2023-11-27", type="ied")
S("Rawanduz drone strike, 25 Nov 2023: who was behind it?", ("P6", "b"), "perpetrator",
  place="Rawanduz", dfrom="2023-11-25", dto="2023-11-25", type="airstrike_operation")
S("When was the protest organiser shot dead in Basra city in October 2020?", ("P7", "a"), "event_date",
  place="Basra", dfrom="2020-10-01", dto="2020-10-31", type="shooting")
S("IED against a coalition supply convoy near Safwan, 6 October 2020 - injured?", ("P7", "b"), "wounded",
  place="Safwan", dfrom="2020-10-06", dto="2020-10-06", type="ied", target="US forces")
S("How many truffle hunters abducted near Nukhaib in February 2023 were found dead?", ("P8", "a"), "killed",
  place="Nukhaib", dfrom="2023-02-01", dto="2023-02-28", type="kidnapping")
S("sticky bomb under a police officer's car in Ramadi, 5 March 2023 - injuries?", ("P8", "b"), "wounded",
  place="Ramadi", dfrom="2023-03-05", dto="2023-03-05", type="ied", target="police")
S("Yathrib ambush on 16 May 2024 - soldiers killed?", ("P10", "a"), "killed",
  place="Yathrib", dfrom="2024-05-16", dto="2024-05-16", type="ambush", target="army")
S("When did the bomb under a Sadrist official's car go off in Al-Shatra?", ("P11", "a"), "event_date",
  place="Shatra", type="ied")
S("bomb at a PUK official's home in Said Sadiq, 3 August 2019 - injuries?", ("P12", "a"), "wounded",
  place="Sayid Sadiq", dfrom="2019-08-03", dto="2019-08-03", type="ied")
# ---- C
S("explosion at a shelter in Habbaniyah Tourist City on 23 March 2021 - how many children injured?", ("C1", "a"), "wounded",
  place="Habbaniyah Tourist City", dfrom="2021-03-23", dto="2021-03-23")
S("grenade at a caravan in Yahyawa camp on 15 July 2020 - wounded?", ("C2", "a"), "wounded",
  place="Yahyawa camp", dfrom="2020-07-15", dto="2020-07-15", type="other")
S("returnee houses burned in Imam Wais on 3 January 2024 - anyone killed?", ("C3", "a"), "killed",
  place="Imam Wais", dfrom="2024-01-03", dto="2024-01-03")
S("camp resident shot dead near Jeddah 5 camp - when?", ("C4", "a"), "event_date",
  place="Jeddah 5 camp", type="shooting")
S("drone strike on the Zakho-Batifa road on 2 June 2021 - killed?", ("C5", "a"), "killed",
  place="Zakho", dfrom="2021-06-02", dto="2021-06-02", type="airstrike_operation")
S("drone strike next to Darashakran camp, 12 November 2023 - who did it?", ("C6", "a"), "perpetrator",
  place="Darashakran", dfrom="2023-11-12", dto="2023-11-12", type="airstrike_operation")
S("IED at the gate of Al-Shahama camp on 6 November 2019 - how many wounded?", ("C7", "a"), "wounded",
  place="Al-Shahama camp", dfrom="2019-11-06", dto="2019-11-06", type="ied")
S("Turkish shelling near Bersive 2 camp, 12 June 2022 - casualties?", ("C8", "a"), "killed",
  place="Bersive 2 camp", dfrom="2022-06-12", dto="2022-06-12", perp="Turkey", type="mortar_rocket")
S("grenade at a shop in Ashti camp on 10 September 2021 - injuries?", ("C10", "a"), "wounded",
  place="Ashti camp", dfrom="2021-09-10", dto="2021-09-10", type="other")
S("drone strike near Sinune on 2 August 2023 - YBS members killed?", ("C11", "a"), "killed",
  place="Sinune", dfrom="2023-08-02", dto="2023-08-02", type="airstrike_operation")
S("army checkpoint shooting at Al-Ubaidi, 15 April 2025 - soldiers killed?", ("C12", "a"), "killed",
  place="Al-Ubaidi", dfrom="2025-04-15", dto="2025-04-15", type="shooting", target="army")
# ---- Z
S("teacher and son killed by a bomb in Al-Saqlawiyah on 24 March 2021 - death toll?", ("Z1", "a"), "killed",
  place="Saqlawiyah", dfrom="2021-03-24", dto="2021-03-24", type="ied")
S("grenade attack on a doctor's clinic in Al-Wasiti, Kirkuk, 20 July 2020 - wounded?", ("Z2", "a"), "wounded",
  place="Kirkuk", dfrom="2020-07-20", dto="2020-07-20", type="other")
S("When was the lawyer shot dead in Baquba in January 2024?", ("Z3", "a"), "event_date",
  place="Baquba", dfrom=D24[0], dto=D24[1], type="shooting")
S("repair crew attacked near Zummar on 14 May 2019 - how many wounded?", ("Z4", "a"), "wounded",
  place="Zummar", dfrom="2019-05-14", dto="2019-05-14")
S("who shot the pharmacist in Al-Baladiyat on 22 January 2020?", ("Z5", "a"), "perpetrator",
  place="Al-Baladiyat", dfrom="2020-01-22", dto="2020-01-22", type="shooting")
S("car bomb against a lawyer in Ankawa, 23 November 2023 - wounded?", ("Z6", "a"), "wounded",
  place="Ankawa", dfrom="2023-11-23", dto="2023-11-23", type="ied")
S("Majnoon field bus shooting on 1 October 2023 - how many workers hurt?", ("Z7", "a"), "wounded",
  place="Majnoon field", dfrom="2023-10-01", dto="2023-10-01", type="shooting")
S("grenade at a doctor's house in Karbala city, 7 Feb 2024 - anyone hurt?", ("Z8", "a"), "wounded",
  place="Karbala", dfrom="2024-02-07", dto="2024-02-07", type="other")
S("headmaster kidnapped in Afak in November 2025 - what date?", ("Z10", "a"), "event_date",
  place="Afak", dfrom="2025-11-01", dto="2025-11-30", type="kidnapping")
S("How many engineers died in the IED on the Baiji-Haditha road on 13 June 2021?", ("Z11", "a"), "killed",
  place="Baiji", dfrom="2021-06-13", dto="2021-06-13", type="ied")
S("nurse shot dead in Nasiriyah on 10 March 2020 - who was behind it?", ("Z12", "a"), "perpetrator",
  place="Nasiriyah", dfrom="2020-03-10", dto="2020-03-10", type="shooting")
# ---- K
S("IS attack on an army post near Haditha, 25 March 2021 - soldiers killed?", ("K1", "a"), "killed",
  place="Haditha", dfrom="2021-03-25", dto="2021-03-25", perp="ISIS", target="army")
S("IED near a police officer's car in Tisin on 28 July 2020 - was anyone killed?", ("K2", "a"), "killed",
  place="Tisin", dfrom="2020-07-28", dto="2020-07-28", type="ied", target="police")
S("attack on a Hashd post near Baladruz, 27 Jan 2024 - wounded?", ("K3", "a"), "wounded",
  place="Baladruz", dfrom="2024-01-27", dto="2024-01-27", target="PMU")
S("IS attack on a PMU post near Baaj on 18 May 2019 - death toll", ("K4", "a"), "killed",
  place="Baaj", dfrom="2019-05-18", dto="2019-05-18", perp="ISIS", target="PMU")
S("rocket attack on Camp Taji on 13 January 2020 - any injuries?", ("K5", "a"), "wounded",
  place="Camp Taji", dfrom="2020-01-13", dto="2020-01-13", type="mortar_rocket")
S("IED outside a party office in Koya, 24 November 2023 - injuries?", ("K6", "a"), "wounded",
  place="Koya", dfrom="2023-11-24", dto="2023-11-24", type="ied")
S("grenade thrown at an NGO partner's office in Hillah, 3 April 2019 - any injuries?", ("K7", "a"), "wounded",
  place="Hillah", dfrom="2019-04-03", dto="2019-04-03", type="other")
S("IED on a power-line tower near Suq al-Shuyukh, 7 Oct 2024 - casualties?", ("K8", "a"), "killed",
  place="Suq al-Shuyukh", dfrom="2024-10-07", dto="2024-10-07", type="ied")
S("engineer abducted near Al-Rumaitha on 3 December 2019 - was he harmed?", ("K10", "a"), "wounded",
  place="Rumaitha", dfrom="2019-12-03", dto="2019-12-03", type="kidnapping")
S("Turkish shelling near Bamerni on 12 Sept 2023 - casualties?", ("K11", "a"), "killed",
  place="Bamerni", dfrom="2023-09-12", dto="2023-09-12", perp="Turkey", type="mortar_rocket")
S("IED under a contractor security manager's car in Ali al-Sharqi, 1 Nov 2022 - wounded?", ("K12", "a"), "wounded",
  place="Ali al-Sharqi", dfrom="2022-11-01", dto="2022-11-01", type="ied")
# ---- R
S("two shepherd brothers shot dead near Al-Rutba on 23 March 2021 - who was blamed?", ("R1", "a"), "perpetrator",
  place="Rutba", dfrom="2021-03-23", dto="2021-03-23", type="shooting", target="civilians")
S("roadside bomb in Al-Rashad, 23 July 2020 - how many policemen killed?", ("R2", "a"), "killed",
  place="Rashad", dfrom="2020-07-23", dto="2020-07-23", type="ied", target="police")
S("Hashd fighters killed in Hibhib on 4 January 2024 - how many?", ("R3", "a"), "killed",
  place="Hibhib", dfrom="2024-01-04", dto="2024-01-04", target="PMU")
S("bomb at a church gate in Qaraqosh, 26 May 2019 - casualties?", ("R4", "a"), "killed",
  place="Qaraqosh", dfrom="2019-05-26", dto="2019-05-26", type="ied")
S("protesters killed in Al-Tayaran Square on 21 January 2020 - how many?", ("R5", "a"), "killed",
  place="Al-Tayaran Square", dfrom="2020-01-21", dto="2020-01-21", target="civilians")
S("rocket attack that hit a house in Ankawa on 22 Nov 2023 - injured?", ("R6", "a"), "wounded",
  place="Ankawa", dfrom="2023-11-22", dto="2023-11-22", type="mortar_rocket")
S("sticky bomb on a seminary student's car in Najaf city, 10 March 2025 - wounded?", ("R7", "a"), "wounded",
  place="Najaf", dfrom="2025-03-10", dto="2025-03-10", type="ied")
S("Mandaean goldsmith kidnapped in Al-Kut in February 2022 - when?", ("R8", "a"), "event_date",
  place="Kut", dfrom="2022-02-01", dto="2022-02-28", type="kidnapping")
S("Turkish shelling near Chalke on 16 August 2020 - any casualties?", ("R10", "a"), "killed",
  place="Chalke", dfrom="2020-08-16", dto="2020-08-16", perp="Turkey", type="mortar_rocket")
S("imam shot dead in Chamchamal on 6 April 2022 - by whom?", ("R11", "a"), "perpetrator",
  place="Chamchamal", dfrom="2022-04-06", dto="2022-04-06", type="shooting")
S("device thrown at a church in Al-Ashar, Basra, 4 January 2025 - injuries?", ("R12", "a"), "wounded",
  place="Basra", dfrom="2025-01-04", dto="2025-01-04")
# ---- M
S("Fallujah market bombing, 29 March 2021 - death toll?", ("M1", "a"), "killed",
  place="Fallujah", dfrom="2021-03-29", dto="2021-03-29", type="ied")
S("grenade attack on the Turkmen Front office in Kirkuk city, 29 July 2020 - anyone hurt?", ("M2", "a"), "wounded",
  place="Kirkuk", dfrom="2020-07-29", dto="2020-07-29", type="other")
S("IS attack on a PMF post near Al-Adhaim on 14 January 2024 - killed?", ("M3", "a"), "killed",
  place="Udhaim", dfrom="2024-01-14", dto="2024-01-14", perp="ISIS", target="PMU")
S("bomb in Bashiqa on 18 May 2019 - how many Yazidis wounded?", ("M4", "a"), "wounded",
  place="Bashiqa", dfrom="2019-05-18", dto="2019-05-18", type="ied")
S("attack on the army HQ in Al-Tarmiyah, 30 Jan 2020 - death toll?", ("M5", "a"), "killed",
  place="Tarmiyah", dfrom="2020-01-30", dto="2020-01-30", target="army")
S("drone attacks on the airport in Erbil city, 9 November 2023 - anyone hurt?", ("M6", "a"), "wounded",
  place="Erbil", dfrom="2023-11-09", dto="2023-11-09")
S("Tuz Khurmatu vegetable market bombing, 17 November 2021 - injured?", ("M7", "a"), "wounded",
  place="Tuz Khurmatu", dfrom="2021-11-17", dto="2021-11-17", type="ied")
S("Al-Hashimiya market bombing in April 2022 - how many killed?", ("M8", "a"), "killed",
  place="Hashimiya", dfrom="2022-04-01", dto="2022-04-30", type="ied")
S("bomb near a bus of Pakistani pilgrims on the Karbala-Najaf road, 9 October 2020 - wounded?", ("M10", "a"), "wounded",
  place="Karbala", dfrom="2020-10-09", dto="2020-10-09", type="ied")
S("border guards killed in the Al-Salman desert on 4 Dec 2023 - how many?", ("M11", "a"), "killed",
  place="Salman", dfrom="2023-12-04", dto="2023-12-04", target="security forces")
S("French NGO vehicle shot at near Majar al-Kabir, 3 March 2024 - injuries?", ("M12", "a"), "wounded",
  place="Majar al-Kabir", dfrom="2024-03-03", dto="2024-03-03", type="shooting")

# ---- place questions
S("In which town is the Akkas gas field camp that was fired on on 14 March 2021?", ("H1", "a"), "place_canonical",
  place="Akkas gas field", dfrom="2021-03-14", dto="2021-03-14")
S("Where did the bomb attack that wounded Yazidi civilians on 18 May 2019 happen?", ("M4", "a"), "place_canonical",
  dfrom="2019-05-18", dto="2019-05-18", type="ied", target="civilians")
S("The drone strike that killed a YBS member near Sinune on 2 August 2023 - which district town is that?", ("C11", "a"), "place_canonical",
  place="Sinune", dfrom="2023-08-02", dto="2023-08-02", type="airstrike_operation")

# ============================================================ conversations (two turns)
C("anbar march 2021", "listing", f(prov="Anbar", dfrom=A21[0], dto=A21[1]),
  "only the IEDs", "listing", f(prov="Anbar", dfrom=A21[0], dto=A21[1], type="ied"))
C("kirkuk province july 2020", "listing", f(prov="Kirkuk", dfrom=K20[0], dto=K20[1]),
  "how many is that in total?", "count", f(prov="Kirkuk", dfrom=K20[0], dto=K20[1]))
C("diyala january 2024", "listing", f(prov="Diyala", dfrom=D24[0], dto=D24[1]),
  "which of these did IS do?", "listing", f(prov="Diyala", dfrom=D24[0], dto=D24[1], perp="ISIS"))
C("nineveh province, may 2019", "listing", f(prov="Nineveh", dfrom=N19[0], dto=N19[1]),
  "summarise that for me as a briefing", "briefing", f(prov="Nineveh", dfrom=N19[0], dto=N19[1]))
C("attacks on protesters in Baghdad province in January 2020", "listing", f(prov="Baghdad", dfrom=B20[0], dto=B20[1], target="civilians"),
  "extend that to December 2019 through February 2020", "listing", f(prov="Baghdad", dfrom="2019-12-01", dto="2020-02-29", target="civilians"))
C("erbil province november 2023", "listing", f(prov="Erbil", dfrom=E23[0], dto=E23[1]),
  "just the attacks on US forces", "listing", f(prov="Erbil", dfrom=E23[0], dto=E23[1], target="US forces"))
C("Turkish attacks in Dohuk province in 2020", "listing", f(prov="Dohuk", dfrom="2020-01-01", dto="2020-12-31", perp="Turkey"),
  "same for Erbil province, all years", "listing", f(prov="Erbil", perp="Turkey"))
C("IEDs in Basra province in 2024", "listing", f(prov="Basra", dfrom="2024-01-01", dto="2024-12-31", type="ied"),
  "and in 2020?", "listing", f(prov="Basra", dfrom="2020-01-01", dto="2020-12-31", type="ied"))
C("attacks in Mosul city in May 2019", "listing", f(place="Mosul", dfrom=N19[0], dto=N19[1]),
  "widen it to the whole of Nineveh province", "listing", f(prov="Nineveh", dfrom=N19[0], dto=N19[1]))
C("attacks in Erbil city in November 2023", "listing", f(place="Erbil", dfrom=E23[0], dto=E23[1]),
  "add the areas around the city", "listing", f(place="Erbil", near=True, dfrom=E23[0], dto=E23[1]))
C("anything near Baquba in January 2024", "listing", f(place="Baquba", near=True, dfrom=D24[0], dto=D24[1]),
  "only inside Baquba itself", "listing", f(place="Baquba", dfrom=D24[0], dto=D24[1]))
C("IEDs in Kirkuk province in July 2020", "listing", f(prov="Kirkuk", dfrom=K20[0], dto=K20[1], type="ied"),
  "forget the bomb filter", "listing", f(prov="Kirkuk", dfrom=K20[0], dto=K20[1]))
C("shootings in Diyala province, January 2024", "listing", f(prov="Diyala", dfrom=D24[0], dto=D24[1], type="shooting"),
  "give me the number", "count", f(prov="Diyala", dfrom=D24[0], dto=D24[1], type="shooting"))
C("Turkish attacks in Erbil province in November 2023", "listing", f(prov="Erbil", dfrom=E23[0], dto=E23[1], perp="Turkey"),
  "never mind who did it - only the ones that hit PKK fighters", "listing", f(prov="Erbil", dfrom=E23[0], dto=E23[1], target="PKK"))
C("what happened in Diyala province last month?", "listing", f(prov="Diyala", dfrom=D24[0], dto=D24[1]),
  "and the month before?", "listing", f(prov="Diyala", dfrom="2023-12-01", dto="2023-12-31"), today="2024-02-05")
C("bombings in Anbar province in March 2021", "listing", f(prov="Anbar", dfrom=A21[0], dto=A21[1], type="ied"),
  "change that to shootings", "listing", f(prov="Anbar", dfrom=A21[0], dto=A21[1], type="shooting"))
C("Baghdad province, January 2020", "listing", f(prov="Baghdad", dfrom=B20[0], dto=B20[1]),
  "narrow it to 20-31 January", "listing", f(prov="Baghdad", dfrom="2020-01-20", dto="2020-01-31"))
C("attacks in Babil province 2019-2022", "listing", f(prov="Babil", dfrom="2019-01-01", dto="2022-12-31"),
  "extend to 2025", "listing", f(prov="Babil", dfrom="2019-01-01", dto="2025-12-31"))
C("attacks in Kirkuk province in July 2020", "listing", f(prov="Kirkuk", dfrom=K20[0], dto=K20[1]),
  "only those where the attacker is not known", "listing", f(prov="Kirkuk", dfrom=K20[0], dto=K20[1], perp="unknown"))
C("kidnappings 2019-2025", "listing", f(dfrom="2019-01-01", dto="2025-12-31", type="kidnapping"),
  "restrict to 2022-2025", "listing", f(dfrom="2022-01-01", dto="2025-12-31", type="kidnapping"))
C("attacks on police 2021-2023", "listing", f(dfrom="2021-01-01", dto="2023-12-31", target="police"),
  "widen to 2019-2025", "listing", f(dfrom="2019-01-01", dto="2025-12-31", target="police"))
C("rocket attacks in Baghdad province in January 2020", "listing", f(prov="Baghdad", dfrom=B20[0], dto=B20[1], type="mortar_rocket"),
  "turn it into a briefing", "briefing", f(prov="Baghdad", dfrom=B20[0], dto=B20[1], type="mortar_rocket"))
C("IEDs in Tuz Khurmatu since 2019", "listing", f(place="Tuz Khurmatu", dfrom="2019-01-01", type="ied"),
  "expand to all of Salahuddin province", "listing", f(prov="Salahuddin", dfrom="2019-01-01", type="ied"))
C("how many attacks in Dhi Qar province 2019-2025?", "count", f(prov="Dhi Qar", dfrom="2019-01-01", dto="2025-12-31"),
  "write it up as a narrative briefing", "briefing", f(prov="Dhi Qar", dfrom="2019-01-01", dto="2025-12-31"))
