"""Briefings: incidents in scope -> totals, a timeline table and one cited paragraph per incident (Markdown, HTML)."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.answering.citations import Evidence, Numbering, check_claim
from assistant.answering.from_records import (
    dated_span,
    describe_event,
    figure_cites,
    no_figure_phrase,
    totals_phrase,
    when_phrase,
)
from assistant.answering.generate import fence
from assistant.errors import LLMError, LLMOutputError
from assistant.incidents.labels import ATTACK_LABELS, describe, when_label
from assistant.incidents.ledger import ledger
from assistant.incidents.query import citations_for, find_incidents, total
from assistant.language.text import numbers_in, sentences
from assistant.models.llm import LLM, ask_json
from assistant.models.prompts import render
from assistant.schemas import (
    Article,
    Chunk,
    Citation,
    Claim,
    Count,
    DraftClaim,
    Hit,
    Incident,
    IncidentFilters,
    actor_label,
    date_label,
)
from assistant.settings import Settings
from assistant.store import Store, period_end

WARN = "\u26a0"
EXCERPT_MAX_CHARS = 800  # the quote's sentence plus the next one, unless that makes the excerpt this long
# Same shape as the answer schema (quote before text) so llama.cpp builds the same kind of grammar.
BRIEF_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "sentences": {
            "type": "array",
            "minItems": 1,
            "maxItems": 3,
            "items": {
                "type": "object",
                "properties": {"source": {"type": "integer"}, "quote": {"type": "string"}, "text": {"type": "string"}},
                "required": ["source", "quote", "text"],
            },
        }
    },
    "required": ["sentences"],
}


class DraftParagraph(BaseModel):
    """The model's structured reply for one incident."""

    sentences: list[DraftClaim]


class Totals(BaseModel):
    """Summed by code from the incident records; a range when merged sources disagree."""

    incidents: int
    killed: Count
    wounded: Count


class Summary(BaseModel):
    """The opening paragraph: totals, the deadliest incident and the previous period, written by code."""

    claims: list[Claim] = Field(default_factory=list)
    note: str = Field("", description="What could not be said with a citation (no incident in the previous period).")


class Paragraph(BaseModel):
    """One incident's cited paragraph, and who wrote it."""

    incident_id: str
    heading: str
    claims: list[Claim]
    written_by: Literal["model", "record"]
    note: str = Field("", description="Why the paragraph is record-based, or what the checks removed.")
    dropped: list[str] = Field(default_factory=list, description="Model sentences removed by the checks.")


class Briefing(BaseModel):
    """A briefing: scope, incidents, totals, paragraphs, numbered citations and the Markdown."""

    title: str
    scope: str
    filters: IncidentFilters
    incidents: list[Incident]
    totals: Totals
    paragraphs: list[Paragraph]
    citations: list[Citation] = Field(description="Unique citations, numbered as in the Markdown.")
    omitted: int = Field(
        0, description="Matching incidents left out: no quote of theirs is verbatim in a stored article."
    )
    model: str = ""
    summary: Summary = Field(default_factory=Summary)
    ledger: list[str] = Field(default_factory=list, description="What the totals cover and what they could not.")
    markdown: str = ""


_BARE_URL = re.compile(r"(?i)\b(https?|ftp)(://)|\b(www)(\.)")


def md(text: str) -> str:
    """Article, record or model text made inert in Markdown: HTML escaped, Markdown punctuation backslash-escaped,
    and bare URLs unlinked ('http\\://', 'www\\.'), which renderers would otherwise turn into links by themselves."""
    inert = re.sub(r"([\\`*_\[\]|#~])", r"\\\1", html.escape(" ".join(text.split()), quote=False))
    return _BARE_URL.sub(lambda m: f"{m.group(1) or m.group(3)}\\{m.group(2) or m.group(4)}", inert)


def figure(c: Count | None) -> str:
    """A casualty figure for display: '9', '13–32', 'at least 11', or '–' when not reported."""
    return "\u2013" if c is None else c.label()


def disagreements(inc: Incident) -> list[str]:
    """Figures the merged sources disagree on, e.g. ['killed 13–32']."""
    out = []
    for name in ("killed", "wounded"):
        c: Count | None = getattr(inc, name)
        if c is not None and any(x.startswith(f"{name}:") for x in inc.conflicts):
            out.append(f"{name} {figure(c)}")
    return out


