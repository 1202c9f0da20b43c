"""`assistant ask` and a running app: the ready file, which files are used, the token-checked route, the fallback."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.desk import Desk
from assistant.schemas import Answer, Filters, IncidentFilters
from assistant.settings import Settings, load_settings
from assistant.ui.local_api import (
    ASK_PATH,
    STATUS_PATH,
    TOKEN_HEADER,
    LocalAsk,
    ReadyFile,
    Served,
    answer_key,
    ask_running_app,
    ready_files,
    remove_ready_file,
    write_ready_file,
)

from conftest import cli_env, free_port

QUESTION = "How many PMU fighters were killed in the ambush east of Tikrit?"


def _on_disk(preset: str, data_dir: Path) -> Settings:
    """Settings of a local data dir (no store is opened by anything here)."""
    return load_settings(preset, data_dir=data_dir, embed={"backend": "hash"}, llm={"backend": "fake"})


@pytest.fixture
def local(tmp_path: Path) -> Settings:
    """A local data dir's settings."""
    return _on_disk("default", tmp_path / "corpus")


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.mark.parametrize(
    ("bind", "url"),
    [("127.0.0.1", "http://127.0.0.1:7001"), ("0.0.0.0", "http://127.0.0.1:7001"), ("::1", "http://[::1]:7001")],
)
def test_ready_file_is_private_and_names_a_loopback_url(local: Settings, bind: str, url: str) -> None:
    """The file is 0600 and tells ask where to connect (a wildcard bind on loopback)."""
    path = write_ready_file(local, bind, 7001, "tok", https=False)
    assert path is not None and path.name == "serve-7001.json"
    assert path.stat().st_mode & 0o777 == 0o600
    ready = ReadyFile.model_validate_json(path.read_text())
    assert (ready.url, ready.pid, ready.token) == (url, os.getpid(), "tok")
    assert ready_files(local, print) == [ready]


def test_no_ready_file_for_a_public_address_or_a_memory_store(local: Settings, settings: Settings) -> None:
    """The route answers loopback only, and an in-memory store is the app's own: ask could not use either app."""
    assert write_ready_file(local, "10.1.2.3", 7001, "tok", https=False) is None
    assert write_ready_file(settings, "127.0.0.1", 7001, "tok", https=False) is None
    assert not local.data_dir.exists() or not list(local.data_dir.glob("serve-*"))


def test_stale_foreign_and_open_files_are_not_used(local: Settings, tmp_path: Path) -> None:
    """A dead pid's file is removed; another data dir's, other answer settings' and a readable file are left alone."""
    dead = write_ready_file(local, "127.0.0.1", 7001, "a", https=False)
    assert dead is not None
    dead.write_text(dead.read_text().replace(f'"pid":{os.getpid()}', f'"pid":{_dead_pid()}'))
    other_dir = _on_disk("default", tmp_path / "other")
    moved = write_ready_file(other_dir, "127.0.0.1", 7002, "b", https=False)
    assert moved is not None
    moved.rename(local.data_dir / moved.name)
    other_model = _on_disk("fast", local.data_dir)
    assert answer_key(other_model) != answer_key(local)
    assert write_ready_file(other_model, "127.0.0.1", 7003, "c", https=False) is not None
    readable = write_ready_file(local, "127.0.0.1", 7004, "d", https=False)
    assert readable is not None
    readable.chmod(0o644)
    notes: list[str] = []
    assert ready_files(local, notes.append) == []
    assert not dead.exists() and readable.exists()
    text = "\n".join(notes)
    assert "is gone: removed its stale serve-7001.json" in text
    assert text.count("runs other settings or another store") == 2
    assert "ignored serve-7004.json: not a private file" in text


def test_only_threads_and_timeouts_may_differ(local: Settings) -> None:
    """Speed settings do not change an answer, so they do not keep ask from the app; a model or retrieval does."""
    faster = local.model_copy(update={"llm": local.llm.model_copy(update={"threads": 8, "timeout_s": 5.0})})
    assert answer_key(faster) == answer_key(local)
    other = local.model_copy(update={"retrieve": local.retrieve.model_copy(update={"top_k": 9})})
    assert answer_key(other) != answer_key(local)


