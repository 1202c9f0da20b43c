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
from assistant.evaluation.cases import datasets_for, load_cases
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


def test_seed_questions_answer_the_same_from_the_server_as_from_an_embedded_store(
    chroma_port: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every seed eval question (briefings as record-based briefings) against the seeds ingested with the real embedder
    into an embedded store and into the Chroma server, the server reached by DESK_STORE__* settings alone: the same
    chunks in the same order, the same answers from the incident records, the same checked answers over the passages
    (fake extractive LLM: the model is not what is compared) and the same briefings."""
    [seeds] = datasets_for("seeds")
    assert seeds.cases is not None
    cases = load_cases(seeds.cases)
    questions = [c.question for c in cases if c.kind != "briefing"]
    briefings = [c.filters.incident_filters() for c in cases if c.kind == "briefing" and c.filters is not None]

    monkeypatch.setenv("DESK_LLM__BACKEND", "fake")
    embedded = Desk(load_settings("default", data_dir=tmp_path / "embedded"))
    for var, value in (
        ("DESK_STORE__MODE", "http"),
        ("DESK_STORE__HOST", "127.0.0.1"),
        ("DESK_STORE__PORT", str(chroma_port)),
    ):
        monkeypatch.setenv(var, value)
    served = Desk(load_settings("default", data_dir=tmp_path / "served"))
    assert embedded.settings.store.mode == "local" and served.store.location == f"http://127.0.0.1:{chroma_port}"
    assert embedded.settings.embed.backend == served.settings.embed.backend == "minilm"

    added = [sorted(r.doc_id for r in d.ingest([SEEDS]).results if r.status == "added") for d in (embedded, served)]
    assert len(added[0]) == 5 and added[0] == added[1]
    assert embedded.store.counts() == served.store.counts()
    assert not (tmp_path / "served" / "chroma").exists()

    same_hits = same_answers = by_records = 0
    differ: list[str] = []
    for q in questions:
        hits = [d.retrieve(q) for d in (embedded, served)]
        ranked = [[h.chunk.chunk_id for h in hs] for hs in hits]
        scores = [[round(h.score, 6) for h in hs] for hs in hits]
        answers = [d.ask(q).model_dump() for d in (embedded, served)]
        same_hits += ranked[0] == ranked[1] and scores[0] == scores[1]
        same_answers += answers[0] == answers[1]
        by_records += answers[1]["model"] == "incident records"
        if ranked[0] != ranked[1] or answers[0] != answers[1]:
            differ.append(q)
    same_briefs = sum(
        embedded.brief(f, narrate=False).markdown == served.brief(f, narrate=False).markdown for f in briefings
    )
    print(
        f"\n{len(questions)} seed questions: same ranked chunks {same_hits}, same answers {same_answers} "
        f"({by_records} answered from incident records); same briefings {same_briefs} of {len(briefings)}"
    )

    assert by_records >= 10, "the seed listings and counts should be answered from the incident records"
    assert not differ, differ[:5]
    assert same_hits == same_answers == len(questions)
    assert same_briefs == len(briefings)


def test_the_compose_health_check_of_chroma_probes_a_real_server(chroma_port: int) -> None:
    """compose.yaml's Chroma health check (bash /dev/tcp: the image has no curl) passes on a live `chroma run` server
    and fails on a port with no server, so the app containers that wait for it start when, and only when, it is up."""
    import yaml

    compose = yaml.safe_load((Path(__file__).resolve().parents[2] / "compose.yaml").read_text(encoding="utf-8"))
    test = compose["services"]["chroma"]["healthcheck"]["test"]
    assert test[:2] == ["CMD", "/bin/bash"]
    probe = [*test[1:-1], test[-1].replace("/8000", f"/{chroma_port}")]
    assert subprocess.run(probe, capture_output=True, timeout=10).returncode == 0
    closed = [*test[1:-1], test[-1].replace("/8000", f"/{_free_port()}")]
    assert subprocess.run(closed, capture_output=True, timeout=10).returncode != 0
