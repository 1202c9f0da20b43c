"""Casualty wordings of real outlets' copy (realworld9 dev classes), new sentences, not the set's: a victim named by
any of the roles news reports use ('killed a returnee', 'shot dead a preacher'), what hit a victim is no count of
victims ('hit by two bullets'), a month's day is no figure ('April 24 (INA) - ...'), 'no reported casualties' and
'no losses' rule out both, and an earlier toll told after the real one in the same sentence does not count."""

from __future__ import annotations

import pytest

from assistant.incidents.patterns import figures


def _n(count):
    return None if count is None else count.low


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Unknown gunmen killed a displaced returnee near Baaj on Sunday.", 1, None),
        ("Gunmen shot dead an elderly imam outside a mosque in Hawija.", 1, None),
        ("A sniper killed a teenager and wounded a pensioner in Tarmiyah.", 1, 1),
        ("The blast killed a fruit seller in the market.", 1, None),
        ("Militants shot and wounded a local journalist's cameraman in Kirkuk.", None, 1),
        ("A roadside bomb wounded a UN aid worker near Sinjar.", None, 1),
        ("Gunmen killed a Christian pharmacist in Mosul.", 1, None),
        # negative rows: no person
        ("A drone struck a warehouse used by the brigade.", None, None),
        ("Gunmen killed a sheep herd near the village.", None, None),
    ],
)
def test_victims_named_by_role(text: str, killed: int | None, wounded: int | None) -> None:
    k, w = figures(text)
    assert (_n(k), _n(w)) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("The guard was hit by three bullets and was taken to hospital.", 1),
        ("A policeman was struck by two rounds in the leg.", 1),
        ("Two soldiers were wounded by four shells fired at the post.", 2),
        ("The driver was hit by a stray bullet.", 1),
        ("A local source told 964 that the guard was hit by three bullets.", 1),
    ],
)
def test_what_hit_the_victim_is_no_count(text: str, wounded: int) -> None:
    assert _n(figures(text)[1]) == wounded


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Kirkuk, March 14 (INA) - A member of the tribal Hashd was wounded in an IED blast.", 1),
        ("Erbil, Sept. 9 (Reuters) - A Peshmerga fighter was wounded by sniper fire.", 1),
        ("On Nov 21 three farmers were wounded by a mine.", 3),
    ],
)
def test_a_day_of_a_month_is_no_figure(text: str, wounded: int) -> None:
    assert _n(figures(text)[1]) == wounded


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("There were no reported casualties in the explosion.", 0, 0),
        ("The ministry said the strike caused damage, adding that there were no losses.", 0, 0),
        ("The attack was repelled with no casualties among the defenders.", 0, 0),
        # negative rows: material losses only, or losses of equipment
        ("The fire caused no material losses to the farm.", None, None),
        ("There were no losses of equipment, the company said.", None, None),
    ],
)
def test_no_reported_casualties_and_no_losses(text: str, killed: int | None, wounded: int | None) -> None:
    k, w = figures(text)
    assert (_n(k), _n(w)) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "A bomb killed a shopkeeper and injured a customer, police said, after earlier reports had spoken of three "
            "dead.",
            1,
            1,
        ),
        ("The blast killed two soldiers, the army said, while initial figures put the dead at five.", 2, None),
        ("Gunmen killed one policeman and wounded two, though early accounts had mentioned four dead.", 1, 2),
    ],
)
def test_an_earlier_toll_in_the_same_sentence_does_not_count(text: str, killed: int, wounded: int | None) -> None:
    k, w = figures(text)
    assert (_n(k), _n(w)) == (killed, wounded)
