"""realworld10 questions and conversations. Filters carry exactly what the
question's own words state (realworld8 filter convention)."""
from lib import Q, C, f, month, year, span


def m(ym):
    a, b = month(ym)
    return dict(dfrom=a, dto=b)


def y(n, n2=None):
    return dict(dfrom=year(n)[0], dto=year(n2 or n)[1])


def sp(a, b):
    x, z = span(a, b)
    return dict(dfrom=x, dto=z)


def d(iso):
    return dict(dfrom=iso, dto=iso)


def dd(a, b):
    return dict(dfrom=a, dto=b)


# ------------------------------------------------------------ Diyala, October 2021
Q("Diyala, Oct 2021 - list everything", "listing", f(prov="Diyala", **m("2021-10")))
Q("How many attacks were recorded in Diyala province in October 2021?", "count", f(prov="Diyala", **m("2021-10")))
Q("Diyala Oct '21, IS attacks only", "listing", f(prov="Diyala", perp="ISIS", **m("2021-10")))
Q("any bombings in Diyala in October 2021?", "listing", f(prov="Diyala", type="ied", **m("2021-10")))
Q("attacks on the Hashd in Diala during October 2021", "listing", f(prov="Diyala", target="PMU", **m("2021-10")))
Q("Give me a briefing on Diyala for October 2021.", "briefing", f(prov="Diyala", **m("2021-10")))
Q("Diyala 21-31 Oct 2021", "listing", f(prov="Diyala", **dd("2021-10-21", "2021-10-31")))
Q("how many attacks on soldiers in Diyala in Oct 2021", "count", f(prov="Diyala", target="army", **m("2021-10")))
Q("Baladruz attacks in 2021", "listing", f(place="Balad Ruz", **y(2021)))
Q("Khanaqin, 2021", "listing", f(place="Khanaqin", **y(2021)))
Q("unknown-perpetrator attacks in Diyala, Q4 2021", "listing", f(prov="Diyala", perp="unknown", **sp("2021-10", "2021-12")))
Q("attacks on civilians in Diyala province in October 2021", "listing", f(prov="Diyala", target="civilians", **m("2021-10")))

# ------------------------------------------------------------ Nineveh, March 2023
Q("Ninewa March 2023", "listing", f(prov="Nineveh", **m("2023-03")))
Q("number of incidents in Nineveh, March 2023", "count", f(prov="Nineveh", **m("2023-03")))
Q("Turkish strikes in Nineveh in March 2023", "listing", f(prov="Nineveh", perp="Turkey", **m("2023-03")))
Q("IEDs in Nineveh province, Q1 2023", "listing", f(prov="Nineveh", type="ied", **sp("2023-01", "2023-03")))
Q("Mosul city attacks in 2023", "listing", f(place="Mosul", **y(2023)))
Q("Shingal 2023", "listing", f(place="Sinjar", **y(2023)))
Q("brief me on Nainawa in March 2023", "briefing", f(prov="Nineveh", **m("2023-03")))
Q("attacks on the army in Nineveh, 1-15 March 2023", "listing", f(prov="Nineveh", target="army", **dd("2023-03-01", "2023-03-15")))
Q("how many PMU checkpoints or positions were hit in Nineveh in March 2023?", "count", f(prov="Nineveh", target="PMU", **m("2023-03")))
Q("Nineveh 2019 - IS attacks", "listing", f(prov="Nineveh", perp="ISIS", **y(2019)))

# ------------------------------------------------------------ Kirkuk, January 2020
Q("Kirkuk governorate, January 2020", "listing", f(prov="Kirkuk", **m("2020-01")))
Q("How many attacks in Kirkuk province in Jan 2020?", "count", f(prov="Kirkuk", **m("2020-01")))
Q("Kirkuk gov. Jan 2020 - police targets", "listing", f(prov="Kirkuk", target="police", **m("2020-01")))
Q("Huwaija incidents in 2020", "listing", f(place="Hawija", **y(2020)))
Q("Daquq attacks, Jan 2020", "listing", f(place="Daquq", **m("2020-01")))
Q("IS-claimed or IS-blamed attacks in Kerkuk province, winter 2019-20 (Dec to Feb)", "listing", f(prov="Kirkuk", perp="ISIS", **dd("2019-12-01", "2020-02-29")))
Q("Kirkuk city only, January 2020", "listing", f(place="Kirkuk", **m("2020-01")))
Q("Summarise the security situation in Tamim (Kirkuk) governorate in January 2020", "briefing", f(prov="Kirkuk", **m("2020-01")))
Q("ambushes in Kirkuk province, 2020", "listing", f(prov="Kirkuk", type="ambush", **y(2020)))
Q("count the shootings in Kirkuk governorate in the second half of January 2020", "count", f(prov="Kirkuk", type="shooting", **dd("2020-01-16", "2020-01-31")))

