#!/usr/bin/env python3
"""Authoring source for the questions5 held-out question-parser set.

`python3 build.py` regenerates questions.jsonl and conversations.jsonl.
`python3 build.py --stats` also prints the counts used in README.md.
Every gold date is computed by the calendar helpers below, never typed by hand.
Conversation turns 2 and 3 are written as changes to the previous turn's state
(a dict of changed fields, a function of the state, or FRESH(...) for a new
question that inherits nothing), so everything else carries over mechanically.
"""
import calendar
import datetime
import json
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
date = datetime.date
ONE = datetime.timedelta(days=1)

# ---------------------------------------------------------------- "today" values
TA = date(2020, 6, 9)
TB = date(2021, 2, 17)
TC = date(2021, 8, 30)
TD = date(2022, 4, 12)
TE = date(2022, 12, 28)
TF = date(2023, 5, 8)
TG = date(2024, 1, 23)
TH = date(2024, 8, 14)
TI = date(2021, 3, 3)    # "last month" = February of a non-leap year (28 days)


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


def since(rng):
    return rng[0], None


def before(rng):
    return None, rng[0] - ONE


def upto(rng):
    return None, rng[1]


def this_year(t):
    return year(t.year)


def last_year(t):
    return year(t.year - 1)


def this_month(t):
    return month(t.year, t.month)


def prev_month(t, k=1):
    return month(*shift(t.year, t.month, -k))


def last_n_months(t, n):
    """questions3 convention: the n whole months before the current one."""
    a = shift(t.year, t.month, -n)
    b = shift(t.year, t.month, -1)
    return months(a[0], a[1], b[0], b[1])


def twelve_months_to(y, m):
    """⚠ 'the 12 months to June 2022' = July 2021 .. June 2022 (ends with the named month)."""
    a = shift(y, m, -11)
    return months(a[0], a[1], y, m)


def n_months_to(y, m, n):
    """⚠ 'the three months to end-March 2023' = January .. March 2023."""
    a = shift(y, m, -(n - 1))
    return months(a[0], a[1], y, m)


def last_n_years(t, n):
    return years(t.year - n, t.year - 1)


def qnum(t):
    return (t.month - 1) // 3 + 1


def this_quarter(t):
    return quarter(t.year, qnum(t))


def prev_quarter(t):
    q = qnum(t)
    return quarter(t.year, q - 1) if q > 1 else quarter(t.year - 1, 4)


def last_n_quarters(t, n):
    """⚠ 'the past two quarters' = the n whole quarters before the current one
    (same reading as questions3's 'last N months')."""
    a = this_quarter(t)[0]
    y, m = shift(a.year, a.month, -3 * n)
    return date(y, m, 1), a - ONE


def last_season(t, s):
    """Most recent such season that has ended before today."""
    for y in range(t.year, t.year - 3, -1):
        a, b = season(y, s)
        if b < t:
            return a, b
    raise ValueError


def yearless_month(t, m):
    """questions4 ⚠ convention: the most recent such month not after the current month.
    The set never names the current month without a year."""
    assert m != t.month
    return month(t.year if m < t.month else t.year - 1, m)


def last_named_month(t, m):
    """'last December': the most recent December before the current month."""
    return month(t.year if m < t.month else t.year - 1, m)


def yesterday(t):
    return t - ONE, t - ONE


# ---- helpers that act on a conversation state (turns 2 and 3)
def _span_months(dt, k):
    a, b = dt
    assert a.day == 1 and b.day == mlast(b.year, b.month), "not month-aligned"
    y1, m1 = shift(a.year, a.month, k)
    y2, m2 = shift(b.year, b.month, k)
    return months(y1, m1, y2, m2)


def move_months(k):
    """Same span moved k months ('the month after', 'roll it forward a quarter')."""
    return lambda s: {"dt": _span_months(s["dt"], k)}


def move_years(k):
    """Same span moved k years ('the year prior', 'the same months in 2020')."""
    return lambda s: {"dt": _span_months(s["dt"], 12 * k)}


def start_earlier(k):
    """⚠ 'go back one more month': date_from moves k months earlier, date_to stays."""
    def f(s):
        a, b = s["dt"]
        y, m = shift(a.year, a.month, -k)
        return {"dt": (date(y, m, 1), b)}
    return f


def start_at(rng):
    """'stretch it back to 2020': date_from = start of rng, date_to stays."""
    return lambda s: {"dt": (rng[0], s["dt"][1])}


def to_year_end():
    """'extend it to the end of the year': date_to = 31 Dec of date_from's year."""
    return lambda s: {"dt": (s["dt"][0], date(s["dt"][0].year, 12, 31))}


def quarter_of_same_year(q):
    """⚠ 'same for Q1': the year carries over from the current period."""
    return lambda s: {"dt": quarter(s["dt"][0].year, q)}


def half_of_same_year(h):
    return lambda s: {"dt": half(s["dt"][0].year, h)}


def last_months_of_same_year(n):
    """'narrow that to the last two months of it' (current period is one year)."""
    def f(s):
        y = s["dt"][0].year
        assert s["dt"] == year(y)
        return {"dt": months(y, 13 - n, y, 12)}
    return f


def from_month_of_same_year(m):
    """'only from October onwards' inside a one-year period: date_to stays."""
    return lambda s: {"dt": (date(s["dt"][0].year, m, 1), s["dt"][1])}


def same_months_in(y):
    """'the same months in 2020'."""
    def f(s):
        a, b = s["dt"]
        assert a.year == b.year
        return {"dt": months(y, a.month, y, b.month)}
    return f


def month_of_same_year(m):
    """'typo, I meant March': the year carries over."""
    return lambda s: {"dt": month(s["dt"][0].year, m)}


def whole_year_of_period():
    return lambda s: {"dt": year(s["dt"][0].year)}


# ⚠ used only when a follow-up explicitly asks for "the whole governorate/province":
# the province that contains the current place.
PROVINCE_OF = {
    "Baquba": "Diyala", "Mosul": "Nineveh", "Basra": "Basra", "Khanaqin": "Diyala",
    "Fallujah": "Anbar", "Tikrit": "Salahuddin", "Sinjar": "Nineveh", "Ramadi": "Anbar",
    "Kut": "Wasit", "Zakho": "Dohuk", "Hawija": "Kirkuk",
}


def widen_to_province():
    def f(s):
        return {"pl": None, "nr": False, "pv": PROVINCE_OF[s["pl"]]}
    return f


def city_of_province():
    """⚠ 'only inside the city' after a province whose capital has the same name."""
    def f(s):
        assert s["pv"] in ("Kirkuk", "Basra", "Erbil", "Baghdad")
        return {"pl": s["pv"], "pv": None, "nr": False}
    return f


class FRESH(dict):
    """A follow-up that is a complete new question: it inherits nothing."""


# ---------------------------------------------------------------- records
KEYS = ["place", "near", "province", "date_from", "date_to", "attack_type",
        "perpetrator", "target", "dated_only"]
STATE_KEYS = ("pl", "nr", "pv", "dt", "at", "pe", "ta", "do")


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


def Q(today, intent, text, inx=False, **kw):
    rec = {"question": text, "intent": intent, "filters": filt(**kw), "today": today.isoformat()}
    if inx:
        rec["inexpressible"] = True
    QS.append(rec)


CS = []


def C(today, first, *follow):
    """first = (text, intent, state dict); each follow-up = (text, intent, change)."""
    text, intent, kw = first
    state = {k: None for k in STATE_KEYS}
    state.update(nr=False, do=False)
    state.update(kw)
    turns = [{"question": text, "filters": filt(**state), "intent": intent}]
    for text, intent, change in follow:
        if isinstance(change, FRESH):
            state = {k: None for k in STATE_KEYS}
            state.update(nr=False, do=False)
            state.update(change)
        else:
            upd = change(state) if callable(change) else change
            state = dict(state)
            state.update(upd)
        turns.append({"question": text, "filters": filt(**state), "intent": intent})
    CS.append({"turns": turns, "today": today.isoformat()})


L, N, B, FA = "listing", "count", "briefing", "fact"
IED, MR, AIR, KID, AMB, SUI, SHO, OTH = ("ied", "mortar_rocket", "airstrike_operation",
                                         "kidnapping", "ambush", "suicide", "shooting", "other")
CIV, POL, IRQ, SEC, PESH, USF = ("civilians", "police", "Iraqi forces", "security forces",
                                 "Peshmerga", "US forces")
TUR, PKK, PMU, IS, UNK = "Turkey", "PKK", "PMU", "ISIS", "unknown"
BIAP = "Baghdad International Airport"
HAMRIN = "Hamrin mountains"

