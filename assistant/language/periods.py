"""Date ranges named in questions: 'in 2022', 'last month', 'between May and July 2021', 'since 18 December 2022'."""

from __future__ import annotations

import datetime as dt
import re

from hijridate import Gregorian, Hijri

from assistant.language.dates import numeric_date
from assistant.language.vocab import MONTHS, NUMBER_WORDS, month_number
from assistant.schemas import month_end

_Y = r"(?:19|20)\d{2}"
_MON = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_NUMERIC = (
    rf"\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_Y}"  # 03/25/2020, 25-10-2021, 11/03/2022 (day first when either could be: _period)
)
_MON_NAMES = "|".join(m.lower() for m in MONTHS)
_FULL_DATE = (
    rf"(?:{_Y}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|{_NUMERIC}|{_DAY}\s+(?:of\s+)?{_MON},?\s+{_Y}|{_MON}\s+{_DAY},?\s+{_Y}|"
    rf"{_MON},?\s+{_Y}|{_Y})"
)
_DATE = rf"(?:{_FULL_DATE}|{_MON})"  # a bare month only after a word that makes it a date ("in May")
_DAY_MONTH = rf"(?:{_DAY}\s+(?:of\s+)?{_MON}|{_MON}\s+{_DAY})"  # a day without its year ('3 March', 'Jan 5')
# ('2000 people' is a count; a year of the records' span before its victims, 'diyala 2021 civilians', is the year)
_NOT_A_YEAR = (
    r"(?:(?<=20[12]\d)(?!\s+(?:km|kilomet|miles))|"
    r"(?!\s+(?:people|persons|civilians|fighters|soldiers|troops|militants|members|men|km|kilomet|miles)))"
)
_FULL_DAY = (  # a date with its day, month and year, in any of the forms users type
    rf"(?:{_Y}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|{_NUMERIC}|{_DAY}\s+(?:of\s+)?{_MON},?\s+{_Y}|{_MON}\s+{_DAY},?\s+{_Y})"
)
_MONTH_SPAN = re.compile(
    rf"\b(?P<m1>{_MON})(?:\s+(?P<y1>{_Y}))?\s*(?:-|–|to|until|till|through|thru)\s*(?P<m2>{_MON}),?\s+(?P<y2>{_Y})\b"
)
_WINTER_SPAN = re.compile(  # 'winter 2020-21', 'the winter of 2021/2022', 'the 2021/22 winter'
    rf"\bwinter\s+(?:of\s+)?(?P<y>{_Y})\s*[-–/]\s*(?:19|20)?\d{{2}}\b|"
    rf"\b(?P<y0>{_Y})\s*[-–/]\s*(?:19|20)?\d{{2}}\s+winter\b"
)
# The Islamic calendar's days an analyst in Iraq dates by (Umm al-Qura, as hijridate computes it): the month of
# Ramadan, the two Eids, Ashura and Arbaeen (pilgrimages, and attacks on them). Name -> (Hijri month, first day, last
# day; 0: the month's end).
_HOLY = {
    "ramadan": (9, 1, 0),
    "muharram": (1, 1, 0),
    "eid al-fitr": (10, 1, 3),
    "eid al-adha": (12, 10, 13),
    "ashura": (1, 10, 10),
    "arbaeen": (2, 20, 20),
}
_HOLY_NAMES = (
    r"(?P<n>rama[dz]h?an|muharram|eid[\s-]+(?:al|ul|el)?[\s-]*fitr|eid[\s-]+(?:al|ul|el)?[\s-]*adha|ash[ou]u?ra|"
    r"arba['’]?ee?n|arbain)"
)
# (after a word that makes it a time, or opening the question: never a man's name, 'Taha Yassin Ramadan', 'the
# journalist Ramadan Ali')
_HOLY_SPAN = re.compile(
    # with its year, anywhere: 'Ramadan 2021', 'Ramadan of 2017', 'the 2019 Ramadan attacks'
    rf"\b(?:(?P<rel1>this|last|previous)\s+)?(?:the\s+)?(?:holy\s+month\s+of\s+)?{_HOLY_NAMES.replace('<n>', '<n1>')}"
    rf"\s+(?:(?:of|in)\s+)?(?P<y>{_Y})\b|"
    rf"\b(?P<y0>{_Y})(?:['’]s)?\s+(?:holy\s+month\s+of\s+)?{_HOLY_NAMES.replace('<n>', '<n0>')}\b|"
    # without one, after a word that makes it a time or opening the question
    r"(?:(?<=\bduring\s)|(?<=\bin\s)|(?<=\bon\s)|(?<=\bat\s)|(?<=\bover\s)|(?<=\bthrough\s)|(?<=\bthroughout\s)|"
    r"(?<=\bof\s)|(?<=\bfor\s)|(?<=\bthis\s)|(?<=\blast\s)|(?<=\bprevious\s)|(?<=\bthe\s)|(?<=\bsince\s)|"
    r"(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bahead\sof\s)|(?<=\baround\s)|(?<=\bwithin\s)|"
    r"(?<=\bacross\s)|(?<=['’]s\s)|^)"
    rf"(?:(?P<rel>this|last|previous|the\s+last)\s+)?(?:the\s+)?(?:holy\s+month\s+of\s+)?{_HOLY_NAMES}\b"
)


def _holy_key(written: str) -> str:
    w = re.sub(r"[\s'’-]+", "", written.lower())
    if w.startswith("rama"):
        return "ramadan"
    if w.startswith("ash"):
        return "ashura"
    if w.startswith("arba"):
        return "arbaeen"
    if w.startswith("eid"):
        return "eid al-fitr" if w.endswith("fitr") else "eid al-adha"
    return w


def _holy_days(key: str, hijri_year: int) -> tuple[dt.date, dt.date]:
    month, first, last = _HOLY[key]
    start = Hijri(hijri_year, month, first)
    end = Hijri(hijri_year, month, last or start.month_length())
    # a day of a few (Ashura, Arbaeen, the Eids) is kept one day later too: Iraq's Shia calendar often marks it a day
    # after Umm al-Qura (Ashura 2004: 1 March there, the Karbala bombings on 2 March)
    margin = dt.timedelta(days=1 if last else 0)
    return dt.date(*start.to_gregorian().datetuple()), dt.date(*end.to_gregorian().datetuple()) + margin


