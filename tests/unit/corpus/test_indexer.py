"""The ingest pipeline: one failing file or record is that item's rejection, never a half article or an aborted run;
progress advances with what was read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.desk import Desk
from assistant.store import Store

from conftest import TIKRIT


def test_a_failed_write_stops_the_run_and_leaves_nothing_of_that_article(
    settings, seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the store fails while writing one article (after its chunks and incidents), the run stops with an error
    naming the file (every later write would fail the same way), none of that article's chunks or incidents stay
    behind, and the articles written before it are whole."""
    from assistant.errors import StoreError

    desk = Desk(settings)
    upsert = desk.store.articles.upsert

    def failing_upsert(**kwargs: object) -> None:
        if "At least 11 fighters" in str(kwargs.get("metadatas")):
            raise ValueError("disk quota exceeded")
        upsert(**kwargs)

    monkeypatch.setattr(desk.store.articles, "upsert", failing_upsert)
    with pytest.raises(StoreError, match=r"002_a9d188d1784c2b7a\.txt.*ValueError: disk quota exceeded") as err:
        desk.ingest([seeds])
    assert "run the ingest again" in err.value.help_message
    store = Store(settings)
    stored = {a.doc_id for a in store.list_articles()}
    assert len(stored) == 2  # the two files before it
    assert {m["doc_id"] for m in store.chunks.get(include=["metadatas"])["metadatas"]} == stored
    assert {m["doc_id"] for m in store.incidents.get(include=["metadatas"])["metadatas"]} <= stored


