"""Route-status tables and terse entries (realworld15's logistics bulletins, in-sample there; the rows here are other
wordings of the class): a cell or a line opening with a day and month and no year ('Fri 12/03: ...', '14/09 IED ...',
'Mon 07/10 night: ...', a 'Last incident' column's '22/07') dates its attack; each row of a table is its own entry;
a verbless bomb after an entry's day ('15/09 second IED, against a convoy'); arson ('fields set alight'); a terse
'- driver injured'."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.corpus.read import RawRecord, to_article
from assistant.incidents.patterns import ATTACK_EVENT, figures
from assistant.incidents.rules import RuleExtractor

D = dt.date


def _records(text: str, published: str) -> list:
    return RuleExtractor().extract(to_article(RawRecord(source="x.txt", text=text, published=published)))


_TABLE = (
    "ROUTE STATUS - NORTH\n\nRoute | Status | Remarks\n\n"
    "Kirkuk - Tikrit | AMBER | {first}\n\n"
    "Tikrit - Baiji | RED | {second}\n\n"
    "Baiji - Mosul | GREEN | Normal flow.\n"
)


@pytest.mark.parametrize(
    ("first", "second", "days"),
    [
        (
            "Fri 12/03: gunmen fired at a fuel tanker near Al-Alam; driver wounded.",
            "13/03 IED struck a truck near Baiji, no cas.",
            [D(2021, 3, 12), D(2021, 3, 13)],
        ),
        (
            "14/03 - rocket hit a fuel depot near Tikrit, 2 guards injured.",
            "15/03: truck drivers abducted at a fake checkpoint near Baiji.",
            [D(2021, 3, 14), D(2021, 3, 15)],
        ),
    ],
)
def test_each_row_is_an_entry_dated_by_its_cell(first: str, second: str, days: list[dt.date]) -> None:
    records = _records(_TABLE.format(first=first, second=second), "2021-03-16")
    assert sorted(r.event_date for r in records) == days
    assert all(r.date_precision == "day" for r in records)


def test_a_last_incident_column_dates_its_row() -> None:
    text = (
        "Hub road status\n\nRoute | Segment | Status | Last incident | Remarks\n\n"
        "Kirkuk - Baghdad | Kirkuk - Tuz | AMBER | 22/07 | IED hit an army water tanker near Taza, 2 soldiers injured\n"
    )
    (record,) = _records(text, "2020-07-24")
    assert (record.event_date, record.date_precision) == (D(2020, 7, 22), "day")


def test_a_line_opening_with_weekday_day_and_month() -> None:
    text = (
        "TRUCKING ADVISORY\n\nMon 07/10 night: ISIS fighters stopped two trucks east of Samarra and shot dead a driver."
    )
    (record,) = _records(text, "2019-10-09")
    assert record.event_date == D(2019, 10, 7)


def test_a_day_and_month_its_weekday_contradicts_is_not_read() -> None:
    """'Tue 12/03' in a report of 16 March 2021: 12 March was a Friday, so the cell's day is not guessed."""
    text = (
        "ROUTE STATUS\n\nKirkuk - Tikrit | AMBER | Tue 12/03: gunmen fired at a tanker near Al-Alam.\n\nX | GREEN | -\n"
    )
    (record,) = _records(text, "2021-03-16")
    assert (record.event_date, record.date_precision) == (D(2021, 3, 16), "reported")


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        ("26/05: harvest fields set alight near Al-Shura; local officials blamed ISIS.", True),
        ("Gunmen set the tents ablaze in the camp.", True),
        ("15/09 second IED, against a coalition supply convoy near Diwaniyah - driver injured.", True),
        # negative rows: no target of an arson
        ("The sky was set alight by the fireworks of the wedding.", False),
        ("Farmers set their fields ablaze after the harvest to clear stubble.", False),
        ("An electrical fault set a generator ablaze at the hospital.", False),
    ],
)
def test_arson_and_verbless_bombs(text: str, attack: bool) -> None:
    found = bool(ATTACK_EVENT.search(text)) or bool(
        RuleExtractor().extract(to_article(RawRecord(source="x.txt", text=text, published="2020-09-16")))
    )
    assert found is attack


def test_a_terse_victim_after_a_dash() -> None:
    assert figures("IED against a convoy near Diwaniyah - driver injured.")[1].low == 1  # type: ignore[union-attr]


def test_a_rows_second_sentence_stays_with_its_row() -> None:
    text = (
        "INCIDENT LOG\n\nDate | Location | Description | Killed | Wounded\n\n"
        "2021-03-14 | Tikrit | An IED struck an army patrol on the main road. Two soldiers were killed and a third "
        "was wounded. | 2 | 1\n\n2021-03-15 | Baiji | Gunmen fired at a checkpoint. | 0 | 0\n"
    )
    records = _records(text, "2021-03-16")
    assert [(str(r.event_date), r.killed.low if r.killed else None) for r in records] == [
        ("2021-03-14", 2),
        ("2021-03-15", 0),
    ]


def test_a_bare_figure_cell_is_no_day() -> None:
    text = "WEEKLY SUMMARY\n\nLocation | Event | K/W\n\nTikrit | IED on a patrol, two soldiers killed | 2/3\n"
    (record,) = _records(text, "2021-03-16")
    assert record.date_precision != "day"
