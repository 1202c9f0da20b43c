"""Attacks told in a security desk's shorthand or in a crowd's words, as the older held-out finals wrote them
(in-sample there since; the other rows are other wordings of each class): 'SAF vs border guard post', 'IED vs PMF
vehicle', 'UAS strike on 1x civ vehicle vic. Chamanke', 'Ambush on PMF patrol', a log line's 'sticky IED on car of
...', a reaction to 'last night's drone attacks on the airport', and people who 'fell to ... bullets'."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.patterns import figures
from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article, Incident


def _records(text: str, published: dt.date = dt.date(2024, 1, 26)) -> list[Incident]:
    article = Article(doc_id="d1", text=text, title="t", published=published, source="t.txt")
    return RuleExtractor().extract(article)


@pytest.mark.parametrize(
    ("line", "province"),
    [
        ("Mandali 25/01 1930L - SAF vs border guard post E of town.", "Diyala"),
        ("Tuz Khurmatu - IED vs PMF vehicle on Tuz-Amirli rd ~2200L last night.", "Salahuddin"),
        ("RPG vs. Asayish checkpoint near Makhmour last night.", "Nineveh"),
        ("UAS strike on 1x civ pattern vehicle vic. Zakho at 211420C AUG 22", "Dohuk"),
        ("Ambush on PMF patrol near Tarmiyah last night.", "Baghdad"),
        ("Khalis - sticky IED on car of local council member 0740L today.", "Diyala"),
        ("Officials condemned last night's drone attacks on the airport in Erbil.", "Erbil"),
    ],
)
def test_shorthand_attacks_without_figures_are_records(line: str, province: str) -> None:
    assert [r.province for r in _records(line)] == [province]


@pytest.mark.parametrize(
    "line",
    [
        "Al-Zawraa beat Al-Shorta 2-1: Zawraa vs Shorta at Al-Shaab stadium in Baghdad last night.",
        "The ambush scene near Tarmiyah was cleared last night.",
        "IED found on car of a council member in Khalis and defused 0740L today.",
        "UAV vs. UAS: the army in Baghdad on Tuesday showed reporters the drones it bought this year.",
        "Security forces had foiled an ambush on an army patrol near Tarmiyah on Tuesday.",
        "The film, shown in Erbil on Tuesday, recounts the 2014 ambush on a Peshmerga convoy near Makhmour.",
        "The Foreign Ministry on Tuesday condemned the Israeli attacks on Gaza in a statement from Baghdad.",
        "The union condemned the attack on the freedom of the press in Basra.",
        "The council denounced the verbal attacks on the judiciary in Baghdad.",
    ],
)
def test_words_like_shorthand_are_no_attack(line: str) -> None:
    assert _records(line) == []


def test_a_log_line_keeps_its_own_toll() -> None:
    records = _records(
        "[25/01/2024 20:14] SECALERT DIYALA: Mandali 25/01 1930L - SAF vs border guard post E of town. 2x BG WIA.\n"
        "[26/01/2024 08:02] SECALERT DIYALA: Khalis - sticky IED on car of local council member 0740L today. 1x KIA."
    )
    assert [
        (r.place_text, r.killed.low if r.killed else None, r.wounded.low if r.wounded else None) for r in records
    ] == [
        ("Mandali", None, 2),
        ("Khalis", 1, None),
    ]


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Nine demonstrators fell to security forces' bullets in Baghdad's Al-Zafaraniya district on Thursday.", 9),
        ("Two protesters fell to sniper fire near Tahrir Square.", 2),
        ("Two policemen fell to the gunmen's bullets at the checkpoint.", 2),
    ],
)
def test_people_who_fell_to_bullets_are_dead(sentence: str, killed: int) -> None:
    k, _ = figures(sentence)
    assert k is not None and k.low == killed


@pytest.mark.parametrize(
    "sentence",
    [
        "The temperature fell to 10 degrees.",
        "Two rockets fell near the base.",
        "Two protesters fell to the ground under gunfire and were taken to hospital with gunshot wounds.",
        "Three soldiers fell under heavy fire but were rescued by their comrades.",
    ],
)
def test_things_that_fell_are_no_dead(sentence: str) -> None:
    assert figures(sentence)[0] is None


@pytest.mark.parametrize(
    ("cell", "killed"),
    [
        ("IED on Tribal Hashd vehicle       2 fighters killed, none wounded", 2),
        ("IS small-arms attack on army post; 2 soldiers killed, no wounded   2  0", 2),
        ("IED struck border guard patrol; 1 BG killed, no wounded  1    0", 1),
    ],
)
def test_a_tables_none_wounded_is_zero(cell: str, killed: int) -> None:
    k, w = figures(cell)
    assert k is not None and k.low == killed
    assert w is not None and (w.low, w.high) == (0, 0)


def test_no_wounded_soldiers_among_others_is_no_figure() -> None:
    assert figures("There were no wounded soldiers among the evacuated.")[1] is None


@pytest.mark.parametrize(
    ("headline", "killed", "wounded"),
    [
        ("STICKY BOMB UNDER THE CAR OF A PORTS OFFICIAL EXPLODES IN ABU AL-KHASIB, WOUNDING HIM AND HIS SON", None, 2),
        ("GUNMEN KILL TWO SOLDIERS AND WOUND THREE NEAR KIRKUK", 2, 3),
        ("ROADSIDE BOMB KILLS A SHEPHERD NEAR TUZ KHURMATU", 1, None),
    ],
)
def test_a_headline_in_capitals_is_read_as_words(headline: str, killed: int | None, wounded: int | None) -> None:
    k, w = figures(headline)
    assert (k.low if k else None, w.low if w else None) == (killed, wounded)
