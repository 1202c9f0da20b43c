"""The eval runner on a small fixture dataset: fake LLM and hash embedder, so every figure is reproducible."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from assistant.cli import main
from assistant.errors import EvalDataError
from assistant.evaluation.cases import DATASETS, load_cases
from assistant.evaluation.compare import compare
from assistant.evaluation.judge import judge_llm
from assistant.evaluation.report import write_report
from assistant.evaluation.runner import run_eval
from assistant.models.fakes import FakeLLM
from assistant.models.openai_compat import OpenAICompatLLM
from assistant.settings import Settings

from conftest import DATA

MINI = DATA / "evals" / "mini.jsonl"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def mini_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The fixture cases asked against the seed articles once (fake LLM, hash embedder): (run folder, results)."""
    from assistant.settings import load_settings

    out = tmp_path_factory.mktemp("run")
    settings = load_settings(
        "default",
        data_dir=out / "unused",
        embed={"backend": "hash"},
        llm={"backend": "fake"},
        retrieve={"min_similarity": 0.05},
    )
    return out, run_eval("seeds", settings, out, cases_file=MINI)


def _cases(results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["id"]: c for c in results["datasets"]["seeds"]["cases"]}


# ------------------------------------------------------------------ loading cases


def test_fixture_and_shipped_case_files_load() -> None:
    """The fixture and every shipped dataset parse into cases with unique ids."""
    assert [c.id for c in load_cases(MINI)][:2] == ["mini-number", "mini-place"]
    for d in DATASETS.values():
        if d.cases is not None and d.cases.exists():
            cases = load_cases(d.cases)
            assert len({c.id for c in cases}) == len(cases)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "kind": "rumour", "question": "q", "answers": [], "match": "none", "sources": []}', "kind"),
        (
            '{"id": "x", "kind": "number", "question": "q", "answers": [], "match": "number", "sources": []}',
            "gold answer",
        ),
        (
            '{"id": "x", "kind": "briefing", "question": "q", "answers": [], "match": "none", "sources": []}',
            "needs filters",
        ),
        (
            '{"id": "x", "kind": "number", "question": "q", "answers": ["1"], "match": "number", "sources": [], '
            '"extra": 1}',
            "extra",
        ),
        ("{not json", "line 2"),
    ],
)
def test_bad_case_is_reported_with_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    """A malformed case fails the load with the file, the line and what is wrong."""
    good = MINI.read_text(encoding="utf-8").splitlines()[0]
    path = tmp_path / "cases.jsonl"
    path.write_text(good + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(EvalDataError) as err:
        load_cases(path)
    assert f"{path} line 2" in err.value.message and message.lower() in err.value.message.lower()


def test_repeated_id_is_an_error(tmp_path: Path) -> None:
    """Two cases with one id would make comparisons between runs ambiguous."""
    good = MINI.read_text(encoding="utf-8").splitlines()[0]
    path = tmp_path / "cases.jsonl"
    path.write_text(f"{good}\n\n{good}\n", encoding="utf-8")
    with pytest.raises(EvalDataError, match="already used on line 1"):
        load_cases(path)


# ------------------------------------------------------------------ one run, scored


def test_run_scores_each_route(mini_run: tuple[Path, dict[str, Any]]) -> None:
    """Counting, listing and briefing cases come from incident records; open questions from the model; all scored."""
    _, results = mini_run
    cases = _cases(results)
    assert cases["mini-number"]["route"] == "incidents" and cases["mini-number"]["correct"] is True
    assert cases["mini-number"]["answer"].startswith("31 people were wounded and 6 killed in the ambush")
    # The fake model quotes the headline ("... wounds 31"), which does not say where the wounded were taken.
    assert cases["mini-place"]["route"] == "passages" and cases["mini-place"]["correct"] is False
    assert cases["mini-claim"]["correct"] is True
    assert cases["mini-unanswerable"]["abstained"] and cases["mini-unanswerable"]["correct"] is True
    for cid in ("mini-listing", "mini-count", "mini-briefing"):
        assert cases[cid]["listing"] == {
            "lines": 2,
            "correct_lines": 2,
            "gold": 2,
            "found": 2,
            "precision": 1.0,
            "recall": 1.0,
            "exact": True,
        }, cid
    assert cases["mini-briefing"]["route"] == "briefing" and cases["mini-briefing"]["answer"].startswith("# Briefing")


def test_citations_are_checked_against_the_stored_text(mini_run: tuple[Path, dict[str, Any]]) -> None:
    """Every citation is verbatim; one of the Makhmour record's three quotes carries none of its figures."""
    _, results = mini_run
    number = _cases(results)["mini-number"]
    (sentence,) = number["sentences"]
    assert sentence["supported"] and set(sentence["facts"]) >= {"31 others were injured"}
    assert [c["verbatim"] for c in sentence["citations"]] == [True, True, True]
    assert [c["precise"] for c in sentence["citations"]].count(False) == 1
    assert number["citation_precision"] == pytest.approx(2 / 3)
    text = (DATA.parent.parent / "seeds" / "000_b6ac3712ce3964f2.txt").read_text(encoding="utf-8")
    assert all(" ".join(c["quote"].split()) in " ".join(text.split()) for c in sentence["citations"])


def test_retrieval_latency_and_tokens(mini_run: tuple[Path, dict[str, Any]]) -> None:
    """Retrieval is scored where sources are given; model cases report tokens, record answers none."""
    _, results = mini_run
    cases = _cases(results)
    assert cases["mini-number"]["retrieval"]["recall@3"] == 1.0
    assert cases["mini-unanswerable"]["retrieval"] is None
    assert cases["mini-place"]["llm_calls"] == 1 and cases["mini-place"]["prompt_tokens"] > 100
    assert cases["mini-number"]["llm_calls"] == 0 and cases["mini-number"]["completion_tokens"] == 0
    assert all(c["total_s"] is not None and c["total_s"] >= (c["ttft_s"] or 0) for c in cases.values())


def test_summary_figures(mini_run: tuple[Path, dict[str, Any]]) -> None:
    """Overall and per-kind scores add up from the cases; abstention counts the one unanswerable case."""
    out, results = mini_run
    m = results["datasets"]["seeds"]["metrics"]
    assert m["all"]["cases"] == 7 and m["all"]["accuracy"] == pytest.approx(6 / 7)
    assert m["by_kind"]["place"]["accuracy"] == 0.0 and m["by_kind"]["listing"]["accuracy"] == 1.0
    assert m["abstention"]["precision"] == 1.0 and m["abstention"]["recall"] == 1.0
    assert m["all"]["listing_precision"] == 1.0 and m["all"]["listing_recall"] == 1.0
    assert results["run"]["llm"] == "fake" and results["run"]["cases_file"] == str(MINI)
    assert json.loads((out / "results.json").read_text(encoding="utf-8")) == results
    assert not (out / "store").exists(), "the eval store is removed after the run"


def test_no_llm_run_skips_model_cases(tmp_path: Path, settings: Settings) -> None:
    """--no-llm answers from incident records only; open questions are skipped, not scored as wrong."""
    results = run_eval("seeds", settings, tmp_path / "run", cases_file=MINI, use_llm=False)
    cases = _cases(results)
    assert cases["mini-place"]["skipped"] and cases["mini-place"]["correct"] is None
    assert cases["mini-place"]["retrieval"] is not None  # retrieval needs no model
    assert cases["mini-number"]["skipped"] is None and cases["mini-number"]["correct"] is True
    brief = cases["mini-briefing"]
    assert brief["skipped"] is None and brief["llm_calls"] == 0 and "record-based" in brief["answer"]
    # who was blamed for one named event is its record's, by code ('the ambush on the PMU brigade east of Tikrit')
    assert cases["mini-claim"]["skipped"] is None and cases["mini-claim"]["correct"] is True
    assert results["datasets"]["seeds"]["metrics"]["all"]["skipped"] == 1
    assert results["run"]["use_llm"] is False


def test_extraction_dataset_uses_the_gold_file(tmp_path: Path, settings: Settings) -> None:
    """The incidents dataset scores the stored incident records against evals/incidents_gold.jsonl per field."""
    results = run_eval("incidents", settings, tmp_path / "run", llm=FakeLLM())
    e = results["datasets"]["incidents"]["extraction"]
    assert e["gold"] == 11 and e["matched"] >= 10
    assert set(e["fields"]) >= {"event_date", "place", "killed", "wounded"}
    assert 0.9 <= e["micro"]["f1"] <= 1.0


def test_cases_file_needs_one_question_dataset(tmp_path: Path, settings: Settings) -> None:
    """--cases with --dataset all is refused before anything is ingested."""
    with pytest.raises(EvalDataError, match="--cases needs one question dataset"):
        run_eval("all", settings, tmp_path / "run", cases_file=MINI)
    assert not (tmp_path / "run").exists()


# ------------------------------------------------------------------ report, charts, compare


def test_report_and_charts(mini_run: tuple[Path, dict[str, Any]]) -> None:
    """report.md has a table per metric and kind, the worst cases with answer and citations, and PNG charts."""
    out, results = mini_run
    report = write_report(results, out).read_text(encoding="utf-8")
    for heading in (
        "### Answers",
        "### Citations (ALCE-style, by code)",
        "### Retrieval (required source articles)",
        "### Listing (incidents listed vs gold)",
        "### Latency and tokens",
        "### Worst cases",
    ):
        assert heading in report
    assert "| place | 1 | 1 | 0.00 |" in report
    assert "#### mini-place (place, wrong)" in report and "**Gold:** Qayyarah, Qayyara" in report
    assert "Abstention: precision **1.00**, recall **1.00**" in report
    for png in ("seeds_scores_by_kind.png", "seeds_latency.png"):
        assert f"![{png}]({png})" in report
        assert (out / png).read_bytes()[:8] == PNG_MAGIC


def test_compare_shows_differences(mini_run: tuple[Path, dict[str, Any]]) -> None:
    """Comparing a run with a changed copy shows the metric deltas and the case whose verdict flipped."""
    _, a = mini_run
    b = json.loads(json.dumps(a))
    d = b["datasets"]["seeds"]
    d["metrics"]["all"]["accuracy"] = 5 / 7
    flipped = next(c for c in d["cases"] if c["id"] == "mini-claim")
    flipped["correct"], flipped["answer"] = False, "The articles do not say."
    text = compare(a, b, "run-a", "run-b")
    assert "| accuracy | 0.86 | 0.71 | \u22120.14 |" in text
    assert "0 case(s) wrong in A and correct in B, 1 correct in A and wrong in B." in text
    assert "`mini-claim` (claim)" in text and "B: The articles do not say." in text


def test_cli_reports_bad_dataset_file(tmp_path: Path) -> None:
    """A broken cases file is an error message naming it, exit 1, no traceback."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{}\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", "--dataset", "seeds", "--cases", str(bad), "--out", str(tmp_path / "r")])
    assert res.exit_code == 1 and f"{bad} line 1" in res.output and "Traceback" not in res.output


# ------------------------------------------------------------------ token counts reported by the backends


def test_fake_llm_counts_usage() -> None:
    """The fake model counts calls and words, so eval reports of fake runs have token figures."""
    llm = FakeLLM(replies=["one two three"])
    "".join(llm.stream([{"role": "user", "content": "a b"}]))
    assert (llm.usage.calls, llm.usage.prompt_tokens, llm.usage.completion_tokens) == (1, 2, 3)


def _sse_server(reply: Any) -> tuple[ThreadingHTTPServer, str, list[dict[str, Any]]]:
    """A chat-completions server on 127.0.0.1 streaming reply(body) (a list of SSE chunks); (server, url, bodies)."""
    bodies: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            bodies.append(body)
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for c in reply(body):
                self.wfile.write(f"data: {json.dumps(c)}\n\n".encode())
            self.wfile.write(b"data: [DONE]\n\n")

        def log_message(self, format: str, *args: Any) -> None:
            pass

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{port}/v1", bodies


def _content(*pieces: str) -> list[dict[str, Any]]:
    return [{"choices": [{"index": 0, "delta": {"content": p}}]} for p in pieces]


@pytest.mark.parametrize("send_usage", [True, False])
def test_server_usage_is_read_from_the_stream(send_usage: bool) -> None:
    """An OpenAI-compatible server's usage chunk is recorded; without one, streamed pieces are counted."""
    usage = [{"choices": [], "usage": {"prompt_tokens": 17, "completion_tokens": 3, "total_tokens": 20}}]
    server, url, bodies = _sse_server(lambda body: _content("Hel", "lo", "!") + (usage if send_usage else []))
    try:
        llm = OpenAICompatLLM(url, "m")
        assert "".join(llm.stream([{"role": "user", "content": "hi"}])) == "Hello!"
    finally:
        server.shutdown()
    assert bodies[0]["stream_options"] == {"include_usage": True}
    expected = (17, 3) if send_usage else (0, 3)
    assert (llm.usage.prompt_tokens, llm.usage.completion_tokens, llm.usage.calls) == (*expected, 1)


def test_judge_runs_only_through_the_server(tmp_path: Path, settings: Settings) -> None:
    """--judge asks the server about answered gold cases only; its verdict sits beside the code's, not instead of it."""

    def verdict(body: dict[str, Any]) -> list[dict[str, Any]]:
        user = body["messages"][-1]["content"]
        return _content(json.dumps({"correct": "Qayyarah" not in user}))  # the judge disagrees on one case only

    server, url, bodies = _sse_server(verdict)
    try:
        judged = settings.model_copy(update={"llm": settings.llm.model_copy(update={"base_url": url})})
        results = run_eval("seeds", judged, tmp_path / "run", cases_file=MINI, judge=judge_llm(judged))
    finally:
        server.shutdown()
    cases = _cases(results)
    # mini-number, mini-place, mini-claim and mini-count have gold answers and were answered; the rest are not judged.
    assert len(bodies) == 4 and all(
        b["response_format"]["json_schema"]["schema"]["required"] == ["correct"] for b in bodies
    )
    assert cases["mini-number"]["judge_correct"] is True and cases["mini-listing"]["judge_correct"] is None
    assert cases["mini-place"]["judge_correct"] is False and cases["mini-place"]["correct"] is False
    m = results["datasets"]["seeds"]["metrics"]["all"]
    assert m["judged"] == 4 and m["judge_accuracy"] == 0.75 and m["accuracy"] == pytest.approx(6 / 7)
    report = write_report(results, tmp_path / "run").read_text(encoding="utf-8")
    assert "judge accuracy" in report
