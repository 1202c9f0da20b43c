"""Question wordings of the classes the dev two thirds of realworld12 found: a month typed as a spreadsheet writes it
('Jun-22', 'mar-23'), and follow-ups that add a period to the one asked ('add 2023 to that', 'extend to include
2021', 'and 2019 too'), ask politely for a briefing ('could you turn that into a briefing?'), take in what is nearby
('and what's nearby too') or keep the attacks nobody knows the author of. Each row is a wording written here;
counterexamples must not trigger."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.answering.question import follow_up
from assistant.evaluation.realworld import parsed_filters, parsed_filters_of

N = dt.date(2025, 12, 1)


@pytest.mark.parametrize(
    ("question", "lo", "hi"),
    [
        ("Kirkuk prov. Jun-22, attacks on the army", "2022-06-01", "2022-06-30"),
        ("diyala mar-23: daesh only", "2023-03-01", "2023-03-31"),
        ("IEDs in Anbar Sept-21", "2021-09-01", "2021-09-30"),
        ("kirkuk may-22 list", "2022-05-01", "2022-05-31"),
        # a day before the month keeps its day; a full year stays a year
        ("attacks on 22-Jun-2022 in Kirkuk", "2022-06-22", "2022-06-22"),
        ("IEDs in Diyala, Mar-2023", "2023-03-01", "2023-03-31"),
    ],
)
def test_a_month_typed_as_a_spreadsheet_cell(question: str, lo: str, hi: str) -> None:
    got = parsed_filters(question, N)
    assert (got["date_from"], got["date_to"]) == (lo, hi), got


def _turn(first: str, second: str) -> tuple[str, dict[str, Any]]:
    parsed = follow_up(second, N, follow_up(first, N, None))
    return parsed.intent, parsed_filters_of(parsed)


@pytest.mark.parametrize(
    ("second", "lo", "hi"),
    [
        ("add 2023 to that", "2021-01-01", "2023-12-31"),
        ("extend to include 2023", "2021-01-01", "2023-12-31"),
        ("include 2020 as well", "2020-01-01", "2022-12-31"),
        ("and 2023 too", "2021-01-01", "2023-12-31"),
        # a new period alone replaces the old one
        ("and 2023?", "2023-01-01", "2023-12-31"),
        ("only 2022", "2022-01-01", "2022-12-31"),
    ],
)
def test_a_period_added_to_the_one_asked(second: str, lo: str, hi: str) -> None:
    intent, got = _turn("Kirkuk province attacks 2021-2022", second)
    assert (intent, got["province"], got["date_from"], got["date_to"]) == ("list", "Kirkuk", lo, hi), got


@pytest.mark.parametrize(
    "second", ["could you turn that into a briefing?", "can you make that a summary", "please turn it into a brief"]
)
def test_a_briefing_asked_politely(second: str) -> None:
    intent, got = _turn("Anbar October 2020", second)
    assert (intent, got["province"], got["date_from"]) == ("list", "Anbar", "2020-10-01"), got


@pytest.mark.parametrize(
    ("second", "near"),
    [
        ("and what's nearby too", True),
        ("include what is nearby", True),
        ("plus anything nearby?", True),
        ("and in 2023?", False),
    ],
)
def test_what_is_nearby(second: str, near: bool) -> None:
    _, got = _turn("Amedi attacks, 2024", second)
    assert got["near"] is near and got["place"], got


@pytest.mark.parametrize(
    ("second", "perpetrator"),
    [
        ("only those where nobody knows who did it", "unknown"),
        ("just the ones no one knows who was behind", "unknown"),
        ("only those where ISIS did it", "ISIS"),
    ],
)
def test_nobody_knows_who_did_it(second: str, perpetrator: str) -> None:
    _, got = _turn("Salahuddin Nov 2022 list", second)
    assert got["perpetrator"] == perpetrator, got


@pytest.mark.parametrize(
    ("first", "second", "lo", "hi"),
    [
        # periods that do not touch: the new one alone, never the years between
        ("attacks in Baghdad in 2020", "add 2023 to that", "2023-01-01", "2023-12-31"),
        ("attacks in Baghdad in 2020", "add 2021 to that", "2020-01-01", "2021-12-31"),
    ],
)
def test_a_period_added_only_where_one_range_holds_both(first: str, second: str, lo: str, hi: str) -> None:
    got = parsed_filters_of(follow_up(second, N, follow_up(first, N, None)))
    assert (got["date_from"], got["date_to"]) == (lo, hi), got


def test_a_new_place_with_too_adds_no_period() -> None:
    got = parsed_filters_of(
        follow_up("what about Mosul in 2021 too?", N, follow_up("attacks in Baghdad in 2020", N, None))
    )
    assert (got["place"], got["date_from"], got["date_to"]) == ("Mosul", "2021-01-01", "2021-12-31"), got


@pytest.mark.parametrize(
    ("question", "lo", "hi"),
    [("attacks on 15-Jun-22 in Kirkuk", "2022-06-15", "2022-06-15"), ("Decree-21 attacks in Kirkuk", None, None)],
)
def test_spreadsheet_day_cells_and_words_that_are_no_month(question: str, lo: str | None, hi: str | None) -> None:
    got = parsed_filters(question, N)
    assert (got["date_from"], got["date_to"]) == (lo, hi), got


def test_a_polite_question_about_one_event_stays_a_question() -> None:
    parsed = follow_up("Can you find out who was behind the Karrada bombing of July 2016?", N, None)
    assert parsed.intent == "ask"
