"""realworld23 questions (set-23 code). Loads realworld17/build/s17.py (rel, Qr, quarter, half) and
realworld19/build/s19.py (season, Qs) by file path. Default today: 2026-12-01.
Gold filters carry exactly what a question's own words state (the convention of sets 16-22)."""
import importlib.util
import os
import re

import lib

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2026-12-01"


def _by_path(name, rel):
    spec = importlib.util.spec_from_file_location(name, os.path.normpath(os.path.join(HERE, rel)))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


s17 = _by_path("rw17_s17_for_rw23", "../../realworld17/build/s17.py")
s19 = _by_path("rw19_s19_for_rw23", "../../realworld19/build/s19.py")


def P(pl=None, near=False, pv=None, y=None, ym=None, span=None, q=None, h=None, yrs=None, since=None, until=None,
      day=None, days=None, t=None, by=None, on=None):
    """filter from the question's words: y year, ym 'YYYY-MM', span ('YYYY-MM', 'YYYY-MM'), q (year, quarter),
    h (year, half), yrs (first, last year), since / until open ends (ISO), day ISO, days (from, to) ISO."""
    a, b = since, until
    if y:
        a, b = lib.year(y)
    if ym:
        a, b = lib.month(ym)
    if span:
        a, b = lib.span(*span)
    if q:
        a, b = s17.quarter(*q)
    if h:
        a, b = s17.half(*h)
    if yrs:
        a, b = lib.year(yrs[0])[0], lib.year(yrs[1])[1]
    if day:
        a, b = day, day
    if days:
        a, b = days
    return lib.f(pl, near, pv, a, b, t, by, on)


def L(texts, **kw):
    for x in texts:
        lib.Q(x, "listing", P(**kw), today=TODAY)


def N(texts, **kw):
    for x in texts:
        lib.Q(x, "count", P(**kw), today=TODAY)


def B(texts, **kw):
    for x in texts:
        lib.Q(x, "briefing", P(**kw), today=TODAY)


def REL(text, intent, kind, today=TODAY, **kw):
    lo, hi = s17.rel(kind, today)
    s17.Qr(text, intent, P(since=lo, until=hi, **kw), today, kind)


def NM(text, field="killed", **kw):
    lib.Q(text, "fact", P(**kw), today=TODAY, field=field, no_match=True)


def CV(q1, i1, k1, q2, i2, k2, today=TODAY):
    lib.C(q1, i1, P(**k1), q2, i2, P(**k2), today=today)


