"""Eval reports: Markdown tables per metric and kind, worst cases, and the charts (charts.py) beside them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assistant.evaluation.charts import chart_extraction, chart_latency, chart_scores_by_kind

WORST_CASES = 15  # per dataset: enough to see the failure patterns, short enough to read
_KIND_METRICS = [  # (section, columns: (label, key, format))
    (
        "Answers",
        [
            ("cases", "cases", "n"),
            ("scored", "scored", "n"),
            ("accuracy", "accuracy", "pct"),
            ("errors", "errors", "n"),
            ("skipped", "skipped", "n"),
            ("judged", "judged", "n"),
            ("judge accuracy", "judge_accuracy", "pct"),
        ],
    ),
    (
        "Citations (ALCE-style, by code)",
        [
            ("sentences", "sentences", "n"),
            ("citations", "citations", "n"),
            ("citation recall", "citation_recall", "pct"),
            ("citation precision", "citation_precision", "pct"),
            ("verbatim", "verbatim", "pct"),
            ("gold facts cited", "facts_cited", "pct"),
            ("unsupported claims shown (model's, by the claim checker)", "unsupported_shown", "n"),
            ("unsupported lines shown (records', by the claim checker)", "unsupported_shown_records", "n"),
        ],
    ),
    (
        "Retrieval (required source articles)",
        [
            ("cases", "retrieval_cases", "n"),
            ("recall@1", "recall@1", "pct"),
            ("recall@3", "recall@3", "pct"),
            ("recall@5", "recall@5", "pct"),
            ("recall@shown", "recall@shown", "pct"),
            ("MRR", "mrr", "f2"),
        ],
    ),
    (
        "Listing (incidents listed vs gold)",
        [
            ("cases", "listing_cases", "n"),
            ("precision", "listing_precision", "pct"),
            ("recall", "listing_recall", "pct"),
        ],
    ),
    (
        "Latency and tokens",
        [
            ("cases", "answered_cases", "n"),
            ("first text p50", "ttft_p50_s", "s"),
            ("total p50", "total_p50_s", "s"),
            ("total p90", "total_p90_s", "s"),
            ("total max", "total_max_s", "s"),
            ("tokens/case", "tokens_per_case", "f0"),
        ],
    ),
]


def fmt(value: Any, how: str = "f2") -> str:
    """A table cell: '–' for missing values, percentages as 0.83 style fractions, seconds with one decimal."""
    if value is None:
        return "\u2013"
    if how == "n":
        return str(value)
    if how == "s":
        return f"{value:.2f}" if value < 10 else f"{value:.1f}"
    if how == "f0":
        return f"{value:.0f}"
    return f"{value:.2f}"


def table_cell(text: str, limit: int = 400) -> str:
    """Text made safe for one Markdown table cell or list line (one line, pipes escaped, cut at `limit`)."""
    flat = " ".join(str(text).split()).replace("|", "\\|")
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


def markdown_table(header: list[str], rows: list[list[str]]) -> list[str]:
    """Lines of a Markdown table."""
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + ["| " + " | ".join(r) + " |" for r in rows]


def _abstention_line(a: dict[str, Any]) -> str:
    return (
        f"Abstention: precision **{fmt(a['precision'])}**, recall **{fmt(a['recall'])}**, F1 {fmt(a['f1'])} "
        f"({a['abstained_unanswerable']} unanswerable cases abstained on, {a['answered_unanswerable']} answered; "
        f"{a['abstained_answerable']} answerable cases abstained on)."
    )


def badness(case: dict[str, Any]) -> float:
    """How bad a case went, for the worst-cases list: errors, wrong answers, then unsupported sentences."""
    bad = 3.0 if case.get("error") else 0.0
    bad += 2.0 if case.get("correct") is False else 0.0
    if case.get("citation_recall") is not None:
        bad += 1.0 - case["citation_recall"]
    if case.get("citation_precision") is not None:
        bad += 0.5 * (1.0 - case["citation_precision"])
    return bad


def _worst(cases: list[dict[str, Any]], n: int = WORST_CASES) -> list[str]:
    ranked = sorted(
        (c for c in cases if c.get("skipped") is None and badness(c) > 0), key=lambda c: (-badness(c), c["id"])
    )
    out: list[str] = []
    for c in ranked[:n]:
        verdict = "error" if c.get("error") else {True: "correct", False: "wrong", None: "not scored"}[c.get("correct")]
        gold = ", ".join(c["gold_answers"]) or (
            "(abstain)" if c["kind"] == "unanswerable" else ", ".join(c["gold_incidents"]) or "\u2013"
        )
        out += [
            f"#### {c['id']} ({c['kind']}, {verdict})",
            "",
            f"- **Question:** {table_cell(c['question'])}",
            f"- **Gold:** {table_cell(gold)}",
            f"- **Answer** ({c['route']}, {fmt(c.get('total_s'), 's')} s): "
            f"{table_cell(c['error'] or c['answer'], 600)}",
        ]
        if c.get("listing"):
            ls = c["listing"]
            out.append(
                f"- **Listing:** {ls['correct_lines']}/{ls['lines']} lines are gold incidents, "
                f"{ls['found']}/{ls['gold']} gold incidents listed"
            )
        for s in c["sentences"][:4]:
            mark = "supported" if s["supported"] else "NOT supported"
            out.append(
                f"- Sentence ({mark}; facts: {table_cell(', '.join(s['facts']) or 'none', 120)}): "
                f"{table_cell(s['text'], 300)}"
            )
            for x in s["citations"][:3]:
                flags = ("verbatim" if x["verbatim"] else "NOT verbatim") + (
                    ", needed" if x["precise"] else ", not needed"
                )
                out.append(
                    f"    - \u201c{table_cell(x['quote'], 300)}\u201d \u2014 {table_cell(x['source'], 60)} ({flags})"
                )
        out.append("")
    return out or ["No case went wrong.", ""]


def _kind_tables(m: dict[str, Any]) -> list[str]:
    out: list[str] = []
    rows_src = list(m["by_kind"].items()) + [("**all**", m["all"])]
    for title, all_cols in _KIND_METRICS:
        # The judge's columns only when a judge ran (--judge); skipped only when something was skipped.
        cols = [
            c
            for c in all_cols
            if not (
                (c[1] in ("judged", "judge_accuracy") and not m["all"].get("judged"))
                or (c[1] == "skipped" and not m["all"].get("skipped"))
            )
        ]
        count_key = cols[0][1]  # kinds the section does not apply to (no retrieval or listing cases) are left out
        rows = [
            [kind] + [fmt(s.get(key), how) for _label, key, how in cols]
            for kind, s in rows_src
            if s.get(count_key) or kind == "**all**"
        ]
        out += [f"### {title}", ""] + markdown_table(["kind"] + [c[0] for c in cols], rows) + [""]
    return out


def _run_lines(run: dict[str, Any]) -> list[str]:
    flags = [
        f"limit {run['limit']} per dataset" if run.get("limit") else "",
        "no language model (--no-llm)" if not run.get("use_llm", True) else "",
        "briefings not narrated" if run.get("use_llm", True) and not run.get("narrate", True) else "",
        "held-out final split scored (--final)" if run.get("final") else "",
    ]
    extra = "; ".join(x for x in flags if x)
    return [
        f"- **Run:** {run['started']} \u00b7 dataset `{run['dataset']}` \u00b7 preset `{run['preset']}` \u00b7 "
        f"commit `{run.get('git') or 'unknown'}` \u00b7 wall time {fmt(run.get('wall_s'), 's')} s"
        + (f" \u00b7 {extra}" if extra else ""),
        f"- **Models:** LLM {run['llm']} ({run['llm_backend']}, max {run['max_tokens']} tokens) \u00b7 embedder "
        f"{run['embedder']} \u00b7 extractor {run['extractor']} \u00b7 top-k {run['top_k']}",
        f"- **Machine:** {run['machine']}, Python {run['python']}",
    ]


def _summary(results: dict[str, Any]) -> list[str]:
    rows = []
    for name, d in results["datasets"].items():
        if "metrics" not in d:
            continue
        a, ab = d["metrics"]["all"], d["metrics"]["abstention"]
        rows.append(
            [
                name,
                str(a["cases"]),
                fmt(a["accuracy"]),
                f"{fmt(ab['precision'])} / {fmt(ab['recall'])}",
                fmt(a["citation_recall"]),
                fmt(a["citation_precision"]),
                fmt(a["recall@1"]),
                fmt(a["recall@3"]),
                fmt(a["mrr"]),
                f"{fmt(a['listing_precision'])} / {fmt(a['listing_recall'])}",
                fmt(a["ttft_p50_s"], "s"),
                fmt(a["total_p50_s"], "s"),
                fmt(a["tokens_per_case"], "f0"),
            ]
        )
    if not rows:
        return []
    return markdown_table(
        [
            "dataset",
            "cases",
            "accuracy",
            "abstention P / R",
            "citation recall",
            "citation precision",
            "recall@1",
            "recall@3",
            "MRR",
            "listing P / R",
            "first text p50 (s)",
            "total p50 (s)",
            "tokens/case",
        ],
        rows,
    ) + [""]


def _extraction(e: dict[str, Any]) -> list[str]:
    rows = [
        [f, fmt(v["precision"]), fmt(v["recall"]), fmt(v["f1"]), str(v["tp"]), str(v["fp"]), str(v["fn"])]
        for f, v in e["fields"].items()
    ]
    rows.append(
        ["**micro**", fmt(e["micro"]["precision"]), fmt(e["micro"]["recall"]), fmt(e["micro"]["f1"]), "", "", ""]
    )
    return (
        [
            f"{e['matched']} of {e['gold']} gold incidents matched by {e['predicted']} extracted ones "
            f"(incident recall {fmt(e['incident_recall'])}, precision {fmt(e['incident_precision'])}).",
            "",
        ]
        + markdown_table(["field", "precision", "recall", "F1", "tp", "fp", "fn"], rows)
        + [""]
    )


def _code_scored(name: str, d: dict[str, Any]) -> list[str]:
    """A code-scored dataset's section: what it scores, which splits, its own table (see evaluation.code_scored)."""
    splits = f", {' and '.join(d['splits'])} split{'s' if len(d['splits']) > 1 else ''}" if d["splits"] else ""
    return [
        f"## Dataset `{name}` (scored by code{splits})",
        "",
        f"{d['what'][:1].upper()}{d['what'][1:]}; scored in {fmt(d.get('wall_s'), 's')} s, no model involved.",
        "",
        d["table"],
        "",
    ]


