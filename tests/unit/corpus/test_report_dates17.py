"""A report's own date in two more places (realworld14's journalist-safety alerts and tribal statements, in-sample
there; the other rows are other wordings of the class): a dateline whose city carries a region or state before the
date ('Washington, D.C., November 7, 2025 - ...'), and a statement signed off with a dash before its stamp ('Sheikh of
the tribe - Issued on Thursday 20 May 2021')."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.corpus.read import RawRecord, to_article

D = dt.date
_BODY = (
    "Gunmen fired on the car of a journalist who covers the election campaign in Tal Afar on Thursday, wounding him, "
    "police said."
)


def _published(text: str) -> dt.date | None:
    return to_article(RawRecord(source="x.txt", text=text)).published


@pytest.mark.parametrize(
    "dateline",
    [
        "Washington, D.C., November 7, 2025 - ",
        "Geneva, Switzerland, 7 November 2025 - ",
        "Erbil, Kurdistan Region, November 7, 2025 – ",
        "Erbil, November 7, 2025 - ",  # (the form read before)
    ],
)
def test_a_dateline_with_a_region_dates_the_report(dateline: str) -> None:
    assert _published(f"Alert: journalist attacked\n\n{dateline}{_BODY}") == D(2025, 11, 7)


@pytest.mark.parametrize(
    "foot",
    [
        "Sheikh of the tribe - Issued on Thursday 20 May 2021",
        "The media office - issued 20 May 2021",
        "Tribal council – Dated 20 May 2021",
    ],
)
def test_a_signed_statement_dates_the_report(foot: str) -> None:
    assert _published(f"Statement of the tribe\n\n{_BODY}\n\n{foot}") == D(2021, 5, 20)


def test_a_dash_inside_a_sentence_is_no_stamp() -> None:
    """A verb after a dash in the body ('- sent on 3 May 2021') is no stamp of the report."""
    text = f"Statement of the tribe\n\n{_BODY}\n\nThe army - sent in on 3 May 2021"
    assert _published(text) is None


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("Funeral prayers will be held at the club at 5 pm today, Monday 15/8/2022.", D(2022, 8, 15)),
        ("The memorial is held today (14 March 2023) at the club gate.", D(2023, 3, 14)),
    ],
)
def test_a_sentence_saying_what_day_today_is_dates_the_report(said: str, day: dt.date) -> None:
    assert _published(f"The club mourns\n\n{_BODY}\n\n{said}") == day


def test_today_without_a_date_dates_nothing() -> None:
    assert _published(f"The club mourns\n\n{_BODY}\n\nFuneral prayers will be held today at 5 pm.") is None
