"""Presets, environment overrides and validation of settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import ConfigError
from assistant.settings import load_settings, preset_names


def test_presets_exist() -> None:
    """The three documented presets ship with the package."""
    assert {"default", "fast", "server"} <= set(preset_names())


@pytest.mark.parametrize(
    ("preset", "backend", "model", "store"),
    [
        ("default", "llamacpp", "default", "local"),
        ("fast", "llamacpp", "fast", "local"),
        ("server", "openai", "default", "http"),
    ],
)
def test_preset_values(preset: str, backend: str, model: str, store: str) -> None:
    """Each preset selects its backend and model by configuration only."""
    s = load_settings(preset)
    assert (s.llm.backend, s.llm.model, s.store.mode, s.preset) == (backend, model, store, preset)


def test_env_beats_preset_and_arguments_beat_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """DESK_* variables override the preset file; explicit arguments override both."""
    monkeypatch.setenv("DESK_PRESET", "fast")
    monkeypatch.setenv("DESK_RETRIEVE__TOP_K", "7")
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "env"))
    s = load_settings()
    assert (s.preset, s.llm.model, s.retrieve.top_k, s.data_dir) == ("fast", "fast", 7, tmp_path / "env")
    s = load_settings(data_dir=tmp_path / "arg", retrieve={"top_k": 2})
    assert (s.data_dir, s.retrieve.top_k) == (tmp_path / "arg", 2)


def test_unknown_preset_and_bad_values_are_clear(monkeypatch: pytest.MonkeyPatch) -> None:
    """A typo in a preset name or a setting is refused with what to do."""
    with pytest.raises(ConfigError, match="choose one of"):
        load_settings("turbo")
    monkeypatch.setenv("DESK_LLM__BACKEND", "gpt")
    with pytest.raises(ConfigError, match="invalid settings"):
        load_settings()
    monkeypatch.delenv("DESK_LLM__BACKEND")
    with pytest.raises(ConfigError):
        load_settings(retrieve={"top_k": 3, "typo_field": 1})


def test_allowed_hosts_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """DESK_UI__ALLOWED_HOSTS is a comma-separated list of the names the app also answers to."""
    assert load_settings().ui.allowed_hosts == []
    monkeypatch.setenv("DESK_UI__ALLOWED_HOSTS", "desk.example, 10.0.0.5,")
    assert load_settings().ui.allowed_hosts == ["desk.example", "10.0.0.5"]
