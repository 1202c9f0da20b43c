"""Hybrid retrieval: fusion, filters, diversity, and a cache that follows the store."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from assistant.desk import Desk
from assistant.schemas import Filters


def test_bm25_and_dense_fused(desk: Desk) -> None:
    """Hits carry both signals where both found the chunk; the best chunk for a specific question comes first."""
    hits = desk.retrieve("How many Katyusha rockets were fired at the Qayyarah base?")
    assert "17 Katyusha rockets" in hits[0].chunk.text
    assert hits[0].bm25_score and hits[0].bm25_score > 0 and hits[0].dense_similarity is not None
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_bm25_drops_zero_score_filler(desk: Desk) -> None:
    """BM25 returns only chunks that share a term with the question."""
    for cid, score in desk.retriever.bm25("Katyusha", Filters()):
        assert score > 0 and "Katyusha" in desk.retriever._chunks[cid][0].text


def test_filters_apply_to_both_retrievers(desk: Desk) -> None:
    """A published-date range excludes other articles from both the dense and the BM25 side."""
    f = Filters(published_from=dt.date(2019, 1, 1), published_to=dt.date(2019, 12, 31))
    hits = desk.retrieve("PMU fighters killed ambush Tikrit Makhmour Kirkuk", f)
    assert hits and all(h.published == dt.date(2019, 11, 10) for h in hits)
    assert all(
        desk.retriever._chunks[cid][1].get("published") == 20191110 for cid, _ in desk.retriever.bm25("killed", f)
    )


def test_filter_with_no_match_returns_nothing(desk: Desk) -> None:
    """A range with no articles gives no hits rather than falling back to the whole corpus."""
    assert desk.retrieve("attacks", Filters(published_from=dt.date(2030, 1, 1))) == []


def test_top_k_and_per_article_cap(desk: Desk) -> None:
    """top_k bounds the hits and no article fills more than max_chunks_per_doc of them."""
    hits = desk.retriever.retrieve("Islamic State attack killed wounded", top_k=6)
    assert len(hits) == 6
    per_doc: dict[str, int] = {}
    for h in hits:
        per_doc[h.chunk.doc_id] = per_doc.get(h.chunk.doc_id, 0) + 1
    assert max(per_doc.values()) <= desk.settings.retrieve.max_chunks_per_doc


def test_retriever_sees_articles_added_later(desk: Desk, tmp_path) -> None:
    """A new article is searchable by the same desk right after ingest (BM25 index rebuilt)."""
    assert not any("Hawija" in h.chunk.text for h in desk.retrieve("sniper Hawija"))
    p = tmp_path / "new.txt"
    p.write_text("Sniper kills two in Hawija\n\nA sniper killed two farmers near Hawija on Tuesday, police said.")
    desk.ingest([p])
    assert "Hawija" in desk.retrieve("sniper Hawija")[0].chunk.text


def test_questions_at_once_get_what_each_gets_alone(desk: Desk, monkeypatch) -> None:
    """The app answers several questions at once: filtered and unfiltered BM25 rankings run side by side on the one
    index, and each gets the ranking it gets alone (the index's top-k is not one question's setting for another)."""
    import sys
    import threading

    monkeypatch.setattr(desk.retriever.settings, "candidates", 2)  # unfiltered BM25 then ranks only 4 chunks
    f = Filters(published_from=dt.date(2019, 1, 1), published_to=dt.date(2019, 12, 31))
    asks = [("killed attack", f), ("killed attack", Filters()), ("fighters ambush", f), ("rockets base", Filters())]
    alone = {i: desk.retriever.bm25(q, flt) for i, (q, flt) in enumerate(asks)}
    assert alone[0] and alone[2]  # the filtered questions do find chunks of 2019
    wrong: list[str] = []

    def ask(i: int) -> None:
        for _ in range(150):
            got = desk.retriever.bm25(*asks[i])
            if got != alone[i]:
                wrong.append(f"{asks[i][0]!r}: {got} != {alone[i]}")
                return

    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible, so that a race shows
    try:
        threads = [threading.Thread(target=ask, args=(i,)) for i in range(len(asks)) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(before)
    assert not wrong, wrong[:2]


# ------------------------------------------------------------------ the same rankings as llama-index's BM25Retriever

TIES = [  # single digits are no BM25 tokens: these texts tie on every question, in two years
    {
        "title": "Bomb in Kirkuk",
        "text": f"A roadside bomb killed {n} policemen in Kirkuk on Monday, police said.",
        "published": f"{2019 + n % 2}-0{n}-10",
    }
    for n in range(1, 9)
]


def _llama_bm25(desk: Desk, question: str, filters: Filters, cut: bool = True) -> list[tuple[str, float]]:
    """HybridRetriever.bm25 as it was before it used bm25s directly: llama-index's BM25Retriever over every chunk,
    every chunk ranked when there are filters, the filter applied to the ranking."""
    from llama_index.core.schema import TextNode
    from llama_index.retrievers.bm25 import BM25Retriever

    from assistant.corpus.chunk import search_text

    index = desk.retriever._current()
    nodes = [
        TextNode(id_=cid, text=search_text(index.articles[c.doc_id].get("title", ""), c.text))
        for cid, (c, _) in index.chunks.items()
    ]
    bm25 = BM25Retriever.from_defaults(nodes=nodes, similarity_top_k=len(nodes))
    candidates = desk.retriever.settings.candidates
    bm25.similarity_top_k = len(nodes) if not filters.is_empty() else min(candidates * 2, len(nodes))
    out = []
    for res in bm25.retrieve(question):
        published = index.chunks[res.node.node_id][1].get("published")
        lo = int(filters.published_from.strftime("%Y%m%d")) if filters.published_from else None
        hi = int(filters.published_to.strftime("%Y%m%d")) if filters.published_to else None
        if (res.score or 0.0) <= 0:
            continue
        if (lo is None or (published is not None and published >= lo)) and (
            hi is None or (published is not None and published <= hi)
        ):
            out.append((res.node.node_id, float(res.score)))
        if cut and len(out) >= candidates:
            break
    return out


@pytest.mark.parametrize("candidates", [3, 20])
def test_bm25_ranks_as_llama_index_did(desk: Desk, tmp_path: Path, monkeypatch, candidates: int) -> None:
    """The ranking is the one llama-index's BM25Retriever gave: without filters exactly, order of equal scores and a
    cut at `candidates` among them included; with date filters the same scores, best first, each on a chunk that
    llama-index ranked with that score (equal scores are ordered among the selected chunks, not among all)."""
    path = tmp_path / "ties.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in TIES))
    desk.ingest([path])
    monkeypatch.setattr(desk.retriever.settings, "candidates", candidates)
    year = {y: Filters(published_from=dt.date(y, 1, 1), published_to=dt.date(y, 12, 31)) for y in (2019, 2020)}
    questions = [
        "roadside bomb Kirkuk police",
        "How many Katyusha rockets were fired at the Qayyarah base?",
        "PMU fighters killed ambush Tikrit Makhmour Kirkuk",
        "the a of",  # stop words only in the index: nothing
        "zzzz unknownword",
        "killed",
    ]
    for q in questions:
        for f in (Filters(), year[2019], year[2020], Filters(published_from=dt.date(2019, 6, 1))):
            got, want = desk.retriever.bm25(q, f), _llama_bm25(desk, q, f)
            if f.is_empty():
                assert got == want, (q, f)
            else:
                assert [s for _, s in got] == [s for _, s in want], (q, f)
                scored = dict(_llama_bm25(desk, q, f, cut=False))
                assert all(scored.get(cid) == s for cid, s in got), (q, f)
    tied = desk.retriever.bm25("roadside bomb Kirkuk police", Filters())
    assert len({s for _, s in tied[:3]}) == 1  # the case of equal scores is really met


def test_filtered_dense_search_by_ids_is_the_store_filter(desk: Desk) -> None:
    """Searching among the chunks a filter selects (by id) finds what the store's own filter finds."""
    from assistant.store import date_mask

    index = desk.retriever._current()
    for y in (2019, 2020, 2023):
        f = Filters(published_from=dt.date(y, 1, 1), published_to=dt.date(y, 12, 31))
        ids = index.id_array[date_mask(f, index.published)].tolist()
        for q in ("rockets fired at the base", "ambush killed fighters", "Islamic State"):
            v = desk.embedder.embed([q])[0]
            assert desk.store.dense(v, 5, f, ids) == desk.store.dense(v, 5, f)