def holy_period(m: re.Match[str], today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days a match of _HOLY_SPAN names: 'Ramadan 2021' is 13 April to 12 May 2021 (the one that begins in that
    year; a year with two, 2030, gives the first); a bare or 'last' one is the latest begun by `today`. None outside
    the calendar's range."""
    key = _holy_key(m["n"] or m["n0"] or m["n1"])
    try:
        if year := m["y"] or m["y0"]:
            first = Gregorian(int(year), 1, 1).to_hijri().year
            spans = [_holy_days(key, h) for h in (first, first + 1)]
            return next((s for s in spans if s[0].year == int(year)), None)
        now = Gregorian(today.year, today.month, today.day).to_hijri().year
        begun = [s for s in (_holy_days(key, h) for h in (now - 1, now)) if s[0] <= today]
        if any(w in (m["rel"] or "") for w in ("last", "previous")) and begun and begun[-1][1] >= today:
            begun = begun[:-1]  # 'last Ramadan' while one is under way: the one before it
        return begun[-1] if begun else None
    except (OverflowError, ValueError):
        return None


_COUNT = NUMBER_WORDS | {"couple of": 2, "few": 3}  # 'the past three months', 'the last couple of years'
_COUNT_WORDS = "|".join(sorted(_COUNT, key=len, reverse=True))


# What a relative or back-referring year can follow: 'the first half of this year', 'Q2 of last year', 'December
# last year', 'the summer of that year'
_PART_NAMES = rf"half|quarter|months|spring|summer|autumn|fall|winter|q[1-4]|h[12]|{_MON_NAMES}"
# 'in H2 2021, October only', 'Q1 2023, January and February only', '2022 - just March': months that narrow the
# period named before them ('only in May 2021' names a period of its own; 'you may only' is no month)
_MONTHS_ONLY = re.compile(
    rf"(?:[,;:(\u2013\u2014-]|\bbut|\band)\s*(?:(?:only|just)\s+(?:in\s+)?(?P<a>{_MON}(?:\s*(?:,|and|&|or|to|-)\s*{_MON})*)"
    rf"(?!\s*\d)|(?:in\s+)?(?P<b>{_MON}(?:\s*(?:,|and|&|or|to|-)\s*{_MON})*)\s+only)\b"
)


def date_range(low: str, today: dt.date, year: int | None = None) -> dict[str, dt.date | None]:
    """date_from/date_to from the first date expression found; none for impossible dates ('31 February'). `year`
    is the year a part of a year without one means ('and Q2?' after a question about 2021)."""
    try:
        return _narrowed(low, _date_range(low, today, year))
    except ValueError:
        return {}


def _with_year(part: str, year: int) -> str:
    """'half' -> 'half of 2021', 'december' -> 'december 2021': a part of a year written with its year."""
    return f"{part} of {year}" if part in ("half", "quarter", "months") else f"{part} {year}"


def _narrowed(low: str, span: dict[str, dt.date | None]) -> dict[str, dt.date | None]:
    """The span cut down to the months a refinement after it names ('in H2 2021, October only'): from the first
    named month to the last, each in the year that puts it inside the span; the span itself if one falls outside."""
    lo, hi = span.get("date_from"), span.get("date_to")
    m = _MONTHS_ONLY.search(low)
    if m is None or lo is None or hi is None or hi.year - lo.year > 1:
        return span
    parts = []
    for name in re.findall(_MON, m["a"] or m["b"]):
        mon = month_number(name)
        y = lo.year if dt.date(lo.year, mon, 1) >= lo.replace(day=1) else hi.year
        first, last = dt.date(y, mon, 1), month_end(y, mon)
        if first < lo.replace(day=1) or last > hi:
            return span
        parts.append((first, last))
    return {"date_from": min(p[0] for p in parts), "date_to": max(p[1] for p in parts)} if parts else span


_MONTH_NUMBER_YEAR = re.compile(rf"(?<![\d/.-])(0?[1-9]|1[0-2])\s?[/.]\s?({_Y})\b(?![/.-]\d)")  # '07/2022', '4.2024'
_YEAR_MONTH_NUMBER = re.compile(rf"(?<![\d/.-])({_Y})[/.-](0[1-9]|1[0-2])\b(?![/.-]\d)")  # '2022-07', '2022/07'
# 'Apr-2024', 'Apr/2024', "Jul.'22" (a two-digit year only after an apostrophe: 'Sep-20' may be the 20th);
# not the month of a day ('17-Apr-2021')
_MONTH_JOINED_YEAR = re.compile(rf"(?<![\d][-/. ])\b({_MON})(?:[-/.]\s?({_Y})|\s?[-/.]?\s?'(\d{{2}}))\b(?![/.-]\d)")


_DAY_MON_YEAR_JOINED = re.compile(rf"\b(\d{{1,2}})[-/.]({_MON})[-/.]({_Y})\b")  # '17-Apr-2021', '5/Jan/2020'


def _month_year_forms(low: str) -> str:
    """A month and year written with numbers or joined by a sign ('07/2022', '2022-07', 'Apr-2024', 'jul/22') as
    words, 'july 2022', which the rules below read. A year-month pair that is also a year and its next written short
    ('2021-22') is left to them."""

    def month_year(mon: str, year: str) -> str:
        return f"{MONTHS[int(mon) - 1].lower() if mon.isdigit() else mon} {year if len(year) == 4 else '20' + year}"

    low = _MONTH_NUMBER_YEAR.sub(lambda m: month_year(m[1], m[2]), low)
    low = _YEAR_MONTH_NUMBER.sub(lambda m: m[0] if int(m[2]) == (int(m[1]) + 1) % 100 else month_year(m[2], m[1]), low)
    low = re.sub(rf"\b({_MON})\s+of\s+({_Y})\b", r"\1 \2", low)  # 'November of 2021'
    low = _DAY_MON_YEAR_JOINED.sub(lambda m: f"{m[1]} {m[2].rstrip('.')} {m[3]}", low)
    return _MONTH_JOINED_YEAR.sub(lambda m: month_year(m[1].rstrip("."), m[2] or m[3]), low)


_TO_END = r"\s*(?:to|until|till|through|thru|-|–)\s+(?:the\s+)?end\s+of\s+"
_DAY_TO_MONTH_END = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?{_TO_END}(?:the\s+month\s+of\s+)?({_MON})(,?\s+{_Y})?\b")
# '15 March 2023 to the end of the month', 'from 20 Aug 2022 through month-end', '3 May till month end'
_DAY_MONTH_TO_ITS_END = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MON})(,?\s+{_Y})?(?:{_TO_END}(?:the|that)\s+month|"
    r"\s*(?:to|until|till|through|thru|-|–)\s+(?:the\s+)?(?:month|month's)[\s-]?end)\b"
)


def _to_month_end(low: str, today: dt.date) -> str:
    """'from the 15th to the end of March 2023', '15 March 2023 to the end of the month': the month's last day
    written out, so the span of two days of one month below reads it."""

    def last_day(mon: str, year: str | None) -> int:
        y = int(year.strip(", ")) if year else today.year
        return month_end(y, month_number(mon)).day

    low = _DAY_TO_MONTH_END.sub(lambda m: f"{m[1]} to {last_day(m[2], m[3])} {m[2]}{m[3] or ''}", low)
    return _DAY_MONTH_TO_ITS_END.sub(lambda m: f"{m[1]} to {last_day(m[2], m[3])} {m[2]}{m[3] or ''}", low)


