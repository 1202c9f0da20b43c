"""Evals: load JSONL cases, build a fresh store from the dataset's documents, ask every case, score it.

`assistant eval` calls `run_eval`; the scores are code (`assistant.scoring`, `assistant.metrics`), the
report and charts are written by `assistant.report`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from assistant import scoring
from assistant.errors import AssistantError, EvalDataError
from assistant.llm import LLM, Message
from assistant.metrics import FIELDS, Scores, load_gold, match, score
from assistant.schemas import Answer, Claim, Filters, Incident
from assistant.settings import REPO_ROOT, Settings
from assistant.text import find_verbatim

Kind = Literal["number", "actor", "place", "date", "claim", "comparison", "listing", "count", "unanswerable", "briefing"]
KINDS: tuple[str, ...] = ("number", "actor", "place", "date", "claim", "comparison", "listing", "count", "unanswerable",
                          "briefing")
EVALS_DIR = REPO_ROOT / "evals"
RETRIEVAL_DEPTH = 10  # chunks ranked for recall@k; with two chunks per article at most this is >= 5 articles


class BriefFilters(BaseModel):
    """A briefing case's scope (any field may be null)."""

    model_config = ConfigDict(extra="forbid")

    place: str | None = None
    radius_km: float | None = None
    date_from: str | None = None
    date_to: str | None = None
    attack_type: str | None = None
    province: str | None = None
    perpetrator: str | None = None

    def incident_filters(self) -> Any:
        """The IncidentFilters a user typing these fields into the briefing form would get."""
        from assistant.parse import filters_from

        return filters_from(self.place, self.radius_km, self.date_from, self.date_to, self.attack_type, self.province,
                            self.perpetrator)


class Case(BaseModel):
    """One eval case (schema in evals/README.md)."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    kind: Kind
    question: str = Field(min_length=1)
    answers: list[str] = Field(description="Accepted gold answers; [] for unanswerable, listing and briefing.")
    match: Literal["number", "name", "date", "text", "none"]
    sources: list[str] = Field(description="Required source articles: seed file names, or ucdp doc urls.")
    facts: list[str] = Field(default_factory=list, description="Gold facts a correct cited quote must contain.")
    incidents: list[str] = Field(default_factory=list, description="Gold incident ids (or doc urls) listed/counted.")
    filters: BriefFilters | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> "Case":
        if self.match != "none" and not self.answers:
            raise ValueError(f"match {self.match!r} needs at least one gold answer")
        if self.kind == "unanswerable" and (self.answers or self.incidents):
            raise ValueError("an unanswerable case has no answers and no incidents")
        if self.kind == "briefing" and self.filters is None:
            raise ValueError("a briefing case needs filters")
        return self


def load_cases(path: Path) -> list[Case]:
    """Cases from a JSONL file; a bad line or a repeated id is an error naming the file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvalDataError(f"cannot read eval cases {path}: {exc.strerror}", "check the path (see evals/README.md)") from exc
    cases: list[Case] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            case = Case.model_validate_json(line)
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(x) for x in err["loc"]) or "line"
            raise EvalDataError(f"{path} line {lineno}: {where}: {err['msg']}",
                                "fix the case; the schema is in evals/README.md") from None
        if case.id in seen:
            raise EvalDataError(f"{path} line {lineno}: id {case.id!r} already used on line {seen[case.id]}",
                                "give every case its own id")
        seen[case.id] = lineno
        cases.append(case)
    if not cases:
        raise EvalDataError(f"{path} has no cases", "add one JSON object per line")
    return cases


@dataclass(frozen=True)
class Dataset:
    """Where a dataset's cases, documents and gold live, and what its incident ids refer to."""

    name: str
    cases: Path | None
    docs: tuple[Path, ...]
    incident_ids: Literal["gold", "url"]  # ids from the gold incidents file, or the ucdp documents' urls
    gold: Path | None = None


