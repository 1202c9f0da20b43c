"""Comparisons and superlatives answered by code from the incident records, both sides cited.

"Which was deadlier, X or Y?", "Did X or Y kill more?", "Were more people wounded in X than in Y?" find the record
each side names (place, attack type, target, an explicit date, and words of its evidence) and compare their figures;
"the deadliest attack in 2021" ranks the records a question's filters select. When a side has no record, two
records fit it equally well, or a figure is missing, nothing is answered here and the question goes to the passages.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from assistant.answering.from_records import by_phrase
from assistant.answering.question import ParsedQuestion, expand_shorthand, parse_question
from assistant.incidents.labels import ATTACK_LABELS, when_label
from assistant.incidents.query import citations_for, find_incidents, names_place
from assistant.language import gazetteer
from assistant.language.text import content_words, numbers_in
from assistant.language.vocab import actor_mentions
from assistant.schemas import (
    NEAR_KM,
    Answer,
    Citation,
    Claim,
    Count,
    Incident,
    IncidentFilters,
    Place,
)
from assistant.store import Store

Measure = Literal["killed", "wounded"]
MODEL = "incident records"

_WOUNDED = r"(?:wounded|wounding|wound|injured|injuring|injure|injuries|hurt)"
_KILLED = r"(?:killed|killing|kill|died|die|dead|deaths?|lives|fatalities|death\s+toll|toll)"
# What makes a question a comparison of two events, and which figure it compares.
_CUE = re.compile(
    rf"\b(?:deadlier|bloodier|more\s+(?:deadly|lethal|\w+\s+)?{_KILLED}|more\s+(?:\w+\s+){{0,2}}{_WOUNDED}|"
    rf"more\s+(?:people|victims|casualties|\w+(?:'s|s')?\s+lives)|(?:{_KILLED}|{_WOUNDED})\s+more|"
    rf"higher\s+(?:death\s+)?toll|worse)\b",
    re.I,
)
_SUPERLATIVE = re.compile(
    rf"\b(?:deadliest|bloodiest|most\s+(?:deadly|lethal)|worst|highest\s+(?:death\s+)?toll|"
    rf"(?:{_KILLED}|{_WOUNDED})\s+the\s+most|most\s+(?:people\s+)?(?:{_KILLED}|{_WOUNDED}|casualties))\b",
    re.I,
)
# Where a side's phrase ends: the comparison's own words after it ("... kill more?", "... the bloodier one?").
_SIDE_END = re.compile(
    r"[?.!:;]|\s+[-\u2013\u2014]+\s+|,\s*which\b|\s+(?:kill(?:ed)?|wound(?:ed)?|injur(?:e|ed)|left|cost|caused|claimed|was|were|had)\s+"
    r"(?:more|the\s+(?:deadlier|bloodier|more|higher|worse))|\s+the\s+(?:deadlier|bloodier|worse)\b",
    re.I,
)
_EXPLICIT_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_TAIL = re.compile(
    rf"(?:,\s*|\s+)(?:(?:{_KILLED}|{_WOUNDED}|left|cost|caused|claimed|had|have|was|were|is)\s+)?(?:more|the\s+more|"
    rf"fewer|less|higher|lower|deadlier|bloodier|worse)\b.*$",
    re.I,
)


@dataclass(frozen=True)
class Sides:
    """A comparison question read: the figure compared and the two sides' phrases, as the user wrote them;
    `yes_no` when it asks whether the first side had more ('Did X kill more than Y?')."""

    measure: Measure
    first: str
    second: str
    yes_no: bool = False


_SPLIT = re.compile(
    r"\s+(?:or|than|versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:in\s+|at\s+|near\s+|by\s+|from\s+)?", re.I
)
# 'which of A and B', 'between A and B', 'compare A with B', 'Compare death tolls: A and B'
_AND_SPLIT = re.compile(r"\s+(?:and|with)\s+(?:in\s+|at\s+|near\s+|by\s+|from\s+)?", re.I)
_AND_FRAME = re.compile(r"\b(?:which\s+of|between|compare\w*)\b", re.I)
_COMPARE_CUE = re.compile(r"\bcompare\w*\b|\b(?:death\s+)?tolls\b|\bhigher\b", re.I)
# Words before a side's own words: the question's frame ('Were more people killed by', 'Did', 'Between').
_LEAD = re.compile(
    rf"^(?:(?:which|what|who|did|does|do|was|were|is|are|had|has|have|there|more|the\s+most|most|people|persons|"
    rf"{_KILLED}|{_WOUNDED}|in|by|at|from|of|between|compare[sd]?|the\s+number(?:\s+of)?|number(?:\s+of)?|"
    rf"death\s+tolls?|tolls?|casualties|one)\b[\s,:]*)+",
    re.I,
)


def read_comparison(question: str) -> Sides | None:
    """The two sides of 'which was deadlier, X or Y' / 'more killed in X than in Y' / 'which of X and Y killed more' /
    'X compared with Y', with the figure compared; None when the question compares nothing."""
    return next(comparison_readings(question), None)


def comparison_readings(question: str) -> Iterator[Sides]:
    """Every way the question splits into two sides, the likeliest first ('or'/'than'/'vs' before 'and', which
    may join words inside one side: 'the security men and policemen in Dujail and the ambush in Makhmour')."""
    q = expand_shorthand(question)  # 'more KIA' is 'more killed'
    cue = _CUE.search(q) or _COMPARE_CUE.search(q)
    if cue is None:
        return
    said = re.search(rf"{_WOUNDED}|{_KILLED}|deadl|bloodi|lethal", q, re.I)  # the first casualty word says which
    wounded = re.search(_WOUNDED, cue.group(0), re.I) or (
        not re.search(rf"{_KILLED}|deadl|bloodi|lethal", cue.group(0), re.I)
        and said is not None
        and re.fullmatch(_WOUNDED, said.group(0), re.I)
    )
    if said is None and _CUE.search(q) is None:
        return  # 'compare the two statements': no figure to compare
    measure: Measure = "wounded" if wounded else "killed"
    splits = list(_SPLIT.finditer(q))
    if (frame := _AND_FRAME.search(q)) is not None:
        splits += list(_AND_SPLIT.finditer(q, frame.end()))
    for split in splits:
        sides = _sides(q, split, measure)
        if sides is not None:
            yield sides


def _sides(q: str, split: re.Match[str], measure: Measure) -> Sides | None:
    left, right = q[: split.start()], q[split.end() :]
    # The left side starts after the question's frame ("Which was deadlier, ", "Which killed more: ").
    frame_at = max(left.rfind(":"), left.rfind(","), left.rfind(";"))
    if frame_at >= 0 and _has_features(left[frame_at + 1 :]):
        left = left[frame_at + 1 :]
    end = _SIDE_END.search(right)
    right = right[: end.start()] if end else right
    # The comparison's own words are no part of a side: 'the Tarmiya bomb [wound more people] than ...',
    # '... near Kirkuk[, more killed]?'
    left, right = (_without_tail(side) for side in (left, right))
    left, right = _LEAD.sub("", left.strip(" ,:;")).strip(" ,:;"), right.strip(" ,:;")
    if not left or not right:
        return None
    yes_no = split.group(0).strip().lower().startswith("than") and bool(
        re.match(r"\s*(?:did|does|do|was|were|is|are|had|has|have)\b", q, re.I)
    )
    return Sides(measure, left, right, yes_no)


def _without_tail(side: str) -> str:
    """The side without comparison words after it; a leading 'Were more people killed in' is _LEAD's."""
    m = _TAIL.search(side)
    if m is None or not _LEAD.sub("", side[: m.start()].strip(" ,:;")).strip(" ,:;"):
        return side
    return side[: m.start()]


