"""Listing and counting answers written by code from every matching incident record, one cited line each."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.answering.question import ParsedQuestion
from assistant.incidents.labels import describe
from assistant.incidents.query import citations_for, find_incidents, names_place, total
from assistant.schemas import Answer, Citation, Claim, Incident
from assistant.store import Store

NO_MATCH = "No incidents match"  # how an answer with no matching record begins


@dataclass
class RecordsAnswer:
    """An answer from the records, and whether any record matched (the router reads this, never the text)."""

    answer: Answer
    matched: bool


def answer_from_incidents(parsed: ParsedQuestion, question: str, store: Store) -> Answer:
    """A listing or counting answer: one cited line per incident, totals by code."""
    return records_answer(parsed, question, store).answer


def records_answer(parsed: ParsedQuestion, question: str, store: Store) -> RecordsAnswer:
    """The records' answer to a listing or count, with whether any incident matched the filters."""
    f = parsed.filters
    incidents = find_incidents(store, f, parsed.target)
    scope = f.describe() if not f.is_empty() else "all articles"
    if parsed.unknown_place:  # a place the gazetteer lacks is found by name in the records, never ignored
        name = parsed.unknown_place
        incidents = [i for i in incidents if names_place(i, name)]
        scope = ("" if f.is_empty() else scope + " \u00b7 ") + (
            f"records naming \u201c{name}\u201d (a place the gazetteer does not know)"
        )
    if parsed.target:
        scope += f" \u00b7 target {parsed.target}"
    if not incidents:
        return RecordsAnswer(
            Answer(question=question, text=f"{NO_MATCH} ({scope}).", abstained=True, model="incident records"), False
        )
    return RecordsAnswer(_listing(parsed, question, store, incidents, scope), True)


def _listing(parsed: ParsedQuestion, question: str, store: Store, incidents: list[Incident], scope: str) -> Answer:
    claims: list[Claim] = []
    sources: list[Citation] = []
    kept: list[Incident] = []
    for inc in incidents:
        cites = citations_for(store, inc, len(sources) + 1)
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
            return Answer(
                question=question,
                abstained=True,
                model="incident records",
                text=f"No {parsed.measure} figure is reported for the {incidents_text} that match ({scope})."
                + (f" The reports say only {vague} {parsed.measure}." if vague else ""),
            )
        t = total(known)
        missing = n - len(known)
        head = f"{t.text if not missing else f'at least {t.low}'} {parsed.measure} in {incidents_text} ({scope})."
        if missing:
            head += f" {missing} of them report{'s' if missing == 1 else ''} no {parsed.measure} figure."
    lines = [head] + [f"{c.text.rstrip('.')} {''.join(f'[{x.n}]' for x in c.citations)}." for c in claims]
    return Answer(question=question, text="\n".join(lines), claims=claims, sources=sources, model="incident records")