def _marks(cites: list[Citation]) -> str:
    return "".join(dict.fromkeys(f"[{c.n}]" for c in cites))


def _excerpts(store: Store, inc: Incident) -> tuple[list[Hit], Evidence]:
    """The incident's evidence quotes, each with the sentence after it when that adds context and no other attack."""
    hits: list[Hit] = []
    articles: dict[str, Article] = {}
    chunks: dict[str, list[Chunk]] = {}
    for src in inc.sources:
        art = articles.get(src.doc_id) or store.article(src.doc_id)
        if art is None:
            continue
        articles[src.doc_id] = art
        chunks.setdefault(src.doc_id, store.chunks_of(src.doc_id))
        others = [
            (s.start, s.end)
            for o in store.query_incidents({"doc_id": src.doc_id})
            for s in o.sources
            if s.doc_id == src.doc_id and all((s.start, s.end) != (x.start, x.end) for x in inc.sources)
        ]
        spans = [sp for sp in sentences(art.text) if sp[1] > src.start]
        start, end = min(src.start, spans[0][0]) if spans else src.start, src.end
        after = [sp for sp in spans if sp[0] >= src.end][:1]
        # A next sentence with figures, or one that is another incident's evidence, would let the model
        # cite someone else's attack as this one's.
        if (
            after
            and after[0][1] - start <= EXCERPT_MAX_CHARS
            and not numbers_in(art.text[after[0][0] : after[0][1]])
            and not any(a < after[0][1] and after[0][0] < b for a, b in others)
        ):
            end = after[0][1]
        if any(h.chunk.doc_id == src.doc_id and h.chunk.start == start for h in hits):
            continue
        cid = next((c.chunk_id for c in chunks[src.doc_id] if c.start <= start < c.end), f"{src.doc_id}:?")
        hits.append(
            Hit(
                chunk=Chunk(chunk_id=cid, doc_id=src.doc_id, index=0, text=art.text[start:end], start=start, end=end),
                title=art.title,
                outlet=art.outlet,
                published=art.published,
            )
        )
    return hits, Evidence(hits=hits, articles=articles, chunks=chunks)


def _record_text(inc: Incident) -> str:
    where = inc.place_text or inc.place or "unknown"
    lines = [
        f"date: {when_label(inc)}",
        f"place: {where}" + (f" ({inc.province} province)" if inc.province else ""),
        f"type: {ATTACK_LABELS[inc.attack_type]}",
    ]
    if inc.perpetrator:
        lines.append(f"perpetrator: {actor_label(inc.perpetrator)}" + (f" ({inc.claimed})" if inc.claimed else ""))
    if inc.target:
        lines.append(f"target: {inc.target}")
    lines += [
        f"killed: {figure(inc.killed) if inc.killed else 'not reported'}",
        f"wounded: {figure(inc.wounded) if inc.wounded else 'not reported'}",
    ]
    return "\n".join(lines + [f"sources disagree: {d}" for d in disagreements(inc)])


def _draft(llm: LLM, settings: Settings, inc: Incident, hits: list[Hit]) -> DraftParagraph:
    """Ask the model for the paragraph; one retry with the parse error, as for answers."""
    # No title line per excerpt: a title is often the article's first sentence, which small models copy as the quote.
    excerpts = "\n".join(
        render(
            settings.prompts_dir,
            "brief_source",
            n=i,
            outlet=h.outlet or "unknown outlet",
            published=date_label(h.published),
            text=fence(" ".join(h.chunk.text.split())),
        )
        for i, h in enumerate(hits, 1)
    )
    messages = [
        {"role": "system", "content": render(settings.prompts_dir, "brief_system")},
        {
            "role": "user",
            "content": render(settings.prompts_dir, "brief_user", record=_record_text(inc), sources=excerpts),
        },
    ]
    return ask_json(
        llm,
        messages,
        BRIEF_SCHEMA,
        DraftParagraph,
        settings.llm.max_tokens,
        lambda error: render(settings.prompts_dir, "brief_retry", error=error),
    )


