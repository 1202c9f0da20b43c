"""Briefings: incidents in scope, totals by code, checked model paragraphs or record fallbacks, flags, exports."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.answering.question import filters_from, parse_question, parse_scope
from assistant.briefing.build import Briefing, md, previous_period
from assistant.briefing.export import to_html
from assistant.cli import main
from assistant.desk import Desk
from assistant.models.fakes import FakeLLM
from assistant.models.llm import Message
from assistant.models.prompts import load_prompt
from assistant.schemas import IncidentFilters
from assistant.settings import REPO_ROOT, Settings

from conftest import cli_env

KIRKUK_2022 = parse_question("attacks near Kirkuk in 2022", dt.date(2026, 1, 1)).filters
POLICE_QUOTE = (
    "Islamic State militants stated Sunday they carried out an assault in northern Iraq that killed 9 cops, "
    "detonating a roadside bomb in entrance of survivors with machine gun hearth."
)
OUTPOST_QUOTE = (
    "A navy supply stated {that a} machine gun assault final month on a distant military outpost in northern "
    "Iraq killed 4 troopers close to Kirkuk."
)


def sentences(*items: tuple[int, str, str]) -> str:
    """A model reply in the briefing format: (source, quote, text) per sentence."""
    return json.dumps({"sentences": [{"source": s, "quote": q, "text": t} for s, q, t in items]})


def by_record(police: str, outpost: str | None = None):
    """Responder: the police-attack reply for the 9-killed record, the outpost reply (or the same) otherwise."""

    def respond(messages: list[Message]) -> str:
        return police if "killed: 9" in messages[-1]["content"] else (outpost or police)

    return respond


def brief_with(desk: Desk, responder, filters: IncidentFilters = KIRKUK_2022) -> tuple[Briefing, FakeLLM]:
    llm = FakeLLM(responder=responder)
    return Desk(desk.settings, llm=llm).brief(filters), llm


def assert_cited(desk: Desk, b: Briefing) -> None:
    """Every [n] in the Markdown is a citation whose quote is verbatim in its stored article; every citation is used."""
    marks = {int(n) for n in re.findall(r"\[(\d+)\]", b.markdown)}
    assert marks == {c.n for c in b.citations} and marks
    for c in b.citations:
        assert desk.store.article(c.doc_id).text[c.start : c.end] == c.quote


def paragraph(b: Briefing, killed: int):
    return next(p for p, i in zip(b.paragraphs, b.incidents) if i.killed and i.killed.low == killed)


def test_kirkuk_2022_scope_totals_and_timeline(desk: Desk) -> None:
    """Near Kirkuk in 2022: the police attack and the outpost attack, not the 2019 Makhmour ones; totals by code."""
    b = desk.brief(KIRKUK_2022, narrate=False)
    assert [(i.event_date.isoformat(), i.killed.low) for i in b.incidents] == [("2022-11-01", 4), ("2022-12-18", 9)]
    assert b.totals.incidents == 2 and b.totals.killed.text == "13"
    assert "Makhmour" not in b.markdown and "2019" not in b.markdown
    assert "near Kirkuk (50 km)" in b.markdown and "- Killed: **13**" in b.markdown
    rows = [line for line in b.markdown.splitlines() if line.startswith("| 20") or line.startswith("| Nov")]
    assert rows == [
        "| November 2022 | Kirkuk | shooting | 4 | \u2013 | [1] |",
        "| 2022-12-18 | Shalal al-Matar (Kirkuk) | IED attack | 9 | \u2013 | [2][3] |",
    ]  # two sentences give the 9
    assert all(p.written_by == "record" for p in b.paragraphs) and "narration off" in b.markdown
    assert_cited(desk, b)


def test_checked_model_paragraph_is_kept(desk: Desk) -> None:
    """A sentence with a verbatim quote and the record's figures and date is kept, cited, and marked model-written."""
    text = "On 2022-12-18 Islamic State militants killed 9 police officers with a roadside bomb."
    good = sentences((1, POLICE_QUOTE.lower(), text))
    b, llm = brief_with(
        desk, by_record(good, sentences((1, OUTPOST_QUOTE, "A machine gun assault killed 4 troopers.")))
    )
    prompt = llm.calls[1][-1]["content"]
    assert len(llm.calls) == 2 and "killed: 9" in prompt and POLICE_QUOTE in prompt
    p = paragraph(b, 9)
    assert p.written_by == "model" and p.claims[0].citations[0].quote == POLICE_QUOTE
    assert "killed 9 police officers with a roadside bomb [2]." in b.markdown and "Model-written" in b.markdown
    assert b.totals.killed.text == "13"  # the model never touches the totals
    assert_cited(desk, b)


