"""Shared fixtures: a temp data dir per test, fake models by default, real ones only when a test opts in."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

from assistant.desk import Desk
from assistant.models.fakes import FakeLLM
from assistant.models.llama_cpp import LlamaCppLLM
from assistant.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
TESTS = Path(__file__).resolve().parent
NO_FILTERS = ("", 50, "", "", "")  # the Ask tab's place, radius, from, to, attack type: the question's own apply

# Markers come from the folder a test lives in: unit/ needs nothing real, integration/ uses the real embedder and
# Chroma on disk (or a Chroma server), e2e/ and browser/ load a real GGUF model.
FOLDER_MARKERS = {"integration": ("integration",), "e2e": ("slow",), "browser": ("slow", "browser")}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test by its folder, so `-m "not slow and not integration"` is exactly tests/unit."""
    for item in items:
        folder = Path(str(item.path)).relative_to(TESTS).parts[0]
        for name in FOLDER_MARKERS.get(folder, ()):
            item.add_marker(name)


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """No test touches the user's corpus; only `slow` tests may load a GGUF model."""
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))
    for var in ("DESK_PRESET", "DESK_LLM__BACKEND", "DESK_EMBED__BACKEND"):
        monkeypatch.delenv(var, raising=False)
    if request.node.get_closest_marker("slow") is None:

        def refuse(self: LlamaCppLLM) -> None:
            raise AssertionError("unit/integration tests must not load a real LLM; mark the test slow")

        monkeypatch.setattr(LlamaCppLLM, "load", refuse)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Fast settings: hash embedder, fake LLM, temp data dir (relevance gate tuned to the hash embedder)."""
    return load_settings(
        "default",
        data_dir=tmp_path / "corpus",
        embed={"backend": "hash"},
        llm={"backend": "fake"},
        retrieve={"min_similarity": 0.05},
    )


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """A private copy of the five seed articles."""
    dst = tmp_path / "seeds"
    shutil.copytree(SEEDS, dst)
    return dst


@pytest.fixture
def desk(settings: Settings, seeds: Path) -> Desk:
    """A desk with the seeds ingested (hash embedder, fake LLM with an extractive responder)."""
    d = Desk(settings)
    report = d.ingest([seeds])
    assert report.count("added") == 5
    return d


def fake_desk(settings: Settings, replies: list[str]) -> tuple[Desk, FakeLLM]:
    """A desk whose LLM replies with the queued strings, in order."""
    llm = FakeLLM(replies=replies)
    return Desk(settings, llm=llm), llm


def free_port() -> int:
    """A free TCP port on loopback, for servers the tests launch."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def client(desk: Desk):
    """A gradio_client connected to the full app served for `desk` on a free loopback port."""
    from gradio_client import Client

    from assistant.app import serve

    port = free_port()
    app = serve(desk.settings, port=port, block=False, desk=desk)
    try:
        yield Client(f"http://127.0.0.1:{port}/", verbose=False)
    finally:
        app.close()
