"""realworld21 questions (set-21 code). Loads realworld17/build/s17.py (relative periods
rel, Qr, quarter, half) and realworld19/build/s19.py (season, single-event helper Qs) by
file path, so that no other set's data files can be imported in their place."""
import importlib.util
import os

import lib

HERE = os.path.dirname(os.path.abspath(__file__))


def _load(name, rel_path):
    spec = importlib.util.spec_from_file_location(name, os.path.normpath(os.path.join(HERE, rel_path)))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


s17 = _load("rw17_s17", "../../realworld17/build/s17.py")
s19 = _load("rw19_s19", "../../realworld19/build/s19.py")

Q, f = lib.Q, lib.f


def P(pl=None, near=False, pv=None, y=None, ym=None, sp=None, qt=None, hf=None, ss=None, fr=None, to=None,
      day=None, t=None, by=None, on=None):
    """filter from what the words state: y year, ym 'YYYY-MM', sp (first month, last month), qt (year, quarter),
    hf (year, half), ss (season, year), fr / to open ends, day 'YYYY-MM-DD'."""
    a, b = fr, to
    if y:
        a, b = lib.year(y)
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
    return f(pl, near, pv, a, b, t, by, on)


def L(texts, **kw):
    for x in texts:
        Q(x, "listing", P(**kw))


def N(texts, **kw):
    for x in texts:
        Q(x, "count", P(**kw))


def B(texts, **kw):
    for x in texts:
        Q(x, "briefing", P(**kw))


def R(text, intent, kind, today, **kw):
    lo, hi = s17.rel(kind, today)
    s17.Qr(text, intent, P(fr=lo, to=hi, **kw), today, kind)


def NM(text, field="killed", **kw):
    Q(text, "fact", P(**kw), field=field, no_match=True)


def C2(q1, i1, k1, q2, i2, k2, today="2025-12-01"):
    lib.C(q1, i1, P(**k1), q2, i2, P(**k2), today=today)


# ------------------------------------------------------------------ Kirkuk (2022 cluster, 2019 pair)
L(["list attacks in Kirkuk province in 2022", "kerkuk provnce 2022", "kirkuk gov. 2022 - everything",
   "What was recorded in Kirkuk governorate over 2022?", "tabulate the 2022 incidents for kirkuk province"],
  pv="Kirkuk", y=2022)
N(["how many attacks hit Kirkuk province in 2022?", "kirkuk prov 2022 - count", "tally of Kirkuk province attacks, 2022"],
  pv="Kirkuk", y=2022)
B(["Draft a briefing on Kirkuk province for 2022", "one-paragraph brief: kirkuk governorate 2022"], pv="Kirkuk", y=2022)
L(["IS attacks in Kirkuk province 2022", "daesh activity in kirkuk prov during 2022", "ISIL ops kerkuk province 2022"],
  pv="Kirkuk", y=2022, by="ISIS")
L(["IEDs in Kirkuk province in 2022", "kirkuk province roadside bombs 2022", "bombings in Kirkuk governorate, 2022"],
  pv="Kirkuk", y=2022, t="ied")
L(["attacks on police in Kirkuk province in 2022", "kirkuk prov 2022 attacks against policemen"], pv="Kirkuk", y=2022, on="police")
L(["attacks on the army in Kirkuk province 2022", "soldiers targeted in kirkuk governorate in 2022"], pv="Kirkuk", y=2022, on="army")
L(["Kirkuk province, first half of 2022", "kirkuk prov h1 2022"], pv="Kirkuk", hf=(2022, 1))
L(["kirkuk province h2 2022", "Kirkuk governorate in the second half of 2022"], pv="Kirkuk", hf=(2022, 2))
L(["kirkuk province q2 2022", "Kirkuk province, April to June 2022"], pv="Kirkuk", qt=(2022, 2))
L(["kirkuk province summer 2022", "What hit Kirkuk province during the summer of 2022?"], pv="Kirkuk", ss=("summer", 2022))
L(["Kirkuk province between April and August 2022", "kirkuk gov. apr-aug 2022"], pv="Kirkuk", sp=("2022-04", "2022-08"))
L(["kirkuk province june 2022", "Kirkuk governorate in Jun 2022"], pv="Kirkuk", ym="2022-06")
L(["attacks on civilians in Kirkuk province in 2022", "kirkuk prov 2022 attacks on shepherds and farmers"],
  pv="Kirkuk", y=2022, on="civilians")
L(["Hawija attacks", "hawijah incidents on record", "everything in Hawija district"], pl="Hawija")
L(["hawija 2022", "Hawija in 2022 - list"], pl="Hawija", y=2022)
L(["Kirkuk city attacks", "anything in kirkuk city?", "incidents inside Kirkuk city on record"], pl="Kirkuk")
L(["kirkuk city 2022", "Kirkuk city, 2022 only"], pl="Kirkuk", y=2022)
L(["Daquq attacks", "daquq - all years", "dakuk incidents"], pl="Daquq")
L(["kirkuk province 2019", "Kirkuk governorate, 2019"], pv="Kirkuk", y=2019)
N(["how many attacks in Hawija?", "no. of incidents in hawija district"], pl="Hawija")
L(["attacks near Hawija in 2022", "around hawija, 2022"], pl="Hawija", near=True, y=2022)

# ------------------------------------------------------------------ Diyala (2021 cluster, 2025 pair)
L(["list attacks in Diyala in 2021", "diyala 2021", "diyalah 2021 incidents", "dyala province 2021 pls",
   "Give me every attack logged in Diyala province for 2021."], pv="Diyala", y=2021)
