"""The Ask tab: streamed, cited answers; sources with highlights; the conversation's filters as editable chips."""

from __future__ import annotations

import html
import logging
from collections.abc import Iterator
from typing import Any

import gradio as gr

from assistant.answering.question import ParsedQuestion, filters_from, merge_filters
from assistant.briefing.build import md
from assistant.desk import Desk, ModelWait
from assistant.errors import AssistantError
from assistant.incidents.overview import overview
from assistant.schemas import ATTACK_TYPES, NEAR_KM, Answer, IncidentFilters
from assistant.ui.render import answer_html, answer_markdown, chips_html, sources_html

log = logging.getLogger(__name__)

Fields = tuple[str, float | None, str, str, str]
_LOCATION = ("place", "lat", "lon", "radius_km", "province")


def field_values(f: IncidentFilters | None) -> Fields:
    """What the five filter fields show for a conversation's filters (place, radius, from, to, type)."""
    if f is None:
        return "", NEAR_KM, "", "", ""
    place = f.place or f.province or ""
    return (
        place,
        f.radius_km if f.place and f.radius_km else NEAR_KM,
        f.date_from.isoformat() if f.date_from else "",
        f.date_to.isoformat() if f.date_to else "",
        f.attack_type or "",
    )


def _norm(values: Fields) -> Fields:
    place, radius, lo, hi, kind = values
    place = (place or "").strip()
    return place, (float(radius) if place and radius else None), (lo or "").strip(), (hi or "").strip(), kind or ""


def split_filters(shown: IncidentFilters | None, values: Fields) -> tuple[IncidentFilters, IncidentFilters]:
    """(context, explicit): fields the user left as shown carry over; fields the user changed are explicit.

    A field the user cleared is dropped from the context. ValueError names a bad field.
    """
    before, now = _norm(field_values(shown)), _norm(values)
    kept = (shown or IncidentFilters()).model_dump()
    changed: dict[str, Any] = {}
    if now[:2] != before[:2]:
        for key in _LOCATION:
            kept[key] = None
        if now[0]:
            changed.update(place=now[0], radius_km=now[1])
    for i, key in ((2, "date_from"), (3, "date_to"), (4, "attack_type")):
        if now[i] != before[i]:
            kept[key] = None
            if now[i]:
                changed[key] = now[i]
    explicit = filters_from(**changed) if changed else IncidentFilters()
    return IncidentFilters(**kept), explicit


def respond(
    desk: Desk,
    message: str,
    history: list[dict[str, Any]] | None,
    place: str,
    radius: float | None,
    date_from: str,
    date_to: str,
    attack_type: str,
    shown: IncidentFilters | None,
    asked: ParsedQuestion | None = None,
) -> Iterator[tuple[Any, ...]]:
    """Stream one turn: (history, question box, sources, chips, markdown, 5 filter fields, conversation filters,
    the conversation's last listing or count, which a follow-up such as 'and in 2021?' builds on)."""
    history = [{"role": m["role"], "content": _text_of(m["content"])} for m in (history or [])]
    if not history:  # a new conversation (the chat was cleared, or an API client starts one): nothing carries over
        shown, asked = None, None
    fields: Fields = (place, radius, date_from, date_to, attack_type)
    question = (message or "").strip()

    def out(
        sources: str = "",
        chips: str | None = None,
        markdown: str = "",
        new_fields: Fields = fields,
        state: IncidentFilters | None = shown,
    ) -> tuple[Any, ...]:
        chip = chips if chips is not None else chips_html(state)
        return (history, "", sources, chip, markdown, *new_fields, state, asked)

    if not question:
        yield out()
        return
    history += [{"role": "user", "content": html.escape(question)}, {"role": "assistant", "content": "\u2026"}]
    try:
        context, explicit = split_filters(shown, fields)
        IncidentFilters(**merge_filters(context, explicit).model_dump())  # a date range the two make impossible
    except ValueError as err:  # a bad filter field: say which, keep the conversation
        history[-1]["content"] = f"\u26a0 Filter: {html.escape(str(err))}"
        yield out()
        return
    waiting = "" if desk.llm_loaded else " (the model is still loading; the answer will come when it is ready)"
    history[-1]["content"] = f"_Searching the articles\u2026{waiting}_"
    yield out()
    try:
        explicit_or_none = None if explicit.is_empty() else explicit
        context_or_none = None if context.is_empty() else context
        for event in desk.ask_stream(
            question, incident_filters=explicit_or_none, context=context_or_none, previous=asked
        ):
            if isinstance(event, Answer):
                # A records answer is what a follow-up builds on; a passage answer leaves the last listing in place.
                read = desk.parse(question, explicit_or_none, None, context_or_none, asked)
                now = read if event.incident_filters is not None else asked
                yield (*_final(desk, history, event, merge_filters(context, explicit)), now)
            elif isinstance(event, ModelWait):
                others = "1 question" if event.ahead == 1 else f"{event.ahead} questions"
                history[-1]["content"] = f"_Waiting for the model: {others} ahead of yours\u2026_"
                yield out()
            elif event:
                history[-1]["content"] = html.escape(event) + " \u258d"
                yield out(sources="<p><em>Checking quotes when the model finishes\u2026</em></p>")
    except AssistantError as err:
        history[-1]["content"] = f"\u26a0 {html.escape(err.message)}" + (
            f" ({html.escape(err.help_message)})" if err.help_message else ""
        )
        yield out()
    except Exception as exc:  # keep the session alive; the server log has the traceback
        log.exception("answering %r failed", question)
        history[-1]["content"] = f"\u26a0 Unexpected error ({type(exc).__name__}): {html.escape(str(exc))}"
        yield out()


