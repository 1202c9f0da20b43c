"""Class (realworld11): a full date followed by an approximate clock time ('On 18 June 2024 at approx. 23:00', 'at ca.
21:30 hrs', 'at approximately 11 p.m.') gives that day at day precision: the full stop of 'approx.' / 'ca.' before a
number ends no sentence, so the date stays in the attack's sentence. New texts, not the set's."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.corpus.read import RawRecord, to_article
from assistant.incidents.rules import RuleExtractor
from assistant.language.text import sentences

D = dt.date


def _records(text: str, published: str | None = None) -> list:
    return RuleExtractor().extract(to_article(RawRecord(source="x.txt", text=text, published=published)))


@pytest.mark.parametrize(
    "when",
    [
        "On 3 March 2023 at approx. 21:40",
        "On 3 March 2023 at around 21:40",
        "On 3 March 2023 at approximately 9 p.m.",
        "On 3 March 2023 at ca. 21:40 hrs",
        "On 3 March 2023, at approx. 9:40 p.m.",
        "At approx. 21:40 on 3 March 2023",
        "On 03/03/2023 at appr. 2140hrs",
        "On March 3, 2023 at approx. 9:40 pm",
        "On 3 March 2023 (approx. 21:40)",
    ],
)
def test_a_full_date_with_an_approximate_clock_time_is_that_day(when: str) -> None:
    text = (
        "SECURITY ADVISORY - Kirkuk - 5 March 2023\n\n"
        f"{when}, unknown gunmen opened fire on a police checkpoint in the Azadi neighbourhood of Kirkuk, wounding "
        "two policemen. The checkpoint was reinforced.\n\nStaff should avoid the area."
    )
    (rec,) = _records(text, "2023-03-05")
    assert (rec.event_date, rec.date_precision) == (D(2023, 3, 3), "day")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The blast happened at approx. 23:00 near the market.", 1),
        ("It was at ca. 21:30 hrs. No one was hurt.", 2),
        ("Convoys left at est. 6 am from the base.", 1),
        # negative rows: a word ending in the letters, or 'approx.' before a word, still ends a sentence
        ("The delegation came from Africa. 3 people were hurt.", 2),
        ("The damage was estimated at 5 million dinars approx. Police opened an inquiry.", 2),
    ],
)
def test_approx_before_a_number_ends_no_sentence(text: str, count: int) -> None:
    assert len(sentences(text)) == count
