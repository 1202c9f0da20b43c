"""Citation checking: quotes must be verbatim in the cited article, claims must be supported by their quotes."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.schemas import Article, Chunk, Citation, Claim, DraftClaim, Hit
from assistant.text import content_words, find_verbatim, numbers_in, sentences

REPAIR_MIN_OVERLAP = 0.6  # share of the quote's content words a replacement sentence must contain


@dataclass
class Evidence:
    """What the model was shown (numbered hits) and the full articles behind it."""

    hits: list[Hit]
    articles: dict[str, Article]
    chunks: dict[str, list[Chunk]] = field(default_factory=dict)

    def _sentences(self) -> list[tuple[Hit, int, int]]:
        out = []
        for hit in self.hits:
            for s, e in sentences(hit.chunk.text, base=hit.chunk.start):
                out.append((hit, s, e))
        return out

    def chunk_for(self, doc_id: str, start: int, end: int) -> str:
        """Id of a chunk of doc_id containing [start, end) (retrieved chunks preferred)."""
        candidates = [h.chunk for h in self.hits if h.chunk.doc_id == doc_id] + self.chunks.get(doc_id, [])
        for c in candidates:
            if c.start <= start and end <= c.end:
                return c.chunk_id
        for c in candidates:  # a quote spanning two chunks: name the one where it starts
            if c.start <= start < c.end:
                return c.chunk_id
        return f"{doc_id}:?"

    def citation(self, doc_id: str, start: int, end: int, repaired: bool = False) -> Citation:
        """A Citation whose quote is exactly the article text at [start, end)."""
        art = self.articles[doc_id]
        return Citation(doc_id=doc_id, chunk_id=self.chunk_for(doc_id, start, end), quote=art.text[start:end],
                        start=start, end=end, title=art.title, outlet=art.outlet, published=art.published,
                        repaired=repaired)

    def locate(self, source: int, quote: str) -> Citation | None:
        """Verbatim (normalised) match of the quote in the cited article, then in the other shown articles."""
        order = []
        if 1 <= source <= len(self.hits):
            order.append(self.hits[source - 1].chunk.doc_id)
        order += [h.chunk.doc_id for h in self.hits if h.chunk.doc_id not in order]
        for doc_id in order:
            span = find_verbatim(quote, self.articles[doc_id].text)
            if span:
                return self.citation(doc_id, *span)
        return None

    def best_sentence(self, words: set[str], need_numbers: set[float], prefer: int, min_overlap: float) -> Citation | None:
        """Repair: the shown sentence containing need_numbers that best covers words."""
        if not words and not need_numbers:
            return None
        best: tuple[float, int, Citation] | None = None
        for hit, s, e in self._sentences():
            text = self.articles[hit.chunk.doc_id].text[s:e]
            if not need_numbers <= numbers_in(text):
                continue
            score = len(words & content_words(text)) / len(words) if words else 1.0
            bonus = 1 if prefer >= 1 and hit is self.hits[min(prefer, len(self.hits)) - 1] else 0
            if score >= min_overlap and (best is None or (score, bonus) > best[:2]):
                best = (score, bonus, self.citation(hit.chunk.doc_id, s, e, repaired=True))
        return best[2] if best else None

    def allowed_numbers(self) -> set[float]:
        """Numbers a claim may state without quoting them: the shown articles' publication dates."""
        out: set[float] = set()
        for hit in self.hits:
            if hit.published:
                out |= {float(hit.published.year), float(hit.published.day), float(hit.published.month)}
        return out


def check_claim(draft: DraftClaim, evidence: Evidence) -> Claim | None:
    """The claim with a verified citation, or None when nothing shown to the model supports it."""
    cite = evidence.locate(draft.source, draft.quote) if draft.quote.strip() else None
    if cite is None and draft.quote.strip():
        cite = evidence.best_sentence(content_words(draft.quote), set(), draft.source, REPAIR_MIN_OVERLAP)
    claim_numbers = numbers_in(draft.text) - evidence.allowed_numbers()
    claim_words = content_words(draft.text)
    supported = cite is not None and claim_numbers <= numbers_in(cite.quote) and (
        bool(claim_numbers) or bool(claim_words & content_words(cite.quote)))
    if not supported:
        # The quote does not carry the claim's figures or words: look for a shown sentence that does.
        cite = evidence.best_sentence(claim_words, claim_numbers, draft.source, 0.3)
        if cite is None:
            return None
    return Claim(text=draft.text.strip(), citations=[cite])
