"""The LLM incident extractor: the model proposes incidents, code checks every field against the text."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel

from assistant.incidents.dating import date_by_report
from assistant.incidents.patterns import VILLAGE, attack_type, figures, target
from assistant.language import dates, gazetteer
from assistant.language.text import content_words, find_verbatim, numbers_in, sentences
from assistant.language.vocab import canonical_actor
from assistant.models.llm import LLM, ask_json
from assistant.models.prompts import render
from assistant.schemas import ATTACK_TYPES, Article, Count, Incident, IncidentSource

EXTRACT_SCHEMA: dict = {
    "type": "object",
    "properties": {
        "incidents": {
            "type": "array",
            "maxItems": 6,
            "items": {
                "type": "object",
                "properties": {
                    "quote": {"type": "string"},
                    "place": {"type": "string"},
                    "date_phrase": {"type": "string"},
                    "perpetrator": {"type": "string"},
                    "claimed": {"type": "string"},
                    "target": {"type": "string"},
                    "attack_type": {"type": "string", "enum": list(ATTACK_TYPES)},
                    "killed": {"type": ["integer", "null"]},
                    "wounded": {"type": ["integer", "null"]},
                },
                "required": [
                    "quote",
                    "place",
                    "date_phrase",
                    "perpetrator",
                    "claimed",
                    "target",
                    "attack_type",
                    "killed",
                    "wounded",
                ],
            },
        }
    },
    "required": ["incidents"],
}


class _LLMIncident(BaseModel):
    quote: str
    place: str = ""
    date_phrase: str = ""
    perpetrator: str = ""
    claimed: str = ""
    target: str = ""
    attack_type: str = "other"
    killed: int | None = None
    wounded: int | None = None


class _LLMIncidents(BaseModel):
    incidents: list[_LLMIncident]


class LLMExtractor:
    """The model proposes incidents; every field is checked against the article before it is kept.

    A quote must be verbatim (or is repaired to the sentence holding the figures), a figure must
    appear in its quote, a place must be in the article (and resolve, for coordinates), a date
    phrase must be in the article, an actor must be named in it. What fails a check becomes
    unknown rather than a guess.
    """

    name = "llm"

    def __init__(self, get_llm: Callable[[], LLM], prompts_dir: Path, max_tokens: int = 700) -> None:
        self.get_llm = get_llm
        self.prompts_dir = prompts_dir
        self.max_tokens = max_tokens

    def _ask(self, article: Article) -> _LLMIncidents:
        messages = [
            {
                "role": "system",
                "content": render(self.prompts_dir, "extract_system", attack_types=", ".join(ATTACK_TYPES)),
            },
            {
                "role": "user",
                "content": render(
                    self.prompts_dir,
                    "extract_user",
                    text=article.text,
                    published=article.published.isoformat() if article.published else "date unknown",
                ),
            },
        ]
        return ask_json(
            self.get_llm(),
            messages,
            EXTRACT_SCHEMA,
            _LLMIncidents,
            self.max_tokens,
            lambda error: render(self.prompts_dir, "answer_retry", error=error),
        )

    def extract(self, article: Article) -> list[Incident]:
        """Checked incidents proposed by the model."""
        out: list[Incident] = []
        for item in self._ask(article).incidents:
            inc = self._checked(article, item)
            if inc is not None and all(i.sources[0].start != inc.sources[0].start for i in out):
                out.append(inc)
        return date_by_report(out, article.published)

    def _checked(self, article: Article, item: _LLMIncident) -> Incident | None:
        text = article.text
        span = find_verbatim(item.quote, text) if len(item.quote.split()) >= 3 else None
        figures_wanted = {float(n) for n in (item.killed, item.wounded) if n}
        if span is None:  # repair: the article sentence holding the claimed figures and most of the quote's words
            best = max(
                (
                    (len(content_words(item.quote) & content_words(text[s:e])), s, e)
                    for s, e in sentences(text)
                    if figures_wanted <= numbers_in(text[s:e])
                ),
                default=(0, 0, 0),
            )
            if best[0] < 2:
                return None
            span = best[1], best[2]
        quote = text[span[0] : span[1]]
        in_quote = numbers_in(quote)
        rule_killed, rule_wounded = figures(quote)

        def count(n: int | None, rule: Count | None) -> Count | None:
            if n is None:
                return None
            if float(n) in in_quote or (rule is not None and rule.low == n):
                return rule if rule is not None and rule.low == n else Count(low=n, high=n, text=str(n))
            return None  # a figure the quote does not give is dropped, not trusted

        place = gazetteer.lookup(item.place) if item.place and item.place.lower() in text.lower() else None
        # An unresolved name is kept only as a named village ("village of Shalal al-Matar"), not "northern Iraq".
        written = (
            item.place if place is not None or any(m.group(1) == item.place for m in VILLAGE.finditer(text)) else None
        )
        if place is None:  # coordinates from what the quote itself names
            mentions = gazetteer.find_places(quote)
            place = mentions[0].place if mentions else None
        when = (
            dates.resolve_phrase(item.date_phrase, article.published)
            if item.date_phrase and item.date_phrase.lower() in text.lower()
            else dates.resolve_date(quote, article.published)
        )
        actor = canonical_actor(item.perpetrator) if item.perpetrator and canonical_actor(text) else None
        claimed = item.claimed if item.claimed in ("claimed", "unclaimed") else None
        killed, wounded = count(item.killed, rule_killed), count(item.wounded, rule_wounded)
        return Incident(
            id=hashlib.sha256(f"{article.doc_id}:{span[0]}".encode()).hexdigest()[:12],
            event_date=when.date,
            date_precision=when.precision,
            date_phrase=when.phrase,
            place_text=written or (place.name if place else None),
            place=place.name if place else None,
            district=place.district if place else None,
            province=place.province if place else None,
            lat=place.lat if place else None,
            lon=place.lon if place else None,
            perpetrator=actor,
            claimed=claimed,
            target=canonical_actor(item.target) if item.target else target(quote),
            attack_type=item.attack_type if item.attack_type in ATTACK_TYPES else attack_type(quote),
            killed=killed,
            wounded=wounded,
            sources=[
                IncidentSource(
                    doc_id=article.doc_id, quote=quote, start=span[0], end=span[1], killed=killed, wounded=wounded
                )
            ],
        )
