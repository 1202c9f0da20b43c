"""The change log: one line per corpus change with who, via, what and when; a log failure never costs the change."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import pwd
import shutil
from pathlib import Path

import gradio as gr
import pytest

from assistant.corpus import changes
from assistant.corpus.changes import LOG_FILE, Actor, log_path, os_user
from assistant.desk import Desk
from assistant.errors import ModelFileError, StoreError
from assistant.models.fakes import HashEmbedder
from assistant.settings import Settings
from assistant.store import Store
from assistant.ui.corpus import actor_for, delete_document, ingest_uploads, reindex

from conftest import SEEDS, upload_files


def _logged(settings: Settings, tmp_path: Path) -> Settings:
    store = settings.store.model_copy(update={"changes_log": tmp_path / "log" / LOG_FILE})
    return settings.model_copy(update={"store": store})


def _lines(settings: Settings) -> list[dict]:
    path = settings.store.changes_log
    assert path is not None
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line] if path.exists() else []


def test_where_the_log_lives(settings: Settings, tmp_path: Path) -> None:
    """Next to a local corpus by default; a file of one's choice; an in-memory store logs only when told where."""
    local = settings.model_copy(update={"store": settings.store.model_copy(update={"mode": "local"})})
    assert log_path(local) == settings.data_dir / "changes.jsonl"
    assert log_path(settings) is None
    assert log_path(_logged(settings, tmp_path)) == tmp_path / "log" / "changes.jsonl"


def test_ingest_replace_delete_reindex_import_are_logged(settings: Settings, tmp_path: Path) -> None:
    """Each change is one line: UTC time, who, via, action, doc id, source and counts; duplicates change nothing."""
    settings = _logged(settings, tmp_path)
    desk = Desk(settings)
    cli = Actor.here("cli")
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    desk.ingest([folder], by=cli)
    desk.ingest([folder], by=cli)  # all duplicates: no line
    lines = _lines(settings)
    assert [line["action"] for line in lines] == ["add"] * 5
    first = lines[0]
    assert first["who"] == os_user() and first["via"] == "cli"
    assert dt.datetime.strptime(first["time"], "%Y-%m-%dT%H:%M:%SZ")
    assert (
        abs(
            dt.datetime.strptime(first["time"], "%Y-%m-%dT%H:%M:%SZ") - dt.datetime.now(dt.UTC).replace(tzinfo=None)
        ).total_seconds()
        < 120
    )
    assert first["source"] == str(folder / "000_b6ac3712ce3964f2.txt") and first["doc_id"] == "2b2d356cd40c4ad9"
    assert (first["chunks"], first["incidents"]) == (3, 2)

    edited = folder / "002_a9d188d1784c2b7a.txt"
    edited.write_text(edited.read_text() + "\nOfficials gave no further details.", encoding="utf-8")
    desk.ingest([edited], by=cli)
    replace = _lines(settings)[-1]
    assert replace["action"] == "replace" and replace["replaced"] == ["3840446adfad1b87"]

    assert desk.delete(replace["doc_id"], by=Actor.here("ui", "ana")) is not None
    delete = _lines(settings)[-1]
    assert (delete["action"], delete["who"], delete["via"], delete["doc_id"]) == (
        "delete",
        "ana",
        "ui",
        replace["doc_id"],
    )
    assert delete["source"] == str(edited) and (delete["chunks"], delete["incidents"]) == (replace["chunks"], 2)
    assert desk.delete(replace["doc_id"]) is None and len(_lines(settings)) == 7  # nothing deleted: no line

    desk.reindex_incidents(by=cli)
    assert {k: v for k, v in _lines(settings)[-1].items() if k != "time"} == {
        "who": os_user(),
        "via": "cli",
        "action": "reindex",
        "articles": 4,
        "incidents": 9,
        "failed": 0,
    }

    desk.export(tmp_path / "corpus.zip")
    assert len(_lines(settings)) == 8  # an export changes nothing
    other_store = settings.store.model_copy(update={"prefix": settings.store.prefix + "b"})
    other = Desk(settings.model_copy(update={"store": other_store}))
    other.import_archive(tmp_path / "corpus.zip", by=cli)
    imported = _lines(settings)[8:]
    assert [line["action"] for line in imported] == ["import"] * 4
    assert {line["archive"] for line in imported} == {"corpus.zip"}
    assert all(line["chunks"] > 0 for line in imported)


