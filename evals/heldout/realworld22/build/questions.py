"""realworld22 questions (set-22 code). Loads realworld17/build/s17.py (relative periods rel,
Qr, quarter, half) and realworld19/build/s19.py (season, single-event helper Qs) by file
path. Default today for every question without a relative period: 2026-06-01."""
import importlib.util
import os
import re

import lib

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2026-06-01"


def _load(name, rel_path):
    spec = importlib.util.spec_from_file_location(name, os.path.normpath(os.path.join(HERE, rel_path)))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


s17 = _load("rw17_s17_for_rw22", "../../realworld17/build/s17.py")
s19 = _load("rw19_s19_for_rw22", "../../realworld19/build/s19.py")


def flt(pl=None, near=False, pv=None, y=None, ym=None, sp=None, qt=None, hf=None, ss=None, fr=None, to=None,
        day=None, t=None, by=None, on=None, yy=None):
    """gold filter from what a question's words state (README 'Questions'): y year, yy (first, last year),
    ym 'YYYY-MM', sp (first month, last month), qt (year, quarter), hf (year, half), ss (season, year),
    fr / to open ends, day 'YYYY-MM-DD'."""
    a, b = fr, to
    if y:
        a, b = lib.year(y)
    if yy:
        a, b = lib.year(yy[0])[0], lib.year(yy[1])[1]
    if ym:
        a, b = lib.month(ym)
    if sp:
        a, b = lib.span(*sp)
    if qt:
        a, b = s17.quarter(*qt)
    if hf:
        a, b = s17.half(*hf)
    if ss:
        a, b = s19.season(*ss)
    if day:
        a, b = day, day
    return lib.f(pl, near, pv, a, b, t, by, on)


def ask(intent, texts, **kw):
    for x in texts:
        lib.Q(x, intent, flt(**kw), today=TODAY)


def L(texts, **kw):
    ask("listing", texts, **kw)


def N(texts, **kw):
    ask("count", texts, **kw)


def B(texts, **kw):
    ask("briefing", texts, **kw)


def R(text, intent, kind, today=TODAY, **kw):
    lo, hi = s17.rel(kind, today)
    s17.Qr(text, intent, flt(fr=lo, to=hi, **kw), today, kind)


def NM(text, field="killed", **kw):
    lib.Q(text, "fact", flt(**kw), today=TODAY, field=field, no_match=True)


def C2(q1, i1, k1, q2, i2, k2, today=TODAY):
    lib.C(q1, i1, flt(**k1), q2, i2, flt(**k2), today=today)


# ------------------------------------------------------------------ Nineveh (2021 cluster; 2019, 2022 singles)
L(["ninawa in '21 - what do we hold?", "spell out attacks in Nineveh province during 2021", "ninwa 2021",
   "neneveh governorate, 2021 incidents", "line up nineveh 2021"], pv="Nineveh", y=2021)
N(["tally-up of attacks in nineveh for 2021", "Nineveh 2021: how many incidents did we log?"], pv="Nineveh", y=2021)
B(["précis of nineveh in 2021", "Give me a situation paragraph for Nineveh province covering 2021"], pv="Nineveh", y=2021)
L(["daesh-blamed attacks in ninawa 2021", "Islamic State attacks across Nineveh province in 2021"], pv="Nineveh", y=2021, by="ISIS")
L(["nineveh 2021 - ambushes, shootings, anything IS did"], pv="Nineveh", y=2021, by="ISIS")
L(["nineveh in june 2021", "Nineveh during June of 2021"], pv="Nineveh", ym="2021-06")
L(["nineveh 2021, second half", "Nineveh from July to December 2021"], pv="Nineveh", hf=(2021, 2))
L(["attacks on army units in nineveh", "Nineveh: anything that hit serving soldiers?"], pv="Nineveh", on="army")
L(["uav hits in nineveh", "aerial strikes in Nineveh province, every year"], pv="Nineveh", t="airstrike_operation")
L(["mosul attacks - full list", "everything we hold on Mosul"], pl="Mosul")
L(["snjar incidents", "Sinjar - what is on record?"], pl="Sinjar")
L(["attacks on the ypg-aligned ybs or pkk in nineveh", "nineveh: strikes that hit pkk cadres"], pv="Nineveh", on="PKK")
L(["nineveh 2021 - civvies hit", "Nineveh 2021: attacks on non-combatants"], pv="Nineveh", y=2021, on="civilians")

# ------------------------------------------------------------------ Kirkuk (2024 cluster; 2020, 2026)
L(["kirkukk province 2024", "kerkouk governorate 2024 - list", "catalogue of attacks, Kirkuk governorate, 2024",
   "line up kirkuk prov 2024"], pv="Kirkuk", y=2024)
