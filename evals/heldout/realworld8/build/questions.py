"""realworld8 questions and conversations. Gold filters carry exactly what
the question's own words state (README, "Filter convention")."""
from lib import Q, C, f, month, year, span


def fm(ym, **kw):
    a, b = month(ym)
    return f(dfrom=a, dto=b, **kw)


def fy(y, **kw):
    a, b = year(y)
    return f(dfrom=a, dto=b, **kw)


def fr(a, b, **kw):
    return f(dfrom=a, dto=b, **kw)


def fd(day, **kw):
    return f(dfrom=day, dto=day, **kw)


L, N, B, X = "listing", "count", "briefing", "fact"

# ------------------------------------------------ Diyala, February 2023
Q("Diala, Feb '23 - list everything you've got", L, fm("2023-02", prov="Diyala"))
Q("how many attacks did Diyala have in February 2023?", N, fm("2023-02", prov="Diyala"))
Q("Diyala, 2023-02, IS-attributed only", L, fm("2023-02", prov="Diyala", perp="ISIS"))
Q("number of IEDs in Diyala during Feb 2023", N, fm("2023-02", prov="Diyala", type="ied"))
Q("Diyala incidents 1st to 14th Feb 2023", L, fr("2023-02-01", "2023-02-14", prov="Diyala"))
Q("which attacks on the Hashd happened in Diyala in Feb 2023?", L, fm("2023-02", prov="Diyala", target="PMU"))
Q("Give me a briefing on Diyala for winter 2022-23 (Dec to Feb).", B, fr("2022-12-01", "2023-02-28", prov="Diyala"))
Q("anything in Muqdadiya during 2023?", L, fy(2023, place="Muqdadiyah"))
Q("shootings in Diyala province, first quarter of 2023", L, fr("2023-01-01", "2023-03-31", prov="Diyala", type="shooting"))
Q("Diyala 2025 so far - what's on file?", L, fr("2025-01-01", None, prov="Diyala"), today="2025-06-10")
# ------------------------------------------------ Nineveh, June 2021
Q("Nainawa, June 2021: full list", L, fm("2021-06", prov="Nineveh"))
Q("count of Nineveh incidents in H1 2021", N, fr("2021-01-01", "2021-06-30", prov="Nineveh"))
Q("Ninewa, second half of June 2021", L, fr("2021-06-16", "2021-06-30", prov="Nineveh"))
Q("Turkish strikes in Nineveh during 2021?", L, fy(2021, prov="Nineveh", perp="Turkey"))
Q("Mosul city attacks, summer 2021 (Jun-Aug)", L, fr("2021-06-01", "2021-08-31", place="Mosul"))
Q("how many bombings hit Ninawa province in June 2021?", N, fm("2021-06", prov="Nineveh", type="ied"))
Q("Shingal incidents in 2021", L, fy(2021, place="Sinjar"))
Q("Talafar, June 2021 - what happened?", L, fm("2021-06", place="Tal Afar"))
Q("Brief me on attacks against the Hashd in Nineveh during 2021.", B, fy(2021, prov="Nineveh", target="PMU"))
Q("Nineveh: IS-blamed attacks on civilians, 2021", L, fy(2021, prov="Nineveh", perp="ISIS", target="civilians"))
# ------------------------------------------------ Kirkuk, May 2024
Q("Tamim (Kirkuk) governorate, May 2024 - all incidents", L, fm("2024-05", prov="Kirkuk"))
Q("Kirkuk governorate: how many incidents in Q2 2024?", N, fr("2024-04-01", "2024-06-30", prov="Kirkuk"))
Q("Kirkuk city only, May 2024", L, fm("2024-05", place="Kirkuk"))
Q("Kerkuk province shootings, May '24", L, fm("2024-05", prov="Kirkuk", type="shooting"))
Q("kidnappings in Kirkuk province in 2024 - how many?", N, fy(2024, prov="Kirkuk", type="kidnapping"))
Q("Kirkuk prov., 10-20 May 2024", L, fr("2024-05-10", "2024-05-20", prov="Kirkuk"))
Q("Daquq - every incident on record", L, f(place="Daquq"))
Q("police targeted in Kirkuk province in 2024", L, fy(2024, prov="Kirkuk", target="police"))
Q("Huwaija attacks 2024", L, fy(2024, place="Hawija"))
Q("How many Kirkuk-province incidents hit civilians in May 2024?", N, fm("2024-05", prov="Kirkuk", target="civilians"))
# ------------------------------------------------ Anbar, November 2019
Q("Al Anbar, Nov. 2019", L, fm("2019-11", prov="Anbar"))
Q("how many attacks in Anbar in Q4 2019", N, fr("2019-10-01", "2019-12-31", prov="Anbar"))
Q("suicide attacks in Anbar, 2019", L, fy(2019, prov="Anbar", type="suicide"))
Q("attacks on US troops in Anbar", L, f(prov="Anbar", target="US forces"))
Q("Anbar, army targeted, autumn 2019 (Sep-Nov): count", N, fr("2019-09-01", "2019-11-30", prov="Anbar", target="army"))
Q("Daesh attacks in Anbar prov during 2019", L, fy(2019, prov="Anbar", perp="ISIS"))
Q("Anbar briefing for the last ten days of November 2019", B, fr("2019-11-21", "2019-11-30", prov="Anbar"))
Q("Anbar roadside bombs, November 2019 - how many?", N, fm("2019-11", prov="Anbar", type="ied"))
Q("Hashd hit in Anbar, late 2019 (Oct-Dec)", L, fr("2019-10-01", "2019-12-31", prov="Anbar", target="PMU"))
# ------------------------------------------------ Baghdad, August 2022
Q("Baghdad governorate, August 2022", L, fm("2022-08", prov="Baghdad"))
Q("Baghdad governorate: number of incidents, summer 2022 (June-Aug)", N, fr("2022-06-01", "2022-08-31", prov="Baghdad"))
Q("Baghdad city proper, Aug 2022 - not the outlying districts", L, fm("2022-08", place="Baghdad"))
Q("grenade-type / other attacks in Baghdad province, 2022", L, fy(2022, prov="Baghdad", type="other"))
Q("PMU targeted in Baghdad governorate in Aug 2022 - count", N, fm("2022-08", prov="Baghdad", target="PMU"))
Q("rocket attacks on Baghdad province in 2022?", L, fy(2022, prov="Baghdad", type="mortar_rocket"))
Q("Abu Ghraib, 2022", L, fy(2022, place="Abu Ghraib"))
Q("Baghdad prov from 20 Aug 2022 through month-end", L, fr("2022-08-20", "2022-08-31", prov="Baghdad"))
Q("Baghdad governorate bombings in August 2022, how many", N, fm("2022-08", prov="Baghdad", type="ied"))
Q("what happened in Baghdad province last month?", L, fm("2022-08", prov="Baghdad"), today="2022-09-12")
# ------------------------------------------------ Salahuddin, December 2020
Q("Salah al-Din, December 2020", L, fm("2020-12", prov="Salahuddin"))
Q("SaD province incidents in Q4 2020 - number?", N, fr("2020-10-01", "2020-12-31", prov="Salahuddin"))
Q("Saladin province, IS attacks, Dec 2020", L, fm("2020-12", prov="Salahuddin", perp="ISIS"))
Q("how many PMU-targeted attacks in Salahuddin in 2020?", N, fy(2020, prov="Salahuddin", target="PMU"))
Q("Tooz incidents, any date", L, f(place="Tuz Khurmatu"))
Q("brief: Salahuddin, first half of December 2020", B, fr("2020-12-01", "2020-12-15", prov="Salahuddin"))
Q("kidnappings in Salahuddin during 2020", L, fy(2020, prov="Salahuddin", type="kidnapping"))
Q("Salahuddin, attacks on police, Dec 2020", L, fm("2020-12", prov="Salahuddin", target="police"))
Q("Shirqat attacks", L, f(place="Sharqat"))
# ------------------------------------------------ Dohuk, May 2022
Q("Dihok province, May 2022", L, fm("2022-05", prov="Dohuk"))
Q("how many Turkish attacks in Duhuk province in 2022?", N, fy(2022, prov="Dohuk", perp="Turkey"))
Q("Turkish shelling in Dohuk, spring 2022 (Mar-May)", L, fr("2022-03-01", "2022-05-31", prov="Dohuk", perp="Turkey", type="mortar_rocket"))
Q("Amadiya district incidents in 2022", L, fy(2022, place="Amedi"))
Q("Zakhu, May 2022 - count", N, fm("2022-05", place="Zakho"))
Q("strikes on PKK people in Dohuk province", L, f(prov="Dohuk", target="PKK"))
Q("Duhok governorate: brief me on the air and drone strikes of May 2022", B, fm("2022-05", prov="Dohuk", type="airstrike_operation"))
Q("Dohuk province civilians harmed by Turkish fire, May 2022", L, fm("2022-05", prov="Dohuk", perp="Turkey", target="civilians"))
Q("Dohuk province so far this year", L, fr("2022-01-01", None, prov="Dohuk"), today="2022-06-01")
# ------------------------------------------------ Erbil / Sulaymaniyah
Q("Arbil governorate attacks, 2023", L, fy(2023, prov="Erbil"))
Q("Hewler province, July 2023 - how many?", N, fm("2023-07", prov="Erbil"))
Q("Turkish strikes in Erbil province, all years", L, f(prov="Erbil", perp="Turkey"))
Q("US forces targeted in Erbil province", L, f(prov="Erbil", target="US forces"))
Q("Erbil province this year", L, fy(2023, prov="Erbil"), today="2023-12-01")
Q("Slemani province, 2024", L, fy(2024, prov="Sulaymaniyah"))
Q("Sulaimaniya governorate, summer 2024 (Jun-Aug): count", N, fr("2024-06-01", "2024-08-31", prov="Sulaymaniyah"))
Q("Turkish drone strikes in Sulaymaniyah province", L, f(prov="Sulaymaniyah", perp="Turkey", type="airstrike_operation"))
Q("Sulaymaniyah province last quarter", L, fr("2024-04-01", "2024-06-30", prov="Sulaymaniyah"), today="2024-07-15")
Q("Slemani governorate: shootings, any time", L, f(prov="Sulaymaniyah", type="shooting"))
# ------------------------------------------------ south and centre
Q("Al-Basra governorate, July-August 2021", L, fr("2021-07-01", "2021-08-31", prov="Basra"))
Q("Basra province IEDs in 2021, count please", N, fy(2021, prov="Basra", type="ied"))
Q("coalition convoys and troops hit in Basra province", L, f(prov="Basra", target="US forces"))
Q("Zubair incidents", L, f(place="Zubair"))
Q("Basra province over the summer just gone", L, fr("2021-06-01", "2021-08-31", prov="Basra"), today="2021-09-05")
Q("Misan, 2023", L, fy(2023, prov="Maysan"))
Q("Maysan Q1 2023 - how many?", N, fr("2023-01-01", "2023-03-31", prov="Maysan"))
Q("Amarah city attacks, all dates", L, f(place="Amarah"))
Q("Dhiqar, 2019", L, fy(2019, prov="Dhi Qar"))
Q("Security forces firing on protesters in Dhi Qar", L, f(prov="Dhi Qar", perp="security forces"))
Q("Zi Qar incidents in 2021 - count", N, fy(2021, prov="Dhi Qar"))
Q("Nasiriyah attacks (city)", L, f(place="Nasiriyah"))
Q("Muthana province, winter 2021-22 (Dec-Feb)", L, fr("2021-12-01", "2022-02-28", prov="Muthanna"))
Q("Muthanna since 2021 - number of incidents", N, fr("2021-01-01", None, prov="Muthanna"))
Q("Al-Qadisiyyah attacks, Oct 2023", L, fm("2023-10", prov="Qadisiyah"))
Q("Diwaniyah province in 2021: how many?", N, fy(2021, prov="Qadisiyah"))
Q("Qadisiya incidents with a known event date", L, f(prov="Qadisiyah", dated=True))
Q("An Najaf governorate, winter 2019-20 (Dec-Feb)", L, fr("2019-12-01", "2020-02-29", prov="Najaf"))
Q("Najaf gov., Q1 2020 - count", N, fr("2020-01-01", "2020-03-31", prov="Najaf"))
Q("Karbalaa province, Sept 2023", L, fm("2023-09", prov="Karbala"))
Q("shootings in Karbala province, 2019-2020", L, fr("2019-01-01", "2020-12-31", prov="Karbala", type="shooting"))
Q("how many attacks on civilians in Karbala province, all years?", N, f(prov="Karbala", target="civilians"))
Q("Babel province, 2022", L, fy(2022, prov="Babil"))
Q("Hilla incidents, how many on file", N, f(place="Hilla"))
Q("Babil, first half of 2021", L, fr("2021-01-01", "2021-06-30", prov="Babil"))
Q("Waset, April 2021", L, fm("2021-04", prov="Wasit"))
Q("Badra attacks", L, f(place="Badra"))
Q("Wasit province, Feb 2024: count", N, fm("2024-02", prov="Wasit"))
Q("Wasit province, attacks on border guards", L, f(prov="Wasit", target="security forces"))
# ------------------------------------------------ nationwide
Q("every suicide bombing on file", L, f(type="suicide"))
Q("ambushes nationwide, 2019-2025: how many", N, fr("2019-01-01", "2025-12-31", type="ambush"))
Q("kidnappings anywhere in Iraq, 2019-2020", L, fr("2019-01-01", "2020-12-31", type="kidnapping"))
Q("how many attacks are blamed on the security forces overall?", N, f(perp="security forces"))
Q("attacks on US forces since the start of 2021", L, fr("2021-01-01", None, target="US forces"))
Q("Turkish air strikes, 2023", L, fy(2023, perp="Turkey", type="airstrike_operation"))
Q("PKK targets hit in 2022 - number", N, fy(2022, target="PKK"))
Q("ISIS killings of civilians, Q4 2020", L, fr("2020-10-01", "2020-12-31", perp="ISIS", target="civilians"))
Q("National briefing for July 2021, please", B, fm("2021-07"))
Q("how many incidents in July 2021 countrywide?", N, fm("2021-07"))
Q("attacks on border guards and other security forces, 2021", L, fy(2021, target="security forces"))
Q("Q3 2023, all Iraq", L, fr("2023-07-01", "2023-09-30"))
Q("mortar and rocket fire events in 2019 - count", N, fy(2019, type="mortar_rocket"))
Q("H2 2019 attacks on police", L, fr("2019-07-01", "2019-12-31", target="police"))
Q("Daesh-claimed or -blamed ambushes, ever", L, f(perp="ISIS", type="ambush"))
Q("attacks on Iraqi army soldiers in May 2024", L, fm("2024-05", target="army"))
Q("Turkish shelling, 2023 - count", N, fy(2023, perp="Turkey", type="mortar_rocket"))
Q("Turkey-attributed incidents, first half of 2022", L, fr("2022-01-01", "2022-06-30", perp="Turkey"))
Q("unknown-perpetrator shootings of civilians in 2023", L, fy(2023, perp="unknown", type="shooting", target="civilians"))
Q("Give me a briefing on attacks against the PMU in 2020.", B, fy(2020, target="PMU"))
Q("How many police were targeted across Iraq in 2021?", N, fy(2021, target="police"))
Q("Summer 2022 (Jun-Aug) incidents, all provinces", L, fr("2022-06-01", "2022-08-31"))
Q("what did we log last month?", L, fm("2024-05"), today="2024-06-03")
Q("Nineveh this past quarter", L, fr("2021-04-01", "2021-06-30", prov="Nineveh"), today="2021-07-01")
Q("last year's attacks in Anbar", L, fy(2019, prov="Anbar"), today="2020-01-10")
Q("Brief me on everything in Kirkuk governorate last month.", B, fm("2024-05", prov="Kirkuk"), today="2024-06-05")
Q("attacks on protesters in 2019-2020, nationwide, shootings only", L, fr("2019-01-01", "2020-12-31", type="shooting", target="civilians"))
Q("Anbar IEDs, calendar 2019", L, fy(2019, prov="Anbar", type="ied"))
Q("incidents in the first week of May 2022 (1-7), all Iraq", L, fr("2022-05-01", "2022-05-07"))
Q("count: shootings, December 2020, whole country", N, fm("2020-12", type="shooting"))
Q("US forces targeted, 2019 - how many", N, fy(2019, target="US forces"))
Q("Peshmerga-targeted attacks 2023", L, fy(2023, target="Peshmerga"))
Q("PMU-perpetrated attacks, any year", L, f(perp="PMU"))
# ------------------------------------------------ near (expected_ids null)
Q("attacks near Zakho, May 2022", L, fm("2022-05", place="Zakho", near=True))
Q("anything around Samarra in Dec 2020?", L, fm("2020-12", place="Samarra", near=True))
Q("incidents in the vicinity of Hilla, 2021", L, fy(2021, place="Hilla", near=True))

