"""Helpers for authoring the held-out set realworld4 (adapted from realworld2's
lib.py). Docs carry [[x|...]] evidence markers around the evidence sentence of
incident x; markers are stripped when files are written. Every date and weekday
string in the texts is produced here from an ISO date."""
import datetime as _dt
import re

DOCS = []
KEYS = {}
MARK = re.compile(r"\[\[([a-z])\|(.*?)\]\]", re.S)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
AP_M = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
        "Nov.", "Dec."]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty"]


def D(style, ext, report_date, country, text, incs=(), title=None, outlet=None, key=None):
    d = dict(num=len(DOCS) + 1, style=style, ext=ext, report_date=report_date,
             country=country, text=text, incs=list(incs), title=title, outlet=outlet, key=key)
    DOCS.append(d)
    if key:
        assert key not in KEYS, key
        KEYS[key] = d


def I(sfx, date, prec, phrase, place, canon, prov, perp, claimed, target,
      atype, k, w, kt, wt, country="Iraq"):
    return dict(sfx=sfx, event_date=date, date_precision=prec,
                date_phrase=phrase, place=place, place_canonical=canon,
                province=prov, country=country, perpetrator=perp,
                claimed=claimed, target=list(target), attack_type=list(atype),
                killed=k, wounded=w, killed_text=kt, wounded_text=wt)


def _d(iso):
    return _dt.date.fromisoformat(iso)


def add(iso, n):
    return (_d(iso) + _dt.timedelta(days=n)).isoformat()


def W(iso):
    """Weekday name of an ISO date."""
    return _d(iso).strftime("%A")


def Wa(iso):
    return W(iso)[:3]


def DMY(iso):          # 7 June 2022
    x = _d(iso)
    return "%d %s %d" % (x.day, MONTHS[x.month - 1], x.year)


def DM(iso):           # 7 June
    x = _d(iso)
    return "%d %s" % (x.day, MONTHS[x.month - 1])


def MDY(iso):          # June 7, 2022
    x = _d(iso)
    return "%s %d, %d" % (MONTHS[x.month - 1], x.day, x.year)


def MD(iso):           # June 7
    x = _d(iso)
    return "%s %d" % (MONTHS[x.month - 1], x.day)


def Mb(iso):           # Jun 7
    x = _d(iso)
    return "%s %d" % (MONTHS[x.month - 1][:3], x.day)


def bM(iso):           # 7 Jun
    x = _d(iso)
    return "%d %s" % (x.day, MONTHS[x.month - 1][:3])


def AP(iso):           # Sept. 7
    x = _d(iso)
    return "%s %d" % (AP_M[x.month - 1], x.day)


def ORD(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def ORDM(iso):         # 7th of June
    x = _d(iso)
    return "%s of %s" % (ORD(x.day), MONTHS[x.month - 1])


def MORD(iso):         # June 7th
    x = _d(iso)
    return "%s %s" % (MONTHS[x.month - 1], ORD(x.day))


def US(iso, sep="/"):  # 06/17/2022  (only used when day > 12)
    x = _d(iso)
    assert x.day > 12, iso
    return "%02d%s%02d%s%d" % (x.month, sep, x.day, sep, x.year)


def EU(iso, sep="/"):  # 17/06/2022  (only used when day > 12 for / and -)
    x = _d(iso)
    if sep in "/-":
        assert x.day > 12, iso
    return "%02d%s%02d%s%d" % (x.day, sep, x.month, sep, x.year)


def DMON(iso):         # 17-Jun-2022
    x = _d(iso)
    return "%02d-%s-%d" % (x.day, MONTHS[x.month - 1][:3], x.year)


def ROM(iso):          # 17.VI.2022
    x = _d(iso)
    return "%d.%s.%d" % (x.day, ROMAN[x.month - 1], x.year)


def ROMS(iso):         # 17 VI 2022
    x = _d(iso)
    return "%d %s %d" % (x.day, ROMAN[x.month - 1], x.year)


def COMPACT(iso):      # 20220617
    return iso.replace("-", "")


def YMD(iso, sep="."):  # 2022.06.17
    return iso.replace("-", sep)


def MON_Y(iso):        # June 2022
    x = _d(iso)
    return "%s %d" % (MONTHS[x.month - 1], x.year)


def DTG(iso, hhmm, zone="C"):  # 171430C JUN 22
    x = _d(iso)
    return "%02d%s%s %s %02d" % (x.day, hhmm, zone, MONTHS[x.month - 1][:3].upper(), x.year % 100)


def N(n, cap=False):
    w = WORDS[n]
    return w.capitalize() if cap else w


def strip_marks(text):
    return MARK.sub(lambda m: m.group(2), text)


def evidence(text):
    return {m.group(1): m.group(2) for m in MARK.finditer(text)}
