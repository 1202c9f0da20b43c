"""Class (realworld11): the day a statement was made told before its speaker ('On Sunday, the mayor of Amedi said two
civilians were killed ... on Saturday') is when it was said: the attack's own day later in the sentence dates it; a
headline restating the same attack makes no second record. New texts, not the set's."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.corpus.read import RawRecord, to_article
from assistant.incidents.rules import RuleExtractor
from assistant.language.dates import resolve_date

D = dt.date
PUB = D(2023, 9, 12)  # a Tuesday


def _records(text: str, published: str | None = None) -> list:
    return RuleExtractor().extract(to_article(RawRecord(source="x.txt", text=text, published=published)))


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("On Monday, the mayor of Sinjar said three farmers were killed in a drone strike on Sunday.", D(2023, 9, 10)),
        ("On Tuesday the district governor told reporters that a shepherd was shot dead on Saturday.", D(2023, 9, 9)),
        ("Late Monday, police announced that a bomb had wounded two soldiers near Baiji on Sunday.", D(2023, 9, 10)),
        ("Yesterday, a security source in Kirkuk said gunmen killed a mukhtar on Saturday night.", D(2023, 9, 9)),
        ("On Monday, Kurdistan24 reported that a Turkish strike hit a car near Zakho on Sunday.", D(2023, 9, 10)),
        ("On 11 September, the Interior Ministry's spokesman said a bomb exploded on 9 September.", D(2023, 9, 9)),
        # negative rows: the first day is the attack's, or the only one
        ("On Sunday gunmen killed two policemen near Hawija, police said on Monday.", D(2023, 9, 10)),
        ("On Sunday, unknown gunmen killed a farmer in Tarmiyah, a police source said on Monday.", D(2023, 9, 10)),
        ("On Monday, the mayor of Sinjar said three farmers were killed in a drone strike.", D(2023, 9, 11)),
        ("On Sunday, a roadside bomb wounded two soldiers who said later they saw the bomber.", D(2023, 9, 10)),
    ],
)
def test_a_said_day_before_its_speaker_yields_to_the_event_day(sentence: str, day: dt.date) -> None:
    assert resolve_date(sentence, PUB).date == day


@pytest.mark.parametrize(
    "headline",
    [
        "Sinjar mayor: three farmers killed in Turkish drone strike",
        "Three farmers killed in drone strike near Sinjar, mayor says",
    ],
)
def test_the_restating_headline_makes_no_second_record(headline: str) -> None:
    text = (
        f"Duhok, 12 September 2023\n\n{headline}\n\n"
        "Initial reports said one farmer was killed in a Turkish strike near Sinjar on Sunday. On Monday, the mayor of "
        "Sinjar said three farmers were killed and one was wounded when a Turkish drone hit their tractor near Sinjar "
        "on Sunday.\n\nTurkey did not comment."
    )
    (rec,) = _records(text, "2023-09-12")
    assert (rec.event_date, rec.date_precision) == (D(2023, 9, 10), "day")
    assert rec.killed is not None and rec.killed.low == 3