# ------------------------------------------------------------------ listings, counts, briefings by province
# Kirkuk
L(["List attacks in Kirkuk province in the first half of 2023", "kirkuk jan-jun 2023"], pv="Kirkuk", h=(2023, 1))
L(["Kirkuk province, second half of 2023 - what happened?", "kirkuk h2 2023"], pv="Kirkuk", h=(2023, 2))
N(["How many attacks were there in Kirkuk province in 2023?", "number of incidents in kirkuk 2023"], pv="Kirkuk", y=2023)
L(["IS attacks in Kirkuk in 2023", "Which attacks in Kirkuk province in 2023 were blamed on ISIS?"], pv="Kirkuk", y=2023, by="ISIS")
L(["attacks in Kirkuk province in August 2023", "Kirkuk, Aug 2023"], pv="Kirkuk", ym="2023-08")
L(["Anything in Kirkuk province in 2026?", "kirkuk 2026 incidents"], pv="Kirkuk", y=2026)
B(["Brief me on the security situation in Kirkuk province in 2026", "Kirkuk 2026 summary please"], pv="Kirkuk", y=2026)
L(["Attacks in Hawija", "hawija incidents, all years"], pl="Hawija")
L(["What do we have on Dibis?", "dibis attacks"], pl="Dibis")
L(["Daquq - list of attacks", "incidents in daquq"], pl="Daquq")
L(["kirkuk province 2019-2020", "Attacks in Kirkuk province in 2019 and 2020"], pv="Kirkuk", yrs=(2019, 2020))
L(["attacks on the army in Kirkuk province", "kirkuk - attacks targeting soldiers"], pv="Kirkuk", on="army")
L(["attacks on police in Kirkuk", "Kirkuk province: police targeted"], pv="Kirkuk", on="police")
# Diyala
L(["List attacks in Diyala in 2021", "diyala 2021", "What happened in Diyala province in 2021?"], pv="Diyala", y=2021)
N(["How many attacks in Diyala in 2021?", "diyala 2021 - count"], pv="Diyala", y=2021)
B(["Give me a briefing on Diyala in 2021", "summarise the 2021 attacks in Diyala"], pv="Diyala", y=2021)
L(["Diyala 2026 - list"], pv="Diyala", y=2026)
REL("attacks in Diyala this year", "listing", "this_year", pv="Diyala")
N(["how many incidents in diyala in 2026?"], pv="Diyala", y=2026)
L(["IS attacks in Diyala province", "diyala: attacks blamed on daesh"], pv="Diyala", by="ISIS")
L(["attacks on the PMF in Diyala", "Diyala - Hashd targeted"], pv="Diyala", on="PMU")
L(["Khanaqin attacks", "incidents near Khanaqin"], pl="Khanaqin")
L(["muqdadiya incidents", "attacks in Muqdadiyah"], pl="Muqdadiyah")
L(["diyala attacks in 2019 and 2020", "Diyala 2019-2020"], pv="Diyala", yrs=(2019, 2020))
L(["civilians killed or hurt in Diyala attacks", "attacks on civilians in diyala"], pv="Diyala", on="civilians")
# Salahuddin
L(["Salahuddin attacks in 2020", "salah al-din 2020 incidents", "What was recorded in Salahuddin province in 2020?"],
  pv="Salahuddin", y=2020)
