"""Listing and counting answers written by code from every matching incident record, one cited line each."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from assistant.answering.entail import stem
from assistant.answering.question import ParsedQuestion
from assistant.incidents.audit import responsibility
from assistant.incidents.labels import ATTACK_LABELS, describe
from assistant.incidents.ledger import ledger
from assistant.incidents.query import citations_for, find_incidents, names_place, total
from assistant.language import gazetteer
from assistant.language.text import content_words
from assistant.schemas import Answer, Citation, Claim, Incident, actor_label
from assistant.store import Store, period_end

NO_MATCH = "No incidents match"  # how an answer with no matching record begins


@dataclass
class RecordsAnswer:
    """An answer from the records, and whether any record matched (the router reads this, never the text)."""

    answer: Answer
    matched: bool
    incidents: tuple[Incident, ...] = ()  # the records it answers from (one, for a question about one event)


def answer_from_incidents(parsed: ParsedQuestion, question: str, store: Store) -> Answer:
    """A listing or counting answer: one cited line per incident, totals by code."""
    return records_answer(parsed, question, store).answer


def records_answer(parsed: ParsedQuestion, question: str, store: Store, one_event: bool = False) -> RecordsAnswer:
    """The records' answer to a listing or count, with whether any incident matched the filters.

    `one_event`: the question names one event ('the poultry farm attack outside Khalis in August 2022'). Of several
    matching records, the one whose evidence has the question's own words answers; when none is singled out, the
    answer says so and counts as no match (the article text may still tell which), never a total over them."""
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
    if (
        not incidents
        and f.place
        and f.lat is not None
        and f.lon is not None
        and not f.province
        # one event's day or month: a same-named place's record then is that event ('Kanaan' on 20 May 2022), while
        # over a year a town's empty record is its answer, never another province's village
        and f.date_from is not None
        and f.date_to is not None
        and (f.date_to - f.date_from).days <= 31
    ):
        # 'Kanaan' read as Kirkuk's while the records hold Diyala's: a place of the same name, said so in the scope
        for other in gazetteer.namesakes(f.place, f.lat, f.lon):
            alike = f.model_copy(update={"place": other.name, "lat": other.lat, "lon": other.lon})
            if found := find_incidents(store, alike, parsed.target):
                incidents, f, parsed = found, alike, parsed.model_copy(update={"filters": alike})
                scope = f"{other.name} in {other.province} province, another place of that name: {alike.describe()}"
                if parsed.target:
                    scope += f" \u00b7 target {parsed.target}"
                break
    if one_event and len(incidents) > 1:
        one = single_out(question, incidents)
        if one is None:
            listing = _listing(parsed, question, store, incidents, scope)
            text = (
                f"{len(incidents)} incidents match ({scope}); the question names one of them, and their records do not "
                "say which."
            )
            lines = listing.text.split("\n")
            answer = listing.model_copy(update={"text": "\n".join([text, *lines[2:]]), "abstained": True})
            answer.claims = answer.claims[1:]  # no total over several events: the question asked about one
            return RecordsAnswer(answer, False)
        incidents = [one]
    if one_event and not incidents and (nearest := nearest_record(parsed, question, store)) is not None:
        inc, loose_scope, note = nearest
        answer = _listing(parsed.model_copy(update={"target": None}), question, store, [inc], loose_scope)
        lines = answer.text.split("\n")
        # what the record does not hold of the question is said beside its figures; the filters (with their
        # distances and dates) on the next line, never among the figures
        rest = lines[1] if len(lines) > 1 else ""  # (a listing of one record may be a single line)
        head = f"No record matches every filter ({scope})" + (f"; {rest[:1].lower()}{rest[1:]}" if rest else ".")
        answer = answer.model_copy(update={"text": "\n".join([f"{lines[0]} {note}", head, *lines[2:]])})
        return RecordsAnswer(answer, True)
    if not incidents:
        missed = ledger(store, f, [], parsed.target, parsed.unknown_place)
        text = f"{NO_MATCH} ({scope})."
        answer = Answer(question=question, text=text, abstained=True, model="incident records")
        answer.ledger = missed.lines() if missed.left_out else []
        return RecordsAnswer(answer, False)
    return RecordsAnswer(_listing(parsed, question, store, incidents, scope), True, tuple(incidents))


# Words of a question about one event that tell nothing of which event it is: what it asks, its verbs of harm,
# kinds of attack, and words of time. Place names and dates are the filters' already.
_ASKING = frozenset(
    """
    how many much number total toll final figure count people person persons were was killed died dead death deaths
    wounded injured hurt injuries casualties fatalities hospitalised hospitalized hospital killing kill dying wound
    attack attacks attacked bombing bomb bombs bombed blast explosion explosive strike strikes struck shooting shot
    ambush ambushed assault raid incident event did what who which where when day date exactly end corrected
    confirmed official according latest any all also just only some those people's per report reported said says
    january february march april may june july august september october november december jan feb mar apr jun jul aug
    sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday week month year last
    """.split()
)


def _stems(*texts: str | None) -> set[str]:
    return {stem(w) for w in content_words(" ".join(t for t in texts if t))}


def _telling_words(question: str) -> set[str]:
    """Stems of the question's words that may tell one event from another ('poultry', 'farm', 'cafe')."""
    return {stem(w) for w in content_words(question) if len(w) > 2 and not w.isdigit() and w not in _ASKING}


