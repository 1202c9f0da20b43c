"""The facade the CLI and the UI use: ingest, retrieve, ask (components load lazily)."""

from __future__ import annotations

import datetime as dt
import logging
import math
import threading
import time
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import TYPE_CHECKING
from pathlib import Path

from assistant.chunk import chunk_article, search_text
from assistant.embed import Embedder, get_embedder
from assistant.errors import InputFileError
from assistant.index import Store, describe

if TYPE_CHECKING:
    from assistant.extract import Extractor
    from assistant.parse import IncidentFilters, ParsedQuestion
from assistant.ingest import iter_files, read_records, to_article
from assistant.llm import LLM, get_llm
from assistant.retrieve import HybridRetriever
from assistant.schemas import Answer, Article, FileResult, Filters, Hit, Incident, IngestReport
from assistant.settings import Settings, load_settings


log = logging.getLogger(__name__)


def _mean(vectors: list[list[float]]) -> list[float]:
    dim = len(vectors[0])
    mean = [sum(v[i] for v in vectors) / len(vectors) for i in range(dim)]
    norm = math.sqrt(sum(x * x for x in mean)) or 1.0
    return [x / norm for x in mean]


class Desk:
    """One corpus (a data dir or a Chroma server) plus the models that work on it."""

    def __init__(self, settings: Settings | None = None, *, llm: LLM | None = None, embedder: Embedder | None = None) -> None:
        self.settings = settings or load_settings()
        self._llm = llm
        self._embedder = embedder
        self._llm_lock = threading.Lock()  # the UI warms the model in a thread while a question may arrive

    @cached_property
    def store(self) -> Store:
        """The Chroma store (opened on first use)."""
        return Store(self.settings)

    @property
    def embedder(self) -> Embedder:
        """The embedding model (loaded on first use)."""
        if self._embedder is None:
            self._embedder = get_embedder(self.settings.embed)
        return self._embedder

    @property
    def llm(self) -> LLM:
        """The language model (loaded on first use; retrieval never needs it)."""
        with self._llm_lock:
            if self._llm is None:
                self._llm = get_llm(self.settings)
            return self._llm

    @property
    def llm_loaded(self) -> bool:
        """True once the LLM is ready to answer (the UI shows this)."""
        return self._llm is not None and bool(getattr(self._llm, "loaded", True))

    @cached_property
    def retriever(self) -> HybridRetriever:
        """Hybrid BM25 + dense retriever over the store."""
        self.store.check_embedder(self.embedder.name)
        return HybridRetriever(self.store, self.embedder, self.settings.retrieve)

    # ------------------------------------------------------------------ ingest

    def ingest(self, paths: list[Path], on_file: Callable[[FileResult], None] | None = None) -> IngestReport:
        """Ingest files and folders; bad files are reported, the rest is stored."""
        started = time.perf_counter()
        report = IngestReport()
        max_bytes = int(self.settings.ingest.max_file_mb * 1_000_000)
        self.store.check_embedder(self.embedder.name)
        for path in iter_files(paths):
            for item in read_records(path, max_bytes):
                result = self._ingest_one(item)
                report.results.append(result)
                if on_file:
                    on_file(result)
        report.seconds = time.perf_counter() - started
        return report

    def _ingest_one(self, item: object) -> FileResult:
        if isinstance(item, InputFileError):
            return FileResult(path=item.path, status="rejected", reason=item.reason)
        try:
            article = to_article(item)  # type: ignore[arg-type]
            if self.store.has(article.doc_id):
                self.store.remove_other_versions(article)  # finishes a replace a crash interrupted
                return FileResult(path=article.source, status="duplicate", doc_id=article.doc_id, title=article.title,
                                  reason="same text is already stored")
            chunks = chunk_article(article, self.settings.ingest.chunk_tokens, self.settings.ingest.chunk_overlap)
            incidents, warning = self._extract(article)
            # One embedding call for chunks and incident descriptions: batching is most of the speed.
            vectors = self.embedder.embed([search_text(article.title, c.text) for c in chunks] + [describe(i) for i in incidents])
            chunk_vecs, incident_vecs = vectors[: len(chunks)], vectors[len(chunks):]
            replaced = self.store.put(article, chunks, chunk_vecs, _mean(chunk_vecs), incidents, incident_vecs)
        except InputFileError as err:
            return FileResult(path=err.path, status="rejected", reason=err.reason)
        return FileResult(path=article.source, status="replaced" if replaced else "added", doc_id=article.doc_id,
                          title=article.title, chunks=len(chunks), incidents=len(incidents), warning=warning)

    def reindex_incidents(self, on_article: Callable[[Article, int], None] | None = None) -> tuple[int, list[str]]:
        """Re-extract every stored article's incidents; returns (incidents found, sources whose extraction failed).

        A failed article keeps its old records and the corpus is not marked current, so nothing is lost.
        """
        found, failed = 0, []
        for article in self.store.list_articles():
            incidents, warning = self._extract(article)
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

    def _extract(self, article: Article) -> tuple[list[Incident], str | None]:
        """Incidents of an article; an extractor failure is reported but never loses the article."""
        if self.settings.extract.backend == "off":
            return [], None
        try:
            return self.extractor.extract(article), None
        except Exception as exc:  # a bug in one extraction rule must not block ingest of the text itself
            log.exception("incident extraction failed for %s", article.source)
            return [], f"incident extraction failed: {type(exc).__name__}: {exc}"

    @cached_property
    def extractor(self) -> Extractor:
        """The incident extractor the settings choose."""
        from assistant.extract import get_extractor

        return get_extractor(self.settings.extract.backend, lambda: self.llm, self.settings.prompts_dir)

    # ------------------------------------------------------------------ questions

    def retrieve(self, question: str, filters: Filters | None = None) -> list[Hit]:
        """Chunks relevant to the question (no LLM involved)."""
        return self.retriever.retrieve(question, filters)

    def articles(self) -> list[Article]:
        """Stored articles."""
        return self.store.list_articles()

    def parse(self, question: str, incident_filters: IncidentFilters | None = None,
              today: dt.date | None = None, context: IncidentFilters | None = None) -> ParsedQuestion:
        """Filters and intent read from the question; explicit filters win field by field.

        `context` holds a conversation's earlier filters: the question overrides them, explicit filters override both.
        """
        from assistant.parse import parse_question

        parsed = parse_question(question, today or dt.date.today())
        if context is not None and not context.is_empty():
            parsed = parsed.model_copy(update={"filters": context.merged(parsed.filters)})
        if incident_filters is not None:
            parsed = parsed.model_copy(update={"filters": parsed.filters.merged(incident_filters)})
        return parsed

    def ask_stream(self, question: str, filters: Filters | None = None, incident_filters: IncidentFilters | None = None,
                   today: dt.date | None = None, context: IncidentFilters | None = None) -> Iterator[str | Answer]:
        """Draft text as it streams (str), then the checked Answer last.

        Listing and counting questions ("attacks near Kirkuk in 2022", "how many police were killed")
        are answered from every matching incident record, totals by code; the rest by the LLM over
        retrieved passages. `context` filters (a conversation's) apply only when the question is a listing or count.
        """
        from assistant.answer import answer_stream
        from assistant.listing import NO_MATCH, answer_from_incidents

        parsed = self.parse(question, incident_filters, today, context)
        explicit = incident_filters is not None and not incident_filters.is_empty()
        from_context = context is not None and not context.is_empty()
        records_first = None
        # Filters the user set apply to incident records; passages could not honour them, so they go there too.
        if explicit or parsed.intent == "list" or (parsed.intent == "count" and parsed.measure is not None):
            answer = answer_from_incidents(parsed, question, self.store).model_copy(update={"incident_filters": parsed.filters})
            f = parsed.filters
            # A count about one event the records missed ("the attack in Dujail", a village the gazetteer lacks)
            # may still be in the text; a count over a period stays with the records, whose "none" is exact.
            if not (parsed.intent == "count" and answer.abstained and answer.text.startswith(NO_MATCH)
                    and not explicit and not from_context and f.date_from is None and f.date_to is None):
                yield answer
                return
            records_first = answer
        filters = filters or Filters()
        hits = self.retrieve(question, filters)
        # Passage answers use only the publication-date filters: incident filters would claim more than was applied.
        for event in answer_stream(question, hits, self.store, lambda: self.llm, self.settings, filters):
            if isinstance(event, Answer) and records_first is not None:
                if event.abstained:  # neither has it: the records' answer says which filters found nothing
                    event = records_first
                else:
                    event = event.model_copy(update={"text": f"{records_first.text} From the article text: {event.text}"})
            yield event

    def ask(self, question: str, filters: Filters | None = None, incident_filters: IncidentFilters | None = None,
            today: dt.date | None = None) -> Answer:
        """The checked, cited answer."""
        final = None
        for event in self.ask_stream(question, filters, incident_filters, today):
            final = event
        assert isinstance(final, Answer)
        return final
