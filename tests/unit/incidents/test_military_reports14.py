"""Military SPOT / SALUTE reports as advise-and-assist cells write them (realworld14 dev class; texts written here):
'vic.' before a place ends no sentence, a date-time group ('221900C MAY 21') dates the event, counts are written
'1x IA KIA, 2x IA WIA', 'NIL CAS' / 'CAS: NIL' is none hurt, indirect fire is 'IDF impacts vic. X' or 'IDF 2x rounds',
and an activity line may open on the attack's noun ('KIDNAPPING of 2x LN ...'). Counterexamples: 'CAS: 0x KIA, 3x WIA'
is three wounded, not none; the Israeli army's IDF acting elsewhere is no indirect fire."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.patterns import figures
from assistant.incidents.rules import RuleExtractor
from assistant.language.text import sentences
from assistant.schemas import Article, Incident

SPOT = """SPOT REPORT (SALUTE) - advise-and-assist cell, Salahuddin
DTG: 031130C MAR 22
S (Size): est. 3-4 pax
A (Activity): SAF and RPG attack on IA checkpoint vic. Tarmiyah at 022140C MAR 22
L (Location): 2 km N of town
T (Time): 022140C MAR 22
CAS: 2x IA KIA, 1x IA WIA
REMARKS: separate report of IDF (3x rockets) vic. Balad at 012300C MAR 22, NIL CAS, POO unk."""


def _extract(text: str) -> list[Incident]:
    return RuleExtractor().extract(
        Article(doc_id="t14m", title="", source="", text=text, published=dt.date(2022, 3, 3))
    )


def test_vicinity_ends_no_sentence() -> None:
    text = "SAF on IA checkpoint vic. Haditha at 140030C JAN 21. QRF deployed."
    assert [text[a:b] for a, b in sentences(text)] == [
        "SAF on IA checkpoint vic. Haditha at 140030C JAN 21.",
        "QRF deployed.",
    ]


def test_a_spot_report_gives_its_attacks() -> None:
    records = sorted(_extract(SPOT), key=lambda r: r.event_date or dt.date.min)
    assert [(r.place, r.event_date and r.event_date.isoformat()) for r in records] == [
        ("Balad", "2022-03-01"),
        ("Tarmiyah", "2022-03-02"),
    ]
    balad, tarmiyah = records
    assert balad.attack_type == "mortar_rocket" and balad.killed is not None and balad.killed.low == 0


@pytest.mark.parametrize(
    ("line", "killed", "wounded"),
    [
        ("CAS: 1x IA KIA, 2x IA WIA", 1, 2),
        ("CAS: 0x KIA, 3x IA WIA", 0, 3),
        ("CAS: NIL", 0, 0),
        ("1x LN KIA, 1x LN WIA (minor)", 1, 1),
    ],
)
def test_a_military_count(line: str, killed: int, wounded: int) -> None:
    k, w = figures(line)
    assert (k and k.low, w and w.low) == (killed, wounded)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("A: IDF impacts vic. Baghdad International Airport at 190245C SEP 21", "mortar_rocket"),
        ("A: KIDNAPPING of 2x LN contractor employees vic. Al-Mahawil at 101930C APR 19", "kidnapping"),
    ],
)
def test_an_activity_line_is_an_attack(line: str, kind: str) -> None:
    (record,) = _extract(line)
    assert record.attack_type == kind


def test_the_israeli_army_is_no_indirect_fire() -> None:
    assert _extract("The IDF said on Monday it struck targets in Gaza.") == []


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        ("A shepherd was killed by a landmine left from past wars near Nukhaib on Monday.", False),
        ("A farmer died when a mine left over from the 1980s war went off near Mandali on Monday.", False),
        ("A shepherd was killed by a landmine planted by ISIS near Nukhaib on Monday.", True),
    ],
)
def test_a_mine_of_past_wars_is_no_attack(text: str, attack: bool) -> None:
    assert bool(_extract(text)) is attack


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "On 4 October, a combat drone of the invading Turkish state struck the car of our comrades on the road "
            "near Penjwen. 2 of our comrades fell martyr in this attack.",
            2,
        ),
        (
            "On 17 May, our guerrilla forces carried out a sabotage action against soldiers of the invading army near "
            "Amedi. As a result of the action 2 soldiers were killed.",
            2,
        ),
        (
            "In the Zakho area, 3 PKK terrorists who were detected by our intelligence on 11 August were neutralised "
            "in an air-supported operation.",
            None,  # 'neutralised' covers killed, captured or surrendered: no toll
        ),
    ],
)
def test_a_statement_of_either_side_tells_its_attack(text: str, killed: int | None) -> None:
    (record,) = _extract(text)
    assert (record.killed.low if record.killed else None) == killed


def test_running_tallies_of_neutralised_are_no_attack() -> None:
    assert _extract("Our forces have neutralised 120 terrorists since April, the ministry said on Monday.") == []


def test_a_namesake_in_the_round_ups_province() -> None:
    text = (
        "Google Alerts - diyala attack - Daily update, May 26, 2021\n\n"
        "Army officer killed in IED blast near Jalawla\n\n"
        "Mukhtar shot dead in Kanaan subdistrict\n\n"
        "... unknown gunmen shot dead a village mukhtar in Kanaan last night, a local official said ...\n\n"
        "Diyala: water levels in Hamrin dam fall to record low"
    )
    kanaan = [r for r in _extract(text) if r.place_text and "Kanaan" in r.place_text]
    assert kanaan and all(r.province == "Diyala" for r in kanaan)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a man who planned to plant a bomb under the car of a judge in Kirkuk on Monday.",
        "Police warned drivers to check for a bomb under their car in Kirkuk after the attacks.",
        "An IED planted by terrorists was neutralised by the bomb squad near Tarmiyah on Monday.",
        "Three explosive devices left by ISIS militants were neutralised by engineers in Hawija on Sunday.",
    ],
)
def test_no_attack_in_these(text: str) -> None:
    assert _extract(text) == []


def test_the_israeli_army_striking_is_no_indirect_fire() -> None:
    (record,) = _extract("Reports said the IDF struck a PMF weapons depot in Amerli on Monday, killing two fighters.")
    assert record.attack_type != "mortar_rocket"
