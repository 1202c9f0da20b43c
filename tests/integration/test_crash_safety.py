"""kill -9 at random points of an ingest (the CLI) and of deletes (the app's delete function), then: the store opens,
every article is whole, nothing without its article is visible to questions, and a re-run of the ingest ends with
exactly the expected documents (real MiniLM embedder, Chroma on disk; one subprocess per trial)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from chromadb.api.shared_system_client import SharedSystemClient

from assistant.corpus.read import RawRecord, read_records, to_article
from assistant.desk import Desk
from assistant.schemas import IncidentFilters
from assistant.settings import Settings, load_settings

from conftest import ROOT
from malformed_inputs import PLACES, story

pytestmark = pytest.mark.integration

# One chunk each; about 7 s of writes on 2 shared cores (each article's write is a fair share of it), so a kill lands
# inside one article's write or between two. More documents only make each trial longer: its start is ~10 s already.
DOCUMENTS = 30
INGEST_TRIALS = 12
DELETE_TRIALS = 8

_DELETE = """
import sys
from assistant.desk import Desk
from assistant.lock import writer_lock
from assistant.settings import load_settings
from assistant.ui.corpus import delete_document

settings = load_settings("default", llm={"backend": "fake"})
with writer_lock(settings, "delete trial"):  # as the app holds it
    desk = Desk(settings)
    for doc_id in sorted(desk.store.article_meta()):
        message = delete_document(desk, doc_id)
        assert message.startswith("Deleted"), message
        print("deleted", doc_id, flush=True)
"""


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESK_")}
    return {**env, "PYTHONPATH": str(ROOT), "DESK_DATA_DIR": str(data_dir), "DESK_LLM__BACKEND": "fake"}


def _settings(data_dir: Path) -> Settings:
    return load_settings("default", data_dir=data_dir, llm={"backend": "fake"})


@dataclass
class Run:
    """A child process whose output lines are read as they come, each with the time it arrived."""

    proc: subprocess.Popen[str]
    lines: list[tuple[float, str]] = field(default_factory=list)

    @classmethod
    def start(cls, args: list[str], data_dir: Path) -> Run:
        """Start `python ARGS` on the data dir; stdout and stderr are read line by line."""
        proc = subprocess.Popen(
            [sys.executable, *args],
            env=_env(data_dir),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
        )
        run = cls(proc)
        threading.Thread(target=run._read, daemon=True).start()
        return run

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append((time.monotonic(), line.split("\r")[-1].rstrip("\n")))

    def first(self, prefix: str, timeout: float = 180) -> float:
        """When the first line starting with `prefix` came (the work has begun)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            hit = next((t for t, line in list(self.lines) if line.startswith(prefix)), None)
            if hit is not None:
                return hit
            assert self.proc.poll() is None, "\n".join(line for _, line in self.lines)[-3000:]
            time.sleep(0.02)
        raise AssertionError(f"no '{prefix}' line in {timeout} s")

    def count(self, prefix: str) -> int:
        """Lines so far that start with `prefix`."""
        return sum(1 for _, line in list(self.lines) if line.startswith(prefix))

    def span(self, prefix: str) -> float:
        """Seconds from the first line starting with `prefix` to the last (the work, not start-up or shutdown)."""
        times = [t for t, line in self.lines if line.startswith(prefix)]
        return times[-1] - times[0]


def _ingest(folder: Path, data_dir: Path) -> Run:
    return Run.start(["-m", "assistant.cli", "ingest", str(folder)], data_dir)


def _delete(data_dir: Path) -> Run:
    return Run.start(["-c", _DELETE], data_dir)


@dataclass(frozen=True)
class Corpus:
    """The generated documents, what each must be stored as, and a complete store of them to delete from."""

    folder: Path
    data_dir: Path
    chunks: dict[str, int]  # doc id -> chunks, as a complete uninterrupted ingest stores it
    incidents: dict[str, int]  # doc id -> incident records, likewise
    write_s: float  # how long the uninterrupted ingest wrote, from its first stored document to its last
    delete_s: float  # how long deleting them all took, likewise