N(["How many attacks did Salahuddin see in 2020?"], pv="Salahuddin", y=2020)
B(["Briefing on Salahuddin for 2020, please"], pv="Salahuddin", y=2020)
L(["salahuddin since 2023", "Attacks in Salahuddin province from 2023 onwards"], pv="Salahuddin", since="2023-01-01")
L(["Tuz Khurmatu incidents", "attacks in tuz"], pl="Tuz Khurmatu")
L(["Samarra attacks", "anything in samarra?"], pl="Samarra")
L(["Baiji - attacks on file"], pl="Baiji")
L(["attacks on PMF positions in Salahuddin", "salahuddin hashd targeted"], pv="Salahuddin", on="PMU")
L(["IEDs in Salahuddin", "roadside bombs in salahuddin province"], pv="Salahuddin", t="ied")
# Nineveh
L(["Nineveh attacks in 2022", "ninewa 2022", "List incidents in Nineveh province during 2022"], pv="Nineveh", y=2022)
N(["How many attacks in Nineveh in 2022?"], pv="Nineveh", y=2022)
L(["nineveh 2022 second half", "Nineveh July-December 2022"], pv="Nineveh", h=(2022, 2))
L(["Sinjar attacks", "incidents in Sinjar (Shingal)"], pl="Sinjar")
L(["Mosul incidents", "attacks in Mosul city"], pl="Mosul")
L(["turkish strikes in nineveh", "Turkish drone strikes in Nineveh province"], pv="Nineveh", by="Turkey")
L(["Nineveh kidnappings", "abductions in Nineveh province"], pv="Nineveh", t="kidnapping")
L(["nineveh since 2023", "Anything in Nineveh province from 2023 on?"], pv="Nineveh", since="2023-01-01")
# Anbar
L(["Anbar attacks in 2019", "anbar 2019", "What happened in Anbar in 2019?"], pv="Anbar", y=2019)
N(["How many attacks in Anbar in 2019?"], pv="Anbar", y=2019)
L(["Rutba incidents", "attacks around Rutba"], pl="Rutba")
L(["al-qaim attacks", "Qaim - incidents"], pl="Qaim")
L(["Anbar since 2022", "attacks in Anbar province from 2022 onwards"], pv="Anbar", since="2022-01-01")
L(["IS attacks in Anbar", "anbar: daesh attacks"], pv="Anbar", by="ISIS")
# Baghdad
L(["Baghdad province attacks in 2024", "baghdad 2024", "List incidents in Baghdad governorate in 2024"], pv="Baghdad", y=2024)
N(["how many attacks in baghdad province in 2024?"], pv="Baghdad", y=2024)
B(["Brief on Baghdad province in 2024"], pv="Baghdad", y=2024)
L(["Baghdad 2019-2021", "attacks in Baghdad province between 2019 and 2021"], pv="Baghdad", yrs=(2019, 2021))
L(["Tarmiyah attacks", "incidents in al-tarmiyah"], pl="Tarmiyah")
L(["Abu Ghraib incidents"], pl="Abu Ghraib")
L(["IEDs in Baghdad province", "bombings in baghdad"], pv="Baghdad", t="ied")
L(["rocket attacks in Baghdad", "baghdad rocket and mortar attacks"], pv="Baghdad", t="mortar_rocket")
# Kurdistan Region
L(["Dohuk attacks in 2025", "duhok 2025", "What happened in Duhok province in 2025?"], pv="Dohuk", y=2025)
N(["How many Turkish strikes in Dohuk province in 2025?"], pv="Dohuk", y=2025, by="Turkey")
B(["Briefing on Turkish military activity in Dohuk in 2025"], pv="Dohuk", y=2025, by="Turkey")
L(["dohuk before 2025", "Attacks in Dohuk province up to the end of 2024"], pv="Dohuk", until="2024-12-31")
L(["Amedi district incidents", "attacks in Amedi"], pl="Amedi")
L(["Erbil province attacks in 2026", "erbil 2026"], pv="Erbil", y=2026)
N(["how many attacks in erbil province in 2026?"], pv="Erbil", y=2026)
L(["Erbil province, all years", "attacks in Erbil governorate"], pv="Erbil")
L(["Soran district - attacks", "incidents in Soran"], pl="Soran")
L(["Sulaymaniyah province attacks", "sulaimani province incidents"], pv="Sulaymaniyah")
L(["Chamchamal incidents"], pl="Chamchamal")
L(["Makhmour attacks", "attacks near makhmour"], pl="Makhmour")
# South and centre
L(["Basra attacks", "basra province, all years"], pv="Basra")
L(["Basra 2023", "attacks in Basra province in 2023"], pv="Basra", y=2023)
L(["Dhi Qar incidents", "attacks in dhi qar province"], pv="Dhi Qar")
L(["Maysan attacks", "incidents in maysan"], pv="Maysan")
L(["Wasit attacks", "anything in wasit?"], pv="Wasit")
L(["Babil incidents", "babylon province attacks"], pv="Babil")
L(["Karbala attacks", "karbala province incidents"], pv="Karbala")
L(["Najaf attacks", "incidents in najaf province"], pv="Najaf")
L(["Qadisiyah attacks", "diwaniyah province incidents"], pv="Qadisiyah")
L(["Muthanna attacks", "muthanna province"], pv="Muthanna")
L(["Amarah incidents"], pl="Amarah")
L(["Samawah attacks"], pl="Samawah")
L(["Nasiriyah incidents", "attacks in nasiriyah"], pl="Nasiriyah")

