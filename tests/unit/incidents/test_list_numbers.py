"""A number that opens a list's entry ('2 - Gunmen killed a shepherd', 'Item 4 -- A bomb wounded a man') is the
entry's number, never the toll: the toll is the one the sentence tells ('a shepherd' = 1). Wordings written here."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article, Incident


def _records(text: str) -> list[Incident]:
    article = Article(doc_id="d1", text=text, title="t", published=dt.date(2022, 3, 12), source="t.txt")
    return RuleExtractor().extract(article)


def _low(c: object) -> int | None:
    return getattr(c, "low", None)


@pytest.mark.parametrize(
    "marker", ["2 - ", "7 -- ", "02 - ", "Item 4 - ", "Incident 12 - ", "2) ", "(3) ", "#2 ", "No. 2: ", "2 | ", "2 — "]
)
@pytest.mark.parametrize(
    ("entry", "killed", "wounded"),
    [
        ("Gunmen killed a shepherd in Daquq on Tuesday.", 1, None),
        ("A roadside bomb wounded a farmer near Hawija on Monday.", None, 1),
        ("A sticky bomb killed a trader and wounded his son in Dibis on Wednesday.", 1, 1),
    ],
)
def test_an_entrys_number_is_not_its_toll(marker: str, entry: str, killed: int | None, wounded: int | None) -> None:
    records = _records(f"Weekly notes - Kirkuk, 12 March 2022\n\n{marker}{entry}\n")
    assert len(records) == 1, records
    assert (_low(records[0].killed), _low(records[0].wounded)) == (killed, wounded)


@pytest.mark.parametrize(
    "sentence",
    [
        "Two policemen were killed when gunmen attacked a checkpoint in Daquq on Tuesday.",
        "3 soldiers - all of them conscripts - were killed by a roadside bomb near Hawija on Monday.",
    ],
)
def test_a_figure_before_its_noun_or_a_dashed_aside_is_still_the_toll(sentence: str) -> None:
    records = _records(f"Kirkuk, 12 March 2022\n\n{sentence}\n")
    assert len(records) == 1, records
    assert _low(records[0].killed) in (2, 3)
