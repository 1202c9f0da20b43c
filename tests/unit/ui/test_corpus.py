"""The Corpus tab: safe upload names, limits and type checks before ingest, documents list, delete, re-index."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistant.desk import Desk
from assistant.settings import Settings
from assistant.ui.corpus import (
    DOC_HEADERS,
    UploadQuota,
    check_upload,
    delete_document,
    document_rows,
    ingest_uploads,
    reindex,
    reserve,
    safe_name,
    uploads_dir,
)

from conftest import TIKRIT, upload_files


@pytest.mark.parametrize(
    ("given", "safe"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\windows\\evil.md", "evil.md"),
        ("C:\\Users\\me\\report.HTML", "report.html"),
        ("..", "upload"),
        ("", "upload"),
        (".bashrc.txt", "bashrc.txt"),
        ("a b<script>.txt", "a_b_script.txt"),
        ("feed#1.jsonl", "feed_1.jsonl"),
        ("a..\u2215..\uff0fx.txt", "x.txt"),  # a full-width slash normalises to '/' and still separates folders
        ("\u0645\u0642\u0627\u0644.txt", "\u0645\u0642\u0627\u0644.txt"),  # Arabic names stay readable
        ("x" * 300 + ".json", "x" * 100 + ".json"),
    ],
)
def test_safe_name(given: str, safe: str) -> None:
    """Browser-supplied names lose folders, '..', hidden dots and odd characters; the extension is kept."""
    assert safe_name(given) == safe


def test_reserve_never_overwrites(tmp_path: Path) -> None:
    """Two uploads with one name get two files in the uploads folder; the first is untouched."""
    first = reserve(tmp_path / "uploads", "a.txt")
    first.write_text("first")
    second = reserve(tmp_path / "uploads", "a.txt")
    assert (first.name, second.name) == ("a.txt", "a-2.txt")
    assert first.read_text() == "first" and second.parent == first.parent


def test_check_upload(tmp_path: Path) -> None:
    """Type, size and emptiness are checked before anything is copied or ingested."""
    ok = tmp_path / "a.txt"
    ok.write_text("x" * 100)
    assert check_upload(ok, "a.txt", 1000) is None
    assert "over the 0.0 MB limit" in check_upload(ok, "a.txt", 50)
    assert "unsupported file type '.pdf'" in check_upload(ok, "a.pdf", 1000)
    assert "unsupported file type '(none)'" in check_upload(ok, "README", 1000)
    empty = tmp_path / "e.txt"
    empty.write_text("")
    assert check_upload(empty, "e.txt", 1000) == "empty file"
    assert check_upload(tmp_path, "dir.txt", 1000) == "not a file"


def test_ingest_uploads_checks_count_and_keeps_going(settings: Settings, tmp_path: Path) -> None:
    """Past the file limit files are rejected with the reason; the rest are ingested; copies stay in uploads/."""
    settings = settings.model_copy(update={"ui": settings.ui.model_copy(update={"max_upload_files": 2})})
    desk = Desk(settings)
    files = upload_files(tmp_path)
    steps: list[tuple[int, int, str]] = []
    rows = ingest_uploads(
        desk,
        [str(files["notes.exe"]), str(files["tikrit.txt"]), str(files["hawija.md"])],
        lambda i, n, what: steps.append((i, n, what)),
    )
    assert [r[:2] for r in rows] == [["notes.exe", "rejected"], ["tikrit.txt", "added"], ["hawija.md", "rejected"]]
    assert "unsupported file type" in rows[0][2] and "limit of 2 files" in rows[2][2]
    assert "1 incident" in rows[1][2] and "uploads/tikrit.txt" in rows[1][2]
    assert sorted(p.name for p in uploads_dir(desk).iterdir()) == ["tikrit.txt"]
    assert steps[0] == (0, 3, "notes.exe") and steps[-1] == (3, 3, "done")


def test_uploads_sent_at_once_by_one_user_share_the_limit(settings: Settings, tmp_path: Path) -> None:
    """The file limit is per user, not per call: while one upload of 2 is being worked on, the same user's second
    upload of 2 may add only 1 (limit 3); another user is not held up; once done, the user has the whole limit again."""
    quota = UploadQuota(3)
    assert quota.take("user:ana", 2) == 2
    second = quota.take("user:ana", 2)
    assert second == 1 and quota.take("user:bo", 3) == 3
    settings = settings.model_copy(update={"ui": settings.ui.model_copy(update={"max_upload_files": 3})})
    files = upload_files(tmp_path)
    rows = ingest_uploads(Desk(settings), [str(files["tikrit.txt"]), str(files["hawija.md"])], limit=second)
    assert [r[:2] for r in rows] == [["tikrit.txt", "added"], ["hawija.md", "rejected"]]
    assert "3 files per user at a time" in rows[1][2] and "send this file again" in rows[1][2]
    quota.give_back("user:ana", 2)
    quota.give_back("user:ana", second)
    assert quota.take("user:ana", 5) == 3


def test_oversized_and_undecodable_uploads_are_rejected(settings: Settings, tmp_path: Path) -> None:
    """The size limit (ingest.max_file_mb) applies before ingest; ingest's own checks (encoding) still report."""
    settings = settings.model_copy(update={"ingest": settings.ingest.model_copy(update={"max_file_mb": 0.0001})})
    desk = Desk(settings)
    big = tmp_path / "big.txt"
    big.write_text(TIKRIT * 3)
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 bomb".encode("latin-1"))
    rows = ingest_uploads(desk, [str(big), str(bad)])
    assert rows[0][:2] == ["big.txt", "rejected"] and "MB limit" in rows[0][2]
    assert rows[1][:2] == ["latin1.txt", "rejected"] and "UTF-8" in rows[1][2]
    assert list(uploads_dir(desk).iterdir()) == []  # nothing stored, nothing kept