# ------------------------------------------------------------ Anbar, September 2024
Q("Anbar, September 2024", "listing", f(prov="Anbar", **m("2024-09")))
Q("how many attacks in Al Anbar in Sept 2024?", "count", f(prov="Anbar", **m("2024-09")))
Q("Daesh attacks in Anbar, Sep 2024", "listing", f(prov="Anbar", perp="ISIS", **m("2024-09")))
Q("Al-Qaim 2024", "listing", f(place="Qaim", **y(2024)))
Q("attacks on US troops in Anbar in 2024", "listing", f(prov="Anbar", target="US forces", **y(2024)))
Q("Anbar Q3 2024, bombs only", "listing", f(prov="Anbar", type="ied", **sp("2024-07", "2024-09")))
Q("Give me an overview of Anbar for September 2024", "briefing", f(prov="Anbar", **m("2024-09")))
Q("Anbar province 2020", "listing", f(prov="Anbar", **y(2020)))
Q("How many attacks targeted the PMU in Anbar in September 2024?", "count", f(prov="Anbar", target="PMU", **m("2024-09")))

# ------------------------------------------------------------ Baghdad, December 2019
Q("Baghdad province, December 2019", "listing", f(prov="Baghdad", **m("2019-12")))
Q("How many attacks hit Baghdad governorate in December 2019?", "count", f(prov="Baghdad", **m("2019-12")))
Q("shootings in Baghdad city in Dec 2019", "listing", f(place="Baghdad", type="shooting", **m("2019-12")))
Q("rocket attacks on Baghdad province, winter 2019-20 (Dec-Feb)", "listing", f(prov="Baghdad", type="mortar_rocket", **dd("2019-12-01", "2020-02-29")))
Q("kidnappings in Baghdad province in 2019", "listing", f(prov="Baghdad", type="kidnapping", **y(2019)))
Q("attacks on protesters in Baghdad province, Q4 2019", "listing", f(prov="Baghdad", target="civilians", **sp("2019-10", "2019-12")))
Q("brief: Baghdad province, Dec 2019", "briefing", f(prov="Baghdad", **m("2019-12")))
Q("Baghdad governorate, 10-20 December 2019", "listing", f(prov="Baghdad", **dd("2019-12-10", "2019-12-20")))
Q("how many bombings in Baghdad province in December 2019", "count", f(prov="Baghdad", type="ied", **m("2019-12")))

# ------------------------------------------------------------ Salahuddin, July 2023
Q("Salah al-Din July 2023", "listing", f(prov="Salahuddin", **m("2023-07")))
Q("Number of attacks in Saladin province in July 2023", "count", f(prov="Salahuddin", **m("2023-07")))
Q("IS-claimed or -blamed attacks in Salahuddin, July 2023", "listing", f(prov="Salahuddin", perp="ISIS", **m("2023-07")))
Q("Samarra, July 2023", "listing", f(place="Samarra", **m("2023-07")))
Q("Hashd targets in SaD province, summer 2023 (Jun-Aug)", "listing", f(prov="Salahuddin", target="PMU", **sp("2023-06", "2023-08")))
Q("brief me on Salahuddin, July 2023", "briefing", f(prov="Salahuddin", **m("2023-07")))
Q("attacks on civilians in Salah al-Din province, July 2023", "listing", f(prov="Salahuddin", target="civilians", **m("2023-07")))
Q("Salahuddin province, 2021", "listing", f(prov="Salahuddin", **y(2021)))
Q("how many IED attacks in Salahuddin province in July 2023?", "count", f(prov="Salahuddin", type="ied", **m("2023-07")))

