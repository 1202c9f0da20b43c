"""The chat UI over HTTP, as a browser's API client sees it (fake LLM, real Gradio server on loopback)."""

from __future__ import annotations

import socket

import pytest
from gradio_client import Client

from assistant.app import serve, sources_markdown
from assistant.desk import Desk
from assistant.prompts import ABSTAIN
from assistant.schemas import Answer, Citation


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


NO_FILTERS = ("", 50, "", "", "")  # place, radius, from, to, attack type: the question's own filters apply


def _text(message: dict) -> str:
    content = message["content"]
    return content if isinstance(content, str) else " ".join(p.get("text", "") for p in content)


@pytest.fixture
def client(desk: Desk):
    port = free_port()
    app = serve(desk.settings, port=port, block=False, desk=desk)
    try:
        yield Client(f"http://127.0.0.1:{port}/", verbose=False)
    finally:
        app.close()


def test_chat_answers_with_sources(client: Client) -> None:
    """Asking in the chat returns the cited answer and a sources panel with the quote, title and date."""
    history, box, sources = client.predict("How many PMU fighters were killed in the ambush east of Tikrit?", [], *NO_FILTERS, api_name="/ask")
    assert box == ""
    assert _text(history[0]) == "How many PMU fighters were killed in the ambush east of Tikrit?"
    assert "[1]" in _text(history[1]) and "11" in _text(history[1])
    assert "**[1]**" in sources and "(AFP, 2021-01-24)" in sources


def test_chat_abstains_visibly(client: Client) -> None:
    """An unanswerable question shows the abstain sentence and says no passage supports an answer."""
    history, _, sources = client.predict("Which football team won the cup?", [], *NO_FILTERS, api_name="/ask")
    assert _text(history[-1]) == ABSTAIN
    assert "No supporting passage" in sources


def test_follow_up_keeps_history(client: Client) -> None:
    """A second question is appended to the conversation, not replacing it."""
    history, _, _ = client.predict("How many PMU fighters were killed east of Tikrit?", [], *NO_FILTERS, api_name="/ask")
    history, _, _ = client.predict("How many Katyusha rockets were fired at the Qayyarah base?", history, *NO_FILTERS, api_name="/ask")
    assert len(history) == 4 and "Katyusha" in _text(history[2])


def test_article_html_is_shown_as_text() -> None:
    """A quote containing markup is escaped in the sources panel, never rendered as HTML."""
    cite = Citation(n=1, doc_id="d", chunk_id="d:0", quote="<script>alert(1)</script> bomb", start=0, end=30, title="<b>t</b>")
    md = sources_markdown(Answer(question="q", text="x [1].", sources=[cite]))
    assert "<script>" not in md and "&lt;script&gt;" in md and "<b>" not in md


def test_public_bind_needs_auth(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    """serve on a non-loopback address without credentials refuses to start."""
    from assistant.errors import ConfigError

    monkeypatch.delenv("DESK_UI_USER", raising=False)
    with pytest.raises(ConfigError, match="without authentication"):
        serve(desk.settings, host="0.0.0.0", port=free_port(), block=False, desk=desk)


def test_filters_in_the_ui_override_the_question(client: Client) -> None:
    """Filter fields narrow a listing question, and the filters used are shown with the sources."""
    q = "attacks in 2022"
    history, _, sources = client.predict(q, [], "", 50, "", "", "", api_name="/ask")
    assert "3 incidents match" in _text(history[-1])
    history, _, sources = client.predict(q, [], "Tarmiya", 20, "", "", "", api_name="/ask")
    assert "1 incident match" in _text(history[-1]) and "Tarmiya" in _text(history[-1])
    assert sources.startswith("**Filters:** near Tarmiyah (20 km)")
    history, _, _ = client.predict(q, [], "Atlantis", 20, "", "", "", api_name="/ask")
    assert "Filter: unknown place" in _text(history[-1])