# ------------------------------------------------ single-event facts
Q("Imam Wais farm-track bomb, Feb 2023: how many Hashd fighters died?", X,
  fm("2023-02", place="Imam Wais", type="ied", target="PMU"), ev=("A1", "a"), field="killed")
Q("How many Yazidi returnees were hurt in the Kocho shooting on 12 June 2021?", X,
  fd("2021-06-12", place="Kocho", type="shooting", target="civilians"), ev=("A2", "a"), field="wounded")
Q("Wadi al-Shay ambush, May 2024 - soldier deaths?", X,
  fm("2024-05", place="Wadi al-Shay", type="ambush", target="army"), ev=("A3", "a"), field="killed")
Q("who carried out the Wadi al-Shay ambush?", X, f(place="Wadi al-Shay", type="ambush"), ev=("A3", "a"), field="perpetrator")
Q("Rutba police post mortar attack in Nov 2019 - any deaths?", X,
  fm("2019-11", place="Rutba", type="mortar_rocket", target="police"), ev=("A4", "a"), field="killed")
Q("Tarmiyah farmhouse killings of 8 Aug 2022: death toll?", X, fd("2022-08-08", place="Tarmiyah"), ev=("A5", "a"), field="killed")
Q("On what date was the Saraya al-Salam vehicle hit south of Samarra?", X, f(place="Samarra", target="PMU"), ev=("A6", "a"), field="event_date")
Q("Chamanke drone strike, 12 May 2022: number killed", X,
  fd("2022-05-12", place="Chamanke", type="airstrike_operation"), ev=("A7", "a"), field="killed")