# ------------------------------------------------------------ Dohuk, August 2024
Q("Duhok August 2024", "listing", f(prov="Dohuk", **m("2024-08")))
Q("how many Turkish strikes in Dohuk province in Aug 2024?", "count", f(prov="Dohuk", perp="Turkey", **m("2024-08")))
Q("Zakhu 2024", "listing", f(place="Zakho", **y(2024)))
Q("Amadiya district, August 2024", "listing", f(place="Amedi", **m("2024-08")))
Q("attacks on PKK targets in Duhuk province in 2024", "listing", f(prov="Dohuk", target="PKK", **y(2024)))
Q("Dihok, August 2024 - drone strikes only", "listing", f(prov="Dohuk", type="airstrike_operation", **m("2024-08")))
Q("brief me on Duhok province, Aug 2024", "briefing", f(prov="Dohuk", **m("2024-08")))
Q("shelling in Dohuk province in 2024", "listing", f(prov="Dohuk", type="mortar_rocket", **y(2024)))
Q("Dohuk province, 2021", "listing", f(prov="Dohuk", **y(2021)))
Q("civilians hit by Turkish attacks in Duhok governorate in August 2024", "listing", f(prov="Dohuk", perp="Turkey", target="civilians", **m("2024-08")))

# ------------------------------------------------------------ other provinces and themes
Q("Erbil province 2022-2023", "listing", f(prov="Erbil", **y(2022, 2023)))
Q("Slemani governorate, all years", "listing", f(prov="Sulaymaniyah"))
Q("Basra province, 2022", "listing", f(prov="Basra", **y(2022)))
Q("attacks in Misan since 2023", "listing", f(prov="Maysan", dfrom="2023-01-01"))
Q("Dhi Qar attacks 2019-2025", "listing", f(prov="Dhi Qar", **y(2019, 2025)))
Q("Muthana province incidents", "listing", f(prov="Muthanna"))
Q("Qadisiya, 2021", "listing", f(prov="Qadisiyah", **y(2021)))
Q("An Najaf province, any date", "listing", f(prov="Najaf"))
Q("Karbalaa governorate, 2019-2022", "listing", f(prov="Karbala", **y(2019, 2022)))
Q("Babel governorate attacks in 2024", "listing", f(prov="Babil", **y(2024)))
Q("Waset province, 2025", "listing", f(prov="Wasit", **y(2025)))
Q("attacks on US forces in 2023", "listing", f(target="US forces", **y(2023)))
Q("coalition convoys hit in 2021", "listing", f(target="US forces", **y(2021)))
Q("Turkish attacks in Arbil governorate", "listing", f(prov="Erbil", perp="Turkey"))
Q("attacks by the security forces, 2019-2021", "listing", f(perp="security forces", **y(2019, 2021)))
Q("PMU-perpetrated attacks, any year", "listing", f(perp="PMU"))
Q("PKK attacks on Peshmerga", "listing", f(perp="PKK", target="Peshmerga"))
Q("attacks on Peshmerga, all years", "listing", f(target="Peshmerga"))
Q("kidnappings since 2020", "listing", f(type="kidnapping", dfrom="2020-01-01"))
Q("ambushes in 2025", "listing", f(type="ambush", **y(2025)))
Q("grenade attacks in 2022", "listing", f(type="other", **y(2022)))
Q("suicide bombings 2019-2025", "listing", f(type="suicide", **y(2019, 2025)))
Q("car bombs in Al-Basra governorate", "listing", f(prov="Basra", type="ied"))
Q("shootings in Maysan province", "listing", f(prov="Maysan", type="shooting"))
Q("attacks on police in 2025", "listing", f(target="police", **y(2025)))
Q("attacks on the PMU in Babil province", "listing", f(prov="Babil", target="PMU"))
Q("US strikes in Iraq", "listing", f(perp="US forces"))
Q("Talafar 2023", "listing", f(place="Tal Afar", **y(2023)))
Q("Zubair, all dates", "listing", f(place="Zubair"))
Q("Karbala city, 2022", "listing", f(place="Karbala", **y(2022)))
Q("Nasiriyah, 2021", "listing", f(place="Nasiriyah", **y(2021)))
Q("Kut city", "listing", f(place="Kut"))
Q("Erbil city attacks", "listing", f(place="Erbil"))
Q("Najaf city, 2022-2024", "listing", f(place="Najaf", **y(2022, 2024)))
Q("Basra city, since 2024", "listing", f(place="Basra", dfrom="2024-01-01"))
Q("Diwaniyah city", "listing", f(place="Diwaniyah"))
Q("Dhiqar, Q4 2019", "listing", f(prov="Dhi Qar", **sp("2019-10", "2019-12")))
Q("attacks on protesters in Karbala governorate", "listing", f(prov="Karbala", target="civilians"))
Q("How many attacks were there in 2025 so far?", "count", f(dfrom="2025-01-01"), today="2025-08-01")
Q("what happened last month?", "listing", f(**m("2024-08")), today="2024-09-05")
Q("Anbar so far this year", "listing", f(prov="Anbar", dfrom="2024-01-01"), today="2024-10-05")
Q("how many attacks last quarter?", "count", f(**sp("2023-07", "2023-09")), today="2023-10-02")
Q("Baghdad province attacks last year", "listing", f(prov="Baghdad", **y(2019)), today="2020-02-01")
Q("How many Turkish attacks were there in Iraq in 2024?", "count", f(perp="Turkey", **y(2024)))
Q("How many attacks on US forces between 2021 and 2023?", "count", f(target="US forces", **y(2021, 2023)))
Q("count kidnappings, 2019-2025", "count", f(type="kidnapping", **y(2019, 2025)))
Q("how many attacks in Sulaimaniya governorate in 2021?", "count", f(prov="Sulaymaniyah", **y(2021)))
Q("how many rocket or mortar attacks in 2019?", "count", f(type="mortar_rocket", **y(2019)))
Q("How many IS attacks were there in H2 2023?", "count", f(perp="ISIS", **sp("2023-07", "2023-12")))
Q("number of attacks on police in Basra province", "count", f(prov="Basra", target="police"))
Q("Give me a briefing on Turkish operations in Dohuk province in 2024", "briefing", f(prov="Dohuk", perp="Turkey", **y(2024)))
Q("brief me on attacks against activists and protesters in Dhi Qar since 2019", "briefing", f(prov="Dhi Qar", target="civilians", dfrom="2019-01-01"))
Q("briefing: attacks on US forces, 2021-2025", "briefing", f(target="US forces", **y(2021, 2025)))
Q("attacks in and around Tuz Khurmatu in 2023", "listing", f(place="Tuz Khurmatu", near=True, **y(2023)))
Q("anything near Zakho in August 2024?", "listing", f(place="Zakho", near=True, **m("2024-08")))
Q("incidents around Hawija, January 2020", "listing", f(place="Hawija", near=True, **m("2020-01")))
Q("Hewler province, 2025", "listing", f(prov="Erbil", **y(2025)))
Q("first half of 2022, all provinces", "listing", f(**sp("2022-01", "2022-06")))
Q("Al-Qadisiyyah province, 2023", "listing", f(prov="Qadisiyah", **y(2023)))

