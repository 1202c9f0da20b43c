"""Records without an event date take the report's publication date: the day itself when the attack is told only by
its time of day ('exploded at 06:30 local time', 'attacked a post at dawn'), else marked `reported`."""

from __future__ import annotations

import datetime as dt
import re

from assistant.schemas import Incident

# An attack told by its hour and no day, as a same-day report tells it: 'at dawn', 'shortly before midnight', 'at
# 06:30 local time', 'at around 2230 hrs' (never a date written with dots, '12.05.2021')
_TIME_OF_DAY = re.compile(
    r"\b(?:at|before|after|around|about|shortly\s+(?:before|after)|just\s+(?:before|after))\s+(?:the\s+)?"
    r"(?:dawn|daybreak|first\s+light|sunrise|sunset|dusk|noon|midday|midnight|(?:dawn|noon|evening)\s+prayers?)\b|"
    r"\bat\s+(?:around\s+|about\s+|approx(?:imately|\.)?\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d\b(?![./]\d)|"
    r"\bat\s+(?:around\s+|about\s+|approx(?:imately|\.)?\s+)?(?:[01]\d|2[0-3])[0-5]\d\s*"
    r"(?:hrs?|hours|(?-i:L)|local(?!\s+(?:elections?|councils?|government|officials?|authorit\w*|media|police)))\b",
    re.I,
)
# ... never where the sentence tells a habit, or the hour of a day before or after it, or one to come: 'have
# repeatedly attacked checkpoints at dawn', 'A week after gunmen attacked his farm at dawn', 'the curfew will be lifted
# at midnight' (a same-day report's 'weeks after a similar attack' or 'later evacuated' does not count)
_HABIT = re.compile(r"\b(?:repeatedly|often|usually|regularly|frequently|routinely|every|each)\b", re.I)
_OTHER_DAY_BEFORE = re.compile(
    r"\b(?:(?:days?|weeks?|months?|years?|nights?)\s+(?:after|before|earlier|ago)|will|would|curfew)\b", re.I
)


def time_of_day(quote: str) -> str | None:
    """The time of day an attack's quote tells it at ('at dawn', 'at 06:30'), or None."""
    m = _TIME_OF_DAY.search(quote)
    if m is None or _HABIT.search(quote) or _OTHER_DAY_BEFORE.search(quote[: m.start()]):
        return None
    return m.group(0)


def date_by_report(incidents: list[Incident], published: dt.date | None) -> list[Incident]:
    """Each record whose event date could not be read gets `published`: with precision `day` when its own sentence
    tells it by its hour alone (the report's day, as a same-day report means it), else with precision `reported`.

    A `reported` record keeps no date phrase: nothing in the text dates the event itself. Answers, tables and
    briefings show such a date as 'reported 2021-05-04', and `IncidentFilters.dated_only` leaves these records out.
    """
    if published is None:
        return incidents
    out = []
    for inc in incidents:
        if inc.event_date is not None:
            out.append(inc)
        elif inc.sources and (hour := time_of_day(inc.sources[0].quote)):
            out.append(inc.model_copy(update={"event_date": published, "date_precision": "day", "date_phrase": hour}))
        else:
            out.append(
                inc.model_copy(update={"event_date": published, "date_precision": "reported", "date_phrase": None})
            )
    return out