def _narrate(store: Store, llm: LLM, settings: Settings, inc: Incident) -> tuple[list[Claim], list[str]]:
    """Checked model sentences for one incident, and the texts of those dropped."""
    hits, evidence = _excerpts(store, inc)
    if not hits:
        return [], []
    kept: list[Claim] = []
    dropped: list[str] = []
    for d in _draft(llm, settings, inc, hits).sentences[:3]:
        claim = check_claim(d, evidence, record=inc, shown=hits)
        if claim is None:
            dropped.append(d.text)
        elif all(c.text.lower() != claim.text.lower() for c in kept):
            kept.append(claim)
    return kept, dropped


def build_briefing(
    store: Store,
    get_llm: Callable[[], LLM],
    settings: Settings,
    filters: IncidentFilters,
    *,
    title: str | None = None,
    narrate: bool = True,
    on_paragraph: Callable[[int, int], None] | None = None,
) -> Briefing:
    """Briefing on every incident matching the filters: totals and table by code, each paragraph sentence checked."""
    scope = filters.describe() if not filters.is_empty() else "all incidents in the corpus"
    numbering = Numbering()
    kept: list[tuple[Incident, list[Citation]]] = []
    found = find_incidents(store, filters)
    for inc in found:  # record quotes first, so the timeline's markers run [1], [2], ... in date order
        record = [numbering.add(c) for c in citations_for(store, inc, 1)]
        if record:  # never cite a quote that is not verbatim in the stored article
            kept.append((inc, record))
    stop = "" if narrate else "narration off"
    model = ""
    paragraphs = []
    for done, (inc, record) in enumerate(kept):
        if on_paragraph:  # a model paragraph takes tens of seconds on CPU: let the caller show progress
            on_paragraph(done, len(kept))
        claims: list[Claim] = []
        dropped: list[str] = []
        why = stop
        if not stop:
            try:
                llm = get_llm()
                claims, dropped = _narrate(store, llm, settings, inc)
                model = llm.name
                why = "no model sentence passed the checks"
            except LLMOutputError:
                why = "the model's reply was not a valid paragraph, twice"
            except LLMError as err:  # backend down: do not wait on it again for every incident
                why = stop = f"model unavailable: {err.message}"
        where = inc.place_text or inc.place or "place unknown"
        heading = f"{when_label(inc)} \u00b7 {ATTACK_LABELS[inc.attack_type]} near {where}"
        if claims:
            for c in claims:
                c.citations = [numbering.add(x) for x in c.citations]
            note = f"{len(dropped)} model sentence(s) dropped by the checks" if dropped else ""
            paragraphs.append(
                Paragraph(
                    incident_id=inc.id, heading=heading, claims=claims, written_by="model", note=note, dropped=dropped
                )
            )
        else:
            text = describe(inc)
            paragraphs.append(
                Paragraph(
                    incident_id=inc.id,
                    heading=heading,
                    written_by="record",
                    note=why,
                    dropped=dropped,
                    claims=[Claim(text=text[0].upper() + text[1:], citations=record)],
                )
            )
    incidents = [inc for inc, _ in kept]
    totals = Totals(
        incidents=len(incidents),
        killed=total([i.killed for i in incidents]),
        wounded=total([i.wounded for i in incidents]),
    )
    b = Briefing(
        title=title or f"Briefing: {scope}",
        scope=scope,
        filters=filters,
        incidents=incidents,
        totals=totals,
        paragraphs=paragraphs,
        citations=numbering.cites,
        omitted=len(found) - len(kept),
        model=model,
        ledger=ledger(store, filters, incidents).lines(),
    )
    b.summary = _summary(store, filters, kept, numbering)
    b.citations = list(numbering.cites)  # the summary may cite the previous period's reports too
    b.markdown = _markdown(b, numbering)
    return b


