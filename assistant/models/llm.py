"""The LLM protocol every backend implements, and the one loop that turns replies into typed JSON."""

from __future__ import annotations

import json
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

from assistant.errors import LLMOutputError

Message = dict[str, str]


class LLM(Protocol):
    """Streams the reply to a chat, constrained to a JSON schema where the backend can."""

    name: str

    def stream(
        self, messages: list[Message], schema: dict[str, Any] | None = None, max_tokens: int = 384
    ) -> Iterator[str]:
        """Reply text in pieces, as generated."""
        ...


@dataclass
class Usage:
    """Tokens a backend has used so far, summed over its calls (`assistant eval` reports them per case).

    Optional: code reading it uses getattr(llm, "usage", None), so a backend without it still works.
    """

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def add(self, prompt_tokens: int, completion_tokens: int) -> None:
        """Record one call."""
        self.calls += 1
        self.prompt_tokens += max(0, prompt_tokens)
        self.completion_tokens += max(0, completion_tokens)


# ---------------------------------------------------------------- structured replies

M = TypeVar("M", bound=BaseModel)


def stream_json(
    llm: LLM,
    messages: list[Message],
    schema: dict[str, Any],
    model: type[M],
    max_tokens: int,
    retry_prompt: Callable[[str], str],
    *,
    say_when_no_object: bool = False,
    help_message: str = "try again, raise DESK_LLM__MAX_TOKENS, or use the default preset",
) -> Generator[str, None, M]:
    """Yield the reply so far as it streams; return it parsed as `model`. The one JSON retry loop.

    An invalid reply gets one retry that shows the model its reply and the parse error (a retry
    without the error would, at temperature 0, get the same reply again). With `say_when_no_object`
    a reply without any {...} is told exactly that, not the parser's message. Raises LLMOutputError
    (with `help_message`) after the second invalid reply, saying so when it was cut off (JSON valid
    as far as it goes), which more tokens fix and a better prompt does not.
    """
    error, cut = "", False
    for _attempt in range(2):
        reply = ""
        for piece in llm.stream(messages, schema, max_tokens):
            reply += piece
            yield reply
        start, end = reply.find("{"), reply.rfind("}")
        try:
            if say_when_no_object and not 0 <= start < end:
                raise ValueError("no JSON object in the reply")
            return model.model_validate_json(reply[start : end + 1] if 0 <= start < end else reply)
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            error, cut = str(exc).splitlines()[0], _cut_off(reply[max(start, 0) :])
            messages = messages + [
                {"role": "assistant", "content": reply},
                {"role": "user", "content": retry_prompt(error)},
            ]
    if cut:  # the JSON was fine as far as it went: the reply ran out of tokens (or the connection dropped)
        raise LLMOutputError(
            f"the model's ({llm.name}) reply was cut off: its JSON stops after {len(reply)} characters",
            f"the reply may have used all of its {max_tokens} tokens: {help_message}",
        )
    raise LLMOutputError(f"the model ({llm.name}) did not return valid JSON twice: {error}", help_message)


def _cut_off(text: str) -> bool:
    """True when text is the start of a JSON value that stops early, not JSON that goes wrong on the way."""
    body = text.strip()
    if not body.startswith(("{", "[")):
        return False
    try:
        json.loads(body)
    except json.JSONDecodeError as exc:
        return exc.pos >= len(body) or exc.msg.startswith("Unterminated string")
    return False


def ask_json(
    llm: LLM,
    messages: list[Message],
    schema: dict[str, Any],
    model: type[M],
    max_tokens: int,
    retry_prompt: Callable[[str], str],
) -> M:
    """The model's reply parsed as `model` (stream_json without the partial replies)."""
    replies = stream_json(llm, messages, schema, model, max_tokens, retry_prompt)
    while True:
        try:
            next(replies)
        except StopIteration as done:
            return done.value
