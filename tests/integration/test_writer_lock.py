"""One writer per data dir, as users meet it in two shells: a second writer is told who holds the data dir and what
to do; readers go on; a killed holder blocks nothing; the app answers while another process changes its store."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.desk import Desk
from assistant.lock import LOCK_FILE
from assistant.settings import Settings, load_settings

from conftest import ROOT, free_port

pytestmark = pytest.mark.integration

TIKRIT_QUESTION = "What was the toll of the ambush on the PMU east of Tikrit?"


def _env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESK_")}
    return {
        **env,
        "PYTHONPATH": str(ROOT),
        "DESK_DATA_DIR": str(data_dir),
        "DESK_EMBED__BACKEND": "hash",
        "DESK_LLM__BACKEND": "fake",
        "DESK_RETRIEVE__MIN_SIMILARITY": "0.05",
        **extra,
    }


def _cli(data_dir: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`assistant ARGS` in a process of its own, as from another shell."""
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args],
        env=_env(data_dir, **env),
        capture_output=True,
        text=True,
        timeout=180,
    )


def _start(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "assistant.cli", *args],
        env=_env(data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for_holder(data_dir: Path, proc: subprocess.Popen[str], timeout: float = 120) -> None:
    """Until `proc` has written itself into the lock file (it does so once it holds the lock)."""
    deadline = time.monotonic() + timeout
    lock = data_dir / LOCK_FILE
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        if lock.is_file() and lock.read_text().startswith(f"{proc.pid} "):
            return
        time.sleep(0.2)
    raise AssertionError("the holder never took the lock")


def _stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _local(data_dir: Path) -> Settings:
    return load_settings(
        "default",
        data_dir=data_dir,
        embed={"backend": "hash"},
        llm={"backend": "fake"},
        retrieve={"min_similarity": 0.05},
    )


@pytest.fixture(scope="module")
def serving(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, subprocess.Popen[str], int]]:
    """`assistant serve` running on a corpus of the seeds, as in the first shell."""
    data_dir = tmp_path_factory.mktemp("served") / "data"
    assert _cli(data_dir, "ingest", str(ROOT / "seeds")).returncode == 0
    port = free_port()
    proc = _start(data_dir, "serve", "--port", str(port))
    try:
        _wait_for_holder(data_dir, proc)
        yield data_dir, proc, port
    finally:
        _stop(proc)


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (("ingest", "--wait", "1", str(ROOT / "seeds")), {}),
        (("reindex",), {"DESK_STORE__LOCK_WAIT_S": "1"}),
        (("serve", "--wait", "1", "--port", "0"), {}),
    ],
    ids=["ingest --wait", "reindex with the setting", "a second serve"],
)
def test_a_second_writer_is_told_who_holds_the_data_dir(
    serving: tuple[Path, subprocess.Popen[str], int], args: tuple[str, ...], env: dict[str, str]
) -> None:
    """While the app runs, a writing command waits the given time, then exits 1 naming the app and what to do."""
    data_dir, app, port = serving
    started = time.monotonic()
    res = _cli(data_dir, *args, **env)
    took = time.monotonic() - started
    assert res.returncode == 1, res.stderr
    holder = f"pid {app.pid} (assistant serve --port {port})"
    assert f"waiting for the data dir lock held by {holder} (up to 1 s)..." in res.stderr
    assert f"error: the data dir {data_dir} is in use by {holder}" in res.stderr
    assert "stop that process, or " in res.stderr and "the running app's Corpus tab" in res.stderr
    assert "--wait SECONDS" in res.stderr
    assert took < 30  # a second of waiting plus the start of Python; never the minutes of a hung writer
    assert app.poll() is None  # the app is untouched


def test_readers_work_while_the_app_holds_the_lock(serving: tuple[Path, subprocess.Popen[str], int]) -> None:
    """ask, search, incidents and brief read the served corpus while a writer in the same moment is refused."""
    data_dir, _app, _port = serving
    assert _cli(data_dir, "ingest", "--wait", "0", str(ROOT / "seeds")).returncode == 1
    for args, expected in [
        (("ask", "--json", TIKRIT_QUESTION), '"sources"'),
        (("search", TIKRIT_QUESTION), "1. "),
        (("incidents",), "Filters: no filters"),
        (("brief", "--no-llm"), "#"),
    ]:
        res = _cli(data_dir, *args, DESK_STORE__LOCK_WAIT_S="0")
        assert res.returncode == 0, (args, res.stderr)
        assert expected in res.stdout + res.stderr, args
        assert "data dir lock" not in res.stderr


