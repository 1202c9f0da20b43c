"""Listing and counting: every incident matching the filters (not a top-k), totals computed by code."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import cast

import numpy as np

from assistant.errors import ConfigError
from assistant.language import gazetteer
from assistant.language.vocab import actors_in_group, name_key, spelling_key
from assistant.schemas import Citation, Count, Incident, IncidentFilters, actor_label
from assistant.store import IncidentRecords, Store, where_incidents, within

DUPLICATE_KM = 25.0  # two reports of one incident: dates within a day and places this close
_DUPLICATE_LAT = math.degrees(DUPLICATE_KM / gazetteer.EARTH_RADIUS_KM) * (1 + 1e-9)  # latitude DUPLICATE_KM spans


def _same_event(a: Incident, b: Incident) -> bool:
    if a.event_date is None or b.event_date is None or a.date_precision != "day" or b.date_precision != "day":
        return False
    if abs((a.event_date - b.event_date).days) > 1:
        return False
    if a.target and b.target and a.target != b.target:
        return False
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return a.province is not None and a.province == b.province and a.attack_type == b.attack_type
    if a.lat == b.lat and a.lon == b.lon:
        return True
    # No two points are nearer than their latitudes' difference along a meridian: most records of a busy day are
    # ruled out by that subtraction, before the haversine (a listing at 100k records spent a third of its time there).
    if abs(a.lat - b.lat) > _DUPLICATE_LAT:
        return False
    return gazetteer.distance_km(a.lat, a.lon, b.lat, b.lon) <= DUPLICATE_KM


def _merge_count(a: Count | None, b: Count | None, name: str, conflicts: list[str]) -> Count | None:
    if a is None or b is None:
        return a or b
    # Closed figures (one number, or the range an earlier disagreement left) that differ widen to cover both.
    closed = a.low is not None and a.high is not None and b.low is not None and b.high is not None
    if closed and a.low == b.low and a.high == b.high:
        return a  # the same figure: what the rest gives too, without its work
    if closed and (a.low, a.high) != (b.low, b.high):
        assert a.low is not None and a.high is not None and b.low is not None and b.high is not None  # for mypy
        lo, hi = min(a.low, b.low), max(a.high, b.high)
        conflicts[:] = [c for c in conflicts if not c.startswith(f"{name}:")] + [f"{name}: sources report {lo} to {hi}"]
        return Count(low=lo, high=hi, text=f"{lo}\u2013{hi}")
    # One source exact, the other open-ended ("at least 11", "dozens"): a disagreement when they cannot both hold.
    exact, other = (a, b) if a.exact() is not None else (b, a)
    n = exact.exact()
    if n is not None and other.exact() is None:
        if (other.low is not None and n < other.low) or (other.high is not None and n > other.high):
            lo = min(n, other.low if other.low is not None else n)
            conflicts.append(f"{name}: sources report {exact.text or n} and {other.text}")
            return Count(low=lo, high=None, text=f"at least {lo}")
    return a if a.low is not None and a.high is not None else b


def _note_disagreements(home: Incident, inc: Incident) -> None:
    """Flag what two reports of one incident disagree on beyond figures: date, place, province, perpetrator, claim.

    Each version is given ('date: 2015-04-13 vs 2015-04-14'); the record cites every report."""
    said = ("event_date", "place", "place_text", "province", "perpetrator", "claimed")
    if all(getattr(home, k) == getattr(inc, k) for k in said):
        return  # most reports of one event agree: nothing to compare
    versions = {
        "date": (home.event_date, inc.event_date),
        "place": (home.place or home.place_text, inc.place or inc.place_text),
        "province": (home.province, inc.province),
        "perpetrator": (home.perpetrator, inc.perpetrator),
        "claim": (home.claimed, inc.claimed),
    }
    for name, (a, b) in versions.items():
        if a is None or b is None or a == b:
            continue
        if name == "perpetrator" and "unknown" in (a, b):
            continue  # one report names the attacker, the other does not: no contradiction
        if name == "place" and name_key(str(a)) == name_key(str(b)):
            continue
        shown = [actor_label(str(x)) if name == "perpetrator" else str(x) for x in (a, b)]
        note = f"{name}: {shown[0]} vs {shown[1]}"
        if not any(c.startswith(f"{name}:") and shown[1] in c for c in home.conflicts):
            home.conflicts.append(note)


def _own(inc: Incident) -> Incident:
    """A copy of a record that merges may change: lists of its own; its figures and sources are shared, as a merge
    replaces those and never changes them."""
    own = inc.model_copy()
    own.sources = list(inc.sources)
    own.conflicts = list(inc.conflicts)
    return own


_FILLED = ("perpetrator", "claimed", "target", "place", "district", "province")  # a merge fills these when unknown


def merge_duplicates(incidents: list[Incident]) -> list[Incident]:
    """One incident per event: reports from several articles merged, conflicting figures kept as a range.

    The records given are never changed (a listing's come shared from the store): a kept record another merges into
    is copied first; a record nothing merges into is returned as it was given."""
    return _merge(incidents)[0]


def _merge(incidents: list[Incident], settled: int = 0) -> tuple[list[Incident], list[int]]:
    """merge_duplicates, and for each record given (in the order given) the position of its event in the result.

    The first `settled` records given are events merged before: each stays an event of its own, and later records
    may still join it."""
    merged: list[Incident] = []
    event_of = [0] * len(incidents)
    copied: set[int] = set()  # positions in `merged` that hold this call's own copy
    docs: dict[int, set[str]] = {}  # the articles each merged incident already cites, by position
    # Only day-precise records within a day of each other can be one event (_same_event): the candidates for a
    # record are those of its day and the two beside it, tried in the order they joined `merged`, as a scan of
    # all of `merged` would meet them. A record's date and precision never change once it is in `merged`.
    # A record placed on the map is one event only with a record of no place or one within DUPLICATE_KM, whose
    # latitude is in its band of _DUPLICATE_LAT degrees or a band beside it: those are its candidates (a busy day of
    # a large corpus has hundreds of records). A record of no place may be one event with any record of those days.
    by_day: dict[int, list[int]] = {}
    unplaced: dict[int, list[int]] = {}
    by_band: dict[tuple[int, int], list[int]] = {}
    order = sorted(range(len(incidents)), key=lambda k: (incidents[k].event_date or dt.date.min, incidents[k].id))
    for k in order:
        inc = incidents[k]
        day = inc.event_date.toordinal() if inc.event_date is not None and inc.date_precision == "day" else None
        placed = inc.lat is not None and inc.lon is not None and math.isfinite(inc.lat) and math.isfinite(inc.lon)
        band = math.floor(inc.lat / _DUPLICATE_LAT) if placed and inc.lat is not None else None
        days = () if day is None else (day - 1, day, day + 1)
        if band is None:
            near = sorted(j for d in days for j in by_day.get(d, ()))
        else:
            near = sorted(
                [j for d in days for b in (band - 1, band, band + 1) for j in by_band.get((d, b), ())]
                + [j for d in days for j in unplaced.get(d, ())]
            )
        doc = inc.sources[0].doc_id
        j = None if k < settled else next((j for j in near if doc not in docs[j] and _same_event(merged[j], inc)), None)
        if j is None:
            event_of[k] = len(merged)
            merged.append(inc)
            if day is not None:
                by_day.setdefault(day, []).append(len(merged) - 1)
                if band is None:
                    unplaced.setdefault(day, []).append(len(merged) - 1)
                else:
                    by_band.setdefault((day, band), []).append(len(merged) - 1)
                docs[len(merged) - 1] = {s.doc_id for s in inc.sources}
            continue
        event_of[k] = j
        if j not in copied:
            merged[j] = _own(merged[j])
            copied.add(j)
        home = merged[j]
        docs[j].update(s.doc_id for s in inc.sources)
        _note_disagreements(home, inc)
        home.sources.extend(inc.sources)  # its own list (_own)
        killed = _merge_count(home.killed, inc.killed, "killed", home.conflicts)
        if killed is not home.killed:
            home.killed = killed
        wounded = _merge_count(home.wounded, inc.wounded, "wounded", home.conflicts)
        if wounded is not home.wounded:
            home.wounded = wounded
        for name in _FILLED:
            value = getattr(inc, name)
            if value is not None and getattr(home, name) is None:
                setattr(home, name, value)
    return merged, event_of


@dataclass(frozen=True)
class _Events:
    """Every stored record merged into events once per store version: a listing that selects all of an event's
    records takes the event as merged here instead of merging them again (~25 us a record: 0.4 s for the 16k
    records of one city-year at 100k records)."""

    merged: list[Incident]
    event_of: np.ndarray  # by record position in the version's records; -1 for a record of no stored article
    size: np.ndarray  # records per event
    home: np.ndarray  # by event, the position of the record the others joined


def _events(records: IncidentRecords, stored: np.ndarray) -> _Events:
    key = "incidents.query._events"
    cached = records.derived.get(key)
    if cached is not None and cached[0] is stored:
        return cast(_Events, cached[1])
    positions = np.flatnonzero(stored)
    merged, event_of = _merge([records.incidents[p] for p in positions])
    by_position = np.full(len(records.incidents), -1, dtype=np.int64)
    by_position[positions] = event_of
    of = np.asarray(event_of, dtype=np.int64)
    home = np.zeros(len(merged), dtype=np.int64)
    home[of[::-1]] = positions[::-1]  # the first record of each event (in the store's order) is the one it joined
    events = _Events(merged, by_position, np.bincount(of, minlength=len(merged)), home)
    records.derived[key] = (stored, events)
    return events


def find_incidents(store: Store, f: IncidentFilters, target: str | None = None) -> list[Incident]:
    """All incidents matching the filters, duplicates merged, oldest first (unknown dates last)."""
    if not store.incidents_current():  # old metadata would make filters silently miss incidents
        raise ConfigError(
            f"the incident records in {store.location} were made by an older version",
            "run `assistant reindex` once (articles and chunks are kept)",
        )
    labels = actors_in_group(target) if target else None  # 'Iraqi forces' takes in the army's records
    selected = store.incident_selection(where_incidents(f))
    if selected is None:  # a clause only Chroma runs: its records merged here
        found = [i for i in store.query_incidents(where_incidents(f)) if within(i, f)]
        merged = merge_duplicates([i for i in found if labels is None or i.target in labels])
    else:
        records, positions, stored = selected
        kept = [p for p in positions.tolist() if within(records.incidents[p], f)]
        if labels is not None:
            kept = [p for p in kept if records.incidents[p].target in labels]
        events = _events(records, stored)
        of = events.event_of[np.asarray(kept, dtype=np.int64)]
        hits = np.bincount(of, minlength=len(events.merged))
        whole = (hits > 0) & (hits == events.size)
        # An event whose records the filters all select is taken as merged once for the version. The records of one
        # they select in part are merged again, with each other or into those events: a record outside the filters
        # never joins a listing. Both in the store's order, as the records are when all are merged here.
        settled = sorted(np.flatnonzero(whole).tolist(), key=lambda e: events.home[e])
        rest = [p for p, e in zip(kept, of.tolist()) if not whole[e]]
        items = [events.merged[e] for e in settled] + [records.incidents[p] for p in rest]
        merged = _merge(items, len(settled))[0]
    return sorted(merged, key=lambda i: (i.event_date is None, i.event_date or dt.date.max, i.id))


PLACE_KIND_WORDS = r"(?:oil\s?field|area|mountains?|village|neighbou?rhood|sub-?district|checkpoint|basin|valley|camp)"


def names_place(inc: Incident, name: str) -> bool:
    """Whether the record names a place the gazetteer lacks: its place as written, or a sentence it was read from
    ('Sadr City', 'the Allas oil field'), by spelling ('Al-Mukhisa' finds 'al-Mukhaysa')."""
    base = re.sub(rf"\s+{PLACE_KIND_WORDS}$", "", name.strip(), flags=re.I) or name
    key, spelled = name_key(base), spelling_key(base)
    if len(key) < 4:
        return False  # too short to find safely inside other words
    if inc.place_text and (key in name_key(inc.place_text) or spelled == spelling_key(inc.place_text)):
        return True
    # Word by word, never across words: 'Ancon' is not in 'an American convoy'.
    n = len(base.split())
    return any(
        name_key(" ".join(words[i : i + n])) == key
        for src in inc.sources
        for words in [re.findall(r"[\w’'-]+", src.quote)]
        for i in range(len(words) - n + 1)
    )


def total(counts: list[Count | None]) -> Count:
    """Sum of casualty figures: exact, a range where merged sources disagree, else a lower bound."""
    low = sum(c.low or 0 for c in counts if c is not None)
    if counts and all(c is not None and c.low is not None and c.high is not None for c in counts):
        high = sum(c.high for c in counts if c is not None and c.high is not None)
        return Count(low=low, high=high, text=str(low) if high == low else f"{low}\u2013{high}")
    return Count(low=low, high=None, text=f"at least {low}")


def citations_for(store: Store, inc: Incident, n: int) -> list[Citation]:
    """Citations of an incident's evidence numbered from n, only those verbatim in the stored article."""
    cites: list[Citation] = []
    for src in inc.sources:
        art = store.article(src.doc_id)
        if art is None or art.text[src.start : src.end] != src.quote:
            continue  # never cite a quote that is not verbatim in the stored article
        cites.append(
            Citation(
                n=n + len(cites),
                doc_id=src.doc_id,
                chunk_id=f"{src.doc_id}:?",
                quote=src.quote,
                start=src.start,
                end=src.end,
                title=art.title,
                outlet=art.outlet,
                published=art.published,
            )
        )
    return cites
