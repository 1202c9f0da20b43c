"""Prompt files render strictly; the abstain sentence is shared by prompt, code and tests."""

from __future__ import annotations

import pytest

from assistant.errors import PromptError
from assistant.models.prompts import ABSTAIN, PromptTemplate, load_prompt, render
from assistant.settings import REPO_ROOT

PROMPTS = REPO_ROOT / "prompts"


def test_render_fills_variables() -> None:
    """Variables are substituted and doubled braces stay literal."""
    t = PromptTemplate(name="t", text='Q: {question} -> {{"claims": []}}')
    assert t.render(question="who?") == 'Q: who? -> {"claims": []}'


@pytest.mark.parametrize(
    ("values", "message"),
    [({}, "missing variables ['question']"), ({"question": "q", "extra": 1}, "unknown variables ['extra']")],
)
def test_render_rejects_missing_and_unknown(values: dict, message: str) -> None:
    """A template rendered with missing or unknown variables is an error, not a blank."""
    with pytest.raises(PromptError, match=message.replace("[", r"\[").replace("]", r"\]")):
        PromptTemplate(name="t", text="Q: {question}").render(**values)


def test_missing_prompt_file_is_clear_error(tmp_path) -> None:
    """A missing template names its path."""
    with pytest.raises(PromptError, match="nope.txt"):
        load_prompt(tmp_path, "nope")


def test_shipped_prompts_render_and_carry_abstain_sentence() -> None:
    """The answer prompt tells the model the exact abstain sentence the code checks for."""
    system = render(PROMPTS, "answer_system", abstain=ABSTAIN)
    assert ABSTAIN in system
    user = render(PROMPTS, "answer_user", sources="[1] t\ntext", question="q?")
    assert user.endswith("Question: q?\n")
    assert load_prompt(PROMPTS, "source").variables == {"n", "title", "outlet", "published", "text"}
    assert load_prompt(PROMPTS, "answer_retry").variables == {"error"}
