"""LLM backends behind one small protocol: llama.cpp GGUF, OpenAI-compatible server, deterministic fake."""

from __future__ import annotations

import json
import os
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel, ValidationError

from assistant.errors import ConfigError, LLMError, LLMOutputError
from assistant.settings import Settings

Message = dict[str, str]


class LLM(Protocol):
    """Streams the reply to a chat, constrained to a JSON schema where the backend can."""

    name: str

    def stream(self, messages: list[Message], schema: dict[str, Any] | None = None, max_tokens: int = 384) -> Iterator[str]:
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


# ---------------------------------------------------------------- llama.cpp

_MODELS: dict[tuple[str, int, int, int], Any] = {}
_LOAD_LOCK = threading.Lock()
_GEN_LOCKS: defaultdict[tuple[str, int, int, int], threading.Lock] = defaultdict(threading.Lock)


class LlamaCppLLM:
    """A local GGUF through llama-cpp-python; loaded once per process, used by one request at a time."""

    def __init__(self, model_path: Path, *, n_ctx: int = 4096, threads: int = 2, gpu_layers: int = 0,
                 temperature: float = 0.0, seed: int = 0, label: str | None = None, allow_amx: bool = False) -> None:
        self.model_path = model_path
        self.allow_amx = allow_amx
        self.key = (str(model_path), n_ctx, threads, gpu_layers)
        self.temperature = temperature
        self.seed = seed
        self.name = label or model_path.name
        self.usage = Usage()

    @property
    def loaded(self) -> bool:
        """True once the weights are in memory."""
        return self.key in _MODELS

    def load(self) -> Any:
        """The llama_cpp.Llama object (loads the weights on first call)."""
        with _LOAD_LOCK:
            if self.key not in _MODELS:
                try:
                    from llama_cpp import Llama, llama_print_system_info
                except ImportError as exc:
                    raise ConfigError("llama-cpp-python is not installed", "run the README set-up command, or choose DESK_LLM__BACKEND=openai") from exc
                if not self.allow_amx and b"AMX_INT8 = 1" in llama_print_system_info():
                    # A segfault would take the whole process (and the UI) down with no message: refuse first.
                    raise ConfigError(
                        "this llama-cpp-python build uses llama.cpp's AMX kernels, which crash on the first answer on many Xeon CPUs",
                        "rebuild it without them: `make setup`, or CMAKE_ARGS='-DCMAKE_C_FLAGS=-mno-amx-int8 -DCMAKE_CXX_FLAGS=-mno-amx-int8' "
                        "pip install --force-reinstall --no-deps --no-cache-dir llama-cpp-python; DESK_LLM__ALLOW_AMX=true loads it anyway")
                path, n_ctx, threads, gpu_layers = self.key
                try:
                    _MODELS[self.key] = Llama(model_path=path, n_ctx=n_ctx, n_threads=threads, n_threads_batch=threads,
                                              n_gpu_layers=gpu_layers, seed=self.seed, verbose=False)
                except (ValueError, RuntimeError) as exc:
                    raise LLMError(f"llama.cpp could not load {path}: {exc}", "check the file is a GGUF model") from exc
            return _MODELS[self.key]

    def stream(self, messages: list[Message], schema: dict[str, Any] | None = None, max_tokens: int = 384) -> Iterator[str]:
        """Stream tokens; the JSON schema becomes a llama.cpp grammar."""
        model = self.load()
        kwargs: dict[str, Any] = {}
        if schema is not None:
            kwargs["response_format"] = {"type": "json_object", "schema": schema}
        with _GEN_LOCKS[self.key]:  # one generation at a time per model: llama.cpp contexts are not thread-safe
            try:
                pieces = 0
                for part in model.create_chat_completion(messages=messages, stream=True, max_tokens=max_tokens,
                                                         temperature=self.temperature, seed=self.seed, **kwargs):
                    delta = part["choices"][0].get("delta", {}).get("content")
                    if delta:
                        pieces += 1
                        yield delta
                # llama.cpp sends no usage when streaming: one content piece is one token, and the context then
                # holds prompt + reply (n_tokens), which gives the prompt's length.
                self.usage.add(int(getattr(model, "n_tokens", 0)) - pieces, pieces)
            except ValueError as exc:  # e.g. "Requested tokens exceed context window"
                raise LLMError(f"llama.cpp refused the request: {exc}", "lower DESK_RETRIEVE__TOP_K or raise DESK_LLM__N_CTX") from exc


# ---------------------------------------------------------------- OpenAI-compatible server


