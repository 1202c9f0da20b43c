"""Benchmark: bulk ingest of short articles built from UCDP GED rows (incident extraction included).

Data: UCDP Georeferenced Event Dataset (GED), Uppsala Conflict Data Program, CC BY 4.0
(../shared/data/iraq_ucdp_ged_2014_2018.csv). Each row becomes one short document: its source
headline, the place and the date. Prints articles/s, incidents found and how many carry a place
and a date.

Usage: .venv/bin/python evals/bench_ingest.py [--csv PATH] [--limit 1000]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "iraq_ucdp_ged_2014_2018.csv"


def ucdp_documents(csv_path: Path, limit: int, seed: int = 7) -> list[dict[str, str]]:
    """A fixed random sample of rows as JSONL records (text, title, published, source)."""
    rows = list(csv.DictReader(csv_path.open(encoding="utf-8")))
    random.Random(seed).shuffle(rows)
    docs = []
    for row in rows[:limit]:
        headline = row["source_headline"].split(";")[0].strip() or "Untitled report"
        place = row["where_coordinates"].replace(" town", "").replace(" village", "")
        text = (
            f"{headline}\n\n{headline}. The incident took place in {place}, {row['adm_1']}, "
            f"on {row['date_start']}, according to {row['source_office'].split(';')[0] or 'local sources'}."
        )
        docs.append(
            {
                "text": text,
                "title": headline,
                "published": row["source_date"].split(";")[0][:10] or None,
                "source": row["source_office"].split(";")[0] or None,
                "url": f"ucdp:{row['id']}",
            }
        )
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--limit", type=int, default=1000)
    args = ap.parse_args()
    from assistant.desk import Desk
    from assistant.settings import load_settings

    work = Path(tempfile.mkdtemp(prefix="desk-bulk-"))
    feed = work / "ucdp.jsonl"
    feed.write_text(
        "".join(json.dumps({k: v for k, v in d.items() if v}) + "\n" for d in ucdp_documents(args.csv, args.limit))
    )
    desk = Desk(load_settings("default", data_dir=work / "corpus"))
    desk.embedder.embed(["warm up"])  # model load is reported separately from throughput
    t = time.perf_counter()
    report = desk.ingest([feed])
    secs = time.perf_counter() - t
    incidents = desk.store.query_incidents(None)
    print(
        f"{report.count('added')} articles ingested in {secs:.1f} s ({report.count('added') / secs:.1f} articles/s), "
        f"{report.count('rejected')} rejected, {report.count('duplicate')} duplicate"
    )
    print(
        f"incidents extracted: {len(incidents)}; with a resolved place: {sum(i.lat is not None for i in incidents)}; "
        f"with a day-precision date: {sum(i.date_precision == 'day' for i in incidents)}; "
        f"with a killed figure: {sum(i.killed is not None for i in incidents)}"
    )


if __name__ == "__main__":
    main()
