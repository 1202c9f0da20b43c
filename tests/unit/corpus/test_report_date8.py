"""Report dates from the foot lines of wire copy and from the headings of two-day police logs (realworld8 classes):
new wordings, not the set's lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.corpus.read import read_records, to_article

BODY = (
    "Gunmen attacked an army post north of Khanaqin on Tuesday, killing two soldiers and wounding a third, a "
    "security official said. The official blamed an Islamic State cell hiding in the Hamrin hills."
)
REPORT_DATES = [
    (
        "ref-slash-received",
        f"KHANAQIN, Iraq, Mar 3 (PAP) \u2013 {BODY}\n\nWire ref 2003030815 / received 3 March 2020 09:14 CET",
        "2020-03-03",
    ),
    ("received-label", f"{BODY}\n\nReceived: 9 October 2021", "2021-10-09"),
    ("cleared-for-release", f"{BODY}\n\nCleared for release: 22 April 2022", "2022-04-22"),
    ("desk-received", f"{BODY}\n\nWarsaw desk, received 5 January 2023 07:40", "2023-01-05"),
    ("send-time", f"{BODY}\n\nSend time 06:55 GMT, 18 May 2024", "2024-05-18"),
    (
        "log-of-two-days-in-capitals",
        f"DIYALA POLICE COMMAND / INCIDENTS 14-15 MARCH 2022\n- 15 March, 0120: {BODY}",
        "2022-03-15",
    ),
    ("log-of-two-days-abbreviated", f"BASRA POLICE - EVENTS REGISTER - 30-31 OCT 2020\n{BODY}", "2020-10-31"),
    ("received-inside-a-sentence", f"{BODY} The ministry said it received 3 May 2020 reports of more attacks.", None),
]


@pytest.mark.parametrize(("name", "text", "iso"), REPORT_DATES, ids=[r[0] for r in REPORT_DATES])
def test_report_date_from_wire_foot_lines_and_log_headings(tmp_path: Path, name: str, text: str, iso: str) -> None:
    """Class: the report date of wire copy whose dateline has no year, from its foot line ('Wire ref … / received',
    'Cleared for release:', 'Received:', '… desk, received', 'Send time'); and a log of two days ('INCIDENTS 21-22
    JUNE 2021') dated by its last day."""
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    (rec,) = read_records(path, 1_000_000)
    got = to_article(rec).published
    assert (got.isoformat() if got else None) == iso
