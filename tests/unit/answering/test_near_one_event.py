"""'near X' in a question about one event says where that event was, so the place is asked as the town ('who
attacked the Peshmerga post near Mergasur?' asks about Mergasur, as 'in Mergasur' would); 'near X' in a search over
many events asks about the area around it ('attacks near Baiji in 2021'). The thing hit or the one event must stand
right before 'near' (with its article, or an event noun); picking one of many ('the latest strike near Zakho'), a
distance ('20 km south of') and follow-ups that widen ('only those around Zakho') keep the area. Wordings are written
here, none copied from a set."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.evaluation.realworld import parsed_filters

N = dt.date(2025, 12, 1)


@pytest.mark.parametrize(
    "question",
    [
        "Who fired on the army checkpoint near Tuz Khurmatu in May 2021?",
        "when was the PMF convoy near Baiji ambushed?",
        "How many died in the bombing near Hawija on 4 March 2022?",
        "roadside bomb near Tarmiyah, June 2020: soldiers killed?",
        "Who kidnapped the shepherds near Rutba on 2 April 2023?",
        "an IED near Khanaqin hit a police car in 2021 - how many hurt?",
        "how many were wounded when the oil pipeline near Kirkuk was blown up on 5 May 2022?",
        "the drone strike near Sinjar on 9 August 2023 - who was behind it?",
        "Which group attacked the Peshmerga outposts near Makhmour on 1 July 2021?",
        "who attacked the police station near Hit last year?",
        "where exactly was the ISIS attack on farmers near Daquq on 3 March 2022?",
    ],
)
def test_near_locating_one_event_asks_the_town(question: str) -> None:
    got = parsed_filters(question, N)
    assert got["place"] and got["near"] is False, got


@pytest.mark.parametrize(
    "question",
    [
        "attacks near Baiji in 2021",
        "any IS attacks near Tikrit last year?",
        "how many ISIS attacks near Kirkuk in 2022?",
        "did ISIS hit anything near Baiji in 2023?",
        "write me a note on ISIS activity around Hawija in 2022",
        "how many PMU fighters died near Tikrit in January 2021?",
        "which was the most recent Turkish air strike near Zakho this year?",
        "who killed the shepherd 20 km south of Samarra on 3 May 2021?",
        "brief me on incidents around Sinjar since 2023",
        "when was the last rocket attack near Ain al-Asad?",
    ],
)
def test_near_over_many_events_asks_the_area(question: str) -> None:
    got = parsed_filters(question, N)
    assert got["place"] and got["near"] is True, got
