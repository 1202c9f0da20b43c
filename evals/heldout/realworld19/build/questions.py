"""realworld19 questions and conversations.

Gold filters carry exactly what each question's own words state (the convention
of realworld16-18; README "Questions"). expected_ids, count answers and
single-event answers are computed by the wrapped set-16 build.
realworld17's build/s17.py (relative periods) is loaded by file path."""
import importlib.util
import os

import lib
from lib import f as F, month, year, span
from s19 import season, Qs

HERE = os.path.dirname(os.path.abspath(__file__))
_S17 = os.path.normpath(os.path.join(HERE, "..", "..", "realworld17", "build", "s17.py"))
_spec = importlib.util.spec_from_file_location("rw17_s17", _S17)
s17 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(s17)


def L(text, flt, intent="listing", today="2025-12-01"):
    lib.Q(text, intent, flt, today=today)


def R(text, intent, today, kind, **kw):
    """a question whose period is relative to its today (s17.rel)"""
    lo, hi = s17.rel(kind, today)
    s17.Qr(text, intent, F(dfrom=lo, dto=hi, **kw), today, kind)


def NM(text, flt):
    lib.Q(text, "fact", flt, no_match=True)


def DAY(d):
    return dict(dfrom=d, dto=d)


def MON(ym):
    a, b = month(ym)
    return dict(dfrom=a, dto=b)


def YR(y):
    a, b = year(y)
    return dict(dfrom=a, dto=b)


def H(y, h):
    a, b = s17.half(y, h)
    return dict(dfrom=a, dto=b)


def QT(y, q):
    a, b = s17.quarter(y, q)
    return dict(dfrom=a, dto=b)


def SE(name, y):
    a, b = season(name, y)
    return dict(dfrom=a, dto=b)


def SPAN(a, b):
    x, y = span(a, b)
    return dict(dfrom=x, dto=y)


# =========================================================================== listings, counts, briefings
# --- Salahuddin 2021 (Baiji IEDs on army convoys)
L("IEDs on army convoys around Baiji since spring 2021", F(place="Baiji", near=True, type="ied", target="army", dfrom="2021-03-01"))
L("IED attacks on the army in Baiji district in 2021", F(place="Baiji", type="ied", target="army", **YR(2021)))
L("baiji 2021 - list everything", F(place="Baiji", **YR(2021)))
L("how many IEDs hit soldiers in Salahuddin province in 2021?", F(prov="Salahuddin", type="ied", target="army", **YR(2021)), "count")
L("Salah al-Din, H1 2021: attacks on the PMF", F(prov="Salahuddin", target="PMU", **H(2021, 1)))
L("salahuddin prov Q2 2021", F(prov="Salahuddin", **QT(2021, 2)))
L("what did IS do in Salahuddin in 2021?", F(prov="Salahuddin", perp="ISIS", **YR(2021)))
L("roadside bombs in salahuddin since october 2021", F(prov="Salahuddin", type="ied", dfrom="2021-10-01"))
L("Baiji: IEDs on army convoys, Apr-Jul 2021", F(place="Baiji", type="ied", target="army", **SPAN("2021-04", "2021-07")))
L("any attacks in Baiji in the second half of 2021?", F(place="Baiji", **H(2021, 2)))
L("Daesh attacks on soldiers in Salahuddin, summer 2021", F(prov="Salahuddin", perp="ISIS", target="army", **SE("summer", 2021)))
L("Brief me on the IED campaign against the army around Baiji in 2021.", F(place="Baiji", near=True, type="ied", target="army", **YR(2021)), "briefing")
L("salahudin apr 2021", F(prov="Salahuddin", **MON("2021-04")))
L("Give me a tally of attacks in Baiji in 2021", F(place="Baiji", **YR(2021)), "count")
L("baji IEDs 2021", F(place="Baiji", type="ied", **YR(2021)))
L("Anything within 20 km of Tikrit in 2021?", F(place="Tikrit", near=True, **YR(2021)))
L("attacks on the Hashd in salahuddin province, 2021", F(prov="Salahuddin", target="PMU", **YR(2021)))
L("Summarise ISIL activity against soldiers in Salah al-Din during 2021", F(prov="Salahuddin", perp="ISIS", target="army", **YR(2021)), "briefing")
L("salahuddin, first quarter of 2021", F(prov="Salahuddin", **QT(2021, 1)))
L("list army casualties from bombings in Baiji district, May-Dec 2021", F(place="Baiji", type="ied", target="army", **SPAN("2021-05", "2021-12")))

# --- Diyala 2023 (PMF checkpoints)
L("anything on PMF checkpoints in Diyala, H2 2023?", F(prov="Diyala", target="PMU", **H(2023, 2)))
L("Hashd casualties in diyala 2023", F(prov="Diyala", target="PMU", **YR(2023)))
L("diyala Q4 2023", F(prov="Diyala", **QT(2023, 4)))
L("IS attacks on the PMU in Diyala prov, 2023", F(prov="Diyala", perp="ISIS", target="PMU", **YR(2023)))
L("list bombings in Diyala in 2023", F(prov="Diyala", type="ied", **YR(2023)))
L("shootings in Diyala since July 2023", F(prov="Diyala", type="shooting", dfrom="2023-07-01"))
L("diyala dec 2023", F(prov="Diyala", **MON("2023-12")))
L("What happened in Diyala between August and October 2023?", F(prov="Diyala", **SPAN("2023-08", "2023-10")))
L("how many attacks on the Hashd in Diyala in the second half of 2023?", F(prov="Diyala", target="PMU", **H(2023, 2)), "count")
L("Write a briefing on attacks against PMF units in Diyala province in 2023", F(prov="Diyala", target="PMU", **YR(2023)), "briefing")
L("diyalah 2023, where the attacker is unknown", F(prov="Diyala", perp="unknown", **YR(2023)))
L("diyala sept-nov 2023", F(prov="Diyala", **SPAN("2023-09", "2023-11")))
L("Daesh in Diyala, autumn 2023", F(prov="Diyala", perp="ISIS", **SE("autumn", 2023)))
L("PMF positions hit east of Baquba in 2023?", F(place="Baquba", near=True, target="PMU", **YR(2023)))
L("attacks on civilians in Diyala province in 2023", F(prov="Diyala", target="civilians", **YR(2023)))
L("count the attacks in Diyala in Q3 2023", F(prov="Diyala", **QT(2023, 3)), "count")

# --- Kirkuk 2020 (shepherds and farmers)
L("list attacks on shepherds and farmers in Kirkuk province in 2020", F(prov="Kirkuk", target="civilians", **YR(2020)))
L("kirkuk prov 2020, IS attacks", F(prov="Kirkuk", perp="ISIS", **YR(2020)))
L("kirkuk H2 2020", F(prov="Kirkuk", **H(2020, 2)))
L("attacks on civilians in kirkuk province since 2020", F(prov="Kirkuk", target="civilians", dfrom="2020-01-01"))
L("Kirkuk prov, autumn 2020", F(prov="Kirkuk", **SE("autumn", 2020)))
L("IEDs in Kirkuk province 2020", F(prov="Kirkuk", type="ied", **YR(2020)))
L("how many farmers and shepherds were attacked in Kirkuk province in 2020? count the incidents", F(prov="Kirkuk", target="civilians", **YR(2020)), "count")
L("Brief me on Daesh attacks on rural civilians in Kirkuk governorate during 2020", F(prov="Kirkuk", perp="ISIS", target="civilians", **YR(2020)), "briefing")
L("hawija 2020", F(place="Hawija", **YR(2020)))
L("anything around Hawija in the last quarter of 2020?", F(place="Hawija", near=True, **QT(2020, 4)))
L("kerkuk provnce, jan-jun 2020", F(prov="Kirkuk", **SPAN("2020-01", "2020-06")))
L("Kirkuk province oct 2020", F(prov="Kirkuk", **MON("2020-10")))
L("what happened in Kirkuk city in 2020?", F(place="Kirkuk", **YR(2020)))
L("shootings in Kirkuk province in the first half of 2020", F(prov="Kirkuk", type="shooting", **H(2020, 1)))
L("kidnappings in Kirkuk province, 2019-2021", F(prov="Kirkuk", type="kidnapping", **SPAN("2019-01", "2021-12")))
L("shepherds killed in Daquq, any year", F(place="Daquq", target="civilians"))