class OpenAICompatLLM:
    """Any server speaking the OpenAI chat-completions API (vLLM, Ollama, llama.cpp server)."""

    def __init__(self, base_url: str, model: str, api_key: str | None = None, timeout_s: float = 300.0,
                 temperature: float = 0.0, seed: int = 0) -> None:
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.api_key = api_key
        self.timeout_s = timeout_s
        self.temperature = temperature
        self.seed = seed
        self.name = f"{model} @ {self.base_url}"
        self.usage = Usage()

    def stream(self, messages: list[Message], schema: dict[str, Any] | None = None, max_tokens: int = 384) -> Iterator[str]:
        """Stream content deltas from /chat/completions (SSE), with response_format when a schema is given."""
        import httpx

        body: dict[str, Any] = {"model": self.model, "messages": messages, "stream": True, "max_tokens": max_tokens,
                                "temperature": self.temperature, "seed": self.seed,
                                "stream_options": {"include_usage": True}}
        if schema is not None:
            body["response_format"] = {"type": "json_schema", "json_schema": {"name": "answer", "schema": schema}}
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        url = f"{self.base_url}/chat/completions"
        pieces, reported = 0, None
        try:
            with httpx.stream("POST", url, json=body, headers=headers, timeout=self.timeout_s) as resp:
                if resp.status_code >= 400:
                    resp.read()
                    raise LLMError(f"LLM server at {url} answered HTTP {resp.status_code}: {resp.text[:300]}",
                                   "check DESK_LLM__SERVER_MODEL and the server's logs")
                for line in resp.iter_lines():
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        break
                    try:
                        payload = json.loads(data)
                    except json.JSONDecodeError:
                        continue
                    if isinstance(payload, dict) and "error" in payload:  # vLLM and others report errors in-stream
                        raise LLMError(f"LLM server at {url} reported: {payload['error']}", "check the server's logs")
                    if isinstance(payload, dict) and isinstance(payload.get("usage"), dict):
                        reported = payload["usage"]  # the last chunk (choices empty) when include_usage is honoured
                    try:
                        choice = payload["choices"][0]
                    except (KeyError, IndexError, TypeError):
                        continue
                    delta = (choice.get("delta") or {}).get("content")
                    if delta:
                        pieces += 1
                        yield delta
        except httpx.HTTPError as exc:
            raise LLMError(f"cannot reach the LLM server at {url}: {exc}",
                           "start the server, or set DESK_LLM__BASE_URL to where it runs") from exc
        # A server that ignores stream_options sends no usage: the prompt is then unknown (0), pieces ~ tokens.
        if reported:
            self.usage.add(int(reported.get("prompt_tokens") or 0), int(reported.get("completion_tokens") or pieces))
        else:
            self.usage.add(0, pieces)


# ---------------------------------------------------------------- structured replies

M = TypeVar("M", bound=BaseModel)


def ask_json(llm: LLM, messages: list[Message], schema: dict[str, Any], model: type[M], max_tokens: int,
             retry_prompt: Callable[[str], str]) -> M:
    """The model's reply parsed as `model`; one retry that shows the model its reply and the parse error.

    Raises LLMOutputError after the second invalid reply. (A retry without the error message would,
    at temperature 0, get the same reply again.)
    """
    error = ""
    for _attempt in range(2):
        reply = "".join(llm.stream(messages, schema, max_tokens))
        start, end = reply.find("{"), reply.rfind("}")
        try:
            return model.model_validate_json(reply[start: end + 1] if 0 <= start < end else reply)
        except ValidationError as exc:
            error = str(exc).splitlines()[0]
            messages = messages + [{"role": "assistant", "content": reply}, {"role": "user", "content": retry_prompt(error)}]
    raise LLMOutputError(f"the model ({llm.name}) did not return valid JSON twice: {error}",
                         "try again, raise DESK_LLM__MAX_TOKENS, or use the default preset")


# ---------------------------------------------------------------- deterministic fake

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

    def stream(self, messages: list[Message], schema: dict[str, Any] | None = None, max_tokens: int = 384) -> Iterator[str]:
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
    from assistant.prompts import ABSTAIN
    from assistant.text import content_words, sentences

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


# ---------------------------------------------------------------- choosing one by configuration


def get_llm(settings: Settings, on_assemble: Callable[[int, int], None] | None = None) -> LLM:
    """The backend the settings name (the GGUF is assembled and verified before loading)."""
    cfg = settings.llm
    if cfg.backend == "fake":
        return FakeLLM(responder=extractive_responder)
    if cfg.backend == "openai":
        return OpenAICompatLLM(cfg.base_url, cfg.server_model, os.environ.get(cfg.api_key_env), cfg.timeout_s,
                               cfg.temperature, cfg.seed)
    from assistant.weights import MODELS, assemble

    if cfg.model_path is not None:
        if not cfg.model_path.is_file():
            raise ConfigError(f"model file {cfg.model_path} does not exist", "fix DESK_LLM__MODEL_PATH")
        path, label = cfg.model_path, cfg.model_path.name
    else:
        packaged = MODELS[cfg.model]
        path, label = assemble(packaged, settings.cache_dir, on_bytes=on_assemble), packaged.label
    return LlamaCppLLM(path, n_ctx=cfg.n_ctx, threads=cfg.threads, gpu_layers=cfg.gpu_layers,
                       temperature=cfg.temperature, seed=cfg.seed, label=label, allow_amx=cfg.allow_amx)
