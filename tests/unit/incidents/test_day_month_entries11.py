"""A daily brief's entry that opens with a day and month and no year ('KIRKUK | 14/03 - ...', '03/02: ...') is dated
in the brief's year, read day first when the brief says so ('(DD/MM/YYYY)', 'dd/mm') or when the first number can only
be a day (realworld11 class); new wordings, not the set's."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article

ATTACK = "An IED exploded next to a police patrol near Daquq. Two policemen were wounded."


def _record(text: str, published: dt.date):
    (record,) = RuleExtractor().extract(Article(doc_id="e11", title="", source="", text=text, published=published))
    return record.event_date, record.date_precision


CASES = [
    ("caps-province", "DAILY BRIEF | 15/03/2022 (DD/MM/YYYY)", "KIRKUK | 14/03 - ", dt.date(2022, 3, 15), "2022-03-14"),
    ("colon", "Morning note 15.03.2022 (dd.mm.yyyy)", "03/02: ", dt.date(2022, 3, 15), "2022-02-03"),
    ("day-over-12-no-note", "DAILY BRIEF 15 March 2022", "KIRKUK | 28/02 - ", dt.date(2022, 3, 15), "2022-02-28"),
    ("year-before", "DAILY BRIEF | 02/01/2022 (DD/MM/YYYY)", "KIRKUK | 31/12 - ", dt.date(2022, 1, 2), "2021-12-31"),
]


@pytest.mark.parametrize(("name", "head", "lead", "published", "iso"), CASES, ids=[r[0] for r in CASES])
def test_a_day_month_entry_is_dated_in_the_briefs_year(
    name: str, head: str, lead: str, published: dt.date, iso: str
) -> None:
    """Class: 'DD/MM -' opening an entry, the brief's year (or the one before), day precision."""
    day, precision = _record(f"{head}\n\n{lead}{ATTACK}", published)
    assert (day.isoformat() if day else None, precision) == (iso, "day")


NEGATIVE = [
    # both numbers could be the month and no note says the order; a number pair inside the sentence
    # (both readings within the month before the brief: '04/05' of 5 May is 4 May or 5 April)
    ("ambiguous-no-note", "DAILY BRIEF 5 May 2022", "KIRKUK | 04/05 - "),
    ("not-at-start", "DAILY BRIEF | 15/03/2022 (DD/MM/YYYY)", "KIRKUK | Of 4/3 - "),
]


@pytest.mark.parametrize(("name", "head", "lead"), NEGATIVE, ids=[r[0] for r in NEGATIVE])
def test_no_day_month_entry_no_day(name: str, head: str, lead: str) -> None:
    """Negative: no entry stamp read day first: the record keeps the report's date."""
    assert _record(f"{head}\n\n{lead}{ATTACK}", dt.date(2022, 3, 15))[1] != "day"
