"""Date wordings of the classes the seventh blind set's dev split showed missing: coders' yearless dates ('On 18.IX',
'On NOV 07', 'On 26/Jan'), a database header that writes the year first ('2024 April 06:'), a weekday before a full
date ('Thursday the 20th of October, 2022'), wire copy dated by a stamp under it ('Dispatch logged ...', 'Item time
...') or an ordinal dateline ('KIRKUK, 23rd November, 2021 (WAM) --') with a weekday after time-of-day words,
translated press counting nights back ('the night before last'), round-ups that count with an adverb or an ordinal
('Exactly a week on', 'On the fourth day after that') and a numeric date whose order is spelled out ('9/4/2024
(day/month)'). Most rows are not in any set."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.corpus.read import RawRecord, to_article
from assistant.incidents.rules import RuleExtractor
from assistant.language.dates import calendar_date, resolve_date

D = dt.date


def _records(text: str, published: str | None = None) -> list:
    return RuleExtractor().extract(to_article(RawRecord(source="x.txt", text=text, published=published)))


@pytest.mark.parametrize(
    ("sentence", "published", "day"),
    [
        ("On 18.IX, gunmen fired on a shepherd family.", D(2023, 9, 20), D(2023, 9, 18)),
        ("On 2/XI a roadside bomb exploded.", D(2021, 11, 9), D(2021, 11, 2)),
        ("On 25.XII a roadside bomb exploded.", D(2023, 9, 20), D(2022, 12, 25)),  # after the report: last year
        ("Dated 3.IV: rockets hit the base.", D(2022, 4, 5), D(2022, 4, 3)),
        ("On NOV 07, a roadside charge went off.", D(2021, 11, 9), D(2021, 11, 7)),
        ("On 07 NOV, a roadside charge went off.", D(2021, 11, 9), D(2021, 11, 7)),
        ("ON SEPT. 3 a roadside charge went off.", D(2021, 11, 9), D(2021, 9, 3)),
        ("On 30 DECEMBER gunmen attacked a checkpoint.", D(2022, 1, 4), D(2021, 12, 30)),
        ("On 26/Jan, riot police fired live ammunition.", D(2020, 1, 28), D(2020, 1, 26)),
        ("On 26-Jan, riot police fired live ammunition.", D(2020, 1, 28), D(2020, 1, 26)),
        ("On 26/JAN riot police fired live ammunition.", D(2020, 1, 28), D(2020, 1, 26)),
        ("On 3/Sept. a drone struck a car.", D(2020, 9, 8), D(2020, 9, 3)),
        ("On 14-Dec a drone struck a car.", D(2021, 2, 1), D(2020, 12, 14)),
    ],
)
def test_yearless_coder_dates(sentence: str, published: dt.date, day: dt.date) -> None:
    got = resolve_date(sentence, published)
    assert (got.date, got.precision) == (day, "day")


@pytest.mark.parametrize(
    "sentence",
    [
        "The 1/X battalion moved north.",  # a unit's number, not a Roman month
        "Police said 2/V was closed.",
        "The ministry said MAYBE 5 more would come.",
    ],
)
def test_no_yearless_date_where_none_is_meant(sentence: str) -> None:
    assert resolve_date(sentence, D(2023, 9, 20)).precision != "day"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2024 April 06: Assassins shot dead a tribal commander near Hit.", D(2024, 4, 6)),
        ("2024 APRIL 6 - Assassins shot dead a tribal commander near Hit.", D(2024, 4, 6)),
        ("2024, April 6: Assassins shot dead a tribal commander near Hit.", D(2024, 4, 6)),
        ("2022 September 30th: A mortar round hit a market.", D(2022, 9, 30)),
        ("2023 Jan 17: A mortar round hit a market.", D(2023, 1, 17)),
        ("Event date 2021 November 2: A mortar round hit a market.", D(2021, 11, 2)),
    ],
)
def test_a_header_that_writes_the_year_first(text: str, day: dt.date) -> None:
    got = resolve_date(text, None)
    assert (got.date, got.precision) == (day, "day")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Thursday the 20th of October, 2022: Gunmen attacked an outpost.", D(2022, 10, 20)),
        ("Gunmen attacked an outpost on Thursday, 20 October 2022, killing two.", D(2022, 10, 20)),
        ("Gunmen attacked an outpost on Thursday, October 20, 2022, killing two.", D(2022, 10, 20)),
        ("Gunmen attacked an outpost on Thursday, the 20th of October 2022.", D(2022, 10, 20)),
        ("Gunmen attacked an outpost on Thursday night, 20 October 2022.", D(2022, 10, 20)),
        ("Gunmen attacked an outpost on Thursday 20/10/2022.", D(2022, 10, 20)),
        ("Gunmen attacked an outpost on Thursday, 2022-10-20.", D(2022, 10, 20)),
        ("Gunmen attacked an outpost on Saturday (02/05/2020).", D(2020, 5, 2)),  # the weekday decides the order
        ("Gunmen attacked an outpost on Thursday the 20th of October.", D(2022, 10, 20)),
        ("Gunmen attacked an outpost last Thursday, 20 October 2022.", D(2022, 10, 20)),
        ("Gunmen attacked an outpost this past Thursday (Oct. 20), killing two.", D(2022, 10, 20)),
    ],
)
def test_a_weekday_before_a_full_date_is_that_date(text: str, day: dt.date) -> None:
    """Never the latest such weekday before the report (3 November for a report of 5 November 2022)."""
    got = resolve_date(text, D(2022, 11, 5))
    assert (got.date, got.precision) == (day, "day")


def test_a_weekday_beside_a_date_in_a_header_line_still_orders_it() -> None:
    assert calendar_date("Saturday 02/05/2020") == D(2020, 5, 2)


_WIRE = (
    "{dateline} -- Unidentified gunmen stormed a house in Al-Baghdadi, in Iraq's western Anbar province, {when}, "
    "killing a police captain and his brother, a security source said. The source did not say who was suspected."
    "\n\n{foot}"
)


@pytest.mark.parametrize(
    "foot",
    [
        "Item time 2024-04-24 08:30 (Amman)",
        "Dispatch logged 2024-04-24 07:55 CLT",
        "Logged 24 April 2024, 07:55 GMT",
        "Story time: 24-Apr-2024 08:30 local",
        "Copy logged 24/04/2024 07:55",
        "Timestamp: 2024-04-24 11:02 GST",
    ],
)
def test_a_stamp_under_the_copy_dates_the_report(foot: str) -> None:
    (r,) = _records(_WIRE.format(dateline="RAMADI, Iraq, April 24 (Petra)", when="on Tuesday", foot=foot))
    assert (r.event_date, r.date_precision) == (D(2024, 4, 23), "day")


@pytest.mark.parametrize(
    ("when", "day"),
    [
        ("a little before 3 a.m. on Tuesday", D(2024, 4, 23)),
        ("at midday on Monday", D(2024, 4, 22)),
        ("on Sunday after dark", D(2024, 4, 21)),
        ("soon after sunrise on Monday", D(2024, 4, 22)),
        ("in the small hours of Wednesday", D(2024, 4, 24)),  # the stamp's own day counts
        ("shortly before first light on Saturday", D(2024, 4, 20)),
        ("around noon Tuesday", D(2024, 4, 23)),
        ("on Monday at dusk", D(2024, 4, 22)),
    ],
)
def test_a_weekday_after_time_of_day_words(when: str, day: dt.date) -> None:
    (r,) = _records(
        _WIRE.format(dateline="RAMADI, Iraq, April 24 (Petra)", when=when, foot="Dispatch logged 2024-04-24 07:55")
    )
    assert (r.event_date, r.date_precision) == (day, "day")


@pytest.mark.parametrize(
    "dateline",
    [
        "RAMADI, 24th April, 2024 (WAM)",
        "RAMADI, 24th April 2024 (WAM)",
        "RAMADI, April 24th, 2024 (WAM)",
        "RAMADI, the 24th of April, 2024 (WAM)",
        "RAMADI, Iraq, 24 April 2024 (WAM)",
    ],
)
def test_a_dated_dateline_dates_the_report_not_the_event(dateline: str) -> None:
    """'KIRKUK, 23rd November, 2021 (WAM) -- ... on Monday': the dateline is the report's day; Monday is the day
    before it."""
    (r,) = _records(_WIRE.format(dateline=dateline, when="soon after sunrise on Monday", foot=""))
    assert (r.event_date, r.date_precision) == (D(2024, 4, 22), "day")


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Masked men fired on demonstrators in the late hours of the night before last.", D(2019, 10, 28)),
        ("Masked men fired on demonstrators the night before last.", D(2019, 10, 28)),
        ("Masked men fired on demonstrators on the evening before last.", D(2019, 10, 28)),
        ("The day before last, masked men fired on demonstrators.", D(2019, 10, 28)),
        ("Masked men fired on demonstrators two nights ago.", D(2019, 10, 28)),
        ("Masked men fired on demonstrators last evening.", D(2019, 10, 29)),
        ("Masked men fired on demonstrators last night.", D(2019, 10, 29)),
        ("Masked men fired on demonstrators the day before yesterday.", D(2019, 10, 28)),
    ],
)
def test_translated_press_counts_nights_back(sentence: str, day: dt.date) -> None:
    got = resolve_date(sentence, D(2019, 10, 30))
    assert (got.date, got.precision) == (day, "day")


def test_the_week_before_last_is_the_week_two_weeks_back() -> None:
    got = resolve_date("Masked men fired on demonstrators the week before last.", D(2019, 10, 30))
    assert (got.date, got.precision) == (D(2019, 10, 1), "month")  # 14-20 October


_ROUND_UP = (
    "Kirkuk: security round-up (compiled 30 May 2022)\n\n"
    "On 10 May, a roadside bomb struck an army Humvee near Hawija, killing two soldiers. "
    "{phrase}, gunmen fired on a Federal Police post in Tuz Khurmatu, wounding three officers."
)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Exactly a week on", D(2022, 5, 17)),
        ("Barely 24 hours later", D(2022, 5, 11)),
        ("Just two days later", D(2022, 5, 12)),
        ("Some three days afterwards", D(2022, 5, 13)),
        ("Precisely a fortnight later", D(2022, 5, 24)),
        ("Less than 48 hours later", D(2022, 5, 12)),
        ("Only a day earlier", D(2022, 5, 9)),
        ("On the fourth day after that", D(2022, 5, 14)),
        ("On the second day afterwards", D(2022, 5, 12)),
        ("The third night later", D(2022, 5, 13)),
        ("On the 5th day after that", D(2022, 5, 15)),
    ],
)
def test_a_round_up_counts_with_an_adverb_or_an_ordinal(phrase: str, day: dt.date) -> None:
    first, second = _records(_ROUND_UP.format(phrase=phrase))
    assert (first.event_date, second.event_date, second.date_precision) == (D(2022, 5, 10), day, "day")


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("9/4/2024 (day/month)", D(2024, 4, 9)),
        ("9/4/2024 (d/m)", D(2024, 4, 9)),
        ("09/04/2024 (dd/mm/yyyy)", D(2024, 4, 9)),
        ("09-04-2024 (DD-MM-YYYY)", D(2024, 4, 9)),
        ("9/4/2024 (day first)", D(2024, 4, 9)),
        ("9/4/2024 (DMY)", D(2024, 4, 9)),
        ("4/9/2024 (month/day)", D(2024, 4, 9)),
        ("04/09/2024 (mm/dd/yyyy)", D(2024, 4, 9)),
        ("4.9.2024 (month/day/year)", D(2024, 4, 9)),  # dots are read day first unless the writer says otherwise
        ("4/9/2024 (month first)", D(2024, 4, 9)),
        ("13/4/2024 (month/day)", D(2024, 4, 13)),  # a wrong note: the only reading the digits allow
    ],
)
def test_a_numeric_dates_order_spelled_out_after_it(written: str, day: dt.date) -> None:
    got = resolve_date(f"The court convicted him of the bombing in Al-Ubaydi on {written}, in which two died.", None)
    assert (got.date, got.precision) == (day, "day")
