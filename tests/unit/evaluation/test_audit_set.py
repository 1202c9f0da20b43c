"""The audit trail's readers on the blind sentence set hold their measured level (evals/heldout/audit/FIRST_RUN.md)."""

from __future__ import annotations

import json

import pytest

from assistant.evaluation.audit_set import SET, score

# dev: in-sample after tuning; final: scored once at the end (2026-12-02), kept here as the floor.
FLOORS = {
    "dev": {"overlap_recall": 0.95, "overlap_precision": 0.95, "responsibility": 0.95},
    "final": {"overlap_recall": 0.84, "overlap_precision": 0.97, "responsibility": 0.90},
}


@pytest.mark.parametrize("split", ["dev", "final"])
def test_audit_readers_hold_their_level(split: str) -> None:
    """Who gave the figures and who is responsible are read as well as when they were measured."""
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    result = score([r for r in rows if r["split"] == split])
    floor = FLOORS[split]
    assert result["attribution"]["overlap_recall"] >= floor["overlap_recall"], result
    assert result["attribution"]["overlap_precision"] >= floor["overlap_precision"], result
    assert result["responsibility_accuracy"] >= floor["responsibility"], result