PLACES = ["Kirkuk", "Mosul", "Tikrit", "Baiji", "Samarra", "Ramadi", "Fallujah", "Baquba", "Hawija", "Sinjar"]
MANY = [  # forty reports over two years, every text its own
    {
        "title": f"Attack near {PLACES[n % 10]} ({n})",
        "text": f"Report {n}: gunmen attacked a {['police', 'army', 'PMU', 'Peshmerga'][n % 4]} post near "
        f"{PLACES[n % 10]}, killing {n % 7 + 1} and wounding {n % 5 + 2}; case {n} of the series.",
        "published": f"{2019 + n % 2}-{n % 12 + 1:02d}-{n % 27 + 1:02d}",
    }
    for n in range(40)
]


@pytest.mark.parametrize("year", [2019, 2020])
def test_a_filtered_dense_search_finds_the_nearest_chunks_of_the_period(
    desk: Desk, tmp_path: Path, monkeypatch, year: int
) -> None:
    """With a filter selecting many chunks, the store is searched unfiltered for more chunks and the period's are
    kept: they are the nearest of the period, as a search among the period's chunks finds them; and when too few
    of the period come back, the search among them is made."""
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in MANY))
    desk.ingest([path])
    monkeypatch.setattr(desk.retriever.settings, "candidates", 1)
    from assistant.store import date_mask

    index = desk.retriever._current()
    f = Filters(published_from=dt.date(year, 1, 1), published_to=dt.date(year, 12, 31))
    ids = index.id_array[date_mask(f, index.published)].tolist()
    calls: list[bool] = []
    nearest = desk.store.nearest

    def spy(vector: list[float], n: int, among: list[str] | None = None) -> list[tuple[str, float]] | None:
        calls.append(among is not None)
        return nearest(vector, n, among)

    monkeypatch.setattr(desk.store, "nearest", spy)
    for q in ("gunmen attacked a police post near Kirkuk", "army post Mosul", "wounding four", "PMU Hawija"):
        v = desk.embedder.embed([q])[0]
        calls.clear()
        got, among = desk.retriever._dense(v, f, index), nearest(v, 1, ids) or []
        assert [s for _, s in got] == [s for _, s in among] and {c for c, _ in got} <= set(ids), q
        assert calls[0] is False  # the wide, unfiltered search was tried first
    # none of the period among the nearest: the search among the period's chunks
    period = set(ids)

    def others_first(vector: list[float], n: int, among: list[str] | None = None) -> list[tuple[str, float]] | None:
        calls.append(among is not None)
        found = nearest(vector, n, among)
        return found if among is not None else [(c, s) for c, s in found or [] if c not in period]

    monkeypatch.setattr(desk.store, "nearest", others_first)
    calls.clear()
    v = desk.embedder.embed(["rockets"])[0]
    got, among = desk.retriever._dense(v, f, index), nearest(v, 1, ids) or []
    assert [s for _, s in got] == [s for _, s in among] and {c for c, _ in got} <= set(ids)
    assert calls == [False, True]


