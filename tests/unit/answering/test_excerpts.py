"""What of each retrieved chunk the model reads: the sentences bearing on the question, fewer prompt tokens."""

from __future__ import annotations

import pytest

from assistant.answering.excerpts import GAP, focus_all
from assistant.desk import Desk
from assistant.language.text import sentences
from assistant.models.fakes import FakeLLM, extractive_responder

# A report of eight sentences: the event, its toll in a sentence of its own that shares few words with the questions,
# and background that a whole chunk would hand the model too.
REPORT = (
    "Video: farmers hit by a bomb in the orchards of Abu Saida. "
    "Good evening and welcome to the news at nine. "
    "An explosive device went off last night under a tractor in the orchards of Abu Saida. "
    "It killed two farmers and wounded one other. "
    "The wounded man was taken to Baquba teaching hospital. "
    "Police have not said who planted the device. "
    "Farmers in the area say they are afraid to go back to their fields. "
    "The governor of Diyala, Muthanna al-Tamimi, visited the hospital on 14 May 2021."
)
OTHER = (
    "Rockets fell near the airport in Baghdad. Nobody was hurt. The coalition said its advisers were safe. "
    "Police found the launch site in a field. A truck was burned. No group claimed the attack."
)


def kept(question: str, keep: int = 3) -> list[str]:
    """The sentences of REPORT that the model reads for the question."""
    text = focus_all([REPORT, OTHER], question, keep)[0]
    return [s for part in text.split(GAP.strip()) for a, b in sentences(part) if (s := part[a:b].strip())]


@pytest.mark.parametrize(
    ("question", "needed"),
    [
        # the toll, worded otherwise than the question asks ('died' / 'killed', 'hurt' / 'wounded')
        ("How many farmers died when the tractor bomb went off in Abu Saida?", "It killed two farmers"),
        ("How many were hurt by the tractor bomb in Abu Saida?", "It killed two farmers and wounded one other"),
        ("Abu Saida tractor bomb: any casualties?", "It killed two farmers"),
        # the date for 'when', a name for 'who'
        ("When did the governor visit the hospital after the Abu Saida bomb?", "on 14 May 2021"),
        ("Who is the governor who visited the wounded farmer?", "Muthanna al-Tamimi"),
        # the sentence that tells what was asked, by its rarest words
        ("Where was the wounded man taken after the Abu Saida bomb?", "Baquba teaching hospital"),
        ("Are the farmers of Abu Saida afraid to go back to their fields?", "afraid to go back"),
    ],
)
def test_the_sentence_that_answers_is_among_those_the_model_reads(question: str, needed: str) -> None:
    shown = kept(question)
    assert len(shown) == 3
    assert any(needed in s for s in shown), shown


def test_the_welcome_line_and_background_are_left_out_and_the_gaps_marked() -> None:
    text = focus_all([REPORT, OTHER], "How many farmers died when the tractor bomb went off in Abu Saida?", 3)[0]
    assert "Good evening" not in text and len(text) < 0.6 * len(REPORT)
    assert GAP in text  # the toll and the event were kept, the welcome line between them was not
    # every kept sentence is the report's own, verbatim and in its order, so a quote copied from it is found
    pieces = [p.strip() for p in text.split(GAP.strip()) if p.strip()]
    positions = [REPORT.index(p) for p in pieces]
    assert positions == sorted(positions)


def test_short_chunks_stay_whole_and_zero_keeps_every_chunk_whole() -> None:
    short = "Gunmen shot a shepherd near Tuz. He died of his wounds."
    assert focus_all([short, REPORT], "Who shot the shepherd?", 3)[0] == short
    assert focus_all([REPORT, OTHER], "How many farmers died?", 0) == [REPORT, OTHER]


