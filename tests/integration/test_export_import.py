"""Export, import and backup as a user runs them, on Chroma on disk with the real embedder; the change log on disk."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.corpus.changes import Actor, os_user
from assistant.desk import Desk
from assistant.lock import writer_lock
from assistant.schemas import IncidentFilters
from assistant.settings import Settings, load_settings

from conftest import SEEDS

# The listing questions are answered from the records, never by the model; the fake stands in should one slip through.
ENV = {"DESK_LLM__BACKEND": "fake"}
RECORD_QUESTIONS = [
    "attacks near Kirkuk in 2022",
    "how many police were killed in 2022?",
    "ISIS attacks in Salahuddin province",
    "Which was deadlier, the ambush near Makhmour or the ambush east of Tikrit?",
]
FILTERS = [
    IncidentFilters(),
    IncidentFilters(province="Salahuddin"),
    IncidentFilters(place="Kirkuk", lat=35.4681, lon=44.3922, radius_km=50.0),
    IncidentFilters(perpetrator="ISIS", attack_type="ambush"),
]
PASSAGE_QUESTIONS = [
    "How many PMU fighters were killed in the ambush east of Tikrit?",
    "How many Katyusha rockets were fired at the Qayyarah base?",
]


def _cli(*args: str, **env: str):
    return CliRunner().invoke(main, list(args), env={**ENV, **env}, catch_exceptions=False)


def _desk(data_dir: Path, **overrides: object) -> Desk:
    return Desk(load_settings("default", data_dir=data_dir, llm={"backend": "fake"}, **overrides))


def _log(data_dir: Path) -> list[dict]:
    text = (data_dir / "changes.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.split("\n") if line]


@pytest.fixture(scope="module")
def moved(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """Seeds ingested with the real embedder by `assistant ingest`, exported, imported into a new data dir."""
    root = tmp_path_factory.mktemp("moved")
    a, b, archive = root / "a", root / "b", root / "seeds.zip"
    res = _cli("ingest", "--data-dir", str(a), str(SEEDS))
    assert res.exit_code == 0 and "5 added" in res.output, res.output
    res = _cli("export", "--data-dir", str(a), str(archive))
    assert res.exit_code == 0, res.output
    assert f"wrote 5 articles (14 chunks) and 11 incident records of {a} to {archive}" in res.output
    res = _cli("import", "--data-dir", str(b), str(archive))
    assert res.exit_code == 0, res.output
    assert "5 article(s) in seeds.zip: 5 added, 0 already in the corpus (skipped)" in res.output
    return a, b, archive


def test_round_trip_keeps_articles_chunks_records_and_answers(moved: tuple[Path, Path, Path]) -> None:
    """The imported corpus has the same articles, chunks, incident records (every field), record answers and
    retrieval as the one exported."""
    a, b = _desk(moved[0]), _desk(moved[1])
    assert b.store.embedder_name() == a.store.embedder_name() == a.embedder.name
    assert b.articles() == a.articles() and len(a.articles()) == 5
    assert b.store.counts() == a.store.counts() == (5, 14)
    for article in a.articles():
        assert b.store.chunks_of(article.doc_id) == a.store.chunks_of(article.doc_id)
    assert b.store.incidents_by_doc() == a.store.incidents_by_doc()
    assert sum(len(v) for v in b.store.incidents_by_doc().values()) == 11
    assert b.store.incidents_current()
    for filters in FILTERS:
        found = a.find_incidents(filters)
        assert found and b.find_incidents(filters) == found, filters
    for question in RECORD_QUESTIONS:
        answer = a.ask(question)
        assert answer.sources and not answer.abstained, question
        assert b.ask(question).model_dump() == answer.model_dump(), question
    for question in PASSAGE_QUESTIONS:
        assert [h.chunk.chunk_id for h in b.retrieve(question)] == [h.chunk.chunk_id for h in a.retrieve(question)]


def test_importing_again_skips_what_is_there(moved: tuple[Path, Path, Path]) -> None:
    """A second import of the same file adds nothing and names each article it skipped."""
    _, b, archive = moved
    res = _cli("import", "--data-dir", str(b), str(archive))
    assert res.exit_code == 0
    assert "5 article(s) in seeds.zip: 0 added, 5 already in the corpus (skipped)" in res.output
    assert res.output.count("already in the corpus (same doc id), doc ") == 5
    assert _desk(b).store.counts() == (5, 14)


def test_changes_are_logged_in_the_data_dir(moved: tuple[Path, Path, Path]) -> None:
    """`assistant ingest` and `import` log each article they store, by the OS user via cli; a delete through the app
    logs the app's user; an export logs nothing."""
    a, b, _ = moved
    ingested, imported = _log(a), _log(b)
    assert [(c["action"], c["who"], c["via"]) for c in ingested] == [("add", os_user(), "cli")] * 5
    assert {c["source"] for c in ingested} == {str(p) for p in SEEDS.iterdir()}
    assert [(c["action"], c["archive"]) for c in imported] == [("import", "seeds.zip")] * 5
    assert sum(c["chunks"] for c in imported) == 14 and sum(c["incidents"] for c in imported) == 11
    desk = _desk(b)
    gone = desk.articles()[0]
    desk.delete(gone.doc_id, by=Actor.here("ui", "ana"))
    last = _log(b)[-1]
    assert (last["action"], last["who"], last["via"], last["doc_id"], last["source"]) == (
        "delete",
        "ana",
        "ui",
        gone.doc_id,
        gone.source,
    )
    assert last["time"].endswith("Z")


