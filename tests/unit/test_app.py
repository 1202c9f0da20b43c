"""Serving the app: the password file and the TLS files are checked before anything starts."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.app import read_auth_file, tls_files
from assistant.errors import ConfigError
from assistant.settings import Settings


def test_a_password_file_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    """A Latin-1 password file is refused with its name and the format it must have, not a UnicodeDecodeError."""
    users = tmp_path / "users"
    users.write_bytes("ana:caf\u00e9\n".encode("latin-1"))
    with pytest.raises(ConfigError) as refused:
        read_auth_file(users)
    assert str(users) in refused.value.message and "not UTF-8" in refused.value.message
    assert "UTF-8, one user:password per line" in refused.value.help_message


def _pem(tmp_path: Path) -> tuple[Path, Path]:
    cert, key = tmp_path / "desk.crt", tmp_path / "desk.key"
    cert.write_text("-----BEGIN CERTIFICATE-----\n")
    key.write_text("-----BEGIN PRIVATE KEY-----\n")
    return cert, key


def test_tls_files_go_to_gradio(settings: Settings, tmp_path: Path) -> None:
    """Without TLS settings nothing is passed; with both files gradio gets them as ssl_certfile and ssl_keyfile."""
    assert tls_files(settings) == {}
    cert, key = _pem(tmp_path)
    settings.ui.tls_certfile, settings.ui.tls_keyfile = cert, key
    tls = tls_files(settings)
    assert (tls["ssl_certfile"], tls["ssl_keyfile"]) == (str(cert), str(key))


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("cert", "DESK_UI__TLS_CERTFILE is set but DESK_UI__TLS_KEYFILE is not"),
        ("key", "DESK_UI__TLS_KEYFILE is set but DESK_UI__TLS_CERTFILE is not"),
        ("missing key", "the TLS private key file"),
    ],
)
def test_tls_files_half_set_or_missing(settings: Settings, tmp_path: Path, given: str, message: str) -> None:
    """One TLS file without the other, or a file that is not there, stops `serve` with what to set."""
    cert, key = _pem(tmp_path)
    if given == "cert":
        settings.ui.tls_certfile = cert
    elif given == "key":
        settings.ui.tls_keyfile = key
    else:
        settings.ui.tls_certfile, settings.ui.tls_keyfile = cert, tmp_path / "nowhere.key"
    with pytest.raises(ConfigError, match=message) as refused:
        tls_files(settings)
    assert "DESK_UI__TLS" in str(refused.value)
