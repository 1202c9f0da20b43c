"""Deterministic stand-ins for the models, for tests and model-free eval runs. Never used by a real preset."""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable, Iterator
from typing import Any

from assistant.errors import LLMError
from assistant.language.text import STOPWORDS, content_words, sentences
from assistant.models.llm import Message, Usage
from assistant.models.prompts import ABSTAIN

Responder = Callable[[list[Message]], str]


class FakeLLM:
    """Test model: queued replies first, then a responder function; records every call."""

    def __init__(self, replies: list[str] | None = None, responder: Responder | None = None, piece: int = 7) -> None:
        self.replies = list(replies or [])
        self.responder = responder
        self.calls: list[list[Message]] = []
        self.piece = piece
        self.name = "fake"
        self.usage = Usage()

    def stream(
        self, messages: list[Message], schema: dict[str, Any] | None = None, max_tokens: int = 384
    ) -> Iterator[str]:
        """Yield the next queued reply (or the responder's) in small pieces."""
        self.calls.append(messages)
        if self.replies:
            reply = self.replies.pop(0)
        elif self.responder is not None:
            reply = self.responder(messages)
        else:
            raise LLMError("FakeLLM has no reply queued", "queue replies or give a responder")
        # Fake token counts: prompt and reply words, so eval reports of fake runs have figures that add up.
        self.usage.add(sum(len(m["content"].split()) for m in messages), len(reply.split()))
        for i in range(0, len(reply), self.piece):
            yield reply[i : i + self.piece]


_EXCERPT_HEAD = re.compile(r"^\[(\d+)\] .*$", re.M)


def extractive_responder(messages: list[Message]) -> str:
    """Deterministic stand-in for a model: cites the excerpt sentence sharing most words with the question."""
    user = messages[-1]["content"]
    question = user.rsplit("Question:", 1)[-1]
    q_words = content_words(question)
    best: tuple[int, int, str] = (0, 0, "")
    body = user.rsplit("Question:", 1)[0]
    heads = list(_EXCERPT_HEAD.finditer(body))
    for m, nxt in zip(heads, heads[1:] + [None]):
        text = body[m.end() : nxt.start() if nxt else len(body)]
        for s, e in sentences(text):
            overlap = len(q_words & content_words(text[s:e]))
            if overlap > best[0]:
                best = (overlap, int(m.group(1)), text[s:e])
    if best[0] < 2:
        return json.dumps({"claims": [{"source": 0, "quote": "", "text": ABSTAIN}]})
    return json.dumps({"claims": [{"source": best[1], "quote": best[2], "text": best[2]}]})


class HashEmbedder:
    """Deterministic fake: hashed content-word and bigram counts, so texts sharing words are close.

    A constant fake would make every ranking test pass or fail by accident; this one ranks
    by real lexical overlap, with no model to load.
    """

    def __init__(self, dim: int = 2048) -> None:
        self.dim = dim
        self.name = f"hash-{dim}"

    def embed(self, texts: list[str]) -> list[list[float]]:
        """Vectors from hashed tokens (unit length; zero text -> a fixed unit vector)."""
        out = []
        for text in texts:
            vec = [0.0] * self.dim
            words = [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOPWORDS]
            for tok in words + [a + " " + b for a, b in zip(words, words[1:])]:
                h = int.from_bytes(hashlib.blake2b(tok.encode(), digest_size=8).digest(), "little")
                vec[h % self.dim] += 1.0 if (h >> 63) & 1 else -1.0
            norm = math.sqrt(sum(v * v for v in vec))
            out.append([v / norm for v in vec] if norm else [1.0] + [0.0] * (self.dim - 1))
        return out


class NoModel:
    """Stands in for the LLM in a --no-llm run: any attempt to generate is refused, so the case is skipped."""

    name = "none (--no-llm)"

    def stream(
        self, messages: list[Message], schema: dict[str, Any] | None = None, max_tokens: int = 384
    ) -> Iterator[str]:
        """Refuse: this run scores only what needs no model."""
        raise NeedsModel()


class NeedsModel(Exception):
    """Raised by NoModel when something asks it to generate (an eval marks that case skipped)."""
