"""realworld13 questions and conversations. Filter convention of realworld8 /
10 / 11 / 12: filters carry exactly what the question's own words state."""
from lib import Q, C, f, month, year, span

# ------------------------------------------------------------------ listings, counts and briefings by cluster
D8a, D8b = month("2020-08")
N1a, N1b = month("2022-01")
K10a, K10b = month("2021-10")
A7a, A7b = month("2019-07")
B10a, B10b = month("2019-10")
S9a, S9b = month("2022-09")
H6a, H6b = month("2023-06")

# Diyala, August 2020
Q("anything in diala during aug 2020?", "listing", f(prov="Diyala", dfrom=D8a, dto=D8b))
Q("Diyala province, August 2020 - IS-blamed attacks only please", "listing",
  f(prov="Diyala", dfrom=D8a, dto=D8b, perp="ISIS"))
Q("Could you give me a count of the attacks recorded in Diyala governorate in August 2020?", "count",
  f(prov="Diyala", dfrom=D8a, dto=D8b))
Q("diyala second half of aug 2020, bombings", "listing",
  f(prov="Diyala", dfrom="2020-08-16", dto=D8b, type="ied"))
Q("Were there attacks on the Hashd in Diyala in August 2020? List them.", "listing",
  f(prov="Diyala", dfrom=D8a, dto=D8b, target="PMU"))
Q("Brief me on the security situation in Diyala province in August 2020.", "briefing",
  f(prov="Diyala", dfrom=D8a, dto=D8b))
Q("Jalawla attacks, 2020", "listing", f(place="Jalawla", dfrom=year(2020)[0], dto=year(2020)[1]))

# Nineveh, January 2022
Q("List the attacks in Ninawa province in January 2022.", "listing", f(prov="Nineveh", dfrom=N1a, dto=N1b))
Q("nineveh jan-22: turkish drone strikes", "listing",
  f(prov="Nineveh", dfrom=N1a, dto=N1b, type="airstrike_operation", perp="Turkey"))
Q("how many attacks hit soldiers in Nineveh governorate in January 2022?", "count",
  f(prov="Nineveh", dfrom=N1a, dto=N1b, target="army"))
Q("Nineveh province 1-15 Jan 2022", "listing", f(prov="Nineveh", dfrom=N1a, dto="2022-01-15"))
Q("mosul city, january 2022 - what happened?", "listing", f(place="Mosul", dfrom=N1a, dto=N1b))
Q("Shingal incidents in Jan 2022", "listing", f(place="Sinjar", dfrom=N1a, dto=N1b))

# Kirkuk, October 2021
Q("Kirkuk province, Oct 2021", "listing", f(prov="Kirkuk", dfrom=K10a, dto=K10b))
Q("kerkuk governorate oct '21 - attacks on police", "listing",
  f(prov="Kirkuk", dfrom=K10a, dto=K10b, target="police"))
Q("How many IEDs went off in Kirkuk province in October 2021?", "count",
  f(prov="Kirkuk", dfrom=K10a, dto=K10b, type="ied"))
Q("Kirkuk province, 1-10 October 2021 (the run-up to the vote and election day)", "listing",
  f(prov="Kirkuk", dfrom=K10a, dto="2021-10-10"))
Q("Kirkuk city only, October 2021", "listing", f(place="Kirkuk", dfrom=K10a, dto=K10b))
Q("I need a short briefing on Kirkuk province for October 2021, thanks.", "briefing",
  f(prov="Kirkuk", dfrom=K10a, dto=K10b))
Q("Daesh attacks on civilians in Kirkuk gov. in October 2021?", "listing",
  f(prov="Kirkuk", dfrom=K10a, dto=K10b, perp="ISIS", target="civilians"))

# Anbar, July 2019
Q("al anbar july 2019", "listing", f(prov="Anbar", dfrom=A7a, dto=A7b))
Q("Anbar, July 2019: attacks on the army", "listing", f(prov="Anbar", dfrom=A7a, dto=A7b, target="army"))
Q("count the IS attacks in Anbar in July 2019", "count", f(prov="Anbar", dfrom=A7a, dto=A7b, perp="ISIS"))
Q("Anbar Q3 2019 - all attacks", "listing", f(prov="Anbar", dfrom="2019-07-01", dto="2019-09-30"))
Q("attcks on tribal fighters in anbar, july 2019", "listing",
  f(prov="Anbar", dfrom=A7a, dto=A7b, target="PMU"))

# Baghdad, October 2019
Q("Baghdad province, October 2019", "listing", f(prov="Baghdad", dfrom=B10a, dto=B10b))
Q("shootings of protesters by the security forces in Baghdad governorate, Oct 2019", "listing",
  f(prov="Baghdad", dfrom=B10a, dto=B10b, type="shooting", perp="security forces", target="civilians"))
Q("How many attacks were there in Baghdad province in the second half of October 2019?", "count",
  f(prov="Baghdad", dfrom="2019-10-16", dto=B10b))
