"""Answering: render the prompt, stream the model's JSON, check every quote, assemble the cited Answer."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from assistant.answering.citations import Evidence, Numbering, check_claim
from assistant.answering.excerpts import focus_all
from assistant.answering.relevance import (
    answers,
    asked_for,
    asked_noun,
    finer_place_asked,
    names_the_role,
    names_with,
    person_names,
)
from assistant.language import gazetteer
from assistant.language.dates import find_date_phrases, pin_relative_dates, resolve_date
from assistant.language.text import WIRE_DATELINE, covering_sentences, normalise, numbers_in
from assistant.language.vocab import name_key
from assistant.models.llm import LLM, stream_json
from assistant.models.prompts import ABSTAIN, render
from assistant.schemas import (
    NEAR_KM,
    Answer,
    Article,
    Citation,
    Claim,
    DraftAnswer,
    DraftClaim,
    Filters,
    Hit,
    IncidentFilters,
    Place,
    date_label,
)
from assistant.settings import Settings
from assistant.store import Store

# Small and flat on purpose: a 1.5B model fills it reliably, and llama.cpp turns it into a grammar.
ANSWER_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "claims": {
            "type": "array",
            "maxItems": 3,
            "items": {
                "type": "object",
                # Quote first: the claim is then written from text the model has just copied.
                "properties": {"source": {"type": "integer"}, "quote": {"type": "string"}, "text": {"type": "string"}},
                "required": ["source", "quote", "text"],
            },
        }
    },
    "required": ["claims"],
}

Period = tuple[dt.date | None, dt.date | None]

_PARTIAL_FIELD = re.compile(r'"(quote|text)"\s*:\s*"((?:[^"\\]|\\.)*)')


def _unescape(raw: str) -> str:
    try:
        return json.loads(f'"{raw}"')
    except json.JSONDecodeError:  # cut inside an escape sequence
        return raw.replace('\\"', '"')


def draft_preview(partial_json: str) -> str:
    """What the model has written so far, readable: claim texts, or the quote it is copying."""
    out: list[str] = []
    pending_quote = ""
    for m in _PARTIAL_FIELD.finditer(partial_json):
        value = _unescape(m.group(2))
        if m.group(1) == "quote":
            pending_quote = value
        else:
            out.append(value)
            pending_quote = ""
    if pending_quote:
        out.append(f"\u201c{pending_quote}\u2026\u201d")
    return " ".join(x for x in out if x)


def _sentence_of(cite: Citation, articles: dict[str, Article]) -> str:
    """The whole sentence (or sentences) a citation's quote sits in: a date may sit outside the quoted words."""
    art = articles.get(cite.doc_id)
    return (covering_sentences(art.text, cite.start, cite.end) if art else "") or cite.quote


def is_abstain(text: str) -> bool:
    """True when a claim is the abstain sentence."""
    return normalise(text).text.rstrip(".") == normalise(ABSTAIN).text.rstrip(".")


# What an article could write to pass for the prompt's own structure: an excerpt tag, a numbered excerpt header
# ('[3] Title (Outlet, date)') or a 'Question:' line at the start of a line.
_FAKE_STRUCTURE = re.compile(
    r"</?\s*excerpt\b|^\s*\[(\d+)\]|^\s*(question|answer|system|instructions?)\s*:", re.I | re.M
)


def fence(text: str) -> str:
    """An excerpt's text with anything that imitates the prompt's structure defused ('[2]' at a line start becomes
    '(2)', 'Question:' becomes 'Question -', an excerpt tag loses its angle bracket), so that an article can neither
    close its excerpt, start another, nor ask a question of its own."""

    def defuse(m: re.Match[str]) -> str:
        if m.group(1):
            return m.group(0).replace(f"[{m.group(1)}]", f"({m.group(1)})")
        if m.group(2):
            return m.group(0).replace(":", " -")
        return m.group(0).replace("<", "\u2039")

    return _FAKE_STRUCTURE.sub(defuse, text)