# ================================================================ single-turn questions
# --- 1. analysts' shorthand
Q(TD, L, "SIGACTs Kirkuk 3Q21", pv="Kirkuk", dt=quarter(2021, 3))
Q(TE, L, "IDF on AAB 2021", pl="Ain al-Asad", dt=year(2021), at=MR)
Q(TC, L, "SAF vs ISF, Diyala, 1H21", pv="Diyala", dt=half(2021, 1), at=SHO, ta=SEC)
Q(TF, N, "KIA count ISF Anbar CY2022", pv="Anbar", dt=year(2022), ta=SEC)
Q(TG, N, "WIA Peshmerga Kirkuk 2H23", pv="Kirkuk", dt=half(2023, 2), ta=PESH)
Q(TB, L, "VOIEDs Salahuddin Q4 2020", pv="Salahuddin", dt=quarter(2020, 4), at=IED)
Q(TH, L, "OWA UAS attacks on CF, 1H24", dt=half(2024, 1), at=OTH, ta=USF)
Q(TD, L, "EFP attacks on CF logistics convoys 2021", dt=year(2021), at=IED, ta=USF)
Q(TE, L, "PBIED Baghdad 2021", pv="Baghdad", dt=year(2021), at=SUI)
Q(TF, B, "BLUF on DAESH ops in Kirkuk, last 3 mos", pv="Kirkuk", dt=last_n_months(TF, 3), pe=IS)
Q(TG, L, "ISIS attks Hamrin mtns Q4'23", pl=HAMRIN, dt=quarter(2023, 4), pe=IS)
Q(TC, N, "# of IED incidents Anbar YTD", pv="Anbar", dt=this_year(TC), at=IED)
Q(TH, N, "tot. killed Diyala MTD", pv="Diyala", dt=this_month(TH))
Q(TD, L, "TAF UAS strikes Dohuk Q1 22", pv="Dohuk", dt=quarter(2022, 1), at=AIR, pe=TUR)
Q(TE, L, "HPG attacks on TAF in the KRI, 2022", dt=year(2022), pe=PKK, ta=TUR)
Q(TB, L, "AAH rocket attacks Green Zone 2020", pl="Green Zone", dt=year(2020), at=MR, pe=PMU)
Q(TF, L, "Iran-aligned militia IDF on US bases 1Q23", dt=quarter(2023, 1), at=MR, pe=PMU, ta=USF)
Q(TA, L, "sleeper-cell attacks Tarmiyah 2019", pl="Tarmiyah", dt=year(2019), pe=IS)
Q(TC, L, "kidnaps Basra 2H20", pv="Basra", dt=half(2020, 2), at=KID)
Q(TG, L, "SAF incidents Maysan Dec '23", pv="Maysan", dt=month(2023, 12), at=SHO)
Q(TD, L, "ISIS ops vs PMF, Salahaddin, 2021 full yr", pv="Salahuddin", dt=year(2021), pe=IS, ta=PMU)
Q(TE, N, "casualty figures, Sinjar, CY21", pl="Sinjar", dt=year(2021))
Q(TH, L, "Kirkuk // IEDs // since Jan", pv="Kirkuk", dt=since(yearless_month(TH, 1)), at=IED)
Q(TB, L, "Mosul IED/VBIED 2019-20", pl="Mosul", dt=years(2019, 2020), at=IED)
Q(TI, L, "Feb IDF Baghdad", pv="Baghdad", dt=yearless_month(TI, 2), at=MR)
Q(TG, B, "INTSUM Nineveh Dec 2023", pv="Nineveh", dt=month(2023, 12))
Q(TD, N, "no. of kidnappings Kirkuk city 2021", pl="Kirkuk", dt=year(2021), at=KID)
Q(TE, L, "Turkish UAV strikes, Makhmour, last qtr", pl="Makhmour", dt=prev_quarter(TE), at=AIR, pe=TUR)
Q(TF, L, "ISIS IEDs vs PMU Diyala 2022", pv="Diyala", dt=year(2022), at=IED, pe=IS, ta=PMU)
Q(TA, L, "IDF Camp Taji Mar20", pl="Camp Taji", dt=month(2020, 3), at=MR)
Q(TB, N, "KIA/WIA Nasiriyah protesters Oct-Dec '19", pl="Nasiriyah", dt=months(2019, 10, 2019, 12), ta=CIV)
Q(TC, L, "SVBIED/PBIED Iraq-wide 2020", dt=year(2020), at=SUI)
Q(TG, L, "ambushes on IA convoys nr Mutaibijah 2023", pl="Mutaibijah", nr=True, dt=year(2023), at=AMB, ta=IRQ)
Q(TD, L, "KRG Pesh attacked by ISIS, Garmiyan, 2021", pl="Garmiyan", dt=year(2021), pe=IS, ta=PESH)
Q(TE, L, "Hashd casualties - Tuz - '22", pl="Tuz Khurmatu", dt=year(2022), ta=PMU)
Q(TH, N, "IDF events AAB + BIAP? no - just BIAP, 1H24, count", pl=BIAP, dt=half(2024, 1), at=MR)
Q(TF, L, "Sulay. TAF drone strikes Q1 2023", pv="Sulaymaniyah", dt=quarter(2023, 1), at=AIR, pe=TUR)
Q(TA, L, "ISIS vs shepherds, Anbar desert, spring '20", pv="Anbar", dt=season(2020, "spring"), pe=IS, ta=CIV)
Q(TD, B, "quick read-out: Diyala, 1Q22", pv="Diyala", dt=quarter(2022, 1))
Q(TE, N, "Pesh KIA Makhmour 2H22 - number only", pl="Makhmour", dt=half(2022, 2), ta=PESH)

# --- 2. requests embedded in longer instructions
Q(TA, L, "I'm writing a cable for Washington. Don't draft it yet - first pull every rocket attack on US forces in Anbar during the fourth quarter of 2019 so I can check the facts.",
  pv="Anbar", dt=quarter(2019, 4), at=MR, ta=USF)
Q(TD, N, "Please do three things for me: ignore the earlier thread, use only verified reporting, and tell me how many IED attacks hit Kirkuk province in 2021.",
  pv="Kirkuk", dt=year(2021), at=IED)
Q(TE, B, "For my 9am: a two-paragraph briefing on kidnappings in Basra over the past two quarters, written for a non-specialist. No bullet points.",
  pv="Basra", dt=last_n_quarters(TE, 2), at=KID)
Q(TC, L, "When you have a moment, could you check whether anything happened in Sinjar on 3 August 2021 - the anniversary - and list what you find?",
  pl="Sinjar", dt=day(2021, 8, 3))
Q(TA, FA, "Set the context aside. The only question that matters is: who fired the Katyushas at Baghdad airport on 5 January 2020?",
  pl=BIAP, dt=day(2020, 1, 5), at=MR)
Q(TE, N, "We're updating the country risk matrix. Start by giving me the count of attacks on oil workers in Basra province during 2022; I'll ask for more later.",
  pv="Basra", dt=year(2022), ta=CIV)
Q(TC, L, "Translate nothing, format nothing - just list the ISIS attacks on Iraqi army positions in the Hamrin mountains in spring 2021.",
  pl=HAMRIN, dt=season(2021, "spring"), pe=IS, ta=IRQ)
Q(TE, N, "My manager asked for a slide. Headline number first: total killed in Turkish air strikes in Dohuk in 2022. Then I'll do the rest myself.",
  pv="Dohuk", dt=year(2022), at=AIR, pe=TUR)
Q(TF, B, "Compose an email to the field team summarising attacks on aid workers in Nineveh in H2 2022 - keep the tone neutral.",
  pv="Nineveh", dt=half(2022, 2), ta=CIV)
Q(TG, L, "Can you help me prepare for tomorrow's donor call? I'd like a list of attacks on teachers in Kirkuk province in 2023.",
  pv="Kirkuk", dt=year(2023), ta=CIV)
Q(TC, FA, "Before anything else, double-check the date for me: when did the suicide bombing at the Tayaran Square market happen in January 2021?",
  pl="Tayaran Square", dt=month(2021, 1), at=SUI)
Q(TB, L, "I'm building a dataset, so please output every sniper attack in Baghdad province between July and September 2020 as rows, one per incident.",
  pv="Baghdad", dt=months(2020, 7, 2020, 9), at=SHO)
Q(TG, N, "Skip the caveats and give me a count: how many PMU fighters died in ISIS attacks in Salahuddin over the last 12 months?",
  pv="Salahuddin", dt=last_n_months(TG, 12), pe=IS, ta=PMU)
Q(TF, FA, "Quick favour - my laptop is dying - can you tell me which group abducted the two engineers near Baiji on 17 March 2023?",
  pl="Baiji", nr=True, dt=day(2023, 3, 17), at=KID, ta=CIV)
Q(TH, L, "As part of the quarterly review, and in addition to the narrative I'll write myself, please enumerate all Turkish drone strikes in Sulaymaniyah province during Q1 2024.",
  pv="Sulaymaniyah", dt=quarter(2024, 1), at=AIR, pe=TUR)
Q(TD, B, "Forget what I said earlier about Mosul. What I actually need is a briefing on attacks in Tal Afar since the start of 2022.",
  pl="Tal Afar", dt=since(year(2022)))
Q(TC, B, "Imagine you are briefing a new analyst: explain what ISIS did around Kirkuk city in 2020.",
  pl="Kirkuk", nr=True, dt=year(2020), pe=IS)
Q(TD, L, "Once you've checked the sources, tell me: were any police killed in Samarra on 22/11/2021?",
  pl="Samarra", dt=day(2021, 11, 22), ta=POL)
Q(TA, N, "I have to fill in a form with one number: IED attacks on the army in Anbar in 2019. What should I put?",
  pv="Anbar", dt=year(2019), at=IED, ta=IRQ)
Q(TG, L, "Paste this into the weekly report under 'Diyala': attacks in Diyala from the 8th to the 14th of January 2024.",
  pv="Diyala", dt=days(2024, 1, 8, 2024, 1, 14))
Q(TH, N, "Following up on my colleague's email - she wants to know how often Ain al-Asad was hit by rockets in 2023. Can you give her the number?",
  pl="Ain al-Asad", dt=year(2023), at=MR)
Q(TA, B, "Not urgent, but when you get a chance please write a short backgrounder on PKK attacks in Dohuk province in 2019.",
  pv="Dohuk", dt=year(2019), pe=PKK)
Q(TF, L, "Help me fact-check a draft: the author says there were no kidnappings in Karbala in 2022. List any you have.",
  pv="Karbala", dt=year(2022), at=KID)
Q(TE, FA, "Ignore the formatting request from before. Answer only this: on which day was the Peshmerga post near Kifri attacked in October 2022?",
  pl="Kifri", nr=True, dt=month(2022, 10), ta=PESH)
Q(TG, L, "Our HR team needs this for a duty-of-care review, so please be thorough: every attack on civilians in Kirkuk city during the past three years.",
  pl="Kirkuk", dt=last_n_years(TG, 3), ta=CIV)
Q(TE, N, "Step 1: count the attacks by unknown gunmen in Maysan in 2021. I'll give you step 2 afterwards.",
  pv="Maysan", dt=year(2021), pe=UNK)
Q(TH, B, "I'm going into a meeting in ten minutes; just brief me on rocket attacks on Erbil airport since October 2023 and skip the history.",
  pl="Erbil airport", dt=since(month(2023, 10)), at=MR)
Q(TE, N, "If it's not too much trouble, could you tally Turkish air strikes near Qandil for the 12 months to June 2022?",
  pl="Qandil", nr=True, dt=twelve_months_to(2022, 6), at=AIR, pe=TUR)
Q(TA, N, "Reply in Arabic if you can, but first: how many attacks were there in Najaf province in 2019?",
  pv="Najaf", dt=year(2019))
Q(TE, FA, "You don't need to explain your reasoning. What type of weapon was used in the attack on the oil workers' bus in Zubair on 9 May 2022?",
  pl="Zubair", dt=day(2022, 5, 9), ta=CIV)
Q(TH, B, "I'll paste the answer into a memo to the ambassador, so keep it factual: summarise attacks against US forces in Iraq in the first half of 2024.",
  dt=half(2024, 1), ta=USF)
Q(TD, L, "Please check the record for me, and if there's nothing, just say so: any grenade attacks on liquor stores in Baghdad in 2021?",
  pv="Baghdad", dt=year(2021), at=OTH)