Q("Tarmiya attacks in 2019", "listing", f(place="Tarmiyah", dfrom=year(2019)[0], dto=year(2019)[1]))
Q("Please prepare a briefing on Baghdad province for October 2019.", "briefing",
  f(prov="Baghdad", dfrom=B10a, dto=B10b))
Q("unknown-attacker incidents in Baghdad gov., Oct 2019", "listing",
  f(prov="Baghdad", dfrom=B10a, dto=B10b, perp="unknown"))
Q("rocket attacks in Baghdad province in 2019", "listing",
  f(prov="Baghdad", dfrom=year(2019)[0], dto=year(2019)[1], type="mortar_rocket"))

# Salahuddin, September 2022
Q("Saladin province sept 2022", "listing", f(prov="Salahuddin", dfrom=S9a, dto=S9b))
Q("salah al-din, Sep '22 - IEDs only", "listing", f(prov="Salahuddin", dfrom=S9a, dto=S9b, type="ied"))
Q("How many attacks on the Hashd were there in Salahuddin in September 2022?", "count",
  f(prov="Salahuddin", dfrom=S9a, dto=S9b, target="PMU"))
Q("Samarra, September 2022", "listing", f(place="Samarra", dfrom=S9a, dto=S9b))
Q("civilian targets in Salahuddin province, first half of September 2022", "listing",
  f(prov="Salahuddin", dfrom=S9a, dto="2022-09-15", target="civilians"))
Q("Give me a briefing on Salahuddin in September 2022.", "briefing", f(prov="Salahuddin", dfrom=S9a, dto=S9b))

# Dohuk, June 2023
Q("Duhok province June 2023", "listing", f(prov="Dohuk", dfrom=H6a, dto=H6b))
Q("Turkish attacks on PKK targets in Dohuk, June 2023", "listing",
  f(prov="Dohuk", dfrom=H6a, dto=H6b, perp="Turkey", target="PKK"))
Q("count turkish shelling in duhok jun 2023", "count",
  f(prov="Dohuk", dfrom=H6a, dto=H6b, type="mortar_rocket", perp="Turkey"))
Q("Zakho, June 2023", "listing", f(place="Zakho", dfrom=H6a, dto=H6b))
Q("Amedi district attacks in 2023", "listing", f(place="Amedi", dfrom=year(2023)[0], dto=year(2023)[1]))
Q("everything around Zakho in 2023", "listing",
  f(place="Zakho", near=True, dfrom=year(2023)[0], dto=year(2023)[1]))
Q("How many Turkish drone strikes killed civilians in Dohuk governorate in June 2023?", "count",
  f(prov="Dohuk", dfrom=H6a, dto=H6b, type="airstrike_operation", perp="Turkey", target="civilians"))
Q("brief me: Dohuk, June 2023", "briefing", f(prov="Dohuk", dfrom=H6a, dto=H6b))

# ------------------------------------------------------------------ other provinces, types, actors, periods
Q("Basra province attacks 2019-2025", "listing", f(prov="Basra", dfrom="2019-01-01", dto="2025-12-31"))
Q("shootings of activists in Basra city", "listing", f(place="Basra", type="shooting", target="civilians"))
Q("erbil governorate, any year", "listing", f(prov="Erbil"))
Q("Hewler province: attacks on US forces", "listing", f(prov="Erbil", target="US forces"))
Q("Turkish drone strikes in Sulaimaniya province since 2020", "listing",
  f(prov="Sulaymaniyah", dfrom="2020-01-01", type="airstrike_operation", perp="Turkey"))
Q("sulaymaniyah governorate - all incidents", "listing", f(prov="Sulaymaniyah"))
Q("attacks in Misan in 2025", "listing", f(prov="Maysan", dfrom=year(2025)[0], dto=year(2025)[1]))
Q("How many attacks in Maysan province overall?", "count", f(prov="Maysan"))
Q("kidnappings 2019-2025", "listing", f(type="kidnapping", dfrom="2019-01-01", dto="2025-12-31"))
Q("grenade attacks in 2021", "listing", f(type="other", dfrom=year(2021)[0], dto=year(2021)[1]))
Q("attacks on US forces in 2023", "listing", f(target="US forces", dfrom=year(2023)[0], dto=year(2023)[1]))
Q("coalition convoy bombings 2020-2021", "listing",
  f(type="ied", target="US forces", dfrom="2020-01-01", dto="2021-12-31"))
Q("sound bombs / IEDs in Najaf province, any date", "listing", f(prov="Najaf", type="ied"))
Q("Waset province incidents 2024", "listing", f(prov="Wasit", dfrom=year(2024)[0], dto=year(2024)[1]))
Q("Muthana gov. - all years", "listing", f(prov="Muthanna"))
Q("qadisiya province 2022-2025", "listing", f(prov="Qadisiyah", dfrom="2022-01-01", dto="2025-12-31"))
Q("Dhiqar attacks since 2021", "listing", f(prov="Dhi Qar", dfrom="2021-01-01"))
Q("Karbala city, 2020", "listing", f(place="Karbala", dfrom=year(2020)[0], dto=year(2020)[1]))
Q("PMU-perpetrated attacks, whole period", "listing", f(perp="PMU"))
Q("unknown-attacker shootings in 2024-2025", "listing",
  f(perp="unknown", type="shooting", dfrom="2024-01-01", dto="2025-12-31"))
