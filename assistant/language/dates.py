"""Event dates from news wording: find date phrases and resolve them against the publication date.

News conventions used throughout:
- A bare weekday ("on Saturday", "late Wednesday night") is the most recent such day on or before
  publication; the publication day itself counts. "last Wednesday" is strictly before it.
- late/early/mid and night/morning/evening only colour the time of day or period: they are stripped.
- A month or year phrase gives the first day of that period with precision "month" or "year".
- Week phrases ("last week", "earlier this week") give the coarsest precision that still holds for
  every day they may mean: "month" if the whole span lies in one month, "year" if in one year.
- Without a publication date only phrases that name a year resolve; the others stay "unknown" but
  keep their phrase so a reader can see why.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from assistant.language.sieve import fold, holds, required, sieve
from assistant.language.vocab import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    WEEKDAYS,
    compound_value,
    month_number,
)
from assistant.schemas import EventDate

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

_WEEKDAYS = WEEKDAYS
_NUMBERS = {**{w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 90}, "a": 1, "an": 1, "the": 1}
_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}
# Words before "last/final month" that make it "the past 30 days" or "the final month of X", not a date.
_DETERMINERS = {"the", "a", "its", "his", "her", "their", "our", "this", "that"}

_MONTH_FULL = "|".join(MONTHS)
_MONTH_ANY_CASE = "(?i:" + "|".join([*MONTHS, "Sept", *MONTH_ABBREVIATIONS]) + ")"  # 'Feb', 'FEB', 'February'
# Abbreviations and the ambiguous "May"/"March" (modal verb, to march) only count next to a day or year.
# A coder's note or a wire header may write the month in capitals ('On NOV 07', '07 SEPTEMBER').
_MONTH_CAPS = (
    r"JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|"
    r"NOV(?:EMBER)?|DEC(?:EMBER)?"
)
_MONTH = (
    rf"(?<![A-Za-z])(?P<month>(?:{_MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![a-z])"
    rf"|(?:{_MONTH_CAPS})\.?(?![A-Za-z]))"
)
# A month's name or abbreviation in any case, for headers: 'Apr', 'APRIL', 'april'
_MON_WORD = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?<![\d,.$])(?P<year>(?:19|20)\d\d)(?!\d|,\d)"
# a year in words, as a formal note or a dictated text writes it: 'two thousand and ten', 'twenty eleven', 'nineteen
# ninety-one' (only after a day and month, where nothing else could follow so)
_UNIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_SMALL = rf"(?:{_UNIT_WORD}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_YEAR_TENS = rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+{_UNIT_WORD}\b)?|{_SMALL})"
_YEAR_IN_WORDS = (
    rf"(?P<yw>(?i:two\s+thousand(?:(?:\s+and)?[\s-]+{_YEAR_TENS})?|(?:twenty|nineteen)[\s-]+{_YEAR_TENS}))(?![\w-])"
    # (only where the date ends: never a count of things, 'the sixth of July, two thousand people', 'twenty two
    # including three children were killed')
    r"(?=\s*(?:[.,;:)\]]|$))"
)
_YEAR_OR_WORDS = rf"(?:{_YEAR}|{_YEAR_IN_WORDS})"
_QUALIFIER = r"(?i:late|early|mid)(?:\s+|-)"
_QUAL = rf"(?:{_QUALIFIER})?"
# A bare year or "May" is a date only after one of these words (or late/early/mid).
_CUE = r"(?:\b(?P<cue>(?i:in|since|during|until|till|from|through|before|after|between))\s+)?"
_REL_YEAR = r"(?P<rel>(?i:last|final|this))\s+(?i:year|yr)"  # "final yr": spun text for "last year"
# What separates the parts of a numeric date: '/', '-', '.', and the middle dots some databases write ('19·03·2024')
_SEP = "[-/.\u00b7\u2027\u2219]"
# a count in digits or words: 'three', 'eleven', 'twenty-one' ('twenty-one days ago' is 21, never 'one days ago')
_NUM = (
    r"(?P<n>\d{1,3}|(?i:(?:twenty|thirty|forty|fifty|sixty)[\s-](?:one|two|three|four|five|six|seven|eight|nine)|"
    r"an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty))(?<![\s-])"
)


def _month_start(year: int, month: int, back: int = 0) -> dt.date:
    """First day of the month `back` months before year-month."""
    index = year * 12 + month - 1 - back
    return dt.date(index // 12, index % 12 + 1, 1)


def _covering(lo: dt.date, hi: dt.date, phrase: str) -> EventDate:
    """The most specific EventDate that is true for every day in lo..hi."""
    if lo == hi:
        return EventDate(date=lo, precision="day", phrase=phrase)
    if (lo.year, lo.month) == (hi.year, hi.month):
        return EventDate(date=lo.replace(day=1), precision="month", phrase=phrase)
    if lo.year == hi.year:
        return EventDate(date=dt.date(lo.year, 1, 1), precision="year", phrase=phrase)
    return EventDate(phrase=phrase)


def _year_of(m: re.Match[str], pub: dt.date | None, month: int, day: int = 1) -> int | None:
    """Year written, or implied by the publication date (a date after publication means last year)."""
    if words := m.groupdict().get("yw"):
        return year_in_words(words)
    if m.group("year"):
        return int(m.group("year"))
    rel = m.groupdict().get("rel")
    if pub is None:
        return None
    if rel:
        return pub.year - (rel.lower() in ("last", "final"))
    return pub.year - ((month, day) > (pub.month, pub.day))


def year_in_words(words: str) -> int | None:
    """2010 for 'two thousand and ten', 2011 for 'twenty eleven', 1991 for 'nineteen ninety-one'; None for a number
    that is no year of the last two centuries."""
    tokens = [t for t in re.split(r"[\s-]+", words.lower()) if t and t != "and"]
    spoken = tokens[:2] != ["two", "thousand"]  # 'twenty eleven', 'nineteen ninety-one': the century said apart
    if not spoken:
        century, rest = 2000, tokens[2:]
    elif tokens and tokens[0] in ("nineteen", "twenty"):
        century, rest = NUMBER_WORDS[tokens[0]] * 100, tokens[1:]
    else:
        return None
    if any(t not in NUMBER_WORDS for t in rest):
        return None
    value = sum(NUMBER_WORDS[t] for t in rest)
    if spoken and value < 10:
        return None  # 'twenty one', 'nineteen': a number, not a year ('twenty ten', 'nineteen ninety-one' are)
    return century + value if value < 100 else None


def _on_day(year: int | None, month: int, day: int, phrase: str) -> EventDate:
    """That day, at day precision; only the phrase when the year is unknown or the day does not exist ('February
    30', 'the thirtieth of February')."""
    try:
        return (
            EventDate(date=dt.date(year, month, day), precision="day", phrase=phrase)
            if year
            else EventDate(phrase=phrase)
        )
    except ValueError:
        return EventDate(phrase=phrase)


def _clock_for_year(year: str | None, pub: dt.date | None) -> bool:
    """'21 June, 1905' in a log of 2021: four digits that a 24-hour clock time can be (19:05) and no year the report
    can mean (over 60 years before it, or after the year that follows it), so a time of that day."""
    if not year or pub is None or int(year[2:]) > 59 or int(year[:2]) > 23:
        return False
    return not pub.year - 60 <= int(year) <= pub.year + 1


def _day(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    month, day = month_number(m.group("month")), int(m.group("day"))
    if _clock_for_year(m.groupdict().get("year"), pub):
        assert pub is not None
        return _on_day(pub.year - ((month, day) > (pub.month, pub.day)), month, day, phrase)
    year = _year_of(m, pub, month, day)
    return _on_day(year, month, day, phrase)


_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
# A day of the month in ordinal words: 'the sixth', 'the twenty-second', 'thirty-first' (1-31)
DAY_WORDS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate((*_UNITS, "tenth"))},
    **dict(
        zip(
            (
                "eleventh",
                "twelfth",
                "thirteenth",
                "fourteenth",
                "fifteenth",
                "sixteenth",
                "seventeenth",
                "eighteenth",
                "nineteenth",
                "twentieth",
            ),
            range(11, 21),
            strict=True,
        )
    ),
    **{f"twenty{sep}{w}": 21 + i for i, w in enumerate(_UNITS) for sep in ("-", " ", "")},
    "thirtieth": 30,
    **{f"thirty{sep}first": 31 for sep in ("-", " ", "")},
}
# What an ordinal before it counts, so no day of the month: 'on the 4th consecutive day', 'on the 3rd attempt',
# 'In March the second battalion attacked'
_ORDINAL_NOUN = (
    r"(?i:brigade|division|regiment|battalion|army|corps|company|squadron|anniversary|day|night|week|month|year|time|"
    r"floor|century|consecutive|straight|successive|running|attempt|round|wave|try|occasion|level|stor(?:e)?y|phase|"
    r"stage|session|place|row|edition|such|largest|biggest|deadliest|major)\b"
)
_DAY_WORD = "(?P<dayword>" + "|".join(sorted(DAY_WORDS, key=len, reverse=True)) + ")"
_ANY_DAY_WORD = _DAY_WORD.replace("(?P<dayword>", "(?:")


