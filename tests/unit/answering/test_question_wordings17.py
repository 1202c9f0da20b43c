"""Question wordings of realworld16's dev split (read while writing the rules; wordings written here): a numeric date
that could be either order is read day first, as users in Iraq write it ('on 11/03/2022' is 11 March), unless that day
is still to come; a victim named with an adjective of harm ('dead soldiers', 'wounded policemen') or after a verb of
murder ('activist assassinated in Amarah') is the one hit."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.evaluation.realworld import parsed_filters

N = dt.date(2025, 12, 1)


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("Was anyone hurt in the grenade attack on a liquor shop in Khanaqin on 11/03/2022?", dt.date(2022, 3, 11)),
        ("Al-Ishaqi ambush 10/06/2021 - wounded in the end?", dt.date(2021, 6, 10)),
        ("attacks in Kirkuk on 05.04.2021", dt.date(2021, 4, 5)),
        # one part over 12 says the order
        ("How many soldiers were killed near Hit on 03/25/2020?", dt.date(2020, 3, 25)),
        ("attacks in Nineveh on 25/10/2019", dt.date(2019, 10, 25)),
        # day first would be a day to come: the month-first day that has passed
        ("attacks on 11/12/2025", dt.date(2025, 11, 12)),
    ],
)
def test_an_ambiguous_numeric_date_is_read_day_first(question: str, day: dt.date) -> None:
    f = parsed_filters(question, N)
    assert (f["date_from"], f["date_to"]) == (day.isoformat(), day.isoformat())


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("Karma ambush 29/11/2020 - final number of dead soldiers?", "army"),
        ("how many wounded policemen in Kirkuk in 2021?", "police"),
        ("the number of slain PMU fighters in Baiji last year", "PMU"),
        ("activist assassinated in Amarah on 20 Nov 2019 - who was blamed?", "civilians"),
        ("protesters gunned down in Nasiriyah in 2019 - how many?", "civilians"),
        # the group did the killing
        ("how many dead after IS attacks in Baiji in 2021?", None),
    ],
)
def test_a_victim_named_with_its_harm_is_the_target(question: str, target: str | None) -> None:
    assert parsed_filters(question, N)["target"] == target