def _evidence_words(inc: Incident) -> set[str]:
    return _stems(*(src.quote for src in inc.sources))


def single_out(question: str, incidents: list[Incident]) -> Incident | None:
    """The one record a question about one event means: the only one whose evidence has the most of the question's
    own words ('the poultry farm attack outside Al-Khalis', 'the Mosul cafe bomb'), or None when no word tells them
    apart."""
    words = _telling_words(question)
    if not words:
        return None
    scores = [len(words & (_evidence_words(inc) | _stems(inc.place, inc.place_text))) for inc in incidents]
    best = max(scores)
    if best == 0 or scores.count(best) > 1:
        return None
    return incidents[scores.index(best)]


def nearest_record(parsed: ParsedQuestion, question: str, store: Store) -> tuple[Incident, str, str] | None:
    """The one record a question about one event means when none matches all its filters: the question's kind of
    attack, target or attacker may be missing from the record or read otherwise ('Rutba police post mortar attack' is
    an IED attack with no target in its record), or its place a namesake of the record's ('Kanaan' of Diyala, not of
    Kirkuk). Of the records at its place (or naming it) in its period, the one whose evidence has the most of the
    question's own words besides the place's; a record whose type, target or attacker contradicts the question's is
    taken only when its evidence has such a word. Returns the record, the looser scope it was found under, and a
    sentence saying which record it is and what of the question's filters it does not hold, or None when no record
    is singled out."""
    f = parsed.filters
    if not (f.date_from or f.date_to) or not (f.place or f.province or parsed.unknown_place):
        return None  # never by kind alone: a place and a period name the event
    loose = f.model_copy(update={"attack_type": None, "perpetrator": None})
    scope = loose.describe()
    found = find_incidents(store, loose, None)
    if parsed.unknown_place:
        found = [i for i in found if names_place(i, parsed.unknown_place)]
    if not found and f.place and not parsed.unknown_place:  # a namesake: the records naming the place, anywhere
        anywhere = loose.model_copy(update={"place": None, "lat": None, "lon": None, "radius_km": None})
        found = [i for i in find_incidents(store, anywhere, None) if i.place == f.place or names_place(i, f.place)]
        scope = (anywhere.describe() + " \u00b7 " if not anywhere.is_empty() else "") + f"records naming {f.place}"
    if not found:
        return None
    words = _telling_words(question) - _stems(f.place, f.province, parsed.unknown_place)
    scores = [len(words & _evidence_words(inc)) for inc in found]
    best = max(scores)
    if scores.count(best) > 1:
        return None
    inc = found[scores.index(best)]
    clauses, contradicts = [], False
    if f.attack_type and inc.attack_type != f.attack_type:
        asked = _a(ATTACK_LABELS[f.attack_type])
        if inc.attack_type in (None, "other"):
            clauses.append(f"its record does not say it was {asked}")
        else:
            contradicts = True
            clauses.append(f"it is recorded as {_a(ATTACK_LABELS[inc.attack_type])}, not {asked}")
    if parsed.target and inc.target != parsed.target:
        contradicts = contradicts or inc.target is not None
        clauses.append(
            f"its target is recorded as {inc.target}, not {parsed.target}"
            if inc.target
            else f"its record does not say it was on {_target(parsed.target)}"
        )
    if f.perpetrator and inc.perpetrator != f.perpetrator:
        known = inc.perpetrator is not None and inc.perpetrator != "unknown"
        contradicts = contradicts or known
        asked = actor_label(f.perpetrator)
        clauses.append(
            f"it is attributed to {actor_label(inc.perpetrator or '')}, not {asked}"
            if known
            else f"its record does not name {asked} as the attacker"
        )
    if contradicts and best == 0:
        return None  # another kind of attack, and nothing in its evidence says it is the one asked about
    note = (
        "This is the one record of the place and period asked about"
        if len(found) == 1
        else "Of the records of the place and period asked about, this one's evidence has the most of the question's"
        " words"
    ) + (f": {'; '.join(clauses)}." if clauses else ".")
    return inc, scope, note


