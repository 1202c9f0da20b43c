"""The Incidents tab: every incident record matching the filters as a table, a map and a monthly timeline.

Selecting a row shows that incident's sources: the articles, escaped, with the evidence sentences marked.
"""

from __future__ import annotations

import html
import logging
from typing import Any, Literal

import gradio as gr

from assistant.answering.question import filters_from
from assistant.briefing.build import md
from assistant.desk import Desk
from assistant.errors import AssistantError
from assistant.incidents import export
from assistant.incidents.audit import audit
from assistant.incidents.labels import ATTACK_LABELS, describe
from assistant.incidents.ledger import ledger
from assistant.incidents.query import find_incidents, total
from assistant.language.vocab import ACTORS
from assistant.schemas import ATTACK_TYPES, Count, Incident, IncidentFilters, actor_label
from assistant.ui.charts import timeline
from assistant.ui.downloads import download_folder
from assistant.ui.render import source_html
from assistant.ui.svgmap import incident_map

log = logging.getLogger(__name__)

LISTING_GROUP = "incident-listing"  # the concurrency group of the tab's listings and exports
HEADERS = ["date", "place", "province", "type", "perpetrator", "killed", "wounded", "precision", "sources"]
# Figures are numbers so the column sorts numerically; the reported wording is in the sources panel.
DATATYPES: list[Literal["str", "number"]] = ["str", "str", "str", "str", "str", "number", "number", "str", "str"]
COLUMN_WIDTHS: list[str | int] = ["10%", "11%", "9%", "11%", "12%", "7%", "8%", "9%", "23%"]


def date_cell(inc: Incident) -> str:
    """The event date at its precision: '2022-12-18', '2022-11', '2022', 'reported 2021-05-04', 'unknown'."""
    if inc.event_date is None or inc.date_precision == "unknown":
        return "unknown"
    if inc.date_precision == "reported":
        return f"reported {inc.event_date.isoformat()}"
    if inc.date_precision == "month":
        return inc.event_date.strftime("%Y-%m")
    if inc.date_precision == "year":
        return str(inc.event_date.year)
    return inc.event_date.isoformat()


def _figure(count: Count | None) -> int | None:
    # The lowest reported figure, the one totals use; None when the text gives no number ("a large number").
    return count.low if count is not None else None


def _source_label(meta: dict[str, Any] | None, doc_id: str) -> str:
    if meta is None:
        return f"deleted article {doc_id}"
    who = meta.get("outlet") or meta.get("title") or doc_id
    published = meta.get("published")
    when = (
        f"{published // 10000:04d}-{published // 100 % 100:02d}-{published % 100:02d}" if published else "date unknown"
    )
    return f"{who} ({when})"


def incident_rows(incidents: list[Incident], article_meta: dict[str, dict[str, Any]]) -> list[list[Any]]:
    """Table rows (HEADERS order); `article_meta` is Store.article_meta(), used to name each incident's sources."""
    rows = []
    for inc in incidents:
        docs = list(dict.fromkeys(s.doc_id for s in inc.sources))  # one entry per article, in report order
        trail = audit(inc, article_meta)
        perpetrator = actor_label(inc.perpetrator) if inc.perpetrator else ""
        status = trail.responsibility.split(" ", 1)[0].rstrip(":;")
        if perpetrator and status in ("claimed", "suspected", "attributed"):
            perpetrator += f" ({status}{'; not claimed' if inc.claimed == 'unclaimed' else ''})"
        elif perpetrator and inc.claimed:
            perpetrator += f" ({inc.claimed})"
        precision = " \u00b7 ".join(
            f"{name} {value}"
            for name, value in (("time", trail.time_precision), ("geo", trail.geo_precision))
            if value is not None
        )
        rows.append(
            [
                date_cell(inc),
                inc.place or inc.place_text or "",
                inc.province or "",
                ATTACK_LABELS[inc.attack_type],
                perpetrator,
                _figure(inc.killed),
                _figure(inc.wounded),
                precision or "unknown",
                "; ".join(_source_label(article_meta.get(d), d) for d in docs),
            ]
        )
    return rows


def incident_filters(
    place: str | None,
    radius: float | None,
    date_from: str | None,
    date_to: str | None,
    attack_type: str | None,
    perpetrator: str | None,
) -> IncidentFilters:
    """Filters from the tab's fields (a radius counts only with a place); ValueError says which field is wrong."""
    has_place = bool((place or "").strip())
    return filters_from(
        place,
        radius if has_place else None,
        date_from,
        date_to,
        attack_type or None,
        perpetrator=(perpetrator or "").strip() or None,
    )


def summary(incidents: list[Incident], filters: IncidentFilters) -> str:
    """One line over the table: how many incidents, the filters and the casualty totals (computed by code)."""
    scope = filters.describe() if not filters.is_empty() else "no filters"
    n = len(incidents)
    if not n:
        return f"No incidents match ({md(scope)})."
    killed, wounded = (_total([getattr(i, name) for i in incidents]) for name in ("killed", "wounded"))
    conflicts = sum(1 for i in incidents if i.conflicts)
    flag = f" \u00b7 {conflicts} with figures the sources disagree on" if conflicts else ""
    return (
        f"**{n}** incident{'s' if n != 1 else ''} ({md(scope)}) \u00b7 killed {killed} \u00b7 "
        f"wounded {wounded}{flag}. Reports of one incident in several articles are merged; "
        "the table shows the lowest reported figure. Select a row for its sources."
    )