# --- Dohuk 2024 (Turkish strikes)
R("Turkish strikes north of Duhok, last quarter", "listing", "2025-01-10", "last_quarter", place="Duhok", near=True, perp="Turkey")
R("Turkish strikes in Duhok prov last quarter", "listing", "2025-01-10", "last_quarter", prov="Dohuk", perp="Turkey")
L("Turkish drone strikes in Dohuk in 2024", F(prov="Dohuk", perp="Turkey", type="airstrike_operation", **YR(2024)))
L("turkish shelling duhok 2024", F(prov="Dohuk", perp="Turkey", type="mortar_rocket", **YR(2024)))
L("any turkish strikes on PKK members in Duhok in 2024?", F(prov="Dohuk", perp="Turkey", target="PKK", **YR(2024)))
L("Turkish attacks on civilians in Duhok province, 2024", F(prov="Dohuk", perp="Turkey", target="civilians", **YR(2024)))
L("batifa 2024", F(place="Batifa", **YR(2024)))
L("how many Turkish strikes hit Duhok governorate in Q4 2024?", F(prov="Dohuk", perp="Turkey", **QT(2024, 4)), "count")
L("duhok nov 2024", F(prov="Dohuk", **MON("2024-11")))
L("Give me a briefing on Turkish military activity in Duhok province in autumn 2024", F(prov="Dohuk", perp="Turkey", **SE("autumn", 2024)), "briefing")
L("dohuk dec 2024", F(prov="Dohuk", **MON("2024-12")))
L("PKK attacks in Duhok, 2024", F(prov="Dohuk", perp="PKK", **YR(2024)))
L("turkish air strikes in dohuk province between sept and nov 2024", F(prov="Dohuk", perp="Turkey", type="airstrike_operation", **SPAN("2024-09", "2024-11")))
L("Turkish drone strikes within 30 km of Zakho in 2024", F(place="Zakho", near=True, perp="Turkey", type="airstrike_operation", **YR(2024)))

# --- Basra 2022 (oil fields)
L("what hit the oil fields near Basra in 2022?", F(place="Basra", near=True, **YR(2022)))
L("attacks in Basra province in 2022", F(prov="Basra", **YR(2022)))
L("zubair 2022", F(place="Zubair", **YR(2022)))
L("rocket attacks in basra prov 2022", F(prov="Basra", type="mortar_rocket", **YR(2022)))
L("bombings in basra province, 2022", F(prov="Basra", type="ied", **YR(2022)))
L("basra prov H2 2022", F(prov="Basra", **H(2022, 2)))
L("attacks on civilians in Basra province since 2022", F(prov="Basra", target="civilians", dfrom="2022-01-01"))
L("how many attacks in Basra governorate in 2022?", F(prov="Basra", **YR(2022)), "count")
L("Brief me on security incidents affecting the oil sector in Basra province in 2022", F(prov="Basra", **YR(2022)), "briefing")
L("Zubair district, first half of 2022", F(place="Zubair", **H(2022, 1)))
L("Basra city in 2022?", F(place="Basra", **YR(2022)))
L("kidnappings in Basra province since 2021", F(prov="Basra", type="kidnapping", dfrom="2021-01-01"))

# --- Anbar 2019
L("anbar 2019", F(prov="Anbar", **YR(2019)))
L("IS attacks in western Anbar in 2019", F(prov="Anbar", perp="ISIS", **YR(2019)))
L("anbar prov H2 2019", F(prov="Anbar", **H(2019, 2)))
L("IEDs in Anbar in 2019", F(prov="Anbar", type="ied", **YR(2019)))
L("attacks on police in Anbar, 2019", F(prov="Anbar", target="police", **YR(2019)))
L("anbar Q4 2019", F(prov="Anbar", **QT(2019, 4)))
L("How many attacks did ISIL carry out in Al-Anbar in 2019?", F(prov="Anbar", perp="ISIS", **YR(2019)), "count")
L("Summarize the security situation in Anbar during 2019", F(prov="Anbar", **YR(2019)), "briefing")
L("anbar, spring and summer 2019 (march to august)", F(prov="Anbar", **SPAN("2019-03", "2019-08")))
L("attacks around Rutba since 2019", F(place="Rutba", near=True, dfrom="2019-01-01"))
L("suicide attacks in Anbar, 2019", F(prov="Anbar", type="suicide", **YR(2019)))
L("attacks on the Tribal Mobilisation in Anbar, any year", F(prov="Anbar", target="PMU"))

# --- Nineveh 2025
R("ninewa ytd", "listing", "2025-11-20", "this_year", prov="Nineveh")
L("Nineveh, H1 2025", F(prov="Nineveh", **H(2025, 1)))
R("IS in Ninawa this year", "listing", "2025-11-15", "this_year", prov="Nineveh", perp="ISIS")
L("bombings in nineveh 2025", F(prov="Nineveh", type="ied", **YR(2025)))
L("Sinjar district since 2024", F(place="Sinjar", dfrom="2024-01-01"))
L("how many attacks in Nineveh province in the first half of 2025?", F(prov="Nineveh", **H(2025, 1)), "count")
R("Brief me on Nineveh so far this year", "briefing", "2025-09-01", "this_year", prov="Nineveh")
L("Nineveh Q1 2025", F(prov="Nineveh", **QT(2025, 1)))
L("attacks on the army in nineveh since 2024", F(prov="Nineveh", target="army", dfrom="2024-01-01"))
L("Anything south of Mosul in 2025?", F(place="Mosul", near=True, **YR(2025)))

# --- Baghdad 2022
L("baghdad province 2022", F(prov="Baghdad", **YR(2022)))
L("Baghdad province Q4 2022", F(prov="Baghdad", **QT(2022, 4)))
L("Baghdad city in 2022", F(place="Baghdad", **YR(2022)))
L("rocket attacks in Baghdad province in 2022", F(prov="Baghdad", type="mortar_rocket", **YR(2022)))
L("how many attacks in the Baghdad governorate in 2022?", F(prov="Baghdad", **YR(2022)), "count")
L("Baghdad prov, oct 2022", F(prov="Baghdad", **MON("2022-10")))
L("attacks on the army in Baghdad province since 2022", F(prov="Baghdad", target="army", dfrom="2022-01-01"))

