"""realworld16 questions and conversations. Gold filters carry only what the
question's own words state (realworld8/10-15 convention); single-event
questions name their incident (doc key, suffix) and the field read back."""
from lib import Q, C, f, month, year, span

T0 = "2025-12-01"


def F(place=None, near=False, prov=None, d=None, type=None, perp=None, target=None):
    """d: 'YYYY-MM-DD' (one day), 'YYYY-MM' (a month), 'YYYY' (a year),
    a (from, to) tuple (either may be None) or None."""
    if d is None:
        a = b = None
    elif isinstance(d, tuple):
        a, b = d
    elif len(d) == 10:
        a = b = d
    elif len(d) == 7:
        a, b = month(d)
    else:
        a, b = year(int(d))
    return f(place=place, near=near, prov=prov, dfrom=a, dto=b, type=type, perp=perp, target=target)


def L(text, today=T0, **kw):
    Q(text, "listing", F(**kw), today=today)


def N(text, today=T0, **kw):
    Q(text, "count", F(**kw), today=today)


def B(text, today=T0, **kw):
    Q(text, "briefing", F(**kw), today=today)


def X(text, today=T0, **kw):
    Q(text, "fact", F(**kw), today=today, no_match=True, field="killed")


def S(text, ev, field, today=T0, **kw):
    key, sfx = ev.split("-")
    Q(text, "fact", F(**kw), today=today, ev=(key, sfx), field=field)


