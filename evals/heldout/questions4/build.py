#!/usr/bin/env python3
"""Authoring source for the questions4 held-out question-parser set.

`python3 build.py` regenerates questions.jsonl and conversations.jsonl.
Every gold date is computed by the calendar helpers below, never typed by hand.
"""
import calendar
import datetime
import json
import os
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
date = datetime.date
ONE = datetime.timedelta(days=1)

# ---------------------------------------------------------------- "today" values
TA = date(2021, 4, 22)
TB = date(2022, 7, 19)
TC = date(2023, 1, 11)
TD = date(2020, 10, 5)
TE = date(2024, 5, 30)
TF = date(2022, 11, 2)
TG = date(2023, 9, 27)
TH = date(2020, 3, 16)   # "last month" = February of a leap year
TI = date(2024, 3, 4)    # "last month" = February of a leap year


# ---------------------------------------------------------------- calendar helpers
def mlast(y, m):
    return calendar.monthrange(y, m)[1]


def shift(y, m, k):
    """(year, month) moved k months (k may be negative)."""
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def month(y, m):
    return date(y, m, 1), date(y, m, mlast(y, m))


def months(y1, m1, y2, m2):
    return date(y1, m1, 1), date(y2, m2, mlast(y2, m2))


def year(y):
    return date(y, 1, 1), date(y, 12, 31)


def years(a, b):
    return date(a, 1, 1), date(b, 12, 31)


def quarter(y, q):
    return months(y, 3 * q - 2, y, 3 * q)


def quarters(y, q1, q2):
    return quarter(y, q1)[0], quarter(y, q2)[1]


def half(y, h):
    return months(y, 6 * h - 5, y, 6 * h)


def season(y, s):
    """Meteorological seasons; winter y = Dec y .. Feb y+1."""
    if s == "winter":
        return months(y, 12, y + 1, 2)
    start = {"spring": 3, "summer": 6, "autumn": 9}[s]
    return months(y, start, y, start + 2)


def day(y, m, d):
    x = date(y, m, d)
    return x, x


def days(y1, m1, d1, y2, m2, d2):
    return date(y1, m1, d1), date(y2, m2, d2)


def first_week(y, m):
    """⚠ convention: 'the first week of <Month YYYY>' = days 1-7 of that month."""
    return date(y, m, 1), date(y, m, 7)


def since(rng):
    return rng[0], None


def before(rng):
    return None, rng[0] - ONE


def after(rng):
    """⚠ convention: 'after X' starts the day after X ends, open-ended."""
    return rng[1] + ONE, None


def upto(rng):
    return None, rng[1]


def this_year(t):
    return year(t.year)


def last_year(t):
    return year(t.year - 1)


def year_before_last(t):
    return year(t.year - 2)


def this_month(t):
    return month(t.year, t.month)


def prev_month(t, k=1):
    return month(*shift(t.year, t.month, -k))


def last_n_months(t, n):
    """questions3 ⚠ convention: the n whole months before the current one."""
    a = shift(t.year, t.month, -n)
    b = shift(t.year, t.month, -1)
    return months(a[0], a[1], b[0], b[1])


def last_n_years(t, n):
    return years(t.year - n, t.year - 1)


