"""Listing and counting from incident records: filters, duplicate merging, totals, cited answers, all matches."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assistant.answering.from_records import answer_from_incidents
from assistant.answering.question import ParsedQuestion
from assistant.desk import Desk
from assistant.incidents.labels import describe
from assistant.incidents.query import DUPLICATE_KM, find_incidents, merge_duplicates, total
from assistant.language import gazetteer
from assistant.schemas import Answer, Article, Count, Incident, IncidentFilters, IncidentSource
from assistant.settings import Settings
from assistant.store import within

TODAY = dt.date(2024, 6, 1)
_MARKER = re.compile(r"\[(\d+)\]")


# ------------------------------------------------------------------ helpers


def exact(n: int) -> Count:
    """A figure reported as one number."""
    return Count(low=n, high=n, text=str(n))


def at_least(n: int, text: str = "") -> Count:
    """An open-ended figure ('at least 11', 'dozens')."""
    return Count(low=n, high=None, text=text or f"at least {n}")


def incident(
    ident: str,
    *,
    place: str | None = "Kirkuk",
    day: str | None = "2022-12-18",
    precision: str = "day",
    doc: str = "doc-a",
    province: str | None = None,
    killed: int | Count | None = None,
    wounded: int | Count | None = None,
    target: str | None = "police",
    attack_type: str = "ied",
    perpetrator: str | None = None,
    lat: float | None = None,
    lon: float | None = None,
) -> Incident:
    """An incident at a gazetteer place (or at lat/lon, or nowhere when place is None) with one evidence sentence."""
    found = gazetteer.lookup(place) if place else None
    k = exact(killed) if isinstance(killed, int) else killed
    w = exact(wounded) if isinstance(wounded, int) else wounded
    quote = f"Report {ident}: an attack near {place or 'an unnamed village'} killed {k.text if k else 'nobody'}."
    return Incident(
        id=ident,
        event_date=dt.date.fromisoformat(day) if day else None,
        date_precision=precision if day else "unknown",
        place_text=place,
        place=found.name if found else None,
        province=province or (found.province if found else None),
        lat=lat if lat is not None else (found.lat if found else None),
        lon=lon if lon is not None else (found.lon if found else None),
        perpetrator=perpetrator,
        target=target,
        attack_type=attack_type,
        killed=k,
        wounded=w,
        sources=[IncidentSource(doc_id=doc, quote=quote, start=0, end=len(quote), killed=k, wounded=w)],
    )


def put_article(desk: Desk, doc_id: str, incidents: list[Incident], published: dt.date | None = None) -> Article:
    """Store an article whose text is its incidents' evidence sentences, with the incidents pointing into it."""
    text, placed = "", []
    for inc in incidents:
        quote = inc.sources[0].quote
        start = len(text)
        text += quote + "\n\n"
        src = IncidentSource(
            doc_id=doc_id, quote=quote, start=start, end=start + len(quote), killed=inc.killed, wounded=inc.wounded
        )
        placed.append(inc.model_copy(update={"sources": [src]}))
    art = Article(
        doc_id=doc_id,
        text=text.strip(),
        title=f"Article {doc_id}",
        outlet="Test Wire",
        published=published,
        source=f"test://{doc_id}",
    )
    vectors = desk.embedder.embed([art.text] + [describe(i) for i in placed])
    desk.store.put(art, [], [], vectors[0], placed, vectors[1:])
    return art


def listed(desk: Desk, filters: IncidentFilters, target: str | None = None) -> set[str]:
    """Ids of the incidents a listing shows for these filters."""
    return {i.id for i in find_incidents(desk.store, filters, target)}


def near(place: str, km: float = 50.0, **more: object) -> IncidentFilters:
    """Filters for 'within km of place' (as --near/--radius build them)."""
    p = gazetteer.lookup(place)
    assert p is not None, place
    return IncidentFilters(place=p.name, lat=p.lat, lon=p.lon, radius_km=km, **more)


def check_citations(answer: Answer, desk: Desk) -> None:
    """Every [n] in the text is a source, every source is cited, and each quote is verbatim in its stored article."""
    markers = {int(n) for n in _MARKER.findall(answer.text)}
    assert markers == {c.n for c in answer.sources}, answer.text
    assert sorted(c.n for c in answer.sources) == list(range(1, len(answer.sources) + 1))
    for c in answer.sources:
        art = desk.store.article(c.doc_id)
        assert art is not None and art.text[c.start : c.end] == c.quote


@pytest.fixture
def empty_desk(settings: Settings) -> Desk:
    """A desk with an empty corpus (hash embedder, fake LLM, temp data dir)."""
    return Desk(settings)


@pytest.fixture
def kirkuk_desk(empty_desk: Desk) -> Desk:
    """Incidents in and around Kirkuk and Salahuddin, one with no coordinates, one with no date."""
    put_article(
        empty_desk,
        "art-kirkuk",
        [
            incident("kirkuk-city", place="Kirkuk", day="2022-12-18", killed=9, perpetrator="ISIS"),
            incident(
                "kirkuk-month",
                place="Kirkuk",
                day="2022-11-01",
                precision="month",
                killed=4,
                target="army",
                attack_type="shooting",
            ),
            incident("dibis", place="Dibis", day="2022-03-02", killed=2, target="army", attack_type="mortar_rocket"),
            incident("hawija", place="Hawija", day="2022-06-01", killed=3, target="PMU", perpetrator="ISIS"),
            incident("nowhere", place=None, province="Kirkuk", day="2022-07-07", killed=1),
        ],
    )
    put_article(
        empty_desk,
        "art-salahuddin",
        [
            incident(
                "tikrit",
                place="Tikrit",
                day="2021-01-23",
                killed=11,
                target="PMU",
                attack_type="ambush",
                perpetrator="ISIS",
            ),
            incident(
                "baiji",
                place="Baiji",
                day="2022-12-18",
                killed=4,
                target="army",
                attack_type="ambush",
                perpetrator="ISIS",
            ),
            incident(
                "dujail", place="Dujail", day=None, killed=5, target="army", attack_type="shooting", perpetrator="ISIS"
            ),
            incident(
                "salah-nowhere", place=None, province="Salahuddin", day="2022-02-02", killed=1, attack_type="shooting"
            ),
        ],
    )
    return empty_desk


