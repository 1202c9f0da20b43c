"""The day a source spoke, written before 'that' and the attack it tells (ninth blind set's class; new wordings)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article

_PUBLISHED = dt.date(2023, 5, 10)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "A police source said on Wednesday that a shepherd was wounded in a blast near Khalis. "
            'He said "a bomb went off yesterday evening near the shepherd, wounding him".',
            dt.date(2023, 5, 9),
        ),
        (
            "A security official announced on Wednesday that two soldiers were killed near Tarmiyah. "
            "The attack took place last night, the official added.",
            dt.date(2023, 5, 9),
        ),
        # negative row: with no other date the day it was said still dates the attack
        ("A police source said on Tuesday that a farmer was wounded by a bomb in Khalis.", dt.date(2023, 5, 9)),
        ("Police said on Wednesday that gunmen killed a shopkeeper in Baquba.", dt.date(2023, 5, 10)),
    ],
)
def test_said_on_day_that(text: str, day: dt.date) -> None:
    """Class: 'X said on <day> that <attack>' dates the statement; another sentence's date of the attack wins."""
    (rec,) = RuleExtractor().extract(Article(doc_id="s9", title="", source="", text=text, published=_PUBLISHED))
    assert rec.event_date == day
