"""What a corpus holds, for the first screen: articles, incidents, their date span and places, and example
questions built from the records themselves, so each one has an answer in the corpus loaded."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from assistant.incidents.labels import ATTACK_LABELS, when_label
from assistant.incidents.query import find_incidents
from assistant.schemas import Incident, IncidentFilters
from assistant.store import Store


@dataclass
class Overview:
    """Counts and examples for the first screen."""

    articles: int
    incidents: int
    first: str | None = None  # the earliest and latest event dates, each at its precision ('November 2022')
    last: str | None = None
    places: list[tuple[str, int]] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)

    def markdown(self) -> str:
        """One short paragraph: what is loaded and what it covers."""
        if not self.articles:
            return "No articles yet: add some on the **Corpus** tab (or `assistant ingest FOLDER`)."
        span = f", dated {self.first} to {self.last}" if self.first and self.last else ""
        places = ", ".join(f"{name} ({n})" for name, n in self.places)
        return (
            f"**{self.articles}** article{'s' if self.articles != 1 else ''} \u00b7 **{self.incidents}** incident "
            f"record{'s' if self.incidents != 1 else ''}{span}"
            + (f" \u00b7 most reported places: {places}" if places else "")
        )


def _year(inc: Incident) -> int | None:
    return inc.event_date.year if inc.event_date and inc.date_precision != "unknown" else None


_LAST: dict[str, tuple[tuple[int, int, int], Overview]] = {}


def overview(store: Store, top: int = 5) -> Overview:
    """The corpus in numbers, with example questions its records answer; read again only when the corpus changed
    (the first screen asks on every page load, and listing every record is slow on a large corpus)."""
    ids = store.articles.get(include=[])["ids"]  # content hashes: a replaced article changes them
    articles = len(ids)
    version = (articles, hash(frozenset(ids)), store.incidents.count())
    seen = _LAST.get(store.location)
    if seen is not None and seen[0] == version:
        return seen[1]
    result = _overview(store, articles, top)
    _LAST[store.location] = (version, result)
    return result


def _overview(store: Store, articles: int, top: int) -> Overview:
    incidents = find_incidents(store, IncidentFilters()) if articles else []
    dated = sorted(
        (i for i in incidents if i.event_date and i.date_precision in ("day", "month", "year")),
        key=lambda i: (i.event_date, i.id),
    )
    places = Counter(i.place for i in incidents if i.place)
    return Overview(
        articles=articles,
        incidents=len(incidents),
        first=when_label(dated[0]) if dated else None,
        last=when_label(dated[-1]) if dated else None,
        places=places.most_common(top),
        examples=examples(incidents),
    )


def examples(incidents: list[Incident]) -> list[str]:
    """Questions the records answer: a listing by place and year, a count by province, a comparison of the two
    deadliest incidents at different places, and the deadliest attack of a year."""
    out: list[str] = []
    placed = [i for i in incidents if i.place and i.lat is not None and _year(i)]
    if placed:
        place, _ = Counter(i.place for i in placed).most_common(1)[0]
        year = Counter(_year(i) for i in placed if i.place == place).most_common(1)[0][0]
        out.append(f"attacks near {place} in {year}")
    provinces = Counter(i.province for i in incidents if i.province and i.killed and i.killed.low)
    if provinces:
        out.append(f"How many people were killed in {provinces.most_common(1)[0][0]} province?")
    ranked = sorted(
        (i for i in incidents if i.place and i.killed and i.killed.exact() is not None),
        key=lambda i: -(i.killed.exact() or 0) if i.killed else 0,
    )
    pair: list[Incident] = []
    for inc in ranked:
        if all(inc.place != p.place and inc.killed != p.killed for p in pair):
            pair.append(inc)
        if len(pair) == 2:
            break
    if len(pair) == 2:
        a, b = (f"the {ATTACK_LABELS[i.attack_type]} near {i.place}" for i in pair)
        out.append(f"Which was deadlier, {a} or {b}?")
    years = Counter(_year(i) for i in incidents if _year(i) and i.killed and i.killed.exact())
    if years:
        out.append(f"What was the deadliest attack in {years.most_common(1)[0][0]}?")
    return out
