"""realworld12 questions and conversations. Filters carry exactly what the
question's words state (realworld8/10/11 convention)."""
from lib import Q, C, f, month, year, span


def day(iso):
    return iso, iso


M = month
Y = year

# ------------------------------------------------------------------ listings / counts / briefings
# Diyala, March 2023
Q("anything in diyala during march 2023?", "listing", f(prov="Diyala", dfrom=M("2023-03")[0], dto=M("2023-03")[1]))
Q("diyala mar-23: daesh only", "listing", f(prov="Diyala", dfrom=M("2023-03")[0], dto=M("2023-03")[1], perp="ISIS"))
Q("Can you please tally the attacks recorded in Diyala governorate for March 2023? Thanks in advance.", "count",
  f(prov="Diyala", dfrom=M("2023-03")[0], dto=M("2023-03")[1]))
Q("IEDs in Diyala, 1-15 March 2023", "listing", f(prov="Diyala", dfrom="2023-03-01", dto="2023-03-15", type="ied"))
Q("were farmers or other civilians hit in Diyala in March 2023? list pls", "listing",
  f(prov="Diyala", dfrom=M("2023-03")[0], dto=M("2023-03")[1], target="civilians"))
Q("Hashd hit in diyala march 2023 - which incidents", "listing",
  f(prov="Diyala", dfrom=M("2023-03")[0], dto=M("2023-03")[1], target="PMU"))
Q("prepare a short briefing note on Diyala security, March 2023", "briefing",
  f(prov="Diyala", dfrom=M("2023-03")[0], dto=M("2023-03")[1]))
Q("everything around Khanaqin in 2023", "listing", f(place="Khanaqin", near=True, dfrom=Y(2023)[0], dto=Y(2023)[1]))
# Nineveh, September 2021
Q("Ninawa sept 2021 incidents", "listing", f(prov="Nineveh", dfrom=M("2021-09")[0], dto=M("2021-09")[1]))
Q("How many attacks hit Nineveh in September '21?", "count", f(prov="Nineveh", dfrom=M("2021-09")[0], dto=M("2021-09")[1]))
Q("sep 2021 nineveh, turkish drone strikes only", "listing",
  f(prov="Nineveh", dfrom=M("2021-09")[0], dto=M("2021-09")[1], perp="Turkey", type="airstrike_operation"))
Q("Shingal attacks in 2021", "listing", f(place="Sinjar", dfrom=Y(2021)[0], dto=Y(2021)[1]))
Q("bombings in Mosul city, 2021", "listing", f(place="Mosul", dfrom=Y(2021)[0], dto=Y(2021)[1], type="ied"))
Q("Please give me a written overview of what happened in Nineveh province during the second half of September 2021.",
  "briefing", f(prov="Nineveh", dfrom="2021-09-16", dto="2021-09-30"))
# Kirkuk, June 2022
Q("kirkuk governorate jun 2022 list", "listing", f(prov="Kirkuk", dfrom=M("2022-06")[0], dto=M("2022-06")[1]))
Q("number of incidents in Kirkuk province, June 2022?", "count", f(prov="Kirkuk", dfrom=M("2022-06")[0], dto=M("2022-06")[1]))
Q("Kirkuk prov. Jun-22, attacks on the army", "listing",
  f(prov="Kirkuk", dfrom=M("2022-06")[0], dto=M("2022-06")[1], target="army"))
Q("which Kirkuk governorate attacks in June 2022 were put down to IS?", "listing",
  f(prov="Kirkuk", dfrom=M("2022-06")[0], dto=M("2022-06")[1], perp="ISIS"))
Q("Hawija - all attacks, any date", "listing", f(place="Hawija"))
Q("attacks in Kirkuk city itself in 2022", "listing", f(place="Kirkuk", dfrom=Y(2022)[0], dto=Y(2022)[1]))
Q("Could you draft a briefing on Kirkuk province for 16-30 June 2022?", "briefing",
  f(prov="Kirkuk", dfrom="2022-06-16", dto="2022-06-30"))
# Anbar, October 2020
Q("al anbar oct 2020", "listing", f(prov="Anbar", dfrom=M("2020-10")[0], dto=M("2020-10")[1]))
Q("IS attacks in Anbar in Q4 2020", "listing", f(prov="Anbar", dfrom="2020-10-01", dto="2020-12-31", perp="ISIS"))
Q("total attacks Anbar, October 2020", "count", f(prov="Anbar", dfrom=M("2020-10")[0], dto=M("2020-10")[1]))
Q("rocket attacks in Anbar during 2020", "listing", f(prov="Anbar", dfrom=Y(2020)[0], dto=Y(2020)[1], type="mortar_rocket"))
Q("anything targeting US troops in Anbar 2020-2021?", "listing",
  f(prov="Anbar", dfrom=Y(2020)[0], dto=Y(2021)[1], target="US forces"))