# --- Erbil 2024, Sulaymaniyah 2023
L("erbil prov 2024", F(prov="Erbil", **YR(2024)))
L("attacks on US forces in Erbil province since 2024", F(prov="Erbil", target="US forces", dfrom="2024-01-01"))
L("attacks on coalition bases or convoys since 2021", F(target="US forces", dfrom="2021-01-01"))
L("Turkish attacks in Erbil province in 2024", F(prov="Erbil", perp="Turkey", **YR(2024)))
L("slemani prov 2023", F(prov="Sulaymaniyah", **YR(2023)))
L("Turkish drone strikes in Sulaymaniyah province in 2023", F(prov="Sulaymaniyah", perp="Turkey", type="airstrike_operation", **YR(2023)))
L("turkish strikes in sulaimani province 2023", F(prov="Sulaymaniyah", perp="Turkey", **YR(2023)))
L("penjwen 2023", F(place="Penjwen", **YR(2023)))
L("How many attacks were there in Erbil governorate in 2024?", F(prov="Erbil", **YR(2024)), "count")
L("Brief me on Turkish strikes in Sulaymaniyah province during 2023", F(prov="Sulaymaniyah", perp="Turkey", **YR(2023)), "briefing")
L("IS attacks on the Peshmerga since 2023", F(perp="ISIS", target="Peshmerga", dfrom="2023-01-01"))
L("attacks around Makhmour in 2024", F(place="Makhmour", near=True, **YR(2024)))

# --- whole corpus: perpetrators, types, targets
L("Turkish drone strikes since 2023", F(perp="Turkey", type="airstrike_operation", dfrom="2023-01-01"))
L("Turkish strikes on PKK members, 2023-2025", F(perp="Turkey", target="PKK", **SPAN("2023-01", "2025-12")))
L("Turkish shelling since 2023", F(perp="Turkey", type="mortar_rocket", dfrom="2023-01-01"))
L("kidnappings since 2021", F(type="kidnapping", dfrom="2021-01-01"))
L("abductions of shepherds 2019-2021", F(type="kidnapping", target="civilians", **SPAN("2019-01", "2021-12")))
L("grenade attacks since 2023", F(type="other", dfrom="2023-01-01"))
L("attacks on police with IEDs or sticky bombs, any year", F(type="ied", target="police"))
L("suicide bombings since 2019", F(type="suicide", dfrom="2019-01-01"))
L("ambushes on the Hashd, 2020-2022", F(type="ambush", target="PMU", **SPAN("2020-01", "2022-12")))
L("how many kidnappings since 2019?", F(type="kidnapping", dfrom="2019-01-01"), "count")
L("count Turkish air strikes on PKK members since 2023", F(perp="Turkey", type="airstrike_operation", target="PKK", dfrom="2023-01-01"), "count")
L("attacks on border guards, any year", F(target="security forces"))
L("PMU hit by IEDs in 2023", F(type="ied", target="PMU", **YR(2023)))
L("Hashd targeted by Daesh in 2021", F(perp="ISIS", target="PMU", **YR(2021)))
L("attacks on the PKK in 2025", F(target="PKK", **YR(2025)))
L("IS ambushes since 2021", F(perp="ISIS", type="ambush", dfrom="2021-01-01"))
L("attacks where the attacker is unknown, 2022", F(perp="unknown", **YR(2022)))
L("attacks on activists in Dhi Qar since 2021", F(prov="Dhi Qar", target="civilians", dfrom="2021-01-01"))
L("mortar and rocket attacks on the PMF since 2021", F(type="mortar_rocket", target="PMU", dfrom="2021-01-01"))
L("How many attacks on the army in 2021?", F(target="army", **YR(2021)), "count")
L("roadside bombs on soldiers in 2019", F(type="ied", target="army", **YR(2019)))
L("IS kidnappings of shepherds since 2019", F(perp="ISIS", type="kidnapping", target="civilians", dfrom="2019-01-01"))
L("Turkish attacks in 2025", F(perp="Turkey", **YR(2025)))
L("katyusha attacks since 2022", F(type="mortar_rocket", dfrom="2022-01-01"))
L("grenades thrown at houses or shops in 2020", F(type="other", **YR(2020)))

# --- southern provinces, whole corpus
L("Babil prov, all years", F(prov="Babil"))
L("najaf province, any year", F(prov="Najaf"))
L("maysan - everything on record", F(prov="Maysan"))
L("wasit attacks on record", F(prov="Wasit"))
L("dhi qar since 2021", F(prov="Dhi Qar", dfrom="2021-01-01"))
L("karbala province, all years", F(prov="Karbala"))
L("muthanna", F(prov="Muthanna"))
L("qadisiya, any year", F(prov="Qadisiyah"))
L("what happened across Iraq in May 2023?", F(**MON("2023-05")))
L("Give me a briefing on the southern governorates in May 2023", F(**MON("2023-05")), "briefing")
L("how many attacks in Babil province since 2019?", F(prov="Babil", dfrom="2019-01-01"), "count")
L("IS attacks in Babil since 2019", F(prov="Babil", perp="ISIS", dfrom="2019-01-01"))
L("any grenade attacks in 2023?", F(type="other", **YR(2023)))
L("sticky bombs in Dhi Qar, 2022", F(prov="Dhi Qar", type="ied", **YR(2022)))
L("Wasit province since 2022", F(prov="Wasit", dfrom="2022-01-01"))
L("Najaf city, any date", F(place="Najaf"))
L("attacks on civilians in Maysan province", F(prov="Maysan", target="civilians"))

# --- periods over the whole corpus
L("attacks in Dec 2024", F(**MON("2024-12")))
L("what happened in nov 2024?", F(**MON("2024-11")))
L("October 2020 - all attacks", F(**MON("2020-10")))
L("Q4 2022 incidents", F(**QT(2022, 4)))
L("january 2021", F(**MON("2021-01")))
L("how many attacks in Q3 2024?", F(**QT(2024, 3)), "count")
L("attacks during the summer of 2023", F(**SE("summer", 2023)))
L("incidents in the winter of 2023", F(**SE("winter", 2023)))
L("what happened in spring 2022?", F(**SE("spring", 2022)))
L("attacks in H1 2024", F(**H(2024, 1)))
L("first half of 2019 - how many incidents?", F(**H(2019, 1)), "count")
R("last quarter - all attacks", "listing", "2025-01-10", "last_quarter")
R("what happened last month?", "listing", "2024-12-03", "last_month")
R("anything in the past two weeks?", "listing", "2023-12-31", "past_days:14")
R("last year in anbar", "listing", "2020-02-01", "last_year", prov="Anbar")
R("attacks so far this month", "listing", "2021-04-30", "this_month")
R("what happened last week?", "listing", "2022-10-26", "last_week")
R("anything yesterday?", "listing", "2024-03-12", "yesterday")
R("past 10 days - any attacks?", "listing", "2023-12-20", "past_days:10")
R("count attacks last month", "count", "2023-12-02", "last_month")
R("brief me on last quarter", "briefing", "2024-01-05", "last_quarter")
R("diyala ytd", "listing", "2023-12-31", "this_year", prov="Diyala")
R("salahuddin last year", "listing", "2022-01-15", "last_year", prov="Salahuddin")
R("Turkish activity in Duhok last month", "listing", "2024-12-02", "last_month", prov="Dohuk", perp="Turkey")
R("kirkuk prov last quarter", "listing", "2021-01-04", "last_quarter", prov="Kirkuk")
R("basra prov, last year", "briefing", "2023-01-20", "last_year", prov="Basra")
R("attacks on the PMF in the past 30 days", "listing", "2023-12-31", "past_days:30", target="PMU")

