"""The real UI in headless Chromium: ask, cite, brief, upload, markup shown as text (slow: real MiniLM and GGUF model).

One app process serves every scenario: `assistant serve --preset fast` over a fresh corpus of the seeds. Each
scenario is a Playwright script in tests/browser/ run with node; screenshots land in tests/artifacts/browser/.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS

BROWSER_DIR = ROOT / "tests" / "browser"
ARTIFACTS = ROOT / "tests" / "artifacts" / "browser"
CHROMIUM = Path(os.environ.get("DESK_CHROMIUM", "/usr/bin/chromium"))
ASSISTANT = Path(sys.executable).parent / "assistant"
# In the order a user would meet them; upload and xss add articles, so they come after the questions on the seeds.
SCENARIOS = ["ask", "cite", "briefing", "incidents", "upload", "xss"]
SCENARIO_TIMEOUT_S = 300
START_TIMEOUT_S = 180


def _missing_tools() -> list[str]:
    missing = []
    if shutil.which("node") is None:
        missing.append("node (Node.js 20+)")
    if not CHROMIUM.is_file():
        missing.append(f"Chromium at {CHROMIUM}")
    if not (BROWSER_DIR / "node_modules" / "playwright-core" / "package.json").is_file():
        missing.append("tests/browser/node_modules/playwright-core")
    return missing


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _app_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESK_")}
    env["DESK_DATA_DIR"] = str(data_dir)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _wait_until_up(url: str, proc: subprocess.Popen[bytes], log: Path) -> float:
    """Seconds until the page answers 200; fails with the server log if it exits or never answers."""
    started = time.monotonic()
    while time.monotonic() - started < START_TIMEOUT_S:
        if proc.poll() is not None:
            pytest.fail(f"`assistant serve` exited with {proc.returncode} before answering:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as resp:
                if resp.status == 200:
                    return time.monotonic() - started
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    pytest.fail(f"{url} did not answer within {START_TIMEOUT_S}s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """URL of the real app (fast preset) serving a fresh corpus of the seeds, ingested with the real MiniLM."""
    missing = _missing_tools()
    if missing:
        # CI runs `make setup` first, so a missing browser is a setup bug, never a reason to skip.
        pytest.fail(f"browser tests need {', '.join(missing)}: run `make setup`")
    tmp = tmp_path_factory.mktemp("browser")
    env = _app_env(tmp / "data")
    ingest = subprocess.run(
        [str(ASSISTANT), "ingest", "--preset", "fast", str(SEEDS)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert ingest.returncode == 0, f"ingesting the seeds failed:\n{ingest.stdout}\n{ingest.stderr}"
    port = _free_port()
    url = f"http://127.0.0.1:{port}/"
    log = tmp / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(ASSISTANT), "serve", "--preset", "fast", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        print(f"app up at {url} after {_wait_until_up(url, proc, log):.1f}s")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        print(f"server log tail:\n{log.read_text()[-2000:]}")


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_scenario(app_url: str, scenario: str) -> None:
    """Run tests/browser/<scenario>.mjs in headless Chromium against the app; it exits 0 when every check held."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob(f"{scenario}-*.png"):
        old.unlink()  # screenshots must come from this run
    env = {**os.environ, "DESK_URL": app_url, "DESK_ARTIFACTS": str(ARTIFACTS)}
    started = time.monotonic()
    run = subprocess.run(
        ["node", str(BROWSER_DIR / f"{scenario}.mjs")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=SCENARIO_TIMEOUT_S,
    )
    print(f"{scenario}: exit {run.returncode} in {time.monotonic() - started:.1f}s\n{run.stdout}{run.stderr}")
    assert run.returncode == 0, f"browser scenario {scenario!r} failed:\n{run.stdout}\n{run.stderr}"
    assert list(ARTIFACTS.glob(f"{scenario}-*.png")), f"scenario {scenario!r} saved no screenshot in {ARTIFACTS}"
