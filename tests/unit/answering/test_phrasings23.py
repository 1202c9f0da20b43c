"""Question phrasings from the realworld20 dev split (its emphasis), each tested with wordings written here: a
province mistyped ('dyala', 'ninava'); a town or a name the gazetteer lacks typed first in lower case before many
events ('zubair attacks', 'rahimawa ieds 2021'), after 'in' ('in rahimawa 28 june'), or after 'anything on'; the
coalition's sites; the Federal Police as 'FP'; a force's station or an officer's car; 'the shelling of X'; a basin
named after its village; the people hit in a terse note ('farmers shot'); one day's event 'in Najaf' is the city's;
'how many since 2022?' and 'write it up as a briefing' after a listing or a count."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answering.question import parse_question, read_turn
from assistant.evaluation.realworld import parsed_filters, parsed_filters_of
from assistant.language.gazetteer import province_spelled

TODAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize(
    ("question", "province"),
    [
        ("dyala attacks in 2023", "Diyala"),
        ("ninava ieds 2022", "Nineveh"),
        ("attacks in dyiala last year", "Diyala"),
        ("salahadeen attacks 2021", "Salahuddin"),
        ("anbaar shootings", "Anbar"),
    ],
)
def test_a_mistyped_province_is_that_province(question: str, province: str) -> None:
    assert parsed_filters(question, TODAY)["province"] == province


@pytest.mark.parametrize("word", ["dula", "dial", "babe", "nine", "missing", "nina", "basrawi"])
def test_a_word_that_only_shares_a_provinces_consonants_is_none(word: str) -> None:
    assert province_spelled(word, close=True) is None or parsed_filters(f"{word} attacks", TODAY)["province"] is None


@pytest.mark.parametrize(
    "question",
    [
        "Who killed Dalia in 2021?",
        "Who killed Nina in 2021?",
        "who shot basrawi in 2021?",
        "attacks on the diyali tribe",
    ],
)
def test_a_persons_or_a_tribes_name_is_no_mistyped_province(question: str) -> None:
    assert parsed_filters(question, TODAY)["province"] is None


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("zubair attacks", "Az Zubayr"),
        ("list kut ieds", "Kut"),
        ("qaim attacks since 2021", "Al Qaim"),
        ("roadside bomb in qushqaya 3 may 2022 - killed?", "Qushqaya"),  # a name no list holds, asked as written
        ("roadside bomb near qushqaya, 3/5/2022 - killed?", "Qushqaya"),
        ("Anything on Qushqaya?", "Qushqaya"),
        ("anything new on Qushqaya?", "Qushqaya"),
    ],
)
def test_a_place_typed_first_or_after_in_is_searched(question: str, place: str) -> None:
    got = parsed_filters(question, TODAY)["place"]
    assert got is not None and got.lower() == place.lower()


@pytest.mark.parametrize(
    "question",
    [
        "recent attacks",
        "tribal clashes",
        "yazidi attacks",
        "katyusha attacks",
        "fp attacks",
        "kataib attacks",
        "kornet attacks",
        "takfiri attacks",
        "Houthi attacks",
        "Israeli strikes",
        "attacks on sunnis?",
        "attacks in syria?",
        "attacks in syria on 3 may 2021",
        "anything on unami?",
    ],
)
def test_a_word_that_is_no_place_typed_first_sets_no_place(question: str) -> None:
    assert parsed_filters(question, TODAY)["place"] is None


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("drone attacks on coalition sites in Erbil province", "US forces"),
        ("rockets on the coalition section of the airport", "US forces"),
        ("attacks on the coalition in 2023", "US forces"),
        ("mortar fire on an FP checkpoint near Tarmiyah", "police"),
        ("grenade at the Rifai police station, 2 March 2022 - hurt?", "police"),
        ("IED under an army officer's car in Tikrit, 3 May 2022 - killed?", "army"),
        ("how many soldiers remain in hospital after the Baiji IED of 3 May 2022?", "army"),
        ("hawija farmers shot 21/03/2022 - dead?", "civilians"),
        ("kut protesters shooting, 9 April 2022 - how many killed?", "civilians"),
        ("Who was suspected of shooting the shepherd near Rutba in June 2022?", "civilians"),
    ],
)
def test_who_was_hit_in_many_wordings(question: str, target: str) -> None:
    assert parsed_filters(question, TODAY)["target"] == target


@pytest.mark.parametrize(
    "question",
    [
        "the coalition government and the attacks",
        "How many candidates on the coalition list were attacked in 2021?",
        "attacks against the coalition led by the prime minister in 2021",
        "Hawija trader kidnapping - what date?",
        "kut mukhtar shot - when?",
        "How many people died in the shooting police carried out in Nasiriyah in 2019?",
    ],
)
def test_a_bloc_one_named_man_or_the_shooter_is_no_target(question: str) -> None:
    assert parsed_filters(question, TODAY)["target"] is None


def test_the_people_who_acted_are_not_the_ones_hit() -> None:
    assert parsed_filters("protesters killing police officer nasiriyah 2019", TODAY)["target"] == "police"


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("How many died in the Turkish shelling of Zakho in 2022?", "Zakho"),
        ("the bombing of Tikrit market in May 2022", "Tikrit"),
        ("soldiers killed in the ambush in the Al-Mutaibija basin in 2023", "Mutaibijah"),
    ],
)
def test_where_the_shelling_fell_or_the_basin_lies(question: str, place: str) -> None:
    assert parsed_filters(question, TODAY)["place"] == place


def test_a_mountain_range_stays_a_place_of_its_own() -> None:
    assert parsed_filters("attacks in the Hamrin mountains", TODAY)["place"] == "Hamrin mountains"


def test_one_days_event_in_a_city_that_names_a_province_is_the_citys() -> None:
    day = parsed_filters("how many were killed in Basra on 3 May 2021?", TODAY)
    assert day["place"] == "Basra" and day["province"] is None
    period = parsed_filters("attacks in Basra in 2021", TODAY)
    assert period["province"] == "Basra" and period["place"] is None


@pytest.mark.parametrize(
    ("first", "then", "want"),
    [
        (
            "Turkish drone strikes on PKK members",
            "how many since 2022?",
            {"intent": "count", "date_from": "2022-01-01", "perpetrator": "Turkey", "target": "PKK"},
        ),
        (
            "IS attacks in Diyala in 2021",
            "and how many in 2022?",
            {"intent": "count", "date_from": "2022-01-01", "perpetrator": "ISIS", "province": "Diyala"},
        ),
        ("How many attacks on the PMF in 2022?", "write it up as a briefing", {"intent": "list", "target": "PMU"}),
        ("How many attacks on the PMF in 2022?", "could you give it to me as a summary?", {"intent": "list"}),
    ],
)
def test_a_short_follow_up_keeps_the_rest(first: str, then: str, want: dict) -> None:  # type: ignore[type-arg]
    turn, followed = read_turn(then, TODAY, parse_question(first, TODAY))
    got = {"intent": turn.intent, **parsed_filters_of(turn)}
    assert followed and {k: got[k] for k in want} == want


def test_how_many_since_a_year_runs_to_today() -> None:
    turn, followed = read_turn("how many since 2020?", TODAY, parse_question("list attacks in Kirkuk in 2021", TODAY))
    got = parsed_filters_of(turn)
    assert followed and got["province"] == "Kirkuk" and (got["date_from"], got["date_to"]) == ("2020-01-01", None)


def test_a_new_question_with_its_own_place_is_read_on_its_own() -> None:
    turn, followed = read_turn("how many in Basra in 2019?", TODAY, parse_question("IS attacks in Diyala", TODAY))
    assert not followed or parsed_filters_of(turn)["perpetrator"] is None
