"""A terrorism database's row is keyed to its day (GTD's 'eventid: 201912070061', 'iyear/imonth/iday' fields): the
key settles the order of a numeric date the row writes ('12/07/2019' is 7 December there, 12 July elsewhere)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article


def _records(text: str):
    return RuleExtractor().extract(Article(doc_id="k10", title="", source="", text=text, published=None))


@pytest.mark.parametrize(
    ("key", "written", "day"),
    [
        ("eventid: 202103050017", "03/05/2021", dt.date(2021, 3, 5)),
        ("eventid: 202105030017", "03/05/2021", dt.date(2021, 5, 3)),
        ("iyear: 2020  imonth: 11  iday: 9", "09/11/2020", dt.date(2020, 11, 9)),
        ("iyear: 2020  imonth: 9  iday: 11", "09/11/2020", dt.date(2020, 9, 11)),
    ],
)
def test_the_rows_key_settles_the_order(key: str, written: str, day: dt.date) -> None:
    text = (
        f"{key}\nsummary: {written}: Assailants threw an explosive device at a shop in Samawa, Iraq. One man was hurt."
    )
    records = _records(text)
    assert len(records) == 1 and records[0].event_date == day


def test_without_a_key_the_usual_reading_stays() -> None:
    records = _records(
        "summary: 03/05/2021: Assailants threw an explosive device at a shop in Samawa. One man was hurt."
    )
    assert len(records) == 1 and records[0].event_date == dt.date(2021, 3, 5)
