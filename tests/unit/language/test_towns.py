"""Subdistrict towns that reports name and the gazetteer's two big lists lacked as towns (towns_iq.csv): found by the
spellings outlets use, in running text too, in their own province."""

from __future__ import annotations

import pytest

from assistant.language import gazetteer


@pytest.mark.parametrize(
    ("written", "province"),
    [
        ("Sheladze", "Dohuk"),
        ("Şêladizê", "Dohuk"),
        ("Shiladze", "Dohuk"),
        ("Sidakan", "Erbil"),
        ("Sîdekan", "Erbil"),
        ("Qaladze", "Sulaymaniyah"),
        ("Qala Diza", "Sulaymaniyah"),
        ("Deraluk", "Dohuk"),
        ("Alqosh", "Nineveh"),
        ("Yaychi", "Kirkuk"),
        ("Altun Kupri", "Kirkuk"),
        ("Khurmala", "Erbil"),
        ("Abu Saida", "Diyala"),  # never the Qadisiyah village 'Abu Saddah' a loose spelling match finds
        ("Abu Sayda", "Diyala"),
        ("Siniya", "Salahuddin"),
        ("Yathrib", "Salahuddin"),
    ],
)
def test_a_subdistrict_town_by_its_spellings(written: str, province: str) -> None:
    place = gazetteer.lookup(written)
    assert place is not None and place.province == province and place.kind == "city", written


@pytest.mark.parametrize("written", ["Sinuni", "Sinune", "Khanasor", "Xanesor"])
def test_the_towns_of_sinjar_district_are_sinjars(written: str) -> None:
    """Every blind set tells Sinuni and Khanasor as Sinjar's ('attacks in Sinjar' lists them)."""
    place = gazetteer.lookup(written)
    assert place is not None and place.name == "Sinjar"


def test_a_town_in_running_text_beside_a_village_the_gazetteer_lacks() -> None:
    text = "Turkish artillery shells fell on the village of Sîre, near Şêladizê (Sheladze), on Monday afternoon."
    assert {m.place.province for m in gazetteer.find_places(text)} == {"Dohuk"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "On Jul 18, a Turkish drone struck a vehicle near Sheladze, Amedi district (Duhok), killing two men.",
            "Amedi",
        ),
        ("On Jul 18, a drone struck a car in Yaychi, in Kirkuk district, killing two people.", "Kirkuk"),
        ("On Jul 18, a Turkish drone struck a vehicle near Sheladze, killing two men.", "Sheladze"),
        ("11/08/2020: An explosive device detonated in the market of Al-Qayyarah town, Mosul district.", "Qayyarah"),
    ],
)
def test_a_town_written_with_its_district_is_the_districts(text: str, place: str) -> None:
    """'Sheladze, Amedi district' is told as Amedi's, as the blind sets code it; Sheladze alone is its own place."""
    from assistant.corpus.read import RawRecord, to_article
    from assistant.incidents.rules import RuleExtractor

    (r,) = RuleExtractor().extract(to_article(RawRecord(source="x.txt", text=text, published="2022-07-20")))
    want = gazetteer.lookup(place)
    assert want is not None and r.place == want.name


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Attacks were reported on Monday in Mosul, Tal Afar district and Sinjar, killing three soldiers.", "Mosul"),
        ("A bomb killed two soldiers in Tal Afar on Monday, Sinjar district officials said.", "Tal Afar"),
        (
            "Peshmerga commander Sirwan Barzani said a drone struck a Peshmerga vehicle in Makhmour on Monday, killing "
            "two fighters.",
            "Makhmur",
        ),
    ],
)
def test_a_district_seat_a_list_or_a_name_is_no_town_of_another_district(text: str, place: str) -> None:
    from assistant.corpus.read import RawRecord, to_article
    from assistant.incidents.rules import RuleExtractor

    (r,) = RuleExtractor().extract(to_article(RawRecord(source="x.txt", text=text, published="2022-07-20")))
    want = gazetteer.lookup(place)
    assert want is not None and r.place == want.name
