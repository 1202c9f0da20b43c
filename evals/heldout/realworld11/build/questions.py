"""realworld11 questions and conversations.  Filters carry exactly what the
question's own words state (realworld8 convention)."""
from lib import Q, C, f, month, year, span


def day(iso):
    return iso, iso


def F_(place=None, near=False, prov=None, per=(None, None), type=None, perp=None, target=None):
    return f(place=place, near=near, prov=prov, dfrom=per[0], dto=per[1], type=type, perp=perp,
             target=target)


M = month
# ------------------------------------------------------------------ listings, counts, briefings
# Diyala, May 2022
Q("Diyala, May 2022 - what happened?", "listing", F_(prov="Diyala", per=M("2022-05")))
Q("how many attacks in Diala in may 2022", "count", F_(prov="Diyala", per=M("2022-05")))
Q("Diyala May '22, only the ones blamed on IS", "listing", F_(prov="Diyala", per=M("2022-05"), perp="ISIS"))
Q("list the bombings in Diyala province during the second half of May 2022", "listing",
  F_(prov="Diyala", per=("2022-05-16", "2022-05-31"), type="ied"))
Q("any attacks on the Hashd in Diyala in May 2022?", "listing", F_(prov="Diyala", per=M("2022-05"), target="PMU"))
Q("attacks around Muqdadiya in May 2022", "listing", F_(place="Muqdadiyah", near=True, per=M("2022-05")))
Q("How many shootings were there in Diyala in May 2022?", "count",
  F_(prov="Diyala", per=M("2022-05"), type="shooting"))
# Nineveh, November 2020
Q("Ninawa November 2020, list all incidents pls", "listing", F_(prov="Nineveh", per=M("2020-11")))
Q("count of IEDs in Nineveh province, Nov 2020", "count", F_(prov="Nineveh", per=M("2020-11"), type="ied"))
Q("Nineveh Nov 2020 attacks on soldiers", "listing", F_(prov="Nineveh", per=M("2020-11"), target="army"))
Q("brief me on Nineveh, 1-15 November 2020", "briefing", F_(prov="Nineveh", per=("2020-11-01", "2020-11-15")))
Q("anything in Mosul city in November 2020?", "listing", F_(place="Mosul", per=M("2020-11")))
Q("Shingal 2019-2020 - what's on file?", "listing", F_(place="Sinjar", per=("2019-01-01", "2020-12-31")))
# Kirkuk, August 2023
Q("Kirkuk governorate, Aug 2023", "listing", F_(prov="Kirkuk", per=M("2023-08")))
Q("how many incidents hit the police in Kirkuk province in August 2023", "count",
  F_(prov="Kirkuk", per=M("2023-08"), target="police"))
Q("Kirkuk province aug 2023 IS-blamed attacks only", "listing", F_(prov="Kirkuk", per=M("2023-08"), perp="ISIS"))
Q("Huwaija attacks in 2023", "listing", F_(place="Hawija", per=year(2023)))
Q("briefing please: Kirkuk province, 16-31 Aug 2023", "briefing", F_(prov="Kirkuk", per=("2023-08-16", "2023-08-31")))
Q("Kirkuk city only, 2023", "listing", F_(place="Kirkuk", per=year(2023)))
# Anbar, February 2021
Q("Al Anbar in Feb 2021, everything you have", "listing", F_(prov="Anbar", per=M("2021-02")))
Q("attacks on US forces in Anbar, February 2021", "listing", F_(prov="Anbar", per=M("2021-02"), target="US forces"))
Q("how many in Anbar Feb 2021?", "count", F_(prov="Anbar", per=M("2021-02")))
Q("Anbar Q1 2021 ambushes", "listing", F_(prov="Anbar", per=("2021-01-01", "2021-03-31"), type="ambush"))
Q("tribal hashd targeted in anbar feb 2021?", "listing", F_(prov="Anbar", per=M("2021-02"), target="PMU"))
Q("attacks on the outskirts of Falluja, February 2021", "listing", F_(place="Fallujah", near=True, per=M("2021-02")))
# Baghdad, June 2024
Q("Baghdad province June 2024", "listing", F_(prov="Baghdad", per=M("2024-06")))
Q("how many bombs went off in Baghdad province in June 2024?", "count", F_(prov="Baghdad", per=M("2024-06"), type="ied"))
Q("baghdad city, 2024-06", "listing", F_(place="Baghdad", per=M("2024-06")))
Q("attacks in the vicinity of Baghdad city, June 2024", "listing", F_(place="Baghdad", near=True, per=M("2024-06")))
Q("Baghdad governorate June 2024 - attacks targeting civilians", "listing",
  F_(prov="Baghdad", per=M("2024-06"), target="civilians"))
