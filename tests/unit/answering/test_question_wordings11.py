"""Question wordings: a province written with a spelling its capital goes by ('Duhuk province', 'Kerkuk
governorate') or hyphenated to its kind word ('Kirkuk-province incidents') is the province; a country's fire of
any kind ('Turkish fire', 'Turkish gunfire', 'Turkish shells') names it the attacker; 'harmed' tells who was hit."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answering.question import parse_question

TODAY = dt.date(2025, 12, 1)


@pytest.mark.parametrize(
    ("question", "province"),
    [
        ("how many attacks in Duhuk province in 2022?", "Dohuk"),
        ("Kerkuk governorate, IEDs, 2021", "Kirkuk"),
        ("How many Kirkuk-province incidents hit civilians in May 2024?", "Kirkuk"),
        ("Diyala-province attacks in 2023", "Diyala"),
        ("list Nineveh-governorate bombings from 2020", "Nineveh"),
        ("Anbar-province ambushes since 2021", "Anbar"),
    ],
)
def test_province_spellings_and_hyphens(question: str, province: str) -> None:
    f = parse_question(question, TODAY).filters
    assert (f.province, f.place) == (province, None)


def test_a_capital_named_as_a_city_stays_the_city() -> None:
    f = parse_question("attacks in Duhuk city in 2022", TODAY).filters
    assert f.province is None and f.place == "Dohuk"


@pytest.mark.parametrize(
    "question",
    [
        "Dohuk province civilians harmed by Turkish fire, May 2022",
        "villagers hurt by Turkish gunfire near Zakho in 2023",
        "Turkish shells on farms near Amedi, 2021",
        "civilians killed by Turkish rockets in Sidakan",
        "Turkish artillery fire on Sinjar in 2022",
    ],
)
def test_turkish_fire_of_any_kind_names_turkey(question: str) -> None:
    assert parse_question(question, TODAY).filters.perpetrator == "Turkey"


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("civilians harmed in Dohuk province in 2022", "civilians"),
        ("were any shepherds harmed near Rutba last year?", "civilians"),
        ("police harmed by IS since 2022", "police"),
    ],
)
def test_harmed_tells_who_was_hit(question: str, target: str) -> None:
    parsed = parse_question(question, TODAY)
    assert parsed.target == target and parsed.filters.perpetrator != target
