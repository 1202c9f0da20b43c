"""Date phrases in news text and their resolution against the publication date."""

from __future__ import annotations

import datetime as dt
import socket

import pytest

from assistant.language.dates import (
    calendar_date,
    find_date_phrases,
    pin_relative_dates,
    relative_offset,
    resolve_date,
    resolve_phrase,
    shift,
)
from assistant.schemas import EventDate

from conftest import SEEDS

D = dt.date
SUN_2021 = D(2021, 1, 24)  # seed 002, a Sunday
SUN_2019 = D(2019, 11, 10)  # seed 001, a Sunday
SUN_2022 = D(2022, 12, 18)  # seed 004, a Sunday
WED = D(2022, 12, 14)
TIKRIT = (
    "The extremists used light weapons and the cover of darkness to target the PMU militias east of Tikrit, the "
    "capital of Iraq’s Salahaddin province, two days after a twin suicide attack claimed by the group killed 32 "
    "people in Baghdad."
)


@pytest.mark.parametrize(
    ("phrase", "published", "date", "precision"),
    [
        # weekdays: the most recent such day on or before publication, the publication day included
        ("on Saturday", SUN_2021, D(2021, 1, 23), "day"),
        ("On Friday", SUN_2019, D(2019, 11, 8), "day"),
        ("on Sunday", SUN_2019, D(2019, 11, 10), "day"),
        ("Sunday", SUN_2022, SUN_2022, "day"),
        ("Wednesday", SUN_2022, WED, "day"),
        ("late Wednesday", WED, WED, "day"),
        ("Wednesday night", SUN_2022, WED, "day"),
        ("late Wednesday night", SUN_2022, WED, "day"),
        ("early on Monday", SUN_2022, D(2022, 12, 12), "day"),
        ("last Wednesday", WED, D(2022, 12, 7), "day"),
        ("late Wednesday", None, None, "unknown"),
        ("Saturday", None, None, "unknown"),
        # relative to publication
        ("yesterday", SUN_2022, D(2022, 12, 17), "day"),
        ("today", SUN_2022, SUN_2022, "day"),
        ("last night", SUN_2022, D(2022, 12, 17), "day"),
        ("this morning", SUN_2022, SUN_2022, "day"),
        ("A week ago", SUN_2022, D(2022, 12, 11), "day"),
        ("two days ago", SUN_2022, D(2022, 12, 16), "day"),
        ("10 days ago", SUN_2022, D(2022, 12, 8), "day"),
        ("two months ago", SUN_2022, D(2022, 10, 1), "month"),
        ("last month", SUN_2022, D(2022, 11, 1), "month"),
        ("last month", D(2023, 1, 5), D(2022, 12, 1), "month"),
        ("final month", SUN_2022, D(2022, 11, 1), "month"),  # seed 004 is machine-spun: "final" = "last"
        ("this month", SUN_2022, D(2022, 12, 1), "month"),
        ("last year", SUN_2022, D(2021, 1, 1), "year"),
        ("late last year", SUN_2022, D(2021, 1, 1), "year"),
        ("December of final yr", SUN_2022, D(2021, 12, 1), "month"),
        # week phrases: as precise as the whole span allows
        ("this week", SUN_2022, D(2022, 12, 1), "month"),
        ("earlier this week", SUN_2022, D(2022, 12, 1), "month"),
        ("last week", SUN_2022, D(2022, 12, 1), "month"),
        ("last week", D(2022, 12, 2), D(2022, 11, 1), "month"),  # Nov 21-27
        ("last week", D(2022, 12, 7), D(2022, 1, 1), "year"),  # Nov 28 - Dec 4
        ("last week", D(2023, 1, 4), None, "unknown"),  # Dec 26 - Jan 1 spans two years
        ("last month", None, None, "unknown"),
        # absolute
        ("January 21, 2021", SUN_2021, D(2021, 1, 21), "day"),
        ("January 21, 2021", None, D(2021, 1, 21), "day"),
        ("21 January 2021", None, D(2021, 1, 21), "day"),
        ("March 7, 2015", None, D(2015, 3, 7), "day"),
        ("2022-12-18", None, SUN_2022, "day"),
        ("Jan. 21", SUN_2021, D(2021, 1, 21), "day"),
        ("Dec. 20", SUN_2022, D(2021, 12, 20), "day"),  # after publication, so last year's
        ("Jan. 21", None, None, "unknown"),
        ("in December 2017", None, D(2017, 12, 1), "month"),
        ("December 2017", SUN_2022, D(2017, 12, 1), "month"),
        ("January", SUN_2022, D(2022, 1, 1), "month"),
        ("in May", SUN_2022, D(2022, 5, 1), "month"),
        ("in 2014", None, D(2014, 1, 1), "year"),
        ("in late 2017", None, D(2017, 1, 1), "year"),
        ("early 2019", SUN_2022, D(2019, 1, 1), "year"),
        ("mid-2018", None, D(2018, 1, 1), "year"),
        ("February 30, 2021", None, None, "unknown"),
        # wordings only dateparser knows
        ("21st of Jan, 2021", None, D(2021, 1, 21), "day"),
        ("the day before yesterday", SUN_2022, D(2022, 12, 16), "day"),
        ("a fortnight ago", SUN_2022, D(2022, 12, 4), "day"),
        ("a fortnight ago", None, None, "unknown"),
        ("in recent months", SUN_2022, None, "unknown"),
    ],
)
def test_resolve_phrase(phrase: str, published: dt.date | None, date: dt.date | None, precision: str) -> None:
    assert resolve_phrase(phrase, published) == EventDate(date=date, precision=precision, phrase=phrase)


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("ISIS launched an attack on the Hashed’s Brigade 22, said an officer.", []),
        ("terrorist elements had fired 17 Katyusha rockets at the Qayyarah base", []),
        ("roughly 2,500 US troops remained within the nation", []),
        ("known as Hashd al-Shaabi, were killed", []),
        ("This week’s attacks may be more illustrative of those shortfalls", ["This week"]),
        ("May God protect them; a force of 2000 fighters; page 2019; Jan Kowalski; Omar 5", []),
        ("in the last month and in its final year", []),
        (TIKRIT, []),
        ("Islamic State militants late Wednesday ambushed a convoy", ["late Wednesday"]),
        (
            "killed 9 cops in 2014 and since late 2017, then in May 2019 and mid-2020",
            ["2014", "late 2017", "May 2019", "mid-2020"],
        ),
        (
            "On Friday, 17 rockets; on 3 March 2020 and Dec. 3 and in March",
            ["Friday", "3 March 2020", "Dec. 3", "March"],
        ),
        ("A week ago, a bombing; a day earlier, two days ago", ["A week ago", "two days ago"]),
    ],
)
def test_find_date_phrases(text: str, phrases: list[str]) -> None:
    found = find_date_phrases(text)
    assert [p for _, _, p in found] == phrases
    assert all(text[s:e] == p for s, e, p in found)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("000", ["late Wednesday", "December 2017", "A week ago"]),
        ("001", ["Sunday", "late 2017", "Friday"]),
        ("002", ["Saturday", "January 21, 2021", "late 2017", "This week"]),
        ("003", ["late Wednesday night", "March 7, 2015", "December 2017", "this week", "2017"]),
        # "final month" and "December of final yr": the article is machine-spun from "last month" / "last year"
        ("004", ["Sunday", "2014", "late 2017", "2019", "Wednesday", "final month", "December of final yr", "January"]),
    ],
)
def test_seed_articles(name: str, expected: list[str]) -> None:
    text = next(SEEDS.glob(f"{name}_*.txt")).read_text(encoding="utf-8")
    found = find_date_phrases(text)
    phrases = [p for _, _, p in found]
    assert set(expected) <= set(phrases), phrases
    assert all(text[s:e] == p for s, e, p in found)
    assert [s for s, _, _ in found] == sorted(s for s, _, _ in found)
    assert not {"May", "may", "22", "17", "24"} & set(phrases)


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "at least 11 fighters were killed north of the Iraqi capital on Saturday, security sources said.",
            SUN_2021,
            EventDate(date=D(2021, 1, 23), precision="day", phrase="Saturday"),
        ),
        (
            "Iraq declared the group defeated in late 2017, but on Friday militants fired rockets.",
            SUN_2019,
            EventDate(date=D(2019, 11, 8), precision="day", phrase="Friday"),
        ),
        (
            "a machine gun assault final month on a remote outpost killed four soldiers",
            SUN_2022,
            EventDate(date=D(2022, 11, 1), precision="month", phrase="final month"),
        ),
        (
            "militants killed seven in two attacks late Wednesday night",
            None,
            EventDate(precision="unknown", phrase="late Wednesday night"),
        ),
        ("Six militia members were killed while 31 others were injured", SUN_2022, EventDate()),
        ("said in 2019 and in 2014", None, EventDate(date=D(2019, 1, 1), precision="year", phrase="2019")),
    ],
)
def test_resolve_date(sentence: str, published: dt.date | None, expected: EventDate) -> None:
    assert resolve_date(sentence, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two days after a twin suicide attack claimed by the group killed 32 people", (-2, "two days after")),
        ("The latest attack comes just a day after senior military personnel met", (-1, "a day after")),
        ("three days before the election", (3, "three days before")),
        ("a week after the bombing", (-7, "a week after")),
        ("2 days after", (-2, "2 days after")),
        ("the day after the attack", (-1, "the day after")),
        ("hours after the attack", None),
        ("days after the attack", None),
        ("Six militia members were killed", None),
    ],
)
def test_relative_offset(text: str, expected: tuple[int, str] | None) -> None:
    assert relative_offset(text) == expected


