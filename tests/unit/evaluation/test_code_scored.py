"""Code-scored eval datasets (realworld, ucdp_headlines): dataset names, the final-split filter, report and compare."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assistant.errors import EvalDataError
from assistant.evaluation.cases import DATASET_CHOICES, datasets_for, load_cases
from assistant.evaluation.code_scored import CODE_SCORED, code_scored_for, dev_only
from assistant.evaluation.compare import compare
from assistant.evaluation.report import render_markdown
from assistant.evaluation.runner import run_eval
from assistant.settings import REPO_ROOT, Settings

from conftest import DATA


def test_names_and_all() -> None:
    """All are --dataset choices; 'all' runs them after the question datasets; a name is never both kinds."""
    assert {"realworld", "realworld2", "questions3", "ucdp_headlines"} <= set(DATASET_CHOICES)
    assert DATASET_CHOICES[-1] == "all"
    assert datasets_for("realworld") == [] and [c.name for c in code_scored_for("realworld")] == ["realworld"]
    assert [c.name for c in code_scored_for("all")] == [
        "realworld",
        "realworld2",
        "realworld3",
        "realworld4",
        "realworld5",
        "realworld6",
        "realworld7",
        "realworld8",
        "realworld9",
        "realworld10",
        "realworld11",
        "realworld12",
        "realworld13",
        "realworld14",
        "realworld15",
        "realworld16",
        "realworld17",
        "realworld18",
        "realworld19",
        "realworld20",
        "realworld21",
        "realworld22",
        "realworld23",
        "realworld24",
        "questions3",
        "questions4",
        "questions5",
        "ucdp_headlines",
    ]
    assert code_scored_for("seeds") == [] and [d.name for d in datasets_for("all")] == ["seeds", "incidents", "ucdp"]
    assert CODE_SCORED["realworld"].has_final and CODE_SCORED["realworld2"].has_final
    assert not CODE_SCORED["ucdp_headlines"].has_final


def test_dev_only_drops_everything_of_the_final_split() -> None:
    """Split dicts keep 'dev' only, '*_final' keys go, and misses of the final split are left out."""
    scores = {
        "record": {"dev": 0.9, "final": 0.5, "all": 0.7, "n": 10},
        "listing": {"precision_dev": 0.8, "precision_final": 0.4, "recall_dev": 0.7, "recall_final": 0.3},
        "question_misses": [{"id": "q1", "split": "dev"}, {"id": "q2", "split": "final"}],
        "rejected": {},
    }
    assert dev_only(scores) == {
        "record": {"dev": 0.9},
        "listing": {"precision_dev": 0.8, "recall_dev": 0.7},
        "question_misses": [{"id": "q1", "split": "dev"}],
        "rejected": {},
    }


def test_cases_file_with_a_code_scored_dataset_is_refused(tmp_path: Path, settings: Settings) -> None:
    """--cases needs a question dataset: realworld has no documents to ask against."""
    with pytest.raises(EvalDataError, match="--cases needs one question dataset"):
        run_eval("realworld", settings, tmp_path / "run", cases_file=DATA / "evals" / "mini.jsonl")


def _results(figure: float) -> dict[str, Any]:
    run = {
        "started": "2026-12-02T00:00:00",
        "dataset": "realworld",
        "preset": "default",
        "git": "abc",
        "wall_s": 3.0,
        "llm": "none",
        "llm_backend": "none",
        "max_tokens": 384,
        "embedder": "minilm",
        "extractor": "rules",
        "top_k": 4,
        "machine": "test",
        "python": "3.11",
        "final": False,
    }
    entry = {
        "code_scored": True,
        "what": "held-out reports",
        "splits": ["dev"],
        "figures": {"record_dev": figure},
        "scores": {},
        "table": "| measure | dev |\n|---|---|\n| record | 0.90 |",
        "wall_s": 3.0,
    }
    return {"run": run, "datasets": {"realworld": entry}}


def test_report_and_compare_show_code_scored_figures() -> None:
    """report.md gets the dataset's own table under its heading; compare lists the figures with their change."""
    text = render_markdown(_results(0.9))
    assert "## Dataset `realworld` (scored by code, dev split)" in text
    assert "| record | 0.90 |" in text and "held-out final split" not in text
    diff = compare(_results(0.9), _results(0.95))
    assert "| record_dev | 0.90 | 0.95 | +0.05 |" in diff


def test_trust_questions_hold_their_final_third_back() -> None:
    """`--dataset trust` asks the dev questions only; --final adds the held-out third, and every case loads."""
    assert [d.name for d in datasets_for("trust")] == ["trust"]
    both = datasets_for("trust", final=True)
    assert [d.name for d in both] == ["trust", "trust-final"]
    dev, final = (load_cases(d.cases) for d in both if d.cases)
    assert len(dev) + len(final) == 63 and not {c.id for c in dev} & {c.id for c in final}
    seeds = {p.name for p in (REPO_ROOT / "seeds").iterdir()}
    assert all(set(c.sources) <= seeds for c in dev + final)
    assert sum(c.kind == "unanswerable" for c in dev + final) == 10


def test_comparison_questions_hold_their_final_third_back() -> None:
    """`--dataset compare` asks the dev comparisons only; --final adds the held-out third."""
    assert [d.name for d in datasets_for("compare")] == ["compare"]
    dev, final = (load_cases(d.cases) for d in datasets_for("compare", final=True) if d.cases)
    assert len(dev) + len(final) == 45
    assert all(c.rival for c in dev + final if c.kind == "comparison" and c.note and "/pair/" in c.note)