# ------------------------------------------------------------------ by type, actor, target, period
L(["Turkish drone strikes in 2025", "turkish airstrikes 2025"], y=2025, by="Turkey", t="airstrike_operation")
L(["Turkish strikes in 2022", "attacks by turkey in 2022"], y=2022, by="Turkey")
N(["How many Turkish strikes have we recorded in 2026?"], y=2026, by="Turkey")
L(["kidnappings in 2019-2020", "abductions 2019 to 2020"], yrs=(2019, 2020), t="kidnapping")
L(["Kidnappings since 2022", "abductions from 2022 on"], since="2022-01-01", t="kidnapping")
N(["how many kidnappings are on record?"], t="kidnapping")
L(["ambushes", "List all ambushes"], t="ambush")
L(["suicide attacks", "any suicide bombings on record?"], t="suicide")
L(["grenade attacks", "hand grenade incidents"], t="other")
L(["rocket attacks on US forces", "attacks on coalition bases and convoys"], on="US forces")
N(["How many attacks targeted US or coalition forces?"], on="US forces")
L(["attacks on coalition convoys in 2020-2021", "attacks on US-led coalition targets, 2020 to 2021"], on="US forces", yrs=(2020, 2021))
L(["attacks on the Peshmerga", "peshmerga targeted - list"], on="Peshmerga")
L(["attacks on border guards"], on="security forces")
L(["PKK attacks", "attacks carried out by the PKK"], by="PKK")
L(["strikes on PKK targets in 2025-2026", "attacks targeting PKK members, 2025 and 2026"], on="PKK", yrs=(2025, 2026))
L(["IS attacks in 2024", "isis attacks 2024"], y=2024, by="ISIS")
N(["How many attacks were blamed on IS in 2024?"], y=2024, by="ISIS")
L(["IS attacks in 2026"], y=2026, by="ISIS")
REL("daesh attacks this year", "listing", "this_year", by="ISIS")
N(["how many IS attacks in 2026?"], y=2026, by="ISIS")
L(["attacks on PMF in 2026", "hashd targeted in 2026"], y=2026, on="PMU")
L(["attacks on the army in 2026", "soldiers targeted in 2026"], y=2026, on="army")
L(["attacks on police in 2024", "police targeted 2024"], y=2024, on="police")
L(["IED attacks in 2022", "bombings in 2022"], y=2022, t="ied")
L(["shootings in 2025", "gun attacks 2025"], y=2025, t="shooting")
L(["rocket and mortar attacks in 2023", "mortar attacks 2023"], y=2023, t="mortar_rocket")
L(["drone strikes in 2026"], y=2026, t="airstrike_operation")
REL("air/drone strikes this year", "listing", "this_year", t="airstrike_operation")
L(["attacks with no known perpetrator in 2021", "unknown gunmen attacks 2021"], y=2021, by="unknown")
L(["attacks on civilians in 2025", "civilians targeted in 2025"], y=2025, on="civilians")
L(["Attacks in November 2026", "what happened in nov 2026?"], ym="2026-11")
N(["How many attacks in November 2026?"], ym="2026-11")
B(["Give me a summary of November 2026", "brief me on the attacks of November 2026"], ym="2026-11")
L(["Attacks in Q3 2026", "jul-sep 2026 incidents"], q=(2026, 3))
L(["attacks in september 2022", "Sept 2022 incidents"], ym="2022-09")
L(["attacks in August 2023", "aug 2023"], ym="2023-08")
L(["attacks in April 2021", "apr 2021 incidents"], ym="2021-04")
L(["attacks in the first quarter of 2026", "q1 2026"], q=(2026, 1))
L(["attacks between 1 and 10 November 2026", "1-10 nov 2026"], days=("2026-11-01", "2026-11-10"))
L(["incidents on 1 November 2026", "what happened on 2026-11-01?"], day="2026-11-01")
L(["attacks in Diyala in summer 2021", "diyala, summer 2021"], pv="Diyala", span=("2021-06", "2021-08"))
B(["Briefing on attacks against the army in 2024"], y=2024, on="army")
B(["write up the Turkish strikes in 2026"], y=2026, by="Turkey")
B(["summary of attacks on coalition targets"], on="US forces")
B(["brief me on kidnappings since 2022"], since="2022-01-01", t="kidnapping")
B(["brief on Nineveh in 2022"], pv="Nineveh", y=2022)
B(["Anbar 2019 briefing"], pv="Anbar", y=2019)
N(["how many attacks in Basra province overall?"], pv="Basra")
N(["Number of ambushes on record"], t="ambush")
N(["how many attacks on the PMF in 2021?"], y=2021, on="PMU")
N(["How many drone strikes in Erbil province?"], pv="Erbil", t="airstrike_operation")

