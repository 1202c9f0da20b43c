"""The first screen: what the corpus holds, and example questions its own records answer."""

from __future__ import annotations

from assistant.desk import Desk
from assistant.incidents.overview import overview
from assistant.settings import Settings


def test_examples_are_answered_by_the_corpus_loaded(desk: Desk) -> None:
    """On the seeds every example question is answered from the records (none abstains), and the overview counts
    the articles, the incidents and their date span."""
    seen = overview(desk.store)
    assert seen.articles == 5 and seen.incidents >= 10
    assert (seen.first, seen.last) == ("2019-11-08", "2022-12-18")
    assert len(seen.examples) >= 3
    for question in seen.examples:
        answer = desk.ask(question)
        assert not answer.abstained and answer.model == "incident records", (question, answer.text)
        assert answer.sources, question
    text = seen.markdown()
    assert "**5** articles" in text and f"**{seen.incidents}** incident records" in text


def test_empty_corpus_says_how_to_add_articles(settings: Settings) -> None:
    """With nothing loaded the first screen says where to add articles and offers no example that cannot work."""
    seen = overview(Desk(settings).store)
    assert seen.examples == [] and "Corpus" in seen.markdown()


def test_overview_follows_the_corpus(settings: Settings, seeds) -> None:
    """The first screen is read again after the corpus changes (it is cached only while nothing changed)."""
    desk = Desk(settings)
    assert overview(desk.store).articles == 0
    desk.ingest([seeds])
    seen = overview(desk.store)
    assert seen.articles == 5 and seen.examples and overview(desk.store) is seen
