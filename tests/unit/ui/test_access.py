"""Who may reach the UI: the Host/Origin allow-list and the login throttle (time injected, no server)."""

from __future__ import annotations

import pytest
from fastapi import HTTPException

from assistant.ui.access import HostOriginGuard, LoginThrottle, PasswordCheck, allowed_hosts, host_name


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def _never(scope: object, receive: object, send: object) -> None:
    raise AssertionError("the guard's decision is tested without calling the app")


@pytest.mark.parametrize(
    ("header", "name"),
    [("localhost:7860", "localhost"), ("[::1]:7860", "::1"), ("::1", "::1"), ("Desk.Example.", "desk.example")],
)
def test_host_name(header: str, name: str) -> None:
    """A Host header's name is compared without its port, brackets, case or final dot."""
    assert host_name(header) == name


GUARD = HostOriginGuard(_never, allowed_hosts("10.0.0.5", ["desk.example"]))


@pytest.mark.parametrize(
    ("host", "origin", "refused"),
    [
        ("127.0.0.1:7860", None, None),  # a script or the gradio client: no Origin
        ("localhost:7860", "http://localhost:7860", None),
        ("[::1]:7860", "http://[::1]:7860", None),
        ("10.0.0.5:7860", "https://10.0.0.5:7860", None),  # the address it binds to
        ("desk.example", "https://desk.example", None),  # a configured name
        ("evil.example:7860", "http://evil.example:7860", "host 'evil.example:7860'"),  # DNS rebinding
        ("evil.example", None, "host 'evil.example'"),
        (None, None, "host ''"),
        ("127.0.0.1:7860", "http://evil.example", "page on 'http://evil.example'"),  # a cross-site form or fetch
        ("127.0.0.1:7860", "null", "page on 'null'"),  # a sandboxed frame or a file:// page
        ("127.0.0.1:7860", "http://localhost.evil.example", "page on"),
    ],
)
def test_host_and_origin_allow_list(host: str | None, origin: str | None, refused: str | None) -> None:
    """Requests on an allowed name from an allowed page pass; any other is refused with what to set."""
    reason = GUARD.refusal(host, origin)
    if refused is None:
        assert reason is None
    else:
        assert reason is not None and refused in reason and "DESK_UI__ALLOWED_HOSTS" in reason


def test_loopback_bind_allows_only_loopback_names() -> None:
    """Bound to 127.0.0.1 with nothing configured, the app answers to loopback names only."""
    assert allowed_hosts("127.0.0.1") == {"localhost", "127.0.0.1", "::1"}


def test_throttle_locks_after_five_failures_and_doubles() -> None:
    """Four wrong logins cost nothing; the fifth within a minute locks for 30 s, the next lockout for 60 s."""
    clock = Clock()
    throttle = LoginThrottle(clock=clock)
    for _ in range(4):
        throttle.failed("10.0.0.9")
        clock.now += 1
    assert throttle.retry_after("10.0.0.9") == 0
    throttle.failed("10.0.0.9")
    assert throttle.retry_after("10.0.0.9") == 30
    assert throttle.retry_after("10.0.0.8") == 0  # another client is not held up
    clock.now += 30
    assert throttle.retry_after("10.0.0.9") == 0
    for _ in range(5):
        throttle.failed("10.0.0.9")
    assert throttle.retry_after("10.0.0.9") == 60


def test_throttle_forgets_slow_failures_and_successes() -> None:
    """Failures spread over more than a minute never lock; a correct login clears the count."""
    clock = Clock()
    throttle = LoginThrottle(clock=clock)
    for _ in range(10):
        throttle.failed("ana")
        clock.now += 20
    assert throttle.retry_after("ana") == 0
    for _ in range(4):
        throttle.failed("bo")
    throttle.succeeded("bo")
    throttle.failed("bo")
    assert throttle.retry_after("bo") == 0


def test_password_check_throttles_each_user() -> None:
    """After five wrong passwords for a user even the right one is refused (429) until the lock ends; others log in."""
    clock = Clock()
    check = PasswordCheck([("ana", "s3cret"), ("bo", "pw")], LoginThrottle(clock=clock))
    assert check("ana", "s3cret") and not check("ana", "S3cret") and not check("nobody", "s3cret")
    for _ in range(4):  # with 'S3cret' above, five wrong passwords
        assert not check("ana", "guess")
    with pytest.raises(HTTPException) as refused:
        check("ana", "s3cret")
    assert refused.value.status_code == 429 and "try again in 30 seconds" in str(refused.value.detail)
    assert check("bo", "pw")
    clock.now += 30
    assert check("ana", "s3cret")