Q("unknown-perpetrator attacks in Baghdad province, June 2024", "listing",
  F_(prov="Baghdad", per=M("2024-06"), perp="unknown"))
# Salahuddin, April 2020
Q("Saladin province April 2020", "listing", F_(prov="Salahuddin", per=M("2020-04")))
Q("Salahuddin Apr 2020 - how many targeted the PMU?", "count", F_(prov="Salahuddin", per=M("2020-04"), target="PMU"))
Q("list IS attacks on soldiers in Salah al-Din, spring 2020 (Mar-May)", "listing",
  F_(prov="Salahuddin", per=("2020-03-01", "2020-05-31"), perp="ISIS", target="army"))
Q("Samarra April 2020", "listing", F_(place="Samarra", per=M("2020-04")))
Q("give me a brief on Salahuddin, first half of April 2020", "briefing",
  F_(prov="Salahuddin", per=("2020-04-01", "2020-04-15")))
# Dohuk, July 2022
Q("Dohuk July 2022 incidents", "listing", F_(prov="Dohuk", per=M("2022-07")))
Q("Turkish strikes in Duhok province, July 2022", "listing", F_(prov="Dohuk", per=M("2022-07"), perp="Turkey"))
Q("how many Turkish drone strikes hit Dohuk governorate in July 2022", "count",
  F_(prov="Dohuk", per=M("2022-07"), perp="Turkey", type="airstrike_operation"))
Q("shelling in Dohuk governorate jul 2022", "listing", F_(prov="Dohuk", per=M("2022-07"), type="mortar_rocket"))
Q("Zakho, July 2022", "listing", F_(place="Zakho", per=M("2022-07")))
Q("attacks near Amedi in 2022", "listing", F_(place="Amedi", near=True, per=year(2022)))
Q("Amadiya district, summer 2022 (Jun-Aug)", "listing", F_(place="Amedi", per=("2022-06-01", "2022-08-31")))
Q("brief me on Dohuk, July 2022", "briefing", F_(prov="Dohuk", per=M("2022-07")))
# other provinces and themes
Q("Erbil province attacks 2019-2025", "listing", F_(prov="Erbil", per=("2019-01-01", "2025-12-31")))
Q("Turkish strikes in Slemani province since 2021", "listing", F_(prov="Sulaymaniyah", per=("2021-01-01", None), perp="Turkey"))
Q("attacks on US forces in 2021", "listing", F_(per=year(2021), target="US forces"))
Q("coalition convoys hit in 2020-2022", "listing", F_(per=("2020-01-01", "2022-12-31"), target="US forces"))
Q("protesters shot by the security forces in 2019", "listing",
  F_(per=year(2019), type="shooting", perp="security forces", target="civilians"))
