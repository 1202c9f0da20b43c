"""The Incidents tab: table rows, filters, row selection and sources, and the `incidents` endpoint over HTTP."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.desk import Desk
from assistant.incidents.query import find_incidents
from assistant.schemas import Count, Incident, IncidentFilters
from assistant.store import INCIDENT_SCHEMA
from assistant.ui.incidents import HEADERS, date_cell, incident_filters, incident_rows, pick, query, sources_panel

KIRKUK_2022 = ("Kirkuk", 50, "2022-01-01", "2022-12-31", "", "")  # place, radius, from, to, type, perpetrator


@pytest.mark.parametrize(
    ("day", "precision", "cell"),
    [
        (dt.date(2022, 12, 18), "day", "2022-12-18"),
        (dt.date(2022, 11, 1), "month", "2022-11"),
        (dt.date(2017, 1, 1), "year", "2017"),
        (None, "unknown", "unknown"),
    ],
)
def test_date_cell_shows_the_known_precision(day: dt.date | None, precision: str, cell: str) -> None:
    """A month-precise date is not shown as the 1st of the month; the cells still sort by time as text."""
    assert date_cell(Incident(id="x", event_date=day, date_precision=precision)) == cell


def test_rows_for_kirkuk_2022(desk: Desk) -> None:
    """The two seed incidents near Kirkuk in 2022, with place, type, perpetrator, figures, precision and the article;
    the IED hit the village of Shalal al-Matar, which is placed at Kirkuk: geo precision 2 (near the town)."""
    incidents = find_incidents(desk.store, incident_filters("Kirkuk", 50, "2022-01-01", "2022-12-31", "", ""))
    rows = incident_rows(incidents, desk.store.article_meta())
    assert len(HEADERS) == len(rows[0]) == 9
    assert rows == [
        [
            "2022-11",
            "Kirkuk",
            "Kirkuk",
            "shooting",
            "unidentified attackers (unclaimed)",
            4,
            None,
            "time 2 \u00b7 geo 1",
            "AFP (2022-12-18)",
        ],
        ["2022-12-18", "Kirkuk", "Kirkuk", "IED attack", "ISIS (claimed)", 9, None, "time 1 \u00b7 geo 2"]
        + ["AFP (2022-12-18)"],
    ]


def test_rows_name_each_article_once_and_flag_deleted_ones() -> None:
    """An incident reported twice by one article lists it once; an article missing from the store says so."""
    src = [
        {"doc_id": "a", "quote": "q", "start": 0, "end": 1},
        {"doc_id": "a", "quote": "r", "start": 2, "end": 3},
        {"doc_id": "b", "quote": "s", "start": 0, "end": 1},
    ]
    i = Incident(id="x", attack_type="ambush", killed=Count(low=13, high=32, text="13\u201332"), sources=src)
    rows = incident_rows([i], {"a": {"title": "T", "outlet": None, "published": 20210124}})
    assert rows[0][5] == 13  # the lowest reported figure, as the totals count it
    assert rows[0][7] == "unknown"  # neither date nor place known: no precision to give
    assert rows[0][8] == "T (2021-01-24); deleted article b"


def test_filters_from_fields() -> None:
    """A radius counts only with a place; a province is a membership filter; bad fields say what is wrong."""
    assert incident_filters("", 50, "", "", "", "").is_empty()
    f = incident_filters("Salahuddin", 50, "", "", "ambush", "Daesh")
    assert (f.province, f.radius_km, f.attack_type, f.perpetrator) == ("Salahuddin", None, "ambush", "ISIS")
    with pytest.raises(ValueError, match="unknown place"):
        incident_filters("Atlantis", 50, "", "", "", "")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        incident_filters("", None, "last spring", "", "", "")


def test_query_reports_bad_filters_and_totals(desk: Desk) -> None:
    """The summary line carries the count and the totals computed by code; a bad field becomes the message."""
    incidents, rows, message = query(desk, *KIRKUK_2022)
    assert len(incidents) == len(rows) == 2
    assert "**2** incidents" in message and "killed 13" in message and "wounded not reported" in message
    incidents, rows, message = query(desk, "", None, "2022-12-31", "2022-01-01", "", "")
    assert rows == [] and "Filter:" in message and "after" in message


def test_query_says_when_the_corpus_needs_reindex(desk: Desk) -> None:
    """Records written by an older extractor are not listed silently wrong: the tab says to re-index."""
    desk.store.incidents.modify(metadata={**(desk.store.incidents.metadata or {}), "schema": INCIDENT_SCHEMA - 1})
    _, rows, message = query(desk, "", None, "", "", "", "")
    assert rows == [] and "reindex" in message


def test_pick_follows_the_index_and_checks_the_row() -> None:
    """A selection maps to its incident; if the table changed under it, the row's values find the right one."""
    a, b = Incident(id="a", place="Tikrit"), Incident(id="b", place="Kirkuk")
    rows = [["2021-01-23", "Tikrit", "", "", "", 11, 10, "AFP"], ["2022-12-18", "Kirkuk", "", "", "", 9, None, "AFP"]]
    assert pick([a, b], rows, [1, 3], rows[1]) is b
    assert pick([a, b], rows, [0, 0], ["2022-12-18", "Kirkuk", "", "", "", 9.0, "", "AFP"]) is b  # browser's forms
    assert pick([a, b], rows, [5, 0], None) is None
    assert pick([a, b], rows, [0, 0], ["1999", "Nowhere", "", "", "", 0, 0, ""]) is None