Q("Ankawa magnet bomb in July 2023 - how many injured?", X, fm("2023-07", place="Ankawa", type="ied"), ev=("A8", "a"), field="wounded")
Q("the Sadrain Square attack in Najaf, Feb 2020: protesters killed?", X,
  fm("2020-02", place="Najaf", target="civilians"), ev=("A10", "a"), field="killed")
Q("Jalawla mukhtar shooting, Feb 2023 - who was responsible?", X,
  fm("2023-02", place="Jalawla", type="shooting"), ev=("B1", "a"), field="perpetrator")
Q("Badush checkpoint attack on 3 June 2021: soldiers wounded?", X,
  fd("2021-06-03", place="Badush", target="army"), ev=("B2", "a"), field="wounded")
Q("Federal Police patrol bombed in Riyadh subdistrict, 2 May 2024 - fatalities?", X,
  fd("2024-05-02", place="Riyadh", type="ied", target="police"), ev=("B3", "a"), field="killed")
Q("Abu Ghraib sticky bomb, Aug 2022: anyone hurt apart from the officer?", X,
  fm("2022-08", place="Abu Ghraib", type="ied"), ev=("B5", "a"), field="wounded")
Q("Deraluk shelling of 25 May 2022 - how many dead?", X,
  fd("2022-05-25", place="Deraluk", type="mortar_rocket"), ev=("B7", "a"), field="killed")
