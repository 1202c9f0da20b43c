"""The day or the attacker asked of one event is its record's, by code, when one record matches and tells it ('When
was the IED on the army near Hawija? It was in February 2021.', 'hawija ied feb 2021 - who?'); a record that does
not tell it, several records, or none leave the question to the article text. (Class from the realworld20 dev split:
a backfilled report published weeks after its event was never found for a question naming the event's month.)"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answering.question import parse_question
from assistant.answering.route import asked_fact, route
from assistant.desk import Desk
from assistant.settings import Settings
from tests.unit.answering.test_single_event8 import _incident, _put

TODAY = dt.date(2025, 12, 1)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("When was the roadside bomb on the army near Hawija? It was in February 2021.", "date"),
        ("hawija ied feb 2021 - what day?", "date"),
        ("On which day did the shepherds die near Rutba in April 2020?", "date"),
        ("Kut market blast, May 2022 - exact date?", "date"),
        ("Who planted the bomb on the army near Hawija in February 2021?", "actor"),
        ("tal afar shepherds killing april 2020 - who?", "actor"),
        ("Whose drone hit the car outside Sidakan in April 2023?", "actor"),
        ("Whose checkpoint was hit near Hawija in February 2021?", None),  # the target's, not the attacker
        ("How many were killed near Hawija in February 2021?", None),
        ("Who is the governor of Kirkuk?", None),
        ("Where were the wounded taken?", None),
    ],
)
def test_what_a_question_asks_of_one_event(question: str, fact: str | None) -> None:
    assert asked_fact(question) == fact


@pytest.mark.parametrize(
    ("question", "way"),
    [
        ("When was the roadside bomb on the army near Hawija? It was in February 2021.", "records_then_passages"),
        ("hawija ied 6 feb 2021 - who?", "records_then_passages"),
        ("When did attacks on the army start?", "passages"),  # no one event
        ("Who attacks the army near Hawija?", "passages"),
        ("When was the curfew lifted in Hawija in February 2021?", "passages"),  # no attack asked about
        ("Who was responsible for security in Hawija in February 2021?", "passages"),
    ],
)
def test_the_day_or_attacker_of_one_event_tries_the_records_first(question: str, way: str) -> None:
    assert route(parse_question(question, TODAY), explicit_filters=False, from_context=False, question=question) == way


@pytest.fixture
def hawija(settings: Settings) -> Desk:
    desk = Desk(settings)
    bomb = _incident(
        "h1",
        "On 6 February 2021 an IED planted by IS struck an army vehicle west of Hawija, killing two soldiers.",
        place="Hawija",
        day="2021-02-06",
        killed=2,
        target="army",
    ).model_copy(update={"perpetrator": "ISIS"})
    shooting = _incident(
        "h2", "Gunmen shot dead a farmer near Hawija on 20 February 2021.", place="Hawija", day="2021-02-20", killed=1
    ).model_copy(update={"attack_type": "shooting", "target": "civilians", "perpetrator": "unknown"})
    _put(desk, "hawija-feb", [bomb, shooting])
    return desk


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("When was the roadside bomb on the army near Hawija? It was in February 2021.", "6 February 2021"),
        ("hawija ied feb 2021 - what day?", "6 February 2021"),
        ("Who planted the IED on the army near Hawija in February 2021?", "ISIS"),
    ],
)
def test_one_records_day_or_attacker_answers_by_code(hawija: Desk, question: str, told: str) -> None:
    answer = hawija.ask(question, today=TODAY)
    assert answer.model == "incident records" and not answer.abstained, answer.text
    assert told in answer.text.split("\n")[0] and answer.claims[0].citations, answer.text


def test_a_record_that_does_not_tell_the_attacker_leaves_it_to_the_text(hawija: Desk) -> None:
    # the farmer's record names no attacker ('gunmen'): the article text is asked (the fake model there finds
    # nothing), and what is shown in the end is the record, marked as no answer, never an attacker it does not hold
    answer = hawija.ask("Who shot the farmer near Hawija on 20 February 2021?", today=TODAY)
    assert answer.abstained and "ISIS" not in answer.text, answer.text


def test_two_records_of_the_month_and_no_word_that_tells_them_apart_answer_no_day(hawija: Desk) -> None:
    answer = hawija.ask("When was the attack near Hawija in February 2021?", today=TODAY)
    assert answer.abstained and "the question names one of them" in answer.text, answer.text


@pytest.mark.parametrize(
    ("quote", "day", "update", "question"),
    [
        (  # a month does not answer 'what day'
            "In February 2021 an IED planted by IS struck an army vehicle near Hawija.",
            "2021-02-01",
            {"date_precision": "month"},
            "hawija ied feb 2021 - what day?",
        ),
        (  # an attacker who denied it is not named by code
            "An IED struck an army vehicle near Hawija on 6 February 2021; IS denied it.",
            "2021-02-06",
            {"claimed": "denied"},
            "Who planted the IED on the army near Hawija on 6 February 2021?",
        ),
    ],
)
def test_a_record_that_does_not_hold_the_asked_fact_answers_nothing_by_code(
    settings: Settings,
    quote: str,
    day: str,
    update: dict[str, str],
    question: str,
) -> None:
    desk = Desk(settings)
    bomb = _incident("r1", quote, place="Hawija", day=day)
    _put(desk, "hawija-one", [bomb.model_copy(update={"perpetrator": "ISIS", "target": "army", **update})])
    answer = desk.ask(question, today=TODAY)
    assert answer.abstained, answer.text
