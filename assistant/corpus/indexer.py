"""The ingest pipeline: files -> records -> articles -> chunks + incidents -> one embedding call -> the store."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from assistant.corpus.chunk import chunk_article, search_text
from assistant.corpus.read import RawRecord, Skipped, iter_files, read_file, safe_source, source_key, to_article
from assistant.errors import AssistantError, InputFileError, ModelFileError
from assistant.incidents.extractor import Extractor
from assistant.incidents.labels import describe
from assistant.models.embed import Embedder
from assistant.schemas import Article, Chunk, FileResult, Incident, IngestReport
from assistant.settings import Settings
from assistant.store import Store, store_failed

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

        `on_progress(done, total)` counts bytes read: a large JSONL file advances record by record.
        """
        started = time.perf_counter()
        report = IngestReport()
        max_bytes = int(self.settings.ingest.max_file_mb * 1_000_000)
        self.store.check_embedder(self.embedder.name)
        entries = list(iter_files(paths))
        sizes = [_size(e) if isinstance(e, Path) else 0 for e in entries]
        total, done = sum(sizes), 0
        for entry, size in zip(entries, sizes):
            outcomes = self._ingest_file(entry, max_bytes) if isinstance(entry, Path) else [(_skipped(entry), 1.0)]
            for result, share in outcomes:
                report.results.append(result)
                if on_file:
                    on_file(result)
                if on_progress:
                    on_progress(done + round(share * size), total)
            done += size
        report.seconds = time.perf_counter() - started
        return report

    def _ingest_file(self, path: Path, max_bytes: int) -> Iterator[tuple[FileResult, float]]:
        """Results of one file's records, each with the share of the file read so far.

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
                result = self.ingest_record(item)
            except AssistantError:
                raise  # the store, the settings or a model is unusable: every later file would fail the same way
            except Exception as exc:
                result = _failed(item.source if isinstance(item, RawRecord) else item.path, exc)
            yield result, share

    def ingest_record(self, item: RawRecord | InputFileError) -> FileResult:
        """Store one record (article) of a file, or say why not."""
        if isinstance(item, InputFileError):
            return _rejected(item)
        try:
            article = to_article(item)
        except InputFileError as err:
            return _rejected(err)
        try:
            stored = self.store.has(article.doc_id)
            if stored:
                self.store.remove_other_versions(article)  # finishes a replace a crash interrupted
        except AssistantError:
            raise
        except Exception as exc:
            raise store_failed(f"reading {article.source}'s entry", exc) from exc
        if stored:
            return FileResult(
                path=article.source,
                status="duplicate",
                doc_id=article.doc_id,
                title=article.title,
                reason="same text is already stored",
            )
        chunks = chunk_article(article, self.settings.ingest.chunk_tokens, self.settings.ingest.chunk_overlap)
        incidents, warning = self.extract(article)
        replaced = self.store_article(article, chunks, incidents)
        return FileResult(
            path=article.source,
            status="replaced" if replaced else "added",
            doc_id=article.doc_id,
            title=article.title,
            chunks=len(chunks),
            incidents=len(incidents),
            warning=warning,
            replaced=replaced,
        )

    def store_article(
        self, article: Article, chunks: list[Chunk], incidents: list[Incident], replace: bool = True
    ) -> list[str]:
        """Embed an article's chunks and incident records and store them all; returns the ids of versions replaced.

        A failure of the model or the store stops the run with a typed error (what this put wrote is removed).
        """
        # One embedding call for chunks and incident descriptions: batching is most of the speed.
        texts = [search_text(article.title, c.text) for c in chunks] + [describe(i) for i in incidents]
        try:
            vectors = self.embedder.embed(texts)
        except AssistantError:
            raise
        except Exception as exc:  # the model failing (out of memory, a broken install) fails every later file too
            raise ModelFileError(
                f"The embedding model failed on {article.source} ({type(exc).__name__}: {exc})",
                "the ingest stopped here: files already reported as added are stored; run `assistant models` to "
                "check the model, free memory, and run the ingest again",
            ) from exc
        chunk_vecs, incident_vecs = vectors[: len(chunks)], vectors[len(chunks) :]
        return self.store.put(article, chunks, chunk_vecs, _mean(chunk_vecs), incidents, incident_vecs, replace)

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
