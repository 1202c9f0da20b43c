"""Scores on the held-out real-world set (evals/heldout/realworld): records, dates, places, figures, filters, listings.

The set was written blind to the rules (see its README); `split` keeps the `final` third apart. Everything here is
measured by code against the gold files: no model is involved, so the figures are exact and repeatable.

- records: an Iraqi gold incident is found when an extracted record cites a sentence that overlaps its evidence;
- fields of found records: event date (at the gold precision; `reported` means the report's date), province,
  killed and wounded (a gold null means no figure was reported, and then no figure may be stated);
- questions: the filters read from each phrasing against the gold filters, field by field (`filters`), and whether
  they select the gold's incidents (`filters_same`: a field that only narrows and keeps them all is no miss);
- follow-ups: the second turn of each conversation read with the first ('and in 2020?'): filters and intent;
- listings: the records a question's gold filters select from the extracted corpus, against the gold ids.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.answering.question import ParsedQuestion, follow_up, parse_question
from assistant.corpus.read import RawRecord, read_records, to_article, unwrap_text
from assistant.errors import InputFileError
from assistant.incidents.query import names_place
from assistant.incidents.rules import RuleExtractor
from assistant.language import gazetteer
from assistant.language.text import find_verbatim
from assistant.language.vocab import actor_group, name_key, spelling_key
from assistant.schemas import IN_DISTRICT_KM, IN_TOWN_KM, NEAR_KM, Article, Incident, IncidentFilters
from assistant.settings import REPO_ROOT
from assistant.store import within

REALWORLD = REPO_ROOT / "evals" / "heldout" / "realworld"
REALWORLD2 = REPO_ROOT / "evals" / "heldout" / "realworld2"  # written blind once the first final split was used
QUESTIONS3 = REPO_ROOT / "evals" / "heldout" / "questions3"  # question phrasings only, written blind after realworld2
REALWORLD3 = REPO_ROOT / "evals" / "heldout" / "realworld3"  # 154 reports in 15 styles, written blind after questions4
REALWORLD4 = REPO_ROOT / "evals" / "heldout" / "realworld4"  # 154 reports in 14 styles, written blind 2026-12-03
REALWORLD5 = REPO_ROOT / "evals" / "heldout" / "realworld5"  # 154 reports in 14 styles, written blind 2026-12-03 (2nd)
REALWORLD6 = REPO_ROOT / "evals" / "heldout" / "realworld6"  # 154 reports in 14 styles, written blind 2026-12-03 (3rd)
REALWORLD7 = REPO_ROOT / "evals" / "heldout" / "realworld7"  # 154 reports in 14 styles, written blind 2026-12-04
REALWORLD8 = REPO_ROOT / "evals" / "heldout" / "realworld8"  # 154 reports in 14 styles, written blind 2026-12-04 (2nd)
REALWORLD9 = REPO_ROOT / "evals" / "heldout" / "realworld9"  # 154 reports in 14 styles, written blind 2026-12-04 (3rd)
REALWORLD10 = REPO_ROOT / "evals" / "heldout" / "realworld10"  # 156 reports, 13 styles, written blind 2026-12-04 (4th)
REALWORLD11 = REPO_ROOT / "evals" / "heldout" / "realworld11"  # 156 reports, 13 other styles, written blind 2026-12-05
REALWORLD12 = REPO_ROOT / "evals" / "heldout" / "realworld12"  # 13 styles no earlier set used, written blind 2026-12-05
REALWORLD13 = REPO_ROOT / "evals" / "heldout" / "realworld13"  # 13 more new styles, noise inside them, blind 2026-12-06
REALWORLD14 = REPO_ROOT / "evals" / "heldout" / "realworld14"  # 13 more new styles, blind 2026-12-06 (2nd)
REALWORLD15 = REPO_ROOT / "evals" / "heldout" / "realworld15"  # 13 more new styles, blind 2026-12-06 (3rd)
REALWORLD16 = REPO_ROOT / "evals" / "heldout" / "realworld16"  # the core styles, fresh wordings, 2026-12-06
REALWORLD17 = REPO_ROOT / "evals" / "heldout" / "realworld17"  # core styles again, rich question phrasings, 2026-12-06
REALWORLD18 = REPO_ROOT / "evals" / "heldout" / "realworld18"  # core styles, the event day the emphasis, 2026-12-06
REALWORLD19 = REPO_ROOT / "evals" / "heldout" / "realworld19"  # core styles, listings and tolls stressed, 2026-12-07
REALWORLD20 = REPO_ROOT / "evals" / "heldout" / "realworld20"  # core styles, question phrasings stressed, 2026-12-07
REALWORLD21 = REPO_ROOT / "evals" / "heldout" / "realworld21"  # core styles, event days and phrasings, 2026-12-07
REALWORLD22 = REPO_ROOT / "evals" / "heldout" / "realworld22"  # core styles, days, tolls, phrasings, 2026-12-07
REALWORLD23 = REPO_ROOT / "evals" / "heldout" / "realworld23"  # an analyst's inbox: common wordings, 2026-12-07
REALWORLD24 = REPO_ROOT / "evals" / "heldout" / "realworld24"  # records only, written from a brief alone, 2026-12-07
QUESTIONS4 = REPO_ROOT / "evals" / "heldout" / "questions4"  # 442 phrasings, 46 conversations, written blind after q3
QUESTIONS5 = REPO_ROOT / "evals" / "heldout" / "questions5"  # 328 phrasings, 98 conversations (41 of 3 turns), blind
QUESTION_SETS = {"questions3": QUESTIONS3, "questions4": QUESTIONS4, "questions5": QUESTIONS5}
FILTER_FIELDS = (
    "place",
    "near",
    "province",
    "date_from",
    "date_to",
    "attack_type",
    "perpetrator",
    "target",
    "dated_only",
)


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass
class HeldoutSet:
    """The set's files, read once."""

    folder: Path
    docs: list[dict[str, Any]]
    incidents: list[dict[str, Any]]
    questions: list[dict[str, Any]]

    @classmethod
    def load(cls, folder: Path = REALWORLD) -> HeldoutSet:
        """Read docs.jsonl, incidents.jsonl and questions.jsonl of a held-out folder (a question-only set has no
        documents or incidents)."""
        return cls(
            folder,
            _jsonl(folder / "docs.jsonl") if (folder / "docs.jsonl").exists() else [],
            _jsonl(folder / "incidents.jsonl") if (folder / "incidents.jsonl").exists() else [],
            _jsonl(folder / "questions.jsonl"),
        )

    def split_of(self, doc: str) -> str:
        """'dev' or 'final' for a document id."""
        return next(d["split"] for d in self.docs if d["doc"] == doc)


