"""Question wordings of the classes left in realworld13's dev split (read while writing the rules; wordings written
here): a victim asked about with the verb that harmed them ('the police officer shot dead', 'the activist
assassinated', 'the judge kidnapped'), in the singular as in the plural, and a place the gazetteer lacks named with
its event after it ('in the Wadi Horan IED'). Each row is a wording; counterexamples must not trigger."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.evaluation.realworld import parsed_filters

N = dt.date(2025, 12, 1)


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("What date was the police officer shot dead in Kut?", "police"),
        ("When was the activist assassinated in Basra?", "civilians"),
        ("when was the PMU fighter shot dead in Baiji?", "PMU"),
        ("When was the police officer kidnapped in Kut?", "police"),
        ("When were the soldiers gunned down near Rutba?", "army"),
        ("When was the Peshmerga member abducted in Makhmour?", "Peshmerga"),
        # the group acted: it is no victim
        ("When was the PMU fighter shot by ISIS in Baiji?", "PMU"),
        ("When did ISIS shoot dead the mukhtar in Hawija?", None),
    ],
)
def test_victim_with_its_verb(question: str, target: str | None) -> None:
    assert parsed_filters(question, N)["target"] == target


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("How many fighters died in the Wadi Horan IED in July 2019?", "Wadi Horan"),
        ("How many were hurt in the Wadi Horan Bombing?", "Wadi Horan"),
        ("How many died at Tel Ghazal IEDs in 2020?", "Tel Ghazal"),
        ("attacks near Tel Ghazal in 2020", "Tel Ghazal"),
    ],
)
def test_unknown_place_without_its_event(question: str, place: str) -> None:
    assert parsed_filters(question, N)["place"] == place
