"""OpenAICompatLLM against a real loopback HTTP server speaking the chat-completions SSE protocol."""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from assistant.desk import Desk
from assistant.errors import LLMError, LLMOutputError
from assistant.models.llm import ask_json
from assistant.models.openai_compat import OpenAICompatLLM
from assistant.settings import load_settings

from conftest import SEEDS

MESSAGES = [{"role": "system", "content": "Answer in JSON."}, {"role": "user", "content": "Say hello."}]
SCHEMA = {"type": "object", "properties": {"greeting": {"type": "string"}}, "required": ["greeting"]}


class _Greeting(BaseModel):
    greeting: str


# A reply is (HTTP status, text); 200 replies are streamed as SSE deltas, others sent as a plain body.
Reply = Callable[[dict[str, Any]], tuple[int, str]]


@dataclass
class StubServer:
    """What the test controls (the reply) and observes (every request received)."""

    url: str
    reply: Reply = lambda body: (200, "")
    requests: list[dict[str, Any]] = field(default_factory=list)
    piece: int = 5
    raw: Callable[[BaseHTTPRequestHandler], None] | None = None  # writes the whole response itself (misbehaving)


def _handler(stub: StubServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            body = json.loads(raw)
            stub.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
            if stub.raw is not None:
                try:
                    stub.raw(self)
                except OSError:  # the client hung up, as it should on a misbehaving server
                    pass
                return
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


def test_json_object_format_carries_the_schema_inside_when_the_settings_say_so(
    stub: StubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DESK_LLM__RESPONSE_FORMAT=json_object sends {"type": "json_object", "schema": ...} (llama-cpp-python's server);
    a request without a schema sends no response_format at all."""
    from assistant.models.factory import get_llm

    stub.reply = lambda body: (200, '{"greeting": "hi"}')
    monkeypatch.setenv("DESK_LLM__BACKEND", "openai")
    monkeypatch.setenv("DESK_LLM__BASE_URL", f"{stub.url}/v1")
    monkeypatch.setenv("DESK_LLM__RESPONSE_FORMAT", "json_object")
    llm = get_llm(load_settings("default"))

    assert "".join(llm.stream(MESSAGES, SCHEMA)) == '{"greeting": "hi"}'
    assert "".join(llm.stream(MESSAGES)) == '{"greeting": "hi"}'

    with_schema, without = (r["body"] for r in stub.requests)
    assert with_schema["response_format"] == {"type": "json_object", "schema": SCHEMA}
    assert "response_format" not in without


def test_an_unknown_response_format_is_refused_at_construction() -> None:
    """A format the adapter cannot send is an error when the adapter is made, not a request the server rejects."""
    with pytest.raises(ValueError, match="json_schema"):
        OpenAICompatLLM("http://127.0.0.1:1/v1", "m", response_format="grammar")


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


# ---------------------------------------------------------------- misbehaving servers


def _head(handler: BaseHTTPRequestHandler, content_type: str, length: int | None = None) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", content_type)
    if length is not None:
        handler.send_header("Content-Length", str(length))
    handler.end_headers()


def _chunk(content: object, finish: str | None = None) -> bytes:
    choice = {"index": 0, "delta": {"content": content}, "finish_reason": finish}
    return f"data: {json.dumps({'choices': [choice]})}\n\n".encode()


def _completion(content: object) -> str:
    return json.dumps({"choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]})


def _trickle_stream(handler: BaseHTTPRequestHandler) -> None:
    """An SSE stream that sends a keep-alive comment every 0.2 s for 4 s, and never an answer."""
    _head(handler, "text/event-stream")
    for _ in range(20):
        handler.wfile.write(b": keep-alive\n\n")
        handler.wfile.flush()
        time.sleep(0.2)


def _trickle_whole(handler: BaseHTTPRequestHandler) -> None:
    """A non-streamed completion sent one byte every 0.1 s (about 8 s in all)."""
    data = _completion('{"greeting": "hi"}').encode()
    _head(handler, "application/json", len(data))
    for i in range(len(data)):
        handler.wfile.write(data[i : i + 1])
        handler.wfile.flush()
        time.sleep(0.1)


@pytest.mark.parametrize("trickle", [_trickle_stream, _trickle_whole], ids=["streamed", "not-streamed"])
def test_a_trickling_server_is_stopped_at_the_total_timeout(
    stub: StubServer, trickle: Callable[[BaseHTTPRequestHandler], None]
) -> None:
    """timeout_s bounds the whole request: a server that keeps the connection alive byte by byte is cut at 1 s."""
    stub.raw = trickle
    llm = OpenAICompatLLM(f"{stub.url}/v1", "m", timeout_s=1.0)

    started = time.monotonic()
    with pytest.raises(LLMError) as info:
        list(llm.stream(MESSAGES))

    assert time.monotonic() - started < 1.8
    assert "within 1 s" in info.value.message and "DESK_LLM__TIMEOUT_S" in info.value.help_message


def _endless_stream(handler: BaseHTTPRequestHandler) -> None:
    """A server that ignores max_tokens: 8 MB of streamed content."""
    _head(handler, "text/event-stream")
    for _ in range(2000):
        handler.wfile.write(_chunk("x" * 4000))
    handler.wfile.write(b"data: [DONE]\n\n")


def _huge_body(handler: BaseHTTPRequestHandler) -> None:
    """An 8 MB body that is not streamed (no line breaks, so no line-by-line read would ever stop it)."""
    data = _completion("x" * 8_000_000).encode()
    _head(handler, "application/json", len(data))
    handler.wfile.write(data)


@pytest.mark.parametrize(
    ("server", "said"),
    [(_endless_stream, "passed 200,000 characters"), (_huge_body, "passed 4,000,000 bytes")],
    ids=["streamed", "not-streamed"],
)
def test_a_reply_past_the_caps_is_stopped_with_a_clear_error(
    stub: StubServer, server: Callable[[BaseHTTPRequestHandler], None], said: str
) -> None:
    """A reply far longer than any answer stops at the client's cap with an error naming it, not after 8 MB."""
    stub.raw = server
    llm = OpenAICompatLLM(f"{stub.url}/v1", "m", timeout_s=5)

    with pytest.raises(LLMOutputError) as info:
        list(llm.stream(MESSAGES, max_tokens=384))

    assert said in info.value.message
    assert "max_tokens (384)" in info.value.help_message


@pytest.mark.parametrize(
    ("sent", "said"),
    [
        (_chunk(123), "choices[0].delta.content is a number, not a string"),
        (b'data: {"choices": ["x"]}\n\n', "choices[0] is a string, not an object"),
        (b'data: {"choices": {"0": "x"}}\n\n', "'choices' is an object, not a list"),
        (b'data: {"choices": [{"delta": "hi"}]}\n\n', "choices[0].delta is a string, not an object"),
        (b"data: [1, 2]\n\n", "a chunk is a list, not an object"),
        (b"data: hello\n\n", "sent a chunk that is not JSON: hello"),
    ],
    ids=["content-number", "choice-string", "choices-object", "delta-string", "chunk-list", "chunk-not-json"],
)
def test_a_streamed_chunk_of_the_wrong_shape_is_a_typed_error(stub: StubServer, sent: bytes, said: str) -> None:
    """A chunk whose fields have the wrong types raises LLMOutputError saying which field, not a TypeError."""

    def server(handler: BaseHTTPRequestHandler) -> None:
        _head(handler, "text/event-stream")
        handler.wfile.write(_chunk("{") + sent + b"data: [DONE]\n\n")

    stub.raw = server
    with pytest.raises(LLMOutputError) as info:
        list(OpenAICompatLLM(f"{stub.url}/v1", "m", timeout_s=5).stream(MESSAGES))

    assert said in info.value.message
    assert "DESK_LLM__BASE_URL" in info.value.help_message


def test_a_whole_reply_of_the_wrong_shape_is_a_typed_error(stub: StubServer) -> None:
    """The same check for a server that does not stream: 'content: 123' is named, through ask_json too."""

    def server(handler: BaseHTTPRequestHandler) -> None:
        data = _completion(123).encode()
        _head(handler, "application/json", len(data))
        handler.wfile.write(data)

    stub.raw = server
    llm = OpenAICompatLLM(f"{stub.url}/v1", "m", timeout_s=5)
    with pytest.raises(LLMOutputError) as info:
        ask_json(llm, MESSAGES, SCHEMA, _Greeting, 64, lambda error: error)

    assert "choices[0].message.content is a number, not a string" in info.value.message


def test_a_server_error_shows_status_and_a_short_printable_excerpt(stub: StubServer) -> None:
    """An HTTP 500 whose body holds escape sequences and bidi overrides is shown short and harmless."""
    body = "\x1b[2J\x1b[31mCUDA out of memory\x1b[0m\u202e\x07 traceback:\n" + "  frame\n" * 2000
    stub.reply = lambda request: (500, body)

    with pytest.raises(LLMError) as info:
        list(OpenAICompatLLM(f"{stub.url}/v1", "m", timeout_s=5).stream(MESSAGES))

    message = info.value.message
    assert "HTTP 500" in message and "CUDA out of memory" in message
    assert not any(c in message for c in "\x1b\x07\u202e\n")
    assert len(message) < 400


def _no_done(handler: BaseHTTPRequestHandler) -> None:
    _head(handler, "text/event-stream")
    handler.wfile.write(_chunk('{"greeting": ') + _chunk('"hel'))


def _mid_chunk(handler: BaseHTTPRequestHandler) -> None:
    _head(handler, "text/event-stream")
    handler.wfile.write(_chunk('{"greeting": ') + b'data: {"choices": [{"index": 0, "del')


def _short_body(handler: BaseHTTPRequestHandler) -> None:
    data = _completion('{"greeting": "hello"}').encode()
    _head(handler, "application/json", len(data))
    handler.wfile.write(data[: len(data) // 2])


@pytest.mark.parametrize("server", [_no_done, _mid_chunk, _short_body], ids=["no-done", "mid-chunk", "short-body"])
def test_a_reply_cut_off_on_the_way_says_so(stub: StubServer, server: Callable[[BaseHTTPRequestHandler], None]) -> None:
    """A stream that ends without [DONE] or a finish reason, or a body shorter than announced, is 'cut off'."""
    stub.raw = server
    llm = OpenAICompatLLM(f"{stub.url}/v1", "m", timeout_s=5)

    with pytest.raises(LLMOutputError) as info:
        ask_json(llm, MESSAGES, SCHEMA, _Greeting, 64, lambda error: error)

    assert "was cut off" in info.value.message and "valid JSON" not in info.value.message
    assert "ask again" in info.value.help_message
    assert len(stub.requests) == 1  # not retried as if the model had written bad JSON


def test_a_finish_reason_without_done_is_a_whole_reply(stub: StubServer) -> None:
    """Servers that end with a finish reason but no [DONE] line are not taken for cut off."""

    def server(handler: BaseHTTPRequestHandler) -> None:
        _head(handler, "text/event-stream")
        handler.wfile.write(_chunk('{"greeting": "hi"}') + _chunk("", "stop"))

    stub.raw = server
    assert "".join(OpenAICompatLLM(f"{stub.url}/v1", "m", timeout_s=5).stream(MESSAGES)) == '{"greeting": "hi"}'


def test_a_server_that_does_not_stream_is_answered_or_named(stub: StubServer) -> None:
    """One JSON completion (stream ignored) is read as the reply; a 200 page that is not JSON says what is wrong."""
    page = ""

    def server(handler: BaseHTTPRequestHandler) -> None:
        data = (page or _completion('{"greeting": "hi"}')).encode()
        _head(handler, "text/html" if page else "application/json", len(data))
        handler.wfile.write(data)

    stub.raw = server
    llm = OpenAICompatLLM(f"{stub.url}/v1", "m", timeout_s=5)
    assert ask_json(llm, MESSAGES, SCHEMA, _Greeting, 64, lambda error: error).greeting == "hi"

    page = "<html><body>Welcome to nginx!</body></html>"
    with pytest.raises(LLMOutputError) as info:
        list(llm.stream(MESSAGES))
    assert "does not stream, and its reply is not JSON: <html><body>Welcome to nginx!" in info.value.message
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