# ------------------------------------------------------------------ filters


@pytest.mark.parametrize(
    ("km", "expected"),
    [
        (50.0, {"kirkuk-city", "kirkuk-month", "dibis"}),  # Dibis is 37 km away; Hawija (58 km) is inside the box only
        (60.0, {"kirkuk-city", "kirkuk-month", "dibis", "hawija"}),
        (10.0, {"kirkuk-city", "kirkuk-month"}),
    ],
)
def test_radius_around_kirkuk_lists_only_incidents_within_it(kirkuk_desk: Desk, km: float, expected: set[str]) -> None:
    """'Within N km of Kirkuk' lists Kirkuk-city incidents and near towns, never Tikrit or incidents with no place."""
    assert listed(kirkuk_desk, near("Kirkuk", km)) == expected


@pytest.mark.parametrize(
    ("place", "lat_lon", "inside"),
    [
        ("Kirkuk", None, True),
        ("Dibis", None, True),
        ("Tikrit", None, False),
        ("Hawija", None, False),
        (None, None, False),  # no coordinates: never inside a radius, whatever its province
        (None, (35.468 + 0.40, 44.392 + 0.60), False),  # inside the store's bounding box, 70 km away
    ],
)
def test_within_is_the_exact_radius_test(place: str | None, lat_lon: tuple[float, float] | None, inside: bool) -> None:
    """The exact 50 km test keeps what the bounding box let through only when it is really within the radius."""
    lat, lon = lat_lon or (None, None)
    inc = incident("x", place=place, province="Kirkuk", lat=lat, lon=lon)
    assert within(inc, near("Kirkuk")) is inside


def test_radius_query_excludes_incident_without_coordinates(kirkuk_desk: Desk) -> None:
    """An incident known only by its province is never listed for 'near X', even when X is in that province."""
    assert "nowhere" not in listed(kirkuk_desk, near("Kirkuk", 200.0))
    assert "nowhere" in listed(kirkuk_desk, IncidentFilters(province="Kirkuk"))


@pytest.mark.parametrize(
    ("province", "expected"),
    [
        ("Kirkuk", {"kirkuk-city", "kirkuk-month", "dibis", "hawija", "nowhere"}),
        ("Salahuddin", {"tikrit", "baiji", "dujail", "salah-nowhere"}),
        ("Basra", set()),
    ],
)
def test_province_filter_is_membership(kirkuk_desk: Desk, province: str, expected: set[str]) -> None:
    """'In <province>' lists every incident recorded in that province, with or without coordinates, and no other."""
    assert listed(kirkuk_desk, IncidentFilters(province=province)) == expected


@pytest.mark.parametrize(
    ("lo", "hi", "expected"),
    [
        (
            "2022-01-01",
            "2022-12-31",
            {"kirkuk-city", "kirkuk-month", "dibis", "hawija", "nowhere", "baiji", "salah-nowhere"},
        ),
        ("2022-11-01", "2022-11-30", {"kirkuk-month"}),  # month precision 'November 2022' is inside November
        ("2022-12-17", "2022-12-18", {"kirkuk-city", "baiji"}),
        ("2021-01-01", "2021-12-31", {"tikrit"}),
        ("2015-01-01", "2015-12-31", set()),
    ],
)
def test_date_range_uses_event_dates(kirkuk_desk: Desk, lo: str, hi: str, expected: set[str]) -> None:
    """A date range lists incidents whose event date falls in it (month-precision dates too); undated ones never."""
    f = IncidentFilters(date_from=dt.date.fromisoformat(lo), date_to=dt.date.fromisoformat(hi))
    assert listed(kirkuk_desk, f) == expected


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"attack_type": "ambush"}, {"tikrit", "baiji"}),
        ({"attack_type": "mortar_rocket"}, {"dibis"}),
        ({"perpetrator": "ISIS"}, {"kirkuk-city", "hawija", "tikrit", "baiji", "dujail"}),
        ({"perpetrator": "ISIS", "attack_type": "shooting"}, {"dujail"}),
        ({"perpetrator": "ISIS", "province": "Kirkuk"}, {"kirkuk-city", "hawija"}),
        ({"perpetrator": "PKK"}, set()),
    ],
)
def test_attack_type_and_perpetrator_filters(kirkuk_desk: Desk, filters: dict, expected: set[str]) -> None:
    """Attack type and perpetrator filters (alone or combined with a province) list exactly the matching incidents."""
    assert listed(kirkuk_desk, IncidentFilters(**filters)) == expected


def test_target_filter_from_the_question(kirkuk_desk: Desk) -> None:
    """'How many soldiers were killed in Kirkuk province' counts only incidents that hit the army."""
    answer = kirkuk_desk.ask("How many soldiers were killed in Kirkuk province?", today=TODAY)
    first, head = answer.text.splitlines()[:2]
    assert first.startswith("6 people were killed in 2 attacks on the army in Kirkuk between 2 March and November 2022")
    assert head.startswith("6 killed in 2 incidents")


# ------------------------------------------------------------------ duplicates


