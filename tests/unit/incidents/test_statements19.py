"""A statement that reacts to an attack it names with its place and day is a report of that attack (realworld16's UN
statement is in-sample; the other rows are other wordings of the class); one that recalls an attack years back is
not a new record."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article, Incident


def _records(text: str) -> list[Incident]:
    article = Article(doc_id="d1", text=text, title="t", published=dt.date(2023, 12, 11), source="t.txt")
    return RuleExtractor().extract(article)


@pytest.mark.parametrize(
    ("sentence", "province", "day"),
    [
        (
            "UN Women is alarmed by the grenade attack on the house of a woman candidate for the provincial council in "
            "Al-Diwaniyah on 9 December. No one was injured.",
            "Qadisiyah",
            dt.date(2023, 12, 9),
        ),
        (
            "The ministry condemned the grenade attack on the house of a candidate in Al-Diwaniyah on 9 December.",
            "Qadisiyah",
            dt.date(2023, 12, 9),
        ),
        ("The governor denounced Saturday's bombing of a market in Kirkuk.", "Kirkuk", dt.date(2023, 12, 9)),
        (
            "The embassy said it was deeply concerned by the attack on a Yazidi shrine near Sinjar on 8 December.",
            "Nineveh",
            dt.date(2023, 12, 8),
        ),
    ],
)
def test_a_reaction_to_a_named_attack_is_its_record(sentence: str, province: str, day: dt.date) -> None:
    records = _records(sentence)
    assert [(r.province, r.event_date) for r in records] == [(province, day)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The UN condemned the attack on the Yazidis of Sinjar in 2014.",
        "The minister condemned the attack on Camp Speicher, ten years ago this week.",
        "The council condemned attacks on journalists across the country.",
    ],
)
def test_a_reaction_to_an_attack_long_ago_or_in_general_is_no_record(sentence: str) -> None:
    assert _records(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor of Diyala condemned the attack on a wedding in Muqdadiya on Tuesday.",
        "Iraq's foreign ministry condemned Monday's attack on Turkish forces near Bashiqa.",
        "The embassy condemned the rocket attack on Ain al-Asad airbase on Wednesday.",
        "The council condemned the attack on truffle hunters in Rutba on Monday.",
    ],
)
def test_a_reaction_to_an_attack_on_people_or_a_place_not_listed_is_still_its_record(sentence: str) -> None:
    assert len(_records(sentence)) == 1
