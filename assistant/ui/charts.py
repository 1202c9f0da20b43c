"""Offline charts for the Incidents tab: a lon/lat map over the gazetteer's places, and a monthly timeline.

Figures are plain `matplotlib.figure.Figure` objects drawn with the Agg canvas (no pyplot, no global state,
no display and no tile server): `gr.Plot` turns them into PNGs.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from functools import cache
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import DateFormatter, MonthLocator
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from assistant.incidents.labels import ATTACK_LABELS
from assistant.language import gazetteer
from assistant.language.gazetteer import read_data
from assistant.schemas import ATTACK_TYPES, Incident, IncidentFilters

# Iraq with a margin: the map keeps this frame so points are seen in context even when there are few.
IRAQ_LON = (38.5, 49.0)
IRAQ_LAT = (28.8, 37.6)
MIN_SIZE, SIZE_PER_CASUALTY, MAX_SIZE = 25.0, 12.0, 1600.0  # scatter sizes are areas (points^2)
MAJOR_CITIES = 22  # most populous gazetteer towns labelled on the map
_TYPE_COLOURS = dict(
    zip(ATTACK_TYPES, ("#d62728", "#ff7f0e", "#9467bd", "#8c564b", "#1f77b4", "#2ca02c", "#e377c2", "#7f7f7f"))
)


def casualties(inc: Incident) -> int:
    """Killed plus wounded, lowest reported figures (what the totals use); unknown counts as 0."""
    return sum(c.low or 0 for c in (inc.killed, inc.wounded) if c is not None)


def point_size(n: int) -> float:
    """Marker area for n casualties: proportional to n above a visible minimum, capped so one event can't hide a map."""
    return min(MAX_SIZE, MIN_SIZE + SIZE_PER_CASUALTY * max(0, n))


@dataclass(frozen=True)
class RefPoint:
    """A labelled reference point on the map (a city or a province's centre)."""

    name: str
    lat: float
    lon: float


@cache
def _settlements() -> tuple[tuple[float, float], ...]:
    """(lon, lat) of every place the project ships (GeoNames + UCDP): the country's outline emerges from them."""
    pts = []
    for name in ("geonames_iq.csv", "places.csv"):
        pts += [(float(r["lon"]), float(r["lat"])) for r in read_data(name) if r.get("kind", "city") != "district"]
    return tuple(pts)


@cache
def major_cities(n: int = MAJOR_CITIES) -> tuple[RefPoint, ...]:
    """The n largest towns of the GeoNames list, places within 30 km of each other counted as one town.

    A cluster is named by the shortest name among its big members: 'Mosul', not its suburb 'Al Mawsil al Jadidah'.
    """
    rows = sorted(read_data("geonames_iq.csv"), key=lambda r: -int(r["population"]))
    clusters: list[list[dict[str, str]]] = []
    for r in rows:
        home = next(
            (
                c
                for c in clusters
                if gazetteer.distance_km(float(r["lat"]), float(r["lon"]), float(c[0]["lat"]), float(c[0]["lon"])) < 30
            ),
            None,
        )
        if home is None:
            clusters.append([r])
        else:
            home.append(r)
    out = []
    for members in clusters[:n]:
        big = [m for m in members if int(m["population"]) * 4 >= int(members[0]["population"])]
        best = min(big, key=lambda m: len(m["name"]))
        out.append(RefPoint(gazetteer.display_name(best["name"]), float(best["lat"]), float(best["lon"])))
    return tuple(out)


@cache
def province_centres() -> tuple[RefPoint, ...]:
    """Each province at the mean position of its known places (the gazetteer's rough centre, not a border)."""
    out = []
    for name in gazetteer.PROVINCES:
        place = gazetteer.lookup(f"{name} province")
        if place is not None:
            out.append(RefPoint(name, place.lat, place.lon))
    return tuple(out)


def _new_figure(width: float, height: float) -> Figure:
    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)  # Agg canvas: renders to PNG without any GUI backend
    return fig


