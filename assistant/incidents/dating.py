"""Records without an event date take the report's publication date, marked `reported`."""

from __future__ import annotations

import datetime as dt

from assistant.schemas import Incident


def date_by_report(incidents: list[Incident], published: dt.date | None) -> list[Incident]:
    """Each record whose event date could not be read gets `published` with precision `reported`.

    The record keeps no date phrase: nothing in the text dates the event itself. Answers, tables and briefings show
    such a date as 'reported 2021-05-04', and `IncidentFilters.dated_only` leaves these records out.
    """
    if published is None:
        return incidents
    return [
        inc.model_copy(update={"event_date": published, "date_precision": "reported", "date_phrase": None})
        if inc.event_date is None
        else inc
        for inc in incidents
    ]