Q("Babel province: how many attacks in total?", "count", f(prov="Babil"))
Q("Which attacks in 2025 were blamed on IS?", "listing", f(perp="ISIS", dfrom=year(2025)[0], dto=year(2025)[1]))
Q("How many attacks targeted the police in 2025?", "count",
  f(target="police", dfrom=year(2025)[0], dto=year(2025)[1]))
Q("oil police / police targets in Salahuddin, any year", "listing", f(prov="Salahuddin", target="police"))
Q("border guards attacked, 2019-2025", "listing", f(target="security forces", dfrom="2019-01-01", dto="2025-12-31"))
Q("Kerbala province, all attacks", "listing", f(prov="Karbala"))
Q("attacks near Hawija since 2021", "listing", f(place="Hawija", near=True, dfrom="2021-01-01"))
Q("Hawija district attacks, 2021-2025", "listing", f(place="Hawija", dfrom="2021-01-01", dto="2025-12-31"))
Q("ambushes in 2022", "listing", f(type="ambush", dfrom=year(2022)[0], dto=year(2022)[1]))
Q("How many suicide attacks were recorded in 2023?", "count", f(type="suicide", dfrom=year(2023)[0], dto=year(2023)[1]))
Q("attacks on the PKK in Erbil province since 2024", "listing", f(prov="Erbil", target="PKK", dfrom="2024-01-01"))
Q("Drone attacks on oil fields in the Kurdistan Region in July 2025 - Erbil province", "listing",
  f(prov="Erbil", dfrom="2025-07-01", dto="2025-07-31"))
Q("Diyala 2021-2025", "listing", f(prov="Diyala", dfrom="2021-01-01", dto="2025-12-31"))
Q("Kirkuk provnce attacks in 2025", "listing", f(prov="Kirkuk", dfrom=year(2025)[0], dto=year(2025)[1]))
Q("Rocket attacks on US troops, 2019-2025", "listing",
  f(type="mortar_rocket", target="US forces", dfrom="2019-01-01", dto="2025-12-31"))

# relative periods
Q("attacks in Dohuk province last month", "listing", f(prov="Dohuk", dfrom=H6a, dto=H6b), today="2023-07-04")
Q("Kirkuk province so far this year", "listing", f(prov="Kirkuk", dfrom="2021-01-01"), today="2021-11-20")
Q("Anbar, last quarter", "listing", f(prov="Anbar", dfrom="2019-07-01", dto="2019-09-30"), today="2019-10-10")
Q("how many attacks in Erbil governorate last year?", "count",
  f(prov="Erbil", dfrom=year(2023)[0], dto=year(2023)[1]), today="2024-02-01")
Q("Salahuddin last month - IS attacks", "listing",
  f(prov="Salahuddin", dfrom=S9a, dto=S9b, perp="ISIS"), today="2022-10-05")

# ------------------------------------------------------------------ single-event questions
def one(text, key, sfx, field, **kw):
    Q(text, "fact", f(**kw), ev=(key, sfx), field=field)


one("How many were wounded when the roadside bomb killed a PMF commander in Imam Wais in August 2020?",
    "K1", "b", "wounded", place="Imam Wais", dfrom=D8a, dto=D8b, type="ied", target="PMU")
one("How many soldiers died in the IS attack on the army post at Al-Azim on 21 January 2022?",
    "K2", "c", "killed", place="Udhaim", dfrom="2022-01-21", dto="2022-01-21", perp="ISIS", target="army")
one("Was anyone hurt when a grenade was thrown at the new MP's house in Domiz, Kirkuk city, in October 2021?",
    "K3", "b", "wounded", place="Kirkuk", dfrom=K10a, dto=K10b, type="other")
one("How many protesters were killed by tear gas canisters on Al-Jumhuriya bridge on 25 October 2019?",
    "K5", "c", "killed", place="Al-Jumhuriya bridge", dfrom="2019-10-25", dto="2019-10-25", target="civilians")
one("Who was behind the drone strike that killed three people near Said Sadiq in June 2023?",
    "K7", "c", "perpetrator", place="Sayid Sadiq", dfrom=H6a, dto=H6b, type="airstrike_operation")
one("how many workers died in the Khor Mor drone attack, April 2024?",
    "K8", "b", "killed", place="Khor Mor", dfrom="2024-04-01", dto="2024-04-30")
one("How many were killed in the US air strikes on Jurf al-Nasr in November 2023?",
    "K11", "c", "killed", place="Jurf al-Nasr", dfrom="2023-11-01", dto="2023-11-30",
    type="airstrike_operation", perp="US forces")
one("any injuries from the sound bomb at the judge's house in Amarah, Feb 2025?",
    "K9", "b", "wounded", place="Amarah", dfrom="2025-02-01", dto="2025-02-28", type="ied")
