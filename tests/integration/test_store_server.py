"""The Desk against a real Chroma server started with the `chroma run` CLI (store mode "http")."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from assistant.desk import Desk
from assistant.settings import Settings, load_settings

from conftest import SEEDS

START_TIMEOUT_S = 60.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _chroma_cli() -> str:
    """The `chroma` script next to this Python (the venv's), else one on PATH."""
    beside = Path(sys.executable).parent / "chroma"
    found = str(beside) if beside.is_file() else shutil.which("chroma")
    if found is None:  # chromadb is a pinned dependency: a missing CLI is a broken install, not a reason to skip
        pytest.fail(f"the `chroma` CLI is not installed next to {sys.executable} nor on PATH")
    return found


@pytest.fixture
def chroma_port(tmp_path: Path) -> Iterator[int]:
    """Port of a `chroma run` server on 127.0.0.1, persisted under tmp_path, terminated after the test."""
    port = _free_port()
    log_path = tmp_path / "chroma-server.log"
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [
                _chroma_cli(),
                "run",
                "--path",
                str(tmp_path / "chroma-server"),
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
    try:
        _wait_for_heartbeat(proc, port, log_path)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def _wait_for_heartbeat(proc: subprocess.Popen[bytes], port: int, log_path: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    url = f"http://127.0.0.1:{port}/api/v2/heartbeat"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(
                f"`chroma run` exited with code {proc.returncode}:\n{log_path.read_text(errors='replace')[-2000:]}"
            )
        try:
            if httpx.get(url, timeout=2.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    pytest.fail(
        f"Chroma server did not answer {url} within {START_TIMEOUT_S:.0f} s:\n"
        f"{log_path.read_text(errors='replace')[-2000:]}"
    )


def _settings(tmp_path: Path, port: int) -> Settings:
    # min_similarity 0: the 0.2 abstain threshold is calibrated for MiniLM; the hash fake's cosines run lower
    # (about 0.14 for the Katyusha question), so with it the retriever would abstain before ranking anything.
    return load_settings(
        "default",
        data_dir=tmp_path / "desk",
        store={"mode": "http", "host": "127.0.0.1", "port": port},
        embed={"backend": "hash"},
        llm={"backend": "fake"},
        retrieve={"min_similarity": 0.0},
    )


def test_ingest_dedupe_and_retrieve_through_chroma_server(chroma_port: int, tmp_path: Path) -> None:
    """Seeds ingested into a Chroma server are counted, re-ingesting is a no-op, retrieval finds the right article."""
    desk = Desk(_settings(tmp_path, chroma_port))

    report = desk.ingest([SEEDS])

    assert report.count("added") == 5, [(r.path, r.status, r.reason) for r in report.results]
    articles, chunks = desk.store.counts()
    assert articles == 5 and chunks >= 5
    assert len(desk.articles()) == 5
    assert desk.store.location == f"http://127.0.0.1:{chroma_port}"
    assert not (tmp_path / "desk" / "chroma").exists(), "http mode must not write a local Chroma store"

    # A second Desk (a new process, in effect) sees the server's data: everything is a duplicate.
    again = Desk(_settings(tmp_path, chroma_port)).ingest([SEEDS])
    assert [r.status for r in again.results] == ["duplicate"] * 5
    assert desk.store.counts() == (articles, chunks)

    hits = desk.retrieve("How many Katyusha rockets were fired at the Qayyarah base?")

    assert hits
    top = desk.store.article(hits[0].chunk.doc_id)
    assert top is not None and "anti-ISIS coalition" in top.title
