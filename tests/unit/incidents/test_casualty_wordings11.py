"""Casualty wordings (realworld11 classes, wordings written here, none copied): a bare victim noun in a terse note
('Officer injured.', '..., shop worker injured', 'the driver, a Hashd member, injured') is one wounded; 'no one hurt'
without a verb is no casualties; 'killed one and wounded four' is one dead; machine-translated 'the martyrdom of an
element of the army' is one dead; a hospital that 'received the body of a citizen' counts one dead; a victim told
again with a relative clause and then 'has died of his wounds' is one dead. Negative rows keep what must not change."""

from __future__ import annotations

import pytest

from assistant.incidents.patterns import figures


def _k_w(text: str) -> tuple[int | None, int | None]:
    k, w = figures(text)
    return (k.low if k is not None else None, w.low if w is not None else None)


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Sticky bomb under a judge's car in Karrada at 8am. Judge injured.", 1),
        ("Grenade thrown at a mobile shop in Basra, shop owner wounded", 1),
        ("IED hit a patrol near Tikrit; the driver, a police sergeant, wounded.", 1),
        ("Gunfire at a checkpoint in Hawija, guard hurt; attackers fled.", 1),
        ("Bomb under a car in Kirkuk; the owner, an oil engineer, injured.", 1),
        # negative rows: plural nouns, negated nouns, a noun that is not a victim
        ("Roadside bomb near Baiji; two soldiers injured.", 2),
        ("Bomb in Ramadi market, no shopkeeper injured.", 0),
    ],
)
def test_a_terse_bare_victim_noun_is_one_wounded(text: str, wounded: int) -> None:
    assert _k_w(text)[1] == wounded


@pytest.mark.parametrize(
    "text",
    [
        "gunmen fired at the house of a tribal sheikh in Diwaniya tonight, no one hurt",
        "Rocket landed in an empty field near Balad. Nobody injured.",
        "a sound bomb went off by a liquor store in Najaf, no-one harmed",
    ],
)
def test_no_one_hurt_without_a_verb_is_no_casualties(text: str) -> None:
    assert _k_w(text) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A roadside bomb on a bus in Hilla killed one and wounded six.", (1, 6)),
        ("The blast killed two and injured nine.", (2, 9)),
        ("Gunmen killed three or wounded more, police were unsure.", (3, None)),
        # negative row: 'killed two, wounded three' stays two dead
        ("Gunmen killed two, wounded three.", (2, 3)),
    ],
)
def test_killed_n_and_wounded_m(text: str, expected: tuple[int | None, int | None]) -> None:
    assert _k_w(text)[0] == expected[0]
    if expected[1] is not None:
        assert _k_w(text)[1] == expected[1]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("the martyrdom of an element of the army and the injury of two others in an IED blast in Tarmiyah", 1),
        ("sources confirmed the killing of one element of the federal police by sniper fire near Rutba", 1),
        ("Salahuddin Hospital received, at dawn, the body of a farmer who was shot in his field", 1),
        ("The forensic department received the body of a young shepherd after the attack", 1),
        ("A police officer whose patrol was ambushed near Hawija on Monday has died of his wounds", 1),
        ("The teacher who was shot outside his school on Friday has since died in hospital", 1),
        # negative rows: a body of a car, an element of surprise, a death of long ago
        ("The body of the car was torn apart by the blast, the driver survived", None),
        ("The soldier who was wounded in the 2016 battle had died years ago", None),
    ],
)
def test_one_death_in_other_words(text: str, killed: int | None) -> None:
    assert _k_w(text)[0] == killed
