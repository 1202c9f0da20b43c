"""What makes a record (realworld11 classes, wordings written here, none copied): two bullets or sentences at one
place whose days are written with their month ('on March 3' then 'on March 4') are two attacks, even a day apart; an
Arabic-press time told between the verb and its object ('threw, on Monday night, a grenade at ...', 'targeted, at
dawn today, a patrol') still tells an attack; 'the damages were limited to the material' is no casualties. Negative
rows keep one record where the days are reckoned from the report or the same."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.patterns import figures
from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article


def _records(text: str, day: dt.date = dt.date(2023, 5, 16)):  # a Tuesday
    return RuleExtractor().extract(Article(doc_id="t11", title="", source="", text=text, published=day))


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "- Gunmen set fire to a liquor store in Basra's Ashar area on May 9. No casualties were reported.\n\n"
            "- A rocket landed near the Basra oil company offices on May 10, causing no casualties.",
            2,
        ),
        (
            "On 3 May, an IED struck an army patrol near Tarmiyah, wounding two soldiers. On 4 May, a second IED "
            "hit a police vehicle near Tarmiyah, wounding one policeman.",
            2,
        ),
        # negative rows: one attack told twice, the second with the same day or one reckoned from the report
        (
            "On May 9, gunmen attacked a checkpoint in Hawija, killing a soldier. The attack on May 9 was the "
            "third there this month.",
            1,
        ),
    ],
)
def test_calendar_days_a_day_apart_are_two_attacks(text: str, n: int) -> None:
    records = _records(text)
    assert len(records) == n, [r.sources[0].quote for r in records]


@pytest.mark.parametrize(
    "text",
    [
        "Unknown persons threw, on Monday night, a hand grenade at the house of a lawyer in Basra city.",
        "Gunmen targeted, at dawn today, a patrol of the federal police in Tarmiyah, without casualties.",
        "Outlaws hurled, yesterday evening, an explosive charge at a shop in Amarah.",
    ],
)
def test_a_time_between_the_verb_and_its_object_still_tells_an_attack(text: str) -> None:
    assert len(_records(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "a grenade hit the house, and the damages were limited to the material",
        "The losses were limited to the material, the source added.",
        "The damage was confined to property.",
    ],
)
def test_damage_limited_to_material_is_no_casualties(text: str) -> None:
    k, w = figures(text)
    assert k is not None and w is not None and (k.low, w.low) == (0, 0)