# ============================================================ listings, counts, briefings
# clusters
L("what happened in salahuddin in june 2021?", prov="Salahuddin", d="2021-06")
L("Salah al-Din, June 2021 - only the ones blamed on Daesh", prov="Salahuddin", d="2021-06", perp="ISIS")
N("How many attacks were recorded in Salahuddin province in June 2021?", prov="Salahuddin", d="2021-06")
L("any IS attacks near Baiji in 2021?", place="Baiji", near=True, d="2021", perp="ISIS")
L("attacks on the Hashd in Salahudin, jun 2021", prov="Salahuddin", d="2021-06", target="PMU")
B("write up the attacks on PMF units in Salahuddin in June 2021 as a briefing", prov="Salahuddin", d="2021-06", target="PMU")
L("diyala march 2022 attakcs pls", prov="Diyala", d="2022-03")
B("Prepare a briefing about Daesh attacks across Diyala", prov="Diyala", perp="ISIS")
N("number of IEDs in Diyala in March 2022", prov="Diyala", d="2022-03", type="ied")
L("Diyala, 1-15 March 2022: what was reported?", prov="Diyala", d=("2022-03-01", "2022-03-15"))
L("list kirkuk prov incidents aug 2019", prov="Kirkuk", d="2019-08")
N("How many attacks did IS carry out in Kirkuk province in Aug 2019?", prov="Kirkuk", d="2019-08", perp="ISIS")
B("Summarize attacks around Kirkuk city last year", today="2020-02-10", place="Kirkuk", near=True, d="2019")
L("the summer of 2019 in Kirkuk province - attacks", prov="Kirkuk", d=("2019-06-01", "2019-08-31"))
L("Anbar Nov 2020 - IEDs only", prov="Anbar", d="2020-11", type="ied")
N("How many attacks were there in Anbar in November 2020?", prov="Anbar", d="2020-11")
B("brief me on Anbar, Nov 2020", prov="Anbar", d="2020-11")
L("list the attacks on tribal Hashd fighters in Anbar in November 2020", prov="Anbar", d="2020-11", target="PMU")
L("Ninawa, February 2023: what was reported?", prov="Nineveh", d="2023-02")
N("How many incidents in Nineveh in Feb 2023 targeted the army?", prov="Nineveh", d="2023-02", target="army")
B("Summarise the Nineveh attacks in February 2023 for a briefing", prov="Nineveh", d="2023-02")
L("Turkish strikes in Duhok province in July 2024", prov="Dohuk", d="2024-07", perp="Turkey")
N("how many Turkish drone strikes hit Dohuk province in jul 2024?", prov="Dohuk", d="2024-07", perp="Turkey", type="airstrike_operation")
L("what happened near Zakho in July 2024?", place="Zakho", near=True, d="2024-07")
L("attacks in Zakho, july 2024", place="Zakho", d="2024-07")
B("a briefing on Turkish attacks in Dohuk province", prov="Dohuk", perp="Turkey")
# groups, targets, types
B("a briefing on PKK attacks", perp="PKK")
L("attacks on the PKK since 2021", d=("2021-01-01", None), target="PKK")
L("attacks on Peshmerga", target="Peshmerga")
L("IS attacks in Anbar since 2019", prov="Anbar", d=("2019-01-01", None), perp="ISIS")
L("ISIL attacks on shepherds and farmers 2020-2023", d=("2020-01-01", "2023-12-31"), perp="ISIS", target="civilians")
L("kidnappings 2019-2023", d=("2019-01-01", "2023-12-31"), type="kidnapping")
N("count of kidnappings 2019-2025", d=("2019-01-01", "2025-12-31"), type="kidnapping")
B("briefing - kidnappings since 2019", d=("2019-01-01", None), type="kidnapping")
L("all the suicide bombings on record", type="suicide")
N("how many suicide bombings in 2024?", d="2024", type="suicide")
L("ambushes 2019-2025", d=("2019-01-01", "2025-12-31"), type="ambush")
L("rocket attacks on US forces in Baghdad province", prov="Baghdad", type="mortar_rocket", target="US forces")
L("IEDs against coalition supply convoys, 2020-2021", d=("2020-01-01", "2021-12-31"), type="ied", target="US forces")
N("how many attacks hit US forces in 2021?", d="2021", target="US forces")
B("Briefing on attacks on US forces in 2021", d="2021", target="US forces")
L("attacks on border guards", target="security forces")
L("Attacks on police in Diyala between March and May 2022", prov="Diyala", d=("2022-03-01", "2022-05-31"), target="police")
L("attacks on police in 2022", d="2022", target="police")
B("Give me a short briefing on attacks against police in Nineveh province", prov="Nineveh", target="police")
L("Show me attacks on the army in Nineveh since 2022", prov="Nineveh", d=("2022-01-01", None), target="army")
N("How many times was the PMF attacked in Diyala, any year?", prov="Diyala", target="PMU")
L("drone strikes in Sulaymaniyah province", prov="Sulaymaniyah", type="airstrike_operation")
L("air strikes in Erbil province", prov="Erbil", type="airstrike_operation")
N("number of attacks by Turkey in 2024", d="2024", perp="Turkey")
L("Shengal: Turkish drone strikes, any date", place="Sinjar", perp="Turkey", type="airstrike_operation")
L("Sinjar attacks since 2021", place="Sinjar", d=("2021-01-01", None))
L("attacks around Tuz Khurmatu", place="Tuz Khurmatu", near=True)
L("attacks in Tuz Khurmatu, 2019-2025", place="Tuz Khurmatu", d=("2019-01-01", "2025-12-31"))
L("Daquq incidents", place="Daquq")
L("attacks in the Hit district", place="Hit")
L("Khalis district attacks", place="Khalis")
L("Mosul Feb 2023", place="Mosul", d="2023-02")
B("briefing on Mosul city attacks", place="Mosul")
L("Tal Afar kidnappings", place="Tal Afar", type="kidnapping")
L("attacks targeting US forces in Anbar", prov="Anbar", target="US forces")
L("Kirkuk city attacks, 2019", place="Kirkuk", d="2019")
N("how many mortar or rocket attacks in kirkuk provnce?", prov="Kirkuk", type="mortar_rocket")
# other provinces and periods
L("everything in Hewler province in 2024", prov="Erbil", d="2024")
N("total attacks in Erbil governorate 2019-2025", prov="Erbil", d=("2019-01-01", "2025-12-31"))
L("What was reported in Slemani province in Oct 2023?", prov="Sulaymaniyah", d="2023-10")
N("How many attacks in Sulaymaniyah province in 2024?", prov="Sulaymaniyah", d="2024")
L("Basra governorate, H1 2020", prov="Basra", d=("2020-01-01", "2020-06-30"))
L("Basra attacks 2022-2023", prov="Basra", d=("2022-01-01", "2023-12-31"))
N("no. of attacks in Basra prov since 2020", prov="Basra", d=("2020-01-01", None))
B("sitrep: Basra province 2019-2025", prov="Basra", d=("2019-01-01", "2025-12-31"))
L("grenade attacks in maysan", prov="Maysan", type="other")
B("Can you summarise attacks in Maysan province, all years", prov="Maysan")
L("attacks on civilians in Najaf province, all years", prov="Najaf", target="civilians")
L("Karbala city shootings", place="Karbala", type="shooting")
L("who attacked what in Wasit 2020-2025", prov="Wasit", d=("2020-01-01", "2025-12-31"))
L("Dhi Qar attacks since 2022", prov="Dhi Qar", d=("2022-01-01", None))
L("qadisiya 2023", prov="Qadisiyah", d="2023")
L("muthanna province incidents, any year", prov="Muthanna")
L("Babil 2022 attacks", prov="Babil", d="2022")
L("attacks in Baghdad province in 2023 where the attacker is not known", prov="Baghdad", d="2023", perp="unknown")
N("How many shootings in Baghdad province 2019-2025?", prov="Baghdad", d=("2019-01-01", "2025-12-31"), type="shooting")
L("during Ramadan 2021, anything in Erbil province?", prov="Erbil", d=("2021-04-13", "2021-05-12"))
L("shootings in baghdad city", place="Baghdad", type="shooting")
# relative periods
L("attacks in Dohuk province last month", today="2024-08-06", prov="Dohuk", d="2024-07")
L("Anbar so far this year", today="2020-11-30", prov="Anbar", d=("2020-01-01", None))
L("last quarter in Nineveh province", today="2023-04-03", prov="Nineveh", d=("2023-01-01", "2023-03-31"))
N("the previous month, Diyala - how many attacks?", today="2022-04-02", prov="Diyala", d="2022-03")
L("Kirkuk province, last month - IS only", today="2019-09-04", prov="Kirkuk", d="2019-08", perp="ISIS")
B("Summarize attacks in Salahuddin province last year", today="2022-01-15", prov="Salahuddin", d="2021")
# no match
X("How many died in the suicide bombing in Baquba in March 2022?", place="Baquba", d="2022-03", type="suicide")
X("casualties of the Turkish air strike on Zakho in 2019?", place="Zakho", d="2019", perp="Turkey", type="airstrike_operation")
X("how many were kidnapped in Najaf province in 2024?", prov="Najaf", d="2024", type="kidnapping")
X("Harir base rocket attack in 2021 - how many killed?", place="Harir", d="2021", type="mortar_rocket")
X("death toll of the ambush on soldiers in Basra province in 2023?", prov="Basra", d="2023", type="ambush", target="army")
X("How many PMF fighters died in the IS attack in Rutba in June 2021?", place="Rutba", d="2021-06", perp="ISIS", target="PMU")

