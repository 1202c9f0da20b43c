"""Places of the ninth blind set's classes: a database's field labels, a title-case dateline, the launch site of
rockets, a city that only locates a known town, and background on a place's past attackers (new wordings, none
copied from the set)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article, Incident


def _records(text: str, title: str = "") -> list[Incident]:
    article = Article(doc_id="l9", title=title, source="", text=text, published=dt.date(2022, 6, 10))
    return RuleExtractor().extract(article)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "provstate: Kirkuk city: Hawija summary: 06/05/2022: Assailants attacked an army post near Hawija "
            "district, Kirkuk governorate, Iraq. Two soldiers were killed.",
            "Hawija",
        ),
        (
            "provstate: Diyala city: Khanaqin summary: 06/05/2022: A bomb went off near a police patrol in "
            "Khanaqin district, Diyala governorate, Iraq. One officer was wounded.",
            "Khanaqin",
        ),
        # negative rows: the city field that is the province's own city stays that city
        (
            "provstate: Baghdad city: Baghdad summary: 06/05/2022: An explosive device detonated in a market in "
            "Baghdad city, Baghdad governorate, Iraq. Three civilians were wounded.",
            "Baghdad",
        ),
        (
            "provstate: Nineveh city: Mosul summary: 06/05/2022: Gunmen shot a shop owner in Mosul city, Nineveh "
            "governorate, Iraq. He was killed.",
            "Mosul",
        ),
    ],
)
def test_database_field_labels(text: str, place: str) -> None:
    """Class: an event database's header ('provstate: Kirkuk city: Hawija') names the province in its province
    field, and 'city:' is the next field's label, not part of a name ('Kirkuk city')."""
    (rec,) = _records(text)
    assert rec.place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fallujah — A roadside bomb hit an army patrol near Haditha on Monday, killing two soldiers.", "Haditha"),
        ("Kirkuk – Gunmen shot dead a farmer in Daquq on Sunday night, police said.", "Daquq"),
        ("Baquba — Mortar shells fell on a village near Muqdadiyah on Tuesday, wounding three people.", "Miqdadiyah"),
        # negative row: with no other place, the dateline gives the province only (as 'TIKRIT (Reuters) -' does)
        ("Tikrit — A bomb killed two soldiers on Monday, a security source said.", None),
    ],
)
def test_title_case_dateline_with_long_dash(text: str, place: str | None) -> None:
    """Class: an Arabic outlet's dateline in title case before a long dash ('Ramadi — Katyusha rockets fell ...') is
    where the report was filed: the attack's own place decides."""
    (rec,) = _records(text)
    assert rec.place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Three rockets landed at Balad air base on Tuesday, wounding a contractor. The rockets were launched "
            "from an orchard near the town of Dujail, a source said.",
            "Balad",
        ),
        (
            "Two Katyusha rockets landed inside Ain al-Asad air base on Friday, wounding a soldier. Police said they "
            "had been fired from farmland on the outskirts of the town of Hit.",
            "Ain al-Asad",
        ),
        (
            "A rocket fired from the outskirts of Jurf al-Sakhar fell on a house in Musayyib on Friday, killing a "
            "child.",
            "Al-Musayab",
        ),
        # negative row: a place after the hit's own words is still where it hit
        ("Rockets fell near the town of Hit on Sunday, wounding two farmers, police said.", "Hit"),
    ],
)
def test_launch_site_is_not_the_place(text: str, place: str) -> None:
    """Class: where rockets or drones were fired or launched from is not where they hit: the installation hit
    ('landed inside Ain al-Asad air base') is the event's place."""
    (rec,) = _records(text)
    assert rec.place == place


@pytest.mark.parametrize(
    ("title", "text", "place"),
    [
        (
            "Soldier killed in attack north of Baghdad",
            "Gunmen attacked an army checkpoint in the Tarmiyah area, north of Baghdad, on Sunday, killing a soldier.",
            "Tarmiyah",
        ),
        (
            "Two police hurt in blast south of Baghdad",
            "A bomb wounded two policemen in Mahmudiyah district, about 30 km south of Baghdad, on Monday.",
            "Mahmudiyah",
        ),
        (
            "Farmer killed west of Kirkuk",
            "Gunmen shot dead a farmer in Hawija district, west of Kirkuk, on Monday.",
            "Hawija",
        ),
    ],
)
def test_town_before_locator_keeps_itself(title: str, text: str, place: str) -> None:
    """Class: a district or town the gazetteer knows, named before a locator ('the Tarmiyah area, north of
    Baghdad'), keeps itself; the locating city, in the body or the headline, is not where it happened."""
    (rec,) = _records(title + "\n\n" + text, title)
    assert rec.place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A bomb hit an army vehicle in Al-Qarya al-Khadra, west of Baiji, wounding two soldiers. The soldiers "
            "were taken to a hospital in Tikrit.",
            "Baiji",
        ),
        ("Gunmen killed a shepherd near Umm Khanfar village, south of Daquq, on Friday.", "Daquq"),
    ],
)
def test_unknown_village_before_locator_is_the_city(text: str, place: str) -> None:
    """Negative rows: a village or area the gazetteer does not know, named before a locator, is the locating city's
    (a hospital named later is not the place)."""
    (rec,) = _records(text)
    assert rec.place == place


@pytest.mark.parametrize(
    ("text", "perpetrator"),
    [
        (
            "Gunmen attacked an army post in Tarmiyah on Friday, killing a soldier. Tarmiyah has been a frequent "
            "scene of attacks by Islamic State remnants.",
            "unknown",
        ),
        (
            "Unknown assailants shot dead a policeman in Hawija on Monday. The district has often been targeted by "
            "Islamic State cells.",
            "unknown",
        ),
        # negative row: an attacker named in the attack's own words is kept
        (
            "Islamic State militants attacked an army post in Tarmiyah on Friday, killing a soldier. Tarmiyah has "
            "been a frequent scene of such attacks.",
            "ISIS",
        ),
    ],
)
def test_background_attackers_are_not_this_attack(text: str, perpetrator: str) -> None:
    """Class: a sentence of background on the place ('has been a frequent scene of attacks by IS remnants') does
    not name this attack's attacker."""
    (rec,) = _records(text)
    assert rec.perpetrator == perpetrator
