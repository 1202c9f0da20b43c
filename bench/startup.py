"""Startup (issue 12): `assistant ask` alone, which loads the embedder and the model, against `assistant ask` sent to a
running `assistant serve`, with the real models; and what the app takes to start and to hold them.

The seeds are ingested into a temp data dir with the CLI first (not timed). Every command is a fresh process, timed
from outside as a user waits for it. `--quick` uses the fast preset (0.5B model).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, Row, rss_mb, section_main

SECTION = "startup"
QUESTION = "Which PMU officer spoke to AFP about the ambush near Tikrit?"
# The first question is another open one, so QUESTION's prompt is not in the model's cache when it is timed (an open
# one: who was blamed for one named attack is now its record's, answered with no model)
WARM_UP = "Where were the wounded men taken for treatment after the Makhmour ambush?"
CLI = [sys.executable, "-c", "from assistant.cli import main; main()"]
TARGET_S = 15.0


def _env(data: Path, preset: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESK_")}  # no fake model or other corpus leaks in
    return env | {"PYTHONPATH": str(ROOT), "DESK_DATA_DIR": str(data), "DESK_PRESET": preset}


def _timed(args: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"error: {' '.join(args[3:])} exited {done.returncode}:\n{done.stderr[-2000:]}")
    return elapsed, done


def _status(url: str, token: str) -> dict[str, object] | None:
    """The app's /desk/status, or None while it does not answer."""
    import http.client

    host, _, port = url.partition("://")[2].rpartition(":")
    conn = http.client.HTTPConnection(host.strip("[]"), int(port), timeout=2)
    try:
        conn.request("GET", "/desk/status", headers={"x-desk-token": token})
        resp = conn.getresponse()
        return json.loads(resp.read()) if resp.status == 200 else None
    except OSError:
        return None
    finally:
        conn.close()


def _hwm_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run(quick: bool) -> list[Row]:
    """Cold CLI ask, the app's start, CLI ask through the app, and the app's memory."""
    preset = "fast" if quick else "default"
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        data = Path(tmp) / "data"
        env = _env(data, preset)
        _timed([*CLI, "ingest", str(ROOT / "seeds")], env)
        ask = [*CLI, "ask", QUESTION, "--json"]

        import_s, _ = _timed([sys.executable, "-c", "import assistant.cli"], env)
        cold_s, cold = _timed([*ask, "--local"], env)
        rows.append(
            Row(
                SECTION,
                "CLI import only (python -c 'import assistant.cli')",
                import_s,
                "s",
                note="the floor of any CLI command",
            )
        )
        rows.append(
            Row(
                SECTION,
                f"CLI ask cold, --local (open question, {preset} preset)",
                cold_s,
                "s",
                baseline="CLI import only",
                baseline_value=import_s,
                note="loads embedder and model in the process",
            )
        )

        port = _free_port()
        start = time.perf_counter()
        app = subprocess.Popen(
            [*CLI, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            ready = data / f"serve-{port}.json"
            while not ready.exists():
                if app.poll() is not None or time.perf_counter() - start > 300:
                    raise SystemExit("error: assistant serve did not start")
                time.sleep(0.1)
            ready_s = time.perf_counter() - start
            info = json.loads(ready.read_text())
            first = subprocess.Popen(
                [*CLI, "ask", WARM_UP, "--json"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
            )
            loaded_s = None
            while first.poll() is None:
                if loaded_s is None and (_status(info["url"], info["token"]) or {}).get("model_loaded"):
                    loaded_s = time.perf_counter() - start
                time.sleep(0.2)
            first_s = time.perf_counter() - start
            first_err = first.communicate()[1]
            if first.returncode != 0:
                raise SystemExit(f"error: first ask through the app failed:\n{first_err}")
            idle_mb = rss_mb(app.pid)
            Path(f"/proc/{app.pid}/clear_refs").write_text("5")  # the peak from here on is the answer's
            warm_s, out = _timed(ask, env)
            peak_mb = _hwm_mb(app.pid)
        finally:
            app.send_signal(signal.SIGTERM)
            app.wait(60)
        served = "answered by `assistant serve`" in out.stderr
        same = json.loads(out.stdout) == json.loads(cold.stdout)
        rows.append(Row(SECTION, "serve: start to ready file (app listening)", ready_s, "s"))
        if loaded_s is not None:
            rows.append(Row(SECTION, "serve: start to model loaded (/desk/status)", loaded_s, "s"))
        rows.append(
            Row(
                SECTION,
                "serve: start to first answer (a CLI ask sent once it listens)",
                first_s,
                "s",
                note=f"first answer possible, seen by a user; answered by the app: {'answered by' in first_err}",
            )
        )
        rows.append(
            Row(
                SECTION,
                f"CLI ask with serve running (open question, {preset} preset)",
                warm_s,
                "s",
                baseline="CLI ask cold, --local",
                baseline_value=cold_s,
                target="CLI ask <= 15 s cold (open question)",
                met=served and warm_s <= TARGET_S,
                note=f"after another question; answered by the app: {served}; same JSON as --local: {same}",
            )
        )
        rows.append(Row(SECTION, "serve RSS idle, model loaded (after first answer)", idle_mb, "MiB"))
        rows.append(Row(SECTION, "serve peak RSS during an answer (VmHWM)", peak_mb, "MiB"))
        rows.append(
            Row(SECTION, "ready file removed at SIGTERM", float(not ready.exists()), "bool", note="1 = removed")
        )
    return rows


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


if __name__ == "__main__":
    section_main(run)
