"""Fact checks (realworld8 class Z): the claim line dates a post, so the attack the checkers found keeps its own date
when both end up in one record. New checks, not the set's."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.corpus.read import RawRecord, to_article
from assistant.incidents.rules import RuleExtractor

D = dt.date


@pytest.mark.parametrize(
    ("claim", "found", "day"),
    [
        (
            'CLAIM: "Worshippers killed in bombing of a Qaraqosh church" (Facebook posts, 11 March).',
            "No church was bombed. on 10 March, a grenade was thrown at a checkpoint in Qaraqosh, injuring a soldier.",
            D(2022, 3, 10),
        ),
        (
            'Claim: "Dozens killed by shelling of Tuz Khurmatu" (viral video, 10 March).',
            "No one died. On the night of 9 March, a mortar round hit a house in Tuz Khurmatu, wounding two children.",
            D(2022, 3, 9),
        ),
    ],
)
def test_the_checked_claim_does_not_date_the_attack_found(claim: str, found: str, day: dt.date) -> None:
    """Class: a fact check's 'CLAIM: "..." (posts, 1 July)' line beside the attack found 'on the night of 30 June'."""
    text = f"FACT CHECK | Misbar | 16.03.2022\n\n{claim}\n\nVERDICT: MISLEADING\n\nWHAT WE FOUND: {found}"
    recs = RuleExtractor().extract(to_article(RawRecord(source="x.txt", text=text)))
    cited = [r for r in recs if any(found[-40:] in s.quote for s in r.sources)]
    assert cited
    assert all((r.event_date, r.date_precision) == (day, "day") for r in cited)