# ------------------------------------------------------------ single-event questions
Q("How many PMF fighters were killed near Muqdadiyah in October 2021?", "fact",
  f(place="Muqdadiyah", target="PMU", **m("2021-10")), ev=("W1", "a"), field="killed")
Q("Soldiers killed by the roadside bomb near Qayyarah in March 2023?", "fact",
  f(place="Qayyarah", type="ied", target="army", **m("2023-03")), ev=("W2", "a"), field="killed")
Q("how many policemen were wounded in the Rashad ambush in January 2020", "fact",
  f(place="Rashad", type="ambush", target="police", **m("2020-01")), ev=("W3", "a"), field="wounded")
Q("soldiers killed near Rutba on 9 September 2024?", "fact",
  f(place="Rutba", target="army", **d("2024-09-09")), ev=("W4", "a"), field="killed")
Q("Erbil airport drone attack, October 2023: how many killed?", "fact",
  f(place="Erbil airport", **m("2023-10")), ev=("W8", "a"), field="killed")
Q("How many people died in the Zubair car bomb in May 2022?", "fact",
  f(place="Zubair", type="ied", **m("2022-05")), ev=("W9", "a"), field="killed")
Q("US air strike on Jurf al-Sakhar, March 2024 - number killed?", "fact",
  f(place="Jurf al-Nasr", perp="US forces", type="airstrike_operation", **m("2024-03")), ev=("W11", "a"), field="killed")
Q("Who carried out the strike on the PMF base in Jurf al-Sakhar in March 2024?", "fact",
  f(place="Jurf al-Nasr", target="PMU", **m("2024-03")), ev=("W11", "a"), field="perpetrator")
