"""Gradio chat: streamed answers and the quotes they cite (thin: the work is in Desk)."""

from __future__ import annotations

import html
import ipaddress
import logging
import os
import threading
from collections.abc import Iterator
from typing import Any

from assistant.errors import AssistantError, ConfigError
from assistant.schemas import Answer, date_label
from assistant.settings import Settings

LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
log = logging.getLogger(__name__)


def sources_markdown(answer: Answer) -> str:
    """The cited quotes as Markdown; article text is escaped so it can never run as HTML or Markdown."""
    from assistant.brief import md

    if answer.abstained:
        return "_No supporting passage: the articles do not answer this._"
    rows = []
    for c in answer.sources:
        when = date_label(c.published)
        rows.append(f"**[{c.n}]** \u201c{md(c.quote)}\u201d  \n"
                    f"\u2014 _{md(c.title)}_ ({md(c.outlet or 'unknown outlet')}, {when}) "
                    f"\u00b7 doc `{c.doc_id}` chars {c.start}\u2013{c.end}")
    return "\n\n".join(rows)


def _text_of(content: Any) -> str:
    # Gradio 6 may hand history content back as a list of {"type": "text", "text": ...} parts.
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(p.get("text", "") for p in content if isinstance(p, dict))
    if isinstance(content, dict):
        return str(content.get("text", ""))
    return str(content)


def brief_tab(desk: Any) -> None:
    """The Briefing tab's inputs, Markdown and .md/.html downloads (called inside a Blocks context)."""
    import tempfile
    from pathlib import Path

    import gradio as gr

    from assistant.brief import build_briefing
    from assistant.export import to_html
    from assistant.parse import filters_from
    from assistant.schemas import ATTACK_TYPES

    def generate(place: str, radius: float | None, date_from: str, date_to: str, attack_type: str | None,
                 narrate: bool) -> tuple[str, str | None, str | None]:
        try:
            briefing = build_briefing(desk, filters_from(place, radius if (place or "").strip() else None, date_from,
                                                         date_to, attack_type),
                                      narrate=bool(narrate))
        except (ValueError, AssistantError) as err:  # a bad filter, or the model/store failing: say what to do
            return f"\u26a0 {html.escape(str(err))}", None, None
        except Exception as exc:  # keep the session alive; the server log has the traceback
            log.exception("briefing failed")
            return f"\u26a0 Unexpected error ({type(exc).__name__}): {html.escape(str(exc))}", None, None
        # A fresh folder per briefing: Gradio serves the files after this returns, so they must not be overwritten.
        folder = Path(tempfile.mkdtemp(prefix="desk-brief-"))
        (folder / "briefing.md").write_text(briefing.markdown, encoding="utf-8")
        (folder / "briefing.html").write_text(to_html(briefing), encoding="utf-8")
        return briefing.markdown, str(folder / "briefing.md"), str(folder / "briefing.html")

    with gr.Row():
        place = gr.Textbox(label="Place", placeholder="Kirkuk")
        radius = gr.Number(label="Radius (km)", value=50, minimum=1)
        date_from = gr.Textbox(label="From (YYYY-MM-DD)", placeholder="2022-01-01")
        date_to = gr.Textbox(label="To (YYYY-MM-DD)", placeholder="2022-12-31")
        attack_type = gr.Dropdown([("any", "")] + [(t, t) for t in ATTACK_TYPES], value="", label="Attack type")
    narrate = gr.Checkbox(value=True, label="Write paragraphs with the model (each sentence checked, else record-based)")
    go = gr.Button("Generate briefing", variant="primary")
    with gr.Row():
        md_file = gr.File(label="Markdown (.md)")
        html_file = gr.File(label="HTML page (.html)")
    out = gr.Markdown("", elem_id="briefing")
    go.click(generate, [place, radius, date_from, date_to, attack_type, narrate], [out, md_file, html_file],
             api_name="brief")


