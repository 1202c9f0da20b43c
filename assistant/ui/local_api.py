"""How `assistant ask` reuses a running `assistant serve`: its ready file, its token-checked question route, the client.

Loading the embedder and the model takes a CLI question tens of seconds; a running app has them loaded. When the app
listens on this machine it writes `<data_dir>/serve-<port>.json` (mode 0600: its address, pid, data dir, a key of the
settings that shape answers, and a random token) and removes it on exit. `assistant ask` reads those files and sends the
question to `POST /desk/ask` with the token; the app answers it through `Desk.ask_stream`, the Ask tab's path and its
turns at the model, as NDJSON events (`wait`, `draft`, then `answer` or `error`).

Why this opens no hole: the route answers loopback clients only, and only with the token (compared in constant time),
which only the app's own OS user can read, the user who can read the data dir anyway; it sits inside the Host/Origin
guard, so a web page cannot reach it. A file that is not private, names a dead pid, another data dir or other answer
settings is not used; the CLI then answers in its own process, as it would with no app running.

Usage, in `serve`:

    token = new_token()
    app.launch(..., app_kwargs={"lifespan": outermost(HostOriginGuard.layer(hosts), LocalAsk.layer(desk, token))})
    ready = write_ready_file(settings, host, port, token, https=False)  # None: no file for this bind or store
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import http.client
import json
import logging
import os
import secrets
import ssl
import stat
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, ValidationError

from assistant.errors import AssistantError
from assistant.schemas import Answer, Filters, IncidentFilters
from assistant.settings import Settings
from assistant.ui.access import LOOPBACK_NAMES, ASGIApp, Layer, Receive, Scope, Send

if TYPE_CHECKING:
    from assistant.desk import Desk

log = logging.getLogger(__name__)

ASK_PATH = "/desk/ask"
STATUS_PATH = "/desk/status"
TOKEN_HEADER = "x-desk-token"
READY_GLOB = "serve-*.json"
CONNECT_TIMEOUT_S = 2.0  # a live app on loopback accepts at once; longer means it is not answering
READ_TIMEOUT_S = 900.0  # between two events: the model load at the app's start sends none
MAX_BODY = 64 * 1024


class ReadyFile(BaseModel):
    """What a running app tells `assistant ask` about itself (the serve-<port>.json file)."""

    model_config = ConfigDict(extra="forbid")

    url: str
    pid: int
    data_dir: str
    key: str
    token: str


class AskRequest(BaseModel):
    """One CLI question with its filters, as the local ask would pass them to Desk.ask_stream."""

    model_config = ConfigDict(extra="forbid")

    question: str
    filters: Filters
    incident_filters: IncidentFilters
    today: dt.date
    draft: bool = True


def answer_key(settings: Settings) -> str:
    """A digest of what decides an answer (corpus, store, embedder, retrieval, model, prompts); threads and timeouts
    are left out: they change the speed, not the answer."""
    values = settings.model_dump(
        mode="json",
        include={"store", "embed", "retrieve", "llm", "prompts_dir"},
        exclude={
            "store": {"lock_wait_s", "changes_log"},
            "embed": {"threads", "batch_size"},
            "llm": {"threads", "gpu_layers", "allow_amx", "timeout_s"},
        },
    )
    values["data_dir"] = str(settings.data_dir.resolve())
    return hashlib.sha256(json.dumps(values, sort_keys=True).encode()).hexdigest()[:32]


def new_token() -> str:
    """A fresh random token for one app run."""
    return secrets.token_urlsafe(32)


def _connect_host(bind: str) -> str | None:
    """The address `assistant ask` reaches an app bound to `bind` at; None when that is not this machine's loopback."""
    if bind in ("0.0.0.0", ""):
        return "127.0.0.1"
    if bind == "::":
        return "[::1]"
    if bind in LOOPBACK_NAMES or bind.startswith("127."):
        return f"[{bind}]" if ":" in bind else bind
    return None


def ready_path(settings: Settings, port: int) -> Path:
    """The ready file of an app on `port` for this data dir."""
    return settings.data_dir / f"serve-{port}.json"


def write_ready_file(settings: Settings, bind: str, port: int, token: str, https: bool) -> Path | None:
    """Write the ready file (0600, atomically); None when `assistant ask` could not use this app (an in-memory store,
    or a bind address that is not loopback or wildcard: the route answers loopback clients only) or the file cannot
    be written (logged: the app serves all the same)."""
    host = _connect_host(bind)
    if host is None or settings.store.mode == "memory":
        return None
    ready = ReadyFile(
        url=f"{'https' if https else 'http'}://{host}:{port}",
        pid=os.getpid(),
        data_dir=str(settings.data_dir.resolve()),
        key=answer_key(settings),
        token=token,
    )
    path = ready_path(settings, port)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(ready.model_dump_json())
        os.replace(tmp, path)  # readers never see half a file
    except OSError as exc:  # a data dir the app cannot write (a read-only instance on a Chroma server): no shortcut
        log.warning("no ready file for `assistant ask` in %s: %s", path.parent, exc)
        with contextlib.suppress(OSError):
            tmp.unlink()
        return None
    return path


