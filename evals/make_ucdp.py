"""Generate the UCDP eval corpus and its cases: evals/ucdp_docs.jsonl and evals/ucdp.jsonl.

    .venv/bin/python evals/make_ucdp.py                       # ../shared/data/iraq_ucdp_ged_2014_2018.csv, 300 rows
    .venv/bin/python evals/make_ucdp.py --csv FILE --n 300 --out evals

Data: UCDP Georeferenced Event Dataset (GED), Uppsala Conflict Data Program, licensed CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/). Sundberg, Ralph and Erik Melander (2013), "Introducing
the UCDP Georeferenced Event Dataset", Journal of Peace Research 50(4). Changes: a seeded sample of
Iraqi events 2014-2018 is rewritten as short wire-style reports; every generated document carries
the attribution in its `source` and `attribution` fields.

A fixed random sample (random.Random(2014)) of single-day events located at a place or district
becomes one document per event (url `ucdp:ged:<event id>`). The cases ask for the deaths of a
place and day (`count`), the events near a city in a month (`listing`, gold = every sampled event
within parse.NEAR_KM of the city as the gazetteer places it), and places and days with no sampled
event (`unanswerable`). Running it twice gives byte-identical files.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from assistant.data.build_places import clean_district
from assistant.evaluation import ucdp_file
from assistant.evaluation.ucdp_file import ATTRIBUTION, is_iso_date, write_jsonl
from assistant.language.gazetteer import canonical_province, display_name, distance_km, lookup
from assistant.language.vocab import fold
from assistant.schemas import IN_TOWN_KM, NEAR_KM

HERE = Path(__file__).resolve().parent
DEFAULT_CSV = HERE.parent.parent / "shared" / "data" / "iraq_ucdp_ged_2014_2018.csv"
SEED = 2014
DOCS_NAME, CASES_NAME = "ucdp_docs.jsonl", "ucdp.jsonl"
# Case counts: a few hundred in all; count and listing cases are a seeded sample of all that the docs allow.
N_COUNT, N_LISTING, N_UNANSWERABLE = 160, 120, 20

# Cities asked about in listing questions: well-known towns across the provinces the data covers.
CITIES = (
    "Mosul",
    "Baghdad",
    "Kirkuk",
    "Tikrit",
    "Fallujah",
    "Ramadi",
    "Baiji",
    "Samarra",
    "Baqubah",
    "Erbil",
    "Sinjar",
    "Tal Afar",
    "Haditha",
    "Hit",
    "Qayyarah",
    "Makhmur",
    "Sharqat",
    "Hawija",
    "Tuz Khurmatu",
    "Rutba",
    "Al Qaim",
    "Anah",
    "Rawa",
    "Balad",
    "Jalawla",
    "Khanaqin",
    "Muqdadiyah",
    "Dohuk",
    "Zakho",
    "Karbala",
    "Hillah",
    "Abu Ghraib",
    "Amirli",
    "Bashiqa",
    "Tarmiyah",
    "Dujail",
    "Mahmudiyah",
    "Kifri",
)

# How the wire copy names UCDP's actors.
ACTOR_NAMES = {
    "Government of Iraq": "Iraqi government forces",
    "IS": "Islamic State militants",
    "Civilians": "civilians",
    "Government of Turkey": "Turkish forces",
    "PKK": "PKK fighters",
    "Government of Iran": "Iranian forces",
    "KDPI": "KDPI fighters",
    "JRTN": "fighters of the Naqshbandi Army (JRTN)",
    "Jaysh al-Mukhtar": "Jaysh al-Mukhtar",
    "MEK": "members of the MEK",
}
# How a breakdown names the dead of each side, singular and plural ("1 Islamic State militant").
DEAD_NAMES = {
    "Government of Iraq": ("member of the Iraqi security forces", "members of the Iraqi security forces"),
    "IS": ("Islamic State militant", "Islamic State militants"),
    "Civilians": ("civilian", "civilians"),
    "Government of Turkey": ("Turkish soldier", "Turkish soldiers"),
    "PKK": ("PKK fighter", "PKK fighters"),
    "Government of Iran": ("Iranian soldier", "Iranian soldiers"),
    "KDPI": ("KDPI fighter", "KDPI fighters"),
    "JRTN": ("JRTN fighter", "JRTN fighters"),
    "Jaysh al-Mukhtar": ("Jaysh al-Mukhtar member", "Jaysh al-Mukhtar members"),
    "MEK": ("MEK member", "MEK members"),
    "unknown": ("person of unknown affiliation", "people of unknown affiliation"),
}
_COMMON_WORDS = frozenset(
    {
        "security",
        "officials",
        "official",
        "police",
        "policemen",
        "local",
        "medical",
        "hospital",
        "military",
        "witnesses",
        "sources",
        "residents",
        "doctor",
        "doctors",
        "tribal",
        "government",
        "officers",
        "eyewitnesses",
        "relatives",
        "health",
        "media",
        "a",
        "an",
        "the",
    }
)
_SETTLEMENT_SUFFIXES = ("town", "village", "city", "locality")


# ---------------------------------------------------------------- rows -> documents


NEEDED = {
    "id",
    "date_start",
    "date_end",
    "where_prec",
    "where_coordinates",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "best",
    "low",
    "high",
    "side_a",
    "side_b",
    "type_of_violence",
    "source_headline",
    "source_office",
    "source_date",
    "source_original",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
}


def read_rows(path: Path) -> list[dict[str, str]]:
    """All events of the UCDP GED CSV with the columns the generator uses."""
    return ucdp_file.read_rows(path, NEEDED)


def usable(row: dict[str, str]) -> bool:
    """Single-day events with deaths, located at a place (within 25 km) or a district: a report can name both."""
    return (
        row["date_start"] == row["date_end"]
        and row["where_prec"] in ("1", "2", "3")
        and int(row["best"]) > 0
        and "Iraq" not in row["where_coordinates"]
    )


def sample_rows(rows: list[dict[str, str]], n: int, seed: int = SEED) -> list[dict[str, str]]:
    """A seeded sample of n usable rows, in date order; independent of the CSV's row order."""
    pool = sorted((r for r in rows if usable(r)), key=lambda r: int(r["id"]))
    if n > len(pool):
        raise SystemExit(f"--n {n} is more than the {len(pool)} usable events")
    picked = random.Random(seed).sample(pool, n)
    return sorted(picked, key=lambda r: (r["date_start"], int(r["id"])))