def _listing(parsed: ParsedQuestion, question: str, store: Store, incidents: list[Incident], scope: str) -> Answer:
    claims: list[Claim] = []
    sources: list[Citation] = []
    kept: list[Incident] = []
    cited: dict[str, list[Citation]] = {}
    for inc in incidents:
        cites = citations_for(store, inc, len(sources) + 1)
        if not cites:
            continue
        kept.append(inc)
        cited[inc.id] = cites
        sources += cites
        extra = f" Sources disagree \u2014 {'; '.join(inc.conflicts)}." if inc.conflicts else ""
        line = describe(inc, who=by_phrase(inc) or None)
        claims.append(Claim(text=line[0].upper() + line[1:] + "." + extra, citations=cites))
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
                ledger=ledger(store, parsed.filters, kept, parsed.target, parsed.unknown_place).lines(),
            )
        t = total(known)
        missing = n - len(known)
        head = f"{t.text if not missing else f'at least {t.low}'} {parsed.measure} in {incidents_text} ({scope})."
        if missing:
            head += f" {missing} of them report{'s' if missing == 1 else ''} no {parsed.measure} figure."
    lead = lead_claim(parsed, kept, cited)
    marks = "".join(f"[{x.n}]" for x in lead.citations)
    lines = [f"{lead.text.rstrip('.')} {marks}.", head]
    lines += [f"{c.text.rstrip('.')} {''.join(f'[{x.n}]' for x in c.citations)}." for c in claims]
    return Answer(
        question=question,
        text="\n".join(lines),
        claims=[lead, *claims],
        sources=sources,
        model="incident records",
        ledger=ledger(store, parsed.filters, kept, parsed.target, parsed.unknown_place).lines(),
    )