def test_a_word_every_excerpt_repeats_does_not_choose_the_sentence() -> None:
    """'Abu Saida' in every sentence tells none apart: the question's rarer word ('hospital') decides."""
    texts = [
        "In Abu Saida a bomb went off. In Abu Saida shops closed. In Abu Saida a man went to hospital. "
        "In Abu Saida the market reopened.",
        "Abu Saida mourned. Abu Saida is in Diyala.",
    ]
    shown = focus_all(texts, "Which hospital in Abu Saida took the man?", 1)[0]
    assert "hospital" in shown and "shops closed" not in shown


def test_the_model_reads_fewer_words_and_the_answer_is_still_checked_against_the_whole_article(desk: Desk) -> None:
    """Through the desk: the prompt holds the focused excerpts (shorter than whole chunks), and a claim quoting a
    sentence the model read is verified and cited as before."""
    question = "To which town were the wounded men transported after the Makhmour ambush?"
    prompts: dict[int, str] = {}
    for keep in (0, 3):
        llm = FakeLLM(responder=extractive_responder)
        settings = desk.settings.model_copy(
            update={"retrieve": desk.settings.retrieve.model_copy(update={"excerpt_sentences": keep})}
        )
        answer = Desk(settings, llm=llm).ask(question)
        prompts[keep] = llm.calls[0][-1]["content"]
    assert not answer.abstained and "Qayyarah" in answer.text
    assert all(c.quote in desk.store.article(c.doc_id).text for c in answer.sources)  # type: ignore[union-attr]
    assert len(prompts[3]) < 0.8 * len(prompts[0])
    assert "Qayyarah" in prompts[3]


def test_a_line_that_only_repeats_the_title_is_left_to_the_header() -> None:
    title = "Farmers hit by a bomb in Abu Saida orchards"
    text = f"{title}\n\n{REPORT}"
    shown = focus_all([text, OTHER], "How many farmers died in the Abu Saida orchards?", 3, [title, "Rockets"])[0]
    assert title not in shown and "It killed two farmers" in shown


CHECKPOINT = (
    "Two soldiers were killed at a checkpoint near Tarmiyah. Three civilians were wounded by the gunfire. "
    "The checkpoint guards the main road to Samarra. A policeman was killed at the same checkpoint last year. "
    "The attack took place on the night of 3 March. Officials blamed Islamic State."
)
SHOOTING = (
    "Gunmen shot dead journalist Ali Hassan in Basra. Two bystanders were wounded and 3 shops burned. "
    "The street was closed for hours. Police said the gunmen belonged to Kataib Hezbollah. "
    "His colleagues held a vigil. The city council condemned the killing."
)


@pytest.mark.parametrize(
    ("text", "question", "keep", "needed"),
    [
        # the kind asked for comes before harm words: 'when ... killed' wants the date, and a calendar date before
        # 'last year' (another killing)
        (CHECKPOINT, "When were the soldiers killed at the Tarmiyah checkpoint?", 3, "on the night of 3 March"),
        # 'who killed' wants a name the question does not give, not the toll
        (SHOOTING, "Who killed journalist Ali Hassan?", 2, "Kataib Hezbollah"),
    ],
)
def test_the_asked_kind_outranks_words_of_harm(text: str, question: str, keep: int, needed: str) -> None:
    assert needed in focus_all([text, OTHER], question, keep)[0]


def test_only_a_whole_line_repeating_the_title_is_dropped() -> None:
    title = "Two soldiers were killed at a checkpoint near Tarmiyah."
    question = "How many soldiers were killed near Tarmiyah?"
    # the title's words as the report's first sentence, mid-line: the report's own sentence, kept
    assert "Two soldiers were killed" in focus_all([CHECKPOINT, OTHER], question, 3, [title])[0]
    # a title line between two kept sentences does not come back through the text that joins them
    text = "Alpha bomb hit Mosul.\nMosul bomb\nBeta Mosul bomb killed two. Gamma. Delta. Epsilon."
    shown = focus_all([text], "How many did the Mosul bomb kill?", 2, ["Mosul bomb"])[0]
    assert "Beta Mosul bomb killed two." in shown and "\nMosul bomb\n" not in shown
