"""The llama.cpp adapter's load step, against a stand-in llama_cpp module (no weights are read)."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.errors import ConfigError
from assistant.models.factory import get_llm
from assistant.models.llama_cpp import _MODELS, LlamaCppLLM
from assistant.settings import load_settings

_REAL_LOAD = LlamaCppLLM.load  # conftest swaps it for a refusal in non-slow tests; these tests use a fake module

NO_AMX = b"CPU : SSE3 = 1 | AVX2 = 1 | AVX512 = 1 | AVX512_VNNI = 1 | LLAMAFILE = 1 | OPENMP = 1 | REPACK = 1 | "
WITH_AMX = b"CPU : SSE3 = 1 | AVX2 = 1 | AVX512 = 1 | AVX512_VNNI = 1 | AMX_INT8 = 1 | LLAMAFILE = 1 | REPACK = 1 | "


@pytest.fixture
def fake_llama_cpp(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """A llama_cpp module whose Llama records its arguments; the test sets what system info reports."""
    state: dict[str, Any] = {"info": NO_AMX, "loaded": []}

    class Llama:
        def __init__(self, **kwargs: Any) -> None:
            state["loaded"].append(kwargs)

    module = types.ModuleType("llama_cpp")
    module.Llama = Llama  # type: ignore[attr-defined]
    module.llama_print_system_info = lambda: state["info"]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "llama_cpp", module)
    monkeypatch.setattr(LlamaCppLLM, "load", _REAL_LOAD)
    yield state
    for key in [k for k in _MODELS if k[0].startswith(str(Path("/nonexistent")))]:
        del _MODELS[key]


def _llm(name: str, **kwargs: Any) -> LlamaCppLLM:
    return LlamaCppLLM(Path("/nonexistent") / name, **kwargs)


def test_a_build_without_amx_loads(fake_llama_cpp: dict[str, Any]) -> None:
    """The usual build: the model is loaded once with the configured threads, and reused."""
    llm = _llm("plain.gguf", threads=2)
    llm.load()
    llm.load()
    assert len(fake_llama_cpp["loaded"]) == 1 and fake_llama_cpp["loaded"][0]["n_threads"] == 2


def test_an_amx_build_is_refused_with_the_fix(fake_llama_cpp: dict[str, Any]) -> None:
    """An AMX build would segfault on the first answer: a clear error says how to rebuild, nothing is loaded."""
    fake_llama_cpp["info"] = WITH_AMX
    with pytest.raises(ConfigError) as err:
        _llm("amx.gguf").load()
    assert "AMX" in str(err.value)
    assert "make setup" in err.value.help_message and "-mno-amx" in err.value.help_message
    assert "DESK_LLM__ALLOW_AMX" in err.value.help_message
    assert fake_llama_cpp["loaded"] == []


def test_allow_amx_setting_loads_it_anyway(
    fake_llama_cpp: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """DESK_LLM__ALLOW_AMX=true reaches the adapter, for CPUs where those kernels work."""
    fake_llama_cpp["info"] = WITH_AMX
    model = tmp_path / "own.gguf"
    model.write_bytes(b"GGUF")
    monkeypatch.setenv("DESK_LLM__MODEL_PATH", str(model))
    monkeypatch.setenv("DESK_LLM__ALLOW_AMX", "true")
    llm = get_llm(load_settings("default", data_dir=tmp_path / "d"))
    assert isinstance(llm, LlamaCppLLM) and llm.allow_amx
    llm.load()
    assert len(fake_llama_cpp["loaded"]) == 1
    del _MODELS[llm.key]