def test_a_replace_that_fails_half_way_keeps_the_new_version(
    settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edited file is stored whole before its old version is removed: if removing the old one fails, the new
    version is kept (nothing is lost), and the next ingest of the same file finishes the replace."""
    from assistant.errors import StoreError

    article = tmp_path / "a.txt"
    article.write_text("Gunmen killed two shepherds near Hawija on 3 March 2021, police said.", encoding="utf-8")
    desk = Desk(settings)
    assert desk.ingest([article]).count("added") == 1
    article.write_text("Gunmen killed three shepherds near Hawija on 3 March 2021, police said.", encoding="utf-8")
    delete = desk.store.chunks.delete
    monkeypatch.setattr(desk.store.chunks, "delete", lambda **kw: (_ for _ in ()).throw(RuntimeError("locked")))
    with pytest.raises(StoreError, match="removing older versions"):
        desk.ingest([article])
    texts = [a.text for a in Store(settings).list_articles()]
    assert any("three shepherds" in t for t in texts)
    monkeypatch.setattr(desk.store.chunks, "delete", delete)
    assert desk.ingest([article]).count("duplicate") == 1
    assert [a.text for a in Store(settings).list_articles()] == [article.read_text(encoding="utf-8")]


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


def test_a_feed_of_short_reports_is_embedded_in_batches_and_stored_whole(settings, tmp_path: Path) -> None:
    """A bulk feed is embedded many reports per model call (the speed of a bulk ingest), yet every report is stored
    and reported in order, and the same text twice in one feed is still one article and one duplicate."""
    feed = tmp_path / "feed.jsonl"
    texts = [TIKRIT.replace("Tikrit", f"village {n}") for n in range(150)]
    feed.write_text("\n".join(json.dumps({"text": t}) for t in [*texts, texts[3]]) + "\n")
    desk = Desk(settings)
    calls: list[int] = []
    embed = desk.embedder.embed

    def counting(batch: list[str]) -> list[list[float]]:
        calls.append(len(batch))
        return embed(batch)

    desk.embedder.embed = counting  # type: ignore[method-assign]
    seen: list[str] = []
    report = desk.ingest([feed], on_file=lambda r: seen.append(r.status))
    assert seen == ["added"] * 150 + ["duplicate"]
    assert len(calls) <= 5 and sum(calls) >= 150
    assert Store(settings).counts()[0] == 150
    assert [r.doc_id for r in report.results][3] == report.results[-1].doc_id


def test_an_old_text_copied_under_another_name_survives_the_edit_of_its_file_in_one_run(
    settings, tmp_path: Path
) -> None:
    """a.txt is stored; then a.txt is edited and its old text is kept as b.txt, and both are ingested in one run.
    One by one, the edit replaces (removes) the old text first, so b.txt is added: its text must not end up reported
    as a duplicate of a text that the same run removes."""
    folder = tmp_path / "in"
    folder.mkdir()
    a = folder / "a.txt"
    a.write_text(TIKRIT, encoding="utf-8")
    desk = Desk(settings)
    assert desk.ingest([a]).count("added") == 1
    a.write_text(TIKRIT.replace("4 soldiers", "5 soldiers"), encoding="utf-8")
    (folder / "b.txt").write_text(TIKRIT, encoding="utf-8")
    report = desk.ingest([folder])
    assert [r.status for r in report.results] == ["replaced", "added"]
    texts = [a.text for a in Store(settings).list_articles()]
    assert len(texts) == 2 and {"4 soldiers" in t for t in texts} == {True, False}


def test_what_came_before_a_failed_write_is_reported(settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The records of a feed before the article whose write fails are reported (here: one rejected) before the
    run stops, as when every article was written alone."""
    from assistant.errors import StoreError

    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": "   "}) + "\n" + json.dumps({"text": TIKRIT}) + "\n")
    desk = Desk(settings)

    def failing_upsert(**kwargs: object) -> None:
        raise ValueError("disk quota exceeded")

    monkeypatch.setattr(desk.store.articles, "upsert", failing_upsert)
    seen: list[str] = []
    with pytest.raises(StoreError):
        desk.ingest([feed], on_file=lambda r: seen.append(r.status))
    assert seen == ["rejected"]


def test_a_text_repeated_while_its_batch_is_still_embedding_is_one_article(settings, tmp_path: Path) -> None:
    """A full batch is embedded while the next is read: a report repeated right after the batch that holds it (its
    first copy not yet stored) is still reported as a duplicate and stored once, and results keep the file's order."""
    feed = tmp_path / "feed.jsonl"
    texts = [TIKRIT.replace("Tikrit", f"village {n}") for n in range(70)]
    lines = [*texts[:64], texts[3], *texts[64:]]
    feed.write_text("\n".join(json.dumps({"text": t}) for t in lines) + "\n")
    seen: list[str] = []
    report = Desk(settings).ingest([feed], on_file=lambda r: seen.append(r.status))
    assert seen == ["added"] * 64 + ["duplicate"] + ["added"] * 6
    assert report.results[64].doc_id == report.results[3].doc_id
    assert Store(settings).counts()[0] == 70


def test_a_model_failing_on_a_later_batch_keeps_the_batches_before_it(settings, tmp_path: Path) -> None:
    """The embedder fails on the second batch of a feed: the first batch is stored and reported, the run stops
    with the model's error, and nothing after the failing article is stored."""
    from assistant.errors import ModelFileError

    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"text": TIKRIT.replace("Tikrit", f"village {n}")}) for n in range(200)))
    desk = Desk(settings)
    embed = desk.embedder.embed
    calls: list[int] = []

    def failing_second(batch: list[str]) -> list[list[float]]:
        calls.append(len(batch))
        if any("village 70" in t for t in batch):
            raise RuntimeError("out of memory")
        return embed(batch)

    desk.embedder.embed = failing_second  # type: ignore[method-assign]
    seen: list[str] = []
    with pytest.raises(ModelFileError, match="feed.jsonl"):
        desk.ingest([feed], on_file=lambda r: seen.append(r.status))
    # The second batch is retried article by article: the six before the failing one are stored too.
    assert seen == ["added"] * 70 and Store(settings).counts()[0] == 70
    villages = {a.text.split("village ")[1].split()[0].strip(",.") for a in Store(settings).list_articles()}
    assert villages == {str(n) for n in range(70)}
