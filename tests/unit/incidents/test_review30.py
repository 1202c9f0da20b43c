"""Defects a review of this stop's rule changes found, each a wording a user would paste: an only toll told as an
initial report, an attack during a security operation, an attack told before a tally or a campaign, a log entry with
an arrest after it, a victim hit and then killed, people who fell over, a mass grave, 'no injuries in the attack, in
which ...', and a province with a topic word."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answering.question import parse_question
from assistant.incidents.patterns import figures
from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article

DAY = dt.date(2021, 5, 10)


def _records(text: str):
    return RuleExtractor().extract(Article(doc_id="r30", title="", source="", text=text, published=DAY))


def _n(count):
    return None if count is None else count.low


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (
            "A car bomb exploded near a market in Mosul on Sunday. According to initial reports, four people were "
            "killed and ten wounded.",
            4,
            10,
        ),
        ("A roadside bomb killed two soldiers taking part in a security operation in Tarmiyah on Sunday.", 2, None),
        (
            "A car bomb killed five people in Sadr City on Sunday, the deadliest attack in Baghdad so far this year.",
            5,
            None,
        ),
        (
            "A Turkish drone killed two PKK members near Makhmour on Sunday, the latest strike in a 40-year conflict "
            "between Ankara and the group.",
            2,
            None,
        ),
        (
            "Gunmen killed a shepherd near Hawija on Sunday; ISIS cells have stepped up attacks in the area over the "
            "past months.",
            1,
            None,
        ),
    ],
)
def test_one_attack_with_context_stays_one_record(text: str, killed: int, wounded: int | None) -> None:
    records = _records(text)
    assert len(records) == 1
    assert (_n(records[0].killed), _n(records[0].wounded)) == (killed, wounded)


def test_a_tally_alone_is_still_no_record() -> None:
    assert (
        _records("More than 300 people have died in protest-related violence since October, rights groups say.") == []
    )


def test_an_arrest_after_a_log_entrys_attack_leaves_it_an_attack() -> None:
    text = (
        "DIYALA POLICE - DAILY LOG - 10.05.2021\n"
        "0215 - Gunmen opened fire on a police patrol in Baquba, wounding two policemen. Two suspects were arrested.\n"
        "0430 - An IED exploded near an army vehicle in Khalis, killing one soldier. The area was searched for drugs.\n"
        "0610 - A man accidentally shot his cousin while cleaning a rifle in Khan Bani Saad. Accident, no hostile act\n"
    )
    assert len(_records(text)) == 2


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A policeman was hit by three bullets and killed when gunmen attacked his checkpoint.", 1, None),
        ("A soldier was struck by two bullets and died.", 1, None),
        ("A mortar round hit a market. A woman fell, breaking her leg, and two men were wounded.", None, 2),
        ("Two workers fell while repairing the tower.", None, None),
        ("Two guards fell when the gunmen stormed the gate.", 2, None),
        ("Forensic teams exhumed 50 bodies from a mass grave in Sinjar.", None, None),
    ],
)
def test_figures(text: str, killed: int | None, wounded: int | None) -> None:
    k, w = figures(text)
    assert (_n(k), _n(w)) == (killed, wounded)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "There were no injuries in the attack, in which three Katyusha rockets struck Balad air base on Sunday.",
            "mortar_rocket",
        ),
        (
            "No casualties in the attack, in which a drone struck a Peshmerga post near Makhmour on Sunday.",
            "airstrike_operation",
        ),
    ],
)
def test_no_injuries_in_the_attack_keeps_its_weapon(text: str, kind: str) -> None:
    records = _records(text)
    assert len(records) == 1 and records[0].attack_type == kind


@pytest.mark.parametrize(("question", "intent"), [("Najaf deaths overall", "ask"), ("Najaf province", "list")])
def test_a_province_with_a_topic_word_is_no_bare_listing(question: str, intent: str) -> None:
    assert parse_question(question, dt.date(2025, 12, 1)).intent == intent
