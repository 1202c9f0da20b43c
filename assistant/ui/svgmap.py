"""The Incidents tab's map as inline SVG: province boundaries, reference towns, incidents with hover/click details.

Drawn by code from package data (no tiles, no network, no script): Iraq's 18 provinces from Natural Earth
(`assistant/data/provinces_iq.json`), the largest towns, and one marker per point where incidents happened,
numbered by the first table row there and sized by killed + wounded. Hovering a marker (or clicking it, which
focuses it; Tab works too) shows a styled box with each incident at that point: row, date at its precision, type,
place, figures and perpetrator. Every text from a record is escaped: an article cannot put markup in the page.

The projection is equirectangular with longitude scaled by cos(latitude), so a circle of N km is drawn round.
"""

from __future__ import annotations

import html
import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from assistant.incidents.labels import ATTACK_LABELS, when_label
from assistant.schemas import ATTACK_TYPES, Incident, IncidentFilters, actor_label
from assistant.ui.charts import IRAQ_LAT, IRAQ_LON, TYPE_COLOURS, Spot, major_cities, point_size, stacked

WIDTH, HEIGHT = 720.0, 640.0
MARGIN = 0.15  # degrees around a zoomed frame
TIP_LINES = 8  # incidents listed in one marker's box; the rest are counted
TIP_CHARS = 92  # a line longer than this is cut with an ellipsis
BOUNDARY_CREDIT = "Province boundaries: Natural Earth (public domain). Towns: GeoNames (CC BY 4.0)."


@dataclass(frozen=True)
class Province:
    """A province's name and outline."""

    name: str
    rings: tuple[tuple[tuple[float, float], ...], ...]  # (lon, lat) rings

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """(lon0, lon1, lat0, lat1) of the outline."""
        xs = [x for r in self.rings for x, _ in r]
        ys = [y for r in self.rings for _, y in r]
        return min(xs), max(xs), min(ys), max(ys)

    def label_point(self) -> tuple[float, float]:
        """Area centroid of the largest ring: where the province's name is written."""
        ring = max(self.rings, key=lambda r: abs(_area(r)))
        a = _area(ring)
        cx = cy = 0.0
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            cross = x1 * y2 - x2 * y1
            cx += (x1 + x2) * cross
            cy += (y1 + y2) * cross
        return (cx / (6 * a), cy / (6 * a)) if a else ring[0]

    def contains(self, lon: float, lat: float) -> bool:
        """Whether the point lies inside the outline (even-odd rule over all rings)."""
        inside = False
        for ring in self.rings:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
                if (y1 > lat) != (y2 > lat) and lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1:
                    inside = not inside
        return inside


def _area(ring: tuple[tuple[float, float], ...]) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True)) / 2


@cache
def provinces() -> tuple[Province, ...]:
    """Iraq's provinces with their outlines (package data built by `assistant.data.build_provinces`)."""
    data = json.loads(resources.files("assistant.data").joinpath("provinces_iq.json").read_text(encoding="utf-8"))
    return tuple(
        Province(p["name"], tuple(tuple((float(x), float(y)) for x, y in r) for r in p["rings"]))
        for p in data["provinces"]
    )


def province_at(lat: float, lon: float) -> str | None:
    """The province whose outline holds the point, or None (outside Iraq, or on a coast the outline cuts)."""
    return next((p.name for p in provinces() if p.contains(lon, lat)), None)


class Frame:
    """Lon/lat bounds fitted into the WIDTH x HEIGHT view, centred, longitude scaled by cos(mid latitude)."""

    def __init__(self, lon0: float, lon1: float, lat0: float, lat1: float) -> None:
        self.cos = math.cos(math.radians((lat0 + lat1) / 2))
        self.scale = min(WIDTH / max((lon1 - lon0) * self.cos, 1e-6), HEIGHT / max(lat1 - lat0, 1e-6))
        self.lon_mid, self.lat_mid = (lon0 + lon1) / 2, (lat0 + lat1) / 2

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        """Pixel position of a point."""
        return (
            WIDTH / 2 + (lon - self.lon_mid) * self.cos * self.scale,
            HEIGHT / 2 - (lat - self.lat_mid) * self.scale,
        )

    def km(self, km: float) -> float:
        """Pixels for a distance (a degree of latitude is about 111 km)."""
        return km / 111.0 * self.scale

    def lonlat_bounds(self) -> tuple[float, float, float, float]:
        """What the view shows: (lon0, lon1, lat0, lat1)."""
        half_w, half_h = WIDTH / 2 / (self.cos * self.scale), HEIGHT / 2 / self.scale
        return self.lon_mid - half_w, self.lon_mid + half_w, self.lat_mid - half_h, self.lat_mid + half_h