# ============================================================ single-event questions
# A
S("How many soldiers were killed in the attack near Baiji on 12 June 2021?", "A1-a", "killed", place="Baiji", d="2021-06-12", target="army")
S("abu saida 9 march 2022 - farmers shot dead, how many?", "A2-a", "killed", place="Abu Saida", d="2022-03-09", type="shooting", target="civilians")
S("Was anyone hurt in the grenade attack on a liquor shop in Khanaqin on 11/03/2022?", "A2-b", "wounded", place="Khanaqin", d="2022-03-11", type="other")
S("How many Federal Police were wounded by the IED near Al-Riyadh on Aug 4, 2019?", "A3-a", "wounded", place="Riyadh", d="2019-08-04", type="ied", target="police")
S("Who killed the two shepherds near Nukhaib on 5 Nov 2020?", "A4-a", "perpetrator", place="Nukhaib", d="2020-11-05", target="civilians")
S("YBS members killed in the Turkish drone strike in Sinjar, 8 Feb 2023?", "A5-a", "killed", place="Sinjar", d="2023-02-08", perp="Turkey", type="airstrike_operation")
S("sheladze drone strike 9 july 2024 - dead?", "A6-a", "killed", place="Sheladze", d="2024-07-09", type="airstrike_operation")
S("Turkish shelling near Kani Masi on 10 July 2024: any fatalities?", "A6-b", "killed", place="Kani Masi", d="2024-07-10", perp="Turkey", type="mortar_rocket")
S("how many were injured when an activist was shot in Basra city's Al-Jumhuriya on 12 May 2020?", "A7-a", "wounded", place="Basra", d="2020-05-12", type="shooting", target="civilians")
S("Al-Ashar grenade attack, 14 May 2020 - casualties?", "A7-b", "killed", place="Al-Ashar", d="2020-05-14", type="other")
S("Karrada liquor store bomb, 14 June 2023: injuries?", "A8-a", "wounded", place="Karrada", d="2023-06-14", type="ied")
S("money changer shot dead in Al-Baladiyat on 17 June 2023 - who was blamed?", "A8-b", "perpetrator", place="Al-Baladiyat", d="2023-06-17", type="shooting")
S("grenade at a judge's house in Majar al-Kabir 2 March 2025 - anyone hurt?", "A10-a", "wounded", place="Majar al-Kabir", d="2025-03-02", type="other")
S("Sidakan Turkish drone strike Dec 14 2022: how many PKK militants were killed?", "A11-a", "killed", place="Sidakan", d="2022-12-14", perp="Turkey", type="airstrike_operation", target="PKK")
S("When did the bomb go off at the council member's house in Hay al-Askari, Najaf city?", "A12-a", "event_date", place="Najaf", type="ied")
# G
S("How many PMF members were killed by the roadside bomb near Tuz Khurmatu on June 3, 2021?", "G1-a", "killed", place="Tuz Khurmatu", d="2021-06-03", type="ied", target="PMU")
S("Jalawla IED on army patrol 14/03/2022 - wounded?", "G2-a", "wounded", place="Jalawla", d="2022-03-14", type="ied", target="army")
S("Who shot the mukhtar in Al-Abbasi (Hawija district) on 11 August 2019?", "G3-a", "perpetrator", place="Hawija", d="2019-08-11", type="shooting")
S("Rawa roadside bomb 18 Nov 2020, soldiers killed?", "G4-a", "killed", place="Rawa", d="2020-11-18", type="ied", target="army")
S("13 Feb 2023 bomb near Al-Baaj - how many shepherds died?", "G5-a", "killed", place="Baaj", d="2023-02-13", type="ied", target="civilians")
S("Who attacked the military outpost near Amedi on 14 July 2024?", "G6-a", "perpetrator", place="Amedi", d="2024-07-14")
S("Musayyib market bombing, 21 March 2019: how many wounded?", "G7-a", "wounded", place="Musayyib", d="2019-03-21", type="ied")
S("bomb outside the judge's house in Kut on 19 July 2020 - casualties?", "G8-a", "killed", place="Kut", d="2020-07-19", type="ied")
S("IED on the coalition convoy near Diwaniyah on 27 April 2021 - anyone killed?", "G9-a", "killed", place="Diwaniyah", d="2021-04-27", type="ied", target="US forces")
S("Who claimed the PMF checkpoint bombing in Tarmiyah on 27 June 2019?", "G11-a", "perpetrator", place="Tarmiyah", d="2019-06-27", type="ied", target="PMU")
S("explosive device thrown at the Sadrist official's house in Al-Rifai on 22 Sept 2022 - injuries?", "G12-a", "wounded", place="Rifai", d="2022-09-22")
S("Al-Rifai, 22/09/2022 - was anyone killed?", "G12-a", "killed", place="Rifai", d="2022-09-22")
# W
S("How many policemen died in the attack near Samarra on June 21, 2021?", "W1-a", "killed", place="Samarra", d="2021-06-21", target="police")
S("samarra checkpoint 21/6/2021 - wounded?", "W1-a", "wounded", place="Samarra", d="2021-06-21")
S("who shot the mukhtar near Wajihiya on 20 March 2022?", "W2-a", "perpetrator", place="Wajihiya", d="2022-03-20", type="shooting")
S("Kirkuk city motorcycle bomb on Aug 26, 2019 - how many wounded?", "W3-a", "wounded", place="Kirkuk", d="2019-08-26", type="ied")
S("Kirkuk city bombing of 26 August 2019: dead?", "W3-a", "killed", place="Kirkuk", d="2019-08-26", type="ied")
S("roadside bomb on coalition supply trucks west of Ramadi, 22 Nov 2020 - was anyone hurt?", "W4-a", "wounded", place="Ramadi", d="2020-11-22", type="ied", target="US forces")
S("lawyer shot dead in Mosul on 24 Feb 2023 - how many wounded?", "W5-a", "wounded", place="Mosul", d="2023-02-24", type="shooting")
S("In which town was a lawyer shot dead on 24 February 2023?", "W5-a", "place_canonical", d="2023-02-24", type="shooting")
S("drone strike on the Zakho-Batifa road 22 July 2024: killed?", "W6-a", "killed", place="Zakho", d="2024-07-22", type="airstrike_operation")
S("Erbil airport drone attack 8 May 2021 - casualties?", "W7-a", "killed", place="Erbil airport", d="2021-05-08")
S("Who attacked the fast-food restaurant on Palestine Street in Baghdad city on 3 June 2024?", "W8-a", "perpetrator", place="Baghdad", d="2024-06-03")
S("Katyusha rockets near Burjesia camp 16 May 2022 - any casualties?", "W10-a", "killed", place="Burjesia", d="2022-05-16", type="mortar_rocket")
S("Penjwen drone strike, Dec 11 2023: how many wounded?", "W11-a", "wounded", place="Penjwen", d="2023-12-11", type="airstrike_operation")
S("Penjwen, 11 December 2023 - who was blamed for the drone strike?", "W11-a", "perpetrator", place="Penjwen", d="2023-12-11", type="airstrike_operation")
S("sticky bomb on the candidate's car in Karbala city, 14 October 2025 - dead?", "W12-a", "killed", place="Karbala", d="2025-10-14", type="ied")
S("Karbala city sticky bomb 14/10/2025 - injured?", "W12-a", "wounded", place="Karbala", d="2025-10-14", type="ied")
# T
S("Tribal Mobilization vehicle hit by an IED in Al-Mutaibija on June 8, 2021 - how many martyred?", "T1-a", "killed", place="Mutaibijah", d="2021-06-08", type="ied", target="PMU")
S("Hashd post attacked in Al-Hawd (Muqdadiya district) on 3 March 2022 - injured count", "T2-a", "wounded", place="Muqdadiyah", d="2022-03-03", target="PMU")
S("Who kidnapped the two truck drivers on the Multaqa-Zab road on 14 Aug 2019?", "T3-a", "perpetrator", place="Multaqa", d="2019-08-14", type="kidnapping")
S("IED in Falluja's Al-Jumhuriya on 10 Nov 2020 - injured?", "T4-a", "wounded", place="Fallujah", d="2020-11-10", type="ied")
S("How many oil policemen were injured near Qaiyara on 2 February 2023?", "T5-a", "wounded", place="Qayyarah", d="2023-02-02", target="police")
S("Turkish shelling in Barwari Bala on 3 July 2024 - casualties?", "T6-a", "killed", place="Barwari Bala", d="2024-07-03", perp="Turkey", type="mortar_rocket")
S("coalition convoy IED near Nasiriyah, 18 June 2020: casualties?", "T7-a", "killed", place="Nasiriyah", d="2020-06-18", type="ied", target="US forces")
S("grenade thrown at a sub-district director's house in Rumaitha on 7 December 2021: was anyone injured?", "T8-a", "wounded", place="Rumaitha", d="2021-12-07", type="other")
S("how many policemen wounded in the Iskandariya checkpoint shooting on 11 June 2023?", "T10-a", "wounded", place="Iskandariya", d="2023-06-11", type="shooting", target="police")
S("activist assassinated in Amarah on 20 Nov 2019 - who was blamed?", "T11-a", "perpetrator", place="Amarah", d="2019-11-20", target="civilians")
S("Tuz Khormato Hashd post attack 13 May 2025: martyrs?", "T12-a", "killed", place="Tuz Khurmatu", d="2025-05-13", target="PMU")
# K
S("how many Kurdish farmers were killed near Tuz Khurmatu on 15 June 2021?", "K1-a", "killed", place="Tuz Khurmatu", d="2021-06-15", target="civilians")
S("Who abducted the shepherd in Qaratapa on 17 March 2022?", "K2-a", "perpetrator", place="Qara Tapa", d="2022-03-17", type="kidnapping", target="civilians")
S("Rahimawa grenade attack on the KDP official's house, 19 Aug 2019: injuries?", "K3-a", "wounded", place="Rahimawa", d="2019-08-19", type="other")
S("Zawiyat al-Bu Nimr attack on tribal fighters, 27 Nov 2020: how many killed?", "K4-a", "killed", place="Zawiyat al-Bu Nimr", d="2020-11-27", target="PMU")
S("rocket attack near the Zilkan base by Bashiqa on Feb 16 2023 - any casualties?", "K5-a", "killed", place="Bashiqa", d="2023-02-16", type="mortar_rocket")
S("Turkish shelling near Deraluk, 17 July 2024 - killed?", "K6-a", "killed", place="Deraluk", d="2024-07-17", perp="Turkey", type="mortar_rocket")
S("How many Peshmerga were wounded in the IS attack near Makhmour on 19 May 2020?", "K7-a", "wounded", place="Makhmour", d="2020-05-19", perp="ISIS", target="Peshmerga")
S("drone strike near Said Sadiq on Oct 9 2022 - wounded?", "K8-a", "wounded", place="Sayid Sadiq", d="2022-10-09", type="airstrike_operation")
S("when was the turkish drone strike on the YBS near Khanasor?", "K9-a", "event_date", place="Khanasor", perp="Turkey", type="airstrike_operation")
S("teacher shot dead in the Azadi neighbourhood of Kirkuk city on 24 Feb 2025 - anyone else hurt?", "K11-a", "wounded", place="Kirkuk", d="2025-02-24", type="shooting")
S("Turkish shelling in Khalifan on 26 June 2019 - deaths?", "K12-a", "killed", place="Khalifan", d="2019-06-26", perp="Turkey", type="mortar_rocket")
# N
S("Where did the IED hit a police vehicle on 18 June 2021?", "N1-a", "place_canonical", d="2021-06-18", type="ied", target="police")
S("When did the bomb go off at the police officer's house in Buhriz?", "N2-a", "event_date", place="Buhriz", type="ied", target="police")
S("where was the pipeline blown up on 22 Aug 2019?", "N3-a", "place_canonical", d="2019-08-22")
S("Who abducted the contractor in Amiriyat al-Fallujah on 14 Nov 2020?", "N4-a", "perpetrator", place="Amiriyat al-Fallujah", d="2020-11-14", type="kidnapping")
S("Tal Afar trader kidnapping - what date?", "N5-a", "event_date", place="Tal Afar", type="kidnapping")
S("Bamerni drone strike July 2024 - who?", "N6-a", "perpetrator", place="Bamerni", d="2024-07", type="airstrike_operation")
S("Al-Shaab phone shop attack: when?", "N7-a", "event_date", place="Al-Shaab")
S("Where was the coalition convoy hit by a roadside bomb on 6 October 2020?", "N8-a", "place_canonical", d="2020-10-06", type="ied", target="US forces")
S("party office set on fire in Kufa on 19 Sep 2024 - casualties?", "N10-a", "killed", place="Kufa", d="2024-09-19")
S("activist abducted in Al-Tuwaisa - when?", "N11-a", "event_date", place="Al-Tuwaisa", type="kidnapping", target="civilians")
S("Was the Suwaira mayor hurt in the bombing of 28 January 2025?", "N12-a", "wounded", place="Suwaira", d="2025-01-28", type="ied")
# R
S("Yathrib, 26 June 2021: how many of the kidnapped shepherds were found dead?", "R1-a", "killed", place="Yathrib", d="2021-06-26", type="kidnapping", target="civilians")
S("sticky bomb in Dhuluiya on 27 June 2021 - how many wounded?", "R1-b", "wounded", place="Dhuluiya", d="2021-06-27", type="ied")
S("mortar rounds near Daquq on June 28, 2021: casualties", "R1-c", "killed", place="Daquq", d="2021-06-28", type="mortar_rocket")
S("rocket attack on the coalition logistics base at Baghdad International Airport, 29 June 2021 - anyone hurt?", "R1-d", "wounded", place="Baghdad International Airport", d="2021-06-29", type="mortar_rocket", target="US forces")
S("How many border guards were wounded east of Mandali on 27 March 2022?", "R2-a", "wounded", place="Mandali", d="2022-03-27", target="security forces")
S("grenade thrown into a Kanaan grocery, 28 March 2022 - injured?", "R2-b", "wounded", place="Kanaan", d="2022-03-28", type="other")
S("sound bomb at a bank on Arasat street in Baghdad city, 29 Mar 2022: casualties?", "R2-c", "killed", place="Baghdad", d="2022-03-29", type="ied")
S("Taza mortar attack on 7 August 2019: wounded?", "R3-a", "wounded", place="Taza", d="2019-08-07", type="mortar_rocket")
S("army patrol hit by a roadside bomb near Hawija 8 Aug 2019 - KIA?", "R3-b", "killed", place="Hawija", d="2019-08-08", type="ied", target="army")
S("Katyusha rockets on Tuz Khurmatu on 9 Aug 2019 - casualties?", "R3-c", "killed", place="Tuz Khurmatu", d="2019-08-09", type="mortar_rocket")
S("How many Tribal Mobilisation fighters died in the IED near Akashat on 23 November 2020?", "R4-a", "killed", place="Akashat", d="2020-11-23", type="ied", target="PMU")
S("Haditha 24 Nov 2020: sheikh's son shot dead - by whom?", "R4-b", "perpetrator", place="Haditha", d="2020-11-24", type="shooting")
S("rocket attack on the International Zone, 25 Nov 2020 - casualties?", "R4-c", "killed", place="International Zone", d="2020-11-25", type="mortar_rocket")
S("Dibis Federal Police post attack 25 Feb 2023 - killed?", "R5-a", "killed", place="Dibis", d="2023-02-25", target="police")
S("PMF post in Al-Hadar, 26 February 2023: how many wounded?", "R5-b", "wounded", place="Hadar", d="2023-02-26", target="PMU")
S("sticky bomb under a contractor's car in Mosul's Al-Zuhur, 27 Feb 2023 - wounded?", "R5-c", "wounded", place="Mosul", d="2023-02-27", type="ied")
S("Turkish air strikes near Sarsing on 27 July 2024 - casualties?", "R6-a", "killed", place="Sarsing", d="2024-07-27", perp="Turkey", type="airstrike_operation")
S("PKK members killed near Sidakan on 28 July 2024?", "R6-b", "killed", place="Sidakan", d="2024-07-28", target="PKK")
S("Qaladze drone strike on 29 July 2024: how many civilians wounded?", "R6-c", "wounded", place="Qaladze", d="2024-07-29", type="airstrike_operation", target="civilians")
S("sound bomb at a party office in Karbala city, 17 Jan 2022 - injuries?", "R7-a", "wounded", place="Karbala", d="2022-01-17", type="ied")
S("farmer shot dead in Al-Manathira on 19 January 2022 - who did it?", "R7-b", "perpetrator", place="Manathira", d="2022-01-19", type="shooting", target="civilians")
S("coalition supply convoy bombed near Al-Mahawil, 20 Jan 2022: casualties?", "R7-c", "killed", place="Mahawil", d="2022-01-20", type="ied", target="US forces")
S("How many were killed in yesterday's attack in Al-Hartha?", "R8-a", "killed", today="2025-08-12", place="Hartha", d="2025-08-11")
S("tribal elder killed in Al-Hartha on 11 Aug 2025 - was his guard hurt?", "R8-a", "wounded", place="Hartha", d="2025-08-11")
S("grenade in an Amarah car-parts shop, 12 August 2025: how many wounded?", "R8-b", "wounded", place="Amarah", d="2025-08-12", type="other")
S("bomb at an oil engineer's house in Suq al-Shuyukh on 11/08/2025 - anyone hurt?", "R8-c", "wounded", place="Suq al-Shuyukh", d="2025-08-11", type="ied")
S("Aziziyah sticky bomb on a police officer, 9 March 2020 - injured?", "R10-a", "wounded", place="Aziziyah", d="2020-03-09", type="ied", target="police")
S("grenade thrown at an activist's house in Diwaniyah on 11 March 2020 - any casualties?", "R10-b", "killed", place="Diwaniyah", d="2020-03-11", type="other", target="civilians")
S("shepherd shot dead near Al-Khidhir, 12 March 2020: anyone else hurt?", "R10-c", "wounded", place="Khidhir", d="2020-03-12", type="shooting", target="civilians")
S("Who claimed the drone attack on Harir air base on 18 October 2023?", "R11-a", "perpetrator", place="Harir", d="2023-10-18")
S("Al-Zab IED, 19 Oct 2023 - soldiers killed?", "R11-b", "killed", place="Zab", d="2023-10-19", type="ied", target="army")
S("drone strike near Arbat on 20 Oct 2023: who was blamed?", "R11-c", "perpetrator", place="Arbat", d="2023-10-20", type="airstrike_operation")
S("Al-Bayaa market bomb on 15 April 2019 - how many hurt?", "R12-a", "wounded", place="Al-Bayaa", d="2019-04-15", type="ied")
S("truffle hunters kidnapped near Rutba in April 2019 - who took them?", "R12-b", "perpetrator", place="Rutba", d="2019-04", type="kidnapping")
S("IS sniper near Al-Sadiya: how many PMF fighters killed on 18 Apr 2019?", "R12-c", "killed", place="Sadiya", d="2019-04-18", perp="ISIS", target="PMU")
# V
S("Final death toll of the PMF patrol ambush at Al-Ishaqi on 10 June 2021?", "V1-a", "killed", place="Al-Ishaqi", d="2021-06-10", type="ambush", target="PMU")
S("Al-Ishaqi ambush 10/06/2021 - wounded in the end?", "V1-a", "wounded", place="Al-Ishaqi", d="2021-06-10", type="ambush")
S("How many soldiers were killed in the ambush near Al-Adhaim on March 12, 2022?", "V2-a", "killed", place="Udhaim", d="2022-03-12", type="ambush", target="army")
S("Al-Rashad, Kirkuk province, suicide bombing of 30 August 2019: how many wounded in the end?", "V3-a", "wounded", place="Rashad", prov="Kirkuk", d="2019-08-30", type="suicide")
S("Where did the IS suicide bomber strike on 30 August 2019?", "V3-a", "place_canonical", d="2019-08-30", perp="ISIS", type="suicide")
S("al-rashad suicide attack aug 30 2019 - final death toll", "V3-a", "killed", place="Rashad", d="2019-08-30", type="suicide")
S("Karma ambush 29/11/2020 - final number of dead soldiers?", "V4-a", "killed", place="Karma", d="2020-11-29", type="ambush", target="army")
S("roadside bomb near Hammam al-Alil on Feb 10, 2023: total dead?", "V5-a", "killed", place="Hammam al-Alil", d="2023-02-10", type="ied")
S("Mangesh drone strike 11 July 2024: killed?", "V6-a", "killed", place="Mangesh", d="2024-07-11", type="airstrike_operation")
S("Abu Ghraib suicide bombing, 12 November 2019 - who claimed it?", "V7-a", "perpetrator", place="Abu Ghraib", d="2019-11-12", type="suicide")
S("Abu Ghraib checkpoint suicide attack 12 Nov 2019 - how many PMF killed?", "V7-a", "killed", place="Abu Ghraib", d="2019-11-12", type="suicide", target="PMU")
S("oil company staff shot near Al-Zubair on 9 May 2023: final toll?", "V8-a", "killed", place="Zubair", d="2023-05-09", type="shooting")
S("Hilla market blast, 23 June 2020 - how many dead?", "V10-a", "killed", place="Hillah", d="2020-06-23")
S("Federal Police patrol attacked near Daquq on 14 Sept 2022 - final death toll?", "V11-a", "killed", place="Daquq", d="2022-09-14", target="police")
S("Chamchamal police station bombing, 15 Oct 2024: how many policemen died?", "V12-a", "killed", place="Chamchamal", d="2024-10-15", type="ied", target="police")
# O
S("sniper attack in Al-Shirqat on 24 June 2021 - how many soldiers martyred?", "O1-a", "killed", place="Sharqat", d="2021-06-24", target="army")
S("Balad Ruz police checkpoint shooting, 7 March 2022 - wounded?", "O2-a", "wounded", place="Baladruz", d="2022-03-07", type="shooting", target="police")
S("Who attacked the army post near Al-Zab on 16 August 2019?", "O3-a", "perpetrator", place="Zab", d="2019-08-16", target="army")
S("how many border guards were killed near Al-Qaim on 8 November 2020?", "O4-a", "killed", place="Qaim", d="2020-11-08", target="security forces")
S("Zummar army post attack on 5 Feb 2023: injured?", "O5-a", "wounded", place="Zummar", d="2023-02-05", target="army")
S("IED on a Peshmerga patrol in Chamanke, 7 July 2024 - who planted it?", "O6-a", "perpetrator", place="Chamanke", d="2024-07-07", type="ied", target="Peshmerga")
S("Katyusha attack on Victory base at Baghdad International Airport on 19 Dec 2023: losses?", "O7-a", "killed", place="Baghdad International Airport", d="2023-12-19", type="mortar_rocket")
S("rocket attack on the Kawergosk refinery in Khabat district, 4 May 2022 - casualties?", "O8-a", "killed", place="Khabat", d="2022-05-04", type="mortar_rocket")
S("grenade attack on an exchange shop in Abu al-Khasib, 17 August 2021: how many wounded?", "O10-a", "wounded", place="Abu al-Khasib", d="2021-08-17", type="other")
S("Khalis district IED on a police patrol, 8 April 2025 - who was blamed?", "O11-a", "perpetrator", place="Khalis", d="2025-04-08", type="ied", target="police")
S("Al-Shatra police station grenade attack on 13 Feb 2024: how many hurt?", "O12-a", "wounded", place="Shatra", d="2024-02-13", type="other", target="police")
# H
S("mortar round on a house in Al-Bu Ajil near Tikrit, 13 June 2021 - how many killed?", "H1-a", "killed", place="Tikrit", d="2021-06-13", type="mortar_rocket")
S("How many children were injured by the IED in Sadiya on 20 March 2022?", "H2-a", "wounded", place="Sadiya", d="2022-03-20", type="ied")
S("boys collecting scrap killed by an explosive device in Daquq district on 24 August 2019 - number killed?", "H3-a", "killed", place="Daquq", d="2019-08-24")
S("IED at a returnee house in Al-Saqlawiya, 16 Nov 2020 - deaths?", "H4-a", "killed", place="Saqlawiyah", d="2020-11-16", type="ied")
S("Yazidi returnee shot dead in Sinune - when?", "H5-a", "event_date", place="Sinune", type="shooting")
S("beekeeper killed by a Turkish drone strike near Batifa on 20 July 2024 - was his nephew hurt?", "H6-a", "wounded", place="Batifa", d="2024-07-20", perp="Turkey", type="airstrike_operation")
S("activist killed in Karbala city on 12 July 2021: who did it?", "H7-a", "perpetrator", place="Karbala", d="2021-07-12", target="civilians")
S("grenade attack on a woman candidate's house in Diwaniyah, 9 December 2023 - injuries?", "H8-a", "wounded", place="Diwaniyah", d="2023-12-09", type="other")
S("NGO vehicle shot at near Badra on 16 Feb 2022 - injured?", "H10-a", "wounded", place="Badra", d="2022-02-16", type="shooting")
S("attack on protesters in Sadrain Square, Najaf city, 6 Feb 2020: how many killed?", "H11-a", "killed", place="Najaf", d="2020-02-06", target="civilians")
S("najaf city protest camp attack feb 6 2020 - wounded?", "H11-a", "wounded", place="Najaf", d="2020-02-06")
S("IED damage in Ali al-Gharbi in March 2025 - anyone hurt?", "H12-a", "wounded", place="Ali al-Gharbi", d="2025-03", type="ied")
# S
S("Dujail shop owner shot 29 Jun 2021 - other casualties?", "S1-a", "wounded", place="Dujail", d="2021-06-29", type="shooting")
S("Baquba sound bomb 15/3/2022 - injuries?", "S2-a", "wounded", place="Baquba", d="2022-03-15", type="ied")
S("Domiz shooting, 28 August 2019: KIA?", "S3-a", "killed", place="Domiz", d="2019-08-28", type="shooting")
S("police officer's car shot at in Al-Tash (Ramadi) on 20 Nov 2020 - killed?", "S4-a", "killed", place="Ramadi", d="2020-11-20", type="shooting", target="police")
S("grenade on a Mosul phone shop, 17 Feb 2023 - was anyone hurt?", "S5-a", "wounded", place="Mosul", d="2023-02-17", type="other")
S("Sharanish shelling 30 July 2024: any casualties?", "S6-a", "killed", place="Sharanish", d="2024-07-30", type="mortar_rocket")
S("gunfire at a sheikh's house in Hindiya on 8 January 2023 - injuries?", "S7-a", "wounded", place="Hindiya", d="2023-01-08")
S("Mishkhab IED 23 Sept 2025 - injured?", "S8-a", "wounded", place="Mishkhab", d="2025-09-23", type="ied")
S("drone strike on the PMF near Jurf al-Nasr on 26 May 2024 - how many martyrs?", "S9-a", "killed", place="Jurf al-Nasr", d="2024-05-26", type="airstrike_operation", target="PMU")
S("Kahla sticky bomb on a police officer: when was it?", "S11-a", "event_date", place="Kahla", type="ied", target="police")
S("border guards vs smugglers at Al-Salman, 15 Aug 2023 - BG killed?", "S12-a", "killed", place="Salman", d="2023-08-15", target="security forces")
# F
S("How many Tribal Mobilisation fighters were killed in the Makhoul mountains attack on 5 June 2021?", "F1-a", "killed", place="Makhoul mountains", d="2021-06-05", target="PMU")
S("imam shot dead in Hanbas, Khalis district - what date?", "F2-a", "event_date", place="Khalis", type="shooting")
S("Laylan checkpoint attack 11 Aug 2019 - policemen killed?", "F3-a", "killed", place="Laylan", d="2019-08-11", target="police")
S("IED on the Ana-Rawa road, 10 November 2020: wounded?", "F4-a", "wounded", place="Ana", d="2020-11-10", type="ied")
S("When was the attack on the PMF post near Badush that killed two fighters?", "F5-a", "event_date", place="Badush", target="PMU")
S("Begova drone strike on 13 July 2024: dead?", "F6-a", "killed", place="Begova", d="2024-07-13", type="airstrike_operation")
S("sticky bomb in Al-Hur, Karbala city, on 5 March 2023 - how many killed?", "F7-a", "killed", place="Karbala", d="2023-03-05", type="ied")
S("Who ambushed the police patrol near Al-Warka on 3 August 2022?", "F8-a", "perpetrator", place="Warka", d="2022-08-03", type="ambush", target="police")
S("grenade attack on the Kut journalist's house, 11 Jan 2021 - casualties?", "F10-a", "killed", place="Kut", d="2021-01-11", type="other")
S("police officer shot dead at an Al-Shamiya checkpoint on 17 July 2025 - how many wounded?", "F11-a", "wounded", place="Shamiya", d="2025-07-17", type="shooting", target="police")
S("liquor store bombing in Al-Hashimiya in April 2022: how many wounded?", "F12-a", "wounded", place="Hashimiya", d="2022-04", type="ied")
# P
S("Balad air base rocket attack 16 June 2021 - casualties?", "P1-a", "killed", place="Balad air base", d="2021-06-16", type="mortar_rocket")
S("oil policeman killed at Naft Khana field on 23 March 2022 - who was blamed?", "P2-a", "perpetrator", place="Naft Khana", d="2022-03-23", target="police")
S("Turkmen party office blast in Kirkuk city on 5 Aug 2019 - anyone hurt?", "P3-a", "wounded", place="Kirkuk", d="2019-08-05")
S("rocket attack near Ain al-Asad on 1 November 2020 - casualties?", "P4-a", "killed", place="Ain al-Asad", d="2020-11-01", type="mortar_rocket")
S("village chief killed near Al-Muhallabiya on Feb 12, 2023 - who attacked?", "P5-a", "perpetrator", place="Mahlabiyah", d="2023-02-12")
S("When were the Turkish air strikes on the Metina region?", "P6-a", "event_date", place="Metina", perp="Turkey", type="airstrike_operation")
S("pharmacist shot dead in Al-Numaniyah, 14 November 2023 - others hurt?", "P7-a", "wounded", place="Numaniyah", d="2023-11-14", type="shooting")
S("sound bomb at a journalist's house in Nasiriyah on 21 October 2024 - casualties?", "P8-a", "killed", place="Nasiriyah", d="2024-10-21", type="ied")
S("drone downed near Erbil airport on 14 Jan 2025 - casualties?", "P10-a", "killed", place="Erbil airport", d="2025-01-14")
S("Zayouna liquor store bombing, 28 Nov 2022: injured?", "P11-a", "wounded", place="Zayouna", d="2022-11-28", type="ied")
S("activist shot in Samawa on 15 Dec 2019 - how many wounded?", "P12-a", "wounded", place="Samawa", d="2019-12-15", type="shooting", target="civilians")

