"""Review of stop 31: a relative's earlier death is not the victim's ('a farmer whose son had died fighting ISIS'),
'Neither driver injured' hurts no one, a namesake in the locator's province is taken only where the distance said
puts it ('Sadiya, 120 km north-east of Baghdad' is Diyala's, not Baghdad's Saidiya), and a report's 'Published'
line under a sitrep's range of days is its date whatever the gap."""

from __future__ import annotations

import pytest

from assistant.corpus.read import RawRecord, report_date, to_article
from assistant.incidents.rules import RuleExtractor


def _records(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    art = to_article(RawRecord(source="x.txt", text=f"May 3, 2021 - {text}"))
    return [
        (r.killed and r.killed.text, r.wounded and r.wounded.text, r.place, r.province)
        for r in RuleExtractor().extract(art)
    ]


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Gunmen shot and wounded a farmer whose son had died fighting ISIS, in Hawija on Sunday.", None, "1"),
        (
            "A sticky bomb wounded a teacher whose brother had died in a 2014 ISIS attack, in Kirkuk on Monday.",
            None,
            "1",
        ),
        ("A police officer whose car was hit by a bomb in Kalar on Sunday has died of his injuries.", "1", None),
        ("A roadside bomb hit a truck near Baiji on Monday. Neither driver injured.", None, None),
        ("A roadside bomb hit a truck near Baiji on Monday. Driver injured.", None, "1"),
    ],
)
def test_whose_death_and_who_was_hurt(text: str, killed: str | None, wounded: str | None) -> None:
    (got,) = _records(text)
    assert got[:2] == (killed, wounded), got


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("A sticky bomb hit a car in Sadiya, 120 km north-east of Baghdad, killing one.", "Diyala"),
        ("A sticky bomb exploded under a car in Al-Amiriya, west of the capital Baghdad, wounding two.", "Baghdad"),
    ],
)
def test_a_locator_picks_the_namesake_that_lies_where_it_says(text: str, province: str) -> None:
    (got,) = _records(text)
    assert got[3] == province, got


def test_a_published_line_under_a_range_of_days_dates_the_report() -> None:
    assert str(report_date(["Weekly review: May 19 - 26, 2022", "Published June 20, 2022"])) == "2022-06-20"
    assert str(report_date(["ISHM: MAY 19 – 26, 2022", "Key Takeaways:"])) == "2022-05-26"
