"""Any OpenAI-compatible chat server (vLLM, Ollama, llama.cpp server), streamed over HTTP."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from assistant.errors import LLMError
from assistant.models.llm import Message, Usage


class OpenAICompatLLM:
    """Any server speaking the OpenAI chat-completions API (vLLM, Ollama, llama.cpp server)."""

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None = None,
        timeout_s: float = 300.0,
        temperature: float = 0.0,
        seed: int = 0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.api_key = api_key
        self.timeout_s = timeout_s
        self.temperature = temperature
        self.seed = seed
        self.name = f"{model} @ {self.base_url}"
        self.usage = Usage()

    def stream(
        self, messages: list[Message], schema: dict[str, Any] | None = None, max_tokens: int = 384
    ) -> Iterator[str]:
        """Stream content deltas from /chat/completions (SSE), with response_format when a schema is given."""
        import httpx  # only the server backend needs it

        body: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "stream": True,
            "max_tokens": max_tokens,
            "temperature": self.temperature,
            "seed": self.seed,
            "stream_options": {"include_usage": True},
        }
        if schema is not None:
            body["response_format"] = {"type": "json_schema", "json_schema": {"name": "answer", "schema": schema}}
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        url = f"{self.base_url}/chat/completions"
        pieces, reported = 0, None
        try:
            with httpx.stream("POST", url, json=body, headers=headers, timeout=self.timeout_s) as resp:
                if resp.status_code >= 400:
                    resp.read()
                    raise LLMError(
                        f"LLM server at {url} answered HTTP {resp.status_code}: {resp.text[:300]}",
                        "check DESK_LLM__SERVER_MODEL and the server's logs",
                    )
                for line in resp.iter_lines():
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        break
                    try:
                        payload = json.loads(data)
                    except json.JSONDecodeError:
                        continue
                    if isinstance(payload, dict) and "error" in payload:  # vLLM and others report errors in-stream
                        raise LLMError(f"LLM server at {url} reported: {payload['error']}", "check the server's logs")
                    if isinstance(payload, dict) and isinstance(payload.get("usage"), dict):
                        reported = payload["usage"]  # the last chunk (choices empty) when include_usage is honoured
                    try:
                        choice = payload["choices"][0]
                    except (KeyError, IndexError, TypeError):
                        continue
                    delta = (choice.get("delta") or {}).get("content")
                    if delta:
                        pieces += 1
                        yield delta
        except httpx.HTTPError as exc:
            raise LLMError(
                f"cannot reach the LLM server at {url}: {exc}",
                "start the server, or set DESK_LLM__BASE_URL to where it runs",
            ) from exc
        # A server that ignores stream_options sends no usage: the prompt is then unknown (0), pieces ~ tokens.
        if reported:
            self.usage.add(int(reported.get("prompt_tokens") or 0), int(reported.get("completion_tokens") or pieces))
        else:
            self.usage.add(0, pieces)
