"""Metric code on fixed answers: matching, abstention, ALCE-style citations, retrieval and listing (no models)."""

from __future__ import annotations

import pytest

from assistant.evaluation.scoring import (
    Cited,
    abstention_scores,
    answer_matches,
    dates,
    facts_cited,
    first_named,
    listing_score,
    numbers,
    retrieval_scores,
    score_sentence,
    sentence_facts,
)


@pytest.mark.parametrize(
    ("answer", "gold", "how", "expected"),
    [
        ("11 PMU fighters were killed in the ambush [1].", ["11", "eleven"], "number", True),
        ("Eleven fighters were killed [1].", ["11", "eleven"], "number", True),
        ("At least 11 fighters died [1].", ["11"], "number", True),
        ("Thirty-one people were injured [1].", ["31"], "number", True),
        ("Roughly 2,500 US troops remain [1].", ["2500"], "number", True),
        ("The action resulted in no casualties [1].", ["0", "none"], "number", True),
        ("No one was reported killed and 2 wounded in the IED attack [1].", ["0"], "number", True),
        ("Nobody was reported hurt [1].", ["0"], "number", True),
        # A citation marker is not a figure, and neither is a date.
        ("The PMU said so [1].", ["1"], "number", False),
        ("It happened on 11 January 2021 [2].", ["11"], "number", False),
        ("12 fighters were killed [1].", ["11", "eleven"], "number", False),
        ("The articles do not say.", ["11"], "number", False),
        ("The ambush was claimed by the Islamic State [1].", ["ISIS"], "name", True),
        ("Daesh claimed it [1].", ["ISIS"], "name", True),
        ("It is not clear who did it.", ["ISIS"], "name", False),  # lower-case "is" is a verb, not the group
        ("The wounded were taken to Qayyara [1].", ["Qayyarah"], "name", True),
        ("It happened near Makhmur [1].", ["Makhmour"], "name", True),
        ("Abu Ali al-Maliki spoke to AFP [1].", ["Abu Ali al-Maliki"], "name", True),
        ("The Hashd al-Shaabi unit was hit [1].", ["PMU"], "name", True),
        ("Kirkuk police said so [1].", ["Makhmour"], "name", False),
        ("It was announced on 10 November 2019 [1].", ["2019-11-10"], "date", True),
        ("It was announced on November 10, 2019 [1].", ["2019-11-10"], "date", True),
        ("It was announced on Sunday, 10 Nov 2019 [1].", ["November 10"], "date", True),
        ("It was announced in November 2019 [1].", ["2019-11-10"], "date", False),  # the day is missing
        ("It was announced on 11 November 2019 [1].", ["2019-11-10"], "date", False),
        ("The ambush happened late on Wednesday [1].", ["Wednesday"], "text", True),
        ("The claim was posted on Telegram [1].", ["Telegram"], "text", True),
        ("The claim was posted on Telegraph [1].", ["Telegram"], "text", False),
    ],
)
def test_answer_matching(answer: str, gold: list[str], how: str, expected: bool) -> None:
    """Gold variants match the way a reader would judge the answer text."""
    assert answer_matches(answer, gold, how) is expected


def test_numbers_and_dates_are_read_apart() -> None:
    """Figures exclude dates and markers; dates keep the parts the text gives."""
    assert numbers("On 24 January 2021, at least 11 [3] were killed and thirty-one hurt") == {11.0, 31.0}
    assert dates("On 24 January 2021, then December 18, and 2019-11-10; in 2022") == [
        (2021, 1, 24),
        (None, 12, 18),
        (2019, 11, 10),
        (2022, None, None),
    ]


def test_no_gold_answers_never_match() -> None:
    """A case without gold variants cannot be answered correctly by accident."""
    assert answer_matches("anything at all 11", [], "number") is False


QUOTE_31 = "Six militia members were killed while 31 others were injured"
QUOTE_14 = "militants fired a mortar into the village of Kola Jawi, injuring an additional 14 people"
OTHER = "The Iraqi military said terrorist elements fired rockets at the base"


def test_sentence_supported_by_its_quote() -> None:
    """A sentence whose figures and gold facts are in its verbatim quote: recall 1, its one citation precise."""
    s = score_sentence(
        "31 people were wounded in the Makhmour ambush [1].", [Cited(QUOTE_31, True)], ["31 others were injured"]
    )
    assert s.supported and s.precise == [True]
    assert s.facts == ["31 others were injured"]


def test_not_verbatim_quote_supports_nothing() -> None:
    """A quote that is not the article's text at its offsets neither supports nor counts as precise."""
    s = score_sentence("31 people were wounded [1].", [Cited(QUOTE_31, False)], [])
    assert not s.supported and s.precise == [False]


def test_wrong_quote_is_unsupported() -> None:
    """A sentence whose figure is not in its quote is not supported, and the quote is not needed."""
    s = score_sentence("14 people were wounded [1].", [Cited(QUOTE_31, True)], [])
    assert s.facts == ["14"] and not s.supported and s.precise == [False]


