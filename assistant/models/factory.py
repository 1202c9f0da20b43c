"""The LLM and embedder that the settings choose; the only place that maps a setting to a backend."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from assistant.errors import ConfigError
from assistant.models.embed import Embedder, MiniLMEmbedder, packaged_minilm_path
from assistant.models.fakes import FakeLLM, HashEmbedder, extractive_responder
from assistant.models.llama_cpp import LlamaCppLLM
from assistant.models.llm import LLM
from assistant.models.openai_compat import OpenAICompatLLM
from assistant.models.weights import MODELS, assemble
from assistant.settings import EmbedSettings, Settings


def get_llm(settings: Settings, on_assemble: Callable[[int, int], None] | None = None) -> LLM:
    """The backend the settings name (the GGUF is assembled and verified before loading)."""
    cfg = settings.llm
    if cfg.backend == "fake":
        return FakeLLM(responder=extractive_responder)
    if cfg.backend == "openai":
        return OpenAICompatLLM(
            cfg.base_url,
            cfg.server_model,
            os.environ.get(cfg.api_key_env),
            cfg.timeout_s,
            cfg.temperature,
            cfg.seed,
            response_format=cfg.response_format,
        )
    if cfg.model_path is not None:
        if not cfg.model_path.is_file():
            raise ConfigError(f"model file {cfg.model_path} does not exist", "fix DESK_LLM__MODEL_PATH")
        path, label = cfg.model_path, cfg.model_path.name
    else:
        packaged = MODELS[cfg.model]
        path, label = assemble(packaged, settings.cache_dir, on_bytes=on_assemble), packaged.label
    return LlamaCppLLM(
        path,
        n_ctx=cfg.n_ctx,
        threads=cfg.threads,
        gpu_layers=cfg.gpu_layers,
        temperature=cfg.temperature,
        seed=cfg.seed,
        label=label,
        allow_amx=cfg.allow_amx,
    )


@lru_cache(maxsize=2)
def _minilm(path: str, batch_size: int, threads: int) -> MiniLMEmbedder:
    return MiniLMEmbedder(Path(path), batch_size, threads)


def get_embedder(settings: EmbedSettings) -> Embedder:
    """The embedder the settings name, loaded once per process."""
    if settings.backend == "hash":
        return HashEmbedder()
    path = settings.model_path or packaged_minilm_path()
    return _minilm(str(path), settings.batch_size, settings.threads)