def test_jsonl_records_report_per_record(settings: Settings, tmp_path: Path) -> None:
    """A JSONL upload gives one result per record, named after the uploaded file."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"text": TIKRIT, "published": "2023-03-04"}) + "\n" + json.dumps({"title": "no text"}) + "\n"
    )
    rows = ingest_uploads(Desk(settings), [str(feed)])
    assert [r[:2] for r in rows] == [["feed.jsonl#line1", "added"], ["feed.jsonl#line2", "rejected"]]
    assert "missing or empty 'text'" in rows[1][2]


def test_documents_delete_and_reindex(desk: Desk, tmp_path: Path) -> None:
    """The list has each article's chunks and incidents; delete takes its chunks, incidents and upload copy along."""
    files = upload_files(tmp_path)
    ingest_uploads(desk, [str(files["tikrit.txt"])])
    rows = document_rows(desk)
    assert len(rows) == 6 and len(rows[0]) == len(DOC_HEADERS)
    assert [r[2] for r in rows][:2] == ["2023-03-04", "2022-12-18"]  # newest publication first
    tikrit = rows[0]
    assert tikrit[1] == "AFP" and tikrit[3] == "uploads/tikrit.txt" and tikrit[4] >= 1 and tikrit[5] == 1
    assert sum(r[5] for r in rows) == desk.store.incidents.count()
    message = delete_document(desk, tikrit[6])
    assert "1 incident record removed" in message and "tikrit.txt was removed" in message
    assert not desk.store.chunks.get(where={"doc_id": tikrit[6]})["ids"]
    assert not desk.store.incidents.get(where={"doc_id": tikrit[6]})["ids"]
    assert not (uploads_dir(desk) / "tikrit.txt").exists()
    assert "No document" in delete_document(desk, tikrit[6])
    assert "Nothing deleted" in delete_document(desk, "")
    steps: list[tuple[int, int, str]] = []
    assert reindex(desk, lambda i, n, w: steps.append((i, n, w))) == "Re-indexed 5 articles: 11 incident records."
    assert steps[-1][:2] == (5, 5)


def test_documents_show_no_server_paths(desk: Desk, tmp_path: Path) -> None:
    """The documents list names an upload by its place in the data dir and any other article by its file name."""
    ingest_uploads(desk, [str(upload_files(tmp_path)["tikrit.txt"])])
    sources = {r[0]: r[3] for r in document_rows(desk)}
    assert sources["Gunmen kill soldiers at a checkpoint near Tikrit"] == "uploads/tikrit.txt"
    seeds = sorted(p.name for p in (tmp_path / "seeds").iterdir())
    assert sorted(s for s in sources.values() if s != "uploads/tikrit.txt") == seeds
    assert not any(str(tmp_path) in s or s.startswith("/") for s in sources.values())


def test_delete_keeps_files_outside_uploads(desk: Desk) -> None:
    """Deleting an article ingested from the user's own folder never deletes the user's file."""
    row = document_rows(desk)[0]
    source = Path(desk.store.article_meta()[row[6]]["source"])
    message = delete_document(desk, row[6])
    assert source.is_file() and "was removed" not in message


def test_a_crafted_upload_is_rejected_and_the_batch_goes_on(settings: Settings, tmp_path: Path) -> None:
    """A JSON nested 100,000 deep or holding a lone surrogate is rejected with the reason; the later files of the
    batch are still ingested, and only their copies stay in uploads/."""
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    lone = tmp_path / "lone.json"
    lone.write_text('{"text": "Gunmen killed two in Kirkuk, police said. \\ud800"}')
    files = upload_files(tmp_path)
    desk = Desk(settings)
    rows = ingest_uploads(desk, [str(deep), str(lone), str(files["tikrit.txt"])])
    assert [r[:2] for r in rows] == [["deep.json", "rejected"], ["lone.json", "rejected"], ["tikrit.txt", "added"]]
    assert "nested too deeply" in rows[0][2] and "'text' field" in rows[0][2]
    assert "lone surrogate" in rows[1][2]
    assert sorted(p.name for p in uploads_dir(desk).iterdir()) == ["tikrit.txt"]


def test_an_upload_that_cannot_be_read_is_rejected_without_server_paths(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file the server cannot read (mode 000 for a non-root server) is rejected with the OS's reason, naming no
    server path; its empty copy is removed and the batch goes on."""
    files = upload_files(tmp_path)
    real_copy = shutil.copyfile

    def copyfile(src: str, dst: Path) -> Path:
        if Path(src).name == "hawija.md":
            raise PermissionError(13, "Permission denied", src)
        return real_copy(src, dst)

    monkeypatch.setattr(shutil, "copyfile", copyfile)
    desk = Desk(settings)
    rows = ingest_uploads(desk, [str(files["hawija.md"]), str(files["tikrit.txt"])])
    assert rows[0] == ["hawija.md", "rejected", "could not copy the upload: Permission denied"]
    assert rows[1][:2] == ["tikrit.txt", "added"]
    assert sorted(p.name for p in uploads_dir(desk).iterdir()) == ["tikrit.txt"]
