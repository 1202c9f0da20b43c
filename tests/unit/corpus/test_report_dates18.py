"""A report's own date in three more places (realworld16's wire copy, translated press and weekly round-ups, in-sample
there; the other rows are other wordings of the class): a wire's foot date with its credits in brackets ('Feb 25, 2023
- 9:40 AM UTC (Reporting by ...; Editing by ...)'), an outlet's stamp closing the last paragraph ('... to hospital.
Published 03/02/2023, 11:20.'), and a week written with 'to' ('8 to 14 March 2020'): issued at its end."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.corpus.read import RawRecord, to_article

D = dt.date
_LEAD = "MOSUL, Iraq, Feb 25 (Reuters) - Gunmen shot dead a lawyer in his office on Friday night, police said."
_BODY = "A roadside bomb wounded two soldiers near Hit on Monday, police said. The army closed the road for hours."


def _published(text: str) -> dt.date | None:
    return to_article(RawRecord(source="x.txt", text=text)).published


@pytest.mark.parametrize(
    ("foot", "day"),
    [
        (
            "Feb 25, 2023 - 9:40 AM UTC (Reporting by a correspondent in Mosul; Editing by the Middle East desk)",
            D(2023, 2, 25),
        ),
        ("May 17, 2022 (Reporting by a Basra stringer; Editing by the Baghdad bureau)", D(2022, 5, 17)),
        ("December 12, 2023 (Reporting by a correspondent in Sulaimaniyah)", D(2023, 12, 12)),
        ("12 December 2023, 10:05 GMT (Writing by Ahmed Rasheed; editing by Toby Chopra)", D(2023, 12, 12)),
        ("3 March 2021 (Additional reporting by Kawa Omar)", D(2021, 3, 3)),
    ],
)
def test_a_wire_foot_date_with_its_credits_dates_the_report(foot: str, day: dt.date | None) -> None:
    assert _published(f"{_LEAD}\n\nPolice gave no motive.\n\n{foot}") == day


@pytest.mark.parametrize(
    ("last", "day"),
    [
        ("The wounded were taken to Qaiyara hospital. Published 03/02/2023, 11:20.", D(2023, 2, 3)),
        ("The road was reopened at noon. Posted 14/06/2022 08:45", D(2022, 6, 14)),
        ("The road was reopened at noon. Updated: 5 May 2021.", D(2021, 5, 5)),
        # a sentence that only mentions publishing is no stamp
        ("The road was reopened at noon. Published reports put the toll at three.", None),
    ],
)
def test_an_outlets_stamp_closing_the_last_paragraph_dates_the_report(last: str, day: dt.date | None) -> None:
    assert _published(f"Alsumaria News - Ninawa\n\n{_BODY}\n\n{last}") == day


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("Weekly round-up - Wasit, Qadisiyah, Muthanna - 8 to 14 March 2020 (14/03/2020)", D(2020, 3, 14)),
        ("Weekly round-up - 8 to 14 March 2020", D(2020, 3, 14)),
        ("Security review for the week 8 through 14 March 2020", D(2020, 3, 14)),
        ("Security review, March 8 to 14, 2020", D(2020, 3, 14)),
        ("Incidents between 8 and 14 March 2020", D(2020, 3, 14)),
        ("Weekly round-up, 8 to 14 March 2020 - issued 16 March 2020", D(2020, 3, 16)),
    ],
)
def test_a_week_written_with_to_is_issued_at_its_end(heading: str, day: dt.date) -> None:
    assert _published(f"{heading}\n\n- Monday (Anbar): {_BODY}") == day
