"""A later statement that corrects the toll of the attack just told is that attack's toll, not a second attack
('In a corrected statement it said ...', 'An updated bulletin put ...'); a hazard that 'struck' (lightning, an
earthquake) is no attack."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article


def _records(text: str, day: dt.date = dt.date(2023, 9, 14)):
    return RuleExtractor().extract(Article(doc_id="r9", title="", source="", text=text, published=day))


@pytest.mark.parametrize(
    ("later", "killed", "wounded"),
    [
        ("In a corrected statement, the ministry said three guards were killed and five wounded.", 3, 5),
        ("An updated bulletin from the health office said four people were killed and nine injured.", 4, 9),
        ("Its revised count, issued at night, gave two dead and seven wounded.", 2, 7),
        ("A follow-up statement said five workers were killed and eight were hurt.", 5, 8),
        ("The amended figures released on Thursday: 3 killed, 6 injured.", 3, 6),
    ],
)
def test_a_corrected_statement_revises_the_attack_just_told(later: str, killed: int, wounded: int) -> None:
    text = (
        "Gunmen opened fire on a minibus carrying cement-plant workers near Kubaisa on Wednesday morning. "
        f"The district office first spoke of one dead. {later}"
    )
    records = _records(text)
    assert len(records) == 1, [r.sources[0].quote for r in records]
    assert records[0].killed is not None and records[0].killed.low == killed
    assert records[0].wounded is not None and records[0].wounded.low == wounded


@pytest.mark.parametrize(
    "text",
    [
        "Lightning struck a fuel depot near Baiji during a storm on Tuesday, starting a fire; nobody was hurt, the "
        "oil company said.",
        "An earthquake struck the border area near Halabja on Monday night, damaging houses; two people were hurt.",
        "Floods struck villages near Khanaqin on Sunday, and one man drowned.",
    ],
)
def test_a_hazard_that_struck_is_no_attack(text: str) -> None:
    assert _records(text) == []


def test_a_bomb_that_struck_is_still_an_attack() -> None:
    records = _records("A roadside bomb struck an army vehicle near Baiji on Tuesday; no one was hurt.")
    assert len(records) == 1
