"""The audit log of corpus changes: one JSON line per change (who, through what, what, when) in changes.jsonl.

A line is written after its change is stored, and a log that cannot be written costs a warning, never the change:
the corpus is the record of what is stored, this log only says who did it.

    {"time": "2024-05-01T09:12:03Z", "who": "ana", "via": "ui", "action": "delete", "doc_id": "a2e6ec1d13ccadef",
     "source": "uploads/kirkuk.txt", "title": "...", "chunks": 4, "incidents": 1}
"""

from __future__ import annotations

import datetime as dt
import getpass
import logging
import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.corpus.jsonl import json_line
from assistant.settings import Settings

try:
    import pwd
except ImportError:  # Windows
    pwd = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

LOG_FILE = "changes.jsonl"
Via = Literal["cli", "ui", "python"]
Action = Literal["add", "replace", "delete", "reindex", "import"]
# Where getpass.getuser() looks for the login name, in its order.
_NAME_VARS = ("LOGNAME", "USER", "LNAME", "USERNAME")


def os_user() -> str:
    """The operating-system account running this process, named from its uid (a uid when the system has no name).

    LOGNAME and USER, which getpass.getuser() reads first, can be set to anyone: a name the environment gives that is
    not the account's is recorded beside it, never instead ('root (LOGNAME=alice)').
    """
    if pwd is None or not hasattr(os, "geteuid"):  # Windows: no uids; the login name is the best there is
        try:
            return getpass.getuser()
        except Exception:  # no USERNAME either
            return "unknown"
    uid = os.geteuid()
    try:
        account = pwd.getpwuid(uid).pw_name
    except KeyError:  # no passwd entry (a bare container)
        account = f"uid {uid}"
    claimed = next(((var, os.environ[var]) for var in _NAME_VARS if os.environ.get(var)), None)
    if claimed is not None and claimed[1] != account:
        return f"{account} ({claimed[0]}={claimed[1][:64]})"
    return account


class Actor(BaseModel):
    """Who makes a change and through which surface."""

    user: str = Field(description="The app's login name, else the operating-system account (os_user).")
    via: Via = Field(description="cli: an assistant command; ui: the app; python: Desk used from code (evals).")

    @classmethod
    def here(cls, via: Via, login: str | None = None) -> Actor:
        """The app's logged-in user when there is one, else this process's OS user."""
        return cls(user=login or os_user(), via=via)


class Change(BaseModel):
    """One line of the log."""

    time: str = Field(description="UTC, ISO 8601 to the second, 'Z'.")
    who: str
    via: Via
    action: Action
    doc_id: str | None = Field(None, description="The article changed (None for a whole-corpus change: reindex).")
    source: str | None = Field(None, description="The file or record the article came from.")
    title: str | None = None
    chunks: int | None = Field(None, description="Chunks stored or removed.")
    incidents: int | None = Field(None, description="Incident records stored or removed (reindex: found).")
    articles: int | None = Field(
        None, description="Articles a whole-corpus change went over (an import that stopped: those it added)."
    )
    replaced: list[str] | None = Field(None, description="Older versions of the same source this one replaced.")
    archive: str | None = Field(None, description="The export file an import came from.")
    failed: int | None = Field(None, description="Articles a reindex could not re-extract (their records kept).")
    stopped: str | None = Field(None, description="The error that stopped the change part-way.")


def log_path(settings: Settings) -> Path | None:
    """Where changes are logged; None for an in-memory store without an explicit log file (nothing persists)."""
    if settings.store.changes_log is not None:
        return settings.store.changes_log
    if settings.store.mode == "memory":
        return None
    return settings.data_dir / LOG_FILE


def now() -> str:
    """The current UTC time as the log writes it."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def record(settings: Settings, actor: Actor, action: Action, **fields: Any) -> bool:
    """Append one change; False (and a warning in the log) when the line could not be written."""
    path = log_path(settings)
    if path is None:
        return True
    change = Change(time=now(), who=actor.user, via=actor.via, action=action, **fields)
    line = json_line(change, exclude_none=True).encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # One write to an O_APPEND descriptor: lines of processes sharing a log never interleave.
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)
    except OSError as exc:
        log.warning(
            "the change was stored, but the change log %s could not be written (%s): %s %s by %s is not in it",
            path,
            exc.strerror or exc,
            action,
            fields.get("doc_id") or "",
            actor.user,
        )
        return False
    return True
