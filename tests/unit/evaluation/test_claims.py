"""The claim-checker scorer counts kept and rejected pairs by label."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.evaluation.claims import report

from conftest import SEEDS

QUOTE = (
    "Six militia members were killed while 31 others were injured, all of whom were \u201cunarmed,\u201d according to "
    "the official statement, one of the deadliest such attacks in recent months."
)


def test_scorer_counts_a_kept_true_claim_and_a_rejected_wrong_figure(tmp_path: Path) -> None:
    """A restated toll is kept; a toll the quote does not give is rejected; both are counted per label."""
    pairs = [
        {"claim": "Six militia members were killed.", "label": "supported", "category": "verbatim_fact"},
        {"claim": "Nine militia members were killed.", "label": "unsupported", "category": "wrong_number"},
    ]
    lines = [
        json.dumps({"id": f"t{i}", "quote": QUOTE, "doc": "000_b6ac3712ce3964f2.txt", "split": "dev", **p})
        for i, p in enumerate(pairs)
    ]
    (tmp_path / "claims.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = report(folder=tmp_path, seeds=SEEDS)
    assert (r["supported_kept"], r["unsupported_rejected"]) == (1.0, 1.0)
    assert r["confusion"] == {"supported/kept": 1, "unsupported/rejected": 1}
