"""Set-18 helpers (new code only; the gold helpers come from realworld16/build/lib.py).

hijri(iso)  -> '20 Rajab 1441'  (tabular / "Kuwaiti" arithmetic Islamic calendar;
               printed beside the Gregorian date, which alone decides the gold)
kurd(iso)   -> '12 Xakelêwe 2725' (Kurdish solar calendar, year = Gregorian + 700
               from Newroz, 21 March; months of 31 x 6, 30 x 5, then Reşeme)
Hd(...)     -> lib.I(...) flagged as a record whose day has to be worked out
               (questions.py asks for the date of many of them)."""
import datetime as dt

import lib

HM = ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhira",
      "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qada", "Dhu al-Hijja"]
KM = ["Xakelêwe", "Gulan", "Cozerdan", "Pûşper", "Gelawêj", "Xermanan", "Rezber", "Gelarêzan",
      "Sermawez", "Befranbar", "Rêbendan", "Reşeme"]


def hijri(iso):
    d = dt.date.fromisoformat(iso)
    jd = d.toordinal() + 1721425
    l_ = jd - 1948440 + 10632
    n = (l_ - 1) // 10631
    l_ = l_ - 10631 * n + 354
    j = ((10985 - l_) // 5316) * ((50 * l_) // 17719) + (l_ // 5670) * ((43 * l_) // 15238)
    l_ = l_ - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l_) // 709
    day = l_ - (709 * m) // 24
    y = 30 * n + j - 30
    return "%d %s %d" % (day, HM[m - 1], y)


def kurd(iso):
    d = dt.date.fromisoformat(iso)
    ny = dt.date(d.year, 3, 21)
    if d < ny:
        ny = dt.date(d.year - 1, 3, 21)
    k = (d - ny).days
    for i, ln in enumerate([31] * 6 + [30] * 5 + [31]):
        if k < ln:
            return "%d %s %d" % (k + 1, KM[i], ny.year + 700)
        k -= ln
    raise ValueError(iso)


def Hd(*a, **kw):
    r = lib.I(*a, **kw)
    r["hard"] = True
    return r
