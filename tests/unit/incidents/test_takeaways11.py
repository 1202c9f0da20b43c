"""A situation report's summary line restates an attack its items tell below (realworld11 class, wordings written
here, none copied): 'Key Takeaway:', 'Key Takeaways:', 'Bottom line:' lines give no record of their own. Negative
row: the item itself stays one record."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article

_ITEM = "2. Rockets hit Ain al-Asad air base on March 3, causing no casualties. No group claimed the attack."


@pytest.mark.parametrize(
    "summary",
    [
        "Key Takeaway: Militias fired rockets at Ain al-Asad on March 3, their first attack on US forces in weeks.",
        "Key Takeaways: rockets struck Ain al-Asad air base on March 3.",
        "Bottom line: a rocket attack hit Ain al-Asad on March 3 without casualties.",
    ],
)
def test_a_summary_line_is_no_record_of_its_own(summary: str) -> None:
    text = f"Iraq Situation Report: March 1 - 7, 2023\n\n{summary}\n\n{_ITEM}"
    records = RuleExtractor().extract(
        Article(doc_id="t11", title="", source="", text=text, published=dt.date(2023, 3, 7))
    )
    assert len(records) == 1, [r.sources[0].quote for r in records]
    assert "Rockets hit" in records[0].sources[0].quote
