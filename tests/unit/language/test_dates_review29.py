"""Review 29: a count range after a clock time is no date."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.language import dates

PUB = dt.date(2021, 6, 20)


# --- dates: a count range after a clock time is no day and month


@pytest.mark.parametrize(
    "sentence",
    [
        "At 14:00, 3-4 mortar rounds struck the base.",
        "At 09:15 10-15 gunmen attacked the checkpoint.",
        "Around 22:30 2-3 rockets landed near the airport.",
        "At 2030 5-6 armed men stormed the house.",
    ],
)
def test_clock_then_a_count_range_is_no_date(sentence: str) -> None:
    assert [p for _, _, p in dates.find_date_phrases(sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Time of trip: 02:35 on 10/2", dt.date(2021, 2, 10)),
        ("Tripped 0340 hrs of 11-06", dt.date(2021, 6, 11)),
        ("Out from 01:50, 12/7", dt.date(2020, 7, 12)),
        ("At 22:10 on 03/07/21 the line went down.", dt.date(2021, 7, 3)),
        ("Logged 11/12 2300", dt.date(2020, 12, 11)),
        ("The station tripped at 16:40 21-5.", dt.date(2021, 5, 21)),
    ],
)
def test_clock_stamps_still_date(sentence: str, day: dt.date) -> None:
    found = [dates.resolve_phrase(p, PUB).date for _, _, p in dates.find_date_phrases(sentence)]
    assert day in found
