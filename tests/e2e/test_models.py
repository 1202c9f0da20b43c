"""End to end with the real GGUF models, the real embedder and Chroma on disk (slow: minutes on CPU)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from gradio_client import Client

from assistant.app import serve
from assistant.desk import Desk
from assistant.models.prompts import ABSTAIN
from assistant.schemas import Answer
from assistant.settings import load_settings

from conftest import SEEDS

PMU_Q = "How many PMU fighters were killed in the ambush east of Tikrit?"
MAKHMOUR_Q = "How many people were wounded in the Makhmour ambush?"
UNANSWERABLE_Q = "How many civilians were killed in Basra in 2020?"
# Open questions go to the model (counting questions above are answered from incident records).
QAYYARAH_Q = "Where were the wounded men taken for treatment after the Makhmour ambush?"
UNANSWERABLE_OPEN_Q = "What did the governor of Basra say about the bombing?"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """Seeds ingested with the real embedder; (data dir, seed prefix -> doc id)."""
    data_dir = tmp_path_factory.mktemp("corpus")
    report = Desk(load_settings("default", data_dir=data_dir)).ingest([SEEDS])
    return data_dir, {Path(r.path).name[:3]: r.doc_id for r in report.results}


@pytest.fixture(scope="module", params=["fast", "default"])
def desk(request: pytest.FixtureRequest, corpus: tuple[Path, dict[str, str]]) -> Desk:
    """A desk with a real packaged model (both presets)."""
    return Desk(load_settings(request.param, data_dir=corpus[0]))


def assert_cited(desk: Desk, answer: Answer, figure: str, doc_id: str) -> None:
    """The answer states the figure, cites the expected article, and every quote is verbatim."""
    assert not answer.abstained, answer
    assert figure in answer.text, answer.text
    assert any(c.doc_id == doc_id and figure in c.quote for c in answer.sources), answer.sources
    for c in answer.sources:
        assert desk.store.article(c.doc_id).text[c.start : c.end] == c.quote


def test_pmu_fighters_killed(desk: Desk, corpus) -> None:
    """'How many PMU fighters were killed ... east of Tikrit?' -> 11, quoted from seed 002."""
    assert_cited(desk, desk.ask(PMU_Q), "11", corpus[1]["002"])


def test_makhmour_wounded(desk: Desk, corpus) -> None:
    """'How many people were wounded in the Makhmour ambush?' -> 31, quoted from seed 000."""
    assert_cited(desk, desk.ask(MAKHMOUR_Q), "31", corpus[1]["000"])


def test_unanswerable_abstains(desk: Desk) -> None:
    """A plausible counting question the articles do not answer: no incidents match, nothing cited."""
    answer = desk.ask(UNANSWERABLE_Q)
    assert answer.abstained and answer.sources == [] and "No incidents match" in answer.text


def test_model_answers_open_question_with_quote(desk: Desk, corpus) -> None:
    """An open question goes to the model, whose answer is cited verbatim to the right article."""
    answer = desk.ask(QAYYARAH_Q)
    assert_cited(desk, answer, "Qayyarah", corpus[1]["000"])


def test_model_abstains_on_open_unanswerable(desk: Desk) -> None:
    """An open question the articles do not answer gets the shared abstain sentence."""
    answer = desk.ask(UNANSWERABLE_OPEN_Q)
    assert answer.abstained and answer.text == ABSTAIN and answer.sources == []


def test_cli_ask_with_default_model(corpus) -> None:
    """`assistant ask --json` as a user runs it answers the Makhmour question with a verifiable quote."""
    data_dir, ids = corpus
    exe = Path(sys.executable).with_name("assistant")
    proc = subprocess.run(
        [str(exe), "ask", "--json", "--data-dir", str(data_dir), MAKHMOUR_Q],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    answer = Answer.model_validate_json(proc.stdout)
    assert "31" in answer.text and any(c.doc_id == ids["000"] for c in answer.sources)
    text = Desk(load_settings("default", data_dir=data_dir)).store.article(ids["000"]).text
    assert all(text[c.start : c.end] == c.quote for c in answer.sources if c.doc_id == ids["000"])
    proc = subprocess.run(
        [str(exe), "ask", "--data-dir", str(data_dir), UNANSWERABLE_OPEN_Q], capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0 and proc.stdout.strip() == ABSTAIN


def test_ui_with_default_model(corpus) -> None:
    """The chat UI, served as `assistant serve` does, answers the PMU question with its quote."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = serve(load_settings("default", data_dir=corpus[0]), port=port, block=False)
    try:
        out = Client(f"http://127.0.0.1:{port}/", verbose=False).predict(PMU_Q, [], "", 50, "", "", "", api_name="/ask")
        history, sources = out[0], out[2]  # chat, question box, sources panel, chips, markdown, five filter fields
    finally:
        app.close()
    reply = history[-1]["content"]
    reply = reply if isinstance(reply, str) else json.dumps(reply)
    assert "11" in reply and "[1]" in reply
    assert "11 fighters" in sources and '<mark class="quote"' in sources


def test_briefing_with_default_model(corpus) -> None:
    """A Kirkuk 2022 briefing: totals by code, model paragraphs whose every citation is verbatim."""
    import re

    from assistant.answering.question import parse_scope

    desk = Desk(load_settings("default", data_dir=corpus[0]))
    b = desk.brief(parse_scope("near Kirkuk, 2022"))
    assert b.totals.incidents == 2 and b.totals.killed.low == 13
    assert "Makhmour" not in b.markdown
    cited = {c.n: c for c in b.citations}
    for n in map(int, re.findall(r"\[(\d+)\]", b.markdown)):
        c = cited[n]
        assert desk.store.article(c.doc_id).text[c.start : c.end] == c.quote
    for p in b.paragraphs:  # whoever wrote it, a paragraph's figures are the record's
        assert p.claims and all(c.citations for c in p.claims)