Q("the Udhaim attack on the Hashd in October 2021 - how many dead?", "fact",
  f(place="Udhaim", target="PMU", **m("2021-10")), ev=("L1", "a"), field="killed")
Q("Turkish drone strike in Shingal, March 2023: how many killed?", "fact",
  f(place="Sinjar", perp="Turkey", type="airstrike_operation", **m("2023-03")), ev=("L2", "a"), field="killed")
Q("How many shepherds were killed in the Mutaibijah bombing in July 2023?", "fact",
  f(place="Mutaibijah", type="ied", target="civilians", **m("2023-07")), ev=("L6", "a"), field="killed")
Q("Batifa drone strike, 21 August 2024 - how many wounded?", "fact",
  f(place="Batifa", type="airstrike_operation", **d("2024-08-21")), ev=("L7", "a"), field="wounded")
Q("How many protesters were wounded when security forces opened fire in Nasiriyah in January 2021?", "fact",
  f(place="Nasiriyah", perp="security forces", target="civilians", **m("2021-01")), ev=("L10", "a"), field="wounded")
Q("Samawa coalition convoy bomb, July 2021: any deaths?", "fact",
  f(place="Samawa", type="ied", target="US forces", **m("2021-07")), ev=("L11", "a"), field="killed")
Q("How many police were killed in the attack on the Federal Police post at Mansuriyat al-Jabal in October 2021?", "fact",
  f(place="Mansuriyat al-Jabal", target="police", **m("2021-10")), ev=("M1", "a"), field="killed")
Q("Badush IED on 14 March 2023 - anyone wounded?", "fact",
  f(place="Badush", type="ied", **d("2023-03-14")), ev=("M2", "a"), field="wounded")
Q("Attack on the border guards near Al-Qaim on 4 September 2024: how many killed?", "fact",
  f(place="Qaim", target="security forces", **d("2024-09-04")), ev=("M4", "a"), field="killed")
Q("The two Katyushas that fell in the Green Zone on 18 December 2019 - death toll?", "fact",
  f(place="Green Zone", type="mortar_rocket", **d("2019-12-18")), ev=("M5", "a"), field="killed")
Q("Rockets on the KAR refinery in Khabat, May 2022: how many dead?", "fact",
  f(place="Khabat", type="mortar_rocket", **m("2022-05")), ev=("M8", "a"), field="killed")
Q("How many people were killed in the bomb attack on the Saraya al-Salam commander's house in Suwaira in August 2022?", "fact",
  f(place="Suwaira", type="ied", target="PMU", **m("2022-08")), ev=("M12", "a"), field="killed")
Q("Makhmour camp drone strike in March 2023 - how many killed?", "fact",
  f(place="Makhmour", type="airstrike_operation", **m("2023-03")), ev=("R2", "a"), field="killed")
Q("tribal Hashd ambushed in Shirqat in July 2023: how many fighters died?", "fact",
  f(place="Sharqat", type="ambush", target="PMU", **m("2023-07")), ev=("R6", "a"), field="killed")
Q("How many protesters were killed outside the Karbala governorate building on 5 November 2019?", "fact",
  f(place="Karbala", target="civilians", **d("2019-11-05")), ev=("R12", "a"), field="killed")
Q("and how many wounded in that Karbala shooting of protesters on 5 Nov 2019?", "fact",
  f(place="Karbala", type="shooting", target="civilians", **d("2019-11-05")), ev=("R12", "a"), field="wounded")
Q("Hadar attack on the Tribal Hashd, March 2023: number killed", "fact",
  f(place="Hadar", target="PMU", **m("2023-03")), ev=("A2", "a"), field="killed")
Q("IED on the army near Al-Multaqa in January 2020 - any soldiers killed?", "fact",
  f(place="Multaqa", type="ied", target="army", **m("2020-01")), ev=("A3", "a"), field="killed")
Q("How many protesters were hurt by the grenade near Tahrir Square on 21 December 2019?", "fact",
  f(place="Tahrir Square", type="other", target="civilians", **d("2019-12-21")), ev=("A5", "a"), field="wounded")
Q("Baiji IED on the army, July 2023: how many soldiers killed?", "fact",
  f(place="Baiji", type="ied", target="army", **m("2023-07")), ev=("A6", "a"), field="killed")
Q("Who attacked the Peshmerga post near Mergasur in July 2022?", "fact",
  f(place="Mergasur", target="Peshmerga", **m("2022-07")), ev=("A12", "a"), field="perpetrator")
