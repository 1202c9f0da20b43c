"""One writer per data dir: an OS file lock every writing command (and the app, for its whole life) takes."""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from assistant.errors import WriterLockError
from assistant.settings import Settings

try:
    import fcntl
except ImportError:  # Windows: no flock; the README says to run one writer at a time there
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

LOCK_FILE = ".writer.lock"
_POLL_S = 0.2
# What a writer kept waiting can do, unless its command says better: the app takes files through its Corpus tab.
BUSY_HELP = (
    "stop that process, or add files through the running app's Corpus tab (upload), or wait longer with --wait SECONDS"
)


def holder(path: Path) -> str:
    """Who holds the lock, as written into the lock file by its holder ('pid 123 (assistant serve)')."""
    try:
        pid, _, command = path.read_text(encoding="utf-8").strip().partition(" ")
    except OSError:
        pid, command = "", ""
    if not pid.isdigit():  # the holder has not written itself in yet
        return "another process"
    return f"pid {pid} ({command or 'unknown command'})"


def _try_lock(fd: int) -> bool:
    assert fcntl is not None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


@contextlib.contextmanager
def writer_lock(
    settings: Settings,
    command: str,
    wait_s: float | None = None,
    on_wait: Callable[[str], None] | None = None,
    busy_help: str = BUSY_HELP,
) -> Iterator[None]:
    """Hold the data dir's writer lock for the block; wait up to `wait_s` (default the setting) for another holder.

    Raises WriterLockError naming the holder, with `busy_help` (what to do, fit for the command), when the wait runs
    out. Only local stores are locked: a Chroma server
    serialises its own writes and an in-memory store lives in one process. The lock is the OS's (flock), so a holder
    that died, even by SIGKILL, holds nothing: the file left behind never blocks.
    """
    if settings.store.mode != "local" or fcntl is None:
        if settings.store.mode == "local":
            log.warning("no file locking on this platform: run one writing command per data dir at a time")
        yield
        return
    wait = settings.store.lock_wait_s if wait_s is None else wait_s
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    path = settings.data_dir / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        if not _try_lock(fd):
            if on_wait is not None and wait > 0:
                on_wait(f"waiting for the data dir lock held by {holder(path)} (up to {wait:g} s)...")
            while not _try_lock(fd):
                if time.monotonic() >= deadline:
                    raise WriterLockError(
                        f"the data dir {settings.data_dir} is in use by {holder(path)}, which writes to it", busy_help
                    )
                time.sleep(_POLL_S)
        # Who holds it, for the message a second writer prints; the lock, not this text, is what excludes.
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()} {command}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the flock
