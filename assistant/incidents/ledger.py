"""The completeness ledger under every count, listing, table and briefing: what a total does not cover.

A total over incident records is only as complete as the records. The ledger says how many incidents
were counted, which reports in scope could not be placed or dated (listed, with why), and how many
figures were vague ("dozens") or missing, so a total is never silently partial.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.incidents.labels import describe
from assistant.incidents.query import find_incidents, names_place
from assistant.language import gazetteer
from assistant.schemas import Count, Incident, IncidentFilters, int_to_date
from assistant.store import Store, period_end

MEASURES = ("killed", "wounded")


@dataclass
class Tally:
    """How one measure's figures stand across the counted incidents."""

    exact: int = 0  # one number, or a range the sources span
    open: int = 0  # 'at least 11': counted at its lower bound
    vague: int = 0  # 'dozens', 'a large number': reported, but no figure to add
    missing: int = 0  # no figure reported at all

    def add(self, count: Count | None) -> None:
        """Tally one incident's figure."""
        if count is None:
            self.missing += 1
        elif count.low is None:
            self.vague += 1
        elif count.high is None:
            self.open += 1
        else:
            self.exact += 1


@dataclass
class LeftOut:
    """A record that may belong to the scope but could not be counted in it."""

    label: str
    source: str
    why: str


@dataclass
class Ledger:
    """What a count or listing covered, and what it could not."""

    counted: int
    tallies: dict[str, Tally] = field(default_factory=dict)
    left_out: list[LeftOut] = field(default_factory=list)

    def figure_note(self, measure: str) -> str:
        """'killed: 3 with a figure, 1 "at least" (counted at its lower bound), 1 vague, 2 not reported'."""
        t = self.tallies[measure]
        parts = [f"{t.exact} with a figure"]
        if t.open:
            parts.append(f"{t.open} \u201cat least\u201d (counted at the lower bound)")
        if t.vague:
            parts.append(f"{t.vague} vague (no number to add)")
        if t.missing:
            parts.append(f"{t.missing} not reported")
        return f"{measure}: " + ", ".join(parts)

    def lines(self) -> list[str]:
        """The ledger as plain lines (Markdown-safe text, no markup)."""
        n = self.counted
        out = [f"Counted: {n} incident{'s' if n != 1 else ''}."]
        if n:
            out.append("Figures \u2014 " + "; ".join(self.figure_note(m) for m in MEASURES) + ".")
        if self.left_out:
            out.append(
                f"Not counted: {len(self.left_out)} record{'s' if len(self.left_out) != 1 else ''} that may be in "
                "scope but could not be placed or dated:"
            )
            out += [f"- {x.label} ({x.source}): {x.why}" for x in self.left_out]
        else:
            out.append("Not counted: none was left out for lacking a place or a date.")
        return out

    def as_dict(self) -> dict[str, Any]:
        """For JSON output."""
        return {
            "counted": self.counted,
            "figures": {m: vars(t) for m, t in self.tallies.items()},
            "left_out": [vars(x) for x in self.left_out],
        }


def _source(inc: Incident, meta: dict[str, dict[str, Any]]) -> str:
    m = meta.get(inc.sources[0].doc_id) if inc.sources else None
    if not m:
        return "source deleted"
    when = int_to_date(m["published"]).isoformat() if m.get("published") else "date unknown"
    return f"{m.get('outlet') or m.get('title') or 'unknown outlet'}, {when}"


def ledger(
    store: Store, f: IncidentFilters, counted: list[Incident], target: str | None = None, named: str | None = None
) -> Ledger:
    """The ledger for `counted`, the incidents a listing found with filters `f` (and, for a place the gazetteer
    lacks, records naming `named`: only those can be in its scope)."""
    tallies = {m: Tally() for m in MEASURES}
    for inc in counted:
        for m in MEASURES:
            tallies[m].add(getattr(inc, m))
    result = Ledger(counted=len(counted), tallies=tallies)
    if f.is_empty() and not named:
        return result
    meta = store.article_meta()
    ids = {i.id for i in counted}
    seen: set[str] = set()

    def leave(inc: Incident, why: str) -> None:
        if named and not names_place(inc, named):
            return  # a record that does not name the asked place is not in its scope
        if inc.id not in ids and inc.id not in seen:
            seen.add(inc.id)
            result.left_out.append(LeftOut(describe(inc), _source(inc, meta), why))

    radius = f.lat is not None and f.radius_km is not None
    home = _province_of(f) if radius else None
    if radius or f.province:  # the same period and type anywhere: records no place could be read for
        anywhere = f.model_copy(update={"place": None, "lat": None, "lon": None, "radius_km": None, "province": None})
        for inc in find_incidents(store, anywhere, target):
            if inc.province is None and inc.lat is None:
                leave(inc, "no place could be read from the report")
            elif radius and inc.lat is None and f.province in (None, inc.province) and home == inc.province:
                leave(inc, f"placed only to {inc.province} province, so a radius cannot include it")
    if f.date_from or f.date_to or f.dated_only or named:  # the same place and type at any date
        anytime = f.model_copy(update={"date_from": None, "date_to": None, "dated_only": None})
        for inc in find_incidents(store, anytime, target):
            if inc.event_date is None:
                leave(inc, "no event date or report date could be read")
            elif f.dated_only and inc.date_precision == "reported":
                leave(inc, "dated only by its report (you asked for dated incidents only)")
            elif inc.date_precision in ("month", "year") and _overlaps(inc, f):
                leave(inc, f"dated only to {_period(inc)}, which the period does not wholly cover")
    return result


def _province_of(f: IncidentFilters) -> str | None:
    if f.place is None:
        return None
    place = gazetteer.lookup(f.place)
    return place.province if place is not None else None


def _period(inc: Incident) -> str:
    assert inc.event_date is not None
    return inc.event_date.strftime("%B %Y") if inc.date_precision == "month" else str(inc.event_date.year)


def _overlaps(inc: Incident, f: IncidentFilters) -> bool:
    assert inc.event_date is not None
    start, end = inc.event_date, period_end(inc.event_date, inc.date_precision)
    return (f.date_to is None or start <= f.date_to) and (f.date_from is None or end >= f.date_from)