def format_sources(hits: list[Hit], settings: Settings, question: str = "") -> str:
    """The numbered excerpts block of the prompt, each excerpt fenced between tags (see `fence`) and cut to the
    sentences that bear on the question (see `excerpts.focus_all`)."""
    keep = settings.retrieve.excerpt_sentences if question else 0
    texts = focus_all([h.chunk.text for h in hits], question, keep, [h.title for h in hits])
    return "\n".join(
        render(
            settings.prompts_dir,
            "source",
            n=i,
            title=h.title,
            outlet=h.outlet or "unknown outlet",
            published=date_label(h.published),
            text=fence(text),
        )
        for i, (h, text) in enumerate(zip(hits, texts, strict=True), 1)
    )


def fit_budget(hits: list[Hit], settings: Settings) -> list[Hit]:
    """The best hits whose text fits the model's context with room for the reply (about 3 chars a token)."""
    budget = (settings.llm.n_ctx - settings.llm.max_tokens - 400) * 3
    kept: list[Hit] = []
    used = 0
    for h in hits:
        used += len(h.chunk.text) + len(h.title) + 40
        if kept and used > budget:
            break
        kept.append(h)
    return kept


def build_messages(question: str, hits: list[Hit], settings: Settings) -> list[dict[str, str]]:
    """System + user messages; the system part is constant so llama.cpp can reuse its cache."""
    return [
        {"role": "system", "content": render(settings.prompts_dir, "answer_system", abstain=ABSTAIN)},
        {
            "role": "user",
            "content": render(
                settings.prompts_dir,
                "answer_user",
                sources=format_sources(hits, settings, question),
                question=question.strip(),
            ),
        },
    ]


def assemble(question: str, claims: list[Claim], dropped: list[str], filters: Filters, model: str) -> Answer:
    """Number unique citations in order of use and write the answer text with [n] markers."""
    if not claims:
        return Answer(
            question=question, text=ABSTAIN, abstained=True, filters_used=filters, dropped_claims=dropped, model=model
        )
    numbering = Numbering()
    sentences = []
    for claim in claims:
        marks = []
        for c in claim.citations:
            c.n = numbering.add(c).n
            marks.append(f"[{c.n}]")
        body = claim.text.rstrip()
        end = body[-1] if body and body[-1] in ".!?" else "."
        sentences.append(f"{body.rstrip('.!?')} {''.join(dict.fromkeys(marks))}{end}")
    return Answer(
        question=question,
        text=" ".join(sentences),
        claims=claims,
        sources=numbering.cites,
        filters_used=filters,
        dropped_claims=dropped,
        model=model,
    )


