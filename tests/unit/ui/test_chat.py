"""The Ask tab's pieces: rendering answers and sources, the conversation's filters, waiting for the model, the queue."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest
from markdown_it import MarkdownIt

from assistant.answering.question import filters_from
from assistant.desk import Desk
from assistant.models.fakes import FakeLLM, extractive_responder
from assistant.models.prompts import ABSTAIN
from assistant.schemas import Answer, Article, Citation, IncidentFilters
from assistant.ui.chat import field_values, respond, split_filters
from assistant.ui.render import answer_html, answer_markdown, chips_html, highlight, source_html, sources_html

from conftest import NO_FILTERS

ARTICLE = Article(
    doc_id="d1",
    title="Bomb <b>kills</b> 3",
    outlet="AFP",
    published=dt.date(2022, 5, 1),
    source="/x/a.txt",
    text="A bomb killed 3 people in Kirkuk. <script>alert(1)</script> Police said so.",
)
CITE = Citation(
    n=1,
    doc_id="d1",
    chunk_id="d1:0",
    quote="A bomb killed 3 people in Kirkuk.",
    start=0,
    end=33,
    title=ARTICLE.title,
    outlet="AFP",
    published=ARTICLE.published,
)


def test_answer_markers_become_links_carrying_the_quote() -> None:
    """Each [n] turns into a link to its quote whose styled hover box (not a bare title tooltip) shows the quote;
    other text is escaped."""
    out = answer_html(Answer(question="q", text="Three <i>people</i> died [1].", sources=[CITE]))
    tip = '<span class="tip">\u201cA bomb killed 3 people in Kirkuk.\u201d</span>'
    assert f'<a class="cite" href="#src-1" data-n="1">[1]{tip}</a>' in out and "title=" not in out
    assert "<i>" not in out and "&lt;i&gt;" in out


def test_one_card_per_article_with_every_cited_span_marked() -> None:
    """Two quotes of one article are one card, titled once, with both spans marked and each carrying its [n]'s id."""
    at = ARTICLE.text.index("Police said so.")
    second = CITE.model_copy(update={"n": 2, "quote": "Police said so.", "start": at, "end": at + 15})
    out = sources_html(Answer(question="q", text="x [1]. y [2].", sources=[CITE, second]), lambda doc_id: ARTICLE)
    title = "Bomb &lt;b&gt;kills&lt;/b&gt; 3"
    assert out.count('<div class="source"') == 1 and out.count(title) == 1 and "cited as [1][2]" in out
    assert '<mark class="quote" data-n="1" id="src-1">A bomb killed' in out
    assert '<mark class="quote" data-n="2" id="src-2">Police said so.</mark>' in out
    assert "<script>" not in out


def test_abstention_is_a_distinct_state() -> None:
    """An abstained answer is marked as such, not shown like an answer."""
    out = answer_html(Answer(question="q", text=ABSTAIN, abstained=True))
    assert out.startswith('<div class="abstain">') and "Not in the articles" in out


def test_source_card_highlights_the_quote_and_escapes_the_article() -> None:
    """The quoted span is marked inside the article text; markup in the article or title is shown as text."""
    card = source_html(1, ARTICLE, [(0, 33)])
    assert '<mark class="quote" data-n="1">A bomb killed 3 people in Kirkuk.</mark>' in card
    assert "<script>" not in card and "&lt;script&gt;alert(1)&lt;/script&gt;" in card
    assert "<b>" not in card and "a.txt" in card and "/x/" not in card


def test_highlight_skips_bad_or_overlapping_spans() -> None:
    """Spans outside the text or overlapping an earlier one are ignored rather than corrupting the text."""
    assert highlight("abcdef", [(0, 2, 1), (1, 3, 2), (4, 99, 3)]) == '<mark class="quote" data-n="1">ab</mark>cdef'


def test_sources_of_a_deleted_article_still_show_the_quote() -> None:
    """A source deleted after the answer was written is reported with its quote instead of vanishing."""
    out = sources_html(Answer(question="q", text="x [1].", sources=[CITE]), lambda doc_id: None)
    assert "no longer in the corpus" in out and "A bomb killed 3" in out


def test_markdown_copy_lists_citations() -> None:
    """The copyable Markdown keeps the markers and lists each quote with its article (HTML in a title as text)."""
    out = answer_markdown(Answer(question="q", text="Three died [1].", sources=[CITE]))
    assert out.splitlines()[0] == "Three died [1]."
    note = "[1] \u201cA bomb killed 3 people in Kirkuk.\u201d \u2014 Bomb &lt;b&gt;kills&lt;/b&gt; 3, AFP, 2022-05-01"
    assert note in out


HOSTILE_TITLES = [
    "![x](http://attacker.example/pixel.png)",
    "[Mosul](javascript:alert(document.cookie))",
    "<img src=x onerror=alert(1)> <http://attacker.example/a>",
    "Mosul http://attacker.example/track www.attacker.example",
    "# Heading `code` **bold** _it_ [ref]: http://attacker.example",
]


def _rendered(markdown: str) -> str:
    """HTML a CommonMark renderer makes of the copied Markdown, with every link scheme allowed (as some are)."""
    renderer = MarkdownIt("commonmark")
    renderer.validateLink = lambda url: True  # type: ignore[method-assign]
    return renderer.render(markdown)


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_markdown_copy_never_turns_article_text_into_links_or_images(title: str) -> None:
    """A hostile title, outlet or quote, or model text echoing one, stays text in the copied Markdown: no link,
    image, HTML or heading when pasted into a report, and no bare URL that GitHub-flavoured Markdown would link."""
    cite = CITE.model_copy(update={"title": title, "outlet": title, "quote": title})
    text = f"Three died [1](javascript:alert(1)) in {title}\n[1]: javascript:alert(2)\nSee [1]."
    out = answer_markdown(Answer(question="q", text=text, sources=[cite], ledger=[f"- left out: {title}"]))

    html_out = _rendered(out)
    assert "<a " not in html_out and "<img" not in html_out and "<h1" not in html_out
    assert "<strong>" not in html_out and "<code>" not in html_out and "<em>" not in html_out
    assert not re.search(r"https?://|www\.", out)  # GFM links these without brackets
    assert "[1]" in out.splitlines()[0]  # the markers stay readable
    plain = html.unescape(re.sub(r"<[^>]+>", "", html_out))
    assert plain.count(title) >= 3  # title, outlet and quote still read as themselves