def build_app(desk: Any) -> Any:
    """The Gradio Blocks app for a Desk."""
    import gradio as gr

    from assistant.schemas import ATTACK_TYPES

    def status() -> str:
        articles, chunks = desk.store.counts()
        cfg = desk.settings.llm
        model = cfg.server_model if cfg.backend == "openai" else (cfg.model_path or cfg.model)
        state = "ready" if desk.llm_loaded else "loading in the background"
        return (f"Corpus: **{articles}** articles, {chunks} chunks (`{desk.store.location}`) \u00b7 "
                f"LLM: {cfg.backend} / {model} ({state}) \u00b7 preset `{desk.settings.preset}`")

    def respond(message: str, history: list[dict[str, Any]], place: str = "", radius: float | None = None,
                date_from: str = "", date_to: str = "", attack_type: str = "",
                ) -> Iterator[tuple[list[dict[str, Any]], str, str]]:
        from assistant.parse import filters_from

        history = [{"role": m["role"], "content": _text_of(m["content"])} for m in (history or [])]
        question = (message or "").strip()
        if not question:
            yield history, "", ""
            return
        history = history + [{"role": "user", "content": question}, {"role": "assistant", "content": "\u2026"}]
        try:
            overrides = filters_from(place, radius if (place or "").strip() else None, date_from, date_to, attack_type or None)
        except ValueError as err:  # a bad filter field: say which, keep the conversation
            history[-1]["content"] = f"\u26a0 Filter: {err}"
            yield history, "", ""
            return
        yield history, "", "_Searching the articles\u2026_"
        try:
            for event in desk.ask_stream(question, incident_filters=None if overrides.is_empty() else overrides):
                if isinstance(event, Answer):
                    history[-1]["content"] = event.text
                    shown = event.incident_filters
                    scope = f"**Filters:** {html.escape(shown.describe())}\n\n" if shown is not None and not shown.is_empty() else ""
                    yield history, "", scope + sources_markdown(event)
                elif event:
                    history[-1]["content"] = event + " \u258d"
                    yield history, "", "_Checking quotes when the model finishes\u2026_"
        except AssistantError as err:
            history[-1]["content"] = f"\u26a0 {err.message}" + (f" ({err.help_message})" if err.help_message else "")
            yield history, "", ""
        except Exception as exc:  # keep the session alive; the server log has the traceback
            log.exception("answering %r failed", question)
            history[-1]["content"] = f"\u26a0 Unexpected error ({type(exc).__name__}): {exc}"
            yield history, "", ""

    with gr.Blocks(title="Incident Desk") as app:
        gr.Markdown("## Incident Desk\nAsk about attacks in your articles. Every sentence of an answer cites a verbatim quote.")
        status_md = gr.Markdown(status())
        with gr.Tab("Ask"), gr.Row():
            with gr.Column(scale=3):
                chat = gr.Chatbot(label="Answers", height=460)
                box = gr.Textbox(label="Question", placeholder="How many PMU fighters were killed east of Tikrit?")
                send = gr.Button("Ask", variant="primary")
                with gr.Accordion("Filters (override what the question says)", open=False):
                    with gr.Row():
                        f_place = gr.Textbox(label="Near place", placeholder="Kirkuk")
                        f_radius = gr.Number(label="Radius (km)", value=50, minimum=1)
                        f_from = gr.Textbox(label="From (YYYY-MM-DD)")
                        f_to = gr.Textbox(label="To (YYYY-MM-DD)")
                        f_type = gr.Dropdown([("any", "")] + [(t, t) for t in ATTACK_TYPES], value="", label="Attack type")
            with gr.Column(scale=2):
                gr.Markdown("### Sources")
                sources = gr.Markdown("", elem_id="sources")
        with gr.Tab("Briefing"):
            brief_tab(desk)
        inputs = [box, chat, f_place, f_radius, f_from, f_to, f_type]
        send.click(respond, inputs, [chat, box, sources], api_name="ask")
        box.submit(respond, inputs, [chat, box, sources], api_name=False)
        app.load(status, None, status_md, api_name=False)
    # One model, one generation at a time: queued requests wait their turn instead of failing.
    app.queue(default_concurrency_limit=1)
    return app


def _is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _auth() -> tuple[str, str] | None:
    user, password = os.environ.get("DESK_UI_USER"), os.environ.get("DESK_UI_PASSWORD")
    return (user, password) if user and password else None


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860, block: bool = True, desk: Any = None) -> Any:
    """Launch the UI; binding beyond loopback requires DESK_UI_USER and DESK_UI_PASSWORD."""
    from assistant.desk import Desk

    auth = _auth()
    if not _is_loopback(host) and auth is None:
        raise ConfigError(f"refusing to serve on {host} without authentication",
                          "set DESK_UI_USER and DESK_UI_PASSWORD, or bind to 127.0.0.1")
    desk = desk or Desk(settings)

    def warm() -> None:
        try:
            desk.llm.load() if hasattr(desk.llm, "load") else desk.llm
        except AssistantError:
            pass  # the first question reports the error to the user

    threading.Thread(target=warm, daemon=True).start()
    app = build_app(desk)
    app.launch(server_name=host, server_port=port, auth=auth, prevent_thread_lock=not block, show_error=True,
               footer_links=[], ssr_mode=False)
    return app
