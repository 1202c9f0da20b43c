"""Hybrid retrieval: BM25 (bm25s, ranked as llama-index's BM25Retriever ranks) + dense (Chroma), reciprocal-rank fusion,
filters, diversity."""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from assistant.corpus.chunk import search_text
from assistant.models.embed import Embedder
from assistant.schemas import Chunk, Filters, Hit, date_to_int, int_to_date
from assistant.settings import RetrieveSettings
from assistant.store import Store, date_mask

_WORD = re.compile(r"\w+")


# What llama-index's BM25Retriever (llama-index-retrievers-bm25) does with bm25s, which this module uses directly:
# its node and result objects cost more than the ranking itself at 100k chunks. Same tokenizer, stop words,
# stemmer and top-k selection, so the same scores in the same order.
_TOKEN_PATTERN = r"(?u)\b\w\w+\b"
_NEVER = "not built"  # the version of the empty index a retriever starts with: no store's (a store has None or a uuid)


@dataclass(frozen=True)
class _Index:
    """One consistent view of the corpus for retrieval; replaced whole when the corpus changes, never edited, so
    questions answered at the same time each read one view."""

    version: str | None
    articles: dict[str, dict[str, Any]]
    chunks: dict[str, tuple[Chunk, dict[str, Any]]]
    bm25: Any  # a bm25s.BM25 over `ids`, or None when there are no chunks
    ids: list[str] = field(default_factory=list)  # the chunk id of each BM25 document, in index order
    # Each BM25 document's published date as YYYYMMDD (-1: unknown), so a date filter is one array comparison.
    published: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    id_array: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=object))  # `ids` as an array, to mask