Q("list Falluja incidents in October 2020", "listing", f(place="Fallujah", dfrom=M("2020-10")[0], dto=M("2020-10")[1]))
# Baghdad, January 2020
Q("Baghdad governorate, January 2020 - every incident pls", "listing",
  f(prov="Baghdad", dfrom=M("2020-01")[0], dto=M("2020-01")[1]))
Q("count of Baghdad province attacks jan 2020", "count", f(prov="Baghdad", dfrom=M("2020-01")[0], dto=M("2020-01")[1]))
Q("protesters shot by the security forces in Baghdad province, Jan 2020", "listing",
  f(prov="Baghdad", dfrom=M("2020-01")[0], dto=M("2020-01")[1], perp="security forces", target="civilians", type="shooting"))
Q("Jan 2020 baghdad province: just the ones on the Hashd", "listing",
  f(prov="Baghdad", dfrom=M("2020-01")[0], dto=M("2020-01")[1], target="PMU"))
Q("attacks in Baghdad city during 2019-2020", "listing", f(place="Baghdad", dfrom=Y(2019)[0], dto=Y(2020)[1]))
Q("tarmiya incidents since 2019", "listing", f(place="Tarmiyah", dfrom="2019-01-01"))
# Salahuddin, November 2022
Q("saladin nov 2022", "listing", f(prov="Salahuddin", dfrom=M("2022-11")[0], dto=M("2022-11")[1]))
Q("salahuddin november 2022 - IS only", "listing",
  f(prov="Salahuddin", dfrom=M("2022-11")[0], dto=M("2022-11")[1], perp="ISIS"))
Q("How many incidents did Salah al-Din province see in November 2022?", "count",
  f(prov="Salahuddin", dfrom=M("2022-11")[0], dto=M("2022-11")[1]))
Q("police targeted in Salahuddin in Nov '22", "listing",
  f(prov="Salahuddin", dfrom=M("2022-11")[0], dto=M("2022-11")[1], target="police"))
Q("Samarra attacks 2022", "listing", f(place="Samarra", dfrom=Y(2022)[0], dto=Y(2022)[1]))
Q("brief me on salahuddin, first half of Nov 2022", "briefing", f(prov="Salahuddin", dfrom="2022-11-01", dto="2022-11-15"))
# Dohuk, April 2024
Q("Duhok province april 2024", "listing", f(prov="Dohuk", dfrom=M("2024-04")[0], dto=M("2024-04")[1]))
Q("how many turkish attacks in dohuk governorate in april 2024", "count",
  f(prov="Dohuk", dfrom=M("2024-04")[0], dto=M("2024-04")[1], perp="Turkey"))
Q("Dohuk province Apr 2024: turkish shelling only", "listing",
  f(prov="Dohuk", dfrom=M("2024-04")[0], dto=M("2024-04")[1], perp="Turkey", type="mortar_rocket"))
Q("civilians hurt or killed in Duhok province in April 2024", "listing",
  f(prov="Dohuk", dfrom=M("2024-04")[0], dto=M("2024-04")[1], target="civilians"))
Q("Amadiya district incidents 2024", "listing", f(place="Amedi", dfrom=Y(2024)[0], dto=Y(2024)[1]))
Q("any Zakho attacks in 2024?", "listing", f(place="Zakho", dfrom=Y(2024)[0], dto=Y(2024)[1]))
Q("around Zakho since 2023", "listing", f(place="Zakho", near=True, dfrom="2023-01-01"))
Q("I'd be grateful for a briefing on Turkish military activity in Dohuk governorate during April 2024.", "briefing",
  f(prov="Dohuk", dfrom=M("2024-04")[0], dto=M("2024-04")[1], perp="Turkey"))
# other provinces and whole-period questions
Q("basra province attacks, all years", "listing", f(prov="Basra"))
Q("how many attacks in erbil governorate overall", "count", f(prov="Erbil"))
Q("sulaimaniya province 2019-2025", "listing", f(prov="Sulaymaniyah", dfrom=Y(2019)[0], dto=Y(2025)[1]))
Q("Dhi Qar: anything from 2019 to 2021?", "listing", f(prov="Dhi Qar", dfrom=Y(2019)[0], dto=Y(2021)[1]))
Q("Maysan attacks list", "listing", f(prov="Maysan"))
Q("incidents in Waset province, whole period", "listing", f(prov="Wasit"))
Q("najaf governorate - which incidents do we have?", "listing", f(prov="Najaf"))
Q("karbala province attacks 2020-2025", "listing", f(prov="Karbala", dfrom=Y(2020)[0], dto=Y(2025)[1]))
Q("babil gov. list", "listing", f(prov="Babil"))
Q("qadisiya province, all incidents", "listing", f(prov="Qadisiyah"))
Q("Muthana province: every recorded attack", "listing", f(prov="Muthanna"))
Q("Turkish drone strikes in Erbil province since 2020", "listing",
  f(prov="Erbil", dfrom="2020-01-01", perp="Turkey", type="airstrike_operation"))