# ------------------------------------------------------------------ relative periods (today 2026-12-01 unless stated)
REL("attacks last month", "listing", "last_month")
REL("what happened last month in Diyala?", "listing", "last_month", pv="Diyala")
REL("How many attacks last month?", "count", "last_month")
REL("brief me on last month", "briefing", "last_month")
REL("Attacks last week", "listing", "last_week")
REL("anything last week in Salahuddin?", "listing", "last_week", pv="Salahuddin")
REL("attacks in the past 30 days", "listing", "past_days:30")
REL("how many attacks in the past 30 days?", "count", "past_days:30")
REL("IS attacks in the past 30 days", "listing", "past_days:30", by="ISIS")
REL("anything yesterday?", "listing", "yesterday")
REL("attacks in the past 7 days", "listing", "past_days:7")
REL("Attacks so far this year in Kirkuk province", "listing", "this_year", pv="Kirkuk")
REL("how many attacks this year in Erbil province?", "count", "this_year", pv="Erbil")
REL("IS attacks this year in Diyala", "listing", "this_year", pv="Diyala", by="ISIS")
REL("Attacks last year in Dohuk", "listing", "last_year", pv="Dohuk")
REL("how many attacks in Salahuddin last year?", "count", "last_year", pv="Salahuddin")
REL("Turkish strikes last year", "listing", "last_year", by="Turkey")
REL("attacks last quarter", "listing", "last_quarter")
REL("Diyala attacks last quarter", "listing", "last_quarter", pv="Diyala")
REL("attacks two months ago", "listing", "months_ago:2")
REL("attacks this month", "listing", "this_month")
REL("attacks two years ago in Kirkuk", "listing", "years_ago:2", pv="Kirkuk")
REL("Kirkuk attacks last month", "listing", "last_month", today="2023-09-10", pv="Kirkuk")
REL("Any attacks in Anbar last week?", "listing", "last_week", today="2019-09-25", pv="Anbar")
REL("attacks in Salahuddin last month", "listing", "last_month", today="2020-08-02", pv="Salahuddin")
REL("attacks in the past 30 days in Dohuk", "listing", "past_days:30", today="2025-09-05", pv="Dohuk")
REL("attacks in Baghdad last month", "listing", "last_month", today="2024-05-03", pv="Baghdad")
REL("How many attacks in Nineveh last month?", "count", "last_month", today="2022-10-02", pv="Nineveh")

# ------------------------------------------------------------------ near (expected_ids null)
L(["attacks near Kirkuk city", "around kirkuk city"], pl="Kirkuk", near=True)
L(["attacks near Samarra", "incidents in the samarra area"], pl="Samarra", near=True)
L(["anything near Baquba?", "attacks around Baqubah"], pl="Baquba", near=True)

# ------------------------------------------------------------------ no-match single-event questions
NM("How many were killed in the suicide bombing in Kirkuk in March 2022?", pl="Kirkuk", ym="2022-03", t="suicide")
NM("How many people died in the Turkish drone strike on Zakho in May 2024?", pl="Zakho", ym="2024-05", t="airstrike_operation")
NM("death toll of the car bomb in Ramadi in 2023?", pl="Ramadi", y=2023, t="ied")
NM("who kidnapped the journalist in Kut in June 2025?", field="perpetrator", pl="Kut", ym="2025-06", t="kidnapping")
NM("how many wounded in the rocket attack on Ain al-Asad in January 2024?", field="wounded", pl="Ain al-Asad", ym="2024-01", t="mortar_rocket")
NM("When did the IS ambush in Najaf province happen in 2022?", field="event_date", pv="Najaf", y=2022, t="ambush", by="ISIS")
NM("How many were killed in the shooting in Halabja in 2021?", pl="Halabja", y=2021, t="shooting")
NM("how many soldiers were killed in the Baiji IED attack in March 2026?", pl="Baiji", ym="2026-03", t="ied")
NM("Who was behind the grenade attack in Hillah in 2025?", field="perpetrator", pl="Hillah", y=2025, t="other")
NM("how many were hurt in the mortar attack on Sinjar in 2020?", field="wounded", pl="Sinjar", y=2020, t="mortar_rocket")
NM("death toll of the PKK attack in Erbil province in 2023?", pv="Erbil", y=2023, by="PKK")
NM("How many police were killed in Samawah in 2019?", pl="Samawah", y=2019, on="police")