def _stored(data_dir: Path) -> tuple[dict[str, int], dict[str, int]]:
    desk = Desk(_settings(data_dir))
    meta = desk.store.article_meta()
    return {d: int(m["n_chunks"]) for d, m in meta.items()}, desk.store.incident_counts()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """DOCUMENTS small reports, ingested once without interruption (timed), and their deletion timed on a copy."""
    root = tmp_path_factory.mktemp("crash")
    folder = root / "docs"
    folder.mkdir()
    for n in range(DOCUMENTS):
        (folder / f"report-{n:03d}.txt").write_text(story(n, PLACES[n % len(PLACES)]), encoding="utf-8")
    expected = set()
    for path in sorted(folder.iterdir()):
        (record,) = read_records(path, 5_000_000)
        assert isinstance(record, RawRecord)
        expected.add(to_article(record).doc_id)
    assert len(expected) == DOCUMENTS

    data_dir = root / "complete"
    run = _ingest(folder, data_dir)
    assert run.proc.wait(timeout=600) == 0, "\n".join(line for _, line in run.lines)[-3000:]
    time.sleep(0.2)  # the reader thread takes the last lines
    write_s = run.span("added")
    chunks, incidents = _stored(data_dir)
    assert set(chunks) == expected and set(incidents) <= expected and sum(incidents.values()) >= DOCUMENTS

    copy = root / "delete-all"
    shutil.copytree(data_dir, copy)
    run = _delete(copy)
    assert run.proc.wait(timeout=600) == 0, "\n".join(line for _, line in run.lines)[-3000:]
    time.sleep(0.2)
    delete_s = run.span("deleted")
    assert run.count("deleted") == DOCUMENTS and _stored(copy) == ({}, {})
    print(f"\nuninterrupted: {DOCUMENTS} documents written in {write_s:.1f} s, deleted in {delete_s:.1f} s")
    return Corpus(folder, data_dir, chunks, incidents, write_s, delete_s)


def _consistent(data_dir: Path, corpus: Corpus) -> tuple[list[str], int]:
    """What is wrong with a store after a kill (nothing: []): it opens; every article is whole (all its chunks and
    incident records, as the complete run stored them); at most the one article being written or deleted has
    chunks or records without its article record, and those reach no question; counts agree.
    Also returns how many articles were caught half-written or half-deleted (0 or 1)."""
    problems = []
    desk = Desk(_settings(data_dir))
    store = desk.store  # opening it is the first check: an exception fails the trial
    meta = store.article_meta()
    articles = store.list_articles()
    if store.counts()[0] != len(articles) or len(articles) != len(meta):
        problems.append(f"counts disagree: {store.counts()} vs {len(articles)} listed")
    incidents = store.incident_counts()
    for doc_id, m in meta.items():
        if doc_id not in corpus.chunks:
            problems.append(f"unknown article {doc_id}")
            continue
        indexes = [c.index for c in store.chunks_of(doc_id)]
        if indexes != list(range(corpus.chunks[doc_id])) or int(m["n_chunks"]) != corpus.chunks[doc_id]:
            problems.append(f"article {doc_id} has chunks {indexes}, not {corpus.chunks[doc_id]}")
        have, want = incidents.get(doc_id, 0), corpus.incidents.get(doc_id, 0)
        if have != want:
            problems.append(f"article {doc_id} has {have} incident records, not {want}")
    chunk_docs = {m["doc_id"] for _, m in store.all_chunks()}
    orphans = (set(chunk_docs) | set(incidents)) - set(meta)
    if len(orphans) > 1:
        problems.append(f"{len(orphans)} articles left chunks or incident records without their article: {orphans}")
    visible = {s.doc_id for inc in desk.find_incidents(IncidentFilters()) for s in inc.sources}
    if visible - set(meta):
        problems.append(f"incident records of no stored article are listed: {visible - set(meta)}")
    for doc_id in orphans & chunk_docs:
        text = next(c.text for c, m in store.all_chunks() if m["doc_id"] == doc_id)
        if any(h.chunk.doc_id == doc_id for h in desk.retrieve(text)):
            problems.append(f"a chunk of {doc_id}, which has no article record, is retrieved")
    return problems, len(orphans)


