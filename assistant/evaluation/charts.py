"""PNG charts of an eval run: scores per kind, latency, extraction F1 (matplotlib, drawn off-screen)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any


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
