"""A place name several provinces share, asked without its province ('Albu Dhiyab', 'Al-Amiriya'): when the place the
question was read as holds no record, the records of a same-named place elsewhere answer, and the answer says which
place that is; a place with records of its own, or a province named, is never swapped."""

from __future__ import annotations

import datetime as dt

from assistant.answering.from_records import records_answer
from assistant.answering.question import parse_question
from assistant.desk import Desk
from assistant.language import gazetteer
from assistant.settings import Settings
from tests.unit.answering.test_single_event8 import _incident, _put

TODAY = dt.date(2025, 12, 1)


def _at(name: str, province: str) -> gazetteer.Place:
    place = gazetteer.lookup(name, province, wide=True)
    assert place is not None and place.province == province, (name, province)
    return place


def test_namesakes_lists_other_places_of_the_name() -> None:
    asked = gazetteer.lookup("Albu Dhiyab", wide=True)
    assert asked is not None
    others = gazetteer.namesakes(asked.name, asked.lat, asked.lon)
    assert others and all(p.province != asked.province or p.lat != asked.lat for p in others)
    assert not gazetteer.namesakes("Tikrit", 34.6, 43.68)  # one Tikrit


def test_records_of_a_same_named_place_answer(settings: Settings) -> None:
    desk = Desk(settings)
    other = _at("Albu Dhiyab", "Babil")
    quote = "Gunmen opened fire on farmers near Albu Dhiyab, killing three farmers."
    inc = _incident("k1", quote, place="Albu Dhiyab", day="2022-05-20", killed=3, target="civilians")
    _put(
        desk,
        "albu-dhiyab",
        [inc.model_copy(update={"place": other.name, "province": "Babil", "lat": other.lat, "lon": other.lon})],
    )
    q = "How many farmers were killed near Albu Dhiyab on 20 May 2022?"
    got = records_answer(parse_question(q, TODAY), q, desk.store)
    assert got.matched and "3" in got.answer.text.split("\n")[0]
    assert "Babil" in got.answer.text and "another place of that name" in got.answer.text


def test_a_province_named_is_never_swapped(settings: Settings) -> None:
    desk = Desk(settings)
    other = _at("Albu Dhiyab", "Babil")
    quote = "Gunmen opened fire on farmers near Albu Dhiyab, killing three farmers."
    inc = _incident("k1", quote, place="Albu Dhiyab", day="2022-05-20", killed=3)
    _put(
        desk,
        "albu-dhiyab",
        [inc.model_copy(update={"place": other.name, "province": "Babil", "lat": other.lat, "lon": other.lon})],
    )
    q = "How many were killed near Albu Dhiyab in Anbar province on 20 May 2022?"
    got = records_answer(parse_question(q, TODAY), q, desk.store)
    assert not got.matched


def test_names_that_only_look_alike_are_no_namesakes() -> None:
    for name in ("Anah", "Jalawla", "Al Karmah", "Amedi"):
        place = gazetteer.lookup(name, wide=True)
        assert place is not None and not gazetteer.namesakes(place.name, place.lat, place.lon), name


def test_over_a_year_an_empty_town_is_its_answer(settings: Settings) -> None:
    desk = Desk(settings)
    other = _at("Albu Dhiyab", "Babil")
    quote = "Gunmen opened fire on farmers near Albu Dhiyab, killing three farmers."
    inc = _incident("k1", quote, place="Albu Dhiyab", day="2022-05-20", killed=3)
    moved = inc.model_copy(update={"place": other.name, "province": "Babil", "lat": other.lat, "lon": other.lon})
    _put(desk, "albu-dhiyab", [moved])
    q = "How many people were killed near Albu Dhiyab in 2022?"
    assert not records_answer(parse_question(q, TODAY), q, desk.store).matched