Q("border guard shot near Al-Khidr in Oct 2020: killed count", X,
  fm("2020-10", place="Khidr", type="shooting", target="security forces"), ev=("C11", "a"), field="killed")
Q("Khanaqin army post attack, Feb 2023: who got the blame?", X,
  fm("2023-02", place="Khanaqin", target="army"), ev=("C1", "a"), field="perpetrator")
Q("the Zanjili handcart bomb, 9 June 2021 - injured?", X, fd("2021-06-09", place="Zanjili", type="ied"), ev=("C2", "a"), field="wounded")
Q("Green Zone rockets on 30 Aug 2022: deaths?", X,
  fd("2022-08-30", place="Green Zone", type="mortar_rocket"), ev=("C5", "a"), field="killed")
Q("Tuz Khurmatu motorbike bomb, Dec 2020 - wounded figure?", X,
  fm("2020-12", place="Tuz Khurmatu", type="ied"), ev=("C6", "a"), field="wounded")
Q("Khabur air raid north of Zakho in May 2022: toll?", X,
  fm("2022-05", place="Zakho", type="airstrike_operation"), ev=("C7", "a"), field="killed")
Q("Balad Rooz orchards attack on the Hashd, February 2023: how many martyrs?", X,
  fm("2023-02", place="Balad Ruz", target="PMU"), ev=("D1", "a"), field="killed")