N(["kirkuk governorate 2024 - tally-up", "How many incidents did Kirkuk province see during 2024?"], pv="Kirkuk", y=2024)
B(["précis of kirkuk province for 2024", "I need a situation paragraph on Kirkuk governorate, 2024"], pv="Kirkuk", y=2024)
L(["kirkuk province april 2024", "Kirkuk governorate in Apr 2024 - which incidents?"], pv="Kirkuk", ym="2024-04")
L(["kirkuk prov q1 2024", "Kirkuk province, first three months of 2024"], pv="Kirkuk", qt=(2024, 1))
L(["kirkuk province feb-apr 2024", "Kirkuk governorate from February through April 2024"], pv="Kirkuk", sp=("2024-02", "2024-04"))
L(["kirkuk province 2020", "Kirkuk governorate back in 2020"], pv="Kirkuk", y=2020)
L(["hawijah - full list", "Hawija incidents, every year"], pl="Hawija")
L(["daqouq attacks", "Daquq - anything on file?"], pl="Daquq")
L(["kirkuk city incidents", "attacks inside Kirkuk city itself"], pl="Kirkuk")
L(["attacks on army units in kirkuk province", "kirkuk prov - serving soldiers targeted"], pv="Kirkuk", on="army")
L(["attacks pinned on IS in kirkuk province", "Islamic State activity in Kirkuk governorate, any year"], pv="Kirkuk", by="ISIS")
L(["kirkuk province since 2024", "Kirkuk governorate from 2024 on"], pv="Kirkuk", fr="2024-01-01")
L(["kirkuk province 2020-2024", "kirkuk prov between 2020 and 2024"], pv="Kirkuk", yy=(2020, 2024))

# ------------------------------------------------------------------ Diyala (2023 cluster; 2026 pair)
L(["diyaala 2023", "dialah province 2023 attacks", "spell out diyala's 2023 incidents", "Diyala governorate - 2023, please list"],
  pv="Diyala", y=2023)
N(["diyala 2023 tally-up", "How many attacks did we log in Diyala in 2023?", "diyala '23 - number of incidents"],
  pv="Diyala", y=2023)
B(["précis of diyala 2023", "Situation paragraph: Diyala province, 2023"], pv="Diyala", y=2023)
L(["diyala april 2023", "Diyala in Apr 2023"], pv="Diyala", ym="2023-04")
L(["diyala 2023 q2", "Diyala, April-June 2023"], pv="Diyala", qt=(2023, 2))
L(["diyala 2023, first half", "Diyala from January to June 2023"], pv="Diyala", hf=(2023, 1))
L(["diyala 2023 second half", "Diyala from July through December 2023"], pv="Diyala", hf=(2023, 2))
L(["al-hashd hit in diyala", "Diyala: attacks on PMF posts and patrols, all years"], pv="Diyala", on="PMU")
L(["daesh-linked attacks in diyaala", "IS activity in Diyala province on file"], pv="Diyala", by="ISIS")
L(["IED strikes in diyala 2023", "diyala 2023 bombings incl. roadside bombs"], pv="Diyala", y=2023, t="ied")
L(["bakooba attacks", "Baquba incidents, every year on file"], pl="Baquba")
L(["muqdadiyeh incidents", "Muqdadiyah - full list"], pl="Muqdadiyah")
L(["diyala 2026", "Diyala province in 2026 so far - list"], pv="Diyala", y=2026)
L(["police targeted in diyala", "Diyala: iraqi police service targeted"], pv="Diyala", on="police")
L(["diyala army targets", "attacks on army units in Diyala"], pv="Diyala", on="army")

# ------------------------------------------------------------------ Salahuddin (2019 cluster; 2025 single)
L(["slahaddin 2019", "salahadeen province 2019 incidents", "spell out salahuddin 2019", "Salahuddin governorate, calendar 2019"],
  pv="Salahuddin", y=2019)
N(["salahuddin 2019 tally-up", "How many attacks did Salahuddin see across 2019?"], pv="Salahuddin", y=2019)
B(["précis of salahuddin 2019", "Situation paragraph on Salah al-Din for 2019 please"], pv="Salahuddin", y=2019)
L(["salahuddin 2019 h2", "Salahuddin in the second half of 2019"], pv="Salahuddin", hf=(2019, 2))
L(["salahuddin 2019 - serving soldiers targeted", "attacks on army units in Salahuddin in 2019"], pv="Salahuddin", y=2019, on="army")
L(["hashd hit in salahuddin 2019", "salahuddin 2019 attacks on the pmf"], pv="Salahuddin", y=2019, on="PMU")
L(["daesh-blamed attacks in salahuddin", "Islamic State attacks in Salahuddin, all years"], pv="Salahuddin", by="ISIS")
L(["salahuddin bombings incl. roadside ones", "IED strikes in Salahuddin"], pv="Salahuddin", t="ied")
L(["tuz incidents", "Tuz Khurmatu - everything we hold"], pl="Tuz Khurmatu")
L(["salahuddin q3 2019", "Salahuddin between July and September 2019"], pv="Salahuddin", qt=(2019, 3))
L(["salahuddin since 2020", "salah al-din from 2020 on"], pv="Salahuddin", fr="2020-01-01")

# ------------------------------------------------------------------ Anbar (2022 cluster; 2019 pair)
L(["anbaar 2022", "el anbar 2022 incidents", "line up anbar's 2022 attacks", "Anbar governorate in 2022 - everything"],
  pv="Anbar", y=2022)