Q("Basra gov. 2019", "listing", F_(prov="Basra", per=year(2019)))
Q("Dhi Qar 2021-2022", "listing", F_(prov="Dhi Qar", per=("2021-01-01", "2022-12-31")))
Q("Maysan since 2021", "listing", F_(prov="Maysan", per=("2021-01-01", None)))
Q("Qadisiyah province, all dates", "listing", F_(prov="Qadisiyah"))
Q("muthanna 2019-2025 attacks", "listing", F_(prov="Muthanna", per=("2019-01-01", "2025-12-31")))
Q("Waset province in H2 2019", "listing", F_(prov="Wasit", per=("2019-07-01", "2019-12-31")))
Q("karbala governorate attacks 2023", "listing", F_(prov="Karbala", per=year(2023)))
Q("Babil, 2019 through 2023", "listing", F_(prov="Babil", per=("2019-01-01", "2023-12-31")))
Q("Najaf gov. since 2023", "listing", F_(prov="Najaf", per=("2023-01-01", None)))
Q("grenade attacks in Dhi Qar", "listing", F_(prov="Dhi Qar", type="other"))
Q("kidnappings in 2020", "listing", F_(per=year(2020), type="kidnapping"))
Q("PKK targets hit in 2022", "listing", F_(per=year(2022), target="PKK"))
Q("every attack on the Peshmerga you have", "listing", F_(target="Peshmerga"))
Q("attacks on border guards in 2021", "listing", F_(per=year(2021), target="security forces"))
Q("Tooz 2023", "listing", F_(place="Tuz Khurmatu", per=year(2023)))
Q("suicide bombings in 2022", "listing", F_(per=year(2022), type="suicide"))
Q("PMU-perpetrated attacks, any date", "listing", F_(perp="PMU"))
Q("Q3 2022 attacks in Erbil province", "listing", F_(prov="Erbil", per=("2022-07-01", "2022-09-30")))
Q("Sulaymaniyah city 2019", "listing", F_(place="Sulaymaniyah", per=year(2019)))
Q("rocket attacks in basra province", "listing", F_(prov="Basra", type="mortar_rocket"))
Q("Sulaimaniya governorate, 2022-2024", "listing", F_(prov="Sulaymaniyah", per=("2022-01-01", "2024-12-31")))
Q("Diyala 2022, Peshmerga targets", "listing", F_(prov="Diyala", per=year(2022), target="Peshmerga"))
Q("attacks on Saraya al-Salam or other Hashd in 2023", "listing", F_(per=year(2023), target="PMU"))
# counts
Q("how many attacks were recorded across Iraq in Q4 2019?", "count", F_(per=("2019-10-01", "2019-12-31")))
Q("number of IED attacks in Anbar in 2021", "count", F_(prov="Anbar", per=year(2021), type="ied"))
Q("count rocket attacks 2021", "count", F_(per=year(2021), type="mortar_rocket"))
Q("how many attacks on the PKK, 2019-2025?", "count", F_(per=("2019-01-01", "2025-12-31"), target="PKK"))
Q("kidnappings since 2019 - how many?", "count", F_(per=("2019-01-01", None), type="kidnapping"))
Q("How many attacks hit Karbala governorate in 2023?", "count", F_(prov="Karbala", per=year(2023)))
Q("Salahuddin Q2 2020, give me a number", "count", F_(prov="Salahuddin", per=("2020-04-01", "2020-06-30")))
Q("how many turkish attacks in erbil province overall", "count", F_(prov="Erbil", perp="Turkey"))
# briefings
Q("briefing on attacks against US troops in 2024", "briefing", F_(per=year(2024), target="US forces"))
Q("summary of Kirkuk gov. Aug 2023, IS only", "briefing", F_(prov="Kirkuk", per=M("2023-08"), perp="ISIS"))
Q("give me a briefing on Turkish strikes in Erbil province, 2019-2025", "briefing",
  F_(prov="Erbil", per=("2019-01-01", "2025-12-31"), perp="Turkey"))
Q("short brief: Anbar, Feb 2021", "briefing", F_(prov="Anbar", per=M("2021-02")))
# relative periods
Q("anything in Dohuk province last month?", "listing", F_(prov="Dohuk", per=M("2022-07")), today="2022-08-04")
Q("Baghdad province so far this year", "listing", F_(prov="Baghdad", per=("2024-01-01", None)), today="2024-07-01")
Q("Salahuddin, last quarter - how many?", "count", F_(prov="Salahuddin", per=("2020-04-01", "2020-06-30")),
  today="2020-07-10")
Q("Kirkuk gov, last year", "listing", F_(prov="Kirkuk", per=year(2023)), today="2024-01-15")
Q("diyala last month pls", "listing", F_(prov="Diyala", per=M("2022-05")), today="2022-06-02")

# ------------------------------------------------------------------ single-event questions
def S(text, key, sfx, fld, flt, today="2025-12-01"):
    Q(text, "fact", flt, today=today, ev=(key, sfx), field=fld)


