"""A social post written all in lower case (realworld11 class, wordings written here, none copied): a place after
'in' / 'near' in lower case ('in kirkuk's azadi area') is still its place, a verbless line tells the attack ('sticky
bomb on a car in ...'), and a bare noun with an aside ('driver (a taxi driver) dead') is one killed. Negative rows: a
bomb defused or found is no attack; a capitalised sentence is read as before."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.patterns import figures
from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article, Incident


def _extract(text: str) -> list[Incident]:
    return RuleExtractor().extract(
        Article(doc_id="t11l", title="", source="", text=text, published=dt.date(2021, 9, 14))
    )


@pytest.mark.parametrize(
    ("post", "province", "killed"),
    [
        (
            "sticky bomb on a car in kirkuk's azadi area this morning. driver (a taxi driver) dead. no claim.",
            "Kirkuk",
            1,
        ),
        ("ied under a pickup near tuz khurmatu tonight. farmer dead, police say", "Salahuddin", 1),
        (
            "magnetic bomb on a truck in basra this evening, the driver, a port worker, killed. nobody claimed it",
            "Basra",
            1,
        ),
        ("grenade at a shop in the jumhuriya area of basra. owner (a father of three) dead.", "Basra", 1),
    ],
)
def test_a_lower_case_post_tells_its_attack(post: str, province: str, killed: int) -> None:
    records = _extract(f"ali k. @ali_news\n\n{post}\n\n9:12 PM · Sep 14, 2021 · Twitter for Android")
    assert len(records) == 1, [r.sources[0].quote for r in records]
    assert records[0].province == province
    assert records[0].killed is not None and records[0].killed.low == killed


@pytest.mark.parametrize(
    "post",
    [
        "sticky bomb on a car in kirkuk defused by police this morning",
        "bomb found under a car near tuz khurmatu tonight, army engineers removed it",
        "magnetic bomb under a truck in basra, found and made safe by the army",
    ],
)
def test_a_bomb_made_safe_is_no_attack(post: str) -> None:
    assert _extract(f"ali k. @ali_news\n\n{post}\n\n9:12 PM · Sep 14, 2021 · Twitter for Android") == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("driver (a school teacher) dead.", 1),
        ("Shop owner, a father of four, killed.", 1),
        ("The bomb hit the car. Its driver (a taxi driver) dead; passenger hurt.", 1),
        ("two soldiers dead.", 2),
    ],
)
def test_a_bare_noun_dead_is_one_killed(text: str, killed: int) -> None:
    k, _ = figures(text)
    assert k is not None and k.low == killed


@pytest.mark.parametrize("text", ["The soldier killed a gunman.", "The driver escaped, the car dead in the road"])
def test_no_victim_dead(text: str) -> None:
    k, _ = figures(text)
    assert k is None or k.low == 0