N(["How many attacks were there in Diyala in 2021?", "diyala 2021 - number of attacks", "count diyala 2021"],
  pv="Diyala", y=2021)
B(["Brief me on Diyala in 2021", "diyala 2021 sitrep", "Put together a short note on attacks across Diyala in 2021"],
  pv="Diyala", y=2021)
L(["IS attacks in Diyala in 2021", "isis diyala 2021", "Daesh attacks in Diyala province during 2021"],
  pv="Diyala", y=2021, by="ISIS")
L(["all IS attacks in Diyala", "islamic state attacks diyala - any year"], pv="Diyala", by="ISIS")
L(["attacks on the army in Diyala in 2021", "diyala 2021 attacks on soldiers"], pv="Diyala", y=2021, on="army")
L(["attacks on the PMF in Diyala in 2021", "hashd targeted in diyala 2021", "PMU casualties in Diyala 2021 - which attacks?"],
  pv="Diyala", y=2021, on="PMU")
L(["attacks on civilians in Diyala in 2021", "diyala 2021 civilians attacked"], pv="Diyala", y=2021, on="civilians")
L(["attacks on civilians in Diyala", "diyala - civilian targets, all years"], pv="Diyala", on="civilians")
L(["Diyala in August 2021", "diyala aug 2021", "diyala, the month of august 2021"], pv="Diyala", ym="2021-08")
L(["diyala summer 2021", "What happened in Diyala in the summer of 2021?"], pv="Diyala", ss=("summer", 2021))
L(["Diyala, H1 2021", "diyala first half 2021"], pv="Diyala", hf=(2021, 1))
L(["diyala q3 2021", "Diyala in the third quarter of 2021"], pv="Diyala", qt=(2021, 3))
L(["diyala q1 2021", "Diyala, January-March 2021"], pv="Diyala", qt=(2021, 1))
L(["Muqdadiyah attacks", "muqdadiya incidents", "al-muqdadiya - anything?"], pl="Muqdadiyah")
L(["Khanaqin attacks", "khanaqeen - all incidents"], pl="Khanaqin")
L(["Baquba attacks", "baqubah incidents on record", "baaquba?"], pl="Baquba")
L(["IEDs in Diyala", "roadside bombs diyala all years", "diyala bombings"], pv="Diyala", t="ied")
L(["shootings in Diyala", "diyala gun attacks (shootings)"], pv="Diyala", t="shooting")
L(["diyala 2025", "Diyala province so far in 2025 - list"], pv="Diyala", y=2025)
L(["diyala since 2022", "Diyala from 2022 onwards"], pv="Diyala", fr="2022-01-01")
L(["attacks around Baquba in 2021", "within 20 km of baquba, 2021"], pl="Baquba", near=True, y=2021)

# ------------------------------------------------------------------ Salahuddin (2024 cluster, 2020 pair)
L(["list attacks in Salahuddin in 2024", "salahudin 2024", "salah al din 2024 incidents", "Salah al-Din province, 2024",
   "saladin province 2024 attacks"], pv="Salahuddin", y=2024)
N(["How many attacks did Salahuddin see in 2024?", "salahuddin 2024 count"], pv="Salahuddin", y=2024)
B(["Write a briefing on Salahuddin in 2024", "salahuddin 2024 - overview please"], pv="Salahuddin", y=2024)
L(["attacks on the PMF in Salahuddin in 2024", "hashd posts hit in salahuddin 2024"], pv="Salahuddin", y=2024, on="PMU")
L(["attacks on the PMF in Salahuddin", "salahuddin pmu targets - all years"], pv="Salahuddin", on="PMU")
L(["IS attacks in Salahuddin", "Daesh in salahudin, any year", "isis ops salah al-din"], pv="Salahuddin", by="ISIS")
L(["attacks on the army in Salahuddin", "salahuddin - soldiers attacked"], pv="Salahuddin", on="army")
L(["IEDs in Salahuddin", "salahuddin roadside bombs"], pv="Salahuddin", t="ied")
L(["salahuddin q3 2024", "Salahuddin between July and September 2024"], pv="Salahuddin", qt=(2024, 3))
L(["salahuddin h1 2024", "Salahuddin in the first six months of 2024"], pv="Salahuddin", hf=(2024, 1))
L(["rocket and mortar attacks in Salahuddin", "salahuddin mortars/rockets"], pv="Salahuddin", t="mortar_rocket")
L(["Samarra attacks", "samara incidents"], pl="Samarra")
L(["Tikrit attacks", "tikreet - all years"], pl="Tikrit")
L(["salahuddin 2020", "Salahuddin governorate in 2020"], pv="Salahuddin", y=2020)
L(["attacks around Samarra", "near samarra - all years"], pl="Samarra", near=True)
L(["salahuddin autumn 2024", "Salahuddin in the fall of 2024"], pv="Salahuddin", ss=("autumn", 2024))

# ------------------------------------------------------------------ Nineveh (2023 cluster, 2019 pair)
L(["list attacks in Nineveh in 2023", "ninewa 2023", "nineva 2023 incidents", "Ninawa province 2023", "mosul province 2023"],
  pv="Nineveh", y=2023)
