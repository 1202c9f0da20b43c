"""Incident export in event-data columns, the lead sentence of record answers, and the completeness ledger."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_query import at_least, exact, incident, near, put_article

from assistant.answering.from_records import answer_from_incidents
from assistant.answering.question import parse_question
from assistant.cli import main
from assistant.desk import Desk
from assistant.incidents import export
from assistant.incidents.ledger import ledger
from assistant.incidents.query import find_incidents, merge_duplicates
from assistant.schemas import Count, Incident, IncidentFilters, IncidentSource
from assistant.settings import Settings

from conftest import cli_env


@pytest.fixture
def blank(settings: Settings) -> Desk:
    """A desk with an empty corpus (hash embedder, fake LLM, in-memory store)."""
    return Desk(settings)


# ------------------------------------------------------------------ export


def test_export_round_trips_in_every_format(desk: Desk, tmp_path: Path) -> None:
    """The seeds' incidents written as CSV, JSONL and GeoJSON read back to the same rows, in event-data columns."""
    found = find_incidents(desk.store, IncidentFilters())
    table = export.rows(found, desk.store.article_meta())
    assert len(table) == len(found) > 5
    for fmt in export.FORMATS:
        path = export.write(table, fmt, tmp_path / f"out.{fmt}")
        assert export.read(path) == table, fmt
    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    for column in ("event_id", "event_date", "time_precision", "admin1", "latitude", "geo_precision", "actor1"):
        assert column in header
    geo = json.loads((tmp_path / "out.geojson").read_text())
    placed = [f for f in geo["features"] if f["geometry"] is not None]
    assert placed and all(f["geometry"]["coordinates"][1] == f["properties"]["latitude"] for f in placed)


def test_export_rows_carry_figures_evidence_and_sources(desk: Desk) -> None:
    """The Tikrit ambush row: 11 killed and 10 wounded, Salahuddin, its evidence sentence, its article named."""
    found = find_incidents(desk.store, near("Tikrit", 30))
    rows = export.rows(found, desk.store.article_meta())
    row = next(r for r in rows if r["fatalities_best"] == 11)
    assert row["wounded_best"] == 10 and row["admin1"] == "Salahuddin" and row["time_precision"] == 1
    assert row["actor1"] == "ISIS" and row["event_date"].startswith("2021-")
    assert "11" in row["notes"] and desk.store.article(found[0].sources[0].doc_id) is not None
    assert "doc " in row["sources"] and row["sub_event_type"]


def test_figures_blank_when_not_reported_never_zero(blank: Desk) -> None:
    """No figure is exported as blank, an open figure has no high, 'no casualties' is 0."""
    put_article(
        blank,
        "a",
        [
            incident("none", killed=None),
            incident("open", place="Tikrit", killed=at_least(11)),
            incident("zero", place="Baiji", killed=Count(low=0, high=0, text="no casualties")),
        ],
    )
    rows = {r["event_id"]: r for r in export.rows(find_incidents(blank.store, IncidentFilters()), {})}
    assert rows["none"]["fatalities_best"] is None and rows["none"]["fatalities_text"] is None
    assert (rows["open"]["fatalities_low"], rows["open"]["fatalities_high"]) == (11, None)
    assert rows["zero"]["fatalities_best"] == 0


def test_csv_cells_never_run_as_formulas(tmp_path: Path) -> None:
    """A quote starting with '=' cannot become a spreadsheet formula, and reads back as written."""
    row = {c: None for c in export.COLUMNS} | {"event_id": "x", "notes": '=HYPERLINK("http://evil")'}
    path = export.write([row], "csv", tmp_path / "x.csv")
    assert "'=HYPERLINK" in path.read_text()
    assert export.read(path)[0]["notes"] == row["notes"]


