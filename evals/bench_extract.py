"""Rule extraction on one long paragraph: seconds per size, and the growth from each size to the next.

    .venv/bin/python evals/bench_extract.py [KB ...]      (default 64 256 1024)

Linear work grows about as the size does (x4 from 256 to 1024 KB); quadratic work grows about as its square (x16).
"""

from __future__ import annotations

import sys
import time

from assistant.corpus.read import RawRecord, to_article
from assistant.incidents.rules import RuleExtractor

REPORT = (
    "On 3 May 2021 gunmen killed two farmers near Hawija, police said. The army sent reinforcements to the area. "
    "Residents said the attackers fled towards the hills. "
)


def seconds(kb: int) -> float:
    """Time to extract the records of one paragraph of about `kb` kilobytes."""
    text = "Report\n\n" + REPORT * (kb * 1024 // len(REPORT))
    article = to_article(RawRecord(source=f"long-{kb}.txt", text=text, published="2021-05-04"))
    started = time.perf_counter()
    RuleExtractor().extract(article)
    return time.perf_counter() - started


def main(argv: list[str]) -> None:
    """Print the table."""
    sizes = [int(a) for a in argv] or [64, 256, 1024]
    print("| KB | seconds | growth vs previous size (size ratio) |\n|---|---|---|")
    previous: tuple[int, float] | None = None
    for kb in sizes:
        s = seconds(kb)
        growth = f"x{s / previous[1]:.1f} (x{kb / previous[0]:.0f})" if previous else "-"
        print(f"| {kb} | {s:.2f} | {growth} |")
        previous = (kb, s)


if __name__ == "__main__":
    main(sys.argv[1:])
