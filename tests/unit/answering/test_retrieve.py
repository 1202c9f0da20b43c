"""Hybrid retrieval: fusion, filters, diversity, and a cache that follows the store."""

from __future__ import annotations

import datetime as dt

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
