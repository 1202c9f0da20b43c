"""Question filters of the classes the dev part of realworld9 found (new wordings, none copied from the set): 'so
far this year' sets no end, a site of a force as the thing hit ('coalition targets', 'US base attacks'), a state
force named before its one attack ('the border guard shooting'), 'the Hashed', a short place written with its
article ('Al-Hay') or before the force hit ('Al-Riyadh Federal Police point attack'), 'Bani Saad' for Khan Bani
Saad, and follow-ups that name the attacker of 'those' or drop several filters at once. Negative rows must not
trigger the class."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answering.question import read_turn
from assistant.evaluation.realworld import parsed_filters
from assistant.language import gazetteer
from assistant.language.vocab import actor_group

N = dt.date(2025, 12, 1)


@pytest.mark.parametrize(
    ("question", "today", "date_from", "date_to"),
    [
        ("Kirkuk attacks so far this year", dt.date(2021, 5, 3), "2021-01-01", None),
        ("IS attacks in Anbar this year so far", dt.date(2020, 9, 9), "2020-01-01", None),
        ("how many bombings thus far this year in Basra?", dt.date(2022, 2, 14), "2022-01-01", None),
        # negative rows: 'this year' alone, the month or quarter so far, YTD keep their end
        ("Diyala this year", dt.date(2021, 5, 3), "2021-01-01", "2021-12-31"),
        ("Kirkuk so far this month", dt.date(2021, 5, 3), "2021-05-01", "2021-05-31"),
        ("YTD IED incidents in Nineveh", dt.date(2021, 5, 3), "2021-01-01", "2021-12-31"),
    ],
)
def test_so_far_this_year_is_open(question: str, today: dt.date, date_from: str, date_to: str | None) -> None:
    """Class: 'so far this year' states only the year's start; no end is written."""
    f = parsed_filters(question, today)
    assert (f["date_from"], f["date_to"]) == (date_from, date_to)


@pytest.mark.parametrize(
    ("question", "perpetrator", "target"),
    [
        ("attacks on coalition targets in 2021", None, "US forces"),
        ("coalition convoy bombings in Q2 2021", None, "US forces"),
        ("US base attacks, 2023", None, "US forces"),
        ("who hit the Hashed near Tikrit in 2020?", None, "PMU"),
        ("how many Hashed fighters died in 2022?", None, "PMU"),
        ("Sinjar border guard shooting, May 2023 - how many hurt?", None, "security forces"),
        ("the Tarmiyah army ambush, June 2020: soldiers killed?", None, "army"),
        ("Tuz Peshmerga point attack, 3 May 2021: any dead?", None, "Peshmerga"),
        # negative rows: the force is the one acting, or the attacks are the group's own
        ("attacks by the Hashed in 2020", "PMU", None),
        ("security forces shooting at protesters in Basra", "security forces", "civilians"),
        ("coalition air strikes in 2019", "US forces", None),
        ("attacks by coalition convoys", "US forces", None),
    ],
)
def test_targets_named_by_site_or_attack(question: str, perpetrator: str | None, target: str | None) -> None:
    """Class: a force's site ('coalition targets', 'US base attacks') or a state force named before its one attack
    ('the border guard shooting') is what was hit; 'the Hashed' is the PMU."""
    f = parsed_filters(question, N)
    assert (actor_group(f["perpetrator"]), actor_group(f["target"])) == (
        actor_group(perpetrator),
        actor_group(target),
    )


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("Al-Hay shopkeeper shot in March 2023: how many hurt?", "Hay"),
        ("Al-Riyadh Federal Police checkpoint attack, 2 May 2021: any dead?", "Riyadh"),
        ("Al-Zab Peshmerga post attack, June 2022 - wounded?", "Zab"),
        ("How many were killed in the bombing in Bani Saad on 3 June 2020?", "Bani Saad"),
        ("attacks in Khan Bani Saad in 2019", "Bani Saad"),
    ],
)
def test_short_or_unlisted_place_names(question: str, place: str) -> None:
    """Class: a short name written with its article ('Al-Hay'), a name typed before the force hit ('Al-Riyadh
    Federal Police ...'), and 'Bani Saad' for Khan Bani Saad are the place asked about."""
    got = parsed_filters(question, N)["place"]
    assert got is not None
    a, b = gazetteer.lookup(got, wide=True), gazetteer.lookup(place, wide=True)
    assert place.lower() in got.lower() or (a is not None and a == b)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("a bomb in Al-Hay on Monday", True),
        ("Al-Hay market", True),
        # negative rows: a short word without the article and outside a place phrase is no place
        ("Hay fields burned", False),
        ("Hit by a bomb", False),
    ],
)
def test_short_name_with_article(text: str, found: bool) -> None:
    """Class: the article written with a short name ('Al-Hay') makes it a place without a location word."""
    assert bool(gazetteer.find_places(text)) is found


@pytest.mark.parametrize(
    ("first", "second", "perpetrator", "target"),
    [
        (
            "shootings of protesters in Basra",
            "how many of those were the security forces?",
            "security forces",
            "civilians",
        ),
        ("attacks on civilians in Diyala in 2021", "which of them were ISIS?", "ISIS", "civilians"),
        # negative row: 'those were on X' names who was hit
        ("IS attacks in Kirkuk in 2021", "how many of those were on the police?", "ISIS", "police"),
    ],
)
def test_of_those_were_names_the_attacker(first: str, second: str, perpetrator: str, target: str) -> None:
    """Class: 'how many of those were <actor>?' after a listing asks whose attacks they were."""
    previous, _ = read_turn(first, N, None)
    parsed, _ = read_turn(second, N, previous)
    assert (parsed.filters.perpetrator, parsed.target) == (perpetrator, target)


@pytest.mark.parametrize(
    ("second", "province", "dated"),
    [
        ("forget the year and the province, IS ones only", None, False),
        ("drop the date and the place", None, False),
        ("drop the province, the year filter", None, False),
        # negative row: one filter dropped, the other kept
        ("forget the year", "Diyala", False),
    ],
)
def test_several_filters_dropped(second: str, province: str | None, dated: bool) -> None:
    """Class: a follow-up that drops two filters in one breath ('forget the year and the province') drops both."""
    previous, _ = read_turn("IS attacks in Diyala province in 2021", N, None)
    parsed, _ = read_turn(second, N, previous)
    assert parsed.filters.province == province
    assert (parsed.filters.date_from is not None) is dated
