"""Casualty and record wordings of the eighth blind set's classes (new wordings, none copied from the set)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.patterns import figures
from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article


def _n(count):
    return None if count is None else count.low


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        # killed told by what happened to the body, or by a field naming the victim
        ("a guard was blown to pieces by the charge and three others were taken to Kut hospital.", 1, 3),
        ("A shepherd was fatally shot and his nephew was hurt.", 1, 1),
        ("Dead: the mukhtar; a neighbour wounded.", 1, 1),
        ("masked men stormed the orchard and executed a farmer and his brother.", 2, None),
        ("the clinic recorded one death and 37 injuries.", 1, 37),
        # wounded told by what happened to the body
        ("a corporal was grazed by a bullet.", None, 1),
        ("the baker's son needed stitches after the blast.", None, 1),
        ("his cousin took a round in the thigh.", None, 1),
        ("the candidate survived with burns to his face.", None, 1),
        ("an officer at the nearby checkpoint was injured by shrapnel.", None, 1),
        ("four fighters fell as martyrs while two others were hit.", 4, 2),
    ],
)
def test_body_wordings(text: str, killed: int | None, wounded: int | None) -> None:
    """Class: killed / wounded told by the victim's body or a terse field, not by 'killed' / 'wounded' + a number."""
    k, w = figures(text)
    assert (_n(k), _n(w)) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("the attack was casualty-free.", 0, 0),
        ("nobody required medical treatment.", 0, 0),
        ("the rocket did not cause any injury or death.", 0, 0),
        ("it left zero human casualties.", 0, 0),
        ("no guards or workers were harmed.", 0, 0),
        ("the blast damaged the gate, harming no civilians.", 0, 0),
        ("the car was empty and no one was near it.", 0, 0),
        ("the strike happened without loss of life or injury.", 0, 0),
        ("nobody aboard died, but four passengers were injured.", 0, 4),
        ("No one lost their life; a porter was wounded in the hand.", 0, 1),
        ("the shell killed nobody, but a boy needed stitches.", 0, 1),
        ("there was no fatality and a watchman was hurt.", 0, 1),
        ("no one was martyred, and three guards were injured.", 0, 3),
        ("a driver was shot dead; none of the passengers was touched.", 1, 0),
    ],
)
def test_none_wordings(text: str, killed: int | None, wounded: int | None) -> None:
    """Class: zero told in new words ('casualty-free', 'nobody needed treatment', 'killed nobody', 'no fatality')."""
    k, w = figures(text)
    assert (_n(k), _n(w)) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Officials raised the death toll to six and gave the number of injured as 20.", 6, 20),
        ("A first toll, two dead, was later corrected: four dead and nine injured.", 4, 9),
        ("the dead are five, the injured eleven.", 5, 11),
        ("Three nights on, gunmen killed a teacher.", 1, None),
        ("Six camel traders on the road to Rutba were killed.", 6, None),
    ],
)
def test_revised_and_counted(text: str, killed: int | None, wounded: int | None) -> None:
    """Class: revised tolls ('was corrected: ...', 'gave the number of injured as N', 'the dead are N'), a duration
    ('Three nights on') and a trade named after livestock ('camel traders') that are no figure / a figure."""
    k, w = figures(text)
    assert (_n(k), _n(w)) == (killed, wounded)


@pytest.mark.parametrize(
    "text",
    [
        "We found no record of 15 deaths in the town.",
        "The figure of 30 dead is not supported by any hospital.",
        "UNAMI has documented 90 deaths and more than 2,000 injuries since 1 October.",
    ],
)
def test_denied_or_running_tolls(text: str) -> None:
    """Class: a toll a fact check denies, or a running tally since a date: no figure of an attack."""
    k, w = figures(text)
    assert k is None and w is None


def _records(text: str, day: dt.date = dt.date(2023, 3, 10)):
    return RuleExtractor().extract(Article(doc_id="t8", title="", source="", text=text, published=day))


def test_fact_check_takes_found_facts() -> None:
    """Class: a fact check's CLAIM line is no record and its toll is not taken; what the checkers found is."""
    text = (
        "FACT CHECK | Desk | 10 March 2023\n"
        'CLAIM: "Militants killed 25 villagers near Khalis" (viral post).\n'
        "VERDICT: FALSE\n"
        "WHAT WE FOUND: On 6 March 2023 gunmen shot dead two farmers near Khalis, Diyala. "
        "We found no record of 25 deaths."
    )
    recs = _records(text)
    assert len(recs) == 1
    assert _n(recs[0].killed) == 2


@pytest.mark.parametrize(
    "text",
    [
        "HILLA, 4 May 2022 - A minibus overturned on the Hilla-Najaf road, killing three and injuring 12.",
        "BASRA, 4 May 2022 - The roof of a market partly collapsed in central Basra, injuring seven shoppers.",
        "KUT, 4 May 2022 - Twenty people were taken to hospital after an ammonia leak at a factory in Kut.",
    ],
)
def test_accidents_give_no_record(text: str) -> None:
    """Class: a vehicle that overturned, a structure that collapsed, a chemical leak: harm with no attack."""
    assert _records(text, dt.date(2022, 5, 4)) == []


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2022, gunmen seized two herders near Rutba, Anbar.",
        "On 3 May 2022, IS fighters raided a village near Hit, kidnapping a teacher.",
        "On 3 May 2022, armed men executed a shepherd and his son near Tarmiyah.",
        "On 3 May 2022, a mortar round fell outside the gate of a base near Baiji.",
    ],
)
def test_attacks_without_the_usual_verbs(text: str) -> None:
    """Class: attacks told by 'seized', 'kidnapping ...', 'executed', 'fell outside': each one record."""
    assert len(_records(text, dt.date(2022, 5, 6))) == 1
