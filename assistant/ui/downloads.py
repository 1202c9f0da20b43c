"""Folders for the files the app hands out (briefings, incident exports), removed again after an hour.

Each download gets a fresh folder (Gradio serves the file after the handler returns, so it must not be overwritten)
under one folder of this user's, and every new download first removes the folders older than DOWNLOAD_AGE_S: a server
that runs for months does not fill its temp dir. Gradio's own copies of uploads and downloads are cleaned by the
Blocks' delete_cache setting (assistant/app.py).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

DOWNLOAD_AGE_S = 3600.0


def downloads_root() -> Path:
    """This user's folder of download folders in the system temp dir (private to the user)."""
    uid = os.getuid() if hasattr(os, "getuid") else 0
    root = Path(tempfile.gettempdir()) / f"incident-desk-downloads-{uid}"
    root.mkdir(mode=0o700, exist_ok=True)
    return root


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