def outside_period(sentence: str, published: dt.date | None, period: Period) -> bool:
    """True when the sentence dates what it reports (a day, a month or a year, read against the report's date)
    wholly outside the asked period: a 2015 photo caption is no evidence for a question about January 2021."""
    lo, hi = period
    event = resolve_date(sentence, published)
    if event.date is None or event.precision in ("unknown", "reported"):
        return False
    start, end = event.date, event.date
    if event.precision == "month":
        end = (event.date.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    elif event.precision == "year":
        start, end = event.date.replace(month=1, day=1), event.date.replace(month=12, day=31)
    return bool((lo and end < lo) or (hi and start > hi))


def _near(place: Place, where: IncidentFilters) -> bool:
    if (
        where.province
        and place.province == where.province
        and (place.kind in ("province", "district") or not where.lat)
    ):
        return True
    if where.lat is not None and where.lon is not None:
        return gazetteer.distance_km(where.lat, where.lon, place.lat, place.lon) <= NEAR_KM
    return False


# A place named only to locate another ('north of Baghdad', '30 km from Kirkuk', 'ambassador to Baghdad') is not
# where the event happened; and only a sentence that reports violence places an event at all.
_LOCATOR = re.compile(
    r"(?:\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|\bfrom|\bto|"
    r"\bof|\bnear|\boutside)\s+(?:the\s+)?(?:city\s+of\s+|capital\s+)?$",
    re.I,
)
# Where the report was filed, not where anything happened: 'ERBIL (Kurdistan 24) –', 'KIRKUK, Iraq, March 3 -'.
_DATELINE = re.compile(r"[A-Z][A-Z' -]+(?:,\s*[A-Z][\w ]+)?\s*(?:\([^)]{1,40}\))?\s*[-\u2013\u2014,]")
_VIOLENCE = re.compile(
    r"\b(?:kill\w*|wound\w*|injur\w*|attack\w*|ambush\w*|bomb\w*|blast|explo\w*|shell\w*|fired|rocket\w*|"
    r"mortar\w*|dead|died|shot|gunmen|assault\w*|strike|struck|clash\w*)\b",
    re.I,
)


def elsewhere(sentence: str, where: IncidentFilters) -> bool:
    """True when a sentence reporting violence places it only far from the question's place: asked about an attack
    near Kirkuk, a true sentence about an attack in Basra is about another event."""
    if not (where.place or where.province) or not _VIOLENCE.search(sentence):
        return False
    if where.place and name_key(where.place) in name_key(sentence):
        return False
    mentions = [
        m
        for m in gazetteer.find_places(sentence)
        if not _LOCATOR.search(sentence[max(0, m.start - 30) : m.start]) and not _DATELINE.match(sentence[m.start :])
    ]
    return bool(mentions) and not any(_near(m.place, where) for m in mentions)


def on_the_event_first(hits: list[Hit], where: IncidentFilters) -> list[Hit]:
    """Passages that name the question's place (or one near it) first, then those naming no place, then the rest;
    each group in its ranked order."""
    if not (where.place or where.province):
        return hits

    def rank(h: Hit) -> int:
        places = gazetteer.find_places(h.chunk.text)
        if (where.place and name_key(where.place) in name_key(h.chunk.text)) or any(
            _near(m.place, where) for m in places
        ):
            return 0
        return 1 if not places else 2

    return sorted(hits, key=rank)


_FIGURE = re.compile(
    r"(?:\b(?:about|around|roughly|some|nearly|almost|at\s+least|more\s+than|over|up\s+to|between)\s+)?"
    r"\b\d[\d,.]*\b(?:\s+(?:and|to)\s+\d[\d,.]*)?(?:\s+[a-zA-Z-]+){0,2}",
    re.I,
)


_NAME_BEFORE = re.compile(
    r"\b(?!(?:On|In|At|By|Of|To|For|And|But|The|Some|About|Over|Around|Nearly|Almost|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][\w'\u2019-]*[ \t]+$"
)
# A capitalised run said to be where something happened ('into the village of Kola Jawi', 'near Tal Afar').
_PLACE_NAMED = re.compile(
    r"\b(?:in|near|at|outside|into|(?:village|town|city|area|district|sub-district|neighbou?rhood)\s+of)\s+"
    r"(?:the\s+)?([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})"
)
# Words that make such a run no place: months, weekdays, organisations ('in January', 'at the Interior Ministry').
_NOT_A_PLACE = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday police forces force army brigade brigades ministry government state "
    "units unit council cell command party agency news media".split()
)


