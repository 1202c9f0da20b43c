"""How well the rule extractor agrees with UCDP GED on real outlet headlines (evals/ucdp_headlines_docs.jsonl).

Each document is one UCDP event's first cited headline, exactly as the outlet wrote it, plus a source line
(evals/make_ucdp_headlines.py). It is read the way `assistant ingest` reads a JSONL file (read_records ->
to_article, so the article's publication date is the outlet's date) and run through RuleExtractor. The records
are then compared with UCDP's coding of the event. Counting:

- per document, not per record: a headline with several records counts once. Its record is the one with the
  largest killed figure (`figure`: the exact value, else the lower bound, 'dozens' being 24, else the upper
  bound of 'up to N'); when no record has one, the first record. Field figures are over the documents with a record;
- date: the record's event date equals UCDP's date_start, and within one day of it (headlines are often dated
  the day after the event). Only day-precise dates count, whether read from the text (`day`) or, for an undated
  headline, taken from the outlet's date (`reported`): month and year dates are never a match. The table also
  says how many dates came from the text, how many from the report, and how many records have none;
- province: the record's province equals adm_1 mapped to the app's canonical province (gazetteer
  .canonical_province; 'Nīnawá province' -> 'Nineveh'). Events with a blank adm_1 are left out of it;
- killed: for records with a killed figure (as above): equal to UCDP's best; within
  [low, high] (the three sorted: a few rows have low > high); at least best. A headline often gives a wider
  toll than the one GED event it is linked to: GED splits a day's fighting per location and side, and a
  headline may sum a province or the country ('Iraq violence kills 10'), so "at least best" is the looser
  agreement. Records with no killed figure are counted apart.

`python -m assistant.evaluation.ucdp_headlines` prints the table and 10 sample disagreements. No model is
involved: the figures are exact and repeatable.

Data: UCDP Georeferenced Event Dataset (GED), Uppsala Conflict Data Program; CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/). Sundberg, Ralph and Erik Melander (2013), Introducing the UCDP
Georeferenced Event Dataset, Journal of Peace Research 50(4).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.corpus.read import RawRecord, read_records, to_article
from assistant.errors import InputFileError
from assistant.incidents.rules import RuleExtractor
from assistant.language.gazetteer import canonical_province
from assistant.schemas import Count, Incident
from assistant.settings import REPO_ROOT

HEADLINES = REPO_ROOT / "evals" / "ucdp_headlines_docs.jsonl"
UCDP_CSV = REPO_ROOT.parent / "shared" / "data" / "iraq_ucdp_ged_2014_2018.csv"
MAX_BYTES = 50_000_000
DAY_DATES = ("day", "reported")  # precisions that name one day
SMALL_SOURCE = 5  # outlets with fewer documents are shown together as 'other'
_SUFFIX = re.compile(r"\s+(?:province|governorate)\s*$", re.I)


# ---------------------------------------------------------------- gold


def gold_province(adm_1: str) -> str | None:
    """The app's canonical province for a UCDP adm_1 ('Al Anbār province' -> 'Anbar'); None when blank or unknown."""
    name = " ".join(adm_1.split())
    if not name:
        return None
    return canonical_province(name) or canonical_province(_SUFFIX.sub("", name))


def unmapped_provinces(values: Iterable[str]) -> list[str]:
    """The non-blank adm_1 values that gold_province cannot map, sorted."""
    return sorted({v for v in values if v.strip() and gold_province(v) is None})


def csv_adm1(path: Path = UCDP_CSV) -> list[str]:
    """Every distinct adm_1 value of a UCDP GED CSV (blank included), sorted; [] when the file is absent."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return sorted({row.get("adm_1") or "" for row in csv.DictReader(f)})


def load(path: Path = HEADLINES) -> list[dict[str, Any]]:
    """The headline documents with their gold fields, in file order."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# ---------------------------------------------------------------- extraction


@dataclass
class Scored:
    """One document: its records (none when ingest rejected it) and the record that is scored."""

    doc: dict[str, Any]
    records: list[Incident] = field(default_factory=list)
    rejected: str | None = None

    @property
    def chosen(self) -> Incident | None:
        """The record with the largest killed figure; the first record when none has one."""
        return choose(self.records)


