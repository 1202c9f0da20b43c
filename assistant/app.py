"""The Gradio app: tabs put together, model warm-up, and the safety rules of serving it (the tabs live in ui/)."""

from __future__ import annotations

import atexit
import ipaddress
import logging
import os
import signal
import threading
from pathlib import Path
from typing import Any

from assistant.desk import Desk
from assistant.errors import AssistantError, ConfigError
from assistant.settings import Settings
from assistant.ui.access import (
    LOOPBACK_NAMES,
    ClientThrottle,
    HostOriginGuard,
    LoginThrottle,
    PasswordCheck,
    allowed_hosts,
    outermost,
)
from assistant.ui.local_api import LocalAsk, new_token, remove_ready_file, write_ready_file
from assistant.ui.render import CITE_JS, CSS

log = logging.getLogger(__name__)


def settings_markdown(desk: Desk) -> str:
    """What the Settings tab shows: backend, model, preset, where the corpus lives, its size."""
    s = desk.settings
    cfg = s.llm
    model = cfg.server_model if cfg.backend == "openai" else (cfg.model_path or cfg.model)
    where = {
        "http": f"Chroma server `{s.store.host}:{s.store.port}`",
        "memory": f"in memory (`{s.store.prefix}`, gone when the app stops)",
    }.get(s.store.mode, f"`{s.data_dir}` (Chroma on disk)")
    try:
        articles, chunks = desk.store.counts()
        size = f"{articles} articles, {chunks} chunks"
    except AssistantError as err:
        size = f"unavailable ({err.message})"
    rows = [
        ("Preset", f"`{s.preset}`"),
        ("LLM backend", cfg.backend),
        ("Model", f"`{model}`"),
        ("Model state", "ready" if desk.llm_loaded else "loading in the background"),
        ("Embedder", f"`{s.embed.backend}`"),
        ("Incident extractor", s.extract.backend),
        ("Corpus", where),
        ("Corpus size", size),
    ]
    return (
        "| Setting | Value |\n|---|---|\n"
        + "\n".join(f"| {k} | {v} |" for k, v in rows)
        + (
            "\n\nChange them with a preset (`assistant serve --preset fast`) or `DESK_` environment variables; "
            "see the README."
        )
    )


def status_markdown(desk: Desk) -> str:
    """The header line: corpus size and whether the model is ready."""
    cfg = desk.settings.llm
    model = cfg.server_model if cfg.backend == "openai" else (cfg.model_path or cfg.model)
    state = "ready" if desk.llm_loaded else "loading in the background\u2026 questions wait for it"
    try:
        articles: int | str = desk.store.article_count()
    except AssistantError:
        articles = "?"
    return (
        f"Corpus: **{articles}** articles \u00b7 LLM: {cfg.backend} / `{model}` (**{state}**) "
        f"\u00b7 preset `{desk.settings.preset}`"
    )


def build_app(desk: Desk) -> Any:
    """The Gradio Blocks app for a Desk: Ask, Incidents, Briefing, Corpus and Settings tabs."""
    import gradio as gr  # gradio takes seconds to import, and ui/ imports it: only when the app is built

    from assistant.ui.briefing import brief_tab
    from assistant.ui.chat import ask_tab
    from assistant.ui.corpus import corpus_tab
    from assistant.ui.incidents import incidents_tab

    # Gradio's copies of uploads and served files: checked hourly, removed when over an hour old and at shutdown.
    with gr.Blocks(title="Incident Desk", delete_cache=(3600, 3600)) as app:
        gr.Markdown(
            "## Incident Desk\nAsk about attacks in your articles. Every sentence of an answer cites a verbatim quote."
        )
        status_md = gr.Markdown(status_markdown(desk), elem_id="status")
        with gr.Tab("Ask"):
            ask_tab(desk)
        with gr.Tab("Incidents"):
            incidents_tab(desk)
        with gr.Tab("Briefing"):
            brief_tab(desk)
        with gr.Tab("Corpus"):
            corpus_tab(desk)
        with gr.Tab("Settings") as settings_tab:
            settings_md = gr.Markdown(settings_markdown(desk), elem_id="settings")
        settings_tab.select(lambda: settings_markdown(desk), None, settings_md, api_visibility="private")
        # The header follows the background model load and corpus changes; it never waits behind the model queue.
        timer = gr.Timer(3.0)
        timer.tick(
            lambda: status_markdown(desk),
            None,
            status_md,
            api_visibility="private",
            show_progress="hidden",
            concurrency_limit=None,
        )
        app.load(lambda: status_markdown(desk), None, status_md, api_visibility="private", concurrency_limit=None)
    # Questions run several at once (concurrency_id "ask") and take turns at the model (Desk.model_turns); briefings
    # queue one at a time (concurrency_id "model"); uploads and the rest share the default limit.
    app.queue(default_concurrency_limit=2)
    return app


