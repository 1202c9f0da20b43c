"""Answer latency: the whole pipeline against raw llama-cpp-python on the identical final prompts.

For each preset (fast, default) the seed articles are ingested once (real MiniLM, rule extraction) and seed questions
(evals/seeds.jsonl, in file order) are asked through `Desk.ask_stream`, as the app and CLI ask them, until QUESTIONS of
them have been answered by the model (questions the incident records answer never reach the model; their times are
reported apart). Every model call the pipeline makes is recorded (messages, JSON schema, max tokens), and replayed on a
second, separately loaded llama.cpp model with the same settings, in the same order, so both see the same prompt-prefix
reuse: the difference is our pipeline's overhead (retrieval, checks, grammar set-up, streaming). First text = the first
visible draft text (pipeline) / the first token (raw). A warm-up question is asked first on both and not counted; the
cold row is that warm-up on the pipeline (model load included).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.common import ROOT, Row, median, percentile, section_main

QUESTIONS = int(os.environ.get("BENCH_ANSWER_QUESTIONS", "20"))
# Which presets answer (a comma list); one alone for a quicker before/after of a change to the answer path
PRESETS = tuple(p.strip() for p in os.environ.get("BENCH_ANSWER_PRESETS", "fast,default").split(",") if p.strip())
WARM_UP = "What did the Iraqi military say about the rockets fired at the Qayyarah base?"


class _Recording:
    """The pipeline's LLM, recording each call it makes (to replay it raw)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.name = inner.name
        self.usage = inner.usage
        self.calls: list[dict[str, Any]] = []

    @property
    def loaded(self) -> bool:
        return bool(getattr(self.inner, "loaded", True))

    def stream(
        self, messages: list[dict[str, str]], schema: dict[str, Any] | None = None, max_tokens: int = 384
    ) -> Iterator[str]:
        self.calls.append({"messages": messages, "schema": schema, "max_tokens": max_tokens})
        yield from self.inner.stream(messages, schema, max_tokens)


def _ask(desk: Any, question: str) -> dict[str, Any]:
    from assistant.schemas import Answer

    llm: _Recording = desk._llm
    before_calls, before_p, before_c = len(llm.calls), llm.usage.prompt_tokens, llm.usage.completion_tokens
    start = time.perf_counter()
    first = None
    answer = None
    for ev in desk.ask_stream(question):
        if isinstance(ev, str) and ev.strip() and first is None:
            first = time.perf_counter() - start
        if isinstance(ev, Answer):
            answer = ev
    total = time.perf_counter() - start
    return {
        "question": question,
        "first": first if first is not None else total,
        "total": total,
        "calls": llm.calls[before_calls:],
        "prompt_tokens": llm.usage.prompt_tokens - before_p,
        "completion_tokens": llm.usage.completion_tokens - before_c,
        "abstained": bool(answer and answer.abstained),
    }


def _raw_model(settings: Any, path: Path) -> Any:
    """A second llama.cpp model of the same file and settings as the pipeline's (its own KV cache)."""
    from llama_cpp import Llama

    cfg = settings.llm
    return Llama(
        model_path=str(path),
        n_ctx=cfg.n_ctx,
        n_threads=cfg.threads,
        n_threads_batch=cfg.threads,
        seed=cfg.seed,
        verbose=False,
    )


def _replay(model: Any, calls: list[dict[str, Any]], settings: Any) -> tuple[float, float]:
    """(seconds to the first token, total seconds) of the calls, one after the other, on the raw model."""
    start = time.perf_counter()
    first = None
    for call in calls:
        kwargs: dict[str, Any] = {}
        if call["schema"] is not None:
            kwargs["response_format"] = {"type": "json_object", "schema": call["schema"]}
        for part in model.create_chat_completion(
            messages=call["messages"],
            stream=True,
            max_tokens=call["max_tokens"],
            temperature=settings.llm.temperature,
            seed=settings.llm.seed,
            **kwargs,
        ):
            if first is None and part["choices"][0].get("delta", {}).get("content"):
                first = time.perf_counter() - start
    total = time.perf_counter() - start
    return (first if first is not None else total), total


