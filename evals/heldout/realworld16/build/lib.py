"""Authoring helpers for held-out set realworld16 (stdlib only; copied from realworld15).

Gold records are written first as I(...) calls; report texts are written
around them with [[x|...]] evidence markers (x = incident suffix a/b/c).
Date strings are typed next to their ISO date in the data files; build.py
checks every weekday phrase against the event date and the report date."""
import calendar
import datetime as dt

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def D(iso):
    return dt.date.fromisoformat(iso)


def add(iso, n):
    return (D(iso) + dt.timedelta(days=n)).isoformat()


def W(iso):
    return D(iso).strftime("%A")


def ordn(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


WORDS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
         "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
         "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second",
         "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
         "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"]


CARD = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "twenty-one", "twenty-two", "twenty-three",
        "twenty-four", "twenty-five", "twenty-six", "twenty-seven", "twenty-eight",
        "twenty-nine", "thirty", "thirty-one"]


def F(iso, spec):
    """spec tokens: {D} {DD} {Do} {M} {MM} {Month} {Mon} {MON} {Sept} {YYYY} {YY}
    {Wd} (Monday) {Wdy} (Mon) {R} (Roman month) {Dw} (eleventh) {Dc} (eleven)
    {mon} (feb) {rom} (xi)."""
    d = D(iso)
    mn = MONTHS[d.month - 1]
    return spec.format(D=d.day, DD="%02d" % d.day, Do=ordn(d.day), M=d.month,
                       MM="%02d" % d.month, Month=mn, Mon=mn[:3], MON=mn[:3].upper(),
                       Sept=("Sept" if d.month == 9 else mn[:3]),
                       YYYY=d.year, YY="%02d" % (d.year % 100), Wd=W(iso),
                       Wdy=W(iso)[:3], R=ROMAN[d.month - 1], Dw=WORDS[d.day],
                       Dc=CARD[d.day], mon=mn[:3].lower(), rom=ROMAN[d.month - 1].lower())


AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
      "Nov.", "Dec."]


def ap(iso):
    """AP / Crisis24 style month-day: 'Oct. 5', 'March 3'."""
    d = D(iso)
    return "%s %d" % (AP[d.month - 1], d.day)


def rt(iso):
    """Reuters dateline month-day: 'Oct 5', 'Sept 5', 'March 3'."""
    d = D(iso)
    m = MONTHS[d.month - 1]
    m = "Sept" if d.month == 9 else (m if len(m) <= 5 else m[:3])
    return "%s %d" % (m, d.day)


def dmy(iso):
    """'5 October 2021'"""
    d = D(iso)
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def mdy(iso):
    """'October 5, 2021'"""
    d = D(iso)
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


def dm(iso):
    """'5 October'"""
    d = D(iso)
    return "%d %s" % (d.day, MONTHS[d.month - 1])


def md(iso):
    """'October 5'"""
    d = D(iso)
    return "%s %d" % (MONTHS[d.month - 1], d.day)


def us(iso):
    """GTD summary date '10/05/2021' (MM/DD/YYYY)"""
    d = D(iso)
    return "%02d/%02d/%d" % (d.month, d.day, d.year)


def num(iso):
    """'05/10/2021' (DD/MM/YYYY)"""
    d = D(iso)
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


# ------------------------------------------------------------------ registry
DOCS = []        # in id order
QUESTIONS = []
CONVS = []


def I(s, date, phrase, place, canon, prov, perp, claimed, target, types,
      k, kt, w, wt, prec="day", country="Iraq"):
    """One gold incident. s = suffix (a, b, c) = evidence marker key.
    target / types: '+'-separated strings ('' = [])."""
    return dict(sfx=s, event_date=date, date_precision=prec, date_phrase=phrase,
                place=place, place_canonical=canon, province=prov, country=country,
                perpetrator=perp, claimed=claimed,
                target=[t for t in target.split("+") if t],
                attack_type=[t for t in types.split("+") if t],
                killed=k, wounded=w,
                killed_text=kt if kt is not None else "none reported",
                wounded_text=wt if wt is not None else "none reported")


def doc(key, style, rd, text, incs=(), ext="txt", country="Iraq", **meta):
    DOCS.append(dict(key=key, style=style, report_date=rd, text=text,
                     incs=list(incs), ext=ext, country=country, meta=meta))


def f(place=None, near=False, prov=None, dfrom=None, dto=None, type=None,
      perp=None, target=None, dated=False):
    return {"place": place, "near": near, "province": prov, "date_from": dfrom,
            "date_to": dto, "attack_type": type, "perpetrator": perp,
            "target": target, "dated_only": dated}


def month(ym):
    y, m = map(int, ym.split("-"))
    return "%04d-%02d-01" % (y, m), "%04d-%02d-%02d" % (y, m, calendar.monthrange(y, m)[1])


def year(y):
    return "%d-01-01" % y, "%d-12-31" % y


def span(a, b):
    """span('2022-03', '2022-05') -> first day of a .. last day of b"""
    return month(a)[0], month(b)[1]


def Q(text, intent, flt, today="2025-12-01", ev=None, field=None, no_match=False):
    QUESTIONS.append(dict(question=text, intent=intent, filters=flt, today=today,
                          ev=ev, field=field, no_match=no_match))


def C(q1, i1, f1, q2, i2, f2, today="2025-12-01"):
    CONVS.append(dict(turns=[dict(question=q1, filters=f1, intent=i1),
                             dict(question=q2, filters=f2, intent=i2)], today=today))