@dataclass
class Extracted:
    """Each document's articles (a feed file holds several; or why it was rejected) and its extracted records."""

    articles: dict[str, list[Article]] = field(default_factory=dict)
    records: dict[str, list[Incident]] = field(default_factory=dict)
    rejected: dict[str, str] = field(default_factory=dict)


def read_articles(path: Path) -> tuple[list[Article], list[str]]:
    """Every article of a file as `assistant ingest` reads it, and the reasons of the records it rejects."""
    articles, errors = [], []
    for rec in read_records(path, 5_000_000):
        try:
            if not isinstance(rec, RawRecord):
                raise rec
            articles.append(to_article(rec))
        except InputFileError as err:
            errors.append(err.reason)
    return articles, errors


def extract(held: HeldoutSet) -> Extracted:
    """Read every document as `assistant ingest` would (every record of a feed file; a bad line is reported and the
    rest still read) and run the rule extractor on it."""
    out = Extracted()
    extractor = RuleExtractor()
    for d in held.docs:
        articles, errors = read_articles(held.folder / "docs" / d["file"])
        if errors:
            out.rejected[d["doc"]] = "; ".join(errors)
        out.articles[d["doc"]] = articles
        out.records[d["doc"]] = [inc for article in articles for inc in extractor.extract(article)]
    return out