def frame_for(filters: IncidentFilters | None, pts: list[Incident]) -> Frame:
    """The filter's circle or province (with the incidents shown); the whole country, widened to any point outside."""
    lons = [i.lon for i in pts if i.lon is not None]
    lats = [i.lat for i in pts if i.lat is not None]
    if filters is not None and filters.lat is not None and filters.lon is not None and filters.radius_km:
        dlat = filters.radius_km / 111.0 * 1.3
        dlon = dlat / math.cos(math.radians(filters.lat))
        xs, ys = [filters.lon - dlon, filters.lon + dlon, *lons], [filters.lat - dlat, filters.lat + dlat, *lats]
        return Frame(min(xs) - MARGIN, max(xs) + MARGIN, min(ys) - MARGIN, max(ys) + MARGIN)
    shape = next((p for p in provinces() if filters is not None and p.name == filters.province), None)
    if shape is not None:
        x0, x1, y0, y1 = shape.bounds
        return Frame(
            min([x0, *lons]) - MARGIN, max([x1, *lons]) + MARGIN, min([y0, *lats]) - MARGIN, max([y1, *lats]) + MARGIN
        )
    return Frame(
        min([IRAQ_LON[0], *(x - 0.5 for x in lons)]),
        max([IRAQ_LON[1], *(x + 0.5 for x in lons)]),
        min([IRAQ_LAT[0], *(y - 0.5 for y in lats)]),
        max([IRAQ_LAT[1], *(y + 0.5 for y in lats)]),
    )


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _cut(text: str) -> str:
    return text if len(text) <= TIP_CHARS else text[: TIP_CHARS - 1] + "\u2026"


def marker_radius(casualties: int) -> float:
    """Pixels: the marker's area follows the table's killed + wounded (capped), as in the legend."""
    return 0.6 * math.sqrt(point_size(casualties))


def incident_line(row: int, inc: Incident) -> str:
    """One line of a marker's box: '3. 2022-12-18 · IED attack · Kirkuk (Kirkuk) · 9 killed, 2 wounded · by ISIS'."""
    where = inc.place_text or inc.place or "place unknown"
    if inc.province and inc.province != where:
        where += f" ({inc.province})"
    figs = ", ".join(f"{c.label()} {name}" for name, c in (("killed", inc.killed), ("wounded", inc.wounded)) if c)
    parts = [f"{row}. {when_label(inc)}", ATTACK_LABELS[inc.attack_type], where, figs or "no figures reported"]
    if inc.perpetrator:
        parts.append(f"by {actor_label(inc.perpetrator)}")
    return _cut(" \u00b7 ".join(parts))


def _tip(k: int, spot: Spot, members: list[tuple[int, Incident]], x: float, y: float, r: float) -> str:
    lines = [incident_line(row, i) for row, i in members[:TIP_LINES]]
    if len(members) > TIP_LINES:
        lines.append(f"\u2026 and {len(members) - TIP_LINES} more at this point (see the table)")
    head = f"{spot.count} incident{'s' if spot.count != 1 else ''} here \u00b7 {spot.casualties} killed+wounded"
    w = 16 + 6.1 * max(len(t) for t in [head, *lines])
    h = 14 + 15 * (len(lines) + 1)
    tx = x + r + 6 if x + r + 6 + w <= WIDTH else max(2.0, x - r - 6 - w)
    ty = min(max(2.0, y - h / 2), HEIGHT - h - 2)
    texts = [f'<text x="{tx + 8:.1f}" y="{ty + 18:.1f}" class="tip-head">{_e(head)}</text>']
    texts += [f'<text x="{tx + 8:.1f}" y="{ty + 33 + 15 * n:.1f}">{_e(t)}</text>' for n, t in enumerate(lines)]
    return (
        f'<g class="tip" id="incmap-tip-{k}"><rect x="{tx:.1f}" y="{ty:.1f}" width="{w:.1f}" height="{h:.1f}" '
        f'rx="5"/>{"".join(texts)}</g>'
    )