def test_an_unchanged_corpus_is_not_read_again(desk: Desk, monkeypatch) -> None:
    """A question on an unchanged corpus reuses the index: no article metadata or chunk is read again."""
    desk.retrieve("rockets")
    index = desk.retriever._index

    def refuse(*_a: object) -> None:
        raise AssertionError("read again")

    monkeypatch.setattr(desk.store, "article_meta", refuse)
    monkeypatch.setattr(desk.store, "all_chunks", refuse)
    desk.retrieve("ambush", Filters(published_from=dt.date(2019, 1, 1)))
    assert desk.retriever._index is index


def test_an_edit_in_another_process_is_seen(desk: Desk, settings, seeds: Path) -> None:
    """An article edited by another process (new id, same article and chunk counts) is searched at the next
    question; so is an article deleted there."""
    assert desk.retriever.bm25("Zumar", Filters()) == []
    other = Desk(settings)  # its own store and index, as another process has
    before = desk.store.counts()
    path = seeds / "002_a9d188d1784c2b7a.txt"
    text = path.read_text()
    word = re.search(r"\b[A-Z][a-z]{4,}\b", text.split("\n", 2)[-1])
    assert word is not None
    path.write_text(text.replace(word.group(), "Zumar", 1))
    other.ingest([seeds])
    assert desk.store.counts() == before  # same counts: only the new id tells
    (hit,) = desk.retriever.bm25("Zumar", Filters())
    assert "Zumar" in desk.retriever._chunks[hit[0]][0].text
    doc = next(d for d, m in desk.store.article_meta().items() if m["source"].endswith(path.name))
    other.store.delete(doc)
    assert desk.retriever.bm25("Zumar", Filters()) == []


def test_a_filtered_question_survives_a_delete_while_it_is_answered(desk: Desk, monkeypatch) -> None:
    """An article deleted (an upload replacing it, another process) after a question took its index and before the
    store is searched: the question is answered from what is left (Chroma refuses a search among ids of which one
    is gone), as with the store's own filter."""
    f = Filters(published_from=dt.date(1990, 1, 1))
    index = desk.retriever._current()
    doc = next(c.doc_id for c, m in index.chunks.values() if m.get("published", -1) > 0)
    embed = desk.embedder.embed

    def deleting(texts: list[str]) -> list[list[float]]:
        if desk.store.has(doc):
            desk.store.delete(doc)
        return embed(texts)

    monkeypatch.setattr(desk.embedder, "embed", deleting)
    hits = desk.retriever.retrieve("rockets fired at the base", f, top_k=50)
    assert all(h.dense_similarity is None for h in hits if h.chunk.doc_id == doc)