def _date_range(low: str, today: dt.date, year: int | None = None) -> dict[str, dt.date | None]:
    # Relative words first, then ranges, then since/before, then a single date: the first that matches wins.
    low = _to_month_end(low, today)
    # 'since the start of 2021', 'up to and including June 2022': the period named, read as the words say
    low = re.sub(
        r"\b(since|from|after|before|until|till|up\s+to|up\s+until)\s+the\s+(?:very\s+)?(?:start|beginning|end)\s+of\s+",
        r"\1 ",
        low,
    )
    low = re.sub(r"\bup\s+to\s+and\s+including\b|\bthrough\s+the\s+end\s+of\b", "until", low)
    low = _month_year_forms(low)
    if (m := re.search(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)?\s+of\s+(last|this)\s+month\b", low)) and not re.search(
        r"\d(?:st|nd|rd|th)?\s+(?:and|to|until|-)\s+$", low[: m.start()]
    ):  # 'the 14th of last month' ('between the 5th and the 9th of last month' is a span)
        month_start = today.replace(day=1) if m.group(2) == "this" else _add_months(today.replace(day=1), -1)
        day = month_start.replace(day=min(int(m.group(1)), month_end(month_start.year, month_start.month).day))
        return {"date_from": day, "date_to": day}
    if (
        (holy := _HOLY_SPAN.search(low))
        # (a bare one beside a year the question gives, 'the Ashura bombings in Karbala in 2004', 'between 2019 and 2021
        # during Ramadan': the year stands)
        and (holy["y"] or holy["y0"] or not re.search(rf"\b{_Y}\b", low))
        # (a day told from it, 'the bombing before Eid al-Adha 2021', keeps the year it names: how long before is
        # not said)
        and not re.search(
            r"\b(?:before|after|since|until|till|prior\s+to|ahead\s+of|following)\s+$", low[: holy.start()]
        )
        and (days := holy_period(holy, today))
    ):
        return {"date_from": days[0], "date_to": days[1]}  # 'during Ramadan 2021', 'Ashura 2022', 'last Eid al-Adha'
    if winter := _WINTER_SPAN.search(low):  # 'winter 2020-21': December of the first year to February of the next
        december = int(winter["y"] or winter["y0"])
        return {"date_from": dt.date(december, 12, 1), "date_to": month_end(december + 1, 2)}
    low = re.sub(r"\b(?:year[- ]to[- ]date|ytd)\b", "this year", low)
    # 'month to date', 'qtd': the current month or quarter; 'since new year's day': since this year began
    low = re.sub(r"\b(?:month[- ]to[- ]date|mtd)\b", "this month", low)
    low = re.sub(r"\b(?:quarter[- ]to[- ]date|qtd)\b", "this quarter", low)
    low = re.sub(
        r"\b(since|from)\s+(?:the\s+)?new\s+year(?:['’]?s(?:\s+day)?)?\b(?!\s+(?:of\s+)?(?:19|20)\d\d)"
        r"(?!['’]?s?\s+(?:eve|holidays?|celebrations?|party|parties)\b)(?!\s+(?:to|until|till|through)\b)",
        r"\1 this year",
        low,
    )
    # 'the prior month', 'the trailing 30 days', 'the past fortnight', 'the last 48 hours': the words the relative
    # periods below read ('previous', 'past', two weeks, whole days)
    low = re.sub(
        r"\bprior\s+(?=\d+\s+(?:days|weeks|months|quarters|years)\b|(?:calendar\s+|full\s+|whole\s+)?"
        r"(?:day|week|month|quarter|year)\b)",
        "previous ",
        low,
    )
    low = re.sub(r"\btrailing\s+(?=(?:\d+\s+)?(?:days?|weeks?|months?|quarters?|years?)\b)", "past ", low)
    low = re.sub(r"\b(last|past|previous)\s+fortnight\b", r"\1 2 weeks", low)
    low = re.sub(
        r"\b(last|past|previous)\s+(\d+)\s+(?:hours|hrs)\b", lambda m: f"{m[1]} {max(1, int(m[2]) // 24)} days", low
    )
    low = re.sub(r"\byrs\b", "years", re.sub(r"\byr\b", "year", re.sub(r"\bqtrs?\b", "quarter", low)))
    # 'the first half of this year', 'March of last year', 'December last year', 'Q2 of this year': the relative
    # year, as a number
    low = re.sub(
        rf"\b({_PART_NAMES})\s+(?:of\s+)?(?:the\s+)?(this|last|previous|current)\s+(?:calendar\s+)?year\b",
        lambda m: _with_year(m.group(1), today.year - (m.group(2) in ("last", "previous"))),
        low,
    )
    # 'rocket attacks in 2023, in the last quarter of it', '2021 - the summer of that year': the year named before
    low = re.sub(
        rf"\b({_PART_NAMES})\s+of\s+(?:it|that\s+year|the\s+same\s+year|that)\b",
        lambda m: _with_year(m.group(1), int(years[-1])) if (years := re.findall(_Y, low[: m.start()])) else m[0],
        low,
    )
    if re.search(
        rf"\b(?:from|between)\s+(?:early|mid|late)[\s-]+{_MON}|\b(?:early|mid|late)[\s-]+{_MON}(?:,?\s+{_Y})?\s*"
        r"(?:to|until|till|through|and|-|\u2013)\s",
        low,
    ):  # 'from early March to late April 2023': the months of a span, whole
        low = re.sub(rf"\b(?:early|mid|late)[\s-]+(?={_MON})", "", low)
    if span := _stated_span(low, today, year):
        return span
    # 'the month before last', 'the year before last': two whole units back
    if m := re.search(r"\b(?:the\s+)?(month|quarter|year)\s+before\s+last\b", low):
        lo, _ = _relative("last", 2, m.group(1), today)
        return dict(zip(("date_from", "date_to"), _relative("this", None, m.group(1), lo), strict=True))
    if m := re.search(
        rf"\b(?:the\s+)?(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week\s+of\s+({_MON})(?:,?\s+({_Y}))?", low
    ):
        # 'the first week of March 2021': days 1-7; the last week is the month's last seven days
        month_first, month_last = _period(f"{m.group(2)} {m.group(3) or ''}".strip(), today)
        if m.group(1) == "last":
            return {"date_from": month_last - dt.timedelta(days=6), "date_to": month_last}
        n = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}[m.group(1)]
        start = month_first + dt.timedelta(days=7 * n)
        return {"date_from": start, "date_to": start + dt.timedelta(days=6)}
    if m := re.search(
        rf"\b(?:the\s+)?(first|last)\s+(two|three|2|3)\s+weeks\s+of\s+({_MON})(?:,?\s+({_Y}))?", low
    ):  # 'the first two weeks of January 2020': days 1-14; the last two weeks, the month's last fourteen days
        month_first, month_last = _period(f"{m.group(3)} {m.group(4) or ''}".strip(), today)
        length = 7 * (2 if m.group(2) in ("two", "2") else 3) - 1
        if m.group(1) == "first":
            return {"date_from": month_first, "date_to": month_first + dt.timedelta(days=length)}
        return {"date_from": month_last - dt.timedelta(days=length), "date_to": month_last}
    if m := re.search(
        rf"\b(?:the\s+)?week\s+(?:of|starting|beginning|from)\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+"
        rf"(?:of\s+)?({_MON}),?\s+({_Y})\b",
        low,
    ):
        # 'the week of 20 December 2021': that day and the six after it
        start, _ = _period(f"{m.group(1)} {m.group(2)} {m.group(3)}", today)
        return {"date_from": start, "date_to": start + dt.timedelta(days=6)}
    if (m := re.search(rf"\b(early|mid|late)[\s-]+({_MON})(?:,?\s+({_Y}))?\b", low)) and not (
        re.search(r"\b(?:from|between|since|until|till|to|through|before|after|by|prior\s+to)\s+$", low[: m.start()])
        or re.match(r"\s*(?:to|until|till|through|and|-|\u2013)\s", low[m.end() :])
    ):  # (never one end of a span: 'from early March to late April 2023')
        # 'early March 2023': days 1-10; 'mid-March' 11-20; 'late March' the 21st to the month's end
        month_first, month_last = _period(f"{m.group(2)} {m.group(3) or ''}".strip(), today)
        first, last = {"early": (1, 10), "mid": (11, 20), "late": (21, month_last.day)}[m.group(1)]
        if not m.group(3) and month_first.replace(day=first) > today:  # 'late June' asked on 10 June: last year's
            month_first, month_last = _period(f"{m.group(2)} {month_first.year - 1}", today)
        return {"date_from": month_first.replace(day=first), "date_to": month_first.replace(day=last)}
    if (m := re.search(rf"\blast\s+({_MON})(?!\s*\d)", low)) and not re.search(
        r"\b(?:since|from|after|before|until|till|prior\s+to)\s+$", low[: m.start()]
    ):  # 'last March': the latest March before this month ('since last October' is read below)
        mon = month_number(m.group(1))
        year = today.year if mon < today.month else today.year - 1
        return {"date_from": dt.date(year, mon, 1), "date_to": month_end(year, mon)}
    if m := re.search(
        rf"\b(?:(?:from|between)\s+)?(q|h)([1-4])(?:\s+({_Y}))?\s*(?:to|and|&|until|through|thru|-|–)\s*(?:in\s+)?"
        rf"\1([1-4])\s+({_Y})\b",
        low,
    ):  # 'from Q2 to Q3 2021', 'Q2 and Q3 2022', 'H1 and H2 2020': from the first to the last (two apart: the smallest
        # span that holds both)
        months = 3 if m.group(1) == "q" else 6
        if months == 6 and max(int(m.group(2)), int(m.group(4))) > 2:
            return {}  # 'H3' is no half of a year
        y1, y2 = int(m.group(3) or m.group(5)), int(m.group(5))
        first, last = months * int(m.group(2)) - months + 1, months * int(m.group(4))
        return {"date_from": dt.date(y1, first, 1), "date_to": month_end(y2, last)}
    # 'two months ago', 'a year ago', '3 weeks ago': that one unit, counted back from the current one
    ago = re.search(rf"\b(\d+|an?|one|{_COUNT_WORDS})\s+(day|week|month|quarter|year)s?\s+ago\b", low)
    if ago and ago.group(1) in ("few", "couple of"):
        ago = None  # 'a few months ago': no period to hold it to
    if ago:
        written = ago.group(1)
        n = 1 if written in ("a", "an", "one") else int(written) if written.isdigit() else _COUNT[written]
        if re.match(r"\s+today\b", low[ago.end() :]):  # 'a year ago today': that day
            back = {"day": dt.timedelta(days=n), "week": dt.timedelta(weeks=n)}.get(ago.group(2))
            if back is not None:
                return {"date_from": today - back, "date_to": today - back}
            y, mth = _add(today, -n * {"month": 1, "quarter": 3, "year": 12}[ago.group(2)])
            that = dt.date(y, mth, min(today.day, month_end(y, mth).day))
            return {"date_from": that, "date_to": that}
        if re.search(r"\b(?:since|from|after)\s+(?:about\s+)?$", low[: ago.start()]):
            start, _ = (
                _relative("last", n, ago.group(2), today)
                if ago.group(2) not in ("day", "week")
                else (today - {"day": dt.timedelta(days=n), "week": dt.timedelta(weeks=n)}[ago.group(2)], today)
            )
            return {"date_from": start, "date_to": None}  # 'since two months ago': from then on
        if ago.group(2) == "day":
            return {"date_from": today - dt.timedelta(days=n), "date_to": today - dt.timedelta(days=n)}
        if ago.group(2) == "week":
            monday = today - dt.timedelta(days=today.weekday()) - dt.timedelta(weeks=n)
            return {"date_from": monday, "date_to": monday + dt.timedelta(days=6)}
        start, _ = _relative("last", n, ago.group(2), today)
        months_in = {"month": 1, "quarter": 3, "year": 12}[ago.group(2)] - 1
        return {"date_from": start, "date_to": month_end(*_add(start, months_in))}
    rels = list(
        re.finditer(
            rf"\b(since\s+)?(?:the\s+|over\s+the\s+|in\s+the\s+|during\s+the\s+)?(last|past|previous|preceding|this|"
            rf"current)\s+(?:(\d+|{_COUNT_WORDS})\s+)?(?:(?:full|whole|calendar|complete)\s+)?(day|week|month|quarter|year)s?\b"
            rf"(?!\s+of\s+(?:the\s+year\s+)?{_Y})",  # 'the last quarter of 2019' is Q4 2019
            low,
        )
    )
    # 'planning road moves this week; any attacks in the last three months?': the period asked about
    asked = [
        r
        for r in rels
        if re.match(r"(?:since|over|in|during)\b", r.group(0))
        or re.search(r"\b(?:in|over|during|within|for|from|since)\s+(?:the\s+)?$", low[: r.start()])
    ]
    if asked or rels:
        since, which, written, unit = (asked or rels)[0].groups()
        count = None if written is None else int(written) if written.isdigit() else _COUNT[written]
        lo, hi = _relative(which, count, unit, today)
        r = (asked or rels)[0]
        # 'so far this year', 'this year so far', 'thus far this year': from the year's start on, no end stated
        so_far = unit == "year" and which in ("this", "current") and written is None
        so_far = so_far and bool(
            re.search(r"\b(?:so|thus)\s+far\s+(?:in\s+)?$", low[: r.start()])
            or re.match(r"\s*,?\s*(?:so|thus)\s+far\b", low[r.end() :])
        )
        return {"date_from": lo, "date_to": None if since or so_far else hi}
    if re.search(r"\byesterday\b", low):
        return {"date_from": today - dt.timedelta(days=1), "date_to": today - dt.timedelta(days=1)}
    # Two days of one month: 'between 10 and 20 March 2021', 'from 10 to 20 March', '10-20 March 2021', 'from the
    # 10th to the 20th of Sept 2021', 'between the 5th and 9th of last month'; a night over two days, both of them
    # ('the night of 14/15 March 2022', 'overnight on 3/4 June')
    if m := re.search(
        rf"\b(?:(?:between|from)\s+(?:the\s+)?)?(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:and|to|until|till|through|-|–|/)\s*"
        rf"(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MON}(?:,?\s+{_Y})?)\b",
        low,
    ):
        day1, day2 = _period(f"{m.group(1)} {m.group(3)}", today), _period(f"{m.group(2)} {m.group(3)}", today)
        return {"date_from": min(day1[0], day2[0]), "date_to": max(day1[1], day2[1])}
    # Two years named together ('in 2021 and 2022', '2019 and again in 2021') are read as the span from the first to
    # the last; so are two months ('March 2021 and May 2021').
    if m := re.search(rf"\b({_MON}),?\s+({_Y})\s*(?:,|and|&|or)\s*(?:again\s+)?(?:in\s+)?({_MON}),?\s+({_Y})\b", low):
        ends = sorted([_period(f"{m.group(1)} {m.group(2)}", today), _period(f"{m.group(3)} {m.group(4)}", today)])
        return {"date_from": ends[0][0], "date_to": ends[1][1]}
    if m := re.search(rf"\b({_Y})\s*(?:,|and|&|or)\s*(?:again\s+)?(?:in\s+)?({_Y})\b{_NOT_A_YEAR}", low):
        years = sorted(int(y) for y in m.groups())
        return {"date_from": dt.date(years[0], 1, 1), "date_to": dt.date(years[1], 12, 31)}
    if m := _MONTH_SPAN.search(low):  # 'Oct-Dec 2019', 'October to December 2019', 'Nov 2019 - Feb 2020'
        last_year = int(m["y2"])
        first_mon, last_mon = month_number(m["m1"]), month_number(m["m2"])
        first_year = int(m["y1"]) if m["y1"] else last_year - (first_mon > last_mon)
        return {"date_from": dt.date(first_year, first_mon, 1), "date_to": month_end(last_year, last_mon)}
    m = (
        re.search(
            rf"\b(?:between|from)\s+(?:the\s+)?({_DATE}|{_DAY_MONTH})\s+(?:and|to|until|till|through|thru|-|–)\s+"
            rf"({_DATE})\b",
            low,
        )
        or re.search(rf"\b({_FULL_DAY})\s*(?:-|–|to|until|till|through|thru)\s*({_FULL_DAY})\b", low)
        or re.search(rf"\b({_Y})\s*(?:-|–|to|until|till|through|thru)\s*({_Y})\b{_NOT_A_YEAR}", low)
    )
    if m is None and (short := re.search(rf"\b({_Y})\s*[-–/]\s*(\d{{2}})\b(?![-/.]\d)", low)):
        end = int(short[1][:2] + short[2])  # '2019-20': the end year written short
        if 0 < end - int(short[1]) <= 10:  # ('2019-21' too; '2022-07' is a month, never a span back in time)
            return {"date_from": dt.date(int(short[1]), 1, 1), "date_to": dt.date(end, 12, 31)}
    if m:
        first_text, last_text = m.group(1), m.group(2)
        both = [re.fullmatch(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})", t) for t in (first_text, last_text)]
        if all(both) and any(int(b.group(1)) > 12 for b in both if b):  # '01/03/2021 to 31/05/2021': both day first
            first_text = "-".join(both[0].group(1, 3, 4)) if both[0] else first_text
            last_text = "-".join(both[1].group(1, 3, 4)) if both[1] else last_text
        lo2, hi = _period(last_text, today)
        lo, hi1 = _period(first_text, today, default_year=lo2.year)
        return {"date_from": min(lo, lo2), "date_to": max(hi, hi1)}  # 'between 2022 and 2019' too
    if part := _part_of_year(low, today, year):
        before = low[: part[2]]
        if re.search(r"\b(?:since|from|after)\s+(?:the\s+)?$", before):  # 'since Q2 2021': open-ended from it
            return {
                "date_from": part[0] if not before.rstrip().endswith("after") else part[1] + dt.timedelta(days=1),
                "date_to": None,
            }
        if re.search(r"\b(?:before|prior\s+to)\s+(?:the\s+)?$", before):
            return {"date_to": part[0] - dt.timedelta(days=1)}
        if re.search(r"\b(?:until|till|up\s+to|through|thru)\s+(?:the\s+)?$", before):
            return {"date_to": part[1]}
        return {"date_from": part[0], "date_to": part[1]}
    m = re.search(
        rf"\b(since|after|from|before|prior\s+to|until|till|up\s+to|through|thru|earlier\s+than|later\s+than)\s+"
        rf"(?:the\s+)?(?:last\s+|this\s+)?({_DATE})\b",
        low,
    )
    if m:
        lo, hi = _period(m.group(2), today)
        word = {"earlier than": "before", "later than": "after"}.get(re.sub(r"\s+", " ", m.group(1)), m.group(1))
        if word in ("before", "after") and m.group(1).startswith(("earlier", "later")):
            if re.search(r"\b(?:no|not)\s+$", low[: m.start()]):
                word = "until" if word == "after" else "since"  # 'no later than March': up to its end
        if word in ("since", "from", "after"):  # open-ended: everything from then on, unless an end follows
            start = lo if word != "after" else hi + dt.timedelta(days=1)
            bound = re.match(
                rf"\s*,?\s*(?:but|and|yet)?\s*(?:(?P<before>before|prior\s+to)|until|till|up\s+to|through|thru)\s+"
                rf"(?:the\s+)?(?:end\s+of\s+)?({_DATE})\b",
                low[m.end() :],
            )  # 'since 2020 but before 2022', 'since March 2021 and until June'
            named_period = not re.fullmatch(r"(?:19|20)\d\d", m.group(2).strip())  # a month or 'last year'
            if bound is None and word == "from" and named_period and not _OPEN_AFTER.match(low[m.end() :]):
                return {"date_from": lo, "date_to": hi}  # 'the attacks from September 2021': that month ('from
                # 2022' alone, 'from 2021 onwards', 'from 2020 to date' and 'since' are open-ended: the wider filter)
            if bound is None:
                return {"date_from": start, "date_to": None}
            last_lo, last_hi = _period(bound.group(2), today, default_year=start.year)
            return {"date_from": start, "date_to": last_lo - dt.timedelta(days=1) if bound["before"] else last_hi}
        if word in ("before",) or word.startswith("prior"):
            return {"date_to": lo - dt.timedelta(days=1)}
        return {"date_to": hi}
    if m := re.search(rf"\bon\s+(?:\w+day,?\s+)?(?:the\s+)?({_DAY_MONTH})\b(?!,?\s+{_Y})", low):
        lo, hi = _period(m.group(1), today)  # 'on the 17th of January': the latest one by today
        if lo > today:
            lo = hi = lo.replace(year=lo.year - 1)
        return {"date_from": lo, "date_to": hi}
    m = re.search(
        rf"\b(?:in|during|on|of|for|throughout)\s+(?:the\s+)?(?:year\s+|month\s+of\s+)?({_DATE})\b", low
    ) or re.search(rf"\b({_FULL_DATE})\b{_NOT_A_YEAR}", low)
    if m:
        lo, hi = _period(m.group(1), today, default_year=year)  # 'and in April?' after March 2023: April 2023
        return {"date_from": lo, "date_to": hi}
    if m := re.search(rf"\bon\s+(?:the\s+)?({_DAY_MONTH})\b", low) or re.search(
        # a terse question's day as its own field, first or after a comma: 'kut, september 4: how many killed?',
        # '4 march - who did it?' (the latest one by today; never a span's first day: '1 march - 10 march')
        rf"(?:^\s*|,\s*)({_DAY_MONTH})\b(?=\s*(?::|[\u2013\u2014-]\s|,|\?))"
        rf"(?!\s*(?:[\u2013\u2014-]|to|until|till)\s*(?:{_DAY_MONTH}|\d))",
        low,
    ):  # 'on 3 March': the latest one by today
        lo, hi = _period(m.group(1), today)
        if lo > today:
            lo = hi = lo.replace(year=lo.year - 1)
        return {"date_from": lo, "date_to": hi}
    # the day itself, when nothing else dates the question and the day is what is asked about: "this evening's IED",
    # 'any attacks today?'; 'last night' is yesterday's (never the day something is asked or reported: 'the toll
    # today', 'as reported today', 'between 1 June and today', 'last night and this morning')
    if re.search(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))['’]s\b", low) or re.search(
        r"(?<!\bto )(?<!\buntil )(?<!\btill )(?<!\bthrough )(?<!\band )(?<!\breported )(?<!\bupdate )(?<!\bas of )"
        r"(?<!\bsaid )\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\s*\??\s*$",
        low,
    ):
        if not re.search(r"\b(?:toll|update|updated|reported|latest|now)\b", low):
            return {"date_from": today, "date_to": today}
    if re.search(r"\blast\s+night['’]s\b|\blast\s+night\s*\??\s*$", low) and not re.search(r"\band\s+this\b", low):
        return {"date_from": today - dt.timedelta(days=1), "date_to": today - dt.timedelta(days=1)}
    return {}