one("How many police were killed by the IED near Al-Mukhaisa on 10 August 2020?",
    "A1", "a", "killed", place="Al-Mukhaisa", dfrom="2020-08-10", dto="2020-08-10", type="ied", target="police")
one("who shot the mukhtar in Bartella in January 2022?",
    "A2", "b", "perpetrator", place="Bartella", dfrom=N1a, dto=N1b, type="shooting")
one("How many people were killed by the sticky bomb on the Turkmen candidate's car in Kirkuk city on 3 October 2021?",
    "A3", "a", "killed", place="Kirkuk", dfrom="2021-10-03", dto="2021-10-03", type="ied")
one("How many Tribal Mobilisation fighters died in the Wadi Horan IED in July 2019?",
    "A4", "a", "killed", place="Wadi Horan", dfrom=A7a, dto=A7b, type="ied", target="PMU")
one("how many people did the rooftop snipers kill near Tayaran Square on 4 Oct 2019?",
    "A5", "a", "killed", place="Tayaran Square", dfrom="2019-10-04", dto="2019-10-04")
one("PMF members killed in the Makhoul mountains attack on 11 September 2022?",
    "A6", "a", "killed", place="Makhoul mountains", dfrom="2022-09-11", dto="2022-09-11", target="PMU")
one("When was the shepherd wounded by Turkish shelling at Chamanke?",
    "A7", "b", "event_date", place="Chamanke", type="mortar_rocket", perp="Turkey", target="civilians")
one("How many were injured by the IED on the Iranian Kurdish party member's car in Koya, July 2024?",
    "A8", "a", "wounded", place="Koya", dfrom="2024-07-01", dto="2024-07-31", type="ied")
one("Casualties from the IED against the coalition convoy near Al-Mahawil on 12 July 2021?",
    "A10", "a", "killed", place="Mahawil", dfrom="2021-07-12", dto="2021-07-12", type="ied", target="US forces")
one("how many were hurt in the coalition convoy bombing near Diwaniyah on 15 Sept 2020?",
    "A12", "a", "wounded", place="Diwaniyah", dfrom="2020-09-15", dto="2020-09-15", type="ied", target="US forces")
one("What was the final death toll of the roadside bomb on the PMF vehicle near Jalawla on 19 August 2020?",
    "L1", "a", "killed", place="Jalawla", dfrom="2020-08-19", dto="2020-08-19", type="ied", target="PMU")
one("How many soldiers were wounded by the roadside bomb near Hammam al-Alil on 8 January 2022?",
    "L2", "a", "wounded", place="Hammam al-Alil", dfrom="2022-01-08", dto="2022-01-08", type="ied", target="army")
one("Tribal fighters killed at the Al-Karma checkpoint on 18 July 2019?",
    "L4", "a", "killed", place="Karma", dfrom="2019-07-18", dto="2019-07-18", target="PMU")
one("How many were wounded in the shooting at Al-Sinak bridge on 28 October 2019?",
    "L5", "a", "wounded", place="Al-Sinak bridge", dfrom="2019-10-28", dto="2019-10-28", type="shooting")
one("Casualties from the Turkish air strikes on the Mateen area of Amedi district on 11 June 2023?",
    "L7", "a", "killed", place="Amedi", dfrom="2023-06-11", dto="2023-06-11", type="airstrike_operation",
    perp="Turkey")
one("How many US troops were killed in the missile attack on Ain al-Asad on 20 January 2024?",
    "L11", "a", "killed", place="Ain al-Asad", dfrom="2024-01-20", dto="2024-01-20", target="US forces")
one("how many protesters were wounded at Habboubi Square in Nasiriyah on 27 Feb 2021?",
    "L12", "a", "wounded", place="Nasiriyah", dfrom="2021-02-27", dto="2021-02-27", target="civilians")
one("How many soldiers were wounded in the attack on the post in Sherwin village in August 2020?",
    "T1", "a", "wounded", place="Sherwin", dfrom=D8a, dto=D8b, target="army")
one("soldiers dead in the IED on the Hit-Kubaisa road, 29 July 2019?",
    "T4", "a", "killed", place="Hit-Kubaisa road", dfrom="2019-07-29", dto="2019-07-29", type="ied", target="army")
one("how many protesters were killed near Al-Khilani Square on 2 October 2019?",
    "T5", "a", "killed", place="Al-Khilani Square", dfrom="2019-10-02", dto="2019-10-02", target="civilians")
one("Was anyone hurt in the drone attack on the Khurmala oil field in July 2025?",
    "T8", "a", "wounded", place="Khurmala", dfrom="2025-07-01", dto="2025-07-31")
one("How many were wounded by the sticky bomb in Abu al-Khasib on 8 March 2022?",
    "T9", "a", "wounded", place="Abu al-Khasib", dfrom="2022-03-08", dto="2022-03-08", type="ied")
one("how many people were killed near Buhriz on 24 August 2020?",
    "D1", "a", "killed", place="Buhriz", dfrom="2020-08-24", dto="2020-08-24")
