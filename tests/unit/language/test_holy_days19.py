"""Periods named by the Islamic calendar, as analysts of Iraq write them ('during Ramadan 2021'; realworld16 asked
one, the other rows are other names and wordings): the days come from the Umm al-Qura calendar, never a guess, with a
day more for the short observances that Iraq often marks a day later; a man named Ramadan is no period, and a bare
name beside the question's own year leaves the year as it was."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answering.question import parse_question

TODAY = dt.date(2026, 12, 6)


def _span(question: str, today: dt.date = TODAY) -> tuple[dt.date | None, dt.date | None]:
    f = parse_question(question, today).filters
    return f.date_from, f.date_to


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("during Ramadan 2021, anything in Erbil province?", dt.date(2021, 4, 13), dt.date(2021, 5, 12)),
        ("IS attacks in Diyala in Ramadan of 2017", dt.date(2017, 5, 27), dt.date(2017, 6, 24)),
        ("attacks in Kirkuk during the holy month of Ramadhan 2020", dt.date(2020, 4, 24), dt.date(2020, 5, 23)),
        ("the 2019 Ramadan attacks in Baghdad", dt.date(2019, 5, 6), dt.date(2019, 6, 3)),
        ("bombings in Karbala on Ashura 2022", dt.date(2022, 8, 8), dt.date(2022, 8, 9)),
        ("attacks during Eid al-Adha 2023", dt.date(2023, 6, 28), dt.date(2023, 7, 2)),
        ("attacks in Baghdad over Eid al-Fitr 2021", dt.date(2021, 5, 13), dt.date(2021, 5, 16)),
        ("what attacks happened during Ramadan in 2019?", dt.date(2019, 5, 6), dt.date(2019, 6, 3)),
        ("attacks during Eid ul-Fitr 2023", dt.date(2023, 4, 21), dt.date(2023, 4, 24)),
        # (Ashura 2004 was 1 March by Umm al-Qura; Karbala marked it, and was bombed, on 2 March)
        ("were pilgrims attacked on Ashura 2004?", dt.date(2004, 3, 1), dt.date(2004, 3, 2)),
    ],
)
def test_a_holy_period_with_its_year(question: str, start: dt.date, end: dt.date) -> None:
    assert _span(question) == (start, end)


def test_a_bare_or_last_ramadan_is_the_latest_begun() -> None:
    assert _span("attacks in Baghdad during Ramadan") == (dt.date(2026, 2, 18), dt.date(2026, 3, 19))
    # while one is under way, 'last Ramadan' is the one before it, a bare 'Ramadan' the one under way
    during = dt.date(2026, 3, 1)
    assert _span("attacks during last Ramadan", during) == (dt.date(2025, 3, 1), dt.date(2025, 3, 29))
    assert _span("attacks during Ramadan", during) == (dt.date(2026, 2, 18), dt.date(2026, 3, 19))


def test_a_word_like_a_holy_name_is_no_period() -> None:
    assert _span("attacks in Ramadi in 2021") == (dt.date(2021, 1, 1), dt.date(2021, 12, 31))


def test_a_day_told_from_a_holy_day_keeps_its_year() -> None:
    # how long before is not said: the year stands, as it did before the calendar was read
    span = _span("which group claimed the Sadr City market bombing before Eid al-Adha 2021?")
    assert span == (dt.date(2021, 1, 1), dt.date(2021, 12, 31))


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        (
            "How many people were killed in the Ashura bombings in Karbala in 2004?",
            dt.date(2004, 1, 1),
            dt.date(2004, 12, 31),
        ),
        ("attacks in Kirkuk between 2019 and 2021 during Ramadan", dt.date(2019, 1, 1), dt.date(2021, 12, 31)),
        ("What did Taha Yassin Ramadan say about the bombings in 2006?", dt.date(2006, 1, 1), dt.date(2006, 12, 31)),
        ("Who killed the journalist Ramadan Ali in Mosul in March 2017?", dt.date(2017, 3, 1), dt.date(2017, 3, 31)),
        ("Attacks on Taha Yassin Ramadan's guards", None, None),
    ],
)
def test_a_name_or_a_bare_holy_day_beside_a_year_keeps_the_year(
    question: str, start: dt.date | None, end: dt.date | None
) -> None:
    assert _span(question) == (start, end)


@pytest.mark.parametrize(
    "question",
    [
        "Attacks in Baghdad Ramadan 2021",
        "What happened around Ramadan 2021 in Diyala?",
        "Show incidents in Anbar, Ramadan 2021",
        "How violent was Ramadan 2021?",
    ],
)
def test_a_holy_month_with_its_year_needs_no_cue_word(question: str) -> None:
    assert _span(question) == (dt.date(2021, 4, 13), dt.date(2021, 5, 12))
