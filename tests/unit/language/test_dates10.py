"""Event dates (realworld10 classes): the day a victim died of wounds is not the attack's when the sentence dates the
attack too; a day and month without a year take the report's year ('On the night of 14 December' in a note dated
15 December 2019); wire weekday phrases ('early on Tuesday', 'on Saturday evening', 'on Monday night') count back
from the report date. New wordings, not the set's."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.language.dates import resolve_date

PUB = dt.date(2023, 11, 8)  # a Wednesday

DIED = [
    (
        "died-on-of-wounds",
        "A mukhtar died on Tuesday of wounds he sustained when gunmen shot him on Sunday.",
        "2023-11-05",
    ),
    (
        "succumbed-to-injuries",
        "A policeman succumbed to his injuries on Monday, days after a bomb hit his patrol on Saturday night.",
        "2023-11-04",
    ),
    ("died-in-hospital", "A shepherd died in hospital on Tuesday after a mine blast near Tuz on Sunday.", "2023-11-05"),
    (
        "passed-away",
        "The judge passed away early Wednesday; he was shot outside his home on Monday evening.",
        "2023-11-06",
    ),
    # negative rows: the death day is the only date, or nobody died of wounds: the first day stays
    ("died-only-date", "A soldier died on Tuesday when a roadside bomb hit his patrol near Baiji.", "2023-11-07"),
    ("killed-then-said", "Two guards were killed on Monday in an attack, police said on Tuesday.", "2023-11-06"),
    ("no-death", "Gunmen wounded a farmer on Tuesday, a week after a grenade attack on Sunday.", "2023-11-07"),
]


@pytest.mark.parametrize(("name", "sentence", "iso"), DIED, ids=[r[0] for r in DIED])
def test_death_day_gives_way_to_attack_day(name: str, sentence: str, iso: str) -> None:
    """Class: 'died on X of wounds he suffered when ... on Y': Y dates the attack; X only when no other date."""
    got = resolve_date(sentence, PUB)
    assert got.date is not None and got.date.isoformat() == iso


DAY_MONTH = [
    ("night-of-day-month", "On the night of 6 November, gunmen opened fire on protesters.", "2023-11-06"),
    ("month-day", "On November 2, a drone struck a checkpoint.", "2023-11-02"),
    ("day-month-ordinal", "On the 7th of November a bomb went off in a market.", "2023-11-07"),
    # a day and month later than the report date belong to the year before
    ("later-than-report", "On 20 December, rockets hit the base.", "2022-12-20"),
]


@pytest.mark.parametrize(("name", "sentence", "iso"), DAY_MONTH, ids=[r[0] for r in DAY_MONTH])
def test_day_month_takes_report_year(name: str, sentence: str, iso: str) -> None:
    """Class: a day and month without a year in a dated note: the report's year (or the one before, when the day
    would fall after the report)."""
    got = resolve_date(sentence, PUB)
    assert got.precision == "day" and got.date is not None and got.date.isoformat() == iso


WEEKDAYS = [
    ("early-on-weekday", "A drone struck a compound early on Monday.", "2023-11-06"),
    ("weekday-evening", "A rocket landed near the airport on Sunday evening.", "2023-11-05"),
    ("weekday-night", "Gunmen attacked a post on Tuesday night.", "2023-11-07"),
    ("early-weekday", "An airstrike early Saturday hit a depot.", "2023-11-04"),
    ("same-day", "A bomb exploded on Wednesday morning.", "2023-11-08"),
]


@pytest.mark.parametrize(("name", "sentence", "iso"), WEEKDAYS, ids=[r[0] for r in WEEKDAYS])
def test_wire_weekday_phrases_count_back_from_report(name: str, sentence: str, iso: str) -> None:
    """Class: wire weekday phrases with a part of the day: the most recent such day on or before the report."""
    got = resolve_date(sentence, PUB)
    assert got.date is not None and got.date.isoformat() == iso


def test_weekday_without_report_date_stays_unknown() -> None:
    """Negative: with no report date a weekday gives no calendar day."""
    assert resolve_date("Gunmen attacked a post on Tuesday night.", None).date is None
