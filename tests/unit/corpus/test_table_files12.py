"""Spreadsheet exports (.csv, .tsv) are read as one document: an incident tracker's rows become lines of cells under
the header row, a quoted cell keeps its commas, a note above the header stays a note, and each row that tells an
attack becomes a record with its own date and figures. A malformed or empty table is reported by name."""

from __future__ import annotations

from pathlib import Path

from assistant.corpus.read import InputFileError, RawRecord, read_records, to_article
from assistant.incidents.rules import RuleExtractor

TRACKER = (
    "Exported 2022-06-30, filter: Kirkuk, June 2022\n"
    "ref,date,province,location,type,killed,injured,summary\n"
    'K-1,4-Jun-22,Kirkuk,Hawija,IED,2,1,"Roadside bomb hit an army vehicle near Hawija, killing 2 soldiers and '
    'wounding 1."\n'
    'K-2,2022/06/11,Kirkuk,Daquq,SAF,0,0,"Gunmen fired on a police checkpoint in Daquq; no one killed, no injuries."\n'
    'K-3,19.06.2022,Kirkuk,Kirkuk,Arrest,0,0,"Police arrested two suspects in Kirkuk city. Not an attack."\n'
)


def _read(tmp_path: Path, name: str, text: str) -> RawRecord | InputFileError:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (item,) = list(read_records(path, 5_000_000))
    return item


def test_a_tracker_export_reads_as_rows_of_cells(tmp_path: Path) -> None:
    rec = _read(tmp_path, "tracker.csv", TRACKER)
    assert isinstance(rec, RawRecord)
    lines = rec.text.split("\n")
    assert lines[0] == "Exported 2022-06-30, filter: Kirkuk, June 2022"  # a note above the header stays a note
    assert lines[1].startswith("ref | date | province | location")
    assert "near Hawija, killing 2 soldiers" in lines[2]  # a quoted cell keeps its comma


def test_each_attack_row_is_a_record_with_its_date_and_figures(tmp_path: Path) -> None:
    rec = _read(tmp_path, "tracker.csv", TRACKER)
    assert isinstance(rec, RawRecord)
    got = sorted(
        (str(r.event_date), r.killed and r.killed.low, r.wounded and r.wounded.low)
        for r in RuleExtractor().extract(to_article(rec))
    )
    assert got == [("2022-06-04", 2, 1), ("2022-06-11", 0, 0)]  # the arrest row is no attack


def test_semicolon_and_tab_tables(tmp_path: Path) -> None:
    semi = _read(tmp_path, "t.csv", "date;place;note\n4 June 2022;Hawija;IED on an army vehicle, 2 killed\n")
    tab = _read(tmp_path, "t.tsv", "date\tplace\tnote\n4 June 2022\tHawija\tIED on an army vehicle, 2 killed\n")
    assert isinstance(semi, RawRecord) and isinstance(tab, RawRecord)
    row = "4 June 2022 | Hawija | IED on an army vehicle, 2 killed"
    assert semi.text.split("\n")[1] == tab.text.split("\n")[1] == row


def test_an_empty_table_is_named(tmp_path: Path) -> None:
    err = _read(tmp_path, "empty.csv", ",,,\n,,\n")
    assert isinstance(err, InputFileError) and "empty.csv" in str(err) and "no rows" in str(err)


def test_an_empty_last_column_and_a_cell_over_two_lines(tmp_path: Path) -> None:
    text = (
        "Date,Location,Killed,Wounded,Description,Notes\n"
        '4 June 2022,Hawija,2,0,"A roadside bomb killed two\nsoldiers near Hawija.",\n'
        "9 June 2022,Daquq,0,1,Gunmen wounded a policeman in Daquq.,\n"
    )
    rec = _read(tmp_path, "t.csv", text)
    assert isinstance(rec, RawRecord)
    lines = rec.text.split("\n")
    assert lines[0] == "Date | Location | Killed | Wounded | Description | Notes"  # the header stays the header
    assert "killed two soldiers near Hawija." in lines[1]  # never 'twosoldiers'
    assert lines[2].count("|") == lines[0].count("|")  # every row as wide as its header
