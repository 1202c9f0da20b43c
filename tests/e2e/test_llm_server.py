"""The Desk answering through a real OpenAI-compatible server: llama-cpp-python's own (`python -m llama_cpp.server`)
serving the packaged `fast` GGUF, reached by settings alone (DESK_LLM__BACKEND=openai, BASE_URL, SERVER_MODEL,
RESPONSE_FORMAT), against an embedded store of the seeds with the real embedder. The same GGUF then answers the same
seed cases in process, and the two runs are held to the same verified-citation guarantees and the same quality range.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from assistant.desk import Desk
from assistant.evaluation.cases import datasets_for
from assistant.evaluation.runner import run_eval
from assistant.models.weights import MODELS, assemble
from assistant.schemas import Answer
from assistant.settings import load_settings

from conftest import free_port

SERVED_AS = "desk-fast"  # the model name the server answers to (--model_alias), sent as DESK_LLM__SERVER_MODEL
EVERY = 5  # every fifth seed case (20 of 98, every kind): a few minutes per model on two cores
START_TIMEOUT_S = 180.0
# Slack between the served and the in-process run of the same GGUF at temperature 0: their samplers differ in
# defaults (the server's request model has its own repeat penalty), so answers may differ in a case or two.
CASES_SLACK = 2
RATE_SLACK = 0.10


def _server_env() -> dict[str, str]:
    # Unbuffered: the access log is read by the test while the server runs.
    return {**os.environ, "PYTHONUNBUFFERED": "1"}


@pytest.fixture(scope="module")
def llm_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """(base URL, log file) of llama-cpp-python's server on 127.0.0.1 with the `fast` GGUF, as the app would load it."""
    cfg = load_settings("fast")
    gguf = assemble(MODELS[cfg.llm.model], cfg.cache_dir)  # the file `assistant models` joins and verifies
    port = free_port()
    log_path = tmp_path_factory.mktemp("llm-server") / "server.log"
    # The context, threads, GPU layers and seed the in-process adapter (models/llama_cpp.py) loads the model with.
    command = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(gguf),
        "--model_alias",
        SERVED_AS,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        str(cfg.llm.n_ctx),
        "--n_threads",
        str(cfg.llm.threads),
        "--n_threads_batch",
        str(cfg.llm.threads),
        "--n_gpu_layers",
        str(cfg.llm.gpu_layers),
        "--seed",
        str(cfg.llm.seed),
        "--verbose",
        "False",
    ]
    with log_path.open("wb") as log:
        proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=_server_env())
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        _wait_for_models(proc, base_url, log_path)
        yield base_url, log_path
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


