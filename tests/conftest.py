"""Shared fixtures: a temp data dir per test, fake models by default, real ones only when a test opts in."""

from __future__ import annotations

import shutil
import socket
import uuid
from pathlib import Path

import chromadb
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

# Markers come from the folder a test lives in: unit/ needs nothing real; integration/ uses real servers (the app over
# HTTP, a Chroma server), the real embedder, Chroma on disk or the CLI; e2e/ and browser/ load a real GGUF model.
FOLDER_MARKERS = {"integration": ("integration",), "e2e": ("slow",), "browser": ("slow", "browser")}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test by its folder, so `-m "not slow and not integration"` is exactly tests/unit."""
    for item in items:
        folder = Path(str(item.path)).relative_to(TESTS).parts[0]
        for name in FOLDER_MARKERS.get(folder, ()):
            item.add_marker(name)


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """No test touches the user's corpus; only `slow` tests may load a GGUF model; unit tests keep Chroma in memory."""
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))
    for var in ("DESK_PRESET", "DESK_LLM__BACKEND", "DESK_EMBED__BACKEND", "DESK_STORE__MODE", "DESK_STORE__PREFIX"):
        monkeypatch.delenv(var, raising=False)
    if Path(str(request.node.path)).relative_to(TESTS).parts[0] == "unit":

        def on_disk(*args: object, **kwargs: object) -> None:
            raise AssertionError(
                "unit tests keep Chroma in memory (store mode 'memory'); disk stores are for integration/"
            )

        monkeypatch.setattr(chromadb, "PersistentClient", on_disk)
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
        # In-process Chroma (never on disk in unit tests); the prefix keeps each test's corpus apart.
        store={"mode": "memory", "prefix": f"t{uuid.uuid4().hex[:12]}"},
    )


def cli_env(settings: Settings) -> dict[str, str]:
    """Environment for a CLI command run in-process against the `settings` fixture's corpus (fakes, in-memory store)."""
    return {
        "DESK_EMBED__BACKEND": "hash",
        "DESK_LLM__BACKEND": "fake",
        "DESK_STORE__MODE": settings.store.mode,
        "DESK_STORE__PREFIX": settings.store.prefix,
    }


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


# Articles a user uploads in the UI tests (the Corpus tab, over HTTP and in process).
TIKRIT = (
    "Gunmen kill soldiers at a checkpoint near Tikrit\n2023-03-04\n\n"
    "TIKRIT (AFP) - Gunmen killed 4 soldiers and wounded 2 at an army checkpoint in Tikrit on 3 March 2023, "
    "security sources said.\n\nNo group claimed the attack."
)
HAWIJA = (
    "Roadside bomb hits police patrol in Hawija\n2023-04-10\n\n"
    "HAWIJA (Reuters) - A roadside bomb killed 2 policemen in Hawija on 9 April 2023, police said.\n\n"
    "The patrol was returning to its base."
)


def upload_files(tmp_path: Path) -> dict[str, Path]:
    """Two good articles and a wrong type in tmp_path/to-upload, as a user would pick them for upload."""
    folder = tmp_path / "to-upload"
    folder.mkdir()
    out = {"tikrit.txt": TIKRIT, "hawija.md": HAWIJA, "notes.exe": "MZ not an article"}
    paths = {}
    for name, text in out.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths[name] = folder / name
    return paths