DATASETS: dict[str, Dataset] = {
    "seeds": Dataset("seeds", EVALS_DIR / "seeds.jsonl", (REPO_ROOT / "seeds",), "gold", EVALS_DIR / "incidents_gold.jsonl"),
    "incidents": Dataset("incidents", None, (REPO_ROOT / "seeds",), "gold", EVALS_DIR / "incidents_gold.jsonl"),
    "ucdp": Dataset("ucdp", EVALS_DIR / "ucdp.jsonl", (EVALS_DIR / "ucdp_docs.jsonl",), "url"),
}
DATASET_CHOICES = ("seeds", "incidents", "ucdp", "all")


def datasets_for(name: str) -> list[Dataset]:
    """The datasets `--dataset NAME` runs ('all' = every one)."""
    if name == "all":
        return [DATASETS["seeds"], DATASETS["incidents"], DATASETS["ucdp"]]
    if name not in DATASETS:
        raise EvalDataError(f"unknown dataset {name!r}", f"choose one of: {', '.join(DATASET_CHOICES)}")
    return [DATASETS[name]]


# ------------------------------------------------------------------ the eval corpus


class NoModel:
    """Stands in for the LLM in a --no-llm run: any attempt to generate is refused, so the case is skipped."""

    name = "none (--no-llm)"

    def stream(self, messages: list[Message], schema: dict[str, Any] | None = None, max_tokens: int = 384) -> Iterator[str]:
        """Refuse: this run scores only what needs no model."""
        raise _NeedsModel()


class _NeedsModel(Exception):
    """Raised by NoModel; run_case marks the case skipped."""


@dataclass
class Corpus:
    """A dataset's documents ingested into a fresh store, with the maps scoring needs."""

    desk: Any
    llm: Any
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


def _key(dataset: Dataset, article: Any) -> str:
    return (article.url or article.source) if dataset.incident_ids == "url" else Path(article.source.split("#")[0]).name


def build_corpus(dataset: Dataset, settings: Settings, store_dir: Path, llm: LLM) -> Corpus:
    """Ingest the dataset's documents into a new local store and link stored incidents to the gold ones."""
    from assistant.desk import Desk

    for path in dataset.docs:
        if not path.exists():
            raise EvalDataError(f"documents of dataset {dataset.name!r} not found: {path}",
                                "run from a checkout of the repository (evals/ and seeds/)")
    # Always a local store of its own: an eval must not write into a user's corpus or a shared Chroma server.
    local = settings.model_copy(update={"data_dir": store_dir, "store": settings.store.model_copy(update={"mode": "local"})})
    desk = Desk(local, llm=llm)
    report = desk.ingest(list(dataset.docs))
    rejected = [f"{r.path}: {r.reason}" for r in report.results if r.status == "rejected"]
    if rejected:
        raise EvalDataError(f"dataset {dataset.name!r}: {len(rejected)} document(s) rejected: {'; '.join(rejected[:3])}",
                            "fix the documents so `assistant ingest` accepts them")
    articles = desk.articles()
    key_of = {a.doc_id: _key(dataset, a) for a in articles}
    corpus = Corpus(desk=desk, llm=llm, ingest_s=report.seconds, key_of=key_of, texts={a.doc_id: a.text for a in articles})
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
    """Stored incidents -> gold ids (the extraction matching; evidence overlap for the unmatched), and extraction scores."""
    prefix_doc = {Path(key).name.split("_", 1)[0]: doc for doc, key in corpus.key_of.items()}
    missing = sorted({g["doc"] for g in gold} - set(prefix_doc))
    if missing:
        raise EvalDataError(f"gold incidents name articles that were not ingested: {', '.join(missing)}",
                            "the gold file's 'doc' is the seed file-name prefix, e.g. 004")
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


# ------------------------------------------------------------------ asking and scoring one case


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
    model: str = ""
    error: str | None = None
    skipped: str | None = Field(None, description="Why the case was not answered (e.g. it needs the model in --no-llm).")
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