def test_remove_ready_file_leaves_a_later_apps_file(local: Settings) -> None:
    """At exit an app removes its own file, not the one a later app on the same port wrote."""
    path = write_ready_file(local, "127.0.0.1", 7001, "mine", https=False)
    assert path is not None
    write_ready_file(local, "127.0.0.1", 7001, "later", https=False)
    remove_ready_file(path, "mine")
    assert path.exists()
    remove_ready_file(path, "later")
    assert not path.exists()


def test_an_app_that_does_not_answer_gives_none(local: Settings) -> None:
    """A live pid with nothing listening on its port: ask is told why and answers locally (None)."""
    write_ready_file(local, "127.0.0.1", free_port(), "tok", https=False)
    notes: list[str] = []
    assert ask_running_app(local, QUESTION, Filters(), IncidentFilters(), None, notes.append) is None
    assert len(notes) == 1 and "did not answer (ConnectionRefusedError" in notes[0]


# ------------------------------------------------------------------------------------------------ the route


def _call(
    desk: Desk, method: str, path: str, token: str = "secret", address: str = "127.0.0.1", **kwargs: object
) -> httpx.Response:
    """One request to the route (around a stand-in for gradio), from `address`, with `token`."""

    async def gradio(scope, receive, send) -> None:
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    async def go() -> httpx.Response:
        app = LocalAsk(gradio, desk, "secret")
        transport = httpx.ASGITransport(app=app, client=(address, 5000))  # type: ignore[arg-type]
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
            return await http.request(method, path, headers={TOKEN_HEADER: token}, **kwargs)  # type: ignore[arg-type]

    return asyncio.run(go())


def _body(question: str = QUESTION) -> dict:
    return {
        "question": question,
        "filters": Filters().model_dump(mode="json"),
        "incident_filters": IncidentFilters().model_dump(mode="json"),
        "today": "2025-06-01",
    }


@pytest.mark.parametrize(
    ("token", "address"), [("wrong", "127.0.0.1"), ("", "127.0.0.1"), ("secret", "192.168.1.9"), ("secret", "::2")]
)
def test_route_needs_the_token_and_a_loopback_client(desk: Desk, token: str, address: str) -> None:
    """Without the token, or from another machine (even with it), the question is refused before it is read."""
    for path in (ASK_PATH, STATUS_PATH):
        r = _call(desk, "POST", path, token, address, json=_body())
        assert r.status_code == 403, (path, r.text)


@pytest.mark.parametrize("question", [QUESTION, "Which PMU officer spoke to AFP about the ambush near Tikrit?"])
def test_route_answers_what_the_desk_answers(desk: Desk, question: str) -> None:
    """The streamed events end with the Answer ask_stream gives (a record answer, a model's); other paths go on."""
    r = _call(desk, "POST", ASK_PATH, json=_body(question))
    assert r.status_code == 200 and r.headers["content-type"] == "application/x-ndjson"
    events = [json.loads(line) for line in r.text.splitlines()]
    got = Answer.model_validate(events[-1]["answer"])
    assert got == desk.ask(question, Filters(), IncidentFilters(), today=dt.date(2025, 6, 1))
    assert (got.model == "fake") == (question != QUESTION)  # the second one went through the model
    assert all("answer" not in e for e in events[:-1])
    assert _call(desk, "POST", ASK_PATH, content=b"{}").status_code == 400
    assert _call(desk, "GET", "/").status_code == 204
    assert _call(desk, "GET", STATUS_PATH).json()["pid"] == os.getpid()


def test_route_sends_a_typed_error_as_an_event(settings: Settings) -> None:
    """No corpus on the app's side: the same StoreError message as a local ask, as an `error` event."""
    empty = Desk(settings.model_copy(update={"store": settings.store.model_copy(update={"mode": "local"})}))
    events = [json.loads(line) for line in _call(empty, "POST", ASK_PATH, json=_body()).text.splitlines()]
    assert events[-1]["error"].startswith("no corpus in ")


# ------------------------------------------------------------------------------------------------ the CLI