N(["anbar 2022 tally-up", "How many attacks hit Anbar during 2022?"], pv="Anbar", y=2022)
B(["précis of anbar 2022", "Situation paragraph on Anbar for 2022"], pv="Anbar", y=2022)
L(["anbar 2022 h2", "Anbar from July to December 2022"], pv="Anbar", hf=(2022, 2))
L(["anbar may 2022", "Anbar in May of 2022"], pv="Anbar", ym="2022-05")
L(["anbar sept 2022", "Anbar, September 2022"], pv="Anbar", ym="2022-09")
L(["anbar 2019", "Anbar governorate, 2019"], pv="Anbar", y=2019)
L(["alqaim incidents", "Qaim - everything we hold"], pl="Qaim")
L(["anbar IED strikes", "bombings in Anbar, all years"], pv="Anbar", t="ied")
L(["daesh-blamed attacks in anbar", "IS activity in Anbar province"], pv="Anbar", by="ISIS")
L(["attacks on army units in anbar", "anbar - serving soldiers targeted"], pv="Anbar", on="army")

# ------------------------------------------------------------------ Baghdad (2026 cluster; 2021 pair)
L(["baghdadd province 2026", "baghdaad governorate 2026 - list", "line up Baghdad province for 2026",
   "Baghdad governorate so far in 2026"], pv="Baghdad", y=2026)
N(["baghdad province 2026 tally-up", "How many incidents has Baghdad province logged in 2026?"], pv="Baghdad", y=2026)
B(["précis of baghdad province 2026", "Situation paragraph: Baghdad governorate, 2026"], pv="Baghdad", y=2026)
L(["baghdad province may 2026", "Baghdad governorate during May 2026"], pv="Baghdad", ym="2026-05")
L(["baghdad province jan-mar 2026", "Baghdad governorate, first quarter of 2026"], pv="Baghdad", qt=(2026, 1))
L(["baghdad city incidents", "attacks inside Baghdad city, every year"], pl="Baghdad")
L(["baghdad city 2021", "Baghdad city in 2021"], pl="Baghdad", y=2021)
L(["baghdad province 2021", "Baghdad governorate in 2021"], pv="Baghdad", y=2021)
L(["IED strikes in baghdad province", "bombings in Baghdad governorate incl. sticky bombs"], pv="Baghdad", t="ied")
L(["sticky bombs in baghdad city", "limpet bombs in baghdad city"], pl="Baghdad", t="ied")

# ------------------------------------------------------------------ Dohuk (2025 cluster)
L(["dhok 2025", "dohok province 2025 incidents", "line up dohuk governorate 2025", "Dohuk province - 2025, full list"],
  pv="Dohuk", y=2025)
N(["dohuk 2025 tally-up", "How many incidents did Dohuk log in 2025?"], pv="Dohuk", y=2025)
B(["précis of dohuk 2025", "Situation paragraph on Duhok governorate for 2025"], pv="Dohuk", y=2025)
L(["turkish armed forces strikes in dohuk 2025", "strikes by the turks in duhok province during 2025"], pv="Dohuk", y=2025, by="Turkey")
N(["how many turkish strikes did dohuk see in 2025?", "dohuk 2025 - count of Turkish attacks"], pv="Dohuk", y=2025, by="Turkey")
L(["aerial strikes in dohuk 2025", "uav hits in duhok province 2025"], pv="Dohuk", y=2025, t="airstrike_operation")
L(["dohuk 2025 - artillery and shelling", "shelling in Dohuk in 2025"], pv="Dohuk", y=2025, t="mortar_rocket")
L(["dohuk q3 2025", "Dohuk between July and September 2025"], pv="Dohuk", qt=(2025, 3))
L(["dohuk autumn 2025", "Duhok province in the fall of 2025"], pv="Dohuk", ss=("autumn", 2025))
L(["zaakho incidents", "Zakho - everything we hold"], pl="Zakho")
L(["strikes that hit pkk cadres in dohuk", "attacks on the pkk in duhok province"], pv="Dohuk", on="PKK")

# ------------------------------------------------------------------ Erbil (2020 cluster)
L(["irbil province 2020", "arbeel governorate 2020 incidents", "line up Erbil province for 2020"], pv="Erbil", y=2020)
N(["erbil province 2020 tally-up", "How many attacks did Erbil province log in 2020?"], pv="Erbil", y=2020)
B(["précis of erbil province 2020", "Situation paragraph: Erbil governorate, 2020"], pv="Erbil", y=2020)
L(["attacks on the americans in erbil province", "coalition bases hit in Erbil governorate"], pv="Erbil", on="US forces")
L(["erbil province all years", "Erbil governorate - everything we hold"], pv="Erbil")
L(["mekhmur incidents", "Makhmour - full list"], pl="Makhmour")
L(["erbil province h1 2020", "Erbil governorate from January to June 2020"], pv="Erbil", hf=(2020, 1))

# ------------------------------------------------------------------ Basra (2024 cluster)
L(["basara province 2024", "basra governorate 2024 incidents", "line up Basra province for 2024"], pv="Basra", y=2024)
N(["basra province 2024 tally-up", "How many attacks did Basra province see in 2024?"], pv="Basra", y=2024)
B(["précis of basra province 2024", "Situation paragraph: Basra governorate, 2024"], pv="Basra", y=2024)
L(["basra province h2 2024", "Basra governorate from July to December 2024"], pv="Basra", hf=(2024, 2))
L(["shootings in basra province", "gunfire attacks across Basra governorate"], pv="Basra", t="shooting")
L(["basra province sep 2024", "Basra governorate, September 2024"], pv="Basra", ym="2024-09")

