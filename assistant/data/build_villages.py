"""Regenerate `villages_iq.csv`, the wide gazetteer of Iraqi villages and districts; run by hand, never at run time.

    python -m assistant.data.build_villages /path/to/iraq_geonames.tsv

The input is GeoNames' Iraqi populated places and administrative areas as re-packaged by Who's On First
(repository whosonfirst-data/whosonfirst-data-admin-iq, commit 4c7a00f6387bcab9094ac10c9448177515f1098f), one
row per feature with the GeoNames columns (name, asciiname, alternatenames, latitude, longitude, feature class and
code, admin1 and admin2 codes and names). Only names written in Latin script are kept: English news spells places
that way. See README.md here for the licences.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

from assistant.data.build_places import ADMIN1
from assistant.language.vocab import fold, place_key

HERE = Path(__file__).resolve().parent
OUT = HERE / "villages_iq.csv"
_KIND = {"A": "district", "P": "village"}
_LATIN = re.compile(r"^[A-Za-z][A-Za-z '\-.]*$")
_DISTRICT_WORDS = re.compile(
    r"^(?:Qada'?|Qadha'?|Qaza|Nahiyat|Nahiyah)\s+|\s+(?:District|Qadha|Qada|Subdistrict)$", re.I
)


def _latin(name: str) -> str | None:
    """The name in ASCII when it is written in Latin script ('Tall ‘Afar' -> 'Tall Afar'), else None."""
    folded = fold(name).strip()
    return folded if len(folded) >= 3 and _LATIN.match(folded) else None


def _district(name: str) -> str:
    return _DISTRICT_WORDS.sub("", fold(name)).strip()


def build(tsv: Path, out: Path = OUT) -> int:
    """Write the CSV; returns the number of places written."""
    rows = []
    with tsv.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            province = ADMIN1.get(row["admin1_code"])
            kind = _KIND.get(row["feature_class"])
            if province is None or kind is None or row["feature_code"] == "ADM1":
                continue
            if row["feature_code"] == "PPLX":
                kind = "neighbourhood"
            name = _latin(row["asciiname"] or row["name"]) or _latin(row["name"])
            if name is None:
                continue
            if kind == "district":
                name = _district(name)
            keys, aliases = {place_key(name)}, []
            for alt in row["alternatenames"].split(","):
                latin = _latin(alt)
                if latin is None:
                    continue
                latin = _district(latin) if kind == "district" else latin
                if latin and place_key(latin) not in keys:
                    keys.add(place_key(latin))
                    aliases.append(latin)
            rows.append(
                {
                    "name": name,
                    "lat": f"{float(row['latitude']):.5f}",
                    "lon": f"{float(row['longitude']):.5f}",
                    "province": province,
                    "district": _district(row["admin2_name_geonames"]) if row["admin2_name_geonames"] else "",
                    "kind": kind,
                    "aliases": "|".join(aliases),
                }
            )
    rows.sort(key=lambda r: (r["province"], r["name"], r["lat"]))
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return len(rows)


def _main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tsv", type=Path, help="GeoNames Iraq rows (tab-separated, with a header)")
    args = ap.parse_args(argv)
    n = build(args.tsv)
    print(f"wrote {n} places to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    _main()