# ------------------------------------------------------------------ two-turn conversations
CV("attacks in Diyala in 2021", "listing", dict(pv="Diyala", y=2021), "only the IS ones", "listing", dict(pv="Diyala", y=2021, by="ISIS"))
CV("Kirkuk province 2023", "listing", dict(pv="Kirkuk", y=2023), "just August", "listing", dict(pv="Kirkuk", ym="2023-08"))
CV("Turkish strikes in Dohuk in 2025", "listing", dict(pv="Dohuk", y=2025, by="Turkey"), "how many?", "count", dict(pv="Dohuk", y=2025, by="Turkey"))
CV("attacks in Salahuddin in 2020", "listing", dict(pv="Salahuddin", y=2020), "what about 2021?", "listing", dict(pv="Salahuddin", y=2021))
CV("IEDs in Baghdad province", "listing", dict(pv="Baghdad", t="ied"), "only 2024", "listing", dict(pv="Baghdad", t="ied", y=2024))
CV("attacks in Nineveh in 2022", "listing", dict(pv="Nineveh", y=2022), "give me a short summary of those", "briefing", dict(pv="Nineveh", y=2022))
CV("kidnappings, all years", "listing", dict(t="kidnapping"), "which ones were in Anbar?", "listing", dict(t="kidnapping", pv="Anbar"))
CV("How many attacks in Anbar in 2019?", "count", dict(pv="Anbar", y=2019), "list them", "listing", dict(pv="Anbar", y=2019))
CV("attacks on the PMF in 2026", "listing", dict(on="PMU", y=2026), "and in 2025?", "listing", dict(on="PMU", y=2025))
CV("attacks last month", "listing", dict(ym="2026-11"), "only Kirkuk", "listing", dict(ym="2026-11", pv="Kirkuk"))
CV("Erbil province 2026", "listing", dict(pv="Erbil", y=2026), "only the drone strikes", "listing", dict(pv="Erbil", y=2026, t="airstrike_operation"))
CV("attacks in Hawija", "listing", dict(pl="Hawija"), "include the surrounding area", "listing", dict(pl="Hawija", near=True))
CV("IS attacks in 2024", "listing", dict(by="ISIS", y=2024), "which of those targeted the army?", "listing", dict(by="ISIS", y=2024, on="army"))
CV("Basra province, all years", "listing", dict(pv="Basra"), "what about Maysan?", "listing", dict(pv="Maysan"))
CV("rocket attacks on US forces", "listing", dict(on="US forces", t="mortar_rocket"), "and drone attacks?", "listing", dict(on="US forces", t="airstrike_operation"))
CV("attacks in Diyala so far this year", "listing", dict(pv="Diyala", since="2026-01-01"), "how many of them were IS?", "count", dict(pv="Diyala", since="2026-01-01", by="ISIS"))
CV("Sinjar attacks", "listing", dict(pl="Sinjar"), "just 2022", "listing", dict(pl="Sinjar", y=2022))
CV("attacks on police, all years", "listing", dict(on="police"), "only in Kirkuk province", "listing", dict(on="police", pv="Kirkuk"))
CV("Tuz Khurmatu incidents", "listing", dict(pl="Tuz Khurmatu"), "write it up as a briefing", "briefing", dict(pl="Tuz Khurmatu"))
CV("attacks on civilians in 2023", "listing", dict(on="civilians", y=2023), "restrict to the south: Basra", "listing", dict(on="civilians", y=2023, pv="Basra"))
CV("shootings in 2024", "listing", dict(t="shooting", y=2024), "same for 2025", "listing", dict(t="shooting", y=2025))
CV("Turkish strikes in 2022", "listing", dict(by="Turkey", y=2022), "forget the year, just Sulaymaniyah", "listing", dict(by="Turkey", pv="Sulaymaniyah"))
CV("attacks in Baghdad in 2024", "listing", dict(pv="Baghdad", y=2024), "only April", "listing", dict(pv="Baghdad", ym="2024-04"))
CV("what happened in Kirkuk in 2026?", "listing", dict(pv="Kirkuk", y=2026), "and how many is that?", "count", dict(pv="Kirkuk", y=2026))
CV("ambushes, all years", "listing", dict(t="ambush"), "only the ones since 2022", "listing", dict(t="ambush", since="2022-01-01"))
CV("attacks on the Peshmerga", "listing", dict(on="Peshmerga"), "how many of them were in 2024?", "count", dict(on="Peshmerga", y=2024))
CV("Attacks in Dohuk province", "listing", dict(pv="Dohuk"), "only 2021 and earlier", "listing", dict(pv="Dohuk", until="2021-12-31"))
CV("grenade attacks", "listing", dict(t="other"), "only in Basra", "listing", dict(t="other", pv="Basra"))
CV("Salahuddin attacks last year", "listing", dict(pv="Salahuddin", y=2025), "and this year?", "listing", dict(pv="Salahuddin", since="2026-01-01"))
CV("attacks in Qaim", "listing", dict(pl="Qaim"), "summarise them", "briefing", dict(pl="Qaim"))

