"""The same attack told twice is one record: a lead that names where its source is ('A security source in Kirkuk
reported on Tuesday that ...') or the day the source spoke ('said on Sunday that ...'), then the source's own detailed
account; a Kurdish or Gulf outlet's dateline ('ERBIL, Kurdistan Region -', 'BAGHDAD:') is where the report was filed,
not a second place. A second attack at another place or on another day stays its own record."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article


def _records(text: str, day: dt.date = dt.date(2023, 5, 16)):  # a Tuesday
    return RuleExtractor().extract(Article(doc_id="t9", title="", source="", text=text, published=day))


@pytest.mark.parametrize(
    "lead",
    [
        "A police source in Mosul said on Tuesday that a tribal fighter was killed in an attack south of the city.",
        "Security officials in Mosul reported on Tuesday that militants killed a tribal fighter.",
        "A military source in Mosul told Basra News on Tuesday that a tribal fighter died in an ambush.",
    ],
)
def test_a_lead_from_a_source_in_the_city_and_the_detail_are_one_attack(lead: str) -> None:
    detail = (
        '"Militants ambushed a tribal Hashd patrol near the village of Imam Gharbi, in the Qayyarah subdistrict, '
        'last night, killing a fighter and wounding two others," the source said.'
    )
    records = _records(f"{lead}\n\n{detail}")
    assert len(records) == 1, [r.sources[0].quote for r in records]
    assert records[0].wounded is not None and records[0].wounded.low == 2


def test_a_lead_said_on_the_day_after_and_the_detail_are_one_attack() -> None:
    text = (
        "A security source in Baghdad said on Tuesday that three people were killed in a bombing in the capital.\n\n"
        '"A sticky bomb exploded on Monday evening under a car in the Al-Amil district, killing three people," '
        "the source said."
    )
    assert len(_records(text)) == 1


@pytest.mark.parametrize(
    "dateline",
    ["SULAIMANI, Kurdistan Region - ", "DUHOK, Kurdistan Region – ", "ERBIL: ", "BAGHDAD, Iraq - "],
)
def test_a_dateline_is_no_second_place(dateline: str) -> None:
    text = (
        f"{dateline}A Turkish drone struck a car near Amedi on Monday, killing two people, the mayor said.\n\n"
        "The mayor said the strike had also damaged a house nearby."
    )
    records = _records(text)
    assert len(records) == 1, [(r.place, r.sources[0].quote) for r in records]
    assert records[0].province == "Dohuk"


@pytest.mark.parametrize(
    "second",
    [
        # another attack, told by a source too, at another place far away
        "A police source in Basra said on Tuesday that gunmen killed a lawyer in the Zubair district.",
        # the same city's source, but another day and a new victim
        "On Sunday, a roadside bomb killed two soldiers near Hammam al-Alil, the source added.",
    ],
)
def test_a_second_attack_told_by_a_source_stays_its_own(second: str) -> None:
    lead = "A police source in Mosul said on Tuesday that militants killed a tribal fighter near Qayyarah on Monday."
    assert len(_records(f"{lead}\n\n{second}")) == 2