one("When was the army outpost near Qayyarah attacked by ISIS in January 2022?",
    "D2", "a", "event_date", place="Qayyarah", dfrom=N1a, dto=N1b, perp="ISIS", target="army")
one("How many protesters did the security forces kill in Baghdad's Sadr City on 6 October 2019?",
    "D5", "a", "killed", place="Baghdad", dfrom="2019-10-06", dto="2019-10-06", perp="security forces",
    target="civilians")
one("Were there casualties when Turkish artillery hit near Kesta in June 2023?",
    "D7", "b", "killed", place="Kesta", dfrom=H6a, dto=H6b, perp="Turkey")
one("casualties in the drone attack on Erbil International Airport in April 2021?",
    "D8", "a", "killed", place="Erbil International Airport", dfrom="2021-04-01", dto="2021-04-30")
one("How many were wounded when the activist was shot dead in Basra's Al-Ashar on 9 August 2020?",
    "D9", "a", "wounded", place="Basra", dfrom="2020-08-09", dto="2020-08-09", type="shooting", target="civilians")
one("Was anyone killed by the sticky bomb in Al-Musayyib on 23 August 2024?",
    "D11", "a", "killed", place="Musayyib", dfrom="2024-08-23", dto="2024-08-23", type="ied")
one("any casualties from the arson at the party office in Al-Rumaitha in March 2025?",
    "D12", "a", "killed", place="Rumaitha", dfrom="2025-03-01", dto="2025-03-31")
one("Were there injuries in the Khabbaz field bombing in October 2021?",
    "X3", "a", "wounded", place="Khabbaz field", dfrom=K10a, dto=K10b, type="ied")
one("How many were injured when the Akkas convoy was fired on south of Al-Qaim on 9 July 2019?",
    "X4", "a", "wounded", place="Qaim", dfrom="2019-07-09", dto="2019-07-09")
one("Who claimed the IED attack on the oil police at the Ajeel field in September 2022?",
    "X6", "a", "perpetrator", place="Ajeel field", dfrom=S9a, dto=S9b, type="ied", target="police")
one("how many died in the drone strike near Darkar on 18 June 2023?",
    "X7", "a", "killed", place="Darkar", dfrom="2023-06-18", dto="2023-06-18", type="airstrike_operation")
one("How many were hurt in the grenade attack on the Majnoon field camp in February 2024?",
    "X10", "a", "wounded", place="Majnoon field", dfrom="2024-02-01", dto="2024-02-29", type="other")
one("How many were killed in the kidnapping of two contractor employees near the Halfaya field in March 2021?",
    "X12", "a", "killed", place="Halfaya field", dfrom="2021-03-01", dto="2021-03-31", type="kidnapping")
one("On what date did the roadside bomb kill three PMF members near Khalis?",
    "P1", "a", "event_date", place="Khalis", type="ied", target="PMU")
one("When were the two soldiers killed near Rawa in July 2019?",
    "P4", "a", "event_date", place="Rawa", dfrom=A7a, dto=A7b, target="army")
one("How many were hurt by tear gas canisters on Al-Rasheed Street on 26 October 2019?",
    "P5", "a", "wounded", place="Al-Rasheed Street", dfrom="2019-10-26", dto="2019-10-26")
one("How many shepherds were wounded in the attack near Tuz Khurmatu on 21 September 2022?",
    "P6", "a", "wounded", place="Tuz Khurmatu", dfrom="2022-09-21", dto="2022-09-21", target="civilians")
one("What date was the police officer shot dead in Kut?",
    "P8", "a", "event_date", place="Kut", type="shooting", target="police")
one("How many were wounded in the liquor store blast in Diwaniyah on 11 November 2023?",
    "P10", "a", "wounded", place="Diwaniyah", dfrom="2023-11-11", dto="2023-11-11")
one("How many Hashd were killed in the end in the attack near Al-Abbara on 6 August 2020?",
    "R1", "a", "killed", place="Abbara", dfrom="2020-08-06", dto="2020-08-06", target="PMU")
one("laylan truck bomb in october 2021 - how many dead?",
    "R3", "a", "killed", place="Laylan", dfrom=K10a, dto=K10b, type="ied")
one("How many soldiers were wounded in the attack on the post at Barwana in July 2019?",
    "R4", "a", "wounded", place="Barwana", dfrom=A7a, dto=A7b, target="army")
one("Anyone killed when Turkish shells hit Barwari Bala on 29 June 2023?",
    "R7", "a", "killed", place="Barwari Bala", dfrom="2023-06-29", dto="2023-06-29", type="mortar_rocket",
    perp="Turkey")
one("What day was the grenade thrown at the judge's house in Al-Qurna?",
    "R8", "a", "event_date", place="Qurna", type="other")
one("How many Hashd were killed by the IED near Akashat in February 2025?",
    "R11", "a", "killed", place="Akashat", dfrom="2025-02-01", dto="2025-02-28", type="ied", target="PMU")
one("was the council member killed in the Aziziyah sticky bomb in November 2024?",
    "R12", "a", "killed", place="Aziziyah", dfrom="2024-11-01", dto="2024-11-30", type="ied")