def test_shift_two_days_after() -> None:
    """002: the Tikrit ambush 'on Saturday' came two days after the Baghdad bombing of January 21."""
    ambush = resolve_date("killed in an ambush north of the Iraqi capital on Saturday", SUN_2021)
    days, _ = relative_offset(TIKRIT) or (0, "")
    assert shift(ambush, days) == EventDate(date=D(2021, 1, 21), precision="day", phrase="Saturday")
    month = EventDate(date=D(2022, 11, 1), precision="month", phrase="last month")
    assert shift(month, -2) == month
    assert shift(EventDate(), 3) == EventDate()


def test_dateparser_stays_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """The dateparser fallback works with every socket refused."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("dates must not touch the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert resolve_phrase("3rd of Feb 2020", None).date == D(2020, 2, 3)
    assert resolve_phrase("a fortnight ago", SUN_2022).date == D(2022, 12, 4)


@pytest.mark.parametrize(
    ("text", "quote", "published", "expected"),
    [
        # a weekday the quote gives is pinned to the calendar date it means
        (
            "The PMU was ambushed on Saturday.",
            "killed in an ambush on Saturday",
            SUN_2021,
            "The PMU was ambushed on Saturday (23 January 2021).",
        ),
        (
            "It happened late Wednesday night.",
            "late Wednesday night",
            SUN_2022,
            "It happened late Wednesday night (14 December 2022).",
        ),
        (
            "Attacks yesterday killed 3.",
            "Yesterday attacks killed three",
            SUN_2019,
            "Attacks yesterday (9 November 2019) killed 3.",
        ),
        # the publication date written next to the weekday is the model's slip: it is replaced
        (
            "The rockets were fired on Friday, 2019-11-10.",
            "On Friday, 17 rockets",
            SUN_2019,
            "The rockets were fired on Friday, 8 November 2019.",
        ),
        (
            "A bomb hit on Wednesday, December 18, 2022.",
            "On Wednesday a bomb hit",
            SUN_2022,
            "A bomb hit on Wednesday, 14 December 2022.",
        ),
        # already right, not in the quote, or no publication date: unchanged
        (
            "It was announced on Sunday, 10 November 2019.",
            "on Sunday said",
            SUN_2019,
            "It was announced on Sunday, 10 November 2019.",
        ),
        ("A bomb hit on Wednesday.", "a bomb hit the patrol", SUN_2022, "A bomb hit on Wednesday."),
        ("The ambush was on Saturday.", "on Saturday", None, "The ambush was on Saturday."),
        (
            "Iraq declared victory in December 2017.",
            "In December 2017",
            SUN_2022,
            "Iraq declared victory in December 2017.",
        ),
    ],
)
def test_pin_relative_dates(text: str, quote: str, published: dt.date | None, expected: str) -> None:
    """A reader gets the calendar date of "on Saturday" from the cited article's date, never from a made-up weekday."""
    assert pin_relative_dates(text, [quote], published) == expected


