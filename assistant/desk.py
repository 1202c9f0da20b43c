"""The facade the CLI and the UI use: ingest, retrieve, ask, brief. Each step lives in its wing; this file delegates."""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from assistant.answering.compare import comparison_answer, read_comparison, superlative_answer
from assistant.answering.from_records import RecordsAnswer, records_answer
from assistant.answering.generate import answer_stream
from assistant.answering.question import ParsedQuestion, merge_filters, read_turn
from assistant.answering.relevance import asked_for
from assistant.answering.retrieve import HybridRetriever
from assistant.answering.route import Fact, asked_fact, route
from assistant.briefing.build import Briefing, build_briefing
from assistant.corpus import changes
from assistant.corpus.archive import Limits, Manifest, read_archive
from assistant.corpus.changes import Actor
from assistant.corpus.indexer import Indexer
from assistant.corpus.transfer import backup_corpus, export_corpus, import_archive
from assistant.errors import StoreError
from assistant.incidents.extractor import Extractor, get_extractor
from assistant.incidents.query import find_incidents
from assistant.models.embed import Embedder
from assistant.models.factory import get_embedder, get_llm
from assistant.models.llm import LLM
from assistant.models.turns import Turns
from assistant.schemas import Answer, Article, FileResult, Filters, Hit, Incident, IncidentFilters, IngestReport
from assistant.settings import Settings, load_settings
from assistant.store import Store, corpus_exists

REPORTED_WITHIN = dt.timedelta(days=7)  # how long after a one-day event its reports are looked for
_DISTANCE = re.compile(r"\bhow\s+far\b|\bdistance\b|\bfrom\s+[A-Z]")  # a place measured from, not the event's
_EXPLICIT_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b(?:Q[1-4]|H[12])\s+20\d\d\b")


@dataclass(frozen=True)
class ModelWait:
    """An event of `Desk.ask_stream`: the question waits for the model, `ahead` other requests before it."""

    ahead: int


def _holds(result: RecordsAnswer, fact: Fact, asked: IncidentFilters) -> bool:
    """Whether the one record a question about one event matched tells what it asks: its day (its month only when
    the question gives no period at all), or a named attacker it does not deny."""
    if not result.matched or len(result.incidents) != 1:
        return False
    inc = result.incidents[0]
    if fact == "date":
        undated = asked.date_from is None and asked.date_to is None
        return inc.event_date is not None and (
            inc.date_precision == "day" or (undated and inc.date_precision == "month")
        )
    return inc.perpetrator not in (None, "unknown") and inc.claimed != "denied"


