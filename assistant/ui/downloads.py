"""Folders for the files the app hands out (briefings, incident exports), removed again after an hour.

Each download gets a fresh folder (Gradio serves the file after the handler returns, so it must not be overwritten)
under one folder of this user's, and every new download first removes the folders older than DOWNLOAD_AGE_S: a server
that runs for months does not fill its temp dir. Gradio's own copies of uploads and downloads are cleaned by the
Blocks' delete_cache setting (assistant/app.py).
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

DOWNLOAD_AGE_S = 3600.0


_fallback: Path | None = None


def _private(path: Path) -> bool:
    """A real folder (no link) of this user's that no one else may read or enter."""
    st = path.lstat()
    own = not hasattr(os, "getuid") or st.st_uid == os.getuid()
    return stat.S_ISDIR(st.st_mode) and own and not st.st_mode & 0o077


def downloads_root() -> Path:
    """This user's folder of download folders in the system temp dir (private to the user).

    Its name is predictable, so another local user could make it first (or a link by that name) to read or swap the
    files: unless it is this user's own private folder, an unpredictable one of this process is used instead."""
    global _fallback
    uid = os.getuid() if hasattr(os, "getuid") else 0
    root = Path(tempfile.gettempdir()) / f"incident-desk-downloads-{uid}"
    try:
        root.mkdir(mode=0o700)
    except FileExistsError:
        pass
    if _private(root):
        return root
    if _fallback is None or not _fallback.is_dir():
        _fallback = Path(tempfile.mkdtemp(prefix="incident-desk-downloads-"))
    return _fallback


def prune(root: Path, max_age_s: float = DOWNLOAD_AGE_S, now: float | None = None) -> int:
    """Remove the download folders under root last changed more than max_age_s ago; returns how many went."""
    now = time.time() if now is None else now
    removed = 0
    for folder in root.iterdir():
        try:
            if folder.is_dir() and not folder.is_symlink() and now - folder.stat().st_mtime > max_age_s:
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
        except OSError:  # another server process removed it first
            continue
    return removed


def download_folder(kind: str) -> Path:
    """A fresh, private folder for one download ('briefing', 'incidents'); old ones are removed first."""
    root = downloads_root()
    prune(root)
    return Path(tempfile.mkdtemp(prefix=f"{kind}-", dir=root))
