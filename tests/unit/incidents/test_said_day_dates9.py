"""Event dates of wire copy and Iraqi outlets' reports (realworld9 classes), new texts, not the set's: a dateline with
the place in title case and the report's day ('Kirkuk, May 9 (INA) -') is the report's, not the event's; a weekday
resolves from a wire sign-off's date; the day a source 'reported on Sunday the injury of ...' is when it was said,
so the quoted account's 'yesterday, Saturday' dates the attack."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.corpus.read import RawRecord, to_article
from assistant.incidents.rules import RuleExtractor

D = dt.date


def _records(text: str, published: str | None = None) -> list:
    return RuleExtractor().extract(to_article(RawRecord(source="x.txt", text=text, published=published)))


@pytest.mark.parametrize(
    "dateline",
    ["Kirkuk, May 9 (INA) -", "Samarra, May 9 (Xinhua) --", "Tuz Khurmatu, May 9 (NINA) \u2013"],
)
def test_a_title_case_dateline_is_the_report_day(dateline: str) -> None:
    """Class: a dateline written in title case with the agency in brackets, carrying the report's day: the body's
    'on Sunday night' dates the attack, not the dateline's 'May 9'."""
    text = (
        f"{dateline} Two policemen were wounded when gunmen opened fire on their patrol near Daquq on Sunday night, "
        "a police source said.\n\nThe source said the wounded were taken to hospital in Kirkuk."
    )
    (rec,) = _records(text, "2022-05-09")
    assert (rec.event_date, rec.date_precision) == (D(2022, 5, 8), "day")


@pytest.mark.parametrize(
    ("sign_off", "day"),
    [("14 Sep 2020 - AFP", D(2020, 9, 12)), ("dpa mk/jr 14 September 2020", D(2020, 9, 12))],
)
def test_a_weekday_resolves_from_the_wire_sign_off(sign_off: str, day: dt.date) -> None:
    """Class: wire copy with no date in its dateline ('Baiji (Iraq) (AFP) -') dated by its sign-off line: 'on
    Saturday evening' is the Saturday before it."""
    text = (
        "Baiji (Iraq) (AFP) - A roadside bomb struck an army vehicle near Baiji on Saturday evening, killing two "
        "soldiers, a military officer said.\n\nNo group claimed the attack.\n\n" + sign_off
    )
    (rec,) = _records(text)
    assert (rec.event_date, rec.date_precision) == (day, "day")


@pytest.mark.parametrize(
    ("lead", "quote", "day"),
    [
        (
            "A security source in Salahuddin reported on Sunday the injury of two policemen in a blast near Baiji.",
            '"A roadside bomb exploded yesterday, Saturday, near a police patrol in Baiji, wounding two policemen", '
            "the source said.",
            D(2022, 5, 7),
        ),
        (
            "A police source in Babil announced on Sunday the death of a farmer in an explosion near Jurf al-Nasr.",
            '"An IED went off on Friday evening near a farmer in Jurf al-Nasr, killing him", the source said.',
            D(2022, 5, 6),
        ),
        (
            "Basra police corrected on Sunday the toll of Saturday's explosion at a market in Zubair, saying one "
            "person was killed and six were wounded.",
            "The police did not say who planted the device.",
            D(2022, 5, 7),
        ),
        # negative: nothing but the day it was reported dates the attack: that day stands
        (
            "A security source in Salahuddin reported on Sunday the injury of two policemen in a blast near Baiji.",
            "The wounded were taken to hospital in Tikrit.",
            D(2022, 5, 8),
        ),
    ],
)
def test_the_day_it_was_reported_gives_way_to_the_attacks_day(lead: str, quote: str, day: dt.date) -> None:
    """Class: '<source> reported / announced / corrected on <weekday> the injury / death / toll of ...' is when it
    was said; a date the report gives the attack itself ('yesterday, Saturday', 'on Friday evening', 'Saturday's
    explosion') wins over it, and alone it still dates the record."""
    (rec,) = _records(f"{lead}\n\n{quote}", "2022-05-08")
    assert (rec.event_date, rec.date_precision) == (day, "day")
