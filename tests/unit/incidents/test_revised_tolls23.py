"""Updated stories from the realworld23 dev split, each class tested with wordings written here (none copied from the
set): a toll that rose on one day for an attack told on another keeps the attack's day and is one record; the dead
who were counted among the wounded leave the wounded ('rose to three after a wounded soldier died'); a first toll
told after the latest one ('Initially, two were reported killed') is no second attack."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.incidents.patterns import earlier_toll_only, figures, wounded_who_died
from tests.unit.incidents.test_cards_and_stamps21 import _low, _records

HEAD = "Wire desk\nPublished: 14 June 2023\n\n"  # a Wednesday
TUESDAY, MONDAY, WEDNESDAY = dt.date(2023, 6, 13), dt.date(2023, 6, 12), dt.date(2023, 6, 14)


@pytest.mark.parametrize(
    ("lead", "told", "day"),
    [
        # the toll rose on the report's day; the attack's day is told after it
        (
            "The death toll from a bombing at a checkpoint near Rutba rose to five on Wednesday, officials said.",
            "The bomber struck the checkpoint on Monday.",
            MONDAY,
        ),
        (
            "The toll of the IS attack on a PMF post near Baiji has risen to four, a security source said today.",
            "The attack took place on Tuesday night.",
            TUESDAY,
        ),
        (
            "The number of dead in the ambush near Tarmiyah rose on Wednesday to three, police said.",
            "Gunmen ambushed the patrol late on Monday.",
            MONDAY,
        ),
        (
            "The toll of the attack on shepherds near Makhmour rose to two after a wounded shepherd died of his "
            "wounds today, Wednesday, a source said.",
            "The attack took place on Tuesday evening.",
            TUESDAY,
        ),
        (
            "The toll of the bombing near Tuz rose to two today, Wednesday. The bomb went off on Monday.",
            "",
            MONDAY,
        ),
        (
            "The toll of the bombing near Tuz rose to five on Wednesday according to officials.",
            "The bomb went off on Monday.",
            MONDAY,
        ),
        ("The toll of the bombing near Tuz rose to two Wednesday in hospital.", "The bomb went off on Monday.", MONDAY),
        (
            "The toll of the bombing near Tuz rose to five yesterday, officials said.",
            "The bomb went off on Monday.",
            MONDAY,
        ),
        (
            "The toll of the attack on shepherds near Makhmour rose to two after a wounded shepherd died of his wounds "
            "today, Wednesday.",
            "The attack took place on Tuesday evening.",
            TUESDAY,
        ),
        # nothing else tells the attack's day: the day the toll rose is all there is
        (
            "The death toll from a bombing at a checkpoint near Rutba rose to five on Wednesday, officials said.",
            "Police sealed off the area.",
            WEDNESDAY,
        ),
    ],
)
def test_a_toll_that_rose_keeps_the_attacks_day(tmp_path: Path, lead: str, told: str, day: dt.date) -> None:
    records = _records(tmp_path, HEAD + lead + " " + told + "\n")
    assert len(records) == 1
    assert records[0].event_date == day


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # a day beside 'rose' in a sentence that revises no toll is the attack's
        ("Smoke rose on Tuesday after a rocket hit a house in Kirkuk, killing a child.", TUESDAY),
        ("Gunmen killed a farmer near Tuz on Monday as tensions rose.", MONDAY),
        # a toll told with its day, then the day of another event of it: the attack's day stands
        ("A bomb killed three soldiers near Baiji on Monday; their funeral took place on Tuesday.", MONDAY),
        # the toll rose on the attack's own day, for it: that day is the attack's
        (
            "The death toll rose to five on Tuesday after a car bomb exploded at a market in Hilla, police said. The "
            "victims were buried on Wednesday.",
            TUESDAY,
        ),
        (
            "A soldier died on Tuesday when militants attacked his post near Hatra, bringing the toll of the week's "
            "attacks to four. His funeral was held on Wednesday.",
            TUESDAY,
        ),
    ],
)
def test_a_day_that_is_no_toll_rising_dates_the_attack(tmp_path: Path, sentence: str, day: dt.date) -> None:
    records = _records(tmp_path, HEAD + sentence + "\n")
    assert len(records) == 1
    assert records[0].event_date == day


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("The death toll rose to three after a wounded soldier died in hospital.", 3, None),
        ("The toll rose to four on Thursday, after a man wounded in the blast died.", 4, None),
        ("The toll climbed to two after another injured policeman died overnight.", 2, None),
        ("The toll rose to five after a woman who was wounded in the bombing died.", 5, None),
        ("The toll rose to three after a critically injured policeman died.", 3, None),
        ("The toll rose to three when a seriously wounded soldier died.", 3, None),
        ("The toll rose to four after a man wounded in the roadside bomb blast died.", 4, None),
        # a death that is not among the wounded is no such thing
        ("A soldier died and three were wounded.", 1, 3),
    ],
)
def test_a_wounded_victims_death_is_no_wounded_figure(sentence: str, killed: int, wounded: int | None) -> None:
    k, w = figures(sentence)
    assert _low(k) == killed
    assert _low(w) == wounded


@pytest.mark.parametrize(
    ("sentence", "died"),
    [
        ("The toll rose to three after a wounded soldier died.", 1),
        ("The toll rose after a man wounded in the attack succumbed.", 1),
        ("Two of the wounded died in hospital.", 2),
        ("The toll rose to five after two wounded soldiers died in hospital.", 2),
        ("The toll rose after a soldier who had been wounded in Monday's attack died.", 1),
        # an attacker is no victim
        ("The toll rose to three after a gunman wounded in the attack died.", None),
        # alone, a sentence may explain a toll already risen: it adds no death
        ("A fighter who was wounded in the attack died of his injuries overnight.", None),
        ("A soldier died after a wounded man was carried away.", None),
    ],
)
def test_which_deaths_are_among_the_wounded(sentence: str, died: int | None) -> None:
    assert wounded_who_died(sentence) == died


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        ("Initially, two soldiers were reported killed.", True),
        ("At first, three people were said to have died.", True),
        ("Two policemen were initially reported dead.", True),
        ("Four were at first thought to have been wounded.", True),
        ("Initially two soldiers were reported killed.", True),
        ("At first three were thought dead.", True),
        ("Initially, police said two were killed, but later six.", False),
        # who broke the news, or what the blast was first thought to be, is no toll
        ("The attack was first reported by Shafaq News, which said three soldiers had been wounded.", False),
        ("A blast that was initially thought to be a gas cylinder explosion killed three people.", False),
        ("The attack, which was first reported by Rudaw, killed two soldiers.", False),
        ("Two soldiers were reported killed.", False),
    ],
)
def test_a_first_toll_told_after_the_latest(sentence: str, earlier: bool) -> None:
    assert earlier_toll_only(sentence) is earlier


def test_an_update_is_one_record_with_the_latest_toll(tmp_path: Path) -> None:
    text = (
        HEAD + "The death toll from an attack on an army post near Hatra rose to three on Wednesday, after a wounded "
        "soldier died in hospital, a source said.\nThe attack took place late on Monday, when militants fired on the "
        "post. Two other soldiers were wounded, the source said. Initially, two soldiers were reported killed.\n"
    )
    records = _records(tmp_path, text)
    assert len(records) == 1
    (record,) = records
    assert record.event_date == MONDAY
    assert (_low(record.killed), _low(record.wounded)) == (3, 2)