Q(TF, L, "I'm new on the desk, so bear with me. My first task is to pull together all the ambushes on the Iraqi army in Diyala in Q1 2023 - can you list them?",
  pv="Diyala", dt=quarter(2023, 1), at=AMB, ta=IRQ)
Q(TB, N, "Between us, the ministry's figure looks low. Independently of that, how many civilians were killed in Diyala in 2020?",
  pv="Diyala", dt=year(2020), ta=CIV)
Q(TG, L, "List them and give me a total at the end: IED attacks on the PMF in Salahuddin in 2023.",
  pv="Salahuddin", dt=year(2023), at=IED, ta=PMU)

# --- 3. two constraints of one kind: expressible (intersection, qualifier, restatement)
Q(TD, L, "attacks in Hawija (Kirkuk) in 2021", pl="Hawija", dt=year(2021))
Q(TE, L, "IEDs in Tarmiyah, Baghdad province, in 2022", pl="Tarmiyah", dt=year(2022), at=IED)
Q(TF, L, "attacks in Diyala in 2022, specifically in the summer", pv="Diyala", dt=season(2022, "summer"))
Q(TE, L, "ISIS attacks in Anbar since 2020 but before 2022", pv="Anbar", dt=years(2020, 2021), pe=IS)
Q(TD, L, "attacks in Nineveh in H2 2021, October only", pv="Nineveh", dt=month(2021, 10))
Q(TB, L, "rocket attacks in Baghdad province in 2020 - in the Green Zone itself", pl="Green Zone", dt=year(2020), at=MR)
Q(TG, L, "kidnappings in Kirkuk city - the city, not the governorate - in 2023", pl="Kirkuk", dt=year(2023), at=KID)
Q(TE, L, "IED attacks, roadside ones specifically, in Salahuddin in Q2 2022", pv="Salahuddin", dt=quarter(2022, 2), at=IED)
Q(TC, L, "ISIS (Daesh) attacks on the army in Anbar in 2021", pv="Anbar", dt=year(2021), pe=IS, ta=IRQ)
Q(TE, L, "attacks by unknown gunmen - unclaimed ones - in Basra in 2022", pv="Basra", dt=year(2022), pe=UNK)
Q(TF, L, "attacks in Kirkuk in Q1 2023, January and February only", pv="Kirkuk", dt=months(2023, 1, 2023, 2))
Q(TE, L, "attacks in Diyala across both 2021 and 2022", pv="Diyala", dt=years(2021, 2022))
Q(TE, N, "how many attacks in Kirkuk in Q2 and Q3 2022?", pv="Kirkuk", dt=quarters(2022, 2, 3))
Q(TE, L, "attacks near Tuz, in the villages south of it, in 2022", pl="Tuz Khurmatu", nr=True, dt=year(2022))
Q(TG, L, "attacks in Sinjar district (Nineveh) in 2023", pl="Sinjar", dt=year(2023))
Q(TD, L, "attacks on the outskirts of Ramadi, Anbar, in 2021", pl="Ramadi", nr=True, dt=year(2021))
Q(TF, L, "Daesh, i.e. IS, attacks in Salahuddin in 2022, only the ones against police", pv="Salahuddin", dt=year(2022), pe=IS, ta=POL)
Q(TH, L, "rocket attacks in 2023, in the last quarter of it, on US bases", dt=quarter(2023, 4), at=MR, ta=USF)
Q(TG, L, "attacks in Mosul city, Nineveh governorate, between June and August 2023", pl="Mosul", dt=months(2023, 6, 2023, 8))

# --- 3b. two constraints of one kind: NOT expressible (closest filters, marked)
Q(TE, L, "attacks in Kirkuk and Diyala in 2022", inx=True, dt=year(2022))
Q(TD, N, "how many IEDs in Mosul or Tal Afar in 2021?", inx=True, dt=year(2021), at=IED)
Q(TE, L, "shootings and kidnappings in Basra in 2021", inx=True, pv="Basra", dt=year(2021))
Q(TF, L, "ISIS or unknown-gunmen attacks on police in Diyala in 2022", inx=True, pv="Diyala", dt=year(2022), ta=POL)
Q(TB, L, "attacks on police and soldiers in Anbar in 2020", inx=True, pv="Anbar", dt=year(2020))
Q(TE, L, "attacks in Baghdad in Q1 and Q3 2022", inx=True, pv="Baghdad", dt=quarters(2022, 1, 3))
Q(TD, L, "IEDs in Salahuddin in 2019 and again in 2021", inx=True, pv="Salahuddin", dt=years(2019, 2021), at=IED)
Q(TE, L, "Erbil drone and rocket attacks 2022", inx=True, pv="Erbil", dt=year(2022))
Q(TE, L, "clashes between the PKK and Turkish forces in Dohuk in 2022", inx=True, pv="Dohuk", dt=year(2022))
Q(TG, L, "attacks near Zakho and near Amedi in 2023", inx=True, dt=year(2023))
Q(TD, L, "Turkish attacks on civilians and Peshmerga in Dohuk in 2021", inx=True, pv="Dohuk", dt=year(2021), pe=TUR)
Q(TF, B, "briefing on Kirkuk and Salahuddin in H1 2023", inx=True, dt=half(2023, 1))
Q(TH, N, "count of IEDs and suicide attacks in Baghdad in 2023", inx=True, pv="Baghdad", dt=year(2023))
Q(TC, L, "attacks in March 2021 and in May 2021 in Kirkuk", inx=True, pv="Kirkuk", dt=months(2021, 3, 2021, 5))

# --- 4. negations and other things the 9 filters cannot say
Q(TE, L, "attacks in Nineveh in 2022 excluding Mosul", inx=True, pv="Nineveh", dt=year(2022))
Q(TE, L, "all attacks in Iraq in 2021 excluding Baghdad", inx=True, dt=year(2021))
Q(TE, L, "everything except IEDs in Kirkuk in 2022", inx=True, pv="Kirkuk", dt=year(2022))
Q(TG, L, "non-ISIS attacks in Diyala in 2023", inx=True, pv="Diyala", dt=year(2023))
Q(TE, N, "how many attacks in Anbar in 2021 were not claimed by ISIS?", inx=True, pv="Anbar", dt=year(2021))
Q(TE, L, "attacks on anyone but civilians in Salahuddin in Q3 2022", inx=True, pv="Salahuddin", dt=quarter(2022, 3))
Q(TF, L, "attacks in Basra in 2022 other than shootings", inx=True, pv="Basra", dt=year(2022))
Q(TG, L, "attacks in Kirkuk province outside Kirkuk city in 2023", inx=True, pv="Kirkuk", dt=year(2023))
Q(TE, L, "Turkish attacks in Dohuk in 2022 other than air strikes", inx=True, pv="Dohuk", dt=year(2022), pe=TUR)
Q(TB, L, "incidents in Baghdad in 2020 with more than five dead", inx=True, pv="Baghdad", dt=year(2020))
Q(TE, N, "how many attacks in Kirkuk in 2022 killed nobody?", inx=True, pv="Kirkuk", dt=year(2022))
Q(TE, L, "Iranian drone strikes in Erbil province in 2022", inx=True, pv="Erbil", dt=year(2022), at=AIR)
Q(TE, L, "IRGC shelling of Kurdish opposition camps near Koya in 2022", inx=True, pl="Koya", nr=True, dt=year(2022), at=MR)
Q(TG, B, "did attacks in Kirkuk go up or down in 2023 compared with 2022?", inx=True, pv="Kirkuk", dt=years(2022, 2023))
Q(TD, L, "attacks in Diyala in 2021 that did not target the army", inx=True, pv="Diyala", dt=year(2021))
# expressible negations
Q(TE, L, "Tikrit proper, not the outskirts: attacks in 2022", pl="Tikrit", dt=year(2022))
Q(TG, L, "don't include anything undated: shootings in Kirkuk in 2023", pv="Kirkuk", dt=year(2023), at=SHO, do=True)
Q(TF, L, "any attack type, not just IEDs: attacks in Anbar in H1 2023", pv="Anbar", dt=half(2023, 1))
Q(TE, L, "attacks in Basra in 2021 no matter who carried them out", pv="Basra", dt=year(2021))
Q(TG, L, "attacks across Iraq in 2023, leaving out the undated ones", dt=year(2023), do=True)
Q(TD, L, "attacks in Baghdad in 2021 that nobody claimed", pv="Baghdad", dt=year(2021), pe=UNK)
Q(TH, N, "how many attacks in Nineveh in H1 2024, not counting reports without an event date?", pv="Nineveh", dt=half(2024, 1), do=True)
Q(TD, L, "IEDs in Anbar in 2022 - event-dated records only", pv="Anbar", dt=year(2022), at=IED, do=True)
Q(TC, L, "kidnappings in Baghdad in 2020; undated reports are no use to me", pv="Baghdad", dt=year(2020), at=KID, do=True)
Q(TG, N, "count ISIS attacks in Diyala in 2023 that have a confirmed date", pv="Diyala", dt=year(2023), pe=IS, do=True)

# --- 5. date forms new to questions3 / questions4
Q(TF, L, "attacks in Diyala in the 12 months to March 2023", pv="Diyala", dt=twelve_months_to(2023, 3))
Q(TE, L, "attacks in Salahuddin during the first ten days of May 2022", pv="Salahuddin", dt=days(2022, 5, 1, 2022, 5, 10))
Q(TD, L, "attacks in Anbar from the 10th to the 20th of Sept 2021", pv="Anbar", dt=days(2021, 9, 10, 2021, 9, 20))
Q(TF, L, "attacks in Baghdad, Oct–Dec '22", pv="Baghdad", dt=months(2022, 10, 2022, 12))
Q(TF, L, "attacks in Nineveh in the three months to end-March 2023", pv="Nineveh", dt=n_months_to(2023, 3, 3))
Q(TF, L, "attacks in Basra since the start of last year", pv="Basra", dt=since(last_year(TF)))
Q(TG, L, "attacks in Kirkuk in 2023 up to the end of May", pv="Kirkuk", dt=months(2023, 1, 2023, 5))
Q(TH, L, "attacks in Erbil in the last full quarter", pv="Erbil", dt=prev_quarter(TH))
Q(TC, L, "attacks in Dohuk over the past two quarters", pv="Dohuk", dt=last_n_quarters(TC, 2))
Q(TF, L, "attacks in Anbar in December last year", pv="Anbar", dt=month(TF.year - 1, 12))
Q(TG, L, "attacks in Diyala in the final quarter of last year", pv="Diyala", dt=quarter(TG.year - 1, 4))
Q(TD, L, "attacks in Sulaymaniyah in the 2021/22 winter", pv="Sulaymaniyah", dt=season(2021, "winter"))
Q(TE, L, "IEDs in Kirkuk in the autumn just gone", pv="Kirkuk", dt=last_season(TE, "autumn"), at=IED)
Q(TD, L, "attacks in Baghdad on the night of 14/15 March 2022", pv="Baghdad", dt=days(2022, 3, 14, 2022, 3, 15))
Q(TG, L, "attacks in Kirkuk between the 5th and 9th of last month",
  pv="Kirkuk", dt=(prev_month(TG)[0].replace(day=5), prev_month(TG)[0].replace(day=9)))
