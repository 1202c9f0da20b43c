"""Review 29: 'death' as a modifier and 'the worst since' are no toll and no tally; executions and kidnapping
charges are no attack."""

from __future__ import annotations

import pytest

from assistant.corpus.read import RawRecord, to_article
from assistant.incidents.patterns import figures
from assistant.incidents.rules import RuleExtractor

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


# --- attack events: a sentence carried out and a charge of kidnapping are no attack


def _records(text: str) -> list:
    return RuleExtractor().extract(to_article(RawRecord(source="x.txt", text=text, published="2021-05-03")))


@pytest.mark.parametrize(
    "text",
    [
        "NASIRIYAH, Iraq, 3 May 2021 - Iraq executed 21 men convicted of terrorism at Nasiriyah prison on Monday, "
        "the justice ministry said.",
        "BAGHDAD, 3 May 2021 - Police in Baghdad arrested a gang charged with kidnapping a businessman in the "
        "Mansour district last month.",
        "KIRKUK, 3 May 2021 - Police arrested two men involved in kidnapping the son of a local merchant in Kirkuk, "
        "a police source said on Monday.",
        "MOSUL, 3 May 2021 - A bus overturned on the road near Mosul on Monday, killing four passengers, police said.",
    ],
)
def test_no_attack_record(text: str) -> None:
    assert _records(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "HAWIJA, 3 May 2021 - IS militants executed two shepherds near Hawija on Monday, police said.",
        "DIYALA, 3 May 2021 - IS fighters raided a farmhouse near Khalis on Monday, kidnapping a member of the family.",
        "KIRKUK, 3 May 2021 - Gunmen shot two policemen outside the court in Kirkuk on Monday, a source said.",
        "ANBAR, 3 May 2021 - An army vehicle overturned after hitting a roadside bomb near Ramadi on Monday, killing "
        "two soldiers.",
    ],
)
def test_attack_record_kept(text: str) -> None:
    assert len(_records(text)) == 1