# ------------------------------------------------------------------ single-event questions, generated from the gold
MON = lib.MONTHS


def _n(x):
    x = re.sub(r"\bal ", "", x.lower().replace("-", " ").replace("'", ""))
    return re.sub(r"\s+", " ", x).strip()


def _hits(fl, recs):
    """records a filter selects (Iraqi only; canonical place else substring of the raw place; interval inside)."""
    canon = {_n(r["place_canonical"]) for r in recs}
    out = []
    for r in recs:
        if r["country"] != "Iraq" or (fl["province"] and r["province"] != fl["province"]):
            continue
        if fl["place"]:
            k = _n(fl["place"])
            if (k in canon and k != _n(r["place_canonical"])) or (k not in canon and k not in _n(r["place"])):
                continue
        e = r["event_date"]
        lo, hi = (e, e) if len(e) == 10 else lib.month(e)
        if (fl["date_from"] and lo < fl["date_from"]) or (fl["date_to"] and hi > fl["date_to"]):
            continue
        if (fl["attack_type"] and fl["attack_type"] not in r["attack_type"]) or \
                (fl["perpetrator"] and r["perpetrator"] != fl["perpetrator"]) or \
                (fl["target"] and fl["target"] not in r["target"]):
            continue
        out.append(r)
    return out


def _tw(r, ev, k):
    """the words an analyst would use for the attack, and the type they state (None for plain 'attack')."""
    t = r["attack_type"][0]
    ev = ev.lower()
    if t == "ied":
        if "sticky bomb" in ev:
            return "sticky bomb attack", t
        if "sound bomb" in ev:
            return "sound bomb blast", t
        if "roadside bomb" in ev:
            return "roadside bomb", t
        return ("IED attack", t) if k % 2 else ("bombing", t)
    if t == "other":
        return ("grenade attack", t) if "grenade" in ev else ("arson attack", t) if "fire" in ev else ("attack", None)
    if t == "mortar_rocket":
        return ("shelling", t) if ("shell" in ev or "artillery" in ev) else ("mortar attack", t) if "mortar" in ev \
            else ("rocket attack", t)
    if t == "airstrike_operation":
        return ("drone strike", t) if "drone" in ev else ("airstrike", t)
    if t == "shooting":
        return ("shooting", t) if k % 3 == 0 else ("attack", None)
    return {"ambush": ("ambush", t), "kidnapping": ("kidnapping", t), "suicide": ("suicide bombing", t)}[t]


