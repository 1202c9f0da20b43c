"""Which source answers: the incident records, the article text, or the records then the text."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answering.question import parse_question
from assistant.answering.route import route

TODAY = dt.date(2023, 12, 15)


@pytest.mark.parametrize(
    ("question", "way"),
    [
        ("How many people were killed in the attack in Tarmiyah on June 6, 2019?", "records_then_passages"),
        ("how many were killed in the Dujail attack?", "records_then_passages"),
        ("How many were killed at the Allas oil field?", "records_then_passages"),
        ("list attacks at the Allas oil field", "records_then_passages"),
        ("How many people were killed near Kirkuk in 2022?", "records"),
        ("attacks near Kirkuk in 2022", "records"),
        ("Where were the wounded taken for treatment?", "passages"),
    ],
)
def test_one_event_or_an_unknown_place_falls_back_to_the_article_text(question: str, way: str) -> None:
    """A count about one event (no period, or one day) or a place nothing knows: records first, then the text."""
    assert route(parse_question(question, TODAY), explicit_filters=False, from_context=False) == way


@pytest.mark.parametrize(
    ("question", "way"),
    [
        ("How many people died in the university blast by itself?", "passages"),
        ("How many were killed by the first of the two bombs in Mosul?", "passages"),
        ("How many were wounded in one of the twin blasts alone?", "passages"),
        ("How many were killed in the twin bombing in Mosul?", "records_then_passages"),  # the whole event
    ],
)
def test_a_count_about_one_part_of_an_event_goes_to_the_text(question: str, way: str) -> None:
    """A record holds a twin bombing whole: asked about one blast, only the article text can answer (or abstain)."""
    assert route(parse_question(question, TODAY), explicit_filters=False, from_context=False, question=question) == way


@pytest.mark.parametrize(
    ("question", "way"),
    [
        # named as one event, with a period wider than a day: one of the period's records, never their total
        ("how many died in the attack on the poultry farm outside Al-Khalis in August 2022?", "records_then_passages"),
        ("How many people were hurt in the Mosul cafe bombing in September 2023?", "records_then_passages"),
        ("how many soldiers were killed in the ambush near Rutba in April 2024", "records_then_passages"),
        ("How many were wounded in the rocket strike on the airport in 2021?", "records_then_passages"),
        # several events: the records' total
        ("How many people were killed in the attacks near Kirkuk in 2022?", "records"),
        ("how many were killed in bombings in Mosul in September 2023?", "records"),
        ("how many attacks hit Kirkuk province in November 2021?", "records"),
        ("How many people were killed in the bombings of the markets in Baghdad in 2021?", "records"),
    ],
)
def test_a_count_about_one_named_event_in_a_period_is_one_record(question: str, way: str) -> None:
    """'the X bombing in <month>': the period holds other attacks, and the question asks about one of them."""
    assert route(parse_question(question, TODAY), explicit_filters=False, from_context=False, question=question) == way
