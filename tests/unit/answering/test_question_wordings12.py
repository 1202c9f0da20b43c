"""Question wordings (realworld9 final classes, read after it was scored): a name the gazetteer lacks typed first
with what was hit or by whom before the event noun ('Kesta village Turkish shelling', 'Al-Khidr convoy IED',
'Chamanke shelling'), 'the road out of <town>', and the Sadrists' Saraya al-Salam as the PMU."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answering.question import parse_question

TODAY = dt.date(2025, 12, 1)


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Bersive village Turkish shelling in July 2022 - how many hurt?", "Bersive"),
        ("Al-Rufayat convoy IED on 3 May 2021: how many killed?", "Al-Rufayat"),
        ("Dargala shelling in June 2023 - who was blamed?", "Dargala"),
        ("Sharaf al-Din checkpoint IS attack, March 2022: casualties?", "Sharaf al-Din"),
    ],
)
def test_an_unknown_name_typed_first_before_its_event(question: str, name: str) -> None:
    parsed = parse_question(question, TODAY)
    assert (parsed.filters.place or parsed.unknown_place) == name


@pytest.mark.parametrize(
    "question",
    ["Car bombings in Baghdad in 2019", "Tribal clashes in Basra 2021", "Turkish shelling in Dohuk in 2023"],
)
def test_an_english_word_first_is_no_place(question: str) -> None:
    assert parse_question(question, TODAY).unknown_place is None


def test_the_road_out_of_a_town_is_that_town() -> None:
    f = parse_question("drone strike on the road out of Zakho on 9 Aug 2023: how many killed?", TODAY).filters
    assert f.place == "Zakho"


@pytest.mark.parametrize(
    "question",
    ["Misan, attacks on Saraya al-Salam", "Saraya al-Salam members killed in 2022", "attacks on the Peace Brigades"],
)
def test_saraya_al_salam_is_the_pmu(question: str) -> None:
    assert parse_question(question, TODAY).target == "PMU"
