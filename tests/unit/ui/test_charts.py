"""The Incidents tab's offline charts: map points and sizes, monthly counts, rendering without a display or network."""

from __future__ import annotations

import datetime as dt
import io

from assistant.schemas import Count, Incident
from assistant.ui.charts import (
    MAX_SIZE,
    MIN_SIZE,
    casualties,
    major_cities,
    monthly_series,
    point_size,
    timeline,
)


def inc(
    i: int,
    day: dt.date | None,
    killed: int | None = None,
    wounded: int | None = None,
    *,
    lat: float | None = 35.47,
    lon: float | None = 44.39,
    precision: str = "day",
    attack_type: str = "ied",
    killed_high: int | None = None,
) -> Incident:
    """An incident record with just what the charts read."""
    k = (
        Count(low=killed, high=killed if killed_high is None else killed_high, text=str(killed))
        if killed is not None
        else None
    )
    w = Count(low=wounded, high=wounded, text=str(wounded)) if wounded is not None else None
    return Incident(
        id=f"i{i}",
        event_date=day,
        date_precision=precision if day else "unknown",
        lat=lat,
        lon=lon,
        attack_type=attack_type,
        killed=k,
        wounded=w,
    )


def test_casualties_and_sizes() -> None:
    """Killed plus wounded (lowest figures; unknown as 0) sets the marker area, which grows with it and is capped."""
    assert casualties(inc(1, None, 9, 3)) == 12
    assert casualties(inc(2, None, 13, None, killed_high=32)) == 13  # a disputed range counts its lower end
    assert casualties(inc(3, None)) == 0
    assert point_size(0) == MIN_SIZE
    assert point_size(1) < point_size(10) < point_size(50)
    assert point_size(100_000) == MAX_SIZE


def test_reference_points_come_from_the_gazetteer() -> None:
    """Cities are the largest places (suburbs folded into their city)."""
    names = [c.name for c in major_cities()]
    assert names[:3] == ["Baghdad", "Mosul", "Basra"]
    assert "Al Mawsil al Jadidah" not in names


def test_monthly_series_fills_empty_months_and_leaves_out_undated() -> None:
    """Incidents and casualties are summed per month across a year end; year-only and undated ones are left out."""
    incidents = [
        inc(1, dt.date(2022, 11, 3), 4, 1),
        inc(2, dt.date(2022, 11, 28), 2, None),
        inc(3, dt.date(2023, 1, 9), 9, 0),
        inc(4, dt.date(2022, 11, 1), 1, 1, precision="month"),
        inc(5, dt.date(2022, 1, 1), 50, 0, precision="year"),
        inc(6, None, 7),
    ]
    months, n, cas, left_out = monthly_series(incidents)
    assert months == [dt.date(2022, 11, 1), dt.date(2022, 12, 1), dt.date(2023, 1, 1)]
    assert n == [3, 0, 1]
    assert cas == [9, 0, 9]
    assert left_out == 2


def test_timeline_bars_and_line_match_the_series() -> None:
    """Bar heights are incidents per month and the line is killed+wounded per month."""
    incidents = [
        inc(1, dt.date(2021, 1, 21), 32, 110),
        inc(2, dt.date(2021, 1, 23), 11, 10),
        inc(3, dt.date(2021, 3, 2), 1),
    ]
    fig = timeline(incidents)
    bars = [p.get_height() for p in fig.axes[0].patches]
    assert bars == [2, 0, 1]
    line = next(ln for ax in fig.axes for ln in ax.get_lines() if ln.get_gid() == "casualties")
    assert list(line.get_ydata()) == [163, 0, 1]
    assert "3 incidents by month" in fig.axes[0].get_title()


def test_timeline_with_nothing_dated() -> None:
    """No incident with a month: the chart says so instead of drawing empty axes."""
    fig = timeline([inc(1, None, 3)])
    assert not fig.axes[0].patches
    assert any("No incident dated to a month" in t.get_text() for t in fig.axes[0].texts)
    assert "1 without a day or month" in fig.axes[0].get_title()


def test_timeline_renders_to_png_offline() -> None:
    """The timeline renders to PNG with the Agg canvas (no display, no tiles)."""
    buf = io.BytesIO()
    timeline([inc(1, dt.date(2022, 12, 18), 9, 2)]).savefig(buf, format="png")
    assert buf.getvalue()[:8] == b"\x89PNG\r\n\x1a\n" and len(buf.getvalue()) > 10_000


def test_timeline_ticks_name_months() -> None:
    """Month ticks read 'Nov 2022', not bare dates."""
    fig = timeline([inc(1, dt.date(2022, 11, 3), 4), inc(2, dt.date(2023, 2, 10), 2)])
    fig.canvas.draw()
    ticks = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert "Nov 2022" in ticks and all(not t or t[:3].isalpha() for t in ticks)
