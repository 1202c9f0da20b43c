"""Who may reach the UI: the Host/Origin allow-list and the login throttle, as ASGI layers around gradio's app.

Without a login (loopback) the allow-list is what keeps other sites out: through DNS rebinding a page on any site can
send requests to 127.0.0.1 under its own name (Host: evil.example), and gradio trusts any origin on a Host that is not
localhost. So every request must name an allowed host, and a request sent by a page (Origin) must come from one.

Usage, in `serve`:

    app.launch(..., auth=PasswordCheck(logins, LoginThrottle()),
               app_kwargs={"lifespan": outermost(HostOriginGuard.layer(hosts), ClientThrottle.layer(LoginThrottle()))})
"""

from __future__ import annotations

import hmac
import logging
import math
import socket
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, MutableMapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
WILDCARD_BINDS = ("0.0.0.0", "::", "")
HOSTS_SETTING = "DESK_UI__ALLOWED_HOSTS"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
Layer = Callable[[ASGIApp], ASGIApp]


def host_name(value: str) -> str:
    """The host of a Host header or setting, lower case, without port, brackets or final dot ('[::1]:80' -> '::1')."""
    value = value.strip().lower()
    if value.startswith("["):
        name = value[1:].partition("]")[0]
    elif value.count(":") == 1:  # name:port; more than one colon is a bare IPv6 address
        name = value.partition(":")[0]
    else:
        name = value
    return name.rstrip(".")


def allowed_hosts(bind_host: str, extra: Iterable[str] = ()) -> frozenset[str]:
    """The names the app answers to: loopback, the address it binds to (this machine's names on 0.0.0.0), `extra`."""
    names = {*LOOPBACK_NAMES, host_name(bind_host), *(host_name(h) for h in extra)}
    if bind_host in WILDCARD_BINDS:
        names |= {host_name(socket.gethostname()), host_name(socket.getfqdn())}
    return frozenset(n for n in names if n)


def _headers(scope: Scope) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in scope.get("headers", []):
        out.setdefault(key.decode("latin-1").lower(), value.decode("latin-1"))
    return out


def _shown(value: str) -> str:
    return repr(value[:100])  # a header is attacker-controlled: quoted, cut, never markup