# --- more phrasings: near / within / east of / in X district
L("what happened within 20 km of Kirkuk city in 2020?", F(place="Kirkuk", near=True, **YR(2020)))
L("Anything east of Samarra in 2021?", F(place="Samarra", near=True, **YR(2021)))
L("attacks in Sinjar district in 2025", F(place="Sinjar", **YR(2025)))
L("zubair district - all attacks", F(place="Zubair"))
L("muqdadiyah, 2023", F(place="Muqdadiyah", **YR(2023)))
L("IS around Khanaqin, December 2023", F(place="Khanaqin", near=True, perp="ISIS", **MON("2023-12")))
L("turkish strikes west of Penjwen since 2023", F(place="Penjwen", near=True, perp="Turkey", dfrom="2023-01-01"))
L("incidents near Qayyarah in 2025", F(place="Qayyarah", near=True, **YR(2025)))
L("Baiji, Apr 2021 - how many attacks?", F(place="Baiji", **MON("2021-04")), "count")
L("Tuz Khurmatu since 2021", F(place="Tuz Khurmatu", dfrom="2021-01-01"))

# --- empty results (listings and counts whose answer is no incident)
L("Turkish shelling in Sulaymaniyah province in 2024", F(prov="Sulaymaniyah", perp="Turkey", type="mortar_rocket", **YR(2024)))
L("suicide attacks since 2020", F(type="suicide", dfrom="2020-01-01"))
L("kidnappings in Kirkuk province, 2021", F(prov="Kirkuk", type="kidnapping", **YR(2021)))
L("how many IS attacks in Basra prov in 2022?", F(prov="Basra", perp="ISIS", **YR(2022)), "count")
L("Diyala, first half of 2022", F(prov="Diyala", **H(2022, 1)))
L("attacks on US forces in 2019", F(target="US forces", **YR(2019)))
L("Turkish drone strikes in Nineveh province in 2024", F(prov="Nineveh", perp="Turkey", type="airstrike_operation", **YR(2024)))

# --- no-match fact questions
NM("When was the suicide bombing in Kirkuk city in 2020?", F(place="Kirkuk", type="suicide", **YR(2020)))
NM("How many died in the Turkish drone strike on Zakho in 2023?", F(place="Zakho", perp="Turkey", type="airstrike_operation", **YR(2023)))
NM("Who carried out the kidnapping in Najaf province in 2025?", F(prov="Najaf", type="kidnapping", **YR(2025)))
NM("rocket attack on Ain al-Asad in 2024 - casualties?", F(place="Ain al-Asad", type="mortar_rocket", **YR(2024)))
NM("How many Peshmerga were killed in the ambush near Makhmour in 2023?", F(place="Makhmour", type="ambush", target="Peshmerga", **YR(2023)))
NM("IS attack on police in Basra province, 2022 - how many dead?", F(prov="Basra", perp="ISIS", target="police", **YR(2022)))
NM("Turkish strike in Sinjar in 2024 - who was killed?", F(place="Sinjar", perp="Turkey", **YR(2024)))
NM("grenade attack in Kut in 2024 - anyone hurt?", F(place="Kut", type="other", **YR(2024)))

# =========================================================================== single-event questions
# --- A
Qs("A1", "a", "killed", "How many soldiers died when the roadside bomb hit the army Humvee in the Makhoul mountains on 30 May 2021?",
   F(place="Makhoul mountains", type="ied", target="army", **DAY("2021-05-30")))
Qs("A1", "a", "wounded", "makhoul mountains 30/05/2021 - wounded?", F(place="Makhoul mountains", **DAY("2021-05-30")))
Qs("A1", "b", "killed", "Baiji refinery IED, 5 Oct 2021 - how many soldiers were killed?",
   F(place="Baiji refinery", type="ied", target="army", **DAY("2021-10-05")))
Qs("A1", "b", "wounded", "how many were wounded by the IED at the Baiji refinery on October 5, 2021?",
   F(place="Baiji refinery", type="ied", **DAY("2021-10-05")))
Qs("A2", "a", "killed", "How many farmers were killed in the shooting at Al-Rashad on 19 April 2020?",
   F(place="Rashad", type="shooting", target="civilians", **DAY("2020-04-19")))
Qs("A2", "b", "wounded", "Al-Safra IED on shepherds, 8 June 2020: how many were injured?",
   F(place="Al-Safra", type="ied", target="civilians", **DAY("2020-06-08")))
Qs("A3", "a", "killed", "Bamerni drone strike 26 Dec 2024 - anyone killed?",
   F(place="Bamerni", type="airstrike_operation", **DAY("2024-12-26")))
Qs("A4", "a", "killed", "How many border guards did IS kill at Al-Qaim on 26 April 2019?",
   F(place="Qaim", perp="ISIS", target="security forces", **DAY("2019-04-26")))
Qs("A4", "a", "wounded", "al-qaim border post attack 26/04/2019 - wounded?", F(place="Qaim", **DAY("2019-04-26")))
Qs("A4", "b", "killed", "Haditha roadside bomb, 14 June 2019 - soldiers killed?",
   F(place="Haditha", type="ied", target="army", **DAY("2019-06-14")))
Qs("A5", "a", "killed", "Tal Afar checkpoint shooting on 27 Feb 2025 - how many policemen died?",
   F(place="Tal Afar", type="shooting", target="police", **DAY("2025-02-27")))
Qs("A5", "b", "perpetrator", "Who abducted the shepherds near Al-Hadar on 21 May 2025?",
   F(place="Hadar", type="kidnapping", target="civilians", **DAY("2025-05-21")))
Qs("A6", "a", "killed", "How many PMF fighters were killed at the Hashd checkpoint at Al-Mansuriya in Muqdadiyah district on 12 July 2023?",
   F(place="Muqdadiyah", target="PMU", **DAY("2023-07-12")))
Qs("A6", "b", "killed", "abu saida orchards shooting 2 nov 2023 - death toll?",
   F(place="Abu Saida", type="shooting", **DAY("2023-11-02")))
Qs("A6", "b", "wounded", "How many people were wounded when farmers were shot at near Abu Saida on 2 November 2023?",
   F(place="Abu Saida", type="shooting", target="civilians", **DAY("2023-11-02")))
# --- G
Qs("G1", "a", "killed", "Dujail ambush, 10 February 2021: how many Hashd fighters were killed?",
   F(place="Dujail", type="ambush", target="PMU", **DAY("2021-02-10")))
Qs("G1", "a", "wounded", "dujail 10/02/2021 - injured?", F(place="Dujail", **DAY("2021-02-10")))
Qs("G2", "a", "killed", "How many people died in the bombing on the Rutba-Trebil road on 10 March 2019?",
   F(place="Rutba", type="ied", **DAY("2019-03-10")))
Qs("G3", "a", "wounded", "Mandali checkpoint IED, 20/06/2023 - wounded?",
   F(place="Mandali", type="ied", **DAY("2023-06-20")))
Qs("G3", "a", "perpetrator", "Who claimed the IED at the PMF checkpoint in Mandali on 20 June 2023?",
   F(place="Mandali", type="ied", target="PMU", **DAY("2023-06-20")))
Qs("G4", "a", "wounded", "How many oil company employees were hurt in the Zubair roadside bomb on 8 March 2022?",
   F(place="Zubair", type="ied", **DAY("2022-03-08")))
Qs("G6", "a", "killed", "Hawija, 5 December 2020 - how many Hashd fighters did the bomb kill?",
   F(place="Hawija", type="ied", target="PMU", **DAY("2020-12-05")))
