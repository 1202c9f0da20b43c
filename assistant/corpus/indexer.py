"""The ingest pipeline: files -> records -> articles -> chunks + incidents -> one embedding call -> the store."""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from assistant.corpus.chunk import chunk_article, search_text
from assistant.corpus.read import RawRecord, Skipped, iter_files, read_file, safe_source, source_key, to_article
from assistant.errors import AssistantError, InputFileError, ModelFileError, StoreError
from assistant.incidents.extractor import Extractor
from assistant.incidents.labels import describe
from assistant.models.embed import Embedder
from assistant.schemas import Article, Chunk, FileResult, Incident, IngestReport
from assistant.settings import Settings
from assistant.store import Put, Store, store_failed

log = logging.getLogger(__name__)


def _rejected(err: InputFileError) -> FileResult:
    return FileResult(
        path=safe_source(err.path),
        status="rejected",
        reason=safe_source(err.reason),
        help_message=err.help_message or None,
    )


def _skipped(entry: Skipped) -> FileResult:
    return FileResult(
        path=safe_source(source_key(entry.path)),
        status="skipped",
        reason=entry.reason,
        help_message=entry.help_message,
    )


def _failed(source: str, exc: Exception) -> FileResult:
    source = safe_source(source)
    log.error("ingest of %s failed", source, exc_info=exc)
    return FileResult(
        path=source,
        status="rejected",
        reason=f"could not be ingested ({type(exc).__name__}: {exc})",
        help_message="the other files went on; the log has the traceback: please report it",
    )


