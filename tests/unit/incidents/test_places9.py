"""Attack places of the ninth blind set's classes (new wordings, none copied from the set)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.rules import RuleExtractor
from assistant.language import gazetteer
from assistant.language.text import WIRE_DATELINE
from assistant.schemas import Article, Incident


def _records(text: str) -> list[Incident]:
    article = Article(doc_id="p9", title="", source="", text=text, published=dt.date(2023, 5, 10))
    return RuleExtractor().extract(article)


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "ERBIL, Kurdistan Region - Three soldiers were killed when a bomb hit their vehicle near Hawija on Monday.",
            "Kirkuk",
        ),
        ("SULAIMANI, Kurdistan Region – Gunmen shot dead a shepherd in Jalawla late on Sunday.", "Diyala"),
        ("DUHOK, Kurdistan Region — A Turkish drone struck a car in Sinjar on Tuesday, killing two people.", "Nineveh"),
        ("BAGHDAD, Iraq - A roadside bomb wounded two policemen in Tikrit on Saturday.", "Salahuddin"),
        (
            "ERBIL, Kurdistan Region - Two Peshmerga were wounded on the outskirts of Khanaqin on Sunday night.",
            "Diyala",
        ),
    ],
)
def test_dateline_with_region_is_not_the_place(text: str, province: str) -> None:
    """Class: a Kurdish outlet's dateline written with its region ('ERBIL, Kurdistan Region -') is where the report
    was filed; the attack's own place decides."""
    (rec,) = _records(text)
    assert rec.province == province


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("ERBIL, Kurdistan Region - A bomb", "ERBIL, Kurdistan Region - "),
        ("MOSUL, Iraq – A bomb", "MOSUL, Iraq – "),
        ("KIRKUK - A bomb", "KIRKUK - "),
        # negative rows: a title-case opening or a sentence is no dateline
        ("Erbil, Kurdistan Region - A bomb", None),
        ("Gunmen, unknown to police - shot", None),
        ("ISIS, the group said - it", None),
    ],
)
def test_region_dateline(text: str, dateline: str | None) -> None:
    """Class: the dateline's region in words ends it at the dash; nothing else does."""
    m = WIRE_DATELINE.match(text)
    assert (m.group(0) if m else None) == dateline


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Unknown gunmen killed a truck driver from Duhok near Rutba in Anbar province on Monday.", "Anbar"),
        ("A bomb killed a taxi driver from Erbil on the road near Baiji on Friday.", "Salahuddin"),
        ("Gunmen wounded two lorry drivers from Basra near Samawah on Sunday.", "Muthanna"),
        # negative row: a distance from a town is still where it happened
        ("A bomb exploded a short drive from Kirkuk on Sunday, killing two.", "Kirkuk"),
    ],
)
def test_driver_from_town_is_an_origin(text: str, province: str) -> None:
    """Class: 'a driver from X' tells where a person comes from (not 'a drive from X'), not the attack's place."""
    (rec,) = _records(text)
    assert rec.province == province


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            'A police source told Baghdad Today that "a bomb wounded a farmer near Balad Ruz on Sunday".',
            "Diyala",
        ),
        ("A roadside bomb killed two soldiers near Tarmiyah, the Basra Times reported on Monday.", "Baghdad"),
        ("Kirkuk Now reported that gunmen shot dead a shepherd near Hawija on Sunday.", "Kirkuk"),
    ],
)
def test_outlet_named_after_a_city_is_no_place(text: str, province: str) -> None:
    """Class: an outlet whose name starts with a city ('Baghdad Today', 'Kirkuk Now') is no place of the attack."""
    (rec,) = _records(text)
    assert rec.province == province


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("told Baghdad Today", False),
        ("in Baghdad today, police said", True),  # lower case: the day, not an outlet
        ("near Basra. Today police", True),
        ("in Kirkuk on Monday", True),
    ],
)
def test_outlet_negative_rows(text: str, found: bool) -> None:
    """Class (negative rows): only a capitalised outlet word right after the city hides it."""
    assert bool(gazetteer.find_places(text)) is found


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "Security review, 1-7 May 2023\n\nOn 2 May a Turkish drone struck a car near Mergasor, killing one man. "
            "On 4 May a drone of unknown origin hit a camp near Arbat, wounding two people.",
            "Sulaymaniyah",
        ),
        (
            "Weekly review\n\nOn 3 May gunmen killed a policeman in Hawija. "
            "On 5 May a bomb exploded near Arbat, wounding a farmer.",
            "Sulaymaniyah",
        ),
    ],
)
def test_earlier_sentence_town_is_another_attack(text: str, province: str) -> None:
    """Class: a town an earlier sentence names for another attack does not place a later attack whose own sentence
    names a village only one spot in Iraq bears."""
    recs = _records(text)
    assert recs[-1].province == province
