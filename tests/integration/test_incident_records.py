"""Listing questions through the installed `assistant` command: real MiniLM embedder, Chroma on disk, no LLM."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.desk import Desk
from assistant.settings import load_settings

from conftest import ROOT, SEEDS

EXE = Path(sys.executable).with_name("assistant")


def _env(data_dir: Path) -> dict[str, str]:
    """The user's environment with no DESK_* settings but a fake LLM backend: a listing must never need the model."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESK_")}
    return {**env, "DESK_LLM__BACKEND": "fake", "DESK_DATA_DIR": str(data_dir.parent / "unused")}


def assistant(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `assistant <command> --data-dir D ...` as a user would."""
    command, *rest = args
    return subprocess.run(
        [str(EXE), command, "--data-dir", str(data_dir), *rest],
        capture_output=True,
        text=True,
        env=_env(data_dir),
        cwd=ROOT,
        timeout=600,
    )


def incident_lines(stdout: str) -> list[str]:
    """The listed incidents: the lines between the 'N incidents match' header (after the opening sentence) and the
    first blank line."""
    lines = stdout.split("\n\n", 1)[0].splitlines()
    assert len(lines) > 1 and "match" in lines[1], stdout
    return lines[2:]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`assistant ingest seeds/` into a fresh data dir, with the default (MiniLM) embedder."""
    data_dir = tmp_path_factory.mktemp("incidents") / "corpus"
    proc = assistant(data_dir, "ingest", str(SEEDS))
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "5 added" in proc.stdout
    return data_dir


def test_ingest_used_the_default_minilm_embedder(corpus: Path) -> None:
    """The corpus the command built is a MiniLM corpus that the default settings open with incidents in it."""
    settings = load_settings("default", data_dir=corpus)
    assert settings.embed.backend == "minilm"
    desk = Desk(settings)
    assert "minilm" in (desk.store.chunks.metadata or {}).get("embedder", "").lower()
    assert desk.store.incidents.count() >= 10


def test_attacks_near_kirkuk_in_2022(corpus: Path) -> None:
    """'attacks near Kirkuk in 2022' lists the 9 police killed near Shalal al-Matar, not the 2019 Makhmour strikes."""
    proc = assistant(corpus, "ask", "attacks near Kirkuk in 2022")
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = incident_lines(proc.stdout)
    shalal = [line for line in lines if "Shalal al-Matar" in line]
    assert len(shalal) == 1 and shalal[0].startswith("2022-12-18") and "9 killed" in shalal[0], proc.stdout
    assert "police" in shalal[0]
    assert all(line.startswith(("2022", "November 2022")) for line in lines), proc.stdout
    assert "Makhmour" not in proc.stdout and "2019" not in proc.stdout
    assert "Filters: near Kirkuk (50 km) \u00b7 2022-01-01..2022-12-31" in proc.stdout
    assert "[1] \u201c" in proc.stdout  # the quotes are printed below the list


def test_isis_attacks_in_salahuddin(corpus: Path) -> None:
    """'ISIS attacks in Salahuddin province' lists the Tikrit PMU ambush (11 killed) and Dujail, nothing elsewhere."""
    proc = assistant(corpus, "ask", "ISIS attacks in Salahuddin province")
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = incident_lines(proc.stdout)
    tikrit = [line for line in lines if "Tikrit" in line]
    assert len(tikrit) == 1 and "PMU" in tikrit[0] and "11 killed" in tikrit[0], proc.stdout
    assert any("Dujail" in line for line in lines), proc.stdout
    assert all("(Salahuddin)" in line for line in lines), proc.stdout
    assert all(place not in proc.stdout.split("\n\n", 1)[0] for place in ("Baghdad", "Kirkuk", "Mosul", "Makhmour"))


def test_options_give_the_same_kirkuk_incidents(corpus: Path) -> None:
    """--near Kirkuk --radius 50 --from/--to 2022 lists the same incidents as the plain-language question."""
    asked = assistant(corpus, "ask", "attacks near Kirkuk in 2022")
    opts = assistant(
        corpus, "ask", "--near", "Kirkuk", "--radius", "50", "--from", "2022-01-01", "--to", "2022-12-31", "attacks"
    )
    assert opts.returncode == 0, opts.stderr[-2000:]
    assert incident_lines(opts.stdout) == incident_lines(asked.stdout)
    assert "Filters: near Kirkuk (50 km) \u00b7 2022-01-01..2022-12-31" in opts.stdout


def test_no_match_prints_the_filters(corpus: Path) -> None:
    """'attacks near Basra in 2015' prints 'No incidents match' with the filters it applied, and no quotes."""
    proc = assistant(corpus, "ask", "attacks near Basra in 2015")
    assert proc.returncode == 0, proc.stderr[-2000:]
    first = proc.stdout.splitlines()[0]
    assert first == "No incidents match (near Basra (50 km) \u00b7 2015-01-01..2015-12-31)."
    assert "[1]" not in proc.stdout


def test_json_shows_the_parsed_filters(corpus: Path) -> None:
    """--json output carries incident_filters with the place, radius and dates read from the question."""
    proc = assistant(corpus, "ask", "--json", "attacks near Kirkuk in 2022")
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = json.loads(proc.stdout)
    f = data["incident_filters"]
    assert (f["place"], f["radius_km"], f["date_from"], f["date_to"]) == ("Kirkuk", 50.0, "2022-01-01", "2022-12-31")
    assert f["province"] is None and data["abstained"] is False
    assert data["sources"] and all({"quote", "start", "end", "doc_id"} <= set(s) for s in data["sources"])
