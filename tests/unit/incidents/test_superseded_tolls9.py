"""Figures that are no attack of their own: a superseded toll told after the latest one ('An earlier toll had given
four dead', 'Police had initially said three were killed'), a period's or the country's tally ('since October',
'across the country', 'during the same period', 'so far this year'), the other items of a review told together, an
anniversary of an old attack, and a day of a month read as a count ('On March 16 IS fighters shot dead ...')."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.patterns import figures
from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article


def _records(text: str, day: dt.date = dt.date(2023, 5, 14)):
    return RuleExtractor().extract(Article(doc_id="t9", title="", source="", text=text, published=day))


_LEAD = (
    "The toll of Friday's bombing at a bus stop in Samarra has risen to five dead and eight wounded, a health "
    "official said on Saturday. "
)


@pytest.mark.parametrize(
    "earlier",
    [
        "A first toll had spoken of three dead.",
        "Local media had initially reported that two passengers were killed in the blast.",
        "The provincial council had said on Friday that four people were killed and six wounded.",
        "Preliminary figures had put the dead at two.",
        "Police at first said one man was killed.",
        "Earlier hospital reports had mentioned seven injured.",
        "An initial statement by the police gave two dead and three wounded.",
    ],
)
def test_an_earlier_toll_told_after_the_latest_is_the_same_attack(earlier: str) -> None:
    records = _records(_LEAD + earlier)
    assert len(records) == 1, [r.sources[0].quote for r in records]
    assert records[0].killed is not None and records[0].killed.low == 5
    assert records[0].wounded is not None and records[0].wounded.low == 8


@pytest.mark.parametrize(
    "second",
    [
        # another attack at another place, even with pluperfect or 'earlier' words, stays its own record
        "Earlier on Friday, gunmen had killed two farmers in Hawija.",
        "In a separate attack, police had initially said, a roadside bomb killed a soldier near Baiji.",
        "Gunmen killed two shepherds near Tuz Khurmatu on Thursday.",
    ],
)
def test_a_second_attack_elsewhere_is_still_its_own_record(second: str) -> None:
    assert len(_records(_LEAD + second)) == 2


def test_initially_said_but_later_is_the_later_figure() -> None:
    records = _records(
        "Police initially said three were killed in the Tikrit market bomb on Sunday, "
        "but later said four people had died."
    )
    assert len(records) == 1
    assert records[0].killed is not None and records[0].killed.low == 4


def test_a_breakdown_keeps_the_wounded_told_beside_it() -> None:
    text = (
        "The toll from a bomb attack on a wedding near Balad on Friday rose to seven dead, officials said. "
        "Among the dead were three women, a doctor said, adding that nine other guests were injured."
    )
    records = _records(text)
    assert len(records) == 1
    assert records[0].killed is not None and records[0].killed.low == 7
    assert records[0].wounded is not None and records[0].wounded.low == 9


@pytest.mark.parametrize(
    "tally",
    [
        "Since the start of the protests in October, 150 demonstrators have been killed nationwide.",
        "At least 40 journalists have been killed across Iraq since 2003, according to a press freedom group.",
        "The army said its aircraft killed a dozen militants in the Makhoul mountains during the same period.",
        "So far this year 23 civilians have been wounded by explosive remnants in the province.",
        "The remaining incidents were small-arms fire and IEDs that caused no casualties.",
        "Hundreds gathered in Halabja to mark the anniversary of the gas attack that killed some 5,000 people.",
    ],
)
def test_a_tally_or_a_remembrance_is_no_record(tally: str) -> None:
    lead = "Gunmen shot dead a shopkeeper in Basra's Al Jumhuriya district on Saturday night, police said. "
    records = _records(lead + tally)
    assert len(records) == 1, [r.sources[0].quote for r in records]
    assert records[0].killed is not None and records[0].killed.low == 1


def test_an_attack_on_an_anniversary_is_still_an_attack() -> None:
    records = _records(
        "A roadside bomb killed two soldiers near Baiji on Saturday, the anniversary of the city's liberation."
    )
    assert len(records) == 1
    assert records[0].killed is not None and records[0].killed.low == 2


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("On April 22 IS militants shot dead a farmer near Makhmour.", 1),
        ("On Oct 9 a magnetic bomb killed a lawyer in Amarah.", 1),
        ("On Sept. 3 gunmen killed two brothers in Baiji.", 2),
        ("On 4 June militants killed 6 soldiers near Rutba.", 6),
        # a count after a month with 'in' is a count
        ("In May 14 people were killed in attacks in Diyala.", 14),
    ],
)
def test_a_day_of_a_month_is_no_count(text: str, killed: int) -> None:
    k, _ = figures(text)
    assert k is not None and k.low == killed
