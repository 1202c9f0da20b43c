"""Chunks are sentence-aligned and their offsets point exactly into the cleaned article."""

from __future__ import annotations

import pytest

from assistant.corpus.chunk import chunk_article
from assistant.corpus.read import read_records, to_article

from conftest import SEEDS


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
@pytest.mark.parametrize(("size", "overlap"), [(200, 30), (64, 10)])
def test_chunk_offsets_exact_and_cover_article(path, size: int, overlap: int) -> None:
    """Every chunk is text[start:end]; together they cover every sentence of the article."""
    (rec,) = list(read_records(path, 5_000_000))
    art = to_article(rec)
    chunks = chunk_article(art, size, overlap)
    assert len(chunks) >= 2
    covered = [False] * len(art.text)
    for i, c in enumerate(chunks):
        assert art.text[c.start : c.end] == c.text
        assert c.index == i and c.chunk_id == f"{art.doc_id}:{i}"
        for j in range(c.start, c.end):
            covered[j] = True
    gaps = "".join(ch for ch, cov in zip(art.text, covered) if not cov)
    assert gaps.strip() == ""


def test_chunks_end_at_sentence_boundaries() -> None:
    """Chunks do not cut sentences in half (when sentences are shorter than a chunk)."""
    (rec,) = list(read_records(SEEDS / "000_b6ac3712ce3964f2.txt", 5_000_000))
    art = to_article(rec)
    for c in chunk_article(art, 80, 10)[:-1]:
        assert c.text.rstrip()[-1] in '.\u201d"', c.text[-40:]
