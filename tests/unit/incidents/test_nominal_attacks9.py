"""An attack named as a noun ('the shooting of a police officer at a checkpoint in X on <date>', 'the abduction of
two shepherds near X') is a record, like the same attack told with a verb; a commemoration of such an attack is not."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article


def _records(text: str, day: dt.date = dt.date(2022, 11, 20)):
    return RuleExtractor().extract(Article(doc_id="n9", title="", source="", text=text, published=day))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The week's only recorded incident was the shooting of a farmer near Tuz Khurmatu on 14 November 2022.",
            "shooting",
        ),
        ("Police are investigating the abduction of two shepherds near Rutba on 9 November 2022.", "kidnapping"),
        ("Residents described the bombing of a liquor store in Zubair on 12 November 2022 as a warning.", "ied"),
        ("Officials condemned the killing of a mukhtar in Hawija on 15 November 2022.", None),
        ("The fatal stabbing of a journalist in Amarah on 17 November 2022 drew protests.", None),
    ],
)
def test_an_attack_named_as_a_noun_is_a_record(text: str, kind: str | None) -> None:
    records = _records(text)
    assert len(records) == 1, text
    assert records[0].event_date is not None and records[0].event_date.month == 11
    if kind:
        assert kind in records[0].attack_type


@pytest.mark.parametrize(
    "text",
    [
        "Families marked the anniversary of the bombing of a market in Baghdad's Sadr City.",
        "The minister spoke about the killing of the year's budget in parliament.",
    ],
)
def test_a_commemoration_is_no_record(text: str) -> None:
    assert _records(text) == []