# ------------------------------------------------------------------ Sulaymaniyah and the south
L(["sulaymania province incidents", "suleimaniyah governorate - all years", "Sulaymaniyah province - everything"],
  pv="Sulaymaniyah")
L(["turkish armed forces strikes in sulaymaniyah province", "strikes by the turks around the slemani governorate"],
  pv="Sulaymaniyah", by="Turkey")
L(["sulaymaniyah province 2022", "suleimaniyah governorate in 2022"], pv="Sulaymaniyah", y=2022)
L(["nadjaf province", "attacks in Najaf governorate, every year"], pv="Najaf")
L(["karbla province", "Karbala governorate - all incidents"], pv="Karbala")
L(["karbla province grenade throws", "grenade attacks in Karbala governorate"], pv="Karbala", t="other")
L(["babil governorate incidents", "hilla province attacks"], pv="Babil")
L(["hilla incidents", "Hillah city attacks"], pl="Hillah")
L(["wasset province", "Wasit governorate - everything we hold"], pv="Wasit")
L(["qaddisiya province", "Qadisiyah governorate incidents"], pv="Qadisiyah")
L(["dhi qaar province", "nassiriya province incidents", "Dhi Qar governorate - all"], pv="Dhi Qar")
L(["maisan province", "Maysan governorate - full list"], pv="Maysan")
L(["almuthanna province", "smawa province attacks", "Muthanna governorate - everything"], pv="Muthanna")
L(["nasiriyah incidents", "Nasiriyah city attacks"], pl="Nasiriyah")
L(["kut incidents", "Kut city - every attack on file"], pl="Kut")
L(["diwaniyah city attacks", "diwaniya city incidents"], pl="Diwaniyah")
N(["wasit province tally-up", "how many attacks in Wasit governorate overall?"], pv="Wasit")
N(["maysan tally-up, all years", "How many incidents are on file for Maysan?"], pv="Maysan")
N(["dhi qar tally-up", "how many attacks has Dhi Qar logged in total?"], pv="Dhi Qar")
B(["précis of the muthanna incidents", "Situation paragraph on Muthanna, all years"], pv="Muthanna")
B(["précis of qadisiyah", "situation paragraph on the Qadisiyah incidents"], pv="Qadisiyah")

# ------------------------------------------------------------------ actors, targets, types across provinces
L(["attacks on the americans", "coalition logistics and bases hit", "anything that hit US-led coalition sites?"], on="US forces")
N(["how many times were the americans targeted?", "coalition targets - tally-up"], on="US forces")
L(["kidnap cases", "abducted people - list the cases", "every abduction on file"], t="kidnapping")
N(["kidnap cases - tally-up", "how many abductions are on file?"], t="kidnapping")
L(["ambushes, all years", "every ambush we hold"], t="ambush")
L(["attacks on the iraqi police service", "police patrols and officers hit - list"], on="police")
N(["how many times were police targeted?", "iraqi police service targeted - tally-up"], on="police")
L(["attacks on border guard patrols", "border guards hit, any year"], on="security forces")
L(["attacks on peshmerga positions", "peshmerga targeted - list"], on="Peshmerga")
L(["strikes that hit pkk cadres", "attacks on pkk members, all years"], on="PKK")
L(["attacks on turkish bases", "turkish troops targeted"], on="Turkey")
L(["turkish armed forces strikes in 2025", "strikes by the turks during 2025"], by="Turkey", y=2025)
L(["turkish armed forces strikes in 2022", "strikes by the turks in 2022"], by="Turkey", y=2022)
L(["turkish armed forces strikes in 2020-2021", "strikes by the turks between 2020 and 2021"], by="Turkey", yy=(2020, 2021))
L(["pkk-claimed or pkk-blamed attacks", "attacks carried out by the pkk"], by="PKK")
L(["daesh-blamed attacks in 2019", "IS activity during 2019"], by="ISIS", y=2019)
L(["daesh-blamed attacks in 2021", "IS activity during 2021"], by="ISIS", y=2021)
L(["daesh-blamed attacks in 2022", "IS activity during 2022"], by="ISIS", y=2022)
L(["daesh-blamed attacks in 2023", "IS activity during 2023"], by="ISIS", y=2023)
L(["daesh-blamed attacks in 2024", "IS activity during 2024"], by="ISIS", y=2024)
L(["daesh-blamed attacks in 2026", "IS activity during 2026"], by="ISIS", y=2026)
L(["IS attacks on the al-hashd", "daesh vs pmf posts - list"], by="ISIS", on="PMU")
L(["IS attacks on army units", "daesh vs serving soldiers"], by="ISIS", on="army")
L(["attacks by gunmen nobody identified in 2024", "attackers unknown, 2024"], by="unknown", y=2024)
L(["attacks by gunmen nobody identified in 2022", "attackers unknown, 2022"], by="unknown", y=2022)
L(["attackers unknown in 2026", "attacks by gunmen nobody identified in 2026"], by="unknown", y=2026)
L(["al-hashd hit in 2023", "attacks on pmf posts and patrols in 2023"], on="PMU", y=2023)
L(["al-hashd hit in 2019", "attacks on pmf posts and patrols in 2019"], on="PMU", y=2019)
L(["army units hit in 2021", "serving soldiers targeted in 2021"], on="army", y=2021)
L(["army units hit in 2022", "serving soldiers targeted in 2022"], on="army", y=2022)
L(["civvies hit in 2024", "attacks on non-combatants in 2024"], on="civilians", y=2024)
L(["civvies hit in 2019", "attacks on non-combatants in 2019"], on="civilians", y=2019)
L(["civvies hit in 2022", "attacks on non-combatants in 2022"], on="civilians", y=2022)
L(["torchings", "shops or warehouses torched - list of torchings and grenade throws"], t="other")
L(["grenade throws in 2022", "grenade attacks during 2022"], t="other", y=2022)
L(["sniper shots and shootings in 2019", "gunfire attacks in 2019"], t="shooting", y=2019)
L(["gunfire attacks in 2024", "shootings in 2024"], t="shooting", y=2024)
L(["gunfire attacks in 2026", "shootings in 2026"], t="shooting", y=2026)
L(["rocket salvos and mortar hits in 2021", "mortar hits in 2021"], t="mortar_rocket", y=2021)
L(["mortar hits in 2024", "rockets or mortars in 2024"], t="mortar_rocket", y=2024)
L(["uav hits in 2020", "aerial strikes in 2020"], t="airstrike_operation", y=2020)
L(["uav hits in 2022", "aerial strikes in 2022"], t="airstrike_operation", y=2022)
L(["uav hits in 2026", "aerial strikes in 2026"], t="airstrike_operation", y=2026)
L(["IED strikes in 2019", "bombings during 2019"], t="ied", y=2019)
L(["IED strikes in 2026", "bombings during 2026"], t="ied", y=2026)
L(["bomb blasts in 2023", "IED strikes in 2023"], t="ied", y=2023)
L(["suicide attacks, any year", "svest attacks - anything on file?"], t="suicide")
L(["kidnap cases in basra province", "abductions across basra governorate"], pv="Basra", t="kidnapping")
L(["daesh-blamed attacks in dohuk", "IS activity in duhok province"], pv="Dohuk", by="ISIS")
L(["the americans hit in 2026", "coalition targets in 2026"], on="US forces", y=2026)
L(["turkish armed forces strikes in erbil province 2025", "strikes by the turks in irbil province during 2025"],
  pv="Erbil", y=2025, by="Turkey")
