"""Comparisons and superlatives answered by code from the incident records (seeds, rule extraction, fake model)."""

from __future__ import annotations

import pytest

from assistant.answering.compare import read_comparison, read_superlative
from assistant.desk import Desk
from assistant.models.fakes import FakeLLM
from assistant.settings import Settings

from conftest import fake_desk


@pytest.mark.parametrize(
    ("question", "measure", "first", "second"),
    [
        ("Which was deadlier, the ambush near Makhmour or the ambush east of Tikrit?", "killed", "Makhmour", "Tikrit"),
        ("Did the Dujail attack kill more people than the mortar attack on Kola Jawi?", "killed", "Dujail", "Kola"),
        ("Which left more wounded: the Makhmour ambush or the Tikrit ambush?", "wounded", "Makhmour", "Tikrit"),
        ("Were more people injured in Tarmiya than in Dujail?", "wounded", "Tarmiya", "Dujail"),
        ("Baghdad bombing or Tikrit ambush, which had the higher death toll?", "killed", "Baghdad", "Tikrit"),
        ("the police assault near Kirkuk vs the Tarmiya bomb: which was bloodier?", "killed", "Kirkuk", "Tarmiya"),
        ("Was the Tikrit ambush worse than the Makhmour one?", "killed", "Tikrit", "Makhmour"),
        ("Which of the Baiji bombing and the Tuz ambush killed more?", "killed", "Baiji", "Tuz"),
        ("Between the raid in Hit and the mortar fire on Rutba, which wounded more people?", "wounded", "Hit", "Rutba"),
        ("The Hawija ambush compared with the Daquq IED: which one killed more?", "killed", "Hawija", "Daquq"),
        ("More WIA in Baiji or in Samarra?", "wounded", "Baiji", "Samarra"),
        ("Compare the death tolls of the Hawija ambush and the Daquq IED", "killed", "Hawija", "Daquq"),
    ],
)
def test_comparison_questions_are_read_into_two_sides(question: str, measure: str, first: str, second: str) -> None:
    sides = read_comparison(question)
    assert sides is not None and sides.measure == measure
    assert first in sides.first and second in sides.second and second not in sides.first


@pytest.mark.parametrize(
    "question",
    [
        "How many people were killed in the Tikrit ambush?",
        "Who carried out the ambush near Makhmour or Tikrit?",  # no comparison word
        "Was the attack claimed by ISIS or by another group?",
    ],
)
def test_other_questions_are_no_comparison(question: str) -> None:
    assert read_comparison(question) is None


def test_superlatives_are_read_and_pairs_are_not() -> None:
    assert read_superlative("What was the deadliest attack in 2021?") == "killed"
    assert read_superlative("Which attack wounded the most people near Kirkuk?") == "wounded"
    assert read_superlative("Which was deadliest, Tikrit or Makhmour?") is None  # two sides: a comparison
    assert read_superlative("How many people were killed near Kirkuk?") is None


def _desk(settings: Settings, seeds) -> tuple[Desk, FakeLLM]:  # type: ignore[no-untyped-def]
    d, llm = fake_desk(settings, ['{"claims": []}'])
    assert d.ingest([seeds]).count("added") == 5
    llm.calls.clear()
    return d, llm


def test_which_was_deadlier_is_answered_from_both_records_without_the_model(settings: Settings, seeds) -> None:  # type: ignore[no-untyped-def]
    """The winner leads, both tolls are stated and each side cites a verbatim quote; the model is never asked."""
    d, llm = _desk(settings, seeds)
    for q in (
        "Which was deadlier, the ambush near Makhmour or the ambush east of Tikrit?",
        "Which was deadlier, the ambush east of Tikrit or the ambush near Makhmour?",
    ):
        a = d.ask(q)
        first = a.text.split("\n")[0]
        assert a.model == "incident records" and not a.abstained
        assert first.index("Tikrit") < first.index("Makhmour") and "11" in first and "6" in first
        docs = {c.doc_id for c in a.claims[0].citations}
        assert len(docs) == 2  # one quote from each article
        for c in a.sources:
            art = d.store.article(c.doc_id)
            assert art is not None and art.text[c.start : c.end] == c.quote
    assert llm.calls == []


def test_each_side_is_named_as_the_user_named_it_beside_its_record(settings: Settings, seeds) -> None:  # type: ignore[no-untyped-def]
    """'the Kola Jawi mortar' and 'the outpost attack near Kirkuk' appear as typed, each with the record it matched."""
    d, _ = _desk(settings, seeds)
    a = d.ask("Which of the Kola Jawi mortar and the outpost attack near Kirkuk last month killed more?")
    first = a.text.split("\n")[0]
    assert first.startswith("The outpost attack near Kirkuk last month (") and "the Kola Jawi mortar (" in first


def test_a_comparison_the_records_cannot_settle_is_never_a_listing(settings: Settings, seeds) -> None:  # type: ignore[no-untyped-def]
    d, llm = _desk(settings, seeds)
    a = d.ask("More WIA in the Dujail attack or the Kola Jawi mortar?")  # Dujail's wounded are not given
    assert a.model != "incident records" and len(llm.calls) == 1


def test_yes_no_comparison_says_no_when_the_second_side_had_more(settings: Settings, seeds) -> None:  # type: ignore[no-untyped-def]
    d, _ = _desk(settings, seeds)
    a = d.ask("Did the Tarmiya bomb kill more people than the ambush east of Tikrit?")
    assert a.text.startswith("No.") and a.text.index("Tikrit") < a.text.index("Tarmiya")
    a = d.ask("Did the ambush east of Tikrit kill more people than the Tarmiya bomb?")
    assert a.text.startswith("Yes.")


def test_a_side_without_a_record_goes_to_the_article_text(settings: Settings, seeds) -> None:  # type: ignore[no-untyped-def]
    """No record for Basra: the code does not guess, the passages path answers (here the fake model)."""
    d, llm = _desk(settings, seeds)
    a = d.ask("Which was deadlier, the attack in Basra or the ambush east of Tikrit?")
    assert a.model != "incident records" and len(llm.calls) == 1


def test_deadliest_in_a_period_is_the_top_record_of_its_filters(settings: Settings, seeds) -> None:  # type: ignore[no-untyped-def]
    d, llm = _desk(settings, seeds)
    a = d.ask("What was the deadliest attack in 2021?")
    assert a.model == "incident records" and "Baghdad" in a.text.split("\n")[0] and "32" in a.text
    a = d.ask("Which attack in 2022 wounded the most people?")
    assert "Tarmiya" in a.text.split("\n")[0]
    assert llm.calls == []


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("Did the Hit raid wound more people than the Rutba shelling?", "the Hit raid", "the Rutba shelling"),
        ("the Baiji ambush or the Tuz bombing, more killed?", "the Baiji ambush", "the Tuz bombing"),
        ("Were more people killed in the Hit raid than in the Rutba shelling?", "the Hit raid", "the Rutba shelling"),
    ],
)
def test_a_side_never_carries_the_comparisons_own_words(question: str, first: str, second: str) -> None:
    """A side is named back to the user as written: 'the Hit raid', never 'the Hit raid wound more people'."""
    sides = read_comparison(question)
    assert sides is not None and (sides.first, sides.second) == (first, second)
