"""A live feed's entry is dated by its heading line (realworld11 class): a full stamp with its clock time ('3 Mar 2021
07:15 · Kirkuk', '2023-10-09 22:05 · Basra') at day precision, or 'Nh ago' / 'N min ago' counted back from the page's
capture time (the capture day; the day before when the hours reach back past midnight); new wordings."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article

ENTRY = "Roadside bomb struck a police patrol on the road near Hawija, two policemen injured."


def _dated(text: str, published: dt.date | None) -> tuple[dt.date | None, str]:
    article = Article(doc_id="f11", title="", source="", text=text, published=published)
    (record,) = RuleExtractor().extract(article)
    return record.event_date, record.date_precision


CASES = [
    ("stamp-day-first", "Iraq | feed - captured 4 Mar 2021 09:00\n\n3 Mar 2021 07:15 \u00b7 Kirkuk", "2021-03-03"),
    ("stamp-iso", "Iraq | feed - captured 10 Oct 2023 10:00\n\n2023-10-09 22:05 \u00b7 Kirkuk", "2023-10-09"),
    ("stamp-month-first", "Feed (updated 4 Mar 2021 09:00)\n\nMar 2, 2021 23:50 \u2022 Kirkuk", "2021-03-02"),
    ("stamp-after-midnight", "Iraq | feed - captured 4 Mar 2021 09:00\n\n4 Mar 2021 00:20 \u00b7 Kirkuk", "2021-03-04"),
    ("hours-ago-same-day", "Iraq | feed - captured 4 Mar 2021 16:40\n\n5h ago \u00b7 Kirkuk", "2021-03-04"),
    ("hours-ago-day-before", "Iraq | feed - captured 4 Mar 2021 02:10\n\n4h ago \u00b7 Kirkuk", "2021-03-03"),
    ("hours-word", "Iraq | feed - captured 4 Mar 2021 16:40\n\n2 hours ago \u00b7 Kirkuk", "2021-03-04"),
    ("minutes-ago", "Iraq | feed - captured 4 Mar 2021 00:10\n\n45 min ago \u00b7 Kirkuk", "2021-03-03"),
    ("no-capture-clock", "Iraq | feed\n\n3h ago \u00b7 Kirkuk", "2021-03-04"),
]


@pytest.mark.parametrize(("name", "head", "iso"), CASES, ids=[r[0] for r in CASES])
def test_a_feed_entry_takes_its_headings_day(name: str, head: str, iso: str) -> None:
    """Class: an entry under '<stamp> · <where>' happened on the stamp's day, at day precision."""
    day, precision = _dated(f"{head}\n\n{ENTRY}", dt.date(2021, 3, 4))
    assert (day.isoformat() if day else None, precision) == (iso, "day")


NOT_HEADINGS = [
    # words beside the date, no stamp at all, a heading that is a whole sentence
    ("words-beside-date", "Iraq | feed\n\nUpdate on 3 Mar 2021 from police \u00b7 Kirkuk"),
    ("no-heading", "Iraq | feed\n\nKirkuk province"),
    ("sentence-heading", "Iraq | feed\n\nThe council met on 3 Mar 2021 \u00b7 Kirkuk"),
]


@pytest.mark.parametrize(("name", "head"), NOT_HEADINGS, ids=[r[0] for r in NOT_HEADINGS])
def test_no_feed_heading_no_entry_day(name: str, head: str) -> None:
    """Negative: a line that is no '<stamp> · <where>' heading leaves the entry dated by the report."""
    day, precision = _dated(f"{head}\n\n{ENTRY}", dt.date(2021, 3, 4))
    assert (day, precision) == (dt.date(2021, 3, 4), "reported")


def test_a_body_day_wins_over_the_heading() -> None:
    """An entry that writes its own day keeps it: the heading only dates an entry that has none."""
    text = f"Iraq | feed\n\n4 Mar 2021 08:00 \u00b7 Kirkuk\n\nOn 1 March, {ENTRY[0].lower()}{ENTRY[1:]}"
    assert _dated(text, dt.date(2021, 3, 4)) == (dt.date(2021, 3, 1), "day")