L(["ambushes in wasit", "wasit ambush cases"], pv="Wasit", t="ambush")
L(["najaf province 2026", "nadjaf governorate in 2026"], pv="Najaf", y=2026)

# ------------------------------------------------------------------ calendar periods, other shapes
L(["incidents in june 2021", "jun '21 attacks"], ym="2021-06")
L(["incidents in april 2024", "apr '24 attacks"], ym="2024-04")
L(["incidents in may 2026", "may '26 - what happened?"], ym="2026-05")
L(["incidents in august 2022", "aug '22 attacks"], ym="2022-08")
L(["incidents in november 2024", "nov '24 attacks"], ym="2024-11")
L(["incidents in q1 2026", "jan-mar '26 attacks"], qt=(2026, 1))
L(["incidents in q3 2025", "jul-sep '25 attacks"], qt=(2025, 3))
L(["incidents in q2 2023", "apr-jun '23 attacks"], qt=(2023, 2))
L(["incidents in the spring of 2026", "spring '26 attacks"], ss=("spring", 2026))
L(["incidents in the winter of 2026", "winter 2025/26 attacks"], ss=("winter", 2026))
L(["incidents in the summer of 2020", "summer '20 attacks"], ss=("summer", 2020))
L(["incidents in h2 2019", "second half of '19 - attacks"], hf=(2019, 2))
L(["incidents between 1 and 15 may 2026", "1-15 may '26 attacks"], fr="2026-05-01", to="2026-05-15")
L(["incidents between 16 and 31 may 2026", "16-31 may '26 attacks"], fr="2026-05-16", to="2026-05-31")
L(["incidents before 2019-05-01", "anything prior to may 2019?"], to="2019-04-30")
L(["incidents since march 2026", "anything from march '26 onward?"], fr="2026-03-01")
L(["nineveh up to and including june 2021", "ninawa through june 2021"], pv="Nineveh", to="2021-06-30")
L(["erbil province after june 2020", "irbil province from july 2020"], pv="Erbil", fr="2020-07-01")
L(["diyala between 2023 and 2026", "diyala 2023 through 2026"], pv="Diyala", yy=(2023, 2026))
L(["salahuddin 2019-2025", "slahaddin from 2019 to 2025"], pv="Salahuddin", yy=(2019, 2025))
L(["incidents on 2026-05-21", "what happened on 21 May 2026?"], day="2026-05-21")
L(["incidents in september 2022", "sep '22 attacks"], ym="2022-09")

