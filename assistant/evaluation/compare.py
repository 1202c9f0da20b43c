"""Two eval runs side by side: every metric with its change, per kind, and the cases that flipped."""

from __future__ import annotations

from typing import Any

from assistant.evaluation.report import fmt, markdown_table, table_cell

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
            out += markdown_table(["metric", "A", "B", "Δ"], rows) + [""]
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
                + markdown_table(
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
            out += ["Extraction F1 per field:", ""] + markdown_table(["field", "A", "B", "Δ"], rows) + [""]
        if "figures" in da and "figures" in db:  # a code-scored dataset (realworld, ucdp_headlines)
            fa, fb = da["figures"], db["figures"]
            rows = [
                [f, fmt(fa.get(f)), fmt(fb.get(f)), _delta(fa.get(f), fb.get(f), "f2")]
                for f in list(fa) + [f for f in fb if f not in fa]
            ]
            out += ["Scored by code:", ""] + markdown_table(["figure", "A", "B", "Δ"], rows) + [""]
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
                f"- `{c['id']}` ({c['kind']}) {table_cell(c['question'], 120)} "
                f"\u2192 B: {table_cell(c['error'] or c['answer'], 160)}"
                for c in group
            ] + [""]
    return out
