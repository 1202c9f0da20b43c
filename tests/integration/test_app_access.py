"""Who reaches the served app: other sites' pages and names are refused, logins are throttled (real server)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from gradio_client import Client

from assistant.app import serve
from assistant.desk import Desk
from assistant.settings import Settings

from conftest import free_port

pytestmark = pytest.mark.integration


def _served(desk: Desk, settings: Settings | None = None) -> Iterator[str]:
    port = free_port()
    app = serve(settings or desk.settings, port=port, block=False, desk=desk)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        app.close()


@pytest.fixture
def url(desk: Desk) -> Iterator[str]:
    """The app for `desk` on loopback, without a login."""
    yield from _served(desk)


def test_a_rebound_page_cannot_delete_a_document(url: str, desk: Desk) -> None:
    """A page on evil.example rebinding its name to 127.0.0.1 gets 403 and no CORS grant; the article stays."""
    doc_id = next(iter(desk.store.article_meta()))
    foreign = {"Host": "evil.example", "Origin": "http://evil.example"}
    preflight = httpx.options(
        f"{url}/gradio_api/call/delete",
        headers={**foreign, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"},
    )
    posted = httpx.post(f"{url}/gradio_api/call/delete", json={"data": [doc_id]}, headers=foreign)
    for response in (preflight, posted):
        assert response.status_code == 403
        assert "access-control-allow-origin" not in response.headers
        assert "does not answer to the host 'evil.example'" in response.text
        assert "DESK_UI__ALLOWED_HOSTS" in response.text
    assert doc_id in desk.store.article_meta()


def test_a_cross_site_page_cannot_call_the_app_on_loopback(url: str, desk: Desk) -> None:
    """A page on another site sending to 127.0.0.1 itself is refused too (its Origin is not an allowed host)."""
    doc_id = next(iter(desk.store.article_meta()))
    posted = httpx.post(
        f"{url}/gradio_api/call/delete", json={"data": [doc_id]}, headers={"Origin": "http://evil.example"}
    )
    assert posted.status_code == 403 and "access-control-allow-origin" not in posted.headers
    assert "a page on 'http://evil.example' may not send requests" in posted.text
    assert doc_id in desk.store.article_meta()


def test_the_app_itself_still_works_on_loopback(url: str, desk: Desk) -> None:
    """The page opened as localhost, and an API client on 127.0.0.1, still reach the app and can delete."""
    port = url.rsplit(":", 1)[1]
    page = httpx.get(
        f"http://localhost:{port}/gradio_api/info",
        headers={"Origin": f"http://localhost:{port}"},
    )
    assert page.status_code == 200 and page.headers["access-control-allow-origin"] == f"http://localhost:{port}"
    doc_id = next(iter(desk.store.article_meta()))
    message, _, _ = Client(f"{url}/", verbose=False).predict(doc_id, api_name="/delete")
    assert message.startswith("Deleted") and doc_id not in desk.store.article_meta()


def test_a_configured_host_is_allowed(desk: Desk) -> None:
    """A name added to ui.allowed_hosts (DESK_UI__ALLOWED_HOSTS) reaches the app; other names still do not."""
    ui = desk.settings.ui.model_copy(update={"allowed_hosts": ["desk.example"]})
    for url in _served(desk, desk.settings.model_copy(update={"ui": ui})):
        named = {"Host": "desk.example", "Origin": "https://desk.example"}
        assert httpx.get(f"{url}/gradio_api/info", headers=named).status_code == 200
        assert httpx.get(f"{url}/gradio_api/info", headers={"Host": "evil.example"}).status_code == 403


def test_guessing_logins_is_throttled(desk: Desk, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Five wrong logins from one address are answered; then that address is refused (429), even the right one."""
    users = tmp_path / "users"
    users.write_text("ana:pw\n")
    monkeypatch.setenv("DESK_UI_AUTH_FILE", str(users))
    for url in _served(desk):
        wrong = [httpx.post(f"{url}/login", data={"username": "ana", "password": f"guess{i}"}) for i in range(5)]
        assert [r.status_code for r in wrong] == [400] * 5
        refused = httpx.post(f"{url}/login", data={"username": "ana", "password": "pw"})
        assert refused.status_code == 429 and "Too many failed logins" in refused.text
        assert int(refused.headers["retry-after"]) == 30


def test_every_endpoint_refuses_foreign_hosts_and_origins(url: str, desk: Desk) -> None:
    """Every named API endpoint, the page, its config, uploads and file downloads: a foreign Host (DNS rebinding), a
    foreign Origin (a cross-site page) and a 'null' Origin (a sandboxed frame) are refused, and nothing is changed."""
    info = httpx.get(f"{url}/gradio_api/info").json()
    endpoints = sorted(info["named_endpoints"])
    assert {"/ask", "/delete", "/ingest", "/reindex", "/incidents"} <= set(endpoints)
    before = set(desk.store.article_meta())
    doc_id = next(iter(before))
    hostile = {
        "rebound host": {"Host": "evil.example", "Origin": "http://evil.example"},
        "foreign origin": {"Origin": "http://evil.example"},
        "null origin": {"Origin": "null"},
        "look-alike host": {"Host": "127.0.0.1.evil.example"},
    }
    requests = [("POST", f"/gradio_api/call{name}", {"data": [doc_id]}) for name in endpoints]
    requests += [
        ("GET", "/", None),
        ("GET", "/config", None),
        ("POST", "/gradio_api/upload", None),
        ("GET", "/gradio_api/queue/data?session_hash=x", None),
    ]
    refused = tried = 0
    for label, headers in hostile.items():
        for method, path, body in requests:
            r = httpx.request(method, f"{url}{path}", json=body, headers=headers)
            tried += 1
            assert r.status_code == 403, f"{label}: {method} {path} answered {r.status_code}"
            assert "access-control-allow-origin" not in r.headers
            refused += 1
    assert set(desk.store.article_meta()) == before
    print(f"\nhostile requests refused: {refused}/{tried} ({len(endpoints)} endpoints + 4 paths, {len(hostile)} kinds)")


def test_tls_settings_serve_https(desk: Desk, tmp_path: Path) -> None:
    """With a certificate and key (DESK_UI__TLS_CERTFILE/_KEYFILE) the app answers over https, checked against that
    certificate, and plain http on the same port gets no page."""
    import shutil
    import subprocess

    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.fail("the https test makes its certificate with the openssl command, which is not installed")
    cert, key = tmp_path / "desk.crt", tmp_path / "desk.key"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    ui = desk.settings.ui.model_copy(update={"tls_certfile": cert, "tls_keyfile": key})
    for url in _served(desk, desk.settings.model_copy(update={"ui": ui})):
        secure = url.replace("http://", "https://")
        r = httpx.get(f"{secure}/gradio_api/info", verify=str(cert))
        assert r.status_code == 200 and "/ask" in r.json()["named_endpoints"]
        with pytest.raises(httpx.HTTPError):
            httpx.get(f"{url}/gradio_api/info")
