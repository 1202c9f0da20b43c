"""The Chroma store: complete articles only, no half-written state, metadata Chroma accepts."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from assistant.corpus.chunk import chunk_article
from assistant.corpus.read import read_records, to_article
from assistant.desk import Desk
from assistant.store import Store

from conftest import SEEDS, cli_env


def _article(name: str):
    (rec,) = list(read_records(SEEDS / name, 5_000_000))
    return to_article(rec)


def _write_chunks_without_article(settings, age_s: float) -> int:
    """What a put interrupted age_s ago leaves behind: chunks and no article record. Returns how many."""
    art = _article("002_a9d188d1784c2b7a.txt")
    chunks = chunk_article(art)
    vecs = Desk(settings).embedder.embed([c.text for c in chunks])
    Store(settings).chunks.upsert(
        ids=[c.chunk_id for c in chunks],
        embeddings=vecs,
        documents=[c.text for c in chunks],
        metadatas=[
            {"doc_id": c.doc_id, "index": c.index, "start": c.start, "end": c.end, "written_at": time.time() - age_s}
            for c in chunks
        ],
    )
    return len(chunks)


@pytest.mark.parametrize(("age_s", "left"), [(7200, False), (0, True)])
def test_interrupted_write_never_visible(settings, age_s: float, left: bool) -> None:
    """Chunks without their article record are never retrieved; once old (a crash, not an ingest still
    running in another process) they are removed when the store is opened."""
    n = _write_chunks_without_article(settings, age_s)
    store = Store(settings)
    assert store.chunks.count() == (n if left else 0)  # a fresh one may be another process's write in progress
    assert store.counts() == (0, 0)  # either way the corpus's totals do not count it
    assert Desk(settings).retrieve("How many PMU fighters were killed?") == []


def test_failed_embedding_stops_the_run_and_keeps_what_was_stored(settings, seeds: Path) -> None:
    """If the embedding model fails (out of memory), every later file would fail too: the run stops with an error
    naming the file and what to do, the articles stored before it stay whole, and nothing of that file is stored."""
    from assistant.errors import ModelFileError

    class Exploding:
        name = "boom"

        def embed(self, texts: list[str]) -> list[list[float]]:
            if any("At least 11 fighters" in t for t in texts):  # the third file's text
                raise RuntimeError("out of memory")
            return Desk(settings).embedder.embed(texts)

    desk = Desk(settings, embedder=Exploding())
    with pytest.raises(ModelFileError, match=r"002_a9d188d1784c2b7a\.txt.*RuntimeError: out of memory") as err:
        desk.ingest([seeds])
    assert "run the ingest again" in err.value.help_message
    store = Store(settings)
    articles, chunks = store.counts()
    assert articles == 2
    assert chunks == sum(len(store.chunks_of(a.doc_id)) for a in store.list_articles())


def test_metadata_types_and_published_int(settings, seeds: Path) -> None:
    """Dates are stored as int YYYYMMDD; unknown dates are absent, never a fake value."""
    Desk(settings).ingest([seeds])
    store = Store(settings)
    got = store.articles.get(include=["metadatas"])
    by_title = {m["title"][:10]: m for m in got["metadatas"]}
    assert by_title["At least 1"]["published"] == 20210124
    assert "published" not in by_title["WATCH: Dea"]
    for m in store.chunks.get(include=["metadatas"])["metadatas"]:
        assert all(isinstance(v, (str, int, float, bool)) for v in m.values())


def test_delete_removes_article_and_chunks(settings, seeds: Path) -> None:
    """Deleting an article removes its chunks from retrieval."""
    desk = Desk(settings)
    desk.ingest([seeds])
    pmu = next(a for a in desk.articles() if a.title.startswith("At least 11"))
    desk.store.delete(pmu.doc_id)
    assert desk.store.counts()[0] == 4
    assert all(h.chunk.doc_id != pmu.doc_id for h in desk.retrieve("PMU fighters killed east of Tikrit"))


def test_mixing_embedders_in_one_corpus_refused(settings, seeds: Path) -> None:
    """A corpus indexed with one embedder refuses another instead of failing inside Chroma."""
    from assistant.errors import ConfigError
    from assistant.models.fakes import HashEmbedder

    Desk(settings).ingest([seeds / "002_a9d188d1784c2b7a.txt"])
    with pytest.raises(ConfigError, match="indexed with the hash-2048 embedder"):
        Desk(settings, embedder=HashEmbedder(dim=64)).ingest([seeds])


def test_old_incident_records_are_refused_until_reindexed(settings, seeds: Path) -> None:
    """A corpus whose incident records predate the schema says to reindex; reindex fixes it, keeping articles."""
    from click.testing import CliRunner

    from assistant.cli import main
    from assistant.errors import ConfigError

    desk = Desk(settings)
    desk.ingest([seeds])
    desk.store.incidents.modify(metadata={"schema": 1})
    with pytest.raises(ConfigError, match="assistant reindex"):
        Desk(settings).ask("attacks near Kirkuk in 2022")
    res = CliRunner().invoke(
        main,
        ["reindex", "--data-dir", str(settings.data_dir)],
        env=cli_env(settings),
    )
    assert res.exit_code == 0 and "incidents from 5 articles" in res.output
    answer = Desk(settings).ask("attacks near Kirkuk in 2022")
    assert "2 incidents match" in answer.text and Store(settings).counts()[0] == 5


def test_a_store_records_its_schema_version(settings) -> None:
    """A new store says which layout it holds, in the store itself (a Chroma server has no data dir)."""
    from assistant.store import STORE_SCHEMA

    assert Store(settings).articles.metadata["store_schema"] == STORE_SCHEMA


def test_a_store_from_before_versions_keeps_working(settings, seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A corpus made before versions were recorded opens as version 1, keeps its articles and gets the version."""
    with monkeypatch.context() as m:
        m.setattr(Store, "check_schema", lambda self: None)  # the code before this change
        m.setattr(Store, "touch", lambda self: None)  # nor did it stamp its writes
        Desk(settings).ingest([seeds])
        assert Store(settings).articles.metadata is None
    reopened = Store(settings)
    assert reopened.articles.metadata["store_schema"] == 1
    assert reopened.counts() == (5, 14)
    assert Desk(settings).retrieve("How many PMU fighters were killed?")[0].chunk.doc_id == "3840446adfad1b87"


