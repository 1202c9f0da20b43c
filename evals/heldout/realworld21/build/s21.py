"""Set-21 helpers (new code only; the gold helpers I, doc, F, W, add come from
realworld16/build/lib.py, imported as is).

hijri(iso): the tabular (Kuwaiti) Hijri date printed beside a Gregorian one.
kurd(iso):  the Kurdish-calendar date (year = Gregorian + 700 from Newroz, 21 March;
            + 699 before it), printed beside a Gregorian one.
Both are decoration in headers: the Gregorian date beside them decides (README)."""
import datetime as dt

import lib

HM = ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhira",
      "Rajab", "Shaaban", "Ramadan", "Shawwal", "Dhu al-Qada", "Dhu al-Hijja"]
KM = [("Xakelêwe", 31), ("Gulan", 31), ("Cozerdan", 31), ("Pûşper", 31), ("Gelawêj", 31),
      ("Xermanan", 31), ("Rezber", 30), ("Gelarêzan", 30), ("Sermawez", 30), ("Befranbar", 30),
      ("Rêbendan", 30), ("Reşeme", 31)]


def hijri(iso):
    jd = lib.D(iso).toordinal() + 1721425
    n0 = jd - 1948440 + 10632
    n = (n0 - 1) // 10631
    x = n0 - 10631 * n + 354
    j = ((10985 - x) // 5316) * ((50 * x) // 17719) + (x // 5670) * ((43 * x) // 15238)
    x = x - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * x) // 709
    d = x - (709 * m) // 24
    return "%d %s %d AH" % (d, HM[m - 1], 30 * n + j - 30)


def kurd(iso):
    d = lib.D(iso)
    start = dt.date(d.year, 3, 21)
    y = d.year + 700
    if d < start:
        start, y = dt.date(d.year - 1, 3, 21), y - 1
    k = (d - start).days
    for name, n in KM:
        if k < n:
            return "%d %s %d" % (k + 1, name, y)
        k -= n
    raise ValueError(iso)