Qs("G7", "a", "killed", "Kufa, 25 Jan 2021: how many were killed in the shooting of the protest organiser?",
   F(place="Kufa", type="shooting", **DAY("2021-01-25")))
Qs("G7", "a", "wounded", "kufa activist shooting 25 january 2021 - others wounded?",
   F(place="Kufa", type="shooting", target="civilians", **DAY("2021-01-25")))
# --- W
Qs("W1", "a", "killed", "How many soldiers were killed by the roadside bomb in Tarmiyah on 24 March 2022?",
   F(place="Tarmiyah", type="ied", target="army", **DAY("2022-03-24")))
Qs("W1", "a", "wounded", "tarmiyah IED 24/03/2022 - injured?", F(place="Tarmiyah", type="ied", **DAY("2022-03-24")))
Qs("W1", "a", "event_date", "On what date did the roadside bomb hit the army patrol in Tarmiyah? It was in March 2022.",
   F(place="Tarmiyah", type="ied", target="army", **MON("2022-03")))
Qs("W2", "a", "killed", "How many of the shepherds kidnapped near Samarra on 11 August 2021 were found dead?",
   F(place="Samarra", type="kidnapping", target="civilians", **DAY("2021-08-11")))
Qs("W2", "a", "event_date", "which day in August 2021 were the shepherds abducted near Samarra?",
   F(place="Samarra", type="kidnapping", target="civilians", **MON("2021-08")))
Qs("W3", "a", "killed", "Batifa drone strike, 4 October 2024 - dead?",
   F(place="Batifa", type="airstrike_operation", **DAY("2024-10-04")))
Qs("W4", "a", "perpetrator", "Erbil airport drone attack on 20 Jan 2024 - who claimed it?",
   F(place="Erbil airport", **DAY("2024-01-20")))
Qs("W4", "a", "killed", "anyone killed in the drone attack on Erbil airport, 20/01/2024?",
   F(place="Erbil airport", **DAY("2024-01-20")))
Qs("W5", "a", "killed", "Kubaisa police shooting, 30 August 2019 - killed?",
   F(place="Kubaisa", type="shooting", target="police", **DAY("2019-08-30")))
Qs("W5", "a", "event_date", "When exactly were the police shot at in Kubaisa? August 2019",
   F(place="Kubaisa", type="shooting", target="police", **MON("2019-08")))
Qs("W6", "a", "wounded", "qayyarah IED 9 april 2025 - wounded?", F(place="Qayyarah", type="ied", **DAY("2025-04-09")))
Qs("W6", "a", "killed", "How many soldiers died in the Qayyarah IED of April 9, 2025?",
   F(place="Qayyarah", type="ied", target="army", **DAY("2025-04-09")))
# --- T
Qs("T1", "a", "killed", "How many PMF fighters were martyred by the sniper in Al-Abbara on 21 September 2023?",
   F(place="Al-Abbara", target="PMU", **DAY("2023-09-21")))
Qs("T1", "a", "wounded", "al-abbara sniper 21/09/2023 - any wounded?", F(place="Al-Abbara", **DAY("2023-09-21")))
Qs("T2", "a", "killed", "Kirkuk city police checkpoint shooting, 30 July 2020 - how many policemen were killed?",
   F(place="Kirkuk", type="shooting", target="police", **DAY("2020-07-30")))
Qs("T2", "a", "event_date", "what day in July 2020 was the police checkpoint in Kirkuk city shot at?",
   F(place="Kirkuk", type="shooting", target="police", **MON("2020-07")))
Qs("T3", "a", "killed", "iskandariya sticky bomb 15 march 2023 - dead?", F(place="Iskandariya", type="ied", **DAY("2023-03-15")))
Qs("T3", "a", "wounded", "Iskandariya sticky bomb on the police officer's car, 15 March 2023 - how many wounded?",
   F(place="Iskandariya", type="ied", target="police", **DAY("2023-03-15")))
Qs("T4", "a", "killed", "How many were killed by the sticky bomb under the police officer's car in Falluja on 28 November 2019?",
   F(place="Fallujah", type="ied", target="police", **DAY("2019-11-28")))
Qs("T4", "a", "event_date", "When did the sticky bomb go off under a police officer's car in Fallujah? November 2019.",
   F(place="Fallujah", type="ied", target="police", **MON("2019-11")))
Qs("T6", "a", "perpetrator", "Majar al-Kabir assassination of the municipal director, 4 April 2022 - who did it?",
   F(place="Majar al-Kabir", **DAY("2022-04-04")))
Qs("T6", "a", "killed", "majar al-kabir shooting 04/04/2022 - killed?", F(place="Majar al-Kabir", type="shooting", **DAY("2022-04-04")))
Qs("T7", "a", "killed", "Al-Awja army post attack on 18 September 2021 - soldiers killed?",
   F(place="Al-Awja", target="army", **DAY("2021-09-18")))
Qs("T7", "a", "wounded", "How many soldiers were wounded in the Daesh attack on the army post at Al-Awja on 18 Sept 2021?",
   F(place="Al-Awja", perp="ISIS", target="army", **DAY("2021-09-18")))
# --- K
Qs("K1", "a", "killed", "Penjwen drone strike on 9 February 2023 - how many killed?",
   F(place="Penjwen", type="airstrike_operation", **DAY("2023-02-09")))
Qs("K1", "a", "event_date", "When was the Turkish drone strike on a car at Penjwen in February 2023?",
   F(place="Penjwen", perp="Turkey", type="airstrike_operation", **MON("2023-02")))
Qs("K2", "a", "killed", "Sidakan drone strike, 11 March 2024: dead?", F(place="Sidakan", type="airstrike_operation", **DAY("2024-03-11")))
Qs("K3", "a", "killed", "How many died in the Turkish drone strike on Sharanish on 20 December 2024?",
   F(place="Sharanish", perp="Turkey", type="airstrike_operation", **DAY("2024-12-20")))
Qs("K3", "a", "event_date", "sharanish drone strike dec 2024 - exact date?", F(place="Sharanish", type="airstrike_operation", **MON("2024-12")))
Qs("K4", "a", "killed", "chamchamal sticky bomb 18 jun 2023 - killed?", F(place="Chamchamal", type="ied", **DAY("2023-06-18")))
Qs("K4", "a", "wounded", "Chamchamal bomb under the PUK official's car, 18 June 2023 - how many wounded?",
   F(place="Chamchamal", type="ied", **DAY("2023-06-18")))
Qs("K4", "b", "wounded", "How many farmers were wounded by Turkish shelling near Qaladze in April 2023?",
   F(place="Qaladze", perp="Turkey", type="mortar_rocket", target="civilians", **MON("2023-04")))
Qs("K5", "a", "wounded", "Khalifan shelling, 4 September 2024 - how many civilians were wounded?",
   F(place="Khalifan", type="mortar_rocket", target="civilians", **DAY("2024-09-04")))
Qs("K5", "a", "killed", "khalifan turkish shelling 04/09/2024 - any deaths?", F(place="Khalifan", perp="Turkey", type="mortar_rocket", **DAY("2024-09-04")))
Qs("K6", "a", "killed", "Said Sadiq journalist shooting, 26/09/2023 - killed?", F(place="Sayid Sadiq", type="shooting", **DAY("2023-09-26")))
Qs("K6", "a", "event_date", "When was the local journalist shot dead in Sayid Sadiq? It was in September 2023.",
   F(place="Sayid Sadiq", type="shooting", **MON("2023-09")))
