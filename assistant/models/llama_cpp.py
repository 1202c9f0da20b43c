"""A local GGUF model through llama-cpp-python."""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from assistant.errors import ConfigError, LLMError
from assistant.models.llm import Message, Usage

_MODELS: dict[tuple[str, int, int, int], Any] = {}
_LOAD_LOCK = threading.Lock()
_GEN_LOCKS: defaultdict[tuple[str, int, int, int], threading.Lock] = defaultdict(threading.Lock)


class LlamaCppLLM:
    """A local GGUF through llama-cpp-python; loaded once per process, used by one request at a time."""

    def __init__(
        self,
        model_path: Path,
        *,
        n_ctx: int = 4096,
        threads: int = 2,
        gpu_layers: int = 0,
        temperature: float = 0.0,
        seed: int = 0,
        label: str | None = None,
        allow_amx: bool = False,
    ) -> None:
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
                    from llama_cpp import Llama, llama_print_system_info  # optional: only the llama.cpp backend
                except ImportError as exc:
                    raise ConfigError(
                        "llama-cpp-python is not installed",
                        "run the README set-up command, or choose DESK_LLM__BACKEND=openai",
                    ) from exc
                if not self.allow_amx and b"AMX_INT8 = 1" in llama_print_system_info():
                    # A segfault would take the whole process (and the UI) down with no message: refuse first.
                    raise ConfigError(
                        "this llama-cpp-python build uses llama.cpp's AMX kernels, "
                        "which crash on the first answer on many Xeon CPUs",
                        "rebuild it without them: `make setup`, "
                        "or CMAKE_ARGS='-DCMAKE_C_FLAGS=-mno-amx-int8 -DCMAKE_CXX_FLAGS=-mno-amx-int8' "
                        "pip install --force-reinstall --no-deps --no-cache-dir llama-cpp-python; "
                        "DESK_LLM__ALLOW_AMX=true loads it anyway",
                    )
                path, n_ctx, threads, gpu_layers = self.key
                try:
                    _MODELS[self.key] = Llama(
                        model_path=path,
                        n_ctx=n_ctx,
                        n_threads=threads,
                        n_threads_batch=threads,
                        n_gpu_layers=gpu_layers,
                        seed=self.seed,
                        verbose=False,
                    )
                except (ValueError, RuntimeError) as exc:
                    raise LLMError(f"llama.cpp could not load {path}: {exc}", "check the file is a GGUF model") from exc
            return _MODELS[self.key]

    def stream(
        self, messages: list[Message], schema: dict[str, Any] | None = None, max_tokens: int = 384
    ) -> Iterator[str]:
        """Stream tokens; the JSON schema becomes a llama.cpp grammar."""
        model = self.load()
        kwargs: dict[str, Any] = {}
        if schema is not None:
            kwargs["response_format"] = {"type": "json_object", "schema": schema}
        with _GEN_LOCKS[self.key]:  # one generation at a time per model: llama.cpp contexts are not thread-safe
            try:
                pieces = 0
                for part in model.create_chat_completion(
                    messages=messages,
                    stream=True,
                    max_tokens=max_tokens,
                    temperature=self.temperature,
                    seed=self.seed,
                    **kwargs,
                ):
                    delta = part["choices"][0].get("delta", {}).get("content")
                    if delta:
                        pieces += 1
                        yield delta
                # llama.cpp sends no usage when streaming: one content piece is one token, and the context then
                # holds prompt + reply (n_tokens), which gives the prompt's length.
                self.usage.add(int(getattr(model, "n_tokens", 0)) - pieces, pieces)
            except ValueError as exc:  # e.g. "Requested tokens exceed context window"
                raise LLMError(
                    f"llama.cpp refused the request: {exc}", "lower DESK_RETRIEVE__TOP_K or raise DESK_LLM__N_CTX"
                ) from exc
