"""Places put by their locator (realworld11 classes, wordings written here, none copied): a name the gazetteer knows
in one province, written with a locator that puts it by a city of another province that holds a place of the same
name, is that one ('Al-Amiriya, west of the capital Baghdad' is Baghdad's, not the Anbar town); a locator that puts
it in a city's centre ('the Al-Abbasiya area, centre of Basra') puts it in that city. Negative rows: a known town far
from the city that locates it keeps its place."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article


def _province(text: str) -> str | None:
    records = RuleExtractor().extract(
        Article(doc_id="t11", title="", source="", text=text, published=dt.date(2023, 5, 16))
    )
    assert len(records) == 1, [r.sources[0].quote for r in records]
    return records[0].province


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("A sticky bomb wounded a shop owner in Al-Amiriya, west of the capital Baghdad, on Monday.", "Baghdad"),
        ("Gunmen shot dead a lawyer in Amiriya, west of Baghdad, on Monday evening.", "Baghdad"),
        ("A sound bomb went off at a house in the Al-Abbasiya area, centre of Basra, causing no casualties.", "Basra"),
        ("A grenade hit a shop in Al-Abbasiya, in the center of Basra, wounding the owner.", "Basra"),
        # negative rows: known towns keep their places
        ("Two rockets hit Rutba, west of Ramadi, wounding a guard.", "Anbar"),
        ("A sticky bomb hit a car in Tikrit, 170 km north of Baghdad, killing one.", "Salahuddin"),
        ("An IED wounded two soldiers in Al-Amiriya, south of Fallujah.", "Anbar"),
    ],
)
def test_a_locator_puts_the_place(text: str, province: str) -> None:
    assert _province(text) == province