Q("kidnappings anywhere 2019-2025", "listing", f(dfrom=Y(2019)[0], dto=Y(2025)[1], type="kidnapping"))
Q("suicide attacks 2023?", "listing", f(dfrom=Y(2023)[0], dto=Y(2023)[1], type="suicide"))
Q("grenade attacks in 2020", "listing", f(dfrom=Y(2020)[0], dto=Y(2020)[1], type="other"))
Q("IEDs in Basra province 2019-2024", "listing", f(prov="Basra", dfrom=Y(2019)[0], dto=Y(2024)[1], type="ied"))
Q("how many attacks on police in 2022?", "count", f(dfrom=Y(2022)[0], dto=Y(2022)[1], target="police"))
Q("shootings targeting civilians in Najaf province", "listing", f(prov="Najaf", type="shooting", target="civilians"))
Q("attacks on border guards, any year", "listing", f(target="security forces"))
Q("PKK targets hit in 2024", "listing", f(dfrom=Y(2024)[0], dto=Y(2024)[1], target="PKK"))
Q("US forces targeted, Q4 2020", "listing", f(dfrom="2020-10-01", dto="2020-12-31", target="US forces"))
Q("unknown-attacker incidents in Dhi Qar province", "listing", f(prov="Dhi Qar", perp="unknown"))
Q("what happened in Nineveh in 2019?", "listing", f(prov="Nineveh", dfrom=Y(2019)[0], dto=Y(2019)[1]))
Q("quick number: Anbar attacks in 2023", "count", f(prov="Anbar", dfrom=Y(2023)[0], dto=Y(2023)[1]))
Q("Kirkuk province H2 2024", "listing", f(prov="Kirkuk", dfrom="2024-07-01", dto="2024-12-31"))
Q("attacks in diyala last month", "listing", f(prov="Diyala", dfrom=M("2023-03")[0], dto=M("2023-03")[1]), today="2023-04-03")
Q("anything in Salahuddin province so far this year?", "listing", f(prov="Salahuddin", dfrom="2022-01-01"), today="2022-12-10")
Q("dohuk governorate last quarter", "listing", f(prov="Dohuk", dfrom="2024-04-01", dto="2024-06-30"), today="2024-07-02")
Q("Baghdad province attacks last year, count please", "count", f(prov="Baghdad", dfrom=Y(2020)[0], dto=Y(2020)[1]), today="2021-02-01")
Q("near Hawija in 2022", "listing", f(place="Hawija", near=True, dfrom=Y(2022)[0], dto=Y(2022)[1]))
Q("briefing: Muthanna province 2019-2025", "briefing", f(prov="Muthanna", dfrom=Y(2019)[0], dto=Y(2025)[1]))
Q("PMU-perpetrated attacks, any year", "listing", f(perp="PMU"))
Q("how many IS-blamed attacks on the army in 2022?", "count", f(dfrom=Y(2022)[0], dto=Y(2022)[1], perp="ISIS", target="army"))

# ------------------------------------------------------------------ single-event questions
Q("how many soldiers lost their lives in the jalawla bombing on 13 March 2023?", "fact",
  f(place="Jalawla", dfrom="2023-03-13", dto="2023-03-13", type="ied", target="army"), ev=("B1", "a"), field="killed")
Q("soldiers injured in the Jalawla IED of 13 March 2023?", "fact",
  f(place="Jalawla", dfrom="2023-03-13", dto="2023-03-13", type="ied", target="army"), ev=("B1", "a"), field="wounded")
Q("PMF post attack south of Al-Baaj, 8 Sept 2021 - fatalities?", "fact",
  f(place="Baaj", dfrom="2021-09-08", dto="2021-09-08", target="PMU"), ev=("B2", "a"), field="killed")
Q("Daquq shepherds shot 18 June 2022: how many dead?", "fact",
  f(place="Daquq", dfrom="2022-06-18", dto="2022-06-18", type="shooting", target="civilians"), ev=("B3", "a"), field="killed")
Q("Did anyone get hurt when Katyushas hit near the Jadiriya bridge on 21 Jan 2020?", "fact",
  f(place="Jadiriya bridge", dfrom="2020-01-21", dto="2020-01-21", type="mortar_rocket"), ev=("B5", "a"), field="wounded")
