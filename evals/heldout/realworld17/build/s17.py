"""Set-17 helpers (new code only; everything else comes from realworld16/build/lib.py).

rel(kind, today) turns a relative period into (date_from, date_to) given the
question's `today`; build.py asserts that every question tagged with a
relative period carries exactly this range (conventions in README.md)."""
import calendar
import datetime as dt

import lib


def _m(y, m):
    return lib.month("%04d-%02d" % (y, m))


def rel(kind, today):
    t = dt.date.fromisoformat(today)
    k, _, n = kind.partition(":")
    if k == "last_month":            # the previous calendar month
        y, m = (t.year, t.month - 1) if t.month > 1 else (t.year - 1, 12)
        return _m(y, m)
    if k == "months_ago":            # the calendar month n months back
        idx = t.year * 12 + t.month - 1 - int(n)
        return _m(idx // 12, idx % 12 + 1)
    if k == "this_month":            # from the 1st to today
        return "%04d-%02d-01" % (t.year, t.month), today
    if k == "this_year":             # "this year" / "so far this year": from 1 January, open end (as set 16)
        return "%d-01-01" % t.year, None
    if k == "last_year":
        return lib.year(t.year - 1)
    if k == "years_ago":
        return lib.year(t.year - int(n))
    if k == "past_days":             # "past N days" / "past two weeks": today-N .. today
        return (t - dt.timedelta(days=int(n))).isoformat(), today
    if k == "yesterday":
        x = (t - dt.timedelta(days=1)).isoformat()
        return x, x
    if k == "last_quarter":
        q = (t.month - 1) // 3
        y, q = (t.year, q - 1) if q else (t.year - 1, 3)
        return lib.span("%d-%02d" % (y, 3 * q + 1), "%d-%02d" % (y, 3 * q + 3))
    if k == "last_week":             # the Monday-Sunday week before the one holding today
        mon = t - dt.timedelta(days=t.weekday() + 7)
        return mon.isoformat(), (mon + dt.timedelta(days=6)).isoformat()
    raise ValueError(kind)


def Qr(text, intent, flt, today, kind):
    """lib.Q with the relative period recorded for build.py's check."""
    lib.Q(text, intent, flt, today=today)
    lib.QUESTIONS[-1]["rel"] = kind


def quarter(y, q):
    return lib.span("%d-%02d" % (y, 3 * q - 2), "%d-%02d" % (y, 3 * q))


def half(y, h):
    return lib.span("%d-%02d" % (y, 6 * h - 5), "%d-%02d" % (y, 6 * h))


def days(a, b):
    return a, b


def W(iso):
    return lib.W(iso)
