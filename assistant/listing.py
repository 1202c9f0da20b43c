"""Listing and counting: every incident matching the filters (not a top-k), totals computed by code."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant import gazetteer
from assistant.errors import ConfigError
from assistant.index import Store, describe
from assistant.parse import IncidentFilters, ParsedQuestion
from assistant.schemas import Answer, Citation, Claim, Count, Incident, date_to_int

NO_MATCH = "No incidents match"  # how an answer with no matching record begins
_KM_PER_DEGREE = 111.0
DUPLICATE_KM = 25.0  # two reports of one incident: dates within a day and places this close


def where_incidents(f: IncidentFilters) -> dict[str, Any] | None:
    """Chroma where-clause for the filters; the radius becomes a bounding box refined in Python."""
    clauses: list[dict[str, Any]] = []
    if f.date_from:
        clauses.append({"event_date": {"$gte": date_to_int(f.date_from)}})
    if f.date_to:  # the whole known period must fit: "2022" is not known to be in January 2022
        clauses.append({"event_date_end": {"$lte": date_to_int(f.date_to)}})
    if f.province:
        clauses.append({"province": f.province})
    if f.attack_type:
        clauses.append({"attack_type": f.attack_type})
    if f.perpetrator:
        clauses.append({"perpetrator": f.perpetrator})
    if f.lat is not None and f.lon is not None and f.radius_km:
        dlat = f.radius_km / _KM_PER_DEGREE
        dlon = dlat * 1.5  # 1 degree of longitude is ~75-95 km at Iraq's latitudes: a box that is never too small
        clauses += [{"lat": {"$gte": f.lat - dlat}}, {"lat": {"$lte": f.lat + dlat}},
                    {"lon": {"$gte": f.lon - dlon}}, {"lon": {"$lte": f.lon + dlon}}]
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def within(inc: Incident, f: IncidentFilters) -> bool:
    """Exact radius test (the store only applied a box)."""
    if f.lat is None or f.lon is None or not f.radius_km:
        return True
    if inc.lat is None or inc.lon is None:
        return False
    return gazetteer.distance_km(f.lat, f.lon, inc.lat, inc.lon) <= f.radius_km


def _same_event(a: Incident, b: Incident) -> bool:
    if a.event_date is None or b.event_date is None or a.date_precision != "day" or b.date_precision != "day":
        return False
    if abs((a.event_date - b.event_date).days) > 1:
        return False
    if a.target and b.target and a.target != b.target:
        return False
    if a.lat is None or b.lat is None:
        return a.province is not None and a.province == b.province and a.attack_type == b.attack_type
    return gazetteer.distance_km(a.lat, a.lon, b.lat, b.lon) <= DUPLICATE_KM


def _merge_count(a: Count | None, b: Count | None, name: str, conflicts: list[str]) -> Count | None:
    if a is None or b is None:
        return a or b
    # Closed figures (one number, or the range an earlier disagreement left) that differ widen to cover both.
    if None not in (a.low, a.high, b.low, b.high) and (a.low, a.high) != (b.low, b.high):
        lo, hi = min(a.low, b.low), max(a.high, b.high)
        conflicts[:] = [c for c in conflicts if not c.startswith(f"{name}:")] + [f"{name}: sources report {lo} to {hi}"]
        return Count(low=lo, high=hi, text=f"{lo}\u2013{hi}")
    # One source exact, the other open-ended ("at least 11", "dozens"): a disagreement when they cannot both hold.
    exact, other = (a, b) if a.exact() is not None else (b, a)
    if exact.exact() is not None and other.exact() is None:
        n = exact.exact()
        if (other.low is not None and n < other.low) or (other.high is not None and n > other.high):
            lo = min(n, other.low if other.low is not None else n)
            conflicts.append(f"{name}: sources report {exact.text or n} and {other.text}")
            return Count(low=lo, high=None, text=f"at least {lo}")
    return a if a.low is not None and a.high is not None else b


def merge_duplicates(incidents: list[Incident]) -> list[Incident]:
    """One incident per event: reports from several articles merged, conflicting figures kept as a range."""
    merged: list[Incident] = []
    for inc in sorted(incidents, key=lambda i: (i.event_date or dt.date.min, i.id)):
        home = next((m for m in merged if _same_event(m, inc) and inc.sources[0].doc_id not in {s.doc_id for s in m.sources}), None)
        if home is None:
            merged.append(inc.model_copy(deep=True))
            continue
        home.sources += inc.sources
        home.killed = _merge_count(home.killed, inc.killed, "killed", home.conflicts)
        home.wounded = _merge_count(home.wounded, inc.wounded, "wounded", home.conflicts)
        for name in ("perpetrator", "claimed", "target", "place", "district", "province"):
            if getattr(home, name) is None:
                setattr(home, name, getattr(inc, name))
    return merged


def find_incidents(store: Store, f: IncidentFilters, target: str | None = None) -> list[Incident]:
    """All incidents matching the filters, duplicates merged, oldest first (unknown dates last)."""
    if not store.incidents_current():  # old metadata would make filters silently miss incidents
        raise ConfigError(f"the incident records in {store.location} were made by an older version",
                          "run `assistant reindex` once (articles and chunks are kept)")
    found = [i for i in store.query_incidents(where_incidents(f)) if within(i, f)]
    if target:
        found = [i for i in found if i.target == target]
    merged = merge_duplicates(found)
    return sorted(merged, key=lambda i: (i.event_date is None, i.event_date or dt.date.max, i.id))


def total(counts: list[Count | None]) -> Count:
    """Sum of casualty figures: exact, a range where merged sources disagree, else a lower bound."""
    low = sum(c.low or 0 for c in counts if c is not None)
    if counts and all(c is not None and c.low is not None and c.high is not None for c in counts):
        high = sum(c.high for c in counts if c is not None and c.high is not None)
        return Count(low=low, high=high, text=str(low) if high == low else f"{low}\u2013{high}")
    return Count(low=low, high=None, text=f"at least {low}")


def _citation(store: Store, inc: Incident, n: int) -> list[Citation]:
    cites = []
    for src in inc.sources:
        art = store.article(src.doc_id)
        if art is None or art.text[src.start:src.end] != src.quote:
            continue  # never cite a quote that is not verbatim in the stored article
        cites.append(Citation(n=n + len(cites), doc_id=src.doc_id, chunk_id=f"{src.doc_id}:?", quote=src.quote,
                              start=src.start, end=src.end, title=art.title, outlet=art.outlet, published=art.published))
    return cites


def answer_from_incidents(parsed: ParsedQuestion, question: str, store: Store) -> Answer:
    """A listing or counting answer: one cited line per incident, totals by code."""
    f = parsed.filters
    if parsed.unknown_place:  # listing everything instead would answer a question nobody asked
        return Answer(question=question, abstained=True, model="incident records",
                      text=f"{NO_MATCH}: \u201c{parsed.unknown_place}\u201d is not a place the gazetteer knows. "
                           "Check the spelling, or name a nearby town or the province.")
    incidents = find_incidents(store, f, parsed.target)
    scope = f.describe() if not f.is_empty() else "all articles"
    if parsed.target:
        scope += f" \u00b7 target {parsed.target}"
    if not incidents:
        return Answer(question=question, text=f"{NO_MATCH} ({scope}).", abstained=True, model="incident records")
    claims: list[Claim] = []
    sources: list[Citation] = []
    kept: list[Incident] = []
    for inc in incidents:
        cites = _citation(store, inc, len(sources) + 1)
        if not cites:
            continue
        kept.append(inc)
        sources += cites
        extra = f" Sources disagree \u2014 {'; '.join(inc.conflicts)}." if inc.conflicts else ""
        claims.append(Claim(text=describe(inc)[0].upper() + describe(inc)[1:] + "." + extra, citations=cites))
    n = len(claims)
    head = f"{n} incident{'s' if n != 1 else ''} match ({scope})."
    if parsed.measure in ("killed", "wounded"):
        reported = [c for c in (getattr(i, parsed.measure) for i in kept) if c is not None]
        known = [c for c in reported if c.low is not None]  # "a large number" is reported, but is no figure
        incidents_text = f"{n} incident{'s' if n != 1 else ''}"
        if not known:  # "at least 0" would state a figure nobody reported
            vague = "; ".join(dict.fromkeys(f"\u201c{c.text}\u201d" for c in reported if c.text))
            return Answer(question=question, abstained=True, model="incident records",
                          text=f"No {parsed.measure} figure is reported for the {incidents_text} that match ({scope})."
                               + (f" The reports say only {vague} {parsed.measure}." if vague else ""))
        t = total(known)
        missing = n - len(known)
        head = f"{t.text if not missing else f'at least {t.low}'} {parsed.measure} in {incidents_text} ({scope})."
        if missing:
            head += f" {missing} of them report{'s' if missing == 1 else ''} no {parsed.measure} figure."
    lines = [head] + [f"{c.text.rstrip('.')} {''.join(f'[{x.n}]' for x in c.citations)}." for c in claims]
    return Answer(question=question, text="\n".join(lines), claims=claims, sources=sources, model="incident records")
