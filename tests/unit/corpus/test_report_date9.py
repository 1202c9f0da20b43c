"""Report dates of wire copy signed off under its last paragraph (realworld9 class): the date with the agency that
files the copy ('12 Feb 2022 - AFP', 'dpa sk/rw 3 June 2020', 'Xinhua | 30 May 2021'); new wordings, not the set's."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.corpus.read import read_records, to_article

BODY = (
    "Tikrit (Iraq) (AFP) - Gunmen attacked an army post east of Tikrit on Monday night, killing two soldiers, a "
    "security official said.\n\nThe official blamed Islamic State group sleeper cells hiding in the Mutaibija desert."
)
SIGN_OFFS = [
    ("date-dash-agency", f"{BODY}\n\n12 Feb 2022 - AFP", "2022-02-12"),
    ("agency-initials-date", f"{BODY}\n\ndpa sk/rw 3 June 2020", "2020-06-03"),
    ("agency-date", f"{BODY}\n\nReuters 17 November 2019", "2019-11-17"),
    ("agency-bar-date", f"{BODY}\n\nXinhua | 30 May 2021", "2021-05-30"),
    ("month-first-comma-agency", f"{BODY}\n\nAugust 4, 2023, AFP", "2023-08-04"),
    ("bracketed-agency", f"{BODY}\n\n(AP) 21 Jan 2024", "2024-01-21"),
    # not a sign-off: an agency that is no wire service, a sentence, a date without its year
    ("not-an-agency", f"{BODY}\n\n12 Feb 2022 - police", None),
    ("a-sentence-naming-the-agency", f"{BODY}\n\nAFP first reported the attack in a story on 12 Feb 2022.", None),
    ("no-year", f"{BODY}\n\n12 Feb - AFP", None),
]


@pytest.mark.parametrize(("name", "text", "iso"), SIGN_OFFS, ids=[r[0] for r in SIGN_OFFS])
def test_report_date_from_a_wire_sign_off(tmp_path: Path, name: str, text: str, iso: str | None) -> None:
    """Class: a foot line that holds only the report's date and the wire agency signing the copy off (with its
    editors' initials), as AFP, dpa, Reuters, Xinhua and AP copy ends; not any short line with a date."""
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    (rec,) = read_records(path, 1_000_000)
    got = to_article(rec).published
    assert (got.isoformat() if got else None) == iso


CLOCKED = [
    ("foot-date-clock-zone", f"{BODY}\n\n6 March 2021 10:05 GMT", "2021-03-06"),
    ("foot-date-at-clock", f"{BODY}\n\nMarch 6, 2021 at 9:40 am", "2021-03-06"),
    ("foot-updated-at-clock", f"{BODY}\n\nLast updated 6 March 2021 at 10:05", "2021-03-06"),
    ("foot-published-offset", f"{BODY}\n\nPublished: 06/03/2021 - 11:42 +03:00", "2021-03-06"),
    # not a date line: a clock time with words that are no zone, a sentence
    ("clock-and-words", f"{BODY}\n\n6 March 2021 10:05 curfew lifted", None),
    ("sentence-with-clock", f"{BODY}\n\nThe curfew began on 6 March 2021 at 10:05.", None),
]


@pytest.mark.parametrize(("name", "text", "iso"), CLOCKED, ids=[r[0] for r in CLOCKED])
def test_report_date_from_a_foot_line_with_its_clock_time(
    tmp_path: Path, name: str, text: str, iso: str | None
) -> None:
    """Class: a foot line that is the report's date and its clock time, perhaps with a zone or 'at' ('6 March 2021
    10:05 GMT', 'Last updated 6 March 2021 at 10:05'); not a line with other words after the time."""
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    (rec,) = read_records(path, 1_000_000)
    got = to_article(rec).published
    assert (got.isoformat() if got else None) == iso
