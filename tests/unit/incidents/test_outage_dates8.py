"""Outage notices (realworld8 class O): the attack that caused the outage happened at the trip time written on a line
of its own above the cause, in the notice's wording ('Time of trip: 02:35 on 10/2', 'Tripped 0340 hrs of 11-06',
'Out from 01:50, 12/7', 'Outage began on 10 May at 01:00 hrs.', 'The station tripped at 21:05 on the first of the
month.'); the notice's own date ('Issued 12/02/2023') is the report's. New notices, not the set's."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.corpus.read import RawRecord, to_article
from assistant.incidents.rules import RuleExtractor

D = dt.date


def _records(text: str) -> list:
    return RuleExtractor().extract(to_article(RawRecord(source="x.txt", text=text)))


def _notice(header: str, trip: str, cause: str) -> str:
    return (
        "OUTAGE NOTICE No. 12/2022\n"
        f"{header}\n"
        "Circuit: 132 kV Kirkuk - Hawija\n"
        f"{trip}\n"
        f"Cause: {cause}\n"
        "Supply to 14 feeders transferred to the Kirkuk 400 kV station. Repairs await an army escort."
    )


CAUSE = "gunmen attacked a repair crew near Hawija, killing one lineman and wounding two."


@pytest.mark.parametrize(
    ("header", "trip", "day"),
    [
        ("Issued 14/03/2022", "Time of trip: 04:10 on 12/3", D(2022, 3, 12)),
        ("Northern Region Transmission - 14.03.2022", "Tripped 2215 hrs of 13-03 (dd-mm).", D(2022, 3, 13)),
        ("Northern Region Transmission - 14/03/2022", "Time of trip: 01:05, 13.03.2022", D(2022, 3, 13)),
        ("Northern Region Transmission - 14/03/2022", "Out from 03:20, 11/3", D(2022, 3, 11)),
        ("Northern Region Transmission - 14 March 2022", "Outage began on 12 March at 22:00 hrs.", D(2022, 3, 12)),
        (
            "Northern Region Transmission - 3 March 2022",
            "The line tripped at 23:40 on the first of the month.",
            D(2022, 3, 1),
        ),
        ("Northern Region Transmission - 14/03/2022", "Tripped: Saturday 12/3 at 18:15", D(2022, 3, 12)),
        ("Northern Region Transmission - 14/03/2022", "Trip time: 19:30 on 13/03/22", D(2022, 3, 13)),
    ],
)
def test_the_trip_time_dates_the_attack_that_caused_the_outage(header: str, trip: str, day: dt.date) -> None:
    """Class: an outage notice's trip time line dates the cause line's attack (day first, the notice's year)."""
    (rec,) = _records(_notice(header, trip, CAUSE))
    assert (rec.event_date, rec.date_precision) == (day, "day")


def test_a_short_line_that_tells_an_attack_is_no_trip_field() -> None:
    """'The car was cut in two on Monday.' is a sentence of the report, not a field that dates every other event:
    the patrol attack told without a date keeps the report's date."""
    text = (
        "Kirkuk round-up, 16 March 2022\n\n"
        "The car was cut in two on Monday.\n\n"
        "Gunmen attacked a police patrol near Hawija, killing one policeman."
    )
    patrol = [r for r in _records(text) if r.place == "Hawija"]
    assert patrol
    assert all(r.event_date != D(2022, 3, 14) for r in patrol)
