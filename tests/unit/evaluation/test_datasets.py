"""The eval datasets (evals/seeds.jsonl, evals/ucdp*.jsonl) are well formed and their gold follows from the text."""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import json
import re
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from assistant.corpus.read import read_records, to_article
from assistant.language.gazetteer import distance_km, lookup
from assistant.language.text import numbers_in
from assistant.schemas import IN_TOWN_KM, NEAR_KM, Article, IncidentFilters

from conftest import ROOT, SEEDS

EVALS = ROOT / "evals"
UCDP_CSV = ROOT.parent / "shared" / "data" / "iraq_ucdp_ged_2014_2018.csv"

KINDS = {"number", "actor", "place", "date", "claim", "comparison", "listing", "count", "unanswerable", "briefing"}
MATCHES = {"number", "name", "date", "text", "none"}
FIELDS = {"id", "kind", "question", "answers", "match", "sources", "facts", "incidents", "filters"}
FILTER_KEYS = {"place", "radius_km", "date_from", "date_to", "attack_type"}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _flat(text: str) -> str:
    return " ".join(text.split())


@cache
def seeds_cases() -> list[dict]:
    """The hand-written seed cases."""
    return _load(EVALS / "seeds.jsonl")


@cache
def ucdp_cases() -> list[dict]:
    """The generated UCDP cases."""
    return _load(EVALS / "ucdp.jsonl")


@cache
def ucdp_docs() -> dict[str, dict]:
    """The generated UCDP documents by url."""
    return {d["url"]: d for d in _load(EVALS / "ucdp_docs.jsonl")}


@cache
def seed_article(name: str) -> Article:
    """A seed article as ingest cleans it: citations quote this text, so facts must be in it."""
    (rec,) = list(read_records(SEEDS / name, 5_000_000))
    return to_article(rec)


def gold_ids() -> set[str]:
    """Ids of the gold incidents of the seeds."""
    return {g["id"] for g in _load(EVALS / "incidents_gold.jsonl")}


def _answerable(cases: list[dict]) -> list[dict]:
    return [c for c in cases if c["kind"] not in ("unanswerable", "listing", "briefing")]


