"""Terse questions that open with the event's day or its place ('June 3, 2022, Baiji: how many died?', 'Tuz, 3 June:
killed?'), a village the gazetteer lists only among its villages, typed first ('Zowiya, 2021-05-02 bombing - dead?'),
and weeks counted back from today ('the past two weeks' ends today; 'last week' is the calendar week before this one).
(Wordings written here; the class is from the realworld18 dev split.)"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answering.question import parse_question
from assistant.evaluation.realworld import parsed_filters
from assistant.language.gazetteer import lookup_written
from assistant.language.periods import date_range

TODAY = dt.date(2022, 6, 20)  # a Monday


@pytest.mark.parametrize(
    ("question", "place", "day"),
    [
        ("June 3, 2022, Kut: how many died in the bombing?", "Kut", "2022-06-03"),
        ("3 June 2022, Kut - who was behind it?", "Kut", "2022-06-03"),
        ("2022-06-03, Kut: how many wounded?", "Kut", "2022-06-03"),
        ("Kut, 3 June: how many killed?", "Kut", "2022-06-03"),
        ("Baiji, June 3 - killed?", "Baiji", "2022-06-03"),
        ("kut, june 3: how many killed?", "Kut", "2022-06-03"),
    ],
)
def test_a_terse_question_opens_with_its_day_and_its_place(question: str, place: str, day: str) -> None:
    got = parsed_filters(question, TODAY)
    assert got["place"] == place and got["date_from"] == got["date_to"] == day


def test_a_village_typed_first_before_a_comma_is_that_village() -> None:
    written = "Dholuiya"  # a GeoNames village of that exact spelling that the town lists lack
    village = lookup_written(written)
    assert village is not None
    got = parsed_filters(f"{written}, 2020-03-24 shooting - killed?", TODAY)
    assert got["place"] == village.name and got["date_from"] == "2020-03-24"


@pytest.mark.parametrize(
    "question",
    ["Sorry, I meant Kirkuk in May 2021", "Karama, 2019 - what happened?", "Kurdistan, 2021: drone strikes?"],
)
def test_a_word_or_a_region_before_a_comma_is_no_village(question: str) -> None:
    # (never a namesake village looked up in the lists: 'Karama' is kept as typed, to be found by its name)
    assert parse_question(question, TODAY).filters.place is None


@pytest.mark.parametrize("question", ["Diyala, 1 March - 10 March: attacks?", "Diyala, March 4 - March 10?"])
def test_a_span_of_days_is_not_its_first_day(question: str) -> None:
    got = parsed_filters(question, TODAY)
    assert got["date_from"] != got["date_to"]


def test_a_name_the_question_places_in_another_province_is_no_village_elsewhere() -> None:
    got = parsed_filters("Al-Rashad, Kirkuk province, bombing of 30 August 2019: how many wounded?", TODAY)
    assert got["place"] is None and got["province"] == "Kirkuk"


@pytest.mark.parametrize("question", ["Summary, 2021: what happened in Baiji?", "Question: any attacks in Baiji?"])
def test_a_label_first_is_no_place(question: str) -> None:
    assert parsed_filters(question, TODAY)["place"] == "Baiji"


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("any attacks in diyala in the past week?", dt.date(2022, 6, 13), TODAY),
        ("diyala, past two weeks?", dt.date(2022, 6, 6), TODAY),
        ("attacks in the last 3 weeks", dt.date(2022, 5, 30), TODAY),
        ("what happened last week?", dt.date(2022, 6, 13), dt.date(2022, 6, 19)),  # the calendar week before
        ("and this week?", dt.date(2022, 6, 20), dt.date(2022, 6, 26)),
    ],
)
def test_weeks_counted_back_from_today_end_today(question: str, start: dt.date, end: dt.date) -> None:
    assert date_range(question.lower(), TODAY) == {"date_from": start, "date_to": end}