N(["how many attacks in Nineveh in 2023?", "ninewa 2023 - how many"], pv="Nineveh", y=2023)
B(["Compile a briefing on Nineveh for 2023", "nineveh 2023 summary"], pv="Nineveh", y=2023)
L(["Turkish strikes in Nineveh", "turkey in ninewa - all strikes"], pv="Nineveh", by="Turkey")
L(["Sinjar attacks", "shengal incidents", "anything in the Sinjar district?"], pl="Sinjar")
L(["Mosul city attacks", "mosul city - all years"], pl="Mosul")
L(["Nineveh in December 2023", "ninewa dec 2023"], pv="Nineveh", ym="2023-12")
L(["IEDs in Nineveh", "nineveh roadside bombs and IEDs"], pv="Nineveh", t="ied")
L(["nineveh h2 2023", "Nineveh in the second half of 2023"], pv="Nineveh", hf=(2023, 2))
L(["nineveh h1 2023", "Nineveh, first half of 2023"], pv="Nineveh", hf=(2023, 1))
L(["nineveh 2019", "Nineveh governorate in 2019"], pv="Nineveh", y=2019)
L(["drone strikes in Nineveh", "ninewa drone strikes"], pv="Nineveh", t="airstrike_operation")
L(["attacks on the PKK in Nineveh", "strikes on pkk members in nineveh"], pv="Nineveh", on="PKK")
L(["attacks near Sinjar", "within 15 km of sinjar"], pl="Sinjar", near=True)

# ------------------------------------------------------------------ Dohuk (2023 cluster)
L(["list attacks in Dohuk in 2023", "duhok 2023", "dahuk 2023", "Duhok governorate 2023 incidents"], pv="Dohuk", y=2023)
N(["how many Turkish strikes hit Dohuk in 2023?", "turkish strikes dohuk 2023 - count"], pv="Dohuk", y=2023, by="Turkey")
L(["Turkish strikes in Dohuk in 2023", "turkey duhok 2023"], pv="Dohuk", y=2023, by="Turkey")
B(["Briefing on Turkish attacks in Dohuk", "a briefing on Turkish strikes across Duhok province"], pv="Dohuk", by="Turkey")
L(["drone strikes in Dohuk", "duhok drone strikes and air strikes"], pv="Dohuk", t="airstrike_operation")
L(["drone strikes in Dohuk in 2023", "dahuk air strikes 2023"], pv="Dohuk", y=2023, t="airstrike_operation")
L(["shelling in Dohuk", "artillery shelling duhok province"], pv="Dohuk", t="mortar_rocket")
L(["attacks on civilians in Dohuk", "duhok civilians hit"], pv="Dohuk", on="civilians")
L(["attacks on the PKK in Dohuk", "strikes on pkk members in duhok"], pv="Dohuk", on="PKK")
L(["Zakho attacks", "zaxo incidents", "zakho district - all"], pl="Zakho")
L(["dohuk h2 2023", "Dohuk, July-December 2023"], pv="Dohuk", hf=(2023, 2))
L(["dohuk summer 2023", "duhok in the summer of 2023"], pv="Dohuk", ss=("summer", 2023))
L(["dohuk h1 2023", "duhok first half of 2023"], pv="Dohuk", hf=(2023, 1))
L(["attacks north of Duhok in 2023", "strikes around duhok 2023"], pl="Duhok", near=True, y=2023)

# ------------------------------------------------------------------ Anbar (2020 cluster, 2025 pair)
L(["list attacks in Anbar in 2020", "anbar 2020", "Al-Anbar 2020 incidents", "anbar governorate 2020 - all"], pv="Anbar", y=2020)
N(["How many attacks took place in Anbar in 2020?", "anbar 2020 - total"], pv="Anbar", y=2020)
B(["Brief on Anbar 2020", "anbar 2020 overview"], pv="Anbar", y=2020)
L(["IS attacks in Anbar in 2020", "daesh anbar 2020"], pv="Anbar", y=2020, by="ISIS")
L(["IS attacks in Anbar", "isis anbar any year"], pv="Anbar", by="ISIS")
L(["anbar 2025", "Anbar province in 2025"], pv="Anbar", y=2025)
L(["Al-Qaim attacks", "qaim incidents", "al qaim - everything"], pl="Qaim")
L(["attacks on the PMF in Anbar", "hashd anbar"], pv="Anbar", on="PMU")
L(["anbar h1 2020", "Anbar in the first half of 2020"], pv="Anbar", hf=(2020, 1))
L(["anbar h2 2020", "anbar second half 2020"], pv="Anbar", hf=(2020, 2))
L(["IEDs in Anbar", "anbar roadside bombs"], pv="Anbar", t="ied")
L(["attacks around Ramadi", "near ramadi"], pl="Ramadi", near=True)

# ------------------------------------------------------------------ Baghdad (2019 cluster, 2023 trio)
L(["list attacks in Baghdad province in 2019", "baghdad prov 2019", "baghdad governorate 2019"], pv="Baghdad", y=2019)
N(["how many attacks in Baghdad province in 2019?", "baghdad province 2019 - count"], pv="Baghdad", y=2019)
B(["Briefing: Baghdad province 2019", "baghdad governorate 2019 - short brief"], pv="Baghdad", y=2019)
L(["Baghdad city attacks", "baghdad city - all years", "inside Baghdad city"], pl="Baghdad")
L(["baghdad city 2019", "Baghdad city in 2019"], pl="Baghdad", y=2019)
L(["baghdad province 2023", "Baghdad governorate in 2023"], pv="Baghdad", y=2023)
L(["Baghdad province in November 2019", "baghdad prov nov 2019"], pv="Baghdad", ym="2019-11")
L(["rocket attacks in Baghdad province", "katyushas baghdad prov"], pv="Baghdad", t="mortar_rocket")
L(["IEDs in Baghdad province", "bombs in baghdad governorate"], pv="Baghdad", t="ied")
L(["attacks on civilians in Baghdad province in 2019", "baghdad prov 2019 civilians"], pv="Baghdad", y=2019, on="civilians")
L(["attacks on protesters in Baghdad city", "activists targeted in baghdad city"], pl="Baghdad", on="civilians")