def test_sources_panel_marks_the_evidence(desk: Desk) -> None:
    """Selecting an incident shows what the record says and each reporting article with the evidence highlighted."""
    inc = next(i for i in find_incidents(desk.store, IncidentFilters()) if i.place == "Tikrit")
    panel = sources_panel(desk, inc)
    assert "ambush by ISIS" in panel
    assert panel.count('class="source"') == 1  # one article, two evidence sentences
    article = desk.store.article(inc.sources[0].doc_id)
    assert article is not None
    for s in inc.sources:
        assert f'<mark class="quote" data-n="1">{s.quote}</mark>' in panel


def test_sources_panel_never_marks_a_quote_that_is_not_there(desk: Desk) -> None:
    """Evidence offsets that do not match the stored text are left unmarked; a deleted article is named as gone."""
    inc = next(i for i in find_incidents(desk.store, IncidentFilters()) if i.place == "Tikrit")
    good, bad = inc.sources[0], inc.sources[1].model_copy(update={"start": 0, "end": 40})
    gone = inc.sources[0].model_copy(update={"doc_id": "0000000000000000"})
    panel = sources_panel(desk, inc.model_copy(update={"sources": [good, bad, gone]}))
    assert panel.count("<mark") == 1 and f">{good.quote}</mark>" in panel
    assert "0000000000000000 is no longer in the corpus" in panel


def test_article_markup_is_shown_as_text(settings, tmp_path: Path) -> None:
    """A <script> in an article is escaped in the sources panel, never emitted as markup."""
    path = tmp_path / "evil.txt"
    path.write_text(
        "Gunmen attack checkpoint near Kirkuk <script>alert(1)</script>\n\n"
        "KIRKUK (AFP) - Gunmen killed 3 policemen at a checkpoint in Kirkuk on 5 May 2022, police said. "
        "<img src=x onerror=alert(2)>",
        encoding="utf-8",
    )
    desk = Desk(settings)
    desk.ingest([path])
    inc = find_incidents(desk.store, IncidentFilters())[0]
    panel = sources_panel(desk, inc)
    assert "<script>" not in panel and "<img" not in panel
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in panel and "&lt;img src=x onerror=alert(2)&gt;" in panel


def test_listings_and_exports_run_one_at_a_time_in_the_order_asked(desk: Desk) -> None:
    """Opening the tab lists every incident; a filter pressed just after must not be overwritten by that slower
    listing, and an export must write the listing on screen: every event that fills the table or exports waits in
    one queue that runs one request at a time (the app's default runs two at once, in any order of finishing)."""
    from assistant.app import build_app

    app = build_app(desk)
    by_id = {block._id: block for block in app.blocks.values()}
    targets = {"inc-table", "i-export-file"}
    events = [
        fn for fn in app.fns.values() if any(getattr(by_id.get(o._id), "elem_id", None) in targets for o in fn.outputs)
    ]
    assert len(events) >= 6  # Show, Enter in three fields, opening the tab, Export
    assert len({fn.concurrency_id for fn in events}) == 1
    assert all(fn.concurrency_limit == 1 for fn in events)
