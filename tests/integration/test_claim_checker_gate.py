"""CI gate for the claim checker on the blind (claim, quote) sets: supported claims kept and unsupported claims
rejected (`python -m assistant.evaluation.claims [trust2|trust3] --final`).

`trust` (over the seeds) is in-sample on both splits. `trust2` (over realworld4-7 reports) was written blind on
2026-12-04; its dev split is in-sample after the work on it, and its final split is gated as scored at the end
of the work (evals/heldout/trust2/FIRST_RUN.md, evals/heldout/trust3/PROGRESS.md). `trust3` (over realworld12-15
reports, written blind on 2026-12-06): dev in-sample, final scored once (evals/heldout/trust3/PROGRESS.md).
Minimums sit ~0.02 under each figure: they guard against a checker that starts keeping what it rejected, or
rejecting what it kept.
"""

from __future__ import annotations

import pytest

from assistant.evaluation.claims import HELDOUT, SEEDS, TRUST, TRUST2, TRUST3, report

# (set, split) -> (supported kept, unsupported rejected) minimums; the figure at the last change in the comment
MINIMUMS = {
    ("trust", "dev"): (0.93, 0.95),  # 0.95 / 0.97
    ("trust", "final"): (0.73, 0.81),  # 0.75 / 0.83
    ("trust2", "dev"): (0.70, 0.84),  # 0.72 / 0.86
    ("trust2", "final"): (0.42, 0.82),  # 0.44 / 0.84
    ("trust3", "dev"): (0.68, 0.88),  # 0.70 / 0.90
    ("trust3", "final"): (0.68, 0.82),  # 0.70 / 0.84, scored once (evals/heldout/trust3/PROGRESS.md)
}
_SETS = {"trust": (TRUST, SEEDS), "trust2": (TRUST2, HELDOUT), "trust3": (TRUST3, HELDOUT)}


@pytest.mark.parametrize(("key", "minimum"), sorted(MINIMUMS.items()))
def test_claim_checker_keeps_and_rejects(key: tuple[str, str], minimum: tuple[float, float]) -> None:
    """No fewer supported claims kept, and no fewer unsupported claims rejected, than at the last change."""
    name, split = key
    folder, docs = _SETS[name]
    r = report(folder=folder, seeds=docs, splits=(split,))
    assert r["supported_kept"] >= minimum[0], (key, r["supported_kept"], r["confusion"])
    assert r["unsupported_rejected"] >= minimum[1], (key, r["unsupported_rejected"], r["confusion"])
