"""Export a corpus to one file and import such a file into a corpus (the file's format is corpus/archive.py).

An import restores what was exported and computes only what belongs to one embedder: the articles with their exact
chunks (the exported spans, whatever the chunk settings here) and the incident records as they were stored (never
re-extracted, so records from the LLM extractor or an older rule set survive), embedded again with this installation's
embedder, so a corpus can move between embedders.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.corpus.archive import (
    Archive,
    ArticleRecord,
    IncidentRecord,
    Manifest,
    already_exists,
    write_archive,
)
from assistant.corpus.indexer import Indexer
from assistant.errors import AssistantError, ModelFileError, StoreError
from assistant.schemas import Chunk, FileResult, IngestReport
from assistant.settings import Settings
from assistant.store import INCIDENT_SCHEMA, STORE_SCHEMA, Store, store_failed

log = logging.getLogger(__name__)

# Records stored before the schema was recorded in the store are older than any numbered schema.
UNRECORDED_INCIDENT_SCHEMA = 1


def _complete(chunks: list[Chunk], meta: dict[str, Any]) -> bool:
    """Whether these are all the chunks the article record counts."""
    return bool(chunks) and len(chunks) == int(meta.get("n_chunks", len(chunks)))


def _app_version() -> str:
    try:
        return importlib.metadata.version("incident-desk")
    except importlib.metadata.PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown"


def export_corpus(
    store: Store,
    settings: Settings,
    path: Path,
    on_article: Callable[[int, int], None] | None = None,
    overwrite: bool = False,
    numbered: bool = False,
) -> tuple[Manifest, Path]:
    """Write every stored article with its chunk spans and incident records to `path`; returns the manifest and the
    file written (archive.write_archive: an existing file is replaced only with `overwrite`, `numbered` takes the next
    free name instead).

    A local corpus's caller holds the writer lock: nothing changes while it is read, and the file is a snapshot. A
    Chroma server has no lock and takes other writers meanwhile: the file then holds each article whole, with the
    chunks and records it had when read, but not one moment's corpus; an article deleted meanwhile is left out, one
    added meanwhile too. `on_article(done, total)`.
    """
    if not overwrite and not numbered and path.exists():  # before the reading; write_archive checks again, race-free
        raise already_exists(path)
    # One read of the articles decides what is exported; chunks and records are then read for exactly those ids.
    stored = store.articles_with_meta()
    chunks: dict[str, list[Chunk]] = {}
    for chunk, _ in store.all_chunks():
        chunks.setdefault(chunk.doc_id, []).append(chunk)
    incidents = store.incidents_by_doc()
    articles: list[ArticleRecord] = []
    for n, (article, meta) in enumerate(stored, 1):
        mine = chunks.get(article.doc_id, [])
        if not _complete(mine, meta):
            # Deleted (or deleted and stored again) by another writer since the articles were read: read it again.
            again = store.articles_with_meta([article.doc_id])
            if not again:
                log.info("export: %s was deleted while the corpus was read; it is left out", article.source)
                continue
            (article, meta), mine = again[0], store.chunks_of(article.doc_id)
            incidents[article.doc_id] = store.incidents_by_doc(article.doc_id).get(article.doc_id, [])
            if not _complete(mine, meta):
                raise StoreError(
                    f"article {article.doc_id} ({article.source}) has {len(mine)} of its "
                    f"{meta.get('n_chunks', '?')} chunks in {store.location}: the corpus is damaged",
                    "ingest that article's file again (or delete it in the Corpus tab), then export again",
                )
        when = meta.get("ingested_at")
        ingested = dt.datetime.fromtimestamp(when, dt.UTC) if isinstance(when, int | float) else None
        articles.append(ArticleRecord.of(article, mine, ingested))
        if on_article:
            on_article(n, len(stored))
    records = [IncidentRecord(doc_id=a.doc_id, incident=i) for a in articles for i in incidents.get(a.doc_id, [])]
    schema = store.incident_schema()
    if schema is None:
        schema = UNRECORDED_INCIDENT_SCHEMA if records else INCIDENT_SCHEMA
    manifest = Manifest(
        exported_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        app_version=_app_version(),
        store_schema=STORE_SCHEMA,
        incident_schema=schema,
        embedder=store.embedder_name(),
        chunk_tokens=settings.ingest.chunk_tokens,
        chunk_overlap=settings.ingest.chunk_overlap,
        extractor=settings.extract.backend,
        articles=len(articles),
        chunks=sum(len(a.chunks) for a in articles),
        incidents=len(records),
    )
    return manifest, write_archive(path, manifest, articles, records, overwrite=overwrite, numbered=numbered)


def backup_corpus(
    store: Store, settings: Settings, folder: Path, on_article: Callable[[int, int], None] | None = None
) -> tuple[Manifest, Path]:
    """Export to FOLDER/incident-desk-<UTC time>.zip, or -2.zip, -3.zip... when it is taken: never over a file."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return export_corpus(store, settings, folder / f"incident-desk-{stamp}.zip", on_article, numbered=True)