S("what did the death count of the Balad Ruz minibus bombing end up at (May 2022)?", "G1", "a", "killed",
  F_(place="Balad Ruz", per=M("2022-05"), type="ied"))
S("how many wounded in the Baladruz minibus blast (May 2022)?", "G1", "a", "wounded",
  F_(place="Balad Ruz", per=M("2022-05")))
S("farmers shot dead in Muqdadiya on 10 May 2022 - how many?", "B1", "b", "killed",
  F_(place="Muqdadiyah", per=day("2022-05-10"), type="shooting", target="civilians"))
S("Mansuriyat al-Jabal PMF post attack, 18 May 2022: how many hurt?", "X1", "a", "wounded",
  F_(place="Mansuriyat al-Jabal", per=day("2022-05-18"), target="PMU"))
S("How many farmers lost their lives near Kanaan on 20 May 2022?", "D1", "a", "killed",
  F_(place="Kanaan", per=day("2022-05-20"), target="civilians"))
S("which group was held responsible for the attack on the Peshmerga near Qara Tapa in May 2022?", "K1", "a", "perpetrator",
  F_(place="Qara Tapa", per=M("2022-05"), target="Peshmerga"))
S("Wajihiya cafe bomb, May 2022 - fatalities?", "J1", "a", "killed",
  F_(place="Wajihiya", per=M("2022-05"), type="ied"))
S("Khalis outskirts, 22 May 2022, Hashd point attacked - injured count?", "M1", "a", "wounded",
  F_(place="Khalis", per=day("2022-05-22"), target="PMU"))
S("was anyone hurt when the water station near Al-Udhaim was bombed in May 2022?", "N1", "a", "wounded",
  F_(place="Udhaim", per=M("2022-05"), type="ied"))
S("how many soldiers died in the roadside bomb near Hatra in Nov 2020?", "B2", "b", "killed",
  F_(place="Hatra", per=M("2020-11"), type="ied", target="army"))
S("two shepherds abducted near Talafar in November 2020 - how many were found dead?", "S2", "b", "killed",
  F_(place="Tal Afar", per=M("2020-11"), type="kidnapping", target="civilians"))
S("Federal Police vehicle bombed in Al-Shura, 25 Nov 2020: number of wounded?", "M2", "a", "wounded",
  F_(place="Shura", per=day("2020-11-25"), type="ied", target="police"))
S("Makhmour, 28 November 2020 - how many peshmerga killed?", "K2", "a", "killed",
  F_(place="Makhmour", per=day("2020-11-28"), target="Peshmerga"))
S("after the correction, how many shepherds died near Zummar (18 Nov 2020)?", "G2", "a", "killed",
  F_(place="Zummar", per=day("2020-11-18"), target="civilians"))
S("what was the date IS killed two soldiers at Hammam al-Alil in November 2020?", "D2", "a", "event_date",
  F_(place="Hammam al-Alil", per=M("2020-11"), perp="ISIS", target="army"))
S("who's behind the IED on the army patrol in the Baaj desert, Nov 2020?", "T2", "a", "perpetrator",
  F_(place="Baaj", per=M("2020-11"), type="ied", target="army"))
S("Bartella checkpoint IED on 29 Nov 2020 - anybody killed?", "E2", "a", "killed",
  F_(place="Bartella", per=day("2020-11-29"), type="ied"))
S("how many federal police were injured by the IED near Daquq in Aug 2023?", "B3", "a", "wounded",
  F_(place="Daquq", per=M("2023-08"), type="ied", target="police"))
S("what's the latest death figure for the Rashad market bombing in August 2023?", "G3", "a", "killed",
  F_(place="Rashad", per=M("2023-08"), type="ied"))
S("Hawija army positions attacked 22 Aug 2023: injured soldiers?", "F3", "a", "wounded",
  F_(place="Hawija", per=day("2023-08-22"), target="army"))
S("the night shooting on a car near Dibis, 11 Aug 2023 - dead?", "M3", "a", "killed",
  F_(place="Dibis", per=day("2023-08-11"), type="shooting"))
S("how many were killed by the roadside bomb in Laylan on 24 August 2023?", "D3", "a", "killed",
  F_(place="Laylan", per=day("2023-08-24"), type="ied"))
