"""Question phrasings from the realworld22 dev split, each tested with wordings written here: relative periods
('the prior quarter', 'the trailing 14 days', 'the last 72 hours', 'the past fortnight', 'month to date', 'since new
year's day'), an open end ('through March 2021'), a half of the year written apart ('basra 2022 first half'); the
attacker or the hit named other ways ('the Turkish armed forces', 'the Turks', 'attackers unknown',
'non-combatants', 'civvies', 'the Iraqi police service', 'coalition convoys and bases hit', 'isis vs hashd'); 'aerial
strikes'; one event typed tersely in lower case ('kut grenade throw may 2023 - which day?'); follow-ups that filter,
broaden or repeat ('filter down to the first half', 'broaden it to all of q3', 'do the same for anbar')."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answering.question import follow_up, parse_question
from assistant.answering.route import asked_fact
from assistant.evaluation.realworld import parsed_filters, parsed_filters_of

TODAY = dt.date(2024, 5, 20)  # a Monday


def _f(question: str) -> dict:
    return {k: v for k, v in parsed_filters(question, TODAY).items() if v not in (None, False)}


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("attacks in the prior month", "2024-04-01", "2024-04-30"),
        ("anbar, prior quarter", "2024-01-01", "2024-03-31"),
        ("ied attacks in the prior calendar year", "2023-01-01", "2023-12-31"),
        ("incidents over the trailing 14 days", "2024-05-06", "2024-05-20"),
        ("last 72 hours in diyala", "2024-05-17", "2024-05-20"),
        ("attacks in the past fortnight", "2024-05-06", "2024-05-20"),
        ("kirkuk month to date", "2024-05-01", None),
        ("basra since new year's day", "2024-01-01", None),
        ("nineveh through march 2021", None, "2021-03-31"),
        ("basra 2022 first half", "2022-01-01", "2022-06-30"),
    ],
)
def test_relative_and_open_periods(question: str, start: str | None, end: str | None) -> None:
    got = parsed_filters(question, TODAY)
    assert got["date_from"] == start
    if end is not None or "month to date" not in question:
        assert got["date_to"] == end or ("month to date" in question and got["date_to"] >= TODAY.isoformat())


@pytest.mark.parametrize(
    ("question", "field", "value"),
    [
        ("turkish armed forces strikes in duhok 2023", "perpetrator", "Turkey"),
        ("shelling by the turks near zakho", "perpetrator", "Turkey"),
        ("attackers unknown, kirkuk 2023", "perpetrator", "unknown"),
        ("attacks on non-combatants in 2022", "target", "civilians"),
        ("civvies hit in diyala", "target", "civilians"),
        ("Basra: iraqi police service targeted", "target", "police"),
        ("coalition convoys and bases hit in 2021", "target", "US forces"),
        ("aerial strikes on sinjar in 2022", "attack_type", "airstrike_operation"),
    ],
)
def test_the_attacker_the_hit_and_the_type_named_other_ways(question: str, field: str, value: str) -> None:
    assert _f(question).get(field) == value


@pytest.mark.parametrize(
    ("question", "perpetrator", "target"),
    [("isis vs hashd checkpoints", "ISIS", "PMU"), ("pmu vs daesh", "ISIS", "PMU"), ("isis vs pkk", None, None)],
)
def test_a_group_set_against_the_hashd(question: str, perpetrator: str | None, target: str | None) -> None:
    got = _f(question)
    assert (got.get("perpetrator"), got.get("target")) == (perpetrator, target)


@pytest.mark.parametrize(
    ("question", "place", "province"),
    [
        ("kut grenade throw may 2023 - which day?", "Kut", None),
        ("najaf sticky bomb jan 2022 - number dead", "Najaf", None),
        ("what date was the grenade throw in Basra in June 2021?", "Basra", None),
        ("how many died in the Hit abduction, March 2020?", "Hit", None),
        # a listing, a mass of fire or a surge stays the province's
        ("basra rocket attacks jun 2021", None, "Basra"),
        ("basra rocket attack jun 2021 - list them", None, "Basra"),
        ("basra rocket fire jun 2021 - how many killed?", None, "Basra"),
        ("How many were wounded in the mortar fire across Diyala in June 2021?", None, "Diyala"),
        ("how many were abducted in the kidnapping surge in Basra in June 2021?", None, "Basra"),
        ("Turkish shelling in Dohuk, Aug 2022", None, "Dohuk"),
    ],
)
def test_one_event_typed_tersely_is_the_towns(question: str, place: str | None, province: str | None) -> None:
    got = _f(question)
    assert (got.get("place"), got.get("province")) == (place, province)


@pytest.mark.parametrize(
    ("first", "then", "want", "intent"),
    [
        ("diyala 2021", "filter down to the first half", {"date_from": "2021-01-01", "date_to": "2021-06-30"}, "list"),
        ("basra may 2022", "broaden it to all of q2", {"date_from": "2022-04-01", "date_to": "2022-06-30"}, "list"),
        ("police hit in kirkuk", "do the same for anbar", {"province": "Anbar", "target": "police"}, "list"),
        ("civvies hit in 2021", "restrict to Babil", {"province": "Babil", "target": "civilians"}, "list"),
    ],
)
def test_follow_ups_that_filter_broaden_or_repeat(first: str, then: str, want: dict, intent: str) -> None:
    asked = follow_up(then, TODAY, parse_question(first, TODAY))
    got = parsed_filters_of(asked)
    assert {k: got.get(k) for k in want} == want and asked.intent == intent


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("whodunnit: Tuz mortar attack, June 2023", "actor"),
        ("perpetrator of the grenade attack in Kut (May 2023)?", "actor"),
        ("who's responsible for the bombing in Hilla in March 2022?", "actor"),
        ("Baiji IED, April 2021 - culprit?", "actor"),
        ("attackers of the Samarra patrol, May 2022?", "actor"),
        ("the attackers in Kut fled towards the river", None),
        ("how many attackers were killed in Kut?", None),
    ],
)
def test_the_attacker_asked_other_ways(question: str, fact: str | None) -> None:
    assert asked_fact(question) == fact


@pytest.mark.parametrize(
    ("question", "field", "value"),
    [
        ("tkrit incidents", "place", "Tikrit"),
        ("hawja attacks 2021", "place", "Hawija"),
        ("khanaqn incidents", "place", "Khanaqin"),
        ("nsiriyah province attacks", "province", "Dhi Qar"),
        ("smarra governorate 2020", "province", "Salahuddin"),
    ],
)
def test_a_mistyped_town_in_a_terse_search(question: str, field: str, value: str) -> None:
    assert _f(question).get(field) == value


@pytest.mark.parametrize("question", ["while in 2021", "pride attacks 2021", "quash the attacks list", "sawmill fire"])
def test_an_english_word_is_no_mistyped_town(question: str) -> None:
    assert not _f(question).get("place")


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        ("since new year's eve", "date_from"),
        ("prior years compared", "date_from"),
        ("total civilians hit in 2022", None),
    ],
)
def test_look_alikes_of_the_new_periods_and_intents(question: str, absent: str | None) -> None:
    if absent is not None:
        assert not _f(question).get(absent)
    else:
        assert parse_question(question, TODAY).intent != "list"
