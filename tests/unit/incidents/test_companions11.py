"""A second victim told by being in hospital beside a death, and a village named in several provinces placed in the
one the article names (realworld11 class, wordings written here, none copied): 'his son, who was with him, remains in
hospital' is one wounded besides the dead; 'near Al Huwaysh' in an article that names Diyala is Diyala's village.
Negative rows: the victim already counted, or a figure the hospital line is part of, adds no one; a village with no
province named stays unplaced."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.patterns import figures
from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article


@pytest.mark.parametrize(
    "text",
    [
        "A police officer whose car was hit by a bomb in Kalar on Sunday has died of his injuries; his son, who was "
        "with him, remains in hospital, the Asayish said.",
        "A farmer was shot dead at his gate; his brother, who was with him, is still in hospital.",
        "The judge died in the blast, and her driver remains in intensive care.",
        "The officer died on the spot; his bodyguard, also in the car, remains in critical condition.",
    ],
)
def test_a_companion_in_hospital_is_one_wounded(text: str) -> None:
    killed, wounded = figures(text)
    assert killed is not None and killed.low == 1
    assert wounded is not None and wounded.low == 1


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("A shepherd was wounded by gunfire. The shepherd remains in hospital.", 1),
        ("Five people were wounded. A child remains in hospital.", 5),
        ("Two soldiers were killed and three wounded; his brother remains in hospital.", 3),
    ],
)
def test_a_victim_already_counted_adds_no_one(text: str, wounded: int) -> None:
    _, w = figures(text)
    assert w is not None and w.low == wounded


def _place(text: str) -> tuple[str | None, str | None]:
    records = RuleExtractor().extract(
        Article(doc_id="t11c", title="", source="", text=text, published=dt.date(2022, 5, 15))
    )
    assert len(records) == 1
    return records[0].place_text, records[0].province


@pytest.mark.parametrize(
    "text",
    [
        "At 22:30 last night, ISIS terrorists attacked a Peshmerga position near Al Huwaysh, killing one Peshmerga.\n\n"
        "The Diyala operations command said it had sent reinforcements to the area.",
        "Diyala security notes\n\nEarly this morning, gunmen attacked an army post near Al Huwaysh, wounding two "
        "soldiers.",
    ],
)
def test_a_shared_village_name_is_placed_in_the_province_the_article_names(text: str) -> None:
    assert _place(text) == ("Al Huwaysh", "Diyala")


def test_a_shared_village_name_alone_stays_unplaced() -> None:
    text = "At 22:30 last night, ISIS terrorists attacked a Peshmerga position near Al Huwaysh, killing one Peshmerga."
    assert _place(text)[1] is None