def test_cli_prints_the_apps_answer_as_its_own(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    """Same stdout as a local answer (text and --json), one stderr line naming the app; --local and DESK_ASK__LOCAL
    never ask the app."""
    runner = CliRunner()
    env = cli_env(desk.settings) | {"DESK_RETRIEVE__MIN_SIMILARITY": "0.05"}
    args = ["ask", QUESTION, "--data-dir", str(desk.settings.data_dir)]
    local = {flag: runner.invoke(main, [*args, *flag], env=env) for flag in ((), ("--json",))}
    served = desk.ask(QUESTION, Filters(), IncidentFilters())
    calls: list[str] = []

    def fake_app(settings: Settings, question: str, *rest: object) -> Served:
        calls.append(question)
        return Served(served, "http://127.0.0.1:7001", 4242)

    monkeypatch.setattr("assistant.cli.ask_running_app", fake_app)
    for flag, res in local.items():
        remote = runner.invoke(main, [*args, *flag], env=env)
        assert remote.exit_code == 0 and remote.stdout == res.stdout
        assert "answered by `assistant serve` at http://127.0.0.1:7001, pid 4242" in remote.stderr
    assert len(calls) == 2
    assert "answered by" not in runner.invoke(main, [*args, "--local"], env=env).stderr
    assert "answered by" not in runner.invoke(main, args, env=env | {"DESK_ASK__LOCAL": "1"}).stderr
    assert len(calls) == 2


def test_cli_answers_here_when_the_app_is_gone(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    """A ready file of a killed app: ask removes it, says so on stderr and prints the local answer."""
    env = cli_env(desk.settings) | {"DESK_RETRIEVE__MIN_SIMILARITY": "0.05"}
    args = ["ask", QUESTION, "--data-dir", str(desk.settings.data_dir)]
    expected = CliRunner().invoke(main, args, env=env).stdout
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    cli_settings = load_settings(None, data_dir=desk.settings.data_dir)
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    ready = ReadyFile(
        url=f"http://127.0.0.1:{free_port()}",
        pid=proc.pid,
        data_dir=str(desk.settings.data_dir.resolve()),
        key=answer_key(cli_settings),
        token="t",
    )
    path = desk.settings.data_dir / "serve-7001.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ready.model_dump_json())
    path.chmod(0o600)
    try:
        res = CliRunner().invoke(main, args, env=env)  # alive, not listening
        assert res.exit_code == 0 and res.stdout == expected and "did not answer" in res.stderr
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    res = CliRunner().invoke(main, args, env=env)  # dead
    assert res.exit_code == 0 and res.stdout == expected and "is gone: removed its stale" in res.stderr
    assert not path.exists()


def test_a_file_naming_another_users_process_is_stale(local: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app that wrote a private file of this user ran as this user: when its pid now names another user's
    process (the pid was reused), the app is gone, and whatever listens on its port now must not get the question."""
    path = write_ready_file(local, "127.0.0.1", 7001, "tok", https=False)
    assert path is not None

    def kill(pid: int, sig: int) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "kill", kill)
    notes: list[str] = []
    assert ready_files(local, notes.append) == []
    assert not path.exists() and "is gone" in "\n".join(notes)


def test_a_data_dir_the_app_cannot_write_gives_no_ready_file_and_no_error(tmp_path: Path) -> None:
    """An app on a Chroma server (a read-only instance) needs no writable data dir; the ready file is a shortcut for
    `assistant ask`, so one that cannot be written is left out (ask answers locally) instead of stopping the app."""
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    on_server = load_settings(
        "default",
        data_dir=blocked / "corpus",
        embed={"backend": "hash"},
        llm={"backend": "fake"},
        store={"mode": "http"},
    )
    assert write_ready_file(on_server, "127.0.0.1", 7001, "tok", https=False) is None


def test_a_ready_file_removed_while_listed_does_not_hide_the_others(
    local: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another `assistant ask` removing a stale file, or an app exiting, between the listing and the reading of the
    files: the live app's file is still used."""
    live = write_ready_file(local, "127.0.0.1", 7001, "tok", https=False)
    assert live is not None
    gone = local.data_dir / "serve-7002.json"
    glob = Path.glob
    monkeypatch.setattr(Path, "glob", lambda self, pattern: [*glob(self, pattern), gone])
    assert [r.token for r in ready_files(local, print)] == ["tok"]