Q(TH, L, "what happened in Mosul on the 1st of this month?", pl="Mosul", dt=day(TH.year, TH.month, 1))
Q(TF, L, "attacks in Anbar on 15th Feb '23", pv="Anbar", dt=day(2023, 2, 15))
Q(TF, L, "attacks in Diyala on 12MAR2023", pv="Diyala", dt=day(2023, 3, 12))
Q(TA, L, "attacks in Baghdad on 29 Feb 2020", pv="Baghdad", dt=day(2020, 2, 29))
Q(TC, L, "attacks in Salahuddin in Spring '21", pv="Salahuddin", dt=season(2021, "spring"))
Q(TH, L, "attacks in Kirkuk in the first half of this year", pv="Kirkuk", dt=half(TH.year, 1))
Q(TF, L, "attacks in Karbala, Jan thru Apr 2023", pv="Karbala", dt=months(2023, 1, 2023, 4))
Q(TF, L, "attacks in Maysan since last December", pv="Maysan", dt=since(last_named_month(TF, 12)))
Q(TE, N, "how many attacks in Basra in the last two calendar years?", pv="Basra", dt=last_n_years(TE, 2))
Q(TD, L, "attacks in Wasit this calendar year", pv="Wasit", dt=this_year(TD))
Q(TD, L, "attacks in Babil in the 2nd quarter of last year", pv="Babil", dt=quarter(TD.year - 1, 2))
Q(TG, L, "attacks in Kirkuk during 2023's second half", pv="Kirkuk", dt=half(2023, 2))
Q(TE, L, "attacks in Halabja in 2021 and after", pv="Halabja", dt=since(year(2021)))
Q(TE, L, "attacks in Diyala through the end of 2021", pv="Diyala", dt=upto(year(2021)))
Q(TI, L, "IEDs in Anbar over the past month", pv="Anbar", dt=prev_month(TI), at=IED)
Q(TI, N, "how many attacks in Nineveh in the previous quarter?", pv="Nineveh", dt=prev_quarter(TI))
Q(TB, L, "attacks in Kirkuk in the two years before 2020", pv="Kirkuk", dt=years(2018, 2019))
Q(TH, L, "attacks in Babil in July of this year", pv="Babil", dt=month(TH.year, 7))
Q(TC, L, "attacks in Tikrit in Q2 of this year", pl="Tikrit", dt=quarter(TC.year, 2))
Q(TG, L, "attacks in Sinjar, Sept to Nov 2023", pl="Sinjar", dt=months(2023, 9, 2023, 11))
Q(TE, L, "kidnappings in Baghdad, 2022-10-01 to 2022-11-15", pv="Baghdad", dt=days(2022, 10, 1, 2022, 11, 15), at=KID)
Q(TF, L, "attacks in Erbil from 20/01/2023 until 25/02/2023", pv="Erbil", dt=days(2023, 1, 20, 2023, 2, 25))
Q(TH, L, "attacks in Dohuk prior to 15 March 2024", pv="Dohuk", dt=before(day(2024, 3, 15)))
Q(TD, N, "attacks in Anbar in the first two months of 2022 - how many?", pv="Anbar", dt=months(2022, 1, 2022, 2))
Q(TE, L, "attacks in Kirkuk in the last 3 months of 2021", pv="Kirkuk", dt=months(2021, 10, 2021, 12))

# --- 6. places: new transliterations, qualifiers and places
Q(TD, L, "attacks in al-Mawsil in 2021", pl="Mosul", dt=year(2021))
Q(TE, L, "IEDs in Tall Afar in 2022", pl="Tal Afar", dt=year(2022), at=IED)
Q(TE, L, "attacks in Baaqubah in 2022", pl="Baquba", dt=year(2022))
Q(TC, L, "attacks in Tikrīt in 2021", pl="Tikrit", dt=year(2021))
Q(TB, L, "attacks in Al-Fallūjah in 2020", pl="Fallujah", dt=year(2020))
Q(TG, L, "attacks in Karkuk in 2023", pv="Kirkuk", dt=year(2023))
Q(TE, L, "attacks in Nineva governorate in 2022", pv="Nineveh", dt=year(2022))
Q(TC, N, "how many attacks in Salahaddin in 2020?", pv="Salahuddin", dt=year(2020))
Q(TB, L, "attacks in Garma in 2020", pl="Karmah", dt=year(2020))
Q(TC, L, "attacks in Al-Baghdadi in 2021", pl="Baghdadi", dt=year(2021))
Q(TE, L, "attacks near Bartella in 2022", pl="Bartella", nr=True, dt=year(2022))
Q(TD, L, "attacks in Hamdaniya district in 2021", pl="Hamdaniya", dt=year(2021))
Q(TG, L, "attacks in Chamchamal in 2023", pl="Chamchamal", dt=year(2023))
Q(TE, L, "attacks near Kalar in 2022", pl="Kalar", nr=True, dt=year(2022))
Q(TB, L, "attacks in Mahmoudiya in 2020", pl="Mahmudiya", dt=year(2020))
Q(TC, L, "attacks around Yusufiyah in 2021", pl="Yusufiya", nr=True, dt=year(2021))
Q(TE, L, "attacks in Ameriyat al-Falluja in 2022", pl="Amiriyat al-Fallujah", dt=year(2022))
Q(TD, L, "attacks in Sa'diya in 2021", pl="Saadiya", dt=year(2021))
Q(TE, L, "attacks near al-Udhaim in 2022", pl="Adhaim", nr=True, dt=year(2022))
Q(TA, L, "attacks in Husaybah in 2019", pl="Husaybah", dt=year(2019))
Q(TB, L, "attacks in the Baghdad belts in 2020", pl="Baghdad", nr=True, dt=year(2020))
Q(TD, L, "attacks in west Mosul in 2021", pl="Mosul", dt=year(2021))
Q(TE, L, "attacks in southern Kirkuk in 2022", pv="Kirkuk", dt=year(2022))
Q(TG, L, "attacks in the KRI in 2023", dt=year(2023))
Q(TE, L, "attacks in Rania in 2022", pl="Rania", dt=year(2022))
Q(TD, L, "attacks in Taji (the town, not the camp) in 2021", pl="Taji", dt=year(2021))
Q(TB, L, "attacks in Latifiya 2020", pl="Latifiya", dt=year(2020))
Q(TE, L, "attacks in Nahrawan in 2022", pl="Nahrawan", dt=year(2022))
Q(TC, L, "attacks in Mushahada in 2021", pl="Mushahada", dt=year(2021))
Q(TF, L, "attacks in Soran in 2022", pl="Soran", dt=year(2022))
Q(TH, L, "attacks within 5 km of Daquq in 2024", pl="Daquq", nr=True, dt=this_year(TH))
Q(TD, N, "how many attacks in Ninawa's Sinjar district in 2021?", pl="Sinjar", dt=year(2021))
Q(TE, L, "attacks in Kirkuk governorate, city included, in 2022", pv="Kirkuk", dt=year(2022))

# --- 7. actors, targets and attack types in new wordings
Q(TB, L, "attacks on doctors in Baghdad in 2020", pv="Baghdad", dt=year(2020), ta=CIV)
Q(TD, L, "attacks on students in Basra in 2021", pv="Basra", dt=year(2021), ta=CIV)
Q(TD, L, "CTS operations against ISIS in Anbar in 2021", pv="Anbar", dt=year(2021), pe=IRQ, ta=IS)
Q(TE, L, "F-16 sorties against ISIS in the Hamrin mountains in 2022", pl=HAMRIN, dt=year(2022), at=AIR, pe=IRQ, ta=IS)
Q(TB, L, "attacks on KDP Peshmerga in Sinjar in 2020", pl="Sinjar", dt=year(2020), ta=PESH)
Q(TA, L, "PUK Peshmerga casualties in Kirkuk in 2019", pv="Kirkuk", dt=year(2019), ta=PESH)
Q(TB, L, "Asa'ib Ahl al-Haq attacks in Baghdad in 2020", pv="Baghdad", dt=year(2020), pe=PMU)
Q(TC, L, "Saraya Awliya al-Dam explosive drone attacks on Erbil in 2021", pv="Erbil", dt=year(2021), at=OTH, pe=PMU)
Q(TH, L, "attacks by the resistance factions on US bases in 2024", dt=this_year(TH), pe=PMU, ta=USF)
Q(TG, L, "MIT drone strikes in Sulaymaniyah in 2023", pv="Sulaymaniyah", dt=year(2023), at=AIR, pe=TUR)
Q(TA, L, "enforced disappearances in Anbar in 2019", pv="Anbar", dt=year(2019), at=KID)
Q(TE, L, "stabbings in Basra in 2022", pv="Basra", dt=year(2022), at=OTH)
Q(TB, L, "107mm rocket attacks on Ain al-Asad in 2020", pl="Ain al-Asad", dt=year(2020), at=MR)
Q(TC, L, "60mm mortar rounds on Tuz Khurmatu in 2021", pl="Tuz Khurmatu", dt=year(2021), at=MR)
Q(TE, L, "landmine blasts in Anbar in 2022", pv="Anbar", dt=year(2022), at=IED)
Q(TB, L, "targeted killings in Basra in 2020", pv="Basra", dt=year(2020))
Q(TD, L, "assassinations of activists in Nasiriyah in 2021", pl="Nasiriyah", dt=year(2021), ta=CIV)
Q(TD, L, "attacks on Hashd al-Asha'iri fighters in Anbar in 2021", pv="Anbar", dt=year(2021), ta=PMU)
Q(TE, L, "attacks on Yazidi returnees near Sinjar in 2022", pl="Sinjar", nr=True, dt=year(2022), ta=CIV)
Q(TA, L, "attacks on Christians in Qaraqosh in 2019", pl="Qaraqosh", dt=year(2019), ta=CIV)
Q(TD, L, "Daesh remnants attacking shepherds in the Anbar desert in 2021", pv="Anbar", dt=year(2021), pe=IS, ta=CIV)
Q(TG, L, "Iraqi army shelling of ISIS hideouts in the Hamrin mountains in 2023", pl=HAMRIN, dt=year(2023), at=MR, pe=IRQ, ta=IS)
Q(TG, L, "attacks on Turkish bases in Dohuk in 2023", pv="Dohuk", dt=year(2023), ta=TUR)
Q(TA, L, "attacks on coalition forces in Anbar in 2019", pv="Anbar", dt=year(2019), ta=USF)
Q(TD, L, "ISIS attacks on electricity pylons in Kirkuk in 2021", pv="Kirkuk", dt=year(2021), pe=IS)
Q(TD, B, "paint me a picture of militia activity in Basra during 2021", pv="Basra", dt=year(2021), pe=PMU)
Q(TF, L, "adhesive-bomb attacks in Baghdad in 2022", pv="Baghdad", dt=year(2022), at=IED)
Q(TC, L, "attacks by HPG guerrillas on Turkish soldiers near Amedi in 2021", pl="Amedi", nr=True, dt=year(2021), pe=PKK, ta=TUR)
Q(TE, L, "small-arms attacks on federal police in Kirkuk in 2022", pv="Kirkuk", dt=year(2022), at=SHO, ta=POL)
Q(TF, L, "abductions carried out by ISIS in Salahuddin in 2022", pv="Salahuddin", dt=year(2022), at=KID, pe=IS)
Q(TH, L, "attacks that Turkey conducted against PKK targets in Dohuk in Q2 2024", pv="Dohuk", dt=quarter(2024, 2), pe=TUR, ta=PKK)
Q(TB, L, "shots fired at protesters by security forces in Baghdad in Q4 2019", pv="Baghdad", dt=quarter(2019, 4), at=SHO, pe=SEC, ta=CIV)

