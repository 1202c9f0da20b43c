"""The Incidents tab's offline charts: map points and sizes, monthly counts, rendering without a display or network."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from matplotlib.figure import Figure

from assistant.schemas import Count, Incident, IncidentFilters
from assistant.ui.charts import (
    MAX_SIZE,
    MIN_SIZE,
    casualties,
    incident_map,
    major_cities,
    monthly_series,
    point_size,
    province_centres,
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


def _collection(fig: Figure, gid: str):
    found = [c for ax in fig.axes for c in ax.collections if c.get_gid() == gid]
    return found[0] if found else None


def test_casualties_and_sizes() -> None:
    """Killed plus wounded (lowest figures; unknown as 0) sets the marker area, which grows with it and is capped."""
    assert casualties(inc(1, None, 9, 3)) == 12
    assert casualties(inc(2, None, 13, None, killed_high=32)) == 13  # a disputed range counts its lower end
    assert casualties(inc(3, None)) == 0
    assert point_size(0) == MIN_SIZE
    assert point_size(1) < point_size(10) < point_size(50)
    assert point_size(100_000) == MAX_SIZE


def test_map_draws_one_point_per_located_incident_sized_by_casualties() -> None:
    """Only incidents with coordinates are drawn, each at its lon/lat with its casualty-based size; the rest counted."""
    incidents = [
        inc(1, dt.date(2022, 12, 18), 9, 0, lat=35.47, lon=44.39),
        inc(2, dt.date(2021, 1, 23), 11, 10, lat=34.62, lon=43.68, attack_type="ambush"),
        inc(3, dt.date(2021, 1, 21), 32, 110, lat=33.34, lon=44.40, attack_type="suicide"),
        inc(4, None, 5, None, lat=None, lon=None),
    ]
    fig = incident_map(incidents)
    points = _collection(fig, "incidents")
    assert points is not None
    offsets = points.get_offsets()
    assert len(offsets) == 3
    assert [tuple(map(float, p)) for p in offsets] == [(44.39, 35.47), (43.68, 34.62), (44.40, 33.34)]
    assert list(points.get_sizes()) == [point_size(9), point_size(21), point_size(142)]
    assert len({tuple(c) for c in points.get_facecolors()}) == 3  # three attack types, three colours
    title = fig.axes[0].get_title()
    assert "3 incidents mapped" in title and "1 without a place" in title
    ax = fig.axes[0]
    assert ax.get_xlabel().startswith("longitude") and ax.get_ylabel().startswith("latitude")
    labels = {t.get_text() for t in ax.texts}
    assert {"Baghdad", "Mosul", "Kirkuk", "KIRKUK", "SALAHUDDIN"} <= labels  # cities and province centres as references
    legend = {t.get_text() for t in ax.get_legend().get_texts()}
    assert {"ambush", "IED attack", "suicide attack", "10 killed+wounded"} <= legend


def test_map_without_coordinates_says_so() -> None:
    """With nothing to place the map still renders the reference points and says there is nothing to show."""
    fig = incident_map([inc(1, None, lat=None, lon=None)])
    assert _collection(fig, "incidents") is None
    assert any("No incident with coordinates" in t.get_text() for t in fig.axes[0].texts)
    assert len(_collection(fig, "places").get_offsets()) > 200  # the shipped gazetteer's places


def test_map_frame_grows_for_points_outside_iraq() -> None:
    """A point outside the usual frame (bad coordinates, a neighbouring country) is still visible."""
    ax = incident_map([inc(1, None, lat=41.0, lon=29.0)]).axes[0]
    assert ax.get_xlim()[0] < 29.0 and ax.get_ylim()[1] > 41.0


def test_reference_points_come_from_the_gazetteer() -> None:
    """Cities are the largest places (suburbs folded into their city); every province has a centre inside Iraq."""
    names = [c.name for c in major_cities()]
    assert names[:3] == ["Baghdad", "Mosul", "Basra"]
    assert "Al Mawsil al Jadidah" not in names
    centres = province_centres()
    assert len(centres) == 18
    assert all(29.0 < p.lat < 37.5 and 38.7 < p.lon < 48.7 for p in centres)


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


@pytest.mark.parametrize("make", [incident_map, timeline])
def test_figures_render_to_png_offline(make) -> None:
    """Both figures render to PNG with the Agg canvas (no display, no tiles)."""
    buf = io.BytesIO()
    make([inc(1, dt.date(2022, 12, 18), 9, 2)]).savefig(buf, format="png")
    assert buf.getvalue()[:8] == b"\x89PNG\r\n\x1a\n" and len(buf.getvalue()) > 10_000


def test_map_zooms_to_the_filter_circle_and_counts_overlapping_incidents() -> None:
    """'near Kirkuk, 50 km': the map frames and draws that circle; two incidents at one point are one marker
    labelled with their first table row and '×2', sized by their summed casualties."""
    kirkuk = dict(lat=35.46806, lon=44.39222)
    incidents = [
        inc(1, dt.date(2022, 12, 18), 9, 0, **kirkuk),
        inc(2, dt.date(2022, 11, 1), 4, 0, **kirkuk),
        inc(3, dt.date(2022, 6, 1), 3, 0, lat=35.32, lon=43.78),
    ]
    filters = IncidentFilters(place="Kirkuk", radius_km=50, **kirkuk)
    ax = incident_map(incidents, filters).axes[0]
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    # about 50 km around Kirkuk (the aspect kept honest may widen one axis a little), not the whole country
    assert x0 < 43.85 and x1 > 44.95 and y0 < 35.02 and y1 > 35.9 and x1 - x0 < 2.2 and y1 - y0 < 2.2
    assert any(line.get_gid() == "radius" for line in ax.lines)
    points = _collection(ax.figure, "incidents")
    assert len(points.get_offsets()) == 2 and list(points.get_sizes())[0] == point_size(13)
    labels = {t.get_text() for t in ax.texts}
    assert {"1 \u00d72", "3", "Kirkuk: 50 km"} <= labels


def test_map_zooms_to_a_province() -> None:
    """'in Diyala' frames Diyala's places, not the whole country."""
    ax = incident_map([inc(1, None, 2, lat=33.75, lon=44.6)], IncidentFilters(province="Diyala")).axes[0]
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    assert x1 - x0 < 4 and y1 - y0 < 4 and x0 < 44.6 < x1 and y0 < 33.75 < y1


def test_timeline_ticks_name_months() -> None:
    """Month ticks read 'Nov 2022', not bare dates."""
    fig = timeline([inc(1, dt.date(2022, 11, 3), 4), inc(2, dt.date(2023, 2, 10), 2)])
    fig.canvas.draw()
    ticks = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert "Nov 2022" in ticks and all(not t or t[:3].isalpha() for t in ticks)
