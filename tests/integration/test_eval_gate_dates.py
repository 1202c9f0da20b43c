"""CI gates for the event-date reader's blind sets: dates1 (160 one-attack reports whose report date sits in 65 kinds
of place), dates2 (200 longer reports, 85 kinds of place, distractor dates in most) and dates3 (200 wordings of the
attack's day). Dev after work on it (in-sample), final scored once or re-scored, misses unread (FIRST_RUN.md);
minimums ~0.02 below."""

from __future__ import annotations

import functools
from typing import Any

import pytest

from assistant.evaluation.dateset import DATE_SETS, score

DATES1_MIN = {
    "record_dev": 0.98,  # 1.00
    "event_date_dev": 0.96,  # 0.99
    "report_date_dev": 0.96,  # 0.99
    "record_final": 0.94,  # 0.96
    "event_date_final": 0.73,  # 0.75 re-scored (first run 0.65, scored once 0.68)
    "report_date_final": 0.80,  # 0.82 re-scored (first run 0.72, scored once 0.78)
}
DATES2_MIN = {
    "record_dev": 0.98,  # 1.00
    "event_date_dev": 0.89,  # 0.91
    "report_date_dev": 0.95,  # 0.97
    "record_final": 0.97,  # 0.99 re-scored (first run 0.93, scored once 0.97)
    "event_date_final": 0.89,  # 0.91 re-scored (first run 0.74, scored once 0.86)
    "report_date_final": 0.91,  # 0.93 re-scored (first run 0.76, scored once 0.89)
}
DATES3_MIN = {
    "record_dev": 0.98,  # 1.00
    "event_date_dev": 0.95,  # 0.97
    "report_date_dev": 0.98,  # 1.00
    "record_final": 0.91,  # 0.93 (first run 0.88)
    "event_date_final": 0.76,  # 0.78 (first run 0.69)
    "report_date_final": 0.98,  # 1.00 (first run 0.96)
}


MINIMUMS = {"dates1": DATES1_MIN, "dates2": DATES2_MIN, "dates3": DATES3_MIN}


@functools.cache
def _figures(name: str) -> dict[str, Any]:
    return score(DATE_SETS[name], ("dev", "final"))["figures"]


@pytest.mark.parametrize(
    ("name", "figure", "minimum"),
    [(name, figure, minimum) for name, floor in MINIMUMS.items() for figure, minimum in sorted(floor.items())],
)
def test_dates_scores(name: str, figure: str, minimum: float) -> None:
    value = _figures(name)[figure]
    assert value is not None and value >= minimum, (name, figure, value)


def test_every_dates_set_is_gated() -> None:
    assert set(DATE_SETS) == set(MINIMUMS)