def link(held: HeldoutSet, ex: Extracted) -> dict[str, Incident]:
    """Gold incident id -> the record that cites a sentence overlapping its evidence (one record per gold)."""
    found: dict[str, Incident] = {}
    for doc, records in ex.records.items():
        used: set[str] = set()
        for g in (g for g in held.incidents if g["doc"] == doc):
            for article in ex.articles.get(doc, []):
                span = (
                    find_verbatim(g["evidence"], article.text)
                    or find_verbatim(unwrap_text(g["evidence"]), article.text)
                    or find_verbatim(_as_row(g["evidence"]), article.text)
                )
                if span is not None:
                    break
            else:
                continue
            for inc in records:
                if inc.id in used:
                    continue
                if any(s.doc_id == article.doc_id and s.start < span[1] and span[0] < s.end for s in inc.sources):
                    found[g["id"]] = inc
                    used.add(inc.id)
                    break
        # A record that cites another sentence of the same attack than the gold's evidence (the lead, where the gold
        # marks a restatement: 'The device, placed at the door of the shop in Hillah, ...') is still its record when
        # it is the one record left of the report at the gold's place (the same place, or a place the evidence names)
        for g in (g for g in held.incidents if g["doc"] == doc and g["id"] not in found):
            at = [inc for inc in records if inc.id not in used and _at_gold_place(g, inc)]
            if len(at) == 1:
                found[g["id"]] = at[0]
                used.add(at[0].id)
    return found


def _at_gold_place(gold: dict[str, Any], inc: Incident) -> bool:
    """The record is at the gold's place: the same place, or a place of the record that the gold's evidence names."""
    want, evidence = (gold.get("place") or "").lower(), (gold.get("evidence") or "").lower()
    said = {x.lower() for x in (inc.place, inc.place_text) if x}
    return any(x == want or (want and want in x) or x in evidence for x in said)


def _as_row(evidence: str) -> str:
    """A spreadsheet line quoted as the file holds it ('2023-12-13,Dibis,Dibis,Violence,...') as ingest reads it:
    its cells joined by ' | '."""
    return " | ".join(next(csv.reader([evidence]), []))


def date_right(gold: dict[str, Any], inc: Incident, report_date: str | None) -> bool:
    """The record's event date at the gold's precision (the report's date when the gold says `reported`)."""
    if inc.event_date is None:
        return False
    want = gold["event_date"]
    if gold["date_precision"] == "reported":
        return inc.event_date.isoformat() == (report_date or want)
    if gold["date_precision"] == "day":
        return inc.date_precision == "day" and inc.event_date.isoformat() == want
    if gold["date_precision"] == "month":
        return inc.event_date.isoformat()[:7] == want[:7] and inc.date_precision in ("month", "day")
    return inc.event_date.year == int(want[:4])


def figure_right(gold: int | None, count: Any) -> bool:
    """A gold figure is stated exactly (or as the lower bound it gives); a gold null means none may be stated."""
    if gold is None:
        return count is None or count.low is None
    if count is None:
        return False
    return (count.exact() if count.exact() is not None else count.low) == gold


@dataclass
class Tally:
    """Right out of asked, per split."""

    right: dict[str, int] = field(default_factory=lambda: {"dev": 0, "final": 0})
    asked: dict[str, int] = field(default_factory=lambda: {"dev": 0, "final": 0})

    def add(self, split: str, ok: bool) -> None:
        """Count one case."""
        self.asked[split] += 1
        self.right[split] += int(ok)

    def share(self, split: str | None = None) -> float | None:
        """Share right in one split, or in both."""
        splits = [split] if split else ["dev", "final"]
        asked = sum(self.asked[s] for s in splits)
        return sum(self.right[s] for s in splits) / asked if asked else None