def remove_ready_file(path: Path, token: str) -> None:
    """Remove our ready file at exit (not one a later app on the same port has written since)."""
    try:
        if ReadyFile.model_validate_json(path.read_bytes()).token == token:
            path.unlink()
    except (OSError, ValidationError):
        pass


# ---------------------------------------------------------------------------------------------------- the app's side


def _is_loopback_client(scope: Scope) -> bool:
    import ipaddress

    client = scope.get("client")
    if not client:
        return False
    try:
        return ipaddress.ip_address(str(client[0])).is_loopback
    except ValueError:
        return False


async def _json(send: Send, status: int, body: dict[str, Any]) -> None:
    data = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})


def ask_events(desk: Desk, req: AskRequest) -> Generator[dict[str, Any], None, None]:
    """The NDJSON events of one question: `wait` (requests ahead at the model), `draft`, then `answer` or `error`."""
    from assistant.desk import ModelWait

    try:
        desk.require_corpus()
        for event in desk.ask_stream(req.question, req.filters, req.incident_filters, req.today):
            if isinstance(event, Answer):
                yield {"answer": event.model_dump(mode="json")}
            elif isinstance(event, ModelWait):
                yield {"wait": event.ahead}
            elif req.draft:
                yield {"draft": event}
    except AssistantError as err:
        yield {"error": err.message, "help": err.help_message}
    except Exception as exc:  # a bug: the CLI says so; the app's log has the traceback
        log.exception("question from `assistant ask` failed")
        yield {
            "error": f"unexpected {type(exc).__name__} in `assistant serve`: {exc}",
            "help": "see the log of `assistant serve`, or answer here with `assistant ask --local`",
        }


