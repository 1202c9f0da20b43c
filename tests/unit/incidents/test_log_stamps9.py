"""A police or operations log whose entries are stamped with a day and a time in any order ('21st @ 0215 -',
'0130 3/8 -', '4th, 2240 hrs:', '6/12 1610 -'): each entry is its own event on the stamp's day, and entries the log
itself files as no hostile act give no record."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article


def _records(text: str, day: dt.date):
    return RuleExtractor().extract(Article(doc_id="log", title="", source="", text=text, published=day))


# (header, stamp of entry 1, stamp of entry 2, stamp of entry 3, log date, day of entry 1, day of entry 3)
STAMPS = [
    ("SECTOR LOG - 14-03-2022", "14th @ 0340", "14th @ 1015", "14th @ 2250", dt.date(2022, 3, 14), 14, 14),
    ("DAILY EVENTS - 09/10/2021", "0420 9/10", "1215 9/10", "2310 9/10", dt.date(2021, 10, 9), 9, 9),
    ("EVENTS REGISTER - 2-3 APRIL 2023", "2/4 2200", "3/4 0530", "3/4 1740", dt.date(2023, 4, 3), 2, 3),
    ("DUTY REPORT - 27.07.2020", "05:40 27/7", "13:05 27/7", "21:30 27/7", dt.date(2020, 7, 27), 27, 27),
    (
        "OCCURRENCE SUMMARY - 30 JANUARY 2024",
        "30th, 0600 hrs",
        "30th, 1400 hrs",
        "30th, 2315 hrs",
        dt.date(2024, 1, 30),
        30,
        30,
    ),
    ("INCIDENTS 11-12 SEPTEMBER 2019", "11 Sept, 2340", "12 Sept, 0715", "12 Sept, 1600", dt.date(2019, 9, 12), 11, 12),
    ("DAILY SUMMARY - 05-11-2022", "5/11 at 0150", "5/11 at 0930", "5/11 at 1845", dt.date(2022, 11, 5), 5, 5),
    ("24-HOUR LIST - 18.02.2021", "2330 (17th)", "0800 (18th)", "1500 (18th)", dt.date(2021, 2, 18), 17, 18),
]


@pytest.mark.parametrize(("head", "s1", "s2", "s3", "day", "d1", "d3"), STAMPS)
def test_each_stamped_entry_is_its_own_attack(head, s1, s2, s3, day, d1, d3) -> None:
    text = (
        f"{head}\n"
        f"{s1} - Tarmiyah: an IED hit an army patrol on the river road; one soldier wounded.\n"
        f"{s2} - Yathrib: water pump stolen from a farm. Criminal case opened.\n"
        f"{s3} - Dujail: gunmen shot a farmer in his orchard west of Dujail; police blame IS remnants.\n"
    )
    records = _records(text, day)
    assert len(records) == 2, [r.sources[0].quote for r in records]
    first, last = sorted(records, key=lambda r: r.sources[0].quote.find("Dujail"))
    assert "Tarmiyah" in first.sources[0].quote and all("Dujail" not in s.quote for s in first.sources)
    assert first.event_date == day.replace(day=d1)
    assert last.event_date == day.replace(day=d3)


@pytest.mark.parametrize(
    "verdict",
    [
        "Accident, no hostile act.",
        "Accidental.",
        "Old ordnance; not an attack.",
        "Not terrorism.",
        "Hoax; no threat.",
        "No criminal or hostile element.",
    ],
)
def test_entries_the_log_files_as_no_attack_give_no_record(verdict: str) -> None:
    text = (
        "DISTRICT POLICE - DAILY LOG - 08.06.2023\n"
        "8th @ 0910 - Hit: an IED exploded under a police car near the bridge; two policemen wounded.\n"
        f"8th @ 1420 - Baghdadi: a man was shot in the leg in his yard while a shell went off. {verdict}\n"
    )
    records = _records(text, dt.date(2023, 6, 8))
    assert [("Hit" in r.sources[0].quote) for r in records] == [True]


def test_a_year_chronology_is_no_log() -> None:
    """'2014 - ISIS seized Mosul' lines are years, not stamps: the one attack in the report is still one record."""
    text = (
        "Background:\n2014 - ISIS seized Mosul.\n2017 - Mosul was retaken.\n"
        "On 3 May 2022 an IED killed two soldiers near Badush."
    )
    records = _records(text, dt.date(2022, 5, 4))
    assert len(records) == 1 and records[0].killed is not None and records[0].killed.low == 2