# ------------------------------------------------------------------ Erbil (2025 cluster)
L(["list attacks in Erbil province in 2025", "arbil province 2025", "erbil gov. 2025", "hewler province 2025"],
  pv="Erbil", y=2025)
N(["how many attacks hit Erbil province in 2025?", "erbil province 2025 count"], pv="Erbil", y=2025)
B(["Briefing on Erbil province for 2025", "erbil governorate 2025 - brief"], pv="Erbil", y=2025)
L(["attacks on US forces in Erbil province", "coalition targets in erbil governorate"], pv="Erbil", on="US forces")
L(["Turkish strikes in Erbil province", "turkey erbil prov"], pv="Erbil", by="Turkey")
L(["Soran attacks", "soran district"], pl="Soran")
L(["Sidakan attacks", "sidakan strikes"], pl="Sidakan")
L(["Erbil province in July 2025", "erbil prov jul 2025"], pv="Erbil", ym="2025-07")
L(["Erbil airport attacks", "attacks on erbil airport"], pl="Erbil airport")
L(["erbil province all years", "everything on record for Erbil governorate"], pv="Erbil")

# ------------------------------------------------------------------ Basra (2021 cluster)
L(["list attacks in Basra province in 2021", "basrah province 2021", "basra gov. 2021"], pv="Basra", y=2021)
N(["how many attacks in Basra province in 2021?", "basra prov 2021 - count"], pv="Basra", y=2021)
B(["Briefing on Basra province 2021", "basra governorate 2021 brief"], pv="Basra", y=2021)
L(["Basra city attacks", "basra city - all"], pl="Basra")
L(["IEDs in Basra province", "basrah province bombs"], pv="Basra", t="ied")
L(["basra province h1 2021", "Basra governorate in the first half of 2021"], pv="Basra", hf=(2021, 1))
L(["basra province h2 2021", "basra prov second half 2021"], pv="Basra", hf=(2021, 2))

# ------------------------------------------------------------------ Sulaymaniyah
L(["list attacks in Sulaymaniyah province in 2022", "slemani province 2022", "sulaimaniya prov 2022"], pv="Sulaymaniyah", y=2022)
L(["Sulaymaniyah province attacks", "sulaimani governorate - all years"], pv="Sulaymaniyah")
L(["Turkish strikes in Sulaymaniyah province", "turkish drone strikes slemani province"], pv="Sulaymaniyah", by="Turkey")
L(["Penjwen attacks", "penjwin strikes", "panjwin incidents"], pl="Penjwen")

# ------------------------------------------------------------------ southern provinces
L(["attacks in Najaf province", "najaf governorate - all years"], pv="Najaf")
L(["najaf city attacks", "Najaf city incidents"], pl="Najaf")
L(["attacks in Karbala province", "kerbala province"], pv="Karbala")
L(["attacks in Babil province", "babylon province attacks", "babel prov"], pv="Babil")
L(["IEDs in Babil", "babylon bombings"], pv="Babil", t="ied")
L(["attacks in Wasit province", "wasit governorate"], pv="Wasit")
L(["attacks in Qadisiyah", "qadisiya province", "diwaniyah province attacks"], pv="Qadisiyah")
L(["grenade attacks in Qadisiyah", "qadisiyah grenades"], pv="Qadisiyah", t="other")
L(["attacks in Dhi Qar", "thi qar province", "dhi qar governorate"], pv="Dhi Qar")
L(["attacks in Maysan", "missan province"], pv="Maysan")
L(["Amarah attacks", "amara incidents", "al-amara?"], pl="Amarah")
L(["attacks in Muthanna", "muthana province", "al-muthanna attacks"], pv="Muthanna")
N(["how many attacks in Dhi Qar?", "thi qar - number of incidents"], pv="Dhi Qar")
N(["how many attacks in Maysan?", "maysan count"], pv="Maysan")
B(["Briefing on attacks in the southern province of Babil", "babil brief, all years"], pv="Babil")