# --- 8. counts and measures
Q(TB, N, "what's the number of injured from rocket fire on Baghdad airport in 2020?", pl=BIAP, dt=year(2020), at=MR)
Q(TD, N, "quantify the civilian toll of Turkish air strikes in Duhok in 2021", pv="Dohuk", dt=year(2021), at=AIR, pe=TUR, ta=CIV)
Q(TD, N, "how many people have been hurt in IED blasts in Basra this year?", pv="Basra", dt=this_year(TD), at=IED)
Q(TF, N, "number of fatalities from ISIS ambushes in Diyala, 2H22", pv="Diyala", dt=half(2022, 2), at=AMB, pe=IS)
Q(TG, N, "How many of the attacks in Kirkuk in 2023 were IEDs?", pv="Kirkuk", dt=year(2023), at=IED)
Q(TE, N, "how many incidents did we log in Anbar in Q3 2022?", pv="Anbar", dt=quarter(2022, 3))
Q(TD, N, "how many Turkish soldiers were killed by the PKK in Dohuk in 2021?", pv="Dohuk", dt=year(2021), pe=PKK, ta=TUR)
Q(TE, N, "what number of police died in Kirkuk in 2022?", pv="Kirkuk", dt=year(2022), ta=POL)
Q(TB, N, "headcount of abductees in Salahuddin in 2020", pv="Salahuddin", dt=year(2020), at=KID)
Q(TF, N, "killed plus wounded in Sinjar in 2022, one number please", pl="Sinjar", dt=year(2022))
Q(TF, N, "count of Turkish drone strikes around Sidakan in H1 2022", pl="Sidakan", nr=True, dt=half(2022, 1), at=AIR, pe=TUR)
Q(TB, N, "how many times was K1 attacked in 2020?", pl="K1", dt=year(2020))
Q(TE, N, "what was the monthly average of attacks in Diyala in 2022?", pv="Diyala", dt=year(2022))
Q(TD, N, "monthly breakdown of IED attacks in Anbar in 2021", pv="Anbar", dt=year(2021), at=IED)
Q(TD, N, "how many were killed in the deadliest attack in Salahuddin in 2021?", pv="Salahuddin", dt=year(2021))
Q(TH, N, "how many civilians have died in Turkish drone strikes in Sinjar since 2023?", pl="Sinjar", dt=since(year(2023)), at=AIR, pe=TUR, ta=CIV)
Q(TC, N, "what's the casualty total for attacks on Peshmerga near Makhmour in H1 2021?", pl="Makhmour", nr=True, dt=half(2021, 1), ta=PESH)
Q(TF, N, "How many security personnel were wounded in Diyala last year?", pv="Diyala", dt=last_year(TF), ta=SEC)
Q(TG, N, "in numbers: rocket attacks on the Green Zone during 2023", pl="Green Zone", dt=year(2023), at=MR)
Q(TA, N, "count me the kidnappings in Kirkuk in Q1 2020", pv="Kirkuk", dt=quarter(2020, 1), at=KID)
Q(TE, N, "how many were hurt in the IED on the army patrol near Tarmiyah on 9 Oct 2022?", pl="Tarmiyah", nr=True, dt=day(2022, 10, 9), at=IED, ta=IRQ)
Q(TH, N, "what's the total number of ISIS attacks in Iraq so far in 2024?", dt=this_year(TH), pe=IS)

# --- 9. briefings
Q(TG, B, "give me the lay of the land in Diyala for Q4 2023", pv="Diyala", dt=quarter(2023, 4))
Q(TE, B, "write me three lines on ISIS activity around Hawija in 2022", pl="Hawija", nr=True, dt=year(2022), pe=IS)
Q(TD, B, "short narrative on the Turkish campaign in Dohuk in 2021", pv="Dohuk", dt=year(2021), pe=TUR)
Q(TH, B, "talk me through the rocket attacks on US bases in Q1 2024", dt=quarter(2024, 1), at=MR, ta=USF)
Q(TE, B, "summarise Q3 2022 in Kirkuk", pv="Kirkuk", dt=quarter(2022, 3))
Q(TF, B, "state of play: kidnappings in Baghdad, 1H23", pv="Baghdad", dt=half(2023, 1), at=KID)
Q(TG, B, "an analytical note on attacks against the PMU in Salahuddin in 2023", pv="Salahuddin", dt=year(2023), ta=PMU)
Q(TF, B, "recap of Turkish drone strikes in Sinjar last year", pl="Sinjar", dt=last_year(TF), at=AIR, pe=TUR)
Q(TE, B, "explain the spike in IEDs in Diyala in spring 2022", pv="Diyala", dt=season(2022, "spring"), at=IED)
Q(TG, B, "outline the main incidents in Anbar in December 2023", pv="Anbar", dt=month(2023, 12))
Q(TD, B, "give me the gist of what ISIS did in Kirkuk province in 2021", pv="Kirkuk", dt=year(2021), pe=IS)
Q(TE, B, "high-level summary of attacks on the Peshmerga in Garmiyan in 2022", pl="Garmiyan", dt=year(2022), ta=PESH)
Q(TF, B, "daily brief item: shootings in Basra yesterday", pv="Basra", dt=yesterday(TF), at=SHO)
Q(TF, B, "weekly sitrep input - attacks in Baghdad between 1 and 7 May 2023", pv="Baghdad", dt=days(2023, 5, 1, 2023, 5, 7))
Q(TD, B, "tell me about attacks in Anbar in 2021", pv="Anbar", dt=year(2021))
Q(TC, B, "a few bullet points on kidnappings of activists in Baghdad in H1 2021", pv="Baghdad", dt=half(2021, 1), at=KID, ta=CIV)
Q(TA, B, "threat picture for Tarmiyah, Q1 2020", pl="Tarmiyah", dt=quarter(2020, 1))
Q(TH, B, "contextualise the drone attacks on Erbil airport in 2024 so far", pl="Erbil airport", dt=this_year(TH), at=OTH)

# --- 10. fact questions about one event (asked-for field left unset)
Q(TG, FA, "who claimed the 12 Aug 2023 rocket attack on K1?", pl="K1", dt=day(2023, 8, 12), at=MR)
Q(TE, FA, "which was the deadliest attack in Diyala in 2022?", pv="Diyala", dt=year(2022))
Q(TD, FA, "what was the worst IED attack in Baghdad in 2021?", pv="Baghdad", dt=year(2021), at=IED)
Q(TB, FA, "where did the largest kidnapping in Anbar in 2020 take place?", pv="Anbar", dt=year(2020), at=KID)
Q(TD, FA, "at what time of day did the ambush on the PMU near Tarmiyah on 4 Feb 2022 happen?", pl="Tarmiyah", nr=True, dt=day(2022, 2, 4), at=AMB, ta=PMU)
Q(TC, FA, "how was the Peshmerga convoy near Makhmour attacked on 22/03/2021?", pl="Makhmour", nr=True, dt=day(2021, 3, 22), ta=PESH)
Q(TF, FA, "name the village where the ISIS attack on shepherds near Daquq happened on 7 January 2023", pl="Daquq", nr=True, dt=day(2023, 1, 7), pe=IS, ta=CIV)
Q(TE, FA, "which security force unit was hit by the IED in Baiji on 14 June 2022?", pl="Baiji", dt=day(2022, 6, 14), at=IED)
Q(TH, FA, "what was the first attack in Kirkuk in 2024?", pv="Kirkuk", dt=this_year(TH))
Q(TH, FA, "when did ISIS last attack Tuz Khurmatu?", pl="Tuz Khurmatu", pe=IS)
Q(TE, FA, "who was the victim of the drone strike on a car near Sinjar on 9 Dec 2021?", pl="Sinjar", nr=True, dt=day(2021, 12, 9), at=AIR)
Q(TC, FA, "which group was blamed for the Ain al-Asad rocket salvo on 3 March 2021?", pl="Ain al-Asad", dt=day(2021, 3, 3), at=MR)
Q(TE, FA, "who carried out the kidnapping of the journalist in Baghdad on 28 July 2022?", pv="Baghdad", dt=day(2022, 7, 28), at=KID, ta=CIV)
Q(TG, FA, "on which date did the PKK ambush Turkish troops near Amedi in June 2023?", pl="Amedi", nr=True, dt=month(2023, 6), at=AMB, pe=PKK, ta=TUR)
Q(TG, FA, "where did the Turkish drone strike of 12 July 2023 hit?", dt=day(2023, 7, 12), at=AIR, pe=TUR)
Q(TB, FA, "which faction fired on the protesters in Nasiriyah on 28 November 2019?", pl="Nasiriyah", dt=day(2019, 11, 28), at=SHO, ta=CIV)
Q(TC, FA, "what was the target of the suicide attack in Tarmiyah on 5 Sep 2020?", pl="Tarmiyah", dt=day(2020, 9, 5), at=SUI)
Q(TE, FA, "which weapon killed the PMU commander in Jurf al-Sakhar on 20 October 2021?", pl="Jurf al-Sakhar", dt=day(2021, 10, 20), ta=PMU)
Q(TC, FA, "was the Erbil airport attack of 15 February 2021 a drone or a rocket?", pl="Erbil airport", dt=day(2021, 2, 15))
Q(TF, FA, "the IED in Hit on 30/04/2023 - who was it aimed at?", pl="Hit", dt=day(2023, 4, 30), at=IED)
Q(TA, FA, "in which neighbourhood of Baghdad did the 23 January 2020 rocket attack land?", pv="Baghdad", dt=day(2020, 1, 23), at=MR)
Q(TH, FA, "which was the most recent Turkish air strike near Zakho this year?", pl="Zakho", nr=True, dt=this_year(TH), at=AIR, pe=TUR)