def score_claims(claims: list[Claim], corpus: Corpus, facts: list[str]) -> list[SentenceResult]:
    """ALCE-style sentence and citation scores of an answer's claims (quotes checked against the stored text)."""
    out = []
    for claim in claims:
        cited = [scoring.Cited(c.quote, corpus.text(c.doc_id)[c.start:c.end] == c.quote and bool(c.quote))
                 for c in claim.citations]
        s = scoring.score_sentence(claim.text, cited, facts)
        out.append(SentenceResult(text=claim.text, facts=s.facts, supported=s.supported, citations=[
            CitationResult(doc_id=c.doc_id, source=corpus.key_of.get(c.doc_id, c.doc_id), quote=c.quote, start=c.start,
                           end=c.end, verbatim=x.verbatim, precise=p)
            for c, x, p in zip(claim.citations, cited, s.precise)]))
    return out


def _listing(lines: list[set[str]], case: Case) -> dict[str, Any]:
    ls = scoring.listing_score(lines, case.incidents)
    return {"lines": ls.lines, "correct_lines": ls.correct_lines, "gold": ls.gold, "found": ls.found,
            "precision": ls.precision, "recall": ls.recall, "exact": ls.exact}


def _retrieval(case: Case, corpus: Corpus, top_k: int) -> tuple[list[str], list[str], dict[str, float]]:
    hits = corpus.desk.retriever.retrieve(case.question, Filters(), top_k=max(RETRIEVAL_DEPTH, top_k))
    ranked = [corpus.key_of.get(h.chunk.doc_id, h.chunk.doc_id) for h in hits]
    shown = list(dict.fromkeys(ranked[:top_k]))
    scores = scoring.retrieval_scores(ranked, case.sources)
    scores["recall@shown"] = len(set(case.sources) & set(shown)) / len(set(case.sources))
    return list(dict.fromkeys(ranked)), shown, scores


def run_case(case: Case, corpus: Corpus, settings: Settings, *, narrate: bool = True) -> CaseResult:
    """Ask (or brief) one case, time it, and score answer, abstention, citations, retrieval and listing."""
    r = CaseResult(id=case.id, kind=case.kind, question=case.question, match=case.match, gold_answers=case.answers,
                   gold_sources=case.sources, gold_incidents=case.incidents)
    desk = corpus.desk
    if case.sources and case.kind != "briefing":
        r.retrieved, r.shown, r.retrieval = _retrieval(case, corpus, settings.retrieve.top_k)
    before = _usage(corpus.llm)
    started = time.perf_counter()
    claims: list[Claim] = []
    lines: list[set[str]] | None = None
    try:
        if case.kind == "briefing":
            from assistant.brief import build_briefing

            assert case.filters is not None
            b = build_briefing(desk, case.filters.incident_filters(), narrate=narrate)
            r.route, r.answer, r.abstained, r.model = "briefing", b.markdown, not b.incidents, b.model
            claims = [c for p in b.paragraphs for c in p.claims]
            lines = [set().union(*(corpus.gold_ids(s.doc_id, s.start, s.end) for s in inc.sources)) for inc in b.incidents]
        else:
            answer: Answer | None = None
            for event in desk.ask_stream(case.question):
                if isinstance(event, Answer):
                    answer = event
                elif event and r.ttft_s is None:
                    r.ttft_s = time.perf_counter() - started
            assert answer is not None
            r.route = "incidents" if answer.model == "incident records" else "passages"
            r.answer, r.abstained, r.model, claims = answer.text, answer.abstained, answer.model, answer.claims
            if case.incidents or case.kind in ("listing", "count"):
                lines = [set().union(*(corpus.gold_ids(c.doc_id, c.start, c.end) for c in cl.citations)) for cl in claims]
    except _NeedsModel:
        r.skipped = "needs the language model (--no-llm run)"
        return r
    except AssistantError as err:  # a model that fails a case fails that case, not the run
        r.error = err.message
    r.total_s = time.perf_counter() - started
    if r.ttft_s is None and r.error is None:
        r.ttft_s = r.total_s  # answered in one piece (incident records, briefings): the first text is the whole text
    after = _usage(corpus.llm)
    r.prompt_tokens, r.completion_tokens, r.llm_calls = (a - b for a, b in zip(after, before))
    r.sentences = score_claims(claims, corpus, case.facts)
    if r.sentences:
        r.citation_recall = sum(s.supported for s in r.sentences) / len(r.sentences)
        cites = [c for s in r.sentences for c in s.citations]
        r.citation_precision = sum(c.precise for c in cites) / len(cites) if cites else None
    if not r.abstained and r.error is None:
        r.facts_cited = scoring.facts_cited(case.facts, [c.quote for s in r.sentences for c in s.citations if c.verbatim])
    if lines is not None:
        r.listing = _listing(lines, case)
    r.correct = _correct(case, r)
    return r


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
        return scoring.answer_matches(text, case.answers, case.match)
    if r.listing is not None:
        return bool(r.listing["exact"]) and (not r.abstained or not case.incidents)
    return None


