"""Review of the realworld7 question wordings (4d4871a..94c2905): a follow-up that drops the attacker keeps the place
and time said after it, and 'anyone' as a victim drops nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answering.question import follow_up, parse_question
from assistant.evaluation.realworld import parsed_filters_of

N = dt.date(2025, 12, 1)


@pytest.mark.parametrize(
    ("then", "expected"),
    [
        # the attacker dropped, the place or time after it kept
        ("and whoever did them in Basra?", {"province": "Basra", "date_from": "2020-01-01", "date_to": "2020-12-31"}),
        (
            "same regardless of who carried them out in Mosul",
            {"place": "Mosul", "date_from": "2020-01-01", "date_to": "2020-12-31"},
        ),
        (
            "same, regardless of who carried them out",
            {"province": "Kirkuk", "date_from": "2020-01-01", "date_to": "2020-12-31"},
        ),
        ("by anyone", {"province": "Kirkuk", "date_from": "2020-01-01", "date_to": "2020-12-31"}),
        # 'anyone' as the victim drops no attacker
        (
            "only ones that killed anyone?",
            {"province": "Kirkuk", "date_from": "2020-01-01", "date_to": "2020-12-31", "perpetrator": "ISIS"},
        ),
        (
            "which of them hurt anybody?",
            {"province": "Kirkuk", "date_from": "2020-01-01", "date_to": "2020-12-31", "perpetrator": "ISIS"},
        ),
    ],
)
def test_a_follow_up_dropping_the_attacker_keeps_the_rest(then: str, expected: dict) -> None:
    got = follow_up(then, N, parse_question("Show attacks by ISIS in Kirkuk in 2020", N))
    assert {k: v for k, v in parsed_filters_of(got).items() if v and k in expected} == expected