def this_quarter(t):
    return quarter(t.year, (t.month - 1) // 3 + 1)


def prev_quarter(t):
    q = (t.month - 1) // 3 + 1
    return quarter(t.year, q - 1) if q > 1 else quarter(t.year - 1, 4)


def last_season(t, s):
    """Most recent such season that has ended before today."""
    for y in range(t.year, t.year - 3, -1):
        a, b = season(y, s)
        if b < t:
            return a, b
    raise ValueError


def yearless_day(t, m, d):
    x = date(t.year, m, d)
    if x > t:
        x = date(t.year - 1, m, d)
    return x, x


def yearless_month(t, m):
    """⚠ convention: a month named without a year is the most recent such month
    that is not after the current month. The set never names the current month."""
    assert m != t.month
    return month(t.year if m < t.month else t.year - 1, m)


def last_named_month(t, m):
    """'last October': the most recent October before the current month."""
    return month(t.year if m < t.month else t.year - 1, m)


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def wd(y, m, d):
    return WEEKDAYS[date(y, m, d).weekday()]


# ---------------------------------------------------------------- records
KEYS = ["place", "near", "province", "date_from", "date_to", "attack_type",
        "perpetrator", "target", "dated_only"]


def filt(pl=None, nr=False, pv=None, dt=None, at=None, pe=None, ta=None, do=False):
    a, b = dt if dt else (None, None)
    assert not (pl and pv), "place and province together"
    assert not nr or pl, "near without place"
    return {
        "place": pl, "near": nr, "province": pv,
        "date_from": a.isoformat() if a else None,
        "date_to": b.isoformat() if b else None,
        "attack_type": at, "perpetrator": pe, "target": ta, "dated_only": do,
    }


QS = []


def Q(today, intent, text, **kw):
    QS.append({"question": text, "intent": intent, "filters": filt(**kw),
               "today": today.isoformat()})


CS = []


def C(today, text1, intent1, kw1, text2, intent2, **changes):
    kw2 = dict(kw1)
    kw2.update(changes)
    CS.append({"turns": [
        {"question": text1, "filters": filt(**kw1), "intent": intent1},
        {"question": text2, "filters": filt(**kw2), "intent": intent2},
    ], "today": today.isoformat()})


L, N, B, FA = "listing", "count", "briefing", "fact"
IED, MR, AIR, KID, AMB, SUI, SHO, OTH = ("ied", "mortar_rocket", "airstrike_operation",
                                         "kidnapping", "ambush", "suicide", "shooting", "other")
CIV, POL, IRQ, SEC, PESH, USF = ("civilians", "police", "Iraqi forces", "security forces",
                                 "Peshmerga", "US forces")

# ================================================================ single-turn questions
# --- 1. the everyday kinds: "attacks in <province> in <Month YYYY>"
Q(TA, L, "attacks in Diyala in March 2021", pv="Diyala", dt=month(2021, 3))
Q(TD, L, "attacks in Kirkuk in August 2020", pv="Kirkuk", dt=month(2020, 8))
Q(TB, L, "Attacks in Nineveh in January 2022.", pv="Nineveh", dt=month(2022, 1))
Q(TD, L, "attacks in salahuddin in november 2019", pv="Salahuddin", dt=month(2019, 11))
Q(TA, L, "attacks in Anbar in Feb 2021", pv="Anbar", dt=month(2021, 2))
Q(TB, L, "Were there any attacks in Babil in June 2022?", pv="Babil", dt=month(2022, 6))
Q(TC, L, "attacks in Ninawa during October 2020", pv="Nineveh", dt=month(2020, 10))
Q(TF, L, "any attacks in Dyala in Sept 2022", pv="Diyala", dt=month(2022, 9))
Q(TG, L, "attacks in baghdad in may 2023", pv="Baghdad", dt=month(2023, 5))
Q(TB, L, "attacks in Salah ad Din in July 2021", pv="Salahuddin", dt=month(2021, 7))
Q(TA, L, "Show me the attacks in Erbil in December 2020", pv="Erbil", dt=month(2020, 12))
Q(TB, L, "attacks in Wasit in April 2022?", pv="Wasit", dt=month(2022, 4))
Q(TG, L, "attacks in the Basrah governorate in March 2023", pv="Basra", dt=month(2023, 3))
Q(TF, L, "attacks in Duhok province, Aug 2021", pv="Dohuk", dt=month(2021, 8))
Q(TC, L, "attacks in Sulaimaniyah in October 2022", pv="Sulaymaniyah", dt=month(2022, 10))
Q(TD, N, "how many attacks were there in Maysan in January 2020?", pv="Maysan", dt=month(2020, 1))
Q(TD, L, "attacks in Dhi Qar in November 2019, with sources", pv="Dhi Qar", dt=month(2019, 11))
Q(TD, L, "What attacks were recorded in Al Anbar in September 2019?", pv="Anbar", dt=month(2019, 9))
Q(TG, B, "brief me on attacks in Kirkuk province in June 2023", pv="Kirkuk", dt=month(2023, 6))
Q(TF, N, "number of attacks in Diyala in October 2022", pv="Diyala", dt=month(2022, 10))

# --- "how many were killed in <place> in <year>"
Q(TD, N, "how many were killed in Mosul in 2019", pl="Mosul", dt=year(2019))
Q(TA, N, "How many people were killed in Tarmiyah in 2020?", pl="Tarmiyah", dt=year(2020))
Q(TB, N, "how many were killed in Tuz Khurmato in 2021", pl="Tuz Khurmatu", dt=year(2021))
Q(TC, N, "how many were killed in Khanakin in 2022", pl="Khanaqin", dt=year(2022))
Q(TD, N, "How many people got killed in Faluja in 2019?", pl="Fallujah", dt=year(2019))
Q(TC, N, "how many were killed in Sinjar last year", pl="Sinjar", dt=last_year(TC))
Q(TA, N, "how many were killed in samarra in 2020", pl="Samarra", dt=year(2020))
Q(TB, N, "how many were killed in Ba'quba in 2021?", pl="Baquba", dt=year(2021))
Q(TC, N, "How many were killed in Kirkuk city in 2022?", pl="Kirkuk", dt=year(2022))
Q(TA, N, "how many people were killed in Tel Afar in 2019", pl="Tal Afar", dt=year(2019))
Q(TA, N, "how many were killed in Al-Hawija in 2020", pl="Hawija", dt=year(2020))
Q(TF, N, "how many were killed in Al-Ramadi in 2021?", pl="Ramadi", dt=year(2021))
Q(TF, N, "how many were killed in Miqdadiya in 2021", pl="Muqdadiyah", dt=year(2021))
Q(TD, N, "how many died in Jalawla in 2019?", pl="Jalawla", dt=year(2019))
Q(TC, N, "how many were killed in Amerli in 2022", pl="Amerli", dt=year(2022))
Q(TA, N, "how many were killed in Hadithah in 2020", pl="Haditha", dt=year(2020))
Q(TE, N, "how many people were killed in Basra city in 2023?", pl="Basra", dt=year(2023))

# --- "<group> attacks near <town> in <period>"
Q(TF, L, "Daesh attacks near Makhmur in the first half of 2021", pl="Makhmour", nr=True, dt=half(2021, 1), pe="ISIS")
Q(TF, L, "PKK attacks near Zakho in summer 2022", pl="Zakho", nr=True, dt=season(2022, "summer"), pe="PKK")
Q(TB, L, "Turkish drone strikes near Shengal in 2021", pl="Sinjar", nr=True, dt=year(2021), at=AIR, pe="Turkey")
Q(TD, L, "IS attacks near Hawija in Q2 2020", pl="Hawija", nr=True, dt=quarter(2020, 2), pe="ISIS")
Q(TA, L, "ISIL attacks around Tarmiya in 2020", pl="Tarmiyah", nr=True, dt=year(2020), pe="ISIS")
Q(TA, L, "Kataib Hezbollah rocket attacks near Baghdad airport in 2020", pl="Baghdad International Airport", nr=True, dt=year(2020), at=MR, pe="PMU")
Q(TC, L, "Daesh attacks close to Khanaqin in the last 6 months", pl="Khanaqin", nr=True, dt=last_n_months(TC, 6), pe="ISIS")
Q(TB, L, "ISIS attacks near Baiji between March and May 2021", pl="Baiji", nr=True, dt=months(2021, 3, 2021, 5), pe="ISIS")
Q(TA, L, "Daesh attacks around Mutaibija in 2020", pl="Mutaibijah", nr=True, dt=year(2020), pe="ISIS")
Q(TB, L, "ISIS attacks near Rutba in H2 2021", pl="Rutba", nr=True, dt=half(2021, 2), pe="ISIS")
Q(TB, L, "IS attacks near Tikrit since January 2022", pl="Tikrit", nr=True, dt=since(month(2022, 1)), pe="ISIS")
Q(TC, L, "Turkish attacks near Amadiya in 2022", pl="Amedi", nr=True, dt=year(2022), pe="Turkey")
Q(TC, L, "PKK attacks near Sidakan in 2021", pl="Sidakan", nr=True, dt=year(2021), pe="PKK")
Q(TA, L, "ISIS attacks near Jalula in autumn 2020", pl="Jalawla", nr=True, dt=season(2020, "autumn"), pe="ISIS")
Q(TB, N, "how many ISIS attacks near Qayara last year?", pl="Qayyarah", nr=True, dt=last_year(TB), pe="ISIS")
Q(TD, L, "Daesh attacks near Al-Khalis in 2019", pl="Khalis", nr=True, dt=year(2019), pe="ISIS")
Q(TF, L, "IS attacks near Haditha from January to April 2021", pl="Haditha", nr=True, dt=months(2021, 1, 2021, 4), pe="ISIS")
Q(TC, B, "ISIS attacks near Daquq in 2022 - overview please", pl="Daquq", nr=True, dt=year(2022), pe="ISIS")
Q(TC, L, "attacks by unidentified gunmen near Kifri in 2022", pl="Kifri", nr=True, dt=year(2022), pe="unknown")
Q(TD, L, "ISIS attacks near Kirkuk in Q4 2019", pl="Kirkuk", nr=True, dt=quarter(2019, 4), pe="ISIS")
Q(TD, L, "US air strikes near Qaim in December 2019", pl="Al-Qaim", nr=True, dt=month(2019, 12), at=AIR, pe=USF)
Q(TF, L, "Turkish shelling near Batifa in 2021", pl="Batifa", nr=True, dt=year(2021), at=MR, pe="Turkey")
Q(TD, L, "ISIS attacks around Sinuni in 2019", pl="Sinuni", nr=True, dt=year(2019), pe="ISIS")
Q(TG, N, "Daesh attacks in the vicinity of Tuz Khurmatu in 2023: how many?", pl="Tuz Khurmatu", nr=True, dt=year(2023), pe="ISIS")

# --- 1b. more of the everyday kinds
Q(TB, L, "attacks in Kirkuk province in February 2022", pv="Kirkuk", dt=month(2022, 2))
Q(TA, L, "attacks in Diyala in Nov 2020?", pv="Diyala", dt=month(2020, 11))
Q(TF, L, "Attacks in Anbar in July 2022", pv="Anbar", dt=month(2022, 7))
Q(TB, L, "list attacks in Nineveh in May 2021", pv="Nineveh", dt=month(2021, 5))
Q(TC, L, "attacks in Salahuddin in December 2022", pv="Salahuddin", dt=month(2022, 12))
Q(TE, L, "attacks in Baghdad in January 2024", pv="Baghdad", dt=month(2024, 1))
Q(TG, L, "any attacks in Dohuk in June 2023?", pv="Dohuk", dt=month(2023, 6))
Q(TE, N, "how many attacks in Erbil governorate in October 2023", pv="Erbil", dt=month(2023, 10))
Q(TG, L, "attacks in Sulaymaniyah in Aug 2023", pv="Sulaymaniyah", dt=month(2023, 8))
Q(TB, N, "how many were killed in Tikrit in 2021?", pl="Tikrit", dt=year(2021))
Q(TA, N, "how many were killed in Qayyara in 2019", pl="Qayyarah", dt=year(2019))
Q(TC, N, "how many people were killed in Khalis in 2022", pl="Khalis", dt=year(2022))
Q(TF, N, "How many people were killed in Sadr City in 2021?", pl="Sadr City", dt=year(2021))
Q(TG, N, "how many were killed in Zakhu in 2022", pl="Zakho", dt=year(2022))
Q(TA, N, "how many were killed in Baiji in 2020", pl="Baiji", dt=year(2020))
Q(TF, N, "how many were killed in Al-Rutbah in 2021?", pl="Rutba", dt=year(2021))
Q(TB, L, "ISIS attacks near Samarra in March 2022", pl="Samarra", nr=True, dt=month(2022, 3), pe="ISIS")
Q(TE, L, "PKK attacks near Amadiyah in 2023", pl="Amedi", nr=True, dt=year(2023), pe="PKK")
Q(TC, L, "Turkish air strikes near Makhmour in 2022", pl="Makhmour", nr=True, dt=year(2022), at=AIR, pe="Turkey")
Q(TG, L, "ISIS attacks near Muqdadiyah in H1 2023", pl="Muqdadiyah", nr=True, dt=half(2023, 1), pe="ISIS")
Q(TF, L, "Daesh attacks near Kifri in autumn 2021", pl="Kifri", nr=True, dt=season(2021, "autumn"), pe="ISIS")
Q(TB, L, "IS attacks near Tuz Khurmatu in January 2022", pl="Tuz Khurmatu", nr=True, dt=month(2022, 1), pe="ISIS")
Q(TB, N, "how many ISIS attacks near Balad in 2021", pl="Balad", nr=True, dt=year(2021), pe="ISIS")

Q(TE, N, "how many were killed in Tarmiyah last year", pl="Tarmiyah", dt=last_year(TE))
Q(TG, N, "how many people were killed in Hit in 2022?", pl="Hit", dt=year(2022))
Q(TC, N, "how many were killed in Abu Ghraib in 2021", pl="Abu Ghraib", dt=year(2021))
Q(TB, N, "how many were killed in Mandali in 2021?", pl="Mandali", dt=year(2021))
Q(TF, N, "how many were killed in Sharqat in 2022", pl="Shirqat", dt=year(2022))
Q(TA, N, "How many were killed in Khanaqin in 2020?", pl="Khanaqin", dt=year(2020))
Q(TG, N, "how many were killed in Daquq in 2023 so far", pl="Daquq", dt=year(2023))
Q(TE, N, "how many were killed in Hatra in 2023", pl="Hatra", dt=year(2023))
Q(TD, N, "how many were killed in Nasiriyah in 2019?", pl="Nasiriyah", dt=year(2019))
Q(TC, N, "how many people were killed in Kadhimiya in 2022", pl="Kadhimiya", dt=year(2022))
Q(TD, L, "attacks in Najaf in October 2019", pv="Najaf", dt=month(2019, 10))
Q(TF, L, "attacks in Babylon in May 2022", pv="Babil", dt=month(2022, 5))
Q(TG, L, "attacks in Wasit in July 2023", pv="Wasit", dt=month(2023, 7))
Q(TE, L, "ISIS attacks near Hawija in March 2024", pl="Hawija", nr=True, dt=month(2024, 3), pe="ISIS")
Q(TI, L, "Daesh attacks near Tarmiyah in January 2024", pl="Tarmiyah", nr=True, dt=month(2024, 1), pe="ISIS")
Q(TF, L, "Turkish drone strikes near Sidakan in September 2022", pl="Sidakan", nr=True, dt=month(2022, 9), at=AIR, pe="Turkey")
Q(TC, L, "ISIS attacks near Rashad in 2022", pl="Rashad", nr=True, dt=year(2022), pe="ISIS")

# --- 2. long, chatty requests with context and trailing instructions
Q(TF, L, "I'm drafting a note for my editor on the security situation in Diyala. Could you list every roadside bombing there in the second half of 2021, with sources?",
  pv="Diyala", dt=half(2021, 2), at=IED)
Q(TG, B, "Hi, I'm putting together a backgrounder for a donor meeting. Could you give me a short briefing on attacks against aid workers in Nineveh over the last 12 months? Keep it short.",
  pv="Nineveh", dt=last_n_months(TG, 12), ta=CIV)
Q(TA, L, "Our team is reviewing protection risks for farmers along the Hamrin range; can you pull every ISIS attack on farmers in the Hamrin mountains during 2020, sorted by date?",
  pl="Hamrin mountains", dt=year(2020), pe="ISIS", ta=CIV)
Q(TC, N, "For a piece on Turkey's cross-border campaign I need a count of Turkish air strikes in Dohuk province in 2022, please.",
  pv="Dohuk", dt=year(2022), at=AIR, pe="Turkey")
Q(TB, N, "My editor wants numbers: how many rocket or mortar attacks targeted US forces in Iraq in the first quarter of 2021?",
  dt=quarter(2021, 1), at=MR, ta=USF)
Q(TD, B, "Could you summarise, in a couple of paragraphs, what happened to journalists in Baghdad province during the October 2019 protests?",
  pv="Baghdad", dt=month(2019, 10), ta=CIV)
Q(TG, B, "I've been asked to brief the ambassador tomorrow, so please prepare a sitrep on rocket attacks against the Green Zone since the start of 2023.",
  pl="Green Zone", dt=since(year(2023)), at=MR)
Q(TC, L, "Working on a UN protection report here. List all kidnappings of civilians in Salah al-Din province in 2021 and 2022, and leave anything undated out.",
  pv="Salahuddin", dt=years(2021, 2022), at=KID, ta=CIV, do=True)
Q(TA, N, "I'm not sure this is the right tool, but can you tell me how many police officers were killed in Kirkuk governorate during 2020?",
  pv="Kirkuk", dt=year(2020), ta=POL)
Q(TB, L, "Our security team is planning road moves this week; were there any IED attacks on coalition supply convoys in Dhi Qar in the last three months?",
  pv="Dhi Qar", dt=last_n_months(TB, 3), at=IED, ta=USF)
Q(TC, N, "I'm writing up the quarterly review. First thing I need: the number of ISIS attacks in Anbar in Q3 2022, just the figure please.",
  pv="Anbar", dt=quarter(2022, 3), pe="ISIS")
Q(TD, L, "For the annex I need every sniper attack on protesters in Nassiriya between October and December 2019, in date order.",
  pl="Nasiriyah", dt=months(2019, 10, 2019, 12), at=SHO, ta=CIV)
Q(TG, B, "I'm preparing a risk assessment for an oil company working in Basra. Give me an overview of attacks on oil workers in Basra province over the past two years.",
  pv="Basra", dt=last_n_years(TG, 2), ta=CIV)
Q(TE, B, "Long story short, my boss flies into Erbil next month and wants to know what the threat picture looks like. Can you brief me on attacks near Erbil airport over the last six months?",
  pl="Erbil airport", nr=True, dt=last_n_months(TE, 6))
Q(TB, L, "Context: I cover the Sinjar file for an NGO. I need a list of Turkish air strikes on PKK-linked YBS positions around Sinjar since the start of 2021 - include the sources if you have them.",
  pl="Sinjar", nr=True, dt=since(year(2021)), at=AIR, pe="Turkey", ta="PKK")
Q(TF, N, "Sorry if this is a basic question - how many attacks were there on Peshmerga positions in Garmiyan in 2021?",
  pl="Garmiyan", dt=year(2021), ta=PESH)
Q(TE, L, "Before I file tonight, can you double-check something for me: were there any suicide attacks anywhere in Iraq in 2023?",
  dt=year(2023), at=SUI)
Q(TG, N, "We're comparing years. How many IED attacks did Salahuddin see in 2022? Just give me the number.",
  pv="Salahuddin", dt=year(2022), at=IED)
Q(TA, B, "I run the security desk for an NGO in Kirkuk. Could you write me a paragraph summarising ISIS activity in Kirkuk province in the first quarter of 2021?",
  pv="Kirkuk", dt=quarter(2021, 1), pe="ISIS")
Q(TC, L, "So I'm looking at the Basra protests - pull every assassination by gunfire of activists in Basra city from 2019 to 2020, newest first.",
  pl="Basra", dt=years(2019, 2020), at=SHO, ta=CIV)
Q(TB, B, "A colleague is taking over the Anbar portfolio on Monday and I want to hand over properly. Can you write up what ISIS did in Anbar in the first half of this year, three or four bullet points?",
  pv="Anbar", dt=half(2022, 1), pe="ISIS")
Q(TF, L, "Two things would help, but start with this one: any kidnappings of aid workers in Dohuk governorate since January 2021? Table format if possible.",
  pv="Dohuk", dt=since(month(2021, 1)), at=KID, ta=CIV)

# --- 3. terse keyword queries, lowercase, typos
Q(TB, L, "kirkuk ied 2021", pv="Kirkuk", dt=year(2021), at=IED)
Q(TA, L, "diyala kidnappings q3 2020", pv="Diyala", dt=quarter(2020, 3), at=KID)
Q(TD, L, "mosul suicide 2019", pl="Mosul", dt=year(2019), at=SUI)
Q(TF, L, "anbar isis ambush h1 2022", pv="Anbar", dt=half(2022, 1), at=AMB, pe="ISIS")
Q(TF, L, "erbil airport rockets feb 2021", pl="Erbil airport", dt=month(2021, 2), at=MR)
Q(TC, N, "turkish airstrikes zakho 2022 count", pl="Zakho", dt=year(2022), at=AIR, pe="Turkey")
Q(TC, L, "salahuddin mortars last yr", pv="Salahuddin", dt=last_year(TC), at=MR)
Q(TA, L, "baghdad katyushas 2020", pv="Baghdad", dt=year(2020), at=MR)
Q(TF, N, "pkk fighters killed dohuk 2021 how many", pv="Dohuk", dt=year(2021), ta="PKK")
Q(TA, L, "nineveh sticky bombs 2020", pv="Nineveh", dt=year(2020), at=IED)
Q(TB, L, "turkish drone strikes sidakan since 2021", pl="Sidakan", dt=since(year(2021)), at=AIR, pe="Turkey")
Q(TB, L, "tikrit attacks 03/2022", pl="Tikrit", dt=month(2022, 3))
Q(TC, L, "basra grenade attacks 2021-2022", pv="Basra", dt=years(2021, 2022), at=OTH)
Q(TD, L, "karbala shootings oct 2019", pv="Karbala", dt=month(2019, 10), at=SHO)
Q(TD, L, "najaf protesters killed nov 2019", pv="Najaf", dt=month(2019, 11), ta=CIV)
Q(TB, L, "hawija ambushes last 3 months", pl="Hawija", dt=last_n_months(TB, 3), at=AMB)
Q(TA, L, "abductions baghdad H2 2020", pv="Baghdad", dt=half(2020, 2), at=KID)
Q(TA, L, "ISIS suicide bombers diyala since 2020", pv="Diyala", dt=since(year(2020)), at=SUI, pe="ISIS")
Q(TA, N, "kh rocket attacks on us bases 2020 count", dt=year(2020), at=MR, pe="PMU", ta=USF)
Q(TA, N, "peshmerga killed makhmour 2020 number", pl="Makhmour", dt=year(2020), ta=PESH)
Q(TB, L, "qandil airstrikes last month", pl="Qandil", dt=prev_month(TB), at=AIR)
Q(TF, L, "tuz ied attacks 2019-2021", pl="Tuz Khurmatu", dt=years(2019, 2021), at=IED)
Q(TF, L, "samara kidnaping 2021", pl="Samarra", dt=year(2021), at=KID)
Q(TA, L, "attaks in anbar 2020", pv="Anbar", dt=year(2020))
Q(TF, L, "roadsid bombs in salahudin aug 2021", pv="Salahuddin", dt=month(2021, 8), at=IED)
Q(TB, N, "how manny rocket attacks on ain al asad in 2021", pl="Ain al-Asad", dt=year(2021), at=MR)
Q(TG, B, "brieff me on isis activity in kirkuk this year", pv="Kirkuk", dt=this_year(TG), pe="ISIS")
Q(TA, L, "lisst all grenade attacks in Maysan 2020", pv="Maysan", dt=year(2020), at=OTH)
Q(TE, L, "shootings basra city jan-mar 2024", pl="Basra", dt=months(2024, 1, 2024, 3), at=SHO)
Q(TE, N, "isis attacks 2023 total", dt=year(2023), pe="ISIS")
Q(TC, L, "ambushes on army diyala 2022", pv="Diyala", dt=year(2022), at=AMB, ta=IRQ)
Q(TB, L, "mukhtar shot dead tarmiyah june 2022", pl="Tarmiyah", dt=month(2022, 6), at=SHO, ta=CIV)
Q(TG, B, "sitrep nineveh q2 2023", pv="Nineveh", dt=quarter(2023, 2))
Q(TC, L, "kidnappings in diyalla 2022", pv="Diyala", dt=year(2022), at=KID)
Q(TF, N, "how mnay policemen killed in baghdad this yr", pv="Baghdad", dt=this_year(TF), ta=POL)
Q(TE, L, "peshmerga ambushed kirkuk 2023", pv="Kirkuk", dt=year(2023), at=AMB, ta=PESH)

# --- 4. British / US spellings, new verbs
Q(TE, B, "Please summarise the pattern of kidnappings in Babylon province over the last year", pv="Babil", dt=last_year(TE), at=KID)
Q(TA, B, "Can you summarize rocket attacks on Balad Air Base in 2020?", pl="Balad Air Base", dt=year(2020), at=MR)
Q(TF, L, "Organise a list of ambushes on army convoys in Salahuddin during autumn 2021", pv="Salahuddin", dt=season(2021, "autumn"), at=AMB, ta=IRQ)
Q(TA, L, "Catalog shootings of policemen in Basra in fall 2020", pv="Basra", dt=season(2020, "autumn"), at=SHO, ta=POL)
Q(TF, B, "Analyse the trend in IED attacks in Anbar across 2021", pv="Anbar", dt=year(2021), at=IED)
Q(TC, N, "What's the tally of civilian casualties from Turkish shelling in Duhok governorate in 2021?", pv="Dohuk", dt=year(2021), at=MR, pe="Turkey", ta=CIV)
Q(TB, B, "Analyze the pattern of rocket attacks on US forces in 2021", dt=year(2021), at=MR, ta=USF)
Q(TG, L, "Itemise the armoured-convoy ambushes on the army in Anbar in 2022", pv="Anbar", dt=year(2022), at=AMB, ta=IRQ)

# --- 5. transliteration variants of places (towns, districts, neighbourhoods, bases, fields)
Q(TA, L, "any IEDs in Heet during 2020?", pl="Hit", dt=year(2020), at=IED)
Q(TF, L, "list attacks near Rawah in 2021", pl="Rawa", nr=True, dt=year(2021))
Q(TD, L, "attacks on Shia pilgrims in Balad in 2019", pl="Balad", dt=year(2019), ta=CIV)
Q(TD, L, "rocket fire on Camp Taji in March 2020", pl="Camp Taji", dt=month(2020, 3), at=MR)
Q(TB, L, "attacks in Qaraqoush in 2021", pl="Qaraqosh", dt=year(2021))
Q(TA, L, "attacks in the vicinity of Altun Kopri in 2020", pl="Altun Kupri", nr=True, dt=year(2020))
Q(TF, L, "rocket attacks on Turkish forces at Bashiqa in 2021", pl="Bashiqa", dt=year(2021), at=MR, ta="Turkey")
Q(TC, L, "IEDs in Hammam al-Alil in 2022", pl="Hamam al-Alil", dt=year(2022), at=IED)
Q(TF, L, "attacks just outside Suleiman Beg in 2021", pl="Sulaiman Bek", nr=True, dt=year(2021))
Q(TF, L, "ISIS attacks on shepherds near Mendali in 2021", pl="Mandali", nr=True, dt=year(2021), pe="ISIS", ta=CIV)
Q(TA, L, "roadside bombs in Baladruz in 2020", pl="Balad Ruz", dt=year(2020), at=IED)
Q(TB, N, "how many kidnappings in Khan Bani Sa'ad in 2021?", pl="Khan Bani Saad", dt=year(2021), at=KID)
Q(TA, L, "Katyusha fire on Abu Ghurayb in 2020", pl="Abu Ghraib", dt=year(2020), at=MR)
Q(TC, B, "give me a rundown of attacks in Al-Mada'in in 2022", pl="Madain", dt=year(2022))
Q(TB, L, "IED attacks near Al-Iskandariyah in 2021", pl="Iskandariya", nr=True, dt=year(2021), at=IED)
Q(TB, L, "attacks in Jurf al Nasr since 2020", pl="Jurf al-Sakhar", dt=since(year(2020)))
Q(TF, L, "bombings in Al-Hilla in 2021", pl="Hillah", dt=year(2021), at=IED)
Q(TF, N, "how many shootings in Al Kut in 2022", pl="Kut", dt=year(2022), at=SHO)
Q(TD, L, "attacks in Al-Amara in November 2019", pl="Amarah", dt=month(2019, 11))
Q(TD, L, "killings of protesters in Samawa in Q4 2019", pl="Samawah", dt=quarter(2019, 4), ta=CIV)
Q(TD, B, "quick overview of attacks in Kufa in December 2019", pl="Kufa", dt=month(2019, 12))
Q(TE, L, "attacks in Az Zubayr in 2023", pl="Zubair", dt=year(2023))
Q(TG, L, "attacks near Umm Qasr port in 2022", pl="Umm Qasr", nr=True, dt=year(2022))
Q(TC, L, "attacks on the Rumaylah oilfield in 2022", pl="Rumaila oil field", dt=year(2022))
Q(TA, L, "attacks on the Bai Hasan field in 2020", pl="Bai Hassan oil field", dt=year(2020))
Q(TB, L, "Turkish shelling around Penjwin in 2021", pl="Penjwen", nr=True, dt=year(2021), at=MR, pe="Turkey")
Q(TF, L, "drone strikes around Qaladiza in 2021", pl="Qaladze", nr=True, dt=year(2021), at=AIR)
Q(TF, L, "Turkish air raids on Kanimasi in 2021", pl="Kani Masi", dt=year(2021), at=AIR, pe="Turkey")
Q(TE, L, "attacks in Hawler in 2023", pv="Erbil", dt=year(2023))
Q(TE, N, "how many attacks in Arbil city in 2023?", pl="Erbil", dt=year(2023))
Q(TF, L, "attacks in Kerkuk in April 2022", pv="Kirkuk", dt=month(2022, 4))
Q(TD, L, "IS attacks in Mousl in 2019", pl="Mosul", dt=year(2019), pe="ISIS")
Q(TB, L, "attacks in Tekrit in Q1 2022", pl="Tikrit", dt=quarter(2022, 1))
Q(TA, L, "ambushes near Dujayl in 2020", pl="Dujail", nr=True, dt=year(2020), at=AMB)
Q(TC, L, "ISIS attacks in Yathrib in 2022", pl="Yathrib", dt=year(2022), pe="ISIS")
Q(TB, B, "summary of attacks in Ash Sharqat in 2021", pl="Shirqat", dt=year(2021))
Q(TA, L, "roadside bombs near Bayji in 2020", pl="Baiji", nr=True, dt=year(2020), at=IED)
Q(TF, L, "attacks near Rabiaa on the Syrian border in 2021", pl="Rabia", nr=True, dt=year(2021))
Q(TB, N, "how many attacks in Kazimiyah in 2021", pl="Kadhimiya", dt=year(2021))
Q(TF, L, "explosions in Azamiyah in 2022", pl="Adhamiya", dt=year(2022), at=IED)
Q(TA, L, "bombings in Karada in 2019", pl="Karrada", dt=year(2019), at=IED)
Q(TC, L, "shootings in Doura in 2022", pl="Dora", dt=year(2022), at=SHO)
Q(TA, L, "attacks around Saqlawiyah in 2020", pl="Saqlawiya", nr=True, dt=year(2020))
Q(TA, N, "number of attacks on the outskirts of Habaniya in 2020", pl="Habbaniyah", nr=True, dt=year(2020))
Q(TD, L, "attacks in Al-Is'haqi in 2020", pl="Ishaqi", dt=year(2020))
Q(TC, L, "attacks in Duluiyah in 2022", pl="Dhuluiya", dt=year(2022))
Q(TC, L, "ISIS attacks in Muqdadiyya district in 2022", pl="Muqdadiyah", dt=year(2022), pe="ISIS")
Q(TD, L, "IEDs in Al-Hadr in 2020", pl="Hatra", dt=year(2020), at=IED)
Q(TA, L, "attacks near Ba'aj in 2020", pl="Baaj", nr=True, dt=year(2020))
Q(TF, B, "brief me on Talafar district in 2021", pl="Tal Afar", dt=year(2021))
Q(TF, L, "attacks in the countryside around Nukhayb in 2021", pl="Nukhaib", nr=True, dt=year(2021))
Q(TB, L, "attacks in Ain Tamr in 2021", pl="Ain al-Tamr", dt=year(2021))
Q(TB, L, "attacks in Al-Suwayrah in 2022", pl="Suwaira", dt=year(2022))
Q(TB, L, "bombings in Al-Musayab in 2021", pl="Musayyib", dt=year(2021), at=IED)
Q(TD, L, "protesters shot in Al-Shatrah in 2019", pl="Shatra", dt=year(2019), at=SHO, ta=CIV)
Q(TG, L, "attacks on the edge of Ayn al-Asad air base in 2023", pl="Ain al-Asad", nr=True, dt=year(2023))
Q(TE, L, "mortars on K-1 base in 2023", pl="K1", dt=year(2023), at=MR)
Q(TC, L, "attacks at BIAP in 2022", pl="Baghdad International Airport", dt=year(2022))
Q(TA, L, "attacks in the town of Jalawlaa in 2020", pl="Jalawla", dt=year(2020))
Q(TB, L, "attacks in Tarmiyya itself in 2021, not the surroundings", pl="Tarmiyah", dt=year(2021))
Q(TG, L, "attacks in Khanaqeen and its surroundings in 2023", pl="Khanaqin", nr=True, dt=year(2023))
Q(TC, L, "attacks in the villages around Shirqat in 2022", pl="Shirqat", nr=True, dt=year(2022))
Q(TE, L, "attacks a few km from Sinjar in 2023", pl="Sinjar", nr=True, dt=year(2023))
Q(TA, L, "attacks in Tooz in 2020", pl="Tuz Khurmatu", dt=year(2020))
Q(TF, L, "attacks in Al Qayyara in 2022", pl="Qayyarah", dt=year(2022))
Q(TG, L, "rocket attacks on the Khor Mor gas field in 2023", pl="Khor Mor gas field", dt=year(2023), at=MR)

# --- 6. province spelling variants, "X governorate", directional qualifiers
Q(TB, L, "attacks in Ninewah in H1 2022", pv="Nineveh", dt=half(2022, 1))
Q(TA, N, "how many attacks in Salaheddin in 2020", pv="Salahuddin", dt=year(2020))
Q(TD, L, "attacks in Thi Qar in December 2019", pv="Dhi Qar", dt=month(2019, 12))
Q(TB, L, "attacks in Missan in 2021", pv="Maysan", dt=year(2021))
Q(TC, L, "attacks in Wassit in 2022", pv="Wasit", dt=year(2022))
Q(TA, L, "attacks in Al-Muthanna in 2020", pv="Muthanna", dt=year(2020))
Q(TD, B, "brief me on attacks in Kerbela in November 2019", pv="Karbala", dt=month(2019, 11))
Q(TD, L, "attacks in An Najaf in December 2019", pv="Najaf", dt=month(2019, 12))
Q(TB, L, "attacks in Babel in 2021", pv="Babil", dt=year(2021))
Q(TG, L, "attacks in Al Basrah in Q2 2023", pv="Basra", dt=quarter(2023, 2))
Q(TA, L, "attacks in Diyalah governorate in January 2021", pv="Diyala", dt=month(2021, 1))
Q(TE, L, "attacks in Slemani in 2023", pv="Sulaymaniyah", dt=year(2023))
Q(TC, L, "attacks in Dahuk in 2022", pv="Dohuk", dt=year(2022))
Q(TE, L, "attacks in Halabja governorate in 2023", pv="Halabja", dt=year(2023))
Q(TF, L, "attacks in northern Diyala in 2022", pv="Diyala", dt=year(2022))
Q(TG, N, "how many attacks in the Nineveh Plains... sorry, I mean Nineveh governorate overall, in 2022?", pv="Nineveh", dt=year(2022))
Q(TC, L, "attacks in Suleimaniya province in 2022", pv="Sulaymaniyah", dt=year(2022))
Q(TB, L, "attacks across Iraqi Kurdistan in 2021", dt=year(2021))

# --- 7. date forms
Q(TB, L, "attacks in Baghdad between 5 and 20 March 2022", pv="Baghdad", dt=days(2022, 3, 5, 2022, 3, 20))
Q(TA, L, "incidents in Kirkuk city on the 3rd of May, 2020", pl="Kirkuk", dt=day(2020, 5, 3))
Q(TC, L, "what happened in Samarra on May 3rd 2022", pl="Samarra", dt=day(2022, 5, 3))
Q(TB, L, "attacks in Baiji on 3 May '21", pl="Baiji", dt=day(2021, 5, 3))
Q(TC, L, "anything in Basra on 2022/08/14?", pv="Basra", dt=day(2022, 8, 14))
Q(TF, L, "attacks in Ramadi on 17-Apr-2021", pl="Ramadi", dt=day(2021, 4, 17))
Q(TA, L, "what happened in Baghdad on %s 9 March 2021?" % wd(2021, 3, 9), pv="Baghdad", dt=day(2021, 3, 9))
Q(TD, L, "incidents in Diyala on Sep. 20, 2020", pv="Diyala", dt=day(2020, 9, 20))
Q(TD, L, "attacks in Nineveh on 25/10/2019", pv="Nineveh", dt=day(2019, 10, 25))
Q(TA, L, "attacks in Anbar on 10/25/2020", pv="Anbar", dt=day(2020, 10, 25))
Q(TB, L, "attacks in Erbil on 2022-01-17", pv="Erbil", dt=day(2022, 1, 17))
Q(TB, L, "attacks in Kirkuk on 18.06.2022", pv="Kirkuk", dt=day(2022, 6, 18))
Q(TB, L, "what happened in Sinjar on the 17th of January?", pl="Sinjar", dt=yearless_day(TB, 1, 17))
Q(TC, L, "attacks in Tuz on 20 December", pl="Tuz Khurmatu", dt=yearless_day(TC, 12, 20))
Q(TA, L, "attacks in Diyala in the first week of March 2021", pv="Diyala", dt=first_week(2021, 3))
Q(TG, N, "how many attacks in Anbar in the first week of July 2023?", pv="Anbar", dt=first_week(2023, 7))
Q(TA, L, "attacks in Basra in March", pv="Basra", dt=yearless_month(TA, 3))
Q(TB, L, "IEDs in Kirkuk in October", pv="Kirkuk", dt=yearless_month(TB, 10), at=IED)
Q(TC, L, "attacks in Nineveh the year before last", pv="Nineveh", dt=year_before_last(TC))
Q(TE, L, "attacks in Baghdad the month before last", pv="Baghdad", dt=prev_month(TE, 2))
Q(TB, L, "attacks in Salahuddin last October", pv="Salahuddin", dt=last_named_month(TB, 10))
Q(TF, L, "IEDs in Anbar last March", pv="Anbar", dt=last_named_month(TF, 3), at=IED)
Q(TA, N, "how many attacks in Diyala year to date", pv="Diyala", dt=this_year(TA))
Q(TC, L, "attacks in Kirkuk after June 2022", pv="Kirkuk", dt=after(month(2022, 6)))
Q(TA, L, "attacks in Nineveh from 2020 to date", pv="Nineveh", dt=since(year(2020)))
Q(TB, L, "attacks in Anbar up to the end of 2020", pv="Anbar", dt=upto(year(2020)))
Q(TB, B, "background on attacks in Diyala prior to 2020", pv="Diyala", dt=before(year(2020)))
Q(TF, L, "attacks in Salahuddin from Q2 to Q3 2021", pv="Salahuddin", dt=quarters(2021, 2, 3))
Q(TC, L, "attacks in Baghdad in 2019-21", pv="Baghdad", dt=years(2019, 2021))
Q(TG, N, "number of attacks in Kirkuk in the last quarter", pv="Kirkuk", dt=prev_quarter(TG))
Q(TG, L, "attacks in Nineveh this quarter", pv="Nineveh", dt=this_quarter(TG))
Q(TH, N, "how many attacks in Anbar last month?", pv="Anbar", dt=prev_month(TH))
Q(TI, L, "attacks in Baghdad last month", pv="Baghdad", dt=prev_month(TI))
Q(TI, L, "attacks in Diyala in the past 12 months", pv="Diyala", dt=last_n_months(TI, 12))
Q(TE, L, "attacks in Kirkuk in H2 last year", pv="Kirkuk", dt=half(TE.year - 1, 2))
Q(TE, L, "attacks in Basra this past summer", pv="Basra", dt=last_season(TE, "summer"))
Q(TG, L, "attacks in Dohuk last winter", pv="Dohuk", dt=last_season(TG, "winter"))
Q(TD, L, "attacks in Kirkuk in winter 2019-20", pv="Kirkuk", dt=season(2019, "winter"))
Q(TB, L, "attacks in Diyala in spring 2022", pv="Diyala", dt=season(2022, "spring"))
Q(TF, N, "how many attacks in Nineveh between 2019 and 2021?", pv="Nineveh", dt=years(2019, 2021))
Q(TA, L, "attacks in Anbar between 1 and 15 June 2020", pv="Anbar", dt=days(2020, 6, 1, 2020, 6, 15))
Q(TC, L, "attacks in Salahuddin since 1 January 2022", pv="Salahuddin", dt=since(day(2022, 1, 1)))
Q(TE, L, "attacks in Sulaymaniyah before June 2023", pv="Sulaymaniyah", dt=before(month(2023, 6)))
Q(TF, L, "ISIS attacks in Anbar over the last two years", pv="Anbar", dt=last_n_years(TF, 2), pe="ISIS")
Q(TI, L, "IEDs in Salahuddin so far this quarter", pv="Salahuddin", dt=this_quarter(TI), at=IED)
Q(TH, L, "rocket attacks in Baghdad this month", pv="Baghdad", dt=this_month(TH), at=MR)
Q(TD, L, "attacks in Diyala yesterday", pv="Diyala", dt=(TD - ONE, TD - ONE))
Q(TE, L, "kidnappings in Baghdad in the autumn of 2023", pv="Baghdad", dt=season(2023, "autumn"), at=KID)
Q(TG, L, "attacks in Anbar from March 2022 to February 2023", pv="Anbar", dt=months(2022, 3, 2023, 2))
Q(TC, L, "attacks in Erbil in the 2nd half of 2022", pv="Erbil", dt=half(2022, 2))
Q(TB, L, "ied attacks in diyala jan 2021 - mar 2021", pv="Diyala", dt=months(2021, 1, 2021, 3), at=IED)
Q(TF, L, "attacks in Kirkuk, 1st quarter 2022", pv="Kirkuk", dt=quarter(2022, 1))

# --- 8. actors as perpetrator / target in many wordings
Q(TB, L, "attacks targeting the federal police in Kirkuk in 2021", pv="Kirkuk", dt=year(2021), ta=POL)
Q(TA, L, "IS-claimed attacks in Diyala in 2020", pv="Diyala", dt=year(2020), pe="ISIS")
Q(TC, L, "ISIS militants ambushed soldiers near Tarmiyah in 2022 - list those incidents", pl="Tarmiyah", nr=True, dt=year(2022), at=AMB, pe="ISIS", ta=IRQ)
Q(TF, N, "how many soldiers were killed by ISIS snipers in Salahuddin in 2021?", pv="Salahuddin", dt=year(2021), at=SHO, pe="ISIS", ta=IRQ)
Q(TB, L, "police officers shot by unknown gunmen in Basra in 2021", pv="Basra", dt=year(2021), at=SHO, pe="unknown", ta=POL)
Q(TC, L, "attacks against the Peshmerga by Daesh in Kirkuk governorate in 2022", pv="Kirkuk", dt=year(2022), pe="ISIS", ta=PESH)
Q(TC, L, "attacks on Hashd al-Shaabi units in Anbar in 2022", pv="Anbar", dt=year(2022), ta="PMU")
Q(TA, L, "PMF casualties in Salahuddin in 2020", pv="Salahuddin", dt=year(2020), ta="PMU")
Q(TE, L, "attacks on American troops in Iraq in 2023", dt=year(2023), ta=USF)
Q(TE, N, "how many times were coalition convoys hit by IEDs in 2023?", dt=year(2023), at=IED, ta=USF)
Q(TF, L, "coalition air strikes in Anbar in 2019", pv="Anbar", dt=year(2019), at=AIR, pe=USF)
Q(TB, L, "Turkish military operations against the PKK in Dohuk in 2022", pv="Dohuk", dt=year(2022), pe="Turkey", ta="PKK")
Q(TC, L, "PKK attacks on Turkish troops in Dohuk in 2022", pv="Dohuk", dt=year(2022), pe="PKK", ta="Turkey")
Q(TA, L, "attacks on civilians by the Turkish army in Dohuk in 2020", pv="Dohuk", dt=year(2020), pe="Turkey", ta=CIV)
Q(TB, L, "Yazidis killed by Turkish drones in Sinjar in 2021", pl="Sinjar", dt=year(2021), at=AIR, pe="Turkey", ta=CIV)
Q(TD, L, "attacks by masked gunmen on activists in Baghdad in 2019", pv="Baghdad", dt=year(2019), pe="unknown", ta=CIV)
Q(TD, N, "how many protesters were killed by security forces in Baghdad in October 2019?", pv="Baghdad", dt=month(2019, 10), pe=SEC, ta=CIV)
Q(TA, L, "attacks on the Iraqi army in Anbar in 2020", pv="Anbar", dt=year(2020), ta=IRQ)
Q(TG, L, "ISF casualties in Diyala in 2023", pv="Diyala", dt=year(2023), ta=SEC)
Q(TC, L, "attacks on Asayish in Sulaymaniyah in 2022", pv="Sulaymaniyah", dt=year(2022), ta=SEC)
Q(TB, L, "attacks on border guards in Anbar in 2021", pv="Anbar", dt=year(2021), ta=SEC)
Q(TE, L, "attacks on Zeravani in Erbil in 2023", pv="Erbil", dt=year(2023), ta=PESH)
Q(TB, L, "attacks targeting tribal Hashd fighters in Salahuddin in 2021", pv="Salahuddin", dt=year(2021), ta="PMU")
Q(TA, L, "Iran-backed militia rocket attacks on US bases in 2020", dt=year(2020), at=MR, pe="PMU", ta=USF)
Q(TE, L, "attacks claimed by the Islamic Resistance in Iraq since October 2023", dt=since(month(2023, 10)), pe="PMU")
Q(TE, N, "how many attacks on US forces since October 2023?", dt=since(month(2023, 10)), ta=USF)
Q(TD, L, "attacks against Christians in Nineveh in 2019", pv="Nineveh", dt=year(2019), ta=CIV)
Q(TA, L, "attacks on truck drivers in Anbar in 2020", pv="Anbar", dt=year(2020), ta=CIV)
Q(TB, L, "attacks on fishermen in Basra in 2021", pv="Basra", dt=year(2021), ta=CIV)
Q(TC, L, "attacks on election candidates in Baghdad in 2021", pv="Baghdad", dt=year(2021), ta=CIV)
Q(TF, L, "kidnappings of children in Kirkuk in 2022", pv="Kirkuk", dt=year(2022), at=KID, ta=CIV)
Q(TA, N, "how many villagers were killed in Diyala in 2020", pv="Diyala", dt=year(2020), ta=CIV)
Q(TD, L, "attacks on displaced families in Anbar in 2019", pv="Anbar", dt=year(2019), ta=CIV)
Q(TG, L, "attacks on tribal sheikhs in Anbar in 2023", pv="Anbar", dt=year(2023), ta=CIV)
Q(TB, B, "summary of unclaimed rocket attacks in Baghdad in 2021", pv="Baghdad", dt=year(2021), at=MR, pe="unknown")
Q(TC, L, "ISIS attacks on Shia worshippers in Baghdad in 2022", pv="Baghdad", dt=year(2022), pe="ISIS", ta=CIV)
Q(TA, L, "Peshmerga were killed by ISIS near Khanaqin in 2020 - which incidents?", pl="Khanaqin", nr=True, dt=year(2020), pe="ISIS", ta=PESH)
Q(TB, L, "attacks carried out by the PKK in Erbil province in 2021", pv="Erbil", dt=year(2021), pe="PKK")
Q(TF, L, "Turkish-army casualties in Dohuk in 2022", pv="Dohuk", dt=year(2022), ta="Turkey")
Q(TG, L, "attacks perpetrated by Turkey in Sulaymaniyah in 2023", pv="Sulaymaniyah", dt=year(2023), pe="Turkey")
Q(TA, L, "US air strikes on Kataib Hezbollah positions in Anbar in 2019", pv="Anbar", dt=year(2019), at=AIR, pe=USF, ta="PMU")
Q(TC, L, "Iraqi air force strikes on ISIS in the Hamrin mountains in 2022", pl="Hamrin mountains", dt=year(2022), at=AIR, pe=IRQ, ta="ISIS")
Q(TE, L, "army operations against Daesh in Anbar in 2023", pv="Anbar", dt=year(2023), pe=IRQ, ta="ISIS")
Q(TF, L, "attacks on shop owners in Basra in 2022", pv="Basra", dt=year(2022), ta=CIV)
Q(TG, L, "anything targeting pilgrims in Karbala in 2023?", pv="Karbala", dt=year(2023), ta=CIV)
Q(TC, N, "How many cops were killed in Kirkuk in 2022?", pv="Kirkuk", dt=year(2022), ta=POL)
Q(TE, L, "attacks against the PMF by ISIS in Diyala in 2023", pv="Diyala", dt=year(2023), pe="ISIS", ta="PMU")
Q(TB, L, "traffic police attacked in Baghdad in 2022", pv="Baghdad", dt=year(2022), ta=POL)

# --- 9. attack-type wordings
Q(TD, L, "VBIEDs in Baghdad in 2019", pv="Baghdad", dt=year(2019), at=IED)
Q(TA, L, "magnetic bombs in Baghdad in 2020", pv="Baghdad", dt=year(2020), at=IED)
Q(TB, L, "explosive device attacks in Kirkuk in 2021", pv="Kirkuk", dt=year(2021), at=IED)
Q(TC, L, "blasts in Baghdad in 2022", pv="Baghdad", dt=year(2022), at=IED)
Q(TG, L, "suicide car bombs in 2023", dt=year(2023), at=SUI)
Q(TE, L, "SVBIED attacks in Iraq since 2022", dt=since(year(2022)), at=SUI)
Q(TB, L, "mortar fire on Tuz Khurmatu in 2021", pl="Tuz Khurmatu", dt=year(2021), at=MR)
Q(TF, L, "indirect fire attacks on Ain al-Asad in 2021", pl="Ain al-Asad", dt=year(2021), at=MR)
Q(TA, L, "artillery shelling in Dohuk in 2020", pv="Dohuk", dt=year(2020), at=MR)
Q(TF, L, "Grad rockets near Zakho in 2022", pl="Zakho", nr=True, dt=year(2022), at=MR)
Q(TE, L, "kamikaze drone attacks on Erbil airport in 2023", pl="Erbil airport", dt=year(2023), at=OTH)
Q(TF, L, "UAV strikes in Sinjar in 2022", pl="Sinjar", dt=year(2022), at=AIR)
Q(TB, L, "RPG attacks in Basra in 2021", pv="Basra", dt=year(2021), at=OTH)
Q(TG, L, "arson attacks in Kirkuk in 2023", pv="Kirkuk", dt=year(2023), at=OTH)
Q(TD, L, "crop burning in Diyala in 2019", pv="Diyala", dt=year(2019), at=OTH)
Q(TE, L, "drive-by shootings in Basra in 2023", pv="Basra", dt=year(2023), at=SHO)
Q(TB, L, "gun attacks in Kirkuk in 2021", pv="Kirkuk", dt=year(2021), at=SHO)
Q(TC, L, "hostage-takings in Anbar in 2022", pv="Anbar", dt=year(2022), at=KID)
Q(TD, L, "tear gas canister deaths in Baghdad in October 2019", pv="Baghdad", dt=month(2019, 10), at=OTH)
Q(TF, L, "hand grenade attacks in Maysan in 2022", pv="Maysan", dt=year(2022), at=OTH)
Q(TB, L, "suicide vest attacks in Anbar in 2021", pv="Anbar", dt=year(2021), at=SUI)
Q(TA, L, "booby-trapped houses in Salahuddin in 2020", pv="Salahuddin", dt=year(2020), at=IED)
Q(TE, L, "motorbike bombs in Diyala in 2023", pv="Diyala", dt=year(2023), at=IED)
Q(TG, N, "how many people were snatched in Diyala in 2022?", pv="Diyala", dt=year(2022), at=KID)
Q(TC, L, "explosive-laden drones over Erbil in 2022", pv="Erbil", dt=year(2022), at=OTH)
Q(TA, L, "warplane raids on ISIS hideouts in Salahuddin in 2020", pv="Salahuddin", dt=year(2020), at=AIR, ta="ISIS")

# --- 10. dated_only in new phrasings
Q(TB, L, "IEDs in Diyala in 2021, skip undated reports", pv="Diyala", dt=year(2021), at=IED, do=True)
Q(TC, N, "how many ISIS attacks in Kirkuk in 2022 - only ones that have an event date", pv="Kirkuk", dt=year(2022), pe="ISIS", do=True)
Q(TA, L, "kidnappings in Baghdad in 2020, exclude anything without a date", pv="Baghdad", dt=year(2020), at=KID, do=True)
Q(TE, L, "dated events only: rocket attacks on US forces since October 2023", dt=since(month(2023, 10)), at=MR, ta=USF, do=True)
Q(TF, B, "brief me on attacks in Anbar in 2022, ignore anything undated", pv="Anbar", dt=year(2022), do=True)
Q(TG, L, "Turkish air strikes in Dohuk in 2023 with no undated stuff", pv="Dohuk", dt=year(2023), at=AIR, pe="Turkey", do=True)
Q(TD, N, "number of dated roadside bombings in Diyala in 2019", pv="Diyala", dt=year(2019), at=IED, do=True)
Q(TB, L, "just the dated incidents please: shootings in Basra in H1 2022", pv="Basra", dt=half(2022, 1), at=SHO, do=True)
Q(TC, L, "ambushes near Hawija in 2022 where the date of the attack is known", pl="Hawija", nr=True, dt=year(2022), at=AMB, do=True)
Q(TE, N, "count the attacks in Nineveh in 2023 but drop the ones that only have a report date", pv="Nineveh", dt=year(2023), do=True)

# --- 11. briefing in new phrasings
Q(TB, B, "catch me up on ISIS in Kirkuk since January 2022", pv="Kirkuk", dt=since(month(2022, 1)), pe="ISIS")
Q(TC, B, "bring me up to speed on Turkish air strikes in Dohuk last year", pv="Dohuk", dt=last_year(TC), at=AIR, pe="Turkey")
Q(TE, B, "one-pager on attacks against the Peshmerga in Kirkuk in 2023", pv="Kirkuk", dt=year(2023), ta=PESH)
Q(TG, B, "executive summary of kidnappings in Anbar in H1 2023", pv="Anbar", dt=half(2023, 1), at=KID)
Q(TF, B, "give me the picture in Diyala for Q3 2022", pv="Diyala", dt=quarter(2022, 3))
Q(TA, B, "a situation report on the Green Zone rockets in 2020, please", pl="Green Zone", dt=year(2020), at=MR)
Q(TD, B, "Give me a short assessment of attacks on truffle hunters in the Anbar desert in spring 2020", pv="Anbar", dt=season(2020, "spring"), ta=CIV)
Q(TE, B, "synopsis of IED attacks in Salahuddin since 2023", pv="Salahuddin", dt=since(year(2023)), at=IED)
Q(TC, B, "what's the overall picture of violence in Sinjar in 2022? a paragraph is fine", pl="Sinjar", dt=year(2022))
Q(TF, B, "digest of attacks on the PMU in Anbar this year", pv="Anbar", dt=this_year(TF), ta="PMU")
Q(TG, B, "key developments: Turkish operations in Duhok governorate in Q2 2023", pv="Dohuk", dt=quarter(2023, 2), pe="Turkey")
Q(TA, B, "Prepare a short threat assessment for Tuz Khurmatu covering Q1 2021.", pl="Tuz Khurmatu", dt=quarter(2021, 1))
Q(TD, B, "Draft a background note on ISIS attacks in Diyala in the summer of 2020", pv="Diyala", dt=season(2020, "summer"), pe="ISIS")
Q(TI, B, "I need a write-up on attacks against the police in Kirkuk in 2023 for tomorrow's meeting", pv="Kirkuk", dt=year(2023), ta=POL)

# --- 12. fact questions about one event
Q(TF, FA, "Quick one before my call: who was behind the car bomb in a Sadr City market on 19 July 2021?", pl="Sadr City", dt=day(2021, 7, 19), at=IED)
Q(TB, FA, "Who claimed responsibility for the twin suicide bombing in Bab al-Sharqi on 21/01/2021?", pl="Bab al-Sharqi", dt=day(2021, 1, 21), at=SUI)
Q(TF, FA, "what date was the explosive-laden drone attack on Erbil airport in April 2021?", pl="Erbil airport", dt=month(2021, 4), at=OTH)
Q(TA, FA, "Where exactly did the ambush on the Peshmerga happen in December 2020?", dt=month(2020, 12), at=AMB, ta=PESH)
Q(TB, FA, "what type of attack killed the two police officers in Tarmiyah on 5 March 2022?", pl="Tarmiyah", dt=day(2022, 3, 5), ta=POL)
Q(TD, FA, "which outfit kidnapped the activist in Nasiriyah on 10 Dec 2019?", pl="Nasiriyah", dt=day(2019, 12, 10), at=KID, ta=CIV)
Q(TD, FA, "who fired the rockets at K1 on 27 December 2019?", pl="K1", dt=day(2019, 12, 27), at=MR)
Q(TA, FA, "On what day was the ambush on the PMF near Tuz in May 2020?", pl="Tuz Khurmatu", nr=True, dt=month(2020, 5), at=AMB, ta="PMU")
Q(TF, FA, "who was responsible for the IED that hit a coalition logistics convoy in Diwaniyah on 2021-05-26?", pl="Diwaniyah", dt=day(2021, 5, 26), at=IED, ta=USF)
Q(TB, FA, "What weapon was used against the Asayish post in Kifri on 14 March 2022?", pl="Kifri", dt=day(2022, 3, 14), ta=SEC)
Q(TF, FA, "Where did the Turkish drone strike that killed two PKK-affiliated YBS fighters on 17 Aug 2021 land?", dt=day(2021, 8, 17), at=AIR, pe="Turkey", ta="PKK")
Q(TA, FA, "who abducted the two shepherds near Rutba on 3 June 2020?", pl="Rutba", nr=True, dt=day(2020, 6, 3), at=KID, ta=CIV)
Q(TC, FA, "which group carried out the suicide bombing in Tal Afar in 2022?", pl="Tal Afar", dt=year(2022), at=SUI)
Q(TG, FA, "when was the ISIS ambush on the Peshmerga in Garmiyan in 2023?", pl="Garmiyan", dt=year(2023), at=AMB, pe="ISIS", ta=PESH)
Q(TE, FA, "who fired rockets at Bashiqa on 3 Jan 2024?", pl="Bashiqa", dt=day(2024, 1, 3), at=MR)
Q(TC, FA, "in which district did the roadside bomb kill three soldiers on 2022-09-04?", dt=day(2022, 9, 4), at=IED, ta=IRQ)
Q(TE, FA, "What kind of weapon killed the journalist in Kirkuk on 14.02.2024?", pv="Kirkuk", dt=day(2024, 2, 14), ta=CIV)
Q(TG, FA, "who was the target of the sticky bomb in Basra on 3rd August 2023?", pv="Basra", dt=day(2023, 8, 3), at=IED)
Q(TA, FA, "which village was hit in the ISIS attack on Peshmerga near Makhmour on 16 March 2021?", pl="Makhmour", nr=True, dt=day(2021, 3, 16), pe="ISIS", ta=PESH)
Q(TB, FA, "who was responsible for the Katyusha attack on BIAP on 9 June 2022?", pl="Baghdad International Airport", dt=day(2022, 6, 9), at=MR)
Q(TF, FA, "Was the 3 October 2022 attack in Khanaqin claimed, and by whom?", pl="Khanaqin", dt=day(2022, 10, 3))
Q(TD, FA, "who killed the mukhtar of Albu Dour on 18 July 2020?", pl="Albu Dour", dt=day(2020, 7, 18), ta=CIV)
Q(TI, FA, "who planted the IED that killed two PMF fighters in Tarmiyah on 21 February 2024?", pl="Tarmiyah", dt=day(2024, 2, 21), at=IED, ta="PMU")
Q(TG, FA, "which armed group was blamed for the grenade attack on the party office in Sulaymaniyah city on 9/15/2022?", pl="Sulaymaniyah", dt=day(2022, 9, 15), at=OTH)
Q(TC, FA, "where was the Iraqi air force strike on ISIS on 29 December?", dt=yearless_day(TC, 12, 29), at=AIR, pe=IRQ, ta="ISIS")
Q(TE, FA, "what sort of attack hit the Zeravani checkpoint near Makhmour in March 2024?", pl="Makhmour", nr=True, dt=month(2024, 3), ta=PESH)
Q(TB, FA, "who was behind the kidnapping of the engineer in Baiji on 30 May 2022?", pl="Baiji", dt=day(2022, 5, 30), at=KID, ta=CIV)

# --- 13. single-event counts and other count wordings
Q(TB, N, "how many were wounded in the Bab al-Sharqi twin suicide bombing in January 2021?", pl="Bab al-Sharqi", dt=month(2021, 1), at=SUI)
Q(TF, N, "death toll of the Sadr City market bombing on 19/07/2021", pl="Sadr City", dt=day(2021, 7, 19), at=IED)
Q(TG, N, "how many soldiers died in the ISIS ambush near Tarmiyah on 5 June 2023?", pl="Tarmiyah", nr=True, dt=day(2023, 6, 5), at=AMB, pe="ISIS", ta=IRQ)
Q(TC, N, "tally of kidnappings in Diyala in 2022", pv="Diyala", dt=year(2022), at=KID)
Q(TB, N, "how often did rockets hit the Green Zone in 2021?", pl="Green Zone", dt=year(2021), at=MR)
Q(TE, N, "total casualties from IEDs in Anbar in 2023", pv="Anbar", dt=year(2023), at=IED)
Q(TA, N, "number of Turkish air strikes near Amedi in 2020", pl="Amedi", nr=True, dt=year(2020), at=AIR, pe="Turkey")
Q(TG, N, "casualty count for ISIS attacks on the Hashd in Salahuddin in 2022", pv="Salahuddin", dt=year(2022), pe="ISIS", ta="PMU")
Q(TD, N, "give me a figure: police killed in Kirkuk in 2019", pv="Kirkuk", dt=year(2019), ta=POL)
Q(TF, N, "what was the civilian death toll from Turkish strikes on Sinjar in 2021? I mean air strikes", pl="Sinjar", dt=year(2021), at=AIR, pe="Turkey", ta=CIV)
Q(TE, N, "How many Peshmerga have been wounded in Kirkuk province since 2022?", pv="Kirkuk", dt=since(year(2022)), ta=PESH)
Q(TA, N, "count of abductions in Salahuddin between January and March 2021", pv="Salahuddin", dt=months(2021, 1, 2021, 3), at=KID)
Q(TC, N, "how many people did the Zakho resort shelling kill in July 2022?", pl="Zakho", dt=month(2022, 7), at=MR)
Q(TB, N, "Roughly how many suicide attacks were there in Baghdad over the past three years?", pv="Baghdad", dt=last_n_years(TB, 3), at=SUI)


# ================================================================ two-turn conversations
C(TA, "IEDs in Salahuddin in 2020", L, dict(pv="Salahuddin", dt=year(2020), at=IED),
  "same question for Kirkuk", L, pv="Kirkuk")
C(TB, "how many ISIS attacks in Diyala in Q1 2022?", N, dict(pv="Diyala", dt=quarter(2022, 1), pe="ISIS"),
  "what about Q2?", N, dt=quarter(2022, 2))
C(TC, "list rocket attacks on Ain al-Asad in 2021", L, dict(pl="Ain al-Asad", dt=year(2021), at=MR),
  "now 2022", L, dt=year(2022))
C(TF, "Turkish air strikes in Dohuk in 2021", L, dict(pv="Dohuk", dt=year(2021), at=AIR, pe="Turkey"),
  "only the ones that hit the PKK", L, ta="PKK")
C(TD, "kidnappings in Basra in 2019", L, dict(pv="Basra", dt=year(2019), at=KID),
  "and Maysan?", L, pv="Maysan")
C(TG, "attacks on the Peshmerga near Makhmour in 2022", L, dict(pl="Makhmour", nr=True, dt=year(2022), ta=PESH),
  "drop the place, I want them everywhere", L, pl=None, nr=False)
C(TE, "roadside bombs in Anbar in 2023, dated only", L, dict(pv="Anbar", dt=year(2023), at=IED, do=True),
  "include the undated ones too", L, do=False)
C(TA, "shootings of protesters in Baghdad in October 2019", L, dict(pv="Baghdad", dt=month(2019, 10), at=SHO, ta=CIV),
  "switch to a count", N)
C(TB, "ISIS attacks near Hawija in 2021", L, dict(pl="Hawija", nr=True, dt=year(2021), pe="ISIS"),
  "make that a briefing", B)
C(TC, "how many were killed in Mosul in 2022?", N, dict(pl="Mosul", dt=year(2022)),
  "ok, list the incidents", L)
C(TF, "mortar attacks on Camp Taji in 2020", L, dict(pl="Camp Taji", dt=year(2020), at=MR),
  "switch to IEDs", L, at=IED)
C(TD, "ISIS attacks in Kirkuk in 2019", L, dict(pv="Kirkuk", dt=year(2019), pe="ISIS"),
  "remove the ISIS filter", L, pe=None)
C(TG, "attacks on police in Anbar in H1 2023", L, dict(pv="Anbar", dt=half(2023, 1), ta=POL),
  "only those by unknown gunmen", L, pe="unknown")
C(TE, "attacks in Baquba in 2023", L, dict(pl="Baquba", dt=year(2023)),
  "widen it to all of Diyala", L, pl=None, pv="Diyala")
C(TB, "attacks in Nineveh province in 2021", L, dict(pv="Nineveh", dt=year(2021)),
  "just Tal Afar", L, pv=None, pl="Tal Afar")
C(TA, "attacks inside Tikrit in 2020", L, dict(pl="Tikrit", dt=year(2020)),
  "and around it?", L, nr=True)
C(TC, "PKK attacks on Turkish forces in Dohuk in 2022", L, dict(pv="Dohuk", dt=year(2022), pe="PKK", ta="Turkey"),
  "flip it round", L, pe="Turkey", ta="PKK")
C(TF, "IEDs in Kirkuk in Q3 2022", L, dict(pv="Kirkuk", dt=quarter(2022, 3), at=IED),
  "stretch it to cover the whole year", L, dt=year(2022))
C(TG, "kidnappings in Salahuddin last year", L, dict(pv="Salahuddin", dt=last_year(TG), at=KID),
  "and the year before?", L, dt=year(TG.year - 2))
C(TD, "attacks on journalists in Basra in 2019", L, dict(pv="Basra", dt=year(2019), ta=CIV),
  "what about in Dhi Qar", L, pv="Dhi Qar")
C(TE, "Katyusha attacks on the Green Zone in 2023", L, dict(pl="Green Zone", dt=year(2023), at=MR),
  "forget the rockets, all attack types", L, at=None)
C(TB, "attacks near Sinjar in the last 3 months", L, dict(pl="Sinjar", nr=True, dt=last_n_months(TB, 3)),
  "go back six months instead", L, dt=last_n_months(TB, 6))
C(TA, "ISIS ambushes on army patrols in Anbar in 2020", L, dict(pv="Anbar", dt=year(2020), at=AMB, pe="ISIS", ta=IRQ),
  "what about on the PMF", L, ta="PMU")
C(TC, "list Turkish drone strikes around Qandil in 2022", L, dict(pl="Qandil", nr=True, dt=year(2022), at=AIR, pe="Turkey"),
  "how many was that", N)
C(TF, "grenade attacks in Basra city in 2022", L, dict(pl="Basra", dt=year(2022), at=OTH),
  "now for the whole province", L, pl=None, pv="Basra")
C(TG, "attacks in Kirkuk governorate in July 2023", L, dict(pv="Kirkuk", dt=month(2023, 7)),
  "and August?", L, dt=month(2023, 8))
C(TD, "suicide bombings in Baghdad in 2019", L, dict(pv="Baghdad", dt=year(2019), at=SUI),
  "just keep the ones with a date", L, do=True)
C(TE, "how many civilians were killed by Turkish air strikes in Dohuk in 2023", N, dict(pv="Dohuk", dt=year(2023), at=AIR, pe="Turkey", ta=CIV),
  "and Peshmerga?", N, ta=PESH)
C(TA, "brief me on rocket attacks against US forces in 2020", B, dict(dt=year(2020), at=MR, ta=USF),
  "now list them", L)
C(TB, "IED attacks in Diyala between January and March 2022", L, dict(pv="Diyala", dt=months(2022, 1, 2022, 3), at=IED),
  "same period last year", L, dt=months(2021, 1, 2021, 3))
C(TC, "shootings in Maysan in 2022", L, dict(pv="Maysan", dt=year(2022), at=SHO),
  "switch to kidnappings", L, at=KID)
C(TF, "ISIS attacks in Anbar in summer 2022", L, dict(pv="Anbar", dt=season(2022, "summer"), pe="ISIS"),
  "and in the autumn?", L, dt=season(2022, "autumn"))
C(TG, "briefing on attacks against the Hashd in Salahuddin in 2023", B, dict(pv="Salahuddin", dt=year(2023), ta="PMU"),
  "just the ambushes", B, at=AMB)
C(TE, "attacks near Zakho in 2023", L, dict(pl="Zakho", nr=True, dt=year(2023)),
  "not the surroundings, only inside Zakho itself", L, nr=False)
C(TA, "how many Peshmerga were killed in Kirkuk in 2020", N, dict(pv="Kirkuk", dt=year(2020), ta=PESH),
  "what about police?", N, ta=POL)
C(TB, "kidnappings in Baghdad in H1 2022", L, dict(pv="Baghdad", dt=half(2022, 1), at=KID),
  "drop the date range", L, dt=None)
C(TC, "shootings in Nasiriyah in 2022", L, dict(pl="Nasiriyah", dt=year(2022), at=SHO),
  "and in Amarah?", L, pl="Amarah")
C(TD, "ISIS attacks in Salahuddin in Q2 2020", L, dict(pv="Salahuddin", dt=quarter(2020, 2), pe="ISIS"),
  "only against civilians", L, ta=CIV)
C(TG, "list attacks in Sulaymaniyah in 2023", L, dict(pv="Sulaymaniyah", dt=year(2023)),
  "just the Turkish ones", L, pe="Turkey")
C(TE, "mortar attacks in Dohuk since 2023", L, dict(pv="Dohuk", dt=since(year(2023)), at=MR),
  "cap it at the end of 2023", L, dt=year(2023))
C(TI, "IEDs in Anbar last month", L, dict(pv="Anbar", dt=prev_month(TI), at=IED),
  "and the month before?", L, dt=prev_month(TI, 2))
C(TH, "attacks on US forces this year", L, dict(dt=this_year(TH), ta=USF),
  "and last year?", L, dt=last_year(TH))
C(TF, "list IEDs in Kirkuk in 2022", L, dict(pv="Kirkuk", dt=year(2022), at=IED),
  "remove the IED filter and give me a summary instead", B, at=None)
C(TC, "attacks on civilians near Tuz in 2022", L, dict(pl="Tuz Khurmatu", nr=True, dt=year(2022), ta=CIV),
  "now by ISIS only", L, pe="ISIS")
C(TB, "rocket attacks on Erbil airport in 2021", L, dict(pl="Erbil airport", dt=year(2021), at=MR),
  "same question for K1", L, pl="K1")
C(TE, "Turkish drone strikes in Sinjar in 2023", L, dict(pl="Sinjar", dt=year(2023), at=AIR, pe="Turkey"),
  "anything in Makhmour?", L, pl="Makhmour")


# ================================================================ ordering and output
INTENT_ORDER = ["listing", "count", "briefing", "fact"]


def balanced_order(items):
    """Assign dev/final alternately within each intent, then interleave dev and final
    (dev first), each side in authoring order."""
    by_intent = defaultdict(list)
    for k, it in enumerate(items):
        by_intent[it["intent"]].append((k, it))
    dev, fin = [], []
    flip = False
    for intent in INTENT_ORDER:
        lst = by_intent[intent]
        for j, pair in enumerate(lst):
            ((dev if (j % 2 == 0) != flip else fin)).append(pair)
        if len(lst) % 2:
            flip = not flip
    dev.sort(key=lambda p: p[0])
    fin.sort(key=lambda p: p[0])
    assert 0 <= len(dev) - len(fin) <= 1, (len(dev), len(fin))
    out = []
    for i in range(len(dev)):
        out.append(dev[i][1])
        if i < len(fin):
            out.append(fin[i][1])
    return out


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    qs = []
    for i, q in enumerate(balanced_order(QS)):
        qs.append({"id": "q%d" % (4001 + i), "question": q["question"], "intent": q["intent"],
                   "filters": q["filters"], "today": q["today"],
                   "split": "final" if i % 2 else "dev"})
    cs = []
    for i, c in enumerate(CS):
        cs.append({"id": "c%d" % (401 + i), "turns": c["turns"], "today": c["today"],
                   "split": "final" if i % 2 else "dev"})
    write("questions.jsonl", qs)
    write("conversations.jsonl", cs)
    print("wrote %d questions, %d conversations" % (len(qs), len(cs)))


if __name__ == "__main__":
    main()