class LocalAsk:
    """ASGI layer: answers the token-holding loopback client at ASK_PATH and STATUS_PATH; the rest passes on."""

    def __init__(self, app: ASGIApp, desk: Desk, token: str) -> None:
        self.app = app
        self.desk = desk
        self.token = token.encode()

    @classmethod
    def layer(cls, desk: Desk, token: str) -> Layer:
        """This route around an app, for `outermost` (inside the Host/Origin guard)."""
        return lambda app: cls(app, desk, token)

    def _allowed(self, scope: Scope) -> bool:
        given = b""
        for key, value in scope.get("headers", []):
            if key.lower() == TOKEN_HEADER.encode():
                given = value
        return hmac.compare_digest(given, self.token) and _is_loopback_client(scope)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer our two routes; pass anything else on to gradio."""
        if scope["type"] != "http" or scope.get("path") not in (ASK_PATH, STATUS_PATH):
            await self.app(scope, receive, send)
            return
        if not self._allowed(scope):
            log.warning("refused %s from %s: no valid token or not loopback", scope["path"], scope.get("client"))
            await _json(send, 403, {"error": "forbidden"})
            return
        if scope["path"] == STATUS_PATH:
            await _json(send, 200, {"pid": os.getpid(), "model_loaded": self.desk.llm_loaded})
            return
        if scope.get("method") != "POST":
            await _json(send, 405, {"error": "POST a question"})
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if len(body) > MAX_BODY:
                await _json(send, 413, {"error": "request too large"})
                return
            if not message.get("more_body"):
                break
        try:
            req = AskRequest.model_validate_json(body)
        except ValidationError as exc:
            await _json(send, 400, {"error": f"bad question request: {exc.error_count()} error(s)"})
            return
        await self._stream(req, receive, send)

    async def _stream(self, req: AskRequest, receive: Receive, send: Send) -> None:
        """Events as NDJSON lines; the question runs in a worker thread and stops when the client goes."""
        import anyio
        import anyio.to_thread

        events = ask_events(self.desk, req)
        gone = anyio.Event()

        async def watch() -> None:
            while (await receive())["type"] != "http.disconnect":
                pass
            gone.set()

        headers = [(b"content-type", b"application/x-ndjson"), (b"cache-control", b"no-store")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        try:
            async with anyio.create_task_group() as tasks:
                tasks.start_soon(watch)
                while not gone.is_set():
                    event = await anyio.to_thread.run_sync(next, events, None)
                    if event is None:
                        break
                    line = (json.dumps(event) + "\n").encode()
                    await send({"type": "http.response.body", "body": line, "more_body": True})
                if not gone.is_set():
                    await send({"type": "http.response.body", "body": b"", "more_body": False})
                tasks.cancel_scope.cancel()
        finally:
            # A client gone mid-answer leaves the model's line (Turns) at once, not at the end of the answer.
            await anyio.to_thread.run_sync(events.close)


# ------------------------------------------------------------------------------------------------- the CLI's side


@dataclass
class Served:
    """The answer of a running app, and which app gave it."""

    answer: Answer
    url: str
    pid: int


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: the app that wrote our private file ran as us, so it is gone
        return False
    return True


def ready_files(settings: Settings, note: Callable[[str], None]) -> list[ReadyFile]:
    """The usable ready files of apps on this data dir, newest first; each one left out is noted with why."""

    def mtime(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:  # removed since it was listed (an app exiting, another ask removing a stale file)
            return 0.0

    try:
        paths = sorted(settings.data_dir.glob(READY_GLOB), key=mtime, reverse=True)
    except OSError:
        return []
    key = answer_key(settings)
    found = []
    for path in paths:
        try:
            info = path.lstat()
            if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
                note(f"ignored {path.name}: not a private file of this user")
                continue
            ready = ReadyFile.model_validate_json(path.read_bytes())
        except (OSError, ValidationError):
            note(f"ignored {path.name}: unreadable")
            continue
        if not _pid_alive(ready.pid):
            note(f"`assistant serve` (pid {ready.pid}) is gone: removed its stale {path.name}")
            with contextlib.suppress(OSError):
                path.unlink()
            continue
        if ready.data_dir != str(settings.data_dir.resolve()) or ready.key != key:
            note(f"`assistant serve` at {ready.url} (pid {ready.pid}) runs other settings or another store")
            continue
        found.append(ready)
    return found


class _NoAnswer(Exception):
    """The app did not answer (refused, gone, not this protocol): ask here instead."""


def _connection(url: str) -> http.client.HTTPConnection:
    scheme, _, rest = url.partition("://")
    host, _, port = rest.rpartition(":")
    host = host.strip("[]")
    if scheme == "https":
        # Loopback only: the app's certificate names its public host, seldom 127.0.0.1, so it is not verified here.
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return http.client.HTTPSConnection(host, int(port), timeout=CONNECT_TIMEOUT_S, context=context)
    return http.client.HTTPConnection(host, int(port), timeout=CONNECT_TIMEOUT_S)


def _ask_one(ready: ReadyFile, req: AskRequest, on_draft: Callable[[str], None]) -> Answer:
    conn = _connection(ready.url)
    try:
        try:
            conn.connect()
            assert conn.sock is not None
            conn.sock.settimeout(READ_TIMEOUT_S)
            conn.request(
                "POST",
                ASK_PATH,
                body=req.model_dump_json(),
                headers={"content-type": "application/json", TOKEN_HEADER: ready.token},
            )
            resp = conn.getresponse()
        except (OSError, http.client.HTTPException) as exc:
            raise _NoAnswer(f"did not answer ({exc.__class__.__name__}: {exc})") from None
        if resp.status != 200:
            raise _NoAnswer(f"refused the question (HTTP {resp.status})")
        while True:
            try:
                line = resp.readline()
            except (OSError, http.client.HTTPException) as exc:
                raise _NoAnswer(f"stopped answering ({exc.__class__.__name__})") from None
            if not line:
                raise _NoAnswer("stopped answering before the answer")
            try:
                event = json.loads(line)
            except ValueError:
                raise _NoAnswer("sent something that is not an answer") from None
            if "answer" in event:
                return Answer.model_validate(event["answer"])
            if "error" in event:
                raise AssistantError(event["error"], event.get("help", ""))
            if "draft" in event:
                on_draft(event["draft"])
    finally:
        conn.close()


def ask_running_app(
    settings: Settings,
    question: str,
    filters: Filters,
    incident_filters: IncidentFilters,
    on_draft: Callable[[str], None] | None,
    note: Callable[[str], None],
) -> Served | None:
    """The answer of a running `assistant serve` on this data dir and store, the drafts passed to `on_draft`; None
    when no app answers (then the CLI answers here). A typed error of the app's answer is raised as AssistantError."""
    req = AskRequest(
        question=question,
        filters=filters,
        incident_filters=incident_filters,
        today=dt.date.today(),
        draft=on_draft is not None,
    )
    for ready in ready_files(settings, note):
        started = time.monotonic()
        try:
            answer = _ask_one(ready, req, on_draft or (lambda text: None))
        except _NoAnswer as why:
            note(f"`assistant serve` at {ready.url} (pid {ready.pid}) {why} after {time.monotonic() - started:.1f}s")
            continue
        return Served(answer, ready.url, ready.pid)
    return None