def _has_features(phrase: str) -> bool:
    return bool(re.search(r"[A-Z]\w", phrase)) or len(content_words(phrase)) >= 2


def read_superlative(question: str) -> Measure | None:
    """'killed' or 'wounded' for 'the deadliest attack ...' / 'which attack wounded the most ...', else None."""
    m = _SUPERLATIVE.search(question)
    if m is None or re.search(r"\s+(?:or|versus|vs\.?)\s+", question):
        return None
    return "wounded" if re.search(_WOUNDED, m.group(0), re.I) else "killed"


# ------------------------------------------------------------------ finding each side's record

_GENERIC = {
    "attack",
    "attacks",
    "one",
    "people",
    "incident",
    "event",
    "did",
    "was",
    "were",
    "which",
    "more",
    "two",
    "first",
    "second",
    "last",
    "month",
    "week",
    "year",
    "night",
}


@dataclass(frozen=True)
class _Side:
    """What a side's phrase names, read once (not once per record)."""

    phrase: str
    parsed: ParsedQuestion
    place: Place | None  # the gazetteer entry of its place
    names: tuple[str, ...]  # bare capitalised names the parser places nowhere ('Kola Jawi')
    words: frozenset[str]  # its content words, for the evidence overlap
    dated: bool  # an explicit year, so its period may rule records out


