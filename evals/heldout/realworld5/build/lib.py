"""Authoring helpers for realworld5 (written from scratch; stdlib only).

Every date or weekday string in a report is produced from an ISO date by F()
or one of its short forms, never typed by hand."""
import datetime as dt
import re

NR = "none reported"
_MON = ["January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ROM = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen", "twenty"]


def D(s):
    return dt.date.fromisoformat(s)


def add(s, n):
    return (D(s) + dt.timedelta(days=n)).isoformat()


def ordn(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def F(s, spec):
    """Format ISO date s. Tokens: {D} day, {DD} padded day, {th} ordinal day,
    {M} month number, {MM} padded, {Mon} Jan, {MON} JAN, {Month} January,
    {MONTH} JANUARY, {YYYY}, {YY}, {W} Monday, {Wd} Mon, {ROM} Roman month,
    {Dw} day in words."""
    d = D(s)
    tok = {
        "DD": "%02d" % d.day, "D": str(d.day), "th": ordn(d.day),
        "MM": "%02d" % d.month, "M": str(d.month),
        "Month": _MON[d.month - 1], "MONTH": _MON[d.month - 1].upper(),
        "Mon": _MON[d.month - 1][:3], "MON": _MON[d.month - 1][:3].upper(),
        "YYYY": str(d.year), "YY": "%02d" % (d.year % 100),
        "W": _DAYS[d.weekday()], "Wd": _DAYS[d.weekday()][:3],
        "ROM": _ROM[d.month - 1], "Dw": _WORDS[d.day] if d.day <= 20 else str(d.day),
    }
    return re.sub(r"\{(\w+)\}", lambda m: tok[m.group(1)], spec)


def W(s):
    return F(s, "{W}")


def ISO(s):
    return s


# ------------------------------------------------------------------ records
DOCS = []


def I(ed, dp, place, canon, prov, perp, claimed, target, types, k, kt, w, wt,
      prec="day", country="Iraq"):
    return dict(event_date=ed, date_precision=prec, date_phrase=dp, place=place,
                place_canonical=canon, province=prov, country=country, perpetrator=perp,
                claimed=claimed, target=list(target), attack_type=list(types),
                killed=k, wounded=w, killed_text=kt, wounded_text=wt)


def doc(key, style, rd, text, incs=(), ext="txt", title=None, outlet=None,
        published=None, country="Iraq"):
    DOCS.append(dict(key=key, style=style, report_date=rd, text=text.strip("\n"),
                     incs=list(incs), ext=ext, title=title, outlet=outlet,
                     published=published, country=country))