S("pipeline IED at the Jambur field near Laylan, 1 Aug 2023 - any injuries?", "E3", "a", "wounded",
  F_(place="Laylan", per=day("2023-08-01"), type="ied"))
S("Al-Multaqa patrol bomb, 30 August 2023: how many federal police wounded?", "J3", "a", "wounded",
  F_(place="Multaqa", per=day("2023-08-30"), type="ied", target="police"))
S("who carried out the culvert bomb on police near Taza on 27 Aug 2023?", "X3", "a", "perpetrator",
  F_(place="Taza", per=day("2023-08-27"), type="ied", target="police"))
S("bomb on a coalition supply truck near Rutba, 8 Feb 2021 - were there deaths?", "B4", "a", "killed",
  F_(place="Rutba", per=day("2021-02-08"), type="ied", target="US forces"))
S("Tribal Mobilization patrol ambushed near Rawa, 13 Feb 2021. fighters killed?", "S4", "a", "killed",
  F_(place="Rawa", per=day("2021-02-13"), type="ambush", target="PMU"))
S("Ain al-Asad rockets on 20 Feb 2021, anyone injured?", "F4", "a", "wounded",
  F_(place="Ain al-Asad", per=day("2021-02-20"), type="mortar_rocket"))
S("hit tribal hashd post attacked on 23 feb 2021, how many killed", "X4", "a", "killed",
  F_(place="Hit", per=day("2021-02-23"), target="PMU"))
S("Anah attack on tribal fighters, Feb 2021 - revised death toll?", "G4", "a", "killed",
  F_(place="Anah", per=M("2021-02"), target="PMU"))
S("Al-Baghdadi army position hit on 15 Feb 2021 - wounded?", "J4", "a", "wounded",
  F_(place="Baghdadi", per=day("2021-02-15"), target="army"))
S("who was responsible for killing the PMF fighter near Haditha on 5 Feb 2021?", "D4", "a", "perpetrator",
  F_(place="Haditha", per=day("2021-02-05"), target="PMU"))
S("the deminer hurt by an IED near Amiriyat al-Fallujah in February 2021 - exact date?", "N4", "a", "event_date",
  F_(place="Amiriyat al-Fallujah", per=M("2021-02"), type="ied"))
S("army vehicle blown up in Al-Karma, Feb 2021 - soldiers hurt?", "M4", "a", "wounded",
  F_(place="Karma", per=M("2021-02"), target="army"))
S("Palestine Street sound bomb in Baghdad, 3 June 2024: any injuries?", "B5", "a", "wounded",
  F_(place="Baghdad", per=day("2024-06-03"), type="ied"))
S("Mahmudiyah army checkpoint shooting on 20 June 2024, how many soldiers died in the end?", "G5", "a", "killed",
  F_(place="Mahmudiyah", per=day("2024-06-20"), type="shooting", target="army"))
S("Dora sticky bomb on an interior ministry officer's car, June 2024 - how many hurt?", "X5", "a", "wounded",
  F_(place="Dora", per=M("2024-06"), type="ied"))
S("Al-Shaab sticky bomb, 18 June 2024 - how many killed?", "D5", "a", "killed",
  F_(place="Al-Shaab", per=day("2024-06-18"), type="ied"))
S("explosive dropped by a drone at Baghdad International Airport on 11 June 2024 - how many US personnel injured?",
  "S5", "b", "wounded", F_(place="Baghdad International Airport", per=day("2024-06-11"), target="US forces"))
S("al-amiriya car bomb on 26 june 2024, how many wounded", "J5", "a", "wounded",
  F_(place="Al-Amiriya", per=day("2024-06-26"), type="ied"))
S("PMU vehicle hit by an IED in the Jallam desert east of Samarra, April 2020: how many injured?", "B6", "b", "wounded",
  F_(place="Samarra", per=M("2020-04"), type="ied", target="PMU"))
S("Ishaqi ambush on PMU fighters, 25 April 2020 - dead?", "F6", "a", "killed",
  F_(place="Ishaqi", per=day("2020-04-25"), type="ambush", target="PMU"))
