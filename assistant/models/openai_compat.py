"""Any OpenAI-compatible chat server (vLLM, Ollama, llama.cpp server), streamed over HTTP."""

from __future__ import annotations

import json
import queue
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

from assistant.errors import LLMError, LLMOutputError
from assistant.language.text import printable
from assistant.models.llm import Message, Usage

# Client-side caps: a reply of max_tokens tokens is a few KB, so these only stop a server that ignores max_tokens
# (or is not an LLM server) from filling memory or the screen.
MAX_REPLY_BYTES = 4_000_000
MAX_REPLY_CHARS = 200_000
_EXCERPT_CHARS = 200
_ERROR_BODY_BYTES = 65_536
_JSON_TYPES = {
    dict: "an object",
    list: "a list",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "a boolean",
}
RESPONSE_FORMATS = ("json_schema", "json_object")
_SHAPE_HELP = "the server does not answer as the OpenAI chat-completions API does; check DESK_LLM__BASE_URL"
_CUT_HELP = "the server or a proxy closed the connection early: check the server's logs and ask again"


def excerpt(text: str, limit: int = _EXCERPT_CHARS) -> str:
    """A short, printable, one-line excerpt of text a server sent (control and bidi characters removed)."""
    flat = " ".join(printable(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


def _kind(value: object) -> str:
    return "null" if value is None else _JSON_TYPES.get(type(value), type(value).__name__)


class _Download:
    """One POST, read in a worker thread so that a total deadline holds even when the server trickles bytes.

    httpx's timeout is per read: a server sending one keep-alive byte every 2 s never trips a 5 s timeout. The
    caller waits on a queue with the time left instead, and at the deadline shuts the socket so the worker ends too.
    """

    def __init__(
        self, url: str, body: dict[str, Any], headers: dict[str, str], timeout_s: float, max_bytes: int
    ) -> None:
        self.url, self.timeout_s = url, timeout_s
        self.deadline = time.monotonic() + timeout_s
        self._queue: queue.Queue[tuple[str, Any]] = queue.Queue()
        self._stop = threading.Event()
        self._socket: socket.socket | None = None
        args = (body, headers, max_bytes)
        threading.Thread(target=self._run, args=args, daemon=True, name="llm-download").start()

    def _run(self, body: dict[str, Any], headers: dict[str, str], max_bytes: int) -> None:
        import httpx  # only the server backend needs it

        try:
            with httpx.stream("POST", self.url, json=body, headers=headers, timeout=self.timeout_s) as resp:
                network = resp.extensions.get("network_stream")
                self._socket = network.get_extra_info("socket") if network is not None else None
                self._queue.put(("head", (resp.status_code, resp.headers.get("content-type", ""))))
                size = 0
                for raw in resp.iter_bytes():  # decoded bytes: a compressed body cannot slip past the cap
                    if self._stop.is_set():
                        return
                    size += len(raw)
                    if size > max_bytes:
                        self._queue.put(("too_big", max_bytes))
                        return
                    self._queue.put(("data", raw))
            self._queue.put(("end", None))
        except Exception as exc:  # handed to the caller's thread, which turns it into a typed error
            self._queue.put(("error", exc))

    def events(self) -> Iterator[tuple[str, Any]]:
        """('head', (status, content type)), then ('data', bytes) until ('end' | 'error' | 'too_big', ...)."""
        while True:
            left = self.deadline - time.monotonic()
            try:
                if left <= 0:
                    raise queue.Empty
                kind, value = self._queue.get(timeout=left)
            except queue.Empty:
                raise self.timed_out() from None
            yield kind, value
            if kind in ("end", "error", "too_big"):
                return

    def timed_out(self) -> LLMError:
        """The error for a request that ran past its deadline."""
        return LLMError(
            f"the LLM server at {self.url} did not finish its reply within {self.timeout_s:g} s",
            "raise DESK_LLM__TIMEOUT_S, or check the server's load and logs",
        )

    def close(self) -> None:
        """Stop the worker: it ends at its next chunk, or at once when its socket is shut under a blocked read."""
        self._stop.set()
        sock = self._socket
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:  # already closed by the worker
                pass


class _Reply:
    """Reads chat-completion chunks (streamed) or one completion (not streamed), checking their shape."""

    def __init__(self, url: str, max_chars: int, max_tokens: int) -> None:
        self.url, self.max_chars, self.max_tokens = url, max_chars, max_tokens
        self.chars = 0
        self.done = False  # 'data: [DONE]' seen
        self.finish: str | None = None
        self.usage: dict[str, int] = {}

    def sse_line(self, line: str, *, complete: bool = True) -> str:
        """The content delta of one SSE line ('' for other lines)."""
        if not line.startswith("data:") or self.done:
            return ""
        data = line[5:].strip()
        if data == "[DONE]":
            self.done = True
            return ""
        try:
            payload = json.loads(data)
        except json.JSONDecodeError:
            if not complete:  # the stream stopped inside a chunk
                raise self.cut_off("inside a chunk") from None
            raise LLMOutputError(
                f"the LLM server at {self.url} sent a chunk that is not JSON: {excerpt(data)}", _SHAPE_HELP
            ) from None
        return self.content(payload, "delta")

    def content(self, payload: object, key: str) -> str:
        """The text of choices[0].<key>.content, after checking every step of the way is what the API promises."""
        if not isinstance(payload, dict):
            raise self.wrong_shape(f"a chunk is {_kind(payload)}, not an object")
        if "error" in payload:  # vLLM and others report errors in-stream
            raise LLMError(
                f"LLM server at {self.url} reported: {excerpt(str(payload['error']))}", "check the server's logs"
            )
        usage = payload.get("usage")
        if isinstance(usage, dict):  # the last chunk (choices empty) when include_usage is honoured
            self.usage = {k: v for k, v in usage.items() if isinstance(v, int) and not isinstance(v, bool)}
        choices = payload.get("choices") or []
        if not isinstance(choices, list):
            raise self.wrong_shape(f"'choices' is {_kind(choices)}, not a list")
        if not choices:
            return ""
        choice = choices[0]
        if not isinstance(choice, dict):
            raise self.wrong_shape(f"choices[0] is {_kind(choice)}, not an object")
        part = choice.get(key) or {}
        if not isinstance(part, dict):
            raise self.wrong_shape(f"choices[0].{key} is {_kind(part)}, not an object")
        text = part.get("content") or ""
        if not isinstance(text, str):
            raise self.wrong_shape(f"choices[0].{key}.content is {_kind(text)}, not a string")
        if isinstance(choice.get("finish_reason"), str):
            self.finish = choice["finish_reason"]
        self.chars += len(text)
        if self.chars > self.max_chars:
            raise LLMOutputError(
                f"the reply from the LLM server at {self.url} passed {self.max_chars:,} characters and was stopped",
                f"the server ignores max_tokens ({self.max_tokens}); check its settings",
            )
        return text

    def wrong_shape(self, what: str) -> LLMOutputError:
        return LLMOutputError(f"the LLM server at {self.url} sent a reply of the wrong shape: {what}", _SHAPE_HELP)

    def cut_off(self, where: str) -> LLMOutputError:
        return LLMOutputError(
            f"the reply from the LLM server at {self.url} was cut off {where}, after {self.chars} characters", _CUT_HELP
        )


class OpenAICompatLLM:
    """Any server speaking the OpenAI chat-completions API (vLLM, Ollama, llama.cpp server).

    `timeout_s` bounds each request as a whole, streamed or not; replies are capped at `max_reply_bytes` read and
    `max_reply_chars` of text. A server that ignores `stream` and sends one JSON completion is answered too.
    `response_format` is how a schema is sent: "json_schema" (OpenAI's structured outputs) or "json_object" with the
    schema inside, which is what llama-cpp-python's server takes.
    """

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None = None,
        timeout_s: float = 300.0,
        temperature: float = 0.0,
        seed: int = 0,
        max_reply_bytes: int = MAX_REPLY_BYTES,
        max_reply_chars: int = MAX_REPLY_CHARS,
        response_format: str = "json_schema",
    ) -> None:
        if response_format not in RESPONSE_FORMATS:
            raise ValueError(f"response_format must be one of {RESPONSE_FORMATS}, not {response_format!r}")
        self.response_format = response_format
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.api_key = api_key
        self.timeout_s = timeout_s
        self.temperature = temperature
        self.seed = seed
        self.max_reply_bytes = max_reply_bytes
        self.max_reply_chars = max_reply_chars
        self.name = f"{model} @ {self.base_url}"
        self.usage = Usage()

    def stream(
        self, messages: list[Message], schema: dict[str, Any] | None = None, max_tokens: int = 384
    ) -> Iterator[str]:
        """Stream content deltas from /chat/completions (SSE), with response_format when a schema is given."""
        body: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "stream": True,
            "max_tokens": max_tokens,
            "temperature": self.temperature,
            "seed": self.seed,
            "stream_options": {"include_usage": True},
        }
        if schema is not None and self.response_format == "json_object":
            body["response_format"] = {"type": "json_object", "schema": schema}
        elif schema is not None:
            body["response_format"] = {"type": "json_schema", "json_schema": {"name": "answer", "schema": schema}}
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        url = f"{self.base_url}/chat/completions"
        reply = _Reply(url, self.max_reply_chars, max_tokens)
        download = _Download(url, body, headers, self.timeout_s, self.max_reply_bytes)
        pieces, status, streamed, buffer = 0, 0, False, b""
        try:
            for kind, value in download.events():
                if kind == "head":
                    status, streamed = value[0], value[1].startswith("text/event-stream") and value[0] < 400
                elif kind == "data":
                    buffer += value
                    if status >= 400 and len(buffer) > _ERROR_BODY_BYTES:  # enough for the excerpt shown
                        break
                    if not streamed:
                        continue
                    *lines, buffer = buffer.split(b"\n")  # one split per chunk: a long chunk is read in linear time
                    for line in lines:
                        delta = reply.sse_line(line.decode("utf-8", "replace").rstrip("\r"))
                        if delta:
                            pieces += 1
                            yield delta
                elif kind == "too_big":
                    raise LLMOutputError(
                        f"the reply from the LLM server at {url} passed {value:,} bytes and was stopped",
                        f"the server ignores max_tokens ({max_tokens}), or DESK_LLM__BASE_URL is not an LLM server",
                    )
                elif kind == "error":
                    raise self._broken(download, value, answered=bool(status), reply=reply)
        finally:
            download.close()
        text = buffer.decode("utf-8", "replace")
        if status >= 400:
            raise LLMError(
                f"LLM server at {url} answered HTTP {status}: {excerpt(text)}",
                "check DESK_LLM__SERVER_MODEL and the server's logs",
            )
        if streamed:
            delta = reply.sse_line(text.rstrip("\r"), complete=False) if text.strip() else ""
            if delta:
                pieces += 1
                yield delta
            if not reply.done and reply.finish is None:
                raise reply.cut_off("(the stream ended without [DONE] or a finish reason)")
        else:
            delta = self._whole(text, reply)
            if delta:
                pieces += 1
                yield delta
        # A server that ignores stream_options sends no usage: the prompt is then unknown (0), pieces ~ tokens.
        if reply.usage:
            self.usage.add(reply.usage.get("prompt_tokens", 0), reply.usage.get("completion_tokens", pieces))
        else:
            self.usage.add(0, pieces)

    def _whole(self, text: str, reply: _Reply) -> str:
        """The content of a reply that was not streamed: SSE lines anyway, or one JSON completion."""
        if text.lstrip().startswith("data:"):  # SSE under another content type
            lines = text.splitlines()
            deltas = [reply.sse_line(line, complete=i < len(lines) - 1) for i, line in enumerate(lines)]
            if not reply.done and reply.finish is None:
                raise reply.cut_off("(the stream ended without [DONE] or a finish reason)")
            return "".join(deltas)
        try:
            payload = json.loads(text)
        except json.JSONDecodeError as exc:
            if text.strip() and exc.pos >= len(text.rstrip()):  # valid so far, then it stopped
                raise reply.cut_off("(incomplete JSON)") from None
            shown = excerpt(text) or "(empty)"
            raise LLMOutputError(
                f"the LLM server at {reply.url} does not stream, and its reply is not JSON: {shown}",
                "point DESK_LLM__BASE_URL at an OpenAI-compatible /v1 endpoint (one that streams with stream=true)",
            ) from None
        return reply.content(payload, "message")

    @staticmethod
    def _broken(download: _Download, exc: BaseException, *, answered: bool, reply: _Reply) -> BaseException:
        """The typed error for a failed connection: before the server answered, or during its reply."""
        import httpx

        if isinstance(exc, httpx.TimeoutException):
            return download.timed_out()
        if not isinstance(exc, httpx.HTTPError):
            return exc  # not the network's fault: raised as it is
        why = excerpt(str(exc) or type(exc).__name__)
        if answered:
            return reply.cut_off(f"(the connection broke: {why})")
        return LLMError(
            f"cannot reach the LLM server at {download.url}: {why}",
            "start the server, or set DESK_LLM__BASE_URL to where it runs",
        )