Q("How many were injured in the attack on the PMF checkpoint in Khanaqin in October 2021?", "fact",
  f(place="Khanaqin", target="PMU", **m("2021-10")), ev=("T1", "a"), field="wounded")
Q("Federal Police vehicle bombed in Wasiti, Kirkuk, January 2020 - how many dead?", "fact",
  f(place="Kirkuk", type="ied", target="police", **m("2020-01")), ev=("T3", "a"), field="killed")
Q("Musayyib market bomb in January 2021: how many killed?", "fact",
  f(place="Musayyib", type="ied", **m("2021-01")), ev=("T11", "a"), field="killed")
Q("Who was blamed for the bomb against the Peshmerga near Sheladze in July 2021?", "fact",
  f(place="Sheladze", type="ied", target="Peshmerga", **m("2021-07")), ev=("T7", "a"), field="perpetrator")
Q("How many police were killed in the Buhriz IED at the end of October 2021?", "fact",
  f(place="Buhriz", type="ied", target="police", **m("2021-10")), ev=("V1", "b"), field="killed")
Q("rockets on Ain al-Asad, September 2024: casualties? how many killed", "fact",
  f(place="Ain al-Asad", type="mortar_rocket", **m("2024-09")), ev=("V4", "b"), field="killed")
Q("How many CTS members were wounded by the rockets near Baghdad International Airport in December 2019?", "fact",
  f(place="Baghdad International Airport", type="mortar_rocket", target="security forces", **m("2019-12")), ev=("V5", "a"), field="wounded")
Q("Police officer shot dead in Qalat Salih in January 2023 - was anyone else hurt? how many wounded", "fact",
  f(place="Qalat Salih", type="shooting", target="police", **m("2023-01")), ev=("V9", "a"), field="wounded")
Q("Turkish drone strike near Sayid Sadiq in March 2022: how many dead?", "fact",
  f(place="Sayid Sadiq", perp="Turkey", type="airstrike_operation", **m("2022-03")), ev=("V11", "b"), field="killed")
Q("How many were wounded in the shooting at Al-Tayaran Square on 14 December 2019?", "fact",
  f(place="Al-Tayaran Square", type="shooting", **d("2019-12-14")), ev=("U5", "a"), field="wounded")
Q("NGO partner vehicle hit by a bomb near Rawa in September 2024 - how many staff injured?", "fact",
  f(place="Rawa", type="ied", **m("2024-09")), ev=("U4", "a"), field="wounded")
Q("How many soldiers were killed when the army outposts near Hawija were attacked on 17 January 2020?", "fact",
  f(place="Hawija", target="army", **d("2020-01-17")), ev=("K3", "a"), field="killed")
Q("Saqlawiyah IED on the PMF in September 2024 - number wounded", "fact",
  f(place="Saqlawiyah", type="ied", target="PMU", **m("2024-09")), ev=("K4", "a"), field="wounded")
Q("Drone attack on Harir base, November 2023: how many killed?", "fact",
  f(place="Harir", **m("2023-11")), ev=("K8", "a"), field="killed")
Q("How many pilgrims were killed in the blast on the Baghdad-Karbala road in September 2022?", "fact",
  f(place="Karbala", type="ied", target="civilians", **m("2022-09")), ev=("K10", "a"), field="killed")
Q("IS attack on a farm in Yathrib, July 2023 - death toll?", "fact",
  f(place="Yathrib", perp="ISIS", **m("2023-07")), ev=("P6", "a"), field="killed")
Q("Border guards hit by an IED near Al-Salman in December 2023: how many wounded?", "fact",
  f(place="Salman", type="ied", target="security forces", **m("2023-12")), ev=("P12", "a"), field="wounded")
Q("Pipeline bomb near Siniya, July 2023: any casualties? number killed", "fact",
  f(place="Siniya", type="ied", **m("2023-07")), ev=("E6", "a"), field="killed")
Q("Shots fired at a judge's house in Amarah in March 2025 - how many hurt?", "fact",
  f(place="Amarah", type="shooting", **m("2025-03")), ev=("E9", "a"), field="wounded")
Q("Final death toll of the Khan Bani Saad market bomb in October 2021?", "fact",
  f(place="Bani Saad", type="ied", **m("2021-10")), ev=("G1", "a"), field="killed")
