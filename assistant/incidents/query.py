"""Listing and counting: every incident matching the filters (not a top-k), totals computed by code."""

from __future__ import annotations

import datetime as dt
import re

from assistant.errors import ConfigError
from assistant.language import gazetteer
from assistant.language.vocab import actors_in_group, name_key, spelling_key
from assistant.schemas import Citation, Count, Incident, IncidentFilters, actor_label
from assistant.store import Store, where_incidents, within

DUPLICATE_KM = 25.0  # two reports of one incident: dates within a day and places this close


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
    merged: list[Incident] = []
    copied: set[int] = set()  # positions in `merged` that hold this call's own copy
    docs: dict[int, set[str]] = {}  # the articles each merged incident already cites, by position
    # Only day-precise records within a day of each other can be one event (_same_event): the candidates for a
    # record are those of its day and the two beside it, tried in the order they joined `merged`, as a scan of
    # all of `merged` would meet them. A record's date and precision never change once it is in `merged`.
    by_day: dict[int, list[int]] = {}
    for inc in sorted(incidents, key=lambda i: (i.event_date or dt.date.min, i.id)):
        day = inc.event_date.toordinal() if inc.event_date is not None and inc.date_precision == "day" else None
        near = () if day is None else sorted(j for d in (day - 1, day, day + 1) for j in by_day.get(d, ()))
        doc = inc.sources[0].doc_id
        j = next((j for j in near if doc not in docs[j] and _same_event(merged[j], inc)), None)
        if j is None:
            merged.append(inc)
            if day is not None:
                by_day.setdefault(day, []).append(len(merged) - 1)
                docs[len(merged) - 1] = {s.doc_id for s in inc.sources}
            continue
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
    return merged


def find_incidents(store: Store, f: IncidentFilters, target: str | None = None) -> list[Incident]:
    """All incidents matching the filters, duplicates merged, oldest first (unknown dates last)."""
    if not store.incidents_current():  # old metadata would make filters silently miss incidents
        raise ConfigError(
            f"the incident records in {store.location} were made by an older version",
            "run `assistant reindex` once (articles and chunks are kept)",
        )
    found = [i for i in store.query_incidents(where_incidents(f)) if within(i, f)]
    if target:
        labels = actors_in_group(target)  # 'Iraqi forces' takes in the army's records
        found = [i for i in found if i.target in labels]
    merged = merge_duplicates(found)
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
