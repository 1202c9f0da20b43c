"""The CLI in process (fakes, in-memory store): what a user sees for crafted files, stored control characters and a
data dir with no corpus."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.corpus.archive import read_archive
from assistant.desk import Desk
from assistant.lock import writer_lock
from assistant.settings import Settings, load_settings

from conftest import SEEDS, cli_env


def test_ingest_names_a_crafted_file_and_still_prints_the_summary(settings: Settings, tmp_path: Path) -> None:
    """A JSON nested 100,000 deep is one named rejection with what to do; the other file is stored, the summary
    is printed and the exit code says something was rejected."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (folder / "good.txt").write_text((SEEDS / "002_a9d188d1784c2b7a.txt").read_text())
    res = CliRunner().invoke(main, ["ingest", "--data-dir", str(settings.data_dir), str(folder)], env=cli_env(settings))
    assert res.exit_code == 1
    assert f"rejected  {folder / 'deep.json'}: JSON nested too deeply to read" in res.output
    assert "  -> an article is an object with a 'text' field" in res.output
    assert "2 item(s)" in res.output and "1 added" in res.output and "1 rejected" in res.output


def test_ingest_prints_an_outcome_line_for_every_file_and_record(settings: Settings, tmp_path: Path) -> None:
    """Stored and duplicate files and records are named too, not only rejections: every input of a run can be
    found in its output (a JSON title's line break stays on one line)."""
    folder = tmp_path / "in"
    folder.mkdir()
    story = (SEEDS / "002_a9d188d1784c2b7a.txt").read_text()
    (folder / "a.txt").write_text(story)
    (folder / "b copy.md").write_text(story)
    (folder / "feed.jsonl").write_text(
        '{"text": "Gunmen killed two shepherds near Hawija on Monday, police said.", "title": "Two\\nlines"}\n{}\n'
    )
    res = CliRunner().invoke(main, ["ingest", "--data-dir", str(settings.data_dir), str(folder)], env=cli_env(settings))
    assert res.exit_code == 1
    lines = res.output.splitlines()
    starts = [
        f"added     {folder / 'a.txt'}: \u201cAt least 11 fighters",
        f"duplicate {folder / 'b copy.md'}: same text is already stored (doc ",
        f"added     {folder / 'feed.jsonl'}#line1: \u201cTwo lines\u201d, 1 chunk,",
    ]
    for start in starts:
        assert any(line.startswith(start) for line in lines), start
    assert f"rejected  {folder / 'feed.jsonl'}#line2: missing or empty 'text' field" in lines


def test_search_prints_no_control_characters_from_an_old_store(settings: Settings) -> None:
    """Text stored before control characters were dropped at ingest is printed without them."""
    desk = Desk(settings)
    desk.ingest([SEEDS / "002_a9d188d1784c2b7a.txt"])
    got = desk.store.chunks.get(include=["documents", "embeddings"])
    evil = [f"\x1b]0;pwned\x07\x1b[2J{d}\u202e" for d in got["documents"]]
    desk.store.chunks.update(ids=got["ids"], documents=evil, embeddings=got["embeddings"])
    art = desk.store.articles.get(include=["metadatas", "embeddings"])
    titled = [{**m, "title": f"\x1b[5m{m['title']}"} for m in art["metadatas"]]
    desk.store.articles.update(ids=art["ids"], metadatas=titled, embeddings=art["embeddings"])
    env = {**cli_env(settings), "DESK_RETRIEVE__MIN_SIMILARITY": "0.05"}  # the relevance gate of the hash embedder
    res = CliRunner().invoke(main, ["search", "--data-dir", str(settings.data_dir), "PMU fighters Tikrit"], env=env)
    assert res.exit_code == 0 and "At least 11 fighters" in res.output
    assert not {"\x1b", "\x07", "\u202e"} & set(res.output)
    assert "]0;pwned[2J" in res.output  # the text around the controls is still shown


@pytest.mark.parametrize(
    "command",
    [
        ["ask", "attacks near Kirkuk in 2022"],
        ["brief", "--no-llm", "Kirkuk in 2022"],
        ["search", "attacks near Kirkuk"],
        ["incidents", "--province", "Kirkuk"],
    ],
)
def test_ask_and_brief_without_a_corpus_say_what_to_run(settings: Settings, tmp_path: Path, command: list[str]) -> None:
    """On a data dir with no corpus (a typo) every reading command says how to create one, not 'No incidents match'
    or 'No relevant passages'; the folder is not created."""
    missing = tmp_path / "no-such-corpus"
    env = {"DESK_EMBED__BACKEND": "hash", "DESK_LLM__BACKEND": "fake"}  # a local store on disk, as users have
    res = CliRunner().invoke(main, [*command, "--data-dir", str(missing)], env=env)
    assert res.exit_code == 1
    assert f"error: no corpus in {missing}" in res.output
    assert f"assistant ingest FILES_OR_FOLDERS --data-dir {missing}" in res.output
    assert "No incidents match" not in res.output and not missing.exists()