def _day(d: dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


def when_phrase(inc: Incident) -> str:
    """'on 23 January 2021', 'in January 2021', 'in 2021', 'reported on 4 May 2021', or '' when unknown."""
    if inc.event_date is None or inc.date_precision == "unknown":
        return ""
    if inc.date_precision == "reported":
        return f"(reported on {_day(inc.event_date)})"
    if inc.date_precision == "month":
        return f"in {inc.event_date:%B %Y}"
    if inc.date_precision == "year":
        return f"in {inc.event_date.year}"
    return f"on {_day(inc.event_date)}"


def _dated(inc: Incident) -> bool:
    """Dated from the text (a day, month or year), not only by its report's date."""
    return inc.event_date is not None and inc.date_precision in ("day", "month", "year")


def _label(d: dt.date, precision: str, with_year: bool = True) -> str:
    if precision == "year":
        return str(d.year)
    text = f"{d:%B}" if precision == "month" else f"{d.day} {d:%B}"
    return f"{text} {d.year}" if with_year else text


def span_phrase(incidents: list[Incident]) -> str:
    """'between 3 March and 18 December 2022' over the incidents dated from their text, each end at its precision
    ('between November and 18 December 2022'); 'in December 2022' when one period holds all the others;
    '' when none is dated."""
    periods = sorted(
        (i.event_date, period_end(i.event_date, i.date_precision), i.date_precision)
        for i in incidents
        if _dated(i) and i.event_date is not None
    )
    if not periods:
        return ""
    first = periods[0]
    if all(first[0] <= start and end <= first[1] for start, end, _ in periods):  # one period holds them all
        return ("on " if first[2] == "day" else "in ") + _label(first[0], first[2])
    last = max(periods, key=lambda p: (p[1], p[0]))
    if first[2] == last[2] == "day" and (first[0].year, first[0].month) == (last[0].year, last[0].month):
        return f"between {first[0].day} and {_day(last[0])}"
    same_year = first[0].year == last[0].year and "year" not in (first[2], last[2])
    return f"between {_label(first[0], first[2], not same_year)} and {_label(last[0], last[2])}"


def dated_span(incidents: list[Incident]) -> str:
    """span_phrase, saying how many are not dated from their text: '(1 on 23 January 2021, 1 undated)', never
    implying the others share the dated ones' span; a report's date is never given as an event date."""
    span = span_phrase(incidents)
    reported = sum(i.event_date is not None and i.date_precision == "reported" for i in incidents)
    undated = sum(not _dated(i) for i in incidents) - reported
    if not (reported or undated):
        return span
    rest = [f"{reported} dated only by {'its' if reported == 1 else 'their'} report"] if reported else []
    rest += [f"{undated} undated"] if undated else []
    dated = len(incidents) - reported - undated
    return f"({', '.join(([f'{dated} {span}'] if span else []) + rest)})"


def totals_phrase(incidents: list[Incident], first: str | None) -> str:
    """'11 people were killed and 10 wounded' from the records' totals, the asked measure first; '' when no figure
    can be added up ('at least 0' would say nothing, and a vague 'large number' is no number)."""
    said = []
    for measure in sorted(("killed", "wounded"), key=lambda m: m != first):
        counts = [getattr(i, measure) for i in incidents]
        known = [c for c in counts if c is not None and c.low is not None]
        if not known:
            continue
        t = total(known)
        open_ = len(known) < len(counts) or t.high is None  # an incident with no figure may add more
        if open_ and not t.low:
            continue
        figure = f"at least {t.low}" if open_ else t.text
        said.append((measure, figure, t.low == 0 and t.high == 0 and not open_))
    if not said:
        return ""
    measure, figure, none = said[0]
    verb = "person was" if figure in ("1", "at least 1") else "people were"
    text = f"no one was reported {measure}" if none else f"{figure} {verb} {measure}"
    if len(said) == 2:
        other, fig2, none2 = said[1]
        text += f" and none {other}" if none2 else f" and {fig2} {other}"
    return text


def no_figure_phrase(incidents: list[Incident]) -> str:
    """Why a sentence has no total: only vague words ('large number' killed), or no figure at all."""
    vague = [
        f"\u201c{c.text}\u201d {m}"
        for i in incidents
        for m in ("killed", "wounded")
        if (c := getattr(i, m)) is not None and c.low is None and c.text
    ]
    if vague:
        return "the reports give no number to add, only " + ", ".join(dict.fromkeys(vague))
    return "no casualty figure is reported"


def lead_claim(parsed: ParsedQuestion, incidents: list[Incident], cited: dict[str, list[Citation]]) -> Claim:
    """The answer's first sentence, written by code from the records: what happened, where and when, with totals.

    One incident: "11 people were killed and 10 wounded in the ambush by ISIS on PMU near Tikrit on 23 January 2021."
    Several: "13 people were killed in 2 attacks near Kirkuk between 3 March and 18 December 2022." It cites the
    quotes that give the figures it adds (each incident's evidence when no figure is given).
    """
    f = parsed.filters
    figs = totals_phrase(incidents, parsed.measure if parsed.measure in ("killed", "wounded") else None)
    if len(incidents) == 1:
        inc = incidents[0]
        what = " ".join(x for x in (describe_event(inc), when_phrase(inc)) if x)
        text = f"{figs} in {what}" if figs else f"{what}; {no_figure_phrase(incidents)}"
    else:
        kind = ATTACK_LABELS[f.attack_type] if f.attack_type else "attack"
        what = f"{len(incidents)} {kind}{'es' if kind.endswith('sh') else 's'}"
        if f.perpetrator:
            what += f" by {actor_label(f.perpetrator)}"
            # never more than the quotes say: those whose quotes only suspect or blame the group are counted apart
            blamed = sum(by_phrase(inc).startswith(" by suspected") for inc in incidents)
            if blamed:
                what += f" ({'all' if blamed == len(incidents) else blamed} only suspected)"
        if parsed.target:
            what += f" on {_target(parsed.target)}"
        where = f"near {f.place}" if f.place and f.radius_km else (f"in {f.province}" if f.province else "")
        if parsed.unknown_place:
            where = f"naming {parsed.unknown_place}"
        what = " ".join(x for x in (what, where, dated_span(incidents)) if x)
        text = f"{figs} in {what}" if figs else f"{what} match; {no_figure_phrase(incidents)}"
    # The quotes whose figures are added, and at least one quote of every incident counted.
    cites: list[Citation] = []
    for inc in incidents:
        mine = cited.get(inc.id, [])
        cites += (figure_cites(inc, mine) if figs else []) or mine[:1]
    return Claim(text=text[0].upper() + text[1:] + ".", citations=list({c.n: c for c in cites}.values()), summary=True)


def figure_cites(inc: Incident, cites: list[Citation]) -> list[Citation]:
    """Those of a record's citations whose quote gives one of its figures (killed or wounded)."""
    quotes = {s.quote for s in inc.sources if s.killed is not None or s.wounded is not None}
    return [c for c in cites if c.quote in quotes]


def _a(label: str) -> str:
    """'an IED attack', 'a shooting': a label with its article."""
    return f"{'an' if label[:1] in 'AEIOUaeiou' else 'a'} {label}"


def _target(label: str) -> str:
    """'the army', 'police', 'PMU': a target label as it reads after 'on'."""
    return f"the {label}" if label in ("army", "military", "government") else label


def by_phrase(inc: Incident) -> str:
    """' by ISIS', or ' by suspected ISIS' when the quotes only suspect or blame them (as the audit trail reads it);
    '' when no attacker is named."""
    if not inc.perpetrator or inc.perpetrator == "unknown":
        return ""
    suspected = responsibility(inc).startswith("suspected")
    return f" by {'suspected ' if suspected else ''}{actor_label(inc.perpetrator)}"


def describe_event(inc: Incident) -> str:
    """'the ambush by ISIS on PMU near Tikrit (Salahuddin)': the record's type, actors and place, for a sentence."""
    what = f"the {ATTACK_LABELS[inc.attack_type]}{by_phrase(inc)}"
    if inc.target:
        what += f" on {_target(inc.target)}"
    where = inc.place_text or inc.place
    if where:
        what += f" near {where}"
        if inc.province and inc.province != where:
            what += f" ({inc.province})"
    elif inc.province:
        what += f" in {inc.province}"
    return what