def extract(path: Path = HEADLINES) -> list[Scored]:
    """Read the JSONL as `assistant ingest` would (one record per line) and run the rule extractor on each."""
    docs = load(path)
    items = list(read_records(path, MAX_BYTES))
    if len(items) != len(docs):
        raise ValueError(f"{path}: {len(docs)} documents but {len(items)} ingest records")
    extractor = RuleExtractor()
    out = []
    for doc, item in zip(docs, items):
        try:
            if not isinstance(item, RawRecord):
                raise item
            article = to_article(item)
        except InputFileError as err:
            out.append(Scored(doc, rejected=err.reason))
            continue
        out.append(Scored(doc, extractor.extract(article)))
    return out


def figure(count: Count | None) -> int | None:
    """A killed figure as one number: the exact value, else the lower bound ('at least 11' -> 11, 'dozens' -> 24),
    else the upper bound ('up to 50' -> 50); None when there is no figure."""
    if count is None:
        return None
    if count.exact() is not None:
        return count.exact()
    return count.low if count.low is not None else count.high


def choose(records: list[Incident]) -> Incident | None:
    """The record to score for a document: largest killed figure, first on ties; else the first record."""
    if not records:
        return None
    ranked = [(k, -i) for i, r in enumerate(records) if (k := figure(r.killed)) is not None]
    return records[-max(ranked)[1]] if ranked else records[0]


# ---------------------------------------------------------------- scoring


def _days_off(inc: Incident, gold: str) -> int | None:
    if inc.event_date is None or inc.date_precision not in DAY_DATES:
        return None
    return abs((inc.event_date - dt.date.fromisoformat(gold)).days)


def verdict(doc: dict[str, Any], inc: Incident | None) -> dict[str, bool | None]:
    """Agreement of one document's record with its gold row, field by field (None: not scored for this field)."""
    if inc is None:
        return {"record": False, "date": None, "date_1": None, "province": None, "killed": None, "killed_in": None}
    off = _days_off(inc, doc["date_start"])
    want = gold_province(doc["adm_1"])
    got = figure(inc.killed)
    lo, hi = min(doc["low"], doc["high"], doc["best"]), max(doc["low"], doc["high"], doc["best"])
    return {
        "record": True,
        "date": off == 0,
        "date_1": off is not None and off <= 1,
        "province": None if want is None else inc.province == want,
        "killed": None if got is None else got == doc["best"],
        "killed_in": None if got is None else lo <= got <= hi,
    }


def _source(doc: dict[str, Any]) -> str:
    return str(doc["source"]).removesuffix(" via UCDP GED")