def import_archive(
    indexer: Indexer,
    archive: Archive,
    on_file: Callable[[FileResult], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> IngestReport:
    """Store the articles of a checked archive that the corpus lacks; one result per article (added or duplicate).

    `on_progress(done, total)` counts articles.
    An article already stored (same doc id) is skipped and reported. Each article is stored whole or not at all
    (Store.put); a model or store failure stops the run with a typed error whose help says how far it got and that
    importing the file again finishes it.
    """
    started = time.perf_counter()
    store = indexer.store
    report = IngestReport()
    if archive.articles:
        store.check_embedder(indexer.embedder.name)  # before any write: one corpus, one embedder
    for n, record in enumerate(archive.articles, 1):
        try:
            result = _import_article(indexer, archive, record)
        except (StoreError, ModelFileError) as exc:
            raise _stopped(exc, archive, n, report.count("added")) from exc
        except AssistantError:
            raise
        except Exception as exc:  # the store failing outside Store.put (a Chroma server gone while checking an id)
            raise _stopped(store_failed(f"importing {record.source}", exc), archive, n, report.count("added")) from exc
        report.results.append(result)
        if on_progress:
            on_progress(n, len(archive.articles))
        if on_file:
            on_file(result)
    report.seconds = time.perf_counter() - started
    return report


def _import_article(indexer: Indexer, archive: Archive, record: ArticleRecord) -> FileResult:
    """Store one article of the archive unless the corpus has it."""
    store = indexer.store
    if store.has(record.doc_id):
        return FileResult(
            path=record.source,
            status="duplicate",
            doc_id=record.doc_id,
            title=record.title,
            reason="already in the corpus (same doc id)",
        )
    incidents = archive.incidents.get(record.doc_id, [])
    chunks = record.chunk_list()
    # replace=False: an article of the same source name in this corpus is another corpus's file, not an edit.
    indexer.store_article(record.article(), chunks, incidents, replace=False)
    schema = archive.manifest.incident_schema
    if incidents and schema < INCIDENT_SCHEMA:  # older records: the corpus asks for `assistant reindex`
        store.mark_incidents_current(schema)
    return FileResult(
        path=record.source,
        status="added",
        doc_id=record.doc_id,
        title=record.title,
        chunks=len(chunks),
        incidents=len(incidents),
    )


def _stopped(exc: StoreError | ModelFileError, archive: Archive, n: int, added: int) -> StoreError | ModelFileError:
    """The failure that stopped an import, with help for an import: how far it got, the fix, and to import again.

    The store's and the model's own help speaks of an ingest ('run the ingest again'); what to fix is told by the
    error's type.
    """
    fix = (
        "run `assistant models` to check the model and free memory"
        if isinstance(exc, ModelFileError)
        else "check the disk and the data dir (or the Chroma server)"
    )
    return type(exc)(
        exc.message,
        f"the import stopped at article {n} of {len(archive.articles)}: the {added} added before it are stored; "
        f"{fix}, then import {archive.path.name} again to finish (articles already stored are skipped)",
    )
