"""The eval corpus: a fresh store per dataset, with gold incidents linked to the records extracted."""

from __future__ import annotations

import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.desk import Desk
from assistant.errors import EvalDataError
from assistant.evaluation.cases import Dataset
from assistant.evaluation.extraction import Scores, load_gold, match, score
from assistant.language.text import find_verbatim
from assistant.models.llm import LLM
from assistant.schemas import Article, Incident
from assistant.settings import Settings


@dataclass
class Corpus:
    """A dataset's documents ingested into a fresh store, with the maps scoring needs."""

    desk: Desk
    llm: LLM
    ingest_s: float
    key_of: dict[str, str]  # doc id -> the name cases use for it (seed file name, or ucdp url)
    spans: dict[str, list[tuple[int, int, frozenset[str]]]] = field(default_factory=dict)  # doc id -> evidence spans
    extraction: Scores | None = None
    texts: dict[str, str] = field(default_factory=dict)

    def gold_ids(self, doc_id: str, start: int, end: int) -> set[str]:
        """Gold incidents whose stored evidence overlaps the cited span [start, end) of doc_id."""
        return set().union(*(ids for s, e, ids in self.spans.get(doc_id, []) if s < end and start < e))

    def text(self, doc_id: str) -> str:
        """A stored article's text ('' when it is not stored)."""
        if doc_id not in self.texts:
            art = self.desk.store.article(doc_id)
            self.texts[doc_id] = art.text if art else ""
        return self.texts[doc_id]


def _key(dataset: Dataset, article: Article) -> str:
    return (article.url or article.source) if dataset.incident_ids == "url" else Path(article.source.split("#")[0]).name


def build_corpus(dataset: Dataset, settings: Settings, store_dir: Path, llm: LLM) -> Corpus:
    """Ingest the dataset's documents into a new local store and link stored incidents to the gold ones."""

    for path in dataset.docs:
        if not path.exists():
            raise EvalDataError(
                f"documents of dataset {dataset.name!r} not found: {path}",
                "run from a checkout of the repository (evals/ and seeds/)",
            )
    # Always a store of its own: an eval must not write into a user's corpus or a shared Chroma server. An in-memory
    # store (tests) stays in memory, under a prefix of its own.
    if settings.store.mode == "memory":
        own = settings.store.model_copy(
            update={"prefix": f"{settings.store.prefix}-{dataset.name}-{uuid.uuid4().hex[:8]}"}
        )
    else:
        own = settings.store.model_copy(update={"mode": "local"})
    local = settings.model_copy(update={"data_dir": store_dir, "store": own})
    desk = Desk(local, llm=llm)
    report = desk.ingest(list(dataset.docs))
    # A feed file's bad line (a pasted header above its JSON lines) is rejected as `assistant ingest` rejects it and
    # the rest of the file is read; a document of which nothing was read stops the eval.
    read = {str(r.path).split("#")[0] for r in report.results if r.status != "rejected"}
    lines: list[str] = []  # a bad record of a file otherwise read
    rejected: list[str] = []  # a file of which nothing was read
    for r in report.results:
        if r.status == "rejected":
            (lines if str(r.path).split("#")[0] in read else rejected).append(f"{r.path}: {r.reason}")
    if lines:
        print(
            f"note: {len(lines)} record(s) rejected, the rest of their files read: {'; '.join(lines[:3])}",
            file=sys.stderr,
        )
    if rejected:
        raise EvalDataError(
            f"dataset {dataset.name!r}: {len(rejected)} document(s) rejected: {'; '.join(rejected[:3])}",
            "fix the documents so `assistant ingest` accepts them",
        )
    articles = desk.articles()
    key_of = {a.doc_id: _key(dataset, a) for a in articles}
    corpus = Corpus(
        desk=desk, llm=llm, ingest_s=report.seconds, key_of=key_of, texts={a.doc_id: a.text for a in articles}
    )
    by_doc: dict[str, list[Incident]] = {}
    for inc in desk.store.query_incidents(None):
        by_doc.setdefault(inc.sources[0].doc_id, []).append(inc)
    for incs in by_doc.values():
        incs.sort(key=lambda i: i.id)
    if dataset.incident_ids == "url":
        for doc_id, incs in by_doc.items():
            corpus.spans[doc_id] = [(s.start, s.end, frozenset({key_of[doc_id]})) for i in incs for s in i.sources]
    elif dataset.gold is not None:
        _link_gold(corpus, by_doc, load_gold(dataset.gold))
    return corpus


def _link_gold(corpus: Corpus, by_doc: dict[str, list[Incident]], gold: list[dict[str, Any]]) -> None:
    """Stored incidents -> gold ids (extraction matching; evidence overlap for the unmatched), and extraction scores."""
    prefix_doc = {Path(key).name.split("_", 1)[0]: doc for doc, key in corpus.key_of.items()}
    missing = sorted({g["doc"] for g in gold} - set(prefix_doc))
    if missing:
        raise EvalDataError(
            f"gold incidents name articles that were not ingested: {', '.join(missing)}",
            "the gold file's 'doc' is the seed file-name prefix, e.g. 004",
        )
    preds = {prefix: by_doc.get(doc, []) for prefix, doc in prefix_doc.items()}
    corpus.extraction = score(preds, gold)
    for prefix, doc in prefix_doc.items():
        golds = [g for g in gold if g["doc"] == prefix]
        incs = preds[prefix]
        ids: dict[int, set[str]] = {i: set() for i in range(len(incs))}
        for i, j in match(incs, golds):
            ids[i].add(golds[j]["id"])
        text = corpus.texts[doc]
        for g in golds:
            span = find_verbatim(g["evidence"], text)
            if span is None or any(g["id"] in v for v in ids.values()):
                continue
            for i, inc in enumerate(incs):
                if not ids[i] and any(s.start < span[1] and span[0] < s.end for s in inc.sources):
                    ids[i].add(g["id"])
        corpus.spans[doc] = [(s.start, s.end, frozenset(ids[i])) for i, inc in enumerate(incs) for s in inc.sources]
