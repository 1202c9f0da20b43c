"""A bomb told with no verb, as tables, tickers and mixed-language posts write it (realworld13 dev class; wordings
written here): a table row's 'sound bomb at a liquor store', a column-aligned 'IED under the car of an officer', a
transliterated word glossed in brackets ("'ubuwa lasiqa (sticky bomb) under the car of ..."). Negative rows: a bomb
found or made safe is no attack, and a word glossed as something else is no bomb."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article, Incident


def _extract(text: str) -> list[Incident]:
    return RuleExtractor().extract(
        Article(doc_id="t16v", title="", source="", text=text, published=dt.date(2023, 9, 20))
    )


@pytest.mark.parametrize(
    ("text", "province"),
    [
        (
            "WEEKLY TABLE\n\n2 14/09 AMARAH sound bomb at a barber shop material damage only",
            "Maysan",
        ),
        ("11 Sep KALAR (Sulaimani) IED under the car of a teacher no cas", "Sulaymaniyah"),
        (
            "Ubuwa lasiqa (sticky bomb) under the car of a muhandis (engineer) in Kirkuk's Wasiti area fajr el-yom.",
            "Kirkuk",
        ),
        ("Kirkuk, 12 Sep: petrol bomb at the office of a party in Hawija, material damage.", "Kirkuk"),
    ],
)
def test_a_verbless_bomb_is_an_attack(text: str, province: str) -> None:
    records = _extract(text)
    assert len(records) == 1, [r.sources[0].quote for r in records]
    assert records[0].province == province
    assert records[0].attack_type == "ied"


@pytest.mark.parametrize(
    "text",
    [
        "2 14/09 AMARAH sound bomb at a barber shop found and removed by police",
        "Ubuwa lasiqa (sticky bomb) under the car of a judge in Kirkuk was defused this morning.",
        "Qunbula (grenade) at the shop of Abu Ali in Basra, found by the owner and made safe by police.",
        "Sayyara (car) at the house of a sheikh in Hawija was stolen this morning.",
    ],
)
def test_no_attack_without_one(text: str) -> None:
    assert _extract(text) == []


@pytest.mark.parametrize(
    ("row", "province"),
    [
        # a fixed-width row as ingest keeps it, its columns single-spaced
        ("05/09 NAJAF AL-KUFA sound bomb at Saraya al-Salam office; no cas 0 0", "Najaf"),
        ("19 Mar KALAR (Sulaimani) IED under the car of an Asayish officer", "Sulaymaniyah"),
    ],
)
def test_a_table_row_tells_a_verbless_bomb(row: str, province: str) -> None:
    records = _extract(f"SECURITY EVENTS TABLE, printed 20/09/2023\n\n{row}")
    assert len(records) == 1, [r.sources[0].quote for r in records]
    assert records[0].province == province


def test_no_cas_is_none_hurt() -> None:
    (record,) = _extract("On 11 September a sticky bomb went off under a car in Kalar; no cas.")
    assert record.killed is not None and record.killed.low == 0
    assert record.wounded is not None and record.wounded.low == 0


@pytest.mark.parametrize("day", ["12/09", "12.09", "12/09/2023"])
def test_a_date_cell_is_no_toll(day: str) -> None:
    # a fixed-width row as ingest keeps it (runs of spaces read as one): the 09 of the date is no one dead
    (record,) = _extract(f"{day} KALAR IED struck an army patrol, soldier killed")
    assert record.killed is not None and record.killed.low == 1
