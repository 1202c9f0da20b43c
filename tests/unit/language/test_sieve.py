"""The quick test in front of a pattern skips only searches that would find nothing."""

from __future__ import annotations

import re
import sys

from assistant.incidents import patterns, rules
from assistant.language import dates, text
from assistant.language.sieve import Sieve, fold, holds, required, sieve

SENTENCES = [
    "On 3 May 2021 gunmen killed two farmers near Hawija, police said.",
    "A roadside bomb exploded near a patrol in Tarmiyah, wounding three soldiers.",
    "The toll rose to 11 on Tuesday after two of the wounded died in hospital.",
    "Two Katyusha rockets came down near the airport; nobody was hurt.",
    "Police initially said nine were killed, but the governor later said six had died.",
    "IS militants ambushed a PMF convoy east of Makhmour late on Wednesday, killing four fighters.",
    "An eighth victim died of his wounds, a health official said.",
    "Fatalities: 2. Wounded: none.",
    "THE ARMY REPELLED AN ATTACK ON A CHECKPOINT NEAR BAIJI, KILLING 5 MILITANTS.",
    "Security forces arrested eight suspects wanted on terrorism charges in Abu Ghraib.",
    "Between 10 and 12 others were wounded, including two children.",
    "The shop owner and a customer were injured when a sticky bomb went off on 17/05/2023.",
    "Residents of Ramadi complained about power cuts during the heat.",
    "ſhot DEAD and KİLLED: odd letters that still match case-insensitively.",
]


def test_fold_covers_every_letter_that_matches_an_ascii_literal_case_insensitively() -> None:
    chars = "".join(chr(i) for i in range(128, sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    for code in range(128):
        literal = re.escape(chr(code))
        for m in re.finditer(literal, chars, re.I):
            assert fold(m.group(0)) == chr(code).lower(), (hex(ord(m.group(0))), chr(code))


def test_fold_reads_every_space_as_a_plain_space() -> None:
    chars = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    for m in re.finditer(r"\s", chars):
        assert fold(m.group(0)) == " ", hex(ord(m.group(0)))
    assert fold("Killed\tin\nMosul") == "killed in mosul"
    assert fold("Killed in MOSUL") == "killed in mosul"


def test_required_reads_the_words_a_pattern_needs() -> None:
    assert required(re.compile(r"\b(?:wounded|injured)\s+(?:two|three)\b", re.I)) == ("injured", "wounded")
    # a run of fixed parts is read together, an optional part in every form
    assert required(re.compile(r"killed in (?:an? |the )?blast", re.I)) == (
        "killed in blast",
        "killed in a blast",
        "killed in an blast",
        "killed in the blast",
    )
    assert required(re.compile(r"(?:kill)?ed")) == ("ed",)
    assert required(re.compile(r"\d+\w+")) is None  # classes only: no condition
    assert required(re.compile(r"\bthe\s(?:dead|wounded)\snumbered\b")) == (
        "the dead numbered",
        "the wounded numbered",
    )  # a lone \s reads as a space
    assert required(re.compile(r"(?:killed|\d+ dead)")) == (" dead", "killed")
    assert required(re.compile(r"(?:killed|\d+)")) is None  # one alternative needs no word
    assert required(re.compile(r"(?:killed)?")) is None  # may match nothing
    assert required(re.compile(r"killed|\b(?!)")) == ("killed",)  # '(?!)' never matches: its alternative adds none


def test_a_sieve_finds_exactly_what_its_pattern_finds() -> None:
    every = [v for m in (patterns, rules, text, dates) for v in vars(m).values() if isinstance(v, Sieve)]
    every += [s for _, s in patterns._ACTOR_ACTS]
    every += [
        s
        for name in ("_KILLED_SIEVES", "_WOUNDED_SIEVES", "_KILLED_RANGE", "_WOUNDED_RANGE")
        for s in getattr(patterns, name)
    ]
    every += [s for name in ("_KILLED_IN_WORDS_SIEVES", "_WOUNDED_IN_WORDS_SIEVES") for s, _ in getattr(patterns, name)]
    assert len(every) > 60
    for s in every:
        for sentence in SENTENCES:
            found, plain = s.search(sentence), s.regex.search(sentence)
            assert (found and found.span()) == (plain and plain.span()), (s.pattern[:60], sentence)
            assert s.sub(" ", sentence) == s.regex.sub(" ", sentence)
            for pos in (0, 10):
                found, plain = s.match(sentence, pos), s.regex.match(sentence, pos)
                assert (found and found.span()) == (plain and plain.span()), (s.pattern[:60], sentence)


def test_date_patterns_skipped_only_where_they_cannot_match() -> None:
    for (pattern, _), need in zip(dates._PATTERNS, dates._NEEDS, strict=True):
        for sentence in SENTENCES:
            if not holds(fold(sentence), need):
                assert pattern.search(sentence) is None, (pattern.pattern[:60], sentence)


def test_sieve_is_case_blind_like_its_pattern() -> None:
    s = sieve(r"\bshot dead\b", re.I)
    assert s.need == ("shot dead",)
    assert s.search("Gunmen SHOT DEAD a shepherd") is not None
    assert s.search("gunmen ſhot dead a shepherd") is not None  # the long s matches 's' case-insensitively
    assert s.search("gunmen shot a shepherd") is None


def test_a_sieve_reads_its_condition_at_first_use_not_when_made() -> None:
    """Modules make hundreds of sieves at import; the parse that gives each one its condition waits for its first
    search, and then gives the same condition and the same finds."""
    pattern = re.compile(r"\b(?:killed|wounded) (\d+) (?:soldiers|policemen)\b", re.I)
    made = Sieve(pattern)
    assert not _set(made, "need")
    assert made.search("Gunmen KILLED 3 soldiers near Hawija") is not None
    assert made.need == required(pattern)
    assert made.search("a quiet day") is None
    assert Sieve(pattern).possible("no casualty word here") is False


def _set(obj: Sieve, name: str) -> bool:
    """Whether a slot holds a value (without filling a lazily read one)."""
    try:
        object.__getattribute__(obj, name)
    except AttributeError:
        return False
    return True
