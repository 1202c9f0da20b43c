"""`assistant ask` with a real `assistant serve` running on its data dir (fake LLM, hash embedder, Chroma on disk)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.desk import Desk

from conftest import ROOT, free_port

QUESTION = "Which PMU officer spoke to AFP about the ambush near Tikrit?"
ENV = {"DESK_EMBED__BACKEND": "hash", "DESK_LLM__BACKEND": "fake", "DESK_RETRIEVE__MIN_SIMILARITY": "0.05"}


def test_ask_uses_the_running_app_and_answers_here_once_it_is_killed(
    tmp_path: Path, seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the app up, ask prints its answer (while a local answer would fail) and it equals --local's JSON; once the
    app is killed (its ready file left behind), ask answers here, the same."""
    data = tmp_path / "corpus"
    for key, value in ENV.items():
        monkeypatch.setenv(key, value)
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(seeds), "--data-dir", str(data)]).exit_code == 0
    args = ["ask", QUESTION, "--json", "--data-dir", str(data)]
    local = runner.invoke(main, [*args, "--local"])
    assert local.exit_code == 0 and json.loads(local.stdout)["model"] == "fake"

    port = free_port()
    app = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from assistant.cli import main; main()",
            "serve",
            "--port",
            str(port),
            "--data-dir",
            str(data),
        ],
        env=os.environ | ENV | {"PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    ready = data / f"serve-{port}.json"
    try:
        deadline = time.monotonic() + 120
        while not ready.exists():
            assert app.poll() is None, app.stderr.read() if app.stderr else ""
            assert time.monotonic() < deadline, "assistant serve wrote no ready file in 120 s"
            time.sleep(0.2)
        assert ready.stat().st_mode & 0o777 == 0o600

        def no_local_answer(self: Desk, *a: object, **k: object) -> None:
            raise AssertionError("answered in the CLI's process")

        with monkeypatch.context() as m:
            m.setattr(Desk, "ask_stream", no_local_answer)
            served = runner.invoke(main, args)
        assert served.exit_code == 0, served.output
        assert f"answered by `assistant serve` at http://127.0.0.1:{port}, pid {app.pid}" in served.stderr
        assert served.stdout == local.stdout
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(30)
    assert ready.exists()  # killed: nothing removed it
    fallback = runner.invoke(main, args)
    assert fallback.exit_code == 0 and fallback.stdout == local.stdout
    assert f"`assistant serve` (pid {app.pid}) is gone: removed its stale serve-{port}.json" in fallback.stderr
    assert not ready.exists()
