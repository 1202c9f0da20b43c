"""Normalised verbatim matching, sentence spans and number reading."""

from __future__ import annotations

import pytest

from assistant.language.text import find_verbatim, numbers_in, sentences

SOURCE = (
    "The attack \u201ctargeted an off duty Hashd al-Shaabi division,\u201d traveling on a road \u2013 officials said."
    "\n\nSix  militia members were killed."
)


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ('"targeted an off duty Hashd al-Shaabi division,"', "targeted an off duty Hashd al-Shaabi division,"),
        ("traveling on a road - officials said.", "traveling on a road \u2013 officials said"),
        ("six militia members were killed", "Six  militia members were killed"),
        ("road \u2013 officials said.\n\nSix militia", "road \u2013 officials said.\n\nSix  militia"),
    ],
)
def test_find_verbatim_maps_back_to_exact_original(quote: str, expected: str) -> None:
    """Quotes differing only in case, spacing, quote marks or dashes map to the exact original span."""
    span = find_verbatim(quote, SOURCE)
    assert span is not None
    assert SOURCE[span[0] : span[1]] == expected


@pytest.mark.parametrize("quote", ["Seven militia members were killed", "officials denied", "ab"])
def test_find_verbatim_rejects_words_not_in_source(quote: str) -> None:
    """A quote with any word not in the source is not verbatim."""
    assert find_verbatim(quote, SOURCE) is None


def test_sentences_give_offsets() -> None:
    """Sentence spans slice the text exactly, split at sentence ends and paragraph breaks."""
    text = "Police said 3 died. \u201cWe saw it,\u201d he said!\n\nA new paragraph here"
    spans = sentences(text, base=10)
    assert [text[s - 10 : e - 10] for s, e in spans] == [
        "Police said 3 died.",
        "\u201cWe saw it,\u201d he said!",
        "A new paragraph here",
    ]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Six militia members were killed while 31 others were injured", {6, 31}),
        ("at least eleven fighters; 2,500 US troops", {11, 2500}),
        ("no figures here", set()),
        ("a dozen wounded and 3.5 km away", {12, 3.5}),
    ],
)
def test_numbers_in_reads_digits_and_words(text: str, numbers: set[float]) -> None:
    """Numbers are read from digits, thousands separators and number words."""
    assert numbers_in(text) == {float(n) for n in numbers}


def test_compound_number_words_are_one_number() -> None:
    """'Twenty-five' is 25 for the citation checker too, never 20 and 5."""
    from assistant.language.text import numbers_in

    assert numbers_in("Twenty-five people were killed and thirty two wounded") == {25.0, 32.0}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a page's list run into one paragraph: each item its own sentence
        (
            "In brief: - Baghdad: parliament meets again. - Diyala: On Tuesday, an IED hit a truck.",
            ["In brief:", "- Baghdad: parliament meets again.", "- Diyala: On Tuesday, an IED hit a truck."],
        ),
        ("Notes: • Two IEDs found. • Road reopened.", ["Notes:", "• Two IEDs found.", "• Road reopened."]),
        # a dash inside a sentence, or before lower case, splits nothing
        ("The road - closed since May - reopened.", ["The road - closed since May - reopened."]),
        ("Two killed. - and more later", ["Two killed. - and more later"]),
    ],
)
def test_a_list_run_into_one_line(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentences(text)] == expected
