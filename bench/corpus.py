"""Benchmark corpora built from the UCDP GED rows in ../shared/data (one short report per row) and a synthetic
corpus of any multiple of it (every copy a different text, so none is a duplicate).

Data: UCDP Georeferenced Event Dataset (GED), Uppsala Conflict Data Program, CC BY 4.0.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

from bench.common import UCDP_CSV

_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ucdp_rows(path: Path = UCDP_CSV) -> list[dict[str, str]]:
    """The CSV's rows, in file order."""
    if not path.is_file():
        raise SystemExit(f"error: {path} is missing: the UCDP GED file must sit in ../shared/data beside the repo")
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _place(row: dict[str, str]) -> str:
    return row["where_coordinates"].replace(" town", "").replace(" village", "").split("(")[0].strip()


def report(row: dict[str, str], copy: int = 0, rng: random.Random | None = None) -> dict[str, Any]:
    """One short report for a row: its outlet's headline as written and a body sentence with the place, date and toll.

    Copy 0 is the row itself; copy k > 0 moves the event k weeks later and changes the toll, so the text differs (the
    store would refuse an identical one as a duplicate) while the kind of text stays the same.
    """
    rng = rng or random.Random(copy)
    headline = row["source_headline"].split(";")[0].strip() or "Untitled report"
    outlet = row["source_office"].split(";")[0].strip() or "local sources"
    day = dt.date.fromisoformat(row["date_start"]) + dt.timedelta(weeks=copy)
    killed = int(row["best"] or 0) + (rng.randint(0, 5) if copy else 0)
    province = row["adm_1"].replace(" province", "")
    text = (
        f"{headline}\n\n"
        f"On {_WEEKDAYS[day.weekday()]}, {day:%d %B %Y}, {killed} people were killed in {_place(row)}, "
        f"{province} province, according to {outlet}."
    )
    if copy:
        text += f" The report was filed as update {copy}."
    return {
        "text": text,
        "title": headline,
        "published": (day + dt.timedelta(days=1)).isoformat(),
        "source": outlet,
        "url": f"ucdp:{row['id']}:{copy}",
    }


def ucdp_reports(scale: int = 1, limit: int | None = None) -> list[dict[str, Any]]:
    """`scale` copies of every row (copy 0 first for all rows, then copy 1, ...), optionally the first `limit`."""
    rows = ucdp_rows()
    out = []
    for copy in range(scale):
        rng = random.Random(copy)
        for row in rows:
            out.append(report(row, copy, rng))
            if limit is not None and len(out) >= limit:
                return out
    return out


def write_jsonl(reports: list[dict[str, Any]], path: Path) -> Path:
    """The reports as one JSON-lines file `assistant ingest` reads (one article per line)."""
    path.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
    return path