# ------------------------------------------------------------------ actors, targets and types across provinces
L(["attacks on US forces", "attacks on the coalition", "coalition bases hit", "anything targeting US troops?"], on="US forces")
L(["attacks on US forces since 2021", "coalition sites attacked from 2021"], on="US forces", fr="2021-01-01")
L(["attacks on coalition forces in 2020", "us forces targeted 2020"], on="US forces", y=2020)
N(["how many attacks on US forces?", "number of attacks on the coalition"], on="US forces")
L(["kidnappings", "all abductions", "list every kidnapping", "who was abducted? list the kidnappings"], t="kidnapping")
N(["how many kidnappings?", "count of abductions"], t="kidnapping")
L(["ambushes", "list all ambushes", "ambush attacks on record"], t="ambush")
N(["how many ambushes?", "ambushes - total"], t="ambush")
L(["attacks on border guards", "border patrol attacked", "border guards targeted - all"], on="security forces")
L(["attacks on police", "policemen targeted", "police attacked - list"], on="police")
N(["how many attacks on police?", "police attacks count"], on="police")
L(["Turkish strikes on the PKK", "turkish attacks on pkk members", "turkey vs pkk strikes"], by="Turkey", on="PKK")
N(["How many Turkish strikes targeted the PKK?", "count turkish strikes on pkk"], by="Turkey", on="PKK")
L(["Turkish drone strikes in 2023", "turkish air strikes 2023"], by="Turkey", t="airstrike_operation", y=2023)
L(["Turkish strikes in 2023", "turkey 2023 attacks"], by="Turkey", y=2023)
L(["Turkish strikes in 2025", "turkey 2025"], by="Turkey", y=2025)
L(["Turkish drone strikes in 2022", "turkish drones 2022"], by="Turkey", t="airstrike_operation", y=2022)
L(["IS attacks in 2024", "isis 2024", "daesh attacks during 2024"], by="ISIS", y=2024)
L(["IS attacks in 2025", "islamic state 2025"], by="ISIS", y=2025)
L(["IS attacks in 2021", "isil 2021"], by="ISIS", y=2021)
L(["IS attacks in 2019", "daesh 2019"], by="ISIS", y=2019)
L(["IS attacks in 2020", "isis 2020 list"], by="ISIS", y=2020)
L(["IS attacks in 2022", "daesh 2022 ops"], by="ISIS", y=2022)
L(["IS attacks in 2023", "IS ops 2023"], by="ISIS", y=2023)
L(["attacks by IS on the PMF", "daesh attacks on hashd"], by="ISIS", on="PMU")
L(["attacks by IS on the army", "daesh vs soldiers"], by="ISIS", on="army")
L(["attacks on the PMF in 2024", "hashd targeted 2024"], on="PMU", y=2024)
L(["attacks on the PMF in 2021", "pmf 2021 attacks"], on="PMU", y=2021)
L(["attacks on the army in 2024", "soldiers hit in 2024"], on="army", y=2024)
L(["attacks on the army in 2023", "army targeted 2023"], on="army", y=2023)
L(["attacks where the attacker is unknown in 2019", "2019: attacks with the attacker unknown"], by="unknown", y=2019)
L(["attacks where the attacker is unknown in 2021", "unknown perpetrators 2021"], by="unknown", y=2021)
L(["grenade attacks in 2021", "grenades 2021"], t="other", y=2021)
L(["grenade attacks in 2019", "hand grenades 2019"], t="other", y=2019)
L(["rocket attacks in 2019", "katyusha attacks 2019"], t="mortar_rocket", y=2019)
L(["rocket attacks in 2025", "rockets and mortars 2025"], t="mortar_rocket", y=2025)
L(["rocket attacks in 2020", "rockets 2020"], t="mortar_rocket", y=2020)
L(["shootings in 2019", "shooting attacks 2019"], t="shooting", y=2019)
L(["shootings in 2022", "shot dead 2022 - list"], t="shooting", y=2022)
L(["IEDs in 2022", "roadside bombs 2022"], t="ied", y=2022)
L(["IEDs in 2019", "bombings 2019"], t="ied", y=2019)
L(["sound bombs and IEDs in Baghdad city", "bombs in baghdad city"], pl="Baghdad", t="ied")
L(["attacks on civilians in 2023", "civilians hit in 2023"], on="civilians", y=2023)
L(["attacks on civilians in 2025", "civilian victims 2025"], on="civilians", y=2025)
L(["attacks on civilians in 2020", "civilians targeted in 2020"], on="civilians", y=2020)
L(["attacks on the Peshmerga", "peshmerga attacked"], on="Peshmerga")
L(["PKK attacks", "attacks by the pkk"], by="PKK")
L(["suicide bombings", "suicide attacks on record"], t="suicide")
L(["suicide bombings in Diyala", "suicide attacks diyala"], pv="Diyala", t="suicide")
L(["kidnappings in Anbar in 2024", "abductions anbar 2024"], pv="Anbar", y=2024, t="kidnapping")
L(["attacks on US forces in Baghdad city in 2024", "coalition hit in baghdad city 2024"], pl="Baghdad", y=2024, on="US forces")
L(["IS attacks in Basra province", "daesh basra prov"], pv="Basra", by="ISIS")
L(["Turkish strikes in Dohuk in 2021", "turkey duhok 2021"], pv="Dohuk", y=2021, by="Turkey")
L(["attacks in Muthanna in 2023", "muthanna 2023"], pv="Muthanna", y=2023)

# ------------------------------------------------------------------ calendar periods of other kinds
L(["attacks in November 2019", "nov 2019", "what happened in november 2019?"], ym="2019-11")
L(["attacks in August 2021", "aug 2021 attacks"], ym="2021-08")
L(["attacks in December 2023", "dec 2023 incidents"], ym="2023-12")
L(["attacks in July 2025", "jul 2025"], ym="2025-07")
L(["attacks in the first quarter of 2023", "q1 2023"], qt=(2023, 1))
L(["attacks in the second quarter of 2022", "q2 2022 incidents"], qt=(2022, 2))
L(["attacks in the last quarter of 2021", "q4 2021"], qt=(2021, 4))
L(["attacks in the winter of 2022", "winter 2022 incidents"], ss=("winter", 2022))
L(["attacks in the spring of 2025", "spring 2025"], ss=("spring", 2025))
L(["attacks in the autumn of 2020", "fall 2020 attacks"], ss=("autumn", 2020))
L(["attacks in H1 2019", "first half of 2019"], hf=(2019, 1))
L(["attacks between September and December 2022", "sep-dec 2022"], sp=("2022-09", "2022-12"))
L(["attacks from June to August 2024", "jun-aug 2024 incidents"], sp=("2024-06", "2024-08"))
L(["attacks between 1 and 20 August 2021", "1-20 aug 2021"], fr="2021-08-01", to="2021-08-20")
L(["attacks in the first half of December 2023", "1-15 december 2023"], fr="2023-12-01", to="2023-12-15")
L(["attacks before March 2019", "anything earlier than march 2019?"], to="2019-02-28")
L(["attacks since September 2025", "from september 2025 on"], fr="2025-09-01")
L(["Erbil province after March 2025", "erbil prov from april 2025"], pv="Erbil", fr="2025-04-01")
L(["Dohuk until May 2023", "duhok up to may 2023"], pv="Dohuk", to="2023-05-31")
L(["Kirkuk province 2019-2021", "kirkuk prov 2019 to 2021"], pv="Kirkuk", fr="2019-01-01", to="2021-12-31")
L(["Nineveh 2019-2020", "ninewa from 2019 through 2020"], pv="Nineveh", fr="2019-01-01", to="2020-12-31")
L(["Anbar 2021-2025", "anbar from 2021 to 2025"], pv="Anbar", fr="2021-01-01", to="2025-12-31")
L(["anbar since 2021", "Anbar province since 2021"], pv="Anbar", fr="2021-01-01")

