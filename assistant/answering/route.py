"""Which source answers a question: the incident records, the passages, or the records with the passages behind."""

from __future__ import annotations

from typing import Literal

from assistant.answering.question import ParsedQuestion

Route = Literal["records", "passages", "records_then_passages"]


def route(parsed: ParsedQuestion, *, explicit_filters: bool, from_context: bool) -> Route:
    """The typed routing decision for a parsed question.

    - `records`: listings, counts of a measure, and anything with filters the user set (passages could not honour
      them): every matching record, totals by code; "none match" is an exact answer.
    - `records_then_passages`: a count about one event with no period ("the attack in Dujail", a village the
      gazetteer lacks): the records answer when one matches, else the article text may still have it.
    - `passages`: open questions, answered by the model over retrieved passages.
    """
    if not (explicit_filters or parsed.intent == "list" or (parsed.intent == "count" and parsed.measure is not None)):
        return "passages"
    f = parsed.filters
    if parsed.unknown_place and not explicit_filters:
        return "records_then_passages"  # a place the gazetteer lacks: records naming it, else the article text
    if (
        parsed.intent == "count"
        and not explicit_filters
        and not from_context
        and f.date_from is None
        and f.date_to is None
    ):
        return "records_then_passages"
    return "records"