def _size(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0


# Articles embedded and written together by an ingest: up to this many, or this many texts (chunks and incident
# descriptions), whichever comes first. Large enough to keep the embedder's batches full on short reports.
BATCH_ARTICLES = 64
BATCH_TEXTS = 256


@dataclass
class _Prepared:
    """A record read, chunked and with its incidents extracted: what is left is to embed and store it."""

    article: Article
    chunks: list[Chunk]
    incidents: list[Incident]
    warning: str | None


def _duplicate(article: Article) -> FileResult:
    return FileResult(
        path=article.source,
        status="duplicate",
        doc_id=article.doc_id,
        title=article.title,
        reason="same text is already stored",
    )


def _result(p: _Prepared, replaced: list[str]) -> FileResult:
    return FileResult(
        path=p.article.source,
        status="replaced" if replaced else "added",
        doc_id=p.article.doc_id,
        title=p.article.title,
        chunks=len(p.chunks),
        incidents=len(p.incidents),
        warning=p.warning,
        replaced=replaced,
    )


@dataclass
class _Batch:
    """Outcomes of an ingest waiting to be stored and reported in order, with the bytes read at each."""

    items: list[tuple[FileResult | _Prepared, int]] = field(default_factory=list)
    texts: int = 0
    articles: int = 0
    sources: set[str] = field(default_factory=set)
    doc_ids: set[str] = field(default_factory=set)

    def conflicts(self, p: _Prepared) -> bool:
        """True when the batch already holds this article's source or text (they must be stored one after the
        other: the second replaces the first, or is its duplicate)."""
        return p.article.source in self.sources or p.article.doc_id in self.doc_ids

    def add(self, outcome: FileResult | _Prepared, done: int) -> None:
        self.items.append((outcome, done))
        if isinstance(outcome, _Prepared):
            self.articles += 1
            self.texts += len(outcome.chunks) + len(outcome.incidents)
            self.sources.add(outcome.article.source)
            self.doc_ids.add(outcome.article.doc_id)

    def full(self) -> bool:
        return self.articles >= BATCH_ARTICLES or self.texts >= BATCH_TEXTS

    def work(self) -> list[tuple[Article, list[Chunk], list[Incident]]]:
        """What the batch's articles give the embedder."""
        return [(o.article, o.chunks, o.incidents) for o, _ in self.items if isinstance(o, _Prepared)]

    def clear(self) -> None:
        self.items.clear()
        self.texts = self.articles = 0
        self.sources.clear()
        self.doc_ids.clear()


def _mean(vectors: list[list[float]]) -> list[float]:
    dim = len(vectors[0])
    mean = [sum(v[i] for v in vectors) / len(vectors) for i in range(dim)]
    norm = math.sqrt(sum(x * x for x in mean)) or 1.0
    return [x / norm for x in mean]


class Indexer:
    """Writes files into the store; bad files become results with a reason, never exceptions."""

    def __init__(
        self,
        store: Store,
        get_embedder: Callable[[], Embedder],
        get_extractor: Callable[[], Extractor],
        settings: Settings,
    ) -> None:
        self.store = store
        # Both load models (seconds): only when something is embedded or extracted.
        self._get_embedder = get_embedder
        self._get_extractor = get_extractor
        self.settings = settings
        self._embedding = threading.Lock()

    @property
    def embedder(self) -> Embedder:
        """The embedding model (loaded on first use)."""
        return self._get_embedder()

    def ingest(
        self,
        paths: list[Path],
        on_file: Callable[[FileResult], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> IngestReport:
        """Ingest files and folders; bad files are reported, the rest is stored.

        `on_progress(done, total)` counts bytes read: a large JSONL file advances record by record. Articles are
        embedded and written in batches (BATCH_ARTICLES / BATCH_TEXTS, one model call and one write per collection
        for many short reports), each reported once its batch is stored.
        """
        started = time.perf_counter()
        report = IngestReport()
        max_bytes = int(self.settings.ingest.max_file_mb * 1_000_000)
        self.store.check_embedder(self.embedder.name)
        entries = list(iter_files(paths))
        sizes = [_size(e) if isinstance(e, Path) else 0 for e in entries]
        total = sum(sizes)
        batch = _Batch()
        # A full batch is embedded on a second thread while this one reads, chunks and extracts the next batch and
        # writes the one before (torch runs on one core and leaves the GIL; the rest of ingest is the other core's).
        # Batches are still stored and reported in the order they were read.
        embedding = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-embed")
        pending: list[tuple[_Batch, Future[list[Put]] | None]] = []

        failed_storing = False

        def store(waiting: _Batch, vectors: Future[list[Put]] | None = None) -> None:
            nonlocal failed_storing
            try:
                for result, done in self._store_batch(waiting, vectors):
                    report.results.append(result)
                    if on_file:
                        on_file(result)
                    if on_progress:
                        on_progress(done, total)
            except AssistantError:
                failed_storing = True  # the batches after it are not stored: the error names the first that failed
                raise

        def store_pending() -> None:
            while pending:
                store(*pending.pop(0))

        def flush() -> None:
            nonlocal batch
            store_pending()
            store(batch)
            batch = _Batch()

        def hand_off() -> None:
            # The batch's embedding starts now; the batch before it is then stored while this one embeds.
            nonlocal batch
            work = batch.work()
            pending.append((batch, embedding.submit(self._embed, work) if work else None))
            batch = _Batch()
            while len(pending) > 1:
                store(*pending.pop(0))

        def settle(article: Article) -> None:
            # A record whose text is stored: when it is stored under a source that a waiting
            # article replaces, that replace comes first, as one by one (the text is then no longer stored).
            store_pending()
            if batch.articles and self._replaced_by(batch, article.doc_id):
                flush()

        try:
            done = 0
            for entry, size in zip(entries, sizes):
                outcomes = (
                    self._ingest_file(entry, max_bytes, settle) if isinstance(entry, Path) else [(_skipped(entry), 1.0)]
                )
                for outcome, share in outcomes:
                    if isinstance(outcome, _Prepared) and (
                        batch.conflicts(outcome) or any(b.conflicts(outcome) for b, _ in pending)
                    ):
                        # A second version of a source replaces the first once that is stored; the same text twice
                        # is a duplicate of the first, as it is when they come in separate runs.
                        same_text = any(outcome.article.doc_id in b.doc_ids for b in [batch, *(b for b, _ in pending)])
                        flush()
                        if same_text:
                            outcome = _duplicate(outcome.article)
                    batch.add(outcome, done + round(share * size))
                    if batch.full():
                        hand_off()
                done += size
            flush()
        except BaseException:
            # What was handed to the embedder is stored and reported before the error goes on, as it was when each
            # batch was stored before the next file was read; a second failure there leaves the first to be told.
            if not failed_storing:
                try:
                    store_pending()
                except Exception:
                    log.exception("storing the last embedded batch after an ingest error failed")
            raise
        finally:
            embedding.shutdown(wait=True, cancel_futures=True)
        report.seconds = time.perf_counter() - started
        return report

    def _replaced_by(self, batch: _Batch, doc_id: str) -> bool:
        """True when the stored article `doc_id` is a version of a source that an article of the batch replaces."""
        if doc_id in batch.doc_ids:
            return False
        try:
            metas = self.store.articles.get(ids=[doc_id], include=["metadatas"])["metadatas"] or []
        except Exception as exc:
            raise store_failed(f"reading the entry of {doc_id}", exc) from exc
        return any((m or {}).get("source") in batch.sources for m in metas)

    def _ingest_file(
        self, path: Path, max_bytes: int, settle: Callable[[Article], None] | None = None
    ) -> Iterator[tuple[FileResult | _Prepared, float]]:
        """Results (or articles ready to embed) of one file's records, each with the share of the file read so far.

        An unexpected failure (a bug, a library error on a crafted file) becomes the rejection of its record, or of
        the rest of the file when reading fails: the other files and records go on.
        """
        records = read_file(path, max_bytes)
        while True:
            try:
                item, share = next(records)
            except StopIteration:
                return
            except Exception as exc:
                yield _failed(source_key(path), exc), 1.0
                return
            try:
                outcome = self.prepare_record(item, settle)
            except AssistantError:
                raise  # the store, the settings or a model is unusable: every later file would fail the same way
            except Exception as exc:
                outcome = _failed(item.source if isinstance(item, RawRecord) else item.path, exc)
            yield outcome, share

    def ingest_record(self, item: RawRecord | InputFileError) -> FileResult:
        """Store one record (article) of a file, or say why not."""
        outcome = self.prepare_record(item)
        if isinstance(outcome, FileResult):
            return outcome
        batch = _Batch()
        batch.add(outcome, 0)
        return next(iter(self._store_batch(batch)))[0]

    def prepare_record(
        self, item: RawRecord | InputFileError, settle: Callable[[Article], None] | None = None
    ) -> FileResult | _Prepared:
        """A record read, chunked and its incidents extracted, ready to embed; or its result when it is rejected or
        already stored. `settle(article)` runs when its text is stored (an ingest stores what must come first)."""
        if isinstance(item, InputFileError):
            return _rejected(item)
        try:
            article = to_article(item)
        except InputFileError as err:
            return _rejected(err)
        try:
            stored = self.store.has(article.doc_id)
            if stored and settle is not None:
                settle(article)  # may store a waiting batch that removes this text
                stored = self.store.has(article.doc_id)
            if stored:
                self.store.remove_other_versions(article)  # finishes a replace a crash interrupted
        except AssistantError:
            raise
        except Exception as exc:
            raise store_failed(f"reading {article.source}'s entry", exc) from exc
        if stored:
            return _duplicate(article)
        chunks = chunk_article(article, self.settings.ingest.chunk_tokens, self.settings.ingest.chunk_overlap)
        incidents, warning = self.extract(article)
        return _Prepared(article, chunks, incidents, warning)

    def _store_batch(
        self, batch: _Batch, embedded: Future[list[Put]] | None = None
    ) -> Iterator[tuple[FileResult, int]]:
        """Embed (or take what `embedded` embeds on another thread) and store the batch's articles (one model call,
        one write per collection); then every outcome in order, with the bytes read when it was read. A failure of
        the model or the store stops the run with a typed error (what this batch wrote is removed; earlier batches
        stay stored)."""
        prepared = [o for o, _ in batch.items if isinstance(o, _Prepared)]
        replaced: dict[str, list[str]] = {}
        if prepared:
            try:
                puts = embedded.result() if embedded is not None else self._embed(batch.work())
                self.store.put_many(puts, replace=False)
            except (ModelFileError, StoreError):
                if len(prepared) == 1:  # that article fails alone: what came before it is reported, then the error
                    for outcome, done in batch.items:
                        if isinstance(outcome, _Prepared):
                            raise
                        yield outcome, done
                # Nothing of the batch was kept. One by one, the articles before the one that fails are stored and
                # reported, and the error names that one, as when every article was embedded and written alone.
                yield from self._store_one_by_one(batch)
                return
            try:
                for p, old in zip(prepared, self.store.remove_other_versions_of([p.article for p in prepared])):
                    replaced[p.article.doc_id] = old
            except Exception as exc:  # the new versions are complete and kept; the next ingest finishes the replace
                raise store_failed(f"removing older versions of {prepared[0].article.source}", exc) from exc
        for outcome, done in batch.items:
            if isinstance(outcome, _Prepared):
                outcome = _result(outcome, replaced[outcome.article.doc_id])
            yield outcome, done

    def _store_one_by_one(self, batch: _Batch) -> Iterator[tuple[FileResult, int]]:
        """The batch embedded and written article by article (after a failed batch): each result once it is stored."""
        for outcome, done in batch.items:
            if isinstance(outcome, _Prepared):
                put = self._embed([(outcome.article, outcome.chunks, outcome.incidents)])[0]
                old = self.store.put(
                    put.article, put.chunks, put.chunk_vectors, put.doc_vector, put.incidents, put.incident_vectors
                )
                outcome = _result(outcome, old)
            yield outcome, done

    def _embed(self, articles: list[tuple[Article, list[Chunk], list[Incident]]]) -> list[Put]:
        """One embedding call for the chunks and incident descriptions of all these articles (batching is most of
        the speed); a failing model becomes a ModelFileError naming the first article."""
        texts: list[str] = []
        for article, chunks, incidents in articles:
            texts += [search_text(article.title, c.text) for c in chunks] + [describe(i) for i in incidents]
        try:
            with self._embedding:  # one call at a time: a batch's embedding may still run on the ingest's thread
                vectors = self.embedder.embed(texts) if texts else []
        except AssistantError:
            raise
        except Exception as exc:  # the model failing (out of memory, a broken install) fails every later file too
            first = articles[0][0].source + (f" and {len(articles) - 1} more" if len(articles) > 1 else "")
            raise ModelFileError(
                f"The embedding model failed on {first} ({type(exc).__name__}: {exc})",
                "the ingest stopped here: files already reported as added are stored; run `assistant models` to "
                "check the model, free memory, and run the ingest again",
            ) from exc
        puts, at = [], 0
        for article, chunks, incidents in articles:
            chunk_vecs = vectors[at : at + len(chunks)]
            incident_vecs = vectors[at + len(chunks) : at + len(chunks) + len(incidents)]
            at += len(chunks) + len(incidents)
            puts.append(Put(article, chunks, chunk_vecs, _mean(chunk_vecs), incidents, incident_vecs))
        return puts

    def store_article(
        self, article: Article, chunks: list[Chunk], incidents: list[Incident], replace: bool = True
    ) -> list[str]:
        """Embed an article's chunks and incident records and store them all; returns the ids of versions replaced.

        A failure of the model or the store stops the run with a typed error (what this put wrote is removed).
        """
        put = self._embed([(article, chunks, incidents)])[0]
        return self.store.put_many([put], replace)[0]

    def reindex_incidents(self, on_article: Callable[[Article, int], None] | None = None) -> tuple[int, list[str]]:
        """Re-extract every stored article's incidents; returns (incidents found, sources whose extraction failed).

        A failed article keeps its old records and the corpus is not marked current, so nothing is lost.
        """
        found, failed = 0, []
        for article in self.store.list_articles():
            incidents, warning = self.extract(article)
            if warning is None:
                vectors = self.embedder.embed([describe(i) for i in incidents]) if incidents else []
                self.store.replace_incidents(article.doc_id, incidents, vectors)
                found += len(incidents)
            else:
                failed.append(f"{article.source}: {warning}")
            if on_article:
                on_article(article, len(incidents))
        if not failed:
            self.store.mark_incidents_current()
        return found, failed

    def extract(self, article: Article) -> tuple[list[Incident], str | None]:
        """Incidents of an article; an extractor failure is reported but never loses the article."""
        if self.settings.extract.backend == "off":
            return [], None
        try:
            return self._get_extractor().extract(article), None
        except Exception as exc:  # a bug in one extraction rule must not block ingest of the text itself
            log.exception("incident extraction failed for %s", article.source)
            return [], f"incident extraction failed: {type(exc).__name__}: {exc}"