def _final(desk: Desk, history: list[dict[str, Any]], answer: Answer, requested: IncidentFilters) -> tuple[Any, ...]:
    history[-1]["content"] = answer_html(answer)
    used = answer.incident_filters
    state: IncidentFilters | None
    if used is not None:  # answered from incident records: these filters were applied; they become the conversation's
        state, applied = used, True
    else:  # answered from passages: keep what the conversation had for the next listing or count
        state, applied = (None if requested.is_empty() else requested), False
    chips = chips_html(state, applied=applied) if state is not None else chips_html(None)
    return (
        history,
        "",
        sources_html(answer, desk.store.article),
        chips,
        answer_markdown(answer),
        *field_values(state),
        state,
    )


def _text_of(content: Any) -> str:
    # Gradio 6 may hand history content back as a list of {"type": "text", "text": ...} parts.
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(p.get("text", "") for p in content if isinstance(p, dict))
    if isinstance(content, dict):
        return str(content.get("text", ""))
    return str(content)


def ask_tab(desk: Desk) -> None:
    """The Ask tab's components and events (called inside a Blocks context)."""

    shown = gr.State(None)
    asked = gr.State(None)  # the last listing or count, for follow-ups
    corpus_md = gr.Markdown("", elem_id="overview")
    examples = gr.Dataset(
        components=[gr.Textbox(visible=False)],
        samples=[],
        label="Try a question this corpus answers (click to fill the box)",
        elem_id="examples",
    )
    with gr.Row():
        with gr.Column(scale=3):
            chat = gr.Chatbot(label="Answers", height=460, elem_id="chat", buttons=["copy"])
            box = gr.Textbox(
                label="Question", elem_id="question", placeholder="How many PMU fighters were killed east of Tikrit?"
            )
            with gr.Row():
                send = gr.Button("Ask", variant="primary", elem_id="ask")
                clear = gr.Button("New conversation", elem_id="f-clear")
            gr.Markdown("**Filters** (the conversation keeps them; edit a field to change it)")
            chips = gr.HTML(chips_html(None), elem_id="chips")
            with gr.Row():
                f_place = gr.Textbox(label="Near place", placeholder="Kirkuk", elem_id="f-place")
                f_radius = gr.Number(label="Radius (km)", value=NEAR_KM, minimum=1, elem_id="f-radius")
                f_from = gr.Textbox(label="From (YYYY-MM-DD)", elem_id="f-from")
                f_to = gr.Textbox(label="To (YYYY-MM-DD)", elem_id="f-to")
                f_type = gr.Dropdown(
                    [("any", "")] + [(t, t) for t in ATTACK_TYPES], value="", label="Attack type", elem_id="f-type"
                )
            answer_md = gr.Textbox(
                label="Answer as Markdown (with citations)",
                lines=3,
                interactive=False,
                buttons=["copy"],
                elem_id="answer-md",
            )
        with gr.Column(scale=2):
            gr.Markdown("### Sources\nClick a [n] in the answer to find its quote.")
            sources = gr.HTML("", elem_id="sources")

    def run(
        message: str,
        history: list[dict[str, Any]],
        place: str,
        radius: float | None,
        date_from: str,
        date_to: str,
        attack_type: str,
        state: IncidentFilters | None,
        last: ParsedQuestion | None,
    ) -> Iterator[tuple[Any, ...]]:
        yield from respond(desk, message, history, place, radius, date_from, date_to, attack_type, state, last)

    inputs = [box, chat, f_place, f_radius, f_from, f_to, f_type, shown, asked]
    outputs = [chat, box, sources, chips, answer_md, f_place, f_radius, f_from, f_to, f_type, shown, asked]
    # Several questions are worked on at once: record answers come at once, and those that need the model take
    # turns at it (Desk.model_turns) with their place in line shown.
    at_once: dict[str, Any] = {"concurrency_id": "ask", "concurrency_limit": desk.settings.ui.parallel_questions}
    send.click(run, inputs, outputs, api_name="ask", **at_once)
    box.submit(run, inputs, outputs, api_visibility="private", **at_once)
    examples.click(lambda sample: sample[0] if sample else "", examples, box, api_visibility="private")

    def first_screen() -> tuple[str, Any]:
        try:
            seen = overview(desk.store)
        except Exception as exc:  # the first screen must open even when the store cannot be read
            log.exception("corpus overview failed")
            return f"\u26a0 Cannot read the corpus ({md(type(exc).__name__)}: {md(str(exc))})", gr.Dataset(samples=[])
        return seen.markdown(), gr.Dataset(samples=[[q] for q in seen.examples])

    # Filled when the page opens and whenever the tab is shown again (the Corpus tab may have changed the corpus).
    parent = gr.context.Context.block
    if isinstance(parent, gr.Tab):
        parent.select(first_screen, None, [corpus_md, examples], api_visibility="private")
    if gr.context.Context.root_block is not None:
        gr.context.Context.root_block.load(first_screen, None, [corpus_md, examples], api_visibility="private")
    clear.click(
        lambda: ([], "", chips_html(None), "", *field_values(None), None, None),
        None,
        [chat, sources, chips, answer_md, f_place, f_radius, f_from, f_to, f_type, shown, asked],
        api_visibility="private",
    )