# --- 11. listings in assorted new wordings
Q(TE, L, "enumerate attacks on PMF convoys in Anbar in 2022", pv="Anbar", dt=year(2022), ta=PMU)
Q(TB, L, "run me a list of IEDs in Kirkuk, 2020", pv="Kirkuk", dt=year(2020), at=IED)
Q(TG, L, "dump all the kidnappings in Diyala for 2023", pv="Diyala", dt=year(2023), at=KID)
Q(TF, L, "what do we have on Tarmiyah for Q1 2023?", pl="Tarmiyah", dt=quarter(2023, 1))
Q(TB, L, "chronology of rocket attacks on the Green Zone in 2020", pl="Green Zone", dt=year(2020), at=MR)
Q(TD, L, "timeline of Turkish air strikes near Makhmour in 2021", pl="Makhmour", nr=True, dt=year(2021), at=AIR, pe=TUR)
Q(TH, L, "has Samarra seen any attacks on pilgrims this year?", pl="Samarra", dt=this_year(TH), ta=CIV)
Q(TH, L, "has anything happened around Rutba since the start of 2024?", pl="Rutba", nr=True, dt=since(year(2024)))
Q(TA, L, "records of shootings in Najaf in 2019", pv="Najaf", dt=year(2019), at=SHO)
Q(TE, L, "show me everything logged for Hit in 2022", pl="Hit", dt=year(2022))
Q(TD, L, "I'd like to see the IEDs in Babil in 2021", pv="Babil", dt=year(2021), at=IED)
Q(TD, L, "Were police targeted in Dhi Qar in the first quarter of 2021?", pv="Dhi Qar", dt=quarter(2021, 1), ta=POL)
Q(TA, L, "incident log, Fallujah, 2019", pl="Fallujah", dt=year(2019))
Q(TF, L, "pull the ISIS attacks around Khanaqin in Q2 2022", pl="Khanaqin", nr=True, dt=quarter(2022, 2), pe=IS)
Q(TD, L, "look up attacks on the army near Rashad in 2021", pl="Rashad", nr=True, dt=year(2021), ta=IRQ)
Q(TE, L, "fetch the ambushes in Salahuddin in 2022", pv="Salahuddin", dt=year(2022), at=AMB)
Q(TG, L, "bring up IED incidents in Mosul for the whole of 2023", pl="Mosul", dt=year(2023), at=IED)
Q(TE, L, "find kidnappings of aid workers in Dohuk in 2022", pv="Dohuk", dt=year(2022), at=KID, ta=CIV)
Q(TD, L, "what's on file for Kirkuk city in March 2022?", pl="Kirkuk", dt=month(2022, 3))
Q(TG, L, "searching for: grenade attacks, Maysan, 2023", pv="Maysan", dt=year(2023), at=OTH)
Q(TD, L, "anything hitting the Asayish in Kirkuk in 2021?", pv="Kirkuk", dt=year(2021), ta=SEC)
Q(TC, L, "give me the incidents where Peshmerga were ambushed near Khanaqin in 2020", pl="Khanaqin", nr=True, dt=year(2020), at=AMB, ta=PESH)
Q(TA, L, "Kirkuk, 2019, IEDs on police: go", pv="Kirkuk", dt=year(2019), at=IED, ta=POL)
Q(TF, L, "I want every mortar attack on Tuz Khurmatu from 2021 to 2022", pl="Tuz Khurmatu", dt=years(2021, 2022), at=MR)
Q(TH, L, "need the list: kidnappings in Basra, Q2 2024", pv="Basra", dt=quarter(2024, 2), at=KID)
Q(TC, L, "which attacks on the police happened in Diyala in June 2021?", pv="Diyala", dt=month(2021, 6), ta=POL)
Q(TG, L, "did ISIS hit anything near Baiji in Q3 2023?", pl="Baiji", nr=True, dt=quarter(2023, 3), pe=IS)
Q(TE, L, "attacks on Turkish troops in the Duhok mountains in 2022", pv="Dohuk", dt=year(2022), ta=TUR)


# ================================================================ conversations
# ---------- two turns
# period only
C(TD, ("roadside bombs in Kirkuk province in 2021", L, dict(pv="Kirkuk", dt=year(2021), at=IED)),
  ("and the year prior?", L, move_years(-1)))
C(TE, ("how many ISIS attacks in Diyala in Q4 2021?", N, dict(pv="Diyala", dt=quarter(2021, 4), pe=IS)),
  ("same for Q1", N, quarter_of_same_year(1)))
C(TF, ("attacks on shepherds in Anbar in summer 2022", L, dict(pv="Anbar", dt=season(2022, "summer"), ta=CIV)),
  ("what about last spring", L, dict(dt=last_season(TF, "spring"))))
C(TC, ("list Turkish drone strikes in Dohuk in 2020", L, dict(pv="Dohuk", dt=year(2020), at=AIR, pe=TUR)),
  ("now 2019", L, dict(dt=year(2019))))
C(TG, ("IED attacks in Salahuddin in the last 3 months", L, dict(pv="Salahuddin", dt=last_n_months(TG, 3), at=IED)),
  ("go back one more month", L, start_earlier(1)))
C(TE, ("attacks on Peshmerga in Kirkuk from June to September 2022", L, dict(pv="Kirkuk", dt=months(2022, 6, 2022, 9), ta=PESH)),
  ("extend it to the end of the year", L, to_year_end()))
C(TD, ("briefing on Turkish shelling in Dohuk in 2021", B, dict(pv="Dohuk", dt=year(2021), at=MR, pe=TUR)),
  ("just the first half", B, half_of_same_year(1)))
C(TB, ("ambushes in Diyala in October 2020", L, dict(pv="Diyala", dt=month(2020, 10), at=AMB)),
  ("and the month after?", L, move_months(1)))
C(TF, ("rocket attacks on Ain al-Asad in Q1 2021", L, dict(pl="Ain al-Asad", dt=quarter(2021, 1), at=MR)),
  ("roll it forward one quarter", L, move_months(3)))
C(TH, ("ISIS attacks in Kirkuk in H1 2023", L, dict(pv="Kirkuk", dt=half(2023, 1), pe=IS)),
  ("same half this year", L, dict(dt=half(TH.year, 1))))
C(TG, ("attacks in Anbar in 2023", L, dict(pv="Anbar", dt=year(2023))),
  ("narrow that to the last two months of it", L, last_months_of_same_year(2)))
C(TA, ("shootings in Basra in 2019", L, dict(pv="Basra", dt=year(2019), at=SHO)),
  ("only from October onwards", L, from_month_of_same_year(10)))
C(TD, ("mortar attacks in Baghdad between January and March 2022", L, dict(pv="Baghdad", dt=months(2022, 1, 2022, 3), at=MR)),
  ("and the same months in 2020?", L, same_months_in(2020)))
C(TC, ("attacks in Sinjar last month", L, dict(pl="Sinjar", dt=prev_month(TC))),
  ("make it the whole summer", L, dict(dt=season(TC.year, "summer"))))
C(TH, ("kidnappings in Baghdad since March 2024", L, dict(pv="Baghdad", dt=since(month(2024, 3)), at=KID)),
  ("put an end date on it: end of June", L, lambda s: {"dt": (s["dt"][0], month(2024, 6)[1])}))
# place only
C(TE, ("improvised explosive devices in Kirkuk governorate, 2022", L, dict(pv="Kirkuk", dt=year(2022), at=IED)),
  ("over in Ninewa?", L, dict(pv="Nineveh")))
C(TF, ("attacks on police in Kirkuk in Q1 2023", L, dict(pv="Kirkuk", dt=quarter(2023, 1), ta=POL)),
  ("swap Kirkuk for Diyala", L, dict(pv="Diyala")))
C(TC, ("attacks in Baquba in H1 2021", L, dict(pl="Baquba", dt=half(2021, 1))),
  ("widen it to the whole governorate", L, widen_to_province()))
C(TD, ("list attacks in Kirkuk province in March 2022", L, dict(pv="Kirkuk", dt=month(2022, 3))),
  ("only inside the city", L, city_of_province()))
C(TG, ("attacks on civilians near Kifri in 2023", L, dict(pl="Kifri", nr=True, dt=year(2023), ta=CIV)),
  ("around Tuz instead", L, dict(pl="Tuz Khurmatu", nr=True)))
C(TB, ("ISIS attacks in Salahuddin in 2020", L, dict(pv="Salahuddin", dt=year(2020), pe=IS)),
  ("how about right around Samarra?", L, dict(pv=None, pl="Samarra", nr=True)))
C(TH, ("attacks near Mosul in Q2 2024", L, dict(pl="Mosul", nr=True, dt=quarter(2024, 2))),
  ("inside the city limits only", L, dict(nr=False)))
C(TA, ("kidnappings in Tikrit city in 2019", L, dict(pl="Tikrit", dt=year(2019), at=KID)),
  ("take the place filter off", L, dict(pl=None, nr=False)))
C(TF, ("rocket attacks in Erbil province in 2022", L, dict(pv="Erbil", dt=year(2022), at=MR)),
  ("narrow it to the airport", L, dict(pv=None, pl="Erbil airport")))
C(TD, ("attacks in Basra in 2021", L, dict(pv="Basra", dt=year(2021))),
  ("and next door in Maysan?", L, dict(pv="Maysan")))
C(TG, ("Daesh attacks around Khanaqin in 2023", L, dict(pl="Khanaqin", nr=True, dt=year(2023), pe=IS)),
  ("same thing, Jalawla", L, dict(pl="Jalawla")))
# actor or target only
C(TE, ("ISIS attacks in Diyala in 2022", L, dict(pv="Diyala", dt=year(2022), pe=IS)),
  ("who else attacked there?", L, dict(pe=None)))
