"""Weekday and numeric date wordings of wire copy, Iraqi outlets and official statements (realworld9 classes), new
sentences, not the set's: a weekday with any part of the day, a weekday that owns the attack ('Tuesday's bombing')
beside the day a statement was made, 'yesterday' with its weekday either way round, and a numeric date whose month
and day could be read either way, read in the order that had already come by the report's date."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.language.dates import resolve_date

D = dt.date
PUB = D(2022, 5, 8)  # a Sunday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A bomb went off at a checkpoint on Friday night, killing a policeman", D(2022, 5, 6)),
        ("Militants struck an army post late on Thursday evening", D(2022, 5, 5)),
        ("Gunmen shot dead a lawyer on Wednesday afternoon", D(2022, 5, 4)),
        ("The drone hit a car early Tuesday morning", D(2022, 5, 3)),
        ("Two farmers were wounded on Saturday night", D(2022, 5, 7)),
    ],
)
def test_a_weekday_with_a_part_of_the_day(text: str, day: dt.date) -> None:
    """Class: a weekday with any part of the day ('Friday night', 'late on Thursday evening') is that weekday, the
    latest on or before the report's date (never the next day for 'night')."""
    assert (resolve_date(text, PUB).date, resolve_date(text, PUB).precision) == (day, "day")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Police revised on Sunday the toll of Friday's bombing at a mosque", D(2022, 5, 6)),
        ("Officials updated on Sunday the figures of Thursday night's rocket attack", D(2022, 5, 5)),
        ("The army said on Sunday that Saturday\u2019s ambush near Tarmiyah killed three soldiers", D(2022, 5, 7)),
        ("On Sunday the governor visited the wounded of Wednesday's twin blasts", D(2022, 5, 4)),
        ("The toll of last Tuesday's car bomb attack rose to nine on Sunday", D(2022, 5, 3)),
        # negatives: a day that owns a statement, not the attack; the attack's own day wins
        ("Saturday's statement said the attack took place on Thursday", D(2022, 5, 5)),
        ("Friday's press conference gave no toll for the attack", D(2022, 5, 6)),
    ],
)
def test_a_weekday_that_owns_the_attack(text: str, day: dt.date) -> None:
    """Class: a possessive weekday before the attack's noun ('Friday's bombing', 'Thursday night's rocket attack')
    dates the attack, not the day the toll was revised or stated; a possessive before a statement ('Saturday's
    statement') is the day it was said."""
    assert resolve_date(text, PUB).date == day


@pytest.mark.parametrize(
    "text",
    [
        "An IED exploded yesterday, Saturday, near a patrol",
        "An IED exploded on Saturday, yesterday, near a patrol",
        "An IED exploded yesterday (Saturday) near a patrol",
        "An IED exploded yesterday evening, Saturday, near a patrol",
    ],
)
def test_yesterday_with_its_weekday(text: str) -> None:
    """Class: 'yesterday' and the weekday it was, in either order: the day before the report, not the report's day."""
    assert resolve_date(text, PUB).date == D(2022, 5, 7)


@pytest.mark.parametrize(
    ("text", "pub", "day"),
    [
        # the month-first reading (5 December) had not come by the statement's date: 12 May it is
        ("At 22:15 on Thursday 12/5/2022, terrorists attacked an army post", D(2022, 5, 13), D(2022, 5, 12)),
        ("On 9/4/2023 an IED struck a patrol", D(2023, 4, 10), D(2023, 4, 9)),
        ("At 04:30 on 7/2/2021 gunmen fired on a checkpoint", D(2021, 2, 8), D(2021, 2, 7)),
        # negatives: both readings had come (the usual reading stays), no report date, the order written out
        ("On 9/4/2023 an IED struck a patrol", D(2023, 10, 1), D(2023, 9, 4)),
        ("On 9/4/2023 an IED struck a patrol", None, D(2023, 9, 4)),
        ("On 4/9/2023 (month/day) an IED struck a patrol", D(2023, 4, 10), D(2023, 4, 9)),
        ("On 15/4/2023 an IED struck a patrol", D(2023, 4, 16), D(2023, 4, 15)),
    ],
)
def test_a_numeric_date_in_the_order_that_had_come(text: str, pub: dt.date | None, day: dt.date) -> None:
    """Class: a numeric date whose parts could be month/day or day/month ('12/5/2022'), read the other way round when
    the usual reading falls after the report's date (an Iraqi statement writes day/month); left alone otherwise."""
    assert resolve_date(text, pub).date == day