_N_WORD = rf"(\d{{1,2}}|{_COUNT_WORDS})"
# What makes 'from <date>' open-ended: 'from 2021 onwards', 'from 2020 on', 'from 2020 to date', 'from May until now'
_OPEN_AFTER = re.compile(
    r"\s*,?\s*(?:on\b|onwards?|forwards?|and\s+(?:after|since|later)|(?:to|until|till|through|up\s+to)\b|so\s+far|"
    r"to\s+date)"
)


def _n(written: str) -> int:
    return int(written) if written.isdigit() else _COUNT[written]


def _stated_span(low: str, today: dt.date, year: int | None = None) -> dict[str, dt.date | None] | None:
    """A span stated by its length and one end, or an open end on a year or month: 'the 12 months to March 2023',
    'the three months to end-March 2023', 'the last 3 months of 2021', 'the first ten days of May 2022', '2023 up to
    the end of May', 'December 2022 to March' (the next March), '2021 and after', '2019 or earlier'."""
    if m := re.search(rf"\b({_MON})\s+({_Y})\s*(?:-|–|to|until|till|through|thru)\s*({_MON})\b(?!\s*,?\s*\d)", low):
        start = dt.date(int(m.group(2)), month_number(m.group(1)), 1)
        end_month = month_number(m.group(3))
        end_year = start.year + (end_month < start.month)
        return {"date_from": start, "date_to": month_end(end_year, end_month)}
    if m := re.search(
        rf"\b{_N_WORD}\s+months?\s+(?:to|up\s+to|until|till|through|thru|ending(?:\s+in)?|ended)\s+(?:the\s+)?"
        rf"(?:end[\s-]+(?:of\s+)?)?({_MON}),?\s+({_Y})\b",
        low,
    ):
        end = dt.date(int(m.group(3)), month_number(m.group(2)), 1)
        return {"date_from": _add_months(end, 1 - _n(m.group(1))), "date_to": month_end(end.year, end.month)}
    if m := re.search(
        rf"\b(?:the\s+(?=(?:year|month)\s)|{_N_WORD}\s+)(?:full\s+|whole\s+|calendar\s+)?(year|month)s?\s+(before|prior\s+to|preceding|leading\s+up\s+to|"
        rf"after|following)\s+(?:the\s+start\s+of\s+)?({_MON},?\s+{_Y}|{_Y})\b",
        low,
    ):  # 'the two years before 2020' (2018-2019), 'the six months after March 2022', 'the year following 2019':
        # whole units next to the named period, which is left out
        n, months = _n(m.group(1)) if m.group(1) else 1, 12 if m.group(2) == "year" else 1
        named_lo, named_hi = _period(m.group(4), today)
        if m.group(3) in ("after", "following"):
            start = named_hi + dt.timedelta(days=1)
            end = _add_months(start, n * months) - dt.timedelta(days=1)
            return {"date_from": start, "date_to": end}
        return {"date_from": _add_months(named_lo, -n * months), "date_to": named_lo - dt.timedelta(days=1)}
    if m := re.search(
        rf"\b(first|opening|last|final|closing)\s+{_N_WORD}\s+months\s+of\s+(?:the\s+year\s+)?({_Y})\b", low
    ):
        year, n = int(m.group(3)), min(12, _n(m.group(2)))
        first = 1 if m.group(1) in ("first", "opening") else 13 - n
        return {"date_from": dt.date(year, first, 1), "date_to": month_end(year, first + n - 1)}
    if m := _MONTH_PART.search(low):  # 'the first half of June 2021', 'the second fortnight of October 2020'
        # a yearless one in a conversation about one year is of that year ('and the second half of May?')
        first_day, last_day = _period(f"{m['mon']} {m['y'] or ''}".strip(), today, None if m["y"] else year)
        n = last_day.day
        first = m["ord"] in ("first", "1st")
        if m["unit"] == "fortnight":  # two weeks: 1-14; the second one runs on to the month's end
            half_days = (1, 14) if first else (15, n)
        else:  # halves split the month's days: June 1-15 and 16-30, February 1-14 and 15-28
            half_days = (1, n // 2) if first else (n // 2 + 1, n)
        return {"date_from": first_day.replace(day=half_days[0]), "date_to": first_day.replace(day=half_days[1])}
    if m := _SEASON_SPAN.search(low):  # 'spring and summer 2021', 'from autumn 2020 to spring 2021'
        y2 = int(m["y2"])
        start = _season_start(m["s1"], int(m["y1"]) if m["y1"] else y2)
        end_first = _season_start(m["s2"], y2)
        if m["y1"] is None:  # one year for both: the second season is the first of its name after the first
            while end_first <= start:
                end_first = dt.date(end_first.year + 1, end_first.month, 1)
        if end_first <= start:
            return None
        return {"date_from": start, "date_to": month_end(*_add(end_first, 2))}
    if m := re.search(rf"\b(first|last|final)\s+{_N_WORD}\s+days\s+of\s+({_MON}),?\s+({_Y})\b", low):
        mon, year = month_number(m.group(3)), int(m.group(4))
        last_day = month_end(year, mon)
        n = min(last_day.day, _n(m.group(2)))
        if m.group(1) == "first":
            return {"date_from": dt.date(year, mon, 1), "date_to": dt.date(year, mon, n)}
        return {"date_from": last_day - dt.timedelta(days=n - 1), "date_to": last_day}
    if (
        m := re.search(
            rf"\b({_Y}),?\s+(?:up\s+to|until|till|through|thru|to)\s+(?:the\s+end\s+of\s+)?({_MON})\b(?!\s*,?\s*\d)",
            low,
        )
    ) and not re.search(
        rf"\b(?:from|between|since)\s+(?:\w+\s+)?$|(?:{_MON}|early|mid|late|spring|summer|autumn|fall|winter)[\s,-]*$",
        low[: m.start()],
    ):
        # '2023 up to the end of May': from January of that year ('from March 2021 to February 2022' is read below)
        year = int(m.group(1))
        return {"date_from": dt.date(year, 1, 1), "date_to": month_end(year, month_number(m.group(2)))}
    if m := re.search(rf"\b(early|mid|late)[\s-]+({_Y})\b", low):
        # 'late 2019': its last quarter; 'early 2021' its first; 'mid-2022' the two quarters between
        year, part = int(m.group(2)), m.group(1)
        first, last = {"early": (1, 3), "mid": (4, 9), "late": (10, 12)}[part]
        return {"date_from": dt.date(year, first, 1), "date_to": month_end(year, last)}
    if (
        m := re.search(
            rf"\b({_MON},?\s+{_Y}|{_Y})\s*,?\s+(?:(?:and|or)\s+(?:(?P<later>after(?:wards)?|later|since|beyond|onwards?)|"
            rf"(?P<earlier>before|earlier|prior))(?=\s*(?:[.,;:?!)]|$|(?:in|for|across|at)\b))|onwards?\b)",
            low,
        )
    ) and not re.search(r"\b(?:since|from|after|between|before|until)\s+(?:the\s+)?$", low[: m.start()]):
        # '2021 and after', 'March 2022 onwards', '2019 or earlier'
        lo, hi = _period(m.group(1), dt.date.max)
        return {"date_to": hi} if m["earlier"] else {"date_from": lo, "date_to": None}
    if m := re.search(
        r"\b(?:(?:between|from)\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|to|until|till|through|-|–)\s*"
        r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?:the\s+)?(last|this|previous|current)\s+month\b",
        low,
    ):  # 'between the 5th and 9th of last month'
        start = _add_months(today.replace(day=1), 0 if m.group(3) in ("this", "current") else -1)
        days = sorted(min(int(m.group(i)), month_end(start.year, start.month).day) for i in (1, 2))
        return {"date_from": start.replace(day=days[0]), "date_to": start.replace(day=days[1])}
    return None