async def _plain(send: Send, status: int, text: str, headers: Iterable[tuple[str, str]] = ()) -> None:
    body = text.encode("utf-8")
    raw = [
        (b"content-type", b"text/plain; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
        (b"x-content-type-options", b"nosniff"),
        *((k.encode(), v.encode()) for k, v in headers),
    ]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


class HostOriginGuard:
    """Refuses (403) a request whose Host is not an allowed name, or whose Origin, when sent, is not on one."""

    def __init__(self, app: ASGIApp, hosts: frozenset[str]) -> None:
        self.app = app
        self.hosts = hosts

    @classmethod
    def layer(cls, hosts: frozenset[str]) -> Layer:
        """This guard around an app, for `outermost`."""
        return lambda app: cls(app, hosts)

    def refusal(self, host: str | None, origin: str | None) -> str | None:
        """Why a request with these Host and Origin headers is refused, or None when it may go on."""
        if not host or host_name(host) not in self.hosts:
            return (
                f"Forbidden: this Incident Desk server does not answer to the host {_shown(host or '')}. "
                f"Open it as localhost, or add the name you use to {HOSTS_SETTING} (comma-separated)."
            )
        if origin is not None and host_name(urlsplit(origin).hostname or "") not in self.hosts:
            return (
                f"Forbidden: a page on {_shown(origin)} may not send requests to this Incident Desk server. "
                f"Open the app at its own address, or add that host to {HOSTS_SETTING} (comma-separated)."
            )
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass an allowed request on; answer any other before gradio (and its CORS headers) sees it."""
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        reason = self.refusal(headers.get("host"), headers.get("origin"))
        if reason is None:
            await self.app(scope, receive, send)
            return
        log.warning("refused %s %s: %s", scope.get("method", "websocket"), scope.get("path", ""), reason)
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})  # closed before accept: the client sees a 403
        else:
            await _plain(send, 403, reason)


@dataclass
class _Failures:
    times: list[float] = field(default_factory=list)
    lockouts: int = 0
    locked_until: float = 0.0


class LoginThrottle:
    """Failed logins per key (a client address or a user name).

    After `limit` failures within `window_s` the key is locked for `lock_s`; each further lockout doubles it, up to
    `max_lock_s`. A success clears the key; a key quiet for `max_lock_s` after its lock starts over.
    """

    def __init__(
        self,
        limit: int = 5,
        window_s: float = 60.0,
        lock_s: float = 30.0,
        max_lock_s: float = 900.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit, self.window_s, self.lock_s, self.max_lock_s = limit, window_s, lock_s, max_lock_s
        self.clock = clock
        self._keys: dict[str, _Failures] = {}
        self._lock = threading.Lock()  # gradio may check logins from worker threads

    def retry_after(self, key: str) -> float:
        """Seconds until `key` may try to log in again; 0 when it may now."""
        with self._lock:
            record = self._keys.get(key)
            return max(0.0, record.locked_until - self.clock()) if record else 0.0

    def failed(self, key: str) -> None:
        """Count a failed login of `key`; lock it when that makes `limit` within the window."""
        with self._lock:
            now = self.clock()
            if len(self._keys) > 10_000:
                self._forget_quiet(now)
            record = self._keys.setdefault(key, _Failures())
            if record.lockouts and now - record.locked_until > self.max_lock_s:
                record.lockouts = 0
            record.times = [t for t in record.times if now - t < self.window_s] + [now]
            if len(record.times) >= self.limit:
                record.lockouts += 1
                record.locked_until = now + min(self.lock_s * 2 ** (record.lockouts - 1), self.max_lock_s)
                record.times = []

    def succeeded(self, key: str) -> None:
        """A correct login: `key` starts over."""
        with self._lock:
            self._keys.pop(key, None)

    def _forget_quiet(self, now: float) -> None:
        # Bounded memory under a flood of addresses or names: drop keys with no recent failure and no lock.
        quiet = [
            k
            for k, r in self._keys.items()
            if now - r.locked_until > self.max_lock_s and all(now - t >= self.window_s for t in r.times)
        ]
        for key in quiet:
            del self._keys[key]


def _locked_message(wait: float, who: str) -> str:
    return f"Too many failed logins {who}; try again in {math.ceil(wait)} seconds."


class ClientThrottle:
    """Throttles gradio's login route per client address: a locked address gets 429 before its password is read."""

    def __init__(self, app: ASGIApp, throttle: LoginThrottle) -> None:
        self.app = app
        self.throttle = throttle

    @classmethod
    def layer(cls, throttle: LoginThrottle) -> Layer:
        """This throttle around an app, for `outermost`."""
        return lambda app: cls(app, throttle)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass a login on and count its outcome (gradio answers a wrong login with 400); refuse a locked client."""
        if scope["type"] != "http" or scope["method"] != "POST" or not scope["path"].rstrip("/").endswith("/login"):
            await self.app(scope, receive, send)
            return
        client = str((scope.get("client") or ("unknown",))[0])
        wait = self.throttle.retry_after(client)
        if wait > 0:
            log.warning("login from %s refused for %.0f s after repeated failures", client, wait)
            await _plain(send, 429, _locked_message(wait, "from this address"), [("retry-after", str(math.ceil(wait)))])
            return

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start":
                if message["status"] == 400:
                    self.throttle.failed(client)
                elif message["status"] < 300:
                    self.throttle.succeeded(client)
            await send(message)

        await self.app(scope, receive, watch)


class PasswordCheck:
    """gradio's auth callable: the logins, compared in constant time, with each user name throttled."""

    def __init__(self, logins: list[tuple[str, str]], throttle: LoginThrottle) -> None:
        self.logins = logins
        self.throttle = throttle

    def __call__(self, username: str, password: str) -> bool:
        """True for a right user name and password; a locked user name is refused (429) without checking it."""
        wait = self.throttle.retry_after(username)
        if wait > 0:
            from fastapi import HTTPException  # only when serving: gradio turns it into the login page's message

            raise HTTPException(status_code=429, detail=_locked_message(wait, "for this user"))
        given = password.encode("utf-8")
        ok = False
        for user, expected in self.logins:  # every pair is compared, so the time does not tell which user exists
            ok |= hmac.compare_digest(user.encode("utf-8"), username.encode("utf-8")) & hmac.compare_digest(
                expected.encode("utf-8"), given
            )
        if ok:
            self.throttle.succeeded(username)
        else:
            self.throttle.failed(username)
        return ok


def outermost(*layers: Layer) -> Callable[[Any], AbstractAsyncContextManager[None]]:
    """A lifespan (gradio's `app_kwargs`) that puts `layers` around the whole app, the first one outside.

    gradio adds its CORS middleware after it makes the app, and that middleware answers preflights itself and echoes
    an origin on a foreign Host; so the guard cannot be an ordinary (inner) middleware. The lifespan runs before the
    server accepts a connection, when the middleware stack is built, so no request ever bypasses the layers.
    """

    @asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[None]:
        stack = app.build_middleware_stack()
        for layer in reversed(layers):
            stack = layer(stack)
        app.middleware_stack = stack
        yield

    return lifespan