Q("who killed the mukhtar near Shirqat on 9 Nov 2022?", "fact",
  f(place="Sharqat", dfrom="2022-11-09", dto="2022-11-09"), ev=("B6", "a"), field="perpetrator")
Q("Kani Masi orchard shelling 4 April 2024, any deaths?", "fact",
  f(place="Kani Masi", dfrom="2024-04-04", dto="2024-04-04", type="mortar_rocket"), ev=("B7", "b"), field="killed")
Q("rockets near Erbil International Airport on 27 Feb 2021 - casualties?", "fact",
  f(place="Erbil International Airport", dfrom="2021-02-27", dto="2021-02-27", type="mortar_rocket"), ev=("B9", "a"), field="killed")
Q("how many policemen wounded in the Al-Hay shooting, 17 July 2023", "fact",
  f(place="Hay", dfrom="2023-07-17", dto="2023-07-17", type="shooting", target="police"), ev=("B10", "a"), field="wounded")
Q("Bakrajo car bomb (12 Feb 2025): how many hurt?", "fact",
  f(place="Bakrajo", dfrom="2025-02-12", dto="2025-02-12", type="ied"), ev=("B12", "a"), field="wounded")
Q("farmers ambushed outside Muqdadiyah on 21 March 2023 - how many died?", "fact",
  f(place="Muqdadiyah", dfrom="2023-03-21", dto="2023-03-21", type="ambush", target="civilians"), ev=("L1", "a"), field="killed")
Q("the roadside bomb near Sinune on 14 Sept 2021: how many returnees were wounded?", "fact",
  f(place="Sinune", dfrom="2021-09-14", dto="2021-09-14", type="ied"), ev=("L2", "a"), field="wounded")
Q("federal police killed at Al-Abbasi on 9 June 2022?", "fact",
  f(place="Al-Abbasi", dfrom="2022-06-09", dto="2022-06-09", target="police"), ev=("L3", "a"), field="killed")
Q("Tayaran Square shooting, 20 Jan 2020 - how many protesters were wounded?", "fact",
  f(place="Tayaran Square", dfrom="2020-01-20", dto="2020-01-20", type="shooting", target="civilians"), ev=("L5", "a"), field="wounded")
Q("Mutaibijah IED 17 Nov 2022: soldiers dead?", "fact",
  f(place="Mutaibijah", dfrom="2022-11-17", dto="2022-11-17", type="ied", target="army"), ev=("L6", "a"), field="killed")
Q("In the Nasiriyah protest shooting of 13 Nov 2019, who opened fire?", "fact",
  f(place="Nasiriyah", dfrom="2019-11-13", dto="2019-11-13", type="shooting"), ev=("L8", "a"), field="perpetrator")
Q("when was the shepherd killed by a bomb near Badush?", "fact",
  f(place="Badush", type="ied", target="civilians"), ev=("L9", "a"), field="event_date")
Q("Amarah judge's car bomb, May 2025 - how many wounded?", "fact",
  f(place="Amarah", dfrom=M("2025-05")[0], dto=M("2025-05")[1], type="ied"), ev=("L11", "a"), field="wounded")
Q("IED on an army patrol near Khanaqin, 7 March 2023 - how many KIA?", "fact",
  f(place="Khanaqin", dfrom="2023-03-07", dto="2023-03-07", type="ied", target="army"), ev=("W1", "a"), field="killed")
Q("IED against shepherds near Al-Zab on 24 June 2022: dead?", "fact",
  f(place="Zab", dfrom="2022-06-24", dto="2022-06-24", type="ied", target="civilians"), ev=("W3", "b"), field="killed")
Q("Ain al-Asad rocket impacts 18 Oct 2020, any wounded?", "fact",
  f(place="Ain al-Asad", dfrom="2020-10-18", dto="2020-10-18", type="mortar_rocket"), ev=("W4", "a"), field="wounded")
Q("Camp Taji rocket attack on 14 January 2020: how many wounded?", "fact",
  f(place="Camp Taji", dfrom="2020-01-14", dto="2020-01-14", type="mortar_rocket"), ev=("W5", "a"), field="wounded")
Q("Touz ambush of 21 Nov 2022, how many ISF killed?", "fact",
  f(place="Tuz Khurmatu", dfrom="2022-11-21", dto="2022-11-21", type="ambush"), ev=("W6", "a"), field="killed")
Q("who claimed the drone attack on 9 Nov 2023 near the airport in Erbil city?", "fact",
  f(place="Erbil", dfrom="2023-11-09", dto="2023-11-09"), ev=("W8", "a"), field="perpetrator")
Q("Rumaila field camp gate IED, 15 March 2022 - wounded?", "fact",
  f(place="Rumaila field", dfrom="2022-03-15", dto="2022-03-15", type="ied"), ev=("W9", "a"), field="wounded")