class Desk:
    """One corpus (a data dir or a Chroma server) plus the models that work on it."""

    def __init__(
        self, settings: Settings | None = None, *, llm: LLM | None = None, embedder: Embedder | None = None
    ) -> None:
        self.settings = settings or load_settings()
        self._llm = llm
        self._embedder = embedder
        self._llm_lock = threading.Lock()  # the UI warms the model in a thread while a question may arrive
        # Requests take turns at the model, first come first served; record answers by code never wait in this line.
        self.model_turns = Turns()

    @cached_property
    def store(self) -> Store:
        """The Chroma store (opened on first use)."""
        return Store(self.settings)

    def require_corpus(self) -> None:
        """Raise StoreError when there is no corpus to read (a mistyped --data-dir); reading never creates one."""
        if not corpus_exists(self.settings):
            raise StoreError(
                f"no corpus in {self.settings.data_dir}",
                f"create one with 'assistant ingest FILES_OR_FOLDERS --data-dir {self.settings.data_dir}', "
                "or check --data-dir / DESK_DATA_DIR",
            )

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

    @cached_property
    def indexer(self) -> Indexer:
        """The ingest pipeline over this desk's store and embedder."""
        return Indexer(self.store, lambda: self.embedder, lambda: self.extractor, self.settings)

    # ------------------------------------------------------------------ ingest

    def ingest(
        self,
        paths: list[Path],
        on_file: Callable[[FileResult], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        by: Actor | None = None,
    ) -> IngestReport:
        """Ingest files and folders; bad files are reported, the rest is stored (progress: bytes done, total).

        Each article added or replaced is a line of the change log, by `by` (default: this process's user, via python).
        """
        return self.indexer.ingest(paths, self._logging(on_file, by, None), on_progress)

    def reindex_incidents(
        self, on_article: Callable[[Article, int], None] | None = None, by: Actor | None = None
    ) -> tuple[int, list[str]]:
        """Re-extract every stored article's incidents; returns (incidents found, sources whose extraction failed)."""
        done = 0

        def step(article: Article, n: int) -> None:
            nonlocal done
            done += 1
            if on_article:
                on_article(article, n)

        try:
            found, failed = self.indexer.reindex_incidents(step)
        except BaseException as exc:  # the articles re-extracted before the failure did change: say so
            changes.record(
                self.settings, by or Actor.here("python"), "reindex", articles=done, stopped=type(exc).__name__
            )
            raise
        changes.record(
            self.settings, by or Actor.here("python"), "reindex", articles=done, incidents=found, failed=len(failed)
        )
        return found, failed

    def delete(self, doc_id: str, by: Actor | None = None) -> tuple[int, int] | None:
        """Remove an article with its chunks and incident records; (chunks, records) removed, None when not stored."""
        meta = self.store.article_meta().get(doc_id)
        if meta is None:
            return None
        chunks, incidents = int(meta.get("n_chunks", 0)), self.store.incident_counts().get(doc_id, 0)
        self.store.delete(doc_id)
        changes.record(
            self.settings,
            by or Actor.here("python"),
            "delete",
            doc_id=doc_id,
            source=meta.get("source"),
            title=meta.get("title"),
            chunks=chunks,
            incidents=incidents,
        )
        return chunks, incidents

    def export(
        self, path: Path, on_article: Callable[[int, int], None] | None = None, overwrite: bool = False
    ) -> Manifest:
        """Write the corpus to one export file (corpus/archive.py), over an existing one only with `overwrite`; the
        caller holds the writer lock for a snapshot (a Chroma server has none: the file is then consistent per
        article, see transfer.export_corpus)."""
        return export_corpus(self.store, self.settings, path, on_article, overwrite=overwrite)[0]

    def backup(self, folder: Path, on_article: Callable[[int, int], None] | None = None) -> tuple[Manifest, Path]:
        """Export to a new dated file in `folder`, never over another; returns the manifest and the file's path."""
        return backup_corpus(self.store, self.settings, folder, on_article)

    def import_archive(
        self,
        path: Path,
        on_file: Callable[[FileResult], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        by: Actor | None = None,
    ) -> IngestReport:
        """Import an export file: checked whole first (ArchiveError, nothing written), then the articles it adds.

        Articles already stored are reported as duplicates and skipped; each one added is a line of the change log,
        and an import that stops part-way is one more, with the articles it added and what stopped it.
        """
        archive = read_archive(path, Limits.of(self.settings.ingest))
        added = 0

        def counted(result: FileResult) -> None:
            nonlocal added
            if result.status == "added":
                added += 1
            if on_file:
                on_file(result)

        try:
            return import_archive(self.indexer, archive, self._logging(counted, by, path.name), on_progress)
        except BaseException as exc:  # the articles added before the failure did change the corpus: say so
            actor = by or Actor.here("python")
            changes.record(
                self.settings, actor, "import", archive=path.name, articles=added, stopped=type(exc).__name__
            )
            raise

    def _logging(
        self, on_file: Callable[[FileResult], None] | None, by: Actor | None, archive: str | None
    ) -> Callable[[FileResult], None]:
        """on_file that first writes each stored article to the change log (an import's with its archive's name)."""
        actor = by or Actor.here("python")

        def logged(result: FileResult) -> None:
            if result.status in ("added", "replaced"):
                changes.record(
                    self.settings,
                    actor,
                    "import" if archive is not None else ("replace" if result.status == "replaced" else "add"),
                    doc_id=result.doc_id,
                    source=result.path,
                    title=result.title,
                    chunks=result.chunks,
                    incidents=result.incidents,
                    replaced=result.replaced or None,
                    archive=archive,
                )
            if on_file:
                on_file(result)

        return logged

    @cached_property
    def extractor(self) -> Extractor:
        """The incident extractor the settings choose."""
        return get_extractor(self.settings.extract.backend, lambda: self.llm, self.settings.prompts_dir)

    # ------------------------------------------------------------------ questions

    def retrieve(self, question: str, filters: Filters | None = None) -> list[Hit]:
        """Chunks relevant to the question (no LLM involved)."""
        return self.retriever.retrieve(question, filters)

    def articles(self) -> list[Article]:
        """Stored articles."""
        return self.store.list_articles()

    def parse(
        self,
        question: str,
        incident_filters: IncidentFilters | None = None,
        today: dt.date | None = None,
        context: IncidentFilters | None = None,
        previous: ParsedQuestion | None = None,
    ) -> ParsedQuestion:
        """Filters and intent read from the question; explicit filters win field by field.

        `previous` is the conversation's last listing or count: a follow-up ('and in 2021?', 'what about Diyala?',
        'only the IED attacks') keeps its intent and filters and changes only what it names. `context` holds a
        conversation's earlier filters: the question overrides them, explicit filters override both.
        """
        return self._read(question, incident_filters, today, context, previous)[0]

    def _read(
        self,
        question: str,
        incident_filters: IncidentFilters | None,
        today: dt.date | None,
        context: IncidentFilters | None,
        previous: ParsedQuestion | None,
    ) -> tuple[ParsedQuestion, bool]:
        """`parse`, and whether the question was read as a follow-up of `previous`."""
        if previous is not None and context is not None:
            # The form's fields as the user left them are the conversation's filters: a cleared field stays cleared.
            previous = previous.model_copy(update={"filters": context})
        parsed, merged = read_turn(question, today or dt.date.today(), previous)
        if merged:
            context = None  # the follow-up has merged the conversation's filters already
        if context is not None and not context.is_empty():
            parsed = parsed.model_copy(update={"filters": merge_filters(context, parsed.filters)})
        if incident_filters is not None:
            parsed = parsed.model_copy(update={"filters": merge_filters(parsed.filters, incident_filters)})
        return parsed, merged

    def ask_stream(
        self,
        question: str,
        filters: Filters | None = None,
        incident_filters: IncidentFilters | None = None,
        today: dt.date | None = None,
        context: IncidentFilters | None = None,
        previous: ParsedQuestion | None = None,
    ) -> Iterator[str | ModelWait | Answer]:
        """Draft text as it streams (str), then the checked Answer last; ModelWait while other requests use the model.

        Listing and counting questions ("attacks near Kirkuk in 2022", "how many police were killed")
        are answered from every matching incident record, totals by code; the rest by the LLM over
        retrieved passages. `context` filters (a conversation's) apply only when the question is a listing or count.
        """
        parsed, merged = self._read(question, incident_filters, today, context, previous)
        # Comparisons and superlatives are answered by code from the records when they hold both sides.
        by_code = comparison_answer(question, self.store, today) or superlative_answer(
            question, self.store, parsed.filters, parsed.target
        )
        if by_code is not None:
            yield by_code.model_copy(update={"incident_filters": parsed.filters})
            return
        explicit = incident_filters is not None and not incident_filters.is_empty()
        in_context = (context is not None and not context.is_empty()) or merged
        way = route(parsed, explicit_filters=explicit, from_context=in_context, question=question)
        if read_comparison(question) is not None:
            way = "passages"  # a comparison the records cannot settle is no listing: the article text may compare
        records_first = None
        fact = asked_fact(question) if way == "records_then_passages" and parsed.intent == "ask" else None
        if way != "passages":
            one_event = way == "records_then_passages" and (parsed.one_event or fact is not None)
            result = records_answer(parsed, question, self.store, one_event=one_event)
            if fact is not None and not _holds(result, fact, parsed.filters):
                # the day or the attacker asked of one event: only one record that tells it answers
                result = RecordsAnswer(result.answer.model_copy(update={"abstained": True}), False)
            answer = result.answer.model_copy(update={"incident_filters": parsed.filters})
            if way == "records" or result.matched:
                yield answer
                return
            records_first = answer  # no record for this one event: the article text may still have it
            f = parsed.filters
            if (f.date_from or f.date_to) and (filters is None or filters == Filters()):
                # Events in a period are reported in it or soon after: only those reports may answer (a one-day
                # question gets that day and the week after).
                filters = Filters(
                    published_from=f.date_from, published_to=f.date_to + REPORTED_WITHIN if f.date_to else None
                )
        f = parsed.filters
        period = None
        if (f.date_from or f.date_to) and _EXPLICIT_YEAR.search(question):
            # 'in January 2021', 'during 2022': only reports of that period may answer, and no quote that dates its
            # event outside it (a relative period, 'last month', is read against today and may mean the article's).
            period = (f.date_from, f.date_to)
            if filters is None or filters == Filters():
                filters = Filters(
                    published_from=f.date_from, published_to=f.date_to + REPORTED_WITHIN if f.date_to else None
                )
        filters = filters or Filters()
        hits = self.retrieve(question, filters)
        # Passage answers use only the publication-date filters: incident filters would claim more than was applied.
        # The place the question names is its event's, unless the question asks where something (else) is.
        where = (
            f if (f.place or f.province) and asked_for(question) != "place" and not _DISTANCE.search(question) else None
        )
        with self.model_turns.line() as ahead:
            for n in ahead:
                yield ModelWait(n)
            for event in answer_stream(
                question, hits, self.store, lambda: self.llm, self.settings, filters, period, where
            ):
                if isinstance(event, Answer) and records_first is not None:
                    if event.abstained:  # neither has it: the records' answer says which filters found nothing
                        event = records_first
                    else:
                        said = records_first.text.split("\n", 1)[0]  # not the candidates listed below it
                        event = event.model_copy(update={"text": f"{said} From the article text: {event.text}"})
                yield event

    def ask(
        self,
        question: str,
        filters: Filters | None = None,
        incident_filters: IncidentFilters | None = None,
        today: dt.date | None = None,
        previous: ParsedQuestion | None = None,
    ) -> Answer:
        """The checked, cited answer (`previous`: the conversation's last listing or count, for follow-ups)."""
        final = None
        for event in self.ask_stream(question, filters, incident_filters, today, previous=previous):
            final = event
        assert isinstance(final, Answer)
        return final

    # ------------------------------------------------------------------ records and briefings

    def find_incidents(self, filters: IncidentFilters, target: str | None = None) -> list[Incident]:
        """Every incident matching the filters, merged across articles, oldest first."""
        return find_incidents(self.store, filters, target)

    def brief(
        self,
        filters: IncidentFilters,
        *,
        title: str | None = None,
        narrate: bool = True,
        on_paragraph: Callable[[int, int], None] | None = None,
    ) -> Briefing:
        """A cited briefing on every incident matching the filters (the model narrates only when `narrate`)."""
        if narrate:  # the narration takes its turn at the model like a question
            with self.model_turns.line() as ahead:
                for _ in ahead:
                    pass
                return self._brief(filters, title, narrate, on_paragraph)
        return self._brief(filters, title, narrate, on_paragraph)

    def _brief(
        self,
        filters: IncidentFilters,
        title: str | None,
        narrate: bool,
        on_paragraph: Callable[[int, int], None] | None,
    ) -> Briefing:
        return build_briefing(
            self.store,
            lambda: self.llm,
            self.settings,
            filters,
            title=title,
            narrate=narrate,
            on_paragraph=on_paragraph,
        )
