"""Date wordings of database entries, log stamps and notices (realworld8 final classes), new sentences, not the set's:
numeric dates with spaced separators and the order stated, dates by labelled fields in any order, a day written beside
a 24-hour clock time, and the negatives a rule for them must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.language.dates import resolve_date

D = dt.date
PUB = D(2023, 10, 25)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("11 - 04 - 2022 (DD - MM - YYYY) \u2014 gunmen attacked a checkpoint", D(2022, 4, 11)),
        ("04 / 11 / 2022 (mm / dd / yyyy): a rocket hit the base", D(2022, 4, 11)),
        ("(dd.mm.yyyy) 07 . 03 . 2021: a drone struck a car", D(2021, 3, 7)),
        ("03 07 2021 (day month year) - an IED exploded", D(2021, 7, 3)),
        ("09 \u00b7 10 \u00b7 2020 (MM\u00b7DD\u00b7YYYY) - shelling near Zakho", D(2020, 9, 10)),
        ("The blast came on 13 - 05 - 2019 (d-m-y), police said", D(2019, 5, 13)),
    ],
)
def test_spaced_numeric_date_with_its_order_stated(text: str, day: dt.date) -> None:
    """Class: day, month and year in digits set apart by spaced separators, read in the order the writer states."""
    assert (resolve_date(text, PUB).date, resolve_date(text, PUB).precision) == (day, "day")


@pytest.mark.parametrize(
    "text",
    [
        "Rocket fire hit the base 11 - 04 - 2022 reports say",  # spaced, no order stated: a range, not a date
        "The vote split 6 / 4 / 2020 members",
    ],
)
def test_spaced_numbers_without_a_stated_order_are_no_date(text: str) -> None:
    """Class (negative): spaced numbers with no order beside them are no calendar day."""
    assert resolve_date(text, PUB).precision != "day"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("on 04/05/2021 gunmen fired", D(2021, 4, 5)),  # slashes, both parts under 13, no order: month first
        ("on 04-05-2021 gunmen fired", D(2021, 5, 4)),  # dashes: day first
        ("on 04/05/2021 (day/month) gunmen fired", D(2021, 5, 4)),
    ],
)
def test_ambiguous_numeric_dates_keep_the_convention(text: str, day: dt.date) -> None:
    """Class: an ambiguous d/m without a stated order follows the existing separator convention."""
    assert resolve_date(text, PUB).date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Day 03 / Month 11 / 2022 \u2014 a sticky bomb", D(2022, 11, 3)),
        ("Year: 2021, Month: 2, Day: 28 - an attack on a convoy", D(2021, 2, 28)),
        ("Month 6 | Day 9 | Year 2020 - mortar fire", D(2020, 6, 9)),
        ("Day 12 Month March Year 2023: an ambush", D(2023, 3, 12)),
        ("YEAR=2019; DAY=30; MONTH=04 - sniper fire", D(2019, 4, 30)),
        ("Month 07 / Day 30 - a rocket", D(2023, 7, 30)),  # no year: the report's
        ("Feb 2021, day 14: a drone strike", D(2021, 2, 14)),
        ("day 9, Sept. 2020 - an IED", D(2020, 9, 9)),
        ("March 2022 / Day: 3 - shelling", D(2022, 3, 3)),
    ],
)
def test_date_by_labelled_fields_in_any_order(text: str, day: dt.date) -> None:
    """Class: a date written as labelled Day/Month/Year fields, in any order, the year labelled, bare or missing."""
    assert (resolve_date(text, PUB).date, resolve_date(text, PUB).precision) == (day, "day")


@pytest.mark.parametrize(
    "text",
    [
        "Day 5 / Day 6 / 2022 - two days of clashes",  # no month
        "Year 2022 / Day 40 of the siege",
        "Day 14, Month 13, Year 2020 - a typo",  # no such month
        "In May 2020 day 3 of the offensive began",  # a campaign's day, not a day of May
    ],
)
def test_labelled_fields_without_a_day_and_month_are_no_day(text: str) -> None:
    """Class (negative): labelled fields that do not name one day and one month give no calendar day."""
    assert resolve_date(text, PUB).precision != "day"


@pytest.mark.parametrize(
    ("text", "pub", "day"),
    [
        ("9th @ 2340 - gunmen fired on a post", PUB, D(2023, 10, 9)),
        ("the 14th at 0500 hrs, a bomb exploded", PUB, D(2023, 10, 14)),
        ("0215 on 21st, an IED exploded", PUB, D(2023, 10, 21)),
        ("26th @ 0100 - a rocket landed", PUB, D(2023, 9, 26)),  # later than the report's day: the month before
        ("2230, the 3rd - shots fired", PUB, D(2023, 10, 3)),
        ("the line tripped from 04:20 on the 17th", PUB, D(2023, 10, 17)),
        ("0130 3/8 - an IED exploded", D(2021, 8, 3), D(2021, 8, 3)),
        ("3/8 0130 - an IED exploded", D(2021, 8, 3), D(2021, 8, 3)),
        ("2245, 14.6: sniper fire", D(2022, 6, 20), D(2022, 6, 14)),
        ("14/6 @ 2245, sniper fire", D(2022, 6, 20), D(2022, 6, 14)),
        ("16:40 3/4 - a blast", D(2022, 6, 20), D(2022, 4, 3)),  # a stamp reads day first
        ("at 0115 hrs on 8 July, an IED", D(2021, 7, 9), D(2021, 7, 8)),
    ],
)
def test_a_day_beside_a_clock_time(text: str, pub: dt.date, day: dt.date) -> None:
    """Class: a day of the month (ordinal, or day/month) written beside a 24-hour clock time, either way round, with
    '@', 'at', 'on', 'of' or a comma between: the report's month and year unless written."""
    assert (resolve_date(text, pub).date, resolve_date(text, pub).precision) == (day, "day")


@pytest.mark.parametrize(
    "text",
    [
        "They fitted a 1300 3/8 inch pipe",  # a fraction after a number
        "The motion won 3/8 2100 votes",
        "By 2021 3/8 of the budget had gone",  # a year, not a time
        "At 0400 the 3rd Brigade moved north",  # a unit's number
        "Clocks showed 0230",  # a time alone
    ],
)
def test_times_and_fractions_that_are_no_date(text: str) -> None:
    """Class (negative): clock times, fractions and unit numbers next to each other that name no day."""
    assert resolve_date(text, PUB).precision != "day"


@pytest.mark.parametrize("phrase", ["at 0115 hrs on 8 July", "2340 hrs on 5 March", "0945 on the 3rd of June"])
def test_the_fallback_never_reads_a_clock_time_as_a_year(phrase: str) -> None:
    """Class: four digits of a clock time ('0115 hrs') that dateparser reads as a year (115, 2340) give no date."""
    from assistant.language.dates import resolve_phrase

    told = resolve_phrase(phrase, D(2021, 7, 9)).date
    assert told is None or 1900 <= told.year < 2100