def test_a_skipped_hidden_file_is_named_and_is_no_failure(settings: Settings, tmp_path: Path) -> None:
    """A folder's hidden file gets a 'skipped' line with the reason and what to do; the run still exits 0."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text((SEEDS / "002_a9d188d1784c2b7a.txt").read_text())
    (folder / ".draft.txt").write_text("Gunmen killed two shepherds near Hawija on Monday, police said.")
    res = CliRunner().invoke(main, ["ingest", "--data-dir", str(settings.data_dir), str(folder)], env=cli_env(settings))
    assert res.exit_code == 0, res.output
    assert f"skipped   {folder / '.draft.txt'}: hidden file (its name starts with '.'): not read" in res.output
    assert "1 added, 0 replaced, 0 duplicate, 0 rejected, 1 hidden skipped." in res.output


class _Frozen(dt.datetime):
    """A clock stopped at 2024-05-01 09:12:03 UTC: every backup of a test falls in the same second."""

    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> _Frozen:
        return cls(2024, 5, 1, 9, 12, 3, 250_000, tzinfo=dt.UTC)


def test_backups_and_exports_never_replace_a_file(desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Backups within one second get -2, -3 names; an export onto an existing file is refused unless --force."""
    monkeypatch.setattr(dt, "datetime", _Frozen)
    folder, env = tmp_path / "backups", cli_env(desk.settings)
    for _ in range(3):
        res = CliRunner().invoke(main, ["backup", "--data-dir", str(desk.settings.data_dir), str(folder)], env=env)
        assert res.exit_code == 0, res.output
    stamp = "incident-desk-20240501T091203Z"
    assert sorted(p.name for p in folder.iterdir()) == [f"{stamp}-2.zip", f"{stamp}-3.zip", f"{stamp}.zip"]
    assert res.output.rstrip().endswith(f"to {folder / f'{stamp}-3.zip'}")
    assert all(len(read_archive(p).articles) == 5 for p in folder.iterdir())

    kept = tmp_path / "corpus.zip"
    kept.write_bytes(b"an older export")
    res = CliRunner().invoke(main, ["export", "--data-dir", str(desk.settings.data_dir), str(kept)], env=env)
    assert res.exit_code == 1 and f"error: {kept}: already exists" in res.output and "--force" in res.output
    assert kept.read_bytes() == b"an older export"
    res = CliRunner().invoke(main, ["export", "--force", "--data-dir", str(desk.settings.data_dir), str(kept)], env=env)
    assert res.exit_code == 0, res.output
    assert len(read_archive(kept).articles) == 5


@pytest.mark.parametrize(
    ("command", "advice"),
    [
        ("ingest", "add files through the running app's Corpus tab (upload)"),
        ("export", "a scheduled backup stops the app, runs `assistant backup FOLDER`, then starts it again"),
        ("backup", "a scheduled backup stops the app, runs `assistant backup FOLDER`, then starts it again"),
        ("import", "stop the app, import, then start it again"),
        ("reindex", "re-index in the running app's Corpus tab (Re-index)"),
    ],
)
def test_a_writer_kept_waiting_by_the_app_is_told_what_fits_its_command(
    command: str, advice: str, tmp_path: Path
) -> None:
    """While `serve` holds the data dir, each writing command says what to do about it: uploads for an ingest, the
    Re-index button for a reindex, stopping the app around a backup or an import (the app has neither)."""
    data = tmp_path / "data"
    (data / "chroma").mkdir(parents=True)  # a corpus is there: export and backup get as far as the lock
    arg = {
        "ingest": [SEEDS],
        "export": [tmp_path / "out.zip"],
        "backup": [tmp_path / "backups"],
        "import": [tmp_path / "in.zip"],
        "reindex": [],
    }
    env = {"DESK_EMBED__BACKEND": "hash", "DESK_LLM__BACKEND": "fake"}
    with writer_lock(load_settings("default", data_dir=data), "assistant serve --port 7860"):
        res = CliRunner().invoke(
            main, [command, "--wait", "0", "--data-dir", str(data), *map(str, arg[command])], env=env
        )
    assert res.exit_code == 1
    assert "is in use by pid" in res.output and "(assistant serve --port 7860)" in res.output
    assert advice in res.output
    if command not in ("ingest", "reindex"):
        assert "Corpus tab" not in res.output