# ------------------------------------------------------------------ complete dates in headers and numeric dates

HEADER_DATES = [
    ("Report date: 2021-01-05", "2021-01-05"),
    ("Date of report: 2020-11-21", "2020-11-21"),
    ("Published: 14 March 2021", "2021-03-14"),
    ("Published 1 June 2023", "2023-06-01"),
    ("Issued Monday 17 February 2020", "2020-02-17"),
    ("Compiled 2 May 2021", "2021-05-02"),
    ("Diyala / Baghdad Today - Friday 26 March 2021", "2021-03-26"),
    ("Salahuddin / Al-Sumaria News / 5 September 2021", "2021-09-05"),
    ("Kirkuk / Baghdad Today / 25-10-2021", "2021-10-25"),
    ("Source: Asharq al-Awsat | 9 Jun 2019", "2019-06-09"),
    ("Updated: March 14, 2023", "2023-03-14"),
    ("> date: 2019-05-27 -- Anbar Media Centre", "2019-05-27"),
    ("02/05/2020 (Saturday)", "2020-05-02"),  # the weekday says day first
    ("02/05/2020", "2020-02-05"),  # a slash date with no weekday is read US-style
    ("Security summary, Baiji district, April 2021", None),  # no day: not a report's date
    ("Source: Rudaw", None),
]


@pytest.mark.parametrize(("text", "iso"), HEADER_DATES, ids=[h[0] for h in HEADER_DATES])
def test_calendar_date_in_header_lines(text: str, iso: str | None) -> None:
    """A complete date is read from every way headers write it; a month alone or no date gives none."""
    got = calendar_date(text)
    assert (got.isoformat() if got else None) == iso


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ("01/02/2021: Assailants attacked a checkpoint", "2021-01-02"),  # database summaries: MM/DD/YYYY
        ("03/25/2020: gunmen killed two farmers", "2020-03-25"),  # unambiguous: the 25th is a day
        ("On 13/04/2019 gunmen opened fire", "2019-04-13"),  # unambiguous the other way round
        ("on 25-10-2021 a bomb exploded", "2021-10-25"),
        ("on 05-11-2021 a bomb exploded", "2021-11-05"),  # dashes: day first
    ],
)
def test_numeric_event_dates(sentence: str, iso: str) -> None:
    """Numeric dates resolve by the separator's convention unless one part can only be a day."""
    assert resolve_date(sentence, None).date == dt.date.fromisoformat(iso)


def test_numeric_fractions_and_scores_are_not_dates() -> None:
    """Figures like '12/15 people' or '3-1' have no four-digit year and stay figures."""
    assert resolve_date("killed 12/15 people", None).date is None
    assert resolve_date("won 3-1 in 2020", None).precision == "year"
