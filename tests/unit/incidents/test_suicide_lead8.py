"""A suicide bomber's run told before its toll (new wordings, none copied from the eighth blind set)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "A suicide bomber rammed a police checkpoint near Haditha on Monday morning. Guards shot at the truck and "
            "it exploded before the gate, wounding three policemen.",
            dt.date(2023, 5, 1),
        ),
        (
            "A suicide car bomber charged an army post outside Baiji on Sunday evening. The soldiers opened fire and "
            "the car blew up short of the wall; two soldiers were hurt.",
            dt.date(2023, 4, 30),
        ),
    ],
)
def test_suicide_run_before_its_toll(text: str, day: dt.date) -> None:
    """Class: 'A suicide bomber drove at a checkpoint ... Tuesday noon.' tells the attack, its day and its type; the
    next sentence's toll joins it."""
    (rec,) = RuleExtractor().extract(
        Article(doc_id="s8", title="", source="", text=text, published=dt.date(2023, 5, 3))
    )
    assert (rec.event_date, rec.date_precision, rec.attack_type) == (day, "day", "suicide")
    assert rec.wounded is not None and rec.wounded.low in (2, 3)
