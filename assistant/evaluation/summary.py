"""Summaries of case results: means and quantiles per metric, per kind and per dataset."""

from __future__ import annotations

from typing import Any

from assistant.evaluation import scoring
from assistant.evaluation.case import CaseResult
from assistant.evaluation.cases import KINDS
from assistant.evaluation.extraction import FIELDS, Scores


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
        "cases": len(results),
        "answered_cases": len(done),
        "skipped": len(results) - len(done),
        "errors": sum(r.error is not None for r in done),
        "accuracy": _mean([float(bool(r.correct)) for r in scored]),
        "scored": len(scored),
        "judge_accuracy": _mean([float(r.judge_correct) for r in done if r.judge_correct is not None]),
        "judged": sum(r.judge_correct is not None for r in done),
        "citation_recall": scoring.ratio(sum(s.supported for s in sentences), len(sentences)),
        "citation_precision": scoring.ratio(sum(c.precise for c in cites), len(cites)),
        "sentences": len(sentences),
        "citations": len(cites),
        "verbatim": scoring.ratio(sum(c.verbatim for c in cites), len(cites)),
        "facts_cited": _mean([r.facts_cited for r in done if r.facts_cited is not None]),
        # Shown sentences the claim checker (entail.gap) finds unsupported by their own quotes: the model's claims,
        # and separately the record-based lines, whose dates, provinces and labels come from the records.
        "unsupported_shown": sum(not s.entailed for r in done if r.route == "passages" for s in r.sentences),
        "unsupported_shown_records": sum(not s.entailed for r in done if r.route != "passages" for s in r.sentences),
    }
    for k in ("recall@1", "recall@3", "recall@5", "recall@shown", "mrr"):
        out[k] = _mean([x[k] for x in retr])
    out["retrieval_cases"] = len(retr)
    out["listing_precision"] = scoring.ratio(
        sum(x["correct_lines"] for x in listings), sum(x["lines"] for x in listings)
    )
    out["listing_recall"] = scoring.ratio(sum(x["found"] for x in listings), sum(x["gold"] for x in listings))
    out["listing_cases"] = len(listings)
    out.update(
        {
            "ttft_p50_s": _quantile(ttfts, 0.5),
            "total_p50_s": _quantile(totals, 0.5),
            "total_p90_s": _quantile(totals, 0.9),
            "total_mean_s": _mean(totals),
            "total_max_s": max(totals, default=None),
            "prompt_tokens": sum(r.prompt_tokens for r in done),
            "completion_tokens": sum(r.completion_tokens for r in done),
            "tokens_per_case": _mean([float(r.prompt_tokens + r.completion_tokens) for r in done]),
        }
    )
    return out


def summarise_dataset(results: list[CaseResult]) -> dict[str, Any]:
    """Overall and per-kind scores plus abstention precision/recall."""
    kinds = [k for k in KINDS if any(r.kind == k for r in results)]
    pairs = [(r.kind == "unanswerable", r.abstained and r.error is None) for r in results if r.skipped is None]
    return {
        "all": summarise(results),
        "by_kind": {k: summarise([r for r in results if r.kind == k]) for k in kinds},
        "abstention": scoring.abstention_scores(pairs),
    }


def extraction_summary(s: Scores) -> dict[str, Any]:
    """Per-field and micro-averaged precision/recall/F1 of extracted incidents against gold."""
    fields = {
        n: {
            "precision": s.precision(n),
            "recall": s.recall(n),
            "f1": s.f1(n),
            "tp": s.counts[n][0],
            "fp": s.counts[n][1],
            "fn": s.counts[n][2],
        }
        for n in FIELDS
    }
    tp, fp, fn = (sum(s.counts[n][i] for n in FIELDS) for i in range(3))
    p, r = scoring.ratio(tp, tp + fp), scoring.ratio(tp, tp + fn)
    micro = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p and r else 0.0}
    return {
        "matched": s.matched,
        "predicted": s.predicted,
        "gold": s.gold,
        "incident_recall": scoring.ratio(s.matched, s.gold),
        "incident_precision": scoring.ratio(s.matched, s.predicted),
        "fields": fields,
        "micro": micro,
    }
