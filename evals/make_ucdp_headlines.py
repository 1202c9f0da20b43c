"""Generate the UCDP headline corpus: evals/ucdp_headlines_docs.jsonl (real outlet headlines, with UCDP's figures).

    .venv/bin/python evals/make_ucdp_headlines.py                  # ../shared/data/iraq_ucdp_ged_2014_2018.csv, 300
    .venv/bin/python evals/make_ucdp_headlines.py --csv FILE --n 300 --out evals

Data: UCDP Georeferenced Event Dataset (GED), Uppsala Conflict Data Program, licensed CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/). Sundberg, Ralph and Erik Melander (2013), "Introducing
the UCDP Georeferenced Event Dataset", Journal of Peace Research 50(4). Changes: a seeded sample of
Iraqi events 2014-2018 is cut down to the first source each event cites; that source's headline is kept
exactly as UCDP records it (outer whitespace aside) and a line naming the outlet and the dataset is added
under it. Every generated document carries the attribution in its text and in its `attribution` field.

Unlike evals/make_ucdp.py, nothing is templated: the text is what the outlet wrote. A fixed random sample
(random.Random(2019)) of single-day events (date_start == date_end, date_prec 1) becomes one document per
event (url `ucdp:ged:<event id>:headline`), published on the date of the outlet's report. The gold fields
(`ucdp_id`, `date_start`, `adm_1`, `best`, `low`, `high`, `outlet_date`) are UCDP's coding of the event;
assistant/evaluation/ucdp_headlines.py scores the rule extractor against them. The source line holds no
date or figure, so that it cannot lend the extractor one. Running it twice gives byte-identical output.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

from assistant.evaluation import ucdp_file
from assistant.evaluation.ucdp_file import ATTRIBUTION, is_iso_date, write_jsonl

HERE = Path(__file__).resolve().parent
DEFAULT_CSV = HERE.parent.parent / "shared" / "data" / "iraq_ucdp_ged_2014_2018.csv"
SEED = 2019
DOCS_NAME = "ucdp_headlines_docs.jsonl"
NEEDED = ("id", "date_start", "date_end", "date_prec", "adm_1", "best", "low", "high", "source_article")
# One item of source_article: 'Outlet name,YYYY-MM-DD,Headline as written' (the headline may hold commas).
_ITEM = re.compile(r"^(?P<outlet>.+?),(?P<date>\d{4}-\d{2}-\d{2}),(?P<headline>.*)$", re.S)


# ---------------------------------------------------------------- rows -> documents


def read_rows(path: Path) -> list[dict[str, str]]:
    """All events of the UCDP GED CSV with the columns the generator uses."""
    return ucdp_file.read_rows(path, NEEDED)


def source_items(field: str) -> list[str]:
    """The items of a source_article field: '"A,2014-01-02,X";"B,2014-01-03,Y"' -> ['A,2014-01-02,X', ...].

    Items are wrapped in double quotes and joined by ';'; quotes inside a headline are left as UCDP wrote them
    (not doubled), so items are split on the '";"' between them only.
    """
    text = field.strip()
    if not text:
        return []
    if text.startswith('"') and text.endswith('"') and len(text) >= 2:
        text = text[1:-1]
    return text.split('";"')


def first_source(row: dict[str, str]) -> tuple[str, str, str] | None:
    """(outlet, date, headline) of the row's first source_article item, or None when it has no headline."""
    items = source_items(row["source_article"])
    if not items:
        return None
    m = _ITEM.match(items[0])
    if m is None:
        return None
    outlet, date, headline = m.group("outlet").strip(), m.group("date"), m.group("headline").strip()
    if not outlet or not headline or not is_iso_date(date):
        return None
    return outlet, date, headline


def usable(row: dict[str, str]) -> bool:
    """Single-day events dated to the day whose first source has a headline."""
    return row["date_start"] == row["date_end"] and row["date_prec"] == "1" and first_source(row) is not None


def sample_rows(rows: list[dict[str, str]], n: int, seed: int = SEED) -> list[dict[str, str]]:
    """A seeded sample of n usable rows, in date order; independent of the CSV's row order."""
    pool = sorted((r for r in rows if usable(r)), key=lambda r: int(r["id"]))
    if n > len(pool):
        raise SystemExit(f"--n {n} is more than the {len(pool)} usable events")
    picked = random.Random(seed).sample(pool, n)
    return sorted(picked, key=lambda r: (r["date_start"], int(r["id"])))


def source_line(outlet: str, event_id: str) -> str:
    """The line under the headline that says where it comes from (no date or figure other than the event id)."""
    return f"Source: headline published by {outlet}, as cited in the {ATTRIBUTION}, event {event_id}."


def document(row: dict[str, str]) -> dict[str, object]:
    """One document for a UCDP event: its first source's headline as written, and UCDP's coding as gold."""
    first = first_source(row)
    if first is None:
        raise ValueError(f"UCDP event {row['id']} has no headline")
    outlet, date, headline = first
    return {
        "url": f"ucdp:ged:{row['id']}:headline",
        "title": headline,
        "published": date,
        "source": f"{outlet} via UCDP GED",
        "text": f"{headline}\n\n{source_line(outlet, row['id'])}",
        "attribution": ATTRIBUTION,
        "ucdp_id": int(row["id"]),
        "date_start": row["date_start"],
        "adm_1": " ".join(row["adm_1"].split()),  # one row writes 'Al Başrah  province'
        "best": int(row["best"]),
        "low": int(row["low"]),
        "high": int(row["high"]),
        "outlet_date": date,
    }


# ---------------------------------------------------------------- output


def generate(csv_path: Path, out: Path, n: int = 300) -> Path:
    """Write the headline docs file into `out`; returns its path."""
    docs = [document(r) for r in sample_rows(read_rows(csv_path), n)]
    out.mkdir(parents=True, exist_ok=True)
    path = out / DOCS_NAME
    write_jsonl(path, docs)
    return path


def main(argv: list[str] | None = None) -> int:
    """Command line: regenerate the UCDP headline docs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV, help="UCDP GED CSV (default: %(default)s)")
    parser.add_argument("--n", type=int, default=300, help="events to sample (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: evals/)")
    args = parser.parse_args(argv)
    path = generate(args.csv, args.out, args.n)
    print(f"{path}: {args.n} documents", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
