"""The Briefing tab: choose filters, generate a cited briefing, download it as .md and .html."""

from __future__ import annotations

import html
import logging

import gradio as gr

from assistant.answering.question import filters_from
from assistant.briefing.export import to_html
from assistant.desk import Desk
from assistant.errors import AssistantError
from assistant.schemas import ATTACK_TYPES, NEAR_KM
from assistant.ui.downloads import download_folder

log = logging.getLogger(__name__)


def brief_tab(desk: Desk) -> None:
    """The Briefing tab's inputs, Markdown and .md/.html downloads (called inside a Blocks context)."""

    def generate(
        place: str, radius: float | None, date_from: str, date_to: str, attack_type: str | None, narrate: bool
    ) -> tuple[str, str | None, str | None]:
        try:
            briefing = desk.brief(
                filters_from(place, radius if (place or "").strip() else None, date_from, date_to, attack_type),
                narrate=bool(narrate),
            )
        except (ValueError, AssistantError) as err:  # a bad filter, or the model/store failing: say what to do
            return f"\u26a0 {html.escape(str(err))}", None, None
        except Exception as exc:  # keep the session alive; the server log has the traceback
            log.exception("briefing failed")
            return f"\u26a0 Unexpected error ({type(exc).__name__}): {html.escape(str(exc))}", None, None
        # A fresh folder per briefing: Gradio serves the files after this returns, so they must not be overwritten.
        folder = download_folder("briefing")
        (folder / "briefing.md").write_text(briefing.markdown, encoding="utf-8")
        (folder / "briefing.html").write_text(to_html(briefing), encoding="utf-8")
        return briefing.markdown, str(folder / "briefing.md"), str(folder / "briefing.html")

    with gr.Row():
        place = gr.Textbox(label="Place", placeholder="Kirkuk", elem_id="b-place")
        radius = gr.Number(label="Radius (km)", value=NEAR_KM, minimum=1, elem_id="b-radius")
        date_from = gr.Textbox(label="From (YYYY-MM-DD)", placeholder="2022-01-01", elem_id="b-from")
        date_to = gr.Textbox(label="To (YYYY-MM-DD)", placeholder="2022-12-31", elem_id="b-to")
        attack_type = gr.Dropdown(
            [("any", "")] + [(t, t) for t in ATTACK_TYPES], value="", label="Attack type", elem_id="b-type"
        )
    narrate = gr.Checkbox(
        value=True,
        label="Write paragraphs with the model (each sentence checked, else record-based)",
        elem_id="b-narrate",
    )
    go = gr.Button("Generate briefing", variant="primary", elem_id="b-generate")
    with gr.Row():
        md_file = gr.File(label="Markdown (.md)", elem_id="b-md")
        html_file = gr.File(label="HTML page (.html)", elem_id="b-html")
    out = gr.Markdown("", elem_id="briefing")
    go.click(
        generate,
        [place, radius, date_from, date_to, attack_type, narrate],
        [out, md_file, html_file],
        api_name="brief",
        concurrency_id="model",
        concurrency_limit=1,
    )