one("How many were killed by the IED next to the minibus in Jalawla on 9 August 2020?",
    "E1", "a", "killed", place="Jalawla", dfrom="2020-08-09", dto="2020-08-09", type="ied")
one("were either of the two men abducted near Tal Qasab in January 2022 hurt?",
    "E2", "a", "wounded", place="Tal Qasab", dfrom=N1a, dto=N1b, type="kidnapping")
one("When did the IED kill the water-tanker driver near Kubaisa?",
    "E4", "a", "event_date", place="Kubaisa", type="ied")
one("latest toll: how many were killed when gunmen fired on the tents at Al-Khilani Square on 28 October 2019?",
    "E5", "a", "killed", place="Al-Khilani Square", dfrom="2019-10-28", dto="2019-10-28", target=None)
one("who was responsible for the shooting at the health directorate vehicle near Al-Alam in September 2022?",
    "E6", "a", "perpetrator", place="Al-Alam", dfrom=S9a, dto=S9b, type="shooting")
one("how many died in the drone strike at Sheladze on 24 June 2023?",
    "E7", "a", "killed", place="Sheladze", dfrom="2023-06-24", dto="2023-06-24", type="airstrike_operation")
one("Casualties from the IED on the road between Amarah and Al-Kahla in May 2024?",
    "E9", "a", "killed", place="Amarah", dfrom="2024-05-01", dto="2024-05-31", type="ied")
one("How many students were injured by the bomb at the University of Mosul gate in January 2022?",
    "S2", "a", "wounded", place="Mosul", dfrom=N1a, dto=N1b, type="ied")
one("who killed the Kakai farmer near Sargaran in October 2021?",
    "S3", "b", "perpetrator", place="Sargaran", dfrom=K10a, dto=K10b)
one("how many of the shepherds abducted near Mutaibijah in September 2022 were found dead?",
    "S6", "a", "killed", place="Mutaibijah", dfrom=S9a, dto=S9b, type="kidnapping", target="civilians")
one("How many were killed in the Turkish drone strike near Qaladiza in December 2021?",
    "S9", "a", "killed", place="Qaladiza", dfrom="2021-12-01", dto="2021-12-31", type="airstrike_operation",
    perp="Turkey")
one("How many were injured when gunmen fired on protesters near Sadrain Square, Najaf, on 5 Dec 2019?",
    "S11", "a", "wounded", place="Najaf", dfrom="2019-12-05", dto="2019-12-05", target="civilians")
one("Border guards wounded by the mortar fire in Mandali on 25 August 2020?",
    "F1", "a", "wounded", place="Mandali", dfrom="2020-08-25", dto="2020-08-25", type="mortar_rocket",
    target="security forces")
one("How many PMF were killed at the Badush checkpoint in January 2022?",
    "F2", "b", "killed", place="Badush", dfrom=N1a, dto=N1b, target="PMU")
one("casualties from the Katyushas near Habbaniyah airbase, 3 July 2019?",
    "F4", "a", "killed", place="Habbaniyah", dfrom="2019-07-03", dto="2019-07-03", type="mortar_rocket")
one("Who claimed the IED on the army patrol in Tarmiyah on 5 October 2019?",
    "F5", "b", "perpetrator", place="Tarmiyah", dfrom="2019-10-05", dto="2019-10-05", type="ied", target="army")
one("How many PMF were wounded by the mortar on the post in Amirli in September 2022?",
    "F6", "b", "wounded", place="Amirli", dfrom=S9a, dto=S9b, type="mortar_rocket", target="PMU")
one("How many civilians were killed in the drone strike on Dergala in June 2023?",
    "F7", "c", "killed", place="Dergala", dfrom=H6a, dto=H6b, type="airstrike_operation", target="civilians")
one("How many were injured by the IED under the Asayish officer's car in Chwarta, March 2025?",
    "F11", "b", "wounded", place="Chwarta", dfrom="2025-03-01", dto="2025-03-31", type="ied")
one("How many policemen were killed near Prde (Altun Kupri) in October 2021?",
    "M3", "a", "killed", place="Altun Kupri", dfrom=K10a, dto=K10b, target="police")
one("How many demonstrators were wounded in New Baghdad on 3 October 2019?",
    "M5", "a", "wounded", place="New Baghdad", dfrom="2019-10-03", dto="2019-10-03", target="civilians")
one("Was anyone killed in the ISIS attack on a village near Sulaiman Bek on 26 September 2022?",
    "M6", "a", "killed", place="Sulaiman Bek", dfrom="2022-09-26", dto="2022-09-26", perp="ISIS")
one("How many soldiers were killed near Hawija in January 2025?",
    "M10", "a", "killed", place="Hawija", dfrom="2025-01-01", dto="2025-01-31", target="army")
one("How many soldiers died in the IED in Meydan, Khanaqin district, in March 2023?",
    "M12", "a", "killed", place="Khanaqin", dfrom="2023-03-01", dto="2023-03-31", type="ied", target="army")