@pytest.mark.parametrize("days_apart", [0, 1])
def test_reports_of_one_event_are_merged(days_apart: int) -> None:
    """Two articles reporting an attack on the same target, a day apart at most and within 25 km, make one incident;
    the places and dates they disagree on are flagged with both versions."""
    a = incident("a", place="Kirkuk", day="2022-12-18", doc="doc-a", killed=9)
    b = incident(
        "b", place="Taza", day=str(dt.date(2022, 12, 18) + dt.timedelta(days=days_apart)), doc="doc-b", killed=9
    )
    assert gazetteer.distance_km(a.lat, a.lon, b.lat, b.lon) <= DUPLICATE_KM
    (merged,) = merge_duplicates([a, b])
    assert [s.doc_id for s in merged.sources] == ["doc-a", "doc-b"]
    assert merged.killed.exact() == 9
    flags = ["place: Kirkuk vs Taza"]
    assert merged.conflicts == (["date: 2022-12-18 vs 2022-12-19"] if days_apart else []) + flags


def test_disagreeing_figures_become_a_range_with_a_conflict() -> None:
    """Sources saying 13 and 32 killed give a 13–32 count and a note that they disagree."""
    a = incident("a", doc="doc-a", killed=13, wounded=30)
    b = incident("b", doc="doc-b", killed=32, wounded=30)
    (merged,) = merge_duplicates([b, a])
    assert (merged.killed.low, merged.killed.high) == (13, 32)
    assert merged.killed.exact() is None
    assert merged.wounded.exact() == 30
    assert len(merged.conflicts) == 1 and "13" in merged.conflicts[0] and "32" in merged.conflicts[0]


def test_lower_bound_and_exact_figure_do_not_conflict() -> None:
    """'At least 11' and '11' killed are one figure: the exact one is kept, no conflict is reported."""
    a = incident("a", doc="doc-a", killed=at_least(11))
    b = incident("b", doc="doc-b", killed=11)
    (merged,) = merge_duplicates([a, b])
    assert merged.killed.exact() == 11 and merged.conflicts == []


def test_third_report_keeps_the_range() -> None:
    """Three articles saying 13, 32 and 20 killed still show 13–32 killed, not 20 as if all agreed."""
    reports = [incident(d, doc=f"doc-{d}", killed=n) for d, n in (("a", 13), ("b", 32), ("c", 20))]
    (merged,) = merge_duplicates(reports)
    assert (merged.killed.low, merged.killed.high) == (13, 32)


@pytest.mark.parametrize(
    ("b_place", "b_day", "b_target", "b_doc"),
    [
        ("Kirkuk", "2022-12-20", "police", "doc-b"),  # two days apart
        ("Tikrit", "2022-12-18", "police", "doc-b"),  # 115 km apart
        ("Hawija", "2022-12-18", "police", "doc-b"),  # 58 km apart: near, but not the same place
        ("Kirkuk", "2022-12-18", "army", "doc-b"),  # another target
        ("Kirkuk", "2022-12-18", "police", "doc-a"),  # same article: it reports two attacks
    ],
)
def test_distinct_events_stay_separate(b_place: str, b_day: str, b_target: str, b_doc: str) -> None:
    """Different days, far-apart places, other targets, or two incidents of one article are never merged."""
    a = incident("a", place="Kirkuk", day="2022-12-18", doc="doc-a", killed=9)
    b = incident("b", place=b_place, day=b_day, doc=b_doc, killed=9, target=b_target)
    assert len(merge_duplicates([a, b])) == 2


def test_merged_incident_is_listed_once_citing_both_articles(empty_desk: Desk) -> None:
    """A listing shows one line for an attack two articles report, cites both, and says their figures disagree."""
    put_article(
        empty_desk,
        "wire-1",
        [incident("w1", place="Baghdad", day="2021-01-21", killed=13, target="civilians", attack_type="suicide")],
    )
    put_article(
        empty_desk,
        "wire-2",
        [incident("w2", place="Baghdad", day="2021-01-21", killed=32, target="civilians", attack_type="suicide")],
    )
    answer = empty_desk.ask("suicide attacks in Baghdad in January 2021", today=TODAY)
    lines = answer.text.splitlines()
    assert lines[0].startswith("13\u201332 people were killed in the suicide attack on civilians near Baghdad on 21 J")
    assert lines[1].startswith("1 incident match")
    assert "13\u201332 killed" in lines[2] and "Sources disagree" in lines[2]
    assert {c.doc_id for c in answer.sources} == {"wire-1", "wire-2"}
    check_citations(answer, empty_desk)


def _wire(desk: Desk, doc: str, ident: str, **kw: object) -> None:
    put_article(desk, doc, [incident(ident, **kw)])  # type: ignore[arg-type]


def test_listing_takes_a_whole_event_merged_and_a_part_of_one_alone(empty_desk: Desk) -> None:
    """An event two articles report is listed once, citing both, in every listing that selects both reports; a
    listing whose filters select only one report (the other names another group) lists that report alone, with its
    own figure and nothing from the report the filters left out."""
    _wire(empty_desk, "wire-1", "w1", place="Baghdad", day="2021-01-21", killed=13, perpetrator="ISIS")
    _wire(empty_desk, "wire-2", "w2", place="Baghdad", day="2021-01-22", killed=32, perpetrator="unknown")
    _wire(empty_desk, "wire-3", "w3", place="Mosul", day="2021-03-02", killed=2, perpetrator="ISIS")
    whole = (IncidentFilters(), IncidentFilters(province="Baghdad"), near("Baghdad", date_to=dt.date(2021, 2, 1)))
    for filters in whole:
        found = find_incidents(empty_desk.store, filters)
        baghdad = [i for i in found if i.place == "Baghdad"]
        assert len(baghdad) == 1, filters
        assert {s.doc_id for s in baghdad[0].sources} == {"wire-1", "wire-2"}
        assert baghdad[0].killed is not None and (baghdad[0].killed.low, baghdad[0].killed.high) == (13, 32)
    isis = find_incidents(empty_desk.store, IncidentFilters(perpetrator="ISIS"))
    assert sorted((i.id, [s.doc_id for s in i.sources]) for i in isis) == [("w1", ["wire-1"]), ("w3", ["wire-3"])]
    assert next(i for i in isis if i.id == "w1").killed == exact(13)
    # and the whole event again, as merged before: the partial listing changed nothing shared
    again = [i for i in find_incidents(empty_desk.store, IncidentFilters()) if i.place == "Baghdad"]
    assert len(again) == 1 and len(again[0].sources) == 2 and again[0].conflicts


