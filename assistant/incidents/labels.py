"""How incidents are named to people and to the embedder: type labels, dates at their precision, one-line summaries."""

from __future__ import annotations

from assistant.schemas import Incident, actor_label

ATTACK_LABELS = {
    "ambush": "ambush",
    "ied": "IED attack",
    "suicide": "suicide attack",
    "mortar_rocket": "mortar/rocket attack",
    "shooting": "shooting",
    "airstrike_operation": "airstrike/operation",
    "kidnapping": "kidnapping",
    "other": "attack",
}


def when_label(inc: Incident) -> str:
    """The event date at its precision: '2022-12-18', 'November 2022', '2017', 'reported 2021-05-04', 'date unknown'."""
    if inc.event_date is None:
        return "date unknown"
    if inc.date_precision == "reported":
        return f"reported {inc.event_date.isoformat()}"
    if inc.date_precision == "month":
        return inc.event_date.strftime("%B %Y")
    if inc.date_precision == "year":
        return str(inc.event_date.year)
    return inc.event_date.isoformat()


def describe(inc: Incident, who: str | None = None) -> str:
    """One line about an incident (what gets embedded, and a readable label); `who` (' by suspected ISIS') replaces
    the attacker as the record names it."""
    when = when_label(inc)
    where = inc.place_text or inc.place or "place unknown"
    if inc.province and inc.province != where:
        where += f" ({inc.province})"
    figs = [f"{c.label()} {name}" for name, c in (("killed", inc.killed), ("wounded", inc.wounded)) if c is not None]
    if who is None:
        who = f" by {actor_label(inc.perpetrator)}" if inc.perpetrator else ""
    on = f" on {inc.target}" if inc.target else ""
    return f"{when}: {ATTACK_LABELS[inc.attack_type]}{who}{on} near {where}" + (f", {', '.join(figs)}" if figs else "")