S("siniya army post attack in april 2020 - how many soldiers ended up dead", "G6", "a", "killed",
  F_(place="Siniya", per=M("2020-04"), target="army"))
S("Yathrib Hashd point attack at dawn on 15 April 2020: wounded?", "T6", "a", "wounded",
  F_(place="Yathrib", per=day("2020-04-15"), target="PMU"))
S("how many PMF fighters did the Amerli attack of 2 April 2020 kill?", "D6", "a", "killed",
  F_(place="Amirli", per=day("2020-04-02"), target="PMU"))
S("who attacked the tribal fighters' post west of Shirqat on 28 April 2020?", "J6", "a", "perpetrator",
  F_(place="Sharqat", per=day("2020-04-28"), target="PMU"))
S("In which town did an IED kill a soldier in Salahuddin on 19 April 2020?", "M6", "a", "place_canonical",
  F_(prov="Salahuddin", per=day("2020-04-19"), type="ied", target="army"))
S("Turkish drone strike near Sharanish, Zakho district, on 11 July 2022 - how many killed?", "B7", "a", "killed",
  F_(place="Zakho", per=day("2022-07-11"), type="airstrike_operation", perp="Turkey"))
S("Batifa car strike 23 July 2022: who did it?", "S7", "a", "perpetrator",
  F_(place="Batifa", per=day("2022-07-23")))
S("how many died when Turkish aircraft hit a vehicle near Sarsing on 21 July 2022?", "M7", "a", "killed",
  F_(place="Sarsing", per=day("2022-07-21"), perp="Turkey"))
S("kani masi shelling 19 july 2022 how many civilians wounded", "K4", "a", "wounded",
  F_(place="Kani Masi", per=day("2022-07-19"), type="mortar_rocket", target="civilians"))
S("When was the Turkish shelling near Darkar in Zakho district that wounded three civilians (July 2022)?", "J7", "a",
  "event_date", F_(place="Zakho", per=M("2022-07"), type="mortar_rocket", perp="Turkey", target="civilians"))
S("Kesta farmhouse drone strike, 29 July 2022 - civilian deaths?", "X7", "a", "killed",
  F_(place="Kesta", per=day("2022-07-29"), type="airstrike_operation", target="civilians"))
S("how many civilians did the Turkish drone kill near Amedi on 16 July 2022?", "G7", "a", "killed",
  F_(place="Amedi", per=day("2022-07-16"), perp="Turkey", target="civilians"))
S("Chamanke pick-up truck strike (3 July 2022) - killed?", "D7", "a", "killed",
  F_(place="Chamanke", per=day("2022-07-03")))
S("KDP official's car bomb in Duhok city, 8 July 2022: how many injured?", "K3", "a", "wounded",
  F_(place="Duhok", per=day("2022-07-08"), type="ied"))
S("protesters shot outside the provincial council in Basra city on 28 Oct 2019 - how many wounded?", "B8", "a", "wounded",
  F_(place="Basra", per=day("2019-10-28"), type="shooting", target="civilians"))
S("Qurna protesters fired on in November 2019 - how many wounded?", "G8", "a", "wounded",
  F_(place="Qurna", per=M("2019-11"), target="civilians"))
S("Kut governorate building protest, 6 Nov 2019, how many demonstrators wounded?", "M9", "a", "wounded",
  F_(place="Kut", per=day("2019-11-06"), target="civilians"))
S("Erbil International Airport drone attack 11 Sept 2021 - any killed?", "S8", "a", "killed",
  F_(place="Erbil International Airport", per=day("2021-09-11")))
S("who claimed the drone attack on Harir air base on 2 Nov 2023?", "X8", "a", "perpetrator",
  F_(place="Harir", per=day("2023-11-02")))
S("Koya car bomb on 20 June 2023 - were any of his family hurt?", "K12", "a", "wounded",
  F_(place="Koya", per=day("2023-06-20"), type="ied"))
S("Khalifan drone strike (Soran district), 19 June 2021 - how many wounded?", "D8", "a", "wounded",
  F_(place="Soran", per=day("2021-06-19"), type="airstrike_operation"))
S("Mishkhab Sadrist office attack, 31 Aug 2022 - how many injured besides the dead guard?", "J9", "a", "wounded",
  F_(place="Mishkhab", per=day("2022-08-31")))
