"""The chat UI over HTTP, as a browser's API client sees it (fake LLM, real Gradio server on loopback)."""

from __future__ import annotations

import json
import os
import re
import socket
import time
from pathlib import Path

import pytest
from gradio_client import Client, handle_file
from gradio_client.exceptions import AuthenticationError

from assistant.app import read_auth_file, serve
from assistant.desk import Desk
from assistant.models.fakes import FakeLLM, extractive_responder
from assistant.models.prompts import ABSTAIN
from assistant.ui.corpus import DOC_HEADERS, RESULT_HEADERS, uploads_dir
from assistant.ui.incidents import HEADERS

from conftest import NO_FILTERS, TIKRIT, free_port, upload_files

KIRKUK_2022_FIELDS = (
    "Kirkuk",
    50,
    "2022-01-01",
    "2022-12-31",
    "",
    "",
)  # Incidents tab: place, radius, from, to, type, perpetrator


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
    assert re.search(r'<mark class="quote" data-n="1" id="src-1">[^<]*11[^<]*</mark>', r["sources"])
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
    assert _text(r["history"][-1]).startswith("13 people were killed in 2 attacks near Kirkuk")
    assert "13 killed in 2 incidents" in _text(r["history"][-1])
    # The user edits one chip: the edit wins, the rest of the conversation's filters stay.
    fields = (r["place"], r["radius"], "2022-12-01", r["date_to"], r["type"])
    r = ask(client, "how many were killed?", r["history"], fields)
    assert _text(r["history"][-1]).startswith("9 people were killed in the IED attack by ISIS")
    assert "9 killed in 1 incident" in _text(r["history"][-1])
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