one("How many were wounded in the Hibhib roadside bomb on 23 August 2020?",
    "Q1", "a", "wounded", place="Hibhib", dfrom="2020-08-23", dto="2020-08-23", type="ied")
one("How many Turkmen Hashd fighters were killed near Al-Bashir village in October 2021?",
    "Q3", "a", "killed", place="Bashir", dfrom=K10a, dto=K10b, target="PMU")
one("How many farmers were hurt by the bomb in the orchard near Dhuluiya in September 2022?",
    "Q6", "a", "wounded", place="Dhuluiya", dfrom=S9a, dto=S9b, type="ied", target="civilians")
one("When was the activist assassinated in Al-Tannuma?",
    "Q10", "a", "event_date", place="Tannuma", target="civilians")
one("How many were injured by the bomb at the police officer's house in Ali al-Gharbi in May 2025?",
    "Q11", "a", "wounded", place="Ali al-Gharbi", dfrom="2025-05-01", dto="2025-05-31", type="ied", target="police")
one("PMF killed at the post near Baiji on 28 April 2024?",
    "Q12", "a", "killed", place="Baiji", dfrom="2024-04-28", dto="2024-04-28", target="PMU")
one("In which town was a grenade thrown at a polling centre in Kirkuk province on 10 October 2021?",
    "E3", "a", "place_canonical", prov="Kirkuk", dfrom="2021-10-10", dto="2021-10-10", type="other")
one("Where did the drone strike that killed two YBS fighters on 13 January 2022 hit?",
    "R2", "a", "place_canonical", dfrom="2022-01-13", dto="2022-01-13", type="airstrike_operation")
one("Who attacked the Tribal Mobilisation checkpoint near Al-Abbasi on 18 October 2021?",
    "A3", "b", "perpetrator", place="Al-Abbasi", dfrom="2021-10-18", dto="2021-10-18", target="PMU")
one("Who was blamed for the ambush on the army patrol near Al-Shirqat on 27 September 2022?",
    "D6", "a", "perpetrator", place="Sharqat", dfrom="2022-09-27", dto="2022-09-27", type="ambush", target="army")
one("Who fired on the protest tents at Sahat al-Tayaran on 27 October 2019?",
    "Q5", "a", "perpetrator", place="Sahat al-Tayaran", dfrom="2019-10-27", dto="2019-10-27")
one("who was responsible for the drone attack on Ain al-Asad on 9 November 2023?",
    "K11", "a", "perpetrator", place="Ain al-Asad", dfrom="2023-11-09", dto="2023-11-09")
one("When were two farmers killed in Qoratu?",
    "M1", "a", "event_date", place="Qoratu", target="civilians")
one("When did the sticky bomb go off under the lawyer's car in Mosul's Hay al-Muhandiseen?",
    "Q2", "a", "event_date", place="Mosul", type="ied")

# ------------------------------------------------------------------ no-match questions
Q("How many were killed in the suicide car bombing in Kirkuk city in October 2021?", "fact",
  f(place="Kirkuk", dfrom=K10a, dto=K10b, type="suicide"), field="killed", no_match=True)
Q("Who carried out the Turkish air strike on Dohuk city in June 2023?", "fact",
  f(place="Dohuk", dfrom=H6a, dto=H6b, type="airstrike_operation", perp="Turkey"), field="perpetrator",
  no_match=True)
Q("How many people were kidnapped in Basra province in 2022?", "fact",
  f(prov="Basra", dfrom=year(2022)[0], dto=year(2022)[1], type="kidnapping"), field="killed", no_match=True)
Q("How many died in the suicide bombing in Baghdad's Tahrir Square in October 2019?", "fact",
  f(place="Baghdad", dfrom=B10a, dto=B10b, type="suicide"), field="killed", no_match=True)


# ------------------------------------------------------------------ conversations
def fl(**kw):
    return f(**kw)


C("Diyala, August 2020", "listing", fl(prov="Diyala", dfrom=D8a, dto=D8b),
  "only the IED ones", "listing", fl(prov="Diyala", dfrom=D8a, dto=D8b, type="ied"))
C("nineveh jan 2022", "listing", fl(prov="Nineveh", dfrom=N1a, dto=N1b),
  "how many is that altogether?", "count", fl(prov="Nineveh", dfrom=N1a, dto=N1b))
C("Kirkuk province October 2021", "listing", fl(prov="Kirkuk", dfrom=K10a, dto=K10b),
  "which of those were put down to IS?", "listing", fl(prov="Kirkuk", dfrom=K10a, dto=K10b, perp="ISIS"))
C("Anbar July 2019", "listing", fl(prov="Anbar", dfrom=A7a, dto=A7b),
  "turn that into a briefing please", "briefing", fl(prov="Anbar", dfrom=A7a, dto=A7b))
C("Baghdad province, Oct 2019", "listing", fl(prov="Baghdad", dfrom=B10a, dto=B10b),
  "widen it to Oct-Dec 2019", "listing", fl(prov="Baghdad", dfrom=B10a, dto="2019-12-31"))