def score_records(held: HeldoutSet, ex: Extracted, found: dict[str, Incident]) -> dict[str, Tally]:
    """Record found, and its date, province and figures right, for every Iraqi gold incident."""
    report = {d["doc"]: d.get("report_date") for d in held.docs}
    tallies = {k: Tally() for k in ("record", "event_date", "province", "killed", "wounded", "attack_report")}
    docs_with_attacks: dict[str, bool] = {}
    for g in held.incidents:
        if g.get("country", "Iraq") != "Iraq":
            continue
        split = held.split_of(g["doc"])
        inc = found.get(g["id"])
        tallies["record"].add(split, inc is not None)
        docs_with_attacks[g["doc"]] = docs_with_attacks.get(g["doc"], False) or inc is not None
        if inc is None:
            continue
        tallies["event_date"].add(split, date_right(g, inc, report[g["doc"]]))
        tallies["province"].add(split, inc.province == g["province"])
        tallies["killed"].add(split, figure_right(g["killed"], inc.killed))
        tallies["wounded"].add(split, figure_right(g["wounded"], inc.wounded))
    for doc, any_found in docs_with_attacks.items():
        tallies["attack_report"].add(held.split_of(doc), any_found)
    return tallies


def _gold_filters(q: dict[str, Any]) -> dict[str, Any]:
    f = dict(q["filters"])
    return {k: f.get(k) for k in FILTER_FIELDS}


def parsed_filters(question: str, today: dt.date) -> dict[str, Any]:
    """The question's filters in the gold's terms (place name, near, province, dates, type, actors)."""
    return parsed_filters_of(parse_question(question, today))


def parsed_filters_of(p: ParsedQuestion) -> dict[str, Any]:
    """A parsed question's filters in the gold's terms."""
    f = p.filters
    return {
        "place": f.place or p.unknown_place,
        # a radius the question set ('within 5 km of Daquq') asks about the surroundings too, as 'near' does; 'in X'
        # gives a town's or district's own default radius
        "near": (
            f.radius_km is not None
            and (
                f.radius_km >= NEAR_KM
                or f.radius_km not in (IN_TOWN_KM, IN_DISTRICT_KM, gazetteer.quarter_km_of(f.place))
            )
        )
        or (not f.place and p.unknown_near),
        "province": f.province,
        "date_from": f.date_from.isoformat() if f.date_from else None,
        "date_to": f.date_to.isoformat() if f.date_to else None,
        "attack_type": f.attack_type,
        "perpetrator": f.perpetrator,
        "target": p.target,
        "dated_only": bool(f.dated_only),
    }


SAME_PLACE_KM = 2.0  # two gazetteer entries this close are one place written two ways


_FIELD = re.compile(r"\s+(?:oil\s+|gas\s+)?field$", re.I)


def _same_place(a: str, b: str) -> bool:
    """Two written place names for one place: one spelling, or the same gazetteer entry ('Al Mukhaysah' for the
    gold's 'Al-Mukhisa')."""
    if name_key(a) == name_key(b) or spelling_key(a) == spelling_key(b):
        return True
    # ('Bai Hassan field' and 'Bai Hassan oil field': one field, which the records are searched for by its name)
    if _FIELD.search(a) and _FIELD.search(b) and name_key(_FIELD.sub("", a)) == name_key(_FIELD.sub("", b)):
        return True
    pa, pb = gazetteer.lookup(a, wide=True), gazetteer.lookup(b, wide=True)
    # (or two entries for one place: 'Amiriyat al-Fallujah', GeoNames' subdistrict, 300 m from the town 'Al Amiriyah')
    return pa is not None and pb is not None and gazetteer.distance_km(pa.lat, pa.lon, pb.lat, pb.lon) <= SAME_PLACE_KM


def filters_match(got: dict[str, Any], gold: dict[str, Any]) -> list[str]:
    """Fields of the parsed filters that differ from the gold (places compared by spelling key)."""
    wrong = []
    for k in FILTER_FIELDS:
        a, b = got.get(k), gold.get(k)
        if k == "near" and not gold.get("place"):
            continue  # 'near' only means something with a place
        if k == "place" and a and b and _same_place(a, b):
            continue
        if k in ("perpetrator", "target") and actor_group(a) == actor_group(b):
            continue  # 'army' and 'Iraqi forces' ask for the same records (vocab.ACTOR_WITHIN)
        if (a or None) != (b or None):
            wrong.append(k)
    return wrong