def _is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def read_auth_file(path: Path) -> list[tuple[str, str]]:
    """`user:password` lines (blank lines and # comments skipped); ConfigError names the file and the line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise ConfigError(
            f"cannot read the password file {path}: {err.strerror}",
            "set DESK_UI_AUTH_FILE to a readable file of user:password lines",
        ) from None
    except UnicodeDecodeError as err:
        raise ConfigError(
            f"the password file {path} is not UTF-8 text (byte {err.start} cannot be read)",
            "save it as UTF-8, one user:password per line",
        ) from None
    pairs = []
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        user, sep, password = line.partition(":")
        if not sep or not user.strip() or not password:
            raise ConfigError(f"{path} line {number} is not user:password", "write one user:password per line")
        pairs.append((user.strip(), password))
    if not pairs:
        raise ConfigError(f"the password file {path} has no user:password line", "add at least one")
    return pairs


def auth_from_env() -> list[tuple[str, str]] | None:
    """Logins from DESK_UI_USER + DESK_UI_PASSWORD and/or the DESK_UI_AUTH_FILE file; None when neither is set."""
    pairs = []
    user, password = os.environ.get("DESK_UI_USER"), os.environ.get("DESK_UI_PASSWORD")
    if user and password:
        pairs.append((user, password))
    if os.environ.get("DESK_UI_AUTH_FILE"):
        pairs += read_auth_file(Path(os.environ["DESK_UI_AUTH_FILE"]))
    return pairs or None


def tls_files(settings: Settings) -> dict[str, Any]:
    """gradio's TLS arguments from the settings; {} without TLS; ConfigError when one is unset or missing."""
    cert, key = settings.ui.tls_certfile, settings.ui.tls_keyfile
    if cert is None and key is None:
        return {}
    if cert is None or key is None:
        given, missing = ("CERTFILE", "KEYFILE") if key is None else ("KEYFILE", "CERTFILE")
        raise ConfigError(
            f"DESK_UI__TLS_{given} is set but DESK_UI__TLS_{missing} is not",
            "set both, the PEM certificate and its private key, or neither",
        )
    for what, path in (("certificate", cert), ("private key", key)):
        if not path.is_file():
            raise ConfigError(
                f"the TLS {what} file {path} does not exist",
                "point DESK_UI__TLS_CERTFILE and DESK_UI__TLS_KEYFILE at readable PEM files",
            )
    # At start gradio fetches its own page from 127.0.0.1, a name the certificate rarely holds: that one check of its
    # own server skips verification (ssl_verify=False), browsers still verify.
    return {"ssl_certfile": str(cert), "ssl_keyfile": str(key), "ssl_verify": False}


def serve(
    settings: Settings, host: str = "127.0.0.1", port: int = 7860, block: bool = True, desk: Desk | None = None
) -> Any:
    """Launch the UI; binding beyond loopback requires a login (DESK_UI_USER/DESK_UI_PASSWORD or DESK_UI_AUTH_FILE).

    Every request must name an allowed host (settings.ui.allowed_hosts), and logins are throttled per client address
    and per user name; with settings.ui.tls_certfile/tls_keyfile it serves https.
    """
    auth = auth_from_env()
    if not _is_loopback(host) and auth is None:
        raise ConfigError(
            f"refusing to serve on {host} without authentication",
            "set DESK_UI_USER and DESK_UI_PASSWORD (or DESK_UI_AUTH_FILE, a file of user:password "
            "lines), or bind to 127.0.0.1",
        )
    tls = tls_files(settings)
    if not _is_loopback(host) and not tls:
        log.warning(
            "serving on %s over plain http: passwords cross the network readable; set DESK_UI__TLS_CERTFILE and "
            "DESK_UI__TLS_KEYFILE, or put an https reverse proxy in front (see the README)",
            host,
        )
    desk = desk or Desk(settings)

    def warm() -> None:
        try:
            llm = desk.llm
            if hasattr(llm, "load"):
                llm.load()
            # The embedder and the word index too: else the first question (from the Ask tab or `assistant ask`)
            # waits for them, seconds to tens of seconds.
            desk.retrieve("warm-up")
        except AssistantError as err:  # the first question reports the error to the user
            log.warning("model warm-up failed: %s", err.message)

    threading.Thread(target=warm, daemon=True, name="model-warm-up").start()
    app = build_app(desk)
    upload_mb = settings.ingest.max_file_mb
    hosts = allowed_hosts(host, settings.ui.allowed_hosts)
    token = new_token()  # for `assistant ask` on this machine (ui/local_api.py), in the 0600 ready file
    layers = HostOriginGuard.layer(hosts), ClientThrottle.layer(LoginThrottle()), LocalAsk.layer(desk, token)
    app.launch(
        server_name=host,
        server_port=port,
        auth=PasswordCheck(auth, LoginThrottle()) if auth else None,
        prevent_thread_lock=True,  # the ready file is written once it listens; then we block below
        show_error=True,
        footer_links=[],
        ssr_mode=False,
        css=CSS,
        js=CITE_JS,
        max_file_size=f"{upload_mb:g}mb",
        app_kwargs={"lifespan": outermost(*layers)},
        **tls,
    )
    ready = write_ready_file(settings, host, app.server_port or port, token, https=bool(tls))
    if ready is None:
        log.info("`assistant ask` will not use this app: it reaches apps on loopback, not in memory, with a ready file")
    elif not block:
        atexit.register(remove_ready_file, ready, token)
    if block:
        _block(app, ready, token)
    return app


def _block(app: Any, ready: Path | None, token: str) -> None:
    """Serve until interrupted; the ready file goes with the app, on Ctrl-C and on SIGTERM alike."""

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt  # gradio's block_thread closes the server on it

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop)
    try:
        app.block_thread()
    finally:
        if ready is not None:
            remove_ready_file(ready, token)