# ------------------------------------------------------------------ optional LLM judge (server backend only)

JUDGE_SCHEMA: dict[str, Any] = {"type": "object", "properties": {"correct": {"type": "boolean"}}, "required": ["correct"]}


class _Verdict(BaseModel):
    correct: bool


def judge_llm(settings: Settings) -> LLM:
    """The judge: always the OpenAI-compatible server the settings name, never a local model."""
    from assistant.llm import OpenAICompatLLM

    cfg = settings.llm
    return OpenAICompatLLM(cfg.base_url, cfg.server_model, os.environ.get(cfg.api_key_env), cfg.timeout_s, 0.0, cfg.seed)


def judge_case(judge: LLM, case: CaseResult, settings: Settings) -> bool | None:
    """Ask the judge whether an answer states the gold; None for cases without gold answers or without an answer."""
    from assistant.llm import ask_json
    from assistant.prompts import render

    if not case.gold_answers or case.skipped or case.error or case.abstained:
        return None if not case.gold_answers or case.skipped else False
    messages = [{"role": "system", "content": render(settings.prompts_dir, "judge_system")},
                {"role": "user", "content": render(settings.prompts_dir, "judge_user", question=case.question,
                                                   gold=" | ".join(case.gold_answers), answer=scoring.plain(case.answer))}]
    verdict = ask_json(judge, messages, JUDGE_SCHEMA, _Verdict, 16,
                       lambda error: render(settings.prompts_dir, "judge_retry", error=error))
    return verdict.correct