def test_two_quotes_needed_together_and_a_redundant_one() -> None:
    """ALCE precision: each of two quotes needed jointly is precise; an extra quote that adds nothing is not."""
    s = score_sentence(
        "31 were wounded at Makhmour and 14 in Kola Jawi [1][2][3].",
        [Cited(QUOTE_31, True), Cited(QUOTE_14, True), Cited(OTHER, True)],
        ["31 others were injured", "injuring an additional 14 people"],
    )
    assert s.supported
    assert s.precise == [True, True, False]


def test_duplicate_supporting_quotes_both_count_as_precise() -> None:
    """Two quotes that each support the sentence alone are both precise (ALCE's 'supports alone' rule)."""
    s = score_sentence("31 were injured [1][2].", [Cited(QUOTE_31, True), Cited("31 others were injured", True)], [])
    assert s.supported and s.precise == [True, True]


def test_sentence_without_facts_falls_back_to_word_overlap() -> None:
    """A sentence with no figures and no gold facts is carried by a quote sharing half its content words."""
    assert score_sentence("Terrorist elements fired rockets at the base [1].", [Cited(OTHER, True)], []).supported
    assert not score_sentence("Kurdish forces shelled a village [1].", [Cited(OTHER, True)], []).supported


def test_gold_facts_stated_by_name_or_figure() -> None:
    """A gold fact counts as stated when the sentence has its figures and names, in any spelling."""
    assert sentence_facts("The men were taken to Qayyara [1].", ["the nearby town of Qayyarah"]) == [
        "the nearby town of Qayyarah"
    ]
    assert sentence_facts("Nobody said where [1].", ["the nearby town of Qayyarah"]) == []
    assert sentence_facts("6 were killed and 31 injured [1].", ["Six militia members were killed"]) == [
        "Six militia members were killed",
        "31",
    ]


def test_facts_cited() -> None:
    """Share of gold facts found in the answer's quotes."""
    assert facts_cited(["31 others were injured", "injuring an additional 14 people"], [QUOTE_31]) == 0.5
    assert facts_cited([], [QUOTE_31]) is None


def test_retrieval_scores() -> None:
    """recall@k over distinct sources in rank order, and the reciprocal rank of the first required one."""
    ranked = ["b.txt", "b.txt", "a.txt", "c.txt", "d.txt"]
    got = retrieval_scores(ranked, ["a.txt", "d.txt"])
    assert got == {"recall@1": 0.0, "recall@3": 0.5, "recall@5": 1.0, "mrr": 0.5}
    assert retrieval_scores([], ["a.txt"])["mrr"] == 0.0


def test_listing_score_counts_merged_lines() -> None:
    """A merged line standing for two gold incidents finds both; a line matching no gold incident is a wrong line."""
    s = listing_score([{"g1", "g2"}, set(), {"g3"}], ["g1", "g2", "g4"])
    assert (s.lines, s.correct_lines, s.gold, s.found) == (3, 1, 3, 2)
    assert s.precision == pytest.approx(1 / 3) and s.recall == pytest.approx(2 / 3) and not s.exact
    assert listing_score([{"g1"}], ["g1"]).exact
    assert listing_score([], ["g1"]).precision is None


def test_abstention_scores() -> None:
    """Abstention precision/recall: answering the unanswerable is a miss, abstaining on the answerable a false alarm."""
    pairs = [(True, True), (True, False), (False, True), (False, False), (True, True)]
    got = abstention_scores(pairs)
    assert got["precision"] == pytest.approx(2 / 3) and got["recall"] == pytest.approx(2 / 3)
    assert (got["abstained_unanswerable"], got["abstained_answerable"], got["answered_unanswerable"]) == (2, 1, 1)
    assert abstention_scores([(False, False)])["recall"] is None


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("The ambush east of Tikrit was deadlier: 11 killed against 6 near Makhmour [1][2].", True),
        ("The Makhmour ambush killed 6 [1], fewer than the 11 east of Tikrit [2].", False),
        ("The Makhmour ambush was deadlier [1].", False),  # the winner is never named
        ("The articles do not say.", False),
    ],
)
def test_comparison_answer_leads_with_the_winner(answer: str, expected: bool) -> None:
    """A comparison is scored right only when it names the winning side before the losing one."""
    assert first_named(answer, ["Tikrit"], ["Makhmour", "Makhmur"]) is expected


def test_eval_counts_shown_claims_the_checker_finds_unsupported() -> None:
    """A shown model claim that its quote does not entail ('did not') is counted; the records' lines apart."""
    from assistant.evaluation.case import CaseResult, SentenceResult
    from assistant.evaluation.summary import summarise

    def case(route: str, entailed: list[bool]) -> CaseResult:
        sents = [SentenceResult(text="x", facts=[], supported=True, entailed=e, citations=[]) for e in entailed]
        return CaseResult(id=route, kind="claim", question="q", route=route, sentences=sents)  # type: ignore[arg-type]

    s = summarise([case("passages", [True, False]), case("passages", [False]), case("incidents", [False, True])])
    assert s["unsupported_shown"] == 2 and s["unsupported_shown_records"] == 1
