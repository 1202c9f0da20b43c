"""The chat UI over HTTP, as a browser's API client sees it (fake LLM, real Gradio server on loopback)."""

from __future__ import annotations

import re

import pytest
from conftest import NO_FILTERS, free_port
from gradio_client import Client
from gradio_client.exceptions import AuthenticationError

from assistant.app import read_auth_file, serve
from assistant.desk import Desk
from assistant.models.prompts import ABSTAIN


def _text(message: dict) -> str:
    content = message["content"]
    return content if isinstance(content, str) else " ".join(p.get("text", "") for p in content)


def ask(client: Client, question: str, history: list | None = None, fields: tuple = NO_FILTERS) -> dict:
    """One chat turn through the API; the outputs by name."""
    out = client.predict(question, history or [], *fields, api_name="/ask")
    names = ("history", "box", "sources", "chips", "markdown", "place", "radius", "date_from", "date_to", "type")
    return dict(zip(names, out))


def test_chat_answers_with_sources(client: Client) -> None:
    """The answer carries clickable [n] markers with the quote; the sources panel highlights it in the article."""
    r = ask(client, "How many PMU fighters were killed in the ambush east of Tikrit?")
    assert r["box"] == ""
    assert _text(r["history"][0]) == "How many PMU fighters were killed in the ambush east of Tikrit?"
    answer = _text(r["history"][1])
    assert "11" in answer and 'class="cite" href="#src-1"' in answer
    assert 'id="src-1"' in r["sources"] and "AFP \u00b7 2021-01-24" in r["sources"]
    assert re.search(r'<mark class="quote" data-n="1">[^<]*11[^<]*</mark>', r["sources"])
    assert "[1] \u201c" in r["markdown"]  # the copyable Markdown lists the quote under its number


def test_chat_abstains_visibly(client: Client) -> None:
    """An unanswerable question is shown as a distinct 'not in the articles' state with no sources."""
    r = ask(client, "Which football team won the cup?")
    answer = _text(r["history"][-1])
    assert 'class="abstain"' in answer and ABSTAIN in answer
    assert "No source is cited" in r["sources"]


def test_follow_up_keeps_history(client: Client) -> None:
    """A second question is appended to the conversation, not replacing it."""
    r = ask(client, "How many PMU fighters were killed east of Tikrit?")
    r = ask(client, "How many Katyusha rockets were fired at the Qayyarah base?", r["history"])
    assert len(r["history"]) == 4 and "Katyusha" in _text(r["history"][2])


def test_follow_up_keeps_the_conversation_filters(client: Client) -> None:
    """Filters read from one question stay for the next listing/count unless the user or the question changes them."""
    r = ask(client, "attacks near Kirkuk in 2022")
    assert "2 incidents match" in _text(r["history"][-1])
    assert (r["place"], r["date_from"], r["date_to"]) == ("Kirkuk", "2022-01-01", "2022-12-31")
    assert "near Kirkuk (50 km)" in r["chips"]
    fields = (r["place"], r["radius"], r["date_from"], r["date_to"], r["type"])
    r = ask(client, "how many were killed?", r["history"], fields)
    assert _text(r["history"][-1]).startswith("13 killed in 2 incidents")
    # The user edits one chip: the edit wins, the rest of the conversation's filters stay.
    fields = (r["place"], r["radius"], "2022-12-01", r["date_to"], r["type"])
    r = ask(client, "how many were killed?", r["history"], fields)
    assert _text(r["history"][-1]).startswith("9 killed in 1 incident")
    # The question names another place: it replaces the conversation's place.
    fields = (r["place"], r["radius"], r["date_from"], r["date_to"], r["type"])
    r = ask(client, "attacks in Salahuddin province", r["history"], fields)
    assert r["place"] == "Salahuddin" and "Kirkuk" not in r["chips"]


def test_markup_in_answers_and_articles_is_text(client: Client, desk: Desk, tmp_path) -> None:
    """A <script> in an article reaches the browser escaped, in the answer's tooltip and in the sources panel."""
    bad = tmp_path / "bad.txt"
    bad.write_text(
        "Rocket attack on the <script>window.__xss=1</script> base\n\n"
        "Three rockets hit the Zummar base on 3 March 2023, killing 2 soldiers <img src=x onerror=alert(1)>.\n"
    )
    desk.ingest([bad])
    r = ask(client, "attacks near Zummar in 2023")
    assert "<script>" not in r["sources"] and "&lt;script&gt;" in r["sources"]
    assert "<img" not in r["sources"] and "<img" not in _text(r["history"][-1])


def test_public_bind_needs_auth(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    """serve on a non-loopback address without credentials refuses to start."""
    from assistant.errors import ConfigError

    monkeypatch.delenv("DESK_UI_USER", raising=False)
    monkeypatch.delenv("DESK_UI_AUTH_FILE", raising=False)
    with pytest.raises(ConfigError, match="without authentication"):
        serve(desk.settings, host="0.0.0.0", port=free_port(), block=False, desk=desk)


def test_auth_file(tmp_path) -> None:
    """A password file gives logins; a malformed line is refused with its file and line number."""
    from assistant.errors import ConfigError

    good = tmp_path / "users"
    good.write_text("# analysts\nana:s3cret:with:colons\n\nbo:pw\n")
    assert read_auth_file(good) == [("ana", "s3cret:with:colons"), ("bo", "pw")]
    bad = tmp_path / "bad"
    bad.write_text("ana:pw\nnocolon\n")
    with pytest.raises(ConfigError, match="bad line 2"):
        read_auth_file(bad)


def test_login_required_when_auth_is_set(desk: Desk, monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """With a password file the app asks for a login: the API refuses an anonymous client."""
    users = tmp_path / "users"
    users.write_text("ana:pw\n")
    monkeypatch.setenv("DESK_UI_AUTH_FILE", str(users))
    port = free_port()
    app = serve(desk.settings, port=port, block=False, desk=desk)
    try:
        with pytest.raises(AuthenticationError):  # gradio's /config answers 401 to a client without a login
            Client(f"http://127.0.0.1:{port}/", verbose=False).predict(
                "attacks in 2022", [], *NO_FILTERS, api_name="/ask"
            )
        logged_in = Client(f"http://127.0.0.1:{port}/", auth=("ana", "pw"), verbose=False)
        assert "incidents match" in _text(logged_in.predict("attacks in 2022", [], *NO_FILTERS, api_name="/ask")[0][-1])
    finally:
        app.close()


def test_filters_in_the_ui_override_the_question(client: Client) -> None:
    """Filter fields narrow a listing question, and the filters used are shown as chips."""
    q = "attacks in 2022"
    r = ask(client, q)
    assert "3 incidents match" in _text(r["history"][-1])
    r = ask(client, q, [], ("Tarmiya", 20, "", "", ""))
    assert "1 incident match" in _text(r["history"][-1]) and "Tarmiya" in _text(r["history"][-1])
    assert "near Tarmiyah (20 km)" in r["chips"]
    r = ask(client, q, [], ("Atlantis", 20, "", "", ""))
    assert "Filter: unknown place" in _text(r["history"][-1])