# --- N (no figures: dates, actors)
Qs("N1", "a", "event_date", "When was the pipeline near Nahr Bin Omar blown up in November 2022?",
   F(place="Nahr Bin Omar", **MON("2022-11")))
Qs("N2", "a", "event_date", "When was the grain trader kidnapped on the Baladruz road in August 2023?",
   F(place="Baladruz", type="kidnapping", **MON("2023-08")))
Qs("N3", "a", "perpetrator", "Who attacked the military outpost on the hill near Mangesh in December 2024?",
   F(place="Mangesh", **MON("2024-12")))
Qs("N4", "a", "event_date", "qurna engineer kidnapping, july 2022 - what day?", F(place="Qurna", type="kidnapping", **MON("2022-07")))
Qs("N5", "a", "perpetrator", "Who kidnapped the four shepherds near Akashat in July 2019?",
   F(place="Akashat", type="kidnapping", target="civilians", **MON("2019-07")))
Qs("N6", "a", "wounded", "Najaf city sound bomb at a party office, 14 June 2022 - anyone hurt?",
   F(place="Najaf", type="ied", **DAY("2022-06-14")))
# --- R
Qs("R1", "a", "killed", "albu juwari convoy IED 3 april 2021 - KIA?", F(place="Albu Juwari", type="ied", **DAY("2021-04-03")))
Qs("R1", "a", "wounded", "How many soldiers were wounded in the IED on the army convoy at Albu Juwari, 3 April 2021?",
   F(place="Albu Juwari", type="ied", target="army", **DAY("2021-04-03")))
Qs("R1", "b", "killed", "Baiji-Haditha road convoy bomb, 22 April 2021 - anyone killed?",
   F(place="Baiji", type="ied", **DAY("2021-04-22")))
Qs("R1", "c", "event_date", "What day in April 2021 was the Hashd fighter shot dead by a sniper in Al-Mutaibija?",
   F(place="Mutaibijah", type="shooting", target="PMU", **MON("2021-04")))
Qs("R2", "a", "killed", "Al-Riyadh, 3 October 2020 - how many shepherds were killed?",
   F(place="Riyadh", target="civilians", **DAY("2020-10-03")))
Qs("R2", "b", "wounded", "Multaqa mortar rounds, 17 Oct 2020 - anyone hurt?", F(place="Multaqa", type="mortar_rocket", **DAY("2020-10-17")))
Qs("R2", "c", "killed", "Hawija IED on the army patrol, 24 October 2020 - soldiers killed?",
   F(place="Hawija", type="ied", target="army", **DAY("2020-10-24")))
Qs("R2", "c", "wounded", "hawija army patrol bomb 24/10/2020 - others wounded?", F(place="Hawija", type="ied", **DAY("2020-10-24")))
Qs("R3", "a", "killed", "Deraluk air strike on 2 November 2024 - how many shepherds died?",
   F(place="Deraluk", type="airstrike_operation", target="civilians", **DAY("2024-11-02")))
Qs("R3", "a", "wounded", "deraluk 2 nov 2024 - injured?", F(place="Deraluk", **DAY("2024-11-02")))
Qs("R3", "b", "killed", "How many people were killed by the Turkish drone strike on a car outside Amedi on 14 November 2024?",
   F(place="Amedi", perp="Turkey", type="airstrike_operation", **DAY("2024-11-14")))
Qs("R3", "c", "wounded", "Sheladze shelling, 28 Nov 2024 - wounded?", F(place="Sheladze", type="mortar_rocket", **DAY("2024-11-28")))
Qs("R4", "a", "killed", "khanaqin army vehicle IED 9 dec 2023 - killed?", F(place="Khanaqin", type="ied", target="army", **DAY("2023-12-09")))
Qs("R4", "b", "wounded", "Kanaan grenade at the PMF checkpoint, 18 December 2023 - how many fighters were wounded?",
   F(place="Kanaan", type="other", target="PMU", **DAY("2023-12-18")))
Qs("R4", "c", "wounded", "Al-Udhaim Hashd checkpoint attack, 30 December 2023 - anyone hurt?",
   F(place="Udhaim", target="PMU", **DAY("2023-12-30")))
Qs("R5", "a", "wounded", "Ain al-Tamr roadside bomb, 8 May 2023 - wounded soldiers?",
   F(place="Ain al-Tamr", type="ied", target="army", **DAY("2023-05-08")))
Qs("R5", "b", "wounded", "How many were wounded by the grenade at the sheikh's house in Al-Rumaitha on 12 May 2023?",
   F(place="Rumaitha", type="other", **DAY("2023-05-12")))
Qs("R5", "c", "wounded", "qalat salih IED 20/05/2023 - how many policemen were injured?",
   F(place="Qalat Salih", type="ied", target="police", **DAY("2023-05-20")))
Qs("R5", "d", "wounded", "Mahawil liquor shop grenade, 29 May 2023 - any injuries?", F(place="Mahawil", type="other", **DAY("2023-05-29")))
Qs("R6", "a", "killed", "Abu Ghraib, 7 October 2022 - how many PMF members were shot dead?",
   F(place="Abu Ghraib", type="shooting", target="PMU", **DAY("2022-10-07")))
Qs("R6", "b", "killed", "Taji base Katyusha attack, 20 Oct 2022 - anyone killed?", F(place="Taji", type="mortar_rocket", **DAY("2022-10-20")))
Qs("R6", "c", "wounded", "Al-Habibiya liquor store blast, 29 Oct 2022 - how many hurt?", F(place="Al-Habibiya", **DAY("2022-10-29")))
# --- V (revised tolls: the final figure)
Qs("V1", "a", "killed", "What was the final death toll of the motorcycle bomb in Hillah on 19 September 2019?",
   F(place="Hillah", type="ied", **DAY("2019-09-19")))
Qs("V1", "a", "wounded", "hillah motorcycle bomb 19/09/2019 - wounded in the end?", F(place="Hillah", type="ied", **DAY("2019-09-19")))
Qs("V2", "a", "killed", "Al-Fatha bridge convoy IED, 28 December 2021 - final death toll?",
   F(place="Al-Fatha bridge", type="ied", **DAY("2021-12-28")))
Qs("V2", "a", "wounded", "How many soldiers were still wounded after the Al-Fatha bridge bombing of 28 Dec 2021?",
   F(place="Al-Fatha bridge", type="ied", target="army", **DAY("2021-12-28")))
Qs("V3", "a", "killed", "How many fighters died in the Rawa suicide bombing of 11 October 2019, not counting the bomber?",
   F(place="Rawa", type="suicide", **DAY("2019-10-11")))
Qs("V3", "a", "perpetrator", "who claimed the Rawa suicide attack on 11 October 2019?", F(place="Rawa", type="suicide", **DAY("2019-10-11")))
Qs("V3", "a", "wounded", "rawa suicide bomber 11/10/2019 - how many still in hospital?", F(place="Rawa", type="suicide", **DAY("2019-10-11")))
Qs("V4", "a", "killed", "sinune roadside bomb 18 jan 2025 - total dead?", F(place="Sinune", type="ied", **DAY("2025-01-18")))
Qs("V4", "a", "wounded", "How many YBS fighters were left wounded by the roadside bomb at Sinune on 18 January 2025?",
   F(place="Sinune", type="ied", **DAY("2025-01-18")))