def report(path: Path = HEADLINES) -> dict[str, Any]:
    """Every agreement count of the headline set, as a dict (also printed by `python -m ...ucdp_headlines`)."""
    scored = extract(path)
    docs = [s.doc for s in scored]
    n = len(scored)
    chosen = [(s, s.chosen) for s in scored]
    found = [(s, inc) for s, inc in chosen if inc is not None]
    rec = len(found)

    precisions = Counter(inc.date_precision if inc.event_date else "none" for _, inc in found)
    date_exact = sum(1 for s, inc in found if _days_off(inc, s.doc["date_start"]) == 0)
    date_1 = sum(1 for s, inc in found if (d := _days_off(inc, s.doc["date_start"])) is not None and d <= 1)
    text_dated = [(s, inc) for s, inc in found if inc.date_precision == "day"]
    report_dated = [(s, inc) for s, inc in found if inc.date_precision == "reported"]

    with_prov = [(s, inc, gold_province(s.doc["adm_1"])) for s, inc in found]
    prov_scored = [(s, inc, want) for s, inc, want in with_prov if want is not None]
    prov_right = sum(1 for _, inc, want in prov_scored if inc.province == want)
    prov_none = sum(1 for _, inc, _w in prov_scored if inc.province is None)

    killed = [(s, inc, figure(inc.killed)) for s, inc in found]
    with_fig = [(s.doc, k) for s, _inc, k in killed if k is not None]

    def inside(doc: dict[str, Any], k: int) -> bool:
        return min(doc["low"], doc["high"], doc["best"]) <= k <= max(doc["low"], doc["high"], doc["best"])

    by_source: dict[str, dict[str, int]] = {}
    sizes = Counter(_source(d) for d in docs)
    for s, inc in chosen:
        name = _source(s.doc) if sizes[_source(s.doc)] >= SMALL_SOURCE else "other"
        row = by_source.setdefault(name, {"docs": 0, "record": 0, "killed_figure": 0, "killed_best": 0})
        row["docs"] += 1
        if inc is not None:
            row["record"] += 1
            k = figure(inc.killed)
            row["killed_figure"] += k is not None
            row["killed_best"] += k == s.doc["best"]

    return {
        "docs": n,
        "rejected": {s.doc["url"]: s.rejected for s in scored if s.rejected},
        "with_record": rec,
        "records": sum(len(s.records) for s in scored),
        "several_records": sum(1 for s in scored if len(s.records) > 1),
        "outlet_date_is_event_date": sum(1 for d in docs if d["outlet_date"] == d["date_start"]),
        "outlet_date_next_day": sum(
            1
            for d in docs
            if (dt.date.fromisoformat(d["outlet_date"]) - dt.date.fromisoformat(d["date_start"])).days == 1
        ),
        "date": {
            "exact": date_exact,
            "within_1_day": date_1,
            "of": rec,
            "from_text_day": len(text_dated),
            "from_text_day_exact": sum(1 for s, inc in text_dated if _days_off(inc, s.doc["date_start"]) == 0),
            "from_report": len(report_dated),
            "from_report_exact": sum(1 for s, inc in report_dated if _days_off(inc, s.doc["date_start"]) == 0),
            "month_or_year": precisions["month"] + precisions["year"],
            "none": precisions["none"] + precisions["unknown"],
        },
        "province": {
            "equal": prov_right,
            "of": len(prov_scored),
            "record_has_none": prov_none,
            "differs": len(prov_scored) - prov_right - prov_none,
            "gold_blank": rec - len(prov_scored),
        },
        "killed": {
            "with_figure": len(with_fig),
            "of": rec,
            "none": rec - len(with_fig),
            "equal_best": sum(1 for d, k in with_fig if k == d["best"]),
            "within_low_high": sum(1 for d, k in with_fig if inside(d, k)),
            "at_least_best": sum(1 for d, k in with_fig if k >= d["best"]),
            "below_best": sum(1 for d, k in with_fig if k < d["best"]),
        },
        "by_source": dict(sorted(by_source.items(), key=lambda kv: (kv[0] == "other", -kv[1]["docs"], kv[0]))),
        "unmapped_adm1": unmapped_provinces(d["adm_1"] for d in docs),
        "disagreements": disagreements(scored),
    }


def _gold_label(doc: dict[str, Any]) -> str:
    spread = f" [{doc['low']}-{doc['high']}]" if (doc["low"], doc["high"]) != (doc["best"], doc["best"]) else ""
    prov = gold_province(doc["adm_1"]) or "-"
    return f"{doc['date_start']} (outlet {doc['outlet_date']}), {prov}, killed {doc['best']}{spread}"


def _record_label(inc: Incident | None, extra: int) -> str:
    if inc is None:
        return "no record"
    when = f"{inc.event_date} ({inc.date_precision})" if inc.event_date else "no date"
    killed = inc.killed.label() if inc.killed else "-"
    more = f" (+{extra} more record{'s' if extra > 1 else ''})" if extra else ""
    return f"{when}, {inc.province or '-'}, killed {killed}{more}"


