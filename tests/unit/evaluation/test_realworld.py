"""The held-out real-world scorer: records linked by evidence, dates at the gold precision, figures, filters."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from assistant.evaluation.realworld import (
    HeldoutSet,
    date_right,
    extract,
    figure_right,
    filters_match,
    harmless,
    link,
    parsed_filters,
    score_listings,
    score_questions,
    score_records,
)
from assistant.schemas import Count, Incident

DOC = (
    "Kirkuk police patrol hit\n2022-05-03\n\n"
    "KIRKUK (Reuters) - A roadside bomb killed three policemen near Kirkuk on 2 May 2022, police said.\n\n"
    "Separately, a farmer was wounded by gunfire near Hawija."
)


def _held(tmp_path: Path, killed: int | None = 3, split: str = "dev") -> HeldoutSet:
    (tmp_path / "docs").mkdir(parents=True)
    (tmp_path / "docs" / "d1.txt").write_text(DOC, encoding="utf-8")
    rows = {
        "docs.jsonl": [{"doc": "d1", "file": "d1.txt", "style": "C", "report_date": "2022-05-03", "split": split}],
        "incidents.jsonl": [
            {
                "id": "d1-a",
                "doc": "d1",
                "event_date": "2022-05-02",
                "date_precision": "day",
                "province": "Kirkuk",
                "country": "Iraq",
                "killed": killed,
                "wounded": None,
                "evidence": "A roadside bomb killed three policemen near Kirkuk on 2 May 2022, police said.",
            },
            {
                "id": "d1-b",
                "doc": "d1",
                "event_date": "2022-05-03",
                "date_precision": "reported",
                "province": "Kirkuk",
                "country": "Iraq",
                "killed": None,
                "wounded": 1,
                "evidence": "Separately, a farmer was wounded by gunfire near Hawija.",
            },
        ],
        "questions.jsonl": [
            {
                "id": "q1",
                "question": "attacks in Kirkuk province in May 2022",
                "today": "2023-01-01",
                "split": split,
                "filters": {"province": "Kirkuk", "date_from": "2022-05-01", "date_to": "2022-05-31"},
                "expected_ids": ["d1-a", "d1-b"],
            },
        ],
    }
    for name, lines in rows.items():
        (tmp_path / name).write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    return HeldoutSet.load(tmp_path)


def _inc(day: dt.date | None, precision: str = "day", killed: Count | None = None) -> Incident:
    return Incident(id="x", event_date=day, date_precision=precision, attack_type="ied", killed=killed, sources=[])


def test_records_are_linked_by_their_evidence_and_scored(tmp_path: Path) -> None:
    """The bomb is found with its day, province and figure; a gold figure the record lacks counts as wrong."""
    held = _held(tmp_path)
    ex = extract(held)
    assert "d1-a" in link(held, ex)
    scores = score_records(held, ex, link(held, ex))
    assert scores["record"].asked["dev"] == 2
    assert scores["event_date"].share("dev") is not None
    wrong_gold = _held(tmp_path / "wrong", killed=4)
    wrong_ex = extract(wrong_gold)
    assert (
        score_records(wrong_gold, wrong_ex, link(wrong_gold, wrong_ex))["killed"].right["dev"]
        < scores["killed"].right["dev"]
    )


def test_a_record_citing_another_sentence_of_the_attack_is_linked_by_its_place(tmp_path: Path) -> None:
    """The gold marks a restating sentence that the record does not cite: the report's one record at the gold's
    place (or at a place its evidence names) is still its record; a record elsewhere never is."""
    (tmp_path / "docs").mkdir(parents=True)
    text = (
        "Hillah shop bombed\n2020-05-24\n\n"
        "An explosive device went off on Saturday in front of a shop in Hillah, a police source said.\n\n"
        "The device had been placed at the door of the shop, the source added. Police opened an inquiry."
    )
    (tmp_path / "docs" / "d1.txt").write_text(text, encoding="utf-8")
    gold = {
        "doc": "d1",
        "event_date": "2020-05-23",
        "date_precision": "day",
        "province": "Babil",
        "country": "Iraq",
        "killed": None,
        "wounded": None,
        "evidence": "The device had been placed at the door of the shop",
    }
    rows = {
        "docs.jsonl": [{"doc": "d1", "file": "d1.txt", "style": "T", "report_date": "2020-05-24", "split": "dev"}],
        "incidents.jsonl": [{**gold, "id": "d1-a", "place": "Hillah"}],
        "questions.jsonl": [],
    }
    for name, lines in rows.items():
        (tmp_path / name).write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    held = HeldoutSet.load(tmp_path)
    ex = extract(held)
    assert "d1-a" in link(held, ex)
    rows["incidents.jsonl"] = [{**gold, "id": "d1-a", "place": "Kut"}]
    (tmp_path / "incidents.jsonl").write_text(json.dumps(rows["incidents.jsonl"][0]) + "\n", encoding="utf-8")
    assert "d1-a" not in link(HeldoutSet.load(tmp_path), ex)


def test_date_right_follows_the_gold_precision() -> None:
    """A day must match the day; a month only the month; 'reported' means the report's date."""
    gold_day = {"event_date": "2022-05-02", "date_precision": "day"}
    assert date_right(gold_day, _inc(dt.date(2022, 5, 2)), None)
    assert not date_right(gold_day, _inc(dt.date(2022, 5, 1), "month"), None)
    gold_month = {"event_date": "2022-05", "date_precision": "month"}
    assert date_right(gold_month, _inc(dt.date(2022, 5, 1), "month"), None)
    gold_reported = {"event_date": "2022-05-03", "date_precision": "reported"}
    assert date_right(gold_reported, _inc(dt.date(2022, 5, 3)), "2022-05-03")
    assert not date_right(gold_reported, _inc(None, "unknown"), "2022-05-03")


