"""The ingest pipeline: one failing file or record is that item's rejection, never a half article or an aborted run;
progress advances with what was read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.desk import Desk
from assistant.store import Store

from conftest import TIKRIT


def test_a_failed_write_leaves_nothing_of_that_article(settings, seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the store fails while writing one article (after its chunks and incidents), that file is rejected
    with the error, none of its chunks or incidents stay behind, and the other files are stored whole."""
    desk = Desk(settings)
    upsert = desk.store.articles.upsert

    def failing_upsert(**kwargs: object) -> None:
        if "At least 11 fighters" in str(kwargs.get("metadatas")):
            raise ValueError("disk quota exceeded")
        upsert(**kwargs)

    monkeypatch.setattr(desk.store.articles, "upsert", failing_upsert)
    report = desk.ingest([seeds])
    (failed,) = [r for r in report.results if r.status == "rejected"]
    assert failed.path.endswith("002_a9d188d1784c2b7a.txt")
    assert "ValueError: disk quota exceeded" in (failed.reason or "") and failed.help_message
    assert report.count("added") == 4
    store = Store(settings)
    stored = {a.doc_id for a in store.list_articles()}
    assert len(stored) == 4
    assert {m["doc_id"] for m in store.chunks.get(include=["metadatas"])["metadatas"]} == stored
    assert {m["doc_id"] for m in store.incidents.get(include=["metadatas"])["metadatas"]} <= stored


def test_an_unexpected_error_on_one_record_rejects_only_that_record(
    settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug met while ingesting one record of a feed is that record's rejection, logged; the next records go on."""
    import assistant.corpus.indexer as indexer

    real = indexer.chunk_article

    def chunk_article(article, *args):  # a bug that only this article's text triggers
        if "Hawija" in article.text:
            raise KeyError("offset")
        return real(article, *args)

    monkeypatch.setattr(indexer, "chunk_article", chunk_article)
    feed = tmp_path / "feed.jsonl"
    bodies = [TIKRIT, TIKRIT.replace("Tikrit", "Hawija"), TIKRIT.replace("Tikrit", "Baiji")]
    feed.write_text("\n".join(json.dumps({"text": b}) for b in bodies))
    report = Desk(settings).ingest([feed])
    assert [(Path(r.path).name, r.status) for r in report.results] == [
        ("feed.jsonl#line1", "added"),
        ("feed.jsonl#line2", "rejected"),
        ("feed.jsonl#line3", "added"),
    ]
    assert "KeyError" in (report.results[1].reason or "")


def test_progress_counts_a_jsonl_file_record_by_record(settings, tmp_path: Path) -> None:
    """One JSONL file's progress advances with each record and reaches its total only at the end."""
    feed = tmp_path / "feed.jsonl"
    places = ["Tikrit", "Hawija", "Baiji", "Samarra"]
    feed.write_text("\n".join(json.dumps({"text": TIKRIT.replace("Tikrit", p)}) for p in places) + "\n")
    steps: list[tuple[int, int]] = []
    Desk(settings).ingest([feed], on_progress=lambda done, total: steps.append((done, total)))
    total = feed.stat().st_size
    assert len(steps) == 4 and all(t == total for _, t in steps)
    done = [d for d, _ in steps]
    assert done == sorted(set(done)) and 0 < done[0] < total / 2 and done[-1] == total