def _read_side(phrase: str, today: dt.date) -> _Side:
    parsed = parse_question(phrase, today)
    f = parsed.filters
    names: tuple[str, ...] = ()
    if not f.place and not f.province and not parsed.unknown_place:
        runs = (m.group(0) for m in re.finditer(r"[A-Z][\w'-]+(?:\s+(?:al-)?[A-Z][\w'-]+)*", phrase))
        names = tuple(r for r in runs if r.lower() not in _GENERIC and not actor_mentions(r))
    return _Side(
        phrase,
        parsed,
        gazetteer.lookup(f.place) if f.place else None,
        names,
        frozenset(content_words(phrase) - _GENERIC),
        bool(_EXPLICIT_YEAR.search(phrase) and (f.date_from or f.date_to)),
    )


def _side_score(side: _Side, inc: Incident) -> float:
    """How well a record fits what a side names; a named place or date that the record contradicts rules it out."""
    parsed, f = side.parsed, side.parsed.filters
    score = 0.0
    if f.place:
        near = (
            inc.lat is not None
            and inc.lon is not None
            and f.lat is not None
            and f.lon is not None
            and gazetteer.distance_km(f.lat, f.lon, inc.lat, inc.lon) <= NEAR_KM
        )
        if inc.place and gazetteer.lookup(inc.place) == side.place:
            score += 4
        elif names_place(inc, f.place):
            score += 3.5
        elif near:
            score += 2.5
        else:
            return -1.0
    elif f.province:
        if inc.province != f.province:
            return -1.0
        score += 2
    if parsed.unknown_place:
        if not names_place(inc, parsed.unknown_place):
            return -1.0
        score += 3.5
    elif any(names_place(inc, n) for n in side.names):  # a bare name ('Dujail or Kola Jawi') found in the record
        score += 3.5
    if side.dated:
        if inc.event_date is None or (f.date_from and inc.event_date < f.date_from):
            return -1.0
        if f.date_to and inc.event_date > f.date_to:
            return -1.0
        score += 2
    if f.attack_type:
        score += 1.5 if inc.attack_type == f.attack_type else -0.5
    if parsed.target:
        score += 1 if inc.target == parsed.target else -0.5
    if f.perpetrator:
        score += 1 if inc.perpetrator == f.perpetrator else -1
    evidence = set().union(*(content_words(s.quote) for s in inc.sources)) if inc.sources else set()
    score += 0.5 * len(side.words & evidence)
    return score


def _pick(phrase: str, records: list[Incident], today: dt.date) -> Incident | None:
    """The one record a side names: the best fit, clear of the runner-up, and fitting on more than a word or two."""
    side = _read_side(phrase, today)
    scored = sorted(((_side_score(side, r), r) for r in records), key=lambda x: -x[0])
    if not scored or scored[0][0] < 2:
        return None
    if len(scored) > 1 and scored[1][0] >= scored[0][0]:
        return None  # two records fit equally well: the code cannot tell which one the user means
    return scored[0][1]


# ------------------------------------------------------------------ the answers


def _name(inc: Incident, phrase: str = "") -> str:
    """'the ambush by ISIS near Tikrit (2021-01-23)', or the side as the user named it with the record beside it:
    'the convoy ambush (ambush by ISIS near Makhmour)'."""
    where = inc.place_text or inc.place or inc.province or "an unknown place"
    who = by_phrase(inc)
    when = when_label(inc)
    label = f"{ATTACK_LABELS[inc.attack_type]}{who} near {where}"
    if phrase:
        return f"{phrase} ({label}{', ' + when if when != 'date unknown' else ''})"
    return f"the {label}" + (f" ({when})" if when != "date unknown" else "")


def _phrase(side: str) -> str:
    """A side as the user wrote it, to name it in the answer ('the Kola Jawi mortar'); '' when it is a bare word."""
    side = (
        re.sub(r"^(?:the\s+)?", "the ", side.strip(), flags=re.I)
        if not re.match(r"(?i)(?:a|an|last|this)\b", side)
        else side
    )
    return side if len(side.split()) >= 2 and len(side) <= 90 else ""


def _figure(c: Count, measure: Measure) -> str:
    return f"{c.label()} {measure}"


def _more(a: Count, b: Count) -> bool | None:
    """True when a's figure is surely larger, False when surely not larger, None when the figures cannot tell."""
    if a.low is None or b.low is None:
        return None
    if b.high is not None and a.low > b.high:
        return True
    if a.high is not None and a.high <= b.low:
        return False
    return None