Qs("V5", "a", "killed", "Kut market bomb, 7 July 2019 - how many dead in the end?", F(place="Kut", type="ied", **DAY("2019-07-07")))
Qs("V5", "a", "wounded", "kut rubbish-bin bomb 07/07/2019 - final number of wounded?", F(place="Kut", type="ied", **DAY("2019-07-07")))
Qs("V6", "a", "killed", "Penjwen drone strike on 12 November 2023 - final toll of dead?",
   F(place="Penjwen", type="airstrike_operation", **DAY("2023-11-12")))
Qs("V6", "a", "wounded", "penjwen 12/11/2023 - how many still wounded?", F(place="Penjwen", **DAY("2023-11-12")))
# --- O
Qs("O1", "a", "wounded", "Jalawla, 3 August 2023 - how many PMF fighters were injured by the explosive device?",
   F(place="Jalawla", target="PMU", **DAY("2023-08-03")))
Qs("O2", "a", "killed", "Sharqat mortar fire on PMF positions, 3 June 2021 - any losses?",
   F(place="Sharqat", type="mortar_rocket", target="PMU", **DAY("2021-06-03")))
Qs("O3", "a", "wounded", "Burjesia rocket, 17 January 2022 - anyone hurt?", F(place="Burjesia", type="mortar_rocket", **DAY("2022-01-17")))
Qs("O4", "a", "killed", "explosive device near an army vehicle in Ramadi on 16/12/2019 - soldiers killed?",
   F(place="Ramadi", target="army", **DAY("2019-12-16")))
Qs("O5", "a", "wounded", "Shatra sticky bomb on a judge's car, 21 Feb 2022 - wounded?", F(place="Shatra", type="ied", **DAY("2022-02-21")))
Qs("O6", "a", "killed", "Harir base drone attack, 6 May 2024 - any deaths?", F(place="Harir", **DAY("2024-05-06")))
# --- H
Qs("H1", "a", "killed", "Batifa air strike on 15 September 2024 - how many were killed?",
   F(place="Batifa", type="airstrike_operation", **DAY("2024-09-15")))
Qs("H1", "a", "wounded", "batifa picnic spot strike 15/09/2024 - injured?", F(place="Batifa", **DAY("2024-09-15")))
Qs("H1", "b", "wounded", "Kani Masi shelling, 19 October 2024 - injuries?", F(place="Kani Masi", type="mortar_rocket", **DAY("2024-10-19")))
Qs("H2", "a", "killed", "Wadi al-Shay abduction, 14 Feb 2020 - how many shepherds were found dead?",
   F(place="Wadi al-Shay", type="kidnapping", target="civilians", **DAY("2020-02-14")))
Qs("H2", "b", "wounded", "Dibis, 22 May 2020: farmers wounded?", F(place="Dibis", target="civilians", **DAY("2020-05-22")))
Qs("H3", "a", "wounded", "Mosul phone shop grenade, 16 March 2025 - injured?", F(place="Mosul", type="other", **DAY("2025-03-16")))
Qs("H4", "a", "wounded", "Nasiriyah activist house bomb, 10 May 2021 - was anyone hurt?",
   F(place="Nasiriyah", type="ied", target="civilians", **DAY("2021-05-10")))
Qs("H6", "a", "perpetrator", "Qara Tapa mortar fire on PMF positions, 15 October 2023 - who fired?",
   F(place="Qara Tapa", type="mortar_rocket", target="PMU", **DAY("2023-10-15")))
Qs("H6", "a", "killed", "qara tapa mortars 15/10/2023 - killed?", F(place="Qara Tapa", type="mortar_rocket", **DAY("2023-10-15")))
Qs("H7", "a", "wounded", "Al-Amil sticky bomb, 3 December 2022 - wounded?", F(place="Al-Amil", type="ied", **DAY("2022-12-03")))
# --- S
Qs("S1", "a", "killed", "Tuz Khurmatu IED on a police patrol, 20 November 2021 - deaths?",
   F(place="Tuz Khurmatu", type="ied", target="police", **DAY("2021-11-20")))
Qs("S1", "a", "wounded", "tuz ied 20.11.2021 - policemen injured?", F(place="Tuz Khurmatu", type="ied", target="police", **DAY("2021-11-20")))
Qs("S2", "a", "killed", "Daquq, 9 January 2021 - how many shepherds were killed?", F(place="Daquq", target="civilians", **DAY("2021-01-09")))
Qs("S3", "a", "killed", "Khanasor drone strike, 12 Aug 2025 - dead?", F(place="Khanasor", type="airstrike_operation", **DAY("2025-08-12")))
Qs("S4", "a", "wounded", "Al-Baradiya sound bomb, 25 May 2022 - anyone injured?", F(place="Al-Baradiya", type="ied", **DAY("2022-05-25")))
Qs("S4", "b", "wounded", "Majnoon rockets, 2 September 2022 - injuries?", F(place="Majnoon", type="mortar_rocket", **DAY("2022-09-02")))
Qs("S5", "a", "killed", "samawa sticky bomb 3 nov 2019 - dead?", F(place="Samawa", type="ied", **DAY("2019-11-03")))
Qs("S6", "a", "wounded", "Amarah grenade at an activist's house, 28 January 2020 - how many injured?",
   F(place="Amarah", type="other", target="civilians", **DAY("2020-01-28")))
Qs("S6", "a", "killed", "amarah grenade 28/01/2020 - deaths?", F(place="Amarah", type="other", **DAY("2020-01-28")))
# --- F
Qs("F1", "a", "wounded", "Siniya convoy bomb, 9 July 2021 - how many soldiers were wounded?",
   F(place="Siniya", type="ied", target="army", **DAY("2021-07-09")))
Qs("F1", "a", "killed", "siniya roadside bomb 09/07/2021 - any soldiers killed?", F(place="Siniya", type="ied", target="army", **DAY("2021-07-09")))
Qs("F2", "a", "killed", "How many were killed in the shooting of the protest activist in Karbala city in August 2020?",
   F(place="Karbala", type="shooting", target="civilians", **MON("2020-08")))
Qs("F3", "a", "wounded", "Diwaniyah, 25 October 2020 - how many were wounded when the activist was shot?",
   F(place="Diwaniyah", type="shooting", target="civilians", **DAY("2020-10-25")))
Qs("F3", "a", "killed", "diwaniyah activist shooting 25 oct 2020 - killed?", F(place="Diwaniyah", type="shooting", **DAY("2020-10-25")))
Qs("F4", "a", "wounded", "Manathira grenade at a judge's house, 6 October 2025 - anyone hurt?", F(place="Manathira", type="other", **DAY("2025-10-06")))
Qs("F6", "a", "killed", "Badra border patrol shooting, 30 March 2024 - how many guards were killed?",
   F(place="Badra", type="shooting", target="security forces", **DAY("2024-03-30")))
Qs("F6", "a", "wounded", "badra 30/03/2024 - border guards wounded?", F(place="Badra", target="security forces", **DAY("2024-03-30")))
Qs("F7", "a", "wounded", "Qarachogh, 23 July 2024 - Peshmerga wounded?", F(place="Qarachogh", target="Peshmerga", **DAY("2024-07-23")))
Qs("F7", "a", "killed", "How many Peshmerga were killed in the IS attack near Makhmour on 23 July 2024?",
   F(place="Makhmour", perp="ISIS", target="Peshmerga", **DAY("2024-07-23")))