def test_sentence_with_wrong_number_dropped_and_record_used(desk: Desk) -> None:
    """A figure that is neither the record's nor in the quote drops the sentence; the record paragraph stands in."""
    wrong = sentences((1, POLICE_QUOTE, "Islamic State militants killed 12 police officers."))
    b, _ = brief_with(desk, by_record(wrong))
    p = paragraph(b, 9)
    assert p.written_by == "record" and p.dropped == ["Islamic State militants killed 12 police officers."]
    assert "12 police" not in b.markdown and "9 killed [2][3]." in b.markdown
    assert_cited(desk, b)


def test_fabricated_quote_dropped_or_repaired(desk: Desk) -> None:
    """A quote that is not in the excerpts never reaches the briefing as if it were."""
    fake = "ISIS fighters blew up a police convoy in central Kirkuk, killing 9 officers and a general"
    b, _ = brief_with(desk, by_record(sentences((1, fake, "ISIS killed 9 police officers in Kirkuk."))))
    p = paragraph(b, 9)
    assert fake not in b.markdown
    assert p.written_by == "record" or all(c.repaired for c in p.claims[0].citations)
    assert_cited(desk, b)


def test_neighbouring_attack_cannot_be_cited(desk: Desk) -> None:
    """The sentence after a quote is shown only when it adds no figures: the next attack's toll is never evidence."""
    tarmiya = parse_question("attacks near Tarmiya in 2022", dt.date(2026, 1, 1)).filters
    reply = sentences((1, OUTPOST_QUOTE, "A machine gun assault killed 4 troopers near Kirkuk."))
    b, llm = brief_with(desk, lambda messages: reply, tarmiya)
    assert [i.place_text for i in b.incidents] == ["Tarmiya"]
    assert OUTPOST_QUOTE not in llm.calls[0][-1]["content"]
    assert b.paragraphs[0].written_by == "record" and "4 troopers" not in b.markdown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kirkuk in 2022", "in Kirkuk \u00b7 2022-01-01..2022-12-31"),  # a bare province name is the province
        ("near Tikrit, January 2021", "near Tikrit (50 km) \u00b7 2021-01-01..2021-01-31"),
        ("Salahuddin 2021", "in Salahuddin \u00b7 2021-01-01..2021-12-31"),
    ],
)
def test_parse_scope(text: str, expected: str) -> None:
    """Free-text scope: a bare place name is enough in a briefing (a province's own name is the province)."""
    assert parse_scope(text, today=dt.date(2026, 1, 1)).describe() == expected


def test_invalid_json_twice_falls_back(desk: Desk) -> None:
    """Two unparseable replies for an incident: a record paragraph that says why; the retry carried the error."""
    b, llm = brief_with(desk, lambda messages: "not json")
    assert all(p.written_by == "record" for p in b.paragraphs) and "not a valid paragraph, twice" in b.markdown
    assert len(llm.calls) == 4 and "not valid JSON" in llm.calls[1][-1]["content"]


def test_unavailable_model_asked_once(desk: Desk) -> None:
    """A backend failure falls back for every incident without calling the model again."""
    llm = FakeLLM()  # nothing queued: every call raises LLMError
    b = Desk(desk.settings, llm=llm).brief(KIRKUK_2022)
    assert len(llm.calls) == 1 and all(p.written_by == "record" for p in b.paragraphs)
    assert "model unavailable" in b.markdown


def test_no_incidents_is_a_briefing(desk: Desk) -> None:
    """An empty scope gives a briefing that says so and shows the scope."""
    f = parse_question("attacks in Basra in 2015", dt.date(2026, 1, 1)).filters
    b = desk.brief(f)
    assert b.incidents == [] and "No incidents match" in b.markdown and "2015-01-01..2015-12-31" in b.markdown


def _article(folder: Path, name: str, outlet: str, text: str) -> None:
    (folder / f"{name}.json").write_text(
        json.dumps({"title": f"{outlet} report", "source": outlet, "published": "2023-03-05", "text": text})
    )