def _legend(types: list[str], frame_h: float) -> str:
    rows = [(ATTACK_LABELS[t], TYPE_COLOURS[t], 5.0) for t in types]
    sizes = [(f"{n} killed+wounded", None, marker_radius(n)) for n in (1, 10, 50)]
    items = rows + sizes
    h = 10 + sum(max(16.0, 2 * r + 6) for _, _, r in items)
    y = frame_h - h - 22
    out = [f'<rect class="legend" x="8" y="{y:.1f}" width="150" height="{h:.1f}" rx="4"/>']
    cy = y + 6
    for label, colour, r in items:
        step = max(16.0, 2 * r + 6)
        mid = cy + step / 2
        fill = f'fill="{colour}" fill-opacity="0.7"' if colour else 'fill="none"'
        out.append(f'<circle cx="{20 + max(r, 5):.1f}" cy="{mid:.1f}" r="{r:.1f}" {fill} stroke="#222"/>')
        out.append(f'<text x="{30 + 2 * max(r, 5):.1f}" y="{mid + 4:.1f}" class="legend-text">{_e(label)}</text>')
        cy += step
    return "".join(out)


_STYLE = """
#incmap-svg{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;background:#f7fafc;max-width:100%;height:auto}
#incmap-svg .prov{fill:#ffffff;stroke:#94a3b8;stroke-width:0.8}
#incmap-svg .prov.asked{fill:#fff7d6;stroke:#b45309;stroke-width:1.6}
#incmap-svg .prov-name{font-size:10px;fill:#8a8a8a;font-style:italic;text-anchor:middle;pointer-events:none}
#incmap-svg .city{fill:#333}
#incmap-svg .city-name{font-size:11px;fill:#222;pointer-events:none}
#incmap-svg .spot{cursor:pointer;outline:none}
#incmap-svg .spot circle{fill-opacity:0.65;stroke:#111;stroke-width:0.8}
#incmap-svg .spot:hover circle,#incmap-svg .spot:focus circle{stroke-width:2.4;fill-opacity:0.9}
#incmap-svg .spot-label{font-size:10px;fill:#111;pointer-events:none}
#incmap-svg .radius{fill:none;stroke:#d97706;stroke-width:1.4;stroke-dasharray:6 4}
#incmap-svg .radius-label{font-size:11px;fill:#b45309;text-anchor:middle}
#incmap-svg .title{font-size:13px;fill:#111;text-anchor:middle}
#incmap-svg .credit{font-size:9px;fill:#64748b;text-anchor:end}
#incmap-svg .legend{fill:#ffffff;fill-opacity:0.9;stroke:#cbd5e1}
#incmap-svg .legend-text{font-size:10px;fill:#222}
#incmap-svg .empty{font-size:15px;fill:#475569;text-anchor:middle}
#incmap-svg .tip{display:none;pointer-events:none}
#incmap-svg .tip rect{fill:#ffffff;stroke:#334155;stroke-width:1;filter:drop-shadow(0 1px 2px rgba(0,0,0,.25))}
#incmap-svg .tip text{font-size:11px;fill:#111}
#incmap-svg .tip .tip-head{font-weight:600}
"""