def test_a_report_stored_later_joins_its_event_in_the_next_listing(empty_desk: Desk) -> None:
    """Events merged for a listing are worked out again after a write: a second article on the same attack joins
    it, and deleting that article takes it out again."""
    _wire(empty_desk, "wire-1", "w1", place="Kirkuk", day="2022-12-18", killed=2)
    assert [len(i.sources) for i in find_incidents(empty_desk.store, IncidentFilters())] == [1]
    _wire(empty_desk, "wire-2", "w2", place="Kirkuk", day="2022-12-18", killed=3)
    assert [len(i.sources) for i in find_incidents(empty_desk.store, IncidentFilters())] == [2]
    empty_desk.store.delete("wire-2")
    assert [len(i.sources) for i in find_incidents(empty_desk.store, IncidentFilters())] == [1]


def test_the_selected_reports_of_an_event_are_merged_with_each_other(empty_desk: Desk) -> None:
    """Three articles on one attack, two blaming ISIS: 'ISIS attacks' lists it once, citing those two only."""
    _wire(empty_desk, "a", "a1", place="Kirkuk", day="2022-12-18", killed=2, perpetrator="ISIS")
    _wire(empty_desk, "b", "b1", place="Kirkuk", day="2022-12-18", killed=4, perpetrator="unknown")
    _wire(empty_desk, "c", "c1", place="Kirkuk", day="2022-12-19", killed=3, perpetrator="ISIS")
    assert [len(i.sources) for i in find_incidents(empty_desk.store, IncidentFilters())] == [3]
    (isis,) = find_incidents(empty_desk.store, IncidentFilters(perpetrator="ISIS"))
    assert sorted(s.doc_id for s in isis.sources) == ["a", "c"]
    assert isis.killed is not None and (isis.killed.low, isis.killed.high) == (2, 3)


# ------------------------------------------------------------------ totals and answers


@pytest.mark.parametrize(
    ("counts", "low", "high", "text"),
    [
        ([exact(11), exact(9)], 20, 20, "20"),
        ([at_least(11), exact(9)], 20, None, "at least 20"),
        ([exact(0), exact(2), exact(5)], 7, 7, "7"),
        ([exact(6), None], 6, None, "at least 6"),  # a missing figure: the total is a lower bound
        ([at_least(24, "dozens"), exact(2)], 26, None, "at least 26"),
    ],
)
def test_total_sums_figures_and_keeps_lower_bounds(
    counts: list[Count | None], low: int, high: int | None, text: str
) -> None:
    """Totals are exact sums when every figure is exact, and 'at least N' when any is open-ended or missing."""
    t = total(counts)
    assert (t.low, t.high, t.text) == (low, high, text)


def test_count_question_totals_by_code(kirkuk_desk: Desk) -> None:
    """'How many were killed near Kirkuk in 2022' adds the listed incidents' figures and lists each one cited."""
    answer = kirkuk_desk.ask("How many people were killed near Kirkuk in 2022?", today=TODAY)
    lines = answer.text.splitlines()
    assert lines[0] == "15 people were killed in 3 attacks near Kirkuk between 2 March and 18 December 2022 [1][2][3]."
    assert lines[1] == "15 killed in 3 incidents (near Kirkuk (50 km) \u00b7 2022-01-01..2022-12-31)."
    assert len(lines) == 5
    check_citations(answer, kirkuk_desk)


def test_no_match_says_so_with_the_filters_and_no_sources(desk: Desk) -> None:
    """A filter that matches nothing answers 'No incidents match' naming the filters, with no sources."""
    answer = desk.ask("attacks near Basra in 2015", today=TODAY)
    assert answer.text == "No incidents match (near Basra (50 km) \u00b7 2015-01-01..2015-12-31)."
    assert answer.sources == [] and answer.claims == [] and answer.abstained


def test_answer_from_incidents_with_no_match_shows_target(empty_desk: Desk) -> None:
    """With nothing stored, a count about a target says no incidents match and names the target it looked for."""
    parsed = ParsedQuestion(
        filters=IncidentFilters(province="Anbar"), intent="count", measure="killed", target="police"
    )
    answer = answer_from_incidents(parsed, "How many police were killed in Anbar?", empty_desk.store)
    assert answer.text == "No incidents match (in Anbar \u00b7 target police)."
    assert answer.sources == []


@pytest.mark.parametrize(
    "question",
    [
        "attacks",
        "attacks near Kirkuk in 2022",
        "ISIS attacks in Salahuddin province",
        "How many people were killed near Kirkuk in 2022?",
    ],
)
def test_every_marker_cites_a_verbatim_quote(desk: Desk, question: str) -> None:
    """Each [n] in a listing maps to a citation whose quote is exactly the stored article text at its offsets."""
    answer = desk.ask(question, today=TODAY)
    assert answer.sources, answer.text
    check_citations(answer, desk)
    for claim in answer.claims:
        assert claim.citations and all(f"[{c.n}]" in answer.text for c in claim.citations)


