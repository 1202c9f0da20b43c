"""Incident records as event-data rows (CSV, JSON Lines, GeoJSON) an analyst can join with ACLED, UCDP or GTD.

Columns follow event-data habits: one row per merged incident, ACLED-style `time_precision` and
`geo_precision`, `admin1`/`admin2` for province and district, `actor1` the perpetrator and `actor2` the
target, fatalities as best/low/high like UCDP GED. Figures stay blank when no report gives one (never 0).
`best` is the lowest figure any source reported, the one totals use; `high` is blank for an open figure
("at least 11"). Every row carries the evidence sentences and its sources (outlet, date, doc id).

A CSV cell that a spreadsheet could run as a formula (starting with = + - @, a tab or a carriage return) is
written with a leading apostrophe, which `read` removes again; so a text that itself starts with an apostrophe
before one of those characters loses that apostrophe on reading, and an empty text reads back as None.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from assistant.incidents.audit import audit
from assistant.incidents.labels import ATTACK_LABELS
from assistant.schemas import Count, Incident, actor_label, int_to_date

Format = Literal["csv", "jsonl", "geojson"]
FORMATS: tuple[Format, ...] = ("csv", "jsonl", "geojson")

COLUMNS = (
    "event_id",
    "event_date",
    "time_precision",
    "date_precision",
    "date_phrase",
    "report_date",
    "year",
    "admin1",
    "admin2",
    "location",
    "location_as_written",
    "latitude",
    "longitude",
    "geo_precision",
    "actor1",
    "actor2",
    "sub_event_type",
    "attack_type",
    "fatalities_best",
    "fatalities_low",
    "fatalities_high",
    "fatalities_text",
    "wounded_best",
    "wounded_low",
    "wounded_high",
    "wounded_text",
    "claimed",
    "figures_from",
    "notes",
    "sources",
    "conflicts",
)
INT_COLUMNS = frozenset(
    {
        "time_precision",
        "year",
        "geo_precision",
        "fatalities_best",
        "fatalities_low",
        "fatalities_high",
        "wounded_best",
        "wounded_low",
        "wounded_high",
    }
)
FLOAT_COLUMNS = frozenset({"latitude", "longitude"})

# Our attack types in ACLED's sub-event vocabulary (approximate: an ambush of soldiers is an armed clash).
SUB_EVENT = {
    "ambush": "Armed clash",
    "ied": "Remote explosive/landmine/IED",
    "suicide": "Suicide bomb",
    "mortar_rocket": "Shelling/artillery/missile attack",
    "shooting": "Attack",
    "kidnapping": "Abduction/forced disappearance",
    "other": "Attack",
}
_AIR = re.compile(r"\b(?:air ?strikes?|drones?|warplanes?|aircraft|jets?|helicopters?|bomb(?:ed|ing) raid)\b", re.I)


def _sub_event(inc: Incident) -> str:
    if inc.attack_type == "airstrike_operation":
        return "Air/drone strike" if any(_AIR.search(s.quote) for s in inc.sources) else "Armed clash"
    return SUB_EVENT[inc.attack_type]


def _figures(count: Count | None) -> tuple[int | None, int | None, int | None, str]:
    if count is None:
        return None, None, None, ""
    return count.low, count.low, count.high, count.text


def _source_cell(doc_id: str, meta: dict[str, Any] | None) -> str:
    if meta is None:
        return f"deleted article; doc {doc_id}"
    when = int_to_date(meta["published"]).isoformat() if meta.get("published") else "date unknown"
    who = meta.get("outlet") or meta.get("title") or "unknown outlet"
    return f"{who}; {when}; doc {doc_id}"


def incident_row(inc: Incident, article_meta: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """One incident as a row keyed by COLUMNS; `article_meta` is Store.article_meta()."""
    trail = audit(inc, article_meta)
    killed, wounded = _figures(inc.killed), _figures(inc.wounded)
    docs = list(dict.fromkeys(s.doc_id for s in inc.sources))
    dated = inc.event_date is not None and inc.date_precision != "unknown"
    return {
        "event_id": inc.id,
        "event_date": inc.event_date.isoformat() if dated and inc.event_date else None,
        "time_precision": trail.time_precision,
        "date_precision": inc.date_precision,
        "date_phrase": inc.date_phrase,
        "report_date": trail.report_date.isoformat() if trail.report_date else None,
        "year": inc.event_date.year if dated and inc.event_date else None,
        "admin1": inc.province,
        "admin2": inc.district,
        "location": inc.place,
        "location_as_written": inc.place_text,
        "latitude": inc.lat,
        "longitude": inc.lon,
        "geo_precision": trail.geo_precision,
        "actor1": actor_label(inc.perpetrator) if inc.perpetrator else None,
        "actor2": inc.target,
        "sub_event_type": _sub_event(inc),
        "attack_type": ATTACK_LABELS[inc.attack_type],
        "fatalities_best": killed[0],
        "fatalities_low": killed[1],
        "fatalities_high": killed[2],
        "fatalities_text": killed[3] or None,
        "wounded_best": wounded[0],
        "wounded_low": wounded[1],
        "wounded_high": wounded[2],
        "wounded_text": wounded[3] or None,
        "claimed": trail.responsibility,
        "figures_from": " | ".join(trail.figures_from) or None,
        "notes": " \u2026 ".join(dict.fromkeys(s.quote for s in inc.sources)),
        "sources": " | ".join(_source_cell(d, article_meta.get(d)) for d in docs),
        "conflicts": " | ".join(inc.conflicts) or None,
    }


def rows(incidents: Iterable[Incident], article_meta: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Every incident as a row, in the order given."""
    return [incident_row(i, article_meta) for i in incidents]