Q("Qaiyara oil-police bomb on 18 June 2021 - deaths?", X,
  fd("2021-06-18", place="Qayyarah", type="ied", target="police"), ev=("D2", "a"), field="killed")
Q("the Zaitoun bridge shooting in Nasiriyah, Nov 2019 - people killed?", X,
  fm("2019-11", place="Nasiriyah", type="shooting"), ev=("D8", "a"), field="killed")
Q("suicide car bomb at Al-Tash, Ramadi, Nov 2019: soldiers killed?", X,
  fm("2019-11", place="Ramadi", type="suicide", target="army"), ev=("K4", "a"), field="killed")
Q("who was blamed for the Sulaiman Bek shooting in Dec 2020?", X,
  fm("2020-12", place="Sulaiman Bek", type="shooting"), ev=("K6", "a"), field="perpetrator")
Q("Penjwen bazaar killing, Aug 2024 - bystanders hurt?", X, fm("2024-08", place="Penjwen"), ev=("K8", "a"), field="wounded")
Q("Darbandikhan attack on a PUK official's house, March 2024: how many died?", X,
  fm("2024-03", place="Darbandikhan"), ev=("K10", "a"), field="killed")
Q("Which town in Erbil province were the shepherds shelled near in July 2023?", X,
  fm("2023-07", prov="Erbil", type="mortar_rocket", target="civilians"), ev=("K11", "a"), field="place_canonical")
