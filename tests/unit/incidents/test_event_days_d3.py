"""Classes from the dates3 set's dev split (how the attack's day is told), each tested with wordings written here and
their look-alikes: counts in any number word ('eleven days ago', 'twenty-one days ago'), a day of the month in words
('on the seventh'), holidays on a fixed day ('on Christmas Day'), parts of a month ('the second half of March',
'earlier in the month'), a day counted back from the day something was said, a day counted from a dated anchor,
attacks told without the usual verbs (a stabbing, an explosion that wrecked a shop, a fire set on purpose), and JSON
articles in an envelope or in paragraphs."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from assistant.incidents.rules import RuleExtractor
from assistant.language.dates import resolve_date
from assistant.schemas import Article
from tests.unit.incidents.test_cards_and_stamps21 import _article, _records

AUG_12 = dt.date(2023, 8, 12)  # a Saturday


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("A bomb hit a bus station eleven days ago, killing two people.", dt.date(2023, 8, 1)),
        ("A bomb hit a bus station twelve days ago.", dt.date(2023, 7, 31)),
        ("A bomb hit a bus station twenty-one days ago.", dt.date(2023, 7, 22)),
        ("A bomb hit a bus station twenty one days ago.", dt.date(2023, 7, 22)),
        ("A bomb hit the car of the council's deputy on the seventh, wounding his bodyguard.", dt.date(2023, 8, 7)),
        ("Gunmen struck on the twenty-first, killing a guard.", dt.date(2023, 7, 21)),
    ],
)
def test_counts_and_days_of_the_month(sentence: str, day: dt.date) -> None:
    told = resolve_date(sentence, AUG_12)
    assert (told.date, told.precision) == (day, "day")


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("A grenade was thrown at a church gate on Christmas Day, wounding a guard.", dt.date(2022, 12, 25)),
        ("A bomb went off near a hotel on New Year's Eve.", dt.date(2022, 12, 31)),
        # a holiday named as what was awaited, or an old attack's name, or long ago: not this attack's day
        ("A bomb killed three people in a market crowded with shoppers ahead of Christmas.", None),
        ("It was the deadliest attack since the Christmas Day bombing of 2013.", None),
    ],
)
def test_a_holiday_on_a_fixed_day(sentence: str, day: dt.date | None) -> None:
    told = resolve_date(sentence, dt.date(2023, 1, 2))
    assert (told.date if told.precision == "day" else None) == day
    assert resolve_date(sentence, AUG_12).precision != "day"  # (eight months on: no longer this report's news)


@pytest.mark.parametrize(
    "sentence",
    [
        "The blast damaged the building on the second floor, police said.",
        "The court met on the first of several hearings.",
        "Shoppers crowded the market before Christmas, traders said.",
    ],
)
def test_look_alikes_of_a_day_in_words(sentence: str) -> None:
    assert resolve_date(sentence, AUG_12).precision != "day"


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("Gunmen attacked a checkpoint in the second half of March.", dt.date(2023, 3, 1)),
        ("A bomb hit a patrol in the opening days of the month.", dt.date(2023, 8, 1)),
        ("A bomb hit a patrol earlier in the month, officials said.", dt.date(2023, 8, 1)),
        ("A bomb hit a patrol in the first half of May 2021.", dt.date(2021, 5, 1)),
    ],
)
def test_parts_of_a_month(sentence: str, month: dt.date) -> None:
    told = resolve_date(sentence, AUG_12)
    assert (told.date, told.precision) == (month, "month")


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Police announced on Thursday that an officer had been killed a day earlier in Kirkuk.", dt.date(2023, 8, 9)),
        ("The group claimed the attack on Thursday, two days after it took place.", dt.date(2023, 8, 8)),
        ("Details emerged only on Thursday of an ambush that happened the previous Monday.", dt.date(2023, 8, 7)),
        ('The mayor said on Thursday that the blast had occurred "three days ago".', dt.date(2023, 8, 7)),
        # the said day is the attack's own where nothing counts back from it
        ("Police said on Thursday that gunmen killed two soldiers on Wednesday.", dt.date(2023, 8, 9)),
    ],
)
def test_a_day_counted_back_from_when_it_was_said(sentence: str, day: dt.date) -> None:
    assert resolve_date(sentence, AUG_12).date == day


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Gunmen attacked a convoy the day after Eid al-Fitr, which fell on 3 August, killing two.",
            dt.date(2023, 8, 4),
        ),
        ("A bomb hit a campaign office three days before the local elections on 14 August.", dt.date(2023, 8, 11)),
        ("Gunmen struck a week after the 1 August raid, killing two.", dt.date(2023, 8, 8)),
        ("A car bomb exploded exactly a month after the 5 July bombing.", dt.date(2023, 8, 5)),
        ("A bomb hit a market on the second day of Eid al-Adha, which began on 28 June.", dt.date(2023, 6, 29)),
        # an arrest's, a funeral's or a trial's day counted from the attack is no attack's day
        ("Two days after the attack on 5 August, police arrested a suspect.", dt.date(2023, 8, 5)),
        # a date that names no anchor: 'three days before polling' dates when observers recorded it
        (
            "Three days before polling, observers recorded a grave incident: on 5 August, gunmen killed a campaign "
            "manager.",
            dt.date(2023, 8, 5),
        ),
    ],
)
def test_a_day_counted_from_a_dated_anchor(sentence: str, day: dt.date) -> None:
    assert resolve_date(sentence, AUG_12).date == day


def test_a_day_after_the_report_is_no_attacks_day() -> None:
    # the elections are still to come: three days after them is after the report
    assert resolve_date("A curfew starts three days after the elections on 14 August.", AUG_12).date != dt.date(
        2023, 8, 17
    )


def _one(text: str) -> list[object]:
    return RuleExtractor().extract(Article(doc_id="x", title="t", text=text, source="x.txt", published=AUG_12))


@pytest.mark.parametrize(
    "text",
    [
        "A security guard was stabbed at a hotel in Najaf on Thursday.",
        "A man stabbed a traffic policeman in Najaf on Thursday.",
        "An explosion destroyed a shop belonging to a spirits trader in Najaf on Thursday, police said.",
        "Police said a fire that broke out at a warehouse in Kirkuk on Thursday was started deliberately.",
        "Police are investigating an arson attack on a warehouse in Kirkuk on Thursday.",
    ],
)
def test_attacks_told_without_the_usual_verbs_are_records(text: str) -> None:
    (rec,) = _one(text)
    assert rec.event_date == dt.date(2023, 8, 10)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "The MP said he had been stabbed in the back by his own party in Najaf on Thursday.",
        "A gas explosion destroyed a restaurant kitchen in Najaf on Thursday.",
        "An explosion damaged a fuel depot in Kirkuk on Thursday; officials blamed a fault in a generator.",
    ],
)
def test_look_alikes_of_an_attack(text: str) -> None:
    assert _one(text) == []


@pytest.mark.parametrize(
    "obj",
    [
        {"item": {"pubDate": "Sat, 12 Aug 2023 16:18:00 +0300", "title": "Shop bombed", "text": "{attack}"}},
        {"title": "Shop bombed", "date": "2023-08-12", "paragraphs": ["{attack}", "Nobody claimed it."]},
        {"headline": "Shop bombed", "published": "2023-08-12", "body": "{attack}"},
    ],
)
def test_a_json_article_in_an_envelope_or_in_paragraphs(tmp_path: Path, obj: dict[str, object]) -> None:
    attack = "A bomb destroyed a liquor shop in Najaf on Thursday, police said."
    text = json.dumps(obj).replace("{attack}", attack)
    article = _article(tmp_path, text, "r.json")
    assert article.published == AUG_12 and attack in article.text and article.title == "Shop bombed"
    (rec,) = _records(tmp_path, text, "r.json")
    assert rec.event_date == dt.date(2023, 8, 10)


# ---- look-alikes a review found, each fixed before landing

MAY_19 = dt.date(2023, 5, 19)  # a Friday


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Gunmen opened fire on the second vehicle in an army convoy near Hawija on Wednesday.", dt.date(2023, 5, 17)),
        ("A sniper fired on the third checkpoint on Wednesday, police said.", dt.date(2023, 5, 17)),
        (
            "Police said on Thursday that two soldiers were killed on Tuesday when a bomb hit a convoy that had left "
            "its base a day earlier.",
            dt.date(2023, 5, 16),
        ),
        (
            "Police said on Thursday that the gunman, who had been released from custody a day earlier, shot dead two "
            "guards.",
            None,  # the release's day is no attack's
        ),
        (
            "Gunmen killed a lawyer in Basra on Tuesday, some two months after the 3 March killing of his brother.",
            dt.date(2023, 5, 16),
        ),
        (
            "Gunmen on Tuesday killed a candidate who had registered the day before the 1 May deadline.",
            dt.date(2023, 5, 16),
        ),
        (
            "Security forces were put on alert for New Year's Eve after a car bomb killed three people on Friday.",
            None,  # (a report of 19 May: Friday is the report's own day, read as such below)
        ),
        ('A police spokesman said on Sunday that the blast occurred "3\u00b2 days ago", killing two.', None),
    ],
)
def test_look_alikes_of_the_new_day_readings(sentence: str, day: dt.date | None) -> None:
    told = resolve_date(sentence, MAY_19)
    if day is None:
        assert told.date not in (dt.date(2023, 5, 17), dt.date(2022, 12, 31), dt.date(2023, 5, 2))
    else:
        assert told.date == day


@pytest.mark.parametrize(
    "sentence",
    [
        "Later in the month, a roadside bomb killed a soldier.",
        "Gunmen killed two farmers in the last days of the month.",
        "Attacks rose in the second half of the month of Ramadan.",
    ],
)
def test_months_the_report_does_not_name_are_not_its_own(sentence: str) -> None:
    told = resolve_date(sentence, dt.date(2023, 5, 10))
    assert not (told.precision == "month" and told.date == dt.date(2023, 5, 1))


@pytest.mark.parametrize(
    "text",
    [
        "A transformer explosion damaged the grid on Thursday, cutting power to 10,000 homes.",
        "A methane explosion tore through a coal mine on Thursday, trapping 40 miners.",
        "An explosion destroyed a fuel tanker on the highway on Thursday after it collided with a truck.",
        "Blasts rocked the capital's stock market on Thursday as shares fell 5 per cent.",
        "Civil defence said on Thursday the fire at the Shorja market was not started deliberately.",
        "Investigators on Thursday ruled out an arson attack in the fire that gutted the Shorja market.",
        "He stabbed a finger at the map on Thursday.",
        "Doctors said on Thursday the patient was stabbed with a needle by mistake.",
    ],
)
def test_look_alikes_of_an_attack_a_review_found(text: str) -> None:
    assert _one(text) == []


@pytest.mark.parametrize(
    ("obj", "published", "title"),
    [
        (
            {"title": "Bomb", "published": "2023-08-12", "html": "<p>{attack}</p>", "related": {"summary": "Old."}},
            AUG_12,
            "Bomb",
        ),
        (
            {"published": "2023-08-12", "source": "Reuters", "item": {"title": "Bomb", "text": "{attack}"}},
            AUG_12,
            "Bomb",
        ),
        ({"body": [{"type": "p", "text": "{attack}"}, {"type": "p", "text": "Nobody claimed it."}]}, None, None),
        ({"text": [], "paragraphs": ["{attack}", "Nobody claimed it."]}, None, None),
    ],
)
def test_json_envelopes_and_block_lists_a_review_found(
    tmp_path: Path, obj: dict[str, object], published: dt.date | None, title: str | None
) -> None:
    attack = "A bomb destroyed a liquor shop in Najaf on Thursday, police said."
    article = _article(tmp_path, json.dumps(obj).replace("{attack}", attack), "r.json")
    assert attack in article.text and "Old." not in article.text
    assert article.published == published
    if title:
        assert article.title == title
    if "Nobody" in json.dumps(obj):
        assert "said.\n\nNobody" in article.text