def test_a_title_with_line_break_characters_stays_on_its_line(settings: Settings, tmp_path: Path) -> None:
    """U+0085, U+2028 and U+2029, which JSON leaves raw and str.splitlines() splits at, are written escaped."""
    settings = _logged(settings, tmp_path)
    title = "Kirkuk\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029attack"
    assert changes.record(settings, Actor.here("cli"), "delete", doc_id="d1", title=title)
    assert settings.store.changes_log is not None
    text = settings.store.changes_log.read_text(encoding="utf-8")
    assert len(text.splitlines()) == 1 and _lines(settings)[0]["title"] == title


def test_a_log_that_cannot_be_written_costs_a_warning_not_the_change(
    settings: Settings, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The log's place is a folder: the articles are stored all the same and the failure is a warning."""
    settings = _logged(settings, tmp_path)
    assert settings.store.changes_log is not None
    settings.store.changes_log.mkdir(parents=True)
    with caplog.at_level(logging.WARNING):
        report = Desk(settings).ingest([SEEDS])
    assert report.count("added") == 5 and Desk(settings).store.counts()[0] == 5
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 5 and "change log" in warnings[0] and "could not be written" in warnings[0]


def test_the_app_logs_the_logged_in_user(settings: Settings, tmp_path: Path) -> None:
    """Changes made in the Corpus tab carry gradio's login name; without logins, the server's OS user."""
    settings = _logged(settings, tmp_path)
    desk = Desk(settings)
    ana, anonymous = actor_for(gr.Request(username="ana")), actor_for(gr.Request())
    assert (ana.user, ana.via) == ("ana", "ui") and (anonymous.user, anonymous.via) == (os_user(), "ui")
    rows = ingest_uploads(desk, [str(upload_files(tmp_path)["tikrit.txt"])], by=ana)
    doc_id = rows[0][2].split("doc ")[1].split(" ")[0]
    assert delete_document(desk, doc_id, ana).startswith("Deleted")
    reindex(desk, by=anonymous)
    lines = _lines(settings)
    assert [(line["action"], line["who"], line["via"]) for line in lines] == [
        ("add", "ana", "ui"),
        ("delete", "ana", "ui"),
        ("reindex", os_user(), "ui"),
    ]
    assert lines[1]["doc_id"] == doc_id and lines[1]["source"].endswith("uploads/tikrit.txt")


def test_the_os_user_is_the_account_not_what_the_environment_says(monkeypatch: pytest.MonkeyPatch) -> None:
    """LOGNAME and USER can be set to anyone: the name comes from the process's uid, and another name the environment
    gives is recorded beside it, never instead."""
    account = pwd.getpwuid(os.geteuid()).pw_name
    for var in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(var, raising=False)
    assert os_user() == account
    monkeypatch.setenv("USER", account)
    assert os_user() == account
    monkeypatch.setenv("LOGNAME", f"not-{account}")
    assert os_user() == f"{account} (LOGNAME=not-{account})"
    assert Actor.here("cli").user == f"{account} (LOGNAME=not-{account})"


@pytest.mark.parametrize(
    ("fails", "error", "remedy"),
    [("store", StoreError, "check the disk and the data dir"), ("model", ModelFileError, "run `assistant models`")],
)
def test_an_import_that_stops_part_way_says_how_to_finish_and_is_logged(
    fails: str,
    error: type[Exception],
    remedy: str,
    desk: Desk,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The store or the model failing at the third article stops the import with help that fits an import (not an
    ingest) and a 'stopped' line in the log; importing the same file again finishes it."""
    desk.export(tmp_path / "corpus.zip")
    other_store = settings.store.model_copy(update={"prefix": settings.store.prefix + "b"})
    other = Desk(_logged(settings.model_copy(update={"store": other_store}), tmp_path))
    calls = []
    target, name = (Store, "_put") if fails == "store" else (HashEmbedder, "embed")
    real = getattr(target, name)

    def third_fails(self: object, *args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(target, name, third_fails)
    with pytest.raises(error) as err:
        other.import_archive(tmp_path / "corpus.zip", by=Actor.here("cli"))
    assert "No space left on device" in str(err.value)
    help_message = err.value.help_message  # type: ignore[attr-defined]
    assert "the import stopped at article 3 of 5" in help_message and "the 2 added before it are stored" in help_message
    assert remedy in help_message and "import corpus.zip again" in help_message and "ingest" not in help_message
    lines = _lines(other.settings)
    assert [line["action"] for line in lines] == ["import"] * 3
    assert {k: v for k, v in lines[-1].items() if k != "time"} == {
        "who": os_user(),
        "via": "cli",
        "action": "import",
        "archive": "corpus.zip",
        "articles": 2,
        "stopped": error.__name__,
    }
    monkeypatch.undo()
    report = other.import_archive(tmp_path / "corpus.zip")
    assert (report.count("added"), report.count("duplicate")) == (3, 2) and other.store.counts() == (5, 14)
