"""Classes from a second look at the dates1 set's dev split, each tested with wordings written here and their
look-alikes: a count back told anywhere in the report's first attack ('insurgents attacked a convoy on the previous
day'; never 'the day before the election'), a body opening on its dateline date first (never a log's first entry), a
one-row table's bare 'Date' or 'year, month, day' columns where its text counts from them, two digits of year beside
their written order, a year in words, a telex all in capitals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.language.dates import calendar_date, resolve_date, year_in_words
from tests.unit.incidents.test_cards_and_stamps21 import _article, _records


def _day(rec: object) -> dt.date | None:
    return rec.event_date if rec.date_precision == "day" else None  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("Please note that on the previous day a mortar round hit a school in Mahmudiya, killing a guard.", 13),
        ("Insurgents attacked a police convoy near Latifiya on the previous day, killing three officers.", 13),
        ("A car bomb exploded the previous evening outside a police station in Muqdadiya, killing two.", 13),
        ("Gunmen attacked a checkpoint in Baquba two days earlier, killing two policemen.", 12),
        ("On the previous night, gunmen stormed a house in Tarmiya and killed a farmer.", 13),
        ("The day before, gunmen killed two policemen near Baquba.", 13),
        # counted from something else it names: no day from the report
        ("Gunmen attacked a checkpoint in Baquba the day before the election, killing two policemen.", None),
        ("Two days before Eid, gunmen attacked a checkpoint in Baquba, killing two policemen.", None),
        ("Gunmen killed two policemen near Baquba the night before Ashura.", None),
        ("Gunmen killed two policemen near Baquba two days later.", None),  # after the report: no day
    ],
)
def test_a_count_back_anywhere_in_the_first_attack(tmp_path: Path, body: str, day: int | None) -> None:
    (rec,) = _records(tmp_path, f"Dated: 14 June 2023\n\n{body}")
    assert _day(rec) == (dt.date(2023, 6, day) if day else None)


def test_a_count_back_after_an_earlier_attack_is_counted_from_it(tmp_path: Path) -> None:
    text = (
        "Dated: 14 June 2023\n\nOn 5 June, a bomb killed two soldiers in Tikrit. Gunmen attacked a checkpoint in "
        "Baquba two days earlier, killing two policemen."
    )
    days = sorted(_day(r) for r in _records(tmp_path, text) if _day(r))
    assert dt.date(2023, 6, 12) not in days


@pytest.mark.parametrize(
    "text",
    [
        "14 June 2023, Baiji - A roadside bomb struck an army patrol near Baiji on Saturday, wounding three soldiers "
        "who were taken to the town's hospital, a security source said.",
        "June 14, 2023, Baiji - A roadside bomb struck an army patrol near Baiji on Saturday, wounding three soldiers "
        "who were taken to the town's hospital, a security source said.",
    ],
)
def test_a_body_opening_on_its_dateline_date_first(tmp_path: Path, text: str) -> None:
    assert _article(tmp_path, text).published == dt.date(2023, 6, 14)
    (rec,) = _records(tmp_path, text)
    assert _day(rec) == dt.date(2023, 6, 10)


def test_a_logs_first_entry_is_no_report_date(tmp_path: Path) -> None:
    text = (
        "10 June 2023, Baiji - A roadside bomb struck an army patrol near Baiji, wounding three soldiers who were "
        "taken to the town's hospital, a source said.\n\n"
        "12 June 2023, Hawija - Gunmen killed a shepherd near Hawija and drove off with his flock, police sources "
        "in the district told the desk."
    )
    assert _article(tmp_path, text).published is None


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            'Date (MM/DD/YYYY),Town,Report\n06/14/2023,Baiji,"A bomb hit a patrol near Baiji on Saturday, wounding '
            'three soldiers."',
            dt.date(2023, 6, 14),
        ),
        (
            'Date,Town,Report\n14.06.2023,Baiji,"Yesterday a bomb hit a patrol near Baiji, wounding three soldiers."',
            dt.date(2023, 6, 14),
        ),
        (
            'year,month,day,source,text\n2023,6,14,police,"A bomb hit a patrol near Baiji on Saturday, wounding three '
            'soldiers."',
            dt.date(2023, 6, 14),
        ),
        (
            'Year,Month,Day,text\n2023,Jun,14,"A bomb hit a patrol near Baiji on Saturday, wounding three soldiers."',
            dt.date(2023, 6, 14),
        ),
    ],
)
def test_a_one_row_tables_bare_date_columns(tmp_path: Path, text: str, published: dt.date) -> None:
    assert _article(tmp_path, text, "r.csv").published == published
    (rec,) = _records(tmp_path, text, "r.csv")
    assert _day(rec) == (dt.date(2023, 6, 13) if "Yesterday" in text else dt.date(2023, 6, 10))


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("Report dt. 14/06/23 (dd/mm/yy)", dt.date(2023, 6, 14)),
        ("Sitrep 06-14-23 [mm-dd-yy]", dt.date(2023, 6, 14)),
        ("Filed 23.06.14 (yy.mm.dd)", dt.date(2023, 6, 14)),
        ("Sitrep 14/06/23", None),  # two digits of year with no order written: not read
    ],
)
def test_two_digits_of_year_beside_their_order(tmp_path: Path, header: str, published: dt.date | None) -> None:
    text = f"{header}\n\nAt approx 1100 hrs on Saturday an IED exploded near the gate in Jalawla. 1 x civilian killed."
    assert _article(tmp_path, text).published == published


@pytest.mark.parametrize(
    ("words", "year"),
    [
        ("two thousand and ten", 2010),
        ("two thousand ten", 2010),
        ("two thousand", 2000),
        ("twenty eleven", 2011),
        ("twenty twenty-one", 2021),
        ("nineteen ninety-one", 1991),
        ("nineteen", None),
        ("two thousand and one hundred", None),
    ],
)
def test_a_year_in_words(words: str, year: int | None) -> None:
    assert year_in_words(words) == year


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Written on the fifteenth of February, two thousand and ten.", dt.date(2010, 2, 15)),
        ("May the sixth, nineteen ninety-one", dt.date(1991, 5, 6)),
        ("the sixth of July, two thousand people marched", None),  # a count of people, no year
    ],
)
def test_a_date_with_its_year_in_words(text: str, day: dt.date | None) -> None:
    assert calendar_date(text) == day


def test_a_header_with_its_year_in_words_dates_the_report(tmp_path: Path) -> None:
    text = (
        "Written on the fifteenth of February, two thousand and ten.\n\nThe night before last, armed men attacked "
        "the home of a tribal sheikh in Abu Ghraib, killing two of his guards."
    )
    assert _article(tmp_path, text).published == dt.date(2010, 2, 15)
    (rec,) = _records(tmp_path, text)
    assert _day(rec) == dt.date(2010, 2, 13)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("BEFORE SUNRISE ON SUNDAY, INSURGENTS PLANTED A BOMB ON A BRIDGE IN HILLA.", dt.date(2023, 6, 11)),
        ("TWO POLICEMEN WERE KILLED NEAR BAQUBA ON 3 JUNE 2023, POLICE SAID.", dt.date(2023, 6, 3)),
        ("GUNMEN KILLED A SHEPHERD NEAR HAWIJA LAST NIGHT.", dt.date(2023, 6, 13)),
    ],
)
def test_a_telex_in_capitals(sentence: str, day: dt.date) -> None:
    assert resolve_date(sentence, dt.date(2023, 6, 14)).date == day


ATTACK_SAT = "A roadside bomb struck an army patrol near Baiji on Saturday, wounding three soldiers."


MORE = (
    "\n\nThe patrol had been searching farmland east of the town for weapons caches left by militants."
    "\n\nResidents said the road had been closed for several hours while engineers cleared it."
    "\n\nThe area has seen repeated attacks on security forces in recent months, officials said."
)


@pytest.mark.parametrize(
    "text",
    [
        f"Baiji patrol hit\n\n{ATTACK_SAT}\n\nUploaded by the Salahuddin desk on 14/06/2023{MORE}",
        f"Baiji patrol hit\n\n{ATTACK_SAT}\n\n[Transmitted: 14 Jun 2023 09:14]{MORE}",
        f"Baiji patrol hit\n\n{ATTACK_SAT}\n\nLast revised by J. Karim on 14 June 2023{MORE}",
    ],
)
def test_a_filing_word_between_the_paragraphs_dates_the_report(tmp_path: Path, text: str) -> None:
    assert _article(tmp_path, text).published == dt.date(2023, 6, 14)
    assert dt.date(2023, 6, 10) in [_day(r) for r in _records(tmp_path, text)]


@pytest.mark.parametrize(
    "text",
    [
        f"{ATTACK_SAT}\n\nUploaded by the Salahuddin desk on 14/06/2023",
        f"Baiji patrol hit\n\n{ATTACK_SAT}\n\n[Transmitted: 14 Jun 2023 09:14]",
        f"Baiji patrol hit | Compiled 14 June 2023\n\n{ATTACK_SAT}",
        f"{ATTACK_SAT}\n\nLast revised by J. Karim on 14 June 2023\n\nAll rights reserved.",
        f"{ATTACK_SAT}\n\nDate received by desk: 14/06/2023\n\nDistribution: field teams",
        f"Situation note\n\n{ATTACK_SAT}\n\nPrinted Wednesday 14 June 2023 at 10:05",
    ],
)
def test_a_filing_word_anywhere_dates_the_report(tmp_path: Path, text: str) -> None:
    assert _article(tmp_path, text).published == dt.date(2023, 6, 14)
    (rec,) = _records(tmp_path, text)
    assert _day(rec) == dt.date(2023, 6, 10)


@pytest.mark.parametrize(
    "text",
    [
        # a filing word inside a sentence of the body tells of another paper, or of what happened
        f"{ATTACK_SAT} A UN report published on 3 May 2023 counted forty such attacks near Baiji since January.",
        f"{ATTACK_SAT}\n\nTwo soldiers were reported killed on 3 May 2023.",
        f"{ATTACK_SAT}\n\nIncident date: 3 May 2023",
        f"As of 1 May 2023, at least 40 civilians had been killed in attacks near Baiji this year, the UN said in "
        f"its latest count of the district's losses.\n\n{ATTACK_SAT}{MORE}",
        f"Baiji patrol hit | Date of incident: 3 May 2023\n\n{ATTACK_SAT}{MORE}",
    ],
)
def test_look_alikes_of_a_filing_word(tmp_path: Path, text: str) -> None:
    assert _article(tmp_path, text).published is None


def test_a_one_row_trackers_date_told_overnight_stays_the_events(tmp_path: Path) -> None:
    text = (
        'Date,Province,Description\n13/06/2023,Salahuddin,"Overnight, a bomb hit a patrol near Baiji, wounding three."'
    )
    (rec,) = _records(tmp_path, text, "r.csv")
    assert _day(rec) == dt.date(2023, 6, 13)


def test_a_long_opening_entry_followed_by_later_days_is_no_report_date(tmp_path: Path) -> None:
    text = (
        "10 June 2023, Baiji - A roadside bomb struck an army patrol near Baiji, wounding three soldiers who were "
        "taken to the hospital in the town, a source said.\n\nOn 12 June, gunmen killed a shepherd near Hawija."
    )
    assert _article(tmp_path, text).published is None
    assert dt.date(2022, 6, 12) not in [_day(r) for r in _records(tmp_path, text)]


@pytest.mark.parametrize(
    "title",
    [
        "Attacks in Salahuddin: update on 14 June 2023",
        "Explosions in Baiji - situation report of 14 June 2023",
        "Daily attack brief - as of 14 June 2023",
    ],
)
def test_a_titles_harm_noun_keeps_its_date_the_reports(tmp_path: Path, title: str) -> None:
    assert _article(tmp_path, f"{title}\n\n{ATTACK_SAT}").published == dt.date(2023, 6, 14)


@pytest.mark.parametrize(
    "body",
    [
        "Gunmen attacked a checkpoint in Baquba a day before parliamentary elections, killing two policemen.",
        "Gunmen attacked a polling station in Baquba the night before voting began, killing two policemen.",
        "Gunmen shot dead a police officer in Baquba who had been discharged from hospital two days earlier.",
        "Gunmen shot dead a police officer in Baquba who had received threats the previous day.",
        "Gunmen attacked a checkpoint in Baquba in retaliation for the previous day's raid, killing two.",
        "Gunmen attacked a checkpoint in Baquba a day earlier than officials had warned, killing two.",
    ],
)
def test_a_count_back_of_something_else_dates_nothing(tmp_path: Path, body: str) -> None:
    (rec,) = _records(tmp_path, f"Dated: 14 June 2023\n\n{body}")
    assert _day(rec) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "On the sixth of July, twenty two including three children were killed in Baiji.",
        "On the sixth of July, two thousand and five hundred families fled Baiji.",
    ],
)
def test_number_words_after_a_day_are_no_year(sentence: str) -> None:
    assert resolve_date(sentence, dt.date(2023, 7, 20)).date == dt.date(2023, 7, 6)