Q("Wajihiya checkpoint shooting on 25 Feb 2023 - soldiers wounded?", X,
  fd("2023-02-25", place="Wajihiya", type="shooting", target="army"), ev=("S1", "a"), field="wounded")
Q("Dibis rockets of 24 May 2024: killed?", X, fd("2024-05-24", place="Dibis", type="mortar_rocket"), ev=("S3", "a"), field="killed")
Q("Mahmudiyah PMU pick-up bomb, 17 Aug 2022 - wounded?", X,
  fd("2022-08-17", place="Mahmudiyah", type="ied", target="PMU"), ev=("S5", "a"), field="wounded")
Q("Jurf al-Nasr supply-truck bomb, Dec 2020: soldiers killed?", X,
  fm("2020-12", place="Jurf al-Nasr", type="ied", target="army"), ev=("S8", "a"), field="killed")
Q("Near which Anbar town were the four sheep traders killed in Nov 2019?", X,
  fm("2019-11", prov="Anbar", target="civilians"), ev=("N4", "a"), field="place_canonical")
Q("Karbala consulate shooting, November 2019: protesters wounded?", X,
  fm("2019-11", place="Karbala", type="shooting", target="civilians"), ev=("N11", "a"), field="wounded")
Q("Kanaan pylon bombing in Feb 2023 - anyone injured?", X, fm("2023-02", place="Kanaan", type="ied"), ev=("E1", "a"), field="wounded")
Q("Ain al-Asad rocket, Nov 2019 - deaths?", X, fm("2019-11", place="Ain al-Asad", type="mortar_rocket"), ev=("E4", "a"), field="killed")
Q("When was the KDP office on Palestine Street bombed?", X, f(place="Palestine Street", type="ied"), ev=("E5", "a"), field="event_date")
Q("Muqdadiyah market bomb on 27 Feb 2023 - final death toll?", X,
  fd("2023-02-27", place="Muqdadiyah", type="ied"), ev=("G1", "a"), field="killed")