def _gold_day_span(g: dict[str, Any]) -> tuple[str, str] | None:
    """A gold incident's first and last possible day ('2025-03' at month precision spans March)."""
    day = g.get("event_date")
    if not day:
        return None
    if len(day) == 7:
        year, month = int(day[:4]), int(day[5:])
        last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
        return f"{day}-01", last
    return day[:10], day[:10]


def _admits(g: dict[str, Any], k: str, value: Any) -> bool:
    """Whether a gold incident passes one filter field (attack types and targets are lists in the gold)."""
    if not value:
        return True
    if k == "attack_type":
        return value in (g.get("attack_type") or [])
    if k == "perpetrator":
        return actor_group(g.get("perpetrator")) == actor_group(value)
    if k == "target":
        return any(actor_group(t) == actor_group(value) for t in g.get("target") or [])
    if k == "dated_only":
        return g.get("date_precision") not in ("reported", "unknown", None)
    span = _gold_day_span(g)
    if span is None:
        return False
    return span[0] >= value if k == "date_from" else span[1] <= value


_NARROWER = ("attack_type", "perpetrator", "target", "dated_only", "date_from", "date_to")


def harmless(k: str, got: Any, gold: Any, expected: list[dict[str, Any]] | None, today: str | None = None) -> bool:
    """A parsed field that differs from the gold but selects the same incidents: it only narrows the gold's
    choice (the gold left it open, or the parsed day range lies inside the gold's) and every gold incident of the
    question passes it ('Hilla market blast' read as an IED, the asked bombing an IED). A field that widens the
    choice, or any place field, stays a miss: that needs the places the records hold to judge. A period's end on
    or after the question's day is no miss either way ('this month so far' to the 31st or to today): nothing has
    happened after today."""
    if k == "date_to" and today and (got or today) >= today and (gold or today) >= today:
        return True
    if expected is None or k not in _NARROWER or not got:
        return False
    if k in ("date_from", "date_to") and gold and (got < gold if k == "date_from" else got > gold):
        return False
    if k not in ("date_from", "date_to") and gold:
        return False
    return all(_admits(g, k, got) for g in expected)


def _expected(
    held: HeldoutSet, q: dict[str, Any], gold: dict[str, Any], by_id: dict[str, dict[str, Any]]
) -> list[dict[str, Any]] | None:
    """The gold incidents a question asks about: its `expected_ids`, or for a single-event question of the older
    sets (which give only the report) the report's incidents that pass the gold filters."""
    if q.get("expected_ids") is not None:
        return [by_id[i] for i in q["expected_ids"] if i in by_id]
    if q.get("doc"):
        own = [g for g in held.incidents if g["doc"] == q["doc"]]
        return [g for g in own if all(_admits(g, k, gold.get(k)) for k in _NARROWER)] or None
    return None


def score_questions(held: HeldoutSet) -> tuple[Tally, Tally, list[dict[str, Any]]]:
    """Each phrasing parsed to the gold filters (all fields right); each parsed to filters that select the gold's
    incidents (a field that only narrows the choice and keeps every gold incident is no miss: the blind sets
    disagree on whether 'the Hilla market blast' names an attack type); and the misses with their wrong fields."""
    tally, same, misses = Tally(), Tally(), []
    by_id = {g["id"]: g for g in held.incidents}
    for q in held.questions:
        got, gold = parsed_filters(q["question"], dt.date.fromisoformat(q["today"])), _gold_filters(q)
        wrong = filters_match(got, gold)
        expected = _expected(held, q, gold, by_id)
        narrowing = [k for k in wrong if harmless(k, got.get(k), gold.get(k), expected, q.get("today"))]
        tally.add(q["split"], not wrong)
        same.add(q["split"], len(narrowing) == len(wrong))
        if wrong:
            misses.append({"id": q["id"], "split": q["split"], "wrong": wrong, "narrowing": narrowing})
    return tally, same, misses


_INTENTS = {"listing": "list", "briefing": "list", "count": "count"}