Q("oil police post attack near Dibis on 20 Jan 2025: deaths?", "fact",
  f(place="Dibis", dfrom="2025-01-20", dto="2025-01-20", target="police"), ev=("W10", "a"), field="killed")
Q("sound bomb outside a money exchange in Karbala city, 10 Feb 2024 - anyone injured?", "fact",
  f(place="Karbala", dfrom="2024-02-10", dto="2024-02-10", type="ied"), ev=("W12", "a"), field="wounded")
Q("how many farmers were wounded by the Abu Saida roadside bomb on 9 March 2023?", "fact",
  f(place="Abu Saida", dfrom="2023-03-09", dto="2023-03-09", type="ied", target="civilians"), ev=("P1", "b"), field="wounded")
Q("Tal Afar police officer shot on 3 Sept 2021 - who was responsible?", "fact",
  f(place="Tal Afar", dfrom="2021-09-03", dto="2021-09-03", type="shooting", target="police"), ev=("P2", "a"), field="perpetrator")
Q("Multaqa ambush, 4 June 2022: number of soldiers killed", "fact",
  f(place="Multaqa", dfrom="2022-06-04", dto="2022-06-04", type="ambush", target="army"), ev=("P3", "a"), field="killed")
Q("how many shepherds died near Akashat on 28 October 2020?", "fact",
  f(place="Akashat", dfrom="2020-10-28", dto="2020-10-28", target="civilians"), ev=("P4", "b"), field="killed")
Q("What date was the activist abducted in Al-Shaab in January 2020?", "fact",
  f(place="Al-Shaab", dfrom=M("2020-01")[0], dto=M("2020-01")[1], type="kidnapping", target="civilians"), ev=("P5", "b"), field="event_date")
Q("Sadr City shooting of 6 October 2019: death toll?", "fact",
  f(place="Sadr City", dfrom="2019-10-06", dto="2019-10-06", type="shooting"), ev=("P8", "a"), field="killed")
Q("turkish drone on a house near Qaladiza (18 Oct 2022) - how many injured?", "fact",
  f(place="Qaladiza", dfrom="2022-10-18", dto="2022-10-18", perp="Turkey"), ev=("P10", "a"), field="wounded")
Q("Tharthar ambush in March 2025, soldiers wounded?", "fact",
  f(place="Tharthar", dfrom=M("2025-03")[0], dto=M("2025-03")[1], type="ambush", target="army"), ev=("P11", "a"), field="wounded")
Q("grenade on a police patrol in Baquba's Al-Tahrir neighborhood, 15 March 2023: how many police injured?", "fact",
  f(place="Baquba", dfrom="2023-03-15", dto="2023-03-15", type="other", target="police"), ev=("F1", "a"), field="wounded")
Q("how many police were killed west of Hit at dawn on 4 October 2020?", "fact",
  f(place="Hit", dfrom="2020-10-04", dto="2020-10-04", target="police"), ev=("F4", "a"), field="killed")
Q("IED at a police officer's house in Abu al-Khasib on 12 Sept 2021 - casualties?", "fact",
  f(place="Abu al-Khasib", dfrom="2021-09-12", dto="2021-09-12", type="ied", target="police"), ev=("F8", "a"), field="killed")
Q("anti-narcotics officer's house bombed in Majar al-Kabir, Dec 2022 - anyone killed?", "fact",
  f(place="Majar al-Kabir", dfrom=M("2022-12")[0], dto=M("2022-12")[1]), ev=("F11", "a"), field="killed")
Q("Rabia checkpoint abduction 10 Sep 2021: how many were found dead?", "fact",
  f(place="Rabia", dfrom="2021-09-10", dto="2021-09-10", type="kidnapping"), ev=("R2", "a"), field="killed")
Q("the IED that killed children near Al-Qaim in Oct 2020 - how many children died?", "fact",
  f(place="Qaim", dfrom=M("2020-10")[0], dto=M("2020-10")[1], type="ied"), ev=("R4", "a"), field="killed")
Q("who is suspected of taking the four men from Yathrib in November 2022?", "fact",
  f(place="Yathrib", dfrom=M("2022-11")[0], dto=M("2022-11")[1]), ev=("R6", "a"), field="perpetrator")
Q("Sharanish drone strike, 22 April 2024: civilian deaths?", "fact",
  f(place="Sharanish", dfrom="2024-04-22", dto="2024-04-22", type="airstrike_operation", target="civilians"), ev=("R7", "a"), field="killed")
Q("Education Street tents attack in Karbala, 3 Feb 2020 - injured?", "fact",
  f(place="Karbala", dfrom="2020-02-03", dto="2020-02-03"), ev=("R10", "a"), field="wounded")