def make_ucdp() -> ModuleType:
    """evals/make_ucdp.py as a module (evals/ is not a package)."""
    spec = importlib.util.spec_from_file_location("make_ucdp", EVALS / "make_ucdp.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------- both datasets


@pytest.mark.parametrize("cases", [seeds_cases, ucdp_cases], ids=["seeds", "ucdp"])
def test_cases_follow_the_schema(cases) -> None:
    """Unique ids, known kinds and match modes, and the fields each kind needs (empty where it has none)."""
    rows = cases()
    ids = [c["id"] for c in rows]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    for c in rows:
        assert FIELDS <= set(c) <= FIELDS | {"note"}, c["id"]
        assert c["kind"] in KINDS and c["match"] in MATCHES, c["id"]
        assert isinstance(c["question"], str) and len(c["question"]) > 10, c["id"]
        if c["kind"] in ("unanswerable", "listing", "briefing"):
            assert c["answers"] == [] and c["match"] == "none", c["id"]
        else:
            assert c["answers"] and c["match"] != "none" and c["facts"] and c["sources"], c["id"]
        if c["kind"] == "unanswerable":
            assert c["sources"] == [] and c["facts"] == [] and c["incidents"] == [], c["id"]
        assert bool(c["incidents"]) == (c["kind"] in ("listing", "count", "briefing")), c["id"]
        assert (c["filters"] is not None) == (c["kind"] == "briefing"), c["id"]


# ---------------------------------------------------------------- seeds


def test_seeds_have_the_required_mix() -> None:
    """At least 60 cases, 12 unanswerable, exactly 5 briefings, and every other kind represented."""
    kinds = [c["kind"] for c in seeds_cases()]
    assert len(kinds) >= 60
    assert kinds.count("unanswerable") >= 12
    assert kinds.count("briefing") == 5
    assert set(kinds) == KINDS
    assert any(len(c["sources"]) > 1 for c in seeds_cases() if c["kind"] == "comparison")


def test_seed_sources_and_incidents_exist() -> None:
    """Every source is a seed file and every incident id is in evals/incidents_gold.jsonl."""
    files = {p.name for p in SEEDS.glob("*.txt")}
    known = gold_ids()
    for c in seeds_cases():
        assert set(c["sources"]) <= files, (c["id"], c["sources"])
        assert set(c["incidents"]) <= known, (c["id"], set(c["incidents"]) - known)


def test_seed_incidents_come_from_the_cited_articles() -> None:
    """A listing/count/briefing cites the articles its gold incidents come from."""
    doc_of = {g["id"]: g["doc"] for g in _load(EVALS / "incidents_gold.jsonl")}
    for c in seeds_cases():
        prefixes = {s.split("_")[0] for s in c["sources"]}
        assert {doc_of[i] for i in c["incidents"]} <= prefixes, c["id"]


@pytest.mark.parametrize("case", _answerable(seeds_cases()), ids=lambda c: c["id"])
def test_seed_facts_are_verbatim_in_the_cleaned_article(case: dict) -> None:
    """Each fact is a span of one cited article as ingested (whitespace-normalised, case kept)."""
    texts = [_flat(seed_article(s).text) for s in case["sources"]]
    for fact in case["facts"]:
        assert any(_flat(fact) in t for t in texts), (case["id"], fact)


def _number(answer: str) -> float | None:
    found = numbers_in(answer)
    return min(found) if len(found) == 1 else None


def _date_supported(case: dict, texts: list[str]) -> bool:
    """A resolved date agrees with the weekday or 'last month' phrase of its fact and the publication date."""
    facts = " ".join(case["facts"])
    for source in case["sources"]:
        published = seed_article(source).published
        if published is None:
            continue
        for answer in case["answers"]:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", answer):
                day = dt.date.fromisoformat(answer)
                named = [w for w in WEEKDAYS if w in facts]
                if named == [day.strftime("%A")] and 0 <= (published - day).days < 7:
                    return True
            elif re.fullmatch(r"\d{4}-\d{2}", answer) and re.search(r"\b(last|final) month\b", facts):
                before = published.replace(day=1) - dt.timedelta(days=1)
                if answer == f"{before.year}-{before.month:02d}":
                    return True
    return False


@pytest.mark.parametrize("case", _answerable(seeds_cases()), ids=lambda c: c["id"])
def test_seed_gold_answer_follows_from_the_text(case: dict) -> None:
    """The gold answer is in the article, is a figure its facts state (or their total), or a date they resolve to."""
    texts = [_flat(seed_article(s).text).lower() for s in case["sources"]]
    in_text = any(_flat(a).lower() in t for a in case["answers"] for t in texts)
    if case["match"] == "number":
        gold = _number(case["answers"][0])
        assert gold is not None, case["id"]
        per_fact = [numbers_in(f) for f in case["facts"]]
        totals = {sum(choice) for choice in itertools.product(*per_fact)} if all(per_fact) else set()
        allowed = set().union(*per_fact)
        if case["kind"] == "count":  # a total over incidents, or the number of incidents
            allowed |= totals | {float(len(case["incidents"]))}
        assert gold in allowed, (case["id"], gold, case["facts"])
        # Every numeric variant says the same figure ('30' and '20 miles' are one distance in two units, noted).
        assert all(_number(a) in allowed for a in case["answers"]), case["id"]
    elif case["match"] == "date":
        assert in_text or _date_supported(case, texts), (case["id"], case["answers"], case["facts"])
    else:
        assert in_text, (case["id"], case["answers"])


def test_seed_briefing_filters_are_valid_incident_filters() -> None:
    """Briefing filters carry the documented keys and load as the app's IncidentFilters."""
    for c in seeds_cases():
        if c["kind"] != "briefing":
            continue
        assert FILTER_KEYS <= set(c["filters"]), c["id"]
        filters = IncidentFilters(**c["filters"])
        assert not filters.is_empty(), c["id"]
        if filters.place:
            assert lookup(filters.place) is not None, (c["id"], filters.place)


# ---------------------------------------------------------------- ucdp


def test_ucdp_docs_are_attributed_and_ingestible() -> None:
    """Every generated doc names UCDP GED (CC BY 4.0) and ingest reads it with its url, title and date."""
    docs = ucdp_docs()
    assert len(docs) >= 200
    records = list(read_records(EVALS / "ucdp_docs.jsonl", 50_000_000))
    assert len(records) == len(docs)
    for rec in records:
        art = to_article(rec)  # raises InputFileError on a bad record
        doc = docs[art.url]
        assert re.fullmatch(r"ucdp:ged:\d+", doc["url"])
        assert "Uppsala Conflict Data Program" in doc["attribution"] and "CC BY 4.0" in doc["attribution"]
        assert "UCDP" in (art.outlet or "") and "Uppsala Conflict Data Program" in art.text
        assert art.published == dt.date.fromisoformat(doc["published"]) >= dt.date.fromisoformat(doc["event_date"])
        assert art.title == doc["title"]
        # The deaths figure is stated in a sentence, so a count question can be answered from the text alone.
        people = "1 person" if doc["deaths"] == 1 else f"{doc['deaths']} people"
        assert people in art.text, doc["url"]


def test_ucdp_cases_refer_to_generated_docs() -> None:
    """Sources and incidents are doc urls, facts are verbatim in the cited docs, and the mix is a few hundred."""
    docs = ucdp_docs()
    kinds = [c["kind"] for c in ucdp_cases()]
    assert len(kinds) >= 200 and {"count", "listing", "unanswerable"} <= set(kinds)
    for c in ucdp_cases():
        assert set(c["sources"]) <= set(docs) and set(c["incidents"]) <= set(docs), c["id"]
        for fact in c["facts"]:
            assert any(fact in docs[u]["text"] for u in c["sources"]), (c["id"], fact)


def test_ucdp_count_gold_is_the_sum_of_its_docs() -> None:
    """A count's gold is the deaths of the docs of that place and day, and no other doc of that place and day exists."""
    docs = ucdp_docs()
    pattern = re.compile(r" in (?P<place>.+) on (?P<day>\d{1,2} [A-Z][a-z]+ \d{4})\?$")
    for c in ucdp_cases():
        if c["kind"] != "count":
            continue
        m = pattern.search(c["question"])
        assert m, c["id"]
        day = dt.datetime.strptime(m["day"], "%d %B %Y").date().isoformat()
        same = sorted(u for u, d in docs.items() if d["place"] == m["place"] and d["event_date"] == day)
        assert sorted(c["sources"]) == same == sorted(c["incidents"]), c["id"]
        assert c["answers"] == [str(sum(docs[u]["deaths"] for u in same))], c["id"]


def test_ucdp_listing_gold_is_every_doc_near_the_city_that_month() -> None:
    """Re-derived from the docs file: every doc within NEAR_KM of the city (as the gazetteer places it) that month."""
    docs = ucdp_docs()
    pattern = re.compile(r"near (?P<city>.+?) in (?P<month>[A-Z][a-z]+ \d{4})[?.]$")
    listings = [c for c in ucdp_cases() if c["kind"] == "listing"]
    assert len(listings) >= 50
    for c in listings:
        m = pattern.search(c["question"])
        assert m, c["id"]
        city = lookup(m["city"])
        assert city is not None and city.kind == "city" and city.name == m["city"], c["id"]
        month = dt.datetime.strptime(m["month"], "%B %Y").strftime("%Y-%m")
        expected = sorted(
            u
            for u, d in docs.items()
            if d["event_date"].startswith(month) and distance_km(city.lat, city.lon, d["lat"], d["lon"]) <= NEAR_KM
        )
        assert sorted(c["incidents"]) == expected == sorted(c["sources"]), c["id"]


def test_ucdp_unanswerable_cases_have_no_event_there_that_day() -> None:
    """No doc lies within IN_TOWN_KM of the asked place on the asked day."""
    docs = list(ucdp_docs().values())
    pattern = re.compile(r" in (?P<place>.+) on (?P<day>\d{1,2} [A-Z][a-z]+ \d{4})\?$")
    for c in ucdp_cases():
        if c["kind"] != "unanswerable":
            continue
        m = pattern.search(c["question"])
        assert m, c["id"]
        day = dt.datetime.strptime(m["day"], "%d %B %Y").date().isoformat()
        where = next(d for d in docs if d["place"] == m["place"])
        assert not any(
            d["event_date"] == day and distance_km(where["lat"], where["lon"], d["lat"], d["lon"]) <= IN_TOWN_KM
            for d in docs
        ), c["id"]


@pytest.mark.skipif(not UCDP_CSV.is_file(), reason=f"UCDP CSV not present at {UCDP_CSV}")
def test_make_ucdp_is_deterministic_and_committed_files_are_current(tmp_path: Path) -> None:
    """Regenerating twice gives byte-identical files, equal to the committed ones."""
    gen = make_ucdp()
    first = gen.generate(UCDP_CSV, tmp_path / "a")
    second = gen.generate(UCDP_CSV, tmp_path / "b")
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
        assert a.read_bytes() == (EVALS / a.name).read_bytes(), f"{a.name} is stale: run evals/make_ucdp.py"


def test_make_ucdp_refuses_a_missing_csv(tmp_path: Path) -> None:
    """A wrong --csv path is reported by name, not as a traceback."""
    with pytest.raises(SystemExit, match="not found"):
        make_ucdp().generate(tmp_path / "nope.csv", tmp_path)