def _total(counts: list[Count | None]) -> str:
    # "at least 0" would suggest a figure was reported: say so when none was.
    return "not reported" if all(c is None or c.low is None for c in counts) else total(counts).text


def query(
    desk: Desk,
    place: str | None = "",
    radius: float | None = None,
    date_from: str | None = "",
    date_to: str | None = "",
    attack_type: str | None = "",
    perpetrator: str | None = "",
) -> tuple[list[Incident], list[list[Any]], str]:
    """(incidents, table rows, summary) for the fields; a bad field or a corpus needing reindex becomes the message."""
    try:
        filters = incident_filters(place, radius, date_from, date_to, attack_type, perpetrator)
        incidents = find_incidents(desk.store, filters)
    except ValueError as err:  # a bad filter field: say which and keep the page usable
        return [], [], f"\u26a0 Filter: {md(str(err))}"
    except AssistantError as err:
        tip = f" ({md(err.help_message)})" if err.help_message else ""
        return [], [], f"\u26a0 {md(err.message)}{tip}"
    notes = ledger(desk.store, filters, incidents).lines()[1:]  # the first line repeats the summary's count
    message = summary(incidents, filters) + "\n\n" + "  \n".join(md(line) for line in notes)
    return incidents, incident_rows(incidents, desk.store.article_meta()), message


def pick(incidents: list[Incident], rows: list[list[Any]], index: Any, row_value: list[Any] | None) -> Incident | None:
    """The incident a table selection points at: its row index, checked against the row's values.

    The browser reports the index in the data as sent; the values guard against a table that changed meanwhile.
    """
    i = index[0] if isinstance(index, (list, tuple)) else index
    if isinstance(i, int) and 0 <= i < len(incidents) and (not row_value or _same_row(rows[i], row_value)):
        return incidents[i]
    if row_value:
        for inc, row in zip(incidents, rows):
            if _same_row(row, row_value):
                return inc
    return None


def _same_row(row: list[Any], shown: list[Any]) -> bool:
    # The browser may send numbers back as floats or strings and blanks as "" : compare as text.
    def norm(v: Any) -> str:
        if v is None or v == "":
            return ""
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        return str(v)

    return len(row) == len(shown) and all(norm(a) == norm(b) for a, b in zip(row, shown))


def sources_panel(desk: Desk, inc: Incident) -> str:
    """HTML for one incident: what the record says, then each reporting article with its evidence marked."""

    head = html.escape(describe(inc))
    notes = "".join(f"<li>Sources disagree \u2014 {html.escape(c)}</li>" for c in inc.conflicts)
    trail = "".join(f"<li>{html.escape(line)}</li>" for line in audit(inc, desk.store.article_meta()).lines())
    parts = [
        f'<div class="incident-head"><strong>{head}</strong>'
        + (f"<ul>{notes}</ul>" if notes else "")
        + f'<details class="audit" open><summary>Audit trail</summary><ul>{trail}</ul></details></div>'
    ]
    docs = list(dict.fromkeys(s.doc_id for s in inc.sources))
    for n, doc_id in enumerate(docs, 1):
        article = desk.store.article(doc_id)
        if article is None:  # deleted after the table was made
            parts.append(
                f'<div class="source" id="src-{n}"><strong>[{n}]</strong> article {html.escape(doc_id)} '
                "is no longer in the corpus</div>"
            )
            continue
        # Evidence whose offsets no longer fit the stored text is not marked: a wrong highlight would mislead.
        spans = [
            (s.start, s.end) for s in inc.sources if s.doc_id == doc_id and article.text[s.start : s.end] == s.quote
        ]
        parts.append(source_html(n, article, spans, id_prefix="inc-src"))
    return "\n".join(parts)


