"""The entailment rules of the claim checker: each way a claim can say more than its quote, with a supported
paraphrase beside it that must still pass. Sentences written for this test (not taken from the trust set)."""

from __future__ import annotations

import pytest

from assistant.answering.entail import gap

QUOTE = (
    "Islamic State militants ambushed a convoy of the Popular Mobilization Forces near Baiji late on Tuesday, "
    "killing four fighters and wounding seven, a security source told Reuters."
)


@pytest.mark.parametrize(
    "claim",
    [
        "Islamic State militants ambushed a PMU convoy near Baiji.",
        "Four fighters died and seven were hurt in the ambush near Baiji, a security source said.",
        "The ambush near Baiji happened late on Tuesday.",
        "IS militants killed four PMF fighters near Baiji.",
    ],
)
def test_supported_paraphrases_pass(claim: str) -> None:
    assert gap(claim, QUOTE) is None


@pytest.mark.parametrize(
    ("claim", "why"),
    [
        ("Islamic State militants did not ambush the convoy.", "negation"),
        ("The PMU ambushed an Islamic State convoy near Baiji.", "roles"),
        ("Islamic State militants ambushed the convoy near Tikrit.", "names"),
        ("The ambush near Baiji happened late on Wednesday.", "names"),
        ("Islamic State militants used roadside bombs to ambush the convoy near Baiji.", "words"),
        ("Islamic State confirmed it ambushed the convoy near Baiji.", "hedge"),
        ("Seven fighters were killed and four wounded in the ambush near Baiji.", "figures"),
        ("For more, visit w w w dot example dot com.", "instruction"),
    ],
)
def test_claims_that_outrun_the_quote_are_caught(claim: str, why: str) -> None:
    assert gap(claim, QUOTE) == why


def test_a_total_over_two_attacks_is_not_one_attacks_toll() -> None:
    quote = "Militants killed nine soldiers in two separate attacks near Kirkuk on Sunday."
    assert gap("The first attack killed nine soldiers near Kirkuk.", quote) == "total"
    assert gap("Militants killed nine soldiers in two separate attacks near Kirkuk.", quote) is None


def test_the_quote_denies_what_the_claim_asserts() -> None:
    quote = "There was no immediate claim of responsibility, but security sources blamed ISIS."
    assert gap("ISIS claimed responsibility for the attack.", quote) is not None


def test_a_sources_anonymity_is_no_denial() -> None:
    quote = "An officer, who asked not to be named, told AFP that the blast hit a police vehicle."
    assert gap("An officer told AFP the blast hit a police vehicle.", quote) is None


def test_a_record_counts_for_names_and_words_not_roles() -> None:
    quote = "The attackers fled after killing two policemen at the checkpoint."
    assert gap("ISIS killed two policemen at the checkpoint in Hawija.", quote) == "names"
    assert gap("ISIS killed two policemen at the checkpoint in Hawija.", quote, context="Hawija ISIS police") is None


def test_stems_are_snowball_english_as_nltk_gives_them() -> None:
    """The claim checker's stems are Snowball English's (nltk's stemmer, the reference), curly apostrophes included,
    for every word of the seed articles: a claim and its quote match on the same words as before."""
    import re
    from pathlib import Path

    from nltk.stem.snowball import SnowballStemmer

    from assistant.answering.entail import stem

    reference = SnowballStemmer("english")
    seeds = Path(__file__).resolve().parents[3] / "seeds"
    words = {w for f in seeds.iterdir() for w in re.findall(r"[A-Za-z][A-Za-z'\u2019-]*", f.read_text("utf-8"))}
    assert len(words) > 500
    for word in words:
        w = word.lower().strip("'\u2019").removesuffix("'s").removesuffix("\u2019s")
        assert stem(word) == reference.stem(w), word
