"""compose.yaml, deploy/Caddyfile and the Dockerfile against the code they deploy (Docker itself is not run here):
every DESK_* name is a real setting (or a variable the package reads), the values load, and the services agree on
names, ports, the model file and the Chroma version."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import chromadb
import pytest
import yaml
from pydantic import BaseModel

from assistant.models.weights import MODELS
from assistant.settings import Settings, load_settings

from conftest import ROOT

COMPOSE = ROOT / "compose.yaml"
CADDYFILE = ROOT / "deploy" / "Caddyfile"
DOCKERFILE = ROOT / "Dockerfile"
_DEFAULTED = re.compile(r"\$\{(\w+):-([^}]*)\}")  # compose's ${VAR:-default}


def _compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def _env(service: dict[str, Any]) -> dict[str, str]:
    """A service's environment with ${VAR:-default} replaced by its default (as compose does with VAR unset)."""
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {k: _DEFAULTED.sub(lambda m: m.group(2), str(v)) for k, v in env.items()}


def _image_command() -> list[str]:
    """The Dockerfile's CMD: what an app-image service runs when compose gives no command."""
    found = re.search(r"^CMD (\[.*\])$", DOCKERFILE.read_text(encoding="utf-8"), re.M)
    assert found is not None, "the Dockerfile has no CMD line"
    return yaml.safe_load(found.group(1))


def _app_services(compose: dict[str, Any]) -> dict[str, list[str]]:
    """Services that run `assistant serve`, with their command."""
    commands = {
        name: [
            str(x) for x in s.get("command") or (_image_command() if s.get("image") == "incident-desk:local" else [])
        ]
        for name, s in compose["services"].items()
    }
    return {name: cmd for name, cmd in commands.items() if cmd[:2] == ["assistant", "serve"]}


def setting_for(name: str) -> bool:
    """True when DESK_A__B names field b of group a of Settings (DESK_A: a top-level field), as pydantic-settings maps
    environment variables with prefix DESK_ and the nested delimiter '__'."""
    if not name.startswith("DESK_"):
        return False
    model: type[BaseModel] = Settings
    parts = name.removeprefix("DESK_").lower().split("__")
    for i, part in enumerate(parts):
        field = model.model_fields.get(part)
        if field is None:
            return False
        if i < len(parts) - 1:
            inner = field.annotation
            if not (isinstance(inner, type) and issubclass(inner, BaseModel)):
                return False
            model = inner
    return True


def read_by_package(name: str) -> bool:
    """True when the package reads this variable itself (os.environ.get("NAME"), e.g. the UI's login variables)."""
    return any(f'"{name}"' in p.read_text(encoding="utf-8") for p in (ROOT / "assistant").rglob("*.py"))


@pytest.mark.parametrize(
    ("name", "real"),
    [
        ("DESK_STORE__HOST", True),
        ("DESK_PRESET", True),
        ("DESK_UI__ALLOWED_HOSTS", True),
        ("DESK_STORE_HOST", False),  # one underscore: pydantic-settings ignores it and the default host is used
        ("DESK_LLM__MODEL_NAME", False),
        ("DESK_LLM__BASE_URL__X", False),
        ("DESK_UI_USER", False),  # read by app.py, not a setting
    ],
)
def test_setting_for_tells_real_settings_from_lookalikes(name: str, real: bool) -> None:
    """The mapping the compose check relies on accepts settings and refuses names pydantic-settings would ignore."""
    assert setting_for(name) is real


def test_every_desk_variable_in_compose_is_a_setting_or_read_by_the_package() -> None:
    """A misspelt DESK_* name is silently ignored by the app (its default applies): each one here must be real."""
    compose = _compose()
    names = {k for s in compose["services"].values() for k in _env(s) if k.startswith("DESK_")}
    assert names, "compose.yaml sets no DESK_* variables"
    unknown = sorted(n for n in names if not setting_for(n) and not read_by_package(n))
    assert not unknown, f"not settings and not read by assistant/: {unknown}"


def test_the_app_services_settings_load_and_point_at_the_compose_servers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The apps' environment gives valid settings that reach the chroma and llm services on their ports, and the LLM
    server serves the model name, context and file the app expects."""
    compose = _compose()
    services = compose["services"]
    apps = _app_services(compose)
    assert len(apps) >= 2, "two app instances behind the proxy"
    llm_cmd = [str(x) for x in services["llm"]["command"]]
    llm_arg = dict(zip(llm_cmd[::2], llm_cmd[1::2]))
    chroma_cmd = [str(x) for x in services["chroma"]["command"]]
    for name in apps:
        for key, value in _env(services[name]).items():
            if setting_for(key):
                monkeypatch.setenv(key, value)
        settings = load_settings()
        assert settings.preset == "server"
        assert settings.store.mode == "http" and settings.llm.backend == "openai", name
        assert (
            settings.store.host == "chroma" and str(settings.store.port) == chroma_cmd[chroma_cmd.index("--port") + 1]
        )
        assert settings.llm.base_url == f"http://llm:{llm_arg['--port']}/v1", settings.llm.base_url
        assert settings.llm.server_model == llm_arg["--alias"]
        assert int(llm_arg["--ctx-size"]) == settings.llm.n_ctx
        # llama-server takes the json_schema format; json_object is only for llama-cpp-python's server.
        assert settings.llm.response_format == "json_schema"
        assert "localhost" in settings.ui.allowed_hosts
    gguf = MODELS[load_settings("default").llm.model].filename
    assert llm_arg["-m"] == f"/models/{gguf}"
    assert gguf in " ".join(services["model-files"]["command"])


def test_chroma_image_is_the_installed_client_version() -> None:
    """The Chroma server image is the release of the pinned client (a client and server of other versions may not
    speak the same API)."""
    image = _compose()["services"]["chroma"]["image"]
    assert image == f"chromadb/chroma:{chromadb.__version__}"


def test_the_proxy_sends_to_every_app_instance_on_its_serve_port() -> None:
    """deploy/Caddyfile's upstreams are exactly the app services, on the port each one's `serve` binds (the image's
    default command when compose gives none)."""
    compose = _compose()
    expected = set()
    for name, cmd in _app_services(compose).items():
        assert cmd[:2] == ["assistant", "serve"] and cmd[cmd.index("--host") + 1] == "0.0.0.0", (name, cmd)
        expected.add(f"{name}:{cmd[cmd.index('--port') + 1]}")
    upstreams = re.search(r"reverse_proxy\s+([^{\n]+)", CADDYFILE.read_text(encoding="utf-8"))
    assert upstreams is not None
    assert set(upstreams.group(1).split()) == expected
    assert "/etc/caddy/Caddyfile" in " ".join(compose["services"]["proxy"]["volumes"])


def test_dockerfile_points_the_app_at_its_prompts_and_prepares_the_model() -> None:
    """A non-editable install puts the package in site-packages, away from prompts/: the image must say where they
    are, and the settings key it uses must exist."""
    text = DOCKERFILE.read_text(encoding="utf-8")
    env_names = re.findall(r"\b(DESK_[A-Z_]+)=", text)
    assert "DESK_PROMPTS_DIR" in env_names
    assert all(setting_for(n) for n in env_names), env_names
    assert re.search(r"^RUN assistant models$", text, re.M)
    assert "COPY prompts/ prompts/" in text
    assert Path(ROOT / "prompts").is_dir()