# ------------------------------------------------------------------ summaries


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _quantile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    pos = q * (len(ordered) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def summarise(results: list[CaseResult]) -> dict[str, Any]:
    """Scores over a list of case results: accuracy, citations, retrieval, listing, latency, tokens."""
    done = [r for r in results if r.skipped is None]
    scored = [r for r in done if r.correct is not None]
    sentences = [s for r in done for s in r.sentences]
    cites = [c for s in sentences for c in s.citations]
    retr = [r.retrieval for r in results if r.retrieval is not None]
    listings = [r.listing for r in done if r.listing is not None]
    totals = [r.total_s for r in done if r.total_s is not None]
    ttfts = [r.ttft_s for r in done if r.ttft_s is not None]
    out: dict[str, Any] = {
        "cases": len(results), "answered_cases": len(done), "skipped": len(results) - len(done),
        "errors": sum(r.error is not None for r in done),
        "accuracy": _mean([float(bool(r.correct)) for r in scored]), "scored": len(scored),
        "judge_accuracy": _mean([float(r.judge_correct) for r in done if r.judge_correct is not None]),
        "judged": sum(r.judge_correct is not None for r in done),
        "citation_recall": scoring.ratio(sum(s.supported for s in sentences), len(sentences)),
        "citation_precision": scoring.ratio(sum(c.precise for c in cites), len(cites)),
        "sentences": len(sentences), "citations": len(cites),
        "verbatim": scoring.ratio(sum(c.verbatim for c in cites), len(cites)),
        "facts_cited": _mean([r.facts_cited for r in done if r.facts_cited is not None]),
    }
    for k in ("recall@1", "recall@3", "recall@5", "recall@shown", "mrr"):
        out[k] = _mean([x[k] for x in retr])
    out["retrieval_cases"] = len(retr)
    out["listing_precision"] = scoring.ratio(sum(x["correct_lines"] for x in listings), sum(x["lines"] for x in listings))
    out["listing_recall"] = scoring.ratio(sum(x["found"] for x in listings), sum(x["gold"] for x in listings))
    out["listing_cases"] = len(listings)
    out.update({"ttft_p50_s": _quantile(ttfts, 0.5), "total_p50_s": _quantile(totals, 0.5),
                "total_p90_s": _quantile(totals, 0.9), "total_mean_s": _mean(totals), "total_max_s": max(totals, default=None),
                "prompt_tokens": sum(r.prompt_tokens for r in done), "completion_tokens": sum(r.completion_tokens for r in done),
                "tokens_per_case": _mean([float(r.prompt_tokens + r.completion_tokens) for r in done])})
    return out


def summarise_dataset(results: list[CaseResult]) -> dict[str, Any]:
    """Overall and per-kind scores plus abstention precision/recall."""
    kinds = [k for k in KINDS if any(r.kind == k for r in results)]
    pairs = [(r.kind == "unanswerable", r.abstained and r.error is None) for r in results if r.skipped is None]
    return {"all": summarise(results), "by_kind": {k: summarise([r for r in results if r.kind == k]) for k in kinds},
            "abstention": scoring.abstention_scores(pairs)}


def extraction_summary(s: Scores) -> dict[str, Any]:
    """Per-field and micro-averaged precision/recall/F1 of extracted incidents against gold."""
    fields = {n: {"precision": s.precision(n), "recall": s.recall(n), "f1": s.f1(n), "tp": s.counts[n][0],
                  "fp": s.counts[n][1], "fn": s.counts[n][2]} for n in FIELDS}
    tp, fp, fn = (sum(s.counts[n][i] for n in FIELDS) for i in range(3))
    p, r = scoring.ratio(tp, tp + fp), scoring.ratio(tp, tp + fn)
    micro = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p and r else 0.0}
    return {"matched": s.matched, "predicted": s.predicted, "gold": s.gold,
            "incident_recall": scoring.ratio(s.matched, s.gold), "incident_precision": scoring.ratio(s.matched, s.predicted),
            "fields": fields, "micro": micro}


# ------------------------------------------------------------------ a whole run

Progress = Callable[[str, int, int], None]