def incident_map(incidents: list[Incident], filters: IncidentFilters | None = None) -> Figure:
    """Incidents on lon/lat axes, marker area by killed+wounded, over gazetteer places, provinces and major cities.

    With a place and radius in `filters` the map zooms to that circle and draws it; with a province it zooms to the
    province's places. Incidents at one point are drawn as one marker with their count beside it; each marker is
    numbered by its first table row, so a marker and its row can be matched."""
    fig = _new_figure(7.0, 6.6)
    ax = fig.add_subplot()
    pts = [i for i in incidents if i.lat is not None and i.lon is not None]
    lons = [i.lon for i in pts if i.lon is not None]
    lats = [i.lat for i in pts if i.lat is not None]
    bg = _settlements()
    ax.scatter([p[0] for p in bg], [p[1] for p in bg], s=3, c="#c8c8c8", linewidths=0, zorder=1, gid="places")
    for p in province_centres():
        ax.annotate(
            p.name.upper(),
            (p.lon, p.lat),
            fontsize=7,
            color="#8a8a8a",
            style="italic",
            ha="center",
            va="center",
            zorder=2,
        )
    cities = major_cities()
    ax.scatter([c.lon for c in cities], [c.lat for c in cities], s=14, marker="s", c="#333333", zorder=3, gid="cities")
    for c in cities:
        ax.annotate(
            c.name, (c.lon, c.lat), xytext=(4, 3), textcoords="offset points", fontsize=8, color="#222222", zorder=3
        )
    if pts:
        spots = stacked(incidents)
        ax.scatter(
            [x.lon for x in spots],
            [x.lat for x in spots],
            s=[point_size(x.casualties) for x in spots],
            c=[_TYPE_COLOURS[x.attack_type] for x in spots],
            alpha=0.6,
            edgecolors="black",
            linewidths=0.6,
            zorder=4,
            gid="incidents",
        )
        for x in spots:  # the first table row at the point, and how many incidents share it
            label = f"{x.first_row}" + (f" \u00d7{x.count}" if x.count > 1 else "")
            ax.annotate(label, (x.lon, x.lat), xytext=(5, -9), textcoords="offset points", fontsize=7, zorder=5)
        ax.set_xlim(min(IRAQ_LON[0], min(lons) - 0.5), max(IRAQ_LON[1], max(lons) + 0.5))
        ax.set_ylim(min(IRAQ_LAT[0], min(lats) - 0.5), max(IRAQ_LAT[1], max(lats) + 0.5))
        types = [t for t in ATTACK_TYPES if any(i.attack_type == t for i in pts)]
        handles = [
            Line2D([], [], marker="o", ls="", color=_TYPE_COLOURS[t], alpha=0.7, label=ATTACK_LABELS[t]) for t in types
        ]
        handles += [
            Line2D(
                [],
                [],
                marker="o",
                ls="",
                mfc="none",
                mec="black",
                markersize=math.sqrt(point_size(n)),
                label=f"{n} killed+wounded",
            )
            for n in (1, 10, 50)
        ]
        ax.legend(handles=handles, loc="lower left", fontsize=7, framealpha=0.85, labelspacing=1.1)
    else:
        ax.set_xlim(*IRAQ_LON)
        ax.set_ylim(*IRAQ_LAT)
        ax.text(0.5, 0.5, "No incident with coordinates", transform=ax.transAxes, ha="center", fontsize=11)
    _zoom(ax, filters, pts)
    # Degrees of longitude are shorter than degrees of latitude here: keep distances honest (equirectangular).
    ax.set_aspect(1 / math.cos(math.radians(33.0)))
    ax.set_xlabel("longitude (\u00b0E)")
    ax.set_ylabel("latitude (\u00b0N)")
    ax.grid(True, color="#eeeeee", zorder=0)
    missing = len(incidents) - len(pts)
    title = f"{len(pts)} incident{'s' if len(pts) != 1 else ''} mapped"
    ax.set_title(title + (f" ({missing} without a place not shown)" if missing else ""), fontsize=10)
    return fig


@dataclass(frozen=True)
class Spot:
    """Incidents drawn as one marker: those at the same point (to about 100 m)."""

    lat: float
    lon: float
    count: int
    casualties: int
    attack_type: str
    first_row: int  # 1-based row of the first of them in the table


def stacked(incidents: list[Incident]) -> list[Spot]:
    """One spot per point, in table order: overlapping incidents are counted, not hidden under each other."""
    groups: dict[tuple[float, float], list[tuple[int, Incident]]] = {}
    for row, inc in enumerate(incidents, 1):
        if inc.lat is not None and inc.lon is not None:
            groups.setdefault((round(inc.lat, 3), round(inc.lon, 3)), []).append((row, inc))
    return [
        Spot(
            lat=members[0][1].lat or key[0],
            lon=members[0][1].lon or key[1],
            count=len(members),
            casualties=sum(casualties(i) for _, i in members),
            attack_type=members[0][1].attack_type,
            first_row=members[0][0],
        )
        for key, members in groups.items()
    ]


