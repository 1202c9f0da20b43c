"""Download folders: each download its own, and the ones over an hour old removed as new ones are made."""

from __future__ import annotations

import os
import time
from pathlib import Path

from assistant.ui.downloads import DOWNLOAD_AGE_S, download_folder, downloads_root, prune


def test_each_download_gets_its_own_folder_under_one_private_root() -> None:
    a, b = download_folder("briefing"), download_folder("briefing")
    assert a != b and a.parent == b.parent == downloads_root()
    assert a.name.startswith("briefing-") and (downloads_root().stat().st_mode & 0o077) == 0


def test_old_download_folders_are_removed_and_recent_ones_kept(tmp_path: Path) -> None:
    old, recent = tmp_path / "briefing-old", tmp_path / "incidents-recent"
    for folder in (old, recent):
        folder.mkdir()
        (folder / "briefing.md").write_text("# x")
    hours_ago = time.time() - DOWNLOAD_AGE_S - 60
    os.utime(old, (hours_ago, hours_ago))
    (tmp_path / "not-ours.txt").write_text("a file beside the folders is left alone")
    assert prune(tmp_path) == 1
    assert not old.exists() and (recent / "briefing.md").exists() and (tmp_path / "not-ours.txt").exists()


def test_making_a_download_prunes_the_old_ones() -> None:
    stale = download_folder("incidents")
    hours_ago = time.time() - DOWNLOAD_AGE_S - 60
    os.utime(stale, (hours_ago, hours_ago))
    fresh = download_folder("incidents")
    assert fresh.exists() and not stale.exists()


def test_a_root_made_by_someone_else_or_readable_by_others_is_not_used(tmp_path, monkeypatch) -> None:
    """The root's name is predictable: a link planted under it, or a folder others may read, is never written into."""
    import tempfile

    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path))
    elsewhere = tmp_path / "attacker-owned"
    elsewhere.mkdir()
    planted = tmp_path / f"incident-desk-downloads-{os.getuid()}"
    planted.symlink_to(elsewhere)
    folder = download_folder("briefing")
    assert elsewhere not in folder.parents and not any(elsewhere.iterdir())
    planted.unlink()
    planted.mkdir(mode=0o755)
    planted.chmod(0o755)
    assert planted not in download_folder("incidents").parents
    planted.chmod(0o700)
    assert download_folder("incidents").parent == planted