TPL = {
    "killed": ["How many people were killed in the {tw} in {pl} in {Month} {Y}?", "death toll of the {tw} in {pl}, {Month} {Y}?",
               "how many dead in the {pl} {tw} ({mon} {Y})?", "{pl} {tw}, {Month} {Y} - how many killed?",
               "How many died in the {Month} {Y} {tw} in {pl}?"],
    "wounded": ["How many were wounded in the {tw} in {pl} in {Month} {Y}?", "number of injured in the {pl} {tw}, {Mon} {Y}?",
                "how many hurt in the {tw} in {pl} ({Month} {Y})?", "{pl} {tw} {mon} {Y} - wounded?"],
    "event_date": ["When did the {tw} in {pl} happen? ({Month} {Y})", "what day was the {pl} {tw} in {Month} {Y}?",
                   "date of the {Month} {Y} {tw} in {pl}?", "{pl} {tw}, {Mon} {Y} - exact date?"],
    "perpetrator": ["Who was behind the {tw} in {pl} in {Month} {Y}?", "who carried out the {Month} {Y} {tw} in {pl}?",
                    "{pl} {tw} {mon} {Y}: who is blamed?", "Who is responsible for the {tw} in {pl} in {Month} {Y}?"],
}
TPL_DAY = {"killed": "How many were killed in the {tw} in {pl} on {dd}?", "wounded": "how many wounded in the {tw} in {pl} on {dd}?",
           "perpetrator": "who was behind the {tw} in {pl} on {dd}?"}
DAYFMT = ["{D} {Month} {YYYY}", "{Month} {D}, {YYYY}", "{YYYY}-{MM}-{DD}"]


def single_events():
    recs = []
    for d in lib.DOCS:
        for r in d["incs"]:
            ev = re.search(r"\[\[%s\|(.*?)\]\]" % r["sfx"], d["text"], re.S).group(1)
            recs.append(dict(r, _key=d["key"], _ev=ev))
    used = dict.fromkeys(TPL, 0)
    iq = [r for r in recs if r["country"] == "Iraq"]
    for k, r in enumerate(iq):
        first = next((f for f in ("killed", "wounded") if r[f] is not None), None)
        if first is None:
            first = "event_date" if r["date_precision"] == "day" else ("perpetrator" if r["perpetrator"] else None)
        fields = [first] if first else []
        if k % 3 == 1 and r["date_precision"] == "day" and "event_date" not in fields:
            fields.append("event_date")
        if k % 4 == 2 and r["perpetrator"] and "perpetrator" not in fields:
            fields.append("perpetrator")
        if k % 5 == 0 and r["killed"] is not None and r["wounded"] is not None and "wounded" not in fields:
            fields.append("wounded")
        tw, t = _tw(r, r["_ev"], k)
        y, m = int(r["event_date"][:4]), int(r["event_date"][5:7])
        for f in fields:
            pref = f in TPL_DAY and r["date_precision"] == "day" and k % 6 == 4
            opts = []
            for day in ((True, False) if pref else (False, True)):
                if day and (f not in TPL_DAY or r["date_precision"] != "day"):
                    continue
                for ww, tt in ((tw, t), _tw(r, r["_ev"], 0) if t is None else (tw, t)):
                    for pl in (r["place_canonical"], r["place"]):
                        opts.append((day, ww, tt, pl))
            for by_day, ww, tt, pl in opts:
                fl = P(pl=pl, t=tt, day=r["event_date"] if by_day else None, ym=None if by_day else r["event_date"][:7])
                if len(_hits(fl, recs)) == 1:
                    break
            else:
                raise AssertionError(("single-event filter not unique", r["_key"], r["sfx"], f))
            if by_day:
                text = TPL_DAY[f].format(tw=ww, pl=pl, dd=lib.F(r["event_date"], DAYFMT[used[f] % 3]))
            else:
                text = TPL[f][used[f] % len(TPL[f])].format(tw=ww, pl=pl, Month=MON[m - 1], Mon=MON[m - 1][:3],
                                                            mon=MON[m - 1][:3].lower(), Y=y)
            used[f] += 1
            s19.Qs(r["_key"], r["sfx"], f, text, fl, today=TODAY)


single_events()