Q("Tal Afar recruitment-tent bombing, June 2021: wounded?", X, fm("2021-06", place="Tal Afar", type="ied"), ev=("G2", "a"), field="wounded")
Q("Arafa oil-company bus attack, May 2024: corrected number killed", X, fm("2024-05", place="Arafa"), ev=("G3", "a"), field="killed")
Q("Amiriyat al-Fallujah convoy bomb in Nov 2019 - how many soldiers wounded?", X,
  fm("2019-11", place="Amiriyat al-Fallujah", type="ied", target="army"), ev=("G4", "a"), field="wounded")
Q("Shula market car bomb, Aug 2022: dead?", X, fm("2022-08", place="Shula", type="ied"), ev=("G5", "a"), field="killed")
Q("Hilla checkpoint car bomb, May 2021 - total killed", X, fm("2021-05", place="Hilla", type="ied"), ev=("G10", "a"), field="killed")
Q("Degala drone strike, July 2023: who was it attributed to?", X,
  fm("2023-07", place="Degala", type="airstrike_operation"), ev=("G11", "a"), field="perpetrator")
Q("pilgrims shot on the Hilla-Karbala road in Sept 2023 - wounded?", X,
  fm("2023-09", place="Karbala", type="shooting", target="civilians"), ev=("G8", "a"), field="wounded")
Q("On which day was the Bani Saad police intelligence officer killed?", X, f(place="Bani Saad", target="police"), ev=("J1", "a"), field="event_date")
Q("Harir base drone attack, Oct 2023: killed?", X, fm("2023-10", place="Harir"), ev=("K9", "a"), field="killed")
Q("Nuffar tower bombing, July 2021 - injured?", X, fm("2021-07", place="Nuffar", type="ied"), ev=("O11", "a"), field="wounded")
Q("Al-Fatha tower bombing of 15 Dec 2020 - who was blamed?", X, fd("2020-12-15", place="Fatha", type="ied"), ev=("O6", "a"), field="perpetrator")
Q("Batifa drone strike, May 2022: how many killed?", X,
  fm("2022-05", place="Batifa", type="airstrike_operation"), ev=("Z7", "a"), field="killed")
Q("Education Square sit-in shooting in Karbala, Oct 2019 - injured?", X,
  fm("2019-10", place="Karbala", type="shooting"), ev=("Z10", "a"), field="wounded")
Q("Qalat Salih checkpoint shooting, Jan 2023: police killed?", X,
  fm("2023-01", place="Qalat Salih", type="shooting", target="police"), ev=("Z9", "a"), field="killed")
Q("which day did the Shabak PMU checkpoint at Bartella get a grenade?", X,
  f(place="Bartella", type="other", target="PMU"), ev=("Z2", "a"), field="event_date")
Q("How many people were killed in the attack in Buhriz on 17 February 2023?", X,
  fd("2023-02-17", place="Buhriz"), ev=("Z1", "a"), field="killed")

# ------------------------------------------------ no-match
Q("suicide bombing in Kirkuk city, May 2024 - how many dead?", X,
  fm("2024-05", place="Kirkuk", type="suicide"), field="killed", no_match=True)
Q("Turkish air strike on Zakho in June 2021: who was hit?", X,
  fm("2021-06", place="Zakho", perp="Turkey", type="airstrike_operation"), field="killed", no_match=True)
Q("who abducted people in Basra province in 2021?", X,
  fy(2021, prov="Basra", type="kidnapping"), field="perpetrator", no_match=True)

# ================================================ conversations
C("Diyala Feb 2023", L, fm("2023-02", prov="Diyala"),
  "just the bombs", L, fm("2023-02", prov="Diyala", type="ied"))
C("Nineveh, June 2021", L, fm("2021-06", prov="Nineveh"),
  "how many's that?", N, fm("2021-06", prov="Nineveh"))
C("Kirkuk gov May 2024", L, fm("2024-05", prov="Kirkuk"),
  "same for Diyala, Feb 2023", L, fm("2023-02", prov="Diyala"))
C("Anbar attacks, November 2019", L, fm("2019-11", prov="Anbar"),
  "which of them targeted the army?", L, fm("2019-11", prov="Anbar", target="army"))