# ============================================================ conversations
def CV(q1, i1, f1, q2, i2, f2, today=T0):
    C(q1, i1, f1, q2, i2, f2, today=today)


CV("salahuddin june 2021", "listing", F(prov="Salahuddin", d="2021-06"),
   "only the IEDs", "listing", F(prov="Salahuddin", d="2021-06", type="ied"))
CV("diyala march 2022", "listing", F(prov="Diyala", d="2022-03"),
   "how many is that?", "count", F(prov="Diyala", d="2022-03"))
CV("kirkuk province aug 2019", "listing", F(prov="Kirkuk", d="2019-08"),
   "which ones were IS?", "listing", F(prov="Kirkuk", d="2019-08", perp="ISIS"))
CV("anbar november 2020", "listing", F(prov="Anbar", d="2020-11"),
   "make it a briefing", "briefing", F(prov="Anbar", d="2020-11"))
CV("attacks on soldiers in Nineveh, Feb 2023", "listing", F(prov="Nineveh", d="2023-02", target="army"),
   "what about Diyala?", "listing", F(prov="Diyala", d="2023-02", target="army"))
CV("dohuk province july 2024", "listing", F(prov="Dohuk", d="2024-07"),
   "only the Turkish drone strikes", "listing", F(prov="Dohuk", d="2024-07", perp="Turkey", type="airstrike_operation"))
