"""Question wordings of the classes the fifth blind question set found: spans stated by their length or one end,
two values of one filter, values left out, and more names of actors, types and places. Each row is one wording of
a class; the other rows are other wordings of it."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answering.question import follow_up, parse_question
from assistant.language.periods import date_range

D = dt.date
TODAY = D(2024, 1, 15)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("attacks in diyala in the 12 months to march 2023", D(2022, 4, 1), D(2023, 3, 31)),
        ("the three months to end-march 2023", D(2023, 1, 1), D(2023, 3, 31)),
        ("the six months up to june 2022", D(2022, 1, 1), D(2022, 6, 30)),
        ("the 12 months ending in june 2022", D(2021, 7, 1), D(2022, 6, 30)),
        ("attacks in kirkuk in the last 3 months of 2021", D(2021, 10, 1), D(2021, 12, 31)),
        ("the first two months of 2022", D(2022, 1, 1), D(2022, 2, 28)),
        ("the final two months of 2020", D(2020, 11, 1), D(2020, 12, 31)),
        ("the first ten days of may 2022", D(2022, 5, 1), D(2022, 5, 10)),
        ("attacks in kirkuk in 2023 up to the end of may", D(2023, 1, 1), D(2023, 5, 31)),
        ("2023 through april", D(2023, 1, 1), D(2023, 4, 30)),
        ("in 2022 until august", D(2022, 1, 1), D(2022, 8, 31)),
        ("from the 10th to the 20th of sept 2021", D(2021, 9, 10), D(2021, 9, 20)),
        ("from the 8th to the 14th of january 2024", D(2024, 1, 8), D(2024, 1, 14)),
        ("between the 5th and 9th of last month", D(2023, 12, 5), D(2023, 12, 9)),
        ("isis attacks in anbar since 2020 but before 2022", D(2020, 1, 1), D(2021, 12, 31)),
        ("since march 2021 and before june 2021", D(2021, 3, 1), D(2021, 5, 31)),
        ("from march 2021 to february 2022", D(2021, 3, 1), D(2022, 2, 28)),
        # two periods asked for together: the smallest span that holds both
        ("how many attacks in kirkuk in q2 and q3 2022?", D(2022, 4, 1), D(2022, 9, 30)),
        ("q1 and q3 2022", D(2022, 1, 1), D(2022, 9, 30)),
        ("h1 and h2 2020", D(2020, 1, 1), D(2020, 12, 31)),
        ("ieds in salahuddin in 2019 and again in 2021", D(2019, 1, 1), D(2021, 12, 31)),
        ("march 2021 and may 2021", D(2021, 3, 1), D(2021, 5, 31)),
    ],
)
def test_spans_stated_by_length_or_end(text: str, first: dt.date, last: dt.date) -> None:
    assert date_range(text, TODAY) == {"date_from": first, "date_to": last}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("attacks in halabja in 2021 and after", {"date_from": D(2021, 1, 1), "date_to": None}),
        ("2021 onwards", {"date_from": D(2021, 1, 1), "date_to": None}),
        ("march 2022 onwards", {"date_from": D(2022, 3, 1), "date_to": None}),
        ("2020 or later", {"date_from": D(2020, 1, 1), "date_to": None}),
        ("2019 and earlier", {"date_to": D(2019, 12, 31)}),
        ("attacks in 2021 on police", {"date_from": D(2021, 1, 1), "date_to": D(2021, 12, 31)}),
    ],
)
def test_open_ended_years(text: str, expected: dict) -> None:
    assert date_range(text, TODAY) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # two values of one field leave it open (the filters hold one value each)
        ("shootings and kidnappings in Basra in 2021", {"attack_type": None, "province": "Basra"}),
        ("count of IEDs and suicide attacks in Baghdad in 2023", {"attack_type": None}),
        ("was the attack a mortar or a rocket?", {"attack_type": "mortar_rocket"}),  # one type, two words for it
        ("attacks on police and soldiers in Anbar in 2020", {"target": None, "province": "Anbar"}),
        ("Turkish attacks on civilians and Peshmerga in Dohuk", {"target": None, "perpetrator": "Turkey"}),
        ("attacks by ISIS or unknown gunmen in Kirkuk", {"perpetrator": None, "province": "Kirkuk"}),
        ("clashes between the PKK and Turkish forces in Dohuk", {"perpetrator": None, "target": None}),
        ("briefing on Kirkuk and Salahuddin in H1 2023", {"place": None, "province": None}),
        ("attacks in Mosul or Tal Afar in 2021", {"place": None, "province": None}),
        # ... but a town and its own province are one place, and a compound type is one type
        ("IEDs in Tarmiyah, Baghdad province, in 2022", {"place": "Tarmiyah", "attack_type": "ied"}),
        ("suicide car bombing in Baghdad", {"attack_type": "suicide"}),
        ("IED ambush on PMU near Tikrit", {"attack_type": "ied", "target": "PMU", "place": "Tikrit"}),
        # a value left out is no filter; the rest of the question holds
        ("everything except IEDs in Kirkuk in 2022", {"attack_type": None}),
        ("any attack type, not just IEDs: attacks in Anbar in H1 2023", {"attack_type": None, "province": "Anbar"}),
        ("attacks on anyone but civilians in Salahuddin", {"target": None, "province": "Salahuddin"}),
        ("non-ISIS attacks in Diyala in 2022", {"perpetrator": None, "province": "Diyala"}),
        ("attacks in Nineveh in 2022 excluding Mosul", {"place": None, "province": "Nineveh"}),
        ("attacks in Kirkuk province outside Kirkuk city in 2023", {"place": None, "province": "Kirkuk"}),
    ],
)
def test_two_values_and_values_left_out(question: str, expected: dict) -> None:
    p = parse_question(question, TODAY)
    got = {
        "attack_type": p.filters.attack_type,
        "target": p.target,
        "perpetrator": p.filters.perpetrator,
        "place": p.filters.place,
        "province": p.filters.province,
    }
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("sleeper-cell attacks Tarmiyah 2019", {"perpetrator": "ISIS"}),
        ("CTS operations against ISIS in Anbar in 2021", {"perpetrator": "Iraqi forces", "target": "ISIS"}),
        ("attacks by the resistance factions on US bases in 2024", {"perpetrator": "PMU"}),
        ("attacks by HPG guerrillas on Turkish soldiers near Amedi", {"perpetrator": "PKK", "target": "Turkey"}),
        ("attacks by Turkish soldiers in Dohuk", {"perpetrator": "Turkey"}),
        ("enforced disappearances in Anbar in 2019", {"attack_type": "kidnapping"}),
        ("shots fired at protesters in Baghdad", {"attack_type": "shooting"}),
        ("assassinations of activists in Nasiriyah in 2021", {"attack_type": None}),  # the method is not said
        # a 'drone attack' may be a strike or a drone carrying its own charge: no type (an explosive drone is 'other')
        ("drone attacks on Erbil airport in 2024", {"attack_type": None}),
        ("explosive drone attacks on Erbil airport in 2024", {"attack_type": "other"}),
        ("Turkish drone strikes in Dohuk in 2022", {"attack_type": "airstrike_operation"}),
        ("rocket attacks on US bases in Q1 2024", {"place": None, "province": None}),  # 'Q1' is no place
        ("attacks in Karkuk in 2023", {"province": "Kirkuk", "place": None}),
        ("attacks in the Baghdad belts in 2020", {"place": "Baghdad", "near": True}),
        ("attacks within 5 km of Daquq in 2024", {"place": "Daquq", "radius_km": 5.0}),
        ("count ISIS attacks in Diyala in 2023 that have a confirmed date", {"dated_only": True}),
        ("Feb IDF Baghdad", {"date_from": D(2023, 2, 1), "date_to": D(2023, 2, 28)}),
    ],
)
def test_more_actors_types_places_and_options(question: str, expected: dict) -> None:
    p = parse_question(question, TODAY)
    f = p.filters
    got = {
        "perpetrator": f.perpetrator,
        "target": p.target,
        "attack_type": f.attack_type,
        "place": f.place or p.unknown_place,
        "province": f.province,
        "near": f.radius_km is not None and f.radius_km >= 50,
        "radius_km": f.radius_km,
        "dated_only": f.dated_only,
        "date_from": f.date_from,
        "date_to": f.date_to,
    }
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("Turkish attacks on the PKK in Dohuk in 2021", "now the reverse direction", {"perpetrator": "PKK"}),
        ("Turkish attacks on the PKK in Dohuk in 2021", "the opposite direction?", {"target": "Turkey"}),
        ("ISIS attacks in Diyala in 2022", "who else attacked there?", {"perpetrator": None, "intent": "list"}),
        ("IED attacks on US convoys in 2020", "include rocket attacks too", {"attack_type": None}),
        ("IED attacks on US convoys in 2020", "only the rocket attacks", {"attack_type": "mortar_rocket"}),
        ("rocket attacks on the Green Zone in 2021", "which was the deadliest?", {"intent": "ask"}),
        (
            "kidnappings in Tikrit city in 2019",
            "take the place filter off",
            {"place": None, "attack_type": "kidnapping"},
        ),
        (
            "list attacks in Kirkuk province in March 2022",
            "only inside the city",
            {"place": "Kirkuk", "province": None},
        ),
        ("attacks around Tuz Khurmatu in 2022", "only inside the town", {"place": "Tuz Khurmatu", "near": False}),
        ("attacks in Tikrit in 2022", "take in the outskirts as well", {"place": "Tikrit", "near": True}),
        (
            "shootings in Baghdad in Q1 2022",
            "ok, separate question - brief me on Turkish operations in Sulaymaniyah in 2021",
            {"attack_type": None, "province": "Sulaymaniyah", "perpetrator": "Turkey"},
        ),
        (
            "IEDs in Kirkuk in 2022",
            "New question: attacks in Anbar in 2020",
            {"attack_type": None, "province": "Anbar"},
        ),
    ],
)
def test_follow_up_moves_of_the_fifth_set(first: str, second: str, expected: dict) -> None:
    """A follow-up changes what it names and keeps the rest; 'separate question' keeps nothing."""
    p = follow_up(second, TODAY, follow_up(first, TODAY, None))
    f = p.filters
    got = {
        "perpetrator": f.perpetrator,
        "target": p.target,
        "attack_type": f.attack_type,
        "place": f.place,
        "province": f.province,
        "near": f.radius_km is not None and f.radius_km >= 50,
        "intent": p.intent,
    }
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("attacks in late 2019", D(2019, 10, 1), D(2019, 12, 31)),
        ("early 2021", D(2021, 1, 1), D(2021, 3, 31)),
        ("what happened in mid-2022", D(2022, 4, 1), D(2022, 9, 30)),
    ],
)
def test_early_mid_late_of_a_year(text: str, first: dt.date, last: dt.date) -> None:
    assert date_range(text, TODAY) == {"date_from": first, "date_to": last}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Iraqi air strikes against IS", {"perpetrator": "Iraqi forces", "target": "ISIS"}),
        ("Diala incidents between April and June 2023", {"province": "Diyala"}),
        ("Kirkuk province, February 2024, leaving out items that only give a report date", {"dated_only": True}),
        ("attacks in Anbar in 2022, drop the entries without an exact day", {"dated_only": True}),
        ("attacks in Anbar in 2022 excluding records lacking an event date", {"dated_only": True}),
    ],
)
def test_more_names_and_dated_only_wordings(question: str, expected: dict) -> None:
    p = parse_question(question, TODAY)
    got = {
        "perpetrator": p.filters.perpetrator,
        "target": p.target,
        "province": p.filters.province,
        "dated_only": p.filters.dated_only,
    }
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize("second", ["who claimed it?", "when did that attack happen?", "was it claimed?"])
def test_a_pronoun_after_a_question_about_one_attack_keeps_that_attack(second: str) -> None:
    first = follow_up("what was the death toll of the market bombing in Sadr City?", TODAY, None)
    p = follow_up(second, TODAY, first)
    assert (p.filters.place, p.filters.attack_type) == ("Sadr City", "ied")


# Counterexamples a reviewer found for the rules above: other wordings they must leave alone or read right.
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("attacks in Hawija, Kirkuk in 2022", {"place": "Hawija"}),  # a town and its province: one place
        ("attacks in Zakho, Duhok", {"place": "Zakho"}),
        ("all attacks in Nineveh except for one in Mosul", {"place": None, "province": "Nineveh"}),
        ("all attacks in Nineveh except those in Mosul", {"place": None, "province": "Nineveh"}),
        ("IED attacks not only in Mosul but also in Tal Afar", {"place": None, "province": None}),
        ("attacks near Mar Behnam monastery", {"date_from": None}),  # 'Mar' of a name is no March
        ("Jan Kubis on attacks in Basra", {"date_from": None}),
    ],
)
def test_counterexamples_of_places_and_bare_months(question: str, expected: dict) -> None:
    p = parse_question(question, TODAY)
    got = {"place": p.filters.place, "province": p.filters.province, "date_from": p.filters.date_from}
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("attacks in december 2022 to march", {"date_from": D(2022, 12, 1), "date_to": D(2023, 3, 31)}),
        ("did isis attack kirkuk in 2019 and later claim it", {"date_from": D(2019, 1, 1), "date_to": D(2019, 12, 31)}),
        ("h1 to h3 2022", {}),  # no third half
        ("the first three months of this year", {"date_from": D(2024, 1, 1), "date_to": D(2024, 3, 31)}),
        ("between the 5th and the 9th of last month", {"date_from": D(2023, 12, 5), "date_to": D(2023, 12, 9)}),
    ],
)
def test_counterexamples_of_periods(text: str, expected: dict) -> None:
    assert date_range(text, TODAY) == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("ISIS attacks in Kirkuk in 2022", "did any groups claim them?", {"perpetrator": "ISIS"}),
        ("IED attacks in Kirkuk in 2022", "now only shootings, and add Mosul too", {"attack_type": "shooting"}),
        ("rocket attacks on the Green Zone in 2021", "what were the worst ones?", {"intent": "list"}),
    ],
)
def test_counterexamples_of_follow_ups(first: str, second: str, expected: dict) -> None:
    p = follow_up(second, TODAY, follow_up(first, TODAY, None))
    got = {"perpetrator": p.filters.perpetrator, "attack_type": p.filters.attack_type, "intent": p.intent}
    assert {k: got[k] for k in expected} == expected
