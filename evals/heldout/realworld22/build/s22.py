"""Set-22 helpers (new code only; the gold helpers I, doc, F, W, add come from
realworld16/build/lib.py, imported as is).

isow(iso):    ISO week date '2021-W07-2' (day 1 = Monday), as coder sheets print it.
ordinal(iso): ordinal date '2024-051' (year and day of the year).
doy(iso):     day of the year as an int.
solar(iso):   the Solar Hijri (Persian) date '14 Tir 1404' printed beside a Gregorian one;
              Nowruz dates are tabulated for the years this set uses (decoration only:
              the Gregorian date beside it decides, README).
rfc(iso, t):  an RFC-822 / e-mail Date: header value 'Thu, 14 May 2026 10:20:00 +0300'."""
import datetime as dt

import lib

NOWRUZ = {1397: "2018-03-21", 1398: "2019-03-21", 1399: "2020-03-20", 1400: "2021-03-21", 1401: "2022-03-21",
          1402: "2023-03-21", 1403: "2024-03-20", 1404: "2025-03-21", 1405: "2026-03-21", 1406: "2027-03-21"}
SM = ["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey",
      "Bahman", "Esfand"]


def isow(iso):
    y, w, d = lib.D(iso).isocalendar()[:3]
    return "%d-W%02d-%d" % (y, w, d)


def doy(iso):
    return lib.D(iso).timetuple().tm_yday


def ordinal(iso):
    return "%d-%03d" % (lib.D(iso).year, doy(iso))


def solar(iso):
    d = lib.D(iso)
    sy = max(y for y, s in NOWRUZ.items() if lib.D(s) <= d)
    k = (d - lib.D(NOWRUZ[sy])).days
    for i, name in enumerate(SM):
        n = 31 if i < 6 else 30 if i < 11 else (lib.D(NOWRUZ[sy + 1]) - lib.D(NOWRUZ[sy])).days - 336
        if k < n:
            return "%d %s %d" % (k + 1, name, sy)
        k -= n
    raise ValueError(iso)


def rfc(iso, t="09:00:00", tz="+0300"):
    d = lib.D(iso)
    return "%s, %02d %s %d %s %s" % (d.strftime("%a"), d.day, lib.MONTHS[d.month - 1][:3], d.year, t, tz)


assert isow("2021-02-16") == "2021-W07-2" and ordinal("2024-02-20") == "2024-051"
assert solar("2025-03-21") == "1 Farvardin 1404" and solar("2025-03-20") == "30 Esfand 1403"
assert dt.date(2026, 5, 14).strftime("%a") == "Thu"