def test_backup_is_a_dated_export_taken_under_the_lock(moved: tuple[Path, Path, Path], tmp_path: Path) -> None:
    """`assistant backup DIR` writes a dated file that imports into a corpus of another embedder with the same records;
    while another writer holds the data dir it waits, then stops naming the holder and writes nothing."""
    a = moved[0]
    res = _cli("backup", "--data-dir", str(a), str(tmp_path / "backups"))
    assert res.exit_code == 0, res.output
    (made,) = (tmp_path / "backups").iterdir()
    assert made.name.startswith("incident-desk-") and made.name.endswith("Z.zip")
    hashed = tmp_path / "hashed"
    res = _cli("import", "--data-dir", str(hashed), str(made), DESK_EMBED__BACKEND="hash")
    assert res.exit_code == 0 and "5 added" in res.output
    moved_desk = _desk(hashed, embed={"backend": "hash"})
    assert moved_desk.store.embedder_name() == "hash-2048"
    assert moved_desk.store.incidents_by_doc() == _desk(a).store.incidents_by_doc()

    settings: Settings = load_settings("default", data_dir=a)
    with writer_lock(settings, "assistant serve --port 7860"):
        res = CliRunner().invoke(main, ["backup", "--wait", "0", "--data-dir", str(a), str(tmp_path / "later")])
    assert res.exit_code == 1
    assert f"pid {os.getpid()} (assistant serve --port 7860)" in res.output
    assert not (tmp_path / "later").exists()


def test_a_damaged_file_is_refused_and_nothing_is_stored(moved: tuple[Path, Path, Path], tmp_path: Path) -> None:
    """A truncated export stops `assistant import` with the file named and exit 1; the data dir holds no article."""
    cut = tmp_path / "cut.zip"
    data = moved[2].read_bytes()
    cut.write_bytes(data[: len(data) - 200])
    target = tmp_path / "target"
    res = _cli("import", "--data-dir", str(target), str(cut), DESK_EMBED__BACKEND="hash")
    assert res.exit_code == 1
    assert f"error: {cut}: is not a zip file, or it was cut short (truncated)" in res.output
    assert "-> export the corpus again" in res.output
    assert not (target / "chroma").exists() and not (target / "changes.jsonl").exists()