def _zoom(ax: Any, filters: IncidentFilters | None, pts: list[Incident]) -> None:
    """Frame the filter's circle (drawn) or province; the whole country otherwise."""
    if filters is None:
        return
    if filters.lat is not None and filters.lon is not None and filters.radius_km:
        dlat = filters.radius_km / 111.0
        dlon = dlat / math.cos(math.radians(filters.lat))
        circle = [
            (filters.lon + dlon * math.cos(t / 60 * 2 * math.pi), filters.lat + dlat * math.sin(t / 60 * 2 * math.pi))
            for t in range(61)
        ]
        ax.plot(
            [c[0] for c in circle], [c[1] for c in circle], ls="--", lw=1.2, color="#d97706", zorder=3, gid="radius"
        )
        label = f"{filters.place or 'point'}: {filters.radius_km:g} km"
        ax.annotate(
            label,
            (filters.lon, filters.lat + dlat),
            xytext=(0, 4),
            textcoords="offset points",
            ha="center",
            fontsize=8,
            color="#b45309",
        )
        xs = [filters.lon - dlon * 1.3, filters.lon + dlon * 1.3] + [i.lon for i in pts if i.lon is not None]
        ys = [filters.lat - dlat * 1.3, filters.lat + dlat * 1.3] + [i.lat for i in pts if i.lat is not None]
    elif filters.province:
        places = gazetteer.province_points(filters.province)
        if not places:
            return
        ys = [p[0] for p in places] + [i.lat for i in pts if i.lat is not None]
        xs = [p[1] for p in places] + [i.lon for i in pts if i.lon is not None]
    else:
        return
    ax.set_xlim(min(xs) - 0.15, max(xs) + 0.15)
    ax.set_ylim(min(ys) - 0.15, max(ys) + 0.15)


def monthly_series(incidents: list[Incident]) -> tuple[list[dt.date], list[int], list[int], int]:
    """(month starts, incidents per month, killed+wounded per month, incidents left out) with empty months as 0.

    Only incidents dated to the day or the month are placed; a year or no date cannot be put in a month.
    """
    counts: dict[dt.date, tuple[int, int]] = {}
    left_out = 0
    for inc in incidents:
        if inc.event_date is None or inc.date_precision not in ("day", "month"):
            left_out += 1
            continue
        key = inc.event_date.replace(day=1)
        n, c = counts.get(key, (0, 0))
        counts[key] = (n + 1, c + casualties(inc))
    if not counts:
        return [], [], [], left_out
    months, m, last = [], min(counts), max(counts)
    while m <= last:
        months.append(m)
        m = dt.date(m.year + m.month // 12, m.month % 12 + 1, 1)
    return months, [counts.get(m, (0, 0))[0] for m in months], [counts.get(m, (0, 0))[1] for m in months], left_out


def timeline(incidents: list[Incident]) -> Figure:
    """Incidents per month (bars) and killed+wounded per month (line, right axis)."""
    fig = _new_figure(8.0, 3.4)
    ax = fig.add_subplot()
    months, n_inc, n_cas, left_out = monthly_series(incidents)
    note = f" \u00b7 {left_out} without a day or month not shown" if left_out else ""
    if not months:
        ax.text(0.5, 0.5, "No incident dated to a month", transform=ax.transAxes, ha="center", fontsize=11)
        ax.set_title("Incidents per month" + note, fontsize=10)
        ax.set_yticks([])
        ax.set_xticks([])
        return fig
    ax.bar(months, n_inc, width=24, color="#4c72b0", label="incidents", gid="incidents", zorder=2)
    ax.set_ylabel("incidents")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax2 = ax.twinx()
    centres = [m + dt.timedelta(days=12) for m in months]
    ax2.plot(centres, n_cas, color="#c44e52", marker="o", markersize=4, label="killed + wounded", gid="casualties")
    ax2.set_ylabel("killed + wounded")
    ax2.set_ylim(bottom=0)
    ax2.yaxis.get_major_locator().set_params(integer=True)
    ax.set_xlim(months[0] - dt.timedelta(days=20), months[-1] + dt.timedelta(days=45))
    # Month ticks ('Nov 2022'), thinned to at most about a dozen labels.
    step = max(1, math.ceil(len(months) / 12))
    ax.xaxis.set_major_locator(MonthLocator(interval=step))
    ax.xaxis.set_major_formatter(DateFormatter("%b %Y"))
    fig.autofmt_xdate()
    ax.grid(True, axis="y", color="#eeeeee", zorder=0)
    lines = [
        Line2D([], [], color="#4c72b0", lw=6, label="incidents"),
        Line2D([], [], color="#c44e52", marker="o", label="killed + wounded (lowest reported)"),
    ]
    fig.legend(handles=lines, loc="outside lower center", ncols=2, fontsize=8, frameon=False)
    ax.set_title(f"{sum(n_inc)} incidents by month{note}", fontsize=10)
    return fig