def place_label(row: dict[str, str]) -> str:
    """Readable name of the event's location: 'Fallujah', 'Sinjar district', 'Mosul Dam Lake'."""
    where = " ".join(row["where_coordinates"].split())
    if row["where_prec"] == "3" or where.startswith("Qaḑā") or where.endswith(" district"):
        return f"{clean_district(where)} district"
    words = where.split()
    if len(words) > 1 and words[-1].lower() in _SETTLEMENT_SUFFIXES:
        where = " ".join(words[:-1])
    return display_name(fold(where))


def _first(field: str) -> str:
    # Multi-source rows join their sources with ';': the first one names the report.
    return field.split(";")[0].strip()


def _long_date(day: dt.date) -> str:
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def _people(n: int) -> str:
    return "1 person" if n == 1 else f"{n} people"


def _what(row: dict[str, str]) -> str:
    """What happened, in words: 'clashes between Iraqi government forces and Islamic State militants'."""
    a = ACTOR_NAMES.get(row["side_a"], row["side_a"])
    b = ACTOR_NAMES.get(row["side_b"], row["side_b"])
    if row["type_of_violence"] == "3":  # one-sided violence: an armed group against civilians
        return f"an attack on civilians by {a}"
    if row["side_a"] == "Government of Turkey":
        return f"a Turkish military strike on {b}"
    return f"fighting between {a} and {b}"


def _breakdown(row: dict[str, str]) -> str:
    """Who the dead were, when UCDP splits them over more than one group."""
    parts = [
        (row["deaths_a"], row["side_a"]),
        (row["deaths_b"], row["side_b"]),
        (row["deaths_civilians"], "Civilians"),
        (row["deaths_unknown"], "unknown"),
    ]
    said = []
    for value, side in parts:
        n = int(value)
        one, many = DEAD_NAMES.get(side, (side, side))
        if n > 0:
            said.append(f"{n} {one if n == 1 else many}")
    if len(said) < 2:
        return ""
    return f"Among the dead were {', '.join(said[:-1])} and {said[-1]}."