def _rerun(data_dir: Path, corpus: Corpus) -> list[str]:
    """Ingest the folder again (in this process): it completes and the store holds exactly the documents, whole."""
    report = Desk(_settings(data_dir)).ingest([corpus.folder])
    problems = [
        f"re-run: {r.path}: {r.status} {r.reason}" for r in report.results if r.status not in ("added", "duplicate")
    ]
    chunks, incidents = _stored(data_dir)
    if (chunks, incidents) != (corpus.chunks, corpus.incidents):
        problems.append(f"re-run ends with {len(chunks)} articles, {sum(incidents.values())} incident records")
    store = Desk(_settings(data_dir)).store
    if store.counts() != (len(corpus.chunks), sum(corpus.chunks.values())):
        problems.append(f"re-run leaves {store.counts()} (articles, chunks), not {len(corpus.chunks)} whole articles")
    return problems


def _trial(run: Run, prefix: str, span_s: float, rng: random.Random) -> tuple[float, int, bool]:
    """Wait for the work to begin, then a random share of its usual length, and kill -9.
    Returns (delay, lines done before the kill, whether it had finished)."""
    began = run.first(prefix)
    delay = rng.uniform(0, span_s)
    time.sleep(max(0.0, began + delay - time.monotonic()))
    finished = run.proc.poll() is not None
    if not finished:
        run.proc.send_signal(signal.SIGKILL)
    run.proc.wait(timeout=60)
    time.sleep(0.2)  # the reader thread takes the last lines
    return delay, run.count(prefix), finished


def test_kill_9_during_ingest_and_delete_leaves_a_consistent_store(corpus: Corpus, tmp_path: Path) -> None:
    """INGEST_TRIALS kills of `assistant ingest` and DELETE_TRIALS kills of a deleting app process, each at a random
    moment of the work (seeded): every store is consistent after the kill and after a re-run of the ingest."""
    rng = random.Random(15)
    started = time.monotonic()
    outcomes: list[tuple[str, float, int, bool, list[str]]] = []
    caught = 0  # trials whose kill landed inside one article's write or delete
    for i in range(INGEST_TRIALS + DELETE_TRIALS):
        data_dir = tmp_path / f"trial-{i:02d}"
        if i < INGEST_TRIALS:
            kind, run = "ingest", _ingest(corpus.folder, data_dir)
            delay, done, finished = _trial(run, "added", corpus.write_s, rng)
        else:
            shutil.copytree(corpus.data_dir, data_dir)
            kind, run = "delete", _delete(data_dir)
            delay, done, finished = _trial(run, "deleted", corpus.delete_s, rng)
        half = 0
        try:
            problems, half = _consistent(data_dir, corpus)
            problems += _rerun(data_dir, corpus) if not problems else []
        except Exception as exc:  # a store that does not open, or a failing read: this trial is inconsistent
            problems = [f"{type(exc).__name__}: {exc}"]
        caught += half
        outcomes.append((kind, delay, done, finished, problems))
        print(
            f"trial {i + 1:2d} {kind}: killed {delay:5.2f} s in, after {done} {'finished ' if finished else ''}"
            f"document(s){', one article half done' if half else ''}: "
            f"{'consistent' if not problems else 'INCONSISTENT: ' + '; '.join(problems)}"
        )
        SharedSystemClient.clear_system_cache()  # this trial's store stays closed from here on
        shutil.rmtree(data_dir, ignore_errors=True)
    good = sum(1 for *_, p in outcomes if not p)
    landed = sum(1 for _, _, done, finished, _ in outcomes if not finished and done > 0)
    print(
        f"kill -9 trials: {good}/{len(outcomes)} consistent ({landed} killed mid-run after some documents, "
        f"{caught} inside one article's write or delete); "
        f"{time.monotonic() - started:.0f} s"
    )
    assert good == len(outcomes), [o for o in outcomes if o[-1]]
    assert landed >= (INGEST_TRIALS + DELETE_TRIALS) // 2, "too few kills landed while documents were being written"