Q("Haditha roadside bomb on 8 Oct 2020: were any soldiers killed?", "fact",
  f(place="Haditha", dfrom="2020-10-08", dto="2020-10-08", type="ied", target="army"), ev=("C4", "a"), field="killed")
Q("farmers shot at near Dujail, 28 Nov 2022: deaths?", "fact",
  f(place="Dujail", dfrom="2022-11-28", dto="2022-11-28", type="shooting", target="civilians"), ev=("C6", "b"), field="killed")
Q("Hawija village raid of 7 Nov 2021 - how many civilians killed?", "fact",
  f(place="Hawija", dfrom="2021-11-07", dto="2021-11-07", target="civilians"), ev=("C9", "a"), field="killed")
Q("who was behind the sticky bomb that killed a council member in Ramadi's Al-Tash area (13 Oct 2020)?", "fact",
  f(place="Ramadi", dfrom="2020-10-13", dto="2020-10-13", type="ied"), ev=("O4", "a"), field="perpetrator")
Q("police officer shot dead in Dhuluiya on 15 Nov 2022: who did it?", "fact",
  f(place="Dhuluiya", dfrom="2022-11-15", dto="2022-11-15", type="shooting", target="police"), ev=("O6", "b"), field="perpetrator")
Q("kanaan attack on tribal fighters, march 2023 - how many killed?", "fact",
  f(place="Kanaan", dfrom=M("2023-03")[0], dto=M("2023-03")[1], target="PMU"), ev=("Q1", "a"), field="killed")
Q("Al-Wasiti sticky bomb on a Turkmen Front official in Kirkuk city, June 2022: wounded?", "fact",
  f(place="Kirkuk", dfrom=M("2022-06")[0], dto=M("2022-06")[1], type="ied"), ev=("Q3", "a"), field="wounded")
Q("Jallam desert ambush east of Samarra on 12 Nov 2022 - police deaths?", "fact",
  f(place="Samarra", dfrom="2022-11-12", dto="2022-11-12", type="ambush", target="police"), ev=("Q6", "a"), field="killed")
Q("Kani Masi picnic drone strike, 28 April 2024: how many were killed?", "fact",
  f(place="Kani Masi", dfrom="2024-04-28", dto="2024-04-28", type="airstrike_operation"), ev=("Q7", "a"), field="killed")
Q("Sidakan drone strike 15 May 2023 - dead?", "fact",
  f(place="Sidakan", dfrom="2023-05-15", dto="2023-05-15", type="airstrike_operation"), ev=("Q9", "a"), field="killed")
Q("coalition convoy bomb near Al-Khidr on 5 Dec 2021: any injuries?", "fact",
  f(place="Khidr", dfrom="2021-12-05", dto="2021-12-05", type="ied", target="US forces"), ev=("Q12", "a"), field="wounded")
Q("Bani Saad water-truck IED, 28 March 2023: how many died?", "fact",
  f(place="Bani Saad", dfrom="2023-03-28", dto="2023-03-28", type="ied"), ev=("N1", "a"), field="killed")
Q("guard post attack at the oil field near Zummar on 12 September 2021 - injured?", "fact",
  f(place="Zummar", dfrom="2021-09-12", dto="2021-09-12"), ev=("N2", "a"), field="wounded")
Q("who was blamed for the sniper fire at the Baiji refinery on 19 Nov 2022?", "fact",
  f(place="Baiji", dfrom="2022-11-19", dto="2022-11-19"), ev=("N6", "a"), field="perpetrator")
Q("Halfaya field bus shooting east of Amarah, March 2019: how many hurt?", "fact",
  f(place="Amarah", dfrom=M("2019-03")[0], dto=M("2019-03")[1], type="shooting"), ev=("N11", "a"), field="wounded")
Q("Hibhib farmers killed on 10 March 2023: how many?", "fact",
  f(place="Hibhib", dfrom="2023-03-10", dto="2023-03-10", target="civilians"), ev=("Y1", "a"), field="killed")
Q("brick factory killings near Yaychi, 20 June 2022 - death toll?", "fact",
  f(place="Yaychi", dfrom="2022-06-20", dto="2022-06-20"), ev=("Y3", "a"), field="killed")
Q("Saqlawiya bomb on a PMF vehicle (20 Oct 2020): wounded count", "fact",
  f(place="Saqlawiyah", dfrom="2020-10-20", dto="2020-10-20", type="ied", target="PMU"), ev=("Y4", "a"), field="wounded")
Q("In which town was the PMF post attacked on 8 November 2022 in Salahuddin province?", "fact",
  f(prov="Salahuddin", dfrom="2022-11-08", dto="2022-11-08", target="PMU"), ev=("Y6", "a"), field="place_canonical")
