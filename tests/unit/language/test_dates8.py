"""Date wordings of coder notes, logs, database lines and outage notices (realworld8 classes): new wordings of each
class, not the set's sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.language.dates import resolve_date

D = dt.date


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        ("Breaker opened 04:15 on 3/9, cause under review.", D(2022, 9, 5), D(2022, 9, 3)),
        ("Line lost at 1720 hrs of 28-04 when a charge went off.", D(2020, 4, 29), D(2020, 4, 28)),
        ("Fault logged 06:05, 14.03.2021 after a blast.", D(2021, 3, 15), D(2021, 3, 14)),
        ("Trip at 19:40 on 09/10/22 after gunfire.", D(2022, 10, 11), D(2022, 10, 9)),
        ("Down since 23:15, 5/1 following the blast.", D(2023, 1, 7), D(2023, 1, 5)),
        ("30/12 2210 - a bomb hit a patrol.", D(2021, 1, 2), D(2020, 12, 30)),  # the year before the report's
        ("4/6 0415 - gunmen fired at a post.", D(2019, 6, 4), D(2019, 6, 4)),
        ("8/3 at 1945 - shells hit a village.", D(2024, 3, 9), D(2024, 3, 8)),
        ("09:20 2/4 - an IED went off near a school.", D(2020, 4, 2), D(2020, 4, 2)),
        ("Thursday 17/6 at 05:10 a tower fell.", D(2021, 6, 18), D(2021, 6, 17)),
        ("Tripped 2:10 on 5/14 after a rocket hit.", D(2022, 5, 16), D(2022, 5, 14)),  # 14 is no month
    ],
)
def test_a_numeric_day_and_month_beside_a_clock_time_is_day_first(
    sentence: str, published: dt.date, date: dt.date
) -> None:
    """Class: a time stamp ('02:35 on 10/2', '0340 hrs of 11-06', '11/12 2300'): a 24-hour clock beside a numeric
    date marks an Iraqi or European writer, so the day comes first; the year is the report's when none is written."""
    told = resolve_date(sentence, published)
    assert (told.date, told.precision) == (date, "day")


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        ("0515 (9th): shots fired at a checkpoint.", D(2022, 3, 10), D(2022, 3, 9)),
        ("Out since 17:30 of the 3rd after a bomb.", D(2020, 8, 4), D(2020, 8, 3)),
        ("Cut at 06:00 on the 28th by shelling.", D(2020, 8, 4), D(2020, 7, 28)),  # the month before
        ("It tripped at 14:00 on the second of the month.", D(2023, 4, 3), D(2023, 4, 2)),
        ("On the twenty-fifth of the month, gunmen fired.", D(2023, 4, 27), D(2023, 4, 25)),
        ("On the 14th of the current month a bomb exploded.", D(2023, 4, 27), D(2023, 4, 14)),
        ("On the 29th of last month, a drone struck.", D(2024, 3, 5), D(2024, 2, 29)),
        ("On 31st of last month, a bomb went off.", D(2021, 2, 3), D(2021, 1, 31)),
        ("On the 9th of the previous month, gunmen attacked.", D(2024, 1, 2), D(2023, 12, 9)),
    ],
)
def test_a_day_of_the_report_month(sentence: str, published: dt.date, date: dt.date) -> None:
    """Class: a day with no month but the report's ('2235 (25th)', 'since 04:20 of the 17th', 'on the first of the
    month', 'On 30th of last month')."""
    told = resolve_date(sentence, published)
    assert (told.date, told.precision) == (date, "day")