def _git_commit() -> str | None:
    """HEAD's short hash, with '+dirty' when the code or prompts differ from it (the scores are then not HEAD's)."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True,
                              timeout=10, check=False).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "assistant", "prompts"], cwd=REPO_ROOT,
                               capture_output=True, text=True, timeout=10, check=False).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return (head + ("+dirty" if dirty else "")) or None


def default_run_dir(settings: Settings, dataset: str) -> Path:
    """evals/runs/<time>-<preset>-<dataset> under the current directory."""
    return Path("evals") / "runs" / f"{dt.datetime.now():%Y%m%d-%H%M%S}-{settings.preset}-{dataset}"


def run_eval(dataset: str, settings: Settings, out_dir: Path, *, limit: int | None = None, use_llm: bool = True,
             narrate: bool = True, cases_file: Path | None = None, keep_store: bool = False,
             progress: Progress | None = None, llm: LLM | None = None, judge: LLM | None = None) -> dict[str, Any]:
    """Run the dataset(s), write results.json into out_dir and return it.

    Each dataset's documents are ingested into a fresh store under out_dir/store (removed afterwards
    unless keep_store); `use_llm=False` scores only what needs no model (retrieval, extraction,
    answers from incident records, record-based briefings) and marks the other cases skipped.
    A `judge` (see judge_llm) adds its verdict beside the code's; the scores never depend on it.
    """
    from assistant.llm import get_llm

    chosen = datasets_for(dataset)
    if cases_file is not None:
        if len(chosen) != 1 or chosen[0].cases is None:
            raise EvalDataError("--cases needs one question dataset (seeds or ucdp) whose documents it is asked against",
                                "add --dataset seeds or --dataset ucdp")
        chosen = [Dataset(chosen[0].name, cases_file, chosen[0].docs, chosen[0].incident_ids, chosen[0].gold)]
    # Load every case file first: a malformed dataset must fail before minutes of ingest and model time.
    cases = {d.name: (load_cases(d.cases)[:limit] if limit else load_cases(d.cases)) for d in chosen if d.cases}
    started = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    model: LLM = (llm or get_llm(settings)) if use_llm else NoModel()
    store_root = out_dir / "store"
    corpora: dict[tuple[Path, ...], Corpus] = {}
    results: dict[str, Any] = {"run": {
        "started": dt.datetime.now().isoformat(timespec="seconds"), "dataset": dataset, "preset": settings.preset,
        "llm": model.name if use_llm else "none", "llm_backend": settings.llm.backend if use_llm else "none",
        "embedder": settings.embed.backend, "extractor": settings.extract.backend, "top_k": settings.retrieve.top_k,
        "max_tokens": settings.llm.max_tokens, "limit": limit, "use_llm": use_llm, "narrate": narrate and use_llm,
        "cases_file": str(cases_file) if cases_file else None, "judge": judge.name if judge else None,
        "git": _git_commit(), "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, {settings.llm.threads} LLM threads",
    }, "datasets": {}}
    try:
        for d in chosen:
            if d.docs not in corpora:
                if progress:
                    progress(f"{d.name}: ingest", 0, 0)
                corpora[d.docs] = build_corpus(d, settings, store_root / d.name, model)
            corpus = corpora[d.docs]
            entry: dict[str, Any] = {"documents": len(corpus.key_of), "ingest_s": round(corpus.ingest_s, 2)}
            if d.cases is None:
                assert corpus.extraction is not None
                entry["extraction"] = extraction_summary(corpus.extraction)
                entry["extraction_table"] = corpus.extraction.table()
            else:
                todo = cases[d.name]
                done: list[CaseResult] = []
                t0 = time.perf_counter()
                for i, case in enumerate(todo):
                    if progress:
                        progress(f"{d.name}: {case.id}", i, len(todo))
                    result = run_case(case, corpus, settings, narrate=narrate and use_llm)
                    if judge is not None:
                        result.judge_correct = judge_case(judge, result, settings)
                    done.append(result)
                if progress:
                    progress(d.name, len(todo), len(todo))
                entry["wall_s"] = round(time.perf_counter() - t0, 2)
                entry["metrics"] = summarise_dataset(done)
                entry["cases"] = [r.model_dump() for r in done]
            results["datasets"][d.name] = entry
    finally:
        if not keep_store:
            shutil.rmtree(store_root, ignore_errors=True)
    results["run"]["wall_s"] = round(time.perf_counter() - started, 2)
    (out_dir / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return results


def load_results(run: Path) -> dict[str, Any]:
    """results.json of a run folder (or the file itself)."""
    path = run / "results.json" if run.is_dir() else run
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvalDataError(f"no eval results at {path}: {exc.strerror}", "pass a run folder written by `assistant eval`") from exc
    except json.JSONDecodeError as exc:
        raise EvalDataError(f"{path} is not valid JSON: {exc.msg}", "re-run the eval") from exc
