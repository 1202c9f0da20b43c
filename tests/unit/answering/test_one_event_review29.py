"""Review 29: plural events named after 'the' are no one event."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answering.question import parse_question

# --- questions: 'the bomb attacks', 'the bombing campaign' name no single event


@pytest.mark.parametrize(
    "question",
    [
        "How many people were killed in the bomb attacks in Baghdad in 2019?",
        "How many were killed in the car bomb explosions in Baghdad in 2007?",
        "How many people died in the bombing campaign in Mosul in 2016?",
        "How many were wounded in the shooting incidents in Basra in 2020?",
        "How many people were killed in the suicide bomb attacks in Baghdad in 2016?",
        "How many were killed in the bomb and gun attacks in Kirkuk in 2019?",
    ],
)
def test_plural_events_are_no_one_event(question: str) -> None:
    assert not parse_question(question, dt.date(2024, 1, 10)).one_event


@pytest.mark.parametrize(
    "question",
    [
        "How many people were killed in the poultry farm attack outside Khalis in August 2022?",
        "How many were killed in the car bomb attack in Baghdad on 3 July 2016?",
        "How many died in the Mosul cafe bombing in September 2023?",
    ],
)
def test_one_event_still_named(question: str) -> None:
    assert parse_question(question, dt.date(2024, 1, 10)).one_event
