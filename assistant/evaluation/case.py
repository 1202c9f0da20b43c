"""Asking one eval case through the desk and scoring what a user would see."""

from __future__ import annotations

import re
import time
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.answering.entail import gap
from assistant.errors import AssistantError
from assistant.evaluation import scoring
from assistant.evaluation.cases import RETRIEVAL_DEPTH, Case
from assistant.evaluation.corpus import Corpus
from assistant.language.text import covering_sentences
from assistant.models.fakes import NeedsModel
from assistant.schemas import Answer, Claim, Filters
from assistant.settings import Settings


class CitationResult(BaseModel):
    """One citation of an answer sentence, as scored."""

    doc_id: str
    source: str = Field(description="The cited article as cases name it (seed file name or ucdp url).")
    quote: str
    start: int
    end: int
    verbatim: bool
    precise: bool


class SentenceResult(BaseModel):
    """One answer sentence: the facts it states and whether its quotes carry them."""

    text: str
    facts: list[str]
    supported: bool
    entailed: bool = Field(True, description="The claim checker finds nothing it says beyond its quotes (entail.gap).")
    citations: list[CitationResult]


class CaseResult(BaseModel):
    """Everything measured for one case (what results.json holds per case)."""

    id: str
    kind: str
    question: str
    match: str = "none"
    gold_answers: list[str] = []
    gold_sources: list[str] = []
    gold_incidents: list[str] = []
    route: Literal["passages", "incidents", "briefing", "none"] = "none"
    answer: str = ""
    abstained: bool = False
    dropped: list[str] = Field(default_factory=list, description="The model's claims the checks dropped.")
    model: str = ""
    error: str | None = None
    skipped: str | None = Field(
        None, description="Why the case was not answered (e.g. it needs the model in --no-llm)."
    )
    correct: bool | None = None
    sentences: list[SentenceResult] = []
    citation_recall: float | None = None
    citation_precision: float | None = None
    facts_cited: float | None = None
    retrieved: list[str] = Field(default_factory=list, description="Ranked distinct sources retrieval found.")
    shown: list[str] = Field(default_factory=list, description="Sources of the passages the model is shown.")
    retrieval: dict[str, float] | None = None
    listing: dict[str, Any] | None = None
    ttft_s: float | None = None
    total_s: float | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    llm_calls: int = 0
    judge_correct: bool | None = Field(None, description="The optional server LLM judge's verdict (--judge).")


def _usage(llm: Any) -> tuple[int, int, int]:
    u = getattr(llm, "usage", None)
    return (u.prompt_tokens, u.completion_tokens, u.calls) if u is not None else (0, 0, 0)


_PINNED = re.compile(
    r"\s\(\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{4}\)"
)


def score_claims(claims: list[Claim], corpus: Corpus, facts: list[str]) -> list[SentenceResult]:
    """ALCE-style sentence and citation scores of an answer's claims (quotes checked against the stored text)."""
    out = []
    for claim in claims:
        cited = [
            scoring.Cited(c.quote, corpus.text(c.doc_id)[c.start : c.end] == c.quote and bool(c.quote))
            for c in claim.citations
        ]
        s = scoring.score_sentence(claim.text, cited, facts)
        # Judged as the answer path judges it: against the whole sentences the quotes sit in, and without the
        # calendar dates the answer adds after weekdays ('Saturday (23 January 2021)', pinned by code).
        quotes = " ".join(covering_sentences(corpus.text(c.doc_id), c.start, c.end) or c.quote for c in claim.citations)
        said = _PINNED.sub("", scoring.plain(claim.text))
        out.append(
            SentenceResult(
                text=claim.text,
                facts=s.facts,
                supported=s.supported,
                entailed=gap(said, quotes) is None,
                citations=[
                    CitationResult(
                        doc_id=c.doc_id,
                        source=corpus.key_of.get(c.doc_id, c.doc_id),
                        quote=c.quote,
                        start=c.start,
                        end=c.end,
                        verbatim=x.verbatim,
                        precise=p,
                    )
                    for c, x, p in zip(claim.citations, cited, s.precise)
                ],
            )
        )
    return out


def _listing(lines: list[set[str]], case: Case) -> dict[str, Any]:
    ls = scoring.listing_score(lines, case.incidents)
    return {
        "lines": ls.lines,
        "correct_lines": ls.correct_lines,
        "gold": ls.gold,
        "found": ls.found,
        "precision": ls.precision,
        "recall": ls.recall,
        "exact": ls.exact,
    }


