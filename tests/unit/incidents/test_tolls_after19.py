"""What happens to the victims after the attack, as realworld16's follow-ups tell it (in-sample there; the other rows
are other wordings of each class): deaths among the wounded already counted raise the toll, the ones still in
hospital are the wounded, a toll that rose 'on Thursday' revises the attack rather than telling a new one, one victim
mourned or buried is at least one dead, and shorthand for nobody hurt ('No other cas.', 'without losses')."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.incidents.patterns import figures, wounded_who_died
from assistant.incidents.rules import RuleExtractor
from assistant.schemas import Article, Incident


def _records(text: str, published: dt.date = dt.date(2023, 2, 11)) -> list[Incident]:
    article = Article(doc_id="d1", text=text, title="t", published=published, source="t.txt")
    return RuleExtractor().extract(article)


def _figures(inc: Incident) -> tuple[int | None, int | None]:
    return (
        inc.killed.low if inc.killed is not None else None,
        inc.wounded.low if inc.wounded is not None else None,
    )


@pytest.mark.parametrize(
    ("sentence", "died"),
    [
        ("One of the wounded died in hospital on Wednesday.", 1),
        ("Two of the wounded soldiers have since died.", 2),
        ("One of the two injured policemen succumbed overnight.", 1),
        ("One of the wounded, a 12-year-old boy, had died, hospital sources said.", 1),
        ("three of those injured later died in Kirkuk", 3),
        ("One of the wounded was moved to Baghdad.", None),
        ("The wounded were taken to hospital, where doctors said none had died.", None),
    ],
)
def test_deaths_among_the_wounded_are_read(sentence: str, died: int | None) -> None:
    assert wounded_who_died(sentence) == died


@pytest.mark.parametrize(
    ("update", "killed", "wounded"),
    [
        # a death among the wounded, no new total given: the toll so far plus one
        ("On Tuesday one of the wounded died in hospital.", 3, 5),
        ("UPDATE 14/06/2024 - one of the wounded died in hospital; three remain under treatment.", 3, 3),
        ("Later, two of the wounded soldiers died overnight, with three still under treatment.", 4, 3),
        # a new total told beside it wins
        ("Two of the wounded died on Tuesday, bringing the toll to four.", 4, 5),
    ],
)
def test_a_death_among_the_wounded_revises_the_attack(update: str, killed: int, wounded: int) -> None:
    records = _records(
        f"Gunmen attacked a checkpoint in Baiji on Monday, killing two soldiers and wounding five, police said.\n\n"
        f"{update}",
        dt.date(2024, 6, 14),
    )
    assert len(records) == 1
    assert _figures(records[0]) == (killed, wounded)


def test_a_death_among_those_only_wounded_makes_the_first_death() -> None:
    records = _records(
        "A bomb exploded on Thursday in a vegetable market in Falloujah, wounding four people, police said.\n\n"
        "UPDATE - one of the wounded died in hospital; three remain under treatment, a medical source said.",
        dt.date(2024, 6, 14),
    )
    assert [_figures(r) for r in records] == [(1, 3)]


@pytest.mark.parametrize(
    ("sentence", "wounded"),
    [
        ("Update: one of the wounded died this morning, so 3 martyrs now and 1 still in hospital.", 1),
        ("The toll rose to three soldiers dead, with one still under treatment.", 1),
        ("Four dead; two still in intensive care.", 2),
    ],
)
def test_those_still_in_hospital_are_the_wounded(sentence: str, wounded: int) -> None:
    _, w = figures(sentence)
    assert w is not None and w.low == wounded


@pytest.mark.parametrize(
    "revision",
    [
        "The toll rose on Thursday to five dead and two wounded, according to the Kirkuk police.",
        "The death toll climbed overnight to five dead and two wounded, police said.",
        "The toll rose by Thursday evening to five dead and two wounded.",
    ],
)
def test_a_toll_that_rose_on_a_later_day_revises_the_attack(revision: str) -> None:
    records = _records(
        "IS militants attacked a Federal Police patrol near Daquq on Wednesday night, killing three policemen, a "
        f"security source said.\n\n{revision}",
        dt.date(2022, 9, 15),
    )
    assert len(records) == 1
    assert _figures(records[0]) == (5, 2)
    assert records[0].event_date == dt.date(2022, 9, 14)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana mourned on Thursday a Tribal Hashd commander killed on Tuesday when an IED struck his vehicle near Rawa.",
        "Hundreds of people attended on Saturday the funeral of a police officer shot dead by gunmen near Al-Shamiya.",
        "The village buried a shepherd, who was killed by a landmine near Tuz Khurmatu on Monday.",
        "Relatives bid farewell to a young engineer gunned down outside his house in Basra.",
    ],
)
def test_one_mourned_and_told_killed_is_at_least_one_dead(sentence: str) -> None:
    killed, _ = figures(sentence)
    assert killed is not None and killed.low == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The family buried their son, a soldier killed in 2016 in Mosul.",
        "Mourners attended the funeral of the late sheikh, who died of a heart attack.",
        "The town mourned two soldiers killed in the ambush.",
        "The tribe mourned a sheikh murdered a decade ago.",
    ],
)
def test_a_funeral_is_not_one_death_where_it_says_otherwise(sentence: str) -> None:
    killed, _ = figures(sentence)
    assert killed is None or killed.low != 1 or killed.high == 1


def test_the_one_mourned_joins_the_toll_told_beside_it() -> None:
    records = _records(
        "A relative mourns during the funeral of a shepherd killed in an attack by Islamic State militants near Tuz "
        "Khurmatu. Two shepherds were killed and a third was wounded on Wednesday, security officials said.",
        dt.date(2022, 9, 22),
    )
    assert [_figures(r) for r in records] == [(2, 1)]


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("Two Katyusha rockets fell near the Victory base at Baghdad airport on Tuesday, without losses.", 0, 0),
        ("A mortar round landed near the checkpoint without any casualties.", 0, 0),
        ("Gunmen shot dead a shop owner in the town centre tonight. No other cas.", 1, 0),
        ("A bomb killed a soldier near Baiji; no further cas reported.", 1, 0),
    ],
)
def test_shorthand_for_nobody_hurt(sentence: str, killed: int, wounded: int) -> None:
    k, w = figures(sentence)
    assert k is not None and k.low == killed
    assert w is not None and w.low == wounded


def test_losses_of_equipment_are_not_people() -> None:
    assert figures("The unit withdrew without losses of equipment.") == (None, None)


@pytest.mark.parametrize(
    ("sentence", "wounded"),
    [
        ("Gunmen shot dead a lawyer in his office on Friday night, police said, and wounded his assistant.", 1),
        ("A sticky bomb under the car of a police officer went off, officer wounded in legs, stable.", 1),
        ("His driver, who was wounded, attended the funeral in a wheelchair.", 1),
        ("The mayor's aide, who had been lightly injured, left hospital on Sunday.", 1),
    ],
)
def test_one_wounded_told_in_words(sentence: str, wounded: int) -> None:
    _, w = figures(sentence)
    assert w is not None and w.low == wounded


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of protesters marched in Nasiriyah on Friday at the funeral of a protester killed in October 2019.",
        "Residents of Basra on Saturday mourned a fisherman killed by a stray bullet fired during a wedding "
        "celebration.",
        "The Kurdistan Region on Sunday mourned a Peshmerga officer killed in a training accident near Erbil.",
        "Mourners in Karbala on Thursday buried a pilgrim killed in a stampede during Ashura rituals.",
    ],
)
def test_a_funeral_of_a_death_by_accident_or_long_ago_is_no_record(text: str) -> None:
    assert _records(text, dt.date(2021, 3, 6)) == []


def test_a_funeral_of_one_killed_in_the_attack_already_told_adds_no_dead() -> None:
    records = _records(
        "A car bomb killed three people in Najaf's old city on Monday, police said.\n\n"
        "Residents of Najaf on Wednesday buried a soldier killed in the blast.",
        dt.date(2023, 3, 15),
    )
    assert sum(r.killed.low for r in records if r.killed and r.killed.low) == 3


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # told again, a death among the wounded counts once
        (
            "Gunmen attacked a checkpoint in Baiji on Monday, killing two soldiers and wounding five, police said.\n\n"
            "One of the wounded died in hospital on Tuesday, a medical source said.\n\n"
            "A police officer in Baiji confirmed that one of the wounded had died of his injuries.",
            3,
        ),
        # the dead told in parts: two at once, one later
        (
            "Gunmen attacked a checkpoint in Baiji on Monday, killing three policemen and wounding five, police said. "
            "Two were killed instantly and one of the wounded died later in hospital.",
            3,
        ),
        (
            "Gunmen attacked a checkpoint in Baiji on Monday, killing three soldiers and wounding two.\n\n"
            "One of the two wounded soldiers died on Tuesday and the other is in critical condition.",
            4,
        ),
    ],
)
def test_deaths_among_the_wounded_never_count_twice_nor_lower_the_toll(text: str, killed: int) -> None:
    records = _records(text, dt.date(2023, 3, 15))
    assert [r.killed.low if r.killed else None for r in records] == [killed]


@pytest.mark.parametrize(
    "sentence",
    [
        "His aide, who was wounded in the 2007 bombing of parliament, now heads the committee.",
        "The minister's assistant, who was injured in 2014, spoke at the conference.",
        "A police officer wounded in the head during the 2019 protests was honoured on Tuesday.",
        "Officer wounded in legs last year returned to duty.",
    ],
)
def test_one_wounded_long_ago_is_no_figure(sentence: str) -> None:
    assert figures(sentence)[1] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents of Tarmiyah mourned a farmer killed by unknown assailants in his orchard on Sunday.",
        "Hundreds attended the funeral of a PMF fighter killed on Tuesday in Diyala.",
        "Villagers in Sidakan buried a shepherd killed by a Turkish airstrike.",
        "The family mourned a son killed in Sunday's bombing of a market in Sadr City.",
    ],
)
def test_a_funeral_of_one_killed_in_an_attack_counts_him(sentence: str) -> None:
    killed, _ = figures(sentence)
    assert killed is not None and killed.low == 1


def test_a_second_death_among_the_wounded_adds_to_the_first() -> None:
    records = _records(
        "A car bomb killed 10 people at a market in Sadr City on Monday, wounding 30. Two of the wounded died "
        "overnight. On Wednesday, one of the wounded died in hospital.",
        dt.date(2023, 3, 15),
    )
    assert [r.killed.low if r.killed else None for r in records] == [13]


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Two protesters fell to security forces' bullets, and dozens were wounded.", 2),
        ("Two protesters fell under security forces' gunfire in Nasiriyah on Friday.", 2),
        ("Three protesters fell to live fire from security forces near the bridge.", 3),
    ],
)
def test_people_who_fell_to_fire_are_dead_whoever_else_was_hurt(sentence: str, killed: int) -> None:
    k, _ = figures(sentence)
    assert k is not None and k.low == killed