def _asked_span(question: str, quote: str) -> str | None:
    """The name, figure, place or date a question asks for, as the quote writes it (None when it has none)."""
    kind = asked_for(question)
    asked_names = {name_key(w) for w in re.findall(r"[\w'-]+", question)}

    def new(span: str) -> bool:
        return not all(name_key(w) in asked_names for w in re.findall(r"[\w'-]+", span))

    if kind == "name":
        noun = asked_noun(question) or ""
        found = [n for n in names_with(noun, quote) if new(n)]
        return found[0] if found else None
    if kind == "person":
        found = [n for n in person_names(question, quote) if new(n)]
        return max(found, key=len) if found else None
    if kind == "place":
        finer = finer_place_asked(question)  # 'in which village': never a province
        # never the wire dateline's city: where the report was filed, not where it happened
        filed = WIRE_DATELINE.match(quote.lstrip('\u201c"'))
        skip = (filed.end() + len(quote) - len(quote.lstrip('\u201c"'))) if filed else 0
        found = [
            m.text
            for m in gazetteer.find_places(quote)
            if new(m.text) and m.start >= skip and not (finer and m.place.kind == "province")
        ]
        if not found:  # a village the gazetteer lacks: 'into the village of Kola Jawi', 'at Camp Ashraf'
            found = [
                run
                for m in _PLACE_NAMED.finditer(quote)
                if m.start() >= skip and new(run := m.group(1)) and not _NOT_A_PLACE & set(run.lower().split())
            ]
        return found[0] if found else None
    if kind == "date":
        found = [phrase for _, _, phrase in find_date_phrases(quote)]
        return found[0] if found else None
    if kind == "number":
        asked = numbers_in(question)
        dates = find_date_phrases(quote)
        for m in _FIGURE.finditer(quote):
            if any(s < m.end() and m.start() < e for s, e, _ in dates):
                continue  # '12 March 2021' is a date, not a figure
            if _NAME_BEFORE.search(quote, 0, m.start()):
                continue  # 'Brigade 22', 'Kurdistan 24', 'Camp Speicher 2': a number in a name, not a figure
            if numbers_in(m.group(0)) - asked:
                return m.group(0).strip()
    return None


def state_from_quote(question: str, claim: Claim) -> Claim | None:
    """The claim restated as the asked-for span of its own quote, the quote beside it ('Brigade 22: "ISIS launched an
    attack on the Hashed's Brigade 22," said ...'), or None when the quote holds nothing of the asked kind."""
    cite = claim.citations[0]
    span = _asked_span(question, cite.quote)
    if span is None:
        return None
    quote = cite.quote.strip()
    shown = quote if quote[:1] in '\u201c"' else f"\u201c{quote}\u201d"
    text = f"{span[:1].upper()}{span[1:]}: {shown}"
    # The quote must answer in full: a name in another role than the one asked ('officer' for 'commander') is none.
    return Claim(text=text, citations=claim.citations) if answers(question, f"{span} {quote}") else None