# ------------------------------------------------------------------ relative periods (s17.rel, asserted by the build)
R("diyala last year", "listing", "last_year", "2022-03-01", pv="Diyala")
R("How many attacks did Diyala have last year?", "count", "last_year", "2022-02-14", pv="Diyala")
R("kirkuk province last quarter", "listing", "last_quarter", "2022-10-10", pv="Kirkuk")
R("Brief me on Kirkuk governorate for the last quarter", "briefing", "last_quarter", "2022-10-20", pv="Kirkuk")
R("nineveh last month", "listing", "last_month", "2024-01-03", pv="Nineveh")
R("what hit ninewa last month?", "listing", "last_month", "2024-01-15", pv="Nineveh")
R("erbil province last month", "listing", "last_month", "2025-08-05", pv="Erbil")
R("number of attacks in Erbil province last month", "count", "last_month", "2025-08-20", pv="Erbil")
R("attacks last week", "listing", "last_week", "2023-12-14")
R("anything last week?", "listing", "last_week", "2023-12-15")
R("attacks in the past two weeks", "listing", "past_days:14", "2019-11-22")
R("past fortnight - incidents", "listing", "past_days:14", "2019-11-23")
R("erbil province this year", "listing", "this_year", "2025-11-30", pv="Erbil")
R("IS attacks this year", "listing", "this_year", "2025-11-28", by="ISIS")
R("salahuddin ytd", "listing", "this_year", "2024-10-15", pv="Salahuddin")
R("Salahuddin so far this year - count", "count", "this_year", "2024-10-16", pv="Salahuddin")
R("attacks in the past 3 days", "listing", "past_days:3", "2024-04-17")
R("last 10 days - attacks", "listing", "past_days:10", "2023-12-12")
R("attacks in the past 30 days", "listing", "past_days:30", "2021-09-01")
R("salahuddin last quarter", "listing", "last_quarter", "2024-10-02", pv="Salahuddin")
R("Dohuk two years ago", "listing", "years_ago:2", "2025-06-01", pv="Dohuk")
R("attacks this month so far", "listing", "this_month", "2021-08-20")
R("attacks two months ago", "listing", "months_ago:2", "2022-08-10")
R("baghdad province last year", "listing", "last_year", "2020-01-10", pv="Baghdad")
R("basra province last year - briefing", "briefing", "last_year", "2022-01-05", pv="Basra")
R("turkish strikes last year", "listing", "last_year", "2024-02-01", by="Turkey")
R("how many turkish strikes last year?", "count", "last_year", "2024-01-20", by="Turkey")
R("anbar last year", "listing", "last_year", "2021-01-04", pv="Anbar")
R("attacks on the PMF in Salahuddin this year", "listing", "this_year", "2024-12-01", pv="Salahuddin", on="PMU")
R("nineveh this year so far", "listing", "this_year", "2023-12-20", pv="Nineveh")
R("yesterday's attacks", "listing", "yesterday", "2024-04-17")
R("anything yesterday?", "listing", "yesterday", "2023-12-10")
R("diyala in the past 30 days", "listing", "past_days:30", "2021-08-31", pv="Diyala")
R("kurdistan... no, dohuk province last quarter", "listing", "last_quarter", "2023-10-02", pv="Dohuk")

# ------------------------------------------------------------------ no match (doc null, answer null)
NM("How many were killed in the suicide bombing in Baquba in March 2021?", pl="Baquba", ym="2021-03", t="suicide")
NM("Turkish air strike on Zakho in 2021 - casualties?", pl="Zakho", y=2021, by="Turkey", t="airstrike_operation")
NM("who kidnapped the engineer in Najaf province in 2023?", "perpetrator", pv="Najaf", y=2023, t="kidnapping")
NM("rocket attack on Ain al-Asad in 2022 - anyone hurt?", "wounded", pl="Ain al-Asad", y=2022, t="mortar_rocket")
NM("How many Peshmerga died in the ambush near Makhmour in 2024?", pl="Makhmour", y=2024, t="ambush", on="Peshmerga")
NM("IS attack on police in Basra province in 2021 - dead?", pv="Basra", y=2021, by="ISIS", on="police")
NM("grenade attack in Kut in 2023 - injured?", "wounded", pl="Kut", y=2023, t="other")
NM("car bomb in Tikrit in 2023 - toll?", pl="Tikrit", y=2023, t="ied")
NM("Who carried out the PKK attack in Sulaymaniyah province in 2022?", "perpetrator", pv="Sulaymaniyah", y=2022, by="PKK")
NM("samawah shooting 2019 - killed?", pl="Samawah", y=2019, t="shooting")
NM("drone strike on Choman in October 2025 - wounded?", "wounded", pl="Choman", ym="2025-10", t="airstrike_operation")
NM("How many soldiers were killed by the IED near Hit in March 2025?", pl="Hit", ym="2025-03", t="ied", on="army")