def run(quick: bool) -> list[Row]:
    n_questions = 4 if quick else QUESTIONS
    questions = [json.loads(line)["question"] for line in (ROOT / "evals" / "seeds.jsonl").read_text().splitlines()]
    data_dir = Path(tempfile.mkdtemp(prefix="desk-bench-answer-"))
    try:
        return _run(data_dir, n_questions, questions, quick)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def _run(data_dir: Path, n_questions: int, questions: list[str], quick: bool) -> list[Row]:
    from assistant.desk import Desk
    from assistant.settings import load_settings

    Desk(load_settings("default", data_dir=data_dir)).ingest([ROOT / "seeds"])
    rows: list[Row] = []
    chosen: list[str] | None = None
    for preset in ("fast",) if quick else PRESETS:
        settings = load_settings(preset, data_dir=data_dir)
        desk = Desk(settings)
        desk._llm = _Recording(desk.llm)
        cold = _ask(desk, WARM_UP)
        done: list[dict[str, Any]] = []
        by_records: list[float] = []
        for q in chosen or questions:
            if len(done) >= n_questions:
                break
            res = _ask(desk, q)
            if res["calls"]:
                done.append(res)
            else:
                by_records.append(res["total"])
        chosen = chosen or [r["question"] for r in done]  # the next preset asks the same questions
        raw = _raw_model(settings, desk._llm.inner.model_path)
        _replay(raw, cold["calls"], settings)  # the same warm-up, so the prefix cache starts alike
        raw_runs = [_replay(raw, r["calls"], settings) for r in done]
        del raw
        first, total = [r["first"] for r in done], [r["total"] for r in done]
        raw_first, raw_total = [f for f, _ in raw_runs], [t for _, t in raw_runs]
        overhead = [t / rt for t, rt in zip(total, raw_total)]
        n = len(done)
        label = f"{preset} preset ({settings.llm.model} model), {n} seed questions answered by the model"
        is_default = preset == "default"
        rows += [
            Row(
                "answer",
                f"{label}: first visible text, p50",
                median(first),
                "s",
                "raw llama-cpp-python, identical prompts: first token",
                median(raw_first),
                target="<= 3 s (default preset)" if is_default else None,
                met=(median(first) <= 3.0) if is_default else None,
                note=f"p90 {percentile(first, 90):.1f} s (raw {percentile(raw_first, 90):.1f} s)",
            ),
            Row(
                "answer",
                f"{label}: full checked answer, p50",
                median(total),
                "s",
                "raw llama-cpp-python, identical prompts: whole reply",
                median(raw_total),
                target="<= 8 s warm (default preset)" if is_default else None,
                met=(median(total) <= 8.0) if is_default else None,
                note=f"p90 {percentile(total, 90):.1f} s (raw {percentile(raw_total, 90):.1f} s); "
                f"{sum(r['abstained'] for r in done)} abstained",
            ),
            Row(
                "answer",
                f"{label}: pipeline overhead over raw (median of per-question ratios)",
                median(overhead),
                "x",
                target="<= 1.10x" if is_default else None,
                met=(median(overhead) <= 1.10) if is_default else None,
                note=f"range {min(overhead):.2f}-{max(overhead):.2f}x; model calls per question: "
                f"{median([len(r['calls']) for r in done]):.0f}",
            ),
            Row(
                "answer",
                f"{label}: prompt tokens per question, median",
                median([r["prompt_tokens"] for r in done]),
                "tokens",
                note=f"completion tokens median {median([r['completion_tokens'] for r in done]):.0f}; "
                "prompt = every call's prompt, before prefix reuse",
            ),
            Row(
                "answer",
                f"{preset} preset: cold first answer (model load included)",
                cold["total"],
                "s",
                note=f"first text {cold['first']:.1f} s",
            ),
        ]
        if by_records:
            rows.append(
                Row(
                    "answer",
                    f"{preset} preset: questions answered from incident records (no model), p50",
                    median(by_records),
                    "s",
                    note=f"{len(by_records)} questions",
                )
            )
    return rows


if __name__ == "__main__":
    section_main(run)