def document(row: dict[str, str]) -> dict[str, object]:
    """One short wire-style report for a UCDP event (ingest fields plus the event's coordinates)."""
    day = dt.date.fromisoformat(row["date_start"])
    label = place_label(row)
    province = canonical_province(row["adm_1"]) if row["adm_1"] else None
    district = clean_district(row["adm_2"]) if row["adm_2"] else None
    where = f"near {label}" if row["where_prec"] == "2" else f"in {label}"
    if district and not label.startswith(district):
        where += f", {district} district"
    if province:
        where += f", {province} province"
    best, low, high = int(row["best"]), int(row["low"]), int(row["high"])
    office, headline, original = _first(row["source_office"]), _first(row["source_headline"]), row["source_original"]
    sent = _first(row["source_date"])
    published = sent if is_iso_date(sent) and sent >= row["date_start"] else row["date_start"]
    # Three phrasings, picked by event id, so that no single sentence shape carries every figure.
    style = int(row["id"]) % 3
    what = _what(row)
    people, date = _people(best), _long_date(day)
    if style == 0:
        lead = f"{people[0].upper()}{people[1:]} {'was' if best == 1 else 'were'} killed in {what} {where} on {date}."
    elif style == 1:
        lead = f"{what[0].upper()}{what[1:]} {where} on {date} left {people} dead."
    else:
        lead = f"On {date}, {people} died in {what} {where}."
    body = [lead]
    extra = _breakdown(row)
    if extra:
        body.append(extra)
    lo, hi = min(low, high, best), max(low, high, best)  # a few rows have low > high
    if lo != hi:
        body.append(f"Other counts of the dead ranged from {lo} to {hi}.")
    others = len(row["source_office"].split(";")) - 1
    also = f" and {others} other source{'s' if others > 1 else ''}" if others else ""
    citing = original.strip().rstrip(".,; ")
    if citing.split(" ")[0].lower() in _COMMON_WORDS:  # 'citing security officials', but 'citing Gali Kurdistan TV'
        citing = citing[0].lower() + citing[1:]
    body.append(
        f"{office}{also} reported the event under the headline “{headline}”"
        + (f", citing {citing}." if citing else ".")
    )
    body.append(f"Source: {ATTRIBUTION}, event {row['id']}.")
    return {
        "url": f"ucdp:ged:{row['id']}",
        "title": headline,
        "published": published,
        "source": f"{office} via UCDP GED",
        "text": "\n\n".join(body),
        "attribution": ATTRIBUTION,
        "event_date": row["date_start"],
        "place": label,
        "province": province,
        "lat": float(row["latitude"]),
        "lon": float(row["longitude"]),
        "deaths": best,
    }


# ---------------------------------------------------------------- cases


def _case(
    cid: str,
    kind: str,
    question: str,
    answers: list[str],
    match: str,
    sources: list[str],
    facts: list[str],
    incidents: list[str],
    note: str,
) -> dict[str, object]:
    return {
        "id": cid,
        "kind": kind,
        "question": question,
        "answers": answers,
        "match": match,
        "sources": sources,
        "facts": facts,
        "incidents": incidents,
        "filters": None,
        "note": note,
    }


def _km(a: dict[str, object], b: dict[str, object]) -> float:
    return distance_km(float(a["lat"]), float(a["lon"]), float(b["lat"]), float(b["lon"]))  # type: ignore[arg-type]


def _fact(doc: dict[str, object]) -> str:
    return _people(int(doc["deaths"]))  # type: ignore[arg-type]


COUNT_QUESTIONS = (
    "How many people were killed in {place} on {date}?",
    "What was the death toll in {place} on {date}?",
    "How many people died in {place} on {date}?",
)
LISTING_QUESTIONS = (
    "Which attacks happened near {city} in {month}?",
    "List the attacks near {city} in {month}.",
    "What violence was reported near {city} in {month}?",
)


def count_cases(docs: list[dict[str, object]]) -> list[dict[str, object]]:
    """Deaths per place and day; sampled events sharing both are summed, a place with a neighbour that day skipped."""
    groups: dict[tuple[str, str], list[dict[str, object]]] = defaultdict(list)
    for d in docs:
        groups[(str(d["place"]), str(d["event_date"]))].append(d)
    cases = []
    for (place, day), members in groups.items():
        # Another sampled event that day within the 'in <town>' radius but under another name (a district, a
        # village next door) makes 'killed in <place>' ambiguous: skip rather than guess which one counts.
        if any(
            d["event_date"] == day and d["place"] != place and any(_km(m, d) <= IN_TOWN_KM for m in members)
            for d in docs
        ):
            continue
        total = sum(int(m["deaths"]) for m in members)  # type: ignore[arg-type]
        urls = [str(m["url"]) for m in members]
        date = dt.date.fromisoformat(day)
        q = COUNT_QUESTIONS[len(cases) % len(COUNT_QUESTIONS)].format(place=place, date=_long_date(date))
        note = (
            "sum of the sampled events that day: " + " + ".join(str(m["deaths"]) for m in members)
            if len(members) > 1
            else "the event's UCDP best estimate"
        )
        cases.append(
            _case(
                f"ucdp-count-{len(cases) + 1:04d}",
                "count",
                q,
                [str(total)],
                "number",
                urls,
                sorted({_fact(m) for m in members}),
                urls,
                note,
            )
        )
    return cases


def cities() -> list[tuple[str, float, float]]:
    """Listing cities as the app resolves them; names the gazetteer does not know as a city are skipped."""
    out = []
    for name in CITIES:
        place = lookup(name)
        if place is not None and place.kind == "city":
            out.append((place.name, place.lat, place.lon))
    return out


