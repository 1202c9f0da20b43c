"""A zero that names only bystanders ('No civilians were harmed', 'none of the passers-by was hurt') is no toll of an
attack on soldiers, police or fighters: their dead and wounded stay untold, as the text leaves them. After an attack
on civilians or on nobody in particular (a market, a shop) the same words are its zero. Wordings written here."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article, Incident


def _one(text: str) -> Incident:
    article = Article(doc_id="d1", text=text, title="t", published=dt.date(2023, 6, 10), source="t.txt")
    records = RuleExtractor().extract(article)
    assert len(records) == 1, records
    return records[0]


def _low(c: object) -> int | None:
    return getattr(c, "low", None)


@pytest.mark.parametrize(
    "zero",
    [
        "No civilians were harmed, police said.",
        "No civilians were hurt in the blast, a police source said.",
        "None of the passers-by was injured.",
        "No bystanders were wounded, the officer added.",
        "No residents were hurt, according to the mayor.",
        "Not a single civilian was harmed, officials said.",
    ],
)
@pytest.mark.parametrize(
    ("attack", "figures_told"),
    [
        ("A roadside bomb exploded near a police patrol in Baiji on Friday.", (None, None)),
        ("Mortar rounds struck an army post near Tuz Khurmatu on Friday, wounding two soldiers.", (None, 2)),
        ("Gunmen attacked a PMF checkpoint near Samarra on Friday, killing one fighter.", (1, None)),
    ],
)
def test_bystanders_unhurt_leave_an_armed_targets_toll_untold(
    attack: str, figures_told: tuple[int | None, int | None], zero: str
) -> None:
    inc = _one(f"Attack in Salahuddin\n\nSalahuddin, 10 June 2023 - {attack} {zero}")
    assert (_low(inc.killed), _low(inc.wounded)) == figures_told


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded in a market in Tuz Khurmatu on Friday. No civilians were hurt, police said.",
        "A sound bomb went off outside a shop in Baiji on Friday. None of the passers-by was injured.",
    ],
)
def test_bystanders_unhurt_is_the_zero_of_an_attack_on_no_armed_target(text: str) -> None:
    inc = _one(f"Blast\n\nSalahuddin, 10 June 2023 - {text}")
    assert (_low(inc.killed), _low(inc.wounded)) == (0, 0)


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Gunmen killed two policemen at a checkpoint in Baiji on Friday; no civilians were hurt.", (2, None)),
        (
            "A Turkish drone strike wounded three PKK fighters near Sinjar on Friday, but no civilians were harmed.",
            (None, 3),
        ),
        # an attack on civilians: the shoppers around the victim are its zero
        ("A trader was shot dead in the market of Baiji on Friday; none of the shoppers around him was hurt.", (1, 0)),
        # a zero naming everyone is still a zero beside the figure told
        ("Gunmen killed two policemen at a checkpoint in Baiji on Friday; no one else was hurt.", (2, 0)),
    ],
)
def test_in_one_sentence_a_bystander_zero_is_the_toll_only_of_an_attack_on_civilians(
    sentence: str, told: tuple[int | None, int | None]
) -> None:
    inc = _one(f"Attack\n\nSalahuddin, 10 June 2023 - {sentence}")
    assert (_low(inc.killed), _low(inc.wounded)) == told