def answer_stream(
    question: str,
    hits: list[Hit],
    store: Store,
    get_llm: Callable[[], LLM],
    settings: Settings,
    filters: Filters,
    period: Period | None = None,
    where: IncidentFilters | None = None,
) -> Iterator[str | Answer]:
    """Yield draft previews while the model writes, then the checked Answer. With the question's `period`
    (from, to), a claim whose quote dates its event outside it is dropped; with the place the question names
    (`where`), passages about it come first and a claim whose quote places its event only far from it is dropped."""
    # Articles first: a hit whose article vanished (deleted meanwhile) must not be numbered in the prompt.
    articles = {h.chunk.doc_id: a for h in hits if (a := store.article(h.chunk.doc_id)) is not None}
    if where is not None:
        hits = on_the_event_first(hits, where)
    hits = fit_budget([h for h in hits if h.chunk.doc_id in articles], settings)
    if not hits:  # nothing relevant retrieved: abstain without waking the model
        yield assemble(question, [], [], filters, "")
        return
    llm = get_llm()
    messages = build_messages(question, hits, settings)
    replies = stream_json(
        llm,
        messages,
        ANSWER_SCHEMA,
        DraftAnswer,
        settings.llm.max_tokens,
        lambda error: render(settings.prompts_dir, "answer_retry", error=error),
        say_when_no_object=True,
        help_message="ask again, raise DESK_LLM__MAX_TOKENS, or use the default preset",
    )
    while True:
        try:
            yield draft_preview(next(replies))
        except StopIteration as done:
            draft: DraftAnswer = done.value
            break
    # The question's own words are the user's premise, not the model's: a claim may restate them ('... taken for
    # treatment after the Makhmour ambush') without its quote repeating them.
    evidence = Evidence(
        hits=hits, articles=articles, chunks={d: store.chunks_of(d) for d in articles}, question=question
    )
    claims: list[Claim] = []
    dropped: list[str] = []
    unsupported: list[DraftClaim] = []  # drafts their quotes do not carry; a quote may still hold what was asked

    def off_the_event(cite: Citation) -> bool:
        sentence = _sentence_of(cite, articles)
        return (period is not None and outside_period(sentence, cite.published, period)) or (
            where is not None and elsewhere(sentence, where)
        )

    for dc in draft.claims:
        if is_abstain(dc.text):
            continue
        checked = check_claim(dc, evidence)
        if checked is None:
            dropped.append(dc.text)
            unsupported.append(dc)
            continue
        cite = checked.citations[0]
        if off_the_event(cite):
            dropped.append(dc.text)
            continue
        checked.text = pin_relative_dates(checked.text, [cite.quote], cite.published)
        same = next((c for c in claims if normalise(c.text).text == normalise(checked.text).text), None)
        if same is None:
            claims.append(checked)
        elif all(
            x.start != checked.citations[0].start or x.doc_id != checked.citations[0].doc_id for x in same.citations
        ):
            same.citations.append(checked.citations[0])  # the same claim cited twice: one sentence, two quotes
    if claims and not any(answers(question, c.text) for c in claims):
        # True and cited, but not what was asked ("the Iraqi military led it" for "which commander"): the asked-for
        # name, figure, place or date is stated from the quote when the quote has one, else the answer abstains.
        stated = [x for c in claims if (x := state_from_quote(question, c)) is not None]
        dropped += [c.text for c in claims]
        claims = stated[:1]
    if not claims:
        # Every claim failed its checks, but the model may have quoted the right sentence and then said more than
        # it ('Which brigade was hit?' drafted as 'Brigade 22 was hit by a drone' beside a quote with no drone): the
        # asked-for name, figure, place or date is stated from that quote, verbatim in a shown article, instead of
        # abstaining. Only a quote about the question's period and place, and only a span of the asked kind.
        held = next(quotes_held(question, unsupported, evidence, off_the_event), None)
        claims = [held] if held is not None else []
    yield assemble(question, claims, dropped, filters, llm.name)


def quotes_held(
    question: str, drafts: list[DraftClaim], evidence: Evidence, off_the_event: Callable[[Citation], bool]
) -> Iterator[Claim]:
    """For drafts whose claims were dropped, the asked-for span that both the draft and its quote state, shown with
    the quote's whole sentence (a part of it could hide 'police denied reports that ...'). None from a quote that is
    not verbatim in a shown article, is about another period or place, or does not name the role the question asks a
    person for ('the governor'); nor a span the draft does not claim: the model asserted that span and the quote says
    it, only the rest of the draft went unsupported."""
    for dc in drafts:
        cite = evidence.locate(dc.source, dc.quote)
        if cite is None:
            continue
        cite = evidence.citation(cite.doc_id, *evidence.sentence_span(cite))
        if off_the_event(cite):
            continue
        span = _asked_span(question, cite.quote)
        if span is None or not _claims_span(dc.text, span) or not names_the_role(question, cite.quote):
            continue
        stated = state_from_quote(question, Claim(text=cite.quote, citations=[cite]))
        if stated is not None:
            stated.text = pin_relative_dates(stated.text, [cite.quote], cite.published)
            yield stated


def _claims_span(text: str, span: str) -> bool:
    """The draft states the span: its figures, and its capitalised words or (a span of plain words, 'midnight') all
    its words, by name key ('Brigade 22' in 'Brigade 22 was hit by a drone'; 'Hashed's Brigade 22' counts when the
    draft says 'Brigade 22')."""
    if not numbers_in(span) <= numbers_in(text):
        return False
    said = {name_key(w) for w in re.findall(r"[\w'\u2019-]+", text)}
    words = re.findall(r"[\w'\u2019-]+", span)
    named = [w for w in words if w[:1].isupper() and not w.endswith(("'s", "\u2019s"))] or words
    return all(name_key(w) in said for w in named if not w.isdigit())