C("Salahuddin, September 2022", "listing", fl(prov="Salahuddin", dfrom=S9a, dto=S9b),
  "only attacks on soldiers", "listing", fl(prov="Salahuddin", dfrom=S9a, dto=S9b, target="army"))
C("Turkish strikes in Dohuk province, June 2023", "listing", fl(prov="Dohuk", dfrom=H6a, dto=H6b, perp="Turkey"),
  "and in Erbil province, any year?", "listing", fl(prov="Erbil", perp="Turkey"))
C("Basra province 2021", "listing", fl(prov="Basra", dfrom=year(2021)[0], dto=year(2021)[1]),
  "and in 2022?", "listing", fl(prov="Basra", dfrom=year(2022)[0], dto=year(2022)[1]))
C("Zakho attacks in June 2023", "listing", fl(place="Zakho", dfrom=H6a, dto=H6b),
  "broaden to the whole governorate", "listing", fl(prov="Dohuk", dfrom=H6a, dto=H6b))
C("Hawija, 2021", "listing", fl(place="Hawija", dfrom=year(2021)[0], dto=year(2021)[1]),
  "and what's nearby too", "listing", fl(place="Hawija", near=True, dfrom=year(2021)[0], dto=year(2021)[1]))
C("everything near Mosul in January 2022", "listing", fl(place="Mosul", near=True, dfrom=N1a, dto=N1b),
  "only inside the city", "listing", fl(place="Mosul", dfrom=N1a, dto=N1b))
C("IEDs in Salahuddin province, September 2022", "listing",
  fl(prov="Salahuddin", dfrom=S9a, dto=S9b, type="ied"),
  "remove the IED restriction", "listing", fl(prov="Salahuddin", dfrom=S9a, dto=S9b))
C("attacks on the army in Anbar, July 2019", "listing", fl(prov="Anbar", dfrom=A7a, dto=A7b, target="army"),
  "count them for me", "count", fl(prov="Anbar", dfrom=A7a, dto=A7b, target="army"))
C("IS attacks in Kirkuk province, October 2021", "listing",
  fl(prov="Kirkuk", dfrom=K10a, dto=K10b, perp="ISIS"),
  "forget who did it, show the attacks on the Hashd", "listing",
  fl(prov="Kirkuk", dfrom=K10a, dto=K10b, target="PMU"))
C("attacks in Dohuk province last month", "listing", fl(prov="Dohuk", dfrom=H6a, dto=H6b),
  "and the month before?", "listing", fl(prov="Dohuk", dfrom="2023-05-01", dto="2023-05-31"), today="2023-07-03")
C("shootings in Baghdad province, October 2019", "listing",
  fl(prov="Baghdad", dfrom=B10a, dto=B10b, type="shooting"),
  "switch to bombs", "listing", fl(prov="Baghdad", dfrom=B10a, dto=B10b, type="ied"))
C("Nineveh province, January 2022", "listing", fl(prov="Nineveh", dfrom=N1a, dto=N1b),
  "just the second half of the month", "listing", fl(prov="Nineveh", dfrom="2022-01-16", dto=N1b))
C("Erbil governorate 2024", "listing", fl(prov="Erbil", dfrom=year(2024)[0], dto=year(2024)[1]),
  "add 2025 to that", "listing", fl(prov="Erbil", dfrom=year(2024)[0], dto=year(2025)[1]))
C("Baghdad province October 2019 - attacks on civilians", "listing",
  fl(prov="Baghdad", dfrom=B10a, dto=B10b, target="civilians"),
  "only those where nobody knows who did it", "listing",
  fl(prov="Baghdad", dfrom=B10a, dto=B10b, target="civilians", perp="unknown"))
C("Turkish drone strikes 2020-2025", "listing",
  fl(type="airstrike_operation", perp="Turkey", dfrom="2020-01-01", dto="2025-12-31"),
  "narrow it to 2021-2022", "listing",
  fl(type="airstrike_operation", perp="Turkey", dfrom="2021-01-01", dto="2022-12-31"))
C("attacks in Maysan in 2021", "listing", fl(prov="Maysan", dfrom=year(2021)[0], dto=year(2021)[1]),
  "extend to include 2023 through 2025", "listing", fl(prov="Maysan", dfrom=year(2021)[0], dto=year(2025)[1]))
C("Diyala province, August 2020 - attacks on the Hashd", "listing",
  fl(prov="Diyala", dfrom=D8a, dto=D8b, target="PMU"),
  "write it up as a briefing", "briefing", fl(prov="Diyala", dfrom=D8a, dto=D8b, target="PMU"))
C("IEDs in Mosul city in January 2022", "listing", fl(place="Mosul", dfrom=N1a, dto=N1b, type="ied"),
  "make it Nineveh province as a whole", "listing", fl(prov="Nineveh", dfrom=N1a, dto=N1b, type="ied"))
C("how many attacks in Kirkuk province in October 2021?", "count", fl(prov="Kirkuk", dfrom=K10a, dto=K10b),
  "give me the briefing version", "briefing", fl(prov="Kirkuk", dfrom=K10a, dto=K10b))
