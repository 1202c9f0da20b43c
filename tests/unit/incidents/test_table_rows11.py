"""A casualty database's table of one row dates the event its notes tell (realworld11 class): the row's value in
the date column ('Start date', 'date_start', 'Event date', 'Date'), written '07-Mar-2021', '2021-03-07' or
'7 March 2021', even when the row starts in lower case under its header; new wordings, not the set's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.corpus.read import read_records, to_article
from assistant.incidents.rules import RuleExtractor

NOTES = "Notes: Gunmen shot dead a shopkeeper outside his shop in Tuz Khurmatu. Injuries are not recorded."

CASES = [
    ("dd-mon-yyyy", "Code | Start date | End date | Location | Deaths\nx1204 | 07-Mar-2021 | 07-Mar-2021 | Tuz | 1"),
    ("iso-column", "ref | date_start | date_end | where\nq7781 | 2021-03-07 | 2021-03-07 | Tuz Khurmatu"),
    ("event-date-words", "Entry | Event date | Place\nE-55 | 7 March 2021 | Tuz Khurmatu"),
    ("plain-date", "No. | Date | Place | Killed\n17 | 07/03/2021 | Tuz Khurmatu | 1"),
]


@pytest.mark.parametrize(("name", "table"), CASES, ids=[r[0] for r in CASES])
def test_the_only_rows_date_dates_its_notes(tmp_path: Path, name: str, table: str) -> None:
    """Class: one table row under its header: the date column's day is the event's, at day precision."""
    path = tmp_path / f"{name}.txt"
    path.write_text(f"{table}\n{NOTES}", encoding="utf-8")
    (rec,) = read_records(path, 1_000_000)
    (record,) = RuleExtractor().extract(to_article(rec))
    assert (record.event_date, record.date_precision) == (dt.date(2021, 3, 7), "day")


NOT_ONE_ROW = [
    # two rows: which one the notes tell is unknown; no date column
    ("two-rows", "Code | Start date | Place\nx1 | 07-Mar-2021 | Tuz\nx2 | 09-Mar-2021 | Kirkuk"),
    ("no-date-column", "Code | Place | Deaths\nx1204 | Tuz Khurmatu | 1"),
]


@pytest.mark.parametrize(("name", "table"), NOT_ONE_ROW, ids=[r[0] for r in NOT_ONE_ROW])
def test_no_single_dated_row_no_day(tmp_path: Path, name: str, table: str) -> None:
    """Negative: several rows, or no date column, give the notes no day."""
    path = tmp_path / f"{name}.txt"
    path.write_text(f"{table}\n{NOTES}", encoding="utf-8")
    (rec,) = read_records(path, 1_000_000)
    records = RuleExtractor().extract(to_article(rec))
    assert all(r.date_precision != "day" for r in records if "shopkeeper" in r.sources[0].quote)