def incidents_tab(desk: Desk) -> None:
    """The Incidents tab's filters, table, map, timeline and sources panel (called inside `with gr.Tab(...)`)."""

    def show(
        place: str, radius: float | None, date_from: str, date_to: str, attack_type: str | None, perpetrator: str | None
    ) -> tuple[Any, Any, Any, str, dict[str, Any], str]:
        try:
            incidents, rows, message = query(desk, place, radius, date_from, date_to, attack_type, perpetrator)
            shown = incident_filters(place, radius, date_from, date_to, attack_type, perpetrator) if rows else None
            figures = (incident_map(incidents, shown), timeline(incidents)) if rows else ("", None)
        except Exception as exc:  # keep the session alive; the server log has the traceback
            log.exception("incident listing failed")
            return (
                _table([]),
                "",
                None,
                f"\u26a0 Unexpected error ({type(exc).__name__}): {md(str(exc))}",
                {"incidents": [], "rows": []},
                "",
            )
        state = {"incidents": incidents, "rows": rows}
        return _table(rows), figures[0], figures[1], message, state, ""

    def select(state: dict[str, Any] | None, evt: gr.SelectData) -> str:
        state = state or {"incidents": [], "rows": []}
        inc = pick(state["incidents"], state["rows"], evt.index, evt.row_value)
        if inc is None:
            return '<p class="abstain">That row is not in the current list; press Show again.</p>'
        try:
            return sources_panel(desk, inc)
        except Exception as exc:  # a store error must not break the tab
            log.exception("showing sources failed")
            return f"<p>\u26a0 Cannot show the sources ({html.escape(type(exc).__name__)}: {html.escape(str(exc))})</p>"

    with gr.Row():
        place = gr.Textbox(label="Place (town or province)", placeholder="Kirkuk", elem_id="i-place")
        radius = gr.Number(label="Radius (km)", value=50, minimum=1, elem_id="i-radius")
        date_from = gr.Textbox(label="From (YYYY-MM-DD)", placeholder="2022-01-01", elem_id="i-from")
        date_to = gr.Textbox(label="To (YYYY-MM-DD)", placeholder="2022-12-31", elem_id="i-to")
        attack_type = gr.Dropdown(
            [("any", "")] + [(ATTACK_LABELS[t], t) for t in ATTACK_TYPES],
            value="",
            label="Attack type",
            elem_id="i-type",
        )
        perpetrator = gr.Dropdown(
            [("any", "")] + [(a, a) for a in ACTORS],
            value="",
            label="Perpetrator",
            allow_custom_value=True,
            elem_id="i-perpetrator",
        )
    button = gr.Button("Show incidents", variant="primary", elem_id="i-show")
    message = gr.Markdown("", elem_id="i-msg")
    table = gr.Dataframe(
        _table([]),
        headers=HEADERS,
        datatype=DATATYPES,
        interactive=False,
        wrap=True,
        show_search="filter",
        max_height=420,
        column_widths=COLUMN_WIDTHS,
        label="Incidents (sort or filter from a column's \u22ee menu; select a row for its sources)",
        elem_id="inc-table",
    )
    sources = gr.HTML("", label="Sources of the selected incident", elem_id="inc-sources")
    with gr.Row():
        fmt = gr.Radio(
            [("CSV", "csv"), ("JSON Lines", "jsonl"), ("GeoJSON", "geojson")],
            value="csv",
            label="Export the listed incidents (event-data columns, with the audit trail)",
            elem_id="i-format",
        )
        export_button = gr.Button("Export", elem_id="i-export")
        export_file = gr.File(label="Export file", elem_id="i-export-file")
    with gr.Row():
        map_plot = gr.HTML("", label="Map (hover or click a marker for its incidents)", elem_id="inc-map")
        timeline_plot = gr.Plot(label="Per month", elem_id="inc-timeline")
    state = gr.State({"incidents": [], "rows": []})

    fields = [place, radius, date_from, date_to, attack_type, perpetrator]
    outputs = [table, map_plot, timeline_plot, message, state, sources]
    # One listing at a time, in the order asked: the app's default lets two run at once, and then the unfiltered
    # listing started by opening the tab could finish after, and overwrite, the filtered one asked for just after.
    in_order: dict[str, Any] = {"concurrency_id": LISTING_GROUP, "concurrency_limit": 1}
    button.click(show, fields, outputs, api_name="incidents", **in_order)
    for box in (place, date_from, date_to):
        box.submit(show, fields, outputs, api_visibility="private", **in_order)
    table.select(select, [state], sources, api_visibility="private")
    export_button.click(
        lambda st, f: export_file_for(desk, st, f), [state, fmt], export_file, api_name="export", **in_order
    )  # in the group too: an export asked while a listing runs writes that listing, not the one before
    # Filled whenever the tab is shown (the Corpus tab may have changed the corpus); outside a tab, when the page opens.
    parent = gr.context.Context.block
    if isinstance(parent, gr.Tab):
        parent.select(show, fields, outputs, api_visibility="private", **in_order)
    elif gr.context.Context.root_block is not None:
        gr.context.Context.root_block.load(show, fields, outputs, api_visibility="private", **in_order)


def export_file_for(desk: Desk, state: dict[str, Any] | None, fmt: str) -> str | None:
    """Write the listed incidents to a fresh file in the chosen format; None when nothing is listed."""
    incidents = (state or {}).get("incidents") or []
    if not incidents:
        gr.Warning("Nothing to export: press Show incidents first, with filters that match.")
        return None
    if fmt not in export.FORMATS:
        raise gr.Error(f"Unknown export format {fmt!r}: choose CSV, JSON Lines or GeoJSON.")
    # A fresh folder per export: Gradio serves the file after this returns, so it must not be overwritten.
    path = download_folder("incidents") / f"incidents.{fmt}"
    export.write(export.rows(incidents, desk.store.article_meta()), fmt, path)
    return str(path)


def _table(rows: list[list[Any]]) -> dict[str, Any]:
    """Table value with the fixed headers (an empty list of rows would otherwise lose the column names)."""
    return {"data": rows, "headers": HEADERS}
