"""CI gate for the claim checker on the two blind (claim, quote) sets: supported claims kept and unsupported claims
rejected (`python -m assistant.evaluation.claims [trust2] --final`).

`trust` (over the seeds) is in-sample on both splits. `trust2` (over realworld4-7 reports) was written blind on
2026-12-04; its dev split is in-sample after the work on it, and its final split is gated as scored once at the end
of that work (evals/heldout/trust2/FIRST_RUN.md). Minimums sit ~0.02 under each figure: they guard against a
checker that starts keeping what it rejected, or rejecting what it kept.
"""

from __future__ import annotations

import pytest

from assistant.evaluation.claims import HELDOUT, SEEDS, TRUST, TRUST2, report

# (set, split) -> (supported kept, unsupported rejected) minimums; the figure at the last change in the comment
MINIMUMS = {
    ("trust", "dev"): (0.90, 0.95),  # 0.92 / 0.97
    ("trust", "final"): (0.71, 0.81),  # 0.73 / 0.83
    ("trust2", "dev"): (0.42, 0.75),  # 0.44 / 0.77
    ("trust2", "final"): (0.24, 0.80),  # 0.26 / 0.82
}


@pytest.mark.parametrize(("key", "minimum"), sorted(MINIMUMS.items()))
def test_claim_checker_keeps_and_rejects(key: tuple[str, str], minimum: tuple[float, float]) -> None:
    """No fewer supported claims kept, and no fewer unsupported claims rejected, than at the last change."""
    name, split = key
    folder, docs = (TRUST2, HELDOUT) if name == "trust2" else (TRUST, SEEDS)
    r = report(folder=folder, seeds=docs, splits=(split,))
    assert r["supported_kept"] >= minimum[0], (key, r["supported_kept"], r["confusion"])
    assert r["unsupported_rejected"] >= minimum[1], (key, r["unsupported_rejected"], r["confusion"])