def incident_map(incidents: list[Incident], filters: IncidentFilters | None = None) -> str:
    """The map as one `<svg>` element, for `gr.HTML`. Markers follow the table's order (row numbers)."""
    pts = [i for i in incidents if i.lat is not None and i.lon is not None]
    frame = frame_for(filters, pts)
    asked = filters.province if filters is not None else None
    out = [
        f'<svg id="incmap-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH:g} {HEIGHT:g}" '
        f'width="{WIDTH:g}" height="{HEIGHT:g}" role="img" aria-label="Map of the listed incidents">',
        f"<style>{_STYLE}</style>",
        '<g id="incmap-provinces">',
    ]
    for p in provinces():
        d = " ".join(
            "M" + " L".join("{:.1f},{:.1f}".format(*frame.xy(x, y)) for x, y in ring) + " Z" for ring in p.rings
        )
        cls = "prov asked" if p.name == asked else "prov"
        out.append(f'<path class="{cls}" data-province="{_e(p.name)}" d="{d}"><title>{_e(p.name)}</title></path>')
    out.append("</g>")
    for p in provinces():
        x, y = frame.xy(*p.label_point())
        out.append(f'<text class="prov-name" x="{x:.1f}" y="{y:.1f}">{_e(p.name.upper())}</text>')
    for c in major_cities():
        x, y = frame.xy(c.lon, c.lat)
        out.append(f'<rect class="city" x="{x - 2.5:.1f}" y="{y - 2.5:.1f}" width="5" height="5"/>')
        out.append(f'<text class="city-name" x="{x + 5:.1f}" y="{y - 4:.1f}">{_e(c.name)}</text>')
    if filters is not None and filters.lat is not None and filters.lon is not None and filters.radius_km:
        x, y = frame.xy(filters.lon, filters.lat)
        r = frame.km(filters.radius_km)
        out.append(f'<circle class="radius" id="incmap-radius" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"/>')
        label = f"{filters.place or 'point'}: {filters.radius_km:g} km"
        out.append(f'<text class="radius-label" x="{x:.1f}" y="{y - r - 5:.1f}">{_e(label)}</text>')
    tips, rules = [], []
    # Larger markers first, so a small one next to a big one stays on top and can be hovered.
    for k, spot in enumerate(sorted(stacked(incidents), key=lambda s: -s.casualties)):
        x, y = frame.xy(spot.lon, spot.lat)
        r = marker_radius(spot.casualties)
        label = f"{spot.first_row}" + (f" \u00d7{spot.count}" if spot.count > 1 else "")
        members = [(row, incidents[row - 1]) for row in spot.rows]
        aria = f"{label}: " + "; ".join(incident_line(row, i) for row, i in members[:TIP_LINES])
        out.append(
            f'<g class="spot" id="incmap-spot-{k}" tabindex="0" data-row="{spot.first_row}" '
            f'data-count="{spot.count}" aria-label="{_e(aria)}">'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{TYPE_COLOURS[spot.attack_type]}"/>'
            f'<text class="spot-label" x="{x + r + 2:.1f}" y="{y + r + 8:.1f}">{_e(label)}</text></g>'
        )
        tips.append(_tip(k, spot, members, x, y, r))
        rules.append(f"#incmap-svg:has(#incmap-spot-{k}:hover) #incmap-tip-{k}")
        rules.append(f"#incmap-svg:has(#incmap-spot-{k}:focus) #incmap-tip-{k}")
    if pts:
        types = [t for t in ATTACK_TYPES if any(i.attack_type == t for i in pts)]
        out.append(_legend(types, HEIGHT))
    else:
        out.append(f'<text class="empty" x="{WIDTH / 2:g}" y="{HEIGHT / 2:g}">No incident with coordinates</text>')
    missing = len(incidents) - len(pts)
    title = f"{len(pts)} incident{'s' if len(pts) != 1 else ''} mapped"
    title += f" ({missing} without a place not shown)" if missing else ""
    title += " \u00b7 hover or click a marker for details" if pts else ""
    out.append(f'<rect x="0" y="0" width="{WIDTH:g}" height="24" fill="#f7fafc" fill-opacity="0.85"/>')
    out.append(f'<text class="title" x="{WIDTH / 2:g}" y="17">{_e(title)}</text>')
    out.append(f'<text class="credit" x="{WIDTH - 6:g}" y="{HEIGHT - 6:g}">{_e(BOUNDARY_CREDIT)}</text>')
    out.extend(tips)
    if rules:
        out.append("<style>" + ",".join(rules) + "{display:inline}</style>")
    out.append("</svg>")
    return "".join(out)
