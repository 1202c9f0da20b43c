"""Event dates a record takes from its surroundings (realworld8 final classes), new texts, not the set's: a log entry's
stamp that writes its day beside the time ('14th @ 0340 -', '0215 11/5 -'), in the month and year of the log's
header; a round-up item counted from the one before with any connective ('Three days thereafter'); an outage notice's
trip time in its own words ('out of service since 22:10 of the 6th', 'Time: at 2340 hrs on 5 March')."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.corpus.read import RawRecord, to_article
from assistant.incidents.rules import RuleExtractor

D = dt.date


def _records(text: str) -> list:
    return RuleExtractor().extract(to_article(RawRecord(source="x.txt", text=text)))


@pytest.mark.parametrize(
    ("header", "stamps", "days"),
    [
        (
            "SAMARRA SECTOR - OCCURRENCE SUMMARY - 14-03-2022",
            ("14th @ 0340", "14th @ 1200", "14th @ 2110"),
            (D(2022, 3, 14), D(2022, 3, 14)),
        ),
        (
            "SAMARRA SECTOR - OCCURRENCE SUMMARY - 14-03-2022",
            ("13th @ 2350", "14th @ 0900", "14th at 1815"),
            (D(2022, 3, 13), D(2022, 3, 14)),
        ),
        (
            "NINEVEH POLICE COMMAND - DAILY EVENTS - 12/05/2023",
            ("0215 11/5", "1430 12/5", "2205 12/5"),
            (D(2023, 5, 11), D(2023, 5, 12)),
        ),
        (
            "NINEVEH POLICE COMMAND - DAILY EVENTS - 12/05/2023",
            ("11/5 @ 2330", "12/5 @ 0800", "12/5, 1910"),
            (D(2023, 5, 11), D(2023, 5, 12)),
        ),
    ],
)
def test_a_log_stamp_with_its_day_dates_its_entry(header: str, stamps: tuple[str, str, str], days: tuple) -> None:
    """Class: log entries stamped with a day beside the time, either way round: each entry is its own record (the
    non-attack between is none), dated that day in the header's month and year."""
    text = (
        f"{header}\n"
        f"{stamps[0]} - Tuz Khurmatu: gunmen attacked a checkpoint east of Tuz Khurmatu, killing two soldiers.\n"
        f"{stamps[1]} - Baiji: a lorry overturned on the highway; traffic accident, driver hurt.\n"
        f"{stamps[2]} - Tikrit: an IED exploded under a police car in Tikrit, wounding three policemen.\n"
    )
    recs = _records(text)
    assert [(r.event_date, r.date_precision) for r in recs] == [(d, "day") for d in days]


def test_an_entry_ruled_out_later_on_its_line_is_no_record() -> None:
    """Class (negative): a log entry whose own line says it was no attack ('Old ordnance; not an attack.', 'Accident,
    no hostile act.') gives no record."""
    text = (
        "HADITHA DISTRICT POLICE - DAILY LOG - 9 JUNE 2021\n"
        "9th, 0810 hrs: A boy was killed when a shell he picked up exploded near Barwana. Not an attack.\n"
        "9th, 1500 hrs: Theft of sheep at Haqlaniya. Criminal.\n"
        "9th, 2130 hrs: Gunmen shot dead a shepherd near Haditha dam. IS suspected.\n"
        "9th, 2300 hrs: A man was shot while cleaning his rifle at home in Haditha. Accident, no hostile act.\n"
    )
    assert [(r.event_date, r.killed and r.killed.low) for r in _records(text)] == [(D(2021, 6, 9), 1)]


@pytest.mark.parametrize(
    ("connective", "day"),
    [
        ("Three days thereafter", D(2023, 2, 12)),
        ("Three days subsequently", D(2023, 2, 12)),
        ("Three days afterward", D(2023, 2, 12)),
        ("Three days later on", D(2023, 2, 12)),
        ("A week after this", D(2023, 2, 16)),
        ("Four days prior to that", D(2023, 2, 5)),
        ("The next morning", D(2023, 2, 10)),
        ("Two days before", D(2023, 2, 7)),
    ],
)
def test_a_round_up_item_is_counted_from_the_one_before(connective: str, day: dt.date) -> None:
    """Class: a round-up's item dated only by its distance from the item before, with any connective."""
    text = (
        "Salahuddin monthly note - February 2023 (28 February 2023)\n"
        "On 9 Feb., an IS cell attacked an army checkpoint near Tarmiyah, killing two soldiers. "
        f"{connective}, a roadside bomb killed a farmer in Al-Dhuluiya."
    )
    recs = _records(text)
    assert [(r.event_date, r.date_precision) for r in recs] == [(D(2023, 2, 9), "day"), (day, "day")]


def _notice(trip: str) -> str:
    return (
        "OUTAGE NOTICE - Northern Distribution Directorate - 8 March 2023\n"
        f"{trip}\n"
        "Reason: gunmen fired on a repair crew near Hawija; one lineman was killed.\n"
        "Subscribers are asked to ration their use."
    )


@pytest.mark.parametrize(
    ("trip", "day"),
    [
        ("Feeder 11 kV Al-Abbasi / Feeder 11 kV Al-Riyadh: out of service since 22:10 of the 6th.", D(2023, 3, 6)),
        ("Time: at 2340 hrs on 5 March", D(2023, 3, 5)),
        ("Both 33 kV circuits de-energised from 0310 on the 7th.", D(2023, 3, 7)),
        ("Hawija substation: offline since 1 March, 06:00.", D(2023, 3, 1)),
    ],
)
def test_an_outage_notice_trip_time_in_its_own_words(trip: str, day: dt.date) -> None:
    """Class: an outage notice's trip time written as what went out of service since when, or as a bare 'Time:'
    field holding a day: the attack that caused it happened then."""
    (rec,) = _records(_notice(trip))
    assert (rec.event_date, rec.date_precision) == (day, "day")


def test_a_time_field_without_a_day_leaves_the_event_date_field_alone() -> None:
    """Class (negative): a 'Time: 22:30' field names no day: the note's 'Date of incident' field still dates it."""
    text = (
        "Field note\n"
        "Date of incident: 4 March 2023\n"
        "Time: 22:30\n"
        "Gunmen fired on a repair crew near Hawija; one lineman was killed.\n"
    )
    (rec,) = _records(text)
    assert (rec.event_date, rec.date_precision) == (D(2023, 3, 4), "day")