# ------------------------------------------------------------------ relative periods (today 2026-06-01 unless given)
R("anything in the past 90 days?", "listing", "past_days:90")
R("attacks over the last 60 days", "listing", "past_days:60")
R("incidents in the trailing 30 days", "listing", "past_days:30")
R("how many attacks in the trailing 30 days?", "count", "past_days:30")
R("past 7 days - any incidents?", "listing", "past_days:7")
R("last 48 hours - anything?", "listing", "past_days:2")
R("yesterday - anything logged?", "listing", "yesterday")
R("the previous week's attacks", "listing", "last_week")
R("brief me on the previous week", "briefing", "last_week")
R("prior month - incidents", "listing", "last_month")
R("how many incidents in the prior month?", "count", "last_month")
R("baghdad province, prior month", "listing", "last_month", pv="Baghdad")
R("two months back - attacks", "listing", "months_ago:2")
R("three months ago - what was logged?", "listing", "months_ago:3")
R("baghdad governorate since new year's day", "listing", "this_year", pv="Baghdad")
R("diyala since new year's day", "listing", "this_year", pv="Diyala")
R("IED strikes since new year's day", "listing", "this_year", t="ied")
R("anything month to date?", "listing", "this_month")
R("prior quarter - all incidents", "listing", "last_quarter")
R("how many incidents in the prior quarter?", "count", "last_quarter")
R("précis of the prior quarter", "briefing", "last_quarter")
R("dohuk in the prior calendar year", "listing", "last_year", pv="Dohuk")
R("turkish armed forces strikes in the prior calendar year", "listing", "last_year", by="Turkey")
R("how many turkish strikes in the prior calendar year?", "count", "last_year", by="Turkey")
R("kirkuk province two years ago", "listing", "years_ago:2", pv="Kirkuk")
R("basra province two years ago", "listing", "years_ago:2", pv="Basra")
R("diyala three years ago", "listing", "years_ago:3", pv="Diyala")
R("past fortnight - anything?", "listing", "past_days:14")
R("shootings in the trailing 30 days", "listing", "past_days:30", t="shooting")
R("kirkuk province - prior month", "listing", "last_month", "2024-05-02", pv="Kirkuk")
R("diyala, the previous week", "listing", "last_week", "2023-04-12", pv="Diyala")
R("ninawa over the past fortnight", "listing", "past_days:14", "2021-06-20", pv="Nineveh")
R("dohuk prior quarter - précis", "briefing", "last_quarter", "2025-10-05", pv="Dohuk")
R("salahuddin, prior calendar year", "listing", "last_year", "2020-01-15", pv="Salahuddin")
R("anbar in the last 60 days", "listing", "past_days:60", "2022-10-01", pv="Anbar")
R("erbil province since new year's day", "listing", "this_year", "2020-12-20", pv="Erbil")
R("basra province over the past 90 days", "listing", "past_days:90", "2024-11-20", pv="Basra")

# ------------------------------------------------------------------ no match (doc null, answer null)
NM("How many died in the suicide attack in Tal Afar in 2021?", pl="Tal Afar", y=2021, t="suicide")
NM("fatalities in the turkish airstrike on zakho in 2023?", pl="Zakho", y=2023, by="Turkey", t="airstrike_operation")
NM("who abducted the engineer in kut in 2025?", "perpetrator", pl="Kut", y=2025, t="kidnapping")
NM("rocket attack on harir base in 2024 - wounded?", "wounded", pl="Harir", y=2024, t="mortar_rocket")
NM("how many police died in the ambush near Hawija in 2023?", pl="Hawija", y=2023, t="ambush", on="police")
NM("IS attack in Najaf province in 2022 - dead?", pv="Najaf", y=2022, by="ISIS")
NM("grenade throw in amarah 2020 - injured?", "wounded", pl="Amarah", y=2020, t="other")
NM("car bomb in Ramadi in 2024 - toll?", pl="Ramadi", y=2024, t="ied")
NM("who carried out the PKK attack in Erbil province in 2021?", "perpetrator", pv="Erbil", y=2021, by="PKK")
NM("samawa shooting in 2026 - killed?", pl="Samawah", y=2026, t="shooting")
NM("uav strike on Qaladze in May 2026 - wounded?", "wounded", pl="Qaladze", ym="2026-05", t="airstrike_operation")
NM("fatalities among soldiers from the IED near Baiji in March 2026?", pl="Baiji", ym="2026-03", t="ied", on="army")

# ------------------------------------------------------------------ conversations (turn 2 carries the complete filter)
C2("nineveh 2021", "listing", dict(pv="Nineveh", y=2021), "just the ones IS was blamed for", "listing",
   dict(pv="Nineveh", y=2021, by="ISIS"))
C2("kirkuk prov 2024 list", "listing", dict(pv="Kirkuk", y=2024), "zoom in on april", "listing",
   dict(pv="Kirkuk", ym="2024-04"))
C2("diyala 2023", "listing", dict(pv="Diyala", y=2023), "ok, now as a tally-up", "count", dict(pv="Diyala", y=2023))
C2("turkish armed forces strikes in dohuk 2025", "listing", dict(pv="Dohuk", y=2025, by="Turkey"),
   "only the uav and jet strikes", "listing", dict(pv="Dohuk", y=2025, by="Turkey", t="airstrike_operation"))
C2("salahuddin 2019", "listing", dict(pv="Salahuddin", y=2019), "turn that into a précis", "briefing",
   dict(pv="Salahuddin", y=2019))
C2("attacks around Baquba", "listing", dict(pl="Baquba", near=True), "scratch that, inside Baquba only", "listing",
   dict(pl="Baquba"))
C2("anbar 2022", "listing", dict(pv="Anbar", y=2022), "filter down to the second half", "listing", dict(pv="Anbar", hf=(2022, 2)))
C2("baghdad province 2026", "listing", dict(pv="Baghdad", y=2026), "repeat for 2021?", "listing",
   dict(pv="Baghdad", y=2021))