# --- P
Qs("P1", "a", "killed", "Green Zone rockets on 13 January 2022 - anyone killed?", F(place="Green Zone", type="mortar_rocket", **DAY("2022-01-13")))
Qs("P2", "a", "perpetrator", "Zubair oil company guard shot dead on 11 December 2022 - who did it?",
   F(place="Zubair", type="shooting", **DAY("2022-12-11")))
Qs("P2", "a", "killed", "zubair guard shooting 11/12/2022 - killed?", F(place="Zubair", type="shooting", **DAY("2022-12-11")))
Qs("P3", "a", "wounded", "Badush pipeline blast, 30 June 2025 - injuries?", F(place="Badush", **DAY("2025-06-30")))
Qs("P4", "a", "event_date", "When was the money changer abducted in Al-Aziziyah in August 2022?",
   F(place="Aziziyah", type="kidnapping", **MON("2022-08")))
Qs("P6", "a", "killed", "Al-Batha coalition convoy IED, 17 August 2021 - anyone killed?",
   F(place="Batha", type="ied", target="US forces", **DAY("2021-08-17")))
Qs("P7", "a", "wounded", "Daghara grenade at a party office, 17 June 2024 - anyone hurt?", F(place="Daghara", type="other", **DAY("2024-06-17")))
# --- relative single-event questions (today fixed by the question)
Qs("S1", "a", "wounded", "how many policemen were injured in this evening's IED in Tuz Khurmatu?",
   F(place="Tuz Khurmatu", type="ied", target="police", **DAY("2021-11-20")), today="2021-11-20")
Qs("O4", "a", "wounded", "Anyone wounded in yesterday's explosion near the army vehicle in Ramadi?",
   F(place="Ramadi", target="army", **DAY("2019-12-16")), today="2019-12-17")
Qs("K2", "a", "perpetrator", "whose drone hit the vehicle in Sidakan yesterday?",
   F(place="Sidakan", **DAY("2024-03-11")), today="2024-03-12")
Qs("N6", "a", "killed", "Najaf city party office sound bomb this morning - anyone killed?",
   F(place="Najaf", type="ied", **DAY("2022-06-14")), today="2022-06-14")

# =========================================================================== conversations (two turns)
C = lib.C
C("IEDs on the army in Baiji district, 2021", "listing", F(place="Baiji", type="ied", target="army", **YR(2021)),
  "how many of those were blamed on IS?", "count", F(place="Baiji", type="ied", target="army", perp="ISIS", **YR(2021)))
C("PMF checkpoints in diyala H2 2023", "listing", F(prov="Diyala", target="PMU", **H(2023, 2)),
  "only the ones Daesh did", "listing", F(prov="Diyala", target="PMU", perp="ISIS", **H(2023, 2)))
C("attacks on farmers and shepherds in Kirkuk province, 2020", "listing", F(prov="Kirkuk", target="civilians", **YR(2020)),
  "and in 2021?", "listing", F(prov="Kirkuk", target="civilians", **YR(2021)))
C("Turkish strikes in Duhok prov, Q4 2024", "listing", F(prov="Dohuk", perp="Turkey", **QT(2024, 4)),
  "just the drone strikes", "listing", F(prov="Dohuk", perp="Turkey", type="airstrike_operation", **QT(2024, 4)))
C("what hit oil sites in basra province in 2022?", "listing", F(prov="Basra", **YR(2022)),
  "only Zubair", "listing", F(place="Zubair", prov="Basra", **YR(2022)))
C("anbar 2019", "listing", F(prov="Anbar", **YR(2019)),
  "make that a briefing", "briefing", F(prov="Anbar", **YR(2019)))
C("nineveh H1 2025", "listing", F(prov="Nineveh", **H(2025, 1)),
  "count them", "count", F(prov="Nineveh", **H(2025, 1)))
C("Turkish drone strikes in Sulaymaniyah province in 2023", "listing", F(prov="Sulaymaniyah", perp="Turkey", type="airstrike_operation", **YR(2023)),
  "what about Erbil province in 2024?", "listing", F(prov="Erbil", perp="Turkey", type="airstrike_operation", **YR(2024)))
C("attacks around Baiji since spring 2021", "listing", F(place="Baiji", near=True, dfrom="2021-03-01"),
  "only inside Baiji itself", "listing", F(place="Baiji", dfrom="2021-03-01"))
C("baghdad province Q4 2022", "listing", F(prov="Baghdad", **QT(2022, 4)),
  "drop the date - all rocket attacks in Baghdad province", "listing", F(prov="Baghdad", type="mortar_rocket"))
C("kidnappings since 2021", "listing", F(type="kidnapping", dfrom="2021-01-01"),
  "which of them were IS?", "listing", F(type="kidnapping", perp="ISIS", dfrom="2021-01-01"))
C("grenade attacks in 2023", "listing", F(type="other", **YR(2023)),
  "and in 2025?", "listing", F(type="other", **YR(2025)))
C("diyala dec 2023", "listing", F(prov="Diyala", **MON("2023-12")),
  "and the month before?", "listing", F(prov="Diyala", **MON("2023-11")))
C("How many attacks on the PMF in Salahuddin in 2021?", "count", F(prov="Salahuddin", target="PMU", **YR(2021)),
  "list them", "listing", F(prov="Salahuddin", target="PMU", **YR(2021)))
C("attacks on coalition bases since 2021", "listing", F(target="US forces", dfrom="2021-01-01"),
  "only Erbil province", "listing", F(prov="Erbil", target="US forces", dfrom="2021-01-01"))
C("anything in Kirkuk province last month?", "listing", F(prov="Kirkuk", **MON("2020-10")),
  "and the month before that?", "listing", F(prov="Kirkuk", **MON("2020-09")), today="2020-11-03")
C("sticky bombs against police, any year", "listing", F(type="ied", target="police"),
  "narrow it to Anbar", "listing", F(prov="Anbar", type="ied", target="police"))
C("Turkish shelling in Duhok province in 2024", "listing", F(prov="Dohuk", perp="Turkey", type="mortar_rocket", **YR(2024)),
  "forget the shelling filter - everything Turkish there in 2024", "listing", F(prov="Dohuk", perp="Turkey", **YR(2024)))
C("wasit attacks on record", "listing", F(prov="Wasit"),
  "same for Maysan", "listing", F(prov="Maysan"))
C("How many PKK members were killed in the Turkish drone strike at Sidakan on 11 March 2024?", "fact",
  F(place="Sidakan", perp="Turkey", type="airstrike_operation", target="PKK", **DAY("2024-03-11")),
  "and all Turkish strikes on PKK members in Erbil province that year?", "listing",
  F(prov="Erbil", perp="Turkey", target="PKK", **YR(2024)))
C("IS attacks in Nineveh in 2025", "listing", F(prov="Nineveh", perp="ISIS", **YR(2025)),
  "write it up as a briefing", "briefing", F(prov="Nineveh", perp="ISIS", **YR(2025)))
C("attacks in Basra province since 2022 where the attacker is unknown", "listing", F(prov="Basra", perp="unknown", dfrom="2022-01-01"),
  "how many is that?", "count", F(prov="Basra", perp="unknown", dfrom="2022-01-01"))
C("shootings in Diyala in 2023", "listing", F(prov="Diyala", type="shooting", **YR(2023)),
  "restrict to the second half of the year", "listing", F(prov="Diyala", type="shooting", **H(2023, 2)))
C("Anything on the Peshmerga in 2024?", "listing", F(target="Peshmerga", **YR(2024)),
  "how many Peshmerga were wounded?", "fact", F(target="Peshmerga", **YR(2024)))