@pytest.fixture
def conflicting(settings: Settings, tmp_path: Path) -> Desk:
    """Two outlets report the same market bombing with 13 and 32 killed; a third article quotes a <script>."""
    folder = tmp_path / "conflict"
    folder.mkdir()
    _article(
        folder,
        "a",
        "Outlet A",
        "A car bomb exploded in a crowded market in Tuz Khurmatu on Saturday, killing 13 "
        "people and wounding 20, police said.\n\nNo group claimed the bombing.",
    )
    _article(
        folder,
        "b",
        "Outlet B",
        "A car bomb in a busy market in Tuz Khurmatu killed 32 people and wounded 20 on "
        "Saturday, health officials said.\n\nThe toll is expected to rise.",
    )
    _article(
        folder,
        "c",
        "Outlet <i>C</i>",
        "A roadside bomb killed 5 soldiers near Tikrit on Sunday <script>alert(1)</script> officials said.",
    )
    d = Desk(settings)
    assert d.ingest([folder]).count("added") == 3
    return d


def test_conflicting_figures_flagged(conflicting: Desk) -> None:
    """Merged reports that disagree: a range in the totals, a flag in the table and paragraph, each figure cited."""
    b = conflicting.brief(filters_from("Tuz Khurmatu", 25), narrate=False)
    (inc,) = b.incidents
    assert inc.killed.low == 13 and inc.killed.high == 32
    assert b.totals.killed.text == "13\u201332" and "- Killed: **13\u201332**" in b.markdown
    assert "| 13\u201332 \u26a0 | 20 | [1][2] |" in b.markdown
    assert "\u26a0 Sources disagree: killed 13\u201332 (13 [1]; 32 [2])." in b.markdown
    assert_cited(conflicting, b)


def test_html_escapes_article_markup(conflicting: Desk) -> None:
    """A <script> inside an article quote is text in the Markdown and in the HTML page, never markup."""
    b = conflicting.brief(IncidentFilters(), narrate=False)
    assert any("<script>" in c.quote for c in b.citations)
    page = to_html(b)
    assert "<script" not in b.markdown and "<script" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "Outlet &lt;i&gt;C&lt;/i&gt;" in page
    assert page.startswith("<!DOCTYPE html>") and "<table>" in page and '<li id="src-1">' in page
    assert to_html(b.markdown) == page


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("a \\*b\\* \\[3\\] \\| c", "<p>a *b* [3] | c</p>"),
        ("**x** _y_ `z` [2]", '<p><strong>x</strong> <em>y</em> <code>z</code> <a href="#src-2">[2]</a></p>'),
        ("&lt;b&gt; & <b>", "<p>&lt;b&gt; &amp; &lt;b&gt;</p>"),
    ],
)
def test_html_inline(markdown: str, expected: str) -> None:
    """Escaped Markdown characters stay literal; entities and raw tags both end up as escaped text."""
    assert expected in to_html(markdown)


def test_filters_from_form_fields() -> None:
    """UI fields become filters; a bad place or date is a message, not a crash."""
    f = filters_from("Kirkuk", None, "2022-01-01", "2022-12-31", "")
    assert f.place == "Kirkuk" and f.radius_km == 50.0 and f.date_to == dt.date(2022, 12, 31) and f.attack_type is None
    assert filters_from("Salahuddin").province == "Salahuddin" and filters_from("Salahuddin").place is None
    with pytest.raises(ValueError, match="not in the gazetteer"):
        filters_from("Atlantis")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        filters_from(date_from="last year")


def test_brief_prompts_variables() -> None:
    """The briefing prompts name exactly the variables the code passes."""
    prompts = REPO_ROOT / "prompts"
    assert load_prompt(prompts, "brief_system").variables == set()
    assert load_prompt(prompts, "brief_user").variables == {"record", "sources"}
    assert load_prompt(prompts, "brief_retry").variables == {"error"}
    assert load_prompt(prompts, "brief_source").variables == {"n", "outlet", "published", "text"}


