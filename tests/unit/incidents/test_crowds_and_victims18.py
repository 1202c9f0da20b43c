"""Casualty figures in realworld16's funerals and wire copy (in-sample there; the other rows are other wordings of the
class): a crowd's number ('Hundreds of mourners attended the funeral of a police officer shot dead') is no toll, while
people who attended and were killed still are; the head of a village and a schoolteacher shot dead are one each."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.patterns import figures
from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article


@pytest.mark.parametrize(
    "sentence",
    [
        "Hundreds of mourners attended the funeral of a police officer shot dead by gunmen near Shamiya on Thursday.",
        "Dozens of people gathered outside the hospital where a soldier wounded in the blast was treated.",
        "Thousands of people marched in Nasiriyah on Friday to mourn the protesters killed last year.",
        "Scores of relatives took part in the burial of a farmer killed by a mine.",
    ],
)
def test_a_crowds_number_is_no_toll(sentence: str) -> None:
    killed, wounded = figures(sentence)
    assert killed is None or killed.text.lower() not in {"hundreds", "dozens", "thousands", "scores"}
    assert wounded is None or wounded.text.lower() not in {"hundreds", "dozens", "thousands", "scores"}


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Two men who attended the funeral were killed when a bomb exploded in Tikrit on Friday.", 2),
        ("Three mourners who gathered at the house were killed by a mortar round.", 3),
    ],
)
def test_people_who_attended_and_were_killed_are_the_toll(sentence: str, killed: int) -> None:
    k, _ = figures(sentence)
    assert k is not None and k.low == killed


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen shot dead the head of a village near al-Wajihiya, east of Baqouba, late Sunday, an official said.",
        "Gunmen shot dead a Kurdish schoolteacher in Kirkuk's Azadi neighbourhood on Monday evening, police said.",
        "Unknown gunmen killed the village chief of Sudur near Wajihiya on Sunday night, police said.",
    ],
)
def test_one_person_shot_dead_is_one_killed(sentence: str) -> None:
    article = Article(doc_id="x", source="x.txt", title="t", text=sentence, published=dt.date(2022, 3, 21))
    records = RuleExtractor().extract(article)
    assert len(records) == 1 and records[0].killed is not None and records[0].killed.low == 1