def _day_in_words(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    month, day = month_number(m.group("month")), DAY_WORDS[m.group("dayword").lower()]
    year = _year_of(m, pub, month, day)
    return _on_day(year, month, day, phrase)


def _day_yy(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    """'03-Mar-21': the day, the month and the year 2000 + its two digits."""
    return _on_day(2000 + int(m.group("yy")), month_number(m.group("month")), int(m.group("day")), phrase)


def _month(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    month = month_number(m.group("month"))
    year: int | None
    if m.groupdict().get("last") and pub and not m.group("year"):  # "last December" is before this month
        year = pub.year - (month >= pub.month)
    else:
        year = _year_of(m, pub, month)
    return (
        EventDate(date=dt.date(year, month, 1), precision="month", phrase=phrase) if year else EventDate(phrase=phrase)
    )


def _weekday(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    if pub is None:
        return EventDate(phrase=phrase)
    named = m.groupdict()
    day = _WEEKDAYS.index(named["wd"]) if named.get("wd") else weekday_index(named["abbr"])
    back = (pub.weekday() - day) % 7
    if back == 0 and named.get("last"):
        back = 7
    return EventDate(date=pub - dt.timedelta(days=back), precision="day", phrase=phrase)


def _count(word: str) -> int:
    """3 for '3', 'three'; 21 for 'twenty-one' or 'twenty one' (KeyError for a word that is no count)."""
    if word.isdecimal():
        return int(word)
    return compound_value(word) or _NUMBERS[word.lower()]


def _ago(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    n = _count(m.group("n"))
    unit = m.group("unit").lower().rstrip("s")
    unit = "day" if unit == "night" else unit  # 'two nights ago': two days before
    if pub is None:
        return EventDate(phrase=phrase)
    if unit in ("minute", "hour"):  # 'about an hour ago': the day of the report; '48 hours ago': two days before
        return EventDate(date=pub - dt.timedelta(days=n // 24 if unit == "hour" else 0), precision="day", phrase=phrase)
    if unit in ("day", "week", "fortnight"):  # ('a fortnight ago': fourteen days before)
        days = n * {"day": 1, "week": 7, "fortnight": 14}[unit]
        return EventDate(date=pub - dt.timedelta(days=days), precision="day", phrase=phrase)
    if unit == "month":
        return EventDate(date=_month_start(pub.year, pub.month, n), precision="month", phrase=phrase)
    return EventDate(date=dt.date(pub.year - n, 1, 1), precision="year", phrase=phrase)


def _period(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    """this/last/final week, month or year (qualifiers such as 'earlier' only narrow within it), and the week, month
    or year before last."""
    if pub is None:
        return EventDate(phrase=phrase)
    if m.groupdict().get("before_last"):
        unit = m.group("unit2").lower()
        if unit == "week":
            monday = pub - dt.timedelta(days=pub.weekday() + 14)
            return _covering(monday, monday + dt.timedelta(days=6), phrase)
        if unit == "month":
            return EventDate(date=_month_start(pub.year, pub.month, 2), precision="month", phrase=phrase)
        return EventDate(date=dt.date(pub.year - 2, 1, 1), precision="year", phrase=phrase)
    last = m.group("rel").lower() in ("last", "final")
    unit = m.group("unit").lower()
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday())
        if last:
            return _covering(monday - dt.timedelta(days=7), monday - dt.timedelta(days=1), phrase)
        earlier = (m.group("qual") or "").lower() == "earlier"
        return _covering(monday, max(monday, pub - dt.timedelta(days=earlier)), phrase)
    if unit == "month":
        return EventDate(date=_month_start(pub.year, pub.month, last), precision="month", phrase=phrase)
    return EventDate(date=dt.date(pub.year - last, 1, 1), precision="year", phrase=phrase)


_HOLIDAYS = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    **dict.fromkeys(("nowruz", "newroz", "norouz"), (3, 21)),  # (Iraq's public holiday)
}


def _holiday(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    """'Christmas Day' (25 December), 'New Year's Eve' (31 December), 'Nowruz' (21 March, Iraq's holiday): the
    latest on or before the report, or in the year written."""
    name = " ".join(m.group("holiday").lower().replace("\u2019", "'").replace("years", "year's").split())
    month, day = _HOLIDAYS[name]
    told = _on_day(_year_of(m, pub, month, day), month, day, phrase)
    if pub is not None and not m.group("year") and told.date is not None and (pub - told.date).days > 31:
        return EventDate(phrase=phrase)  # a holiday months back, its year unwritten: a memory, not this report's news
    return told


def _report_month(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    """'earlier in the month', 'the opening days of the month': the report's month."""
    return (
        EventDate(date=_month_start(pub.year, pub.month), precision="month", phrase=phrase)
        if pub
        else EventDate(phrase=phrase)
    )


def _weekend(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    """'over the weekend': the Saturday and Sunday before the report (or its own, told on a Sunday), the day unknown,
    so the month of that Saturday."""
    if pub is None:
        return EventDate(phrase=phrase)
    saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
    return EventDate(date=_month_start(saturday.year, saturday.month), precision="month", phrase=phrase)


def _fixed(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    words = " ".join(m.group("p").lower().split())
    if "before yesterday" in words or "before last" in words:  # 'the night before last', translated press
        back = 2
    elif "previous" in words or "overnight into" in words:
        back = 1  # 'the previous evening', 'overnight into today': the day before the report
    else:
        back = int(words in ("yesterday", "last night", "last evening") or "past night" in words)
    return (
        EventDate(date=pub - dt.timedelta(days=back), precision="day", phrase=phrase)
        if pub
        else EventDate(phrase=phrase)
    )


def _weekday_numeric(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    """'Thu 16/11': the day on or before the report, within a year, whose weekday is the one written (the day read
    first where both readings fit); when neither reading falls on it, no day for a slash and the latest such weekday
    for a dot (a clock time: 'on Thursday 9.10')."""
    if pub is None:
        return EventDate(phrase=phrase)
    weekday = next(i for i, name in enumerate(_WEEKDAYS) if name.lower().startswith(m.group("wdn")[:3].lower()))
    a, b = int(m.group("a")), int(m.group("b"))
    for day, month in ((a, b), (b, a)):
        try:  # the report's year, or the year before when that day is still to come
            found = dt.date(pub.year - ((month, day) > (pub.month, pub.day)), month, day)
        except ValueError:
            continue
        if found.weekday() == weekday:
            return EventDate(date=found, precision="day", phrase=phrase)
    if "/" in m.group("p"):
        return EventDate(phrase=phrase)  # 'Tue 12/03' when 12 March was a Friday: the day is not guessed
    # neither reading is that weekday with a dot between: a clock time ('on Thursday 9.10'), so the weekday alone
    return EventDate(date=pub - dt.timedelta(days=(pub.weekday() - weekday) % 7), precision="day", phrase=phrase)


def _iso(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    """Year first: 2021-03-25, and the same with slashes, dots or middle dots (2019/10/02, 2019.10.02, 2019·10·02):
    never year-day-month."""
    try:
        y, mo, d = (int(x) for x in re.split("[-/.\u00b7\u2027\u2219\u2022]", m.group("p")))
        return EventDate(date=dt.date(y, mo, d), precision="day", phrase=phrase)
    except ValueError:
        return EventDate(phrase=phrase)


def _full_year(year: str) -> int:
    """'2019', or '19' of '5/2/19' (this century's)."""
    return int(year) + (2000 if len(year) == 2 else 0)


def numeric_date(first: int, second: int, year: int, sep: str) -> dt.date | None:
    """A numeric date's day: unambiguous when one part is over 12; else '/' is read US-style (MM/DD/YYYY, as
    database summaries write it) and '-' or '.' day first (DD-MM-YYYY, as Arabic and European outlets write it)."""
    if first > 12 >= second or (sep != "/" and second <= 12):
        day, month = first, second
    else:
        month, day = first, second
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    a, b, year = int(m.group("a")), int(m.group("b")), _full_year(m.group("year"))
    if order := m.group("order") or m.groupdict().get("before"):  # '9/4/2024 (day/month)': the writer's order
        day_first = re.sub(r"[^a-z]", "", order.lower()).lstrip("y").startswith("d")
        try:
            return EventDate(date=dt.date(year, *((b, a) if day_first else (a, b))), precision="day", phrase=phrase)
        except ValueError:  # '13/4/2024 (month/day)': the note is wrong, the digits are not
            pass
    day = numeric_date(a, b, year, m.group("sep"))
    if day is not None and pub is not None and day > pub:
        # '12/3/2022' in a statement of 13 March 2022: not 3 December, which had not come yet; the other order, when
        # that one had ('at 21:30 on Saturday 12/3/2022', as Iraqi statements write day/month)
        other = numeric_date(a, b, year, "/" if m.group("sep") != "/" else "-")
        day = other if other is not None and other <= pub else day
    return EventDate(date=day, precision="day", phrase=phrase) if day else EventDate(phrase=phrase)


def _numeric_on_day(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    """'On 5/11': day first (month first only when the second number cannot be a month), the report's year or the
    one before when that day is later than the report."""
    a, b = int(m.group("a")), int(m.group("b"))
    day, month = (b, a) if b > 12 >= a else (a, b)
    if not 1 <= month <= 12 or pub is None:
        return EventDate(phrase=phrase)
    return _on_day(pub.year - ((month, day) > (pub.month, pub.day)), month, day, phrase)


def _numeric_yearless(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    """'On 27.09 (day.month)': two numbers in the order the note gives, the year the report's (or the one before)."""
    a, b = int(m.group("a")), int(m.group("b"))
    day_first = re.sub(r"[^a-z]", "", m.group("order").lower()).startswith("d")
    month, day = (b, a) if day_first else (a, b)
    if not 1 <= month <= 12:
        return EventDate(phrase=phrase)
    year = _year_of(m, pub, month, day)
    return _on_day(year, month, day, phrase)


_MIL_MONTHS = tuple(m.upper() for m in MONTH_ABBREVIATIONS)  # JAN ... DEC


def _dtg(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    """A military date-time group: '211500C SEP 23' (day, time, zone, month, two-digit year) or, in a body,
    '0030C 3 JUN' (time and zone, then day and month; the year is the report's)."""
    groups = m.groupdict()
    month = _MIL_MONTHS.index(groups.get("mon") or groups["mon2"]) + 1
    day = int(groups.get("dd") or groups["dd2"])
    if yy := groups.get("yy"):
        year: int | None = int(yy) if len(yy) == 4 else (2000 if int(yy) < 70 else 1900) + int(yy)
    else:
        year = pub.year - ((month, day) > (pub.month, pub.day)) if pub else None
    return _on_day(year, month, day, phrase)


def compact_date(text: str) -> dt.date | None:
    """'20230517': year, month and day in eight digits, else None."""
    if not re.fullmatch(r"(?:19|20)\d{6}", text):
        return None
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def _compact(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    """'20230517': year, month and day in eight digits."""
    day = compact_date(m.group("p"))
    return EventDate(date=day, precision="day", phrase=phrase) if day else EventDate(phrase=phrase)


def _yy(text: str) -> int:
    """A year of two or four digits: '24' -> 2024, '98' -> 1998."""
    n = int(text)
    return n if len(text) == 4 else (2000 if n < 70 else 1900) + n


def _header(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    """A database header's date in one of its compact forms: '14Aug2022', 'JUL 23 2024', '16 Sep. 24', '21.11.21'
    (day first; with slashes, '22/8/22', as numeric_date reads them), '2023 Jan 17'. Each alternative of the
    pattern names its groups dd/mon/mm/yy with its own suffix."""
    g = {k: v for k, v in m.groupdict().items() if v}
    for suffix in ("", "2", "3", "4", "5", "6"):
        if f"dd{suffix}" not in g:
            continue
        try:
            mon = g.get(f"mon{suffix}")
            month = month_number(mon) if mon else int(g[f"mm{suffix}"])
            if g.get(f"s{suffix}") == "/":  # '22/8/22:' day first, but '03/07/21:' as a database writes slashes
                told = numeric_date(int(g[f"dd{suffix}"]), month, _yy(g[f"yy{suffix}"]), "/")
                return EventDate(date=told, precision="day", phrase=phrase) if told else EventDate(phrase=phrase)
            day = dt.date(_yy(g[f"yy{suffix}"]), month, int(g[f"dd{suffix}"]))
            return EventDate(date=day, precision="day", phrase=phrase)
        except (ValueError, TypeError, KeyError):
            break
    return EventDate(phrase=phrase)


def _day_of_month(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    """'Saturday the 19th': the latest 19th on or before publication that is a Saturday (within a year), else the
    latest 19th; 'Thursday the 20th of October, 2022' is that day."""
    if m.group("month"):
        month, dom = month_number(m.group("month")), int(m.group("dom"))
        year = _year_of(m, pub, month, dom)
        return _on_day(year, month, dom, phrase)
    if pub is None:
        return EventDate(phrase=phrase)
    want, weekday = int(m.group("dom")), weekday_index(m.group("wd"))
    candidates = []
    for back in range(13):
        first = _month_start(pub.year, pub.month, back)
        try:
            day = first.replace(day=want)
        except ValueError:  # 'the 31st' in a 30-day month
            continue
        if day <= pub:
            candidates.append(day)
    # (the weekday looked for over the last three months: never a Saturday the 21st of a year before)
    found = next((d for d in candidates[:3] if d.weekday() == weekday), None)
    if found is None and not re.search(r"(?i)\bthe\s", m.group("p")):
        return _weekday(m, pub, phrase)  # 'on Saturday 21st' that no recent 21st was: the weekday alone, as before
    found = found or (candidates[0] if candidates else None)
    return EventDate(date=found, precision="day", phrase=phrase) if found else EventDate(phrase=phrase)


def _nth_day(year: int, n: int) -> dt.date | None:
    """The n-th day of a year (281 of 2019 is 8 October), None past its end."""
    return dt.date(year, 1, 1) + dt.timedelta(days=n - 1) if 1 <= n <= 365 + calendar.isleap(year) else None


def _day_of_year(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    """'day 281 of 2019': the 281st day of that year (8 October)."""
    day = _nth_day(int(m.group("year")), int(m.group("doy")))
    return EventDate(date=day, precision="day", phrase=phrase) if day else EventDate(phrase=phrase)


def ordinal_date(text: str) -> tuple[str, dt.date] | None:
    """An ISO ordinal date, year and day of the year ('2024-051': 20 February 2024), in a file that says it writes
    them so (see declares_ordinal): alone, '2024-051' may be a reference number."""
    for m in _ORDINAL_DATE.finditer(text):
        if day := _nth_day(int(m.group(1)), int(m.group(2))):
            return m.group(0), day
    return None


_ORDINAL_DATE = re.compile(r"(?<![\w/.-])((?:19|20)\d\d)-(\d{3})(?![\w/-]|\.\d)")
# A file's word that its dates give the day of the year: 'YYYY-DDD', 'year and day of the year', 'ordinal date'
_DECLARES_ORDINAL = re.compile(
    r"\bYYYY-?DDD\b|\bordinal\s+dates?\b|\byear\s+and\s+(?:the\s+)?day\s+of\s+the\s+year\b|"
    r"\bday[\s-]of[\s-](?:the[\s-])?year\s+(?:format|numbering|numbers?|codes?|dates?)\b",
    re.I,
)


def declares_ordinal(text: str) -> bool:
    """Whether a file says its dates are written as year and day of the year ('event_ordinal = YYYY-DDD')."""
    return _DECLARES_ORDINAL.search(text) is not None


def _iso_week(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    """'2021-W07-2': the Tuesday of ISO week 7 of 2021 (16 February)."""
    try:
        day = dt.date.fromisocalendar(int(m.group("year")), int(m.group("week")), int(m.group("wday")))
    except ValueError:
        return EventDate(phrase=phrase)
    return EventDate(date=day, precision="day", phrase=phrase)


def _month_end(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    """'the last day of February': that month's last day, the year written or the report's (or the one before)."""
    month = month_number(m.group("month"))
    year = _year_of(m, pub, month, 1)
    if year is None:
        return EventDate(phrase=phrase)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    if pub is not None and last > pub and not m.group("year"):
        year -= 1  # 'the last day of May' in a report of 20 May: last year's
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return EventDate(date=last, precision="day", phrase=phrase)


def _this_month_day(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    """'the 3rd inst.', 'on the night of the 18th': that day of the report's month, or of the month before when the
    report's month has not reached it yet."""
    if pub is None:
        return EventDate(phrase=phrase)
    groups = m.groupdict()
    want = int(groups["dom"]) if groups.get("dom") else DAY_WORDS[groups["dayword"].lower()]
    if groups.get("lastm"):  # 'the 30th of last month': the month before the report's
        year, month = _last_month(pub)
        return _on_day(year, month, want, phrase)
    for back in range(2):
        try:
            day = _month_start(pub.year, pub.month, back).replace(day=want)
        except ValueError:
            continue
        if day <= pub:
            return EventDate(date=day, precision="day", phrase=phrase)
    return EventDate(phrase=phrase)


def _last_month(pub: dt.date) -> tuple[int, int]:
    start = _month_start(pub.year, pub.month, 1)
    return start.year, start.month


def _stamped(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    """A numeric day and month beside a 24-hour clock time ('02:35 on 10/2', '0340 hrs of 11-06', '16:40 21/5',
    '11/12 2300', '22:10 on 03/07/21'): an Iraqi or European time stamp, so day first (month first only when the
    second number cannot be a month); the year written, else the report's (the one before when that day is later)."""
    a, b = int(m.group("a")), int(m.group("b"))
    day, month = (b, a) if b > 12 >= a else (a, b)
    if not 1 <= month <= 12:
        return EventDate(phrase=phrase)
    if yy := m.group("yy"):
        return _on_day(_yy(yy), month, day, phrase)
    year = pub.year - ((month, day) > (pub.month, pub.day)) if pub else None
    return _on_day(year, month, day, phrase)


# A field of a date written by its labels, as database entries and forms write it: 'Day 17', 'Month: 09', 'YEAR=2023',
# 'Month July'
_FIELD = rf"(?P<label>(?i:day|month|year))\s*[:=]?\s*(?P<value>\d{{1,4}}(?:st|nd|rd|th)?|{_MON_WORD}\.?)(?!\w)"


def _labelled(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    """'Month 09 / Day 17 / 2023', 'Day: 5, Month: 11, Year: 2021', 'Year 2022 | Month 3 | Day 30': the fields in any
    order, each by its label (the year may stand bare, or be missing: then the report's); a day and a month needed."""
    told: dict[str, str] = {}
    for f in re.finditer(_FIELD, m.group("p")):
        label = f.group("label").lower()
        if label in told:
            return EventDate(phrase=phrase)  # 'Day 3 / Day 4': no date
        told[label] = f.group("value").rstrip(".")
    fields = list(re.finditer(_FIELD, m.group("p")))
    if (bare := m.group("p")[fields[-1].end() :].strip(" /,;|-\u2013\u2014")) if fields else "":
        if "year" in told:
            return EventDate(phrase=phrase)
        told["year"] = bare  # 'Month 09 / Day 17 / 2023'
    if "day" not in told or "month" not in told:
        return EventDate(phrase=phrase)
    day = int(re.sub(r"\D", "", told["day"]) or 0)
    month = int(told["month"]) if told["month"].isdigit() else month_number(told["month"])
    if not 1 <= month <= 12:
        return EventDate(phrase=phrase)
    if "year" in told:
        year: int | None = _yy(told["year"]) if len(told["year"]) in (2, 4) else None
    else:
        year = pub.year - ((month, day) > (pub.month, pub.day)) if pub else None
    return _on_day(year, month, day, phrase)


# A weekday's abbreviation, as coders write it: 'Thu.', 'Tues', 'Wed.'
_WD_ABBR = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"


def weekday_index(name: str) -> int:
    """0 for 'Monday', 'Mon' or 'Mon.', ... 6 for Sunday."""
    return [w[:3] for w in WEEKDAYS].index(name[:3].title())


_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _roman(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    """A month in Roman numerals, as East European and some Arabic press write it: '11.V.2023', '23 VIII 2020', and
    without its year ('18.IX': the report's year, the year before when that day comes after the report)."""
    month, dd = _ROMAN_MONTHS.index(m.group("rom")) + 1, int(m.group("dd"))
    year = _year_of(m, pub, month, dd)
    if year is None:
        return EventDate(phrase=phrase)
    try:
        day = dt.date(year, month, dd)
        return EventDate(date=day, precision="day", phrase=phrase)
    except ValueError:
        return EventDate(phrase=phrase)


def _year(m: re.Match[str], pub: dt.date | None, phrase: str) -> EventDate:
    return EventDate(date=dt.date(int(m.group("year")), 1, 1), precision="year", phrase=phrase)


# The order a numeric date's writer spells out after it: '(day/month)', '(d/m)', '(dd/mm/yyyy)', '(month/day)',
# '(MM-DD-YYYY)', '(day first)', '(DMY)'
_D = r"(?:d{1,2}|day)"
_M = r"(?:m{1,2}|month)"
_Y = r"(?:y{1,4}|year)"
# (its parts apart by a dash, slash, dot or middle dot, spaced or not, or by spaces alone: '(DD - MM - YYYY)',
# '(dd mm yyyy)')
_OS = r"(?:\s*[-/.\u00b7]\s*|\s+)"
_ORDER_NOTE = (
    rf"\s*\((?P<order>(?i:{_D}{_OS}{_M}(?:{_OS}{_Y})?|{_M}{_OS}{_D}(?:{_OS}{_Y})?|"
    rf"{_Y}{_OS}{_M}{_OS}{_D}|(?:day|month)[\s-]first|dmy|mdy|(?:{_D}|{_M})\s+then\s+(?:{_M}|{_D})))\)"
)
# A document's word on how all its numeric dates are written, once for all of them: 'evt_date cells are dd/mm/yyyy',
# '(all dates in this ledger are DD/MM/YYYY)', 'Dates: day/month/year', 'dates are given month/day/year'
_DECLARED_ORDER = re.compile(
    rf"\b(?:dates?|cells?|columns?|fields?)\b[^.\n]{{0,40}}?\b(?:are|is|in|as|:)\s+(?:given\s+|written\s+)?(?:as\s+)?"
    rf"(?P<order>(?i:{_D}{_OS}{_M}{_OS}{_Y}|{_M}{_OS}{_D}{_OS}{_Y}))\b",
    re.I,
)
_AMBIGUOUS_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/.-])")


def declared_order(text: str) -> bool | None:
    """True when a document says its numeric dates are written day first ('all dates in this ledger are DD/MM/YYYY'),
    False when it says month first, None when it says neither or both."""
    orders = {re.sub(r"[^a-z]", "", m.group("order").lower()).startswith("d") for m in _DECLARED_ORDER.finditer(text)}
    return orders.pop() if len(orders) == 1 else None


def in_declared_order(phrase: str, day_first: bool) -> dt.date | None:
    """The day a numeric date ('03/05/2023') of a phrase names in the order its document declared, or None when the
    phrase holds no such date or the digits cannot be read that way."""
    m = _AMBIGUOUS_NUMERIC.search(phrase)
    if m is None or re.search(_ORDER_NOTE, phrase[m.end() :]):
        return None  # (a date with its own note, '9/4/2024 (month/day)', keeps the order it says)
    a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    try:
        return dt.date(year, *((b, a) if day_first else (a, b)))
    except ValueError:
        return None


# 03/25/2020, 25-10-2021, 19·03·2024: day, month and year in digits (numeric_date decides the order, unless the
# writer spells it out after it: '9/4/2024 (day/month)').
_NUMERIC_DATE = (
    # the order may be written before the date too: 'D/M/Y 12/7/2022', '(dd/mm/yyyy) 12/07/2022'
    rf"(?<![\d/-])(?<!\d\.)(?P<p>"
    rf"(?:\(?(?P<before>(?i:{_D}\s*[-/.]\s*{_M}\s*[-/.]\s*(?:y{{1,4}}|year)|{_M}\s*[-/.]\s*{_D}\s*[-/.]\s*"
    r"(?:y{1,4}|year)))\)?:?\s+)?"
    # (a year in two digits only where a database entry opens with the date: '5/2/19: An improvised explosive ...')
    rf"(?P<a>\d{{1,2}})(?P<sep>{_SEP})(?P<b>\d{{1,2}})(?P=sep)(?P<year>(?:19|20)\d\d|(?:19|2\d)(?=:\s))"
    rf"(?:{_ORDER_NOTE})?)"
    r"(?![\d/-]|\.\d)"
)
# ... and with its parts set apart by spaces ('02 - 05 - 2024', '17 / 09 / 2023', '02 05 2024'): a date only where its
# writer states the order, before or after it ('02 - 05 - 2024 (DD - MM - YYYY)'); else a score or a range
_SPACED_DATE = (
    rf"(?<![\d/.-])(?P<p>"
    rf"(?:\(?(?P<before>(?i:{_D}{_OS}{_M}{_OS}(?:y{{1,4}}|year)|{_M}{_OS}{_D}{_OS}(?:y{{1,4}}|year)))\)?:?\s+)?"
    rf"(?P<a>\d{{1,2}})(?P<sep>\s*{_SEP}\s+|\s+{_SEP}\s*|\s+)(?P<b>\d{{1,2}})(?P=sep)(?P<year>(?:19|20)\d\d)"
    rf"(?:{_ORDER_NOTE})?)(?(before)|(?(order)|(?!)))"
)
# A 24-hour clock time: '02:35', '23.50', '0340 hrs', '01:00 hrs'; four bare digits only where no year stands
# ('at 2030', '2300 -', '0140 -'): 'on 11/12 2019' is no time
_CLOCK = (
    r"(?:(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*hrs?\b)?|(?:[01]\d|2[0-3])[0-5]\d\s*hrs?\b|"
    r"(?<=\bat )(?:[01]\d|2[0-3])[0-5]\d(?!\d)|(?:[01]\d|2[0-3])[0-5]\d(?=\s*[-\u2013\u2014:]\s|$))"
)
# A numeric day and month, with a year of two or four digits or none: '10/2', '11-06', '03/07/21', '06.11.2019'
_DM = r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?:(?P=sep)(?P<yy>(?:19|20)?\d\d))?"
# Four bare digits as a clock time beside a day that says it is one ('21st @ 0215', '0130 3/8 -'): never a year
# (1900-2099) unless 'hrs' follows ('2030 hrs')
_CLOCK4 = r"(?:(?!(?:19|20)\d\d(?!\s*hrs?\b))(?:[01]\d|2[0-3])[0-5]\d(?:\s*hrs?\b)?(?![\d:.]\d))"
# What sets a date's labelled fields apart: 'Month 09 / Day 17', 'Day: 5, Month: 11', 'Year 2022 | Month 3'
_FIELD_JOIN = r"(?:\s*[/,;|\u2013\u2014-]\s*|\s+)"
_Resolver = Callable[[re.Match[str], dt.date | None, str], EventDate]
# (pattern, resolver). Group "p" is the phrase; text outside it is context that must be there
# (a preposition before a bare year), so that counts like "17 rockets" never read as dates.
_PATTERNS: list[tuple[re.Pattern[str], _Resolver]] = [
    (re.compile(p), f)
    for p, f in [
        (rf"(?<![\d/-])(?<!\d\.)(?P<p>(?:19|20)\d\d(?P<ysep>{_SEP})\d\d?(?P=ysep)\d\d?)(?![\d/-]|\.\d)", _iso),
        # ... and with bullets or middle dots set apart by spaces: '2021 \u2022 08 \u2022 09'
        (
            r"(?<![\d/-])(?P<p>(?:19|20)\d\d(?P<ysep>\s+[\u2022\u00b7\u2219]\s+)\d\d?(?P=ysep)\d\d?)(?![\d/-]|\.\d)",
            _iso,
        ),
        (
            _NUMERIC_DATE,
            _numeric,
        ),
        (_SPACED_DATE, _numeric),
        # a date by its labelled fields, in any order: 'Month 09 / Day 17 / 2023', 'Day: 5, Month: 11, Year: 2021'
        (
            rf"(?<![\w/-])(?P<p>{_FIELD.replace('?P<label>', '').replace('?P<value>', '')}{_FIELD_JOIN}"
            rf"{_FIELD.replace('?P<label>', '').replace('?P<value>', '')}(?:{_FIELD_JOIN}(?:"
            rf"{_FIELD.replace('?P<label>', '').replace('?P<value>', '')}|(?:19|20)\d\d(?!\d)))?)",
            _labelled,
        ),
        # a day of the month written beside a 24-hour clock time: '21st @ 0215', 'the 9th at 2340 hrs', '0215 on
        # 21st', '04:20 of the 17th', '2300, the 4th' (the report's month; never 'the 5th 2000 troops', 'the 21st of
        # July', 'the 3rd Brigade', which other patterns read or leave)
        (
            rf"(?<![\w/.-])(?P<p>(?:(?i:the)\s+)?(?P<dom>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
            rf"(?:\s*(?:@|,|\b(?i:at)\b)\s*(?:{_CLOCK}|{_CLOCK4})|\s+{_CLOCK})(?![\d:/])(?!\s*[/.]\d))",
            _this_month_day,
        ),
        (
            rf"(?<![\d/.:-])(?P<p>(?:{_CLOCK}|{_CLOCK4})(?:\s*(?:,|@)\s*|\s+(?i:on|of)\s+)(?:(?i:the)\s+)?"
            rf"(?P<dom>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?!\s*(?:of\b|[A-Z]|{_ORDINAL_NOUN}))",
            _this_month_day,
        ),
        # a day of the report's month: 'On the 3rd inst.', 'on the night of the 18th', 'late on the 4th' (never 'the 5th
        # Brigade', 'the 18th of ...' with its month, which the patterns above read)
        (
            r"(?:(?<=\b[Oo]n )|(?<=\bON )|(?<=night of )|(?<=morning of )|(?<=evening of )|(?<=afternoon of )|"
            r"(?<=hours of )|(?<=dawn of )|(?<=\d of )|(?<=\d on )|(?<=hrs of )|(?<=hrs on )|^)"
            r"(?P<p>the\s+(?P<dom>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?:\s+inst(?:ant)?\.?)?)"
            rf"(?!\s*(?:of\b|[A-Z]|{_ORDINAL_NOUN}))",
            _this_month_day,
        ),
        # ... in words: 'on the seventh', 'late on the twenty-first' (never 'on the second floor', 'the third of ...')
        (
            r"(?:(?<=\b[Oo]n )|(?<=\bON )|(?<=night of )|(?<=morning of )|(?<=evening of )|(?<=afternoon of )|"
            r"(?<=hours of )|(?<=dawn of )|^)"
            # (only where nothing follows it but the sentence's punctuation, a place or a time: never 'fired on the
            # second vehicle', 'on the first of several hearings')
            rf"(?P<p>the\s+{_DAY_WORD})(?![\w-])(?=\s*(?:[.;:)]|,(?!\s*(?:the\s+)?{_ANY_DAY_WORD}\b)|$)|\s+(?:at|in|near|when|as|"
            r"inst\b|morning|evening|night|afternoon)\b)",
            _this_month_day,
        ),
        # a holiday on a fixed day of the year: 'on Christmas Day', 'on New Year's Eve', 'during Nowruz' (the latest
        # before the report, unless its year is written)
        (
            r"(?<!ahead of )(?<!before )(?<!for )(?<!eve of )(?<!since )(?<!until )(?<!the )"
            r"\b(?P<p>(?P<holiday>(?i:Christmas\s+(?:Day|Eve)|New\s+Year['\u2019]?s\s+(?:Day|Eve)|Nowruz|Newroz|Norouz))"
            rf"(?:,?\s+{_YEAR})?)(?!['\u2019]s\s+(?i:eve))(?!\s+(?i:attacks?|bombings?|massacre|celebrations?)\b)",
            _holiday,
        ),
        # a part of a month: 'in the second half of March', 'the first half of May 2021', 'in the opening days of
        # the month', 'earlier in the month' (the month, no day)
        (
            rf"\b(?P<p>(?i:the\s+(?:first|second|latter|last|final|closing|opening|early|late)\s+(?:half|part|days|"
            rf"weeks|week|fortnight)\s+of\s+){_MONTH}(?:,?\s+{_YEAR})?)(?!\s+of\b)",
            _month,
        ),
        (
            r"\b(?P<p>(?i:(?:the\s+(?:first|opening|early)\s+(?:few\s+)?(?:half|part|days|weeks|week|fortnight)\s+of|"
            r"earlier\s+in)\s+(?:the|this)\s+month))\b(?!\s+of\b)",
            _report_month,
        ),
        # a numeric date beside a 24-hour clock time, either way round: '02:35 on 10/2', '0340 hrs of 11-06',
        # '23:50, 06.11.2019', 'from 01:50, 12/7', '11/12 2300', '14/2 at 2030', '19/7 at 23:30' (day first)
        # (never a count's range after a clock: 'At 14:00, 3-4 mortar rounds', '09:15 10-15 gunmen': two numbers
        # joined by a dash, with no year and no 'on'/'of', before a word)
        (
            rf"(?<![\d/.:-])(?P<p>{_CLOCK}(?:\s*,\s*|(?P<on>\s+(?i:on|of)\s+)|\s+){_DM}(?![\d/]|[.-]\d)"
            r"(?!\s*\((?i:m))(?(on)|(?(yy)|(?!(?<=-\d)\s+[^\W\d_])(?!(?<=-\d\d)\s+[^\W\d_]))))",
            _stamped,
        ),
        (
            rf"(?<![\d/.:-])(?P<p>{_DM}(?:\s*,\s*|\s+(?i:at)\s+|\s+){_CLOCK})(?![\d/:]|[.-]\d)",
            _stamped,
        ),
        # ... and a time of four bare digits: '0130 3/8 -', '2245, 14.6:', '3/8 0130 -', '14/6 @ 2245' (never a
        # fraction or a count told in words: '1300 3/8 inch', '3/8 2100 votes')
        (
            rf"(?<![\d/.:-])(?P<p>{_CLOCK4}(?:\s*,\s*|\s+(?i:on|of)\s+|\s+){_DM})(?![\d/]|[.-]\d)"
            r"(?!\s*(?:\(|[^\W\d_]|%))",
            _stamped,
        ),
        (
            rf"(?<![\w/.:-])(?P<p>{_DM}(?:\s*,\s*|\s+(?i:at)\s+|\s*@\s*|\s+){_CLOCK4})(?![\d/:]|[.-]\d)"
            r"(?!\s*(?:[^\W\d_]|%))",
            _stamped,
        ),
        # a day of the report's month after a clock time: '2235 (25th)', 'since 04:20 of the 17th'
        (
            r"(?:(?<=[0-2]\d[0-5]\d )|(?<=\d:[0-5]\d )|^)(?P<p>\((?P<dom>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\))",
            _this_month_day,
        ),
        # 'on the first of the month', 'the 17th of the month', 'the 30th of last month' (the month written by
        # what it is to the report's)
        (
            r"\b(?P<p>(?:(?i:the)\s+|(?<=\b[Oo]n ))(?:(?P<dom>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|"
            rf"(?i:{_DAY_WORD}))\s+(?i:day\s+)?"
            r"(?i:of)\s+(?:(?i:the|this)\s+(?i:current\s+|same\s+)?(?i:month)|(?P<lastm>(?i:last|the\s+previous|"
            r"the\s+past)\s+(?i:month))))\b",
            _this_month_day,
        ),
        # a day and month in digits after 'on', no year and no order written: 'On 5/11, a bomb exploded', 'on 10.02.'
        # (day first, as Iraqi and European writers put it; never a quantity or a clock: 'on 2.5 million', 'on 5.30 pm')
        (
            r"(?:(?<=\b[Oo]n )|(?<=\bON ))(?!24/7\b|9/11\b)"
            r"(?P<p>(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[01]?\d))(?![\d/]|\.\d)"
            # (a dot only before a month of two digits: 'on 10.02', never a section's 'on 3.4 of the agenda')
            r"(?:(?<=/\d)|(?<=/\d\d)|(?<=\.[01]\d))(?!\s+of\b)"
            r"(?!\s*(?i:[ap]\.?m\b|hrs?\b|hours|h\b|o['’]clock|%|per\s*cent|percent|million|billion|thousand|"
            r"tonnes|tons|kg|km|metres|meters|miles|points?|majority|occasions?|times|duty|basis|shifts?)\b)",
            _numeric_on_day,
        ),
        # a day and month with no year but their order spelled out: 'On 27.09 (day.month)', '9/27 (month/day)'
        (
            rf"(?<![\d/.-])(?P<p>(?P<a>\d{{1,2}})[./-](?P<b>\d{{1,2}})\s*\((?P<order>(?i:{_D}\s*[-/.]\s*{_M}|"
            rf"{_M}\s*[-/.]\s*{_D}))\))(?P<year>)",
            _numeric_yearless,
        ),
        # 'May 7', 'May the 7th'; never a unit's number ('In March the 5th Brigade launched ...')
        (
            rf"(?P<p>{_MONTH}\s+(?:the\s+)?{_DAY}(?:,?\s+{_YEAR})?)"
            r"(?!(?:st|nd|rd|th)?\s+(?:Brigade|Division|Regiment|Battalion|Army|Corps|Infantry|Armou?red|Company|Squadron|Fleet|Rapid|"
            r"Special|Federal|Emergency|Operations?|Border)\b)",
            _day,
        ),
        # year, month name and day: '2023-Feb-21', '2023/February/21', '2023.FEB.21'
        (
            rf"(?<![\w/.-])(?P<p>(?P<yy>(?:19|20)\d\d)(?P<s>[-/.])(?P<mon>{_MONTH_ANY_CASE})\.?(?P=s)(?P<dd>[0-3]?\d))"
            r"(?![\w/-]|\.\d)",
            _header,
        ),
        # a weekday with its day of the month: 'on Saturday the 19th' (the latest such day by the report's date)
        (
            # ('Sat 2nd', 'Tue 19th -', 'Sunday 14th': the ordinal's ending written, 'the' left out)
            rf"(?P<p>(?:(?i:late|early)\s+(?:on\s+)?)?(?P<wd>{'|'.join(WEEKDAYS)}|{_WD_ABBR}),?\s+(?:the\s+)?(?P<dom>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
            # ... and its month ('Thursday the 20th of October, 2022'): then the weekday adds nothing
            rf"(?:\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?)?)(?![\w-])(?!\s+{_ORDINAL_NOUN})",
            _day_of_month,
        ),
        # 'during the night from 8 to 9 November 2021', 'the night between 20 and 21 January': the first day
        (
            rf"(?:\bnight\s+(?:of|from|between)\s+)?(?P<p>{_DAY}\s+(?:to|and|till|until)\s+(?:[12]\d|3[01]|0?[1-9])"
            rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?)",
            _day,
        ),
        # 'the night of 27-28 March 2021': the night began on the first day
        (
            rf"\b(?P<p>{_DAY}\s*[-–/]\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?)",
            _day,
        ),
        (rf"\b(?P<p>{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?)", _day),
        # the day in ordinal words: 'the sixth of July', 'On the twenty-second of May 2022', 'July the sixth'
        (rf"\b(?P<p>(?i:(?:the\s+)?{_DAY_WORD}\s+of\s+){_MONTH}(?:,?\s+{_YEAR_OR_WORDS})?)", _day_in_words),
        (
            rf"(?P<p>{_MONTH}\s+(?i:the\s+)?{_DAY_WORD}(?:,?\s+{_YEAR_OR_WORDS})?)(?![\w-])(?!\s+{_ORDINAL_NOUN})",
            _day_in_words,
        ),
        # the day counted in the month: 'the 4th day of July', 'day 7 of May', 'the fourth day of July 2023'
        (rf"\b(?P<p>(?i:the\s+){_DAY}\s+(?i:day)\s+(?i:of)\s+{_MONTH}(?:,?\s+{_YEAR})?)", _day),
        (rf"\b(?P<p>(?i:day)\s+{_DAY}\s+(?i:of)\s+{_MONTH}(?:,?\s+{_YEAR})?)", _day),
        # the day counted in the year, as systems number days: 'day 281 of 2019', 'the 45th day of 2022'
        # (never a campaign's day: 'day 5 of 2019's protests', 'day 2 of 2021 Arbaeen pilgrimage')
        (
            rf"\b(?P<p>(?:(?i:the)\s+)?(?i:day)\s+(?P<doy>[1-9]\d{{0,2}})\s+(?i:of)\s+{_YEAR})"
            r"(?![’'](?:s\b)?|\s+[A-Z])"
            r"(?!\s+(?i:protests?|pilgrimage|offensive|campaign|operations?|war|siege|strikes?|talks|festival)\b)",
            _day_of_year,
        ),
        (
            rf"\b(?P<p>(?i:the)\s+(?P<doy>[1-9]\d{{0,2}})(?:st|nd|rd|th)\s+(?i:day)\s+(?i:of)\s+{_YEAR})"
            r"(?![’'](?:s\b)?|\s+[A-Z])",
            _day_of_year,
        ),
        # an ISO week date: '2021-W07-2', '2021W072' (day 1 is Monday)
        (r"(?<![\w/-])(?P<p>(?P<year>(?:19|20)\d\d)-?W(?P<week>[0-5]\d)-?(?P<wday>[1-7]))(?![\w/-])", _iso_week),
        # the last day of a month: 'on the last day of February', 'the last day of June 2021'
        (rf"\b(?P<p>(?i:the\s+last\s+day\s+of)\s+{_MONTH}(?:,?\s+{_YEAR})?)", _month_end),
        # the day as a labelled field beside the month and year: 'Nov 2019, day 23', 'day 23, Nov. 2019'
        # (never a campaign's day: 'in May 2020 day 3 of the offensive')
        (rf"(?P<p>{_MONTH}\.?,?\s+{_YEAR}\s*[,;/|-]?\s*(?i:day)\s*[:=]?\s*{_DAY})(?!\s+(?i:of)\b)", _day),
        (rf"\b(?P<p>(?i:day)\s*[:=]?\s*{_DAY}\s*[,;/|-]?\s*{_MONTH}\.?,?\s+{_YEAR})", _day),
        (rf"\b(?P<p>(?i:the\s+){_DAY_WORD}\s+(?i:day)\s+(?i:of)\s+{_MONTH}(?:,?\s+{_YEAR})?)", _day_in_words),
        # a year of two digits after an apostrophe: "June 3rd '21", "3 June '21"
        (rf"(?P<p>{_MONTH}\s+(?:the\s+)?{_DAY},?\s+['\u2019](?P<yy>\d\d))(?!\d)", _day_yy),
        (rf"\b(?P<p>{_DAY}\s+(?:of\s+)?{_MONTH},?\s+['\u2019](?P<yy>\d\d))(?!\d)", _day_yy),
        (rf"(?P<p>{_QUAL}{_MONTH}(?:,?\s+(?:of\s+)?(?:{_YEAR}|{_REL_YEAR})))", _month),
        (
            rf"(?P<p>(?:(?P<last>(?i:last))\s+)?{_QUAL}"
            rf"(?P<month>{_MONTH_FULL.replace('March|', '').replace('May|', '')})"
            r"(?![a-z]))(?P<year>)",
            _month,
        ),
        (
            rf"{_CUE}(?P<p>(?:(?P<last>(?i:last))\s+)?(?P<q>{_QUALIFIER})?(?P<month>May|March)(?![a-z]))"
            r"(?(cue)|(?(last)|(?(q)|(?!))))(?P<year>)",
            _month,
        ),
        (rf"{_CUE}(?P<p>(?P<q>{_QUALIFIER})?{_YEAR})(?(cue)|(?(q)|(?!)))", _year),
        (
            rf"(?P<p>(?:(?i:late|early)\s+(?:on\s+)?)?(?:(?P<last>(?i:last|this past))\s+)?"
            rf"(?P<wd>{'|'.join(_WEEKDAYS)})(?:\s+(?i:night|morning|afternoon|evening))?)(?!\w)",
            _weekday,
        ),
        (
            # a weekday written short, after 'last' or 'on' ('At around 22:00 last Thu', 'on Sat night'): alone, 'Sun'
            # or 'Wed' may be other words
            r"(?P<p>(?:(?i:late|early)\s+(?:on\s+)?)?(?:(?P<last>(?i:last|this past))|(?i:on))\s+"
            r"(?P<abbr>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?(?:\s+(?i:night|morning|afternoon|evening))?)(?!\w)",
            _weekday,
        ),
        (
            # ... or heading a round-up's line, before its colon or dash ('Mon: IED hit a PMF vehicle ...', 'Sat -
            # IS militants abducted ...', 'Fri (Slemani): a drone struck ...')
            r"(?:^|(?<=\n))(?P<p>(?P<abbr>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)"
            r"(?=(?:\s*\([^()\n]{1,30}\))?\s*(?::|\s[\u2013\u2014-]\s))",
            _weekday,
        ),
        (
            # ... or after the line's place, in brackets: 'Baghdad (Mon): a bomb ...', 'Anbar (Wed) - ...'
            r"(?:^|(?<=\n))[A-Z][\w'’ -]{1,30}\((?P<p>(?P<abbr>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)\)"
            r"(?=\s*(?::|[\u2013\u2014-]\s))",
            _weekday,
        ),
        (
            r"\b(?P<p>(?i:(?:the\s+)?day\s+before\s+yesterday|yesterday|today|tonight|last\s+(?:night|evening)|earlier\s+today|"
            # two days before the report: 'the night before last', 'on the evening before last' (translated press)
            r"(?:the\s+)?(?:day|night|evening|morning|afternoon)\s+before\s+last|"
            # the day before the report: 'the previous evening', 'on the previous night' (never 'the previous day's
            # attack' told from another day: only the evening, night, morning or afternoon)
            r"(?:on\s+)?the\s+previous\s+(?:evening|night|morning|afternoon)(?!['’])|"
            # a night that ran into the report's day began the day before: 'overnight into today'
            r"overnight\s+into\s+(?:today|this\s+morning)|"
            r"(?:on\s+|in\s+|during\s+)?the\s+(?:evening|night|morning|afternoon)\s+of\s+the\s+previous\s+day|"
            r"(?:(?:during|over|in|through)\s+)?the\s+past\s+night|"
            r"this\s+(?:morning|forenoon|afternoon|evening|noon|midday)))\b",
            _fixed,
        ),
        (
            rf"\b(?P<p>{_NUM}\s+(?P<unit>(?i:minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?))\s+"
            r"(?i:ago|back))\b",
            _ago,
        ),
        # hours counted back from the report: '48 hours earlier', 'some 30 hours before' (never days: 'two days earlier'
        # is told from another day, which the extractor counts from)
        (
            rf"\b(?P<p>{_NUM}\s+(?P<unit>(?i:hours))\s+(?i:earlier|before|previously))\b"
            r"(?!\s+(?i:the|an?|his|her|its|their|than|\d)\b)(?!\s+[A-Z])",
            _ago,
        ),
        # the weekend before the report: its day unknown, its month known
        (r"\b(?P<p>(?i:over|during|at)\s+the\s+(?:past\s+|last\s+)?weekend)\b", _weekend),
        # the day of the report: 'a short while ago', 'minutes ago', 'within the past hour', 'moments ago'
        (
            r"\b(?P<p>(?i:(?:a\s+)?short\s+while\s+ago|(?:a\s+few\s+|several\s+)?(?:minutes|moments|hours)\s+ago|"
            r"within\s+the\s+(?:past|last)\s+(?:hour|(?:few|couple\s+of)\s+hours)|just\s+now))(?!\w)",
            _fixed,
        ),
        # a mail header's ctime form: 'Thu Jun 15 09:12:44 2023'
        (rf"(?P<p>{_WD_ABBR}\s+{_MONTH}\s+{_DAY}\s+\d\d:\d\d(?::\d\d)?\s+{_YEAR})", _day),
        # 'Jan-08-2020', 'Mar/15/2025': month, day and year written with dashes or slashes
        (rf"(?<![\w/.-])(?P<p>{_MONTH}(?P<msep>[-/])(?P<day>[12]\d|3[01]|0?[1-9])(?P=msep){_YEAR})(?![\w/-])", _day),
        # '15-Mar-2025', '15/Mar/2025': a day, month and year written with dashes or slashes
        (rf"\b(?P<p>{_DAY}(?P<dsep>[-/]){_MONTH}(?P=dsep){_YEAR})", _day),
        # ... with a two-digit year: '03-Mar-21', '3/Mar/21'
        (rf"\b(?P<p>{_DAY}(?P<dsep2>[-/]){_MONTH}(?P=dsep2)(?P<yy>\d\d))(?![\w/-]|\.\d)", _day_yy),
        # the month first without a year, after 'on' or at the start: 'On Aug/08', 'on Nov-3' (the report's year)
        (
            rf"(?:(?<=\b[Oo]n )|(?<=\bON )|^)(?P<p>{_MONTH}[-/](?P<day>[12]\d|3[01]|0?[1-9]))(?![\w/-]|\.\d)(?P<year>)",
            _day,
        ),
        # ... and without the year, which is the report's: 'On 26/Jan', '26-JAN', '3/Sept.'
        (rf"(?<![\w/.-])(?P<p>{_DAY}[-/]{_MONTH})(?![\w/-]|\.\d)(?P<year>)", _day),
        # a database header's compact date before its colon: '14Aug2022:', 'JUL 23 2024:', '16 Sep. 24:', '21.11.21:',
        # '2023 Jan 17:' (two-digit years and bare day-month-year digits only there, never in running text)
        (
            r"(?<![\w./-])(?P<p>(?P<dd>[0-3]?\d)(?P<mon>(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec))"
            r"(?P<yy>(?:19|20)\d\d))(?!\w)",
            _header,
        ),
        (
            r"^\W*(?:(?i:(?:event|incident|attack)\s+)?(?i:date)\s*[:=-]?\s*)?(?P<p>(?:(?P<mon>(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec))\.?\s+(?P<dd>[0-3]?\d),?\s+"
            r"(?P<yy>(?:19|20)\d\d)|(?P<dd2>[0-3]?\d)\s+(?P<mon2>(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec))"
            r"\.?\s+'?(?P<yy2>\d\d)|(?P<dd3>[0-3]?\d)(?P<s3>[./-])(?P<mm3>[01]?\d)(?P=s3)(?P<yy3>\d\d)|(?P<yy4>(?:19|20)\d\d),?\s+"
            # the year first, then the month's name or abbreviation: '2023 Jan 17:', '2024 April 06:', '2024, APRIL 6:'
            rf"(?P<mon4>{_MON_WORD})\.?\s+(?P<dd4>[0-3]?\d)(?:st|nd|rd|th)?|"
            # digits apart: year, month, day ('2020 10 18:') or day, month, year ('18 10 2020:')
            r"(?P<yy5>(?:19|20)\d\d)\s+(?P<mm5>[01]?\d)\s+(?P<dd5>[0-3]?\d)|"
            r"(?P<dd6>[0-3]?\d)\s+(?P<mm6>[01]?\d)\s+(?P<yy6>(?:19|20)\d\d)))(?=\s*[:\u2013\u2014-]\s|\s*$)",
            _header,
        ),
        # a Roman month between day and year, upper case only: '11.V.2023', '23 VIII 2020', '2/XI/2021'
        (
            rf"(?<![\w./-])(?P<p>(?P<dd>[0-3]?\d)(?P<sep>[.\s/-])(?P<rom>{'|'.join(_ROMAN_MONTHS)})"
            r"(?P=sep)(?P<year>(?:19|20)\d\d))(?![\w/-]|\.\d)",
            _roman,
        ),
        # ... and without the year, which is the report's: after a dot or slash, and only after 'on', 'dated', 'since',
        # 'until' or at a line's start ('On 18.IX', 'dated 2/XI'; never a unit's number: 'the 1/X battalion')
        (
            r"(?:(?<=\b[Oo]n )|(?<=\bON )|(?<=\b[Dd]ated )|(?<=\bsince )|(?<=\buntil )|^)"
            rf"(?P<p>(?P<dd>[0-3]?\d)[./-](?P<rom>{'|'.join(_ROMAN_MONTHS)}))(?![\w/-]|\.\d)(?P<year>)",
            _roman,
        ),
        # a database summary's compact date before its colon: '20230517: An explosive device ...'
        (r"(?<![\w/.-])(?P<p>(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?=:\s|$)", _compact),
        # military day-month, upper case, the year the report's or two or four digits: 'on 25FEB', '12MAR2023'
        # (only after 'on'/'dated', at the start, or with its year: '1MAR battalion', 'the 3DEC model' are no dates)
        (
            rf"(?:(?<=\bon )|(?<=\bOn )|(?<=\bON )|(?<=\bdated )|(?<=\bof )|^)"
            rf"(?P<p>(?P<dd>[0-3]?\d)(?P<mon>{'|'.join(_MIL_MONTHS)})(?P<yy>\d\d|(?:19|20)\d\d)?)\b(?!\s+(?:model|battalion|"
            r"brigade|regiment|division|units?|company|series|version))",
            _dtg,
        ),
        # a date-time group without its month in a log's body: 'AT 032155C, A BOMB ...' (the 3rd, 21:55, zone C: the
        # month and year are the log's own)
        (
            r"(?:(?<=\bAT )|(?<=\bAt )|(?<=\bat )|(?<=\bON )|(?<=\bOn )|(?<=\bon )|^)"
            r"(?P<p>(?P<dom>[0-3]\d)(?:[01]\d|2[0-3])[0-5]\d[A-Z])\b",
            _this_month_day,
        ),
        # a date-time group or an alert's day written solid, with its two-digit year: '171943CAUG05' (17 August
        # 2005, 19:43, zone C), '21JUN14' (upper case only, never inside a code: 'REF/21JUN14-B')
        (
            rf"(?<![\w/.-])(?P<p>(?P<dd>[0-3]\d)(?:[0-2]\d[0-5]\d[A-Z]?)?(?P<mon>{'|'.join(_MIL_MONTHS)})(?P<yy>\d\d))"
            r"(?![\w/.-])",
            _dtg,
        ),
        # military date-time groups, upper case only: '211500C SEP 23', '051030Z JAN 22', '0030C 3 JUN'
        (
            rf"\b(?P<p>(?:(?P<dd>[0-3]\d)[0-2]\d[0-5]\d[A-Z]?\s+(?P<mon>{'|'.join(_MIL_MONTHS)})\s+(?P<yy>\d\d)"
            rf"|[0-2]\d[0-5]\d[A-Z]\s+(?P<dd2>[0-3]?\d)\s+(?P<mon2>{'|'.join(_MIL_MONTHS)})))\b",
            _dtg,
        ),
        (
            r"\b(?P<p>(?:(?P<qual>(?i:late|early|earlier|mid))[\s-]+)?(?P<rel>(?i:last|final|this))\s+"
            r"(?P<unit>(?i:week|month|year|yr))(?![a-z]))",
            _period,
        ),
        (r"\b(?P<p>(?i:the\s+(?P<unit2>week|month|year)\s+(?P<before_last>before\s+last)))\b", _period),
        # a day and month in digits after their weekday, no year: 'Thu 16/11: Turkish drone strike ...', 'Friday
        # 3.11 -' (the weekday tells which number is the day)
        (
            rf"(?<![\w/.])(?P<p>(?P<wdn>{'|'.join(_WEEKDAYS)}|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+"
            # (never a clock time or a quantity: 'on Friday 8.10 pm', 'Sunday 2.5 tonnes')
            r"(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d))(?![/.]?\d)(?!\s*(?i:[ap]\.?m\b|hrs?\b|hours|h\b|o['’]clock|tonnes|tons|"
            r"kg|km|kilo|million|billion|per\s*cent|percent|%))",
            _weekday_numeric,
        ),
    ]
]
# What each pattern needs in a sentence to match at all (see assistant.language.sieve)
_NEEDS = [required(pattern) for pattern, _ in _PATTERNS]
# (a dozen patterns need a month's name: each distinct condition is tested once a sentence)
_CONDITIONS = list(dict.fromkeys(_NEEDS))
_CONDITION_OF = [_CONDITIONS.index(need) for need in _NEEDS]
# Resolvers of phrases that name their calendar day (a weekday before one adds nothing)
_CALENDAR = (_day, _numeric, _iso, _header, _roman, _compact, _dtg, _stamped)


def _preceding_word(text: str, start: int) -> str:
    words = text[max(0, start - 24) : start].split()
    return words[-1].lower() if words else ""


# Every date phrase holds a digit, a month, a weekday or one of these words: a sentence with none is skipped at once
# (most sentences of a long report), so the dozen patterns run only where a date may be.
# (the digit tested apart: the words' own test then rules out most sentences at once)
_DIGIT = re.compile(r"\d")
_MAYBE_DATE = sieve(
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|"
    r"yesterday|tonight|ago|back|week|month|year|yr|morning|noon|midday|evening|night|hour|now|before\s+last|"
    r"(?:last|on)\s+(?:mon|tue|wed|thu|fri|sat|sun)|(?:^|\n)(?:mon|tue|wed|thu|fri|sat|sun)|"
    r"\((?:mon|tue|wed|thu|fri|sat|sun)\.?\))|previous\s+day|weekend|overnight|"
    r"(?i:christmas|nowruz|newroz|norouz|new\s+year|on\s+the\s+[\w-]+(?:st|nd|rd|th)\b)"
)


def find_date_phrases(text: str, weekday_apart: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of every date expression in text, in order; text[start:end] == phrase. A weekday right
    before a calendar date is one phrase with it ('Thursday, 20 October 2022') unless `weekday_apart`."""
    found: list[tuple[int, int, _Resolver]] = []
    if not (_DIGIT.search(text) or _MAYBE_DATE.search(text)):
        return []
    folded = fold(text)
    met = [holds(folded, need) for need in _CONDITIONS]
    for (pattern, resolver), condition in zip(_PATTERNS, _CONDITION_OF, strict=True):
        if not met[condition]:
            continue  # none of the words the pattern needs (a month's name, a weekday): it cannot match
        for m in pattern.finditer(text):
            if resolver is _period and _preceding_word(text, m.start("p")) in _DETERMINERS:
                continue
            found.append((*m.span("p"), resolver))
    spans: list[tuple[int, int, _Resolver]] = []
    for start, end, resolver in sorted(found, key=lambda s: (s[0], -s[1])):  # earliest, then longest wins
        if not spans or start >= spans[-1][1]:
            last = spans[-1] if spans else None
            if (
                not weekday_apart
                and last is not None
                and last[2] is _weekday
                and resolver in _CALENDAR
                and _WEEKDAY_GAP.fullmatch(text[last[1] : start])
            ):
                # 'Thursday, 20 October 2022', 'Saturday 02/05/2020': one phrase, the date's (never the latest Thursday)
                closed = "(" in text[last[1] : start] and text[end : end + 1] == ")"
                spans[-1] = (last[0], end + closed, resolver)
                continue
            spans.append((start, end, resolver))
    return [(s, e, text[s:e]) for s, e, _ in spans]


# What may stand between a weekday and the calendar date it names: 'Thursday, 20 October', 'Saturday (02/05/2020)'
_WEEKDAY_GAP = re.compile(r"\s*[,(]?\s*(?:the\s+)?")
_WEEKDAY_LEAD = re.compile(
    rf"(?:(?i:late|early)\s+(?:on\s+)?)?(?:(?i:last|this\s+past)\s+)?(?P<wd>{'|'.join(WEEKDAYS)})(?:\s+(?i:night|morning|afternoon|evening))?"
    rf"{_WEEKDAY_GAP.pattern}"
)


@lru_cache(maxsize=64)
def _dateparser(base: dt.date) -> DateDataParser:
    """A cached English-only dateparser (lazy: the import is slow; English-only skips language detection)."""
    from dateparser.date import (
        DateDataParser,  # dateparser is pure regex and tables: it never goes online
    )

    settings = {"RELATIVE_BASE": dt.datetime(base.year, base.month, base.day), "PREFER_DATES_FROM": "past"}
    return DateDataParser(languages=["en"], settings=settings)


def _fallback(core: str, pub: dt.date | None, phrase: str) -> EventDate:
    """dateparser for wordings our patterns miss; without a publication date only base-independent ones."""
    bases = [pub] if pub else [dt.date(2001, 6, 15), dt.date(2011, 2, 3)]
    results = [_dateparser(base).get_date_data(core) for base in bases]
    if any(r.date_obj is None for r in results) or len({r.date_obj for r in results}) > 1:
        return EventDate(phrase=phrase)
    found, period = results[0].date_obj.date(), results[0].period
    if not 1900 <= found.year < 2100:  # 'at 0115 hrs on 8 July' read as the year 115: a clock time, no date
        return EventDate(phrase=phrase)
    if period == "month":
        return EventDate(date=found.replace(day=1), precision="month", phrase=phrase)
    if period == "year":
        return EventDate(date=found.replace(month=1, day=1), precision="year", phrase=phrase)
    return (
        EventDate(date=found, precision="day", phrase=phrase)
        if period in ("day", "week", "time")
        else EventDate(phrase=phrase)
    )


def resolve_phrase(phrase: str, published: dt.date | None) -> EventDate:
    """Resolve one date phrase ('late Wednesday', 'in December 2017') against the publication date."""
    core = re.sub(r"^(?i:on|in|at|during|since|by)\s+", "", phrase.strip())
    for pattern, resolver in _PATTERNS:
        m = pattern.fullmatch(core)
        if m and m.group("p") == core:
            return resolver(m, published, phrase)
    if (lead := _WEEKDAY_LEAD.match(core)) and lead.end() < len(core):
        # 'Thursday, 20 October 2022': the date; a weekday beside an ambiguous numeric date decides its order
        rest = core[lead.end() :].rstrip(")")
        for pattern, resolver in _PATTERNS:
            m = pattern.fullmatch(rest)
            if m and m.group("p") == rest and resolver in _CALENDAR:
                told = resolver(m, published, phrase)
                swapped = _by_weekday(rest, told.date, WEEKDAYS.index(lead.group("wd")))
                return told.model_copy(update={"date": swapped}) if swapped else told
    if m := _BARE_DAY_MONTH.fullmatch(core):  # 'On 5/11' found in its sentence: day first, the report's year
        return _numeric_on_day(m, published, phrase)
    # A lone year or "May" only counts in running text after a cue word; a caller's phrase is trusted.
    if m := re.fullmatch(_QUAL + _YEAR, core):
        return _year(m, published, phrase)
    if m := re.fullmatch(rf"{_QUAL}(?P<month>May|March)(?P<year>)", core):
        return _month(m, published, phrase)
    return _fallback(core, published, phrase)


_OVERNIGHT_INTO = re.compile(  # (opening the sentence: 'Overnight Saturday into Sunday, insurgents blew up ...')
    rf"\W*(?i:(?:overnight|(?:during\s+|on\s+)?the\s+night\s+(?:of|from))\s+(?:on\s+)?)"
    rf"(?P<first>{'|'.join(WEEKDAYS)})\s+(?i:into|to|and)\s+(?:{'|'.join(WEEKDAYS)})\b"
)
# 'the previous evening', 'on the previous night': the day before the one the text is told from
PREVIOUS_PART = re.compile(
    r"(?i:(?:on\s+)?the\s+previous\s+(?:evening|night|morning|afternoon)|"
    r"(?:on\s+|in\s+|during\s+)?the\s+(?:evening|night|morning|afternoon)\s+of\s+the\s+previous\s+day)"
)
_BARE_DAY_MONTH = re.compile(r"(?P<p>(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[01]?\d))")
_CAPS_WORD = re.compile(r"\b[A-Z]+\b")
_LOWER_WEEKDAY = re.compile(rf"\b(?:{'|'.join(w.lower() for w in WEEKDAYS)})\b")


def resolve_date(sentence: str, published: dt.date | None) -> EventDate:
    """The event date a sentence gives: its most specific date phrase (first on ties), else unknown.

    The day something was said ('police said today that ...', 'said on Sunday') is the report's, not the event's:
    another date in the sentence wins over it.
    """
    if sentence.islower():
        # speech recognised or a post typed all in lower case ('a rocket landed near the green zone on friday night'):
        # its weekdays are read as written with capitals (same length, so positions hold)
        sentence = _LOWER_WEEKDAY.sub(lambda m: m.group(0).title(), sentence)
    elif sentence.isupper() and len(titled := _CAPS_WORD.sub(lambda m: m.group(0).title(), sentence)) == len(sentence):
        # a telex or a headline all in capitals ('BEFORE SUNRISE ON SUNDAY, INSURGENTS PLANTED A BOMB'): its days and
        # months read as written with capitals (same length, so positions hold); a word with digits stays as it is
        # ('AT 141943CJUN23')
        sentence = titled
    # a day still to come is no event's: 'Movements on hold until Thursday', 'talks resume next Monday'
    found = [f for f in find_date_phrases(sentence) if not _AHEAD.search(sentence[max(0, f[0] - 16) : f[0]])]
    if (night := _OVERNIGHT_INTO.match(sentence)) and published is not None:
        # 'Overnight Saturday into Sunday, insurgents blew up a pylon': the night began on the first day
        first = resolve_phrase(night.group("first"), published)
        if first.date is not None:
            return first
    if (back := _back_from_said(sentence, found, published)) is not None:
        return back
    if (anchored := _from_anchor(sentence, found, published)) is not None:
        return anchored
    if (prev := next((f for f in found if PREVIOUS_PART.fullmatch(f[2])), None)) is not None and len(found) > 1:
        # 'police said on Monday that the man was abducted the previous evening': the evening before that Monday;
        # another day told of the event itself wins ('The governor, who had visited the previous evening, condemned
        # Tuesday's attack')
        said = [f for f in found if f is not prev and _SAID_BEFORE.search(sentence[max(0, f[0] - 40) : f[0]])]
        day = next((d.date for d in (resolve_phrase(f[2], published) for f in said) if d.date), None)
        if day is not None:
            return EventDate(date=day - dt.timedelta(days=1), precision="day", phrase=prev[2])
        found = [f for f in found if f is not prev]
    owned = [_OWNS_EVENT.match(sentence, e) is not None for _, e, _ in found]
    told = [
        (
            _SAID_BEFORE.search(sentence[max(0, s - 40) : s]) is not None
            # ('The criminal court on Wednesday sentenced two men for the ambush ... on 3 August 2022'; 'were arrested
            # on Sunday over the bombing of ...'): the day of a verdict or an arrest, not of the attack it is about
            or _JUSTICE_AFTER.match(sentence, e) is not None
            or _JUSTICE_BEFORE.search(sentence[max(0, s - 40) : s]) is not None
            or _OWNS_SAYING.match(sentence, e) is not None
            or _SAID_AFTER.match(sentence, e) is not None
        )
        and not own
        for (s, e, _), own in zip(found, owned)
    ]
    if not all(told):
        found, owned = [f for f, said in zip(found, told) if not said], [o for o, said in zip(owned, told) if not said]
    # The day a victim died of wounds is not the attack's when the sentence dates the attack too: 'a sheikh died on
    # Monday of wounds he suffered when a bomb exploded ... on Sunday', 'succumbed to his injuries on Friday, two days
    # after gunmen shot him on Wednesday'
    died = [_DIED_BEFORE.search(sentence[max(0, s - 50) : s]) is not None for s, _, _ in found]
    if any(died) and not all(died):
        found, owned = [f for f, d in zip(found, died) if not d], [o for o, d in zip(owned, died) if not d]
    # ... nor is the day of the funeral: 'The funeral was held in Kut on Tuesday for a police captain who was shot dead
    # on Sunday', 'were laid to rest on Friday, a day after the blast on Thursday'
    buried = [
        _BURIED_BEFORE.search(sentence[max(0, s - 60) : s]) is not None
        # ('Hundreds of people in Baiji on Monday attended the funeral of ...', 'attended on Saturday the funeral of')
        or _MOURNED_AFTER.match(sentence, e) is not None
        or (_ATTENDED_BEFORE.search(sentence[max(0, s - 30) : s]) is not None and _A_FUNERAL.match(sentence, e))
        for s, e, _ in found
    ]
    if _FUNERAL_ATTACKED.search(sentence):
        buried = [False] * len(found)  # 'a suicide bomber blew himself up among mourners at a funeral ... on Tuesday'
    if any(buried) and not all(buried):
        found, owned = [f for f, b in zip(found, buried) if not b], [o for o, b in zip(owned, buried) if not b]
    # The day told right after the harm wins over a day of something else the sentence tells first: 'The committee on
    # Wednesday paid the families of four shepherds who were killed on November 2', 'working hours are suspended on
    # Thursday 11/1/2024 ... when gunmen attacked their house ... on the night of Tuesday'
    resolved: dict[tuple[int, int, str], EventDate] = {}
    harmed = [
        own
        or _HARM_BEFORE.search(sentence[max(0, s - 130) : s]) is not None
        # ('On Tuesday, gunmen killed ...', 'Gunmen on Monday attacked ...': the day before the harm's own verb)
        or _HARM_AFTER.match(sentence, e) is not None
        for (s, e, _), own in zip(found, owned)
    ]
    if any(harmed) and not all(harmed):
        # (never for a vaguer one: 'on November 6 gunmen killed a mukhtar, the third leader assassinated this year')
        resolved = {f: resolve_phrase(f[2], published) for f in found}  # (read once: the choice below reuses them)
        ranks = [_RANK[resolved[f].precision] for f in found]
        best = max(r for r, h in zip(ranks, harmed, strict=True) if h)
        keep = [h or r > best for h, r in zip(harmed, ranks, strict=True)]
        found, owned = [f for f, k in zip(found, keep) if k], [o for o, k in zip(owned, keep) if k]
    if len(found) > 1 and any(owned):  # 'police corrected on Sunday the toll of Saturday's explosion': its day
        found = [f for f, own in zip(found, owned) if own]
    if len(found) > 1:  # 'Hours ago, the ministry reported on the February 10 attack': the attack's date
        found = [f for f in found if not _NOW.fullmatch(f[2])] or found
    dates = [resolved[f] if f in resolved else resolve_phrase(f[2], published) for f in found]
    chosen = max(dates, key=lambda d: _RANK[d.precision], default=EventDate())
    return _days_apart(_small_hours(chosen, sentence), sentence)


# An event's day known only to lie between two days, not a night's ('Between 3 and 5 March', 'sometime between the
# 10th and 14th of May'): the event fell on one of them, unknown which. (A span of days an operation or a count ran
# over, 'from 1 to 6 October', 'killed 1-6 Oct', is no single event's.)
_DAY_SPAN = re.compile(
    r"(?i:\b(?P<lead>night\s+)?between\s+(?:the\s+)?)(?:(?P<m1>" + _MONTH_ANY_CASE + r")\.?\s+)?"
    r"(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:[-\u2013]|\s(?:and|to)\s)\s*(?:the\s+)?"
    r"(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?(m1)(?![\w/])|\s+(?:of\s+)?" + _MONTH_ANY_CASE + r"\b)"
)


def _days_apart(event: EventDate, sentence: str) -> EventDate:
    """A day read off the first of a span of days two or more apart ('Between 3 and 5 March, militants burned ...')
    is only known to the span: the month, when both lie in it. (A night's two days date it by its first.)"""
    if event.precision != "day" or event.date is None:
        return event
    for span in _DAY_SPAN.finditer(sentence):
        first, last = int(span.group("d1")), int(span.group("d2"))
        if span.group("lead") or first != event.date.day or last - first < 2:
            continue
        if _AHEAD.search(sentence[max(0, span.start() - 16) : span.start()]):
            continue
        return _covering(event.date, event.date.replace(day=last), event.phrase or span.group(0))
    return event


# A night told by its two days ('the night of 10 to 11 April', 'the night between 25 and 26 January', 'the night of
# 27-28 March') ...
_NIGHT_SPAN = re.compile(
    r"(?i:\bnight\s+(?:of|from|between)\s+)(?:(?:the\s+)?(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*"
    r"(?:[-\u2013/]|to|and|till|until)\s*(?:the\s+)?(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b|"
    r"[A-Z][a-z]+\s+(?P<d3>[12]\d|3[01]|0?[1-9])\s*(?:[-\u2013/]|to|and|till|until)\s*(?P<d4>[12]\d|3[01]|0?[1-9])\b|"
    # (across a month's end: 'the night of 30 April to 1 May')
    r"(?P<d5>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s*(?:[-\u2013]|to|and)\s*(?P<d6>0?1)(?:st)?\s+[A-Z][a-z]+)"
)
# ... and a time in its small hours, after midnight: '1 a.m.', 'around 2am', '02:30', '0140 hrs', 'after midnight'
_SMALL_HOURS = re.compile(
    r"(?i:\b(?:0?[1-5](?:[:.][0-5]\d)?\s*a\.?m\b\.?|12(?:[:.][0-5]\d)?\s*a\.?m\b\.?|0?[0-5][:.h][0-5]\d\b(?!\s*p\.?m)|"
    r"0[0-5][0-5]\d(?:\s*hrs?\b|(?=\s*[,;:]))|(?:just\s+|shortly\s+|soon\s+)?after\s+midnight|"
    r"in\s+the\s+(?:early\s+)?small\s+hours|in\s+the\s+early\s+hours))"
)
# ... told of the event, not of what came after it ('police arrived after midnight', 'his body was found at 5 a.m.');
# an evening hour in the same clause keeps the night's first day ('at 11 p.m. on the night of 10 to 11 June')
_LATER_ACT = re.compile(
    r"\b(?:found|discovered|arrived|reached|recovered|taken|transferred|rushed|died|announced|said|reported|"
    r"lifted|reopened|ended)\b[^;,.]{0,25}$",
    re.I,
)
_CLAUSE_END = re.compile(r";|(?<!\b[ap]\.m)(?<!\b[AP]\.M)\.\s+(?=[A-Z])")
_EVENING_HOUR = re.compile(r"(?i:\b(?:[6-9]|1[01])(?:[:.][0-5]\d)?\s*p\.?m\b|\b(?:1[89]|2[0-3])[:.h]?[0-5]\d\b)")


def _small_hours(event: EventDate, sentence: str) -> EventDate:
    """A night told by its two days is dated by its first (the night began then), unless the sentence puts the event
    after midnight: 'shortly after 1 a.m. on the night of 10 to 11 April' is the 11th."""
    if event.precision != "day" or event.date is None or not (span := _NIGHT_SPAN.search(sentence)):
        return event
    first = int(span.group("d1") or span.group("d3") or span.group("d5"))
    second = int(span.group("d2") or span.group("d4") or span.group("d6"))
    stops = [m.start() for m in _CLAUSE_END.finditer(sentence)]
    begin = max((i + 1 for i in stops if i < span.start()), default=0)
    clause = sentence[begin : min((i for i in stops if i >= span.end()), default=len(sentence))]
    hours = [h for h in _SMALL_HOURS.finditer(clause) if not _LATER_ACT.search(clause[: h.start()])]
    if event.date.day != first or not hours or _EVENING_HOUR.search(clause):
        return event
    after = event.date + dt.timedelta(days=1)
    return event.model_copy(update={"date": after}) if after.day == second else event


# An attack's own verb before its day, in the same clause: 'who were killed on November 2', 'an IED that targeted a
# police patrol near the stadium in Baquba on Friday evening'
# An attack's own verbs (the participles 'killing', 'wounding' only before a day: 'killing two on Monday')
_HARM_VERBS = (
    r"attacked|killed|wounded|injured|exploded|struck|targeted|ambushed|shot|bombed|detonated|kidnapped|abducted|"
    r"martyred|went\s+off|blew\s+up|opened\s+fire|assassinated|stormed|shelled|gunned\s+down|"
    r"blew\s+(?:himself|herself|themselves)\s+up"
)
_HARM_BEFORE = re.compile(rf"\b(?:{_HARM_VERBS}|killing|wounding|injuring)\b[^.;!?]{{0,120}}$", re.I)
# (the attackers between, never another verb or a victim's relative clause: 'Officials on Tuesday identified the
# soldiers killed', 'On Monday relatives of the victims killed ...')
_HARM_AFTER = re.compile(
    r",?\s+(?:(?:suspected|armed|unidentified|masked|alleged|(?!(?:of|who|whose|which|that)\b)[\w'’-]+(?-i:(?<!ed)))\s+)"
    rf"{{0,4}}?(?:{_HARM_VERBS})\b",
    re.I,
)
# (a day something is put off to: never 'held him until Monday, when his body was found')
_AHEAD = re.compile(
    r"\b(?:(?:on\s+hold|suspended|postponed|delayed|closed|banned|restricted|paused)\s+(?:until|till)|next|"
    r"(?:this\s+)?coming)\s+$",
    re.I,
)
# Phrases that date the report, not an event told with its own date: 'minutes ago', 'within the past hour'
_NOW = re.compile(
    r"(?i:(?:a\s+)?short\s+while\s+ago|(?:a\s+few\s+|several\s+)?(?:minutes|moments|hours)\s+ago|"
    r"within\s+the\s+(?:past|last)\s+(?:hour|(?:few|couple\s+of)\s+hours)|just\s+now)"
)


# A day that owns the attack told after it: 'Saturday's explosion', 'Tuesday night's deadly car bombing', 'last
# Friday's ambush' (never 'Saturday's statement', 'Sunday's meeting')
_OWNS_EVENT = re.compile(
    r"['\u2019]s?\s+(?:(?!(?i:the|an?|said|says|that|of)\b)[\w-]+\s+){0,3}?(?i:attacks?|explosions?|blasts?|bombings?|bombs?|ambush(?:es)?|shootings?|"
    r"strikes?|assaults?|raids?|killings?|assassination|clash(?:es)?|shelling|incident|massacre|violence|"
    r"fighting|detonation)\b"
)
# ... and a day that owns a statement: 'Sunday's statement', 'Monday's press conference' (when it was said)
_OWNS_SAYING = re.compile(
    r"['\u2019]s?\s+(?:[\w-]+\s+){0,2}?(?i:statements?|announcements?|press\s+conference|briefing|communiqu[eé])\b"
)
_DIED_BEFORE = re.compile(
    r"\b(?:died|succumbed|passed\s+away|(?:was|were)\s+pronounced\s+dead)"
    r"(?:\s+(?:of|from|to)\s+(?:his|her|their|the)\s+(?:wounds|injuries))?(?:\s+in\s+(?:a\s+)?hospital)?,?\s+"
    r"(?:on\s+|late\s+|early\s+|late on\s+|early on\s+)?$"
)
# ... unless the funeral is what was attacked
_FUNERAL_ATTACKED = re.compile(
    r"\b(?:blew\s+(?:himself|herself|themselves)\s+up|exploded|detonated|attacked|targeted|struck|hit|opened\s+fire|"
    r"fired|bomb(?:ed|ing|er)?|suicide)\b[^.;]{0,80}?\b(?:funerals?|mourners|burials?|processions?|wakes?)\b",
    re.I,
)
_BURIED_BEFORE = re.compile(
    r"\b(?:funerals?|burials?|buried|laid\s+to\s+rest|mourn(?:ed|ers|ing)|condolences?|wakes?|processions?)\b"
    r"(?:(?!\b(?:killed|shot|died|slain|murdered|attack\w*|explo\w*|bomb\w*|blast\w*|ambush\w*)\b)[^.;]){0,50}$",
    re.I,
)
# The day of mourning told after it: 'on Monday attended the funeral of', 'on Thursday mourned a commander killed ...'
_MOURNED_AFTER = re.compile(
    r",?\s+(?:[\w-]+\s+){0,2}?(?:attended|held|joined|mourned|buried|bid\s+farewell\s+to)\s+"
    r"(?:the\s+|an?\s+)?(?:(?:funerals?|burials?|wakes?|memorial|mourning|condolences?)\b|"
    r"(?:[\w-]+\s+){1,3}?(?:killed|shot\s+dead|slain|martyred|who)\b)",
    re.I,
)
_ATTENDED_BEFORE = re.compile(r"\b(?:attended|held|joined)\s+(?:on\s+)?$", re.I)
_A_FUNERAL = re.compile(r",?\s+(?:the\s+|a\s+)?(?:funerals?|burials?|wakes?|memorial|mourning)\b", re.I)
# A verdict's or an arrest's day: 'court on Wednesday sentenced', 'were arrested on Sunday', 'sentenced ... on Monday'
_JUSTICE = (
    r"(?:sentenced|convicted|acquitted|indicted|charged|arrested|detained|captured|executed|hanged|ruled|"
    r"found\s+guilty|handed\s+down)"
)
_JUSTICE_AFTER = re.compile(rf",?\s+(?:[\w-]+\s+){{0,2}}?{_JUSTICE}\b", re.I)
_JUSTICE_BEFORE = re.compile(rf"\b{_JUSTICE}\s+(?:[\w-]+\s+){{0,3}}?(?:on\s+|late\s+|early\s+)?$", re.I)
# a day counted back from the day something was said, told after it: 'announced on Tuesday that a police officer had
# been killed a day earlier', 'claimed the attack on Saturday, two days after it took place', 'details emerged only on
# Sunday of an ambush that happened the previous Thursday', 'said on Thursday that the blast had occurred "three days
# ago"'
_BACK_FROM_SAID = sieve(
    rf"(?:\b(?:{_NUM}|a)\s+days?\s+(?:earlier|before)(?!\s+(?:the|a|an|his|her|its|their)\b)|\bthe\s+(?:day|night)\s+"
    rf"before(?![\w\s]{0, 60}\b(?:the|a|an)\b)|\bthe\s+previous\s+(?P<wd>{'|'.join(WEEKDAYS)})|"
    rf"\b(?P<n2>\d{{1,3}}|[A-Za-z-]+)\s+days?\s+after\s+(?:it|the\s+(?:attack|blast|bombing|ambush|killing))\s+"
    r"(?:took\s+place|happened|occurred|was\s+carried\s+out)|"
    rf"[\"\u201c'\u2018](?P<n3>\d{{1,3}}|[A-Za-z-]+)\s+days?\s+ago)"
)
# ... never a count that dates another doing: a release, an arrest, a ceasefire, a convoy's leaving
_OTHER_DOING = re.compile(
    r"\b(?:released|freed|arrested|detained|arrived|deployed|agreed|signed|left|registered|planted|warned|threatened|"
    r"visited|met|returned|discharged|announced|declared|started|began|opened|closed)\b[^.;]{0,40}$",
    re.I,
)
# ... from a day the sentence says was when something was said, claimed or came out
_SAID_DAY_BEFORE = re.compile(
    r"\b(?:claimed|emerged|surfaced|came\s+to\s+light|announced|said|says|stated|reported|confirmed|revealed|"
    r"disclosed|told\s+[^.;]{1,40}?)\b[^.;]{0,40}?\s(?:on|late\s+on|early\s+on)\s+$",
    re.I,
)


# a day counted from another day the sentence names with its date: 'three days before the provincial elections on 18
# December', 'a week after the 10 November raid', 'exactly a month after the 3 September bombing', 'the day after Eid
# al-Fitr, which fell on 13 May'; and 'on the second day of Eid al-Adha, which began on 28 June'
_ANCHORED = re.compile(
    rf"\b(?:(?:exactly|just|some|about)\s+)?(?P<off>(?:{_NUM}|one)\s+(?P<unit>days?|weeks?|months?)|the\s+(?:day|night|"
    r"morning|evening))\s+(?P<dir>after|before)\s+(?P<what>[^.;]{1,80})|"
    r"\bthe\s+(?P<ord>first|second|third|fourth|fifth|sixth|seventh|[1-7](?:st|nd|rd|th))\s+day\s+of\s+"
    r"(?P<what2>[^.;]{1,80})",
    re.I,
)
# what may stand between 'after'/'before' and the anchor's date: its name ('the provincial elections on', 'the', 'Eid
# al-Fitr, which fell on', 'Eid al-Adha, which began on'), no other clause
_ANCHOR_GAP = re.compile(
    r"(?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:(?:on|of)\s+)?|"
    r"(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+,\s+which\s+(?:fell|was\s+held|began|begins|took\s+place|was|is)"
    r"\s+(?:on\s+)?",
    re.I,
)
_NOT_THE_ATTACK = re.compile(
    r"\b(?:arrest\w*|detain\w*|captured|funerals?|buried|died|succumbed|sentenced|convicted|court|trial|released|"
    r"mourn\w*|laid\s+to\s+rest)\b",
    re.I,
)
_ANCHOR_WORD = re.compile(r"\b(?:days?|weeks?|months?|night|morning|evening)\s+(?:after|before)\b|\bday\s+of\b", re.I)
_ORDINAL_INDEX = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}


def _from_anchor(sentence: str, found: list[tuple[int, int, str]], published: dt.date | None) -> EventDate | None:
    """The attack's day counted from a dated day the sentence names (the nearest such day to the report, which may
    fall after it: an election still to come); never a day after the report."""
    if published is None:
        return None
    # (looked for only around 'days after', 'the night before', 'the second day of': the pattern is costly and
    # resolve_date runs for every clause)
    m = next(
        (
            found_at
            for word in _ANCHOR_WORD.finditer(sentence)
            if (found_at := _ANCHORED.search(sentence, max(0, word.start() - 45), word.end() + 90))
        ),
        None,
    )
    if m is None or _NOT_THE_ATTACK.search(sentence):
        return None  # ('Two days after the attack on 5 June, police arrested a suspect': the arrest's day)
    start, end = (m.start("what"), m.end("what")) if m.group("what") else (m.start("what2"), m.end("what2"))
    anchor = next((f for f in found if start <= f[0] < end), None)
    if anchor is None or not _ANCHOR_GAP.fullmatch(sentence[start : anchor[0]]):
        return None  # (the date must name the anchor: never 'Three days before polling, observers ...: on 5 October')
    if any(f is not anchor and resolve_phrase(f[2], published).precision == "day" for f in found):
        return None  # the harm's own day, told beside ('killed a lawyer on Tuesday, two months after the 3 March ...')
    if re.search(r"\b(?:who|which|that)\s+(?:had\s+)?[a-z]+ed\b[^,.;]{0,40}$", sentence[: m.start()], re.I):
        return None  # ('a candidate who had registered the day before the 1 May deadline': the registration's)
    told = resolve_phrase(anchor[2], published + dt.timedelta(days=45))
    if told.date is None or told.precision != "day":
        return None
    if m.group("ord"):
        word = m.group("ord").lower()
        days = (_ORDINAL_INDEX[word] if word in _ORDINAL_INDEX else int(word[0])) - 1
        phrase = m.group(0)[: m.start("what2") - m.start()].strip()
    else:
        n = 1 if not m.group("unit") else _count(m.group("n") or "one")
        unit = (m.group("unit") or "day").lower()
        if unit.startswith("month") and not re.match(r"(?i)exactly\b", m.group(0)):
            return None  # 'some two months after ...': about, not a day
        if unit.startswith("month"):
            month = told.date.month + (n if m.group("dir").lower() == "after" else -n)
            year, month = told.date.year + (month - 1) // 12, (month - 1) % 12 + 1
            try:
                day = told.date.replace(year=year, month=month)
            except ValueError:
                return None
            phrase = m.group(0)[: m.start("what") - m.start()].strip()
            return EventDate(date=day, precision="day", phrase=phrase) if day <= published else None
        days = n * (7 if unit.startswith("week") else 1) * (1 if m.group("dir").lower() == "after" else -1)
        phrase = m.group(0)[: m.start("what") - m.start()].strip()
    day = told.date + dt.timedelta(days=days)
    return EventDate(date=day, precision="day", phrase=phrase) if day <= published else None


def _back_from_said(sentence: str, found: list[tuple[int, int, str]], published: dt.date | None) -> EventDate | None:
    """The attack's day counted back from the day something about it was said, where the sentence tells both."""
    if not _BACK_FROM_SAID.possible(sentence):
        return None  # (no count back at all: most sentences, so the cheap test first)
    said = next((f for f in found if _SAID_DAY_BEFORE.search(sentence[max(0, f[0] - 60) : f[0]])), None)
    if said is None or (back := _BACK_FROM_SAID.regex.search(sentence, said[1])) is None:
        return None
    if any(f is not said and not (back.start() <= f[0] < back.end()) for f in found):
        return None  # the sentence gives the harm its own day ('... were killed on Tuesday when ...')
    if _OTHER_DOING.search(sentence[max(0, back.start() - 50) : back.start()]):
        return None  # the count dates something else ('who had been released from custody a day earlier')
    day = resolve_phrase(said[2], published)
    if day.date is None or day.precision != "day":
        return None
    if wd := back.group("wd"):
        gap = (day.date.weekday() - weekday_index(wd)) % 7 or 7  # 'the previous Thursday': strictly before
        return EventDate(date=day.date - dt.timedelta(days=gap), precision="day", phrase=back.group(0))
    word = back.group("n") or back.group("n2") or back.group("n3") or "a"
    try:
        n = 1 if word.lower() in ("a", "the") else _count(word)
    except (KeyError, ValueError):
        return None
    return EventDate(date=day.date - dt.timedelta(days=n), precision="day", phrase=back.group(0))


_SAID_BEFORE = re.compile(
    r"\b(?:said|says|stated|announced|reported|added|confirmed|revealed|disclosed|explained|corrected|revised|updated|"
    # ('told the Iraqi News Agency (INA) on Monday that ...': an outlet's name in capitals and its letters)
    r"told\s+(?:the\s+)?(?:[A-Z][\w'.&-]*\s+){0,4}(?:\([A-Z][\w.-]{1,10}\)|\w+)),?\s+"
    r"(?:on\s+|late\s+|early\s+|late on\s+)?"
    r"(?:(?:today|yesterday|this\s+morning),\s+)?$"
)

# ... and a day told before who said it: 'On Sunday, the mayor of Amedi said ...', 'Late Monday, police told AFP
# ...', 'Yesterday the ministry announced that ...' (the subject between is a name, never a verb: 'On Sunday gunmen
# killed two men, police said' keeps its day)
_SAID_AFTER = re.compile(
    r",?\s+(?:(?!(?i:was|were|is|are|has|have|had|been|who|which|when|after|and|but)\b)(?![a-z][\w-]*ed\b)[\w'\u2019.-]+\s+)"
    r"{1,8}?(?:said|says|stated|announced|reported|confirmed|revealed|disclosed|told)\b"
)


def shift(event: EventDate, days: int) -> EventDate:
    """A day-precision date moved by `days` (for 'two days after X'); coarser dates are returned unchanged."""
    if event.precision != "day" or event.date is None:
        return event
    return event.model_copy(update={"date": event.date + dt.timedelta(days=days)})


_OFFSET = re.compile(
    rf"(?:\b{_NUM}\s+(?P<unit>(?i:days?|weeks?))\s+(?P<dir>(?i:after|before))\b|"
    r"\b(?i:the\s+day\s+(?P<dir2>after|before))\b)"
    r"(?!\s+(?i:that|this|it)\b)"  # 'two days after that' counts on from the attack told before, not back from it
)


def relative_offset(text: str) -> tuple[int, str] | None:
    """Days to add to the main event's date to date the event named after 'two days after' (-2), or None."""
    m = _OFFSET.search(text)
    if m is None:
        return None
    if m.group("dir2"):
        n, direction = 1, m.group("dir2")
    else:
        n = _count(m.group("n"))
        n *= 7 if m.group("unit").lower().startswith("week") else 1
        direction = m.group("dir")
    # "X, two days after Y": Y happened two days earlier than X, so X's date minus two.
    return (-n if direction.lower() == "after" else n), m.group(0)


def _label(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def pin_relative_dates(text: str, quotes: list[str], published: dt.date | None) -> str:
    """A claim's relative dates ("on Saturday") with the calendar date they mean, from the cited article's date.

    Only phrases the quotes themselves use are pinned, so a weekday the model made up never becomes a
    confident date. A calendar date the claim puts next to such a phrase that contradicts it and is
    just the publication date (the model's usual slip: "on Wednesday, December 18, 2022" for an article
    of that Sunday) is replaced by the date the phrase means.
    """
    if published is None:
        return text
    quoted = " ".join(q.lower() for q in quotes)
    # apart: 'on Friday, 2019-11-10' is a weekday and the model's slip beside it, not one date
    phrases = [(s, e, p, resolve_phrase(p, published)) for s, e, p in find_date_phrases(text, weekday_apart=True)]
    edits: list[tuple[int, int, str]] = []
    for s, e, phrase, when in phrases:
        core = next((w.lower() for w in _WEEKDAYS if w in phrase), phrase.lower())
        if (
            when.precision != "day"
            or when.date is None
            or resolve_phrase(phrase, None).precision != "unknown"
            or core not in quoted
        ):
            continue
        stated = [(s2, e2, w2) for s2, e2, _, w2 in phrases if w2.precision == "day" and (s2, e2) != (s, e)]
        if any(w2.date == when.date for _, _, w2 in stated):
            continue  # the claim already gives the right calendar date
        slip = next(((s2, e2) for s2, e2, w2 in stated if w2.date == published and 0 <= s2 - e <= 3), None)
        edits.append((*slip, _label(when.date)) if slip else (e, e, f" ({_label(when.date)})"))
    for s, e, new in sorted(edits, reverse=True):
        text = text[:s] + new + text[e:]
    return text


def _by_weekday(phrase: str, day: dt.date | None, weekday: int) -> dt.date | None:
    """The other order of an ambiguous numeric date ('02/05/2020') when only that order falls on the weekday written
    beside it, else None."""
    m = re.fullmatch(_NUMERIC_DATE, phrase)
    if m is None or m.group("order") or day is None or day.weekday() == weekday:
        return None
    other_order = "-" if m.group("sep") == "/" else "/"
    swapped = numeric_date(int(m.group("a")), int(m.group("b")), _full_year(m.group("year")), other_order)
    return swapped if swapped is not None and swapped.weekday() == weekday else None


def calendar_date(text: str, day_first: bool = False) -> dt.date | None:
    """The first complete calendar date (day, month and year) written in a short text, such as a report's header
    line ('Published: 14 March 2023', 'Report date: 2021-01-05', 'Diyala / Shafaq News - Friday 26 March 2021',
    '25-10-2021'). A weekday written beside an ambiguous numeric date decides its order ('02/05/2020 (Saturday)');
    else `day_first` reads '01/06/2021' as 1 June (an outlet's header line), not US-style as database summaries do."""
    for _, _, phrase in find_date_phrases(text):
        event = resolve_phrase(phrase, None)
        if event.precision != "day" or event.date is None:
            continue
        m = re.fullmatch(_NUMERIC_DATE, phrase)
        # (a weekday written short decides too, right before the date: 'Mon 04/11/2019')
        at = text.find(phrase)
        weekday = next((i for i, name in enumerate(WEEKDAYS) if re.search(rf"\b{name}\b", text, re.I)), None)
        if weekday is None and (
            short := re.search(r"(?:^|[|:(\u2013\u2014-]\s*)(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s*$", text[: max(at, 0)])
        ):
            weekday = next(i for i, name in enumerate(WEEKDAYS) if name.startswith(short.group(1)))
        if weekday is not None and (swapped := _by_weekday(phrase, event.date, weekday)):
            return swapped
        noted = m is not None and bool(m.group("order") or m.groupdict().get("before"))  # '03/11/2005 (month/day/year)'
        if m and day_first and weekday is None and m.group("sep") == "/" and not noted:
            return numeric_date(int(m.group("a")), int(m.group("b")), _full_year(m.group("year")), "-") or event.date
        return event.date
    return None


# a chat export's message stamp: '[19/10/2020, 08:55] Anbar PSD Ops: ...', '[07/03/2023 08:31] Noor: ...'
# ... or without brackets, a dash after the clock, as Android phones export it: '15/03/2015, 16:03 - Ahmed: ...'
CHAT_STAMP = re.compile(
    r"^\s*(?:\[(?P<day>\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})),?\s+\d{1,2}:\d{2}(?::\d{2})?(?P<ampm>\s*[AP]M)?\]\s*|"
    r"(?P<day2>\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})),\s+\d{1,2}:\d{2}(?P<ampm2>\s*[AP]M)?\s+-\s+)"
)


def chat_day(stamp: re.Match[str]) -> dt.date | None:
    """The day of a chat message's stamp: month first where a 12-hour clock says a US phone wrote it ('[9/23/16,
    11:21:29 AM]' is 23 September 2016), else day first, unless a number over 12 decides; a two-digit year is 20yy."""
    a, b, year = (stamp.group("day") or stamp.group("day2")).split("/")
    us = bool(stamp.group("ampm") or stamp.group("ampm2"))
    return numeric_date(int(a), int(b), _full_year(year), "/" if us else "-")