CV("IS attacks in Kirkuk province in 2019", "listing", F(prov="Kirkuk", d="2019", perp="ISIS"),
   "and in 2021?", "listing", F(prov="Kirkuk", d="2021", perp="ISIS"))
CV("shootings in Basra province", "listing", F(prov="Basra", type="shooting"),
   "forget the shooting filter", "listing", F(prov="Basra"))
CV("anything near Zakho in July 2024?", "listing", F(place="Zakho", near=True, d="2024-07"),
   "only inside Zakho itself", "listing", F(place="Zakho", d="2024-07"))
CV("kidnappings 2019-2025", "listing", F(d=("2019-01-01", "2025-12-31"), type="kidnapping"),
   "give me the number", "count", F(d=("2019-01-01", "2025-12-31"), type="kidnapping"))
CV("the ambush near Al-Karma on 29 November 2020", "listing", F(place="Karma", d="2020-11-29", type="ambush"),
   "how many were wounded?", "fact", F(place="Karma", d="2020-11-29", type="ambush"))
CV("Erbil province 2023", "listing", F(prov="Erbil", d="2023"),
   "and 2024?", "listing", F(prov="Erbil", d="2024"))
CV("Turkish strikes in Sulaymaniyah province", "listing", F(prov="Sulaymaniyah", perp="Turkey"),
   "what about Erbil province?", "listing", F(prov="Erbil", perp="Turkey"))
