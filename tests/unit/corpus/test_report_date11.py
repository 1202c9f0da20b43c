"""Report dates of social-media posts and of sitreps (realworld11 class): a post's foot stamp, clock time, middle dot
and date ('9:02 AM · Mar 3, 2021 · Twitter for Android', '👁 3.1K  07:45 · 14.09.2023'), and a header whose covered
range is written month first ('SITREP: JUNE 2 – 9, 2023', 'Weekly Review: Oct 29-Nov 4, 2021'), issued at the range's
end or on the date of the short line under it; new wordings, not the set's."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.corpus.read import read_records, to_article

BODY = (
    "Gunmen attacked a police checkpoint near Baiji on Thursday night, killing one policeman and wounding two, a "
    "security source said and nobody has claimed the attack so far, according to several local officials."
)
POST = "Ali Hassan @ali_reports\n\nbreaking: militants hit an army post near Baiji tonight, one soldier dead."
# a post whose body is longer than a header line: a date under it can only come from a foot line
LONG = (
    f"{POST}\n\nsecurity sources say the attackers came from the valley and withdrew before reinforcements came in "
    "from Tikrit and the police closed the road for hours."
)

CASES = [
    # X / Twitter foot stamps: clock, dot, date, app
    ("x-pm-app", f"{POST}\n\n9:02 PM · Mar 3, 2021 · Twitter for Android\n\n12 Retweets  40 Likes", "2021-03-03"),
    ("x-am-no-app", f"{POST}\n\n6:15 AM · Sep 30, 2020", "2020-09-30"),
    ("x-day-first", f"{POST}\n\n18:20 · 7 Jan 2024 · Twitter Web App", "2024-01-07"),
    # Telegram foot stamps: views, edited, clock, dot, dd.mm.yyyy
    ("telegram-views-edited", f"{POST}\n\n\U0001f441 3.1K   edited   07:45 \u00b7 14.09.2023", "2023-09-14"),
    ("telegram-views", f"{POST}\n\n\U0001f441 820  23:59 \u00b7 01.02.2020", "2020-02-01"),
    # no post stamp: words or a count beside the date, a clock with no date, a sentence
    ("dot-no-clock", f"{LONG}\n\nviews 820 \u00b7 01.02.2020 \u00b7 3 replies", None),
    ("clock-dot-words", f"{LONG}\n\n21:14 \u00b7 after the curfew", None),
    (
        "sentence-with-dot",
        f"{LONG}\n\nThe curfew ends at 21:14 \u00b7 police say it may last until 2 March 2021 or more.",
        None,
    ),
]


@pytest.mark.parametrize(("name", "text", "iso"), CASES, ids=[r[0] for r in CASES])
def test_report_date_of_a_post_from_its_foot_stamp(tmp_path: Path, name: str, text: str, iso: str | None) -> None:
    """Class: a post's date in its foot stamp (clock · date, perhaps · app, after view counts); nothing else."""
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    (rec,) = read_records(path, 1_000_000)
    got = to_article(rec).published
    assert (got.isoformat() if got else None) == iso


RANGES = [
    ("caps-range", f"SITREP: JUNE 2 \u2013 9, 2023\n\nKey points:\n\n- {BODY}", "2023-06-09"),
    ("title-range", f"Iraq Weekly Review: March 3 - 10, 2022\n\n{BODY}", "2022-03-10"),
    ("two-months", f"Weekly Review: Oct 29-Nov 4, 2021\n\n{BODY}", "2021-11-04"),
    ("issued-below", f"Notes On Iraq, Jan 9-15, 2020\n\nFriday, January 17, 2020 | Notes\n\n{BODY}", "2020-01-17"),
    ("issued-on-line", f"Brief | April 4-10, 2022 | April 11, 2022\n\n{BODY}", "2022-04-11"),
    # the line under it is no issue date: long before or long after the range
    ("below-too-late", f"Review: Jan 9-15, 2020\n\nSaturday, March 14, 2020 | Notes\n\n{BODY}", "2020-01-15"),
    # no range: the second number is no day of the same month run
    ("not-a-range", f"Review: May 30 - 2, 2022\n\n{BODY}", None),
]


@pytest.mark.parametrize(("name", "text", "iso"), RANGES, ids=[r[0] for r in RANGES])
def test_report_date_of_a_month_first_range(tmp_path: Path, name: str, text: str, iso: str | None) -> None:
    """Class: a header's month-first range of days dates the report at its end (or at the issue date under it)."""
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    (rec,) = read_records(path, 1_000_000)
    got = to_article(rec).published
    assert (got.isoformat() if got else None) == iso
