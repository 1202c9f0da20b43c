"""Record classes met in realworld11 (in-sample), tested in other wordings: a revised toll told with a located place
('the toll from the blast in X, south of Y, rose to four'), the wounded told as 'are still in hospital', a past
perfect report of an earlier toll ('police had reported one dead') is superseded by a later one, a gas-cylinder blast
and a mine left from past wars are no attack, and 'tribal fighters' are the PMU."""

from __future__ import annotations

import pytest

from assistant.incidents.patterns import earlier_toll_only, figures
from assistant.incidents.rules import _HAZARD
from assistant.language.vocab import TARGET_WORDS


def _n(count):
    return None if count is None else count.low


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The toll from Friday's blast at a bus stop in Hawija, west of Kirkuk, rose to four on Sunday.", 4),
        ("The death toll from the attack on a checkpoint in Tarmiyah, north of Baghdad, has climbed to six.", 6),
        ("The toll of the bombing in Jalawla rose to five.", 5),
        # negative rows: no toll rose
        ("Prices in Hawija, west of Kirkuk, rose to four dollars.", None),
    ],
)
def test_revised_toll_with_locator(text: str, killed: int | None) -> None:
    assert _n(figures(text)[0]) == killed


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Two soldiers were killed; three others are still in hospital.", 3),
        ("One guard died and two others were still under treatment on Monday.", 2),
        ("Four civilians still remain in hospital after the blast.", 4),
        # negative rows: bodies in a hospital are no wounded
        ("The bodies of two soldiers are still in hospital.", None),
    ],
)
def test_still_in_hospital(text: str, wounded: int | None) -> None:
    assert _n(figures(text)[1]) == wounded


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("That evening, the ministry had reported two dead and four wounded.", True),
        ("On Friday the police had reported three soldiers killed.", True),
        ("Medics had counted five injured at first.", True),
        # negative rows: the toll itself, or a revision beside it
        ("Police reported two dead and four wounded.", False),
        ("The army had reported two killed, but the toll rose to five.", False),
        ("The guards had reported the car to police.", False),
    ],
)
def test_past_perfect_report_is_earlier_toll(text: str, earlier: bool) -> None:
    assert earlier_toll_only(text) is earlier


@pytest.mark.parametrize(
    ("text", "hazard"),
    [
        ("Five people were hurt in the explosion of a cooking gas cylinder in a bakery.", True),
        ("A gas canister blast in a cafe wounded three.", True),
        ("A farmer died when an old landmine went off in the desert.", True),
        ("A boy was killed by remnants of past wars near the border.", True),
        # negative rows: an attack
        ("A roadside bomb exploded near a patrol, wounding two soldiers.", False),
        ("Gunmen blew up a gas pipeline near Kirkuk.", False),
    ],
)
def test_accident_hazards(text: str, hazard: bool) -> None:
    assert (_HAZARD.search(text) is not None) is hazard


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("IS attacked a post of tribal fighters west of Haditha.", "PMU"),
        ("Two tribal Hashd members were wounded.", "PMU"),
        # negative row: a tribal dispute is no PMU
        ("A tribal elder was shot dead at his home.", None),
    ],
)
def test_tribal_fighters_are_pmu(text: str, target: str | None) -> None:
    import re

    got = next((name for name, pattern in TARGET_WORDS if re.search(pattern, text, re.I) and name == "PMU"), None)
    assert got == target
