"""Review 29: 'death' as a modifier, and 'the worst since', are no toll and no tally."""

from __future__ import annotations

import pytest

from assistant.incidents.patterns import figures

# --- figures: 'death' after a number is a toll only where it is one death


@pytest.mark.parametrize(
    "sentence",
    [
        "The court issued 11 death sentences against ISIS members.",
        "Two death squads roamed the district.",
        "He said he had received three death threats this year.",
        "The criminal court handed down 12 death penalties on Sunday.",
    ],
)
def test_death_as_a_modifier_is_no_toll(sentence: str) -> None:
    assert figures(sentence)[0] is None


def test_one_death_and_injuries_still_counted() -> None:
    killed, wounded = figures("The directorate recorded one death and 192 injuries.")
    assert killed is not None and killed.low == 1
    assert wounded is not None and wounded.low == 192


# --- figures: 'the worst since ...' is no running tally


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("Police registered five dead and 14 wounded, the deadliest attack in the city since 2017.", 5, 14),
        ("Hospital sources recorded 3 killed and 7 wounded in the bombing, the worst since May.", 3, 7),
        ("The blast caused one death and 12 injuries, the worst attack since 2019.", 1, 12),
        ("Medics counted four dead, the highest toll in the town since the 2017 offensive.", 4, None),
    ],
)
def test_worst_since_keeps_the_figures(sentence: str, killed: int | None, wounded: int | None) -> None:
    k, w = figures(sentence)
    assert (k.low if k else None) == killed
    assert (w.low if w else None) == wounded


def test_running_tally_still_no_figure() -> None:
    assert figures(
        "UNAMI has documented 424 deaths and more than 8,700 injuries among protesters since 1 October."
    ) == (
        None,
        None,
    )
