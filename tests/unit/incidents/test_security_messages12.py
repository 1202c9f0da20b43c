"""Security managers' messages and daily reports (realworld12 classes, wordings written here, none copied): the
shorthand of a security group's chat ('IED strike on IA patrol', 'IDF x2 impacted', '1x KIA 2x WIA', 'No cas'), a
terse note's own 'no one killed', and a daily report's entries opening with their day and clock ('26/09 1930 ...'),
read day first when only that reading falls in the month before the report."""

from __future__ import annotations

import pytest

from assistant.corpus.read import RawRecord, to_article
from assistant.incidents.patterns import figures
from assistant.incidents.rules import RuleExtractor


def _n(count):
    return None if count is None else count.low


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("IED strike on IA patrol near Jalawla approx 0715 today. Initial: 1x KIA 2x WIA.", 1, 2),
        ("UAV strike on a car near Sidakan ~1400. KIA x3, WIA x1.", 3, 1),
        ("Mortar fire on a PMF post near Tuz. 2 x WIA, no KIA reported.", 0, 2),
        ("IDF x2 impacted near the base at 2230hrs. No cas, no damage.", 0, 0),
        ("SAF on a checkpoint in Tarmiyah; no one killed, 2 ISF injured.", 0, 2),
        ("Sniper fire hit a guard tower near Baiji: nobody killed, one soldier hurt.", 0, 1),
    ],
)
def test_message_figures(text: str, killed: int | None, wounded: int | None) -> None:
    got = figures(text)
    assert (_n(got[0]), _n(got[1])) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("*FLASH* IED strike on IA patrol on the Jalawla-Khanaqin rd approx 0715 today. Movements suspended.", "ied"),
        ("FYI IDF x2 impacted outside the perimeter of Ain al-Asad airbase at 2230hrs yesterday. No cas.", None),
        ("UPDATE: VBIED detonated at a checkpoint outside Tikrit ~0900 today. 3x KIA.", None),
    ],
)
def test_shorthand_attacks_are_records(text: str, kind: str | None) -> None:
    art = to_article(RawRecord(source="chat.txt", text=f"[12/05/2022, 09:40] Security Focal Point: {text}"))
    records = RuleExtractor().extract(art)
    assert len(records) == 1
    assert kind is None or records[0].attack_type == kind


def _days(report: str, entries: list[str]) -> list[str]:
    art = to_article(RawRecord(source="daily.txt", text=report + "\n" + "\n".join(entries)))
    return sorted(str(r.event_date) for r in RuleExtractor().extract(art) if r.date_precision == "day")


def test_daily_report_entries_with_their_clock() -> None:
    got = _days(
        "DAILY SECURITY REPORT - NORTHERN IRAQ      27 September 2021\nNINEWA",
        [
            "26/09 1930  Gunmen shot dead a shop owner in Bartella. No claim.",
            "25/09  An IED wounded two soldiers near Qayyarah.",
        ],
    )
    assert got == ["2021-09-25", "2021-09-26"]


@pytest.mark.parametrize(
    ("report", "entry", "day"),
    [
        # '12/03' in a report of 13 March: 12 March (3 December would be months before a daily report)
        ("IRAQ DAILY REPORT   13 March 2023", "12/03  Gunmen shot dead a farmer near Mandali.", "2023-03-12"),
        # both readings fall in the month before the report: no day is guessed
        ("IRAQ DAILY REPORT   5 May 2023", "04/05  Gunmen shot dead a farmer near Mandali.", None),
    ],
)
def test_an_ambiguous_entry_is_read_day_first_only_when_the_other_reading_is_far(
    report: str, entry: str, day: str | None
) -> None:
    got = _days(report, [entry])
    assert got == ([day] if day else [])


@pytest.mark.parametrize(
    ("message", "day"),
    [
        (
            "[19/10/2020, 08:55] Anbar Ops: FYI IDF x2 impacted near the airbase at 2230hrs yesterday. No cas.",
            "2020-10-18",
        ),
        (
            "[07/03/2023, 08:31] Focal Point: *FLASH* IED strike on IA patrol near Jalawla approx 0715 today. 1x KIA.",
            "2023-03-07",
        ),
        ("[02/05/2022 21:10] Desk: SAF attack on a PMF post near Tuz last night, 2x WIA.", "2022-05-01"),
    ],
)
def test_a_chat_message_counts_its_days_from_its_stamp(message: str, day: str) -> None:
    records = RuleExtractor().extract(to_article(RawRecord(source="chat.txt", text=message)))
    assert [(str(r.event_date), r.date_precision) for r in records] == [(day, "day")]


def test_a_numbered_paragraph_is_no_day() -> None:
    records = RuleExtractor().extract(
        to_article(
            RawRecord(source="r.txt", text="Report, 30 June 2021\n\n13.2 Gunmen killed two shepherds near Rutba.")
        )
    )
    assert [r.date_precision for r in records] == ["reported"]


def test_a_twelve_hour_chat_stamp_is_month_first() -> None:
    records = RuleExtractor().extract(
        to_article(
            RawRecord(source="c.txt", text="[3/4/21, 8:55 PM] Ops: IED strike on a patrol near Tarmiyah today. 1x KIA.")
        )
    )
    assert [str(r.event_date) for r in records] == ["2021-03-04"]