def test_cli_brief_writes_md_and_html(desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`assistant brief "Kirkuk in 2022" --out --html --no-llm` prints the Markdown, writes both files; options win."""
    for name, value in cli_env(desk.settings).items():
        monkeypatch.setenv(name, value)
    md, page = tmp_path / "b.md", tmp_path / "b.html"
    args = ["brief", "Kirkuk in 2022", "--no-llm", "--data-dir", str(desk.settings.data_dir)]
    res = CliRunner().invoke(main, args + ["--out", str(md), "--html", str(page)], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert md.read_text() in res.output and "2022-12-18" in md.read_text() and "November 2022" in md.read_text()
    assert page.read_text().startswith("<!DOCTYPE html>")
    res = CliRunner().invoke(main, args + ["--from", "2022-12-01"], catch_exceptions=False)
    assert "2022-12-18" in res.output and "November 2022" not in res.output and "Tarmiya" not in res.output


def test_figure_in_the_wrong_role_is_dropped(desk: Desk) -> None:
    """A sentence that turns the record's dead into wounded (or the reverse) is dropped."""
    swapped = sentences((1, POLICE_QUOTE, "Islamic State militants wounded 9 police officers."))
    b, _ = brief_with(desk, by_record(swapped))
    p = paragraph(b, 9)
    assert p.written_by == "record" and "wounded 9" not in b.markdown


def test_summary_gives_totals_deadliest_and_previous_period_each_cited(desk: Desk) -> None:
    """The opening paragraph: totals over the period, the deadliest incident, and the previous period of equal
    length (compared, or said to have none), every sentence cited to quotes verbatim in the stored articles."""
    b = desk.brief(KIRKUK_2022, narrate=False)
    texts = [c.text for c in b.summary.claims]
    assert texts[0] == "13 people were killed in 2 incidents between November and 18 December 2022."
    assert "Shalal al-Matar" in texts[1] and "with 9 killed" in texts[1]
    assert (
        "No incident is recorded in the previous period" in b.summary.note
        and "2021-01-01..2021-12-31" in b.summary.note
    )
    for claim in b.summary.claims:
        assert claim.citations
        for c in claim.citations:
            art = desk.store.article(c.doc_id)
            assert art is not None and art.text[c.start : c.end] == c.quote
    assert b.markdown.index("## Summary") < b.markdown.index("## Totals")
    baghdad = desk.brief(filters_from("Baghdad", None, "2022-01-01", "2022-12-31"), narrate=False)
    previous = baghdad.summary.claims[-1].text
    assert previous.startswith("The previous period of equal length (2021-01-01..2021-12-31) had 1 incident")
    assert "32 people were killed" in previous and "this period has the same number" in previous
    # every [n] the summary cites is in the briefing's Sources, the previous period's reports included
    listed = {c.n for c in baghdad.citations}
    assert {c.n for claim in baghdad.summary.claims for c in claim.citations} <= listed
    assert all(f"**[{n}]**" in baghdad.markdown for n in listed)


def test_previous_period_is_the_calendar_unit_before() -> None:
    """A month's previous period is the month before (not the same number of days), a year's the year before."""
    assert previous_period(dt.date(2022, 3, 1), dt.date(2022, 3, 31)) == (dt.date(2022, 2, 1), dt.date(2022, 2, 28))
    assert previous_period(dt.date(2024, 1, 1), dt.date(2024, 12, 31)) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert previous_period(dt.date(2022, 1, 1), dt.date(2022, 3, 31)) == (dt.date(2021, 10, 1), dt.date(2021, 12, 31))
    assert previous_period(dt.date(2022, 3, 5), dt.date(2022, 3, 14)) == (dt.date(2022, 2, 23), dt.date(2022, 3, 4))


def test_briefing_shows_the_ledger(desk: Desk) -> None:
    """Under the totals, the ledger says how the figures stand and what could not be counted."""
    b = desk.brief(filters_from("Salahuddin"), narrate=False)
    assert "## What this covers" in b.markdown and "Counted: 2 incidents" in b.markdown
    assert "could not be placed or dated" in b.markdown and "Kola Jawi" in b.markdown


@pytest.mark.parametrize(
    "text",
    [
        "Claimed on http://evil.example/claim by the group",
        "See HTTPS://evil.example and www.evil.example for the video",
        "ftp://files.evil.example/leak.zip was shared",
    ],
)
def test_bare_urls_in_article_text_are_not_links_in_a_briefing(text: str) -> None:
    """GFM renderers link bare URLs by themselves: in a briefing an article's URL stays text ('http\\://' shows as
    'http://'), its words kept."""
    out = md(text)
    assert not re.search(r"(?i)(?:https?|ftp)://|www\.", out)
    assert out.replace("\\", "") == text