def render_markdown(results: dict[str, Any], charts: dict[str, list[str]] | None = None) -> str:
    """The report: run details, a summary, then per dataset a table per metric and kind and the worst cases."""
    charts = charts or {}
    out = [f"# Eval report: `{results['run']['dataset']}` with preset `{results['run']['preset']}`", ""]
    out += _run_lines(results["run"]) + [""]
    out += [
        "Scores are computed by code (see evals/README.md, *Eval runner*). Accuracy counts an unanswerable case as "
        "correct only when the assistant abstained; citation recall is the share of answer sentences whose verbatim "
        "quotes carry the facts the sentence states, citation precision the share of citations that are verbatim "
        "and needed; retrieval recall@k and MRR are over the required source articles.",
        "",
    ]
    out += _summary(results)
    for name, d in results["datasets"].items():
        if d.get("code_scored"):
            out += _code_scored(name, d)
            continue
        out += [
            f"## Dataset `{name}`",
            "",
            f"{d['documents']} documents ingested in {fmt(d['ingest_s'], 's')} s"
            + (f"; cases answered in {fmt(d.get('wall_s'), 's')} s." if "wall_s" in d else "."),
            "",
        ]
        if "extraction" in d:
            out += ["### Extraction (incident records vs gold, per field)", ""] + _extraction(d["extraction"])
        if "metrics" in d:
            m = d["metrics"]
            out += [_abstention_line(m["abstention"]), ""] + _kind_tables(m)
        for png in charts.get(name, []):
            out += [f"![{png}]({png})", ""]
        if "cases" in d:
            out += [f"### Worst cases (up to {WORST_CASES})", ""] + _worst(d["cases"])
    return "\n".join(out).rstrip() + "\n"


def write_report(results: dict[str, Any], out_dir: Path) -> Path:
    """Write report.md and its PNG charts into the run folder; returns the report's path."""
    charts: dict[str, list[str]] = {}
    for name, d in results["datasets"].items():
        files = []
        if "extraction" in d:
            chart_extraction(d["extraction"], out_dir / f"{name}_extraction.png")
            files.append(f"{name}_extraction.png")
        if "metrics" in d:
            chart_scores_by_kind(name, d["metrics"], out_dir / f"{name}_scores_by_kind.png")
            chart_latency(name, d["cases"], out_dir / f"{name}_latency.png")
            files += [f"{name}_scores_by_kind.png", f"{name}_latency.png"]
        charts[name] = files
    path = out_dir / "report.md"
    path.write_text(render_markdown(results, charts), encoding="utf-8")
    return path