class HybridRetriever:
    """Finds the chunks that answer a question; never touches the LLM. Safe for several questions at once."""

    def __init__(self, store: Store, embedder: Embedder, settings: RetrieveSettings) -> None:
        self.store = store
        self.embedder = embedder
        self.settings = settings
        self._index = _Index(_NEVER, {}, {}, None)
        self._build = threading.Lock()  # one rebuild at a time; the others wait for it instead of repeating it
        self._stem = threading.Lock()  # a PyStemmer stemmer is not safe for two threads at once
        self._stemmer: Any = None

    @property
    def _chunks(self) -> dict[str, tuple[Chunk, dict[str, Any]]]:
        return self._index.chunks

    def _current(self) -> _Index:
        # Rebuilt when the corpus changed, also by another process: Store.version() changes with every article
        # written or deleted (an edited article keeps its counts but gets a new id). Read before the data, so a
        # write that lands while the index is built makes the next question rebuild again.
        version = self.store.version()
        if self._index.version == version:
            return self._index
        with self._build:
            if self._index.version == version:  # built by the question that held the lock
                return self._index
            meta = self.store.article_meta()
            chunks = {c.chunk_id: (c, m) for c, m in self.store.all_chunks() if c.doc_id in meta}
            bm25 = None
            ids = list(chunks)
            published = np.array([m.get("published", -1) for _, m in chunks.values()], dtype=np.int64)
            if chunks:
                import bm25s  # a second to import: only once BM25 is built
                import Stemmer

                if self._stemmer is None:
                    self._stemmer = Stemmer.Stemmer("english")
                texts = [search_text(meta[c.doc_id].get("title", ""), c.text) for c, _ in chunks.values()]
                with self._stem:
                    tokens = bm25s.tokenize(
                        texts, stopwords="en", stemmer=self._stemmer, token_pattern=_TOKEN_PATTERN, show_progress=False
                    )
                bm25 = bm25s.BM25()
                bm25.index(tokens, show_progress=False)
            self._index = _Index(version, meta, chunks, bm25, ids, published, np.array(ids, dtype=object))
            return self._index

    def bm25(self, question: str, filters: Filters, index: _Index | None = None) -> list[tuple[str, float]]:
        """(chunk_id, score) by BM25, filtered, zero-score filler dropped."""
        index = index or self._current()
        if index.bm25 is None or not _WORD.search(question):
            return []
        from bm25s.tokenization import convert_tokenized_to_string_list, tokenize

        with self._stem:  # the query keeps its stop words, as llama-index's BM25Retriever tokenizes it
            query = tokenize(question, stemmer=self._stemmer, token_pattern=_TOKEN_PATTERN, show_progress=False)
        words = convert_tokenized_to_string_list(query)[0]
        if not words:
            return []
        scores = index.bm25.get_scores(words)
        k = self.settings.candidates
        if filters.is_empty():
            top_scores, top = _top_k(scores, min(k * 2, len(index.ids)))
        else:
            # BM25 cannot filter: the best of the chunks the filters select that score above 0, so that only those
            # are ranked (ranking all 100k chunks took ~10 ms); equal scores keep their order among these chunks
            scored = np.flatnonzero(date_mask(filters, index.published) & (scores > 0))
            top_scores, among = _top_k(scores[scored], min(k, len(scored)))
            top = scored[among]
        picked = np.flatnonzero(top_scores > 0)[:k]
        return [(index.ids[int(top[i])], float(top_scores[i])) for i in picked]

    def retrieve(self, question: str, filters: Filters | None = None, top_k: int | None = None) -> list[Hit]:
        """Top-k fused hits; empty when nothing is relevant enough to answer from."""
        filters = filters or Filters()
        index = self._current()
        if not index.chunks:
            return []
        vector = self.embedder.embed([question])[0]
        dense_sim = dict(self._dense(vector, filters, index))
        best_similarity = max(dense_sim.values(), default=0.0)
        if best_similarity < self.settings.min_similarity:
            return []
        sparse = self.bm25(question, filters, index)
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

    def _dense(self, vector: list[float], filters: Filters, index: _Index) -> list[tuple[str, float]]:
        """(chunk id, similarity) of the `candidates` nearest chunks the filters select, nearest first, among the
        chunks of the index (whose text and metadata it holds).

        With filters, Chroma is first asked, without them, for enough nearest chunks that `candidates` of them should
        pass at the share of chunks the filters select; when they do, they are exactly the nearest that pass. Else
        (or for a filter selecting few chunks) it searches among the selected chunks' ids: ~12-17 ms at 100k chunks,
        where 1,000 nearest unfiltered take ~4 ms."""
        n = self.settings.candidates
        if filters.is_empty():
            return [(cid, s) for cid, s in self.store.nearest(vector, n) or [] if cid in index.chunks]
        mask = date_mask(filters, index.published)
        selected = int(mask.sum())
        if selected == 0:
            return []
        wide = min(math.ceil(n * len(mask) / selected * _OVERFETCH), _WIDEST)
        if wide < selected and selected * _WIDEST >= n * len(mask):
            lo = date_to_int(filters.published_from) if filters.published_from else 0
            hi = date_to_int(filters.published_to) if filters.published_to else 99_999_999
            passing = [
                (cid, s)
                for cid, s in self.store.nearest(vector, wide) or []
                if cid in index.chunks and lo <= index.chunks[cid][1].get("published", -1) <= hi
            ]
            if len(passing) >= n:
                return passing[:n]
        among = self.store.nearest(vector, n, index.id_array[mask].tolist())
        if among is None:  # a selected chunk deleted meanwhile: the store's own filter
            among = [(c.chunk_id, s) for c, _m, s in self.store.dense(vector, n, filters)]
        return [(cid, s) for cid, s in among if cid in index.chunks]


# A filtered dense search first asks for OVERFETCH times the nearest chunks that the filters' share makes likely to
# hold `candidates` passing ones, at most WIDEST (~4 ms at 100k chunks), when the filters select at least
# candidates/WIDEST of the chunks (for fewer, searching the selected ids is the cheaper way).
_OVERFETCH = 4.0
_WIDEST = 1000


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


def _top_k(scores: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(scores, positions) of the k best, best first: bm25s's own numpy top-k selection (bm25s.selection), the
    same operations in the same order, so equal scores keep the order they always had."""
    part = np.argpartition(scores, -k)[-k:]
    part_scores = scores[part]
    order = np.flip(np.argsort(part_scores))
    return part_scores[order], part[order]
