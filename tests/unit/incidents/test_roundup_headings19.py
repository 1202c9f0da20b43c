"""Round-ups as realworld16 writes them (in-sample there; the other rows are other wordings of the class): an entry
opened by its weekday and a short month ('Sun 27 Jun - Salahuddin: ...') is an item of its own, even on the day the
entry above mentions; an entry that names no place the gazetteer knows takes the province of the heading it is
listed under ('BAGHDAD'), not the province the rest of the round-up is about."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article, Incident


def _records(text: str, published: dt.date) -> list[Incident]:
    article = Article(doc_id="d1", text=text, title="t", published=published, source="t.txt")
    return RuleExtractor().extract(article)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Sat 26 Jun - ", "Sun 27 Jun - "),
        ("Saturday 26 June - ", "Sunday 27 June - "),
        ("Sat, 26 Jun - ", "Sun, 27 Jun - "),
        ("- Jun 26 - ", "- Jun 27 - "),
        ("Sat. 26 Sept - ", "Sun. 27 Sept - "),
    ],
)
def test_an_entry_opened_by_its_weekday_and_day_is_its_own_item(first: str, second: str) -> None:
    text = (
        "WEEKLY SECURITY ROUND-UP\n\n"
        f"{first}Salahuddin: IS gunmen seized two shepherds near Yathrib, south of Balad; one was found dead the next "
        "day.\n"
        f"{second}Salahuddin: a sticky bomb under the car of a PMF member exploded in Dhuluiya, wounding him.\n"
    )
    records = _records(text, dt.date(2021, 9, 30) if "Sept" in first else dt.date(2021, 6, 30))
    assert len(records) == 2
    assert [r.place_text for r in records] == ["Yathrib", "Dhuluiya"]
    assert [r.event_date.day if r.event_date else None for r in records] == [26, 27]


@pytest.mark.parametrize(
    "heading", ["BAGHDAD", "Baghdad:", "BAGHDAD GOVERNORATE", "== Baghdad province ==", "#Baghdad"]
)
def test_an_unplaced_entry_takes_the_province_of_its_heading(heading: str) -> None:
    text = (
        "Security digest - week ending Thursday 31 March 2022\n\n"
        "DIYALA\n\n"
        "- On Sunday, IS militants attacked a border guard post east of Mandali, wounding two border guards.\n\n"
        "- On Monday, unknown persons threw a hand grenade into a grocery in Kanaan, wounding the owner.\n\n"
        f"{heading}\n\n"
        "- On Tuesday night a sound bomb went off at the door of a private bank on Arasat street; there were no "
        "casualties.\n\n"
        "Other: a peaceful protest by farmers over water shares in Baladruz on Wednesday."
    )
    records = _records(text, dt.date(2022, 3, 31))
    assert [r.province for r in records] == ["Diyala", "Diyala", "Baghdad"]


def test_a_place_in_the_entry_beats_its_heading() -> None:
    text = (
        "BAGHDAD\n\n"
        "- On Tuesday night a roadside bomb went off near a police patrol in Tarmiyah, wounding two policemen.\n\n"
        "- On Wednesday gunmen killed a shepherd near Baiji."
    )
    records = _records(text, dt.date(2022, 3, 31))
    assert [r.province for r in records] == ["Baghdad", "Salahuddin"]


def test_a_lone_dateline_line_is_no_heading() -> None:
    records = _records(
        "BAGHDAD\n\nGunmen killed a shopkeeper in Kanaan on Tuesday night, a Diyala police source said.",
        dt.date(2023, 3, 15),
    )
    assert [r.province for r in records] == ["Diyala"]


def test_a_heading_that_is_no_place_ends_the_one_above() -> None:
    records = _records(
        "Weekly security summary\n\nDIYALA\n\n- On Monday a bomb wounded a farmer in Kanaan.\n\nBAGHDAD\n\n- A sound "
        "bomb went off at the door of a private bank on Arasat street on Tuesday night; no casualties.\n\nELSEWHERE\n\n"
        "- A roadside bomb wounded two Peshmerga fighters on Wednesday.",
        dt.date(2023, 3, 15),
    )
    assert [r.province for r in records] == ["Diyala", "Baghdad", None]


@pytest.mark.parametrize("line", ["SOURCE:", "DATE:", "UPDATE", "IED ATTACK"])
def test_a_heading_of_another_kind_keeps_the_province_above(line: str) -> None:
    records = _records(
        f"Security round-up\n\nBAGHDAD\n\n{line}\n\n- Gunmen killed a money changer in his shop on Tuesday night.",
        dt.date(2023, 3, 15),
    )
    assert [r.province for r in records] == ["Baghdad"]
