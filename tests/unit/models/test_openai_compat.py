"""OpenAICompatLLM against a real loopback HTTP server speaking the chat-completions SSE protocol."""

from __future__ import annotations

import json
import re
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from assistant.desk import Desk
from assistant.errors import LLMError
from assistant.models.openai_compat import OpenAICompatLLM
from assistant.settings import load_settings

from conftest import SEEDS

MESSAGES = [{"role": "system", "content": "Answer in JSON."}, {"role": "user", "content": "Say hello."}]
SCHEMA = {"type": "object", "properties": {"greeting": {"type": "string"}}, "required": ["greeting"]}

# A reply is (HTTP status, text); 200 replies are streamed as SSE deltas, others sent as a plain body.
Reply = Callable[[dict[str, Any]], tuple[int, str]]


@dataclass
class StubServer:
    """What the test controls (the reply) and observes (every request received)."""

    url: str
    reply: Reply = lambda body: (200, "")
    requests: list[dict[str, Any]] = field(default_factory=list)
    piece: int = 5


def _handler(stub: StubServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            body = json.loads(raw)
            stub.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
            if self.path != "/v1/chat/completions":
                self._plain(404, "no such route")
                return
            status, text = stub.reply(body)
            if status != 200:
                self._plain(status, text)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for i in range(0, len(text), stub.piece):
                chunk = {"choices": [{"index": 0, "delta": {"content": text[i : i + stub.piece]}}]}
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()

        def _plain(self, status: int, text: str) -> None:
            data = text.encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:  # keep pytest output quiet
            pass

    return Handler


@pytest.fixture
def stub() -> Iterator[StubServer]:
    """A chat-completions server on 127.0.0.1 (free port), shut down after the test."""
    state = StubServer(url="")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_streamed_pieces_join_and_request_carries_model_messages_and_schema(stub: StubServer) -> None:
    """The reply arrives in pieces that join to the full text; the request names model, messages, limit and schema."""
    reply = '{"greeting": "hello from the stub server"}'
    stub.reply = lambda body: (200, reply)
    llm = OpenAICompatLLM(f"{stub.url}/v1/", "qwen-test")

    pieces = list(llm.stream(MESSAGES, SCHEMA, max_tokens=77))

    assert len(pieces) > 1
    assert "".join(pieces) == reply
    [req] = stub.requests
    assert req["path"] == "/v1/chat/completions"
    body = req["body"]
    assert body["model"] == "qwen-test"
    assert body["messages"] == MESSAGES
    assert body["max_tokens"] == 77
    assert body["stream"] is True
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["schema"] == SCHEMA


def test_api_key_sent_as_bearer_only_when_given(stub: StubServer) -> None:
    """A configured API key goes out as 'Authorization: Bearer <key>'; without one no Authorization header is sent."""
    stub.reply = lambda body: (200, "ok")

    assert "".join(OpenAICompatLLM(f"{stub.url}/v1", "m", api_key="sk-test-123").stream(MESSAGES)) == "ok"
    assert "".join(OpenAICompatLLM(f"{stub.url}/v1", "m").stream(MESSAGES)) == "ok"

    with_key, without_key = (r["headers"] for r in stub.requests)
    assert {k.lower(): v for k, v in with_key.items()}["authorization"] == "Bearer sk-test-123"
    assert "authorization" not in {k.lower() for k in without_key}


def test_server_error_raises_llm_error_naming_url_and_status(stub: StubServer) -> None:
    """An HTTP 500 from the server becomes an LLMError that says which URL failed and with what status."""
    stub.reply = lambda body: (500, "model crashed")
    llm = OpenAICompatLLM(f"{stub.url}/v1", "m")

    with pytest.raises(LLMError) as info:
        list(llm.stream(MESSAGES))

    assert f"{stub.url}/v1/chat/completions" in info.value.message
    assert "500" in info.value.message
    assert "model crashed" in info.value.message
    assert info.value.help_message


def test_unreachable_server_raises_llm_error_with_help() -> None:
    """When nothing listens at the URL the user gets an LLMError with advice, not a raw httpx traceback."""
    url = f"http://127.0.0.1:{_free_port()}/v1"
    llm = OpenAICompatLLM(url, "m", timeout_s=5)

    with pytest.raises(LLMError) as info:
        list(llm.stream(MESSAGES))

    assert url in info.value.message
    assert "DESK_LLM__BASE_URL" in info.value.help_message


# ---------------------------------------------------------------- end to end through Desk

QUOTE = "PMU security sources said the total toll was 11 dead and 10 wounded."
_EXCERPT_HEAD = re.compile(r"^\[(\d+)\] .*\(.*, .*\)$", re.M)


def excerpt_containing(user_message: str, sentence: str) -> int:
    """Number n of the '[n] title (outlet, date)' excerpt whose text contains the sentence (0 if none)."""
    heads = list(_EXCERPT_HEAD.finditer(user_message))
    for head, nxt in zip(heads, heads[1:] + [None]):
        text = user_message[head.end() : nxt.start() if nxt else len(user_message)]
        if sentence in text:
            return int(head.group(1))
    return 0


def test_desk_answers_through_server_with_verbatim_citation(
    stub: StubServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the 'server' preset pointed at the stub, ask() returns a cited answer whose quote is exact article text."""
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    chosen: list[int] = []

    def answer_from_excerpts(body: dict[str, Any]) -> tuple[int, str]:
        n = excerpt_containing(body["messages"][-1]["content"], QUOTE)
        chosen.append(n)
        claims = [{"source": n, "quote": QUOTE, "text": "PMU security sources said 11 were killed."}]
        return 200, json.dumps({"claims": claims})

    stub.reply = answer_from_excerpts
    settings = load_settings(
        "server",
        data_dir=tmp_path,
        store={"mode": "memory", "prefix": "server-stub"},
        embed={"backend": "hash"},
        retrieve={"min_similarity": 0.05},
        llm={"base_url": f"{stub.url}/v1"},
    )
    desk = Desk(settings)
    report = desk.ingest([SEEDS])
    assert report.count("added") == 5

    answer = desk.ask("What was the toll of the ambush on the PMU east of Tikrit?")

    assert chosen and chosen[0] >= 1, "the excerpts sent to the server should contain the quoted sentence"
    assert not answer.abstained
    assert "11" in answer.text
    assert "[1]" in answer.text
    [source] = answer.sources
    assert source.quote == QUOTE.rstrip(".")  # the checker matches without the closing full stop
    assert not source.repaired
    article = desk.store.article(source.doc_id)
    assert article is not None and article.text[source.start : source.end] == source.quote
    assert "11 fighters" in article.title
    assert answer.model == f"local-model @ {stub.url}/v1"
    assert stub.requests[0]["body"]["response_format"]["type"] == "json_schema"