def test_a_day_that_last_month_lacks_is_no_date() -> None:
    """'the 30th of last month' in March names no day of February."""
    assert resolve_date("On the 30th of last month, a drone struck.", D(2022, 3, 5)).precision != "day"


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        ("On August third, a bomb exploded.", D(2022, 8, 9), D(2022, 8, 3)),
        ("On May twenty-first gunmen attacked a post.", D(2020, 6, 1), D(2020, 5, 21)),
        ("On the 9th day of March, a rocket fell.", D(2021, 3, 20), D(2021, 3, 9)),
        ("On the second day of October 2019, gunmen fired.", None, D(2019, 10, 2)),
        ("On day 15 of January, shells hit the village.", D(2023, 2, 1), D(2023, 1, 15)),
        ("On 4-IX, a charge went off.", D(2020, 9, 6), D(2020, 9, 4)),
        ("On Fri. the 7th, gunmen attacked.", D(2021, 5, 10), D(2021, 5, 7)),
        ("On Tues the 4th, a drone struck.", D(2021, 5, 10), D(2021, 5, 4)),
        ("On Sept/21, a bomb went off.", D(2021, 10, 1), D(2021, 9, 21)),
        ("On Jan-05, gunmen fired.", D(2021, 1, 6), D(2021, 1, 5)),
    ],
)
def test_coder_note_day_wordings(sentence: str, published: dt.date | None, date: dt.date) -> None:
    """Class: coders' yearless days ('On June twelfth', 'On the 4th day of July', 'On 19-XI', 'On Thu. the 12th',
    'On Aug/08'): the year is the report's."""
    told = resolve_date(sentence, published)
    assert (told.date, told.precision) == (date, "day")


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("March 9th '20 \u2014 a rocket fell on a base.", D(2020, 3, 9)),
        ("14 October \u201919 \u2014 gunmen attacked.", D(2019, 10, 14)),
        ("19/3/23 \u2014 a bomb exploded.", D(2023, 3, 19)),
        ("05-11-20 \u2014 an IED exploded.", D(2020, 11, 5)),
        ("2022 \u2022 12 \u2022 03 \u2014 shells fell.", D(2022, 12, 3)),
        ("2020 \u00b7 4 \u00b7 17 \u2014 a drone struck.", D(2020, 4, 17)),
    ],
)
def test_database_line_dates_with_short_years_and_spaced_separators(sentence: str, date: dt.date) -> None:
    """Class: a database line's own date with no report date to lean on ('June 3rd '21', '22/8/22', '2021 \u2022
    08 \u2022 09')."""
    told = resolve_date(sentence, None)
    assert (told.date, told.precision) == (date, "day")


def test_an_ambiguous_slashed_short_year_header_keeps_the_slash_convention() -> None:
    """'03/07/21 \u2014' with no clock and no day over 12 stays read as numeric_date reads slashes (month first)."""
    assert resolve_date("03/07/21 \u2014 a bomb exploded.", None).date == D(2021, 3, 7)


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        ("- 14 May, 2045: gunmen fired at a patrol.", D(2022, 5, 15), D(2022, 5, 14)),  # 20:45, not 2045
        ("3 March, 1930: a bomb exploded.", D(2020, 3, 4), D(2020, 3, 3)),
        ("On 3 March 2015 a bomb exploded.", D(2020, 3, 4), D(2015, 3, 3)),  # a year the report can mean
        ("On 3 March 2021 a bomb exploded.", D(2020, 3, 4), D(2021, 3, 3)),
    ],
)
def test_a_clock_time_where_a_year_stands(sentence: str, published: dt.date, date: dt.date) -> None:
    """Class: '21 June, 1905' in a 2021 log is 19:05 on 21 June: four digits that a clock can be and no year the
    report can mean."""
    assert resolve_date(sentence, published).date == date


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        ("A bomb exploded two days back, police said.", D(2020, 5, 10), D(2020, 5, 8)),
        ("Gunmen attacked at dusk four nights back.", D(2020, 5, 10), D(2020, 5, 6)),
        ("A charge went off this forenoon in the market.", D(2020, 5, 10), D(2020, 5, 10)),
        ("Shells fell on the village this midday.", D(2020, 5, 10), D(2020, 5, 10)),
    ],
)
def test_relative_days_of_translated_press(sentence: str, published: dt.date, date: dt.date) -> None:
    """Class: 'at dawn three days back', 'this forenoon'."""
    told = resolve_date(sentence, published)
    assert (told.date, told.precision) == (date, "day")
