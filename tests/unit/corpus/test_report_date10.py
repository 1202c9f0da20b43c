"""Report dates in the formats real agencies and pages use (realworld10 class): a foot line with its clock time
before the date or after it with a meridiem and a zone ('Updated 8:50 PM GMT+3, December 28, 2019', 'July 15, 2025
11:48 AM GMT+3'), an agency's source line with a time stamp ('Source: Xinhua | 2024-09-10 18:30:12'), a UN or NGO
release's title-case dateline with a full date ('Baghdad, 15 December 2019 - '), and a digest's issue date after
its covered range; new wordings, not the set's."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.corpus.read import read_records, to_article

BODY = (
    "Gunmen attacked a police checkpoint near Baiji on Thursday night, killing one policeman and wounding two, a "
    "security source said.\n\nNo group claimed the attack."
)
WIRE = f"SAMARRA, Iraq, Oct 3 (Reuters) - {BODY}"

CASES = [
    # clock time first, then the date (AP's foot line)
    ("updated-clock-first", f"{WIRE}\n\nUpdated 10:15 AM GMT+3, October 3, 2021", "2021-10-03"),
    ("published-clock-first", f"{WIRE}\n\nPublished 7:02 p.m. EDT, Oct. 3, 2021", "2021-10-03"),
    ("updated-24h-first", f"{WIRE}\n\nLast updated 23:40 GMT, 3 October 2021", "2021-10-03"),
    # date, then clock with meridiem and zone together (Reuters' foot line)
    ("date-clock-meridiem-zone", f"{WIRE}\n\nOctober 3, 2021 6:20 PM GMT+3", "2021-10-03"),
    ("date-clock-am-utc", f"{WIRE}\n\n3 October 2021 9:05 am UTC", "2021-10-03"),
    # an agency's source line with a time stamp
    ("source-agency-stamp", f"{WIRE}\n\nSource: Xinhua | 2021-10-03 21:14:07", "2021-10-03"),
    ("source-agency-date", f"{WIRE}\n\nSource: Anadolu | 3 October 2021", "2021-10-03"),
    ("agency-bar-stamp", f"{WIRE}\n\nXinhua | 2021-10-03 08:01", "2021-10-03"),
    # a title-case dateline with a full date, no agency (UN, NGO releases)
    ("un-dateline-day-first", f"UN mission condemns attack\n\nTikrit, 4 October 2021 - {BODY}", "2021-10-04"),
    ("ngo-dateline-month-first", f"Statement\n\nErbil, October 4, 2021 \u2013 {BODY}", "2021-10-04"),
    # not a report date: clock with other words, a source line that is no agency, a dateline without a year,
    # a sentence
    ("clock-then-words", f"{WIRE}\n\nUpdated 10:15 AM after the curfew, October 3, 2021", None),
    ("source-not-agency", f"{WIRE}\n\nSource: police | 2021-10-03 21:14:07", None),
    ("title-case-no-year", f"UN mission condemns attack\n\nTikrit, 4 October - {BODY}", None),
    ("sentence-with-date", f"{WIRE}\n\nThe curfew was lifted at 6:20 PM on October 3, 2021 in Samarra.", None),
]


@pytest.mark.parametrize(("name", "text", "iso"), CASES, ids=[r[0] for r in CASES])
def test_report_date_in_agency_and_release_formats(tmp_path: Path, name: str, text: str, iso: str | None) -> None:
    """Class: the report's own date as agencies, UN notes and pages write it (clock before the date, meridiem with
    zone, 'Source: <agency> | <stamp>', a title-case dateline with a full date); not a sentence or an unknown source."""
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    (rec,) = read_records(path, 1_000_000)
    got = to_article(rec).published
    assert (got.isoformat() if got else None) == iso


DIGESTS = [
    ("range-then-issue-on-line", "Ninewa weekly note | 11-17 March 2023 | 19 March 2023\n\n" + BODY, "2023-03-19"),
    ("range-then-prepared", "ANBAR: SECURITY EVENTS, 2-15 MAY 2022\nPrepared May 16, 2022\n\n" + BODY, "2022-05-16"),
    ("range-then-date-of-issue", "Sitrep (1-7 Feb 2020)\nDate of issue: 9 February 2020\n\n" + BODY, "2020-02-09"),
    # no issue date: the range's end, as before
    ("range-only", "Weekly summary, 24-30 June 2022\n\n" + BODY, "2022-06-30"),
    ("range-then-other-line", "Weekly summary, 24-30 June 2022\nKirkuk desk\n\n" + BODY, "2022-06-30"),
]


@pytest.mark.parametrize(("name", "text", "iso"), DIGESTS, ids=[r[0] for r in DIGESTS])
def test_digest_issue_date_after_its_range(tmp_path: Path, name: str, text: str, iso: str) -> None:
    """Class: a digest's header names the period it covers and then its issue date, on the same line or the next
    ('Prepared ...', 'Date of issue: ...'): the issue date is the report's; without one, the range's last day."""
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    (rec,) = read_records(path, 1_000_000)
    got = to_article(rec).published
    assert got is not None and got.isoformat() == iso