C2("erbil province 2020", "listing", dict(pv="Erbil", y=2020), "of these, which hit the coalition?", "listing",
   dict(pv="Erbil", y=2020, on="US forces"))
C2("kidnap cases - how many?", "count", dict(t="kidnapping"), "show them", "listing", dict(t="kidnapping"))
C2("basra province 2024", "listing", dict(pv="Basra", y=2024), "only the gunfire ones", "listing",
   dict(pv="Basra", y=2024, t="shooting"))
C2("prior month - anything in baghdad province?", "listing", dict(pv="Baghdad", ym="2026-05"),
   "and the month prior to that?", "listing", dict(pv="Baghdad", ym="2026-04"))
C2("attacks on the iraqi police service, all years", "listing", dict(on="police"), "only the ones in Diyala", "listing",
   dict(on="police", pv="Diyala"))
C2("al-hashd hit in diyala", "listing", dict(pv="Diyala", on="PMU"), "do the same for nineveh", "listing",
   dict(pv="Nineveh", on="PMU"))
C2("strikes that hit pkk cadres, all years", "listing", dict(on="PKK"), "just 2025 then", "listing",
   dict(on="PKK", y=2025))
C2("diyala apr 2023 please", "listing", dict(pv="Diyala", ym="2023-04"), "broaden it to all of q2", "listing",
   dict(pv="Diyala", qt=(2023, 2)))
C2("IED strikes in anbar", "listing", dict(pv="Anbar", t="ied"), "what about Kirkuk province?", "listing",
   dict(pv="Kirkuk", t="ied"))
C2("sulaymaniyah province - everything", "listing", dict(pv="Sulaymaniyah"), "just the turkish ones", "listing",
   dict(pv="Sulaymaniyah", by="Turkey"))
C2("dohuk 2025 full list", "listing", dict(pv="Dohuk", y=2025), "ignore the year, just Zakho", "listing",
   dict(pv="Dohuk", pl="Zakho"))
C2("ambushes, all years", "listing", dict(t="ambush"), "how many of them were IS?", "count", dict(t="ambush", by="ISIS"))
C2("daesh-blamed attacks in 2021 - list", "listing", dict(by="ISIS", y=2021), "write those up", "briefing",
   dict(by="ISIS", y=2021))
C2("attacks on peshmerga positions, any year", "listing", dict(on="Peshmerga"), "how many died in it?", "fact",
   dict(on="Peshmerga"))
C2("kirkuk province - prior month", "listing", dict(pv="Kirkuk", ym="2024-04"), "and march 2024?", "listing",
   dict(pv="Kirkuk", ym="2024-03"), today="2024-05-02")
C2("mortar hits in 2024", "listing", dict(t="mortar_rocket", y=2024), "now for 2025", "listing",
   dict(t="mortar_rocket", y=2025))
C2("maisan province, all years", "listing", dict(pv="Maysan"), "only Amarah please", "listing", dict(pv="Maysan", pl="Amarah"))
C2("civvies hit in 2022", "listing", dict(on="civilians", y=2022), "restrict to Dhi Qar", "listing",
   dict(on="civilians", y=2022, pv="Dhi Qar"))
C2("Sinjar - full list", "listing", dict(pl="Sinjar"), "add the places around it", "listing", dict(pl="Sinjar", near=True))
C2("uav hits in 2022", "listing", dict(t="airstrike_operation", y=2022), "and 2023?", "listing",
   dict(t="airstrike_operation", y=2023))
C2("basra province 2024", "listing", dict(pv="Basra", y=2024), "which were IS?", "listing", dict(pv="Basra", y=2024, by="ISIS"))
C2("zaakho incidents - list", "listing", dict(pl="Zakho"), "give me a paragraph on it", "briefing", dict(pl="Zakho"))

# ------------------------------------------------------------------ near (expected_ids null) - a few
L(["attacks near Mosul in 2021", "within 25 km of mosul, 2021"], pl="Mosul", near=True, y=2021)
L(["around kirkuk city 2024", "kirkuk city and its outskirts, 2024"], pl="Kirkuk", near=True, y=2024)
L(["close to zakho - anything?", "attacks in the zakho area"], pl="Zakho", near=True)

# ------------------------------------------------------------------ single-event questions, generated from the gold
MN = lib.MONTHS


def _nm(x):
    x = x.lower().replace("-", " ").replace("'", "")
    x = re.sub(r"\bal ", "", x)
    return re.sub(r"\s+", " ", x).strip()


def _reach(fl, incs):
    """the Iraqi records a filter reaches, by the README's matching rule (canonical place, else substring)."""
    canon = {_nm(i["place_canonical"]) for i in incs if i["place_canonical"]}
    out = []
    for i in incs:
        if i["country"] != "Iraq" or (fl["province"] and i["province"] != fl["province"]):
            continue
        if fl["place"]:
            q = _nm(fl["place"])
            if q in canon:
                if q != _nm(i["place_canonical"]):
                    continue
            elif q not in _nm(i["place"]):
                continue
        d = i["event_date"]
        lo, hi = (d, d) if len(d) == 10 else lib.month(d)
        if (fl["date_from"] and lo < fl["date_from"]) or (fl["date_to"] and hi > fl["date_to"]):
            continue
        if fl["attack_type"] and fl["attack_type"] not in i["attack_type"]:
            continue
        if fl["perpetrator"] and i["perpetrator"] != fl["perpetrator"]:
            continue
        if fl["target"] and fl["target"] not in i["target"]:
            continue
        out.append(i)
    return out