# ------------------------------------------------------------------ conversations (turn 2 carries the complete filter)
C2("diyala 2021", "listing", dict(pv="Diyala", y=2021), "only the IS ones", "listing", dict(pv="Diyala", y=2021, by="ISIS"))
C2("IS attacks in Kirkuk province 2022", "listing", dict(pv="Kirkuk", y=2022, by="ISIS"),
   "and in 2019?", "listing", dict(pv="Kirkuk", y=2019, by="ISIS"))
C2("Turkish strikes in Dohuk in 2023", "listing", dict(pv="Dohuk", y=2023, by="Turkey"),
   "how many of them were drone strikes?", "count", dict(pv="Dohuk", y=2023, by="Turkey", t="airstrike_operation"))
C2("salahuddin 2024", "listing", dict(pv="Salahuddin", y=2024), "make that a briefing", "briefing", dict(pv="Salahuddin", y=2024))
C2("attacks on US forces", "listing", dict(on="US forces"), "count them", "count", dict(on="US forces"))
C2("attacks around Baquba in 2021", "listing", dict(pl="Baquba", near=True, y=2021),
   "only inside Baquba itself", "listing", dict(pl="Baquba", y=2021))
C2("anbar 2020", "listing", dict(pv="Anbar", y=2020), "restrict to the first half", "listing", dict(pv="Anbar", hf=(2020, 1)))
C2("nineveh 2023", "listing", dict(pv="Nineveh", y=2023), "just the IEDs", "listing", dict(pv="Nineveh", y=2023, t="ied"))
C2("Erbil province 2025", "listing", dict(pv="Erbil", y=2025), "drop the year", "listing", dict(pv="Erbil"))
C2("how many kidnappings are on record?", "count", dict(t="kidnapping"), "list them", "listing", dict(t="kidnapping"))
C2("baghdad province 2019", "listing", dict(pv="Baghdad", y=2019), "what about 2023?", "listing", dict(pv="Baghdad", y=2023))
C2("kirkuk province last month", "listing", dict(pv="Kirkuk", ym="2022-06"),
   "and the month before that?", "listing", dict(pv="Kirkuk", ym="2022-05"), today="2022-07-05")
C2("Basra province 2021", "listing", dict(pv="Basra", y=2021), "only the bombings", "listing", dict(pv="Basra", y=2021, t="ied"))
C2("attacks on the PMF in Salahuddin", "listing", dict(pv="Salahuddin", on="PMU"),
   "same for Diyala", "listing", dict(pv="Diyala", on="PMU"))
C2("Turkish strikes on the PKK, all years", "listing", dict(by="Turkey", on="PKK"),
   "only 2023", "listing", dict(by="Turkey", on="PKK", y=2023))
C2("diyala aug 2021 please", "listing", dict(pv="Diyala", ym="2021-08"),
   "widen it to the whole summer", "listing", dict(pv="Diyala", ss=("summer", 2021)))
C2("IEDs in Anbar, any year", "listing", dict(pv="Anbar", t="ied"), "and in Babil?", "listing", dict(pv="Babil", t="ied"))
C2("sulaymaniyah province - everything", "listing", dict(pv="Sulaymaniyah"),
   "only the Turkish ones", "listing", dict(pv="Sulaymaniyah", by="Turkey"))
C2("dohuk 2023 list", "listing", dict(pv="Dohuk", y=2023),
   "forget the year - everything in Zakho", "listing", dict(pv="Dohuk", pl="Zakho"))
C2("attacks on police, all years", "listing", dict(on="police"),
   "how many of those were in Diyala?", "count", dict(on="police", pv="Diyala"))
C2("IS attacks in 2024 - list", "listing", dict(by="ISIS", y=2024), "brief me on those", "briefing", dict(by="ISIS", y=2024))
C2("attacks on the Peshmerga, any year", "listing", dict(on="Peshmerga"),
   "how many were wounded?", "fact", dict(on="Peshmerga"))
C2("erbil province last month", "listing", dict(pv="Erbil", ym="2025-07"),
   "and in March 2025?", "listing", dict(pv="Erbil", ym="2025-03"), today="2025-08-05")
C2("rocket attacks in Baghdad province", "listing", dict(pv="Baghdad", t="mortar_rocket"),
   "now Erbil province", "listing", dict(pv="Erbil", t="mortar_rocket"))
C2("ambushes on record", "listing", dict(t="ambush"), "only those by IS", "listing", dict(t="ambush", by="ISIS"))
C2("Kirkuk city - all attacks", "listing", dict(pl="Kirkuk"), "include the surrounding area", "listing", dict(pl="Kirkuk", near=True))
C2("attacks in Maysan, all years", "listing", dict(pv="Maysan"), "only Amarah", "listing", dict(pv="Maysan", pl="Amarah"))
C2("shootings in 2019 - list", "listing", dict(t="shooting", y=2019), "and 2022?", "listing", dict(t="shooting", y=2022))
C2("attacks on civilians in Diyala, all years", "listing", dict(pv="Diyala", on="civilians"),
   "which of them were IS?", "listing", dict(pv="Diyala", on="civilians", by="ISIS"))
C2("penjwen strikes - list", "listing", dict(pl="Penjwen"), "write it up as a briefing", "briefing", dict(pl="Penjwen"))

# ------------------------------------------------------------------ single-event questions, generated from the gold
MN = lib.MONTHS


def _norm(x):
    import re
    x = x.lower().replace("-", " ").replace("'", "")
    x = re.sub(r"\bal ", "", x)
    return re.sub(r"\s+", " ", x).strip()


