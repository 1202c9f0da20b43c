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


# What a question about one event may ask that its record holds: the day ('When was the IED on the army near Hawija?
# It was in February 2021.', 'kut ied 3 may 2022 - what day?'), or who did it ('Who fired on the farmers near Daquq
# in March 2021?', 'tal afar shepherds killing april 2020 - who?', 'Whose drone hit the car outside Sidakan ...?')
Fact = Literal["date", "actor"]
_DATE_ASKED = re.compile(
    r"^\s*(?:and\s+)?when\b|\b(?:what|which)\s+(?:exact\s+|calendar\s+)?(?:date|day)\b|"
    r"[-\u2013\u2014:]\s*(?:when(?:\s+exactly)?|(?:what|which|exact)\s+(?:date|day)|exact\s+date|date)\s*\??\s*$",
    re.I,
)
_ACTOR_ASKED = re.compile(
    r"^\s*(?:and\s+)?who\s+(?:was\s+(?:behind|blamed|suspected|responsible)|were\s+(?:behind|blamed)|(?:carried|claimed|"
    r"attacked|fired|opened|planted|shot|killed|kidnapped|abducted|launched|set|threw|struck|hit|did|ambushed|targeted|"
    r"bombed|shelled|gunned|murdered|assassinated|is\s+blamed)\b)|"
    r"^\s*whose\s+(?:drones?|bombs?|rockets?|mortars?|shells?|gunmen|men|fighters|militants|jets?|warplanes?|aircraft|"
    r"artillery|ieds?|explosives?|sniper)\b|[-\u2013\u2014:]\s*who(?:\s+did\s+it|\s+was\s+(?:behind\s+it|blamed|responsible))?\s*\??\s*$|"
    # 'whodunnit: ...', 'perpetrator of the arson attack ...?', "who's responsible for ...", '... - culprit?'
    r"^\s*(?:(?:and\s+)?(?:the\s+)?(?:whodunn?it|perpetrators?\s+of|culprits?\s+of|attackers?\s+(?:of|behind)))\b|"
    r"\bwho(?:['’]s|\s+is|\s+was|\s+were|\s+are)\s+(?:responsible|behind|to\s+blame|the\s+(?:perpetrators?|culprits?))\b|"
    r"[-\u2013\u2014:]\s*(?:the\s+)?(?:perpetrators?|culprits?|attackers?|whodunn?it)\s*\??\s*$",
    re.I,
)


def asked_fact(question: str) -> Fact | None:
    """The day or the attacker, when that is what the question asks of an event."""
    if _DATE_ASKED.search(question):
        return "date"
    if _ACTOR_ASKED.search(question):
        return "actor"
    return None


# Words that say the question is about an attack (never 'When was the curfew lifted in Hawija in February 2021?')
_ATTACK_NOUN = re.compile(
    r"\b(?:attack\w*|bomb\w*|blasts?|explosions?|explosives?|ieds?|shooting|shot|fired|fire|gunmen|sniper|ambush\w*|"
    r"kidnap\w*|abduct\w*|assassinat\w*|kill\w*|strikes?|struck|drones?|rockets?|mortars?|shell\w*|grenades?|"
    r"arson|set\s+fire|hit)\b",
    re.I,
)


def _names_one_event(parsed: ParsedQuestion, question: str) -> bool:
    """Whether the question singles out one attack: named as one, or its place with a day or a month and a word of
    an attack."""
    f = parsed.filters
    if parsed.one_event:
        return True
    short = f.date_from is not None and f.date_to is not None and (f.date_to - f.date_from).days <= 31
    return short and bool(f.place or f.province or parsed.unknown_place) and bool(_ATTACK_NOUN.search(question))


def route(parsed: ParsedQuestion, *, explicit_filters: bool, from_context: bool, question: str = "") -> Route:
    """The typed routing decision for a parsed question.

    - `records`: listings, counts of a measure, and anything with filters the user set (passages could not honour
      them): every matching record, totals by code; "none match" is an exact answer.
    - `records_then_passages`: a count about one event, with no period or on one day ("the attack in Dujail",
      "killed in the attack in X on June 6, 2019"), or named as one ("the Mosul cafe bombing in September 2023"), or
      a place the gazetteer lacks: the records answer when one matches, else the article text may still have it.
    - `passages`: open questions, answered by the model over retrieved passages; but the day or the attacker of one
      event (`asked_fact`) is its record's, when one matches, else the text's (`records_then_passages`).
    """
    if (
        parsed.intent == "ask"
        and not explicit_filters
        and not from_context
        and asked_fact(question) is not None
        and _names_one_event(parsed, question)
    ):
        return "records_then_passages"
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
