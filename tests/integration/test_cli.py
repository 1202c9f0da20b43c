"""The CLI as a user runs it, on corpora on disk: ingest summary and errors, ask, --json, data dirs, eval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.evaluation.runner import load_results
from assistant.models.prompts import ABSTAIN

from conftest import DATA


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Invoke the CLI with fake models and a temp corpus."""
    monkeypatch.setenv("DESK_EMBED__BACKEND", "hash")
    monkeypatch.setenv("DESK_LLM__BACKEND", "fake")
    monkeypatch.setenv("DESK_RETRIEVE__MIN_SIMILARITY", "0.05")
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, list(args), catch_exceptions=False)

    return invoke


def test_ingest_reports_counts_and_rejections(run, seeds: Path) -> None:
    """ingest prints per-file rejections with reasons and a summary; exit 1 when something was rejected."""
    (seeds / "empty.txt").write_text("")
    res = run("ingest", str(seeds))
    assert res.exit_code == 1
    assert "empty.txt: empty file" in res.output
    assert "6 item(s)" in res.output and "5 added" in res.output and "1 rejected" in res.output
    (seeds / "empty.txt").unlink()
    res = run("ingest", str(seeds))
    assert res.exit_code == 0 and "5 duplicate" in res.output and "Corpus: 5 articles" in res.output


def test_ask_prints_answer_and_numbered_quotes(run, seeds: Path) -> None:
    """ask prints the answer with [n] markers, then each quote with title, outlet and date."""
    run("ingest", str(seeds))
    res = run("ask", "What was the toll of the ambush on the PMU east of Tikrit?")
    assert res.exit_code == 0
    lines = res.output.splitlines()
    assert "[1]" in lines[0]
    assert any(line.startswith("[1] \u201c") for line in lines)
    assert any("(AFP, 2021-01-24)" in line for line in lines)


def test_ask_json_is_structured_answer(run, seeds: Path) -> None:
    """--json prints the Answer with claims, citations and offsets."""
    run("ingest", str(seeds))
    data = json.loads(run("ask", "--json", "How many PMU fighters were killed east of Tikrit?").output)
    assert set(data) >= {"text", "claims", "abstained", "filters_used", "sources"}
    cite = data["claims"][0]["citations"][0]
    assert {"doc_id", "chunk_id", "quote", "start", "end"} <= set(cite)


def test_ask_off_topic_abstains(run, seeds: Path) -> None:
    """A question the articles cannot answer gets the abstain sentence."""
    run("ingest", str(seeds))
    assert run("ask", "Which football team won the cup?").output.strip() == ABSTAIN


def test_data_dirs_are_separate_corpora(run, seeds: Path, tmp_path: Path) -> None:
    """--data-dir selects a corpus: one never finds another's articles; a dir with no corpus is said to have none."""
    a, b, none = tmp_path / "a", tmp_path / "b", tmp_path / "none"
    run("ingest", "--data-dir", str(a), str(seeds / "002_a9d188d1784c2b7a.txt"))
    run("ingest", "--data-dir", str(b), str(seeds / "000_b6ac3712ce3964f2.txt"))
    assert "1. At least 11 fighters" in run("search", "--data-dir", str(a), "PMU fighters Tikrit").output
    assert "At least 11 fighters" not in run("search", "--data-dir", str(b), "PMU fighters Tikrit").output
    res = run("search", "--data-dir", str(none), "PMU fighters Tikrit")
    assert res.exit_code == 1 and f"no corpus in {none}" in res.output and not none.exists()


def test_bad_date_and_errors_are_messages(run, seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Invalid options and backend failures end with a message and exit code, not a traceback."""
    res = run("ask", "--from", "2022-13-01", "q")
    assert res.exit_code == 2 and "Invalid value" in res.output
    res = run("ask", "--from", "2022-05-01", "--to", "2022-01-01", "q")
    assert res.exit_code == 2 and "--from 2022-05-01 is after --to 2022-01-01" in res.output
    run("ingest", str(seeds))
    monkeypatch.setenv("DESK_LLM__BACKEND", "openai")
    monkeypatch.setenv("DESK_LLM__BASE_URL", "http://127.0.0.1:9/v1")
    res = run("ask", "What was the toll of the ambush on the PMU east of Tikrit?")
    assert res.exit_code == 1
    assert "error: cannot reach the LLM server" in res.output


def test_serve_refuses_public_bind_without_auth(run, monkeypatch: pytest.MonkeyPatch) -> None:
    """Binding beyond loopback without credentials exits non-zero with the fix."""
    monkeypatch.delenv("DESK_UI_USER", raising=False)
    res = run("serve", "--host", "0.0.0.0", "--port", "7999")
    assert res.exit_code == 1 and "DESK_UI_PASSWORD" in res.output


def test_cli_eval_then_compare(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`assistant eval` writes the run folder and prints the scores; `--compare` prints the differences."""
    monkeypatch.setenv("DESK_EMBED__BACKEND", "hash")
    monkeypatch.setenv("DESK_LLM__BACKEND", "fake")
    monkeypatch.setenv("DESK_RETRIEVE__MIN_SIMILARITY", "0.05")
    runner = CliRunner()
    run = tmp_path / "run"
    res = runner.invoke(
        main,
        [
            "eval",
            "--dataset",
            "seeds",
            "--cases",
            str(DATA / "evals" / "mini.jsonl"),
            "--limit",
            "3",
            "--out",
            str(run),
        ],
    )
    assert res.exit_code == 0, res.output
    assert "seeds: 3 cases, accuracy 0.67" in res.output and "report:" in res.output
    assert {"results.json", "report.md", "seeds_scores_by_kind.png", "seeds_latency.png"} <= {
        p.name for p in run.iterdir()
    }
    assert load_results(run)["run"]["limit"] == 3
    res = runner.invoke(
        main, ["eval", "--compare", str(run), str(run / "results.json"), "--out", str(tmp_path / "c.md")]
    )
    assert res.exit_code == 0, res.output
    assert "| accuracy | 0.67 | 0.67 | 0 |" in res.output and (tmp_path / "c.md").is_file()


def test_cli_eval_realworld_prints_dev_table(tmp_path: Path) -> None:
    """`assistant eval --dataset realworld` scores by code (no model): it prints the dev table and writes the run."""
    run = tmp_path / "run"
    res = CliRunner().invoke(main, ["eval", "--dataset", "realworld", "--out", str(run)])
    assert res.exit_code == 0, res.output
    assert "realworld (scored by code, dev split):" in res.output
    assert "| measure | dev |" in res.output and "| listing recall |" in res.output
    assert "final" not in res.output
    results = load_results(run)
    assert results["run"]["final"] is False and results["run"]["llm"] == "none"
    assert results["datasets"]["realworld"]["splits"] == ["dev"]
    assert "| measure | dev |" in (run / "report.md").read_text(encoding="utf-8")