Q("PMF office in Al-Hamza bombed Aug 2021 - casualties?", "fact",
  f(place="Hamza", dfrom=M("2021-08")[0], dto=M("2021-08")[1], target="PMU"), ev=("Y9", "a"), field="killed")
Q("final death toll of the Gogjali vegetable-stall bomb in Mosul, Sept 2021?", "fact",
  f(place="Mosul", dfrom=M("2021-09")[0], dto=M("2021-09")[1], type="ied"), ev=("U2", "a"), field="killed")
Q("Baghdadi roadside bomb (6 Oct 2020): how many soldiers ended up dead?", "fact",
  f(place="Baghdadi", dfrom="2020-10-06", dto="2020-10-06", type="ied", target="army"), ev=("U4", "a"), field="killed")
Q("When were the four shepherds killed near Amirli?", "fact",
  f(place="Amirli", target="civilians"), ev=("U6", "a"), field="event_date")
Q("Al-Rifai liquor shop bombing in December 2020: how many killed?", "fact",
  f(place="Rifai", dfrom=M("2020-12")[0], dto=M("2020-12")[1], type="ied"), ev=("U9", "a"), field="killed")
Q("Said Sadiq checkpoint bomb, Aug 2022 - Asayish members killed?", "fact",
  f(place="Sayid Sadiq", dfrom=M("2022-08")[0], dto=M("2022-08")[1], type="ied"), ev=("U10", "a"), field="killed")
Q("Shamiya grenade attack on a tribal gathering, May 2024: latest injured figure?", "fact",
  f(place="Shamiya", dfrom=M("2024-05")[0], dto=M("2024-05")[1], type="other"), ev=("U11", "a"), field="wounded")
Q("where did the Turkish drone hit a car on 3 April 2024?", "fact",
  f(dfrom="2024-04-03", dto="2024-04-03", perp="Turkey", type="airstrike_operation"), ev=("U7", "a"), field="place_canonical")

# ------------------------------------------------------------------ no-match
Q("suicide car bomb in Kirkuk city in June 2022 - how many killed?", "fact",
  f(place="Kirkuk", dfrom=M("2022-06")[0], dto=M("2022-06")[1], type="suicide"), field="killed", no_match=True)
Q("Turkish air strike on Sulaymaniyah city in 2024: death toll?", "fact",
  f(place="Sulaymaniyah", dfrom=Y(2024)[0], dto=Y(2024)[1], perp="Turkey", type="airstrike_operation"),
  field="killed", no_match=True)
Q("kidnapping in Basra province in 2023 - who was taken?", "fact",
  f(prov="Basra", dfrom=Y(2023)[0], dto=Y(2023)[1], type="kidnapping"), no_match=True)

# ------------------------------------------------------------------ conversations
_D3 = M("2023-03")
C("Diyala, March 2023", "listing", f(prov="Diyala", dfrom=_D3[0], dto=_D3[1]),
  "only the bombings", "listing", f(prov="Diyala", dfrom=_D3[0], dto=_D3[1], type="ied"))
_N9 = M("2021-09")
C("nineveh sep 2021", "listing", f(prov="Nineveh", dfrom=_N9[0], dto=_N9[1]),
  "how many is that in total?", "count", f(prov="Nineveh", dfrom=_N9[0], dto=_N9[1]))
_K6 = M("2022-06")
C("Kirkuk province June 2022", "listing", f(prov="Kirkuk", dfrom=_K6[0], dto=_K6[1]),
  "keep the ones IS was blamed for", "listing", f(prov="Kirkuk", dfrom=_K6[0], dto=_K6[1], perp="ISIS"))
_A10 = M("2020-10")
C("Anbar October 2020", "listing", f(prov="Anbar", dfrom=_A10[0], dto=_A10[1]),
  "could you turn that into a briefing?", "briefing", f(prov="Anbar", dfrom=_A10[0], dto=_A10[1]))
_B1 = M("2020-01")
C("Baghdad governorate Jan 2020", "listing", f(prov="Baghdad", dfrom=_B1[0], dto=_B1[1]),
  "widen to Dec 2019 - Feb 2020", "listing", f(prov="Baghdad", dfrom="2019-12-01", dto="2020-02-29"))
_S11 = M("2022-11")
C("Salahuddin November 2022", "listing", f(prov="Salahuddin", dfrom=_S11[0], dto=_S11[1]),
  "only attacks on the police", "listing", f(prov="Salahuddin", dfrom=_S11[0], dto=_S11[1], target="police"))
_DH4 = M("2024-04")
C("Dohuk province April 2024", "listing", f(prov="Dohuk", dfrom=_DH4[0], dto=_DH4[1]),
  "same thing for March 2024", "listing", f(prov="Dohuk", dfrom=M("2024-03")[0], dto=M("2024-03")[1]))