# A half or fortnight of a named month: 'the first half of June 2021', 'the second half of Feb 2023', 'the latter
# half of May', 'the first fortnight of October 2020' (a half of a year, 'the first half of 2021', is read elsewhere)
_MONTH_PART = re.compile(
    rf"\b(?:the\s+)?(?P<ord>first|1st|second|2nd|latter|last)\s+(?P<unit>half|fortnight)\s+of\s+"
    rf"(?:the\s+month\s+of\s+)?(?P<mon>{_MON})(?:,?\s+(?P<y>{_Y}))?(?!\s*\d{{1,2}}\b(?!\d))"
)
# Two seasons and the months between: 'spring and summer 2021' (March-August), 'summer to autumn 2020', 'from
# autumn 2020 to spring 2021', 'the winter and spring of 2022' (December 2021 - May 2022)
_SEASON_WORD = r"(?:spring|summer|autumn|fall|winter)"
_SEASON_SPAN = re.compile(
    rf"\b(?P<s1>{_SEASON_WORD})(?:\s+(?:of\s+)?(?P<y1>{_Y}))?\s*(?:and|&|to|until|till|through|thru|into|-|–)\s*"
    rf"(?:the\s+)?(?P<s2>{_SEASON_WORD})(?:\s+of)?\s+(?P<y2>{_Y})\b"
)


