"""Scores the event-date reader on a held-out set of one-attack reports (evals/heldout/datesN/cases.jsonl): each
case's text is saved under its extension and read as `assistant ingest` reads a file, the rule extractor runs on it,
and its record's event date is compared with the gold at the gold's precision; the report's own date too.

    python -m assistant.evaluation.dateset dates1 [--final]      (the dev split; the final one only with --final)

Every folder evals/heldout/datesN with a cases.jsonl is a set.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from assistant.evaluation.realworld import date_right, read_articles
from assistant.incidents.rules import RuleExtractor
from assistant.settings import REPO_ROOT

DATE_SETS = {
    folder.name: folder
    for folder in sorted((REPO_ROOT / "evals" / "heldout").glob("dates*"))
    if (folder / "cases.jsonl").is_file()
}


def score(folder: Path, splits: tuple[str, ...] = ("dev",)) -> dict[str, Any]:
    """Figures per split (`record`, `event_date`, `report_date`: right of cases) and the cases read wrong."""
    cases = [json.loads(line) for line in (folder / "cases.jsonl").open(encoding="utf-8") if line.strip()]
    extractor = RuleExtractor()
    right: dict[str, dict[str, int]] = {s: {"cases": 0, "record": 0, "event_date": 0, "report_date": 0} for s in splits}
    wrong: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            if case["split"] not in splits:
                continue
            path = Path(tmp) / f"{case['id']}.{case.get('ext') or 'txt'}"
            path.write_text(case["text"], encoding="utf-8")
            articles, _ = read_articles(path)
            records = [inc for article in articles for inc in extractor.extract(article)]
            published = articles[0].published.isoformat() if articles and articles[0].published else None
            tally = right[case["split"]]
            tally["cases"] += 1
            tally["report_date"] += published == case.get("report_date")
            gold = {"event_date": case["event_date"], "date_precision": case["precision"]}
            dated = bool(records) and date_right(gold, records[0], case.get("report_date"))
            tally["record"] += bool(records)
            tally["event_date"] += dated
            if not dated or published != case.get("report_date"):
                got = records[0] if records else None
                wrong.append(
                    {
                        "id": case["id"],
                        "split": case["split"],
                        "event": (got.event_date.isoformat() if got and got.event_date else None),
                        "precision": got.date_precision if got else None,
                        "want": f"{case['event_date']}/{case['precision']}",
                        "published": published,
                        "report_date": case.get("report_date"),
                    }
                )
    figures = {
        f"{key}_{split}": (t[key] / t["cases"] if t["cases"] else None)
        for split, t in right.items()
        for key in ("record", "event_date", "report_date")
    }
    return {"figures": figures, "counts": right, "wrong": wrong}


def _main(argv: list[str] | None = None) -> None:
    args = argv if argv is not None else sys.argv[1:]
    name = next((a for a in args if a in DATE_SETS), "dates1")
    splits = ("dev", "final") if "--final" in args else ("dev",)
    result = score(DATE_SETS[name], splits)
    print("| measure | " + " | ".join(splits) + " |")
    print("|---|" + "---|" * len(splits))
    for key in ("record", "event_date", "report_date"):
        cells = [result["figures"][f"{key}_{s}"] for s in splits]
        print(f"| {key} | " + " | ".join("-" if c is None else f"{c:.2f}" for c in cells) + " |")


if __name__ == "__main__":
    _main()