def test_cli_incidents_exports_the_question_scope(desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`assistant incidents "attacks near Kirkuk in 2022" --out x.csv` writes those incidents; the ledger goes to
    stderr; a file suffix it cannot read is a clear error."""
    for name, value in cli_env(desk.settings).items():
        monkeypatch.setenv(name, value)
    out = tmp_path / "kirkuk.csv"
    args = ["incidents", "attacks near Kirkuk in 2022", "--data-dir", str(desk.settings.data_dir)]
    res = CliRunner().invoke(main, args + ["--out", str(out)], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    rows = export.read(out)
    assert rows and all(r["event_date"] is None or r["event_date"].startswith("2022") for r in rows)
    assert "Counted:" in res.output and "wrote" in res.output
    res = CliRunner().invoke(main, args, catch_exceptions=False)
    assert res.exit_code == 0 and rows[0]["event_id"] in res.output
    res = CliRunner().invoke(main, args + ["--out", str(tmp_path / "x.xlsx")], catch_exceptions=False)
    assert res.exit_code != 0 and "--format" in res.output


# ------------------------------------------------------------------ ledger


def test_ledger_lists_records_that_could_not_be_placed_or_dated(blank: Desk) -> None:
    """A 2022 listing near Kirkuk names the 2022 report with no place and the Kirkuk report with no date."""
    put_article(
        blank,
        "a",
        [
            incident("kirkuk", killed=3),
            incident("vague", place="Hawija", killed=at_least(5, "dozens")),
            incident("nowhere", place=None, killed=2),
            incident("undated", day=None, killed=1),
            incident("year-only", day="2022-01-01", precision="year", killed=4),
        ],
    )
    f = near("Kirkuk", 80, date_from=dt.date(2022, 6, 1), date_to=dt.date(2022, 12, 31))
    counted = find_incidents(blank.store, f)
    book = ledger(blank.store, f, counted)
    whys = {x.label.split(":")[0]: x.why for x in book.left_out}
    assert {i.id for i in counted} == {"kirkuk", "vague"}
    assert any("no place" in w for w in whys.values()) and any("no event date" in w for w in whys.values())
    assert any("dated only to 2022" in w for w in whys.values())
    assert book.tallies["killed"].exact == 1 and book.tallies["killed"].open == 1
    text = "\n".join(book.lines())
    assert "Counted: 2 incidents" in text and "could not be placed or dated" in text


def test_listing_answer_starts_with_a_cited_sentence(blank: Desk) -> None:
    """'how many killed near Kirkuk in 2022': one plain sentence with the total and the span, cited, then the lines,
    then the ledger."""
    two = [incident("k1", killed=9, wounded=2), incident("k2", place="Dibis", day="2022-03-03", killed=4)]
    put_article(blank, "a", two)
    parsed = parse_question("how many people were killed near Kirkuk in 2022?", dt.date(2024, 1, 1))
    answer = answer_from_incidents(parsed, "q", blank.store)
    first = answer.text.splitlines()[0]
    assert first.startswith("13 people were killed and at least 2 wounded in 2 attacks near Kirkuk")
    assert "between 3 March and 18 December 2022" in first and "[1]" in first and "[2]" in first
    assert answer.claims[0].citations and answer.ledger[0] == "Counted: 2 incidents."
    one = parse_question("how many were killed in the attack near Kirkuk on 18 December 2022?", dt.date(2024, 1, 1))
    single = answer_from_incidents(one, "q", blank.store).text.splitlines()[0]
    assert single.startswith("9 people were killed and 2 wounded in the IED attack on police near Kirkuk")
    assert "on 18 December 2022" in single


def test_merged_reports_flag_disagreements_beyond_figures() -> None:
    """Two reports of one attack naming different perpetrators, dates or claims are flagged, both versions kept."""
    a = incident("a", perpetrator="ISIS", doc="d1", killed=3)
    b = incident("b", perpetrator="PKK", doc="d2", killed=3, day="2022-12-19").model_copy(update={"claimed": "claimed"})
    merged = merge_duplicates([a, b])
    assert len(merged) == 1
    flags = " | ".join(merged[0].conflicts)
    assert "perpetrator: ISIS vs PKK" in flags and "date: 2022-12-18" in flags
    same = merge_duplicates([incident("c", doc="d1", killed=exact(2).low), incident("d", doc="d2", killed=2)])
    assert same[0].conflicts == []


def _dated(ident: str, day: str, precision: str = "day", **more: object) -> Incident:
    return incident(ident, day=day, precision=precision, **more)


@pytest.mark.parametrize(
    ("records", "said"),
    [
        ([("a", "2022-12-01", "month"), ("b", "2022-12-05", "day")], "in December 2022"),
        ([("a", "2022-01-01", "year"), ("b", "2022-03-05", "day")], "in 2022"),
        ([("a", "2022-11-01", "month"), ("b", "2022-12-18", "day")], "between November and 18 December 2022"),
        ([("a", "2022-03-05", "day"), ("b", "2022-03-09", "day")], "between 5 and 9 March 2022"),
        ([("a", "2021-12-30", "day"), ("b", "2022-01-02", "day")], "between 30 December 2021 and 2 January 2022"),
        (
            [("a", "2022-03-05", "day"), ("b", "2022-03-09", "reported")],
            "(1 on 5 March 2022, 1 dated only by its report)",
        ),
        ([("a", "2022-03-09", "reported")], "(1 dated only by its report)"),
    ],
)
def test_span_says_each_date_at_its_precision(records: list[tuple[str, str, str]], said: str) -> None:
    """The span of a total never claims more precision than the records have, nor a report's date as an event's."""
    from assistant.answering.from_records import dated_span

    assert dated_span([_dated(i, d, p) for i, d, p in records]) == said


@pytest.mark.parametrize(
    ("killed", "said"),
    [
        ([exact(9), exact(4)], "13 people were killed"),
        ([at_least(1), None], "at least 1 person was killed"),
        ([exact(1)], "1 person was killed"),
        ([Count(low=0, high=0, text="no casualties")], "no one was reported killed"),
        ([Count(low=0, high=0, text="no casualties"), None], ""),  # 'at least 0' says nothing
        ([Count(low=None, high=None, text="dozens")], ""),
    ],
)
def test_totals_phrase(killed: list[Count | None], said: str) -> None:
    """Totals say 'at least' when any record lacks a figure, agree in number, and never state 'at least 0'."""
    from assistant.answering.from_records import totals_phrase

    records = [incident(f"i{n}", killed=k) for n, k in enumerate(killed)]
    assert totals_phrase(records, None) == said


def test_lead_keeps_suspicion_and_date_of_one_record_without_figures(blank: Desk) -> None:
    """'by suspected ISIS' when the quote only suspects them; a record with no figure keeps its date."""
    quote = "Report s: suspected ISIS militants planted a bomb near Kirkuk; no casualty figure was given."
    suspect = incident("s", killed=None, perpetrator="ISIS")
    source = IncidentSource(doc_id="d", quote=quote, start=0, end=len(quote))
    suspect = suspect.model_copy(update={"sources": [source]})
    put_article(blank, "a", [suspect])
    answer = answer_from_incidents(parse_question("attacks near Kirkuk", dt.date(2024, 1, 1)), "q", blank.store)
    first = answer.text.splitlines()[0]
    assert first.startswith("The IED attack by suspected ISIS on police near Kirkuk on 18 December 2022;"), first
    assert "no casualty figure is reported" in first


def test_ledger_for_an_unknown_place_lists_only_records_naming_it(blank: Desk) -> None:
    """A place the gazetteer lacks: the ledger never offers unrelated undated records as 'may be in scope'."""
    put_article(blank, "a", [incident("basra", place="Basra", day=None, killed=2)])
    parsed = parse_question("attacks in the village of Qwertyville in 2022", dt.date(2024, 1, 1))
    assert parsed.unknown_place
    answer = answer_from_incidents(parsed, "q", blank.store)
    assert "Basra" not in " ".join(answer.ledger)


@pytest.mark.parametrize(
    ("killed", "shown"),
    [
        (Count(low=3, high=3, text="third"), "killed 3"),  # 'A third soldier died': the count, not the word
        (Count(low=0, high=0, text="no casualties"), "killed 0"),
        (Count(low=11, high=None, text="at least 11"), "killed at least 11"),  # words that say more stay
        (Count(low=13, high=32, text="between 13 and 32"), "killed 13\u201332"),
        (Count(low=None, high=None, text="dozens"), "killed dozens"),
    ],
)
def test_the_terminal_table_shows_figures_as_numbers(killed: Count, shown: str) -> None:
    row = export.incident_row(incident("t1", killed=killed), {})
    assert f" {shown} " in export.table_line(row) + " "


def test_a_comparison_names_a_blamed_attacker_as_suspected(blank: Desk) -> None:
    """A side whose quote only blames the group reads 'by suspected ISIS', never 'by ISIS'; one whose quote says
    the group attacked keeps 'by ISIS'."""
    from assistant.answering.compare import comparison_answer

    told = {
        "hawija": "Police blamed Islamic State cells for the bomb near Hawija that killed 3 soldiers.",
        "tikrit": "Islamic State militants ambushed an army patrol near Tikrit, killing 5 soldiers.",
    }
    for ident, quote in told.items():
        record = incident(ident, place=ident.title(), killed=3 if ident == "hawija" else 5, perpetrator="ISIS")
        source = record.sources[0].model_copy(update={"quote": quote, "end": len(quote)})
        put_article(blank, ident, [record.model_copy(update={"sources": [source]})])
    answer = comparison_answer("Which was deadlier, the Hawija bomb or the Tikrit ambush?", blank.store)
    assert answer is not None and not answer.abstained
    assert "by suspected ISIS near Hawija" in answer.text, answer.text
    assert "by ISIS near Tikrit" in answer.text, answer.text


def test_a_listing_by_a_group_counts_the_records_that_only_blame_it(blank: Desk) -> None:
    """'3 IED attacks by ISIS (1 only suspected)': the lead never says a group did what its quotes only blame on it."""
    quotes = [
        "Police blamed Islamic State cells for the bomb near Kirkuk that killed 2 policemen.",
        "Islamic State militants planted a bomb near Kirkuk that killed 1 policeman.",
        "An Islamic State bomb near Kirkuk killed 4 policemen.",
    ]
    for n, quote in enumerate(quotes):
        record = incident(f"k{n}", day=f"2022-0{n + 1}-10", killed=2, perpetrator="ISIS")
        source = record.sources[0].model_copy(update={"quote": quote, "end": len(quote)})
        put_article(blank, f"k{n}", [record.model_copy(update={"sources": [source]})])
    answer = answer_from_incidents(parse_question("ISIS attacks near Kirkuk", dt.date(2024, 1, 1)), "q", blank.store)
    lines = answer.text.splitlines()
    assert "3 attacks by ISIS (1 only suspected)" in lines[0], answer.text
    assert "IED attack by suspected ISIS on police near Kirkuk" in lines[2], answer.text
    assert "IED attack by ISIS on police near Kirkuk" in lines[3], answer.text