CV("IS attacks in Anbar, Nov 2020", "listing", F(prov="Anbar", d="2020-11", perp="ISIS"),
   "drop the date", "listing", F(prov="Anbar", perp="ISIS"))
CV("attacks on coalition convoys in 2020", "listing", F(d="2020", target="US forces"),
   "only the IED attacks", "listing", F(d="2020", type="ied", target="US forces"))
CV("last month in Nineveh province", "listing", F(prov="Nineveh", d="2023-02"),
   "and the month before?", "listing", F(prov="Nineveh", d="2023-01"), today="2023-03-02")
CV("Baghdad province 2019", "listing", F(prov="Baghdad", d="2019"),
   "turn it into a briefing", "briefing", F(prov="Baghdad", d="2019"))
CV("mortar and rocket attacks in Kirkuk province", "listing", F(prov="Kirkuk", type="mortar_rocket"),
   "only since 2021", "listing", F(prov="Kirkuk", d=("2021-01-01", None), type="mortar_rocket"))
CV("attacks in Diyala between March and May 2022", "listing", F(prov="Diyala", d=("2022-03-01", "2022-05-31")),
   "narrow it to 1-15 March", "listing", F(prov="Diyala", d=("2022-03-01", "2022-03-15")))
CV("Tuz Khurmatu attacks, all years", "listing", F(place="Tuz Khurmatu"),
   "include the surrounding area", "listing", F(place="Tuz Khurmatu", near=True))
CV("attacks in Basra province where the attacker is unknown", "listing", F(prov="Basra", perp="unknown"),
   "restrict to 2019-2020", "listing", F(prov="Basra", d=("2019-01-01", "2020-12-31"), perp="unknown"))
CV("how many attacks in Dhi Qar province since 2020?", "count", F(prov="Dhi Qar", d=("2020-01-01", None)),
   "write it up as a briefing", "briefing", F(prov="Dhi Qar", d=("2020-01-01", None)))
CV("Salahuddin 2021, IS only", "listing", F(prov="Salahuddin", d="2021", perp="ISIS"),
   "same for Kirkuk province, any year", "listing", F(prov="Kirkuk", perp="ISIS"))
CV("shelling in Dohuk province in July 2024", "listing", F(prov="Dohuk", d="2024-07", type="mortar_rocket"),
   "change that to air strikes", "listing", F(prov="Dohuk", d="2024-07", type="airstrike_operation"))