C("Turkish strikes in Dohuk province, April 2024", "listing", f(prov="Dohuk", dfrom=_DH4[0], dto=_DH4[1], perp="Turkey"),
  "and in Erbil province, any year?", "listing", f(prov="Erbil", perp="Turkey"))
C("Hawija attacks 2022", "listing", f(place="Hawija", dfrom=Y(2022)[0], dto=Y(2022)[1]),
  "and in 2021?", "listing", f(place="Hawija", dfrom=Y(2021)[0], dto=Y(2021)[1]))
C("Zakho incidents in 2024", "listing", f(place="Zakho", dfrom=Y(2024)[0], dto=Y(2024)[1]),
  "broaden to the whole governorate", "listing", f(prov="Dohuk", dfrom=Y(2024)[0], dto=Y(2024)[1]))
C("Amedi attacks, 2024", "listing", f(place="Amedi", dfrom=Y(2024)[0], dto=Y(2024)[1]),
  "and what's nearby too", "listing", f(place="Amedi", near=True, dfrom=Y(2024)[0], dto=Y(2024)[1]))
C("everything near Kirkuk city in June 2022", "listing", f(place="Kirkuk", near=True, dfrom=_K6[0], dto=_K6[1]),
  "only inside the city", "listing", f(place="Kirkuk", dfrom=_K6[0], dto=_K6[1]))
C("IEDs in Salahuddin in 2022", "listing", f(prov="Salahuddin", dfrom=Y(2022)[0], dto=Y(2022)[1], type="ied"),
  "remove the IED restriction", "listing", f(prov="Salahuddin", dfrom=Y(2022)[0], dto=Y(2022)[1]))
C("Baghdad province 2020", "listing", f(prov="Baghdad", dfrom=Y(2020)[0], dto=Y(2020)[1]),
  "count them for me", "count", f(prov="Baghdad", dfrom=Y(2020)[0], dto=Y(2020)[1]))
C("Diyala IS attacks 2023", "listing", f(prov="Diyala", dfrom=Y(2023)[0], dto=Y(2023)[1], perp="ISIS"),
  "forget the perpetrator, show attacks on the Hashd", "listing",
  f(prov="Diyala", dfrom=Y(2023)[0], dto=Y(2023)[1], target="PMU"))
C("dohuk governorate last month", "listing", f(prov="Dohuk", dfrom=_DH4[0], dto=_DH4[1]),
  "and the month before?", "listing", f(prov="Dohuk", dfrom=M("2024-03")[0], dto=M("2024-03")[1]), today="2024-05-06")
C("shootings in Nineveh province 2021", "listing", f(prov="Nineveh", dfrom=Y(2021)[0], dto=Y(2021)[1], type="shooting"),
  "switch to bombs", "listing", f(prov="Nineveh", dfrom=Y(2021)[0], dto=Y(2021)[1], type="ied"))
C("Anbar province in 2020", "listing", f(prov="Anbar", dfrom=Y(2020)[0], dto=Y(2020)[1]),
  "just the second half of October", "listing", f(prov="Anbar", dfrom="2020-10-16", dto="2020-10-31"))
C("Kirkuk province attacks 2021-2022", "listing", f(prov="Kirkuk", dfrom=Y(2021)[0], dto=Y(2022)[1]),
  "add 2023 to that", "listing", f(prov="Kirkuk", dfrom=Y(2021)[0], dto=Y(2023)[1]))
C("Salahuddin Nov 2022 list", "listing", f(prov="Salahuddin", dfrom=_S11[0], dto=_S11[1]),
  "only those where nobody knows who did it", "listing",
  f(prov="Salahuddin", dfrom=_S11[0], dto=_S11[1], perp="unknown"))
C("Basra province, all dates", "listing", f(prov="Basra"),
  "narrow it to 2020-2022", "listing", f(prov="Basra", dfrom=Y(2020)[0], dto=Y(2022)[1]))
C("attacks on US forces in Anbar, 2020", "listing", f(prov="Anbar", dfrom=Y(2020)[0], dto=Y(2020)[1], target="US forces"),
  "extend to include 2021", "listing", f(prov="Anbar", dfrom=Y(2020)[0], dto=Y(2021)[1], target="US forces"))
C("civilians targeted in Diyala March 2023", "listing", f(prov="Diyala", dfrom=_D3[0], dto=_D3[1], target="civilians"),
  "write it up as a briefing", "briefing", f(prov="Diyala", dfrom=_D3[0], dto=_D3[1], target="civilians"))
C("Mosul city bombings 2021", "listing", f(place="Mosul", dfrom=Y(2021)[0], dto=Y(2021)[1], type="ied"),
  "make it Nineveh province as a whole", "listing", f(prov="Nineveh", dfrom=Y(2021)[0], dto=Y(2021)[1], type="ied"))
