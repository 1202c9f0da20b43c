"""The one vocabulary: a question and the record it should find read the same attack type, actors and months."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answering.question import parse_question
from assistant.corpus.read import RawRecord, to_article
from assistant.incidents.rules import RuleExtractor
from assistant.language.vocab import (
    ACTORS,
    MONTHS,
    NAME_ALIASES,
    attack_type_in,
    attack_type_named,
    canonical_actor,
    month_number,
    name_key,
)

TODAY = dt.date(2024, 1, 1)

# (how a report words the attack, how a user asks about it, the one type both must read)
WORDINGS = [
    ("an IED ambush on an army patrol killed three soldiers", "IED ambushes near Kirkuk", "ied"),
    ("a roadside bomb ambush killed two policemen", "roadside bomb ambushes in 2022", "ied"),
    ("a suicide car bomb killed five people", "suicide car bombings in Baghdad", "suicide"),
    ("a suicide bomber blew himself up at a checkpoint, killing four", "suicide bombers in Diyala", "suicide"),
    ("militants ambushed a convoy and killed six fighters", "ambushes near Tikrit", "ambush"),
    ("rockets hit the base, killing one contractor", "rocket attacks on bases in Anbar", "mortar_rocket"),
    ("mortar shelling of the village killed two farmers", "mortar shelling near Tuz Khurmatu", "mortar_rocket"),
    ("an airstrike killed 12 militants in the Hamrin mountains", "airstrikes in Salahuddin", "airstrike_operation"),
    ("gunmen kidnapped and killed a shepherd", "kidnappings near Rutba", "kidnapping"),
    ("gunmen opened fire on a checkpoint, killing two", "shootings near Mosul", "shooting"),
    ("a sniper shot and killed a policeman", "sniper attacks in Kirkuk", "shooting"),
    ("a car bomb exploded in the market, killing 9", "car bombs in Sadr City", "ied"),
]


@pytest.mark.parametrize(("report", "question", "kind"), WORDINGS, ids=[w[2] + ":" + w[1] for w in WORDINGS])
def test_question_and_record_read_one_attack_type(report: str, question: str, kind: str) -> None:
    """The attack type a question names is the type the record of the same wording gets."""
    assert attack_type_named(question) == kind
    assert attack_type_in(report) == kind
    assert parse_question(question, TODAY).filters.attack_type == kind


def test_ied_ambushes_question_finds_the_ied_ambush_record() -> None:
    """'IED ambushes near X' was `ambush` in the question and `ied` in the record, so the listing missed it."""
    article = to_article(
        RawRecord(
            source="kirkuk.txt",
            text="Kirkuk, 2022-05-02\n\nAn IED ambush on an army patrol near Kirkuk killed three soldiers on Sunday.",
            published="2022-05-02",
        )
    )
    (record,) = RuleExtractor().extract(article)
    asked = parse_question("IED ambushes near Kirkuk in 2022", TODAY).filters
    assert record.attack_type == asked.attack_type == "ied"


def test_report_cues_do_not_type_a_question() -> None:
    """Words that only hint at a type in a report ('assault', 'light weapons') do not narrow a question."""
    assert attack_type_in("militants launched an assault with light weapons, killing two") == "shooting"
    assert attack_type_named("how many assaults were there near Kirkuk?") is None
    assert parse_question("list assaults near Kirkuk", TODAY).filters.attack_type is None


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Hashd al-Shaabi", "PMU"),
        ("Popular Mobilisation Forces", "PMU"),
        ("Daesh", "ISIS"),
        ("the Islamic State", "ISIS"),
        ("IS claimed it", "ISIS"),
        ("federal police", "police"),
        ("Kurdish forces", "Peshmerga"),
        ("unidentified gunmen", "unknown"),
    ],
)
def test_actor_names_map_to_one_canonical_actor(text: str, actor: str) -> None:
    """Each way of naming an actor maps to its one canonical name; 'is' the verb names nobody."""
    assert canonical_actor(text) == actor
    assert canonical_actor("this is a report") is None


def test_name_aliases_name_known_actors() -> None:
    """Every alias group of the claim checker is a group the actor table knows."""
    for group in NAME_ALIASES:
        assert {canonical_actor(w) for w in group if canonical_actor(w)} <= set(ACTORS)
        assert any(canonical_actor(w) for w in group)


@pytest.mark.parametrize("name", [*MONTHS, *(m[:3] for m in MONTHS), "Sept.", "sept", "SEPTEMBER"])
def test_every_month_spelling_has_its_number(name: str) -> None:
    """Full names, abbreviations and 'Sept.' in any case give the month's number."""
    assert MONTHS[month_number(name) - 1].lower().startswith(name[:3].lower())


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Makhmour", "Makhmur"),
        ("al-Maliki", "Maliki"),
        ("Qayyarah", "Al-Qayyarah"),
        ("Hashd al-Sha\u2019abi", "Hashd Shaabi"),
    ],
)
def test_name_key_ignores_spelling(a: str, b: str) -> None:
    """Spelling variants of one name share a key; different names do not."""
    assert name_key(a) == name_key(b)
    assert name_key(a) != name_key("Kirkuk")