def score_conversations(folder: Path = REALWORLD) -> tuple[Tally, list[dict[str, Any]]]:
    """Each follow-up turn ('and in 2020?', 'what about Diyala?') read in its conversation: filters and intent right."""
    tally, misses = Tally(), []
    for conv in _jsonl(folder / "conversations.jsonl"):
        today, previous = dt.date.fromisoformat(conv["today"]), None
        for i, turn in enumerate(conv["turns"]):
            parsed = follow_up(turn["question"], today, previous)
            if i > 0:
                wrong = filters_match(parsed_filters_of(parsed), {k: turn["filters"].get(k) for k in FILTER_FIELDS})
                if parsed.intent != _INTENTS.get(turn["intent"], "ask"):
                    wrong.append("intent")
                tally.add(conv["split"], not wrong)
                if wrong:
                    misses.append({"id": conv["id"], "split": conv["split"], "wrong": wrong})
            previous = parsed
    return tally, misses


def _selects(inc: Incident, f: dict[str, Any]) -> bool:
    """Whether a record passes a question's gold filters (the listing the records would give)."""
    if f.get("province") and inc.province != f["province"]:
        return False
    if f.get("attack_type") and inc.attack_type != f["attack_type"]:
        return False
    if f.get("perpetrator") and actor_group(inc.perpetrator) != actor_group(f["perpetrator"]):
        return False
    if f.get("target") and actor_group(inc.target) != actor_group(f["target"]):
        return False
    if f.get("dated_only") and inc.date_precision in ("reported", "unknown"):
        return False
    if f.get("date_from") or f.get("date_to"):
        if inc.event_date is None:
            return False
        day = inc.event_date.isoformat()
        if (f.get("date_from") and day < f["date_from"]) or (f.get("date_to") and day > f["date_to"]):
            return False
    if f.get("place"):
        place = gazetteer.lookup(f["place"])
        if place is None:
            return names_place(inc, f["place"])
        if place.kind == "province":
            return inc.province == place.province
        radius = NEAR_KM if f.get("near") else 25.0
        if (own := gazetteer.quarter_km(place)) is not None:  # a city quarter or landmark: itself, as the app asks
            radius = own
        return within(inc, IncidentFilters(place=place.name, lat=place.lat, lon=place.lon, radius_km=radius))
    return True


@dataclass
class ListingScore:
    """Precision and recall of listings, summed over questions (micro), per split."""

    tp: dict[str, int] = field(default_factory=lambda: {"dev": 0, "final": 0})
    fp: dict[str, int] = field(default_factory=lambda: {"dev": 0, "final": 0})
    fn: dict[str, int] = field(default_factory=lambda: {"dev": 0, "final": 0})

    def precision(self, split: str | None = None) -> float | None:
        """Listed records that are gold incidents."""
        s = [split] if split else ["dev", "final"]
        tp, fp = sum(self.tp[x] for x in s), sum(self.fp[x] for x in s)
        return tp / (tp + fp) if tp + fp else None

    def recall(self, split: str | None = None) -> float | None:
        """Gold incidents listed."""
        s = [split] if split else ["dev", "final"]
        tp, fn = sum(self.tp[x] for x in s), sum(self.fn[x] for x in s)
        return tp / (tp + fn) if tp + fn else None


def score_listings(held: HeldoutSet, ex: Extracted, found: dict[str, Incident]) -> ListingScore:
    """Listings from the extracted records under each question's gold filters (so parsing errors do not count)."""
    gold_of = {inc.id: gid for gid, inc in found.items()}
    out = ListingScore()
    for q in held.questions:
        if q.get("expected_ids") is None:
            continue
        f = _gold_filters(q)
        listed = {
            gold_of.get(inc.id, f"extra:{doc}:{inc.id}")
            for doc, records in ex.records.items()
            for inc in records
            if _selects(inc, f)
        }
        expected = set(q["expected_ids"])
        split = q["split"]
        out.tp[split] += len(listed & expected)
        out.fp[split] += len(listed - expected)
        out.fn[split] += len(expected - listed)
    return out


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}"


