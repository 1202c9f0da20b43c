"""Evals: load JSONL cases, build a fresh store from the dataset's documents, ask every case, score it.

`assistant eval` calls `run_eval`; the scores are code (`evaluation.scoring`, `evaluation.extraction`), the
report and charts are written by `evaluation.report` and `evaluation.charts`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.errors import EvalDataError
from assistant.evaluation.case import CaseResult, run_case
from assistant.evaluation.cases import Dataset, datasets_for, load_cases
from assistant.evaluation.code_scored import code_scored_for, run_code_scored
from assistant.evaluation.corpus import Corpus, build_corpus
from assistant.evaluation.judge import judge_case
from assistant.evaluation.summary import extraction_summary, summarise_dataset
from assistant.models.factory import get_llm
from assistant.models.fakes import NoModel
from assistant.models.llm import LLM
from assistant.settings import REPO_ROOT, Settings

Progress = Callable[[str, int, int], None]


def _git_commit() -> str | None:
    """HEAD's short hash, with '+dirty' when the code or prompts differ from it (the scores are then not HEAD's)."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "assistant", "prompts"],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return (head + ("+dirty" if dirty else "")) or None


def default_run_dir(settings: Settings, dataset: str) -> Path:
    """evals/runs/<time>-<preset>-<dataset> under the current directory."""
    return Path("evals") / "runs" / f"{dt.datetime.now():%Y%m%d-%H%M%S}-{settings.preset}-{dataset}"


def run_eval(
    dataset: str,
    settings: Settings,
    out_dir: Path,
    *,
    limit: int | None = None,
    use_llm: bool = True,
    narrate: bool = True,
    cases_file: Path | None = None,
    keep_store: bool = False,
    progress: Progress | None = None,
    llm: LLM | None = None,
    judge: LLM | None = None,
    final: bool = False,
) -> dict[str, Any]:
    """Run the dataset(s), write results.json into out_dir and return it.

    Each dataset's documents are ingested into a fresh store under out_dir/store (removed afterwards
    unless keep_store); `use_llm=False` scores only what needs no model (retrieval, extraction,
    answers from incident records, record-based briefings) and marks the other cases skipped.
    A `judge` (see judge_llm) adds its verdict beside the code's; the scores never depend on it.
    The code-scored datasets (realworld, ucdp_headlines: no model, no store) come last; the held-out `final`
    split of realworld is scored, and its figures written, only when `final` is true.
    """

    chosen = datasets_for(dataset, final)
    code_scored = code_scored_for(dataset)
    if cases_file is not None:
        if len(chosen) != 1 or chosen[0].cases is None:
            raise EvalDataError(
                "--cases needs one question dataset (seeds or ucdp) whose documents it is asked against",
                "add --dataset seeds or --dataset ucdp",
            )
        chosen = [Dataset(chosen[0].name, cases_file, chosen[0].docs, chosen[0].incident_ids, chosen[0].gold)]
    # Load every case file first: a malformed dataset must fail before minutes of ingest and model time.
    cases = {d.name: (load_cases(d.cases)[:limit] if limit else load_cases(d.cases)) for d in chosen if d.cases}
    started = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    uses_model = use_llm and bool(chosen)  # a run of code-scored datasets only loads no model
    model: LLM = (llm or get_llm(settings)) if uses_model else NoModel()
    store_root = out_dir / "store"
    corpora: dict[tuple[Path, ...], Corpus] = {}
    results: dict[str, Any] = {
        "run": {
            "started": dt.datetime.now().isoformat(timespec="seconds"),
            "dataset": dataset,
            "preset": settings.preset,
            "llm": model.name if uses_model else "none",
            "llm_backend": settings.llm.backend if uses_model else "none",
            "embedder": settings.embed.backend,
            "extractor": settings.extract.backend,
            "top_k": settings.retrieve.top_k,
            "max_tokens": settings.llm.max_tokens,
            "limit": limit,
            "use_llm": use_llm,
            "narrate": narrate and use_llm,
            "cases_file": str(cases_file) if cases_file else None,
            "judge": judge.name if judge else None,
            "final": final,
            "git": _git_commit(),
            "python": platform.python_version(),
            "machine": (
                f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, {settings.llm.threads} LLM threads"
            ),
        },
        "datasets": {},
    }
    try:
        for d in chosen:
            if d.docs not in corpora:
                if progress:
                    progress(f"{d.name}: ingest", 0, 0)
                corpora[d.docs] = build_corpus(d, settings, store_root / d.name, model)
            corpus = corpora[d.docs]
            entry: dict[str, Any] = {"documents": len(corpus.key_of), "ingest_s": round(corpus.ingest_s, 2)}
            if d.cases is None:
                assert corpus.extraction is not None
                entry["extraction"] = extraction_summary(corpus.extraction)
                entry["extraction_table"] = corpus.extraction.table()
            else:
                todo = cases[d.name]
                done: list[CaseResult] = []
                t0 = time.perf_counter()
                for i, case in enumerate(todo):
                    if progress:
                        progress(f"{d.name}: {case.id}", i, len(todo))
                    result = run_case(case, corpus, settings, narrate=narrate and use_llm)
                    if judge is not None:
                        result.judge_correct = judge_case(judge, result, settings)
                    done.append(result)
                if progress:
                    progress(d.name, len(todo), len(todo))
                entry["wall_s"] = round(time.perf_counter() - t0, 2)
                entry["metrics"] = summarise_dataset(done)
                entry["cases"] = [r.model_dump() for r in done]
            results["datasets"][d.name] = entry
        for c in code_scored:
            if progress:
                progress(c.name, 0, 1)
            results["datasets"][c.name] = run_code_scored(c, final=final)
            if progress:
                progress(c.name, 1, 1)
    finally:
        if not keep_store:
            shutil.rmtree(store_root, ignore_errors=True)
    results["run"]["wall_s"] = round(time.perf_counter() - started, 2)
    (out_dir / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return results


def load_results(run: Path) -> dict[str, Any]:
    """results.json of a run folder (or the file itself)."""
    path = run / "results.json" if run.is_dir() else run
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvalDataError(
            f"no eval results at {path}: {exc.strerror}", "pass a run folder written by `assistant eval`"
        ) from exc
    except json.JSONDecodeError as exc:
        raise EvalDataError(f"{path} is not valid JSON: {exc.msg}", "re-run the eval") from exc