Q("Khan Bani Saad market bombing, 20 Oct 2021 - how many wounded in the end?", "fact",
  f(place="Bani Saad", type="ied", **d("2021-10-20")), ev=("G1", "a"), field="wounded")
Q("Mosul motorcycle bomb at Bab al-Toub, March 2023: corrected number killed", "fact",
  f(place="Mosul", type="ied", **m("2023-03")), ev=("G2", "a"), field="killed")
Q("How many policemen died in the Sargaran ambush in January 2020?", "fact",
  f(place="Sargaran", type="ambush", target="police", **m("2020-01")), ev=("G3", "a"), field="killed")
Q("Al-Nahda bus station bomb in Baghdad on 2 December 2019: final number of dead?", "fact",
  f(place="Baghdad", type="ied", **d("2019-12-02")), ev=("G5", "a"), field="killed")
Q("Pilgrim bus bomb south of Karbala in September 2021 - how many killed after the correction?", "fact",
  f(place="Karbala", type="ied", target="civilians", **m("2021-09")), ev=("G8", "a"), field="killed")
Q("Iskandariya checkpoint bombing in February 2023: how many Saraya al-Salam dead?", "fact",
  f(place="Iskandariya", type="ied", target="PMU", **m("2023-02")), ev=("G9", "a"), field="killed")
Q("Oil-police officer ambushed in Al-Dair, May 2025 - how many killed?", "fact",
  f(place="Dair", type="ambush", target="police", **m("2025-05")), ev=("G12", "a"), field="killed")
Q("On which day was the farm in Yathrib attacked in July 2023?", "fact",
  f(place="Yathrib", **m("2023-07")), ev=("P6", "a"), field="event_date")
Q("When was the oil engineer killed by the car bomb in Zubair in 2022?", "fact",
  f(place="Zubair", type="ied", **y(2022)), ev=("W9", "a"), field="event_date")
Q("which day did Sharanish get shelled in August 2024?", "fact",
  f(place="Sharanish", type="mortar_rocket", **m("2024-08")), ev=("R7", "a"), field="event_date")
Q("In which city was the PUK official's car bombed in April 2024?", "fact",
  f(type="ied", **m("2024-04")), ev=("L8", "a"), field="place_canonical")
Q("Where was the parliamentary candidate shot in September 2021?", "fact",
  f(type="shooting", **m("2021-09")), ev=("W10", "a"), field="place_canonical")
Q("Who was behind the strike on the Makhmour camp in March 2023?", "fact",
  f(place="Makhmour", **m("2023-03")), ev=("R2", "a"), field="perpetrator")
Q("who got the blame for the Baiji IED on 6 July 2023?", "fact",
  f(place="Baiji", type="ied", **d("2023-07-06")), ev=("A6", "a"), field="perpetrator")
Q("How many people were killed in the attack in Al-Haydariya on 15 March 2021?", "fact",
  f(place="Haydariya", **d("2021-03-15")), ev=("T10", "a"), field="killed")

# ------------------------------------------------------------ no-match
Q("suicide bombing in Kirkuk city, January 2020", "fact", f(place="Kirkuk", type="suicide", **m("2020-01")),
  field="killed", no_match=True)
Q("Turkish air strike on Sinjar in 2024 - how many killed?", "fact",
  f(place="Sinjar", perp="Turkey", type="airstrike_operation", **y(2024)), field="killed", no_match=True)
Q("kidnapping in Basra province in 2022: who did it?", "fact", f(prov="Basra", type="kidnapping", **y(2022)),
  field="perpetrator", no_match=True)

# ------------------------------------------------------------ conversations
P = "Diyala"
C("Diyala Oct 2021", "listing", f(prov=P, **m("2021-10")),
  "only the IS ones", "listing", f(prov=P, perp="ISIS", **m("2021-10")))
C("Nineveh, March 2023", "listing", f(prov="Nineveh", **m("2023-03")),
  "how many's that?", "count", f(prov="Nineveh", **m("2023-03")))
C("Kirkuk gov Jan 2020", "listing", f(prov="Kirkuk", **m("2020-01")),
  "just the shootings", "listing", f(prov="Kirkuk", type="shooting", **m("2020-01")))
C("Anbar September 2024", "listing", f(prov="Anbar", **m("2024-09")),
  "which of those hit the army?", "listing", f(prov="Anbar", target="army", **m("2024-09")))