def test_incident_whose_evidence_is_not_in_the_article_is_not_listed(empty_desk: Desk) -> None:
    """An incident record whose quote does not match its stored article is left out rather than cited."""
    art = put_article(empty_desk, "art-ok", [incident("good", place="Kirkuk", killed=2)])
    bad = incident("bad", place="Kirkuk", day="2022-12-10", killed=7)
    bad.sources[0].doc_id = art.doc_id  # points into art-ok, at text that is not there
    bad.sources[0].quote = "A sentence that the article does not contain."
    vectors = empty_desk.embedder.embed([art.text, describe(bad)])
    empty_desk.store.put(art, [], [], vectors[0], [bad], vectors[1:])  # same article, one more (broken) incident
    answer = empty_desk.ask("attacks near Kirkuk", today=TODAY)
    assert answer.text.splitlines()[1].startswith("1 incident match")
    assert "7 killed" not in answer.text
    check_citations(answer, empty_desk)


def test_deleted_article_incidents_leave_listings(kirkuk_desk: Desk) -> None:
    """Once an article is deleted its incidents are no longer listed or counted."""
    assert {"tikrit", "baiji"} <= listed(kirkuk_desk, IncidentFilters())
    kirkuk_desk.store.delete("art-salahuddin")
    assert listed(kirkuk_desk, IncidentFilters()) == {"kirkuk-city", "kirkuk-month", "dibis", "hawija", "nowhere"}
    answer = kirkuk_desk.ask("ISIS attacks in Salahuddin province", today=TODAY)
    assert answer.text.startswith("No incidents match") and answer.sources == []


def test_edited_article_replaces_its_incidents(empty_desk: Desk, tmp_path: Path) -> None:
    """Re-ingesting an edited file lists the new version's incident and drops the old one."""
    path = tmp_path / "report.txt"
    path.write_text(
        "date 2022-03-09\nBomb near Hawija\n\nA roadside bomb killed three soldiers near Hawija on "
        "Monday, officials said.\n",
        encoding="utf-8",
    )
    assert empty_desk.ingest([path]).count("added") == 1
    assert len(find_incidents(empty_desk.store, near("Hawija"))) == 1
    path.write_text(path.read_text(encoding="utf-8").replace("Hawija", "Samarra"), encoding="utf-8")
    assert empty_desk.ingest([path]).count("replaced") == 1
    assert find_incidents(empty_desk.store, near("Hawija")) == []
    assert len(find_incidents(empty_desk.store, near("Samarra"))) == 1


# ------------------------------------------------------------------ all matches, not a top-k


def test_listing_enumerates_every_match_not_a_top_k(empty_desk: Desk, tmp_path: Path) -> None:
    """Fifteen attacks near one town on fifteen dates are all listed and all counted (retrieval shows only top-k)."""
    folder = tmp_path / "hawija"
    folder.mkdir()
    days = [dt.date(2022, 1, 3) + dt.timedelta(days=9 * i) for i in range(15)]
    for i, day in enumerate(days):
        (folder / f"{i:02d}.txt").write_text(
            f"Bomb kills soldiers near Hawija\n\nA roadside bomb killed {i + 2} soldiers near Hawija on "
            f"{day:%B} {day.day}, {day.year}, a security source said.\n",
            encoding="utf-8",
        )
    assert empty_desk.ingest([folder]).count("added") == 15
    assert empty_desk.settings.retrieve.top_k < 15

    answer = empty_desk.ask("attacks near Hawija", today=TODAY)
    lines = answer.text.splitlines()
    assert lines[0].startswith(f"{sum(range(2, 17))} people were killed in 15 attacks near Hawija between 3 January")
    assert lines[1] == "15 incidents match (near Hawija (50 km))."
    assert [line[:10] for line in lines[2:]] == [d.isoformat() for d in days]  # oldest first, one line each
    check_citations(answer, empty_desk)

    answer = empty_desk.ask("How many soldiers were killed near Hawija?", today=TODAY)
    assert answer.text.splitlines()[1].startswith(f"{sum(range(2, 17))} killed in 15 incidents")


def test_unknown_place_gives_no_listing(desk) -> None:
    """'attacks near Xyzville' says the place is unknown instead of listing every incident."""
    answer = desk.ask("attacks near Xyzville in 2022")
    assert answer.abstained and "Xyzville" in answer.text and answer.sources == []


def test_count_with_no_reported_figure_says_so(empty_desk: Desk) -> None:
    """Incidents that report no wounded figure give 'no figure reported', never 'at least 0 wounded'."""
    put_article(
        empty_desk,
        "outpost",
        [
            incident(
                "o",
                place="Kirkuk",
                day="2022-11-01",
                precision="month",
                killed=4,
                target="army",
                attack_type="shooting",
            )
        ],
    )
    answer = empty_desk.ask("How many soldiers were wounded near Kirkuk in 2022?", today=TODAY)
    assert answer.abstained and answer.sources == []
    assert answer.text.startswith("No wounded figure is reported for the 1 incident that match")


def test_count_with_some_figures_missing_is_a_lower_bound(kirkuk_desk: Desk) -> None:
    """When some matching incidents give no figure, the total is a lower bound and says how many are missing."""
    put_article(kirkuk_desk, "art-extra", [incident("extra", place="Kirkuk", day="2022-05-05", killed=None)])
    answer = kirkuk_desk.ask("How many people were killed near Kirkuk in 2022?", today=TODAY)
    first, head = answer.text.splitlines()[:2]
    assert first.startswith("At least 15 people were killed in 4 attacks near Kirkuk")
    assert head.startswith("at least 15 killed in 4 incidents") and "1 of them reports no killed figure" in head