def test_figures_none_reported_may_not_be_stated() -> None:
    """A gold null is right only when no figure is stated; '12' is right for 'at least 12'."""
    assert figure_right(None, None)
    assert not figure_right(None, Count(low=2, high=2, text="2"))
    assert figure_right(12, Count(low=12, high=None, text="at least 12"))
    assert not figure_right(3, None)


def test_filters_compare_field_by_field() -> None:
    """A phrasing parsed to the gold filters has no wrong field; a different year is named."""
    got = parsed_filters("attacks in Kirkuk province in 2021", dt.date(2023, 1, 1))
    gold = {"province": "Kirkuk", "date_from": "2021-01-01", "date_to": "2021-12-31"}
    assert filters_match(got, gold) == []
    assert filters_match(got, gold | {"date_from": "2020-01-01"}) == ["date_from"]


def test_listing_counts_gold_ids_under_gold_filters(tmp_path: Path) -> None:
    """Precision/recall count gold incidents selected by the records under the question's gold filters."""
    held = _held(tmp_path)
    ex = extract(held)
    s = score_listings(held, ex, link(held, ex))
    assert s.tp["dev"] + s.fn["dev"] == 2


def test_a_field_named_with_or_without_oil_is_one_place() -> None:
    """'the Bai Hassan field' parses to 'Bai Hassan oil field', which the records are searched for by name: the gold's
    'Bai Hassan field' is the same place; another field is not."""
    got = {"place": "Bai Hassan oil field"}
    assert filters_match(got, {"place": "Bai Hassan field"}) == []
    assert filters_match(got, {"place": "Bai Hassan gas field"}) == []
    assert filters_match(got, {"place": "Khabbaz field"}) == ["place"]


def test_a_field_that_only_narrows_and_keeps_the_gold_incidents_selects_the_same() -> None:
    """'the Hilla market blast' read as an IED, where the gold left the type open and the asked blast is an IED, selects
    the same incident; read as a shooting, or a type that widens the gold's choice, or a narrower day range that
    drops the incident, does not."""
    ied = {"id": "a", "attack_type": ["ied"], "target": ["civilians"], "event_date": "2020-06-23"}
    assert harmless("attack_type", "ied", None, [ied])
    assert not harmless("attack_type", "shooting", None, [ied])
    assert not harmless("attack_type", None, "ied", [ied])  # widens: other incidents could join
    assert not harmless("attack_type", "ied", "suicide", [ied])  # the gold named another type
    assert harmless("target", "civilians", None, [ied])
    assert harmless("date_from", "2020-06-01", None, [ied]) and harmless("date_to", "2020-06-30", None, [ied])
    assert not harmless("date_from", "2020-06-24", None, [ied])
    assert harmless("date_from", "2020-06-23", "2020-06-01", [ied])  # inside the gold's range, keeps the day
    assert not harmless("date_from", "2020-05-01", "2020-06-01", [ied])  # wider than the gold's
    assert not harmless("place", "Hilla market", None, [ied])  # places need the records' coordinates: still a miss
    assert not harmless("attack_type", "ied", None, None)  # no gold incidents to check against
    # 'this month so far' asked on 15 January: to the 31st, to today or open, the same incidents
    assert harmless("date_to", "2020-01-31", "2020-01-15", [ied], "2020-01-15")
    assert harmless("date_to", None, "2020-01-31", None, "2020-01-15")
    assert not harmless("date_to", "2020-01-10", "2020-01-15", None, "2020-01-15")


def test_questions_are_scored_exactly_and_by_the_incidents_they_select(tmp_path: Path) -> None:
    """A month-and-province listing read with an extra type that every gold incident has is wrong field by field but
    selects the same incidents."""
    held = _held(tmp_path)
    for g in held.incidents:
        g["attack_type"] = ["ied"]
    held.questions[0]["question"] = "roadside bombs in Kirkuk province in May 2022"
    exact, same, misses = score_questions(held)
    assert exact.share("dev") == 0.0 and same.share("dev") == 1.0
    assert misses == [{"id": "q1", "split": "dev", "wrong": ["attack_type"], "narrowing": ["attack_type"]}]
    held.incidents[1]["attack_type"] = ["shooting"]  # the farmer shot near Hawija: the IED filter drops him
    assert score_questions(held)[1].share("dev") == 0.0