def _season_start(name: str, year: int) -> dt.date:
    """The first day of the season of that name in `year` (winter 2021 began in December 2020)."""
    first = _SEASON_START[name]
    return dt.date(year - 1 if first == 12 else year, first, 1)


_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_ORDINAL |= {"last": 4, "final": 4}
_OF_YEAR = rf"(?:\s+(?:of\s+)?(?:the\s+year\s+)?(?P<y1>{_Y}))?"
_QUARTER = re.compile(
    rf"\b(?:(?P<ord>first|1st|second|2nd|third|3rd|fourth|4th|final|last(?=\s+quarter\s+of\s+(?:the\s+year\s+)?"
    rf"{_Y}))\s+quarter{_OF_YEAR}|"
    rf"q(?P<q>[1-4])(?:[\s/-]*(?P<y2>{_Y}))?|(?P<y3>{_Y})[\s/-]*q(?P<q3>[1-4]))\b"
)
_HALF = re.compile(
    rf"\b(?:(?P<ord>first|1st|second|2nd)\s+(?:half|six\s+months){_OF_YEAR}|"
    rf"h(?P<h>[12])(?:[\s/-]*(?P<y2>{_Y}))?|(?P<y3>{_Y})[\s/-]*h(?P<h3>[12]))\b"
)
# Meteorological seasons (northern hemisphere): spring is March-May, summer June-August, autumn September-November,
# winter December to February (winter 2021 ends in February 2021).
# A season only where a period is meant: with a year, 'last/this ...', or 'in/during/over the ...' ('Did attacks
# fall in Anbar', 'the Arab Spring', 'the Summer Palace' are no seasons).
_SEASON_NAME = r"(?P<s>spring|summer|autumn|fall|winter)"
_SEASON = re.compile(
    rf"\b(?:(?P<rel>last|this|past|previous)\s+{_SEASON_NAME}\b(?:\s+(?:of\s+)?(?P<y0>{_Y}))?|"
    rf"(?:in|during|over|through|throughout|since|before|after|until)\s+(?:the\s+)?"
    rf"(?:(?P<rel2>last|this|past|previous)\s+)?{_SEASON_NAME.replace('?P<s>', '?P<s2>')}\b"
    rf"(?:\s+(?:of\s+)?(?P<y1>{_Y}))?(?!\s+(?:palace|offensive|campaign|operation|of\s+(?!(?:19|20)\d\d)))|"
    rf"{_SEASON_NAME.replace('?P<s>', '?P<s3>')}\s+(?:of\s+)?(?P<y2>{_Y}))"
)
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _part_of_year(low: str, today: dt.date, year: int | None = None) -> tuple[dt.date, dt.date, int] | None:
    """A quarter, half or season: 'the first quarter of 2021', 'Q3 2020', '2022-Q4', 'the second half of 2020',
    'H1 2021', 'spring 2021', 'last summer'. Whole calendar quarters (Jan-Mar, ...) and halves (Jan-Jun, Jul-Dec).
    Without a year: `year` when given (a follow-up's), else the latest such part that has begun by `today`; 'last
    spring' is the latest one that has ended. The third value is where the phrase starts (for 'since', 'before').
    A bare 'Q2' or 'H1' without a year counts only in a short follow-up ('and Q2?'), never inside a name ('the H2
    airbase')."""
    fragment = len(re.findall(r"\w+", low)) <= 4
    for pattern, months in ((_QUARTER, 3), (_HALF, 6)):
        for m in pattern.finditer(low):
            given = [v for k, v in m.groupdict().items() if v and k in ("q", "q3", "h", "h3")]
            y = m["y1"] or m["y2"] or m["y3"]
            if given and not y and not fragment and year is None:
                continue  # (a follow-up's 'broaden it to all of q2' names a part of its question's year)
            n = min(_ORDINAL[m["ord"]], 12 // months) if m["ord"] else int(given[0])
            first = 1 + months * (n - 1)
            # ('diyala 2023 second half': the one year the question writes elsewhere)
            years_written = (
                set(
                    re.findall(
                        r"(?<!since )(?<!from )(?<!after )(?<!before )(?<![\d/.-])((?:19|20)\d\d)(?![\d/.-])",
                        low,
                    )
                )
                if not y
                else set()
            )
            y = y or (years_written.pop() if len(years_written) == 1 else None)
            named = int(y) if y else year or (today.year if first <= today.month else today.year - 1)
            return dt.date(named, first, 1), month_end(named, first + months - 1), m.start()
    if season := _SEASON.search(low):
        name = season["s"] or season["s2"] or season["s3"]
        rel, written = season["rel"] or season["rel2"], season["y0"] or season["y1"] or season["y2"]
        first = _SEASON_START[name]
        if written or (year and not rel):  # 'last summer' is relative to today, never to a follow-up's year
            end_year = int(written) if written else year or today.year
        else:  # the latest season of that name begun by today, or for 'last spring' ended before it
            end_year = today.year + 1 if first == 12 else today.year
            while True:
                start = dt.date(end_year - 1 if first == 12 else end_year, first, 1)
                end = month_end(*_add(start, 2))
                if (end < today) if rel in ("last", "past", "previous") else (start <= today):
                    break
                end_year -= 1
        start = dt.date(end_year - 1 if first == 12 else end_year, first, 1)
        at = season.start() if season["s"] or season["s3"] else season.start("s2")
        return start, month_end(*_add(start, 2)), at
    return None


def _add(day: dt.date, months: int) -> tuple[int, int]:
    """(year, month) `months` after `day`'s month."""
    n = day.year * 12 + day.month - 1 + months
    return n // 12, n % 12 + 1


def _period(phrase: str, today: dt.date, default_year: int | None = None) -> tuple[dt.date, dt.date]:
    """First and last day of '2022', 'may 2021', '18 december 2022', '2022-12-18' or a bare 'may'."""
    if m := re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", phrase):
        iso = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return iso, iso
    if m := re.fullmatch(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})", phrase):
        # A question's '11/03/2022' is read day first, as users in Iraq and most of the world write it (a database
        # export's month-first convention is for report text): 3/25/2020 stays 25 March; a day-first reading
        # still to come gives way to the month-first one that has passed
        numeric = numeric_date(int(m[1]), int(m[3]), int(m[4]), "-")
        other = numeric_date(int(m[1]), int(m[3]), int(m[4]), "/")
        if numeric is not None and numeric > today and other is not None and other <= today:
            numeric = other
        if numeric is None:
            raise ValueError(f"no such day: {phrase!r}")
        return numeric, numeric
    year = re.search(_Y, phrase)
    month = re.search(_MON, phrase)
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", re.sub(_Y, "", phrase))
    if not month:
        if year is None:  # callers pass what matched the date grammar, which always has one of the two
            raise ValueError(f"no year or month in {phrase!r}")
        return dt.date(int(year[0]), 1, 1), dt.date(int(year[0]), 12, 31)
    mon = month_number(month[0])
    if year:
        y = int(year[0])
    elif default_year:
        y = default_year
    else:  # a bare month is the latest one that has started
        y = today.year if mon <= today.month else today.year - 1
    if day:
        d = dt.date(y, mon, int(day[1]))
        return d, d
    return dt.date(y, mon, 1), month_end(y, mon)