def _wait_for_models(proc: subprocess.Popen[bytes], base_url: str, log_path: Path) -> None:
    """Until /v1/models lists SERVED_AS; fails with the server's log when it exits or never answers."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"llama_cpp.server exited with code {proc.returncode}:\n{_tail(log_path)}")
        try:
            reply = httpx.get(f"{base_url}/models", timeout=2.0)
            if reply.status_code == 200 and SERVED_AS in [m["id"] for m in reply.json()["data"]]:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    pytest.fail(
        f"llama_cpp.server did not list {SERVED_AS} at {base_url}/models in {START_TIMEOUT_S:.0f} s:\n{_tail(log_path)}"
    )


def _tail(path: Path) -> str:
    return path.read_text(errors="replace")[-3000:]


def _every_fifth_case(dst: Path) -> int:
    """Every EVERY-th line of the seeds case file (from the first) written to dst; returns how many."""
    [seeds] = datasets_for("seeds")
    assert seeds.cases is not None
    lines = [line for line in seeds.cases.read_text(encoding="utf-8").splitlines() if line.strip()][::EVERY]
    dst.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def _figures(results: dict[str, Any]) -> dict[str, Any]:
    """What a run shows a user, counted from the eval's per-case scores (evaluation.case / summary)."""
    seeds = results["datasets"]["seeds"]
    cases = seeds["cases"]
    sentences = [s for c in cases for s in c["sentences"]]
    by_model = [c for c in cases if c["route"] == "passages" and c["llm_calls"] > 0]
    times = sorted(c["total_s"] for c in by_model if c["total_s"] is not None)
    return {
        "questions": len(cases),
        "answered": sum(not c["abstained"] and c["error"] is None and c["skipped"] is None for c in cases),
        "by_model": len(by_model),
        "llm_calls": sum(c["llm_calls"] for c in cases),
        "claims": len(sentences),
        # A shown claim is verified when it cites at least one quote and every quote is the article's text verbatim.
        "claims_verified": sum(bool(s["citations"]) and all(c["verbatim"] for c in s["citations"]) for s in sentences),
        "unsupported_shown": seeds["metrics"]["all"]["unsupported_shown"],
        "s_per_model_answer_mean": round(sum(times) / len(times), 2) if times else None,
        "s_per_model_answer_p50": times[len(times) // 2] if times else None,
        "metrics": {
            k: seeds["metrics"]["all"][k]
            for k in ("accuracy", "scored", "errors", "citation_recall", "citation_precision", "verbatim")
        },
        "abstention": seeds["metrics"]["abstention"],
        "answers": {c["id"]: c["answer"] for c in cases},
    }


_SERVER_VARS = (
    "DESK_PRESET",
    "DESK_LLM__BACKEND",
    "DESK_LLM__BASE_URL",
    "DESK_LLM__SERVER_MODEL",
    "DESK_LLM__RESPONSE_FORMAT",
)


def test_seed_questions_through_llama_cpp_server_keep_the_local_guarantees(
    llm_server: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every fifth seed case through the server: all shown claims quote their article verbatim, answers stream, and
    accuracy, citations and abstention stay within a couple of cases of the same GGUF answering in process."""
    base_url, log_path = llm_server
    cases_file = tmp_path / "cases.jsonl"
    n = _every_fifth_case(cases_file)

    # The server run: settings from the environment alone, as a deployment sets them.
    for var, value in zip(_SERVER_VARS, ("fast", "openai", base_url, SERVED_AS, "json_object")):
        monkeypatch.setenv(var, value)
    served_settings = load_settings(data_dir=tmp_path / "unused-served")
    assert served_settings.llm.backend == "openai" and served_settings.store.mode == "local"
    served = run_eval(
        "seeds", served_settings, tmp_path / "served", cases_file=cases_file, narrate=False, keep_store=True
    )
    assert served["run"]["llm"] == f"{SERVED_AS} @ {base_url}", served["run"]

    # Streaming: a question the model answered above, asked again through the same server; drafts arrive first.
    s = _figures(served)
    cases = served["datasets"]["seeds"]["cases"]
    streamed_q = next(c["question"] for c in cases if c["route"] == "passages" and c["llm_calls"] and c["sentences"])
    desk = Desk(load_settings(data_dir=tmp_path / "served" / "store" / "seeds"))
    started, first_draft, drafts, final = time.perf_counter(), None, [], None
    for event in desk.ask_stream(streamed_q):
        if isinstance(event, Answer):
            final = event
        elif event:
            first_draft = first_draft or time.perf_counter() - started
            drafts.append(event)
    total = time.perf_counter() - started

    posts = [line for line in log_path.read_text(errors="replace").splitlines() if "POST /v1/chat/completions" in line]

    # The same GGUF in process, on the same cases.
    for var in _SERVER_VARS:
        monkeypatch.delenv(var)
    local = run_eval(
        "seeds",
        load_settings("fast", data_dir=tmp_path / "unused-local"),
        tmp_path / "local",
        cases_file=cases_file,
        narrate=False,
    )
    assert local["run"]["llm_backend"] == "llamacpp"
    loc = _figures(local)

    same = sum(s["answers"][k] == loc["answers"][k] for k in s["answers"])
    report = {name: {k: v for k, v in f.items() if k != "answers"} for name, f in (("server", s), ("in-process", loc))}
    print(f"\n{n} seed cases (every {EVERY}th), fast GGUF; identical answers: {same} of {n}")
    print(json.dumps(report, indent=1))
    print(f"streamed: {len(drafts)} drafts, first after {first_draft:.2f} s, answer after {total:.2f} s")
    print(f"server log: {len(posts)} chat requests, {sum(' 200 ' in p for p in posts)} with HTTP 200")

    # Every model call of the served run went to the server, and the server answered all of them.
    assert s["llm_calls"] > 0 and len(posts) >= s["llm_calls"], (s["llm_calls"], posts[-3:])
    assert all(" 200 " in p for p in posts), [p for p in posts if " 200 " not in p]
    # The verified-citation guarantee, through the server as in process: every shown claim quotes its article.
    assert s["claims"] > 0 and s["claims_verified"] == s["claims"], s
    assert s["metrics"]["verbatim"] == 1.0
    assert loc["claims_verified"] == loc["claims"]
    # Streaming: several growing drafts before the checked answer, the first well before it.
    assert final is not None and not final.abstained, final
    assert len(set(drafts)) >= 3 and first_draft is not None and first_draft < total, (drafts, first_draft, total)
    for c in final.sources:
        article = desk.store.article(c.doc_id)
        assert article is not None and article.text[c.start : c.end] == c.quote
    # Quality in the same range as the in-process model.
    scored = s["metrics"]["scored"]
    assert s["metrics"]["errors"] <= loc["metrics"]["errors"] + 1, (s["metrics"], loc["metrics"])
    assert s["metrics"]["accuracy"] >= loc["metrics"]["accuracy"] - CASES_SLACK / scored, report
    assert s["metrics"]["citation_recall"] >= loc["metrics"]["citation_recall"] - RATE_SLACK, report
    assert s["metrics"]["citation_precision"] >= loc["metrics"]["citation_precision"] - RATE_SLACK, report
    assert s["abstention"]["recall"] >= loc["abstention"]["recall"] - RATE_SLACK * 2, report
