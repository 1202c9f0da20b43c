"""Eval reports: Markdown tables per metric and kind, worst cases, PNG charts, and the comparison of two runs."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

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
_COMPARE_METRICS = [
    ("accuracy", "accuracy", "pct"),
    ("judge accuracy", "judge_accuracy", "pct"),
    ("citation recall", "citation_recall", "pct"),
    ("citation precision", "citation_precision", "pct"),
    ("gold facts cited", "facts_cited", "pct"),
    ("recall@1", "recall@1", "pct"),
    ("recall@3", "recall@3", "pct"),
    ("recall@shown", "recall@shown", "pct"),
    ("MRR", "mrr", "f2"),
    ("listing precision", "listing_precision", "pct"),
    ("listing recall", "listing_recall", "pct"),
    ("first text p50 (s)", "ttft_p50_s", "s"),
    ("total p50 (s)", "total_p50_s", "s"),
    ("total p90 (s)", "total_p90_s", "s"),
    ("tokens/case", "tokens_per_case", "f0"),
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


def _cell(text: str, limit: int = 400) -> str:
    """Text made safe for one Markdown table cell or list line."""
    flat = " ".join(str(text).split()).replace("|", "\\|")
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
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
            f"- **Question:** {_cell(c['question'])}",
            f"- **Gold:** {_cell(gold)}",
            f"- **Answer** ({c['route']}, {fmt(c.get('total_s'), 's')} s): {_cell(c['error'] or c['answer'], 600)}",
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
                f"- Sentence ({mark}; facts: {_cell(', '.join(s['facts']) or 'none', 120)}): {_cell(s['text'], 300)}"
            )
            for x in s["citations"][:3]:
                flags = ("verbatim" if x["verbatim"] else "NOT verbatim") + (
                    ", needed" if x["precise"] else ", not needed"
                )
                out.append(f"    - \u201c{_cell(x['quote'], 300)}\u201d \u2014 {_cell(x['source'], 60)} ({flags})")
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
        out += [f"### {title}", ""] + _table(["kind"] + [c[0] for c in cols], rows) + [""]
    return out


def _run_lines(run: dict[str, Any]) -> list[str]:
    flags = [
        f"limit {run['limit']} per dataset" if run.get("limit") else "",
        "no language model (--no-llm)" if not run.get("use_llm", True) else "",
        "briefings not narrated" if run.get("use_llm", True) and not run.get("narrate", True) else "",
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
    return _table(
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
        + _table(["field", "precision", "recall", "F1", "tp", "fp", "fn"], rows)
        + [""]
    )


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


# ------------------------------------------------------------------ charts


def _plt() -> Any:
    import matplotlib  # heavy (about a second): imported only when a report draws its charts

    matplotlib.use("Agg")  # files only: no display on a server or in CI
    import matplotlib.pyplot as plt

    return plt


def chart_scores_by_kind(name: str, metrics: dict[str, Any], path: Path) -> None:
    """Grouped bars per kind: accuracy, citation recall, citation precision, retrieval recall@3."""
    plt = _plt()
    kinds = list(metrics["by_kind"])
    series = [
        ("accuracy", "accuracy"),
        ("citation recall", "citation_recall"),
        ("citation precision", "citation_precision"),
        ("retrieval recall@3", "recall@3"),
    ]
    fig, ax = plt.subplots(figsize=(max(6.0, 1.1 * len(kinds) + 2), 4.2), dpi=110)
    width = 0.8 / len(series)
    for i, (label, key) in enumerate(series):
        values = [metrics["by_kind"][k].get(key) for k in kinds]
        xs = [j + (i - (len(series) - 1) / 2) * width for j in range(len(kinds))]
        bars = ax.bar(
            [x for x, v in zip(xs, values) if v is not None], [v for v in values if v is not None], width, label=label
        )
        for x, v in zip(xs, values):
            if v == 0:  # a zero bar is invisible: mark it, so it is not read as "not applicable"
                ax.text(x, 0.01, "0", ha="center", va="bottom", fontsize=7, color=bars.patches[0].get_facecolor())
    ax.set_xticks(range(len(kinds)), [f"{k}\n(n={metrics['by_kind'][k]['cases']})" for k in kinds], fontsize=8)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("score")
    ax.set_title(f"{name}: scores per kind (no bar: not applicable; 0 marked)", fontsize=10)
    ax.legend(fontsize=8, ncols=4, loc="upper center", bbox_to_anchor=(0.5, -0.16))
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def chart_latency(name: str, cases: list[dict[str, Any]], path: Path) -> None:
    """Histogram of per-case latency (first text and total), log-spaced bins."""

    plt = _plt()
    totals = [c["total_s"] for c in cases if c.get("total_s")]
    firsts = [c["ttft_s"] for c in cases if c.get("ttft_s")]
    fig, ax = plt.subplots(figsize=(6.4, 3.8), dpi=110)
    if totals:
        lo, hi = min(totals + firsts), max(totals + firsts)
        lo, hi = max(lo, 1e-4), max(hi, lo * 1.01)
        bins = [10 ** (math.log10(lo) + i * (math.log10(hi) - math.log10(lo)) / 30) for i in range(31)]
        ax.hist(totals, bins=bins, alpha=0.6, label=f"total (n={len(totals)})")
        ax.hist(firsts, bins=bins, alpha=0.6, label="first text")
        ax.set_xscale("log")
        ax.legend(fontsize=8)
    ax.set_xlabel("seconds per case (log scale)")
    ax.set_ylabel("cases")
    ax.set_title(f"{name}: latency distribution", fontsize=10)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def chart_extraction(e: dict[str, Any], path: Path) -> None:
    """Precision, recall and F1 per incident field."""
    plt = _plt()
    fields = list(e["fields"])
    fig, ax = plt.subplots(figsize=(7.5, 3.8), dpi=110)
    width = 0.27
    for i, key in enumerate(("precision", "recall", "f1")):
        ax.bar(
            [j + (i - 1) * width for j in range(len(fields))], [e["fields"][f][key] for f in fields], width, label=key
        )
    ax.set_xticks(range(len(fields)), fields, rotation=30, fontsize=8)
    ax.set_ylim(0, 1.05)
    ax.set_title(f"extraction vs gold ({e['matched']}/{e['gold']} incidents matched)", fontsize=10)
    ax.legend(fontsize=8)
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


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


# ------------------------------------------------------------------ comparing two runs


def _delta(a: Any, b: Any, how: str) -> str:
    if a is None or b is None:
        return "\u2013"
    d = b - a
    if abs(d) < 1e-9:
        return "0"
    return ("+" if d > 0 else "\u2212") + fmt(abs(d), how)


def compare(a: dict[str, Any], b: dict[str, Any], label_a: str = "A", label_b: str = "B") -> str:
    """Markdown: metric by metric and kind by kind, A, B and B minus A; then the cases whose verdict changed."""
    out = [
        f"# Eval comparison: {label_a} vs {label_b}",
        "",
        f"- **A = {label_a}:** preset `{a['run']['preset']}`, LLM {a['run']['llm']}, dataset `{a['run']['dataset']}`, "
        f"commit `{a['run'].get('git')}`, {a['run']['started']}",
        f"- **B = {label_b}:** preset `{b['run']['preset']}`, LLM {b['run']['llm']}, dataset `{b['run']['dataset']}`, "
        f"commit `{b['run'].get('git')}`, {b['run']['started']}",
        "",
        "Δ is B minus A. Latency and tokens: lower is better; everything else: higher is better.",
        "",
    ]
    names = [n for n in a["datasets"] if n in b["datasets"]]
    only = sorted(set(a["datasets"]) ^ set(b["datasets"]))
    if only:
        out += [f"Datasets in only one run (not compared): {', '.join(only)}.", ""]
    for name in names:
        da, db = a["datasets"][name], b["datasets"][name]
        out += [f"## `{name}`", ""]
        if "metrics" in da and "metrics" in db:
            ma, mb = da["metrics"], db["metrics"]
            rows = [
                [
                    label,
                    fmt(ma["all"].get(k), how),
                    fmt(mb["all"].get(k), how),
                    _delta(ma["all"].get(k), mb["all"].get(k), how),
                ]
                for label, k, how in _COMPARE_METRICS
            ]
            for label, k in (("abstention precision", "precision"), ("abstention recall", "recall")):
                x, y = ma["abstention"][k], mb["abstention"][k]
                rows.insert(1, [label, fmt(x), fmt(y), _delta(x, y, "f2")])
            out += _table(["metric", "A", "B", "Δ"], rows) + [""]
            kinds = [k for k in ma["by_kind"] if k in mb["by_kind"]]
            rows = []
            for k in kinds:
                ka, kb = ma["by_kind"][k], mb["by_kind"][k]
                rows.append(
                    [k, str(ka["cases"])]
                    + [
                        x
                        for key in ("accuracy", "citation_recall", "citation_precision")
                        for x in (fmt(ka.get(key)), fmt(kb.get(key)), _delta(ka.get(key), kb.get(key), "f2"))
                    ]
                )
            out += (
                ["Per kind:", ""]
                + _table(
                    [
                        "kind",
                        "cases",
                        "accuracy A",
                        "B",
                        "Δ",
                        "citation recall A",
                        "B",
                        "Δ",
                        "citation precision A",
                        "B",
                        "Δ",
                    ],
                    rows,
                )
                + [""]
            )
            flips = _flips(da.get("cases", []), db.get("cases", []))
            out += flips
        if "extraction" in da and "extraction" in db:
            ea, eb = da["extraction"], db["extraction"]
            rows = [
                [
                    f,
                    fmt(ea["fields"][f]["f1"]),
                    fmt(eb["fields"][f]["f1"]),
                    _delta(ea["fields"][f]["f1"], eb["fields"][f]["f1"], "f2"),
                ]
                for f in ea["fields"]
            ]
            rows.append(
                [
                    "**micro F1**",
                    fmt(ea["micro"]["f1"]),
                    fmt(eb["micro"]["f1"]),
                    _delta(ea["micro"]["f1"], eb["micro"]["f1"], "f2"),
                ]
            )
            out += ["Extraction F1 per field:", ""] + _table(["field", "A", "B", "Δ"], rows) + [""]
    return "\n".join(out).rstrip() + "\n"


def _flips(ca: list[dict[str, Any]], cb: list[dict[str, Any]]) -> list[str]:
    by_id = {c["id"]: c for c in ca}
    fixed: list[dict[str, Any]] = []
    broke: list[dict[str, Any]] = []
    for c in cb:
        old = by_id.get(c["id"])
        if old is None or old.get("correct") is None or c.get("correct") is None or old["correct"] == c["correct"]:
            continue
        (fixed if c["correct"] else broke).append(c)
    out = [f"{len(fixed)} case(s) wrong in A and correct in B, {len(broke)} correct in A and wrong in B.", ""]
    for title, group in (("Correct in A, wrong in B", broke), ("Wrong in A, correct in B", fixed)):
        if group:
            out += [f"{title}:", ""]
            out += [
                f"- `{c['id']}` ({c['kind']}) {_cell(c['question'], 120)} "
                f"\u2192 B: {_cell(c['error'] or c['answer'], 160)}"
                for c in group
            ] + [""]
    return out