def previous_period(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The period before [start, end] of the same length: whole calendar months (or years) when the period is
    whole months ('March 2022' -> February 2022, '2024' -> 2023), else the same number of days."""
    if start.day == 1 and end == period_end(end, "month"):
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        index = start.year * 12 + start.month - 1 - months
        first = dt.date(index // 12, index % 12 + 1, 1)
        return first, start - dt.timedelta(days=1)
    days = (end - start).days + 1
    return start - dt.timedelta(days=days), start - dt.timedelta(days=1)


def _figure_cites(inc: Incident, record: list[Citation]) -> list[Citation]:
    """The record's citations whose quote gives a figure (all of them when none does)."""
    return figure_cites(inc, record) or record


def _summary(
    store: Store, filters: IncidentFilters, kept: list[tuple[Incident, list[Citation]]], numbering: Numbering
) -> Summary:
    """Totals over the period, the deadliest incident, and the previous period of equal length, every sentence cited.

    Written by code from the records, with or without the model: sums and comparisons are arithmetic, and each
    figure is cited to the quote that gives it.
    """
    if not kept:
        return Summary()
    incidents = [inc for inc, _ in kept]
    every = [c for inc, record in kept for c in _figure_cites(inc, record)]
    figs = totals_phrase(incidents, None)
    span = dated_span(incidents)
    n = len(incidents)
    what = f"{n} incident{'s' if n != 1 else ''}"
    first = f"{figs} in {what}" if figs else f"{what}; {no_figure_phrase(incidents)}"
    claims = [Claim(text=f"{first[0].upper()}{first[1:]}{' ' + span if span else ''}.", citations=every)]
    # The deadliest by an exact figure; said only when no open, disputed or vague figure could be higher.
    exact = [(inc.killed.exact(), inc, record) for inc, record in kept if inc.killed and inc.killed.exact()]
    if len(exact) > 1:
        low, top, record = max(exact, key=lambda x: x[0] or 0)
        assert low is not None
        tied = [(inc, rec) for k, inc, rec in exact if k == low]
        unsure = [  # a vague, open or disputed figure elsewhere might be higher
            inc
            for inc, _ in kept
            if inc is not top
            and inc.killed is not None
            and (inc.killed.low is None or inc.killed.high is None or inc.killed.high > low)
        ]
        if len(tied) == 1 and not unsure:
            when = when_phrase(top)
            text = f"The deadliest was {describe_event(top)}{' ' + when if when else ''}, with {low} killed."
            claims.append(Claim(text=text, citations=_figure_cites(top, record)))
    note = ""
    if filters.date_from and filters.date_to:
        before_from, before_to = previous_period(filters.date_from, filters.date_to)
        before = filters.model_copy(update={"date_from": before_from, "date_to": before_to})
        previous = [(inc, cites) for inc in find_incidents(store, before) if (cites := citations_for(store, inc, 1))]
        period = f"{before_from.isoformat()}..{before_to.isoformat()}"
        if previous:
            old = [inc for inc, _ in previous]
            old_figs = totals_phrase(old, None)
            change = "more" if n > len(old) else ("fewer" if n < len(old) else "the same number")
            m = len(old)
            text = (
                f"The previous period of equal length ({period}) had {m} incident{'s' if m != 1 else ''}"
                + (f", in which {old_figs}" if old_figs else "")
                + f"; this period has {change if change == 'the same number' else f'{abs(n - m)} {change}'}."
            )
            cites = [numbering.add(c) for inc, record in previous for c in _figure_cites(inc, record)]
            claims.append(Claim(text=text, citations=cites))
        else:
            note = f"No incident is recorded in the previous period of equal length ({period})."
    return Summary(claims=claims, note=note)


def _total_line(name: str, t: Count, counts: list[Count | None]) -> str:
    missing = sum(c is None for c in counts)
    if missing == len(counts):
        return f"- {name}: not reported"
    note = f" (not reported for {missing} of {len(counts)})" if missing else ""
    return f"- {name}: **{md(t.text)}**{note}"


def _flag(inc: Incident, numbering: Numbering) -> str:
    """'⚠ Sources disagree: killed 13–32 (13 [1]; 32 [2]).' with each source's own figure cited."""
    parts = []
    for d in disagreements(inc):
        name = d.split()[0]
        each = [
            f"{figure(getattr(s, name))} [{numbering.index[(s.doc_id, s.start, s.end)]}]"
            for s in inc.sources
            if getattr(s, name) is not None and (s.doc_id, s.start, s.end) in numbering.index
        ]
        parts.append(f"{md(d)} ({'; '.join(each)})" if each else md(d))
    every = "".join(
        f"[{numbering.index[k]}]"
        for k in dict.fromkeys((s.doc_id, s.start, s.end) for s in inc.sources)
        if k in numbering.index
    )
    # Disagreements beyond figures (date, place, perpetrator, claim), citing every report of the incident.
    parts += [f"{md(c)} {every}".rstrip() for c in inc.conflicts if not c.startswith(("killed:", "wounded:"))]
    return f"{WARN} Sources disagree: {', '.join(parts)}." if parts else ""


def _markdown(b: Briefing, numbering: Numbering) -> str:
    model_n = sum(p.written_by == "model" for p in b.paragraphs)
    articles = len({c.doc_id for c in b.citations})
    out = [
        f"# {md(b.title)}",
        "",
        f"**Scope:** {md(b.scope)}  ",
        f"**Generated:** {dt.date.today().isoformat()}" + (f" \u00b7 {articles} article(s) cited" if articles else ""),
    ]
    covers = ["", "## What this covers", ""] + [x if x.startswith("- ") else f"{x}  " for x in map(md, b.ledger)]
    if not b.incidents:
        missed = covers if len(b.ledger) > 2 else []  # only when records that could not be placed or dated exist
        return "\n".join(out + ["", f"No incidents match ({md(b.scope)})."] + missed) + "\n"
    out += [
        "",
        "## Totals",
        "",
        f"- Incidents: **{b.totals.incidents}**",
        _total_line("Killed", b.totals.killed, [i.killed for i in b.incidents]),
        _total_line("Wounded", b.totals.wounded, [i.wounded for i in b.incidents]),
        "",
        "_Summed by code from the incident records; a range means sources disagree._",
    ]
    if b.omitted:
        out.append(f"_{b.omitted} matching incident(s) left out: their quotes are not verbatim in a stored article._")
    out += covers
    if b.summary.claims:
        body = " ".join(f"{md(c.text).rstrip('.!?')} {_marks(c.citations)}." for c in b.summary.claims)
        note = f" _{md(b.summary.note)}_" if b.summary.note else ""
        summary = ["", "## Summary", "", body + note, "", "_Written by code from the incident records._"]
        head = out.index("## Totals") - 1
        out[head:head] = summary
    out += ["", "## Timeline", "", "| Date | Place | Type | Killed | Wounded | Sources |", "|---|---|---|---|---|---|"]
    for inc in b.incidents:
        place = inc.place_text or inc.place or "unknown"
        place += f" ({inc.province})" if inc.province and inc.province != place else ""
        flagged = {d.split()[0] for d in disagreements(inc)}
        cells = [md(figure(getattr(inc, n))) + (f" {WARN}" if n in flagged else "") for n in ("killed", "wounded")]
        marks = "".join(
            f"[{numbering.index[k]}]"
            for k in dict.fromkeys((s.doc_id, s.start, s.end) for s in inc.sources)
            if k in numbering.index
        )
        out.append(
            f"| {when_label(inc)} | {md(place)} | {ATTACK_LABELS[inc.attack_type]} | {' | '.join(cells)} | {marks} |"
        )
    out += [
        "",
        "## Incidents",
        "",
        f"_{model_n} paragraph(s) written by the model ({md(b.model)}), every sentence checked "
        f"against its quote; {len(b.paragraphs) - model_n} record-based._"
        if model_n
        else "_Every paragraph is record-based: built from the incident record, no model text._",
    ]
    for i, (p, inc) in enumerate(zip(b.paragraphs, b.incidents), 1):
        body = " ".join(f"{md(c.text).rstrip('.!?')} {_marks(c.citations)}." for c in p.claims)
        who = "Model-written" if p.written_by == "model" else "Record-based"
        out += [
            "",
            f"### {i}. {md(p.heading)}",
            "",
            " ".join(x for x in (body, _flag(inc, numbering)) if x),
            "",
            f"_{who}" + (f": {md(p.note)}" if p.note else "") + "._",
        ]
    out += ["", "## Sources", ""]
    for c in b.citations:
        out.append(
            f"- **[{c.n}]** \u201c{md(c.quote)}\u201d \u2014 _{md(c.title)}_ ({md(c.outlet or 'unknown outlet')}, "
            f"{date_label(c.published)}) \u00b7 doc `{c.doc_id}` chars {c.start}\u2013{c.end}"
            + (" (repaired)" if c.repaired else "")
        )
    return "\n".join(out) + "\n"
