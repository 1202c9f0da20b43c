"""Targets the eighth blind set's classes showed missing (new wordings, none copied from the set)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the device's object, whatever the verb that brings it there
        ("An explosive charge blew up beneath a pick-up carrying Hashd members near Khalis, killing one.", "PMU"),
        ("A bomb went off underneath a PMF truck outside Baiji, wounding two fighters.", "PMU"),
        ("Three rockets came down inside a police station in Kirkuk; one officer was hurt.", "police"),
        ("A hand grenade was hurled at a PMU checkpoint in Tal Afar, injuring a fighter.", "PMU"),
        ("A magnetic bomb stuck to the car of a Hashd commander exploded in Tarmiyah, killing him.", "PMU"),
        ("Kirkuk, 3 May: bomb under a police jeep near the ring road; 2 WIA.", "police"),
        # border guards written with a hyphen
        ("Gunmen ambushed a border-guard patrol near Rutba, killing two guards.", "security forces"),
        ("An IED struck a border-guards vehicle near Badra, wounding three.", "security forces"),
    ],
)
def test_attacked_object_gives_the_target(text: str, target: str) -> None:
    """Class: the target is the object the device was thrown at, fixed to, or blew up beneath ('a grenade was
    thrown at a PMU checkpoint'), when the victims beside the figure ('one fighter') name no group."""
    (rec,) = RuleExtractor().extract(
        Article(doc_id="t8", title="", source="", text=text, published=dt.date(2023, 5, 4))
    )
    assert rec.target == target