def test_count_with_only_vague_figures_gives_the_words_not_at_least_zero(empty_desk: Desk) -> None:
    """'a large number killed' is reported as those words; no total is made up from it."""
    put_article(
        empty_desk,
        "makhmour",
        [
            incident(
                "m",
                place="Makhmour",
                day="2019-11-10",
                killed=Count(text="large number"),
                target="ISIS",
                attack_type="airstrike_operation",
            )
        ],
    )
    answer = empty_desk.ask("How many ISIS fighters were killed near Makhmour in 2019?", today=TODAY)
    assert answer.abstained and "at least 0" not in answer.text
    assert answer.text.startswith("No killed figure is reported for the 1 incident that match")
    assert answer.text.endswith("The reports say only \u201clarge number\u201d killed.")


DIBIS_REPORT = (
    "Bomb near Dibis\n\nPublished: 20 May 2021\n\n"
    "On 18 May 2021 a roadside bomb wounded three policemen near Dibis, Kirkuk province.\n"
)


def _desk_with(settings: Settings, tmp_path: Path, report: str) -> Desk:
    """A desk holding `report` and a dated IED report near Dibis on 18 May 2021."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "report.txt").write_text(report, encoding="utf-8")
    (src / "dibis.txt").write_text(DIBIS_REPORT, encoding="utf-8")
    desk = Desk(settings)
    assert desk.ingest([src]).count("added") == 2
    return desk


def test_a_report_dated_attack_is_listed_for_its_period_unless_dated_incidents_are_asked_for(
    settings: Settings, tmp_path: Path
) -> None:
    """An attack the text does not date is listed by its report's month as 'reported <date>'; 'dated only' drops it."""
    desk = _desk_with(
        settings,
        tmp_path,
        "Gunmen kill two farmers near Hawija\n\nPublished: 4 May 2021\n\n"
        "Gunmen killed two farmers near Hawija, Kirkuk province, security sources said.\n",
    )
    listed = desk.ask("attacks in Kirkuk province in May 2021", today=TODAY).text
    assert "Reported 2021-05-04" in listed and "2021-05-18" in listed
    dated = desk.ask("attacks in Kirkuk province in May 2021, dated incidents only", today=TODAY)
    assert "2021-05-18" in dated.text and "2021-05-04" not in dated.text
    assert dated.incident_filters is not None and dated.incident_filters.dated_only


def test_a_place_the_gazetteer_lacks_is_found_by_name_in_the_records(settings: Settings, tmp_path: Path) -> None:
    """'attacks at the Allas oil field': no gazetteer entry, so the records that name it answer, saying so."""
    desk = _desk_with(
        settings,
        tmp_path,
        "Guards killed at oil field\n\nPublished: 4 May 2021\n\n"
        "On 3 May 2021 IS militants attacked a guard post at the Allas oil field east of Tikrit, killing two guards.\n",
    )
    answer = desk.ask("list attacks at the Allas oil field", today=TODAY)
    assert not answer.abstained
    assert "2021-05-03" in answer.text and "2021-05-18" not in answer.text
    assert "gazetteer does not know" in answer.text


def test_a_name_is_matched_word_by_word_in_the_quotes() -> None:
    """'Allas oil field' finds 'the Allas oil field'; 'Ancon' never matches across 'an American convoy'."""
    from assistant.incidents.query import names_place

    src = IncidentSource(doc_id="d", quote="A bomb hit an American convoy at the Allas oil field.", start=0, end=10)
    inc = Incident(id="x", sources=[src])
    assert names_place(inc, "Allas oil field") and not names_place(inc, "Ancon") and not names_place(inc, "Amer")


def _at(name: str) -> Incident:
    from assistant.language import gazetteer

    place = gazetteer.lookup(name)
    assert place is not None
    return Incident(id=name, place=place.name, lat=place.lat, lon=place.lon, province=place.province)


def _asked(name: str, km: float) -> IncidentFilters:
    from assistant.language import gazetteer

    place = gazetteer.lookup(name)
    assert place is not None
    return IncidentFilters(place=place.name, lat=place.lat, lon=place.lon, radius_km=km)


def test_a_town_asked_about_is_not_its_neighbour_town() -> None:
    """'attacks in Khanaqin' does not list an attack placed at Jalawla, 20 km away, though 'near Khanaqin' does;
    an attack placed at Sadr City is one in Baghdad; a village in the asked town's radius is still in it."""
    from assistant.schemas import IN_TOWN_KM, NEAR_KM
    from assistant.store import within

    assert not within(_at("Jalawla"), _asked("Khanaqin", IN_TOWN_KM))
    assert not within(_at("Khanaqin"), _asked("Jalawla", IN_TOWN_KM))
    assert within(_at("Jalawla"), _asked("Khanaqin", NEAR_KM))
    assert within(_at("Sadr City"), _asked("Baghdad", IN_TOWN_KM))
    village = _at("Khanaqin").model_copy(update={"place": "Qoratu", "lat": 34.4, "lon": 45.5})  # ~12 km away
    assert within(village, _asked("Khanaqin", IN_TOWN_KM))


# ------------------------------------------------------------------ the fast paths list what the plain ones did


