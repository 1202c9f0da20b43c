"""Sentence-aware chunks with exact character offsets (llama-index SentenceSplitter)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from assistant.language.text import find_verbatim
from assistant.schemas import Article, Chunk

if TYPE_CHECKING:
    from llama_index.core.node_parser import SentenceSplitter


@lru_cache(maxsize=4)
def _splitter(chunk_tokens: int, overlap: int) -> SentenceSplitter:
    from llama_index.core.node_parser import SentenceSplitter  # llama-index takes seconds to import: only on ingest

    return SentenceSplitter(chunk_size=chunk_tokens, chunk_overlap=min(overlap, chunk_tokens // 2))


def search_text(title: str, chunk_text: str) -> str:
    """What is embedded and BM25-indexed for a chunk: its article title gives it context."""
    return f"{title}\n{chunk_text}"


def chunk_article(article: Article, chunk_tokens: int = 200, overlap: int = 30) -> list[Chunk]:
    """Split an article into chunks; article.text[c.start:c.end] == c.text for every chunk."""
    pieces = _splitter(chunk_tokens, overlap).split_text(article.text)
    chunks: list[Chunk] = []
    cursor = 0
    for piece in pieces:
        # Pieces come back in order and overlap; search from just after the previous start.
        start = article.text.find(piece, cursor)
        if start < 0:
            start = article.text.find(piece)
        if start < 0:  # the splitter altered whitespace: fall back to a tolerant span
            span = find_verbatim(piece, article.text)
            if span is None:
                continue
            start, end = span
        else:
            end = start + len(piece)
        cursor = start + 1
        i = len(chunks)
        chunks.append(
            Chunk(
                chunk_id=f"{article.doc_id}:{i}",
                doc_id=article.doc_id,
                index=i,
                text=article.text[start:end],
                start=start,
                end=end,
            )
        )
    return chunks