def _add_months(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.month - 1 + months, 12)
    return dt.date(day.year + y, m + 1, min(day.day, month_end(day.year + y, m + 1).day))


def _relative(which: str, n: int | None, unit: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """Whole calendar units: 'this month/quarter/year' is the current one; 'last month', 'the past 3 months', 'the
    previous 2 years' are the units just before the current one (which is left out, as 'last month' leaves out this
    one). Days: 'the last 7 days' ends today; weeks run Monday to Sunday ('last week' is the one before this one),
    except weeks counted back from today: 'the past week', 'the past two weeks', 'the last 3 weeks' end today, as the
    days do."""
    if unit == "day":
        if which in ("this", "current"):
            return today, today
        if n is None:
            return today - dt.timedelta(days=1), today - dt.timedelta(days=1)
        return today - dt.timedelta(days=n), today
    if unit == "week":
        monday = today - dt.timedelta(days=today.weekday())
        if which in ("this", "current"):
            return monday, monday + dt.timedelta(days=6)
        if which == "past" or n is not None:
            return today - dt.timedelta(weeks=n or 1), today
        return monday - dt.timedelta(weeks=n or 1), monday - dt.timedelta(days=1)
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    index = (today.year * 12 + today.month - 1) // months * months  # first month of the current unit, as a count
    if which not in ("this", "current"):
        index -= months * (n or 1)
    span = months if which in ("this", "current") else months * (n or 1)
    start = dt.date(index // 12, index % 12 + 1, 1)
    end_index = index + span - 1
    return start, month_end(end_index // 12, end_index % 12 + 1)