def _one_event(a: Incident, b: Incident) -> bool:
    """What makes two records one event, written out plainly: day-precise dates within a day, no two targets, and
    the same point, places within DUPLICATE_KM, or (a place missing) the same province and attack type."""
    if a.event_date is None or b.event_date is None or a.date_precision != "day" or b.date_precision != "day":
        return False
    if abs((a.event_date - b.event_date).days) > 1 or (a.target and b.target and a.target != b.target):
        return False
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return a.province is not None and a.province == b.province and a.attack_type == b.attack_type
    return (a.lat, a.lon) == (b.lat, b.lon) or gazetteer.distance_km(a.lat, a.lon, b.lat, b.lon) <= DUPLICATE_KM


def _merge_by_scan(incidents: list[Incident]) -> list[Incident]:
    """merge_duplicates as it was: every record compared with every incident merged so far."""
    from assistant.incidents.query import _merge_count, _note_disagreements

    merged: list[Incident] = []
    for inc in sorted(incidents, key=lambda i: (i.event_date or dt.date.min, i.id)):
        home = next(
            (m for m in merged if _one_event(m, inc) and inc.sources[0].doc_id not in {s.doc_id for s in m.sources}),
            None,
        )
        if home is None:
            merged.append(inc.model_copy(deep=True))
            continue
        _note_disagreements(home, inc)
        home.sources += inc.sources
        home.killed = _merge_count(home.killed, inc.killed, "killed", home.conflicts)
        home.wounded = _merge_count(home.wounded, inc.wounded, "wounded", home.conflicts)
        for name in ("perpetrator", "claimed", "target", "place", "district", "province"):
            if getattr(home, name) is None:
                setattr(home, name, getattr(inc, name))
    return merged


def _crowd(n: int, seed: int) -> list[Incident]:
    """n reports of attacks around Kirkuk within ten days: many of one event, some undated or dated by month."""
    import random

    rng = random.Random(seed)
    out = []
    for k in range(n):
        precision = rng.choice(["day"] * 6 + ["month", "year", "unknown"])
        day = str(dt.date(2022, 12, 14) + dt.timedelta(days=rng.randrange(10))) if precision != "unknown" else None
        out.append(
            incident(
                f"r{k % 7}",  # ids repeat across articles, as extracted records' ids do
                place=rng.choice(["Kirkuk", "Taza", "Hawija", "Dibis", None]),
                day=day,
                precision=precision,
                doc=f"doc-{rng.randrange(12)}",
                killed=rng.choice([None, 3, 4, at_least(2)]),
                target=rng.choice(["police", "army", None]),
                perpetrator=rng.choice([None, "ISIS", "unknown"]),
                province=rng.choice([None, None, "Kirkuk"]),
            )
        )
    return out


@pytest.mark.parametrize("seed", range(6))
def test_merge_by_day_is_the_merge_by_scan(seed: int) -> None:
    """Merging with candidates looked up by day gives what comparing with every merged incident gave, record by
    record (sources, ranges, conflicts), and leaves the records given as they were."""
    reports = _crowd(120, seed)
    before = [r.model_dump() for r in reports]
    assert [m.model_dump() for m in merge_duplicates(reports)] == [m.model_dump() for m in _merge_by_scan(reports)]
    assert [r.model_dump() for r in reports] == before


def _scattered(n: int, seed: int) -> list[Incident]:
    """n reports within four days at points scattered over a degree and a half of latitude (bands of DUPLICATE_KM
    and their edges), some with no coordinates or only one of them, at the same point or a few km apart."""
    import random

    from assistant.incidents.query import _DUPLICATE_LAT

    rng = random.Random(seed)
    edge = 158 * _DUPLICATE_LAT  # a band's edge, near Kirkuk's latitude
    south = rng.choice([1, -1])  # the other hemisphere too: bands are floored below zero
    out = []
    for k in range(n):
        near = [35.4675, 35.4675 + rng.uniform(-0.3, 0.3), edge + rng.uniform(-0.01, 0.01)]
        lat = rng.choice([None, 35.2 + rng.random() * 1.5, *near])
        lat = lat if lat is None else south * lat
        lon = rng.choice([None, 44.4, 44.4 + rng.uniform(-0.3, 0.3)]) if lat is not None else None
        inc = incident(
            f"s{k % 5}",
            place=None,
            day=str(dt.date(2022, 12, 14) + dt.timedelta(days=rng.randrange(4))),
            doc=f"doc-{rng.randrange(15)}",
            killed=rng.choice([None, 1, 2]),
            target=rng.choice(["police", None]),
            province=rng.choice([None, "Kirkuk"]),
            lat=lat,
            lon=lon,
        )
        if lat is not None and rng.random() < 0.1:
            inc.lon = None  # a latitude without its longitude: compared by province, as a record of no place
        elif lat is None and rng.random() < 0.1:
            inc.lon = 44.4  # and a longitude without its latitude
        elif lat is not None and rng.random() < 0.02:
            inc.lat = float("nan")  # no number: never near anything, and never an error
        out.append(inc)
    return out


@pytest.mark.parametrize("seed", range(8))
def test_merge_by_latitude_band_is_the_merge_by_scan(seed: int) -> None:
    """Candidates looked up by day and latitude band (records of no place with every record of their days) give
    what comparing with every merged incident gave."""
    reports = _scattered(150, seed)
    merged = merge_duplicates(reports)
    assert len(merged) < len(reports)  # some reports are one event, so candidates were found and taken
    assert _dumps(merged) == _dumps(_merge_by_scan(reports))


def _dumps(incidents: list[Incident]) -> list[str]:
    """Comparable forms (JSON: a NaN latitude equals itself there)."""
    return [i.model_dump_json() for i in incidents]


