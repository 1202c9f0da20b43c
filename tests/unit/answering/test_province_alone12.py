"""A province typed alone, perhaps with 'all dates' ('Najaf province', 'Maysan, all dates'), is a search of it: a
listing, so a follow-up ('since 2024 only', 'limit to 2021-2022') narrows it and keeps the province."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answering.question import follow_up, parse_question

TODAY = dt.date(2025, 12, 1)


@pytest.mark.parametrize(
    ("first", "then", "province", "start"),
    [
        ("Wasit province", "since 2022 only", "Wasit", dt.date(2022, 1, 1)),
        ("Babil, all dates", "limit to 2020-2021", "Babil", dt.date(2020, 1, 1)),
        ("Dhi Qar governorate", "just 2019", "Dhi Qar", dt.date(2019, 1, 1)),
    ],
)
def test_a_province_alone_then_a_period(first: str, then: str, province: str, start: dt.date) -> None:
    parsed = parse_question(first, TODAY)
    assert parsed.intent == "list" and parsed.filters.province == province
    later = follow_up(then, TODAY, parsed)
    assert later.filters.province == province and later.filters.date_from == start


def test_a_question_about_a_province_is_still_a_question() -> None:
    assert parse_question("Who attacks most in Wasit province?", TODAY).intent != "list"