C("Baghdad governorate Aug 2022", L, fm("2022-08", prov="Baghdad"),
  "give me the briefing version", B, fm("2022-08", prov="Baghdad"))
C("Salahuddin in December 2020", L, fm("2020-12", prov="Salahuddin"),
  "only the IS ones", L, fm("2020-12", prov="Salahuddin", perp="ISIS"))
C("Turkish attacks in Dohuk province, May 2022", L, fm("2022-05", prov="Dohuk", perp="Turkey"),
  "now Erbil province, any date", L, f(prov="Erbil", perp="Turkey"))
C("Amedi incidents 2022", L, fy(2022, place="Amedi"),
  "widen to the whole of Dohuk province", L, fy(2022, prov="Dohuk"))
C("Mosul city 2021", L, fy(2021, place="Mosul"),
  "make that the entire governorate", L, fy(2021, prov="Nineveh"))
C("Basra province, July 2021", L, fm("2021-07", prov="Basra"),
  "stretch it to the whole of 2021", L, fy(2021, prov="Basra"))
C("Kirkuk province, May 2024", L, fm("2024-05", prov="Kirkuk"),
  "go back one year", L, fm("2023-05", prov="Kirkuk"))
C("Maysan 2023", L, fy(2023, prov="Maysan"),
  "and 2021?", L, fy(2021, prov="Maysan"))
C("shootings in Dhi Qar", L, f(prov="Dhi Qar", type="shooting"),
  "restrict to 2019", L, fy(2019, prov="Dhi Qar", type="shooting"))
C("Najaf governorate attacks, winter 2019-20 (Dec-Feb)", L, fr("2019-12-01", "2020-02-29", prov="Najaf"),
  "drop the dates", L, f(prov="Najaf"))
C("IS attacks on civilians in Nineveh, 2021", L, fy(2021, prov="Nineveh", perp="ISIS", target="civilians"),
  "forget who did it", L, fy(2021, prov="Nineveh", target="civilians"))
C("IEDs in Baghdad province, 2022", L, fy(2022, prov="Baghdad", type="ied"),
  "swap to shootings", L, fy(2022, prov="Baghdad", type="shooting"))
C("Erbil province 2023", L, fy(2023, prov="Erbil"),
  "count the ones aimed at the PKK", N, fy(2023, prov="Erbil", target="PKK"))
C("Salahuddin Q4 2020", L, fr("2020-10-01", "2020-12-31", prov="Salahuddin"),
  "just the PMU targets, and brief me", B, fr("2020-10-01", "2020-12-31", prov="Salahuddin", target="PMU"))
C("Kirkuk city itself in May 2024", L, fm("2024-05", place="Kirkuk"),
  "and around it?", L, fm("2024-05", place="Kirkuk", near=True))
C("Zakho area attacks in 2022", L, fy(2022, place="Zakho", near=True),
  "only inside Zakho town", L, fy(2022, place="Zakho"))
C("what happened last month in Baghdad governorate?", L, fm("2022-08", prov="Baghdad"),
  "and the month before that?", L, fm("2022-07", prov="Baghdad"), today="2022-09-03")
C("Wasit incidents, all years", L, f(prov="Wasit"),
  "since 2023 only", L, fr("2023-01-01", None, prov="Wasit"))
C("Karbala province 2019-2020", L, fr("2019-01-01", "2020-12-31", prov="Karbala"),
  "how many were by the security forces?", N, fr("2019-01-01", "2020-12-31", prov="Karbala", perp="security forces"))
C("Babil, 2021", L, fy(2021, prov="Babil"),
  "actually make it Qadisiyah", L, fy(2021, prov="Qadisiyah"))
C("Turkish air strikes, all provinces, 2022", L, fy(2022, perp="Turkey", type="airstrike_operation"),
  "just Duhok province, May", L, fm("2022-05", prov="Dohuk", perp="Turkey", type="airstrike_operation"))
C("Sulaymaniyah province 2024", L, fy(2024, prov="Sulaymaniyah"),
  "drop the year, keep only Turkish strikes", L, f(prov="Sulaymaniyah", perp="Turkey"))
C("attacks on US forces", L, f(target="US forces"),
  "limit to 2021-2023", L, fr("2021-01-01", "2023-12-31", target="US forces"))