def test_chips_say_when_filters_were_not_applied() -> None:
    """Chips show each filter; for a passage answer they are marked as kept, not applied."""
    f = filters_from("Kirkuk", 30, "2022-01-01", "2022-12-31")
    assert chips_html(f).count('class="chip"') == 2
    assert "kept for the next listing" in chips_html(f, applied=False)
    assert "no filters" in chips_html(None)


@pytest.mark.parametrize(
    ("fields", "context", "explicit"),
    [
        # Nothing edited: everything carries over as context, nothing is explicit.
        (("Kirkuk", 50, "2022-01-01", "2022-12-31", ""), "near Kirkuk (50 km) · 2022-01-01..2022-12-31", "none"),
        # Dates edited: the edit is explicit; the place carries over.
        (("Kirkuk", 50, "2022-06-01", "2022-12-31", ""), "near Kirkuk (50 km) · …..2022-12-31", "2022-06-01..…"),
        # Place cleared: it leaves the context and nothing replaces it.
        (("", 50, "2022-01-01", "2022-12-31", ""), "2022-01-01..2022-12-31", "none"),
        # Radius changed: the whole location becomes explicit.
        (("Kirkuk", 20, "2022-01-01", "2022-12-31", "ied"), "2022-01-01..2022-12-31", "near Kirkuk (20 km) · type ied"),
    ],
)
def test_split_filters(fields: tuple, context: str, explicit: str) -> None:
    """Fields the user left alone carry over; fields the user changed are explicit; cleared ones are dropped."""
    shown = filters_from("Kirkuk", 50, "2022-01-01", "2022-12-31")
    ctx, exp = split_filters(shown, fields)
    assert (ctx.describe(), exp.describe()) == (context, explicit)


def test_field_values_round_trip() -> None:
    """The fields shown for a conversation's filters read back as 'unchanged'."""
    for f in (None, filters_from("Mosul", 25, "2021-01-01", None, "ied"), IncidentFilters(province="Salahuddin")):
        ctx, exp = split_filters(f, field_values(f))
        assert exp.is_empty() and ctx == (f or IncidentFilters())


class SlowLoadingLLM(FakeLLM):
    """A fake whose weights take a while to 'load', like a GGUF at start-up."""

    def __init__(self) -> None:
        super().__init__(responder=extractive_responder)
        self.loaded = False


def test_question_before_the_model_is_ready_waits_with_a_message(settings, seeds) -> None:
    """A question asked while the model loads is told to wait, then answered once it is ready; it does not fail."""
    llm = SlowLoadingLLM()
    desk = Desk(settings, llm=llm)
    desk.ingest([seeds])
    turns = respond(desk, "Where were the wounded taken for treatment?", [], *NO_FILTERS, None)
    first = next(turns)
    assert "still loading" in first[0][-1]["content"]
    llm.loaded = True
    *_, last = turns
    assert "cite" in last[0][-1]["content"] or "abstain" in last[0][-1]["content"]


def test_a_follow_up_in_the_chat_keeps_the_listing(desk: Desk) -> None:
    """'and in 2021?' after 'attacks near Kirkuk in 2022' lists Kirkuk attacks in 2021: it is not an open question."""
    *_, first = respond(desk, "attacks near Kirkuk in 2022", [], *NO_FILTERS, None)
    history, shown, asked = first[0], first[-2], first[-1]
    assert asked is not None and asked.intent == "list"
    *_, second = respond(desk, "and in 2021?", history, *field_values(shown), shown, asked)
    reply = second[0][-1]["content"]
    assert "Kirkuk" in reply and "2021-01-01" in reply and second[-1].filters.date_from == dt.date(2021, 1, 1)


def test_a_new_conversation_does_not_inherit_the_last_ones_filters(desk: Desk) -> None:
    """With the chat empty, the session's last count (perpetrator ISIS) is not applied to an unrelated question."""
    *_, first = respond(desk, "How many people were killed by ISIS near Kirkuk in 2022?", [], *NO_FILTERS, None)
    shown, asked = first[-2], first[-1]
    assert asked is not None and asked.filters.perpetrator == "ISIS"
    question = "How many PMU fighters were killed in the ambush east of Tikrit?"
    *_, fresh = respond(desk, question, [], *field_values(None), shown, asked)
    *_, alone = respond(desk, question, [], *NO_FILTERS, None)
    assert fresh[0][-1]["content"] == alone[0][-1]["content"]
    assert fresh[-1].filters.perpetrator is None and fresh[-1].filters.place == "Tikrit"


def test_a_quote_that_no_longer_fits_still_has_a_link_target() -> None:
    """A citation whose offsets do not match the stored text is not marked, but its [n] still lands on the card."""
    stale = CITE.model_copy(update={"n": 2, "quote": "A sentence no longer there.", "start": 34, "end": 61})
    out = sources_html(Answer(question="q", text="x [1]. y [2].", sources=[CITE, stale]), lambda doc_id: ARTICLE)
    assert '<span id="src-2"></span>' in out and 'id="src-1"' in out and out.count('<div class="source"') == 1