S("shots at a candidate's house in Karbala city, 9 Dec 2023: anyone injured?", "X10", "a", "wounded",
  F_(place="Karbala", per=day("2023-12-09"), type="shooting"))
S("Ain al-Tamr, Aug 2021, PMF fighters killed - latest figure?", "G11", "a", "killed",
  F_(place="Ain al-Tamr", per=M("2021-08"), target="PMU"))
S("who shot the Asaib member in Qalat Salih in April 2025?", "M12", "a", "perpetrator",
  F_(place="Qalat Salih", per=M("2025-04"), type="shooting"))
S("date of the assassination of the National Security Service officer in Amarah (Dec 2019)?", "T11", "a", "event_date",
  F_(place="Amarah", per=M("2019-12"), target="security forces"))
S("bus station bomb in karbala city, jan 2025 - how many hurt", "E9", "a", "wounded",
  F_(place="Karbala", per=M("2025-01"), type="ied"))
S("Darbandikhan Asayish checkpoint attack, April 2024: killed?", "K8", "a", "killed",
  F_(place="Darbandikhan", per=M("2024-04")))
S("Chwarta drone strike on 27 Aug 2024 - injuries?", "D11", "a", "wounded",
  F_(place="Chwarta", per=day("2024-08-27"), type="airstrike_operation"))
S("Where did the Turkish drone strike in Sulaymaniyah province on 14 August 2021 hit?", "N9", "a", "place_canonical",
  F_(prov="Sulaymaniyah", per=day("2021-08-14"), type="airstrike_operation", perp="Turkey"))
S("Kalar sticky bomb on a Peshmerga officer, June 2022 - deaths?", "G10", "a", "killed",
  F_(place="Kalar", per=M("2022-06"), type="ied", target="Peshmerga"))
S("samawah coalition convoy IED on 24 aug 2020, how many killed", "F11", "a", "killed",
  F_(place="Samawa", per=day("2020-08-24"), type="ied", target="US forces"))
S("When was the Qadisiyah provincial councillor assassinated in Diwaniyah in 2024?", "S10", "a", "event_date",
  F_(place="Diwaniyah", per=year(2024)))
S("Musayyib minibus bomb, 11 June 2019: how many people did it kill?", "B10", "a", "killed",
  F_(place="Musayyib", per=day("2019-06-11"), type="ied"))

# ------------------------------------------------------------------ no-match
Q("How many were killed in the suicide bombing in Kirkuk city in August 2023?", "fact",
  F_(place="Kirkuk", per=M("2023-08"), type="suicide"), field="killed", no_match=True)
Q("what was the toll of the Turkish air strike on Zakho in June 2024?", "fact",
  F_(place="Zakho", per=M("2024-06"), type="airstrike_operation", perp="Turkey"), field="killed", no_match=True)
Q("who kidnapped the engineer in Basra province in 2021?", "fact",
  F_(prov="Basra", per=year(2021), type="kidnapping"), field="perpetrator", no_match=True)

# ------------------------------------------------------------------ conversations
C("Diyala May 2022", "listing", F_(prov="Diyala", per=M("2022-05")),
  "just the ones that hit the Hashd", "listing", F_(prov="Diyala", per=M("2022-05"), target="PMU"))
C("Nineveh, Nov 2020 - list them", "listing", F_(prov="Nineveh", per=M("2020-11")),
  "tally them up", "count", F_(prov="Nineveh", per=M("2020-11")))
C("Kirkuk province Aug 2023", "listing", F_(prov="Kirkuk", per=M("2023-08")),
  "narrow it to bombs", "listing", F_(prov="Kirkuk", per=M("2023-08"), type="ied"))
C("Anbar Feb 2021", "listing", F_(prov="Anbar", per=M("2021-02")),
  "keep only Daesh", "listing", F_(prov="Anbar", per=M("2021-02"), perp="ISIS"))
C("Baghdad province June 2024", "listing", F_(prov="Baghdad", per=M("2024-06")),
  "put that in a briefing", "briefing", F_(prov="Baghdad", per=M("2024-06")))
