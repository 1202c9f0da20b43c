"""Hybrid retrieval: BM25 (llama-index) + dense (Chroma), reciprocal-rank fusion, filters, diversity."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from assistant.corpus.chunk import search_text
from assistant.models.embed import Embedder
from assistant.schemas import Chunk, Filters, Hit, int_to_date
from assistant.settings import RetrieveSettings
from assistant.store import Store, matches

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class _Index:
    """One consistent view of the corpus for retrieval; replaced whole when the corpus changes, never edited, so
    questions answered at the same time each read one view."""

    version: tuple[frozenset[str], int] | None
    articles: dict[str, dict[str, Any]]
    chunks: dict[str, tuple[Chunk, dict[str, Any]]]
    bm25: Any  # llama-index BM25Retriever over `chunks`, or None when there are none


class HybridRetriever:
    """Finds the chunks that answer a question; never touches the LLM. Safe for several questions at once."""

    def __init__(self, store: Store, embedder: Embedder, settings: RetrieveSettings) -> None:
        self.store = store
        self.embedder = embedder
        self.settings = settings
        self._index = _Index(None, {}, {}, None)
        self._build = threading.Lock()  # one rebuild at a time; the others wait for it instead of repeating it
        self._rank = threading.Lock()  # llama-index's BM25 reads its top-k from an attribute: set and rank together

    @property
    def _chunks(self) -> dict[str, tuple[Chunk, dict[str, Any]]]:
        return self._index.chunks

    def _current(self) -> _Index:
        # Rebuilt when the set of articles changed, also by another process: an edited article keeps
        # its counts but gets a new id.
        meta = self.store.article_meta()
        version = (frozenset(meta), self.store.chunks.count())
        if self._index.version == version:
            return self._index
        with self._build:
            if self._index.version == version:  # built by the question that held the lock
                return self._index
            chunks = {c.chunk_id: (c, m) for c, m in self.store.all_chunks() if c.doc_id in meta}
            bm25 = None
            if chunks:
                from llama_index.core.schema import (
                    BaseNode,
                    TextNode,
                )  # llama-index takes seconds: only once BM25 is built
                from llama_index.retrievers.bm25 import BM25Retriever

                nodes: list[BaseNode] = [
                    TextNode(id_=cid, text=search_text(meta[c.doc_id].get("title", ""), c.text))
                    for cid, (c, _) in chunks.items()
                ]
                bm25 = BM25Retriever.from_defaults(nodes=nodes, similarity_top_k=len(nodes))
            self._index = _Index(version, meta, chunks, bm25)
            return self._index

    def bm25(self, question: str, filters: Filters, index: _Index | None = None) -> list[tuple[str, float]]:
        """(chunk_id, score) by BM25, filtered, zero-score filler dropped."""
        index = index or self._current()
        if index.bm25 is None or not _WORD.search(question):
            return []
        # BM25 cannot filter, so with filters it ranks every chunk and the filter runs here.
        k = len(index.chunks) if not filters.is_empty() else min(self.settings.candidates * 2, len(index.chunks))
        with self._rank:
            index.bm25.similarity_top_k = k
            ranked = index.bm25.retrieve(question)
        out = []
        for res in ranked:
            cid = res.node.node_id
            if (res.score or 0.0) <= 0 or cid not in index.chunks:
                continue
            if matches(filters, index.chunks[cid][1].get("published")):
                out.append((cid, float(res.score)))
            if len(out) >= self.settings.candidates:
                break
        return out

    def retrieve(self, question: str, filters: Filters | None = None, top_k: int | None = None) -> list[Hit]:
        """Top-k fused hits; empty when nothing is relevant enough to answer from."""
        filters = filters or Filters()
        index = self._current()
        if not index.chunks:
            return []
        vector = self.embedder.embed([question])[0]
        dense = self.store.dense(vector, self.settings.candidates, filters)
        best_similarity = max((s for *_, s in dense), default=0.0)
        if best_similarity < self.settings.min_similarity:
            return []
        sparse = self.bm25(question, filters, index)
        dense_sim = {c.chunk_id: s for c, _m, s in dense}
        bm25_score = dict(sparse)
        fused = rrf([list(dense_sim.items()), sparse], self.settings.rrf_k)
        hits: list[Hit] = []
        per_doc: dict[str, int] = {}
        for cid in sorted(fused, key=lambda k: (-fused[k], k)):
            if cid not in index.chunks:
                continue
            chunk, meta = index.chunks[cid]
            if per_doc.get(chunk.doc_id, 0) >= self.settings.max_chunks_per_doc:
                continue
            per_doc[chunk.doc_id] = per_doc.get(chunk.doc_id, 0) + 1
            art = index.articles.get(chunk.doc_id, {})
            hits.append(
                Hit(
                    chunk=chunk,
                    title=art.get("title", ""),
                    outlet=art.get("outlet"),
                    published=int_to_date(meta["published"]) if "published" in meta else None,
                    score=fused[cid],
                    dense_similarity=dense_sim.get(cid),
                    bm25_score=bm25_score.get(cid),
                )
            )
            if len(hits) >= (top_k or self.settings.top_k):
                break
        return hits


def rrf(rankings: list[list[tuple[str, float]]], k: int = 60) -> dict[str, float]:
    """Reciprocal-rank fusion of ranked (id, score) lists.

    Equal RRF sums (rank 1 + rank 2 against rank 2 + rank 1) are common with two short lists;
    they are broken by each list's score relative to its best, so a large lead counts.
    """
    fused: dict[str, float] = {}
    for ranking in rankings:
        top = max((s for _, s in ranking), default=0.0)
        for rank, (key, score) in enumerate(ranking):
            tie_break = 1e-6 * (score / top if top > 0 else 0.0)
            fused[key] = fused.get(key, 0.0) + 1.0 / (k + rank + 1) + tie_break
    return fused