def to_text(table: list[dict[str, Any]], fmt: Format) -> str:
    """The rows as a CSV (header first), JSON Lines or a GeoJSON FeatureCollection (null geometry when unplaced)."""
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in table:
            writer.writerow({k: _csv_cell(v) for k, v in row.items()})
        return out.getvalue()
    if fmt == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in table)
    if fmt == "geojson":
        features = [
            {
                "type": "Feature",
                "id": row["event_id"],
                "geometry": (
                    {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]}
                    if row["latitude"] is not None and row["longitude"] is not None
                    else None
                ),
                "properties": row,
            }
            for row in table
        ]
        return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1) + "\n"
    raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in _FORMULA and not _NUMBER.fullmatch(value):
        return "'" + value  # a spreadsheet would run a cell starting with '=' as a formula
    return value


_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet may run as a formula at a cell's start


def write(table: list[dict[str, Any]], fmt: Format, path: Path) -> Path:
    """Write the rows to `path` whole (a temporary file renamed into place: never half-written)."""
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_text(to_text(table, fmt), encoding="utf-8", newline="")
    tmp.replace(path)
    return path


def read(path: Path) -> list[dict[str, Any]]:
    """Rows back from a file this module wrote (any of the formats, told by its suffix), typed as written."""
    text = path.read_text(encoding="utf-8")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return [_typed(row) for row in csv.DictReader(io.StringIO(text))]
    if suffix in (".jsonl", ".ndjson"):
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    if suffix in (".geojson", ".json"):
        return [f["properties"] for f in json.loads(text)["features"]]
    raise ValueError(f"{path}: cannot tell the format from the suffix {suffix or '(none)'}")


def _typed(row: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row.items():
        if value == "":
            out[key] = None
        elif key in INT_COLUMNS:
            out[key] = int(value)
        elif key in FLOAT_COLUMNS:
            out[key] = float(value)
        else:
            out[key] = value[1:] if value[:1] == "'" and value[1:2] in _FORMULA else value
    return out


# words that say more than the number: 'at least 11', 'dozens', 'up to 5'
_QUALIFIED = re.compile(
    r"\b(?:at least|more than|over|up to|about|around|nearly|some|dozens|scores|several|many)\b", re.I
)


def _figure_cell(row: dict[str, Any], col: str) -> str:
    """A figure for the terminal: the number ('3', '0', '13-32'), or the words where they say more than a number
    ('at least 11', 'dozens'); never the words alone for a plain count ('third', 'no casualties')."""
    best, high, text = row[f"{col}_best"], row[f"{col}_high"], row[f"{col}_text"] or ""
    if best is None or _QUALIFIED.search(text):
        return text or str(best)
    return f"{best}\u2013{high}" if high is not None and high != best else str(best)


def table_line(row: dict[str, Any]) -> str:
    """One row for a terminal: date, place, type, perpetrator, figures, responsibility, sources."""
    when = row["event_date"] or "date unknown"
    if row["date_precision"] == "reported":
        when = f"reported {when}"
    where = ", ".join(dict.fromkeys(x for x in (row["location_as_written"] or row["location"], row["admin1"]) if x))
    figures = " \u00b7 ".join(
        f"{name} {_figure_cell(row, col)}"
        for name, col in (("killed", "fatalities"), ("wounded", "wounded"))
        if row[f"{col}_best"] is not None or row[f"{col}_text"]
    )
    parts = [when, where or "place unknown", row["attack_type"], figures or "no figures reported", row["claimed"]]
    return f"{row['event_id']}  " + " \u00b7 ".join(parts) + f"  [{row['sources']}]"
