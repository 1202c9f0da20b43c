"""Offline charts for the Incidents tab: the monthly timeline, and what the map (`ui/svgmap.py`) draws by.

The timeline is a plain `matplotlib.figure.Figure` drawn with the Agg canvas (no pyplot, no global state, no
display): `gr.Plot` turns it into a PNG. Marker sizes, colours, reference towns and the stacking of incidents at
one point are shared with the SVG map.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from functools import cache

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import DateFormatter, MonthLocator
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from assistant.language import gazetteer
from assistant.language.gazetteer import read_data
from assistant.schemas import ATTACK_TYPES, Incident

# Iraq with a margin: the map keeps this frame so points are seen in context even when there are few.
IRAQ_LON = (38.5, 49.0)
IRAQ_LAT = (28.8, 37.6)
MIN_SIZE, SIZE_PER_CASUALTY, MAX_SIZE = 25.0, 12.0, 1600.0  # scatter sizes are areas (points^2)
MAJOR_CITIES = 22  # most populous gazetteer towns labelled on the map
TYPE_COLOURS = dict(
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


def _new_figure(width: float, height: float) -> Figure:
    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)  # Agg canvas: renders to PNG without any GUI backend
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
    rows: tuple[int, ...] = ()  # 1-based table rows of all of them


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
            rows=tuple(row for row, _ in members),
        )
        for key, members in groups.items()
    ]


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
