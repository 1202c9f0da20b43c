"""Record wordings (realworld9 final classes, read after it was scored), new sentences: an incendiary device thrown
is an attack, 'no reported fatalities' rules out deaths only, an earlier report a statement corrects ('correcting
earlier reports from X that three had been killed') gives no figure, and a campaign told over months is no
attack of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.patterns import figures
from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article


def _records(text: str, day: dt.date | None = dt.date(2021, 5, 20)):
    return RuleExtractor().extract(Article(doc_id="w12", title="", source="", text=text, published=day))


def _n(count):
    return None if count is None else count.low


@pytest.mark.parametrize(
    "text",
    [
        "05/18/2021: Assailants threw an incendiary device at a shop in Nasiriyah city, Iraq. Two people were hurt.",
        "05/18/2021: Unknown men hurled a fire bomb at a party office in Kut, Iraq. One guard was injured.",
        "05/18/2021: Assailants tossed incendiary bombs into a warehouse in Basra city, Iraq. Three workers were hurt.",
    ],
)
def test_an_incendiary_device_thrown_is_an_attack_dated_by_its_summary(text: str) -> None:
    records = _records(text + " It was one of several such attacks in May 2021.", None)
    assert len(records) == 1
    assert records[0].event_date == dt.date(2021, 5, 18) and records[0].date_precision == "day"


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("There were no reported fatalities, but four people were wounded.", 0, 4),
        ("The blast caused damage, with no confirmed deaths.", 0, None),
        ("No known fatalities resulted.", 0, None),
        # negative rows: a toll not given is no zero
        ("Figures on reported fatalities were not available.", None, None),
        ("It is not yet known whether there were fatalities.", None, None),
    ],
)
def test_no_reported_fatalities(text: str, killed: int | None, wounded: int | None) -> None:
    k, w = figures(text)
    assert (_n(k), _n(w)) == (killed, wounded)


def test_a_corrected_earlier_report_gives_no_figure() -> None:
    text = (
        "A roadside bomb hit a vehicle of the PMF near Tuz Khurmatu on Wednesday, the PMF said, correcting earlier "
        "reports from local sources that four fighters had been killed. The PMF said in a statement that one fighter "
        "was killed and two were wounded."
    )
    records = _records(text)
    assert len(records) == 1
    assert (_n(records[0].killed), _n(records[0].wounded)) == (1, 2)


@pytest.mark.parametrize(
    "background",
    [
        "Turkey has intensified its drone strikes on PKK targets in the region over the past months.",
        "Attacks on power lines have increased sharply in recent weeks.",
    ],
)
def test_a_campaign_over_months_is_no_attack(background: str) -> None:
    text = f"A Turkish drone struck a car near Zakho on Tuesday, killing two men. {background}"
    assert len(_records(text)) == 1