def test_a_killed_holder_blocks_nothing(tmp_path: Path) -> None:
    """A holder killed with SIGKILL leaves its lock file behind, and the next ingest goes ahead at once."""
    data_dir = tmp_path / "data"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time\n"
            "from assistant.lock import writer_lock\n"
            "from assistant.settings import load_settings\n"
            "with writer_lock(load_settings(), 'assistant ingest'):\n"
            "    time.sleep(600)\n",
        ],
        env=_env(data_dir),
    )
    try:
        _wait_for_holder(data_dir, holder)
        refused = _cli(data_dir, "ingest", "--wait", "0", str(ROOT / "seeds"))
        assert refused.returncode == 1 and f"pid {holder.pid} (assistant ingest)" in refused.stderr
    finally:
        holder.kill()
        holder.wait()
    assert (data_dir / LOCK_FILE).is_file()
    res = _cli(data_dir, "ingest", "--wait", "0", str(ROOT / "seeds"))
    assert res.returncode == 0, res.stderr
    assert "5 added" in res.stdout


def test_two_concurrent_ingests_of_the_same_files(tmp_path: Path) -> None:
    """Two shells ingest the same 20 files at once: the second waits, then finds all 20 there; 20 articles in all."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(20):
        (folder / f"a{i:02}.txt").write_text(
            f"Bomb hits market in town number {i}\n2023-0{1 + i % 9}-1{i % 10}\n\n"
            f"KIRKUK (AFP) - A bomb killed {i + 1} people at a market in district {i} of Kirkuk, police said. "
            f"It was the {i + 1}th attack on a market this year, officials in district {i} said.\n",
            encoding="utf-8",
        )
    data_dir = tmp_path / "data"
    runs = [_start(data_dir, "ingest", "--wait", "120", str(folder)) for _ in range(2)]
    outs = [p.communicate(timeout=240) for p in runs]
    assert [p.returncode for p in runs] == [0, 0], outs
    counts = [re.search(r"(\d+) added, (\d+) replaced, (\d+) duplicate", out).groups() for out, _ in outs]  # type: ignore[union-attr]
    assert sorted(counts) == [("0", "0", "20"), ("20", "0", "0")]
    assert all("Corpus: 20 articles" in out for out, _ in outs)
    assert Desk(_local(data_dir)).store.counts()[0] == 20


def test_the_app_answers_after_another_process_changes_the_store(tmp_path: Path) -> None:
    """Another process deletes the cited article and replaces another: the open desk still answers, citing neither
    the deleted article nor the replaced version."""
    data_dir = tmp_path / "data"
    desk = Desk(_local(data_dir))
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in (ROOT / "seeds").iterdir():
        (seeds / path.name).write_bytes(path.read_bytes())
    assert desk.ingest([seeds]).count("added") == 5
    first = desk.ask(TIKRIT_QUESTION)
    assert first.sources and not first.abstained
    deleted = first.sources[0].doc_id
    other = next(a for a in desk.articles() if a.doc_id != deleted)
    replaced_file = Path(other.source)
    replaced_file.write_text(replaced_file.read_text(encoding="utf-8") + "\nPolice later raised the toll.\n")
    changed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from pathlib import Path\n"
            "from assistant.desk import Desk\n"
            "from assistant.settings import load_settings\n"
            "desk = Desk(load_settings())\n"
            "desk.store.delete(sys.argv[1])\n"
            "print(desk.ingest([Path(sys.argv[2])]).count('replaced'))\n",
            deleted,
            str(replaced_file),
        ],
        env=_env(data_dir),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert changed.returncode == 0 and changed.stdout.strip() == "1", changed.stderr
    gone = {deleted, other.doc_id}
    for question in (TIKRIT_QUESTION, other.title):
        answer = desk.ask(question)
        assert not gone & {c.doc_id for c in answer.sources}
        assert not gone & {h.chunk.doc_id for h in desk.retrieve(question)}
    assert len(desk.articles()) == 4