def report(held: HeldoutSet | None = None) -> dict[str, Any]:
    """Every score of the set, per split and overall, as a dict (also printed by `python -m ...realworld`)."""
    held = held or HeldoutSet.load()
    ex = extract(held)
    found = link(held, ex)  # gold id -> record, shared by the record and listing scores
    records = score_records(held, ex, found)
    questions, same, misses = score_questions(held)
    follow_ups, follow_misses = score_conversations(held.folder)
    listings = score_listings(held, ex, found)
    out: dict[str, Any] = {"rejected": ex.rejected, "question_misses": misses, "follow_up_misses": follow_misses}
    for name, t in {**records, "filters": questions, "filters_same": same, "follow_ups": follow_ups}.items():
        out[name] = {s: t.share(s) for s in ("dev", "final")} | {"all": t.share(), "n": sum(t.asked.values())}
    out["listing"] = {f"{m}_{s}": getattr(listings, m)(s) for m in ("precision", "recall") for s in ("dev", "final")}
    return out


def report_questions(held: HeldoutSet) -> dict[str, Any]:
    """Filters and follow-ups of a question-only set, per split and overall."""
    questions, same, misses = score_questions(held)
    follow_ups, follow_misses = score_conversations(held.folder)
    out: dict[str, Any] = {"question_misses": misses, "follow_up_misses": follow_misses}
    for name, t in {"filters": questions, "filters_same": same, "follow_ups": follow_ups}.items():
        out[name] = {s: t.share(s) for s in ("dev", "final")} | {"all": t.share(), "n": sum(t.asked.values())}
    return out


# The per-split measures a set is scored on, in the order tables show them (listings are shown after them)
MEASURES = (
    "attack_report",
    "record",
    "event_date",
    "province",
    "killed",
    "wounded",
    "filters",
    "filters_same",
    "follow_ups",
)


def table(scores: dict[str, Any], final: bool = False) -> str:
    """The scores as a Markdown table; the `final` split's column only when asked for (it is kept for the end)."""
    splits = ["dev", "final"] if final else ["dev"]
    rows = ["| measure | " + " | ".join(splits) + " |", "|---|" + "---|" * len(splits)]
    for name in MEASURES:
        if name in scores:
            rows.append(f"| {name} | " + " | ".join(_pct(scores[name][s]) for s in splits) + " |")
    if "listing" not in scores:
        return "\n".join(rows)
    lst = scores["listing"]
    for m in ("precision", "recall"):
        rows.append(f"| listing {m} | " + " | ".join(_pct(lst[f"{m}_{s}"]) for s in splits) + " |")
    return "\n".join(rows)


def _main(argv: list[str] | None = None) -> None:
    """`python -m assistant.evaluation.realworld [realworld2|...|realworld24|questionsN] [--final]`: the dev
    split of the first set (or of a later one, or a question-only set), and the final one only with --final."""
    args = argv if argv is not None else sys.argv[1:]
    for name, folder in QUESTION_SETS.items():
        if name in args:
            scores = report_questions(HeldoutSet.load(folder))
            print(table(scores, final="--final" in args))
            return
    named = {
        "realworld12": REALWORLD12,
        "realworld13": REALWORLD13,
        "realworld14": REALWORLD14,
        "realworld15": REALWORLD15,
        "realworld16": REALWORLD16,
        "realworld17": REALWORLD17,
        "realworld18": REALWORLD18,
        "realworld19": REALWORLD19,
        "realworld20": REALWORLD20,
        "realworld21": REALWORLD21,
        "realworld22": REALWORLD22,
        "realworld23": REALWORLD23,
        "realworld24": REALWORLD24,
        "realworld11": REALWORLD11,
        "realworld10": REALWORLD10,
        "realworld9": REALWORLD9,
        "realworld8": REALWORLD8,
        "realworld7": REALWORLD7,
        "realworld6": REALWORLD6,
        "realworld5": REALWORLD5,
        "realworld4": REALWORLD4,
        "realworld3": REALWORLD3,
        "realworld2": REALWORLD2,
    }
    folder = next((f for name, f in named.items() if name in args), REALWORLD)
    scores = report(HeldoutSet.load(folder))
    print(table(scores, final="--final" in args))
    if scores["rejected"]:
        print(f"\nrejected at ingest: {scores['rejected']}")


if __name__ == "__main__":
    _main()