def near(docs: Iterable[dict[str, object]], lat: float, lon: float, month: str) -> list[str]:
    """Urls of the docs within NEAR_KM of (lat, lon) whose event date lies in month 'YYYY-MM'."""
    return [
        str(d["url"])
        for d in docs
        if str(d["event_date"]).startswith(month) and distance_km(lat, lon, float(d["lat"]), float(d["lon"])) <= NEAR_KM
    ]  # type: ignore[arg-type]


def month_label(month: str) -> str:
    """'2016-10' -> 'October 2016'."""
    year, mon = month.split("-")
    return f"{calendar.month_name[int(mon)]} {year}"


def listing_cases(docs: list[dict[str, object]]) -> list[dict[str, object]]:
    """One case per (city, month) with at least one sampled event within NEAR_KM of the city."""
    cases = []
    months = sorted({str(d["event_date"])[:7] for d in docs})
    for name, lat, lon in cities():
        for month in months:
            urls = near(docs, lat, lon, month)
            if not urls:
                continue
            q = LISTING_QUESTIONS[len(cases) % len(LISTING_QUESTIONS)].format(city=name, month=month_label(month))
            cases.append(
                _case(
                    f"ucdp-listing-{len(cases) + 1:04d}",
                    "listing",
                    q,
                    [],
                    "none",
                    urls,
                    [],
                    urls,
                    f"every sampled event within {NEAR_KM:g} km of {name} ({lat}, {lon}) in {month}",
                )
            )
    return cases


def unanswerable_cases(docs: list[dict[str, object]], k: int, seed: int = SEED) -> list[dict[str, object]]:
    """Places of the corpus asked about on days when no sampled event lies within IN_TOWN_KM of them."""
    rng = random.Random(seed + 1)
    cases: list[dict[str, object]] = []
    seen: set[tuple[str, str]] = set()
    named = [d for d in docs if not str(d["place"]).endswith(" district")]
    while len(cases) < k:
        d = rng.choice(named)
        day = dt.date.fromisoformat(str(d["event_date"])) + dt.timedelta(days=rng.choice([-1, 1]) * rng.randint(3, 40))
        key = (str(d["place"]), day.isoformat())
        clash = any(o["event_date"] == day.isoformat() and _km(d, o) <= IN_TOWN_KM for o in docs)
        if key in seen or clash:
            continue
        seen.add(key)
        q = COUNT_QUESTIONS[len(cases) % len(COUNT_QUESTIONS)].format(place=d["place"], date=_long_date(day))
        cases.append(
            _case(
                f"ucdp-unanswerable-{len(cases) + 1:04d}",
                "unanswerable",
                q,
                [],
                "none",
                [],
                [],
                [],
                f"no sampled event within {IN_TOWN_KM:g} km of {d['place']} on {day.isoformat()}",
            )
        )
    return cases


def pick(cases: list[dict[str, object]], k: int, kind: str, seed: int = SEED) -> list[dict[str, object]]:
    """A seeded sample of k cases in their original order, renumbered 'ucdp-<kind>-0001'..."""
    keep = sorted(random.Random(f"{seed}-{kind}").sample(range(len(cases)), min(k, len(cases))))
    return [{**cases[i], "id": f"ucdp-{kind}-{j + 1:04d}"} for j, i in enumerate(keep)]


# ---------------------------------------------------------------- output


def generate(csv_path: Path, out: Path, n: int = 300) -> tuple[Path, Path]:
    """Write the docs and cases files into `out`; returns their paths."""
    docs = [document(r) for r in sample_rows(read_rows(csv_path), n)]
    cases = (
        pick(count_cases(docs), N_COUNT, "count")
        + pick(listing_cases(docs), N_LISTING, "listing")
        + unanswerable_cases(docs, N_UNANSWERABLE)
    )
    out.mkdir(parents=True, exist_ok=True)
    docs_path, cases_path = out / DOCS_NAME, out / CASES_NAME
    write_jsonl(docs_path, docs)
    write_jsonl(cases_path, cases)
    return docs_path, cases_path


def main(argv: list[str] | None = None) -> int:
    """Command line: regenerate the UCDP eval files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV, help="UCDP GED CSV (default: %(default)s)")
    parser.add_argument("--n", type=int, default=300, help="events to sample (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: evals/)")
    args = parser.parse_args(argv)
    docs_path, cases_path = generate(args.csv, args.out, args.n)
    kinds: dict[str, int] = defaultdict(int)
    for line in cases_path.read_text(encoding="utf-8").splitlines():
        kinds[json.loads(line)["kind"]] += 1
    print(
        f"{docs_path}: {args.n} documents; {cases_path}: " + ", ".join(f"{v} {k}" for k, v in sorted(kinds.items())),
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
