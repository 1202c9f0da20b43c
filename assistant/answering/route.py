"""Which source answers a question: the incident records, the passages, or the records with the passages behind."""

from __future__ import annotations

import re
from typing import Literal

from assistant.answering.question import ParsedQuestion

Route = Literal["records", "passages", "records_then_passages"]


# A count about one part of an event that a record holds whole (one of twin blasts, one of two attacks).
_PART = re.compile(
    r"\b(?:by\s+itself|on\s+its\s+own|alone|(?:one|each|either|the\s+(?:first|second|other))\s+of\s+the\s+(?:two|twin|three)"
    r"|of\s+the\s+(?:two|twin)\s+(?:blasts|bombs|bombings|explosions|attacks))\b",
    re.I,
)


def route(parsed: ParsedQuestion, *, explicit_filters: bool, from_context: bool, question: str = "") -> Route:
    """The typed routing decision for a parsed question.

    - `records`: listings, counts of a measure, and anything with filters the user set (passages could not honour
      them): every matching record, totals by code; "none match" is an exact answer.
    - `records_then_passages`: a count about one event, with no period or on one day ("the attack in Dujail",
      "killed in the attack in X on June 6, 2019"), or named as one ("the Mosul cafe bombing in September 2023"), or
      a place the gazetteer lacks: the records answer when one matches, else the article text may still have it.
    - `passages`: open questions, answered by the model over retrieved passages.
    """
    if not (explicit_filters or parsed.intent == "list" or (parsed.intent == "count" and parsed.measure is not None)):
        return "passages"
    if parsed.intent == "count" and not explicit_filters and _PART.search(question):
        return "passages"  # 'the University blast by itself': one part of a record, which only the text may give
    f = parsed.filters
    if parsed.unknown_place and not explicit_filters:
        return "records_then_passages"  # a place the gazetteer lacks: records naming it, else the article text
    one_day = f.date_from is not None and f.date_from == f.date_to  # 'the attack in X on June 6, 2019'
    undated = f.date_from is None and f.date_to is None
    if parsed.intent == "count" and not explicit_filters and not from_context and (one_day or undated):
        return "records_then_passages"
    if parsed.intent in ("count", "list") and parsed.one_event and not explicit_filters and not from_context:
        # 'the poultry farm attack outside Khalis in August 2022', 'Tal Afar recruitment-tent bombing, June 2021:
        # wounded?': one of its records, never a listing of them all
        return "records_then_passages"
    return "records"