C(TC, ("attacks on the army in Anbar in 2020", L, dict(pv="Anbar", dt=year(2020), ta=IRQ)),
  ("only the ones by IS", L, dict(pe=IS)))
C(TF, ("attacks in Kirkuk in 2022", L, dict(pv="Kirkuk", dt=year(2022))),
  ("the ones against police", L, dict(ta=POL)))
C(TG, ("Turkish air strikes near Sinjar in 2023", L, dict(pl="Sinjar", nr=True, dt=year(2023), at=AIR, pe=TUR)),
  ("drop the perpetrator", L, dict(pe=None)))
C(TD, ("attacks on civilians in Dohuk in 2021", L, dict(pv="Dohuk", dt=year(2021), ta=CIV)),
  ("by Turkey specifically", L, dict(pe=TUR)))
C(TH, ("PMU attacks on US forces in 2024", L, dict(dt=this_year(TH), pe=PMU, ta=USF)),
  ("scrap the target, keep the rest", L, dict(ta=None)))
C(TB, ("attacks by unknown gunmen in Basra in 2020", L, dict(pv="Basra", dt=year(2020), pe=UNK)),
  ("any by the Hashd?", L, dict(pe=PMU)))
C(TE, ("attacks against Peshmerga in Sulaymaniyah in 2022", L, dict(pv="Sulaymaniyah", dt=year(2022), ta=PESH)),
  ("what about Asayish instead?", L, dict(ta=SEC)))
# attack type only
C(TF, ("attacks in Nineveh in 2022", L, dict(pv="Nineveh", dt=year(2022))),
  ("just the bombings", L, dict(at=IED)))
C(TG, ("IEDs in Anbar in 2023", L, dict(pv="Anbar", dt=year(2023), at=IED)),
  ("forget the IED filter", L, dict(at=None)))
C(TC, ("IED attacks on US convoys in 2020", L, dict(dt=year(2020), at=IED, ta=USF)),
  ("include rocket attacks too", L, dict(at=None)))
C(TD, ("ambushes on the army in Salahuddin in 2021", L, dict(pv="Salahuddin", dt=year(2021), at=AMB, ta=IRQ)),
  ("switch that over to sniper attacks", L, dict(at=SHO)))
C(TH, ("Turkish drone strikes in Dohuk in 2023", L, dict(pv="Dohuk", dt=year(2023), at=AIR, pe=TUR)),
  ("and the artillery shelling?", L, dict(at=MR)))
# intent only
C(TE, ("list kidnappings in Kirkuk in H2 2022", L, dict(pv="Kirkuk", dt=half(2022, 2), at=KID)),
  ("so what's the number?", N, {}))
C(TF, ("IED attacks near Tarmiyah in 2022", L, dict(pl="Tarmiyah", nr=True, dt=year(2022), at=IED)),
  ("give me a briefing on those", B, {}))
C(TA, ("how many attacks on protesters in Nasiriyah in Q4 2019?", N, dict(pl="Nasiriyah", dt=quarter(2019, 4), ta=CIV)),
  ("list them out", L, {}))
C(TD, ("rocket attacks on the Green Zone in 2021", L, dict(pl="Green Zone", dt=year(2021), at=MR)),
  ("which was the deadliest?", FA, {}))
C(TG, ("ISIS attacks on the PMU in Diyala in 2023", L, dict(pv="Diyala", dt=year(2023), pe=IS, ta=PMU)),
  ("when was the most recent one?", FA, {}))
# measure
C(TB, ("how many were killed in Tarmiyah in 2020?", N, dict(pl="Tarmiyah", dt=year(2020))),
  ("and wounded?", N, {}))
C(TH, ("list IED attacks in Mosul in 2023", L, dict(pl="Mosul", dt=year(2023), at=IED)),
  ("how many died in total?", N, {}))
C(TC, ("how many soldiers were killed in Anbar in 2020?", N, dict(pv="Anbar", dt=year(2020), ta=IRQ)),
  ("and injured?", N, {}))
# dated_only
C(TF, ("Turkish shelling in Dohuk in 2022, dated events only", L, dict(pv="Dohuk", dt=year(2022), at=MR, pe=TUR, do=True)),
  ("include undated ones", L, dict(do=False)))
C(TE, ("kidnappings in Diyala in 2022", L, dict(pv="Diyala", dt=year(2022), at=KID)),
  ("only dated", L, dict(do=True)))
# corrections
C(TD, ("attacks in Nineveh in 2021", L, dict(pv="Nineveh", dt=year(2021))),
  ("sorry, I meant Anbar", L, dict(pv="Anbar")))
C(TE, ("how many attacks on Peshmerga in Kirkuk in 2021?", N, dict(pv="Kirkuk", dt=year(2021), ta=PESH)),
  ("no, 2022 not 2021", N, dict(dt=year(2022))))
C(TG, ("IEDs around Hawija in 2023", L, dict(pl="Hawija", nr=True, dt=year(2023), at=IED)),
  ("sorry - Hit, not Hawija", L, dict(pl="Hit")))
C(TC, ("Turkish air raids in Dohuk in May 2021", L, dict(pv="Dohuk", dt=month(2021, 5), at=AIR, pe=TUR)),
  ("typo, I meant March", L, month_of_same_year(3)))
# a new question in the middle: inherits nothing
C(TF, ("pull up the IED attacks in Kirkuk for 2022", L, dict(pv="Kirkuk", dt=year(2022), at=IED)),
  ("How many Turkish air strikes hit Dohuk province in Q1 2023?", N, FRESH(pv="Dohuk", dt=quarter(2023, 1), at=AIR, pe=TUR)))
C(TH, ("ISIS attacks near Khanaqin in 2023", L, dict(pl="Khanaqin", nr=True, dt=year(2023), pe=IS)),
  ("Different topic: list rocket attacks on Ain al-Asad since January 2024", L, FRESH(pl="Ain al-Asad", dt=since(month(2024, 1)), at=MR)))
C(TA, ("attacks in Basra in 2019", L, dict(pv="Basra", dt=year(2019))),
  ("Who killed the activist in Karbala on 12 December 2019?", FA, FRESH(pv="Karbala", dt=day(2019, 12, 12), ta=CIV)))
C(TD, ("shootings in Baghdad in Q1 2022", L, dict(pv="Baghdad", dt=quarter(2022, 1), at=SHO)),
  ("ok, separate question - brief me on Turkish operations in Sulaymaniyah in 2021", B, FRESH(pv="Sulaymaniyah", dt=year(2021), pe=TUR)))

# ---------- three turns
C(TE, ("IEDs in Kirkuk in 2022", L, dict(pv="Kirkuk", dt=year(2022), at=IED)),
  ("what about 2021?", L, dict(dt=year(2021))),
  ("how many is that in total?", N, {}))
C(TF, ("attacks on police in Baghdad in Q1 2023", L, dict(pv="Baghdad", dt=quarter(2023, 1), ta=POL)),
  ("swap Baghdad for Basra", L, dict(pv="Basra")),
  ("just the shootings", L, dict(at=SHO)))
C(TG, ("ISIS attacks in Diyala in 2023", L, dict(pv="Diyala", dt=year(2023), pe=IS)),
  ("only the ones against civilians", L, dict(ta=CIV)),
  ("give me a briefing on those", B, {}))
C(TD, ("attacks in Mosul in 2021", L, dict(pl="Mosul", dt=year(2021))),
  ("widen it to the whole governorate", L, widen_to_province()),
  ("now only the ones by IS", L, dict(pe=IS)))
C(TH, ("rocket attacks on US forces in 2023, only dated", L, dict(dt=year(2023), at=MR, ta=USF, do=True)),
  ("now 2024", L, dict(dt=year(2024))),
  ("include undated ones", L, dict(do=False)))
C(TC, ("attacks in Anbar in 2020", L, dict(pv="Anbar", dt=year(2020))),
  ("sorry, I meant Salahuddin", L, dict(pv="Salahuddin")),
  ("and how many died in total?", N, {}))
C(TE, ("Turkish air strikes near Zakho in 2022", L, dict(pl="Zakho", nr=True, dt=year(2022), at=AIR, pe=TUR)),
  ("drop the perpetrator", L, dict(pe=None)),
  ("which was the deadliest?", FA, {}))
C(TF, ("kidnappings in Kirkuk in 2022", L, dict(pv="Kirkuk", dt=year(2022), at=KID)),
  ("just the first half", L, half_of_same_year(1)),
  ("now Diyala", L, dict(pv="Diyala")))
C(TB, ("attacks in Basra in October 2020", L, dict(pv="Basra", dt=month(2020, 10))),
  ("go back one more month", L, start_earlier(1)),
  ("just the bombings", L, dict(at=IED)))
C(TD, ("Turkish attacks on the PKK in Dohuk in 2021", L, dict(pv="Dohuk", dt=year(2021), pe=TUR, ta=PKK)),
  ("now the reverse direction", L, dict(pe=PKK, ta=TUR)),
  ("how many of those were ambushes?", N, dict(at=AMB)))
C(TG, ("IEDs in Anbar in 2023", L, dict(pv="Anbar", dt=year(2023), at=IED)),
  ("forget the IED filter", L, dict(at=None)),
  ("just Ramadi city", L, dict(pv=None, pl="Ramadi")))
C(TH, ("attacks on Peshmerga near Makhmour in 2023", L, dict(pl="Makhmour", nr=True, dt=year(2023), ta=PESH)),
  ("around Tuz instead", L, dict(pl="Tuz Khurmatu")),
  ("the ones against police", L, dict(ta=POL)))
C(TA, ("attacks in Kirkuk in Q1 2020", L, dict(pv="Kirkuk", dt=quarter(2020, 1))),
  ("and Q2?", L, quarter_of_same_year(2)),
  ("count them", N, {}))
C(TE, ("attacks in Kirkuk province in 2022", L, dict(pv="Kirkuk", dt=year(2022))),
  ("only inside the city", L, city_of_province()),
  ("take in the outskirts as well", L, dict(nr=True)))
C(TF, ("How many ISIS attacks in Salahuddin in 2022?", N, dict(pv="Salahuddin", dt=year(2022), pe=IS)),
  ("New question: list kidnappings in Basra in 2023", L, FRESH(pv="Basra", dt=year(2023), at=KID)),
  ("and in Maysan?", L, dict(pv="Maysan")))
C(TD, ("attacks on civilians in Nineveh in 2021", L, dict(pv="Nineveh", dt=year(2021), ta=CIV)),
  ("only the ones by IS", L, dict(pe=IS)),
  ("who else attacked them there?", L, dict(pe=None)))