def test_listing_filters_run_as_chroma_runs_them(empty_desk: Desk) -> None:
    """Every where-clause a listing sends matches the records Chroma's own filter matches, in the same order."""
    for i, batch in enumerate([_crowd(40, 1), _crowd(40, 2), _crowd(40, 3)]):
        for j, inc in enumerate(batch):
            inc.id = f"r{j}"
        put_article(empty_desk, f"art-{i}", batch, published=dt.date(2022, 12, 20))
    store = empty_desk.store
    clauses = [
        None,
        {"doc_id": "art-1"},
        {"province": "Kirkuk"},
        {"province": "Nowhere"},
        {"perpetrator": {"$in": ["ISIS", "unknown"]}},
        {"precision": {"$in": ["day", "month", "year"]}},
        {"killed": {"$gte": 4}},
        {"killed": 3},
        {"no_such_key": "x"},
        {"killed": "3"},  # another type than the records': Chroma's own answer
        {"province": {"$ne": "Kirkuk"}},  # not run here: Chroma's own answer
        {"$or": [{"province": "Kirkuk"}, {"attack_type": "ied"}]},
    ]
    filters = [
        IncidentFilters(),
        IncidentFilters(date_from=dt.date(2022, 12, 16), date_to=dt.date(2022, 12, 20)),
        IncidentFilters(province="Kirkuk", perpetrator="ISIS"),
        IncidentFilters(attack_type="ied", dated_only=True),
        near("Kirkuk", 25.0),
        near("Hawija", 10.0, date_from=dt.date(2022, 12, 18)),
    ]
    from assistant.store import where_incidents

    for where in clauses + [where_incidents(f) for f in filters]:
        want = store.incidents.get(where=where, include=["metadatas"])["metadatas"]
        got = store.query_incidents(where)
        assert [i.model_dump_json() for i in got] == [m["json"] for m in want], where
    records = store._records(store.version())
    assert all(records.mask(where_incidents(f)) is not None for f in filters)  # none of them left to Chroma


def test_an_article_deleted_by_another_process_leaves_listings(kirkuk_desk: Desk, settings: Settings) -> None:
    """A listing reads again what another process changed: its deletes and its new records."""
    assert {"tikrit", "baiji"} <= listed(kirkuk_desk, IncidentFilters())
    Desk(settings).store.delete("art-salahuddin")
    assert not {"tikrit", "baiji"} & listed(kirkuk_desk, IncidentFilters())
    other = Desk(settings)
    put_article(other, "art-later", [incident("later", place="Kirkuk", day="2023-01-05", doc="art-later")])
    assert "later" in listed(kirkuk_desk, IncidentFilters())


def test_listings_do_not_change_each_others_records(empty_desk: Desk) -> None:
    """The store's parsed records are shared by every listing: a listing that merges two reports of one attack
    leaves the next listing, which selects only one of them, with that report's own figures and sources."""
    put_article(empty_desk, "art-a", [incident("a", doc="art-a", killed=3, perpetrator="ISIS")])
    put_article(empty_desk, "art-b", [incident("b", doc="art-b", killed=5, perpetrator="PKK")])
    for _ in range(2):
        (both,) = find_incidents(empty_desk.store, IncidentFilters(province="Kirkuk"))
        assert {s.doc_id for s in both.sources} == {"art-a", "art-b"}
        assert (both.killed.low, both.killed.high) == (3, 5) if both.killed else False
        assert any(c.startswith("perpetrator:") for c in both.conflicts)
        (one,) = find_incidents(empty_desk.store, IncidentFilters(perpetrator="ISIS"))
        assert [s.doc_id for s in one.sources] == ["art-a"]
        assert one.killed == exact(3) and one.conflicts == []


def _said(inc: Incident, quote: str) -> Incident:
    """The incident with another evidence sentence."""
    src = inc.sources[0].model_copy(update={"quote": quote, "end": len(quote)})
    return inc.model_copy(update={"sources": [src]})


@pytest.fixture
def khalis_august(empty_desk: Desk) -> Desk:
    """Three attacks near Khalis in August 2022, one of them on a poultry farm."""
    put_article(
        empty_desk,
        "khalis-log",
        [
            _said(incident("k1", place="Khalis", day="2022-08-03", killed=2), "A roadside bomb killed two police."),
            _said(
                incident("k2", place="Khalis", day="2022-08-14", killed=1, target="civilians"),
                "Gunmen stormed a poultry farm outside Khalis, killing the guard.",
            ),
            _said(incident("k3", place="Khalis", day="2022-08-27", killed=4), "A car bomb killed four police."),
        ],
    )
    return empty_desk


def test_a_question_about_one_event_gets_that_events_figure(khalis_august: Desk) -> None:
    """Asked about one attack of the month by what it hit, the answer gives that attack's toll and cites its report,
    not the month's total."""
    answer = khalis_august.ask(
        "How many people died in the attack on the poultry farm outside Al-Khalis in August 2022?", today=TODAY
    )
    first = answer.text.split("\n")[0]
    assert first.startswith("1 person was killed") and "14 August 2022" in first, answer.text
    assert [c.quote for c in answer.sources] == ["Gunmen stormed a poultry farm outside Khalis, killing the guard."]


def test_a_question_about_one_event_that_the_records_cannot_tell_apart_gives_no_total(khalis_august: Desk) -> None:
    """'the bombing near Khalis in August 2022' fits all three records: no sum over them is stated as its toll, and
    the answer says the records cannot tell which one the question means."""
    answer = khalis_august.ask("How many were killed in the bombing near Khalis in August 2022?", today=TODAY)
    assert "7 people were killed" not in answer.text, answer.text
    assert "the question names one of them" in answer.text.split("\n")[0], answer.text
    for plural in ("How many were killed in the bombings near Khalis in August 2022?",):
        total = khalis_august.ask(plural, today=TODAY)
        assert total.text.startswith("7 people were killed"), total.text  # several events asked: their total