def _sel(fl, incs):
    """the records a single-event filter reaches (the README's matching rule)."""
    canon = {_norm(i["place_canonical"]) for i in incs if i["place_canonical"]}
    out = []
    for i in incs:
        if i["country"] != "Iraq":
            continue
        if fl["province"] and i["province"] != fl["province"]:
            continue
        if fl["place"]:
            q = _norm(fl["place"])
            if (q in canon and q != _norm(i["place_canonical"])) or (q not in canon and q not in _norm(i["place"])):
                continue
        d = i["event_date"]
        lo, hi = (d, d) if len(d) == 10 else lib.month(d)
        if (fl["date_from"] and lo < fl["date_from"]) or (fl["date_to"] and hi > fl["date_to"]):
            continue
        if fl["attack_type"] and fl["attack_type"] not in i["attack_type"]:
            continue
        if fl["perpetrator"] and i["perpetrator"] != fl["perpetrator"]:
            continue
        out.append(i)
    return out


def _tw(i):
    ev, t = i["_ev"].lower(), i["attack_type"][0]
    if t == "ied":
        for w in ("sticky bomb", "sound bomb", "roadside bomb"):
            if w in ev:
                return w, t
        return ("IED" if i["_n"] % 2 else "bombing"), t
    if t == "other":
        return ("grenade attack", t) if "grenade" in ev else ("attack", None)
    if t == "mortar_rocket":
        if "shell" in ev or "artillery" in ev:
            return "shelling", t
        return ("mortar attack", t) if "mortar" in ev else ("rocket attack", t)
    if t == "airstrike_operation":
        return ("drone strike", t) if "drone" in ev else ("air strike", t)
    return {"shooting": "shooting", "ambush": "ambush", "kidnapping": "kidnapping"}[t], t


TPL = {
    "killed": ["How many people were killed in the {tw} in {pl} in {Mo} {Y}?", "{pll} {tw} {mo} {Y} - dead?",
               "death toll of the {tw} at {pl}, {Mo} {Y}?", "{pl} {tw} ({Mon} {Y}): how many killed?",
               "how many died in the {Mo} {Y} {tw} in {pl}", "KIA in the {pl} {tw} of {Mo} {Y}?",
               "{pll} {mo} {Y} {tw} - killed?"],
    "wounded": ["How many were wounded in the {tw} in {pl} in {Mo} {Y}?", "{pll} {tw} {mo} {Y} - injured?",
                "number of injured in the {Mo} {Y} {tw} at {pl}?", "{pl} {tw}, {Mon} {Y} - how many hurt?",
                "wounded count for the {tw} near {pl} in {Mo} {Y}"],
    "event_date": ["On what day in {Mo} {Y} was the {tw} in {pl}?", "{pll} {tw} {mo} {Y} - what day?",
                   "exact date of the {tw} near {pl} in {Mo} {Y}?", "which day of {Mo} {Y} did the {tw} in {pl} happen?",
                   "{pl} {tw} - it was in {Mo} {Y}. Date?"],
    "perpetrator": ["Who was behind the {tw} in {pl} in {Mo} {Y}?", "{pll} {tw} {mo} {Y} - who did it?",
                    "who carried out the {Mo} {Y} {tw} at {pl}?", "{pl} {tw}, {Mon} {Y}: perpetrator?",
                    "Who is blamed for the {tw} in {pl} ({Mo} {Y})?"],
}
DAYTPL = {"killed": "how many killed in the {tw} in {pl} on {dd}?", "wounded": "{pl} {tw} {dd} - wounded?",
          "perpetrator": "who was responsible for the {tw} in {pl} on {dd}?"}


def _single():
    incs = []
    for d in lib.DOCS:
        for i in d["incs"]:
            incs.append(dict(i, _key=d["key"], _n=len(incs),
                             _ev=[m for m in __import__("re").findall(r"\[\[%s\|(.*?)\]\]" % i["sfx"], d["text"], __import__("re").S)][0]))
    cnt = {k: 0 for k in TPL}
    for i in incs:
        if i["country"] != "Iraq":
            continue
        n = i["_n"]
        fields = []
        for k in ("killed", "wounded", "perpetrator"):
            if i[k] is not None:
                fields.append(k)
                break
        if i["date_precision"] == "day" and n % 2 == 0:
            fields.append("event_date")
        if n % 3 == 0 and i["perpetrator"] is not None and "perpetrator" not in fields:
            fields.append("perpetrator")
        if n % 5 == 1 and i["killed"] is not None and i["wounded"] is not None and "wounded" not in fields:
            fields.append("wounded")
        tw, t = _tw(i)
        y, m = int(i["event_date"][:4]), int(i["event_date"][5:7])
        for k in fields:
            use_day = k in DAYTPL and i["date_precision"] == "day" and n % 4 == 3
            for pl in (i["place_canonical"], i["place"]):
                fl = P(pl=pl, day=i["event_date"] if use_day else None, ym=None if use_day else i["event_date"][:7], t=t)
                if len(_sel(fl, incs)) == 1:
                    break
            else:
                raise AssertionError(("single-event filter not unique", i["_key"], i["sfx"]))
            if use_day:
                dd = [lib.F(i["event_date"], "{D} {Mon} {YYYY}"), lib.F(i["event_date"], "{DD}/{MM}/{YYYY}"),
                      lib.F(i["event_date"], "{Month} {D}, {YYYY}"), lib.F(i["event_date"], "{DD}.{MM}.{YYYY}")][cnt[k] % 4]
                text = DAYTPL[k].format(tw=tw, pl=pl, dd=dd)
            else:
                tp = TPL[k][cnt[k] % len(TPL[k])]
                text = tp.format(tw=tw, pl=pl, pll=pl.lower(), Mo=MN[m - 1], Mon=MN[m - 1][:3], mo=MN[m - 1][:3].lower(), Y=y)
            cnt[k] += 1
            s19.Qs(i["_key"], i["sfx"], k, text, fl)


_single()