C(TC, ("roadside bombs against coalition convoys in 2020", L, dict(dt=year(2020), at=IED, ta=USF)),
  ("include rocket attacks too", L, dict(at=None)),
  ("and 2021?", L, dict(dt=year(2021))))
C(TG, ("list attacks near Sinjar in 2023", L, dict(pl="Sinjar", nr=True, dt=year(2023))),
  ("just the Turkish drone strikes", L, dict(pe=TUR, at=AIR)),
  ("give me a briefing on those", B, {}))
C(TH, ("attacks in Diyala in the last 6 months", L, dict(pv="Diyala", dt=last_n_months(TH, 6))),
  ("only dated", L, dict(do=True)),
  ("how many died in total?", N, {}))
C(TB, ("briefing on ISIS in Anbar in 2020", B, dict(pv="Anbar", dt=year(2020), pe=IS)),
  ("narrow it to ambushes", B, dict(at=AMB)),
  ("ok, itemise them", L, {}))
C(TE, ("sniper fire on protesters in Baghdad, October 2019", L, dict(pv="Baghdad", dt=month(2019, 10), at=SHO, ta=CIV)),
  ("no, 2020 not 2019", L, move_years(1)),
  ("what about Dhi Qar?", L, dict(pv="Dhi Qar")))
C(TF, ("how many Peshmerga were killed in Kirkuk in 2022?", N, dict(pv="Kirkuk", dt=year(2022), ta=PESH)),
  ("and wounded?", N, {}),
  ("same for Erbil", N, dict(pv="Erbil")))
C(TD, ("Turkish air raids in Sulaymaniyah in 2021", L, dict(pv="Sulaymaniyah", dt=year(2021), at=AIR, pe=TUR)),
  ("over in Dohuk?", L, dict(pv="Dohuk")),
  ("which was the deadliest?", FA, {}))
C(TG, ("attacks in Basra city in 2023", L, dict(pl="Basra", dt=year(2023))),
  ("widen it to the whole governorate", L, widen_to_province()),
  ("only the ones by unknown gunmen", L, dict(pe=UNK)))
C(TC, ("rocket attacks in Baghdad in H1 2021", L, dict(pv="Baghdad", dt=half(2021, 1), at=MR)),
  ("just the first quarter", L, quarter_of_same_year(1)),
  ("only PMU ones", L, dict(pe=PMU)))
C(TE, ("attacks around Tuz in 2022", L, dict(pl="Tuz Khurmatu", nr=True, dt=year(2022))),
  ("only inside the town", L, dict(nr=False)),
  ("brief me on that", B, {}))
C(TH, ("IEDs in Kirkuk in 2023", L, dict(pv="Kirkuk", dt=year(2023), at=IED)),
  ("Unrelated: how many people were kidnapped in Basra in Q1 2024?", N, FRESH(pv="Basra", dt=quarter(2024, 1), at=KID)),
  ("list them", L, {}))
C(TA, ("attacks in Diyala in 2019", L, dict(pv="Diyala", dt=year(2019))),
  ("sorry, I meant Anbar", L, dict(pv="Anbar")),
  ("just the bombings", L, dict(at=IED)))
C(TF, ("ISIS attacks on Iraqi forces in Anbar in 2022", L, dict(pv="Anbar", dt=year(2022), pe=IS, ta=IRQ)),
  ("the ones against police", L, dict(ta=POL)),
  ("drop the perpetrator", L, dict(pe=None)))
C(TD, ("Turkish shelling near Amedi in 2021", L, dict(pl="Amedi", nr=True, dt=year(2021), at=MR, pe=TUR)),
  ("stretch it back to 2020", L, start_at(year(2020))),
  ("how many died in total?", N, {}))
C(TG, ("list kidnappings in Salahuddin in 2023, only dated", L, dict(pv="Salahuddin", dt=year(2023), at=KID, do=True)),
  ("include undated ones", L, dict(do=False)),
  ("now the year before", L, move_years(-1)))
C(TH, ("attacks on police in Kirkuk in Q2 2024", L, dict(pv="Kirkuk", dt=quarter(2024, 2), ta=POL)),
  ("no, Q1 not Q2", L, quarter_of_same_year(1)),
  ("give me a briefing on those", B, {}))
C(TB, ("how many Yazidis were killed in Sinjar in 2020?", N, dict(pl="Sinjar", dt=year(2020), ta=CIV)),
  ("and wounded?", N, {}),
  ("now for the whole of Ninewa", N, widen_to_province()))
C(TE, ("attacks in Nineveh in 2022", L, dict(pv="Nineveh", dt=year(2022))),
  ("only those in Mosul", L, dict(pv=None, pl="Mosul")),
  ("around Tal Afar instead", L, dict(pl="Tal Afar", nr=True)))
C(TF, ("how many attacks on civilians in Diyala in 2022?", N, dict(pv="Diyala", dt=year(2022), ta=CIV)),
  ("and the ones against police?", N, dict(ta=POL)),
  ("extend it to cover 2021 as well", N, start_at(year(2021))))
C(TC, ("ISIS attacks near Tarmiyah in Q2 2021", L, dict(pl="Tarmiyah", nr=True, dt=quarter(2021, 2), pe=IS)),
  ("now Q3 so far", L, quarter_of_same_year(3)),
  ("any of those against the PMU?", L, dict(ta=PMU)))
C(TD, ("kidnappings in Kirkuk in 2021", L, dict(pv="Kirkuk", dt=year(2021), at=KID)),
  ("Switching subjects: who carried out the rocket attack on Erbil airport on 15 February 2021?", FA, FRESH(pl="Erbil airport", dt=day(2021, 2, 15), at=MR)),
  ("and the one on Ain al-Asad on 3 March 2021?", FA, dict(pl="Ain al-Asad", dt=day(2021, 3, 3))))
C(TE, ("brief me on attacks in Sinjar in 2022", B, dict(pl="Sinjar", dt=year(2022))),
  ("only the Turkish drone strikes", B, dict(at=AIR, pe=TUR)),
  ("how many civilians were among the dead?", N, dict(ta=CIV)))
C(TG, ("attacks in Kirkuk in December 2023", L, dict(pv="Kirkuk", dt=month(2023, 12))),
  ("go back one more month", L, start_earlier(1)),
  ("only the ones by IS", L, dict(pe=IS)))
C(TH, ("list the IED incidents in Anbar during 2023", L, dict(pv="Anbar", dt=year(2023), at=IED)),
  ("just the first half", L, half_of_same_year(1)),
  ("sorry, I meant Nineveh", L, dict(pv="Nineveh")))
C(TA, ("attacks on the Peshmerga in Kirkuk in 2019, dated only", L, dict(pv="Kirkuk", dt=year(2019), ta=PESH, do=True)),
  ("include undated ones", L, dict(do=False)),
  ("drop the target too", L, dict(ta=None)))


# ================================================================ ordering and output
INTENT_ORDER = ["listing", "count", "briefing", "fact"]


def balanced_order(items, key, key_order):
    """Assign dev/final alternately within each key group, then interleave dev and final
    (dev first), each side in authoring order."""
    groups = defaultdict(list)
    for k, it in enumerate(items):
        groups[key(it)].append((k, it))
    dev, fin = [], []
    flip = False
    for g in key_order:
        lst = groups[g]
        for j, pair in enumerate(lst):
            (dev if (j % 2 == 0) != flip else fin).append(pair)
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


Q_BASE, C_BASE = 6001, 601   # q5001/c501 are taken by realworld3


def build():
    qs = []
    for i, q in enumerate(balanced_order(QS, lambda r: r["intent"], INTENT_ORDER)):
        rec = {"id": "q%d" % (Q_BASE + i), "question": q["question"], "intent": q["intent"],
               "filters": q["filters"], "today": q["today"],
               "split": "final" if i % 2 else "dev"}
        if q.get("inexpressible"):
            rec["inexpressible"] = True
        qs.append(rec)
    cs = []
    for i, c in enumerate(balanced_order(CS, lambda r: len(r["turns"]), [2, 3])):
        cs.append({"id": "c%d" % (C_BASE + i), "turns": c["turns"], "today": c["today"],
                   "split": "final" if i % 2 else "dev"})
    return qs, cs


def stats(qs, cs):
    print("questions by intent/split:")
    for it in INTENT_ORDER:
        d = sum(1 for q in qs if q["intent"] == it and q["split"] == "dev")
        f = sum(1 for q in qs if q["intent"] == it and q["split"] == "final")
        print("  %-9s dev %3d final %3d total %3d" % (it, d, f, d + f))
    print("  inexpressible:", sum(1 for q in qs if q.get("inexpressible")))
    print("question today:", sorted(Counter(q["today"] for q in qs).items()))
    fs = [q["filters"] for q in qs]
    print("place", sum(1 for f in fs if f["place"]), "near", sum(1 for f in fs if f["near"]),
          "province", sum(1 for f in fs if f["province"]),
          "neither", sum(1 for f in fs if not f["place"] and not f["province"]),
          "dated_only", sum(1 for f in fs if f["dated_only"]),
          "no date", sum(1 for f in fs if not f["date_from"] and not f["date_to"]),
          "single day", sum(1 for f in fs if f["date_from"] and f["date_from"] == f["date_to"]),
          "open end", sum(1 for f in fs if f["date_from"] and not f["date_to"]),
          "open start", sum(1 for f in fs if f["date_to"] and not f["date_from"]))
    print("distinct places", len({f["place"] for f in fs if f["place"]}),
          "distinct provinces", len({f["province"] for f in fs if f["province"]}))
    for k in ("attack_type", "perpetrator", "target"):
        print(k, Counter(f[k] for f in fs).most_common())
    print("conversations by turns/split:")
    for n in (2, 3):
        d = sum(1 for c in cs if len(c["turns"]) == n and c["split"] == "dev")
        f = sum(1 for c in cs if len(c["turns"]) == n and c["split"] == "final")
        print("  %d turns: dev %d final %d" % (n, d, f))
    print("conversation today:", sorted(Counter(c["today"] for c in cs).items()))
    print("last-turn intents:", Counter(c["turns"][-1]["intent"] for c in cs).most_common())
    print("follow-up intents:", Counter(t["intent"] for c in cs for t in c["turns"][1:]).most_common())
    print("first-turn intents:", Counter(c["turns"][0]["intent"] for c in cs).most_common())


def main():
    qs, cs = build()
    write("questions.jsonl", qs)
    write("conversations.jsonl", cs)
    print("wrote %d questions, %d conversations" % (len(qs), len(cs)))
    if "--stats" in sys.argv:
        stats(qs, cs)


if __name__ == "__main__":
    main()
