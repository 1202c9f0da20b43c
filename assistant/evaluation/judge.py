"""Optional LLM judge (server backend only), reported beside the code's scores."""

from __future__ import annotations

import os
from typing import Any

from pydantic import BaseModel

from assistant.evaluation import scoring
from assistant.evaluation.case import CaseResult
from assistant.models.llm import LLM, ask_json
from assistant.models.openai_compat import OpenAICompatLLM
from assistant.models.prompts import render
from assistant.settings import Settings

JUDGE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"correct": {"type": "boolean"}},
    "required": ["correct"],
}


class _Verdict(BaseModel):
    correct: bool


def judge_llm(settings: Settings) -> LLM:
    """The judge: always the OpenAI-compatible server the settings name, never a local model."""

    cfg = settings.llm
    return OpenAICompatLLM(
        cfg.base_url,
        cfg.server_model,
        os.environ.get(cfg.api_key_env),
        cfg.timeout_s,
        0.0,
        cfg.seed,
        response_format=cfg.response_format,
    )


def judge_case(judge: LLM, case: CaseResult, settings: Settings) -> bool | None:
    """Ask the judge whether an answer states the gold; None for cases without gold answers or without an answer."""

    if not case.gold_answers or case.skipped or case.error or case.abstained:
        return None if not case.gold_answers or case.skipped else False
    messages = [
        {"role": "system", "content": render(settings.prompts_dir, "judge_system")},
        {
            "role": "user",
            "content": render(
                settings.prompts_dir,
                "judge_user",
                question=case.question,
                gold=" | ".join(case.gold_answers),
                answer=scoring.plain(case.answer),
            ),
        },
    ]
    verdict = ask_json(
        judge,
        messages,
        JUDGE_SCHEMA,
        _Verdict,
        16,
        lambda error: render(settings.prompts_dir, "judge_retry", error=error),
    )
    return verdict.correct