C("Baghdad province Dec 2019", "listing", f(prov="Baghdad", **m("2019-12")),
  "give me the briefing version", "briefing", f(prov="Baghdad", **m("2019-12")))
C("Salahuddin July 2023", "listing", f(prov="Salahuddin", **m("2023-07")),
  "widen to the whole of 2023", "listing", f(prov="Salahuddin", **y(2023)))
C("Duhok province, August 2024", "listing", f(prov="Dohuk", **m("2024-08")),
  "only inside Zakho", "listing", f(place="Zakho", prov="Dohuk", **m("2024-08")))
C("Turkish strikes in Dohuk province in 2024", "listing", f(prov="Dohuk", perp="Turkey", **y(2024)),
  "now Erbil province, any date", "listing", f(prov="Erbil", perp="Turkey"))
C("attacks on US forces in 2023", "listing", f(target="US forces", **y(2023)),
  "and 2021?", "listing", f(target="US forces", **y(2021)))
C("Basra province 2022", "listing", f(prov="Basra", **y(2022)),
  "go back one year", "listing", f(prov="Basra", **y(2021)))
C("Maysan, all dates", "listing", f(prov="Maysan"),
  "since 2024 only", "listing", f(prov="Maysan", dfrom="2024-01-01"))
C("IS attacks in Kirkuk province in January 2020", "listing", f(prov="Kirkuk", perp="ISIS", **m("2020-01")),
  "forget who did it", "listing", f(prov="Kirkuk", **m("2020-01")))
C("shootings in Dhi Qar", "listing", f(prov="Dhi Qar", type="shooting"),
  "swap to bombings", "listing", f(prov="Dhi Qar", type="ied"))
C("Erbil province 2022", "listing", f(prov="Erbil", **y(2022)),
  "make it Sulaymaniyah province", "listing", f(prov="Sulaymaniyah", **y(2022)))
C("Karbala governorate 2019-2022", "listing", f(prov="Karbala", **y(2019, 2022)),
  "how many were by the security forces?", "count", f(prov="Karbala", perp="security forces", **y(2019, 2022)))
C("Zakho, 2024", "listing", f(place="Zakho", **y(2024)),
  "and around it?", "listing", f(place="Zakho", near=True, **y(2024)))
C("attacks around Tal Afar in 2023", "listing", f(place="Tal Afar", near=True, **y(2023)),
  "only inside Tal Afar itself", "listing", f(place="Tal Afar", **y(2023)))
C("attacks last month", "listing", f(**m("2024-08")),
  "and the month before that?", "listing", f(**m("2024-07")), today="2024-09-03")
C("Diyala bombings, October 2021", "listing", f(prov="Diyala", type="ied", **m("2021-10")),
  "count them", "count", f(prov="Diyala", type="ied", **m("2021-10")))
C("Anbar, Sept 2024", "listing", f(prov="Anbar", **m("2024-09")),
  "just the PMU targets, and brief me", "briefing", f(prov="Anbar", target="PMU", **m("2024-09")))
C("Wasit province", "listing", f(prov="Wasit"),
  "restrict to 2025", "listing", f(prov="Wasit", **y(2025)))
C("Qadisiyah 2021", "listing", f(prov="Qadisiyah", **y(2021)),
  "actually make it Muthanna", "listing", f(prov="Muthanna", **y(2021)))
C("attacks on police in 2025", "listing", f(target="police", **y(2025)),
  "drop the year", "listing", f(target="police"))
C("Nineveh March 2023", "listing", f(prov="Nineveh", **m("2023-03")),
  "only the Turkish ones", "listing", f(prov="Nineveh", perp="Turkey", **m("2023-03")))
C("Najaf province", "listing", f(prov="Najaf"),
  "limit to 2021-2022", "listing", f(prov="Najaf", **y(2021, 2022)))
C("Kirkuk city January 2020", "listing", f(place="Kirkuk", **m("2020-01")),
  "widen to the whole governorate", "listing", f(prov="Kirkuk", **m("2020-01")))
C("Babil governorate 2024", "listing", f(prov="Babil", **y(2024)),
  "and 2025?", "listing", f(prov="Babil", **y(2025)))
C("kidnappings since 2020", "listing", f(type="kidnapping", dfrom="2020-01-01"),
  "which were blamed on IS?", "listing", f(type="kidnapping", perp="ISIS", dfrom="2020-01-01"))
