"""The audit trail of a record: who gave the figures, responsibility, time and geo precision (tables of wordings).

The held-out sentence set in evals/heldout/audit (written blind) measures the same readers:
`python -m assistant.evaluation.audit_set`.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_query import incident

from assistant.incidents.audit import attributions, audit, geo_precision, responsibility
from assistant.schemas import IncidentSource

# ------------------------------------------------------------------ who gave the figures


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Two soldiers were killed, police said.", "police said"),
        ("Three people died, a police officer told AFP.", "a police officer told AFP"),
        ("Five were wounded, according to a security source in Kirkuk.", "according to a security source in Kirkuk"),
        ("According to the Health Ministry, 12 died in the blast.", "According to the Health Ministry"),
        ("The bomb killed four, said a local official.", "said a local official"),
        ("Medical sources said seven were injured.", "Medical sources said"),
        ("The army said in a statement that two soldiers died.", "The army said in a statement"),
        ("The Security Media Cell reported three wounded.", "The Security Media Cell reported"),
        ("Islamic State claimed the attack through its Amaq agency.", None),  # a claim: see responsibility
        (
            "Kirkuk police spokesman Brig. Afrasiyab Kamil said two died.",
            "Kirkuk police spokesman Brig. Afrasiyab Kamil said",
        ),
        ("Two soldiers died, a police officer and a medic told Reuters.", "a police officer and a medic told Reuters"),
        ("Six died, Mayor Ahmed al-Jubouri, who visited the site, said.", None),
        ("The group's statement said nine soldiers were killed.", "The group's statement said"),
        ("Witnesses said the gunmen fled.", "Witnesses said"),
    ],
)
def test_attribution_read_from_the_quote(sentence: str, said: str | None) -> None:
    """Who gave a figure is the attribution phrase as written in the quote ('police said', 'according to ...')."""
    found = attributions(sentence)
    if said is None:
        assert all(p in sentence for p in found)  # whatever is found is verbatim
    else:
        assert said in found, found
        assert all(p in sentence or p.lower() in sentence.lower() for p in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "A roadside bomb killed two soldiers near Tikrit on Monday.",
        "The attack was the deadliest in the province this year.",
        "Gunmen opened fire on a checkpoint, killing three.",
        "Police arrived after the blast and closed the road.",
    ],
)
def test_no_attribution_when_the_quote_names_no_source(sentence: str) -> None:
    """A quote that names no source gives no 'figures given by' phrase: nothing is invented."""
    assert attributions(sentence) == []


@pytest.mark.parametrize(
    ("perpetrator", "claimed", "quote", "status"),
    [
        ("ISIS", "claimed", "ISIS claimed responsibility for the bombing.", "claimed by ISIS"),
        ("ISIS", None, "Suspected ISIS militants attacked the village.", "suspected: ISIS"),
        ("ISIS", None, "Officials blamed the attack on ISIS.", "suspected: ISIS"),
        ("ISIS", None, "ISIS militants attacked the village, killing two.", "attributed to ISIS"),
        ("ISIS", "unclaimed", "ISIS militants attacked; no group claimed it.", "attributed to ISIS; not claimed"),
        ("unknown", "unclaimed", "No group has claimed the attack.", "not claimed; attacker not named"),
        (None, None, "A bomb exploded near the market.", "attacker not named"),
    ],
)
def test_responsibility(perpetrator: str | None, claimed: str | None, quote: str, status: str) -> None:
    """Claimed, attributed, suspected or not claimed: from the record and the wording of its quotes."""
    inc = incident("x", perpetrator=perpetrator)
    inc = inc.model_copy(
        update={"claimed": claimed, "sources": [IncidentSource(doc_id="d", quote=quote, start=0, end=len(quote))]}
    )
    assert responsibility(inc) == status


def test_geo_and_time_precision() -> None:
    """Town 1, a village placed at the town named with it 2, a district 2, a province only 3; day 1, month 2, year 3."""
    town = incident("t", place="Tikrit")
    assert geo_precision(town, "city") == 1
    village = town.model_copy(update={"place_text": "Albu Bali"})
    assert geo_precision(village, "city") == 2
    assert geo_precision(town, "district") == 2
    province_only = incident("p", place=None, province="Kirkuk")
    assert geo_precision(province_only, None) == 3
    assert geo_precision(incident("n", place=None), None) is None
    meta = {"doc-a": {"published": 20221220, "outlet": "Wire"}}
    assert audit(town, meta).time_precision == 1 and audit(town, meta).report_date == dt.date(2022, 12, 20)
    month = incident("m", day="2022-11-01", precision="month")
    year = incident("y", day="2022-01-01", precision="year")
    reported = incident("r", day="2022-12-20", precision="reported")
    assert [audit(i, meta).time_precision for i in (month, year, reported)] == [2, 3, 3]
    assert audit(incident("u", day=None), meta).time_precision is None


def test_audit_lines_say_where_each_part_came_from() -> None:
    """The panel's lines give the date phrase, the report's date, the place as written and the gazetteer entry."""
    inc = incident("t", place="Tikrit", killed=3).model_copy(update={"date_phrase": "late Monday"})
    lines = audit(inc, {"doc-a": {"published": 20221220}}).lines()
    assert "\u201clate Monday\u201d" in lines[0] and "2022-12-20" in lines[0] and "time precision 1" in lines[0]
    assert "\u201cTikrit\u201d" in lines[1] and "gazetteer: Tikrit" in lines[1] and "geo precision 1" in lines[1]
    reported = incident("r", day="2022-12-20", precision="reported")
    assert "no event date in the text" in audit(reported, {}).lines()[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "The army said it killed 15 ISIS militants in the raid.",
        "Police claimed the explosion was caused by a gas cylinder.",
        "Amaq made no mention of the attack.",
        "The attack, which the government claimed was carried out by ISIS, killed two.",
        "ISIS did not claim the attack, police said.",
    ],
)
def test_not_a_claim_of_responsibility(sentence: str) -> None:
    """Wordings with 'claimed', 'Amaq' or 'said it killed' that are no claim by the attacker read as no claim."""
    inc = incident("x", perpetrator="ISIS").model_copy(
        update={"sources": [IncidentSource(doc_id="d", quote=sentence, start=0, end=len(sentence))]}
    )
    assert not responsibility(inc).startswith("claimed")


def test_suspicion_must_name_the_attacker() -> None:
    """'likely' about the toll is not suspicion of the attacker."""
    quote = "ISIS militants attacked the village; the death toll is likely to rise."
    inc = incident("x", perpetrator="ISIS").model_copy(
        update={"sources": [IncidentSource(doc_id="d", quote=quote, start=0, end=len(quote))]}
    )
    assert responsibility(inc) == "attributed to ISIS"


def test_attribution_is_verbatim_spacing_included() -> None:
    """The phrase shown is exactly as the quote writes it, so it can always be found in the quote."""
    sentence = "Two died, police  said."
    assert attributions(sentence) == ["police  said"] and all(p in sentence for p in attributions(sentence))
