"""Real embedder + real Chroma on disk: ingest the seeds, reopen in a new process, find the right article."""

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

QUESTIONS = [
    ("How many PMU fighters were killed in the ambush east of Tikrit?", "002"),
    ("How many people were wounded in the Makhmour ambush?", "000"),
    ("How many Katyusha rockets were fired at the Qayyarah base?", "001"),
    ("How many airstrikes hit the Makhmour mountains?", "001"),
    ("How many security personnel were killed in Dujail?", "003"),
    ("What happened in the village of Kola Jawi?", "003"),
    ("How many federal police officers were killed near Shalal al-Matar?", "004"),
    ("What did Prime Minister Mohammed Shia al-Sudani say about the attack?", "004"),
    ("Where were the wounded men taken for treatment after the militia convoy was ambushed?", "000"),
    ("Which Turkish ambassador called the assault a cowardly ambush?", "000"),
    ("Which brigade did ISIS attack near Tikrit?", "002"),
    ("How many fighters does the UN estimate ISIS has in Iraq and Syria?", "004"),
]
OFF_TOPIC = ["What is a good recipe for pancakes?", "Which team won the 2018 football World Cup?"]

_CHILD = """
import json, sys
from assistant.desk import Desk
from assistant.settings import load_settings
desk = Desk(load_settings("default"))
out = {q: [h.chunk.doc_id for h in desk.retrieve(q)] for q in json.loads(sys.argv[1])}
print(json.dumps({"counts": desk.store.counts(), "hits": out, "llm_loaded": desk._llm is not None}))
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """Seeds ingested with the real MiniLM embedder into a Chroma dir; returns (data dir, seed prefix -> doc id)."""
    data_dir = tmp_path_factory.mktemp("corpus")
    desk = Desk(load_settings("default", data_dir=data_dir))
    report = desk.ingest([SEEDS])
    assert report.count("added") == 5
    return data_dir, {Path(r.path).name[:3]: r.doc_id for r in report.results}


def test_reopened_store_retrieves_right_article(corpus: tuple[Path, dict[str, str]]) -> None:
    """A new process opens the store from disk; the answering article is among the hits for every question
    and ranked first for at least 10 of the 12 (RRF measured 10/12 on these; see the closing note)."""
    data_dir, ids = corpus
    env = {**os.environ, "DESK_DATA_DIR": str(data_dir)}
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, json.dumps([q for q, _ in QUESTIONS] + OFF_TOPIC)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["counts"][0] == 5
    assert result["llm_loaded"] is False
    not_shown = [q for q, seed in QUESTIONS if ids[seed] not in result["hits"][q]]
    assert not_shown == [], f"the answering article is not among the hits the model sees: {not_shown}"
    first = sum(result["hits"][q][:1] == [ids[seed]] for q, seed in QUESTIONS)
    assert first >= 10, f"right article ranked first for only {first} of {len(QUESTIONS)} questions"
    for q in OFF_TOPIC:
        assert result["hits"][q] == [], q


def test_search_cli_in_fresh_process(corpus: tuple[Path, dict[str, str]]) -> None:
    """`assistant search` run as a command finds the Kirkuk attack article, without loading any LLM."""
    data_dir, ids = corpus
    exe = Path(sys.executable).with_name("assistant")
    proc = subprocess.run(
        [str(exe), "search", "--data-dir", str(data_dir), "police killed near Kirkuk"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.startswith("1. ") and ids["004"] in proc.stdout.splitlines()[0]