def _word(i, n):
    """(type word for the question, attack_type it states or None)."""
    ev, t = i["_ev"].lower(), i["attack_type"][0]
    if t == "ied":
        for w in ("sticky bomb", "sound bomb", "roadside bomb"):
            if w in ev:
                return w, t
        return ("bomb attack", t) if n % 2 else ("IED blast", t)
    if t == "other":
        if "grenade" in ev:
            return "grenade throw", t
        if "fire" in ev:
            return "arson attack", t
        return "incident", None
    if t == "mortar_rocket":
        return ("shelling", t) if ("shell" in ev or "artillery" in ev) else \
            ("mortar fire", t) if "mortar" in ev else ("rocket fire", t)
    if t == "airstrike_operation":
        return ("uav strike", t) if "drone" in ev else ("airstrike", t)
    return {"shooting": ("gun attack", t), "ambush": ("ambush", t), "kidnapping": ("abduction", t)}[t]


T22 = {
    "killed": ["fatalities in the {tw} at {pl}, {Mon} {Y}?", "{pll} {tw} {mo} {Y} - number dead",
               "how many were left dead by the {Mo} {Y} {tw} in {pl}?", "toll of dead for the {pl} {tw} ({mo} {Y})",
               "{pl}, {Mo} {Y}, {tw}: how many were killed?", "how many fatalities did the {tw} in {pl} cause in {Mo} {Y}?",
               "dead from the {tw} in {pl} in {Mo} {Y}?"],
    "wounded": ["injured in the {pl} {tw} ({Mon} {Y})?", "how many people were hurt in the {tw} at {pl} in {Mo} {Y}?",
                "{pll} {tw} {mo} {Y} - injured tally", "number of wounded, {pl} {tw}, {Mo} {Y}?",
                "injury toll of the {tw} in {pl} in {Mo} {Y}?"],
    "event_date": ["on which calendar day did the {tw} in {pl} happen ({Mo} {Y})?", "{pll} {tw} {mo} {Y} - which day?",
                   "give me the date of the {Mo} {Y} {tw} at {pl}", "what date was the {tw} in {pl} in {Mo} {Y}?",
                   "day of the {pl} {tw}, {Mo} {Y}?"],
    "perpetrator": ["who's responsible for the {tw} in {pl} in {Mo} {Y}?", "{pll} {tw} {mo} {Y} - attributed to whom?",
                    "which group or actor was behind the {Mo} {Y} {tw} at {pl}?", "perpetrator of the {tw} in {pl} ({Mon} {Y})?",
                    "whodunnit: {pl} {tw}, {Mo} {Y}"],
}
T22DAY = {"killed": "fatalities in the {tw} in {pl} on {dd}?", "wounded": "how many hurt in the {tw} at {pl} on {dd}?",
          "perpetrator": "who's to blame for the {tw} at {pl} on {dd}?"}
DD = ["{Do} {Month} {YYYY}", "{YYYY}-{MM}-{DD}", "{Wdy} {D} {Mon} {YYYY}"]


def _single():
    incs = []
    for d in lib.DOCS:
        for i in d["incs"]:
            ev = re.findall(r"\[\[%s\|(.*?)\]\]" % i["sfx"], d["text"], re.S)[0]
            incs.append(dict(i, _key=d["key"], _ev=ev))
    used = {k: 0 for k in T22}
    for n, i in enumerate(incs):
        if i["country"] != "Iraq":
            continue
        fields = [k for k in ("killed", "wounded", "perpetrator") if i[k] is not None][:1]
        if i["date_precision"] == "day" and (n % 2 == 1 or not fields):
            fields.append("event_date")
        if n % 3 == 2 and i["perpetrator"] is not None and "perpetrator" not in fields:
            fields.append("perpetrator")
        if n % 4 == 0 and i["killed"] is not None and i["wounded"] is not None and "wounded" not in fields:
            fields.append("wounded")
        tw, t = _word(i, n)
        y, m = int(i["event_date"][:4]), int(i["event_date"][5:7])
        for k in fields:
            by_day = k in T22DAY and i["date_precision"] == "day" and n % 5 == 3
            for pl in (i["place_canonical"], i["place"]):
                fl = flt(pl=pl, day=i["event_date"] if by_day else None, ym=None if by_day else i["event_date"][:7], t=t)
                if len(_reach(fl, incs)) == 1:
                    break
            else:
                raise AssertionError(("single-event filter not unique", i["_key"], i["sfx"]))
            if by_day:
                text = T22DAY[k].format(tw=tw, pl=pl, dd=lib.F(i["event_date"], DD[used[k] % len(DD)]))
            else:
                text = T22[k][used[k] % len(T22[k])].format(tw=tw, pl=pl, pll=pl.lower(), Mo=MN[m - 1],
                                                           Mon=MN[m - 1][:3], mo=MN[m - 1][:3].lower(), Y=y)
            used[k] += 1
            s19.Qs(i["_key"], i["sfx"], k, text, fl, today=TODAY)


_single()