def disagreements(scored: list[Scored], k: int = 10) -> list[dict[str, str]]:
    """k documents where the record is missing or disagrees on date (beyond a day), province or killed, spread
    evenly over the set (file order, so the sample is the same on every run)."""
    bad = []
    for s in scored:
        v = verdict(s.doc, s.chosen)
        if not v["record"] or v["date_1"] is False or v["province"] is False or v["killed"] is False:
            bad.append(s)
    if len(bad) > k:
        bad = [bad[i * len(bad) // k] for i in range(k)]
    return [
        {
            "url": s.doc["url"],
            "headline": s.doc["title"],
            "gold": _gold_label(s.doc),
            "record": _record_label(s.chosen, max(0, len(s.records) - 1)),
        }
        for s in bad
    ]


# ---------------------------------------------------------------- output


def _pct(num: int, den: int) -> str:
    return "–" if not den else f"{num / den:.2f}"


def table(scores: dict[str, Any]) -> str:
    """The agreement counts as Markdown: one table of measures and one of records by outlet."""
    n, rec = scores["docs"], scores["with_record"]
    d, p, k = scores["date"], scores["province"], scores["killed"]
    rows: list[tuple[str, int, int]] = [
        ("headlines with at least one record", rec, n),
        ("date: event date == UCDP date_start", d["exact"], rec),
        ("date: within 1 day of date_start", d["within_1_day"], rec),
        ("date: read from the headline (day)", d["from_text_day"], rec),
        ("  of which == date_start", d["from_text_day_exact"], d["from_text_day"]),
        ("date: taken from the outlet's date (reported)", d["from_report"], rec),
        ("  of which == date_start", d["from_report_exact"], d["from_report"]),
        ("date: month or year only", d["month_or_year"], rec),
        ("date: none", d["none"], rec),
        ("province == adm_1 (canonical)", p["equal"], p["of"]),
        ("province: record has none", p["record_has_none"], p["of"]),
        ("province: a different one", p["differs"], p["of"]),
        ("killed: record gives a figure", k["with_figure"], rec),
        ("killed == best", k["equal_best"], k["with_figure"]),
        ("killed within [low, high]", k["within_low_high"], k["with_figure"]),
        ("killed >= best (headline toll may span several GED events)", k["at_least_best"], k["with_figure"]),
        ("killed < best", k["below_best"], k["with_figure"]),
        ("killed: no figure", k["none"], rec),
    ]
    lines = ["| measure (per headline) | count | of | share |", "|---|---:|---:|---:|"]
    lines += [f"| {name} | {num} | {den} | {_pct(num, den)} |" for name, num, den in rows]
    lines.append("")
    lines.append(
        f"{n} headlines, {scores['records']} records ({scores['several_records']} headlines gave several; the one "
        f"with the largest killed figure is scored). Outlet date == date_start for "
        f"{scores['outlet_date_is_event_date']} of {n}, the next day for {scores['outlet_date_next_day']}. "
        f"Province scored where adm_1 is not blank ({p['gold_blank']} records left out)."
    )
    lines += ["", "| outlet | headlines | with record | killed figure | killed == best |", "|---|---:|---:|---:|---:|"]
    for name, row in scores["by_source"].items():
        lines.append(f"| {name} | {row['docs']} | {row['record']} | {row['killed_figure']} | {row['killed_best']} |")
    return "\n".join(lines)


def _main(argv: list[str] | None = None) -> None:
    """`python -m assistant.evaluation.ucdp_headlines [FILE]`: the table, then 10 sample disagreements."""
    args = argv if argv is not None else sys.argv[1:]
    scores = report(Path(args[0]) if args else HEADLINES)
    print(table(scores))
    values = csv_adm1()
    if values:
        missing = unmapped_provinces(values)
        named = [v for v in values if v.strip()]
        print(
            f"\nadm_1 values in {UCDP_CSV.name}: {len(values)} ({len(named)} named"
            f"{', 1 blank' if len(named) < len(values) else ''}); "
            + (f"not mapped to a province: {missing}" if missing else "all named ones map to a canonical province")
        )
    if scores["unmapped_adm1"]:
        print(f"adm_1 values of the docs not mapped: {scores['unmapped_adm1']}")
    if scores["rejected"]:
        print(f"rejected at ingest: {scores['rejected']}")
    print("\nSample disagreements (headline | gold | record):\n")
    for item in scores["disagreements"]:
        print(f"- {item['headline']}\n  gold:   {item['gold']}\n  record: {item['record']}")


if __name__ == "__main__":
    _main()