def comparison_answer(question: str, store: Store, today: dt.date | None = None) -> Answer | None:
    """The records' answer to a comparison of two events, or None when they cannot give it."""
    readings = comparison_readings(question)
    sides = next(readings, None)
    if sides is None:
        return None
    today = today or dt.date.today()
    records = find_incidents(store, IncidentFilters())
    while True:  # the first reading whose two sides each name one record
        a, b = _pick(sides.first, records, today), _pick(sides.second, records, today)
        if a is not None and b is not None and a.id != b.id:
            break
        sides = next(readings, None)
        if sides is None:
            return None
    ca, cb = getattr(a, sides.measure), getattr(b, sides.measure)
    if ca is None or cb is None:
        return None
    verdict = ""
    if sides.yes_no:  # 'Did X kill more than Y?' is answered yes or no before the figures
        verdict = (
            "Yes. "
            if _more(ca, cb)
            # equal figures are a 'no'; two vague ones ('dozens', 'several') are no figures to compare
            else "No. "
            if _more(cb, ca) or (ca.low is not None and (ca.low, ca.high) == (cb.low, cb.high))
            else ""
        )
    pa, pb = _phrase(sides.first), _phrase(sides.second)
    if _more(cb, ca):  # the answer leads with the side that had more
        a, b, ca, cb, pa, pb = b, a, cb, ca, pb, pa
    cites_a = citations_for(store, a, 1)
    cites_b = citations_for(store, b, len(cites_a) + 1)
    if not cites_a or not cites_b:
        return None
    what = "deadlier" if sides.measure == "killed" else "the one with more wounded"
    if _more(ca, cb):
        head = f"{_cap(_name(a, pa))} was {what}: {_figure(ca, sides.measure)} against {cb.label()} in {_name(b, pb)}."
    elif ca.low is not None and (ca.low, ca.high) == (cb.low, cb.high):
        head = f"{_cap(_name(a, pa))} and {_name(b, pb)} report the same figure: {_figure(ca, sides.measure)} each."
    else:
        head = (
            f"The reported figures cannot tell which was {what}: {_figure(ca, sides.measure)} in {_name(a, pa)}"
            f" against {_figure(cb, sides.measure)} in {_name(b, pb)}."
        )
    claims = [Claim(text=verdict + head, citations=_stating(cites_a, ca) + _stating(cites_b, cb))]
    return _answer(question, claims, abstained=head.startswith("The reported figures cannot tell"))


def superlative_answer(question: str, store: Store, filters: IncidentFilters, target: str | None) -> Answer | None:
    """The deadliest (or most wounding) record among those the question's filters select, or None."""
    measure = read_superlative(question)
    if measure is None:
        return None
    found = find_incidents(store, filters, target)
    ranked = [i for i in found if getattr(i, measure) is not None and getattr(i, measure).low is not None]
    if not ranked:
        return None
    ranked.sort(key=lambda i: -(getattr(i, measure).low or 0))
    top = ranked[0]
    cites = citations_for(store, top, 1)
    if not cites:
        return None
    scope = filters.describe() if not filters.is_empty() else "all articles"
    n = len(found)
    c: Count = getattr(top, measure)
    tied = [i for i in ranked[1:] if getattr(i, measure).low == c.low]
    word = "deadliest" if measure == "killed" else "one with the most wounded"
    head = f"Of {n} matching incident{'s' if n != 1 else ''} ({scope}), the {word} was {_name(top)}: "
    head += f"{_figure(c, measure)}."
    if tied:
        head += f" {len(tied)} other{'s' if len(tied) != 1 else ''} report the same figure."
    unknown = n - len(ranked)
    if unknown:
        head += f" {unknown} of them report no {measure} figure."
    claims = [Claim(text=head, citations=_stating(cites, c))]
    return _answer(question, claims)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _stating(cites: list[Citation], c: Count) -> list[Citation]:
    """The citation whose quote gives the figure (a record's other quotes add nothing to it), else the first."""
    return [next((x for x in cites if c.low is not None and c.low in numbers_in(x.quote)), cites[0])]


def _answer(question: str, claims: list[Claim], abstained: bool = False) -> Answer:
    n = 0
    for c in (c for cl in claims for c in cl.citations):  # numbered 1.. in the order the answer cites them
        n += 1
        c.n = n
    sources = [c for cl in claims for c in cl.citations]
    lines = [f"{c.text.rstrip('.')} {''.join(f'[{x.n}]' for x in c.citations)}." for c in claims]
    return Answer(
        question=question, text="\n".join(lines), claims=claims, sources=sources, model=MODEL, abstained=abstained
    )