def test_changes_in_the_app_are_logged_with_the_login(desk: Desk, monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """Logged in as ana, an upload and a delete over HTTP are lines of the change log naming ana, via the ui."""
    users = tmp_path / "users"
    users.write_text("ana:pw\n")
    monkeypatch.setenv("DESK_UI_AUTH_FILE", str(users))
    log = tmp_path / "changes.jsonl"
    logged = Desk(
        desk.settings.model_copy(update={"store": desk.settings.store.model_copy(update={"changes_log": log})})
    )
    port = free_port()
    app = serve(logged.settings, port=port, block=False, desk=logged)
    try:
        ana = Client(f"http://127.0.0.1:{port}/", auth=("ana", "pw"), verbose=False)
        results = ana.predict([handle_file(str(upload_files(tmp_path)["tikrit.txt"]))], api_name="/ingest")[0]
        assert results["data"][0][1] == "added"
        doc_id = results["data"][0][2].split("doc ")[1].split(" ")[0]
        assert ana.predict(doc_id, api_name="/delete")[0].startswith("Deleted")
    finally:
        app.close()
    lines = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [(c["action"], c["who"], c["via"], c["doc_id"]) for c in lines] == [
        ("add", "ana", "ui", doc_id),
        ("delete", "ana", "ui", doc_id),
    ]


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


class SlowLLM(FakeLLM):
    """Takes a moment per reply so that concurrent requests have to queue."""

    def stream(self, messages, schema=None, max_tokens=384):  # type: ignore[override]
        time.sleep(1.5)
        yield from super().stream(messages, schema, max_tokens)


def test_concurrent_users_queue_and_none_is_lost(settings, seeds) -> None:
    """Three users ask at once: the model takes one at a time, the others are told their place, all get answers."""
    desk = Desk(settings, llm=SlowLLM(responder=extractive_responder))
    desk.ingest([seeds])
    port = free_port()
    app = serve(desk.settings, port=port, block=False, desk=desk)
    try:
        clients = [Client(f"http://127.0.0.1:{port}/", verbose=False) for _ in range(3)]
        jobs = [
            c.submit("Where were the wounded men taken for treatment?", [], *NO_FILTERS, api_name="/ask")
            for c in clients
        ]
        deadline = time.time() + 60
        while not all(j.done() for j in jobs) and time.time() < deadline:
            time.sleep(0.1)
        answers = [j.result()[0][-1]["content"] for j in jobs]
        texts = [a if isinstance(a, str) else " ".join(p["text"] for p in a) for a in answers]
        assert all("Qayyarah" in t or "abstain" in t for t in texts), texts
        places = [
            _text(out[0][-1]) for j in jobs for out in j.outputs() if "Waiting for the model" in _text(out[0][-1])
        ]
        assert any("2 questions ahead" in p for p in places), places  # the last of the three to reach the model
        assert any("1 question ahead" in p for p in places), places
    finally:
        app.close()


def test_incidents_endpoint_filters_near_kirkuk_in_2022(client: Client) -> None:
    """Over HTTP: the two seed incidents near Kirkuk in 2022, both figures, the SVG map and a timeline image."""
    table, map_plot, timeline_plot, message = client.predict(*KIRKUK_2022_FIELDS, api_name="/incidents")[:4]
    assert table["headers"] == HEADERS
    assert [(r[0], r[1]) for r in table["data"]] == [("2022-11", "Kirkuk"), ("2022-12-18", "Kirkuk")]
    assert [r[5] for r in table["data"]] == [4, 9]
    assert map_plot.startswith("<svg") and map_plot.count('class="spot"') == 1  # both at Kirkuk: one marker, x2
    assert "1 \u00d72" in map_plot and 'id="incmap-radius"' in map_plot
    assert timeline_plot["plot"].startswith("data:image/")
    assert "**2** incidents" in message


def test_incidents_endpoint_other_filters(client: Client) -> None:
    """Perpetrator, province and type narrow the list; an unknown place is reported, not widened to everything."""
    table = client.predict("Kirkuk", 50, "2022-01-01", "2022-12-31", "", "ISIS", api_name="/incidents")[0]
    assert [r[0] for r in table["data"]] == ["2022-12-18"]
    table = client.predict("Salahuddin", 50, "", "", "", "", api_name="/incidents")[0]
    assert table["data"] and {r[2] for r in table["data"]} == {"Salahuddin"}
    table = client.predict("", 50, "", "", "ied", "", api_name="/incidents")[0]
    assert table["data"] and {r[3] for r in table["data"]} == {"IED attack"}
    table, map_plot, _, message = client.predict("Atlantis", 50, "", "", "", "", api_name="/incidents")[:4]
    assert table["data"] == [] and not map_plot and "unknown place" in message
    everything = client.predict("", 50, "", "", "", "", api_name="/incidents")[0]
    assert len(everything["data"]) == 11  # the seeds' incident records, duplicates merged


def test_upload_delete_over_http(client: Client, desk: Desk, tmp_path: Path) -> None:
    """Over HTTP: two good files, a wrong type and a duplicate give per-file results; delete clears every trace."""
    files = upload_files(tmp_path)
    dup = tmp_path / "to-upload" / "copy-of-tikrit.txt"
    dup.write_text(TIKRIT, encoding="utf-8")
    results, docs, choices, message, upload = client.predict(
        [
            handle_file(str(files["tikrit.txt"])),
            handle_file(str(files["hawija.md"])),
            handle_file(str(files["notes.exe"])),
            handle_file(str(dup)),
        ],
        api_name="/ingest",
    )
    assert results["headers"] == RESULT_HEADERS
    assert [r[:2] for r in results["data"]] == [
        ["tikrit.txt", "added"],
        ["hawija.md", "added"],
        ["notes.exe", "rejected"],
        ["copy-of-tikrit.txt", "duplicate"],
    ]
    assert "unsupported file type '.exe'" in results["data"][2][2]
    assert message == "2 added \u00b7 1 duplicate \u00b7 1 rejected." and upload is None
    assert sorted(p.name for p in uploads_dir(desk).iterdir()) == ["hawija.md", "tikrit.txt"]
    assert docs["headers"] == DOC_HEADERS and len(docs["data"]) == 7
    by_title = {r[0]: r for r in docs["data"]}
    tikrit = by_title["Gunmen kill soldiers at a checkpoint near Tikrit"]
    assert by_title["Roadside bomb hits police patrol in Hawija"][5] == 1 and tikrit[5] == 1
    assert tikrit[6] in [c[1] for c in choices["choices"]]

    listed = client.predict("Tikrit", 30, "2023-01-01", "2023-12-31", "", "", api_name="/incidents")[0]
    assert [r[0] for r in listed["data"]] == ["2023-03-03"]
    message, docs, choices = client.predict(tikrit[6], api_name="/delete")
    assert message.startswith("Deleted") and len(docs["data"]) == 6
    assert tikrit[6] not in [r[6] for r in docs["data"]] and tikrit[6] not in [c[1] for c in choices["choices"]]
    assert not desk.store.chunks.get(where={"doc_id": tikrit[6]})["ids"]
    assert not desk.store.incidents.get(where={"doc_id": tikrit[6]})["ids"]
    assert client.predict("Tikrit", 30, "2023-01-01", "2023-12-31", "", "", api_name="/incidents")[0]["data"] == []
    assert sorted(os.listdir(uploads_dir(desk))) == ["hawija.md"]
    docs, _ = client.predict(api_name="/documents")
    assert len(docs["data"]) == 6
    message, docs, _ = client.predict(api_name="/reindex")
    assert message == "Re-indexed 6 articles: 12 incident records."


def test_markup_in_titles_stays_inert(client: Client, tmp_path: Path) -> None:
    """A title with HTML is plain text in the tables and escaped in the delete message (Markdown)."""
    evil = tmp_path / "evil.txt"
    evil.write_text(
        "<script>alert(1)</script> Bomb kills 2 in Mosul market today\n\n"
        "MOSUL (AFP) - A bomb killed 2 people in a Mosul market on 1 June 2023, police said.",
        encoding="utf-8",
    )
    _, docs, _, _, _ = client.predict([handle_file(str(evil))], api_name="/ingest")
    row = next(r for r in docs["data"] if "alert" in r[0])
    assert row[0].startswith("<script>")  # a str cell: the browser shows it as text
    message, _, _ = client.predict(row[6], api_name="/delete")
    assert "<script>" not in message and "&lt;script&gt;" in message


def test_ui_brief_endpoint(desk: Desk) -> None:
    """The Briefing tab's endpoint returns the Markdown and the two files."""
    from gradio_client import Client

    from assistant.app import serve

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = serve(desk.settings, port=port, block=False, desk=desk)
    try:
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        markdown, md_file, html_file = client.predict(
            "Kirkuk", 50, "2022-01-01", "2022-12-31", "", False, api_name="/brief"
        )
        assert "2022-12-18" in markdown and "- Killed: **13**" in markdown
        assert Path(md_file).read_text().strip() == markdown.strip() and "<table>" in Path(html_file).read_text()
        message, md_file, _ = client.predict("Atlantis", 50, "", "", "", False, api_name="/brief")
        assert "unknown place" in message and md_file is None
    finally:
        app.close()


def test_a_read_only_app_cannot_change_the_corpus(desk: Desk) -> None:
    """DESK_UI__READ_ONLY (app instances sharing a Chroma server): no upload, delete or re-index endpoint exists, a
    call to one changes nothing, and the documents list and questions still work."""
    import httpx

    desk.settings = desk.settings.model_copy(update={"ui": desk.settings.ui.model_copy(update={"read_only": True})})
    port = free_port()
    app = serve(desk.settings, port=port, block=False, desk=desk)
    try:
        url = f"http://127.0.0.1:{port}"
        endpoints = set(httpx.get(f"{url}/gradio_api/info").json()["named_endpoints"])
        assert not endpoints & {"/ingest", "/delete", "/reindex"} and {"/ask", "/documents"} <= endpoints
        before = set(desk.store.article_meta())
        doc_id = next(iter(before))
        r = httpx.post(f"{url}/gradio_api/call/delete", json={"data": [doc_id]})
        assert r.status_code >= 400 and set(desk.store.article_meta()) == before
        client = Client(f"{url}/", verbose=False)
        assert len(client.predict(api_name="/documents")["data"]) == len(before)
        assert "2 incidents match" in _text(ask(client, "attacks near Kirkuk in 2022")["history"][-1])
    finally:
        app.close()