def test_a_store_of_a_newer_version_is_refused_and_left_alone(settings, seeds: Path) -> None:
    """A newer store is refused with what to do, before any clean-up touches it; the CLI says the same and exits 1."""
    from click.testing import CliRunner

    from assistant.cli import main
    from assistant.errors import StoreError
    from assistant.store import STORE_SCHEMA

    desk = Desk(settings)
    desk.ingest([seeds])
    store = Store(settings)
    store.chunks.upsert(  # an interrupted write's orphan, which opening the store would remove
        ids=["0000000000000000:0"],
        embeddings=desk.embedder.embed(["orphan"]),
        documents=["orphan"],
        metadatas=[{"doc_id": "0000000000000000", "index": 0, "start": 0, "end": 6, "written_at": time.time() - 7200}],
    )
    store.articles.modify(metadata={**store.articles.metadata, "store_schema": STORE_SCHEMA + 1})
    with pytest.raises(StoreError) as err:
        Store(settings)
    assert f"has store schema {STORE_SCHEMA + 1}, written by a newer Incident Desk" in err.value.message
    assert "upgrade Incident Desk" in err.value.help_message
    assert store.counts() == (5, 14) and store.chunks.count() == 15  # the orphan is still there, not counted
    res = CliRunner().invoke(main, ["incidents", "--province", "Kirkuk"], env=cli_env(settings))
    assert res.exit_code == 1
    assert "newer Incident Desk" in res.output and "-> upgrade Incident Desk" in res.output


def test_whole_collections_are_read_a_page_at_a_time(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read of every record goes in pages (one Chroma read of 32k+ records fails), and gives what one read gives,
    in the same order, also with a where-clause."""
    import assistant.store as store_module

    store = desk.store
    whole = [store.chunks.get(include=["metadatas", "documents"]), store.chunks.get(where={"index": 0}, include=[])]
    monkeypatch.setattr(store_module, "READ_PAGE", 3)
    assert store_module.read_all(store.chunks, ["metadatas", "documents"]) == {
        k: whole[0][k] for k in ("ids", "metadatas", "documents")
    }
    assert store_module.read_all(store.chunks, [], {"index": 0})["ids"] == whole[1]["ids"]
    assert len(whole[0]["ids"]) > 3 * 2 and store.counts() == (5, 14)


def test_a_failure_after_the_article_records_leaves_no_article_without_its_chunks(
    settings, seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the store fails once the article records are written (renewing the corpus's version stamp), the stored
    articles keep their chunks and incidents: an article record without them would count as complete, and the next
    ingest would call it a duplicate and never repair it."""
    from assistant.errors import StoreError

    desk = Desk(settings)

    def failing_touch() -> None:
        raise RuntimeError("database is locked")

    monkeypatch.setattr(desk.store, "touch", failing_touch)
    with pytest.raises(StoreError):
        desk.ingest([seeds / "002_a9d188d1784c2b7a.txt"])
    store = Store(settings)
    for doc_id, meta in store.article_meta().items():
        assert len(store.chunks_of(doc_id)) == meta["n_chunks"], "an article record without its chunks"