C("attacks on the PMU in Salahuddin, April 2020", "listing", F_(prov="Salahuddin", per=M("2020-04"), target="PMU"),
  "stretch it to the whole spring, Mar-May", "listing",
  F_(prov="Salahuddin", per=("2020-03-01", "2020-05-31"), target="PMU"))
C("Dohuk July 2022", "listing", F_(prov="Dohuk", per=M("2022-07")),
  "only Turkey's", "listing", F_(prov="Dohuk", per=M("2022-07"), perp="Turkey"))
C("Turkish strikes in Erbil province", "listing", F_(prov="Erbil", perp="Turkey"),
  "what about Sulaymaniyah province?", "listing", F_(prov="Sulaymaniyah", perp="Turkey"))
C("attacks on US forces in 2021", "listing", F_(per=year(2021), target="US forces"),
  "and the year after?", "listing", F_(per=year(2022), target="US forces"))
C("Zakho, July 2022", "listing", F_(place="Zakho", per=M("2022-07")),
  "zoom out to all of Dohuk governorate", "listing", F_(prov="Dohuk", per=M("2022-07")))
C("Samarra April 2020", "listing", F_(place="Samarra", per=M("2020-04")),
  "include the surrounding area", "listing", F_(place="Samarra", near=True, per=M("2020-04")))
C("attacks near Hawija in August 2023", "listing", F_(place="Hawija", near=True, per=M("2023-08")),
  "just Hawija proper", "listing", F_(place="Hawija", per=M("2023-08")))
C("Basra province 2019", "listing", F_(prov="Basra", per=year(2019)),
  "move it to 2020", "listing", F_(prov="Basra", per=year(2020)))
C("IEDs in Baghdad province, June 2024", "listing", F_(prov="Baghdad", per=M("2024-06"), type="ied"),
  "drop the bomb filter", "listing", F_(prov="Baghdad", per=M("2024-06")))
C("shootings in Diyala, May 2022", "listing", F_(prov="Diyala", per=M("2022-05"), type="shooting"),
  "what's the count?", "count", F_(prov="Diyala", per=M("2022-05"), type="shooting"))
C("Nineveh Nov 2020, IS attacks", "listing", F_(prov="Nineveh", per=M("2020-11"), perp="ISIS"),
  "perpetrator doesn't matter - show the ones on soldiers", "listing", F_(prov="Nineveh", per=M("2020-11"), target="army"))
C("Kirkuk province, last month", "listing", F_(prov="Kirkuk", per=M("2023-08")),
  "what about July?", "listing", F_(prov="Kirkuk", per=M("2023-07")), today="2023-09-03")
C("Dhi Qar since 2021", "listing", F_(prov="Dhi Qar", per=("2021-01-01", None)),
  "limit to grenades", "listing", F_(prov="Dhi Qar", per=("2021-01-01", None), type="other"))
C("Turkish strikes on civilians in 2022", "listing", F_(per=year(2022), perp="Turkey", target="civilians"),
  "and 2023-2024?", "listing", F_(per=("2023-01-01", "2024-12-31"), perp="Turkey", target="civilians"))
C("Anbar Feb 2021, attacks on the tribal Hashd", "listing", F_(prov="Anbar", per=M("2021-02"), target="PMU"),
  "brief me instead", "briefing", F_(prov="Anbar", per=M("2021-02"), target="PMU"))
C("Salahuddin April 2020", "listing", F_(prov="Salahuddin", per=M("2020-04")),
  "first ten days only", "listing", F_(prov="Salahuddin", per=("2020-04-01", "2020-04-10")))
C("Maysan, all dates", "listing", F_(prov="Maysan"),
  "only those with an unknown attacker", "listing", F_(prov="Maysan", perp="unknown"))
C("Erbil province 2023", "listing", F_(prov="Erbil", per=year(2023)),
  "extend back to 2021", "listing", F_(prov="Erbil", per=("2021-01-01", "2023-12-31")))
C("shelling in Dohuk, July 2022", "listing", F_(prov="Dohuk", per=M("2022-07"), type="mortar_rocket"),
  "drone strikes rather than shelling", "listing", F_(prov="Dohuk", per=M("2022-07"), type="airstrike_operation"))