def _retrieval(case: Case, corpus: Corpus, top_k: int) -> tuple[list[str], list[str], dict[str, float]]:
    hits = corpus.desk.retriever.retrieve(case.question, Filters(), top_k=max(RETRIEVAL_DEPTH, top_k))
    ranked = [corpus.key_of.get(h.chunk.doc_id, h.chunk.doc_id) for h in hits]
    shown = list(dict.fromkeys(ranked[:top_k]))
    scores = scoring.retrieval_scores(ranked, case.sources)
    scores["recall@shown"] = len(set(case.sources) & set(shown)) / len(set(case.sources))
    return list(dict.fromkeys(ranked)), shown, scores


def run_case(case: Case, corpus: Corpus, settings: Settings, *, narrate: bool = True) -> CaseResult:
    """Ask (or brief) one case, time it, and score answer, abstention, citations, retrieval and listing."""
    r = CaseResult(
        id=case.id,
        kind=case.kind,
        question=case.question,
        match=case.match,
        gold_answers=case.answers,
        gold_sources=case.sources,
        gold_incidents=case.incidents,
    )
    desk = corpus.desk
    if case.sources and case.kind != "briefing":
        r.retrieved, r.shown, r.retrieval = _retrieval(case, corpus, settings.retrieve.top_k)
    before = _usage(corpus.llm)
    started = time.perf_counter()
    claims: list[Claim] = []
    lines: list[set[str]] | None = None
    try:
        if case.kind == "briefing":
            assert case.filters is not None
            b = desk.brief(case.filters.incident_filters(), narrate=narrate)
            r.route, r.answer, r.abstained, r.model = "briefing", b.markdown, not b.incidents, b.model
            claims = [c for p in b.paragraphs for c in p.claims]
            lines = [
                set().union(*(corpus.gold_ids(s.doc_id, s.start, s.end) for s in inc.sources)) for inc in b.incidents
            ]
        else:
            answer: Answer | None = None
            for event in desk.ask_stream(case.question, today=case.today):
                if isinstance(event, Answer):
                    answer = event
                elif isinstance(event, str) and event and r.ttft_s is None:
                    r.ttft_s = time.perf_counter() - started
            assert answer is not None
            r.route = "incidents" if answer.model == "incident records" else "passages"
            r.answer, r.abstained, r.model, claims = answer.text, answer.abstained, answer.model, answer.claims
            r.dropped = list(answer.dropped_claims)
            if case.incidents or case.kind in ("listing", "count"):
                lines = [
                    set().union(*(corpus.gold_ids(c.doc_id, c.start, c.end) for c in cl.citations))
                    for cl in claims
                    if not cl.summary  # the opening total is not a listed incident
                ]
    except NeedsModel:
        r.skipped = "needs the language model (--no-llm run)"
        return r
    except AssistantError as err:  # a model that fails a case fails that case, not the run
        r.error = err.message
    r.total_s = time.perf_counter() - started
    if r.ttft_s is None and r.error is None:
        r.ttft_s = r.total_s  # answered in one piece (incident records, briefings): the first text is the whole text
    after = _usage(corpus.llm)
    r.prompt_tokens, r.completion_tokens, r.llm_calls = (a - b for a, b in zip(after, before))
    # An opening total is added up by code from the records whose own lines are scored here; a sum is in no quote.
    r.sentences = score_claims([c for c in claims if not c.summary], corpus, case.facts)
    if r.sentences:
        r.citation_recall = sum(s.supported for s in r.sentences) / len(r.sentences)
        cites = [c for s in r.sentences for c in s.citations]
        r.citation_precision = sum(c.precise for c in cites) / len(cites) if cites else None
    if not r.abstained and r.error is None:
        r.facts_cited = scoring.facts_cited(
            case.facts, [c.quote for s in r.sentences for c in s.citations if c.verbatim]
        )
    if lines is not None:
        r.listing = _listing(lines, case)
    r.correct = _correct(case, r)
    return r


def _figures(group: list[str]) -> bool:
    return all(scoring.numbers(v) for v in group)


def _correct(case: Case, r: CaseResult) -> bool | None:
    if r.error is not None:
        return False
    if case.kind == "unanswerable":
        return r.abstained
    if case.answers:
        if r.abstained:
            return False
        # An incident-records answer states its total in the first line and lists incidents below it: a figure is
        # judged on the total only (the lines carry other incidents' figures); a date or name may be in any line.
        text = r.answer.split("\n", 1)[0] if r.route == "incidents" and case.match == "number" else r.answer
        if not scoring.answer_matches(text, case.answers, case.match):
            return False
        if not all(scoring.answer_matches(text, g, "number" if _figures(g) else "text") for g in case.also):
            return False
        return not case.rival or scoring.first_named(text, case.answers, case.rival)
    if r.listing is not None:
        return bool(r.listing["exact"]) and (not r.abstained or not case.incidents)
    return None
