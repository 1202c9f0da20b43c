"""Question phrasings from the realworld21 dev split, each tested with wordings written here: a year typed before the
people hit ('anbar 2020 civilians'); a city named as a province ('fallujah province'); 'X vs Y'; a force or civilians
typed bare in a terse search ('peshmerga kirkuk'); the coalition hit or its sites attacked; 'civilian victims';
'earlier than', 'later than', 'N months ago'; one type named twice ('drone strikes and air strikes'), Turkey's
drones; one event in a month 'in Basra' is the city's."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.evaluation.realworld import parsed_filters

TODAY = dt.date(2024, 5, 20)


def _f(question: str) -> dict:
    return {k: v for k, v in parsed_filters(question, TODAY).items() if v not in (None, False)}


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("anbar 2020 civilians", {"province": "Anbar", "date_from": "2020-01-01", "target": "civilians"}),
        ("ninewa 2022 soldiers killed", {"province": "Nineveh", "date_from": "2022-01-01", "target": "army"}),
        ("wasit 2019 police attacked", {"province": "Wasit", "date_from": "2019-01-01", "target": "police"}),
    ],
)
def test_a_year_typed_before_the_people_hit_is_the_year(question: str, want: dict) -> None:
    got = _f(question)
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(
    ("question", "province"),
    [("fallujah province 2021", "Anbar"), ("attacks in zakho prov", "Dohuk"), ("samarra governorate", "Salahuddin")],
)
def test_a_city_named_as_a_province_is_its_province(question: str, province: str) -> None:
    got = _f(question)
    assert got.get("province") == province and "place" not in got


def test_a_citys_governorate_building_is_the_city() -> None:
    assert _f("the Hilla governorate building attack on 3 May 2022 - wounded?").get("place") == "Hilla"


@pytest.mark.parametrize(
    ("question", "perpetrator", "target"),
    [
        ("isis vs police 2021", "ISIS", "police"),
        ("turkey versus pkk in dohuk", "Turkey", "PKK"),
        ("pkk vs turkish army clashes", None, None),  # a clash: neither side attacked
    ],
)
def test_x_vs_y_is_the_attacker_then_the_one_hit(question: str, perpetrator: str | None, target: str | None) -> None:
    got = _f(question)
    assert (got.get("perpetrator"), got.get("target")) == (perpetrator, target)


@pytest.mark.parametrize(
    ("question", "perpetrator", "target"),
    [
        ("peshmerga kirkuk 2022", None, "Peshmerga"),
        ("police diyala", None, "police"),
        ("pmf salahuddin last year", None, "PMU"),
        ("isis diyala", "ISIS", None),  # an armed group typed bare is the attacker
        ("basra journalist, may 2021", None, None),  # a trade names one man: no target filter
        ("attacks on anyone but civilians in anbar", None, None),
        ("civilian victims nineveh 2023", None, "civilians"),
        ("the turkish drone victims of 3 may 2022", "Turkey", None),
        ("coalition attacked near erbil 2023", None, "US forces"),
        ("coalition bases attacked since 2021", None, "US forces"),
        ("the coalition struck IS positions", None, "ISIS"),
    ],
)
def test_who_attacked_and_who_was_hit_in_terse_searches(
    question: str, perpetrator: str | None, target: str | None
) -> None:
    got = _f(question)
    assert (got.get("perpetrator"), got.get("target")) == (perpetrator, target)


@pytest.mark.parametrize(
    ("question", "lo", "hi"),
    [
        ("attacks earlier than june 2020", None, "2020-05-31"),
        ("kirkuk attacks later than june 2020", "2020-07-01", None),
        ("attacks three months ago", "2024-02-01", "2024-02-29"),
        ("IS attacks a year ago", "2023-01-01", "2023-12-31"),
        ("diyala 2 weeks ago", "2024-05-06", "2024-05-12"),
        ("attacks 3 days ago", "2024-05-17", "2024-05-17"),
    ],
)
def test_periods_said_as_earlier_later_and_ago(question: str, lo: str | None, hi: str | None) -> None:
    got = _f(question)
    assert (got.get("date_from"), got.get("date_to")) == (lo, hi)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("drone strikes and air strikes in duhok", "airstrike_operation"),
        ("turkish drones in zakho 2023", "airstrike_operation"),
        ("rockets and mortars in basra", "mortar_rocket"),
        ("IEDs and other attacks in diyala", None),
        ("turkish drones shot down over duhok", None),
    ],
)
def test_one_type_named_twice_and_turkeys_drones(question: str, kind: str | None) -> None:
    assert _f(question).get("attack_type") == kind


@pytest.mark.parametrize(
    ("question", "place", "province"),
    [
        ("How many were killed in the car bomb in Basra in May 2021?", "Basra", None),
        ("which day of March 2022 was the grenade attack in Najaf?", "Najaf", None),
        ("how many were killed in Basra in May 2021?", None, "Basra"),  # a month's toll: the province
        ("attacks in Kirkuk in April 2022", None, "Kirkuk"),
    ],
)
def test_one_event_in_a_month_in_a_city_shared_with_its_province(question: str, place: str | None, province) -> None:
    got = _f(question)
    assert (got.get("place"), got.get("province")) == (place, province)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("attacks no later than March 2022", {"date_to": "2022-03-31"}),
        ("attacks no earlier than March 2022", {"date_from": "2022-03-01"}),
        ("attacks since two months ago", {"date_from": "2024-03-01"}),
        ("isis attacks a year ago today", {"date_from": "2023-05-20", "date_to": "2023-05-20", "perpetrator": "ISIS"}),
        ("attacks a few months ago", {}),
        ("attacks in Halabja governorate", {"place": "Halabja"}),
        ("isis vs pkk attacks in 2022", {"date_from": "2022-01-01", "date_to": "2022-12-31"}),
        ("how many turkish drones were downed", {"perpetrator": "Turkey"}),
        ("police violence baghdad 2019", {"province": "Baghdad", "date_from": "2019-01-01", "date_to": "2019-12-31"}),
        ("army ops anbar", {"province": "Anbar"}),
        ("kataib hezbollah baghdad", {"province": "Baghdad"}),
    ],
)
def test_look_alikes_the_new_readings_leave_alone(question: str, want: dict) -> None:
    got = _f(question)
    assert {k: v for k, v in got.items() if k not in ("lat", "lon", "radius_km")} == want
