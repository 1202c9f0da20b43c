"""Reading the UCDP GED CSV and writing eval JSONL: shared by the generators in evals/ (make_ucdp*.py).

Data: UCDP Georeferenced Event Dataset (GED), Uppsala Conflict Data Program, CC BY 4.0; every generated document
carries ATTRIBUTION.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path

ATTRIBUTION = (
    "UCDP Georeferenced Event Dataset (GED), Uppsala Conflict Data Program; CC BY 4.0 "
    "(https://creativecommons.org/licenses/by/4.0/)"
)


def read_rows(path: Path, needed: Iterable[str]) -> list[dict[str, str]]:
    """All events of the UCDP GED CSV; exits with a clear message when the file is missing or lacks a column."""
    if not path.is_file():
        raise SystemExit(f"UCDP CSV not found: {path} (pass --csv FILE)")
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    missing = set(needed) - set(rows[0] if rows else ())
    if missing:
        raise SystemExit(f"{path}: not a UCDP GED export, missing column(s) {', '.join(sorted(missing))}")
    return rows


def is_iso_date(value: str) -> bool:
    """True for a YYYY-MM-DD date."""
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def write_jsonl(path: Path, items: Iterable[dict[str, object]]) -> int:
    """Write one JSON object per line (UTF-8, '\\n' endings); returns the count."""
    n = 0
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
            n += 1
    return n
